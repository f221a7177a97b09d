# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the events34 batch: event-platform and organiser mail that looks like an invitation.

Run: .venv/bin/python tests/parsing/corpus/build_events34.py

Registration, ticket and waitlist mail from ticketing and event-management software (Indico's
reminder and registration mails and Hi.Events' order summary, with their shipped translations),
notices to an event's organiser (published, approved, updated, new registrations), reminders
("starts tomorrow at 19:00"), newsletters of upcoming events, careers fairs, open days,
webinars and information sessions open to all applicants; in de, fr, es, it, nl, pt-BR, pl,
sv, ca, ja, ru, tr. Controls: the reader's own interview booked through an event or booking
tool, and assessment days the reader is personally invited to with a slot.

Reuses the mail writers of build_events26.py (through build_events33.py). Held out (chosen by
random.Random(34).sample(families, 3) before any parse): fairs34, indico34, remind34.
See PROVENANCE-events34.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("e33", HERE / "build_events33.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["e33"] = module
    spec.loader.exec_module(module)
    return module


e33 = _load()
e = e33.e
at = e.at
hm = e33.hm

FAMILIES = [
    "indico34",
    "hievents34",
    "orgnotice34",
    "waitlist34",
    "fairs34",
    "remind34",
    "newsletter34",
    "ctrl34",
]
# random.Random(34).sample(FAMILIES, 3) == ['remind34', 'indico34', 'fairs34'] (drawn before any parse)
HELDOUT = {"fairs34", "indico34", "remind34"}
SPLITS = {f: ("heldout" if f in HELDOUT else "dev") for f in FAMILIES}

LICENSE = "structure only; all text, people and identifiers written for this corpus"
INDICO_LICENSE = "MIT (indico/indico templates and translations); events, people and places ours"
HIEVENTS_LICENSE = "AGPL-3.0 with additional terms (HiEventsDev/Hi.Events templates and translations); events, people and places ours"
INDICO_AT = "indico/indico@b8f1fde8b81b199341cc84a75909cb0ed362d44e"
HIEVENTS_AT = "HiEventsDev/Hi.Events@944433c77947dc55278622cb8ceb5d208be89b07"
TEMPLATE = {
    "indico34": f"{INDICO_AT} indico/modules/events/reminders/templates/emails/event_reminder.txt, indico/modules/events/registration/templates/emails/{{registration_creation_to_registrant,registration_state_update_to_registrant,base_registration}}.html, indico/translations/<ll_CC>/LC_MESSAGES/messages-all.po; dates as Babel's medium/short formats with Indico's seconds stripped",
    "hievents34": f"{HIEVENTS_AT} backend/resources/views/emails/orders/summary.blade.php, emails/waitlist/{{offer,confirmation}}.blade.php and backend/lang/<lang>.json; dates as Carbon's 'F j, Y' and 'g:i A' (English in every locale)",
    "orgnotice34": "notices to an event's organiser from event platforms (event published, approved by a moderator, updated, new registration, capacity reached); layout recalled, wording ours",
    "waitlist34": f"waitlist moves ('a spot has opened up', 'you moved up from the waiting list'); the English one follows {HIEVENTS_AT} emails/waitlist/offer.blade.php, the rest wording ours",
    "fairs34": "careers fairs, open days, webinars and information sessions open to all applicants, from universities, employers and job centres; wording ours",
    "remind34": "reminders of a public event the reader registered for ('your event starts tomorrow at 19:00'); wording ours",
    "newsletter34": "newsletters listing several upcoming dated events (clubs, libraries, coworking spaces, alumni associations); wording ours",
    "ctrl34": "controls: the reader's own interview booked through an event or booking tool, and assessment days with the reader's personal slot; wording ours",
}

_WEEK = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
_MONTH = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "en": "January February March April May June July August September October November December",
}


def day(lang: str, d: datetime) -> str:
    """The date as an event mail writes it in that language, without the year."""
    if lang == "ja":
        return f"{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）"
    if lang in _WEEK:
        w = _WEEK[lang].split()[d.weekday()]
        m = _MONTH[lang].split()[d.month - 1]
        if lang == "fr":
            return f"{w} {d.day} {m}"
        if lang == "ru":
            return f"{w}, {d.day} {m}"
        return f"{w}, {m} {d.day}"
    return str(e33.day(lang, d))


# Babel's medium/short formats (CLDR) for Indico's locales, Indico strips the seconds.
_ABBR = {
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
}


def indico_medium(lang: str, d: datetime) -> str:
    t = f"{d.hour:02d}:{d.minute:02d}"
    mon = _ABBR.get(lang, "").split()
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}, {t}"
    if lang == "es":
        return f"{d.day} {mon[d.month - 1]} {d.year}, {d.hour}:{d.minute:02d}"
    if lang in ("fr", "it", "pl"):
        return f"{d.day} {mon[d.month - 1]} {d.year}, {t}"
    if lang == "pt":
        return f"{d.day} de {mon[d.month - 1]} de {d.year} {t}"
    if lang == "sv":
        return f"{d.day} {mon[d.month - 1]} {d.year} {t}"
    if lang == "ja":
        return f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}"
    raise KeyError(lang)


def indico_short(lang: str, d: datetime) -> str:
    t = f"{d.hour:02d}:{d.minute:02d}"
    y2 = d.year % 100
    return {
        "de": f"{d.day:02d}.{d.month:02d}.{y2:02d}, {t}",
        "fr": f"{d.day:02d}/{d.month:02d}/{d.year} {t}",
        "es": f"{d.day}/{d.month}/{y2:02d}, {d.hour}:{d.minute:02d}",
        "it": f"{d.day:02d}/{d.month:02d}/{y2:02d}, {t}",
        "pl": f"{d.day}.{d.month:02d}.{d.year}, {t}",
        "pt": f"{d.day:02d}/{d.month:02d}/{d.year} {t}",
        "sv": f"{d.year}-{d.month:02d}-{d.day:02d} {t}",
        "ja": f"{d.year}/{d.month:02d}/{d.day:02d} {d.hour}:{d.minute:02d}",
    }[lang]


