# ruff: noqa: E501 (each language's sentences read best whole)
"""Which slot is the slot when a reply carries several times (threads46).

- The candidate's own regret over a day ("Malheureusement je ne suis pas disponible mardi",
  "niestety w czwartek nie dam rady"), quoted under an Outlook From/Sent/To block, is not
  the employer's refusal: the employer's restated slot on top is the slot.
- Chinese and Korean Gmail attributions ("… 于2026年6月4日 15:00写道：", "… <a@b>님이 작성:")
  head quoted mail: their clock is when the quoted mail was sent, not a slot.
- A reply that only accepts ("à jeudi alors !", "ci vediamo allora", "好的，到时见！",
  "承知しました。当日よろしくお願いいたします。") the one time asked below it takes that time;
  a Japanese question ends "…でしょうか。" without a question mark.
- Turkish "… iptal etmek zorundayız" calls the quoted slot off.
"""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from service.parsing import parse_message
from service.parsing.choices import _CONFIRMS, _QUESTION_END
from service.parsing.lexicon import (
    _RESCHEDULED_WORDS,
    CANCELLING_CUES,
    REPLY_HEADER,
    _top_level_branches,
    is_reply_header,
)
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

EMPLOYER = "Julien Fabre <julien.fabre@garance.example.fr>"
ME = "Alex Morgan <alex.morgan@mailbox.example>"


def _parse(body: str, *, subject: str, sender: str, date: str) -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender=sender, to=ME, date=date)
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# (restated slot on top, the candidate's quoted regret, the employer's first proposal, and the
# Outlook labels From/Sent/To/Subject), each as its writer would put it
RESTATED = {
    "fr": ("Je vous confirme donc notre rendez-vous le vendredi 12 juin à 11h, dans nos locaux.",
           "Malheureusement je ne suis pas disponible mardi ni mercredi ; auriez-vous un créneau en fin de semaine ?",
           "Seriez-vous disponible le mardi 9 juin à 15h pour un entretien ?",
           ("De :", "Envoyé :", "À :", "Objet :"), "jeudi 4 juin 2026 09:05"),
    "pl": ("Potwierdzam ustalony termin rozmowy: piątek, 12 czerwca, godz. 11:00, biuro przy ul. Długiej 12.",
           "Niestety we wtorek nie dam rady. Czy możliwy jest termin pod koniec tygodnia?",
           "Zapraszamy na rozmowę we wtorek 9 czerwca o 15:00. Czy ten termin Panu odpowiada?",
           ("Od:", "Wysłane:", "Do:", "Temat:"), "czwartek, 4 czerwca 2026 09:05"),
}  # fmt: skip


def _outlook_thread(top: str, regret: str, first: str, labels: tuple[str, ...], when: str) -> str:
    f, s, t, j = labels
    block = "________________________________\n{f} {who}\n{s} {when}\n{t} {to}\n{j} Entretien\n"
    return (
        f"Bonjour Alex,\n\n{top}\n\nJulien\n\n"
        + block.format(f=f, s=s, t=t, j=j, who=ME, when=when, to=EMPLOYER)
        + f"\n{regret}\n\nAlex\n\n"
        + block.format(f=f, s=s, t=t, j=j, who=EMPLOYER, when=when, to=ME)
        + f"\n{first}\n\nJulien Fabre\n"
    )


@pytest.mark.parametrize("lang", sorted(RESTATED))
def test_a_restated_slot_over_the_readers_quoted_regret_is_the_slot(lang: str) -> None:
    top, regret, first, labels, when = RESTATED[lang]
    body = _outlook_thread(top, regret, first, labels, when)
    kind, start, confidence = _parse(
        body, subject="RE: Entretien", sender=EMPLOYER, date="Thu, 04 Jun 2026 10:20:00 +0200"
    )
    assert (kind, start) == ("invitation", "2026-06-12T11:00:00+02:00")
    assert confidence >= 0.5


def test_the_same_regret_in_the_newest_layer_still_sets_nothing() -> None:
    """Control: the reader's own regret and question on top is no slot agreed."""
    _, regret, first, labels, when = RESTATED["fr"]
    body = _outlook_thread(regret, "Merci.", first, labels, when)
    kind, _, confidence = _parse(
        body, subject="RE: Entretien", sender=ME, date="Thu, 04 Jun 2026 10:20:00 +0200"
    )
    assert kind != "invitation" or confidence < 0.5


