# ruff: noqa: E501 (each language's sentences read best whole)
"""The candidate-day policy (rows48): a mail that sets out the reader's own programme for the
day as timed rows starts at the programme's first row and ends at its stated end (the last
row's own end, an "until" clock in it, or a sentence below: "the day finishes at 15:00"),
else has none; the interview's row in the middle is not the start. An arrival clock in a
sentence around one interview time is no row and the interview's time stays the start."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 11 June is next week


def _read(body: str, subject: str) -> tuple[str, str, str]:
    raw = plain_mail(subject, body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=SENT)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    end = parsed.end.isoformat() if isinstance(parsed.end, datetime) else ""
    return parsed.kind, start, end


# per language: subject, the sentence over the rows, how a clock is written, the bullet, the
# activities (the interview among them) and a sentence that ends the day at a clock
LANGS = {
    "en": ("Your visit on Thursday", "Here is your schedule for Thursday, 11 June:", "{h}:{m:02d}", "", ["Welcome and coffee", "Building tour", "Interview with the hiring manager", "Lunch with the team", "Case exercise"], "We expect to finish at {c}."),
    "de": ("Ihr Besuch am 11. Juni", "für Ihren Besuch am Donnerstag, 11. Juni, ist folgender Ablauf geplant:", "{h:02d}:{m:02d} Uhr", "", ["Begrüßung", "Werksführung", "Vorstellungsgespräch mit der Bereichsleitung", "Mittagessen", "Fallstudie"], "Der Tag endet gegen {c}."),
    "fr": ("Votre journée du 11 juin", "Voici le programme de votre journée du jeudi 11 juin :", "{h} h {m:02d}", "- ", ["accueil", "visite du site", "entretien avec la DRH", "déjeuner avec l'équipe", "étude de cas"], "Fin de la journée vers {c}."),
    "es": ("Tu visita del jueves", "Esta es la agenda de tu visita del jueves 11 de junio:", "{h}:{m:02d}", "• ", ["bienvenida", "visita a la planta", "entrevista con la directora", "comida con el equipo", "prueba práctica"], "Terminamos a las {c}."),
    "it": ("Programma di giovedì", "le invio il programma di giovedì 11 giugno:", "ore {h}:{m:02d}", "", ["accoglienza", "visita dello stabilimento", "colloquio tecnico", "pranzo", "prova pratica"], "La giornata finisce alle {c}."),
    "nl": ("Programma donderdag", "Donderdag 11 juni ziet er zo uit:", "{h}:{m:02d}", "", ["ontvangst", "rondleiding", "gesprek met de teamleider", "lunch", "casus"], "We zijn klaar om {c}."),
    "pt": ("Roteiro da sua visita", "Segue o roteiro de quinta-feira, 11 de junho:", "{h}h{m:02d}", "– ", ["café de boas-vindas", "visita à fábrica", "entrevista com a gestora", "almoço com o time", "case prático"], "O dia termina às {c}."),
    "sv": ("Program för din dag", "Här är programmet för torsdag 11 juni:", "{h:02d}.{m:02d}", "", ["Frukost med teamet", "Rundvisning", "Intervju med avdelningschefen", "Lunch", "Case"], "Vi räknar med att vara klara kl. {c}."),
    "pl": ("Plan dnia rekrutacyjnego", "przesyłam plan dnia w czwartek 11 czerwca:", "{h}:{m:02d}", "* ", ["powitanie", "zadanie grupowe", "rozmowa z menedżerem", "lunch", "test wiedzy"], "Przewidywane zakończenie o {c}."),
    "zh": ("面试当天日程", "6月11日（周四）的日程如下：", "{h}:{m:02d}", "", ["前台签到", "参观公司", "面试（技术负责人）", "午餐", "笔试"], "预计{c}结束。"),
}  # fmt: skip


def _clock(fmt: str, h: int, m: int) -> str:
    return fmt.format(h=h, m=m)


@st.composite
def programmes(draw: st.DrawFn) -> tuple[str, str, str, str, str]:
    """A programme in one language: 2-5 rows from 8:00-10:00 on, the interview at any row,
    the last row with or without its own end, and maybe a sentence that ends the day."""
    lang = draw(st.sampled_from(sorted(LANGS)))
    subject, head, fmt, bullet, acts, closing = LANGS[lang]
    count = draw(st.integers(min_value=2, max_value=5))
    interview_at = draw(st.integers(min_value=0, max_value=count - 1))
    others = [a for i, a in enumerate(acts) if i != 2][: count - 1]
    order = [*others[:interview_at], acts[2], *others[interview_at:]]
    minute = draw(st.sampled_from([0, 30])) + 60 * draw(st.integers(min_value=8, max_value=10))
    rows, starts = [], []
    for act in order:
        starts.append(minute)
        rows.append(f"{bullet}{_clock(fmt, minute // 60, minute % 60)} {act}")
        minute += draw(st.sampled_from([30, 45, 60, 90]))
    end = ""
    how = draw(st.sampled_from(["none", "range", "sentence"]))
    if how == "range":
        last = starts[-1]
        rows[-1] = (
            f"{bullet}{_clock(fmt, last // 60, last % 60).removesuffix(' Uhr')}–"
            f"{_clock(fmt, minute // 60, minute % 60).removeprefix('ore ')} {order[-1]}"
        )
        end = f"2026-06-11T{minute // 60:02d}:{minute % 60:02d}:00+02:00"
    elif how == "sentence":
        minute += 30
        end = f"2026-06-11T{minute // 60:02d}:{minute % 60:02d}:00+02:00"
    body = f"Hallo Alex,\n\n{head}\n\n" + "\n".join(rows)
    if how == "sentence":
        body += "\n\n" + closing.format(
            c=_clock(fmt, minute // 60, minute % 60).removesuffix(" Uhr")
        )
    body += "\n\nPat Lee\nAcme Works"
    start = f"2026-06-11T{starts[0] // 60:02d}:{starts[0] % 60:02d}:00+02:00"
    return lang, subject, body, start, end


@settings(max_examples=60, deadline=None)
@given(programmes())
def test_a_programme_starts_at_its_first_row_and_ends_at_its_stated_end(
    case: tuple[str, str, str, str, str],
) -> None:
    _lang, subject, body, start, end = case
    kind, got_start, got_end = _read(body, subject)
    assert kind == "invitation"
    assert got_start == start
    assert got_end == end


def test_an_interview_row_in_the_middle_is_not_the_start() -> None:
    body = "Hi Alex,\n\nHere's the plan for Thursday, June 11:\n\n9:30 AM  Welcome and building tour\n11:00 AM  Coffee with the design team\n2:00 PM - 2:45 PM  Interview with Sam Ortiz\n3:00 PM  Wrap-up with me\n\nSee you then,\nMegan"
    assert _read(body, "Your visit - agenda") == ("invitation", "2026-06-11T09:30:00+02:00", "")


def test_a_chinese_programme_that_opens_at_the_front_desk_is_claimed() -> None:
    body = "Alex 您好：\n\n6月11日（周四）的日程如下：\n9:30 前台签到\n10:00 参观公司\n11:00 面试（技术负责人）\n12:00 午餐\n\n如有问题请随时联系我。\n陈静"
    assert _read(body, "面试当天日程")[:2] == ("invitation", "2026-06-11T09:30:00+02:00")


def test_an_html_table_programme_starts_at_its_first_row() -> None:
    html = (
        "<html><body><p>Sehr geehrter Herr Morgan,</p><p>Ihr Ablauf am Donnerstag, 11. Juni:</p>"
        "<table><tr><th>Zeit</th><th>Programmpunkt</th></tr>"
        "<tr><td>10:00</td><td>Empfang</td></tr><tr><td>10:30</td><td>Werksführung</td></tr>"
        "<tr><td>11:30 – 12:15</td><td>Fachgespräch</td></tr></table></body></html>"
    )
    message = EmailMessage()
    message["From"], message["To"] = "Pat Lee <pat.lee@acme-works.example>", "alex@mailbox.example"
    message["Date"], message["Subject"] = SENT, "Ihr Kennenlerntag"
    message.set_content(html, subtype="html")
    parsed = parse_message(bytes(message))
    assert isinstance(parsed.start, datetime)
    assert parsed.start.isoformat() == "2026-06-11T10:00:00+02:00"
    assert isinstance(parsed.end, datetime)
    assert parsed.end.isoformat() == "2026-06-11T12:15:00+02:00"


# controls: one interview time with arrival, reception or parking clocks in its sentences
SINGLE = {
    "en": "Your interview is on Thursday 11 June at 10:00. Please arrive 15 minutes early; reception is staffed from 9:45.",
    "de": "wir bestätigen Ihr Vorstellungsgespräch am Donnerstag, 11. Juni, um 10:00 Uhr. Das Parkhaus öffnet um 7:00 Uhr; bitte melden Sie sich ab 9:45 Uhr am Empfang.",
    "fr": "Je vous confirme votre entretien le jeudi 11 juin à 10 h. L'accueil est ouvert à partir de 8 h 30 ; merci de vous y présenter vers 9 h 45.",
    "nl": "Je bent uitgenodigd voor een gesprek op donderdag 11 juni om 10:00 uur. Graag om 9:30 uur bij de slagboom zijn.",
}  # fmt: skip


def test_arrival_clocks_around_one_interview_time_are_no_rows() -> None:
    for body in SINGLE.values():
        assert _read(body, "Interview")[:2] == ("invitation", "2026-06-11T10:00:00+02:00")
