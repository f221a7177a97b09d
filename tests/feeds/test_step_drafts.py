"""Step wording: the notes a user sends must name the right people, date and role."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.steps.kinds import StepKind
from service.steps.templates import DraftText
from service.steps.wording import (
    PROMISED_PLACEHOLDER,
    AddressedDraft,
    Draft,
    Person,
    StepContext,
    first_name,
    mailto_link,
    next_steps_questions,
    step_description,
    step_drafts,
    step_title,
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


def thank_you_drafts(ctx: StepContext) -> tuple[AddressedDraft, ...]:
    return step_drafts("thank_you", ctx)


def follow_up_draft(ctx: StepContext) -> Draft:
    (only,) = step_drafts("follow_up", ctx)
    return only.draft


def test_one_thank_you_per_interviewer_greets_each_by_first_name() -> None:
    to_ana, to_ben = thank_you_drafts(CTX)
    assert to_ana.draft.body.startswith("Dear Ana,\n")
    assert to_ben.draft.body.startswith("Dear Ben,\n")
    assert (to_ana.to, to_ben.to) == ((CTX.interviewers[0],), (CTX.interviewers[1],))
    assert mailto_parts(to_ana.mailto)[0] == ["ana@acme.example"]
    assert mailto_parts(to_ben.mailto)[0] == []  # no address known: the user fills it in
    assert (to_ana.label, to_ben.label) == ("Draft to Ana Ruiz", "Draft to Ben O'Neill")
    for addressed in (to_ana, to_ben):
        assert "Senior Engineer role at Acme Rockets" in addressed.draft.body
        assert PROMISED_PLACEHOLDER in addressed.draft.body
        assert addressed.draft.body.rstrip().endswith("Sam Lee")
        assert "Senior Engineer" in addressed.draft.subject


def test_a_single_interviewer_or_none_gets_one_draft() -> None:
    (alone,) = thank_you_drafts(replace(CTX, interviewers=(Person("Dr. Jane Smith"),)))
    assert alone.draft.body.startswith("Dear Jane,\n")
    (nobody,) = thank_you_drafts(replace(CTX, interviewers=()))
    assert nobody.draft.body.startswith("Hello,\n")
    assert nobody.label == "Open draft"


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Ana Ruiz", "Ana"),
        ("Ruiz, Ana", "Ana"),
        ("Dr. Ana Ruiz", "Ana"),
        ("Prof Ana María Ruiz", "Ana"),
        ("  ana  ", "ana"),
        ("ana@acme.example", ""),
        ("", ""),
        ("Dr.", "Dr."),
    ],
)
def test_first_name_is_what_people_greet_by(name: str, first: str) -> None:
    assert first_name(name) == first


def test_the_follow_up_goes_to_everyone_at_once() -> None:
    (together,) = step_drafts("follow_up", CTX)
    assert together.draft.body.startswith("Dear Ana and Ben,\n")
    assert mailto_parts(together.mailto)[0] == ["ana@acme.example"]


def test_follow_up_names_the_date_in_the_users_zone_and_restates_interest() -> None:
    draft = follow_up_draft(CTX)
    assert "Tuesday 4 March 2025" in draft.body
    assert "Tuesday 4 March 2025" in draft.subject
    assert "two weeks" in draft.body
    assert "interested" in draft.body
    in_los_angeles = follow_up_draft(replace(CTX, zone="America/Los_Angeles"))
    assert "Monday 3 March 2025" in in_los_angeles.body


def test_dates_leave_out_the_year_only_when_it_is_this_year() -> None:
    this_year = follow_up_draft(replace(CTX, today=date(2025, 12, 31)))
    assert "on Tuesday 4 March for" in this_year.body
    assert "2025" not in this_year.body + this_year.subject
    next_year = follow_up_draft(replace(CTX, today=date(2026, 1, 2)))
    assert "on Tuesday 4 March 2025 for" in next_year.body


def test_follow_up_without_timeline_or_names_still_reads_well() -> None:
    draft = follow_up_draft(replace(CTX, stated_timeline=None, interviewers=()))
    assert draft.body.startswith("Hello,\n")
    assert "mentioned" not in draft.body
    assert " \n" not in draft.body


def test_the_users_own_template_words_the_draft() -> None:
    mine = DraftText(
        subject="Thanks, {first_name}!", body="Hi {first_name},\n\nCheers,\n{my_first_name}"
    )
    to_ana, to_ben = thank_you_drafts(replace(CTX, templates={"thank_you": mine}))
    assert to_ana.draft == Draft(subject="Thanks, Ana!", body="Hi Ana,\n\nCheers,\nSam")
    assert to_ben.draft.subject == "Thanks, Ben!"
    # Only the thank-you was rewritten; the follow-up keeps Afterview's words.
    assert follow_up_draft(replace(CTX, templates={"thank_you": mine})) == follow_up_draft(CTX)


def test_next_steps_questions_ask_about_process_and_timeline() -> None:
    questions = next_steps_questions(CTX)
    assert any("next steps" in q for q in questions)
    assert any("how long" in q.lower() for q in questions)
    assert all(q.endswith("?") for q in questions)


def test_mailto_round_trips_subject_body_and_recipients() -> None:
    draft = thank_you_drafts(CTX)[0].draft
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
    (draft,) = (addressed.draft for addressed in thank_you_drafts(evil))
    assert draft.body.splitlines()[0] == "Dear Eve,"
    assert draft.subject == "Thank you — Senior Engineer interview"
    assert "\r" not in draft.body
    assert "\n" not in step_title("thank_you", "A\nB", "C\r\nD")


@pytest.mark.parametrize("kind", list(StepKind))
def test_description_has_facts_and_a_short_link_instead_of_the_draft(kind: str) -> None:
    link = "https://afterview.example/s/7"
    text = step_description(kind, CTX, done=False, step_url=link)
    assert "Tuesday 4 March 2025, 00:30–01:15 CET" in text
    assert "Senior Engineer" in text
    assert "Ana Ruiz <ana@acme.example>, Ben O'Neill" in text
    assert text.endswith(link)
    assert "mailto:" not in text
    assert len(text.encode()) < 1000
    if kind == "ask_next_steps":
        assert next_steps_questions(CTX)[0] in text
    elif kind == "thank_you":
        assert f"Your drafts, one for each interviewer, ready to send: {link}" in text
    else:
        assert f"Your draft, ready to send: {link}" in text


def test_done_description_says_nothing_is_left() -> None:
    assert step_description("thank_you", CTX, done=True).startswith("Done")
    assert not step_description("thank_you", CTX, done=False).startswith("Done")


def test_naive_interview_times_are_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        replace(CTX, interview_start=datetime(2025, 3, 3, 23, 30))


@given(
    name=st.text(
        alphabet=st.characters(categories=["L", "P", "S", "N", "Zs"], exclude_characters="@"),
        max_size=30,
    )
)
def test_a_greeting_names_someone_or_no_one(name: str) -> None:
    """Whatever was typed as an interviewer's name, the greeting is 'Dear <a word with a
    letter>,' or 'Hello,', never 'Dear ;,' or 'Dear -,'."""
    (draft,) = thank_you_drafts(replace(CTX, interviewers=(Person(name),)))
    greeting = draft.draft.body.split("\n", 1)[0]
    assert greeting == "Hello," or (
        greeting.startswith("Dear ") and any(char.isalpha() for char in greeting[5:-1])
    )
    assert not any(greeting.endswith(f"{mark},") for mark in ";:,!?\"')]")


@pytest.mark.parametrize(
    ("name", "first"),
    [(";", ""), ("- Ana", "Ana"), ("“Ana” Ruiz", "Ana"), ("Ana; Ben", "Ana"), ("(2) Ana", "Ana")],
)
def test_marks_around_a_name_are_not_the_name(name: str, first: str) -> None:
    assert first_name(name) == first
