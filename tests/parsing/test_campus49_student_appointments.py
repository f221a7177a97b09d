"""University and school mail that sets a time with an interview-like word and hires nobody:
a student's appointment (office hours, a tutorial, a supervision meeting, an adviser's talk,
an oral exam) and a study's interview with the reader as its participant. Each holds across
languages and whatever the hour. Controls of the same settings that are the reader's job
interview (a lectureship, a PhD post that is employment, a research assistant post) stay
claimed at their hour, and so does the reader's own admissions interview (the corpus's rule:
admit43, schoolplace44)."""

from __future__ import annotations

import pytest
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated
from tests.parsing.mailkit import any_hour, assert_claimed_at, timed_mail

SENDER = "Sender <someone@uni.example.org>"
MINUTES = st.sampled_from([0, 10, 30, 45])
INVITATION_KINDS = ("invitation", "reschedule", "cancellation")

# (subject, body with {t} for the clock): a student's appointment with a teacher or an office
STUDENT = [
    (
        "Appointment confirmed: Office hours with Dr Patel (HIST 110)",
        "You have reserved a slot.\n\nAppointment: Office hours with Dr Patel\nWhen: Wednesday "
        "3 February 2027, {t}\nWhere: Arts Tower 5.02\n",
    ),
    (
        "PhD supervision meeting",
        "Hi Alex,\n\nLet's have our next supervision meeting on Wednesday 3 February at {t} in "
        "my office. Please bring the draft of chapter 3 and your interview guide.\n\nRuth",
    ),
    (
        "Ihr Termin in der Sprechstunde",
        "Sehr geehrter Herr Morgan,\n\nIhr Sprechstundentermin bei Prof. Weber: Mittwoch, "
        "3. Februar 2027, {t} Uhr, Raum 2.14. Wir besprechen Ihre Seminararbeit.\n\nSekretariat",
    ),
    (
        "Ricevimento studenti",
        "Gentile Alex,\n\nconfermo il colloquio in orario di ricevimento mercoledì 3 febbraio "
        "alle {t}, studio 12.\n\nProf. Conti",
    ),
    (
        "Suivi de mémoire",
        "Bonjour Alex,\n\nJe vous propose un entretien de suivi de mémoire le mercredi 3 février "
        "à {t} dans mon bureau.\n\nM. Girard",
    ),
    (
        "Tutoría confirmada",
        "Hola Alex:\n\nTu tutoría con la profesora Ruiz queda fijada el miércoles 3 de febrero "
        "a las {t} en el despacho 1.12.\n\nCampus Virtual",
    ),
    (
        "Afspraak spreekuur",
        "Beste Alex,\n\nJe afspraak op het spreekuur van de studieadviseur is woensdag 3 februari "
        "om {t} uur. We bespreken je studievoortgang.\n\nStudieadvies",
    ),
    (
        "オフィスアワー予約",
        "モーガン 様\n\nオフィスアワーの予約が完了しました。\n"
        "日時：2月3日（水）{t}\n面談場所：研究室\n",
    ),
    (
        "Prueba oral de Alemán II",
        "Estimado/a estudiante:\n\nTu prueba oral será el miércoles 3 de febrero a las {t} en el "
        "aula 4, con una breve entrevista con el tribunal.\n\nSecretaría",
    ),
    (
        "Egzamin ustny",
        "Dzień dobry,\n\nEgzamin ustny z historii odbędzie się w środę 3 lutego o godz. {t}, "
        "sala 12. Rozmowa z komisją trwa 15 minut.\n\nDziekanat",
    ),
    (
        "Muntlig tentamen",
        "Hej!\n\nDin muntliga tentamen i statistik är onsdag 3 februari kl. {t} i rum 204.\n\n"
        "Studentexpeditionen",
    ),
    (
        "期末面接試験のお知らせ",
        "履修者各位\n\n英語IIの期末面接試験は2月3日（水）{t}から行います。場所：L-203\n",
    ),
]

# a study's interview, the reader its participant
PARTICIPANT = [
    (
        "Termin für das Interview",
        "Liebe Frau Morgan,\n\ndanke, dass Sie an unserer Interviewstudie teilnehmen. Unser "
        "Gespräch findet am Mittwoch, 3. Februar 2027, um {t} Uhr per Zoom statt.\n\nLena",
    ),
    (
        "Notre entretien",
        "Bonjour Alex,\n\nMerci d'avoir accepté de participer à ma recherche. Je vous confirme "
        "notre entretien le mercredi 3 février à {t}.\n\nCamille, doctorante",
    ),
    (
        "Tu entrevista",
        "Hola Alex:\n\nGracias por participar en el estudio. Tu entrevista es el miércoles 3 de "
        "febrero a las {t} en el laboratorio 2.\n\nEquipo de investigación",
    ),
    (
        "Entrevista",
        "Olá, Alex!\n\nObrigada por aceitar participar da minha pesquisa de doutorado. A "
        "entrevista fica marcada para quarta-feira, 3 de fevereiro, às {t}.\n\nBeatriz",
    ),
    (
        "Your study timeslot",
        "You have signed up for the following study: Memory and Sleep (1 credit).\n\nTimeslot: "
        "Wednesday 3 February 2027, {t}\nIt ends with a short interview.\n",
    ),
    (
        "访谈时间确认",
        "Alex 你好：\n\n感谢你参加我们的研究访谈。"
        "访谈时间：2月3日（星期三）{t}，地点：社会学楼204。\n\n课题组",
    ),
]

