# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "appts77" batch: appointments that are no job interview but are written like an
interview booking: confirmations, reminders and reschedules from booking tools and service
providers (dentist, GP, physio, vet, hair salon, car service and inspection, bank, mortgage and
tax advisors, public offices and visa centres, driving tests, flat viewings, parent-teacher
meetings, tutoring, gym inductions, repair visits), many using a word the parser may take for an
interview ('consultation', 'Beratungsgespräch', French 'entretien', Italian 'colloquio',
'intakegesprek', 'cita', 'Termin', '予約', '预约', '예약', 'randevu', 'wizyta'). Controls (about
a quarter): the reader's own job interviews booked through the same tool shapes.

Run: .venv/bin/python tests/parsing/corpus/build_appts77.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up (tool names in senders are only display names). Labels come from the datetimes the
text is rendered from (zoneinfo) and were written before the parser was run on any message of
the batch. A seeded third is held out: file names sorted by the SHA-256 of the name, every third
from the first goes to heldout/ (family appts77h), chosen before any file was parsed. Helpers
come from build_looks60.py. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


lk = _load("build_looks60", "build_looks60.py")
pp = lk.pp
Case = pp.Case
ME = lk.ME
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
ZONE = dict(lk.ZONE)
FAMILY = "appts77"
HELD_FAMILY = "appts77h"
FAMILIES = {
    FAMILY: "Service appointments that are no job interview, written like an interview booking "
    "(health, vet, salon, car service, bank/tax advisors, public offices, driving tests, flat "
    "viewings, school meetings, tutoring, gym inductions, repair visits), beside the reader's "
    "own job interviews booked through the same tool shapes.",
    HELD_FAMILY: "The held-out third of appts77, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], str, str, str]] = []


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    note: str,
    *,
    slot: Slot | None = None,
    minutes: int | None = None,
    shape: str = "text",
) -> None:
    """One mail: with `slot` the reader's own job interview at that wall time (no zone stated),
    labelled an invitation; without it a service appointment, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"appts77 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- kinds (one note per kind) ------------------------------------------------------------------
HEALTH = "A health provider's booking (dentist, GP, physio, clinic intake, vet) confirmed, reminded or moved: the reader is a patient or pet owner, nobody hires (README: personal appointments; as appts43, appts47 label them)."
ADVISOR = "A bank, mortgage, insurance or tax advisor's consultation booked for the reader as a client (French 'entretien', German 'Beratungsgespräch', Italian 'colloquio' used for a client meeting): a service, not a job (as servicebook55 labels them)."
OFFICE = "A public office's, visa centre's or driving-test booking with an hour: civic life, no job (README: civic life)."
HOME = "A flat viewing, repair technician's visit, car service or inspection, hair salon or gym induction booked for the reader: a personal errand, no job."
SCHOOL = "A parent-teacher meeting or a tutoring lesson with an hour (Italian 'colloquio', French 'entretien' with a teacher): school life, no job."
OWN = "The reader's own job interview with an employer, booked or confirmed through the same booking-tool shapes (slot, confirmation, reschedule link) (control)."


def english_us() -> None:
    add("en-US", "dental_consult_reminder", ("BrightSmile Dental", "reminders@brightsmile-dental.example"),
        "Reminder: your consultation on Tuesday",
        "Hi Alex,\n\nThis is a friendly reminder of your implant consultation with Dr. Lena Ortiz.\n\nDate: Tuesday, March 9, 2027\nTime: 2:00 PM - 2:45 PM\nWhere: 221 Elm Street, Suite 4\n\nPlease arrive 10 minutes early to update your medical history. Reply C to confirm or R to reschedule.\n\nBrightSmile Dental", HEALTH)  # fmt: skip
    add("en-US", "mortgage_advisor_meeting", ("Harborline Credit Union", "appointments@harborline.example"),
        "Your meeting with your mortgage advisor is confirmed",
        "Hello Alex Morgan,\n\nYour appointment is confirmed.\n\nTopic: First-time home buyer consultation\nAdvisor: Gregory Pike, Mortgage Loan Officer\nWhen: Wednesday, March 10, 10:00 AM\nBranch: 80 Harbor Road\n\nBring two recent pay stubs and a photo ID. Need to change it? Use the link in this email.\n\nHarborline Credit Union", ADVISOR)  # fmt: skip
    add("en-US", "dmv_road_test", ("State DMV Scheduling", "noreply@dmv-scheduling.example.gov"),
        "Road test appointment scheduled",
        "Appointment confirmation\n\nCustomer: ALEX MORGAN\nService: Class D road test\nDate: 03/11/2027\nTime: 3:30 PM\nLocation: Westfield Test Site, 14 Depot Lane\n\nYou must bring a licensed driver over 21 and a registered, insured vehicle. Cancel at least 24 hours ahead.", OFFICE)  # fmt: skip
    add("en-US", "own_interview_booked_tool", ("Acme Robotics via Bookwise", "no-reply@bookwise.example"),
        "Your interview with Acme Robotics is booked",
        "Hi Alex,\n\nYour interview with Acme Robotics is booked.\n\nRole: Controls Engineer\nWhen: Friday, March 12, 2027, 11:00 AM - 11:45 AM\nWith: Naomi Fisher, Engineering Manager\nWhere: Google Meet (link added to your calendar)\n\nNeed to reschedule? Use the link below at least 24 hours before.\n\nBookwise on behalf of Acme Robotics", OWN, slot=F12, minutes=45)  # fmt: skip


def english_gb() -> None:
    add("en-GB", "gp_appointment_moved", ("Parkside Surgery", "noreply@parksidesurgery.example.nhs.uk"),
        "Your appointment has been rescheduled",
        "Dear Alex Morgan,\n\nYour appointment with Dr Amara Osei has been moved.\n\nNew time: Thursday 11 March 2027 at 15:30\nType: Face-to-face consultation\nParkside Surgery, 3 Mill Road\n\nIf this time does not suit, call reception on 01632 960123. Please do not reply to this email.", HEALTH)  # fmt: skip
    add("en-GB", "mot_booking", ("Greenway Motors", "service@greenwaymotors.example.co.uk"),
        "MOT and service booking confirmed",
        "Hi Alex,\n\nThanks for booking with Greenway Motors.\n\nVehicle: KX19 ABC\nWork: MOT + interim service\nDrop-off: Saturday 13 March, 09:00\nCollection: from 16:00 the same day\n\nOur service advisor will call you if anything extra is found.\n\nGreenway Motors", HOME)  # fmt: skip
    add("en-GB", "flat_viewing", ("Hollis & Crane Lettings", "viewings@hollis-crane.example.co.uk"),
        "Viewing confirmed: 2-bed flat, Calder Street",
        "Hi Alex,\n\nYour viewing is confirmed for Tuesday 16 March at 10:30 at Flat 3, 41 Calder Street. Your negotiator, Priya, will meet you outside. Please bring ID if you would like to apply for the property on the day.\n\nKind regards,\nHollis & Crane Lettings", HOME)  # fmt: skip
    add("en-GB", "own_interview_slot_confirmed", ("Talentslot", "bookings@talentslot.example.co.uk"),
        "Interview confirmed - Junior Account Manager, Fenwick Media",
        "Hi Alex,\n\nYou have booked an interview slot with Fenwick Media for the Junior Account Manager position.\n\nWednesday 10 March 2027, 10:00-10:30\nFenwick Media, 9 Tabard Street, London\n\nAsk for Hannah Cole at reception. To rebook, use your candidate portal.\n\nTalentslot", OWN, slot=W10, minutes=30)  # fmt: skip


def german() -> None:
    add("de", "beratungsgespraech_bank", ("Sparkasse Lindenau", "termine@sparkasse-lindenau.example.de"),
        "Terminbestätigung: Ihr Beratungsgespräch",
        "Guten Tag Herr Morgan,\n\nhiermit bestätigen wir Ihr Beratungsgespräch zur Baufinanzierung.\n\nDatum: Mittwoch, 10. März 2027\nUhrzeit: 10:00 Uhr\nIhr Berater: Jonas Weber\nFiliale: Marktplatz 4, Lindenau\n\nBitte bringen Sie Ihre letzten drei Gehaltsnachweise mit.\n\nMit freundlichen Grüßen\nIhre Sparkasse Lindenau", ADVISOR)  # fmt: skip
    add("de", "buergeramt_termin", ("Bürgeramt Nordstadt", "terminvergabe@buergeramt-nordstadt.example.de"),
        "Ihr Termin beim Bürgeramt",
        "Sehr geehrter Herr Morgan,\n\nIhr Termin wurde gebucht.\n\nDienstleistung: Personalausweis beantragen\nTermin: Donnerstag, 11.03.2027, 15:30 Uhr\nOrt: Bürgeramt Nordstadt, Schalter 3\nVorgangsnummer: 448120\n\nBitte bringen Sie ein biometrisches Passbild mit.", OFFICE)  # fmt: skip
    add("de", "tuev_termin_verschoben", ("Autohaus Brenner", "service@autohaus-brenner.example.de"),
        "Ihr Werkstatttermin wurde verschoben",
        "Hallo Herr Morgan,\n\nleider mussten wir Ihren Termin zur Hauptuntersuchung (TÜV) verschieben. Neuer Termin: Montag, 15. März, 9:00 Uhr. Ihr Serviceberater Herr Kühn erwartet Sie an der Annahme.\n\nViele Grüße\nAutohaus Brenner", HOME)  # fmt: skip
    add("de", "eigenes_vorstellungsgespraech_tool", ("Klarwerk GmbH über Terminfix", "noreply@terminfix.example.de"),
        "Terminbestätigung: Vorstellungsgespräch Klarwerk GmbH",
        "Hallo Herr Morgan,\n\nIhr Vorstellungsgespräch für die Stelle als Projektingenieur wurde gebucht.\n\nDatum: Dienstag, 9. März 2027\nUhrzeit: 14:00 – 15:00 Uhr\nGesprächspartnerin: Frau Lehmann, Personalabteilung\nOrt: Klarwerk GmbH, Hafenstraße 12\n\nTermin verschieben: über den Link in dieser E-Mail.", OWN, slot=T9, minutes=60)  # fmt: skip


def french() -> None:
    add("fr", "entretien_conseiller_banque", ("Banque Lemarchand", "rdv@banque-lemarchand.example.fr"),
        "Confirmation de votre entretien avec votre conseiller",
        "Bonjour Monsieur Morgan,\n\nNous vous confirmons votre entretien avec votre conseiller, M. Julien Carré, le mercredi 10 mars 2027 à 10h00 en agence (12 rue des Tanneurs).\n\nObjet : bilan épargne et assurance-vie.\n\nEn cas d'empêchement, vous pouvez modifier votre rendez-vous depuis votre espace client.\n\nBanque Lemarchand", ADVISOR)  # fmt: skip
    add("fr", "entretien_parents_professeur", ("Collège Jean-Moulin", "vie-scolaire@college-jmoulin.example.fr"),
        "Rencontre parents-professeurs : votre créneau",
        "Madame, Monsieur,\n\nVotre entretien avec Mme Rousseau, professeure principale de 4e B, est fixé au jeudi 11 mars à 17h30, salle 204. Cet entretien individuel dure 10 minutes.\n\nLa vie scolaire", SCHOOL)  # fmt: skip
    add("fr", "rdv_kine", ("Cabinet de kinésithérapie Lafont", "rdv@kine-lafont.example.fr"),
        "Rappel de rendez-vous",
        "Bonjour Alex Morgan,\n\nNous vous rappelons votre rendez-vous de kinésithérapie le vendredi 12 mars à 11h00 avec M. Lafont.\n\nAnnulation gratuite jusqu'à 24 h avant.\n\nCabinet Lafont, 5 avenue Foch", HEALTH)  # fmt: skip
    add("fr", "entretien_embauche_outil", ("Société Dorval via Agendo", "ne-pas-repondre@agendo.example.fr"),
        "Votre entretien d'embauche est confirmé",
        "Bonjour Alex,\n\nVotre entretien pour le poste de chargé de clientèle chez Société Dorval est confirmé.\n\nDate : lundi 15 mars 2027\nHeure : 9h00 – 9h45\nAvec : Claire Benoît, responsable recrutement\nLieu : 18 quai de la Loire, Lyon\n\nPour modifier le créneau, utilisez le lien ci-dessous.", OWN, slot=M15, minutes=45)  # fmt: skip


def spanish() -> None:
    add("es", "cita_dentista", ("Clínica Dental Sonrisa", "citas@clinicasonrisa.example.es"),
        "Confirmación de su cita",
        "Hola Alex,\n\nLe confirmamos su cita de revisión e higiene dental:\n\nDía: martes 9 de marzo de 2027\nHora: 14:00\nDoctora: Marta Gil\nDirección: Calle Mayor 22, Madrid\n\nSi no puede acudir, avísenos con 24 horas de antelación.", HEALTH)  # fmt: skip
    add("es", "cita_extranjeria", ("Cita Previa Extranjería", "no-responder@citaprevia.example.gob.es"),
        "Justificante de cita previa",
        "Se ha asignado su cita.\n\nTrámite: toma de huellas (TIE)\nOficina: Comisaría de Policía, Av. de los Poblados s/n\nFecha: 11/03/2027\nHora: 15:30\nNúmero de cita: 55871\n\nPreséntese con pasaporte, justificante y tasa abonada.", OFFICE)  # fmt: skip
    add("es", "peluqueria_reprogramada", ("Salón Lucía", "reservas@salonlucia.example.es"),
        "Tu cita se ha cambiado",
        "¡Hola Alex!\n\nTu cita de corte y color con Lucía se ha cambiado al sábado 13 de marzo a las 9:00. Si no te va bien, responde a este correo.\n\nSalón Lucía", HOME)  # fmt: skip


def italian() -> None:
    add("it", "colloquio_insegnante", ("Scuola Primaria G. Pascoli", "segreteria@pascoli-scuola.example.it"),
        "Colloqui individuali con i docenti",
        "Gentile genitore,\n\nle confermiamo il colloquio con la maestra Bianchi (classe 3ª A) mercoledì 10 marzo alle ore 10:00 in aula 12. Il colloquio durerà circa 15 minuti.\n\nLa segreteria", SCHOOL)  # fmt: skip
    add("it", "colloquio_consulente_mutuo", ("Banca Adriatica", "appuntamenti@bancaadriatica.example.it"),
        "Conferma appuntamento con il consulente",
        "Gentile Alex Morgan,\n\nle confermiamo il colloquio con il suo consulente per il mutuo, dott. Marco Ferri, giovedì 11 marzo 2027 alle 15:30 presso la filiale di Via Roma 8.\n\nPorti con sé l'ultima busta paga e un documento d'identità.\n\nBanca Adriatica", ADVISOR)  # fmt: skip
    add("it", "veterinario_promemoria", ("Clinica Veterinaria San Rocco", "promemoria@vetsanrocco.example.it"),
        "Promemoria visita per Birba",
        "Ciao Alex,\n\nti ricordiamo la visita di controllo e il vaccino per Birba venerdì 12 marzo alle 11:00 con la dott.ssa Greco.\n\nPer disdire rispondi a questo messaggio.", HEALTH)  # fmt: skip
    add("it", "colloquio_lavoro_prenotato", ("Ferri Logistica tramite Prenotami", "noreply@prenotami.example.it"),
        "Colloquio di lavoro confermato",
        "Gentile Alex,\n\nil tuo colloquio per la posizione di magazziniere presso Ferri Logistica è confermato.\n\nData: martedì 16 marzo 2027\nOra: 10:30 – 11:00\nSelezionatrice: Giulia Conti\nSede: Via dell'Industria 40, Bologna\n\nPer spostare l'appuntamento usa il link qui sotto.", OWN, slot=T16, minutes=30)  # fmt: skip


def dutch() -> None:
    add("nl", "intakegesprek_kliniek", ("Fysio & Zo", "afspraken@fysio-enzo.example.nl"),
        "Bevestiging intakegesprek",
        "Beste Alex Morgan,\n\nHierbij bevestigen wij uw intakegesprek bij onze fysiotherapeut Sanne de Vries.\n\nDatum: dinsdag 9 maart 2027\nTijd: 14:00 uur\nAdres: Kerkstraat 18, Utrecht\n\nNeem uw verwijzing en zorgpas mee. Verhinderd? Afzeggen kan tot 24 uur van tevoren.", HEALTH)  # fmt: skip
    add("nl", "hypotheekgesprek", ("Hypotheekhuis Oost", "planning@hypotheekhuis-oost.example.nl"),
        "Uw afspraak met de hypotheekadviseur",
        "Beste Alex,\n\nUw oriëntatiegesprek met hypotheekadviseur Bram Jansen staat gepland op woensdag 10 maart om 10:00 uur op ons kantoor aan de Stationsweg 5.\n\nMet vriendelijke groet,\nHypotheekhuis Oost", ADVISOR)  # fmt: skip
    add("nl", "monteur_bezoek", ("Warmtewerk Service", "planning@warmtewerk.example.nl"),
        "Afspraak onderhoud cv-ketel",
        "Beste meneer Morgan,\n\nOnze monteur komt op donderdag 11 maart tussen 15:30 en 17:30 uur voor het jaarlijkse onderhoud van uw cv-ketel. Zorgt u dat de ketel bereikbaar is?\n\nWarmtewerk Service", HOME)  # fmt: skip
    add("nl", "sollicitatiegesprek_tool", ("Veldman Bouw via Plannr", "noreply@plannr.example.nl"),
        "Je sollicitatiegesprek is ingepland",
        "Hoi Alex,\n\nJe sollicitatiegesprek voor de functie werkvoorbereider bij Veldman Bouw is ingepland.\n\nWanneer: vrijdag 12 maart 2027, 11:00 – 12:00\nMet: Eva Smit (HR) en Joost Bakker\nWaar: Industrieweg 7, Zwolle\n\nVerzetten kan via de link in deze mail.", OWN, slot=F12, minutes=60)  # fmt: skip


def polish() -> None:
    add("pl", "wizyta_lekarz", ("Centrum Medyczne Zdrowie", "wizyty@cm-zdrowie.example.pl"),
        "Potwierdzenie wizyty",
        "Dzień dobry,\n\npotwierdzamy wizytę u lekarza internisty dr. Tomasza Nowaka.\n\nTermin: wtorek, 9 marca 2027, godz. 14:00\nGabinet: 12, ul. Lipowa 3, Kraków\n\nW razie rezygnacji prosimy o odwołanie wizyty w aplikacji.", HEALTH)  # fmt: skip
    add("pl", "egzamin_prawo_jazdy", ("WORD Kraków", "egzaminy@word-krakow.example.pl"),
        "Termin egzaminu praktycznego",
        "Szanowny Panie,\n\nuprzejmie informujemy, że egzamin praktyczny na prawo jazdy kat. B odbędzie się w czwartek 11 marca 2027 r. o godz. 15:30. Prosimy stawić się 30 minut wcześniej z dowodem osobistym.", OFFICE)  # fmt: skip
    add("pl", "rozmowa_kwalifikacyjna", ("Wisła Software", "rekrutacja@wislasoftware.example.pl"),
        "Rozmowa kwalifikacyjna – potwierdzenie terminu",
        "Dzień dobry Panie Alex,\n\ndziękujemy za aplikację na stanowisko Młodszego Testera. Potwierdzamy rozmowę kwalifikacyjną w środę 10 marca 2027 o godz. 10:00 w naszym biurze przy ul. Długiej 15, Kraków.\n\nPozdrawiam,\nAnna Wójcik\nDział HR", OWN, slot=W10)  # fmt: skip


def swedish() -> None:
    add("sv", "tandlakare_paminnelse", ("Folktandvården Solna", "noreply@ftv-solna.example.se"),
        "Påminnelse om din tid",
        "Hej Alex,\n\nDu har en bokad tid för undersökning hos tandläkare Karin Lund onsdag 10 mars kl. 10:00.\n\nAvboka senast 24 timmar innan, annars debiteras en avgift.\n\nFolktandvården Solna", HEALTH)  # fmt: skip
    add("sv", "gym_introduktion", ("Kraftverket Gym", "bokning@kraftverket.example.se"),
        "Din introduktion är bokad",
        "Hej Alex!\n\nVälkommen som medlem. Ditt introsamtal och genomgång av gymmet med PT Oskar är bokat till torsdag 11 mars kl. 15:30. Ta med träningskläder.\n\nKraftverket Gym", HOME)  # fmt: skip
    add("sv", "skatteradgivning", ("Deklarationshjälpen", "bokning@deklarationshjalpen.example.se"),
        "Bekräftelse: rådgivningsmöte",
        "Hej Alex Morgan,\n\nTack för din bokning. Ditt rådgivningsmöte med skatterådgivare Maria Holm är bekräftat: fredag 12 mars 2027 kl. 11:00, Drottninggatan 20.\n\nTa med underlag för dina avdrag.", ADVISOR)  # fmt: skip


def portuguese() -> None:
    add("pt-BR", "consulta_medica", ("Clínica Vida Plena", "agendamento@vidaplena.example.com.br"),
        "Sua consulta foi agendada",
        "Olá, Alex!\n\nSua consulta com a Dra. Fernanda Lima (dermatologia) foi agendada.\n\nData: terça-feira, 9 de março de 2027\nHorário: 14h00\nEndereço: Av. Paulista, 900, cj. 52\n\nPara remarcar, responda REMARCAR.", HEALTH)  # fmt: skip
    add("pt-BR", "atendimento_detran", ("Poupatempo", "nao-responda@poupatempo.example.gov.br"),
        "Agendamento confirmado",
        "Agendamento confirmado.\n\nServiço: renovação da CNH\nPosto: Poupatempo Sé\nData: 11/03/2027\nHorário: 15:30\n\nCompareça com 15 minutos de antecedência e documento original com foto.", OFFICE)  # fmt: skip
    add("pt-BR", "entrevista_emprego_agendada", ("Grupo Aurora via Agendaí", "nao-responda@agendai.example.com.br"),
        "Entrevista agendada – Analista Financeiro",
        "Olá, Alex!\n\nSua entrevista para a vaga de Analista Financeiro no Grupo Aurora foi agendada.\n\nQuando: quarta-feira, 17 de março de 2027, 14h00 – 14h45\nCom: Paula Rocha, recrutadora\nOnde: Rua Augusta, 1500, 8º andar\n\nPara reagendar, use o link abaixo.", OWN, slot=W17, minutes=45)  # fmt: skip


def japanese() -> None:
    add("ja", "歯科予約確認", ("さくら歯科クリニック", "yoyaku@sakura-shika.example.jp"),
        "【ご予約確認】さくら歯科クリニック",
        "アレックス・モーガン様\n\nご予約ありがとうございます。以下の内容で承りました。\n\n日時：2027年3月9日（火）14:00〜14:30\n内容：定期検診・クリーニング\n担当：山田先生\n\n変更・キャンセルは前日までにご連絡ください。", HEALTH)  # fmt: skip
    add("ja", "美容室予約変更", ("ヘアサロン ミドリ", "info@salon-midori.example.jp"),
        "ご予約日時変更のお知らせ",
        "モーガン様\n\nご予約の日時を変更いたしました。\n\n新しい日時：3月13日（土）9:00\nメニュー：カット＋カラー\nスタイリスト：佐藤\n\nご来店をお待ちしております。", HOME)  # fmt: skip
    add("ja", "面接予約確定", ("株式会社ミナト 採用担当", "saiyo@minato-corp.example.jp"),
        "【面接日程確定】株式会社ミナト",
        "アレックス・モーガン様\n\nこの度は営業職へご応募いただきありがとうございます。面接のご予約が確定しました。\n\n日時：2027年3月11日（木）15:30〜16:30\n場所：東京都港区芝2-3-4 ミナトビル5階\n\n当日は受付で採用担当の鈴木をお呼びください。", OWN, slot=H11, minutes=60)  # fmt: skip


def korean() -> None:
    add("ko", "병원예약", ("연세밝은내과", "noreply@brightclinic.example.kr"),
        "[예약 확인] 연세밝은내과",
        "알렉스 모건님, 예약이 확정되었습니다.\n\n일시: 2027년 3월 10일(수) 오전 10:00\n진료과: 내과 (김민수 원장)\n장소: 서울 강남구 테헤란로 200, 3층\n\n예약 변경은 하루 전까지 전화로 부탁드립니다.", HEALTH)  # fmt: skip
    add("ko", "은행상담예약", ("한빛은행", "reserve@hanbitbank.example.kr"),
        "상담 예약 안내",
        "알렉스 모건 고객님,\n\n대출 상담 예약이 완료되었습니다.\n\n일시: 3월 11일(목) 15:30\n지점: 한빛은행 역삼지점\n담당: 박지훈 팀장\n\n신분증과 재직증명서를 지참해 주세요.", ADVISOR)  # fmt: skip
    add("ko", "면접예약확정", ("(주)누리테크 인사팀", "recruit@nuritech.example.kr"),
        "[누리테크] 면접 일정 확정 안내",
        "알렉스 모건님, 안녕하세요.\n\n누리테크 백엔드 개발자 포지션 지원에 감사드립니다. 면접 예약이 확정되었습니다.\n\n일시: 2027년 3월 12일(금) 오전 11:00\n장소: 서울 성동구 성수이로 50, 7층\n\n감사합니다.\n인사팀 드림", OWN, slot=F12)  # fmt: skip


def chinese() -> None:
    add("zh", "体检预约", ("康宁体检中心", "yuyue@kangning.example.cn"),
        "预约成功通知",
        "尊敬的Alex Morgan：\n\n您已成功预约入职体检套餐。\n\n预约时间：2027年3月9日（周二）14:00\n地点：上海市静安区南京西路1000号\n\n请空腹前往，并携带身份证。", HEALTH)  # fmt: skip
    add("zh", "签证中心预约", ("签证申请服务中心", "noreply@visacentre.example.cn"),
        "签证递交预约确认",
        "您好，\n\n您的签证申请递交预约已确认：\n日期：2027年3月11日\n时间：15:30\n地址：北京市朝阳区建国门外大街8号\n\n请携带护照原件和预约确认单准时到达。", OFFICE)  # fmt: skip
    add("zh", "辅导课预约", ("学而思家教平台", "notice@xueersi-tutor.example.cn"),
        "课程预约提醒",
        "Alex家长您好：\n\n您为孩子预约的数学一对一辅导课将于3月13日（周六）9:00开始，老师：王老师，地点：线上教室。\n\n如需调课请提前24小时联系。", SCHOOL)  # fmt: skip


def turkish() -> None:
    add("tr", "dis_randevu", ("Gülüş Diş Kliniği", "randevu@gulusdis.example.com.tr"),
        "Randevu hatırlatması",
        "Sayın Alex Morgan,\n\n10 Mart 2027 Çarşamba saat 10:00'daki diş muayene randevunuzu hatırlatırız. Doktorunuz: Dt. Ayşe Yıldız.\n\nİptal için lütfen bir gün önceden arayınız.", HEALTH)  # fmt: skip
    add("tr", "araba_servis", ("Yıldız Oto Servis", "servis@yildizoto.example.com.tr"),
        "Servis randevunuz oluşturuldu",
        "Merhaba Alex Bey,\n\nAracınızın periyodik bakım randevusu 13 Mart Cumartesi saat 09:00 olarak oluşturuldu. Servis danışmanınız Mehmet Bey sizi karşılayacaktır.\n\nYıldız Oto", HOME)  # fmt: skip
    add("tr", "mulakat_randevu_tool", ("Ege Tekstil via Randevum", "noreply@randevum.example.com.tr"),
        "Mülakat randevunuz onaylandı",
        "Merhaba Alex,\n\nEge Tekstil'deki Satış Temsilcisi pozisyonu için mülakat randevunuz onaylandı.\n\nTarih: 18 Mart 2027 Perşembe\nSaat: 15:00 - 15:45\nGörüşmeci: Zeynep Arslan (İK)\nAdres: Atatürk Cad. 55, İzmir\n\nDeğiştirmek için aşağıdaki bağlantıyı kullanın.", OWN, slot=H18, minutes=45)  # fmt: skip


BUILDERS = [
    english_us,
    english_gb,
    german,
    french,
    spanish,
    italian,
    dutch,
    polish,
    swedish,
    portuguese,
    japanese,
    korean,
    chinese,
    turkish,
]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 4eed10cc with this batch, before any parser change; quick.py): dev "
    "look-alikes claimed (confidence >= 0.5 as an invitation, reschedule, cancellation or "
    "reply) 0/24, controls right 8/8, 8 sure, fields 48/56 (eight look-alikes read as an "
    "invitation or a move at 0.4, review and not claimed: a Bürgeramt, a DMV road test, an "
    "extranjería appointment, a salon's and a GP's moved slot, a vet, a heating engineer, a GP "
    "visit); held out: look-alikes claimed 0/13, controls right 3/3, 3 sure, fields 15/23."
)
AFTER_FIX_FIGURES = (
    "After (the batch was read right at first sight, so probes outside the corpus looked for "
    "the harder shapes: a client's talk with a wealth manager ('entretien ... gestionnaire de "
    "patrimoine'), an insurer's 'colloquio', a bank's 'entrevista ... plan de pensiones', a "
    "'保険見直し面談', a pension adviser's 'görüşme', a social worker's 'entrevista' were all "
    "claimed at 0.66-0.75; lookalikes.NON_JOB_PURPOSE_CUES now names pensions, insurance, "
    "wealth, tax returns and a welfare office's social worker beside 'mortgage' and 'loan', "
    "with tests/parsing/test_appts77_client_talks.py): dev look-alikes claimed 0/24, controls "
    "right 8/8, 8 sure; held out: look-alikes claimed 0/13, controls right 3/3, 3 sure (not "
    "opened); whole corpus against main at 4eed10cc: 0 worse, 3 better (two tax offices' "
    "and an adoption screening's bookings now read not_invitation). Left alone: a tax adviser's 'Kennenlerngespräch' is still claimed (the word "
    "names a job search to the parser, as looks76 noted); service bookings with no interview "
    "word still read as an invitation at 0.4 (review, not claimed)."
)


def cases() -> list[Case]:
    RAW.clear()
    for build in BUILDERS:
        build()
    return pp.seeded_cases(FAMILY, HELD_FAMILY, RAW, LIC)


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the appts77 batch (`build_appts77.py`)",
        "",
        "Appointments that are no job interview but are written like an interview booking: "
        "confirmations, reminders and reschedules from booking tools and service providers "
        "(dentist, GP, physio and clinic intake, vet, hair salon, car service and MOT/TÜV, bank, "
        "mortgage and tax advisors, public offices and a visa centre, driving tests, a flat "
        "viewing, a parent-teacher meeting, tutoring, a gym induction, a heating engineer's "
        "visit), in shapes servicebook55, appts43, appts47, bookmeet51 and booking50 lack: "
        "French 'entretien' with a bank advisor or a teacher, Italian 'colloquio' with a teacher "
        "or mortgage advisor, Dutch 'intakegesprek' at a clinic and 'oriëntatiegesprek' with a "
        "mortgage advisor, German 'Beratungsgespräch', Swedish 'introsamtal' and "
        "'rådgivningsmöte', Korean '상담 예약', Chinese '入职体检' (a pre-employment medical, no "
        "interview). Controls (about a quarter): the reader's own job interviews booked "
        "through the same tool shapes. All text is ours, written by hand with no template; "
        "people, companies, tools and addresses are made up. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family appts77h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start, with its end when the mail gives one (text mails "
        "state no zone, so the label carries the Date header's offset and `tz_stated: false`). "
        "A service appointment (health, advisor, office, errand, school) hires nobody and is "
        "`not_invitation` ('a job tracker records job interviews only'; as appts43, appts47, "
        "servicebook55 label them).",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_appts77.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-appts77.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
