"""HR look-alikes in languages thin in the corpus, in the shapes negs20 added.

Fixtures are written for these tests (own words): a Greek tentative acceptance of the reader's
own event, Vietnamese and Persian notices of when results are published, and a European
Portuguese recruiter whose dates only frame a question asking the reader for options; controls
in the same languages set an interview at a time and must still read as invitations.
"""

from __future__ import annotations

from email.header import Header

import pytest

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import bare_mail

SURE = 0.5
CLAIMS = {"invitation", "reschedule"}


def _parse(body: str, subject: str, offset: str = "+0300") -> ParsedMessage:
    raw = bare_mail(
        Header(subject, "utf-8").encode(),
        body,
        sender="People Team <people@team.example>",
        to="Kit Moreau <kit.moreau@inbox.example>",
        date=f"Mon, 07 Jun 2027 09:12:00 {offset}",
    )
    return parse_message(raw)


def _claimed(parsed: ParsedMessage) -> bool:
    return parsed.kind in CLAIMS and parsed.confidence >= SURE


@pytest.mark.parametrize(
    ("subject", "body", "offset"),
    [
        (
            "Αποδοχή: Πρόβα συνέντευξης",
            "Ο Νίκος Αλεξίου αποδέχτηκε με επιφύλαξη την πρόσκληση.\r\n\r\nΠρόβα συνέντευξης\r\n"
            "Πότε: Πέμπτη 10 Ιουνίου 2027 19:00 – 20:00\r\nΠού: Καφέ Λήμνος, Αθήνα",
            "+0300",
        ),
        (
            "Lịch công bố kết quả bài kiểm tra",
            "Chào bạn Kit,\r\n\r\nCảm ơn bạn đã làm bài kiểm tra năng lực. Kết quả sẽ được công "
            "bố vào lúc 10h00 thứ Năm, ngày 10/06/2027 trên trang tuyển dụng.\r\n\r\nTrân trọng,"
            "\r\nPhòng Nhân sự",
            "+0700",
        ),
        (
            "زمان اعلام نتایج مصاحبه گروهی",
            "با سلام،\r\n\r\nنتایج مصاحبه گروهی روز پنجشنبه ۲۰ خرداد ۱۴۰۶ ساعت ۱۱:۰۰ در سامانه "
            "منتشر خواهد شد.\r\n\r\nواحد منابع انسانی",
            "+0330",
        ),
        (
            "Entrevista – disponibilidade",
            "Olá Kit,\r\n\r\nGostaríamos de conversar consigo sobre a vaga de analista. Poderia "
            "indicar-nos duas opções de horário entre quinta-feira, 10 de junho, e sexta-feira, "
            "11 de junho? Em princípio estamos disponíveis entre as 9h30 e as 16h00.\r\n\r\n"
            "Cumprimentos,\r\nInês Lopes",
            "+0100",
        ),
    ],
)
def test_thin_language_lookalikes_are_not_claimed(subject: str, body: str, offset: str) -> None:
    parsed = _parse(body, subject, offset)
    assert not _claimed(parsed), (parsed.kind, parsed.confidence, parsed.warnings)


@pytest.mark.parametrize(
    ("subject", "body", "offset", "day", "hour", "minute"),
    [
        (
            "Thư mời phỏng vấn vòng 2",
            "Chào bạn Kit,\r\n\r\nCông ty trân trọng mời bạn tham dự buổi phỏng vấn vòng 2 vào "
            "lúc 14h00 - 15h00 thứ Năm, ngày 10/06/2027 tại tầng 7, 15 Lê Duẩn, Quận 1.\r\n\r\n"
            "Trân trọng,\r\nPhòng Nhân sự",
            "+0700",
            10,
            14,
            0,
        ),
        (
            "Entrevista confirmada – quinta-feira, 10 de junho",
            "Olá Kit,\r\n\r\nObrigada pela resposta. Fica confirmada a entrevista para "
            "quinta-feira, 10 de junho de 2027, das 10h30 às 11h30, nos nossos escritórios na "
            "Rua Augusta, 40, Lisboa.\r\n\r\nAté breve,\r\nInês Lopes",
            "+0100",
            10,
            10,
            30,
        ),
        (
            "Πρόσκληση σε συνέντευξη",
            "Αγαπητή κυρία Moreau,\r\n\r\nσας προσκαλούμε σε συνέντευξη την Πέμπτη 10 Ιουνίου "
            "2027, ώρα 12:00 – 13:00, στα γραφεία μας στη Λεωφ. Συγγρού 50, Αθήνα.\r\n\r\n"
            "Με εκτίμηση,\r\nΤμήμα Προσωπικού",
            "+0300",
            10,
            12,
            0,
        ),
    ],
)
def test_interviews_in_the_same_languages_still_read(
    subject: str, body: str, offset: str, day: int, hour: int, minute: int
) -> None:
    parsed = _parse(body, subject, offset)
    assert parsed.kind == "invitation", (parsed.kind, parsed.warnings)
    assert parsed.start is not None
    assert (parsed.start.day, parsed.start.hour, parsed.start.minute) == (day, hour, minute)
