"""A time that is only asked for or proposed is no invitation (asks31).

- The candidate's own request to move an interview, in languages whose wording the move
  questions did not cover yet: Polish "czy byłoby możliwe przesunięcie …?", Hindi "… की जगह
  … हो सकता है?", Chinese "能否将…改到…？", Korean "…로 변경해 주실 수 있을까요?", Italian
  "le chiederei di spostare …", and the recruiter's English "Would it work for you to move
  your interview …?".
- A writer who names their own free windows and asks for the reader's, in Danish ("Jeg har
  selv mulighed …") and Arabic ("نحن متاحون …", "يرجى تزويدنا بالأوقات المناسبة لك").
- A recruiter's first approach with a suggested call ("viewed your profile", "ich hätte eine
  spannende Position für Sie").
- A time that closes a period or hands a list in ("el plazo … termina el", "send your
  portfolio and two samples by Monday"), a careers centre's interview-skills course
  ("面接対策講座") and the reader's seat as an interviewer in Arabic ("أنت مجدولة كمحاورة").
Each comes with a control: the same voice setting a time stays sure.
People, addresses and text are made up.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_not_sure, assert_sure_at, smtp_mail

RECRUITER = "Noor Haddad <noor@lanternworks.example>"
USER = "Kit Marlow <kit.marlow@mailbox.example>"


def _mail(text: str, *, subject: str, sender: str = RECRUITER) -> bytes:
    return smtp_mail(
        subject,
        text,
        sender=sender,
        to=USER if sender == RECRUITER else RECRUITER,
        date="Tue, 01 Dec 2026 09:30:00 +0100",
    )


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Re: Rozmowa kwalifikacyjna",
            "Dzień dobry,\n\nczy byłoby możliwe przełożenie naszej rozmowy ze środy 9 grudnia, "
            "godz. 14:00 na czwartek? W środę jestem w podróży.\n\nPozdrawiam\nKit",
        ),
        (
            "Re: इंटरव्यू",
            "नमस्ते,\n\nक्या मेरा इंटरव्यू 9 दिसंबर दोपहर 2 बजे की जगह 10 दिसंबर को रखा जा सकता "
            "है? उस दिन मेरी यात्रा है।\n\nधन्यवाद\nKit",
        ),
        (
            "回复：面试安排",
            "您好：\n\n请问可否把12月9日下午2点的面试调整到12月10日？那天我要出差。\n\n谢谢\nKit",
        ),
        (
            "Re: 면접 안내",
            "안녕하세요.\n\n12월 9일 오후 2시 면접을 12월 10일로 변경해 주실 수 있을까요? "
            "그날 출장이 있습니다.\n\n감사합니다.\nKit",
        ),
        (
            "Intervju på tisdag",
            "Hej,\n\nskulle vi kunna flytta intervjun tisdag 8 december kl. 10.00 till "
            "onsdag? Jag har en tentamen på tisdag.\n\nHälsningar\nKit",
        ),
        (
            "Samtale tirsdag",
            "Hej,\n\ner det muligt at flytte samtalen tirsdag den 8. december kl. 10 til "
            "onsdag? Jeg er til eksamen om tirsdagen.\n\nHilsen\nKit",
        ),
        (
            "Richiesta spostamento colloquio",
            "Buongiorno,\n\nvi chiederei, se possibile, di posticipare il colloquio a giovedì "
            "10 dicembre alle 15:00. Attendo un vostro cenno.\n\nCordiali saluti\nKit",
        ),
    ],
)
def test_the_candidates_own_request_to_move_is_not_claimed(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject, sender=USER))


def test_a_recruiter_asking_whether_a_move_suits_is_not_claimed() -> None:
    text = (
        "Hi Kit,\n\nWould it work for you if we moved your interview on Wednesday, December 9 "
        "at 2 PM to the same time on Thursday? Tell me and I'll send a new invite.\n\nNoor"
    )
    assert_not_sure(_mail(text, subject="Your interview on Wednesday"))


def test_a_move_made_stays_claimed() -> None:
    text = (
        "Hi Kit,\n\nWe have moved your interview to Thursday, December 10 at 2 PM CET. The "
        "panel and the video link stay the same.\n\nNoor"
    )
    assert_sure_at(_mail(text, subject="Interview moved"), "2026-12-10T14:00:00+01:00")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Tidspunkt for samtale",
            "Hej Kit\n\nVi vil gerne tale med dig om stillingen. Send mig gerne et par forslag "
            "til tidspunkter. Jeg har selv mulighed tirsdag den 8. december efter kl. 10.\n\n"
            "Venlig hilsen\nNoor",
        ),
        (
            "موعد المقابلة",
            "مرحبًا كيت،\n\nيرجى تزويدنا بالأوقات المناسبة لك لإجراء المقابلة. نحن متاحون يوم "
            "الثلاثاء 8 ديسمبر بين 10 صباحًا و1 ظهرًا.\n\nشكرًا،\nنور",
        ),
    ],
)
def test_own_windows_beside_a_request_for_times_are_not_claimed(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject))


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Samtale tirsdag",
            "Hej Kit\n\nTak for din ansøgning. Vi har booket en samtale med dig tirsdag den 8. "
            "december kl. 10 på vores kontor. Passer det ikke, så skriv endelig.\n\nNoor",
        ),
        (
            "دعوة لمقابلة",
            "مرحبًا كيت،\n\nيسعدنا دعوتك لإجراء مقابلة يوم الثلاثاء 8 ديسمبر الساعة 10 صباحًا "
            "في مكتبنا. إذا لم يكن الوقت مناسبًا لك يرجى إبلاغنا.\n\nشكرًا،\nنور",
        ),
    ],
)
def test_a_slot_set_in_those_languages_stays_claimed(subject: str, text: str) -> None:
    assert_sure_at(_mail(text, subject=subject), "2026-12-08T10:00:00+01:00", or_screened=True)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "A recruiter wants to talk",
            "Hi Kit,\n\nDana Ruiz from Orbit Freight viewed your profile and would like to "
            "discuss a Data Engineer opening.\n\nSuggested call: Thursday, 10 Dec, 3 PM CET. "
            "Can you make it? Reply yes or propose another time.\n\nNoor",
        ),
        (
            "Neue Nachricht",
            "Hallo Kit,\n\nich hätte eine interessante Stelle als Projektleitung für Sie. "
            "Hätten Sie Donnerstag, 10. Dezember, um 15 Uhr Zeit für ein kurzes Gespräch am "
            "Telefon? Sagen Sie mir einfach Bescheid.\n\nNoor",
        ),
    ],
)
def test_a_first_approach_with_a_suggested_call_is_not_claimed(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject))


def test_an_invitation_that_asks_whether_the_slot_works_stays_claimed() -> None:
    text = (
        "Hi Kit,\n\nThanks for applying to the Data Engineer role. We'd like to invite you to "
        "a video interview on Thursday, 10 Dec at 3 PM CET. Does that time work for you? "
        "Let me know.\n\nNoor"
    )
    assert_sure_at(_mail(text, subject="Interview invitation"), "2026-12-10T15:00:00+01:00")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Cierre de inscripciones",
            "Hola Kit:\n\nLa convocatoria para el puesto de Analista de datos finaliza el "
            "viernes 11 de diciembre a las 13:00. Las entrevistas serán en enero.\n\nNoor",
        ),
        (
            "Inscrições",
            "Olá Kit,\n\nO período de candidaturas para a vaga de Analista encerra em 11 de "
            "dezembro às 13:00. As entrevistas serão marcadas em janeiro.\n\nNoor",
        ),
        (
            "Before we schedule interviews",
            "Hi Kit,\n\nCould you send your case study, a short cover note and two references "
            "by Friday, December 11 at 1 PM CET? We'll pick interviewees after that.\n\nNoor",
        ),
    ],
)
def test_a_closing_or_hand_in_time_is_a_deadline(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject))


def test_an_interview_that_ends_the_process_stays_claimed() -> None:
    text = (
        "Hola Kit:\n\nTe esperamos en nuestra oficina para la entrevista final el viernes 11 "
        "de diciembre a las 13:00.\n\nNoor"
    )
    assert_sure_at(_mail(text, subject="Entrevista final"), "2026-12-11T13:00:00+01:00")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "【就職支援課】面接対策講座のご案内",
            "学生各位\n\n集団面接の面接対策講座を開きます。\n日時：2026年12月10日（木）14:00〜15:30\n"
            "場所：3号館 201教室\n\n就職支援課",
        ),
        (
            "إشعار من نظام التوظيف",
            "مرحباً كيت،\n\nأنت مجدولة كمحاورة في مقابلة مع ريم سعيد يوم 2026-12-10 في "
            "الساعة 14:00.\n\nفريق التوظيف",
        ),
    ],
)
def test_a_course_or_the_readers_interviewer_seat_is_not_claimed(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject))


def test_the_readers_own_arabic_interview_stays_claimed() -> None:
    text = (
        "مرحباً كيت،\n\nنود إعلامك بأن مقابلتك مجدولة يوم 2026-12-10 في الساعة 14:00 في "
        "مكتبنا.\n\nفريق التوظيف"
    )
    assert_sure_at(_mail(text, subject="دعوة لمقابلة"), "2026-12-10T14:00:00+01:00")


@pytest.mark.parametrize(
    "text",
    [
        "Hallo Kit,\n\nnach unserem Gespräch bekommen Sie heute die Fallstudie (ca. 2–3 "
        "Stunden Aufwand). Den Termin für die Besprechung vereinbaren wir danach.\n\nNoor",
        "Hi Kit,\n\nafter our interview you get the case study today (about 2-3 hours of "
        "work). We'll agree a time to go through it afterwards.\n\nNoor",
    ],
)
def test_a_span_of_hours_is_no_clock_range(text: str) -> None:
    parsed = parse_message(_mail(text, subject="Case study"))
    assert parsed.start is None, parsed


@pytest.mark.parametrize(
    "text",
    [
        "ආයුබෝවන් කිට්,\n\nසම්මුඛ පරීක්ෂණය සඳහා 2026 දෙසැම්බර් 10 ප.ව. 2.00ට ඔබට පැමිණිය "
        "හැකිද? ඔබගේ පිළිතුරෙන් පසු අපි වේලාව තහවුරු කරන්නෙමු.\n\nනූර්",
        "வணக்கம் கிட்,\n\nநேர்காணலுக்கு 2026 டிசம்பர் 10 பிற்பகல் 2.00 மணிக்கு வர "
        "முடியுமா? உங்கள் பதில் கிடைத்ததும் நேரத்தை உறுதிப்படுத்துவோம்.\n\nநூர்",
    ],
)
def test_a_time_we_will_confirm_after_your_reply_is_not_claimed(text: str) -> None:
    assert_not_sure(_mail(text, subject="Interview"))
