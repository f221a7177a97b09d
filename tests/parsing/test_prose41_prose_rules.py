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


# Monday 1 March 2027: the days below all lie ahead in March
MARCH_SENT = "Mon, 01 Mar 2027 09:05:00 +0100"
DAY_IN_WORDS = {
    "en": ("Hi Alex,\n\nWe'd like to see you on the {} of March at 10:00 at our office.\n\nPat",
           ("third", "twelfth", "twenty-first")),
    "de": ("Hallo Alex,\n\nwir erwarten Sie am {} März um 10 Uhr in unserem Büro.\n\nPat",
           ("dritten", "zwölften", "einundzwanzigsten")),
    "nl": ("Hoi Alex,\n\nWe verwachten je op de {} maart om 10.00 uur op kantoor.\n\nPat",
           ("derde", "twaalfde", "eenentwintigste")),
    "fr": ("Bonjour Alex,\n\nNous vous attendons le {} mars à 10h pour l'entretien.\n\nPat",
           ("trois", "douze", "vingt et un")),
    "es": ("Hola Alex,\n\nTe esperamos el {} de marzo a las 10:00 para la entrevista.\n\nPat",
           ("tres", "doce", "veintiuno")),
    "it": ("Ciao Alex,\n\nti aspettiamo il {} marzo alle 10 per il colloquio.\n\nPat",
           ("tre", "dodici", "ventuno")),
    "pt": ("Olá Alex,\n\nsua entrevista será no dia {} de março às 10h.\n\nPat",
           ("três", "doze", "vinte e um")),
    "pl": ("Dzień dobry,\n\nzapraszam na rozmowę {} marca o 10:00.\n\nPat",
           ("trzeciego", "dwunastego", "dwudziestego pierwszego")),
    "cs": ("Dobrý den,\n\nzveme Vás na pohovor {} března v 10:00.\n\nPat",
           ("třetího", "dvanáctého", "dvacátého prvního")),
    "ru": ("Добрый день!\n\nПриглашаем Вас на собеседование {} марта в 10:00.\n\nPat",
           ("третьего", "двенадцатого", "двадцать первого")),
}  # fmt: skip


@pytest.mark.parametrize("day_index", range(3))
@pytest.mark.parametrize("lang", sorted(DAY_IN_WORDS))
def test_a_day_of_the_month_in_words_is_that_day(lang: str, day_index: int) -> None:
    template, words = DAY_IN_WORDS[lang]
    day = (3, 12, 21)[day_index]
    got = _read(template.format(words[day_index]), MARCH_SENT)
    assert got == ("invitation", f"2027-03-{day:02d}T10:00:00+01:00")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nWe'd love to see you on Friday the twelfth at 11am.\n\nPat",
        "Hi Alex,\n\nSee you on the 12th (Friday) at 2pm.\n\nPat",
        "Hallo Alex,\n\nwie besprochen sehen wir uns am zwölften, also Freitag, um 14 Uhr.\n\nPat",
        "Hallo Alex,\n\nwir sehen uns am 12., also Freitag, um 14 Uhr in Köln.\n\nPat",
        "Hoi Alex,\n\nWe hebben je ingepland op de twaalfde (vrijdag) om 14.00 uur.\n\nPat",
    ],
)
def test_a_day_with_its_weekday_beside_it_is_not_the_coming_weekday(body: str) -> None:
    # sent Monday 1 February 2027: Friday the 12th, not Friday the 5th
    got = _read(body, "Mon, 01 Feb 2027 09:05:00 +0100")
    assert got[1].startswith("2027-02-12T1")


@pytest.mark.parametrize(
    "body",
    [
        "Hi Alex,\n\nThe interview is on Thursday 4 March at 10:00 on the second floor.\n\nPat",
        "Hi Alex,\n\nFor the second time: Thursday 4 March at 10:00 in room 5.\n\nPat",
        "Ciao Alex,\n\ngiovedì 4 marzo alle 10 avrai tre colloqui di fila.\n\nPat",
    ],
)
def test_ordinal_words_that_count_other_things_leave_the_date_alone(body: str) -> None:
    assert _read(body, MARCH_SENT) == ("invitation", "2027-03-04T10:00:00+01:00")


