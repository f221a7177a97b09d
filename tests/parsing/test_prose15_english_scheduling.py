"""English interview scheduling mail as people type it (prose15): "2nd stage", "1st round" and
"3rd interview" count rounds, not days; "#21-03" in a Singapore address is no 21:00-03:00
window; "pushed back a week - so Wed 24th, same time" keeps the hour of the slot it replaces;
"8:00am Pacific / 4:00pm London" is one moment, read in the zone that is written as one;
"confimred"/"confirmd" still confirm; lower-case "pst" and "pacific" after a time are zones;
"preponed", "has been pushed back" and "moved it" are moves."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing.lexicon import INVITATION_CUES, RESCHEDULED_CUES
from service.parsing.zone_words import read_zone
from tests.parsing.mailkit import plain_mail, read_json

LONDON = "Tue, 02 Feb 2027 17:30:00 +0000"
NEW_YORK = "Mon, 22 Feb 2027 10:00:00 -0500"
SINGAPORE = "Mon, 15 Feb 2027 10:20:00 +0800"
SENDER = "Robin Hale <robin@hale-search.example.co.uk>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str = LONDON, subject: str = "Interview") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


def _claimed(got: dict[str, object]) -> bool:
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


# --- ordinals that count rounds -----------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["1st", "2nd", "3rd", "4th"]),
    st.sampled_from(["stage", "round", "interview", "Stage", "Round"]),
    st.sampled_from(["passed!", "is booked in", "with the MD is booked in"]),
)
def test_an_ordinal_round_is_not_a_day(ordinal: str, noun: str, rest: str) -> None:
    got = _parse(f"Alex, {ordinal} {noun} {rest} for 10am Mon 8th Feb at the office.\n\nJamie")
    assert got["start"] == "2027-02-08T10:00:00+00:00"


def test_an_ordinal_day_still_reads() -> None:
    got = _parse("Alex, your interview is on the 9th at 3pm in our office.\n\nJamie")
    assert got["start"] == "2027-02-09T15:00:00+00:00"


# --- unit numbers ---------------------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=23), st.integers(min_value=1, max_value=12))
def test_a_singapore_unit_number_is_no_window(floor: int, unit: int) -> None:
    got = _parse(
        f"Hi Alex, can meet you at 3pm this Wed (17 Feb) at our office - 8 Marina View, "
        f"#{floor:02d}-{unit:02d}. See you!\n\nGrace",
        date=SINGAPORE,
    )
    assert got["start"] == "2027-02-17T15:00:00+08:00"
    assert got["end"] is None


def test_a_plain_range_still_reads() -> None:
    got = _parse("Hi Alex, see you Wed 17 Feb, 10-11am at our office.", date=SINGAPORE)
    assert (got["start"], got["end"]) == ("2027-02-17T10:00:00+08:00", "2027-02-17T11:00:00+08:00")


# --- a new day with "same time" ----------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["has been pushed back a week - so", "has been moved to", "has moved to"]),
    st.sampled_from(["Wed 24th", "Wed 24 Feb", "Wednesday 24 February"]),
    st.sampled_from([", same time.", " - same time.", ", same time as before."]),
)
def test_same_time_on_a_new_day_keeps_the_old_hour(verb: str, day: str, tail: str) -> None:
    got = _parse(
        f"Hi Alex,\n\nI'm afraid your panel on Wed 17 Feb at 2.30pm {verb} {day}{tail}\n\nBen",
        date="Fri, 12 Feb 2027 15:20:00 +0000",
    )
    assert got["start"] == "2027-02-24T14:30:00+00:00"


def test_same_time_without_a_move_moves_nothing() -> None:
    got = _parse(
        "Hi Alex, your panel is on Wed 17 Feb at 2.30pm. The team lunch is on Wed 24 Feb, "
        "same time as usual.\n\nBen",
        date="Fri, 12 Feb 2027 15:20:00 +0000",
    )
    assert got["start"] == "2027-02-17T14:30:00+00:00"


# --- one moment in two zones -------------------------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ("8:00am Pacific / 4:00pm London", "2027-03-03T08:00:00-08:00"),
            ("8am PT / 4pm London", "2027-03-03T08:00:00-08:00"),
            ("11:00am Eastern / 4:00pm Lisbon", "2027-03-03T11:00:00-05:00"),
            ("10am PT / 1pm ET", "2027-03-03T13:00:00-05:00"),
        ]
    ),
    st.booleans(),
)
def test_a_time_restated_for_a_city_is_the_same_moment(pair: tuple[str, str], after: bool) -> None:
    times, want = pair
    line = f"{times}, Wed March 3" if after else f"Wed March 3, {times}"
    got = _parse(
        f"Hi Alex,\n\nDana's calendar is confirmed: {line}.\n\nJordan",
        date="Wed, 24 Feb 2027 15:00:00 -0800",
    )
    assert datetime.fromisoformat(str(got["start"])) == datetime.fromisoformat(want)


# --- typed in a hurry ----------------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["confimred", "confirmd", "confrimed", "comfirmed", "Confimred"]))
def test_a_typo_of_confirmed_still_confirms(word: str) -> None:
    assert INVITATION_CUES.search(f"{word}: monday feb 15, 2:30-3:15pm")
    got = _parse(
        f"sorry for the slow reply. {word}: monday mar 1, 2:30-3:15pm. you'll meet me + Dev.",
        date=NEW_YORK,
        subject="Re: follow up",
    )
    assert got["start"] == "2027-03-01T14:30:00-05:00"
    assert got["kind"] == "invitation"


def test_the_word_alone_is_no_cue() -> None:
    assert not INVITATION_CUES.search("the payment was confined to the morning")


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            ("pst", "America/Los_Angeles"),
            ("pdt", "America/Los_Angeles"),
            ("cst", "America/Chicago"),
            ("mdt", "America/Denver"),
            ("edt", "America/New_York"),
            ("pacific", "America/Los_Angeles"),
            ("central", "America/Chicago"),
        ]
    )
)
def test_lower_case_us_zones_after_a_time(pair: tuple[str, str]) -> None:
    word, name = pair
    zone = read_zone(f" {word}, see you then")
    assert zone is not None
    assert zone.name == name


def test_lower_case_words_that_are_no_zone() -> None:
    assert read_zone(" est-ce possible ?") is None
    assert read_zone(" et 11h") is None
    assert read_zone(" central london office") is None


def test_lower_case_zone_is_read_from_another_zone() -> None:
    got = _parse("hi alex - confirmed for wed 24th at 11am pst w/ jordan.", date=NEW_YORK)
    assert got["start"] == "2027-02-24T11:00:00-08:00"


# --- moves --------------------------------------------------------------------------------------


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "Your interview scheduled at 3 PM has been preponed to 11 AM",
            "we need to prepone your HR round",
            "your panel has been pushed back a week",
            "the call has been brought forward to 10am",
            "I went ahead: we have moved it to 10am",
        ]
    )
)
def test_move_words(sentence: str) -> None:
    assert RESCHEDULED_CUES.search(sentence)


def test_preponed_is_a_move_to_the_new_hour() -> None:
    got = _parse(
        "Dear Alex,\n\nYour interview scheduled at 3 PM on 25th Feb has been preponed to 11 AM "
        "the same day due to the panel's travel. Kindly confirm.\n\nKavya",
        date="Tue, 23 Feb 2027 10:05:00 +0530",
    )
    assert got["kind"] == "reschedule"
    assert got["start"] == "2027-02-25T11:00:00+05:30"


# --- controls: look-alikes stay unsure --------------------------------------------------------


def test_options_to_pick_are_not_claimed() -> None:
    got = _parse(
        "Hi Alex,\n\nThe panel can do either of the below:\n\nOption A: Tue 2 Mar 10am\nOption "
        "B: Wed 3 Mar 3pm\n\nJust reply A or B and I'll get it booked.\n\nPriya",
        date="Wed, 24 Feb 2027 11:00:00 +0000",
    )
    assert not _claimed(got)


def test_a_move_only_asked_is_not_claimed() -> None:
    got = _parse(
        "Hi Alex, instead of Monday 9:30, would Monday 11:30 work for you? No worries if not, "
        "just let me know and I'll update the invite.\n\nAmber",
        date="Fri, 26 Feb 2027 10:00:00 -0500",
    )
    assert not _claimed(got)
