# ruff: noqa: E501 (one notice a line reads best)
"""What the moves72 batch showed the parser missing (tests/parsing/corpus/PROVENANCE-moves72.md):
hand-written notices that MOVE the reader's interview, without a calendar part, were read as
sure invitations wherever the move verb stood in a form the lexicon lacked - the writer's own
"we must move" ("nous devons déplacer", "musimy przełożyć", "vi behöver flytta"), a participle
or passive ("rimandato", "nukeltas", "ауыстырылды", "延期となりました"), "will now take place",
"new time:" ("uusi aika", "yeni tarih") - and where the old slot was marked by a word the
chooser did not know ("vietoj", "era previsto", "орнына") the old slot was taken for the new.
An invitation read so would make the service create a second interview instead of moving the
one it holds.

The rule, as an invariant over languages, days and hours: a notice that moves the interview
from one slot to another is a `reschedule` at the NEW slot, whichever of the two it names
first. And its look-alikes stay what they are: a first invitation that names moving only as
the reader's option ("if you need to reschedule, reply", "pick a new time", "si vous devez
déplacer", "如需推迟") is still an invitation at its slot."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail, wall_minute

SENT = "Mon, 07 Dec 2026 08:05:00 +0100"

# (babel locale, the notice: {o}/{n} the old/new long date, {ot}/{nt} their hours) - ours,
# one verb form each, the old slot first or the new one first
MOVED = [
    (
        "en",
        "Sorry for the change: your interview will now take place on {n} at {nt} instead of {o} at {ot}.",
    ),
    ("en", "We've had to delay your interview: it was {o} at {ot}, it is now {n} at {nt}."),
    (
        "de",
        "Ihr Vorstellungsgespräch findet nun am {n} um {nt} Uhr statt (statt am {o} um {ot} Uhr).",
    ),
    ("fr", "Nous devons déplacer votre entretien du {o} à {ot} au {n} à {nt}."),
    ("es", "Tenemos que cambiar tu entrevista del {o} a las {ot} al {n} a las {nt}."),
    ("it", "Il colloquio è rimandato al {n} alle {nt} (era previsto il {o} alle {ot})."),
    ("pt", "Precisamos remarcar sua entrevista de {o} às {ot} para {n} às {nt}."),
    ("nl", "We moeten je sollicitatiegesprek verzetten van {o} om {ot} naar {n} om {nt}."),
    ("pl", "Musimy przełożyć rozmowę rekrutacyjną z {o}, godz. {ot}, na {n}, godz. {nt}."),
    ("cs", "Musíme přesunout Váš pohovor z {o} v {ot} na {n} v {nt}."),
    ("sv", "Vi behöver tyvärr flytta din intervju från {o} kl. {ot} till {n} kl. {nt}."),
    ("ru", "Пришлось перенести собеседование: новое время — {n}, {nt} (вместо {o}, {ot})."),
    ("uk", "Ми змушені перенести вашу співбесіду з {o}, {ot} на {n}, {nt}."),
    ("el", "Νέα ώρα συνέντευξης: {n} στις {nt} (αντί για {o} στις {ot})."),
    ("lt", "Jūsų darbo pokalbis nukeltas į {n} {nt} (vietoj {o} {ot})."),
    (
        "lv",
        "Intervijas laiks ir mainīts: jaunais laiks ir {n} plkst. {nt} (iepriekš {o} plkst. {ot}).",
    ),
    ("fi", "Haastattelun aika muuttuu: uusi aika on {n} klo {nt} (aiemmin {o} klo {ot})."),
    ("ro", "Interviul a fost amânat pentru {n}, ora {nt} (în loc de {o}, ora {ot})."),
    ("id", "Jadwal wawancara Anda kami pindahkan dari {o} pukul {ot} ke {n} pukul {nt}."),
    ("vi", "Buổi phỏng vấn của bạn được chuyển sang {nt} {n} (thay vì {ot} {o})."),
    ("ja", "{o} {ot}に予定しておりました面接は、{n} {nt}に延期となりました。"),
    ("zh", "您的面试时间调整为{n}{nt}（原定{o}{ot}）。"),
    ("kk", "Сұхбатыңыз {n}, сағат {nt}-ге ауыстырылды ({o}, {ot} орнына)."),
    ("hy", "Հարցազրույցը տեղափոխվել է {n}, ժամը {nt} ({o}, {ot}-ի փոխարեն)։"),
]

# the reader's own first invitation in the same languages, moving named only as an option
OPTION_ONLY = [
    ("en", "We'd like to invite you to an interview on {n} at {nt}. If you need to reschedule, just reply to this email."),
    ("en", "Your interview is confirmed for {n} at {nt}. Need to make a change? Pick a new time: https://book.werkhaus.example/r/7QX2"),
    ("de", "Wir laden Sie zu einem Vorstellungsgespräch am {n} um {nt} Uhr ein. Falls Sie den Termin verschieben müssen, melden Sie sich bitte."),
    ("fr", "Nous vous invitons à un entretien le {n} à {nt}. Si vous devez déplacer l'entretien, merci de nous prévenir."),
    ("es", "Te invitamos a una entrevista el {n} a las {nt}. Si necesitas cambiar la hora, responde a este correo."),
    ("it", "La invitiamo a un colloquio il {n} alle {nt}. Qualora dovesse spostare il colloquio, ce lo comunichi."),
    ("pt", "Convidamos você para uma entrevista em {n} às {nt}. Caso precise remarcar, responda este e-mail."),
    ("sv", "Välkommen på intervju {n} kl. {nt}. Om du behöver flytta tiden, svara på det här mejlet."),
    ("tr", "Sizi {n} saat {nt} mülakata davet ediyoruz. Saati değiştirmek isterseniz lütfen bize yazın."),
    ("zh", "诚邀您参加{n}{nt}的面试。如需推迟，请提前一天回复本邮件。"),
]  # fmt: skip


def _read(body: str) -> tuple[str, float, datetime | None]:
    parsed = parse_message(
        plain_mail(
            "Interview",
            "Alex,\n\n" + body + "\n\nRita Moll\nWerkhaus",
            sender="Rita Moll <rita.moll@werkhaus.example>",
            to="alex.morgan@mailbox.example",
            date=SENT,
        )
    )
    return parsed.kind, parsed.confidence, parsed.start


def _long(day: date, locale: str) -> str:
    return format_date(day, "long", locale=locale)


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    frame=st.sampled_from(MOVED),
    old_day=st.dates(date(2026, 12, 14), date(2027, 6, 20)),
    shift=st.sampled_from([-3, -1, 1, 2, 7]),
    old_hour=st.integers(8, 16),
    new_hour=st.integers(9, 17),
    minute=st.sampled_from([0, 30]),
)
def test_a_notice_moving_the_interview_is_a_reschedule_at_the_new_slot(
    frame: tuple[str, str], old_day: date, shift: int, old_hour: int, new_hour: int, minute: int
) -> None:
    locale, sentence = frame
    new_day = old_day + timedelta(days=shift)
    old_at, new_at = time(old_hour, 0), time(new_hour, minute)
    body = sentence.format(
        o=_long(old_day, locale),
        ot=f"{old_at:%H:%M}",
        n=_long(new_day, locale),
        nt=f"{new_at:%H:%M}",
    )
    kind, _confidence, start = _read(body)
    assert kind == "reschedule", body
    assert wall_minute(start) == f"{datetime.combine(new_day, new_at):%Y-%m-%d %H:%M}", body


@settings(
    max_examples=16, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    frame=st.sampled_from(OPTION_ONLY),
    day=st.dates(date(2026, 12, 9), date(2027, 6, 30)),
    hour=st.integers(8, 17),
    minute=st.sampled_from([0, 30]),
)
def test_moving_named_as_the_readers_option_leaves_the_invitation(
    frame: tuple[str, str], day: date, hour: int, minute: int
) -> None:
    locale, sentence = frame
    at = time(hour, minute)
    body = sentence.format(n=_long(day, locale), nt=f"{at:%H:%M}")
    kind, _confidence, start = _read(body)
    assert kind == "invitation", body
    assert wall_minute(start) == f"{datetime.combine(day, at):%Y-%m-%d %H:%M}", body
