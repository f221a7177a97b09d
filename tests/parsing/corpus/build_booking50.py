# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the booking50 batch: service bookings sent as iTIP REQUESTs by booking tools, beside
the same tools booking the reader's own job interview.

Run: .venv/bin/python tests/parsing/corpus/build_booking50.py

Look-alikes: a clinic, dentist, vet, physio, hair salon, garage, bank adviser, tax office,
library or lawyer confirms a slot the reader booked, with a METHOD:REQUEST .ics whose title
names the service. Controls: an employer books the reader's job interview through the same
kind of tool. Tool shapes (Easy!Appointments-, Cal.com/Calendly-, SimplyBook/Setmore-,
Doctolib-like) are recalled, structure only; prose, people, companies and UIDs are ours; slots
in 2026-27. Labels come from the zoneinfo datetimes the calendars are written from, before any
parse. Held-out families were drawn with random.Random("booking50 coin") before any mail was
written. The calendar and mail helpers are build_calneg50.py's.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


cb = _load("build_calneg50")
at, simple, ea_body = cb.at, cb.simple, cb.ea_body

LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    "eabook50": "Easy!Appointments-like confirmations with a REQUEST invitation.ics for a vet, a physio, a library, a tax office and an optician, the reader as the customer; controls: an employer's job interview booked through the same tool",
    "calbook50": "Cal.com-/Calendly-like REQUESTs from non-recruiters (a lawyer, a mortgage adviser, an accountant, a notary, a personal trainer) booked by the reader; controls: a hiring team's interview booked through the same tools",
    "simplybook50": "SimplyBook-/Setmore-like REQUESTs for a hair salon, a garage's MOT/APK/contrôle technique, a massage and a car service; controls: a salon's and a garage's job interview booked through the same tools",
    "doctobook50": "Doctolib-like REQUESTs for a dentist, a GP, a physio and a dermatologist; controls: a clinic's job interview for a nurse or receptionist booked through the same tool",
    "officebook50": "appointment REQUESTs from public offices and banks (a citizens' office, a bank adviser, a tax office, a passport counter, a lawyer's first consultation); controls: a bank's and a council's job interview booked through the same tools",
}
HELDOUT = set(random.Random("booking50 coin").sample(sorted(FAMILIES), 2))
# drawn before any mail was written: calbook50, officebook50
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "calendly": "-//Calendly//Calendly Event//EN",
        "simplybook": "-//SimplyBook.me//Booking System//EN",
        "setmore": "-//Setmore//Appointments//EN",
        "bank": "-//Terminvergabe//Online Booking 4.2//DE",
        "tt": "-//TimeTap//Appointment//EN",
    }
)


def one(
    fam,
    name,
    lang,
    kind,
    prod,
    summary,
    start,
    minutes,
    org,
    subject,
    body,
    form="utc",
    mode="attach",
    fname="invitation.ics",
    desc="",
):  # type: ignore[no-untyped-def]
    """One REQUEST booking; a control carries its slot, a look-alike none (calneg30's rule)."""
    simple(
        fam,
        name,
        lang,
        kind,
        prod,
        "REQUEST",
        summary,
        start,
        minutes,
        org,
        subject,
        body,
        form=form,
        mode=mode,
        fname=fname,
        desc=desc,
    )


