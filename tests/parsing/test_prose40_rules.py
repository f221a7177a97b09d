"""Hand-typed invitations and look-alikes in thinly covered voices (prose40).

Own small mails, written for these tests: Welsh and Afrikaans interview words ("gwahodd i
gyfweliad", "na 'n onderhoud"), a Welsh cancellation ("wedi'i ganslo"), Welsh, Irish and
Icelandic mails sent at +00:00 read at that clock rather than at a continental language's,
the Romanian and Welsh words that join a range ("de la 14:00 la 14:45", "o 2 tan 2:45 y
prynhawn"), a Welsh second option ("os nad yw hynny'n gyfleus"), an English numeric date
that only one order puts near the mail, "we'd love you to come in" after a thank-you, and
look-alikes that must stay unclaimed (webinars in Hebrew, Thai, Korean and Japanese script,
a Hebrew colleague's interview, a Swahili written test for all applicants, a Slovene note
that disowns the invitation it forwards).
"""

from __future__ import annotations

import base64
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message

SURE = 0.5
CLAIMS = {"invitation", "reschedule", "cancellation"}


def _mail(body: str, subject: str, sent: str, sender: str = "hr@employer.example") -> bytes:
    return (
        f"From: Recruiter <{sender}>\r\n"
        "To: Alex Morgan <alex@mailbox.example>\r\n"
        f"Subject: =?utf-8?b?{base64.b64encode(subject.encode()).decode()}?=\r\n"
        f"Date: {sent}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def _parse(body: str, subject: str, sent: str) -> ParsedMessage:
    return parse_message(_mail(body, subject, sent))


def _facts(parsed: ParsedMessage) -> dict[str, object]:
    return parsed.to_json_dict()


# --- Welsh and Afrikaans interview words ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "sent", "want"),
    [
        (
            "Annwyl Alex,\n\nHoffem eich gwahodd i gyfweliad ddydd Llun 25 Ionawr am 2 o'r "
            "gloch y prynhawn, yn ein swyddfa yn Aberystwyth.\n\nCofion,\nRhian",
            "Gwahoddiad i gyfweliad",
            "Mon, 18 Jan 2027 10:00:00 +0000",
            "2027-01-25T14:00:00+00:00",
        ),
        (
            "Goeie môre Alex\n\nOns nooi jou graag na 'n onderhoud op Donderdag 28 Januarie om "
            "10:00 by ons kantoor in Stellenbosch.\n\nGroete\nMarietjie",
            "Uitnodiging",
            "Thu, 21 Jan 2027 09:00:00 +0200",
            "2027-01-28T10:00:00+02:00",
        ),
    ],
)
def test_welsh_and_afrikaans_interviews_are_invitations(
    body: str, subject: str, sent: str, want: str
) -> None:
    parsed = _facts(_parse(body, subject, sent))
    assert parsed["kind"] == "invitation"
    assert parsed["start"] == want
    assert float(parsed["confidence"]) >= SURE  # type: ignore[arg-type]


def test_welsh_cancellation_is_a_cancellation() -> None:
    parsed = _facts(
        _parse(
            "Annwyl Alex,\n\nMae'n ddrwg gennym ond mae'r cyfweliad ddydd Gwener 15 Ionawr am "
            "2pm wedi'i ganslo gan fod y swydd wedi'i gohirio.\n\nYn gywir,\nDafydd",
            "Cyfweliad",
            "Wed, 13 Jan 2027 09:00:00 +0000",
        )
    )
    assert parsed["kind"] == "cancellation"
    assert parsed["start"] == "2027-01-15T14:00:00+00:00"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Annwyl Alex,\n\nMae eich cyfweliad ddydd Mawrth 12 Ionawr am 2 o'r gloch y "
            "prynhawn yn ein swyddfa yng Nghaerdydd. Diolch am eich cais.\n\nCofion,\nGwenno",
            "Cyfweliad",
        ),
        (
            "Sæl/l Alex,\n\nVið viljum bjóða þér í viðtal þriðjudaginn 12. janúar kl. 14:00 á "
            "skrifstofu okkar. Takk fyrir umsóknina.\n\nKveðja,\nGuðrún",
            "Boð í viðtal",
        ),
    ],
)
def test_a_utc_date_is_not_read_at_a_continental_clock(body: str, subject: str) -> None:
    # Welsh and Icelandic counted as Polish or Danish put the hour an hour early in UTC
    parsed = _facts(_parse(body, subject, "Mon, 04 Jan 2027 10:00:00 +0000"))
    assert parsed["start"] == "2027-01-12T14:00:00+00:00"


