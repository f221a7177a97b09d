"""Mail whose reader is not the candidate is not claimed; the candidate's own mail still is.

What a user notices:
- an agency's note to its client about "your candidate" / "our candidate" named in the third
  person ("your candidate for the Planner post, Victor Hale, has confirmed Thursday at 3pm",
  "la candidata que os enviamos, Irene Soler, irá el martes a las 10:00") does not land in the
  client's calendar as their own interview, while the agency's mail telling the candidate
  "you'll meet Victor Hale on Thursday at 3pm" does;
- a relative or friend forwarding their own invitation with a note that greets nobody by name
  ("Look, I got it! Could you feed the cat?") is theirs, not the reader's, even when the
  invitation greets a surname the family shares; the same forward handed over as the
  reader's ("this reached my inbox, it's yours") and the user's own forward to their
  Afterview inbox stay invitations.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import candidate_told_of, reader_tokens
from tests.parsing.mailkit import claimed, plain_mail

DANA = "Dana Whitlock <dana.whitlock@mailbox.example>"
DATE = "Mon, 11 Jan 2027 09:14:00 +0000"


def test_an_agencys_note_about_your_candidate_is_not_the_clients_interview() -> None:
    raw = plain_mail(
        "Confirmed: Victor Hale on Thursday",
        "Hello Dana,\n\nYour candidate for the Logistics Planner post, Victor Hale, has "
        "confirmed Thursday 14 January at 3pm at your Bristol depot.\n\nSpeak after,\n"
        "Owen Price\nPrice & Daughters Recruitment",
        sender="Owen Price <owen@price-daughters.example>",
        to=DANA,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5
    assert any("third person" in warning for warning in parsed.warnings)


def test_a_spanish_agency_note_about_the_candidate_is_not_claimed() -> None:
    raw = plain_mail(
        "Entrevista de Irene Soler",
        "Hola Dana:\n\nLa candidata que os enviamos, Irene Soler, irá el martes 19 de enero a "
        "las 10:00 a vuestra oficina de Valencia.\n\nSaludos,\nRoberto",
        sender="Roberto Gil <roberto@gil-talento.example>",
        to=DANA,
        date=DATE,
    )
    assert not claimed(raw)


def test_the_agency_telling_the_candidate_whom_they_meet_is_claimed() -> None:
    raw = plain_mail(
        "Your interview on Thursday",
        "Hello Dana,\n\nGood news: you'll meet Victor Hale, their Head of Planning, on "
        "Thursday 14 January at 3pm at the Bristol depot.\n\nGood luck!\nOwen",
        sender="Owen Price <owen@price-daughters.example>",
        to=DANA,
        date=DATE,
    )
    assert claimed(raw)


def test_our_candidate_named_as_the_reader_is_the_readers_own() -> None:
    raw = plain_mail(
        "Thursday confirmed",
        "Hello Dana,\n\nI've told Harbour Foods that our candidate Dana Whitlock will come on "
        "Thursday 14 January at 3pm.\n\nOwen",
        sender="Owen Price <owen@price-daughters.example>",
        to=DANA,
        date=DATE,
    )
    assert candidate_told_of("Thursday confirmed", raw.decode(), reader_tokens(DANA)) is None


NAMES = ["Victor Hale", "Irene Soler", "Jonas Brink", "Maud Lefort", "Tessa Ruiz"]
SHAPES = [
    "our candidate {name} will come on Thursday at 15:00",
    "the candidate for the Planner post, {name}, has confirmed Thursday at 15:00",
    "unser Kandidat {name} kommt am Donnerstag um 15 Uhr",
    "notre candidate, {name}, viendra jeudi à 15h",
]


@settings(max_examples=25, deadline=None)
@given(name=st.sampled_from(NAMES), shape=st.sampled_from(SHAPES))
def test_a_candidate_named_in_the_third_person_is_never_the_reader(name: str, shape: str) -> None:
    """The same sentence is someone else's for another reader and never for the candidate."""
    body = f"Hello,\n\n{shape.format(name=name)}.\n"
    own = reader_tokens(f"{name} <x@mailbox.example>")
    assert candidate_told_of("Update", body, own) is None
    assert candidate_told_of("Update", body, reader_tokens(DANA)) is not None


def _relative_forward(note: str, greeting: str, *, to: str = DANA) -> bytes:
    return plain_mail(
        "Fwd: Interview invitation",
        f"{note}\n\n---------- Forwarded message ---------\n"
        "From: Recruiting <jobs@kestrel-print.example>\n"
        "Date: Fri, 8 Jan 2027 at 10:02\n"
        "Subject: Interview invitation\n"
        "To: Ruth Whitlock <ruth.whitlock@mailbox.example>\n\n"
        f"{greeting}\n\nWe would like to invite you to an interview on Thursday 21 January "
        "2027 at 10:00 at our works on Mill Lane.\n\nKind regards,\nKestrel Print",
        sender="Ruth Whitlock <ruth.whitlock@mailbox.example>",
        to=to,
        date=DATE,
    )


def test_a_relatives_own_invitation_forwarded_without_a_name_greeting_is_not_claimed() -> None:
    raw = _relative_forward(
        "Look, I got it! Could you feed the cat that morning?", "Dear Ms Whitlock,"
    )
    parsed = parse_message(raw)
    assert parsed.confidence < 0.5
    assert any("forwarder's own invitation" in warning for warning in parsed.warnings)


def test_the_same_forward_handed_over_as_the_readers_is_claimed() -> None:
    raw = _relative_forward("This reached my inbox - it's yours!", "Dear Mx Whitlock,")
    assert claimed(raw)


def test_the_users_own_forward_to_the_afterview_inbox_is_claimed() -> None:
    raw = plain_mail(
        "Fwd: Interview invitation",
        "---------- Forwarded message ---------\n"
        "From: Recruiting <jobs@kestrel-print.example>\n"
        "Date: Fri, 8 Jan 2027 at 10:02\n"
        "Subject: Interview invitation\n"
        "To: Dana Whitlock <dana.whitlock@mailbox.example>\n\n"
        "Dear Ms Whitlock,\n\nWe would like to invite you to an interview on Thursday 21 "
        "January 2027 at 10:00 at our works on Mill Lane.\n\nKind regards,\nKestrel Print",
        sender=DANA,
        to="Afterview <in+inbox@afterview.example>",
        date=DATE,
    )
    assert claimed(raw)
