"""An interview the reader does not attend as the candidate is not claimed as theirs.

The reader on the employer's side gets an interviewer's brief (who asks what, about whom), a
coordinator's day plan listing several candidates with times, or is told when a panel or
committee confers; someone else's interview reaches the reader as a mail greeting another
candidate, a forward whose subject names whose interview it is ("Fwd: Jake's interview"), or a
note to the one who referred the candidate. The reader's own interview in the same shapes (a
panel of named interviewers, a numeric date "16. 12." in Czech) stays an invitation.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import subject_names_someone
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"


def _mail(subject: str, body: str, *, to: str = ME, sender: str = "") -> bytes:
    return plain_mail(subject, body, sender=sender or "HR <hr@firma.example>", to=to, date=DATE)


BRIEFS = [
    (
        "en",
        "Karl Weiss <karl.weiss@firma.example>",
        "Prep: Thursday interview with Nora Blake",
        "Hi Karl,\n\nNora Blake is interviewing for the Data Analyst role on Thursday, March "
        "11 at 10:00 AM. You'll cover the technical questions and I'll do the rest.\n\nThanks,"
        "\nMia",
    ),
    (
        "de",
        "Karl Weiss <karl.weiss@firma.example>",
        "Gespräch mit Tim Berger",
        "Hallo Karl,\n\nam Donnerstag, 11. März 2027, um 10:00 Uhr führen wir das Gespräch mit "
        "Tim Berger. Du übernimmst den fachlichen Teil, ich die Fragen zur Motivation.\n\n"
        "Viele Grüße\nMia",
    ),
    (
        "sv",
        "Karl Weiss <karl.weiss@firma.example>",
        "Intervju torsdag",
        "Hej Karl,\n\ninför intervjun med Sara Holm torsdag 11 mars kl. 10:00: du tar de "
        "tekniska frågorna.\n\nTack!\nMia",
    ),
    (
        "it",
        "Karl Weiss <karl.weiss@firma.example>",
        "Colloquio giovedì",
        "Ciao Karl,\n\ngiovedì 11 marzo alle 10:00 facciamo il colloquio a Paolo Neri. Tu fai "
        "le domande tecniche.\n\nGrazie,\nMia",
    ),
    (
        "ja",
        "Karl Weiss <karl.weiss@firma.example>",
        "面接のご担当のお願い",
        "ワイス様\n\n下記の面接のご担当をお願いいたします。\n\n日時：2027年3月11日（木）10:00〜11:00\n"
        "候補者：山田 花子 様\n\n評価シートは面接後にご提出ください。",
    ),
]


@pytest.mark.parametrize(("lang", "to", "subject", "body"), BRIEFS, ids=[b[0] for b in BRIEFS])
def test_interviewers_brief_is_not_claimed(lang: str, to: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body, to=to)), lang


PANEL_MEETS = [
    (
        "de",
        "Ihr Gespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für das Gespräch. Das Gremium trifft sich am "
        "Mittwoch, 10. März 2027 um 16:00 Uhr zur Nachbesprechung; danach hören Sie von uns.",
    ),
    (
        "fr",
        "Suite à votre entretien",
        "Bonjour,\n\nmerci pour votre venue. Le comité fera le bilan des entretiens le mercredi "
        "10 mars 2027 à 16h ; nous vous répondrons ensuite.",
    ),
    (
        "cs",
        "Další postup",
        "Dobrý den,\n\nděkujeme za pohovor. Komise zasedne ve středu 10. 3. v 16:00 a rozhodne "
        "o obsazení místa.",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), PANEL_MEETS, ids=[p[0] for p in PANEL_MEETS])
def test_panel_conferring_without_the_candidate_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert not claimed(_mail(subject, body)), lang


def test_czech_numeric_date_keeps_the_sentence_whole() -> None:
    """ "ve středu 10. 3. v 16:00" is one sentence: the numeric date's dots end nothing, so
    the reader's own interview on that day stays theirs."""
    raw = _mail(
        "Pozvánka na pohovor",
        "Dobrý den, pane Morgane,\n\nzveme Vás na pohovor ve středu 10. 3. v 16:00 v naší "
        "kanceláři.\n\nS pozdravem\nHR",
    )
    assert claimed(raw)
    assert parse_message(raw).start is not None


DAY_PLANS = [
    (
        "de",
        "Dein Gesprächsplan für Donnerstag",
        "Hallo Karl,\n\nhier dein Plan für Donnerstag, 11. März:\n\n09:00 – 10:00  Lena Fuchs "
        "(Vertrieb)\n10:30 – 11:30  Jonas Adler (Vertrieb)\n\nBitte blocke dir den Vormittag. "
        "Die Unterlagen liegen im Bewerbermanagement.\n\nViele Grüße\nMia",
    ),
    (
        "fr",
        "Planning des entretiens – jeudi 11 mars",
        "Bonjour Karl,\n\nmerci de bloquer ton agenda le jeudi 11 mars de 9h à 12h pour le "
        "jury.\n\n9h00 Hugo Martin\n10h00 Léa Petit\n11h00 Inès Moreau\n\nTu passes en "
        "deuxième pour les questions techniques.\n\nClaire",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), DAY_PLANS, ids=[d[0] for d in DAY_PLANS])
