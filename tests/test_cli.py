"""The `afterview` command as a shell user meets it: output, exit codes, no partial writes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner

import service
from service import cli
from tests.helpers import PASSWORD, make_user


def _invoke(runner: FlaskCliRunner, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), input=stdin)


def test_user_create_reads_password_from_stdin(runner: FlaskCliRunner) -> None:
    result = _invoke(
        runner,
        "user",
        "create",
        "Zoe@Example.com",
        "--password-stdin",
        "--timezone",
        "Asia/Tokyo",
        stdin=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    assert "created zoe@example.com" in result.output
    again = _invoke(runner, "user", "create", "zoe@example.com", "--password-stdin", stdin=PASSWORD)
    assert again.exit_code == 2
    assert "already exists" in again.output


def test_user_create_rejects_bad_zone_and_short_password(runner: FlaskCliRunner) -> None:
    bad_zone = _invoke(
        runner,
        "user",
        "create",
        "a@example.com",
        "--password-stdin",
        "--timezone",
        "Nowhere",
        stdin=PASSWORD,
    )
    assert bad_zone.exit_code == 2
    assert "timezone" in bad_zone.output
    short = _invoke(runner, "user", "create", "a@example.com", "--password-stdin", stdin="abc")
    assert short.exit_code == 2
    assert "password" in short.output


def test_api_token_prints_only_the_token(app: Flask, runner: FlaskCliRunner) -> None:
    make_user(app)
    result = _invoke(runner, "api-token", "create", "--user", "ana@example.com")
    assert result.exit_code == 0
    assert result.output.strip().startswith("av_")
    assert len(result.output.strip().splitlines()) == 1


def test_interview_lifecycle_from_the_shell(app: Flask, runner: FlaskCliRunner) -> None:
    make_user(app, timezone="Europe/Berlin")
    added = _invoke(
        runner,
        "interview",
        "add",
        "--user",
        "ana@example.com",
        "--company",
        "Initech",
        "--role",
        "Data Engineer",
        "--start",
        "2026-10-23T15:00",
        "--end",
        "2026-10-23T16:00",
        "--interviewer",
        "Bill Lumbergh <bill@initech.example>",
    )
    assert added.exit_code == 0, added.output
    interview_id = int(added.output.strip())

    listing = _invoke(runner, "interview", "list", "--user", "ana@example.com")
    assert "Initech — Data Engineer" in listing.output
    assert "2026-10-23 15:00 CEST" in listing.output
    # Friday 16:00 end: the follow-up is a week later, a Friday, at 09:00 local.
    assert "follow_up\t2026-10-30 09:00 CET" in listing.output

    moved = _invoke(
        runner,
        "interview",
        "reschedule",
        str(interview_id),
        "--start",
        "2026-10-27T10:00",
        "--end",
        "2026-10-27T11:00",
    )
    assert moved.exit_code == 0, moved.output
    assert (
        "2026-10-27 10:00 CET"
        in _invoke(runner, "interview", "list", "--user", "ana@example.com").output
    )

    step_id = next(
        line.split("\t")[1].split()[1]
        for line in _invoke(
            runner, "interview", "list", "--user", "ana@example.com"
        ).output.splitlines()
        if "\tthank_you\t" in line
    )
    done = _invoke(runner, "step", "done", step_id)
    assert done.exit_code == 0
    cancelled = _invoke(runner, "interview", "cancel", str(interview_id))
    assert cancelled.exit_code == 0
    final = _invoke(runner, "interview", "list", "--user", "ana@example.com").output
    assert "cancelled" in final
    assert "thank_you\t" in final
    assert "\tdone" in final


def test_interview_add_errors_name_the_problem(app: Flask, runner: FlaskCliRunner) -> None:
    make_user(app)
    base = ["interview", "add", "--user", "ana@example.com", "--company", "A", "--role", "B"]
    backwards = _invoke(runner, *base, "--start", "2026-05-01T10:00", "--end", "2026-05-01T09:00")
    assert backwards.exit_code == 2
    assert "end" in backwards.output
    zone = _invoke(
        runner,
        *base,
        "--start",
        "2026-05-01T10:00",
        "--end",
        "2026-05-01T11:00",
        "--tz",
        "Bad/Zone",
    )
    assert zone.exit_code == 2
    assert "Bad/Zone" in zone.output
    nobody = _invoke(
        runner,
        "interview",
        "add",
        "--user",
        "nobody@example.com",
        "--company",
        "A",
        "--role",
        "B",
        "--start",
        "2026-05-01T10:00",
        "--end",
        "2026-05-01T11:00",
    )
    assert nobody.exit_code == 1
    assert "no account" in nobody.output
    assert "A — B" not in _invoke(runner, "interview", "list", "--user", "ana@example.com").output


def test_feed_url_first_line_is_the_feed(app: Flask, runner: FlaskCliRunner) -> None:
    make_user(app)
    result = _invoke(runner, "feed", "url", "--user", "ana@example.com")
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert first.startswith("http://afterview.test/feeds/")
    assert first.endswith(".ics")
    assert len(first) < 256
    assert "webcal://afterview.test/feeds/" in result.output


def test_demo_is_created_once(runner: FlaskCliRunner) -> None:
    first = _invoke(runner, "demo")
    second = _invoke(runner, "demo")
    assert first.exit_code == 0
    assert second.exit_code == 0
    assert first.output == second.output
    assert "demo@example.com" in first.output
    assert "/feeds/" in first.output


def test_flask_cli_offers_the_same_commands(app: Flask) -> None:
    """`flask --app service …` is the same CLI as `afterview`."""
    make_user(app)
    result = app.test_cli_runner().invoke(args=["feed", "url", "--user", "ana@example.com"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("http://afterview.test/feeds/")


def test_an_argument_that_is_not_utf8_is_named_before_anything_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # What Python makes of b"\xff\xfe" typed in a Latin-1 terminal.
    company = b"\xff\xfe".decode("utf-8", "surrogateescape")
    argv = ["afterview", "interview", "add", "--user", "a@example.com", "--company", company]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as exited:
        service.main()
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "argument 6 is not UTF-8 text" in error
    assert "Traceback" not in error


def test_export_to_a_folder_that_does_not_exist_says_so(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path
) -> None:
    make_user(app)
    target = str(tmp_path / "missing" / "export.json")
    result = _invoke(runner, "export", "--user", "ana@example.com", "-o", target)
    assert result.exit_code == 1
    assert f"cannot write {target}" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_reprocess_of_an_id_no_row_can_have_is_not_found(runner: FlaskCliRunner) -> None:
    result = _invoke(runner, "inbound", "reprocess", "9" * 25)
    assert result.exit_code == 1
    assert "no inbound message" in result.output
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("said", ["", "   "])
def test_an_empty_timeline_is_refused_and_the_one_kept_stays(
    app: Flask, runner: FlaskCliRunner, said: str
) -> None:
    """`interview timeline ID ''` answered 0 and wiped what the employer had said; the
    pages and the API refused it, each with a check of its own. The domain refuses it now."""
    make_user(app)
    args = ["--company", "Initech", "--role", "Analyst", "--start", "2026-10-23T15:00"]
    added = _invoke(
        runner, "interview", "add", "--user", "ana@example.com", *args, "--end", "2026-10-23T16:00"
    )
    interview_id = added.output.strip()
    kept = _invoke(runner, "interview", "timeline", interview_id, "within two weeks")
    assert kept.exit_code == 0, kept.output

    result = _invoke(runner, "interview", "timeline", interview_id, said)

    assert result.exit_code == 2
    assert "write what they said" in result.output
    listing = _invoke(runner, "interview", "list", "--user", "ana@example.com", "--json").output
    assert "within two weeks" in listing
