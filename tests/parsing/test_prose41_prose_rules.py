"""Hand-written invitations as a reader takes them (prose41): "next week's Tuesday" said the
Finnic, Baltic, Slavic, Hungarian and Nordic way is the Tuesday of the coming calendar week,
whatever day of the week the mail was sent on."""

from __future__ import annotations

from datetime import datetime

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

# Monday 11 ... Sunday 17 January 2027; the coming week's Tuesday is the 19th
SENT_DAYS = [f"{name}, {day} Jan 2027 09:05:00 +0100" for name, day in zip(
    ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), range(11, 18), strict=True)]  # fmt: skip

NEXT_WEEKS_TUESDAY = {
    "fi": "Hei Alex,\n\nvahvistan haastattelusi ensi viikon tiistaina klo 10 "
    "toimistollamme.\n\nPat",
    "et": "Tere Alex!\n\nKinnitan, et intervjuu toimub järgmise nädala teisipäeval kell 10 "
    "meie kontoris.\n\nPat",
    "lv": "Labdien, Alex!\n\nAicinām Jūs uz darba interviju nākamās nedēļas otrdienā plkst. "
    "10:00 mūsu birojā.\n\nPat",
    "ru": "Добрый день, Алекс!\n\nПриглашаем Вас на собеседование на следующей неделе во "
    "вторник в 10:00 в нашем офисе.\n\nPat",
    "hr": "Poštovani Alex,\n\npozivamo Vas na razgovor sljedeći tjedan u utorak u 10 sati u "
    "našem uredu.\n\nPat",
    "sv": "Hej Alex,\n\nvi ses nästa veckas tisdag kl. 10 på vårt kontor för intervjun.\n\nPat",
    "hu": "Kedves Alex!\n\nSzeretettel meghívjuk személyes interjúra jövő hét kedden 10 "
    "órakor irodánkba.\n\nPat",
}


def _read(body: str, sent: str) -> tuple[str, str]:
    raw = plain_mail("Interview", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=sent)  # fmt: skip
    parsed = parse_message(raw)
    start = parsed.start.isoformat() if isinstance(parsed.start, datetime) else ""
    return parsed.kind, start


@pytest.mark.parametrize("sent", SENT_DAYS)
@pytest.mark.parametrize("lang", sorted(NEXT_WEEKS_TUESDAY))
def test_next_weeks_tuesday_is_in_the_coming_calendar_week(lang: str, sent: str) -> None:
    assert _read(NEXT_WEEKS_TUESDAY[lang], sent) == ("invitation", "2027-01-19T10:00:00+01:00")
