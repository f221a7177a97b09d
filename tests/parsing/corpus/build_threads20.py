# ruff: noqa: E501 (mail text and localized client strings read best one row a line)
"""Write the "threads20" batch: whole scheduling threads as a job seeker forwards or receives them.

Run: .venv/bin/python tests/parsing/corpus/build_threads20.py

The recruiter proposes several slots, the candidate picks one, the recruiter confirms ('Great,
see you Thursday 2 Dec at 2:30pm GMT'); sometimes the time moves twice. The mail holds the whole
thread with the quote headers of the client in its UI language: Outlook desktop blocks ('From:/
Sent:/To:/Subject:', 'Von:/Gesendet:', 'De :/Envoyé :', 'Da:/Inviato:', 'Van:/Verzonden:', 'Od:/
Wysłano:', 'Från:/Skickat:', 'De:/Enviado el:'), Gmail 'On ... wrote:' and its translations,
Apple Mail and Thunderbird attributions; top- and bottom-posted; forwards with the user's note;
weekdays in quoted text that count from the quoted message's date. Look-alikes (about a third):
nothing agreed yet, the last word is the candidate's own unconfirmed proposal, the employer
vacates the slot without a new one, the quoted weekday already past. Client helpers are loaded
from build_threads15.py / build_threads17.py (which document their sources; recalled, not
re-read). Text, people and companies are ours. Every label comes from the datetimes the text is
rendered from and was written before the parser was run; the split was fixed before then.
Output is deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
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


t17 = _load("build_threads17", "build_threads17.py")
t15 = t17.t15
pp = t15.pp
at, mail, Case, OWN, timed = pp.at, pp.mail, pp.Case, pp.OWN, pp.timed
said, oblock = t17.said, t17.oblock
applesaid, tbsaid, gfwd = t15.applesaid, t15.tbsaid, t15.gfwd
top, bottom, otop = t15.top, t15.bottom, t15.otop
gmail_html, outlook_html = t15.gmail_html, t15.outlook_html
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
RECALLED = "quote attribution / header block recalled from {} output, not re-read; " + OWN

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "pickconfirm20": "dev",
    "movetwice20": "dev",
    "outlookfwd20": "dev",
    "gmailwrote20": "dev",
    "weekdayquoted20": "dev",
    "candidatelast20": "dev",
    "nothingyet20": "dev",
    "applethread20": "heldout",
    "bottomthread20": "heldout",
    "htmlthread20": "heldout",
}
SOURCES = {
    "pickconfirm20": "The recruiter offers several slots, the candidate picks one, the recruiter confirms ('Great, see you Thursday 2 Dec at 2:30pm GMT'); Gmail and Outlook threads in en, de, fr, nl, received or forwarded; look-alikes where the candidate counters with a time of their own or has not answered.",
    "movetwice20": "An agreed slot moved and moved again; the newest message sets the final slot (reschedule) in en, de, fr, nl, it, forwarded whole or received; look-alikes where the employer vacates the slot and promises new times or only offers options.",
    "outlookfwd20": "The job seeker forwards a whole Outlook thread with the desktop blocks in the UI language ('Von:/Gesendet:', 'De :/Envoyé :', 'Da:/Inviato:', 'Van:/Verzonden:', 'Od:/Wysłano:', 'Från:/Skickat:', 'De:/Enviado el:') and a localized forward prefix (WG, TR, I, FW, PD, VB, RV).",
    "gmailwrote20": "Gmail top-posted threads with 'On ... wrote:' and its translations (en, de, es, it, pt-BR, nl): the recruiter's confirmation over the candidate's pick; look-alikes where the options are still open or the candidate's own proposal is the last word.",
    "weekdayquoted20": "The agreed weekday ('see you Thursday', 'am Montag um 11 Uhr', 'på tisdag kl. 10') sits in a quoted message and counts from that message's date, while the forward is sent days later (en, de, sv, pl, fr); a look-alike whose quoted weekday is already past.",
    "candidatelast20": "The last word is the candidate's own proposal of a new time, never confirmed (look-alikes in en, de, fr, nl, it); controls where the recruiter's 'yes' follows it (es, en).",
    "nothingyet20": "Threads where nothing is agreed yet: options sent and not answered, availability windows, 'I'll come back to you', 'both work, you choose' (en, de, it, pl, sv); control: pt-BR 'Fechado então'.",
    "applethread20": "Apple Mail threads ('On 1 Dec 2027, at 14:02, Name wrote:' and translations) in en, de, fr, nl, it, es: picks, a move, an open question.",
    "bottomthread20": "Thunderbird bottom-posted threads ('Am ... schrieb', 'W dniu ... pisze:', 'Den ... skrev', 'Op ... schreef', 'Le ... a écrit :', 'On ... wrote:'): picks, a move twice, a counter-proposal.",
    "htmlthread20": "HTML-only threads (Gmail gmail_quote, Outlook divRplyFwdMsg) in en, de, fr, es, it, sv: confirmations, a move, options still open.",
}

LON, BER, PAR, MAD, AMS, WAW, SAO, ROM, STO, DUB = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "America/Sao_Paulo",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Dublin",
)

RE_OUTLOOK = {
    "en": "RE:",
    "de": "AW:",
    "fr": "RE :",
    "it": "R:",
    "nl": "RE:",
    "pl": "Odp:",
    "sv": "SV:",
    "es": "RE:",
    "pt-BR": "RES:",
}
FW_OUTLOOK = {
    "en": "FW:",
    "de": "WG:",
    "fr": "TR :",
    "it": "I:",
    "nl": "FW:",
    "pl": "PD:",
    "sv": "VB:",
    "es": "RV:",
    "pt-BR": "ENC:",
}

P = tuple[str, str]
Msg = tuple[P, datetime, str]


def d(mo: int, day: int, h: int, mi: int, zone: str, wd: str = "", year: int = 2027) -> datetime:
    return at(year, mo, day, h, mi, zone, wd)


def _to(who: P, msgs: list[Msg]) -> P:
    """The other party: mail from the recruiter goes to the candidate and back."""
    return ME if who != ME else next(p for p, _, _ in msgs if p != ME)


def chain(style: str, lang: str, msgs: list[Msg], subject: str, first: str = "") -> str:
    """The newest message with everything before it quoted the way the client does."""
    *older, (_who, _when, body) = msgs
    if not older:
        return body.strip()
    pwho, psent, _ = older[-1]
    rest = chain(style, lang, older, subject, first)
    if style == "gmail":
        return str(top(body, said(lang, pwho, psent), rest)).rstrip()
    if style == "outlook":
        subj = first if len(older) == 1 and first else subject
        return str(otop(body, oblock(lang, pwho, psent, subj, _to(pwho, msgs)), rest)).rstrip()
    if style == "apple":
        return str(top(body, applesaid(lang, pwho, psent), rest)).rstrip()
    if style == "tb":
        return str(bottom(rest, tbsaid(lang, pwho, psent), body)).rstrip()
    raise ValueError(style)


BUILT: list[Case] = []


def slot(
    start: datetime, end: datetime | None = None, *, kind: str = "invitation", zoned: bool = False
) -> dict[str, object]:
    """A label spec; wall times take the delivered mail's offset in `put`."""
    spec: dict[str, object] = {"kind": kind, "_start": start, "_end": end, "_zoned": zoned}
    return spec


def neg() -> dict[str, object]:
    return {"kind": "not_invitation"}


def _label(spec: dict[str, object], sent: datetime) -> dict[str, object]:
    if spec["kind"] == "not_invitation":
        return {"kind": "not_invitation"}
    start, end = spec["_start"], spec["_end"]
    assert isinstance(start, datetime)
    assert end is None or isinstance(end, datetime)
    if spec["_zoned"]:
        return {"kind": spec["kind"], **timed(start, end)}
    return {"kind": spec["kind"], **timed(start, end, sent=sent)}


def put(
    fam: str,
    name: str,
    lang: str,
    *,
    style: str,
    msgs: list[Msg],
    subject: str,
    label: dict[str, object],
    note: str,
    fwd: str = "",
    ui: str = "",
    note_text: str = "",
    delay: timedelta = timedelta(hours=1, minutes=7),
    html: bool = False,
) -> None:
    """Deliver a thread: the newest message as received, or forwarded whole by the job seeker."""
    ui = ui or lang
    last_who, last_sent, last_body = msgs[-1]
    last_to = _to(last_who, msgs)
    client = {
        "gmail": "Gmail",
        "outlook": "Outlook desktop",
        "apple": "Apple Mail",
        "tb": "Thunderbird",
    }[style]
    re_subj = f"{'Re:' if style != 'outlook' else RE_OUTLOOK[ui]} {subject}"
    body = chain(style, ui, msgs, re_subj, subject)
    text: str | None = body + "\n"
    html_body: str | None = None
    if not fwd:
        sender, to, sent, subj = last_who, last_to, last_sent, re_subj
        if html:
            pwho, psent, _ = msgs[-2]
            old = chain(style, ui, msgs[:-1], re_subj, subject)
            if style == "outlook":
                html_body = outlook_html(last_body, oblock(ui, pwho, psent, re_subj, last_who), old)
            else:
                html_body = gmail_html(last_body, said(ui, pwho, psent), old)
            text = None
        full = _label(label, sent)
    else:
        sender, to, sent = ME, HOOK, last_sent + delay
        if fwd == "gmail":
            subj = f"Fwd: {re_subj}"
            text = f"{note_text}\n\n{gfwd(ui, last_who, last_sent, re_subj, last_to, body)}"
        else:
            subj = f"{FW_OUTLOOK[ui]} {re_subj}"
            text = str(otop(note_text, oblock(ui, last_who, last_sent, re_subj, last_to), body))
        client += f" (forwarded via {'Gmail' if fwd == 'gmail' else 'Outlook desktop'})"
        full = {**_label(label, sent), "original_sender": last_who[1]}
    key = f"threads20/{fam}/{name}"
    raw = mail(
        key,
        sender=sender,
        to=to,
        subject=subj,
        sent=sent,
        text=text,
        html=html_body,
        reply_to_key=f"{key}/parent",
    )
    BUILT.append(
        Case(
            fam, SPLITS[fam], f"{lang}_{name}", raw, full, lang, note, RECALLED.format(client), OWN
        )
    )


