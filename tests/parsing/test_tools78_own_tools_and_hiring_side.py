# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""The reader's own tools and the hiring side, in more languages (tools78).

Why, one rule each (each extends an existing list):
- A tracker or to-do app says the reader set the reminder, with the reader as subject ("Você
  criou este lembrete", "Je hebt deze herinnering ingesteld", "Ustawiłaś to przypomnienie",
  "Вы создали это напоминание", "あなたが登録したリマインド", "你在…列表中设置的提醒") or marks
  a digest's row as the reader's own ("la apuntaste tú"; also fr, it, tr, ko): it sets
  nothing (OWN_TOOL_CUES).
- A booking page tells its host of a new booking in Japanese ("新しい予約が入りました"), as
  "New booking", "Nouvelle réservation" (HOST_BOOKING_CUES).
- The calendar's own summary says where the reader turns it off ("in den
  Kalendereinstellungen", "nelle impostazioni del calendario", "i kalenderinställningarna"):
  a digest of the reader's day (DIGEST_CUES).
- A hiring committee named for what it selects meets ("Le comité de sélection se réunira",
  "El comité de selección se reunirá", "Intervjugruppen träffas", "Seçim kurulu ...
  toplanacak", "die Auswahlkommission ... trifft sich", "De sollicitatiecommissie komt ...
  bijeen"): the panel confers without the reader as candidate (PANEL_CONFERS_CUES).
- A colleague asks the reader to take their place at an interview ("你能代我去面试吗"): the
  reader runs it (STAND_IN_CUES).
Controls: the reader's own interview with the same neighbouring words stays a sure invitation.
Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import CALENDAR_KINDS, assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"

LOOKALIKES: dict[str, tuple[str, str]] = {
    "reminder_pt": ("Lembrete", "Você criou este lembrete:\nEntrevista na Moura Ltda, terça-feira, 9 de março de 2027, 14:00."),
    "reminder_pl": ("Przypomnienie", "Ustawiłaś to przypomnienie:\nRozmowa kwalifikacyjna w Kowalczyk SA, wtorek 9 marca 2027, 14:00."),
    "reminder_ru": ("Напоминание", "Вы создали это напоминание:\nСобеседование в «Вектор», вторник, 9 марта 2027, 14:00."),
    "reminder_nl": ("Herinnering", "Je hebt deze herinnering ingesteld:\nSollicitatiegesprek bij Jansen BV, dinsdag 9 maart 2027 om 14:00."),
    "reminder_ja": ("リマインド", "あなたが登録したリマインドです。\n山田工業 面接 2027年3月9日（火）14:00"),
    "reminder_zh": ("提醒", "你在求职列表中设置的提醒：\n明达科技 面试 2027年3月9日 14:00"),
    "digest_es": ("Resumen semanal", "Esta semana:\n• Grupo Sol – entrevista el martes 9 de marzo a las 14:00 (la apuntaste tú)"),
    "agenda_it": ("Il tuo programma di martedì", "Ciao Alex:\n\n14:00–15:00 Colloquio Rota Srl\n19:00 Cena\n\nPuoi disattivare questo riepilogo nelle impostazioni del calendario."),
    "agenda_sv": ("Din dag: tisdag", "Hej Alex:\n\n14:00–15:00 Intervju – Ek & Sten AB\n18:00 Träning\n\nDu kan stänga av mejlet i kalenderinställningarna."),
    "committee_fr": ("Comité", "Bonjour,\n\nLe comité de sélection se réunira le mardi 9 mars à 14h00 pour examiner les entretiens des candidats."),
    "committee_es": ("Comité", "Hola,\n\nEl comité de selección se reunirá el martes 9 de marzo a las 14:00 para revisar las entrevistas de los candidatos."),
    "committee_sv": ("Intervjugruppen", "Hej,\n\nIntervjugruppen träffas tisdag 9 mars kl. 14:00 för att gå igenom kandidaterna."),
    "committee_tr": ("Komite", "Merhaba,\n\nSeçim kurulu 9 Mart Salı saat 14:00'te adayların mülakatlarını değerlendirmek için toplanacak."),
    "stand_in_zh": ("帮个忙", "小李：\n\n3月9日（周二）下午2点的面试你能代我去面试吗？候选人是张伟，简历在附件。"),
    "reminder_fr": ("Rappel", "Bonjour Alex,\n\nVous avez créé ce rappel dans Suivi Emploi : entretien chez Marin SA le mardi 9 mars 2027 à 14h00."),
    "reminder_it": ("Promemoria", "Ciao Alex,\n\nhai creato questo promemoria: colloquio da Greco Srl martedì 9 marzo 2027 alle 14:00."),
    "reminder_tr": ("Hatırlatma", "Merhaba Alex,\n\nBu hatırlatmayı sen oluşturdun: Kaya Holding mülakatı, 9 Mart 2027 Salı 14:00."),
    "reminder_ko": ("알림", "Alex 님,\n\n직접 설정하신 알림입니다: 대한상사 면접, 2027년 3월 9일 (화) 오후 2:00"),
    "booking_ja": ("新しい予約：面談（佐藤 健）", "Alex さん\n\n新しい予約が入りました。\n\nイベント：カジュアル面談（30分）\n予約者：佐藤 健\n日時：2027年3月9日（火）14:00〜14:30"),
    "committee_de": ("Auswahlkommission", "Hallo zusammen,\n\ndie Auswahlkommission für die Stelle Leitung Einkauf trifft sich am Dienstag, 9. März, um 14:00 Uhr, um die Gespräche mit den drei Finalisten auszuwerten."),
    "committee_nl": ("Sollicitatiecommissie", "Hoi allemaal,\n\nDe sollicitatiecommissie komt dinsdag 9 maart om 14:00 bijeen om de gesprekken met de drie kandidaten te bespreken."),
}  # fmt: skip

CONTROLS: dict[str, tuple[str, str]] = {
    "calendar_de": ("Einladung", "Sehr geehrter Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Dienstag, 9. März 2027, um 14:00 Uhr ein. Sie können den Termin in Ihren Kalender übernehmen."),
    "booking_ja": ("面接のご予約", "Alex Morgan 様\n\nご応募ありがとうございます。面接のご予約が完了しました。\n日時：2027年3月9日（火）14:00\n場所：弊社本社\n\n人事部"),
    "committee_de": ("Einladung", "Sehr geehrter Herr Morgan,\n\ndie Auswahlkommission lädt Sie zum Vorstellungsgespräch am Dienstag, 9. März 2027, um 14:00 Uhr ein."),
    "committee_fr": ("Entretien", "Bonjour,\n\nNous vous invitons à un entretien le mardi 9 mars 2027 à 14h00. Le comité de sélection vous recevra dans nos locaux."),
    "stand_in_zh": ("面试邀请", "您好：\n\n诚邀您于2027年3月9日下午2:00参加面试。面试官将替我们介绍团队。"),
    "created_ru": ("Приглашение", "Здравствуйте!\n\nПриглашаем вас на собеседование во вторник, 9 марта 2027, в 14:00. Вы создали отклик на нашу вакансию."),
}  # fmt: skip


def _mail(subject: str, body: str, sender: str) -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_not_read_as_an_invitation(name: str) -> None:
    subject, body = LOOKALIKES[name]
    parsed = parse_message(_mail(subject, body, "Notices <notices@tool.example>"))
    assert parsed.kind not in CALENDAR_KINDS, (name, parsed.kind, parsed.confidence)


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, body, "Recruiting <jobs@firm.example>")
    assert_sure_at(raw, "2027-03-09T14:00")
