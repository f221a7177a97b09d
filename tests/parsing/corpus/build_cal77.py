# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the cal77 batch: calendar-bearing interview mail from calendar software the corpus
had not met yet (Feishu/Lark, WeCom, Mail.ru, Naver, Proton, Tuta, Fastmail, Infomaniak,
Synology, Kerio, IceWarp, Axigen, Open-Xchange, Horde, Tine, Thunderbird with a localised
VTIMEZONE name, Outlook with Windows names and an unnamed "Customized Time Zone", Google with
X-WR-TIMEZONE), in the shapes they write: quoted TZIDs, TZIDs with a leading slash or a
/mozilla.org/ path, DTSTART;VALUE=DATE-TIME, DURATION instead of DTEND, METHOD REQUEST, PUBLISH
or absent, CANCEL with a SEQUENCE bump, an override with RECURRENCE-ID, ATTACH with inline
data, LF-only calendars.

Run: .venv/bin/python tests/parsing/corpus/build_cal77.py

The producers' shapes are recalled from their public documentation and output; no text is
copied. People, companies, UIDs and prose are ours (.example domains, slots in 2027, each Date
header before its slot). Labels come from the zoneinfo datetimes each calendar is rendered
from and were written before any parse. A seeded third goes to heldout/ as family cal77h: the
dev file names sorted by SHA-256, every third from the first within each of two rounds, chosen before any parse. The mail
helpers are build_cal64.py's. Deterministic; the script writes only its own families' files.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_cal64 as b

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
FAM = "cal77"
HELD_FAM = "cal77h"
at, wall, utc, lab, stamp, people = b.at, b.wall, b.utc, b.lab, b.stamp, b.people


def uid(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cal77/{name}"))


def iana_vtz(
    tzid: str, std: str, dst: str | None = None, south: bool = False, lic: str | None = None
) -> list[str]:
    """A VTIMEZONE as libical/Thunderbird/Sabre write it: 1970 onsets with yearly rules."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if lic:
        lines.append(f"X-LIC-LOCATION:{lic}")
    if dst is None:
        return [
            *lines,
            "BEGIN:STANDARD",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            "TZNAME:" + std[:3],
            "DTSTART:19700101T000000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    if south:  # Australia: DST from first Sunday of October to first Sunday of April
        d_rule, s_rule, d_at, s_at = (
            "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
            "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
            "19701004T020000",
            "19700405T030000",
        )
    else:
        d_rule, s_rule, d_at, s_at = (
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "19700329T020000",
            "19701025T030000",
        )
    return [
        *lines,
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"DTSTART:{d_at}",
        f"RRULE:{d_rule}",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"DTSTART:{s_at}",
        f"RRULE:{s_rule}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def outlook_vtz(tzid: str, std: str, dst: str | None, cdo: str | None = None) -> list[str]:
    """Outlook/Exchange VTIMEZONE: 1601 onsets, EU rules."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{std}",
            "END:STANDARD",
        ]
    else:
        lines += [
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
        ]
    if cdo:
        lines.append(f"X-MICROSOFT-CDO-TZID:{cdo}")
    return [*lines, "END:VTIMEZONE"]


GREET = {
    "zh": (
        "Alex 您好：\n\n我们诚邀您参加面试：{t}\n时间：{w}\n日历邀请已附上，请点击接受。\n\n此致\n{o}\n"
    ),
    "ja": (
        "Alex Morgan 様\n\n面接のご案内です：{t}\n日時：{w}\nカレンダーの招待をご確認ください。\n\nよろしくお願いいたします。\n{o}\n"
    ),
    "ko": (
        "Alex 님, 안녕하세요.\n\n면접 일정을 안내드립니다: {t}\n일시: {w}\n캘린더 초대를 확인해 주세요.\n\n감사합니다.\n{o}\n"
    ),
    "ru": (
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование: {t}\nКогда: {w}\nПриглашение в календарь во вложении.\n\nС уважением,\n{o}\n"
    ),
    "de": (
        "Hallo Alex,\n\nwir laden Sie herzlich zum Vorstellungsgespräch ein: {t}\nTermin: {w}\nDie Kalendereinladung hängt an.\n\nViele Grüße\n{o}\n"
    ),
    "fr": (
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien : {t}\nDate : {w}\nL'invitation d'agenda est jointe.\n\nBien cordialement,\n{o}\n"
    ),
    "cs": (
        "Dobrý den, Alexi,\n\nzveme Vás na pracovní pohovor: {t}\nKdy: {w}\nPozvánku do kalendáře najdete v příloze.\n\nS pozdravem\n{o}\n"
    ),
    "ro": (
        "Bună ziua, Alex,\n\nVă invităm la interviul: {t}\nCând: {w}\nInvitația de calendar este atașată.\n\nCu stimă,\n{o}\n"
    ),
    "pl": (
        "Dzień dobry, Alex,\n\nzapraszamy na rozmowę kwalifikacyjną: {t}\nKiedy: {w}\nZaproszenie do kalendarza w załączniku.\n\nPozdrawiam\n{o}\n"
    ),
    "pt-BR": (
        "Olá, Alex!\n\nGostaríamos de convidar você para a entrevista: {t}\nQuando: {w}\nO convite de calendário segue anexo.\n\nAbraços,\n{o}\n"
    ),
    "es": (
        "Hola, Alex:\n\nTe invitamos a la entrevista: {t}\nCuándo: {w}\nAdjuntamos la invitación de calendario.\n\nUn saludo,\n{o}\n"
    ),
    "it": (
        "Ciao Alex,\n\nti invitiamo al colloquio: {t}\nQuando: {w}\nIn allegato l'invito del calendario.\n\nCordiali saluti,\n{o}\n"
    ),
    "tr": (
        "Merhaba Alex,\n\nSizi mülakata davet ediyoruz: {t}\nNe zaman: {w}\nTakvim daveti ektedir.\n\nSaygılarımızla,\n{o}\n"
    ),
    "en": (
        "Hi Alex,\n\nThanks for your time so far. We'd like to invite you to the next interview: {t}\nWhen: {w}\nThe calendar invitation is attached.\n\nBest regards,\n{o}\n"
    ),
}
MOVED = {
    "de": "Hallo Alex,\n\nwir mussten den Termin verschieben: {t}\nNeuer Termin: {w}\nDie aktualisierte Einladung hängt an.\n\nViele Grüße\n{o}\n",
    "en": "Hi Alex,\n\nWe had to move your interview: {t}\nNew time: {w}\nThe updated invitation is attached.\n\nSorry for the shuffle,\n{o}\n",
    "fr": "Bonjour Alex,\n\nNous devons déplacer votre entretien : {t}\nNouvel horaire : {w}\nL'invitation mise à jour est jointe.\n\nCordialement,\n{o}\n",
    "zh": "Alex 您好：\n\n面试时间有调整：{t}\n新的时间：{w}\n更新后的日历邀请已附上。\n\n此致\n{o}\n",
    "it": "Ciao Alex,\n\nabbiamo dovuto spostare il colloquio: {t}\nNuovo orario: {w}\nIn allegato l'invito aggiornato.\n\nA presto,\n{o}\n",
}
CANCELLED = {
    "de": "Hallo Alex,\n\nleider müssen wir das Gespräch absagen: {t}\nUrsprünglich geplant: {w}\nWir melden uns mit einem neuen Vorschlag.\n\nViele Grüße\n{o}\n",
    "zh": "Alex 您好：\n\n很抱歉，以下面试已取消：{t}\n原定时间：{w}\n我们会尽快与您另约时间。\n\n此致\n{o}\n",
    "es": "Hola, Alex:\n\nLamentablemente cancelamos la entrevista: {t}\nFecha prevista: {w}\nTe propondremos otra fecha pronto.\n\nUn saludo,\n{o}\n",
}


