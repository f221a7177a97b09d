# ruff: noqa: E501 (each language's notices read best whole)
"""Leave and absence notices name their kind in every HR tool's language (tools49).

A leave request, its approval, refusal or cancellation is not an invitation even when its
reason is the reader's job interview with a clock ("Entretien d'embauche le 23/04 à 10h30"):
the mail sets the reader's absence, not the interview. English ("leave request", "time off")
and German ("Urlaubsantrag") were known; the same notices in fr, es, it, nl, pt, de, pl, sv
name their kind with the nouns every HR tool uses (Jorani's email_lang.php subjects; the
absence requests of in-house HR apps, Lucca-, Personio-, Factorial-style: "Votre demande
d'absence a été approuvée", "Abwesenheitsantrag", "solicitud de ausencia"). Controls: an
invitation that asks the reader to take leave for it stays an invitation.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import OTHER_BUSINESS_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Wed, 15 Apr 2026 09:14:00 +0200"

# (subject, body) with {reason}: a leave notice of an HR tool in that language
NOTICES = {
    "fr": ("[RH] Votre demande d'absence a été refusée", "Bonjour Alex Morgan,\n\nVotre demande d'absence a été refusée.\n\nDu 23/04/2026 (Matin)\nAu 23/04/2026 (Matin)\nMotif : {reason}\n"),
    "fr-conge": ("Demande de congés de Léa Martin", "Léa Martin a posé une demande de congés :\n\nDu 23/04/2026 au 23/04/2026\nMotif : {reason}\n"),
    "es": ("Tu solicitud de ausencia ha sido aprobada", "Hola Alex,\n\nDesde 23/04/2026 (Mañana)\nHasta 23/04/2026 (Mañana)\nMotivo: {reason}\n"),
    "es-permiso": ("Solicitud de permiso de Pablo Ruiz", "Pablo Ruiz ha solicitado un permiso.\n\nDesde 23/04/2026\nHasta 23/04/2026\nMotivo: {reason}\n"),
    "it": ("La tua richiesta di ferie è stata approvata", "Ciao Alex,\n\nDal 23/04/2026 (Mattina)\nAl 23/04/2026 (Mattina)\nMotivo: {reason}\n"),
    "nl": ("Uw verlofaanvraag is goedgekeurd", "Beste Alex,\n\nVan 23/04/2026 (Ochtend)\nTot 23/04/2026 (Ochtend)\nReden: {reason}\n"),
    "pt": ("O seu pedido de férias foi aceite", "Olá Alex,\n\nDe 23/04/2026 (Manhã)\nAté 23/04/2026 (Manhã)\nMotivo: {reason}\n"),
    "de": ("Ihr Abwesenheitsantrag wurde genehmigt", "Hallo Alex,\n\nVon 23.04.2026 (Vormittag)\nBis 23.04.2026 (Vormittag)\nBegründung: {reason}\n"),
    "pl": ("Twój wniosek urlopowy został zaakceptowany", "Cześć Alex,\n\nOd 23.04.2026\nDo 23.04.2026\nPowód: {reason}\n"),
    "sv": ("Din ledighetsansökan har godkänts", "Hej Alex,\n\nFrån 2026-04-23\nTill 2026-04-23\nAnledning: {reason}\n"),
}  # fmt: skip

REASONS = {
    "fr": "Entretien d'embauche le 23/04 à {h}h30 (Lyon)",
    "es": "Entrevista de trabajo el 23/04 a las {h}:30",
    "it": "Colloquio di lavoro il 23/04 alle {h}:30",
    "nl": "Sollicitatiegesprek op 23/04 om {h}:30 uur",
    "pt": "Entrevista de emprego dia 23/04 às {h}h30",
    "de": "Vorstellungsgespräch am 23.04. um {h}:30 Uhr",
    "pl": "Rozmowa kwalifikacyjna 23.04 o {h}:30",
    "sv": "Anställningsintervju 23/4 kl. {h}:30",
}  # fmt: skip


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(
        subject, body, sender="HR <hr@lindqvist-bau.example>", to="alex@mailbox.example", date=SENT
    )


@settings(max_examples=30, deadline=None)
@given(notice=st.sampled_from(sorted(NOTICES)), hour=st.integers(9, 16))
def test_a_leave_notice_with_an_interview_reason_is_not_claimed(notice: str, hour: int) -> None:
    subject, body = NOTICES[notice]
    reason = REASONS[notice.split("-")[0]].format(h=hour)
    assert not claimed(_mail(subject, body.format(reason=reason))), (notice, reason)


INVITES = {
    "fr": ("Votre entretien chez Lindqvist Bau", "Bonjour Alex,\n\nNous vous invitons à un entretien le jeudi 23 avril 2026 à 10h30, au 12 rue des Tanneurs à Lyon.\nSi besoin, pensez à poser une demande d'absence auprès de votre employeur actuel.\n"),
    "de": ("Ihr Vorstellungsgespräch bei Lindqvist Bau", "Hallo Alex,\n\nwir laden Sie am Donnerstag, 23. April 2026 um 10:30 Uhr zum Vorstellungsgespräch ein.\n"),
}  # fmt: skip


def test_an_invitation_stays_an_invitation() -> None:
    for subject, body in INVITES.values():
        parsed = parse_message(_mail(subject, body))
        assert parsed.kind == "invitation", subject
        assert isinstance(parsed.start, datetime)
        assert (parsed.start.hour, parsed.start.minute) == (10, 30), subject


def test_the_cues_stay_linear() -> None:
    """Near-misses of the new leave words cost work in proportion to their length."""
    for unit in (
        "demande d'absenc ",
        "solicitud de  ",
        "richiesta di fer ",
        "wniosek url ",
        "verlofaan ",
    ):
        assert_linear(scans(OTHER_BUSINESS_CUES), repeated(unit), label=unit)
