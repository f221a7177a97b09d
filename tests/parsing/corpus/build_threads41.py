# ruff: noqa: E501 (tables of localized phrases read best one row a line)
"""Write the "threads41" batch: the life of one interview slot, told in mail threads.

Run: .venv/bin/python tests/parsing/corpus/build_threads41.py

A recruiter offers several slots (nobody has chosen yet); the candidate picks one; the
recruiter confirms briefly ("Great, Tuesday at 2 then - invite to follow"), restating only a
weekday and an hour, or naming the choice without restating it ("let's go with the first
option", "the 3pm one works"); the candidate forwards the thread to the service through Gmail,
Outlook, Apple Mail or Thunderbird with a top-posted note ("fyi", "add this please"); later
moves are asked ("could we push to 4?") or confirmed ("4pm it is, I've moved the invite");
the interview is cancelled in the thread; the newest message is only a thank-you after the
interview. Ten languages (en, de, fr, es, nl, it, pt, pl, sv, da). Text ours; quote
attributions and forward header blocks recalled from the clients' output. Every label comes
from the datetimes the text is rendered from (zoneinfo) and was written before the parser was
run on any message of the batch. Held-out families drawn by
`random.Random("threads41 coin").sample(sorted(FAMILIES), 4)` before anything was parsed.
Helpers come from build_parse-pos.py (loaded, not copied). Output is deterministic; the
script deletes or writes only files of its own families.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import itertools
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
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
Case, OWN, timed, mail = pp.Case, pp.OWN, pp.timed, pp.mail
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HOOK = pp.HOOK
NEG: dict[str, object] = {"kind": "not_invitation"}

FAMILIES = {
    "slotoffer41": "Recruiters offering two to four slots (dated lists, weekday-only lists, a "
    "poll link) before anyone has chosen; not invitations.",
    "slotpick41": "The candidate's own reply picking one of the quoted slots, sent to the "
    "recruiter or forwarded to the service; not invitations.",
    "slotrestate41": "The recruiter confirms the pick in one line, restating only a weekday and "
    "an hour ('Great, Tuesday at 2 then - invite to follow') or nothing ('confirmed, see you "
    "then') over the quoted pick and offer.",
    "slotordinal41": "The recruiter confirms 'the first option' / 'the 3pm one' without "
    "restating it; the slot is the one named in the quoted offer.",
    "slotfwdgmail41": "Confirmation threads (and an offer) forwarded by the candidate with "
    "Gmail in the candidate's language, with top-posted notes.",
    "slotfwdoutlook41": "Outlook threads: replies below localized From/Sent/To/Subject blocks, "
    "forwarded with Outlook's header block and a note.",
    "slotfwdapple41": "Apple Mail and Thunderbird forwards of confirmation threads (localized "
    "'Begin forwarded message' / '-------- Forwarded Message --------' blocks).",
    "slotpush41": "Later moves in the thread: 'could we push to 4?' still unanswered (not an "
    "invitation) and moves the recruiter confirms (reschedule, the new slot).",
    "slotcancel41": "The recruiter cancels the confirmed slot in the thread (cancellation, the "
    "cancelled slot).",
    "slotthanks41": "Threads whose newest message is only a thank-you after the interview; "
    "not invitations.",
    "slothtml41": "HTML-only and HTML+text threads: Gmail gmail_quote blockquotes and Outlook "
    "divRplyFwdMsg blocks around restated and ordinal confirmations.",
}
HELD = frozenset(random.Random("threads41 coin").sample(sorted(FAMILIES), 4))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}

LANGS = ["en", "de", "fr", "es", "nl", "it", "pt", "pl", "sv", "da"]
ZONE = {
    "en": "Europe/London",
    "en-US": "America/New_York",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "pt": "Europe/Lisbon",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "da": "Europe/Copenhagen",
}

# --- words -------------------------------------------------------------------------------
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
}
PL_ON = [
    "w poniedziałek",
    "we wtorek",
    "w środę",
    "w czwartek",
    "w piątek",
    "w sobotę",
    "w niedzielę",
]
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
ORD = {
    "en": ["first", "second", "third"],
    "de": ["ersten", "zweiten", "dritten"],
    "fr": ["première", "deuxième", "troisième"],
    "es": ["primera", "segunda", "tercera"],
    "nl": ["eerste", "tweede", "derde"],
    "it": ["prima", "seconda", "terza"],
    "pt": ["primeira", "segunda", "terceira"],
    "pl": ["pierwszym", "drugim", "trzecim"],
    "sv": ["första", "andra", "tredje"],
    "da": ["første", "anden", "tredje"],
}


def base(lang: str) -> str:
    return lang.split("-")[0]


def tlong(lang: str, w: datetime) -> str:
    """A time as written in an offer list."""
    b = base(lang)
    if b == "en":
        h = w.hour % 12 or 12
        return f"{h}:{w.minute:02d}{'am' if w.hour < 12 else 'pm'}"
    if b == "de":
        return f"{w:%H:%M} Uhr"
    if b in ("fr", "pt"):
        return f"{w.hour}h{w.minute:02d}"
    if b in ("nl", "sv", "da"):
        return f"{w.hour:02d}.{w.minute:02d}"
    return f"{w:%H:%M}"


def tshort(lang: str, w: datetime) -> str:
    """The hour as people restate it ('2', '14 Uhr', '14h', 'kl. 14')."""
    b = base(lang)
    m = w.minute
    if b == "en":
        h = w.hour % 12 or 12
        return f"{h}:{m:02d}" if m else f"{h}"
    if b == "de":
        return f"{w.hour}:{m:02d} Uhr" if m else f"{w.hour} Uhr"
    if b in ("fr", "pt"):
        return f"{w.hour}h{m:02d}" if m else f"{w.hour}h"
    if b == "nl":
        return f"{w.hour}.{m:02d} uur" if m else f"{w.hour} uur"
    if b in ("sv", "da"):
        return f"kl. {w.hour}.{m:02d}" if m else f"kl. {w.hour}"
    if b == "es":
        return f"las {w.hour}:{m:02d}" if m else f"las {w.hour}:00"
    if b == "it":
        return f"alle {w.hour}:{m:02d}" if m else f"alle {w.hour}"
    return f"{w.hour}:{m:02d}"  # pl


def hour_pm(lang: str, w: datetime) -> str:
    """'the 3pm one' wording of an hour."""
    if base(lang) == "en":
        h = w.hour % 12 or 12
        mm = f":{w.minute:02d}" if w.minute else ""
        return f"{h}{mm}{'am' if w.hour < 12 else 'pm'}"
    if base(lang) == "it":
        return "delle " + tshort(lang, w).removeprefix("alle ")
    return tshort(lang, w)


def dlong(lang: str, w: datetime) -> str:
    b, d, m = base(lang), w.weekday(), w.month - 1
    day, mon = DAYS[b][d], MONTHS[b][m]
    if lang == "en-US":
        return f"{day}, {mon} {w.day}"
    return {
        "en": f"{day} {w.day} {mon}",
        "de": f"{day}, {w.day}. {mon}",
        "fr": f"{day} {w.day} {mon}",
        "es": f"{day} {w.day} de {mon}",
        "nl": f"{day} {w.day} {mon}",
        "it": f"{day} {w.day} {mon}",
        "pt": f"{day}, {w.day} de {mon}",
        "pl": f"{day}, {w.day} {mon}",
        "sv": f"{day} den {w.day} {mon}",
        "da": f"{day} den {w.day}. {mon}",
    }[b]


def wd(lang: str, w: datetime) -> str:
    """The weekday as restated in a sentence ('Tuesday', 'Dienstag', 'we wtorek')."""
    b = base(lang)
    if b == "pl":
        return PL_ON[w.weekday()]
    return DAYS[b][w.weekday()]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- phrases (ours) ----------------------------------------------------------------------
# {c} candidate first name, {rf} recruiter first name, {r} recruiter full name, {co} company,
# {role}, {hm} hiring manager, {L} list of slots, {D}/{T} chosen weekday/hour, {D2}/{T2} new
# ones, {O} ordinal word, {H} 'the 3pm' hour.
P: dict[str, dict[str, str]] = {
    "en": {
        "offer": "Hi {c},\n\nThanks for applying for the {role} role at {co}. {hm} would like to meet you for a 45-minute video interview. Could you let me know which of these suits you?\n\n{L}\n\nJust reply with the one that works and I'll send the invite.\n\nBest,\n{r}",
        "offer_wd": "Hi {c},\n\nGood news, {hm} would like to talk to you about the {role} role. Would any of these work next week?\n\n{L}\n\nThanks,\n{r}",
        "poll": "Hi {c},\n\nWe're lining up first interviews for the {role} role at {co}. Please tick every slot you could make on this poll by Friday and we'll confirm one: https://poll.example/p/{k}\n\nThe options are:\n{L}\n\nBest,\n{r}",
        "pick": "Hi {rf},\n\nThanks! {D} at {T} works best for me.\n\nBest,\nAlex",
        "pick_any": "Hi {rf},\n\nThank you, the first and the third both work for me, whichever suits {hm}.\n\nBest,\nAlex",
        "restate": "Great, {D} at {T} then - invite to follow.\n\n{r}",
        "seeyou": "Perfect, that's confirmed. See you then!\n\n{r}",
        "ordinal": "Thanks Alex, let's go with the {O} option then. Calendar invite to follow.\n\n{r}",
        "hourone": "Thanks Alex, the {H} one works for us. I'll send the invite shortly.\n\n{r}",
        "check": "Thanks Alex, let me check with {hm} which one works and I'll come back to you.\n\n{r}",
        "push_ask": "Hi Alex,\n\nSorry for the shuffle, {hm} has a clash. Could we push to {T2} the same day? Let me know.\n\n{r}",
        "cand_push": "Hi {rf},\n\nWould it be possible to push to {T2}? Something came up at work.\n\nAlex",
        "push_ok": "No problem, {T2} it is - I've moved the invite. Still {D}.\n\n{r}",
        "move": "Hi Alex,\n\nSmall change: we've had to move your interview from {D} at {T} to {D2} at {T2}. Updated invite to follow.\n\n{r}",
        "cancel": "Hi Alex,\n\nI'm really sorry, but we have to cancel {D}'s interview at {T}; the role has been put on hold. I'll be in touch if that changes.\n\n{r}",
        "thanks_r": "Hi Alex,\n\nThanks for your time today, {hm} really enjoyed the conversation. We'll be in touch by the end of next week.\n\n{r}",
        "thanks_c": "Hi {rf},\n\nThank you for today's interview, it was great to meet the team.\n\nBest,\nAlex",
        "notes": "fyi|add this please|Interview confirmed, can you add it?|FYI - booked in",
        "pick_note": "picked one, waiting for them to confirm",
        "fwd_offer_note": "which one should I take? not booked yet",
        "subject": "Interview - {role}",
    },
    "de": {
        "offer": "Hallo {c},\n\nvielen Dank für Ihre Bewerbung als {role} bei {co}. {hm} möchte Sie gern zu einem 45-minütigen Videogespräch einladen. Welcher Termin passt Ihnen?\n\n{L}\n\nAntworten Sie einfach mit Ihrem Wunschtermin, dann schicke ich die Einladung.\n\nViele Grüße\n{r}",
        "offer_wd": "Hallo {c},\n\n{hm} würde gern mit Ihnen über die Stelle als {role} sprechen. Ginge einer dieser Termine nächste Woche?\n\n{L}\n\nBeste Grüße\n{r}",
        "poll": "Hallo {c},\n\nwir planen gerade die ersten Gespräche für die Stelle als {role}. Bitte tragen Sie bis Freitag alle Termine ein, die für Sie gehen: https://poll.example/p/{k}\n\nZur Auswahl stehen:\n{L}\n\nViele Grüße\n{r}",
        "pick": "Hallo {rf},\n\nvielen Dank! {D} um {T} passt mir am besten.\n\nViele Grüße\nAlex Morgan",
        "pick_any": "Hallo {rf},\n\nvielen Dank, der erste und der dritte Termin gehen beide, wie es {hm} am besten passt.\n\nViele Grüße\nAlex Morgan",
        "restate": "Super, dann {D} um {T} - Einladung folgt.\n\n{r}",
        "seeyou": "Perfekt, ist bestätigt. Bis dann!\n\n{r}",
        "ordinal": "Danke, Herr Morgan, dann nehmen wir den {O} Termin. Die Kalendereinladung folgt.\n\n{r}",
        "hourone": "Danke, der Termin um {H} passt uns. Die Einladung kommt gleich.\n\n{r}",
        "check": "Danke, ich kläre mit {hm}, welcher Termin geht, und melde mich.\n\n{r}",
        "push_ask": "Hallo Herr Morgan,\n\nentschuldigen Sie das Hin und Her, {hm} hat eine Überschneidung. Könnten wir am selben Tag auf {T2} schieben? Geben Sie mir kurz Bescheid.\n\n{r}",
        "cand_push": "Hallo {rf},\n\nwäre es möglich, auf {T2} zu schieben? Bei mir ist beruflich etwas dazwischengekommen.\n\nAlex Morgan",
        "push_ok": "Kein Problem, dann {T2} - ich habe die Einladung verschoben. Es bleibt beim {D}.\n\n{r}",
        "move": "Hallo Herr Morgan,\n\nkleine Änderung: Wir mussten Ihr Gespräch von {D} um {T} auf {D2} um {T2} verlegen. Die aktualisierte Einladung folgt.\n\n{r}",
        "cancel": "Hallo Herr Morgan,\n\nes tut mir sehr leid, aber wir müssen das Gespräch am {D} um {T} absagen; die Stelle ist vorerst auf Eis gelegt. Ich melde mich, falls sich das ändert.\n\n{r}",
        "thanks_r": "Hallo Herr Morgan,\n\nvielen Dank für das Gespräch heute, {hm} war sehr angetan. Wir melden uns bis Ende nächster Woche.\n\n{r}",
        "thanks_c": "Hallo {rf},\n\nvielen Dank für das heutige Gespräch, es war schön, das Team kennenzulernen.\n\nViele Grüße\nAlex Morgan",
        "notes": "zur Info|bitte eintragen|Termin steht, bitte in den Kalender|FYI",
        "pick_note": "hab einen Termin ausgesucht, Bestätigung steht noch aus",
        "fwd_offer_note": "welchen soll ich nehmen? noch nichts gebucht",
        "subject": "Ihr Vorstellungsgespräch - {role}",
    },
    "fr": {
        "offer": "Bonjour {c},\n\nMerci pour votre candidature au poste de {role} chez {co}. {hm} souhaite vous rencontrer pour un entretien en visio de 45 minutes. Quel créneau vous conviendrait ?\n\n{L}\n\nRépondez-moi simplement avec votre choix et je vous envoie l'invitation.\n\nBien cordialement,\n{r}",
        "offer_wd": "Bonjour {c},\n\n{hm} aimerait échanger avec vous sur le poste de {role}. L'un de ces créneaux vous irait-il la semaine prochaine ?\n\n{L}\n\nCordialement,\n{r}",
        "poll": "Bonjour {c},\n\nNous organisons les premiers entretiens pour le poste de {role}. Merci de cocher d'ici vendredi tous les créneaux possibles pour vous : https://poll.example/p/{k}\n\nLes créneaux proposés :\n{L}\n\nCordialement,\n{r}",
        "pick": "Bonjour {rf},\n\nMerci ! {D} à {T} me convient le mieux.\n\nBien cordialement,\nAlex Morgan",
        "pick_any": "Bonjour {rf},\n\nMerci, le premier et le troisième créneau me vont tous les deux, selon ce qui arrange {hm}.\n\nBien cordialement,\nAlex Morgan",
        "restate": "Parfait, {D} à {T} alors - l'invitation suit.\n\n{r}",
        "seeyou": "Parfait, c'est confirmé. À bientôt !\n\n{r}",
        "ordinal": "Merci, partons sur la {O} proposition alors. L'invitation suit.\n\n{r}",
        "hourone": "Merci, le créneau de {H} nous convient. Je vous envoie l'invitation.\n\n{r}",
        "check": "Merci, je vois avec {hm} quel créneau lui convient et je reviens vers vous.\n\n{r}",
        "push_ask": "Bonjour,\n\nDésolée pour ce changement, {hm} a un conflit. Pourrions-nous décaler à {T2} le même jour ? Dites-moi.\n\n{r}",
        "cand_push": "Bonjour {rf},\n\nSerait-il possible de décaler à {T2} ? J'ai un empêchement au travail.\n\nAlex Morgan",
        "push_ok": "Pas de souci, va pour {T2} - j'ai déplacé l'invitation. Toujours {D}.\n\n{r}",
        "move": "Bonjour,\n\nPetit changement : nous avons dû déplacer votre entretien du {D} à {T} au {D2} à {T2}. L'invitation mise à jour suit.\n\n{r}",
        "cancel": "Bonjour,\n\nJe suis vraiment désolée, mais nous devons annuler l'entretien de {D} à {T} ; le recrutement est suspendu. Je reviendrai vers vous si cela change.\n\n{r}",
        "thanks_r": "Bonjour,\n\nMerci pour votre temps aujourd'hui, {hm} a beaucoup apprécié l'échange. Nous revenons vers vous d'ici la fin de la semaine prochaine.\n\n{r}",
        "thanks_c": "Bonjour {rf},\n\nMerci pour l'entretien d'aujourd'hui, ce fut un plaisir de rencontrer l'équipe.\n\nBien cordialement,\nAlex Morgan",
        "notes": "pour info|à ajouter stp|Entretien confirmé, tu peux l'ajouter ?|fyi",
        "pick_note": "j'ai choisi un créneau, en attente de confirmation",
        "fwd_offer_note": "lequel je prends ? rien de réservé",
        "subject": "Entretien - {role}",
    },
    "es": {
        "offer": "Hola {c}:\n\nGracias por tu candidatura al puesto de {role} en {co}. {hm} quiere conocerte en una videollamada de 45 minutos. ¿Cuál de estas opciones te viene mejor?\n\n{L}\n\nResponde con la que prefieras y te envío la invitación.\n\nUn saludo,\n{r}",
        "offer_wd": "Hola {c}:\n\n{hm} querría hablar contigo sobre el puesto de {role}. ¿Te iría bien alguna de estas opciones la semana que viene?\n\n{L}\n\nSaludos,\n{r}",
        "poll": "Hola {c}:\n\nEstamos organizando las primeras entrevistas para el puesto de {role}. Marca antes del viernes todas las franjas que te vayan bien: https://poll.example/p/{k}\n\nLas opciones son:\n{L}\n\nUn saludo,\n{r}",
        "pick": "Hola {rf}:\n\n¡Gracias! El {D} a {T} es lo que mejor me viene.\n\nUn saludo,\nAlex",
        "pick_any": "Hola {rf}:\n\nGracias, la primera y la tercera opción me van bien, lo que le venga mejor a {hm}.\n\nUn saludo,\nAlex",
        "restate": "Genial, el {D} a {T} entonces; te llega la invitación.\n\n{r}",
        "seeyou": "Perfecto, queda confirmado. ¡Nos vemos!\n\n{r}",
        "ordinal": "Gracias, Alex, nos quedamos con la {O} opción. Te envío la invitación.\n\n{r}",
        "hourone": "Gracias, Alex, la de {H} nos viene bien. Te mando la invitación enseguida.\n\n{r}",
        "check": "Gracias, lo consulto con {hm} y te digo cuál nos va.\n\n{r}",
        "push_ask": "Hola Alex:\n\nPerdona el cambio, a {hm} le ha surgido algo. ¿Podríamos pasarlo a {T2} el mismo día? Dime algo.\n\n{r}",
        "cand_push": "Hola {rf}:\n\n¿Sería posible pasarlo a {T2}? Me ha surgido algo en el trabajo.\n\nAlex",
        "push_ok": "Sin problema, a {T2} entonces; ya he movido la invitación. Sigue siendo el {D}.\n\n{r}",
        "move": "Hola Alex:\n\nUn pequeño cambio: hemos tenido que mover tu entrevista del {D} a {T} al {D2} a {T2}. Te llega la invitación actualizada.\n\n{r}",
        "cancel": "Hola Alex:\n\nLo siento mucho, pero tenemos que cancelar la entrevista del {D} a {T}; el proceso se ha congelado. Te escribo si cambia algo.\n\n{r}",
        "thanks_r": "Hola Alex:\n\nGracias por tu tiempo hoy, a {hm} le gustó mucho la conversación. Te diremos algo antes del final de la semana que viene.\n\n{r}",
        "thanks_c": "Hola {rf}:\n\nGracias por la entrevista de hoy, fue un placer conocer al equipo.\n\nUn saludo,\nAlex",
        "notes": "para que lo tengas|añádelo porfa|Entrevista confirmada, ¿la añades?|fyi",
        "pick_note": "ya he elegido una, falta que confirmen",
        "fwd_offer_note": "¿cuál cojo? aún no hay nada reservado",
        "subject": "Entrevista - {role}",
    },
    "nl": {
        "offer": "Hoi {c},\n\nBedankt voor je sollicitatie als {role} bij {co}. {hm} wil graag kennismaken in een videogesprek van 45 minuten. Welk moment past jou?\n\n{L}\n\nLaat maar weten welke je kiest, dan stuur ik de uitnodiging.\n\nGroet,\n{r}",
        "offer_wd": "Hoi {c},\n\n{hm} wil graag met je praten over de functie van {role}. Past een van deze momenten volgende week?\n\n{L}\n\nGroet,\n{r}",
        "poll": "Hoi {c},\n\nWe plannen de eerste gesprekken voor de functie van {role}. Wil je vóór vrijdag alle momenten aanvinken die jou passen? https://poll.example/p/{k}\n\nDe opties:\n{L}\n\nGroet,\n{r}",
        "pick": "Hoi {rf},\n\nDank je! {D} om {T} komt mij het beste uit.\n\nGroet,\nAlex",
        "pick_any": "Hoi {rf},\n\nDank je, de eerste en de derde optie kunnen allebei, wat {hm} het beste uitkomt.\n\nGroet,\nAlex",
        "restate": "Top, dan {D} om {T} - uitnodiging volgt.\n\n{r}",
        "seeyou": "Prima, staat genoteerd. Tot dan!\n\n{r}",
        "ordinal": "Dank je Alex, dan gaan we voor de {O} optie. Agenda-uitnodiging volgt.\n\n{r}",
        "hourone": "Dank je Alex, het moment van {H} komt ons goed uit. Ik stuur zo de uitnodiging.\n\n{r}",
        "check": "Dank je, ik check even bij {hm} welke past en kom erop terug.\n\n{r}",
        "push_ask": "Hoi Alex,\n\nSorry voor het geschuif, {hm} heeft een overlap. Kunnen we het dezelfde dag naar {T2} schuiven? Laat je het weten?\n\n{r}",
        "cand_push": "Hoi {rf},\n\nZou het kunnen om het naar {T2} te schuiven? Er is iets tussengekomen op mijn werk.\n\nAlex",
        "push_ok": "Geen probleem, {T2} wordt het - ik heb de uitnodiging verzet. Nog steeds {D}.\n\n{r}",
        "move": "Hoi Alex,\n\nKleine wijziging: we hebben je gesprek moeten verzetten van {D} om {T} naar {D2} om {T2}. De nieuwe uitnodiging volgt.\n\n{r}",
        "cancel": "Hoi Alex,\n\nHet spijt me echt, maar we moeten het gesprek van {D} om {T} annuleren; de vacature staat on hold. Ik laat het weten als dat verandert.\n\n{r}",
        "thanks_r": "Hoi Alex,\n\nBedankt voor je tijd vandaag, {hm} vond het een heel fijn gesprek. We laten voor eind volgende week van ons horen.\n\n{r}",
        "thanks_c": "Hoi {rf},\n\nBedankt voor het gesprek van vandaag, leuk om het team te ontmoeten.\n\nGroet,\nAlex",
        "notes": "ter info|graag toevoegen|Gesprek bevestigd, kun je het toevoegen?|fyi",
        "pick_note": "eentje gekozen, wacht nog op bevestiging",
        "fwd_offer_note": "welke zal ik nemen? nog niks geboekt",
        "subject": "Sollicitatiegesprek - {role}",
    },
    "it": {
        "offer": "Ciao {c},\n\ngrazie per la candidatura come {role} in {co}. {hm} vorrebbe conoscerti in un colloquio video di 45 minuti. Quale di queste opzioni ti va meglio?\n\n{L}\n\nRispondimi con quella che preferisci e ti mando l'invito.\n\nUn saluto,\n{r}",
        "offer_wd": "Ciao {c},\n\n{hm} vorrebbe parlarti della posizione di {role}. Ti andrebbe bene una di queste la settimana prossima?\n\n{L}\n\nA presto,\n{r}",
        "poll": "Ciao {c},\n\nstiamo organizzando i primi colloqui per la posizione di {role}. Segna entro venerdì tutte le fasce in cui sei disponibile: https://poll.example/p/{k}\n\nLe opzioni sono:\n{L}\n\nUn saluto,\n{r}",
        "pick": "Ciao {rf},\n\ngrazie! {D} {T} è l'opzione migliore per me.\n\nUn saluto,\nAlex",
        "pick_any": "Ciao {rf},\n\ngrazie, la prima e la terza vanno bene entrambe, come preferisce {hm}.\n\nUn saluto,\nAlex",
        "restate": "Ottimo, allora {D} {T} - ti arriva l'invito.\n\n{r}",
        "seeyou": "Perfetto, confermato. A presto!\n\n{r}",
        "ordinal": "Grazie Alex, andiamo con la {O} opzione allora. Ti mando l'invito in calendario.\n\n{r}",
        "hourone": "Grazie Alex, quello {H} ci va benissimo. Ti mando subito l'invito.\n\n{r}",
        "check": "Grazie, verifico con {hm} quale va bene e ti faccio sapere.\n\n{r}",
        "push_ask": "Ciao Alex,\n\nscusa il cambio, {hm} ha una sovrapposizione. Potremmo spostare {T2} lo stesso giorno? Fammi sapere.\n\n{r}",
        "cand_push": "Ciao {rf},\n\nsarebbe possibile spostare {T2}? Ho avuto un imprevisto al lavoro.\n\nAlex",
        "push_ok": "Nessun problema, allora {T2} - ho spostato l'invito. Resta {D}.\n\n{r}",
        "move": "Ciao Alex,\n\npiccola modifica: abbiamo dovuto spostare il colloquio da {D} {T} a {D2} {T2}. Ti arriva l'invito aggiornato.\n\n{r}",
        "cancel": "Ciao Alex,\n\nmi dispiace molto, ma dobbiamo annullare il colloquio di {D} {T}: la selezione è sospesa. Ti scrivo se cambia qualcosa.\n\n{r}",
        "thanks_r": "Ciao Alex,\n\ngrazie per il tempo che ci hai dedicato oggi, a {hm} è piaciuta molto la chiacchierata. Ti faremo sapere entro la fine della prossima settimana.\n\n{r}",
        "thanks_c": "Ciao {rf},\n\ngrazie per il colloquio di oggi, è stato un piacere conoscere il team.\n\nUn saluto,\nAlex",
        "notes": "per info|aggiungilo per favore|Colloquio confermato, puoi aggiungerlo?|fyi",
        "pick_note": "ho scelto un orario, aspetto la conferma",
        "fwd_offer_note": "quale scelgo? niente di prenotato",
        "subject": "Colloquio - {role}",
    },
    "pt": {
        "offer": "Olá {c},\n\nObrigada pela candidatura à vaga de {role} na {co}. {hm} gostaria de o conhecer numa videochamada de 45 minutos. Qual destas opções lhe dá mais jeito?\n\n{L}\n\nResponda só com a opção escolhida e eu envio o convite.\n\nCumprimentos,\n{r}",
        "offer_wd": "Olá {c},\n\n{hm} gostaria de falar consigo sobre a vaga de {role}. Alguma destas opções dá jeito na próxima semana?\n\n{L}\n\nCumprimentos,\n{r}",
        "poll": "Olá {c},\n\nEstamos a marcar as primeiras entrevistas para a vaga de {role}. Assinale até sexta-feira todos os horários possíveis: https://poll.example/p/{k}\n\nAs opções são:\n{L}\n\nCumprimentos,\n{r}",
        "pick": "Olá {rf},\n\nObrigado! {D} às {T} é o que me dá mais jeito.\n\nCumprimentos,\nAlex",
        "pick_any": "Olá {rf},\n\nObrigado, a primeira e a terceira opção dão-me jeito, como for melhor para {hm}.\n\nCumprimentos,\nAlex",
        "restate": "Ótimo, então {D} às {T} - segue o convite.\n\n{r}",
        "seeyou": "Perfeito, fica confirmado. Até lá!\n\n{r}",
        "ordinal": "Obrigada, Alex, ficamos com a {O} opção. Segue o convite para o calendário.\n\n{r}",
        "hourone": "Obrigada, Alex, o horário das {H} dá-nos jeito. Envio já o convite.\n\n{r}",
        "check": "Obrigada, vou confirmar com {hm} qual dá jeito e já lhe digo.\n\n{r}",
        "push_ask": "Olá Alex,\n\nDesculpe a mudança, {hm} tem uma sobreposição. Podíamos passar para as {T2} no mesmo dia? Diga-me alguma coisa.\n\n{r}",
        "cand_push": "Olá {rf},\n\nSeria possível passar para as {T2}? Surgiu-me um imprevisto no trabalho.\n\nAlex",
        "push_ok": "Sem problema, fica às {T2} - já mudei o convite. Continua a ser {D}.\n\n{r}",
        "move": "Olá Alex,\n\nPequena alteração: tivemos de mudar a sua entrevista de {D} às {T} para {D2} às {T2}. Segue o convite atualizado.\n\n{r}",
        "cancel": "Olá Alex,\n\nLamento imenso, mas temos de cancelar a entrevista de {D} às {T}; o processo foi suspenso. Dou notícias se isso mudar.\n\n{r}",
        "thanks_r": "Olá Alex,\n\nObrigada pelo seu tempo hoje, {hm} gostou muito da conversa. Damos notícias até ao fim da próxima semana.\n\n{r}",
        "thanks_c": "Olá {rf},\n\nObrigado pela entrevista de hoje, foi um prazer conhecer a equipa.\n\nCumprimentos,\nAlex",
        "notes": "para info|adiciona por favor|Entrevista confirmada, podes adicionar?|fyi",
        "pick_note": "já escolhi um horário, à espera da confirmação",
        "fwd_offer_note": "qual escolho? ainda nada marcado",
        "subject": "Entrevista - {role}",
    },
    "pl": {
        "offer": "Dzień dobry,\n\ndziękujemy za aplikację na stanowisko {role} w {co}. {hm} chciałby porozmawiać z Panem podczas 45-minutowej rozmowy wideo. Który termin Panu odpowiada?\n\n{L}\n\nProszę odpisać z wybranym terminem, a wyślę zaproszenie.\n\nPozdrawiam\n{r}",
        "offer_wd": "Dzień dobry,\n\n{hm} chciałby porozmawiać o stanowisku {role}. Czy któryś z tych terminów w przyszłym tygodniu Panu pasuje?\n\n{L}\n\nPozdrawiam\n{r}",
        "poll": "Dzień dobry,\n\numawiamy pierwsze rozmowy na stanowisko {role}. Proszę do piątku zaznaczyć wszystkie pasujące terminy: https://poll.example/p/{k}\n\nDo wyboru:\n{L}\n\nPozdrawiam\n{r}",
        "pick": "Dzień dobry,\n\ndziękuję! {D} o {T} pasuje mi najbardziej.\n\nPozdrawiam\nAlex Morgan",
        "pick_any": "Dzień dobry,\n\ndziękuję, pierwszy i trzeci termin mi pasują, jak będzie wygodniej dla {hm}.\n\nPozdrawiam\nAlex Morgan",
        "restate": "Świetnie, w takim razie {D} o {T} - zaproszenie wyślę osobno.\n\n{r}",
        "seeyou": "Super, potwierdzone. Do zobaczenia!\n\n{r}",
        "ordinal": "Dziękuję, zostańmy przy {O} terminie. Zaproszenie do kalendarza wyślę osobno.\n\n{r}",
        "hourone": "Dziękuję, termin o {H} nam pasuje. Zaraz wyślę zaproszenie.\n\n{r}",
        "check": "Dziękuję, sprawdzę z {hm}, który termin pasuje, i wrócę z odpowiedzią.\n\n{r}",
        "push_ask": "Dzień dobry,\n\nprzepraszam za zamieszanie, {hm} ma kolizję w kalendarzu. Czy moglibyśmy przesunąć na {T2} tego samego dnia? Proszę dać znać.\n\n{r}",
        "cand_push": "Dzień dobry,\n\nczy byłoby możliwe przesunięcie na {T2}? Wypadło mi coś w pracy.\n\nAlex Morgan",
        "push_ok": "Nie ma problemu, w takim razie o {T2} - przesunęłam zaproszenie. Dzień bez zmian: {D}.\n\n{r}",
        "move": "Dzień dobry,\n\nmała zmiana: musieliśmy przesunąć Pana rozmowę zaplanowaną {D} o {T}; nowy termin to {D2} o {T2}. Zaktualizowane zaproszenie wyślę osobno.\n\n{r}",
        "cancel": "Dzień dobry,\n\nbardzo przepraszam, ale musimy odwołać rozmowę {D} o {T}; rekrutacja została wstrzymana. Odezwę się, jeśli to się zmieni.\n\n{r}",
        "thanks_r": "Dzień dobry,\n\ndziękuję za dzisiejszą rozmowę, {hm} był bardzo zadowolony. Odezwiemy się do końca przyszłego tygodnia.\n\n{r}",
        "thanks_c": "Dzień dobry,\n\ndziękuję za dzisiejszą rozmowę, miło było poznać zespół.\n\nPozdrawiam\nAlex Morgan",
        "notes": "do wiadomości|dodaj proszę|Rozmowa potwierdzona, dodasz?|fyi",
        "pick_note": "wybrałem termin, czekam na potwierdzenie",
        "fwd_offer_note": "który wybrać? jeszcze nic nie zarezerwowane",
        "subject": "Rozmowa rekrutacyjna - {role}",
    },
    "sv": {
        "offer": "Hej {c},\n\nTack för din ansökan till tjänsten som {role} på {co}. {hm} vill gärna träffa dig i en 45 minuter lång videointervju. Vilken av de här tiderna passar dig?\n\n{L}\n\nSvara bara med den tid du vill ha så skickar jag inbjudan.\n\nVänliga hälsningar\n{r}",
        "offer_wd": "Hej {c},\n\n{hm} vill gärna prata med dig om tjänsten som {role}. Passar någon av de här tiderna nästa vecka?\n\n{L}\n\nHälsningar\n{r}",
        "poll": "Hej {c},\n\nVi bokar de första intervjuerna för tjänsten som {role}. Kryssa i alla tider som passar dig senast fredag: https://poll.example/p/{k}\n\nAlternativen är:\n{L}\n\nHälsningar\n{r}",
        "pick": "Hej {rf},\n\nTack! {D} {T} passar mig bäst.\n\nMvh\nAlex",
        "pick_any": "Hej {rf},\n\nTack, både det första och det tredje alternativet fungerar, det som passar {hm} bäst.\n\nMvh\nAlex",
        "restate": "Toppen, då blir det {D} {T} - inbjudan kommer.\n\n{r}",
        "seeyou": "Perfekt, då är det bekräftat. Vi ses!\n\n{r}",
        "ordinal": "Tack Alex, då kör vi på det {O} alternativet. Kalenderinbjudan kommer.\n\n{r}",
        "hourone": "Tack Alex, tiden {H} passar oss. Jag skickar inbjudan strax.\n\n{r}",
        "check": "Tack, jag stämmer av med {hm} vilken som passar och återkommer.\n\n{r}",
        "push_ask": "Hej Alex,\n\nFörlåt för strulet, {hm} har en krock. Kan vi skjuta till {T2} samma dag? Hör av dig.\n\n{r}",
        "cand_push": "Hej {rf},\n\nSkulle det gå att skjuta till {T2}? Det har kommit upp något på jobbet.\n\nAlex",
        "push_ok": "Inga problem, då blir det {T2} - jag har flyttat inbjudan. Fortfarande {D}.\n\n{r}",
        "move": "Hej Alex,\n\nEn liten ändring: vi har fått flytta din intervju från {D} {T} till {D2} {T2}. Uppdaterad inbjudan kommer.\n\n{r}",
        "cancel": "Hej Alex,\n\nJag är verkligen ledsen, men vi måste ställa in intervjun på {D} {T}; rekryteringen är pausad. Jag hör av mig om det ändras.\n\n{r}",
        "thanks_r": "Hej Alex,\n\nTack för din tid i dag, {hm} tyckte det var ett jättebra samtal. Vi återkommer senast i slutet av nästa vecka.\n\n{r}",
        "thanks_c": "Hej {rf},\n\nTack för intervjun i dag, roligt att träffa teamet.\n\nMvh\nAlex",
        "notes": "fyi|lägg in den tack|Intervjun är bekräftad, kan du lägga in den?|för kännedom",
        "pick_note": "har valt en tid, väntar på bekräftelse",
        "fwd_offer_note": "vilken ska jag ta? inget bokat än",
        "subject": "Intervju - {role}",
    },
    "da": {
        "offer": "Hej {c},\n\nTak for din ansøgning til stillingen som {role} hos {co}. {hm} vil gerne møde dig til en videosamtale på 45 minutter. Hvilket af disse tidspunkter passer dig?\n\n{L}\n\nSvar bare med det tidspunkt, du vælger, så sender jeg invitationen.\n\nVenlig hilsen\n{r}",
        "offer_wd": "Hej {c},\n\n{hm} vil gerne tale med dig om stillingen som {role}. Passer et af disse tidspunkter i næste uge?\n\n{L}\n\nVenlig hilsen\n{r}",
        "poll": "Hej {c},\n\nVi planlægger de første samtaler til stillingen som {role}. Sæt kryds ved alle tidspunkter, der passer dig, senest fredag: https://poll.example/p/{k}\n\nMulighederne er:\n{L}\n\nVenlig hilsen\n{r}",
        "pick": "Hej {rf},\n\nTak! {D} {T} passer mig bedst.\n\nVh\nAlex",
        "pick_any": "Hej {rf},\n\nTak, både den første og den tredje mulighed passer mig, alt efter hvad der passer {hm}.\n\nVh\nAlex",
        "restate": "Super, så {D} {T} - invitationen følger.\n\n{r}",
        "seeyou": "Perfekt, så er det bekræftet. Vi ses!\n\n{r}",
        "ordinal": "Tak Alex, så tager vi den {O} mulighed. Kalenderinvitationen følger.\n\n{r}",
        "hourone": "Tak Alex, tidspunktet {H} passer os fint. Jeg sender invitationen om lidt.\n\n{r}",
        "check": "Tak, jeg tjekker med {hm}, hvilket tidspunkt der passer, og vender tilbage.\n\n{r}",
        "push_ask": "Hej Alex,\n\nUndskyld rodet, {hm} har et sammenfald. Kan vi rykke til {T2} samme dag? Giv lige lyd.\n\n{r}",
        "cand_push": "Hej {rf},\n\nVil det være muligt at rykke til {T2}? Der er kommet noget i vejen på arbejdet.\n\nAlex",
        "push_ok": "Intet problem, så bliver det {T2} - jeg har flyttet invitationen. Stadig {D}.\n\n{r}",
        "move": "Hej Alex,\n\nEn lille ændring: vi har måttet flytte din samtale fra {D} {T} til {D2} {T2}. Opdateret invitation følger.\n\n{r}",
        "cancel": "Hej Alex,\n\nJeg er virkelig ked af det, men vi må aflyse samtalen {D} {T}; rekrutteringen er sat på pause. Jeg vender tilbage, hvis det ændrer sig.\n\n{r}",
        "thanks_r": "Hej Alex,\n\nTak for din tid i dag, {hm} var rigtig glad for samtalen. Vi vender tilbage inden udgangen af næste uge.\n\n{r}",
        "thanks_c": "Hej {rf},\n\nTak for samtalen i dag, det var dejligt at møde teamet.\n\nVh\nAlex",
        "notes": "til info|tilføj den lige|Samtalen er bekræftet, kan du tilføje den?|fyi",
        "pick_note": "har valgt et tidspunkt, venter på bekræftelse",
        "fwd_offer_note": "hvilken skal jeg tage? intet booket endnu",
        "subject": "Jobsamtale - {role}",
    },
}

# recruiter (name, address), company, role, hiring manager, per language
PEOPLE = {
    "en": [
        (
            "Harriet Quayle",
            "h.quayle@brindlewick.example.co.uk",
            "Brindlewick Analytics",
            "Data Analyst",
            "Tom Okafor",
        ),
        (
            "Dana Whitcombe",
            "dana.w@copperlane.example.com",
            "Copperlane Health",
            "Product Designer",
            "Maya Reyes",
        ),
    ],
    "de": [
        (
            "Katrin Oberfeld",
            "k.oberfeld@ruhrmetrik.example.de",
            "Ruhrmetrik GmbH",
            "Controller (m/w/d)",
            "Herr Albers",
        ),
        (
            "Jonas Weitbrecht",
            "jonas.weitbrecht@lindenau-soft.example.de",
            "Lindenau Software",
            "Backend-Entwickler (m/w/d)",
            "Frau Petzold",
        ),
    ],
    "fr": [
        (
            "Claire Vautrin",
            "c.vautrin@ateliers-brenne.example.fr",
            "Ateliers Brenne",
            "chargé de projet",
            "Julien Marchais",
        ),
        (
            "Sophie Lanternier",
            "sophie.l@quaidesdonnees.example.fr",
            "Quai des Données",
            "data engineer",
            "Amélie Roux",
        ),
    ],
    "es": [
        (
            "Lucía Berrocal",
            "lucia.berrocal@tajoverde.example.es",
            "Tajo Verde",
            "analista financiero",
            "Marta Ibáñez",
        ),
        (
            "Álvaro Quintana",
            "aquintana@ribera-labs.example.es",
            "Ribera Labs",
            "desarrollador frontend",
            "Pablo Ferrer",
        ),
    ],
    "nl": [
        ("Sanne Oudshoorn", "sanne@dijkwerk.example.nl", "Dijkwerk", "data-analist", "Bram de Wit"),
        (
            "Ruben Verkade",
            "r.verkade@lindeloof.example.nl",
            "Lindeloof Zorg",
            "teamleider",
            "Eva Jansen",
        ),
    ],
    "it": [
        (
            "Giulia Ferraresi",
            "g.ferraresi@navigli-tech.example.it",
            "Navigli Tech",
            "sviluppatore Java",
            "Marco Pellegrini",
        ),
        (
            "Chiara Bonvicini",
            "chiara.b@colleverde.example.it",
            "Colleverde",
            "product manager",
            "Luca Sartori",
        ),
    ],
    "pt": [
        (
            "Inês Carvalhal",
            "ines.carvalhal@tejo-digital.example.pt",
            "Tejo Digital",
            "analista de dados",
            "Rui Meireles",
        ),
        (
            "Marta Sobreiro",
            "m.sobreiro@douro-sistemas.example.pt",
            "Douro Sistemas",
            "engenheiro de software",
            "Filipa Nunes",
        ),
    ],
    "pl": [
        (
            "Agnieszka Wrona",
            "a.wrona@wislatech.example.pl",
            "Wisła Tech",
            "analityk danych",
            "Pan Nowicki",
        ),
        (
            "Katarzyna Lis",
            "k.lis@mazury-soft.example.pl",
            "Mazury Soft",
            "programista Python",
            "Pan Zieliński",
        ),
    ],
    "sv": [
        (
            "Elin Sjöberg",
            "elin.sjoberg@norrsken-data.example.se",
            "Norrsken Data",
            "dataanalytiker",
            "Johan Lund",
        ),
        (
            "Maja Holmqvist",
            "maja.h@vattenfalla.example.se",
            "Vattenfalla",
            "projektledare",
            "Anders Ek",
        ),
    ],
    "da": [
        (
            "Mette Kjærgaard",
            "mette.k@fjordlys.example.dk",
            "Fjordlys",
            "dataanalytiker",
            "Søren Holm",
        ),
        ("Louise Brandt", "lb@havnekontoret.example.dk", "Havnekontoret", "udvikler", "Karen Dahl"),
    ],
}

# --- attribution lines and header blocks (recalled from the clients' output) ------------
GM_DAY = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "da": ["man.", "tirs.", "ons.", "tors.", "fre.", "lør.", "søn."],
}
GM_MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": [
        "jan.",
        "fev.",
        "mar.",
        "abr.",
        "mai.",
        "jun.",
        "jul.",
        "ago.",
        "set.",
        "out.",
        "nov.",
        "dez.",
    ],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "sv": [
        "jan.",
        "feb.",
        "mars",
        "apr.",
        "maj",
        "juni",
        "juli",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
    "da": [
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "maj",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ],
}


def who(p: tuple[str, str]) -> str:
    return f"{p[0]} <{p[1]}>"


def gmail_said(lang: str, p: tuple[str, str], w: datetime) -> str:
    b = base(lang)
    d, m, t, a = GM_DAY[b][w.weekday()], GM_MON[b][w.month - 1], f"{w:%H:%M}", who(p)
    if b == "en":
        h = w.hour % 12 or 12
        ap = "AM" if w.hour < 12 else "PM"
        return f"On {d}, {m} {w.day}, {w.year} at {h}:{w.minute:02d} {ap} {a} wrote:"
    return {
        "de": f"Am {d}, {w.day}. {m} {w.year} um {t} Uhr schrieb {a}:",
        "fr": f"Le {d} {w.day} {m} {w.year} à {t}, {a} a écrit :",
        "es": f"El {d}, {w.day} {m} {w.year} a las {t}, {a} escribió:",
        "nl": f"Op {d} {w.day} {m} {w.year} om {t} schreef {a}:",
        "it": f"Il giorno {d} {w.day} {m} {w.year} alle ore {t} {a} ha scritto:",
        "pt": f"Em {d}, {w.day} de {m} de {w.year} às {t}, {a} escreveu:",
        "pl": f"W dniu {d}, {w.day} {m} {w.year} o {t} {a} napisał(a):",
        "sv": f"Den {d} {w.day} {m} {w.year} kl {t} skrev {a}:",
        "da": f"Den {d} {w.day}. {m} {w.year} kl. {w:%H.%M} skrev {a}:",
    }[b]


def apple_said(lang: str, p: tuple[str, str], w: datetime) -> str:
    b, t, a = base(lang), f"{w:%H:%M}", who(p)
    m = GM_MON["en"][w.month - 1]
    return {
        "en": f"On {w.day} {m} {w.year}, at {t}, {a} wrote:",
        "de": f"Am {w:%d.%m.%Y} um {t} schrieb {a}:",
        "fr": f"Le {w.day} {GM_MON['fr'][w.month - 1]} {w.year} à {t}, {a} a écrit :",
        "es": f"El {w.day} {GM_MON['es'][w.month - 1]} {w.year}, a las {t}, {a} escribió:",
        "nl": f"Op {w.day} {GM_MON['nl'][w.month - 1]} {w.year}, om {t} heeft {a} het volgende geschreven:",
        "it": f"Il giorno {w.day} {GM_MON['it'][w.month - 1]} {w.year}, alle ore {t}, {a} ha scritto:",
        "pt": f"Em {w.day} de {GM_MON['pt'][w.month - 1]} de {w.year}, às {t}, {a} escreveu:",
        "pl": f"Wiadomość napisana przez {a} w dniu {w.day} {MONTHS['pl'][w.month - 1]} {w.year}, o godz. {t}:",
        "sv": f"{w.day} {GM_MON['sv'][w.month - 1]} {w.year} kl. {t} skrev {a}:",
        "da": f"Den {w.day}. {GM_MON['da'][w.month - 1]} {w.year} kl. {w:%H.%M} skrev {a}:",
    }[b]


OL = {  # Outlook desktop: From, Sent, To, Subject labels; sent date writer
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "pl": ("Od", "Wysłane", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
}


def ol_sent(lang: str, w: datetime) -> str:
    b = base(lang)
    day, mon = DAYS[b][w.weekday()], MONTHS[b][w.month - 1]
    if b == "en":
        h = w.hour % 12 or 12
        ap = "AM" if w.hour < 12 else "PM"
        if lang == "en-US":
            return f"{day}, {mon} {w.day}, {w.year} {h}:{w.minute:02d} {ap}"
        return f"{day}, {w.day} {mon} {w.year} {w:%H:%M}"
    return {
        "de": f"{day}, {w.day}. {mon} {w.year} {w:%H:%M}",
        "fr": f"{day} {w.day} {mon} {w.year} {w:%H:%M}",
        "es": f"{day}, {w.day} de {mon} de {w.year} {w.hour}:{w.minute:02d}",
        "nl": f"{day} {w.day} {mon} {w.year} {w:%H:%M}",
        "it": f"{day} {w.day} {mon} {w.year} {w:%H:%M}",
        "pt": f"{day}, {w.day} de {mon} de {w.year} {w:%H:%M}",
        "pl": f"{day}, {w.day} {mon} {w.year} {w:%H:%M}",
        "sv": f"den {w.day} {mon} {w.year} {w:%H:%M}",
        "da": f"{day} den {w.day}. {mon} {w.year} {w:%H.%M}",
    }[b]


def ol_block(
    lang: str, frm: tuple[str, str], to: tuple[str, str], w: datetime, subject: str
) -> str:
    f, s, t, j = OL[base(lang)]
    return (
        "________________________________\n"
        f"{f}: {frm[0]} <{frm[1]}>\n{s}: {ol_sent(lang, w)}\n{t}: {to[0]} <{to[1]}>\n{j}: {subject}\n"
    )


GM_FWD = {  # Gmail's forward rule and localized From label (Date/Subject/To stay English)
    "en": ("---------- Forwarded message ---------", "From"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von"),
    "fr": ("---------- Forwarded message ---------", "De"),
    "es": ("---------- Forwarded message ---------", "De"),
    "nl": ("---------- Doorgestuurd bericht ---------", "Van"),
    "it": ("---------- Forwarded message ---------", "Da"),
    "pt": ("---------- Forwarded message ---------", "De"),
    "pl": ("---------- Forwarded message ---------", "Od"),
    "sv": ("---------- Vidarebefordrat meddelande ---------", "Från"),
    "da": ("---------- Videresendt meddelelse ---------", "Fra"),
}


def gmail_date(lang: str, w: datetime) -> str:
    b = base(lang)
    d, m = GM_DAY[b][w.weekday()], GM_MON[b][w.month - 1]
    if b == "en":
        h = w.hour % 12 or 12
        return f"{d}, {m} {w.day}, {w.year} at {h}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}"
    return {
        "de": f"{d}, {w.day}. {m} {w.year} um {w:%H:%M} Uhr",
        "fr": f"{d} {w.day} {m} {w.year} à {w:%H:%M}",
        "es": f"{d}, {w.day} {m} {w.year} a las {w:%H:%M}",
        "nl": f"{d} {w.day} {m} {w.year} om {w:%H:%M}",
        "it": f"{d} {w.day} {m} {w.year} alle ore {w:%H:%M}",
        "pt": f"{d}, {w.day} de {m} de {w.year} às {w:%H:%M}",
        "pl": f"{d} {w.day} {m} {w.year} o {w:%H:%M}",
        "sv": f"{d} {w.day} {m} {w.year} kl. {w:%H:%M}",
        "da": f"{d} {w.day}. {m} {w.year} kl. {w:%H.%M}",
    }[b]


def gmail_fwd(
    lang: str, frm: tuple[str, str], to: tuple[str, str], w: datetime, subject: str
) -> str:
    rule, lab = GM_FWD[base(lang)]
    return f"{rule}\n{lab}: {who(frm)}\nDate: {gmail_date(lang, w)}\nSubject: {subject}\nTo: {who(to)}\n"


APPLE_FWD = {
    "en": ("Begin forwarded message:", "From", "Subject", "Date", "To"),
    "de": ("Anfang der weitergeleiteten Nachricht:", "Von", "Betreff", "Datum", "An"),
    "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À"),
    "es": ("Inicio del mensaje reenviado:", "De", "Asunto", "Fecha", "Para"),
    "nl": ("Begin doorgestuurd bericht:", "Van", "Onderwerp", "Datum", "Aan"),
    "it": ("Inizio messaggio inoltrato:", "Da", "Oggetto", "Data", "A"),
    "pt": ("Início da mensagem reencaminhada:", "De", "Assunto", "Data", "Para"),
    "pl": ("Początek przekazywanej wiadomości:", "Od", "Temat", "Data", "Do"),
    "sv": ("Vidarebefordrat brev:", "Från", "Ämne", "Datum", "Till"),
    "da": ("Start på videresendt besked:", "Fra", "Emne", "Dato", "Til"),
}


def apple_fwd(
    lang: str, frm: tuple[str, str], to: tuple[str, str], w: datetime, subject: str
) -> str:
    head, f, s, d, t = APPLE_FWD[base(lang)]
    word = {
        "en": "at",
        "de": "um",
        "fr": "à",
        "nl": "om",
        "pt": "às",
        "pl": "o",
        "sv": "kl.",
        "da": "kl.",
    }.get(base(lang), "")
    date = f"{w.day} {MONTHS[base(lang)][w.month - 1]} {w.year} {word} {w:%H:%M:%S} {w.tzname()}".replace(
        "  ", " "
    )
    return f"{head}\n\n{f}: {who(frm)}\n{s}: {subject}\n{d}: {date}\n{t}: {who(to)}\n"


TB_FWD = {
    "en": ("-------- Forwarded Message --------", "Subject", "Date", "From", "To"),
    "de": ("-------- Weitergeleitete Nachricht --------", "Betreff", "Datum", "Von", "An"),
    "fr": (
        "-------- Message transféré --------",
        "Sujet\u00a0",
        "Date\u00a0",
        "De\u00a0",
        "Pour\u00a0",
    ),
    "es": ("-------- Mensaje reenviado --------", "Asunto", "Fecha", "De", "Para"),
    "nl": ("-------- Doorgestuurd bericht --------", "Onderwerp", "Datum", "Van", "Aan"),
    "it": ("-------- Messaggio Inoltrato --------", "Oggetto", "Data", "Mittente", "A"),
    "pt": ("-------- Mensagem encaminhada --------", "Assunto", "Data", "De", "Para"),
    "pl": ("-------- Przekazana wiadomość --------", "Temat", "Data", "Od", "Do"),
    "sv": ("-------- Vidarebefordrat meddelande --------", "Ämne", "Datum", "Från", "Till"),
    "da": ("-------- Videresendt meddelelse --------", "Emne", "Dato", "Fra", "Til"),
}


def rfc(w: datetime) -> str:
    off = w.utcoffset()
    assert off is not None
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return (
        f"{GM_DAY['en'][w.weekday()]}, {w.day} {GM_MON['en'][w.month - 1]} {w.year} "
        f"{w:%H:%M:%S} {sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"
    )


def tb_fwd(lang: str, frm: tuple[str, str], to: tuple[str, str], w: datetime, subject: str) -> str:
    head, s, d, f, t = TB_FWD[base(lang)]
    return f"{head}\n{s}: \t{subject}\n{d}: \t{rfc(w)}\n{f}: \t{who(frm)}\n{t}: \t{who(to)}\n"


def quoted(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.strip("\n").split("\n"))


# --- a thread ----------------------------------------------------------------------------
@dataclass
class Msg:
    frm: tuple[str, str]
    to: tuple[str, str]
    sent: datetime
    subject: str
    text: str


def chain_text(style: str, lang: str, msgs: list[Msg]) -> str:
    """The newest message's body with the older ones below it, as the client quotes."""
    body = msgs[0].text.strip()
    for prev, cur in itertools.pairwise(msgs):
        if style == "gmail":
            body = f"{cur.text.strip()}\n\n{gmail_said(lang, prev.frm, prev.sent)}\n{quoted(body)}"
        elif style == "apple":
            body = (
                f"{cur.text.strip()}\n\n{apple_said(lang, prev.frm, prev.sent)}\n\n{quoted(body)}"
            )
        elif style == "outlook":
            body = f"{cur.text.strip()}\n\n{ol_block(lang, prev.frm, prev.to, prev.sent, prev.subject)}\n{body}"
        else:
            raise ValueError(style)
    return body + "\n"


