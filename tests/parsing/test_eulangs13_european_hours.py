"""Hours, ranges, moves and look-alikes of European languages read since eulangs13: Serbian
and Bosnian "časova"/"часова" after "u"/"у", Galician "ás" (Portuguese "às"), Welsh a.m./p.m.
glued to the hour ("2yh", "10yb", CLDR cy), Irish "go" and Maltese "sal-"/"sat-" between the
hours of a range, "umesto"/"уместо"/"namesto" before the slot given up, Luxembourgish "muer"
(CLDR lb: tomorrow), Polish and Czech "Rozmowa potrwa do"/"Pohovor potrvá do" in the next
sentence, South and West Slavic "najkasnije do"/"najneskôr do"/"nejpozději do" and Icelandic
"fyrir kl." deadlines, "decision"/"answer" words after an interview in more languages, and a
hard-wrapped sentence read with the line above. Every sentence is ours; the sender writes on
Monday 4 January 2027 from Berlin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lookalikes import wrapped_time_line

BERLIN = ZoneInfo("Europe/Berlin")


def _mail(body: str) -> bytes:
    return (
        "From: Vera Lind <vera@hr-example.org>\r\nTo: sam@mailbox.example\r\n"
        "Subject: Termin\r\nDate: Mon, 04 Jan 2027 09:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


def _read(body: str) -> dict[str, object]:
    return parse_message(_mail(body)).to_json_dict()


def _at(day: int, hour: int, minute: int = 0) -> str:
    return datetime(2027, 1, day, hour, minute, tzinfo=BERLIN).isoformat()


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        # Serbian and Bosnian "u 10 časova", Serbian Cyrillic "у 13 часова"
        pytest.param(
            "Razgovor je zakazan za četvrtak, 14. januar 2027. u 10 časova.",
            (14, 10),
            None,
            id="sr",
        ),
        pytest.param("Intervju će biti 14. januara u 9 časova u Sarajevu.", (14, 9), None, id="bs"),
        pytest.param("Разговор је у четвртак, 14. јануара у 13 часова.", (14, 13), None, id="sr-c"),
        # Galician "ás", alone and closing a range
        pytest.param("Entrevista o xoves 14 de xaneiro ás 11 na oficina.", (14, 11), None, id="gl"),
        pytest.param(
            "A reunión será o xoves 14 de xaneiro, das 9 ás 10 h.", (14, 9), (14, 10), id="gl-range"
        ),
        # Irish "go" and Maltese "sal-" between the two hours
        pytest.param(
            "Agallamh Déardaoin 14 Eanáir, 2:00 i.n. go 3:00 i.n.", (14, 14), (14, 15), id="ga"
        ),
        pytest.param(
            "L-intervista nhar il-Ħamis 14 ta' Jannar mill-10:00 sal-11:00.",
            (14, 10),
            (14, 11),
            id="mt",
        ),
        # the slot given up after "umesto" / "namesto"; the new one is read
        pytest.param(
            "Razgovor umesto u sredu 13. januara u 10 časova biće u četvrtak 14. januara u 12"
            " časova.",
            (14, 12),
            None,
            id="sr-move",
        ),
        pytest.param(
            "Уместо у среду 13. јануара у 10 часова, разговор ће бити у четвртак 14. јануара у"
            " 12 часова.",
            (14, 12),
            None,
            id="sr-c-move",
        ),
        # Luxembourgish "muer" is tomorrow (the mail is sent on Monday the 4th)
        pytest.param("Moien, kuerz: muer um 10 Auer bei eis am Büro.", (5, 10), None, id="lb"),
        # the next sentence says when the meeting ends
        pytest.param(
            "Spotkanie w czwartek, 14 stycznia o 10:00 w biurze na Mokotowie. Rozmowa potrwa do"
            " 11:00.",
            (14, 10),
            (14, 11),
            id="pl-end",
        ),
        pytest.param(
            "Pohovor bude ve čtvrtek 14. ledna v 9:00, Praha 8. Pohovor potrvá do 10:00.",
            (14, 9),
            (14, 10),
            id="cs-end",
        ),
    ],
)
def test_the_hour_is_read(body: str, start: tuple[int, ...], end: tuple[int, ...] | None) -> None:
    result = _read(body)
    assert result.get("start") == _at(*start)
    assert result.get("end") == (_at(*end) if end else None)


@given(hour=st.integers(min_value=1, max_value=11), pm=st.booleans())
def test_welsh_glued_day_period(hour: int, pm: bool) -> None:
    """CLDR cy's "yb" (y bore) and "yh" (yr hwyr) glued to the hour name its half."""
    body = f"Cyfweliad ar ddydd Iau, 14 Ionawr 2027 am {hour}{'yh' if pm else 'yb'} yn y swyddfa."
    assert _read(body).get("start") == _at(14, hour + 12 if pm else hour)


@pytest.mark.parametrize(
    "body",
    [
        # "at the latest" before a weekday in the genitive and the date: a deadline
        pytest.param("Pošaljite CV najkasnije do petka, 15. januara u 12 časova.", id="sr"),
        pytest.param("CV nám pošlite najneskôr do piatku 15. januára do 12:00.", id="sk"),
        pytest.param("Dokumenty zašlete nejpozději do pátku 15. ledna 12:00.", id="cs"),
        pytest.param("Skilaðu verkefninu fyrir kl. 12 föstudaginn 15. janúar.", id="is"),
        # after the interview: when they decide or answer
        pytest.param(
            "Ačiū už šiandienos pokalbį. Sprendimą pranešime iki sausio 15 d. 16 val.", id="lt"
        ),
        pytest.param(
            "Grazzi tal-intervista llum. Nagħtuk risposta sa nhar il-Ġimgħa 15 ta' Jannar"
            " fil-4:00pm.",
            id="mt",
        ),
        pytest.param(
            "Paldies par interviju. Lēmumu paziņosim līdz 15. janvārim plkst. 16.00.", id="lv"
        ),
        # ... in a sentence wrapped onto a second line
        pytest.param(
            "Merci fir d'Gespréich haut. Mir mellen eis bis e Freideg,\nde 15. Januar um 12 Auer,"
            " mat enger Äntwert.",
            id="lb-wrapped",
        ),
    ],
)
def test_no_interview_is_claimed(body: str) -> None:
    result = _read(body)
    assert not (result.get("kind") == "invitation" and float(result.get("confidence") or 0) >= 0.5)


_WORDS = st.text(alphabet="abcdefghij ,", min_size=1, max_size=30)


@given(
    above=_WORDS, line=_WORDS, stop=st.sampled_from(["", ".", "!", "?", ":"]), at=st.integers(0, 30)
)
def test_wrapped_time_line_keeps_the_time_in_place(
    above: str, line: str, stop: str, at: int
) -> None:
    """Joined or not, the position still points at the same character of the time's line;
    a line above that ends a sentence is never joined."""
    body = f"{above}{stop}\n{line}\n"
    joined, where = wrapped_time_line(body, line, min(at, len(line)))
    assert joined.endswith(line)
    assert joined[where:] == line[min(at, len(line)) :]
    if stop or not above.strip():
        assert joined == line


def test_wrapped_time_line_leaves_a_new_sentence_alone() -> None:
    body = "Merci fir d'Gespréich haut\nDe 15. Januar um 12 Auer ass eist Team-Iessen.\n"
    line = "De 15. Januar um 12 Auer ass eist Team-Iessen."
    assert wrapped_time_line(body, line, 3) == (line, 3)
