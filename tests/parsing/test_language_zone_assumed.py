"""A mail that states no zone is read in the sender's zone; when the Date header's offset is
that of the one zone the mail's language is spoken in, that zone is named, so a slot on the
other side of a clock change gets the offset it will have then, not the one of the day the
mail was written (a German mail sent in October summer time for a November interview)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

# (language, its one zone, a line setting the interview, with {d} {m} {y} {t})
WRITERS = (
    (
        "de",
        "Europe/Berlin",
        "Sehr geehrte Frau Kraus,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie zum "
        "Vorstellungsgespräch am {d}.{m}.{y} um {t} Uhr in unser Büro ein.\n\n"
        "Mit freundlichen Grüßen",
    ),
    (
        "pl",
        "Europe/Warsaw",
        "Dzień dobry Pani Anno,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy na rozmowę "
        "kwalifikacyjną w dniu {d}.{m}.{y} o godz. {t} w naszym biurze.\n\nZ poważaniem",
    ),
    (
        "nl",
        "Europe/Amsterdam",
        "Beste Anna,\n\nbedankt voor je sollicitatie. We nodigen je graag uit voor een "
        "gesprek op {d}-{m}-{y} om {t} uur bij ons op kantoor.\n\nMet vriendelijke groet",
    ),
    (
        "it",
        "Europe/Rome",
        "Gentile Anna,\n\nla ringraziamo per la sua candidatura. La invitiamo a un colloquio "
        "il giorno {d}/{m}/{y} alle ore {t} presso la nostra sede.\n\nCordiali saluti",
    ),
    (
        "fi",
        "Europe/Helsinki",
        "Hei Anna,\n\nkiitos hakemuksestasi. Kutsumme sinut työhaastatteluun {d}.{m}.{y} "
        "klo {t} toimistollemme.\n\nYstävällisin terveisin",
    ),
    (
        "ro",
        "Europe/Bucharest",
        "Bună ziua, Ana,\n\nvă mulțumim pentru aplicația trimisă. Vă invităm la un interviu "
        "pe data de {d}.{m}.{y}, ora {t}, la sediul nostru.\n\nCu stimă",
    ),
)


def _mail(body: str, sent: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@employer.example>"
    message["To"] = "me@mail.example"
    message["Subject"] = "Interview"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<language-zone@employer.example>"
    message.set_content(body)
    return message.as_bytes()


@settings(max_examples=60, deadline=None)
@given(
    writer=st.sampled_from(WRITERS),
    slot_day=st.dates(min_value=date(2026, 10, 26), max_value=date(2026, 12, 18)),
    days_before=st.integers(min_value=3, max_value=20),
    hour=st.integers(min_value=8, max_value=17),
)
def test_a_slot_after_the_clock_change_gets_the_offset_of_its_day(
    writer: tuple[str, str, str], slot_day: date, days_before: int, hour: int
) -> None:
    _, name, line = writer
    zone = ZoneInfo(name)
    sent = datetime.combine(date(2026, 10, 20), time(9, 0), tzinfo=zone)
    if slot_day - timedelta(days=days_before) > date(2026, 10, 20):
        sent = datetime.combine(slot_day - timedelta(days=days_before), time(9, 0), tzinfo=zone)
    body = line.format(d=f"{slot_day:%d}", m=f"{slot_day:%m}", y=slot_day.year, t=f"{hour}:00")
    reading = parse_message(_mail(body, sent))
    assert reading.start == datetime.combine(slot_day, time(hour, 0), tzinfo=zone)
    assert reading.timezone == name


def test_a_korean_mail_at_plus_nine_is_seoul_not_tokyo() -> None:
    sent = datetime(2026, 11, 30, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    body = "샘 님, 안녕하세요.\n\n12월 3일(목) 오후 2시에 본사에서 면접을 진행하고자 합니다."
    reading = parse_message(_mail(body, sent))
    assert reading.start == datetime(2026, 12, 3, 14, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    assert reading.timezone == "Asia/Seoul"


def test_an_offset_the_language_zone_does_not_have_stays_as_sent() -> None:
    # German written from New York: the offset is the writer's, Berlin is not assumed
    sent = datetime(2026, 10, 20, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    body = "wir laden Sie zum Vorstellungsgespräch am 10.11.2026 um 14:00 Uhr ein."
    reading = parse_message(_mail(body, sent))
    assert reading.timezone != "Europe/Berlin"
    assert isinstance(reading.start, datetime)
    assert reading.start.hour == 14
    assert reading.start.utcoffset() != timedelta(hours=1)
