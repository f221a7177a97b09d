"""talks50b: a bank's, a clinic's or a school's talk named with the interview's compound noun
("Beratungsgespräch", "Aufklärungsgespräch", "hypotheekgesprek") is no job interview, nor the
reader's own yearly review at work ("medarbejdersamtale"); a job interview named the same way
("Vorstellungsgespräch", "sollicitatiegesprek") stays claimed, and a service word beside a
vacancy or an application still reads as hiring (tests/parsing/corpus/build_talks50b.py).
"""

from __future__ import annotations

import pytest

from service.parsing.lookalikes import HIRING_WORDS, ROLE_WORDS
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import assert_claimed_from, claimed, plain_mail, request_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _request(title: str, body: str, sender: str) -> bytes:
    return request_mail(
        title,
        body,
        uid="talks50b-test-1@example.org",
        dtstart="20261014T140000Z",
        dtend="20261014T150000Z",
        organizer_cn="Termine",
        sender=sender,
        to=TO,
        date=DATE,
    )


SERVICE_REQUESTS = {
    "bank_de": (
        "Beratungsgespräch Altersvorsorge",
        "Guten Tag,\n\nwir bestätigen Ihr Beratungsgespräch zur Altersvorsorge.\n\n"
        "Berater: Paul Winter\nFiliale: Kirchplatz 2, Kassel\n\nBitte bringen Sie Ihren "
        "Personalausweis mit.\n",
        "Sparkasse Nordhessen-artig <termine@spk-nh.example>",
    ),
    "hypotheek_nl": (
        "Hypotheekgesprek",
        "Beste Alex,\n\nHierbij bevestigen wij uw hypotheekgesprek.\n\nAdviseur: Tom Visser\n"
        "Locatie: Kantoor Arnhem, Jansbinnensingel 3\n\nNeem een salarisstrook mee.\n",
        "Hypotheekhuis <afspraken@hypotheekhuis.example>",
    ),
    "lege_nb": (
        "Samtale med fastlege – oppfølging",
        "Hei Alex,\n\nDu har fått time til oppfølgingssamtale hos fastlege Eva Lie.\n\n"
        "Sted: Sagene legesenter, Oslo\n\nAvbestilling senest 24 timer før.\n",
        "Sagene legesenter <time@sagenelege.example>",
    ),
    "review_da": (
        "MUS-samtale 2026",
        "Hej Alex,\n\nHer er indkaldelsen til din årlige medarbejdersamtale. Udfyld "
        "forberedelsesskemaet inden mødet.\n\nVenlig hilsen\nLone\n",
        "Lone Berg <lone.berg@havnelab.example>",
    ),
}


@pytest.mark.parametrize("key", sorted(SERVICE_REQUESTS))
def test_a_service_or_review_talk_sent_as_a_request_is_no_interview(key: str) -> None:
    title, body, sender = SERVICE_REQUESTS[key]
    assert not claimed(_request(title, body, sender))


SERVICE_TEXTS = {
    "klinik_de": (
        "Termin Aufklärungsgespräch vor Ihrer Operation",
        "Sehr geehrte Frau Morgan,\n\nfür Ihre geplante Operation laden wir Sie zum "
        "Aufklärungsgespräch mit dem Narkosearzt ein: Mittwoch, 14.10.2026, 09:15 Uhr, "
        "Ambulanz Haus B.\n\nBitte bringen Sie Ihre Versichertenkarte mit.\n",
        "Klinikum Süd <ambulanz@klinikum-sued.example>",
    ),
    "kunde_de": (
        "Bestätigung Kundengespräch",
        "Sehr geehrte Frau Morgan,\n\nhiermit bestätigen wir Ihr Kundengespräch zum Wechsel "
        "Ihres Tarifs am Mittwoch, 14.10.2026, um 11:00 Uhr in unserem Kundencenter.\n\n"
        "Ihre Kundennummer: 4410-22\n",
        "Stadtwerke Ostheim <kundencenter@sw-ostheim.example>",
    ),
}


@pytest.mark.parametrize("key", sorted(SERVICE_TEXTS))
def test_a_service_talk_in_plain_text_is_no_interview(key: str) -> None:
    subject, body, sender = SERVICE_TEXTS[key]
    assert not claimed(plain_mail(subject, body, sender=sender, to=TO, date=DATE))


CONTROLS = {
    "vorstellung_de": (
        "Vorstellungsgespräch – Kundenberater/in (m/w/d)",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung. Gern laden wir Sie zu "
        "einem Vorstellungsgespräch ein.\n",
        "Bank Nordhessen – Personal <karriere@bank-nh.example>",
    ),
    "jobbintervju_nb": (
        "Jobbintervju – fastlege (hjemmel)",
        "Hei Alex,\n\nTakk for søknaden på stillingen som fastlege. Vi inviterer deg til "
        "jobbintervju.\n",
        "Sagene legesenter <time@sagenelege.example>",
    ),
    "sollicitatie_nl": (
        "Sollicitatiegesprek Doktersassistent",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je uit voor een gesprek.\n",
        "Zorggroep Veluwe <werving@zorggroep.example>",
    ),
}


@pytest.mark.parametrize("key", sorted(CONTROLS))
def test_a_job_interview_named_the_same_way_stays_claimed_at_its_time(key: str) -> None:
    title, body, sender = CONTROLS[key]
    assert_claimed_from(_request(title, body, sender), "2026-10-14T14:00")


@pytest.mark.parametrize(
    "text",
    [
        "Beratungsgespräch Baufinanzierung",
        "Ihr Aufklärungsgespräch am Mittwoch",
        "Elterngespräch Klasse 3b",
        "Uw hypotheekgesprek op dinsdag",
        "Adviesgesprek pensioen",
        "Oudergesprek groep 5",
    ],
)
def test_a_service_talk_alone_is_no_hiring_word(text: str) -> None:
    assert not HIRING_WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vorstellungsgespräch am Dienstag",
        "unser Gespräch am Dienstag",
        "Kennenlerngespräch",
        "sollicitatiegesprek",
        "Beratungsgespräch zu Ihrer Bewerbung als Kundenberater",
        "Kennismakingsgesprek voor de vacature Adviesgesprek-coördinator",
        "Adviesgesprek over de functie: vacature Hypotheekadviseur",
    ],
)
def test_an_interview_or_a_service_word_beside_hiring_is_a_hiring_word(text: str) -> None:
    assert HIRING_WORDS.search(text)


def test_a_counter_number_is_no_post() -> None:
    assert not ROLE_WORDS.search("Stanowisko: Okienko 4")
    assert not ROLE_WORDS.search("Stanowisko: okienko nr 2")
    assert ROLE_WORDS.search("Stanowisko: Doradca Klienta")


def test_hiring_words_scan_is_linear() -> None:
    make = repeated("Beratungsgesprächsgesprächgespräch Termin ")
    assert_linear(lambda text: bool(HIRING_WORDS.search(text)), make, 200_000, label="hiring words")