# FAMILIES ---------------------------------------------------------------------------------
def pickconfirm20() -> None:
    f = "pickconfirm20"
    rec = ("Harriet Coles", "harriet.coles@brightwater-talent.example.co.uk")
    put(
        f,
        "see_you_thursday_gmt",
        "en",
        style="gmail",
        subject="Interview - Senior Analyst",
        msgs=[
            (
                rec,
                d(11, 26, 10, 5, LON, "Fri"),
                "Hi Alex,\n\nThanks for your interest in the Senior Analyst role. Could you do any of these for a 45-minute video call with the hiring manager?\n\n- Wednesday 1 Dec, 10:00am GMT\n- Thursday 2 Dec, 2:30pm GMT\n- Friday 3 Dec, 11:00am GMT\n\nBest,\nHarriet",
            ),
            (
                ME,
                d(11, 26, 16, 40, LON, "Fri"),
                "Hi Harriet,\n\nThursday at 2:30pm would be ideal for me.\n\nThanks,\nAlex",
            ),
            (
                rec,
                d(11, 29, 9, 12, LON, "Mon"),
                "Great, see you Thursday 2 Dec at 2:30pm GMT. I'll send the Teams link the day before.\n\nHarriet",
            ),
        ],
        fwd="gmail",
        note_text="This is the confirmed one, please add it.",
        label=slot(d(12, 2, 14, 30, LON, "Thu"), d(12, 2, 15, 15, LON), zoned=True),
        note="Gmail forward (en) of the whole thread: three GMT options, the candidate picks Thursday, 'Great, see you Thursday 2 Dec at 2:30pm GMT'; 45 minutes stated in the first message.",
    )
    rec = ("Owen Pritchard", "owen.pritchard@kestrelrail.example.co.uk")
    put(
        f,
        "tuesday_7th_it_is",
        "en",
        style="outlook",
        subject="Interview availability",
        msgs=[
            (
                rec,
                d(11, 30, 11, 0, LON, "Tue"),
                "Hi Alex,\n\nWe'd like to invite you to a first interview. Are you free on Monday 6th December at 10:00 or Tuesday 7th December at 11:00? It will be about 45 minutes.\n\nKind regards,\nOwen Pritchard\nTalent Partner",
            ),
            (
                ME,
                d(11, 30, 13, 25, LON, "Tue"),
                "Hi Owen,\n\nTuesday 7th at 11:00 suits me best.\n\nBest wishes,\nAlex",
            ),
            (
                rec,
                d(11, 30, 15, 2, LON, "Tue"),
                "Hi Alex,\n\nPerfect - Tuesday 7th at 11:00 it is. Teams invite to follow shortly.\n\nOwen",
            ),
        ],
        label=slot(d(12, 7, 11, 0, LON, "Tue")),
        note="Outlook (en) block thread received directly: two offered slots, the candidate picks Tuesday, 'Perfect - Tuesday 7th at 11:00 it is'; 'about 45 minutes' is no exact end.",
    )
    rec = ("Svenja Holtkamp", "s.holtkamp@nordlicht-energie.example.de")
    put(
        f,
        "dienstag_14_uhr_super",
        "de",
        style="gmail",
        subject="Ihr Vorstellungsgespräch",
        msgs=[
            (
                rec,
                d(11, 8, 9, 30, BER, "Mon"),
                "Hallo Herr Morgan,\n\nwir würden Sie gern kennenlernen. Folgende Termine hätte ich anzubieten:\n\nMo, 15.11., 10:00 Uhr\nDi, 16.11., 14:00 Uhr\nMi, 17.11., 9:30 Uhr\n\nViele Grüße\nSvenja Holtkamp",
            ),
            (
                ME,
                d(11, 8, 18, 3, BER, "Mon"),
                "Hallo Frau Holtkamp,\n\nDienstag um 14 Uhr passt mir sehr gut.\n\nViele Grüße\nAlex Morgan",
            ),
            (
                rec,
                d(11, 9, 8, 47, BER, "Tue"),
                "Super, dann bis Dienstag, 16.11., um 14:00 Uhr bei uns in Oldenburg! Das Gespräch dauert etwa eine Stunde.\n\nSvenja Holtkamp",
            ),
        ],
        label=slot(d(11, 16, 14, 0, BER, "Tue")),
        note="Gmail (de) received: three options, the candidate takes Tuesday, 'Super, dann bis Dienstag, 16.11., um 14:00 Uhr'.",
    )
    rec = ("Clémence Vasseur", "clemence.vasseur@atelier-loire.example.fr")
    put(
        f,
        "jeudi_10h_note",
        "fr",
        style="gmail",
        subject="Entretien - poste de chef de projet",
        msgs=[
            (
                rec,
                d(11, 10, 10, 0, PAR, "Wed"),
                "Bonjour Alex,\n\nJe vous propose un entretien la semaine prochaine : mardi 16 novembre à 15h, jeudi 18 novembre à 10h ou vendredi 19 novembre à 14h. Merci de me dire ce qui vous convient.\n\nClémence Vasseur",
            ),
            (
                ME,
                d(11, 10, 12, 30, PAR, "Wed"),
                "Bonjour Clémence,\n\nJeudi 18 à 10h me convient parfaitement.\n\nBien à vous,\nAlex",
            ),
            (
                rec,
                d(11, 10, 14, 15, PAR, "Wed"),
                "Parfait, c'est noté pour jeudi 18 novembre à 10h, dans nos locaux de Nantes (1 heure environ).\n\nClémence",
            ),
        ],
        fwd="gmail",
        note_text="Pour info – entretien calé.",
        label=slot(d(11, 18, 10, 0, PAR, "Thu")),
        note="Gmail forward (fr) of the thread: three options, the candidate picks Thursday, 'c'est noté pour jeudi 18 novembre à 10h'.",
    )
    rec = ("Fiona Marsh", "fiona.marsh@harbourline.example.co.uk")
    put(
        f,
        "counter_monday_4pm_neg",
        "en",
        style="gmail",
        subject="Next steps - Operations Lead",
        msgs=[
            (
                rec,
                d(12, 1, 9, 40, LON, "Wed"),
                "Hi Alex,\n\nCould you make one of these for a call with our COO?\n\nThursday 9 Dec, 10am GMT\nFriday 10 Dec, 3pm GMT\n\nFiona",
            ),
            (
                ME,
                d(12, 1, 12, 10, LON, "Wed"),
                "Hi Fiona,\n\nSorry, I'm travelling on both of those days. Would Monday 13 Dec at 4pm GMT work instead?\n\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Waiting to hear back on this one.",
        label=neg(),
        note="Look-alike: the candidate declines both offered GMT slots and counters with Monday 13 Dec 4pm; the forward is sent before any answer.",
    )
    rec = ("Ruben Dekker", "ruben.dekker@zeeland-logistiek.example.nl")
    put(
        f,
        "agenda_checken_neg",
        "nl",
        style="gmail",
        subject="Uitnodiging kennismaking",
        msgs=[
            (
                rec,
                d(11, 22, 10, 0, AMS, "Mon"),
                "Hoi Alex,\n\nWe willen je graag uitnodigen voor een kennismaking. Kun je woensdag 1 december om 10.00 uur, donderdag 2 december om 14.00 uur of vrijdag 3 december om 9.30 uur?\n\nGroet,\nRuben",
            ),
            (
                ME,
                d(11, 22, 17, 45, AMS, "Mon"),
                "Hoi Ruben,\n\nDank je! Ik kijk even in mijn agenda en laat het je morgen weten.\n\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Nog niet bevestigd – even bewaren.",
        label=neg(),
        note="Look-alike: three options offered, the candidate still has to check the diary; nothing agreed.",
    )


def movetwice20() -> None:
    f = "movetwice20"
    rec = ("Priya Raman", "priya.raman@lumenhealth.example.co.uk")
    put(
        f,
        "thursday_1130_again",
        "en",
        style="outlook",
        subject="Interview - Product Designer",
        msgs=[
            (
                rec,
                d(11, 3, 10, 0, LON, "Wed"),
                "Hi Alex,\n\nConfirming your interview on Tuesday 9 November at 10:00 with Sam and me.\n\nPriya",
            ),
            (
                rec,
                d(11, 5, 16, 20, LON, "Fri"),
                "Hi Alex,\n\nSam has a clash on Tuesday - could we move to Wednesday 10 November at 15:00 instead?\n\nPriya",
            ),
            (ME, d(11, 5, 17, 2, LON, "Fri"), "Hi Priya,\n\nWednesday at 15:00 is fine.\n\nAlex"),
            (
                rec,
                d(11, 8, 9, 14, LON, "Mon"),
                "Hi Alex,\n\nSo sorry to do this again - Wednesday no longer works for Sam either. We've now fixed Thursday 11 November at 11:30 (same Teams link, 45 minutes). Hope that's OK.\n\nPriya",
            ),
        ],
        label=slot(d(11, 11, 11, 30, LON, "Thu"), d(11, 11, 12, 15, LON), kind="reschedule"),
        note="Outlook (en) thread received: Tuesday 10:00 moved to Wednesday 15:00 (agreed), then again to Thursday 11 November 11:30, 45 minutes.",
    )
    rec = ("Matthias Brenner", "matthias.brenner@alpenstahl.example.de")
    put(
        f,
        "freitag_9_uhr_wg",
        "de",
        style="outlook",
        subject="Vorstellungsgespräch",
        msgs=[
            (
                rec,
                d(11, 10, 8, 30, BER, "Wed"),
                "Sehr geehrter Herr Morgan,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am Dienstag, 16. November, um 10:00 Uhr.\n\nMit freundlichen Grüßen\nMatthias Brenner",
            ),
            (
                rec,
                d(11, 12, 11, 5, BER, "Fri"),
                "Sehr geehrter Herr Morgan,\n\nleider muss ich den Termin verschieben. Ginge stattdessen Mittwoch, 17. November, um 13:00 Uhr?\n\nMatthias Brenner",
            ),
            (
                ME,
                d(11, 12, 12, 40, BER, "Fri"),
                "Sehr geehrter Herr Brenner,\n\nMittwoch 13 Uhr ist in Ordnung.\n\nMit freundlichen Grüßen\nAlex Morgan",
            ),
            (
                rec,
                d(11, 15, 9, 20, BER, "Mon"),
                "Sehr geehrter Herr Morgan,\n\nes tut mir leid, aber wir müssen das Gespräch noch einmal verlegen: neuer Termin ist Freitag, 19. November, 9:00 bis 10:00 Uhr. Der Ort bleibt unverändert.\n\nMatthias Brenner",
            ),
        ],
        fwd="outlook",
        note_text="Zur Info – wurde schon wieder verschoben.",
        label=slot(d(11, 19, 9, 0, BER, "Fri"), d(11, 19, 10, 0, BER), kind="reschedule"),
        note="Outlook (de) forward 'WG:' of a thread moved twice: Tuesday 10:00, then Wednesday 13:00, finally Friday 19 November 9:00-10:00.",
    )
    rec = ("Hélène Garnier", "helene.garnier@vignobles-garnier.example.fr")
    put(
        f,
        "lundi_16h_final",
        "fr",
        style="gmail",
        subject="Entretien",
        msgs=[
            (
                rec,
                d(11, 12, 10, 0, PAR, "Fri"),
                "Bonjour Alex,\n\nJe vous confirme notre entretien jeudi 18 novembre à 11h.\n\nHélène",
            ),
            (
                rec,
                d(11, 15, 17, 30, PAR, "Mon"),
                "Bonjour Alex,\n\nUn imprévu : pouvons-nous décaler à vendredi 19 novembre à 14h ?\n\nHélène",
            ),
            (
                ME,
                d(11, 15, 18, 2, PAR, "Mon"),
                "Bonjour Hélène,\n\nAucun souci pour vendredi 14h.\n\nAlex",
            ),
            (
                rec,
                d(11, 18, 8, 45, PAR, "Thu"),
                "Bonjour Alex,\n\nToutes mes excuses, je dois encore déplacer notre rendez-vous : je vous propose lundi 22 novembre à 16h, c'est bloqué dans mon agenda.\n\nHélène",
            ),
        ],
        label=slot(d(11, 22, 16, 0, PAR, "Mon"), kind="reschedule"),
        note="Gmail (fr) thread received: Thursday 11h moved to Friday 14h (accepted), then 'je dois encore déplacer' to Monday 22 November 16h.",
    )
    rec = ("Lotte Brouwer", "lotte.brouwer@polderbouw.example.nl")
    put(
        f,
        "woensdag_1030_nogmaals",
        "nl",
        style="outlook",
        subject="Sollicitatiegesprek",
        msgs=[
            (
                rec,
                d(11, 15, 9, 0, AMS, "Mon"),
                "Beste Alex,\n\nHierbij bevestig ik je gesprek op maandag 22 november om 14.00 uur.\n\nMet vriendelijke groet,\nLotte Brouwer",
            ),
            (
                rec,
                d(11, 17, 13, 10, AMS, "Wed"),
                "Beste Alex,\n\nKunnen we het gesprek verplaatsen naar dinsdag 23 november om 9.00 uur?\n\nLotte",
            ),
            (ME, d(11, 17, 14, 0, AMS, "Wed"), "Beste Lotte,\n\nDat is prima.\n\nAlex"),
            (
                rec,
                d(11, 19, 16, 45, AMS, "Fri"),
                "Beste Alex,\n\nExcuses, dinsdag lukt toch niet. Het gesprek is nu verplaatst naar woensdag 24 november van 10.30 tot 11.30 uur.\n\nLotte",
            ),
        ],
        fwd="outlook",
        note_text="Nieuwe tijd, de vorige twee kloppen niet meer.",
        label=slot(d(11, 24, 10, 30, AMS, "Wed"), d(11, 24, 11, 30, AMS), kind="reschedule"),
        note="Outlook (nl) forward 'FW:' of a thread moved twice: Monday 14.00, Tuesday 9.00, finally Wednesday 24 November 10.30-11.30.",
    )
    rec = ("Giulia Martinelli", "giulia.martinelli@tessuti-como.example.it")
    put(
        f,
        "martedi_1430_fwd",
        "it",
        style="gmail",
        subject="Colloquio",
        msgs=[
            (
                rec,
                d(11, 17, 10, 0, ROM, "Wed"),
                "Gentile Alex,\n\nle confermo il colloquio di lunedì 22 novembre alle 10:00.\n\nGiulia Martinelli",
            ),
            (
                rec,
                d(11, 19, 15, 0, ROM, "Fri"),
                "Gentile Alex,\n\npossiamo spostarlo a mercoledì 24 novembre alle 11:00?\n\nGiulia",
            ),
            (
                ME,
                d(11, 19, 15, 40, ROM, "Fri"),
                "Gentile Giulia,\n\nva benissimo mercoledì alle 11.\n\nAlex",
            ),
            (
                rec,
                d(11, 23, 9, 5, ROM, "Tue"),
                "Gentile Alex,\n\nmi scuso ancora: il responsabile è in trasferta mercoledì, quindi il colloquio è spostato a martedì 30 novembre alle 14:30. Le confermo la sede di via Milano 8.\n\nGiulia",
            ),
        ],
        fwd="gmail",
        note_text="Ecco l'ultima data, l'hanno spostato di nuovo.",
        label=slot(d(11, 30, 14, 30, ROM, "Tue"), kind="reschedule"),
        note="Gmail forward (it) of a thread moved twice: Monday 10:00, Wednesday 11:00, finally Tuesday 30 November 14:30.",
    )
    rec = ("Nerea Olabarria", "nerea.olabarria@astilleros-bizkaia.example.es")
    put(
        f,
        "volver_a_cambiar_neg",
        "es",
        style="gmail",
        subject="Entrevista",
        msgs=[
            (
                rec,
                d(11, 22, 9, 0, MAD, "Mon"),
                "Hola Alex:\n\nTe confirmo la entrevista el jueves 25 de noviembre a las 10:00.\n\nNerea",
            ),
            (
                rec,
                d(11, 23, 18, 0, MAD, "Tue"),
                "Hola Alex:\n\n¿Podríamos pasarla al viernes 26 a las 12:00?\n\nNerea",
            ),
            (
                ME,
                d(11, 23, 19, 30, MAD, "Tue"),
                "Hola Nerea:\n\nSin problema, el viernes a las 12:00.\n\nAlex",
            ),
            (
                rec,
                d(11, 25, 16, 10, MAD, "Thu"),
                "Hola Alex:\n\nLo siento muchísimo, pero tenemos que volver a cambiarla: el viernes al final no podemos. Mañana te propongo nuevas fechas para la semana que viene.\n\nNerea",
            ),
        ],
        label=neg(),
        note="Look-alike: the slot already moved once (Friday 26 November 12:00) is vacated again with new dates promised; no slot is agreed now.",
    )
    rec = ("Daniel Okafor", "daniel.okafor@fernleigh-consulting.example.co.uk")
    put(
        f,
        "options_again_neg",
        "en",
        style="gmail",
        subject="Interview - Data Engineer",
        msgs=[
            (
                rec,
                d(11, 15, 10, 0, LON, "Mon"),
                "Hi Alex,\n\nYou're booked in for Wednesday 24 November at 2pm.\n\nDaniel",
            ),
            (
                rec,
                d(11, 19, 11, 30, LON, "Fri"),
                "Hi Alex,\n\nOur panel has changed, so we need to move Wednesday. Could you do Thursday 25 Nov at 10am?\n\nDaniel",
            ),
            (
                ME,
                d(11, 19, 13, 0, LON, "Fri"),
                "Hi Daniel,\n\nYes, Thursday at 10 is fine.\n\nAlex",
            ),
            (
                rec,
                d(11, 23, 17, 40, LON, "Tue"),
                "Hi Alex,\n\nApologies - Thursday has fallen through too. Could you do Monday 29 Nov at 10am or Tuesday 30 Nov at 3pm? Let me know and I'll lock it in.\n\nDaniel",
            ),
        ],
        fwd="gmail",
        note_text="ugh, moved again - haven't picked yet",
        label=neg(),
        note="Look-alike: after the second move the recruiter only offers two options; the candidate has not picked, so nothing is agreed.",
    )


def outlookfwd20() -> None:
    f = "outlookfwd20"
    rec = ("Katharina Lindner", "k.lindner@rheintal-pharma.example.de")
    put(
        f,
        "mittwoch_1030_wg",
        "de",
        style="outlook",
        subject="Terminvorschläge Vorstellungsgespräch",
        msgs=[
            (
                rec,
                d(11, 15, 10, 0, BER, "Mon"),
                "Sehr geehrter Herr Morgan,\n\ngerne laden wir Sie zu einem Gespräch ein. Möglich wären Dienstag, 23. November, 14:00 Uhr oder Mittwoch, 24. November, 10:30 Uhr.\n\nMit freundlichen Grüßen\nKatharina Lindner",
            ),
            (
                ME,
                d(11, 15, 14, 20, BER, "Mon"),
                "Sehr geehrte Frau Lindner,\n\nvielen Dank, der Mittwoch um 10:30 Uhr passt mir.\n\nMit freundlichen Grüßen\nAlex Morgan",
            ),
            (
                rec,
                d(11, 16, 8, 55, BER, "Tue"),
                "Sehr geehrter Herr Morgan,\n\ndann freuen wir uns auf Sie am Mittwoch, 24. November, um 10:30 Uhr in Mannheim. Bitte melden Sie sich am Empfang.\n\nMit freundlichen Grüßen\nKatharina Lindner",
            ),
        ],
        fwd="outlook",
        note_text="Bitte eintragen.",
        label=slot(d(11, 24, 10, 30, BER, "Wed")),
        note="Outlook (de) forward 'WG:' with 'Von:/Gesendet:/An:/Betreff:' blocks: two options, the candidate picks Wednesday, confirmed 24 November 10:30.",
    )
    rec = ("Mathilde Roux", "mathilde.roux@cabinet-roux.example.fr")
    put(
        f,
        "mardi_15h_tr",
        "fr",
        style="outlook",
        subject="Entretien de recrutement",
        msgs=[
            (
                rec,
                d(11, 16, 9, 15, PAR, "Tue"),
                "Bonjour Monsieur Morgan,\n\nSeriez-vous disponible lundi 22 novembre à 10h ou mardi 23 novembre à 15h pour un entretien ?\n\nCordialement,\nMathilde Roux",
            ),
            (
                ME,
                d(11, 16, 11, 0, PAR, "Tue"),
                "Bonjour Madame Roux,\n\nLe mardi 23 à 15h me convient.\n\nCordialement,\nAlex Morgan",
            ),
            (
                rec,
                d(11, 16, 15, 30, PAR, "Tue"),
                "Bonjour Monsieur Morgan,\n\nC'est confirmé pour mardi 23 novembre à 15h, au 12 rue de la Paix, 3e étage. L'entretien durera 1h.\n\nCordialement,\nMathilde Roux",
            ),
        ],
        fwd="outlook",
        note_text="À ajouter à mon agenda svp.",
        label=slot(d(11, 23, 15, 0, PAR, "Tue"), d(11, 23, 16, 0, PAR)),
        note="Outlook (fr) forward 'TR :' with 'De :/Envoyé :/À :/Objet :' blocks: 'C'est confirmé pour mardi 23 novembre à 15h', one hour.",
    )
    rec = ("Federica Galli", "federica.galli@meccanica-galli.example.it")
    put(
        f,
        "giovedi_11_i",
        "it",
        style="outlook",
        subject="Proposta colloquio",
        msgs=[
            (
                rec,
                d(11, 17, 10, 0, ROM, "Wed"),
                "Gentile Alex,\n\nle propongo giovedì 25 novembre alle 11:00 oppure venerdì 26 novembre alle 15:00.\n\nCordiali saluti,\nFederica Galli",
            ),
            (
                ME,
                d(11, 17, 12, 45, ROM, "Wed"),
                "Gentile Federica,\n\npreferirei giovedì alle 11:00.\n\nCordiali saluti,\nAlex",
            ),
            (
                rec,
                d(11, 18, 9, 10, ROM, "Thu"),
                "Gentile Alex,\n\nperfetto, confermiamo giovedì 25 novembre alle 11:00 presso la nostra sede di Brescia.\n\nFederica",
            ),
        ],
        fwd="outlook",
        note_text="Inoltro la conferma.",
        label=slot(d(11, 25, 11, 0, ROM, "Thu")),
        note="Outlook (it) forward 'I:' with 'Da:/Inviato:/A:/Oggetto:' blocks: 'confermiamo giovedì 25 novembre alle 11:00'.",
    )
    rec = ("Sanne de Graaf", "sanne.degraaf@grachtendata.example.nl")
    put(
        f,
        "vrijdag_1330_fw",
        "nl",
        style="outlook",
        subject="Gesprek volgende week",
        msgs=[
            (
                rec,
                d(11, 18, 11, 0, AMS, "Thu"),
                "Beste Alex,\n\nIk kan je vrijdag 26 november om 13.30 uur of maandag 29 november om 9.00 uur aanbieden.\n\nMet vriendelijke groet,\nSanne de Graaf",
            ),
            (
                ME,
                d(11, 18, 13, 5, AMS, "Thu"),
                "Beste Sanne,\n\nVrijdag om 13.30 uur komt mij goed uit.\n\nGroet,\nAlex",
            ),
            (
                rec,
                d(11, 18, 16, 20, AMS, "Thu"),
                "Beste Alex,\n\nPrima, dan zien we je vrijdag 26 november om 13.30 uur op ons kantoor aan de Keizersgracht.\n\nSanne",
            ),
        ],
        fwd="outlook",
        note_text="Ter info.",
        label=slot(d(11, 26, 13, 30, AMS, "Fri")),
        note="Outlook (nl) forward 'FW:' with 'Van:/Verzonden:/Aan:/Onderwerp:' blocks: 'dan zien we je vrijdag 26 november om 13.30 uur'.",
    )
    rec = ("Marta Kowalczyk", "marta.kowalczyk@wislasoft.example.pl")
    put(
        f,
        "propozycja_sroda_neg",
        "pl",
        style="outlook",
        subject="Rozmowa kwalifikacyjna",
        msgs=[
            (
                rec,
                d(11, 22, 10, 0, WAW, "Mon"),
                "Dzień dobry,\n\nzapraszamy na rozmowę we wtorek 30 listopada o 10:00.\n\nZ poważaniem\nMarta Kowalczyk",
            ),
            (
                ME,
                d(11, 22, 15, 30, WAW, "Mon"),
                "Dzień dobry,\n\ndziękuję za zaproszenie. Niestety we wtorek jestem w delegacji. Czy moglibyśmy spotkać się w środę 1 grudnia o 12:00?\n\nZ poważaniem\nAlex Morgan",
            ),
        ],
        fwd="outlook",
        note_text="Czekam na odpowiedź.",
        label=neg(),
        note="Look-alike: Outlook (pl) forward 'PD:' with 'Od:/Wysłano:/Do:/Temat:' blocks; the candidate declines Tuesday and proposes Wednesday 1 December 12:00 - unanswered.",
    )
    rec = ("Elin Sandberg", "elin.sandberg@skargard-it.example.se")
    put(
        f,
        "mandag_kl_14_vb",
        "sv",
        style="outlook",
        subject="Intervju",
        msgs=[
            (
                rec,
                d(11, 19, 9, 30, STO, "Fri"),
                "Hej Alex,\n\nVi vill gärna träffa dig. Passar måndag 29 november kl. 14.00 eller tisdag 30 november kl. 10.00?\n\nVänliga hälsningar\nElin Sandberg",
            ),
            (
                ME,
                d(11, 19, 12, 0, STO, "Fri"),
                "Hej Elin,\n\nMåndag kl. 14.00 passar bra.\n\nHälsningar\nAlex",
            ),
            (
                rec,
                d(11, 22, 8, 40, STO, "Mon"),
                "Hej Alex,\n\nToppen! Då ses vi måndag 29 november kl. 14.00 på Götgatan 22. Intervjun tar cirka en timme.\n\nElin",
            ),
        ],
        fwd="outlook",
        note_text="Bokat.",
        label=slot(d(11, 29, 14, 0, STO, "Mon")),
        note="Outlook (sv) forward 'VB:' with 'Från:/Skickat:/Till:/Ämne:' blocks: 'Då ses vi måndag 29 november kl. 14.00'.",
    )
    rec = ("Lucía Ferrer", "lucia.ferrer@ceramicas-levante.example.es")
    put(
        f,
        "cual_elijo_neg",
        "es",
        style="outlook",
        subject="Propuesta de entrevista",
        msgs=[
            (
                rec,
                d(11, 24, 10, 0, MAD, "Wed"),
                "Hola Alex:\n\nTe propongo tres opciones para la entrevista: jueves 2 de diciembre a las 9:30, viernes 3 a las 12:00 o lunes 6 a las 16:00. Dime cuál te viene mejor.\n\nUn saludo,\nLucía Ferrer",
            ),
        ],
        fwd="outlook",
        note_text="¿Cuál me recomiendas? Aún no he contestado.",
        label=neg(),
        note="Look-alike: Outlook (es) forward 'RV:' with 'De:/Enviado el:/Para:/Asunto:' block of three options; the user has not answered.",
    )


def gmailwrote20() -> None:
    f = "gmailwrote20"
    rec = ("Beth Lawson", "beth.lawson@quayside-digital.example.co.uk")
    put(
        f,
        "put_you_in_tuesday",
        "en",
        style="gmail",
        subject="Chat with the team",
        msgs=[
            (
                rec,
                d(12, 3, 10, 0, LON, "Fri"),
                "Hi Alex,\n\nWould Monday 13 Dec at 2pm, Tuesday 14 Dec at 9:30am or Wednesday 15 Dec at 4pm work for a chat with the team?\n\nBeth",
            ),
            (
                ME,
                d(12, 3, 14, 20, LON, "Fri"),
                "Hi Beth,\n\nTuesday morning works best for me.\n\nAlex",
            ),
            (
                rec,
                d(12, 6, 9, 5, LON, "Mon"),
                "Lovely, I've put you in for Tuesday 14 Dec, 9:30-10:15am. See you then!\n\nBeth",
            ),
        ],
        label=slot(d(12, 14, 9, 30, LON, "Tue"), d(12, 14, 10, 15, LON)),
        note="Gmail (en) 'On ... wrote:' thread received: 'I've put you in for Tuesday 14 Dec, 9:30-10:15am'.",
    )
    rec = ("Fernanda Ribeiro", "fernanda.ribeiro@cafe-serrano.example.com.br")
    put(
        f,
        "combinado_quarta",
        "pt-BR",
        style="gmail",
        subject="Entrevista",
        msgs=[
            (
                rec,
                d(12, 6, 10, 0, SAO, "Mon"),
                "Oi, Alex!\n\nPodemos conversar na terça, 14/12, às 15h, ou na quarta, 15/12, às 10h?\n\nAbraços,\nFernanda",
            ),
            (
                ME,
                d(12, 6, 11, 30, SAO, "Mon"),
                "Oi, Fernanda!\n\nQuarta às 10h é perfeito para mim.\n\nAlex",
            ),
            (
                rec,
                d(12, 6, 14, 0, SAO, "Mon"),
                "Combinado: quarta, 15/12, às 10h, pelo Google Meet. Te mando o link.\n\nFernanda",
            ),
        ],
        label=slot(d(12, 15, 10, 0, SAO, "Wed")),
        note="Gmail (pt-BR) 'Em ... escreveu:' thread: 'Combinado: quarta, 15/12, às 10h'.",
    )
    rec = ("Iñigo Zubiri", "inigo.zubiri@bodegas-rioja-alta.example.es")
    put(
        f,
        "te_esperamos_jueves",
        "es",
        style="gmail",
        subject="Entrevista presencial",
        msgs=[
            (
                rec,
                d(12, 7, 9, 0, MAD, "Tue"),
                "Hola Alex:\n\n¿Te vendría bien el jueves 16 de diciembre a las 12:30 o el viernes 17 a las 9:00?\n\nIñigo",
            ),
            (
                ME,
                d(12, 7, 10, 15, MAD, "Tue"),
                "Hola Iñigo:\n\nEl jueves a las 12:30, perfecto.\n\nAlex",
            ),
            (
                rec,
                d(12, 7, 12, 0, MAD, "Tue"),
                "Perfecto, te esperamos el jueves 16 de diciembre a las 12:30 en la bodega (Haro).\n\nIñigo",
            ),
        ],
        fwd="gmail",
        note_text="Ya está cerrada.",
        label=slot(d(12, 16, 12, 30, MAD, "Thu")),
        note="Gmail forward (es) of an 'El ... escribió:' thread: 'te esperamos el jueves 16 de diciembre a las 12:30'.",
    )
    rec = ("Stefano Ricci", "stefano.ricci@cantiere-adriatico.example.it")
    put(
        f,
        "venerdi_alle_9_neg",
        "it",
        style="gmail",
        subject="Colloquio tecnico",
        msgs=[
            (
                rec,
                d(12, 6, 9, 30, ROM, "Mon"),
                "Gentile Alex,\n\nle andrebbe bene martedì 14 dicembre alle 10:00 per il colloquio tecnico?\n\nStefano Ricci",
            ),
            (
                ME,
                d(12, 6, 13, 0, ROM, "Mon"),
                "Gentile Stefano,\n\npurtroppo martedì non posso. Sarebbe possibile venerdì 17 dicembre alle 9:00?\n\nCordiali saluti,\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Ho proposto venerdì, vediamo.",
        label=neg(),
        note="Look-alike: Gmail (it) forward; the candidate turns down Tuesday and proposes Friday 17 December 9:00, unanswered.",
    )
    rec = ("Jonas Albrecht", "jonas.albrecht@spree-mobility.example.de")
    put(
        f,
        "was_passt_ihnen_neg",
        "de",
        style="gmail",
        subject="Zweites Gespräch",
        msgs=[
            (
                ME,
                d(12, 7, 9, 0, BER, "Tue"),
                "Hallo Herr Albrecht,\n\nvielen Dank für das nette Gespräch. Für die zweite Runde bin ich nächste Woche flexibel.\n\nViele Grüße\nAlex Morgan",
            ),
            (
                rec,
                d(12, 7, 15, 30, BER, "Tue"),
                "Hallo Herr Morgan,\n\nschön! Ich könnte Dienstag, 14.12., oder Mittwoch, 15.12., jeweils um 10 Uhr anbieten. Was passt Ihnen besser?\n\nJonas Albrecht",
            ),
        ],
        label=neg(),
        note="Look-alike: Gmail (de) thread received; two options offered over the candidate's note, nothing picked.",
    )
    rec = ("Maarten Visser", "maarten.visser@delta-energie.example.nl")
    put(
        f,
        "donderdag_staat_vast",
        "nl",
        style="gmail",
        subject="Vervolggesprek",
        msgs=[
            (
                rec,
                d(12, 1, 10, 0, AMS, "Wed"),
                "Hoi Alex,\n\nKun je donderdag 9 december om 11.00 uur of vrijdag 10 december om 14.00 uur?\n\nMaarten",
            ),
            (
                ME,
                d(12, 1, 12, 0, AMS, "Wed"),
                "Hoi Maarten,\n\nDonderdag om 11.00 uur is prima.\n\nAlex",
            ),
            (
                rec,
                d(12, 1, 16, 30, AMS, "Wed"),
                "Top, dan staat donderdag 9 december om 11.00 uur vast. Tot dan!\n\nMaarten",
            ),
        ],
        label=slot(d(12, 9, 11, 0, AMS, "Thu")),
        note="Gmail (nl) 'Op ... schreef' thread: 'dan staat donderdag 9 december om 11.00 uur vast'.",
    )


def weekdayquoted20() -> None:
    f = "weekdayquoted20"
    rec = ("Nadia Hussain", "nadia.hussain@millbrook-finance.example.co.uk")
    put(
        f,
        "see_you_thursday_fwd_same_day",
        "en",
        style="gmail",
        subject="Interview",
        msgs=[
            (
                rec,
                d(11, 26, 11, 0, LON, "Fri"),
                "Hi Alex,\n\nCould you do Thursday at 3pm for the interview?\n\nNadia",
            ),
            (ME, d(11, 29, 8, 30, LON, "Mon"), "Hi Nadia,\n\nThursday at 3 is perfect.\n\nAlex"),
            (rec, d(11, 29, 10, 15, LON, "Mon"), "Great, booked - see you Thursday!\n\nNadia"),
        ],
        fwd="gmail",
        note_text="today's interview",
        delay=timedelta(days=2, hours=21, minutes=55),
        label=slot(d(12, 2, 15, 0, LON, "Thu")),
        note="'Thursday at 3pm' written on Friday 26 November and booked on Monday 29 is Thursday 2 December; the forward is sent that Thursday morning, so not a week later.",
    )
    rec = ("Bettina Kranz", "bettina.kranz@kranz-maschinen.example.de")
    put(
        f,
        "montag_11_fwd_montag",
        "de",
        style="gmail",
        subject="Gespräch",
        msgs=[
            (
                rec,
                d(11, 19, 14, 0, BER, "Fri"),
                "Hallo Herr Morgan,\n\nhätten Sie am Montag um 11 Uhr Zeit für ein kurzes Gespräch mit unserem Werkleiter?\n\nBettina Kranz",
            ),
            (
                ME,
                d(11, 20, 9, 30, BER, "Sat"),
                "Hallo Frau Kranz,\n\nMontag 11 Uhr passt, ich freue mich.\n\nAlex Morgan",
            ),
            (rec, d(11, 20, 10, 5, BER, "Sat"), "Prima, dann bis Montag!\n\nBettina Kranz"),
        ],
        fwd="gmail",
        note_text="Heute!",
        delay=timedelta(days=1, hours=21, minutes=40),
        label=slot(d(11, 22, 11, 0, BER, "Mon")),
        note="'am Montag um 11 Uhr' written on Friday 19 November is Monday 22 November; the forward is sent that Monday at 7:45.",
    )
    rec = ("Karin Holm", "karin.holm@vasterbyggen.example.se")
    put(
        f,
        "tisdag_kl_10_fwd",
        "sv",
        style="gmail",
        subject="Intervju",
        msgs=[
            (
                ME,
                d(11, 23, 16, 0, STO, "Tue"),
                "Hej Karin,\n\nJag kan gärna komma på tisdag nästa vecka, helst på förmiddagen.\n\nAlex",
            ),
            (
                rec,
                d(11, 24, 9, 20, STO, "Wed"),
                "Hej Alex,\n\nBra, vi ses på tisdag kl. 10.00 på kontoret!\n\nKarin",
            ),
        ],
        fwd="gmail",
        note_text="Imorgon.",
        delay=timedelta(days=5, hours=8, minutes=10),
        label=slot(d(11, 30, 10, 0, STO, "Tue")),
        note="'på tisdag kl. 10.00' written on Wednesday 24 November (answering 'tisdag nästa vecka') is Tuesday 30 November; the forward is sent on Monday 29.",
    )
    rec = ("Tomasz Nowicki", "tomasz.nowicki@baltic-cargo.example.pl")
    put(
        f,
        "piatek_13_dzis",
        "pl",
        style="outlook",
        subject="Spotkanie",
        msgs=[
            (
                rec,
                d(11, 24, 15, 0, WAW, "Wed"),
                "Dzień dobry,\n\nczy pasuje Panu spotkanie w piątek o 13:00?\n\nTomasz Nowicki",
            ),
            (
                ME,
                d(11, 24, 17, 0, WAW, "Wed"),
                "Dzień dobry,\n\ntak, piątek o 13:00 mi odpowiada.\n\nAlex Morgan",
            ),
            (
                rec,
                d(11, 25, 8, 30, WAW, "Thu"),
                "Dziękuję, zatem do zobaczenia w piątek o 13:00 w naszym biurze w Gdyni.\n\nTomasz Nowicki",
            ),
        ],
        fwd="outlook",
        note_text="Dzisiaj o 13.",
        delay=timedelta(days=1, hours=0, minutes=30),
        label=slot(d(11, 26, 13, 0, WAW, "Fri")),
        note="'w piątek o 13:00' written on Wednesday 24 / Thursday 25 November is Friday 26 November; the Outlook (pl) forward is sent that Friday morning.",
    )
    rec = ("Sophie Laurent", "sophie.laurent@lumiere-conseil.example.fr")
    put(
        f,
        "mercredi_9h30_demain",
        "fr",
        style="gmail",
        subject="Entretien",
        msgs=[
            (
                ME,
                d(11, 29, 18, 0, PAR, "Mon"),
                "Bonjour Sophie,\n\nJe suis disponible mercredi matin si cela vous arrange.\n\nAlex",
            ),
            (
                rec,
                d(11, 30, 9, 0, PAR, "Tue"),
                "Bonjour Alex,\n\nTrès bien, rendez-vous mercredi à 9h30 à l'agence.\n\nSophie",
            ),
        ],
        fwd="gmail",
        note_text="C'est demain matin.",
        delay=timedelta(hours=10, minutes=30),
        label=slot(d(12, 1, 9, 30, PAR, "Wed")),
        note="'rendez-vous mercredi à 9h30' written on Tuesday 30 November is Wednesday 1 December, the day after the forward.",
    )
    rec = ("Grace Whitfield", "grace.whitfield@ashgrove-hr.example.co.uk")
    put(
        f,
        "wednesday_already_past_neg",
        "en",
        style="gmail",
        subject="Interview confirmation",
        msgs=[
            (
                rec,
                d(11, 15, 10, 0, LON, "Mon"),
                "Hi Alex,\n\nJust confirming - see you Wednesday at 10am at our Leeds office.\n\nGrace",
            ),
        ],
        fwd="gmail",
        note_text="Went well I think! Keeping this for my records.",
        delay=timedelta(days=3, hours=8),
        label=neg(),
        note="Look-alike: 'see you Wednesday at 10am' written on Monday 15 November was Wednesday 17; the forward on Thursday 18 comes after the interview.",
    )


def candidatelast20() -> None:
    f = "candidatelast20"
    rec = ("Chloe Bennett", "chloe.bennett@northgate-media.example.co.uk")
    put(
        f,
        "wednesday_4pm_instead_neg",
        "en",
        style="outlook",
        subject="Interview slot",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, LON, "Wed"),
                "Hi Alex,\n\nCan you do Monday 6 Dec at 11am or Tuesday 7 Dec at 2pm GMT?\n\nChloe",
            ),
            (
                ME,
                d(12, 1, 10, 30, LON, "Wed"),
                "Hi Chloe,\n\nUnfortunately neither works for me. Would Wednesday 8 Dec at 4pm GMT be possible instead?\n\nAlex",
            ),
        ],
        fwd="outlook",
        note_text="Proposed Weds - not confirmed yet.",
        label=neg(),
        note="Look-alike: Outlook (en) forward; the candidate's own counter-proposal (Wednesday 8 Dec 4pm GMT) is the last word.",
    )
    rec = ("Ralf Steiner", "ralf.steiner@bodensee-optik.example.de")
    put(
        f,
        "ich_schlage_donnerstag_vor_neg",
        "de",
        style="gmail",
        subject="Termin für das Gespräch",
        msgs=[
            (
                rec,
                d(12, 2, 10, 0, BER, "Thu"),
                "Hallo Herr Morgan,\n\nwann hätten Sie nächste Woche Zeit für ein Gespräch?\n\nRalf Steiner",
            ),
            (
                ME,
                d(12, 2, 12, 0, BER, "Thu"),
                "Hallo Herr Steiner,\n\nich schlage Donnerstag, 9.12., um 15 Uhr vor – alternativ Freitag vormittags.\n\nViele Grüße\nAlex Morgan",
            ),
        ],
        fwd="gmail",
        note_text="Meine Antwort, noch keine Bestätigung.",
        label=neg(),
        note="Look-alike: the candidate's own proposal ('ich schlage Donnerstag, 9.12., um 15 Uhr vor') closes the thread; no confirmation.",
    )
    rec = ("Julien Marchand", "julien.marchand@nexa-ingenierie.example.fr")
    put(
        f,
        "je_vous_propose_vendredi_neg",
        "fr",
        style="outlook",
        subject="Entretien",
        msgs=[
            (
                rec,
                d(12, 3, 9, 0, PAR, "Fri"),
                "Bonjour Monsieur Morgan,\n\nMerci de m'indiquer vos disponibilités pour un entretien la semaine prochaine.\n\nJulien Marchand",
            ),
            (
                ME,
                d(12, 3, 11, 0, PAR, "Fri"),
                "Bonjour Monsieur Marchand,\n\nJe vous propose vendredi 10 décembre à 11h, si cela vous convient.\n\nCordialement,\nAlex Morgan",
            ),
        ],
        fwd="outlook",
        note_text="En attente de réponse.",
        label=neg(),
        note="Look-alike: Outlook (fr) forward 'TR :'; 'Je vous propose vendredi 10 décembre à 11h' is the candidate's unanswered proposal.",
    )
    rec = ("Marina Quesada", "marina.quesada@turismo-canarias.example.es")
    put(
        f,
        "jueves_17_entonces",
        "es",
        style="gmail",
        subject="Entrevista",
        msgs=[
            (
                rec,
                d(12, 2, 9, 0, MAD, "Thu"),
                "Hola Alex:\n\n¿Cuándo te vendría bien la entrevista la semana que viene?\n\nMarina",
            ),
            (
                ME,
                d(12, 2, 10, 0, MAD, "Thu"),
                "Hola Marina:\n\nPodría el jueves 9 a las 17:00.\n\nAlex",
            ),
            (
                rec,
                d(12, 2, 13, 0, MAD, "Thu"),
                "Perfecto, el jueves 9 a las 17:00 entonces. Te envío la convocatoria.\n\nMarina",
            ),
        ],
        label=slot(d(12, 9, 17, 0, MAD, "Thu")),
        note="Control: the candidate proposes Thursday 9 December 17:00 and the recruiter confirms it ('Perfecto, el jueves 9 a las 17:00 entonces').",
    )
    rec = ("Femke Jansen", "femke.jansen@vechtdal-zorg.example.nl")
    put(
        f,
        "zou_maandag_kunnen_neg",
        "nl",
        style="gmail",
        subject="Sollicitatiegesprek",
        msgs=[
            (
                rec,
                d(12, 3, 9, 0, AMS, "Fri"),
                "Beste Alex,\n\nWe nodigen je uit voor een gesprek op donderdag 9 december om 9.00 uur.\n\nFemke Jansen",
            ),
            (
                ME,
                d(12, 3, 11, 30, AMS, "Fri"),
                "Beste Femke,\n\nDank voor de uitnodiging! Donderdag ochtend heb ik helaas een tentamen. Zou maandag 13 december om 10.00 uur ook kunnen?\n\nGroet,\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Heb om een andere dag gevraagd.",
        label=neg(),
        note="Look-alike: the candidate turns down the offered Thursday and asks for Monday 13 December 10.00; no answer yet.",
    )
    rec = ("Tom Gallagher", "tom.gallagher@liffey-analytics.example.ie")
    put(
        f,
        "friday_1pm_yes",
        "en",
        style="gmail",
        subject="Interview",
        msgs=[
            (
                rec,
                d(12, 1, 10, 0, DUB, "Wed"),
                "Hi Alex,\n\nWhen suits you next week for a call?\n\nTom",
            ),
            (ME, d(12, 1, 11, 0, DUB, "Wed"), "Hi Tom,\n\nHow about Friday 10 Dec at 1pm?\n\nAlex"),
            (rec, d(12, 1, 15, 0, DUB, "Wed"), "Yes, Friday at 1pm is fine - see you then.\n\nTom"),
        ],
        fwd="gmail",
        note_text="confirmed",
        label=slot(d(12, 10, 13, 0, DUB, "Fri")),
        note="Control: the candidate's 'How about Friday 10 Dec at 1pm?' answered 'Yes, Friday at 1pm is fine - see you then'.",
    )


def nothingyet20() -> None:
    f = "nothingyet20"
    rec = ("Isla Fraser", "isla.fraser@glenmore-recruitment.example.co.uk")
    put(
        f,
        "three_gmt_options_neg",
        "en",
        style="gmail",
        subject="Interview times",
        msgs=[
            (
                rec,
                d(12, 6, 9, 30, LON, "Mon"),
                "Hi Alex,\n\nThe client would like to meet you. Which of these suits?\n\nTue 14 Dec, 10:00 GMT\nWed 15 Dec, 13:30 GMT\nThu 16 Dec, 16:00 GMT\n\nThanks,\nIsla",
            ),
        ],
        fwd="gmail",
        note_text="options for next week, haven't replied yet",
        label=neg(),
        note="Look-alike: three GMT options forwarded before the candidate has answered.",
    )
    rec = ("Petra Haas", "petra.haas@donau-logistik.example.de")
    put(
        f,
        "melde_mich_mit_terminen_neg",
        "de",
        style="outlook",
        subject="Ihre Bewerbung",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, BER, "Wed"),
                "Hallo Herr Morgan,\n\nwir möchten Sie gern kennenlernen. Wann passt es Ihnen?\n\nPetra Haas",
            ),
            (
                ME,
                d(12, 1, 11, 0, BER, "Wed"),
                "Hallo Frau Haas,\n\nich könnte Montag, 13.12., ab 14 Uhr oder Dienstag, 14.12., vormittags.\n\nViele Grüße\nAlex Morgan",
            ),
            (
                rec,
                d(12, 1, 16, 0, BER, "Wed"),
                "Hallo Herr Morgan,\n\ndanke! Ich stimme das mit der Fachabteilung ab und melde mich mit einem konkreten Termin.\n\nPetra Haas",
            ),
        ],
        label=neg(),
        note="Look-alike: Outlook (de) thread received; the recruiter will come back with a concrete time after the candidate's windows.",
    )
    rec = ("Elena Conti", "elena.conti@vetreria-murano.example.it")
    put(
        f,
        "sono_libero_neg",
        "it",
        style="gmail",
        subject="Disponibilità colloquio",
        msgs=[
            (
                rec,
                d(12, 2, 10, 0, ROM, "Thu"),
                "Gentile Alex,\n\nmi indica la sua disponibilità per la prossima settimana?\n\nElena Conti",
            ),
            (
                ME,
                d(12, 2, 14, 0, ROM, "Thu"),
                "Gentile Elena,\n\nsono libero martedì 7 dicembre in mattinata oppure giovedì 9 dicembre dalle 14:00 alle 17:00.\n\nCordiali saluti,\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Ho mandato le mie disponibilità.",
        label=neg(),
        note="Look-alike: the candidate's availability windows are the last word; nothing booked.",
    )
    rec = ("Paweł Zieliński", "pawel.zielinski@tatra-media.example.pl")
    put(
        f,
        "wroce_z_odpowiedzia_neg",
        "pl",
        style="gmail",
        subject="Rozmowa",
        msgs=[
            (
                ME,
                d(12, 3, 9, 0, WAW, "Fri"),
                "Dzień dobry,\n\nmogę w poniedziałek 13 grudnia o 10:00 albo w środę 15 grudnia o 14:00.\n\nAlex Morgan",
            ),
            (
                rec,
                d(12, 3, 12, 0, WAW, "Fri"),
                "Dzień dobry,\n\ndziękuję, przekażę Pana propozycje kierownikowi i wrócę z odpowiedzią w poniedziałek.\n\nPaweł Zieliński",
            ),
        ],
        label=neg(),
        note="Look-alike: Gmail (pl) thread; the recruiter passes the candidate's two times on and will answer on Monday.",
    )
    rec = ("Linnea Berg", "linnea.berg@norrsken-design.example.se")
    put(
        f,
        "bada_funkar_neg",
        "sv",
        style="gmail",
        subject="Intervjutider",
        msgs=[
            (
                rec,
                d(12, 6, 9, 0, STO, "Mon"),
                "Hej Alex,\n\nKan du onsdag 15 december kl. 10.00 eller torsdag 16 december kl. 13.00?\n\nLinnea",
            ),
            (
                ME,
                d(12, 6, 10, 30, STO, "Mon"),
                "Hej Linnea,\n\nBåda funkar för mig – välj det som passar er bäst!\n\nAlex",
            ),
        ],
        fwd="gmail",
        note_text="Väntar på deras val.",
        label=neg(),
        note="Look-alike: the candidate accepts both offered times and leaves the choice to the employer; none is chosen yet.",
    )
    rec = ("Rafael Monteiro", "rafael.monteiro@agro-cerrado.example.com.br")
    put(
        f,
        "fechado_terca",
        "pt-BR",
        style="gmail",
        subject="Entrevista",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, SAO, "Wed"),
                "Olá, Alex!\n\nTenho disponível terça, 7/12, às 15h, ou quinta, 9/12, às 10h. Qual prefere?\n\nRafael",
            ),
            (ME, d(12, 1, 11, 0, SAO, "Wed"), "Olá, Rafael!\n\nTerça às 15h fica ótimo.\n\nAlex"),
            (
                rec,
                d(12, 1, 14, 0, SAO, "Wed"),
                "Fechado então: terça, 7/12, às 15h. O link da reunião segue por convite.\n\nRafael",
            ),
        ],
        label=slot(d(12, 7, 15, 0, SAO, "Tue")),
        note="Control: Gmail (pt-BR) thread; 'Fechado então: terça, 7/12, às 15h' after the candidate's pick.",
    )


def applethread20() -> None:
    f = "applethread20"
    rec = ("Eleanor Price", "eleanor.price@copperbeech.example.co.uk")
    put(
        f,
        "wednesday_8th_confirmed",
        "en",
        style="apple",
        subject="Interview",
        msgs=[
            (
                rec,
                d(11, 30, 10, 0, LON, "Tue"),
                "Hi Alex,\n\nWould Wednesday 8 Dec at 10am or Thursday 9 Dec at 3pm GMT work for you?\n\nEleanor",
            ),
            (
                ME,
                d(11, 30, 12, 0, LON, "Tue"),
                "Hi Eleanor,\n\nWednesday 8 Dec at 10am please.\n\nAlex",
            ),
            (
                rec,
                d(11, 30, 15, 30, LON, "Tue"),
                "Confirmed - Wednesday 8 Dec at 10am GMT, at our Bristol office. See you then!\n\nEleanor",
            ),
        ],
        fwd="gmail",
        ui="en",
        note_text="booked",
        label=slot(d(12, 8, 10, 0, LON, "Wed"), zoned=True),
        note="Apple Mail (en) thread forwarded: 'Confirmed - Wednesday 8 Dec at 10am GMT'.",
    )
    rec = ("Andreas Vogt", "andreas.vogt@vogt-architekten.example.de")
    put(
        f,
        "donnerstag_1530",
        "de",
        style="apple",
        subject="Gesprächstermin",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, BER, "Wed"),
                "Hallo Herr Morgan,\n\npasst Ihnen Donnerstag, 9. Dezember, 15:30 Uhr oder Freitag, 10. Dezember, 10 Uhr?\n\nAndreas Vogt",
            ),
            (
                ME,
                d(12, 1, 11, 0, BER, "Wed"),
                "Hallo Herr Vogt,\n\nDonnerstag 15:30 Uhr passt gut.\n\nAlex Morgan",
            ),
            (
                rec,
                d(12, 1, 14, 0, BER, "Wed"),
                "Wunderbar, dann sehen wir uns am Donnerstag, 9. Dezember, um 15:30 Uhr im Büro.\n\nAndreas Vogt",
            ),
        ],
        label=slot(d(12, 9, 15, 30, BER, "Thu")),
        note="Apple Mail (de) thread received: 'dann sehen wir uns am Donnerstag, 9. Dezember, um 15:30 Uhr'.",
    )
    rec = ("Camille Lefèvre", "camille.lefevre@maison-lefevre.example.fr")
    put(
        f,
        "decale_mardi",
        "fr",
        style="apple",
        subject="Entretien",
        msgs=[
            (
                rec,
                d(12, 1, 10, 0, PAR, "Wed"),
                "Bonjour Alex,\n\nJe vous confirme l'entretien lundi 6 décembre à 14h.\n\nCamille",
            ),
            (ME, d(12, 1, 11, 0, PAR, "Wed"), "Bonjour Camille,\n\nMerci, c'est noté.\n\nAlex"),
            (
                rec,
                d(12, 3, 16, 0, PAR, "Fri"),
                "Bonjour Alex,\n\nPetit changement : l'entretien est décalé à mardi 7 décembre à 10h, même adresse.\n\nCamille",
            ),
        ],
        label=slot(d(12, 7, 10, 0, PAR, "Tue"), kind="reschedule"),
        note="Apple Mail (fr) thread: Monday 14h moved to Tuesday 7 December 10h.",
    )
    rec = ("Bram Peeters", "bram.peeters@kempen-techniek.example.nl")
    put(
        f,
        "nog_niet_gekozen_neg",
        "nl",
        style="apple",
        subject="Gesprek",
        msgs=[
            (
                rec,
                d(12, 2, 9, 0, AMS, "Thu"),
                "Hoi Alex,\n\nIk heb dinsdag 14 december om 10.00 uur en woensdag 15 december om 15.00 uur vrij. Wat past jou?\n\nBram",
            ),
        ],
        fwd="gmail",
        ui="nl",
        note_text="Moet nog kiezen.",
        label=neg(),
        note="Look-alike: Apple Mail (nl) forward of two options, nothing picked.",
    )
    rec = ("Valentina Serra", "valentina.serra@serra-design.example.it")
    put(
        f,
        "lunedi_confermato",
        "it",
        style="apple",
        subject="Colloquio",
        msgs=[
            (
                rec,
                d(12, 2, 10, 0, ROM, "Thu"),
                "Ciao Alex,\n\nti andrebbe lunedì 13 dicembre alle 9:30 oppure martedì 14 alle 16:00?\n\nValentina",
            ),
            (
                ME,
                d(12, 2, 12, 0, ROM, "Thu"),
                "Ciao Valentina,\n\nlunedì alle 9:30 va benissimo.\n\nAlex",
            ),
            (
                rec,
                d(12, 2, 17, 0, ROM, "Thu"),
                "Perfetto, confermato lunedì 13 dicembre alle 9:30. A presto!\n\nValentina",
            ),
        ],
        label=slot(d(12, 13, 9, 30, ROM, "Mon")),
        note="Apple Mail (it) thread: 'confermato lunedì 13 dicembre alle 9:30'.",
    )
    rec = ("Rocío Navarro", "rocio.navarro@navarro-abogados.example.es")
    put(
        f,
        "propongo_miercoles_neg",
        "es",
        style="apple",
        subject="Entrevista",
        msgs=[
            (
                rec,
                d(12, 3, 9, 0, MAD, "Fri"),
                "Hola Alex:\n\nTe propongo el martes 14 de diciembre a las 11:00.\n\nRocío",
            ),
            (
                ME,
                d(12, 3, 10, 0, MAD, "Fri"),
                "Hola Rocío:\n\nEl martes no puedo. ¿Podría ser el miércoles 15 a las 12:00?\n\nAlex",
            ),
        ],
        fwd="gmail",
        ui="es",
        note_text="Pendiente.",
        label=neg(),
        note="Look-alike: the candidate's counter-proposal (Wednesday 15 December 12:00) is the last word.",
    )


