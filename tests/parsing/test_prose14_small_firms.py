"""Scheduling mail typed quickly at small firms (prose14): one hour offered on either of two
weekdays ("mardi ou jeudi entre 10 et 12", "martes o jueves") is a choice, not a booking;
quick and verb-second cancellations ("toca cancelar", "se cae la entrevista", "vamos ter que
cancelar", "tyvärr måste vi ställa in"); first-person moves ("on décale notre rdv", "spostiamo
il colloquio", "müssen wir ... verschieben"); "kan du komme innom/forbi" as a visit."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import ALTERNATIVES_CUES, CANCELLING_CUES, RESCHEDULED_CUES
from service.parsing.lookalikes import OTHERS_INTERVIEW
from service.parsing.parser import UNLIKE_INVITATIONS_NOTE
from service.parsing.word_clocks import spell_word_clocks
from tests.parsing.mailkit import plain_mail, read_json

DATE = "Mon, 11 Jan 2027 09:30:00 +0100"
SENDER = "Inès Morel <ines@petite-boite.example.fr>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, subject: str = "Entretien", date: str = DATE) -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


def _claimed(got: dict[str, object]) -> bool:
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


# --- two weekdays joined by "or" ----------------------------------------------------------------

DAYS = {
    "ou": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "terça", "quinta", "sexta"],
    "o": ["lunes", "martes", "miércoles", "jueves", "viernes", "lunedì", "martedì", "giovedì"],
    "oder": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "of": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"],
    "eller": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "tirsdag"],
}


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(DAYS)).flatmap(
        lambda word: st.tuples(
            st.just(word), st.sampled_from(DAYS[word]), st.sampled_from(DAYS[word])
        )
    )
)
def test_either_of_two_weekdays_is_a_choice(pair: tuple[str, str, str]) -> None:
    word, first, second = pair
    assert ALTERNATIVES_CUES.search(f"on peut {first} {word} {second} entre 10 et 12")
    assert ALTERNATIVES_CUES.search(f"{first.capitalize()} 12 {word} {second} 14, ab 10")


def test_a_lone_weekday_or_other_words_are_no_choice() -> None:
    assert not ALTERNATIVES_CUES.search("on se voit mardi à 14h, ou plus tard si besoin")
    assert not ALTERNATIVES_CUES.search("la mer ou la montagne, mardi à 14h")
    assert not ALTERNATIVES_CUES.search("vendredi 12 ou plus tard")


def test_asking_which_of_two_days_claims_nothing() -> None:
    got = _parse(
        "salut,\n\nt'es dispo quand la semaine prochaine ? de notre cote ca peut etre mercredi "
        "ou vendredi entre 14 et 16.\n\nInès",
        subject="suite",
    )
    assert not _claimed(got)


# --- cancellations said quickly or verb second ---------------------------------------------------


def test_quick_and_inverted_cancellations() -> None:
    for text in (
        "toca cancelar la reunión del martes",
        "se nos cae la entrevista de mañana a las 9",
        "vamos ter que cancelar a conversa de sexta",
        "tyvärr måste vi ställa in mötet på fredag",
        "desværre må vi aflyse samtalen",
        "vi er nødt til at aflyse samtalen",
        "on doit annuler le rendez-vous de jeudi",
    ):
        assert CANCELLING_CUES.search(text), text
    assert not CANCELLING_CUES.search("vous pouvez annuler en un clic")
    assert not CANCELLING_CUES.search("se cae de sueño")


def test_a_quick_cancellation_keeps_its_slot() -> None:
    got = _parse(
        "Hola, qué pena pero toca cancelar la entrevista del jueves 14 a las 4 de la tarde. "
        "Te escribo para reagendar.\n\nPilar",
        subject="jueves",
        date="Mon, 11 Jan 2027 09:30:00 -0500",
    )
    assert got.get("kind") == "cancellation"
    assert str(got.get("start"))[:16] == "2027-01-14T16:00"


# --- moves in the first person -------------------------------------------------------------------


def test_first_person_moves() -> None:
    for text in (
        "petit souci : on décale notre échange à vendredi",
        "nous décalons l'entretien à 15h",
        "spostiamo il colloquio a lunedì",
        "wir müssen unser Gespräch leider auf Freitag verschieben",
    ):
        assert RESCHEDULED_CUES.search(text), text
    assert not RESCHEDULED_CUES.search("wir müssen noch Unterlagen nachreichen")


def test_a_first_person_move_is_a_reschedule() -> None:
    got = _parse(
        "Ciao, spostiamo il colloquio di domani a mercoledì 13 gennaio alle 16, scusa!\n\nIrene",
        subject="cambio",
    )
    assert got.get("kind") == "reschedule"
    assert str(got.get("start"))[:16] == "2027-01-13T16:00"


# --- "can you drop by" in the Nordic languages ---------------------------------------------------


def test_nordic_drop_by_is_a_visit() -> None:
    got = _parse(
        "Hei,\n\nkan du komme innom fredag 15. jan kl 13? Bare en kort prat.\n\nMvh Siri",
        subject="Kort prat om stillingen",
    )
    assert got.get("kind") == "invitation"
    assert str(got.get("start"))[:16] == "2027-01-15T13:00"
    # see sure_or_screened; "kan du komme innom …?" asks for the time, which holds it too
    asked = any("only asked about" in warning for warning in got["warnings"])
    assert _claimed(got) or asked or UNLIKE_INVITATIONS_NOTE in got["warnings"]


# --- a capitalised weekday is no person ---------------------------------------------------------


def test_a_capitalised_weekday_is_not_another_persons_interview() -> None:
    assert not OTHERS_INTERVIEW.search("wir müssen das Gespräch von Mittwoch auf Freitag legen")
    assert not OTHERS_INTERVIEW.search("a entrevista de Segunda passa para terça")
    assert OTHERS_INTERVIEW.search("das Gespräch von Herrn Kim ist um 10 Uhr")
    assert OTHERS_INTERVIEW.search("la entrevista de Andrés es a las 10")


# --- on the hour in words with the part of the day (pt, it) --------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(list(enumerate(["uma", "duas", "três", "quatro", "cinco", "seis"], 1))))
def test_portuguese_hour_with_part_of_day(pair: tuple[int, str]) -> None:
    value, word = pair
    assert spell_word_clocks(f"às {word} da tarde") == f"às {value}:00 da tarde"
    assert spell_word_clocks(f"as {word} opções da tarde") == f"as {word} opções da tarde"


def test_italian_hour_in_the_afternoon() -> None:
    assert spell_word_clocks("alle tre del pomeriggio") == "alle 3:00 del pomeriggio"
    assert spell_word_clocks("le tre proposte del pomeriggio") == "le tre proposte del pomeriggio"


# --- "hora del centro" from a Mexican sender -----------------------------------------------------


def _from(sender: str, body: str, date: str) -> dict[str, object]:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "candidate@mailbox.example"
    message["Date"] = date
    message["Subject"] = "Entrevista"
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def test_hora_del_centro_is_mexicos_clock_for_a_mexican_sender() -> None:
    body = "Hola, la entrevista queda el martes 9 de marzo de 10 a 11 am, hora del centro.\n"
    mexican = _from("Ana <ana@firma.example.mx>", body, "Mon, 01 Mar 2027 10:00:00 -0600")
    assert mexican.get("timezone") == "America/Mexico_City"
    assert str(mexican.get("start")) == "2027-03-09T10:00:00-06:00"
    other = _from("Ana <ana@firma.example.com>", body, "Mon, 01 Mar 2027 10:00:00 -0600")
    assert other.get("timezone") == "America/Chicago"