def test_day_plan_listing_several_candidates_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert not claimed(_mail(subject, body, to="Karl Weiss <karl.weiss@firma.example>")), lang


def test_own_interview_listing_interviewers_by_time_stays_claimed() -> None:
    raw = _mail(
        "Einladung zum Vorstellungsgespräch",
        "Hallo Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 11. März "
        "2027, von 9:00 bis 10:30 Uhr ein.\n\n9:00 Lena Fuchs (Teamleitung)\n9:45 Jonas Adler "
        "(Personal)\n\nViele Grüße\nMia",
    )
    assert claimed(raw)


def test_own_invitation_greeting_the_reader_stays_claimed() -> None:
    raw = _mail(
        "Interview confirmation",
        "Dear Alex,\n\nWe're pleased to confirm your interview on Wednesday, March 10 at 1:30 PM "
        "at our office.\n\nBest regards,\nTalent Team",
    )
    assert claimed(raw)


def _forward(outer_subject: str, forwarder: str, addressee: str, body: str) -> bytes:
    text = (
        "---------- Forwarded message ---------\nFrom: Jobs <jobs@diner.example>\n"
        f"Date: Mon, Mar 1, 2027 at 9:00 AM\nSubject: Interview\nTo: {addressee}\n\n{body}\n"
    )
    return plain_mail(
        outer_subject, text, sender=forwarder, to="in+inbox@afterview.example", date=DATE
    )


BODY = "Hello,\n\nPlease come in for an interview on Tuesday, March 9 at 3:30 PM.\n\nJobs"


@pytest.mark.parametrize(
    ("subject", "addressee"),
    [
        ("Fwd: Jake's interview", "Jake Miller <jake.miller@mail.example>"),
        ("WG: Lenas Vorstellungsgespräch", "Lena Miller <lena.miller@mail.example>"),
        ("Fwd: entretien de Lucas", "Lucas Miller <lucas.miller@mail.example>"),
        ("I: colloquio di Marco", "Marco Miller <marco.miller@mail.example>"),
        ("VB: Elins intervju", "Elin Miller <elin.miller@mail.example>"),
        ("Fwd: Emre'nin mülakatı", "Emre Miller <emre.miller@mail.example>"),
    ],
)
def test_forward_whose_subject_names_someone_elses_interview(subject: str, addressee: str) -> None:
    raw = _forward(subject, "Laura Miller <laura.miller@mail.example>", addressee, BODY)
    assert not claimed(raw), subject


def test_own_forward_naming_oneself_in_the_subject_stays_claimed() -> None:
    raw = _forward(
        "Fwd: Jake's interview",
        "Jake Miller <jake.miller@other.example>",
        "Jake Miller <jake.miller@mail.example>",
        BODY,
    )
    assert claimed(raw)


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "de",
            "Hallo Herr Morgan,\n\nvielen Dank für Ihre Empfehlung von Jonas Keller. Sein "
            "Gespräch findet am Freitag, 12. März 2027, um 13:00 Uhr statt.",
        ),
        (
            "es",
            "Hola Alex:\n\n¡Gracias por presentarnos a Marta Giménez! Tiene la entrevista el "
            "viernes 12 de marzo a las 13:00.",
        ),
    ],
)
def test_referrer_told_of_the_candidates_slot_is_not_claimed(lang: str, body: str) -> None:
    assert not claimed(_mail("Referral", body)), lang


def test_agency_passing_on_the_clients_mail_naming_the_reader_stays_claimed() -> None:
    """The client writes to the agency about "kandydatem Alex Morgan"; the agency's recruiter
    forwards it to Alex, whose own interview it is."""
    text = (
        "Panie Alex,\n\nprzesyłam potwierdzenie od klienta poniżej.\n\nTomasz Lis\n\n"
        "-----Oryginalna wiadomość-----\nOd: Joanna Sikora <joanna.sikora@bank.example>\n"
        "Wysłano: poniedziałek, 1 marca 2027 09:00\nDo: Tomasz Lis <tomasz.lis@kadry.example>\n"
        "Temat: Rozmowa z kandydatem Alex Morgan\n\nDzień dobry Panie Tomaszu,\n\npotwierdzam "
        "rozmowę z Pana kandydatem w piątek 12 marca 2027 o 13:00 w naszej siedzibie.\n\n"
        "Pozdrawiam\nJoanna Sikora\n"
    )
    raw = plain_mail(
        "PD: Rozmowa z kandydatem Alex Morgan",
        text,
        sender="Tomasz Lis <tomasz.lis@kadry.example>",
        to=ME,
        date=DATE,
    )
    assert claimed(raw)


@pytest.mark.parametrize(
    "subject",
    [
        "WG: Technisches Interview (Pair Programming)",
        "Fwd: Erstes Gespräch",
        "WG: Telefonisches Interview",
        "AW: Persönliches Vorstellungsgespräch",
    ],
)
def test_a_german_adjective_before_interview_names_nobody(subject: str) -> None:
    """ "Technisches Interview" is a kind of interview, not the interview of a "Technische"."""
    forwarder = frozenset({"laura", "miller"})
    assert subject_names_someone(subject, forwarder, frozenset({"lena", "miller"})) is None
    named = subject.split(": ", 1)[0] + ": Lenas Vorstellungsgespräch"
    assert subject_names_someone(named, forwarder, frozenset({"jo", "park"})) is not None
