"""A time that comes twice when the clocks go back is taken as the first, and the page
says so, with how to mean the second.

Found by the attack pass: 01:30 on the night New York's clocks go back was logged (and
moved to) as 01:30 EDT without a word, so someone who meant 01:30 EST had the interview
and every step after it an hour early. The form's time field takes no offset, so the
page now names the one taken and a zone that keeps the other offset.
"""

from __future__ import annotations

import html

from flask import Flask

from tests.helpers import make_user
from tests.web.forms import sign_in, submit, text

FORM = {
    "company": "Acme",
    "role": "Analyst",
    "start": "2027-11-07T01:30",  # the US clocks go back at 02:00 that night
    "end": "2027-11-07T01:45",
    "timezone": "America/New_York",
}
NOTE = (
    "01:30 on Sunday 7 November 2027 comes twice in America/New_York: the clocks go back"
    " an hour that night. This is the first, EDT (UTC\u221204:00). If you meant the second,"
    " EST (UTC\u221205:00), choose America/Bogota as the time zone: it stays on UTC\u221205:00."
)


def test_logging_or_moving_onto_a_repeated_time_says_which_one_was_taken(app: Flask) -> None:
    make_user(app, email="fold62@example.com", timezone="America/New_York")
    client = app.test_client()
    sign_in(client, "fold62@example.com")

    logged = submit(client, "/interviews/new", "/interviews/new", FORM)
    assert logged.status_code == 302, text(logged)[:500]
    page = html.unescape(text(client.get(logged.headers["Location"])))
    assert NOTE in page
    assert "01:30 EDT" in page

    # The way out it names gives the second one.
    interview = logged.headers["Location"]
    again = {"start": FORM["start"], "end": FORM["end"], "timezone": "America/Bogota"}
    moved = submit(client, f"{interview}/edit", f"{interview}/reschedule", again)
    assert moved.status_code == 302, text(moved)[:500]
    page = html.unescape(text(client.get(moved.headers["Location"])))
    assert "comes twice" not in page

    # Moving back onto it says so too; a time that comes once says nothing.
    moved = submit(client, f"{interview}/edit", f"{interview}/reschedule", FORM)
    assert NOTE in html.unescape(text(client.get(moved.headers["Location"])))
    once = dict(FORM, start="2027-11-07T03:30", end="2027-11-07T04:00")
    moved = submit(client, f"{interview}/edit", f"{interview}/reschedule", once)
    assert "comes twice" not in html.unescape(text(client.get(moved.headers["Location"])))


def test_the_cli_says_it_on_standard_error_beside_the_id(app: Flask) -> None:
    make_user(app, email="foldcli62@example.com", timezone="America/New_York")
    runner = app.test_cli_runner()
    args = ["interview", "add", "--user", "foldcli62@example.com", "--company", "Acme"]
    args += ["--role", "Analyst", "--start", FORM["start"], "--end", FORM["end"]]
    added = runner.invoke(args=args)
    assert added.exit_code == 0, added.output
    assert added.stdout.strip().isdigit()  # scripts read the id alone
    assert NOTE in added.stderr
    interview_id = added.stdout.strip()
    move = ["interview", "reschedule", interview_id, "--start", "2027-11-07T01:40"]
    moved = runner.invoke(args=[*move, "--end", "2027-11-07T02:10"])
    assert moved.exit_code == 0, moved.output
    assert "01:40 on Sunday 7 November 2027 comes twice" in moved.stderr
