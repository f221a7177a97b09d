"""A mail in review made into an interview twice at once makes one interview.

Found by the attack pass: "Log it as an interview" sent twice (a double click, the form
sent again from a second tab) checked that the mail was still undecided before either
request wrote, so both went through: two identical interviews, six steps, every reminder
twice. The decision now reads the mail's state behind the account's lock; the second is
told the mail is decided already.
"""

from __future__ import annotations

import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

import sqlalchemy as sa
from flask import Flask

from service.interviews.models import Interview
from service.platform.db import db
from tests.helpers import PASSWORD, make_user
from tests.inbound import kit
from tests.web.live import free_port, serving

AT_ONCE = 5
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class _Browser:
    """One browser: a cookie jar shared by every request, redirects not followed."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies = urllib.request.HTTPCookieProcessor()

        class _NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args: Any, **kwargs: Any) -> None:
                return None

        self.opener = urllib.request.build_opener(self.cookies, _NoRedirect)

    def open(self, path: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        data = None if form is None else urllib.parse.urlencode(form).encode()
        try:
            with self.opener.open(f"{self.base}{path}", data=data, timeout=60) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def token(self, path: str) -> str:
        status, page = self.open(path)
        assert status == 200, (path, status)
        match = _CSRF.search(page)
        assert match, path
        return match[1]


def test_the_review_form_sent_twice_at_once_makes_one_interview(app: Flask) -> None:
    to = kit.inbound_address(app, make_user(app))
    message = kit.deliver(app, app.test_client(), "newsletter.eml", to)
    form = {
        "company": "Acme",
        "role": "Data Analyst",
        "start": "2027-05-03T10:00",
        "end": "2027-05-03T11:00",
        "timezone": "Europe/Berlin",
    }
    with serving(app, free_port()) as base:
        browser = _Browser(base)
        signed = browser.open(
            "/login",
            {
                "csrf_token": browser.token("/login"),
                "email": "ana@example.com",
                "password": PASSWORD,
            },
        )
        assert signed[0] == 302
        path = f"/inbound/{message.id}/interview"
        token = browser.token(path)
        start = threading.Barrier(AT_ONCE)
        answers: list[tuple[int, str]] = []

        def send() -> None:
            start.wait()
            answers.append(browser.open(path, {"csrf_token": token, **form}))

        threads = [threading.Thread(target=send) for _ in range(AT_ONCE)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=90)
    statuses = sorted(status for status, _ in answers)
    assert statuses.count(302) == 1, statuses
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Interview)) == 1
    refused = [page for status, page in answers if status != 302]
    assert all("only mail still undecided can be turned into an interview" in p for p in refused)
