"""Look-alikes in the languages the look-alike cue lists had least of (langs53b).

Why: the cue lists that tell a look-alike from an invitation (an applicant's own mail, a
webinar, a speaker's slot, an offer's first day, a pick-a-slot link, a decline, a thank-you
after the interview, the press, someone hiring a helper) were written mostly in English,
German and French; mail in ja, ko, zh, vi, th, id, ms, fil, hi, bn, ar, he, fa, ur and sw
with the same purpose was claimed as the reader's interview. Each concept is one
parametrised test over the languages; the controls are the reader's own interviews in the
same languages, with the near words the new cues must not take (a seminar room as the venue,
"if you cannot attend", "write to us" in Arabic).
"""

from __future__ import annotations

import pytest

from service.parsing import classify, lexicon, lookalikes, when_dates
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0000"


def _mail(subject: str, body: str, sender: str = "Team <team@firm.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# an applicant writes to the reader, who hires, and says when they could come
APPLIES = [
    (
        "zh-CN",
        "应聘销售助理",
        "您好！\n\n我想应聘贵店的销售助理职位，附件是我的简历。\n"
        "我10月9日（周五）下午3:00可以参加面试。\n\n谢谢！\n李娜",
    ),
    (
        "ar",
        "طلب وظيفة سائق",
        "السادة الكرام،\n\nأرغب في التقدم لوظيفة سائق، ومرفق سيرتي الذاتية.\n"
        "أنا متاح لإجراء مقابلة يوم الخميس 8 أكتوبر 2026 الساعة 11:00 صباحًا.\n\nمع الشكر،\nسامي",
    ),
    (
        "hi",
        "ड्राइवर पद के लिए आवेदन",
        "महोदय,\n\nमैं ड्राइवर पद के लिए आवेदन करना चाहता हूँ। मेरा बायोडाटा संलग्न है।\n"
        "मैं शुक्रवार, 9 अक्टूबर 2026 को दोपहर 2:00 बजे इंटरव्यू के लिए आ सकता हूँ।\n\nधन्यवाद,\nअमित",
    ),
]

# a public webinar or seminar about job interviews
WEBINARS = [
    (
        "he",
        "וובינר חינם: שאלות קשות בראיון עבודה",
        "שלום,\n\nנדבר על שאלות קשות בראיון עבודה ועל משא ומתן על שכר.\n"
        "מועד: יום חמישי, 15 באוקטובר 2026, בשעה 18:00\n\nלהרשמה היכנסו לאתר.\n\nצוות הקריירה",
    ),
    (
        "fa",
        "وبینار مصاحبه شغلی",
        "سلام،\n\nبا رایج‌ترین سؤالات مصاحبه شغلی آشنا شوید.\n"
        "زمان: پنجشنبه ۱۵ اکتبر ۲۰۲۶، ساعت ۱۸:۰۰\n\nبا احترام،\nتیم کاریابی",
    ),
    (
        "sw",
        "Semina: Jinsi ya kujiandaa na mahojiano ya kazi",
        "Habari,\n\nKaribu kwenye semina ya mtandaoni kuhusu mahojiano ya kazi.\n"
        "Tarehe: Jumamosi, 17 Oktoba 2026\nSaa: 10:00 asubuhi\n\nAsante,\nTimu ya Kazi Bora",
    ),
]

# the reader as speaker or moderator of an event about interviews
SPEAKERS = [
    (
        "bn",
        "বক্তা হিসেবে আপনার অংশগ্রহণ",
        "প্রিয় Alex,\n\nইন্টারভিউ প্রস্তুতি বিষয়ক আলোচনায় বক্তা হিসেবে থাকার জন্য ধন্যবাদ।\n"
        "বিষয়: চাকরির সাক্ষাৎকারের প্রস্তুতি\nতারিখ: শনিবার, 24 অক্টোবর 2026\nসময়: বিকেল 3:00\n\n"
        "আয়োজক কমিটি",
    ),
    (
        "fil",
        "Ikaw ang aming tagapagsalita",
        "Hi Alex,\n\nSalamat sa pagpayag na maging tagapagsalita tungkol sa job interview.\n"
        "Petsa: Sabado, Oktubre 24, 2026\nOras: 2:00 PM\n\nSalamat po,\nCareer Forum",
    ),
    (
        "ur",
        "بطور مقرر شرکت",
        "محترم Alex،\n\nانٹرویو کی تیاری پر گفتگو میں بطور مقرر شرکت کا شکریہ۔\n"
        "تاریخ: ہفتہ، 24 اکتوبر 2026\nوقت: سہ پہر 3:00 بجے\n\nمنتظمین",
    ),
]

# an offer with the first working day
OFFERS = [
    (
        "ar",
        "عرض وظيفي",
        "السيد Alex،\n\nيسعدنا تقديم عرض وظيفي لك بعد المقابلة.\n"
        "تاريخ المباشرة: الأحد 1 نوفمبر 2026 الساعة 8:00 صباحًا\n\nالموارد البشرية",
    ),
    (
        "he",
        "הצעת עבודה",
        "שלום Alex,\n\nבעקבות הראיון, שמחים להציע לך את התפקיד.\n"
        "תאריך תחילת העבודה: יום ראשון, 1 בנובמבר 2026, בשעה 09:00\n\nמשאבי אנוש",
    ),
    (
        "ms",
        "Surat Tawaran Pekerjaan",
        "Tuan Alex,\n\nMerujuk kepada temu duga anda, kami menawarkan jawatan Juruteknik.\n"
        "Tarikh mula bertugas: Isnin, 2 November 2026, jam 8.30 pagi\n\nSumber Manusia",
    ),
    (
        "sw",
        "Barua ya Ajira",
        "Ndugu Alex,\n\nBaada ya mahojiano yako, tunakupa nafasi ya Mhasibu.\n"
        "Tarehe ya kuanza kazi: Jumatatu, 2 Novemba 2026, saa 2:00 asubuhi\n\nRasilimali Watu",
    ),
]

# a decline that names a later date and time
DECLINES = [
    (
        "ar",
        "نتيجة المقابلة",
        "السيد Alex،\n\nنأسف لإبلاغك بأنه لم يتم اختيارك لهذه الوظيفة.\n"
        "ستفتح الوظائف الجديدة يوم الأحد 1 نوفمبر 2026 الساعة 9:00 صباحًا.\n\nإدارة التوظيف",
    ),
    (
        "sw",
        "Matokeo ya Usaili",
        "Ndugu Alex,\n\nTunasikitika kukujulisha kuwa hukufanikiwa kuchaguliwa.\n"
        "Nafasi mpya zitatangazwa tarehe 2 Novemba 2026 saa 3:00 asubuhi.\n\nRasilimali Watu",
    ),
    (
        "vi",
        "Kết quả phỏng vấn",
        "Chào Alex,\n\nRất tiếc, chúng tôi quyết định không tiếp tục với hồ sơ của bạn.\n"
        "Đợt tuyển dụng sau bắt đầu lúc 9:00 ngày 15/01/2027.\n\nPhòng Tuyển dụng",
    ),
]

# a thank-you after the interview (the candidate's own, or the employer's with a deadline)
THANKS = [
    (
        "id",
        "Terima kasih atas wawancaranya",
        "Yth. Bapak Budi,\n\nTerima kasih atas waktu yang Bapak berikan untuk wawancara kemarin.\n"
        "Saya siap untuk wawancara lanjutan pada Selasa, 13 Oktober 2026 pukul 10.00.\n\n"
        "Hormat saya,\nAlex",
    ),
    (
        "hi",
        "इंटरव्यू के लिए धन्यवाद",
        "आदरणीय महोदय,\n\nकल के इंटरव्यू के लिए समय देने हेतु धन्यवाद।\n"
        "मैं सोमवार, 12 अक्टूबर 2026 को सुबह 10:00 बजे अगले दौर के लिए उपलब्ध हूँ।\n\nसादर,\nAlex",
    ),
    (
        "th",
        "ขอบคุณที่มาสัมภาษณ์",
        "เรียน คุณ Alex\n\nขอบคุณที่มาสัมภาษณ์งานกับเราเมื่อวานนี้\n"
        "บริษัทฯ จะแจ้งผลภายในวันที่ 16 ตุลาคม 2026 เวลา 17.00 น.\n\nฝ่ายบุคคล",
    ),
]

# a link to pick a slot by a deadline
PICK_A_SLOT = [
    (
        "th",
        "เลือกเวลาสัมภาษณ์",
        "เรียน คุณ Alex\n\nกรุณาเลือกเวลาสัมภาษณ์ที่สะดวกผ่านลิงก์ด้านล่าง\n"
        "https://jobs.example/slot\n\nกรุณาเลือกภายในวันที่ 14 ตุลาคม 2026 เวลา 17.00 น.\n\nทีมสรรหา",
    ),
]

LOOKALIKES = [
    pytest.param(subject, body, id=f"{concept}-{lang}")
    for concept, cases in (
        ("applies", APPLIES),
        ("webinar", WEBINARS),
        ("speaker", SPEAKERS),
        ("offer", OFFERS),
        ("decline", DECLINES),
        ("thanks", THANKS),
        ("pick", PICK_A_SLOT),
    )
    for lang, subject, body in cases
]


@pytest.mark.parametrize(("subject", "body"), LOOKALIKES)
def test_lookalike_is_not_claimed(subject: str, body: str) -> None:
    assert not claimed(_mail(subject, body))


# the reader's own interviews, with the near words the new cues leave alone
CONTROLS = [
    pytest.param(
        "一次面接のご案内",
        "Alex Morgan 様\n\n一次面接を下記の通り行います。\n"
        "日時：2026年10月13日（火）14:00〜15:00\n場所：本社3階 セミナールーム\n\n"
        "ご都合がつかない場合はご連絡ください。\n\n人事部",
        14,
        0,
        id="ja-seminar-room",
    ),
    pytest.param(
        "[한빛] 1차 면접 안내",
        "Alex Morgan 님,\n\n1차 면접 일정을 안내드립니다.\n"
        "일시: 2026년 10월 15일(목) 오후 2시\n장소: 본사 5층 세미나실\n\n한빛 인사팀",
        14,
        0,
        id="ko-seminar-room",
    ),
    pytest.param(
        "Thư mời phỏng vấn",
        "Chào Alex,\n\nChúng tôi trân trọng mời bạn tham dự buổi phỏng vấn:\n"
        "Thời gian: 9:00 sáng thứ Ba, ngày 13/10/2026\nĐịa điểm: phòng hội thảo tầng 5\n\n"
        "Nếu bạn không thể tham dự, vui lòng báo lại.\n\nPhòng Nhân sự",
        9,
        0,
        id="vi-if-you-cannot-attend",
    ),
    pytest.param(
        "دعوة لإجراء مقابلة شخصية",
        "السيد Alex Morgan المحترم،\n\nيسعدنا دعوتك لإجراء مقابلة شخصية.\n"
        "التاريخ: الثلاثاء 13 أكتوبر 2026\nالوقت: 11:00 صباحًا\n\n"
        "في حال وجود أي استفسار يرجى مراسلتنا.\n\nالموارد البشرية",
        11,
        0,
        id="ar-write-to-us",
    ),
    pytest.param(
        "นัดสัมภาษณ์งาน",
        "เรียน คุณ Alex Morgan\n\nขอเรียนเชิญท่านมาสัมภาษณ์งาน\n"
        "วันที่: 14 ตุลาคม 2026\nเวลา: 10:00 น.\nสถานที่: ห้องสัมมนา ชั้น 2\n\nฝ่ายบุคคล",
        10,
        0,
        id="th-seminar-room",
    ),
    pytest.param(
        "Invitation to interview",
        "Dear Alex\n\nWe would like to invite you for interview.\n\n"
        "Date: Thursday 12 November 2026\nTime: 10.40am\nVenue: Seminar Room 2, Castle Hill\n\n"
        "Recruitment Team",
        10,
        40,
        id="en-seminar-room-is-no-swahili-semina",
    ),
    pytest.param(
        "[한빛] 2차 면접 일정 안내",
        "Alex Morgan 님,\n\n1차 면접에 참석해 주셔서 감사합니다. 2차 면접 일정을 안내드립니다.\n\n"
        "일시: 2026년 10월 20일(화) 오후 2시\n장소: 본사 12층 대회의실\n\n한빛 인사팀",
        14,
        0,
        id="ko-thanks-for-round-one-sets-round-two",
    ),
]


@pytest.mark.parametrize(("subject", "body", "hour", "minute"), CONTROLS)
def test_own_interview_in_the_same_languages_is_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert_claimed_at(_mail(subject, body), hour, minute)


def test_swahili_regret_that_announces_a_move_is_no_rejection() -> None:
    """ "Tunasikitika kukujulisha" (we regret to inform you) opens a move as often as a refusal
    (cancel40): only the refusal itself ("hukufanikiwa kuchaguliwa") makes a rejection."""
    body = (
        "Ndugu Alex,\n\nTunasikitika kukujulisha kuwa mahojiano yako yamesogezwa.\n"
        "Mahojiano yatafanyika Jumatatu, 19 Oktoba 2026, saa 14:00.\n\nRasilimali Watu"
    )
    assert_sure_at(_mail("Mahojiano yamesogezwa", body), "2026-10-19T14:00")


@pytest.mark.parametrize(
    "question",
    [
        "面試感覺如何？",
        "Buổi phỏng vấn của bạn thế nào?",
        "การสัมภาษณ์เป็นอย่างไรบ้าง",
        "Bagaimana wawancara Anda kemarin?",
        "Kumusta ang iyong interview noong Huwebes?",
        "आपका इंटरव्यू कैसा रहा?",
        "আপনার সাক্ষাৎকার কেমন হয়েছে?",
        "كيف كانت المقابلة؟",
        "איך היה הראיון?",
        "مصاحبه چطور بود؟",
        "انٹرویو کیسا رہا؟",
        "Mahojiano yalikuwaje?",
    ],
)
def test_how_did_the_interview_go(question: str) -> None:
    """An after-interview survey asks how the past interview went; its time is that
    interview's (HOW_DID_IT_GO_CUES), in the languages the list lacked."""
    assert lookalikes.HOW_DID_IT_GO_CUES.search(question)


# every list this batch extended, with a near miss of its new words repeated
CHANGED: list[tuple[str, object, str]] = [
    ("rejection", classify._REJECTION, "很遗憾今天 rất tiếc bạn לצערנו אנחנו متأسفانه ما "),
    ("thank-you", classify._THANK_YOU, "terima kasih atas waktu Ibu 感谢您参加 شكرا لحضور "),
    ("offer", lexicon.OFFER_CUES, "عرض تاريخ הצעת tarikh surat barua ya "),
    ("self-schedule", lexicon.SELF_SCHEDULE_CUES, "面接日程 pilih jadwal เลือกเวลา زمان "),
    ("decline", lexicon.DECLINE_MORE_LANGS_CUES, "saya tidak bisa nhé tôi sẽ không لن أتمكن "),
    ("absence", lexicon.ABSENCE_CUES, "sedang nghỉ خارج من "),
    ("other-business", lexicon.OTHER_BUSINESS_CUES, "세미나실 سالن سمینار ukumbi wa "),
    ("start-date", lookalikes.START_DATE_CUES, "tarikh mula tanggal mulai تاريخ "),
    ("public-event", lookalikes.PUBLIC_EVENT_CUES, "phòng hội thảo セミナールーム "),
    ("audience", lookalikes.EVENT_AUDIENCE_CUES, "miễn phí terbuka untuk الدخول "),
    ("speaker", lookalikes.SPEAKER_ROLE_CUES, "sebagai pembicara kama msemaji כדובר "),
    ("thesis", lookalikes.THESIS_DEFENCE_CUES, "sidang bảo vệ مناقشة جلسه "),
    ("writer-applies", lookalikes._WRITER_APPLIES, "saya ingin tôi muốn أود التقدم "),
    ("reader-hires", lookalikes._READER_HIRES, "是否 ingin mempekerjakan להעסיק "),
    ("reader-chooses", lookalikes._READER_CHOOSES, "sebagai pewawancara kama "),
    ("press", lookalikes.OTHER_SENSE_INTERVIEW_CUES, "기자재 mwandishi wa خبرنگار "),
    ("how-did-it-go", lookalikes.HOW_DID_IT_GO_CUES, "kumusta ang iyong איך היה انٹرویو "),
]


@pytest.mark.parametrize(("name", "cues", "unit"), CHANGED, ids=[row[0] for row in CHANGED])
def test_extended_lists_stay_linear(name: str, cues: object, unit: str) -> None:
    assert_linear(scans(cues), repeated(unit), 200_000, label=name)  # type: ignore[arg-type]


def test_thai_deadline_word_stays_linear() -> None:
    assert_linear(scans(when_dates._DUE_THAI), repeated("ภายใน ก่อน ไม่เกินวัน"), 200_000)


def test_extended_lists_keep_a_precondition() -> None:
    """Each list that skipped a text holding none of its words before this batch still does,
    in every alphabet: the new words did not push it past _precondition's limits. (ABSENCE_CUES
    is left out: with both batches' words it has none, but it reads only a subject and the
    first 100 characters of a mail, where a precondition would save nothing.)"""
    kept = (
        classify._REJECTION,
        classify._THANK_YOU,
        classify._THANK_YOU_MORE_LANGS,
        lexicon.SELF_SCHEDULE_CUES,
        lexicon.DECLINE_CUES,
        lexicon.DECLINE_MORE_LANGS_CUES,
        lexicon.DECLINE_MORE_EUROPEAN_CUES,
        lookalikes.EVENT_AUDIENCE_CUES,
        lookalikes.THESIS_DEFENCE_CUES,
        lookalikes._READER_HIRES,
        lookalikes._READER_CHOOSES,
        lookalikes.HOW_DID_IT_GO_CUES,
    )
    for cues in kept:
        for copy in (cues._full, cues._latin, cues._ascii):
            assert copy is None or copy.needed is not None, cues.pattern[:40]
    # the copy for texts in other scripts lost its precondition once both batches' words were
    # in; it reads only a subject and 1,500 characters, so only the Latin copies must keep one
    for cues in (lookalikes.SPEAKER_ROLE_CUES,):
        for copy in (cues._latin, cues._ascii):
            assert copy is None or copy.needed is not None, cues.pattern[:40]
    for cues in (lexicon.OFFER_CUES, lookalikes.START_DATE_CUES):
        assert cues._ascii is not None
        assert cues._ascii.needed is not None, cues.pattern[:40]


def test_thai_by_before_a_date() -> None:
    assert when_dates._DUE_THAI.search("กรุณาเลือกภายในวันที่ ")
    assert when_dates._DUE_THAI.search("ส่งไม่เกิน ")
    assert not when_dates._DUE_THAI.search("มาก่อนเวลา ")
    assert when_dates._DUE_THAI.search("ก่อนวันที่ ")