def test_a_forwarded_refusal_stays_a_refusal() -> None:
    """Control: a forward passes the quoted mail on; its refusal is the mail's."""
    body = (
        "FYI\n\n________________________________\nFrom: Dana Cole <dana@acme.example>\n"
        "Sent: Thursday, June 4, 2026 9:05 AM\nTo: Alex Morgan <alex.morgan@mailbox.example>\n"
        "Subject: Your application\n\nDear Alex,\n\nUnfortunately we have decided not to move "
        "forward with your application. We wish you all the best.\n\nDana\n"
    )
    kind, _, _ = _parse(
        body, subject="FW: Your application", sender=ME, date="Thu, 04 Jun 2026 10:20:00 +0200"
    )
    assert kind == "not_invitation"


ATTRIBUTIONS = [
    "陈静 <chenjing@yunfan.example.cn> 于2026年6月4日 15:00写道：",
    "陈静 <chenjing@yunfan.example.cn> 于2026年6月4日周四 下午3:00写道：",
    "陳靜 <chen@yunfan.example.tw> 於 2026年6月4日 週四 下午3:00寫道：",
    "2026年6月4日 15:00，陈静 <chenjing@yunfan.example.cn> 写道：",
    "2026년 6월 4일 (목) 오후 3:00, 윤서아 <seoa@hanul.example.kr>님이 작성:",
]


@pytest.mark.parametrize("line", ATTRIBUTIONS)
def test_chinese_and_korean_attributions_head_quoted_mail(line: str) -> None:
    assert is_reply_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "我们在2026年6月4日的面试中他写道：",
        "面试时间：2026年6月9日 16:00",
        "2026년 6월 4일 면접 안내: 오후 3:00",
    ],
)
def test_dated_prose_is_no_attribution(line: str) -> None:
    assert not is_reply_header(line)


