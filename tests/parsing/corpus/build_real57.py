# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "real57" batch: mail a job seeker really receives, and might forward, that carries
a date and time and sets no job interview for the reader, beside controls that do: rejections
and "we went with someone else" mails that quote the interview date, reference calls held
with the reader's referee, services after an offer (immigration lawyers, relocation agents,
movers, a salary-negotiation agent the reader hired), recruiters' out-of-office and "back on
Monday at 9" replies, company all-hands, offsites and welcome events reaching a new hire
before the first day, alumni and mentoring coffee chats, hackathon and coding-contest rounds,
and meeting tools' transcript and recording notices beside AI interview-practice apps.
Shapes: plain text, HTML only, multipart, forwards (Gmail, Outlook, Apple Mail headers in the
forwarder's language), replies quoting earlier mail, calendar REQUEST and PUBLISH. Languages:
en-GB, en-US, de, fr, es, it, nl, pt-BR, pl, sv, ja, zh, ko, tr, id, hi. Controls in every
family: the reader's own job interview worded close to the look-alikes.

Run: .venv/bin/python tests/parsing/corpus/build_real57.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. Held-out families drawn by
`random.Random("real57 coin").sample(sorted(FAMILIES), 2)` before anything was written:
recruiterooo57, refereecall57. Deterministic; the script deletes or writes only files of its
own families.
"""

from __future__ import annotations

import html
import importlib.util
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
cn = _load("build_calneg50", "build_calneg50.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
OURS = "hand-written, no template; client forward and reply shapes recalled"
LIC = "text ours"

FAMILIES = {
    "rejectquote57": "Rejections and 'we went with someone else' mails that quote the past "
    "interview's date and time ('thank you for interviewing with us on Friday, January 8 at "
    "10:30 AM', 'vielen Dank für das Gespräch am 7. Januar um 11 Uhr', 'suite à notre entretien "
    "du vendredi 8 janvier à 15h', '先日1月8日(金)14時からの面接', 'dziękujemy za rozmowę "
    "kwalifikacyjną w czwartek'), a feedback call offered at a fixed time, a reply to the "
    "reader's 'any news?', a forward with the reader's note; controls: 'not this role, but we'd "
    "like to interview you for another' and second-round invitations in the same words.",
    "refereecall57": "Reference checks: calls with the reader's referee at a fixed time that "
    "the reader does not attend, told by the recruiter or by the referee; controls: the final "
    "interview set beside the reference step (held out).",
    "afteroffer57": "Services after an offer: immigration lawyers' consultations, relocation "
    "agents' viewing tours, a residence-permit appointment ('titre de séjour', 'IND-afspraak "
    "biometrie', 'Registro Nacional Migratório'), movers' surveys and moving days ('Flytten "
    "bokad'), a salary-negotiation agent the reader hired, one as a calendar REQUEST; controls: "
    "the reader's own job interview at a law firm, a mover or a relocation company, or the "
    "final interview of a job that pays relocation.",
    "recruiterooo57": "Recruiters' out-of-office and absence replies ('back on Monday at 9'), "
    "some quoting the reader's mail about an interview; controls: the recruiter back at the "
    "desk confirming the reader's interview (held out).",
    "prestart57": "Company events reaching a new hire before the first day: all-hands and town "
    "halls, a welcome lunch, an offsite, a works meeting ('Betriebsversammlung'), a team "
    "outing ('integracja zespołu'), a company dinner, an annual party ('年会'), one as a "
    "calendar REQUEST; controls: the reader's own final interview that includes meeting the "
    "team.",
    "mentorchat57": "Alumni and mentoring coffee chats and informational interviews ('happy to "
    "do a coffee chat', 'Mentoring-Gespräch', 'café carrière', 'kennismaking met je mentor', "
    "'chiacchierata informale', '커피챗', 'sesi mentoring'), a mentor's reply agreeing to the "
    "reader's proposed time, one as a calendar REQUEST; controls: a job interview held "
    "informally over coffee, or set after a coffee chat.",
    "contest57": "Hackathons and coding contests: check-in and kick-off times, contest rounds "
    "('Round 2 starts', 'プログラミングコンテスト 第2ラウンド', '算法竞赛复赛', 'maratona de "
    "programação'), finalists' pitches and judging slots ('jüri sunumu', 'Finał konkursu'), one "
    "as a calendar REQUEST; controls: a sponsor's job interview offered to top finishers.",
    "meetingai57": "Meeting tools' transcript, summary and recording-ready notices for a past "
    "interview ('Your transcript is ready', 'Cloud recording is now available', "
    "'Meeting-Protokoll'), and AI interview-practice apps booking or reporting mock interviews "
    "('séance d'entraînement', 'simulacro de entrevista con IA', 'AI 모의면접', 'AI मॉक "
    "इंटरव्यू', '模擬面接'), one as a calendar REQUEST; controls: the reader's own live "
    "interview that will be recorded or transcribed.",
}
HELD = frozenset(random.Random("real57 coin").sample(sorted(FAMILIES), 2))
assert frozenset({"refereecall57", "recruiterooo57"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-GB": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "pt-BR": "America/Sao_Paulo",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
    "tr": "Europe/Istanbul",
    "hi": "Asia/Kolkata",
    "id": "Asia/Jakarta",
}
# Tuesday 12 January 2027, 09:15 local: when the text mails are sent ("tomorrow" is Wed 13)
SENT = (2027, 1, 12, 9, 15)
Slot = tuple[int, int, int, int, int]
WED13_14: Slot = (2027, 1, 13, 14, 0)
THU14_10: Slot = (2027, 1, 14, 10, 0)
THU14_1530: Slot = (2027, 1, 14, 15, 30)
FRI15_11: Slot = (2027, 1, 15, 11, 0)
SAT16_9: Slot = (2027, 1, 16, 9, 0)
MON18_9: Slot = (2027, 1, 18, 9, 0)
TUE19_1030: Slot = (2027, 1, 19, 10, 30)
WED20_14: Slot = (2027, 1, 20, 14, 0)
THU21_15: Slot = (2027, 1, 21, 15, 0)
for _slot, _day in [
    (SENT, "Tue"),
    ((2027, 1, 7, 0, 0), "Thu"),
    ((2027, 1, 8, 0, 0), "Fri"),
    ((2027, 1, 11, 0, 0), "Mon"),
    (WED13_14, "Wed"),
    (THU14_10, "Thu"),
    (THU14_1530, "Thu"),
    (FRI15_11, "Fri"),
    (SAT16_9, "Sat"),
    ((2027, 1, 17, 0, 0), "Sun"),
    (MON18_9, "Mon"),
    (TUE19_1030, "Tue"),
    (WED20_14, "Wed"),
    (THU21_15, "Thu"),
]:
    assert datetime(*_slot).strftime("%a") == _day, _slot


def html_of(text: str) -> str:
    paras = "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>\n") + "</p>\n"
        for p in text.split("\n\n")
    )
    return (
        '<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n{paras}</body></html>'
    )


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
    fwd: str = "",
    reply: bool = False,
    markup: str = "",
) -> None:
    """One mail. With `slot` the reader's own job interview at that wall time (no zone
    stated), labelled an invitation (with its end when the text gives a length); without it a
    look-alike, labelled not_invitation. `shape`: text, html (HTML only) or alt (both).
    `fwd`: the reader forwards the mail to Afterview; the body holds the client's header block
    and the value is the forwarded mail's From address. `reply`: the mail answers an earlier
    one (In-Reply-To), its quote written in the body."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"real57 {fam} {lang} {name}"
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
        if fwd:
            label["original_sender"] = fwd
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    page = markup or html_of(body)
    text = None if shape == "html" else body
    markup_part = page if shape in ("html", "alt") else None
    raw = pp.mail(
        key,
        sender=ME if fwd else sender,
        to=HOOK if fwd else ME,
        subject=subject,
        sent=sent_at,
        text=text,
        html=markup_part,
        reply_to_key=f"{key} parent" if reply else "",
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def cal(
    fam: str,
    lang: str,
    name: str,
    kind: str,
    prod: str,
    summary: str,
    slot: Slot,
    minutes: int,
    org: tuple[str, str],
    subject: str,
    body: str,
    others: list[tuple[str, str]],
    note: str,
    *,
    desc: str = "",
    loc: str = "",
    mode: str = "alt",
    method: str = "REQUEST",
) -> None:
    """One calendar mail (REQUEST with the reader as a required ATTENDEE beside `others`, or a
    PUBLISH without attendees); the label follows from the datetimes (a look-alike carries no
    slot)."""
    zone = ZONE[lang]
    start = datetime(*slot, tzinfo=ZoneInfo(zone))
    end = start + timedelta(minutes=minutes)
    sent = start - timedelta(days=6, hours=2, minutes=17)
    uid = cn.uid_for(fam, name, "uuid", org[1].split("@")[-1])
    people = [cn.me(), *(cn.att(n, m) for n, m in others)] if method == "REQUEST" else []
    ev = cn.vevent(uid, sent, start, end, summary, org, people, desc=desc, loc=loc)
    ics = cn.vcal(cn.PROD.get(prod, prod), method, [*cn.vtz(zone, start.year), *ev])
    c = cn.C(
        fam, name, lang, kind, org, subject, body, ics, sent, start, end, zone=zone,
        mode=mode, note=note,
    )  # fmt: skip
    if kind != "not_invitation":
        c.uid, c.seq, c.method = uid, 0, method
    c.ct_method = method
    cn.check(c)
    raw = cn.render(c).replace(b"@calneg50.example>", b"@real57.example>")
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, cn.label(c), lang, note, OURS, LIC))


