"""Follow-up rules: where each step lands, checked by example and by property."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.steps.kinds import StepKind
from service.steps.schedule import (
    STEP_DURATION,
    THANK_YOU_LATE,
    StepPlan,
    WorkingHours,
    add_business_days,
    ask_window,
    is_working_moment,
    latest_round,
    next_business_start,
    next_working_moment,
    plan_steps,
)
from service.steps.timeline import MAX_TIMELINE_AHEAD, timeline_date

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")
OFFICE = WorkingHours()  # 09:00-18:00 mon-fri


def wall(moment: datetime | None, zone: ZoneInfo) -> str:
    assert moment is not None
    return moment.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")


def steps(
    start: datetime,
    end: datetime,
    zone: ZoneInfo = BERLIN,
    hours: WorkingHours = OFFICE,
    timeline: date | None = None,
) -> StepPlan:
    return plan_steps(start=start, end=end, user_zone=zone, hours=hours, timeline_date=timeline)


def berlin(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=BERLIN)


# --- Working hours ------------------------------------------------------------------------


def test_default_working_hours_are_office_hours_on_weekdays() -> None:
    assert str(WorkingHours()) == "09:00-18:00 mon-fri"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("09:00-17:30 mon-fri", "09:00-17:30 mon-fri"),
        ("08:30-17:00 mon,tue,thu", "08:30-17:00 mon,tue,thu"),
        ("8:30 – 17:00 Monday, Tuesday, Thursday", "08:30-17:00 mon,tue,thu"),
        ("10:00-16:00 sun-thu", "10:00-16:00 mon-thu,sun"),
        ("10:00-16:00 fri-mon", "10:00-16:00 mon,fri-sun"),
        ("07:00-12:00 mon-wed,fri", "07:00-12:00 mon-wed,fri"),
        ("09:00-17:00", "09:00-17:00 mon-fri"),
    ],
)
def test_working_hours_parse_to_the_canonical_form(text: str, canonical: str) -> None:
    assert str(WorkingHours.parse(text)) == canonical


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "expected 'HH:MM-HH:MM days'"),
        ("nine to five", "expected 'HH:MM-HH:MM days'"),
        ("25:00-26:00 mon", "25:00 is not a time of day"),
        ("18:00-09:00 mon-fri", "start 18:00 must be before end 09:00"),
        ("09:00-09:00 mon", "must be before end"),
        ("09:00-17:00 mon-frday", "unknown day 'frday'"),
        ("09:00-17:00 mon,,fri", "empty entry"),
        ("09:00-17:00 mon fri", "separate days with ','"),
    ],
)
def test_bad_working_hours_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        WorkingHours.parse(text)


def test_working_hours_refuse_no_days_and_seconds() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        WorkingHours(days=frozenset())
    with pytest.raises(ValueError, match="whole minutes"):
        WorkingHours(start=time(9, 0, 30))


# --- Ask about next steps -----------------------------------------------------------------


def test_ask_window_is_the_last_ten_minutes_of_an_hour_interview() -> None:
    assert ask_window(berlin(4, 10), berlin(4, 11)) == (berlin(4, 10, 50), berlin(4, 11))


def test_ask_window_is_the_last_quarter_of_a_short_interview() -> None:
    assert ask_window(berlin(4, 10), berlin(4, 10, 20)) == (berlin(4, 10, 15), berlin(4, 10, 20))
    # At 40 minutes both rules agree.
    assert ask_window(berlin(4, 10), berlin(4, 10, 40))[0] == berlin(4, 10, 30)


def test_step_durations_cover_every_kind() -> None:
    assert set(STEP_DURATION) == set(StepKind)
    assert STEP_DURATION[StepKind.ASK_NEXT_STEPS] == timedelta(minutes=10)


# --- Thank-you ----------------------------------------------------------------------------


def test_thank_you_after_a_morning_interview_is_an_hour_later_the_same_day() -> None:
    plan = steps(berlin(4, 10), berlin(4, 11))  # Tuesday
    assert wall(plan.thank_you, BERLIN) == "Tue 2025-03-04 12:00"


def test_thank_you_after_an_evening_interview_is_the_next_working_morning() -> None:
    plan = steps(berlin(4, 18), berlin(4, 19))
    assert wall(plan.thank_you, BERLIN) == "Wed 2025-03-05 09:00"


def test_thank_you_after_a_friday_afternoon_uses_the_last_working_half_hour() -> None:
    # 18:30 is after hours and Monday breaks the 24 hours: the end itself is still in hours.
    plan = steps(berlin(7, 16, 30), berlin(7, 17, 30))
    assert wall(plan.thank_you, BERLIN) == "Fri 2025-03-07 17:30"
    assert plan.thank_you_reason == ""


def test_thank_you_after_a_friday_evening_waits_for_monday_and_says_why() -> None:
    # Friday 13:00 in New York ends at 20:00 in Berlin: never a Saturday, never at night.
    start = datetime(2025, 3, 7, 13, 0, tzinfo=NEW_YORK)
    plan = steps(start, start + timedelta(hours=1), BERLIN)
    assert wall(plan.thank_you, BERLIN) == "Mon 2025-03-10 09:00"
    assert plan.thank_you_reason == THANK_YOU_LATE


def test_thank_you_after_an_early_friday_afternoon_is_the_same_day() -> None:
    plan = steps(berlin(7, 14), berlin(7, 15))
    assert wall(plan.thank_you, BERLIN) == "Fri 2025-03-07 16:00"


def test_thank_you_after_an_interview_across_midnight_is_that_morning() -> None:
    plan = steps(berlin(4, 23, 30), berlin(5, 0, 30))
    assert wall(plan.ask_next_steps, BERLIN) == "Wed 2025-03-05 00:20"
    assert wall(plan.thank_you, BERLIN) == "Wed 2025-03-05 09:00"


def test_thank_you_waits_for_the_first_working_minute_when_none_come_in_time() -> None:
    # Half an hour on Mondays only: no working time within a day of a Tuesday interview.
    hours = WorkingHours.parse("09:00-09:30 mon")
    plan = steps(berlin(4, 8, 15), berlin(4, 8, 45), hours=hours)  # a Tuesday
    assert wall(plan.thank_you, BERLIN) == "Mon 2025-03-10 09:00"
    assert plan.thank_you_reason == THANK_YOU_LATE


def test_thank_you_on_the_night_clocks_spring_forward_uses_the_new_offset() -> None:
    every_day = WorkingHours.parse("09:00-18:00 mon-sun")
    start = datetime(2025, 3, 8, 22, 30, tzinfo=NEW_YORK)  # Saturday, EST
    plan = steps(start, start + timedelta(hours=1), NEW_YORK, every_day)
    assert plan.thank_you == datetime(2025, 3, 9, 13, 0, tzinfo=UTC)  # 09:00 EDT


# --- Follow-up ----------------------------------------------------------------------------


def test_follow_up_is_a_week_later_at_the_start_of_working_hours() -> None:
    plan = steps(berlin(4, 14), berlin(4, 15))
    assert wall(plan.follow_up, BERLIN) == "Tue 2025-03-11 09:00"


def test_follow_up_after_a_saturday_interview_moves_to_monday() -> None:
    plan = steps(berlin(8, 10), berlin(8, 11))
    assert wall(plan.follow_up, BERLIN) == "Mon 2025-03-17 09:00"


def test_follow_up_waits_two_business_days_after_two_weeks() -> None:
    end = berlin(4, 11)
    said = timeline_date("They said two weeks", interview_end=end, zone=BERLIN)
    assert said == date(2025, 3, 18)
    plan = steps(berlin(4, 10), end, timeline=said)
    assert wall(plan.follow_up, BERLIN) == "Thu 2025-03-20 09:00"


def test_follow_up_after_friday_the_12th_skips_the_weekend() -> None:
    end = berlin(2, 11, month=9)  # Tuesday 2 September 2025
    said = timeline_date("by Friday the 12th", interview_end=end, zone=BERLIN)
    assert said == date(2025, 9, 12)
    plan = steps(berlin(2, 10, month=9), end, timeline=said)
    assert wall(plan.follow_up, BERLIN) == "Tue 2025-09-16 09:00"


def test_follow_up_never_comes_before_the_thank_you() -> None:
    # A date already past when recorded: two business days after it is still today.
    plan = steps(berlin(4, 10), berlin(4, 11), timeline=date(2025, 2, 28))
    assert wall(plan.thank_you, BERLIN) == "Tue 2025-03-04 12:00"
    assert wall(plan.follow_up, BERLIN) == "Wed 2025-03-05 09:00"


def test_only_the_round_carrying_the_follow_up_gets_one() -> None:
    plan = plan_steps(
        start=berlin(4, 10),
        end=berlin(4, 11),
        user_zone=BERLIN,
        hours=OFFICE,
        carries_follow_up=False,
    )
    assert plan.follow_up is None
    assert plan.due(StepKind.THANK_YOU) == plan.thank_you


def test_follow_up_days_are_configurable() -> None:
    plan = plan_steps(
        start=berlin(4, 10), end=berlin(4, 11), user_zone=BERLIN, hours=OFFICE, follow_up_days=10
    )
    assert wall(plan.follow_up, BERLIN) == "Fri 2025-03-14 09:00"


@pytest.mark.parametrize(
    ("zone", "interview_day", "expected_utc"),
    [
        # Interview the Monday before the change; follow-up the Monday after it.
        (BERLIN, datetime(2025, 3, 24, 10), datetime(2025, 3, 31, 7, 0)),  # CET -> CEST
        (BERLIN, datetime(2025, 10, 20, 10), datetime(2025, 10, 27, 8, 0)),  # CEST -> CET
        (NEW_YORK, datetime(2025, 3, 3, 10), datetime(2025, 3, 10, 13, 0)),  # EST -> EDT
        (NEW_YORK, datetime(2025, 10, 27, 10), datetime(2025, 11, 3, 14, 0)),  # EDT -> EST
    ],
)
def test_follow_up_keeps_local_nine_across_dst(
    zone: ZoneInfo, interview_day: datetime, expected_utc: datetime
) -> None:
    start = interview_day.replace(tzinfo=zone)
    plan = steps(start, start + timedelta(hours=1), zone)
    assert plan.follow_up == expected_utc.replace(tzinfo=UTC)
    assert plan.follow_up.astimezone(zone).time() == time(9, 0)


def test_user_in_tokyo_with_the_interview_in_los_angeles() -> None:
    # Tuesday 17:00 in Los Angeles is Wednesday 10:00 in Tokyo: the user's day counts.
    start = datetime(2025, 3, 4, 17, 0, tzinfo=LOS_ANGELES)
    plan = steps(start, start + timedelta(hours=1), TOKYO)
    assert wall(plan.ask_next_steps, TOKYO) == "Wed 2025-03-05 10:50"
    assert wall(plan.thank_you, TOKYO) == "Wed 2025-03-05 12:00"
    assert wall(plan.follow_up, TOKYO) == "Wed 2025-03-12 09:00"


def test_friday_in_los_angeles_is_a_tokyo_weekend() -> None:
    start = datetime(2025, 3, 7, 17, 0, tzinfo=LOS_ANGELES)  # Saturday 10:00 in Tokyo
    plan = steps(start, start + timedelta(hours=1), TOKYO)
    assert wall(plan.thank_you, TOKYO) == "Mon 2025-03-10 09:00"
    assert wall(plan.follow_up, TOKYO) == "Mon 2025-03-17 09:00"


# --- Validation ---------------------------------------------------------------------------


def test_naive_times_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"start .* has no time zone"):
        plan_steps(
            start=datetime(2025, 3, 4, 10),
            end=berlin(4, 11),
            user_zone=BERLIN,
            hours=OFFICE,
        )


@pytest.mark.parametrize("end", [berlin(4, 10), berlin(4, 9)])
def test_an_end_not_after_the_start_is_refused(end: datetime) -> None:
    with pytest.raises(ValueError, match=r"end .* must be after start"):
        steps(berlin(4, 10), end)


@pytest.mark.parametrize("year", [1, 9999])
def test_absurd_years_are_refused(year: int) -> None:
    start = datetime(year, 6, 1, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="outside the years"):
        steps(start, start + timedelta(hours=1))


def test_follow_up_days_must_be_sensible() -> None:
    with pytest.raises(ValueError, match="follow_up_days 0"):
        plan_steps(
            start=berlin(4, 10), end=berlin(4, 11), user_zone=BERLIN, hours=OFFICE, follow_up_days=0
        )


# --- Business-day helpers -----------------------------------------------------------------


def test_next_business_start_skips_the_weekend() -> None:
    assert (
        wall(next_business_start(berlin(7, 18), BERLIN, OFFICE), BERLIN) == "Mon 2025-03-10 09:00"
    )
    assert next_business_start(berlin(10, 9), BERLIN, OFFICE) == berlin(10, 9)


def test_next_working_moment_keeps_a_moment_inside_hours() -> None:
    assert next_working_moment(berlin(4, 15), BERLIN, OFFICE) == berlin(4, 15)
    assert is_working_moment(berlin(4, 17, 59), BERLIN, OFFICE)
    assert not is_working_moment(berlin(4, 18), BERLIN, OFFICE)


def test_working_hours_starting_in_a_skipped_hour_start_after_the_jump() -> None:
    # 02:30 does not exist in Berlin on 30 March 2025; like RFC 5545, read it with the
    # offset before the gap, which is 03:30 summer time.
    hours = WorkingHours.parse("02:30-18:00 mon-sun")
    opens = next_business_start(berlin(29, 20), BERLIN, hours)
    assert wall(opens, BERLIN) == "Sun 2025-03-30 03:30"


def test_add_business_days_counts_only_working_days() -> None:
    assert add_business_days(date(2025, 3, 7), 2, OFFICE) == date(2025, 3, 11)  # Fri -> Tue
    assert add_business_days(date(2025, 3, 8), 0, OFFICE) == date(2025, 3, 10)  # Sat -> Mon
    sun_thu = WorkingHours.parse("09:00-17:00 sun-thu")
    assert add_business_days(date(2025, 3, 6), 1, sun_thu) == date(2025, 3, 9)  # Thu -> Sun


# --- Rounds -------------------------------------------------------------------------------


def test_the_latest_round_carries_the_follow_up() -> None:
    rounds = [(1, berlin(4, 10)), (3, berlin(11, 10)), (2, berlin(7, 10))]
    assert latest_round(rounds) == 3


def test_rounds_at_the_same_time_go_to_the_larger_key() -> None:
    assert latest_round([(7, berlin(4, 10)), (9, berlin(4, 10)), (8, berlin(4, 10))]) == 9


def test_no_rounds_carry_nothing() -> None:
    assert latest_round([]) is None


def test_rounds_need_aware_starts() -> None:
    with pytest.raises(ValueError, match="round start"):
        latest_round([(1, datetime(2025, 3, 4, 10))])


# --- What the employer said ---------------------------------------------------------------

SAID_ON = datetime(2025, 3, 4, 15, 0, tzinfo=UTC)  # Tuesday 16:00 in Berlin


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("two weeks", date(2025, 3, 18)),
        ("2 weeks", date(2025, 3, 18)),
        ("They'll get back to me within two weeks.", date(2025, 3, 18)),
        ("a two-week process", date(2025, 3, 18)),
        ("within 10 days", date(2025, 3, 14)),
        ("a few days", date(2025, 3, 7)),
        ("a couple of days", date(2025, 3, 6)),
        ("a day or two", date(2025, 3, 6)),
        ("1-2 weeks", date(2025, 3, 18)),
        ("3 to 4 weeks", date(2025, 4, 1)),
        ("5 business days", date(2025, 3, 11)),
        ("48 hours", date(2025, 3, 6)),
        ("a fortnight", date(2025, 3, 18)),
        ("end of next week", date(2025, 3, 14)),
        ("next week", date(2025, 3, 14)),
        ("early next week", date(2025, 3, 11)),
        ("end of the week", date(2025, 3, 7)),
        ("by Friday", date(2025, 3, 7)),
        ("by Friday the 14th", date(2025, 3, 14)),
        ("next Monday", date(2025, 3, 10)),
        ("next Friday", date(2025, 3, 14)),
        ("monday next week", date(2025, 3, 10)),
        ("a week from Friday", date(2025, 3, 14)),
        ("March 5", date(2025, 3, 5)),
        ("5th of March", date(2025, 3, 5)),
        ("Friday, March 14", date(2025, 3, 14)),
        ("Friday, March 7", date(2025, 3, 7)),
        ("2025-03-20", date(2025, 3, 20)),
        ("in a month", date(2025, 4, 4)),
        ("end of the month", date(2025, 3, 31)),
        ("by the 15th", date(2025, 3, 15)),
        ("on the 3rd", date(2025, 4, 3)),
        ("tomorrow", date(2025, 3, 5)),
        ("2 rounds left, then a decision in 2 weeks", date(2025, 3, 18)),
    ],
)
def test_timeline_phrases_imply_a_date(text: str, implied: date) -> None:
    assert timeline_date(text, interview_end=SAID_ON, zone=BERLIN) == implied


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "we'll let you know",
        "they may take a while",
        "after the 2nd round",
        "by 5 pm",
        "3/5",  # March 5 or 3 May: not ours to guess
        "24/7 support",
        "by Friday the 12th",  # 12 March 2025 is a Wednesday
        "Thursday, March 14",  # the 14th is a Friday: which of the two was meant?
        "march 3",  # the next one is almost a year away
        "in 12 months",
        "by the 30th of feb",
    ],
)
def test_timeline_phrases_without_a_clear_date_imply_none(text: str) -> None:
    assert timeline_date(text, interview_end=SAID_ON, zone=BERLIN) is None


# The same sentences an employer writes in the other languages the parser reads; SAID_ON is
# Tuesday 4 March 2025, so "Friday the 14th" and "Friday 14" are real dates.
@pytest.mark.parametrize(
    ("text", "implied"),
    [
        ("Wir melden uns innerhalb von zwei Wochen bei Ihnen.", date(2025, 3, 18)),
        ("Eine Entscheidung bis Freitag, den 14.", date(2025, 3, 14)),
        ("Sie hören bis Ende nächster Woche von uns.", date(2025, 3, 14)),
        ("Rückmeldung am 20. März", date(2025, 3, 20)),
        ("in 5 Werktagen", date(2025, 3, 11)),
        ("Nous reviendrons vers vous dans deux semaines.", date(2025, 3, 18)),
        ("Une décision d'ici vendredi 14", date(2025, 3, 14)),
        ("d'ici la fin de la semaine prochaine", date(2025, 3, 14)),
        ("réponse le 20 mars", date(2025, 3, 20)),
        ("Le daremos una respuesta en dos semanas.", date(2025, 3, 18)),
        ("una decisión antes del viernes 14", date(2025, 3, 14)),
        ("a finales de mes", date(2025, 3, 31)),
        ("Ti faremo sapere entro due settimane.", date(2025, 3, 18)),
        ("una decisione entro venerdì 14", date(2025, 3, 14)),
        ("entro la fine della prossima settimana", date(2025, 3, 14)),
        ("We laten het u binnen twee weken weten.", date(2025, 3, 18)),
        ("een beslissing uiterlijk vrijdag 14", date(2025, 3, 14)),
        ("uiterlijk 20 maart", date(2025, 3, 20)),
        ("Daremos retorno em duas semanas.", date(2025, 3, 18)),
        ("uma decisão até sexta-feira, dia 14", date(2025, 3, 14)),
        ("resposta até 20 de março", date(2025, 3, 20)),
    ],
)
def test_timeline_phrases_in_other_languages_imply_a_date(text: str, implied: date) -> None:
    assert timeline_date(text, interview_end=SAID_ON, zone=BERLIN) == implied


def test_english_words_that_are_numbers_elsewhere_stay_english() -> None:
    # "due" is Italian for two, "sept" French for seven: only before a unit.
    assert timeline_date("due by sept 12", interview_end=SAID_ON, zone=BERLIN) == date(2025, 9, 12)
    assert timeline_date("by 10 am", interview_end=SAID_ON, zone=BERLIN) is None


def test_timeline_is_read_in_the_users_zone() -> None:
    # 22:30 UTC on Tuesday is already Wednesday in Tokyo: "tomorrow" is Thursday there.
    late = datetime(2025, 3, 4, 22, 30, tzinfo=UTC)
    assert timeline_date("tomorrow", interview_end=late, zone=BERLIN) == date(2025, 3, 5)
    assert timeline_date("tomorrow", interview_end=late, zone=TOKYO) == date(2025, 3, 6)


def test_timeline_needs_an_aware_end() -> None:
    with pytest.raises(ValueError, match="interview_end"):
        timeline_date("two weeks", interview_end=datetime(2025, 3, 4, 16), zone=BERLIN)


# --- Properties ---------------------------------------------------------------------------

ZONES = [
    ZoneInfo(name)
    for name in (
        "UTC",
        "Europe/London",
        "Europe/Berlin",
        "Europe/Moscow",
        "America/New_York",
        "America/Los_Angeles",
        "America/St_Johns",
        "America/Sao_Paulo",
        "America/Santiago",
        "America/Havana",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "Asia/Tokyo",
        "Asia/Tehran",
        "Australia/Adelaide",
        "Australia/Lord_Howe",
        "Pacific/Auckland",
        "Pacific/Chatham",
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "Africa/Cairo",
    )
]
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MINUTES_2000_TO_2040 = 40 * 366 * 24 * 60

zones = st.sampled_from(ZONES)
instants = st.integers(0, MINUTES_2000_TO_2040).map(lambda m: EPOCH + timedelta(minutes=m))
durations = st.integers(1, 8 * 60).map(lambda m: timedelta(minutes=m))


@st.composite
def working_hours(draw: st.DrawFn) -> WorkingHours:
    opens = draw(st.integers(0, 24 * 60 - 2))
    closes = draw(st.integers(opens + 1, 24 * 60 - 1))
    days = draw(st.frozensets(st.integers(0, 6), min_size=1))
    return WorkingHours(time(*divmod(opens, 60)), time(*divmod(closes, 60)), days)


def inside(moment: datetime, zone: ZoneInfo, start: time, end: time, days: frozenset[int]) -> bool:
    """Spell out "inside working hours" the slow way: a day's opening to its closing."""
    local_day = moment.astimezone(zone).date()
    for offset in (-1, 0, 1):
        day = local_day + timedelta(days=offset)
        opens = datetime.combine(day, start, tzinfo=zone)
        closes = datetime.combine(day, end, tzinfo=zone)
        if day.weekday() in days and opens <= moment < closes:
            return True
    return False


