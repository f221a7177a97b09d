# ruff: noqa: E501 (each language's sentences read best whole)
"""The reader hiring in private life (employer48): a family meets a nanny, a parent a tutor,
a household a cleaner or carer, a flat a new flatmate. The hired person stands beside their
role ("your interview with Rosa Lima (nanny)", "Nachhilfelehrerin Jana"), is called a
candidate for it ("candidata badante"), or the reader is asked whether to hire them ("if
you'd like to hire her"): the interview is not the reader's own, however much it says "your
interview". Controls: the reader applying for the same work is invited ("we'd like to meet
you as our new nanny"), and stays claimed at the slot."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing.lookalikes import _READER_HIRES, _ROLE_WORD, reader_is_hiring
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import assert_claimed_from, claimed, plain_mail

SENT = "Tue, 01 Sep 2026 09:00:00 +0200"  # Thursday is 3 September
TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Bureau Kim <hello@kids-bureau.example>"

# the hired person beside their role, in a sentence holding the slot (Thursday, 15:00)
HIRING = {
    "en": ("Your interview with {name} ({role}, five years' experience) is confirmed for Thursday at 3pm at your home.", ("nanny", "tutor", "dog walker", "housekeeper")),
    "de": ("Ihr Vorstellungsgespräch mit {name} ({role}) findet am Donnerstag um 15 Uhr bei Ihnen statt.", ("Kinderfrau", "Haushaltshilfe", "Tagesmutter")),
    "fr": ("Votre entretien avec {name} ({role} depuis dix ans) est prévu jeudi à 15h chez vous.", ("nounou", "femme de ménage", "aide à domicile")),
    "es": ("Su entrevista con {name} ({role}) será el jueves a las 15:00 en su casa.", ("niñera", "cuidadora", "canguro")),
    "it": ("Il colloquio con {name} ({role}) è fissato per giovedì alle 15:00 a casa vostra.", ("tata", "badante", "colf")),
    "nl": ("Jullie gesprek met {name} ({role}) staat op donderdag om 15.00 uur bij jullie thuis.", ("oppas", "gastouder", "schoonmaker")),
    "pl": ("Rozmowa z panią {name} ({role}) odbędzie się w czwartek o 15:00 u Państwa w domu.", ("niania", "opiekunka")),
    "sv": ("Er intervju med {name} ({role}) är på torsdag kl. 15.00 hemma hos er.", ("barnvakt", "hundvakt", "städare")),
    "pt": ("A sua entrevista com {name} ({role}) está marcada para quinta-feira às 15h na sua casa.", ("babá", "diarista")),
}  # fmt: skip
# the same work, the reader the one invited
APPLYING = {
    "en": "Thank you for applying as a {role}. We'd like to invite you to an interview on Thursday at 3pm.",
    "de": "vielen Dank für Ihre Bewerbung als {role}. Wir laden Sie am Donnerstag um 15 Uhr zum Vorstellungsgespräch ein.",
    "fr": "merci pour votre candidature comme {role}. Nous vous invitons à un entretien jeudi à 15h.",
    "es": "gracias por tu candidatura como {role}. Te invitamos a una entrevista el jueves a las 15:00.",
    "it": "grazie per la candidatura come {role}. Ti invitiamo a un colloquio giovedì alle 15:00.",
    "nl": "bedankt voor je sollicitatie als {role}. We nodigen je uit voor een sollicitatiegesprek op donderdag om 15.00 uur.",
    "pl": "dziękujemy za zgłoszenie. Zapraszamy na rozmowę kwalifikacyjną na stanowisko: {role}, w czwartek o 15:00.",
    "sv": "tack för din ansökan som {role}. Välkommen på intervju torsdag kl. 15.00.",
    "pt": "obrigado pela candidatura como {role}. Convidamos você para uma entrevista na quinta-feira às 15h.",
}  # fmt: skip
NAMES = ("Rosa Lima", "Jana", "Ewa K.", "Maribel Soto", "Tomasz", "Ines")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(sorted(HIRING)), data=st.data())
def test_the_reader_hiring_someone_is_not_their_interview(lang: str, data: st.DataObject) -> None:
    sentence, roles = HIRING[lang]
    role = data.draw(st.sampled_from(roles))
    name = data.draw(st.sampled_from(NAMES))
    body = f"Hello,\n\n{sentence.format(name=name, role=role)}\n\nBureau Kim"
    raw = plain_mail("Interview", body, sender=SENDER, to=TO, date=SENT)
    assert not claimed(raw), (lang, role, name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lang=st.sampled_from(sorted(APPLYING)), data=st.data())
def test_the_reader_applying_for_the_same_work_is_invited(lang: str, data: st.DataObject) -> None:
    role = data.draw(st.sampled_from(HIRING[lang][1]))
    body = f"Hello Alex,\n\n{APPLYING[lang].format(role=role)}\n\nBureau Kim"
    assert_claimed_from(
        plain_mail("Interview", body, sender=SENDER, to=TO, date=SENT), "2026-09-03T15:00"
    )


def test_asked_whether_to_hire_or_a_candidate_for_the_role() -> None:
    for sentence in (
        "Maya comes for the interview on Thursday at 3pm. Let us know afterwards if you'd like to hire her.",
        "La candidata badante verrà al colloquio giovedì alle 15:00.",
        "Der Nachhilfelehrer-Kandidat kommt am Donnerstag um 15 Uhr zum Gespräch; sagen Sie uns danach, ob Sie ihn einstellen möchten.",
        "Thursday at 15:00 is the flatmate interview with Joe, see you then.",
    ):
        raw = plain_mail(
            "Interview", f"Hi Alex,\n\n{sentence}\n\nKim", sender=SENDER, to=TO, date=SENT
        )
        assert not claimed(raw), sentence


def test_the_reader_named_beside_the_role_stays_theirs() -> None:
    assert (
        reader_is_hiring("Nanny interview – Alex Morgan", "", frozenset({"alex", "morgan"})) is None
    )
    assert (
        reader_is_hiring(
            "Interview", "Candidate: Alex Morgan, nanny Alex Morgan", frozenset({"alex", "morgan"})
        )
        is None
    )


def test_hostile_bodies_stay_linear() -> None:
    """The patterns run on 1 MB of their own cue words, past the 3000 characters read."""

    def read(body: str) -> None:
        reader_is_hiring(body, "", frozenset({"alex"}))
        list(_ROLE_WORD.finditer(body))
        _READER_HIRES.search(body)

    for unit, count in (
        ("nanny ", 170000),
        ("Maria (", 140000),
        ("Rosa Lima – ", 80000),
        ("candidata ", 100000),
    ):
        assert_linear(read, repeated(unit), len(unit) * count, label=unit)
