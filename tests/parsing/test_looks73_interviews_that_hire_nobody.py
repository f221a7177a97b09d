# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Interviews that hire nobody, in the languages the look-alike lists lacked (looks73).

Why, one rule each (all extend an existing list, none is new):
- The reader as a broadcast's, a podcast's or a thesis's interviewee: "kipindi cha redio",
  "raadiointervjuu", "tinklalaidė", "дипломна работа", "diplomski rad", "รายการวิทยุ",
  "مقابلة تلفزيونية", "शोध अध्ययन", "výskum používateľov" (_PRESS_MORE_LANGS,
  _USER_RESEARCH_MORE_LANGS and the unspaced scripts of OTHER_SENSE_INTERVIEW_CUES).
- A visa, a migration or a benefits office: "интервю за виза", "สัมภาษณ์วีซ่า", "Idara ya
  Uhamiaji", "leidimo gyventi", "Úrad práce", "unemployment benefits" (_AUTHORITY_MORE_LANGS
  and the unspaced scripts).
- A school's mail to a parent: "phụ huynh", "lapsevanem" (CHILD_CUES).
- Reviews and exit interviews at the current job: "razgovor o učinku", "изходящо интервю",
  "veiklos vertinimo pokalbis", "שיחת משוב" (EMPLOYEE_REVIEW_CUES).
- The reader's own day as an interviewer: "vediete tieto pohovory", "kandidát"
  (INTERVIEWER_DUTY_MORE_LANGS_CUES, _CANDIDATE_NOUN_MORE_LANGS).
Controls: the reader's own job interview named as one ("интервю за работа", "usaili",
"razgovor za posao", "مقابلة عمل"; _JOB_ONLY_WORDS) beside a journalist's, a presenter's
or a researcher's post stays a sure invitation, and Spanish "presentarte al puesto" is
applying, not an introduction (INTRODUCTION_CUES).

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the
corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]
# one clock time for the look-alikes: the lists read words, not hours (the run stays short)
LOOKALIKE_TIMES = [(15, 30)]


def _mail(subject: str, body: str, sender: str = "Notices <notices@service.example>") -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# per mail: subject and body with {h} and {m} for the one clock time it gives (Thursday 11 March)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "radio_sw": ("Mahojiano kwenye redio",
                 "Habari Alex,\n\nTungependa kukuhoji kwenye kipindi cha redio kuhusu biashara yako. Mahojiano yatakuwa Alhamisi, tarehe 11 Machi 2027, saa {h}:{m:02d}.\n\nAsante,\nZuhura"),
    "radio_et": ("Intervjuu neljapäeval",
                 "Tere, Alex!\n\nTahaksime teha teiega raadiointervjuu neljapäeval, 11. märtsil kell {h}.{m:02d}.\n\nParimat\nToimetus"),
    "podcast_lt": ("Tinklalaidė",
                   "Sveiki, Alex,\n\nkviečiame į tinklalaidės įrašą kovo 11 d. (ketvirtadienį) {h}:{m:02d} val.\n\nRūta"),
    "thesis_bg": ("Интервю за дипломна работа",
                  "Здравейте, г-жо Морган,\n\nбих искала да ви взема интервю за дипломната ми работа в четвъртък, 11 март, от {h}:{m:02d} ч.\n\nМария"),
    "thesis_hr": ("Intervju za diplomski rad",
                  "Poštovana gospođo Morgan,\n\nza svoj diplomski rad htjela bih vas intervjuirati u četvrtak, 11. ožujka u {h}:{m:02d}.\n\nLijep pozdrav,\nLucija"),
    "tv_ar": ("دعوة لمقابلة تلفزيونية",
              "السيد أليكس،\n\nنود استضافتكم في مقابلة تلفزيونية يوم الخميس 11 مارس الساعة {h}:{m:02d}.\n\nفريق البرنامج"),
    "radio_th": ("เชิญให้สัมภาษณ์ในรายการวิทยุ",
                 "เรียน คุณอเล็กซ์\n\nรายการวิทยุของเราขอสัมภาษณ์คุณ วันพฤหัสบดีที่ 11 มีนาคม เวลา {h}.{m:02d} น.\n\nผู้ผลิตรายการ"),
    "study_hi": ("शोध अध्ययन",
                 "प्रिय एलेक्स,\n\nहमारे शोध अध्ययन में आपका साक्षात्कार गुरुवार, 11 मार्च को {h}:{m:02d} बजे होगा।\n\nशोध दल"),
    "visa_bg": ("Интервю за виза",
                "Уважаема г-жо Морган,\n\nчасът ви за интервю за виза е в четвъртък, 11 март 2027 г., {h}:{m:02d} ч., в консулския отдел.\n\nВизов център"),
    "visa_th": ("นัดสัมภาษณ์วีซ่า",
                "เรียน คุณ Alex\n\nนัดสัมภาษณ์วีซ่าของท่าน วันพฤหัสบดีที่ 11 มีนาคม เวลา {h}.{m:02d} น.\n\nศูนย์วีซ่า"),
    "migration_lt": ("Pokalbis dėl leidimo gyventi",
                     "Gerb. Alex Morgan,\n\nkviečiame į pokalbį dėl leidimo gyventi kovo 11 d. {h}:{m:02d} val.\n\nMigracijos departamentas"),
    "benefits_sk": ("Predvolanie",
                    "Vážená pani Morgan,\n\npredvolávame vás na pohovor na Úrad práce vo štvrtok 11. marca o {h}:{m:02d}.\n\nÚrad"),
    "parent_vi": ("Lịch phỏng vấn tuyển sinh",
                  "Kính gửi phụ huynh bé An,\n\nbuổi phỏng vấn tuyển sinh của bé vào lúc {h}:{m:02d} thứ Năm, ngày 11/3/2027.\n\nBan Tuyển sinh"),
    "parent_et": ("Vastuvõtuvestlus",
                  "Lugupeetud lapsevanem!\n\nVastuvõtuvestlus on neljapäeval, 11. märtsil kell {h}.{m:02d}.\n\nKool"),
    "review_hr": ("Razgovor o učinku",
                  "Bok Alex,\n\nnaš razgovor o učinku je u četvrtak, 11. ožujka u {h}:{m:02d}.\n\nIvana"),
    "exit_bg": ("Изходящо интервю",
                "Здравейте, Алекс,\n\nканим ви на изходящо интервю в четвъртък, 11 март, от {h}:{m:02d} ч.\n\nЧовешки ресурси"),
    "review_lt": ("Veiklos vertinimas",
                  "Labas, Alex,\n\nveiklos vertinimo pokalbis kovo 11 d. (ketvirtadienį) {h}:{m:02d} val.\n\nIeva"),
    "interviewer_sk": ("Vaše pohovory vo štvrtok",
                       "Dobrý deň,\n\nvo štvrtok 11. marca vediete tieto pohovory:\n{h}:{m:02d} pohovor – Peter Horváth (kandidát)\n{h2}:{m:02d} pohovor – Eva Malá (kandidátka)\n\nNáborový systém"),
}  # fmt: skip

