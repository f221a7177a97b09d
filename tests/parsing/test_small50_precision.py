# ruff: noqa: E501 (each language's sentences read best whole)
"""Three small weaknesses a user notices (small50).

1. An employer's own signature or footer names what it is (a newspaper, a charity that asks
   for volunteers, a lab that recruits study participants): its job interview stays claimed
   at the slot. The same words in the mail's own lines still name an interview that hires
   nobody (a newspaper's interview of the reader, a volunteer's intake).
2. The user's own reply, forwarded to Afterview, that takes the one slot the quoted employer
   offered is the user's interview at that slot, also when sent from another mailbox of
   theirs; their counter-proposal is not claimed.
3. Working days in a job's hours ("Mon-Fri 9-5", "du lundi au vendredi") set no day."""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_from, plain_mail

SENT = "Mon, 07 Sep 2026 09:00:00 +0200"  # Thursday is 10 September
TO = "Alex Morgan <alex.morgan@mailbox.example>"
HOOK = "Afterview <in@afterview.example>"
CLAIMING = ("invitation", "reschedule", "cancellation")

# (greeting and invitation, sign-off and footer naming the sender's trade)
FOOTERS = {
    "en-newspaper": ("Hi Alex,\n\nPlease come in for an interview with our product team on Thursday 10 September at 10:00.", "Best,\nRuth Adler\nThe Millbrook Herald - your local newspaper since 1880"),
    "en-charity": ("Dear Alex,\n\nWe would like you to come and meet our director on Thursday 10 September at 10:00 at our office.", "Kind regards,\nOwen Price\nGreenway Trust, registered charity 1099887\nBecome a volunteer: greenway.example/volunteer"),
    "de-zeitung": ("Hallo Herr Morgan,\n\ngerne lernen wir Sie am Donnerstag, 10. September um 10:00 Uhr persönlich in unserem Haus kennen.", "Viele Grüße\nJana Wolf\nPersonal, Märkische Morgenzeitung"),
    "fr-benevole": ("Bonjour Alex,\n\nNous serions ravis de vous rencontrer le jeudi 10 septembre à 10h00 dans nos locaux.", "Cordialement,\nLéa Martin\nAssociation Les Semeurs – devenez bénévole !"),
    "es-voluntariado": ("Hola Alex:\n\nTe esperamos el jueves 10 de septiembre a las 10:00 en nuestra oficina para conocerte.", "Un saludo,\nPablo Ruiz\nFundación Horizonte · Programa de voluntariado"),
    "pt-jornal": ("Olá Alex,\n\nQueremos conhecer você pessoalmente na quinta-feira, 10 de setembro, às 10h, na nossa sede.", "Abraços,\nBeatriz Alves\nRH – Jornal da Serra"),
    "it-volontari": ("Gentile Alex,\n\nsaremmo lieti di incontrarla giovedì 10 settembre alle 10:00 presso la nostra sede.", "Cordiali saluti,\nMarco Rinaldi\nFondazione Aurora – cerchiamo volontari"),
    "nl-krant": ("Beste Alex,\n\nWe maken graag kennis met je op donderdag 10 september om 10.00 uur op ons kantoor.", "Met vriendelijke groet,\nSofie Jansen\nHR, Dagblad Oost – de krant van de regio"),
}  # fmt: skip


def _parse(subject: str, body: str, *, sender: str = "HR <hr@employer.example>", to: str = TO):
    return parse_message(plain_mail(subject, body, sender=sender, to=to, date=SENT))


@pytest.mark.parametrize("case", sorted(FOOTERS))
def test_a_footer_naming_the_senders_trade_leaves_the_invitation_claimed(case: str) -> None:
    own, footer = FOOTERS[case]
    parsed = _parse("Interview", f"{own}\n\n{footer}\n")
    assert parsed.kind == "invitation", case
    assert parsed.confidence >= 0.5, case
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith("2026-09-10T10:00")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nFor an article in our newspaper about career changers we'd love to interview you on Thursday 10 September at 10:00 by phone.\n\nBest,\nRuth Adler",
        "Bonjour Alex,\n\nMerci pour votre intérêt pour le bénévolat : entretien d'accueil le jeudi 10 septembre à 10h00.\n\nCordialement,\nLéa",
        "Beste Alex,\n\nBedankt voor je aanmelding om deel te nemen aan ons onderzoek. Het interview is op donderdag 10 september om 10.00 uur.\n\nGroet,\nSofie",
    ],
)
def test_the_same_words_in_the_mails_own_lines_still_hire_nobody(body: str) -> None:
    parsed = _parse("Interview", body)
    assert not (parsed.kind in CLAIMING and parsed.confidence >= 0.5)


