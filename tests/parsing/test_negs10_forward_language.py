"""A client's header block does not set the language of the mail it forwards.

An English mail sent with a UTC Date and no zone reads in UTC; forwarded by a Japanese or a
Portuguese mail client (header labels in that language), it must read the same, not in the
zone of the client's language. Mail written for this test.
"""

from __future__ import annotations

from service.parsing import parse_message

ORIGINAL = (
    "Hi Kit,\r\n\r\nThanks for applying. Your interview with our design lead is on Tuesday "
    "17 November 2026 from 10:00 to 10:45 at 12 Quay Street.\r\n\r\nBest,\r\nIda"
)


def _direct() -> bytes:
    return (
        "From: Ida Hart <ida.hart@quayside-studio.example>\r\nTo: Kit Moreau "
        "<kit.moreau@inbox.example>\r\nSubject: Interview on Tuesday\r\n"
        "Date: Tue, 10 Nov 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{ORIGINAL}"
    ).encode()


def _forwarded(labels: tuple[str, str, str, str, str]) -> bytes:
    rule, subject, date, sender, to = labels
    body = (
        f"{rule}\r\n{subject}:\tInterview on Tuesday\r\n{date}:\tTue, 10 Nov 2026 09:00:00 +0000"
        f"\r\n{sender}:\tIda Hart <ida.hart@quayside-studio.example>\r\n{to}:\tKit Moreau "
        f"<kit.moreau@inbox.example>\r\n\r\n\r\n{ORIGINAL}"
    )
    return (
        "From: Kit Moreau <kit.moreau@inbox.example>\r\nTo: in@afterview.example\r\n"
        "Subject: Fwd: Interview on Tuesday\r\nDate: Tue, 10 Nov 2026 10:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}"
    ).encode()


def test_a_japanese_or_portuguese_client_keeps_the_english_mails_reading() -> None:
    direct = parse_message(_direct())
    assert direct.start is not None
    assert direct.start.isoformat() == "2026-11-17T10:00:00+00:00"
    for labels in (
        ("-------- 転送メッセージ --------", "件名", "日付", "差出人", "宛先"),
        ("-------- Mensagem encaminhada --------", "Assunto", "Data", "De", "Para"),
    ):
        forwarded = parse_message(_forwarded(labels))
        assert (forwarded.kind, forwarded.start, forwarded.end) == (
            direct.kind,
            direct.start,
            direct.end,
        ), labels