# --- rejectquote57 ------------------------------------------------------------------------------
def rejectquote() -> None:
    f = "rejectquote57"
    neg = "A rejection after the interview that quotes its past date and time: not an invitation."
    ctl = "Not this role, or on to the next round: the reader's own interview at a fixed time (control)."
    add(
        f,
        "en-GB",
        "went_with_another",
        ("Harriet Cole", "harriet.cole@fenwick-logistics.example.co.uk"),
        "Your application - Data Analyst",
        "Dear Alex,\n\nThank you for coming in to see us on Thursday 7 January at 14:00, and for the time you put into the case study. The panel enjoyed meeting you.\n\nI'm sorry to say that we have decided to go with another candidate, whose experience with warehouse systems was a closer match for what we need right now.\n\nIf it would help, I'm happy to share some feedback - just reply to this email. We'll keep your details on file until 30 June 2027 in case a similar role opens up.\n\nKind regards,\nHarriet Cole\nTalent Partner | Fenwick Logistics\n01132 496 0871",
        neg,
    )
    add(
        f,
        "en-US",
        "ats_moving_forward",
        ("Kestrel Analytics Careers", "no-reply@careers.kestrel-analytics.example"),
        "Update on your application for Product Analyst",
        "Hi Alex,\n\nThank you for interviewing with us on Friday, January 8 at 10:30 AM, and for your interest in the Product Analyst role at Kestrel Analytics.\n\nAfter careful consideration, we have decided to move forward with other candidates whose qualifications more closely match our current needs.\n\nWe encourage you to apply for future openings that fit your background. You can see all open roles at careers.kestrel-analytics.example.\n\nBest of luck in your search,\nThe Kestrel Analytics Recruiting Team\n\nThis message was sent from an unmonitored mailbox. Please do not reply.",
        neg,
        shape="html",
        markup='<html><body style="margin:0;background:#f4f5f7">\n<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">\n<tr><td style="padding:24px"><img src="https://careers.kestrel-analytics.example/logo.png" alt="Kestrel Analytics" width="140"></td></tr>\n<tr><td style="padding:0 24px">\n<p>Hi Alex,</p>\n<p>Thank you for interviewing with us on <strong>Friday, January 8 at 10:30 AM</strong>, and for your interest in the Product Analyst role at Kestrel Analytics.</p>\n<p>After careful consideration, we have decided to move forward with other candidates whose qualifications more closely match our current needs.</p>\n<p>We encourage you to apply for future openings that fit your background.</p>\n<p><a href="https://careers.kestrel-analytics.example/jobs" style="background:#1d4ed8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">See open roles</a></p>\n<p>Best of luck in your search,<br>The Kestrel Analytics Recruiting Team</p>\n</td></tr>\n<tr><td style="padding:24px;font-size:11px;color:#888">This message was sent from an unmonitored mailbox. Please do not reply.</td></tr>\n</table></td></tr></table>\n</body></html>',
    )
    add(
        f,
        "de",
        "absage_nach_gespraech",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "Ihre Bewerbung als Projektingenieur/in",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für das angenehme Gespräch am Donnerstag, 7. Januar 2027 um 11 Uhr und das Interesse an unserem Unternehmen.\n\nNach sorgfältiger Abwägung haben wir uns für eine andere Bewerberin entschieden, deren Profil unseren Anforderungen noch etwas besser entspricht. Diese Entscheidung ist uns nicht leichtgefallen.\n\nIhre Unterlagen löschen wir gemäß Datenschutz nach sechs Monaten. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.\n\nMit freundlichen Grüßen\n\nKatrin Vogel\nPersonalabteilung\nLindqvist Maschinenbau GmbH · Werkstraße 8 · 09113 Chemnitz",
        neg,
        shape="alt",
    )
    add(
        f,
        "fr",
        "fwd_gmail_reponse_negative",
        ("Sophie Lemaire", "s.lemaire@maison-ravel.example.fr"),
        "Fwd: Votre candidature – Chargé(e) de communication",
        "Pour info, c'est non pour Maison Ravel :( à classer.\n\n---------- Forwarded message ---------\nDe : Sophie Lemaire <s.lemaire@maison-ravel.example.fr>\nDate: lun. 11 janv. 2027 à 17:42\nSubject: Votre candidature – Chargé(e) de communication\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\nBonjour Alex,\n\nSuite à notre entretien du vendredi 8 janvier à 15h, nous vous remercions pour l'intérêt que vous portez à Maison Ravel.\n\nAprès réflexion, nous avons retenu une autre candidature pour ce poste. Votre parcours reste intéressant et nous nous permettrons de revenir vers vous si une opportunité se présente.\n\nBien cordialement,\n\nSophie Lemaire\nResponsable RH – Maison Ravel\n12 rue des Tanneurs, 69002 Lyon",
        neg,
        fwd="s.lemaire@maison-ravel.example.fr",
    )
    add(
        f,
        "es",
        "feedback_llamada",
        ("Marta Ibáñez", "marta.ibanez@grupoalbor.example.es"),
        "Resultado del proceso – Técnico/a de soporte IT",
        "Hola, Alex:\n\nGracias por tu tiempo en la entrevista del jueves 7 de enero a las 12:00. Lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura: hemos elegido a una persona con más experiencia en entornos Linux.\n\nSabemos que un «no» sin explicación ayuda poco, así que te hemos reservado una llamada de feedback de 15 minutos el jueves 14 de enero a las 10:00. Te llamaré al número de tu CV; si no te viene bien, dímelo y buscamos otro momento.\n\nUn saludo,\nMarta Ibáñez\nSelección · Grupo Albor\nCalle Alcalá 120, Madrid",
        "A rejection that offers a feedback call at a fixed time: a call about the decision, not an interview.",
    )
    add(
        f,
        "nl",
        "reply_gekozen_ander",
        ("Sanne de Vries", "sanne.devries@vandam-logistiek.example.nl"),
        "RE: Stand van zaken sollicitatie planner",
        "Hoi Alex,\n\nBedankt voor je mail en excuses dat het even duurde. Helaas hebben we gekozen voor een andere kandidaat, die al ervaring had met ons planningssysteem. Het was echt een close call.\n\nIk wens je veel succes verder!\n\nGroet,\nSanne de Vries\nHR-adviseur | Van Dam Logistiek\n\n-----Oorspronkelijk bericht-----\nVan: Alex Morgan <alex.morgan@mailbox.example>\nVerzonden: dinsdag 12 januari 2027 08:02\nAan: Sanne de Vries <sanne.devries@vandam-logistiek.example.nl>\nOnderwerp: Stand van zaken sollicitatie planner\n\nBeste Sanne,\n\nNogmaals bedankt voor ons gesprek van vrijdag 8 januari om 13.30 uur. Is er al iets meer bekend over de vervolgstap?\n\nMet vriendelijke groet,\nAlex Morgan",
        "A reply over the reader's 'any news?' mail: the role went to someone else; the quoted interview is past.",
        reply=True,
    )
    add(
        f,
        "ja",
        "oinori",
        ("株式会社ミナト物流 採用担当", "saiyo@minato-butsuryu.example.jp"),
        "選考結果のご連絡（株式会社ミナト物流）",
        "Alex Morgan 様\n\nこの度は、弊社の経理スタッフ職にご応募いただき、誠にありがとうございました。\nまた、先日1月8日(金)14時からの面接にお越しいただき、重ねて御礼申し上げます。\n\n慎重に選考を進めました結果、誠に残念ながら、今回はご希望に添いかねる結果となりました。\nご期待に沿えず大変恐縮ではございますが、何卒ご了承くださいますようお願い申し上げます。\n\nAlex様の今後のご活躍を心よりお祈り申し上げます。\n\n株式会社ミナト物流\n人事部 採用担当　佐藤\nTEL 03-5555-0142",
        neg,
    )
    add(
        f,
        "pt-BR",
        "banco_talentos",
        ("Grupo Ipê – Recrutamento", "recrutamento@grupoipe.example.com.br"),
        "Retorno sobre o processo seletivo – Analista Financeiro Pleno",
        "Olá, Alex!\n\nAgradecemos sua participação na entrevista de 07/01 às 9h com a nossa gerente financeira.\n\nDepois de avaliar todos os candidatos, optamos por seguir com outro perfil nesta vaga. Gostamos muito da conversa e, com sua autorização, vamos manter seu currículo no nosso banco de talentos por 12 meses.\n\nDesejamos muito sucesso!\n\nEquipe de Recrutamento\nGrupo Ipê · Av. Paulista, 1500 – São Paulo/SP",
        neg,
        shape="html",
    )
    add(
        f,
        "pl",
        "inny_kandydat",
        ("Agnieszka Nowak", "agnieszka.nowak@wistulasoft.example.pl"),
        "Informacja o wyniku rekrutacji – Tester oprogramowania",
        "Dzień dobry Panie Alexie,\n\ndziękujemy za udział w rozmowie kwalifikacyjnej w czwartek 7 stycznia o godz. 10:00 oraz za poświęcony czas.\n\nZ przykrością informujemy, że tym razem zdecydowaliśmy się na innego kandydata. Pana CV zachowamy w bazie do 31.12.2027 r., zgodnie ze zgodą na przyszłe rekrutacje.\n\nŻyczymy powodzenia w dalszych poszukiwaniach.\n\nZ poważaniem\nAgnieszka Nowak\nHR Business Partner, Wistula Soft sp. z o.o.\nul. Długa 14, 80-827 Gdańsk",
        neg,
    )
    add(
        f,
        "zh",
        "yihan_tongzhi",
        ("星河科技 招聘组", "hr@xinghe-tech.example.cn"),
        "面试结果通知",
        "Alex 您好：\n\n感谢您于1月8日（周五）下午3点参加我司产品经理岗位的面试。\n\n经过综合评估，很遗憾您本次未能进入下一轮。我们已将您的简历存入人才库，如有合适岗位会再与您联系。\n\n祝您求职顺利！\n\n星河科技 人力资源部\n上海市徐汇区漕溪北路88号",
        neg,
    )
    add(
        f,
        "en-GB",
        "control_other_role",
        ("Harriet Cole", "harriet.cole@fenwick-logistics.example.co.uk"),
        "Your application - and another role",
        "Dear Alex,\n\nThank you for coming in on Thursday 7 January. I'm afraid the Senior Data Analyst post has gone to an internal candidate.\n\nThe panel were impressed, though, and we'd like to interview you for our Data Analyst role instead. Could you come in on Thursday 14 January at 10:00? It will take 45 minutes, at the same office (Fenwick House, Leeds), with Priya Shah and me.\n\nPlease let me know if that's a problem; otherwise we'll see you then.\n\nKind regards,\nHarriet Cole\nTalent Partner | Fenwick Logistics",
        ctl,
        slot=THU14_10,
        minutes=45,
    )
    add(
        f,
        "de",
        "control_fwd_outlook_zweites",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "WG: Einladung zum zweiten Gespräch",
        "Zur Info - das zweite Gespräch steht!\n\n________________________________\nVon: Katrin Vogel <k.vogel@lindqvist-maschinenbau.example.de>\nGesendet: Montag, 11. Januar 2027 16:20\nAn: Alex Morgan <alex.morgan@mailbox.example>\nBetreff: Einladung zum zweiten Gespräch\n\nSehr geehrte/r Alex Morgan,\n\nvielen Dank für das Gespräch am 7. Januar. Anders als bei vielen Mitbewerbern fällt unsere Entscheidung bei Ihnen positiv aus: Wir möchten Sie gern zu einem zweiten Gespräch einladen.\n\nTermin: Mittwoch, 20. Januar 2027, 14:00 Uhr\nOrt: Werkstraße 8, Chemnitz, Gebäude B\nGesprächspartner: Herr Dr. Brandt (Bereichsleitung)\n\nMit freundlichen Grüßen\nKatrin Vogel\nPersonalabteilung",
        ctl,
        slot=WED20_14,
        fwd="k.vogel@lindqvist-maschinenbau.example.de",
    )
    add(
        f,
        "es",
        "control_otro_puesto",
        ("Marta Ibáñez", "marta.ibanez@grupoalbor.example.es"),
        "Tu candidatura en Grupo Albor",
        "Hola, Alex:\n\nGracias por la entrevista del jueves 7 de enero. Para el puesto de Técnico/a de soporte IT no has sido la persona seleccionada, pero tu perfil encaja muy bien con otra vacante que acabamos de abrir: Administrador/a de sistemas junior.\n\nTe proponemos una entrevista para ese puesto el lunes 18 de enero a las 9:00, en nuestras oficinas de Calle Alcalá 120. Ya está reservada a tu nombre.\n\nUn saludo,\nMarta Ibáñez\nSelección · Grupo Albor",
        ctl,
        slot=MON18_9,
        shape="html",
    )
    add(
        f,
        "ja",
        "control_niji_mensetsu",
        ("株式会社ミナト物流 採用担当", "saiyo@minato-butsuryu.example.jp"),
        "一次面接の結果および二次面接のご案内",
        "Alex Morgan 様\n\n先日は一次面接にお越しいただき、誠にありがとうございました。\n選考の結果、Alex様には二次面接へお進みいただくこととなりましたので、ご案内申し上げます。\n\n日時：1月19日(火) 10時30分～11時30分\n場所：弊社本社 7階 会議室A（東京都港区芝浦3-4-1）\n面接官：経理部長 高橋\n\nご都合が悪い場合は、1月14日までにご連絡ください。\n\n株式会社ミナト物流\n人事部 採用担当　佐藤",
        ctl,
        slot=TUE19_1030,
        minutes=60,
    )


