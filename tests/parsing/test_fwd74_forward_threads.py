# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Forwards the user sends of a thread or with a note (fwd74).

A recruiter's bare confirmation ("Perfect, that's confirmed") over the user's quoted "Thursday
at 2 works for me" over two offered slots books the slot the user picked, with its hour
repeated in the pick. A note above a forward that says the meeting moved ("they moved it to
Thursday 3pm", "me la han movido al jueves a las 15:00", "mudaram pra quinta às 15h") is a
reschedule at the note's slot; a note that says it moved while its new hour is not read
leaves the passed-on slot under 0.5 instead of sure. Controls: a pick that names no offered
slot, a confirmation over an offer with no pick, a note that only asks for a move, and a note
that only says "FYI". A Polish thank-you for the first talk that goes on to invite with the
perfective "zaprosić" to the second stage is a sure invitation; one that names only the date
of the decision is not.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

USER = "Alex Morgan <alex.morgan@mailbox.example>"
HOOK = "in+inbox@afterview.example"
RECRUITER = "Harriet Lowe <harriet.lowe@brackenfield.example>"


def _read(subject: str, body: str, date: str) -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender=USER, to=HOOK, date=date)
    parsed = parse_message(raw)
    start = parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


def _gmail(sent: str, subject: str) -> str:
    return (
        f"---------- Forwarded message ---------\nFrom: {RECRUITER}\nDate: {sent}\n"
        f"Subject: {subject}\nTo: {USER}\n\n\n"
    )


def _quote(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.split("\n"))


# (confirmation, pick, offer with two dated slots, the picked slot)
PICKS = [
    (
        "Perfect, that's confirmed. See you then!",
        "Thursday at 2 works for me. Thank you!",
        "Hi Alex,\n\nWould Tuesday 13 April at 10am or Thursday 15 April at 2pm suit you for the technical interview?\n\nBest wishes,\nHarriet",
        "2027-04-15T14:00",
    ),
    (
        "Prima, dann ist das fest. Bis dann!",
        "Donnerstag um 14 passt mir gut. Vielen Dank!",
        "Hallo Herr Weber,\n\nWürde Ihnen Dienstag, den 13. April 2027, um 10:00 Uhr oder Donnerstag, den 15. April 2027, um 14:00 Uhr für das Fachgespräch passen?\n\nViele Grüße\nKatrin Albers",
        "2027-04-15T14:00",
    ),
    (
        "Parfait, c'est confirmé. À bientôt !",
        "Jeudi 14h me convient très bien. Merci !",
        "Bonjour Camille,\n\nEst-ce que mardi 13 avril à 10h00 ou jeudi 15 avril à 14h00 vous conviendrait pour l'entretien technique ?\n\nBien cordialement,\nÉlodie",
        "2027-04-15T14:00",
    ),
    (
        "承知いたしました。確定とさせていただきます。当日お待ちしております。",
        "木曜日の14時で問題ありません。よろしくお願いいたします。",
        "佐藤 健 様\n\n技術面接ですが、4月13日（火）10時か4月15日（木）14時のご都合はいかがでしょうか。\n\n高橋",
        "2027-04-15T14:00",
    ),
]


def _thread(confirm: str, pick: str, offer: str) -> str:
    inner = f"{pick}\n\nAlex\n\nOn Mon, 5 Apr 2027 at 09:00, {RECRUITER} wrote:\n{_quote(offer)}"
    thread = (
        f"{confirm}\n\nHarriet\n\nOn Mon, 5 Apr 2027 at 12:30, {USER} wrote:\n{_quote(inner)}\n"
    )
    return _gmail("Mon, 5 Apr 2027 at 15:10", "Re: Interview") + thread


@pytest.mark.parametrize(("confirm", "pick", "offer", "want"), PICKS)
def test_a_bare_confirmation_books_the_pick_that_repeats_its_hour(
    confirm: str, pick: str, offer: str, want: str
) -> None:
    kind, start, confidence = _read(
        "Fwd: Re: Interview", _thread(confirm, pick, offer), "Mon, 05 Apr 2027 15:32:00 +0100"
    )
    assert (kind, start) == ("invitation", want)
    assert confidence >= 0.5


def test_a_pick_whose_hour_is_no_offered_slot_books_nothing_for_sure() -> None:
    confirm, _, offer, _ = PICKS[0]
    kind, start, confidence = _read(
        "Fwd: Re: Interview",
        _thread(confirm, "Thursday at 4 works for me. Thank you!", offer),
        "Mon, 05 Apr 2027 15:32:00 +0100",
    )
    assert not (kind == "invitation" and confidence >= 0.5 and start == "2027-04-15T14:00")


def test_a_confirmation_over_an_offer_with_no_pick_stays_unsure() -> None:
    confirm, _, offer, _ = PICKS[0]
    kind, _, confidence = _read(
        "Fwd: Re: Interview",
        _thread(confirm, "Thanks for getting back to me!", offer),
        "Mon, 05 Apr 2027 15:32:00 +0100",
    )
    assert not (kind in ("invitation", "reschedule") and confidence >= 0.5)


