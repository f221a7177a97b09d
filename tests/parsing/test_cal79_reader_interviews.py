"""A colleague's calendar request that books the reader to interview someone else is held
for review, in the plain words colleagues use: "I've booked you to interview Daniel Kim",
"signed you up to interview", "put you on his panel", "pourrais-tu faire passer l'entretien",
"er bewirbt sich auf die Stelle", "she's applying for"; the reader's own invitations in the
words next to them ("booked you in to interview with", "vous faire passer un entretien", "Sie
haben sich beworben") stay sure."""

from __future__ import annotations

import pytest

from service.parsing import parse_message


def _mail(subject: str, text: str, summary: str) -> bytes:
    cal = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//test//cal79//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:cal79-test@example",
            "DTSTAMP:20270301T080000Z",
            "DTSTART;TZID=Europe/London:20270610T100000",
            "DTEND;TZID=Europe/London:20270610T110000",
            f"SUMMARY:{summary}",
            "ORGANIZER;CN=Sam Lee:mailto:sam.lee@firm.example",
            "ATTENDEE;CN=Alex Morgan;PARTSTAT=NEEDS-ACTION:mailto:alex.morgan@mail.example",
            "END:VEVENT",
            "END:VCALENDAR",
        ]
    )
    return (
        "From: Sam Lee <sam.lee@firm.example>\r\nTo: Alex Morgan <alex.morgan@mail.example>\r\n"
        f"Subject: {subject}\r\nDate: Mon, 01 Mar 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        f"{text}\r\n--b\r\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\r\n\r\n"
        f"{cal}\r\n--b--\r\n"
    ).encode()


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "Interview on Thursday",
            "Hi Alex,\r\n\r\nI've booked you to interview Daniel Kim for the data engineer role"
            " on Thursday at 10. Invite attached.\r\n\r\nCheers, Sam",
            "Interview with Daniel Kim",
        ),
        (
            "Interview on Thursday",
            "Hi Alex,\r\n\r\nI've put you down to interview Daniel Kim on Thursday at 10 for the"
            " data engineer role.\r\n\r\nCheers, Sam",
            "Interview with Daniel Kim",
        ),
        (
            "Interview - Daniel Kim",
            "Hi Alex,\r\n\r\nDaniel Kim (candidate, Data Engineer) is coming in on Thursday at 10"
            " - I've put you on his panel with Jo.\r\n\r\nCheers, Sam",
            "Interview with Daniel Kim",
        ),
        (
            "Entretien Julie Martin",
            "Bonjour Alex,\r\n\r\nje t'ai inscrit pour faire passer l'entretien de Julie Martin"
            " jeudi à 10h (poste de comptable).\r\n\r\nMerci, Sam",
            "Entretien Julie Martin",
        ),
        (
            "Gespräch Lena Brandt",
            "Hallo Alex,\r\n\r\nich habe dich für das Gespräch mit Lena Brandt am Donnerstag um"
            " 10 Uhr eingetragen. Sie bewirbt sich auf die Stelle im Controlling.\r\n\r\nGruß, Sam",
            "Gespräch Lena Brandt",
        ),
    ],
)
def test_the_reader_booked_to_interview_someone_is_not_sure(
    subject: str, text: str, summary: str
) -> None:
    got = parse_message(_mail(subject, text, summary)).to_json_dict()
    assert float(got["confidence"]) < 0.5


@pytest.mark.parametrize(
    ("subject", "text", "summary"),
    [
        (
            "Your interview with Lodestar Analytics",
            "Dear Alex,\r\n\r\nThank you for your application. We've booked you in to interview"
            " with Daniel Kim, our Head of Data, on Thursday 10 June at 10am.\r\n\r\nBest, Sam",
            "Interview - Data Analyst",
        ),
        (
            "Convocation à un entretien",
            "Bonjour Alex,\r\n\r\nSuite à votre candidature, nous souhaitons vous faire passer un"
            " entretien le jeudi 10 juin à 10h.\r\n\r\nCordialement, Sam",
            "Entretien - responsable qualité",
        ),
        (
            "Einladung zum Vorstellungsgespräch",
            "Sehr geehrter Herr Morgan,\r\n\r\nSie haben sich auf die Stelle im Controlling"
            " beworben. Gerne laden wir Sie am 10. Juni um 10 Uhr zum Gespräch ein.\r\n\r\nSam Lee",
            "Vorstellungsgespräch Controlling",
        ),
    ],
)
def test_the_readers_own_interview_stays_sure(subject: str, text: str, summary: str) -> None:
    got = parse_message(_mail(subject, text, summary)).to_json_dict()
    assert got["kind"] == "invitation"
    assert float(got["confidence"]) >= 0.5
    assert got["start"] == "2027-06-10T10:00:00+01:00"
