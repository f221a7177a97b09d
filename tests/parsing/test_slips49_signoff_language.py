# ruff: noqa: E501 (each language's sentences read best whole)
"""The language a mail's numeric date is read in is the writer's, not the footer's (slips49).

A Spanish, Portuguese or French invitation sent from a zone of the Americas writes '02/07'
day first even when an English sign-off and an English company footer outweigh its own
words; an English invitation from New York writes '04/06' month first even under a German,
Dutch, French or Spanish office block. The words above the sign-off decide the language when
they alone are clear; numbers that look like dates or clocks and are not (round counts,
working hours, panel sizes, versions, ratings, salary bands, bare deadlines) never move the
interview's instant.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import detect_language
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

# writer's own lines (language, sender, Date header, body head, the instant it sets)
HEADS = [
    ("es", "Rosa Jiménez <rosa.jimenez@caribe-hoteles.example.com>", "Thu, 25 Jun 2026 11:00:00 -0400",
     "Entrevista - Recepcionista", "Hola Alex,\n\nQueremos invitarte a una entrevista el 02/07 a las 11:00 en el hotel.",
     "2026-07-02T11:00:00-04:00"),
    ("pt", "Bruno Carvalho <bruno.carvalho@jatoba.example.com>", "Mon, 27 Jul 2026 10:00:00 -0400",
     "Entrevista", "Olá Alex,\n\nGostaríamos de convidar você para uma entrevista no dia 03/08 às 10h na nossa sede.",
     "2026-08-03T10:00:00-04:00"),
    ("fr", "Geneviève Tremblay <g.tremblay@boreal.example.com>", "Wed, 27 May 2026 14:00:00 -0400",
     "Entrevue", "Bonjour Alex,\n\nNous vous invitons à une entrevue le 05/06 à 13h30 dans nos bureaux de la rue Sherbrooke.",
     "2026-06-05T13:30:00-04:00"),
]  # fmt: skip
ENGLISH_HEADS = [
    ("en", "Rachel Kim <rachel.kim@meridian.example.com>", "Wed, 01 Apr 2026 11:00:00 -0400",
     "Interview - Controls Engineer", "Hi Alex,\n\nWe'd like to invite you to an interview on 04/06/2026 at 2:30 PM at our Brooklyn office.",
     "2026-04-06T14:30:00-04:00"),
    ("en", "Ethan Cole <ethan.cole@harbourline.example.com>", "Mon, 05 Oct 2026 12:00:00 -0400",
     "Interview scheduled", "Hi Alex,\n\nYour interview is scheduled for 10/12/2026, 9:00 AM at our office on Water Street.",
     "2026-10-12T09:00:00-04:00"),
]  # fmt: skip
ENGLISH_SIGN_OFFS = [
    "Best regards,",
    "Kind regards,",
    "Looking forward to meeting you!",
    "Warm regards,",
    "Sincerely,",
    "--",
    "Regards",
]
ENGLISH_FOOTERS = [
    "{name} is an equal opportunity employer. We are committed to building a diverse and inclusive team and we welcome applications from everyone. Please consider the environment before printing this email.",
    "Follow us on LinkedIn for the latest news about our people, our projects and our open positions. We are always happy to hear from you and we will get back to you as soon as we can.",
    "This email and any files sent with it are for the use of the person they are addressed to. If you have any questions about your application, please reply to this email and we will help you.",
]
FOREIGN_SIGN_OFFS = [
    "--",
    "__________",
    "Mit freundlichen Grüßen",
    "Met vriendelijke groet",
    "Cordialement",
    "Saludos cordiales",
]
FOREIGN_FOOTERS = [
    "Niederlassung Deutschland, Kaiserstraße 21, Frankfurt. Besuchen Sie uns auch auf der Messe. Wir freuen uns auf Ihren Besuch an unserem Stand und auf ein Gespräch mit Ihnen und Ihrem Team.",
    "Bezoekadres: Wilhelminakade 91, Rotterdam. Wij zijn bereikbaar van maandag tot en met vrijdag en helpen je graag met al je vragen over onze vacatures en het proces.",
    "Bureau de Paris, 18 rue de la Paix. Pensez à l'environnement avant d'imprimer ce courriel. Nous sommes présents à Paris et à Lyon et nous serons heureux de vous accueillir dans nos bureaux.",
    "Oficina central: Calle Serrano 41, Madrid. Estamos a tu disposición de lunes a viernes para cualquier consulta sobre tu candidatura y el proceso de selección de la empresa.",
]  # fmt: skip


def _start(subject: str, body: str, sender: str, date: str) -> str:
    raw = plain_mail(subject, body, sender=sender, to="alex@mailbox.example", date=date)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", body
    return parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""


@settings(max_examples=40, deadline=None)
@given(
    head=st.sampled_from(HEADS),
    sign_off=st.sampled_from(ENGLISH_SIGN_OFFS),
    footers=st.lists(st.sampled_from(ENGLISH_FOOTERS), min_size=1, max_size=3),
)
def test_an_english_sign_off_keeps_the_writers_date_order(
    head: tuple[str, str, str, str, str, str], sign_off: str, footers: list[str]
) -> None:
    _, sender, date, subject, text, want = head
    footer = "\n\n".join(f.format(name="Our company") for f in footers)
    body = f"{text}\n\n{sign_off}\nMaría Pérez\nTalent Acquisition\n\n{footer}"
    assert _start(subject, body, sender, date) == want


@settings(max_examples=30, deadline=None)
@given(
    head=st.sampled_from(ENGLISH_HEADS),
    sign_off=st.sampled_from(FOREIGN_SIGN_OFFS),
    footers=st.lists(st.sampled_from(FOREIGN_FOOTERS), min_size=1, max_size=2),
)
def test_a_foreign_footer_keeps_an_american_date_month_first(
    head: tuple[str, str, str, str, str, str], sign_off: str, footers: list[str]
) -> None:
    _, sender, date, subject, text, want = head
    body = f"{text}\n\nThanks,\nRachel\n\n{sign_off}\n" + "\n\n".join(footers)
    assert _start(subject, body, sender, date) == want


def test_the_words_above_the_sign_off_name_the_language() -> None:
    """The writer's lines decide when they alone are clear; the whole text otherwise."""
    for language, _, _, subject, text, _ in HEADS:
        footer = "\n\n".join(f.format(name="Our company") for f in ENGLISH_FOOTERS)
        assert detect_language(f"{subject}\n{text}\n\nBest regards,\nAna\n\n{footer}") == language
    for _, _, _, subject, text, _ in ENGLISH_HEADS:
        for sign_off in FOREIGN_SIGN_OFFS:
            mail = f"{subject}\n{text}\n\n{sign_off}\n" + "\n\n".join(FOREIGN_FOOTERS[:2])
            assert detect_language(mail) == "en", sign_off
    # too few words above the sign-off to tell: the whole mail decides, as before
    assert detect_language("Hi,\n\nBest regards,\n" + FOREIGN_FOOTERS[0]) == "de"