def _own_reply_forwarded(reply: str, *, inline_from: str = TO) -> bytes:
    body = (
        "---------- Forwarded message ---------\n"
        f"From: {inline_from}\nDate: Mon, 7 Sep 2026 at 08:40\nSubject: Re: Interview\n"
        "To: Kim Berg <kim@bergs-deli.example>\n\n"
        f"{reply}\n\n"
        "On Fri, 4 Sep 2026 at 17:02, Kim Berg <kim@bergs-deli.example> wrote:\n"
        "> Dear Alex,\n>\n> Thank you for your application for the Data Analyst role. Would Thursday 10 September at 10:00 suit you for an interview at our office?\n>\n> Kim Berg\n"
    )
    return plain_mail("Fwd: Re: Interview", body, sender=TO, to=HOOK, date=SENT)


@pytest.mark.parametrize("inline_from", [TO, "Alex Morgan <a.morgan@work.example>", "Alex Morgan"])
def test_the_users_own_confirmation_forwarded_is_their_interview(inline_from: str) -> None:
    reply = "Dear Kim,\n\nThank you for considering my application. I confirm the interview on Thursday 10 September at 10:00.\n\nBest regards,\nAlex Morgan"
    assert_claimed_from(_own_reply_forwarded(reply, inline_from=inline_from), "2026-09-10T10:00")


@pytest.mark.parametrize(
    "reply",
    [
        "Dear Kim,\n\nThank you for considering my application. Thursday does not work for me, could we do Friday 11 September at 10:00 instead?\n\nBest regards,\nAlex Morgan",
        "Bonjour Kim,\n\nMerci d'avoir retenu ma candidature. Je vous propose plutôt vendredi 11 septembre à 10h, si cela vous convient.\n\nCordialement,\nAlex Morgan",
    ],
)
def test_the_users_own_counter_proposal_forwarded_is_not_claimed(reply: str) -> None:
    parsed = parse_message(_own_reply_forwarded(reply))
    assert not (parsed.kind in CLAIMING and parsed.confidence >= 0.5)


def test_a_journalists_own_title_under_the_sign_off_still_names_the_press() -> None:
    body = "Bonjour Alex,\n\nComme convenu, je vous appelle jeudi 10 septembre à 10h00 pour l'interview.\n\nBien à vous,\nLéa Fontaine\nJournaliste, Ouest Matin"
    parsed = _parse("Interview", body, sender="Léa Fontaine <lea@ouestmatin.example.fr>")
    assert not (parsed.kind in CLAIMING and parsed.confidence >= 0.5)


@pytest.mark.parametrize(
    "line",
    [
        "It's a classic 9-5 job, Mon-Fri 9-5, with a 24/7 on-call week once a month and a 3-4 day week possible.",
        "Horaires : 9h-17h du lundi au vendredi, astreinte 24/7.",
        "Jornada de lunes a viernes de 9 a 17h.",
        "Orario 9-18 dal lunedì al venerdì.",
        "Arbeitszeit Mo-Fr 8-16 Uhr, von Montag bis Freitag.",
    ],
)
def test_working_days_in_a_jobs_hours_set_no_day(line: str) -> None:
    body = f"Hello Alex,\n\nWe have an opening that may suit you. {line}\n\nReply if you would like an interview.\n\nKim"
    parsed = _parse("Job opening", body)
    assert parsed.start is None, line


def test_working_days_beside_the_interviews_date_leave_its_slot() -> None:
    body = "Hello Alex,\n\nThe role is Mon-Fri 9-5. Your interview is on Thursday 10 September at 14:00.\n\nKim"
    parsed = _parse("Interview", body)
    assert parsed.kind == "invitation"
    assert parsed.start is not None
    assert parsed.start.isoformat().startswith("2026-09-10T14:00")


def test_the_new_scans_stay_linear() -> None:
    from service.parsing.lexicon import _SHORT_CLOSING_LINE
    from service.parsing.lookalikes import _TITLE_LEAD
    from service.parsing.when_dates import _WEEKDAY_SPAN

    for unit, pattern in (
        ("mon-", _WEEKDAY_SPAN),
        ("lundi au ", _WEEKDAY_SPAN),
        ("mon to mon to ", _WEEKDAY_SPAN),
        ("best \n", _SHORT_CLOSING_LINE),
        ("thanks ", _SHORT_CLOSING_LINE),
        ("ab ", _TITLE_LEAD),
    ):
        assert_linear(scans(pattern), repeated(unit), label=unit)
