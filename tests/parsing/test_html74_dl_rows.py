# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Label/value rows written as an HTML description list (html74).

Applicant-tracking and scheduling tools lay an invitation's details out as "<dl><dt>Date</dt>
<dd>…</dd><dt>Time</dt><dd>09:00 – 09:45</dd>…</dl>". inscriptis' profile knows no dl, dt or
dd, so the whole list ran into one line ("DateFriday 12 March 2027 Time09:00 – 09:45 Time
zone…") and the range's end was read as the start, below 0.5, in en-GB, fr, it and pl mails of
the corpus. html_to_text now starts each term on a line of its own with its value after it, as
a table row's label and value cells are read. Unclosed terms ("<DT>Date<DD>…") and upper case
read the same. Controls: the same details in a table stay right; an application receipt laid
out as a dl with a past submission time is not claimed.

Exhaustive over languages x two slots x closed/unclosed markup. Markup and sentences are
hand-written here, not the corpus's.
"""

from __future__ import annotations

from email.charset import QP, Charset
from email.mime.text import MIMEText

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed

DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
# per language: intro, labels (date, time, zone, place), the date of each slot, a range format
LANGS: dict[str, tuple[str, tuple[str, str, str, str], dict[int, str], str]] = {
    "en": (
        "We'd like to invite you to an interview for the Buyer role.",
        ("Date", "Time", "Time zone", "Location"),
        {16: "Tuesday 16 March 2027", 18: "Thursday 18 March 2027"},
        "{a} – {b}",
    ),
    "de": (
        "Wir laden Sie zum Vorstellungsgespräch als Einkäufer ein.",
        ("Datum", "Uhrzeit", "Zeitzone", "Ort"),
        {16: "Dienstag, 16. März 2027", 18: "Donnerstag, 18. März 2027"},
        "{a} – {b} Uhr",
    ),
    "fr": (
        "Nous vous invitons à un entretien pour le poste d'acheteur.",
        ("Date", "Heure", "Fuseau horaire", "Lieu"),
        {16: "mardi 16 mars 2027", 18: "jeudi 18 mars 2027"},
        "{a} - {b}",
    ),
    "it": (
        "Ti invitiamo a un colloquio per la posizione di buyer.",
        ("Data", "Ora", "Fuso orario", "Luogo"),
        {16: "martedì 16 marzo 2027", 18: "giovedì 18 marzo 2027"},
        "{a}–{b}",
    ),
    "pl": (
        "Zapraszamy na rozmowę rekrutacyjną na stanowisko kupca.",
        ("Termin", "Godzina", "Strefa czasowa", "Miejsce"),
        {16: "wtorek, 16 marca 2027", 18: "czwartek, 18 marca 2027"},
        "{a} – {b}",
    ),
    "nl": (
        "We nodigen je uit voor een sollicitatiegesprek als inkoper.",
        ("Datum", "Tijd", "Tijdzone", "Locatie"),
        {16: "dinsdag 16 maart 2027", 18: "donderdag 18 maart 2027"},
        "{a} - {b}",
    ),
}
SLOTS = [(16, "10:00", "10:45"), (18, "14:30", "15:30")]


def _html_mail(subject: str, page: str) -> bytes:
    charset = Charset("utf-8")
    charset.body_encoding = QP
    message = MIMEText(page, "html", charset)
    message["Date"] = DATE
    message["From"] = "Talent team <noreply@ats-mailer.example>"
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Subject"] = subject
    return message.as_bytes()


def _dl(pairs: list[tuple[str, str]], closed: bool) -> str:
    if closed:
        return "<dl>" + "".join(f"<dt><b>{k}</b></dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"
    return "<DL>" + "".join(f"<DT>{k}<DD>{v}" for k, v in pairs) + "</DL>"


def _table(pairs: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"


def _invitation(lang: str, day: int, a: str, b: str, layout: str) -> bytes:
    intro, (ld, lt, lz, ll), dates, rng = LANGS[lang]
    pairs = [
        (ld, dates[day]),
        (lt, rng.format(a=a, b=b)),
        (lz, "Europe/Berlin"),
        (ll, "Hafenstraße 3, Hamburg"),
    ]
    block = _table(pairs) if layout == "table" else _dl(pairs, layout == "dl")
    page = f"<html><body><p>Hello Alex,</p><p>{intro}</p>{block}<p>Talent team</p></body></html>"
    return _html_mail("Interview", page)


CASES = [
    (lang, slot, layout) for lang in LANGS for slot in SLOTS for layout in ("dl", "DL", "table")
]


@pytest.mark.parametrize(("lang", "slot", "layout"), CASES)
def test_dl_rows_give_the_start_and_end(lang: str, slot: tuple[int, str, str], layout: str) -> None:
    day, a, b = slot
    result = parse_message(_invitation(lang, day, a, b, layout))
    assert result.kind == "invitation", result
    assert result.start is not None, result
    assert result.end is not None, result
    assert result.start.isoformat() == f"2027-03-{day}T{a}:00+01:00", result
    assert result.end.isoformat() == f"2027-03-{day}T{b}:00+01:00", result
    assert result.confidence >= 0.5, result


@pytest.mark.parametrize("closed", [True, False])
def test_a_receipt_in_a_dl_is_not_claimed(closed: bool) -> None:
    pairs = [
        ("Status", "Application received"),
        ("Submitted", "Saturday 6 March 2027, 21:42"),
        ("Job", "Buyer"),
    ]
    page = f"<html><body><p>Hi Alex,</p><p>Thanks for applying. We'll review your application and get back to you.</p>{_dl(pairs, closed)}</body></html>"
    assert not claimed(_html_mail("We've received your application", page))
