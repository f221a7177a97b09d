"""A bidi override or isolate left open in a name is closed where the name ends.

Found by the attack pass: a company sent as U+202E + "emcA" (it shows as "Acme") was
kept open, so in every line that went on after it the override reversed the rest: the
feed's "Thank-you note — Acme, Analyst" showed the role backwards in a calendar app, and
so did mail subjects. Names and notes now close what they open
(`service.platform.text.close_bidi`), so the reversal stays inside the name.
"""

from __future__ import annotations

import icalendar
from flask import Flask

from service import accounts
from service.accounts.models import User
from service.platform.db import db
from service.platform.text import close_bidi
from tests.helpers import auth, make_token, make_user

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"


def _feed(app: Flask, user_id: int) -> bytes:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        url = f"/feeds/{accounts.user_feed_secret(user, app.config['SECRET_KEY'])}.ics"
    response = app.test_client().get(url)
    assert response.status_code == 200
    return response.data


def test_an_open_override_in_a_name_ends_with_the_name(app: Flask) -> None:
    user_id = make_user(app, email="bidi62@example.com")
    token = make_token(app, user_id)
    client = app.test_client()
    created = client.post(
        "/api/v1/interviews",
        json={
            "company": RLO + "emcA",
            "role": "Analyst",
            "start": "2027-05-03T10:00",
            "end": "2027-05-03T11:00",
            "interviewers": [{"name": RLI + "Dana", "email": "dana@acme.example"}],
        },
        headers=auth(token),
    )
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert body["company"] == RLO + "emcA" + PDF
    assert body["interviewers"][0]["name"] == RLI + "Dana" + PDI

    summaries = [
        str(event["SUMMARY"])
        for event in icalendar.Calendar.from_ical(_feed(app, user_id)).walk("VEVENT")
    ]
    assert f"Thank-you note — {RLO}emcA{PDF}, Analyst" in summaries, summaries

    # An edit closes it too, and a name that closes what it opens is kept as it is.
    changed = client.patch(
        f"/api/v1/interviews/{body['id']}",
        json={"role": RLO + "tsylanA", "company": RLO + "emcA" + PDF},
        headers=auth(token),
    )
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["role"] == RLO + "tsylanA" + PDF
    assert changed.get_json()["company"] == RLO + "emcA" + PDF


def test_close_bidi_closes_only_what_is_open() -> None:
    assert close_bidi("Acme") == "Acme"
    assert close_bidi("Ac" + PDF + "me" + PDI) == "Ac" + PDF + "me" + PDI  # strays stay
    assert close_bidi(RLI + RLO + "x") == RLI + RLO + "x" + PDF + PDI
    assert close_bidi(RLI + RLO + "x" + PDI + RLO) == RLI + RLO + "x" + PDI + RLO + PDF


def test_a_display_name_is_kept_on_one_line_with_its_override_closed(app: Flask) -> None:
    """The name greets in reminder mails and signs drafts: a line break sent in it (the
    API took "Sam\\r\\nBcc: x@evil.example") or an open override broke that line."""
    token = make_token(app, make_user(app, email="name62@example.com"))
    changed = app.test_client().patch(
        "/api/v1/me",
        json={"display_name": "Sam\r\nBcc: x@evil.example \u202eeeL"},
        headers=auth(token),
    )
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["display_name"] == "Sam Bcc: x@evil.example \u202eeeL" + PDF