# (the reply's own words, the one time asked below it, the attribution, Date, expected start)
ACCEPTED = {
    "zh": ("好的，到时见！", "请问6月9日（周二）下午4点方便来公司面试吗？",
           "陈静 <chenjing@yunfan.example.cn> 于2026年6月4日 15:00写道：", "Thu, 04 Jun 2026 20:00:00 +0800", "2026-06-09T16:00:00+08:00"),
    "ja": ("承知しました。当日よろしくお願いいたします。", "面接ですが、6月10日（水）13時からはいかがでしょうか。",
           "2026年6月3日(水) 18:00 鈴木 花子 <h.suzuki@aoba.example.jp>:", "Thu, 04 Jun 2026 09:30:00 +0900", "2026-06-10T13:00:00+09:00"),
    "fr": ("Parfait, à jeudi alors !", "Seriez-vous disponible jeudi 11 juin à 16h30 pour un entretien avec notre directrice ?",
           "Le 3 juin 2026 à 15:20, Sophie Morel <sophie@nacre.example.fr> a écrit :", "Wed, 03 Jun 2026 19:00:00 +0200", "2026-06-11T16:30:00+02:00"),
    "it": ("Ottimo, ci vediamo allora.", "Ti andrebbe bene venerdì 12 giugno alle 10:30 per il colloquio in sede?",
           "Il giorno gio 4 giu 2026 alle ore 18:10 Giorgio Lanza <g.lanza@pietra.example.it> ha scritto:", "Fri, 05 Jun 2026 08:40:00 +0200", "2026-06-12T10:30:00+02:00"),
    "en": ("Yes, I can make it - see you at 11.", "Could you come in tomorrow at 11am to meet our CTO?",
           "On Tue, Jun 2, 2026 at 5:20 PM Jenna Cole <jenna@ironbark.example.com> wrote:", "Wed, 03 Jun 2026 07:45:00 -0400", "2026-06-03T11:00:00-04:00"),
    "de": ("Ja, 10 Uhr passt, bis nachher!", "Passt Ihnen Montag um 10 Uhr für ein kurzes Gespräch bei uns?",
           "Am Fr., 5. Juni 2026 um 16:00 Uhr schrieb Felix Braun <f.braun@mosel.example.de>:", "Mon, 08 Jun 2026 07:30:00 +0200", "2026-06-08T10:00:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(ACCEPTED))
def test_a_reply_accepting_the_one_time_asked_takes_it(lang: str) -> None:
    own, asked, attribution, date, want = ACCEPTED[lang]
    body = f"{own}\n\nAlex\n\n{attribution}\n> {asked}\n>\n> Pat\n"
    kind, start, _ = _parse(body, subject="Re: Interview", sender=ME, date=date)
    assert (kind, start) == ("invitation", want)


NOT_ACCEPTED = {
    "zh": ("谢谢，我先看一下日程，明天回复您。", "请问6月9日（周二）下午4点方便来公司面试吗？",
           "陈静 <chenjing@yunfan.example.cn> 于2026年6月4日 15:00写道：", "Thu, 04 Jun 2026 20:00:00 +0800"),
    "es": ("Gracias, lo reviso con mi agenda y te digo algo mañana.", "¿Te vendría bien el jueves 11 de junio a las 12:00?",
           "El jue, 4 jun 2026 a las 13:00, Raúl Castro (<raul@nube.example.es>) escribió:", "Thu, 04 Jun 2026 19:30:00 +0200"),
    "fr": ("Merci, je regarde mon agenda et je reviens vers vous.", "Seriez-vous disponible jeudi 11 juin à 16h30 ?",
           "Le 3 juin 2026 à 15:20, Sophie Morel <sophie@nacre.example.fr> a écrit :", "Wed, 03 Jun 2026 19:00:00 +0200"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(NOT_ACCEPTED))
def test_a_reply_that_does_not_accept_sets_nothing(lang: str) -> None:
    own, asked, attribution, date = NOT_ACCEPTED[lang]
    body = f"{own}\n\nAlex\n\n{attribution}\n> {asked}\n"
    kind, _, confidence = _parse(body, subject="Re: Interview", sender=ME, date=date)
    assert kind != "invitation" or confidence < 0.5


def test_turkish_we_must_cancel_calls_the_quoted_slot_off() -> None:
    body = (
        "Merhaba Alex,\n\nMaalesef 17 Haziran Çarşamba günkü görüşmeyi iptal etmek zorundayız.\n\nBurak\n\n"
        "5 Haz 2026 Cum 10:00 tarihinde Burak Yıldız <burak@anadolu.example.com.tr> şunu yazdı:\n"
        "> Görüşmeniz 17 Haziran Çarşamba saat 14:00'te genel merkezimizde yapılacaktır.\n"
    )
    kind, start, _ = _parse(
        body,
        subject="Re: Görüşme",
        sender="Burak Yıldız <burak@anadolu.example.com.tr>",
        date="Fri, 12 Jun 2026 09:00:00 +0300",
    )
    assert (kind, start) == ("cancellation", "2026-06-17T14:00:00+03:00")


@pytest.mark.parametrize("text", ["iptal etmek zorundayız", "iptal etmemiz gerekiyor"])
def test_turkish_obligation_to_cancel(text: str) -> None:
    assert CANCELLING_CUES.search(f"görüşmeyi {text}.")


def test_the_new_patterns_stay_linear() -> None:
    """1 MB of the patterns' own words, with and without line breaks."""
    moved = re.compile(
        next(b for b in _top_level_branches(_RESCHEDULED_WORDS.pattern) if b.startswith("原"))
    )
    words = "陈静 <a@b.cn> 于2026年6月4日 15:00写 2026년 6월 4일 오후 3:00 님이 iptal etmek bis nachher à jeudi でしょうか 原定6月11日的面试需要 "

    def read(text: str) -> None:
        REPLY_HEADER.match(text)
        CANCELLING_CUES.search(text)
        _CONFIRMS.search(text)
        _QUESTION_END.search(text)
        moved.search(text)
        moved.search(text.replace("需要", "需要改"))

    for joiner in ("", "\n"):
        assert_linear(read, repeated(words, joiner), label=repr(joiner))


@pytest.mark.parametrize(
    "line",
    ["抱歉，原定6月11日（周四）的面试需要改到6月12日（周五）下午3点，地点不变。",
     "不好意思，原訂6月11日（週四）的面試調整為6月12日（週五）下午3點。"],
)  # fmt: skip
def test_a_chinese_move_from_the_first_slot_is_a_reschedule(line: str) -> None:
    body = f"Alex您好，\n\n{line}\n\n孙磊\n"
    kind, start, _ = _parse(
        body,
        subject="面试",
        sender="孙磊 <sunlei@dongfang.example.cn>",
        date="Tue, 09 Jun 2026 10:00:00 +0800",
    )
    assert (kind, start) == ("reschedule", "2026-06-12T15:00:00+08:00")


def test_the_first_slot_kept_is_no_move() -> None:
    body = "Alex您好，\n\n原定6月12日（周五）下午3点的面试时间不变，请准时参加。\n\n孙磊\n"
    kind, start, _ = _parse(
        body,
        subject="面试",
        sender="孙磊 <sunlei@dongfang.example.cn>",
        date="Tue, 09 Jun 2026 10:00:00 +0800",
    )
    assert (kind, start) == ("invitation", "2026-06-12T15:00:00+08:00")