def one(
    name: str,
    *,
    lang: str,
    producer: str,
    note: str,
    start: datetime,
    end: datetime | None,
    zone: str | None,
    sent: datetime,
    org: tuple[str, str],
    title: str,
    when: str,
    start_line: str,
    end_line: str | None,
    zones: list[str] | None = None,
    head: tuple[str, ...] = (),
    method: str | None = "REQUEST",
    sequence: int = 0,
    extra: tuple[str, ...] = (),
    before: tuple[str, ...] = (),
    kind: str | None = None,
    shape: str = "alt",
    eol: str = "\r\n",
    ct_method: str | None = "same",
    filename: str = "invite.ics",
    lead: str = " ",
    zones_after: bool = False,
    fix: Callable[[bytes], bytes] | None = None,
    start_cont: str | None = None,
) -> None:
    ev = [
        "BEGIN:VEVENT",
        *before,
        f"UID:{uid(name)}",
        stamp(sent),
        start_line,
        *([start_cont] if start_cont else []),
        *([end_line] if end_line else []),
        f"SUMMARY:{title}",
        *people(org),
        f"SEQUENCE:{sequence}",
        *extra,
        "END:VEVENT",
    ]
    body = [*ev, *(zones or [])] if zones_after else [*(zones or []), *ev]
    cal = b.vcal(producer, method, body, head=head, lead=lead)
    if kind is None:
        kind = (
            "cancellation" if method == "CANCEL" else ("reschedule" if sequence else "invitation")
        )
    table = CANCELLED if kind == "cancellation" else MOVED if kind == "reschedule" else GREET
    text = table[lang].format(t=title, w=when, o=org[0])
    b.mail(
        FAM,
        name,
        lang=lang,
        template=producer,
        note=note,
        sent=sent,
        org=org,
        subject=title,
        text=text,
        cal=cal,
        label=lab(start, end, zone, uid(name), sequence, method, kind),
        shape=shape,
        eol=eol,
        ct_method=ct_method,
        filename=filename,
    )
    if fix is not None:
        path = b.DEV / f"{FAM}__{name}.eml"
        path.write_bytes(fix(path.read_bytes()))


SPLIT = "\u2063"  # marks a fold to be moved inside the UTF-8 octets of the character before it


def split_octets(raw: bytes) -> bytes:
    """Move each marked fold inside the multi-octet character before it (RFC 5545 3.1 allows
    a fold between any two octets; several producers fold by octet count)."""
    mark = SPLIT.encode()
    out = raw
    while mark in out:
        at_mark = out.index(mark)
        start = at_mark - 1
        while out[start] & 0xC0 == 0x80:
            start -= 1
        char = out[start:at_mark]
        tail = out[at_mark + len(mark) :]
        assert tail.startswith(b"\r\n ") or tail.startswith(b"\n "), tail[:10]
        fold = b"\r\n " if tail.startswith(b"\r\n ") else b"\n "
        out = out[:start] + char[:1] + fold + char[1:] + tail[len(fold) :]
    return out


def as_text_plain(raw: bytes) -> bytes:
    """Webmail attachment of an .ics typed text/plain (the part keeps its file name)."""
    return raw.replace(
        b"Content-Type: application/octet-stream;", b"Content-Type: text/plain; charset=UTF-8;"
    )


FEISHU = "-//Bytedance Inc.//Feishu Calendar//ZH"
LARK = "-//Bytedance Inc.//Lark Calendar//EN"
WECOM = "-//Tencent//WeCom Calendar 4.1//ZH"
MAILRU = "-//Mail.Ru Group//Calendar//RU"
NAVER = "-//NAVER Corp.//NAVER Calendar//KO"
PROTON = "-//Proton AG//WebCalendar 5.0.32.4//EN"
TUTA = "-//Tutao GmbH//Tuta 220.240101.0//EN"
FASTMAIL = "-//Fastmail/2020.5/EN"
INFOMANIAK = "-//Infomaniak//Calendar 2.0//FR"
SYNOLOGY = "-//Synology Inc.//Synology Calendar 2.4//EN"
KERIO = "-//Kerio Technologies//Kerio Connect 10.0.3//EN"
ICEWARP = "-//IceWarp Software//IceWarp Server 13.0//EN"
AXIGEN = "-//Axigen//Axigen Mail Server 10.5//EN"
OX = "-//Open-Xchange//8.21.0//EN"
HORDE = "-//The Horde Project//Horde iCalendar Library//EN"
TINE = "-//tine20.com//Tine 2.0 Calendar//EN"
TBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"


