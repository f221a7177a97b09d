"""Mail that mentions a meeting without setting one (replies43).

- Polish and Swedish minutes ("Notatka ze spotkania", "Anteckningar från dagens möte")
  name the next internal meeting; they list meetings, they invite the reader to none.
- A Spanish calendar notice that someone "ha aceptado provisionalmente" an event is an
  answer to an invitation, as its English and Catalan forms already are.
Each comes with a control: the same language setting an interview stays sure.
People, addresses and text are made up.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from service.parsing import parse_message

SURE = 0.5
SENDER = "Wiktoria Lis <w.lis@kadry.example>"
USER = "Robin Ek <robin.ek@mailbox.example>"


def _mail(text: str, *, subject: str) -> bytes:
    message = EmailMessage()
    message["From"] = SENDER
    message["To"] = USER
    message["Date"] = "Mon, 07 Dec 2026 12:40:00 +0100"
    message["Subject"] = subject
    message.set_content(text, cte="8bit")
    return message.as_bytes(policy=SMTP)


MINUTES = [
    (
        "Notatka ze spotkania działu",
        "Cześć,\n\nkrótko z dzisiejszego spotkania: budżet bez zmian, szkolenie BHP w styczniu."
        "\n\nKolejne spotkanie: czwartek, 17 grudnia o 9:30.\n\nWiktoria",
    ),
    (
        "Protokół ze spotkania zespołu",
        "Dzień dobry,\n\nw załączeniu protokół. Następne spotkanie we wtorek 15 grudnia o 14:00."
        "\n\nPozdrawiam",
    ),
    (
        "Anteckningar från dagens möte",
        "Hej!\n\nVi gick igenom budgeten och julfesten. Nästa möte: onsdag 16 december kl. 10:00."
        "\n\nHälsningar",
    ),
    (
        "Mötesanteckningar vecka 50",
        "Hej alla,\n\nhär är mötesanteckningarna. Vi ses nästa gång fredag 18 december kl. 13:00."
        "\n\nHälsningar",
    ),
]


@pytest.mark.parametrize(("subject", "text"), MINUTES)
def test_minutes_name_the_next_meeting_without_inviting(subject: str, text: str) -> None:
    parsed = parse_message(_mail(text, subject=subject))
    assert parsed.kind not in ("invitation", "reschedule") or parsed.confidence < SURE, parsed
    assert any("minutes" in warning for warning in parsed.warnings), parsed.warnings


def test_spanish_tentative_acceptance_is_a_reply() -> None:
    text = (
        "Lucía Moreno ha aceptado provisionalmente esta invitación.\n\nEntrevista Robin Ek\n"
        "jueves 10 de diciembre a las 11:00 - 12:00 (Europe/Madrid)\n"
    )
    parsed = parse_message(_mail(text, subject="Aceptada provisionalmente: Entrevista Robin Ek"))
    assert parsed.kind == "reply" or parsed.confidence < SURE, parsed


@pytest.mark.parametrize(
    ("subject", "text", "start"),
    [
        (
            "Zaproszenie na rozmowę",
            "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną w czwartek, 17 grudnia o 9:30"
            " w naszym biurze.\n\nPozdrawiam",
            "2026-12-17T09:30:00+01:00",
        ),
        (
            "Inbjudan till intervju",
            "Hej!\n\nVi vill bjuda in dig till en intervju onsdag 16 december kl. 10:00 på vårt"
            " kontor.\n\nHälsningar",
            "2026-12-16T10:00:00+01:00",
        ),
    ],
)
def test_controls_invitations_in_the_same_languages(subject: str, text: str, start: str) -> None:
    parsed = parse_message(_mail(text, subject=subject))
    assert parsed.kind == "invitation", parsed
    assert parsed.confidence >= SURE, parsed
    assert parsed.start is not None
    assert parsed.start.isoformat() == start


def _reply(top: str, quoted: str, *, subject: str) -> bytes:
    text = f"{top}\n\nOn Mon, 7 Dec 2026 at 09:05, Robin Ek <robin.ek@mailbox.example> wrote:\n"
    text += "\n".join(f"> {line}" for line in quoted.splitlines()) + "\n"
    return _mail(text, subject=subject)


def test_reply_agreeing_on_an_hour_takes_the_subjects_day() -> None:
    """ "Great, 4pm it is" under "Re: Interview on Wednesday", whose only dated line is the
    quote's attribution: the reply sets Wednesday 16:00 itself."""
    raw = _reply(
        "Great, 4pm it is - I've moved the invite.\n\nWiktoria",
        "Could we do 4pm instead of 11? Sorry for the trouble.\n\nRobin",
        subject="Re: Interview on Wednesday",
    )
    parsed = parse_message(raw)
    assert parsed.kind in ("invitation", "reschedule"), parsed
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2026-12-09T16:00:00+01:00"


def test_the_ask_itself_sets_nothing() -> None:
    raw = _reply(
        "Could we do 4pm instead? Sorry for the trouble.\n\nRobin",
        "Happy to meet on Wednesday, see you then.\n\nWiktoria",
        subject="Re: Interview on Wednesday",
    )
    parsed = parse_message(raw)
    assert parsed.kind not in ("invitation", "reschedule") or parsed.confidence < SURE, parsed
