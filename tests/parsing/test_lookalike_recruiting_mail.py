"""Recruiting mail that names a time without booking it must stay below "sure".

A candidate's proposal that still waits for a manager, a friend's introduction, a booking on
the reader's own booking page, an application status that moved on, a first working day, a
forwarded reminder whose note says it is no interview: each mail below is ours, written the
way such mail reads, in at least two languages per signal. The mail may keep its kind; what
matters is that it is not filed unasked (confidence below 0.5) and that the warning says why.
"""

from __future__ import annotations

from datetime import datetime
from email.header import Header

import pytest

from service.parsing import parse_message
from service.parsing.lookalikes import time_sentence
from tests.parsing.mailkit import bare_mail

SURE = 0.5


def _mail(body: str, *, subject: str, sender: str = "", to: str = "") -> bytes:
    sender = sender or "Marta Kowalczyk <marta.kowalczyk@lindqvist-foods.example>"
    to = to or "Jo Lehmann <jo.lehmann@mailbox.example>"
    subject = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return bare_mail(subject, body, sender=sender, to=to, date="Mon, 20 Apr 2026 09:12:00 +0200")


def _not_sure(raw: bytes, reason: str) -> None:
    result = parse_message(raw)
    assert result.kind == "not_invitation" or result.confidence < SURE, result
    if result.kind != "not_invitation":
        assert any(reason in warning for warning in result.warnings), result.warnings


# --- the time is floated, not set ---------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Intro: Jo <> Priya",
            "Jo, meet Priya; Priya, meet Jo.\r\n\r\nPriya hires data engineers at Fenwick Rail "
            "and Jo is looking. Maybe you could talk sometime next week, for example Thursday "
            "23 April at 15:00?\r\n\r\nCheers,\r\nSam\r\n",
        ),
        (
            "Kontakt zu Herrn Brandt",
            "Hallo Jo,\r\n\r\nHerr Brandt sucht jemanden für das Controlling. Vielleicht "
            "telefonieren Sie kommende Woche, er hat etwa am Mittwoch, 22. April 2026 um "
            "16:00 Uhr Zeit.\r\n\r\nViele Grüße\r\nSam\r\n",
        ),
        (
            "Un café ?",
            "Bonjour Jo,\r\n\r\nOn pourrait peut-être prendre un café la semaine prochaine, "
            "par exemple le jeudi 23 avril 2026 à 10h00 ?\r\n\r\nBien à toi,\r\nCamille\r\n",
        ),
    ],
)
def test_a_time_floated_with_maybe_or_for_example_is_not_booked(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "only suggested")


def test_a_slot_offered_as_a_question_is_still_an_invitation() -> None:
    body = (
        "Hi Jo,\r\n\r\nThanks for applying to Lindqvist Foods. Would Thursday 23 April 2026 at "
        "15:00 CEST work for a 30-minute interview with our data lead?\r\n\r\nBest,\r\nMarta\r\n"
    )
    result = parse_message(_mail(body, subject="Interview - Data Engineer"))
    assert result.kind == "invitation"
    # the slot is read, but only asked about: it waits for the reader's yes in review (asks67)
    assert result.start is not None
    assert result.start.isoformat().startswith("2026-04-23T15:00")
    assert result.confidence < SURE
    assert any(note.startswith("the time is only asked about") for note in result.warnings)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: Interview proposal",
            "Hi Jo,\r\n\r\nThanks for suggesting Thursday 23 April 2026 at 11:00 for the "
            "interview. I need to check with the hiring manager and will get back to you with "
            "a confirmation tomorrow.\r\n\r\nMarta\r\n",
        ),
        (
            "Re: Propuesta de entrevista",
            "Hola Jo:\r\n\r\nGracias por tu propuesta. La entrevista del jueves 23 de abril de "
            "2026 a las 11:00 está por confirmar; lo consulto con la responsable y te escribo."
            "\r\n\r\nUn saludo,\r\nMarta\r\n",
        ),
    ],
)
def test_a_time_still_waiting_for_confirmation_is_not_booked(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "waits for someone's confirmation")