def first_minute(
    earliest: datetime, latest: datetime, zone: ZoneInfo, hours: WorkingHours, days: frozenset[int]
) -> datetime | None:
    moment = earliest
    while moment <= latest:
        if inside(moment, zone, hours.start, hours.end, days):
            return moment
        moment += timedelta(minutes=1)
    return None


def opens_on(day: date, zone: ZoneInfo, hours: WorkingHours) -> datetime:
    return datetime.combine(day, hours.start, tzinfo=zone).astimezone(UTC)


def assert_at_a_business_start(moment: datetime, zone: ZoneInfo, hours: WorkingHours) -> None:
    local = moment.astimezone(zone)
    assert local.weekday() in hours.days
    if local.time() != hours.start:
        # Only where the start time itself was skipped by a clock change that day.
        skipped = datetime.combine(local.date(), hours.start, tzinfo=zone)
        assert skipped.astimezone(UTC).astimezone(zone).time() != hours.start
        assert moment == skipped.astimezone(UTC)


BOUNDED = settings(max_examples=300, deadline=None)


@BOUNDED
@given(zone=zones, hours=working_hours(), start=instants, length=durations)
def test_steps_keep_their_promises(
    zone: ZoneInfo, hours: WorkingHours, start: datetime, length: timedelta
) -> None:
    end = start + length
    plan = plan_steps(start=start, end=end, user_zone=zone, hours=hours)
    ask_from, ask_until = ask_window(start, end)
    assert plan.ask_next_steps == ask_from
    assert start <= ask_from < ask_until == end
    # The window opens on the whole minute at or before "the last 10 minutes" (or quarter).
    wanted = min(timedelta(minutes=10), length / 4)
    assert wanted <= ask_until - ask_from < wanted + timedelta(minutes=1)
    assert is_working_moment(plan.thank_you, zone, hours)
    if plan.thank_you_reason:
        assert plan.thank_you > end + timedelta(hours=24)
    else:
        assert end <= plan.thank_you <= end + timedelta(hours=24)
    assert plan.follow_up is not None
    assert_at_a_business_start(plan.follow_up, zone, hours)
    assert plan.ask_next_steps < plan.thank_you < plan.follow_up
    for moment in (plan.ask_next_steps, plan.thank_you, plan.follow_up):
        assert moment.tzinfo is UTC
        assert moment.second == moment.microsecond == 0


