# ruff: noqa: E501 (fixture mails read best one line a sentence)
"""Mail between people on the hiring side about a candidate's interview: a hiring manager
asks colleagues to fetch the candidate from reception ("Can someone grab her from
reception?", "Kann jemand sie am Empfang abholen?", "Kan någon möta henne i receptionen?"),
or a colleague asks the reader to run someone's interview ("você pode entrevistar o Gustavo
Alves?", "kan du hålla i intervjun med Erik Sandberg?", "kannst du das Fachgespräch mit
Frau Wagner übernehmen?"). The slot is the candidate's, not the reader's own interview; the
same writers' mail to the candidate ("I'll come and grab you from reception", "ich hole Sie
am Empfang ab", "möchte das Fachgespräch mit Ihnen führen") stays an invitation.

Fixtures are written for these tests (own words, made-up people and places).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import ParsedMessage, parse_message
from tests.parsing.mailkit import plain_mail

SURE = 0.5


def _mail(subject: str, body: str) -> ParsedMessage:
    raw = plain_mail(
        subject,
        body,
        sender="Lee Park <lee.park@firm.example>",
        to="Robin Vale <robin.vale@inbox.example>",
        date="Mon, 13 Apr 2026 09:00:00 +0200",
    )
    return parse_message(raw)


def _claimed(got: ParsedMessage) -> bool:
    return got.kind == "invitation" and got.confidence >= SURE


# (subject, a sentence giving the slot, the request to fetch the third person)
FETCH = [
    (
        "Final round Thursday",
        "Jana Brandt comes in Thursday 16 April at 10:00 for the final round.",
        "Can someone grab her from reception?",
    ),
    (
        "Zweitgespräch Donnerstag",
        "Am Donnerstag, 16. April um 10:00 Uhr kommt Herr Jonas Keller zum zweiten Gespräch.",
        "Kann jemand ihn am Empfang abholen?",
    ),
    (
        "Entrevista final jueves",
        "El jueves 16 de abril a las 10:00 viene Andrés Molina a la entrevista final.",
        "¿Alguien puede recogerlo en recepción?",
    ),
    (
        "Tweede gesprek donderdag",
        "Donderdag 16 april om 10:00 komt Daan Visser voor het tweede gesprek.",
        "Kan iemand hem bij de receptie ophalen?",
    ),
    (
        "Slutintervju torsdag",
        "Torsdag 16 april kl. 10:00 kommer Sara Nyberg på slutintervju.",
        "Kan någon möta henne i receptionen?",
    ),
    (
        "Rozmowa końcowa w czwartek",
        "W czwartek 16 kwietnia o 10:00 przychodzi pani Katarzyna Zielińska na rozmowę końcową.",
        "Czy ktoś może ją odebrać z recepcji?",
    ),
    (
        "Entrevista final quinta",
        "A Beatriz Lima vem na quinta-feira, 16 de abril, às 10h, para a entrevista final.",
        "Alguém pode buscá-la na recepção?",
    ),
]

# (subject, body) the same writers send the candidate: they fetch "you"
FETCH_CONTROLS = [
    (
        "Final round Thursday",
        "Hi Robin,\n\nLooking forward to meeting you Thursday 16 April at 10:00 for the final round. Ask for me at reception and I'll come and grab you.\n\nLee",
    ),
    (
        "Ihr zweites Gespräch",
        "Hallo Herr Vale,\n\nich freue mich, Sie am Donnerstag, 16. April um 10:00 Uhr zum zweiten Gespräch zu begrüßen. Ich hole Sie am Empfang ab.\n\nViele Grüße\nLee Park",
    ),
    (
        "Tu entrevista final",
        "Hola Robin,\n\nte espero el jueves 16 de abril a las 10:00 para la entrevista final. Te recojo en recepción.\n\nUn saludo,\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "slot", "ask"), FETCH)
def test_fetching_a_candidate_from_reception_is_not_the_readers_interview(
    subject: str, slot: str, ask: str
) -> None:
    got = _mail(subject, f"Hi all,\n\n{slot} {ask}\n\nThanks,\nLee")
    assert not _claimed(got), (got.kind, got.confidence, got.warnings)


@settings(max_examples=20, deadline=None)
@given(
    case=st.sampled_from(FETCH), closing=st.sampled_from(["", " Thanks!", " Ich bin noch im Call."])
)
def test_the_fetch_request_wherever_it_sits(case: tuple[str, str, str], closing: str) -> None:
    subject, slot, ask = case
    got = _mail(subject, f"{ask}\n\n{slot}{closing}\n\nLee")
    assert not _claimed(got), (got.kind, got.confidence, got.warnings)


@pytest.mark.parametrize(("subject", "body"), FETCH_CONTROLS)
def test_the_candidate_fetched_as_you_keeps_the_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got), (got.kind, got.confidence, got.warnings)


RUN_THE_INTERVIEW = [
    (
        "Entrevista com o Gustavo Alves",
        "Oi Robin,\n\nvocê pode entrevistar o Gustavo Alves na quinta-feira, 16 de abril, às 10h? Eu estarei de férias.\n\nValeu!\nLee",
    ),
    (
        "Intervju med Erik Sandberg",
        "Hej Robin!\n\nKan du hålla i intervjun med Erik Sandberg torsdag 16 april kl. 10:00? Jag är bortrest.\n\nTack!\nLee",
    ),
    (
        "Fachgespräch Frau Wagner",
        "Hallo Robin,\n\nkannst du am Donnerstag, 16. April um 10:00 Uhr das Fachgespräch mit Frau Sophie Wagner übernehmen? Ich bin auf Dienstreise.\n\nDanke!\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), RUN_THE_INTERVIEW)
def test_asked_to_run_someones_interview_is_not_the_readers_own(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert not _claimed(got), (got.kind, got.confidence, got.warnings)


def test_the_interviewer_holding_the_interview_with_you_stays_an_invitation() -> None:
    got = _mail(
        "Einladung zum Fachgespräch",
        "Hallo Herr Vale,\n\nFrau Sophie Wagner, unsere Teamleiterin, möchte das Fachgespräch "
        "mit Ihnen am Donnerstag, 16. April um 10:00 Uhr führen. Bitte bestätigen Sie mir den "
        "Termin kurz.\n\nViele Grüße\nLee Park",
    )
    assert _claimed(got), (got.kind, got.confidence, got.warnings)


# Japanese hiring-side mail calls the one interviewed the candidate, or the person the
# agency put forward; mail to the candidate names them alone
JAPANESE = [
    (
        "明日の面接（木村さん）",
        "Robinさん\n\nお疲れさまです。\n明日4月16日（木）10:00からの面接は、候補者の木村沙織さんです。履歴書を添付します。\n\n中村",
    ),
    (
        "Re: 佐藤健太様のご推薦について",
        "Robin Vale様\n\nいつもお世話になっております。\nご紹介いただいた佐藤健太様ですが、4月16日（木）10:00より一次面接を実施したく存じます。\nご本人へのご連絡をお願いいたします。\n\n鈴木",
    ),
    (
        "ご推薦の件",
        "Robin Vale様\n\nご推薦いただいた高橋誠様につきまして、4月16日（木）10:00より面接をお願いしたく存じます。\n\n鈴木",
    ),
]


@pytest.mark.parametrize(("subject", "body"), JAPANESE)
def test_japanese_mail_about_a_named_candidate_is_not_the_readers_interview(
    subject: str, body: str
) -> None:
    got = _mail(subject, body)
    assert not _claimed(got), (got.kind, got.confidence, got.warnings)


def test_japanese_referred_candidate_keeps_the_invitation() -> None:
    got = _mail(
        "面接のご案内",
        "Robin Vale様\n\n弊社社員の山田からご紹介いただいた件で、4月16日（木）10:00より面接を"
        "お願いしたく存じます。当日は受付でお名前をお伝えください。\n\n株式会社サクラ 鈴木",
    )
    assert _claimed(got), (got.kind, got.confidence, got.warnings)


# a client answers the agency with a slot for the candidate it sent, and asks it to pass the
# time on: "please confirm with her", "Können Sie ihm das weitergeben?"; the agency then
# writes to the candidate "can you confirm you can make it?"
PASS_ON = [
    (
        "Re: Jana Brandt",
        "Hi Robin,\n\nThanks for the profile. Thursday 16 April at 10:00 works for the interview, please confirm it with her.\n\nLee",
    ),
    (
        "AW: Profil Jonas Keller",
        "Hallo Herr Vale,\n\ndanke für das Profil. Wir würden Herrn Keller gern am Donnerstag, 16. April um 10:00 Uhr zum Vorstellungsgespräch einladen. Können Sie ihm das so weitergeben?\n\nGruß\nLee Park",
    ),
    (
        "RE: Karim Benali",
        "Bonjour Robin,\n\nMerci pour le profil. Nous pouvons recevoir M. Benali en entretien jeudi 16 avril à 10h. Pouvez-vous le lui confirmer ?\n\nCordialement,\nLee",
    ),
    (
        "RE: Perfil Marta Gil",
        "Hola Robin,\n\nPodemos hacer la entrevista a Marta Gil el jueves 16 de abril a las 10:00. ¿Se lo confirmas?\n\nSaludos,\nLee",
    ),
    (
        "R: CV Luca Marini",
        "Ciao Robin,\n\nPossiamo fare il colloquio con Luca Marini giovedì 16 aprile alle 10:00. Glielo confermi?\n\nGrazie,\nLee",
    ),
    (
        "Re: Fernanda Costa",
        "Oi Robin,\n\nPodemos fazer a entrevista da Fernanda Costa na quinta-feira, 16 de abril, às 10h. Você confirma com ela?\n\nAbraço,\nLee",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PASS_ON)
def test_asked_to_pass_the_slot_on_is_not_the_readers_interview(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert not _claimed(got), (got.kind, got.confidence, got.warnings)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your interview with Northwind",
            "Hi Robin,\n\nNorthwind have confirmed your interview on Thursday 16 April at 10:00. Can you confirm you can make it?\n\nLee",
        ),
        (
            "Su entrevista",
            "Estimado Robin:\n\nLe esperamos el jueves 16 de abril a las 10:00 para la entrevista. Se lo confirmamos también por SMS.\n\nUn saludo,\nLee",
        ),
    ],
)
def test_the_candidate_asked_to_confirm_keeps_the_invitation(subject: str, body: str) -> None:
    got = _mail(subject, body)
    assert _claimed(got), (got.kind, got.confidence, got.warnings)
