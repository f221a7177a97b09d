"""A user's own addresses are never an interviewer or the organizer, however they are given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import accounts, interviews
from service.accounts.models import User
from service.parsing.model import Person
from service.platform.db import db
from tests.helpers import make_user

OWN = ["ana@example.com", "ana.silva@work.example", "ana@home.example"]
OTHERS = ["tom@fernwood.example", "lena@fernwood.example", "hr@acme.example"]


def _spelled(address: str) -> st.SearchStrategy[str]:
    """An address as people and mail programs write it: any case, stray spaces."""
    return st.builds(
        lambda upper, pad: (" " * pad) + (address.upper() if upper else address) + (" " * pad),
        st.booleans(),
        st.integers(0, 2),
    )


people = st.lists(
    st.builds(
        Person,
        name=st.sampled_from(["", "Ana Silva", "Tom Becker"]),
        email=st.sampled_from(OWN + OTHERS).flatmap(_spelled),
    ),
    max_size=6,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(found=people, organizer=st.sampled_from(OWN + OTHERS).flatmap(_spelled))
def test_own_addresses_never_end_up_on_an_interview(
    app: Flask, found: list[Person], organizer: str
) -> None:
    with app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == OWN[0]))
        if user is None:
            user = db.session.get(User, make_user(app, OWN[0]))
            assert user is not None
            accounts.set_allowed_senders(db.session, user, OWN[1:])
            db.session.commit()
        start = datetime(2030, 3, 4, 14, 0, tzinfo=UTC)
        interview = interviews.create_interview(
            db.session,
            user,
            interviews.InterviewInput(
                company="Fernwood",
                role="Data Engineer",
                start=start,
                end=start + timedelta(hours=1),
                timezone="Europe/Berlin",
                interviewers=tuple(found),
                organizer=Person(name="Someone", email=organizer),
            ),
            start,
        )
        kept = {p.email for p in interview.interviewers} | {interview.organizer_email}
        assert not kept & set(OWN)
        expected = {p.email.strip().lower() for p in found} - set(OWN)
        assert {p.email for p in interview.interviewers} == expected
        db.session.rollback()