@BOUNDED
@given(zone=zones, hours=working_hours(), start=instants, length=durations)
def test_thank_you_is_the_earliest_sensible_moment(
    zone: ZoneInfo, hours: WorkingHours, start: datetime, length: timedelta
) -> None:
    end = start + length
    thank_you = plan_steps(start=start, end=end, user_zone=zone, hours=hours).thank_you
    earliest, latest = end + timedelta(hours=1), end + timedelta(hours=24)
    expected = (
        first_minute(earliest, latest, zone, hours, hours.days)
        or first_minute(end, latest, zone, hours, hours.days)
        or next_business_start(earliest, zone, hours)
    )
    assert thank_you == expected


@BOUNDED
@given(
    zone=zones,
    hours=working_hours(),
    start=instants,
    length=durations,
    follow_up_days=st.integers(1, 30),
)
def test_follow_up_is_the_first_business_day_after_the_delay(
    zone: ZoneInfo, hours: WorkingHours, start: datetime, length: timedelta, follow_up_days: int
) -> None:
    end = start + length
    plan = plan_steps(
        start=start, end=end, user_zone=zone, hours=hours, follow_up_days=follow_up_days
    )
    day = end.astimezone(zone).date() + timedelta(days=follow_up_days)
    while day.weekday() not in hours.days or opens_on(day, zone, hours) <= plan.thank_you:
        day += timedelta(days=1)
    assert plan.follow_up == opens_on(day, zone, hours)


