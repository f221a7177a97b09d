"""Reply threads as a job seeker receives them (threads15): a reply written under the quote
(bottom-posted) that moves the slot, a bare weekday that picks one of the dated offers quoted
below it, and an end time after a comma ("om 15:00 uur, tot 16:00 uur", "6. April um 15:00
Uhr, bis 16:00 Uhr"). Mail text is invented for these tests; controls keep what must not move.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message


def _mail(body: str, *, subject: str = "Re: Interview", date_header: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Hiring <hiring@fernhill.example>"
    message["To"] = "alex.morgan@mailbox.example"
    message["Date"] = date_header
    message["Subject"] = subject
    message.set_content(body, cte="8bit")
    return message.as_bytes(policy=SMTP)


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


# --- a reply written under the quote ----------------------------------------------------

FR_QUOTE = "Bonjour Alex,\n\nC'est confirmé pour lundi 19 avril à 14h.\n\nJulien"
FR_HEAD = "Le 12/04/2027 à 11:00, Julien Perrin a écrit :"
FR_DATE = "Fri, 16 Apr 2027 16:45:00 +0200"


def test_a_move_written_under_the_quote_is_the_new_slot() -> None:
    body = (
        f"{FR_HEAD}\n{_quoted(FR_QUOTE)}\n\n"
        "Bonjour Alex,\n\nFinalement, nous devons avancer l'entretien à 11h le même jour."
        "\n\nJulien\n"
    )
    parsed = parse_message(_mail(body, subject="Re: Entretien lundi", date_header=FR_DATE))
    assert parsed.start == datetime.fromisoformat("2027-04-19T11:00:00+02:00")
    assert parsed.kind == "reschedule"


def test_an_english_move_under_a_thunderbird_quote() -> None:
    quote = "Hi Alex,\n\nYou're booked for Thursday, May 20 at 2:00 PM.\n\nLaura"
    body = (
        f"On 5/12/27 11:00 AM, Laura Chen wrote:\n{_quoted(quote)}\n\n"
        "Hi Alex,\n\nWe have had to move it to 4:30 PM, same day. Sorry for the change.\n\nLaura\n"
    )
    parsed = parse_message(_mail(body, date_header="Mon, 17 May 2027 09:00:00 -0400"))
    assert parsed.start is not None
    assert parsed.start.replace(tzinfo=None) == datetime(2027, 5, 20, 16, 30)


def test_thanks_under_the_quote_keeps_the_quoted_slot_unclaimed() -> None:
    body = f"{FR_HEAD}\n{_quoted(FR_QUOTE)}\n\nMerci, c'est noté.\n\nAlex\n"
    parsed = parse_message(_mail(body, subject="Re: Entretien lundi", date_header=FR_DATE))
    assert parsed.start == datetime.fromisoformat("2027-04-19T14:00:00+02:00")
    assert parsed.confidence < 0.5


def test_a_quoted_line_that_lost_its_marker_stays_quoted() -> None:
    # a wrapped quote line without "> " right under the quote is not a new paragraph
    body = (
        f"Thanks, see you then.\n\n{FR_HEAD}\n{_quoted(FR_QUOTE)}\n"
        "Finalement, nous devons avancer l'entretien à 11h le même jour.\n"
    )
    parsed = parse_message(_mail(body, subject="Re: Entretien lundi", date_header=FR_DATE))
    assert parsed.start == datetime.fromisoformat("2027-04-19T14:00:00+02:00")


# --- a bare weekday that picks a dated offer ----------------------------------------------


def _pick(reply: str, offer: str, attribution: str, date_header: str) -> bytes:
    return _mail(f"{reply}\n\n{attribution}\n{_quoted(offer)}\n", date_header=date_header)


def test_dutch_friday_pick_takes_the_quoted_friday_a_week_later() -> None:
    raw = _pick(
        "Vrijdag om 13:30 is prima!",
        "Hoi Alex,\n\nWe kunnen woensdag 24 maart om 10:00 of vrijdag 26 maart om 13:30.\n\nSanne",
        "Op di 16 mrt. 2027 om 14:20 schreef Sanne de Wit <sanne@polder.example>:",
        "Tue, 16 Mar 2027 21:04:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start == datetime.fromisoformat("2027-03-26T13:30:00+01:00")


def test_german_pick_in_a_later_week() -> None:
    raw = _pick(
        "Donnerstag 11 Uhr passt mir gut.",
        "Hallo Alex,\n\nwir bieten Dienstag, 20. April, 9 Uhr oder Donnerstag, 22. April, "
        "11 Uhr an.",
        "Am Mo., 12. Apr. 2027 um 09:00 Uhr schrieb Lena Fischer <lena@isar.example>:",
        "Mon, 12 Apr 2027 18:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.date() == date(2027, 4, 22)


def test_control_a_different_hour_keeps_the_coming_weekday() -> None:
    raw = _pick(
        "Friday at 9:00 would suit me.",
        "Hi Alex,\n\nWe could do Wednesday, March 24 at 10:00 or Friday, March 26 at 13:30.",
        "On Tue, Mar 16, 2027 at 2:20 PM Sam <sam@polder.example> wrote:",
        "Tue, 16 Mar 2027 21:04:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is None or parsed.start.date() != date(2027, 3, 26)


def test_control_two_quoted_fridays_at_that_hour_stay_undecided() -> None:
    raw = _pick(
        "Friday at 13:30 works.",
        "Hi Alex,\n\nFriday, March 26 at 13:30 or Friday, April 2 at 13:30?",
        "On Tue, Mar 16, 2027 at 2:20 PM Sam <sam@polder.example> wrote:",
        "Tue, 16 Mar 2027 21:04:00 +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is None or parsed.start.date() not in (date(2027, 3, 26), date(2027, 4, 2))


@settings(max_examples=25, deadline=None)
@given(weeks=st.integers(min_value=1, max_value=4), hour=st.integers(min_value=9, max_value=17))
def test_the_picked_weekday_is_the_quoted_one(weeks: int, hour: int) -> None:
    sent = datetime(2027, 3, 16, 20, 0)  # a Tuesday
    friday = date(2027, 3, 19) + timedelta(weeks=weeks)
    wednesday = friday - timedelta(days=2)
    offer = (
        f"Hi Alex,\n\nWe could do Wednesday, {wednesday:%B} {wednesday.day} at 10:00 "
        f"or Friday, {friday:%B} {friday.day} at {hour}:00.\n\nSam"
    )
    raw = _pick(
        f"Friday at {hour}:00 works for me.",
        offer,
        "On Tue, Mar 16, 2027 at 9:00 AM Sam <sam@polder.example> wrote:",
        f"{sent:%a, %d %b %Y %H:%M:%S} +0100",
    )
    parsed = parse_message(raw)
    assert parsed.start is not None
    assert parsed.start.date() == friday
    assert parsed.start.hour == hour


# --- an end after a comma -------------------------------------------------------------------


def _confirmation(body: str) -> bytes:
    return _mail(body, subject="Bevestiging", date_header="Tue, 30 Mar 2027 10:02:00 +0200")


def test_dutch_tot_after_a_comma_ends_the_slot() -> None:
    parsed = parse_message(
        _confirmation(
            "Hierbij bevestig ik je gesprek op dinsdag 6 april om 15:00 uur, tot 16:00 uur."
        )
    )
    assert parsed.start == datetime.fromisoformat("2027-04-06T15:00:00+02:00")
    assert parsed.end == datetime.fromisoformat("2027-04-06T16:00:00+02:00")


def test_german_bis_after_an_ordinal_date_ends_the_slot() -> None:
    parsed = parse_message(
        _confirmation(
            "Hiermit bestätige ich Ihr Gespräch am Dienstag, 6. April, 15:00 Uhr, bis 16:00 Uhr."
        )
    )
    assert parsed.end == datetime.fromisoformat("2027-04-06T16:00:00+02:00")


def test_control_an_until_in_the_next_sentence_is_no_end() -> None:
    parsed = parse_message(
        _confirmation(
            "Ihr Gespräch ist am Di. 6. April um 15:00 Uhr. Der Empfang ist bis 18 Uhr besetzt."
        )
    )
    assert parsed.start == datetime.fromisoformat("2027-04-06T15:00:00+02:00")
    assert parsed.end is None


def test_control_a_dutch_reply_deadline_is_no_end() -> None:
    parsed = parse_message(
        _confirmation("Je gesprek is op dinsdag 6 april om 15:00 uur. Reageer graag tot 17:00 uur.")
    )
    assert parsed.end is None


# --- a reply that calls off the quoted slot -------------------------------------------------


def test_a_reply_cancelling_the_quoted_slot_is_a_cancellation_of_it() -> None:
    quote = "Dzień dobry,\n\npotwierdzam spotkanie w czwartek 27 maja o 12:00.\n\nKatarzyna"
    body = (
        "Dzień dobry,\n\nniestety musimy odwołać jutrzejsze spotkanie. Przepraszam.\n\n"
        "Katarzyna Zając\n\n"
        f"czw., 20 maj 2027 o 10:00 Katarzyna Zając <k.zajac@wawel.example> napisał(a):\n\n"
        f"{_quoted(quote)}\n"
    )
    parsed = parse_message(_mail(body, date_header="Wed, 26 May 2027 15:00:00 +0200"))
    assert parsed.kind == "cancellation"
    assert parsed.start == datetime.fromisoformat("2027-05-27T12:00:00+02:00")


def test_the_candidates_own_wish_to_cancel_and_a_french_regret() -> None:
    quote = "Hi Alex,\n\nWe'll see you on Monday 31 May at 14:00 at our office.\n\nBen"
    body = (
        "Hi Ben,\n\nI've accepted another offer, so I'd like to cancel our interview on Monday."
        f"\n\nAlex\n\nOn Fri, May 21, 2027 at 10:00 AM Ben <ben@quay.example>:\n{_quoted(quote)}\n"
    )
    parsed = parse_message(_mail(body, date_header="Wed, 26 May 2027 19:00:00 +0100"))
    assert parsed.kind == "cancellation"
    french = parse_message(
        _mail(
            "Bonjour,\n\nJe suis au regret d'annuler notre entretien de mercredi 19 mai à 10h.",
            subject="Entretien",
            date_header="Mon, 17 May 2027 09:10:00 +0200",
        )
    )
    assert french.kind == "cancellation"
    assert french.start == datetime.fromisoformat("2027-05-19T10:00:00+02:00")


def test_control_thanks_over_the_quoted_slot_cancels_nothing() -> None:
    quote = "Hi Alex,\n\nWe'll see you on Monday 31 May at 14:00 at our office.\n\nBen"
    head = "On Fri, May 21, 2027 at 10:00 AM Ben <b@q.example>:"
    body = f"Thanks Ben, see you then!\n\n{head}\n{_quoted(quote)}\n"
    parsed = parse_message(_mail(body, date_header="Fri, 21 May 2027 12:00:00 +0100"))
    assert parsed.kind != "cancellation"


def test_control_an_invitation_telling_how_to_cancel_stays_an_invitation() -> None:
    parsed = parse_message(
        _mail(
            "Hi Alex,\n\nYour interview is on Tuesday, May 25 at 10:00 AM. If you need to cancel"
            " the interview, please let us know a day ahead.\n\nLaura",
            subject="Interview invitation",
            date_header="Mon, 17 May 2027 09:00:00 -0400",
        )
    )
    assert parsed.kind == "invitation"
