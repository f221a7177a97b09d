# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Forward and reply subject prefixes of mail clients in many languages (fwdsubj79).

Why, three rules:
- Japanese clients' reply prefix "返信:", Taiwanese "回信：", Russian "Ответ:" and Ukrainian
  "Відповідь:" were no reply prefixes (lexicon.REPLY_SUBJECT): a thank-you over the quoted
  Outlook block ("差出人: … 送信日時: … 宛先: … 件名:", "От: … Отправлено: …") read as a
  forward of the invitation, an invitation at the old slot. The forward prefixes "转发：",
  "轉寄:", "転送:", "전달:", "Пересл:", "Переслать:" and a counted "Fwd[2]:" join
  lexicon.FORWARD_SUBJECT.
- "VS:" is Finnish Outlook's reply and Danish and Norwegian Outlook's forward: a "Vs:" mail
  that answers the one it quotes (it goes to the quoted mail's sender, or the sender follows
  up their own mail to the same reader) is a reply (parser._answers_quoted); the user's
  "VS:" forward of a mail written to them stays a forward.
- Korean "일정을 변경하게 되었습니다" (we have come to change the schedule) and "변경된 일시"
  (the changed date and time) mark a move (lexicon._RESCHEDULED_WORDS).

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import FORWARD_SUBJECT
from service.parsing.when import is_reply_subject
from tests.parsing.mailkit import plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"


def _not_claimed(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert (
        parsed.kind not in {"invitation", "reschedule", "cancellation"} or parsed.confidence < 0.5
    ), parsed


@pytest.mark.parametrize(
    "subject",
    [
        "转发：面试",
        "轉寄: 面試",
        "轉寄：面試",
        "転送: 面接",
        "전달: 면접",
        "Пересл: собеседование",
        "Переслать: собеседование",
        "Fwd[2]: interview",
    ],
)
def test_forward_prefixes(subject: str) -> None:
    assert FORWARD_SUBJECT.match(subject)
    assert not is_reply_subject(subject)


@pytest.mark.parametrize(
    "subject", ["返信: 面接", "回信：面試", "Ответ: собеседование", "Відповідь: співбесіда"]
)
def test_reply_prefixes(subject: str) -> None:
    assert is_reply_subject(subject)


JA_SENDER = "森本 茜 <a.morimoto@hiyori-denki.example.jp>"
JA_QUOTE = "\n\n-----Original Message-----\n差出人: 森本 茜 <a.morimoto@hiyori-denki.example.jp>\n送信日時: 2027年2月1日 月曜日 10:05\n宛先: Alex Morgan <alex.morgan@mailbox.example>\n件名: 面接日程のご連絡\n\nAlex Morgan 様\n\n面接を2027年2月10日（水）13:00より弊社本社にて行います。\n\n森本"


def test_japanese_henshin_thanks_over_outlook_block() -> None:
    body = (
        "Alex Morgan 様\n\nご出席のご返事をありがとうございます。当日は受付で面接の旨をお伝えください。\n\n森本"
        + JA_QUOTE
    )
    _not_claimed(
        plain_mail(
            "返信: 面接日程のご連絡",
            body,
            sender=JA_SENDER,
            to=ME,
            date="Wed, 03 Feb 2027 09:00:00 +0900",
        )
    )


def test_russian_otvet_thanks_over_outlook_block() -> None:
    quote = "\n\nОт: Павел Ершов <p.ershov@volga-trans.example.ru>\nОтправлено: 1 февраля 2027 г. 10:05\nКому: Alex Morgan <alex.morgan@mailbox.example>\nТема: Собеседование\n\nAlex, приглашаем вас на собеседование в среду, 10 февраля, в 13:00.\n\nПавел"
    body = "Alex, спасибо, что подтвердили. Пропуск будет на вахте.\n\nПавел" + quote
    _not_claimed(
        plain_mail(
            "Ответ: Собеседование",
            body,
            sender="Павел Ершов <p.ershov@volga-trans.example.ru>",
            to=ME,
            date="Wed, 03 Feb 2027 09:00:00 +0300",
        )
    )


FI_SENDER = "Mikko Laine <mikko.laine@tyopaikka.example.fi>"
FI_QUOTE = "\n\nLähettäjä: Mikko Laine <mikko.laine@tyopaikka.example.fi>\nLähetetty: maanantai 1. helmikuuta 2027 10.05\nVastaanottaja: Alex Morgan <alex.morgan@mailbox.example>\nAihe: Haastattelukutsu\n\nHei Alex,\n\nkutsumme sinut haastatteluun keskiviikkona 10.2.2027 klo 13.00 Tampereen toimistollemme.\n\nTerveisin\nMikko Laine"


def test_finnish_vs_reply_is_no_forward() -> None:
    body = (
        "Hei Alex,\n\nkiitos kun vahvistit tulosi. Voit pysäköidä talon takapihalle.\n\nMikko"
        + FI_QUOTE
    )
    _not_claimed(
        plain_mail(
            "Vs: Haastattelukutsu",
            body,
            sender=FI_SENDER,
            to=ME,
            date="Wed, 03 Feb 2027 09:00:00 +0200",
        )
    )


def test_danish_vs_forward_stays_a_forward() -> None:
    quote = "\n\nFra: Mette Lund <mette.lund@kystbyg.example.dk>\nSendt: 1. februar 2027 10:05\nTil: Alex Morgan <alex.morgan@mailbox.example>\nEmne: Jobsamtale\n\nHej Alex,\n\nvi vil gerne invitere dig til jobsamtale onsdag den 10. februar 2027 kl. 13:00 hos os i Aarhus.\n\nMette Lund"
    raw = plain_mail(
        "VS: Jobsamtale",
        "Kan du gemme denne?" + quote,
        sender=ME,
        to="Afterview <in+inbox@afterview.example>",
        date="Wed, 03 Feb 2027 09:00:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", parsed
    assert parsed.confidence >= 0.5, parsed
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith("2027-02-10T13:00")


def test_korean_schedule_change_is_a_move() -> None:
    quote = "\n\n보낸 사람: 최수민 <sumin.choi@barun-chem.example.kr>\n보낸 날짜: 2027년 2월 1일 월요일 오전 10:05\n받는 사람: Alex Morgan <alex.morgan@mailbox.example>\n제목: 면접 안내\n\nAlex 님, 면접은 2027년 2월 10일(수) 오후 1시에 본사에서 진행됩니다.\n\n최수민"
    body = (
        "Alex 님\n\n대표님 일정으로 면접 일정을 변경하게 되었습니다. 변경된 일시는 2027년 2월 12일(금) 오전 11시입니다.\n\n최수민"
        + quote
    )
    parsed = parse_message(
        plain_mail(
            "RE: 면접 안내",
            body,
            sender="최수민 <sumin.choi@barun-chem.example.kr>",
            to=ME,
            date="Wed, 03 Feb 2027 09:00:00 +0900",
        )
    )
    assert parsed.kind == "reschedule", parsed
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith("2027-02-12T11:00")
