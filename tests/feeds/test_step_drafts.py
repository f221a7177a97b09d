"""Step wording: the notes a user sends must name the right people, date and role."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote, urlsplit

import pytest

from service.steps.kinds import StepKind
from service.steps.wording import (
    PROMISED_PLACEHOLDER,
    Draft,
    Person,
    StepContext,
    follow_up_draft,
    mailto_link,
    next_steps_questions,
    step_description,
    step_title,
    thank_you_draft,
)

# 23:30 UTC on Monday 3 March is already Tuesday in Berlin and still Monday in Los Angeles.
LATE = datetime(2025, 3, 3, 23, 30, tzinfo=UTC)
CTX = StepContext(
    company="Acme Rockets",
    role="Senior Engineer",
    interview_start=LATE,
    interview_end=LATE + timedelta(minutes=45),
    zone="Europe/Berlin",
    interviewers=(Person("Ana Ruiz", "ana@acme.example"), Person("Ben O'Neill")),
    user_name="Sam Lee",
    stated_timeline="two weeks",
    follow_up_due=datetime(2025, 3, 19, 8, 0, tzinfo=UTC),
    admin_url="https://afterview.example/admin/steps/7",
)


def mailto_parts(link: str) -> tuple[list[str], dict[str, str]]:
    """Decode a mailto: URL the way a mail client does (RFC 6068)."""
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    fields = {}
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        fields[key] = unquote(value)
    return [unquote(a) for a in parts.path.split(",") if a], fields


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("ask_next_steps", "Ask about next steps — Acme Rockets, Senior Engineer"),
        ("thank_you", "Thank-you note — Acme Rockets, Senior Engineer"),
        ("follow_up", "Follow up — Acme Rockets, Senior Engineer"),
    ],
)
def test_step_titles_name_the_step_company_and_role(kind: str, title: str) -> None:
    assert step_title(kind, "Acme Rockets", "Senior Engineer") == title
    assert step_title(kind, "Acme Rockets", "Senior Engineer", done=True) == "Done: " + title


def test_unknown_step_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown step kind"):
        step_title("celebrate", "Acme", "Engineer")


def test_thank_you_names_interviewers_role_and_a_place_for_promises() -> None:
    draft = thank_you_draft(CTX)
    assert draft.body.startswith("Dear Ana Ruiz and Ben O'Neill,\n")
    assert "Senior Engineer role at Acme Rockets" in draft.body
    assert PROMISED_PLACEHOLDER in draft.body
    assert draft.body.rstrip().endswith("Sam Lee")
    assert "Senior Engineer" in draft.subject


def test_follow_up_names_the_date_in_the_users_zone_and_restates_interest() -> None:
    draft = follow_up_draft(CTX)
    assert "Tuesday 4 March 2025" in draft.body
    assert "Tuesday 4 March 2025" in draft.subject
    assert "two weeks" in draft.body
    assert "interested" in draft.body
    in_los_angeles = follow_up_draft(replace(CTX, zone="America/Los_Angeles"))
    assert "Monday 3 March 2025" in in_los_angeles.body


def test_follow_up_without_timeline_or_names_still_reads_well() -> None:
    draft = follow_up_draft(replace(CTX, stated_timeline=None, interviewers=()))
    assert draft.body.startswith("Hello,\n")
    assert "mentioned" not in draft.body


def test_next_steps_questions_ask_about_process_and_timeline() -> None:
    questions = next_steps_questions(CTX)
    assert any("next steps" in q for q in questions)
    assert any("how long" in q.lower() for q in questions)
    assert all(q.endswith("?") for q in questions)


def test_mailto_round_trips_subject_body_and_recipients() -> None:
    draft = thank_you_draft(CTX)
    recipients, fields = mailto_parts(mailto_link(draft, ["ana@acme.example", "b@x.example"]))
    assert recipients == ["ana@acme.example", "b@x.example"]
    assert fields["subject"] == draft.subject
    assert fields["body"] == draft.body.replace("\n", "\r\n")
    assert "%0D%0A" in mailto_link(draft, [])


def test_mailto_cannot_gain_headers_from_addresses_or_subjects() -> None:
    draft = Draft(subject="Hi\r\nBcc: all@evil.example", body="x")
    link = mailto_link(draft, ["a@x.example?bcc=evil@y.example", "b@x.example&cc=z@y"])
    recipients, fields = mailto_parts(link)
    assert set(fields) == {"subject", "body"}
    assert fields["subject"] == "Hi Bcc: all@evil.example"
    assert recipients == ["a@x.example?bcc=evil@y.example", "b@x.example&cc=z@y"]
    assert "\r" not in link
    assert " " not in link


def test_names_with_line_breaks_stay_on_one_line() -> None:
    evil = replace(CTX, interviewers=(Person("Eve\r\nBcc: all@evil.example"),))
    draft = thank_you_draft(evil)
    assert draft.body.splitlines()[0] == "Dear Eve Bcc: all@evil.example,"
    assert "\r" not in draft.body
    assert "\n" not in step_title("thank_you", "A\nB", "C\r\nD")


@pytest.mark.parametrize("kind", list(StepKind))
def test_description_has_facts_draft_and_links(kind: str) -> None:
    text = step_description(kind, CTX, done=False)
    assert "Tuesday 4 March 2025, 00:30–01:15 CET" in text
    assert "Senior Engineer" in text
    assert "Ana Ruiz <ana@acme.example>, Ben O'Neill" in text
    assert "https://afterview.example/admin/steps/7" in text
    if kind == "ask_next_steps":
        assert next_steps_questions(CTX)[0] in text
    else:
        assert "mailto:ana@acme.example?subject=" in text
        draft = thank_you_draft(CTX) if kind == "thank_you" else follow_up_draft(CTX)
        assert draft.body in text


def test_done_description_says_nothing_is_left() -> None:
    assert step_description("thank_you", CTX, done=True).startswith("Done")
    assert not step_description("thank_you", CTX, done=False).startswith("Done")


def test_naive_interview_times_are_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        replace(CTX, interview_start=datetime(2025, 3, 3, 23, 30))
