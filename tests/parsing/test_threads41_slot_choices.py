"""The life of one slot in a thread (threads41): several slots offered, one picked, the pick
confirmed in a line that restates nothing ("let's go with the first option", "the 3pm one
works for us", "confirmed, see you then").

What the user notices: an offer of several slots and the candidate's own pick never go to the
calendar (nobody has settled on a time yet); the recruiter's closing line puts in the slot it
settles on among the quoted ones, not the first time quoted.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

RECRUITER = "Rita Voss <rita.voss@harbourline.example>"
ME = "Alex Morgan <alex.morgan@mailbox.example>"
SENT = "Mon, 12 Oct 2026 10:05:00 +0200"

# three options, each on its own row with its end
ROWS = {
    "en": [
        "- Wednesday 14 October, 2:00pm-2:45pm",
        "- Thursday 15 October, 11:00am-11:45am",
        "- Friday 16 October, 9:30am-10:15am",
    ],
    "de": [
        "- Mittwoch, 14. Oktober, 14:00-14:45 Uhr",
        "- Donnerstag, 15. Oktober, 11:00-11:45 Uhr",
        "- Freitag, 16. Oktober, 09:30-10:15 Uhr",
    ],
    "fr": [
        "- mercredi 14 octobre, 14h00-14h45",
        "- jeudi 15 octobre, 11h00-11h45",
        "- vendredi 16 octobre, 9h30-10h15",
    ],
    "es": [
        "- miércoles 14 de octubre, 14:00-14:45",
        "- jueves 15 de octubre, 11:00-11:45",
        "- viernes 16 de octubre, 9:30-10:15",
    ],
    "it": [
        "- mercoledì 14 ottobre, 14:00-14:45",
        "- giovedì 15 ottobre, 11:00-11:45",
        "- venerdì 16 ottobre, 9:30-10:15",
    ],
    "nl": [
        "- woensdag 14 oktober, 14.00-14.45",
        "- donderdag 15 oktober, 11.00-11.45",
        "- vrijdag 16 oktober, 09.30-10.15",
    ],
    "da": [
        "- onsdag den 14. oktober, 14.00-14.45",
        "- torsdag den 15. oktober, 11.00-11.45",
        "- fredag den 16. oktober, 09.30-10.15",
    ],
}
STARTS = [(14, 14, 0), (15, 11, 0), (16, 9, 30)]
ASK = {
    "en": "We would love to meet you for an interview. Please let me know which slot you prefer:",
    "de": "Wir möchten Sie gern zum Vorstellungsgespräch einladen. Welcher Termin ist Ihnen lieb?",
    "fr": "Nous aimerions vous rencontrer en entretien. Quel créneau préférez-vous ?",
    "es": "Nos gustaría hacerte una entrevista. ¿Qué hueco prefieres?",
    "it": "Vorremmo invitarti a un colloquio. Quale orario preferisci?",
    "nl": "We nodigen je graag uit voor een gesprek. Welk tijdstip heeft je voorkeur?",
    "da": "Vi vil gerne invitere dig til en jobsamtale. Hvilket tidspunkt foretrækker du?",
}


def offer(lang: str) -> str:
    return f"Hello,\n\n{ASK[lang]}\n\n" + "\n".join(ROWS[lang]) + "\n\nRita Voss\n"


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.strip().split("\n"))


@pytest.mark.parametrize("lang", sorted(ROWS))
def test_an_offer_of_listed_slots_is_not_claimed(lang: str) -> None:
    raw = plain_mail("Interview", offer(lang), sender=RECRUITER, to=ME, date=SENT)
    assert not claimed(raw)


def test_a_forwarded_offer_is_not_claimed_for_the_clock_in_the_forward_header() -> None:
    body = (
        "which one should I take?\n\n---------- Forwarded message ---------\n"
        f"From: {RECRUITER}\nDate: Mon, Oct 12, 2026 at 10:05 AM\nSubject: Interview\n"
        f"To: {ME}\n\n{offer('de')}"
    )
    raw = plain_mail(
        "Fwd: Interview",
        body,
        sender=ME,
        to="in@afterview.example",
        date="Mon, 12 Oct 2026 11:30:00 +0200",
    )
    assert not claimed(raw)


PICKS = {
    "en": "Thanks! Thursday at 11 works best for me.",
    "de": "Danke! Donnerstag um 11 Uhr passt mir am besten.",
    "fr": "Merci ! Jeudi à 11h me convient le mieux.",
    "es": "¡Gracias! El jueves a las 11:00 es lo que mejor me viene.",
    "it": "Grazie! Giovedì alle 11 è l'opzione migliore per me.",
    "nl": "Dank je! Donderdag om 11.00 uur komt mij het beste uit.",
    "da": "Tak! Torsdag kl. 11 passer mig bedst.",
}
ATTRIBUTION = "On Mon, Oct 12, 2026 at 10:05 AM Rita Voss <rita.voss@harbourline.example> wrote:"


@pytest.mark.parametrize("lang", sorted(PICKS))
def test_the_candidates_pick_among_offered_slots_is_not_claimed(lang: str) -> None:
    body = f"{PICKS[lang]}\n\nAlex\n\n{ATTRIBUTION}\n{quoted(offer(lang))}\n"
    raw = plain_mail(
        "Re: Interview", body, sender=ME, to=RECRUITER, date="Mon, 12 Oct 2026 12:40:00 +0200"
    )
    assert not claimed(raw)


def confirm(text: str, lang: str, pick: str | None = None) -> bytes:
    """The recruiter's closing line over the candidate's answer and the quoted offer."""
    answer = pick or "Any of them works for me.\n\nAlex"
    thread = f"{answer}\n\n{ATTRIBUTION}\n{quoted(offer(lang))}"
    alex = "On Mon, Oct 12, 2026 at 12:40 PM Alex Morgan <alex.morgan@mailbox.example> wrote:"
    body = f"{text}\n\nRita\n\n{alex}\n{quoted(thread)}\n"
    return plain_mail(
        "Re: Interview", body, sender=RECRUITER, to=ME, date="Mon, 12 Oct 2026 15:10:00 +0200"
    )


def wall(raw: bytes) -> tuple[int, int, int] | None:
    parsed = parse_message(raw)
    start = parsed.start
    if parsed.kind != "invitation" or not isinstance(start, datetime):
        return None
    return (start.day, start.hour, start.minute)


ORDINAL = {
    "en": "Thanks, let's go with the {} option then. Invite to follow.",
    "de": "Danke, dann nehmen wir den {} Termin. Die Einladung folgt.",
    "fr": "Merci, partons sur la {} proposition. L'invitation suit.",
    "es": "Gracias, nos quedamos con la {} opción. Te envío la invitación.",
}
ORDINAL_WORDS = {
    "en": ["first", "second", "third"],
    "de": ["ersten", "zweiten", "dritten"],
    "fr": ["première", "deuxième", "troisième"],
    "es": ["primera", "segunda", "tercera"],
}


@pytest.mark.parametrize("lang", sorted(ORDINAL))
@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_option_named_by_its_rank_is_the_slot(lang: str, index: int) -> None:
    raw = confirm(ORDINAL[lang].format(ORDINAL_WORDS[lang][index]), lang)
    assert wall(raw) == STARTS[index]


@pytest.mark.parametrize(
    ("lang", "text", "index"),
    [
        ("en", "Thanks, the 9:30am one works for us. I'll send the invite shortly.", 2),
        ("en", "Great, the 2pm one it is - invite to follow.", 0),
        ("fr", "Merci, le créneau de 9h30 nous convient. Je vous envoie l'invitation.", 2),
        ("it", "Grazie, quello delle 11 ci va benissimo. Ti mando subito l'invito.", 1),
        ("da", "Tak, tidspunktet kl. 14 passer os fint. Jeg sender invitationen om lidt.", 0),
    ],
)
def test_the_option_named_by_its_hour_is_the_slot(lang: str, text: str, index: int) -> None:
    assert wall(confirm(text, lang)) == STARTS[index]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Perfect, that's confirmed. See you then!"),
        ("de", "Perfekt, ist bestätigt. Bis dann!"),
        ("nl", "Prima, staat genoteerd. Tot dan!"),
    ],
)
def test_confirmed_see_you_then_is_the_candidates_quoted_pick(lang: str, text: str) -> None:
    raw = confirm(text, lang, pick=f"{PICKS[lang]}\n\nAlex")
    assert wall(raw) == STARTS[1]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, let me check with the panel which one works and come back to you.",
        "Would the first option still work for you?",
        "Could you do the 2pm one instead?",
    ],
)
def test_a_reply_that_settles_on_nothing_is_not_claimed(text: str) -> None:
    assert not claimed(confirm(text, "en"))


def test_the_clock_of_a_wrapped_attribution_is_no_option() -> None:
    """Gmail wraps a long attribution over two lines; its clock is when the quoted mail was
    sent, earlier than the reply, not a slot the reply settles on."""
    body = (
        "Danke, ich kläre das mit dem Team und melde mich um 17 Uhr.\n\nRita\n\n"
        "Am Mo., 12. Okt. 2026 um 12:40 Uhr schrieb Alex Morgan\n<alex.morgan@mailbox.example>:\n"
        "> ich könnte am Donnerstag, 15. Oktober, um 11 Uhr.\n"
    )
    raw = plain_mail(
        "AW: Gespräch", body, sender=RECRUITER, to=ME, date="Mon, 12 Oct 2026 15:10:00 +0200"
    )
    parsed = parse_message(raw)
    assert not claimed(raw)
    assert not (isinstance(parsed.start, datetime) and parsed.start.hour == 12)


# an offer of slots in the week after next: a bare weekday in the thread names the offered
# day, not the first such weekday after the mail that names it
LATER_ROWS = [
    "- Wednesday 21 October, 2:00pm-2:45pm",
    "- Thursday 22 October, 11:00am-11:45am",
    "- Friday 23 October, 9:30am-10:15am",
]


def _later_thread(top: str, pick: str) -> bytes:
    offer_text = "Hello,\n\nWhich slot suits you for the interview?\n\n" + "\n".join(LATER_ROWS)
    thread = f"{pick}\n\nAlex\n\n{ATTRIBUTION}\n{quoted(offer_text)}"
    alex = "On Mon, Oct 12, 2026 at 12:40 PM Alex Morgan <alex.morgan@mailbox.example> wrote:"
    body = f"{top}\n\nRita\n\n{alex}\n{quoted(thread)}\n"
    return plain_mail(
        "Re: Interview", body, sender=RECRUITER, to=ME, date="Tue, 13 Oct 2026 09:10:00 +0200"
    )


@pytest.mark.parametrize(
    "pick",
    ["Thursday at 11:00am works best for me.", "Thursday 11am suits me best, thanks."],
)
def test_a_confirmed_pick_by_weekday_is_the_offered_day(pick: str) -> None:
    assert wall(_later_thread("Perfect, that's confirmed. See you then!", pick)) == (22, 11, 0)


def test_a_move_of_the_picked_weekday_keeps_the_offered_day() -> None:
    top = "Small change: can we push Thursday to 3pm instead? I've already moved the invite."
    parsed = parse_message(_later_thread(top, "Thursday at 11:00am works best for me."))
    assert isinstance(parsed.start, datetime), parsed
    assert (parsed.start.day, parsed.start.hour) == (22, 15), parsed
