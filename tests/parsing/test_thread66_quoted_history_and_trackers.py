# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Invariants of threads, forwards and tracker notices (thread66).

- An invitation wrapped as quoted history under a short reply that sets nothing (a
  thank-you, a document, "received") is never a confident invitation at the quoted slot,
  whatever client quoted it (Gmail/Apple attributions, Outlook header blocks in European and
  CJK languages, mobile "Original message" blocks, top- or bottom-posted).
- An invitation forwarded through one to three wrappers, with or without the forwarders'
  notes, keeps its start.
- A job-search tracker's reminder of an interview the reader entered themselves ("You added
  this interview", "Du hast diesen Termin eingetragen", "Vous avez ajouté cet entretien",
  "Añadiste esta entrevista", "Você adicionou esta entrevista", "あなたが登録した予定") sets
  nothing new; the employer's own reminder in the same words stays an invitation.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from service.parsing.forwards import FORWARD_SEPARATORS
from tests.parsing.mailkit import plain_mail

ME = "Alex Morgan <alex.morgan@mailbox.example>"
HR = ("Dana Whitfield", "dana.whitfield@northwind.example")
CET = timezone(timedelta(hours=2))
# The invitation the thread carries: Thursday 17 September 2026, 14:30, in each language.
SLOT = datetime(2026, 9, 17, 14, 30, tzinfo=CET)
INVITATIONS = {
    "en": "Hi Alex,\n\nWe would like to invite you to an interview on Thursday, 17 September 2026 at 14:30 at our office.\n\nBest regards,\nDana",
    "de": "Hallo Alex,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 17. September 2026, um 14:30 Uhr in unser Büro ein.\n\nViele Grüße\nDana",
    "fr": "Bonjour Alex,\n\nNous avons le plaisir de vous inviter à un entretien le jeudi 17 septembre 2026 à 14h30 dans nos locaux.\n\nCordialement,\nDana",
    "es": "Hola Alex:\n\nTe invitamos a una entrevista el jueves 17 de septiembre de 2026 a las 14:30 en nuestra oficina.\n\nUn saludo,\nDana",
    "ja": "Alex Morgan 様\n\n面接を2026年9月17日（木）14:30より弊社にて実施いたします。\nご来社をお待ちしております。\n\nDana",
}
# Short replies that set nothing, sent after the quoted mail (some after the slot).
REPLIES = {
    "en": [
        "Thanks for your time today, we'll be in touch next week.",
        "Attached is the job description I mentioned.",
        "Received, thank you!",
    ],
    "de": [
        "Vielen Dank für das Gespräch, wir melden uns nächste Woche.",
        "Anbei die Stellenbeschreibung.",
        "Danke, erhalten.",
    ],
    "fr": [
        "Merci pour l'échange d'aujourd'hui, nous revenons vers vous la semaine prochaine.",
        "Ci-joint la fiche de poste.",
        "Bien reçu, merci !",
    ],
    "es": [
        "Gracias por tu tiempo hoy, te escribiremos la semana que viene.",
        "Te adjunto la descripción del puesto.",
        "Recibido, ¡gracias!",
    ],
    "ja": [
        "本日はありがとうございました。結果は来週ご連絡いたします。",
        "職務記述書を添付いたします。",
        "拝受いたしました。",
    ],
}
SENT = datetime(2026, 9, 10, 9, 15, tzinfo=CET)
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject", "Thursday, September 10, 2026 9:15 AM"),
    "de": ("Von", "Gesendet", "An", "Betreff", "Donnerstag, 10. September 2026 09:15"),
    "fr": ("De", "Envoyé", "À", "Objet", "jeudi 10 septembre 2026 09:15"),
    "es": ("De", "Enviado el", "Para", "Asunto", "jueves, 10 de septiembre de 2026 9:15"),
    "ja": ("差出人", "送信日時", "宛先", "件名", "2026年9月10日 9:15"),
    "zh": ("发件人", "发送时间", "收件人", "主题", "2026年9月10日 9:15"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목", "2026년 9월 10일 목요일 오전 9:15"),
    "pl": ("Od", "Wysłano", "Do", "Temat", "czwartek, 10 września 2026 09:15"),
}


