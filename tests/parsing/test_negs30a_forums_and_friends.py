"""A friend's own interview, the reader on the interviewing side, and a forum's notice that
someone posted are not the reader's job interview.

Every mail here is written for the test. Each names a future day and a clock time beside an
interview word. The invariants:

- the writer's own interview ("mein Vorstellungsgespräch ist am ...", "mam rozmowę
  kwalifikacyjną we wtorek ...", "mi entrevista es el ...") is not claimed for the reader;
- a mail that puts the reader on the panel or has them interview someone ("Tú estás en el
  panel de las 11:30", "Você entrevista o Pedro às 15h") is not claimed;
- a forum or community notice that someone posted a topic, a reply or a comment where the
  reader follows ("hat eine Antwort in ... gepostet", "Odpowiedź na komentarz", "Nieuw
  bericht ... in gemeenschap") is never sure (confidence below 0.5);
- a recruiter's own message that sets the reader's interview stays an invitation with its
  start, also when a chat or private-message notice of the same tools carries it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed as _claimed
from tests.parsing.mailkit import plain_mail


def _mail(subject: str, body: str, *, date: str = "Mon, 09 Nov 2026 09:00:00 +0100") -> bytes:
    return plain_mail(
        subject,
        body,
        sender="Forum Mailer <noreply@forum.example>",
        to="Sam Ortiz <sam@mailbox.example>",
        date=date,
    )


WRITERS_OWN = [
    (
        "Daumen drücken!",
        "Hi Sam,\n\nmein Vorstellungsgespräch bei der Stadtbäckerei ist am Dienstag, 17. November "
        "um 10:00 Uhr. Drück mir die Daumen!\n\nTina",
    ),
    (
        "Trzymaj kciuki",
        "Cześć Sam,\n\nmam rozmowę kwalifikacyjną w środę 18 listopada o 11:00 w Gdańsku. "
        "Odezwę się potem.\n\nOla",
    ),
    (
        "Rozmowa",
        "Hej,\n\nmoja rozmowa w banku jest w czwartek 19 listopada o 9:30. Pożyczysz mi "
        "teczkę?\n\nOla",
    ),
    (
        "Deséame suerte",
        "Hola Sam,\n\nmi entrevista en la consultora es el martes 17 de noviembre a las 12:00. "
        "¡Cruza los dedos!\n\nLaura",
    ),
]

PANEL_SIDE = [
    (
        "Panel de entrevistas",
        "Hola Sam,\n\nLas entrevistas empiezan el martes 17 de noviembre a las 10:00. Tú estás "
        "en el panel de las 10:30 con Marcos.\n\nLucía",
    ),
    (
        "Agenda de entrevistas",
        "Oi Sam,\n\nMarquei tudo para quarta, 18/11, a partir das 14h. Você entrevista o Pedro "
        "às 15h; o roteiro está na pasta.\n\nRenata",
    ),
]

FORUM_NOTICES = [
    (
        "Du hast eine neue Benachrichtigung",
        "Hey Sam\n\nNina hat eine Antwort in Karriere-Treff gepostet\n\nUnser Infoabend zum "
        "Vorstellungsgespräch ist am Dienstag, 17. November um 19:00 Uhr, online.\n\nPost "
        "anzeigen",
    ),
    (
        "Odpowiedź od ewa_k",
        'Odpowiedź na komentarz\n\newa_k odpowiada na "Kto szuka pracy?" w wątku "Praca": '
        "Spotkanie o rozmowach kwalifikacyjnych w środę 18 listopada o 18:30 na Discordzie.\n\n"
        "komentuj skrzynka odbiorcza",
    ),
    (
        "Nieuw bericht Sollicitatiespreekuur in gemeenschap werk",
        "Nieuw bericht\n\nSollicitatiespreekuur: donderdag 19 november van 13.00 tot 15.00 uur "
        "in de bibliotheek. Oefen je sollicitatiegesprek.\n\nbericht postvak IN",
    ),
    (
        "[Friendica Meldung]Kommentar von Tobias auf Unterhaltung 319",
        'Tobias hat in der eigenen Unterhaltung "Podcast" kommentiert\n\nDie Folge über '
        "Vorstellungsgespräche nehmen wir am Freitag, 20. November um 19 Uhr live auf.\n\n"
        "danke",
    ),
]


@pytest.mark.parametrize(("subject", "body"), WRITERS_OWN + PANEL_SIDE)
def test_not_the_readers_interview(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind != "invitation", parsed
    assert parsed.confidence < 0.5
    assert parsed.warnings


@pytest.mark.parametrize(("subject", "body"), FORUM_NOTICES)
def test_forum_notice_never_sure(subject: str, body: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert not _claimed(_mail(subject, body)), parsed
    assert parsed.warnings


CONTROLS = [
    (
        'Neue Nachricht von "Marie (Nordlicht)"',
        'Hey Sam\n\nNeue Nachricht von "Marie (Nordlicht)"\n\nIhr Vorstellungsgespräch ist '
        "bestätigt: Dienstag, 17. November, 10:00–10:45 Uhr, per Zoom.\n\nChat anzeigen",
        "2026-11-17T10:00:00+01:00",
    ),
    (
        "Wiadomość prywatna od rekrutacja",
        "Prywatna wiadomość\n\nrekrutacja przesyła prywatną wiadomość: Zapraszamy na rozmowę "
        "kwalifikacyjną w środę 18 listopada o 11:00 w naszym biurze.",
        "2026-11-18T11:00:00+01:00",
    ),
    (
        "Entrevista",
        "Hola Sam,\n\nTe confirmamos tu entrevista el martes 17 de noviembre a las 12:00 en "
        "nuestras oficinas.\n\nLaura, Talento Norte",
        "2026-11-17T12:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("subject", "body", "start"), CONTROLS)
def test_own_interview_kept(subject: str, body: str, start: str) -> None:
    parsed = parse_message(_mail(subject, body))
    assert parsed.kind == "invitation", parsed
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
    assert parsed.confidence >= 0.5


OWN_PHRASES = [
    "mein Vorstellungsgespräch ist am",
    "mam rozmowę kwalifikacyjną w",
    "moja rozmowa jest w",
    "mi entrevista es el",
    "minha entrevista é",
    "il mio colloquio è",
    "mon entretien est le",
]


@settings(max_examples=30, deadline=None)
@given(
    phrase=st.sampled_from(OWN_PHRASES),
    day=st.integers(min_value=16, max_value=27),
    hour=st.integers(min_value=8, max_value=17),
)
def test_writers_own_interview_never_claimed(phrase: str, day: int, hour: int) -> None:
    body = f"Hi Sam,\n\n{phrase} {day}.11.2026 {hour}:00. Wish me luck!\n\nTina"
    assert not _claimed(_mail("News", body))