def para(text: str) -> str:
    return "".join(
        f"<div>{htmllib.escape(line) or '<br>'}</div>" for line in text.strip().split("\n")
    )


def chain_html(style: str, lang: str, msgs: list[Msg]) -> str:
    body = f'<div dir="ltr">{para(msgs[0].text)}</div>'
    for prev, cur in itertools.pairwise(msgs):
        if style == "gmail":
            attr = htmllib.escape(gmail_said(lang, prev.frm, prev.sent))
            body = (
                f'<div dir="ltr">{para(cur.text)}</div><br><div class="gmail_quote">'
                f'<div dir="ltr" class="gmail_attr">{attr}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                f'solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>'
            )
        else:
            f, s, t, j = (htmllib.escape(x) for x in OL[base(lang)])
            sent = htmllib.escape(ol_sent(lang, prev.sent))
            body = (
                f'<div style="font-family:Calibri,sans-serif;font-size:11pt">{para(cur.text)}</div>'
                '<hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                f'style="font-size:11pt" color="#000000"><b>{f}:</b> {htmllib.escape(who(prev.frm))}<br>'
                f"<b>{s}:</b> {sent}<br><b>{t}:</b> {htmllib.escape(who(prev.to))}<br>"
                f"<b>{j}:</b> {htmllib.escape(prev.subject)}</font><div>&nbsp;</div></div>"
                f"<div>{body}</div>"
            )
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