def carbon(d: datetime) -> tuple[str, str]:
    """Hi.Events' Carbon formats 'F j, Y' and 'g:i A' (not localised)."""
    h = d.hour % 12 or 12
    return (
        f"{_MONTH['en'].split()[d.month - 1]} {d.day}, {d.year}",
        f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}",
    )


def mail(
    fam: str,
    name: str,
    lang: str,
    z: str,
    when: tuple[int, int, int, int, int],
    mins: int,
    sender: str,
    subject: str,
    text: str,
    note: str,
    *,
    ahead: timedelta = timedelta(days=6, hours=3),
    invite: bool = False,
    says_end: bool = True,
    zone: str | None = None,
    extra: Callable[[datetime, datetime], dict[str, str]] | None = None,
) -> None:
    s = at(*when, z)
    end = s + timedelta(minutes=mins)
    fields = {"date": day(lang[:2], s), "start": hm(s), "end": hm(end)}
    if extra is not None:
        fields.update(extra(s, end))
    e.text_mail(
        fam,
        name,
        sent=s - ahead,
        sender=sender,
        subject=subject.format(**fields),
        text=text.format(**fields),
        lang=lang,
        lab=e.text_label(s, end if says_end else None, zone) if invite else None,
        html=True,
        note=note,
    )


BER, PAR, MAD, BCN, ROM = (
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Madrid",
    "Europe/Rome",
)
AMS, WAW, STO, IST, SAO = (
    "Europe/Amsterdam",
    "Europe/Warsaw",
    "Europe/Stockholm",
    "Europe/Istanbul",
    "America/Sao_Paulo",
)
MOW, TYO, LIS, ZRH = "Europe/Moscow", "Asia/Tokyo", "Europe/Lisbon", "Europe/Zurich"
e.cp.RULES.setdefault("Europe/Amsterdam", e.q.BERLIN)


# ------------------------------------------------------------------------------ indico34
INDICO_NOTE = "Indico event reminder or registration mail rendered from its template and shipped translation: a public event the reader registered for, not their interview"

IND_REMIND = {
    "de": (
        "Erinnerung",
        'Bitte beachten Sie, dass die Veranstaltung "{title}" am {start} ({tz}) beginnen wird.',
        "Sie findet statt am {loc}",
        "Die vollständige Veranstaltung finden Sie hier:",
    ),
    "fr": (
        "Rappel d'événement",
        'Veuillez noter que l\'événement "{title}" commencera le {start} ({tz}).',
        "Il aura lieu à {loc}",
        "Accédez à l'événement complet ici:",
    ),
    "it": (
        "Promemoria per l'evento",
        'Si prega di notare che l\'evento "{title}" inizierà il {start} ({tz}).',
        "Si terrà presso {loc}",
        "È possibile accedere all'intero evento qui:",
    ),
    "pl": (
        "Przypomnienie o wydarzeniu",
        'Proszę zauważyć, że wydarzenie "{title}" rozpocznie się w dniu {start} ({tz}).',
        "Odbędzie się ono w {loc}",
        "Dostęp do pełnego wydarzenia możesz uzyskać tutaj:",
    ),
    "ja": (
        "イベントのリマインダー",
        "イベント「{title}」 は {start} ({tz}) に始まります。",
        "開催場所は {loc} です",
        "イベントの全貌はこちらからアクセスできます:",
    ),
}
IND_REG = {
    # subject, dear, thanks (at_time follows the title), manage, manage link, footer
    "es": (
        "Inscripción para {title}",
        "Estimado {name},",
        "Su inscripción para el evento {title} {at} ha sido recibida.",
        "Para gestionar su inscripción, siga este enlace:",
        "Gestionar mi inscripción",
        "Registro de Eventos",
    ),
    "sv": (
        "Registrering för {title}",
        "Kära {name},",
        "Vi tackar dig för din anmälan! Din anmälan till eventet {title} {at} har tagits emot.",
        "För att hantera din registrering följ denna länk:",
        "Hantera min registrering",
        "Registrering av evenemang",
    ),
    "pt": (
        "Registro completo para {title}",
        "Caro(a) {name},",
        "Obrigado! Sua inscrição para o Evento {title} {at} foi recebida.",
        "Para gerenciar seu registro, acesse este link:",
        "Gerenciar meu registro",
        "Evento Registro",
    ),
    "de": (
        "Anmeldung zu {title}",
        "Liebe(r) {name},",
        "Vielen Dank! Ihre Anmeldung für die Veranstaltung {title} {at} ist eingegangen.",
        "Um Ihre Anmeldung zu verwalten, folgen Sie diesem Link:",
        "Meine Anmeldung verwalten",
        "Anmeldung zur Veranstaltung",
    ),
}
IND_PENDING = {
    "sv": "Observera att denna händelse kräver manuellt godkännande. Du kommer att få ett meddelande när registreringsprocessen är klar.",
}


