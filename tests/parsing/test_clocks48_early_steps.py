# ruff: noqa: E501 (each language's sentences read best whole)
"""Which clock is the interview's (clocks48): a step before the interview with a clock of
its own (a tech check, the link or waiting room opening, a test or exercise window) in one
sentence or row, the interview's own clock in the next ("Die Leitung ist ab 13:45 Uhr für
einen Technik-Check offen. Das Interview beginnt um 14:00 Uhr."): the start is the
interview's clock. Controls: the interview first and the step after it, and a step whose
sentence names no later interview clock. And a zone that leads the next clock in brackets
("Tokyo time 16:00 (Singapore time 15:00)") is that clock's zone, not the first one's."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 11 June is next week


def _read(body: str, date: str = SENT) -> tuple[str, str, float]:
    raw = plain_mail("Interview", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=date)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


# (the date sentence, the early step with {early}, the interview with {start}); {early} is
# ten or fifteen minutes before {start}
STEP_THEN_START = {
    "en": ("Your video interview is on Thursday, June 11.", "The meeting room opens at {early} for a quick tech check with IT.", "The interview itself starts at {start}."),
    "de": ("Ihr Video-Interview findet am Donnerstag, 11. Juni, statt.", "Bitte wählen Sie sich ab {early} Uhr für einen kurzen Technik-Check ein.", "Das Interview beginnt um {start} Uhr."),
    "fr": ("Votre entretien en visio aura lieu le jeudi 11 juin.", "La salle d'attente ouvre à {early} pour un test de connexion.", "L'entretien débutera à {start}."),
    "es": ("Tu entrevista online es el jueves 11 de junio.", "Conéctate a las {early} para comprobar audio y vídeo.", "La entrevista comenzará a las {start}."),
    "it": ("Il colloquio online è giovedì 11 giugno.", "La stanza virtuale sarà aperta dalle {early} per una prova tecnica.", "Il colloquio inizierà alle {start}."),
    "nl": ("Je videogesprek is op donderdag 11 juni.", "De wachtruimte gaat open om {early}, zodat je je verbinding kunt testen.", "Het gesprek start om {start}."),
    "pt": ("Sua entrevista online será na quinta-feira, 11 de junho.", "A sala de espera abre às {early} para o teste de conexão.", "A entrevista começa às {start}."),
    "pl": ("Rozmowa online odbędzie się w czwartek 11 czerwca.", "Link będzie aktywny od {early}, aby sprawdzić mikrofon i kamerę.", "Rozmowa zaczyna się o {start}."),
    "sv": ("Din digitala intervju är torsdag 11 juni.", "Väntrummet öppnar {early} för en teknikkontroll.", "Intervjun börjar {start}."),
    "en-test": ("Here's the plan for Thursday, June 11.", "The online test opens at {early} and must be submitted within the hour.", "Your interview with the team starts at {start}."),
}  # fmt: skip

# the interview first, then the step after it: the first clock stays
START_THEN_STEP = {
    "en": "Your interview is on Thursday, June 11 at {start}. After it, at {later}, IT will run a short tech check of the coding tool with you.",
    "de": "Ihr Interview ist am Donnerstag, 11. Juni, um {start} Uhr. Danach, um {later} Uhr, folgt ein kurzer Technik-Check mit der IT.",
    "es": "Tu entrevista es el jueves 11 de junio a las {start}. Después, a las {later}, haremos una prueba técnica de la herramienta.",
}  # fmt: skip

hours = st.integers(min_value=9, max_value=16)
leads = st.sampled_from([10, 15])


@settings(max_examples=25, deadline=None)
@given(lang=st.sampled_from(sorted(STEP_THEN_START)), hour=hours, lead=leads, split=st.booleans())
def test_the_interview_clock_after_an_early_step_is_the_start(
    lang: str, hour: int, lead: int, split: bool
) -> None:
    day, step, interview = STEP_THEN_START[lang]
    early = f"{hour - 1}:{60 - lead:02d}"
    start = f"{hour}:00"
    body = f"Hello,\n\n{day} {step.format(early=early)} {interview.format(start=start)}\n\nPat"
    if split:  # the day on its own line below the two sentences
        body = (
            f"Hello,\n\n{step.format(early=early)} {interview.format(start=start)}\n\n{day}\n\nPat"
        )
    kind, got, _ = _read(body)
    assert kind == "invitation"
    assert got == f"2026-06-11T{hour:02d}:00:00+02:00"


@settings(max_examples=15, deadline=None)
@given(lang=st.sampled_from(sorted(START_THEN_STEP)), hour=hours)
def test_an_interview_before_its_step_keeps_the_first_clock(lang: str, hour: int) -> None:
    body = "Hello,\n\n" + START_THEN_STEP[lang].format(start=f"{hour}:00", later=f"{hour}:45")
    kind, got, _ = _read(body)
    assert (kind, got) == ("invitation", f"2026-06-11T{hour:02d}:00:00+02:00")


# rows under a date line: a tech-check or test row, then the interview's row
ROWS = {
    "sv": "Datum: torsdag 11 juni 2026\nTeknikkontroll: {early} - {early_end}\nIntervju: {start} - {end}",
    "en": "Date: Thursday 11 June 2026\nTech check: {early} - {early_end}\nInterview: {start} - {end}",
    "de": "Datum: Donnerstag, 11. Juni 2026\nOnline-Test: {early} - {early_end} Uhr\nInterview: {start} - {end} Uhr",
    "ja": "日付：6月11日（木）\n接続テスト：{early}〜{early_end}\n面接：{start}〜{end}",
}  # fmt: skip


@settings(max_examples=15, deadline=None)
@given(lang=st.sampled_from(sorted(ROWS)), hour=hours)
def test_a_row_for_the_interview_below_an_early_step_row_is_the_start(lang: str, hour: int) -> None:
    text = ROWS[lang].format(
        early=f"{hour - 1}:30", early_end=f"{hour - 1}:45", start=f"{hour}:00", end=f"{hour}:45"
    )
    kind, got, _ = _read(f"Hello,\n\nyour booking:\n\n{text}\n\nPat")
    assert (kind, got) == ("invitation", f"2026-06-11T{hour:02d}:00:00+02:00")


# the same instant in two zones, the second zone leading its own clock in brackets
ZONED = [
    ("Interview: Friday 12 June 2026, Tokyo time {a} (Singapore time {b})", "+09:00", 0),
    ("面接日時：2026年6月12日（金）日本時間 {a}（シンガポール時間 {b}）", "+09:00", 0),
    ("Interview: Friday 12 June 2026, Berlin time {a} (London time {b})", "+02:00", 1),
]


@settings(max_examples=20, deadline=None)
@given(row=st.sampled_from(ZONED), hour=st.integers(min_value=9, max_value=17))
def test_a_zone_that_leads_the_bracketed_clock_is_not_the_first_clocks(
    row: tuple[str, str, int], hour: int
) -> None:
    text, offset, _ = row
    other = hour - 1  # Singapore is an hour behind Tokyo, London an hour behind Berlin in June
    kind, got, _ = _read(text.format(a=f"{hour}:00", b=f"{other}:00"))
    assert kind == "invitation"
    assert datetime.fromisoformat(got) == datetime.fromisoformat(
        f"2026-06-12T{hour:02d}:00:00{offset}"
    )


def test_the_new_cue_lists_stay_linear_on_a_hostile_megabyte() -> None:
    """The cue lists scan a 1 MB run of their own near-misses in linear time and find
    nothing (the whole parse of such a body costs what it cost before: many clocks on one
    line)."""
    from service.parsing.lexicon import EARLY_STEP_CUES, IF_IT_GOES_WELL_CUES

    for cues, unit, count in (
        (EARLY_STEP_CUES, "tech chec link open test your audi waiting roo ", 21000),
        (IF_IT_GOES_WELL_CUES, "if it goes wel si l'entretien est concluan se andrà ", 20000),
    ):
        assert cues.search(unit * count) is None
        assert_linear(cues.search, repeated(unit), len(unit) * count, label=unit)


@settings(max_examples=15, deadline=None)
@given(hour=st.integers(min_value=8, max_value=17), minute=st.sampled_from([0, 15, 20, 45]))
def test_french_des_before_a_clock_is_no_december_day(hour: int, minute: int) -> None:
    """French "dès 10h20" (from 10:20) folds to Danish/Norwegian "des 10", 10 December: a day
    number run into "h" and two digits is a clock, not a day."""
    body = (
        f"Bonjour,\n\nLe lien sera actif dès {hour}h{minute:02d} ; l'entretien débutera à "
        f"{hour + 1}h00.\n\nDate : jeudi 11 juin\n\nCordialement"
    )
    kind, got, _ = _read(body)
    assert (kind, got) == ("invitation", f"2026-06-11T{hour + 1:02d}:00:00+02:00")


# two rounds listed, the second hanging on the first: the first is the one set
IF_WELL = {
    "en": ("- Phone screen: Thursday 11 June, {a}:00 with me.", "- If the call goes well, technical interview on Thursday 18 June at {b}:00 with the team."),
    "fr": ("- Premier échange téléphonique : jeudi 11 juin à {a}h00 avec moi.", "- Si l'échange est concluant, entretien technique le jeudi 18 juin à {b}h00 avec l'équipe."),
    "de": ("- Telefonat: Donnerstag, 11. Juni, {a}:00 Uhr mit mir.", "- Wenn alles passt, Fachgespräch am Donnerstag, 18. Juni, um {b}:00 Uhr mit dem Team."),
    "es": ("- Llamada: jueves 11 de junio a las {a}:00 conmigo.", "- Si todo va bien, entrevista técnica el jueves 18 de junio a las {b}:00 con el equipo."),
}  # fmt: skip


@settings(max_examples=15, deadline=None)
@given(lang=st.sampled_from(sorted(IF_WELL)), a=st.integers(9, 12), b=st.integers(13, 17))
def test_a_round_that_hangs_on_the_first_is_not_the_one_set(lang: str, a: int, b: int) -> None:
    first, second = IF_WELL[lang]
    body = f"Hello,\n\nthe plan:\n{first.format(a=a)}\n{second.format(b=b)}\n\nPat"
    kind, got, _ = _read(body)
    assert (kind, got) == ("invitation", f"2026-06-11T{a:02d}:00:00+02:00")


# a reply deadline on the interview's own day, then the interview's clock
SAME_DAY_DUE = {
    "de": "Ihr Gespräch ist am Donnerstag, 11. Juni. Bitte bestätigen Sie bis spätestens {due}:00 Uhr am selben Tag; das Gespräch beginnt um {start}:00 Uhr.",
    "it": "Il colloquio è giovedì 11 giugno. Conferma entro le {due}:00 dello stesso giorno; il colloquio inizia alle {start}:00.",
    "en": "Your interview is on Thursday 11 June. Please confirm by {due}:00 on the same day; the interview starts at {start}:00.",
}  # fmt: skip


@settings(max_examples=12, deadline=None)
@given(
    lang=st.sampled_from(sorted(SAME_DAY_DUE)), due=st.integers(8, 10), start=st.integers(13, 17)
)
def test_a_deadline_on_the_same_day_is_not_the_start(lang: str, due: int, start: int) -> None:
    kind, got, _ = _read("Hello,\n\n" + SAME_DAY_DUE[lang].format(due=due, start=start))
    assert (kind, got) == ("invitation", f"2026-06-11T{start:02d}:00:00+02:00")
