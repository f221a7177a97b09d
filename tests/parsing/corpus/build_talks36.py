# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the talks36 batch: programme notices about interviews, closures and reopened slots.

Run: .venv/bin/python tests/parsing/corpus/build_talks36.py

progtalk36: library, job-club and university career-service programme notices whose title
opens with a generic meeting word ("Incontro:", "Spotkanie:", "Lezing:", "Rencontre :",
"Encuentro:", "Encontro:", "Veranstaltung:") and names an interview as the topic, and a
live interview with a film's director; controls: the reader's own interview invitation in
the same "Word: topic" subject shape. it, pl, nl, fr, es, pt, de, en.

pause36: an employer's or office's holiday closure with a reopening time, and booking tools'
"a slot is available again" notices; controls: the reader's own interview set after a
closure or in a freed slot. fr, es, it, nl, en, de.

Reuses the mail writer of build_events34.py. Held out (chosen by
random.Random("talks36 coin").sample(sorted(families), 1) before any parse): pause36.
See PROVENANCE-talks36.md.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("e34", HERE / "build_events34.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["e34"] = module
    spec.loader.exec_module(module)
    return module


e34 = _load()
e = e34.e
mail = e34.mail

FAMILIES = ["pause36", "progtalk36"]
# random.Random("talks36 coin").sample(sorted(FAMILIES), 1) == ['pause36'] (drawn before any parse)
HELDOUT = {"pause36"}
SPLITS = {f: ("heldout" if f in HELDOUT else "dev") for f in FAMILIES}

LICENSE = "written for this corpus (no third-party text copied)"
TEMPLATE = {
    "progtalk36": "library, job-club and university career-service programme notices (a 'Word: topic' title, a room, free entry, registration) and recruiters' invitations in the same subject shape; wording ours",
    "pause36": "employers' and offices' holiday-closure notices with a reopening time, booking tools' 'a slot is available again' notices, and recruiters' invitations sent after a closure or into a freed slot; wording ours",
}

ROM, WAW, AMS, PAR, MAD, LIS, BER, LON = (
    "Europe/Rome",
    "Europe/Warsaw",
    "Europe/Amsterdam",
    "Europe/Paris",
    "Europe/Madrid",
    "Europe/Lisbon",
    "Europe/Berlin",
    "Europe/London",
)

TALK_NOTE = "a library's, job club's or career service's programme notice whose title opens with a meeting word and names the interview as its topic (or a public interview with a guest): not the reader's interview"
CTRL_NOTE = "control: the reader's own interview, in the same 'Word: topic' subject shape"
PAUSE_NOTE = "an office's holiday closure with its reopening time, or a booking tool's notice that a slot is available again: no meeting is set for the reader"
PAUSE_CTRL_NOTE = "control: the reader's own interview, set after a closure or in a freed slot"

Row = tuple[str, str, str, tuple[int, int, int, int, int], int, str, str, str, bool]


def _write(fam: str, rows: list[Row], note: str, ctrl_note: str) -> None:
    for name, lang, z, when, mins, sender, subject, text, invite in rows:
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
            ctrl_note if invite else note,
            ahead=timedelta(days=8, hours=4),
            invite=invite,
        )