def eabook50() -> None:
    f = "eabook50"
    one(
        f,
        "vet_en",
        "en-GB",
        "not_invitation",
        "easyapp",
        "Vaccination booster (dog)",
        at(2026, 11, 4, 17, 30, "Europe/London"),
        20,
        ("Meadowbank Vets", "bookings@meadowbankvets.example"),
        "Appointment details",
        ea_body(
            "Hi Alex Morgan,",
            "Your appointment has been successfully registered.",
            [
                ("Service", "Vaccination booster (dog)"),
                ("Provider", "Dr Hannah Pryce MRCVS"),
                ("Start", "04/11/2026 17:30"),
                ("End", "04/11/2026 17:50"),
                ("Timezone", "Europe/London"),
            ],
            "Pet: Biscuit\n\nTo change or cancel, follow this link: https://book.meadowbankvets.example/index.php/appointments/index/7f2e\n\nMeadowbank Veterinary Surgery, 3 Mill Lane, Leeds",
        ),
    )
    one(
        f,
        "physio_de",
        "de",
        "not_invitation",
        "easyapp",
        "Termin: Physiotherapie (Krankengymnastik)",
        at(2026, 12, 8, 7, 45, "Europe/Berlin"),
        30,
        ("Praxis Bewegungsraum", "termine@bewegungsraum.example"),
        "Termindetails",
        ea_body(
            "Hallo Alex Morgan,",
            "Ihr Termin wurde erfolgreich registriert.",
            [
                ("Leistung", "Physiotherapie (Krankengymnastik)"),
                ("Anbieter", "Jonas Keller"),
                ("Beginn", "08.12.2026 07:45"),
                ("Ende", "08.12.2026 08:15"),
                ("Zeitzone", "Europe/Berlin"),
            ],
            "Bitte bringen Sie Ihre Verordnung und ein Handtuch mit.\n\nTermin ändern: https://termine.bewegungsraum.example/index.php/appointments/index/19c4\n\nPraxis Bewegungsraum, Lindenstraße 8, Kassel",
        ),
    )
    one(
        f,
        "library_sv",
        "sv",
        "not_invitation",
        "easyapp",
        "Bokad tid: Boka en bibliotekarie",
        at(2027, 1, 19, 14, 0, "Europe/Stockholm"),
        45,
        ("Stadsbiblioteket", "bokning@stadsbibliotek.example"),
        "Information om bokningen",
        ea_body(
            "Hej Alex Morgan,",
            "Din bokning har registrerats.",
            [
                ("Tjänst", "Boka en bibliotekarie – hjälp med släktforskning"),
                ("Handläggare", "Ingrid Sjöberg"),
                ("Start", "2027-01-19 14:00"),
                ("Slut", "2027-01-19 14:45"),
                ("Tidszon", "Europe/Stockholm"),
            ],
            "Ändra bokningen: https://boka.stadsbibliotek.example/index.php/appointments/index/c03b\n\nStadsbiblioteket, Kungsgatan 2, Örebro",
        ),
    )
    one(
        f,
        "tax_pl",
        "pl",
        "not_invitation",
        "easyapp",
        "Wizyta: urząd skarbowy – zeznanie PIT",
        at(2027, 3, 10, 9, 15, "Europe/Warsaw"),
        15,
        ("Urząd Skarbowy Kraków-Podgórze", "rezerwacje@us-podgorze.example"),
        "Szczegóły wizyty",
        ea_body(
            "Dzień dobry Alex Morgan,",
            "Twoja wizyta została zarejestrowana.",
            [
                ("Usługa", "Pomoc w wypełnieniu zeznania PIT"),
                ("Stanowisko", "Okienko 4"),
                ("Początek", "10.03.2027 09:15"),
                ("Koniec", "10.03.2027 09:30"),
                ("Strefa czasowa", "Europe/Warsaw"),
            ],
            "Zmień termin: https://rezerwacje.us-podgorze.example/index.php/appointments/index/5d1a\n\nUrząd Skarbowy, ul. Wielicka 10, Kraków",
        ),
    )
    one(
        f,
        "optician_it",
        "it",
        "not_invitation",
        "easyapp",
        "Appuntamento: controllo della vista",
        at(2026, 10, 27, 11, 0, "Europe/Rome"),
        30,
        ("Ottica Bellavista", "prenotazioni@otticabellavista.example"),
        "Dettagli appuntamento",
        ea_body(
            "Ciao Alex Morgan,",
            "Il tuo appuntamento è stato registrato con successo.",
            [
                ("Servizio", "Controllo della vista"),
                ("Fornitore", "Dott.ssa Chiara Neri"),
                ("Inizio", "27/10/2026 11:00"),
                ("Fine", "27/10/2026 11:30"),
                ("Fuso orario", "Europe/Rome"),
            ],
            "Modifica: https://prenota.otticabellavista.example/index.php/appointments/index/aa07\n\nOttica Bellavista, Via Roma 21, Bologna",
        ),
    )
    one(
        f,
        "interview_it_ctl",
        "it",
        "invitation",
        "easyapp",
        "Colloquio di lavoro – Addetto/a vendite",
        at(2026, 11, 12, 15, 0, "Europe/Rome"),
        30,
        ("Ottica Bellavista", "prenotazioni@otticabellavista.example"),
        "Dettagli appuntamento",
        ea_body(
            "Ciao Alex Morgan,",
            "Grazie per la tua candidatura: il tuo colloquio è stato registrato.",
            [
                ("Servizio", "Colloquio di lavoro – Addetto/a vendite"),
                ("Fornitore", "Marco Ferri (titolare)"),
                ("Inizio", "12/11/2026 15:00"),
                ("Fine", "12/11/2026 15:30"),
                ("Fuso orario", "Europe/Rome"),
            ],
            "Porta il tuo CV. Modifica: https://prenota.otticabellavista.example/index.php/appointments/index/b912\n\nOttica Bellavista, Via Roma 21, Bologna",
        ),
    )
    one(
        f,
        "interview_en_ctl",
        "en-GB",
        "invitation",
        "easyapp",
        "Job interview – Veterinary Receptionist",
        at(2026, 11, 18, 10, 0, "Europe/London"),
        45,
        ("Meadowbank Vets", "bookings@meadowbankvets.example"),
        "Appointment details",
        ea_body(
            "Hi Alex Morgan,",
            "Thank you for applying for our Veterinary Receptionist role. Your interview has been booked.",
            [
                ("Service", "Job interview – Veterinary Receptionist"),
                ("Provider", "Sarah Whitfield, Practice Manager"),
                ("Start", "18/11/2026 10:00"),
                ("End", "18/11/2026 10:45"),
                ("Timezone", "Europe/London"),
            ],
            "To change the time, follow this link: https://book.meadowbankvets.example/index.php/appointments/index/9e01\n\nMeadowbank Veterinary Surgery, 3 Mill Lane, Leeds",
        ),
    )


