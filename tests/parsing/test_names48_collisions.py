# ruff: noqa: E501 (each language's sentences read best whole)
"""Tokens that are no date or clock but look like one (names48): a person called Sam (French
"sam." is Saturday), Tor (Nordic Thursday) or Jan (January) beside the slot, a count written
as a range ("3-4 rounds", "2-3 Wochen"), a room or building number ("Room 10.30", "Raum
12.06") and a reference that holds a date ("REF 2026-11-03", "Az. 2026/11/03"). Added
anywhere to an invitation (subject, greeting, body, signature) they leave its kind, start
and end alone; a mail with only the token is no invitation. Controls: the same short words
as real days where the mail's language writes them ("Di 10 Uhr", "sam. 10h", "Jan 15 at
10am")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Tue, 01 Sep 2026 09:00:00 +0200"  # Thursday is 3 September
SENDER = "Kim Lee <kim.lee@acme-works.example>"

# (subject, greeting, sentence with the slot, sign-off): the slot is Thursday at 15:00
BASES = {
    "en": ("Interview", "Hi Alex,", "Your interview is on Thursday at 3pm with our team.", "Best regards,"),
    "de": ("Vorstellungsgespräch", "Hallo Alex,", "wir laden Sie am Donnerstag um 15 Uhr zum Vorstellungsgespräch ein.", "Viele Grüße"),
    "fr": ("Entretien", "Bonjour Alex,", "je vous propose un entretien jeudi à 15h.", "Cordialement,"),
    "es": ("Entrevista", "Hola Alex:", "te invito a una entrevista el jueves a las 15:00.", "Saludos,"),
    "it": ("Colloquio", "Ciao Alex,", "ti invito a un colloquio giovedì alle 15:00.", "Saluti,"),
    "nl": ("Sollicitatiegesprek", "Hoi Alex,", "ik nodig je uit voor een gesprek op donderdag om 15:00.", "Groet,"),
    "pt": ("Entrevista", "Olá Alex,", "convido você para uma entrevista na quinta-feira às 15h.", "Abraços,"),
    "pl": ("Rozmowa kwalifikacyjna", "Dzień dobry,", "zapraszam na rozmowę kwalifikacyjną w czwartek o 15:00.", "Pozdrawiam,"),
    "sv": ("Intervju", "Hej Alex,", "välkommen på intervju torsdag kl. 15.00.", "Hälsningar,"),
}  # fmt: skip

# names that are a short weekday in some language other than the mail's, written as a name
NAMES = ("Sam", "Tor", "Ven", "Dom", "Mer", "Gio", "Jeu", "Sab")
NAME_LANGS = {"Sam": "fr de", "Tor": "sv", "Ven": "fr it", "Dom": "es it pt", "Mer": "fr it", "Gio": "it", "Jeu": "fr", "Sab": "es it pt"}  # fmt: skip
# a count written as a range, in the mail's language
COUNTS = {
    "en": ("3-4 rounds", "2-3 weeks", "1-2 days"),
    "de": ("3-4 Runden", "2-3 Wochen", "1-2 Tage"),
    "fr": ("3-4 tours", "2-3 semaines", "1-2 jours"),
    "es": ("3-4 fases", "2-3 semanas", "1-2 días"),
    "it": ("3-4 incontri", "2-3 settimane", "1-2 giorni"),
    "nl": ("3-4 rondes", "2-3 weken", "1-2 dagen"),
    "pt": ("3-4 etapas", "2-3 semanas", "1-2 dias"),
    "pl": ("3-4 etapy", "2-3 tygodnie", "1-2 dni"),
    "sv": ("3-4 omgångar", "2-3 veckor", "1-2 dagar"),
}
# a number labelled as a room, a building or a reference
LABELLED = (
    "Room 10.30", "Raum 12.06", "sala 12.06", "No. 12.06", "salle 14.30", "sala 11.45", "lokaal 9.15", "Building 11.30",
    "REF 2026-11-03", "Ref. 2026/12/01", "Az. 2026/11/03", "Kenmerk: 2026-10-30", "Req #2026-11-03",
)  # fmt: skip
# a month word as a person's name, then a count
MONTH_NAMES = (
    "Jan 15 minutes before",
    "May 2 floors up",
    "Mar 3 years in the team",
    "June 20 minutes later",
)


def _mail(lang: str, extra: str = "", where: str = "") -> bytes:
    subject, greeting, slot, bye = BASES[lang]
    body = [greeting, "", slot, "", bye, "Kim Lee"]
    if where == "subject":
        subject = f"{subject} - {extra}"
    elif where == "greeting":
        body[0] = f"{greeting} {extra}."
    elif where == "body":
        body.insert(3, f"{extra}.")
    elif where == "signature":
        body.append(extra)
    elif where == "slot line":
        body[2] = f"{slot} {extra}."
    return plain_mail(subject, "\n".join(body), sender=SENDER, to="alex@mailbox.example", date=SENT)


def _reading(raw: bytes) -> tuple[str, str, str]:
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


WHERE = st.sampled_from(("subject", "greeting", "body", "signature", "slot line"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("lang", sorted(BASES))
def test_the_bases_are_thursday_at_three(lang: str) -> None:
    kind, start, _ = _reading(_mail(lang))
    assert kind == "invitation"
    assert start.startswith("2026-09-03T15:00")


@FAST
@given(st.sampled_from(sorted(BASES)), st.sampled_from(NAMES), WHERE)
def test_a_name_that_is_a_short_weekday_elsewhere_keeps_the_slot(
    lang: str, name: str, where: str
) -> None:
    if lang in NAME_LANGS[name].split():
        return  # in its own language the short word is a day (see the controls)
    extra = f"{name} 15:00 works best for the panel"
    assert _reading(_mail(lang, extra, where)) == _reading(_mail(lang))


@FAST
@given(st.sampled_from(sorted(BASES)), st.data(), WHERE)
def test_a_count_written_as_a_range_keeps_the_slot(
    lang: str, data: st.DataObject, where: str
) -> None:
    count = data.draw(st.sampled_from(COUNTS[lang]))
    assert _reading(_mail(lang, count, where)) == _reading(_mail(lang))


@FAST
@given(st.sampled_from(sorted(BASES)), st.sampled_from(LABELLED), WHERE)
def test_a_labelled_room_or_reference_number_keeps_the_slot(
    lang: str, token: str, where: str
) -> None:
    assert _reading(_mail(lang, token, where)) == _reading(_mail(lang))


@FAST
@given(st.sampled_from(MONTH_NAMES), WHERE)
def test_a_month_word_as_a_name_before_a_count_keeps_the_slot(token: str, where: str) -> None:
    assert _reading(_mail("en", f"You'll meet {token}", where)) == _reading(_mail("en"))


@FAST
@given(st.sampled_from([*LABELLED, *(f"{n} 15:00" for n in NAMES), *MONTH_NAMES, *COUNTS["en"]]))
def test_the_token_alone_is_no_invitation(token: str) -> None:
    body = f"Hi Alex,\n\nQuick note: {token}.\n\nCheers,\nKim"
    raw = plain_mail("Quick note", body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    assert not claimed(raw)


# controls: the short words are days in the mail's own language, or written as a date
CONTROLS = {
    "de Di": ("Kennenlernen", "Hallo Alex,\n\npasst dir Di 10 Uhr für ein erstes Gespräch?\n\nLG\nKim", "2026-09-08T10:00"),
    "de Do": ("Gespräch", "Hallo Alex,\n\nwie wäre es mit Do 14:00 für das Vorstellungsgespräch?\n\nGruß\nKim", "2026-09-03T14:00"),
    "fr sam.": ("Entretien", "Bonjour Alex,\n\nje vous propose l'entretien sam. 10h à la boutique.\n\nCordialement,\nKim", "2026-09-05T10:00"),
    "fr Sam": ("Entretien", "Bonjour Alex,\n\nentretien en boutique : Sam 10h, demandez Camille.\n\nCordialement,\nKim", "2026-09-05T10:00"),
    "en Jan 15": ("Interview Jan 15", "Hi Alex,\n\nYou're booked for Jan 15 at 10am with our VP of Product.\n\nBest,\nKim", "2027-01-15T10:00"),
    "en Fri": ("Interview", "Hi Alex,\n\nCould you do Fri 10am for the interview?\n\nBest,\nKim", "2026-09-04T10:00"),
    "en 3-4pm": ("Interview", "Hi Alex,\n\nYour interview is on Thursday, 3-4 pm.\n\nBest,\nKim", "2026-09-03T15:00"),
    "nl 14-15 uur": ("Gesprek", "Hoi Alex,\n\nje gesprek is donderdag 14-15 uur.\n\nGroet,\nKim", "2026-09-03T14:00"),
    "en room": ("Interview", "Hi Alex,\n\nYour interview is on Thursday 3 September at 10.30 in Room 4.\n\nBest,\nKim", "2026-09-03T10:30"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_controls_still_read_the_day(name: str) -> None:
    subject, body, start = CONTROLS[name]
    raw = plain_mail(subject, body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    kind, got, _ = _reading(raw)
    assert kind == "invitation"
    assert got.startswith(start)


def test_ranges_counted_after_stay_linear() -> None:
    """A hostile body of labels and counted ranges parses in linear time."""
    for unit, count in (
        ("Room 10.30 ", 90000),
        ("3-4 rounds ", 90000),
        ("REF 2026-11-03 ", 70000),
        ("Sam 10:00 ", 100000),
    ):
        assert_linear(parse_message, _mail_of(unit), len(unit) * count, label=unit)


def _mail_of(unit: str) -> Callable[[int], bytes]:
    def make(n: int) -> bytes:
        body = unit * (n // len(unit))
        return plain_mail("Interview", body, sender=SENDER, to="alex@mailbox.example", date=SENT)

    return make


@FAST
@given(
    st.sampled_from(("1:1", "one-on-one", "1-on-1", "one-to-one")),
    st.sampled_from(
        ("the hiring manager", "our recruiter", "Greg, the hiring manager", "the hiring team")
    ),
)
def test_a_one_to_one_with_the_hirer_is_an_invitation(word: str, hirer: str) -> None:
    """ "Your 1:1 with the hiring manager" names the candidate's talk; the clock "1:1" is no
    clock, and a 1:1 with one's own manager stays the workplace's routine (below)."""
    body = f"Hi Alex,\n\nNext step is your {word} with {hirer}. It's on Thursday, 3 September, 1:00-1:45 PM over Google Meet.\n\nBest,\nRachel"
    raw = plain_mail("Next step", body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    assert _reading(raw) == ("invitation", "2026-09-03T13:00:00+02:00", "2026-09-03T13:45:00+02:00")


def test_a_weekly_one_to_one_with_the_manager_is_not_claimed() -> None:
    body = "Hi Alex,\n\nMoving our weekly 1:1 to Thursday 2:00 this week, the planning review took my slot.\n\nGreg"
    raw = plain_mail(
        "1:1 moved to Thursday 2:00", body, sender=SENDER, to="alex@mailbox.example", date=SENT
    )
    assert not claimed(raw)


@pytest.mark.parametrize(
    "chain", ["2026-11-03", "Ref. 2026/11/03", "0800-11-03-45", "24/7 hotline", "case 2026-11-03"]
)
def test_an_hour_inside_a_dashed_number_starts_no_range(chain: str) -> None:
    """ "2026-11-03" holds "11-03", no clock range from 11 to 3 that would end an 11 o'clock
    interview at 15:00."""
    body = f"Hi Alex,\n\nYour interview is on Thursday at 11am in our office.\n\nBest regards,\nKim Lee\n{chain}"
    raw = plain_mail("Interview", body, sender=SENDER, to="alex@mailbox.example", date=SENT)
    assert _reading(raw) == ("invitation", "2026-09-03T11:00:00+02:00", "")
