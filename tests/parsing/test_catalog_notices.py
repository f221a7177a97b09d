"""Calendar notices worded as real calendar software words them, in languages our corpus lacks.

The subjects and sentences come from tests/parsing/lexicon_sources/catalog_strings.json, the
strings Thunderbird and SOGo send (mined from their translation catalogs with their
provenance); only the attendee's name, the event title and a time are ours.
"""

from __future__ import annotations

import json
import re
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from service.parsing import lexicon, parse_message

SOURCES = Path(__file__).resolve().parent / "lexicon_sources"
RECORDS: list[dict[str, str]] = json.loads((SOURCES / "catalog_strings.json").read_text("utf-8"))
_PLACEHOLDER = re.compile(r"%\d*\$?[sSdD]|%?\{\s*\$?[\w.-]+\s*\}%?")
THUNDERBIRD = "thunderbird/thunderbird-l10n"
WHEN = "\n\n2026-11-12 10:00 - 11:00\n"

# Languages none of tests/parsing/corpus is written in, or only a handful of mails with no
# calendar answer among them.
LANGUAGES = ["he", "ar", "bg", "hr", "sr", "sl", "mk", "lt", "ca", "th", "is", "ka", "eu"]


def _fill(template: str, name: str = "Dana Levi", title: str = "Interview") -> str:
    pieces = _PLACEHOLDER.split(template)
    text = pieces[0]
    for index, piece in enumerate(pieces[1:]):
        text += (name if index == 0 else title) + piece
    return text


def _string(lang: str, key: str) -> str | None:
    for record in RECORDS:
        if (record["repo"], record["lang"], record["key"]) == (THUNDERBIRD, lang, key):
            return record["text"]
    return None


def _mail(subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Levi <dana@firm.example>"
    message["To"] = "alex@mailbox.example"
    message["Date"] = "Mon, 02 Nov 2026 10:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


def _notice(lang: str, subject_key: str, body_key: str) -> bytes:
    subject = _string(lang, subject_key)
    body = _string(lang, body_key)
    assert body is not None, f"Thunderbird ships no {body_key} in {lang}"
    return _mail(_fill(subject, "Interview") if subject else "Interview", _fill(body) + WHEN)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("subject_key", "body_key"),
    [
        ("itipReplySubjectAccept2", "itipReplyBodyAccept"),
        ("itipReplySubjectDecline2", "itipReplyBodyDecline"),
    ],
    ids=["accepted", "declined"],
)
def test_a_calendar_answer_is_a_reply_not_an_invitation(
    lang: str, subject_key: str, body_key: str
) -> None:
    result = parse_message(_notice(lang, subject_key, body_key))
    assert result.kind == "reply"
    assert result.confidence < 0.5


# Arabic's sentence puts the name in the middle ("قبل %1$S دعوة الحدث"): what is left, "the
# event invitation", says too little alone, so there its subject carries the answer.
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "ar"])
def test_the_answer_is_read_from_its_sentence_alone(lang: str) -> None:
    body = _string(lang, "itipReplyBodyAccept")
    assert body is not None
    result = parse_message(_mail("Interview", _fill(body) + WHEN))
    assert result.kind == "reply"
    assert result.confidence < 0.5


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_softwares_invitation_is_not_hurt(lang: str) -> None:
    result = parse_message(_notice(lang, "itipRequestSubject2", "itipRequestBody"))
    assert result.kind == "invitation"
    assert result.confidence >= 0.5


# Macedonian Thunderbird has no cancellation body
@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if _string(lang, "itipCancelBody")])
def test_the_same_softwares_cancellation_is_a_cancellation(lang: str) -> None:
    result = parse_message(_notice(lang, "itipCancelSubject2", "itipCancelBody"))
    assert result.kind == "cancellation"


def test_no_invitation_template_of_any_language_reads_as_an_answer_or_a_cancellation() -> None:
    for record in RECORDS:
        if record["kind"] != "invitation":
            continue
        text = _fill(record["text"])
        if record["form"] == "subject":
            assert not lexicon.CALENDAR_RESPONSE_SUBJECT.match(text), record
            assert not lexicon.SUBJECT_CANCELLED.search(text), record
        else:
            assert not lexicon.CATALOG_REPLY_CUES.search(text), record
            assert not lexicon.CATALOG_CANCELLED_CUES.search(text), record
            assert not lexicon.CATALOG_UPDATED_CUES.search(text), record


def test_every_mined_phrase_is_matched_where_a_mail_would_carry_it() -> None:
    from service.parsing.catalog_cues import PHRASES, SUBJECT_PREFIXES

    body_patterns = {
        "reply": lexicon.CATALOG_REPLY_CUES,
        "cancelled": lexicon.CATALOG_CANCELLED_CUES,
        "updated": lexicon.CATALOG_UPDATED_CUES,
        "absence": lexicon.CATALOG_ABSENCE_CUES,
        "invitation": lexicon.CATALOG_INVITATION_CUES,
        "notice": lexicon.CATALOG_NOTICE_CUES,
    }
    subject_patterns = {
        "reply": lexicon.CALENDAR_RESPONSE_SUBJECT.match,
        "cancelled": lexicon.SUBJECT_CANCELLED.search,
        "updated": lexicon.SUBJECT_RESCHEDULED.search,
        "notice": lexicon.SUBJECT_CALENDAR_NOTICE.search,
    }
    for kind, phrases in PHRASES.items():
        for phrase, _ in phrases:
            shown = phrase[:1].upper() + phrase[1:]
            assert body_patterns[kind].search(f"Dana Levi {shown} Interview"), phrase
            assert body_patterns[kind].search(f"Dana Levi\n{shown}"), phrase
    for kind, prefixes in SUBJECT_PREFIXES.items():
        for prefix, _ in prefixes:
            assert subject_patterns[kind](f"RE: {prefix[:-1].upper()} : Interview"), prefix


def test_the_generated_module_matches_its_data_file() -> None:
    sys.path.insert(0, str(SOURCES))
    try:
        import mine_catalogs
    finally:
        sys.path.remove(str(SOURCES))
    expected = mine_catalogs.generate(RECORDS)
    assert mine_catalogs.MODULE.read_text("utf-8") == expected


def test_every_mined_string_keeps_its_provenance() -> None:
    for record in RECORDS:
        for field in ("repo", "path", "key", "msgid", "licence"):
            assert record[field], (field, record)
        assert re.fullmatch(r"[0-9a-f]{40}", record["commit"])
