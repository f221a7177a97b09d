# ruff: noqa: E501 (each language's sentences read best whole)
"""A speaker's own slot is no job interview (speakers47): mail to a speaker, presenter,
panellist or poster author about their talk, session or panel ("Your talk has been
scheduled", "Ihr Vortrag findet am … statt", "votre intervention aura lieu", "su ponencia
será", "il tuo intervento è previsto", "je presentatie staat gepland", "Twoje wystąpienie
odbędzie się", "登壇時間", "您的演讲安排在") is not claimed, even when the talk is about
interviews or hiring, the session is an on-stage interview, or the speaker is asked to a
tech check. A recruiter who sets a job interview at or after the conference still invites."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 18 June is in two weeks


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Programme Team <team@events.example>",
                      to="alex@mailbox.example", date=SENT)  # fmt: skip


# a speaker's notice in each language, each naming a hiring topic or an interview on stage
SPEAKER_NOTICES = {
    "en_onstage": ("Your on-stage interview at HR Forum", "Dear Alex,\n\nThank you for agreeing to be interviewed on stage. Your interview with our host, \"Recruiting in 2027\", is scheduled for Thursday 18 June at 11:15 in Hall A. Please come to the speaker lounge at 10:45 for a mic check."),
    "en_careers_track": ("Your speaker application was accepted", "Hi Alex,\n\nYour speaker application was accepted. Your talk \"Reading a resume like a hiring manager\" is in the Careers track: Thursday 18 June at 10:40 AM, Room 204. Please upload your slides in the speaker dashboard."),
    "de": ("Ihr Vortrag beim Karrieretag", "Sehr geehrter Herr Morgan,\n\nIhr Vortrag „Bewerbungsgespräche richtig führen“ findet am Donnerstag, 18. Juni, um 13:00 Uhr im Raum Leipzig statt. Bitte kommen Sie 30 Minuten vorher zum Referentenempfang."),
    "fr": ("Votre intervention au Forum Emploi", "Bonjour Alex,\n\nVotre conférence « Réussir son entretien d'embauche » aura lieu le jeudi 18 juin à 14h30, salle Turing. Merci de passer à l'espace intervenants 20 minutes avant."),
    "es": ("Su ponencia en el Foro de Empleo", "Estimado Alex:\n\nSu ponencia «Cómo preparar una entrevista de trabajo» será el jueves 18 de junio a las 12:00 en el Auditorio 2. Le rogamos que llegue a las 11:30 para la prueba de sonido."),
    "it": ("Il tuo intervento al Career Day", "Ciao Alex,\n\nil tuo intervento \"Il colloquio di lavoro visto dall'HR\" è previsto giovedì 18 giugno alle 10:10 in Aula Magna. Ti aspettiamo alle 9:40 per la prova microfoni."),
    "nl": ("Je presentatie op de Carrièredag", "Hoi Alex,\n\nJe presentatie 'Zo voer je een sollicitatiegesprek' staat gepland op donderdag 18 juni om 10:30 in zaal Zuid. Je bent ingepland als spreker; kom een half uur vooraf naar de sprekersruimte."),
    "pl": ("Twoja prelekcja na meetupie", "Cześć Alex,\n\nTwoje wystąpienie „Jak przejść rozmowę rekrutacyjną” odbędzie się w czwartek 18 czerwca o 18:30 w sali 2.05. Prelegentów prosimy o przyjście 20 minut wcześniej."),
    "pt": ("Sua palestra foi aprovada", "Olá Alex,\n\nSua palestra \"Como se sair bem na entrevista de emprego\" será na quinta-feira, 18 de junho, às 14h, na Sala Ipê. Chegue 30 minutos antes para o teste de som."),
    "sv": ("Din medverkan i panelen om rekrytering", "Hej Alex,\n\nTack för att du vill vara med i panelen \"Rekrytering med AI\". Ditt föredrag är torsdag 18 juni kl. 10.30 i sal Ekan. Vi ses i talarrummet kl. 10.00 för ljudkontroll."),
    "ja": ("【登壇のご案内】採用セッション", "Alex Morgan 様\n\n採用面接をテーマにしたセッションへのご登壇ありがとうございます。登壇時間は2026年6月18日（木）14:30〜15:10、会場はホールAです。"),
    "zh": ("您的演讲安排通知", "Alex Morgan 您好：\n\n您在招聘分论坛的演讲《如何准备技术面试》安排在2026年6月18日（周四）下午15:00，地点为二号会议厅。请提前20分钟到嘉宾休息室签到。"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SPEAKER_NOTICES))
def test_a_speakers_slot_is_not_claimed(name: str) -> None:
    subject, body = SPEAKER_NOTICES[name]
    assert not claimed(_mail(subject, body))


# a recruiter who names the reader's talk, or a speaker role, and sets a job interview
INTERVIEWS = {
    "en_after_talk": ("Interview for the Developer Advocate role", "Hi Alex,\n\nI caught your talk yesterday - great job. Thanks for applying for our Developer Advocate role; I'd like to invite you to an interview on Thursday 18 June at 3:00 PM at our office, 40 Water St.", "2026-06-18T15:00:00+02:00"),
    "en_speaker_coordinator": ("Interview: Speaker Coordinator position", "Dear Alex,\n\nThank you for applying for the Speaker Coordinator position. We would like to invite you to an interview on Thursday 18 June at 10:00 at our office, Room 2.14. Please bring an example of a conference programme you have coordinated.", "2026-06-18T10:00:00+02:00"),
    "de_at_conference": ("Vorstellungsgespräch während der Konferenz", "Hallo Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch für die Stelle als Data Engineer ein. Da Sie ohnehin als Referent auf der Konferenz sind, treffen wir uns am Donnerstag, 18. Juni, um 11:00 Uhr in unserer Lounge im Foyer.", "2026-06-18T11:00:00+02:00"),
    "fr_after_talk": ("Entretien pendant le colloque", "Bonjour Alex,\n\nSuite à votre candidature au poste d'ingénieur réseau, je vous propose un entretien après votre intervention : le jeudi 18 juin à 12h30, sur notre stand.", "2026-06-18T12:30:00+02:00"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(INTERVIEWS))
def test_a_job_interview_at_a_conference_still_invites(name: str) -> None:
    subject, body, start = INTERVIEWS[name]
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == start


@pytest.mark.parametrize(
    "name", ["SPEAKER_ROLE_CUES", "SPEAKER_SESSION_CUES", "READER_CANDIDACY_CUES"]
)
@pytest.mark.parametrize("joiner", [" ", "\n"])
def test_the_speaker_cues_stay_linear(name: str, joiner: str) -> None:
    from service.parsing import lookalikes

    cues = getattr(lookalikes, name)
    words = "your talk your session is speaker lounge for the role applying to the our ponencia "
    assert_linear(
        lambda text: cues.search_lowered(text.lower()),
        lambda n: joiner.join([words] * (n // len(words))),
    )


# the plainest shapes of a scheduling tool's speaker notice, with no hiring word at all but a
# reader told the time of "your session" (the confidence must stay below 0.5 whatever else)
PLAIN_NOTICES = [
    ("Schedule published", "Hi Alex,\n\nYour session 'Caching at the edge' will take place on Thursday 18 June at 14:00 in Room B. Interview-style Q&A follows the talk."),
    ("Programm veröffentlicht", "Hallo Alex,\n\nIhre Einreichung „Caching am Rand“ ist angenommen und im Programm: Donnerstag, 18. Juni, 14:00 Uhr, Raum B. Im Anschluss gibt es ein kurzes Interview mit der Moderation."),
    ("Programme en ligne", "Bonjour Alex,\n\nVotre proposition de conférence « Le cache en périphérie » est programmée le jeudi 18 juin à 14h, salle B, suivie d'une interview par l'animatrice."),
]  # fmt: skip


@pytest.mark.parametrize("index", range(len(PLAIN_NOTICES)))
def test_a_speakers_notice_with_an_interview_after_the_talk_is_not_claimed(index: int) -> None:
    subject, body = PLAIN_NOTICES[index]
    assert not claimed(_mail(subject, body))


# a recruiter's "your session", "your presentation" or "your panel interview": the reader's
# own interview, whatever a speaker's notice shares with it
OWN_SESSIONS = [
    ("Your interview", "Hi Alex,\n\nYour panel interview has been scheduled for Thursday 18 June at 10:00 at our office, 12 Dock Road.", "2026-06-18T10:00:00+02:00"),
    ("Next step", "Hi Alex,\n\nYour interview panel is confirmed: Thursday 18 June at 10:00 at 12 Dock Road. Your presentation to the panel will take place at the start of the interview.", "2026-06-18T10:00:00+02:00"),
    ("Your interview session", "Hi Alex,\n\nYour interview session with our recruiter is scheduled for Thursday 18 June at 10:00 by phone.", "2026-06-18T10:00:00+02:00"),
]  # fmt: skip


@pytest.mark.parametrize("index", range(len(OWN_SESSIONS)))
def test_a_recruiters_session_or_panel_still_invites(index: int) -> None:
    subject, body, start = OWN_SESSIONS[index]
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation"
    assert parsed.confidence >= 0.5
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == start