# --- whose meeting it is -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            'You have a new appointment booking "Mock interview" from Lena Fischer',
            "Dear Jo Lehmann, Lena Fischer booked an appointment with you.\r\n\r\n"
            "Appointment: Mock interview (30 min)\r\nDate: Thursday 23 April 2026, 18:00 "
            "(Europe/Berlin)\r\nWhere: online\r\n",
        ),
        (
            'Neue Terminbuchung "Probeinterview" von Lena Fischer',
            "Hallo Jo Lehmann, Lena Fischer hat einen Termin bei Ihnen gebucht.\r\n\r\n"
            "Termin: Probeinterview (30 Min.)\r\nDatum: Donnerstag, 23. April 2026, 18:00 "
            "(Europe/Berlin)\r\nOrt: online\r\n",
        ),
    ],
)
def test_a_booking_on_the_readers_own_page_is_hosted_not_an_invitation(
    subject: str, body: str
) -> None:
    raw = _mail(body, subject=subject, sender="Jo Lehmann <noreply@cloud.jolehmann.example>")
    _not_sure(raw, "your own booking page")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "An introduction",
            "Hi Jo,\r\n\r\nI'd like to introduce you to Dana Okafor, who leads engineering at "
            "Brightmoor. She is free on Thursday 23 April 2026 at 14:00 CEST if a call suits."
            "\r\n\r\nBest,\r\nSam\r\n",
        ),
        (
            "Mise en relation",
            "Bonjour Jo,\r\n\r\nJe me permets de vous mettre en relation avec Dana Okafor de "
            "Brightmoor. Elle est disponible le jeudi 23 avril 2026 à 14h00 pour un appel."
            "\r\n\r\nCordialement,\r\nSam\r\n",
        ),
    ],
)
def test_an_introduction_suggests_a_call_without_booking_it(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "introduces you to someone")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Backend roles at Orrin",
            "Hi Jo,\r\n\r\nI came across your profile and think you'd fit our platform team. "
            "I have a gap on Thursday 23 April 2026 at 16:00 CEST for a call.\r\n\r\n"
            "Regards,\r\nNoor\r\n",
        ),
        (
            "Posizione a Milano",
            "Ciao Jo,\r\n\r\nho visto il tuo profilo e credo che saresti perfetto per il nostro "
            "team. Avrei tempo giovedì 23 aprile 2026 alle 16:00 per una chiamata.\r\n\r\n"
            "Saluti,\r\nNoor\r\n",
        ),
    ],
)
def test_a_recruiters_first_approach_does_not_book_a_call(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "first approach")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Reference check for Sam Patel",
            "Hello Jo,\r\n\r\nSam Patel listed you as a reference. Could we have a short "
            "reference call on Thursday 23 April 2026 at 11:00 CEST?\r\n\r\nThanks,\r\nMarta\r\n",
        ),
        (
            "Referenzauskunft zu Frau Patel",
            "Guten Tag,\r\n\r\nFrau Patel hat Sie als Referenz angegeben. Hätten Sie am "
            "Donnerstag, 23. April 2026 um 11:00 Uhr kurz Zeit für ein Telefonat?\r\n\r\n"
            "Freundliche Grüße\r\nMarta\r\n",
        ),
    ],
)
def test_a_reference_check_is_not_an_interview_with_the_reader(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "reference check")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Join Lindqvist Foods on Zulip",
            "Marta has invited you to join Lindqvist Foods on Zulip. Our hiring team meets "
            "there before the interview on Thursday 23 April 2026 at 10:00 CEST.\r\n",
        ),
        (
            "Únete a Lindqvist Foods",
            "Marta te ha invitado a unirte a Lindqvist Foods en nuestro chat. El equipo habla "
            "allí de la entrevista del jueves 23 de abril de 2026 a las 10:00 CEST.\r\n",
        ),
    ],
)
def test_an_invitation_to_join_a_chat_is_not_a_meeting(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "join a chat")