def calbook50() -> None:
    f = "calbook50"
    one(
        f,
        "lawyer_en",
        "en-US",
        "not_invitation",
        "calendly",
        "Initial consultation – tenancy dispute between Alex Morgan and Rivera Law",
        at(2026, 10, 14, 13, 0, "America/Chicago"),
        30,
        ("Rivera Law", "notifications@calendly.example"),
        "New Event: Initial consultation – tenancy dispute",
        "Hi Alex Morgan,\n\nA new event has been scheduled.\n\nEvent Type:\nInitial consultation – tenancy dispute\n\nInvitee:\nAlex Morgan\n\nEvent Date/Time:\n01:00pm - Wednesday, October 14, 2026 (Central Time - US & Canada)\n\nLocation:\nRivera Law, 410 Elm St, Suite 3, Dallas\n\nPlease bring your lease and any letters from your landlord.\n\nCancel or reschedule: https://calendly.example/reschedulings/3b1f",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "mortgage_nl",
        "nl",
        "not_invitation",
        "calcom",
        "Afspraak: hypotheekgesprek tussen Hypotheekhuis Noord en Alex Morgan",
        at(2027, 2, 9, 19, 0, "Europe/Amsterdam"),
        60,
        ("Hypotheekhuis Noord", "afspraken@hypotheekhuis-noord.example"),
        "Bevestigd: hypotheekgesprek tussen Hypotheekhuis Noord en Alex Morgan",
        "Je afspraak is ingepland\n\nWat\nOriënterend hypotheekgesprek\n\nWanneer\ndinsdag 9 februari 2027 19:00 - 20:00 (Europe/Amsterdam)\n\nWie\nRoel Bakker - Organisator\nAlex Morgan - alex.morgan@mailbox.example\n\nWaar\nGoogle Meet\n\nNeem je loonstroken mee.\n\nMoet je iets wijzigen? Verzetten of Annuleren",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "contador_ptbr",
        "pt-BR",
        "not_invitation",
        "calcom",
        "Consulta: declaração do imposto de renda entre Contabilidade Ipê e Alex Morgan",
        at(2027, 4, 6, 10, 30, "America/Sao_Paulo"),
        45,
        ("Contabilidade Ipê", "agenda@contabilidadeipe.example"),
        "Confirmado: consulta sobre declaração do imposto de renda",
        "Seu agendamento foi confirmado\n\nO quê\nConsulta: declaração do imposto de renda\n\nQuando\nterça-feira, 6 de abril de 2027 10:30 - 11:15 (America/Sao_Paulo)\n\nQuem\nLuana Prado - Organizadora\nAlex Morgan - alex.morgan@mailbox.example\n\nOnde\nRua das Flores 120, Curitiba\n\nPrecisa mudar algo? Reagendar ou Cancelar",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "notario_es",
        "es",
        "not_invitation",
        "calendly",
        "Cita: firma de escritura en Notaría Castells",
        at(2026, 12, 2, 12, 0, "Europe/Madrid"),
        60,
        ("Notaría Castells", "citas@notariacastells.example"),
        "Nuevo evento: Firma de escritura",
        "Hola Alex Morgan,\n\nSe ha programado un nuevo evento.\n\nTipo de evento:\nFirma de escritura de compraventa\n\nFecha y hora:\n12:00 - miércoles, 2 de diciembre de 2026 (hora de Europa central)\n\nLugar:\nNotaría Castells, Passeig de Gràcia 50, Barcelona\n\nTraiga su DNI original.\n\nCancelar o reprogramar: https://calendly.example/reschedulings/71aa",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "trainer_en",
        "en-GB",
        "not_invitation",
        "calcom",
        "Personal training session between Core Studio and Alex Morgan",
        at(2026, 11, 21, 8, 0, "Europe/London"),
        60,
        ("Core Studio", "bookings@corestudio.example"),
        "Confirmed: Personal training session between Core Studio and Alex Morgan",
        "Your booking has been confirmed\n\nWhat\nPersonal training session (strength assessment)\n\nWhen\nSaturday 21 November 2026 08:00 - 09:00 (Europe/London)\n\nWho\nTom Reid - Organiser\nAlex Morgan - alex.morgan@mailbox.example\n\nWhere\nCore Studio, 9 Quay Road, Bristol\n\nNeed to make a change? Reschedule or Cancel",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "interview_de_ctl",
        "de",
        "invitation",
        "calcom",
        "Vorstellungsgespräch (Steuerfachangestellte/r) zwischen Kanzlei Vogt und Alex Morgan",
        at(2026, 11, 26, 14, 0, "Europe/Berlin"),
        45,
        ("Kanzlei Vogt", "termine@kanzlei-vogt.example"),
        "Bestätigt: Vorstellungsgespräch zwischen Kanzlei Vogt und Alex Morgan",
        "Dein Termin wurde gebucht\n\nWas\nVorstellungsgespräch für die Stelle Steuerfachangestellte/r\n\nWann\nDonnerstag, 26. November 2026 14:00 - 14:45 (Europe/Berlin)\n\nWer\nDr. Petra Vogt - Organisatorin\nAlex Morgan - alex.morgan@mailbox.example\n\nWo\nKanzlei Vogt, Hauptstraße 5, Freiburg\n\nVielen Dank für Ihre Bewerbung. Etwas ändern? Verschieben oder Absagen",
        mode="alt",
        fname="invite.ics",
    )
    one(
        f,
        "interview_en_ctl",
        "en-US",
        "invitation",
        "calendly",
        "Interview: Paralegal role – Rivera Law",
        at(2026, 10, 29, 11, 0, "America/Chicago"),
        30,
        ("Rivera Law", "notifications@calendly.example"),
        "New Event: Paralegal interview",
        "Hi Alex Morgan,\n\nThanks for applying to the Paralegal opening. A new event has been scheduled.\n\nEvent Type:\nInterview: Paralegal role\n\nInvitee:\nAlex Morgan\n\nEvent Date/Time:\n11:00am - Thursday, October 29, 2026 (Central Time - US & Canada)\n\nLocation:\nZoom (link in the invite)\n\nCancel or reschedule: https://calendly.example/reschedulings/8c20",
        mode="alt",
        fname="invite.ics",
    )


