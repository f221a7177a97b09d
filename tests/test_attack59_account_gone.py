"""An interview logged for an account deleted a moment before is refused, not a 500.

Found by the attack pass: a request signed in (API token or browser), the account was
deleted (another tab, the CLI), and the request's insert then failed on its foreign key:
an internal error. Logging locks the account first, and finds it gone.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.orm import Session

from service import interviews
from service.accounts.data import delete_account
from service.accounts.models import User
from service.interviews.models import Interview, Source
from service.parsing.timezones import parse_instant, zone
from service.platform.db import db, utcnow
from service.platform.errors import NotFound
from tests.helpers import make_user


def test_logging_for_an_account_deleted_meanwhile_is_not_found(app: Flask) -> None:
    user_id = make_user(app)
    with app.app_context():
        user = db.session.get_one(User, user_id)  # the request has signed in
        tz = zone("Europe/Berlin")
        data = interviews.InterviewInput(
            company="Acme",
            role="Analyst",
            start=parse_instant("2027-05-03T10:00", tz, "start"),
            end=parse_instant("2027-05-03T11:00", tz, "end"),
            timezone="Europe/Berlin",
            source=Source.API,
        )
        other = db.engine.connect()  # another request, another connection: deletes it
        with other.begin():
            gone = Session(bind=other)
            delete_account(gone, gone.get_one(User, user_id), inbound_address="x@in.example")
            gone.flush()
        other.close()
        with pytest.raises(NotFound, match="this account no longer exists"):
            interviews.log_once(db.session(), user, data, utcnow())
        db.session.rollback()
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) == 0