@pytest.mark.parametrize(
    "body",
    [
        "Marta Lind invites you to join this Webex meeting.\r\n\r\nInterview with Alex\r\n"
        "Thursday, April 23, 2026\r\n10:00 AM | (UTC+02:00) Amsterdam, Berlin, Bern, Rome, "
        "Stockholm, Vienna | 1 hr\r\n\r\nJoin meeting\r\n",
        "Marta Lind has invited you to join a scheduled Zoom meeting.\r\n\r\nTopic: Interview "
        "with Alex\r\nTime: Apr 23, 2026 10:00 AM Amsterdam, Berlin, Rome, Stockholm, Vienna\r\n",
    ],
)
def test_an_invitation_to_join_a_meeting_is_one(body: str) -> None:
    result = parse_message(_mail(body, subject="Interview with Alex"))
    assert result.kind == "invitation", result
    assert result.confidence >= 0.5, result
    assert isinstance(result.start, datetime), result
    assert result.start.hour == 10, result


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "New poll: second interview round",
            "Hi Jo,\r\n\r\nPlease mark which dates suit you for the second interview. The "
            "first option is Thursday 23 April 2026 at 10:00 CEST with Marta Kowalczyk.\r\n",
        ),
        (
            "Sondage : entretien avec l'équipe",
            "Bonjour Jo,\r\n\r\nMerci d'indiquer vos préférences pour l'entretien. Première "
            "option : jeudi 23 avril 2026 à 10h00 avec Marta Kowalczyk.\r\n",
        ),
    ],
)
def test_a_poll_about_interview_dates_books_nothing(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "a poll about dates")


# --- what the time is for ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Status change: Data Engineer",
            "Dear Jo,\r\n\r\nYour previous status was Interviewing.\r\nYour new status is "
            "Offered.\r\n\r\nYour start date would be Monday 1 June 2026, 9:00 at the Leeds "
            "office; the written offer follows after our interview round closes.\r\n",
        ),
        (
            "Ihr erster Arbeitstag",
            "Hallo Jo,\r\n\r\nwir freuen uns auf die Zusammenarbeit nach den Gesprächen. Ihr "
            "erster Arbeitstag ist Montag, 1. Juni 2026 um 9:00 Uhr am Standort Leipzig.\r\n",
        ),
    ],
)
def test_a_first_working_day_is_not_an_interview(subject: str, body: str) -> None:
    result = parse_message(_mail(body, subject=subject))
    assert result.kind == "not_invitation" or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application status has changed",
            "Dear Jo,\r\n\r\nYou have withdrawn your application for Data Engineer. The "
            "interview planned for Thursday 23 April 2026 at 10:00 CEST no longer takes place."
            "\r\n",
        ),
        (
            "Candidatura ritirata",
            "Gentile Jo,\r\n\r\nconfermiamo che hai ritirato la tua candidatura. Il colloquio "
            "di giovedì 23 aprile 2026 alle 10:00 non avrà luogo.\r\n",
        ),
    ],
)
def test_a_withdrawn_application_is_not_an_invitation(subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject), "status notice")