@pytest.mark.parametrize(
    "body",
    [
        "Olá Alex,\n\nFica marcada a entrevista ao meio-dia de quinta-feira, 4 de março.\n\nPat",
        "Dzień dobry,\n\nzapraszam w południe, w czwartek 4 marca, do naszego biura.\n\nPat",
        "Hei Alex,\n\ntavataan torstaina 4.3. keskipäivällä toimistolla.\n\nPat",
        "Tere Alex,\n\nkohtume neljapäeval, 4. märtsil keskpäeval meie kontoris.\n\nPat",
        "Kedves Alex!\n\nMárcius 4-én, csütörtökön délben várjuk az irodában.\n\nPat",
        "Вітаю, Алексе!\n\nЧекаємо на Вас опівдні в четвер, 4 березня, в офісі.\n\nPat",
        "Добрый день!\n\nЖдём Вас в четверг, 4 марта, в полдень в нашем офисе.\n\nPat",
    ],
)
def test_noon_in_words_is_twelve_oclock(body: str) -> None:
    assert _read(body, MARCH_SENT) == ("invitation", "2027-03-04T12:00:00+01:00")


@pytest.mark.parametrize(
    "body",
    [
        "Dzień dobry,\n\nbiuro jest na południe od dworca; zapraszam w czwartek 4 marca o 15:00."
        "\n\nPat",
        "Dzień dobry,\n\nzapraszam w czwartek 4 marca po południu, o 15:00.\n\nPat",
    ],
)
def test_south_and_afternoon_words_are_not_noon(body: str) -> None:
    assert _read(body, MARCH_SENT) == ("invitation", "2027-03-04T15:00:00+01:00")


# sent Monday 1 March 2027 about the interview on Tuesday 2 March at 10:00
KEPT_HOUR_FIRST = {
    "en": "Hi Alex,\n\nSorry, Tuesday no longer works. The time stays at 10, but we're moving "
    "it to Thursday, 4 March.\n\nPat",
    "de": "Hallo Alex,\n\nam Dienstag klappt es leider nicht. Die Uhrzeit bleibt (10 Uhr), aber "
    "wir verschieben das Gespräch auf Donnerstag, den 4. März.\n\nPat",
    "et": "Tere Alex,\n\nteisipäeval kahjuks ei saa. Kellaaeg jääb samaks (10.00), aga päev "
    "muutub – neljapäev, 4. märts.\n\nPat",
    "hu": "Kedves Alex!\n\nSajnos kedden nem lesz jó. Az időpont marad 10 óra, de csütörtökre "
    "tesszük át (március 4.).\n\nPat",
    "ro": "Bună ziua,\n\nmarți nu mai este posibil. Ora rămâne aceeași (10:00), dar mutăm "
    "interviul pe joi, 4 martie.\n\nPat",
    "cs": "Dobrý den,\n\nv úterý to bohužel nepůjde. Čas zůstává stejný (10:00), ale pohovor "
    "přesouváme na čtvrtek 4. března.\n\nPat",
}


@pytest.mark.parametrize("lang", sorted(KEPT_HOUR_FIRST))
def test_the_hour_said_to_stay_before_the_new_day_goes_with_that_day(lang: str) -> None:
    kind, start = _read(KEPT_HOUR_FIRST[lang], MARCH_SENT)
    assert start == "2027-03-04T10:00:00+01:00"
    assert kind in ("reschedule", "invitation")


