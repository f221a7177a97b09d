"""Hand-typed scheduling mail in European languages: loose spelled hours, 'set aside 1h',
yesterday's hour, moves only asked and slots only offered (prose11)."""

from __future__ import annotations

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail


def _parse(body: str, date: str = "Wed, 22 Apr 2026 09:30:00 +0200") -> dict[str, object]:
    return parse_message(
        plain_mail(
            "Gespräch / entrevista / entretien",
            body,
            sender="Recruiting <talent@werkhof.example>",
            to="candidate@mailbox.example",
            date=date,
        )
    ).to_json_dict()


def _start(body: str) -> str:
    return str(_parse(body).get("start"))[:16]


def _claimed(body: str, date: str) -> bool:
    got = _parse(body, date)
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


# --- a word for "about" before a spelled hour ----------------------------------------------


def test_spanish_about_eleven_in_words() -> None:
    body = "Hola, Marta te espera el martes que viene a eso de las once en la oficina de Gràcia."
    assert _start(body) == "2026-04-28T11:00"


def test_italian_towards_three_in_words() -> None:
    body = "Buongiorno, la aspettiamo martedì prossimo verso le tre presso la nostra sede."
    assert _start(body) == "2026-04-28T15:00"


def test_portuguese_around_three_in_words() -> None:
    body = "Oi, vamos conversar na próxima terça por volta das três, pelo Meet."
    assert _start(body) == "2026-04-28T15:00"


def test_about_before_a_counted_noun_is_no_clock() -> None:
    body = "Te escribo sobre las dos vacantes; la entrevista es el jueves 30 de abril a las 9:15."
    assert _start(body) == "2026-04-30T09:15"


# --- "set aside 1h" --------------------------------------------------------------------------


def test_french_prevoir_1h_gives_the_end() -> None:
    got = _parse("Entretien le mardi 28 avril à 10h avec la directrice. Prévoir 1h.")
    assert str(got.get("end"))[:16] == "2026-04-28T11:00"


def test_spanish_calcula_1h_gives_the_end() -> None:
    got = _parse("Entrevista el martes 28 de abril a las 10:00 en la sede. Calcula 1h30.")
    assert str(got.get("end"))[:16] == "2026-04-28T11:30"


def test_a_compter_de_is_not_a_length() -> None:
    got = _parse("Entretien le mardi 28 avril à 10h. À compter de 18h le bâtiment ferme.")
    assert got.get("end") is None


# --- yesterday's hour ------------------------------------------------------------------------


def test_german_thanks_for_yesterday_with_a_later_deadline() -> None:
    body = (
        "Guten Tag,\n\nherzlichen Dank für das Gespräch gestern um 11.15 Uhr. Sie hören bis "
        "Dienstag, 5. Mai, von uns.\n\nGruss\nPia"
    )
    assert not _claimed(body, "Thu, 30 Apr 2026 15:00:00 +0200")


def test_spanish_thanks_for_yesterday_with_a_later_deadline() -> None:
    body = "Hola, gracias por la charla de ayer a las 9:45. Respondemos antes del martes 5 de mayo."
    assert not _claimed(body, "Thu, 30 Apr 2026 15:00:00 +0200")


# --- a move only asked -----------------------------------------------------------------------


def test_spanish_move_asked_is_not_claimed() -> None:
    body = "Hola, ¿podríamos pasar la charla del lunes a las 10 al martes a la misma hora? Avisame."
    assert not _claimed(body, "Wed, 29 Apr 2026 15:00:00 -0300")


def test_french_move_asked_is_not_claimed() -> None:
    body = "Bonjour, pourrions-nous décaler notre échange de lundi 10h à mardi 15h ? Merci !"
    assert not _claimed(body, "Wed, 29 Apr 2026 15:00:00 +0200")


def test_spanish_move_told_is_still_read() -> None:
    body = "Hola, la entrevista del viernes 8 de mayo la pasamos a las 17:00. Mismo enlace."
    assert _start(body) == "2026-05-08T17:00"


# --- slots only offered beside "when are you free?" -----------------------------------------


def test_german_offer_with_question_is_not_claimed() -> None:
    body = (
        "Hallo,\n\nwann hätten Sie in der kommenden Woche Zeit? Ich könnte Donnerstag ab 10 Uhr "
        "anbieten.\n\nGrüße"
    )
    assert not _claimed(body, "Fri, 24 Apr 2026 09:00:00 +0200")


def test_french_offer_with_question_is_not_claimed() -> None:
    body = (
        "Bonjour, quand seriez-vous disponible ? Je pourrais vous proposer jeudi 30 avril à 11h "
        "ou vendredi matin."
    )
    assert not _claimed(body, "Fri, 24 Apr 2026 09:00:00 +0200")


def test_french_offer_alone_stays_an_invitation() -> None:
    body = "Bonjour, je peux vous proposer un entretien le jeudi 30 avril à 11h dans nos locaux."
    assert _claimed(body, "Fri, 24 Apr 2026 09:00:00 +0200")


# --- the candidate's slot, fixed in the reply --------------------------------------------------


def _reply(new: str, quoted: str, date: str) -> dict[str, object]:
    body = f"{new}\n\nAm 03.05.2026 um 19:02 schrieb Kim Lenz <kim@mailbox.example>:\n> {quoted}\n"
    return _parse(body, date)


def test_german_machen_wir_fest_is_a_sure_invitation() -> None:
    got = _reply(
        "Hallo Kim,\n\ndann machen wir Donnerstag 14 Uhr fest. Bis dann!\n\nUte",
        "Donnerstag um 14 Uhr oder Freitag um 9 Uhr ginge bei mir.",
        "Mon, 04 May 2026 08:30:00 +0200",
    )
    assert str(got.get("start"))[:16] == "2026-05-07T14:00"
    assert float(got.get("confidence") or 0) >= 0.5  # type: ignore[arg-type]


def test_french_va_pour_is_a_sure_invitation() -> None:
    got = _reply(
        "Bonjour Kim,\n\nTrès bien, va pour jeudi 14h, je préviens l'équipe.\n\nUte",
        "Je peux jeudi à 14h ou vendredi à 9h.",
        "Mon, 04 May 2026 08:30:00 +0200",
    )
    assert str(got.get("start"))[:16] == "2026-05-07T14:00"
    assert float(got.get("confidence") or 0) >= 0.5  # type: ignore[arg-type]