def indico34() -> None:
    fam = "indico34"
    reminders = [
        (
            "de_erinnerung_sommerschule",
            "de",
            BER,
            (2027, 6, 14, 9, 0),
            "Sommerschule Datenanalyse 2027",
            "Hörsaal 3 (Gebäude C).",
        ),
        (
            "fr_rappel_portes_ouvertes",
            "fr",
            PAR,
            (2027, 3, 13, 10, 0),
            "Journée portes ouvertes du laboratoire",
            "Amphithéâtre Curie (Bâtiment B).",
        ),
        (
            "it_promemoria_orientamento",
            "it",
            ROM,
            (2027, 4, 7, 14, 30),
            "Giornata di orientamento ai tirocini",
            "Aula Magna (Palazzo Nuovo).",
        ),
        (
            "pl_przypomnienie_targi",
            "pl",
            WAW,
            (2027, 5, 12, 9, 30),
            "Targi Pracy i Staży 2027",
            "Centrum Konferencyjne (Sala A).",
        ),
        (
            "ja_reminder_setsumeikai",
            "ja",
            TYO,
            (2027, 10, 21, 14, 0),
            "研究所オープンキャンパス・説明会",
            "講堂 (本館2階).",
        ),
    ]
    for name, lang, z, when, title, loc in reminders:
        subj, first, where, full = IND_REMIND[lang]
        url = f"https://indico.example.org/event/{zlib.crc32(name.encode()) % 900 + 100}/"

        def ex(s: datetime, _e: datetime, lang: str = lang) -> dict[str, str]:
            return {"med": indico_medium(lang, s), "short": indico_short(lang, s)}

        text = (
            first.replace("{start}", "{med}").replace("{tz}", z).replace("{title}", title)
            + "\n"
            + where.replace("{loc}", loc)
            + f"\n\n{full}\n{url}\n\n--\nIndico :: Email Notifier\n{url}"
        )
        mail(
            fam,
            name,
            lang,
            z,
            when,
            60,
            "Indico <noreply@indico.example.org>",
            f"[{subj}] {title} ({{short}} {z})",
            text,
            INDICO_NOTE,
            ahead=timedelta(days=1, hours=2),
            extra=ex,
        )
    regs = [
        (
            "es_inscripcion_puertas_abiertas",
            "es",
            MAD,
            (2027, 3, 4, 17, 0),
            150,
            "Jornada de puertas abiertas del Máster en Ingeniería",
            "Lucía Ejemplo",
            None,
        ),
        (
            "sv_registrering_informationsmote",
            "sv",
            STO,
            (2027, 2, 24, 18, 0),
            90,
            "Informationsmöte för sökande till forskarskolan",
            "Elin Exempel",
            "sv",
        ),
        (
            "pt_registro_semana_carreiras",
            "pt-BR",
            SAO,
            (2027, 8, 18, 9, 30),
            480,
            "Semana de Carreiras em Física",
            "Rafael Exemplo",
            None,
        ),
        (
            "de_anmeldung_karrieretag",
            "de",
            BER,
            (2027, 11, 10, 10, 0),
            360,
            "Karrieretag Physik 2027",
            "Jonas Beispiel",
            None,
        ),
    ]
    for name, lang, z, when, mins, title, person, pending in regs:
        l2 = lang[:2]
        subj, dear, thanks, manage, link, foot = IND_REG[l2]

        def ex2(s: datetime, end: datetime, l2: str = l2) -> dict[str, str]:
            return {"at": f"({indico_medium(l2, s)} - {hm(end)})"}

        body = (
            f"{title}\nref: #{zlib.crc32(title.encode()) % 90 + 10}\n\n"
            + dear.format(name=person)
            + "\n\n"
            + thanks.replace("{title}", title)
            + ("\n" + IND_PENDING[pending] if pending else "")
            + f"\n\n{manage} {link}\nhttps://indico.example.org/event/2{zlib.crc32(name.encode()) % 90 + 10}/registrations/\n\nIndico :: {foot}"
        )
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            "Indico <noreply@indico.example.org>",
            subj.format(title=title),
            body,
            INDICO_NOTE,
            ahead=timedelta(days=12, hours=5),
            extra=ex2,
        )


# ------------------------------------------------------------------------------ hievents34
HI_NOTE = "Hi.Events order summary rendered from its template and shipped translation (dates in Carbon's English format): a ticket for a public event, not the reader's interview"
HI = {
    # confirmed, congratulations, details, name, date&time, summary, number, total, button, regards
    "de": (
        "Ihre Bestellung ist bestätigt!",
        "Herzlichen Glückwunsch! Ihre Bestellung für {t} am {d} zur {h} war erfolgreich. Die Details Ihrer Bestellung finden Sie unten.",
        "Details zur Veranstaltung",
        "Name der Veranstaltung:",
        "Datum und Uhrzeit:",
        "Zusammenfassung der Bestellung",
        "Bestellnummer:",
        "Gesamtbetrag:",
        "Bestellübersicht & Tickets ansehen",
    ),
    "es": (
        "Su pedido está confirmado.",
        "Enhorabuena. Su pedido de {t} en {d} a {h} se ha realizado correctamente. A continuación encontrará los detalles de su pedido.",
        "Detalles del evento",
        "Nombre del evento:",
        "Fecha y hora:",
        "Resumen del pedido",
        "Número de pedido:",
        "Importe total:",
        "Ver resumen del pedido y entradas",
    ),
    "fr": (
        "Votre commande est confirmée !",
        "Nous vous félicitons ! Votre commande pour {t} on {d} at {h} a été acceptée. Vous trouverez ci-dessous les détails de votre commande.",
        "Détails de l'événement",
        "Nom de l'événement :",
        "Date et heure :",
        "Résumé de la commande",
        "Numéro de commande :",
        "Montant total :",
        "Voir le résumé de la commande et les billets",
    ),
    "it": (
        "Il tuo ordine è confermato!",
        "Congratulazioni! Il tuo ordine per {t} il {d} alle {h} è andato a buon fine. Di seguito sono riportati i dettagli del tuo ordine.",
        "Dettagli dell'evento",
        "Nome dell'evento :",
        "Data e ora :",
        "Riepilogo dell'ordine",
        "Numero d'ordine :",
        "Importo totale :",
        "Visualizza il riepilogo dell'ordine e i biglietti",
    ),
    "nl": (
        "Uw bestelling is bevestigd!",
        "Gefeliciteerd! Uw bestelling voor {t} op {d} om {h} was succesvol. Zie hieronder uw besteldetails.",
        "Evenementdetails",
        "Evenementnaam:",
        "Datum & Tijd:",
        "Besteloverzicht",
        "Bestelnummer:",
        "Totaalbedrag:",
        "Besteloverzicht & tickets bekijken",
    ),
    "pl": (
        "Twoje zamówienie zostało potwierdzone!",
        "Gratulacje! Twoje zamówienie za {t} w dniu {d} o {h} było udane. Znajdź szczegóły zamówienia poniżej.",
        "Szczegóły wydarzenia",
        "Nazwa wydarzenia:",
        "Data i czas:",
        "Podsumowanie zamówienia",
        "Numer zamówienia:",
        "Całkowita kwota:",
        "Zobacz podsumowanie zamówienia i bilety",
    ),
}


