"""Scheduling mail typed in English outside the US/UK mainstream (prose13): a bare hour before
"sharp" ("by 10 sharp"), a date that ends its sentence keeps the time written before it, a
labelled "Duration: 1h30" wins over a part's length further on, a list of things to hand in
"by" a time is a deadline, and a mail that says it reached the reader by mistake."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import misdirected
from service.parsing.when_choosers import _handed_in_by
from service.parsing.when_ends import _duration
from tests.parsing.mailkit import plain_mail

SENT = "Thu, 21 Jan 2027 17:50:00 +0500"


def _parse(body: str, date: str = SENT) -> dict[str, object]:
    return parse_message(
        plain_mail(
            "Interview",
            body,
            sender="Saima Rauf <saima@foods.example.pk>",
            to="candidate@mailbox.example",
            date=date,
        )
    ).to_json_dict()


def _start(body: str, date: str = SENT) -> str:
    return str(_parse(body, date).get("start"))[:16]


def _claimed(body: str, date: str = SENT) -> bool:
    got = _parse(body, date)
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


# --- "sharp" after a bare hour ----------------------------------------------------------------


def test_bare_hour_before_sharp_is_a_clock() -> None:
    assert _start("Please reach our office by 10 sharp on Monday 25th January.") == (
        "2027-01-25T10:00"
    )
    assert _start("Be at the depot at 9 sharp on Tuesday 26 January, please.") == (
        "2027-01-26T09:00"
    )


def test_bare_number_without_sharp_after_by_stays_no_clock() -> None:
    # "by 10" alone may be a count ("by 10 percent"); nothing here is read as a time
    assert not _claimed("Our sales grew by 10 on Monday 25th January, as we hoped.")


# --- a date that ends its sentence keeps the time before it -----------------------------------


def test_time_in_the_next_sentence_is_not_the_dates() -> None:
    assert _start(
        "Please reach our office by 10 sharp on Monday 25th January. The GM has a flight at 12 "
        "so kindly be on time."
    ) == ("2027-01-25T10:00")
    assert _start(
        "Your interview is at 11:30 on Tuesday 26 January. Lunch is served at 1pm in the canteen."
    ) == ("2027-01-26T11:30")


def test_time_right_after_the_date_still_pairs() -> None:
    assert _start("Your interview is on Tuesday 26 January at 3pm. Parking opens at 2.") == (
        "2027-01-26T15:00"
    )


# --- a labelled "1h30" length comes first -----------------------------------------------------


def test_labelled_length_before_a_parts_length() -> None:
    assert _duration("Duration: 1h30 (including a 20-minute case study)") == timedelta(minutes=90)
    assert _duration("Durée : 1h15, dont une présentation de 10 minutes") == timedelta(minutes=75)


def test_unlabelled_length_before_a_label_keeps_its_order() -> None:
    assert _duration("a 45 minute chat. Duration: 1h30") == timedelta(minutes=45)
    assert _duration("see you at 10h30 for 1 hour") == timedelta(minutes=60)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=3), st.integers(min_value=0, max_value=59))
def test_labelled_hhmm_is_read_whatever_follows(hours: int, minutes: int) -> None:
    text = f"Duration: {hours}h{minutes:02d} (a 15-minute break included)"
    assert _duration(text) == timedelta(hours=hours, minutes=minutes)


# --- a list of things to hand in "by" a time --------------------------------------------------


def test_list_handed_in_by_is_a_deadline() -> None:
    assert _handed_in_by(
        "you are requested to submit attested copies of your degrees, experience letters and "
        "two passport size photographs at the reception by "
    )
    assert _handed_in_by(
        "Please return the signed contract, your bank details and a copy of your ID to HR by "
    )
    assert not _claimed(
        "Please return the signed contract, your bank details and a copy of your ID to HR by "
        "4pm on Friday 22 January."
    )


def test_coming_in_by_a_time_is_no_deadline() -> None:
    assert not _handed_in_by(
        "Please submit your ID copy to the front desk and be at the office by "
    )
    assert _start(
        "Please submit your ID copy to the front desk and be at the office by 9:30 am on Friday "
        "22 January for your interview."
    ) == ("2027-01-22T09:30")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["forms", "copies", "photos", "letters"]), min_size=1, max_size=5))
def test_handed_in_needs_by_at_the_end(items: list[str]) -> None:
    text = "please upload your " + ", ".join(items) + " to the portal"
    assert not _handed_in_by(text + " ")
    assert _handed_in_by(text + " by ")


# --- mail that reached the reader by mistake --------------------------------------------------


def test_mail_sent_by_mistake_is_no_invitation() -> None:
    assert not _claimed(
        "Hi Alex,\n\nPlease ignore the previous mail about the interview on Tuesday 2nd Feb at "
        "3 PM - it was meant for another candidate and was sent to you by mistake.\n\nMeera"
    )
    assert not _claimed(
        "Dear Alex,\n\nApologies, the schedule below was sent to you in error:\n\n9.00 a.m. - "
        "John Otieno, Tuesday 9th February\n\nRegards,\nGrace",
        "Thu, 04 Feb 2027 14:00:00 +0300",
    )


def test_correction_naming_your_interview_is_still_one() -> None:
    assert _claimed(
        "Hi Alex,\n\nSorry, the earlier mail was sent to you in error. Your interview is on "
        "Tuesday 2nd Feb at 3 PM.\n\nMeera"
    )


def test_misdirected_cues_in_other_languages_and_not_in_disclaimers() -> None:
    assert misdirected("diese e-mail wurde ihnen versehentlich zugeschickt.")
    assert misdirected("ce message vous a été envoyé par erreur, merci de l'ignorer.")
    assert misdirected("el correo anterior fue enviado por error.")
    assert not misdirected("if this message was sent to you in error, please delete it.")
    assert not misdirected("si ce message vous a été envoyé par erreur, merci de le détruire.")
