# ruff: noqa: E501 (mail sentences read best one a line)
"""What the change68 study showed the parser missing (tests/parsing/corpus/PROVENANCE-change68.md):
notices of change read as new invitations, so a move made a second interview in the
calendar and a cancellation put the called-off one in it.

- A slot the mail gives up ("en lugar del martes 8 a las 10:00", "zamiast 20.05.2027, godz.
  14:00", "уместо у среду ... у 13 часова", "instead of 9 December at 10:00"), named in the
  same line as the slot that is and still ahead when the mail was sent, makes the mail a move:
  `reschedule` at the other slot. An earlier interview that is already over ("after your
  previous interview on 30 November") is no slot given up: the mail stays an invitation.
- The word calendar software puts before a cancelled event's title ("Aflyst:", "Anul·lat:",
  "Elmarad:", "Odwołano:", "Otkazano:"; Thunderbird, SOGo, Horde, Kronolith, every language
  they ship: service/parsing/catalog_cues.py) says the meeting is off in a sentence too, in
  its other forms ("vi må aflyse samtalen", "queda anul·lada", "az interjú elmarad"), unless
  the sentence only sets a condition or a policy.

The invariants: two days and hours drawn at random, written in one of the frames, read as a
reschedule at the new slot, or (controls) as an invitation at the only slot ahead.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT_DAY = date(2026, 12, 3)
SENT = "Thu, 03 Dec 2026 07:05:00 +0100"


def _read(body: str, subject: str = "Interview") -> tuple[str, float, str | None]:
    parsed = parse_message(
        plain_mail(
            subject,
            "Hello,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="sam@mailbox.example",
            date=SENT,
        )
    )
    start: datetime | None = parsed.start
    return parsed.kind, parsed.confidence, None if start is None else f"{start:%Y-%m-%d %H:%M}"


# {n}/{o}: the new and the old day (DD.MM.YYYY or DD/MM/YYYY), {nh}/{oh}: their hours
GIVEN_UP = {
    "en": "The interview will take place on {n} at {nh} instead of {o} at {oh}.",
    "es": "La entrevista será el {n} a las {nh} en lugar del {o} a las {oh}.",
    "pl": "Rozmowa odbędzie się {n}, godz. {nh}, zamiast {o}, godz. {oh}.",
    "ru": "Собеседование состоится {n} в {nh} вместо {o} в {oh}.",
    "it": "Il colloquio si terrà il {n} alle {nh} anziché il {o} alle {oh}.",
    "sr": "Разговор ће бити одржан {n} у {nh} уместо {o} у {oh}.",
}
SLASHED = {"es", "it"}
HOURS = st.sampled_from(["09:00", "10:30", "11:00", "13:00", "14:30", "16:00"])


def _day(value: date, lang: str) -> str:
    """English spells the month (its numeric dates may be month-first: held unsure)."""
    if lang == "en":
        return f"{value.day} {value:%B %Y}"
    return f"{value:%d/%m/%Y}" if lang in SLASHED else f"{value:%d.%m.%Y}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(GIVEN_UP)),
    new=st.integers(min_value=3, max_value=40),
    old=st.integers(min_value=2, max_value=40),
    nh=HOURS,
    oh=HOURS,
)
def test_a_slot_given_up_in_the_same_line_makes_a_move(
    lang: str, new: int, old: int, nh: str, oh: str
) -> None:
    new_day, old_day = SENT_DAY + timedelta(days=new), SENT_DAY + timedelta(days=old)
    if new_day == old_day:
        old_day += timedelta(days=1)
    body = GIVEN_UP[lang].format(n=_day(new_day, lang), nh=nh, o=_day(old_day, lang), oh=oh)
    kind, confidence, start = _read(body)
    assert (kind, start) == ("reschedule", f"{new_day:%Y-%m-%d} {nh}"), body
    assert confidence >= 0.5, body


EARLIER_OVER = {
    "en": "Following your previous interview on {o} at {oh}, we invite you to a second interview on {n} at {nh}.",
    "es": "Tras la entrevista anterior del {o} a las {oh}, te invitamos a una segunda entrevista el {n} a las {nh}.",
    "pl": "Po poprzedniej rozmowie {o}, godz. {oh}, zapraszamy na drugą rozmowę {n}, godz. {nh}.",
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(EARLIER_OVER)),
    new=st.integers(min_value=3, max_value=40),
    ago=st.integers(min_value=2, max_value=30),
    nh=HOURS,
    oh=HOURS,
)
def test_an_earlier_interview_already_over_keeps_an_invitation(
    lang: str, new: int, ago: int, nh: str, oh: str
) -> None:
    new_day, old_day = SENT_DAY + timedelta(days=new), SENT_DAY - timedelta(days=ago)
    body = EARLIER_OVER[lang].format(n=_day(new_day, lang), nh=nh, o=_day(old_day, lang), oh=oh)
    kind, _, start = _read(body)
    assert (kind, start) == ("invitation", f"{new_day:%Y-%m-%d} {nh}"), body


# {d} the day (DD.MM.YYYY), {h} the hour: one sentence calling the interview off, in the
# forms the catalogs' subject words take in a sentence (infinitive, feminine, present)
CALLED_OFF = {
    "da": "Vi må desværre aflyse samtalen den {d} kl. {h}.",
    "ca": "L'entrevista del {d} a les {h} queda anul·lada.",
    "hu": "Az interjú {d} {h} órakor elmarad.",
    "pl": "Rozmowa {d} o godz. {h} została odwołana.",
    "nl": "De afspraak van {d} om {h} uur is geannuleerd.",
    "es": "La entrevista del {d} a las {h} ha sido cancelada.",
    "ro": "Interviul din {d}, ora {h}, a fost anulat.",
}
# the same words under a condition: an invitation still
CONDITIONAL = {
    "da": "Vi ses til samtalen den {d} kl. {h}. Hvis du bliver forhindret, må du gerne aflyse.",
    "es": "Te esperamos en la entrevista del {d} a las {h}. Si no puedes venir, la cita puede ser cancelada con 24 horas de antelación.",
}


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(CALLED_OFF)),
    ahead=st.integers(min_value=2, max_value=40),
    hour=HOURS,
)
def test_a_catalog_cancel_word_in_any_form_calls_the_slot_off(
    lang: str, ahead: int, hour: str
) -> None:
    day = SENT_DAY + timedelta(days=ahead)
    body = CALLED_OFF[lang].format(d=f"{day:%d.%m.%Y}", h=hour)
    kind, _, start = _read(body)
    assert (kind, start) == ("cancellation", f"{day:%Y-%m-%d} {hour}"), body


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(CONDITIONAL)),
    ahead=st.integers(min_value=2, max_value=40),
    hour=HOURS,
)
def test_a_cancel_word_under_a_condition_keeps_the_invitation(
    lang: str, ahead: int, hour: str
) -> None:
    day = SENT_DAY + timedelta(days=ahead)
    body = CONDITIONAL[lang].format(d=f"{day:%d.%m.%Y}", h=hour)
    kind, _, start = _read(body)
    assert (kind, start) == ("invitation", f"{day:%Y-%m-%d} {hour}"), body