@dataclass
class Thread:
    lang: str
    zone: str
    rec: tuple[str, str]
    company: str
    role: str
    hm: str
    sent0: datetime
    slots: list[datetime]
    pick: int
    key: str

    def fill(self, name: str, **extra: str) -> str:
        p = P[base(self.lang)]
        s = self.slots[self.pick]
        values = {
            "c": "Alex",
            "rf": self.rec[0].split()[0],
            "r": self.rec[0],
            "co": self.company,
            "role": self.role,
            "hm": self.hm,
            "D": wd(self.lang, s),
            "T": tshort(self.lang, s),
            "H": hour_pm(self.lang, s),
            "O": ORD[base(self.lang)][self.pick],
            "k": self.key,
        }
        values.update(extra)
        text = p[name].format(**values)
        # a sentence that starts with the weekday starts with a capital
        starts = tuple(DAYS[base(self.lang)]) + tuple(PL_ON)
        lines = [cap(line) if line.startswith(starts) else line for line in text.split("\n")]
        text = "\n".join(lines)
        for day in starts:
            text = text.replace(f"! {day}", f"! {cap(day)}")
        return text

    def subject(self) -> str:
        return P[base(self.lang)]["subject"].format(role=self.role)

    def offer_list(self, dated: bool = True) -> str:
        lines = []
        for i, s in enumerate(self.slots):
            end = s + timedelta(minutes=45)
            if dated:
                span = f"{tlong(self.lang, s)}-{tlong(self.lang, end)}"
                if base(self.lang) == "de":
                    span = f"{s:%H:%M}-{end:%H:%M} Uhr"
                lines.append(f"- {dlong(self.lang, s)}, {span}")
            else:
                day = DAYS[base(self.lang)][s.weekday()]
                lines.append(f"{i + 1}. {cap(day)} {tlong(self.lang, s)}")
        return "\n".join(lines)

    def offer(self, variant: str = "offer") -> Msg:
        text = self.fill(variant, L=self.offer_list(dated=variant != "offer_wd"))
        return Msg(self.rec, ME, self.sent0, self.subject(), text)

    def pick_msg(
        self, after: timedelta = timedelta(hours=3, minutes=12), any_: bool = False
    ) -> Msg:
        return Msg(
            ME,
            self.rec,
            self.sent0 + after,
            "Re: " + self.subject(),
            self.fill("pick_any" if any_ else "pick"),
        )

    def reply(
        self, name: str, at: datetime, frm: tuple[str, str] | None = None, **extra: str
    ) -> Msg:
        frm = frm or self.rec
        to = self.rec if frm == ME else ME
        return Msg(frm, to, at, "Re: " + self.subject(), self.fill(name, **extra))

    @property
    def chosen(self) -> datetime:
        return self.slots[self.pick]


