"""Roundcube's and SnappyMail's own translated reply attributions and forward header labels
(service/parsing/mail_header_words.json), every language they ship: an attribution heads
quoted mail, a forward's header block names the original sender."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from service.parsing.forwards import find_forwards
from service.parsing.lexicon import is_reply_header

WORDS = json.loads(
    (Path(__file__).resolve().parents[2] / "service/parsing/mail_header_words.json").read_text(
        "utf-8"
    )
)
WHEN = datetime(2026, 9, 14, 9, 31)
# a few translations renamed the placeholders ("$дата", "date$") and never render a date
ATTRIBUTIONS = sorted(
    {
        (r["repo"], r["lang"], r["text"])
        for r in WORDS
        if r["field"] == "attribution"
        and r["text"].count("$date") + r["text"].count("%DATETIME%") == 1
        and r["text"].count("$sender") + r["text"].count("%EMAIL%") == 1
    }
)


def _by_lang(repo: str) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for record in WORDS:
        if record["repo"] == repo:
            table.setdefault(record["lang"], {})[record["field"]] = record["text"]
    return table


def _render(template: str, date_text: str) -> str:
    line = template.replace("$date", date_text).replace("%DATETIME%", date_text)
    line = line.replace("$sender", "Eszter Kovács").replace(
        "%EMAIL%", "Eszter Kovács <eszter@firm.example>"
    )
    return line if line.rstrip().endswith((":", "：")) else f"{line}:"


@pytest.mark.parametrize(("repo", "lang", "template"), ATTRIBUTIONS)
def test_every_shipped_attribution_heads_quoted_mail(repo: str, lang: str, template: str) -> None:
    assert is_reply_header(_render(template, f"{WHEN:%d.%m.%Y %H:%M}")), (repo, lang, template)


@pytest.mark.parametrize(
    "line",
    [
        "We met at 14:00, as I wrote",
        "Yesterday at 14:00 we wrote it up.",
        "Yesterday, she wrote the report:",
        "Eszter Kovács írta a levelet.",
    ],
)
def test_prose_is_no_attribution(line: str) -> None:
    assert not is_reply_header(line)


FORWARDS = [
    (lang, fields)
    for lang, fields in sorted(_by_lang("the-djmaze/snappymail").items())
    if {"rule", "from", "to", "sent", "subject"} <= set(fields)
]


@pytest.mark.parametrize(("lang", "fields"), FORWARDS, ids=[lang for lang, _ in FORWARDS])
def test_snappymail_forward_block_names_original_sender(lang: str, fields: dict[str, str]) -> None:
    text = (
        "FYI\n\n"
        f"{fields['rule']}\n"
        f"{fields['from']}: Eszter Kovács <eszter@firm.example>\n"
        f"{fields['to']}: Alex Morgan <alex@mailbox.example>\n"
        f"{fields['sent']}: {WHEN:%d.%m.%Y %H:%M}\n"
        f"{fields['subject']}: Interview\n\n"
        "Body of the forwarded mail.\n"
    )
    found = find_forwards(text, True)
    assert found, lang
    assert found[0].sender == "eszter@firm.example", lang
    assert found[0].date_text == f"{WHEN:%d.%m.%Y %H:%M}", lang
