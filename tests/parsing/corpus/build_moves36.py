# ruff: noqa: E501
"""Write the "moves36" batch: moves by a span whose direction is the sentence's verb, pushes
asked in a reply that the sender has already made, and booking tools' "details changed" notices.

Run: .venv/bin/python tests/parsing/corpus/build_moves36.py

Two families. ``spanverb36``: a recruiter moves a dated slot by a span, the verb first and the
span at the end of the clause ('Nous avançons votre entretien du mardi 15 décembre à 11 h d'une
heure', 'Posticipiamo il colloquio di giovedì … alle 10:00 di un'ora', 'Antecipamos sua
entrevista … às 15h em meia hora'), and replies that ask for a push and say in the same breath
that the invite is already moved ('Can we push to 3.30? I've moved the invite', 'Können wir auf
15 Uhr schieben? Die Einladung habe ich schon angepasst'). ``eachg36``: Easy!Appointments
customer notices, booked or with the details changed, in the real strings of
application/language/<lang>/translations_lang.php (appointment_details_changed,
appointment_booked, start, end, ...).

Labels: a move the employer made is a `reschedule` with the NEW slot; a booking is an
`invitation`. Labels were written before the parser was run on the batch; the held-out family
was drawn by `random.Random("moves36 coin").sample(sorted families, 1)` before then. Helpers
come from build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches
only its own families' files.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime, timedelta
from html import escape
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; recruiters moving a dated slot by a span with the verb first and the span "
    "last, and replies asking for a push they have already made in the invite (wording ours, "
    "shapes as recruiters and hiring managers write them); " + OWN
)
EA_COMMIT = "e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb"
EA_TEMPLATE = (
    "alextselegidis/easyappointments:application/language/{lang}/translations_lang.php@"
    + EA_COMMIT
    + " (appointment_booked, thank_you_for_appointment, appointment_details_changed, "
    "appointment_details_title, service, provider, start, end, appointment_link_title); "
    "layout after application/views/emails/appointment_saved_email.php; service, people and "
    "times ours"
)
EA_LICENCE = "GPL-3.0 (easyappointments LICENSE)"

FAMILIES = ("spanverb36", "eachg36")
HELD = frozenset(random.Random("moves36 coin").sample(sorted(FAMILIES), 1))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

SOURCES = {
    "spanverb36": "A dated slot moved by a span, the move verb first and the span last "
    "('Nous avançons votre entretien du … à 11 h d'une heure', 'Retrasamos la entrevista del "
    "… a las 12:00 en una hora', \"Posticipiamo il colloquio di … alle 10:00 di un'ora\", "
    "'Antecipamos sua entrevista de … às 15h em meia hora', 'We vervroegen je gesprek van … om "
    "14.00 uur met een half uur'), and replies asking for a push already made in the invite "
    "('Can we push to 3.30? I've moved the invite', 'Could we bump it to 11? Already updated "
    "the calendar invite', 'Können wir auf 15 Uhr schieben? Die Einladung habe ich schon "
    "angepasst', \"On peut passer à 11 h ? J'ai déjà mis à jour l'invitation\") (fr, es, it, "
    "pt-BR, nl, en-GB, en-US, de).",
    "eachg36": "Easy!Appointments customer notices with the real strings: 'Appointment details "
    "have changed', 'Die Termindetails haben sich geändert.', 'Les détails du rendez-vous ont "
    "bien été modifiés.', 'Se han modificado los detalles de la cita.', 'Afspraakgegevens "
    "veranderd.', \"I dettagli dell'appuntamento sono cambiati.\", 'Detalhes do agendamento "
    "foram alterados.', and two bookings ('Your appointment has been successfully booked', "
    "'Votre rendez-vous a été confirmé avec succès.') (en-US, de, fr, es, nl, it, pt-BR).",
}

EA: dict[str, tuple[str, ...]] = {
    # booked, thank-you, changed, details title, service, provider, start, end, link title
    "english": (
        "Your appointment has been successfully booked",
        "Thank you for arranging an appointment with us. Below you can see the appointment details. Make changes by clicking the appointment link.",
        "Appointment details have changed",
        "Appointment Details", "Service", "Provider", "Start", "End", "Appointment Link",
    ),
    "german": (
        "Ihr Termin ist erfolgreich gebucht worden.",
        "Vielen Dank für die Terminauswahl mit uns. Weiter unten können Sie Ihre Termindaten sehen. Änderungen können durch Klicken auf den Termin-Link durchgeführt werden.",
        "Die Termindetails haben sich geändert.",
        "Termindaten", "Dienstleistung", "Anbieter", "Beginn", "Ende", "Termin-Link",
    ),
    "french": (
        "Votre rendez-vous a été confirmé avec succès.",
        "Merci de votre prise de rendez-vous avec nous. Vous trouvez ci-joint les détails de votre rendez-vous. Si nécessaire, faites les changements souhaités en cliquant sur le lien du rendez-vous.",
        "Les détails du rendez-vous ont bien été modifiés.",
        "Détails du rendez-vous", "Prestations", "Exécutant", "Début", "Fin", "Lien du rendez-vous",
    ),
    "spanish": (
        "Su cita ha sido agendada exitosamente",
        "Gracias por utilizar nuestro servicio para agendar su cita.  Debajo encontrará los detalles de su cita. Haga clic en la cita para realizar cambios.",
        "Se han modificado los detalles de la cita.",
        "Detalles de la cita", "Servicio", "Proveedor", "Inicio", "Final", "Enlace a la cita",
    ),
    "dutch": (
        "Uw afspraak is met succes geboekt.",
        "Bedankt voor het maken van een afspraak met ons! Hieronder vindt u de details van de afspraak. Breng  eventuele wijzigingen aan door te klikken op de afspraak link.",
        "Afspraakgegevens veranderd.",
        "Uw afspraak", "Dienst", "Medewerker", "Begin", "Einde", "Afspraak link",
    ),
    "italian": (
        "Il tuo appuntamento è stato riservato con successo.",
        "Grazie per aver pianificato un apputamento con noi. Sotto puoi vedere i dettagli dell'appuntamento. Effettua le modifiche facendo click sul link dell'appuntamento.",
        "I dettagli dell'appuntamento sono cambiati.",
        "Dettagli appuntamento", "Servizio", "Fornitore", "Inizio", "Fine", "Link appuntamento",
    ),
    "portuguese-br": (
        "O seu horário foi reservado com sucesso.",
        "Obriagado por agendar um horário conosco. Abaixo segue os detalhes. Para alterações, abrir o link.",
        "Detalhes do agendamento foram alterados.",
        "Detalhes do agendamento", "Serviço", "Atendente", "Inicio", "Fim", "Link de agendamentos",
    ),
}  # fmt: skip


def ea(
    folder: str, changed: bool, service: str, provider: str, start: datetime, minutes: int
) -> tuple[str, str]:
    """Text and HTML bodies in the shape of Easy!Appointments' appointment_saved mail."""
    s = EA[folder]
    title = s[2] if changed else s[0]
    end = start + timedelta(minutes=minutes)
    rows = [
        (s[4], service),
        (s[5], provider),
        (s[6], f"{start:%d/%m/%Y %H:%M}"),
        (s[7], f"{end:%d/%m/%Y %H:%M}"),
    ]
    link = "https://booking.example/index.php/appointments/index/9d3f0e2a6b"
    text = (
        f"{title}\n\n{s[1]}\n\n{s[3]}\n\n"
        + "\n".join(f"{k}: {v}" for k, v in rows)
        + f"\n\n{s[8]}\n\n{link}\n"
    )
    html = (
        '<html><body><div style="width:650px;margin:30px auto;border:1px solid #d8d8d8">'
        f'<div style="background:#3DD481;padding:10px"><strong>{escape(title)}</strong></div>'
        f'<div style="padding:10px 15px"><h2>{escape(title)}</h2><p>{escape(s[1])}</p><h2>{escape(s[3])}</h2>'
        '<table id="appointment-details">'
        + "".join(
            f'<tr><td class="label" style="padding:3px;font-weight:bold">{escape(k)}</td><td style="padding:3px">{escape(v)}</td></tr>'
            for k, v in rows
        )
        + f'</table><h2>{escape(s[8])}</h2><a href="{link}" style="width:600px">{link}</a></div></div></body></html>'
    )
    return text, html


