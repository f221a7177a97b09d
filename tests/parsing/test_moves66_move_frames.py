# ruff: noqa: E501 (each language's sentences read best whole)
"""Invariant of a move written in prose (moves66): whatever frame and language the move is
said in, the start read is the new slot and the kind is reschedule, or the parser says it is
unsure (confidence < 0.5). Frames: a push by an amount in the slot's own sentence; the hour
kept and the day moved in the sentence after the one that moves the slot ("We need to move
your interview on … at 10:30. We will meet at the same time the next day."); the new slot
first with the old one restated after it. Old and new instants are drawn at random."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

ZONE = ZoneInfo("Europe/Berlin")
SENT = datetime(2027, 4, 5, 9, 12, tzinfo=ZONE)
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")  # fmt: skip


def _day(lang: str, when: datetime) -> str:
    if lang == "en":
        return f"{when.day} {MONTHS_EN[when.month - 1]} {when.year}"
    if lang in ("de", "pl", "cs", "ro", "tr"):
        return f"{when.day:02d}.{when.month:02d}.{when.year}"
    return f"{when.day:02d}/{when.month:02d}/{when.year}"


def _hour(when: datetime) -> str:
    return f"{when.hour}:{when.minute:02d}"


Frame = Callable[[str, str], str]

# a push by minutes in the slot's own sentence: {d} day, {t} hour, {n} minutes
PUSHES: dict[str, str] = {
    "en": "Your interview on {d} at {t} has been pushed back by {n} minutes.",
    "de": "Ihr Gespräch am {d} um {t} Uhr beginnt {n} Minuten später.",
    "es": "La entrevista del {d} a las {t} queda retrasada {n} minutos.",
    "pl": "Rozmowa w dniu {d} o {t} odbędzie się {n} minut później.",
    "id": "Wawancara pada {d} pukul {t} diundur {n} menit.",
    "pt": "Sua entrevista de {d} às {t} foi adiada em {n} minutos.",
    "el": "Η συνέντευξή σας στις {d} στις {t} θα ξεκινήσει {n} λεπτά αργότερα.",
    "ro": "Interviul din {d}, ora {t}, va începe cu {n}{de} minute mai târziu.",
}
# the slot moved in one sentence, the hour kept and the day after in the next
NEXT_DAYS: dict[str, str] = {
    "en": "We need to move your interview on {d} at {t}. We will now meet at the same time the next day.",
    "de": "Wir müssen Ihr Gespräch am {d} um {t} Uhr verschieben. Wir treffen uns nun zur gleichen Uhrzeit am folgenden Tag.",
    "fr": "Nous devons reporter votre entretien du {d} à {t}. Il aura lieu à la même heure, le lendemain.",
    "pl": "Musimy przełożyć rozmowę z dnia {d}, godz. {t}. Spotkamy się następnego dnia o tej samej godzinie.",
    "cs": "Musíme přesunout Váš pohovor dne {d} v {t}. Uskuteční se ve stejný čas o den později.",
    "ro": "Trebuie să mutăm interviul din {d}, ora {t}. Va avea loc la aceeași oră, a doua zi.",
}
# the new slot first, the old one restated after it: {nd} {nt} new, {od} {ot} old
NEW_FIRST: dict[str, str] = {
    "en": "Please note the new time of your interview: {nd} at {nt} (previously {od} at {ot}).",
    "de": "Der neue Termin für Ihr Gespräch ist der {nd} um {nt} Uhr (bisher {od} um {ot} Uhr).",
    "es": "La nueva fecha de tu entrevista es el {nd} a las {nt} (antes era el {od} a las {ot}).",
    "pt": "A nova data da sua entrevista é {nd} às {nt} (antes era {od} às {ot}).",
    "ro": "Am reprogramat interviul pentru {nd}, la {nt}, în loc de {od}, la {ot}.",
    "tr": "Görüşmenizi {od} {ot} yerine {nd} {nt} olarak değiştirdik.",
}


def _read(body: str) -> tuple[str, float, datetime | None]:
    raw = plain_mail(
        "Interview",
        f"Hello Alex,\n\n{body}\n\nBest regards\nSam",
        sender="Sam Rivera <sam@harbourline.example>",
        to="alex@mailbox.example",
        date=SENT.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )
    parsed = parse_message(raw)
    start = parsed.start if isinstance(parsed.start, datetime) else None
    return parsed.kind, parsed.confidence, start


def _holds(body: str, new: datetime) -> None:
    kind, confidence, start = _read(body)
    if confidence >= 0.5:
        assert (kind, start) == ("reschedule", new), body


OLD = st.builds(
    lambda days, hour, half: (SENT + timedelta(days=days)).replace(hour=hour, minute=30 * half),
    st.integers(3, 60),
    st.integers(8, 16),
    st.integers(0, 1),
)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(lang=st.sampled_from(sorted(PUSHES)), old=OLD, minutes=st.sampled_from((15, 30, 45)))
def test_a_push_by_minutes_reads_the_new_slot(lang: str, old: datetime, minutes: int) -> None:
    # (Romanian writes "de" between a number from 20 and its unit: "30 de minute")
    body = PUSHES[lang].format(
        d=_day(lang, old), t=_hour(old), n=minutes, de=" de" if minutes >= 20 else ""
    )
    _holds(body, old + timedelta(minutes=minutes))


@SETTINGS
@given(lang=st.sampled_from(sorted(NEXT_DAYS)), old=OLD)
def test_the_same_hour_the_next_day_in_the_next_sentence(lang: str, old: datetime) -> None:
    body = NEXT_DAYS[lang].format(d=_day(lang, old), t=_hour(old))
    _holds(body, old + timedelta(days=1))


@SETTINGS
@given(
    lang=st.sampled_from(sorted(NEW_FIRST)),
    old=OLD,
    days=st.integers(-2, 9).filter(bool),
    hour=st.integers(8, 17),
)
def test_the_new_slot_first_and_the_old_restated(
    lang: str, old: datetime, days: int, hour: int
) -> None:
    new = (old + timedelta(days=days)).replace(hour=hour)
    body = NEW_FIRST[lang].format(
        nd=_day(lang, new), nt=_hour(new), od=_day(lang, old), ot=_hour(old)
    )
    _holds(body, new)


def test_the_reader_asking_for_a_push_moves_nothing_for_sure() -> None:
    body = "Would it be possible to push our call on 14 April 2027 at 14:00 back by an hour?"
    kind, confidence, _ = _read(body)
    assert kind != "reschedule" or confidence < 0.5
