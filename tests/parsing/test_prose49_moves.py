# ruff: noqa: E501 (each language's sentences read best whole)
"""A moved interview in languages the corpus holds few of (prose49): the new slot is the
start whatever the hour, the minute and the day, when the mail marks it in the writer's own
way: Korean rows "기존: … / 변경: …" and "새 일정", Finnish "joudumme siirtämään … Alkuperäinen
aika … Uusi aika", Estonian "peame … nihutama … Algne aeg … Uus aeg", Turkish "…'daki
görüşmemizi …'e almamız gerekiyor / …'ye erteledik / …'ya kaydırıyoruz" (the dative ending and
an active verb that takes or puts it off). And a colleague asking the reader to take a
candidate's interview (Greek "να πάρεις τη συνέντευξη του υποψηφίου", Finnish "hakijan
haastattelu", Turkish "adayın mülakatı") is never claimed as the reader's own."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.lexicon import NEW_TIME_CUES, OLD_TIME_CUES, RESCHEDULED_CUES
from service.parsing.lookalikes import OTHERS_INTERVIEW_CUES
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 {offset}"
OFFSET = {"ko": "+0900", "fi": "+0300", "et": "+0300", "tr": "+0300", "el": "+0300"}


def _read(lang: str, body: str, subject: str = "Interview") -> tuple[str, str, float]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT.format(offset=OFFSET[lang]))  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start, parsed.confidence


def _ko_clock(hour: int, minute: int) -> str:
    half = "오전" if hour < 12 else "오후"
    h12 = hour if hour <= 12 else hour - 12
    return f"{half} {h12}시" + (f" {minute}분" if minute else "")


# the old slot is Thursday 11 June at 10:00 (Finnish: Wednesday 10 June, since its "to" for
# Thursday reads as the English "to" of a new time, a limit left as it is); the new one a day of
# 12-19 June
NEW_DAYS = {12: ("금", "pe", "reedel", "Cuma"), 15: ("월", "ma", "esmaspäeval", "Pazartesi"),
            16: ("화", "ti", "teisipäeval", "Salı"), 17: ("수", "ke", "kolmapäeval", "Çarşamba"),
            18: ("목", "to", "neljapäeval", "Perşembe"), 19: ("금", "pe", "reedel", "Cuma")}  # fmt: skip


def _body(lang: str, shape: int, day: int, hour: int, minute: int) -> str:
    ko, fi, et, tr = NEW_DAYS[day]
    dot = f"{hour}.{minute:02d}"
    if lang == "ko":
        new_label = ("변경:", "새 일정:", "변경 :")[shape % 3]
        return (f"Alex님 안녕하세요.\n\n면접관 일정으로 인해 면접 일정이 아래와 같이 변경되었습니다.\n\n"
                f"기존: 6월 11일(목) 오전 10시\n{new_label} 6월 {day}일({ko}) {_ko_clock(hour, minute)}\n\n장소는 동일합니다.\n\n이서연 드림")  # fmt: skip
    if lang == "fi":
        return (f"Hei Alex,\n\njoudumme valitettavasti siirtämään haastatteluasi. Alkuperäinen aika ke 10.6. klo 10.00 ei käy toiselle haastattelijalle. "
                f"Uusi aika on {fi} {day}.6. klo {dot}, paikka pysyy samana.\n\nTerveisin\nLaura")  # fmt: skip
    if lang == "et":
        return (f"Tere, Alex!\n\nPeame intervjuu kahjuks nihutama. Algne aeg oli neljapäeval, 11. juunil kell 10.00. "
                f"Uus aeg on {et}, {day}. juunil kell {dot}.\n\nParimat\nKadri")  # fmt: skip
    verb = ("almamız gerekiyor", "erteledik", "kaydırıyoruz")[shape % 3]
    # the dative follows the last number word read aloud: "dokuz"/"on" 'a, "on bir" 'e, "on
    # iki" 'ye, "on altı" 'ya; "on beş"/"kırk beş" 'e, "otuz" 'a
    hour_end = {9: "'a", 10: "'a", 11: "'e", 12: "'ye", 13: "'e", 14: "'e", 15: "'e", 16: "'ya"}
    ending = {0: hour_end[hour], 15: "'e", 30: "'a", 45: "'e"}[minute]
    return (f"Merhaba Alex,\n\n11 Haziran Perşembe saat 10.00'daki görüşmemizi ekip toplantısı nedeniyle "
            f"{day} Haziran {tr} saat {dot}{ending} {verb}. Yer aynı kalıyor.\n\nSaygılarımla,\nMehmet")  # fmt: skip


hours = st.integers(min_value=9, max_value=16)
minutes = st.sampled_from([0, 15, 30, 45])


@settings(max_examples=40, deadline=None)
@given(lang=st.sampled_from(["ko", "fi", "et", "tr"]), shape=st.integers(0, 2),
       day=st.sampled_from(sorted(NEW_DAYS)), hour=hours, minute=minutes)  # fmt: skip
def test_the_new_slot_of_a_move_is_the_start(
    lang: str, shape: int, day: int, hour: int, minute: int
) -> None:
    kind, got, _ = _read(lang, _body(lang, shape, day, hour, minute))
    assert kind == "reschedule"
    assert (
        got == f"2026-06-{day:02d}T{hour:02d}:{minute:02d}:00{OFFSET[lang][:3]}:{OFFSET[lang][3:]}"
    )


# the reader asked to take someone else's interview: the time is theirs to run
OTHERS = {
    "el": "Alex,\n\nμπορείς να πάρεις εσύ τη συνέντευξη του υποψηφίου για τη θέση του junior developer την Πέμπτη 11 Ιουνίου, ώρα {clock}; Εγώ θα λείπω.\n\nΓιώργος",
    "fi": "Hei Alex,\n\nvoisitko hoitaa hakijan haastattelun to 11.6. klo {clock}? Olen itse lomalla. Hakemus on jaetussa kansiossa.\n\nMikko",
    "tr": "Merhaba Alex,\n\n11 Haziran Perşembe saat {clock} için adayın mülakatını sen yapabilir misin? Ben izinde olacağım.\n\nMehmet",
}  # fmt: skip


@settings(max_examples=20, deadline=None)
@given(lang=st.sampled_from(sorted(OTHERS)), hour=hours, minute=minutes)
def test_a_candidates_interview_handed_to_the_reader_is_not_claimed(
    lang: str, hour: int, minute: int
) -> None:
    sep = ":" if lang == "el" else "."
    kind, _, confidence = _read(lang, OTHERS[lang].format(clock=f"{hour}{sep}{minute:02d}"))
    assert not (kind in ("invitation", "reschedule", "cancellation") and confidence >= 0.5)


def test_the_new_cues_stay_linear() -> None:
    for cues, unit in (
        (RESCHEDULED_CUES, "'e alma 'ya kaydı siirtä nihut "),
        (OLD_TIME_CUES, "alkuperä algn "),
        (NEW_TIME_CUES, "변경 새로운 새 일 "),
        (OTHERS_INTERVIEW_CUES, "συνέντευξη του να πάρεις εσύ hakijan adayın kandidato "),
    ):
        assert_linear(scans(cues), repeated(unit), label=f"prose49 {unit.strip()}")
