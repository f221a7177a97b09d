# ruff: noqa: E501 (each language's sentences read best whole)
"""The writer is the one applying, in the first person, and the reader the one who chooses
(hirer49): a candidate agrees to, moves or cancels the slot the reader offered ("thank you
for considering my application - Thursday at 3pm suits me"), a student writes to the
professor, a tenant to the landlord, a freelancer to a client, a parent for their son "who
applied for the job at your shop". None of it is the reader's own interview. Controls: an
employer writing in the first person to the reader who applied ("thanks for your
application", "I'm available") stays claimed at the slot, and so does the user's own
application mail passed on, or quoted under the employer's yes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import _WRITER_APPLIES, writer_applies
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_from, plain_mail

SENT = "Tue, 01 Sep 2026 09:00:00 +0200"  # Thursday is 3 September
TO = "Alex Morgan <alex.morgan@mailbox.example>"
CANDIDATE = "Robin Vidal <robin.vidal@mailbox.example>"
EMPLOYER = "Kim Berg <kim@bergs-deli.example>"
CLAIMING = ("invitation", "reschedule", "cancellation")

# the writer applying, or speaking for the one who applies, and a slot with the reader
APPLICANT = {
    "en": (
        "Many thanks for reading my application. Thursday at 3pm is fine, I'll come to the shop.",
        "Thank you for considering me for the role. I'm afraid I must move our interview to Thursday at 3pm.",
        "I am writing for my daughter Noor, who applied for the summer job at your deli; she can come on Thursday at 3pm.",
    ),
    "de": (
        "danke für die Antwort auf meine Bewerbung. Donnerstag um 15 Uhr komme ich gern vorbei.",
        "ich habe mich letzte Woche bei Ihnen als Aushilfe beworben und kann am Donnerstag um 15 Uhr kommen.",
    ),
    "fr": (
        "merci d'avoir lu ma candidature : je passerai jeudi à 15h.",
        "je dois décaler notre entretien à jeudi à 15h ; je reste très motivé par le poste.",
    ),
    "es": ("gracias por leer mi candidatura. El jueves a las 15:00 me viene bien para la entrevista.",),
    "it": ("grazie per aver letto la mia candidatura: giovedì alle 15:00 va benissimo per il colloquio.",),
    "nl": ("dank voor je reactie op mijn sollicitatie. Donderdag om 15.00 uur kom ik graag langs voor het gesprek.",),
    "pt": ("obrigado por avaliar minha candidatura. Quinta-feira às 15h está ótimo para a entrevista.",),
    "pl": ("dziękuję za odpowiedź na moje CV. Przyjdę na rozmowę w czwartek o 15:00.",),
    "sv": ("tack för att du läste min ansökan. Torsdag kl. 15.00 passar bra för intervjun.",),
}  # fmt: skip
# the employer writing in the first person to the reader, who applied
EMPLOYER_SAYS = {
    "en": "thanks for your application and your CV. I'd like to invite you to an interview on Thursday at 3pm; I'm available by phone before then.",
    "de": "vielen Dank für Ihre Bewerbung und Ihren Lebenslauf. Ich lade Sie am Donnerstag um 15 Uhr zum Vorstellungsgespräch ein.",
    "fr": "merci pour votre candidature. Je vous invite à un entretien jeudi à 15h.",
    "es": "gracias por tu candidatura. Te invito a una entrevista el jueves a las 15:00.",
    "it": "grazie per la sua candidatura. La invito a un colloquio giovedì alle 15:00.",
    "nl": "bedankt voor je sollicitatie. Ik nodig je uit voor een gesprek op donderdag om 15.00 uur.",
    "pt": "obrigado pela sua candidatura. Convido você para uma entrevista na quinta-feira às 15h.",
    "sv": "tack för din ansökan. Välkommen på intervju torsdag kl. 15.00.",
}  # fmt: skip


def _claimed(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in CLAIMING and parsed.confidence >= 0.5


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(sorted(APPLICANT)), data=st.data())
def test_the_one_applying_writing_to_the_reader_is_not_their_interview(
    lang: str, data: st.DataObject
) -> None:
    sentence = data.draw(st.sampled_from(APPLICANT[lang]))
    body = f"Hello Alex,\n\n{sentence}\n\nRobin"
    raw = plain_mail("Interview", body, sender=CANDIDATE, to=TO, date=SENT)
    assert not _claimed(raw), (lang, sentence)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(sorted(EMPLOYER_SAYS)))
def test_the_employer_writing_in_the_first_person_is_the_readers(lang: str) -> None:
    body = f"Hello Alex,\n\n{EMPLOYER_SAYS[lang]}\n\nKim"
    raw = plain_mail("Interview", body, sender=EMPLOYER, to=TO, date=SENT)
    assert_claimed_from(raw, "2026-09-03T15:00")


def test_the_users_own_application_passed_on_stays_theirs() -> None:
    """The user forwards what they sent: the mail passed on is from the forwarder, and its
    "my application" is the user's; it reads as the same mail without those words."""
    readings = []
    for thanks in ("Thank you for considering my application. ", ""):
        body = (
            "For my calendar.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Alex Morgan <alex.morgan@mailbox.example>\n"
            "Date: Tue, Sep 1, 2026 at 8:40 AM\n"
            "Subject: Re: Interview\n"
            "To: Kim Berg <kim@bergs-deli.example>\n\n"
            f"Dear Kim,\n\n{thanks}Thursday 3 September at 3pm works for me for the "
            "interview - see you then.\n\nAlex\n"
        )
        raw = plain_mail(
            "Fwd: Re: Interview",
            body,
            sender="Alex Morgan <alex.morgan@mailbox.example>",
            to="Afterview <in@afterview.example>",
            date=SENT,
        )
        parsed = parse_message(raw)
        assert not any("the one applying" in note for note in parsed.warnings)
        readings.append((parsed.kind, parsed.start, parsed.confidence))
    assert readings[0] == readings[1]


def test_the_applicants_words_quoted_under_the_employers_yes_stay_theirs() -> None:
    body = (
        "Perfect, see you on Thursday 3 September at 3pm!\n\nKim\n\n"
        "On Mon, 31 Aug 2026 at 18:02, Alex Morgan <alex.morgan@mailbox.example> wrote:\n"
        "> Thank you for considering my application. Thursday at 3pm works for me.\n"
    )
    assert _claimed(plain_mail("Re: Interview", body, sender=EMPLOYER, to=TO, date=SENT))


def test_the_reader_named_as_the_candidate_is_theirs() -> None:
    reader = frozenset({"alex", "morgan"})
    text = "Candidate: Alex Morgan\nThank you for considering my application."
    assert writer_applies(text, reader) is None
    assert writer_applies("Thank you for considering my application.", reader) is not None
    # "your interview" speaks to the reader of their own
    assert writer_applies("My CV is attached; your interview is on Thursday.", reader) is None


def test_the_cues_stay_linear_on_hostile_text() -> None:
    """The bounded gaps ("who applied for … your", "habe mich … beworben") on their own
    words cost work in proportion to their length."""
    for unit in (
        "who applied for the ",
        "habe mich bei ",
        "weiterhin an der stelle ",
        "die sich bei ihnen ",
        "i'm still very keen on ",
    ):
        assert_linear(scans(_WRITER_APPLIES), repeated(unit), label=unit)