@BOUNDED
@given(
    zone=zones,
    hours=working_hours(),
    start=instants,
    length=durations,
    said=st.integers(-5, 90),
)
def test_follow_up_comes_two_business_days_after_the_employers_date(
    zone: ZoneInfo, hours: WorkingHours, start: datetime, length: timedelta, said: int
) -> None:
    end = start + length
    timeline = end.astimezone(zone).date() + timedelta(days=said)
    plan = plan_steps(start=start, end=end, user_zone=zone, hours=hours, timeline_date=timeline)
    assert plan.follow_up is not None
    assert_at_a_business_start(plan.follow_up, zone, hours)
    follow_up_day = plan.follow_up.astimezone(zone).date()
    between = [timeline + timedelta(days=n) for n in range(1, (follow_up_day - timeline).days + 1)]
    business_days = sum(day.weekday() in hours.days for day in between)
    assert business_days >= 2
    if business_days > 2:
        # Pushed later only to come after the thank-you, and no further than needed.
        previous = max(day for day in between[:-1] if day.weekday() in hours.days)
        assert opens_on(previous, zone, hours) <= plan.thank_you


@BOUNDED
@given(zone=zones, hours=working_hours(), start=instants, length=durations)
def test_a_round_without_the_follow_up_keeps_its_other_steps(
    zone: ZoneInfo, hours: WorkingHours, start: datetime, length: timedelta
) -> None:
    carried = plan_steps(start=start, end=start + length, user_zone=zone, hours=hours)
    other = plan_steps(
        start=start, end=start + length, user_zone=zone, hours=hours, carries_follow_up=False
    )
    assert other == StepPlan(
        carried.ask_next_steps, carried.thank_you, None, carried.thank_you_reason
    )