def make_thread(
    lang: str, k: int, fam: str, pick: int | None = None, weekday_only: bool = False
) -> Thread:
    """Offer sent Monday to Wednesday; three slots on the working days two to six days later
    (next week's Monday to Friday for a weekday-only list), so a restated weekday is never
    today's and never more than six days ahead; deterministic."""
    b = base(lang)
    zone = ZONE[lang]
    rng = random.Random(f"threads41 {fam} {lang} {k}")
    d0 = datetime(2026, 10, 5) + timedelta(days=7 * rng.randrange(0, 20) + rng.randrange(0, 3))
    sent0 = datetime(
        d0.year,
        d0.month,
        d0.day,
        rng.choice([9, 10, 11, 14, 15]),
        rng.choice([2, 17, 34, 48]),
        tzinfo=ZoneInfo(zone),
    )
    hours = [(9, 30), (10, 0), (11, 0), (13, 30), (14, 0), (15, 0), (16, 0), (16, 30)]
    if weekday_only:
        monday = sent0.date() + timedelta(days=7 - sent0.weekday())
        days = sorted(rng.sample([monday + timedelta(days=n) for n in range(5)], 3))
    else:
        days = [sent0.date() + timedelta(days=n) for n in range(2, 7)]
        days = [d for d in days if d.weekday() < 5]
        assert len(days) == 3, days
    # three different hours: "the 3pm one" must name one option (and only one, as a reader
    # needs; two options at 11:00 would leave "the 11 o'clock one" open)
    slots = []
    for day, (h, m) in zip(days, rng.sample(hours, 3), strict=True):
        slots.append(datetime(day.year, day.month, day.day, h, m, tzinfo=ZoneInfo(zone)))
    who_ = PEOPLE[b][k % 2]
    return Thread(
        lang,
        zone,
        (who_[0], who_[1]),
        who_[2],
        who_[3],
        who_[4],
        sent0,
        slots,
        rng.randrange(3) if pick is None else pick,
        f"{fam[:4]}{k}{b}",
    )


