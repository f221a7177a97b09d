# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "forms47" batch: invitations whose slot is written in date and time forms people
and tools really use, that a reader may not expect.

Run: .venv/bin/python tests/parsing/corpus/build_forms47.py

Roman-numeral months ('23.VI.2026', '7. X. 2026', '2026. XI. 12-én', '3/XII/2026'); days
in words ('the twenty-fifth of June', 'dwudziestego piątego czerwca', 'vijfentwintig
juni'); colloquial hours ('half ten', 'halb elf', 'midi', 'mediodía', '10u30', 'kl halv
elva', 'v poledne', '1030hrs'); relative days ('this coming Tuesday', 'Tuesday week',
'übermorgen', 'après-demain', 'pojutrze', '后天', '모레'); machine and time-first forms
('2026-07-14T15:00', '2026.07.14 15:00', '15h00, le mercredi 15 juillet', full-width
'１５：００'). Each family mixes invitations with look-alikes of the same form (a deadline,
a past meeting). All prose ours; people and companies made up. Every label comes from the
datetimes the text is rendered from (zoneinfo) and was written before the parser was run on
any message of the batch. Held-out families drawn by
`random.Random("forms47 coin").sample(sorted(FAMILIES), 2)` before anything was written.
Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
Case, mail = pp.Case, pp.mail
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus"
LIC = "text ours"
ZONE = {
    "en-US": "America/New_York",
    "en-GB": "Europe/London",
    "en-IN": "Asia/Kolkata",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "nl-BE": "Europe/Brussels",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "ru": "Europe/Moscow",
    "hr": "Europe/Zagreb",
    "sv": "Europe/Stockholm",
    "fi": "Europe/Helsinki",
    "nb": "Europe/Oslo",
    "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul",
    "zh": "Asia/Shanghai",
}