# the reader's own job interview, named as one, beside a look-alike's neighbouring words
CONTROLS: dict[str, tuple[str, str]] = {
    "journalist_bg": ("Покана за интервю за работа",
                      "Уважаема г-жо Морган,\n\nканим ви на интервю за работа за позицията „Журналист“ в четвъртък, 11 март, от {h}:{m:02d} ч. в редакцията.\n\nС уважение,\nГеорги"),
    "reporter_ar": ("دعوة لمقابلة عمل",
                    "السيد أليكس،\n\nيسرنا دعوتك لمقابلة عمل لوظيفة مراسل صحفي يوم الخميس 11 مارس الساعة {h}:{m:02d}.\n\nالموارد البشرية"),
    "presenter_sw": ("Mwaliko wa usaili",
                     "Habari Alex,\n\nTunakualika kwenye usaili wa nafasi ya mtangazaji wa redio Alhamisi, tarehe 11 Machi 2027, saa {h}:{m:02d}.\n\nRasilimali Watu"),
    "press_hr": ("Poziv na razgovor za posao",
                 "Poštovana gospođo Morgan,\n\npozivamo vas na razgovor za posao novinarke u četvrtak, 11. ožujka u {h}:{m:02d} sati.\n\nUrednica"),
    # an employer's courtesy of hosting the candidate is no broadcast's guest slot
    "hosted_ar": ("دعوة لمقابلة شخصية",
                  "السيد أليكس المحترم،\n\nيسعدنا دعوتكم لإجراء مقابلة شخصية لوظيفة محلل بيانات، ونتشرف باستضافتكم في مقرنا يوم الخميس 11 مارس الساعة {h}:{m:02d}.\n\nالموارد البشرية"),
    "research_es": ("Entrevista – técnico de investigación",
                    "Hola Alex:\n\nGracias por presentarte al puesto de técnica de investigación. Te convocamos a una entrevista el jueves 11 de marzo a las {h}:{m:02d} en nuestra sede.\n\nUn saludo,\nMarta"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute, h2=hour + 1)


@pytest.mark.parametrize(("hour", "minute"), LOOKALIKE_TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    raw = _mail(subject, _render(body, hour, minute))
    assert not claimed(raw), name


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), sender="Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")


# each list read on its own: the phrase names the kind, in the list the rule extends
LISTED: list[tuple[str, str]] = [
    ("OTHER_SENSE_INTERVIEW_CUES", "kwenye kipindi chetu cha redio"),
    ("OTHER_SENSE_INTERVIEW_CUES", "интервю за дипломната ми работа"),
    ("OTHER_SENSE_INTERVIEW_CUES", "นัดสัมภาษณ์วีซ่า"),
    ("OTHER_SENSE_INTERVIEW_CUES", "pohovor o dávke na Úrade práce"),
    ("CHILD_CUES", "Kính gửi phụ huynh bé Minh"),
    ("CHILD_CUES", "Lugupeetud lapsevanem!"),
    ("EMPLOYEE_REVIEW_CUES", "godišnji razgovor o učinku"),
    ("EMPLOYEE_REVIEW_CUES", "שיחת משוב שנתית"),
    ("INTERVIEWER_DUTY_MORE_LANGS_CUES", "vo štvrtok vediete tieto pohovory"),
    ("_CANDIDATE_NOUN_MORE_LANGS", "Eva Malá (kandidátka)"),
]


@pytest.mark.parametrize(("name", "phrase"), LISTED)
def test_list_names_the_kind(name: str, phrase: str) -> None:
    assert getattr(lookalikes, name).search(phrase), (name, phrase)


def test_job_words_and_applying() -> None:
    """A job interview named as one is a job's; 'presentarte al puesto' is no introduction."""
    assert lookalikes._names_a_job("интервю за работа в редакцията")
    assert lookalikes._names_a_job("tunakualika kwenye usaili")
    assert lookalikes._names_a_job("دعوتك لمقابلة عمل")
    assert not lookalikes.INTRODUCTION_CUES.search("gracias por presentarte al puesto")
    assert lookalikes.INTRODUCTION_CUES.search("me gustaría presentarte a Marta")