def act_time(c: Msg, s: datetime) -> datetime:
    """When a later message in the thread is sent: the morning after the confirmation, or two
    hours after it when that morning is too close to the slot."""
    nxt = (c.sent + timedelta(days=1)).replace(hour=9, minute=12)
    return nxt if nxt < s - timedelta(hours=3) else c.sent + timedelta(hours=2)


def later(t: datetime, hours: float) -> datetime:
    return t + timedelta(hours=hours)


# --- cases ------------------------------------------------------------------------------
CASES: list[Case] = []
TEMPLATE = (
    "written for this corpus; quote attribution lines and forward/reply header blocks recalled "
    "from Gmail, Outlook, Apple Mail and Thunderbird output; " + OWN
)


def add(fam: str, name: str, lang: str, raw: bytes, note: str, label: dict[str, object]) -> None:
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, TEMPLATE, OWN))


def direct(
    key: str, m: Msg, text: str | None = None, html: str | None = None, reply: bool = True
) -> bytes:
    return mail(
        f"threads41/{key}",
        sender=m.frm,
        to=m.to,
        subject=m.subject,
        sent=m.sent,
        text=text,
        html=html,
        reply_to_key=f"threads41/{key}/parent" if reply else "",
    )


def fwd(
    key: str,
    lang: str,
    style: str,
    top: Msg,
    inner: str,
    note: str,
    delay_h: float = 1.3,
    html: bool = False,
) -> bytes:
    """The candidate forwards the newest message (and the thread under it) to the service."""
    if style == "gmail":
        head = gmail_fwd(lang, top.frm, top.to, top.sent, top.subject)
    elif style == "apple":
        head = apple_fwd(lang, top.frm, top.to, top.sent, top.subject)
    elif style == "tb":
        head = tb_fwd(lang, top.frm, top.to, top.sent, top.subject)
    else:
        head = ol_block(lang, top.frm, top.to, top.sent, top.subject)
    text = f"{note}\n\n{head}\n{inner}" if note else f"{head}\n{inner}"
    prefix = {
        "outlook": {
            "de": "WG",
            "nl": "Doorst",
            "sv": "VB",
            "da": "VS",
            "fr": "TR",
            "es": "RV",
            "it": "I",
            "pt": "ENC",
            "pl": "PD",
        }.get(base(lang), "FW")
    }.get(style, "Fwd")
    return mail(
        f"threads41/{key}",
        sender=ME,
        to=HOOK,
        subject=f"{prefix}: {top.subject}",
        sent=later(top.sent, delay_h),
        text=text,
    )