# a thesis examined: the reader's own viva or defence, whatever word the examiners' questions get
DEFENCES = [
    (
        "Your viva voce examination",
        "Dear Alex,\n\nYour viva voce examination will take place on Wednesday 3 February 2027 "
        "at {t} in Room 2.14. Your examiners will interview you about your thesis.\n\nDoctoral "
        "College",
    ),
    (
        "PhD viva: arrangements",
        "Dear Alex,\n\nYour viva is confirmed for Wednesday 3 February 2027 at {t} on Teams, "
        "with Dr Nair as internal and Professor Ellery as external examiner.\n\nPGR Office",
    ),
    (
        "口頭試問のご案内",
        "モーガン 様\n\n修士論文の口頭試問（面接）を2月3日（水）{t}より行います。場所：305教室\n",
    ),
    (
        "Discussione tesi",
        "Gentile Alex,\n\nla discussione della Sua tesi di laurea è prevista per mercoledì 3 "
        "febbraio alle {t}; seguirà un colloquio con la commissione.\n\nSegreteria",
    ),
    (
        "Lectura de tesis",
        "Estimado Alex:\n\nLa lectura de su tesis doctoral será el miércoles 3 de febrero a las "
        "{t}; el tribunal le hará una entrevista sobre el trabajo.\n\nEscuela de Doctorado",
    ),
]

# the reader's own job interview in the same settings, and the reader's own admissions interview
CONTROLS = [
    (
        "Interview: Lecturer in History",
        "Dear Alex,\n\nThank you for applying for the post of Lecturer in History. We invite "
        "you to interview on Wednesday 3 February 2027 at {t}, beginning with a 15-minute "
        "trial lecture.\n\nHR",
    ),
    (
        "Vorstellungsgespräch Doktorandenstelle (TV-L E13)",
        "Sehr geehrter Herr Morgan,\n\nwir laden Sie zu einem Vorstellungsgespräch für die "
        "Doktorandenstelle (TV-L E13, 65 %) am Mittwoch, 3. Februar 2027, um {t} Uhr ein. "
        "Bitte bringen Sie Ihre Masterarbeit mit.\n\nProf. Lenz",
    ),
    (
        "Interview Invitation: Ref HR/2027/014",
        "Dear Mr. Alex Morgan,\n\nWe are pleased to invite you to a viva voce for the post of "
        "Assistant Manager, Finance, on Wednesday 3 February 2027 at {t} at our head office."
        "\n\nHead of Talent Acquisition",
    ),
    (
        "Interview - Research Assistant (user study project)",
        "Dear Alex,\n\nThank you for your application for the Research Assistant post. Your "
        "interview is on Wednesday 3 February 2027 at {t} in Room 4.11.\n\nGrace",
    ),
    (
        "Entrevista: técnico de investigación",
        "Estimado Alex:\n\nTe convocamos a una entrevista para el puesto de técnico de apoyo "
        "al estudio el miércoles 3 de febrero a las {t}.\n\nRecursos Humanos",
    ),
    (
        "MSc admissions interview",
        "Dear Alex,\n\nThank you for your application to the MSc Data Science. Your admissions "
        "interview is on Wednesday 3 February 2027 at {t} on Teams.\n\nAdmissions",
    ),
]


def _mail(subject: str, body: str, hour: int, minute: int) -> bytes:
    return timed_mail(subject, body, hour, minute, sender=SENDER)


def _claimed(raw: bytes) -> bool:
    parsed = parse_message(raw)
    return parsed.kind in INVITATION_KINDS and parsed.confidence >= 0.5


@pytest.mark.parametrize(("subject", "body"), STUDENT)
@any_hour(examples=5, minutes=MINUTES)
def test_a_students_appointment_is_not_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert not _claimed(_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), PARTICIPANT)
@any_hour(examples=5, minutes=MINUTES)
def test_a_studys_interview_with_the_reader_as_participant_is_not_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert not _claimed(_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), DEFENCES)
@any_hour(examples=5, minutes=MINUTES)
def test_a_thesis_examined_is_not_claimed(subject: str, body: str, hour: int, minute: int) -> None:
    assert not _claimed(_mail(subject, body, hour, minute))


@pytest.mark.parametrize(("subject", "body"), CONTROLS)
@any_hour(examples=5, minutes=MINUTES)
def test_the_readers_own_interview_in_academia_stays_claimed(
    subject: str, body: str, hour: int, minute: int
) -> None:
    assert_claimed_at(_mail(subject, body, hour, minute), hour, minute)


def test_the_student_cues_stay_linear() -> None:
    """Near-misses of the student cues cost work in proportion to their length."""
    from service.parsing.lookalikes import STUDENT_APPOINTMENT_CUES, hires_nobody

    def scan(text: str) -> None:
        STUDENT_APPOINTMENT_CUES.search(text)
        hires_nobody(text)

    for word in ("office hour ", "supervision ", "participar en el ", "sprechstund ", "答疑 "):
        assert_linear(scan, repeated(word), label=word)