# --- afteroffer57 -------------------------------------------------------------------------------
def afteroffer() -> None:
    f = "afteroffer57"
    neg = "A service the reader uses after accepting an offer (lawyer, relocation agent, movers, permit office, negotiation agent): not an invitation."
    ctl = "The reader's own job interview, worded close to the after-offer services (control)."
    add(
        f,
        "en-US",
        "immigration_consult",
        ("Brennan & Ruiz Immigration Law", "intake@brennanruiz-law.example"),
        "Consultation confirmed: H-1B transfer - Alex Morgan",
        "Dear Alex,\n\nThank you for choosing Brennan & Ruiz. Your consultation about the H-1B transfer for your new position with Kestrel Analytics is confirmed:\n\nDate: Thursday, January 14, 2027\nTime: 3:30 PM\nAttorney: Maria Ruiz, Esq.\nFormat: Phone (we will call the number on file)\n\nPlease upload your offer letter, current I-797 and last three pay stubs to the client portal before the call.\n\nSincerely,\nDaniel Okafor\nIntake Coordinator\nBrennan & Ruiz Immigration Law, 410 Park Ave S, New York, NY\n\nThis email may contain privileged and confidential information.",
        neg,
    )
    add(
        f,
        "en-GB",
        "removals_survey",
        ("Thameside Removals", "bookings@thameside-removals.example.co.uk"),
        "Your pre-move survey is booked",
        "Hello Alex,\n\nThanks for choosing Thameside Removals for your move from London to Leeds.\n\nYour surveyor, Gary, will visit on Wednesday 20 January between 14:00 and 16:00 to look at your belongings and confirm the quote. It usually takes about 40 minutes.\n\nYour provisional moving day is Friday 29 January.\n\nNeed to change the survey? Call 020 7946 0321.\n\nThameside Removals Ltd\nBAR member No. 4471",
        neg,
        shape="html",
    )
    add(
        f,
        "de",
        "relocation_besichtigung",
        ("Isar Relocation Services", "team@isar-relocation.example.de"),
        "Ihre Besichtigungstour am Freitag",
        "Hallo Alex,\n\nwie mit Ihrem neuen Arbeitgeber vereinbart, begleiten wir Sie bei der Wohnungssuche in München.\n\nUnsere Besichtigungstour startet am Freitag, 15.01., um 11:00 Uhr. Treffpunkt ist der Haupteingang Ostbahnhof; Frau Berger holt Sie dort mit dem Auto ab. Geplant sind vier Wohnungen in Haidhausen und Giesing.\n\nBitte bringen Sie Ausweis, Arbeitsvertrag und eine SCHUFA-Auskunft mit.\n\nBeste Grüße\nLaura Berger\nIsar Relocation Services GmbH",
        neg,
    )
    add(
        f,
        "fr",
        "prefecture_titre_sejour",
        ("Atlas Mobilité", "dossiers@atlas-mobilite.example.fr"),
        "Rendez-vous préfecture – passeport talent",
        "Bonjour Alex,\n\nBonne nouvelle : nous avons obtenu votre rendez-vous à la préfecture pour le dépôt de votre titre de séjour « passeport talent ».\n\nLundi 18 janvier 2027 à 9h00\nPréfecture du Rhône, 18 rue de Bonnel, Lyon 3e – guichet 4\n\nN'oubliez pas : passeport, contrat de travail signé avec Maison Ravel, 3 photos d'identité et justificatif de domicile. Je vous accompagnerai sur place.\n\nBien à vous,\nClaire Fontaine\nConsultante relocation – Atlas Mobilité",
        neg,
        shape="alt",
    )
    add(
        f,
        "nl",
        "ind_biometrie",
        ("Dutch Landing Relocation", "support@dutchlanding.example.nl"),
        "Je IND-afspraak voor biometrie",
        "Hoi Alex,\n\nVoor je kennismigrantenvergunning hebben we een afspraak gemaakt bij het IND-loket in Den Haag om je biometrische gegevens (foto, vingerafdrukken en handtekening) te laten vastleggen.\n\nWanneer: dinsdag 19 januari, 10:30 uur\nWaar: IND-loket, Rijswijkseplein 786, Den Haag\n\nNeem je paspoort en de afspraakbevestiging mee. De afspraak duurt meestal zo'n 15 minuten.\n\nGroeten,\nMaarten Jansen\nDutch Landing Relocation",
        neg,
    )
    add(
        f,
        "sv",
        "flytten_bokad",
        ("Snabbflytt Norr", "kundtjanst@snabbflytt.example.se"),
        "Bekräftelse: Flytten bokad",
        "Hej Alex!\n\nTack för din bokning. Här är detaljerna:\n\nFlyttdag: onsdag 20 januari\nVi är på plats: kl. 08.00\nFrån: Vasagatan 12, Stockholm\nTill: Storgatan 3, Umeå\n\nFlyttkartongerna levereras fredag 15 januari kl. 11–13.\n\nVänliga hälsningar\nSnabbflytt Norr AB",
        neg,
    )
    add(
        f,
        "en-GB",
        "negotiation_agent",
        ("Rupert Hale", "rupert@offerside.example.co.uk"),
        "Kestrel offer - strategy call",
        "Hi Alex,\n\nThanks for sending over Kestrel's offer letter. Before you reply to them, let's talk it through: I think there's room on the base and the signing bonus, and we should ask about the relocation cap in writing.\n\nI've put us in for Thursday 14 Jan at 15:30 (45 mins). I'll ring your mobile. Please have your current payslip and the competing offer from Fenwick to hand.\n\nAs agreed, my fee is 8% of any uplift we secure.\n\nBest,\nRupert Hale\nOfferside - salary negotiation for tech professionals",
        "A salary-negotiation agent the reader hired sets a strategy call: not an interview.",
    )
    add(
        f,
        "pt-BR",
        "fwd_gmail_policia_federal",
        ("Mundo Relocation", "atendimento@mundorelocation.example.com.br"),
        "Fwd: Agendamento confirmado – Registro Nacional Migratório",
        "Para eu não esquecer.\n\n---------- Forwarded message ---------\nDe: Mundo Relocation <atendimento@mundorelocation.example.com.br>\nDate: seg., 11 de jan. de 2027 às 18:05\nSubject: Agendamento confirmado – Registro Nacional Migratório\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\nOlá, Alex!\n\nConseguimos o seu agendamento na Polícia Federal para o Registro Nacional Migratório (RNM):\n\nData: 13/01/2027 (quarta-feira)\nHorário: 14h\nLocal: Superintendência da PF, Rua Hugo D'Antola, 95 – São Paulo\n\nLeve o passaporte, o comprovante da taxa paga e o contrato com o Grupo Ipê.\n\nAbraços,\nRenata Souza\nMundo Relocation",
        "The reader forwards an immigration office appointment booked by the relocation agent: not an invitation.",
        fwd="atendimento@mundorelocation.example.com.br",
    )
    cal(
        f, "en-US", "google_negotiation_prep", "not_invitation", "google", "Offer negotiation prep: Alex Morgan", THU21_15, 30,
        ("Jordan Pike", "jordan@offerwise.example"), "Invitation: Offer negotiation prep: Alex Morgan @ Thu Jan 21, 2027 3pm - 3:30pm (EST)",
        "Hi Alex,\n\nHere's the invite for our prep call before you go back to Kestrel with the counter-offer. We'll rehearse the conversation with their recruiter.\n\nJordan Pike\nOfferwise Negotiation Coaching",
        [],
        "A negotiation coach's calendar REQUEST for a prep call after an offer: not an invitation.", loc="https://meet.google.com/kpt-rwqa-zxd",
    )  # fmt: skip
    add(
        f,
        "en-US",
        "control_relocation_final",
        ("Dana Whitfield", "dana.whitfield@kestrel-analytics.example"),
        "Final interview - Product Analyst (relocation included)",
        "Hi Alex,\n\nGreat news: the team would like you to come to Boston for the final interview. If we end up making you an offer, relocation is covered (movers, temporary housing and our immigration lawyers), but first things first:\n\nFinal interview: Thursday, January 21 at 3:00 PM\nWhere: Kestrel Analytics, 200 Summer St, 9th floor\nWith: me, Raj Patel (VP Product) and Elena Cho\n\nWe'll book and pay for your flight and hotel; our travel desk will be in touch.\n\nBest,\nDana Whitfield\nAnalytics Lead, Kestrel Analytics",
        ctl,
        slot=THU21_15,
    )
    add(
        f,
        "de",
        "control_kanzlei",
        ("Kanzlei Brandt & Yilmaz", "bewerbung@brandt-yilmaz.example.de"),
        "Einladung zum Vorstellungsgespräch – Fachkraft Aufenthaltsrecht",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Fachkraft für Aufenthalts- und Migrationsrecht in unserer Kanzlei.\n\nGern lernen wir Sie persönlich kennen und laden Sie zu einem Vorstellungsgespräch ein:\n\nFreitag, 15. Januar 2027, 11:00 Uhr\nKanzlei Brandt & Yilmaz, Leopoldstraße 44, 80802 München\n\nBitte bestätigen Sie den Termin kurz per E-Mail.\n\nMit freundlichen Grüßen\nRA Selin Yilmaz",
        ctl,
        slot=FRI15_11,
        shape="alt",
    )
    add(
        f,
        "fr",
        "control_reply_demenageur",
        ("Julien Lefort", "julien@demenagements-lefort.example.fr"),
        "RE: Candidature coordinateur déménagements",
        "Bonjour Alex,\n\nC'est noté : on vous attend mercredi 13 janvier à 14h à l'agence (ZI des Ponts, 69200 Vénissieux) pour l'entretien pour le poste de coordinateur déménagements. Demandez Julien à l'accueil.\n\nÀ mercredi,\nJulien Lefort\nDéménagements Lefort\n\nLe lun. 11 janv. 2027 à 19:12, Alex Morgan <alex.morgan@mailbox.example> a écrit :\n> Bonjour Monsieur Lefort,\n> Merci pour votre appel. Je vous confirme mon intérêt pour le poste et suis disponible pour un entretien quand vous le souhaitez cette semaine.\n> Bien cordialement,\n> Alex Morgan",
        ctl,
        slot=WED13_14,
        reply=True,
    )
    add(
        f,
        "ko",
        "control_iju_coordinator",
        ("글로벌이사 인사팀", "recruit@globalisa.example.kr"),
        "[글로벌이사] 해외이주 코디네이터 최종 면접 안내",
        "Alex Morgan님, 안녕하세요.\n\n글로벌이사 해외이주 코디네이터 포지션에 지원해 주셔서 감사합니다. 서류 및 1차 면접 결과, 최종 면접에 모시게 되었습니다.\n\n일시: 1월 18일(월) 오전 9시\n장소: 서울 중구 을지로 100, 12층 대회의실\n면접관: 운영본부장, 인사팀장\n\n신분증을 지참해 주세요.\n\n글로벌이사 인사팀 드림",
        ctl,
        slot=MON18_9,
    )


