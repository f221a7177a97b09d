"""Write the "parsegen" batch of Afterview's labelled corpus: unseen invitations without a calendar.

Run: .venv/bin/python tests/parsing/corpus/build_parsegen.py

Two held-out families, written and labelled before the parser was changed for them:
`alfio` renders Alf.io's real ticket mail (templates/ticket-email-txt.ms) with its localized
strings (public_<lang>.properties) in eight languages for recruiting days sold as free tickets;
`localdesk` is HR desks and recruiters writing by hand in languages the corpus covered weakly
(pl, cs, hu, ro, tr, id, ja, zh, ko, da, fi, nb, sv, it, nl, pt, en-IN/AU/US): label/value
blocks, HTML-only tables, the time only in the subject, zone words, offsets, Windows display
names, ranges and durations. Labels come from the datetimes the text is rendered from, with
zoneinfo for every offset; weekday names are checked against the date. The mail helpers are
those of build_parse-pos.py (loaded, not copied). Output is deterministic; the script only
deletes or writes files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _helpers() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_parse_pos", HERE / "build_parse-pos.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_parse_pos"] = module
    spec.loader.exec_module(module)
    return module


pp = _helpers()
at, timed, mail, Case, forward = pp.at, pp.timed, pp.mail, pp.Case, pp.forward
OWN = pp.OWN
SPLIT = "heldout"
ALFIO_COMMIT = "61ee4309768bf0b72b4ac8b8fe0786ce6e5c546c"
ALFIO_LICENSE = "GPL-3.0 (alf.io); people, events and custom texts ours"

# Java (CLDR) day and month names in format context, as Alf.io's format-date prints them
# with 'EEEE dd MMMM yyyy locale:<locale>'.
NAMES = {
    "pl": (
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia",
    ),
    "ro": (
        "luni marți miercuri joi vineri sâmbătă duminică",
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
        "noiembrie decembrie",
    ),
    "tr": (
        "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
        "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    ),
    "en": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "January February March April May June July August September October November December",
    ),
    "da": (
        "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "januar februar marts april maj juni juli august september oktober november december",
    ),
    "it": (
        "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre",
    ),
    "nl": (
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "pt": (
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
}

# public_<lang>.properties keys used by ticket-email-txt.ms, as read at ALFIO_COMMIT.
ALFIO = {
    "pl": {
        "hello": "Witaj {0},",
        "attached": "W załączniku do tej wiadomości znajdziesz swój bilet na wydarzenie: {0}.",
        "url": "Możesz modyfikować/sprawdzić szczegóły swojego biletu tutaj: {0}",
        "info": "Wydarzenie",
        "location": "Dla przypomnienia: lokalizacja wydarzenia:",
        "date": "data:",
        "same_day": "{0} {1}-{2}",
        "calendar": "Możesz zapisać to wydarzenie w swoim kalendarzu Google - kliknij w link: {0}",
        "regards": "Z wyrazami szacunku,",
        "subject": "Twój bilet na wydarzenie: {0}",
    },
    "ro": {
        "hello": "Salut {0},",
        "attached": "Atasat acestul email gasesti biletul pentru evenimentul: {0}.",
        "url": "Poti modifica/revedea biletul tau la {0}",
        "info": "Informatii Eveniment",
        "location": "Pentru a-ti reaminti, evenimentul va avea loc la:",
        "date": "Data:",
        "same_day": "{0} de la {1} to {2}",
        "calendar": "Daca vrei sa salvezi evenimentul in Google Calendar, click pe urmatorul "
        "link: {0}",
        "regards": "Distractie placuta,",
        "subject": "Biletul tau pentru evenimentul {0}",
    },
    "tr": {
        "hello": "Merhaba {0},",
        "attached": "Biletin bu e-postaya ekli olarak gönderildi. Etkinlik: {0}.",
        "url": "Bilet detaylarını {0} üzerinden göz atabilir/değiştirebilirsin",
        "info": "Etkinlik bilgisi",
        "location": "Hatırlatma olarak, etkinliğin olduğu yer:",
        "date": "Tarih:",
        "same_day": "{0}, {1} - {2}",
        "calendar": "Etkinliği google takvimine kaydedebilirsin, linke tıkla: {0}",
        "regards": "İyi çalışmalar,",
        "subject": "{0} etkinliği için biletin",
    },
    "sv": {
        "hello": "Hej {0}.",
        "attached": "Bifogat i mejlet hittar du biljetten till {0}.",
        "url": "Du kan se och ändra dina biljettuppgifter på {0}",
        "info": "Evenemangsinfo",
        "location": "Kom ihåg att evenemanget är här:",
        "date": "på:",
        "same_day": "{0} från {1} till {2}",
        "calendar": "Du kan spara evenemanget i din Google-kalender med länken: {0}",
        "regards": "Vänliga hälsningar,",
        "subject": "Din biljett för {0}",
    },
    "da": {
        "hello": "Hej {0},",
        "attached": "Vedhæftet denne mail finder du billetten til eventet {0}.",
        "url": "Du kan se og ændre dine billetdetaljer på {0}",
        "info": "Event-info",
        "location": "Husk at eventet finder sted på:",
        "date": "d.:",
        "same_day": "{0} fra {1} til {2}",
        "calendar": "Du kan gemme tidspunktet i din Google-kalender ved at klikke på dette "
        "link: {0}",
        "regards": "Mvh",
        "subject": "Din billet til eventet {0}",
    },
    "it": {
        "hello": "Ciao {0},",
        "attached": "In allegato il biglietto: {0}",
        "url": "Puoi controllare/modificare i dettagli del tuo biglietto qui: {0}",
        "info": "Informazioni sull'evento",
        "location": "Ti ricordiamo che l'evento avrà luogo presso:",
        "date": "in data:",
        "same_day": "{0} dalle {1} alle {2}",
        "calendar": "Puoi aggiungere l'evento in google calendar cliccando sul seguente link: {0}",
        "regards": "A presto,",
        "subject": "Il tuo biglietto per l'evento {0}",
    },
    "nl": {
        "hello": "Beste {0},",
        "attached": "Als bijlage vind je je ticket voor het evenement: {0}.",
        "url": "Je kan je tickets bewerken/bekijken op {0}",
        "info": "Evenement informatie",
        "location": "Het evenement vindt plaats op:",
        "date": "op:",
        "same_day": "{0} om {1} tot {2}",
        "calendar": "Om het evenement op te slaan in je Google Agenda klik je op de volgende "
        "link: {0}",
        "regards": "Met vriendelijke groet,",
        "subject": "Je ticket voor evenement {0}",
    },
    "pt": {
        "hello": "Olá {0},",
        "attached": "Encontrará anexado a este e-mail o bilhete para o evento {0}.",
        "url": "Pode modificar/rever os detalhes do seu bilhete em {0}",
        "info": "Informação do evento",
        "location": "Lembrete de que o evento ocorrerá em:",
        "date": "em:",
        "same_day": "{0} de {1} a {2}",
        "calendar": "Pode guardar o evento no calendário da Google clicando no seguinte link: {0}",
        "regards": "Melhores cumprimentos,",
        "subject": "O seu bilhete para o evento {0}",
    },
}
# Alf.io's public_sv.properties sets locale=en, so format-date prints English names there.
JAVA_LOCALE = {"sv": "en"}


def _java_date(value: datetime, lang: str) -> str:
    days, months = NAMES[JAVA_LOCALE.get(lang, lang)]
    day, month = days.split()[value.weekday()], months.split()[value.month - 1]
    return f"{day} {value:%d} {month} {value.year}"


def _alfio_text(
    lang: str, who: str, event: str, place: str, start: datetime, end: datetime, zone_abbr: str
) -> str:
    s = ALFIO[lang]
    slot = (
        s["same_day"]
        .replace("{0}", _java_date(start, lang))
        .replace("{1}", f"{start:%H:%M}")
        .replace("{2}", f"{end:%H:%M} ({zone_abbr})")
    )
    code = pp.digest(lang, who)[:8]
    return (
        f"{s['hello'].format(who)}\n\n{s['attached'].format(event)}\n\n"
        f"{s['url'].format(f'https://tickets.alfio.example/event/{code}/ticket/{code}')}\n\n"
        f"#### {s['info']} ####\n\n{s['location']}\n\n {place}\n\n{s['date']}\n\n{slot} \n\n"
        f"{s['calendar'].format(f'https://www.google.com/calendar/event?action=TEMPLATE&c={code}')}\n"
        f"{s['regards']}\n\n"
    )


@pp.family(
    "Alf.io (open-source event ticketing, used by employers for recruiting and assessment "
    "days with free tickets): src/main/resources/alfio/templates/ticket-email-txt.ms and the "
    "keys email.hello, email-ticket.attached, email-confirmation.reservationURL, "
    "email.event-info, email.event-reminder-location, email.event-reminder-date, "
    "event-days.same-day, email-ticket.add-to-calendar, email.kind-regards, "
    f"ticket-email-subject of public_<lang>.properties at alfio-event/alf.io@{ALFIO_COMMIT}; "
    "dates as Java's 'EEEE dd MMMM yyyy' in the file's locale, zone as Java's short name (z)."
)
def alfio() -> Iterator[pp.Case]:
    fam = "alfio"
    template = (
        "alfio-event/alf.io:src/main/resources/alfio/templates/ticket-email-txt.ms + "
        "src/main/resources/alfio/i18n/public_{lang}.properties@" + ALFIO_COMMIT
    )
    rows = [
        # lang, name, candidate, org name, org mail, event, place, start, minutes, zone, abbr,
        # custom text (ours), forward?
        (
            "pl",
            "dzien_rekrutacyjny_cest",
            ("Kacper Zieliński", "kacper.zielinski@poczta.example"),
            ("Nadwiślańska Energia", "rekrutacja@nadwislanska-energia.example"),
            "Dzień rekrutacyjny – rozmowa z zespołem IT",
            "ul. Grochowska 12, Warszawa",
            at(2026, 6, 16, 10, 30, "Europe/Warsaw", "Tue"),
            45,
            "CEST",
            "Ten bilet to Twój termin rozmowy kwalifikacyjnej.",
            "",
        ),
        (
            "ro",
            "zi_interviuri_eest",
            ("Andreea Pop", "andreea.pop@posta.example"),
            ("Carpatic Soft", "hr@carpaticsoft.example"),
            "Ziua interviurilor – Dezvoltator Java",
            "Str. Memorandumului 28, Cluj-Napoca",
            at(2026, 9, 8, 14, 0, "Europe/Bucharest", "Tue"),
            60,
            "EEST",
            "Biletul confirmă intervalul tău pentru interviul tehnic.",
            "",
        ),
        (
            "tr",
            "ise_alim_gunu_trt",
            ("Elif Yıldız", "elif.yildiz@eposta.example"),
            ("Boğaziçi Lojistik", "ik@bogazici-lojistik.example"),
            "İşe Alım Günü – Depo Operasyon Uzmanı",
            "Maslak Mah. 4, Sarıyer, İstanbul",
            at(2026, 11, 19, 9, 30, "Europe/Istanbul", "Thu"),
            30,
            "TRT",
            "Bu bilet mülakat saatinizi gösterir.",
            "",
        ),
        (
            "sv",
            "rekryteringsdag_english_dates",
            ("Oskar Lindqvist", "oskar.lindqvist@post.example"),
            ("Norrsken Bygg AB", "rekrytering@norrskenbygg.example"),
            "Rekryteringsdag – platschef",
            "Kungsgatan 5, Umeå",
            at(2026, 10, 27, 13, 0, "Europe/Stockholm", "Tue"),
            60,
            "CET",
            "Biljetten är din intervjutid.",
            "",
        ),
        (
            "da",
            "rekrutteringsdag_cest",
            ("Freja Mortensen", "freja.mortensen@post.example"),
            ("Vesterhav Fisk A/S", "job@vesterhavfisk.example"),
            "Rekrutteringsdag – kvalitetsmedarbejder",
            "Havnevej 3, Esbjerg",
            at(2026, 8, 25, 10, 0, "Europe/Copenhagen", "Tue"),
            45,
            "CEST",
            "Billetten er din tid til samtalen.",
            "gmail",
        ),
        (
            "it",
            "giornata_colloqui_cet",
            ("Giulia Ferri", "giulia.ferri@posta.example"),
            ("Officine Adriatiche", "selezione@officine-adriatiche.example"),
            "Giornata colloqui – Tecnico manutentore",
            "Via del Porto 14, Ancona",
            at(2026, 3, 26, 15, 0, "Europe/Rome", "Thu"),
            40,
            "CET",
            "Il biglietto corrisponde al tuo orario di colloquio.",
            "",
        ),
        (
            "nl",
            "sollicitatiedag_cest",
            ("Daan Visser", "daan.visser@post.example"),
            ("Zeeuwse Havens", "werving@zeeuwsehavens.example"),
            "Sollicitatiedag – planner haven",
            "Kaai 9, Vlissingen",
            at(2026, 4, 14, 11, 15, "Europe/Amsterdam", "Tue"),
            45,
            "CEST",
            "Dit ticket is je tijdslot voor het gesprek.",
            "",
        ),
        (
            "pt",
            "dia_recrutamento_west_fwd",
            ("Inês Carvalho", "ines.carvalho@correio.example"),
            ("Atlântico Seguros", "recrutamento@atlantico-seguros.example"),
            "Dia de recrutamento – Analista de sinistros",
            "Av. da Liberdade 110, Lisboa",
            at(2026, 7, 2, 9, 0, "Europe/Lisbon", "Thu"),
            60,
            "WEST",
            "O bilhete indica a hora da sua entrevista.",
            "gmail",
        ),
    ]
    for lang, name, cand, org, event, place, start, minutes, abbr, custom, fwd in rows:
        end = start + timedelta(minutes=minutes)
        body = _alfio_text(lang, cand[0], event, place, start, end, abbr)
        body = body.replace("\n#### ", f"\n{custom}\n\n#### ", 1)
        subject = ALFIO[lang]["subject"].format(event)
        sent = start - timedelta(days=9, hours=3)
        sender = (org[0], "noreply@tickets.alfio.example")
        if fwd:
            raw = forward(
                f"{fam}/{name}",
                client="gmail",
                lang="en",
                user=cand,
                org=sender,
                orig_sent=sent,
                subject=subject,
                body=body + f"{org[0]} <{org[1]}>\n",
            )
        else:
            raw = mail(
                f"{fam}/{name}",
                sender=sender,
                to=cand,
                subject=subject,
                sent=sent,
                text=body + f"{org[0]} <{org[1]}>\n",
            )
        label = {"kind": "invitation", **timed(start, end)}
        if fwd:
            label["original_sender"] = sender[1]
        yield pp.Case(
            fam,
            SPLIT,
            f"{lang}_{name}",
            raw,
            label,
            lang,
            f"Alf.io ticket mail ({lang}): '{ALFIO[lang]['same_day']}' with Java's short zone "
            f"name '{abbr}' (shared by several zones: no timezone label)"
            + ("; Gmail forward" if fwd else "")
            + ("; public_sv sets locale=en, so dates are English" if lang == "sv" else ""),
            template.replace("{lang}", lang),
            ALFIO_LICENSE,
        )


def _desk(
    name: str,
    lang: str,
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    sent: datetime,
    label: dict[str, object],
    note: str,
    text: str | None = None,
    html: str | None = None,
) -> pp.Case:
    raw = mail(
        f"localdesk/{name}", sender=sender, to=to, subject=subject, sent=sent, text=text, html=html
    )
    return pp.Case(
        "localdesk",
        SPLIT,
        f"{lang}_{name}",
        raw,
        label,
        lang,
        note,
        "hand-written; shapes of HR-desk and recruiter mails as posted in public job-seeker "
        "forums per country (label/value blocks, tables, subject lines); " + OWN,
        OWN,
    )


def _table(rows: list[tuple[str, str]], intro: str, outro: str) -> str:
    cells = "".join(
        f"<tr><td style='font-weight:bold'>{k}</td><td style='padding:4px'>{v}</td></tr>"
        for k, v in rows
    )
    return (
        f"<html><body><p>{intro}</p><table border='0' cellpadding='0'>{cells}</table>"
        f"<p>{outro}</p></body></html>"
    )


@pp.family(
    "Hand-written recruiting mails from HR desks and recruiters in pl, cs, hu, ro, tr, id, ja, "
    "zh, ko, da, fi, nb, sv, it, nl, pt and regional English: label/value blocks, HTML-only "
    "tables, the time only in the subject, zone words, offsets, Windows display names, ranges "
    "and durations, one cancellation, two moves and two mails after the fact; our own words."
)
def localdesk() -> Iterator[pp.Case]:
    me = ("Alex Morgan", "alex.morgan@mail.example")
    d = _desk

    tz = "Europe/Warsaw"
    s, e = at(2026, 5, 14, 10, 30, tz, "Thu"), at(2026, 5, 14, 11, 15, tz)
    yield d(
        "label_value_czas_polski",
        "pl",
        sender=("Marta Kowalczyk", "marta.kowalczyk@wislatech.example"),
        to=me,
        subject="Zaproszenie na rozmowę kwalifikacyjną – Analityk danych",
        sent=at(2026, 5, 8, 16, 2, tz),
        text=(
            "Dzień dobry,\n\ndziękujemy za przesłanie CV. Zapraszamy na rozmowę:\n\n"
            "Data: 14.05.2026\nGodzina: 10:30–11:15\nStrefa czasowa: czas polski\n"
            "Miejsce: Microsoft Teams (link wyślemy dzień wcześniej)\n\n"
            "Prosimy o potwierdzenie.\n\nPozdrawiam\nMarta Kowalczyk\nWisłaTech sp. z o.o."
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Data/Godzina/Strefa czasowa block, dotted date, en-dash range, 'czas polski'.",
    )
    s = at(2026, 6, 9, 13, 0, tz, "Tue")
    sent = at(2026, 6, 2, 9, 40, tz)
    yield d(
        "html_table_no_zone",
        "pl",
        sender=("Rekrutacja Bałtyk Okna", "rekrutacja@baltykokna.example"),
        to=me,
        subject="Rozmowa kwalifikacyjna – Specjalista ds. zakupów",
        sent=sent,
        html=_table(
            [
                ("Stanowisko", "Specjalista ds. zakupów"),
                ("Data", "wtorek, 9 czerwca 2026"),
                ("Godzina", "13:00"),
                ("Miejsce", "ul. Portowa 7, Gdynia, pokój 204"),
            ],
            "Dzień dobry, zapraszamy na spotkanie rekrutacyjne.",
            "Prosimy zabrać dokument tożsamości. Zespół HR",
        ),
        label={"kind": "invitation", **timed(s, sent=sent)},
        note="HTML-only table (Data/Godzina), written-out Polish date, no zone.",
    )
    s = at(2026, 5, 20, 12, 0, tz, "Wed")
    sent = at(2026, 5, 18, 8, 15, tz)
    yield d(
        "odwolanie_rozmowy",
        "pl",
        sender=("Piotr Nowak", "piotr.nowak@baltykokna.example"),
        to=me,
        subject="Odwołanie rozmowy 20.05",
        sent=sent,
        text=(
            "Dzień dobry,\n\nniestety musimy odwołać rozmowę zaplanowaną na 20.05.2026 o godz. "
            "12:00. Odezwiemy się z nowym terminem w przyszłym tygodniu.\n\nPrzepraszamy,\n"
            "Piotr Nowak"
        ),
        label={"kind": "cancellation", **timed(s, sent=sent)},
        note="Cancellation naming the slot '20.05.2026 o godz. 12:00'; no zone.",
    )

    tz = "Europe/Prague"
    s, e = at(2026, 5, 21, 9, 0, tz, "Thu"), at(2026, 5, 21, 10, 0, tz)
    yield d(
        "prose_selc_range",
        "cs",
        sender=("Jana Horáková", "horakova@vltavasoft.example"),
        to=me,
        subject="Pozvánka na pohovor",
        sent=at(2026, 5, 15, 14, 20, tz),
        text=(
            "Dobrý den,\n\nrádi bychom Vás pozvali na pohovor na pozici Tester softwaru, a to ve "
            "čtvrtek 21. května 2026 od 9:00 do 10:00 SELČ. Pohovor proběhne online přes Google "
            "Meet.\n\nS pozdravem\nJana Horáková\nVltavaSoft s.r.o."
        ),
        label={"kind": "invitation", **timed(s, e)},
        note="Czech prose 'od 9:00 do 10:00 SELČ' (SELČ = summer CET, shared: no timezone label).",
    )
    s = at(2026, 6, 3, 14, 30, tz, "Wed")
    sent = at(2026, 5, 29, 11, 5, tz)
    yield d(
        "subject_only",
        "cs",
        sender=("Tomáš Král", "kral@brnenskestroje.example"),
        to=me,
        subject="Pohovor 3. 6. 2026 v 14:30 – Brněnské stroje",
        sent=sent,
        text=(
            "Dobrý den,\n\npotvrzuji termín uvedený v předmětu. Sejdeme se na recepci v budově B, "
            "Hybešova 40.\n\nTomáš Král"
        ),
        label={"kind": "invitation", **timed(s, sent=sent)},
        note="Time only in the subject ('3. 6. 2026 v 14:30'), spaced Czech date; no zone.",
    )
    s = at(2026, 10, 14, 10, 0, tz, "Wed")
    sent = at(2026, 10, 9, 15, 30, tz)
    yield d(
        "presun_terminu",
        "cs",
        sender=("Tomáš Král", "kral@brnenskestroje.example"),
        to=me,
        subject="Změna termínu pohovoru",
        sent=sent,
        text=(
            "Dobrý den,\n\nomlouvám se, ale termín pohovoru se přesouvá z pondělí 12. 10. na "
            "středu 14. 10. 2026 v 10:00. Místo zůstává stejné.\n\nTomáš Král"
        ),
        label={"kind": "reschedule", **timed(s, sent=sent)},
        note="Move 'z pondělí 12. 10. na středu 14. 10. 2026 v 10:00': the new slot; no zone.",
    )

    tz = "Europe/Budapest"
    s, e = at(2026, 6, 11, 15, 0, tz, "Thu"), at(2026, 6, 11, 15, 45, tz)
    yield d(
        "year_first_budapesti_ido",
        "hu",
        sender=("Szabó Katalin", "szabo.katalin@dunahid.example"),
        to=me,
        subject="Meghívó állásinterjúra",
        sent=at(2026, 6, 5, 10, 0, tz),
        text=(
            "Kedves Alex!\n\nÖrömmel meghívjuk személyes interjúra a Logisztikai koordinátor "
            "pozícióra.\n\nIdőpont: 2026. június 11., csütörtök 15:00–15:45 (budapesti idő)\n"
            "Helyszín: Budapest, Váci út 22., 3. emelet\n\nÜdvözlettel:\nSzabó Katalin\n"
            "Dunahíd Kft."
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Hungarian year-first date '2026. június 11.' with a range and 'budapesti idő'.",
    )
    s = at(2026, 9, 22, 9, 30, tz, "Tue")
    sent = at(2026, 9, 16, 13, 45, tz)
    yield d(
        "dotted_duration",
        "hu",
        sender=("HR Csapat", "hr@tiszaagro.example"),
        to=me,
        subject="Interjú időpont",
        sent=sent,
        text=(
            "Kedves Alex!\n\nAz interjú részletei:\n\nDátum: 2026.09.22.\nKezdés: 9:30\n"
            "Időtartam: 45 perc\nHelyszín: online (Teams)\n\nÜdvözlettel:\nTisza Agro HR"
        ),
        label={"kind": "invitation", **timed(s, s + timedelta(minutes=45), sent=sent)},
        note="Dátum/Kezdés/Időtartam block: '2026.09.22.' and '45 perc' give the end; no zone.",
    )
    sent = at(2026, 9, 23, 17, 0, tz)
    yield d(
        "thanks_after_interview",
        "hu",
        sender=("HR Csapat", "hr@tiszaagro.example"),
        to=me,
        subject="Köszönjük a részvételt",
        sent=sent,
        text=(
            "Kedves Alex!\n\nKöszönjük, hogy tegnap, 2026.09.22-én 9:30-kor részt vett az "
            "interjún. A döntésről két héten belül értesítjük.\n\nÜdvözlettel:\nTisza Agro HR"
        ),
        label={"kind": "not_invitation"},
        note="Thank-you after the interview naming yesterday's slot: not an invitation.",
    )

    tz = "Europe/Bucharest"
    s = at(2026, 6, 16, 11, 0, tz, "Tue")
    yield d(
        "ora_romaniei",
        "ro",
        sender=("Ioana Dumitrescu", "ioana.dumitrescu@deltaverde.example"),
        to=me,
        subject="Invitație la interviu – Contabil",
        sent=at(2026, 6, 10, 12, 30, tz),
        text=(
            "Bună ziua,\n\nVă invităm la interviu marți, 16 iunie 2026, ora 11:00 (ora "
            "României), la sediul nostru din București, Str. Lipscani 19.\n\nCu stimă,\n"
            "Ioana Dumitrescu\nDelta Verde SRL"
        ),
        label={"kind": "invitation", **timed(s, zone=tz)},
        note="Romanian prose with 'ora 11:00 (ora României)'.",
    )
    s, e = at(2026, 10, 7, 10, 0, tz, "Wed"), at(2026, 10, 7, 11, 0, tz)
    yield d(
        "html_table_eest",
        "ro",
        sender=("Recrutare Carpați Tech", "recrutare@carpatitech.example"),
        to=me,
        subject="Programare interviu",
        sent=at(2026, 10, 1, 9, 0, tz),
        html=_table(
            [
                ("Data", "07.10.2026"),
                ("Ora", "10:00 - 11:00 (EEST)"),
                ("Locație", "Google Meet – link trimis separat"),
            ],
            "Bună ziua, interviul dumneavoastră a fost programat:",
            "Vă mulțumim! Echipa de recrutare",
        ),
        label={"kind": "invitation", **timed(s, e)},
        note="HTML-only table: Data '07.10.2026', Ora '10:00 - 11:00 (EEST)' (abbreviation).",
    )

    tz = "Europe/Istanbul"
    s = at(2026, 6, 18, 14, 0, tz, "Thu")
    yield d(
        "mulakat_tsi",
        "tr",
        sender=("Ayşe Demir", "ayse.demir@marmaraenerji.example"),
        to=me,
        subject="Mülakat Daveti – Satış Uzmanı",
        sent=at(2026, 6, 12, 10, 10, tz),
        text=(
            "Merhaba Alex,\n\nBaşvurunuz için teşekkür ederiz. Mülakat bilgileri aşağıdadır:\n\n"
            "Mülakat Tarihi: 18 Haziran 2026 Perşembe\nSaat: 14:00 (TSİ)\n"
            "Yer: Levent, Büyükdere Cad. 120, İstanbul\n\nSaygılarımızla,\nAyşe Demir\n"
            "Marmara Enerji A.Ş."
        ),
        label={"kind": "invitation", **timed(s, zone=tz)},
        note="Turkish label block 'Mülakat Tarihi'/'Saat' with 'TSİ' (Türkiye saati).",
    )
    s = at(2026, 11, 25, 10, 30, tz, "Wed")
    yield d(
        "dotted_time_gmt3",
        "tr",
        sender=("İnsan Kaynakları", "ik@egeyazilim.example"),
        to=me,
        subject="Görüşme hk.",
        sent=at(2026, 11, 20, 16, 0, tz),
        text=(
            "Merhaba,\n\nYazılım Geliştirici pozisyonu için görüşmeniz 25.11.2026 Çarşamba günü "
            "saat 10.30'da (GMT+3) Zoom üzerinden yapılacaktır.\n\nİyi çalışmalar,\nEge Yazılım İK"
        ),
        label={"kind": "invitation", **timed(s)},
        note="Dotted time '10.30'da' with a Turkish suffix and an offset '(GMT+3)'.",
    )
    s = at(2026, 9, 10, 15, 0, tz, "Thu")
    yield d(
        "ertelendi",
        "tr",
        sender=("Ayşe Demir", "ayse.demir@marmaraenerji.example"),
        to=me,
        subject="Mülakat saatiniz değişti",
        sent=at(2026, 9, 4, 11, 0, tz),
        text=(
            "Merhaba Alex,\n\nMülakatınız 9 Eylül 2026 saat 11:00'den 10 Eylül 2026 saat "
            "15:00'e ertelenmiştir (TSİ). Anlayışınız için teşekkürler.\n\nAyşe Demir"
        ),
        label={"kind": "reschedule", **timed(s, zone=tz)},
        note="Move from 9 Sep 11:00 to 10 Sep 15:00 ('ertelenmiştir'): the new slot.",
    )

    tz = "Asia/Jakarta"
    s, e = at(2026, 7, 13, 9, 0, tz, "Mon"), at(2026, 7, 13, 10, 0, tz)
    yield d(
        "hari_tanggal_wib",
        "id",
        sender=("Rina Wulandari", "rina.wulandari@nusaprima.example"),
        to=me,
        subject="Undangan Wawancara - Staf Administrasi",
        sent=at(2026, 7, 8, 14, 0, tz),
        text=(
            "Selamat siang Bapak/Ibu,\n\nKami mengundang Anda untuk mengikuti wawancara:\n\n"
            "Hari/Tanggal : Senin, 13 Juli 2026\nWaktu : 09.00 - 10.00 WIB\n"
            "Tempat : Jl. Sudirman Kav. 21, Jakarta Selatan\n\nTerima kasih,\nRina Wulandari\n"
            "PT Nusa Prima"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Indonesian 'Hari/Tanggal' / 'Waktu : 09.00 - 10.00 WIB' (spaced colons).",
    )
    tz = "Asia/Makassar"
    s = at(2026, 8, 6, 13, 30, tz, "Thu")
    yield d(
        "subject_only_wita",
        "id",
        sender=("HRD Sulawesi Mandiri", "hrd@sulawesimandiri.example"),
        to=me,
        subject="Undangan Interview - Kamis 6 Agustus 2026 pukul 13.30 WITA",
        sent=at(2026, 8, 3, 8, 0, tz),
        text=(
            "Dengan hormat,\n\nsesuai judul email ini, kami tunggu kehadiran Anda di kantor kami, "
            "Jl. Pettarani 8, Makassar. Mohon membawa KTP dan CV terbaru.\n\nHormat kami,\nHRD"
        ),
        label={"kind": "invitation", **timed(s, zone=tz)},
        note="Time only in the subject: 'Kamis 6 Agustus 2026 pukul 13.30 WITA'.",
    )
    tz = "Asia/Jakarta"
    s = at(2026, 10, 14, 15, 0, tz, "Wed")
    yield d(
        "gmt_plus_7",
        "id",
        sender=("Dimas Pratama", "dimas@kopilokal.example"),
        to=me,
        subject="Jadwal interview online",
        sent=at(2026, 10, 9, 10, 0, tz),
        text=(
            "Halo,\n\nInterview online akan dilaksanakan pada hari Rabu, 14 Oktober 2026 pukul "
            "15:00 (GMT+7) melalui Google Meet. Link akan kami kirim H-1.\n\nSalam,\nDimas"
        ),
        label={"kind": "invitation", **timed(s)},
        note="Indonesian prose with an offset '(GMT+7)'.",
    )

    tz = "Asia/Tokyo"
    s, e = at(2026, 7, 8, 14, 0, tz, "Wed"), at(2026, 7, 8, 15, 0, tz)
    yield d(
        "nichiji_nihon_jikan",
        "ja",
        sender=("株式会社アオバ精機 採用担当", "saiyo@aobaseiki.example"),
        to=me,
        subject="一次面接のご案内",
        sent=at(2026, 7, 1, 11, 0, tz),
        text=(
            "Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。\n"
            "一次面接を下記の通り実施いたします。\n\n"
            "日時：2026年7月8日（水）14:00～15:00（日本時間）\n形式：オンライン（Zoom）\n\n"
            "何卒よろしくお願いいたします。\n株式会社アオバ精機 採用担当"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Japanese '日時：2026年7月8日（水）14:00～15:00（日本時間）' (wave-dash range).",
    )
    s, e = at(2026, 9, 17, 10, 30, tz, "Thu"), at(2026, 9, 17, 11, 30, tz)
    yield d(
        "html_table_jst",
        "ja",
        sender=("ミナミ電子 人事部", "jinji@minamidenshi.example"),
        to=me,
        subject="最終面接日程のお知らせ",
        sent=at(2026, 9, 10, 18, 0, tz),
        html=_table(
            [
                ("面接日", "2026/09/17（木）"),
                ("時間", "10:30-11:30 JST"),
                ("場所", "大阪本社 5階 会議室A"),
            ],
            "Alex Morgan 様　最終面接の日程が決まりましたのでお知らせします。",
            "ミナミ電子 人事部",
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="HTML-only table: 面接日 '2026/09/17（木）', 時間 '10:30-11:30 JST'.",
    )

    tz = "Asia/Shanghai"
    s, e = at(2026, 6, 24, 15, 0, tz, "Wed"), at(2026, 6, 24, 16, 0, tz)
    yield d(
        "xiawu_beijing_shijian",
        "zh",
        sender=("王芳", "wangfang@huaxin-tech.example"),
        to=me,
        subject="面试邀请 - 前端开发工程师",
        sent=at(2026, 6, 19, 10, 0, tz),
        text=(
            "Alex 您好：\n\n感谢您投递我司前端开发工程师职位。现邀请您参加视频面试：\n\n"
            "面试时间：2026年6月24日（星期三）下午3:00-4:00（北京时间）\n面试方式：腾讯会议\n\n"
            "祝好！\n王芳\n华信科技人力资源部"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Chinese '下午3:00-4:00（北京时间）': afternoon marker before a 12-hour range.",
    )
    tz = "Asia/Taipei"
    s = at(2026, 10, 15, 10, 0, tz, "Thu")
    yield d(
        "taipei_shijian",
        "zh",
        sender=("陳怡君", "chen.yijun@formosa-data.example"),
        to=me,
        subject="面試通知",
        sent=at(2026, 10, 12, 9, 0, tz),
        text=(
            "Alex 您好：\n\n面試時間：2026/10/15（四）上午10:00（台北時間）\n"
            "地點：台北市信義路五段7號 20樓\n\n敬祝 順心\n福爾摩沙數據 人資部 陳怡君"
        ),
        label={"kind": "invitation", **timed(s, zone=tz)},
        note="Traditional Chinese '2026/10/15（四）上午10:00（台北時間）'.",
    )

    tz = "Asia/Seoul"
    s, e = at(2026, 8, 20, 14, 0, tz, "Thu"), at(2026, 8, 20, 15, 0, tz)
    yield d(
        "ohu_hanguk_sigan",
        "ko",
        sender=("김지현", "jihyun.kim@hanriver-soft.example"),
        to=me,
        subject="[한강소프트] 1차 면접 안내",
        sent=at(2026, 8, 14, 10, 0, tz),
        text=(
            "안녕하세요 Alex 님,\n\n1차 면접 일정을 안내드립니다.\n\n"
            "일시: 2026년 8월 20일 (목) 오후 2시 ~ 오후 3시 (한국 시간)\n장소: 화상 면접 (Zoom)\n\n"
            "감사합니다.\n한강소프트 인사팀 김지현 드림"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Korean '오후 2시 ~ 오후 3시 (한국 시간)': hours as '2시' with an afternoon marker.",
    )
    s = at(2026, 11, 5, 10, 0, tz, "Thu")
    yield d(
        "dotted_kst",
        "ko",
        sender=("채용팀", "recruit@busanport-logis.example"),
        to=me,
        subject="면접 일정 확정 안내",
        sent=at(2026, 10, 30, 15, 0, tz),
        text=(
            "Alex 님, 안녕하세요.\n\n면접 일정: 2026.11.05(목) 10:00 KST\n"
            "장소: 부산 중구 중앙대로 88, 7층\n\n채용팀 드림"
        ),
        label={"kind": "invitation", **timed(s, zone=tz)},
        note="Korean '2026.11.05(목) 10:00 KST'.",
    )
    s = at(2026, 10, 22, 16, 0, tz, "Thu")
    sent = at(2026, 10, 19, 9, 30, tz)
    yield d(
        "subject_only_month_day",
        "ko",
        sender=("채용팀", "recruit@busanport-logis.example"),
        to=me,
        subject="[면접 안내] 10/22(목) 오후 4시",
        sent=sent,
        text="Alex 님, 제목의 일시에 본사 7층으로 방문 부탁드립니다.\n\n채용팀 드림",
        label={"kind": "invitation", **timed(s, sent=sent)},
        note="Korean subject only '10/22(목) 오후 4시' (month/day, year from Date:); no zone.",
    )

    tz = "Europe/Copenhagen"
    s, e = at(2026, 6, 4, 13, 0, tz, "Thu"), at(2026, 6, 4, 14, 0, tz)
    yield d(
        "prose_dansk_tid",
        "da",
        sender=("Mette Holm", "mette.holm@kattegatdata.example"),
        to=me,
        subject="Invitation til jobsamtale",
        sent=at(2026, 5, 28, 15, 0, tz),
        text=(
            "Hej Alex\n\nTak for din ansøgning. Vi vil gerne invitere dig til samtale torsdag den "
            "4. juni 2026 kl. 13.00-14.00 (dansk tid) på vores kontor i Aarhus.\n\n"
            "Venlig hilsen\nMette Holm\nKattegat Data ApS"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Danish 'kl. 13.00-14.00 (dansk tid)' with dotted times.",
    )
    s, e = at(2026, 8, 17, 14, 0, tz, "Mon"), at(2026, 8, 17, 14, 45, tz)
    sent = at(2026, 8, 11, 10, 0, tz)
    yield d(
        "html_table_dashed_date",
        "da",
        sender=("Rekruttering", "job@fynskmejeri.example"),
        to=me,
        subject="Samtale hos Fynsk Mejeri",
        sent=sent,
        html=_table(
            [("Dato", "17-08-2026"), ("Tidspunkt", "14:00 - 14:45"), ("Sted", "Mejerivej 2")],
            "Hej Alex, her er detaljerne for din samtale:",
            "Vi glæder os til at møde dig.",
        ),
        label={"kind": "invitation", **timed(s, e, sent=sent)},
        note="HTML-only table: Dato '17-08-2026', Tidspunkt range; no zone.",
    )

    tz = "Europe/Helsinki"
    s, e = at(2026, 9, 15, 12, 15, tz, "Tue"), at(2026, 9, 15, 13, 0, tz)
    yield d(
        "suomen_aikaa",
        "fi",
        sender=("Laura Virtanen", "laura.virtanen@saimaalogistiikka.example"),
        to=me,
        subject="Kutsu haastatteluun",
        sent=at(2026, 9, 9, 13, 0, tz),
        text=(
            "Hei Alex,\n\nkiitos hakemuksestasi. Haastattelu: tiistaina 15.9.2026 klo "
            "12.15–13.00 (Suomen aikaa), Teams-kokous.\n\nTerveisin\nLaura Virtanen\n"
            "Saimaa Logistiikka Oy"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Finnish '15.9.2026 klo 12.15–13.00 (Suomen aikaa)'.",
    )
    s = at(2026, 12, 7, 10, 0, tz, "Mon")
    sent = at(2026, 12, 2, 14, 0, tz)
    yield d(
        "subject_only_klo",
        "fi",
        sender=("Rekrytointi", "rekry@lapinmatkat.example"),
        to=me,
        subject="Haastattelukutsu ma 7.12. klo 10",
        sent=sent,
        text="Hei,\n\ntervetuloa haastatteluun otsikon mukaisesti Rovaniemen toimistolle.\n\nRekry",
        label={"kind": "invitation", **timed(s, sent=sent)},
        note="Subject only 'ma 7.12. klo 10' (no year, bare hour); no zone.",
    )

    tz = "Europe/Oslo"
    s = at(2026, 10, 28, 9, 0, tz, "Wed")
    yield d(
        "norsk_tid_varighet",
        "nb",
        sender=("Ingrid Berg", "ingrid.berg@fjordkraftverk.example"),
        to=me,
        subject="Invitasjon til intervju",
        sent=at(2026, 10, 21, 12, 0, tz),
        text=(
            "Hei Alex,\n\nVi inviterer deg til intervju.\n\nTid: onsdag 28. oktober 2026 kl. 09:00 "
            "(norsk tid)\nVarighet: 30 minutter\nSted: Teams\n\nMed vennlig hilsen\nIngrid Berg"
        ),
        label={"kind": "invitation", **timed(s, s + timedelta(minutes=30), zone=tz)},
        note="Norwegian, sent in CEST for a slot after the 25 Oct change; 'Varighet: 30 minutter'.",
    )
    s, e = at(2026, 11, 13, 14, 0, tz, "Fri"), at(2026, 11, 13, 15, 0, tz)
    yield d(
        "utc_plus_1",
        "nb",
        sender=("Ola Hansen", "ola@nordlysapp.example"),
        to=me,
        subject="Intervju fredag",
        sent=at(2026, 11, 9, 9, 0, tz),
        text=(
            "Hei,\n\nbekrefter intervju fredag 13. november 2026 kl. 14:00–15:00 (UTC+1) på "
            "Google Meet.\n\nHilsen Ola\nNordlys App AS"
        ),
        label={"kind": "invitation", **timed(s, e)},
        note="Norwegian range with an offset '(UTC+1)'.",
    )

    tz = "Europe/Berlin"
    s, e = at(2026, 3, 31, 15, 0, tz, "Tue"), at(2026, 3, 31, 15, 30, tz)
    yield d(
        "windows_display_dst_week",
        "sv",
        sender=("Sara Ek", "sara.ek@malarbanken.example"),
        to=me,
        subject="Intervju – Affärsanalytiker",
        sent=at(2026, 3, 25, 10, 0, tz),
        html=(
            "<html><body><p>Hej Alex,</p><p>Välkommen på intervju:</p>"
            "<p><b>Datum:</b> 2026-03-31<br><b>Tid:</b> 15:00–15:30<br><b>Tidszon:</b> "
            "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien</p>"
            "<p>Vänliga hälsningar,<br>Sara Ek</p></body></html>"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="HTML only; Windows display name '(UTC+01:00) Amsterdam, Berlin, …' (CLDR: "
        "Europe/Berlin) two days after the switch to summer time (+02:00).",
    )

    tz = "Europe/Rome"
    s, e = at(2026, 4, 2, 16, 0, tz, "Thu"), at(2026, 4, 2, 16, 45, tz)
    yield d(
        "data_ora_italiana",
        "it",
        sender=("Francesca Greco", "f.greco@lagunavetri.example"),
        to=me,
        subject="Convocazione colloquio",
        sent=at(2026, 3, 27, 11, 0, tz),
        text=(
            "Gentile Alex,\n\nla convochiamo per un colloquio conoscitivo.\n\nData: 02/04/2026\n"
            "Ora: 16:00 – 16:45 (ora italiana)\nLuogo: Fondamenta Vetrai 12, Murano\n\n"
            "Cordiali saluti,\nFrancesca Greco\nLaguna Vetri S.r.l."
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Italian 'Data: 02/04/2026' (day first: 2 April) and 'ora italiana'.",
    )
    s = at(2026, 10, 12, 9, 30, tz, "Mon")
    yield d(
        "no_year_cest",
        "it",
        sender=("Marco Bianchi", "marco.bianchi@apuliafood.example"),
        to=me,
        subject="Colloquio lunedì",
        sent=at(2026, 10, 6, 18, 0, tz),
        text=(
            "Ciao Alex,\n\nti confermo il colloquio lunedì 12 ottobre alle 9:30 CEST, in "
            "videochiamata. Durata prevista: circa un'ora.\n\nA presto,\nMarco"
        ),
        label={"kind": "invitation", **timed(s)},
        note="No year ('lunedì 12 ottobre alle 9:30 CEST'); 'circa un'ora' is no end.",
    )

    tz = "Europe/Amsterdam"
    s, e = at(2026, 3, 10, 11, 0, tz, "Tue"), at(2026, 3, 10, 12, 0, tz)
    yield d(
        "datum_tijd_uur",
        "nl",
        sender=("Sanne de Vries", "sanne@deltadijk.example"),
        to=me,
        subject="Uitnodiging sollicitatiegesprek",
        sent=at(2026, 3, 4, 9, 0, tz),
        text=(
            "Beste Alex,\n\nGraag nodigen wij je uit voor een gesprek.\n\nDatum: 10-03-2026\n"
            "Tijd: 11:00 - 12:00 uur (Nederlandse tijd)\nLocatie: Dijkweg 4, Rotterdam\n\n"
            "Met vriendelijke groet,\nSanne de Vries\nDeltadijk B.V."
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Dutch 'Datum: 10-03-2026' (10 March), '11:00 - 12:00 uur (Nederlandse tijd)'.",
    )

    tz = "Europe/Lisbon"
    s, e = at(2026, 5, 19, 10, 0, tz, "Tue"), at(2026, 5, 19, 10, 45, tz)
    yield d(
        "hora_de_lisboa",
        "pt",
        sender=("Rita Sousa", "rita.sousa@tejoseguros.example"),
        to=me,
        subject="Convite para entrevista",
        sent=at(2026, 5, 13, 15, 0, tz),
        text=(
            "Olá Alex,\n\nTemos o gosto de o convidar para uma entrevista.\n\nData: 19/05/2026\n"
            "Hora: 10h00 – 10h45 (hora de Lisboa)\nLocal: Rua Augusta 50, Lisboa\n\n"
            "Com os melhores cumprimentos,\nRita Sousa\nTejo Seguros"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="European Portuguese '10h00 – 10h45 (hora de Lisboa)'.",
    )
    tz = "America/Sao_Paulo"
    s, e = at(2026, 12, 3, 14, 0, tz, "Thu"), at(2026, 12, 3, 15, 0, tz)
    yield d(
        "horario_padrao_brasilia",
        "pt-BR",
        sender=("Camila Rocha", "camila.rocha@cerradotech.example"),
        to=me,
        subject="Entrevista confirmada",
        sent=at(2026, 11, 27, 10, 0, tz),
        text=(
            "Oi Alex,\n\nSegue a confirmação:\n\nQuando: quinta-feira, 3 de dezembro de 2026 · "
            "14:00 – 15:00\nFuso horário: (GMT-03:00) Horário Padrão de Brasília\n\n"
            "Abraços,\nCamila"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="pt-BR 'Quando: … · 14:00 – 15:00' and 'Fuso horário: (GMT-03:00) Horário Padrão "
        "de Brasília'.",
    )

    tz = "Asia/Kolkata"
    s, e = at(2026, 8, 5, 11, 0, tz, "Wed"), at(2026, 8, 5, 11, 45, tz)
    yield d(
        "india_day_first_ist",
        "en-IN",
        sender=("Priya Menon", "priya.menon@kaveri-infotech.example"),
        to=me,
        subject="Interview schedule - Java Developer",
        sent=at(2026, 7, 30, 17, 0, tz),
        text=(
            "Dear Candidate,\n\nGreetings from Kaveri Infotech, Bengaluru!\n\nYour technical "
            "interview is scheduled as below:\n\nDate: 05/08/2026 (Wednesday)\n"
            "Time: 11:00 AM - 11:45 AM IST\nMode: Virtual (Teams)\n\nRegards,\nPriya Menon\nHR"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Indian 'Date: 05/08/2026 (Wednesday)': the weekday and IST say 5 August.",
    )
    tz = "America/Los_Angeles"
    s, e = at(2026, 11, 3, 10, 0, tz, "Tue"), at(2026, 11, 3, 10, 45, tz)
    yield d(
        "pacific_time_los_angeles",
        "en",
        sender=("Jordan Lee", "jordan@redwoodrobotics.example"),
        to=me,
        subject="Onsite loop details",
        sent=at(2026, 10, 28, 15, 0, tz),
        text=(
            "Hi Alex,\n\nHere are the details I pasted from our calendar:\n\nHiring manager chat\n"
            "Tuesday, November 3, 2026 · 10:00 – 10:45am\nTime zone: Pacific Time - Los Angeles\n"
            "Video call link: https://meet.google.com/abc-defg-hij\n\nBest,\nJordan"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Google Calendar event text pasted by hand; sent in PDT for a slot in PST.",
    )
    tz = "Australia/Sydney"
    s, e = at(2026, 10, 5, 9, 0, tz, "Mon"), at(2026, 10, 5, 9, 30, tz)
    yield d(
        "windows_sydney_dst_start",
        "en-AU",
        sender=("Chloe Nguyen", "chloe.nguyen@harbourlight.example"),
        to=me,
        subject="Phone screen confirmed",
        sent=at(2026, 9, 30, 14, 0, tz),
        text=(
            "Hi Alex,\n\nConfirming our phone screen.\n\nWhen: Monday, 5 October 2026 9:00 AM-"
            "9:30 AM (UTC+10:00) Canberra, Melbourne, Sydney\n\nCheers,\nChloe"
        ),
        label={"kind": "invitation", **timed(s, e, zone=tz)},
        note="Windows display name the day after the southern switch to summer time (+11:00).",
    )
    tz = "Africa/Johannesburg"
    s, e = at(2026, 9, 10, 10, 0, tz, "Thu"), at(2026, 9, 10, 11, 0, tz)
    yield d(
        "za_10h00_gmt2",
        "en-ZA",
        sender=("Thandi Dlamini", "thandi@karoo-solar.example"),
        to=me,
        subject="Interview invitation",
        sent=at(2026, 9, 4, 12, 0, tz),
        text=(
            "Good day Alex,\n\nWe would like to invite you to an interview on Thursday 10 "
            "September 2026, 10h00 to 11h00 (GMT+2), at our Stellenbosch office.\n\nKind regards,"
            "\nThandi Dlamini"
        ),
        label={"kind": "invitation", **timed(s, e)},
        note="South African '10h00 to 11h00 (GMT+2)'.",
    )


SOURCES = {name: pp.SOURCES[name] for name in ("alfio", "localdesk")}


def provenance(cases: list[pp.Case]) -> str:
    lines = [
        "# Provenance of the parsegen batch (`build_parsegen.py`)",
        "",
        "Held-out invitations without a calendar part, written and labelled before the parser "
        "was run on them (first measured figures are in the parsegen branch's report). People, "
        "companies, addresses and links are made up. Regenerate with "
        "`.venv/bin/python tests/parsing/corpus/build_parsegen.py` (deterministic).",
        "",
        "## Families",
        "",
    ]
    for name, source in SOURCES.items():
        count = sum(1 for item in cases if item.family == name)
        lines.append(f"- **{name}** ({count} messages, {SPLIT}): {source}")
    lines += ["", "## Files", "", "| file | kind | language | what it exercises |"]
    lines.append("|---|---|---|---|")
    for item in cases:
        row = [
            f"`{item.split}/{item.filename}`",
            str(item.label.get("kind", "(not labelled)")),
            item.language,
            item.note,
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in (alfio, localdesk) for item in build()]
    names = [item.filename for item in cases]
    if len(set(names)) != len(names):
        raise ValueError("duplicate file names")
    for old in (HERE / SPLIT).glob("*__*"):
        if old.name.split("__", 1)[0] in SOURCES:
            old.unlink()
    for item in cases:
        (HERE / SPLIT / item.filename).write_bytes(item.raw)
        (HERE / SPLIT / f"{item.filename}.expected.json").write_text(pp.label_json(item), "utf-8")
    text = provenance(cases)
    (HERE / "PROVENANCE-parsegen.md").write_text(text, "utf-8")
    print(f"{len(cases)} messages in {len(SOURCES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