def bottomthread20() -> None:
    f = "bottomthread20"
    rec = ("Laura Simmons", "laura.simmons@fenwick-engineering.example.co.uk")
    put(
        f,
        "monday_10am_below",
        "en",
        style="tb",
        subject="Interview",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, LON, "Wed"),
                "Hi Alex,\n\nCould you do Monday 13 Dec at 10am or Tuesday 14 Dec at 2pm?\n\nLaura",
            ),
            (ME, d(12, 1, 10, 0, LON, "Wed"), "Hi Laura,\n\nMonday at 10am works for me.\n\nAlex"),
            (
                rec,
                d(12, 1, 13, 0, LON, "Wed"),
                "Great - Monday 13 Dec at 10am is booked. See you then.\n\nLaura",
            ),
        ],
        label=slot(d(12, 13, 10, 0, LON, "Mon")),
        note="Thunderbird (en) bottom-posted thread: 'Monday 13 Dec at 10am is booked'.",
    )
    rec = ("Uwe Krämer", "uwe.kraemer@kraemer-elektro.example.de")
    put(
        f,
        "zweimal_verschoben",
        "de",
        style="tb",
        subject="Vorstellungsgespräch",
        msgs=[
            (
                rec,
                d(11, 29, 9, 0, BER, "Mon"),
                "Hallo Herr Morgan,\n\nwir bestätigen Dienstag, 7. Dezember, 10 Uhr.\n\nUwe Krämer",
            ),
            (
                rec,
                d(12, 1, 15, 0, BER, "Wed"),
                "Hallo Herr Morgan,\n\nkönnen wir auf Mittwoch, 8. Dezember, 14 Uhr verschieben?\n\nUwe Krämer",
            ),
            (
                ME,
                d(12, 1, 16, 0, BER, "Wed"),
                "Hallo Herr Krämer,\n\nja, Mittwoch 14 Uhr geht.\n\nAlex Morgan",
            ),
            (
                rec,
                d(12, 3, 11, 0, BER, "Fri"),
                "Hallo Herr Morgan,\n\nleider müssen wir nochmals verschieben – neuer Termin: Donnerstag, 9. Dezember, 11:00 bis 12:00 Uhr.\n\nUwe Krämer",
            ),
        ],
        label=slot(d(12, 9, 11, 0, BER, "Thu"), d(12, 9, 12, 0, BER), kind="reschedule"),
        note="Thunderbird (de) bottom-posted thread moved twice; final Thursday 9 December 11:00-12:00.",
    )
    rec = ("Agata Lewandowska", "agata.lewandowska@mazury-tech.example.pl")
    put(
        f,
        "czwartek_10_potwierdzam",
        "pl",
        style="tb",
        subject="Rozmowa rekrutacyjna",
        msgs=[
            (
                rec,
                d(12, 2, 9, 0, WAW, "Thu"),
                "Dzień dobry,\n\nczy pasuje Panu czwartek 9 grudnia o 10:00 lub piątek 10 grudnia o 13:00?\n\nAgata Lewandowska",
            ),
            (
                ME,
                d(12, 2, 11, 0, WAW, "Thu"),
                "Dzień dobry,\n\nczwartek o 10:00 bardzo mi odpowiada.\n\nAlex Morgan",
            ),
            (
                rec,
                d(12, 2, 14, 0, WAW, "Thu"),
                "Dzień dobry,\n\npotwierdzam: czwartek 9 grudnia, godz. 10:00, biuro przy ul. Długiej 5.\n\nAgata Lewandowska",
            ),
        ],
        label=slot(d(12, 9, 10, 0, WAW, "Thu")),
        note="Thunderbird (pl) 'W dniu ... pisze:' bottom-posted: 'potwierdzam: czwartek 9 grudnia, godz. 10:00'.",
    )
    rec = ("Oskar Lund", "oskar.lund@lund-marin.example.se")
    put(
        f,
        "fredag_kl_11_forslag_neg",
        "sv",
        style="tb",
        subject="Intervju",
        msgs=[
            (
                rec,
                d(12, 3, 9, 0, STO, "Fri"),
                "Hej Alex,\n\nVi föreslår torsdag 9 december kl. 9.00.\n\nOskar",
            ),
            (
                ME,
                d(12, 3, 10, 0, STO, "Fri"),
                "Hej Oskar,\n\nTorsdag går tyvärr inte. Skulle fredag 10 december kl. 11.00 fungera?\n\nAlex",
            ),
        ],
        fwd="gmail",
        ui="sv",
        note_text="Inget svar än.",
        label=neg(),
        note="Look-alike: Thunderbird (sv) bottom-posted; the candidate's counter-proposal is the last word.",
    )
    rec = ("Wouter Smit", "wouter.smit@smit-advies.example.nl")
    put(
        f,
        "dinsdag_1400_bevestigd",
        "nl",
        style="tb",
        subject="Kennismakingsgesprek",
        msgs=[
            (
                rec,
                d(12, 6, 9, 0, AMS, "Mon"),
                "Hoi Alex,\n\nKun je dinsdag 14 december om 14.00 uur of woensdag 15 december om 10.00 uur?\n\nWouter",
            ),
            (ME, d(12, 6, 10, 0, AMS, "Mon"), "Hoi Wouter,\n\nDinsdag om 14.00 uur.\n\nAlex"),
            (
                rec,
                d(12, 6, 12, 0, AMS, "Mon"),
                "Bevestigd: dinsdag 14 december om 14.00 uur. Tot dan!\n\nWouter",
            ),
        ],
        label=slot(d(12, 14, 14, 0, AMS, "Tue")),
        note="Thunderbird (nl) 'Op ... schreef' bottom-posted: 'Bevestigd: dinsdag 14 december om 14.00 uur'.",
    )
    rec = ("Margaux Petit", "margaux.petit@petit-freres.example.fr")
    put(
        f,
        "je_reviens_vers_vous_neg",
        "fr",
        style="tb",
        subject="Entretien",
        msgs=[
            (
                ME,
                d(12, 6, 9, 0, PAR, "Mon"),
                "Bonjour Margaux,\n\nJe serais disponible mercredi 15 décembre à 10h ou jeudi 16 à 14h.\n\nAlex",
            ),
            (
                rec,
                d(12, 6, 11, 0, PAR, "Mon"),
                "Bonjour Alex,\n\nMerci, je vérifie avec le manager et je reviens vers vous.\n\nMargaux",
            ),
        ],
        label=neg(),
        note="Look-alike: Thunderbird (fr) bottom-posted; the recruiter will check the candidate's two times.",
    )


