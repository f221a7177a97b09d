"""Headers written in raw UTF-8 (RFC 6532, as servers that speak SMTPUTF8 deliver them and
as some clients save .eml files), and in raw Latin-1 by old software, are read as the words
they are: "Absage Vorstellungsgespräch" keeps its interview word and "Jörg Müller" his name,
instead of replacement characters that hide both."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message


def _raw_mail(subject: str, sender: str, body: str, charset: str = "utf-8") -> bytes:
    head = (
        f"From: {sender}\r\nTo: Sam Lee <sam@mail.example>\r\nSubject: {subject}\r\n"
        "Date: Wed, 02 Dec 2026 09:00:00 +0100\r\n"
        f"Content-Type: text/plain; charset={charset}\r\n\r\n"
    )
    return (head + body).encode(charset)


def test_a_raw_utf8_subject_keeps_its_interview_word() -> None:
    parsed = parse_message(
        _raw_mail(
            "Absage Vorstellungsgespräch",
            "Jörg Müller <joerg.mueller@firma.example>",
            "Sehr geehrter Herr Lee,\n\nleider müssen wir den für Montag, 14.12.2026, 10:00 Uhr "
            "vereinbarten Termin absagen.\n\nMit freundlichen Grüßen\nJörg Müller",
        )
    )
    assert parsed.kind == "cancellation"
    assert parsed.confidence >= 0.5
    assert parsed.subject == "Absage Vorstellungsgespräch"
    assert parsed.organizer is not None
    assert parsed.organizer.name == "Jörg Müller"


def test_a_raw_latin1_subject_is_read_too() -> None:
    parsed = parse_message(
        _raw_mail(
            "Entretien d'embauche confirmé",
            "Hélène Durand <helene@societe.example>",
            "Bonjour,\n\nVotre entretien aura lieu le mardi 15 décembre à 14h30.\n\nHélène",
            charset="latin-1",
        )
    )
    assert parsed.subject == "Entretien d'embauche confirmé"
    assert parsed.organizer is not None
    assert parsed.organizer.name == "Hélène Durand"


@given(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60))
def test_any_raw_utf8_subject_reads_back_as_written(words: str) -> None:
    subject = " ".join(words.split())
    raw = _raw_mail(f"Interview {subject}", "Ana <ana@firma.example>", "Hello")
    assert parse_message(raw).subject == " ".join(f"Interview {subject}".split())
