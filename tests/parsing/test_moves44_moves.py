"""Text-only moves (moves44 batch): moves only asked for in the ways people ask (the verb
after a long slot, "would it suit you", the humble Japanese causative), spans of a quarter
of an hour, a day moved with the hour kept ("same time, but on Thursday"). Fixtures are our
own sentences; the corpus files are in tests/parsing/corpus (moves44).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message

SENT = "Mon, 02 Mar 2026 09:00:00 +0100"


def _parse(body: str, subject: str = "Interview", date: str = SENT) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "Ines Varga <ines.varga@larkspur-hiring.example>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


# a move only asked for: nothing has moved, so no calendar entry may be made from it
ASKED = [
    "Hallo,\n\nkönnten wir das Vorstellungsgespräch am Mittwoch, 11. März 2026 um 9:30 Uhr "
    "auf Donnerstag, 12. März 2026, 16:00 Uhr verlegen? Sagen Sie mir kurz Bescheid.\n\nInes",
    "Hoi,\n\nkunnen we het sollicitatiegesprek van woensdag 11 maart 2026 om 9.30 uur naar "
    "donderdag 12 maart 2026 om 16.00 uur verplaatsen? Laat het even weten.\n\nInes",
    "Ciao,\n\nti andrebbe bene spostare il colloquio di mercoledì 11 marzo alle 9:30 a "
    "giovedì 12 marzo alle 16:00? Fammi sapere.\n\nInes",
    "Hola:\n\n¿Te vendría bien pasar la entrevista del miércoles 11 de marzo a las 9:30 al "
    "jueves 12 de marzo a las 16:00? Dime algo.\n\nInes",
    "Olá,\n\nPodemos reagendar a sua entrevista de quarta-feira, 11 de março, às 9h30, para "
    "quinta-feira, 12 de março, às 16h? Diga-me se dá.\n\nInes",
    "Hej,\n\nGår det bra om vi flyttar intervjun onsdag 11 mars kl. 9.30 till torsdag 12 "
    "mars kl. 16.00? Hör av dig.\n\nInes",
    "Hei,\n\nGår det greit om vi flytter intervjuet onsdag 11. mars kl. 9.30 til torsdag "
    "12. mars kl. 16.00? Gi meg beskjed.\n\nInes",
    "Alex様\n\n3月11日（水）9:30からの面接を、3月12日（木）16:00に変更させていただくことは"
    "可能でしょうか。\nご確認をお願いいたします。\n\nInes",
]


@pytest.mark.parametrize("body", ASKED)
def test_a_move_only_asked_for_is_not_claimed(body: str) -> None:
    got = _parse(body)
    assert got["kind"] not in ("invitation", "reschedule") or float(str(got["confidence"])) < 0.5
