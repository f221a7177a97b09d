# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calparts18 batch: calendar-bearing interview mail in many languages.

Run: .venv/bin/python tests/parsing/corpus/build_calparts18.py

Google Calendar invitations whose text part is localized (DTSTART in UTC, the zone named only
in the text by its CLDR long name and exemplar city, as Google prints it), Outlook/Exchange
requests with Windows zone IDs and localized "When:" lines, SEQUENCE>0 updates, METHOD:CANCEL
in several languages, forwards (message/rfc822, inline with the .ics, a Gmail forward that
drops the calendar), invitations to one occurrence of a series (RECURRENCE-ID), Teams/Zoom/
Meet bodies, Thunderbird iMIP mail with its localized strings, and DST-change weeks in both
hemispheres. See PROVENANCE-calparts18.md.

Dates, times and zone names of the text are rendered with Babel (CLDR data), so each
language's own formats are used; Thunderbird's iMIP strings are copied from
thunderbird/thunderbird-l10n (MPL-2.0, commit in TB_COMMIT). The calendar helpers and the
MIME writer are loaded from build_calparts16.py and build_calparts17.py. Labels are the aware
datetimes written into each calendar (zoneinfo gives every offset) and every calendar is
re-read with `icalendar`. The script only deletes or writes files of its own families.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType

from babel.dates import (
    format_date,
    format_time,
    get_timezone,
    get_timezone_location,
    get_timezone_name,
)

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


c17 = _load("cp17", "build_calparts17.py")
cp = c17.cp
at, vtz, event, calendar, label = cp.at, cp.vtz, cp.event, cp.calendar, cp.label
EU = cp.RULES["Europe/Berlin"]
cp.RULES.update(
    {
        "Europe/Amsterdam": EU,
        "Europe/Brussels": EU,
        "Europe/Kiev": ("+0200", "+0300", (10, "-1SU", "040000"), (3, "-1SU", "030000")),
        "Europe/Istanbul": ("+0300", None, None, None),
        "Asia/Taipei": ("+0800", None, None, None),
        "Asia/Seoul": ("+0900", None, None, None),
        "Asia/Bangkok": ("+0700", None, None, None),
        "Asia/Jakarta": ("+0700", None, None, None),
        "America/Mexico_City": ("-0600", None, None, None),
    }
)