def htmlthread20() -> None:
    f = "htmlthread20"
    rec = ("James Whitaker", "james.whitaker@oakridge-capital.example.co.uk")
    put(
        f,
        "see_you_friday_gmt_html",
        "en",
        style="gmail",
        subject="Final interview",
        msgs=[
            (
                rec,
                d(12, 6, 9, 0, LON, "Mon"),
                "Hi Alex,\n\nFor the final round, could you do Thursday 16 Dec at 11am GMT or Friday 17 Dec at 2:30pm GMT?\n\nJames",
            ),
            (ME, d(12, 6, 11, 0, LON, "Mon"), "Hi James,\n\nFriday at 2:30pm suits me.\n\nAlex"),
            (
                rec,
                d(12, 6, 14, 0, LON, "Mon"),
                "Great, see you Friday 17 Dec at 2:30pm GMT.\n\nJames",
            ),
        ],
        html=True,
        label=slot(d(12, 17, 14, 30, LON, "Fri"), zoned=True),
        note="HTML-only Gmail (en) thread: 'Great, see you Friday 17 Dec at 2:30pm GMT'.",
    )
    rec = ("Nina Hoffmann", "nina.hoffmann@hoffmann-medien.example.de")
    put(
        f,
        "verschoben_auf_montag_html",
        "de",
        style="outlook",
        subject="Gesprächstermin",
        msgs=[
            (
                rec,
                d(12, 1, 9, 0, BER, "Wed"),
                "Hallo Herr Morgan,\n\nhiermit bestätige ich Freitag, 10. Dezember, 9 Uhr.\n\nNina Hoffmann",
            ),
            (
                rec,
                d(12, 6, 10, 0, BER, "Mon"),
                "Hallo Herr Morgan,\n\nwir müssen das Gespräch leider auf Montag, 13. Dezember, 15:00 Uhr verschieben. Ich hoffe, das passt.\n\nNina Hoffmann",
            ),
        ],
        html=True,
        label=slot(d(12, 13, 15, 0, BER, "Mon"), kind="reschedule"),
        note="HTML-only Outlook (de) thread: Friday 9 Uhr moved to Monday 13 December 15:00.",
    )
    rec = ("Amandine Moreau", "amandine.moreau@moreau-digital.example.fr")
    put(
        f,
        "mercredi_11h_html",
        "fr",
        style="gmail",
        subject="Entretien",
        msgs=[
            (
                rec,
                d(12, 2, 9, 0, PAR, "Thu"),
                "Bonjour Alex,\n\nMercredi 15 décembre à 11h ou jeudi 16 à 15h ?\n\nAmandine",
            ),
            (
                ME,
                d(12, 2, 10, 0, PAR, "Thu"),
                "Bonjour Amandine,\n\nMercredi 11h, parfait.\n\nAlex",
            ),
            (
                rec,
                d(12, 2, 12, 0, PAR, "Thu"),
                "Très bien, je vous attends mercredi 15 décembre à 11h.\n\nAmandine",
            ),
        ],
        html=True,
        label=slot(d(12, 15, 11, 0, PAR, "Wed")),
        note="HTML-only Gmail (fr) thread: 'je vous attends mercredi 15 décembre à 11h'.",
    )
    rec = ("Álvaro Gil", "alvaro.gil@gil-consultores.example.es")
    put(
        f,
        "opciones_abiertas_html_neg",
        "es",
        style="outlook",
        subject="Entrevista",
        msgs=[
            (
                ME,
                d(12, 3, 9, 0, MAD, "Fri"),
                "Hola Álvaro:\n\nGracias por contactarme. ¿Cuándo os vendría bien?\n\nAlex",
            ),
            (
                rec,
                d(12, 3, 12, 0, MAD, "Fri"),
                "Hola Alex:\n\nTenemos hueco el lunes 13 de diciembre a las 10:00 o el martes 14 a las 17:00. Dime cuál prefieres.\n\nÁlvaro",
            ),
        ],
        html=True,
        label=neg(),
        note="Look-alike: HTML-only Outlook (es) thread; two options offered, none picked.",
    )
    rec = ("Luca Bianchi", "luca.bianchi@bianchi-robotica.example.it")
    put(
        f,
        "giovedi_10_html",
        "it",
        style="outlook",
        subject="Colloquio",
        msgs=[
            (
                rec,
                d(12, 3, 9, 0, ROM, "Fri"),
                "Gentile Alex,\n\nle propongo giovedì 16 dicembre alle 10:00 oppure venerdì 17 alle 14:00.\n\nLuca Bianchi",
            ),
            (
                ME,
                d(12, 3, 11, 0, ROM, "Fri"),
                "Gentile Luca,\n\ngiovedì alle 10:00 va bene.\n\nAlex",
            ),
            (
                rec,
                d(12, 3, 15, 0, ROM, "Fri"),
                "Gentile Alex,\n\nottimo, la aspettiamo giovedì 16 dicembre alle 10:00.\n\nLuca Bianchi",
            ),
        ],
        html=True,
        label=slot(d(12, 16, 10, 0, ROM, "Thu")),
        note="HTML-only Outlook (it) thread: 'la aspettiamo giovedì 16 dicembre alle 10:00'.",
    )
    rec = ("Ebba Nilsson", "ebba.nilsson@nilsson-bygg.example.se")
    put(
        f,
        "aterkommer_html_neg",
        "sv",
        style="gmail",
        subject="Intervju",
        msgs=[
            (
                ME,
                d(12, 6, 9, 0, STO, "Mon"),
                "Hej Ebba,\n\nJag kan tisdag 14 december kl. 10.00 eller onsdag 15 december kl. 15.00.\n\nAlex",
            ),
            (
                rec,
                d(12, 6, 13, 0, STO, "Mon"),
                "Hej Alex,\n\nTack! Jag stämmer av med teamet och återkommer.\n\nEbba",
            ),
        ],
        html=True,
        label=neg(),
        note="Look-alike: HTML-only Gmail (sv) thread; the recruiter will check and come back.",
    )