def _q(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _outlook(lang: str, body: str, rule: str = "_" * 32) -> str:
    f, s, t, j, when = OUTLOOK[lang]
    return f"{rule}\n{f}: {HR[0]} <{HR[1]}>\n{s}: {when}\n{t}: {ME}\n{j}: Interview\n\n{body}"


def _quoted(shape: str, lang: str, body: str) -> tuple[str, bool]:
    """The quoted invitation in a client's shape; True when it goes above the reply."""
    if shape == "gmail":
        return f"On Thu, Sep 10, 2026 at 9:15 AM {HR[0]} <{HR[1]}> wrote:\n{_q(body)}", False
    if shape == "apple_de":
        return f"Am 10.09.2026 um 09:15 schrieb {HR[0]} <{HR[1]}>:\n\n{_q(body)}", False
    if shape == "mobile":
        return (
            "-------- Original message --------\n"
            f"From: {HR[0]} <{HR[1]}>\nDate: 10/09/2026 09:15 (GMT+02:00)\nTo: {ME}\n"
            f"Subject: Interview\n\n{body}"
        ), False
    if shape == "spaced_original":
        return (
            f'----- Original Message -----\nFrom: "{HR[0]}" <{HR[1]}>\nTo: {ME}\n'
            f"Sent: Thursday, September 10, 2026 9:15 AM\nSubject: Interview\n\n{body}"
        ), False
    if shape == "bottom":
        return f"On 10/09/2026 09:15, {HR[0]} wrote:\n{_q(body)}", True
    return _outlook(shape.removeprefix("outlook_"), body), False


SHAPES = ["gmail", "apple_de", "mobile", "spaced_original", "bottom"] + [
    f"outlook_{lang}" for lang in OUTLOOK
]


def _reply_mail(lang: str, shape: str, words: str, after: timedelta) -> bytes:
    quoted, above = _quoted(shape, lang, INVITATIONS[lang])
    mine = f"{words}\n\nDana"
    body = f"{quoted}\n\n{mine}\n" if above else f"{mine}\n\n{quoted}\n"
    sent = SENT + after
    return plain_mail(
        "Re: Interview",
        body,
        sender=f"{HR[0]} <{HR[1]}>",
        to=ME,
        date=sent.strftime("%a, %d %b %Y %H:%M:%S +0200"),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(INVITATIONS)),
    shape=st.sampled_from(SHAPES),
    pick=st.integers(min_value=0, max_value=2),
    # an hour after the invitation, or the evening after the interview
    after=st.sampled_from([timedelta(hours=1), timedelta(days=7, hours=8)]),
)
def test_quoted_history_under_a_short_reply_is_never_a_confident_invitation_at_its_slot(
    lang: str, shape: str, pick: int, after: timedelta
) -> None:
    words = REPLIES[lang][pick]
    parsed = parse_message(_reply_mail(lang, shape, words, after))
    at_slot = parsed.start is not None and parsed.start == SLOT
    confident = parsed.kind in {"invitation", "reschedule"} and parsed.confidence >= 0.5
    assert not (confident and at_slot), (shape, words, parsed.kind, parsed.confidence)


WRAPPERS = ["gmail", "outlook", "thunderbird_de", "apple_fr", "outlook_ja", "apple_zh", "rule_ko"]