TB_REPO = "thunderbird/thunderbird-l10n"
TB_COMMIT = "5d7cde6f5d9237b64f7de733bb9fbb121055848a"
SPLITS = {
    "gcalintl21": "dev",
    "exchintl21": "dev",
    "exchupd21": "dev",
    "cancelintl21": "dev",
    "occur21": "dev",
    "meetbody21": "dev",
    "tbintl21": "dev",
    "lookcal21": "dev",
    "gcalasia21": "heldout",
    "fwdintl21": "heldout",
    "dstweek21": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TB_LICENSE = f"MPL-2.0 (Thunderbird iMIP strings from {TB_REPO} */calendar/calendar/calendar-itip.ftl @ {TB_COMMIT}); rest written for this corpus"
TEMPLATE = {
    "gcalintl21": "Google Calendar invitation with a localized text part (de, fr, es, it, pt-BR, nl, pl, ja): UTC DTSTART, zone named only in the text by CLDR long name and city; layout recalled, dates rendered with Babel/CLDR",
    "gcalasia21": "Google Calendar invitation with a localized text part (ko, zh-TW, tr, ar, he, hi, id, vi, th, ru, uk); layout recalled, dates rendered with Babel/CLDR",
    "exchintl21": "Outlook 16 / Exchange iMIP with Windows zone IDs, 1601 VTIMEZONEs and a localized 'When:' line (Wann:, Quand :, Cuándo:, Quando:, 日時:, 時間:); layout recalled",
    "exchupd21": "Outlook / Exchange and Google updates with SEQUENCE > 0 and localized 'Updated' subjects; layout recalled",
    "cancelintl21": "METHOD:CANCEL / STATUS:CANCELLED from Outlook, Google and Thunderbird in several languages; layout recalled",
    "fwdintl21": "candidates' forwards of calendar mail in several languages: Outlook forward as attachment, Gmail inline forward keeping or dropping the calendar part; layout recalled",
    "occur21": "invitations and updates to one occurrence of a series (RECURRENCE-ID), RFC 5545 3.8.4.4; layout recalled",
    "meetbody21": "Teams / Zoom / Google Meet join blocks around an interview .ics in several languages; layout recalled",
    "tbintl21": "Thunderbird iMIP mail: subject and body from Thunderbird's localized calendar-itip.ftl strings",
    "dstweek21": "slots in DST-change weeks (late March, late October, early November; April/October in Sydney, Auckland, Santiago)",
    "lookcal21": "calendar requests in other languages for things that are not the reader's interview (team events, a webinar), with controls",
}
TO = "Candidate <candidate@inbox.example>"
ME = "candidate@inbox.example"
GPROD = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = c17.OUTLOOK
EXCH = c17.EXCH
EXUID = c17.EXUID
TB = json.loads((HERE / "calparts18_tb_itip.json").read_text(encoding="utf-8"))["strings"]


def add(
    family: str, name: str, ics: list[str], lab: dict[str, object], note: str, **mail: object
) -> None:
    c17.add(family, name, ics, lab, note, **mail)


def loc(lang: str) -> str:
    return {"zh-TW": "zh_Hant_TW", "pt-BR": "pt_BR", "es-MX": "es_MX"}.get(
        lang, lang.replace("-", "_")
    )


def ldate(s: datetime, lang: str) -> str:
    return format_date(s, "full", locale=loc(lang))


def ltime(s: datetime, lang: str) -> str:
    return format_time(s, "short", locale=loc(lang))


def gzone(s: datetime, lang: str) -> str:
    """Google's '(Mitteleuropäische Normalzeit - Berlin)': CLDR long name, then the city."""
    key = str(s.tzinfo)
    city = get_timezone_location(get_timezone(key), locale=loc(lang), return_city=True)
    return f"{get_timezone_name(s, 'long', locale=loc(lang))} - {city}"


# Google's labels, as its localized invitation mail shows them (recalled, not re-read)
GWORDS = {
    "en": (
        "Invitation",
        "Updated invitation",
        "Canceled event",
        "Joining info",
        "Join with Google Meet",
        "Guests",
        "organizer",
        "Invitation from Google Calendar",
        "This event has been updated",
        "Changed: time",
    ),
    "de": (
        "Einladung",
        "Aktualisierte Einladung",
        "Abgesagter Termin",
        "Teilnahmeinformationen",
        "Mit Google Meet teilnehmen",
        "Gäste",
        "Organisator",
        "Einladung von Google Kalender",
        "Dieser Termin wurde geändert",
        "Geändert: Zeit",
    ),
    "fr": (
        "Invitation",
        "Invitation mise à jour",
        "Événement annulé",
        "Informations de connexion",
        "Participer avec Google Meet",
        "Invités",
        "organisateur",
        "Invitation de Google Agenda",
        "Cet événement a été modifié",
        "Modifié : heure",
    ),
    "es": (
        "Invitación",
        "Invitación actualizada",
        "Evento cancelado",
        "Información para unirse",
        "Unirse con Google Meet",
        "Invitados",
        "organizador",
        "Invitación de Google Calendar",
        "Se ha modificado este evento",
        "Cambiado: hora",
    ),
    "it": (
        "Invito",
        "Invito aggiornato",
        "Evento annullato",
        "Informazioni per partecipare",
        "Partecipa con Google Meet",
        "Invitati",
        "organizzatore",
        "Invito da Google Calendar",
        "Questo evento è stato modificato",
        "Modificato: ora",
    ),
    "pt-BR": (
        "Convite",
        "Convite atualizado",
        "Evento cancelado",
        "Informações de participação",
        "Participar com o Google Meet",
        "Convidados",
        "organizador",
        "Convite do Google Agenda",
        "Este evento foi alterado",
        "Alterado: horário",
    ),
    "nl": (
        "Uitnodiging",
        "Bijgewerkte uitnodiging",
        "Geannuleerde afspraak",
        "Deelnamegegevens",
        "Deelnemen met Google Meet",
        "Gasten",
        "organisator",
        "Uitnodiging van Google Agenda",
        "Deze afspraak is gewijzigd",
        "Gewijzigd: tijd",
    ),
    "pl": (
        "Zaproszenie",
        "Zaktualizowane zaproszenie",
        "Odwołane wydarzenie",
        "Informacje o dołączaniu",
        "Dołącz przez Google Meet",
        "Goście",
        "organizator",
        "Zaproszenie z Kalendarza Google",
        "To wydarzenie zostało zmienione",
        "Zmieniono: godzina",
    ),
    "ja": (
        "招待",
        "更新された招待",
        "キャンセルされた予定",
        "参加方法",
        "Google Meet に参加する",
        "ゲスト",
        "主催者",
        "Google カレンダーからの招待状",
        "この予定は変更されました",
        "変更: 時間",
    ),
    "ko": (
        "초대장",
        "업데이트된 초대장",
        "취소된 일정",
        "참여 정보",
        "Google Meet으로 참여",
        "참석자",
        "주최자",
        "Google 캘린더에서 보낸 초대장",
        "이 일정이 변경되었습니다",
        "변경됨: 시간",
    ),
    "zh-TW": (
        "邀請",
        "已更新邀請",
        "已取消的活動",
        "加入資訊",
        "使用 Google Meet 加入",
        "邀請對象",
        "主辦人",
        "Google 日曆邀請函",
        "這項活動已變更",
        "已變更：時間",
    ),
    "tr": (
        "Davet",
        "Güncellenmiş davet",
        "İptal edilen etkinlik",
        "Katılım bilgileri",
        "Google Meet ile katılın",
        "Davetliler",
        "düzenleyen",
        "Google Takvim'den davetiye",
        "Bu etkinlik değiştirildi",
        "Değiştirildi: saat",
    ),
    "ar": (
        "دعوة",
        "دعوة معدّلة",
        "حدث تم إلغاؤه",
        "معلومات الانضمام",
        "الانضمام باستخدام Google Meet",
        "الضيوف",
        "المنظِّم",
        "دعوة من تقويم Google",
        "تم تغيير هذا الحدث",
        "تم التغيير: الوقت",
    ),
    "he": (
        "הזמנה",
        "הזמנה מעודכנת",
        "אירוע שבוטל",
        "פרטי הצטרפות",
        "הצטרפות באמצעות Google Meet",
        "אורחים",
        "מארגן",
        "הזמנה מיומן Google",
        "האירוע הזה השתנה",
        "השתנה: שעה",
    ),
    "hi": (
        "आमंत्रण",
        "अपडेट किया गया आमंत्रण",
        "रद्द किया गया इवेंट",
        "शामिल होने की जानकारी",
        "Google Meet से जुड़ें",
        "मेहमान",
        "आयोजक",
        "Google Calendar से आमंत्रण",
        "यह इवेंट बदला गया है",
        "बदला गया: समय",
    ),
    "id": (
        "Undangan",
        "Undangan diperbarui",
        "Acara dibatalkan",
        "Info bergabung",
        "Gabung dengan Google Meet",
        "Tamu",
        "penyelenggara",
        "Undangan dari Google Kalender",
        "Acara ini telah diubah",
        "Diubah: waktu",
    ),
    "vi": (
        "Lời mời",
        "Lời mời đã cập nhật",
        "Sự kiện đã hủy",
        "Thông tin tham gia",
        "Tham gia bằng Google Meet",
        "Khách",
        "người tổ chức",
        "Lời mời từ Lịch Google",
        "Sự kiện này đã được thay đổi",
        "Đã thay đổi: thời gian",
    ),
    "th": (
        "คำเชิญ",
        "คำเชิญที่อัปเดต",
        "กิจกรรมที่ยกเลิก",
        "ข้อมูลการเข้าร่วม",
        "เข้าร่วมด้วย Google Meet",
        "ผู้เข้าร่วม",
        "ผู้จัด",
        "คำเชิญจาก Google ปฏิทิน",
        "กิจกรรมนี้มีการเปลี่ยนแปลง",
        "เปลี่ยนแปลง: เวลา",
    ),
    "ru": (
        "Приглашение",
        "Обновленное приглашение",
        "Мероприятие отменено",
        "Как присоединиться",
        "Присоединиться через Google Meet",
        "Гости",
        "организатор",
        "Приглашение из Google Календаря",
        "Это мероприятие изменено",
        "Изменено: время",
    ),
    "uk": (
        "Запрошення",
        "Оновлене запрошення",
        "Подію скасовано",
        "Як приєднатися",
        "Приєднатися через Google Meet",
        "Гості",
        "організатор",
        "Запрошення з Google Календаря",
        "Цю подію змінено",
        "Змінено: час",
    ),
}


def gtext(
    lang: str,
    title: str,
    s: datetime,
    e: datetime,
    org: str,
    *,
    changed: bool = False,
    cancelled: bool = False,
    meet: str = "abc-defg-hij",
) -> str:
    w = GWORDS[lang]
    when = f"{ldate(s, lang)} ⋅ {ltime(s, lang)} – {ltime(e, lang)} ({gzone(s, lang)})"
    head = f"{w[8]}\n{w[9]}\n\n" if changed else ""
    if cancelled:
        head = f"{w[2]}\n\n"
    join = "" if cancelled else f"{w[3]}\n{w[4]}\nmeet.google.com/{meet}\n\n"
    name = org.split("<")[0].strip()
    return f"{head}{title}\n{when}\n\n{join}{w[5]}\n{name} - {w[6]}\n{ME}\n\n{w[7]}\n"


def gmail(
    fam: str,
    name: str,
    lang: str,
    title: str,
    s: datetime,
    minutes: int,
    org: str,
    sent: datetime,
    uid: str,
    *,
    seq: int = 0,
    kind: str = "invitation",
    method: str = "REQUEST",
    changed: bool = False,
    note: str,
    subject_word: str | None = None,
    meet: str = "abc-defg-hij",
) -> None:
    e = s + timedelta(minutes=minutes)
    more = ("STATUS:CANCELLED",) if method == "CANCEL" else ("STATUS:CONFIRMED", "TRANSP:OPAQUE")
    body = event(uid, s, e, title, utc=True, seq=seq, sent=sent, more=more)
    ics = calendar(body, method, GPROD, ("CALSCALE:GREGORIAN",))
    w = GWORDS[lang]
    word = subject_word or (w[2] if method == "CANCEL" else w[1] if seq else w[0])
    subj = f"{word}: {title} @ {ldate(s, lang)} {ltime(s, lang)} - {ltime(e, lang)} ({gzone(s, lang)}) ({ME})"
    add(
        fam,
        name,
        ics,
        label(kind, s, e, str(s.tzinfo), uid, seq, method),
        note,
        sender=org,
        subject=subj,
        sent=sent,
        lang=lang,
        text=gtext(
            lang, title, s, e, org, changed=changed, cancelled=method == "CANCEL", meet=meet
        ),
        html=True,
        layout="google",
    )


# ------------------------------------------------------------------------------ gcalintl21
def gcalintl21() -> None:
    fam = "gcalintl21"
    rows = [
        (
            "de",
            "Europe/Berlin",
            (2027, 3, 10, 10, 0),
            60,
            "Vorstellungsgespräch – Backend-Entwicklung",
            "Lena Brandt <lena.brandt@talwerk.example>",
            "Mitteleuropäische Normalzeit; UTC DTSTART 09:00Z.",
        ),
        (
            "fr",
            "Europe/Paris",
            (2027, 4, 14, 14, 30),
            45,
            "Entretien – Chargée de communication",
            "Claire Fontaine <c.fontaine@lavandin.example>",
            "Summer time in April (+02:00); the text names 'heure d’été d’Europe centrale - Paris'.",
        ),
        (
            "es",
            "Europe/Madrid",
            (2027, 5, 19, 9, 30),
            60,
            "Entrevista técnica – Ingeniería de datos",
            "Javier Molina <jmolina@almendro.example>",
            "Spanish text, Madrid in summer time.",
        ),
        (
            "it",
            "Europe/Rome",
            (2027, 2, 16, 15, 0),
            30,
            "Colloquio conoscitivo – Marketing",
            "Giulia Ferri <giulia.ferri@uliveto.example>",
            "Italian text, Rome in winter time.",
        ),
        (
            "pt-BR",
            "America/Sao_Paulo",
            (2027, 6, 8, 11, 0),
            60,
            "Entrevista – Analista Financeiro",
            "Rafael Souza <rafael.souza@ipe-roxo.example>",
            "Brazil has no DST since 2019; -03:00.",
        ),
        (
            "nl",
            "Europe/Amsterdam",
            (2027, 9, 22, 13, 0),
            45,
            "Sollicitatiegesprek – Productontwerper",
            "Sanne de Wit <sanne.dewit@polder.example>",
            "Dutch text, Amsterdam in summer time.",
        ),
        (
            "pl",
            "Europe/Warsaw",
            (2027, 11, 4, 10, 0),
            60,
            "Rozmowa rekrutacyjna – Tester oprogramowania",
            "Katarzyna Nowak <k.nowak@wisla.example>",
            "Polish text, Warsaw after the October change (+01:00).",
        ),
        (
            "ja",
            "Asia/Tokyo",
            (2027, 7, 6, 16, 0),
            60,
            "一次面接 – インフラエンジニア",
            "佐藤 健 <k.sato@sakura-soft.example>",
            "Japanese text; 16:00 JST is 07:00Z.",
        ),
    ]
    for i, (lang, z, (y, mo, dd, h, mi), minutes, title, org, note) in enumerate(rows):
        s = at(y, mo, dd, h, mi, z)
        sent = s - timedelta(days=6, hours=3, minutes=17 * i)
        uid = f"{'0k3m5q7s9u1w3y5a7c9e1g3i'[i:]}{i}x{mo:02d}{dd:02d}@google.com"
        gmail(
            fam,
            f"google_{lang.lower().replace('-', '_')}",
            lang,
            title,
            s,
            minutes,
            org,
            sent,
            uid,
            note=f"Google REQUEST, SEQUENCE 0, DTSTART in UTC; the zone is named only in the localized text. {note}",
        )
    # an update with 'Changed: time' localized (de) and one in ja
    z = "Europe/Berlin"
    s = at(2027, 3, 12, 14, 0, z)
    uid = "0k3m5q7s9u1w3y5a7c9e1g3i0x0310@google.com"
    gmail(
        fam,
        "google_de_update_time",
        "de",
        "Vorstellungsgespräch – Backend-Entwicklung",
        s,
        60,
        "Lena Brandt <lena.brandt@talwerk.example>",
        at(2027, 3, 8, 17, 2, z),
        uid,
        seq=1,
        kind="reschedule",
        changed=True,
        note="Same UID as google_de, SEQUENCE 1, 'Dieser Termin wurde geändert / Geändert: Zeit': the new slot.",
    )
    z = "Asia/Tokyo"
    s = at(2027, 7, 7, 10, 0, z)
    uid = "7c9e1g3i7x0706@google.com"
    gmail(
        fam,
        "google_ja_update_time",
        "ja",
        "一次面接 – インフラエンジニア",
        s,
        60,
        "佐藤 健 <k.sato@sakura-soft.example>",
        at(2027, 7, 2, 18, 40, z),
        uid,
        seq=2,
        kind="reschedule",
        changed=True,
        note="Japanese update, SEQUENCE 2, time changed to the next morning.",
    )


def gcalasia21() -> None:
    fam = "gcalasia21"
    rows = [
        (
            "ko",
            "Asia/Seoul",
            (2027, 4, 20, 14, 0),
            60,
            "1차 면접 – 백엔드 개발자",
            "김민지 <minji.kim@hanbit.example>",
        ),
        (
            "zh-TW",
            "Asia/Taipei",
            (2027, 5, 11, 10, 30),
            45,
            "面試 – 資料分析師",
            "陳怡君 <yichun.chen@yushan.example>",
        ),
        (
            "tr",
            "Europe/Istanbul",
            (2027, 6, 15, 11, 0),
            60,
            "Mülakat – Yazılım Geliştirici",
            "Elif Demir <elif.demir@bogaz.example>",
        ),
        (
            "he",
            "Asia/Jerusalem",
            (2027, 3, 30, 9, 0),
            45,
            "ראיון עבודה – מפתח/ת פרונטאנד",
            "נועה לוי <noa.levi@galil.example>",
        ),
        (
            "hi",
            "Asia/Kolkata",
            (2027, 8, 10, 15, 30),
            60,
            "साक्षात्कार – डेटा इंजीनियर",
            "Priya Sharma <priya.sharma@neem.example>",
        ),
        (
            "vi",
            "Asia/Ho_Chi_Minh",
            (2027, 9, 7, 9, 0),
            60,
            "Phỏng vấn – Kỹ sư kiểm thử",
            "Nguyễn Thu Hà <ha.nguyen@senvang.example>",
        ),
        (
            "uk",
            "Europe/Kiev",
            (2027, 10, 26, 16, 0),
            60,
            "Співбесіда – Аналітик даних",
            "Олена Коваль <olena.koval@kalyna.example>",
        ),
    ]
    for i, (lang, z, (y, mo, dd, h, mi), minutes, title, org) in enumerate(rows):
        s = at(y, mo, dd, h, mi, z)
        sent = s - timedelta(days=5, hours=2, minutes=11 * i)
        uid = f"4h6j8l0n2p4r{i}t{mo:02d}{dd:02d}@google.com"
        gmail(
            fam,
            f"google_{lang.lower().replace('-', '_')}",
            lang,
            title,
            s,
            minutes,
            org,
            sent,
            uid,
            note="Google REQUEST in UTC; zone named only in the localized text.",
        )
    z = "Asia/Bangkok"
    s = at(2027, 2, 23, 13, 30, z)
    gmail(
        fam,
        "google_th_cancel",
        "th",
        "สัมภาษณ์งาน – นักออกแบบ UX",
        s,
        45,
        "สมชาย ใจดี <somchai@rachaphruek.example>",
        at(2027, 2, 20, 8, 15, z),
        "9b1d3f5h7j@google.com",
        seq=1,
        kind="cancellation",
        method="CANCEL",
        note="Thai Google cancellation, SEQUENCE 1, STATUS:CANCELLED.",
    )
    z = "Europe/Moscow"
    s = at(2027, 11, 18, 12, 0, z)
    gmail(
        fam,
        "google_ru_update",
        "ru",
        "Собеседование – Системный аналитик",
        s,
        60,
        "Анна Смирнова <a.smirnova@beryoza.example>",
        at(2027, 11, 15, 19, 5, z),
        "2c4e6g8i0k@google.com",
        seq=1,
        kind="reschedule",
        changed=True,
        note="Russian Google update, SEQUENCE 1, 'Изменено: время'.",
    )
    z = "Asia/Jakarta"
    s = at(2027, 1, 19, 10, 0, z)
    gmail(
        fam,
        "google_id",
        "id",
        "Wawancara – Staf Keuangan",
        s,
        60,
        "Dewi Lestari <dewi.lestari@cendana.example>",
        at(2027, 1, 13, 16, 44, z),
        "5d7f9h1j3l@google.com",
        note="Indonesian Google REQUEST, WIB (+07:00).",
    )
    z = "Asia/Dubai"
    s = at(2027, 12, 8, 11, 0, z)
    gmail(
        fam,
        "google_ar",
        "ar",
        "مقابلة عمل – محاسب أول",
        s,
        45,
        "ليلى حداد <layla.haddad@nakhil.example>",
        at(2027, 12, 2, 9, 30, z),
        "6e8g0i2k4m@google.com",
        note="Arabic Google REQUEST; Gulf Standard Time.",
    )


# ------------------------------------------------------------------------------ Outlook
# Windows ID -> (IANA, localized display names per language); display names recalled
WIN = {
    "W. Europe Standard Time": (
        "Europe/Berlin",
        {
            "de": "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
            "it": "(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna",
            "nl": "(UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen",
        },
    ),
    "Romance Standard Time": (
        "Europe/Paris",
        {
            "fr": "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
            "es": "(UTC+01:00) Bruselas, Copenhague, Madrid, París",
        },
    ),
    "E. South America Standard Time": ("America/Sao_Paulo", {"pt-BR": "(UTC-03:00) Brasília"}),
    "Tokyo Standard Time": ("Asia/Tokyo", {"ja": "(UTC+09:00) 大阪、札幌、東京"}),
    "Taipei Standard Time": ("Asia/Taipei", {"zh-TW": "(UTC+08:00) 台北"}),
    "Central European Standard Time": (
        "Europe/Warsaw",
        {"pl": "(UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb"},
    ),
    "Russian Standard Time": ("Europe/Moscow", {"ru": "(UTC+03:00) Москва, Санкт-Петербург"}),
    "Turkey Standard Time": ("Europe/Istanbul", {"tr": "(UTC+03:00) İstanbul"}),
    "Korea Standard Time": ("Asia/Seoul", {"ko": "(UTC+09:00) 서울"}),
    "GMT Standard Time": (
        "Europe/London",
        {
            "en": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
            "pt": "(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres",
        },
    ),
    "AUS Eastern Standard Time": (
        "Australia/Sydney",
        {"en": "(UTC+10:00) Canberra, Melbourne, Sydney"},
    ),
    "Central Standard Time (Mexico)": (
        "America/Mexico_City",
        {"es-MX": "(UTC-06:00) Guadalajara, Ciudad de México, Monterrey"},
    ),
    "India Standard Time": (
        "Asia/Kolkata",
        {"en": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"},
    ),
    "FLE Standard Time": (
        "Europe/Kiev",
        {"uk": "(UTC+02:00) Гельсінкі, Київ, Рига, Софія, Таллінн, Вільнюс"},
    ),
}
WHEN = {
    "de": "Wann",
    "fr": "Quand :",
    "es": "Cuándo",
    "es-MX": "Cuándo",
    "it": "Quando",
    "pt-BR": "Quando",
    "pt": "Quando",
    "nl": "Wanneer",
    "pl": "Kiedy",
    "ja": "日時",
    "zh-TW": "時間",
    "ru": "Когда",
    "tr": "Ne zaman",
    "ko": "일시",
    "uk": "Коли",
    "en": "When",
}
WHERE = {
    "de": "Wo",
    "fr": "Où :",
    "es": "Dónde",
    "es-MX": "Dónde",
    "it": "Dove",
    "pt-BR": "Onde",
    "pt": "Onde",
    "nl": "Waar",
    "pl": "Gdzie",
    "ja": "場所",
    "zh-TW": "地點",
    "ru": "Где",
    "tr": "Yer",
    "ko": "위치",
    "uk": "Де",
    "en": "Where",
}


def owhen(lang: str, s: datetime, e: datetime, display: str) -> str:
    word = WHEN[lang]
    sep = " " if word.endswith(":") else ": "
    return f"{word}{sep}{ldate(s, lang)} {ltime(s, lang)}-{ltime(e, lang)} {display}."


def owhere(lang: str, place: str) -> str:
    word = WHERE[lang]
    return f"{word}{' ' if word.endswith(':') else ': '}{place}"


def outlook(
    fam: str,
    name: str,
    lang: str,
    win: str,
    wall: tuple[int, int, int, int, int],
    minutes: int,
    title: str,
    org: str,
    sent_before: timedelta,
    uidkey: str,
    body: str,
    *,
    seq: int = 0,
    method: str = "REQUEST",
    kind: str = "invitation",
    subject: str | None = None,
    place: str = "Microsoft Teams Meeting",
    note: str,
    prod: str = OUTLOOK,
    more: tuple[str, ...] = (),
    layout: str = "alt",
    display_lang: str | None = None,
) -> tuple[list[str], dict[str, object], dict[str, object]]:
    z, names = WIN[win]
    s = at(*wall, z)
    e = s + timedelta(minutes=minutes)
    sent = s - sent_before
    uid = EXUID.format(uidkey, "7A21" + uidkey[-4:])
    extra = ("STATUS:CANCELLED",) if method == "CANCEL" else ()
    ev = event(
        uid, s, e, title, tzid=win, seq=seq, sent=sent, more=(f"LOCATION:{place}", *extra, *more)
    )
    ics = calendar([*vtz(z, win), *ev], method, prod)
    display = names[display_lang or lang]
    text = f"{owhen(lang, s, e, display)}\n{owhere(lang, place)}\n\n{body}"
    lab = label(kind, s, e, z, uid, seq, method)
    mail: dict[str, object] = dict(
        sender=org,
        subject=subject or title,
        sent=sent,
        lang=lang,
        text=text,
        html=True,
        layout=layout,
    )
    add(fam, name, ics, lab, note, **mail)
    return ics, lab, mail


TEAMS = {
    "de": "Microsoft Teams-Besprechung\nNehmen Sie über Ihren Computer, Ihre mobile App oder Ihr Raumgerät teil\nKlicken Sie hier, um an der Besprechung teilzunehmen\nBesprechungs-ID: 312 889 470 15\nKennung: vQ7nXs\n",
    "fr": "Réunion Microsoft Teams\nParticipez à partir de votre ordinateur, de votre application mobile ou de l'appareil de la salle\nCliquez ici pour participer à la réunion\nID de la réunion : 318 204 556 72\nCode secret : 8hTgQ2\n",
    "es": "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión\nId. de reunión: 342 771 905 18\nCódigo de acceso: Kd3pXa\n",
    "ja": "Microsoft Teams 会議\nコンピュータ、モバイル アプリ、またはルーム デバイスで参加する\nここをクリックして会議に参加してください\n会議 ID: 354 612 087 93\nパスコード: Rt5mWq\n",
    "pt-BR": "Reunião do Microsoft Teams\nIngressar no computador, aplicativo móvel ou dispositivo de sala\nClique aqui para ingressar na reunião\nID da Reunião: 361 029 448 57\nSenha: Zp8vLc\n",
}
SEP = "_" * 80


def exchintl21() -> None:
    fam = "exchintl21"
    outlook(
        fam,
        "wann_de",
        "de",
        "W. Europe Standard Time",
        (2027, 3, 3, 9, 30),
        60,
        "Vorstellungsgespräch Projektleitung",
        "Jonas Weber <j.weber@kranich-bau.example>",
        timedelta(days=7, hours=1),
        "C1000001",
        f"Hallo,\nwie telefonisch besprochen sende ich Ihnen die Einladung zum Gespräch.\nViele Grüße\nJonas Weber\n\n{SEP}\n{TEAMS['de']}",
        note="German Outlook REQUEST; TZID 'W. Europe Standard Time' (CLDR: Europe/Berlin); 'Wann:' line in German.",
    )
    outlook(
        fam,
        "quand_fr",
        "fr",
        "Romance Standard Time",
        (2027, 6, 2, 15, 0),
        45,
        "Entretien – Contrôleur de gestion",
        "Sophie Marchand <s.marchand@cerisaie.example>",
        timedelta(days=4, hours=6),
        "C1000002",
        f"Bonjour,\nJe vous propose un entretien en visio.\nCordialement,\nSophie Marchand\n\n{SEP}\n{TEAMS['fr']}",
        note="French Outlook; 'Quand :' with the narrow space before the colon; Romance Standard Time (Europe/Paris), summer time.",
    )
    outlook(
        fam,
        "cuando_es",
        "es",
        "Romance Standard Time",
        (2027, 10, 13, 10, 0),
        60,
        "Entrevista – Técnico de soporte",
        "Marta Gil <marta.gil@naranjo.example>",
        timedelta(days=5, hours=3),
        "C1000003",
        f"Hola,\nTe envío la convocatoria para la entrevista.\nUn saludo,\nMarta\n\n{SEP}\n{TEAMS['es']}",
        note="Spanish Outlook from Madrid; Romance Standard Time (CLDR maps it to Europe/Paris, same rules as Madrid).",
    )
    outlook(
        fam,
        "quando_ptbr",
        "pt-BR",
        "E. South America Standard Time",
        (2027, 8, 17, 14, 0),
        60,
        "Entrevista – Analista de Compras",
        "Bruno Lima <bruno.lima@jacaranda.example>",
        timedelta(days=6, hours=2),
        "C1000004",
        f"Olá,\nSegue o convite para a entrevista.\nAbraços,\nBruno\n\n{SEP}\n{TEAMS['pt-BR']}",
        note="Brazilian Outlook; E. South America Standard Time (-03:00, no DST).",
    )
    outlook(
        fam,
        "nichiji_ja",
        "ja",
        "Tokyo Standard Time",
        (2027, 5, 25, 13, 0),
        60,
        "二次面接（営業職）",
        "田中 美咲 <m.tanaka@kaede.example>",
        timedelta(days=3, hours=20),
        "C1000005",
        f"お世話になっております。\n二次面接のご案内をお送りします。\nよろしくお願いいたします。\n\n{SEP}\n{TEAMS['ja']}",
        note="Japanese Outlook; '日時:' line; Tokyo Standard Time.",
    )
    outlook(
        fam,
        "shijian_zhtw",
        "zh-TW",
        "Taipei Standard Time",
        (2027, 9, 14, 10, 30),
        45,
        "面試 – 行銷專員",
        "林志明 <zm.lin@alishan.example>",
        timedelta(days=5, hours=1),
        "C1000006",
        "您好，\n附上面試邀請，請點選接受。\n林志明 敬上\n",
        place="台北市信義區松仁路 100 號 12 樓",
        note="Traditional Chinese Outlook; '時間:' line; Taipei Standard Time; in-person address.",
    )
    outlook(
        fam,
        "quando_it",
        "it",
        "W. Europe Standard Time",
        (2027, 1, 26, 11, 0),
        60,
        "Colloquio – Sviluppatore Java",
        "Marco Rinaldi <m.rinaldi@castagno.example>",
        timedelta(days=8),
        "C1000007",
        "Buongiorno,\nle invio l'invito per il colloquio.\nCordiali saluti\nMarco Rinaldi\n",
        place="Via Garibaldi 12, Torino",
        note="Italian Outlook; W. Europe Standard Time (Europe/Berlin rules, Rome display name).",
    )
    outlook(
        fam,
        "kiedy_pl",
        "pl",
        "Central European Standard Time",
        (2027, 4, 6, 9, 0),
        60,
        "Rozmowa kwalifikacyjna – Księgowa",
        "Anna Wiśniewska <a.wisniewska@debina.example>",
        timedelta(days=6),
        "C1000008",
        "Dzień dobry,\nprzesyłam zaproszenie na rozmowę.\nPozdrawiam\nAnna Wiśniewska\n",
        note="Polish Outlook; Central European Standard Time (CLDR: Europe/Warsaw), first week after the March change.",
    )


def exchupd21() -> None:
    fam = "exchupd21"
    outlook(
        fam,
        "aktualisiert_de_seq1",
        "de",
        "W. Europe Standard Time",
        (2027, 3, 4, 13, 0),
        60,
        "Vorstellungsgespräch Projektleitung",
        "Jonas Weber <j.weber@kranich-bau.example>",
        timedelta(days=2, hours=4),
        "C2000001",
        "Hallo, ich musste das Gespräch auf den Nachmittag verschieben. Passt das?\nJonas\n",
        seq=1,
        kind="reschedule",
        subject="Aktualisiert: Vorstellungsgespräch Projektleitung",
        note="Outlook update, SEQUENCE 1, subject 'Aktualisiert:', the slot moved to the next afternoon.",
    )
    outlook(
        fam,
        "mise_a_jour_fr_seq2",
        "fr",
        "Romance Standard Time",
        (2027, 6, 3, 9, 30),
        45,
        "Entretien – Contrôleur de gestion",
        "Sophie Marchand <s.marchand@cerisaie.example>",
        timedelta(days=1, hours=5),
        "C2000002",
        "Bonjour,\nL'entretien est avancé à 9 h 30, merci de confirmer.\nSophie\n",
        seq=2,
        kind="reschedule",
        subject="Mise à jour : Entretien – Contrôleur de gestion",
        note="French update, SEQUENCE 2; body restates the new time in French style '9 h 30'.",
    )
    outlook(
        fam,
        "actualizado_esmx",
        "es-MX",
        "Central Standard Time (Mexico)",
        (2027, 11, 9, 17, 0),
        60,
        "Entrevista final – Gerente de Operaciones",
        "Fernanda Ruiz <f.ruiz@maguey.example>",
        timedelta(days=3, hours=2),
        "C2000003",
        "Hola, cambiamos la entrevista a las 5 de la tarde.\nSaludos,\nFernanda\n",
        seq=1,
        kind="reschedule",
        subject="Actualizado: Entrevista final – Gerente de Operaciones",
        note="Mexico City has no DST since 2022 (-06:00); Windows 'Central Standard Time (Mexico)'.",
    )
    outlook(
        fam,
        "atualizado_ptbr_seq3",
        "pt-BR",
        "E. South America Standard Time",
        (2027, 8, 19, 10, 0),
        60,
        "Entrevista – Analista de Compras",
        "Bruno Lima <bruno.lima@jacaranda.example>",
        timedelta(days=2, hours=7),
        "C2000004",
        "Oi, remarcamos para quinta às 10h.\nBruno\n",
        seq=3,
        kind="reschedule",
        subject="Atualizado: Entrevista – Analista de Compras",
        note="SEQUENCE 3, moved to Thursday 10h.",
    )
    outlook(
        fam,
        "naiyou_koushin_ja",
        "ja",
        "Tokyo Standard Time",
        (2027, 5, 27, 15, 30),
        60,
        "二次面接（営業職）",
        "田中 美咲 <m.tanaka@kaede.example>",
        timedelta(days=2),
        "C2000005",
        "日程を変更させていただきました。ご確認ください。\n",
        seq=1,
        kind="reschedule",
        subject="更新: 二次面接（営業職）",
        note="Japanese update, SEQUENCE 1.",
    )
    z = "Europe/Warsaw"
    s = at(2027, 11, 5, 13, 30, z)
    uid = "1q3s5u7w9y@google.com"
    gmail(
        fam,
        "google_pl_updated",
        "pl",
        "Rozmowa rekrutacyjna – Tester oprogramowania",
        s,
        60,
        "Katarzyna Nowak <k.nowak@wisla.example>",
        at(2027, 11, 2, 11, 3, z),
        uid,
        seq=1,
        kind="reschedule",
        changed=True,
        note="Polish Google update ('Zaktualizowane zaproszenie'), SEQUENCE 1, UTC DTSTART.",
    )


def cancelintl21() -> None:
    fam = "cancelintl21"
    outlook(
        fam,
        "abgesagt_de",
        "de",
        "W. Europe Standard Time",
        (2027, 3, 4, 13, 0),
        60,
        "Vorstellungsgespräch Projektleitung",
        "Jonas Weber <j.weber@kranich-bau.example>",
        timedelta(days=1, hours=3),
        "C3000001",
        "Leider müssen wir das Gespräch absagen. Wir melden uns mit einem neuen Termin.\n",
        seq=2,
        method="CANCEL",
        kind="cancellation",
        subject="Abgesagt: Vorstellungsgespräch Projektleitung",
        note="Outlook CANCEL, SEQUENCE 2, STATUS:CANCELLED, subject 'Abgesagt:'.",
    )
    outlook(
        fam,
        "annule_fr",
        "fr",
        "Romance Standard Time",
        (2027, 6, 3, 9, 30),
        45,
        "Entretien – Contrôleur de gestion",
        "Sophie Marchand <s.marchand@cerisaie.example>",
        timedelta(hours=20),
        "C3000002",
        "Bonjour, le poste a été pourvu, nous annulons l'entretien.\n",
        seq=3,
        method="CANCEL",
        kind="cancellation",
        subject="Annulé : Entretien – Contrôleur de gestion",
        note="French Outlook CANCEL, SEQUENCE 3.",
    )
    outlook(
        fam,
        "cancelado_es",
        "es",
        "Romance Standard Time",
        (2027, 10, 13, 10, 0),
        60,
        "Entrevista – Técnico de soporte",
        "Marta Gil <marta.gil@naranjo.example>",
        timedelta(days=2),
        "C3000003",
        "Hola, cancelamos la entrevista por un imprevisto. Te escribo pronto.\n",
        seq=1,
        method="CANCEL",
        kind="cancellation",
        subject="Cancelado: Entrevista – Técnico de soporte",
        note="Spanish Outlook CANCEL, SEQUENCE 1.",
    )
    outlook(
        fam,
        "torikeshi_ja",
        "ja",
        "Tokyo Standard Time",
        (2027, 5, 27, 15, 30),
        60,
        "二次面接（営業職）",
        "田中 美咲 <m.tanaka@kaede.example>",
        timedelta(days=1),
        "C3000004",
        "誠に恐れ入りますが、面接を取り消しさせていただきます。\n",
        seq=2,
        method="CANCEL",
        kind="cancellation",
        subject="キャンセル済み: 二次面接（営業職）",
        note="Japanese Outlook CANCEL, SEQUENCE 2.",
    )
    z = "Europe/Amsterdam"
    s = at(2027, 9, 22, 13, 0, z)
    gmail(
        fam,
        "google_nl_cancel",
        "nl",
        "Sollicitatiegesprek – Productontwerper",
        s,
        45,
        "Sanne de Wit <sanne.dewit@polder.example>",
        at(2027, 9, 20, 10, 12, z),
        "5x0922canc@google.com",
        seq=1,
        kind="cancellation",
        method="CANCEL",
        note="Dutch Google cancellation ('Geannuleerde afspraak'), SEQUENCE 1.",
    )
    z = "Europe/Istanbul"
    s = at(2027, 6, 16, 14, 0, z)
    gmail(
        fam,
        "google_tr_cancel",
        "tr",
        "Mülakat – Muhasebe Uzmanı",
        s,
        60,
        "Can Yılmaz <can.yilmaz@lale.example>",
        at(2027, 6, 14, 9, 0, z),
        "8z2b4d6f8h@google.com",
        seq=1,
        kind="cancellation",
        method="CANCEL",
        note="Turkish Google cancellation, SEQUENCE 1.",
    )


def occur21() -> None:
    """One occurrence of a weekly series: the override carries RECURRENCE-ID."""
    fam = "occur21"
    rows = [
        (
            "de",
            "W. Europe Standard Time",
            (2027, 3, 23, 10, 0),
            (2027, 3, 24, 14, 0),
            45,
            "Fallstudie – Präsentation (Termin 3 von 4)",
            "Petra Lang <p.lang@ahorn.example>",
            "Ihr Präsentationstermin wurde auf Mittwoch verschoben; die anderen Termine der Reihe bleiben.\n",
            "reschedule",
            1,
            "REQUEST",
        ),
        (
            "fr",
            "Romance Standard Time",
            (2027, 10, 26, 9, 0),
            (2027, 10, 26, 9, 0),
            60,
            "Journée d'évaluation – atelier",
            "Luc Bernard <luc.bernard@tilleul.example>",
            "Vous êtes invité(e) à cette séance de l'atelier d'évaluation (une séance de la série).\n",
            "invitation",
            0,
            "REQUEST",
        ),
        (
            "ja",
            "Tokyo Standard Time",
            (2027, 4, 13, 11, 0),
            (2027, 4, 13, 11, 0),
            30,
            "面接官との面談（第2回）",
            "鈴木 一郎 <i.suzuki@hinode.example>",
            "この回の面談は取り消しとなりました。\n",
            "cancellation",
            2,
            "CANCEL",
        ),
        (
            "pt-BR",
            "E. South America Standard Time",
            (2027, 7, 6, 15, 0),
            (2027, 7, 8, 16, 30),
            60,
            "Dinâmica de grupo – Trainee 2027",
            "Carla Mendes <carla.mendes@aroeira.example>",
            "Sua participação foi remarcada para quinta-feira; as demais sessões continuam iguais.\n",
            "reschedule",
            1,
            "REQUEST",
        ),
        (
            "ru",
            "Russian Standard Time",
            (2027, 2, 9, 12, 0),
            (2027, 2, 9, 12, 0),
            60,
            "Техническое интервью (этап 2)",
            "Игорь Волков <i.volkov@sosna.example>",
            "Приглашаем вас на второй этап интервью.\n",
            "invitation",
            0,
            "REQUEST",
        ),
    ]
    for i, (lang, win, orig, new, minutes, title, org, body, kind, seq, method) in enumerate(rows):
        z, names = WIN[win]
        o = at(*orig, z)
        s = at(*new, z)
        e = s + timedelta(minutes=minutes)
        sent = s - timedelta(days=4, hours=i)
        uid = EXUID.format(f"C40000{i:02d}", "7A21" + f"{i:04d}")
        rid = f"RECURRENCE-ID;TZID={win}:{o.strftime('%Y%m%dT%H%M%S')}"
        extra = ("STATUS:CANCELLED",) if method == "CANCEL" else ()
        ev = event(
            uid,
            s,
            e,
            title,
            tzid=win,
            seq=seq,
            sent=sent,
            more=(rid, "LOCATION:Microsoft Teams Meeting", *extra),
        )
        ics = calendar([*vtz(z, win), *ev], method, OUTLOOK)
        text = (
            f"{owhen(lang, s, e, names[lang])}\n{owhere(lang, 'Microsoft Teams Meeting')}\n\n{body}"
        )
        subj = {
            "reschedule": TB[lang if lang in TB else "de"]["itip-request-updated-subject"],
            "cancellation": TB[lang]["itip-cancel-subject"],
            "invitation": TB[lang]["itip-request-subject"],
        }[kind].replace("{ $summary }", title)
        add(
            fam,
            f"occurrence_{lang.lower().replace('-', '_')}_{kind}",
            ics,
            label(kind, s, e, z, uid, seq, method),
            f"An Outlook {method} for one occurrence (RECURRENCE-ID {o.isoformat()}) of a weekly series; the VEVENT holds only that occurrence.",
            sender=org,
            subject=subj,
            sent=sent,
            lang=lang,
            text=text,
            html=True,
            layout="alt",
        )


def meetbody21() -> None:
    fam = "meetbody21"
    outlook(
        fam,
        "teams_de",
        "de",
        "W. Europe Standard Time",
        (2027, 10, 28, 16, 0),
        60,
        "Interview Data Engineer (Teams)",
        "Miriam Scholz <m.scholz@eibe.example>",
        timedelta(days=5),
        "C5000001",
        f"Hallo,\nanbei die Einladung. Bitte testen Sie vorab Kamera und Mikrofon.\n\n{SEP}\n{TEAMS['de']}\nFür Organisatoren: Besprechungsoptionen\n{SEP}\n",
        note="German Teams invitation in the week after the EU change (31 Oct is after: the slot is 28 Oct, still +02:00).",
    )
    outlook(
        fam,
        "teams_ja",
        "ja",
        "Tokyo Standard Time",
        (2027, 11, 2, 10, 0),
        45,
        "最終面接（オンライン）",
        "山本 彩 <aya.yamamoto@momiji.example>",
        timedelta(days=6),
        "C5000002",
        f"最終面接のご案内です。\n\n{SEP}\n{TEAMS['ja']}\n{SEP}\n",
        note="Japanese Teams body around the calendar part.",
    )
    z = "Europe/Lisbon"
    s = at(2027, 3, 30, 15, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 24, 12, 0, z)
    uid = "zm-7712390451-pt@zoom.example"
    ics = calendar(
        [
            *vtz(z, z, exchange=False),
            *event(
                uid,
                s,
                e,
                "Entrevista – Engenheiro de Software",
                tzid=z,
                seq=0,
                sent=sent,
                more=("LOCATION:https://zoom.example/j/7712390451",),
            ),
        ],
        "REQUEST",
        "-//zoom.us//iCalendar Event//EN",
    )
    text = (
        "Helena Costa está a convidá-lo para uma reunião Zoom agendada.\n\n"
        "Tópico: Entrevista – Engenheiro de Software\n"
        f"Hora: {format_date(s, 'long', locale='pt_PT')} {ltime(s, 'pt')} Lisboa\n\n"
        "Entrar na reunião Zoom\nhttps://zoom.example/j/7712390451\n\nID da reunião: 771 239 0451\nSenha: 482913\n"
    )
    add(
        fam,
        "zoom_pt_lisbon",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Portuguese (pt-PT) Zoom invitation with an IANA TZID Europe/Lisbon; the week after the 28 March change (+01:00).",
        sender="Helena Costa <helena.costa@sobreiro.example>",
        subject="Entrevista – Engenheiro de Software",
        sent=sent,
        lang="pt",
        text=text,
        html=True,
        layout="attach",
    )
    z = "America/Sao_Paulo"
    s = at(2027, 4, 6, 10, 0, z)
    e = s + timedelta(minutes=60)
    sent = at(2027, 3, 31, 9, 0, z)
    uid = "zm-9203381177-es@zoom.example"
    ics = calendar(
        [
            *vtz(z, "America/Sao_Paulo", exchange=False),
            *event(
                uid,
                s,
                e,
                "Entrevista – Coordinador Logístico",
                tzid=z,
                seq=0,
                sent=sent,
                more=("LOCATION:https://zoom.example/j/9203381177",),
            ),
        ],
        "REQUEST",
        "-//zoom.us//iCalendar Event//EN",
    )
    text = (
        "Daniela Pérez le está invitando a una reunión de Zoom programada.\n\n"
        "Tema: Entrevista – Coordinador Logístico\n"
        f"Hora: {format_date(s, 'long', locale='es')} {ltime(s, 'es')} Brasilia\n\n"
        "Unirse a la reunión Zoom\nhttps://zoom.example/j/9203381177\n\nID de reunión: 920 338 1177\nCódigo de acceso: 559210\n"
    )
    add(
        fam,
        "zoom_es_brasilia",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Spanish Zoom invitation from a Brazilian office; IANA TZID America/Sao_Paulo.",
        sender="Daniela Pérez <daniela.perez@quebracho.example>",
        subject="Entrevista – Coordinador Logístico",
        sent=sent,
        lang="es",
        text=text,
        html=True,
        layout="attach",
    )
    z = "Europe/Rome"
    s = at(2027, 10, 29, 9, 30, z)
    gmail(
        fam,
        "meet_it_before_change",
        "it",
        "Colloquio tecnico – DevOps",
        s,
        60,
        "Sara Conti <sara.conti@pinolo.example>",
        at(2027, 10, 22, 17, 45, z),
        "3u5w7y9a1c@google.com",
        note="Italian Google Meet invitation on Friday 29 Oct, two days before the EU change (still +02:00).",
        meet="qwe-rtyu-iop",
    )
    outlook(
        fam,
        "teams_fr_body_other_time",
        "fr",
        "Romance Standard Time",
        (2027, 11, 16, 14, 0),
        60,
        "Entretien RH – Assistante juridique",
        "Nadia Benali <n.benali@platane.example>",
        timedelta(days=7),
        "C5000006",
        f"Bonjour,\nPour info, l'équipe est joignable de 9 h à 18 h. L'entretien lui-même est indiqué ci-dessus.\n\n{SEP}\n{TEAMS['fr']}\n",
        note="French Teams invitation whose body names office hours (9 h à 18 h) beside the slot; the calendar decides.",
    )


def tbmail(
    fam: str,
    name: str,
    lang: str,
    z: str,
    wall: tuple[int, int, int, int, int],
    minutes: int,
    title: str,
    org: str,
    sent_before: timedelta,
    uid: str,
    *,
    seq: int = 0,
    method: str = "REQUEST",
    kind: str = "invitation",
    note: str,
) -> None:
    t = TB[lang]
    s = at(*wall, z)
    e = s + timedelta(minutes=minutes)
    sent = s - sent_before
    extra = ("STATUS:CANCELLED",) if method == "CANCEL" else ()
    ics = calendar(
        [
            *vtz(z, z, exchange=False),
            *event(
                uid, s, e, title, tzid=z, seq=seq, sent=sent, more=("X-MOZ-GENERATION:1", *extra)
            ),
        ],
        method,
        "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
    )
    oname = org.split("<")[0].strip()
    key = "itip-cancel" if method == "CANCEL" else "itip-request-updated" if seq else "itip-request"
    subj = t[f"{key}-subject"].replace("{ $summary }", title)
    body_key = "itip-cancel-body" if method == "CANCEL" else "itip-request-body"
    body = t[body_key].replace("{ $organizer }", oname).replace("{ $summary }", title)
    when = f"{ldate(s, lang)} {ltime(s, lang)} – {ltime(e, lang)} ({get_timezone_name(s, 'long', locale=loc(lang))})"
    text = f"{body}\n\n{t['imip-html-header']}\n{t['imip-html-summary']} {title}\n{t['imip-html-when']} {when}\n{t['imip-html-organizer']} {oname} <{org.split('<')[1]}\n"
    add(
        fam,
        name,
        ics,
        label(kind, s, e, z, uid, seq, method),
        note,
        sender=org,
        subject=subj,
        sent=sent,
        lang=lang,
        text=text,
        html=False,
        layout="thunderbird",
    )


def tbintl21() -> None:
    fam = "tbintl21"
    tbmail(
        fam,
        "tb_de_request",
        "de",
        "Europe/Berlin",
        (2027, 3, 29, 10, 0),
        60,
        "Gespräch Buchhaltung",
        "Uwe Krause <uwe.krause@birkenhof.example>",
        timedelta(days=6),
        "8d1f3a52-6c0e-4b7a-9d11-2e5f7a9c0b21",
        note="Thunderbird REQUEST, IANA TZID with libical-style VTIMEZONE; the day after the EU March change (+02:00). Subject and body lines from Thunderbird's de strings.",
    )
    tbmail(
        fam,
        "tb_fr_update",
        "fr",
        "Europe/Paris",
        (2027, 10, 25, 14, 0),
        45,
        "Entretien – Technicien réseau",
        "Julien Roux <julien.roux@saule.example>",
        timedelta(days=3),
        "a4c2e8f0-1b3d-4e5f-8a9b-0c1d2e3f4a51",
        seq=1,
        kind="reschedule",
        note="Thunderbird update (SEQUENCE 1, 'Mise à jour :'); Monday 25 Oct, the week before the 31 Oct change (+02:00).",
    )
    tbmail(
        fam,
        "tb_pl_request",
        "pl",
        "Europe/Warsaw",
        (2027, 11, 2, 12, 0),
        60,
        "Rozmowa – Administrator systemów",
        "Piotr Zieliński <p.zielinski@jawor.example>",
        timedelta(days=5),
        "b7d9f1a3-5c7e-4091-a2b4-c6d8e0f2a461",
        note="Thunderbird REQUEST in Polish, after the October change (+01:00).",
    )
    tbmail(
        fam,
        "tb_nl_cancel",
        "nl",
        "Europe/Amsterdam",
        (2027, 4, 8, 15, 30),
        60,
        "Gesprek – Data-analist",
        "Femke Jansen <femke.jansen@duin.example>",
        timedelta(days=1),
        "c1e3a5b7-9d0f-4213-b4c6-d8e0f2a4b671",
        seq=1,
        method="CANCEL",
        kind="cancellation",
        note="Thunderbird CANCEL in Dutch ('Geannuleerd:').",
    )
    tbmail(
        fam,
        "tb_ja_request",
        "ja",
        "Asia/Tokyo",
        (2027, 6, 22, 17, 0),
        60,
        "カジュアル面談",
        "高橋 翔 <sho.takahashi@kusunoki.example>",
        timedelta(days=4),
        "d2f4b6c8-0e1a-4324-c5d7-e9f1a3b5c781",
        note="Thunderbird REQUEST in Japanese ('参加依頼:').",
    )
    tbmail(
        fam,
        "tb_ru_request",
        "ru",
        "Europe/Moscow",
        (2027, 9, 28, 11, 0),
        60,
        "Собеседование – Бухгалтер",
        "Мария Орлова <m.orlova@klen.example>",
        timedelta(days=5),
        "e3a5c7d9-1f2b-4435-d6e8-f0a2b4c6d891",
        note="Thunderbird REQUEST in Russian ('Приглашение:').",
    )
    tbmail(
        fam,
        "tb_id_request",
        "id",
        "Asia/Jakarta",
        (2027, 8, 3, 13, 0),
        60,
        "Wawancara – Staf Administrasi",
        "Budi Santoso <budi.santoso@melati.example>",
        timedelta(days=4),
        "f4b6d8e0-2a3c-4546-e7f9-a1b3c5d7e9a1",
        note="Thunderbird REQUEST in Indonesian ('Undangan:').",
    )


# ------------------------------------------------------------------------------ held out: forwards, DST
def fwdintl21() -> None:
    fam = "fwdintl21"
    # 1. Outlook de forward as attachment (WG:)
    ics, lab, inner = outlook(
        "_tmp",
        "x",
        "de",
        "W. Europe Standard Time",
        (2027, 10, 27, 11, 0),
        60,
        "Zweitgespräch Vertrieb",
        "Heike Braun <h.braun@linde-gruppe.example>",
        timedelta(days=6),
        "C6000001",
        "Guten Tag,\nhiermit lade ich Sie zum Zweitgespräch ein.\nHeike Braun\n",
        note="",
    )
    c17.CASES.pop()
    lab = dict(lab, original_sender="h.braun@linde-gruppe.example")
    add(
        fam,
        "outlook_wg_attached_de",
        ics,
        lab,
        "German Outlook forward as attachment ('WG:'), inner REQUEST kept.",
        sender=f"Candidate <{ME}>",
        organizer=inner["sender"],
        subject="WG: Zweitgespräch Vertrieb",
        sent=inner["sent"] + timedelta(hours=2),
        lang="de",
        text="Bitte eintragen.\n",
        layout="rfc822",
        inner=inner,
    )
    # 2. Outlook fr forward inline (TR:) keeping the .ics as attachment
    ics, lab, inner = outlook(
        "_tmp",
        "x",
        "fr",
        "Romance Standard Time",
        (2027, 3, 31, 10, 0),
        45,
        "Entretien – Acheteur",
        "Paul Garnier <p.garnier@noyer.example>",
        timedelta(days=5),
        "C6000002",
        "Bonjour, voici l'invitation.\n",
        note="",
    )
    c17.CASES.pop()
    lab = dict(lab, original_sender="p.garnier@noyer.example")
    s = datetime.fromisoformat(str(lab["start"]))
    fwd = f"\n\nDe : Paul Garnier <p.garnier@noyer.example>\nEnvoyé : {ldate(inner['sent'], 'fr')} {ltime(inner['sent'], 'fr')}\nÀ : Candidate <{ME}>\nObjet : Entretien – Acheteur\n\n{inner['text']}"
    add(
        fam,
        "outlook_tr_inline_fr",
        ics,
        lab,
        "French Outlook inline forward ('TR :') with the .ics attached; the week after the EU March change.",
        sender=f"Candidate <{ME}>",
        organizer=inner["sender"],
        subject="TR: Entretien – Acheteur",
        sent=inner["sent"] + timedelta(hours=1),
        lang="fr",
        text=f"À ajouter.{fwd}",
        html=True,
        layout="attach",
    )
    # 3. Gmail es forward keeping the calendar part
    z = "Europe/Madrid"
    s = at(2027, 11, 3, 16, 0, z)
    e = s + timedelta(minutes=60)
    sent = at(2027, 10, 28, 10, 0, z)
    uid = "6g8i0k2m4o@google.com"
    org = "Lucía Navarro <lucia.navarro@encina.example>"
    ics = calendar(
        event(
            uid,
            s,
            e,
            "Entrevista – Diseñador gráfico",
            utc=True,
            seq=0,
            sent=sent,
            more=("STATUS:CONFIRMED",),
        ),
        "REQUEST",
        GPROD,
        ("CALSCALE:GREGORIAN",),
    )
    text = f"---------- Forwarded message ---------\nDe: {org}\nDate: {ldate(sent, 'es')}, {ltime(sent, 'es')}\nSubject: Invitación: Entrevista – Diseñador gráfico\nTo: <{ME}>\n\n{gtext('es', 'Entrevista – Diseñador gráfico', s, e, org)}"
    add(
        fam,
        "gmail_fwd_keeps_ics_es",
        ics,
        {
            **label("invitation", s, e, z, uid, 0, "REQUEST"),
            "original_sender": "lucia.navarro@encina.example",
        },
        "Gmail forward in Spanish that keeps invite.ics (UTC); zone only in the quoted Google text; first week of winter time.",
        sender=f"Candidate <{ME}>",
        organizer=org,
        subject="Fwd: Invitación: Entrevista – Diseñador gráfico",
        sent=sent + timedelta(days=1),
        lang="es",
        text=text,
        html=True,
        layout="attach",
    )
    # 4. Gmail it forward dropping the calendar part (text only)
    z = "Europe/Rome"
    s = at(2027, 3, 26, 9, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 22, 8, 0, z)
    org = "Paolo Greco <paolo.greco@mirto.example>"
    text = f"---------- Forwarded message ---------\nDa: {org}\nDate: {ldate(sent, 'it')}, {ltime(sent, 'it')}\nSubject: Invito: Colloquio – Addetto paghe\nTo: <{ME}>\n\n{gtext('it', 'Colloquio – Addetto paghe', s, e, org)}"
    add(
        fam,
        "gmail_fwd_drops_ics_it",
        ["BEGIN:VCALENDAR", "END:VCALENDAR"],
        {
            "kind": "invitation",
            "start": s.isoformat(),
            "end": e.isoformat(),
            "all_day": False,
            "timezone": z,
            "original_sender": "paolo.greco@mirto.example",
        },
        "Gmail forward in Italian that drops the calendar part: a text-only invitation; Friday before the EU change (+01:00).",
        sender=f"Candidate <{ME}>",
        subject="Fwd: Invito: Colloquio – Addetto paghe",
        sent=sent + timedelta(hours=3),
        lang="it",
        text=text,
        html=True,
        layout="textonly",
    )
    # 5. Outlook ja forward as attachment (FW:) of a cancellation
    ics, lab, inner = outlook(
        "_tmp",
        "x",
        "ja",
        "Tokyo Standard Time",
        (2027, 9, 9, 14, 0),
        60,
        "一次面接",
        "小林 直樹 <n.kobayashi@tsubaki.example>",
        timedelta(days=1),
        "C6000005",
        "申し訳ございませんが、面接を中止いたします。\n",
        seq=1,
        method="CANCEL",
        kind="cancellation",
        subject="キャンセル済み: 一次面接",
        note="",
    )
    c17.CASES.pop()
    lab = dict(lab, original_sender="n.kobayashi@tsubaki.example")
    add(
        fam,
        "outlook_fw_cancel_ja",
        ics,
        lab,
        "Japanese Outlook forward as attachment ('FW:') of a CANCEL.",
        sender=f"Candidate <{ME}>",
        organizer=inner["sender"],
        subject="FW: キャンセル済み: 一次面接",
        sent=inner["sent"] + timedelta(hours=1),
        lang="ja",
        text="転送します。\n",
        layout="rfc822",
        inner=inner,
    )
    # 6. Apple Mail pt-BR forward keeping the update (Encaminhado)
    ics, lab, inner = outlook(
        "_tmp",
        "x",
        "pt-BR",
        "E. South America Standard Time",
        (2027, 10, 19, 9, 0),
        60,
        "Entrevista – Engenheira Civil",
        "Tiago Alves <tiago.alves@pau-brasil.example>",
        timedelta(days=3),
        "C6000006",
        "Bom dia, mudamos para as 9h.\n",
        seq=1,
        kind="reschedule",
        subject="Atualizado: Entrevista – Engenheira Civil",
        note="",
    )
    c17.CASES.pop()
    lab = dict(lab, original_sender="tiago.alves@pau-brasil.example")
    text = f"Segue.\n\nInício da mensagem encaminhada:\n\nDe: Tiago Alves <tiago.alves@pau-brasil.example>\nAssunto: Atualizado: Entrevista – Engenheira Civil\nData: {ldate(inner['sent'], 'pt-BR')} {ltime(inner['sent'], 'pt-BR')} BRT\nPara: Candidate <{ME}>\n\n{inner['text']}"
    add(
        fam,
        "applemail_fwd_update_ptbr",
        ics,
        lab,
        "Apple Mail forward in Portuguese ('Início da mensagem encaminhada') keeping the SEQUENCE 1 update.",
        sender=f"Candidate <{ME}>",
        organizer=inner["sender"],
        subject="Fwd: Atualizado: Entrevista – Engenheira Civil",
        sent=inner["sent"] + timedelta(hours=5),
        lang="pt-BR",
        text=text,
        layout="attach",
    )


def dstweek21() -> None:
    fam = "dstweek21"
    outlook(
        fam,
        "london_after_march_change",
        "en",
        "GMT Standard Time",
        (2027, 3, 29, 9, 0),
        60,
        "Interview – Graduate Analyst",
        "Oliver Hughes <o.hughes@hawthorn.example>",
        timedelta(days=5),
        "C7000001",
        "Hi,\nPlease find the invite for Monday attached.\nOliver\n",
        note="GMT Standard Time; slot the day after the 28 March change: 09:00 BST = 08:00Z; sent in GMT.",
    )
    outlook(
        fam,
        "sydney_after_april_change",
        "en",
        "AUS Eastern Standard Time",
        (2027, 4, 5, 10, 0),
        45,
        "Interview – Site Engineer",
        "Chloe Nguyen <chloe.nguyen@wattle.example>",
        timedelta(days=6),
        "C7000002",
        "G'day, invite for our chat next Monday.\nChloe\n",
        note="Sydney: DST ends 4 April 2027; the slot (5 April) is at +10:00, the mail was sent at +11:00.",
    )
    z = "Pacific/Auckland"
    s = at(2027, 9, 27, 11, 0, z)
    gmail(
        fam,
        "google_auckland_after_sept",
        "en",
        "Interview – Product Owner",
        s,
        60,
        "Aroha Parata <aroha.parata@kowhai.example>",
        at(2027, 9, 22, 15, 0, z),
        "7h9j1l3n5p@google.com",
        note="Auckland: DST starts 26 Sept 2027; slot at +13:00, sent at +12:00.",
    )
    z = "America/Santiago"
    tz = "Pacific SA Standard Time"
    s = at(2027, 4, 6, 10, 0, z)
    e = s + timedelta(minutes=45)
    sent = at(2027, 3, 30, 12, 0, z)
    uid = EXUID.format("C7000004", "7A210004")
    ics = calendar(
        [
            *vtz(z, tz),
            *event(uid, s, e, "Entrevista – Ingeniera de Minas", tzid=tz, seq=0, sent=sent),
        ],
        "REQUEST",
        OUTLOOK,
    )
    text = "Cuándo: martes, 6 de abril de 2027 10:00-10:45 (UTC-04:00) Santiago.\nDónde: Microsoft Teams\n\nHola, te envío la invitación.\nIgnacio\n"
    add(
        fam,
        "santiago_after_april_change_es",
        ics,
        label("invitation", s, e, z, uid, 0, "REQUEST"),
        "Chile: DST ends 4 April 2027 (00:00 -> 23:00 the day before); slot at -04:00, sent at -03:00.",
        sender="Ignacio Fuentes <ifuentes@araucaria.example>",
        subject="Entrevista – Ingeniera de Minas",
        sent=sent,
        lang="es-CL",
        text=text,
        html=True,
        layout="alt",
    )
    tbmail(
        fam,
        "tb_kyiv_after_october",
        "uk",
        "Europe/Kiev",
        (2027, 11, 1, 10, 0),
        60,
        "Співбесіда – Розробник",
        "Тарас Мельник <t.melnyk@dub.example>",
        timedelta(days=6),
        "a9c1e3f5-7b9d-4f01-8a2c-4e6a8c0e2f41",
        note="Kyiv: winter time from 31 Oct 2027; slot at +02:00, sent at +03:00. Thunderbird uk strings.",
    )
    outlook(
        fam,
        "mexico_no_dst_november",
        "es-MX",
        "Central Standard Time (Mexico)",
        (2027, 11, 8, 11, 0),
        60,
        "Entrevista – Analista de Riesgos",
        "Rodrigo Castillo <r.castillo@ahuehuete.example>",
        timedelta(days=7),
        "C7000006",
        "Buen día, le comparto la invitación.\nRodrigo\n",
        note="Mexico City keeps -06:00 (no DST since 2022) in the week the US changes back (7 Nov).",
    )


def lookcal21() -> None:
    fam = "lookcal21"
    z = "Europe/Berlin"
    s = at(2027, 5, 12, 12, 0, z)
    gmail(
        fam,
        "google_de_teamessen",
        "de",
        "Teamessen Mai",
        s,
        90,
        "Lena Brandt <lena.brandt@talwerk.example>",
        at(2027, 5, 3, 9, 0, z),
        "4l6n8p0r2t@google.com",
        kind="not_invitation",
        note="Look-alike: a Google REQUEST for a team lunch in German, nothing about an interview.",
    )
    outlook(
        fam,
        "webinar_fr_publish",
        "fr",
        "Romance Standard Time",
        (2027, 6, 17, 18, 0),
        60,
        "Webinaire – Découvrir nos métiers",
        "Équipe Talents <talents@cerisaie.example>",
        timedelta(days=10),
        "C8000002",
        "Merci pour votre inscription au webinaire de présentation de nos métiers. Ajoutez-le à votre agenda.\n",
        method="PUBLISH",
        kind="not_invitation",
        note="Look-alike: a career webinar registration with a PUBLISH calendar ('votre inscription').",
    )
    outlook(
        fam,
        "sprint_review_ja",
        "ja",
        "Tokyo Standard Time",
        (2027, 7, 9, 15, 0),
        60,
        "スプリントレビュー",
        "山田 太郎 <t.yamada@kaede.example>",
        timedelta(days=3),
        "C8000003",
        "チームの定例スプリントレビューです。\n",
        kind="not_invitation",
        note="Look-alike: an internal sprint review REQUEST in Japanese.",
    )
    outlook(
        fam,
        "control_interview_es",
        "es",
        "Romance Standard Time",
        (2027, 6, 9, 12, 0),
        45,
        "Entrevista – Auxiliar administrativo",
        "Pilar Ortega <p.ortega@olmo.example>",
        timedelta(days=5),
        "C8000004",
        "Hola,\nte convocamos a la entrevista para el puesto de auxiliar administrativo.\nPilar\n",
        note="Control: a Spanish interview REQUEST in the same voice as the look-alikes.",
    )


BUILDERS = (
    gcalintl21,
    gcalasia21,
    exchintl21,
    exchupd21,
    cancelintl21,
    occur21,
    meetbody21,
    tbintl21,
    lookcal21,
    fwdintl21,
    dstweek21,
)


def headers(sender: str, to: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {to}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@calparts18.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: object) -> tuple[str, bytes]:
    m = case.mail  # type: ignore[attr-defined]
    if m["layout"] != "textonly":
        name, data = c17.render(case)
        head, _, body = data.partition(b"MIME-Version: 1.0\r\n")
        msgid = f"{case.family}.{case.name}"  # type: ignore[attr-defined]
        head = head.replace(
            f"<{msgid}@calparts17.example>".encode(), f"<{msgid}@calparts18.example>".encode()
        )
        return name, head + b"MIME-Version: 1.0\r\n" + body
    text = str(m["text"]).replace("\n", "\r\n").encode()
    alts = [c17.part('text/plain; charset="utf-8"', text, "quoted-printable")]
    h = cp.html_of(str(m["text"])).replace("\n", "\r\n").encode()
    alts.append(c17.part('text/html; charset="utf-8"', h, "quoted-printable"))
    body = cp.multipart("alternative", f"=_alt_{case.family}_{case.name}", alts)  # type: ignore[attr-defined]
    return f"{case.family}__{case.name}.eml", headers(
        str(m["sender"]),
        "Afterview inbox <inbox@afterview.example>",
        str(m["subject"]),
        m["sent"],
        f"{case.family}.{case.name}",
    ) + body  # type: ignore[attr-defined]


def main() -> None:
    for build in BUILDERS:
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in c17.CASES:
        if case.mail["layout"] != "textonly":
            cp.verify(case)
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        if lab.get("kind") == "not_invitation":
            lab = {"kind": "not_invitation"}
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": TB_LICENSE
            if case.family == "tbintl21" or case.name.startswith(("occurrence_", "tb_"))
            else LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(c17.CASES), "files")


if __name__ == "__main__":
    main()