def simplybook50() -> None:
    f = "simplybook50"
    one(
        f,
        "ct_fr",
        "fr",
        "not_invitation",
        "simplybook",
        "Rendez-vous : contrôle technique",
        at(2026, 11, 6, 8, 30, "Europe/Paris"),
        45,
        ("Autobilan Montreuil", "noreply@simplybook.example"),
        "Confirmation de réservation",
        "Bonjour Alex Morgan,\n\nVotre réservation est confirmée.\n\nPrestation : Contrôle technique véhicule léger\nDate : 06/11/2026\nHeure : 08:30 - 09:15\nVéhicule : AB-123-CD\nAdresse : 14 rue de Paris, Montreuil\n\nAnnuler ou modifier : https://autobilan.simplybook.example/v2/#client/booking/5521",
        mode="attach",
        fname="booking.ics",
    )
    one(
        f,
        "apk_nl",
        "nl",
        "not_invitation",
        "setmore",
        "Afspraak: APK-keuring",
        at(2027, 1, 12, 9, 0, "Europe/Amsterdam"),
        60,
        ("Garage De Vries", "no-reply@setmore.example"),
        "Afspraak bevestigd bij Garage De Vries",
        "Beste Alex Morgan,\n\nJe afspraak is bevestigd.\n\nDienst: APK-keuring + kleine beurt\nDatum: dinsdag 12 januari 2027\nTijd: 09:00 - 10:00 (CET)\nMedewerker: Henk\n\nGarage De Vries, Industrieweg 7, Utrecht\n\nWil je verzetten? https://garagedevries.setmore.example/bookings/3x9k",
        mode="attach",
        fname="appointment.ics",
    )
    one(
        f,
        "parrucchiere_it",
        "it",
        "not_invitation",
        "simplybook",
        "Prenotazione: taglio e piega",
        at(2026, 12, 19, 10, 0, "Europe/Rome"),
        60,
        ("Salone Luna", "noreply@simplybook.example"),
        "Prenotazione confermata",
        "Ciao Alex Morgan,\n\nla tua prenotazione è confermata.\n\nServizio: Taglio e piega\nOperatore: Giulia\nData: 19/12/2026\nOra: 10:00 - 11:00\n\nSalone Luna, Corso Vittorio 8, Torino\n\nAnnulla o modifica: https://saloneluna.simplybook.example/v2/#client/booking/8830",
        mode="attach",
        fname="booking.ics",
    )
    one(
        f,
        "revision_es",
        "es",
        "not_invitation",
        "setmore",
        "Cita: revisión de los 30.000 km",
        at(2027, 2, 15, 8, 0, "Europe/Madrid"),
        120,
        ("Talleres Ortega", "no-reply@setmore.example"),
        "Tu cita en Talleres Ortega",
        "Hola Alex Morgan,\n\nTu cita está confirmada.\n\nServicio: Revisión de los 30.000 km\nFecha: lunes, 15 de febrero de 2027\nHora: 08:00 - 10:00 (CET)\nPersonal: Raúl\n\nTalleres Ortega, Calle del Motor 3, Valencia\n\nReprogramar: https://talleresortega.setmore.example/bookings/k2p1",
        mode="attach",
        fname="appointment.ics",
    )
    one(
        f,
        "massage_sv",
        "sv",
        "not_invitation",
        "simplybook",
        "Bokning: klassisk massage 60 min",
        at(2026, 11, 28, 13, 0, "Europe/Stockholm"),
        60,
        ("Studio Lugn", "noreply@simplybook.example"),
        "Bokningsbekräftelse",
        "Hej Alex Morgan,\n\nDin bokning är bekräftad.\n\nTjänst: Klassisk massage 60 min\nBehandlare: Sara\nDatum: 2026-11-28\nTid: 13:00 - 14:00\n\nStudio Lugn, Drottninggatan 40, Göteborg\n\nAvboka eller ändra: https://studiolugn.simplybook.example/v2/#client/booking/1207",
        mode="attach",
        fname="booking.ics",
    )
    one(
        f,
        "interview_fr_ctl",
        "fr",
        "invitation",
        "simplybook",
        "Entretien d'embauche : mécanicien automobile",
        at(2026, 11, 13, 17, 0, "Europe/Paris"),
        30,
        ("Autobilan Montreuil", "noreply@simplybook.example"),
        "Confirmation de réservation",
        "Bonjour Alex Morgan,\n\nMerci pour votre candidature. Votre entretien d'embauche est confirmé.\n\nPrestation : Entretien d'embauche – poste de mécanicien automobile\nDate : 13/11/2026\nHeure : 17:00 - 17:30\nAvec : Karim Benali, chef d'atelier\nAdresse : 14 rue de Paris, Montreuil\n\nAnnuler ou modifier : https://autobilan.simplybook.example/v2/#client/booking/5790",
        mode="attach",
        fname="booking.ics",
    )
    one(
        f,
        "interview_nl_ctl",
        "nl",
        "invitation",
        "setmore",
        "Sollicitatiegesprek kapper",
        at(2027, 1, 20, 16, 0, "Europe/Amsterdam"),
        30,
        ("Kapsalon Knip", "no-reply@setmore.example"),
        "Afspraak bevestigd bij Kapsalon Knip",
        "Beste Alex Morgan,\n\nBedankt voor je sollicitatie. Je sollicitatiegesprek is bevestigd.\n\nDienst: Sollicitatiegesprek (vacature kapper, 32 uur)\nDatum: woensdag 20 januari 2027\nTijd: 16:00 - 16:30 (CET)\nMet: Femke (eigenaar)\n\nKapsalon Knip, Oudegracht 101, Utrecht\n\nWil je verzetten? https://kapsalonknip.setmore.example/bookings/7q2m",
        mode="attach",
        fname="appointment.ics",
    )


