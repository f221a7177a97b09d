"""The reader asked onto an interview panel, in the words of each language (panel54).

Why: READER_ON_PANEL_CUES knew "you've been added to the panel" and "thank you for sitting on
the panel", but not the plain ask: "Could you join the panel for Thursday's interviews?",
"we'd like you on the interview panel", "kan du vara med i intervjupanelen", "panelde yer
alabilir misin", "加入面试小组", nor a tracking system's "added you as an interviewer", "sei
stato inserito tra gli intervistatori", "평가자로 추가되었습니다". Such mail, a text or a
calendar REQUEST with the reader as an attendee, was claimed as the reader's own interview.
The controls are the reader's own interviews in the same words: "a panel interview", "the
panel will be", "vor einem Panel", which are a candidate's formats and must stay claimed.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import (
    any_hour,
    assert_claimed_at,
    claimed,
    plain_mail,
    request_mail,
    timed_mail,
)

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0000"


def _mail(subject: str, body: str, sender: str = "Team <team@firm.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# the reader is asked, told or booked to sit on the panel for someone else's interviews
ASKED_ONTO_PANEL = [
    (
        "en-GB",
        "Panel on Wednesday",
        "Hi Alex,\n\nCan you join the panel for Wednesday's interviews at 11:00? Two people "
        "for the Office Manager post, 40 minutes each.\n\nThanks,\nKaren",
    ),
    (
        "en-US",
        "Final round",
        "Hi Alex,\n\nWe'd love to have you on the hiring panel for the Account Executive final "
        "round on Wednesday, Oct 7 at 1:00 PM. You'd be one of two interviewers with Nina.\n\n"
        "Best,\nSam",
    ),
    (
        "en-US",
        "Interview for Office Manager",
        "Hi Alex,\n\nLena Ortiz added you as an interviewer for Tom Price, who applied for "
        "Office Manager.\n\nWednesday, Oct 7, 2026, 11:00 AM - 12:00 PM\n\nAccept or decline "
        "in the app.",
    ),
    (
        "de",
        "Gespräche am Mittwoch",
        "Hallo Alex,\n\nmagst du am Mittwoch, 7. Oktober, um 11:00 Uhr bei den Gesprächen für "
        "die Assistenzstelle mit im Panel sitzen? Zwei Bewerber, je 45 Minuten.\n\nDanke!\nJana",
    ),
    (
        "fr",
        "Entretiens de mercredi",
        "Bonjour Alex,\n\nPeux-tu faire partie du jury d'entretien mercredi 7 octobre à 11h ? "
        "Nous voyons deux candidates pour le poste d'assistante.\n\nMerci,\nLéa",
    ),
    (
        "es",
        "Entrevistas del miércoles",
        "Hola Alex:\n\n¿Puedes formar parte del panel de entrevistas el miércoles 7 de octubre "
        "a las 11:00? Vemos a dos candidatos para el puesto de administrativo.\n\nGracias,\nAna",
    ),
    (
        "it",
        "Colloquio con Sara Neri",
        "Ciao Alex,\n\nsei stata aggiunta tra gli intervistatori del colloquio con Sara Neri "
        "(Assistente di direzione).\n\nQuando: mercoledì 7 ottobre 2026, 11:00-12:00\n",
    ),
    (
        "sv",
        "Intervjuer på onsdag",
        "Hej Alex,\n\nkan du sitta med i intervjupanelen på onsdag den 7 oktober kl. 11.00? Vi "
        "träffar två sökande till tjänsten som assistent.\n\nTack,\nKarin",
    ),
    (
        "tr",
        "Çarşamba mülakatları",
        "Merhaba Alex,\n\n7 Ekim Çarşamba saat 11:00'deki mülakatlarda panelde bulunabilir "
        "misin? Asistan pozisyonu için iki adayla görüşeceğiz.\n\nTeşekkürler,\nAyşe",
    ),
    (
        "zh",
        "周三面试",
        "Alex，\n\n10月7日（周三）上午11:00有两场助理岗位的面试，想请你加入面试小组。简历稍后发你。\n\n谢谢！\nHR",
    ),
    (
        "ko",
        "[면접 배정] 최지우 지원자",
        "Alex님,\n\n최지우 지원자(사무 보조) 면접의 평가자로 배정되었습니다.\n\n"
        "일시: 2026년 10월 7일(수) 11:00~12:00\n장소: 본사 3층 회의실",
    ),
    (
        "hi",
        "बुधवार का इंटरव्यू",
        "नमस्ते Alex,\n\nक्या आप बुधवार, 7 अक्टूबर को सुबह 11:00 बजे सहायक पद के इंटरव्यू में पैनल "
        "में शामिल हो सकती हैं? दो उम्मीदवार हैं।\n\nधन्यवाद,\nनेहा",
    ),
    (
        "id",
        "Wawancara Rabu",
        "Halo Alex,\n\nbisa jadi panel wawancara hari Rabu, 7 Oktober pukul 11.00? Ada dua "
        "kandidat untuk posisi asisten.\n\nMakasih,\nRina",
    ),
    (
        "vi",
        "Phỏng vấn thứ Tư",
        "Chào chị Alex,\n\nchị có thể ngồi hội đồng phỏng vấn vào thứ Tư, ngày 7/10 lúc 11:00 "
        "được không ạ? Có hai ứng viên cho vị trí trợ lý.\n\nCảm ơn chị,\nLan",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), ASKED_ONTO_PANEL, ids=[row[0] for row in ASKED_ONTO_PANEL]
)
def test_asked_onto_the_panel_is_not_claimed(lang: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


# the same ask, sent as a calendar REQUEST that books the reader's hour as an attendee
PANEL_REQUESTS = [
    ("en", "Interview panel: Tom Price (Office Manager)", "Hi Alex, adding you to the panel "
     "for Tom's interview. You take the practical questions."),
    ("ko", "면접 패널: 최지우 지원자", "Alex님, 이 면접에 패널로 참석 부탁드립니다."),
    ("zh", "面试小组：候选人 张伟", "Alex，请作为面试小组成员参加这场面试。"),
    ("vi", "Hội đồng phỏng vấn: ứng viên Lê Mai", "Chị Alex ơi, nhờ chị ngồi hội đồng phỏng "
     "vấn ứng viên này nhé."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "body"), PANEL_REQUESTS, ids=[row[0] for row in PANEL_REQUESTS]
)
def test_panel_request_with_the_reader_as_attendee_is_not_claimed(
    lang: str, title: str, body: str
) -> None:
    raw = request_mail(
        title,
        body,
        uid=f"panel54-{lang}@firm.example",
        dtstart="20261007T090000Z",
        dtend="20261007T100000Z",
        organizer_cn="HR",
        sender="HR <hr@firm.example>",
        to=TO,
        date=DATE,
    )
    assert not claimed(raw)


# the reader's own interview, in the panel's words: a candidate's format
OWN = [
    (
        "en-GB",
        "Interview invitation",
        "Dear Alex,\n\nWe would like to invite you to a panel interview on Wednesday 7 October "
        "at 11:00. The panel will be Karen Hale and Sam Ortiz.\n\nKind regards,\nRecruitment",
        (11, 0),
    ),
    (
        "en-US",
        "Next step",
        "Hi Alex,\n\nWe'd like you to join us for a panel interview on Wednesday, October 7 at "
        "1:00 PM. You'll meet three members of the team.\n\nBest,\nTalent team",
        (13, 0),
    ),
    (
        "sv",
        "Inbjudan till intervju",
        "Hej Alex,\n\nvi vill bjuda in dig till en intervju med vår intervjupanel onsdag den 7 "
        "oktober kl. 11.00.\n\nVänliga hälsningar\nRekrytering",
        (11, 0),
    ),
    (
        "tr",
        "Mülakat daveti",
        "Sayın Alex Morgan,\n\nsizi 7 Ekim Çarşamba saat 11:00'de panel mülakatına davet "
        "ediyoruz. Panelde İK müdürü ve ekip lideri yer alacak.\n\nSaygılarımızla,\nİK",
        (11, 0),
    ),
    (
        "de",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie am Mittwoch, 7. Oktober, um 11:00 Uhr zu "
        "einem Vorstellungsgespräch ein. Neben mir wird auch Herr Weber mit im Panel sitzen.\n\n"
        "Mit freundlichen Grüßen\nJana Roth",
        (11, 0),
    ),
    (
        "fr",
        "Votre entretien",
        "Bonjour Alex,\n\nNous vous confirmons votre entretien le mercredi 7 octobre à 11h. Marie "
        "Lenoir a été ajoutée à l'équipe d'entretien.\n\nCordialement,\nRH",
        (11, 0),
    ),
    (
        "ko",
        "면접 안내",
        "Alex Morgan님,\n\n10월 7일(수) 오전 11시 면접에 초대합니다. 팀장 외 2명이 패널로 "
        "참석합니다.\n\n채용 담당자",
        (11, 0),
    ),
    (
        "id",
        "Undangan wawancara",
        "Yth. Alex Morgan,\n\nAnda diundang mengikuti panel interview pada hari Rabu, 7 Oktober "
        "pukul 11.00 di kantor kami.\n\nSalam,\nHRD",
        (11, 0),
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body", "at"), OWN, ids=[row[0] for row in OWN])
def test_own_panel_interview_stays_claimed(
    lang: str, subject: str, body: str, at: tuple[int, int]
) -> None:
    assert_claimed_at(_mail(subject, body), *at)


@any_hour()
def test_join_the_panel_is_never_the_readers_own(hour: int, minute: int) -> None:
    """Whatever the hour, the ask to join the panel for others' interviews stays unclaimed,
    and the reader's own panel interview at that hour stays claimed at it."""
    ask = "Hi Alex,\n\nCould you join the panel for Wednesday's interviews at {t}?\n\nKaren"
    own = "Dear Alex,\n\nWe invite you to a panel interview on Wednesday at {t}.\n\nRecruitment"
    assert not claimed(timed_mail("Panel", ask, hour, minute, to=TO, date=DATE))
    assert_claimed_at(timed_mail("Interview", own, hour, minute, to=TO, date=DATE), hour, minute)


def test_reader_on_panel_cues_stay_linear() -> None:
    unit = "could you join the the the panel interview you'd be one of added you as panelde "
    assert_linear(scans(lookalikes.READER_ON_PANEL_CUES), repeated(unit), 200_000, label="en")
    for unit in (
        "menjadi panel  ngồi hội đồng  加入面试 ",
        "क्या आप पैनल  평가자로 패널로 참석 ",
        "könntest du mit im . würden sie mit im ",
        "peux-tu faire partie du vous avez été ajouté ",
    ):
        assert_linear(scans(lookalikes.READER_ON_PANEL_CUES), repeated(unit), 200_000, label=unit)
