"""Draft templates a user writes: any text either fills in or is refused with the reason named."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.steps.templates import PLACEHOLDERS, DraftText, TemplateError, check_template
from service.steps.wording import (
    DEFAULT_TEMPLATES,
    Person,
    StepContext,
    compose,
    draft_values,
    preview_drafts,
    step_drafts,
)

START = datetime(2026, 3, 3, 14, 0, tzinfo=UTC)
CTX = StepContext(
    company="Northwind",
    role="Designer",
    interview_start=START,
    interview_end=START + timedelta(hours=1),
    zone="Asia/Kolkata",
    user_name="Sam Lee",
)

# Text that leans on what templates are made of: braces, placeholder names, line ends.
pieces = st.one_of(
    st.sampled_from(["{", "}", "{{", "}}", "\n", "\r\n", " ", "Dear ", ","]),
    st.sampled_from([f"{{{name}}}" for name in PLACEHOLDERS]),
    st.builds("{{{}}}".format, st.text(max_size=12)),
    st.text(max_size=20),
)
template_text = st.lists(pieces, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(subject=template_text, body=template_text)
def test_any_template_fills_in_or_is_refused_with_a_named_field(subject: str, body: str) -> None:
    refused: TemplateError | None = None
    try:
        checked = check_template(DraftText(subject=subject, body=body), "thank_you.")
    except TemplateError as error:
        refused = error
    if refused is not None:
        assert refused.field in ("thank_you.subject", "thank_you.body")
        assert refused.message
        return
    draft = compose(checked, draft_values(CTX, CTX.interviewers))
    assert "\n" not in draft.subject
    assert "\r" not in draft.subject
    assert "\r" not in draft.body
    # Whatever was saved, Settings can show it and every step can use it.
    preview_drafts(checked, "thank_you")
    step_drafts("thank_you", replace(CTX, templates={"thank_you": checked}))


@pytest.mark.parametrize(
    ("subject", "body", "field", "words"),
    [
        ("Hi", "Dear {firstname},", "x.body", "unknown placeholder {firstname}"),
        ("Hi {company.__class__}", "x", "x.subject", "unknown placeholder {company.__class__}"),
        ("Hi", "a } b", "x.body", "a lone “}” at character 3"),
        ("Hi {", "x", "x.subject", "a lone “{”"),
        ("", "x", "x.subject", "must not be empty"),
        ("Hi", "  \n ", "x.body", "must not be empty"),
        ("Hi\nthere", "x", "x.subject", "one line"),
        ("Hi", "x" * 5001, "x.body", "at most 5000"),
    ],
)
def test_a_broken_template_is_refused_naming_the_problem(
    subject: str, body: str, field: str, words: str
) -> None:
    with pytest.raises(TemplateError) as refused:
        check_template(DraftText(subject=subject, body=body), "x.")
    assert refused.value.field == field
    assert words in refused.value.message
    if "unknown placeholder" in words:
        assert "{first_name}" in refused.value.message  # the ones that work are listed


def test_braces_can_be_written_and_every_placeholder_is_filled() -> None:
    every = " ".join(f"{{{name}}}" for name in PLACEHOLDERS)
    template = check_template(DraftText(subject="{{literally}} {role}", body=every))
    person = (Person("Ana Ruiz", "ana@northwind.example"),)
    draft = compose(template, draft_values(replace(CTX, stated_timeline="a week"), person))
    assert draft.subject == "{literally} Designer"
    assert "{" not in draft.body
    assert "Dear Ana, Ana Ana Ruiz Northwind Designer the Designer role at Northwind" in draft.body
    assert "Tuesday 3 March 2026" in draft.body
    assert draft.body.endswith("decide within a week, so I wanted to check in. Sam Lee Sam")


def test_the_defaults_are_valid_templates() -> None:
    for template in DEFAULT_TEMPLATES.values():
        assert check_template(template) == template


names = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(["Ana\r\nBcc: x@y", "O'Neill, Ben", "José María", "李 小龙", "a&b=c?d#e%20"])


@settings(max_examples=300, deadline=None)
@given(name=names, local=st.from_regex(r"[a-z0-9._%+&?=-]{1,20}", fullmatch=True))
def test_any_interviewer_name_yields_a_mailto_a_mail_app_reads_back(name: str, local: str) -> None:
    person = Person(name, f"{local}@example.com")
    for addressed in step_drafts("thank_you", replace(CTX, interviewers=(person,))):
        link = addressed.mailto
        assert link.isascii()
        assert link.isprintable()
        assert " " not in link
        parts = urlsplit(link)
        assert parts.scheme == "mailto"
        assert [unquote(a) for a in parts.path.split(",")] == [f"{local}@example.com"]
        fields = dict(pair.split("=", 1) for pair in parts.query.split("&"))
        assert set(fields) == {"subject", "body"}
        assert unquote(fields["subject"]) == addressed.draft.subject
        assert unquote(fields["body"]) == addressed.draft.body.replace("\n", "\r\n")
        assert addressed.draft.body.splitlines()[0].startswith(("Dear ", "Hello,"))
