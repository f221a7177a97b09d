"""The reader as interviewer, in the languages the interviewer-side lists lacked (interviewer53).

Why: INTERVIEWER_DUTY_CUES spoke English, German, French and a few more; an applicant-tracking
system's reminder to fill in "karta oceny kandydata", an HR request with "Резюме кандидата"
attached, or a colleague's "Сможешь провести его вместо меня?" was claimed as the reader's own
interview. The controls are the reader's own interviews in the same languages, naming the panel
they will meet ("Komisja: ...", "С вами встретятся ..."), which the new cues must not take.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0000"


def _mail(subject: str, body: str, sender: str = "Team <team@firm.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# the reader runs the interview: an evaluation form to fill in, the candidate's CV handed
# over, or a colleague's interview to take over
INTERVIEWER_MAIL = [
    (
        "pl",
        "Jutro: rozmowa z kandydatką",
        "Dzień dobry,\n\njutro, 6 października o 11:00,"
        " prowadzisz rozmowę z kandydatką Ewą Nowicką.\n"
        "Po spotkaniu wypełnij kartę oceny w systemie.\n\nZespół HR",
    ),
    (
        "uk",
        "Співбесіда з кандидатом у середу",
        "Вітаю!\n\nУ середу, 7 жовтня, о 15:00 ви разом із Тарасом співбесідуєте "
        "кандидата Максима Шевчука.\n"
        "Після зустрічі заповніть форму оцінки.\n\nHR",
    ),
    (
        "lv",
        "Intervija ar kandidātu trešdien",
        "Labdien!\n\nTrešdien, 7. oktobrī, plkst. 14.00 jums ir intervija "
        "ar kandidātu Jāni Ozolu.\n"
        "Pēc intervijas aizpildiet novērtējuma veidlapu.\n\nPersonāla daļa",
    ),
    (
        "fi",
        "Hakijan haastattelu keskiviikkona",
        "Hei,\n\nkeskiviikkona 7.10. klo 13.00 haastattelet hakijaa Sanna Koskista.\n"
        "Muista täyttää arviointilomake heti haastattelun jälkeen.\n\nRekrytointi",
    ),
    (
        "vi",
        "Lịch phỏng vấn ứng viên thứ Tư",
        "Chào anh,\n\nthứ Tư 7/10 lúc 9:00 anh phỏng vấn ứng viên Ngô Bảo Châu.\n"
        "Sau buổi phỏng vấn, anh gửi phiếu đánh giá cho phòng nhân sự.\n\nNhân sự",
    ),
    (
        "ar",
        "مقابلة مرشح يوم الأربعاء",
        "مرحباً،\n\nلديك مقابلة مع المرشح ماجد الشمري يوم الأربعاء 7 أكتوبر الساعة 11:00.\n"
        "يرجى إرسال استمارة التقييم بعد المقابلة.\n\nالتوظيف",
    ),
    (
        "th",
        "สัมภาษณ์ผู้สมัครวันพุธ",
        "สวัสดีครับ\n\nวันพุธที่ 7 ตุลาคม เวลา 13:00 น. คุณสัมภาษณ์ผู้สมัคร คุณมานพ ดีงาม\n"
        "หลังสัมภาษณ์ กรุณาส่งแบบประเมินให้ฝ่ายบุคคล\n\nฝ่ายบุคคล",
    ),
    (
        "sw",
        "Usaili wa mwombaji Jumatano",
        "Habari,\n\nJumatano, 7 Oktoba, saa 15:00 utamhoji mwombaji Amina Juma.\n"
        "Baada ya usaili, jaza fomu ya tathmini.\n\nRasilimali Watu",
    ),
    (
        "ro",
        "Interviu miercuri",
        "Bună,\n\nmiercuri, 7 octombrie, la 10:00 intervievăm împreună un inginer.\n"
        "Găsești CV-ul candidatului în dosarul echipei.\n\nRadu",
    ),
    (
        "el",
        "Συνέντευξη την Τετάρτη",
        "Καλημέρα,\n\nτην Τετάρτη 7 Οκτωβρίου στις 12:00 βλέπουμε μαζί έναν προγραμματιστή.\n"
        "Σου στέλνω το βιογραφικό του υποψηφίου.\n\nΓιώργος",
    ),
    (
        "he",
        "ראיון ביום רביעי",
        "היי,\n\nביום רביעי, 7 באוקטובר, בשעה 16:00 נראיין יחד מפתחת.\n"
        "קורות החיים של המועמדת בתיקייה המשותפת.\n\nדנה",
    ),
    (
        "bn",
        "বুধবার সাক্ষাৎকার",
        "হাই,\n\nবুধবার ৭ অক্টোবর দুপুর ১২টায় আমরা একজন ডিজাইনারের সাক্ষাৎকার নেব।\n"
        "প্রার্থীর সিভি শেয়ার্ড ফোল্ডারে আছে।\n\nসাকিব",
    ),
    (
        "el",
        "Η συνέντευξη της Τετάρτης",
        "Γεια σου,\n\nτην Τετάρτη 7 Οκτωβρίου στις 13:00 έχω συνέντευξη "
        "με την υποψήφια Ελένη Ράλλη.\n"
        "Μπορείς να την κάνεις εσύ αντί για μένα;\n\nΚώστας",
    ),
    (
        "bg",
        "Интервю в сряда",
        "Здравей,\n\nв сряда, 7 октомври, от 11:00 ще интервюираме заедно счетоводител.\n"
        "Прилагам CV на кандидата.\n\nНиколай",
    ),
    (
        "ca",
        "Entrevista dimecres",
        "Hola,\n\ndimecres 7 d'octubre a les 12:00 entrevistem junts una dissenyadora.\n"
        "Et passo el CV de la candidata.\n\nJordi",
    ),
    (
        "cs",
        "Pohovor ve středu",
        "Ahoj,\n\nve středu 7. 10. ve 14:00 mám pohovor s uchazečkou Janou Černou,"
        " ale budu u lékaře.\n"
        "Mohla bys ho vést místo mě?\n\nDíky, Pavel",
    ),
    (
        "tr",
        "Çarşamba mülakatı",
        "Selam,\n\nçarşamba 7 Ekim saat 14:00'te aday Zeynep Kaya ile "
        "mülakatım var ama toplantıdayım.\n"
        "Benim yerime mülakatı yapabilir misin?\n\nMert",
    ),
    (
        "id",
        "Wawancara hari Rabu",
        "Halo,\n\nRabu, 7 Oktober pukul 14.00 saya ada wawancara dengan kandidat Sari Dewi,"
        " tapi saya cuti.\n"
        "Apakah kamu bisa melakukannya menggantikan saya?\n\nTerima kasih, Yoga",
    ),
    (
        "hi",
        "बुधवार का इंटरव्यू",
        "हाय,\n\nबुधवार, 7 अक्टूबर को दोपहर 2:00 बजे उम्मीदवार रवि कुमार का इंटरव्यू है,"
        " पर मैं छुट्टी पर हूँ।\n"
        "क्या आप मेरी जगह यह इंटरव्यू ले लेंगे?\n\nसुनील",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), INTERVIEWER_MAIL, ids=[row[0] for row in INTERVIEWER_MAIL]
)
def test_reader_as_interviewer_is_not_their_interview(lang: str, subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


# the reader's own interview, naming who they will meet
OWN = [
    (
        "pl",
        "Zaproszenie na rozmowę",
        "Szanowny Panie,\n\nzapraszamy na rozmowę kwalifikacyjną w środę 7 października o 11:00.\n"
        "Komisja rekrutacyjna: Ewa Nowicka i Adam Lis.\nProsimy przynieść swoje CV.\n\nDział Kadr",
        (11, 0),
    ),
    (
        "ru",
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование в среду, 7 октября, в 15:00.\n"
        "С вами встретятся кандидат наук Ирина Белова и Павел Соколов.\n\nОтдел персонала",
        (15, 0),
    ),
    (
        "vi",
        "Thư mời phỏng vấn",
        "Chào anh Alex,\n\nmời anh đến phỏng vấn vào thứ Tư 7/10 lúc 9:00 tại văn phòng.\n"
        "Hội đồng phỏng vấn gồm chị Mai và anh Tuấn. Vui lòng mang theo CV của anh.\n\nNhân sự",
        (9, 0),
    ),
    (
        "ar",
        "دعوة لمقابلة",
        "السيد Alex المحترم،\n\nندعوك لمقابلة عمل يوم الأربعاء 7 أكتوبر الساعة 11:00 صباحاً.\n"
        "ستقابلك لجنة من ماجد الشمري وهند العتيبي.\n\nالتوظيف",
        (11, 0),
    ),
    (
        "he",
        "הזמנה לראיון",
        "שלום Alex,\n\nנשמח לראות אותך לראיון ביום רביעי, 7 באוקטובר, בשעה 16:00.\n"
        "תפגוש את דנה לוי ואת רון כץ.\n\nצוות הגיוס",
        (16, 0),
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body", "at"), OWN, ids=[row[0] for row in OWN])
def test_own_interview_naming_the_panel_stays_claimed(
    lang: str, subject: str, body: str, at: tuple[int, int]
) -> None:
    assert_claimed_at(_mail(subject, body), *at)


def test_the_new_lists_keep_a_precondition() -> None:
    """The additions are lists of their own: each still lets a text with none of its words
    skip it, and INTERVIEWER_DUTY_CUES keeps its own check."""
    for cues in (
        lookalikes.INTERVIEWER_DUTY_CUES,
        lookalikes.INTERVIEWER_DUTY_MORE_LANGS_CUES,
        lookalikes._CANDIDATE_NOUN_MORE_LANGS,
        lookalikes._CANDIDATES_CV_MORE_LANGS,
    ):
        for copy in (cues._full, cues._latin, cues._ascii):
            assert copy is None or copy.needed is not None, cues.pattern[:40]


NEW_LISTS: list[tuple[str, object, str]] = [
    ("duty", lookalikes.INTERVIEWER_DUTY_MORE_LANGS_CUES, "za mnie bez pytania بدلاً مني "),
    ("duty-thai", lookalikes.INTERVIEWER_DUTY_MORE_LANGS_CUES, "แทนผม ครับ "),
    ("candidate", lookalikes._CANDIDATE_NOUN_MORE_LANGS, "kandidat kandidaat calonx "),
    ("candidate-cv", lookalikes._CANDIDATES_CV_MORE_LANGS, "cv cv-ul резюме "),
]


@pytest.mark.parametrize(("name", "cues", "unit"), NEW_LISTS, ids=[row[0] for row in NEW_LISTS])
def test_new_lists_stay_linear(name: str, cues: object, unit: str) -> None:
    assert_linear(scans(cues), repeated(unit), 200_000, label=name)  # type: ignore[arg-type]
