# ruff: noqa: E501 (one language a row)
"""Moves and cancellations still read as new invitations (change75): an interview postponed
with no new time ('until further notice', 'bis auf Weiteres', 'tot nader bericht', 'до
дальнейшего уведомления', '暂缓…另行通知') calls its slot off, and an HTML table that strikes
the old time through beside the new one shows a move. Controls: 'postponed to' a new time is
still a move, and first invitations (one with a struck-through room, one with a plain table)
stay invitations. Each case asserts the kind and the instant a user would see."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from service.parsing import parse_message

DATE = "Mon, 07 Dec 2026 09:15:00 +0100"


def _read(subject: str, text: str | None = None, html: str | None = None) -> tuple[str, float, str]:
    message = EmailMessage()
    message["From"] = "Recruiting <jobs@talentdesk.example.com>"
    message["To"] = "Alex Morgan <alex.morgan@mailbox.example>"
    message["Date"] = DATE
    message["Subject"] = subject
    message["Message-ID"] = f"<{abs(hash((subject, text, html)))}@talentdesk.example.com>"
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    got = parse_message(bytes(message)).to_json_dict()
    confidence = got.get("confidence")
    assert isinstance(confidence, (int, float))
    return str(got.get("kind")), float(confidence), str(got.get("start"))[:16]


POSTPONED = [
    (
        "Your interview",
        "Dear Alex,\n\nYour interview on Thursday, December 17 at 10:00 has been postponed until further notice while the role is on hold.\n\nKind regards,\nRita",
    ),
    (
        "Ihr Gespräch",
        "Hallo Alex,\n\nleider müssen wir Ihr Vorstellungsgespräch am Donnerstag, 17. Dezember, um 10:00 Uhr bis auf Weiteres verschieben.\n\nViele Grüße\nJana",
    ),
    (
        "Votre entretien",
        "Bonjour Alex,\n\nVotre entretien du jeudi 17 décembre à 10h00 est reporté à une date ultérieure.\n\nCordialement,\nClaire",
    ),
    (
        "Il colloquio",
        "Gentile Alex,\n\nil colloquio di giovedì 17 dicembre alle 10:00 è rinviato a data da destinarsi.\n\nGiulia",
    ),
    (
        "Je gesprek",
        "Beste Alex,\n\nJe sollicitatiegesprek van donderdag 17 december om 10.00 uur wordt uitgesteld tot nader bericht.\n\nSanne",
    ),
    (
        "Sua entrevista",
        "Olá Alex,\n\nA sua entrevista de quinta-feira, 17 de dezembro, às 10h, foi adiada por tempo indeterminado.\n\nMariana",
    ),
    (
        "Собеседование",
        "Здравствуйте, Алекс!\n\nСобеседование в четверг, 17 декабря, в 10:00 откладывается до дальнейшего уведомления.\n\nАнна",
    ),
    (
        "Mülakat",
        "Merhaba Alex,\n\n17 Aralık Perşembe saat 10:00'daki mülakatınız ikinci bir duyuruya kadar ertelendi.\n\nElif",
    ),
    (
        "关于面试",
        "Alex 你好，\n\n原定12月17日（周四）上午10点的面试暂缓，具体时间另行通知。\n\n王丽",
    ),
]


@pytest.mark.parametrize(("subject", "body"), POSTPONED)
def test_postponed_with_no_new_time_cancels_the_slot(subject: str, body: str) -> None:
    kind, _, start = _read(subject, body)
    assert (kind, start) == ("cancellation", "2026-12-17T10:00")


def test_postponed_to_a_new_time_is_still_a_move() -> None:
    kind, _, start = _read(
        "Your interview",
        "Dear Alex,\n\nYour interview has been postponed to Friday, December 18 at 11:00 because the panel is travelling.\n\nKind regards,\nRita",
    )
    assert (kind, start) == ("reschedule", "2026-12-18T11:00")


def _table(old: str, new: str, tag: str) -> str:
    return (
        "<html><body><p>Dear Alex, please note the schedule for your interview.</p>"
        f"<table><tr><th></th><th>Was</th><th>Now</th></tr><tr><td>Interview</td><td><{tag}>{old}</{tag}></td>"
        f"<td><b>{new}</b></td></tr></table><p>Recruiting team</p></body></html>"
    )


@pytest.mark.parametrize(
    ("old", "new", "tag"),
    [
        ("Tuesday 15 December, 10:00", "Friday 18 December, 10:00", "s"),
        ("15 Aralık Salı, 9:30", "18 Aralık Cuma, 10:00", "del"),
        ("Tuesday 15 December, 2 pm", "Friday 18 December, 10:00", "strike"),
    ],
)
def test_struck_old_time_beside_the_new_one_is_a_move(old: str, new: str, tag: str) -> None:
    kind, confidence, start = _read("Your interview details", html=_table(old, new, tag))
    assert (kind, start) == ("reschedule", "2026-12-18T10:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Dear Alex, we would like to invite you to an interview on Friday 18 December at 10:00 "
        "in <s>Room 3</s> Room 5, 2nd floor.</p><p>Recruiting team</p></body></html>",
        "<html><body><p>Dear Alex, we would like to invite you to an interview.</p><table><tr><td>When</td>"
        "<td>Friday 18 December, 10:00</td></tr><tr><td>Where</td><td>Room 5</td></tr></table></body></html>",
    ],
)
def test_first_invitations_in_html_stay_invitations(html: str) -> None:
    kind, confidence, start = _read("Interview invitation", html=html)
    assert (kind, start) == ("invitation", "2026-12-18T10:00")
    assert confidence >= 0.5


@pytest.mark.parametrize(
    "line",
    [
        "Just a heads-up from the client: the panel is now on the 18th, Friday, at 10:00 rather than on Monday.",
        "Quick note: your interview is now on Friday 18 December at 10:00, same building.",
    ],
)
def test_meeting_is_now_on_a_day_is_a_move(line: str) -> None:
    kind, _, start = _read("Panel interview", f"Hi Alex,\n\n{line}\n\nCheers,\nOliver")
    assert (kind, start) == ("reschedule", "2026-12-18T10:00")
