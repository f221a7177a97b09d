"""Mail around an interview that sets none is not put in the calendar, though it names an hour.

After an interview, or before a first day, employers write with a date and an hour that is no
meeting with the reader: a task or documents due ("send it by Tuesday 12:00" in Danish and
Norwegian "senest", Czech and Slovak "do pátku", Hindi and Urdu "9 बजे से पहले"), a booking
request still waiting for the recruiter ("pendiente de confirmación", "moet nog bevestigd
worden"), an appointment to sign the contract. An invitation that also names a task deadline
or a contract, or confirms a requested slot, still goes to the calendar.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

TO = "Alex Morgan <alex.morgan@inbox.example>"
SENDER = "Recruiting <jobs@employer.example>"

NOT_MEETINGS = [
    (
        "da-task",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Opgave efter samtalen",
        "Hej Alex,\n\ntak for i går. Vi beder dig løse den vedhæftede opgave og sende den til "
        "os senest fredag den 12. juni kl. 9.00.\n\nVenlig hilsen\nRekruttering",
    ),
    (
        "nb-documents",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Dokumentasjon",
        "Hei Alex,\n\ntakk for intervjuet. Last opp vitnemål og attester i portalen senest "
        "torsdag 11. juni kl. 15.00.\n\nMed vennlig hilsen\nHR",
    ),
    (
        "cs-task",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Zadání úkolu",
        "Dobrý den,\n\nděkujeme za pohovor. Termín druhého pohovoru si prosím "
        "vyberte v rezervačním systému do pátku 12. června do 10:00.\n\nS pozdravem\nNábor",
    ),
    (
        "sk-documents",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Doklady",
        "Dobrý deň,\n\nďakujeme za pohovor. Termín ďalšieho pohovoru si prosím "
        "rezervujte do piatku 12. júna do 10:00.\n\nS pozdravom\nPersonálne oddelenie",
    ),
    (
        "hi-documents",
        "Fri, 05 Jun 2026 10:00:00 +0530",
        "दस्तावेज़",
        "प्रिय Alex,\n\nसाक्षात्कार के लिए धन्यवाद। कृपया अपना अनुभव प्रमाणपत्र सोमवार, 8 जून को "
        "दोपहर 2:00 बजे से पहले ईमेल करें।\n\nसादर,\nएचआर",
    ),
    (
        "es-pending",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Solicitud recibida",
        "Hola Alex:\n\nHemos recibido tu solicitud para una entrevista el jueves 11 de junio "
        "a las 12:00. Queda pendiente de confirmación por parte del equipo.\n\nUn saludo",
    ),
    (
        "nl-pending",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Aanvraag ontvangen",
        "Hoi Alex,\n\nJe aanvraag voor een gesprek op donderdag 11 juni om 12.00 uur is "
        "binnen. Het tijdstip moet nog bevestigd worden door de manager.\n\nGroet",
    ),
    (
        "pt-pending",
        "Fri, 05 Jun 2026 10:00:00 -0300",
        "Solicitação recebida",
        "Olá, Alex,\n\nrecebemos sua solicitação de entrevista para quinta-feira, 11 de junho, "
        "às 12h. Ela está aguardando confirmação da recrutadora.\n\nAbraços",
    ),
    (
        "sv-signing",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Välkommen!",
        "Hej Alex,\n\nvälkommen ombord! Vi ses för kontraktsskrivning torsdag 11 juni kl. "
        "13.00 på kontoret.\n\nHälsningar\nHR",
    ),
    (
        "nl-signing",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Welkom",
        "Hoi Alex,\n\nwelkom! We zien je graag donderdag 11 juni om 13.00 uur op "
        "kantoor voor de ondertekening van je contract.\n\nGroet,\nHR",
    ),
    (
        "pt-signing",
        "Fri, 05 Jun 2026 10:00:00 -0300",
        "Boas-vindas",
        "Olá, Alex,\n\nseja bem-vindo! Nos vemos na quinta-feira, 11 de junho, às 13h, no "
        "escritório para a assinatura do contrato.\n\nAtenciosamente,\nRH",
    ),
]


@pytest.mark.parametrize(
    ("case", "date", "subject", "body"), NOT_MEETINGS, ids=[c[0] for c in NOT_MEETINGS]
)
def test_time_that_is_no_meeting_is_not_claimed(
    case: str, date: str, subject: str, body: str
) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date=date)
    assert not claimed(raw), case


INVITATIONS = [
    (
        "da-interview-with-task",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Invitation til samtale",
        "Hej Alex,\n\nvi vil gerne invitere dig til samtale tirsdag den 16. juni kl. 10.00 "
        "hos os i Aarhus. Send gerne din case senest fredag den 12. juni.\n\nVenlig hilsen",
    ),
    (
        "sv-interview-then-contract",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Inbjudan till intervju",
        "Hej Alex,\n\nvi bjuder in dig till intervju tisdag 16 juni kl. 10.00 på vårt kontor. "
        "Går allt bra kan kontraktsskrivning ske redan veckan efter.\n\nHälsningar",
    ),
    (
        "es-confirmed",
        "Fri, 05 Jun 2026 10:00:00 +0200",
        "Cita confirmada",
        "Hola Alex:\n\nTu solicitud ya no está pendiente: la entrevista queda confirmada el "
        "martes 16 de junio a las 10:00 en nuestra oficina.\n\nUn saludo",
    ),
]


@pytest.mark.parametrize(
    ("case", "date", "subject", "body"), INVITATIONS, ids=[c[0] for c in INVITATIONS]
)
def test_invitation_beside_a_deadline_or_contract_is_claimed(
    case: str, date: str, subject: str, body: str
) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date=date)
    assert claimed(raw), case


BOARD_MEETS = [
    (
        "de",
        "Ihr Gespräch bei uns",
        "Sehr geehrte Frau Morgan,\n\ndanke für Ihren Besuch. Das Auswahlgremium tagt am "
        "Donnerstag, 18. Juni 2026, um 14:00 Uhr; danach melden wir uns bei Ihnen.\n\nMit "
        "freundlichen Grüßen",
    ),
    (
        "fr",
        "Après votre entretien",
        "Bonjour Alex,\n\nmerci pour votre venue. Le jury fera le bilan des entretiens le jeudi "
        "18 juin 2026 à 14h ; vous recevrez notre réponse la semaine suivante.\n\nCordialement",
    ),
    (
        "cs",
        "Po pohovoru",
        "Dobrý den,\n\nděkujeme za pohovor. Komise se sejde ve čtvrtek 18. června ve 14:00 "
        "a projde všechny pohovory.\n\nS pozdravem",
    ),
    (
        "sk",
        "Po pohovore",
        "Dobrý deň,\n\nďakujeme za pohovor. Výberová komisia zasadne vo štvrtok 18. júna o "
        "14:00 a vyhodnotí všetky pohovory.\n\nS pozdravom",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), BOARD_MEETS, ids=[c[0] for c in BOARD_MEETS])
def test_selection_board_meeting_by_itself_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date="Mon, 15 Jun 2026 10:00:00 +0200")
    assert not claimed(raw), lang


def test_committee_that_interviews_the_reader_is_claimed() -> None:
    body = (
        "Dear Alex,\n\nThe selection committee would like to interview you on Thursday 18 "
        "June 2026 at 14:00 in Room 2.10, Main Building.\n\nKind regards,\nHR"
    )
    raw = plain_mail(
        "Interview invitation", body, sender=SENDER, to=TO, date="Mon, 15 Jun 2026 10:00:00 +0100"
    )
    assert claimed(raw)


WRAPPED_DEADLINES = [
    (
        "is",
        "Verkefni",
        "Sæll Alex,\n\ntakk fyrir spjallið. Vinsamlegast sendu okkur verkefnið fyrir kl. 15 á "
        "fimmtudaginn\n11. júní. Við höfum svo samband.\n\nKveðja,\nHildur",
    ),
    (
        "sv",
        "Uppgift",
        "Hej Alex,\n\ntack för samtalet. Skicka in din lösning senast kl. 15 på torsdag,\n"
        "den 11 juni. Vi hör av oss efter det.\n\nHälsningar,\nLina",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), WRAPPED_DEADLINES, ids=[c[0] for c in WRAPPED_DEADLINES]
)
def test_hour_to_hand_in_by_on_a_wrapped_line_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    raw = plain_mail(subject, body, sender=SENDER, to=TO, date="Mon, 08 Jun 2026 10:00:00 +0000")
    assert not claimed(raw), lang


def test_interview_hour_on_a_wrapped_line_is_claimed() -> None:
    body = (
        "Hej Alex,\n\nvi bjuder in dig till intervju. Intervjun börjar kl. 15 på torsdag,\n"
        "den 11 juni, på vårt kontor.\n\nHälsningar,\nLina"
    )
    raw = plain_mail(
        "Inbjudan till intervju", body, sender=SENDER, to=TO, date="Mon, 08 Jun 2026 10:00:00 +0200"
    )
    assert claimed(raw)
