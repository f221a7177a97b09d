"""The user's own reply, forwarded to Afterview, over a slot the employer had already set.

README 'Replies over a quoted time' and 'The user's own reply': a thank-you or a "see you
Tuesday" over a time that was already set sets nothing new (not_invitation), while the same
closing words over the employer's one-slot question take that slot (an invitation). The
forward of the employer's own mail is still passed on for its slot (ownnote51).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
HOOK = "Afterview <in@afterview.example>"

# (employer, its mail setting the slot, its mail asking about the same slot, the user's
# closing words, the client's forward head, the reply line above the quote)
CASES = {
    "en": (
        "Megan Grant <megan@lakeshore.example.com>",
        "Great news - we've booked your interview for Thursday, November 19 at 2:00 PM.",
        "Would Thursday, November 19 at 2:00 PM work for an interview?",
        "---------- Forwarded message ---------",
        "On Tue, Nov 10, 2026 at 10:30 AM Megan Grant <megan@lakeshore.example.com> wrote:",
    ),
    "de": (
        "Sabine Roth <s.roth@lindner.example.de>",
        "wir bestätigen Ihnen das Vorstellungsgespräch am Donnerstag, 19. November um 14:00 Uhr.",
        "hätten Sie am Donnerstag, 19. November um 14:00 Uhr Zeit für ein Gespräch?",
        "________________________________",
        "Am Di., 10. Nov. 2026 um 10:30 Uhr schrieb Sabine Roth <s.roth@lindner.example.de>:",
    ),
    "es": (
        "Pablo Navarro <pnavarro@alcor.example.es>",
        "Queda confirmada tu entrevista el jueves 19 de noviembre a las 14:00.",
        "¿Te vendría bien una entrevista el jueves 19 de noviembre a las 14:00?",
        "-------- Mensaje reenviado --------",
        "El 10/11/26 a las 10:30, Pablo Navarro escribió:",
    ),
}
CLOSINGS = {
    "en": ["Got it, thanks. See you then!", "Thanks for confirming, see you Thursday!"],
    "de": ["Herzlichen Dank, ich freue mich auf Donnerstag.", "Danke, bis Donnerstag!"],
    "es": ["¡Perfecto, muchas gracias! Nos vemos el jueves.", "Gracias, hasta el jueves."],
}
AGREES = {
    "en": "Yes, that works for me. See you then!",
    "de": "Ja, das passt mir gut. Bis dann!",
    "es": "¡Me viene perfecto! Nos vemos el jueves.",
}


def _own_forward(lang: str, employer_text: str, reply: str) -> bytes:
    employer, _, _, head, attribution = CASES[lang]
    quoted = "\n".join(f"> {line}" for line in employer_text.split("\n"))
    body = (
        f"{head}\nFrom: {ME}\nDate: Tue, 10 Nov 2026 at 11:15\nSubject: Re: Interview\n"
        f"To: {employer}\n\n{reply}\n\nAlex\n\n{attribution}\n{quoted}\n"
    )
    return plain_mail(
        "Fwd: Re: Interview",
        body,
        sender=ME,
        to=HOOK,
        date="Tue, 10 Nov 2026 11:24:00 +0100",
    )


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(CASES)), pick=st.integers(0, 1))
def test_own_thanks_over_a_set_slot_is_not_claimed(lang: str, pick: int) -> None:
    raw = _own_forward(lang, CASES[lang][1], CLOSINGS[lang][pick])
    assert not claimed(raw)


# the one slot offered in a statement, with the question after it on its line
OFFERS = {
    "en": "We'd like to invite you on Thursday, November 19 at 2:00 PM. Does that suit you?",
    "de": "wir möchten Sie am Donnerstag, 19. November um 14:00 Uhr einladen. Passt Ihnen das?",
    "es": "Te proponemos el jueves 19 de noviembre a las 14:00. ¿Te va bien?",
}


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(CASES)), statement=st.booleans())
def test_own_yes_over_the_one_asked_slot_keeps_its_start(lang: str, statement: bool) -> None:
    raw = _own_forward(lang, OFFERS[lang] if statement else CASES[lang][2], AGREES[lang])
    parsed = parse_message(raw)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (19, 14)


def test_employers_own_mail_forwarded_with_a_note_stays_claimed() -> None:
    employer, setting, _, head, _ = CASES["en"]
    body = (
        f"for the tracker\n\n{head}\nFrom: {employer}\nDate: Tue, 10 Nov 2026 at 10:30\n"
        f"Subject: Interview booked\nTo: {ME}\n\nHi Alex,\n\n{setting}\n\nMegan\n"
    )
    raw = plain_mail(
        "Fwd: Interview booked",
        body,
        sender=ME,
        to=HOOK,
        date="Tue, 10 Nov 2026 11:24:00 -0600",
    )
    assert claimed(raw)
