# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "moves72" batch: hand-written notices that MOVE the reader's interview, without a
calendar part, in many languages and verb forms, beside controls in the same senders' words.

Each notice names the new slot with its date and time, and most name the old one too, in
either order: the writer's own 'we need to move your interview from X to Y' ('nous devons
déplacer', 'musimy przełożyć', 'trebuie să mutăm', 'kailangan naming ilipat'), the passive and
participles in each gender ('uitgestel', 'utsatt', 'nukeltas', 'ауыстырылды', 'ko'chirildi',
'u zhvendos', 'הוזז', 'تم نقل'), 'the interview is now on Y' / 'will take place instead on Y',
'new time: Y (instead of X)' ('uusi aika', 'yeni saat', 'jaunais laiks', 'νέα ώρα'), and
shifts by a stated span ('pushed back by an hour', 'eine Stunde nach hinten', '1時間繰り下げ').
Controls: first invitations that name moving only as the reader's option ('if you need to
reschedule, reply', 'pick a new time' booking footers) and the reader's own requests to move
that the employer has not answered.

Run: .venv/bin/python tests/parsing/corpus/build_moves72.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up. Labels come from the datetimes the text is rendered from (zoneinfo): a move is
`reschedule` at the new slot (README: 'reschedule needs the mail itself to show that the slot
moved ...; the label is the new slot'), a first invitation `invitation` at its slot, the
reader's own request to move `not_invitation` (README: 'The user's counter-proposal ... is
`not_invitation`'); no zone is stated, so labels carry the Date header's offset and
`tz_stated: false`. Labels were written before the parser was run on any message. A seeded
third is held out: file names sorted by the SHA-256 of the name, every third from the first
goes to heldout/ (family moves72h), chosen before any file was parsed. Helpers come from
build_looks60.py. Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import datetime
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
Slot = tuple[int, int, int, int, int]
html_of = lk.html_of


def at(day: int, hour: int, minute: int = 0) -> Slot:
    """A slot in March 2027 (Mon 8 is the day the mail is sent)."""
    return (2027, 3, day, hour, minute)


WEEKDAY = {
    9: "Tue",
    10: "Wed",
    11: "Thu",
    12: "Fri",
    15: "Mon",
    16: "Tue",
    17: "Wed",
    18: "Thu",
    19: "Fri",
    22: "Mon",
}
for _day, _name in WEEKDAY.items():
    assert datetime(2027, 3, _day).strftime("%a") == _name

ZONE = {
    "af": "Africa/Johannesburg", "ar": "Africa/Cairo", "az": "Asia/Baku", "bg": "Europe/Sofia",
    "ca": "Europe/Madrid", "cs": "Europe/Prague", "cy": "Europe/London", "da": "Europe/Copenhagen",
    "de": "Europe/Berlin", "el": "Europe/Athens", "en-GB": "Europe/London", "en-US": "America/Chicago",
    "es": "Europe/Madrid", "et": "Europe/Tallinn", "fi": "Europe/Helsinki", "fil": "Asia/Manila",
    "fr": "Europe/Paris", "ga": "Europe/Dublin", "he": "Asia/Jerusalem", "hi": "Asia/Kolkata",
    "hr": "Europe/Zagreb", "hu": "Europe/Budapest", "hy": "Asia/Yerevan", "id": "Asia/Jakarta",
    "is": "Atlantic/Reykjavik", "it": "Europe/Rome", "ja": "Asia/Tokyo", "ka": "Asia/Tbilisi",
    "kk": "Asia/Almaty", "ko": "Asia/Seoul", "lt": "Europe/Vilnius", "lv": "Europe/Riga",
    "mk": "Europe/Skopje", "ms": "Asia/Kuala_Lumpur", "nb": "Europe/Oslo", "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw", "pt-BR": "America/Sao_Paulo", "pt-PT": "Europe/Lisbon", "ro": "Europe/Bucharest",
    "ru": "Europe/Moscow", "sk": "Europe/Bratislava", "sl": "Europe/Ljubljana", "sq": "Europe/Tirane",
    "sr": "Europe/Belgrade", "sv": "Europe/Stockholm", "sw": "Africa/Nairobi", "th": "Asia/Bangkok",
    "tr": "Europe/Istanbul", "uk": "Europe/Kyiv", "ur": "Asia/Karachi", "uz": "Asia/Tashkent",
    "vi": "Asia/Ho_Chi_Minh", "zh": "Asia/Shanghai", "zh-TW": "Asia/Taipei",
}  # fmt: skip
FAMILY = "moves72"
HELD_FAMILY = "moves72h"
FAMILIES = {
    FAMILY: "Hand-written notices that move the reader's interview to a new slot, in many verb "
    "forms and languages, beside first invitations that name moving only as the reader's option "
    "and the reader's own unanswered requests to move.",
    HELD_FAMILY: "The held-out third of moves72, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], bytes, str, str]] = []

MOVE = "A hand-written notice that moves the reader's interview and names the new slot (most also the old one); no calendar part (label: reschedule at the new slot)."
OPTION = "The reader's own first invitation; moving it is named only as the reader's option, a footer or a link (control, label: invitation)."
ASKED = "The reader's own request to move the interview, not yet answered by the employer (control, label: not_invitation)."
R, INV, N = "reschedule", "invitation", "not_invitation"


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    kind: str,
    slot: Slot,
    *,
    to: tuple[str, str] = ME,
) -> None:
    """One mail about the reader's interview at `slot` (wall time, no zone stated)."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object] = {"kind": kind}
    if kind != N:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        label.update(pp.timed(start, None, sent=sent_at))
    note = {R: MOVE, INV: OPTION, N: ASKED}[kind]
    raw = pp.mail(
        f"moves72 {lang} {name}", sender=sender, to=to, subject=subject, sent=sent_at, text=body
    )
    RAW.append((lang, name, label, raw, note, OURS))


def english_germanic() -> None:
    add("en-GB", "will_now_take_place", ("Harriet Cole", "harriet.cole@bramleyfoods.example.co.uk"),
        "Your interview at Bramley Foods",
        "Dear Alex,\n\nThe panel has a clash, so your interview will now take place on Thursday 11 March at 10:00 instead of Tuesday 9 March at 14:00. Everything else (venue, panel, length) stays the same.\n\nKind regards,\nHarriet Cole\nPeople Team, Bramley Foods", R, at(11, 10))  # fmt: skip
    add("en-GB", "put_back_an_hour", ("Owen Pryce", "owen.pryce@tidewaymarine.example.co.uk"),
        "Wednesday",
        "Hi Alex,\n\nQuick one: your interview on Wednesday 10 March has been put back an hour, to 11:00, as our MD is flying in that morning. Same room as before.\n\nCheers,\nOwen", R, at(10, 11))  # fmt: skip
    add("en-US", "bumped_from_to", ("Dana Whitfield", "dana.whitfield@lakeshoreanalytics.example.com"),
        "Interview time change",
        "Hi Alex,\n\nHeads up - we had to bump your interview from Tuesday, March 9 at 9:00 AM to Thursday, March 11 at 1:00 PM. Sorry for the shuffle! Same Zoom link.\n\nThanks,\nDana Whitfield\nTalent Acquisition, Lakeshore Analytics", R, at(11, 13))  # fmt: skip
    add("en-US", "updated_slot_was", ("Recruiting at Pinecrest Health", "recruiting@pinecresthealth.example.com"),
        "Updated: your interview with Pinecrest Health",
        "Hello Alex,\n\nYour interview slot has changed.\n\nUpdated slot: Friday, March 12, 2:30 PM (was Thursday, March 11, 11:00 AM)\nInterviewer: Marcus Lee, Nursing Informatics\n\nBest,\nPinecrest Health Recruiting", R, at(12, 14, 30))  # fmt: skip
    add("en-US", "delayed_thirty", ("Priya Raman", "priya.raman@goldleafcap.example.com"),
        "Re: Wednesday",
        "Hi Alex,\n\nWe've had to delay your interview by 30 minutes - it'll start at 10:30 AM on Wednesday, March 10 rather than 10:00. Apologies for the late notice.\n\nPriya", R, at(10, 10, 30))  # fmt: skip
    add("en-GB", "change_of_plan", ("Tom Ashby", "tom.ashby@ashbyarchitects.example.co.uk"),
        "Change of plan for Friday",
        "Hello Alex,\n\nChange of plan, I'm afraid: we'd like to see you on Friday 12 March at 15:00 rather than the Thursday 11 March at 09:30 slot we agreed. I hope that still suits you.\n\nBest wishes,\nTom Ashby", R, at(12, 15))  # fmt: skip
    add("de", "findet_nun_statt", ("Sabine Krüger", "sabine.krueger@elbwerk.example.de"),
        "Ihr Vorstellungsgespräch bei Elbwerk",
        "Sehr geehrte/r Alex Morgan,\n\nIhr Vorstellungsgespräch findet nun am Donnerstag, 11. März, um 10:00 Uhr statt (statt am Dienstag, 9. März, um 14:00 Uhr). Ort und Gesprächspartner bleiben unverändert.\n\nMit freundlichen Grüßen\nSabine Krüger\nPersonalabteilung, Elbwerk GmbH", R, at(11, 10))  # fmt: skip
    add("de", "nach_hinten_geschoben", ("Jens Baumann", "jens.baumann@baumann-it.example.de"),
        "Mittwoch",
        "Hallo Alex,\n\nwir haben unser Gespräch am Mittwoch, 10. März, um eine Stunde nach hinten geschoben: neu ist 15:00 Uhr. Der Link bleibt gleich.\n\nViele Grüße\nJens", R, at(10, 15))  # fmt: skip
    add("de", "vorgezogen", ("Personalteam Alpenblick", "karriere@alpenblick-hotels.example.at"),
        "Terminänderung Vorstellungsgespräch",
        "Liebe/r Alex,\n\nIhr Vorstellungsgespräch wurde um einen Tag vorgezogen und ist jetzt am Montag, 15. März, um 09:30 Uhr (bisher Dienstag, 16. März, 09:30 Uhr).\n\nFreundliche Grüße\nIhr Personalteam Alpenblick", R, at(15, 9, 30))  # fmt: skip
    add("de", "umgelegt", ("Katrin Vogt", "katrin.vogt@vogt-steuer.example.de"),
        "Unser Termin",
        "Hallo Alex,\n\nich musste unseren Termin leider umlegen. Statt Freitag, 12. März, 11:00 Uhr treffen wir uns jetzt am Montag, 15. März, um 14:00 Uhr in der Kanzlei.\n\nBeste Grüße\nKatrin Vogt", R, at(15, 14))  # fmt: skip
    add("nl", "moeten_verzetten", ("Marloes de Boer", "marloes.deboer@polderlogistiek.example.nl"),
        "Je sollicitatiegesprek",
        "Hoi Alex,\n\nWe moeten je gesprek helaas verzetten van dinsdag 9 maart 14:00 naar donderdag 11 maart 10:00. Locatie blijft hetzelfde.\n\nGroet,\nMarloes de Boer\nPolder Logistiek", R, at(11, 10))  # fmt: skip
    add("nl", "naar_achteren_geschoven", ("Recruitment Duinzicht", "werken@duinzicht.example.nl"),
        "Wijziging tijdstip",
        "Beste Alex,\n\nHet sollicitatiegesprek is een uur naar achteren geschoven: het begint nu om 15:00 op woensdag 10 maart.\n\nMet vriendelijke groet,\nTeam Recruitment Duinzicht", R, at(10, 15))  # fmt: skip
    add("nl", "verschoven_naar", ("Pieter Smits", "pieter.smits@smitsbouw.example.be"),
        "Gesprek",
        "Dag Alex,\n\nOns gesprek is verschoven naar vrijdag 12 maart om 11.00 uur (in plaats van donderdag 11 maart om 15.30 uur).\n\nMet vriendelijke groeten\nPieter Smits", R, at(12, 11))  # fmt: skip
    add("sv", "behover_flytta", ("Elin Sjöberg", "elin.sjoberg@norrskog.example.se"),
        "Din intervju hos Norrskog",
        "Hej Alex,\n\nVi behöver tyvärr flytta din intervju från tisdag 9 mars kl. 14.00 till torsdag 11 mars kl. 10.00. Hoppas att det fungerar för dig.\n\nVänliga hälsningar\nElin Sjöberg", R, at(11, 10))  # fmt: skip
    add("sv", "senarelagd", ("Rekrytering Västkust", "jobb@vastkustbank.example.se"),
        "Ny tid för intervjun",
        "Hej Alex,\n\nIntervjun är senarelagd en timme och börjar nu kl. 11.00 onsdag 10 mars.\n\nHälsningar\nVästkust Bank", R, at(10, 11))  # fmt: skip
    add("da", "rykke_samtalen", ("Lone Kjær", "lone.kjaer@havnens.example.dk"),
        "Jobsamtale",
        "Kære Alex\n\nVi bliver desværre nødt til at rykke din samtale fra tirsdag den 9. marts kl. 14.00 til torsdag den 11. marts kl. 10.00.\n\nVenlig hilsen\nLone Kjær\nHavnens Rederi", R, at(11, 10))  # fmt: skip
    add("da", "rykket_frem", ("Morten Friis", "morten.friis@friis-data.example.dk"),
        "Samtale",
        "Hej Alex,\n\nSamtalen er rykket en time frem, så vi ses onsdag den 10. marts kl. 09.00.\n\nHilsen Morten", R, at(10, 9))  # fmt: skip
    add("nb", "utsatt_til", ("Silje Haugen", "silje.haugen@fjellkraft.example.no"),
        "Intervjuet",
        "Hei Alex,\n\nIntervjuet er utsatt til fredag 12. mars kl. 11.00 (opprinnelig torsdag 11. mars kl. 15.30).\n\nVennlig hilsen\nSilje Haugen\nFjellkraft", R, at(12, 11))  # fmt: skip
    add("nb", "ma_flytte", ("Rekruttering Havblikk", "jobb@havblikk.example.no"),
        "Ny tid for intervju",
        "Hei Alex,\n\nVi må dessverre flytte intervjuet ditt fra mandag 15. mars kl. 09.00 til tirsdag 16. mars kl. 13.00.\n\nMed vennlig hilsen\nHavblikk", R, at(16, 13))  # fmt: skip
    add("is", "faert_til", ("Sigrún Helgadóttir", "sigrun@hekla-hugbunadur.example.is"),
        "Viðtalið",
        "Sæll Alex,\n\nViðtalið hefur verið fært til fimmtudagsins 11. mars kl. 10:00 (í stað þriðjudagsins 9. mars kl. 14:00).\n\nKveðja,\nSigrún", R, at(11, 10))  # fmt: skip
    add("af", "uitgestel", ("Marlize Botha", "marlize.botha@kaapwyn.example.co.za"),
        "Jou onderhoud",
        "Hallo Alex\n\nJou onderhoud is uitgestel na Vrydag 12 Maart om 11:00 (in plaas van Donderdag 11 Maart om 15:30).\n\nGroete\nMarlize Botha", R, at(12, 11))  # fmt: skip


def romance() -> None:
    add("fr", "devons_deplacer", ("Claire Fontaine", "claire.fontaine@loiretech.example.fr"),
        "Votre entretien",
        "Bonjour Alex,\n\nNous devons déplacer votre entretien du mardi 9 mars à 14 h au jeudi 11 mars à 10 h. Toutes nos excuses pour ce changement.\n\nCordialement,\nClaire Fontaine\nRessources humaines, LoireTech", R, at(11, 10))  # fmt: skip
    add("fr", "aura_finalement_lieu", ("Recrutement Maison Vidal", "recrutement@maisonvidal.example.fr"),
        "Entretien : changement d'horaire",
        "Bonjour Alex,\n\nVotre entretien aura finalement lieu le vendredi 12 mars à 11 h, et non plus le jeudi 11 mars à 15 h 30.\n\nBien à vous,\nMaison Vidal", R, at(12, 11))  # fmt: skip
    add("fr", "reprogramme", ("Julien Marchand", "julien.marchand@cabinetmarchand.example.fr"),
        "RDV",
        "Bonjour Alex,\n\nnotre rendez-vous a été reprogrammé au lundi 15 mars à 9 h 30 (au lieu du vendredi 12 mars).\n\nÀ bientôt,\nJulien", R, at(15, 9, 30))  # fmt: skip
    add("fr", "repousse_heure", ("Sophie Lambert", "sophie.lambert@atelierlambert.example.be"),
        "Entretien mercredi",
        "Bonjour Alex,\n\nl'entretien de mercredi 10 mars est repoussé d'une heure : rendez-vous à 15 h.\n\nBonne journée,\nSophie", R, at(10, 15))  # fmt: skip
    add("es", "tenemos_que_cambiar", ("Lucía Romero", "lucia.romero@olivarsur.example.es"),
        "Tu entrevista",
        "Hola Alex:\n\nTenemos que cambiar tu entrevista del martes 9 de marzo a las 14:00 al jueves 11 de marzo a las 10:00. Disculpa las molestias.\n\nUn saludo,\nLucía Romero\nOlivar Sur", R, at(11, 10))  # fmt: skip
    add("es", "pasa_al", ("Selección Hidrocantábrica", "seleccion@hidrocantabrica.example.es"),
        "Cambio en tu entrevista",
        "Hola Alex:\n\nLa entrevista pasa al viernes 12 de marzo a las 11:00 (antes: jueves 11 de marzo, 15:30).\n\nSaludos,\nEquipo de Selección", R, at(12, 11))  # fmt: skip
    add("es", "trasladada", ("Marta Gil", "marta.gil@gilasesores.example.mx"),
        "Entrevista",
        "Estimado Alex:\n\nLe informamos que su entrevista ha sido trasladada al lunes 15 de marzo a las 9:00, en lugar del viernes 12 de marzo a las 11:00.\n\nAtentamente,\nMarta Gil", R, at(15, 9))  # fmt: skip
    add("ca", "canviar_hora", ("Núria Puig", "nuria.puig@costabrava-tech.example.cat"),
        "La teva entrevista",
        "Hola Alex,\n\nHem de canviar l'hora de la teva entrevista: passa del dimarts 9 de març a les 14:00 al dijous 11 de març a les 10:00.\n\nSalutacions,\nNúria Puig", R, at(11, 10))  # fmt: skip
    add("it", "dobbiamo_spostare", ("Giulia Ferri", "giulia.ferri@lagunasoft.example.it"),
        "Il Suo colloquio",
        "Gentile Alex,\n\ndobbiamo spostare il Suo colloquio da martedì 9 marzo ore 14:00 a giovedì 11 marzo ore 10:00. Ci scusiamo per il disagio.\n\nCordiali saluti\nGiulia Ferri\nRisorse Umane, Laguna Soft", R, at(11, 10))  # fmt: skip
    add("it", "si_terra_invece", ("Marco Bellini", "marco.bellini@bellinimeccanica.example.it"),
        "Colloquio",
        "Ciao Alex,\n\nil colloquio si terrà invece lunedì 15 marzo alle 9:30, anziché venerdì 12 marzo alle 11:00.\n\nA presto,\nMarco", R, at(15, 9, 30))  # fmt: skip
    add("it", "rimandato", ("Selezione Dolomiti", "selezione@dolomitiviaggi.example.it"),
        "Aggiornamento colloquio",
        "Gentile Alex,\n\nil colloquio è rimandato a venerdì 12 marzo alle ore 11:00 (era previsto giovedì 11 marzo alle 15:30).\n\nCordialmente,\nDolomiti Viaggi", R, at(12, 11))  # fmt: skip
    add("pt-BR", "precisamos_remarcar", ("Camila Souza", "camila.souza@verdemar.example.com.br"),
        "Sua entrevista",
        "Olá, Alex!\n\nPrecisamos remarcar sua entrevista de terça-feira, 9 de março, às 14h para quinta-feira, 11 de março, às 10h. Desculpe o transtorno.\n\nAbraços,\nCamila Souza\nRH Verdemar", R, at(11, 10))  # fmt: skip
    add("pt-BR", "mudou_para", ("Rafael Lima", "rafael.lima@cerradotech.example.com.br"),
        "Entrevista",
        "Oi Alex,\n\na entrevista mudou para sexta-feira, 12 de março, às 11h (antes era quinta, 11 de março, às 15h30).\n\nAbs,\nRafael", R, at(12, 11))  # fmt: skip
    add("pt-PT", "foi_alterada", ("Inês Carvalho", "ines.carvalho@tejoseguros.example.pt"),
        "A sua entrevista",
        "Caro Alex,\n\nA sua entrevista foi alterada para segunda-feira, 15 de março, às 9h30, em vez de sexta-feira, 12 de março, às 11h00.\n\nCom os melhores cumprimentos,\nInês Carvalho", R, at(15, 9, 30))  # fmt: skip
    add("ro", "trebuie_sa_mutam", ("Ioana Popescu", "ioana.popescu@carpatsoft.example.ro"),
        "Interviul dumneavoastră",
        "Bună ziua, Alex,\n\nTrebuie să mutăm interviul dumneavoastră de marți, 9 martie, ora 14:00, pe joi, 11 martie, ora 10:00. Ne cerem scuze pentru schimbare.\n\nCu stimă,\nIoana Popescu", R, at(11, 10))  # fmt: skip
    add("ro", "amanat", ("Recrutare Deltaport", "cariere@deltaport.example.ro"),
        "Interviu amânat",
        "Bună, Alex,\n\nInterviul a fost amânat pentru vineri, 12 martie, ora 11:00 (în loc de joi, 11 martie, ora 15:30).\n\nO zi bună,\nEchipa Deltaport", R, at(12, 11))  # fmt: skip


def slavic_baltic_finnic() -> None:
    add("pl", "musimy_przelozyc", ("Agnieszka Wójcik", "agnieszka.wojcik@wislasoft.example.pl"),
        "Rozmowa rekrutacyjna",
        "Dzień dobry,\n\nmusimy przełożyć Pana rozmowę z wtorku 9 marca, godz. 14:00, na czwartek 11 marca, godz. 10:00. Przepraszamy za zmianę.\n\nPozdrawiam\nAgnieszka Wójcik\nDział HR, Wisła Soft", R, at(11, 10))  # fmt: skip
    add("pl", "zmieniamy_termin", ("Rekrutacja Bałtyk", "rekrutacja@baltykenergia.example.pl"),
        "Zmiana terminu rozmowy",
        "Dzień dobry,\n\nzmieniamy termin rozmowy na piątek 12 marca, godz. 11:00 (zamiast czwartku 11 marca, godz. 15:30).\n\nZ poważaniem\nBałtyk Energia", R, at(12, 11))  # fmt: skip
    add("cs", "musime_presunout", ("Tereza Novotná", "tereza.novotna@vltavadata.example.cz"),
        "Pohovor",
        "Dobrý den,\n\nmusíme přesunout Váš pohovor z úterý 9. března 14:00 na čtvrtek 11. března 10:00. Omlouváme se za komplikace.\n\nS pozdravem\nTereza Novotná\nVltava Data", R, at(11, 10))  # fmt: skip
    add("cs", "posunut_o_hodinu", ("Petr Dvořák", "petr.dvorak@dvorak-stavby.example.cz"),
        "Středa",
        "Ahoj Alexi,\n\npohovor ve středu 10. března je posunutý o hodinu, začínáme tedy v 15:00.\n\nPetr", R, at(10, 15))  # fmt: skip
    add("sk", "presunuli", ("Zuzana Horváthová", "zuzana.horvathova@tatrasoft.example.sk"),
        "Váš pohovor",
        "Dobrý deň,\n\nVáš pohovor sme presunuli z pondelka 15. marca 9:00 na utorok 16. marca 13:00.\n\nS pozdravom\nZuzana Horváthová", R, at(16, 13))  # fmt: skip
    add("sl", "prestavili", ("Maja Kovač", "maja.kovac@triglavit.example.si"),
        "Razgovor",
        "Pozdravljeni,\n\nrazgovor smo prestavili s torka, 9. marca, ob 14.00 na četrtek, 11. marca, ob 10.00.\n\nLep pozdrav\nMaja Kovač", R, at(11, 10))  # fmt: skip
    add("hr", "premjesta_se", ("Ivana Babić", "ivana.babic@jadranlog.example.hr"),
        "Razgovor za posao",
        "Poštovani,\n\nrazgovor za posao premješta se na četvrtak, 11. ožujka u 10:00 (umjesto utorka, 9. ožujka u 14:00).\n\nLijep pozdrav\nIvana Babić", R, at(11, 10))  # fmt: skip
    add("sr", "novi_termin", ("Jelena Petrović", "jelena.petrovic@dunavsoft.example.rs"),
        "Intervju",
        "Poštovani,\n\nmorali smo da promenimo termin vašeg intervjua: novi termin je petak, 12. mart u 11:00 (umesto četvrtka, 11. marta u 15:30).\n\nSrdačan pozdrav\nJelena Petrović", R, at(12, 11))  # fmt: skip
    add("bg", "premestva", ("Мария Иванова", "maria.ivanova@rilasoft.example.bg"),
        "Вашето интервю",
        "Здравейте,\n\nинтервюто ви се премества от вторник, 9 март, 14:00 ч. в четвъртък, 11 март, 10:00 ч. Извиняваме се за неудобството.\n\nПоздрави,\nМария Иванова", R, at(11, 10))  # fmt: skip
    add("mk", "pomestuva", ("Ана Стојанова", "ana.stojanova@vardarit.example.mk"),
        "Интервју",
        "Почитувани,\n\nинтервјуто се поместува од вторник, 9 март во 14:00 часот на четврток, 11 март во 10:00 часот.\n\nСо почит,\nАна Стојанова", R, at(11, 10))  # fmt: skip
    add("ru", "sdvigaetsya", ("Ольга Смирнова", "olga.smirnova@volgasoft.example.ru"),
        "Собеседование в среду",
        "Здравствуйте, Алекс!\n\nВаше собеседование сдвигается на час позже: теперь оно начнётся в 15:00 в среду, 10 марта.\n\nС уважением,\nОльга Смирнова", R, at(10, 15))  # fmt: skip
    add("ru", "prishlos_pomenyat", ("HR Северный ветер", "hr@severveter.example.ru"),
        "Собеседование",
        "Алекс, добрый день!\n\nК сожалению, пришлось поменять время собеседования: новое время — пятница, 12 марта, 11:00 (вместо четверга, 11 марта, 15:30).\n\nСпасибо за понимание,\nСеверный ветер", R, at(12, 11))  # fmt: skip
    add("uk", "zmusheni_perenesty", ("Оксана Коваленко", "oksana.kovalenko@dniprodata.example.ua"),
        "Співбесіда",
        "Добрий день, Алексе!\n\nМи змушені перенести вашу співбесіду з вівторка, 9 березня, 14:00 на четвер, 11 березня, 10:00.\n\nЗ повагою,\nОксана Коваленко", R, at(11, 10))  # fmt: skip
    add("uk", "zmishcheno", ("Рекрутинг Карпати", "jobs@karpaty.example.ua"),
        "Зміна часу співбесіди",
        "Вітаємо, Алексе!\n\nСпівбесіду зміщено на пʼятницю, 12 березня, 11:00, замість четверга, 11 березня, 15:30.\n\nКоманда Карпати", R, at(12, 11))  # fmt: skip
    add("lt", "nukeltas", ("Rūta Kazlauskienė", "ruta.kazlauskiene@nemunas.example.lt"),
        "Pokalbis",
        "Laba diena,\n\nJūsų pokalbis nukeltas į ketvirtadienį, kovo 11 d., 10:00 (vietoj antradienio, kovo 9 d., 14:00).\n\nPagarbiai\nRūta Kazlauskienė", R, at(11, 10))  # fmt: skip
    add("lt", "atidetas", ("Personalo skyrius Baltija", "personalas@baltijaline.example.lt"),
        "Darbo pokalbio laikas",
        "Laba diena,\n\nDarbo pokalbis atidėtas valandai: jis prasidės 15:00 trečiadienį, kovo 10 d.\n\nBaltija Line", R, at(10, 15))  # fmt: skip
    add("lv", "jaunais_laiks", ("Ilze Bērziņa", "ilze.berzina@rigasoft.example.lv"),
        "Intervija",
        "Labdien, Alex!\n\nIntervijas laiks ir mainīts: jaunais laiks ir ceturtdiena, 11. marts, plkst. 10.00 (iepriekš otrdiena, 9. marts, plkst. 14.00).\n\nAr cieņu\nIlze Bērziņa", R, at(11, 10))  # fmt: skip
    add("et", "toimub_hoopis", ("Kristi Saar", "kristi.saar@saaresoft.example.ee"),
        "Vestlus",
        "Tere, Alex!\n\nVestlus toimub hoopis neljapäeval, 11. märtsil kell 10.00 (mitte teisipäeval, 9. märtsil kell 14.00).\n\nParimat\nKristi Saar", R, at(11, 10))  # fmt: skip
    add("et", "uus_aeg", ("Personal Põhjarannik", "too@pohjarannik.example.ee"),
        "Tööintervjuu uus aeg",
        "Tere, Alex!\n\nPidime tööintervjuu aega muutma. Uus aeg: reede, 12. märts kell 11.00 (varem neljapäev, 11. märts kell 15.30).\n\nLugupidamisega\nPõhjarannik", R, at(12, 11))  # fmt: skip
    add("fi", "uusi_aika", ("Anna Heikkinen", "anna.heikkinen@jarvisoft.example.fi"),
        "Haastattelu",
        "Hei Alex,\n\nhaastattelun aika muuttuu: uusi aika on torstai 11.3. klo 10.00 (aiemmin tiistai 9.3. klo 14.00).\n\nYstävällisin terveisin\nAnna Heikkinen", R, at(11, 10))  # fmt: skip
    add("fi", "myohemmaksi", ("Rekry Lapin Kone", "rekry@lapinkone.example.fi"),
        "Haastattelusi",
        "Hei Alex,\n\nhaastattelusi keskiviikkona 10.3. siirtyy tunnilla myöhemmäksi, eli alkaa klo 11.00.\n\nTerveisin\nLapin Kone", R, at(10, 11))  # fmt: skip
    add("hu", "at_kell_tennunk", ("Kovács Eszter", "kovacs.eszter@dunasoft.example.hu"),
        "Állásinterjú",
        "Kedves Alex!\n\nAz interjút sajnos át kell tennünk: március 9., kedd 14:00 helyett március 11., csütörtök 10:00-kor lesz.\n\nÜdvözlettel:\nKovács Eszter", R, at(11, 10))  # fmt: skip
    add("hu", "uj_idopont", ("Toborzás Balaton Kft.", "karrier@balatonkft.example.hu"),
        "Az interjú időpontja megváltozott",
        "Kedves Alex!\n\nAz állásinterjú időpontja megváltozott. Az új időpont: március 12., péntek 11:00 (a korábbi március 11., csütörtök 15:30 helyett).\n\nÜdvözlettel:\nBalaton Kft.", R, at(12, 11))  # fmt: skip
    add("el", "metaferetai", ("Ελένη Παπαδοπούλου", "eleni.papadopoulou@aigaio.example.gr"),
        "Η συνέντευξή σας",
        "Καλημέρα Alex,\n\nη συνέντευξή σας μεταφέρεται από την Τρίτη 9 Μαρτίου στις 14:00 στην Πέμπτη 11 Μαρτίου στις 10:00.\n\nΜε εκτίμηση,\nΕλένη Παπαδοπούλου", R, at(11, 10))  # fmt: skip
    add("el", "nea_ora", ("Τμήμα Προσλήψεων Όλυμπος", "hr@olympos.example.gr"),
        "Αλλαγή συνέντευξης",
        "Καλησπέρα Alex,\n\nη συνέντευξη πήγε μία ώρα αργότερα. Νέα ώρα: Τετάρτη 10 Μαρτίου, 15:00 (αντί για 14:00).\n\nΌλυμπος Α.Ε.", R, at(10, 15))  # fmt: skip
    add("sq", "u_zhvendos", ("Elira Hoxha", "elira.hoxha@adriasoft.example.al"),
        "Intervista juaj",
        "Përshëndetje Alex,\n\nintervista juaj u zhvendos nga e marta, 9 mars ora 14:00 në të enjten, 11 mars ora 10:00.\n\nMe respekt,\nElira Hoxha", R, at(11, 10))  # fmt: skip
    add("tr", "yeni_saat", ("Ayşe Demir", "ayse.demir@bogazsoft.example.com.tr"),
        "Mülakat saati",
        "Merhaba Alex,\n\nMülakatınızın saati değişti: yeni saat 11 Mart Perşembe 10:00 (9 Mart Salı 14:00 yerine).\n\nSaygılarımla,\nAyşe Demir", R, at(11, 10))  # fmt: skip
    add("tr", "one_cekildi", ("İK Ege Tekstil", "ik@egetekstil.example.com.tr"),
        "Görüşmeniz",
        "Merhaba Alex,\n\nGörüşmeniz bir saat öne çekildi; 10 Mart Çarşamba günü saat 09:00'da başlayacak.\n\nEge Tekstil İK", R, at(10, 9))  # fmt: skip


def asia_africa_east() -> None:
    add("he", "huzaz", ("נועה כהן", "noa.cohen@galilsoft.example.co.il"),
        "הראיון שלך",
        "שלום Alex,\n\nהראיון שלך הוזז מיום שלישי, 9 במרץ בשעה 14:00 ליום חמישי, 11 במרץ בשעה 10:00.\n\nבברכה,\nנועה כהן", R, at(11, 10))  # fmt: skip
    add("ar", "tamma_naql", ("سارة الحسن", "sara.alhassan@nilsoft.example.eg"),
        "مقابلتك",
        "مرحباً Alex،\n\nتم نقل مقابلتك من يوم الثلاثاء 9 مارس الساعة 14:00 إلى يوم الخميس 11 مارس الساعة 10:00.\n\nمع التحية،\nسارة الحسن", R, at(11, 10))  # fmt: skip
    add("hi", "naya_samay", ("नेहा शर्मा", "neha.sharma@gangatech.example.in"),
        "आपका इंटरव्यू",
        "नमस्ते Alex,\n\nआपके इंटरव्यू का समय बदल दिया गया है। नया समय: गुरुवार, 11 मार्च, सुबह 10:00 बजे (पहले मंगलवार, 9 मार्च, दोपहर 2:00 बजे था)।\n\nधन्यवाद,\nनेहा शर्मा", R, at(11, 10))  # fmt: skip
    add("ur", "muntaqil", ("عائشہ خان", "ayesha.khan@sindhsoft.example.pk"),
        "آپ کا انٹرویو",
        "محترم Alex،\n\nآپ کا انٹرویو منگل 9 مارچ 14:00 سے جمعرات 11 مارچ 10:00 پر منتقل کر دیا گیا ہے۔\n\nشکریہ،\nعائشہ خان", R, at(11, 10))  # fmt: skip
    add("ja", "kurisage", ("佐藤 美咲", "misaki.sato@sakura-soft.example.jp"),
        "面接時間のご連絡",
        "Alex Morgan 様\n\n3月10日（水）の面接ですが、担当者の都合により1時間繰り下げ、15:00開始とさせていただきます。\n\nよろしくお願いいたします。\n株式会社さくらソフト 採用担当 佐藤", R, at(10, 15))  # fmt: skip
    add("ja", "enki", ("採用担当 青葉商事", "saiyo@aoba-shoji.example.jp"),
        "面接延期のお知らせ",
        "Alex Morgan 様\n\n3月11日（木）15:30に予定しておりました面接は、3月12日（金）11:00に延期となりました。\n\n青葉商事 人事部", R, at(12, 11))  # fmt: skip
    add("zh", "tiaozheng_wei", ("王丽", "wangli@changjiang-tech.example.cn"),
        "面试时间调整",
        "Alex 你好：\n\n你的面试时间调整为3月11日（星期四）10:00（原为3月9日星期二14:00）。\n\n王丽\n长江科技 人力资源部", R, at(11, 10))  # fmt: skip
    add("zh", "tuichi_yixiaoshi", ("招聘组 华东物流", "hr@huadong-wl.example.cn"),
        "面试推迟",
        "Alex 你好：\n\n3月10日（星期三）的面试推迟一小时，改在下午3:00开始。\n\n华东物流 招聘组", R, at(10, 15))  # fmt: skip
    add("zh-TW", "yanhou", ("林怡君", "lin.yijun@yushan.example.tw"),
        "面試時間異動",
        "Alex 您好：\n\n您的面試延後至3月12日（星期五）上午11:00，原訂3月11日（星期四）下午3:30的時段取消。\n\n玉山科技 人資部 林怡君", R, at(12, 11))  # fmt: skip
    add("ko", "omgige", ("김지은", "jieun.kim@hangang.example.kr"),
        "면접 일정 안내",
        "Alex 님 안녕하세요.\n\n면접을 3월 16일(화) 오후 1시로 옮기게 되었습니다. 기존 3월 15일(월) 오전 9시 일정은 진행되지 않습니다.\n\n감사합니다.\n한강소프트 인사팀 김지은", R, at(16, 13))  # fmt: skip
    add("ko", "neuchwojyeo", ("채용팀 부산물류", "recruit@busanlogis.example.kr"),
        "면접 시간",
        "Alex 님,\n\n3월 10일(수) 면접이 한 시간 늦춰져 오후 3시에 시작합니다.\n\n부산물류 채용팀 드림", R, at(10, 15))  # fmt: skip
    add("vi", "chuyen_sang", ("Nguyễn Thu Hà", "ha.nguyen@songhong.example.vn"),
        "Buổi phỏng vấn của bạn",
        "Chào Alex,\n\nBuổi phỏng vấn của bạn được chuyển sang thứ Năm, ngày 11/3/2027 lúc 10:00 (thay vì thứ Ba, ngày 9/3/2027 lúc 14:00).\n\nTrân trọng,\nNguyễn Thu Hà", R, at(11, 10))  # fmt: skip
    add("th", "yai_pai", ("สุภาพร ศรีสุข", "supaporn@chaophraya.example.co.th"),
        "การสัมภาษณ์ของคุณ",
        "เรียน คุณ Alex\n\nเราขอย้ายการสัมภาษณ์ของคุณจากวันอังคารที่ 9 มีนาคม เวลา 14:00 น. ไปเป็นวันพฤหัสบดีที่ 11 มีนาคม เวลา 10:00 น.\n\nขอแสดงความนับถือ\nสุภาพร", R, at(11, 10))  # fmt: skip
    add("id", "kami_pindahkan", ("Dewi Lestari", "dewi.lestari@nusantara.example.co.id"),
        "Jadwal wawancara",
        "Halo Alex,\n\nJadwal wawancara Anda kami pindahkan dari Selasa, 9 Maret pukul 14.00 ke Kamis, 11 Maret pukul 10.00.\n\nSalam,\nDewi Lestari", R, at(11, 10))  # fmt: skip
    add("ms", "ditangguhkan", ("Nurul Aina", "nurul.aina@klsoft.example.my"),
        "Temu duga anda",
        "Salam Alex,\n\nTemu duga anda telah ditangguhkan ke Jumaat, 12 Mac, jam 11.00 pagi (asalnya Khamis, 11 Mac, jam 3.30 petang).\n\nTerima kasih,\nNurul Aina", R, at(12, 11))  # fmt: skip
    add("fil", "kailangan_ilipat", ("Maria Santos", "maria.santos@pasigtech.example.ph"),
        "Ang iyong interview",
        "Hi Alex,\n\nKailangan naming ilipat ang iyong interview mula Martes, Marso 9, 2:00 PM sa Huwebes, Marso 11, 10:00 AM. Pasensya na sa abala.\n\nSalamat,\nMaria Santos", R, at(11, 10))  # fmt: skip
    add("sw", "kusogeza", ("Amina Mwangi", "amina.mwangi@pwani.example.co.ke"),
        "Mahojiano yako",
        "Habari Alex,\n\nTumelazimika kusogeza mahojiano yako kutoka Jumanne tarehe 9 Machi saa 14:00 hadi Alhamisi tarehe 11 Machi saa 10:00.\n\nAsante,\nAmina Mwangi", R, at(11, 10))  # fmt: skip
    add("ka", "gadavitanet", ("ნინო ბერიძე", "nino.beridze@mtasoft.example.ge"),
        "გასაუბრება",
        "გამარჯობა, Alex!\n\nგასაუბრება გადავიტანეთ ხუთშაბათს, 11 მარტს, 10:00 საათზე (სამშაბათის, 9 მარტის 14:00-ის ნაცვლად).\n\nპატივისცემით,\nნინო ბერიძე", R, at(11, 10))  # fmt: skip
    add("hy", "texapoxvel", ("Անի Սարգսյան", "ani.sargsyan@aragats.example.am"),
        "Հարցազրույց",
        "Բարև Ձեզ, Alex,\n\nՀարցազրույցը տեղափոխվել է հինգշաբթի՝ մարտի 11-ին, ժամը 10:00 (երեքշաբթի՝ մարտի 9-ի 14:00-ի փոխարեն)։\n\nՀարգանքով՝\nԱնի Սարգսյան", R, at(11, 10))  # fmt: skip
    add("az", "texire_salindi", ("Leyla Məmmədova", "leyla.mammadova@xazarsoft.example.az"),
        "Müsahibəniz",
        "Salam, Alex!\n\nMüsahibəniz 12 mart, cümə günü saat 11:00-a təxirə salındı (11 mart, cümə axşamı 15:30 əvəzinə).\n\nHörmətlə,\nLeyla Məmmədova", R, at(12, 11))  # fmt: skip
    add("kk", "auystyryldy", ("Әйгерім Сейітова", "aigerim.seitova@dalasoft.example.kz"),
        "Сұхбат",
        "Сәлеметсіз бе, Alex!\n\nСұхбатыңыз 11 наурыз, бейсенбі, сағат 10:00-ге ауыстырылды (9 наурыз, сейсенбі, 14:00 орнына).\n\nҚұрметпен,\nӘйгерім Сейітова", R, at(11, 10))  # fmt: skip
    add("uz", "kochirildi", ("Dilnoza Karimova", "dilnoza.karimova@samarqandsoft.example.uz"),
        "Suhbat",
        "Assalomu alaykum, Alex!\n\nSuhbatingiz 11-mart, payshanba kuni soat 10:00 ga ko'chirildi (9-mart, seshanba 14:00 o'rniga).\n\nHurmat bilan,\nDilnoza Karimova", R, at(11, 10))  # fmt: skip
    add("cy", "wedi_symud", ("Catrin Jones", "catrin.jones@menaisoft.example.co.uk"),
        "Eich cyfweliad",
        "Annwyl Alex,\n\nRydyn ni wedi symud eich cyfweliad o ddydd Mawrth 9 Mawrth am 14:00 i ddydd Iau 11 Mawrth am 10:00.\n\nCofion,\nCatrin Jones", R, at(11, 10))  # fmt: skip
    add("ga", "bogtha", ("Siobhán Ní Bhriain", "siobhan.nibhriain@corrib.example.ie"),
        "Do agallamh",
        "A Alex, a chara,\n\nTá d'agallamh bogtha go Déardaoin 11 Márta ag 10:00 (in áit Dé Máirt 9 Márta ag 14:00).\n\nLe meas,\nSiobhán Ní Bhriain", R, at(11, 10))  # fmt: skip


def controls() -> None:
    add("en-GB", "if_you_need_to_reschedule", ("Laura Finch", "laura.finch@harbourlane.example.co.uk"),
        "Interview invitation - Harbour Lane",
        "Dear Alex,\n\nThank you for applying. We would like to invite you to an interview on Thursday 11 March at 10:00 at our Leeds office.\n\nIf you need to reschedule, just reply to this email and we will find another time.\n\nKind regards,\nLaura Finch", INV, at(11, 10))  # fmt: skip
    add("en-US", "booking_footer_pick_new_time", ("Scheduling at Brightpath", "scheduling@brightpath.example.com"),
        "Confirmed: Interview with Brightpath",
        "Hi Alex,\n\nYour interview with Jordan Hale is confirmed for Friday, March 12 at 11:00 AM (45 minutes).\n\nNeed to make a change? Reschedule or cancel: https://book.brightpath.example.com/r/7QX2\nPick a new time any time up to 24 hours before.\n\nBrightpath Talent", INV, at(12, 11))  # fmt: skip
    add("de", "falls_verschieben", ("Anja Weber", "anja.weber@rheinsoft.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte/r Alex Morgan,\n\nwir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 11. März, um 10:00 Uhr ein.\n\nFalls Sie den Termin verschieben müssen, melden Sie sich bitte bis Dienstag bei uns.\n\nMit freundlichen Grüßen\nAnja Weber", INV, at(11, 10))  # fmt: skip
    add("fr", "si_vous_devez_deplacer", ("Émilie Roux", "emilie.roux@garonne.example.fr"),
        "Invitation à un entretien",
        "Bonjour Alex,\n\nNous avons le plaisir de vous convier à un entretien le vendredi 12 mars à 11 h dans nos locaux de Toulouse.\n\nSi vous devez déplacer l'entretien, merci de nous prévenir 24 h à l'avance.\n\nCordialement,\nÉmilie Roux", INV, at(12, 11))  # fmt: skip
    add("es", "si_necesitas_cambiar", ("Pablo Ortega", "pablo.ortega@mesetalabs.example.es"),
        "Entrevista en Meseta Labs",
        "Hola Alex:\n\nTe esperamos para la entrevista el jueves 11 de marzo a las 10:00 en nuestra oficina de Valladolid.\n\nSi necesitas cambiar la hora, responde a este correo.\n\nUn saludo,\nPablo Ortega", INV, at(11, 10))  # fmt: skip
    add("it", "se_ha_bisogno_spostare", ("Chiara Rossi", "chiara.rossi@arnotech.example.it"),
        "Invito a colloquio",
        "Gentile Alex,\n\nLa invitiamo a un colloquio lunedì 15 marzo alle ore 9:30 presso la nostra sede di Firenze.\n\nSe ha bisogno di spostare il colloquio, ce lo comunichi entro venerdì.\n\nCordiali saluti\nChiara Rossi", INV, at(15, 9, 30))  # fmt: skip
    add("pt-BR", "caso_precise_remarcar", ("Juliana Costa", "juliana.costa@paranasoft.example.com.br"),
        "Convite para entrevista",
        "Olá, Alex!\n\nGostaríamos de convidar você para uma entrevista na quinta-feira, 11 de março, às 10h, por videochamada.\n\nCaso precise remarcar, responda este e-mail.\n\nAbraços,\nJuliana Costa", INV, at(11, 10))  # fmt: skip
    add("nl", "mocht_je_willen_verzetten", ("Sanne Visser", "sanne.visser@ijsselgroep.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Hoi Alex,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 16 maart om 13:00 op ons kantoor in Deventer.\n\nMocht je het gesprek willen verzetten, laat het ons dan even weten.\n\nGroet,\nSanne Visser", INV, at(16, 13))  # fmt: skip
    add("pl", "jesli_musi_przelozyc", ("Katarzyna Nowak", "katarzyna.nowak@odrasoft.example.pl"),
        "Zaproszenie na rozmowę",
        "Dzień dobry,\n\nzapraszamy na rozmowę rekrutacyjną w czwartek 11 marca o godz. 10:00 w naszym biurze we Wrocławiu.\n\nJeśli musi Pan przełożyć rozmowę, prosimy o informację.\n\nPozdrawiamy\nKatarzyna Nowak", INV, at(11, 10))  # fmt: skip
    add("cs", "pokud_potrebujete_presunout", ("Lucie Svobodová", "lucie.svobodova@moravait.example.cz"),
        "Pozvánka na pohovor",
        "Dobrý den,\n\nzveme Vás na pohovor ve čtvrtek 11. března v 10:00 v naší kanceláři v Brně.\n\nPokud potřebujete pohovor přesunout, dejte nám prosím vědět.\n\nS pozdravem\nLucie Svobodová", INV, at(11, 10))  # fmt: skip
    add("sv", "om_du_behover_flytta", ("Sara Lindqvist", "sara.lindqvist@malarsoft.example.se"),
        "Inbjudan till intervju",
        "Hej Alex,\n\nVi vill gärna träffa dig på en intervju fredag 12 mars kl. 11.00 på vårt kontor i Västerås.\n\nOm du behöver flytta tiden, svara på detta mejl.\n\nVänliga hälsningar\nSara Lindqvist", INV, at(12, 11))  # fmt: skip
    add("uk", "yakshcho_perenesty", ("Ірина Мельник", "iryna.melnyk@lvivsoft.example.ua"),
        "Запрошення на співбесіду",
        "Добрий день, Алексе!\n\nЗапрошуємо вас на співбесіду в четвер, 11 березня, о 10:00 у нашому офісі у Львові.\n\nЯкщо потрібно перенести співбесіду, напишіть нам.\n\nЗ повагою,\nІрина Мельник", INV, at(11, 10))  # fmt: skip
    add("tr", "degistirmek_isterseniz", ("Mehmet Yılmaz", "mehmet.yilmaz@anadolu.example.com.tr"),
        "Mülakat daveti",
        "Merhaba Alex,\n\nSizi 11 Mart Perşembe saat 10:00'da ofisimizde mülakata davet ediyoruz.\n\nSaati değiştirmek isterseniz lütfen bize yazın.\n\nSaygılarımla,\nMehmet Yılmaz", INV, at(11, 10))  # fmt: skip
    add("en-US", "own_request_to_move", ME,
        "Could we move my interview?",
        "Hi Jordan,\n\nThank you again for the invitation. Unfortunately I have a clash on Thursday, March 11 at 10:00 AM. Would it be possible to move my interview to Friday, March 12 at 2:00 PM instead?\n\nBest,\nAlex Morgan", N, at(12, 14), to=("Jordan Hale", "jordan.hale@brightpath.example.com"))  # fmt: skip
    add("de", "eigene_bitte_verschieben", ME,
        "Bitte um Terminverschiebung",
        "Sehr geehrte Frau Weber,\n\nleider kann ich den Termin am Donnerstag, 11. März, um 10:00 Uhr nicht wahrnehmen. Wäre es möglich, das Gespräch auf Freitag, 12. März, 14:00 Uhr zu verschieben?\n\nMit freundlichen Grüßen\nAlex Morgan", N, at(12, 14), to=("Anja Weber", "anja.weber@rheinsoft.example.de"))  # fmt: skip
    add("fr", "propre_demande_deplacer", ME,
        "Demande de changement d'horaire",
        "Bonjour Madame Roux,\n\nJe ne serai malheureusement pas disponible le vendredi 12 mars à 11 h. Serait-il possible de déplacer l'entretien au lundi 15 mars à 14 h ?\n\nBien cordialement,\nAlex Morgan", N, at(15, 14), to=("Émilie Roux", "emilie.roux@garonne.example.fr"))  # fmt: skip


BUILDERS = [english_germanic, romance, slavic_baltic_finnic, asia_africa_east, controls]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 372caefb with this batch, before any parser change): dev moves 57: "
    "read as reschedule 24 (all >= 0.5), held sure (>= 0.5) as an invitation 14, the rest "
    "invitations under 0.5 ('offers times on 2 different days'), slot right 52 (bg, he, id, th "
    "took the old slot); dev controls 10: invitation 10, sure 10; the reader's own requests 3: "
    "not_invitation 1, the de and en ones held under 0.5 (reschedule 0.45, invitation 0.35, "
    "'a move is only asked for'); held out: moves 32: read as reschedule 10 (8 sure), held sure "
    "as an invitation 12, slot right 29; controls 3/3 sure."
)
AFTER_FIX_FIGURES = (
    "After 6cca1ef6 (the move verbs of ~45 languages in the forms the lexicon lacked: the "
    "writer's 'we must move' only after 'we', participles and passives, 'will now take place', "
    "'new time:'; CJK and Thai words found inside runs; none in a question; the old slot's "
    "markers 'vietoj', 'iepriekš', 'asalnya', 'era previsto', 'antes era' before it and "
    "'əvəzinə', 'орнына', 'o'rniga', 'ნაცვლად', 'փոխարեն' after it): dev moves 57/57 read as "
    "reschedule, 54 sure, 0 held sure as an invitation, slot right 57; controls 10/10 sure; the "
    "reader's own requests unchanged (1/3, two under 0.5); held out: moves 31/32 read as "
    "reschedule, 29 sure, 0 held sure as an invitation, slot right 30; controls 3/3 sure. "
    "Whole corpus (quick.py, main vs this branch): WORSE 0; dev files labelled reschedule "
    "held sure as an invitation outside this batch 60 -> 50 (kind right 979 -> 992 of 1083: "
    "change68 da 'rykket frem', implied44 nl 'verschoven naar', moves21 pl 'przenosimy', "
    "pushline50 es/nl/pl, text68 hy/uz, text71 tr, twoline44 pl, vistamp34 vi); held out "
    "outside this batch 39 -> 31 held sure as an invitation (kind right 382 -> 397 of 472, in "
    "13 families; one held-out file in djresched49 changed from one wrong kind to another, "
    "counts only); one dev file without a kind label (venue25, a venue change at the same "
    "time) now says reschedule, not compared. Left alone: the de and en requests of the reader "
    "stay under 0.5 with a wrong kind, as at first sight; 'Se ha bisogno di spostare il "
    "colloquio' reads 'Se' as a third person who has the interview (not_invitation 0.45 on "
    "main too; the test's it control says 'Qualora dovesse spostare'); a singular 'je dois "
    "décaler', 'devo spostare' is not read as a move, since candidates write it too "
    "(candmove49), so pushback it 'devo spostare le 15 alle 17' stays an invitation."
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
        "# Provenance of the moves72 batch (`build_moves72.py`)",
        "",
        "Hand-written notices, without a calendar part, that move the reader's interview to a "
        "new slot and name it with its date and time (most name the old slot too, before or "
        "after the new one), in many languages and in many forms of the verbs of moving: the "
        "writer's own 'we need to move your interview from X to Y', passives and participles, "
        "'the interview is now on Y', 'will take place instead on Y', 'new time: Y (instead of "
        "X)', and shifts by a stated span ('pushed back by an hour', 'brought forward a day'); "
        "beside controls: the reader's own first invitations that name moving only as the "
        "reader's option ('if you need to reschedule, reply', a booking footer's 'pick a new "
        "time') and the reader's own requests to move that the employer has not answered. All "
        "text is ours, written by hand with no template; people, companies and addresses are "
        "made up. Every label was written from the datetimes the text is rendered from, before "
        "the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family moves72h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): '`reschedule` needs the mail itself to show "
        "that the slot moved ...; the label is the **new** slot'; the first invitations are "
        "`invitation` at their slot; the reader's own request to move is the user's "
        "counter-proposal, `not_invitation`. Text mails state no zone, so labels carry the Date "
        "header's offset and `tz_stated: false`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_moves72.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-moves72.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