def _wrap(text: str, wrapper: str, note: str, n: int, resent: bool = False) -> str:
    """Wrap the mail in the n-th forward; the first wrapper shows the recruiter's own mail,
    the next ones a colleague's forward, or the recruiter's own again when `resent` (she
    forwarded her invitation once more: "Resending in case it got lost")."""
    own = n == 0 or (resent and n == 1)
    sender = f"{HR[0]} <{HR[1]}>" if own else f"Person {n} <person{n}@northwind.example>"
    head = {
        "gmail": f"---------- Forwarded message ---------\nFrom: {sender}\nDate: Thu, Sep 10, 2026 at 9:{15 + n:02d} AM\nSubject: Interview\nTo: {ME}\n\n\n",
        "outlook": f"{'_' * 32}\nFrom: {sender}\nSent: Thursday, September 10, 2026 9:{15 + n:02d} AM\nTo: {ME}\nSubject: Interview\n\n",
        "thunderbird_de": f"-------- Weitergeleitete Nachricht --------\nBetreff: Interview\nDatum: Thu, 10 Sep 2026 09:{15 + n:02d}:00 +0200\nVon: {sender}\nAn: {ME}\n\n",
        "apple_fr": f"Début du message réexpédié :\n\nDe: {sender}\nObjet: Interview\nDate: 10 septembre 2026 à 09:{15 + n:02d}:00 UTC+2\nÀ: {ME}\n\n",
        "outlook_ja": f"{'_' * 32}\n差出人: {sender}\n送信日時: 2026年9月10日 9:{15 + n:02d}\n宛先: {ME}\n件名: Interview\n\n",
        # Apple Mail's Chinese line above the block, with a full-width colon
        "apple_zh": f"以下是转发的邮件：\n\n发件人: {sender}\n主题: Interview\n日期: 2026年9月10日 GMT+2 09:{15 + n:02d}:00\n收件人: {ME}\n\n",
        # Korean webmail's rule
        "rule_ko": f"---------- 전달된 메일 ----------\n보낸 사람: {sender}\n받는 사람: {ME}\n날짜: 2026년 9월 10일 (목) 오전 9:{15 + n:02d}\n제목: Interview\n\n",
    }[wrapper]
    return (f"{note}\n\n" if note else "") + head + text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lang=st.sampled_from(sorted(INVITATIONS)),
    wrappers=st.lists(
        st.sampled_from(WRAPPERS),
        min_size=1,
        max_size=3,
    ),
    notes=st.lists(
        st.sampled_from(
            [
                "",
                "FYI",
                "Siehe unten.",
                "Pour info, voir ci-dessous.",
                "Ver abajo.",
                "ご確認ください。",
                "帮我记一下。",
                "확인 부탁해요.",
            ]
        ),
        min_size=3,
        max_size=3,
    ),
    resent=st.booleans(),
)
# the recruiter's own invitation forwarded again under Apple Mail's Chinese line, then by the
# reader: the line was not read as a forward's, so the inner block counted as quoted earlier
# mail and its slot as quoted only (not_invitation at 0.35)
@example(lang="en", wrappers=["apple_zh", "apple_zh"], notes=["FYI", "", ""], resent=True)
@example(lang="ja", wrappers=["rule_ko", "apple_zh"], notes=["", "확인 부탁해요.", ""], resent=True)
def test_an_invitation_forwarded_through_wrappers_keeps_its_start(
    lang: str, wrappers: list[str], notes: list[str], resent: bool
) -> None:
    text = INVITATIONS[lang]
    for n, wrapper in enumerate(wrappers):
        text = _wrap(text, wrapper, notes[n], n, resent)
    raw = plain_mail(
        "Fwd: Interview",
        text + "\n",
        sender=ME,
        to="Afterview <in+inbox@afterview.example>",
        date="Thu, 10 Sep 2026 20:00:00 +0200",
    )
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", (wrappers, parsed.kind, parsed.warnings)
    assert parsed.start == SLOT, (wrappers, parsed.start)


# The line a forward writes above the block it passes on, never a reply's: Apple Mail's
# English, German, Simplified and Traditional Chinese (full-width colon), Korean webmail's rule.
FORWARD_LINES = [
    "Begin forwarded message:",
    "Anfang der weitergeleiteten Nachricht:",
    "以下是转发的邮件：",
    "以下為轉寄的郵件：",
    "---------- 전달된 메일 ----------",
]


@pytest.mark.parametrize("line", FORWARD_LINES)
def test_a_forwards_own_line_is_read_as_a_forward(line: str) -> None:
    assert FORWARD_SEPARATORS.search(line)