def slot_label(
    start: datetime, sent: datetime, kind: str = "invitation", **more: object
) -> dict[str, object]:
    return {"kind": kind, **timed(start, sent=sent), **more}


def notes(lang: str) -> list[str]:
    return P[base(lang)]["notes"].split("|")


ALL = ["en", "en-US", "de", "fr", "es", "nl", "it", "pt", "pl", "sv", "da"]


def build_offer() -> None:
    f = "slotoffer41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f)
        m = t.offer()
        add(
            f,
            "dated_list",
            lang,
            direct(f"{f}/{lang}/dated", m, text=m.text, reply=False),
            "Recruiter offers three dated slots and asks which suits; nobody has chosen.",
            {**NEG, "organizer_email": t.rec[1]},
        )
    for i, lang in enumerate(["en", "de", "es", "sv", "pl"]):
        t = make_thread(lang, i + 1, f, weekday_only=True)
        m = t.offer("offer_wd")
        add(
            f,
            "weekday_list",
            lang,
            direct(f"{f}/{lang}/wd", m, text=m.text, reply=False),
            "Numbered weekday-only options for next week; nobody has chosen.",
            {**NEG, "organizer_email": t.rec[1]},
        )
    for i, lang in enumerate(["fr", "nl", "it", "da"]):
        t = make_thread(lang, i + 3, f)
        m = t.offer("poll")
        add(
            f,
            "poll_link",
            lang,
            direct(f"{f}/{lang}/poll", m, text=m.text, reply=False),
            "Poll still open: tick every slot that works by Friday; dated options listed.",
            NEG,
        )


