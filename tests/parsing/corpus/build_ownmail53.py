# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "ownmail53" batch: the user's own mail that the parser misread, in several languages.

- `wrapyes53`: the user's Bcc copy of their plain yes ("That suits me well", "passt mir
  perfekt", "ce créneau me convient") over the recruiter's one-slot question, which the mail
  client hard-wrapped so that its "?" stands on the line below the time: "> Could you come in
  on Tuesday 10 March at 10:00 at our Leeds" / "> depot?". Quoted with "> " (Gmail, Apple
  Mail), two levels deep (">> ", under the recruiter's own nudge) and under Outlook's header
  block with no markers: an invitation at the quoted slot.
- `ownthanks53`: the candidate's own thank-you note after an interview, to the recruiter
  with Afterview in Bcc, offering a time for a follow-up ("I'm available for a follow-up on
  Tue 13 Oct at 10:00 if that suits"): the writer's own proposal, nobody has said yes:
  not_invitation.
- `calexport53`: the user's own calendar mailed as a document (Outlook's "Email calendar" /
  "Send calendar": "Calendar", the range of days, a table of the day's events, one of them
  the interview): not_invitation.
- `dayagenda53`: Google Calendar's daily agenda ("Agenda for Tue 10 Mar 2026") and Apple
  Calendar / Thunderbird printouts mailed on, in several languages: not_invitation.

Held-out families were drawn by `random.Random("ownmail53 coin").sample(sorted(FAMILIES), 2)`
before any mail was written: ['wrapyes53', 'dayagenda53'].

Run: .venv/bin/python tests/parsing/corpus/build_ownmail53.py

All text is ours; people, companies and addresses are made up; 2026 dates. Calendar export
and agenda shapes are recalled (section headings, a date range, a table of rows), not copied.
Labels come from the datetimes rendered into the text and were written before the parser was
run on any message of the batch. Deterministic; the script writes only its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


om = _load("build_ownmail51", "build_ownmail51.py")
pp = om.pp
Layer = om.Layer
ME, HOOK = om.ME, om.HOOK
reply_thread, write, at = om.reply_thread, om.write, om.at

FAMILIES = {
    "wrapyes53": "The user's Bcc copy of their plain yes over the recruiter's one-slot "
    "question hard-wrapped by the client, its '?' on the line below the time ('> ', '>> ', "
    "Outlook's header block): an invitation at the quoted slot.",
    "ownthanks53": "The candidate's own thank-you note after an interview, Bcc'd to "
    "Afterview, offering a time for a follow-up ('I'm available for a follow-up on Tue 13 "
    "Oct at 10:00 if that suits'): the writer's own proposal, not_invitation.",
    "calexport53": "The user's own calendar mailed as a document (Outlook's 'Email calendar' "
    "/ 'Send calendar': 'Calendar', a range of days, a table of events, one of them the "
    "interview): not_invitation.",
    "dayagenda53": "Google Calendar's daily agenda ('Agenda for Tue 10 Mar 2026') and Apple "
    "Calendar / Thunderbird printouts passed on: not_invitation.",
}
HELD = frozenset(random.Random("ownmail53 coin").sample(sorted(FAMILIES), 2))
assert {"wrapyes53", "dayagenda53"} == HELD
for _name in FAMILIES:
    om.SPLITS[_name] = "heldout" if _name in HELD else "dev"
    om.ALL_FAMILIES[_name] = FAMILIES[_name]
om.ZONE.update(
    {
        "ja": "Asia/Tokyo",
        "ko": "Asia/Seoul",
        "zh": "Asia/Shanghai",
        "id": "Asia/Jakarta",
        "hi": "Asia/Kolkata",
    }
)

KIM, ROTH, PERRIN, ORTEGA = om.KIM, om.ROTH, om.PERRIN, om.ORTEGA
RICCI, DEVRIES = om.RICCI, om.DEVRIES
SILVA = ("Mariana Silva", "mariana.silva@cerrado-logistica.example.com.br")
TANAKA = ("田中 美咲", "m.tanaka@hinode-soko.example.jp")
PARK = ("박지현", "jihyun.park@hanbit-logis.example.kr")
WANG = ("王丽", "wang.li@huaxing-wuliu.example.cn")
SARI = ("Dewi Sari", "dewi.sari@nusantara-gudang.example.co.id")
MEHTA = ("प्रिया मेहता", "priya.mehta@sagar-logistics.example.in")
GCAL = ("Google Calendar", "calendar-notification@google.com")


# --- wrapyes53 -------------------------------------------------------------------------------
# (lang, employer, subject, question with its wrap, the user's yes, client, depth)
WRAPPED = [
    (
        "en-GB",
        KIM,
        "Interview - Logistics Planner",
        "Hi Alex,\n\nThanks for your patience. Could you come in on {slot} at our Leeds\ndepot? It would be with Tom and me.\n\nBest,\nKim",
        "Hi Kim,\n\nThat suits me well, thank you.\n\nBest,\nAlex",
        "gmail",
        1,
    ),
    (
        "en-US",
        KIM,
        "Next step - Planner role",
        "Hi Alex,\n\nWould you be able to join us on {slot} for a conversation with\nthe hiring manager?\n\nThanks,\nKim",
        "Hi Kim,\n\nThat works perfectly, thanks!\n\nAlex",
        "outlook",
        1,
    ),
    (
        "de",
        ROTH,
        "Vorstellungsgespräch Disposition",
        "Hallo Herr Morgan,\n\npasst Ihnen {slot} für ein Gespräch an unserem\nStandort in Bremen?\n\nViele Grüße\nSabine Roth",
        "Hallo Frau Roth,\n\nvielen Dank, das passt mir perfekt.\n\nViele Grüße\nAlex Morgan",
        "gmail",
        2,
    ),
    (
        "fr",
        PERRIN,
        "Entretien - chargé de planification",
        "Bonjour Alex,\n\nSeriez-vous disponible {slot} pour un entretien dans nos\nlocaux de Lyon ?\n\nBien à vous,\nNadia Perrin",
        "Bonjour Nadia,\n\nMerci, ce créneau me convient très bien.\n\nBien à vous,\nAlex",
        "outlook",
        1,
    ),
    (
        "es",
        ORTEGA,
        "Entrevista - planificador logístico",
        "Hola Alex:\n\n¿Podrías venir {slot} a nuestra oficina\nde Valencia?\n\nUn saludo,\nLucía",
        "Hola Lucía:\n\n¡Gracias! Me viene perfecto.\n\nUn saludo,\nAlex",
        "apple",
        1,
    ),
    (
        "it",
        RICCI,
        "Colloquio - pianificatore",
        "Ciao Alex,\n\nriusciresti a venire {slot} nella nostra sede\ndi Verona?\n\nA presto,\nGiulia",
        "Ciao Giulia,\n\ngrazie mille, mi va bene.\n\nA presto,\nAlex",
        "gmail",
        2,
    ),
    (
        "nl",
        DEVRIES,
        "Sollicitatiegesprek planner",
        "Hoi Alex,\n\nKun je {slot} langskomen op ons kantoor in\nUtrecht?\n\nGroet,\nFemke",
        "Hoi Femke,\n\nDank je wel, dat past mij prima.\n\nGroet,\nAlex",
        "outlook",
        1,
    ),
    (
        "pt-BR",
        SILVA,
        "Entrevista - analista de planejamento",
        "Oi Alex,\n\nVocê consegue vir {slot} ao nosso escritório em\nCampinas?\n\nAbraço,\nMariana",
        "Oi Mariana,\n\nMuito obrigado, fica ótimo para mim.\n\nAbraço,\nAlex",
        "gmail",
        1,
    ),
    # the user's "no" in the same shapes: the wrapped question is still the recruiter's ask
    (
        "en-GB",
        KIM,
        "Interview - Transport Analyst",
        "Hi Alex,\n\nCould you come in on {slot} at our Leeds\ndepot?\n\nBest,\nKim",
        "Hi Kim,\n\nI'm afraid that doesn't suit me well, sorry.\n\nBest,\nAlex",
        "gmail",
        1,
    ),
    (
        "fr",
        PERRIN,
        "Entretien - analyste transport",
        "Bonjour Alex,\n\nSeriez-vous disponible {slot} pour un entretien dans nos\nlocaux de Lyon ?\n\nBien à vous,\nNadia",
        "Bonjour Nadia,\n\nMalheureusement ce créneau ne me convient pas.\n\nAlex",
        "outlook",
        1,
    ),
]
NUDGE = {
    "de": "Hallo Herr Morgan,\n\nich wollte kurz nachhaken, ob Sie meine Nachricht unten gesehen haben.\n\nViele Grüße\nSabine Roth",
    "it": "Ciao Alex,\n\nti riscrivo per sapere se hai visto il messaggio qui sotto.\n\nGiulia",
}


def wrapyes() -> None:
    for index, (lang, emp, subject, question, yes, client, depth) in enumerate(WRAPPED):
        slot = at(lang, 2026, 3, 10 + index % 3, 10 if index % 2 else 14, 0)
        asked = at(lang, 2026, 3, 2, 11, 15)
        text = question.format(slot=om.slot_text(lang, slot))
        offer = Layer(emp, ME, asked, text, subject)
        if depth == 2:  # the recruiter's nudge over their own question: it is quoted twice
            employer_sent, employer_text, earlier = at(lang, 2026, 3, 4, 9, 30), NUDGE[lang], offer
        else:
            employer_sent, employer_text, earlier = asked, text, None
        reply = reply_thread(
            lang,
            emp,
            subject,
            employer_sent,
            employer_text,
            at(lang, 2026, 3, 5, 8, 40),
            yes,
            client,
            earlier=earlier,
        )
        takes = "doesn't suit" not in yes and "ne me convient" not in yes
        name = f"{'yes' if takes else 'no'}_{client}_{'deep' if depth == 2 else 'wrap'}_{index}"
        write(
            "wrapyes53",
            lang,
            name,
            reply,
            f"The user's Bcc copy of their {'yes' if takes else 'no'} over a wrapped quoted question ({client}, depth {depth})",
            slot=slot if takes else None,
            envelope=om.bcc_env(),
        )


# --- ownthanks53 -----------------------------------------------------------------------------
THANKS = [
    (
        "en-GB",
        KIM,
        "Thank you",
        "Hi Kim,\n\nThank you for today. I'm available for a follow-up on Tue 13 Oct at 10:00 if that suits.\n\nBest,\nAlex",
        (10, 13, 10),
    ),
    (
        "en-GB",
        KIM,
        "Thank you - Logistics Planner interview",
        "Hi Kim,\n\nThanks again for today's interview, I really enjoyed meeting the team. I'm free for a follow-up call on Tuesday 13 October at 10:00 if that works for you.\n\nBest regards,\nAlex Morgan",
        (10, 13, 10),
    ),
    (
        "en-US",
        KIM,
        "Following up on today's interview",
        "Dear Kim,\n\nThank you for the opportunity to interview for the Planner role today. Should a second conversation be useful, I am available on Wednesday, October 14 at 2:00 PM.\n\nKind regards,\nAlex Morgan",
        (10, 14, 14),
    ),
    (
        "ja",
        TANAKA,
        "本日の面接のお礼",
        "田中様\n\n本日は面接のお時間をいただき、誠にありがとうございました。\nもし追加でお話しする機会があれば、10月13日（火）10:00以降であれば対応可能です。\n\nAlex Morgan",
        (10, 13, 10),
    ),
    (
        "ko",
        PARK,
        "오늘 면접 감사합니다",
        "박지현 님께,\n\n오늘 면접 기회를 주셔서 감사합니다. 추가 면담이 필요하시면 10월 13일(화) 오전 10시에 가능합니다.\n\nAlex Morgan 드림",
        (10, 13, 10),
    ),
    (
        "zh",
        WANG,
        "感谢今天的面试",
        "王女士您好，\n\n感谢您今天抽出时间与我面谈。如需进一步沟通，我10月13日（周二）上午10:00有空，不知是否方便。\n\nAlex Morgan",
        (10, 13, 10),
    ),
    (
        "id",
        SARI,
        "Terima kasih atas wawancara hari ini",
        "Halo Ibu Dewi,\n\nTerima kasih atas waktu dan kesempatan wawancara hari ini. Jika diperlukan pertemuan lanjutan, saya bisa pada hari Selasa, 13 Oktober pukul 10.00.\n\nSalam,\nAlex Morgan",
        (10, 13, 10),
    ),
    (
        "hi",
        MEHTA,
        "आज के साक्षात्कार के लिए धन्यवाद",
        "प्रिय प्रिया जी,\n\nआज के साक्षात्कार के लिए आपका बहुत धन्यवाद। यदि आगे बातचीत की आवश्यकता हो, तो मैं मंगलवार, 13 अक्टूबर को सुबह 10:00 बजे उपलब्ध हूँ।\n\nसादर,\nएलेक्स मॉर्गन",
        (10, 13, 10),
    ),
    (
        "de",
        ROTH,
        "Danke für das Gespräch",
        "Hallo Frau Roth,\n\nvielen Dank für das Gespräch heute. Für ein weiteres Gespräch hätte ich am Dienstag, 13. Oktober um 10:00 Uhr Zeit, wenn es Ihnen passt.\n\nViele Grüße\nAlex Morgan",
        (10, 13, 10),
    ),
]


def ownthanks() -> None:
    for index, (lang, emp, subject, text, (mo, d, h)) in enumerate(THANKS):
        sent = at(lang, 2026, 10, 5, 17, 20)
        assert at(lang, 2026, mo, d, h) > sent
        top = Layer(ME, emp, sent, text, subject)
        write(
            "ownthanks53",
            lang,
            f"thanks_offers_time_{index}",
            top,
            "The candidate's own thank-you offering a time for a follow-up, Bcc'd to Afterview",
            slot=None,
            envelope=om.bcc_env(),
        )


# --- calexport53 -----------------------------------------------------------------------------
# Outlook's export as the user mails it: the owner, "Calendar", the range of days, the time
# zone and detail level, then each day's heading and its rows
EXPORT = {
    "en-GB": (
        "Calendar",
        "Tuesday, 10 March 2026 - Wednesday, 11 March 2026",
        "Time zone: (UTC+00:00) Dublin, Edinburgh, Lisbon, London",
        "Tuesday, 10 March 2026",
        "Interview - Fjordline (Leeds depot)",
        "My calendar for Tuesday and Wednesday",
    ),
    "en-US": (
        "Calendar",
        "Tuesday, March 10, 2026 - Tuesday, March 10, 2026",
        "Time zone: (UTC-06:00) Central Time (US & Canada)",
        "Tuesday, March 10, 2026",
        "Phone interview with Kim (Northwind Labs)",
        "Alex Morgan's calendar",
    ),
    "de": (
        "Kalender",
        "Dienstag, 10. März 2026 - Mittwoch, 11. März 2026",
        "Zeitzone: (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien",
        "Dienstag, 10. März 2026",
        "Vorstellungsgespräch Lindner Logistik",
        "Kalender von Alex Morgan",
    ),
    "fr": (
        "Calendrier",
        "mardi 10 mars 2026 - mardi 10 mars 2026",
        "Fuseau horaire : (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        "mardi 10 mars 2026",
        "Entretien Atelier Beaumont",
        "Calendrier d'Alex Morgan",
    ),
    "es": (
        "Calendario",
        "martes, 10 de marzo de 2026 - martes, 10 de marzo de 2026",
        "Zona horaria: (UTC+01:00) Bruselas, Copenhague, Madrid, París",
        "martes, 10 de marzo de 2026",
        "Entrevista Talleres Miramar",
        "Calendario de Alex Morgan",
    ),
    "nl": (
        "Agenda",
        "dinsdag 10 maart 2026 - woensdag 11 maart 2026",
        "Tijdzone: (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen",
        "dinsdag 10 maart 2026",
        "Sollicitatiegesprek PolderData",
        "Agenda van Alex Morgan",
    ),
    "pt-BR": (
        "Calendário",
        "terça-feira, 10 de março de 2026 - terça-feira, 10 de março de 2026",
        "Fuso horário: (UTC-03:00) Brasília",
        "terça-feira, 10 de março de 2026",
        "Entrevista Cerrado Logística",
        "Calendário de Alex Morgan",
    ),
}


def calexport() -> None:
    for lang, (word, days, zone, day, title, subject) in EXPORT.items():
        sent = at(lang, 2026, 3, 9, 7, 10)
        rows = (
            f"{day}\n10:00 - 11:00   {title}"
            if lang in {"de", "fr", "en-US"}
            else f"{day}\n09:00 - 09:30   Stand-up\n10:00 - 11:00   {title}"
        )
        text = f"Alex Morgan\n{word}\n{days}\n{zone}\n\n{rows}"
        top = Layer(ME, HOOK, sent, text, subject)
        write(
            "calexport53",
            lang,
            "outlook_email_calendar",
            top,
            "Outlook's 'Email calendar' export of the user's own day, mailed to Afterview",
            slot=None,
            html=True,
        )


# --- dayagenda53 -----------------------------------------------------------------------------
AGENDA = {
    "en-GB": (
        "Daily agenda for Alex Morgan",
        "Agenda for Tue 10 Mar 2026",
        "Interview with Fjordline",
        "View your calendar at https://calendar.google.com/calendar/",
    ),
    "de": (
        "Tagesübersicht für Alex Morgan",
        "Agenda für Di., 10. März 2026",
        "Vorstellungsgespräch Lindner Logistik",
        "Kalender ansehen: https://calendar.google.com/calendar/",
    ),
    "fr": (
        "Agenda quotidien d'Alex Morgan",
        "Agenda pour mar. 10 mars 2026",
        "Entretien Atelier Beaumont",
        "Afficher votre agenda : https://calendar.google.com/calendar/",
    ),
    "es": (
        "Agenda diaria de Alex Morgan",
        "Agenda para mar 10 mar 2026",
        "Entrevista Talleres Miramar",
        "Ver tu calendario: https://calendar.google.com/calendar/",
    ),
    "it": (
        "Agenda giornaliera di Alex Morgan",
        "Agenda per mar 10 mar 2026",
        "Colloquio Officine Lago",
        "Visualizza il calendario: https://calendar.google.com/calendar/",
    ),
    "nl": (
        "Dagelijkse agenda van Alex Morgan",
        "Agenda voor di 10 mrt 2026",
        "Sollicitatiegesprek PolderData",
        "Je agenda bekijken: https://calendar.google.com/calendar/",
    ),
}
PRINTOUT = {
    "de": (
        "Kalender (Thunderbird)",
        "Kalender\nDienstag, 10. März 2026 – Dienstag, 10. März 2026\n\nDienstag, 10. März 2026\n10:00 – 11:00  Vorstellungsgespräch Lindner Logistik\n",
    ),
    "fr": (
        "Calendrier imprimé",
        "Calendrier\nmardi 10 mars 2026 – vendredi 13 mars 2026\n\nmardi 10 mars 2026\n10:00 – 11:00  Entretien Atelier Beaumont\n",
    ),
    "en-US": (
        "My calendar printout",
        "Calendar\nTuesday, March 10, 2026 – Friday, March 13, 2026\n\nTuesday, March 10\n10:00 AM – 11:00 AM  Interview, Northwind Labs\n",
    ),
}


def dayagenda() -> None:
    for lang, (subject, head, title, foot) in AGENDA.items():
        sent = at(lang, 2026, 3, 10, 5, 0)
        text = f"{head}\n\n10:00 – 11:00   {title}\n\n{foot}"
        top = Layer(GCAL, ME, sent, text, subject)
        write(
            "dayagenda53",
            lang,
            "google_daily_agenda",
            top,
            "Google Calendar's daily agenda of the user's day, passed on",
            slot=None,
            html=True,
            envelope=(("Delivered-To", HOOK[1]),),
        )
    for lang, (subject, text) in PRINTOUT.items():
        sent = at(lang, 2026, 3, 9, 19, 0)
        top = Layer(ME, HOOK, sent, text.strip(), subject)
        write(
            "dayagenda53",
            lang,
            "calendar_printout",
            top,
            "A calendar printout (Apple Calendar, Thunderbird) of the user's days, mailed on",
            slot=None,
        )


BUILDERS = [wrapyes, ownthanks, calexport, dayagenda]

FIRST_SIGHT = ""
AFTER = ""


def provenance(cases: list[pp.Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in cases})
    dev = [item for item in cases if item.split == "dev"]
    lines = [
        "# Provenance of the ownmail53 batch (`build_ownmail53.py`)",
        "",
        "The user's own mail misread: a Bcc copy of their plain yes over a hard-wrapped quoted "
        "question; the candidate's own thank-you offering a follow-up time; the user's own "
        "calendar mailed as a document (Outlook's 'Email calendar' export) and calendar "
        "digests (Google Calendar's daily agenda, Apple Calendar / Thunderbird printouts). "
        "Client reply shapes are build_ownmail51.py's (recalled, no template); export and "
        "agenda shapes are recalled (heading, date range, time zone line, rows), not copied. "
        "All text is ours; people, companies and addresses are made up. Every label was "
        "written from the datetimes the text is rendered from, before the parser was run on "
        "any message.",
        "",
        f"{len(cases)} messages ({len(dev)} dev) in {len(FAMILIES)} families; languages: "
        f"{', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ". Held out: wrapyes53, dayagenda53 (seeded coin).",
        "",
        "Label rules used: the README's conventions 'Replies over a quoted time', 'The user's "
        "Bcc copy'; a calendar's digest of the reader's own days is not_invitation.",
        "",
    ]
    for text in (FIRST_SIGHT, AFTER):
        if text:
            lines += [text, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_ownmail53.py`.",
        "",
        "## Families",
        "",
    ]
    for name, text in FAMILIES.items():
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        split = "held out" if name in HELD else "dev"
        lines.append(f"- **{name}** ({len(items)} messages, {split}; {ls}): {text}")
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    om.CASES.clear()
    for build in BUILDERS:
        build()
    cases = list(om.CASES)
    pp.write_batch(cases, FAMILIES, "PROVENANCE-ownmail53.md", provenance(cases))
    print(f"{len(cases)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
