# ruff: noqa: E501 (each language's sentences read best whole)
"""How sure a programme of the day is (progsure48): the reader's own interview day set out as
timed rows ("your interview day", "Ihr Ablauf", "votre programme", a row that names the
reader's interview) is sure, however long the day and whatever its first row is called;
a programme that is not the reader's interview (an assessor's roster, a team meeting's
agenda, a first working day, a job fair) stays held for review."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import own_interview_day
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import plain_mail

SENT = "Tue, 02 Mar 2027 10:05:00 +0100"  # Wednesday 10 March is next week
DAY = "2027-03-10"
OFFSET = "+01:00"


def _parse(subject: str, body: str) -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender="Robin Hale <robin.hale@corvid-labs.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# per language: subject, greeting and the sentence over the rows (each speaks to the reader
# as the one whose interview day it is), the clock's form, the rows' activities with the
# interview third
OWN = {
    "en": ("Your interview day on Wednesday", "Hi Alex,\n\nThanks for accepting. Your interview day on Wednesday 10 March looks like this; you will meet three of us:", "{h}:{m:02d}", ["Arrival and badge", "Coffee with the recruiter", "Technical interview with Sam", "Office tour", "Lunch"]),
    "de": ("Ihr Ablauf am 10. März", "Guten Tag Frau Morgan,\n\nhier ist Ihr Ablauf für Mittwoch, den 10. März:", "{h:02d}:{m:02d} Uhr", ["Ankunft am Empfang", "Kaffee mit der Personalabteilung", "Vorstellungsgespräch mit Herrn Lenz", "Werksrundgang", "Mittagessen"]),
    "fr": ("Votre programme du 10 mars", "Bonjour Alex,\n\nvoici votre programme pour le mercredi 10 mars :", "{h} h {m:02d}", ["arrivée à l'accueil", "café avec la chargée de recrutement", "entretien avec le chef d'équipe", "visite de l'atelier", "déjeuner"]),
    "es": ("Tu día de entrevistas", "Hola Alex:\n\nte mando cómo será tu día de entrevistas el miércoles 10 de marzo:", "{h}:{m:02d}", ["llegada a recepción", "café con selección", "entrevista con la jefa de equipo", "visita a la planta", "comida"]),
    "nl": ("Je sollicitatiedag op 10 maart", "Hoi Alex,\n\nzo ziet je sollicitatiedag op woensdag 10 maart eruit:", "{h}:{m:02d}", ["aankomst bij de receptie", "koffie met recruitment", "gesprek met de afdelingsmanager", "rondleiding", "lunch"]),
    "pt": ("Seu dia de entrevista", "Olá, Alex!\n\nsegue o roteiro do seu dia de entrevista na quarta-feira, 10 de março:", "{h}h{m:02d}", ["chegada à recepção", "café com o RH", "entrevista com a gerente", "visita à fábrica", "almoço"]),
    "sv": ("Din intervjudag 10 mars", "Hej Alex!\n\nså här ser din intervjudag onsdag 10 mars ut:", "{h:02d}.{m:02d}", ["ankomst i receptionen", "fika med rekryteraren", "intervju med teamchefen", "rundvisning", "lunch"]),
    "tr": ("Mülakat gününüz", "Merhaba Alex,\n\n10 Mart Çarşamba günkü mülakat programınız aşağıdadır:", "{h:02d}:{m:02d}", ["karşılama", "İK ile kahve", "ekip lideri ile mülakat", "ofis turu", "öğle yemeği"]),
    "zh": ("您的面试日程", "Alex 您好：\n\n您3月10日（周三）的面试日程如下：", "{h}:{m:02d}", ["前台登记", "与HR交流", "技术面试", "参观办公室", "午餐"]),
}  # fmt: skip


def _rows(fmt: str, acts: list[str], first: int, steps: list[int]) -> tuple[list[str], int]:
    rows, minute = [], first
    for act, step in zip(acts, steps, strict=True):
        rows.append(f"{fmt.format(h=minute // 60, m=minute % 60)} {act}")
        minute += step
    return rows, minute


@given(
    lang=st.sampled_from(sorted(OWN)),
    count=st.integers(min_value=3, max_value=5),
    interview_at=st.integers(min_value=1, max_value=4),
    first=st.sampled_from([8 * 60, 8 * 60 + 30, 9 * 60]),
    steps=st.lists(st.sampled_from([30, 45, 60, 90]), min_size=5, max_size=5),
)
@settings(max_examples=60, deadline=None)
def test_own_interview_day_is_sure(
    lang: str, count: int, interview_at: int, first: int, steps: list[int]
) -> None:
    """The reader's own day in any of nine languages, the interview at any row but the first
    (so the first row names no interview), is read from its first row and is sure."""
    subject, head, fmt, acts = OWN[lang]
    interview_at = min(interview_at, count - 1)
    others = [act for index, act in enumerate(acts) if index != 2][: count - 1]
    order = [*others[:interview_at], acts[2], *others[interview_at:]]
    rows, _ = _rows(fmt, order, first, steps[:count])
    body = f"{head}\n\n" + "\n".join(rows) + "\n\nBest regards,\nRobin Hale"
    kind, start, confidence = _parse(subject, body)
    assert kind == "invitation"
    assert start == f"{DAY}T{first // 60:02d}:{first % 60:02d}:00{OFFSET}"
    assert confidence >= 0.5


def test_long_own_day_with_its_end_is_sure() -> None:
    """A day longer than four hours, its end stated by the last row, is no vague window when
    it is the reader's own interview day (German, Dutch: neither says "interview day")."""
    days = [
        ("Ihr Ablauf am Mittwoch", "Guten Tag Frau Morgan,\n\nhier ist Ihr Ablauf für Mittwoch, den 10. März:\n\n08:30 Uhr Ankunft\n09:00 Uhr Gruppenübung\n11:00 Uhr Vorstellungsgespräch mit dem Bereichsleiter\n12:30 Uhr Mittagessen\n13:30–14:15 Uhr Präsentation vor der Geschäftsführung\n\nBis dann!"),
        ("Je sollicitatiedag", "Hoi Alex,\n\nzo ziet je sollicitatiedag op woensdag 10 maart eruit:\n\n8:30 aankomst\n9:00 groepsopdracht\n11:00 gesprek met het panel\n12:30 lunch\n13:30-14:15 presentatie aan de directeur\n\nTot dan!"),
    ]  # fmt: skip
    for subject, body in days:
        kind, start, confidence = _parse(subject, body)
        assert (kind, start) == ("invitation", f"{DAY}T08:30:00{OFFSET}"), subject
        assert confidence >= 0.5, subject


