# ruff: noqa: E501 (mail bodies in many scripts read best one line a sentence)
"""Write the "clientside45" batch: mail about a candidate's interview written between people
on the hiring side, which the reader (a client, a hiring manager, an agency recruiter, an
office manager) must not take as their own interview; beside controls sent to the candidate.

Run: .venv/bin/python tests/parsing/corpus/build_clientside45.py

An agency recruiter offers her client a candidate's slot ("my candidate Priya can do
Wednesday at 11:00, shall I confirm?"), a client answers the agency, a hiring manager asks
colleagues to fetch a candidate from reception, a recruiter briefs the hiring manager on the
next interview ("your 3pm is with Tom Berg, CV attached"), an assistant books rooms and lunch
for a candidate day, a colleague asks the reader to interview someone. Controls stay
invitations: the same writers to the candidate, naming the interviewers or the client.

All prose is ours, written the way recruiters and hiring managers write; people and
companies are made up. Every label comes from the datetimes the text is rendered from
(zoneinfo) and was written before the parser was run on any message of the batch. Held-out
families drawn by `random.Random("clientside45 coin").sample(sorted(FAMILIES), 2)` before
anything was parsed. Helpers come from build_parse-pos.py (loaded, not copied). Output is
deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime, timedelta
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
OWN_TEMPLATE = "own words (recruiters' and hiring managers' prose; no software template)"
OWN_LICENSE = "ours"

FAMILIES = {
    "agencyslot45": "An agency recruiter offers her client a candidate's slot ('my candidate can do Wednesday at 11:00, shall I confirm?'); controls: the agency to the candidate (en, de, fr, es, nl, it, pl, sv).",
    "clientreply45": "A client answers the agency with a slot for the candidate it sent ('please confirm with her'); controls: the agency passes the confirmed slot to the candidate (en, de, fr, es, pt-BR, ja, it).",
    "hmteam45": "A hiring manager tells colleagues when a candidate comes in and asks someone to fetch them; controls: the hiring manager writes to the candidate (en, de, fr, es, nl, sv, pt-BR, pl).",
    "brief45": "A recruiter briefs the hiring manager on the next interview ('your 3pm is with Tom Berg, CV attached'); controls: the recruiter tells the candidate whom they meet (en, de, fr, it, pl, es, sv, ja).",
    "candday45": "An assistant books rooms and lunch for a candidate day; controls: the candidate day itinerary sent to the candidate (en, de, fr, nl, ja, pt-BR, pl).",
    "panelask45": "A colleague asks the reader to interview a candidate at a time; controls: the interviewer invites the candidate (en, de, fr, es, it, sv, pt-BR).",
}
HELD = frozenset(random.Random("clientside45 coin").sample(sorted(FAMILIES), 2))

ZONES = {
    "en": "Europe/London",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "nl": "Europe/Amsterdam",
    "it": "Europe/Rome",
    "pt-BR": "America/Sao_Paulo",
    "pl": "Europe/Warsaw",
    "sv": "Europe/Stockholm",
    "ja": "Asia/Tokyo",
}
DAY = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt-BR": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "ja": "月 火 水 木 金 土 日",
}
MONTH = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt-BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def day(lang: str, value: datetime) -> str:
    """The date as a person writing in `lang` writes it, weekday first."""
    wd = DAY[lang].split()[value.weekday()]
    if lang == "ja":
        return f"{value.month}月{value.day}日（{wd}）"
    mo = MONTH[lang].split()[value.month - 1]
    if lang == "de":
        return f"{wd}, {value.day}. {mo}"
    if lang == "es":
        return f"{wd} {value.day} de {mo}"
    if lang == "pt-BR":
        return f"{wd}, {value.day} de {mo}"
    return f"{wd} {value.day} {mo}"


def hm(value: datetime) -> str:
    return f"{value.hour}:{value.minute:02d}"


def fr_h(value: datetime) -> str:
    return f"{value.hour}h{value.minute:02d}" if value.minute else f"{value.hour}h"


def en_pm(value: datetime) -> str:
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d}{suffix}" if value.minute else f"{hour}{suffix}"


CASES: list[Case] = []


def text(
    fam: str,
    name: str,
    lang: str,
    note: str,
    *,
    start: datetime,
    sender: tuple[str, str],
    subject: str,
    body: str,
    to: tuple[str, str] = ME,
    minutes: int | None = None,
    positive: bool = False,
    days_before: int = 3,
) -> None:
    """A text-only mail sent `days_before` days before; positives labelled from `start`."""
    sent = (start - timedelta(days=days_before)).replace(hour=9, minute=12)
    raw = mail(f"{fam}__{name}", sender=sender, to=to, subject=subject, sent=sent, text=body)
    label: dict[str, object] = {"kind": "not_invitation"}
    if positive:
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation"}
        label.update(pp.timed(start, end, sent=sent))
    split = "heldout" if fam in HELD else "dev"
    CASES.append(Case(fam, split, name, raw, label, lang, note, OWN_TEMPLATE, OWN_LICENSE))


def at(lang: str, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return pp.at(2026, mo, d, h, mi, ZONES[lang])


def agencyslot() -> None:
    f = "agencyslot45"
    s = at("en", 3, 11, 11)
    text(
        f,
        "en_my_candidate_shall_i_confirm",
        "en",
        "agency recruiter to her client: my candidate can do this slot, shall I confirm?",
        start=s,
        sender=("Jess Harlow", "jess.harlow@brightpath-talent.example"),
        subject="Priya Raman - Finance Analyst - availability",
        body=f"Hi Alex,\n\nGood news - my candidate Priya Raman can do {day('en', s)} at {hm(s)} for the first interview with you. Shall I confirm it with her? She'd come to your Leeds office; I've attached her CV again in case it helps.\n\nBest,\nJess\n\nJess Harlow\nSenior Consultant, Brightpath Talent\n",
    )
    s = at("de", 3, 12, 10)
    text(
        f,
        "de_eingeplant_passt_das",
        "de",
        "Personalberaterin an den Kunden: Kandidat eingeplant, passt das?",
        start=s,
        sender=("Katrin Wendt", "k.wendt@nordlicht-personal.example"),
        subject="Kandidat Deniz Öztürk – Terminvorschlag",
        body=f"Hallo Herr Morgan,\n\nich habe Herrn Öztürk für {day('de', s)} um {hm(s)} Uhr bei Ihnen eingeplant – passt das? Sein Profil hatte ich Ihnen letzte Woche geschickt, er kommt persönlich nach Hamburg.\n\nViele Grüße\nKatrin Wendt\nNordlicht Personalberatung\n",
    )
    s = at("fr", 3, 17, 14, 30)
    text(
        f,
        "fr_ma_candidate_je_confirme",
        "fr",
        "cabinet au client : ma candidate est disponible, je lui confirme ?",
        start=s,
        sender=("Hugo Lemaire", "hugo.lemaire@arvel-conseil.example"),
        subject="Camille Roussel – créneau d'entretien",
        body=f"Bonjour Alex,\n\nMa candidate, Camille Roussel, est disponible {day('fr', s)} à {fr_h(s)} pour l'entretien avec vous. Je lui confirme ce créneau ? Elle viendra à vos bureaux de Lyon.\n\nBien à vous,\nHugo Lemaire\nCabinet Arvel Conseil\n",
    )
    s = at("es", 3, 19, 9, 30)
    text(
        f,
        "es_mi_candidato_te_lo_confirmo",
        "es",
        "agencia al cliente: mi candidato puede ese día, ¿te lo confirmo?",
        start=s,
        sender=("Lucía Ferrer", "lucia.ferrer@talentosur.example"),
        subject="Javier Ortega – disponibilidad para la entrevista",
        body=f"Hola Alex:\n\nMi candidato Javier Ortega puede el {day('es', s)} a las {hm(s)}. ¿Te lo confirmo? Te adjunto de nuevo su CV por si quieres repasarlo antes.\n\nUn saludo,\nLucía Ferrer\nTalento Sur Selección\n",
    )
    s = at("nl", 3, 16, 13)
    text(
        f,
        "nl_mijn_kandidaat_zal_ik_bevestigen",
        "nl",
        "bureau aan de klant: mijn kandidaat kan dan langskomen, zal ik het bevestigen?",
        start=s,
        sender=("Bram Koster", "bram@kosterwerving.example"),
        subject="Sanne de Wit - eerste gesprek",
        body=f"Hoi Alex,\n\nMijn kandidaat Sanne de Wit kan {day('nl', s)} om {hm(s)} langskomen voor het eerste gesprek. Zal ik dat bij haar bevestigen?\n\nGroet,\nBram Koster\nKoster Werving & Selectie\n",
    )
    s = at("it", 3, 20, 15)
    text(
        f,
        "it_la_mia_candidata_confermo",
        "it",
        "agenzia al cliente: la mia candidata è disponibile, confermo?",
        start=s,
        sender=("Marco Bellini", "m.bellini@selezionealfa.example"),
        subject="Giulia Ferri – disponibilità colloquio",
        body=f"Ciao Alex,\n\nla mia candidata Giulia Ferri è disponibile {day('it', s)} alle {hm(s)} per il colloquio con te. Confermo? Ti rimando il CV in allegato.\n\nUn saluto,\nMarco Bellini\nSelezione Alfa\n",
    )
    s = at("pl", 3, 24, 10)
    text(
        f,
        "pl_moj_kandydat_potwierdzic",
        "pl",
        "agencja do klienta: mój kandydat może przyjść, czy mam potwierdzić?",
        start=s,
        sender=("Agnieszka Nowak", "a.nowak@talentbridge.example"),
        subject="Tomasz Wójcik – termin rozmowy",
        body=f"Dzień dobry,\n\nmój kandydat, Tomasz Wójcik, może przyjść na rozmowę w {day('pl', s)} o {hm(s)}. Czy mam potwierdzić mu ten termin?\n\nPozdrawiam\nAgnieszka Nowak\nTalentBridge Rekrutacja\n",
    )
    s = at("sv", 3, 25, 14)
    text(
        f,
        "sv_min_kandidat_bekrafta",
        "sv",
        "rekryteringsfirma till kunden: min kandidat kan komma, ska jag bekräfta?",
        start=s,
        sender=("Johan Berg", "johan.berg@rekryteringshuset.example"),
        subject="Elin Lindqvist – intervjutid",
        body=f"Hej Alex!\n\nMin kandidat Elin Lindqvist kan komma på intervju {day('sv', s)} kl. {hm(s)}. Ska jag bekräfta tiden med henne?\n\nHälsningar\nJohan Berg\nRekryteringshuset\n",
    )
    # controls: the same agencies to the candidate
    s = at("en", 3, 11, 11)
    text(
        f,
        "en_client_would_like_to_meet_you",
        "en",
        "control: the agency to the candidate; the client wants to meet the reader",
        start=s,
        positive=True,
        sender=("Jess Harlow", "jess.harlow@brightpath-talent.example"),
        subject="Interview with Northwind Finance",
        body=f"Hi Alex,\n\nThe client would like to meet you {day('en', s)} at {hm(s)} at their Leeds office. You'll meet Sarah Cole, Head of Finance, and one of her team leads. Can you confirm you can make it?\n\nBest,\nJess\n\nJess Harlow\nSenior Consultant, Brightpath Talent\n",
    )
    s = at("de", 3, 12, 10)
    text(
        f,
        "de_kunde_moechte_sie_kennenlernen",
        "de",
        "Kontrolle: die Beraterin an den Kandidaten; der Kunde möchte ihn kennenlernen",
        start=s,
        positive=True,
        sender=("Katrin Wendt", "k.wendt@nordlicht-personal.example"),
        subject="Ihr Gespräch bei der Hanse Logistik GmbH",
        body=f"Hallo Herr Morgan,\n\nmein Kunde, die Hanse Logistik GmbH, möchte Sie gern am {day('de', s)} um {hm(s)} Uhr in Hamburg kennenlernen. Ihr Gesprächspartner ist Herr Jens Albers, Leiter Disposition. Passt Ihnen der Termin?\n\nViele Grüße\nKatrin Wendt\nNordlicht Personalberatung\n",
    )
    s = at("fr", 3, 17, 14, 30)
    text(
        f,
        "fr_client_souhaite_vous_rencontrer",
        "fr",
        "contrôle : le cabinet au candidat ; le client souhaite le rencontrer",
        start=s,
        positive=True,
        sender=("Hugo Lemaire", "hugo.lemaire@arvel-conseil.example"),
        subject="Entretien chez Rhône Industries",
        body=f"Bonjour Alex,\n\nMon client, Rhône Industries, souhaite vous rencontrer {day('fr', s)} à {fr_h(s)} dans ses bureaux de Lyon. Vous serez reçu par Mme Claire Vidal, DAF. Pouvez-vous me confirmer votre présence ?\n\nBien à vous,\nHugo Lemaire\nCabinet Arvel Conseil\n",
    )


def clientreply() -> None:
    f = "clientreply45"
    s = at("en", 3, 11, 11)
    text(
        f,
        "en_works_please_confirm_with_her",
        "en",
        "client to the agency: the slot works, please confirm with her; I'll meet her in reception",
        start=s,
        sender=("Sarah Cole", "sarah.cole@northwind-finance.example"),
        subject="Re: Priya Raman - Finance Analyst",
        body=f"Hi Alex,\n\nThanks for sending Priya over, her CV looks strong. {day('en', s)} at {hm(s)} works for us - please confirm with her. I'll meet her in reception; she should ask for me at the front desk.\n\nThanks,\nSarah\n",
    )
    s = at("de", 3, 23, 14)
    text(
        f,
        "de_koennen_sie_ihr_weitergeben",
        "de",
        "Kunde an die Beraterin: Termin für die Kandidatin, bitte an sie weitergeben",
        start=s,
        sender=("Jens Albers", "j.albers@hanse-logistik.example"),
        subject="AW: Profil Lea Hoffmann",
        body=f"Hallo Herr Morgan,\n\ndanke für das Profil von Frau Lea Hoffmann. Wir würden sie gern am {day('de', s)} um {hm(s)} Uhr zum Gespräch einladen. Können Sie ihr das so weitergeben und uns kurz Bescheid geben?\n\nGruß\nJens Albers\nHanse Logistik GmbH\n",
    )
    s = at("fr", 3, 26, 10)
    text(
        f,
        "fr_pouvez_vous_le_lui_confirmer",
        "fr",
        "client au cabinet : nous pouvons le recevoir, pouvez-vous le lui confirmer ?",
        start=s,
        sender=("Claire Vidal", "claire.vidal@rhone-industries.example"),
        subject="RE: Candidature Karim Benali",
        body=f"Bonjour Alex,\n\nMerci pour le profil de M. Karim Benali. Nous pouvons le recevoir {day('fr', s)} à {fr_h(s)} dans nos locaux de Villeurbanne. Pouvez-vous le lui confirmer ?\n\nCordialement,\nClaire Vidal\nRhône Industries\n",
    )
    s = at("es", 3, 24, 16)
    text(
        f,
        "es_se_lo_confirmas_tu",
        "es",
        "cliente a la agencia: podemos verla ese día, ¿se lo confirmas tú?",
        start=s,
        sender=("Rubén Castillo", "ruben.castillo@levante-energia.example"),
        subject="RE: Perfil Marta Gil",
        body=f"Hola Alex,\n\ngracias por el perfil de Marta Gil. Podemos verla el {day('es', s)} a las {hm(s)} en nuestra oficina de Valencia. ¿Se lo confirmas tú?\n\nSaludos,\nRubén Castillo\nLevante Energía\n",
    )
    s = at("pt-BR", 3, 25, 10)
    text(
        f,
        "ptbr_voce_confirma_com_ela",
        "pt-BR",
        "cliente para a consultoria: podemos recebê-la, você confirma com ela?",
        start=s,
        sender=("Ricardo Mendes", "ricardo.mendes@ipe-tecnologia.example"),
        subject="Re: Currículo Fernanda Costa",
        body=f"Oi Alex,\n\nobrigado pelo currículo da Fernanda Costa. Podemos recebê-la na {day('pt-BR', s)}, às {s.hour}h, aqui no escritório da Paulista. Você confirma com ela?\n\nAbraço,\nRicardo Mendes\nIpê Tecnologia\n",
    )
    s = at("ja", 3, 27, 14)
    text(
        f,
        "ja_goshoukai_honnin_renraku",
        "ja",
        "企業から人材紹介会社へ：ご紹介の候補者の面接日時、ご本人への連絡のお願い",
        start=s,
        sender=("鈴木 一郎", "suzuki@sakura-seiki.example"),
        subject="Re: 佐藤健太様のご推薦について",
        body=f"Alex Morgan様\n\nいつもお世話になっております。さくら精機の鈴木です。\nご紹介いただいた佐藤健太様ですが、{day('ja', s)} {hm(s)}より一次面接を実施したく存じます。\nご本人へのご連絡をお願いできますでしょうか。\n\nよろしくお願いいたします。\n鈴木 一郎\n",
    )
    s = at("it", 3, 30, 11, 30)
    text(
        f,
        "it_glielo_confermi_tu",
        "it",
        "cliente all'agenzia: possiamo incontrarlo, glielo confermi tu?",
        start=s,
        sender=("Elena Rinaldi", "e.rinaldi@vetro-milano.example"),
        subject="R: CV Luca Marini",
        body=f"Ciao Alex,\n\ngrazie per il CV di Luca Marini. Possiamo incontrarlo {day('it', s)} alle {hm(s)} in sede. Glielo confermi tu?\n\nGrazie,\nElena Rinaldi\nVetro Milano\n",
    )
    # controls: the agency passes the client's confirmed slot to the candidate
    s = at("en", 3, 11, 11)
    text(
        f,
        "en_client_confirmed_your_interview",
        "en",
        "control: the agency tells the candidate the client confirmed their interview",
        start=s,
        positive=True,
        sender=("Jess Harlow", "jess.harlow@brightpath-talent.example"),
        subject="Confirmed: your interview with Northwind Finance",
        body=f"Hi Alex,\n\nGreat news - Northwind Finance have confirmed your interview for {day('en', s)} at {hm(s)}. Sarah Cole will meet you in reception; just ask for her at the front desk.\n\nGood luck!\nJess\n",
    )
    s = at("pt-BR", 3, 25, 10)
    text(
        f,
        "ptbr_empresa_confirmou_sua_entrevista",
        "pt-BR",
        "controle: a consultoria avisa o candidato que a empresa confirmou a entrevista dele",
        start=s,
        positive=True,
        sender=("Juliana Prado", "juliana.prado@rhmais.example"),
        subject="Entrevista confirmada – Ipê Tecnologia",
        body=f"Oi Alex,\n\na Ipê Tecnologia confirmou sua entrevista na {day('pt-BR', s)}, às {s.hour}h, no escritório da Paulista. Quem vai te receber é o Ricardo Mendes, gerente de engenharia.\n\nBoa sorte!\nJuliana Prado\nRH Mais Consultoria\n",
    )


def hmteam() -> None:
    f = "hmteam45"
    s = at("en", 4, 14, 14)
    text(
        f,
        "en_comes_in_grab_her_reception",
        "en",
        "hiring manager to the team: the candidate comes in, can someone grab her from reception?",
        start=s,
        sender=("Dan Whitaker", "dan.whitaker@harbourline.example"),
        subject="Final round Tuesday - Maria Lopez",
        body=f"Hi all,\n\nMaria Lopez comes in {day('en', s)} at {en_pm(s)} for the final round. Can someone grab her from reception? I'm stuck on a call until ten past. Alex, you're on the system design part.\n\nCheers,\nDan\n",
    )
    s = at("de", 4, 16, 9, 30)
    text(
        f,
        "de_kommt_frau_abholen_empfang",
        "de",
        "Teamleiter ans Team: die Kandidatin kommt, kann sie jemand am Empfang abholen?",
        start=s,
        sender=("Stefan Krüger", "stefan.krueger@elbwerk.example"),
        subject="Zweitgespräch Frau Brandt",
        body=f"Hallo zusammen,\n\nam {day('de', s)} um {hm(s)} Uhr kommt Frau Julia Brandt zum zweiten Gespräch. Kann jemand sie am Empfang abholen? Alex, übernimmst du die Fachfragen?\n\nDanke\nStefan\n",
    )
    s = at("fr", 4, 15, 11)
    text(
        f,
        "fr_notre_candidate_aller_la_chercher",
        "fr",
        "manager à l'équipe : notre candidate vient, quelqu'un peut aller la chercher ?",
        start=s,
        sender=("Julien Garnier", "julien.garnier@atelier-mistral.example"),
        subject="Dernier entretien – Léa Girard",
        body=f"Bonjour à tous,\n\nNotre candidate Léa Girard vient {day('fr', s)} à {fr_h(s)} pour le dernier entretien. Quelqu'un peut-il aller la chercher à l'accueil ? Je serai en réunion juste avant.\n\nMerci,\nJulien\n",
    )
    s = at("es", 4, 15, 10)
    text(
        f,
        "es_viene_recogerlo_recepcion",
        "es",
        "responsable al equipo: viene el candidato, ¿alguien puede recogerlo en recepción?",
        start=s,
        sender=("Pilar Domínguez", "pilar.dominguez@costaverde.example"),
        subject="Entrevista final Andrés Molina",
        body=f"Hola equipo,\n\nel {day('es', s)} a las {hm(s)} viene Andrés Molina a la entrevista final. ¿Alguien puede recogerlo en recepción y llevarlo a la sala 3?\n\nGracias,\nPilar\n",
    )
    s = at("nl", 4, 16, 15)
    text(
        f,
        "nl_komt_ophalen_receptie",
        "nl",
        "manager aan het team: de kandidaat komt, kan iemand hem bij de receptie ophalen?",
        start=s,
        sender=("Joost Bakker", "joost.bakker@polderdata.example"),
        subject="Tweede gesprek Daan Visser",
        body=f"Hoi allemaal,\n\n{day('nl', s).capitalize()} om {hm(s)} komt Daan Visser voor het tweede gesprek. Kan iemand hem bij de receptie ophalen? Ik zit tot kwart over in een ander overleg.\n\nGroet,\nJoost\n",
    )
    s = at("sv", 4, 17, 10)
    text(
        f,
        "sv_kommer_mota_henne_receptionen",
        "sv",
        "chef till teamet: kandidaten kommer, kan någon möta henne i receptionen?",
        start=s,
        sender=("Anna Sjöberg", "anna.sjoberg@nordvik.example"),
        subject="Slutintervju Sara Nyberg",
        body=f"Hej allihop!\n\n{day('sv', s).capitalize()} kl. {hm(s)} kommer Sara Nyberg på slutintervju. Kan någon möta henne i receptionen? Jag blir några minuter sen.\n\nTack!\nAnna\n",
    )
    s = at("pt-BR", 4, 20, 14)
    text(
        f,
        "ptbr_a_candidata_vem_buscala",
        "pt-BR",
        "gestora para o time: a candidata vem, alguém pode buscá-la na recepção?",
        start=s,
        sender=("Camila Rocha", "camila.rocha@jacaranda.example"),
        subject="Entrevista final – Beatriz Lima",
        body=f"Oi pessoal,\n\na candidata Beatriz Lima vem na {day('pt-BR', s)}, às {s.hour}h, para a entrevista final. Alguém pode buscá-la na recepção? Vou estar em outra reunião até 14h10.\n\nValeu,\nCamila\n",
    )
    s = at("pl", 4, 22, 11)
    text(
        f,
        "pl_przychodzi_pani_odebrac_z_recepcji",
        "pl",
        "kierownik do zespołu: przychodzi kandydatka, czy ktoś może ją odebrać z recepcji?",
        start=s,
        sender=("Marek Jankowski", "marek.jankowski@wislasoft.example"),
        subject="Rozmowa końcowa – Katarzyna Zielińska",
        body=f"Cześć,\n\nw {day('pl', s)} o {hm(s)} przychodzi pani Katarzyna Zielińska na rozmowę końcową. Czy ktoś może ją odebrać z recepcji? Ja dołączę kilka minut później.\n\nDzięki,\nMarek\n",
    )
    # controls: the hiring manager writes to the candidate
    s = at("en", 4, 14, 14)
    text(
        f,
        "en_looking_forward_grab_you",
        "en",
        "control: the hiring manager to the candidate; she will grab the reader from reception",
        start=s,
        positive=True,
        sender=("Maria Lopez", "maria.lopez@harbourline.example"),
        subject="Final round on Tuesday",
        body=f"Hi Alex,\n\nLooking forward to meeting you {day('en', s)} at {en_pm(s)} for the final round. Ask for me at reception and I'll come and grab you; Dan Whitaker and Priya Shah will join us for the system design part.\n\nBest,\nMaria Lopez\nEngineering Manager, Harbourline\n",
    )
    s = at("de", 4, 16, 9, 30)
    text(
        f,
        "de_freue_mich_hole_sie_ab",
        "de",
        "Kontrolle: die Teamleiterin an den Kandidaten; sie holt ihn am Empfang ab",
        start=s,
        positive=True,
        sender=("Julia Brandt", "julia.brandt@elbwerk.example"),
        subject="Ihr zweites Gespräch bei Elbwerk",
        body=f"Hallo Herr Morgan,\n\nich freue mich, Sie am {day('de', s)} um {hm(s)} Uhr zum zweiten Gespräch bei uns zu begrüßen. Ich hole Sie am Empfang ab; mit dabei ist Herr Stefan Krüger aus der Entwicklung.\n\nViele Grüße\nJulia Brandt\nTeamleiterin, Elbwerk GmbH\n",
    )
    s = at("es", 4, 15, 10)
    text(
        f,
        "es_te_recojo_en_recepcion",
        "es",
        "control: la responsable escribe al candidato; lo recoge en recepción",
        start=s,
        positive=True,
        sender=("Pilar Domínguez", "pilar.dominguez@costaverde.example"),
        subject="Tu entrevista final en Costa Verde",
        body=f"Hola Alex,\n\nte espero el {day('es', s)} a las {hm(s)} para la entrevista final. Te recojo en recepción y te presento a Andrés Molina, nuestro director técnico.\n\nUn saludo,\nPilar Domínguez\nCosta Verde\n",
    )


def brief() -> None:
    f = "brief45"
    s = at("en", 5, 7, 15)
    text(
        f,
        "en_your_3pm_is_with_cv_attached",
        "en",
        "recruiter to the hiring manager: your 3pm today is with a candidate, CV attached",
        start=s,
        days_before=0,
        sender=("Hannah Price", "hannah.price@larchmont.example"),
        subject="Your 3pm today: Tom Berg (Data Analyst)",
        body=f"Hi Alex,\n\nYour {en_pm(s)} today ({day('en', s)}) is with Tom Berg for the Data Analyst role - CV attached. He's coming in person; I've put you both in the Oak room.\n\nThanks,\nHannah\n",
    )
    s = at("de", 5, 8, 10)
    text(
        f,
        "de_du_hast_das_gespraech_mit_lebenslauf",
        "de",
        "Recruiterin an den Fachbereich: Gespräch mit einem Bewerber, Lebenslauf anbei",
        start=s,
        days_before=1,
        sender=("Miriam Scholz", "miriam.scholz@taunus-bank.example"),
        subject="Morgen 10 Uhr: Herr Marco Keller",
        body=f"Hallo Alex,\n\nmorgen ({day('de', s)}) um {hm(s)} Uhr hast du das Gespräch mit Herrn Marco Keller für die Stelle im Controlling. Sein Lebenslauf ist anbei; er kommt vor Ort in Raum 4.12.\n\nLG\nMiriam\n",
    )
    s = at("fr", 5, 12, 14)
    text(
        f,
        "fr_ton_entretien_est_avec_cv_joint",
        "fr",
        "recruteuse au manager : ton entretien est avec une candidate, CV en pièce jointe",
        start=s,
        days_before=1,
        sender=("Sophie Marchand", "sophie.marchand@lumen-assurances.example"),
        subject="Demain 14h : Inès Moreau",
        body=f"Bonjour Alex,\n\nTon entretien de {fr_h(s)} demain ({day('fr', s)}) est avec Mme Inès Moreau, pour le poste de chargée d'études. Son CV est en pièce jointe.\n\nBonne journée,\nSophie\n",
    )
    s = at("it", 5, 13, 11)
    text(
        f,
        "it_il_tuo_colloquio_e_con_cv",
        "it",
        "recruiter al responsabile: il tuo colloquio è con un candidato, CV allegato",
        start=s,
        days_before=1,
        sender=("Chiara Fontana", "chiara.fontana@oliveto.example"),
        subject="Colloquio di domani – Paolo Greco",
        body=f"Ciao Alex,\n\nil tuo colloquio delle {s.hour} di {day('it', s)} è con Paolo Greco, candidato per il ruolo di buyer. Ti allego il suo CV.\n\nA presto,\nChiara\n",
    )
    s = at("pl", 5, 14, 9)
    text(
        f,
        "pl_masz_rozmowe_z_cv_w_zalaczniku",
        "pl",
        "rekruterka do menedżera: masz rozmowę z kandydatem, CV w załączniku",
        start=s,
        days_before=1,
        sender=("Joanna Kaczmarek", "joanna.kaczmarek@baltyk-it.example"),
        subject="Jutro 9:00 – Piotr Kowalczyk",
        body=f"Cześć Alex,\n\nw {day('pl', s)} o {hm(s)} masz rozmowę z panem Piotrem Kowalczykiem na stanowisko testera. CV w załączniku.\n\nPozdrawiam\nJoanna\n",
    )
    s = at("es", 5, 15, 12)
    text(
        f,
        "es_tu_entrevista_es_con_adjunto_cv",
        "es",
        "reclutadora al responsable: tu entrevista es con una candidata, te adjunto su CV",
        start=s,
        days_before=1,
        sender=("Nuria Blanco", "nuria.blanco@alisios.example"),
        subject="Mañana a las 12: Clara Ruiz",
        body=f"Hola Alex,\n\ntu entrevista de mañana a las {hm(s)} ({day('es', s)}) es con Clara Ruiz, para el puesto de contable. Te adjunto su CV.\n\nUn abrazo,\nNuria\n",
    )
    s = at("sv", 5, 18, 13)
    text(
        f,
        "sv_din_intervju_ar_med_cv_bifogat",
        "sv",
        "rekryterare till chefen: din intervju är med en kandidat, CV bifogat",
        start=s,
        sender=("Maja Ek", "maja.ek@fjordkraft.example"),
        subject="Intervju måndag – Oskar Holm",
        body=f"Hej Alex,\n\ndin intervju kl. {hm(s)} på {day('sv', s)} är med Oskar Holm, kandidat till tjänsten som elkonstruktör. CV bifogat.\n\nHälsningar\nMaja\n",
    )
    s = at("ja", 5, 19, 15)
    text(
        f,
        "ja_mensetsu_kouhosha_rirekisho",
        "ja",
        "採用担当から面接官へ：明日の面接は候補者の〇〇さん、履歴書を添付",
        start=s,
        days_before=1,
        sender=("中村 彩", "nakamura@hikari-soft.example"),
        subject="明日の面接（田中美咲さん）",
        body=f"Alexさん\n\nお疲れさまです。人事の中村です。\n明日{day('ja', s)} {hm(s)}からの面接は、候補者の田中美咲さんです。履歴書を添付しますので、事前にご確認ください。\n\n中村\n",
    )
    # controls: the recruiter tells the candidate whom they meet
    s = at("en", 5, 7, 15)
    text(
        f,
        "en_control_your_3pm_is_with_head",
        "en",
        "control: the recruiter to the candidate; your 3pm is with the Head of Data",
        start=s,
        days_before=0,
        positive=True,
        sender=("Hannah Price", "hannah.price@larchmont.example"),
        subject="Your interview this afternoon",
        body=f"Hi Alex,\n\nJust a reminder: your interview at {en_pm(s)} today ({day('en', s)}) is with Tom Berg, our Head of Data. He'll meet you in reception at Larchmont House.\n\nGood luck,\nHannah\n",
    )
    s = at("fr", 5, 12, 14)
    text(
        f,
        "fr_control_votre_entretien_avec",
        "fr",
        "contrôle : la recruteuse au candidat ; votre entretien se fera avec la directrice",
        start=s,
        positive=True,
        sender=("Sophie Marchand", "sophie.marchand@lumen-assurances.example"),
        subject="Votre entretien chez Lumen Assurances",
        body=f"Bonjour Alex,\n\nVotre entretien aura lieu {day('fr', s)} à {fr_h(s)} ; il se fera avec Mme Inès Moreau, directrice financière. Merci de vous présenter à l'accueil dix minutes avant.\n\nCordialement,\nSophie Marchand\nLumen Assurances\n",
    )
    s = at("pl", 5, 14, 9)
    text(
        f,
        "pl_control_ma_pan_rozmowe",
        "pl",
        "kontrola: rekruterka do kandydata; ma Pan rozmowę z kierownikiem",
        start=s,
        positive=True,
        sender=("Joanna Kaczmarek", "joanna.kaczmarek@baltyk-it.example"),
        subject="Rozmowa rekrutacyjna – Bałtyk IT",
        body=f"Dzień dobry Panie Alex,\n\nzapraszam na rozmowę rekrutacyjną w {day('pl', s)} o {hm(s)}. Rozmowę poprowadzi pan Piotr Kowalczyk, kierownik działu testów.\n\nPozdrawiam\nJoanna Kaczmarek\nBałtyk IT\n",
    )


def candday() -> None:
    f = "candday45"
    s = at("en", 6, 10, 9)
    text(
        f,
        "en_book_room_lunch_candidate_day",
        "en",
        "assistant to facilities: book a room and lunch for a candidate's day",
        start=s,
        sender=("Rosie Clarke", "rosie.clarke@fernhill.example"),
        subject="Room + lunch for candidate day",
        body=f"Hi Alex,\n\nCould you book the Birch room for {day('en', s)} from {hm(s)} to 16:00 for a candidate day? Our candidate, Nina Patel, is in all day with the product team; lunch for four at 12:30 please.\n\nThanks so much,\nRosie\n",
    )
    s = at("de", 6, 9, 9)
    text(
        f,
        "de_kandidatentag_raum_mittagessen",
        "de",
        "Assistenz an den Empfang: Raum und Mittagessen für den Kandidatentag eines Bewerbers",
        start=s,
        sender=("Sabine Vogt", "sabine.vogt@rheinstahl.example"),
        subject="Raumbuchung Kandidatentag Herr Meier",
        body=f"Hallo Alex,\n\nfür den Kandidatentag mit Herrn Lukas Meier am {day('de', s)} bitte den Raum Elbe von {hm(s)} bis 15:00 Uhr reservieren und Mittagessen für 4 Personen um 12:00 Uhr bestellen.\n\nDanke dir!\nSabine\n",
    )
    s = at("fr", 6, 11, 9)
    text(
        f,
        "fr_reserver_salle_journee_candidat",
        "fr",
        "assistante à l'accueil : réserver une salle et un déjeuner pour la journée d'une candidate",
        start=s,
        sender=("Nadia Perrin", "nadia.perrin@cevennes-bio.example"),
        subject="Réservation salle – journée candidat",
        body=f"Bonjour Alex,\n\npeux-tu réserver la salle Loire {day('fr', s)} de {fr_h(s)} à 17h pour la journée candidat de Mme Chloé Martin ? Déjeuner pour 5 personnes à 12h30, s'il te plaît.\n\nMerci !\nNadia\n",
    )
    s = at("nl", 6, 12, 9)
    text(
        f,
        "nl_vergaderzaal_kandidaat_lunch",
        "nl",
        "assistent aan facilitair: zaal en lunch voor de dag van een kandidaat",
        start=s,
        sender=("Lotte Smit", "lotte.smit@dijkstra-bouw.example"),
        subject="Zaalreservering kandidaat vrijdag",
        body=f"Hoi Alex,\n\nwil je vergaderzaal De Linde reserveren voor {day('nl', s)} van {hm(s)} tot 16:00? Kandidaat Femke Jansen is die dag bij ons voor gesprekken; graag lunch voor vier om 12:30.\n\nDank je!\nLotte\n",
    )
    s = at("ja", 6, 15, 10)
    text(
        f,
        "ja_kouhosha_kaigishitsu_chushoku",
        "ja",
        "アシスタントから総務へ：候補者の最終面接日の会議室と昼食の手配",
        start=s,
        sender=("小林 真由", "kobayashi@minato-denki.example"),
        subject="会議室・昼食手配のお願い（最終面接）",
        body=f"Alexさん\n\nお疲れさまです。{day('ja', s)}に候補者の山本拓也さんの最終面接があります。{hm(s)}〜16:00で第2会議室の予約と、12:00に昼食4名分の手配をお願いします。\n\n小林\n",
    )
    s = at("pt-BR", 6, 16, 9)
    text(
        f,
        "ptbr_reservar_sala_dia_do_candidato",
        "pt-BR",
        "assistente para facilities: reservar sala e almoço para o dia de entrevistas de um candidato",
        start=s,
        sender=("Larissa Nunes", "larissa.nunes@araucaria.example"),
        subject="Reserva de sala – dia de entrevistas",
        body=f"Oi Alex,\n\npode reservar a sala Ipê na {day('pt-BR', s)}, das {s.hour}h às 15h? É o dia de entrevistas do candidato Rafael Souza; almoço para 4 pessoas às 12h, por favor.\n\nObrigada!\nLarissa\n",
    )
    s = at("pl", 6, 17, 9)
    text(
        f,
        "pl_rezerwacja_sali_kandydatki",
        "pl",
        "asystentka do administracji: sala i lunch na dzień rekrutacyjny kandydatki",
        start=s,
        sender=("Ewa Wiśniewska", "ewa.wisniewska@mazowsze-energia.example"),
        subject="Rezerwacja sali – dzień rekrutacyjny",
        body=f"Cześć Alex,\n\nproszę o rezerwację sali Wisła w {day('pl', s)} od {hm(s)} do 15:00 na dzień rekrutacyjny kandydatki Anny Lewandowskiej oraz lunch dla 4 osób o 12:00.\n\nDzięki!\nEwa\n",
    )
    # controls: the candidate day itinerary sent to the candidate
    s = at("en", 6, 10, 9)
    text(
        f,
        "en_control_your_itinerary",
        "en",
        "control: the candidate's own itinerary for the day",
        start=s,
        positive=True,
        sender=("Rosie Clarke", "rosie.clarke@fernhill.example"),
        subject="Your itinerary for your visit to Fernhill",
        body=f"Hi Alex,\n\nHere is your itinerary for {day('en', s)}:\n\n{hm(s)}  Welcome with Nina Patel (HR), Birch room\n10:00 Product exercise with the product team\n12:30 Lunch with the team\n14:00 Interview with our CPO, Oliver Grant\n\nPlease ask for me at reception when you arrive.\n\nBest,\nRosie\n",
    )
    s = at("de", 6, 9, 9)
    text(
        f,
        "de_control_ihr_ablauf",
        "de",
        "Kontrolle: der Ablauf des Kandidatentags an den Bewerber selbst",
        start=s,
        positive=True,
        sender=("Sabine Vogt", "sabine.vogt@rheinstahl.example"),
        subject="Ihr Ablauf für den Kandidatentag",
        body=f"Hallo Herr Morgan,\n\nanbei Ihr Ablauf für den Kandidatentag am {day('de', s)}:\n\n{hm(s)} Uhr Begrüßung durch Herrn Lukas Meier, Raum Elbe\n10:30 Uhr Fachgespräch mit dem Team\n12:00 Uhr Mittagessen\n13:30 Uhr Gespräch mit der Bereichsleitung\n\nBitte melden Sie sich am Empfang.\n\nViele Grüße\nSabine Vogt\n",
    )
    s = at("fr", 6, 11, 9)
    text(
        f,
        "fr_control_votre_programme",
        "fr",
        "contrôle : le programme de la journée envoyé au candidat",
        start=s,
        positive=True,
        sender=("Nadia Perrin", "nadia.perrin@cevennes-bio.example"),
        subject="Votre programme – journée de recrutement",
        body=f"Bonjour Alex,\n\nVoici votre programme pour la journée du {day('fr', s)} :\n\n{fr_h(s)} : accueil par Mme Chloé Martin (RH), salle Loire\n10h30 : entretien avec le responsable qualité\n12h30 : déjeuner avec l'équipe\n14h : visite du site\n\nÀ bientôt,\nNadia Perrin\n",
    )


def panelask() -> None:
    f = "panelask45"
    s = at("en", 5, 21, 15)
    text(
        f,
        "en_could_you_interview",
        "en",
        "colleague asks the reader to interview a candidate at a time",
        start=s,
        sender=("Grace Okafor", "grace.okafor@tidewater.example"),
        subject="Could you interview Kenji Watanabe?",
        body=f"Hi Alex,\n\nCould you interview Kenji Watanabe on {day('en', s)} at {hm(s)}? He's up for the backend role and I'd like someone from platform on it. I'll send the CV over this afternoon.\n\nThanks!\nGrace\n",
    )
    s = at("de", 5, 25, 11)
    text(
        f,
        "de_kannst_du_fachgespraech_uebernehmen",
        "de",
        "Kollegin bittet: kannst du das Fachgespräch mit der Bewerberin übernehmen?",
        start=s,
        sender=("Nina Hartmann", "nina.hartmann@isar-medtech.example"),
        subject="Fachgespräch Frau Wagner",
        body=f"Hallo Alex,\n\nkannst du am {day('de', s)} um {hm(s)} Uhr das Fachgespräch mit Frau Sophie Wagner übernehmen? Ich bin an dem Tag auf Dienstreise.\n\nDanke!\nNina\n",
    )
    s = at("fr", 5, 27, 10)
    text(
        f,
        "fr_faire_passer_entretien",
        "fr",
        "collègue : pourrais-tu faire passer l'entretien technique à un candidat ?",
        start=s,
        sender=("Mathieu Roux", "mathieu.roux@garonne-logiciel.example"),
        subject="Entretien technique M. Petit",
        body=f"Bonjour Alex,\n\npourrais-tu faire passer l'entretien technique à M. Thomas Petit {day('fr', s)} à {fr_h(s)} ? Je t'envoie son CV dans la journée.\n\nMerci,\nMathieu\n",
    )
    s = at("es", 5, 28, 17)
    text(
        f,
        "es_podrias_entrevistar",
        "es",
        "compañera: ¿podrías entrevistar a una candidata?",
        start=s,
        sender=("Sara Iglesias", "sara.iglesias@meseta.example"),
        subject="¿Entrevistas a Elena Navarro?",
        body=f"Hola Alex,\n\n¿podrías entrevistar a Elena Navarro el {day('es', s)} a las {hm(s)}? Es para la vacante de analista; yo no llego.\n\nGracias,\nSara\n",
    )
    s = at("it", 5, 26, 14, 30)
    text(
        f,
        "it_riusciresti_fare_colloquio",
        "it",
        "collega: riusciresti a fare il colloquio tecnico con una candidata?",
        start=s,
        sender=("Davide Moretti", "davide.moretti@lagunasoft.example"),
        subject="Colloquio tecnico Sara Conti",
        body=f"Ciao Alex,\n\nriusciresti a fare il colloquio tecnico con Sara Conti {day('it', s)} alle {hm(s)}? Io sono fuori sede quel giorno.\n\nGrazie,\nDavide\n",
    )
    s = at("sv", 5, 29, 9, 30)
    text(
        f,
        "sv_kan_du_halla_i_intervjun",
        "sv",
        "kollega: kan du hålla i intervjun med en kandidat?",
        start=s,
        sender=("Linnea Dahl", "linnea.dahl@skargard.example"),
        subject="Intervju med Erik Sandberg",
        body=f"Hej Alex!\n\nKan du hålla i intervjun med Erik Sandberg {day('sv', s)} kl. {hm(s)}? Jag är bortrest.\n\nTack!\nLinnea\n",
    )
    s = at("pt-BR", 6, 1, 15)
    text(
        f,
        "ptbr_voce_pode_entrevistar",
        "pt-BR",
        "colega: você pode entrevistar o candidato?",
        start=s,
        sender=("Thiago Ramos", "thiago.ramos@cerrado-dados.example"),
        subject="Entrevista com o Gustavo Alves",
        body=f"Oi Alex,\n\nvocê pode entrevistar o Gustavo Alves na {day('pt-BR', s)}, às {s.hour}h? É para a vaga de dados; eu estarei de férias.\n\nValeu!\nThiago\n",
    )
    # controls: the interviewer invites the candidate
    s = at("en", 5, 21, 15)
    text(
        f,
        "en_control_would_like_to_interview_you",
        "en",
        "control: the CTO would like to interview the reader",
        start=s,
        positive=True,
        sender=("Grace Okafor", "grace.okafor@tidewater.example"),
        subject="Interview with Tidewater",
        body=f"Hi Alex,\n\nKenji Watanabe, our CTO, would like to interview you on {day('en', s)} at {hm(s)}. It'll be an hour at our office on Quay Street. Could you make it?\n\nBest,\nGrace Okafor\nTalent Partner, Tidewater\n",
    )
    s = at("de", 5, 25, 11)
    text(
        f,
        "de_control_fachgespraech_mit_ihnen",
        "de",
        "Kontrolle: die Teamleiterin möchte das Fachgespräch mit dem Leser führen",
        start=s,
        positive=True,
        sender=("Nina Hartmann", "nina.hartmann@isar-medtech.example"),
        subject="Einladung zum Fachgespräch",
        body=f"Hallo Herr Morgan,\n\nFrau Sophie Wagner, unsere Teamleiterin, möchte das Fachgespräch mit Ihnen am {day('de', s)} um {hm(s)} Uhr führen. Bitte bestätigen Sie mir den Termin kurz.\n\nViele Grüße\nNina Hartmann\nIsar Medtech\n",
    )


BUILDS = [agencyslot, clientreply, hmteam, brief, candday, panelask]


def provenance() -> str:
    lines = [
        "# clientside45: mail between the hiring side about a candidate's interview",
        "",
        "Rendered by build_clientside45.py. The reader, Alex Morgan, is a client, a hiring "
        "manager, an agency recruiter or an office manager in the negatives and the candidate in "
        "the controls. All prose is ours, written the way recruiters and hiring managers write "
        "(no software template); people, companies and domains are made up.",
        "",
        "Labels were written from the datetimes the text is rendered from, before the parser was run "
        f"on any message. Held out (seeded coin 'clientside45 coin', 2 of {len(FAMILIES)}): "
        + ", ".join(sorted(HELD))
        + ".",
        "",
        "## Families",
        "",
    ]
    for name, what in FAMILIES.items():
        items = [c for c in CASES if c.family == name]
        lines.append(
            f"- **{name}** ({len(items)} messages, {'heldout' if name in HELD else 'dev'}): {what}"
        )
    lines += ["", "## Figures", "", FIGURES, "", "## Dev files", ""]
    lines += pp.file_rows([c for c in CASES if c.split == "dev"])
    return "\n".join(lines) + "\n"


FIGURES = (
    "First sight (main at f60eef3e plus this batch, before any parser change): dev 40 files "
    "(10 text invitations with the right start 10/10, all sure; 30 look-alikes, 14 claimed: 5 "
    "of hmteam45's requests to fetch the candidate from reception, 4 of brief45's briefings "
    "(es, pl, sv, ja), 3 of panelask45's requests to run an interview (de, pt-BR, sv), 2 of "
    "clientreply45's answers to the agency (de, ja)); held out 21 files (6 text invitations 6/6, "
    "3 sure; 15 look-alikes, 3 claimed).\n\nAfter the clientside45 changes (a third person "
    "fetched from reception, the reader asked to run someone's interview or to pass the slot "
    "on to a third person, Japanese 候補者の / ご紹介いただいた…様): dev 10/10 invitations, all "
    "sure; 3 of 30 look-alikes claimed (brief45 es, pl, sv: 'your interview is with <name>', CV "
    "attached); held out unchanged: 6/6 invitations, 3 of 15 look-alikes claimed."
)


def main() -> int:
    for build in BUILDS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-clientside45.md", provenance())
    dev = sum(c.split == "dev" for c in CASES)
    print(
        f"{len(CASES)} messages ({dev} dev, {len(CASES) - dev} held out) in {len(FAMILIES)} families; held out: {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
