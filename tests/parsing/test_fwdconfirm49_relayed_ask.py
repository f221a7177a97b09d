# ruff: noqa: E501 (each language's sentences read best whole)
"""A slot only asked about in a mail someone else passes on, with nothing above it that agrees
to it, is not set (fwdconfirm49): a client asks an agency "Could Alex do Tuesday at 15:00?",
the agency forwards it with "let me know if that suits", the user forwards that on with
"should I accept?". The same relay whose note confirms, a relay of a slot the client set,
and the user's own forward of an ask written to them stay invitations; and a newer layer
that only adds a second option ("if Tuesday doesn't suit, Wednesday at 11:00 is also
possible") leaves the choice open."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

# (the client's one-slot question to the agency, a slot the client set, Date offset)
ASKS = {
    "en": ("Could Alex do Tuesday 16 June at 15:00 for a first interview?", "We have booked Alex in for Tuesday 16 June at 15:00 for the first interview.", "+0100"),
    "en-us": ("Can we pencil in Alex Morgan for Tuesday, June 16 at 3:00 PM for the panel?", "I've booked Alex Morgan for Tuesday, June 16 at 3:00 PM with the panel and sent the invite.", "-0400"),
    "de": ("Wäre Dienstag, 16. Juni, um 15 Uhr für Herrn Morgan möglich?", "Wir haben Herrn Morgan für Dienstag, 16. Juni, um 15 Uhr zum Vorstellungsgespräch eingeplant.", "+0200"),
    "fr": ("Alex Morgan serait-il disponible mardi 16 juin à 15 h pour un entretien ?", "Nous recevons Alex Morgan en entretien mardi 16 juin à 15 h.", "+0200"),
    "es": ("¿Podría Alex venir el martes 16 de junio a las 15:00 a una entrevista?", "Hemos reservado el martes 16 de junio a las 15:00 para la entrevista con Alex.", "+0200"),
    "it": ("Potremmo fissare Alex Morgan per martedì 16 giugno alle 15:00?", "Confermiamo il colloquio con Alex Morgan per martedì 16 giugno alle 15:00.", "+0200"),
    "pt": ("O Alex teria disponibilidade na terça, 16 de junho, às 15h, para uma entrevista?", "Agendamos a entrevista do Alex para terça, 16 de junho, às 15h.", "-0300"),
    "sv": ("Kan vi boka in Alex Morgan på tisdag 16 juni kl. 15.00?", "Vi har bokat in Alex Morgan på tisdag 16 juni kl. 15.00 för en intervju.", "+0200"),
}  # fmt: skip

# the passer's note: asks the reader, points below, agrees to nothing
PASSES = [
    "Hi Alex,\n\nGood news - they would like to meet you, see below. Have a think and let me know if that time suits.",
    "Hallo Herr Morgan,\n\nunten die Rückmeldung des Kunden. Geben Sie mir kurz Bescheid, ob Ihnen das passt?",
    "Oi Alex,\n\nveja abaixo. Me avisa se esse horário funciona pra você.",
    "Hi Alex,\n\nHeads-up on what the team is thinking (see below). Are you free around then?",
    "Bonjour Alex,\n\nVoici le retour de notre client ci-dessous. Dites-moi si ce créneau vous convient.",
]
# the passer's note that agrees to the asked slot
AGREES = [
    "Hi Alex,\n\nI've told them that works - it's confirmed, see you then!",
    "Hallo Herr Morgan,\n\nich habe zugesagt, der Termin ist bestätigt.",
]
# the user's own note on top
NOTES = [
    "",
    "FYI",
    "Should I accept? Any advice?",
    "Was meinst du - soll ich zusagen?",
    "O que você acha? Aceito?",
]


def _block(sender: str, to: str, subject: str) -> str:
    return (
        f"---------- Forwarded message ---------\nFrom: {sender}\n"
        f"Date: Mon, Jun 8, 2026 at 9:40 AM\nSubject: {subject}\nTo: {to}\n"
    )


def _relay(inner: str, passer_note: str, user_note: str, offset: str) -> bytes:
    client, agency = "Ben Hartley <ben@client.example>", "Nadia Okafor <nadia@agency.example>"
    text = (
        (f"{user_note}\n\n" if user_note else "")
        + _block(agency, "Alex Morgan <alex@mailbox.example>", "Fwd: Alex Morgan")
        + f"\n{passer_note}\n\nNadia\n\n"
        + _block(client, agency, "Alex Morgan")
        + f"\nHi Nadia,\n\n{inner}\n\nBen Hartley\nClient Ltd\n"
    )
    return plain_mail(
        "Fwd: Fwd: Alex Morgan",
        text,
        sender="Alex Morgan <alex@mailbox.example>",
        to="in+inbox@afterview.example",
        date=f"Mon, 08 Jun 2026 12:30:00 {offset}",
    )


def _claimed(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in ("invitation", "reschedule") and parsed.confidence >= 0.5


langs = st.sampled_from(sorted(ASKS))


@settings(max_examples=30, deadline=None)
@given(langs, st.sampled_from(PASSES), st.sampled_from(NOTES))
def test_a_relayed_question_nobody_agreed_to_is_not_set(lang: str, passed: str, note: str) -> None:
    ask, _, offset = ASKS[lang]
    assert not _claimed(_relay(ask, passed, note, offset))


# the asks that name the meeting as an interview or panel (the others read as a booking or
# a notice whatever their relay says, on main too)
NAMED = st.sampled_from(["en", "en-us", "es", "fr", "pt"])


@settings(max_examples=12, deadline=None)
@given(NAMED, st.sampled_from(AGREES))
def test_a_relay_that_agrees_to_the_asked_slot_sets_it(lang: str, agreed: str) -> None:
    ask, _, offset = ASKS[lang]
    assert _claimed(_relay(ask, agreed, "", offset))


@settings(max_examples=12, deadline=None)
# (an agency's "notre client" reads as the client's own interview, and "a entrevista do Alex"
# as another person's, on main too: left to those checks)
@given(
    st.sampled_from(sorted(set(ASKS) - {"pt"})),
    st.sampled_from(PASSES[:4]),
    st.sampled_from(NOTES[:2]),
)
def test_a_relayed_slot_the_client_set_stays_set(lang: str, passed: str, note: str) -> None:
    _, booked, offset = ASKS[lang]
    parsed = parse_message(_relay(booked, passed, note, offset))
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour) == (16, 15)


@settings(max_examples=8, deadline=None)
@given(langs)
def test_the_users_own_forward_of_a_question_to_them_is_unchanged(lang: str) -> None:
    """An ask written to the reader and forwarded by the reader alone is read as the mail
    itself is (an invitation held at its own confidence): no one else passed it on."""
    ask, _, offset = ASKS[lang]
    inner = f"Hi Alex,\n\n{ask.replace('Alex Morgan', 'you').replace('Alex', 'you')}\n\nBen Hartley\nClient Ltd\n"
    direct = plain_mail(
        "Alex Morgan",
        inner,
        sender="Ben Hartley <ben@client.example>",
        to="Alex Morgan <alex@mailbox.example>",
        date=f"Mon, 08 Jun 2026 09:40:00 {offset}",
    )
    forwarded = plain_mail(
        "Fwd: Alex Morgan",
        "FYI\n\n"
        + _block(
            "Ben Hartley <ben@client.example>", "Alex Morgan <alex@mailbox.example>", "Alex Morgan"
        )
        + f"\n{inner}",
        sender="Alex Morgan <alex@mailbox.example>",
        to="in+inbox@afterview.example",
        date=f"Mon, 08 Jun 2026 12:30:00 {offset}",
    )
    assert _claimed(direct) == _claimed(forwarded)


# the employer's newer layer adds a second option to the one asked below it
SECOND = {
    "en": "Sorry, one more thing - if Tuesday doesn't suit, Wednesday 17 June at 11:00 is also possible.",
    "de": "Noch ein Nachtrag: Falls Dienstag nicht passt, wäre auch Mittwoch, 17. Juni, um 11 Uhr möglich.",
    "fr": "Petite précision : si mardi ne vous convient pas, mercredi 17 juin à 11 h est aussi possible.",
    "es": "Por cierto, si el martes no te va bien, el miércoles 17 de junio a las 11:00 también sería posible.",
}  # fmt: skip


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(sorted(SECOND)))
def test_a_second_option_added_leaves_the_choice_open(lang: str) -> None:
    text = (
        f"{SECOND[lang]}\n\nOwen\n\n"
        "On Mon, 8 Jun 2026 at 14:00, Owen Price <owen@homes.example> wrote:\n"
        "> Hi Alex,\n>\n> Would Tuesday 16 June at 14:00 work for you for an interview?\n>\n> Owen\n"
    )
    raw = plain_mail(
        "Fwd: Re: Interview",
        "see below\n\n"
        + _block(
            "Owen Price <owen@homes.example>", "Alex Morgan <alex@mailbox.example>", "Re: Interview"
        )
        + f"\n{text}",
        sender="Alex Morgan <alex@mailbox.example>",
        to="in+inbox@afterview.example",
        date="Mon, 08 Jun 2026 16:00:00 +0200",
    )
    assert not _claimed(raw)


def test_the_also_possible_words_stay_linear() -> None:
    """The words that offer a second time are read over the reply's opening: days and
    clocks that never reach them cost work in proportion to their length."""
    from service.parsing.lexicon import ALTERNATIVES_CUES

    assert_linear(scans(ALTERNATIVES_CUES), repeated("Tuesday 10:00 Dienstag 15 Uhr mardi 14h "))


@settings(max_examples=8, deadline=None)
@given(langs)
def test_a_forward_passed_on_again_with_a_bare_note_reads_as_it_did(lang: str) -> None:
    """The user's "FYI" forward of an ask written to them, passed on again under "Can you
    add this one please?", asks the reader nothing new: it reads as the first forward did
    (the wrappers of test_forward_wrappers)."""
    ask, _, offset = ASKS[lang]
    inner = f"Hi Ada,\n\n{ask.replace('Alex Morgan', 'you').replace('Alex', 'you')}\n\nBen\n"
    once = (
        "FYI\n\n"
        + _block("Ben Hartley <ben@client.example>", "Ada Byron <ada@mail.example>", "Interview")
        + f"\n{inner}"
    )
    first = plain_mail(
        "Fwd: Interview",
        once,
        sender="Ada Byron <ada@mail.example>",
        to="in+inbox@afterview.example",
        date=f"Mon, 08 Jun 2026 12:30:00 {offset}",
    )
    again = plain_mail(
        "Fwd: Fwd: Interview",
        "Can you add this one please?\n\n"
        + _block("Ada Byron <ada@mail.example>", "in+inbox@afterview.example", "Fwd: Interview")
        + f"\n{once}",
        sender="Sam Lee <sam.lee@mailbox.example>",
        to="in+inbox@afterview.example",
        date=f"Mon, 08 Jun 2026 13:30:00 {offset}",
    )
    assert _claimed(first) == _claimed(again)