@pytest.mark.parametrize(
    ("note", "forwarded"),
    [
        (
            "Just a reminder about the papers, not an interview.",
            "Please send us a copy of your diploma by Friday 24 April 2026, 18:00, ahead of "
            "the contract meeting.",
        ),
        (
            "Це просто нагадування про документи, не співбесіда.",
            "Просимо надіслати копію диплома до п'ятниці, 24 квітня 2026 р., 18:00, перед "
            "зустріччю щодо договору.",
        ),
    ],
)
def test_the_users_own_note_saying_no_interview_is_heard(note: str, forwarded: str) -> None:
    body = (
        f"{note}\r\n\r\n---------- Forwarded message ---------\r\n"
        "From: Marta Kowalczyk <marta.kowalczyk@lindqvist-foods.example>\r\n"
        "Date: Mon, 20 Apr 2026 at 08:40\r\nSubject: Documents\r\n"
        "To: Jo Lehmann <jo.lehmann@mailbox.example>\r\n\r\n"
        f"Hello Jo,\r\n\r\n{forwarded}\r\n\r\nMarta\r\n"
    )
    raw = _mail(
        body,
        subject="Fwd: Documents",
        sender="Jo Lehmann <jo.lehmann@mailbox.example>",
        to="Afterview <in@afterview.example>",
    )
    result = parse_message(raw)
    assert result.kind == "not_invitation" or result.confidence < SURE, result


def test_a_committed_slot_keeps_its_confidence() -> None:
    body = (
        "Hi Jo,\r\n\r\nYour interview for the Data Engineer role is scheduled for Thursday "
        "23 April 2026 at 10:00 CEST with Marta Kowalczyk and Ben Ode.\r\n\r\nBest,\r\nMarta\r\n"
    )
    result = parse_message(_mail(body, subject="Interview confirmed"))
    assert result.kind == "invitation"
    assert result.confidence >= SURE


@pytest.mark.parametrize(
    ("line", "at", "sentence"),
    [
        (
            "Tom is free, e.g. Tuesday 1 June after 3pm. Bye.",
            17,
            "Tom is free, e.g. Tuesday 1 June after 3pm. ",
        ),
        (
            "Hi. Maybe next week; she is free Tuesday at 2.",
            34,
            "Maybe next week; she is free Tuesday at 2.",
        ),
        ("", 0, ""),
    ],
)
def test_the_sentence_around_a_time(line: str, at: int, sentence: str) -> None:
    assert time_sentence(line, at) == sentence


# --- a mailing-list discussion ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("to", "subject", "body"),
    [
        (
            "Packaging WG <packaging-wg@lists.opencollab.example>",
            "Re: [packaging-wg] call time in May",
            "From May on, can we hold the call at 15:00 UTC on the 4th? Thoughts?",
        ),
        (
            "Traducteurs <traduction@googlegroups.com>",
            "[traduction] réunion mensuelle",
            "Je propose la réunion du jeudi 7 mai 2026 à 18h00 (heure de Paris) pour tous.",
        ),
    ],
)
def test_a_mailing_list_discussion_is_not_filed(to: str, subject: str, body: str) -> None:
    _not_sure(_mail(body, subject=subject, to=to), "mailing list")


def test_a_recruiter_writing_to_the_reader_is_not_a_list() -> None:
    body = "We would like to invite you to an interview on Thursday 7 May 2026 at 14:00 CEST."
    result = parse_message(_mail(body, subject="Interview invitation"))
    assert result.confidence >= SURE
    assert not any("mailing list" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "body",
    [
        "Hi panel, please submit your scorecards for the candidate by Thursday 23 April at 5pm.",
        "Please return the signed reference form to our HR team by Friday 24 April 2026 at 12:00.",
    ],
)
def test_a_task_due_by_a_time_is_not_a_meeting(body: str) -> None:
    result = parse_message(_mail(body, subject="Before Thursday"))
    assert result.kind == "not_invitation" or result.confidence < SURE, result