def build_pick() -> None:
    f = "slotpick41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f)
        o = t.offer()
        p = t.pick_msg()
        if i % 2 == 0:
            raw = direct(f"{f}/{lang}", p, text=chain_text("gmail", lang, [o, p]))
            add(
                f,
                "pick_reply",
                lang,
                raw,
                "The candidate's own reply choosing one quoted slot; no confirmation yet.",
                NEG,
            )
        else:
            inner = chain_text("gmail", lang, [o, p])
            raw = fwd(
                f"{f}/{lang}",
                lang,
                "gmail",
                p,
                inner,
                P[base(lang)]["pick_note"]
                if base(lang) != "en"
                else "picked one, waiting for them to confirm",
            )
            add(
                f,
                "pick_forwarded",
                lang,
                raw,
                "The candidate forwards their own pick with a note that it is not confirmed.",
                NEG,
            )


def build_restate() -> None:
    f = "slotrestate41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f, weekday_only=i % 3 == 2)
        o = t.offer("offer_wd" if i % 3 == 2 else "offer")
        p = t.pick_msg()
        c = t.reply("restate", later(p.sent, 1.7))
        style = "outlook" if i % 4 == 3 else "gmail"
        raw = direct(f"{f}/{lang}", c, text=chain_text(style, lang, [o, p, c]))
        add(
            f,
            "restate_weekday_hour",
            lang,
            raw,
            f"Confirmation restates only weekday and hour ({tshort(lang, t.chosen)!r}) over the quoted pick and {'weekday-only ' if i % 3 == 2 else ''}offer ({style} quoting).",
            {**slot_label(t.chosen, c.sent), "organizer_email": t.rec[1]},
        )
    for i, lang in enumerate(["en", "de", "pt"]):
        t = make_thread(lang, i + 5, f)
        o, p = t.offer(), t.pick_msg()
        c = t.reply("seeyou", later(p.sent, 2.2))
        raw = direct(f"{f}/{lang}/seeyou", c, text=chain_text("gmail", lang, [o, p, c]))
        add(
            f,
            "confirmed_see_you",
            lang,
            raw,
            "'Confirmed, see you then' restates nothing: the slot is the candidate's quoted pick.",
            {**slot_label(t.chosen, c.sent), "organizer_email": t.rec[1]},
        )


OVER_OFFER = {
    "en": "Hi Alex,\n\nQuick follow-up: {hm}'s diary has filled up, so let's go with the {O} option below. Calendar invite to follow.\n\n{r}",
    "fr": "Bonjour,\n\nPetite mise à jour : l'agenda de {hm} s'est rempli, partons donc sur la {O} proposition ci-dessous. L'invitation suit.\n\n{r}",
    "sv": "Hej Alex,\n\nEn snabb uppdatering: {hm}s kalender har fyllts, så vi kör på det {O} alternativet nedan. Kalenderinbjudan kommer.\n\n{r}",
}


def build_ordinal() -> None:
    f = "slotordinal41"
    for i, lang in enumerate(ALL):
        pick = [0, 2][i % 2]
        t = make_thread(lang, i, f, pick=pick)
        o = t.offer()
        p = t.pick_msg(any_=True)
        kind = "ordinal" if i % 2 == 0 else "hourone"
        c = t.reply(kind, later(p.sent, 2.5))
        raw = direct(f"{f}/{lang}", c, text=chain_text("gmail", lang, [o, p, c]))
        what = (
            f"the {ORD['en'][pick]} option"
            if kind == "ordinal"
            else f"the {hour_pm(lang, t.chosen)} one"
        )
        add(
            f,
            kind,
            lang,
            raw,
            f"Recruiter confirms {what} without restating the date; the slot is in the quoted offer under the candidate's 'first or third'.",
            {**slot_label(t.chosen, c.sent), "organizer_email": t.rec[1]},
        )
    for i, lang in enumerate(["en", "fr", "sv"]):
        t = make_thread(lang, i + 4, f, pick=1)
        o = t.offer()
        c = t.reply("ordinal", later(o.sent, 5.0))
        c.text = OVER_OFFER[lang].format(O=ORD[base(lang)][1], hm=t.hm, r=t.rec[0])
        raw = direct(f"{f}/{lang}/direct", c, text=chain_text("gmail", lang, [o, c]))
        add(
            f,
            "ordinal_over_offer",
            lang,
            raw,
            "Recruiter follows up on their own offer fixing the second option (no candidate reply in between).",
            {**slot_label(t.chosen, c.sent), "organizer_email": t.rec[1]},
        )
    t = make_thread("en", 7, f)
    o, p = t.offer(), t.pick_msg(any_=True)
    c = t.reply("check", later(p.sent, 1.0))
    add(
        f,
        "check_first",
        "en",
        direct(f"{f}/en/check", c, text=chain_text("gmail", "en", [o, p, c])),
        "Negative: the recruiter only says they will check which option works.",
        NEG,
    )


def confirmed_thread(lang: str, k: int, fam: str, variant: str) -> tuple[Thread, list[Msg]]:
    t = make_thread(lang, k, fam)
    o, p = t.offer(), t.pick_msg()
    c = t.reply(variant, later(p.sent, 1.4))
    return t, [o, p, c]


def build_fwd(f: str, styles: list[str]) -> None:
    variants = ["restate", "ordinal", "seeyou", "hourone"]
    for i, lang in enumerate(ALL if f != "slotfwdapple41" else ALL[:10]):
        style = styles[i % len(styles)]
        var = variants[i % 4]
        if var == "ordinal":
            t, msgs = confirmed_thread(lang, i, f, "restate")
            t.pick = 0
            msgs[1] = t.pick_msg(any_=True)
            msgs[2] = t.reply("ordinal", later(msgs[1].sent, 2.0))
        elif var == "hourone":
            t, msgs = confirmed_thread(lang, i, f, "restate")
            t.pick = 2
            msgs[1] = t.pick_msg(any_=True)
            msgs[2] = t.reply("hourone", later(msgs[1].sent, 2.0))
        else:
            t, msgs = confirmed_thread(lang, i, f, var)
        quote = (
            "outlook"
            if style == "outlook"
            else ("apple" if style in ("apple", "tb") and i % 2 else "gmail")
        )
        inner = chain_text(quote, lang, msgs)
        note = notes(lang)[i % 4]
        raw = fwd(f"{f}/{lang}", lang, style, msgs[-1], inner, note, delay_h=0.6 + i % 3)
        add(
            f,
            f"{style}_{var}",
            lang,
            raw,
            f"{style} forward (note {note!r}) of a thread ending in a '{var}' confirmation; quoted with {quote} attributions.",
            {
                **slot_label(t.chosen, later(msgs[-1].sent, 0.6 + i % 3)),
                "original_sender": t.rec[1],
            },
        )
    lang = {"slotfwdgmail41": "de", "slotfwdoutlook41": "es", "slotfwdapple41": "it"}[f]
    t = make_thread(lang, 20, f)
    o = t.offer()
    style = styles[0]
    raw = fwd(f"{f}/{lang}/offer", lang, style, o, o.text + "\n", P[base(lang)]["fwd_offer_note"])
    add(
        f,
        f"{style}_offer_only",
        lang,
        raw,
        "Negative: the forwarded mail only offers slots; the note asks which to take.",
        NEG,
    )