def hievents34() -> None:
    fam = "hievents34"
    rows = [
        (
            "de_karrieremesse_ticket",
            "de",
            BER,
            (2027, 3, 18, 10, 0),
            "Karrieremesse Nord 2027",
            "Messehalle 4, Hamburg",
            "Gratis",
            "Das Team der Karrieremesse Nord",
        ),
        (
            "es_feria_empleo_entrada",
            "es",
            MAD,
            (2027, 4, 22, 9, 30),
            "Feria de Empleo Tecnológico",
            "Palacio de Congresos, Valencia",
            "0,00 €",
            "Equipo de la Feria",
        ),
        (
            "fr_salon_alternance_billet",
            "fr",
            PAR,
            (2027, 2, 11, 13, 0),
            "Salon de l'alternance et des métiers",
            "Parc des expositions, Nantes",
            "0,00 €",
            "L'équipe du Salon",
        ),
        (
            "it_open_day_biglietto",
            "it",
            ROM,
            (2027, 5, 8, 10, 0),
            "Open Day Accademia del Design",
            "Via dell'Esempio 12, Torino",
            "0,00 €",
            "Accademia del Design",
        ),
        (
            "nl_netwerkavond_ticket",
            "nl",
            AMS,
            (2027, 4, 15, 19, 0),
            "Netwerkavond Jonge Ingenieurs",
            "De Kantine, Utrecht",
            "€ 12,50",
            "Stichting Jonge Ingenieurs",
        ),
        (
            "pl_dzien_otwarty_bilet",
            "pl",
            WAW,
            (2027, 6, 3, 17, 30),
            "Dzień Otwarty Szkoły Programowania",
            "ul. Przykładowa 5, Kraków",
            "0,00 zł",
            "Zespół Szkoły",
        ),
    ]
    for name, lang, z, when, title, venue, total, org in rows:
        conf, congr, det, nm, dt, summ, num, tot, btn = HI[lang]

        def ex(s: datetime, _e: datetime) -> dict[str, str]:
            d, h = carbon(s)
            return {"cd": d, "ch": h}

        order = f"O-{zlib.crc32(name.encode()) % 9000 + 1000}X{len(title)}"
        text = (
            f"{conf} 🎉\n\n"
            + congr.replace("{t}", title).replace("{d}", "{cd}").replace("{h}", "{ch}")
            + f"\n\n{det}\n{nm} {title}\n{dt} {{cd}} at {{ch}}\n\n{venue}\n\n{summ}\n- {num} {order}\n- {tot} {total}\n\n{btn}: https://tickets.example.com/order/{order.lower()}\n\n{org}"
        )
        mail(
            fam,
            name,
            lang,
            z,
            when,
            240,
            f"{org} <noreply@tickets.example.com>",
            f"{conf} {title}",
            text,
            HI_NOTE,
            ahead=timedelta(days=20, hours=4),
            extra=ex,
        )


# ------------------------------------------------------------------------------ orgnotice34
ORG_NOTE = "a notice to the organiser of a public event (published, approved, updated, new registration): the reader runs the event, it is not their interview"


