"""An interview time that is someone else's is not claimed; the reader's own slot in a list is.

What a user notices:
- a placement coordinator's list of several students' interview times, however its rows are
  written ("- 14h00 : Chloé Martin", "kl. 09.00  Elsa Berg", "09.00 uur  Daan Smit",
  "godz. 9:00 – Jan Nowak"), does not land in the reader's calendar;
- the same list sent to the reader with the reader's own name on a row, in a mail about the
  reader's own interview ("Your interview slot", "Dein Vorstellungsgespräch"), lands at the
  reader's row, not at the first row;
- a colleague asking the reader onto a panel ("far parte della commissione per il colloquio
  di Marco Ferri, candidato ...", "rozmowę rekrutacyjną z panią Katarzyną Wójcik
  (kandydatka ...)", "adayımız Ayşe Demir ... değerlendirme formu") is not the reader's own
  interview, nor is a forwarded reminder whose note asks the reader to stand in ("could you
  take this one for me?", "kannst du für mich einspringen?", "bisa gantikan saya?");
- a mentor's group practice ("sesión de práctica de entrevistas", "prove di colloquio") is no
  interview with an employer.

Fixtures are written for these tests (own words, made-up people and firms).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 11 Jan 2027 09:14:00 +0100"

# (row written with {t} for the time and {n} for the name, the time written in the row's way)
ROW_STYLES = [
    ("- {t} : {n}", "{h}h{m:02d}"),
    ("kl. {t}  {n}", "{h:02d}.{m:02d}"),
    ("{t} uur  {n}", "{h:02d}.{m:02d}"),
    ("godz. {t} – {n}", "{h}:{m:02d}"),
    ("• {t} Uhr: {n}", "{h}:{m:02d}"),
    ("{t}  {n}", "{h:02d}:{m:02d}"),
]
STUDENTS = [
    "Chloé Martin",
    "Yanis Benali",
    "Elsa Berg",
    "Hugo Lind",
    "Daan Smit",
    "Fleur Jansen",
    "Jan Nowak",
    "Zofia Kowalczyk",
    "Lukas Brandt",
    "Mia Schulte",
]


def _rows(style: int, names: list[str], first_hour: int) -> str:
    row, clock = ROW_STYLES[style]
    lines = []
    for index, name in enumerate(names):
        minutes = index * 40
        text = clock.format(h=first_hour + minutes // 60, m=minutes % 60)
        lines.append(row.format(t=text, n=name))
    return "\n".join(lines)


@settings(max_examples=30, deadline=None)
@given(
    style=st.integers(min_value=0, max_value=len(ROW_STYLES) - 1),
    names=st.lists(st.sampled_from(STUDENTS), min_size=2, max_size=4, unique=True),
    first_hour=st.integers(min_value=8, max_value=14),
)
def test_a_coordinators_list_of_students_slots_is_not_claimed(
    style: int, names: list[str], first_hour: int
) -> None:
    body = (
        "Dear mentors,\n\nHere are the internship interview times at Atelier Lumen on "
        f"Wednesday 20 January 2027:\n\n{_rows(style, names, first_hour)}\n\n"
        "Please remind your students to arrive ten minutes early.\n\nRegards,\nNathalie Roux"
    )
    raw = plain_mail(
        "Internship interviews - Wednesday",
        body,
        sender="Nathalie Roux <n.roux@lycee.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), body


OWN_LISTS = [
    (
        "Your interview slot - Kestrel Engineering",
        "Hi all,\n\nInterview slots with Kestrel Engineering on Thursday 21 January, room "
        "B12:\n\n09:00  Hannah Lee\n09:40  Alex Morgan\n10:20  Grace Kim\n\nEach interview is "
        "30 minutes. Please bring a printed copy of your CV.\n\nGood luck!\nRebecca",
        "2027-01-21T09:40:00+01:00",
    ),
    (
        "Dein Vorstellungsgespräch bei den Stadtwerken",
        "Hallo Alex,\n\nhier die Termine für die Vorstellungsgespräche bei den Stadtwerken am "
        "Dienstag, 19. Januar:\n\n8:30 Uhr  Lukas Brandt\n9:15 Uhr  Alex Morgan\n10:00 Uhr  "
        "Mia Schulte\n\nBitte melde dich am Empfang.\n\nViele Grüße\nFrau Krüger",
        "2027-01-19T09:15:00+01:00",
    ),
    (
        "Ton entretien de stage",
        "Bonjour Alex,\n\nVoici les horaires de ton entretien de stage chez Atelier Lumen "
        "mercredi 20 janvier :\n\n- 14h00 : Chloé Martin\n- 14h30 : Alex Morgan\n- 15h00 : "
        "Léa Girard\n\nBon courage,\nMme Roux",
        "2027-01-20T14:30:00+01:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "want"), OWN_LISTS)
def test_the_readers_row_of_a_list_is_the_readers_slot(subject: str, body: str, want: str) -> None:
    raw = plain_mail(subject, body, sender="Coordinator <coord@school.example>", to=ME, date=DATE)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", parsed.warnings
    assert parsed.confidence >= 0.5, parsed.warnings
    assert parsed.start == datetime.fromisoformat(want)


def test_a_list_naming_the_reader_to_run_a_row_stays_unclaimed() -> None:
    # a candidate's day sent to its interviewers: the reader runs a row, it is not theirs
    body = (
        "Hi all,\n\nDaniel Park's onsite on Thursday 21 January:\n\n09:00  Rachel Stone\n"
        "09:45  Alex Morgan\n10:30  Tom Becker\n\nScorecards in the system by 5pm, please.\n\nTom"
    )
    raw = plain_mail("Onsite schedule", body, sender="Tom <tom@firm.example>", to=ME, date=DATE)
    assert not claimed(raw)


PANEL_ASKS = [
    (
        "it",
        "Commissione colloquio Product Owner",
        "Ciao Alex,\n\nti andrebbe di far parte della commissione per il colloquio di Marco "
        "Ferri, candidato per il ruolo di Product Owner? È fissato per giovedì 21 gennaio alle "
        "15:00 in sala Dolomiti.\n\nGrazie!\nChiara",
    ),
    (
        "it",
        "Colloquio di giovedì",
        "Ciao Alex,\n\nmi affianchi nel colloquio con Sara Fabbri, candidata per la posizione "
        "di controller? Giovedì 21 gennaio alle 10:30 in sala Monviso.\n\nGrazie,\nLuca",
    ),
    (
        "pl",
        "Prośba: rozmowa rekrutacyjna w środę",
        "Cześć Alex,\n\nczy możesz w środę 20 stycznia o 13:00 poprowadzić ze mną rozmowę "
        "rekrutacyjną z panią Katarzyną Wójcik (kandydatka na stanowisko analityka danych)? "
        "Sala Wisła, ok. 45 minut.\n\nDzięki!\nMarta",
    ),
    (
        "tr",
        "Mülakat heyeti",
        "Merhaba Alex,\n\n26 Ocak Salı günü saat 14:00'te Muhasebe Uzmanı adayımız Ayşe Demir "
        "ile yapacağımız mülakatta heyette sen de yer alabilir misin?\n\nAdayın özgeçmişini "
        "ekte gönderiyorum. Değerlendirme formunu mülakattan sonra doldurman yeterli.\n\nSelin",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), PANEL_ASKS)
def test_a_panel_asked_of_the_reader_is_not_claimed(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="HR <hr@firm.example>", to=ME, date=DATE)
    assert not claimed(raw), lang


def test_the_readers_own_interview_naming_its_panel_stays_claimed() -> None:
    body = (
        "Gentile Alex Morgan,\n\nla invitiamo a un colloquio martedì 2 febbraio alle ore 11:00 "
        "presso la nostra sede di Torino.\n\nLa commissione sarà composta da Chiara Benedetti "
        "(People & Culture) e Luca Ferraro (Head of Product).\n\nCordiali saluti,\nChiara"
    )
    raw = plain_mail("Invito a colloquio", body, sender="HR <hr@firm.example>", to=ME, date=DATE)
    assert claimed(raw)


REMINDER = (
    "Sandra Whitfield,\n\nThis is a reminder from the OpenCATS Applicant Tracking System about "
    "an\nupcoming event.\n\n'Onsite interview: Kevin Tran (QA Engineer)'\nIs scheduled to occur "
    "in 1 day.\n\nDescription:\nOnsite Friday Jan 15, 10:00-11:30 AM. Kevin meets Sandra "
    "first, then\nPriyanka, then lunch with the team.\n"
)
BLOCK = (
    "-----Original Message-----\nFrom: OpenCATS <opencats@firm.example>\nSent: Thursday, "
    "January 14, 2027 10:00 AM\nTo: Sandra Whitfield <sandra.whitfield@firm.example>\n"
    "Subject: CATS Event Reminder: Onsite interview\n\n"
)
STAND_IN_NOTES = [
    "Alex - I'm out on Friday after all. Could you take this one for me? Thanks, Sandra",
    "Alex, I'm off sick tomorrow - can you cover this interview for me? Sandra",
    "Alex, kannst du am Freitag für mich einspringen? Danke, Sandra",
    "Pak Alex, hari Jumat saya cuti. Bisa tolong gantikan saya jadi interviewer? Sandra",
    "Alex, peux-tu me remplacer vendredi pour cet entretien ? Merci, Sandra",
]


@pytest.mark.parametrize("note", STAND_IN_NOTES)
def test_a_forward_asking_the_reader_to_stand_in_is_not_claimed(note: str) -> None:
    raw = plain_mail(
        "FW: CATS Event Reminder: Onsite interview",
        f"{note}\n\n{BLOCK}{REMINDER}",
        sender="Sandra Whitfield <sandra.whitfield@firm.example>",
        to=ME,
        date="Thu, 14 Jan 2027 12:41:00 -0600",
    )
    assert not claimed(raw), note


def test_a_recruiter_passing_on_the_readers_own_reminder_stays_claimed() -> None:
    own = REMINDER.replace(
        "Onsite interview: Kevin Tran (QA Engineer)", "Client interview: Alex Morgan"
    )
    own = own.replace(
        "Kevin meets Sandra first, then\nPriyanka, then lunch with the team.", "Ask for Jo Kim."
    )
    raw = plain_mail(
        "Fwd: CATS Event Reminder: Client interview",
        f"Hi Alex, quick reminder - you're all set for tomorrow. Good luck!\n\n{BLOCK}{own}",
        sender="Sandra Whitfield <sandra.whitfield@agency.example>",
        to=ME,
        date="Thu, 14 Jan 2027 12:41:00 -0600",
    )
    assert claimed(raw)


PRACTICE = [
    (
        "es",
        "Sesión de práctica de entrevistas - jueves",
        "Hola a todos:\n\nel jueves 28 de enero a las 18:00 haremos una sesión de práctica de "
        "entrevistas en grupo en el aula 3. Cada uno tendrá 15 minutos con una mentora.\n\nLucía",
    ),
    (
        "it",
        "Prove di colloquio - giovedì 4 febbraio",
        "Ciao a tutti,\n\ngiovedì 4 febbraio alle 17:30 facciamo le prove di colloquio in "
        "gruppo, nella sala riunioni al secondo piano.\n\nSara",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), PRACTICE)
def test_a_mentors_group_practice_is_not_claimed(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Mentor <mentor@club.example>", to=ME, date=DATE)
    assert not claimed(raw), lang


def test_an_internship_interview_stays_claimed() -> None:
    # "entrevista de prácticas" is an interview for an internship, not a practice one
    body = (
        "Hola Alex:\n\nTe confirmamos tu entrevista de prácticas el jueves 28 de enero a las "
        "10:00 en nuestras oficinas de Valencia.\n\nUn saludo,\nRRHH"
    )
    raw = plain_mail(
        "Entrevista de prácticas", body, sender="RRHH <rrhh@firm.example>", to=ME, date=DATE
    )
    assert claimed(raw)


OWN_WITH_REFERENCES = [
    "Great work in yesterday's practice run. Your real interview with Harbourview is now "
    "confirmed: Tuesday 2 February, 10:00-11:00, at 14 Dock Road. They will ask for two "
    "referees afterwards, so have those ready.",
    "Your interview is confirmed for Tuesday 2 February, 10:00-11:00, at 14 Dock Road. If it "
    "goes well we will call your referees the same week.",
]


@pytest.mark.parametrize("text", OWN_WITH_REFERENCES)
def test_the_readers_interview_mentioning_references_stays_claimed(text: str) -> None:
    raw = plain_mail(
        "Harbourview - confirmed",
        f"Hi Alex,\n\n{text}\n\nGood luck!\nImogen",
        sender="Imogen Hart <imogen.hart@agency.example>",
        to=ME,
        date=DATE,
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", parsed.warnings
    assert parsed.confidence >= 0.5, parsed.warnings
    assert parsed.start == datetime.fromisoformat("2027-02-02T10:00:00+01:00")


def test_a_reference_call_about_someone_else_stays_unclaimed() -> None:
    body = (
        "Hi Alex,\n\nPriya Shah has listed you as a referee for the Operations Manager role. "
        "I've pencilled in a 20-minute call on Friday 29 January at 11am and will ring your "
        "mobile then.\n\nThanks,\nImogen"
    )
    raw = plain_mail(
        "Reference for Priya Shah", body, sender="Imogen <i@agency.example>", to=ME, date=DATE
    )
    assert not claimed(raw)


# A relative, friend or flatmate about their own interview, the day and hour between "I have"
# and the interview, with an errand for the reader
OWN_NOTES = [
    (
        "nl",
        "Ik heb woensdag 13 januari om 13.00 uur een sollicitatiegesprek in Rotterdam. Kun "
        "jij op Finn passen?",
    ),
    (
        "de",
        "Am Montag bin ich weg, ich habe am 18. Januar um 10 Uhr ein Vorstellungsgespräch in "
        "Bern. Kannst du das Paket annehmen?",
    ),
    ("pl", "W czwartek 14 stycznia o 10:00 mam rozmowę w firmie pod Poznaniem. Pożyczysz auto?"),
    (
        "sv",
        "Jag har intervju på tisdag 12 januari kl. 9.30 hos Vattenfall. Kan du gå ut med hunden?",
    ),
    ("id", "Hari Kamis 14 Januari jam 10.00 aku ada wawancara kerja di Sudirman. Bisa jemput?"),
    (
        "en",
        "Got an interview at the hardware store on Tuesday January 12 at 11! Could you give "
        "me a ride?",
    ),
    (
        "ko",
        "나 1월 14일 목요일 오후 2시에 면접 있어서 하루 종일 밖에 있을 것 같아. "
        "강아지 좀 봐줄 수 있어?",
    ),
]


@pytest.mark.parametrize(("lang", "note"), OWN_NOTES)
def test_a_relatives_own_interview_is_not_claimed(lang: str, note: str) -> None:
    raw = plain_mail(
        "a favour",
        f"Hi Alex,\n\n{note}\n\nThanks!\nSam",
        sender="Sam Morgan <sam.morgan@mailbox.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Sehr geehrter Herr Morgan,\n\nich habe Ihnen am 18. Januar um 10 Uhr ein "
            "Vorstellungsgespräch eingetragen. Bitte melden Sie sich am Empfang.",
        ),
        (
            "nl",
            "Beste Alex,\n\nik heb je op woensdag 13 januari om 13.00 uur ingepland voor een "
            "sollicitatiegesprek bij ons op kantoor.",
        ),
    ],
)
def test_the_writer_booking_the_reader_in_stays_claimed(lang: str, text: str) -> None:
    raw = plain_mail("Interview", text, sender="HR <hr@firm.example>", to=ME, date=DATE)
    assert claimed(raw), lang


# A hiring team's thread the reader is copied on: the coordinator's quoted question says the
# candidate is free at the time
THREADS = [
    (
        "pt-BR",
        "Oi Camila,\n\nPode confirmar para terça, 12/1, às 14h. Coloquei o Alex em cópia.\n\n"
        "Renata\n\nEm seg., 11 de jan. de 2027 às 11:20, Camila <camila@firm.example> escreveu:\n"
        "> O candidato Thiago Nunes tem disponibilidade na terça, 12/1, às 14h. Posso confirmar?",
    ),
    (
        "pl",
        "Cześć Magda,\n\nśroda 13 stycznia o 11:00 pasuje.\n\nTomek\n\nW dniu 11.01.2027 o "
        "16:05, Magda <magda@firm.example> pisze:\n> kandydatka Anna Król może przyjść w środę "
        "13 stycznia o 11:00. Potwierdzić?",
    ),
    (
        "tr",
        "Selin Hanım merhaba,\n\n14 Ocak Perşembe saat 15:00 uygun.\n\nMurat\n\nSelin "
        "<selin@firm.example> şunu yazdı:\n> Aday Elif Şahin 14 Ocak Perşembe saat 15:00'te "
        "görüşmeye gelebilir. Onaylıyor musunuz?",
    ),
    (
        "en",
        "Tom,\n\nThursday 1/14 at 3:00 PM works.\n\nRachel\n\nOn Mon, Jan 11, 2027 at 4:52 PM "
        "Tom <tom@firm.example> wrote:\n> The candidate, Daniel Park, can do Thu 1/14 at 3 PM. "
        "Shall I confirm?",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THREADS)
def test_a_copied_thread_about_a_candidates_time_is_not_claimed(lang: str, text: str) -> None:
    message = plain_mail(
        "Re: interview", text, sender="Manager <manager@firm.example>", to=ME, date=DATE
    )
    assert not claimed(message), lang


def test_a_job_ad_saying_the_candidate_is_available_leaves_the_invitation() -> None:
    text = (
        "Dear Alex,\n\nWe are pleased to invite you to an interview on Thursday 14 January at "
        "3:00 PM at our office.\n\nAbout the role: the ideal candidate is available to travel "
        "and can do occasional weekend shifts.\n\nKind regards,\nHR"
    )
    raw = plain_mail("Interview invitation", text, sender="HR <hr@firm.example>", to=ME, date=DATE)
    assert claimed(raw)


# An agency consultant tells the client (the reader) when the agency's candidate comes in
AGENCY_NOTES = [
    (
        "en",
        "Just confirming our candidate Priya Sharma can come in on Thursday 14 January at 10:30am.",
    ),
    (
        "en",
        "Just confirming Priya Sharma will come in to meet you on Thursday 14 January at 10:30am.",
    ),
    ("fr", "Notre candidate, Mme Émilie Gagnon, sera à vos bureaux mardi le 12 janvier à 13 h 30."),
    (
        "es",
        "Te confirmo que nuestro candidato Martín Sosa va a estar en sus oficinas el "
        "miércoles 13 de enero a las 11 hs.",
    ),
    (
        "pt",
        "O nosso candidato Tiago Ferreira pode estar aí na sexta-feira, 15 de janeiro, às 15h00.",
    ),
    (
        "da",
        "Vores kandidat Mette Larsen kommer til samtale hos jer mandag den 18. januar kl. 9.30.",
    ),
    ("cs", "Náš kandidát Petr Novák může přijít na pohovor ve středu 13. ledna v 10:00."),
    (
        "de",
        "Unsere Kandidatin Frau Laura Schmitt hat am Donnerstag, 14. Januar, um 14 Uhr Zeit "
        "für das Zweitgespräch bei Ihnen.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), AGENCY_NOTES)
def test_an_agencys_note_about_its_candidate_is_not_claimed(lang: str, sentence: str) -> None:
    raw = plain_mail(
        "Second interview",
        f"Hi Alex,\n\n{sentence}\n\nBest,\nChloe\nHarbourside Recruitment",
        sender="Chloe Nguyen <chloe@recruit.example>",
        to=ME,
        date=DATE,
    )
    assert not claimed(raw), lang


def test_the_candidate_portal_is_no_candidate() -> None:
    text = (
        "Dear Alex,\n\nWe'd like to invite you to an interview on Thursday 14 January at 10:30am "
        "at our Leeds office. Our candidate portal will be down on Wednesday 13 January from "
        "9pm, so please upload your documents before then.\n\nKind regards,\nHR"
    )
    raw = plain_mail("Interview invitation", text, sender="HR <hr@firm.example>", to=ME, date=DATE)
    parsed = parse_message(raw)
    assert claimed(raw), parsed.warnings
    assert parsed.start == datetime.fromisoformat("2027-01-14T10:30:00+01:00")


# The reader copied in to join the writer at someone else's interview, said in the third person
COPIED_IN = [
    (
        "es",
        "Hola Paola:\n\nEl miércoles 13 a las 12:00 me queda bien para la entrevista con "
        "Daniela Cruz. Copio a Alex para que nos acompañe.\n\nRicardo",
    ),
    (
        "pt",
        "Oi Camila,\n\nPode confirmar a entrevista com o Thiago para terça, 12/1, às 14h. "
        "Coloquei o Alex em cópia porque ele vai participar da entrevista comigo.\n\nRenata",
    ),
    (
        "tr",
        "Selin Hanım merhaba,\n\n14 Ocak Perşembe saat 15:00 uygun. Alex'i de bilgiye "
        "ekledim, görüşmeye o da katılacak.\n\nMurat",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COPIED_IN)
def test_the_reader_copied_in_to_join_an_interview_is_not_claimed(lang: str, text: str) -> None:
    message = plain_mail(
        "Re: interview",
        text,
        sender="Manager <manager@firm.example>",
        to="Coordinator <coordinator@firm.example>, " + ME,
        date=DATE,
    )
    assert not claimed(message), lang


def test_the_reader_copied_in_and_told_their_own_slot_stays_claimed() -> None:
    text = (
        "Thanks Fiona - copying Alex in.\n\nAlex, you're booked in for your second interview on "
        "Friday 15 January at 11:30 with Fiona and me, who'll join me for the case study later."
        "\n\nBest,\nHannah"
    )
    raw = plain_mail(
        "RE: Alex Morgan - second interview",
        text,
        sender="Hannah Price <hannah@firm.example>",
        to="Fiona Walsh <fiona@firm.example>, " + ME,
        date=DATE,
    )
    assert claimed(raw)