def build_push() -> None:
    f = "slotpush41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f)
        o, p = t.offer(), t.pick_msg()
        c = t.reply("restate", later(p.sent, 1.5))
        s = t.chosen
        new = s + timedelta(hours=2) if s.hour <= 14 else s + timedelta(hours=1)
        t2 = tshort(lang, new)
        mode = i % 4
        if mode == 0:  # recruiter asks, unanswered
            a = t.reply("push_ask", act_time(c, s), T2=t2)
            raw = direct(f"{f}/{lang}", a, text=chain_text("gmail", lang, [o, p, c, a]))
            add(
                f,
                "recruiter_asks_push",
                lang,
                raw,
                f"Recruiter asks to push to {t2} the same day; nobody has agreed.",
                NEG,
            )
        elif mode == 1:  # candidate asks, recruiter agrees
            a = t.reply("cand_push", act_time(c, s), frm=ME, T2=t2)
            ok = t.reply("push_ok", later(a.sent, 1.1), T2=t2)
            raw = direct(f"{f}/{lang}", ok, text=chain_text("gmail", lang, [o, p, c, a, ok]))
            add(
                f,
                "push_agreed",
                lang,
                raw,
                f"Candidate asked to push to {t2}; recruiter agrees and moved the invite (same day).",
                {**slot_label(new, ok.sent, kind="reschedule"), "organizer_email": t.rec[1]},
            )
        elif mode == 2:  # recruiter moves to another day
            when = act_time(c, s)
            options = [when + timedelta(days=n) for n in range(1, 7)]
            options = [d for d in options if d.weekday() < 5 and d.date() != s.date()]
            after_s = [d for d in options if d.date() > s.date()]
            new2 = (after_s or options)[0].replace(hour=11, minute=0)
            mv = t.reply("move", when, D2=wd(lang, new2), T2=tshort(lang, new2))
            raw = direct(
                f"{f}/{lang}",
                mv,
                text=chain_text("outlook" if i % 2 else "gmail", lang, [o, p, c, mv]),
            )
            add(
                f,
                "moved_other_day",
                lang,
                raw,
                "Recruiter moves the confirmed slot to another weekday and hour, old and new restated.",
                {**slot_label(new2, mv.sent, kind="reschedule"), "organizer_email": t.rec[1]},
            )
        else:  # candidate asks, forwarded by the candidate before any answer
            a = t.reply("cand_push", act_time(c, s), frm=ME, T2=t2)
            inner = chain_text("gmail", lang, [o, p, c, a])
            raw = fwd(
                f"{f}/{lang}",
                lang,
                "gmail",
                a,
                inner,
                "asked to move it, no answer yet" if base(lang) == "en" else notes(lang)[0],
            )
            add(
                f,
                "asked_push_forwarded",
                lang,
                raw,
                "The candidate's own request to push, forwarded before any answer; unconfirmed.",
                NEG,
            )
    t = make_thread("en", 30, f)
    o, p = t.offer(), t.pick_msg()
    c = t.reply("restate", later(p.sent, 1.5))
    s = t.chosen
    new = s.replace(hour=16, minute=0) if s.hour < 15 else s.replace(hour=11, minute=0)
    a = t.reply("cand_push", act_time(c, s), frm=ME, T2=tshort("en", new))
    ok = t.reply("push_ok", later(a.sent, 0.8), T2=tshort("en", new))
    inner = chain_text("gmail", "en", [o, p, c, a, ok])
    raw = fwd(f"{f}/en/okfwd", "en", "gmail", ok, inner, "they moved it, please update")
    add(
        f,
        "push_agreed_forwarded",
        "en",
        raw,
        "Forwarded: candidate asked to push, recruiter agreed; the new hour holds.",
        {**slot_label(new, later(ok.sent, 1.3), kind="reschedule"), "original_sender": t.rec[1]},
    )


def build_cancel() -> None:
    f = "slotcancel41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f)
        o, p = t.offer(), t.pick_msg()
        c = t.reply("restate" if i % 2 else "seeyou", later(p.sent, 1.5))
        x = t.reply("cancel", act_time(c, t.chosen))
        style = "outlook" if i % 3 == 1 else "gmail"
        msgs = [o, p, c, x]
        if i % 4 == 3:
            raw = fwd(
                f"{f}/{lang}", lang, "gmail", x, chain_text(style, lang, msgs), notes(lang)[0]
            )
            label = {
                **slot_label(t.chosen, later(x.sent, 1.3), kind="cancellation"),
                "original_sender": t.rec[1],
            }
        else:
            raw = direct(f"{f}/{lang}", x, text=chain_text(style, lang, msgs))
            label = {
                **slot_label(t.chosen, x.sent, kind="cancellation"),
                "organizer_email": t.rec[1],
            }
        add(
            f,
            "cancel_confirmed_slot",
            lang,
            raw,
            f"Recruiter cancels the confirmed slot naming weekday and hour ({style} quoting).",
            label,
        )


def build_thanks() -> None:
    f = "slotthanks41"
    for i, lang in enumerate(ALL):
        t = make_thread(lang, i, f)
        o, p = t.offer(), t.pick_msg()
        c = t.reply("restate", later(p.sent, 1.5))
        after = t.chosen + timedelta(hours=2, minutes=10)
        th = t.reply("thanks_r", after) if i % 2 == 0 else t.reply("thanks_c", after, frm=ME)
        style = "outlook" if i % 3 == 2 else "gmail"
        if i % 5 == 4:
            raw = fwd(
                f"{f}/{lang}",
                lang,
                "gmail",
                th,
                chain_text(style, lang, [o, p, c, th]),
                notes(lang)[0],
            )
        else:
            raw = direct(f"{f}/{lang}", th, text=chain_text(style, lang, [o, p, c, th]))
        add(
            f,
            "thanks_after",
            lang,
            raw,
            "Newest message is a thank-you sent after the interview; the confirmed slot is only in the quoted history.",
            NEG,
        )


def build_html() -> None:
    f = "slothtml41"
    for i, lang in enumerate(ALL[:10]):
        style = "gmail" if i % 2 == 0 else "outlook"
        var = ["restate", "ordinal", "restate", "seeyou", "hourone"][i % 5]
        if var in ("ordinal", "hourone"):
            t = make_thread(lang, i, f, pick=0 if var == "ordinal" else 2)
            o, p = t.offer(), t.pick_msg(any_=True)
        else:
            t = make_thread(lang, i, f)
            o, p = t.offer(), t.pick_msg()
        c = t.reply(var, later(p.sent, 1.8))
        msgs = [o, p, c]
        h = chain_html(style, lang, msgs)
        both = i % 3 == 0
        raw = direct(f"{f}/{lang}", c, text=chain_text(style, lang, msgs) if both else None, html=h)
        add(
            f,
            f"{style}_{var}",
            lang,
            raw,
            f"{'HTML+text' if both else 'HTML-only'} {style} thread ending in a '{var}' confirmation; history in {'blockquote.gmail_quote' if style == 'gmail' else 'divRplyFwdMsg blocks'}.",
            {**slot_label(t.chosen, c.sent), "organizer_email": t.rec[1]},
        )
    t = make_thread("de", 12, f)
    o, p = t.offer(), t.pick_msg()
    raw = direct(f"{f}/de/pick", p, html=chain_html("outlook", "de", [o, p]))
    add(
        f,
        "outlook_pick_only",
        "de",
        raw,
        "Negative: HTML reply where only the candidate picks a slot.",
        NEG,
    )


BUILDERS: list[Callable[[], None]] = [
    build_offer,
    build_pick,
    build_restate,
    build_ordinal,
    lambda: build_fwd("slotfwdgmail41", ["gmail"]),
    lambda: build_fwd("slotfwdoutlook41", ["outlook"]),
    lambda: build_fwd("slotfwdapple41", ["apple", "tb"]),
    build_push,
    build_cancel,
    build_thanks,
    build_html,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the threads41 batch (`build_threads41.py`)",
        "",
        "The life of one interview slot in mail threads: offers, the candidate's pick, brief "
        "confirmations that restate only a weekday and an hour or name 'the first option' / "
        "'the 3pm one', forwards by the candidate with top-posted notes, moves asked and "
        "confirmed, cancellations and thank-yous after the interview. All text is ours; people, "
        "companies, addresses and links are made up. Quote attribution lines (Gmail, Apple "
        "Mail), Outlook From/Sent/To/Subject blocks and the Gmail, Apple Mail and Thunderbird "
        "forward header blocks in each language are recalled from the clients' output, not "
        "re-read from a source. No third-party text is copied. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('threads41 coin').sample(sorted(FAMILIES), 4)` before anything was "
        "parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "First measurement (before any parser change): dev slots right 38/56 (21 sure), "
        "negatives claimed 16/35; held out slots right 22/32, negatives claimed 2/17. After the "
        "threads41 parser changes (listed options, the candidate's pick, a reply settling on a "
        "quoted option): dev 55/56 (53 sure), 0/35; held out 26/32, 1/17 (held-out files never "
        "looked at).",
        "",
        "Label rules used: an offer of several slots, an open poll, the candidate's own pick and "
        "an unanswered request to move are `not_invitation`; a recruiter's confirmation is an "
        "`invitation` with the confirmed slot (weekdays in quoted text resolved against the "
        "quoted message's date); a move the recruiter confirms is `reschedule` with the new "
        "slot; a cancellation names the cancelled slot; a thank-you after the interview is "
        "`not_invitation`. No zone is stated anywhere, so slots carry `tz_stated: false` and "
        "the offset of the message's Date header; ends are not labelled.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_threads41.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
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
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-threads41.md", provenance(CASES))
    print(f"{len(CASES)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