# --- prestart57 ---------------------------------------------------------------------------------
def prestart() -> None:
    f = "prestart57"
    neg = "A company event reaching a new hire before the first day (all-hands, welcome lunch, offsite, works meeting, party): not an invitation."
    ctl = "The reader's own final interview that includes meeting the team (control)."
    add(
        f,
        "en-US",
        "allhands_kickoff",
        ("Kestrel Analytics People Team", "people@kestrel-analytics.example"),
        "You're invited: Q1 All-Hands Kickoff",
        "Hi Alex,\n\nWe know you don't officially start until January 25, but we'd love for you to join the Q1 All-Hands Kickoff if you're free. It's a great way to see the whole company in one room before day one.\n\nWhen: Thursday, January 14, 10:00 - 11:30 AM\nWhere: 200 Summer St, 3rd floor commons (or the livestream link in your welcome packet)\n\nNo need to RSVP. Coffee and pastries from 9:45.\n\nSee you soon!\nKestrel People Team",
        neg,
        shape="html",
        markup='<html><body style="font-family:Arial,sans-serif;background:#fafafa">\n<div style="max-width:560px;margin:auto;background:#fff;padding:28px">\n<h2 style="color:#1d4ed8">You\'re invited: Q1 All-Hands Kickoff</h2>\n<p>Hi Alex,</p>\n<p>We know you don\'t officially start until January 25, but we\'d love for you to join the Q1 All-Hands Kickoff if you\'re free. It\'s a great way to see the whole company in one room before day one.</p>\n<table cellpadding="6" style="border-collapse:collapse">\n<tr><td style="color:#666">When</td><td><b>Thursday, January 14, 10:00 - 11:30 AM</b></td></tr>\n<tr><td style="color:#666">Where</td><td>200 Summer St, 3rd floor commons (or the livestream link in your welcome packet)</td></tr>\n</table>\n<p>No need to RSVP. Coffee and pastries from 9:45.</p>\n<p>See you soon!<br>Kestrel People Team</p>\n</div></body></html>',
    )
    add(
        f,
        "en-GB",
        "welcome_lunch",
        ("Priya Shah", "priya.shah@fenwick-logistics.example.co.uk"),
        "Lunch on Friday?",
        "Hi Alex,\n\nReally pleased you've accepted - the whole team is looking forward to having you.\n\nBefore you start on the 25th, a few of us are going for lunch on Friday 15 January at 12:30 at the Corn Exchange (the ramen place on the ground floor). Totally optional, but it'd be a nice way to put names to faces. My treat.\n\nLet me know if you can make it!\n\nPriya\n\nPriya Shah | Head of Insight | Fenwick Logistics",
        neg,
    )
    cal(
        f, "de", "google_offsite", "not_invitation", "google", "Team-Offsite Kick-off 2027 (Tag 1)", WED20_14, 240,
        ("Jonas Richter", "j.richter@lindqvist-maschinenbau.example.de"), "Einladung: Team-Offsite Kick-off 2027 (Tag 1) @ Mi. 20. Jan. 2027 14:00 - 18:00 (MEZ)",
        "Hallo zusammen,\n\nhier die Einladung für unser Offsite am Tegernsee. Alex, du bist schon dabei, auch wenn dein erster Arbeitstag erst der 1. Februar ist - wir freuen uns!\n\nAnreise individuell, Start um 14 Uhr im Seehotel.\n\nJonas",
        [("Jonas Richter", "j.richter@lindqvist-maschinenbau.example.de"), ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de")],
        "A team offsite as a calendar REQUEST to a new hire before the first day: not an invitation.", loc="Seehotel Tegernsee, Seestraße 5",
    )  # fmt: skip
    add(
        f,
        "de",
        "betriebsversammlung",
        ("Betriebsrat Lindqvist Maschinenbau", "betriebsrat@lindqvist-maschinenbau.example.de"),
        "Einladung zur Betriebsversammlung am 21.01.2027",
        "Liebe Kolleginnen und Kollegen,\n\nder Betriebsrat lädt zur ordentlichen Betriebsversammlung ein:\n\nDonnerstag, 21.01.2027, 15:00 Uhr\nKantine, Gebäude A\n\nTagesordnung:\n1. Tätigkeitsbericht des Betriebsrats\n2. Bericht der Geschäftsführung\n3. Tarifrunde 2027\n4. Verschiedenes\n\nAuch unsere neuen Kolleginnen und Kollegen, die im Februar anfangen, sind herzlich willkommen - Personalabteilung hat euch diese Mail weitergeleitet.\n\nDie Teilnahme gilt als Arbeitszeit.\n\nEuer Betriebsrat",
        "A works meeting invitation reaching a new hire before the first day: not an invitation.",
    )
    add(
        f,
        "fr",
        "seminaire_integration",
        ("Maison Ravel – RH", "rh@maison-ravel.example.fr"),
        "Séminaire d'intégration – mardi 19 janvier",
        "Bonjour Alex,\n\nEn attendant votre arrivée le 1er février, nous avons le plaisir de vous convier à notre séminaire d'intégration des nouveaux collaborateurs :\n\nMardi 19 janvier 2027 à 9h30\nSiège Maison Ravel, 12 rue des Tanneurs, Lyon – salle Soie\n\nAu programme : présentation des équipes, visite de l'atelier et déjeuner.\n\nÀ très bientôt,\nL'équipe RH",
        neg,
        shape="alt",
    )
    add(
        f,
        "es",
        "cena_empresa",
        ("Lucía Romero", "lucia.romero@grupoalbor.example.es"),
        "Cena de empresa ✨",
        "¡Hola, Alex!\n\nAunque empieces el lunes 25, te esperamos en la cena de empresa del viernes 15 de enero a las 20:30 en el restaurante La Fábrica (Calle Segovia 9). Así conoces a todo el equipo antes de tu primer día.\n\nConfírmame si vienes y si tienes alguna alergia.\n\n¡Un abrazo!\nLucía Romero\nPeople & Culture · Grupo Albor",
        neg,
    )
    add(
        f,
        "it",
        "town_hall",
        ("Comunicazione interna Ferri Group", "comunicazione@ferrigroup.example.it"),
        "Town hall di inizio anno – mercoledì 20 gennaio",
        "Ciao Alex,\n\nbenvenuto in Ferri Group! Anche se il tuo primo giorno è il 1° febbraio, ti aggiungiamo già all'invito del nostro town hall di inizio anno:\n\nmercoledì 20 gennaio, ore 14:00\nAuditorium, Via Tortona 27, Milano (diretta su Teams per chi è da remoto)\n\nL'amministratore delegato presenterà i risultati 2026 e gli obiettivi 2027.\n\nA presto!\nComunicazione interna",
        neg,
    )
    add(
        f,
        "pl",
        "integracja_zespolu",
        ("Marta Zielińska", "marta.zielinska@wistulasoft.example.pl"),
        "Integracja zespołu – kręgle w piątek",
        "Cześć Alex!\n\nWiem, że zaczynasz u nas dopiero 1 lutego, ale w piątek 15.01 o 18:00 robimy integrację zespołu – kręgle w Galerii Bałtyckiej, potem pizza. Będzie nam bardzo miło, jeśli wpadniesz!\n\nDaj znać do środy, żebym zarezerwowała tor.\n\nPozdrawiam,\nMarta Zielińska\nTeam Lead QA, Wistula Soft",
        neg,
    )
    add(
        f,
        "zh",
        "nianhui",
        ("星河科技 行政部", "admin@xinghe-tech.example.cn"),
        "2027年会邀请函",
        "Alex 您好：\n\n欢迎加入星河科技！虽然您2月1日才正式入职，我们诚挚邀请您参加公司2027年会：\n\n时间：1月21日（周四）下午3点\n地点：上海国际会议中心 3楼 长江厅\n\n届时有年度颁奖、抽奖和晚宴。请于1月18日前回复是否出席。\n\n星河科技 行政部",
        neg,
    )
    add(
        f,
        "en-US",
        "control_meet_team",
        ("Dana Whitfield", "dana.whitfield@kestrel-analytics.example"),
        "Final round: meet the team",
        "Hi Alex,\n\nThanks again for your time last week. We'd like to invite you to the final round of interviews for the Product Analyst role. It's a chance to meet the team you'd be working with:\n\nThursday, January 14, 10:00 - 11:30 AM\n200 Summer St, 9th floor\n10:00 Interview with Raj Patel (VP Product)\n10:45 Meet the team (case discussion with two analysts)\n\nLunch with the team afterwards is optional.\n\nBest,\nDana",
        ctl,
        slot=THU14_10,
        minutes=90,
    )
    add(
        f,
        "de",
        "control_teamgespraech",
        ("Jonas Richter", "j.richter@lindqvist-maschinenbau.example.de"),
        "Zweites Gespräch mit dem Team",
        "Hallo Alex,\n\nwie telefonisch besprochen, möchten wir Sie zum zweiten Vorstellungsgespräch einladen. Diesmal lernen Sie auch das Team kennen, mit dem Sie zusammenarbeiten würden.\n\nMittwoch, 20.01., 14 Uhr\nWerkstraße 8, Chemnitz, Besprechungsraum 2.14\n\nIm Anschluss zeigen wir Ihnen gern die Fertigung.\n\nViele Grüße\nJonas Richter\nTeamleiter Konstruktion",
        ctl,
        slot=WED20_14,
    )
    add(
        f,
        "es",
        "control_fwd_outlook_equipo",
        ("Lucía Romero", "lucia.romero@grupoalbor.example.es"),
        "RV: Entrevista final con el equipo",
        "Reenvío la entrevista final, ¡crucemos los dedos!\n\n________________________________\nDe: Lucía Romero <lucia.romero@grupoalbor.example.es>\nEnviado: lunes, 11 de enero de 2027 12:48\nPara: Alex Morgan <alex.morgan@mailbox.example>\nAsunto: Entrevista final con el equipo\n\nHola, Alex:\n\nNos gustaría que conocieras al equipo en la entrevista final:\n\nmartes 19 de enero a las 10:30\nCalle Alcalá 120, 4.ª planta, Madrid\n\nEstarán Carlos (responsable de sistemas) y dos compañeros del equipo.\n\nUn saludo,\nLucía Romero\nPeople & Culture · Grupo Albor",
        ctl,
        slot=TUE19_1030,
        fwd="lucia.romero@grupoalbor.example.es",
    )
    cal(
        f, "zh", "outlook_zhongmian", "invitation", "exchange", "终面：Alex Morgan – 产品经理", THU21_15, 60,
        ("星河科技 招聘组", "hr@xinghe-tech.example.cn"), "面试邀请：终面（与团队见面）",
        "Alex 您好：\n\n诚邀您参加产品经理岗位终面，届时您将与未来团队成员见面交流。具体时间见日历邀请，请点击接受。\n\n星河科技 人力资源部",
        [("王磊", "wang.lei@xinghe-tech.example.cn")],
        "The reader's own final interview with the team as a calendar REQUEST (control).", loc="上海市徐汇区漕溪北路88号 12楼",
    )  # fmt: skip


# --- mentorchat57 -------------------------------------------------------------------------------
def mentorchat() -> None:
    f = "mentorchat57"
    neg = "An alumni or mentoring coffee chat or informational interview with a time: advice, not a job interview."
    ctl = "The reader's own job interview held informally over coffee, or set after a coffee chat (control)."
    add(
        f,
        "en-US",
        "alumni_coffee",
        ("Megan Liu", "megan.liu@northwind-health.example"),
        "Re: Fellow Wolverine - quick question about product analytics",
        "Hi Alex,\n\nOf course - always happy to help a fellow Michigan grad! Just so expectations are clear, we don't have any openings on my team right now, but I'm glad to tell you how I got into health-tech analytics and what I'd do differently.\n\nHow about a coffee chat on Wed 1/13 at 2pm? There's a Blue Bottle on the corner of Boylston and Dartmouth.\n\nMegan\n\nMegan Liu | Senior Analyst, Northwind Health\n\nOn Mon, Jan 11, 2027 at 9:40 PM Alex Morgan <alex.morgan@mailbox.example> wrote:\n> Hi Megan, I found you through the alumni directory. Would you have 20 minutes for an informational interview sometime? I'd love to hear how you moved into product analytics.\n> Thanks, Alex",
        neg,
        reply=True,
    )
    add(
        f,
        "en-GB",
        "reply_mentor_agrees",
        ("Oliver Grant", "oliver.grant@pennine-partners.example.co.uk"),
        "Re: Mentoring scheme - first chat",
        "Thursday 14th at 10 works perfectly, Alex. Let's meet at the Leeds Library café - I'll be the one with the red scarf.\n\nOliver\n\nOn 11 Jan 2027, at 18:22, Alex Morgan <alex.morgan@mailbox.example> wrote:\n\n> Dear Oliver,\n>\n> Thank you for agreeing to be my mentor through the Leeds Business School alumni scheme. Would Thursday 14 January at 10:00 suit you for our first chat? I'd like to talk about moving from logistics into data.\n>\n> Best wishes,\n> Alex",
        "A mentor's yes to the reader's proposed time for a mentoring chat: agreed, but not a job interview.",
        reply=True,
    )
    add(
        f,
        "de",
        "mentoring_programm",
        ("Mentoring-Programm Frauen in Technik", "mentoring@fit-netzwerk.example.de"),
        "Ihr erstes Mentoring-Gespräch ist vereinbart",
        "Liebe/r Alex Morgan,\n\nwir freuen uns, Ihnen Ihre Mentorin vorzustellen: Dr. Susanne Keller, Leiterin Entwicklung bei einem Automobilzulieferer in Stuttgart.\n\nIhr erstes Mentoring-Gespräch findet am Freitag, 15. Januar, um 11:00 Uhr per Videocall statt. Den Link schickt Frau Keller Ihnen direkt.\n\nBitte denken Sie daran: Das Mentoring dient Ihrer beruflichen Orientierung; Stellenvermittlung gehört nicht dazu.\n\nHerzliche Grüße\nIhr Programmteam",
        neg,
    )
    add(
        f,
        "fr",
        "cafe_carriere",
        ("Réseau Alumni ESC Lyon", "alumni@esc-lyon-alumni.example.fr"),
        "Café carrière avec Camille Girard (promo 2014)",
        "Bonjour Alex,\n\nVotre demande de café carrière a été acceptée par Camille Girard, directrice marketing chez Ondine Cosmétiques (promo 2014).\n\nRendez-vous : mardi 19 janvier à 10h30\nLieu : Café du Musée, place des Terreaux, Lyon\n\nRappel : les cafés carrière sont des échanges de conseils entre diplômés, pas des entretiens de recrutement.\n\nL'équipe Alumni",
        neg,
        shape="html",
    )
    add(
        f,
        "nl",
        "kennismaking_mentor",
        ("Young Professionals Netwerk", "info@ypnetwerk.example.nl"),
        "Kennismaking met je mentor",
        "Hoi Alex,\n\nLeuk dat je meedoet aan het mentorprogramma! Je bent gekoppeld aan Femke Bakker (teamlead data bij een energiebedrijf).\n\nJullie kennismaking staat gepland op donderdag 14 januari om 15.30 uur, online. Femke stuurt je zelf een Teams-link.\n\nTip: bedenk vooraf twee of drie vragen over je loopbaan.\n\nGroetjes,\nTeam YP Netwerk",
        neg,
    )
    add(
        f,
        "it",
        "chiacchierata_informale",
        ("Giulia Marchetti", "giulia.marchetti@ferrigroup.example.it"),
        "Re: consiglio su carriera in supply chain",
        "Ciao Alex,\n\nmi ha fatto piacere il tuo messaggio su LinkedIn. Nel mio team al momento non ci sono posizioni aperte, ma una chiacchierata informale per darti qualche consiglio la facciamo volentieri.\n\nMercoledì 20 gennaio alle 14 al bar sotto l'ufficio (Via Tortona 27)? Un caffè e mezz'ora di domande.\n\nA presto,\nGiulia",
        neg,
    )
    add(
        f,
        "ko",
        "seonbae_coffeechat",
        ("김지훈", "jihoon.kim@haneul-soft.example.kr"),
        "커피챗 일정 확인드립니다",
        "Alex님 안녕하세요, 김지훈입니다.\n\n학교 선후배 커피챗 신청 잘 받았습니다. 채용과는 무관한 자리이지만 개발자 커리어에 대해 편하게 이야기 나누면 좋겠습니다.\n\n1월 13일(수) 오후 2시, 강남역 11번 출구 앞 카페에서 뵙겠습니다.\n\n김지훈 드림",
        neg,
    )
    add(
        f,
        "id",
        "sesi_mentoring",
        ("Program Mentoring KarirMuda", "mentoring@karirmuda.example.co.id"),
        "Jadwal sesi mentoring karier kamu",
        "Halo Alex,\n\nSesi mentoring karier kamu bersama Kak Dewi Lestari (HR Manager) sudah dijadwalkan:\n\nHari/tanggal: Senin, 18 Januari 2027\nPukul: 09.00\nMedia: Zoom (tautan dikirim H-1)\n\nSesi ini untuk konsultasi CV dan persiapan karier, bukan proses rekrutmen.\n\nSalam,\nTim KarirMuda",
        neg,
    )
    cal(
        f, "en-US", "google_coffee_chat", "not_invitation", "google", "Coffee chat: Alex / Priya (alumni)", THU14_1530, 30,
        ("Priya Raman", "priya.raman@bluepeak-capital.example"), "Invitation: Coffee chat: Alex / Priya (alumni) @ Thu Jan 14, 2027 3:30pm - 4pm (EST)",
        "Hi Alex - sending a placeholder for our alumni coffee chat. Happy to share how I broke into fintech; no agenda needed.\n\nPriya",
        [],
        "An alumna's calendar REQUEST for a coffee chat: not an invitation.", loc="Tatte Bakery, 399 Boylston St",
    )  # fmt: skip
    add(
        f,
        "en-US",
        "control_after_coffee",
        ("Tom Becker", "tom.becker@northwind-health.example"),
        "Following up on our coffee chat - interview",
        "Hi Alex,\n\nGreat meeting you for coffee last week. I passed your resume to our hiring manager, and we'd like to make it official: we'd like to interview you for the Associate Data Analyst role.\n\nInterview: Thursday 1/21 at 3pm\nWhere: Northwind Health, 100 Federal St, 14th floor\nWith: Laura Kim (hiring manager) and me\n\nReply to confirm and I'll send the building pass.\n\nTom Becker\nRecruiting, Northwind Health",
        ctl,
        slot=THU21_15,
    )
    add(
        f,
        "fr",
        "control_entretien_cafe",
        ("Camille Girard", "camille.girard@ondine-cosmetiques.example.fr"),
        "Entretien – Chef de produit junior",
        "Bonjour Alex,\n\nSuite à votre candidature au poste de chef de produit junior, je vous propose un premier entretien, dans un cadre informel : autour d'un café, au Café du Musée (place des Terreaux), mardi 19 janvier à 10h30.\n\nC'est bien un entretien de recrutement : prévoyez de me présenter votre parcours et vos motivations.\n\nBien à vous,\nCamille Girard\nDirectrice marketing – Ondine Cosmétiques",
        ctl,
        slot=TUE19_1030,
    )
    add(
        f,
        "ko",
        "control_coffeechat_myeonjeop",
        ("하늘소프트 채용팀", "recruit@haneul-soft.example.kr"),
        "[하늘소프트] 커피챗 형식 1차 면접 안내",
        "Alex님 안녕하세요.\n\n하늘소프트 백엔드 개발자 포지션 1차 면접을 커피챗 형식으로 진행하고자 합니다.\n\n일시: 1월 15일(금) 오전 11시\n장소: 하늘소프트 1층 라운지 카페 (서울 강남구 테헤란로 152)\n면접관: 김지훈 (백엔드 리드)\n\n편한 복장으로 오셔도 됩니다.\n\n하늘소프트 채용팀 드림",
        ctl,
        slot=FRI15_11,
    )
    add(
        f,
        "en-GB",
        "control_fwd_gmail_graduate",
        ("Oliver Grant", "oliver.grant@pennine-partners.example.co.uk"),
        "Fwd: Interview - Graduate Analyst",
        "My mentor's firm wants to interview me!!\n\n---------- Forwarded message ---------\nFrom: Oliver Grant <oliver.grant@pennine-partners.example.co.uk>\nDate: Mon, 11 Jan 2027 at 16:05\nSubject: Interview - Graduate Analyst\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\nDear Alex,\n\nSeparately from our mentoring (which stays confidential and has no bearing on this), our recruitment team has shortlisted your application for the Graduate Analyst role.\n\nYour interview is on Monday 18 January at 9:00 at our Park Row office, with Helen Marsh and James Okoro.\n\nKind regards,\nOliver Grant\nPartner, Pennine Partners",
        ctl,
        slot=MON18_9,
        fwd="oliver.grant@pennine-partners.example.co.uk",
    )


# --- contest57 ----------------------------------------------------------------------------------
def contest() -> None:
    f = "contest57"
    neg = "A hackathon or coding contest: check-in, rounds, pitches and judging with a time; not a job interview."
    ctl = "A contest sponsor's job interview offered to the reader as a top finisher (control)."
    add(
        f,
        "en-US",
        "hackathon_checkin",
        ("HackHarbor", "team@hackharbor.example"),
        "HackHarbor 2027: check-in details",
        "Hey Alex!\n\nYou're confirmed for HackHarbor 2027. Here's what you need to know:\n\nCheck-in opens: Saturday, January 16 at 9:00 AM\nOpening ceremony: 10:00 AM\nHacking ends: Sunday, January 17 at 12:00 PM\nVenue: Seaport Innovation Hall, 1 Harbor Way, Boston\n\nBring a photo ID, your laptop and charger. Meals are on us. Sponsors (Kestrel Analytics, Northwind Health) will have booths and recruiters on site.\n\nHack on,\nThe HackHarbor Team",
        neg,
        shape="html",
        markup='<html><body style="font-family:Inter,Arial,sans-serif">\n<h1 style="font-size:22px">HackHarbor 2027: check-in details</h1>\n<p>Hey Alex!</p>\n<p>You\'re confirmed for HackHarbor 2027. Here\'s what you need to know:</p>\n<ul>\n<li><b>Check-in opens:</b> Saturday, January 16 at 9:00 AM</li>\n<li><b>Opening ceremony:</b> 10:00 AM</li>\n<li><b>Hacking ends:</b> Sunday, January 17 at 12:00 PM</li>\n<li><b>Venue:</b> Seaport Innovation Hall, 1 Harbor Way, Boston</li>\n</ul>\n<p>Bring a photo ID, your laptop and charger. Meals are on us. Sponsors (Kestrel Analytics, Northwind Health) will have booths and recruiters on site.</p>\n<p>Hack on,<br>The HackHarbor Team</p>\n</body></html>',
    )
    add(
        f,
        "en-GB",
        "round_two",
        ("Codeforge Cup", "no-reply@codeforge.example.co.uk"),
        "You're through to Round 2!",
        "Hi alexm_dev,\n\nCongratulations - you finished 212th of 4,830 in Round 1 and you're through to Round 2.\n\nRound 2 starts: Wednesday 13 January, 14:00\nDuration: 2 hours 30 minutes\nProblems: 5\n\nThe top 100 go through to the Final. Good luck!\n\nThe Codeforge team\n\nYou can manage your notification settings in your profile.",
        neg,
    )
    add(
        f,
        "de",
        "hackathon_anmeldung",
        ("Hack the Ruhr", "orga@hacktheruhr.example.de"),
        "Anmeldebestätigung Hack the Ruhr 2027",
        "Hallo Alex,\n\ndeine Anmeldung für Hack the Ruhr 2027 ist bestätigt. Dein Team: „Kohlenpott Coders“.\n\nKick-off: Freitag, 15. Januar 2027, 18:00 Uhr\nAbschlusspräsentationen: Sonntag, 17. Januar, 13:00 Uhr\nOrt: Zeche Zollverein, Halle 12, Essen\n\nSchlafsack nicht vergessen!\n\nEuer Orga-Team",
        neg,
    )
    add(
        f,
        "ja",
        "contest_round2",
        ("AlgoArena運営事務局", "info@algoarena.example.jp"),
        "【AlgoArena】第2ラウンド開始のお知らせ",
        "alexm_dev 様\n\nAlgoArena 2027 予選第1ラウンド通過おめでとうございます！\n\n第2ラウンドは以下の日程で開催します。\n\n開始：1月16日(土) 21:00\n時間：100分\n問題数：6問\n\n上位30名は本選（オンサイト）へご招待します。\n\nAlgoArena運営事務局",
        neg,
    )
    add(
        f,
        "zh",
        "fusai_tongzhi",
        ("码力杯组委会", "contest@mali-cup.example.cn"),
        "码力杯算法竞赛复赛通知",
        "Alex 同学你好：\n\n恭喜你晋级码力杯算法竞赛复赛！\n\n复赛时间：1月17日（周日）19:00–22:00\n比赛形式：线上，个人赛\n\n请提前15分钟登录比赛系统，开启摄像头监考。\n\n码力杯组委会",
        neg,
    )
    add(
        f,
        "pl",
        "final_prezentacje",
        ("CodeBattle Gdańsk", "kontakt@codebattle.example.pl"),
        "Finał konkursu – harmonogram prezentacji",
        "Cześć Alex,\n\nGratulacje – Wasza drużyna „Bug Busters” jest w finale konkursu programistycznego!\n\nPrezentacje drużyn przed jury: czwartek 21.01, godz. 15:00\nMiejsce: Olivia Centre, sala Star, Gdańsk\nCzas na prezentację: 7 minut + 3 minuty pytań\n\nPozdrawiamy,\nOrganizatorzy CodeBattle",
        neg,
        shape="alt",
    )
    add(
        f,
        "tr",
        "juri_sunumu",
        ("Anadolu Hackathon", "iletisim@anadoluhack.example.com.tr"),
        "Jüri sunumu saatiniz belli oldu",
        "Merhaba Alex,\n\nTebrikler! Takımınız finale kaldı. Jüri sunumu bilgileri:\n\nTarih: 20 Ocak Çarşamba\nSaat: 14:00\nYer: ODTÜ Teknokent, Konferans Salonu\nSüre: 5 dakika sunum, 5 dakika soru-cevap\n\nSunum dosyanızı bir gün öncesine kadar yükleyin.\n\nAnadolu Hackathon Ekibi",
        neg,
    )
    add(
        f,
        "pt-BR",
        "maratona_regional",
        ("Maratona SP", "organizacao@maratonasp.example.com.br"),
        "Confirmação: fase regional da maratona de programação",
        'Olá, Alex!\n\nSua equipe "Ctrl+Alt+Café" está confirmada na fase regional da maratona de programação.\n\nData: sábado, 16/01\nCredenciamento: 13h\nInício da prova: 14h\nLocal: Instituto de Matemática e Estatística – USP\n\nLevem documento com foto.\n\nOrganização Maratona SP',
        neg,
    )
    cal(
        f, "en-US", "google_judging_slot", "not_invitation", "google", "HackHarbor judging: Team 14 (Alex Morgan)", THU14_1530, 15,
        ("HackHarbor Judging", "judging@hackharbor.example"), "Invitation: HackHarbor judging: Team 14 @ Thu Jan 14, 2027 3:30pm - 3:45pm (EST)",
        "Hi Alex,\n\nYour team's judging slot for the online finals is below. Please have your demo ready to screen-share; judges will ask questions for 5 minutes after the demo.\n\nHackHarbor Judging",
        [("Samir Haddad", "samir@hackharbor.example")],
        "A hackathon's calendar REQUEST for a judging slot: not an invitation.", loc="https://meet.google.com/hhb-jdge-014",
    )  # fmt: skip
    add(
        f,
        "en-US",
        "control_sponsor_interview",
        ("Kestrel Analytics Recruiting", "recruiting@kestrel-analytics.example"),
        "HackHarbor top 10 - interview with Kestrel Analytics",
        "Hi Alex,\n\nCongrats on placing in the top 10 at HackHarbor! As a sponsor, Kestrel Analytics offers top finishers a fast-track interview for our Junior Data Engineer role, and we'd love to talk with you.\n\nInterview: Tuesday, January 19 at 10:30 AM (45 min)\nFormat: Video call, link to follow\nInterviewer: Mei Tanaka, Data Engineering Manager\n\nBest,\nKestrel Analytics Recruiting",
        ctl,
        slot=TUE19_1030,
        minutes=45,
    )
    add(
        f,
        "ja",
        "control_saiyo_mensetsu",
        ("株式会社アルゴテック 人事部", "jinji@algotech.example.jp"),
        "【AlgoArena上位入賞者の方へ】採用面接のご案内",
        "alexm_dev（Alex Morgan）様\n\nAlgoArena 2027 での上位入賞、おめでとうございます。協賛企業の株式会社アルゴテックです。\n\nぜひ一度、弊社ソフトウェアエンジニア職の採用面接をお受けいただけないでしょうか。\n\n日時：1月20日(水) 14:00～\n場所：オンライン（Google Meet）\n面接官：開発部マネージャー 山田\n\nご参加の可否をご返信ください。\n\n株式会社アルゴテック 人事部",
        ctl,
        slot=WED20_14,
    )
    add(
        f,
        "de",
        "control_recruiting_gespraech",
        ("Ruhrdata GmbH", "jobs@ruhrdata.example.de"),
        "Recruiting-Gespräch nach Hack the Ruhr",
        "Hallo Alex,\n\neuer Prototyp bei Hack the Ruhr hat uns überzeugt. Wir würden dich gern für unsere Stelle als Junior Data Engineer kennenlernen und laden dich zum Vorstellungsgespräch ein:\n\nMontag, 18.01., 9:00 Uhr\nRuhrdata GmbH, Rüttenscheider Str. 120, Essen\n\nViele Grüße\nTim Schäfer\nHead of Data",
        ctl,
        slot=MON18_9,
        shape="html",
    )
    add(
        f,
        "tr",
        "control_is_gorusmesi",
        ("Ege Yazılım İK", "ik@egeyazilim.example.com.tr"),
        "Yarışma sonrası iş görüşmesi daveti",
        "Merhaba Alex,\n\nAnadolu Hackathon'daki başarınız için tebrikler. Yazılım Geliştirici pozisyonumuz için sizinle bir iş görüşmesi yapmak istiyoruz.\n\nTarih: 21 Ocak Perşembe\nSaat: 15:00\nYer: Ege Yazılım, Alsancak, İzmir\n\nGörüşmek üzere,\nEge Yazılım İnsan Kaynakları",
        ctl,
        slot=THU21_15,
    )


# --- meetingai57 --------------------------------------------------------------------------------
def meetingai() -> None:
    f = "meetingai57"
    neg = "A meeting tool's transcript or recording notice for a past interview, or an AI interview-practice app's session: not an invitation."
    ctl = "The reader's own live interview that will be recorded or transcribed (control)."
    add(
        f,
        "en-US",
        "transcript_ready",
        ("Notewise", "notifications@notewise.example"),
        "Your transcript is ready: Interview - Kestrel Analytics",
        "Hi Alex,\n\nYour meeting notes are ready.\n\nInterview - Kestrel Analytics\nTue, Jan 12, 2027 · 8:00 AM - 8:45 AM\nParticipants: Alex Morgan, Dana Whitfield\n\nSummary\n- Dana asked about SQL experience and the churn project\n- Next steps: Dana will get back about a final round\n\nAction items\n- Alex: send portfolio link\n\nView full transcript | Share\n\nNotewise records meetings you invite it to. Manage settings.",
        neg,
        shape="html",
        markup='<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;color:#1f2937">\n<p>Hi Alex,</p><p>Your meeting notes are ready.</p>\n<div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px">\n<div style="font-size:18px;font-weight:600">Interview - Kestrel Analytics</div>\n<div style="color:#6b7280">Tue, Jan 12, 2027 · 8:00 AM - 8:45 AM</div>\n<div style="color:#6b7280">Participants: Alex Morgan, Dana Whitfield</div>\n<h3>Summary</h3><ul><li>Dana asked about SQL experience and the churn project</li><li>Next steps: Dana will get back about a final round</li></ul>\n<h3>Action items</h3><ul><li>Alex: send portfolio link</li></ul>\n<a href="https://app.notewise.example/m/8f2k1">View full transcript</a> | <a href="https://app.notewise.example/share/8f2k1">Share</a>\n</div>\n<p style="font-size:12px;color:#9ca3af">Notewise records meetings you invite it to. Manage settings.</p>\n</body></html>',
    )
    add(
        f,
        "en-GB",
        "recording_available",
        ("Zoomly", "no-reply@zoomly.example"),
        "Cloud recording - Interview with Fenwick Logistics is now available",
        "Hi Alex Morgan,\n\nYour cloud recording is now available.\n\nTopic: Interview with Fenwick Logistics\nDate: 11 Jan 2027 02:00 PM London\nShare recording with viewers:\nhttps://zoomly.example/rec/share/Fq2vT8\n\nThe recording will be deleted automatically after 30 days.\n\nThank you for choosing Zoomly.",
        neg,
    )
    add(
        f,
        "de",
        "meeting_protokoll",
        ("Protokolla KI-Assistent", "assistent@protokolla.example.de"),
        "Ihr Meeting-Protokoll: Vorstellungsgespräch Lindqvist",
        "Hallo Alex,\n\nhier ist die KI-Zusammenfassung Ihres Termins:\n\nVorstellungsgespräch Lindqvist Maschinenbau\n11.01.2027, 10:00–10:50 Uhr\n\nKernpunkte:\n• Fragen zu CAD-Erfahrung und Projektleitung\n• Gehaltsvorstellung wurde besprochen\n• Rückmeldung bis Ende der Woche angekündigt\n\nDas vollständige Transkript finden Sie in Ihrer Protokolla-Bibliothek.\n\nIhr Protokolla-Team",
        neg,
        shape="alt",
    )
    add(
        f,
        "fr",
        "entrainement_entretien",
        ("Prépa'Entretien IA", "coach@prepa-entretien.example.fr"),
        "Votre séance d'entraînement est programmée",
        "Bonjour Alex,\n\nVotre séance d'entraînement à l'entretien avec notre coach IA est programmée :\n\njeudi 14 janvier à 15h30\nThème : entretien de chargé(e) de communication – questions comportementales\nDurée : environ 25 minutes\n\nÀ la fin, vous recevrez un score et des conseils sur votre débit de parole et vos réponses.\n\nBon entraînement !\nPrépa'Entretien",
        neg,
    )
    add(
        f,
        "es",
        "simulacro_ia",
        ("EntrevistaPro", "hola@entrevistapro.example.es"),
        "Mañana: tu simulacro de entrevista con IA",
        "¡Hola, Alex!\n\nTe recordamos que mañana, miércoles 13 de enero, a las 14:00, tienes reservado tu simulacro de entrevista con IA para el puesto de Técnico/a de soporte IT.\n\nEl entrevistador virtual te hará 8 preguntas y grabará tus respuestas para darte feedback.\n\n¡Mucha suerte!\nEquipo EntrevistaPro\n\nPara darte de baja de los recordatorios, cambia tus preferencias.",
        neg,
    )
    add(
        f,
        "ja",
        "mogi_mensetsu_yoyaku",
        ("面接練習アプリ MensetsuAI", "support@mensetsu-ai.example.jp"),
        "【MensetsuAI】模擬面接のご予約が完了しました",
        "Alex Morgan 様\n\nAI模擬面接のご予約ありがとうございます。\n\n日時：1月15日(金) 11:00\nコース：経理職・一次面接対策（約30分）\n\n開始時刻になりましたら、アプリを開いてカメラとマイクを許可してください。終了後、AIによるフィードバックレポートをお送りします。\n\nMensetsuAI サポートチーム",
        neg,
    )
    add(
        f,
        "ko",
        "ai_mouimyeonjeop_report",
        ("인터뷰핏", "noreply@interviewfit.example.kr"),
        "[인터뷰핏] AI 모의면접 결과 리포트가 도착했습니다",
        "Alex Morgan님,\n\n1월 11일(월) 오후 8시에 응시하신 AI 모의면접의 결과 리포트가 준비되었습니다.\n\n종합 점수: 78점\n강점: 논리적 답변 구성\n보완점: 시선 처리, 답변 속도\n\n다음 모의면접은 1월 13일(수) 오후 2시에 예약되어 있습니다.\n\n인터뷰핏 드림",
        neg,
        shape="alt",
    )
    add(
        f,
        "hi",
        "ai_mock_interview",
        ("इंटरव्यूमित्र", "support@interviewmitra.example.in"),
        "आपका AI मॉक इंटरव्यू बुक हो गया है",
        "नमस्ते Alex,\n\nआपका AI मॉक इंटरव्यू सफलतापूर्वक बुक हो गया है।\n\nदिन: सोमवार, 18 जनवरी\nसमय: सुबह 9 बजे\nविषय: अकाउंट्स एग्ज़ीक्यूटिव – HR राउंड की तैयारी\n\nइंटरव्यू के बाद आपको AI से विस्तृत फीडबैक मिलेगा।\n\nशुभकामनाएँ,\nटीम इंटरव्यूमित्र",
        neg,
    )
    cal(
        f, "en-US", "google_ai_practice", "not_invitation", "google", "Mock interview practice (AI coach) - Product Analyst", THU21_15, 30,
        ("Interviewly Coach", "coach@interviewly.example"), "Invitation: Mock interview practice (AI coach) @ Thu Jan 21, 2027 3pm - 3:30pm (EST)",
        "Your practice session is on your calendar. Open the Interviewly app at the start time; the AI interviewer will ask product-sense and SQL questions.\n\nInterviewly",
        [],
        "An AI interview-practice app's calendar REQUEST for a practice session: not an invitation.", loc="Interviewly app",
    )  # fmt: skip
    add(
        f,
        "en-US",
        "control_recorded_interview",
        ("Kestrel Analytics Recruiting", "recruiting@kestrel-analytics.example"),
        "Your interview with Kestrel - recording notice",
        "Hi Alex,\n\nYour next interview for Product Analyst is set:\n\nThursday, January 14, 10:00 AM\nVideo call with Raj Patel (VP Product)\n\nHeads up: with your consent, this interview will be recorded and transcribed by our note-taking tool so that Raj can focus on the conversation. You can opt out at the start of the call.\n\nBest,\nKestrel Analytics Recruiting",
        ctl,
        slot=THU14_10,
    )
    add(
        f,
        "de",
        "control_videointerview",
        ("Lindqvist Recruiting", "recruiting@lindqvist-maschinenbau.example.de"),
        "Einladung zum Video-Interview",
        "Hallo Alex Morgan,\n\nwir laden Sie zu einem Live-Video-Interview mit unserer Bereichsleitung ein:\n\nMittwoch, 20. Januar, 14:00 Uhr\nÜber Microsoft Teams (Link folgt)\n\nHinweis zum Datenschutz: Mit Ihrer Einwilligung wird das Gespräch aufgezeichnet und automatisch protokolliert; die Aufzeichnung wird nach Abschluss des Verfahrens gelöscht.\n\nMit freundlichen Grüßen\nLindqvist Recruiting",
        ctl,
        slot=WED20_14,
    )
    add(
        f,
        "fr",
        "control_fwd_apple_enregistre",
        ("Sophie Lemaire", "s.lemaire@maison-ravel.example.fr"),
        "Fwd: Entretien en visio – enregistrement",
        "\n\nDébut du message réexpédié :\n\nDe: Sophie Lemaire <s.lemaire@maison-ravel.example.fr>\nObjet: Entretien en visio – enregistrement\nDate: 11 janvier 2027 à 17:58:12 UTC+1\nÀ: Alex Morgan <alex.morgan@mailbox.example>\n\nBonjour Alex,\n\nJe vous confirme votre entretien pour le poste de chargé(e) de communication digitale :\n\nlundi 18 janvier à 9h, en visio (lien Teams ci-dessous)\n\nPour information, l'entretien sera enregistré et transcrit afin que la directrice de la communication, absente ce jour-là, puisse le consulter.\n\nBien cordialement,\nSophie Lemaire\nResponsable RH – Maison Ravel",
        ctl,
        slot=MON18_9,
        fwd="s.lemaire@maison-ravel.example.fr",
    )
    add(
        f,
        "ja",
        "control_mensetsu_rokuga",
        ("株式会社ミナト物流 採用担当", "saiyo@minato-butsuryu.example.jp"),
        "オンライン面接のご案内（録画あり）",
        "Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。オンライン面接を下記の通り実施いたします。\n\n日時：1月21日(木) 15:00～15:45\n方法：Zoom（URLは前日にお送りします）\n\n※面接内容は選考のため録画・文字起こしさせていただきます。あらかじめご了承ください。\n\n株式会社ミナト物流\n人事部 採用担当　佐藤",
        ctl,
        slot=THU21_15,
        minutes=45,
        shape="html",
    )


# --- refereecall57 (held out) -------------------------------------------------------------------
def refereecall() -> None:
    f = "refereecall57"
    neg = "A reference call with the reader's referee at a fixed time; the reader does not attend: not an invitation."
    ctl = "The reader's own final interview set beside the reference step (control)."
    add(
        f,
        "en-GB",
        "recruiter_booked_referee",
        ("Harriet Cole", "harriet.cole@fenwick-logistics.example.co.uk"),
        "References - next step",
        "Hi Alex,\n\nThanks for sending your referees' details. I've arranged a reference call with Jane Porter (your manager at Moorside Retail) for Thursday 14 January at 10:00. You don't need to join - I'll speak with Jane directly and let you know once it's done.\n\nI'm still waiting to hear back from your second referee.\n\nBest wishes,\nHarriet",
        neg,
    )
    add(
        f,
        "en-US",
        "referee_heads_up",
        ("Jane Porter", "jane.porter@moorside-retail.example"),
        "Heads up - Kestrel called",
        "Hey Alex,\n\nJust a heads up - the recruiter from Kestrel Analytics reached out and we're set to talk Wed 1/13 at 2pm about you. Anything you want me to highlight? I was going to mention the churn dashboard and how you ran the Q3 reporting when Sam was out.\n\nFingers crossed for you!\nJane",
        neg,
    )
    add(
        f,
        "de",
        "referenzgespraech",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "Referenzauskunft",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihre Einwilligung zur Referenzauskunft. Ich habe mit Ihrem ehemaligen Vorgesetzten, Herrn Brandt, ein kurzes Telefonat am Freitag, 15.01., um 11 Uhr vereinbart.\n\nIhre Teilnahme ist nicht erforderlich. Ich melde mich danach bei Ihnen.\n\nViele Grüße\nKatrin Vogel",
        neg,
        shape="alt",
    )
    add(
        f,
        "fr",
        "appel_reference",
        ("Sophie Lemaire", "s.lemaire@maison-ravel.example.fr"),
        "Prise de références",
        "Bonjour Alex,\n\nPour avancer sur votre dossier, j'ai programmé un appel de référence avec Mme Dubois, votre ancienne responsable chez Atelier Verne, mardi 19 janvier à 10h30.\n\nVous n'avez rien à faire de votre côté ; je reviens vers vous après l'échange.\n\nBien cordialement,\nSophie Lemaire",
        neg,
    )
    add(
        f,
        "nl",
        "referent_antwoord",
        ("Pieter Smit", "pieter.smit@haven-logistiek.example.nl"),
        "Re: Referentie voor Van Dam",
        "Hoi Alex,\n\nGeen probleem, ik sta graag referentie. Sanne van Van Dam heeft me al gebeld; we hebben een belafspraak gemaakt voor woensdag 20 januari om 14.00 uur.\n\nSucces!\nPieter\n\nOp ma 11 jan 2027 om 20:14 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Hoi Pieter, zou je referentie willen staan voor mijn sollicitatie bij Van Dam Logistiek? Groet, Alex",
        neg,
        reply=True,
    )
    add(
        f,
        "sv",
        "referenstagning",
        ("Elin Lundqvist", "elin.lundqvist@norrbyn-energi.example.se"),
        "Referenstagning",
        "Hej Alex!\n\nTack för dina referenser. Jag ringer Karin Holm på torsdag 21 januari kl. 15 för referenstagningen. Du behöver inte vara med.\n\nHör av dig om något har ändrats.\n\nVänliga hälsningar\nElin Lundqvist\nHR-specialist, Norrbyn Energi",
        neg,
    )
    add(
        f,
        "ja",
        "reference_check",
        ("株式会社アルゴテック 人事部", "jinji@algotech.example.jp"),
        "リファレンスチェック実施のご連絡",
        "Alex Morgan 様\n\nリファレンスチェックへのご同意、ありがとうございました。\n\n前職の上司である田中様へ、1月20日(水)14時にお電話でお話を伺う予定です。Alex様ご本人のご参加は不要です。\n\n結果がまとまり次第、ご連絡いたします。\n\n株式会社アルゴテック 人事部",
        neg,
    )
    add(
        f,
        "en-US",
        "fwd_gmail_referee",
        ("Jane Porter", "jane.porter@moorside-retail.example"),
        "Fwd: Reference call for Alex Morgan",
        "FYI for the tracker - this is Jane's reference call, not mine.\n\n---------- Forwarded message ---------\nFrom: Jane Porter <jane.porter@moorside-retail.example>\nDate: Mon, Jan 11, 2027 at 5:12 PM\nSubject: Fwd: Reference call for Alex Morgan\nTo: Alex Morgan <alex.morgan@mailbox.example>\n\n\nLooks like it's confirmed for Friday!\n\nOn Mon, Jan 11, 2027 at 4:50 PM Tom Becker <tom.becker@northwind-health.example> wrote:\n> Hi Jane, thanks for agreeing to be a reference for Alex. Confirming our call on Friday, January 15 at 11:00 AM. I'll call your cell. It should take about 20 minutes.\n> Tom Becker, Recruiting, Northwind Health",
        neg,
        fwd="jane.porter@moorside-retail.example",
    )
    add(
        f,
        "en-GB",
        "control_final_after_refs",
        ("Harriet Cole", "harriet.cole@fenwick-logistics.example.co.uk"),
        "References - and your final interview",
        "Hi Alex,\n\nGood news: both your references came back glowing. The last step is a final interview with our Operations Director, Mark Ellis:\n\nMonday 18 January at 9:00\nFenwick House, Leeds - ask for me at reception\n\nKind regards,\nHarriet",
        ctl,
        slot=MON18_9,
    )
    add(
        f,
        "de",
        "control_abschlussgespraech",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "Abschlussgespräch mit der Geschäftsführung",
        "Hallo Alex Morgan,\n\ndie Referenzauskunft ist abgeschlossen und war sehr positiv. Wir laden Sie daher zum Abschlussgespräch mit der Geschäftsführung ein:\n\nMittwoch, 20. Januar, 14 Uhr\nWerkstraße 8, Chemnitz, Vorstandsetage\n\nMit freundlichen Grüßen\nKatrin Vogel",
        ctl,
        slot=WED20_14,
    )
    add(
        f,
        "es",
        "control_entrevista_final",
        ("Marta Ibáñez", "marta.ibanez@grupoalbor.example.es"),
        "Entrevista final y referencias",
        "Hola, Alex:\n\nTe esperamos en la entrevista final el jueves 14 de enero a las 10:00, con la directora de operaciones. Si todo va bien, después pediremos referencias a las dos personas que nos indicaste.\n\nUn saludo,\nMarta Ibáñez\nSelección · Grupo Albor",
        ctl,
        slot=THU14_10,
        shape="html",
    )
    add(
        f,
        "sv",
        "control_slutintervju",
        ("Elin Lundqvist", "elin.lundqvist@norrbyn-energi.example.se"),
        "Slutintervju",
        "Hej Alex!\n\nInnan vi tar referenser vill vi träffa dig en sista gång. Välkommen på slutintervju tisdag 19 januari kl. 10.30 hos Norrbyn Energi, Storgatan 3, Umeå.\n\nVänliga hälsningar\nElin Lundqvist",
        ctl,
        slot=TUE19_1030,
    )


# --- recruiterooo57 (held out) ------------------------------------------------------------------
def recruiterooo() -> None:
    f = "recruiterooo57"
    neg = (
        "A recruiter's out-of-office or absence reply naming when they are back: not an invitation."
    )
    ctl = "The recruiter, back at the desk, confirms the reader's interview (control)."
    add(
        f,
        "en-US",
        "autoreply_back_monday",
        ("Dana Whitfield", "dana.whitfield@kestrel-analytics.example"),
        "Automatic reply: Interview follow-up",
        "Thank you for your email. I'm out of the office until Monday, January 18, and will be back at 9:00 AM.\n\nFor anything urgent about interviews, please contact recruiting@kestrel-analytics.example.\n\nDana Whitfield\nAnalytics Lead, Kestrel Analytics",
        neg,
    )
    add(
        f,
        "en-GB",
        "annual_leave",
        ("Priya Shah", "priya.shah@fenwick-logistics.example.co.uk"),
        "Out of Office: Re: Thursday",
        "Hello,\n\nI'm on annual leave and will return on Wednesday 13 January at 14:00. I'll have limited access to email until then.\n\nIf your message is about a scheduled interview, please contact Harriet Cole on 01132 496 0871.\n\nThanks,\nPriya",
        neg,
    )
    add(
        f,
        "de",
        "abwesenheit_quote",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "Automatische Antwort: AW: Vorstellungsgespräch am 14.01.",
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich Freitag, 15.01.2027, nicht im Büro und ab Montag, 18.01.2027, 9:00 Uhr wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an bewerbung@lindqvist-maschinenbau.example.de.\n\nMit freundlichen Grüßen\nKatrin Vogel\n\n-----Ursprüngliche Nachricht-----\nVon: Alex Morgan <alex.morgan@mailbox.example>\nGesendet: Dienstag, 12. Januar 2027 09:10\nBetreff: AW: Vorstellungsgespräch am 14.01.\n\nSehr geehrte Frau Vogel,\nkönnten wir das Gespräch am Donnerstag, 14.01. um 10 Uhr auf einen späteren Tag verschieben?",
        "An absence reply quoting the reader's own request to move an interview: not an invitation.",
    )
    add(
        f,
        "fr",
        "reponse_automatique",
        ("Sophie Lemaire", "s.lemaire@maison-ravel.example.fr"),
        "Réponse automatique : Entretien",
        "Bonjour,\n\nJe suis absente jusqu'au lundi 18 janvier 9h, sans accès à ma messagerie. Je traiterai votre message à mon retour.\n\nPour toute urgence, contactez rh@maison-ravel.example.fr.\n\nCordialement,\nSophie Lemaire",
        neg,
    )
    add(
        f,
        "es",
        "respuesta_automatica",
        ("Marta Ibáñez", "marta.ibanez@grupoalbor.example.es"),
        "Respuesta automática: Entrevista del jueves",
        "Hola:\n\nEstoy fuera de la oficina hasta el jueves 14 de enero a las 10:00. Responderé a tu correo en cuanto vuelva.\n\nPara temas de selección urgentes: seleccion@grupoalbor.example.es\n\nGracias,\nMarta",
        neg,
        shape="html",
    )
    add(
        f,
        "it",
        "risposta_automatica",
        ("Giulia Marchetti", "giulia.marchetti@ferrigroup.example.it"),
        "Risposta automatica: colloquio",
        "Grazie per il messaggio.\n\nSono fuori ufficio fino a mercoledì 20 gennaio; rientro alle ore 14:00. Per urgenze relative alle selezioni scrivete a hr@ferrigroup.example.it.\n\nCordiali saluti,\nGiulia Marchetti",
        neg,
    )
    add(
        f,
        "pl",
        "odpowiedz_automatyczna",
        ("Agnieszka Nowak", "agnieszka.nowak@wistulasoft.example.pl"),
        "Odpowiedź automatyczna: Rozmowa kwalifikacyjna",
        "Dzień dobry,\n\njestem na urlopie do 15.01.2027 r. Wracam w piątek 15 stycznia od godz. 11:00 i wtedy odpowiem na wiadomość.\n\nW pilnych sprawach rekrutacyjnych proszę pisać na rekrutacja@wistulasoft.example.pl.\n\nPozdrawiam\nAgnieszka Nowak",
        neg,
    )
    add(
        f,
        "ja",
        "fuzai_tsuchi",
        ("佐藤 美咲", "m.sato@minato-butsuryu.example.jp"),
        "自動応答：面接日程の件",
        "お問い合わせいただきありがとうございます。\n\n誠に勝手ながら、1月15日(金)まで休暇をいただいており、1月18日(月)9時より順次対応いたします。\n\nお急ぎの場合は saiyo@minato-butsuryu.example.jp までご連絡ください。\n\n株式会社ミナト物流 人事部\n佐藤 美咲",
        neg,
    )
    add(
        f,
        "en-US",
        "control_back_confirming",
        ("Dana Whitfield", "dana.whitfield@kestrel-analytics.example"),
        "Re: Interview follow-up",
        "Hi Alex,\n\nSorry for the slow reply - I was out of the office last week and just got back. Confirming your final interview: Thursday, January 21 at 3:00 PM at our office, 200 Summer St, 9th floor.\n\nSee you then!\nDana\n\nOn Fri, Jan 8, 2027 at 11:02 AM Alex Morgan <alex.morgan@mailbox.example> wrote:\n> Hi Dana, just checking in on next steps after our call. Thanks, Alex",
        ctl,
        slot=THU21_15,
        reply=True,
    )
    add(
        f,
        "de",
        "control_zurueck",
        ("Katrin Vogel", "k.vogel@lindqvist-maschinenbau.example.de"),
        "AW: Vorstellungsgespräch",
        "Hallo Alex Morgan,\n\nich bin zurück aus dem Urlaub und bestätige Ihnen gern Ihr Vorstellungsgespräch: Freitag, 15.01., 11 Uhr, Werkstraße 8 in Chemnitz.\n\nViele Grüße\nKatrin Vogel",
        ctl,
        slot=FRI15_11,
        reply=True,
    )
    add(
        f,
        "fr",
        "control_de_retour",
        ("Sophie Lemaire", "s.lemaire@maison-ravel.example.fr"),
        "De retour – votre entretien",
        "Bonjour Alex,\n\nDe retour au bureau, je vous confirme votre entretien le mardi 19 janvier à 10h30, au 12 rue des Tanneurs à Lyon, avec notre directrice de la communication.\n\nBien cordialement,\nSophie Lemaire",
        ctl,
        slot=TUE19_1030,
        shape="alt",
    )
    add(
        f,
        "ja",
        "control_kyuka_ake",
        ("佐藤 美咲", "m.sato@minato-butsuryu.example.jp"),
        "休暇明けのご連絡と面接日時のご案内",
        "Alex Morgan 様\n\nお休みをいただいており、ご連絡が遅くなり申し訳ございません。\n面接日時が確定しましたのでご案内いたします。\n\n日時：1月20日(水) 14:00\n場所：東京都港区芝浦3-4-1 7階\n\n株式会社ミナト物流 人事部\n佐藤 美咲",
        ctl,
        slot=WED20_14,
    )


BUILDERS = [
    rejectquote,
    refereecall,
    afteroffer,
    recruiterooo,
    prestart,
    mentorchat,
    contest,
    meetingai,
]


FIRST_SIGHT_FIGURES = (
    "First sight (main at 77521b86): dev look-alikes claimed (confidence >= 0.5 as an "
    "invitation) 6/55 (rejectquote57 0/10, afteroffer57 1/9, prestart57 0/9, mentorchat57 "
    "3/9, contest57 1/9, meetingai57 1/9), controls with the right slot 23/24 "
    "(rejectquote57 4/4, afteroffer57 4/4, prestart57 4/4, mentorchat57 4/4, contest57 4/4, "
    "meetingai57 3/4: one text control read as not_invitation), of which 4 text controls "
    "below confidence 0.5 (rejectquote57 3, prestart57 1); held out look-alikes claimed 0/16, "
    "controls with the right slot 8/8 (all text, 4 of them at confidence >= 0.5)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the real57 batch (`build_real57.py`)",
        "",
        "Mail a job seeker really receives, and might forward, that carries a date and time and "
        "sets no job interview for the reader (rejections quoting the past interview, reference "
        "calls held with the reader's referee, services after an offer, recruiters' "
        "out-of-office replies, company events reaching a new hire before the first day, "
        "alumni and mentoring coffee chats, hackathons and coding contests, meeting tools' "
        "transcripts and AI interview-practice apps), as plain text, HTML only, multipart, "
        "forwards (Gmail, Outlook, Apple Mail headers in the forwarder's language), replies "
        "quoting earlier mail and calendar REQUESTs, beside controls in every family: the "
        "reader's own job interview worded close to the look-alikes. All text is ours, written "
        "by hand with no template; client forward and reply shapes recalled. People, companies "
        "and addresses are made up. Every label was written from the datetimes the text is "
        "rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('real57 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`; a forward carries `original_sender`); "
        "a rejection or thank-you after the fact (rejection, thankdecline19), a feedback call, "
        "a reference call the reader does not attend (refcheck), an immigration, relocation, "
        "moving or negotiation appointment, an absence reply (ooo, recooo25), a company event "
        "before the first day, a mentoring or alumni chat and an informational interview, a "
        "contest round or judging slot, a transcript or recording notice and an AI practice "
        "session are `not_invitation` (a calendar look-alike carries no slot); a mentor's yes "
        "to the reader's proposed time agrees a meeting that is not a job interview, so it is "
        "`not_invitation` too.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_real57.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        if SPLITS[name] == "heldout":
            lines.append(f"- **{name}** ({len(items)} messages, heldout; languages not listed)")
            continue
        ls = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-real57.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