@pytest.mark.parametrize(
    ("body", "clock"),
    [
        ("Hei Alex,\n\nnähdään torstaina 4.3. kello kymmenen toimistolla.\n\nPat", "10:00"),
        ("Tere Alex,\n\nkohtume neljapäeval, 4. märtsil kell kümme meie kontoris.\n\nPat", "10:00"),
        ("Sveiki!\n\nApstiprinu tikšanos ceturtdien, 4. martā, pulksten desmitos.\n\nPat", "10:00"),
        ("Sveiki,\n\nlaukiame jūsų kovo 4 d., ketvirtadienį, pusę dvylikos biure.\n\nPat", "11:30"),
        ("Merhaba Alex,\n\n4 Mart Perşembe günü saat on buçukta ofisimizde görüşelim.\n\nPat",
         "10:30"),
    ],
)  # fmt: skip
def test_an_hour_in_words_after_the_clock_word_is_that_hour(body: str, clock: str) -> None:
    zone = "+02:00" if "Merhaba" not in body else "+03:00"
    sent = MARCH_SENT.replace("+0100", zone.replace(":", ""))
    assert _read(body, sent) == ("invitation", f"2027-03-04T{clock}:00{zone}")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Hola Alex,\n\nQuedamos el jueves 4 de marzo a las 17 hs, hora de Buenos Aires.\n\nPat",
         "2027-03-04T17:00:00-03:00"),
        ("Olá Alex,\n\nSua entrevista é quinta, 04/03, às 14hs, horário de Brasília.\n\nPat",
         "2027-03-04T14:00:00-03:00"),
        ("Olá Alex,\n\nSua entrevista é quinta, 04/03, às 14 hs, hora de Brasília.\n\nPat",
         "2027-03-04T14:00:00-03:00"),
    ],
)  # fmt: skip
def test_a_city_time_after_hs_sets_the_zone(body: str, start: str) -> None:
    # sent from Madrid: the zone named after the hour, not the sender's, sets the instant
    assert _read(body, MARCH_SENT) == ("invitation", start)


@pytest.mark.parametrize(
    "body",
    [
        "Dobrý den,\n\npohovor proběhne ve čtvrtek 4. března v 9:00 a potrvá dvě hodiny.\n\nPat",
        "Dobrý deň,\n\npohovor bude vo štvrtok 4. marca o 9:00 a potrvá dve hodiny.\n\nPat",
        "Dzień dobry,\n\nrozmowa w czwartek 4 marca o 9:00 potrwa dwie godziny.\n\nPat",
        "Добрый день!\n\nСобеседование в четверг, 4 марта, в 9:00, продлится два часа.\n\nPat",
    ],
)
def test_two_hours_in_slavic_words_end_the_slot(body: str) -> None:
    raw = plain_mail("Interview", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=MARCH_SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime)
    assert isinstance(parsed.end, datetime)
    assert (parsed.start.isoformat(), parsed.end.isoformat()) == (
        "2027-03-04T09:00:00+01:00",
        "2027-03-04T11:00:00+01:00",
    )


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Pozdravljeni,\n\nvabimo vas na razgovor v sredo ob 10. uri v naših prostorih.\n\nPat",
         "2027-03-03T10:00:00+01:00"),
        ("Pozdravljeni,\n\nvabimo vas na razgovor v soboto ob 10:00 v naših prostorih.\n\nPat",
         "2027-03-06T10:00:00+01:00"),
        ("Вітаю!\n\nЗапрошуємо на співбесіду у пʼятницу о 10:00 в нашому офісі.\n\nPat",
         "2027-03-05T10:00:00+01:00"),
    ],
)  # fmt: skip
def test_a_weekday_in_the_accusative_is_that_weekday(body: str, start: str) -> None:
    assert _read(body, MARCH_SENT) == ("invitation", start)


@pytest.mark.parametrize(
    "body",
    [
        "Pozdravljeni,\n\nrazgovor bo v četrtek, 4. marca, ob 10:00 in bo trajal pol ure.\n\nPat",
        "Poštovani,\n\nrazgovor je u četvrtak, 4. ožujka, u 10:00 i trajat će pola sata.\n\nPat",
        "Здравейте,\n\nинтервюто е в четвъртък, 4 март, от 10:00 и ще продължи половин час.\n\nPat",
    ],
)
def test_half_an_hour_in_south_slavic_words_ends_the_slot(body: str) -> None:
    raw = plain_mail("Interview", body, sender="Pat Lee <pat.lee@acme-works.example>",
                     to="alex@mailbox.example", date=MARCH_SENT)  # fmt: skip
    parsed = parse_message(raw)
    assert isinstance(parsed.start, datetime)
    assert isinstance(parsed.end, datetime)
    assert parsed.start.isoformat() == "2027-03-04T10:00:00+01:00"
    assert parsed.end.isoformat() == "2027-03-04T10:30:00+01:00"