def doctobook50() -> None:
    f = "doctobook50"
    one(
        f,
        "dentiste_fr",
        "fr",
        "not_invitation",
        "doctolib",
        "RDV : Consultation dentaire – Dr Martin",
        at(2026, 10, 22, 16, 15, "Europe/Paris"),
        30,
        ("Doctolib", "no-reply@doctolib.example"),
        "Votre rendez-vous est confirmé",
        "Bonjour Alex Morgan,\n\nVotre rendez-vous est confirmé.\n\nDr Sophie Martin – Chirurgien-dentiste\nMotif : Consultation de contrôle et détartrage\nJeudi 22 octobre 2026 à 16h15\n\nCabinet dentaire, 8 avenue Jean Jaurès, Lyon\n\nPensez à apporter votre carte Vitale.\n\nGérer mon rendez-vous : https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="rendez-vous.ics",
    )
    one(
        f,
        "zahnarzt_de",
        "de",
        "not_invitation",
        "doctolib",
        "Termin: Zahnreinigung – Zahnarztpraxis Dr. Brandt",
        at(2026, 12, 1, 9, 30, "Europe/Berlin"),
        60,
        ("Doctolib", "no-reply@doctolib.example"),
        "Ihr Termin ist bestätigt",
        "Guten Tag Alex Morgan,\n\nIhr Termin ist bestätigt.\n\nDr. med. dent. Lena Brandt – Zahnärztin\nBesuchsgrund: Professionelle Zahnreinigung\nDienstag, 1. Dezember 2026 um 09:30\n\nZahnarztpraxis Dr. Brandt, Schillerstraße 22, München\n\nBitte bringen Sie Ihre Versichertenkarte mit.\n\nTermin verwalten: https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="termin.ics",
    )
    one(
        f,
        "medico_it",
        "it",
        "not_invitation",
        "doctolib",
        "Appuntamento: visita dermatologica",
        at(2027, 1, 14, 15, 40, "Europe/Rome"),
        20,
        ("Doctolib", "no-reply@doctolib.example"),
        "Il tuo appuntamento è confermato",
        "Buongiorno Alex Morgan,\n\nil tuo appuntamento è confermato.\n\nDott. Paolo Greco – Dermatologo\nMotivo: Visita dermatologica (controllo nei)\nGiovedì 14 gennaio 2027 alle 15:40\n\nStudio medico, Via Garibaldi 17, Milano\n\nGestisci l'appuntamento: https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="appuntamento.ics",
    )
    one(
        f,
        "kine_fr",
        "fr",
        "not_invitation",
        "doctolib",
        "RDV : Séance de kinésithérapie",
        at(2026, 11, 30, 18, 0, "Europe/Paris"),
        30,
        ("Doctolib", "no-reply@doctolib.example"),
        "Votre rendez-vous est confirmé",
        "Bonjour Alex Morgan,\n\nVotre rendez-vous est confirmé.\n\nM. Julien Perrin – Masseur-kinésithérapeute\nMotif : Séance de rééducation (genou)\nLundi 30 novembre 2026 à 18h00\n\nCabinet de kinésithérapie, 3 place Bellecour, Lyon\n\nGérer mon rendez-vous : https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="rendez-vous.ics",
    )
    one(
        f,
        "huisarts_nl",
        "nl",
        "not_invitation",
        "doctolib",
        "Afspraak: consult huisarts",
        at(2027, 2, 3, 8, 20, "Europe/Amsterdam"),
        10,
        ("Huisartsenpraktijk Zuid", "no-reply@doctolib.example"),
        "Je afspraak is bevestigd",
        "Beste Alex Morgan,\n\nJe afspraak is bevestigd.\n\nDr. M. Visser – huisarts\nReden: consult (10 minuten)\nwoensdag 3 februari 2027 om 08:20\n\nHuisartsenpraktijk Zuid, Zuidlaan 4, Rotterdam\n\nAfspraak beheren: https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="afspraak.ics",
    )
    one(
        f,
        "interview_fr_ctl",
        "fr",
        "invitation",
        "doctolib",
        "Entretien d'embauche – Assistant(e) dentaire",
        at(2026, 11, 9, 12, 30, "Europe/Paris"),
        30,
        ("Cabinet dentaire Martin", "no-reply@doctolib.example"),
        "Votre entretien est confirmé",
        "Bonjour Alex Morgan,\n\nSuite à votre candidature au poste d'assistant(e) dentaire, votre entretien d'embauche est confirmé.\n\nAvec : Dr Sophie Martin\nLundi 9 novembre 2026 à 12h30\n\nCabinet dentaire, 8 avenue Jean Jaurès, Lyon\n\nGérer mon rendez-vous : https://www.doctolib.example/account/appointments",
        mode="attach",
        fname="rendez-vous.ics",
    )
    one(
        f,
        "interview_de_ctl",
        "de",
        "invitation",
        "doctolib",
        "Vorstellungsgespräch: Medizinische/r Fachangestellte/r",
        at(2026, 12, 3, 13, 0, "Europe/Berlin"),
        45,
        ("Praxis Dr. Brandt", "no-reply@doctolib.example"),
        "Ihr Vorstellungsgespräch ist bestätigt",
        "Guten Tag Alex Morgan,\n\nvielen Dank für Ihre Bewerbung. Ihr Vorstellungsgespräch ist bestätigt.\n\nStelle: Medizinische/r Fachangestellte/r (Teilzeit)\nGesprächspartnerin: Dr. Lena Brandt\nDonnerstag, 3. Dezember 2026 um 13:00\n\nZahnarztpraxis Dr. Brandt, Schillerstraße 22, München",
        mode="attach",
        fname="termin.ics",
    )


