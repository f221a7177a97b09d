"""The reader booked as a study's or a product team's participant, in languages the research
cues lacked (looks68).

Why: a user research session, a customer interview or a study's research interview is no job
interview, and nobody pays a candidate a thank-you gift card for coming. looks68's sessions
in Swedish, Ukrainian and Catalan were claimed as sure invitations: the cues named users and
gifts in en, de, fr, es, pt, it, nl, pl, id, tr and vi only. A matrix of every kind x language,
hand-written here (not the corpus's sentences), in sv, da, nb, fi, uk, ru, zh and ca; the
controls are the reader's own job interviews for a researcher's post worded close by.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0200"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Team <team@office.example>", to=TO, date=DATE)


# (language, a session's name, the gift sentence, the time sentence); BARE: the bare talk noun
# the gift's mail is titled with
SESSIONS = {
    "sv": ("Användarintervju", "Som tack får du ett presentkort på 200 kr.",
           "Vi ses torsdag 8 oktober kl. 11:00 på Teams."),
    "da": ("Brugerinterview", "Som tak får du et gavekort på 150 kr.",
           "Vi ses torsdag den 8. oktober kl. 11.00 på Teams."),
    "nb": ("Brukerintervju", "Som takk får du et gavekort på 300 kr.",
           "Vi ses torsdag 8. oktober kl. 11.00 på Teams."),
    "fi": ("Käyttäjähaastattelu", "Kiitokseksi saat 20 euron lahjakortin.",
           "Nähdään torstaina 8.10. klo 11.00 Teamsissa."),
    "uk": ("Інтерв'ю для дослідження користувачів", "На знак подяки ви отримаєте сертифікат.",
           "Зустрічаємося в четвер, 8 жовтня, об 11:00 у Google Meet."),
    "ru": ("Интервью для исследования пользователей", "В благодарность вы получите сертификат.",
           "Встречаемся в четверг, 8 октября, в 11:00 в Zoom."),
    "zh": ("用户访谈", "感谢礼：100元礼品卡。", "时间：10月8日（周四）11:00，腾讯会议。"),
    "ca": ("Entrevista de recerca", "Com a agraïment rebràs un xec regal de 20 €.",
           "Ens veiem dijous 8 d'octubre a les 11:00 per videotrucada."),
}  # fmt: skip
BARE = {"sv": "Intervju", "da": "Interview", "nb": "Intervju", "fi": "Haastattelu",
        "uk": "Інтерв'ю", "ru": "Интервью", "zh": "访谈", "ca": "Entrevista"}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SESSIONS))
@pytest.mark.parametrize("part", ["name", "gift"])
def test_research_session_is_not_claimed(lang: str, part: str) -> None:
    """Either the session's name or the gift alone tells the purpose."""
    name, gift, when = SESSIONS[lang]
    subject, body = (
        (name, f"{name}.\n{when}") if part == "name" else (BARE[lang], f"{gift}\n{when}")
    )
    assert not claimed(_mail(subject, f"Hej Alex,\n\n{body}\n\nTeam")), (lang, part)


CONTROLS = [
    ("sv", "Intervju – UX-researcher", "Tack för din ansökan till tjänsten som UX-researcher. "
     "Vi vill träffa dig för en intervju torsdag 8 oktober kl. 11:00."),
    ("uk", "Запрошення на співбесіду: UX-дослідник", "Дякуємо за резюме на вакансію "
     "UX-дослідника. Запрошуємо вас на співбесіду в четвер, 8 жовтня, об 11:00."),
    ("ca", "Entrevista de feina – investigador/a", "Gràcies per la teva candidatura a la plaça "
     "d'investigador/a. Et convoquem a una entrevista de feina dijous 8 d'octubre a les 11:00."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "subject", "body"), CONTROLS)
def test_own_researcher_job_interview_stays_sure(lang: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, f"Alex,\n\n{body}\n\nHR"), "2026-10-08T11:00")


def test_lists_stay_linear() -> None:
    assert_linear(
        scans(lookalikes.OTHER_SENSE_INTERVIEW_CUES),  # type: ignore[arg-type]
        repeated("som tack kiitokseksi подяк 感谢礼 com a agraïment "),
        200_000,
        label="other-sense",
    )
