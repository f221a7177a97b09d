"""The Feed page's "Last fetched" list reads as sentences.

Found by the attack pass: the last line read "Other calendar apps has not fetched this
feed" (and "Other calendar apps last fetched this feed 2 hours ago").
"""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import make_user
from tests.web.forms import sign_in, text


def test_each_line_of_last_fetched_is_a_sentence(app: Flask, client: FlaskClient) -> None:
    make_user(app)
    sign_in(client)
    page = re.sub(r"<[^>]+>", " ", text(client.get("/feed")))
    lines = re.findall(r"([A-Z][a-z]+(?: [a-z]+)* [A-Za-z]+)\s+has not fetched this feed", page)
    assert "Another calendar app" in " ".join(lines), lines
    assert "apps has" not in " ".join(page.split())