@BOUNDED
@given(hours=working_hours())
def test_working_hours_round_trip_through_text(hours: WorkingHours) -> None:
    assert WorkingHours.parse(str(hours)) == hours


@BOUNDED
@given(rounds=st.lists(st.tuples(st.integers(0, 50), instants), max_size=8), seed=st.randoms())
def test_latest_round_ignores_order(
    rounds: list[tuple[int, datetime]], seed: random.Random
) -> None:
    shuffled = list(rounds)
    seed.shuffle(shuffled)
    picked = latest_round(shuffled)
    if not rounds:
        assert picked is None
        return
    assert picked == max(rounds, key=lambda r: (r[1], r[0]))[0]


PHRASES = ["two weeks", "by Friday the 12th", "end of next week", "March 5", "in a month"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=60),
        st.builds(
            "{} {} {}".format, st.text(max_size=15), st.sampled_from(PHRASES), st.text(max_size=15)
        ),
    ),
    end=instants,
    zone=zones,
)
def test_timeline_is_never_before_the_interview_nor_far_off(
    text: str, end: datetime, zone: ZoneInfo
) -> None:
    implied = timeline_date(text, interview_end=end, zone=zone)
    if implied is not None:
        said_on = end.astimezone(zone).date()
        assert said_on <= implied <= said_on + MAX_TIMELINE_AHEAD


