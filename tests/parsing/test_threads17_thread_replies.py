"""Reply threads in languages other than English (threads17): a weekday quoted under Gmail's
Polish 'napisał(a):' or its wrapped German attribution counts from the quoted mail's day; a
reply that books a slot answers the availability request quoted under it; a reply that moves
the quoted slot is a reschedule; one person cancelling in the singular cancels the quoted slot.
Mail text is invented for these tests; controls keep what must not change.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP

from service.parsing import parse_message


def _mail(body: str, *, subject: str, date_header: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@kestrel-works.example>"
    message["To"] = "alex.morgan@mailbox.example"
    message["Date"] = date_header
    message["Subject"] = subject
    message.set_content(body, cte="8bit")
    return message.as_bytes(policy=SMTP)


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _wall(parsed_start: datetime | None) -> datetime | None:
    return parsed_start.replace(tzinfo=None) if parsed_start is not None else None


# --- a quoted weekday counts from the day the quoted mail was written ------------------------


def test_polish_gmail_attribution_dates_the_quoted_weekday() -> None:
    body = (
        "Dziękuję, do zobaczenia!\n\nAlex\n\n"
        "pt., 5 mar 2027 o 12:00 Ewa Nowak <ewa.nowak@kestrel-works.example> napisał(a):\n\n"
        + _quoted("Dzień dobry,\n\nzapraszam w poniedziałek o 9:30 do biura.\n\nEwa")
    )
    parsed = parse_message(
        _mail(body, subject="Re: Rozmowa", date_header="Mon, 8 Mar 2027 07:10:00 +0100")
    )
    # written on Friday 5 March, "w poniedziałek" is Monday 8 March: the reply's own day
    assert _wall(parsed.start) == datetime(2027, 3, 8, 9, 30)


def test_wrapped_german_gmail_attribution_dates_the_quoted_weekday() -> None:
    body = (
        "Guten Morgen,\n\nich bin heute pünktlich da.\n\nAlex Morgan\n\n"
        "Am Fr., 5. März 2027 um 16:00 Uhr schrieb Jana Roth\n<jana.roth@kestrel-works.example>:"
        "\n\n" + _quoted("Hallo Herr Morgan,\n\nwir sehen uns am Montag um 11 Uhr.\n\nJana")
    )
    parsed = parse_message(
        _mail(body, subject="Re: Termin", date_header="Mon, 8 Mar 2027 07:40:00 +0100")
    )
    assert _wall(parsed.start) == datetime(2027, 3, 8, 11, 0)


def test_the_reply_weekday_still_counts_from_the_reply_without_a_quote() -> None:
    body = "Hallo Herr Morgan,\n\nwir sehen uns am Montag um 11 Uhr.\n\nJana"
    parsed = parse_message(
        _mail(body, subject="Termin", date_header="Mon, 8 Mar 2027 07:40:00 +0100")
    )
    assert _wall(parsed.start) == datetime(2027, 3, 15, 11, 0)


# --- a booking answers the availability request quoted under it ----------------------------


def test_booking_over_a_quoted_availability_request_is_sure() -> None:
    body = (
        "Bonjour Alex,\n\nParfait, je vous réserve jeudi 11 mars à 10h30 pour l'entretien "
        "avec notre directeur.\n\nNadia\n\n"
        "Le mar. 2 mars 2027 à 09:00, Nadia Blanc <nadia.blanc@kestrel-works.example> a écrit :"
        "\n\n" + _quoted("Bonjour Alex,\n\nPouvez-vous m'indiquer vos disponibilités ?\n\nNadia")
    )
    parsed = parse_message(
        _mail(body, subject="RE: Entretien", date_header="Thu, 4 Mar 2027 10:00:00 +0100")
    )
    assert _wall(parsed.start) == datetime(2027, 3, 11, 10, 30)
    assert parsed.confidence >= 0.5


def test_an_availability_request_in_the_reply_itself_still_holds_it_back() -> None:
    body = (
        "Bonjour Alex,\n\nJe peux vous proposer jeudi 11 mars à 10h30 pour l'entretien ; "
        "merci de m'indiquer vos disponibilités si cela ne convient pas.\n\nNadia\n\n"
        "Le mar. 2 mars 2027 à 09:00, Alex Morgan <alex.morgan@mailbox.example> a écrit :"
        "\n\n" + _quoted("Bonjour Nadia,\n\nMerci pour votre message.\n\nAlex")
    )
    parsed = parse_message(
        _mail(body, subject="RE: Entretien", date_header="Thu, 4 Mar 2027 10:00:00 +0100")
    )
    assert parsed.confidence < 0.5


# --- a reply that moves the quoted slot ------------------------------------------------------


def test_a_reply_moving_the_quoted_slot_is_a_reschedule() -> None:
    body = (
        "Olá Alex,\n\nA entrevista passa para quinta-feira, 11 de março, às 15h00, em vez de "
        "quarta.\n\nRita\n\n"
        "Em 1 de março de 2027, às 10:00, Rita Lobo <rita.lobo@kestrel-works.example> escreveu:"
        "\n\n" + _quoted("Olá Alex,\n\nConfirmo a entrevista na quarta, 10 de março, às 10h00.")
    )
    parsed = parse_message(
        _mail(body, subject="RE: Entrevista", date_header="Fri, 5 Mar 2027 10:00:00 +0000")
    )
    assert _wall(parsed.start) == datetime(2027, 3, 11, 15, 0)
    assert parsed.kind == "reschedule"


def test_a_reply_confirming_the_quoted_slot_stays_an_invitation() -> None:
    body = (
        "Olá Alex,\n\nCombinado: quinta-feira, 11 de março, às 15h00.\n\nRita\n\n"
        "Em 1 de março de 2027, às 10:00, Alex Morgan <alex.morgan@mailbox.example> escreveu:"
        "\n\n" + _quoted("Olá Rita,\n\nPosso na quarta, 10 de março, às 10h00, ou na quinta.")
    )
    parsed = parse_message(
        _mail(body, subject="RE: Entrevista", date_header="Fri, 5 Mar 2027 10:00:00 +0000")
    )
    assert _wall(parsed.start) == datetime(2027, 3, 11, 15, 0)
    assert parsed.kind == "invitation"


def test_asking_to_move_over_the_quoted_slot_is_no_reschedule() -> None:
    body = (
        "Hallo Herr Morgan,\n\nkönnten wir das Gespräch auf Donnerstag, 11. März, 15 Uhr "
        "verschieben?\n\nJana\n\n"
        "Am Mo., 1. März 2027 um 10:00 Uhr schrieb Jana Roth <jana.roth@kestrel-works.example>:"
        "\n\n" + _quoted("Hallo Herr Morgan,\n\nich bestätige Mittwoch, 10. März, 10 Uhr.")
    )
    parsed = parse_message(
        _mail(body, subject="AW: Gespräch", date_header="Fri, 5 Mar 2027 10:00:00 +0100")
    )
    assert parsed.kind != "reschedule"


# --- one person cancelling -------------------------------------------------------------------


def test_a_singular_french_cancellation_cancels_the_quoted_slot() -> None:
    body = (
        "Bonjour,\n\nJe suis contrainte d'annuler notre entretien de mercredi, "
        "j'ai accepté un autre poste.\n\nAlex\n\n"
        "Le lun. 1 mars 2027 à 10:00, Nadia Blanc <nadia.blanc@kestrel-works.example> a écrit :"
        "\n\n" + _quoted("Bonjour Alex,\n\nVotre entretien est confirmé mercredi 10 mars à 9h.")
    )
    parsed = parse_message(
        _mail(body, subject="Re: Entretien", date_header="Fri, 5 Mar 2027 10:00:00 +0100")
    )
    assert parsed.kind == "cancellation"
    assert _wall(parsed.start) == datetime(2027, 3, 10, 9, 0)


def test_an_italian_singular_cancellation_cancels_the_quoted_slot() -> None:
    body = (
        "Ciao Alex,\n\npurtroppo devo annullare il colloquio di martedì.\n\nSara\n\n"
        "Il giorno lun 1 mar 2027 alle ore 10:00 Alex Morgan <alex.morgan@mailbox.example> ha "
        "scritto:\n\n" + _quoted("Ciao Sara,\n\nconfermo martedì 9 marzo alle 11:00.\n\nAlex")
    )
    parsed = parse_message(
        _mail(body, subject="Re: Colloquio", date_header="Fri, 5 Mar 2027 10:00:00 +0100")
    )
    assert parsed.kind == "cancellation"


def test_dutch_gaat_niet_door_cancels_the_quoted_slot() -> None:
    body = (
        "Hoi Alex,\n\nHet gesprek van donderdag gaat helaas niet door; de functie vervalt."
        "\n\nGroet,\nNoor\n\n"
        "Op ma 1 mrt 2027 om 10:00 schreef Noor Bakker <noor.bakker@kestrel-works.example>:"
        "\n\n" + _quoted("Hoi Alex,\n\nJe gesprek staat op donderdag 11 maart om 14.00 uur.")
    )
    parsed = parse_message(
        _mail(body, subject="Re: Gesprek", date_header="Fri, 5 Mar 2027 10:00:00 +0100")
    )
    assert parsed.kind == "cancellation"
    assert _wall(parsed.start) == datetime(2027, 3, 11, 14, 0)