def progtalk36() -> None:
    rows: list[Row] = [
        (
            "it_incontro_colloquio",
            "it",
            ROM,
            (2027, 3, 11, 17, 30),
            90,
            "Biblioteca Civica Esempio <eventi@biblioteca-esempio.example>",
            "Incontro: come prepararsi al colloquio di lavoro",
            "Cari lettori,\n\nvi aspettiamo {date} alle {start} nella Sala conferenze della Biblioteca Civica per l'incontro «Come prepararsi al colloquio di lavoro», a cura dello sportello Informagiovani. Termine previsto alle {end}.\n\nIngresso libero fino a esaurimento posti; prenotazione consigliata al banco prestiti.\n\nBiblioteca Civica Esempio",
            False,
        ),
        (
            "pl_spotkanie_rozmowa",
            "pl",
            WAW,
            (2027, 4, 8, 18, 0),
            90,
            "Miejska Biblioteka Publiczna Przykład <wydarzenia@mbp-przyklad.example>",
            "Spotkanie: jak przygotować się do rozmowy kwalifikacyjnej",
            "Szanowni Czytelnicy,\n\nzapraszamy na spotkanie „Jak przygotować się do rozmowy kwalifikacyjnej” z doradczynią zawodową Powiatowego Urzędu Pracy: {date}, godz. {start}–{end}, czytelnia główna.\n\nWstęp wolny. Liczba miejsc ograniczona.\n\nMiejska Biblioteka Publiczna Przykład",
            False,
        ),
        (
            "nl_lezing_sollicitatiegesprek",
            "nl",
            AMS,
            (2027, 5, 19, 19, 30),
            60,
            "Bibliotheek Voorbeeld <activiteiten@bibliotheekvoorbeeld.example>",
            "Lezing: zo bereid je je sollicitatiegesprek voor",
            "Beste lezer,\n\nIn de reeks Werk & Toekomst geeft loopbaancoach Sanne Voorbeeld {date} om {start} uur de lezing 'Zo bereid je je sollicitatiegesprek voor'. We ronden af om {end} uur.\n\nToegang gratis voor leden; aanmelden via de website of aan de balie.\n\nBibliotheek Voorbeeld",
            False,
        ),
        (
            "fr_rencontre_entretien",
            "fr",
            PAR,
            (2027, 6, 9, 14, 0),
            120,
            "Médiathèque Exemple <agenda@mediatheque-exemple.example>",
            "Rencontre : réussir son entretien d'embauche",
            "Bonjour,\n\nLa médiathèque et le club emploi du quartier vous proposent une rencontre « Réussir son entretien d'embauche » le {date} de {start} à {end}, salle d'animation, 1er étage.\n\nEntrée libre dans la limite des places disponibles.\n\nL'équipe de la Médiathèque Exemple",
            False,
        ),
        (
            "es_encuentro_entrevista",
            "es",
            MAD,
            (2027, 10, 14, 12, 0),
            60,
            "Servicio de Orientación y Empleo – Universidad Ejemplo <orientacion@uejemplo.example>",
            "Encuentro: cómo preparar tu entrevista de trabajo",
            "Hola:\n\nEl Servicio de Orientación y Empleo organiza el encuentro «Cómo preparar tu entrevista de trabajo», abierto a todo el estudiantado: {date}, de {start} a {end}, Aula Magna de la Facultad de Económicas.\n\nInscripción gratuita desde la web del servicio.\n\nServicio de Orientación y Empleo",
            False,
        ),
        (
            "pt_encontro_entrevista",
            "pt",
            LIS,
            (2027, 11, 4, 18, 30),
            90,
            "Biblioteca Municipal Exemplo <eventos@bm-exemplo.example>",
            "Encontro: como se preparar para a entrevista de emprego",
            "Olá,\n\nConvidamos todos os leitores para o encontro «Como se preparar para a entrevista de emprego», com o clube de emprego da junta de freguesia, {date}, das {start} às {end}, no auditório da biblioteca.\n\nEntrada livre, sujeita à lotação da sala.\n\nBiblioteca Municipal Exemplo",
            False,
        ),
        (
            "de_veranstaltung_vorstellungsgespraech",
            "de",
            BER,
            (2027, 9, 22, 16, 0),
            90,
            "Career Service der Hochschule Beispiel <careerservice@hs-beispiel.example>",
            "Veranstaltung: Sicher ins Vorstellungsgespräch",
            "Liebe Studierende,\n\nder Career Service lädt zur Veranstaltung „Sicher ins Vorstellungsgespräch“ ein: {date}, {start}–{end} Uhr, Hörsaal 2, Gebäude C.\n\nDie Teilnahme ist kostenlos; bitte melden Sie sich im Veranstaltungsportal an.\n\nIhr Career Service",
            False,
        ),
        (
            "en_live_interview_director",
            "en",
            LON,
            (2027, 10, 27, 19, 0),
            75,
            "Riverside Picturehouse <events@riverside-pictures.example>",
            "Live interview with the director: Harbour Lights",
            "Hello film lovers,\n\nAfter the {start} screening of Harbour Lights on {date}, join us for a live interview with the director on stage, followed by audience questions. The evening ends around {end}.\n\nTickets are on sale at the box office and online.\n\nRiverside Picturehouse",
            False,
        ),
        (
            "en_jobclub_meetup_interviews",
            "en",
            LON,
            (2027, 11, 17, 10, 0),
            120,
            "Northgate Library Job Club <jobclub@northgate-library.example>",
            "Meetup: what interviewers really look for",
            "Hi everyone,\n\nOur next Job Club meetup is on {date}, {start}–{end}, in the community room at Northgate Library. A local HR manager will talk about what interviewers really look for, then we'll have tea and time to chat.\n\nFree and open to all, no booking needed.\n\nNorthgate Library Job Club",
            False,
        ),
        (
            "it_ctrl_incontro_colloquio",
            "it",
            ROM,
            (2027, 3, 23, 10, 0),
            45,
            "Selezione Esempio Srl <selezione@esempio-srl.example>",
            "Incontro: colloquio per la posizione di Addetta contabilità",
            "Gentile candidata,\n\nla ringraziamo per la candidatura. Siamo lieti di invitarla a un colloquio per la posizione di Addetta contabilità {date} alle {start}, presso la nostra sede di Via Esempio 8, Roma. Il colloquio durerà fino alle {end} circa.\n\nLe chiediamo di confermare la sua presenza rispondendo a questa e-mail.\n\nCordiali saluti\nMarco Esempio\nUfficio Risorse Umane",
            True,
        ),
        (
            "pl_ctrl_spotkanie_rozmowa",
            "pl",
            WAW,
            (2027, 4, 21, 11, 0),
            60,
            "Anna Przykład <anna.przyklad@logistyka-przyklad.example>",
            "Spotkanie: rozmowa kwalifikacyjna – Specjalista ds. logistyki",
            "Dzień dobry,\n\ndziękujemy za przesłanie CV. Zapraszam Pana na rozmowę kwalifikacyjną na stanowisko Specjalista ds. logistyki: {date}, godz. {start}–{end}, biuro przy ul. Przykładowej 5 w Warszawie.\n\nProszę o potwierdzenie terminu.\n\nPozdrawiam\nAnna Przykład\nDział HR",
            True,
        ),
        (
            "nl_ctrl_gesprek_sollicitatie",
            "nl",
            AMS,
            (2027, 5, 26, 14, 30),
            60,
            "Werving Voorbeeld BV <werving@voorbeeld-bv.example>",
            "Uitnodiging: sollicitatiegesprek functie Medewerker klantenservice",
            "Beste kandidaat,\n\nBedankt voor je sollicitatie. Graag nodigen we je uit voor een sollicitatiegesprek voor de functie Medewerker klantenservice op {date} om {start} uur, tot ongeveer {end} uur, op ons kantoor aan de Voorbeeldstraat 12 in Utrecht.\n\nLaat je even weten of dit past?\n\nMet vriendelijke groet,\nEva Voorbeeld\nHR",
            True,
        ),
    ]
    _write("progtalk36", rows, TALK_NOTE, CTRL_NOTE)


