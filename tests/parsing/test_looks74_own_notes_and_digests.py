# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Job-search mail that names an interview the reader already has (looks74).

Why, one rule each (all extend an existing list, none is new):
- A job board's digest or a ticket whose row is headed as the reader's own note: "Din egen
  note:", "Oma merkintäsi:", "noté par vous", "Anotação sua:", "Kendi notun:", "Twoja
  notatka", "Notunuz:" (OWN_TOOL_CUES): the reader wrote the time there; an employer's line
  is never headed so.
- A practice interview in Czech with a word between: "nácvik pracovního pohovoru"
  (_PRACTICE_MORE_LANGS).
- "Newsletter" in the languages with a word of their own: "nieuwsbrief", "nyhedsbrev",
  "뉴스레터", "メルマガ" (classify's _NEWSLETTER_WORDS).
- A calendar's daily summary in Japanese and Chinese: "毎日のまとめ", "日程摘要"
  (lexicon's _DIGEST_WORDS).
- 分享会, a talk for many, beside 讲座 (lexicon's _OTHER_BUSINESS_WORDS).
Controls: the employer's own invitation that answers the reader's note ("thanks for your
note", "Danke für Ihre Notiz") or carries a newsletter footer stays a sure invitation.

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the
corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, claims_a_slot, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]


def _mail(subject: str, body: str, sender: str) -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# per mail: subject and body with {h} and {m} for the one clock time (Thursday 11 March)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "note_da": ("Dine ansøgninger",
                "Hej Alex\n\nStatus: Til samtale hos Krogh Revision.\nDin egen note: samtale torsdag den 11. marts kl. {h}.{m:02d}\n\nHeld og lykke!\nJobportalen"),
    "note_fi": ("Hakemustesi tilanne",
                "Hei Alex,\n\nTila: Haastattelu, Virtanen Oy.\nOma merkintäsi: haastattelu torstaina 11.3. klo {h}.{m:02d}\n\nPalvelu"),
    "note_fr": ("Le point sur vos candidatures",
                "Bonjour Alex,\n\nComptable, Cabinet Roux : entretien noté par vous le jeudi 11 mars à {h}h{m:02d}.\n\nVotre suivi"),
    "note_pt": ("Suas candidaturas",
                "Olá, Alex!\n\nStatus: Entrevista, Grupo Serra.\nAnotação sua: entrevista quinta, 11 de março, às {h}h{m:02d}.\n\nPortal"),
    "note_tr": ("Başvuruların",
                "Merhaba Alex,\n\nDurum: Mülakat, Ak Yapı.\nKendi notun: mülakat 11 Mart Perşembe saat {h}:{m:02d}.\n\nSite"),
    "note_hotel_tr": ("Rezervasyonunuz onaylandı",
                      "Sayın Alex Morgan,\n\nGiriş: 10 Mart 2027\nÇıkış: 12 Mart 2027\nNotunuz: 11 Mart saat {h}:{m:02d} iş görüşmem var, geç çıkış rica ederim.\n\nOtel"),
    "note_train_pl": ("Twój bilet",
                      "Dziękujemy za zakup.\n\nCzwartek, 11 marca 2027, Poznań Główny - Wrocław Główny\nTwoja notatka: rozmowa o pracę o {h}:{m:02d}\n\nPrzewoźnik"),
    "practice_cs": ("Potvrzení rezervace",
                    "Dobrý den,\n\npotvrzujeme váš nácvik pracovního pohovoru s poradkyní ve čtvrtek 11. března v {h}:{m:02d}.\n\nPoradna"),
    "newsletter_nl": ("Nieuws van Bureau Smit",
                      "Hoi Alex,\n\nDeze maand: tien tips voor het sollicitatiegesprek.\nInloopavond op ons kantoor: donderdag 11 maart om {h}:{m:02d}.\n\nJe ontvangt deze nieuwsbrief omdat je bent ingeschreven."),
    "newsletter_da": ("Nyhedsbrev fra Vang Rekruttering",
                      "Hej Alex\n\nFem tips til jobsamtalen.\nÅbent hus på kontoret torsdag den 11. marts kl. {h}.{m:02d}.\n\nDu modtager dette nyhedsbrev, fordi du er oprettet hos os."),
    "newsletter_ko": ("3월 뉴스레터",
                      "알렉스님, 안녕하세요.\n\n면접 준비 팁을 정리했습니다.\n온라인 설명회: 3월 11일(목) {h}:{m:02d}\n\n피플링크 드림"),
    "digest_ja": ("3月11日(木)の予定",
                  "おはようございます。\n\n{h}:{m:02d} 面接（オンライン）\n19:00 夕食\n\nご自身のカレンダーの毎日のまとめです。"),
    "digest_zh": ("日程摘要：3月11日 星期四",
                  "早上好！\n\n{h}:{m:02d} 面试（视频）\n19:00 晚饭\n\n此邮件由您的日历自动发送。"),
    "talk_zh": ("活动提醒",
                "Alex 您好：\n\n您报名的面试技巧分享会将于3月11日（周四）{h}:{m:02d} 开始，地点：市图书馆二楼。\n\n主办方"),
}  # fmt: skip

# the employer's own invitation with a note or a newsletter beside it
CONTROLS: dict[str, tuple[str, str]] = {
    "thanks_for_note_en": ("Interview - Accounts Assistant",
                           "Hi Alex,\n\nThanks for your note: we'd like to invite you to an interview on Thursday, March 11 at {h}:{m:02d} at our office.\n\nBest,\nRuth"),
    "notiz_de": ("Einladung zum Vorstellungsgespräch",
                 "Hallo Alex,\n\ndanke für Ihre Notiz. Wir laden Sie zum Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr ein.\n\nViele Grüße\nPetra"),
    "newsletter_footer_nl": ("Uitnodiging sollicitatiegesprek",
                             "Beste Alex,\n\nWe nodigen je uit voor een sollicitatiegesprek op donderdag 11 maart om {h}:{m:02d} op ons kantoor.\n\nMet vriendelijke groet,\nEva\n\nVolg ons ook via onze nieuwsbrief."),
    "hotel_booked_tr": ("Mülakat daveti",
                        "Merhaba Alex,\n\nSeni 11 Mart Perşembe saat {h}:{m:02d}'de ofisimizde mülakata davet ediyoruz. Otel rezervasyonunu biz yapacağız.\n\nİK"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute)


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str) -> None:
    subject, body = LOOKALIKES[name]
    parsed = parse_message(
        _mail(subject, _render(body, 15, 30), "Notices <no-reply@service.example>")
    )
    assert not claims_a_slot(parsed), (name, parsed.kind)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), "Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")