def test_the_sign_off_search_stays_linear() -> None:
    """Lines that almost close a mail cost work in proportion to their length."""
    from service.parsing.lexicon import _SIGN_OFF_LINE

    unit = "best regards to all of you and many more words on this line than fit\n-- x\n"

    def scan(text: str) -> None:
        _SIGN_OFF_LINE.search(text)
        detect_language(text)

    assert_linear(scan, repeated(unit))


# numbers that look like dates or clocks but are not, in the subject or the body
DISTRACTORS_EN = [
    "Interview 2/3",
    "Round 2 of 3",
    "This is a 9-5 job.",
    "We offer 24/7 support.",
    "Expect 3-4 people on the panel.",
    "The last step is a 2-3 hour assessment.",
    "It is a 1/2 day on Fridays.",
    "You are in our top 3.",
    "You would test release v2.3.",
    "We are rated 4.5/5.",
    "The band is 45-50k.",
    "Please read Section 3.4 first.",
    "Stage 1/2",
]
DISTRACTORS_DE = [
    "Vorstellungsgespräch 2/3",
    "Runde 2 von 3",
    "Die Arbeitszeit ist 8-16 Uhr.",
    "Unser Service ist 24/7 erreichbar.",
    "Es werden 3-4 Personen dabei sein.",
    "Sie arbeiten an Version 2.3 mit.",
    "Das Gehaltsband liegt bei 55-60k.",
    "Siehe Abschnitt 4.2.",
    "Bitte senden Sie uns Ihre Zeugnisse bis 12.5. zu.",
]
DISTRACTORS_CS = [
    "Pohovor 2/3",
    "Prosíme o potvrzení účasti do 15. 3.",
    "Pošlete nám prosím portfolio do 2. 6.",
    "Pracovní doba je 8-16 hod.",
    "Tým má 3-4 lidi.",
]
FIXED = {
    "en": ("Marcus Bell <marcus.bell@tidewater.example.com>", "Fri, 10 Apr 2026 16:45:00 -0400", "Interview", "Hi Alex,\n\nWe'd like to invite you to a panel interview on Wednesday, April 15 at 10:30 AM at our office.\n\nThanks,\nMarcus", "2026-04-15T10:30:00-04:00", DISTRACTORS_EN),
    "de": ("Miriam Vogt <miriam.vogt@rheinwerk.example.de>", "Thu, 04 Jun 2026 11:15:00 +0200", "Einladung", "Hallo Alex,\n\nwir laden Sie herzlich ein zu einem Gespräch am Dienstag, 9. Juni, um 10:00 Uhr in unserem Büro.\n\nViele Grüße\nMiriam Vogt", "2026-06-09T10:00:00+02:00", DISTRACTORS_DE),
    "cs": ("Petra Svobodová <petra@vltava.example.cz>", "Tue, 10 Mar 2026 09:15:00 +0100", "Pozvánka na pohovor", "Dobrý den,\n\npohovor proběhne ve středu 18. 3. v 10:00 v naší kanceláři.\n\nS pozdravem\nPetra", "2026-03-18T10:00:00+01:00", DISTRACTORS_CS),
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(data=st.data(), language=st.sampled_from(sorted(FIXED)), in_subject=st.booleans())
def test_a_date_like_number_never_moves_the_instant(
    data: st.DataObject, language: str, in_subject: bool
) -> None:
    sender, date, subject, body, want, distractors = FIXED[language]
    distractor = data.draw(st.sampled_from(distractors))
    if in_subject:
        subject = f"{subject} - {distractor}"
    else:
        head, rest = body.split("\n\n", 1)
        body = f"{head}\n\n{distractor}\n\n{rest}"
    assert _start(subject, body, sender, date) == want
