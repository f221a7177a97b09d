# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""Three readings looks69's own checks (beyond the corpus's mails) found wrong (looks69).

Why:
- A recruiter who praises the reader's profile ("Gostamos muito do seu perfil", "Tu perfil nos
  ha gustado", "il tuo profilo ci ha colpito", "Je profiel sprak ons aan", "Ihr Profil hat uns
  überzeugt", "twój profil") and in the next sentence invites the reader to an interview at a
  fixed slot with a modal verb ("Queremos convidar você para uma entrevista", "Queremos
  invitarte a una entrevista", "Vorremmo invitarti a un colloquio", "We willen je graag
  uitnodigen voor een sollicitatiegesprek", "Wir möchten Sie zu einem Vorstellungsgespräch
  ... einladen", "Chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną") books that slot: the
  first-approach check held it as a suggested call. looks69's pt-BR control was held so.
- A coaching session the reader booked to prepare a job interview ("séance de coaching pour
  préparer votre entretien", "Coaching-Termin zur Vorbereitung auf Ihr Vorstellungsgespräch",
  "coachingsessie ter voorbereiding op je sollicitatiegesprek", "面接対策コーチング", "면접 코칭",
  "面试辅导") is practice the reader pays for: "your interview" after a word for preparing it
  names what is practised, and an interview word joined to a CJK coaching word is read as
  part of it, as "Interview coaching" is.
- A tracking system's notice to the reader as interviewer in Chinese, Japanese or Korean that
  asks for the evaluation to be submitted or the candidate's CV to be read beforehand
  ("请在面试后提交评价", "请提前查看简历", "面接後に評価を提出してください",
  "이력서를 미리 검토해 주세요") is about somebody else's interview.

Sentences hand-written here (not the corpus's), hours drawn.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
HOURS = st.integers(min_value=9, max_value=17)
MINUTES = st.sampled_from([0, 15, 30, 45])


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Ana Ruiz <ana@firm.example>", to=TO, date=DATE)


# per language: subject, praise of the profile, the modal invitation with {t} for the clock
PRAISE = {
    "pt": ("Entrevista", "Gostamos muito do seu perfil!",
           "Queremos convidar você para uma entrevista na quinta-feira, 11 de março, às {h}h{m:02d}, no nosso escritório."),
    "pt2": ("Entrevista", "Analisamos o seu perfil com atenção.",
            "Gostaríamos de convidá-lo para uma entrevista na quinta-feira, 11 de março, às {h}h{m:02d}."),
    "es": ("Entrevista", "Tu perfil nos ha gustado mucho.",
           "Queremos invitarte a una entrevista el jueves 11 de marzo a las {h}:{m:02d} en nuestras oficinas."),
    "it": ("Colloquio", "Il tuo profilo ci ha colpito.",
           "Vorremmo invitarti a un colloquio giovedì 11 marzo alle {h}:{m:02d} nei nostri uffici."),
    "nl": ("Sollicitatiegesprek", "Je profiel sprak ons erg aan.",
           "We willen je graag uitnodigen voor een sollicitatiegesprek op donderdag 11 maart om {h}.{m:02d} uur."),
    "de": ("Vorstellungsgespräch", "Ihr Profil hat uns überzeugt.",
           "Wir möchten Sie gern zu einem Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr in unser Büro einladen."),
    "pl": ("Rozmowa kwalifikacyjna", "Twój profil bardzo nam się spodobał.",
           "Chcielibyśmy zaprosić Panią na rozmowę kwalifikacyjną w czwartek 11 marca o {h}:{m:02d} w naszym biurze."),
}  # fmt: skip


@given(lang=st.sampled_from(sorted(PRAISE)), hour=HOURS, minute=MINUTES)
@settings(max_examples=8, deadline=None)
def test_praise_then_a_modal_invitation_books_the_slot(lang: str, hour: int, minute: int) -> None:
    subject, praise, invite = PRAISE[lang]
    body = f"Alex,\n\n{praise} {invite.format(h=hour, m=minute)}\n\nAna"
    assert_sure_at(_mail(subject, body), f"2027-03-11T{hour:02d}:{minute:02d}")


def test_praise_with_a_call_floated_stays_a_first_approach() -> None:
    """The praise without an invitation to an interview still floats a call (outreach)."""
    body = (
        "Olá Alex,\n\nVi seu perfil no LinkedIn e achei muito interessante. Você estaria aberto "
        "a novas oportunidades? Podemos conversar na quinta-feira, 11 de março, às 15h?\n\nAna"
    )
    assert not claimed(_mail("Oportunidade", body))


# per language: subject, body with {h}/{m}; coaching the reader booked to prepare an interview
COACHING = {
    "fr": ("Votre coaching", "Bonjour Alex,\n\nje vous confirme notre séance de coaching pour préparer votre entretien d'embauche, jeudi 11 mars à {h}h{m:02d} par visio. Tarif : 90 €."),
    "de": ("Coaching-Termin", "Hallo Alex,\n\nhiermit bestätige ich unseren Coaching-Termin zur Vorbereitung auf Ihr Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr."),
    "nl": ("Coachingsessie", "Hoi Alex,\n\nHierbij bevestig ik onze coachingsessie ter voorbereiding op je sollicitatiegesprek op donderdag 11 maart om {h}.{m:02d} uur."),
    "en": ("Coaching session booked", "Hi Alex,\n\nThanks for booking! Our coaching session to prepare for your interview with Acme is on Thursday, March 11 at {h}:{m:02d}. Fee: $90."),
    "ja": ("面接対策コーチングのご予約", "モーガン様\n\n面接対策コーチングのご予約を承りました。日時：3月11日（木）{h}:{m:02d}"),
    "ko": ("면접 코칭 예약 확인", "알렉스 님,\n\n면접 코칭이 3월 11일(목) {h}시 {m}분으로 예약되었습니다."),
    "zh": ("面试辅导预约", "莫根您好：\n\n您预约的面试辅导课程时间为3月11日（周四）{h}:{m:02d}，线上进行。"),
}  # fmt: skip


@given(lang=st.sampled_from(sorted(COACHING)), hour=HOURS, minute=MINUTES)
@settings(max_examples=8, deadline=None)
def test_coaching_booked_to_prepare_an_interview_is_not_claimed(
    lang: str, hour: int, minute: int
) -> None:
    subject, body = COACHING[lang]
    assert not claimed(_mail(subject, body.format(h=hour, m=minute))), lang


# the reader's own interview beside coaching or preparation words stays the reader's
OWN_WITH_PREP = {
    "en": ("Interview with Acme confirmed", "Hi Alex,\n\nGreat news - Acme would like to interview you on Thursday, March 11 at {h}:{m:02d} at their office. I'll call you on Wednesday to help you prepare for the interview.\n\nSam"),
    "fr": ("Entretien", "Bonjour Alex,\n\nNous vous invitons à un entretien le jeudi 11 mars à {h}h{m:02d}. Pour préparer votre entretien, consultez notre site.\n\nAnne"),
    "de": ("Einladung zum Vorstellungsgespräch", "Hallo Alex,\n\nwir laden Sie zu einem Vorstellungsgespräch am Donnerstag, 11. März um {h}:{m:02d} Uhr ein. Zur Vorbereitung auf Ihr Gespräch finden Sie Infos auf unserer Website.\n\nAnna"),
    "ja": ("一次面接のご案内", "モーガン様\n\n一次面接を3月11日（木）{h}:{m:02d}に実施いたします。本社7階にお越しください。\n\n採用担当"),
}  # fmt: skip


@given(lang=st.sampled_from(sorted(OWN_WITH_PREP)), hour=HOURS, minute=MINUTES)
@settings(max_examples=6, deadline=None)
def test_own_interview_with_preparation_words_stays_sure(lang: str, hour: int, minute: int) -> None:
    subject, body = OWN_WITH_PREP[lang]
    raw = _mail(subject, body.format(h=hour, m=minute))
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")


# tracking systems' notices to the reader as interviewer: {c} the candidate, {h}/{m} the clock
PANELS = {
    "zh": ("面试安排通知：候选人{c}", "莫根您好：\n\n候选人{c}已确认面试。\n面试时间：3月11日（周四）{h}:{m:02d}\n面试官：莫根、刘芳\n\n请在面试后提交评价。"),
    "zh2": ("面试官安排", "莫根您好：\n\n候选人{c}的二面定于3月11日（周四）{h}:{m:02d}，面试官：莫根、刘芳。请提前查看简历。"),
    "zh-TW": ("面試安排：候選人{c}", "莫根您好：\n\n候選人{c}的面試定於3月11日（週四）{h}:{m:02d}。\n面試官：莫根、劉芳\n請於面試後提交評價。"),
    "ja": ("面接日程：候補者 {c} 様", "モーガン様\n\n候補者 {c} 様の面接が3月11日（木）{h}:{m:02d}に決まりました。\n面接後に評価を提出してください。"),
    "ko": ("면접 일정: 지원자 {c}", "알렉스 님,\n\n지원자 {c} 님의 면접이 3월 11일(목) {h}시 {m}분으로 확정되었습니다. 이력서를 미리 검토해 주세요."),
}  # fmt: skip
NAMES = {"zh": "王芳", "zh2": "张伟", "zh-TW": "林怡君", "ja": "田中 健", "ko": "김민수"}


@given(lang=st.sampled_from(sorted(PANELS)), hour=HOURS, minute=MINUTES)
@settings(max_examples=8, deadline=None)
def test_interviewer_notice_in_cjk_is_not_claimed(lang: str, hour: int, minute: int) -> None:
    subject, body = PANELS[lang]
    name = NAMES[lang]
    raw = _mail(subject.format(c=name), body.format(c=name, h=hour, m=minute))
    assert not claimed(raw), lang


# the candidate's own notices in the same languages: bring the CV, nothing to submit after
CANDIDATE_SIDE = {
    "zh": ("面试邀请", "莫根您好：\n\n诚邀您于3月11日（周四）{h}:{m:02d}来公司参加面试，请携带简历。\n\nHR 王敏"),
    "ja": ("一次面接のご案内", "モーガン様\n\n一次面接を3月11日（木）{h}:{m:02d}に実施いたします。履歴書をご持参ください。\n\n採用担当"),
    "ko": ("1차 면접 안내", "알렉스 님,\n\n1차 면접을 3월 11일(목) {h}시 {m}분에 진행합니다. 이력서를 지참해 주세요.\n\n채용담당"),
}  # fmt: skip


@given(lang=st.sampled_from(sorted(CANDIDATE_SIDE)), hour=HOURS, minute=MINUTES)
@settings(max_examples=5, deadline=None)
def test_candidates_own_cjk_invitation_stays_sure(lang: str, hour: int, minute: int) -> None:
    subject, body = CANDIDATE_SIDE[lang]
    raw = _mail(subject, body.format(h=hour, m=minute))
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")


def test_new_lists_stay_linear() -> None:
    assert_linear(
        scans(lookalikes.INVITES_YOU_CUES),  # type: ignore[arg-type]
        repeated("queremos invitarte a una vorremmo invitarti a un willen je graag "),
    )
    assert_linear(
        scans(lookalikes.PREPARES_YOUR_INTERVIEW),  # type: ignore[arg-type]
        repeated("zur vorbereitung auf pour préparer ter voorbereiding op "),
    )