FAMILIES = {
    "romanmo47": "Roman-numeral months as Polish, Czech, Hungarian, Romanian, Italian and "
    "Russian offices write them ('23.VI.2026 r.', '7. X. 2026', '2026. XI. 12-én', "
    "'3/XII/2026', '9.VI'); controls: an application deadline and a thank-you for a past "
    "interview in the same form.",
    "spelday47": "The day of the month in words, ordinal or cardinal ('the twenty-fifth of "
    "June', 'den vierundzwanzigsten Juni', 'le jeudi vingt-cinq juin', 'dwudziestego piątego "
    "czerwca', 'vijfentwintig juni'); controls: a deadline and a past meeting in words.",
    "hourtalk47": "Colloquial and regional hours beside a plain date ('half ten', 'um halb "
    "elf', 'à midi', 'a mediodía', '10u30', 'kl halv elva', 'klo 10.30', 'v poledne', "
    "'1030hrs'); controls: deadlines 'by noon'.",
    "nearday47": "Relative days spelled out ('this coming Tuesday', 'Tuesday week', "
    "'übermorgen', 'après-demain', 'pasado mañana', 'pojutrze', '后天', '모레', "
    "'послезавтра'); controls: a past meeting and a deadline 'the day after tomorrow'.",
    "stamp47": "Machine and time-first forms: ISO with T, dotted year-first dates, the hour "
    "before the date ('15h00, le mercredi 15 juillet'), weekday abbreviations with no year "
    "('Wed 15/7 @ 3'), full-width CJK digits ('１５：００'); controls: a deadline and a "
    "completed interview in the same forms.",
}
HELD = frozenset(random.Random("forms47 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

Row = tuple[str, str, tuple[str, str], str, tuple[int, ...], tuple[int, ...] | None, str, str]


def at(lang: str, v: tuple[int, ...]) -> datetime:
    """An aware datetime in the writer's zone; a sixth field guards the weekday the text names."""
    wd = DAYS[v[5]] if len(v) > 5 else ""
    return pp.at(v[0], v[1], v[2], v[3], v[4], ZONE[lang], wd)


def rows(fam: str, items: list[Row]) -> None:
    """Single mails: (lang, name, sender, subject, sent, slot or None, text, note); no zone is
    stated in any of them, so a slot is labelled as wall time at the Date header's offset."""
    for lang, name, who, subject, s, v, text, note in items:
        sent = at(lang, s)
        label: dict[str, object] = (
            NEG if v is None else {"kind": "invitation", **pp.timed(at(lang, v), sent=sent)}
        )
        raw = mail(
            f"forms47 {fam} {lang} {name}", sender=who, to=ME, subject=subject, sent=sent, text=text
        )
        CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


def build_romanmo() -> None:
    rows(
        "romanmo47",
        [
            (
                "pl",
                "w_dniu_23_vi_2026_r",
                ("Magdalena Wróbel", "m.wrobel@kortex-logistyka.example.pl"),
                "Zaproszenie na rozmowę kwalifikacyjną",
                (2026, 6, 15, 9, 5, MON),
                (2026, 6, 23, 10, 0, TUE),
                "Szanowny Panie,\n\nuprzejmie zapraszamy na rozmowę kwalifikacyjną na stanowisko analityka danych, która odbędzie się w dniu 23.VI.2026 r. o godz. 10:00 w siedzibie firmy przy ul. Składowej 12 w Poznaniu.\n\nProsimy o zabranie dokumentu tożsamości.\n\nZ poważaniem\nMagdalena Wróbel\nDział Kadr",
                "'w dniu 23.VI.2026 r. o godz. 10:00': month in Roman numerals between dots; no zone.",
            ),
            (
                "pl",
                "wtorek_9_vi_no_year",
                ("Tomasz Kaczmarek", "tomasz.k@rybnik-soft.example.pl"),
                "Rozmowa – wtorek",
                (2026, 6, 2, 14, 30, TUE),
                (2026, 6, 9, 12, 30, TUE),
                "Cześć Alex,\n\ndzięki za szybką odpowiedź. Widzimy się we wtorek 9.VI o godz. 12:30 u nas w biurze, drugie piętro.\n\nPozdrawiam\nTomek",
                "'we wtorek 9.VI o godz. 12:30': Roman month, no year; no zone.",
            ),
            (
                "pl",
                "deadline_30_vi_2026",
                ("Rekrutacja Kortex", "rekrutacja@kortex-logistyka.example.pl"),
                "Potwierdzenie otrzymania zgłoszenia",
                (2026, 6, 15, 11, 0, MON),
                None,
                "Dzień dobry,\n\ndziękujemy za przesłanie zgłoszenia. Termin nadsyłania dokumentów upływa 30.VI.2026 r. o godz. 16:00. Po tym terminie skontaktujemy się wyłącznie z wybranymi osobami.\n\nZespół Rekrutacji",
                "Control: an application deadline in the same Roman form, no invitation.",
            ),
            (
                "cs",
                "dne_7_x_2026_v_9_30",
                ("Lucie Horáková", "lucie.horakova@vltava-stroje.example.cz"),
                "Pozvánka na pohovor",
                (2026, 9, 28, 8, 40, MON),
                (2026, 10, 7, 9, 30, WED),
                "Dobrý den,\n\nděkujeme za Váš zájem o pozici konstruktéra. Rádi bychom Vás pozvali na osobní pohovor, který se uskuteční dne 7. X. 2026 v 9:30 hod. v budově A, Průmyslová 4, Plzeň.\n\nS pozdravem\nLucie Horáková\npersonální oddělení",
                "'dne 7. X. 2026 v 9:30 hod.': spaced dots around a Roman month; no zone.",
            ),
            (
                "cs",
                "deadline_15_v_2027",
                ("Kariéra Vltava", "kariera@vltava-stroje.example.cz"),
                "Výběrové řízení – přihlášky",
                (2027, 4, 26, 10, 0, MON),
                None,
                "Dobrý den,\n\nděkujeme za Váš dotaz. Přihlášky do výběrového řízení zasílejte nejpozději do 15. V. 2027 do 12:00 hod. Vybrané uchazeče poté pozveme k pohovoru.\n\nS pozdravem\nPersonální oddělení",
                "Control: an application deadline with a Roman month; no slot set.",
            ),
            (
                "hu",
                "2026_xi_12_en_14_orakor",
                ("Kovács Eszter", "kovacs.eszter@duna-adat.example.hu"),
                "Meghívó állásinterjúra",
                (2026, 11, 2, 13, 15, MON),
                (2026, 11, 12, 14, 0, THU),
                "Kedves Alex!\n\nKöszönjük a jelentkezését. Szeretettel meghívjuk személyes állásinterjúra 2026. XI. 12-én, csütörtökön 14 órakor a budapesti irodánkba (Váci út 40.).\n\nÜdvözlettel:\nKovács Eszter\nHR",
                "'2026. XI. 12-én ... 14 órakor': year first, Roman month, case suffix on the day; no zone.",
            ),
            (
                "ro",
                "in_data_de_18_ix_2026",
                ("Ioana Dumitrescu", "ioana.dumitrescu@carpat-tech.example.ro"),
                "Invitație la interviu",
                (2026, 9, 8, 10, 20, TUE),
                (2026, 9, 18, 11, 0, FRI),
                "Bună ziua,\n\nVă mulțumim pentru aplicare. Vă invităm la un interviu în data de 18.IX.2026, ora 11:00, la sediul nostru din Cluj-Napoca, str. Fabricii 7.\n\nCu stimă,\nIoana Dumitrescu\nResurse Umane",
                "'în data de 18.IX.2026, ora 11:00': Roman month; no zone.",
            ),
            (
                "it",
                "il_giorno_3_xii_2026",
                ("Paolo Ricci", "paolo.ricci@lagomeccanica.example.it"),
                "Convocazione colloquio",
                (2026, 11, 23, 15, 0, MON),
                (2026, 12, 3, 15, 0, THU),
                "Gentile Alex,\n\nLa informiamo che il colloquio conoscitivo si terrà il giorno 3/XII/2026 alle ore 15 presso la nostra sede di Como, via dei Mille 21.\n\nCordiali saluti\nPaolo Ricci\nUfficio Personale",
                "'il giorno 3/XII/2026 alle ore 15': slashes around a Roman month; no zone.",
            ),
            (
                "ru",
                "14_iv_2027_v_10",
                ("Анна Соколова", "a.sokolova@severstroy.example.ru"),
                "Приглашение на собеседование",
                (2027, 4, 5, 9, 30, MON),
                (2027, 4, 14, 10, 0, WED),
                "Здравствуйте, Алекс!\n\nПриглашаем Вас на собеседование на должность инженера-проектировщика 14.IV.2027 в 10:00 по адресу: ул. Заводская, 3, офис 210.\n\nС уважением,\nАнна Соколова\nотдел кадров",
                "'14.IV.2027 в 10:00': Roman month in Russian office style; no zone.",
            ),
            (
                "hr",
                "past_2_iii_2027_thanks",
                ("Ivana Babić", "ivana.babic@jadran-soft.example.hr"),
                "Hvala na razgovoru",
                (2027, 3, 4, 16, 0, THU),
                None,
                "Poštovani,\n\nzahvaljujemo Vam na dolasku na razgovor 2.III.2027. u 10:00 sati. Odluku ćemo Vam javiti do kraja mjeseca.\n\nLijep pozdrav,\nIvana Babić",
                "Control: thanks for a past interview dated with a Roman month.",
            ),
        ],
    )


def build_spelday() -> None:
    rows(
        "spelday47",
        [
            (
                "en-GB",
                "thursday_the_twenty_fifth_half_past_two",
                ("Fiona Marsh", "fiona.marsh@hollins-partners.example.co.uk"),
                "Interview at Hollins & Partners",
                (2026, 6, 15, 10, 0, MON),
                (2026, 6, 25, 14, 30, THU),
                "Dear Alex,\n\nThank you for your application. We should be delighted to see you for interview on Thursday the twenty-fifth of June at half past two, at our Leeds office.\n\nKind regards,\nFiona Marsh",
                "'Thursday the twenty-fifth of June at half past two': ordinal and clock in words; no zone.",
            ),
            (
                "de",
                "vierundzwanzigsten_juni_halb_drei",
                ("Sabine Krüger", "s.krueger@elbtal-consult.example.de"),
                "Einladung zum Vorstellungsgespräch",
                (2026, 6, 12, 9, 0, FRI),
                (2026, 6, 24, 14, 30, WED),
                "Sehr geehrter Herr Morgan,\n\nwir freuen uns, Sie am Mittwoch, den vierundzwanzigsten Juni, um halb drei zu einem persönlichen Gespräch in Dresden begrüßen zu dürfen.\n\nMit freundlichen Grüßen\nSabine Krüger",
                "'am Mittwoch, den vierundzwanzigsten Juni, um halb drei': compound ordinal in words and 'halb drei' = 14:30 after noon in an office day; no zone.",
            ),
            (
                "fr",
                "jeudi_vingt_cinq_juin_quatorze_heures",
                ("Hélène Moreau", "h.moreau@rive-gauche-conseil.example.fr"),
                "Votre entretien",
                (2026, 6, 15, 11, 30, MON),
                (2026, 6, 25, 14, 0, THU),
                "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le jeudi vingt-cinq juin à quatorze heures, dans nos locaux du 8 rue Oberkampf.\n\nBien cordialement,\nHélène Moreau",
                "'le jeudi vingt-cinq juin à quatorze heures': cardinal day and hour in words; no zone.",
            ),
            (
                "es",
                "jueves_veinticinco_dos_y_media_tarde",
                ("Lucía Navarro", "lucia.navarro@sierra-datos.example.es"),
                "Entrevista en Sierra Datos",
                (2026, 6, 15, 12, 10, MON),
                (2026, 6, 25, 14, 30, THU),
                "Hola Alex:\n\nTe esperamos el jueves veinticinco de junio a las dos y media de la tarde para la entrevista con el equipo, en la calle Alcalá 120.\n\nUn saludo,\nLucía",
                "'el jueves veinticinco de junio a las dos y media de la tarde'; no zone.",
            ),
            (
                "nl",
                "donderdag_vijfentwintig_juni_half_drie",
                ("Joost de Wit", "joost.dewit@polderlabs.example.nl"),
                "Uitnodiging sollicitatiegesprek",
                (2026, 6, 15, 9, 45, MON),
                (2026, 6, 25, 14, 30, THU),
                "Beste Alex,\n\nWe nodigen je graag uit voor een gesprek op donderdag vijfentwintig juni om half drie 's middags, op ons kantoor aan de Oudegracht 88 in Utrecht.\n\nMet vriendelijke groet,\nJoost de Wit",
                "'donderdag vijfentwintig juni om half drie 's middags': Dutch cardinal in words; no zone.",
            ),
            (
                "pl",
                "dwudziestego_piatego_czerwca_o_czternastej",
                ("Karolina Nowak", "k.nowak@wislaware.example.pl"),
                "Zaproszenie na spotkanie",
                (2026, 6, 15, 10, 30, MON),
                (2026, 6, 25, 14, 0, THU),
                "Dzień dobry,\n\nzapraszamy Pana na rozmowę w czwartek, dwudziestego piątego czerwca, o czternastej, w naszym biurze przy ul. Mokotowskiej 5.\n\nPozdrawiam serdecznie\nKarolina Nowak",
                "'dwudziestego piątego czerwca, o czternastej': genitive ordinal day and ordinal hour; no zone.",
            ),
            (
                "ru",
                "dvadtsat_pyatogo_iyunya_14_30",
                ("Ольга Петрова", "o.petrova@volga-it.example.ru"),
                "Собеседование",
                (2026, 6, 15, 10, 0, MON),
                (2026, 6, 25, 14, 30, THU),
                "Добрый день, Алекс!\n\nПриглашаем Вас на собеседование в четверг, двадцать пятого июня, в 14:30 в наш офис на Тверской.\n\nС уважением,\nОльга Петрова",
                "'в четверг, двадцать пятого июня, в 14:30': ordinal day in words; no zone.",
            ),
            (
                "pt-BR",
                "quinta_vinte_e_cinco_de_junho",
                ("Beatriz Lima", "beatriz.lima@ipe-digital.example.com.br"),
                "Entrevista na Ipê Digital",
                (2026, 6, 15, 9, 0, MON),
                (2026, 6, 25, 14, 30, THU),
                "Olá, Alex!\n\nGostaríamos de te receber para uma entrevista na quinta-feira, vinte e cinco de junho, às 14h30, no nosso escritório da Av. Paulista.\n\nAbraços,\nBeatriz",
                "'quinta-feira, vinte e cinco de junho, às 14h30'; no zone.",
            ),
            (
                "en-GB",
                "deadline_thirtieth_of_june_noon",
                ("Careers Team", "careers@hollins-partners.example.co.uk"),
                "Your application",
                (2026, 6, 15, 8, 0, MON),
                None,
                "Dear Alex,\n\nThank you for your interest. Please send your completed application form by the thirtieth of June at noon; shortlisted candidates will then be invited to interview.\n\nCareers Team",
                "Control: a deadline with the day in words.",
            ),
            (
                "de",
                "past_vierzehnten_mai_danke",
                ("Sabine Krüger", "s.krueger@elbtal-consult.example.de"),
                "Danke für das Gespräch",
                (2026, 5, 15, 17, 0, FRI),
                None,
                "Sehr geehrter Herr Morgan,\n\nvielen Dank für das angenehme Gespräch am vierzehnten Mai um zehn Uhr. Wir melden uns in den nächsten Tagen mit einer Rückmeldung.\n\nMit freundlichen Grüßen\nSabine Krüger",
                "Control: thanks for a past interview, day and hour in words.",
            ),
        ],
    )


def build_hourtalk() -> None:
    rows(
        "hourtalk47",
        [
            (
                "en-GB",
                "tuesday_16_june_half_ten",
                ("Gareth Hughes", "gareth@cardiffbay-dev.example.co.uk"),
                "Interview Tuesday",
                (2026, 6, 10, 9, 20, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Hi Alex,\n\nLovely to chat yesterday. Could you pop in on Tuesday 16 June at half ten? We're on the top floor of the Pierhead building.\n\nCheers,\nGareth",
                "'Tuesday 16 June at half ten': British 'half ten' = 10:30; no zone.",
            ),
            (
                "de",
                "di_16_6_halb_elf",
                ("Jonas Weber", "jonas.weber@isar-robotik.example.de"),
                "Gespräch am Dienstag",
                (2026, 6, 10, 10, 0, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Hallo Alex,\n\nwie telefonisch besprochen: Vorstellungsgespräch am Di, 16.6., um halb elf bei uns in der Werkstraße 3.\n\nBis dann,\nJonas",
                "'am Di, 16.6., um halb elf': 'halb elf' = 10:30; no zone.",
            ),
            (
                "nl-BE",
                "dinsdag_16_juni_10u30",
                ("Lotte Peeters", "lotte.peeters@scheldt-analytics.example.be"),
                "Uitnodiging gesprek",
                (2026, 6, 10, 11, 0, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Dag Alex,\n\nGraag nodigen we je uit voor een kennismakingsgesprek op dinsdag 16 juni om 10u30 in ons kantoor in Antwerpen.\n\nVriendelijke groeten,\nLotte",
                "Flemish '10u30'; no zone.",
            ),
            (
                "fr",
                "mardi_16_juin_a_midi",
                ("Marc Lefèvre", "marc.lefevre@lyon-numerique.example.fr"),
                "Entretien mardi",
                (2026, 6, 10, 14, 0, WED),
                (2026, 6, 16, 12, 0, TUE),
                "Bonjour Alex,\n\nJe vous confirme notre entretien le mardi 16 juin à midi, dans nos bureaux de la Part-Dieu.\n\nCordialement,\nMarc Lefèvre",
                "'le mardi 16 juin à midi'; no zone.",
            ),
            (
                "es",
                "martes_16_junio_a_mediodia",
                ("Sergio Ruiz", "sergio.ruiz@cantabria-log.example.es"),
                "Entrevista el martes",
                (2026, 6, 10, 16, 0, WED),
                (2026, 6, 16, 12, 0, TUE),
                "Hola Alex,\n\nTe confirmo la entrevista el martes 16 de junio a mediodía en nuestras oficinas de Santander.\n\nSaludos,\nSergio",
                "'el martes 16 de junio a mediodía'; no zone.",
            ),
            (
                "sv",
                "tisdag_16_6_kl_halv_elva",
                ("Emma Lindqvist", "emma.lindqvist@norrsken-data.example.se"),
                "Intervju tisdag",
                (2026, 6, 10, 8, 30, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Hej Alex,\n\nVälkommen på intervju tisdag 16/6 kl halv elva hos oss på Sveavägen 20.\n\nHälsningar,\nEmma",
                "'kl halv elva' = 10:30; no zone.",
            ),
            (
                "fi",
                "tiistaina_16_6_klo_10_30",
                ("Aino Virtanen", "aino.virtanen@saimaa-soft.example.fi"),
                "Haastattelukutsu",
                (2026, 6, 10, 9, 0, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Hei Alex,\n\nKutsumme sinut työhaastatteluun tiistaina 16.6. klo 10.30 toimistollemme Tampereelle.\n\nTerveisin,\nAino Virtanen",
                "'tiistaina 16.6. klo 10.30'; no zone.",
            ),
            (
                "nb",
                "tirsdag_16_juni_kl_10",
                ("Kari Berg", "kari.berg@fjord-it.example.no"),
                "Intervju",
                (2026, 6, 10, 12, 0, WED),
                (2026, 6, 16, 10, 0, TUE),
                "Hei Alex,\n\nVi vil gjerne invitere deg til intervju tirsdag 16. juni kl 10 på kontoret vårt i Bergen.\n\nHilsen Kari",
                "'tirsdag 16. juni kl 10'; no zone.",
            ),
            (
                "cs",
                "utery_16_6_v_poledne",
                ("Petr Dvořák", "petr.dvorak@morava-data.example.cz"),
                "Pohovor v úterý",
                (2026, 6, 10, 10, 15, WED),
                (2026, 6, 16, 12, 0, TUE),
                "Dobrý den,\n\nrádi bychom Vás pozvali na pohovor v úterý 16.6. v poledne u nás v kanceláři v Brně.\n\nS pozdravem\nPetr Dvořák",
                "'v úterý 16.6. v poledne': Czech noon word; no zone.",
            ),
            (
                "en-IN",
                "16_06_2026_1030hrs",
                ("Priya Raman", "priya.raman@kaveri-systems.example.in"),
                "Interview schedule",
                (2026, 6, 10, 11, 0, WED),
                (2026, 6, 16, 10, 30, TUE),
                "Dear Alex,\n\nYour face-to-face interview is scheduled on 16/06/2026 at 1030hrs at our Bengaluru office, Tower B, 4th floor. Kindly carry a photo ID.\n\nRegards,\nPriya Raman\nTalent Acquisition",
                "'16/06/2026 at 1030hrs'; no zone.",
            ),
            (
                "en-GB",
                "deadline_by_noon_tuesday",
                ("Gareth Hughes", "gareth@cardiffbay-dev.example.co.uk"),
                "Paperwork",
                (2026, 6, 10, 15, 0, WED),
                None,
                "Hi Alex,\n\nCould you send the signed right-to-work form back by noon on Tuesday 16 June? Half ten at the latest would be even better for payroll.\n\nThanks,\nGareth",
                "Control: a paperwork deadline in the same clock words.",
            ),
            (
                "fr",
                "deadline_avant_midi",
                ("Service RH", "rh@lyon-numerique.example.fr"),
                "Dossier de candidature",
                (2026, 6, 10, 9, 0, WED),
                None,
                "Bonjour,\n\nMerci de déposer votre dossier complet avant midi le mardi 16 juin. Les candidats retenus seront ensuite contactés.\n\nService RH",
                "Control: a deadline 'avant midi'.",
            ),
        ],
    )


def build_nearday() -> None:
    rows(
        "nearday47",
        [
            (
                "en-GB",
                "this_coming_tuesday_at_11",
                ("Oliver Grant", "oliver.grant@thamesbridge.example.co.uk"),
                "Interview",
                (2026, 6, 11, 9, 0, THU),
                (2026, 6, 16, 11, 0, TUE),
                "Hi Alex,\n\nWould love to get you in to meet the team this coming Tuesday at 11am, at our Southwark office.\n\nBest,\nOliver",
                "'this coming Tuesday at 11am', sent on a Thursday; no zone.",
            ),
            (
                "en-GB",
                "tuesday_week_2pm",
                ("Oliver Grant", "oliver.grant@thamesbridge.example.co.uk"),
                "Second round",
                (2026, 6, 11, 15, 0, THU),
                (2026, 6, 23, 14, 0, TUE),
                "Hi Alex,\n\nGood news: the panel would like a second interview. We've booked you in for Tuesday week at 2pm with the CTO.\n\nBest,\nOliver",
                "'Tuesday week' = the Tuesday after the coming one; no zone.",
            ),
            (
                "de",
                "uebermorgen_um_10",
                ("Miriam Hoffmann", "m.hoffmann@rheinwerk-it.example.de"),
                "Kurzfristiger Termin",
                (2026, 6, 10, 16, 0, WED),
                (2026, 6, 12, 10, 0, FRI),
                "Hallo Alex,\n\nkurzfristig ist ein Termin frei geworden: Können Sie übermorgen um 10 Uhr zum Gespräch zu uns nach Köln kommen? Herr Schulte erwartet Sie.\n\nViele Grüße\nMiriam Hoffmann",
                "'übermorgen um 10 Uhr'; no zone.",
            ),
            (
                "fr",
                "apres_demain_a_15h",
                ("Claire Dubois", "claire.dubois@loire-systemes.example.fr"),
                "Entretien après-demain",
                (2026, 6, 10, 10, 0, WED),
                (2026, 6, 12, 15, 0, FRI),
                "Bonjour Alex,\n\nComme convenu au téléphone, nous vous attendons après-demain à 15h pour l'entretien avec la directrice technique.\n\nCordialement,\nClaire Dubois",
                "'après-demain à 15h'; no zone.",
            ),
            (
                "es",
                "pasado_manana_a_las_9_30",
                ("Javier Ortega", "javier.ortega@ebro-soft.example.es"),
                "Entrevista",
                (2026, 6, 10, 12, 0, WED),
                (2026, 6, 12, 9, 30, FRI),
                "Hola Alex,\n\nte esperamos pasado mañana a las 9:30 para la entrevista en nuestra oficina de Zaragoza.\n\nSaludos,\nJavier",
                "'pasado mañana a las 9:30'; no zone.",
            ),
            (
                "pl",
                "pojutrze_o_13",
                ("Agnieszka Zielińska", "a.zielinska@baltyk-it.example.pl"),
                "Rozmowa",
                (2026, 6, 10, 9, 30, WED),
                (2026, 6, 12, 13, 0, FRI),
                "Dzień dobry,\n\nzapraszam na rozmowę pojutrze o 13:00 w naszym biurze w Gdańsku.\n\nPozdrawiam\nAgnieszka Zielińska",
                "'pojutrze o 13:00'; no zone.",
            ),
            (
                "zh",
                "houtian_xiawu_sandian",
                ("王芳", "wang.fang@huaxin-tech.example.cn"),
                "面试通知",
                (2026, 6, 10, 10, 0, WED),
                (2026, 6, 12, 15, 0, FRI),
                "Alex您好：\n\n感谢您投递简历。请您后天下午三点来我们公司参加面试，地址：上海市浦东新区张江路88号。\n\n王芳\n人力资源部",
                "'后天下午三点'; no zone.",
            ),
            (
                "ko",
                "moré_ohu_2si",
                ("김지현", "jihyun.kim@hangang-soft.example.kr"),
                "면접 안내",
                (2026, 6, 10, 11, 0, WED),
                (2026, 6, 12, 14, 0, FRI),
                "Alex님 안녕하세요.\n\n면접은 모레 오후 2시에 저희 강남 사무실에서 진행됩니다.\n\n감사합니다.\n김지현 드림",
                "'모레 오후 2시'; no zone.",
            ),
            (
                "ru",
                "poslezavtra_v_11",
                ("Игорь Смирнов", "i.smirnov@ural-data.example.ru"),
                "Собеседование",
                (2026, 6, 10, 10, 0, WED),
                (2026, 6, 12, 11, 0, FRI),
                "Добрый день, Алекс!\n\nЖдём Вас на собеседование послезавтра в 11:00 в нашем офисе в Екатеринбурге.\n\nС уважением,\nИгорь Смирнов",
                "'послезавтра в 11:00'; no zone.",
            ),
            (
                "en-GB",
                "past_day_before_yesterday",
                ("Oliver Grant", "oliver.grant@thamesbridge.example.co.uk"),
                "Thanks for coming in",
                (2026, 6, 12, 10, 0, FRI),
                None,
                "Hi Alex,\n\nThanks for coming in the day before yesterday at 11. The team enjoyed meeting you and we'll be in touch next week.\n\nBest,\nOliver",
                "Control: a past meeting named relatively.",
            ),
            (
                "de",
                "frist_uebermorgen_12_uhr",
                ("Miriam Hoffmann", "m.hoffmann@rheinwerk-it.example.de"),
                "Unterlagen",
                (2026, 6, 10, 9, 0, WED),
                None,
                "Hallo Alex,\n\nbitte senden Sie uns die fehlenden Zeugnisse bis übermorgen um 12 Uhr; danach können wir die Bewerbung leider nicht mehr berücksichtigen.\n\nViele Grüße\nMiriam Hoffmann",
                "Control: a deadline 'bis übermorgen um 12 Uhr'.",
            ),
        ],
    )


def build_stamp() -> None:
    rows(
        "stamp47",
        [
            (
                "en-US",
                "iso_t_booking_line",
                ("Hiring at Brightpath", "no-reply@brightpath-hire.example.com"),
                "Interview booked",
                (2026, 7, 6, 9, 0, MON),
                (2026, 7, 14, 15, 0, TUE),
                "Hi Alex,\n\nYour interview with Brightpath is booked.\n\nWhen: 2026-07-14T15:00\nWith: Dana Whitfield, Engineering Manager\nWhere: 500 Market St, 9th floor\n\nSee you then!",
                "'When: 2026-07-14T15:00' with no offset; no zone.",
            ),
            (
                "de",
                "dotted_year_first",
                ("Lars Becker", "lars.becker@spree-digital.example.de"),
                "Termin Vorstellungsgespräch",
                (2026, 7, 6, 10, 0, MON),
                (2026, 7, 14, 15, 0, TUE),
                "Hallo Alex,\n\nhiermit bestätige ich den Termin für das Vorstellungsgespräch: 2026.07.14 15:00, Raum 3.12, Spree-Digital, Berlin.\n\nBeste Grüße\nLars Becker",
                "'2026.07.14 15:00': dotted year-first date; no zone.",
            ),
            (
                "fr",
                "15h00_le_mercredi_15_juillet",
                ("Julie Martin", "julie.martin@azur-data.example.fr"),
                "Entretien",
                (2026, 7, 6, 11, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Bonjour Alex,\n\nNous vous recevrons pour un entretien à 15h00, le mercredi 15 juillet, au 12 promenade des Anglais à Nice.\n\nCordialement,\nJulie Martin",
                "Time first, then the date: 'à 15h00, le mercredi 15 juillet'; no zone.",
            ),
            (
                "it",
                "ore_15_di_mercoledi_15_luglio",
                ("Chiara Conti", "chiara.conti@vesuvio-it.example.it"),
                "Colloquio",
                (2026, 7, 6, 12, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Ciao Alex,\n\nti aspettiamo alle ore 15:00 di mercoledì 15 luglio per il colloquio nella nostra sede di Napoli.\n\nA presto,\nChiara",
                "Time first: 'alle ore 15:00 di mercoledì 15 luglio'; no zone.",
            ),
            (
                "ja",
                "fullwidth_7_15_wed_15_00",
                ("佐藤 美咲", "misaki.sato@sakura-soft.example.jp"),
                "面接日程のご案内",
                (2026, 7, 6, 10, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Alex様\n\nこの度はご応募いただきありがとうございます。\n面接を下記の通り実施いたします。\n\n日時：７月１５日（水）１５：００～\n場所：東京都港区芝浦１－２－３\n\nよろしくお願いいたします。\n佐藤",
                "Full-width digits: '７月１５日（水）１５：００～'; no zone.",
            ),
            (
                "zh",
                "fullwidth_2026_7_15_15_00",
                ("李强", "li.qiang@changjiang-data.example.cn"),
                "面试邀请",
                (2026, 7, 6, 9, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Alex您好：\n\n诚邀您参加我司面试，具体安排如下：\n时间：２０２６年７月１５日 １５：００\n地点：武汉市光谷大道７７号\n\n李强",
                "Full-width digits: '２０２６年７月１５日 １５：００'; no zone.",
            ),
            (
                "ko",
                "fullwidth_7_15_ohu_3si",
                ("박민수", "minsu.park@busan-tech.example.kr"),
                "면접 일정 안내",
                (2026, 7, 6, 14, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Alex님,\n\n면접 일정을 안내드립니다.\n일시: ７월 １５일 (수) 오후 ３시\n장소: 부산 해운대구 센텀로 10\n\n감사합니다.",
                "Full-width digits: '７월 １５일 (수) 오후 ３시'; no zone.",
            ),
            (
                "nl-BE",
                "wo_15_7_at_15u",
                ("Pieter Claes", "pieter.claes@gent-ops.example.be"),
                "Gesprek",
                (2026, 7, 6, 16, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Hoi Alex,\n\nKort: gesprek wo 15/7 @ 15u bij ons in Gent. Parkeren kan achter het gebouw.\n\nPieter",
                "'wo 15/7 @ 15u': weekday abbreviation, no year; no zone.",
            ),
            (
                "en-GB",
                "wed_15_7_at_3",
                ("Sam Doyle", "sam@harbourline.example.co.uk"),
                "Quick one",
                (2026, 7, 6, 17, 0, MON),
                (2026, 7, 15, 15, 0, WED),
                "Alex - are you ok for Wed 15/7 @ 3pm for the interview? Room's booked, it'll be me and Jo.\n\nSam",
                "'Wed 15/7 @ 3pm': weekday abbreviation, no year; no zone.",
            ),
            (
                "ja",
                "deadline_fullwidth",
                ("採用担当", "saiyo@sakura-soft.example.jp"),
                "書類提出のお願い",
                (2026, 7, 6, 10, 0, MON),
                None,
                "Alex様\n\n応募書類の提出期限は２０２６年７月１５日（水）１７：００です。期限までにご提出ください。\n\n採用担当",
                "Control: a deadline in full-width digits.",
            ),
            (
                "en-US",
                "completed_iso_t",
                ("Hiring at Brightpath", "no-reply@brightpath-hire.example.com"),
                "Interview completed",
                (2026, 7, 2, 9, 0, THU),
                None,
                "Hi Alex,\n\nYour interview scheduled for 2026-07-01T15:00 has been marked as completed. The team will share feedback soon.\n\nBrightpath Hiring",
                "Control: a completed interview with an ISO time.",
            ),
        ],
    )


BUILDERS = (build_romanmo, build_spelday, build_hourtalk, build_nearday, build_stamp)

FIRST_SIGHT = (
    "First sight (main ff6692ed, before any parser change): dev text 20/25 right "
    "(romanmo47 2/7, nearday47 9/9, stamp47 9/9), dev negatives claimed 0/7; held-out text "
    "15/18 right, held-out negatives claimed 0/4."
)
AFTER = (
    "After the fixes (branch forms47): dev text 25/25 (romanmo47 7/7), dev negatives claimed "
    "0/7; whole corpus against base2: 1 BETTER, 0 WORSE."
)


def provenance(cases: list[Case]) -> str:
    held = sorted(HELD)
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label["kind"])] = kinds.get(str(item.label["kind"]), 0) + 1
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the forms47 batch (`build_forms47.py`)",
        "",
        "Hand-written recruiter mail whose slot is written in date and time forms people and "
        "tools use: Roman-numeral months, days in words, colloquial hours, relative days, ISO "
        "and time-first forms, full-width digits. All prose is ours; people, companies and "
        "addresses are made up; no product template is rendered. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('forms47 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rules used: no mail states a zone, so slots are wall time at the Date header's "
        "offset (`tz_stated: false`); deadlines, paperwork dates and past meetings are "
        "`not_invitation`. 'Tuesday week' is the Tuesday after the coming one; 'half ten' "
        "(British) and 'halb elf' are 10:30.",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_forms47.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-forms47.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