INVITATION = "Hi Alex,\n\nThanks for applying. We'd like to invite you to an interview on Wednesday 7 April at 10am. It will last 45 minutes and take place on Teams.\n\nBest wishes,\nHarriet"
ES_INVITATION = "Hola, Alex:\n\nNos gustaría invitarte a una entrevista el miércoles 7 de abril a las 10:00. Durará 45 minutos y será por Teams.\n\nUn saludo,\nMarta"
PT_INVITATION = "Olá, Alex,\n\nGostaríamos de convidar você para uma entrevista na quarta-feira, 7 de abril, às 10h. A conversa dura 45 minutos e será pelo Teams.\n\nAbraços,\nBeatriz"
RU_INVITATION = "Дмитрий, добрый день!\n\nПриглашаем вас на собеседование в среду, 7 апреля, в 10:00. Встреча продлится 45 минут и пройдёт в Teams.\n\nС уважением,\nАнна Смирнова"


def _noted(note: str, invitation: str) -> str:
    return f"{note}\n\n" + _gmail("Mon, 5 Apr 2027 at 09:30", "Interview") + invitation + "\n"


# the note moves the slot: (note, passed-on invitation, the note's slot)
MOVES = [
    ("they moved it to Thursday at 3pm", INVITATION, "2027-04-08T15:00"),
    ("me la han movido al jueves a las 15:00", ES_INVITATION, "2027-04-08T15:00"),
    ("mudaram pra quinta-feira às 15h", PT_INVITATION, "2027-04-08T15:00"),
]


@pytest.mark.parametrize(("note", "invitation", "want"), MOVES)
def test_a_note_that_says_it_moved_gives_the_new_slot(
    note: str, invitation: str, want: str
) -> None:
    kind, start, confidence = _read(
        "Fwd: Interview", _noted(note, invitation), "Tue, 06 Apr 2027 08:15:00 +0100"
    )
    assert (kind, start) == ("reschedule", want)
    assert confidence >= 0.5


def test_a_note_that_says_it_moved_with_its_hour_unread_keeps_the_old_slot_unsure() -> None:
    kind, start, confidence = _read(
        "Fwd: Interview",
        _noted("перенесли, теперь в четверг в 15", RU_INVITATION),
        "Tue, 06 Apr 2027 08:15:00 +0300",
    )
    assert kind == "reschedule"
    assert not (start == "2027-04-07T10:00" and confidence >= 0.5)


@pytest.mark.parametrize(
    ("note", "invitation"),
    [
        ("FYI", INVITATION),
        ("can you add this?", INVITATION),
        ("для информации", RU_INVITATION),
        ("para que lo sepas", ES_INVITATION),
    ],
)
def test_a_note_that_moves_nothing_keeps_the_passed_on_slot_sure(
    note: str, invitation: str
) -> None:
    kind, start, confidence = _read(
        "Fwd: Interview", _noted(note, invitation), "Tue, 06 Apr 2027 08:15:00 +0100"
    )
    assert (kind, start) == ("invitation", "2027-04-07T10:00")
    assert confidence >= 0.5


def test_a_note_that_only_asks_for_a_move_moves_nothing() -> None:
    kind, start, confidence = _read(
        "Fwd: Interview",
        _noted("can they move it to Thursday at 3pm?", INVITATION),
        "Tue, 06 Apr 2027 08:15:00 +0100",
    )
    assert not (kind == "reschedule" and start == "2027-04-08T15:00" and confidence >= 0.5)


PL_SENDER = "Agnieszka Wróbel <agnieszka.wrobel@kamex.example.pl>"


def _direct(body: str) -> tuple[str, str, float]:
    raw = plain_mail(
        "Drugi etap - kierownik robót",
        body,
        sender=PL_SENDER,
        to="Piotr Zieliński <piotr.zielinski@poczta.example.pl>",
        date="Tue, 06 Apr 2027 10:00:00 +0200",
    )
    parsed = parse_message(raw)
    start = parsed.start.isoformat()[:16] if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


def test_thanks_for_the_first_talk_then_zaprosic_to_the_second_stage_is_sure() -> None:
    kind, start, confidence = _direct(
        "Dzień dobry Panie Piotrze,\n\njeszcze raz dziękuję za pierwszą rozmowę. Chcielibyśmy zaprosić Pana na drugi etap z panem Nowakiem w środę, 14 kwietnia, o godz. 16:00, w naszym biurze w Poznaniu.\n\nPozdrawiam serdecznie,\nAgnieszka Wróbel"
    )
    assert (kind, start) == ("invitation", "2027-04-14T16:00")
    assert confidence >= 0.5


def test_thanks_for_the_talk_with_a_reply_by_date_is_no_invitation() -> None:
    kind, _, confidence = _direct(
        "Dzień dobry Panie Piotrze,\n\ndziękuję za wczorajszą rozmowę. Decyzję przekażemy Panu do środy, 14 kwietnia, do godz. 16:00.\n\nPozdrawiam serdecznie,\nAgnieszka Wróbel"
    )
    assert not (kind in ("invitation", "reschedule") and confidence >= 0.5)