def test_the_same_block_forwarded_twice_under_apple_mails_chinese_line_keeps_its_start() -> None:
    # the recruiter's invitation passed on twice under identical Chinese Apple Mail blocks
    # (a phone's forward forwarded again): before, the inner block read as quoted earlier
    # mail and its slot as quoted only (not_invitation at 0.35)
    block = (
        f"以下是转发的邮件：\n\n发件人: {HR[0]} <{HR[1]}>\n主题: 面试\n"
        f"日期: 2026年9月10日 GMT+2 09:15:00\n收件人: {ME}\n\n"
    )
    text = f"Bitte eintragen.\n\n{block}FYI\n\n{block}{INVITATIONS['en']}\n"
    parsed = parse_message(
        plain_mail(
            "Fwd: Interview",
            text,
            sender=ME,
            to="Afterview <in+inbox@afterview.example>",
            date="Thu, 10 Sep 2026 20:00:00 +0200",
        )
    )
    assert parsed.kind == "invitation", parsed.warnings
    assert parsed.start == SLOT


# The reader's own tracker: the interview was entered by the reader; the same layout from the
# employer ("We added this interview to your candidate portal") is the employer's reminder.
TRACKER_LINES = {
    "en": "You added this interview to the job you're tracking.",
    "de": "Du hast diesen Termin selbst in deiner Bewerbungsübersicht eingetragen.",
    "fr": "Vous avez ajouté cet entretien à votre suivi de candidatures.",
    "es": "Añadiste esta entrevista a la candidatura que sigues.",
    "pt": "Você adicionou esta entrevista à vaga que está acompanhando.",
    "ja": "この予定はあなたが応募管理アプリに登録したものです。",
}
REMINDERS = {
    "en": (
        "Reminder: Interview with Northwind Labs tomorrow at 14:30",
        "Interview with Northwind Labs\nThursday, 17 September 2026, 14:30",
    ),
    "de": (
        "Erinnerung: Vorstellungsgespräch mit Northwind morgen um 14:30",
        "Vorstellungsgespräch mit Northwind\nDonnerstag, 17. September 2026, 14:30 Uhr",
    ),
    "fr": (
        "Rappel : entretien avec Northwind demain à 14h30",
        "Entretien avec Northwind\nJeudi 17 septembre 2026, 14h30",
    ),
    "es": (
        "Recordatorio: entrevista con Northwind mañana a las 14:30",
        "Entrevista con Northwind\nJueves 17 de septiembre de 2026, 14:30",
    ),
    "pt": (
        "Lembrete: entrevista com a Northwind amanhã às 14:30",
        "Entrevista com a Northwind\nQuinta-feira, 17 de setembro de 2026, 14:30",
    ),
    "ja": ("リマインダー：明日 14:30 Northwind 面接", "Northwind 面接\n2026年9月17日（木）14:30"),
}


def _tracker_mail(lang: str, own: bool) -> bytes:
    subject, event = REMINDERS[lang]
    tail = TRACKER_LINES[lang] if own else ""
    return plain_mail(
        subject,
        f"{event}\n\n{tail}\n\nhttps://app.tracker.example/jobs/8812\n",
        sender="Tracker <reminders@tracker.example>" if own else f"{HR[0]} <{HR[1]}>",
        to=ME,
        date="Wed, 16 Sep 2026 18:00:00 +0200",
    )


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(TRACKER_LINES)))
def test_a_reminder_of_an_interview_the_reader_entered_sets_nothing(lang: str) -> None:
    parsed = parse_message(_tracker_mail(lang, own=True))
    assert not (parsed.kind == "invitation" and parsed.confidence >= 0.5), (
        lang,
        parsed.confidence,
        parsed.warnings,
    )


@settings(max_examples=12, deadline=None)
@given(lang=st.sampled_from(sorted(TRACKER_LINES)))
def test_the_employers_own_reminder_in_the_same_layout_stays_an_invitation(lang: str) -> None:
    parsed = parse_message(_tracker_mail(lang, own=False))
    assert parsed.kind == "invitation", (lang, parsed.kind, parsed.warnings)
    assert parsed.start == SLOT, (lang, parsed.start)
