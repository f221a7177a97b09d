"""A Czech appraisal talk, a Japanese 1on1 with the own manager and a Chinese-script company
information session are no interview for the reader (negs24 shapes).

Fixtures are written for these tests (own words): a Czech and a Slovak manager booking the
yearly "hodnoticí pohovor" / "hodnotiaci pohovor", Japanese managers moving or setting a
"1on1", Taiwanese and mainland "說明會" / "说明会" announcements. Controls in the same voices:
a Czech job interview ("pohovor" alone), a Japanese interview that names "面接" beside a 1on1
word, a Taiwanese interview that does not mention a session.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str) -> ParsedMessage:
    raw = bare_mail(
        subject,
        body,
        sender="Dana Kubo <dana.kubo@hollin-works.example>",
        to="Sam Okafor <sam.okafor@inbox.example>",
        date=f"Mon, 04 Oct 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Roční hodnocení",
            "Ahoj Same,\r\n\r\nnáš hodnoticí pohovor proběhne ve čtvrtek 14. října od 10:00 do "
            "11:00 v mé kanceláři.\r\n\r\nDana",
            "+0200",
        ),
        (
            "Termín",
            "Dobrý den,\r\n\r\nzvu Vás na hodnotící rozhovor v pondělí 11. října ve 13:30 "
            "v zasedačce B.\r\n\r\nDana Kubová",
            "+0200",
        ),
        (
            "Hodnotiaci pohovor",
            "Ahoj Sam,\r\n\r\nhodnotiaci pohovor máme v stredu 13. októbra o 9:00.\r\n\r\nDana",
            "+0200",
        ),
        (
            "1on1の件",
            "Samさん\r\n\r\n今週の1on1は10月7日（木）15:00〜15:30に移動させてください。"
            "\r\n\r\n久保",
            "+0900",
        ),
        (
            "定期面談",
            "Samさん\r\n\r\n次回の 1 on 1 を10月12日（火）10:00から行います。場所は3番会議室です。"
            "\r\n\r\n久保",
            "+0900",
        ),
        (
            "企業說明會報名成功",
            "您好：\r\n\r\n企業說明會將於10月13日（週三）14:00至15:30在本校國際會議廳舉行，"
            "歡迎準時出席。\r\n\r\n人資部",
            "+0800",
        ),
        (
            "招聘说明会通知",
            "同学们好：\r\n\r\n我们的招聘说明会定于10月15日（周五）19:00在线上举行，欢迎参加。"
            "\r\n\r\n人力资源部",
            "+0800",
        ),
    ],
)
def test_a_review_a_1on1_or_a_company_session_is_not_claimed(
    subject: str, body: str, offset: str
) -> None:
    assert not _claimed(_parse(body, subject, offset))


@settings(max_examples=25, deadline=None)
@given(
    day=st.sampled_from([("pondělí", 11), ("úterý", 12), ("středa", 13), ("čtvrtek", 14)]),
    hour=st.integers(min_value=8, max_value=16),
    word=st.sampled_from(["hodnoticí pohovor", "hodnotící pohovor", "hodnoticí rozhovor"]),
)
def test_any_time_of_the_czech_appraisal_stays_unclaimed(
    day: tuple[str, int], hour: int, word: str
) -> None:
    name, date = day
    body = f"Ahoj Same,\r\n\r\n{word} máme v {name} {date}. října v {hour}:00.\r\n\r\nDana"
    assert not _claimed(_parse(body, "Hodnocení", "+0200"))


@pytest.mark.parametrize(
    ("subject", "body", "offset", "start"),
    [
        (
            "Pozvánka na pohovor",
            "Dobrý den,\r\n\r\nzveme Vás na pohovor na pozici analytika ve čtvrtek 14. října "
            "od 10:00 do 11:00 v naší kanceláři, Vinohradská 12, Praha.\r\n\r\nDana Kubová",
            "+0200",
            "2027-10-14T10:00:00+02:00",
        ),
        (
            "一次面接のご案内",
            "Sam様\r\n\r\n一次面接（面接官との1on1形式）を10月8日（金）14:00〜15:00に"
            "実施いたします。場所は本社5階です。\r\n\r\n採用担当 久保",
            "+0900",
            "2027-10-08T14:00:00+09:00",
        ),
        (
            "面試通知",
            "Sam 您好：\r\n\r\n誠摯邀請您參加面試，時間為10月13日（週三）10:00至11:00，地點在"
            "本公司台北辦公室8樓。\r\n\r\n人資部 久保",
            "+0800",
            "2027-10-13T10:00:00+08:00",
        ),
    ],
)
def test_the_job_interview_in_the_same_voices_stays_sure(
    subject: str, body: str, offset: str, start: str
) -> None:
    parsed = _parse(body, subject, offset)
    assert parsed.kind == "invitation"
    assert parsed.confidence >= SURE
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