# look-alikes: the same shape of rows, not the reader's interview
LOOKALIKES = [
    # an assessor's roster: the interviews are the candidates'
    (
        "Your assessor schedule for Wednesday",
        "Dear Alex,\n\nthank you for joining the panel. Your schedule for Wednesday 10 March:\n\n8:30 Assessor briefing\n9:00 Interview with candidate 1 (Ruth Amos)\n10:00 Interview with candidate 2 (Owen Pike)\n11:00 Calibration\n\nRobin",
    ),
    (
        "Ihr Einsatz als Beobachter",
        "Guten Tag Frau Morgan,\n\nIhr Ablauf als Beobachterin am Mittwoch, 10. März:\n\n08:30 Uhr Briefing der Beobachter\n09:00 Uhr Interview Kandidat 1\n10:00 Uhr Interview Kandidatin 2\n11:00 Uhr Abstimmung\n\nViele Grüße",
    ),
    # a team meeting's agenda with an item about interviews
    (
        "Agenda: team meeting Wednesday",
        "Hi all,\n\nagenda for our team meeting on Wednesday 10 March:\n\n10:00 Welcome\n10:15 Hiring update: open interviews\n11:00 Budget\n11:30 AOB\n\nRobin",
    ),
    # a first working day and an induction
    (
        "Votre premier jour",
        "Bonjour Alex,\n\nbienvenue dans l'équipe ! Votre premier jour, le mercredi 10 mars :\n\n9 h 00 accueil RH\n9 h 30 remise du badge\n11 h 00 entretien d'accueil avec votre manager\n12 h 00 déjeuner\n\nLe service RH",
    ),
    # a calendar's digest of the reader's day, an interview among its entries
    (
        "Votre programme de demain",
        "Bonjour Alex,\n\nvoici votre programme de demain, mercredi 10 mars :\n\n9 h 00 dentiste\n11 h 00 entretien avec Corvid Labs\n15 h 00 sport\n\nVotre agenda",
    ),
    (
        "Ihre Termine für morgen",
        "Guten Morgen,\n\nIhre Termine für morgen, Mittwoch 10. März:\n\n09:00 Uhr Zahnarzt\n11:00 Uhr Vorstellungsgespräch Corvid Labs\n15:00 Uhr Elternabend",
    ),
    # a job fair's programme
    (
        "Tu entrada: Feria de Empleo",
        "Hola Alex:\n\ngracias por inscribirte en la Feria de Empleo del miércoles 10 de marzo. Programa:\n\n9:30 apertura\n10:00 taller: tu primera entrevista\n12:00 entrevistas rápidas con las empresas\n14:00 cierre\n\nEquipo de la Feria",
    ),
]


