"""Recruiting mail in thinly covered languages: what sets an interview and what does not.

Every mail here is written for the test. Invariants:
- an out-of-office reply, whose subject Outlook prefixes in the writer's language
  ("Avtomatik cavab:", "ავტომატური პასუხი:", "Automātiskā atbilde:"), is never claimed,
  whatever return day and hour it names;
- a thank-you after the interview ("ďakujeme za dnešný pohovor", "děkujeme za pohovor",
  "interview-ல் கலந்துகொண்டதற்கு நன்றி") is never claimed, though it names the interview's
  hour and the day the answer comes;
- an internal note greeting colleagues ("Sveiki, kolēģi!", "Liebe Kolleginnen und
  Kollegen", "Dear colleagues") with a timetable of candidates is never claimed;
- a Georgian or Macedonian invitation to the reader's own interview ("გიწვევთ
  გასაუბრებაზე", "Ве покануваме на интервју") is an invitation with its start, confidence
  at least 0.5.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed as _claimed
from tests.parsing.mailkit import plain_mail


def _mail(
    subject: str,
    body: str,
    *,
    date: str = "Thu, 03 Dec 2026 09:00:00 +0400",
    sender: str = "Recruiter <hr@employer.example>",
    to: str = "Dana Roe <dana.roe@mailbox.example>",
) -> bytes:
    return plain_mail(subject, body, sender=sender, to=to, date=date)


AUTO_REPLIES = [
    (
        "Avtomatik cavab: Re: Müsahibə",
        "Salam,\n\n21 dekabra qədər ezamiyyətdəyəm. 22 dekabr saat 10:00-dan etibarən "
        "yenidən işdə olacağam.\n\nHörmətlə,\nRəşad Quliyev",
        "Tue, 08 Dec 2026 09:00:00 +0400",
    ),
    (
        "ავტომატური პასუხი: Re: გასაუბრება",
        "მოგესალმებით,\n\nოფისში არ ვიმყოფები 18 დეკემბრამდე. დავბრუნდები 21 დეკემბერს, "
        "09:30 საათიდან.\n\nლევან გელაშვილი",
        "Tue, 08 Dec 2026 09:00:00 +0400",
    ),
    (
        "Automātiskā atbilde: Intervija",
        "Labdien!\n\nLīdz 18. decembrim esmu atvaļinājumā. Atgriezīšos pirmdien, 21. decembrī, "
        "plkst. 9.00.\n\nInese Kalna",
        "Tue, 08 Dec 2026 09:00:00 +0200",
    ),
]


@pytest.mark.parametrize(("subject", "body", "date"), AUTO_REPLIES)
def test_localized_auto_reply_is_not_claimed(subject: str, body: str, date: str) -> None:
    parsed = parse_message(_mail(subject, body, date=date))
    assert parsed.kind == "not_invitation"
    assert any("automatic reply" in warning for warning in parsed.warnings)


THANK_YOUS = [
    (
        "Poďakovanie",
        "Dobrý deň,\n\nďakujeme za dnešný pohovor o 14:00. Výsledok Vám oznámime v pondelok "
        "14. decembra do 12:00.\n\nS pozdravom\nPersonálne oddelenie",
        "Wed, 09 Dec 2026 16:00:00 +0100",
    ),
    (
        "Děkujeme",
        "Dobrý den,\n\nděkujeme za dnešní pohovor. Výsledek Vám oznámíme ve středu "
        "16. prosince do 15:00.\n\nS pozdravem\nHR tým",
        "Wed, 09 Dec 2026 16:00:00 +0100",
    ),
    (
        "நன்றி",
        "அன்புள்ள தீபா,\n\nஇன்று மதியம் 2:30 மணிக்கு நடந்த interview-ல் கலந்துகொண்டதற்கு மிக்க "
        "நன்றி.\n\n16 டிசம்பர் (புதன்கிழமை) க்குள் முடிவைத் தெரிவிப்போம்.\n\nHR Team",
        "Wed, 09 Dec 2026 18:00:00 +0530",
    ),
]


@pytest.mark.parametrize(("subject", "body", "date"), THANK_YOUS)
def test_thanks_after_the_interview_is_not_claimed(subject: str, body: str, date: str) -> None:
    assert not _claimed(_mail(subject, body, date=date))


_GREETINGS = [
    "Sveiki, kolēģi!",
    "Labdien, kolēģi,",
    "Liebe Kolleginnen und Kollegen,",
    "Dear colleagues,",
    "Chers collègues,",
    "Հարգելի գործընկերներ,",
]
_CANDIDATES = ["Anna Vītola", "Roberts Zariņš", "Ilze Krūmiņa", "Edgars Sproģis"]


@settings(max_examples=30, deadline=None)
@given(
    greeting=st.sampled_from(_GREETINGS),
    people=st.lists(st.sampled_from(_CANDIDATES), min_size=2, max_size=4, unique=True),
    first_hour=st.integers(min_value=9, max_value=13),
)
def test_note_to_colleagues_with_candidates_times_is_not_claimed(
    greeting: str, people: list[str], first_hour: int
) -> None:
    rows = "\n".join(f"{first_hour + index}:00 - {person}" for index, person in enumerate(people))
    body = (
        f"{greeting}\n\nInterview schedule for Thursday 10 December 2026:\n\n{rows}\n\n"
        "Room 2.14. Please read the CVs beforehand.\n\nMarta"
    )
    raw = _mail(
        "Interview schedule 10.12",
        body,
        date="Tue, 08 Dec 2026 16:00:00 +0200",
        to="Dana Roe <dana.roe@mailbox.example>",
    )
    assert not _claimed(raw)


INVITATIONS = [
    (
        "მოწვევა გასაუბრებაზე",
        "ძვირფასო დანა,\n\nგიწვევთ გასაუბრებაზე ბუღალტრის პოზიციაზე.\n\nთარიღი: 2026 წლის 15 "
        "დეკემბერი, სამშაბათი\nდრო: 11:30 საათი\nმისამართი: რუსთაველის გამზ. 12, თბილისი\n\n"
        "პატივისცემით,\nHR",
        "Thu, 03 Dec 2026 09:00:00 +0400",
        "2026-12-15T11:30:00+04:00",
    ),
    (
        "Покана за интервју",
        "Почитувана Дана,\n\nВе покануваме на интервју за позицијата сметководител во среда, "
        "16 декември 2026, во 09:30 часот, во нашата канцеларија во Битола.\n\nСо почит,\n"
        "Човечки ресурси",
        "Thu, 03 Dec 2026 09:00:00 +0100",
        "2026-12-16T09:30:00+01:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "date", "start"), INVITATIONS)
def test_georgian_and_macedonian_invitations_are_read(
    subject: str, body: str, date: str, start: str
) -> None:
    parsed = parse_message(_mail(subject, body, date=date))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
