"""Ordinary text beside an interview's slot changes neither the slot nor the reading.

Why: a sample of distractor_kit's mails (invitations with a known start, invitations that
give only a clock, look-alikes with none, in ten languages) each with one distractor: office
hours, phone numbers, job references, salaries, deadlines, a job's start date, older mail
under an "On … wrote:" line or an Outlook header block. probe64's whole run found 239 of
6,420 such mails read differently because of the distractor: a deadline's or a start
date's day paired with the interview's clock, Turkish, Polish and Nordic office hours read
as a Friday, "030/12 34 56" as 30 December, "v2.10.30 of" as a second time offered, a
quoted mail's "received your application" as another business. The rest below are cues
that say the mail is about something else, left as they are.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.distractor_kit import DISTRACTORS, TEMPLATES, Distractor, Template, misreading

# A support ticket, a date to apply by and a date to join by lower the confidence of a full
# invitation on purpose: they are the words of other mail (a helpdesk, an ad, an offer).
LEFT_AS_THEY_ARE = {
    "Ticket #2026-1130",
    "Date limite de candidature : 15 janvier 2027.",
    "Fecha de incorporación: 1 de febrero de 2027",
}


@settings(max_examples=120, deadline=None)
@given(template=st.sampled_from(TEMPLATES), distractor=st.sampled_from(DISTRACTORS))
def test_a_distractor_changes_no_reading(template: Template, distractor: Distractor) -> None:
    if distractor.text in LEFT_AS_THEY_ARE:
        return
    assert misreading(template, distractor) is None, (template.lang, distractor.text)


def _mail(body: str, subject: str = "Interview") -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Whitfield <dana@harbourline-example.co.uk>"
    message["To"] = "sam@mailbox.example"
    message["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    message["Subject"] = subject
    message.set_content(body)
    return bytes(message)


@pytest.mark.parametrize(
    "body",
    [
        "Hello,\n\nyour interview is at 14:30.\n\nThe application closes 31 March.",
        "Hallo,\n\ndas Gespräch ist um 14:30 Uhr.\n\nBewerbungsschluss: 31. März 2027",
        "Hola:\n\nla entrevista es a las 14:30.\n\nPlazo de inscripción: hasta el 20 de enero.",
        "Bonjour,\n\nl'entretien est à 14h30.\n\nDate limite de candidature : 15 janvier 2027.",
        "Hello,\n\nyour interview is at 14:30.\n\nStart date: 1 February 2027",
        "Hallo,\n\ndas Gespräch ist um 14:30 Uhr.\n\nEintrittsdatum: 01.02.2027",
        "Hallo,\n\ndas Gespräch ist um 14:30 Uhr.\n\nDas Büro ist vom 24.12. bis 1.1. geschlossen.",
        "Hello,\n\nyour interview is at 14:30.\n\nOur office is closed 24-26 December.",
        "Merhaba,\n\ngörüşmeniz saat 14:30'da.\n\nÇalışma saatleri: Pzt-Cuma 09:00-18:00",
        "Hej,\n\nintervjun är kl. 14:30.\n\nTelefontid: måndag till fredag 9–16",
        "Dzień dobry,\n\nrozmowa o 14:30.\n\nBiuro czynne od poniedziałku do piątku 8-16",
        "Hallo,\n\ndas Gespräch ist um 14:30 Uhr.\n\nGrüße\nDana\nTel.: 030/12 34 56-10",
        "Hello,\n\nyour interview is at 14:30.\n\nRegards\nDana\n\n"
        "From: Dana\nSent: Tuesday, March 3, 2026 9:14 AM\nTo: Alex\nSubject: CV\n\n"
        "Thank you for your application of 28 February.",
    ],
)
def test_another_days_words_set_no_start(body: str) -> None:
    parsed = parse_message(_mail(body))
    assert parsed.start is None, body


@pytest.mark.parametrize(
    ("body", "day", "hour"),
    [
        # a date above and a clock below still make one slot, as a tool's rows do
        (
            "Your interview is on 17 December 2026.\n\nDetails:\nwe start at 14:30, by video.",
            17,
            14,
        ),
        ("Start date: 17 December 2026\n\nLocation: Office\nRoom: 4\nStart time: 14:30", 17, 14),
        # a move between two days is no span of working days
        ("Hej,\n\nintervjun flyttas från måndag till fredag kl. 10:00.", 11, 10),
        ("Hello,\n\nwe moved it from Monday to Friday at 10:00.", 11, 10),
        # a clock offered twice is still two times; a version number is not
        ("Hello,\n\nthe interview is on 17 December at 14:30. App v2.10.30 or newer.", 17, 14),
    ],
)
def test_a_slot_still_reads(body: str, day: int, hour: int) -> None:
    parsed = parse_message(_mail(body))
    assert isinstance(parsed.start, datetime), body
    assert (parsed.start.day, parsed.start.hour) == (day, hour), body


def test_a_quoted_mails_notice_is_not_the_new_mails_business() -> None:
    body = (
        "Hallo Alex,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 17. Dezember "
        "2026 um 14:30 Uhr ein.\n\nViele Grüße\nDana\n\n"
        "Am Di., 3. März 2026 um 09:14 Uhr schrieb Dana <dana@example.de>:\n"
        "> We received your application on 28 February."
    )
    parsed = parse_message(_mail(body))
    assert parsed.kind == "invitation", parsed.warnings
    assert parsed.confidence >= 0.5, parsed.warnings