# (family, name, lang, sender, subject, zone, sent, note, kind, start, end, text, html, folder)
R, INV = "reschedule", "invitation"
PAR, MAD, ROM, SAO, AMS, LON, NYC, BER = (
    "Europe/Paris", "Europe/Madrid", "Europe/Rome", "America/Sao_Paulo", "Europe/Amsterdam",
    "Europe/London", "America/New_York", "Europe/Berlin",
)  # fmt: skip
DEC = (2026, 12)


def rows() -> list[tuple[object, ...]]:
    sv = "spanverb36"
    out: list[tuple[object, ...]] = [
        (sv, "fr_nous_avancons_d_une_heure", "fr", ("Hélène Vasseur", "helene.vasseur@lumen-rh.example.fr"),
         "Entretien de mardi : changement d'horaire", PAR, at(*DEC, 9, 10, 0, PAR, "Wed"),
         "'Nous avançons votre entretien du mardi 15 décembre à 11 h d'une heure': 10 h.",
         R, at(*DEC, 15, 10, 0, PAR, "Tue"), None,
         "Bonjour Alex,\n\nÀ la demande du jury, nous avançons votre entretien du mardi 15 décembre à 11 h d'une heure. La salle reste la même.\n\nCordialement,\nHélène Vasseur\nLumen RH", None, ""),
        (sv, "es_retrasamos_en_una_hora", "es", ("Lucía Ferrer", "lucia.ferrer@brisa-talento.example.es"),
         "Tu entrevista del miércoles", MAD, at(*DEC, 9, 12, 0, MAD, "Wed"),
         "'Retrasamos la entrevista del miércoles 16 de diciembre a las 12:00 en una hora': 13:00.",
         R, at(*DEC, 16, 13, 0, MAD, "Wed"), None,
         "Hola, Alex:\n\nPor un imprevisto del equipo, retrasamos la entrevista del miércoles 16 de diciembre a las 12:00 en una hora. El enlace de la videollamada es el mismo.\n\nUn saludo,\nLucía Ferrer\nBrisa Talento", None, ""),
        (sv, "it_posticipiamo_di_un_ora", "it", ("Giulia Conti", "giulia.conti@vela-selezione.example.it"),
         "Colloquio di giovedì", ROM, at(*DEC, 9, 9, 30, ROM, "Wed"),
         "\"Posticipiamo il colloquio di giovedì 17 dicembre alle 10:00 di un'ora\": 11:00.",
         R, at(*DEC, 17, 11, 0, ROM, "Thu"), None,
         "Ciao Alex,\n\nposticipiamo il colloquio di giovedì 17 dicembre alle 10:00 di un'ora, perché il responsabile rientra da una trasferta. Il link resta lo stesso.\n\nA presto,\nGiulia Conti\nVela Selezione", None, ""),
        (sv, "pt-BR_antecipamos_em_meia_hora", "pt-BR", ("Renata Alves", "renata.alves@ipe-talentos.example.com.br"),
         "Sua entrevista de quinta", SAO, at(*DEC, 9, 14, 0, SAO, "Wed"),
         "'Antecipamos sua entrevista de quinta-feira, 17 de dezembro, às 15h em meia hora': 14h30.",
         R, at(*DEC, 17, 14, 30, SAO, "Thu"), None,
         "Olá, Alex!\n\nAntecipamos sua entrevista de quinta-feira, 17 de dezembro, às 15h em meia hora. O link da chamada continua o mesmo.\n\nAbraços,\nRenata Alves\nIpê Talentos", None, ""),
        (sv, "nl_we_vervroegen_met_een_half_uur", "nl", ("Sanne de Wit", "sanne.dewit@polder-werving.example.nl"),
         "Je gesprek van vrijdag", AMS, at(*DEC, 9, 11, 0, AMS, "Wed"),
         "'We vervroegen je gesprek van vrijdag 18 december om 14.00 uur met een half uur': 13.30.",
         R, at(*DEC, 18, 13, 30, AMS, "Fri"), None,
         "Hoi Alex,\n\nWe vervroegen je gesprek van vrijdag 18 december om 14.00 uur met een half uur. De locatie blijft hetzelfde.\n\nGroet,\nSanne de Wit\nPolder Werving", None, ""),
        (sv, "en-GB_can_we_push_moved_invite", "en-GB", ("Sam Whitfield", "sam.whitfield@harbourline.example.co.uk"),
         "Re: Thursday's interview", LON, at(*DEC, 16, 16, 40, LON, "Wed"),
         "Reply asking 'Can we push to 3.30?' and saying 'I've moved the invite' over the quoted 'Thursday 17 December at 2pm': 15:30.",
         R, at(*DEC, 17, 15, 30, LON, "Thu"), None,
         "Hi Alex,\n\nOur CTO is stuck at a client visit until mid-afternoon. Can we push to 3.30? I've moved the invite, same Teams link.\n\nSam\n\nOn Mon, 14 Dec 2026 at 10:12, Sam Whitfield <sam.whitfield@harbourline.example.co.uk> wrote:\n> Great, that's booked: Thursday 17 December at 2pm with Ruth and me.\n", None, ""),
        (sv, "en-US_bump_it_calendar_updated", "en-US", ("Dana Brooks", "dana.brooks@cobaltworks.example"),
         "Re: Friday final round", NYC, at(*DEC, 16, 15, 20, NYC, "Wed"),
         "Reply asking 'Could we bump it to 11?' and saying 'Already updated the calendar invite' over the quoted 'Friday, December 18 at 10am': 11:00.",
         R, at(*DEC, 18, 11, 0, NYC, "Fri"), None,
         "Hey Alex - Priya has a board prep call first thing Friday. Could we bump it to 11? Already updated the calendar invite.\n\nDana\n\nOn Tue, Dec 15, 2026 at 2:02 PM Dana Brooks <dana.brooks@cobaltworks.example> wrote:\n> Confirmed for Friday, December 18 at 10am with Priya. Zoom link to follow.\n", None, ""),
        (sv, "de_koennen_wir_schieben_angepasst", "de", ("Jonas Albrecht", "jonas.albrecht@nordwerk.example.de"),
         "AW: Gespräch am Mittwoch", BER, at(*DEC, 14, 17, 10, BER, "Mon"),
         "Reply asking 'Können wir auf 15 Uhr schieben?' and saying 'Die Einladung habe ich schon angepasst' over the quoted 'Mittwoch, 16. Dezember, um 14 Uhr': 15:00.",
         R, at(*DEC, 16, 15, 0, BER, "Wed"), None,
         "Hallo Alex,\n\nbei uns hat sich eine Besprechung verlängert. Können wir auf 15 Uhr schieben? Die Einladung habe ich schon angepasst.\n\nViele Grüße\nJonas Albrecht\n\nAm 11.12.2026 um 09:30 schrieb Jonas Albrecht <jonas.albrecht@nordwerk.example.de>:\n> Dann bis Mittwoch, 16. Dezember, um 14 Uhr bei uns im Büro.\n", None, ""),
        (sv, "fr_on_peut_passer_invitation_a_jour", "fr", ("Marc Delorme", "marc.delorme@azur-conseil.example.fr"),
         "RE: Entretien de jeudi", PAR, at(*DEC, 15, 18, 0, PAR, "Tue"),
         "Reply asking 'On peut passer à 11 h ?' and saying 'J'ai déjà mis à jour l'invitation' over the quoted 'jeudi 17 décembre à 10 h': 11 h.",
         R, at(*DEC, 17, 11, 0, PAR, "Thu"), None,
         "Bonjour Alex,\n\nMa réunion de 10 h a été prolongée. On peut passer à 11 h ? J'ai déjà mis à jour l'invitation.\n\nMarc\n\nLe 14 déc. 2026 à 11:20, Marc Delorme <marc.delorme@azur-conseil.example.fr> a écrit :\n> Parfait pour jeudi 17 décembre à 10 h, à nos bureaux.\n", None, ""),
    ]  # fmt: skip
    ea_fam = "eachg36"
    specs = [
        ("en-US_details_changed", "en-US", "english", True, ("Northgate Careers", "careers@northgate.example"), NYC, "Interview – Support Engineer", "Kayla Brooks", at(*DEC, 16, 14, 0, NYC, "Wed"), 45),
        ("en-US_booked", "en-US", "english", False, ("Northgate Careers", "careers@northgate.example"), NYC, "Interview – QA Analyst", "Kayla Brooks", at(*DEC, 15, 11, 0, NYC, "Tue"), 30),
        ("de_termindetails_geaendert", "de", "german", True, ("Karriere Elbtal", "termine@elbtal-karriere.example.de"), BER, "Vorstellungsgespräch – Buchhaltung", "Petra Hahn", at(*DEC, 17, 9, 30, BER, "Thu"), 60),
        ("fr_details_modifies", "fr", "french", True, ("Recrutement Loire", "rdv@loire-recrutement.example.fr"), PAR, "Entretien – Assistant commercial", "Julie Morel", at(*DEC, 18, 15, 0, PAR, "Fri"), 45),
        ("fr_rendez_vous_confirme", "fr", "french", False, ("Recrutement Loire", "rdv@loire-recrutement.example.fr"), PAR, "Entretien – Comptable", "Julie Morel", at(*DEC, 14, 10, 0, PAR, "Mon"), 30),
        ("es_detalles_modificados", "es", "spanish", True, ("Selección Duero", "citas@duero-seleccion.example.es"), MAD, "Entrevista – Técnico de soporte", "Álvaro Ruiz", at(*DEC, 16, 17, 0, MAD, "Wed"), 30),
        ("nl_afspraakgegevens_veranderd", "nl", "dutch", True, ("Werving Rijn", "afspraken@rijn-werving.example.nl"), AMS, "Sollicitatiegesprek – Planner", "Bram Visser", at(*DEC, 15, 13, 0, AMS, "Tue"), 45),
        ("it_dettagli_cambiati", "it", "italian", True, ("Selezione Arno", "appuntamenti@arno-selezione.example.it"), ROM, "Colloquio – Magazziniere", "Sara Greco", at(*DEC, 17, 16, 30, ROM, "Thu"), 30),
        ("pt-BR_detalhes_alterados", "pt-BR", "portuguese-br", True, ("Talentos Tietê", "agenda@tiete-talentos.example.com.br"), SAO, "Entrevista – Analista financeiro", "Paulo Lima", at(*DEC, 18, 10, 0, SAO, "Fri"), 60),
    ]  # fmt: skip
    for name, lang, folder, changed, sender, zone, service, provider, start, minutes in specs:
        text, html = ea(folder, changed, service, provider, start, minutes)
        title = EA[folder][2] if changed else EA[folder][0]
        note = f"Easy!Appointments ({folder}) '{title}': start {start:%d/%m/%Y %H:%M}, end +{minutes} min."
        out.append((ea_fam, name.split("_", 1)[1], lang, sender, title, zone, at(*DEC, 9, 9, 5, zone, "Wed"), note,
                    R if changed else INV, start, start + timedelta(minutes=minutes), text, html, folder))  # fmt: skip
    return out