# --- words that join a range ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sent", "start", "end"),
    [
        (
            "Salut Alex,\n\nTe aștept la un interviu joi, 14 ianuarie, de la 14:00 la 14:45, "
            "la magazinul nostru din Cluj.\n\nMihai",
            "Fri, 08 Jan 2027 15:00:00 +0200",
            "2027-01-14T14:00:00+02:00",
            "2027-01-14T14:45:00+02:00",
        ),
        (
            "Annwyl Alex,\n\nHoffem eich gwahodd i gyfweliad ddydd Llun 25 Ionawr, o 2 tan "
            "2:45 y prynhawn, yn ein swyddfa.\n\nCofion,\nRhian",
            "Mon, 18 Jan 2027 10:00:00 +0000",
            "2027-01-25T14:00:00+00:00",
            "2027-01-25T14:45:00+00:00",
        ),
    ],
)
def test_romanian_and_welsh_ranges_give_the_end(body: str, sent: str, start: str, end: str) -> None:
    parsed = _facts(_parse(body, "Interviu / Cyfweliad", sent))
    assert (parsed["start"], parsed["end"]) == (start, end)


def test_welsh_second_option_leaves_the_choice_open() -> None:
    parsed = _parse(
        "Helo Alex,\n\nHoffai'r cleient gynnal cyfweliad gyda chi. Ydych chi ar gael ddydd Iau "
        "10 Rhagfyr am 2 o'r gloch y prynhawn? Os nad yw hynny'n gyfleus, mae bore dydd Gwener "
        "hefyd yn bosib.\n\nCofion,\nGwenno",
        "Cyfweliad",
        "Mon, 07 Dec 2026 10:00:00 +0000",
    )
    assert parsed.confidence < SURE
    assert any("more than one time" in note for note in parsed.warnings)


# --- an English numeric date that only one order puts near the mail ------------------------


@settings(max_examples=40, deadline=None)
@given(sent=st.dates(date(2026, 1, 1), date(2027, 12, 1)), ahead=st.integers(2, 20))
def test_numeric_date_near_only_one_way_is_read_that_way(sent: date, ahead: int) -> None:
    day = sent + timedelta(days=ahead)
    if day.day > 12 or day.day == day.month:
        return  # not ambiguous
    try:
        swapped = date(day.year, day.day, day.month)
    except ValueError:
        return
    if -1 <= (swapped - sent).days <= 42:
        return  # both readings near: the order stays open
    written = f"{day.day:02d}/{day.month:02d}/{day.year}"
    parsed = _parse(
        f"Dear Alex,\n\nWe would like to invite you to an interview on {written} at 11:00 at "
        "our office. Please report to reception.\n\nKind regards,\nCiarán",
        "Interview",
        f"{sent.strftime('%a, %d %b %Y')} 12:30:00 +0000",
    )
    facts = _facts(parsed)
    assert str(facts["start"]).startswith(f"{day.isoformat()}T11:00")
    assert not any("day-first or month-first" in note for note in parsed.warnings)


def test_love_you_to_come_in_after_a_thank_you_is_an_invitation() -> None:
    parsed = _parse(
        "Hi Alex,\n\nThanks for your time on the phone. We'd love you to come in on Thursday "
        "4 February at 2pm to meet Dr Nguyen and the practice manager.\n\nKind regards,\nBec",
        "Interview Thursday",
        "Mon, 01 Feb 2027 09:15:00 +1100",
    )
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE


# --- look-alikes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "sent"),
    [
        (
            'שלום,\n\nהוובינר "איך להתכונן לראיון טכני" שתוכנן ליום ב\' 25.1 בשעה 18:00 בוטל. '
            "מועד חדש יפורסם בקרוב באתר.\n\nצוות הקריירה",
            "הוובינר ביום ב' בוטל",
            "Fri, 22 Jan 2027 12:00:00 +0200",
        ),
        (
            "안녕하세요.\n\n면접 준비를 위한 직무 설명 웨비나를 1월 28일(목) 오후 7시에 "
            "진행합니다. 신청: https://example.com/webinar\n\n채용팀",
            "면접 준비 웨비나 안내",
            "Wed, 20 Jan 2027 10:00:00 +0900",
        ),
        (
            "ขอเชิญเข้าร่วมเว็บินาร์แนะแนวการสัมภาษณ์งาน ในวันพฤหัสบดีที่ 28 มกราคม 2570 เวลา "
            "19.00-20.00 น. ลงทะเบียนได้ที่ https://example.com/webinar",
            "เว็บินาร์",
            "Wed, 20 Jan 2027 10:00:00 +0700",
        ),
        (
            "היי אלכס,\n\nרק לעדכן: הראיון של דנה קליין נקבע ליום ב' 25.1 בשעה 10:00. תודה "
            "שהזמנת את חדר 3.\n\nמיכל",
            "ראיון של דנה",
            "Wed, 20 Jan 2027 12:00:00 +0200",
        ),
        (
            "Waombaji wote wa nafasi za Afisa Mipango mnatangaziwa kuwa usaili wa maandishi "
            "utafanyika tarehe 2 Februari 2027 saa tatu asubuhi katika ukumbi wa Halmashauri.",
            "Tangazo: usaili",
            "Mon, 25 Jan 2027 09:00:00 +0300",
        ),
    ],
)
def test_lookalikes_are_not_claimed(body: str, subject: str, sent: str) -> None:
    parsed = _parse(body, subject, sent)
    assert parsed.kind not in CLAIMS or parsed.confidence < SURE


