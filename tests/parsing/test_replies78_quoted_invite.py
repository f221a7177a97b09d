# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Replies over a quoted invitation that set nothing new, or call the quoted slot off
(replies78).

Why, two rules:
- Chinese and Korean clients write the reply prefix with a full-width colon or in their own
  word ("回复：" of QQ Mail and Foxmail, "回覆：", Korean Outlook's "회신:"), and QQ Mail's
  rule above the quoted mail is "------------------ 原始邮件 ------------------": without
  them a reply over the quoted invitation read as a forward of it, an invitation at the old
  slot (lexicon.REPLY_SUBJECT, lexicon.ORIGINAL_MESSAGE_RULES shared by forwards.py).
- an interview postponed with its new time only promised ("I'll be back in touch with a new
  date", "Nowy termin prześlę", "en cuanto tengamos una nueva fecha", "新的时间确定后通知", it, nl,
  pt, ja, ko)
  calls the quoted slot off: a cancellation at it, as "postponed until further notice" was.
Controls: a postponement that names the new slot stays a move to it.

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Ewa Lis <ewa.lis@brzozowy-dom.example.pl>"
DATE = "Tue, 02 Mar 2027 16:40:00 +0100"
GMAIL = "\n\nOn Mon, Mar 1, 2027 at 9:12 AM Ewa Lis <ewa.lis@brzozowy-dom.example.pl> wrote:\n> Hi Alex,\n> we would like to invite you to an interview on Thursday, March 4 at 10:00 AM at our office.\n> Ewa\n"
QQ = "\n\n------------------ 原始邮件 ------------------\n发件人： 陈静 <jing.chen@yunfan.example.cn>\n发送时间： 2027年3月1日 星期一 9:12\n收件人： Alex Morgan <alex.morgan@mailbox.example>\n主题： 面试邀请\n\nAlex 您好：\n\n诚邀您参加面试。\n时间：3月4日（周四）10:00\n地点：杭州市西湖区文三路 20 号\n\n陈静"


def _mail(subject: str, body: str, sender: str = SENDER) -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


CJK_REPLIES: dict[str, str] = {
    "zh_wrong_attachment": "Alex 您好：\n\n不好意思，刚才的附件发错了，请以这封邮件的附件为准，其余安排照旧。\n\n陈静",
    "zh_directions": "Alex 您好：\n\n补充一下：大楼访客停车在地下二层，到了前台报我的名字即可。\n\n陈静",
}


@pytest.mark.parametrize("prefix", ["回复：", "回覆：", "答复: "])
@pytest.mark.parametrize("name", sorted(CJK_REPLIES))
def test_cjk_reply_over_quoted_invite_sets_nothing(prefix: str, name: str) -> None:
    raw = _mail(prefix + "面试邀请", CJK_REPLIES[name] + QQ, "陈静 <jing.chen@yunfan.example.cn>")
    parsed = parse_message(raw)
    assert parsed.kind not in {"invitation", "reschedule"} or parsed.confidence < 0.5, parsed


POSTPONED: dict[str, str] = {
    "en": "Hi Alex,\n\nSorry, we have to postpone your interview since two of the panel are away. I will get back to you with a new date next week.\n\nEwa",
    "en_follow": "Hi Alex,\n\nWe need to postpone Thursday's interview, new time to follow.\n\nEwa",
    "pl": "Dzień dobry,\n\nz powodu choroby kierownika musimy przełożyć spotkanie. Nowy termin podamy w przyszłym tygodniu.\n\nEwa Lis",
    "es": "Hola Alex:\n\nVamos a posponer la entrevista unos días; te aviso cuando tengamos una nueva fecha.\n\nEwa",
    "de": "Hallo Alex,\n\nwir müssen das Gespräch verschieben und melden uns nächste Woche mit einem neuen Termin.\n\nEwa",
    "zh": "Alex 您好：\n\n抱歉，面试需要推迟，新的面试时间待定，确定后再联系您。\n\n陈静",
    "it": "Gentile Alex,\n\ndobbiamo rinviare il colloquio; le faremo sapere appena possibile una nuova data.\n\nEwa",
    "nl": "Beste Alex,\n\nhet gesprek van donderdag wordt verplaatst, een nieuwe tijd volgt.\n\nEwa",
    "pt": "Olá, Alex!\n\nVamos adiar a entrevista; aviso assim que tiver uma nova data.\n\nEwa",
    "ko": "Alex 님,\n\n면접을 연기하게 되어 죄송합니다. 일정은 다시 연락드리겠습니다.\n\n김지은",
}


@pytest.mark.parametrize("lang", sorted(POSTPONED))
def test_postponed_without_new_time_cancels_quoted_slot(lang: str) -> None:
    parsed = parse_message(_mail("Re: Interview", POSTPONED[lang] + GMAIL))
    assert parsed.kind == "cancellation", parsed
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (4, 10)


def test_postponed_to_a_named_slot_stays_a_move() -> None:
    body = "Hi Alex,\n\nWe need to postpone your interview to Friday, March 5 at 11:00 AM; I'll send you the new invite shortly.\n\nEwa"
    parsed = parse_message(_mail("Re: Interview", body + GMAIL))
    assert parsed.kind == "reschedule", parsed
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (5, 11)