BUILDERS = [
    pickconfirm20,
    movetwice20,
    outlookfwd20,
    gmailwrote20,
    weekdayquoted20,
    candidatelast20,
    nothingyet20,
    applethread20,
    bottomthread20,
    htmlthread20,
]

MEASURED: list[str] = [
    "First sight (parser at main 54d87ac3, before any change for this batch): dev: 25 of 26 "
    "invitations/moves with the right start (17 sure), 3 of 18 look-alikes claimed with "
    "confidence >= 0.5, kind right 25 of 44; held out: 11 of 12 right (10 sure), 0 of 6 "
    "claimed, kind right 14 of 18; no calendar-bearing mail in the batch. Dev misses: 'Super, "
    "dann bis Dienstag, 16.11., um 14:00 Uhr!' read as a deadline (no slot); the claimed "
    "look-alikes were all the candidate's own counter-proposal as a question, forwarded by the "
    "candidate ('Would Monday 13 Dec at 4pm GMT work instead?', 'Zou maandag 13 december om "
    "10.00 uur ook kunnen?', 'Czy moglibyśmy spotkać się w środę 1 grudnia o 12:00?'). Unsure: "
    "Dutch 'dan staat donderdag ... vast' had no meeting word; weekdays agreed only in quoted "
    "text ('see you Thursday!' over 'Thursday at 3pm') stay quoted, below 0.5.",
    "",
    "After the batch's rules: dev 26 of 26 right (19 sure), 0 of 18 claimed, kind right 27 of "
    "44; held out 11 of 12 right (10 sure), 0 of 6 claimed, kind right 14 of 18 (held-out "
    "files never opened). Whole splits (quick.py, main dc6d4e38 vs this branch merged with it): "
    "dev text 2059/2084 -> 2085/2110 (the batch's 26 added, all right), sure 1838 -> 1857, "
    "false claims 23/1698 -> 23/1716; held out text 907/971 -> 919/983, sure 757 -> 767, "
    "false claims 77/763 -> 77/769; shared and "
    "fixtures unchanged; cmp.py: no BROKE line, held out better 1, worse 0.",
]
RULES: list[str] = [
    "- The user's own forwarded question (`parser._own_question`): when the mail passed on in",
    "  an inline forward was written by the forwarder (the block's From is the envelope's From)",
    "  and the chosen time sits in a sentence ending in '?', the time is the user's own",
    "  proposal, never answered: capped below 0.5 with a note. This batch's `pickconfirm20`",
    "  (en), `candidatelast20` (nl) and `outlookfwd20` (pl) - three clients and languages; the",
    "  user's own statement ('Thursday at 2:30 works') is left as it was (threads15 `pickopt15`).",
    "- German '(Super,) dann bis Dienstag, 16.11., um 14:00 Uhr!' / 'also bis Montag' is a",
    "  farewell over an agreed time, not a deadline (`when._SEE_YOU_THEN` in `_is_due`): this",
    "  batch's `pickconfirm20` (de), and the earlier corpus's 'prima, dann bis Montag, 1. Februar",
    "  um 9:30 Uhr' (fwdmix14 `fwmthread`) and 'dann bis 10 Uhr bei uns im Büro' (`replyconfirm`).",
    "- Dutch '(dan) staat ... vast' fixes a slot (`lexicon.AGREED_SLOT`; 'staat nog niet vast' is",
    "  not): this batch's `gmailwrote20` (nl) and the user's note 'Gesprek staat vast' over a",
    "  Rallly confirmation (`ralllyfwd`, nl).",
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the threads20 batch (`build_threads20.py`)",
        "",
        "Whole scheduling threads as a job seeker receives or forwards them: options, a pick, a confirmation, sometimes a time moved twice. Text is ours; people, companies and addresses are made up. Client helpers (Gmail attributions, Outlook desktop blocks in en/de/fr/es/it/nl/pl/sv, Apple Mail and Thunderbird attributions, Gmail forward blocks) are loaded from build_threads15.py and build_threads17.py, which document where each comes from (recalled, not re-read); the localized Outlook forward prefixes (WG, TR, I, FW, PD, VB, RV) are recalled. Every label was written from the datetimes the text is rendered from, before the parser was run on any message; the split was fixed before then.",
        "",
        "The recruiter's confirmation of a picked slot is an `invitation`; a slot agreed lower down and moved (once or twice) is a `reschedule` with the final slot; options not yet answered, the candidate's own proposal as the last word, 'I'll come back to you', a slot vacated with new dates promised, and a quoted weekday already past at the forward are `not_invitation`. Wall times without a zone take the offset of the delivered mail's Date; 'GMT' in the text is a stated zone.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags ({', '.join(langs)}); kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was measured): "
        + ", ".join(held)
        + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads20.py` (deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    if MEASURED:
        lines += ["", "## Measured", "", *MEASURED]
    if RULES:
        lines += ["", "## Rules and their sources", "", *RULES]
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    for build in BUILDERS:
        build()
    cases = list(BUILT)
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-threads20.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