def pause36() -> None:
    rows: list[Row] = [
        (
            "fr_fermeture_annuelle",
            "fr",
            PAR,
            (2027, 1, 4, 9, 0),
            60,
            "Recrutement Exemple SA <recrutement@exemple-sa.example>",
            "Fermeture annuelle – votre candidature",
            "Bonjour,\n\nNos bureaux seront fermés du 24 décembre au 1er janvier. Réouverture le {date} à {start} : nous reprendrons alors l'étude de votre candidature et reviendrons vers vous pour un éventuel entretien.\n\nBonnes fêtes,\nLe service recrutement",
            False,
        ),
        (
            "es_cierre_vacaciones",
            "es",
            MAD,
            (2027, 8, 30, 8, 30),
            60,
            "RR. HH. Ejemplo <rrhh@ejemplo.example>",
            "Cierre por vacaciones – tu candidatura",
            "Hola:\n\nTe informamos de que nuestras oficinas permanecerán cerradas por vacaciones del 9 al 27 de agosto. Reabrimos el {date} a las {start} y retomaremos entonces los procesos de selección en curso, incluida tu candidatura.\n\nUn saludo,\nEquipo de RR. HH.",
            False,
        ),
        (
            "it_chiusura_estiva",
            "it",
            ROM,
            (2027, 8, 23, 9, 0),
            60,
            "Ufficio Personale Esempio <personale@esempio.example>",
            "Chiusura estiva degli uffici",
            "Gentile candidata,\n\nla informiamo che i nostri uffici resteranno chiusi per ferie dal 9 al 20 agosto. Riapriremo {date} alle ore {start}; in seguito la contatteremo per fissare un eventuale colloquio.\n\nCordiali saluti\nUfficio Personale",
            False,
        ),
        (
            "nl_sluiting_feestdagen",
            "nl",
            AMS,
            (2027, 1, 4, 8, 30),
            60,
            "HR Voorbeeld <hr@voorbeeld.example>",
            "Sluiting tijdens de feestdagen",
            "Beste kandidaat,\n\nTijdens de feestdagen is ons kantoor gesloten van 24 december tot en met 1 januari. Vanaf {date} om {start} uur zijn we weer bereikbaar en nemen we contact met je op over een gesprek.\n\nFijne feestdagen!\nHR Voorbeeld",
            False,
        ),
        (
            "en_office_closure",
            "en",
            LON,
            (2027, 1, 4, 9, 0),
            60,
            "Talent Team, Example Ltd <talent@example-ltd.example>",
            "Office closure over the holidays",
            "Hi,\n\nJust a note that our office is closed from 24 December to 1 January. We reopen on {date} at {start}, and we'll be in touch then about next steps and a possible interview.\n\nHappy holidays,\nThe Talent Team",
            False,
        ),
        (
            "en_slot_available_again",
            "en",
            LON,
            (2027, 2, 17, 15, 0),
            30,
            "Career Centre Bookings <no-reply@bookings.uni-example.example>",
            "A slot is available again: Interview practice drop-in",
            "Hello,\n\nYou asked to be told when a place opens up. The following slot is available again:\n\nService: Interview practice drop-in\nWhen: {date}, {start}–{end}\nWhere: Careers Hub, Room 1.04\n\nSlots are given out first come, first served: book it from your account if you still want it.\n\nCareer Centre Bookings",
            False,
        ),
        (
            "de_termin_wieder_frei",
            "de",
            BER,
            (2027, 3, 9, 10, 0),
            30,
            "Terminbuchung Career Center <noreply@termine.uni-beispiel.example>",
            "Ein Termin ist wieder frei",
            "Hallo,\n\nfür die Beratung „Bewerbungsgespräch vorbereiten“ ist wieder ein Termin frei:\n\n{date}, {start}–{end} Uhr\nOrt: Career Center, Raum 014\n\nDer Termin ist noch nicht für Sie reserviert. Buchen Sie ihn bei Interesse über das Terminportal.\n\nIhr Career Center",
            False,
        ),
        (
            "fr_creneau_disponible",
            "fr",
            PAR,
            (2027, 4, 13, 11, 0),
            45,
            "Prise de RDV – Service Carrières <ne-pas-repondre@rdv.univ-exemple.example>",
            "Un créneau est de nouveau disponible",
            "Bonjour,\n\nUn créneau est de nouveau disponible pour l'atelier individuel « Préparer un entretien » :\n\n{date}, {start} – {end}\nLieu : Service Carrières, bureau 12\n\nCe créneau n'est pas réservé à votre nom ; réservez-le depuis votre espace si vous le souhaitez.\n\nService Carrières",
            False,
        ),
        (
            "es_hueco_disponible",
            "es",
            MAD,
            (2027, 5, 11, 12, 0),
            30,
            "Citas Orientación <no-responder@citas.uejemplo.example>",
            "Vuelve a haber una cita disponible",
            "Hola:\n\nVuelve a estar disponible una cita de orientación para preparar entrevistas:\n\n{date}, de {start} a {end}\nLugar: Oficina de Empleo, planta baja\n\nLa cita no está reservada a tu nombre; resérvala desde la aplicación si te interesa.\n\nCitas Orientación",
            False,
        ),
        (
            "de_ctrl_nach_betriebsferien",
            "de",
            BER,
            (2027, 1, 12, 10, 0),
            60,
            "Personalabteilung Beispiel GmbH <personal@beispiel-gmbh.example>",
            "Einladung zum Vorstellungsgespräch nach unseren Betriebsferien",
            "Guten Tag,\n\nnach unseren Betriebsferien möchten wir Sie gerne zu einem Vorstellungsgespräch für die Stelle als Bauzeichnerin einladen: {date}, {start} bis {end} Uhr, in unserem Büro in der Beispielstraße 3, Berlin.\n\nBitte bestätigen Sie uns den Termin kurz.\n\nMit freundlichen Grüßen\nJonas Beispiel\nPersonalabteilung",
            True,
        ),
        (
            "en_ctrl_slot_freed_booked",
            "en",
            LON,
            (2027, 2, 24, 11, 0),
            45,
            "Priya Example <priya@example-analytics.example>",
            "An earlier interview slot has opened up",
            "Hi,\n\nGood news: an earlier slot has become available, so I've moved your interview for the Data Analyst role to {date} at {start} (until {end}) with Tom Example, our analytics lead, at our office, 5 Example Street, London.\n\nLet me know if that doesn't work for you.\n\nBest,\nPriya\nTalent Acquisition, Example Analytics",
            True,
        ),
    ]
    _write("pause36", rows, PAUSE_NOTE, PAUSE_CTRL_NOTE)


def main() -> None:
    e.CASES.clear()
    for build in (progtalk36, pause36):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in e.CASES:
        name, data = e.render(case)
        data = data.replace(b"@events26.example>", b"@talks36.example>")
        folder = HERE / SPLITS[case.family]
        (folder / name).write_bytes(data)
        lab = dict(case.label)
        lab["language"] = str(case.mail.get("lang", "en"))
        lab["source"] = {
            "family": case.family,
            "template": TEMPLATE[case.family],
            "license": LICENSE,
        }
        lab["note"] = case.note
        (folder / f"{name}.expected.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(e.CASES), "files")


if __name__ == "__main__":
    main()