# Spelled-out numbers and units in each language, with their English meaning.
_SPELLED = {
    "de": (["eine", "zwei", "drei", "vier", "fünf"], {"day": "Tagen", "week": "Wochen"}),
    "fr": (["un", "deux", "trois", "quatre", "cinq"], {"day": "jours", "week": "semaines"}),
    "es": (["un", "dos", "tres", "cuatro", "cinco"], {"day": "días", "week": "semanas"}),
    "it": (["un", "due", "tre", "quattro", "cinque"], {"day": "giorni", "week": "settimane"}),
    "nl": (["een", "twee", "drie", "vier", "vijf"], {"day": "dagen", "week": "weken"}),
    "pt": (["um", "dois", "três", "quatro", "cinco"], {"day": "dias", "week": "semanas"}),
}


@settings(max_examples=100, deadline=None)
@given(
    language=st.sampled_from(sorted(_SPELLED)),
    count=st.integers(1, 5),
    unit=st.sampled_from(["day", "week"]),
    end=instants,
    zone=zones,
)
def test_a_spelled_out_wait_reads_as_in_english(
    language: str, count: int, unit: str, end: datetime, zone: ZoneInfo
) -> None:
    numbers, units = _SPELLED[language]
    said = f"{numbers[count - 1]} {units[unit]}"
    english = f"{count} {unit}s"
    assert timeline_date(said, interview_end=end, zone=zone) == timeline_date(
        english, interview_end=end, zone=zone
    )


@pytest.mark.parametrize(
    ("zone", "gap_day"),
    [("America/New_York", date(2031, 3, 9)), ("Europe/Berlin", date(2027, 3, 28))],
)
def test_hours_that_fall_in_the_dst_gap_skip_that_day(zone: str, gap_day: date) -> None:
    """Hours of 02:00-03:00 do not exist on the spring-forward day: a step due then goes to
    the next day's hour, a moment that is inside working hours (it was put at the gap's
    edge, in no working hour at all; found by test_snoozed_steps_follow_a_new_zone_...)."""
    tz = ZoneInfo(zone)
    night = WorkingHours(time(2, 0), time(3, 0), frozenset(range(7)))
    before = datetime.combine(gap_day, time(0, 30), tzinfo=tz)
    moment = next_working_moment(before, tz, night)
    assert is_working_moment(moment, tz, night)
    assert moment.astimezone(tz).date() == gap_day + timedelta(days=1)
    assert moment.astimezone(tz).time() == time(2, 0)
