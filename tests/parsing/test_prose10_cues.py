"""How hiring people ask a candidate over without the words "interview" or "invite": "we'd
love to have you in", "how does Thursday at 2pm sound?", "swing by the studio", "grab a
coffee", "¿te viene bien pasarte por la oficina?", agreeing to the slot the candidate picked
("Wednesday at 11 it is", "va pour jeudi"), Afrikaans and Swahili interview words. Each such
mail must go to the calendar; the same voices asking for a week, or a time, stay unsure.
A time blocked for the reader, and the panel that will see them, count as well."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message

SENT = "Mon, 30 Nov 2026 09:12:00 -0600"


def _mail(body: str, subject: str = "Product Analyst role") -> bytes:
    return (
        "From: Megan Alvarez <megan@northloop.example.com>\r\nTo: sam@mailbox.example\r\n"
        f"Subject: {subject}\r\nDate: {SENT}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


# (body, the wall time it names in the week after the mail was sent)
ASKED_OVER = [
    ("We'd love to have you in to meet the team - how does Thursday Dec 3 at 2pm sound?", 3, 14),
    ("How does Friday 12/4 at 10:30 sound for a first conversation?", 4, 10),
    ("We'd like to bring you in on Wednesday Dec 2 at 11am to meet the founders.", 2, 11),
    ("Keen to grab a coffee with you on Tuesday 1 December at 8.30am?", 1, 8),
    ("Could you swing by the studio Thursday 12/3 at 3pm? Just the two of us.", 3, 15),
    ("Why don't you drop by our office on Friday December 4 at 4pm?", 4, 16),
    ("Let's do Wednesday 12/2, 1-1:45pm with Priya and Marcus.", 2, 13),
    ("2:30pm, Thursday 12/3 - that's your slot with our VP. 30 min.", 3, 14),
    ("¿Te viene bien pasarte por la oficina el jueves 3 de diciembre a las 12:00?", 3, 12),
    ("Nos encantaría conocerte el viernes 4 de diciembre a las 10:00 en Madrid.", 4, 10),
    ("Sam - blocked Thu 12/3 2-3pm for you and Dana. Zoom to follow.", 3, 14),
    ("11am Friday 12/4 suits the panel - they'll see you then.", 4, 11),
    ("O time quer te conhecer! Pode ser na quinta, dia 3, às 15h, aqui no escritório?", 3, 15),
    ("Ons wil jou graag vir 'n onderhoud ontmoet op Donderdag 3 Desember om 14:00.", 3, 14),
    ("Die onderhoud is bevestig vir Vrydag 4 Desember om 09:00 – 10:00.", 4, 9),
    ("Mahojiano yako yamethibitishwa: Alhamisi, 3 Desemba 2026, 14:00 - 15:00.", 3, 14),
]


@pytest.mark.parametrize(("body", "day", "hour"), ASKED_OVER)
def test_asking_the_reader_over_is_an_invitation(body: str, day: int, hour: int) -> None:
    result = parse_message(_mail(body))
    assert result.kind == "invitation", (body, result.warnings)
    assert isinstance(result.start, datetime)
    assert (result.start.day, result.start.hour) == (day, hour), body
    if body.rstrip().endswith("?") or "? " in body:
        # a time only asked about is read, and held for the reader's yes (asks67)
        assert result.confidence < 0.5, (body, result.confidence, result.warnings)
        assert any(note.startswith("the time is only asked about") for note in result.warnings)
    else:
        assert result.confidence >= 0.5, (body, result.confidence, result.warnings)


def _reply(new: str, quoted: str) -> bytes:
    said = "On Mon, Nov 30, 2026 at 08:40 Sam <sam@mailbox.example> wrote:"
    body = f"{new}\r\n\r\n{said}\r\n> {quoted}"
    return _mail(body, "Re: times for the Product Analyst role")


@pytest.mark.parametrize(
    ("new", "quoted", "when"),
    [
        ("Perfect, Wednesday at 11 it is! See you then.", "Wednesday 12/2 at 11am works.", 11),
        ("Great - 4pm it is, Thursday 12/3.", "Could we do Thursday at 4pm?", 16),
        ("Brilliant, let's lock in Thursday 3 Dec at 4pm then.", "Thursday 4pm suits me.", 16),
        ("Parfait, va pour jeudi 3 décembre à 9h30 !", "Jeudi 9h30 me convient.", 9),
    ],
)
def test_agreeing_to_the_picked_slot_is_sure(new: str, quoted: str, when: int) -> None:
    result = parse_message(_reply(new, quoted))
    assert result.kind == "invitation", (new, result.warnings)
    assert isinstance(result.start, datetime)
    assert result.start.hour == when, new
    assert result.confidence >= 0.5, (new, result.confidence, result.warnings)


@pytest.mark.parametrize(
    "body",
    [
        "The team would love to have you in. What does your week of Dec 7 look like? Mornings "
        "are best for us, ideally before 11am.",
        "We'd love to have you in - could you send me a few windows the week commencing 7 "
        "December? Anything between 9am and 5pm works.",
        "Das Team würde Sie gern kennenlernen. Passt Ihnen etwas in der Woche vom 7. Dezember, "
        "gern vormittags bis 12 Uhr?",
    ],
)
def test_a_week_with_a_bound_is_not_a_slot(body: str) -> None:
    result = parse_message(_mail(body))
    assert result.kind != "invitation" or result.confidence < 0.5, (body, result.start)


@pytest.mark.parametrize(
    "body",
    [
        "Gepland onderhoud: donderdag 3 december van 22:00 tot 23:00 is de portal offline.",
        "Het onderhoud is bevestigd voor donderdag 3 december om 22:00; de site is dan offline.",
    ],
)
def test_dutch_maintenance_is_not_an_afrikaans_interview(body: str) -> None:
    result = parse_message(_mail(body, "Onderhoud portal"))
    assert result.kind != "invitation" or result.confidence < 0.5, result.start
