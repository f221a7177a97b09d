# ruff: noqa: E501 (each language's sentences read best whole)
"""The reader is the one who chooses (hirer50): a marketplace tells the family that a carer
accepted its interview request, a job board tells a shop owner that the applicant confirmed
the interview the owner scheduled, a colleague or an agency asks the reader to see, receive
or interview a third person, an applicant tracker asks the reader to approve a candidate's
round or adds them to a panel, a tradesman brings his references to the reader, a would-be
flatmate comes to see the room. None of it is the reader's own interview. Controls in the
same words with the reader as the candidate (a carer invited to meet a family, a parent
asking the reader, a tutor, to an interview "for my son") stay claimed at the slot."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import (
    _ACCEPTED_YOUR_OFFER,
    _READER_CHOOSES,
    _SEE_SOMEONE_NAMED,
    _WRITER_APPLIES,
    reader_chooses,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 07 Sep 2026 09:00:00 +0200"  # Thursday is 10 September
TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Robin Vidal <robin.vidal@sender.example>"
CLAIMING = ("invitation", "reschedule", "cancellation")

# the reader offers, hosts, sees or approves; the interview is a third person's
READER_CHOOSES = {
    "en_platform": "Good news: Maya R. accepted your interview request for the childminder job. Thursday 10 September, 4:00pm at your home.",
    "en_board": "Sam Okafor confirmed the interview you scheduled for Kitchen Porter: Thursday, September 10 at 4:00 PM.",
    "en_after": "Thursday 10 September at 4pm: once you've met, you can send Maya a job offer or keep browsing other carers.",
    "en_colleague": "The applicant for the Saturday job is coming in on Thursday at 4pm - could you see him? I'm at the supplier.",
    "en_panel": "Could you join me to interview Priya Anand on Thursday at 4pm? You'd take the technical questions.",
    "de_platform": "Lea S. hat Ihre Anfrage für ein Kennenlernen angenommen: Donnerstag, 10. September, 16:00 Uhr.",
    "de_agency": "Könnten Sie Herrn Adrian Wolf am Donnerstag um 16 Uhr zu einem ersten Gespräch empfangen?",
    "fr_platform": "Inès a accepté votre demande d'entretien : jeudi 10 septembre à 16h chez vous.",
    "fr_agency": "Mme Léa Fabre est disponible jeudi à 16h : pourriez-vous la recevoir ?",
    "es_agency": "Te mando el perfil de Nuria Vidal. ¿Podrías verla el jueves a las 16:00 en la oficina?",
    "es_ats": "Como responsable de la vacante, necesitamos tu aprobación para la entrevista de Iván Soto el jueves a las 16:00.",
    "pt_agency": "Segue o perfil do Bruno Lima. Você consegue entrevistá-lo na quinta-feira às 16h?",
    "it_colleague": "Marta viene giovedì alle 16 per il colloquio da commessa: le parli tu? Io sono fuori.",
    "nl_platform": "Daan heeft je uitnodiging voor een kennismaking geaccepteerd: donderdag 10 september om 16.00 uur.",
    "sv_board": "Elin Sjö har bokat en av dina intervjutider: torsdag 10 september kl. 16.00.",
    "sv_colleague": "Kan du sitta med på intervjun med Jonas Ek på torsdag kl. 16?",
    "pl_ats": "Zostałeś dodany do panelu: rozmowa z Piotrem Zielińskim w czwartek o 16:00.",
    "ja_colleague": "木曜日（9月10日）16:00から候補者の面接を行います。面接官としてご同席をお願いします。",
    "en_tradesman": "Thanks for shortlisting us for the loft conversion. I'll come round on Thursday at 4pm for the interview and I'll bring photos of recent jobs and two references.",
    "nl_volunteer": "Donderdag om 16.00 uur past mij goed voor het gesprek met het bestuur. Ik neem mijn diploma's en referenties mee.",
}  # fmt: skip

# the reader is the candidate, in the same tools' words
READER_IS_CANDIDATE = {
    "en_platform": "Good news: the Hale family would like to interview you for their childminder job on Thursday 10 September at 4:00pm at their home.",
    "en_board": "Bramble Café scheduled an interview with you for Kitchen Porter: Thursday, September 10 at 4:00 PM.",
    "en_parent": "Thanks for answering my ad for a piano tutor for my daughter. I'd like you to come for an interview on Thursday 10 September at 4pm.",
    "fr_parent": "Suite à votre candidature comme professeur particulier pour mon fils, je vous propose un entretien jeudi 10 septembre à 16h.",
    "de_agency": "unser Kunde möchte Sie gern kennenlernen: Ihr Vorstellungsgespräch ist am Donnerstag, 10. September um 16:00 Uhr.",
    "es_agency": "el cliente quiere conocerte: te confirmo la entrevista el jueves 10 de septiembre a las 16:00.",
}  # fmt: skip


def _reading(body: str) -> tuple[str | None, float, str]:
    parsed = parse_message(plain_mail("Interview", body, sender=SENDER, to=TO, date=SENT))
    start = parsed.start.isoformat() if parsed.start is not None else ""
    return parsed.kind, parsed.confidence, start


@pytest.mark.parametrize("key", sorted(READER_CHOOSES))
def test_the_one_who_chooses_is_not_told_of_their_own_interview(key: str) -> None:
    kind, confidence, _ = _reading(f"Hello Alex,\n\n{READER_CHOOSES[key]}\n\nRobin")
    assert not (kind in CLAIMING and confidence >= 0.5), key


@pytest.mark.parametrize("key", sorted(READER_IS_CANDIDATE))
def test_the_reader_as_the_candidate_stays_claimed_at_the_slot(key: str) -> None:
    kind, confidence, start = _reading(f"Hello Alex,\n\n{READER_IS_CANDIDATE[key]}\n\nRobin")
    assert kind == "invitation", key
    assert confidence >= 0.5, key
    assert start.startswith("2026-09-10T16:00"), key


def test_the_reader_named_as_the_candidate_is_theirs() -> None:
    reader = frozenset({"alex", "morgan"})
    text = "Candidate: Alex Morgan\nCould you see him on Thursday at 4pm?"
    assert reader_chooses("Interview", text, reader) is None
    assert reader_chooses("Interview", "Could you see him on Thursday?", reader) is not None
    # the reader's own request granted by the employer is not a third person's acceptance,
    # nor a company's yes that books the reader's own interview (a careers fair's booth)
    assert reader_chooses("Interview", "We have accepted your request to move it.", reader) is None
    own = "Tyne Robotics has accepted your interview request. Your interview is booked."
    assert reader_chooses("Interview", own, reader) is None
    # "Could you see Tuesday's list" names a day, not a person
    assert reader_chooses("Interview", "Could you see Tuesday's list?", reader) is None
    assert reader_chooses("Interview", "Could you see Mark on Tuesday?", reader) is not None


def test_a_formal_you_in_the_object_is_the_reader() -> None:
    """Spanish, Portuguese and Italian put a formal "you" where "her" or "him" stands:
    "Gostaríamos de recebê-lo", "nos gustaría entrevistarla" invite the reader."""
    reader = frozenset({"alex", "morgan"})
    for text in (
        "Gostaríamos de recebê-lo para uma entrevista na quinta-feira às 16h.",
        "Nos gustaría entrevistarla el jueves a las 16:00.",
        "Vorremmo intervistarla giovedì alle 16.",
        "Goed nieuws! De klant wil je graag spreken: donderdag om 16.00 uur.",
    ):
        assert reader_chooses("Interview", text, reader) is None, text


def test_the_cues_stay_linear_on_hostile_text() -> None:
    """The bounded gaps ("hat Ihre Einladung … angenommen", "zou je … spreken", "könnten Sie
    Herrn … empfangen", "ik neem mijn … mee") cost work in proportion to their length."""
    for unit in ("zou je hem ", "könnten sie herrn ", "send a "):
        assert_linear(scans(_READER_CHOOSES), repeated(unit), label=unit)
    for unit in ("hat ihre einladung zum ", "heeft je uitnodiging "):
        assert_linear(scans(_ACCEPTED_YOUR_OFFER), repeated(unit), label=unit)
    for unit in ("zou je Bram ", "could you see Mark "):
        assert_linear(scans(_SEE_SOMEONE_NAMED), repeated(unit), label=unit)
    for unit in ("ik neem mijn ", "i'll bring my "):
        assert_linear(scans(_WRITER_APPLIES), repeated(unit), label=unit)
