# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks71" batch: look-alike negatives in the kinds whose held-out families were
still claimed (looks68h, jobtrack50, travel56, nursery60, gancio26, calpanel54, panelho30,
panelday25, hireside66h, hirecomm25, coopboard62, booking50, agencyhm39 ...), in new wording
and from new senders, beside controls in the same words.

Job-tracker and job-board digests that list interviews or deadlines the reader logged, travel
bookings (flights, trains, hotels, taxis) around an interview trip, nursery and school mail
(parents' evenings, settling-in talks, school trips), community event calendars, conference and
panel programmes, mail that puts the reader on an interview panel or hiring committee for a
candidate, agency mails about another candidate, co-op, housing-association and club board
meetings, and service bookings (garage, hairdresser, boiler service, removals). Controls: the
reader's own job interview in prose, some with travel or panel words around it ("we will book
your train", "the panel will consist of").

Run: .venv/bin/python tests/parsing/corpus/build_looks71.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up (tool names in senders are only display names). Labels come from the datetimes the
text is rendered from (zoneinfo) and were written before the parser was run on any message of
the batch. A seeded third is held out: file names sorted by the SHA-256 of the name, every third
from the first goes to heldout/ (family looks71h), chosen before any file was parsed. Helpers
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
ZONE = {
    **lk.ZONE,
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "fi": "Europe/Helsinki",
    "uk": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "cs": "Europe/Prague",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "pt-PT": "Europe/Lisbon",
    "el": "Europe/Athens",
}
FAMILY = "looks71"
HELD_FAMILY = "looks71h"
FAMILIES = {
    FAMILY: "Look-alike negatives in the kinds still claimed in held-out families (job-tracker "
    "digests, travel bookings for an interview trip, nursery and school mail, community event "
    "calendars, conference programmes, the reader on a panel or hiring committee, agency mail "
    "about another candidate, board meetings, service bookings), beside the reader's own job "
    "interviews in prose with travel or panel words.",
    HELD_FAMILY: "The held-out third of looks71, chosen by the file names' hashes before any parse.",
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
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it a look-alike, labelled not_invitation."""
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
        f"looks71 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- job trackers and job boards: digests of what the reader logged, deadlines ---------------
TRACKER = "A job-tracker or job-board digest listing interviews the reader logged and application deadlines: the reader's own tool reminds them, nobody sets an interview in this mail."
BOARD = "A job board's weekly digest or deadline alert listing closing dates and events with clock times: a notice from a tool, no interview is set for the reader."


def trackers() -> None:
    add("en-US", "huntboard_week_ahead", ("Huntboard", "digest@huntboard.example.com"),
        "Your week ahead: 2 interviews, 3 deadlines",
        "Good morning Alex,\n\nHere's your job search at a glance for the week of March 8.\n\nINTERVIEWS YOU'RE TRACKING\n• Tue Mar 9, 2:00 PM — Ridgeway Analytics (stage: Phone screen) — added by you\n• Thu Mar 11, 3:30 PM — Oakmere Health (stage: Onsite) — added by you\n\nDEADLINES\n• Wed Mar 10, 11:59 PM — Data Analyst, City of Elmwood\n• Fri Mar 12 — follow up with Ridgeway\n\nUpdate your board: https://huntboard.example.com/board\n\nYou get this digest every Monday. Manage email settings", TRACKER, shape="alt")  # fmt: skip
    add("de", "bewerbungstracker_wochenuebersicht", ("Jobmappe", "no-reply@jobmappe.example.de"),
        "Deine Wochenübersicht: 2 Gespräche eingetragen",
        "Hallo Alex,\n\nhier ist deine Übersicht aus der Jobmappe für diese Woche:\n\nEingetragene Gespräche\n- Mi., 10.03., 10:00 Uhr: Vorstellungsgespräch Stadtwerke Lindau (von dir eingetragen)\n- Do., 18.03., 15:00 Uhr: Zweitgespräch Hofmann Logistik (von dir eingetragen)\n\nFristen\n- Fr., 12.03.: Bewerbungsschluss Sachbearbeitung Landratsamt\n\nDenk daran, nach jedem Gespräch deine Notizen zu ergänzen.\n\nDein Jobmappe-Team\nBenachrichtigungen verwalten", TRACKER)  # fmt: skip
    add("fr", "suivi_candidatures_rappel", ("MesCandidatures", "rappels@mescandidatures.example.fr"),
        "Rappel : entretien inscrit dans votre tableau de suivi",
        "Bonjour Alex,\n\nVous avez ajouté l'étape suivante à votre tableau de suivi :\n\nEntretien – Librairie Vauban\nJeudi 11 mars 2027 à 15h30\nStatut de la candidature : en cours\n\nAstuce : relisez l'offre et préparez deux questions à poser.\n\nCe rappel a été créé par vous. Pour le modifier, ouvrez l'application MesCandidatures.", TRACKER)  # fmt: skip
    add("es", "tablero_busqueda_resumen", ("Buscaempleo Planner", "resumen@buscaempleo.example.es"),
        "Tu resumen semanal de candidaturas",
        "Hola Alex:\n\nEsto es lo que tienes apuntado esta semana:\n\nEntrevistas registradas por ti\n· martes 9 de marzo, 14:00 – Ópticas Levante (segunda fase)\n· viernes 12 de marzo, 11:00 – Cooperativa Albar (videollamada)\n\nPlazos\n· miércoles 10 de marzo, 23:59 – oferta de auxiliar administrativo, Ayuntamiento de Teruel\n\nRecuerda marcar cada candidatura como «entrevistado» cuando termines.\n\nEl equipo de Buscaempleo Planner", TRACKER, shape="html")  # fmt: skip
    add("ja", "tenshoku_app_yotei", ("転職ノート", "notice@tenshoku-note.example.jp"),
        "【転職ノート】今週の予定（登録済み）",
        "アレックス様\n\nご自身で登録された今週の予定をお知らせします。\n\n■面接予定\n3月10日（水）10:00　株式会社ミナミ電機（二次面接）\n3月16日（火）10:30　さくら不動産（最終面接）\n\n■締切\n3月12日（金）　エントリーシート提出（青葉銀行）\n\n予定の変更はアプリから行ってください。\n転職ノート運営事務局", TRACKER)  # fmt: skip
    add("pl", "tablica_ofert_przypomnienie", ("Pracuj Tablica", "powiadomienia@pracujtablica.example.pl"),
        "Przypomnienie z Twojej tablicy rekrutacji",
        "Cześć Alex,\n\nprzypominamy o wydarzeniach, które dodałaś do swojej tablicy:\n\n• czwartek 11 marca, 15:30 – rozmowa z firmą Mostostal Opole (etap: rozmowa z kierownikiem)\n• poniedziałek 15 marca – termin wysłania portfolio do agencji Kreska\n\nZmieniłaś status? Przeciągnij kartę do kolumny „Po rozmowie”.\n\nZespół Pracuj Tablica", TRACKER)  # fmt: skip
    add("en-GB", "jobboard_closing_soon", ("CareerLane Alerts", "alerts@careerlane.example.co.uk"),
        "Closing soon: 4 jobs you saved",
        "Hi Alex,\n\nThese saved jobs close this week:\n\n1. Events Coordinator, Harrow Arts Centre — closes Tue 9 March, 5pm\n2. Finance Assistant, Kestrel Housing — closes Thu 11 March, 12 noon\n3. Office Manager, Lyle & Partners — closes Fri 12 March, 9am\n\nAlso this week: CareerLane Live online jobs fair, Wednesday 10 March, 10am–2pm. Register free.\n\nHappy hunting,\nThe CareerLane team\nUnsubscribe from saved-job alerts", BOARD, shape="alt")  # fmt: skip
    add("nl", "vacaturebank_deadline", ("Werkzoeker.nl", "meldingen@werkzoeker.example.nl"),
        "Let op: sluitingsdatum nadert voor je bewaarde vacatures",
        "Hoi Alex,\n\nVoor deze bewaarde vacatures sluit de inschrijving binnenkort:\n\n- Beleidsmedewerker Wonen, gemeente Hoorn – sluit woensdag 10 maart om 12.00 uur\n- Teamleider Klantenservice, Energie Noord – sluit vrijdag 12 maart om 17.00 uur\n\nGesprekken voor deze functies staan gepland in week 12, zegt de werkgever.\n\nSucces!\nWerkzoeker.nl\nMeldingen uitzetten", BOARD)  # fmt: skip
    add("sv", "jobbsok_logg_paminnelse", ("Sökloggen", "paminnelse@sokloggen.example.se"),
        "Påminnelse: aktiviteter i din sökaktivitetsrapport",
        "Hej Alex!\n\nDu har lagt in följande i din logg för mars:\n\n– tisdag 9 mars kl. 14.00: intervju hos Fjällbete AB (inlagd av dig)\n– onsdag 17 mars: sista dag att lämna in aktivitetsrapporten till Arbetsförmedlingen\n\nGlöm inte att fylla i hur intervjun gick.\n\nVänliga hälsningar\nSökloggen", TRACKER)  # fmt: skip
    add("ko", "chaeyong_app_ilsang", ("잡노트", "alarm@jobnote.example.kr"),
        "[잡노트] 이번 주 등록된 일정 알림",
        "알렉스 님, 안녕하세요.\n\n직접 등록하신 이번 주 일정을 알려드립니다.\n\n- 3월 11일(목) 오후 3시 30분: 한결물산 면접 (직접 등록)\n- 3월 12일(금) 오전 11시: 서류 마감 - 푸른은행 신입 공채\n\n일정 변경은 앱에서 해 주세요.\n잡노트 드림", TRACKER)  # fmt: skip


# --- travel around an interview trip: flights, trains, hotels, taxis --------------------------
TRAVEL = "A travel booking (flight, train, hotel, taxi) for the reader's trip to an interview, with departure, check-in or pick-up times: a ticket or reservation, it sets no interview time."


def travel() -> None:
    add("en-GB", "train_tickets_interview_trip", ("Railway Journeys", "tickets@railjourneys.example.co.uk"),
        "Your e-tickets: London Euston to Manchester Piccadilly",
        "Booking reference: QX7HN2P\n\nOutward: Thursday 11 March 2027\nDepart London Euston 08:40, arrive Manchester Piccadilly 10:48\nCoach C, seat 42 (forward facing)\n\nReturn: Thursday 11 March 2027\nDepart Manchester Piccadilly 18:15, arrive London Euston 20:24\n\nPaid by: Halden Group travel account (interview travel)\n\nShow your e-ticket on your phone. Have a good journey.", TRAVEL, shape="alt")  # fmt: skip
    add("de", "hotelbuchung_vorstellungsgespraech", ("Hotel Am Dom Köln", "reservierung@hotel-amdom.example.de"),
        "Buchungsbestätigung Nr. 58812",
        "Sehr geehrte Frau Morgan,\n\nvielen Dank für Ihre Buchung. Die Firma Brenner Chemie hat für Ihren Besuch zum Vorstellungsgespräch folgende Übernachtung gebucht:\n\nAnreise: Mittwoch, 10.03.2027, Check-in ab 15:00 Uhr\nAbreise: Donnerstag, 11.03.2027, Check-out bis 11:00 Uhr\nEinzelzimmer inkl. Frühstück, Kostenübernahme durch den Arbeitgeber\n\nFrühstück servieren wir von 6:30 bis 10:30 Uhr.\n\nWir freuen uns auf Ihren Besuch.\nIhr Rezeptionsteam", TRAVEL)  # fmt: skip
    add("fr", "billet_train_entretien", ("Voyages Rail France", "confirmation@voyagesrail.example.fr"),
        "Confirmation de votre voyage Paris → Bordeaux",
        "Bonjour Alex Morgan,\n\nVotre voyage est confirmé.\n\nAller : vendredi 12 mars 2027, départ Paris Montparnasse 07h52, arrivée Bordeaux Saint-Jean 09h58, voiture 14, place 61\nRetour : vendredi 12 mars 2027, départ 17h04\n\nCe billet a été réservé par Cabinet Lestrade dans le cadre de votre déplacement pour un entretien.\n\nBon voyage !", TRAVEL)  # fmt: skip
    add("es", "vuelo_entrevista_reserva", ("Agencia Viajes Corporativos Sur", "reservas@viajessur.example.es"),
        "Billete electrónico – Sevilla-Madrid",
        "Estimada Alex:\n\nPor encargo de Ingeniería Tajo le enviamos su billete para el viaje a la entrevista:\n\nIda: martes 16 de marzo, vuelo IB 0931, salida Sevilla 07:25, llegada Madrid 08:30\nVuelta: martes 16 de marzo, vuelo IB 0946, salida Madrid 19:40\nLocalizador: TJ8K2M\n\nPresente el DNI en el control de seguridad. Facture antes de las 06:45.\n\nUn saludo,\nViajes Corporativos Sur", TRAVEL)  # fmt: skip
    add("it", "taxi_prenotato_colloquio", ("RadioTaxi Torino", "prenotazioni@radiotaxitorino.example.it"),
        "Prenotazione taxi confermata",
        "Gentile cliente,\n\nla sua corsa è confermata.\n\nRitiro: mercoledì 17 marzo alle 13:15, Stazione Porta Nuova, uscita via Nizza\nDestinazione: Corso Francia 210 (Alpi Meccanica S.p.A.)\nNote: corsa prenotata dall'azienda per il suo colloquio, pagamento a carico dell'azienda\n\nL'autista la attenderà con un cartello con il suo nome.\n\nRadioTaxi Torino", TRAVEL)  # fmt: skip
    add("nl", "treinkaartjes_reisbureau", ("Reisdesk Kuipers & Co", "reisdesk@kuipersco.example.nl"),
        "Je reisgegevens voor donderdag",
        "Beste Alex,\n\nVoor je bezoek aan ons kantoor in Groningen hebben we de reis geboekt:\n\nHeenreis donderdag 18 maart: Utrecht Centraal 11.07 – Groningen 13.07\nTerugreis: Groningen 18.22 – Utrecht Centraal 20.23\n\nDe tickets staan in de bijlage. Declareren hoeft niet, wij betalen alles.\n\nGroet,\nReisdesk Kuipers & Co", TRAVEL)  # fmt: skip
    add("pl", "lot_na_rozmowe", ("LotPlus Rezerwacje", "rezerwacje@lotplus.example.pl"),
        "Potwierdzenie rezerwacji lotu WAW–GDN",
        "Szanowna Pani,\n\npotwierdzamy rezerwację opłaconą przez firmę Bałtyk Soft w związku z Pani rozmową kwalifikacyjną:\n\nWylot: wtorek 9 marca, 06:50 Warszawa Chopin → 07:45 Gdańsk\nPowrót: wtorek 9 marca, 19:30 Gdańsk → 20:25 Warszawa\nNumer rezerwacji: BS4Q9L\n\nOdprawa online otwiera się 24 godziny przed wylotem.\n\nLotPlus", TRAVEL)  # fmt: skip
    add("ja", "shinkansen_mensetsu_kotsuhi", ("株式会社北斗物産 採用事務局", "saiyo@hokuto-bussan.example.jp"),
        "【北斗物産】新幹線チケット手配のご連絡",
        "アレックス・モーガン様\n\n選考にお越しいただく際の交通手段を手配いたしましたのでお知らせします。\n\n往路：3月15日（月）東京 7:33発 → 仙台 9:04着（はやぶさ3号 6号車 8A）\n復路：3月15日（月）仙台 17:21発\n\nチケットは前日までに郵送いたします。交通費の精算は不要です。\n\n採用事務局", TRAVEL)  # fmt: skip
    add("pt-BR", "passagem_aerea_processo", ("Viagens Corporativas Ipê", "emissao@viagensipe.example.com.br"),
        "Bilhete emitido – GRU → POA",
        "Olá Alex,\n\nSeu bilhete foi emitido a pedido da Metalúrgica Gaúcha para a sua visita do processo seletivo.\n\nIda: quinta-feira, 11 de março, voo G3 1120, São Paulo (GRU) 06:10 → Porto Alegre 07:50\nVolta: quinta-feira, 11 de março, voo G3 1135, 19:05\nLocalizador: MGX2PA\n\nFaça o check-in pelo aplicativo da companhia.\n\nViagens Corporativas Ipê", TRAVEL, shape="html")  # fmt: skip
    add("tr", "otel_rezervasyon_mulakat", ("Otel Konak İzmir", "rezervasyon@otelkonak.example.com.tr"),
        "Rezervasyon onayı",
        "Sayın Alex Morgan,\n\nEge Gıda A.Ş. tarafından mülakat ziyaretiniz için yapılan rezervasyonunuz onaylanmıştır.\n\nGiriş: 10 Mart Çarşamba, saat 14:00'ten itibaren\nÇıkış: 11 Mart Perşembe, saat 12:00'ye kadar\nTek kişilik oda, kahvaltı dahil\n\nHavalimanı transferi için resepsiyonu arayabilirsiniz.\n\nOtel Konak İzmir", TRAVEL)  # fmt: skip


# --- nursery and school: parents' evenings, settling-in talks, trips, enrolment ---------------
SCHOOL = "Nursery or school mail to a parent (parents' evening, development talk, settling-in meeting, enrolment talk, class trip) with a time: the reader is a parent, nobody interviews the reader for a job."


def school() -> None:
    add("en-GB", "parents_evening_slot", ("Oakfield Primary School Office", "office@oakfield-primary.example.sch.uk"),
        "Parents' evening booking confirmed – Year 3",
        "Dear Parent/Carer,\n\nThank you for booking a parents' evening appointment.\n\nPupil: Maya Morgan (3K)\nTeacher: Mrs Khan\nDate: Wednesday 10 March 2027\nTime: 16:40 – 16:50\nLocation: Classroom 3K\n\nPlease arrive a few minutes early; appointments run strictly to time.\n\nOakfield Primary School", SCHOOL)  # fmt: skip
    add("de", "entwicklungsgespraech_kita", ("Kita Sonnenblume", "leitung@kita-sonnenblume.example.de"),
        "Einladung zum Entwicklungsgespräch",
        "Liebe Familie Morgan,\n\nwir möchten Sie herzlich zum jährlichen Entwicklungsgespräch über Lina einladen. Das Gespräch findet am Donnerstag, 11. März, um 15:30 Uhr im Gruppenraum der Igelgruppe statt und dauert etwa 30 Minuten.\n\nWir sprechen über Linas Spiel, ihre Freundschaften und den Übergang in die Schule.\n\nHerzliche Grüße\nAnke Hoffmann, Erzieherin", SCHOOL)  # fmt: skip
    add("fr", "reunion_parents_creche", ("Crèche Les Petits Pas", "direction@petitspas-creche.example.fr"),
        "Rendez-vous d'adaptation pour Noé",
        "Bonjour Madame Morgan,\n\nNous avons le plaisir d'accueillir Noé à la crèche à partir du 15 mars. Le premier rendez-vous d'adaptation aura lieu le mardi 9 mars à 14h00, en votre présence, pendant une heure. Nous ferons connaissance avec Noé et parlerons de ses habitudes de sommeil et de repas.\n\nÀ bientôt,\nSophie Marchal, directrice", SCHOOL)  # fmt: skip
    add("es", "tutoria_padres_colegio", ("Colegio San Gabriel – Secretaría", "secretaria@colegiosangabriel.example.es"),
        "Citación a tutoría – 2.º de Primaria",
        "Estimada familia:\n\nLa tutora de 2.º B, Carmen Ruiz, les cita a una tutoría individual el jueves 18 de marzo a las 15:00 en el aula de 2.º B para hablar de la evolución de Pablo en este trimestre.\n\nSi no pudieran asistir, comuníquenlo en la agenda escolar.\n\nAtentamente,\nSecretaría del Colegio San Gabriel", SCHOOL, shape="html")  # fmt: skip
    add("it", "colloqui_genitori_scuola", ("Istituto Comprensivo Manzoni", "segreteria@icmanzoni.example.it"),
        "Prenotazione colloqui scuola-famiglia",
        "Gentile genitore,\n\nla prenotazione del colloquio individuale è confermata:\n\nAlunno: Giacomo Morgan, classe 1ª C\nDocente: prof.ssa Ricci (matematica)\nGiorno: venerdì 12 marzo, ore 17:20\nModalità: in presenza, aula 12\n\nI colloqui durano 10 minuti.\n\nLa segreteria", SCHOOL)  # fmt: skip
    add("sv", "utvecklingssamtal_forskola", ("Förskolan Lönnen", "lonnen@forskola-umea.example.se"),
        "Tid för utvecklingssamtal",
        "Hej!\n\nNu är det dags för vårens utvecklingssamtal. Ni har fått tid tisdag 16 mars kl. 10.30 med pedagogen Johanna. Samtalet tar ungefär 40 minuter och vi sitter i ateljén.\n\nVälkomna!\nFörskolan Lönnen", SCHOOL)  # fmt: skip
    add("cs", "tridni_schuzky_rodice", ("ZŠ Komenského Olomouc", "skola@zskomenskeho.example.cz"),
        "Třídní schůzky a konzultace",
        "Vážení rodiče,\n\nzveme Vás na třídní schůzky, které se konají ve čtvrtek 11. března od 16:00 ve třídách. Individuální konzultace s vyučujícími jsou možné od 17:00 po předchozí domluvě.\n\nS pozdravem\nMgr. Jana Dvořáková, třídní učitelka 4. A", SCHOOL)  # fmt: skip
    add("zh", "youeryuan_jiazhanghui", ("阳光幼儿园", "office@yangguang-kg.example.cn"),
        "家长会通知（中一班）",
        "尊敬的家长：\n\n本学期家长会定于3月12日（周五）下午4:00在中一班教室举行，届时老师将介绍本学期的教学计划，并与各位家长单独交流孩子的在园情况。\n\n请准时出席，谢谢配合！\n\n阳光幼儿园 中一班", SCHOOL)  # fmt: skip
    add("fi", "vasu_keskustelu", ("Päiväkoti Tammi", "paivakoti.tammi@espoo-vaka.example.fi"),
        "Varhaiskasvatussuunnitelmakeskustelu",
        "Hei,\n\nvarhaiskasvatussuunnitelmakeskustelu (vasu) on sovittu keskiviikolle 17.3. klo 14.00. Keskustelu kestää noin 45 minuuttia, ja käymme läpi Eeron kevään tavoitteet.\n\nTervetuloa!\nKirsi, varhaiskasvatuksen opettaja\nPäiväkoti Tammi", SCHOOL)  # fmt: skip
    add("hu", "ovodai_beiratkozas", ("Napsugár Óvoda", "ovoda@napsugar-ovi.example.hu"),
        "Óvodai beiratkozás – időpont",
        "Kedves Szülő!\n\nGyermeke óvodai beiratkozásához az alábbi időpontot foglaltuk Önnek: 2027. március 15., hétfő, 9:00, óvodavezetői iroda.\n\nKérjük, hozza magával a gyermek születési anyakönyvi kivonatát, lakcímkártyáját és TAJ-kártyáját.\n\nÜdvözlettel:\nSzabó Erika óvodavezető", SCHOOL)  # fmt: skip


# --- community event calendars -----------------------------------------------------------------
COMMUNITY = "A community or neighbourhood event calendar (library, town hall, parish, club, repair café) listing events with times: events open to all, no interview is set for the reader."


def community() -> None:
    add("en-US", "library_events_march", ("Maple Grove Public Library", "events@maplegrovelibrary.example.org"),
        "This week at the library",
        "Hello neighbors!\n\nUpcoming at Maple Grove Public Library:\n\nTue, March 9 · 2:00 PM – Résumé clinic with volunteer career coaches (drop in)\nWed, March 10 · 10:00 AM – Toddler story time\nThu, March 11 · 3:30 PM – Mock interview practice for teens, Room B\nSat, March 13 · 9:00 AM – Seed swap\n\nAll events are free and open to the public.\n\nSee the full calendar at maplegrovelibrary.example.org/events", COMMUNITY, shape="alt")  # fmt: skip
    add("de", "stadtteilkalender_maerz", ("Stadtteilbüro Linden-Süd", "info@linden-sued-buero.example.de"),
        "Termine im Stadtteil – März",
        "Liebe Nachbarinnen und Nachbarn,\n\ndas ist im März bei uns los:\n\nDi., 9. März, 14:00 Uhr – Sprechstunde Mieterverein\nMi., 10. März, 10:00 Uhr – Frühstückstreff für Seniorinnen und Senioren\nSa., 13. März, 9:00 Uhr – Repair-Café im Gemeindesaal\nDo., 18. März, 15:00 Uhr – Bewerbungsmappen-Check des Jobcenters (offen für alle)\n\nAlle Veranstaltungen sind kostenlos.\n\nEuer Stadtteilbüro", COMMUNITY)  # fmt: skip
    add("fr", "agenda_mairie_quartier", ("Mairie de Villeurbanne – Agenda", "agenda@mairie-villeurbanne.example.fr"),
        "L'agenda de votre quartier",
        "Bonjour,\n\nVoici les rendez-vous de la semaine dans votre quartier :\n\n• mardi 9 mars à 14h : permanence de l'écrivain public\n• jeudi 11 mars à 15h30 : forum des métiers de l'aide à domicile, salle des fêtes\n• samedi 13 mars à 9h : marché des producteurs\n\nEntrée libre pour tous.\n\nVotre mairie", COMMUNITY, shape="html")  # fmt: skip
    add("nl", "buurthuis_agenda", ("Buurthuis De Kastanje", "agenda@dekastanje.example.nl"),
        "Agenda buurthuis deze week",
        "Beste buurtbewoners,\n\nDeze week in De Kastanje:\n\nwoensdag 10 maart 10.00 uur – koffieochtend\nvrijdag 12 maart 11.00 uur – taalcafé Nederlands\nzaterdag 13 maart 9.00 uur – repaircafé\n\nIedereen is welkom, aanmelden is niet nodig.\n\nGroet,\nhet team van De Kastanje", COMMUNITY)  # fmt: skip
    add("pt-BR", "agenda_associacao_bairro", ("Associação de Moradores Vila Nova", "contato@amvilanova.example.org.br"),
        "Agenda da semana na associação",
        "Olá, moradores!\n\nConfira a programação desta semana:\n\nterça, 9 de março, 14h – oficina de currículo com voluntários\nquinta, 11 de março, 15h30 – reunião sobre a feira do bairro\nsábado, 13 de março, 9h – mutirão de limpeza da praça\n\nTodas as atividades são gratuitas e abertas à comunidade.\n\nAbraços,\nAssociação de Moradores Vila Nova", COMMUNITY)  # fmt: skip
    add("da", "kulturhus_kalender", ("Kulturhuset Nørrebro", "kalender@kulturhus-nb.example.dk"),
        "Det sker i Kulturhuset i denne uge",
        "Hej alle\n\nI denne uge kan du opleve:\n\nonsdag den 10. marts kl. 10.00 – babysalmesang\ntorsdag den 11. marts kl. 15.30 – foredrag: Sådan skriver du en god ansøgning\nlørdag den 13. marts kl. 9.00 – loppemarked i gården\n\nFri entré til alle arrangementer.\n\nKulturhuset Nørrebro", COMMUNITY)  # fmt: skip
    add("ru", "afisha_rayona", ("Библиотека № 12", "afisha@biblioteka12.example.ru"),
        "Афиша библиотеки на неделю",
        "Дорогие читатели!\n\nПриглашаем на наши мероприятия:\n\nвторник, 9 марта, 14:00 — клуб любителей шахмат\nчетверг, 11 марта, 15:30 — встреча с карьерным консультантом: как подготовиться к собеседованию\nсуббота, 13 марта, 9:00 — обмен книгами\n\nВход свободный.\n\nБиблиотека № 12", COMMUNITY)  # fmt: skip
    add("uk", "kalendar_hromady", ("Громадський центр «Світанок»", "info@svitanok-centr.example.ua"),
        "Календар подій на березень",
        "Шановні мешканці!\n\nЗапрошуємо на події центру:\n\nсереда, 10 березня, 10:00 — ранкова кава для батьків\nп'ятниця, 12 березня, 11:00 — консультація юриста (вільний вхід)\nчетвер, 18 березня, 15:00 — ярмарок вакансій для внутрішньо переміщених осіб\n\nУсі заходи безкоштовні.\n\nЦентр «Світанок»", COMMUNITY)  # fmt: skip
    add("ko", "gumin_hoegwan_iljeong", ("햇살구민회관", "info@haetsal-hall.example.kr"),
        "3월 구민회관 행사 안내",
        "주민 여러분 안녕하세요.\n\n이번 주 구민회관 행사를 안내드립니다.\n\n3월 10일(수) 오전 10시 - 어르신 스마트폰 교실\n3월 11일(목) 오후 3시 30분 - 청년 취업 특강: 면접 잘 보는 법\n3월 13일(토) 오전 9시 - 나눔 장터\n\n누구나 무료로 참여할 수 있습니다.\n\n햇살구민회관", COMMUNITY)  # fmt: skip


# --- conference and panel programmes ----------------------------------------------------------
PROGRAMME = "A conference, symposium or panel-discussion programme with session times (some say 'interview' or 'panel' in the sense of a stage talk): an event for many, no interview is set for the reader."


def programmes() -> None:
    add("en-US", "conference_program_day2", ("DataHarbor Conference", "program@dataharbor-conf.example.com"),
        "Your DataHarbor 2027 program: Day 2",
        "Hi Alex,\n\nHere is the Day 2 program for DataHarbor 2027 (Thursday, March 11, Hall A):\n\n9:00 AM  Keynote: Streaming at scale\n10:30 AM Panel: Hiring data engineers in 2027 (moderator: Jo Park)\n1:00 PM  Fireside interview with Priya Raman, CTO of Lumen Freight\n3:30 PM  Lightning talks\n\nYour badge is waiting at registration.\n\nThe DataHarbor team", PROGRAMME, shape="alt")  # fmt: skip
    add("de", "tagungsprogramm_podium", ("Fachtagung Pflege 2027", "tagung@pflegetagung.example.de"),
        "Programm der Fachtagung Pflege am 17. März",
        "Sehr geehrte Teilnehmerin,\n\nanbei das Programm der Fachtagung:\n\n9:00 Uhr Begrüßung\n10:00 Uhr Vortrag: Personalbindung in der Altenpflege\n14:00 Uhr Podiumsdiskussion „Fachkräfte gewinnen“ mit Vertreterinnen aus Klinik und Heim\n16:00 Uhr Interview auf der Bühne mit der Pflegebevollmächtigten\n\nTagungsort: Kongresshaus Stuttgart, Saal 2.\n\nIhr Organisationsteam", PROGRAMME)  # fmt: skip
    add("fr", "programme_colloque", ("Colloque Territoires & Emploi", "colloque@territoires-emploi.example.fr"),
        "Programme définitif du colloque",
        "Madame, Monsieur,\n\nVoici le programme définitif du colloque du vendredi 12 mars, amphithéâtre Descartes :\n\n9h00 – Accueil café\n11h00 – Table ronde : recruter en zone rurale\n14h00 – Entretien croisé avec deux maires\n16h00 – Clôture\n\nVotre inscription est confirmée.\n\nLe comité d'organisation", PROGRAMME)  # fmt: skip
    add("es", "programa_jornadas", ("Jornadas de Innovación Pública", "secretaria@jornadasinnova.example.es"),
        "Programa de las Jornadas – miércoles 10 de marzo",
        "Estimada asistente:\n\nLe recordamos el programa de la jornada del miércoles 10 de marzo:\n\n10:00 Inauguración\n11:30 Mesa redonda: talento joven en la administración\n13:00 Entrevista en directo a la directora de la Agencia Digital\n17:00 Cóctel\n\nLugar: Palacio de Congresos, sala 1.\n\nSecretaría técnica", PROGRAMME, shape="html")  # fmt: skip
    add("it", "programma_convegno_tavola_rotonda", ("Convegno Lavoro e Futuro", "info@lavoroefuturo.example.it"),
        "Programma del convegno",
        "Gentile partecipante,\n\necco il programma di martedì 16 marzo, Auditorium San Domenico:\n\nore 10:30 – Saluti istituzionali\nore 11:00 – Tavola rotonda: come cambia il colloquio di lavoro\nore 14:00 – Intervista pubblica a Marta Conti, fondatrice di Ortofresco\n\nLa partecipazione è gratuita previa registrazione.\n\nSegreteria organizzativa", PROGRAMME)  # fmt: skip
    add("ja", "symposium_program", ("人材開発シンポジウム事務局", "symposium@jinzai-sympo.example.jp"),
        "【プログラム】人材開発シンポジウム2027",
        "ご参加の皆様\n\nシンポジウムのプログラムをお送りします。\n\n日時：3月18日（木）\n15:00　開会\n15:10　基調講演「これからの採用面接」\n16:00　パネルディスカッション\n17:30　閉会\n\n会場：国際会議場 第1ホール\n\n事務局", PROGRAMME)  # fmt: skip
    add("pl", "program_konferencji_panel", ("Konferencja HR Forum Kraków", "biuro@hrforumkrakow.example.pl"),
        "Program konferencji HR Forum",
        "Szanowni Państwo,\n\nprzesyłamy program drugiego dnia konferencji (czwartek, 11 marca):\n\n9:00 – wykład otwierający\n11:00 – panel dyskusyjny: rozmowa rekrutacyjna w erze AI\n15:30 – wywiad na scenie z prezes firmy Wawel Tech\n\nMiejsce: ICE Kraków, sala Audytorium.\n\nBiuro konferencji", PROGRAMME)  # fmt: skip
    add("ro", "program_conferinta", ("Conferința Resurse Umane Cluj", "contact@conferinta-hr.example.ro"),
        "Programul conferinței",
        "Stimată participantă,\n\nvă transmitem programul zilei de vineri, 12 martie:\n\n09:00 – Înregistrare\n11:00 – Panel: Recrutarea tinerilor absolvenți\n14:00 – Interviu pe scenă cu directorul general al Transilvania Soft\n\nLocație: Hotel Napoca, sala mare.\n\nEchipa de organizare", PROGRAMME)  # fmt: skip
    add("tr", "konferans_programi", ("İK Zirvesi İstanbul", "program@ikzirvesi.example.com.tr"),
        "Zirve programı",
        "Sayın katılımcı,\n\n16 Mart Salı günkü zirve programı:\n\n10:30 – Açılış konuşması\n11:30 – Panel: İşe alımda yeni yaklaşımlar\n14:00 – Sahnede söyleşi: Genç yöneticiler\n\nYer: Haliç Kongre Merkezi, Salon B\n\nİK Zirvesi ekibi", PROGRAMME)  # fmt: skip


# --- the reader on the hiring side: panels and committees for a candidate ---------------------
HIRER = "Mail that puts the reader on an interview panel or hiring committee for a named candidate (HR asks them to sit in, a committee secretary sends the timetable): the candidate is someone else."
AGENCY = "A recruitment agency writes to the reader as a hiring client about its candidate's interview (confirmed, moved, or proposed): the reader interviews, the candidate is someone else."


def hiring_side() -> None:
    add("en-GB", "sit_on_panel_candidate", ("Rachel Osei", "rachel.osei@thornbury-council.example.gov.uk"),
        "Could you sit on Tuesday's interview panel?",
        "Hi Alex,\n\nWe're one panel member short for the Senior Planning Officer interviews. Could you join Gareth and me on Tuesday 9 March at 2pm? The candidate is Tom Fairley; his application form and the question set are in the shared folder.\n\nWe'll need your scores on the sheet by the end of the day.\n\nThanks so much,\nRachel\nHR Business Partner", HIRER)  # fmt: skip
    add("de", "berufungskommission_probevortrag", ("Sekretariat Berufungskommission", "berufung@uni-halle.example.de"),
        "Berufungsverfahren W2 Materialwissenschaft – Zeitplan der Anhörungen",
        "Sehr geehrte Mitglieder der Berufungskommission,\n\nanbei der Zeitplan für die Anhörungen:\n\nDonnerstag, 11. März 2027\n15:30 Uhr Probevortrag Dr. Katrin Bauer, anschließend Kommissionsgespräch\n\nDie Bewerbungsunterlagen finden Sie im Kommissionsportal. Bitte bringen Sie Ihre Bewertungsbögen mit.\n\nMit freundlichen Grüßen\nPetra Lange\nSekretariat", HIRER)  # fmt: skip
    add("fr", "jury_recrutement_candidat", ("Service RH Métropole", "rh.recrutement@metropole-nantes.example.fr"),
        "Composition du jury – entretien de M. Garnier",
        "Bonjour Alex,\n\nVous êtes désigné(e) membre du jury pour le recrutement d'un chargé de mission mobilité. L'entretien de M. Julien Garnier aura lieu le mercredi 10 mars à 10h00, salle du conseil.\n\nMerci de prendre connaissance de son dossier de candidature et de la grille d'évaluation jointe avant le jury.\n\nCordialement,\nService RH", HIRER)  # fmt: skip
    add("es", "tribunal_seleccion_candidata", ("Recursos Humanos Hospital del Mar", "rrhh@hospitaldelmar.example.es"),
        "Convocatoria como vocal del tribunal de selección",
        "Estimada Alex:\n\nHa sido designada vocal del tribunal que entrevistará a la candidata Elena Morales para la plaza de supervisora de enfermería. La entrevista será el lunes 15 de marzo a las 9:00 en la sala de juntas de la tercera planta.\n\nAdjuntamos el currículum de la candidata y la plantilla de valoración.\n\nUn saludo,\nRecursos Humanos", HIRER)  # fmt: skip
    add("nl", "sollicitatiecommissie_rooster", ("Secretaris sollicitatiecommissie", "commissie@stichtingdehoeve.example.nl"),
        "Rooster gesprekken directeur-bestuurder",
        "Beste commissieleden,\n\nHierbij het rooster voor de gesprekken van vrijdag 12 maart in de bestuurskamer:\n\n11.00 uur – kandidaat A. de Boer\n12.15 uur – kandidaat S. Yilmaz\n\nDe brieven en cv's zitten in de beveiligde map. We bespreken na afloop samen de voorkeur.\n\nMet groet,\nHenk Vos, secretaris", HIRER)  # fmt: skip
    add("pt-PT", "juri_entrevista_candidato", ("Recursos Humanos Câmara Municipal", "rh@cm-aveiro.example.pt"),
        "Designação para júri de entrevista",
        "Cara Alex,\n\nInformamos que foi designada para integrar o júri da entrevista profissional de seleção do candidato Rui Tavares, que decorrerá na terça-feira, 16 de março, às 10h30, na sala de reuniões do 2.º piso.\n\nO processo do candidato segue em anexo.\n\nCom os melhores cumprimentos,\nDivisão de Recursos Humanos", HIRER)  # fmt: skip
    add("zh", "mianshi_xiaozu_chengyuan", ("人力资源部 王芳", "wangfang@haiyun-group.example.cn"),
        "请您担任面试小组成员",
        "莫根总，您好：\n\n财务经理岗位的候选人张伟已进入终面，面试定于3月17日（周三）下午2:00在总部12楼会议室进行。特邀请您作为面试小组成员参加，并在面试结束后填写评分表。\n\n候选人简历已发至您的邮箱。\n\n人力资源部 王芳", HIRER)  # fmt: skip
    add("fi", "haastattelupaneeli_hakija", ("Rekrytointi, Kuopion kaupunki", "rekrytointi@kuopio-kaupunki.example.fi"),
        "Haastattelu torstaina – olet paneelissa",
        "Hei Alex,\n\nkiitos, että lupauduit haastattelupaneeliin. Hakija Mikko Laine haastatellaan torstaina 18.3. klo 15.00 kaupungintalon neuvotteluhuoneessa 3.\n\nHakemus ja haastattelukysymykset ovat Kuntarekryssä. Kirjaa arviosi heti haastattelun jälkeen.\n\nTerveisin\nSanna Heikkinen\nhenkilöstöasiantuntija", HIRER)  # fmt: skip
    add("hu", "felveteli_bizottsag_jelolt", ("HR osztály, Duna Logisztika", "hr@dunalogisztika.example.hu"),
        "Felkérés felvételi bizottsági tagságra",
        "Kedves Alex!\n\nSzeretnénk felkérni, hogy vegyen részt a raktárvezetői pozíció felvételi bizottságában. Kiss Gábor jelölt interjúja 2027. március 10-én, szerdán 10:00-kor lesz a központi irodában.\n\nA jelölt önéletrajzát mellékeljük.\n\nÜdvözlettel:\nHR osztály", HIRER)  # fmt: skip


def agencies() -> None:
    add("en-US", "agency_candidate_confirmed", ("Lena Brooks, Summit Talent Partners", "lena.brooks@summittalent.example.com"),
        "Confirmed: Marcus Hill for your Controller opening",
        "Hi Alex,\n\nGreat news: Marcus Hill has confirmed his interview with you on Wednesday, March 10 at 10:00 AM at your Columbus office. His updated résumé and my screening notes are attached.\n\nPlease let me know your feedback right after you've met him; he has another offer pending.\n\nBest,\nLena Brooks\nSenior Recruiter, Summit Talent Partners", AGENCY)  # fmt: skip
    add("de", "personalberatung_kandidatin", ("Jonas Weber, Weber & Kraft Personalberatung", "j.weber@weber-kraft.example.de"),
        "Kandidatin für Ihre Position Teamleitung Einkauf",
        "Sehr geehrte Frau Morgan,\n\nwie besprochen stelle ich Ihnen Frau Sandra Keller vor. Sie könnte am Dienstag, 16. März um 10:30 Uhr zu einem ersten Gespräch zu Ihnen kommen. Passt Ihnen der Termin? Das Profil von Frau Keller liegt bei.\n\nMit besten Grüßen\nJonas Weber\nWeber & Kraft Personalberatung", AGENCY)  # fmt: skip
    add("fr", "cabinet_candidat_deplace", ("Cabinet Mercier Conseil", "consultants@mercier-conseil.example.fr"),
        "Report de l'entretien de Mme Petit",
        "Bonjour Alex,\n\nMme Claire Petit m'informe qu'elle ne pourra pas être présente mardi. Je vous propose de décaler son entretien au jeudi 11 mars à 15h30 dans vos locaux. Pouvez-vous me confirmer que cela vous convient, ainsi qu'à votre directeur financier ?\n\nBien à vous,\nThomas Mercier\nConsultant", AGENCY)  # fmt: skip
    add("it", "agenzia_candidato_cliente", ("Selezione Apice", "selezione@apice-hr.example.it"),
        "Colloquio candidato – posizione Responsabile Magazzino",
        "Gentile Alex,\n\nle confermo che il nostro candidato, Davide Ferraro, sarà da voi venerdì 12 marzo alle ore 11:00 per il colloquio con lei e con il direttore di stabilimento. In allegato il suo CV e la nostra scheda di valutazione.\n\nAttendo un suo riscontro dopo l'incontro.\n\nCordiali saluti\nValentina Greco\nApice Selezione", AGENCY)  # fmt: skip
    add("sv", "rekryteringsbyra_kandidat", ("Nordrek Bemanning", "uppdrag@nordrek.example.se"),
        "Intervju med Erik Sandberg bokad",
        "Hej Alex!\n\nJag har bokat in Erik Sandberg för intervju hos er onsdag 17 mars kl. 14.00 om tjänsten som lagerchef. Hans cv och referenser finns i bifogad fil.\n\nHör av dig efter intervjun så går vi vidare.\n\nMvh\nKarin Lund\nRekryteringskonsult, Nordrek", AGENCY)  # fmt: skip
    add("ja", "jinzai_shokai_kouho", ("ライズキャリア株式会社", "consultant@rise-career.example.jp"),
        "【ライズキャリア】候補者面接日程確定のご連絡",
        "株式会社みどり製作所\nモーガン様\n\nいつもお世話になっております。ご紹介中の候補者、田中健太様の面接日程が確定いたしましたのでご連絡いたします。\n\n日時：3月18日（木）15:00〜16:00\n場所：貴社本社 応接室\n\n面接後、選考結果をお知らせいただけますと幸いです。\n\nライズキャリア株式会社 鈴木", AGENCY)  # fmt: skip
    add("cs", "personalni_agentura_kandidat", ("Agentura Kariéra Plus", "nabor@karieraplus.example.cz"),
        "Pohovor s kandidátem – pozice mistr výroby",
        "Dobrý den, paní Morgan,\n\npotvrzuji, že náš kandidát pan Tomáš Horák přijde na pohovor ve čtvrtek 11. března v 15:30 do Vaší kanceláře. Životopis a výsledky testů jsou v příloze.\n\nDejte mi prosím po pohovoru vědět, jak proběhl.\n\nS pozdravem\nLucie Marková\nKariéra Plus", AGENCY)  # fmt: skip
    add("en-GB", "agency_shortlist_interviews", ("Pembroke Recruitment", "dan.hughes@pembroke-rec.example.co.uk"),
        "Shortlist and interview times for your Office Manager role",
        "Hi Alex,\n\nAs agreed, here are the three candidates coming in to see you on Monday 15 March:\n\n9:00 – Aisha Rahman\n10:00 – Ben Cole\n11:00 – Sophie Grant\n\nCVs attached. I'll call you on Monday afternoon to hear who you'd like to take to second stage.\n\nCheers,\nDan Hughes\nPembroke Recruitment", AGENCY)  # fmt: skip
    add("ko", "heoddeonteo_hubo", ("탤런트브릿지 헤드헌터", "consultant@talentbridge.example.kr"),
        "[탤런트브릿지] 추천 후보자 면접 일정 확정",
        "모건 팀장님, 안녕하세요.\n\n추천드린 박지훈 후보자의 면접 일정이 확정되었습니다.\n\n일시: 3월 16일(화) 오전 10시 30분\n장소: 귀사 본사 8층 회의실\n\n면접 후 피드백 부탁드립니다.\n\n탤런트브릿지 김수진 드림", AGENCY)  # fmt: skip


# --- co-op, housing-association and club boards --------------------------------------------
BOARD_MEETING = "A co-op, housing-association, club or school board meeting notice with an agenda (some agenda items are recruitment or an interview of an applicant for membership): a meeting of a body the reader sits on, no job interview for the reader."


def boards() -> None:
    add("en-US", "coop_board_meeting_notice", ("Riverside Food Co-op Board", "board@riversidecoop.example.org"),
        "Board meeting Thursday – agenda",
        "Hi board members,\n\nOur monthly board meeting is Thursday, March 11 at 3:30 PM in the co-op's community room.\n\nAgenda\n1. Minutes of February meeting\n2. Treasurer's report\n3. Hiring the new general manager: update from the search committee\n4. Member survey results\n\nPlease read the GM job description before the meeting.\n\nSam Ortiz, Board Secretary", BOARD_MEETING)  # fmt: skip
    add("de", "wohnungsgenossenschaft_vorstand", ("Wohnungsgenossenschaft Eintracht eG", "vorstand@eintracht-eg.example.de"),
        "Einladung zur Aufsichtsratssitzung",
        "Sehr geehrte Mitglieder des Aufsichtsrats,\n\nhiermit lade ich zur Sitzung am Mittwoch, 17. März 2027, um 14:00 Uhr in der Geschäftsstelle ein.\n\nTagesordnung:\nTOP 1 Protokoll\nTOP 2 Jahresabschluss\nTOP 3 Nachbesetzung der Stelle Hausmeister\nTOP 4 Verschiedenes\n\nMit genossenschaftlichen Grüßen\nUrsula Beck, Vorsitzende", BOARD_MEETING)  # fmt: skip
    add("fr", "conseil_administration_asso", ("Association Les Jardins Partagés", "bureau@jardinspartages.example.fr"),
        "Convocation au conseil d'administration",
        "Chers administrateurs,\n\nLe conseil d'administration se réunira le mardi 9 mars à 14h00 à la maison des associations.\n\nOrdre du jour :\n– approbation des comptes\n– recrutement d'un animateur en service civique\n– calendrier des plantations\n\nMerci de confirmer votre présence.\n\nLe président, Marc Dubois", BOARD_MEETING)  # fmt: skip
    add("nb", "borettslag_styremote", ("Styret i Solbakken borettslag", "styret@solbakken-brl.example.no"),
        "Innkalling til styremøte",
        "Hei alle sammen,\n\nStyremøtet holdes tirsdag 16. mars kl. 10.30 i fellesrommet.\n\nSaker:\n1. Godkjenning av referat\n2. Tilbud på vaktmestertjenester\n3. Søknad om fremleie fra leilighet 4B\n\nVel møtt!\nIngrid Nilsen, styreleder", BOARD_MEETING)  # fmt: skip
    add("es", "junta_cooperativa_vivienda", ("Cooperativa de Viviendas El Olivar", "junta@elolivar-coop.example.es"),
        "Convocatoria de la Junta Rectora",
        "Estimados miembros de la Junta Rectora:\n\nSe les convoca a la reunión ordinaria del jueves 18 de marzo a las 15:00 en la sede de la cooperativa.\n\nOrden del día:\n1. Lectura del acta anterior\n2. Entrevista a dos familias solicitantes de ingreso como socias\n3. Obras de la cubierta\n\nUn saludo,\nLa secretaria, Rosa Vidal", BOARD_MEETING)  # fmt: skip
    add("it", "consiglio_direttivo_circolo", ("Circolo Tennis Lario", "segreteria@tennislario.example.it"),
        "Convocazione consiglio direttivo",
        "Cari consiglieri,\n\nil consiglio direttivo è convocato per venerdì 12 marzo alle ore 11:00 presso la club house.\n\nOrdine del giorno:\n1. Bilancio preventivo\n2. Selezione del nuovo maestro di tennis (colloqui dei candidati a cura della commissione tecnica)\n3. Torneo sociale di primavera\n\nUn saluto,\nIl presidente", BOARD_MEETING)  # fmt: skip
    add("pl", "zebranie_zarzadu_wspolnoty", ("Zarząd Wspólnoty Mieszkaniowej Zielona 8", "zarzad@zielona8.example.pl"),
        "Zebranie zarządu – środa",
        "Szanowni Członkowie Zarządu,\n\nzapraszam na zebranie w środę 10 marca o godz. 10:00 w lokalu administracji.\n\nPorządek obrad:\n1. Wybór firmy sprzątającej\n2. Rozmowa z kandydatem na administratora budynku\n3. Sprawy bieżące\n\nZ poważaniem\nBarbara Zielińska, przewodnicząca", BOARD_MEETING)  # fmt: skip
    add("el", "synedriasi_dioikitikou_symvouliou", ("Σύλλογος Γονέων 3ου Δημοτικού", "syllogos@3dimotiko-goneis.example.gr"),
        "Πρόσκληση σε συνεδρίαση του ΔΣ",
        "Αγαπητά μέλη του Διοικητικού Συμβουλίου,\n\nσας καλούμε σε συνεδρίαση την Πέμπτη 11 Μαρτίου στις 15:30 στη βιβλιοθήκη του σχολείου.\n\nΘέματα:\n1. Οικονομικός απολογισμός\n2. Πρόσληψη προπονητή για το απογευματινό πρόγραμμα\n3. Εκδήλωση του Πάσχα\n\nΜε εκτίμηση,\nΗ Πρόεδρος", BOARD_MEETING)  # fmt: skip


# --- service bookings ------------------------------------------------------------------------
SERVICE = "A service booking (garage, hairdresser, boiler service, removals, cleaning, dentist) with a confirmed time: an appointment for a service, nobody interviews the reader."


def services() -> None:
    add("en-GB", "boiler_service_booked", ("Warmway Heating", "bookings@warmway.example.co.uk"),
        "Your boiler service is booked",
        "Hi Alex,\n\nThanks for booking with Warmway. Your engineer, Kevin, will visit on Tuesday 9 March between 2pm and 4pm for your annual boiler service.\n\nPlease make sure the boiler is accessible and someone over 18 is at home.\n\nNeed to change your appointment? Reply to this email or call 0113 496 0000.\n\nWarmway Heating", SERVICE, shape="alt")  # fmt: skip
    add("de", "werkstatt_termin_reifen", ("Autohaus Krüger Service", "service@autohaus-krueger.example.de"),
        "Terminbestätigung Reifenwechsel",
        "Guten Tag Frau Morgan,\n\nwir bestätigen Ihren Termin für den Reifenwechsel:\n\nMittwoch, 10.03.2027, 10:00 Uhr\nFahrzeug: VW Golf, Kennzeichen M-AM 2027\nDauer ca. 45 Minuten, Wartebereich mit Kaffee vorhanden\n\nBitte bringen Sie Ihre eingelagerten Sommerreifen-Nummer mit.\n\nIhr Service-Team", SERVICE)  # fmt: skip
    add("fr", "coiffeur_rendez_vous", ("Salon Belle Mèche", "rdv@bellemeche.example.fr"),
        "Votre rendez-vous est confirmé",
        "Bonjour Alex,\n\nVotre rendez-vous chez Salon Belle Mèche est confirmé :\n\nJeudi 11 mars 2027 à 15h30\nPrestation : coupe + brushing avec Inès\nDurée : 1 h\n\nEn cas d'empêchement, merci d'annuler au moins 24 h à l'avance.\n\nÀ bientôt !", SERVICE, shape="html")  # fmt: skip
    add("es", "mudanza_presupuesto_visita", ("Mudanzas Levante", "citas@mudanzaslevante.example.es"),
        "Visita para el presupuesto de su mudanza",
        "Hola Alex:\n\nLe confirmamos la visita de nuestro técnico para valorar su mudanza el viernes 12 de marzo a las 11:00 en su domicilio de la calle Colón, 14, 3.º A, Valencia.\n\nLa visita dura unos 30 minutos y es gratuita.\n\nMudanzas Levante", SERVICE)  # fmt: skip
    add("nl", "schoonmaak_intake", ("Schoonhuis Thuishulp", "planning@schoonhuis.example.nl"),
        "Bevestiging kennismakingsgesprek thuishulp",
        "Beste Alex,\n\nOnze planner komt op maandag 15 maart om 9.00 uur bij je langs voor een kennismaking met je nieuwe huishoudelijke hulp, Marieke. We bespreken dan samen welke werkzaamheden je wilt en op welke dag ze komt.\n\nTot dan!\nSchoonhuis Thuishulp", SERVICE)  # fmt: skip
    add("pt-BR", "pet_shop_banho_tosa", ("Pet Amigo", "agenda@petamigo.example.com.br"),
        "Agendamento confirmado – banho e tosa",
        "Olá Alex!\n\nO agendamento do Thor está confirmado:\n\nServiço: banho e tosa\nData: terça-feira, 16 de março\nHorário: 10h30\nUnidade: Moema\n\nChegue com 10 minutos de antecedência. Até lá!\nEquipe Pet Amigo", SERVICE)  # fmt: skip
    add("ro", "service_auto_itp", ("Service Auto Dacia Centru", "programari@servicedacia.example.ro"),
        "Confirmare programare ITP",
        "Bună ziua,\n\nVă confirmăm programarea pentru inspecția tehnică periodică miercuri, 17 martie 2027, la ora 14:00.\n\nVă rugăm să aveți la dumneavoastră talonul și cartea de identitate a autovehiculului.\n\nService Auto Dacia Centru", SERVICE)  # fmt: skip
    add("ja", "shika_yoyaku", ("みどり歯科クリニック", "yoyaku@midori-dental.example.jp"),
        "ご予約確認のお知らせ",
        "モーガン様\n\nご予約ありがとうございます。以下の内容で承りました。\n\n日時：3月18日（木）15:00\n内容：定期検診・クリーニング\n所要時間：約45分\n\nご都合が悪くなった場合は前日までにご連絡ください。\n\nみどり歯科クリニック", SERVICE)  # fmt: skip


# --- controls: the reader's own job interview, with travel or panel words around it -----------
OWN_TRAVEL = "The reader's own job interview, written in prose, with travel words around it (the employer books the train, flight or hotel) (control)."
OWN_PANEL = "The reader's own job interview, written in prose, with panel or committee words around it (the panel will consist of, the committee will interview you) (control)."
OWN_PLAIN = "The reader's own job interview, written in prose near a look-alike's words (a tracker, an agency, a school, a programme) (control)."


def controls() -> None:
    add("en-GB", "own_interview_train_booked", ("Hannah Price", "hannah.price@haldengroup.example.co.uk"),
        "Interview invitation – Halden Group, Manchester",
        "Dear Alex,\n\nThank you for applying for the Operations Analyst role. We would like to invite you to an interview at our Manchester office on Thursday 11 March at 3:30pm. The interview will last about an hour.\n\nWe will book and pay for your train from London; our travel desk will email you the tickets separately.\n\nKind regards,\nHannah Price\nTalent Acquisition", OWN_TRAVEL, slot=H11, minutes=60)  # fmt: skip
    add("de", "eigenes_gespraech_hotel", ("Markus Brenner", "m.brenner@brenner-chemie.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte Frau Morgan,\n\nwir freuen uns über Ihre Bewerbung als Laborleiterin und laden Sie zu einem persönlichen Vorstellungsgespräch am Donnerstag, 11. März 2027, um 15:30 Uhr in unser Werk in Köln-Merkenich ein.\n\nDa Sie aus München anreisen, übernehmen wir gern Ihre Bahnfahrt und eine Übernachtung; die Buchung schicken wir Ihnen gesondert.\n\nMit freundlichen Grüßen\nMarkus Brenner\nPersonalleitung", OWN_TRAVEL, slot=H11)  # fmt: skip
    add("fr", "propre_entretien_deplacement", ("Cabinet Lestrade", "recrutement@cabinet-lestrade.example.fr"),
        "Votre entretien à Bordeaux",
        "Bonjour Alex,\n\nSuite à notre échange téléphonique, je vous confirme votre entretien avec les deux associés du cabinet le vendredi 12 mars à 11h00, à notre bureau de Bordeaux, 8 cours de l'Intendance.\n\nNous prenons en charge votre billet de train aller-retour depuis Paris.\n\nBien cordialement,\nAnne Lestrade", OWN_TRAVEL, slot=F12)  # fmt: skip
    add("es", "entrevista_propia_vuelo", ("Ingeniería Tajo – Selección", "seleccion@ingenieriatajo.example.es"),
        "Entrevista para el puesto de jefe de obra",
        "Hola Alex:\n\nNos alegra comunicarte que has pasado a la fase final. Te esperamos para una entrevista presencial el martes 16 de marzo a las 10:30 en nuestras oficinas de Madrid.\n\nLa agencia de viajes te enviará el billete de avión desde Sevilla; los gastos corren de nuestra cuenta.\n\nUn saludo,\nBeatriz Ortega\nSelección", OWN_TRAVEL, slot=T16)  # fmt: skip
    add("ja", "jibun_mensetsu_kotsuhi", ("株式会社北斗物産 人事部", "jinji@hokuto-bussan.example.jp"),
        "【北斗物産】最終面接のご案内",
        "アレックス・モーガン様\n\nこの度は弊社にご応募いただきありがとうございます。\n最終面接を下記のとおり実施いたしますので、ご来社ください。\n\n日時：3月15日（月）9時00分〜10時00分\n場所：仙台本社 5階 会議室\n\n新幹線の切符は弊社で手配いたします。\n\n人事部 佐藤", OWN_TRAVEL, slot=M15, minutes=60)  # fmt: skip
    add("pt-BR", "entrevista_propria_passagem", ("Metalúrgica Gaúcha – RH", "rh@metalurgicagaucha.example.com.br"),
        "Convite para entrevista presencial",
        "Olá Alex,\n\nGostaríamos de convidar você para uma entrevista presencial na quinta-feira, 11 de março, às 15h30, na nossa fábrica em Canoas.\n\nAs passagens aéreas e o transporte do aeroporto ficam por nossa conta; a agência vai enviar o bilhete.\n\nAté breve,\nCamila Rocha\nRecursos Humanos", OWN_TRAVEL, slot=H11)  # fmt: skip
    add("pl", "wlasna_rozmowa_hotel", ("Bałtyk Soft – Rekrutacja", "rekrutacja@baltyksoft.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry Pani Alex,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy na rozmowę kwalifikacyjną we wtorek 9 marca o godz. 14:00 w naszym biurze w Gdańsku, ul. Grunwaldzka 100.\n\nKoszty przelotu z Warszawy pokrywamy my; szczegóły rezerwacji prześlemy osobno.\n\nPozdrawiamy\nZespół Rekrutacji Bałtyk Soft", OWN_TRAVEL, slot=T9)  # fmt: skip
    add("en-US", "own_panel_interview", ("Olivia Grant", "olivia.grant@oakmerehealth.example.com"),
        "Panel interview – Clinical Data Manager",
        "Hi Alex,\n\nThank you for your interest in the Clinical Data Manager position. We'd like to invite you to a panel interview on Wednesday, March 10 at 10:00 AM at our Elm Street campus. The panel will consist of the Director of Research, a senior data manager and me, and will last about 45 minutes.\n\nPlease bring a copy of your résumé.\n\nBest regards,\nOlivia Grant\nHuman Resources", OWN_PANEL, slot=W10, minutes=45)  # fmt: skip
    add("nl", "eigen_gesprek_commissie", ("Stichting De Hoeve", "secretariaat@stichtingdehoeve.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nDank voor je sollicitatie naar de functie van teamleider zorg. De sollicitatiecommissie nodigt je graag uit voor een gesprek op vrijdag 12 maart om 11.00 uur in de bestuurskamer van onze locatie in Zwolle. De commissie bestaat uit twee bestuursleden en een medewerker van het team.\n\nMet vriendelijke groet,\nHenk Vos\nsecretaris", OWN_PANEL, slot=F12)  # fmt: skip
    add("it", "proprio_colloquio_commissione", ("Alpi Meccanica – Risorse Umane", "hr@alpimeccanica.example.it"),
        "Invito a colloquio",
        "Gentile Alex,\n\nla sua candidatura per la posizione di responsabile qualità ci ha colpito. La invitiamo a un colloquio con la nostra commissione di selezione mercoledì 17 marzo alle ore 14:00 presso la sede di Torino, Corso Francia 210.\n\nCordiali saluti\nFederica Bassi\nRisorse Umane", OWN_PANEL, slot=W17)  # fmt: skip
    add("sv", "egen_intervju_panel", ("Fjällbete AB", "rekrytering@fjallbete.example.se"),
        "Inbjudan till intervju",
        "Hej Alex!\n\nTack för din ansökan till tjänsten som ekonom. Vi vill gärna bjuda in dig till en intervju tisdag 9 mars kl. 14.00 på vårt kontor i Östersund. I intervjupanelen sitter vår ekonomichef och en kollega från HR.\n\nVälkommen!\nLinnea Ek\nHR", OWN_PANEL, slot=T9)  # fmt: skip
    add("zh", "ziji_mianshi_xiaozu", ("海运集团 人力资源部", "hr@haiyun-group.example.cn"),
        "面试邀请",
        "莫根女士，您好：\n\n感谢您应聘我司财务经理一职。经初步筛选，我们诚邀您参加面试：\n\n时间：3月17日（周三）下午2:00\n地点：总部12楼会议室\n\n届时面试小组由财务总监和人力资源经理组成。\n\n人力资源部 王芳", OWN_PANEL, slot=W17)  # fmt: skip
    add("fi", "oma_haastattelu_paneeli", ("Kuopion kaupunki, rekrytointi", "rekrytointi@kuopio-kaupunki.example.fi"),
        "Kutsu haastatteluun",
        "Hei Alex,\n\nkiitos hakemuksestasi suunnittelijan tehtävään. Kutsumme sinut haastatteluun torstaina 18.3. klo 15.00 kaupungintalolle, neuvotteluhuone 3. Haastattelijoina ovat yksikön päällikkö ja henkilöstöasiantuntija.\n\nTerveisin\nSanna Heikkinen", OWN_PANEL, slot=H18)  # fmt: skip
    add("es", "entrevista_propia_tribunal", ("Hospital del Mar – RRHH", "rrhh@hospitaldelmar.example.es"),
        "Citación a entrevista – supervisión de enfermería",
        "Estimada Alex:\n\nLe comunicamos que ha superado la fase de méritos. El tribunal de selección le entrevistará el lunes 15 de marzo a las 9:00 en la sala de juntas de la tercera planta. La entrevista durará 30 minutos.\n\nAtentamente,\nRecursos Humanos", OWN_PANEL, slot=M15, minutes=30)  # fmt: skip
    add("en-US", "own_interview_via_agency", ("Lena Brooks, Summit Talent Partners", "lena.brooks@summittalent.example.com"),
        "Your interview with Northfield Foods is set",
        "Hi Alex,\n\nGood news! Northfield Foods would like to meet you for the Controller role. Your interview is on Thursday, March 18 at 3:00 PM at their Columbus office with the CFO. I'll call you on Wednesday to help you prepare.\n\nBest,\nLena Brooks\nSenior Recruiter, Summit Talent Partners", OWN_PLAIN, slot=H18)  # fmt: skip
    add("ko", "jasin_myeonjeop_annae", ("한결물산 인사팀", "insa@hangyeol.example.kr"),
        "[한결물산] 면접 안내",
        "알렉스 님, 안녕하세요.\n\n한결물산 영업관리 직무에 지원해 주셔서 감사합니다. 서류 전형에 합격하셨기에 면접을 안내드립니다.\n\n일시: 3월 11일(목) 오후 3시 30분\n장소: 본사 7층 면접실\n\n신분증을 지참해 주세요.\n\n인사팀 드림", OWN_PLAIN, slot=H11)  # fmt: skip
    add("cs", "vlastni_pohovor", ("Mostex s.r.o.", "personalni@mostex.example.cz"),
        "Pozvánka na pohovor – mistr výroby",
        "Dobrý den, paní Morgan,\n\nděkujeme za Vaši přihlášku. Rádi bychom Vás pozvali na pohovor ve středu 10. března v 10:00 v naší kanceláři v Ostravě. Pohovor povede vedoucí výroby a potrvá asi hodinu.\n\nS pozdravem\nLucie Marková\npersonální oddělení", OWN_PLAIN, slot=W10, minutes=60)  # fmt: skip
    add("tr", "kendi_mulakat_otel", ("Ege Gıda İnsan Kaynakları", "ik@egegida.example.com.tr"),
        "Mülakat daveti",
        "Merhaba Alex Hanım,\n\nBaşvurunuz için teşekkür ederiz. Sizi 11 Mart Perşembe günü saat 15:30'da İzmir'deki merkez ofisimizde yüz yüze mülakata davet ediyoruz.\n\nKonaklamanız için otel rezervasyonunu biz yapacağız; bilgileri ayrıca göndereceğiz.\n\nSaygılarımızla,\nZeynep Arslan", OWN_TRAVEL, slot=H11)  # fmt: skip
    add("ro", "interviu_propriu_comisie", ("Transilvania Soft – HR", "hr@transilvaniasoft.example.ro"),
        "Invitație la interviu",
        "Bună ziua, Alex,\n\nVă mulțumim pentru candidatura la postul de team leader. Vă invităm la un interviu cu comisia de selecție vineri, 12 martie, la ora 11:00, la sediul nostru din Cluj-Napoca.\n\nCu stimă,\nAndreea Pop\nResurse Umane", OWN_PANEL, slot=F12)  # fmt: skip
    add("uk", "vlasna_spivbesida", ("ТОВ «Дніпро Логістик»", "hr@dnipro-logistic.example.ua"),
        "Запрошення на співбесіду",
        "Добрий день, Алекс!\n\nДякуємо за ваше резюме на посаду менеджера зі складської логістики. Запрошуємо вас на співбесіду у вівторок, 16 березня, о 10:30 в нашому офісі на вул. Січових Стрільців, 21.\n\nЗ повагою,\nОксана Коваль\nHR-менеджерка", OWN_PLAIN, slot=T16)  # fmt: skip


BUILDERS = [
    trackers,
    travel,
    school,
    community,
    programmes,
    hiring_side,
    agencies,
    boards,
    services,
    controls,
]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 24f41fed with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation) 4/52 (ja agency mail about its candidate's "
    "interview 0.75, ja symposium programme 0.75, ja job-tracker app's week 0.63 as a "
    "reschedule, nl cleaning service's get-to-know visit 0.66), dev controls right 16/16, 16 "
    "sure; held out: look-alikes claimed 5/30, controls right 4/4, 4 sure."
)
AFTER_FIX_FIGURES = (
    "After 212c7d16 (the reader's own tracker rows said in the passive, 'added by you', 'von "
    "dir eingetragen', 'registradas por ti', 'ご自身で登録された', '직접 등록하신'; an "
    "agency's candidate under introduction, 'ご紹介中の候補者', '추천드린 <name> 후보자', and a "
    "titled person's profile handed over, 'Das Profil von Frau Keller'; a programme's items, "
    "'Podiumsdiskussion', 'masă rotundă', 'パネルディスカッション', '基調講演', where no "
    "candidacy is named, and interviews on a stage; a nursery's and a school's parents' talks, "
    "home visits ('bij je langs', 'kommt bei Ihnen vorbei') and free entry in more languages; "
    "ticket legs drawn with an arrow or 発/着 in a mail naming a ticket): dev look-alikes "
    "claimed 0/52, controls right 16/16, 16 sure; held out: look-alikes claimed 3/30, "
    "controls right 4/4, 4 sure. Whole corpus (quick.py, main vs this branch): dev, shared "
    "and fixtures 0 worse, 0 SURE- (one calendar flight in trip48 now read right); held out "
    "outside this batch 98 -> 97 of 2633 look-alikes claimed (agencyhm39 2 -> 1), no family "
    "worse. Left alone: the Dutch train times '11.07 – 13.07' are read as dates (11 July; held "
    "at 0.45); hotel stays (check-in and check-out lines) have no rule of their own, as no dev "
    "mail of this batch shows one; association board meetings stay labelled as the newer "
    "batches label them (coopboard62: not an invitation), while listmeet12's older families "
    "label a member's own board or general meeting an invitation, so no agenda-word rule was "
    "added (one, tried, read 12 dev mails wrong, 10 of them such meetings)."
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
        "# Provenance of the looks71 batch (`build_looks71.py`)",
        "",
        "Look-alike negatives in the kinds whose held-out families were still claimed (looks68h, "
        "jobtrack50, travel56, nursery60, gancio26, calpanel54, panelho30, panelday25, "
        "hireside66h, hirecomm25, coopboard62, booking50, agencyhm39 and others), in new wording "
        "and from new senders: job-tracker and job-board digests listing interviews the reader "
        "logged and closing dates, travel bookings (trains, flights, hotels, taxis) around an "
        "interview trip, nursery and school mail (parents' evenings, development and "
        "settling-in talks, enrolment), community event calendars, conference and panel "
        "programmes (some with a stage 'interview'), mail that puts the reader on an interview "
        "panel or hiring committee for a named candidate, agency mail to the reader as a hiring "
        "client about its candidate, co-op, housing-association, club and parents' association "
        "board meetings, and service bookings; beside controls: the reader's own job interviews "
        "in prose with travel, panel or committee words around them. All text is ours, written "
        "by hand with no template; people, companies, offices and addresses are made up; tool "
        "names in senders are display names only. Every label was written from the datetimes "
        "the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family looks71h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start (with its end when the text gives an end or an "
        "exact length; text mails state no zone, so the label carries the Date header's offset "
        "and `tz_stated: false`). A time the reader's own tool logged, a ticket, check-in or "
        "pick-up, a parent's talk at a school, an event or session for many, a board meeting, a "
        "service appointment, or an interview where the reader interviews somebody else: "
        "`not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks71.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-looks71.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