def orgnotice34() -> None:
    fam = "orgnotice34"
    rows = [
        (
            "en_event_published",
            "en",
            BER,
            (2027, 3, 9, 18, 0),
            120,
            "Eventyay <noreply@eventyay.example>",
            "Your event 'Open Source Jobs Night' is live",
            "Hi Sam,\n\nGood news: your event Open Source Jobs Night has been published and is now visible on the events page.\n\nWhen: {date}, {start} - {end} (Europe/Berlin)\nWhere: Coworking Mitte, Hall 1\n\nShare the public link with your community: https://eventyay.example/e/7b2f1c\nYou can edit tickets, sessions and speakers from the organiser dashboard.\n\nThe Eventyay team",
        ),
        (
            "de_veranstaltung_freigegeben",
            "de",
            BER,
            (2027, 4, 21, 17, 0),
            150,
            "Stadtportal Veranstaltungen <redaktion@stadtportal.example>",
            "Ihre Veranstaltung wurde freigegeben",
            'Hallo Frau Beispiel,\n\nIhre Veranstaltung "Bewerbungsfotos & Lebenslauf-Check" wurde von unserer Redaktion geprüft und freigegeben. Sie erscheint ab sofort im Veranstaltungskalender.\n\nTermin: {date}, {start}–{end} Uhr\nOrt: Stadtbibliothek, Lesesaal\n\nÄnderungen können Sie jederzeit in Ihrem Veranstalterkonto vornehmen. Bitte beachten Sie, dass geänderte Termine erneut geprüft werden.\n\nIhre Redaktion',
        ),
        (
            "fr_evenement_modifie",
            "fr",
            PAR,
            (2027, 5, 6, 18, 30),
            90,
            "Agenda Associatif <notifications@agenda-asso.example>",
            "Votre événement a été mis à jour",
            "Bonjour,\n\nLes modifications de votre événement « Atelier CV et lettre de motivation » ont bien été enregistrées.\n\nNouvelle date : {date} à {start}\nLieu : Maison des associations, salle 2\nPlaces : 25 (14 inscrits)\n\nLes participants inscrits ont été prévenus par e-mail. Pour voir la page publique : https://agenda-asso.example/e/atelier-cv\n\nL'équipe de l'Agenda Associatif",
        ),
        (
            "es_nueva_inscripcion",
            "es",
            MAD,
            (2027, 3, 25, 19, 0),
            120,
            "Eventos Barrio <avisos@eventosbarrio.example>",
            "Nueva inscripción en tu evento: Charla sobre empleo verde",
            "Hola Pablo,\n\nAlguien se ha inscrito en tu evento Charla sobre empleo verde.\n\nParticipante: Ana Ejemplo\nEntradas: 1 (gratuita)\nInscritos: 38 de 60\n\nFecha del evento: {date}, de {start} a {end}\nLugar: Centro Cívico Norte\n\nPuedes descargar la lista de asistentes desde el panel de organización.",
        ),
        (
            "nl_evenement_vol",
            "nl",
            AMS,
            (2027, 6, 10, 16, 0),
            180,
            "Evenementenplatform <meldingen@evenementen.example>",
            "Je evenement is volgeboekt",
            "Hoi Joost,\n\nGoed nieuws: alle 80 plaatsen voor je evenement Open Dag Zorgacademie zijn vergeven. Nieuwe bezoekers komen vanaf nu op de wachtlijst.\n\nDatum: {date}, {start} - {end} uur\nLocatie: Zorgacademie, Hoofdgebouw\n\nWil je meer plaatsen vrijgeven? Pas de capaciteit aan in je organisatorsdashboard.\n\nGroet,\nHet Evenementenplatform",
        ),
        (
            "ca_activitat_aprovada",
            "ca",
            BCN,
            (2027, 4, 29, 18, 0),
            90,
            "Agenda Cultural <agenda@ajuntament.example>",
            "Activitat aprovada: Xerrada sobre la recerca de feina",
            "Hola Marta,\n\nL'activitat que vas proposar, \"Xerrada sobre la recerca de feina\", ha estat aprovada i ja es mostra a l'agenda.\n\nData: {date}\nHora: de {start} a {end}\nLloc: Centre Cívic Can Exemple\n\nRecorda que pots afegir-hi fotos i l'enllaç d'inscripció des del teu compte d'entitat.\n\nEquip de l'Agenda Cultural",
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            sender,
            subject,
            text,
            ORG_NOTE,
            ahead=timedelta(days=15, hours=2),
        )


# ------------------------------------------------------------------------------ waitlist34
WAIT_NOTE = "a waitlist move for a public event (a spot opened up, moved up from the waiting list): a ticket, not the reader's interview"


def waitlist34() -> None:
    fam = "waitlist34"
    rows = [
        (
            "en_spot_opened",
            "en",
            BER,
            (2027, 3, 16, 18, 30),
            120,
            "Berlin Tech Meetups <noreply@tickets.example.com>",
            "A spot has opened up!",
            "A spot has opened up!\n\nHello,\n\nGreat news! A spot has become available for General admission for the event Hiring in Tech: Panel & Networking ({date}, {start} - {end}).\n\nAn order has been reserved for you. Click the button below to complete your purchase.\n\nThis offer expires on March 12, 2027 at 11:59 PM. Please complete your order before it expires.\n\nComplete Your Order: https://tickets.example.com/checkout/wl-5521\n\nIf you have any questions or need assistance, please respond to this email.\n\nThank you,\nBerlin Tech Meetups",
        ),
        (
            "de_nachgerueckt",
            "de",
            BER,
            (2027, 4, 8, 17, 0),
            120,
            "Volkshochschule Mitte <anmeldung@vhs.example>",
            "Sie sind von der Warteliste nachgerückt",
            'Guten Tag,\n\nes ist ein Platz frei geworden: Sie sind im Kurs "Souverän ins Vorstellungsgespräch" von der Warteliste nachgerückt und jetzt verbindlich angemeldet.\n\nKurstermin: {date}, {start}–{end} Uhr\nOrt: VHS Mitte, Raum 204\nKursleitung: Petra Muster\n\nSollten Sie nicht teilnehmen können, melden Sie sich bitte bis drei Tage vorher ab, damit der Platz weitergegeben werden kann.\n\nIhre Volkshochschule',
        ),
        (
            "it_posto_disponibile",
            "it",
            ROM,
            (2027, 5, 14, 15, 0),
            120,
            "Informagiovani <eventi@informagiovani.example>",
            "Si è liberato un posto per il laboratorio",
            'Ciao,\n\nsi è liberato un posto al laboratorio "Simulazione di colloquio di gruppo" a cui eri in lista d\'attesa. Il posto è tuo se confermi entro 48 ore.\n\nQuando: {date}, ore {start}-{end}\nDove: Informagiovani, sala riunioni\nPartecipanti: massimo 15\n\nConferma il posto: https://informagiovani.example/conferma/7731\n\nA presto!',
        ),
        (
            "sv_plats_fran_reservlistan",
            "sv",
            STO,
            (2027, 9, 22, 17, 30),
            90,
            "Karriärcenter <event@karriar.example>",
            "Du har fått en plats från reservlistan",
            "Hej!\n\nEn plats har blivit ledig och du har flyttats från reservlistan till deltagarlistan för seminariet Lyckas med din LinkedIn-profil.\n\nTid: {date} kl. {start}–{end}\nPlats: Karriärcenter, sal 3\n\nKan du inte komma? Avanmäl dig via länken i din bekräftelse så att nästa person på listan får platsen.\n\nVälkommen!\nKarriärcenter",
        ),
        (
            "pl_miejsce_z_listy",
            "pl",
            WAW,
            (2027, 10, 6, 18, 0),
            120,
            "Fundacja Przykład <wydarzenia@fundacja.example>",
            "Zwolniło się miejsce na warsztatach",
            'Dzień dobry,\n\nzwolniło się miejsce na warsztatach "Rozmowa kwalifikacyjna krok po kroku" i przesunęliśmy Cię z listy rezerwowej na listę uczestników.\n\nTermin: {date}, godz. {start}-{end}\nMiejsce: Fundacja Przykład, sala 1\nLiczba miejsc: 20\n\nJeśli nie możesz przyjść, daj nam znać, aby miejsce otrzymała kolejna osoba.\n\nPozdrawiamy,\nZespół Fundacji',
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            sender,
            subject,
            text,
            WAIT_NOTE,
            ahead=timedelta(days=5, hours=1),
        )


# ------------------------------------------------------------------------------ fairs34
FAIR_NOTE = "a careers fair, open day, webinar or information session open to all applicants or visitors: an event for many, not the reader's interview"


def fairs34() -> None:
    fam = "fairs34"
    rows = [
        (
            "en_info_session_all_applicants",
            "en",
            "Europe/London",
            (2027, 2, 17, 12, 30),
            60,
            "Graduate Recruitment <graduates@northbank.example>",
            "Information session for applicants: {date}",
            "Dear applicant,\n\nThank you for applying to the Northbank Graduate Programme 2027.\n\nAll applicants are invited to an online information session on {date} from {start} to {end} (UK time). Our recruiters and current graduates will explain the programme, the selection steps and answer your questions.\n\nJoin here: https://meet.example.com/northbank-info\nNo need to register; the session will be recorded.\n\nKind regards,\nGraduate Recruitment team",
        ),
        (
            "de_tag_der_offenen_tuer",
            "de",
            BER,
            (2027, 3, 20, 10, 0),
            300,
            "Stadtwerke Beispielstadt <ausbildung@stadtwerke.example>",
            "Einladung: Tag der offenen Tür für Ausbildungsinteressierte",
            "Hallo,\n\nvielen Dank für Ihr Interesse an einer Ausbildung bei den Stadtwerken. Wir laden alle Bewerberinnen und Bewerber herzlich zu unserem Tag der offenen Tür ein:\n\n{date}, {start} bis {end} Uhr\nBetriebshof, Industriestraße 8\n\nSie können Werkstätten besichtigen, mit Azubis sprechen und sich über alle Ausbildungsberufe informieren. Eine Anmeldung ist nicht erforderlich.\n\nWir freuen uns auf Sie!\nIhr Ausbildungsteam",
        ),
        (
            "fr_forum_emploi",
            "fr",
            PAR,
            (2027, 3, 30, 9, 30),
            450,
            "Pôle Carrières <carrieres@universite.example>",
            "Forum Emploi : votre inscription",
            "Bonjour,\n\nVotre inscription au Forum Emploi & Stages est bien enregistrée.\n\nRendez-vous le {date} de {start} à {end}, Hall du bâtiment central.\n\nPlus de 60 entreprises seront présentes. Pensez à imprimer plusieurs CV ; des entretiens flash auront lieu sur les stands tout au long de la journée, sans rendez-vous.\n\nAjouter au calendrier : https://carrieres.example/forum.ics\n\nLe Pôle Carrières",
        ),
        (
            "es_webinar_proceso",
            "es",
            MAD,
            (2027, 4, 13, 17, 0),
            60,
            "Talento Grupo Ejemplo <talento@grupoejemplo.example>",
            "Webinar para candidatos: cómo es nuestro proceso de selección",
            "Hola,\n\nGracias por tu interés en Grupo Ejemplo. Te invitamos a nuestro webinar abierto para todas las personas candidatas:\n\n«Así es nuestro proceso de selección»\n{date}, de {start} a {end} (hora peninsular)\n\nInscríbete aquí: https://webinar.example/grupoejemplo\n\nEl webinar es informativo y no forma parte de la evaluación. Recibirás la grabación por correo.\n\nUn saludo,\nEquipo de Talento",
        ),
        (
            "nl_open_avond",
            "nl",
            AMS,
            (2027, 5, 19, 19, 0),
            120,
            "Politieacademie Werving <werving@academie.example>",
            "Uitnodiging open avond voor sollicitanten",
            "Beste sollicitant,\n\nWe organiseren een open avond voor iedereen die heeft gesolliciteerd of wil solliciteren:\n\n{date}, van {start} tot {end} uur\nAcademie, Aula\n\nJe hoort meer over de opleiding, de selectieprocedure en de sporttest. Aanmelden is niet verplicht, maar helpt ons bij de planning.\n\nTot dan!\nTeam Werving",
        ),
        (
            "tr_kariyer_gunleri",
            "tr",
            IST,
            (2027, 3, 10, 10, 0),
            420,
            "Kariyer Merkezi <kariyer@universite.example>",
            "Kariyer Günleri kaydınız alındı",
            "Merhaba,\n\nKariyer Günleri etkinliğine kaydınız alınmıştır.\n\nTarih: {date}\nSaat: {start} - {end}\nYer: Kongre ve Kültür Merkezi\n\nEtkinlik tüm öğrenci ve mezunlara açıktır. Firmalarla stantlarda tanışabilir, özgeçmişinizi bırakabilirsiniz.\n\nTakviminize ekleyin. Görüşmek üzere!\nKariyer Merkezi",
        ),
        (
            "pt_feira_estagios",
            "pt-BR",
            SAO,
            (2027, 8, 25, 14, 0),
            240,
            "Central de Estágios <eventos@estagios.example>",
            "Confirmação: Feira de Estágios 2027",
            "Olá,\n\nSua inscrição na Feira de Estágios 2027 foi confirmada.\n\nData: {date}\nHorário: das {start} às {end}\nLocal: Centro de Convenções, Pavilhão 2\n\nA feira é aberta a todos os estudantes inscritos. Leve seu currículo; as empresas farão conversas rápidas nos estandes.\n\nAdicione ao seu calendário. Até lá!\nCentral de Estágios",
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            sender,
            subject,
            text,
            FAIR_NOTE,
            ahead=timedelta(days=9, hours=2),
        )
    # control inside the held-out family: an assessment day with the reader's own slot
    mail(
        fam,
        "de_assessment_center_ihr_slot",
        "de",
        BER,
        (2027, 3, 20, 13, 30),
        90,
        "Stadtwerke Beispielstadt <ausbildung@stadtwerke.example>",
        "Einladung zum Auswahltag: Ihr Termin",
        "Hallo,\n\nIhre Bewerbung um einen Ausbildungsplatz als Elektroniker/in hat uns überzeugt. Wir laden Sie persönlich zu unserem Auswahltag ein.\n\nIhr Termin: {date}, {start}–{end} Uhr\nOrt: Betriebshof, Industriestraße 8, Raum 2\n\nAblauf: kurzer Eignungstest und anschließend ein Gespräch mit der Ausbildungsleitung. Bitte bestätigen Sie den Termin bis Freitag.\n\nIhr Ausbildungsteam",
        "controls: the reader's own selection day with a personal slot, from the same employer as the open day",
        ahead=timedelta(days=9, hours=2),
        invite=True,
    )


# ------------------------------------------------------------------------------ remind34
REMIND_NOTE = "a reminder of a public event the reader registered for ('starts tomorrow at 19:00'): not their interview"


def remind34() -> None:
    fam = "remind34"
    rows = [
        (
            "de_morgen_19_uhr",
            "de",
            BER,
            (2027, 3, 11, 19, 0),
            120,
            "Meetup Gruppe Frontend Köln <info@gruppen.example>",
            "Erinnerung: Ihre Veranstaltung beginnt morgen um 19:00",
            'Hallo,\n\nnur zur Erinnerung: "Frontend Köln #42 – Karrierewege im Web" beginnt morgen, {date}, um {start} Uhr.\n\nOrt: Coworking Rheinblick, 2. OG\nZugesagt: 64 Teilnehmende\n\nKannst du doch nicht kommen? Bitte sag ab, damit jemand von der Warteliste nachrücken kann.\n\nBis morgen!',
        ),
        (
            "fr_demain_atelier",
            "fr",
            PAR,
            (2027, 4, 14, 18, 30),
            90,
            "La Fabrique Emploi <rappels@fabrique.example>",
            "Rappel : votre atelier a lieu demain",
            "Bonjour,\n\nPetit rappel : l'atelier « Réussir son entretien d'embauche » a lieu demain, {date}, de {start} à {end}.\n\nAdresse : La Fabrique, 12 rue de l'Exemple\nNombre de participants : 20\n\nSi vous ne pouvez plus venir, libérez votre place depuis votre espace.\n\nÀ demain !",
        ),
        (
            "es_empieza_en_una_hora",
            "es",
            MAD,
            (2027, 5, 20, 18, 0),
            60,
            "Comunidad Data Madrid <hola@comunidad.example>",
            "Empieza en 1 hora: Charla de empleo en datos",
            "¡Hola!\n\nLa charla «Cómo conseguir tu primer empleo en datos» empieza en una hora, a las {start}.\n\nEnlace de acceso: https://stream.example/charla-datos\nDuración: hasta las {end}\n\nNos vemos dentro. Habrá turno de preguntas al final.",
        ),
        (
            "it_domani_incontro",
            "it",
            ROM,
            (2027, 6, 9, 17, 0),
            120,
            "Eventi Coworking <eventi@coworking.example>",
            "Promemoria: ci vediamo domani alle 17:00",
            "Ciao,\n\nti ricordiamo che domani, {date}, alle {start} si tiene l'incontro \"Freelance e lavoro da remoto\".\n\nDove: Coworking Esempio, sala grande\nPosti confermati: 45\n\nPuoi aggiungere l'evento al calendario dal link nella conferma di iscrizione.\n\nA domani!",
        ),
        (
            "ru_napominanie_zavtra",
            "ru",
            MOW,
            (2027, 9, 16, 19, 0),
            120,
            "Клуб карьеры <events@klub.example>",
            "Напоминание: мероприятие начнётся завтра в 19:00",
            "Здравствуйте!\n\nНапоминаем, что встреча «Как пройти собеседование в IT» состоится завтра, {date}, в {start}.\n\nМесто: Коворкинг «Пример», зал 2\nЗарегистрировано: 80 участников\n\nЕсли вы не сможете прийти, отмените регистрацию, чтобы освободить место.\n\nДо встречи!",
        ),
        (
            "sv_imorgon_kl_18",
            "sv",
            STO,
            (2027, 10, 13, 18, 0),
            120,
            "Föreningen Exempel <evenemang@forening.example>",
            "Påminnelse: evenemanget börjar i morgon kl. 18:00",
            "Hej!\n\nPåminnelse: Karriärkväll för nyutexaminerade börjar i morgon, {date}, kl. {start}.\n\nPlats: Folkets hus, stora salen\nAnmälda: 120\n\nVälkommen!",
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        soon = timedelta(hours=1) if "una_hora" in name else timedelta(days=1, hours=1)
        mail(fam, name, lang, z, when, mins, sender, subject, text, REMIND_NOTE, ahead=soon)


# ------------------------------------------------------------------------------ newsletter34
NEWS_NOTE = (
    "a newsletter listing upcoming public events with dates and times: not the reader's interview"
)


def newsletter34() -> None:
    fam = "newsletter34"
    rows = [
        (
            "ca_agenda_setmana",
            "ca",
            BCN,
            (2027, 3, 3, 18, 30),
            90,
            "Biblioteca Can Exemple <butlleti@biblioteca.example>",
            "Butlletí: activitats d'aquesta setmana",
            'Hola,\n\nAquesta setmana a la biblioteca:\n\n- {date}, a les {start}: Club de feina. Com preparar una entrevista. Activitat gratuïta, cal inscripció.\n- Dijous a les 17:30: Hora del conte.\n- Divendres a les 19:00: Presentació del llibre "Feines del futur".\n\nInscripcions al taulell o al web. Us hi esperem!',
        ),
        (
            "es_boletin_alumni",
            "es",
            MAD,
            (2027, 4, 6, 19, 0),
            120,
            "Asociación Alumni <boletin@alumni.example>",
            "Boletín Alumni: próximos eventos",
            "Hola, alumni:\n\nEstos son los próximos encuentros:\n\n{date}, {start}-{end} · Afterwork Alumni en Madrid · Terraza del Campus\n22 de abril, 18:00 · Webinar: negociar tu salario\n6 de mayo, 10:00 · Feria de empleo del Campus\n\nReserva tu plaza desde la web. ¡Nos vemos!\n\nAsociación Alumni",
        ),
        (
            "de_newsletter_coworking",
            "de",
            BER,
            (2027, 5, 4, 18, 0),
            120,
            "Coworking Spree <newsletter@spree.example>",
            "Spree-Newsletter Mai: Events & News",
            'Hallo zusammen,\n\ndas steht im Mai an:\n\n{date}, {start}–{end} Uhr: Founders & Jobs – Start-ups stellen offene Stellen vor\nDonnerstag, 13. Mai, 12:00 Uhr: Lunch & Learn "Gehaltsverhandlung"\nFreitag, 21. Mai, 17:00 Uhr: Sommerfest auf der Dachterrasse\n\nAlle Events sind offen für Mitglieder und Gäste. Anmeldung über den Community-Kalender.\n\nEuer Spree-Team',
        ),
        (
            "fr_lettre_reseau",
            "fr",
            PAR,
            (2027, 6, 1, 18, 30),
            150,
            "Réseau Femmes & Numérique <lettre@reseau.example>",
            "La lettre de juin : nos rendez-vous",
            "Bonjour à toutes,\n\nVoici nos prochains rendez-vous :\n\n• {date} à {start} : apéro-réseau et speed-meeting recruteurs (Paris 11e)\n• mercredi 16 juin à 12 h 30 : webinaire « Se reconvertir dans la tech »\n• samedi 26 juin à 10 h : atelier LinkedIn\n\nInscription gratuite et obligatoire sur notre site.\n\nÀ très vite !",
        ),
        (
            "pt_newsletter_comunidade",
            "pt-BR",
            SAO,
            (2027, 7, 7, 19, 0),
            120,
            "Comunidade Dev Exemplo <news@comunidade.example>",
            "Agenda de julho da comunidade",
            'Oi, pessoal!\n\nConfira a agenda de julho:\n\n📅 {date}, às {start}: Meetup "Carreira em dados" com painel de recrutadores\n📅 14 de julho, às 20:00: Live "Como montar seu portfólio"\n📅 24 de julho, às 9:00: Hackathon de empregabilidade\n\nVagas limitadas. Garanta a sua pelo link de cada evento.\n\nAbraços,\nComunidade Dev Exemplo',
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            sender,
            subject,
            text,
            NEWS_NOTE,
            ahead=timedelta(days=4, hours=2),
        )


# ------------------------------------------------------------------------------ ctrl34
CTRL_NOTE = "control: the reader's own interview or personal assessment-day slot, booked through an event or booking tool"


def ctrl34() -> None:
    fam = "ctrl34"
    rows = [
        (
            "en_interview_booked_slot",
            "en",
            "Europe/London",
            (2027, 3, 9, 11, 0),
            30,
            "Harbour Analytics via Slotbook <bookings@slotbook.example>",
            "Booking confirmed: Interview with Harbour Analytics",
            "Hi,\n\nYour booking is confirmed.\n\nInterview with Harbour Analytics, Junior Data Analyst\n{date}, {start} - {end}\nWith: Priya Example, Talent Partner\nLocation: Video call, https://meet.example.com/harbour-ja\n\nNeed to change it? Reschedule or cancel from your booking page.\n\nAdd to calendar: Google · Outlook · iCal",
        ),
        (
            "de_auswahltag_persoenlich",
            "de",
            BER,
            (2027, 4, 15, 9, 0),
            240,
            "Hanse Versicherung Recruiting <karriere@hanse-vers.example>",
            "Einladung zu unserem Auswahltag am {date}",
            "Guten Tag,\n\nwir freuen uns, Sie nach Ihrer Bewerbung als Trainee Underwriting persönlich zu unserem Auswahltag einzuladen.\n\nIhr Termin: {date}, {start} bis {end} Uhr\nOrt: Hanse Versicherung, Hauptverwaltung, Raum 3.12\n\nAuf Sie warten eine Fallstudie, eine Gruppenübung und ein Einzelgespräch mit der Fachabteilung. Bitte bestätigen Sie Ihre Teilnahme über den Link in Ihrem Bewerberkonto.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
        ),
        (
            "fr_entretien_reserve",
            "fr",
            PAR,
            (2027, 5, 11, 14, 0),
            45,
            "Agenda Recrutement <rdv@recrutement.example>",
            "Votre entretien est confirmé",
            "Bonjour,\n\nVotre créneau d'entretien est réservé.\n\nPoste : Chargé·e de communication\nEntreprise : Éditions Exemple\nDate : {date}\nHeure : de {start} à {end}\nAvec : Claire Exemple, responsable RH\nLieu : 8 rue de l'Exemple, Paris\n\nAjouter à votre agenda : https://recrutement.example/rdv.ics\nPour modifier ou annuler, utilisez le lien de votre confirmation.",
        ),
        (
            "es_assessment_tu_turno",
            "es",
            MAD,
            (2027, 6, 2, 9, 30),
            180,
            "Selección Banco Ejemplo <seleccion@bancoejemplo.example>",
            "Convocatoria: jornada de evaluación",
            "Hola,\n\nHas superado la primera fase del proceso para el Programa de Graduados. Te convocamos a la jornada de evaluación (assessment center) en tu turno:\n\nFecha: {date}\nHora: de {start} a {end}\nLugar: Sede central, planta 5\n\nIncluye una dinámica de grupo y una entrevista individual con el equipo. Confirma tu asistencia respondiendo a este correo.\n\nUn saludo,\nEquipo de Selección",
        ),
        (
            "nl_gesprek_via_evenement",
            "nl",
            AMS,
            (2027, 3, 24, 15, 30),
            30,
            "Banenbeurs Noord <gesprekken@banenbeurs.example>",
            "Je gesprek met Deltabouw is ingepland",
            "Hoi,\n\nDeltabouw heeft je cv bekeken en wil graag met je in gesprek op de Banenbeurs.\n\nJouw sollicitatiegesprek: {date}, {start} - {end} uur\nStand 14, Hal 2\nMet: Sanne Voorbeeld, recruiter\n\nVoeg het gesprek toe aan je agenda. Lukt het niet? Antwoord op deze mail.",
        ),
        (
            "it_colloquio_prenotato",
            "it",
            ROM,
            (2027, 9, 28, 10, 0),
            40,
            "Prenotazioni Colloqui <noreply@prenota.example>",
            "Prenotazione confermata: colloquio con Studio Rossi",
            "Ciao,\n\nla tua prenotazione è confermata.\n\nColloquio conoscitivo con Studio Rossi (Junior Accountant)\n{date}, dalle {start} alle {end}\nReferente: dott.ssa Giulia Esempio\nLink: https://meet.example.com/studio-rossi\n\nAggiungi al calendario. Per spostare il colloquio usa il link nella mail.",
        ),
    ]
    for name, lang, z, when, mins, sender, subject, text in rows:
        mail(
            fam,
            name,
            lang,
            z,
            when,
            mins,
            sender,
            subject,
            text,
            CTRL_NOTE,
            ahead=timedelta(days=7, hours=3),
            invite=True,
        )


def main() -> None:
    e.CASES.clear()
    for build in (
        indico34,
        hievents34,
        orgnotice34,
        waitlist34,
        fairs34,
        remind34,
        newsletter34,
        ctrl34,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    lic = {
        "indico34": INDICO_LICENSE,
        "hievents34": HIEVENTS_LICENSE,
        "waitlist34": HIEVENTS_LICENSE,
    }
    for case in e.CASES:
        name, data = e.render(case)
        data = data.replace(b"@events26.example>", b"@events34.example>")
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": lic.get(case.family, LICENSE),
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(e.CASES), "files")


if __name__ == "__main__":
    main()
