# ruff: noqa: E501 (one language a row)
"""Notices of change in the shapes tools and threads make (change73): a label/value block with
the previous and the new time, a subject that alone says the interview moved or was called
off over a body that reads like an invitation, a move written above the quoted invitation,
a cancellation that offers new slots to pick, and first invitations in the same tools'
shapes with a 'reschedule or cancel?' footer. Exhaustive over languages x shapes; each case
asserts the kind and the instant a user would see."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from typing import NamedTuple

import pytest

from service.parsing import parse_message

SENT = datetime(2026, 12, 7, 9, 15)  # Monday
OLD = datetime(2026, 12, 10, 14, 0)  # Thursday
NEW = datetime(2026, 12, 15, 11, 30)  # Tuesday
PICKS = [datetime(2026, 12, 16, 10, 0), datetime(2026, 12, 17, 15, 0)]


def _fmt(days: str, months: str, pattern: str) -> Callable[[datetime], str]:
    day_names, month_names = days.split(), months.split()

    def render(value: datetime) -> str:
        return pattern.format(
            wd=day_names[value.weekday()],
            d=value.day,
            m=value.month,
            mon=month_names[value.month - 1] if month_names else "",
            y=value.year,
            hh=f"{value.hour:02d}",
            mm=f"{value.minute:02d}",
        )

    return render


class Lang(NamedTuple):
    code: str
    offset: int  # hours east of UTC in December
    when: Callable[[datetime], str]
    noun: str  # "Interview: {when}, Room 4." as a line a tool prints
    old_row: str
    new_row: str
    moved_subjects: tuple[str, ...]
    cancelled_subjects: tuple[str, ...]
    footer: str  # a first booking's "Need to reschedule or cancel?"
    original_cancelled: str  # "your interview originally set for {old} is cancelled; choose:"


NO_MONTHS = ""
LANGS = [
    Lang("en", -6, _fmt("Mon Tue Wed Thu Fri Sat Sun", "January February March April May June July August September October November December", "{wd} {d} {mon} {y}, {hh}:{mm}"),
         "Interview for the Buyer role: {when}, Room 4.", "Previous time", "New time",
         ("Rescheduled:", "Updated:"), ("Canceled:", "Cancelled:"), "Need to reschedule or cancel?",
         "Your interview originally set for {old} has been cancelled. Please choose one of these times instead:"),
    Lang("de", 1, _fmt("Mo. Di. Mi. Do. Fr. Sa. So.", NO_MONTHS, "{wd}, {d:02d}.{m:02d}.{y}, {hh}:{mm} Uhr"),
         "Vorstellungsgespräch Einkäufer/in: {when}, Raum 4.", "Bisheriger Termin", "Neuer Termin",
         ("Verschoben:", "Terminänderung:"), ("Abgesagt:", "Storniert:"), "Möchten Sie umbuchen oder absagen?",
         "Ihr ursprünglich für {old} geplantes Gespräch wurde abgesagt. Bitte wählen Sie eine dieser Zeiten:"),
    Lang("fr", 1, _fmt("lun. mar. mer. jeu. ven. sam. dim.", NO_MONTHS, "{wd} {d:02d}/{m:02d}/{y} à {hh}h{mm}"),
         "Entretien acheteur·se : {when}, salle 4.", "Ancien horaire", "Nouvel horaire",
         ("Reporté :", "Modifié :"), ("Annulé :",), "Besoin de déplacer ou d'annuler ?",
         "Votre entretien initialement prévu le {old} est annulé. Merci de choisir un de ces créneaux :"),
    Lang("es", 1, _fmt("lun. mar. mié. jue. vie. sáb. dom.", NO_MONTHS, "{wd} {d:02d}/{m:02d}/{y} a las {hh}:{mm}"),
         "Entrevista comprador/a: {when}, sala 4.", "Horario anterior", "Nuevo horario",
         ("Reprogramado:", "Cambio de horario:"), ("Cancelado:", "Cancelada:"), "¿Necesitas cambiarla o cancelarla?",
         "Tu entrevista prevista originalmente para el {old} ha sido cancelada. Elige uno de estos horarios:"),
    Lang("it", 1, _fmt("lun mar mer gio ven sab dom", NO_MONTHS, "{wd} {d:02d}/{m:02d}/{y} alle {hh}:{mm}"),
         "Colloquio buyer: {when}, sala 4.", "Orario precedente", "Nuovo orario",
         ("Riprogrammato:", "Spostato:"), ("Annullato:",), "Devi spostarlo o annullarlo?",
         "Il tuo colloquio inizialmente fissato per {old} è stato annullato. Scegli uno di questi orari:"),
    Lang("nl", 1, _fmt("ma di wo do vr za zo", NO_MONTHS, "{wd} {d:02d}-{m:02d}-{y} om {hh}:{mm}"),
         "Sollicitatiegesprek inkoper: {when}, zaal 4.", "Vorig tijdstip", "Nieuw tijdstip",
         ("Verplaatst:", "Gewijzigd:"), ("Geannuleerd:",), "Moet je verzetten of annuleren?",
         "Je gesprek dat oorspronkelijk op {old} gepland stond, is geannuleerd. Kies een van deze tijden:"),
    Lang("pl", 1, _fmt("pon. wt. śr. czw. pt. sob. niedz.", NO_MONTHS, "{wd} {d:02d}.{m:02d}.{y}, godz. {hh}:{mm}"),
         "Rozmowa kwalifikacyjna, kupiec: {when}, sala 4.", "Poprzedni termin", "Nowy termin",
         ("Przełożone:", "Przeniesione:"), ("Odwołane:", "Anulowane:"), "Chcesz zmienić termin lub zrezygnować?",
         "Rozmowa pierwotnie zaplanowana na {old} została odwołana. Prosimy wybrać jeden z terminów:"),
    Lang("pt-BR", -3, _fmt("seg. ter. qua. qui. sex. sáb. dom.", NO_MONTHS, "{wd} {d:02d}/{m:02d}/{y} às {hh}h{mm}"),
         "Entrevista comprador(a): {when}, sala 4.", "Horário anterior", "Novo horário",
         ("Remarcado:", "Reagendado:"), ("Cancelado:", "Cancelada:"), "Precisa remarcar ou cancelar?",
         "Sua entrevista marcada originalmente para {old} foi cancelada. Escolha um destes horários:"),
    Lang("ja", 9, _fmt("月 火 水 木 金 土 日", NO_MONTHS, "{y}年{m}月{d}日（{wd}）{hh}:{mm}"),
         "購買職 面接：{when}、4階会議室", "変更前の日時", "変更後の日時",
         ("変更:", "【日程変更】"), ("キャンセル:", "【中止】"), "日程の変更・キャンセルはこちら",
         "当初{old}に予定していた面接はキャンセルとなりました。以下からお選びください。"),
    Lang("zh", 8, _fmt("周一 周二 周三 周四 周五 周六 周日", NO_MONTHS, "{y}年{m}月{d}日（{wd}）{hh}:{mm}"),
         "采购岗位面试：{when}，4号会议室", "原时间", "新时间",
         ("已改期：", "面试时间变更："), ("已取消：",), "需要改期或取消？",
         "您原定于{old}的面试已取消，请从以下时间中选择："),
    Lang("tr", 3, _fmt("Pzt Sal Çar Per Cum Cmt Paz", NO_MONTHS, "{d:02d}.{m:02d}.{y} {wd}, saat {hh}:{mm}"),
         "Satın alma uzmanı mülakatı: {when}, Oda 4.", "Önceki saat", "Yeni saat",
         ("Yeniden planlandı:", "Ertelendi:"), ("İptal edildi:",), "Değiştirmek veya iptal etmek mi istiyorsunuz?",
         "Başlangıçta {old} için planlanan mülakatınız iptal edildi. Lütfen şu saatlerden birini seçin:"),
    Lang("sv", 1, _fmt("mån tis ons tors fre lör sön", NO_MONTHS, "{wd} {d}/{m} {y} kl. {hh}:{mm}"),
         "Intervju inköpare: {when}, rum 4.", "Tidigare tid", "Ny tid",
         ("Ombokad:", "Flyttad:"), ("Inställd:", "Avbokad:"), "Behöver du boka om eller avboka?",
         "Din intervju som var planerad till {old} är inställd. Välj en av dessa tider:"),
    Lang("cs", 1, _fmt("po út st čt pá so ne", NO_MONTHS, "{wd} {d}. {m}. {y} v {hh}:{mm}"),
         "Pohovor nákupčí: {when}, místnost 4.", "Původní termín", "Nový termín",
         ("Přesunuto:", "Změna termínu:"), ("Zrušeno:",), "Potřebujete termín změnit nebo zrušit?",
         "Váš pohovor původně plánovaný na {old} byl zrušen. Vyberte si prosím jeden z těchto termínů:"),
    Lang("hu", 1, _fmt("H K Sze Cs P Szo V", NO_MONTHS, "{y}. {m:02d}. {d:02d}. ({wd}) {hh}:{mm}"),
         "Állásinterjú, beszerző: {when}, 4-es terem.", "Korábbi időpont", "Új időpont",
         ("Áthelyezve:", "Módosult:"), ("Lemondva:",), "Módosítaná vagy lemondaná?",
         "Az eredetileg {old} időpontra tervezett interjút lemondtuk. Kérjük, válasszon az alábbiak közül:"),
    Lang("ru", 3, _fmt("пн вт ср чт пт сб вс", NO_MONTHS, "{wd}, {d:02d}.{m:02d}.{y}, {hh}:{mm}"),
         "Собеседование, закупщик: {when}, переговорная 4.", "Прежнее время", "Новое время",
         ("Перенесено:", "Перенос собеседования:"), ("Отменено:",), "Нужно перенести или отменить?",
         "Ваше собеседование, ранее назначенное на {old}, отменено. Выберите, пожалуйста, одно из этих времён:"),
    Lang("fi", 2, _fmt("ma ti ke to pe la su", NO_MONTHS, "{wd} {d}.{m}.{y} klo {hh}.{mm}"),
         "Haastattelu, ostaja: {when}, huone 4.", "Aiempi aika", "Uusi aika",
         ("Siirretty:", "Uusi aika:"), ("Peruttu:", "Peruutettu:"), "Tarvitsetko uuden ajan tai peruutuksen?",
         "Alun perin {old} sovittu haastattelusi on peruttu. Valitse jokin näistä ajoista:"),
]  # fmt: skip


def _mail(lang: Lang, subject: str, body: str) -> bytes:
    zone = timezone(timedelta(hours=lang.offset))
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@talentdesk.example.com>"
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Date"] = SENT.replace(tzinfo=zone).strftime("%a, %d %b %Y %H:%M:%S %z")
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash((subject, body)))}@talentdesk.example.com>"
    message.set_content(body)
    return bytes(message)


def _read(lang: Lang, subject: str, body: str) -> tuple[str, float, str]:
    got = parse_message(_mail(lang, subject, body)).to_json_dict()
    confidence = got.get("confidence")
    assert isinstance(confidence, (int, float))
    return str(got.get("kind")), float(confidence), str(got.get("start"))[:16]


def _title(lang: Lang) -> str:
    """The interview's name without its time: the mail's subject and a tool's heading."""
    return lang.noun.split(":")[0].split("：")[0]