def build() -> list[Case]:
    cases = []
    for (
        family,
        name,
        lang,
        sender,
        subject,
        _zone,
        sent,
        note,
        kind,
        start,
        end,
        text,
        html,
        folder,
    ) in rows():
        assert isinstance(family, str)
        assert isinstance(name, str)
        assert isinstance(lang, str)
        raw = mail(
            f"moves36/{family}/{name}",
            sender=sender,
            to=ME,
            subject=subject,
            sent=sent,
            text=text,
            html=html,
        )
        label = {**p8.slot(start, end, kind=kind, sent=sent), "organizer_email": sender[1]}  # type: ignore[index]
        if folder:
            template, licence = EA_TEMPLATE.format(lang=folder), EA_LICENCE
        else:
            template, licence = HAND, OWN
        cases.append(
            Case(
                family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, template, licence
            )
        )
    return cases


POLICY = (
    "## Label policy\n\n- A move the employer has made is a `reschedule` labelled with the "
    "NEW slot: the old slot's wall time moved by the stated span, or the hour a reply asks "
    "for when the same reply says the invite is already moved. A booking tool's 'details "
    "changed' notice is a `reschedule` with the slot it lists; its 'booked' notice is an "
    "`invitation`. The end is labelled when stated.\n- No zone word: wall time at the Date "
    "offset (`tz_stated` false). `organizer_email` is the sender."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the moves36 batch (`build_moves36.py`)",
        "",
        "Moves by a span whose direction is the sentence's verb, pushes asked in a reply and "
        "already made in the invite, and Easy!Appointments 'details changed' notices. People, "
        "companies and addresses are made up; the prose is ours, the booking-tool strings are "
        f"Easy!Appointments' own (alextselegidis/easyappointments@{EA_COMMIT}, "
        "application/language/*/translations_lang.php, GPL-3.0). Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on the message.",
        "",
        POLICY,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('moves36 coin').sample(sorted(families), 1)` before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_moves36.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-moves36.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
