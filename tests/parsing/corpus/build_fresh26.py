# ruff: noqa: E501  (one mail or calendar line per source line reads better than split strings)
"""Write the fresh26 batch: first sight on four pieces of software the corpus had not used.

Run: .venv/bin/python tests/parsing/corpus/build_fresh26.py

Rendered from the real templates and translations of
  - OBM (linagora/OBM@f27e8c73): calendar notification mails ui/views/mail/calendar/{en,fr,vi,zh}/
    event_invitation / event_notice / event_cancel / event_update / resource_reservation
    (.plain.php), subjects from ui/locale/{fr,vi,zh}.php, dates as Of_Date::getOutputDateTime
    ('d/m/Y H:i' by default, user formats 'Y-m-d', 12H) and an iMIP part (REQUEST/CANCEL) as
    calendar_mailer.php attaches one; notices go without it;
  - Horilla HRMS (horilla-opensource/horilla@72e7198f): load_data/mail_templates.json
    ('Interview Template', 'Application Received Template', 'Application Status - Not
    Selected', 'Candidate Self Tracking Portal Automation'), the localized interview sentences
    of recruitment/views/views.py (verb_de/verb_fr/verb_es/verb_ar) and Django's localized
    date/time formats (en 'N j, Y' + 'P' -> 'Jan. 14, 2027', '2:30 p.m.', 'noon'); HTML only;
  - Jitsi JMB (lspagnol/jitsi-jmb@6ea65d8e): inc/mail_tpl_{new,edit,del,reminder}.sh for the
    guest/moderator/owner roles and the subjects of etc/jmb.cf (fr);
  - Gancio (lesion/gancio@dea1bd9e): server/emails/event/{html,subject}.pug, layout.pug and
    locales/email/*.json, dates as Luxon 'EEEE, d MMMM HH:mm' in the instance locale.

People, companies, places, rooms and identifiers are made up; dates are in 2027.
Held out (chosen by software before any parse): jmb26, gancio26.
See PROVENANCE-fresh26.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

from babel.dates import format_datetime as babel_dt

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cq20", HERE / "build_calquirks20.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["cq20"] = module
    spec.loader.exec_module(module)
    return module


q = _load()
cp = q.cp
label = cp.label
cp.RULES.setdefault("Asia/Ho_Chi_Minh", ("+0700", None, None, None))
cp.RULES.setdefault("Asia/Shanghai", ("+0800", None, None, None))

SPLITS = {
    "obm26": "dev",
    "horilla26": "dev",
    "jmb26": "heldout",
    "gancio26": "heldout",
}
LICENSE = {
    "obm26": "AGPL-3.0 (OBM templates and locale strings); our text, people and identifiers",
    "horilla26": "LGPL-2.1 (Horilla mail templates and sentences); our text, people and identifiers",
    "jmb26": "GPL-3.0 (jitsi-jmb mail templates); our text, people and identifiers",
    "gancio26": "AGPL-3.0 (Gancio mail templates and locales); our text, people and identifiers",
}
TEMPLATE = {
    "obm26": "linagora/OBM@f27e8c7359a2906abff79bb36ab9728b6814829a:ui/views/mail/calendar/{en,fr,vi,zh}/{event_invitation,event_notice,event_cancel,event_update,resource_reservation,recurrent_event_invitation}.plain.php; subjects ui/locale/{fr,vi,zh}.php; ui/php/calendar/calendar_mailer.php",
    "horilla26": "horilla-opensource/horilla@72e7198fa42220e704579d23db071cf902fc20d9:load_data/mail_templates.json (Interview Template, Application Received Template, Application Status - Not Selected, Candidate Self Tracking Portal Automation); recruitment/views/views.py notify verbs (de, fr, es, ar); Django locale formats",
    "jmb26": "lspagnol/jitsi-jmb@6ea65d8e:inc/mail_tpl_new.sh, inc/mail_tpl_edit.sh, inc/mail_tpl_del.sh, inc/mail_tpl_reminder.sh; subjects etc/jmb.cf",
    "gancio26": "lesion/gancio@dea1bd9ef98bc34a1024a617351ae0252f44d26c:server/emails/event/html.pug, subject.pug, layout.pug, report/*; locales/email/*.json; server/api/mail.js datetime 'EEEE, d MMMM HH:mm'",
}
TO = "Candidate <candidate@inbox.example>"
OBM_PRODID = "-//Aliasource Groupe LINAGORA//OBM Calendar 2.4//FR"


class Case:
    def __init__(
        self,
        fam: str,
        name: str,
        lab: dict[str, object],
        note: str,
        mail: dict[str, object],
        ics: list[str] | None,
    ) -> None:
        self.family, self.name, self.label, self.note, self.mail, self.ics = (
            fam,
            name,
            lab,
            note,
            mail,
            ics,
        )


CASES: list[Case] = []


def at(y: int, mo: int, d: int, h: int, mi: int, zone: str) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def text_label(
    kind: str | None, s: datetime, e: datetime | None, zone: str | None
) -> dict[str, object]:
    out: dict[str, object] = {}
    if kind:
        out["kind"] = kind
    out["start"] = s.isoformat()
    if e is not None:
        out["end"] = e.isoformat()
    out["all_day"] = False
    if zone:
        out["timezone"] = zone
    else:
        out["tz_stated"] = False
    return out


def neg() -> dict[str, object]:
    return {"kind": "not_invitation"}


def add(
    fam: str,
    name: str,
    lab: dict[str, object],
    note: str,
    *,
    sender: str,
    subject: str,
    text: str,
    sent: datetime,
    lang: str,
    html: str | None = None,
    ics: list[str] | None = None,
) -> None:
    assert all(c.name != name or c.family != fam for c in CASES), name
    who, addr = parseaddr(sender)
    mail: dict[str, object] = {
        "sender": formataddr((who, addr), charset="utf-8") if who else addr,
        "subject": subject,
        "text": text,
        "sent": sent,
        "lang": lang,
        "layout": "alt",
        "html_body": html,
    }
    CASES.append(Case(fam, name, lab, note, mail, ics))


# ------------------------------------------------------------------------------ obm26
OBM_HEAD = {
    "en": (
        "This email was automatically sent by OBM",
        "------------------------------------------------------------------",
    ),
    "fr": (
        "Message automatique envoyé par OBM",
        "------------------------------------------------------------------",
    ),
    "vi": (
        "Email này đã được tự động gửi từ OBM",
        "------------------------------------------------------------------",
    ),
    "zh": (
        "此邮件由OBM自动发送",
        "------------------------------------------------------------------",
    ),
}
OBM_BANNER = {
    ("en", "new"): "NEW APPOINTMENT",
    ("fr", "new"): "NOUVEAU RENDEZ-VOUS !",
    ("vi", "new"): "CUỘC HẸN MỚI",
    ("zh", "new"): "新约会",
    ("en", "cancel"): "APPOINTMENT DELETED !",
    ("fr", "cancel"): "RENDEZ-VOUS ANNULÉ !",
    ("vi", "cancel"): "CUỘC HẸN DÃ HỦY !",
    ("zh", "cancel"): "约会已删除！",
}
OBM_LEAD = {
    ("en", "new"): "You are invited to participate to this appointment",
    ("fr", "new"): "Vous êtes invité(e) à participer à ce rendez-vous",
    ("vi", "new"): "Bạn được mời tham dự để cuộc hẹn này",
    ("zh", "new"): "您被邀请参加此约会",
    ("en", "cancel"): "This appointment has been deleted:",
    ("fr", "cancel"): "Le rendez-vous suivant a été annulé",
    ("vi", "cancel"): "Cuộc hẹn đã được hủy:",
    ("zh", "cancel"): "此约会已被删除:",
}
OBM_FIELDS = {
    "en": [
        "from        ",
        "to          ",
        "timezone    ",
        "subject     ",
        "location    ",
        "organizer   ",
        "created by  ",
        "attendee(s) ",
    ],
    "fr": [
        "du              ",
        "au              ",
        "fuseau horaire  ",
        "sujet           ",
        "lieu            ",
        "organisateur    ",
        "créé par        ",
        "participant(s)  ",
    ],
    "vi": [
        "từ             ",
        "đến            ",
        None,
        "chủ đề         ",
        "địa điểm       ",
        "người tổ chức  ",
        "người tạo      ",
        "người tham dự  ",
    ],
    "zh": [
        "从        ",
        "到        ",
        None,
        "主题      ",
        "地点      ",
        "组织者    ",
        "创建者    ",
        "参与者    ",
    ],
}
OBM_LINKS = {
    "en": [
        ":: To accept this appointment : ",
        ":: To refuse this appointment : ",
        ":: More information about this appointment : ",
    ],
    "fr": [":: Pour accepter : ", ":: Pour refuser : ", ":: Pour plus de détails : "],
    "vi": [
        ":: Để chấp nhận cuộc hẹn này : ",
        ":: Để từ chối cuộc hẹn này : ",
        ":: Thêm chi tiết về cuộc hẹn này : ",
    ],
    "zh": ["::要接受此约会: ", "::要拒绝此约会: ", "::关于此约会的更多信息: "],
}
OBM_SUBJECT = {
    ("en", "new"): "New event from {o}: {t}",
    ("fr", "new"): "Nouvel événement de {o} : {t}",
    ("vi", "new"): "Sự kiện mới từ {o} : {t}",
    ("zh", "new"): "{o}的新事件: {t}",
    ("en", "recur"): "New recurrent event from {o}: {t}",
    ("fr", "recur"): "Nouvel événement récurrent de {o} : {t}",
    ("zh", "recur"): "{o}的新周期性事件: {t}",
    ("en", "cancel"): "Event from {o} cancelled: {t}",
    ("fr", "cancel"): "Evénement de {o} annulé : {t}",
    ("vi", "cancel"): "{o} đã hủy bỏ sự kiện : {t}",
    ("zh", "cancel"): "已取消的{o}的事件: {t}",
    ("en", "update"): "Event from {o} updated: {t}",
    ("fr", "update"): "Mise à jour d'un événement de {o} : {t}",
    ("vi", "update"): "{o} đã cập nhật sự kiện : {t}",
    ("zh", "update"): "已更新的{o}: {t}",
}


def obm_dt(d: datetime, fmt: str) -> str:
    """Of_Date::getOutputDateTime: user date format + 'H:i' (or 12H 'h:i A')."""
    if fmt == "mdy12":
        return d.strftime("%m/%d/%Y %I:%M %p")
    if fmt == "ymd":
        return d.strftime("%Y-%m-%d %H:%M")
    return d.strftime("%d/%m/%Y %H:%M")


def obm_body(
    lang: str,
    what: str,
    s: datetime,
    e: datetime,
    zone: str,
    title: str,
    loc: str,
    org: str,
    attendees: str,
    fmt: str,
    host: str,
    cid: int,
    notice: bool = False,
) -> str:
    intro, rule = OBM_HEAD[lang]
    lines = [intro, rule, OBM_BANNER[(lang, what)], rule, "", OBM_LEAD[(lang, what)], ""]
    vals = [obm_dt(s, fmt), obm_dt(e, fmt), zone, title, loc, org, org, attendees]
    for i, (f, v) in enumerate(zip(OBM_FIELDS[lang], vals, strict=True)):
        if f is None:
            continue
        if what == "cancel" and i == 7:
            continue
        lines += [f"{f}: {v}", ""]
    if what == "cancel":
        if lang in ("en", "fr"):
            lines.append(
                "::NB : If you are using the Thunderbird extension or ActiveSync, you should synchronize to view this deletion."
                if lang == "en"
                else ""
            )
        return "\n".join(lines) + "\n"
    base = f"https://{host}/calendar/calendar_index.php?"
    acc, ref, more = OBM_LINKS[lang]
    if notice:
        if lang == "en":
            lines += [
                "::NB : If you are using the Thunderbird extension or ActiveSync, you must synchronize to view this appointment.",
                "",
            ]
        lines += [more, f"{base}action=detailconsult&calendar_id={cid}", ""]
    else:
        lines += [
            acc,
            f"{base}action=update_decision&calendar_id={cid}&entity_kind=user&rd_decision_event=ACCEPTED",
            "",
            ref,
            f"{base}action=update_decision&calendar_id={cid}&entity_kind=user&rd_decision_event=DECLINED",
            "",
            more,
            f"{base}action=detailconsult&calendar_id={cid}",
            "",
        ]
    return "\n".join(lines)


def obm_update_body(
    lang: str,
    old: tuple[datetime, datetime, str],
    new: tuple[datetime, datetime, str],
    zone: str,
    title: str,
    org: str,
    attendees: str,
    fmt: str,
    host: str,
    cid: int,
) -> str:
    os_, oe, oloc = old
    s, e, loc = new
    f = lambda d: obm_dt(d, fmt)  # noqa: E731
    base = f"https://{host}/calendar/calendar_index.php?"
    rule = OBM_HEAD["en"][1]
    acc_url = f"{base}action=update_decision&calendar_id={cid}&entity_kind=user&rd_decision_event=ACCEPTED"
    dec_url = f"{base}action=update_decision&calendar_id={cid}&entity_kind=user&rd_decision_event=DECLINED"
    more_url = f"{base}action=detailconsult&calendar_id={cid}"
    if lang == "fr":
        return "\n".join(
            [
                OBM_HEAD["fr"][0],
                rule,
                "RENDEZ-VOUS MODIFIÉ !",
                rule,
                f"Le rendez-vous {title}, initialement prévu du {f(os_)} au {f(oe)}, (lieu : {oloc}),",
                "a été modifié :",
                f"du              : {f(s)}",
                f"au              : {f(e)}",
                f"fuseau horaire  : {zone}",
                f"sujet           : {title}",
                f"lieu            : {loc}",
                f"organisateur    : {org}",
                f"créé par        : {org}",
                f"participant(s)  : {attendees}",
                ":: Pour plus de détails : ",
                more_url,
                ":: Pour accepter les modifications :",
                acc_url,
                ":: Pour refuser les modifications : ",
                dec_url,
                "",
            ]
        )
    if lang == "vi":
        return "\n".join(
            [
                OBM_HEAD["vi"][0],
                rule,
                "CUỘC HẸN ĐƯỢC CẬP NHẬT !",
                rule,
                "",
                f"Cuộc hẹn {title}, ban đầu dự kiến vào ngày {f(os_)} đến {f(oe)}, (địa điểm : {oloc}),",
                f"đã được cập nhật và sẽ diễn ra từ {f(s)} đến {f(e)}, (địa điểm : {loc}, Người tham dự : {attendees}).",
                "",
                "",
                ":: Để chấp nhận bản cập nhật này:",
                acc_url,
                "",
                ":: Để từ chối bản cập nhật này : ",
                dec_url,
                "",
            ]
        )
    if lang == "zh":  # the zh template of OBM is English
        return "\n".join(
            [
                "This email was automatically sent by OBM",
                rule,
                "APPOINTMENT UPDATED !",
                rule,
                "",
                f"The appointment {title}, initially scheduled from {f(os_)} to {f(oe)}, (location : {oloc}),",
                f"was updated and will take place from {f(s)} to {f(e)}, (location : {loc}, attendee(s) : {attendees}).",
                "",
                "",
                ":: To accept this update :",
                acc_url,
                "",
                ":: To refuse this update : ",
                dec_url,
                "",
                ":: More information : ",
                more_url,
                "",
            ]
        )
    return "\n".join(
        [
            OBM_HEAD["en"][0],
            rule,
            "APPOINTMENT UPDATED !",
            rule,
            f"The appointment {title}, initially scheduled from {f(os_)} to {f(oe)}, (location : {oloc}),",
            "was updated :",
            f"from        : {f(s)}",
            f"to          : {f(e)}",
            f"timezone    : {zone}",
            f"subject     : {title}",
            f"location    : {loc}",
            f"organizer   : {org}",
            f"created by  : {org}",
            f"attendee(s) : {attendees}",
            ":: To accept this update :",
            acc_url,
            ":: To refuse this update : ",
            dec_url,
            "",
        ]
    )


def obm_ics(
    fam: str,
    name: str,
    s: datetime,
    e: datetime,
    title: str,
    sent: datetime,
    org: str,
    method: str,
    seq: int,
    loc: str,
    more: tuple[str, ...] = (),
) -> tuple[list[str], str]:
    u = q.uid_of(fam, name)
    extra = (f"LOCATION:{loc}", *more)
    status = ("STATUS:CANCELLED",) if method == "CANCEL" else ()
    body = q.vev(u, s, e, "utc", title, sent, seq=seq, org=org, more=(*extra, *status))
    return q.cal(body, method, OBM_PRODID), u


def obm26() -> None:
    fam = "obm26"
    # (name, lang, zone, start, minutes, fmt, host, organizer, title, location, attendees, interview)
    rows = [
        (
            "invite_en_london",
            "en",
            "Europe/London",
            at(2027, 1, 19, 10, 30, "Europe/London"),
            45,
            "dmy",
            "obm.harrowgate-council.example",
            "Fiona Blake <f.blake@harrowgate-council.example>",
            "Interview - Housing Officer (ref HO-114)",
            "Civic Centre, Room 2.07",
            "Fiona Blake, Omar Siddiqui, Candidate",
            True,
        ),
        (
            "invite_en_budget",
            "en",
            "Europe/London",
            at(2027, 1, 21, 14, 0, "Europe/London"),
            90,
            "dmy",
            "obm.harrowgate-council.example",
            "Omar Siddiqui <o.siddiqui@harrowgate-council.example>",
            "Quarterly budget review",
            "Committee Room A",
            "Omar Siddiqui, Fiona Blake, Candidate, Lucy Hart, Tom Greaves",
            False,
        ),
        (
            "invite_fr_entretien",
            "fr",
            "Europe/Paris",
            at(2027, 2, 3, 9, 0, "Europe/Paris"),
            60,
            "dmy",
            "agenda.ville-saint-aubin.example",
            "Claire Morvan <c.morvan@ville-saint-aubin.example>",
            "Entretien - Chargé(e) de communication",
            "Hôtel de ville, bureau 12",
            "Claire Morvan, Denis Perrot, Candidate",
            True,
        ),
        (
            "invite_fr_conseil",
            "fr",
            "Europe/Paris",
            at(2027, 2, 4, 18, 0, "Europe/Paris"),
            120,
            "dmy",
            "agenda.ville-saint-aubin.example",
            "Denis Perrot <d.perrot@ville-saint-aubin.example>",
            "Conseil d'école - école Jean Moulin",
            "École Jean Moulin, salle polyvalente",
            "Denis Perrot, Candidate, Sophie Leclerc",
            False,
        ),
        (
            "invite_vi_phongvan",
            "vi",
            "Asia/Ho_Chi_Minh",
            at(2027, 3, 9, 14, 0, "Asia/Ho_Chi_Minh"),
            60,
            "dmy",
            "lich.songhong-logistics.example",
            "Trần Thu Hà <ha.tran@songhong-logistics.example>",
            "Phỏng vấn vị trí Kế toán tổng hợp",
            "Tầng 5, phòng họp Sông Hồng",
            "Trần Thu Hà, Nguyễn Văn Minh, Candidate",
            True,
        ),
        (
            "invite_vi_giaoban",
            "vi",
            "Asia/Ho_Chi_Minh",
            at(2027, 3, 10, 8, 30, "Asia/Ho_Chi_Minh"),
            60,
            "dmy",
            "lich.songhong-logistics.example",
            "Nguyễn Văn Minh <minh.nguyen@songhong-logistics.example>",
            "Họp giao ban tuần",
            "Phòng họp tầng 3",
            "Nguyễn Văn Minh, Candidate, Lê Thị Lan",
            False,
        ),
        (
            "invite_zh_mianshi",
            "zh",
            "Asia/Shanghai",
            at(2027, 3, 16, 15, 30, "Asia/Shanghai"),
            45,
            "ymd",
            "obm.huaxin-tech.example",
            "王丽 <wang.li@huaxin-tech.example>",
            "面试：前端开发工程师",
            "华信大厦 8 楼 3 号会议室",
            "王丽, 陈刚, Candidate",
            True,
        ),
        (
            "invite_zh_lihui",
            "zh",
            "Asia/Shanghai",
            at(2027, 3, 17, 9, 0, "Asia/Shanghai"),
            60,
            "ymd",
            "obm.huaxin-tech.example",
            "陈刚 <chen.gang@huaxin-tech.example>",
            "部门例会",
            "华信大厦 8 楼大会议室",
            "陈刚, Candidate, 王丽, 赵敏",
            False,
        ),
    ]
    for name, lang, zone, s, mins, fmt, host, org, title, loc, att, iv in rows:
        e = s + timedelta(minutes=mins)
        sent = (s - timedelta(days=6)).replace(hour=11, minute=12)
        ics, u = obm_ics(fam, name, s, e, title, sent, org, "REQUEST", 0, loc)
        oname = org.split(" <")[0]
        body = obm_body(
            lang, "new", s, e, zone, title, loc, oname, att, fmt, host, 4100 + len(CASES)
        )
        tz = zone if lang in ("en", "fr") else None
        lab = label("invitation" if iv else None, s, e, tz, u, 0, "REQUEST")
        if not iv:
            lab = {"kind": "not_invitation", **{k: v for k, v in lab.items() if k != "kind"}}
        add(
            fam,
            name,
            lab,
            f"OBM event_invitation ({lang}) with an iMIP REQUEST in UTC; {'an interview for the reader' if iv else 'a work meeting, not an interview'}; dates '{obm_dt(s, fmt)}'.",
            sender=org,
            subject=OBM_SUBJECT[(lang, "new")].format(o=oname, t=title),
            text=body,
            sent=sent,
            lang=lang,
            ics=ics,
        )

    # notices: same template, no calendar part (event_notice)
    notices = [
        (
            "notice_en_chicago",
            "en",
            "America/Chicago",
            at(2027, 2, 9, 14, 30, "America/Chicago"),
            30,
            "mdy12",
            "obm.lakeshore-transit.example",
            "Dana Whitfield <dwhitfield@lakeshore-transit.example>",
            "Phone interview - Scheduling Analyst",
            "Phone (we will call you)",
            "Dana Whitfield, Candidate",
            True,
        ),
        (
            "notice_en_training",
            "en",
            "Europe/London",
            at(2027, 2, 11, 9, 30, "Europe/London"),
            180,
            "dmy",
            "obm.harrowgate-council.example",
            "Lucy Hart <l.hart@harrowgate-council.example>",
            "Fire safety training (all staff)",
            "Training suite, ground floor",
            "Lucy Hart, Candidate, Tom Greaves, Fiona Blake, Omar Siddiqui",
            False,
        ),
        (
            "notice_fr_entretien",
            "fr",
            "Europe/Paris",
            at(2027, 2, 16, 11, 0, "Europe/Paris"),
            45,
            "dmy",
            "agenda.ville-saint-aubin.example",
            "Claire Morvan <c.morvan@ville-saint-aubin.example>",
            "Entretien téléphonique - agent d'accueil",
            "Téléphone",
            "Claire Morvan, Candidate",
            True,
        ),
        (
            "notice_fr_service",
            "fr",
            "Europe/Paris",
            at(2027, 2, 17, 14, 0, "Europe/Paris"),
            60,
            "dmy",
            "agenda.ville-saint-aubin.example",
            "Sophie Leclerc <s.leclerc@ville-saint-aubin.example>",
            "Réunion de service",
            "Salle du conseil",
            "Sophie Leclerc, Candidate, Denis Perrot",
            False,
        ),
        (
            "notice_vi_phongvan",
            "vi",
            "Asia/Ho_Chi_Minh",
            at(2027, 3, 23, 9, 30, "Asia/Ho_Chi_Minh"),
            45,
            "dmy",
            "lich.songhong-logistics.example",
            "Trần Thu Hà <ha.tran@songhong-logistics.example>",
            "Phỏng vấn trực tuyến - Nhân viên kho vận",
            "Google Meet",
            "Trần Thu Hà, Candidate",
            True,
        ),
        (
            "notice_zh_mianshi",
            "zh",
            "Asia/Shanghai",
            at(2027, 3, 25, 10, 0, "Asia/Shanghai"),
            60,
            "ymd",
            "obm.huaxin-tech.example",
            "王丽 <wang.li@huaxin-tech.example>",
            "二面：测试工程师",
            "华信大厦 8 楼 5 号会议室",
            "王丽, Candidate",
            True,
        ),
    ]
    for name, lang, zone, s, mins, fmt, host, org, title, loc, att, iv in notices:
        e = s + timedelta(minutes=mins)
        sent = (s - timedelta(days=5)).replace(hour=16, minute=40)
        oname = org.split(" <")[0]
        body = obm_body(
            lang,
            "new",
            s,
            e,
            zone,
            title,
            loc,
            oname,
            att,
            fmt,
            host,
            5200 + len(CASES),
            notice=True,
        )
        if lang in ("en", "fr"):
            lab = text_label("invitation" if iv else None, s, e, zone)
        else:
            lab = text_label("invitation" if iv else None, s, e, None)
        if not iv:
            lab = {"kind": "not_invitation", **{k: v for k, v in lab.items() if k != "kind"}}
        add(
            fam,
            name,
            lab,
            f"OBM event_notice ({lang}) without a calendar part; '{obm_dt(s, fmt)}' - '{obm_dt(e, fmt)}'.",
            sender=org,
            subject=OBM_SUBJECT[(lang, "new")].format(o=oname, t=title),
            text=body,
            sent=sent,
            lang=lang,
        )

    # cancellations with a CANCEL part
    cancels = [
        (
            "cancel_en",
            "en",
            "Europe/London",
            at(2027, 1, 26, 15, 0, "Europe/London"),
            45,
            "dmy",
            "Fiona Blake <f.blake@harrowgate-council.example>",
            "Interview - Waste Services Supervisor",
            "Civic Centre, Room 2.07",
        ),
        (
            "cancel_fr",
            "fr",
            "Europe/Paris",
            at(2027, 2, 24, 10, 0, "Europe/Paris"),
            60,
            "dmy",
            "Claire Morvan <c.morvan@ville-saint-aubin.example>",
            "Entretien - Technicien(ne) informatique",
            "Hôtel de ville, bureau 12",
        ),
        (
            "cancel_vi",
            "vi",
            "Asia/Ho_Chi_Minh",
            at(2027, 3, 30, 14, 0, "Asia/Ho_Chi_Minh"),
            60,
            "dmy",
            "Trần Thu Hà <ha.tran@songhong-logistics.example>",
            "Phỏng vấn vòng 2 - Kế toán",
            "Tầng 5, phòng họp Sông Hồng",
        ),
        (
            "cancel_zh",
            "zh",
            "Asia/Shanghai",
            at(2027, 4, 1, 14, 0, "Asia/Shanghai"),
            45,
            "ymd",
            "王丽 <wang.li@huaxin-tech.example>",
            "面试：产品经理",
            "华信大厦 8 楼 3 号会议室",
        ),
    ]
    for name, lang, zone, s, mins, fmt, org, title, loc in cancels:
        e = s + timedelta(minutes=mins)
        sent = (s - timedelta(days=2)).replace(hour=9, minute=5)
        ics, u = obm_ics(fam, name, s, e, title, sent, org, "CANCEL", 1, loc)
        oname = org.split(" <")[0]
        body = obm_body(lang, "cancel", s, e, zone, title, loc, oname, "", fmt, "x", 0)
        tz = zone if lang in ("en", "fr") else None
        lab = label("cancellation", s, e, tz, u, 1, "CANCEL")
        add(
            fam,
            name,
            lab,
            f"OBM event_cancel ({lang}) with an iMIP CANCEL.",
            sender=org,
            subject=OBM_SUBJECT[(lang, "cancel")].format(o=oname, t=title),
            text=body,
            sent=sent,
            lang=lang,
            ics=ics,
        )

    # updates: old and new slot in the text, REQUEST with SEQUENCE 1
    updates = [
        (
            "update_en",
            "en",
            "Europe/London",
            at(2027, 2, 2, 11, 0, "Europe/London"),
            at(2027, 2, 4, 15, 30, "Europe/London"),
            45,
            "dmy",
            "Fiona Blake <f.blake@harrowgate-council.example>",
            "Interview - Planning Assistant",
            "Civic Centre, Room 2.07",
            "Civic Centre, Room 1.02",
        ),
        (
            "update_fr",
            "fr",
            "Europe/Paris",
            at(2027, 3, 2, 14, 0, "Europe/Paris"),
            at(2027, 3, 3, 9, 30, "Europe/Paris"),
            60,
            "dmy",
            "Claire Morvan <c.morvan@ville-saint-aubin.example>",
            "Entretien - Animateur(trice) jeunesse",
            "Maison des jeunes",
            "Hôtel de ville, bureau 12",
        ),
        (
            "update_vi",
            "vi",
            "Asia/Ho_Chi_Minh",
            at(2027, 4, 6, 9, 0, "Asia/Ho_Chi_Minh"),
            at(2027, 4, 7, 14, 30, "Asia/Ho_Chi_Minh"),
            60,
            "dmy",
            "Trần Thu Hà <ha.tran@songhong-logistics.example>",
            "Phỏng vấn - Chuyên viên xuất nhập khẩu",
            "Tầng 5, phòng họp Sông Hồng",
            "Tầng 2, phòng họp nhỏ",
        ),
        (
            "update_zh",
            "zh",
            "Asia/Shanghai",
            at(2027, 4, 8, 10, 0, "Asia/Shanghai"),
            at(2027, 4, 9, 16, 0, "Asia/Shanghai"),
            45,
            "ymd",
            "王丽 <wang.li@huaxin-tech.example>",
            "面试：数据分析师",
            "华信大厦 8 楼 3 号会议室",
            "腾讯会议",
        ),
    ]
    for name, lang, zone, os_, s, mins, fmt, org, title, oloc, loc in updates:
        e = s + timedelta(minutes=mins)
        oe = os_ + timedelta(minutes=mins)
        sent = (os_ - timedelta(days=3)).replace(hour=17, minute=2)
        ics, u = obm_ics(fam, name, s, e, title, sent, org, "REQUEST", 1, loc)
        oname = org.split(" <")[0]
        body = obm_update_body(
            lang,
            (os_, oe, oloc),
            (s, e, loc),
            zone,
            title,
            oname,
            f"{oname}, Candidate",
            fmt,
            "obm.example",
            6100 + len(CASES),
        )
        tz = zone if lang in ("en", "fr") else None
        lab = label("reschedule", s, e, tz, u, 1, "REQUEST")
        add(
            fam,
            name,
            lab,
            f"OBM event_update ({lang}): old slot first, then the new one; REQUEST SEQUENCE 1.",
            sender=org,
            subject=OBM_SUBJECT[(lang, "update")].format(o=oname, t=title),
            text=body,
            sent=sent,
            lang=lang,
            ics=ics,
        )

    # resource reservations (the reader manages a room) and a recurring series: not for the reader's interview
    for name, lang, s, org, title, room in [
        (
            "resource_en",
            "en",
            at(2027, 1, 28, 13, 0, "Europe/London"),
            "Tom Greaves",
            "Interview panel - Parks Officer (candidates 1-4)",
            "Committee Room A",
        ),
        (
            "resource_fr",
            "fr",
            at(2027, 2, 25, 9, 0, "Europe/Paris"),
            "Denis Perrot",
            "Jury de recrutement - agents techniques",
            "Salle du conseil",
        ),
    ]:
        e = s + timedelta(hours=3)
        sent = (s - timedelta(days=8)).replace(hour=10, minute=0)
        zone = str(s.tzinfo)
        f = lambda d: obm_dt(d, "dmy")  # noqa: E731
        if lang == "en":
            body = "\n".join(
                [
                    OBM_HEAD["en"][0],
                    OBM_HEAD["en"][1],
                    "NEW RESOURCE RESERVATION !",
                    OBM_HEAD["en"][1],
                    "A new resource reservation was scheduled",
                    f'Ressource name : "{room}"',
                    f"from           : {f(s)}",
                    f"to             : {f(e)}",
                    f"timezone       : {zone}",
                    f"subject        : {title}",
                    f"location       : {room}",
                    f"organizer      : {org}",
                    f"created by     : {org}",
                    "Comments: ",
                    ':: To accept or decline this reservation, please click on the following link or, if you use OBM connector, click on "Agenda" in the toolbar :',
                    "https://obm.harrowgate-council.example//calendar/calendar_index.php?action=waiting_events",
                    "",
                ]
            )
            subj = f"New resource reservation: {title}"
        else:
            body = "\n".join(
                [
                    OBM_HEAD["fr"][0],
                    OBM_HEAD["fr"][1],
                    "NOUVELLE RESERVATION DE RESSOURCE !",
                    OBM_HEAD["fr"][1],
                    f'La ressource : "{room}",dont vous êtes responsable a été réservée',
                    f"du              : {f(s)}",
                    f"au              : {f(e)}",
                    f"fuseau horaire  : {zone}",
                    f"sujet           : {title}",
                    f"lieu            : {room}",
                    f"organisateur    : {org}",
                    f"créé par        : {org}",
                    "Commentaire     : .",
                    ':: Pour accepter ou refuser la réservation, cliquer sur le lien ci-dessous ou, si vous utilisez le connecteur OBM, sur "Agenda OBM" situé dans la barre d\'outil : ',
                    "https://agenda.ville-saint-aubin.example//calendar/calendar_index.php?action=waiting_events",
                    "",
                ]
            )
            subj = f"Nouvelle réservation de ressource : {title}"
        add(
            fam,
            name,
            neg(),
            "OBM resource_reservation: the reader manages the room booked for other people's interviews.",
            sender=f"OBM <noreply@{'harrowgate-council' if lang == 'en' else 'ville-saint-aubin'}.example>",
            subject=subj,
            text=body,
            sent=sent,
            lang=lang,
        )
    for name, lang, s, org, title, loc in [
        (
            "recur_en_standup",
            "en",
            at(2027, 1, 18, 9, 15, "Europe/London"),
            "Lucy Hart <l.hart@harrowgate-council.example>",
            "Weekly team stand-up",
            "Teams",
        ),
        (
            "recur_zh_zhoubao",
            "zh",
            at(2027, 3, 15, 17, 0, "Asia/Shanghai"),
            "陈刚 <chen.gang@huaxin-tech.example>",
            "周报会议",
            "华信大厦 8 楼大会议室",
        ),
    ]:
        e = s + timedelta(minutes=30)
        sent = (s - timedelta(days=4)).replace(hour=8, minute=50)
        ics, u = obm_ics(
            fam, name, s, e, title, sent, org, "REQUEST", 0, loc, ("RRULE:FREQ=WEEKLY;COUNT=20",)
        )
        oname = org.split(" <")[0]
        fmt = "ymd" if lang == "zh" else "dmy"
        zone = str(s.tzinfo)
        body = obm_body(
            lang,
            "new",
            s,
            e,
            zone,
            title,
            loc,
            oname,
            f"{oname}, Candidate",
            fmt,
            "obm.example",
            7000 + len(CASES),
        )
        lab = label(None, s, e, zone if lang == "en" else None, u, 0, "REQUEST")
        lab = {"kind": "not_invitation", **lab}
        add(
            fam,
            name,
            lab,
            "OBM recurrent_event_invitation: a weekly team meeting, not an interview.",
            sender=org,
            subject=OBM_SUBJECT[(lang, "recur")].format(o=oname, t=title),
            text=body,
            sent=sent,
            lang=lang,
            ics=ics,
        )


# ------------------------------------------------------------------------------ horilla26
EN_MON = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


def django_p(d: datetime) -> str:
    """Django 'P' time format: '2:30 p.m.', '10 a.m.', 'noon', 'midnight'."""
    if d.hour == 12 and d.minute == 0:
        return "noon"
    if d.hour == 0 and d.minute == 0:
        return "midnight"
    h = d.hour % 12 or 12
    ap = "a.m." if d.hour < 12 else "p.m."
    return f"{h} {ap}" if d.minute == 0 else f"{h}:{d.minute:02d} {ap}"


def horilla_date(d: datetime, lang: str) -> tuple[str, str]:
    if lang == "en":
        return f"{EN_MON[d.month - 1]} {d.day}, {d.year}", django_p(d)
    if lang == "de":
        return babel_dt(d, "d. MMMM y", locale="de"), d.strftime("%H:%M")
    if lang == "fr":
        return babel_dt(d, "d MMMM y", locale="fr"), d.strftime("%H:%M")
    if lang == "es":
        return babel_dt(d, "d 'de' MMMM 'de' y", locale="es"), d.strftime("%H:%M")
    assert lang == "ar"
    months = [
        "يناير",
        "فبراير",
        "مارس",
        "إبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ]
    h = d.hour % 12 or 12
    return (
        f"{d.day} {months[d.month - 1]}، {d.year}",
        f"{h}:{d.minute:02d} {'ص' if d.hour < 12 else 'م'}",
    )


def horilla_html(paras: list[str], sign: str | None = None) -> str:
    out = "".join(f'<p data-start="234" data-end="421" class="">{p}</p>' for p in paras)
    if sign:
        out += f'<p style="font-size: 12.8px;">Regards</p><p><b>{sign}</b></p>'
    return out


def horilla26() -> None:
    fam = "horilla26"
    invites = [
        (
            "interview_en_pm",
            "en",
            at(2027, 1, 14, 14, 30, "America/New_York"),
            "Priya Raman <priya.raman@bluefin-analytics.example>",
            "Interview scheduled - Junior Data Engineer",
            "Priya Raman | Talent Acquisition | Bluefin Analytics",
        ),
        (
            "interview_en_am",
            "en",
            at(2027, 2, 3, 10, 0, "Asia/Kolkata"),
            "Arjun Mehta <arjun.mehta@tealwave.example>",
            "Your interview with Tealwave Solutions",
            "Arjun Mehta | HR | Tealwave Solutions",
        ),
        (
            "interview_en_noon",
            "en",
            at(2027, 2, 10, 12, 0, "Africa/Nairobi"),
            "Wanjiru Kamau <wkamau@savannah-freight.example>",
            "Interview - Operations Coordinator",
            "Wanjiru Kamau | People & Culture | Savannah Freight",
        ),
        (
            "interview_de",
            "de",
            at(2027, 1, 20, 14, 30, "Europe/Berlin"),
            "Jana Krüger <j.krueger@elbtal-logistik.example>",
            "Einladung zum Vorstellungsgespräch",
            "Jana Krüger | Personal | Elbtal Logistik GmbH",
        ),
        (
            "interview_fr",
            "fr",
            at(2027, 1, 27, 9, 45, "Europe/Paris"),
            "Camille Roux <camille.roux@atelier-lumen.example>",
            "Votre entretien chez Atelier Lumen",
            "Camille Roux | RH | Atelier Lumen",
        ),
        (
            "interview_es",
            "es",
            at(2027, 2, 17, 16, 0, "Europe/Madrid"),
            "Lucía Ortega <lucia.ortega@mareaverde.example>",
            "Entrevista programada - Técnico/a de soporte",
            "Lucía Ortega | RR. HH. | Marea Verde S.L.",
        ),
        (
            "interview_ar",
            "ar",
            at(2027, 3, 2, 11, 0, "Asia/Dubai"),
            "سارة المنصوري <sara@nakheel-systems.example>",
            "موعد المقابلة الشخصية",
            "سارة المنصوري | الموارد البشرية | نخيل سيستمز",
        ),
    ]
    for name, lang, s, sender, subj, sign in invites:
        d, t = horilla_date(s, lang)
        if lang == "en":
            paras = [
                f"This is to inform you that an interview has been scheduled for you on {d} at {t}.",
                '<span style="font-size: 12.8px;">Kindly take the necessary steps to prepare for this interview. The meeting link will follow from your interviewer.</span>',
                '<span style="font-size: 12.8px;">Thank you for your prompt attention to this matter.</span>',
            ]
        elif lang == "de":
            paras = [
                f"Hiermit teilen wir Ihnen mit, dass Ihr Interview am {d} um {t} eingeplant ist.",
                "Bitte bringen Sie einen Lichtbildausweis mit und melden Sie sich am Empfang in Halle 3.",
                "Vielen Dank für Ihre Rückmeldung.",
            ]
        elif lang == "fr":
            paras = [
                f"Nous vous informons qu'un entretien est programmé pour vous le {d} à {t}.",
                "Merci de vous présenter à l'accueil, 14 rue des Tanneurs, quelques minutes en avance.",
                "Merci de votre attention.",
            ]
        elif lang == "es":
            paras = [
                f"Le informamos de que su entrevista está programada el {d} a las {t}.",
                "La entrevista será por videollamada; recibirá el enlace el mismo día.",
                "Gracias por su atención.",
            ]
        else:
            paras = [
                f"نود إعلامك بأن مقابلتك مجدولة يوم {d} في توقيت {t}.",
                "يرجى الحضور إلى مكتبنا في الطابق الرابع قبل الموعد بعشر دقائق.",
                "شكراً لاهتمامك.",
            ]
        sent = (s - timedelta(days=7)).replace(hour=10, minute=20)
        lab = text_label("invitation", s, None, None)
        add(
            fam,
            name,
            lab,
            f"Horilla 'Interview Template' sent to the candidate ({lang}): '{d}' + '{t}' (Django locale formats).",
            sender=sender,
            subject=subj,
            text="",
            html=horilla_html(paras, sign),
            sent=sent,
            lang=lang,
        )

    # notices to stage managers / interviewers about other candidates
    others = [
        (
            "manager_en",
            "en",
            at(2027, 1, 15, 11, 0, "America/New_York"),
            "Bluefin Analytics HRMS <hrms@bluefin-analytics.example>",
            "Interview scheduled: Marcus Lee",
            "Marcus Lee",
        ),
        (
            "manager_en_noon",
            "en",
            at(2027, 1, 18, 12, 0, "America/New_York"),
            "Bluefin Analytics HRMS <hrms@bluefin-analytics.example>",
            "Interview Template",
            "Sofia Alvarez",
        ),
        (
            "manager_de",
            "de",
            at(2027, 1, 21, 10, 0, "Europe/Berlin"),
            "Elbtal HR <hr-noreply@elbtal-logistik.example>",
            "Interview eingeplant: Tobias Brandt",
            "Tobias Brandt",
        ),
        (
            "manager_fr",
            "fr",
            at(2027, 1, 28, 15, 30, "Europe/Paris"),
            "Atelier Lumen RH <rh@atelier-lumen.example>",
            "Entretien programmé : Inès Benali",
            "Inès Benali",
        ),
        (
            "manager_es",
            "es",
            at(2027, 2, 18, 9, 30, "Europe/Madrid"),
            "Marea Verde RR. HH. <rrhh@mareaverde.example>",
            "Entrevista programada: Pablo Sanz",
            "Pablo Sanz",
        ),
        (
            "manager_ar",
            "ar",
            at(2027, 3, 3, 13, 0, "Asia/Dubai"),
            "نخيل سيستمز <hr@nakheel-systems.example>",
            "مقابلة مجدولة: خالد العتيبي",
            "خالد العتيبي",
        ),
    ]
    for name, lang, s, sender, subj, who in others:
        d, t = horilla_date(s, lang)
        if lang == "en":
            paras = [
                f"This is to inform you that an interview has been scheduled for {who} on {d} at {t}.",
                '<span style="font-size: 12.8px;">Kindly take the necessary steps to prepare for or facilitate this interview as appropriate.</span>',
                '<span style="font-size: 12.8px;">Thank you for your prompt attention to this matter.</span>',
            ]
        elif lang == "de":
            paras = [
                f"Ein Interview mit {who} ist am {d} um {t} eingeplant.",
                "Bitte bereiten Sie die Bewertungsbögen im Portal vor.",
            ]
        elif lang == "fr":
            paras = [
                f"Un entretien avec {who} est programmé le {d} à {t}.",
                "Merci de préparer la grille d'évaluation dans le portail.",
            ]
        elif lang == "es":
            paras = [
                f"Hay una entrevista con {who} programada el {d} a las {t}.",
                "Por favor, revise el CV en el portal antes de la entrevista.",
            ]
        else:
            paras = [
                f"تمت جدولة مقابلة مع {who} يوم {d} في توقيت {t}.",
                "يرجى مراجعة السيرة الذاتية في البوابة قبل المقابلة.",
            ]
        sent = (s - timedelta(days=6)).replace(hour=9, minute=0)
        add(
            fam,
            name,
            neg(),
            f"Horilla 'Interview Template' as sent to the stage manager: the interview is {who}'s, not the reader's.",
            sender=sender,
            subject=subj,
            text="",
            html=horilla_html(paras),
            sent=sent,
            lang=lang,
        )

    received = horilla_html(
        [
            "Dear Candidate,",
            "Thank you for applying for the <strong>Junior Data Engineer</strong> position at <strong>Bluefin Analytics</strong>.",
            "We have received your application and our recruitment team is currently reviewing your profile.",
            "If your qualifications align with our current requirements, we will contact you for the next steps in the hiring process. Interviews for this role run from Jan. 11, 2027 to Jan. 22, 2027. In the meantime, feel free to visit our portal for any updates or communication.",
            "We appreciate your interest in joining our team and taking the time to apply.",
            "Best regards,<br><strong>Bluefin Analytics</strong><br>Recruitment Team",
            '<span style="font-size:12px;color:#888;">This is an automated message from the HRMS system.</span>',
        ]
    )
    add(
        fam,
        "received_en",
        neg(),
        "Horilla 'Application Received Template' with an interview window but no slot.",
        sender="Bluefin Analytics HRMS <hrms@bluefin-analytics.example>",
        subject="Application received - Junior Data Engineer",
        text="",
        html=received,
        sent=at(2026, 12, 28, 9, 14, "America/New_York"),
        lang="en",
    )
    rejected = horilla_html(
        [
            "Application Status Update - Operations Coordinator",
            "Dear <strong>Candidate</strong>,",
            "Thank you for applying for the <strong>Operations Coordinator</strong> position at <strong>Savannah Freight</strong>.",
            "After careful consideration, we regret to inform you that your application has not been successful at this time.",
            "Reason for Rejection:<ul><li>Position filled internally</li></ul>The final interviews took place on Feb. 10, 2027 at noon and Feb. 11, 2027 at 9 a.m.",
            "We sincerely appreciate the time and effort you invested in your application.",
        ]
    )
    add(
        fam,
        "not_selected_en",
        neg(),
        "Horilla 'Application Status - Not Selected' naming past interview slots.",
        sender="Savannah Freight HR <hr@savannah-freight.example>",
        subject="Application Status Update - Operations Coordinator",
        text="",
        html=rejected,
        sent=at(2027, 2, 15, 16, 5, "Africa/Nairobi"),
        lang="en",
    )
    portal = horilla_html(
        [
            "Hi Candidate,",
            'Follow the link <a href="https://hr.tealwave.example/recruitment/candidate-login">https://hr.tealwave.example/recruitment/candidate-login</a> to track you progress',
            "<b>Username/email: </b>candidate@inbox.example",
            "<b>Passsword/mobile: </b>(the mobile number on your application)",
            "Your interview stage opens on Feb. 3, 2027 at 10 a.m.; you can book your slot in the portal.",
        ],
        "Arjun Mehta | HR | Tealwave Solutions",
    )
    add(
        fam,
        "portal_en",
        neg(),
        "Horilla 'Candidate Self Tracking Portal Automation': a portal link and a booking window, no slot.",
        sender="Arjun Mehta <arjun.mehta@tealwave.example>",
        subject="Track your application",
        text="",
        html=portal,
        sent=at(2027, 1, 25, 12, 0, "Asia/Kolkata"),
        lang="en",
    )


# ------------------------------------------------------------------------------ jmb26
JMB_FOOT = "--\nCe message a été envoyé automatiquement par le service de réservation de visioconférences.\nMerci de ne pas y répondre.\n"


def jmb_block(s: datetime, mins: int, obj: str, org: str | None) -> str:
    lines = []
    if org:
        lines.append(f"Organisateur..: {org}")
    lines += [
        f"Objet.........: {obj}",
        f"Date..........: {s.strftime('%d/%m/%Y')}",
        f"Heure.........: {s.strftime('%H:%M')}",
        f"Durée.........: {mins} minutes",
    ]
    return "\n".join(lines)


def jmb26() -> None:
    fam = "jmb26"
    host = "visio.univ-ouest.example"
    z = "Europe/Paris"
    guests = [
        (
            "guest_entretien_ater",
            at(2027, 4, 6, 10, 0, z),
            30,
            "Isabelle Garnier / isabelle.garnier@univ-ouest.example",
            "Entretien ATER - section 27",
            "a1f93c",
        ),
        (
            "guest_entretien_ingenieur",
            at(2027, 4, 13, 14, 30, z),
            45,
            "Marc Lefebvre / marc.lefebvre@univ-ouest.example",
            "Entretien - Ingénieur(e) d'études BAP E",
            "b7220d",
        ),
        (
            "guest_entretien_doctorat",
            at(2027, 5, 18, 9, 15, z),
            20,
            "Nadia Haddad / nadia.haddad@univ-ouest.example",
            "Audition contrat doctoral ED 601",
            "c0e411",
        ),
        (
            "guest_entretien_bibli",
            at(2027, 6, 1, 16, 0, z),
            40,
            "Paul Marchand / paul.marchand@univ-ouest.example",
            "Entretien de recrutement - bibliothécaire assistant(e)",
            "d93be2",
        ),
    ]
    for name, s, mins, org, obj, h in guests:
        body = "\n".join(
            [
                "Bonjour,",
                "",
                "Vous êtes invité à une visioconférence.",
                "",
                jmb_block(s, mins, obj, org),
                "",
                "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
                f"https://{host}/join.cgi?id={h}",
                "",
                "* Merci de confirmer votre votre présence ou votre absence en cliquant sur un des liens suivants:",
                f"ACCEPTER l'invitation: https://{host}/invitation.cgi?accept&id={h}",
                f"DECLINER l'invitation: https://{host}/invitation.cgi?decline&id={h}",
                "",
                JMB_FOOT,
            ]
        )
        sent = (s - timedelta(days=9)).replace(hour=15, minute=31)
        add(
            fam,
            name,
            text_label("invitation", s, s + timedelta(minutes=mins), None),
            "jitsi-jmb guest invitation: 'Date..: dd/mm/YYYY', 'Heure..: HH:MM', 'Durée..: N minutes'.",
            sender=f"Visioconférence <noreply@{host}>",
            subject="Invitation visioconférence",
            text=body,
            sent=sent,
            lang="fr",
        )
    # edit: the notification replaces the previous one (does not say what changed)
    for name, s, mins, org, obj, h in [
        (
            "guest_edit_entretien",
            at(2027, 4, 20, 11, 0, z),
            30,
            "Isabelle Garnier / isabelle.garnier@univ-ouest.example",
            "Entretien ATER - section 27 (2e tour)",
            "e5512a",
        ),
        (
            "guest_edit_jury",
            at(2027, 5, 4, 15, 0, z),
            45,
            "Marc Lefebvre / marc.lefebvre@univ-ouest.example",
            "Entretien - Assistant(e) de gestion",
            "f02c71",
        ),
    ]:
        body = "\n".join(
            [
                "Bonjour,",
                "",
                "Vous êtes invité à une visioconférence.",
                "Cette notification annule et remplace la précédente.",
                "",
                jmb_block(s, mins, obj, org),
                "",
                "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
                f"https://{host}/join.cgi?id={h}",
                "",
                "* Merci de confirmer votre votre présence ou votre absence en cliquant sur un des liens suivants:",
                f"ACCEPTER l'invitation: https://{host}/invitation.cgi?accept&id={h}",
                f"DECLINER l'invitation: https://{host}/invitation.cgi?decline&id={h}",
                "",
                JMB_FOOT,
            ]
        )
        sent = (s - timedelta(days=3)).replace(hour=8, minute=47)
        add(
            fam,
            name,
            text_label(None, s, s + timedelta(minutes=mins), None),
            "jitsi-jmb guest update ('annule et remplace la précédente'): slot only, the text does not say what changed.",
            sender=f"Visioconférence <noreply@{host}>",
            subject="Invitation visioconférence (mise à jour)",
            text=body,
            sent=sent,
            lang="fr",
        )
    for name, s, mins, org, obj in [
        (
            "guest_del_entretien",
            at(2027, 4, 27, 10, 30, z),
            30,
            "Nadia Haddad / nadia.haddad@univ-ouest.example",
            "Entretien - Gestionnaire scolarité",
        ),
        (
            "guest_del_audition",
            at(2027, 5, 25, 14, 0, z),
            20,
            "Isabelle Garnier / isabelle.garnier@univ-ouest.example",
            "Audition MCF 0412",
        ),
    ]:
        body = "\n".join(
            [
                "Bonjour,",
                "",
                "Une visioconférence a été supprimée",
                "Cette notification annule et remplace la précédente.",
                "",
                jmb_block(s, mins, obj, org),
                "",
                JMB_FOOT,
            ]
        )
        sent = (s - timedelta(days=2)).replace(hour=17, minute=12)
        add(
            fam,
            name,
            text_label("cancellation", s, s + timedelta(minutes=mins), None),
            "jitsi-jmb guest deletion notice for the reader's interview.",
            sender=f"Visioconférence <noreply@{host}>",
            subject="Invitation visioconférence annulée",
            text=body,
            sent=sent,
            lang="fr",
        )
    # reminder of the reader's own interview
    s = at(2027, 4, 14, 9, 0, z)
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Vous participez à une visioconférence:",
            "",
            jmb_block(s, 30, "Entretien - Chargé(e) de mission Europe", "Paul Marchand"),
            "",
            "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
            f"https://{host}/join.cgi?id=0a77e1",
            "",
            JMB_FOOT,
        ]
    )
    add(
        fam,
        "guest_reminder_entretien",
        text_label("invitation", s, s + timedelta(minutes=30), None),
        "jitsi-jmb reminder to a guest: the reader's own interview.",
        sender=f"Visioconférence <noreply@{host}>",
        subject="Rappel: vous participez à une visioconférence",
        text=body,
        sent=at(2027, 4, 13, 9, 0, z),
        lang="fr",
    )
    # look-alikes: the reader books, organises or moderates
    s = at(2027, 4, 15, 13, 30, z)
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Vous avez réservé une visioconférence.",
            "",
            jmb_block(s, 60, "Point d'équipe - service scolarité", None),
            "Modérateurs...: aucun",
            "Invités.......: lea.morel@univ-ouest.example, hugo.blanc@univ-ouest.example",
            "",
            "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
            f"https://{host}/token.cgi?room=point-scolarite",
            "",
            JMB_FOOT,
        ]
    )
    add(
        fam,
        "owner_new_point",
        neg(),
        "jitsi-jmb owner confirmation: the reader booked a team meeting.",
        sender=f"Visioconférence <noreply@{host}>",
        subject="Réservation visioconférence",
        text=body,
        sent=at(2027, 4, 8, 10, 2, z),
        lang="fr",
    )
    s = at(2027, 4, 22, 10, 0, z)
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Vous organisez une visioconférence:",
            "",
            jmb_block(s, 120, "Jury entretiens ATER - candidats 1 à 4", None),
            "Modérateurs...: isabelle.garnier@univ-ouest.example",
            "Invités.......: 4 candidats",
            "",
            "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
            f"https://{host}/token.cgi?room=jury-ater",
            "",
            JMB_FOOT,
        ]
    )
    add(
        fam,
        "owner_reminder_jury",
        neg(),
        "jitsi-jmb owner reminder: the reader organises interviews of others.",
        sender=f"Visioconférence <noreply@{host}>",
        subject="Rappel: vous organisez une visioconférence",
        text=body,
        sent=at(2027, 4, 21, 10, 0, z),
        lang="fr",
    )
    s = at(2027, 5, 11, 14, 0, z)
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Vous êtes invité à modérer/animer une visioconférence.",
            "",
            jmb_block(
                s,
                180,
                "Auditions contrats doctoraux - ED 601",
                "Nadia Haddad / nadia.haddad@univ-ouest.example",
            ),
            "Modérateurs...: candidate@inbox.example",
            "Invités.......: 6 candidats (liste jointe)",
            "",
            "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
            f"https://{host}/join.cgi?id=9bd310",
            "",
            "* Merci de confirmer votre votre présence ou votre absence en cliquant sur un des liens suivants:",
            f"ACCEPTER l'invitation: https://{host}/invitation.cgi?accept&id=9bd310",
            f"DECLINER l'invitation: https://{host}/invitation.cgi?decline&id=9bd310",
            "",
            JMB_FOOT,
        ]
    )
    add(
        fam,
        "moderator_auditions",
        neg(),
        "jitsi-jmb moderator invitation: the reader chairs auditions of other candidates.",
        sender=f"Visioconférence <noreply@{host}>",
        subject="Invitation visioconférence",
        text=body,
        sent=at(2027, 5, 3, 11, 40, z),
        lang="fr",
    )
    s = at(2027, 5, 20, 17, 30, z)
    body = "\n".join(
        [
            "Bonjour,",
            "",
            "Vous êtes invité à une visioconférence.",
            "",
            jmb_block(
                s,
                60,
                "Réunion d'information - semestre à l'étranger",
                "Bureau des relations internationales / bri@univ-ouest.example",
            ),
            "",
            "* Vous pourrez rejoindre la réunion en cliquant sur le lien suivant:",
            f"https://{host}/join.cgi?id=3e0c58",
            "",
            "* Merci de confirmer votre votre présence ou votre absence en cliquant sur un des liens suivants:",
            f"ACCEPTER l'invitation: https://{host}/invitation.cgi?accept&id=3e0c58",
            f"DECLINER l'invitation: https://{host}/invitation.cgi?decline&id=3e0c58",
            "",
            JMB_FOOT,
        ]
    )
    add(
        fam,
        "guest_info_session",
        neg(),
        "jitsi-jmb guest invitation to a group information session (not an interview).",
        sender=f"Visioconférence <noreply@{host}>",
        subject="Invitation visioconférence",
        text=body,
        sent=at(2027, 5, 12, 9, 0, z),
        lang="fr",
    )


# ------------------------------------------------------------------------------ gancio26
GANCIO_CONFIRM = {
    "ca": "Pots confirmar aquesta activitat a <a href='{url}'>la pàgina de confirmació</a>",
    "eu": "Ekitaldi hau <a href='{url}'>hemen</a> baieztatu dezakezu",
    "gl": "Podes confirmar este evento <a href='{url}'>nesta páxina</a>",
    "it": "Puoi confermare questo evento premendo il tasto conferma in <a href='{url}'>questa pagina</a>",
}


def gancio26() -> None:
    fam = "gancio26"
    # (name, locale, babel locale, zone, site title, base, event title, place, address, start, description, tags, to_confirm)
    rows = [
        (
            "event_ca_taller",
            "ca",
            "ca",
            "Europe/Madrid",
            "Agenda Gràcia",
            "agenda-gracia.example",
            "Taller de currículum i entrevistes de feina",
            "Casal de Barri",
            "c/ Verdi 61, Barcelona",
            at(2027, 1, 14, 18, 30, "Europe/Madrid"),
            "Aprèn a preparar una entrevista de feina amb simulacions en grup. Places limitades.",
            ["feina", "formació"],
            False,
        ),
        (
            "event_ca_confirm",
            "ca",
            "ca",
            "Europe/Madrid",
            "Agenda Gràcia",
            "agenda-gracia.example",
            "Fira de l'ocupació jove",
            "Mercat de l'Abaceria",
            "Travessera de Gràcia 186",
            at(2027, 2, 6, 10, 0, "Europe/Madrid"),
            "Empreses del barri fan entrevistes ràpides a joves de 16 a 29 anys.",
            ["ocupació"],
            True,
        ),
        (
            "event_eu_hitzaldia",
            "eu",
            "eu",
            "Europe/Madrid",
            "Bilbo Agenda",
            "bilbo-agenda.example",
            "Lan elkarrizketak: aholkuak",
            "Bidebarrieta Liburutegia",
            "Bidebarrieta 4, Bilbo",
            at(2027, 1, 21, 19, 0, "Europe/Madrid"),
            "Hitzaldi irekia, doan.",
            ["lana"],
            True,
        ),
        (
            "event_gl_obradoiro",
            "gl",
            "gl",
            "Europe/Madrid",
            "Axenda Compostela",
            "axenda-compostela.example",
            "Obradoiro de entrevistas de traballo",
            "Centro Sociocultural Santa Marta",
            "Rúa Santa Marta 23",
            at(2027, 1, 28, 17, 0, "Europe/Madrid"),
            "Simulación de entrevistas con persoal de orientación laboral.",
            ["emprego"],
            True,
        ),
        (
            "event_it_colloqui",
            "it",
            "it",
            "Europe/Rome",
            "Bologna Eventi Liberi",
            "eventi-bologna.example",
            "Colloqui di lavoro: simulazioni aperte",
            "Vag61",
            "via Paolo Fabbri 110",
            at(2027, 2, 11, 18, 0, "Europe/Rome"),
            "Serata di simulazioni di colloquio con volontari delle risorse umane.",
            ["lavoro", "formazione"],
            False,
        ),
        (
            "event_it_confirm",
            "it",
            "it",
            "Europe/Rome",
            "Bologna Eventi Liberi",
            "eventi-bologna.example",
            "Assemblea cittadina sulla casa",
            "XM24",
            "via Fioravanti 24",
            at(2027, 2, 19, 20, 30, "Europe/Rome"),
            "Assemblea aperta.",
            ["casa"],
            True,
        ),
        (
            "event_es_charla",
            "es",
            "es",
            "Europe/Madrid",
            "Agenda Lavapiés",
            "agenda-lavapies.example",
            "Charla: cómo afrontar una entrevista de trabajo",
            "La Tabacalera",
            "Embajadores 53, Madrid",
            at(2027, 3, 4, 19, 0, "Europe/Madrid"),
            "Con orientadoras laborales. Entrada libre.",
            ["empleo"],
            False,
        ),
        (
            "event_de_vortrag",
            "de",
            "de",
            "Europe/Berlin",
            "Leipzig Kalender",
            "kalender-leipzig.example",
            "Bewerbungsgespräche üben",
            "Stadtteilladen Connewitz",
            "Bornaische Str. 8",
            at(2027, 3, 9, 18, 0, "Europe/Berlin"),
            "Offener Workshop mit Rollenspielen.",
            ["arbeit"],
            False,
        ),
        (
            "event_nl_spreekuur",
            "nl",
            "nl",
            "Europe/Amsterdam",
            "Agenda Oost",
            "agenda-oost.example",
            "Sollicitatiegesprek oefenen",
            "Buurthuis De Meeuw",
            "Javastraat 44, Amsterdam",
            at(2027, 3, 16, 19, 30, "Europe/Amsterdam"),
            "Oefen je sollicitatiegesprek met vrijwilligers.",
            ["werk"],
            False,
        ),
        (
            "event_pl_warsztat",
            "pl",
            "pl",
            "Europe/Warsaw",
            "Kalendarz Nadodrze",
            "kalendarz-nadodrze.example",
            "Warsztaty: rozmowa kwalifikacyjna",
            "Klub Mleczarnia",
            "ul. Włodkowica 5, Wrocław",
            at(2027, 3, 18, 17, 30, "Europe/Warsaw"),
            "Ćwiczymy rozmowy kwalifikacyjne w parach.",
            ["praca"],
            False,
        ),
        (
            "event_sv_kurs",
            "sv",
            "sv",
            "Europe/Stockholm",
            "Kalendern Södermalm",
            "kalendern-sodermalm.example",
            "Öva inför anställningsintervju",
            "Medborgarhuset",
            "Forsgrénska vägen 1",
            at(2027, 3, 23, 18, 0, "Europe/Stockholm"),
            "Kostnadsfri kurs.",
            ["jobb"],
            False,
        ),
        (
            "event_fi_paja",
            "fi",
            "fi",
            "Europe/Helsinki",
            "Kalenteri Kallio",
            "kalenteri-kallio.example",
            "Työhaastattelupaja",
            "Kallion kirjasto",
            "Viides linja 11",
            at(2027, 3, 25, 17, 0, "Europe/Helsinki"),
            "Harjoitellaan työhaastattelua pienryhmissä.",
            ["työ"],
            False,
        ),
        (
            "event_ro_atelier",
            "ro",
            "ro",
            "Europe/Bucharest",
            "Agenda Cluj",
            "agenda-cluj.example",
            "Atelier: interviul de angajare",
            "Casa Tranzit",
            "str. Georg Coșbuc 4",
            at(2027, 4, 1, 18, 0, "Europe/Bucharest"),
            "Simulări de interviu cu voluntari.",
            ["muncă"],
            False,
        ),
        (
            "event_tr_atolye",
            "tr",
            "tr",
            "Europe/Istanbul",
            "Kadıköy Takvim",
            "kadikoy-takvim.example",
            "İş görüşmesi atölyesi",
            "Kadıköy Kent Konseyi",
            "Caferağa Mah. 34710",
            at(2027, 4, 6, 19, 0, "Europe/Istanbul"),
            "Ücretsiz atölye.",
            ["iş"],
            False,
        ),
        (
            "event_ptbr_roda",
            "pt-BR",
            "pt_BR",
            "America/Sao_Paulo",
            "Agenda Bixiga",
            "agenda-bixiga.example",
            "Roda de conversa: entrevista de emprego",
            "Casa do Povo",
            "R. Três Rios 252, São Paulo",
            at(2027, 4, 8, 19, 30, "America/Sao_Paulo"),
            "Dicas para entrevistas e simulações.",
            ["trabalho"],
            False,
        ),
    ]
    for name, lang, bl, _zone, site, base, title, place, addr, s, desc, tags, confirm in rows:
        when = babel_dt(s, "EEEE, d MMMM HH:mm", locale=bl)
        slug = name.split("_", 1)[1].replace("_", "-")
        url = f"https://{base}/event/{slug}-{s:%Y%m%d}"
        html = [
            f"<h3>{title}</h3>",
            f"<p>📍 {place} - {addr}</p>",
            f"<p>⏰ {when}</p>",
            "<br>",
            f"<p>{desc}</p>",
        ]
        html += [f"<span>#{t} </span>" for t in tags]
        html += ["<br>", f'<a href="{url}">{url}</a>', "<hr>"]
        if confirm and lang in GANCIO_CONFIRM:
            html.append(f"<p>{GANCIO_CONFIRM[lang].format(url=url)}</p>")
        html += ["<hr>", f'<small><a href="https://{base}">{site}</a> / {site}</small>']
        doc = f'<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>{site}</title></head><body>{"".join(html)}</body></html>'
        subj = f"[{site}] {title} @{place} {when}"
        sent = (s - timedelta(days=10)).replace(hour=12, minute=3)
        add(
            fam,
            name,
            neg(),
            f"Gancio event notification ({lang}){' asking the admin to confirm' if confirm else ''}: '{when}' for a public event.",
            sender=f"{site} <noreply@{base}>",
            subject=subj,
            text="",
            html=doc,
            sent=sent,
            lang=lang,
        )
    s = at(2027, 2, 24, 18, 0, "Europe/Madrid")
    when = babel_dt(s, "EEEE, d MMMM HH:mm", locale="gl")
    doc = (
        "<!DOCTYPE html><html><body>Unha visitante denunciou o evento <strong>Xornada de portas abertas - entrevistas rápidas</strong>:<br/>"
        f"<blockquote>A data ({when}) está mal, é ás 17:00.</blockquote><br/><br/><a href='https://axenda-compostela.example/admin'>Abrir moderación</a>"
        "<hr><small><a href='https://axenda-compostela.example'>Axenda Compostela</a></small></body></html>"
    )
    add(
        fam,
        "report_gl",
        neg(),
        "Gancio moderation report (gl, 'Moderar o evento ...') quoting an event time.",
        sender="Axenda Compostela <noreply@axenda-compostela.example>",
        subject="Moderar o evento Xornada de portas abertas - entrevistas rápidas",
        text="",
        html=doc,
        sent=at(2027, 2, 14, 21, 40, "Europe/Madrid"),
        lang="gl",
    )


# ------------------------------------------------------------------------------ rendering
def _headers(sender: str, subject: str, sent: datetime, msgid: str) -> bytes:
    head = [
        f"From: {cp.header_text(sender)}",
        f"To: {TO}",
        f"Subject: {cp.header_text(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{msgid}@fresh26.example>",
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(head).encode() + b"\r\n"


def render(case: Case) -> tuple[str, bytes]:
    name = f"{case.family}__{case.name}.eml"
    m = case.mail
    if case.ics is not None:
        qc = q.Case(case.family, case.name, case.ics, case.label, case.note, m)
        _, data = q.render(qc)
        return name, data.replace(b"@calquirks20.example>", b"@fresh26.example>")
    sent = m["sent"]
    assert isinstance(sent, datetime)
    html = m.get("html_body")
    if html:
        hb = str(html).replace("\n", "\r\n").encode()
        body = q.c17.part('text/html; charset="utf-8"', hb, "quoted-printable")
    else:
        tb = str(m["text"]).replace("\n", "\r\n").encode()
        body = q.c17.part(
            'text/plain; charset="utf-8"', tb, "7bit" if tb.isascii() else "quoted-printable"
        )
    return name, _headers(
        str(m["sender"]), str(m["subject"]), sent, f"{case.family}.{case.name}"
    ) + body


def main() -> None:
    for build in (obm26, horilla26, jmb26, gancio26):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in CASES:
        if case.ics is not None:
            q.verify(q.Case(case.family, case.name, case.ics, case.label, case.note, case.mail))
        name, data = render(case)
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE[case.family],
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(CASES), "files")


if __name__ == "__main__":
    main()