def _at(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _when(lang: Lang, value: datetime) -> str:
    return lang.when(value)


IDS = [lang.code for lang in LANGS]


@pytest.mark.parametrize("lang", LANGS, ids=IDS)
@pytest.mark.parametrize("new_first", [False, True], ids=["old_first", "new_first"])
def test_rows_of_a_change_notice_are_a_move_to_the_new_row(lang: Lang, new_first: bool) -> None:
    rows = [f"{lang.old_row}: {_when(lang, OLD)}", f"{lang.new_row}: {_when(lang, NEW)}"]
    if new_first:
        rows.reverse()
    body = _title(lang) + "\n\n" + "\n".join(rows) + "\n\nTalentDesk\n"
    kind, confidence, start = _read(lang, _title(lang), body)
    assert (kind, start) == ("reschedule", _at(NEW))
    assert confidence >= 0.5


@pytest.mark.parametrize("lang", LANGS, ids=IDS)
def test_a_subject_that_says_moved_makes_the_one_slot_the_new_one(lang: Lang) -> None:
    for prefix in lang.moved_subjects:
        body = lang.noun.format(when=_when(lang, NEW)) + "\n\nTalentDesk\n"
        kind, confidence, start = _read(lang, f"{prefix} {_title(lang)}", body)
        assert (prefix, kind, start) == (prefix, "reschedule", _at(NEW))
        assert confidence >= 0.5, prefix


@pytest.mark.parametrize("lang", LANGS, ids=IDS)
def test_a_subject_that_says_cancelled_calls_the_one_slot_off(lang: Lang) -> None:
    for prefix in lang.cancelled_subjects:
        body = lang.noun.format(when=_when(lang, OLD)) + "\n\nTalentDesk\n"
        kind, confidence, start = _read(lang, f"{prefix} {_title(lang)}", body)
        assert (prefix, kind, start) == (prefix, "cancellation", _at(OLD))
        assert confidence >= 0.5, prefix


@pytest.mark.parametrize("lang", LANGS, ids=IDS)
def test_a_cancellation_offering_slots_names_the_cancelled_one(lang: Lang) -> None:
    picks = "\n".join(f"- {_when(lang, pick)}" for pick in PICKS)
    body = lang.original_cancelled.format(old=_when(lang, OLD)) + f"\n\n{picks}\n\nTalentDesk\n"
    kind, confidence, start = _read(lang, _title(lang), body)
    assert (kind, start) == ("cancellation", _at(OLD))
    assert confidence >= 0.5


@pytest.mark.parametrize("lang", LANGS, ids=IDS)
def test_a_first_booking_with_a_reschedule_or_cancel_footer_stays_an_invitation(
    lang: Lang,
) -> None:
    body = (
        lang.noun.format(when=_when(lang, NEW))
        + f"\n\n{lang.footer} https://talentdesk.example.com/b/x1\n"
    )
    kind, confidence, start = _read(lang, _title(lang), body)
    assert (kind, start) == ("invitation", _at(NEW))
    assert confidence >= 0.5


# The writer's own "we had to move the meeting to Y" as a notice of a move done, in the forms
# each language writes it (past necessity, participle, completed change): the one slot named
# is the new one.
HAD_TO_MOVE = [
    ("fr", 1, "nous avons dû décaler notre échange au mardi 15 décembre 2026 à 11h30."),
    ("ru", 3, "нам пришлось перенести встречу на вторник, 15 декабря 2026 г., 11:30."),
    ("nl", 1, "we hebben het gesprek moeten verzetten naar dinsdag 15 december 2026 om 11:30."),
    ("hu", 1, "az interjút át kellett tennünk 2026. december 15. (kedd) 11:30-ra."),
    ("sv", 1, "vi har fått flytta samtalet till tisdag 15 december 2026 kl. 11:30."),
    ("tr", 3, "görüşmeyi 15 Aralık 2026 Salı saat 11:30 tarihine almak zorunda kaldık."),
    ("pl", 1, "musieliśmy przełożyć spotkanie na wtorek, 15 grudnia 2026, godz. 11:30."),
    ("zh", 8, "您的面试已改到2026年12月15日（周二）11:30。"),
    ("ja", 9, "面接の日程を12月15日（火）11:30に変更させていただきました。"),
    (
        "es",
        1,
        "hemos tenido que pasar la entrevista al martes 15 de diciembre de 2026 a las 11:30.",
    ),
    ("it", 1, "abbiamo dovuto spostare il colloquio a martedì 15 dicembre 2026 alle 11:30."),
    (
        "pt-BR",
        -3,
        "precisamos remarcar a conversa para terça-feira, 15 de dezembro de 2026, às 11h30.",
    ),
    ("cs", 1, "schůzku jsme museli přesunout na úterý 15. prosince 2026 v 11:30."),
    ("fi", 2, "jouduimme siirtämään tapaamisen tiistaille 15.12.2026 klo 11.30."),
    ("de", 1, "wir mussten das Gespräch auf Dienstag, 15. Dezember 2026, 11:30 Uhr verlegen."),
]


@pytest.mark.parametrize(
    ("code", "offset", "sentence"), HAD_TO_MOVE, ids=[c for c, *_ in HAD_TO_MOVE]
)
def test_we_had_to_move_it_names_the_new_slot(code: str, offset: int, sentence: str) -> None:
    lang = next(item for item in LANGS if item.code == code)._replace(offset=offset)
    kind, confidence, start = _read(lang, "Interview", f"Hello,\n\n{sentence}\n\nTalentDesk\n")
    assert (kind, start) == ("reschedule", _at(NEW))
    assert confidence >= 0.5
