"""Export, delete and API tokens: the Account page, the API and the CLI over one domain."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service import accounts, interviews
from service.accounts import password_reset
from service.accounts.logins import account_key
from service.accounts.models import User
from service.accounts.sessions import LoginThrottle
from service.interviews import feed
from service.parsing.model import Person
from service.platform.db import Base, db, utcnow
from service.platform.text import REFUSED_CONTROLS, shows_nothing
from tests.helpers import PASSWORD, auth, make_token, make_user
from tests.inbound import kit
from tests.web.forms import sign_in, submit, text

START = datetime(2031, 3, 4, 13, 0, tzinfo=UTC)
# Tables that hold nothing about a person: spent-token hashes, mailbox cursors, hook counts.
NOT_PERSONAL = {"used_tokens", "imap_cursors", "hook_throttle"}


def log(app: Flask, user_id: int, company: str = "Acme", role: str = "Engineer") -> int:
    with app.app_context():
        user = db.session.get(User, user_id)
        assert user is not None
        data = interviews.InterviewInput(
            company=company,
            role=role,
            start=START,
            end=START + timedelta(hours=1),
            timezone="Europe/Berlin",
            interviewers=(Person("Dana Reyes", "dana@acme.example"),),
        )
        created = interviews.create_interview(db.session, user, data, utcnow())
        db.session.commit()
        return created.id


def _download(client: FlaskClient, url: str, **kwargs: Any) -> bytes:
    response = client.get(url, **kwargs)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    return response.get_data()


def test_the_page_the_api_and_the_cli_export_the_same_interviews(app: Flask) -> None:
    ana = make_user(app, "ana@example.com")
    log(app, ana, company='=HYPERLINK("http://evil.example")')
    log(app, ana, company="Northwind", role="Designer")
    bo = make_user(app, "bo@example.com")
    log(app, bo, company="Bo's secret employer")
    token = make_token(app, ana)
    page = app.test_client()
    sign_in(page)

    web_json = json.loads(_download(page, "/account/export?format=json"))
    api_json = json.loads(_download(page, "/api/v1/export", headers=auth(token)))
    result = app.test_cli_runner().invoke(
        args=["export", "--user", "ana@example.com", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    cli_json = json.loads(result.stdout)
    for document in (web_json, api_json, cli_json):
        assert document["account"]["email"] == "ana@example.com"
        companies = sorted(i["company"] for i in document["interviews"])
        assert companies == ['=HYPERLINK("http://evil.example")', "Northwind"]
        assert all(len(i["steps"]) == 3 for i in document["interviews"])
        assert [t["id"] for t in document["account"]["api_tokens"]] == [1]
    assert "Bo's secret employer" not in json.dumps(web_json)

    rows = list(
        csv.DictReader(
            io.StringIO(_download(page, "/account/export?format=csv").decode("utf-8-sig"))
        )
    )
    assert len(rows) == 6  # one line per step, three steps for each of two interviews
    assert {r["step"] for r in rows} == {"ask_next_steps", "thank_you", "follow_up"}
    # A formula from someone else's mail stays text in a spreadsheet.
    assert {r["company"] for r in rows} == {'\'=HYPERLINK("http://evil.example")', "Northwind"}
    assert rows[0]["start"].endswith("+01:00")  # Berlin wall-clock time, with its offset

    calendar = icalendar.Calendar.from_ical(
        _download(page, "/api/v1/export?format=ics", headers=auth(token))
    )
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert sum("Thank-you note" in s for s in summaries) == 2
    assert not any("Bo's" in s for s in summaries)


def test_an_unknown_format_is_named_everywhere(app: Flask) -> None:
    ana = make_user(app, "ana@example.com")
    token = make_token(app, ana)
    client = app.test_client()
    api = client.get("/api/v1/export?format=xlsx", headers=auth(token))
    assert api.status_code == 400  # a query parameter: the address is wrong
    assert api.json is not None
    assert api.json["errors"][0]["field"] == "format"
    sign_in(client)
    page = client.get("/account/export?format=xlsx")
    assert page.status_code == 400  # the same answer as the API's: the address is wrong
    said = text(page)
    assert "“xlsx” as “format”" in said
    assert "“json”, “csv” or “ics”" in said
    cli = app.test_cli_runner().invoke(
        args=["export", "--user", "ana@example.com", "--format", "xlsx"]
    )
    assert cli.exit_code == 2
    assert "format" in cli.output


STORABLE = st.characters(exclude_characters="\x00" + REFUSED_CONTROLS, exclude_categories=["Cs"])


def _shows_something(name: str) -> bool:
    cleaned = " ".join(name.split())
    return bool(cleaned) and not shows_nothing(cleaned)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    # Text that can be stored: no NUL or other invisible control (tabs and line breaks
    # are kept), no half characters (surrogates), all refused by name; and a name must
    # show something (not only U+202E or U+0080).
    company=st.text(STORABLE, min_size=1, max_size=40).filter(_shows_something),
    role=st.text(STORABLE, min_size=1, max_size=40).filter(_shows_something),
)
def test_csv_gives_back_every_name_as_it_was_stored(app: Flask, company: str, role: str) -> None:
    """Whatever a name holds (commas, quotes, newlines, formulas), one CSV cell gives it back."""
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == "csv@example.com"))
        if user is None:
            user = accounts.create_user(
                db.session,
                email="csv@example.com",
                password=PASSWORD,
                now=utcnow(),
                server_key=app.config["SECRET_KEY"],
            )
            db.session.commit()
        data = interviews.InterviewInput(
            company=company,
            role=role,
            start=START,
            end=START + timedelta(hours=1),
            timezone="UTC",
        )
        created = interviews.create_interview(db.session, user, data, utcnow())
        db.session.commit()
        options = feed.FeedOptions("http://afterview.test", 90, timedelta(hours=1))
        export = accounts_export(user, options)
        rows = [
            r for r in csv.DictReader(io.StringIO(export)) if r["interview_id"] == str(created.id)
        ]
        assert len(rows) == 3
        for row in rows:
            for name, stored in (("company", created.company), ("role", created.role)):
                shown = row[name]
                assert shown == stored or (shown == "'" + stored and stored[:1] in "=+-@\t\r")


def accounts_export(user: User, options: feed.FeedOptions) -> str:
    from service.accounts.data import export_account

    return export_account(db.session, user, "csv", utcnow(), options).body.decode("utf-8-sig")


def snapshot(app: Flask) -> dict[str, set[str]]:
    """Every row of every table the models declare, so a table added later is covered too.

    Sign-in counts per client address are left out: they belong to the address, and the
    wrong password typed below rightly counts there.
    """
    with app.app_context():
        tables = {
            table.name: {repr(tuple(row)) for row in db.session.execute(sa.select(table))}
            for table in Base.metadata.sorted_tables
        }
    tables["login_throttles"] = {r for r in tables["login_throttles"] if "'address:" not in r}
    return tables


def fill_everything(app: Flask, client: FlaskClient, user_id: int, email: str) -> None:
    """Give an account a row in every personal table, through the real paths where there is one."""
    log(app, user_id)
    token = make_token(app, user_id)
    retried = {"company": "Retry Co", "role": "Analyst", "start": "2027-05-03T10:00"}
    kept = client.post(  # the first answer, kept under its Idempotency-Key
        "/api/v1/interviews",
        json={**retried, "end": "2027-05-03T11:00"},
        headers={**auth(token), "Idempotency-Key": "first-try"},
    )
    assert kept.status_code == 201
    sign_in(client, email)  # a browser session
    to = kit.inbound_address(app, user_id)
    raw = kit.fixture("invite.eml")  # raw mail as it arrived, stored before reading
    posted = client.post(
        "/hooks/email/raw", query_string={"to": to}, data=raw, headers=kit.raw_headers(raw, to)
    )
    assert posted.status_code == 200
    kit.read_all(app)
    kit.register_sender(app, user_id, f"other-{email}")  # a forwarding address and its mail
    with app.app_context():
        password_reset.request_reset(
            db.session, email, utcnow(), secret_key=app.config["SECRET_KEY"]
        )
        feed.record_fetch(db.session, user_id, "google", utcnow())
        db.session.add(LoginThrottle(key=account_key(email), window_start=utcnow(), attempts=2))
        db.session.commit()


def test_deleting_an_account_leaves_no_row_of_it_in_any_table(app: Flask) -> None:
    bo = make_user(app, "bo@example.com")
    fill_everything(app, app.test_client(), bo, "bo@example.com")
    before = snapshot(app)

    ana = make_user(app, "ana@example.com")
    browser = app.test_client()
    fill_everything(app, browser, ana, "ana@example.com")
    filled = snapshot(app)
    touched = {name for name in filled if filled[name] != before[name]}
    # A new table holding personal data must be filled here (and deleted) or declared otherwise.
    assert touched | NOT_PERSONAL == set(filled), set(filled) - touched - NOT_PERSONAL

    wrong = submit(browser, "/account", "/account/delete", {"delete_password": "not it"})
    assert wrong.status_code == 422
    assert "nothing was deleted" in text(wrong)
    counted = snapshot(app)  # the wrong password is counted against the account, as it should
    assert counted.pop("login_throttles") != filled["login_throttles"]
    assert counted == {name: rows for name, rows in filled.items() if name != "login_throttles"}

    done = submit(browser, "/account", "/account/delete", {"delete_password": PASSWORD})
    assert done.status_code == 302
    assert done.headers["Location"].startswith("/login")
    after = snapshot(app)
    for name in set(after) - NOT_PERSONAL:
        assert after[name] == before[name], name
    assert browser.get("/").status_code == 302
    follow = browser.get("/login")
    assert "Your account and everything stored for it are deleted." in text(follow)


def test_the_cli_deletes_an_account_after_the_address_is_typed_again(app: Flask) -> None:
    ana = make_user(app, "ana@example.com")
    log(app, ana)
    runner = app.test_cli_runner()
    refused = runner.invoke(args=["user", "delete", "ana@example.com"], input="bo@example.com\n")
    assert refused.exit_code == 1
    assert "nothing was deleted" in refused.output
    done = runner.invoke(args=["user", "delete", "ana@example.com"], input="ana@example.com\n")
    assert done.exit_code == 0, done.output
    rows = snapshot(app)
    assert rows["users"] == set()
    assert rows["interviews"] == set()
    assert rows["follow_up_steps"] == set()


def test_tokens_are_listed_and_revoked_on_the_page_and_in_the_cli(app: Flask) -> None:
    ana = make_user(app, "ana@example.com")
    first, second, third = (make_token(app, ana) for _ in range(3))
    bo_token = make_token(app, make_user(app, "bo@example.com"))
    client = app.test_client()
    assert client.get("/api/v1/interviews", headers=auth(first)).status_code == 200

    runner = app.test_cli_runner()
    listed = runner.invoke(args=["api-token", "list", "--user", "ana@example.com"])
    assert listed.exit_code == 0
    lines = listed.output.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["3", "2", "1"]  # newest first, ID first
    assert "last used never used" not in lines[2]  # the first token was just used

    sign_in(client)
    page = text(client.get("/account"))
    assert page.count("data-token-id=") == 3
    revoked = submit(client, "/account", "/account/tokens/2/revoke")
    assert revoked.status_code == 302
    assert "API token 2 revoked" in text(client.get("/account"))
    assert client.get("/api/v1/interviews", headers=auth(second)).status_code == 401
    # Someone else's token cannot be revoked from this account, nor can an absent one.
    assert submit(client, "/account", "/account/tokens/4/revoke").status_code == 404
    assert client.get("/api/v1/interviews", headers=auth(bo_token)).status_code == 200

    assert runner.invoke(args=["api-token", "revoke", "3"]).exit_code == 0
    assert client.get("/api/v1/interviews", headers=auth(third)).status_code == 401
    assert client.get("/api/v1/interviews", headers=auth(first)).status_code == 200
    gone = runner.invoke(args=["api-token", "revoke", "3"])
    assert gone.exit_code == 1
    assert "no API token 3" in gone.output
    listed = runner.invoke(args=["api-token", "list", "--user", "ana@example.com"])
    assert [line.split("\t")[0] for line in listed.output.splitlines()] == ["1"]
