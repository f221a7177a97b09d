"""thread28: a regret that a day does not suit, then the replacing time, is no refusal; a
French cancellation with the regret between modal and verb is a cancellation."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message


def _mail(body: str, subject: str, sender: str, date: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Kim Laine <kim.laine@post.example>"
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        (
            "Hoi Kim,\n\nVrijdag lukt bij ons helaas niet meer. We zien je dan op maandag 11 "
            "januari om 15.30 uur op kantoor.\n\nGroet,\nEvi\n",
            15,
        ),
        (
            "Hi Kim,\n\nUnfortunately Friday doesn't work for the panel any more. We'll see you "
            "on Monday, January 11 at 9:30 AM instead, same room.\n\nEvi\n",
            9,
        ),
        (
            "Hallo Kim,\n\nFreitag klappt bei uns leider nicht. Wir sehen uns dann am Montag, "
            "11. Januar, um 11:00 Uhr im Büro.\n\nEvi\n",
            11,
        ),
    ],
)
def test_day_that_does_not_suit_then_new_time(body: str, hour: int) -> None:
    result = parse_message(
        _mail(
            body,
            "Re: interview",
            "Evi Maas <evi.maas@firm.example>",
            "Mon, 4 Jan 2027 10:00:00 +0100",
        )
    )
    assert result.kind == "invitation"
    assert result.start is not None
    assert (result.start.month, result.start.day, result.start.hour) == (1, 11, hour)


@pytest.mark.parametrize(
    "body",
    [
        "Hoi Evi,\n\nVrijdag lukt mij helaas niet. Zou maandag om 15.30 uur ook kunnen?\n\nKim\n",
        "Hallo Evi,\n\nFreitag passt mir leider nicht, ich melde mich mit neuen Vorschlägen."
        "\n\nKim\n",
        "Hi Kim,\n\nUnfortunately we have decided not to proceed with your application.\n\nEvi\n",
    ],
)
def test_regret_that_asks_or_refuses_stays_no_invitation(body: str) -> None:
    result = parse_message(
        _mail(
            body,
            "Re: interview",
            "Evi Maas <evi.maas@firm.example>",
            "Mon, 4 Jan 2027 10:00:00 +0100",
        )
    )
    assert result.kind == "not_invitation" or result.confidence < 0.5


def test_french_regret_between_modal_and_cancel() -> None:
    body = (
        "Bonjour Kim,\n\nNous devons malheureusement annuler l'entretien du mardi 12 janvier à "
        "10 h, le poste est suspendu.\n\nCordialement,\nEvi\n"
    )
    result = parse_message(
        _mail(
            body,
            "RE : Entretien",
            "Evi Maas <evi.maas@firm.example>",
            "Mon, 4 Jan 2027 10:00:00 +0100",
        )
    )
    assert result.kind == "cancellation"
    assert result.start is not None
    assert (result.start.day, result.start.hour) == (12, 10)