@pytest.mark.parametrize(
    ("body", "hour"),
    [
        ("wie telefonisch besprochen: Donnerstag um 10 Uhr bei uns im Büro, Raum 3.14.", 10),
        ("As discussed, the next round is Thursday 23 April at 11:00 in our office.", 11),
        ("Comme convenu : jeudi 23 avril à 15h dans nos locaux, 3e étage.", 15),
    ],
)
def test_the_next_round_at_the_office_is_read(body: str, hour: int) -> None:
    result = parse_message(_mail(body, subject="Next round"))
    assert result.kind == "invitation"
    assert isinstance(result.start, datetime)
    assert (result.start.month, result.start.day, result.start.hour) == (4, 23, hour)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Bonjour, le client n'a pas encore confirmé le créneau de jeudi 23 avril à 14h."
            " Je reviens vers vous dès que j'ai sa réponse.",
            "confirm",
        ),
        (
            "Hi Jo, the hiring manager hasn't confirmed Thursday 23 April at 2pm yet;"
            " I'll let you know as soon as I hear back.",
            "confirm",
        ),
        (
            "Hoi Jo, ik heb donderdag 23 april om 14:00 een ander gesprek staan, dus dat wordt"
            " lastig. Kun je een ander moment voorstellen?",
            "declining",
        ),
        (
            "Hallo Jo, Donnerstag, 23. April um 14 Uhr — das wird schwierig, da bin ich unterwegs.",
            "declining",
        ),
    ],
)
def test_a_time_the_other_side_has_not_agreed_to_is_not_filed(body: str, reason: str) -> None:
    _not_sure(_mail(body, subject="Re: Gespräch"), reason)


def test_an_invitation_offering_another_slot_if_needed_stays_sure() -> None:
    body = (
        "Nous avons le plaisir de vous inviter à un entretien le jeudi 23 avril 2026 à 14h00"
        " (heure de Paris). Si ce créneau ne vous convient pas, nous pouvons proposer un"
        " autre créneau."
    )
    assert parse_message(_mail(body, subject="Invitation à un entretien")).confidence >= SURE


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("Hej Jo, jag stämmer av med chefen om torsdag 23 april kl. 14 och återkommer.", "confirm"),
        ("Merhaba Jo, 23 Nisan Perşembe saat 14:00 için yöneticimden onay bekliyorum.", "confirm"),
        ("Jo様\n4月23日（木）14時の件、社内で確認のうえ改めてご連絡いたします。", "confirm"),
        ("Hei Jo, torstai 23.4. klo 14 ei valitettavasti käy meille.", "declining"),
        ("Hej Jo, torsdag 23 april kl. 14 passar tyvärr inte för oss.", "declining"),
    ],
)
def test_replies_that_wait_or_decline_in_more_languages(body: str, reason: str) -> None:
    _not_sure(_mail(body, subject="Re: Interview"), reason)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            "Hi Jo, just bumping this up in your inbox - still keen to chat about the role."
            " Does Monday 27 April at 11am work?",
            "unanswered",
        ),
        (
            "Hallo Jo, ich wollte kurz nachhaken: Hätten Sie am Montag, 27. April um 11 Uhr Zeit"
            " für ein Telefonat?",
            "unanswered",
        ),
        (
            "Hola Jo, he visto tu perfil y creo que encajas. ¿Tendrías 20 minutos el lunes 27"
            " de abril a las 16:00 para una llamada?",
            "first approach",
        ),
    ],
)
def test_chasers_and_approaches_float_a_time(body: str, reason: str) -> None:
    _not_sure(_mail(body, subject="Quick chat?"), reason)


def test_a_chaser_that_confirms_your_interview_stays_sure() -> None:
    body = (
        "Hi Jo, following up on my previous email: your interview is confirmed for Monday"
        " 27 April 2026 at 11:00 CEST with our CTO."
    )
    assert parse_message(_mail(body, subject="Interview confirmed")).confidence >= SURE


@pytest.mark.parametrize(
    "body",
    [
        "Oi Jo! Podemos conversar na quinta, 23 de abril, às 10h? Te mando o link do Meet.",
        "Hoi Jo, zullen we donderdag 23 april om 13.30 uur bellen?",
    ],
)
def test_asking_to_talk_at_a_time_is_read(body: str) -> None:
    result = parse_message(_mail(body, subject="Oi"))
    assert result.kind == "invitation"
    assert isinstance(result.start, datetime)
    assert (result.start.month, result.start.day) == (4, 23)
