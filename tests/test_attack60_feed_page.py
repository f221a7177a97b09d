"""The Feed page and the Interviews list read as sentences, in the words of the other pages.

Found by the attack pass: the last line read "Other calendar apps has not fetched this
feed" (and "Other calendar apps last fetched this feed 2 hours ago").
"""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import api_interview, make_token, make_user
from tests.web.forms import sign_in, text


def test_each_line_of_last_fetched_is_a_sentence(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    page = re.sub(r"<[^>]+>", " ", text(client.get("/feed")))
    lines = re.findall(r"([A-Z][a-z]+(?: [a-z]+)* [A-Za-z]+)\s+has not fetched this feed", page)
    assert "Another calendar app" in " ".join(lines), lines
    assert "apps has" not in " ".join(page.split())


def test_the_interviews_list_names_the_next_step_as_the_pages_do(
    app: Flask, client: FlaskClient
) -> None:
    """Found by the attack pass: the list's "Next step" was the step's code with its
    underscores made spaces: "Ask next steps", "Thank you", where every other page
    says "Ask about next steps" and "Thank-you note"."""
    token = make_token(app, make_user(app))
    api_interview(client, token, start="2027-05-04T10:00", end="2027-05-04T11:00")
    sign_in(client)
    page = " ".join(re.sub(r"<[^>]+>", " ", text(client.get("/interviews"))).split())
    assert "Ask about next steps in " in page
    assert "Ask next steps" not in page


def test_settings_say_whose_mail_to_the_inbound_address_is_read(
    app: Flask, client: FlaskClient
) -> None:
    """Found by the attack pass: Settings said mail from anyone but the allowed addresses
    is quarantined, yet mail to the secret inbound address is read whoever sends it (the
    README's rule): a stranger's forward was read while the page promised otherwise."""
    make_user(app)
    sign_in(client)
    page = " ".join(re.sub(r"<[^>]+>", " ", text(client.get("/settings"))).split())
    assert "So is mail from anyone else" not in page
    assert "Mail sent to your inbound address is read whoever sent it" in page
