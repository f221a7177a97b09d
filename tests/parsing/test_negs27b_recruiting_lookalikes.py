"""Recruiting mail with a future time that sets no interview for the reader (batch negs27b).

Every mail here is written for the test. A test to hand in "entro" (Italian) or "do środy"
(Polish) a day, a "you will be contacted" acknowledgement, a thank-you that says the
interviews with the other candidates end before a decision, and a first working day's plan
name a day and a clock time beside interview words: the parser must not claim them as the
reader's interview (confidence below 0.5). The same languages setting the reader's interview
keep their start and stay sure.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

# Polish weekdays in the genitive ("do środy": by Wednesday) with a November 2026 day that is
# that weekday, and in the accusative for an invitation ("w środę")
PL_DAYS = {
    "poniedziałku": (16, "w poniedziałek"),
    "wtorku": (17, "we wtorek"),
    "środy": (18, "w środę"),
    "czwartku": (19, "w czwartek"),
    "piątku": (20, "w piątek"),
}
IT_DAYS = {16: "lunedì", 17: "martedì", 18: "mercoledì", 19: "giovedì", 20: "venerdì"}


def _mail(subject: str, body: str, *, sender: str = "Ada Reyes <ada@corvid-hr.example>") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Sam Ortiz <sam@mailbox.example>"
    message["Date"] = "Mon, 09 Nov 2026 09:00:00 +0100"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


LOOKALIKES = [
    (
        "Prova tecnica",
        "Gentile Sam,\n\nle inviamo la prova tecnica in allegato. I candidati che supereranno "
        "la prova per il colloquio finale riceveranno la soluzione entro venerdì 20 novembre "
        "alle 10:00.\n\nCordiali saluti,\nAda Reyes",
    ),
    (
        "Zadanie domowe",
        "Dzień dobry,\n\nprzesyłam zadanie przed rozmową techniczną. Proszę o odesłanie "
        "rozwiązania do czwartku 19 listopada, godz. 15:00.\n\nPozdrawiam\nAda Reyes",
    ),
    (
        "Votre candidature - entretiens",
        "Bonjour Sam,\n\nNous avons bien reçu votre candidature pour le poste de comptable.\n\n"
        "Le service étudiera les dossiers après sa réunion du mardi 17 novembre à 10h ; vous "
        "serez recontacté si votre profil est retenu.\n\nCordialement,\nAda Reyes",
    ),
    (
        "Gracias por tu tiempo",
        "Hola Sam:\n\nGracias por la entrevista de ayer. Acabamos las entrevistas con otros "
        "candidatos y te diremos algo el jueves 19 de noviembre a las 13:00.\n\nAda",
    ),
    (
        "Ihr erster Arbeitstag",
        "Hallo Sam,\n\nnach Ihrem Vorstellungsgespräch freuen wir uns, dass Sie bei uns "
        "anfangen. Bitte kommen Sie am Mittwoch, 18. November um 9:00 Uhr zum Empfang, wo Frau "
        "Lind Sie abholt.\n\nBis bald\nAda Reyes",
    ),
]


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES, ids=lambda value: value[:24])
def test_recruiting_lookalike_is_not_claimed(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5, parsed.warnings


INVITATIONS = [
    (
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszam na rozmowę rekrutacyjną w czwartek 19 listopada o 15:00 w "
        "naszym biurze.\n\nPozdrawiam\nAda Reyes",
        "2026-11-19T15:00:00+01:00",
    ),
    (
        "Invito a colloquio",
        "Gentile Sam,\n\nla invitiamo a un colloquio venerdì 20 novembre alle 10:00 presso la "
        "nostra sede.\n\nCordiali saluti,\nAda Reyes",
        "2026-11-20T10:00:00+01:00",
    ),
    (
        "Entrevista",
        "Hola Sam:\n\nTe esperamos para la entrevista el jueves 19 de noviembre a las 13:00 en "
        "nuestra oficina.\n\nAda",
        "2026-11-19T13:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), INVITATIONS, ids=lambda v: str(v)[:20])
def test_same_languages_still_invite(subject: str, body: str, start: str) -> None:
    parsed = parse_message(_mail(subject, body)).to_json_dict()
    assert parsed["kind"] == "invitation"
    assert str(parsed["start"]).startswith(start[:16])
    assert float(parsed["confidence"]) >= 0.5  # type: ignore[arg-type]


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(sorted(PL_DAYS)), st.sampled_from([9, 12, 16]))
def test_polish_by_weekday_is_a_deadline(genitive: str, hour: int) -> None:
    day, accusative = PL_DAYS[genitive]
    due = _mail(
        "Zadanie",
        f"Dzień dobry,\n\nproszę odesłać test przed rozmową do {genitive} {day} listopada, "
        f"godz. {hour}:00.\n\nAda",
    )
    parsed = parse_message(due)
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
    invite = _mail(
        "Rozmowa",
        f"Dzień dobry,\n\nzapraszam na rozmowę {accusative} {day} listopada o {hour}:00 w "
        "naszym biurze.\n\nAda",
    )
    got = parse_message(invite).to_json_dict()
    assert got["kind"] == "invitation"
    assert str(got["start"]).startswith(f"2026-11-{day}T{hour:02d}:00")


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(sorted(IT_DAYS)))
def test_italian_entro_is_a_deadline(day: int) -> None:
    parsed = parse_message(
        _mail(
            "Test online",
            f"Gentile Sam,\n\ncompleti il test prima del colloquio entro {IT_DAYS[day]} {day} "
            "novembre alle 18:00.\n\nAda",
        )
    )
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
