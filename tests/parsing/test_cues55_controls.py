"""The reader's own job interviews that fresh55's controls showed held back (fresh55).

Why: "tell your work coach how the interview went at your next appointment" asks for a
report after an interview the mail sets, yet it was read as asking how a past interview
went; and a Turkish firm's "atölyeye gelebilir misin" (come to the workshop, the place) was
read as a workshop session on interviews. Both sent the reader's own interview to review.
The look-alikes beside them must stay held back.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0100"


def _mail(subject: str, body: str, sender: str = "Team <team@firm.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


OWN = [
    (
        "en-GB",
        "Interview for the Kitchen Porter vacancy",
        "Dear Alex,\n\nYour adviser has arranged a job interview for you with Harbour Café for "
        "the Kitchen Porter vacancy on Thursday 8 October at 11:00.\n\nPlease let your adviser "
        "know how the interview went at your next appointment.\n\nEmployment Support Team",
    ),
    (
        "en-US",
        "Interview at Lakeside Books - Bookseller",
        "Hi Alex,\n\nWe set up your job interview with Lakeside Books for the Bookseller role "
        "on Thursday, October 8 at 11:00 AM. Let us know how the interview went afterwards!"
        "\n\nBest,\nCareer Services",
    ),
    (
        "tr",
        "Başvurunuz – marangoz",
        "Merhaba Alex,\n\nMarangoz pozisyonu için başvurunu aldık. 8 Ekim Perşembe saat "
        "11:00'de atölyeye görüşmeye gelebilir misin?\n\nSelamlar,\nAhmet\nAhşap Atölyesi",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), OWN, ids=[row[0] for row in OWN])
def test_own_interview_is_sure(lang: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, body), "2026-10-08T11:00", or_screened=True, or_asked=True)


def test_how_it_went_asked_after_the_fact_still_counts() -> None:
    cues = lookalikes.HOW_DID_IT_GO_CUES
    assert cues.search("Thanks again. Could you tell us how the interview went?")
    assert cues.search("how did your interview go on Monday?")
    assert not cues.search("tell your coach how the interview went at your next appointment")
    assert not cues.search("let us know how the interview went afterwards")


def test_turkish_workshop_as_the_place_is_no_session() -> None:
    cues = lookalikes.PUBLIC_TALK_CUES
    assert not cues.search("atölyeye görüşmeye gelebilir misin")
    assert not cues.search("atölyede görüşme yapalım")
    assert cues.search("iş görüşmesi atölyesi")
    assert cues.search("atölye: mülakat")


def test_interview_workshop_event_in_turkish_is_not_claimed() -> None:
    raw = _mail(
        "İş görüşmesi atölyesi",
        "Merhaba,\n\nÜcretsiz İş görüşmesi atölyesi 8 Ekim Perşembe saat 11:00'de "
        "kütüphanede. Kayıt için bağlantıya tıklayın.\n\nKariyer Merkezi",
    )
    assert not claimed(raw)


def test_changed_lists_stay_linear() -> None:
    for name, cues, unit in (
        ("how-did-it-go", lookalikes.HOW_DID_IT_GO_CUES, "how the interview went at our "),
        ("public-talk", lookalikes.PUBLIC_TALK_CUES, "atölyeye görüşmeye atölye "),
    ):
        assert_linear(scans(cues), repeated(unit), 200_000, label=name)  # type: ignore[arg-type]
