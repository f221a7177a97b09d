"""A discussion list's footer (Mailman 2/3, Google Groups, Groups.io, Discourse) carries
"unsubscribe" on every post; it does not make a meeting announcement a newsletter, so the
meeting's time is read (and, being bulk mail, stays below the confidence that skips review).
A newsletter's own unsubscribe line above such a footer still counts. Every post here is
written for the test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from service.parsing import parse_message
from service.parsing.classify import categorise

CET = timezone(timedelta(hours=1))

FOOTERS = {
    "mailman3": "_______________________________________________\r\n"
    "wg mailing list -- wg@lists.project.example\r\n"
    "To unsubscribe send an email to wg-leave@lists.project.example\r\n",
    "mailman2": "_______________________________________________\r\n"
    "WG mailing list\r\nwg@lists.project.example\r\n"
    "https://lists.project.example/mailman/listinfo/wg\r\n",
    "googlegroups_en": "-- \r\nYou received this message because you are subscribed to the "
    'Google Groups "WG" group.\r\nTo unsubscribe from this group and stop receiving emails '
    "from it, send an email to wg+unsubscribe@googlegroups.com.\r\n",
    "googlegroups_de": "-- \r\nSie haben diese Nachricht erhalten, weil Sie in Google Groups "
    'die Gruppe "WG" abonniert haben.\r\nWenn Sie sich von dieser Gruppe abmelden möchten, '
    "senden Sie eine E-Mail an wg+unsubscribe@googlegroups.com.\r\n",
    "groupsio": "_._,_._,_\r\nGroups.io Links:\r\n\r\nYou receive all messages sent to this "
    "group.\r\n\r\nYour Subscription | Contact Group Owner | Unsubscribe\r\n_._,_._,_\r\n",
    "ezmlm": "---------------------------------------------------------------------\r\n"
    "To unsubscribe, e-mail: dev-unsubscribe@project.example\r\nFor additional commands, "
    "e-mail: dev-help@project.example\r\n",
    "smartlist": "-- \r\nTo UNSUBSCRIBE, email to debian-project-REQUEST@lists.project.example"
    '\r\nwith a subject of "unsubscribe". Trouble? Contact listmaster@lists.project.example\r\n',
    "discourse": "Visit Topic or reply to this email to respond.\r\n\r\nTo unsubscribe from "
    "these emails, click here.\r\n",
}


def _post(subject: str, body: str, date: str = "Tue, 01 Dec 2026 10:00:00 +0000") -> bytes:
    return (
        "From: Sam Chair <sam@project.example>\r\nTo: wg@lists.project.example\r\n"
        f"Subject: {subject}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        "List-Id: WG <wg.lists.project.example>\r\nPrecedence: list\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize("footer", sorted(FOOTERS))
def test_a_list_footer_does_not_hide_the_meetings_time(footer: str) -> None:
    body = (
        "Hi all,\r\n\r\nThe working group meets on Thursday 3 December at 16:00 UTC on Jitsi: "
        "https://meet.jit.si/ProjectWG\r\n\r\nSam\r\n\r\n" + FOOTERS[footer]
    )
    result = parse_message(_post("WG meeting on Thursday", body))
    assert result.start == datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    assert result.confidence < 0.5  # a group's meeting on a list, not the reader's interview


def test_a_german_stammtisch_with_a_google_groups_footer() -> None:
    body = (
        "Hallo zusammen,\r\n\r\nunser nächstes Treffen findet am Montag, 14.12., um 19:30 Uhr "
        "online statt.\r\n\r\nBis dann\r\nNils\r\n\r\n" + FOOTERS["googlegroups_de"]
    )
    result = parse_message(
        _post("Einladung: Online-Treffen am 14.12.", body, "Fri, 04 Dec 2026 11:10:00 +0100")
    )
    assert result.start == datetime(2026, 12, 14, 19, 30, tzinfo=CET)


def test_a_newsletters_own_unsubscribe_line_above_the_footer_still_counts() -> None:
    body = (
        "Our webinar is on Thursday 3 December at 16:00 UTC.\r\n\r\nManage your email "
        "preferences or unsubscribe here.\r\n\r\n" + FOOTERS["mailman3"]
    )
    assert categorise("Monthly newsletter", body) == "newsletter"


def test_a_mailman_digest_header_still_reads_as_bulk() -> None:
    body = (
        "Send wg mailing list submissions to\r\n\twg@lists.project.example\r\n\r\nTo subscribe "
        "or unsubscribe via the World Wide Web, visit\r\n\thttps://lists.project.example/"
        "mailman/listinfo/wg\r\n\r\nToday's Topics:\r\n\r\n   1. WG meeting on Thursday "
        "(Sam Chair)\r\n\r\n" + FOOTERS["mailman2"]
    )
    assert categorise("wg Digest, Vol 3, Issue 2", body) == "newsletter"


def _forward(body: str) -> bytes:
    return (
        "From: Alex Morgan <alex.morgan@mailbox.example>\r\nTo: in@afterview.example\r\n"
        "Subject: Fwd: [junta] Convocatoria: reunión de la junta\r\n"
        "Date: Tue, 01 Dec 2026 18:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "---------- Forwarded message ---------\r\nFrom: Lucía Ferrer <lucia@asoc.example>\r\n"
        "Date: Tue, 1 Dec 2026 at 17:40\r\nSubject: [junta] Convocatoria: reunión de la junta"
        f"\r\nTo: <junta@lists.asoc.example>\r\n\r\n\r\n{body}\r\n"
    ).encode()


@pytest.mark.parametrize("footer", ["mailman3", "googlegroups_en", "smartlist"])
def test_a_forwarded_list_post_keeps_its_footer_and_stays_a_groups_meeting(footer: str) -> None:
    body = (
        "Hola a todos:\r\n\r\nOs convoco a la reunión de la junta directiva el jueves 10 de "
        "diciembre a las 19:00 UTC por videoconferencia.\r\n\r\nLucía\r\n\r\n" + FOOTERS[footer]
    )
    result = parse_message(_forward(body))
    assert result.start == datetime(2026, 12, 10, 19, 0, tzinfo=UTC)
    assert result.confidence < 0.5  # the list's headers are gone; its footer tells


def test_a_quoted_footer_is_still_a_footer() -> None:
    quoted = "\r\n".join(
        f"> {line}" if line else ">" for line in FOOTERS["mailman3"].split("\r\n") if line
    )
    body = "Our webinar is on Thursday 3 December at 16:00 UTC.\r\n\r\n" + quoted
    assert categorise("Fwd: webinar", body) == "other"