def test_slovene_note_disowning_a_forward_is_not_claimed() -> None:
    body = (
        "Samo v vednost – to je Markov razgovor, ne moj. Ne dodajaj v koledar.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Marko Zupan <marko.zupan@kras-vino.example>\n"
        "Date: Wed, Feb 3, 2027 at 9:00 AM\n"
        "Subject: Vabilo na razgovor\n"
        "To: Alex Morgan <alex@mailbox.example>\n\n"
        "Spoštovani g. Petek,\n\nvabimo vas na razgovor v sredo, 10. 2. 2027, ob 9.00 v "
        "Sežani.\n\nLep pozdrav,\nMarko Zupan\n"
    )
    raw = _mail(body, "Fwd: Vabilo na razgovor", "Wed, 03 Feb 2027 09:40:00 +0100")
    parsed = parse_message(raw)
    assert parsed.kind not in CLAIMS or parsed.confidence < SURE


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Mae eich cyfweliad ddydd Mawrth 12 Ionawr am 2 o'r gloch y prynhawn.",
            "2027-01-12T14:00:00+00:00",
        ),
        ("Bydd y cyfweliad dydd Mawrth 16 Mawrth am 10:00.", "2027-03-16T10:00:00+00:00"),
    ],
)
def test_welsh_tuesday_is_not_march(body: str, want: str) -> None:
    # "Mawrth" is Tuesday after "dydd" and March alone
    parsed = _facts(_parse(f"Annwyl Alex,\n\n{body}\n\nCofion,\nGwenno", "Cyfweliad", SENT_UTC))
    assert parsed["start"] == want


def test_welsh_thanks_after_the_interview_sets_nothing() -> None:
    parsed = _parse(
        "Helo Alex,\n\nDiolch am ddod i'r cyfweliad heddiw. Byddwn yn cysylltu â chi erbyn "
        "dydd Gwener 15 Ionawr am 5pm gyda'r penderfyniad.\n\nCofion,\nSioned",
        "Diolch",
        SENT_UTC,
    )
    assert parsed.kind not in CLAIMS or parsed.confidence < SURE


SENT_UTC = "Mon, 04 Jan 2027 10:00:00 +0000"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Mae eich cyfweliad ddydd Mawrth 12 Ionawr am 2 o'r gloch.", "2027-01-12T14:00:00+00:00"),
        ("Mae eich cyfweliad ddydd Mawrth 12 Ionawr am 10 o'r gloch y bore.", "2027-01-12T10:00"),
        ("Beidh an t-agallamh Dé Máirt 12 Eanáir ar a 3 a chlog.", "2027-01-12T15:00:00+00:00"),
    ],
)
def test_welsh_and_irish_oclock_is_a_twelve_hour_clock(body: str, want: str) -> None:
    # nobody is asked to an interview at two in the morning: "2 o'r gloch" is 14:00
    parsed = _facts(_parse(f"A Alex,\n\n{body}\n\nCofion,\nGwenno", "Cyfweliad", SENT_UTC))
    assert str(parsed["start"]).startswith(want)


@pytest.mark.parametrize(
    ("line", "kind", "start", "end"),
    [
        (
            "Interviul de joi, 14 ianuarie, a fost mutat de la 14:00 la 16:00, în aceeași sală.",
            "reschedule",
            "2027-01-14T16:00:00+02:00",
            None,
        ),
        (
            "Interviul de joi, 14 ianuarie, se mută de la ora 14:00 la ora 16:00.",
            "reschedule",
            "2027-01-14T16:00:00+02:00",
            None,
        ),
        (
            "Interviul va avea loc joi, 14 ianuarie, de la ora 14:00 la ora 15:00.",
            "invitation",
            "2027-01-14T14:00:00+02:00",
            "2027-01-14T15:00:00+02:00",
        ),
    ],
)
def test_romanian_from_to_is_a_move_after_a_move_verb_and_a_range_otherwise(
    line: str, kind: str, start: str, end: str | None
) -> None:
    parsed = _facts(
        _parse(f"Bună ziua,\n\n{line}\n\nIoana", "Interviu", "Mon, 11 Jan 2027 15:00:00 +0200")
    )
    assert (parsed["kind"], parsed["start"], parsed["end"]) == (kind, start, end)