def test_lookalike_programmes_stay_held() -> None:
    for subject, body in LOOKALIKES:
        kind, _, confidence = _parse(subject, body)
        assert kind != "invitation" or confidence < 0.5, subject


def test_own_day_needs_the_interview_in_a_row_and_the_reader_addressed() -> None:
    rows = "9:00 Welcome\n10:00 Interview with the hiring manager\n11:00 Lunch"
    assert own_interview_day("Your visit on Wednesday", "Hi Alex,", rows)
    # no row names an interview: an open day
    assert not own_interview_day("Your visit", "Hi Alex,", "9:00 Welcome\n10:00 Tour\n11:00 Lunch")
    # the interview is a candidate's
    assert not own_interview_day(
        "Your schedule", "Hi Alex,", "9:00 Welcome\n10:00 Interview with candidate 2\n11:00 Lunch"
    )
    # a row in Chinese, Japanese or Korean names the interview inside a compound
    assert own_interview_day("最終選考のご案内", "モーガン様", "13:00 受付\n14:30 役員面接")
    # an open day's talk about the assessment is no interview of the reader's
    assert not own_interview_day(
        "Your place at our Open Day", "Hi Alex,", "10:00 Welcome\n13:00 Our assessment explained"
    )
    # a digest of the reader's calendar for tomorrow
    assert not own_interview_day("Your agenda for tomorrow", "Hi Alex,", rows)
    # nothing speaks to the reader as the one interviewed
    assert not own_interview_day("Agenda", "Hi all,", rows)
    assert not own_interview_day("Your visit", "Hi Alex,", "")


def test_own_day_reads_a_bounded_text() -> None:
    """A hostile megabyte in the subject, the opening or the rows is cut to a few thousand
    characters before the cue lists are searched: its cost grows no faster than the text."""
    for piece in ("your ", "16. ", "agenda ", "je sollicitatie"):
        assert_linear(
            lambda texts: own_interview_day(*texts),
            _own_day_texts(piece),
            250_000,
            label=piece,
        )


def _own_day_texts(piece: str) -> Callable[[int], tuple[str, str, str]]:
    """`n` pieces in the subject and in the opening, and `n / 125` rows of 40 pieces."""
    row = "9:00 interview " + piece * 40 + "\n"
    return lambda n: (piece * n, piece * n, row * (n // 125))
