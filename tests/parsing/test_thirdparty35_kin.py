"""A relative's interview told to the reader is not claimed as the reader's own.

The relative writes in their own words with the kin word as the subject ("a minha irmã tem
uma entrevista", "我妹妹……有个面试", "제 남동생이 … 면접을 봐요", "أخي فيصل لديه مقابلة",
"fiica mea, Ioana, are interviu", "my brother has an interview"), with a name between the
kin word and the possessive ("मेरी बहन नेहा का", "kardeşim Emre'nin"), or forwards the
relative's interview with a kin word the older lists lacked ("pro mou ségru", "我表弟的",
"da minha cunhada"). The reader's own interview passed on from a parent's mailbox with a
kin word in the note ("儿子，这是你的面试通知") stays an invitation.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@inbox.example>"
DATE = "Mon, 03 May 2027 09:00:00 +0200"


def _mail(subject: str, body: str, *, sender: str = "Family <family@mailbox.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=ME, date=DATE)


KIN_NOTES = [
    (
        "pt-PT",
        "Entrevista do Rui",
        "Olá Alex,\n\no meu primo Rui tem uma entrevista na terça-feira, 11 de maio, às "
        "10h00, no Saldanha. Podes levá-lo?\n\nObrigado!",
    ),
    (
        "zh",
        "周二的事",
        "Alex，你好：\n\n我弟弟5月11日（星期二）下午3点在深圳有个面试，你能开车送他吗？\n\n谢谢",
    ),
    (
        "ko",
        "부탁",
        "Alex 씨,\n\n제 여동생이 5월 11일(화) 오전 10시에 강남에 있는 회사에서 면접을 봐요. "
        "데려다 줄 수 있어요?\n\n고마워요.",
    ),
    (
        "ar",
        "موعد أختي",
        "مرحبا أليكس،\n\nأختي نورة لديها مقابلة عمل يوم الثلاثاء 11 مايو 2027 الساعة 10:00 "
        "صباحًا. هل يمكنك أن توصلها؟\n\nشكرًا",
    ),
    (
        "hi",
        "मंगलवार",
        "नमस्ते Alex,\n\nमेरे भाई अमित का मंगलवार, 11 मई को सुबह 10 बजे पुणे में इंटरव्यू है। क्या तुम उसे छोड़ दोगे?",
    ),
    (
        "ro",
        "Marți",
        "Salut Alex,\n\nfratele meu, Radu, are interviu marți, 11 mai, la ora 10:00, în "
        "Pipera. Îl poți duce tu?\n\nMersi",
    ),
    (
        "en",
        "Tuesday",
        "Hi Alex,\n\nmy brother Tom has an interview on Tuesday, May 11 at 10:00 AM in "
        "Canary Wharf. Could you give him a lift?\n\nThanks!",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), KIN_NOTES)
def test_relatives_own_words_about_their_interview_are_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert not claimed(_mail(subject, body)), lang


KIN_FORWARDS = [
    (
        "cs",
        "Přeposílám pozvánku pro mou ségru, ať na to nezapomeneme.",
        "Dobrý den, paní Horáková,\n\nzveme Vás na pohovor v úterý 11. května 2027 v 10:00 "
        "v naší kanceláři.",
    ),
    (
        "zh",
        "转发我表妹的面试通知，周二你送她一下。",
        "您好：\n\n现邀请您参加面试：\n时间：2027年5月11日（星期二）上午10:00\n地点：5楼会议室",
    ),
]


@pytest.mark.parametrize(("lang", "note", "body"), KIN_FORWARDS)
def test_forward_naming_a_relative_the_lists_lacked_is_not_claimed(
    lang: str, note: str, body: str
) -> None:
    text = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: HR <hr@firma.example>\n"
        "Date: Mon, May 3, 2027 at 9:00 AM\nSubject: Interview\n"
        "To: Klára <klara@mailbox.example>\n\n"
        f"{body}\n"
    )
    assert not claimed(_mail("Fwd: Interview", text)), lang


OWN = [
    (
        "zh",
        "儿子，这是你的面试通知，发到我邮箱了。\n\n"
        "---------- Forwarded message ---------\nFrom: HR <hr@firma.example>\n"
        "Date: Mon, May 3, 2027 at 9:00 AM\nSubject: 面试通知\n"
        "To: 王芳 <wang.fang@mailbox.example>\n\n"
        "Alex Morgan 您好：\n\n现邀请您参加面试：\n"
        "时间：2027年5月11日（星期二）上午10:00\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OWN)
def test_own_interview_with_a_relative_in_the_note_stays_claimed(lang: str, text: str) -> None:
    raw = _mail("Fwd: Interview", text)
    assert claimed(raw), lang
    start = parse_message(raw).start
    assert start is not None
    assert (start.month, start.day, start.hour) == (5, 11, 10)
