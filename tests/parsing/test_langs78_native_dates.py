"""Interviews and their moves in languages the corpus has least, dates and hours as natives
write them, are read as the reader's own.

Belarusian "сумоўе", Faroese "starvssamrøða", Haitian Creole "entèvyou", Odia "ସାକ୍ଷାତକାର"
and Assamese "সাক্ষাৎকাৰ" name the interview; Turkmen and Punjabi interviews are meetings with
someone; "перанесена", "er flutt", "air a ghluasad", "chanje dat", "…-a geçirildi",
"ਸਮਾਂ ਬਦਲ", "ସମୟ ବଦଳାଯାଇଛି" and "সময় সলনি কৰা হৈছে" move one. Scottish Gaelic writes
March with its article ("11 am Màrt": no a.m.) and the hour "aig 3 uairean feasgar";
Haitian Creole "a 3è nan apremidi". Control: English "9 am March 10" stays nine in the
morning. Fixtures are ours (names and companies made up).
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message

SENT = "Mon, 08 Mar 2027 09:15:00 {offset}"


def _mail(subject: str, body: str, offset: str) -> bytes:
    return (
        "From: Recruiter <hr@firm.example>\r\nTo: Alex Morgan <alex@mailbox.example>\r\n"
        f"Subject: {subject}\r\nDate: {SENT.format(offset=offset)}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


# (subject, body, Date offset, kind, expected start); all future of the Date header
CASES = [
    (
        "Сумоўе",
        "Alex,\nЗапрашаем вас на сумоўе ў чацвер, 11 сакавіка, а 15:00.\nІрына",
        "+0300",
        "invitation",
        "2027-03-11T15:00:00+03:00",
    ),
    (
        "Сумоўе",
        "Alex, ваша сумоўе перанесена на пятніцу, 12 сакавіка, а 11:00.\nІрына",
        "+0300",
        "reschedule",
        "2027-03-12T11:00:00+03:00",
    ),
    (
        "Starvssamrøða",
        "Hey Alex,\nVit bjóða tær til starvssamrøðu hósdagin 11. mars kl. 15.00.\nRagnar",
        "+0000",
        "invitation",
        "2027-03-11T15:00:00+00:00",
    ),
    (
        "Agallamh",
        "A Alex,\nBidh an t-agallamh agad Diardaoin, 11 am Màrt, aig 3 uairean feasgar.\nIain",
        "+0000",
        "invitation",
        "2027-03-11T15:00:00+00:00",
    ),
    (
        "Agallamh",
        "A Alex,\nTha an t-agallamh air a ghluasad gu Dihaoine, 12 am Màrt, aig 11 uairean sa "
        "mhadainn.\nIain",
        "+0000",
        "reschedule",
        "2027-03-12T11:00:00+00:00",
    ),
    (
        "Entèvyou",
        "Bonjou Alex,\nEntèvyou w la ap fèt jedi 11 mas a 3è nan apremidi.\nRose",
        "-0500",
        "invitation",
        "2027-03-11T15:00:00-05:00",
    ),
    (
        "Söhbetdeşlik",
        "Salam Alex,\nSöhbetdeşligiňiz 11-nji marta, penşenbe güni, sagat 15:00-a "
        "geçirildi.\nMerjen",
        "+0500",
        "reschedule",
        "2027-03-11T15:00:00+05:00",
    ),
    (
        "ਇੰਟਰਵਿਊ",
        "Alex ਜੀ,\nਤੁਹਾਡੀ ਇੰਟਰਵਿਊ ਦਾ ਸਮਾਂ ਬਦਲ ਦਿੱਤਾ ਗਿਆ ਹੈ।\n"
        "ਹੁਣ ਇੰਟਰਵਿਊ ਵੀਰਵਾਰ, ੧੧ ਮਾਰਚ ਨੂੰ ਦੁਪਹਿਰ ੩ ਵਜੇ ਹੋਵੇਗੀ।\nਗੁਰਪ੍ਰੀਤ",
        "+0530",
        "reschedule",
        "2027-03-11T15:00:00+05:30",
    ),
    (
        "ସାକ୍ଷାତକାର",
        "Alex,\nଆପଣଙ୍କ ସାକ୍ଷାତକାରର ସମୟ ବଦଳାଯାଇଛି। ନୂଆ ସମୟ: ଗୁରୁବାର, ୧୧ ମାର୍ଚ୍ଚ ଅପରାହ୍ନ ୩ଟା।\nମନୋଜ",
        "+0530",
        "reschedule",
        "2027-03-11T15:00:00+05:30",
    ),
    (
        "সাক্ষাৎকাৰ",
        "Alex,\nআপোনাক চাকৰিৰ সাক্ষাৎকাৰৰ বাবে আমন্ত্ৰণ জনোৱা হৈছে।\n"
        "সাক্ষাৎকাৰ বৃহস্পতিবাৰ, ১১ মাৰ্চ তাৰিখে দুপৰীয়া ৩ বজাত হ'ব।\nদীপক",
        "+0530",
        "invitation",
        "2027-03-11T15:00:00+05:30",
    ),
]


@pytest.mark.parametrize(("subject", "body", "offset", "kind", "start"), CASES)
def test_native_date_and_hour(subject: str, body: str, offset: str, kind: str, start: str) -> None:
    parsed = parse_message(_mail(subject, body, offset))
    assert parsed.kind == kind
    assert parsed.start is not None
    assert parsed.start.isoformat() == start


def test_english_am_before_a_month_stays_the_morning() -> None:
    body = "Hi Alex,\nYour interview with Dana Reyes is confirmed for 9 am March 10, 2027.\nDana"
    parsed = parse_message(_mail("Interview", body, "+0000"))
    assert parsed.start is not None
    assert parsed.start.isoformat() == "2027-03-10T09:00:00+00:00"


THANKS = [
    ("Дзякуй", "Alex, дзякуй за сумоўе ў пятніцу, 5 сакавіка, а 11:00.\nАдказ хутка.", "+0300"),
    ("Takk", "Alex, takk fyri samrøðuna fríggjadagin 5. mars kl. 11.00.", "+0000"),
    ("Taing", "Alex, mòran taing airson an agallaimh Dihaoine, 5 am Màrt, aig 11.", "+0000"),
    ("Mèsi", "Alex, mèsi pou entèvyou vandredi 5 mas la a 11è nan maten.", "-0500"),
    ("ଧନ୍ୟବାଦ", "Alex, ଶୁକ୍ରବାର, ୫ ମାର୍ଚ୍ଚ ସକାଳ ୧୧ଟାର ସାକ୍ଷାତକାର ପାଇଁ ଧନ୍ୟବାଦ।", "+0530"),
    ("ধন্যবাদ", "Alex, শুক্ৰবাৰ, ৫ মাৰ্চ পুৱা ১১ বজাৰ সাক্ষাৎকাৰৰ বাবে ধন্যবাদ।", "+0530"),
]


@pytest.mark.parametrize(("subject", "body", "offset"), THANKS)
def test_thanks_after_the_interview_set_nothing(subject: str, body: str, offset: str) -> None:
    parsed = parse_message(_mail(subject, body, offset))
    assert parsed.kind != "invitation" or parsed.confidence < 0.5