def batch() -> None:
    h1 = timedelta(hours=1)
    # ---- Feishu / Lark: IANA TZID with a one-rule VTIMEZONE, Chinese summary long enough to fold
    s = at("Asia/Shanghai", 2027, 3, 16, 14, 0)
    one(
        "feishu_shanghai_zh",
        lang="zh",
        producer=FEISHU,
        note="Feishu-style REQUEST: TZID Asia/Shanghai with a one-observance VTIMEZONE, a Chinese SUMMARY and DESCRIPTION folded at 75 octets between characters.",
        start=s,
        end=s + h1,
        zone="Asia/Shanghai",
        sent=at("Asia/Shanghai", 2027, 3, 10, 18, 20),
        org=("王磊", "wanglei@hr.lingyun-tech.example"),
        title="灵云科技 后端开发工程师 二面（技术面试）",
        when="2027年3月16日 14:00-15:00（北京时间）",
        zones=iana_vtz("Asia/Shanghai", "+0800"),
        start_line=f"DTSTART;TZID=Asia/Shanghai:{wall(s)}",
        end_line=f"DTEND;TZID=Asia/Shanghai:{wall(s + h1)}",
        extra=(
            "DESCRIPTION:面试官：王磊、陈静。请提前十分钟进入视频会议室，准备好简历与作品集，并确认摄像头与麦克风正常。面试时长约一小时。",
        ),
    )
    s = at("Asia/Singapore", 2027, 4, 7, 10, 30)
    one(
        "lark_singapore_duration_en",
        lang="en",
        producer=LARK,
        note="Lark-style REQUEST in Singapore time with DURATION:PT45M instead of DTEND and the TZID quoted.",
        start=s,
        end=s + timedelta(minutes=45),
        zone="Asia/Singapore",
        sent=at("Asia/Singapore", 2027, 4, 1, 9, 0),
        org=("Chloe Tan", "chloe.tan@bayleaf-commerce.example"),
        title="Bayleaf Commerce - Product Analyst interview",
        when="Wed 7 Apr 2027, 10:30-11:15 (GMT+8)",
        zones=iana_vtz("Asia/Singapore", "+0800"),
        start_line=f'DTSTART;TZID="Asia/Singapore":{wall(s)}',
        end_line="DURATION:PT45M",
    )
    s = at("Asia/Shanghai", 2027, 5, 11, 9, 30)
    one(
        "feishu_cancel_seq2_zh",
        lang="zh",
        producer=FEISHU,
        note="Feishu-style CANCEL with SEQUENCE:2 and STATUS:CANCELLED; the calendar keeps the original slot.",
        start=s,
        end=s + timedelta(minutes=40),
        zone="Asia/Shanghai",
        sent=at("Asia/Shanghai", 2027, 5, 6, 17, 45),
        org=("刘洋", "liuyang@zhixing-auto.example"),
        title="智行汽车 嵌入式软件工程师 面试",
        when="2027年5月11日 09:30-10:10",
        zones=iana_vtz("Asia/Shanghai", "+0800"),
        start_line=f"DTSTART;TZID=Asia/Shanghai:{wall(s)}",
        end_line=f"DTEND;TZID=Asia/Shanghai:{wall(s + timedelta(minutes=40))}",
        method="CANCEL",
        sequence=2,
        extra=("STATUS:CANCELLED",),
    )
    # ---- WeCom: TZID China Standard Time (a Windows name), no VTIMEZONE
    s = at("Asia/Shanghai", 2027, 6, 2, 15, 0)
    one(
        "wecom_windows_name_novtz_zh",
        lang="zh",
        producer=WECOM,
        note="WeCom-style REQUEST whose TZID is the Windows name 'China Standard Time' with no VTIMEZONE block.",
        start=s,
        end=s + timedelta(minutes=30),
        zone="Asia/Shanghai",
        sent=at("Asia/Shanghai", 2027, 5, 28, 11, 10),
        org=("赵敏", "zhaomin@qinghe-bio.example"),
        title="青禾生物 数据分析师 电话面试",
        when="6月2日（周三）15:00-15:30",
        start_line=f"DTSTART;TZID=China Standard Time:{wall(s)}",
        end_line=f"DTEND;TZID=China Standard Time:{wall(s + timedelta(minutes=30))}",
    )
    # ---- Mail.ru: Moscow with a one-rule VTIMEZONE, LF-only calendar
    s = at("Europe/Moscow", 2027, 2, 24, 11, 0)
    one(
        "mailru_moscow_lf_ru",
        lang="ru",
        producer=MAILRU,
        note="Mail.ru-style REQUEST, Europe/Moscow with a one-observance VTIMEZONE; the calendar part's lines end in LF alone.",
        start=s,
        end=s + h1,
        zone="Europe/Moscow",
        sent=at("Europe/Moscow", 2027, 2, 18, 16, 30),
        org=("Ольга Смирнова", "o.smirnova@severstroy.example"),
        title="Собеседование: инженер-сметчик, ООО «Северстрой»",
        when="24 февраля 2027, 11:00–12:00 (МСК)",
        zones=iana_vtz("Europe/Moscow", "+0300"),
        start_line=f"DTSTART;TZID=Europe/Moscow:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Moscow:{wall(s + h1)}",
        eol="\n",
    )
    # ---- Naver: Asia/Seoul, VALUE=DATE-TIME on DTSTART/DTEND
    s = at("Asia/Seoul", 2027, 3, 9, 16, 0)
    one(
        "naver_seoul_value_datetime_ko",
        lang="ko",
        producer=NAVER,
        note="Naver-style REQUEST writing DTSTART;VALUE=DATE-TIME;TZID=Asia/Seoul (the default value type spelt out).",
        start=s,
        end=s + h1,
        zone="Asia/Seoul",
        sent=at("Asia/Seoul", 2027, 3, 3, 10, 0),
        org=("김지현", "jihyun.kim@hanbit-games.example"),
        title="한빛게임즈 게임 클라이언트 개발자 1차 면접",
        when="2027년 3월 9일 (화) 오후 4:00 ~ 5:00",
        zones=iana_vtz("Asia/Seoul", "+0900"),
        start_line=f"DTSTART;VALUE=DATE-TIME;TZID=Asia/Seoul:{wall(s)}",
        end_line=f"DTEND;VALUE=DATE-TIME;TZID=Asia/Seoul:{wall(s + h1)}",
    )
    # ---- Proton: IANA TZID, no VTIMEZONE, application/ics attachment
    s = at("Europe/Zurich", 2027, 4, 20, 13, 30)
    one(
        "proton_zurich_novtz_appics_en",
        lang="en",
        producer=PROTON,
        note="Proton-style REQUEST: DTSTART;TZID=Europe/Zurich with no VTIMEZONE, sent as an application/ics attachment named invite.ics.",
        start=s,
        end=s + h1,
        zone="Europe/Zurich",
        sent=at("Europe/Zurich", 2027, 4, 14, 8, 40),
        org=("Lea Baumann", "lea.baumann@alpfin.example"),
        title="Alpfin AG - Risk Analyst interview",
        when="Tue 20 April, 13:30-14:30 (Zurich)",
        start_line=f"DTSTART;TZID=Europe/Zurich:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Zurich:{wall(s + h1)}",
        shape="appics",
    )
    # ---- Tuta: UTC times only, no METHOD in the calendar nor in the Content-Type
    s = at("Europe/Berlin", 2027, 5, 5, 10, 0)
    one(
        "tuta_utc_no_method_de",
        lang="de",
        producer=TUTA,
        note="Tuta-style calendar with UTC times and no METHOD anywhere (attachment only); the text names no zone, so none is labelled.",
        start=s,
        end=s + timedelta(minutes=45),
        zone=None,
        sent=at("Europe/Berlin", 2027, 4, 29, 12, 15),
        org=("Jonas Weber", "jonas.weber@gruenhaus-energie.example"),
        title="Vorstellungsgespräch Werkstudent Controlling",
        when="Mi. 05.05.2027, 10:00–10:45 Uhr",
        start_line=f"DTSTART:{utc(s)}",
        end_line=f"DTEND:{utc(s + timedelta(minutes=45))}",
        method=None,
        ct_method=None,
        shape="mixed",
    )
    # ---- Fastmail (Cyrus): Australia/Melbourne with southern DST, in the last DST week
    s = at("Australia/Melbourne", 2027, 3, 30, 9, 0)
    one(
        "fastmail_melbourne_southern_dst_en",
        lang="en",
        producer=FASTMAIL,
        note="Fastmail-style REQUEST, Australia/Melbourne with a southern-hemisphere VTIMEZONE (DST still on, +11:00).",
        start=s,
        end=s + h1,
        zone="Australia/Melbourne",
        sent=at("Australia/Melbourne", 2027, 3, 22, 15, 0),
        org=("Harriet Lowe", "harriet@southbank-analytics.example"),
        title="Southbank Analytics - Data Scientist interview",
        when="Tuesday 30 March, 9:00-10:00am AEDT",
        zones=iana_vtz("Australia/Melbourne", "+1000", "+1100", south=True),
        start_line=f"DTSTART;TZID=Australia/Melbourne:{wall(s)}",
        end_line=f"DTEND;TZID=Australia/Melbourne:{wall(s + h1)}",
    )
    # ---- Infomaniak: Europe/Zurich, PUBLISH
    s = at("Europe/Zurich", 2027, 6, 15, 9, 15)
    one(
        "infomaniak_publish_fr",
        lang="fr",
        producer=INFOMANIAK,
        note="Infomaniak-style calendar with METHOD:PUBLISH, Europe/Zurich and a full VTIMEZONE.",
        start=s,
        end=s + timedelta(minutes=50),
        zone="Europe/Zurich",
        sent=at("Europe/Zurich", 2027, 6, 8, 14, 5),
        org=("Camille Rochat", "c.rochat@lemanvert.example"),
        title="Entretien – Responsable logistique, Léman Vert SA",
        when="mardi 15 juin 2027, 9 h 15 – 10 h 05",
        zones=iana_vtz("Europe/Zurich", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Zurich:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Zurich:{wall(s + timedelta(minutes=50))}",
        method="PUBLISH",
    )
    # ---- Synology: Asia/Taipei, DURATION
    s = at("Asia/Taipei", 2027, 7, 6, 14, 0)
    one(
        "synology_taipei_duration_en",
        lang="en",
        producer=SYNOLOGY,
        note="Synology-style REQUEST, Asia/Taipei with a VTIMEZONE and DURATION:PT1H30M.",
        start=s,
        end=s + timedelta(minutes=90),
        zone="Asia/Taipei",
        sent=at("Asia/Taipei", 2027, 6, 30, 9, 30),
        org=("Kevin Lin", "kevin.lin@jadepeak-semi.example"),
        title="Jadepeak Semiconductor - Firmware Engineer onsite interview",
        when="July 6, 2:00-3:30 PM (Taipei)",
        zones=iana_vtz("Asia/Taipei", "+0800"),
        start_line=f"DTSTART;TZID=Asia/Taipei:{wall(s)}",
        end_line="DURATION:PT1H30M",
    )
    # ---- Kerio: Windows display name as TZID, quoted, with an Outlook-like VTIMEZONE
    tz = "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague"
    s = at("Europe/Budapest", 2027, 4, 13, 9, 0)
    one(
        "kerio_display_name_cs",
        lang="cs",
        producer=KERIO,
        note="Kerio-style REQUEST whose TZID is the Windows display name of Central Europe Standard Time, quoted in DTSTART (it holds a colon and commas), with a 1601 VTIMEZONE; summer time.",
        start=s,
        end=s + h1,
        zone="Europe/Budapest",
        sent=at("Europe/Prague", 2027, 4, 6, 13, 0),
        org=("Petra Nováková", "novakova@vltava-systems.example"),
        title="Pohovor – vývojář Java, Vltava Systems",
        when="úterý 13. 4. 2027, 9:00–10:00",
        zones=outlook_vtz(tz, "+0100", "+0200"),
        start_line=f'DTSTART;TZID="{tz}":{wall(s)}',
        end_line=f'DTEND;TZID="{tz}":{wall(s + h1)}',
    )
    # ---- IceWarp: leading-slash TZID
    s = at("Europe/Berlin", 2027, 3, 3, 15, 0)
    one(
        "icewarp_leading_slash_de",
        lang="de",
        producer=ICEWARP,
        note="IceWarp-style REQUEST with TZID /Europe/Berlin (a leading slash, RFC 5545's globally unique prefix) and a VTIMEZONE of the same name; winter time.",
        start=s,
        end=s + h1,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 2, 24, 10, 0),
        org=("Sabine Holz", "s.holz@ruhrtakt.example"),
        title="Vorstellungsgespräch Disponent (m/w/d)",
        when="Mi. 3. März 2027, 15:00–16:00 Uhr",
        zones=iana_vtz("/Europe/Berlin", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=/Europe/Berlin:{wall(s)}",
        end_line=f"DTEND;TZID=/Europe/Berlin:{wall(s + h1)}",
    )
    # ---- Axigen: /mozilla.org/ path TZID with no VTIMEZONE
    tz = "/mozilla.org/20070129_1/Europe/Bucharest"
    s = at("Europe/Bucharest", 2027, 5, 18, 11, 0)
    one(
        "axigen_mozilla_path_ro",
        lang="ro",
        producer=AXIGEN,
        note="Axigen-style REQUEST carrying an old Sunbird path TZID /mozilla.org/20070129_1/Europe/Bucharest with no VTIMEZONE; summer time (+03:00).",
        start=s,
        end=s + h1,
        zone="Europe/Bucharest",
        sent=at("Europe/Bucharest", 2027, 5, 11, 9, 20),
        org=("Ioana Popescu", "ioana.popescu@carpatsoft.example"),
        title="Interviu – Analist QA, CarpatSoft",
        when="marți, 18 mai 2027, 11:00–12:00",
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    # ---- Open-Xchange: update with RECURRENCE-ID on a one-off (moved slot)
    s0 = at("Europe/Berlin", 2027, 9, 14, 10, 0)
    s = at("Europe/Berlin", 2027, 9, 16, 14, 0)
    one(
        "ox_moved_seq1_de",
        lang="de",
        producer=OX,
        note="Open-Xchange-style REQUEST with SEQUENCE:1 moving the slot two days later; the VTIMEZONE and DTSTART in Europe/Berlin.",
        start=s,
        end=s + h1,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 9, 8, 11, 0),
        org=("Markus Lange", "m.lange@elbtal-medien.example"),
        title="Vorstellungsgespräch Redakteur Online",
        when=f"Do. 16.09.2027, 14:00–15:00 Uhr (statt {s0:%d.%m.} 10:00)",
        zones=iana_vtz("Europe/Berlin", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Berlin:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Berlin:{wall(s + h1)}",
        sequence=1,
    )
    s0 = at("Europe/Rome", 2027, 10, 5, 9, 0)
    s = at("Europe/Rome", 2027, 10, 5, 11, 30)
    one(
        "ox_recurrence_id_override_it",
        lang="it",
        producer=OX,
        note="Open-Xchange-style REQUEST holding only an override VEVENT (RECURRENCE-ID of the original slot, new DTSTART two and a half hours later, SEQUENCE:1).",
        start=s,
        end=s + h1,
        zone="Europe/Rome",
        sent=at("Europe/Rome", 2027, 9, 28, 16, 0),
        org=("Giulia Ferri", "g.ferri@vesuvio-design.example"),
        title="Colloquio – UX Designer, Vesuvio Design",
        when="martedì 5 ottobre, 11:30–12:30",
        zones=iana_vtz("Europe/Rome", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Rome:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Rome:{wall(s + h1)}",
        sequence=1,
        before=(f"RECURRENCE-ID;TZID=Europe/Rome:{wall(s0)}",),
    )
    # ---- Horde: VALUE=DATE-TIME placed after TZID, Europe/Paris
    s = at("Europe/Paris", 2027, 11, 3, 14, 30)
    one(
        "horde_paris_value_after_tzid_fr",
        lang="fr",
        producer=HORDE,
        note="Horde-style REQUEST writing DTSTART;TZID=Europe/Paris;VALUE=DATE-TIME (parameter order reversed); winter time.",
        start=s,
        end=s + h1,
        zone="Europe/Paris",
        sent=at("Europe/Paris", 2027, 10, 27, 10, 0),
        org=("Julien Marchand", "j.marchand@boreal-conseil.example"),
        title="Entretien – Consultant junior, Boréal Conseil",
        when="mercredi 3 novembre, 14 h 30 – 15 h 30",
        zones=iana_vtz("Europe/Paris", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Paris;VALUE=DATE-TIME:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Paris;VALUE=DATE-TIME:{wall(s + h1)}",
    )
    # ---- Tine: Europe/Vienna, ATTACH with inline data
    s = at("Europe/Vienna", 2027, 4, 22, 9, 30)
    pdf = base64.b64encode(
        b"%PDF-1.4\n% Interviewleitfaden Tine-Test\n" + bytes(range(256)) * 2
    ).decode()
    one(
        "tine_vienna_attach_binary_de",
        lang="de",
        producer=TINE,
        note="Tine-style REQUEST, Europe/Vienna, carrying an inline ATTACH;ENCODING=BASE64;VALUE=BINARY of several hundred octets folded over many lines before SEQUENCE.",
        start=s,
        end=s + h1,
        zone="Europe/Vienna",
        sent=at("Europe/Vienna", 2027, 4, 15, 14, 0),
        org=("Katharina Eder", "k.eder@donauwerk.example"),
        title="Vorstellungsgespräch Buchhaltung",
        when="Do. 22. April 2027, 09:30–10:30",
        zones=iana_vtz("Europe/Vienna", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Vienna:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Vienna:{wall(s + h1)}",
        before=(
            f"ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=application/pdf;X-FILENAME=Ablauf.pdf:{pdf}",
        ),
    )
    # ---- Thunderbird: localised custom VTIMEZONE name with X-LIC-LOCATION
    tz = "Mitteleuropäische Zeit"
    s = at("Europe/Berlin", 2027, 6, 9, 10, 0)
    one(
        "tbird_localised_tzid_lic_de",
        lang="de",
        producer=TBIRD,
        note="Thunderbird-style REQUEST whose VTIMEZONE is named 'Mitteleuropäische Zeit' (non-ASCII) with X-LIC-LOCATION:Europe/Berlin.",
        start=s,
        end=s + h1,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 6, 2, 9, 0),
        org=("Dirk Sommer", "d.sommer@weserlicht.example"),
        title="Vorstellungsgespräch Elektroniker",
        when="Mi. 09.06.2027, 10:00–11:00",
        zones=iana_vtz(tz, "+0100", "+0200", lic="Europe/Berlin"),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    tz = "Zona horaria de la oficina"
    s = at("Europe/Madrid", 2027, 10, 28, 16, 0)
    one(
        "tbird_custom_name_madrid_es",
        lang="es",
        producer=TBIRD,
        note="Thunderbird-style REQUEST with a custom VTIMEZONE name 'Zona horaria de la oficina' (no IANA name, no X-LIC-LOCATION), EU rules; after the October switch (+01:00). No zone labelled.",
        start=s,
        end=s + h1,
        zone=None,
        sent=at("Europe/Madrid", 2027, 10, 20, 12, 0),
        org=("Lucía Navarro", "lucia.navarro@olivar-foods.example"),
        title="Entrevista – Técnico de calidad, Olivar Foods",
        when="jueves 28 de octubre, 16:00–17:00",
        zones=iana_vtz(tz, "+0100", "+0200"),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    # ---- Outlook: Windows names and an unnamed Customized Time Zone
    tz = "Tokyo Standard Time"
    s = at("Asia/Tokyo", 2027, 3, 25, 13, 0)
    one(
        "outlook_tokyo_windows_ja",
        lang="ja",
        producer=OUTLOOK,
        note="Outlook REQUEST with TZID 'Tokyo Standard Time' and a 1601 VTIMEZONE of one observance.",
        start=s,
        end=s + h1,
        zone="Asia/Tokyo",
        sent=at("Asia/Tokyo", 2027, 3, 18, 10, 0),
        org=("佐藤 美咲", "m.sato@sakura-robotics.example"),
        title="【サクラロボティクス】制御エンジニア 一次面接",
        when="2027年3月25日（木）13:00～14:00",
        zones=outlook_vtz(tz, "+0900", None),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
        shape="gmail",
    )
    tz = "Customized Time Zone"
    s = at("Europe/Warsaw", 2027, 3, 31, 12, 0)
    one(
        "outlook_customized_nocdo_pl",
        lang="pl",
        producer=OUTLOOK,
        note="Outlook REQUEST with TZID 'Customized Time Zone' and EU rules but no X-MICROSOFT-CDO-TZID: the instant is exact, no zone is named.",
        start=s,
        end=s + h1,
        zone=None,
        sent=at("Europe/Warsaw", 2027, 3, 24, 9, 30),
        org=("Anna Zielińska", "a.zielinska@wislatech.example"),
        title="Rozmowa kwalifikacyjna – Specjalista ds. płac",
        when="środa, 31 marca 2027, 12:00–13:00",
        zones=outlook_vtz(tz, "+0100", "+0200"),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    tz = "E. South America Standard Time"
    s = at("America/Sao_Paulo", 2027, 8, 10, 10, 0)
    one(
        "outlook_sao_paulo_windows_ptbr",
        lang="pt-BR",
        producer=OUTLOOK,
        note="Outlook REQUEST with TZID 'E. South America Standard Time' and a fixed -0300 VTIMEZONE (Brazil without DST).",
        start=s,
        end=s + timedelta(minutes=45),
        zone="America/Sao_Paulo",
        sent=at("America/Sao_Paulo", 2027, 8, 3, 15, 0),
        org=("Fernanda Alves", "fernanda.alves@ipeamarelo.example"),
        title="Entrevista – Analista Financeiro Pleno",
        when="terça-feira, 10 de agosto, 10h às 10h45",
        zones=outlook_vtz(tz, "-0300", None),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + timedelta(minutes=45))}",
    )
    tz = "Turkey Standard Time"
    s = at("Europe/Istanbul", 2027, 5, 25, 14, 0)
    one(
        "outlook_istanbul_windows_novtz_tr",
        lang="tr",
        producer=OUTLOOK,
        note="Outlook REQUEST with TZID 'Turkey Standard Time' and no VTIMEZONE.",
        start=s,
        end=s + h1,
        zone="Europe/Istanbul",
        sent=at("Europe/Istanbul", 2027, 5, 18, 11, 0),
        org=("Elif Demir", "elif.demir@bogazlojistik.example"),
        title="Mülakat – Lojistik Uzmanı, Boğaz Lojistik",
        when="25 Mayıs 2027 Salı, 14:00–15:00",
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    # ---- Google: PUBLISH with X-WR-TIMEZONE and floating times
    s = at("America/Mexico_City", 2027, 2, 17, 11, 0)
    one(
        "google_xwr_floating_es",
        lang="es",
        producer=GOOGLE,
        note="Google-export-style calendar (METHOD:PUBLISH) with X-WR-TIMEZONE:America/Mexico_City and floating DTSTART/DTEND.",
        start=s,
        end=s + h1,
        zone="America/Mexico_City",
        sent=at("America/Mexico_City", 2027, 2, 10, 9, 0),
        org=("Diego Ramírez", "diego.ramirez@mezcalito-labs.example"),
        title="Entrevista – Desarrollador Backend, Mezcalito Labs",
        when="miércoles 17 de febrero, 11:00–12:00",
        head=(
            "CALSCALE:GREGORIAN",
            "X-WR-CALNAME:Entrevistas",
            "X-WR-TIMEZONE:America/Mexico_City",
        ),
        method="PUBLISH",
        start_line=f"DTSTART:{wall(s)}",
        end_line=f"DTEND:{wall(s + h1)}",
    )
    s = at("America/Chicago", 2027, 3, 16, 9, 0)
    one(
        "google_xwr_quoted_tzid_en",
        lang="en",
        producer=GOOGLE,
        note='Google-style REQUEST with X-WR-TIMEZONE and DTSTART;TZID="America/Chicago" quoted; two days after the US spring change (CDT).',
        start=s,
        end=s + timedelta(minutes=30),
        zone="America/Chicago",
        sent=at("America/Chicago", 2027, 3, 9, 14, 0),
        org=("Brianna Cole", "brianna.cole@prairiewind.example"),
        title="Prairie Wind Energy - Field Technician phone screen",
        when="Tue Mar 16, 2027 9am - 9:30am (Central Time - Chicago)",
        head=("CALSCALE:GREGORIAN", "X-WR-TIMEZONE:America/Chicago"),
        start_line=f'DTSTART;TZID="America/Chicago":{wall(s)}',
        end_line=f'DTEND;TZID="America/Chicago":{wall(s + timedelta(minutes=30))}',
    )
    # ---- cancellations and updates from more producers
    s = at("Europe/Madrid", 2027, 4, 27, 10, 0)
    one(
        "sabre_cancel_seq3_es",
        lang="es",
        producer="-//Sabre//Sabre VObject 4.5.6//EN",
        note="Sabre-style CANCEL with SEQUENCE:3, TZID Europe/Madrid with VTIMEZONE, no DTEND but DURATION.",
        start=s,
        end=s + timedelta(minutes=45),
        zone="Europe/Madrid",
        sent=at("Europe/Madrid", 2027, 4, 20, 18, 0),
        org=("Marta Gil", "marta.gil@almendra-retail.example"),
        title="Entrevista – Jefe de tienda",
        when="martes 27 de abril, 10:00–10:45",
        zones=iana_vtz("Europe/Madrid", "+0100", "+0200"),
        start_line=f"DTSTART;TZID=Europe/Madrid:{wall(s)}",
        end_line="DURATION:PT45M",
        method="CANCEL",
        sequence=3,
        extra=("STATUS:CANCELLED",),
    )
    s = at("Asia/Shanghai", 2027, 7, 20, 10, 0)
    one(
        "lark_moved_seq1_lf_zh",
        lang="zh",
        producer=LARK,
        note="Lark-style REQUEST with SEQUENCE:1 (time moved), LF-only calendar, quoted TZID.",
        start=s,
        end=s + h1,
        zone="Asia/Shanghai",
        sent=at("Asia/Shanghai", 2027, 7, 14, 20, 0),
        org=("周婷", "zhouting@yuanhang-edu.example"),
        title="远航教育 课程设计师 复试",
        when="7月20日 10:00-11:00（改期）",
        zones=iana_vtz("Asia/Shanghai", "+0800"),
        start_line=f'DTSTART;TZID="Asia/Shanghai":{wall(s)}',
        end_line=f'DTEND;TZID="Asia/Shanghai":{wall(s + h1)}',
        sequence=1,
        eol="\n",
    )
    s = at("Europe/London", 2027, 10, 26, 15, 0)
    one(
        "proton_london_after_switch_en",
        lang="en",
        producer=PROTON,
        note="Proton-style REQUEST, Europe/London two days after the October switch (GMT), with a VTIMEZONE, DTSTART;VALUE=DATE-TIME.",
        start=s,
        end=s + h1,
        zone="Europe/London",
        sent=at("Europe/London", 2027, 10, 19, 10, 0),
        org=("Oliver Grant", "oliver.grant@thamesgate.example"),
        title="Thamesgate Housing - Surveyor interview",
        when="Tuesday 26 October, 15:00-16:00",
        zones=iana_vtz("Europe/London", "+0000", "+0100"),
        start_line=f"DTSTART;VALUE=DATE-TIME;TZID=Europe/London:{wall(s)}",
        end_line=f"DTEND;VALUE=DATE-TIME;TZID=Europe/London:{wall(s + h1)}",
    )
    s = at("Europe/Moscow", 2027, 9, 7, 16, 0)
    one(
        "mailru_utc_publish_ru",
        lang="ru",
        producer=MAILRU,
        note="Mail.ru-style PUBLISH with UTC times only; the text writes МСК (one zone, but an abbreviation: no zone labelled).",
        start=s,
        end=s + h1,
        zone=None,
        sent=at("Europe/Moscow", 2027, 9, 1, 12, 0),
        org=("Игорь Волков", "i.volkov@uralmash-it.example"),
        title="Собеседование: DevOps-инженер",
        when="7 сентября, 16:00–17:00 МСК",
        start_line=f"DTSTART:{utc(s)}",
        end_line=f"DTEND:{utc(s + h1)}",
        method="PUBLISH",
    )

    global ROUND1
    ROUND1 = len(b.WRITTEN)
    round2()


ROUND1 = 0


def round2() -> None:
    """Second round, written after the first parsed clean: folds inside UTF-8 characters,
    lower-case parameter names, a VTIMEZONE after the VEVENT, CDO numbers, tab folds, offsets
    as TZIDs, a text/plain .ics, Windows display names west of UTC, two VEVENTs out of order."""
    h1 = timedelta(hours=1)
    tz = "Mitteleuropäische Sommerzeit"
    s = at("Europe/Berlin", 2027, 7, 13, 10, 0)
    one(
        "tbird_fold_inside_umlaut_de",
        lang="de",
        producer=TBIRD,
        note="Thunderbird-style REQUEST with a localised VTIMEZONE name (X-LIC-LOCATION:Europe/Berlin); the DTSTART line is folded between the two octets of its 'ä' (octet-counting fold).",
        start=s,
        end=s + h1,
        zone="Europe/Berlin",
        sent=at("Europe/Berlin", 2027, 7, 6, 9, 0),
        org=("Frauke Jansen", "f.jansen@nordlicht-solar.example"),
        title="Vorstellungsgespräch Projektingenieur",
        when="Di. 13.07.2027, 10:00–11:00",
        zones=iana_vtz(tz, "+0100", "+0200", lic="Europe/Berlin"),
        start_line="DTSTART;TZID=Mitteleurop\u00e4" + SPLIT,
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
        fix=split_octets,
        start_cont=f" ische Sommerzeit:{wall(s)}",
    )
    tz = "北京时间"
    s = at("Asia/Shanghai", 2027, 8, 17, 14, 0)
    one(
        "dingtalk_fold_inside_cjk_tzid_zh",
        lang="zh",
        producer="-//Alibaba//DingTalk Calendar 7.0//ZH",
        note="DingTalk-style REQUEST with a custom TZID '北京时间' (fixed +0800, no IANA name, so no zone labelled); DTSTART and SUMMARY folded inside a three-octet character.",
        start=s,
        end=s + h1,
        zone=None,
        sent=at("Asia/Shanghai", 2027, 8, 10, 19, 0),
        org=("孙丽", "sunli@jinqiao-logistics.example"),
        title="金桥物流 供应链分析师 终面",
        when="8月17日 14:00-15:00（北京时间）",
        zones=iana_vtz(tz, "+0800"),
        start_line="DTSTART;TZID=北京" + SPLIT,
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
        fix=split_octets,
        start_cont=f" 时间:{wall(s)}",
    )
    s = at("Europe/Oslo", 2027, 11, 16, 13, 0)
    one(
        "horde_lowercase_params_nb",
        lang="en",
        producer=HORDE,
        note="Horde-style REQUEST with lower-case parameter names (DTSTART;tzid=Europe/Oslo, RFC 5545 3.2: case-insensitive); winter time.",
        start=s,
        end=s + h1,
        zone="Europe/Oslo",
        sent=at("Europe/Oslo", 2027, 11, 9, 9, 0),
        org=("Ingrid Solberg", "ingrid.solberg@fjordkraft-data.example"),
        title="Fjordkraft Data - Backend Developer interview",
        when="Tuesday 16 November, 13:00-14:00 (Oslo)",
        zones=iana_vtz("Europe/Oslo", "+0100", "+0200"),
        start_line=f"DTSTART;tzid=Europe/Oslo:{wall(s)}",
        end_line=f"DTEND;tzid=Europe/Oslo:{wall(s + h1)}",
    )
    tz = "Středoevropský čas"
    s = at("Europe/Prague", 2027, 10, 12, 9, 30)
    one(
        "kerio_vtimezone_after_vevent_cs",
        lang="cs",
        producer=KERIO,
        note="Kerio-style REQUEST whose VTIMEZONE ('Středoevropský čas', X-LIC-LOCATION:Europe/Prague) comes after the VEVENT, and DURATION:P0DT1H30M0S (every field written).",
        start=s,
        end=s + timedelta(minutes=90),
        zone="Europe/Prague",
        sent=at("Europe/Prague", 2027, 10, 5, 14, 0),
        org=("Tomáš Dvořák", "dvorak@moravia-pay.example"),
        title="Pohovor – analytik plateb",
        when="úterý 12. října, 9:30–11:00",
        zones=iana_vtz(tz, "+0100", "+0200", lic="Europe/Prague"),
        zones_after=True,
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line="DURATION:P0DT1H30M0S",
    )
    tz = "Customized Time Zone"
    s = at("Europe/Paris", 2027, 3, 30, 10, 0)
    one(
        "outlook_customized_cdo3_fr",
        lang="fr",
        producer=OUTLOOK,
        note="Outlook REQUEST with TZID 'Customized Time Zone' and X-MICROSOFT-CDO-TZID:3 (cdoParis), two days after the March switch.",
        start=s,
        end=s + h1,
        zone="Europe/Paris",
        sent=at("Europe/Paris", 2027, 3, 23, 9, 0),
        org=("Sophie Lefèvre", "s.lefevre@garonne-aero.example"),
        title="Entretien – Ingénieur méthodes, Garonne Aéro",
        when="mardi 30 mars, 10 h – 11 h",
        zones=outlook_vtz(tz, "+0100", "+0200", cdo="3"),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    s = at("America/New_York", 2027, 11, 9, 11, 0)
    one(
        "icewarp_leading_slash_novtz_en",
        lang="en",
        producer=ICEWARP,
        note="IceWarp-style REQUEST with TZID /America/New_York and no VTIMEZONE; the week after the November change (EST).",
        start=s,
        end=s + timedelta(minutes=45),
        zone="America/New_York",
        sent=at("America/New_York", 2027, 11, 2, 10, 0),
        org=("Marcus Reed", "m.reed@hudsonline-freight.example"),
        title="Hudsonline Freight - Operations Manager interview",
        when="Tue Nov 9, 11:00-11:45 AM",
        start_line=f"DTSTART;TZID=/America/New_York:{wall(s)}",
        end_line=f"DTEND;TZID=/America/New_York:{wall(s + timedelta(minutes=45))}",
    )
    tz = "/mozilla.org/20050126_1/Asia/Kolkata"
    s = at("Asia/Kolkata", 2027, 2, 9, 11, 30)
    one(
        "sunbird_path_with_vtz_en",
        lang="en",
        producer="-//Mozilla.org/NONSGML Mozilla Calendar V1.0//EN",
        note="Sunbird-style REQUEST: TZID /mozilla.org/20050126_1/Asia/Kolkata with a VTIMEZONE of that name (fixed +0530, no X-LIC-LOCATION).",
        start=s,
        end=s + h1,
        zone="Asia/Kolkata",
        sent=at("Asia/Kolkata", 2027, 2, 2, 12, 0),
        org=("Ananya Rao", "ananya.rao@deccan-fintech.example"),
        title="Deccan Fintech - QA Engineer interview",
        when="Tuesday 9 February, 11:30 AM - 12:30 PM IST",
        zones=iana_vtz(tz, "+0530"),
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    tz = "/Europe/Rome"
    s = at("Europe/Rome", 2027, 6, 24, 15, 30)
    one(
        "icewarp_tab_fold_it",
        lang="it",
        producer=ICEWARP,
        note="IceWarp-style REQUEST folded with a TAB (RFC 5545 3.1 allows it), TZID /Europe/Rome with a VTIMEZONE; the long ORGANIZER and DTSTART lines fold.",
        start=s,
        end=s + h1,
        zone="Europe/Rome",
        sent=at("Europe/Rome", 2027, 6, 17, 11, 0),
        org=(
            "Francesca Bellandi de Cristofaro Moretti",
            "francesca.bellandi-moretti@toscana-meccanica.example",
        ),
        title="Colloquio di selezione – Tecnico di manutenzione meccanica, Toscana Meccanica S.p.A.",
        when="giovedì 24 giugno, 15:30–16:30",
        zones=iana_vtz(tz, "+0100", "+0200"),
        start_line=f"DTSTART;VALUE=DATE-TIME;TZID={tz};X-ICEWARP-ORIGINAL-ZONE=Europe/Rome:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
        lead="\t",
    )
    s = at("Europe/Moscow", 2027, 4, 14, 12, 0)
    one(
        "mailru_text_plain_ics_ru",
        lang="ru",
        producer=MAILRU,
        note="Mail.ru-web-style mail whose invite.ics attachment is typed text/plain (file name kept), METHOD:REQUEST inside; Europe/Moscow without VTIMEZONE.",
        start=s,
        end=s + h1,
        zone="Europe/Moscow",
        sent=at("Europe/Moscow", 2027, 4, 7, 10, 0),
        org=("Наталья Кузнецова", "n.kuznetsova@volga-pharm.example"),
        title="Собеседование: менеджер по закупкам",
        when="14 апреля, 12:00–13:00 по Москве",
        start_line=f"DTSTART;TZID=Europe/Moscow:{wall(s)}",
        end_line=f"DTEND;TZID=Europe/Moscow:{wall(s + h1)}",
        shape="octet",
        fix=as_text_plain,
    )
    tz = "(UTC-05:00) Bogota, Lima, Quito, Rio Branco"
    s = at("America/Bogota", 2027, 5, 20, 9, 0)
    one(
        "outlook_display_bogota_es",
        lang="es",
        producer=OUTLOOK,
        note="Outlook REQUEST whose TZID is the Windows display name of SA Pacific Standard Time (quoted in DTSTART), fixed -0500 VTIMEZONE.",
        start=s,
        end=s + h1,
        zone="America/Bogota",
        sent=at("America/Bogota", 2027, 5, 13, 8, 0),
        org=("Valentina Ríos", "valentina.rios@andina-seguros.example"),
        title="Entrevista – Analista actuarial, Andina Seguros",
        when="jueves 20 de mayo, 9:00–10:00 a. m.",
        zones=outlook_vtz(tz, "-0500", None),
        start_line=f'DTSTART;TZID="{tz}":{wall(s)}',
        end_line=f'DTEND;TZID="{tz}":{wall(s + h1)}',
    )
    tz = "GMT+08:00"
    s = at("Asia/Shanghai", 2027, 9, 21, 10, 0)
    one(
        "dingtalk_offset_tzid_zh",
        lang="zh",
        producer="-//Alibaba//DingTalk Calendar 7.0//ZH",
        note="DingTalk-style REQUEST with TZID 'GMT+08:00' and no VTIMEZONE: an offset, so the instant is exact and no zone is labelled.",
        start=s,
        end=s + h1,
        zone=None,
        sent=at("Asia/Shanghai", 2027, 9, 14, 16, 0),
        org=("何静", "hejing@donghai-bank.example"),
        title="东海银行 风控专员 面试",
        when="9月21日 10:00-11:00",
        start_line=f"DTSTART;TZID={tz}:{wall(s)}",
        end_line=f"DTEND;TZID={tz}:{wall(s + h1)}",
    )
    two_rounds()


def two_rounds() -> None:
    """Naver-style PUBLISH of an interview day: two VEVENTs (two UIDs), the later round first.
    As calparts16 labels such days: the earliest start, the method; no end or uid (two answers)."""
    name = "naver_two_vevents_later_first_ko"
    z = "Asia/Seoul"
    s1 = at(z, 2027, 6, 22, 10, 0)
    s2 = at(z, 2027, 6, 22, 14, 0)
    sent = at(z, 2027, 6, 15, 11, 0)
    org = ("박서준", "seojun.park@mirae-mobility.example")

    def ev(key: str, s: datetime, title: str) -> list[str]:
        return [
            "BEGIN:VEVENT",
            f"UID:{uid(key)}",
            stamp(sent),
            f"DTSTART;TZID={z}:{wall(s)}",
            f"DTEND;TZID={z}:{wall(s + timedelta(hours=1))}",
            f"SUMMARY:{title}",
            *people(org),
            "SEQUENCE:0",
            "END:VEVENT",
        ]

    cal = b.vcal(
        NAVER,
        "PUBLISH",
        [
            *iana_vtz(z, "+0900"),
            *ev(name + "/2", s2, "미래모빌리티 임원 면접"),
            *ev(name + "/1", s1, "미래모빌리티 실무 면접"),
        ],
    )
    b.mail(
        FAM,
        name,
        lang="ko",
        template=NAVER,
        note="Naver-style PUBLISH with two VEVENTs (two UIDs) for one interview day, the 14:00 round written before the 10:00 round; the day starts at 10:00 (end and uid not labelled: two answers).",
        sent=sent,
        org=org,
        subject="미래모빌리티 면접 일정 안내",
        text=f"Alex 님, 안녕하세요.\n\n6월 22일 면접 일정입니다.\n실무 면접: 오전 10:00 ~ 11:00\n임원 면접: 오후 2:00 ~ 3:00\n캘린더 파일을 첨부합니다.\n\n감사합니다.\n{org[0]}\n",
        cal=cal,
        label={
            "kind": "invitation",
            "start": s1.isoformat(),
            "all_day": False,
            "timezone": z,
            "method": "PUBLISH",
        },
        shape="appics",
    )


def hold_out() -> list[str]:
    """Move a seeded third to heldout/ as family cal77h: dev names sorted by SHA-256, every
    third from the first within each round (round 2 was written after round 1 had been parsed,
    so round 1's split stays as it was), chosen from the names alone before any parse."""
    moved: list[str] = []
    for part in (b.WRITTEN[:ROUND1], b.WRITTEN[ROUND1:]):
        stems = sorted(
            (stem for _f, stem, _n in part), key=lambda s: hashlib.sha256(s.encode()).hexdigest()
        )
        moved += stems[::3]
    for stem in moved:
        held = stem.replace(f"{FAM}__", f"{HELD_FAM}__", 1)
        (b.DEV / stem).replace(HELDOUT / held)
        label = json.loads((b.DEV / f"{stem}.expected.json").read_text())
        label["source"]["family"] = HELD_FAM
        (HELDOUT / f"{held}.expected.json").write_text(
            json.dumps(label, indent=2, ensure_ascii=False) + "\n"
        )
        (b.DEV / f"{stem}.expected.json").unlink()
    return moved


def provenance(moved: list[str]) -> None:
    lines = [
        "# PROVENANCE-cal77",
        "",
        "Rendered by `build_cal77.py` with build_cal64.py's mail helpers. Producer shapes recalled from",
        "their public documentation and output (Feishu/Lark, WeCom, Mail.ru, Naver, Proton, Tuta, Fastmail,",
        "Infomaniak, Synology, Kerio, IceWarp, Axigen, Open-Xchange, Horde, Tine, Thunderbird, Outlook,",
        "Google, Sabre); PRODIDs are written as such software writes them, no text copied. People,",
        "companies, UIDs and prose are ours.",
        "",
        "Labels were written from the zoneinfo datetimes the calendars are rendered from, before any",
        "parse. A zone is labelled when the calendar names one (an IANA name, also quoted, behind a",
        "leading slash or a /mozilla.org/ path, a Windows ID or display name, X-LIC-LOCATION,",
        "X-WR-TIMEZONE over floating times); a custom VTIMEZONE name, 'Customized Time Zone' without",
        "X-MICROSOFT-CDO-TZID and UTC-only calendars get none.",
        "",
        f"Held out: {len(moved)} files (dev names sorted by SHA-256, every third from the first within each round, before",
        "any parse), renamed to family cal77h, listed by name only below.",
        "",
        "Figures (quick.py, all compared fields): first sight on main (4eed10cc) round 1 dev 20/20,",
        "held out 10/10; round 2 dev 7/8 (the two-VEVENT day read from the round written first), held",
        "out 4/4. After the cal77 fix (of several one-off events, the first still ahead): dev 28/28,",
        "held out 14/14; whole corpus WORSE 0.",
        "",
        "| file | note |",
        "|---|---|",
    ]
    for _fam, stem, note in b.WRITTEN:
        shown = (
            f"heldout/{stem.replace(f'{FAM}__', f'{HELD_FAM}__', 1)}"
            if stem in moved
            else f"dev/{stem}"
        )
        lines.append(f"| `{shown}` | {note if stem not in moved else ''} |")
    (HERE / "PROVENANCE-cal77.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    for old in [*b.DEV.glob(f"{FAM}__*"), *HELDOUT.glob(f"{HELD_FAM}__*")]:
        old.unlink()
    batch()
    held = hold_out()
    provenance(held)
    print(len(b.WRITTEN), "mails,", len(held), "held out")