def officebook50() -> None:
    f = "officebook50"
    one(
        f,
        "buergeramt_de",
        "de",
        "not_invitation",
        "bank",
        "Termin: Bürgeramt – Personalausweis beantragen",
        at(2026, 11, 16, 10, 20, "Europe/Berlin"),
        15,
        ("Bürgeramt Mitte", "terminvergabe@buergeramt.example"),
        "Terminbestätigung",
        "Sehr geehrte/r Alex Morgan,\n\nhiermit bestätigen wir Ihren Termin.\n\nDienstleistung: Personalausweis beantragen\nStandort: Bürgeramt Mitte, Rathausplatz 1\nDatum: 16.11.2026\nUhrzeit: 10:20 Uhr\nVorgangsnummer: 4471-22\n\nBitte bringen Sie ein biometrisches Passfoto mit.",
        mode="attach",
        fname="termin.ics",
    )
    one(
        f,
        "bank_en",
        "en-GB",
        "not_invitation",
        "tt",
        "Appointment: mortgage adviser meeting",
        at(2027, 3, 2, 12, 30, "Europe/London"),
        60,
        ("Northgate Building Society", "appointments@northgate-bs.example"),
        "Your appointment is booked",
        "Dear Alex Morgan,\n\nThanks for booking with us. Your appointment is booked.\n\nService: Mortgage advice (first-time buyer)\nAdviser: Priya Shah\nDate: Tuesday 2 March 2027\nTime: 12:30 - 13:30\nBranch: 22 High Street, Reading\n\nPlease bring two recent payslips and photo ID.",
        mode="attach",
        fname="appointment.ics",
    )
    one(
        f,
        "skatt_sv",
        "sv",
        "not_invitation",
        "tt",
        "Bokad tid: Skattekontoret – personbevis och folkbokföring",
        at(2027, 1, 26, 9, 0, "Europe/Stockholm"),
        20,
        ("Skattekontoret", "bokning@skattekontoret.example"),
        "Bekräftelse på bokad tid",
        "Hej Alex Morgan,\n\nDu har bokat en tid.\n\nÄrende: Folkbokföring och id-kort\nPlats: Skattekontoret, Storgatan 9, Uppsala\nDatum: tisdag 26 januari 2027\nTid: 09:00\n\nTa med giltig legitimation.",
        mode="attach",
        fname="bokning.ics",
    )
    one(
        f,
        "banco_es",
        "es",
        "not_invitation",
        "tt",
        "Cita: gestor personal – cuenta y préstamo",
        at(2026, 12, 10, 11, 0, "Europe/Madrid"),
        30,
        ("Banco Mirador", "citas@bancomirador.example"),
        "Cita confirmada con tu gestor",
        "Hola Alex Morgan,\n\nTu cita con tu gestor personal está confirmada.\n\nMotivo: Apertura de cuenta y consulta de préstamo personal\nGestor: Andrés Molina\nOficina: Calle Larios 12, Málaga\nFecha: jueves, 10 de diciembre de 2026\nHora: 11:00\n\nTrae tu DNI.",
        mode="attach",
        fname="cita.ics",
    )
    one(
        f,
        "paszport_pl",
        "pl",
        "not_invitation",
        "tt",
        "Wizyta: złożenie wniosku o paszport",
        at(2027, 2, 22, 8, 40, "Europe/Warsaw"),
        15,
        ("Punkt Paszportowy", "rezerwacje@paszporty.example"),
        "Potwierdzenie rezerwacji wizyty",
        "Dzień dobry Alex Morgan,\n\npotwierdzamy rezerwację wizyty.\n\nSprawa: Złożenie wniosku o paszport\nMiejsce: Urząd Wojewódzki, ul. Jagiellońska 5, Gdańsk\nData: 22.02.2027\nGodzina: 08:40\n\nProsimy zabrać aktualne zdjęcie.",
        mode="attach",
        fname="wizyta.ics",
    )
    one(
        f,
        "interview_en_ctl",
        "en-GB",
        "invitation",
        "tt",
        "Interview: Customer Adviser (branch) – Northgate",
        at(2026, 11, 24, 14, 0, "Europe/London"),
        45,
        ("Northgate Building Society", "appointments@northgate-bs.example"),
        "Your interview is booked",
        "Dear Alex Morgan,\n\nThank you for your application for the Customer Adviser role. Your interview is booked.\n\nWith: Priya Shah, Branch Manager\nDate: Tuesday 24 November 2026\nTime: 14:00 - 14:45\nBranch: 22 High Street, Reading\n\nPlease bring photo ID.",
        mode="attach",
        fname="appointment.ics",
    )
    one(
        f,
        "interview_de_ctl",
        "de",
        "invitation",
        "bank",
        "Vorstellungsgespräch: Verwaltungsfachangestellte/r Bürgeramt",
        at(2026, 12, 7, 9, 30, "Europe/Berlin"),
        60,
        ("Bezirksamt Mitte – Personal", "terminvergabe@buergeramt.example"),
        "Terminbestätigung Vorstellungsgespräch",
        "Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung. Hiermit bestätigen wir Ihren Termin für das Vorstellungsgespräch.\n\nStelle: Verwaltungsfachangestellte/r im Bürgeramt\nOrt: Rathausplatz 1, Raum 204\nDatum: 07.12.2026\nUhrzeit: 09:30 Uhr",
        mode="attach",
        fname="termin.ics",
    )


def render(c) -> bytes:  # type: ignore[no-untyped-def]
    return cb.render(c).replace(b"@calneg50.example>", b"@booking50.example>")


def main() -> None:
    for build in (eabook50, calbook50, simplybook50, doctobook50, officebook50):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in FAMILIES:
                old.unlink()
    cases = [c for c in cb.CASES if c.family in FAMILIES]
    for c in cases:
        cb.check(c)
        folder = HERE / ("heldout" if c.family in HELDOUT else "dev")
        name = f"{c.family}__{c.name}.eml"
        (folder / name).write_bytes(render(c))
        out = cb.label(c)
        out["language"] = c.lang
        out["source"] = {"family": c.family, "template": FAMILIES[c.family], "license": LICENSE}
        out["note"] = (
            "a service booking sent as a REQUEST: " + FAMILIES[c.family].split(";")[0]
            if c.kind == "not_invitation"
            else "the reader's own job interview booked through the same tool"
        )
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(cases), "files;", "held out:", ", ".join(sorted(HELDOUT)))


if __name__ == "__main__":
    main()
