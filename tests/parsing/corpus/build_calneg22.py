# ruff: noqa: E501  (one calendar or mail line per source line reads better than split strings)
"""Write the calneg22 batch: more calendar-bearing mail that is not the reader's interview.

Run: .venv/bin/python tests/parsing/corpus/build_calneg22.py

Follows calneg21 (same `mk` helper, same label rules): localized webinar and event
registrations published as .ics (Zoom Webinar, Livestorm, ON24, Luma, Teams webinar,
ClickMeeting, Eventbrite, Meetup shapes), deadlines saved as events, meetings at the reader's
current job, courses, school and club events, medical and government bookings, itineraries and
holiday blocks, in it, sv, pl, tr, nl, pt, ja, ko, zh, de, fr, es. About one mail in three is a
real interview invitation from the same kind of producer (the controls). See
PROVENANCE-calneg22.md. The script only deletes or writes files of its own families (SPLITS).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("c21", HERE / "build_calneg21.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["c21"] = module
    spec.loader.exec_module(module)
    return module


c21 = _load()
cp, c17 = c21.cp, c21.c17
at, d = cp.at, c21.d
cp.RULES.update(
    {"Europe/Istanbul": ("+0300", None, None, None), "Asia/Seoul": ("+0900", None, None, None)}
)
c21.WINDOWS.update(
    {
        "Europe/Rome": "W. Europe Standard Time",
        "Europe/Stockholm": "W. Europe Standard Time",
        "Europe/Lisbon": "GMT Standard Time",
    }
)
OUTLOOK, EXCHANGE, GOOGLE = c21.OUTLOOK, c21.EXCHANGE, c21.GOOGLE

SPLITS = {
    "webreg22": "dev",
    "platform22": "dev",
    "caldue22": "dev",
    "booking22": "dev",
    "teamcal22": "dev",
    "course22": "dev",
    "club22": "dev",
    "travel22": "heldout",
    "oofhol22": "heldout",
    "eventreg22": "heldout",
    "govappt22": "heldout",
}
LICENSE = "structure only; all text, people and identifiers written for this corpus"
TEMPLATE = {
    "webreg22": "Zoom Webinar, ClickMeeting and Livestorm-style localized registration confirmations "
    "with a PUBLISH .ics (it, sv, pl, tr); layout recalled, wording ours",
    "platform22": "Luma, Livestorm, ON24 and Teams-webinar registration mail with an .ics (en, fr, de, "
    "es); layout recalled, wording ours",
    "caldue22": "work-sample, assignment and test deadlines sent as all-day or zero-length events "
    "(sv, nl, pt, ja); wording ours",
    "booking22": "GP, dentist, hospital and clinic booking confirmations with an .ics (nl, pt, tr, ko); "
    "wording ours",
    "teamcal22": "Outlook / Google REQUESTs for meetings at the reader's current job (it, sv, pl, ja, "
    "zh); wording ours",
    "course22": "course, lesson and training-session bookings with an .ics (de, es, ko); wording ours",
    "club22": "sports-club, choir and school-association events with an .ics (sv, nl, pl); wording ours",
    "travel22": "itineraries with an .ics; wording ours",
    "oofhol22": "holiday and out-of-office blocks; wording ours",
    "eventreg22": "event-platform registrations; wording ours",
    "govappt22": "public-office bookings; wording ours",
}
CANONICAL = {
    "W. Europe Standard Time": "Europe/Berlin",
    "GMT Standard Time": "Europe/London",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "Eastern Standard Time": "America/New_York",
}
ZOOMP = "-//zoom.us//iCalendar Event//EN"


def pub(
    fam: str,
    name: str,
    lang: str,
    note: str,
    s: datetime,
    mins: int,
    summary: str,
    sender: str,
    subject: str,
    text: str,
    *,
    prodid: str = "-//Booking//Calendar//EN",
    kind: str = "not_invitation",
    method: str = "PUBLISH",
    layout: str = "attach",
    tz: str = "iana",
    more: tuple[str, ...] = (),
) -> None:
    """A timed event mailed as an .ics (published unless `method` says otherwise)."""
    c21.mk(
        fam,
        name,
        kind,
        lang,
        note,
        s=s,
        e=s + timedelta(minutes=mins),
        tz=tz,
        summary=summary,
        method=method,
        prodid=prodid,
        sender=sender,
        subject=subject,
        text=text,
        layout=layout,
        html=layout != "alt",
        more=more,
    )


def req(
    fam: str,
    name: str,
    lang: str,
    note: str,
    s: datetime,
    mins: int,
    summary: str,
    sender: str,
    subject: str,
    text: str,
    *,
    kind: str = "not_invitation",
    google: bool = False,
) -> None:
    """An Outlook (Windows TZID) or Google (UTC) REQUEST. An Outlook file names only the Windows
    zone, so the label names that zone's canonical IANA zone (CLDR windowsZones, territory 001)."""
    if not google:
        s = s.astimezone(ZoneInfo(CANONICAL[c21.WINDOWS[str(s.tzinfo)]]))
    c21.mk(
        fam,
        name,
        kind,
        lang,
        note,
        s=s,
        e=s + timedelta(minutes=mins),
        tz="utc" if google else "win",
        summary=summary,
        method="REQUEST",
        prodid=GOOGLE if google else OUTLOOK,
        sender=sender,
        subject=subject,
        text=text,
        layout="google" if google else "alt",
        html=True,
    )


def allday(
    fam: str,
    name: str,
    lang: str,
    note: str,
    day: tuple[int, int, int],
    summary: str,
    sender: str,
    subject: str,
    text: str,
    *,
    days: int = 1,
    more: tuple[str, ...] = ("TRANSP:TRANSPARENT",),
    method: str = "PUBLISH",
) -> None:
    """A DATE-valued event (deadline, holiday) mailed as an .ics."""
    s = d(*day)
    c21.mk(
        fam,
        name,
        "not_invitation",
        lang,
        note,
        s=s,
        e=s + timedelta(days=days),
        tz="date",
        summary=summary,
        method=method,
        prodid="-//Hiring//Calendar//EN",
        sender=sender,
        subject=subject,
        text=text,
        layout="attach",
        html=True,
        more=more,
    )


# ------------------------------------------------------------------------------ webreg22
def webreg22() -> None:
    f = "webreg22"
    z = "Europe/Rome"
    pub(
        f,
        "zoom_webinar_iscritto_it",
        "it",
        "Look-alike: Zoom-Webinar-style Italian registration for a free CV webinar ('iscritto al webinar gratuito'), PUBLISH .ics.",
        at(2027, 3, 16, 18, 30, z),
        60,
        "Webinar: il CV che supera i filtri",
        "Scuola Carriere <no-reply@zoom.example>",
        "Conferma di iscrizione: il CV che supera i filtri",
        "Ciao Candidate,\n\ngrazie per esserti iscritto al webinar gratuito «Il CV che supera i filtri».\n\nData e ora: 16 mar 2027 06:30 PM Roma\n\nPartecipa da PC, Mac, iPad o Android: https://zoom.example/w/99120?tk=it7\nPasscode: 551903\n\nAggiungi al calendario: file .ics allegato.\n\nPuoi annullare la tua iscrizione in qualsiasi momento.\n",
        prodid=ZOOMP,
    )
    z = "Europe/Stockholm"
    pub(
        f,
        "livestorm_anmald_sv",
        "sv",
        "Look-alike: Swedish Livestorm-style confirmation that the reader is registered for a webinar on LinkedIn profiles.",
        at(2027, 4, 8, 12, 0, z),
        45,
        "Webbinarium: Så syns du för rekryterare",
        "Jobbspåret via Livestorm <no-reply@livestorm.example>",
        "Du är anmäld: Så syns du för rekryterare",
        "Hej Candidate!\n\nDu är nu anmäld till webbinariet ”Så syns du för rekryterare”.\n\nTorsdag 8 april 2027, 12:00–12:45 (Stockholm)\n\nLänk till sändningen: https://app.livestorm.example/jobbsparet/sa-syns-du/live\n\nLägg till i kalendern med den bifogade filen. Vi skickar en påminnelse en timme innan.\n",
        prodid="-//Livestorm//Event//SV",
    )
    z = "Europe/Warsaw"
    pub(
        f,
        "clickmeeting_rejestracja_pl",
        "pl",
        "Look-alike: Polish webinar registration (ClickMeeting-style) on preparing for job interviews; the word 'rozmowa' appears in the title.",
        at(2027, 5, 19, 19, 0, z),
        90,
        "Webinar: Jak przygotować się do rozmowy kwalifikacyjnej",
        "Akademia Kariery <powiadomienia@clickmeeting.example>",
        "Potwierdzenie rejestracji na webinar",
        "Dzień dobry,\n\ndziękujemy za rejestrację na webinar „Jak przygotować się do rozmowy kwalifikacyjnej”.\n\nTermin: 19 maja 2027, godz. 19:00 (czas warszawski)\nLink do pokoju: https://akademia.clickmeeting.example/rozmowa-webinar\n\nDodaj wydarzenie do kalendarza – plik w załączniku.\n\nDo zobaczenia online!\nZespół Akademii Kariery\n",
        prodid="-//ClickMeeting//Webinar//PL",
    )
    z = "Europe/Istanbul"
    pub(
        f,
        "zoom_kayit_tr",
        "tr",
        "Look-alike: Turkish Zoom-Webinar-style registration for a careers webinar ('webinara kaydınız alınmıştır').",
        at(2027, 2, 25, 20, 0, z),
        60,
        "Web semineri: Yeni mezunlar için kariyer planlama",
        "Kariyer Kulübü <no-reply@zoom.example>",
        "Kayıt onayı: Yeni mezunlar için kariyer planlama",
        "Merhaba Candidate,\n\nWeb seminerine kaydınız alınmıştır: “Yeni mezunlar için kariyer planlama”.\n\nTarih ve saat: 25 Şub 2027 20:00 İstanbul\n\nKatılmak için: https://zoom.example/w/77120?tk=tr2\nŞifre: 318744\n\nTakviminize eklemek için ekteki .ics dosyasını kullanın.\n",
        prodid=ZOOMP,
    )
    z = "Europe/Rome"
    pub(
        f,
        "zoom_colloquio_it",
        "it",
        "Control: the employer's recruiter sends a Zoom meeting .ics for the reader's job interview (Italian).",
        at(2027, 3, 23, 10, 0, z),
        45,
        "Colloquio conoscitivo – Candidate / Ferraretti Srl",
        "Giulia Conti <giulia.conti@ferraretti.example>",
        "Colloquio conoscitivo – Ferraretti Srl",
        "Gentile Candidate,\n\nla ringraziamo per la candidatura alla posizione di Analista dati. Le confermo il colloquio conoscitivo con me e con il responsabile del team martedì 23 marzo 2027 alle 10:00 su Zoom.\n\nLink: https://zoom.example/j/81120055?pwd=fr1\n\nIn allegato l'invito per il calendario.\n\nCordiali saluti,\nGiulia Conti\nUfficio Risorse Umane\n",
        kind="invitation",
        method="REQUEST",
        prodid=ZOOMP,
    )
    z = "Europe/Warsaw"
    req(
        f,
        "teams_rozmowa_pl",
        "pl",
        "Control: Outlook REQUEST from an employer for the reader's job interview on Teams (Polish).",
        at(2027, 5, 26, 11, 0, z),
        60,
        "Rozmowa kwalifikacyjna – Specjalista ds. logistyki",
        "Marta Nowicka <m.nowicka@transwisla.example>",
        "Rozmowa kwalifikacyjna – Specjalista ds. logistyki",
        "Dzień dobry Pani/Panie Candidate,\n\ndziękujemy za przesłanie aplikacji. Zapraszam na rozmowę kwalifikacyjną na stanowisko Specjalista ds. logistyki w środę 26 maja o 11:00 przez Microsoft Teams.\n\nPozdrawiam\nMarta Nowicka\nDział HR"
        + c21.teams_block("https://teams.example/l/meetup-join/19%3ameeting_PL26"),
        kind="invitation",
    )


# ------------------------------------------------------------------------------ platform22
def platform22() -> None:
    f = "platform22"
    z = "America/New_York"
    pub(
        f,
        "luma_registered_en",
        "en",
        "Look-alike: Luma-style 'You're registered' mail for a product-design meetup, .ics attached.",
        at(2027, 4, 14, 18, 30, z),
        150,
        "Design Systems Night NYC",
        "Luma <calendar@luma-mail.example>",
        "You're registered for Design Systems Night NYC",
        "Hi Candidate,\n\nYou're registered for Design Systems Night NYC, hosted by Gridline Collective.\n\nWednesday, April 14 · 6:30 PM – 9:00 PM EDT\n110 Water St, 4th floor\n\nAdd to Calendar: the attached invite.ics\nYour ticket: https://lu.example/t/9x7\n\nCan't make it? Let the host know by cancelling your registration.\n",
        prodid="-//Luma//Event//EN",
    )
    z = "Europe/Paris"
    pub(
        f,
        "livestorm_inscription_fr",
        "fr",
        "Look-alike: French Livestorm-style confirmation 'Votre inscription est confirmée' for a recruiting-trends webinar.",
        at(2027, 3, 18, 11, 0, z),
        60,
        "Les tendances du recrutement 2027",
        "TalentLab via Livestorm <no-reply@livestorm.example>",
        "Votre inscription est confirmée : Les tendances du recrutement 2027",
        "Bonjour Candidate,\n\nVotre inscription est confirmée pour l'événement « Les tendances du recrutement 2027 ».\n\nJeudi 18 mars 2027, 11:00 – 12:00 (Paris)\n\nRejoindre l'événement : https://app.livestorm.example/talentlab/tendances-2027/live\n\nAjoutez l'événement à votre agenda grâce au fichier joint.\n",
        prodid="-//Livestorm//Event//FR",
    )
    z = "Europe/Berlin"
    pub(
        f,
        "on24_anmeldung_de",
        "de",
        "Look-alike: ON24-style German registration confirmation for an employer-branding webcast.",
        at(2027, 6, 3, 15, 0, z),
        60,
        "Webcast: Arbeiten in der Energiewende",
        "Nordstrom Energie Events <events@on24.example>",
        "Vielen Dank für Ihre Registrierung",
        "Sehr geehrte/r Candidate,\n\nvielen Dank für Ihre Registrierung zum Webcast „Arbeiten in der Energiewende“.\n\nDatum: Donnerstag, 3. Juni 2027\nUhrzeit: 15:00 MESZ\n\nÜber diesen Link gelangen Sie zum Webcast: https://event.on24.example/wcc/r/44120/ABCD\n\nTermin zum Kalender hinzufügen: siehe Anhang (.ics).\n",
        prodid="-//ON24//Webcast//DE",
    )
    z = "Europe/Madrid"
    pub(
        f,
        "teams_webinar_registro_es",
        "es",
        "Look-alike: Teams-webinar-style Spanish registration ('Gracias por registrarte') with a published .ics.",
        at(2027, 5, 11, 17, 0, z),
        60,
        "Seminario web: Primer empleo en datos",
        "Comunidad DatosES <noreply@teams-events.example>",
        "Gracias por registrarte en Seminario web: Primer empleo en datos",
        "Hola, Candidate:\n\nGracias por registrarte en «Primer empleo en datos».\n\nmartes, 11 de mayo de 2027, 17:00 – 18:00 (Madrid)\n\nUnirse al seminario web: https://teams.example/l/webinar/9912\n\nAgregar al calendario: archivo adjunto.\n",
        prodid="-//Microsoft Teams//Webinar//ES",
    )
    z = "Europe/Paris"
    req(
        f,
        "teams_entretien_fr",
        "fr",
        "Control: an employer's Outlook REQUEST for the reader's interview on Teams (French).",
        at(2027, 3, 25, 14, 30, z),
        45,
        "Entretien – Chargé(e) de communication",
        "Hélène Marchal <h.marchal@verdanis.example>",
        "Entretien – Chargé(e) de communication",
        "Bonjour Candidate,\n\nsuite à votre candidature, je vous propose un entretien pour le poste de chargé(e) de communication le jeudi 25 mars à 14h30, en visio.\n\nBien cordialement,\nHélène Marchal\nRessources humaines"
        + c21.teams_block("https://teams.example/l/meetup-join/19%3ameeting_FR25"),
        kind="invitation",
    )
    z = "Europe/Madrid"
    req(
        f,
        "google_entrevista_es",
        "es",
        "Control: Google Calendar REQUEST for the reader's interview (Spanish UI text).",
        at(2027, 5, 13, 9, 30, z),
        45,
        "Entrevista – Desarrollador/a backend",
        "Lucía Ferrer <lucia.ferrer@nubaria.example>",
        "Invitación: Entrevista – Desarrollador/a backend @ jue 13 may 2027 9:30 - 10:15 (CEST) (candidate@inbox.example)",
        "Has recibido una invitación para el siguiente evento.\n\nEntrevista – Desarrollador/a backend\nCuándo: jueves 13 may 2027 9:30 – 10:15 Hora de verano de Europa central - Madrid\nUnirse con Google Meet: https://meet.example/abc-defg-hij\nInvitados:\n* lucia.ferrer@nubaria.example - organizador\n* candidate@inbox.example\n\nHola Candidate, te esperamos para la entrevista técnica del puesto.\n\n¿Asistirás? Sí - Quizás - No\n\nInvitación de Google Calendar\n",
        kind="invitation",
        google=True,
    )


# ------------------------------------------------------------------------------ caldue22
def caldue22() -> None:
    f = "caldue22"
    allday(
        f,
        "arbetsprov_senast_sv",
        "sv",
        "Look-alike: Swedish work-sample deadline ('skicka in ... senast 30 juni') as an all-day PUBLISH event.",
        (2027, 6, 30),
        "Arbetsprov – sista dag",
        "Rekrytering Solvik <rekrytering@solvik.example>",
        "Arbetsprov: sista dag 30 juni",
        "Hej Candidate!\n\nTack för ditt intresse. Skicka in ditt arbetsprov senast den 30 juni via länken i rekryteringsportalen. Vi har bifogat en påminnelse till din kalender.\n\nVänliga hälsningar\nRekryteringsteamet, Solvik\n",
    )
    allday(
        f,
        "opdracht_uiterlijk_nl",
        "nl",
        "Look-alike: Dutch case assignment to hand in 'uiterlijk vrijdag' as an all-day event.",
        (2027, 4, 9),
        "Deadline case-opdracht Vandermolen",
        "Vandermolen Recruitment <werken@vandermolen.example>",
        "Je case-opdracht – inleveren uiterlijk 9 april",
        "Beste Candidate,\n\nIn de bijlage vind je de case-opdracht. Lever je uitwerking uiterlijk vrijdag 9 april 2027 in via het sollicitatieportaal. Het bijgevoegde agenda-item helpt je de datum te onthouden.\n\nMet vriendelijke groet,\nTeam Recruitment Vandermolen\n",
    )
    z = "America/Sao_Paulo"
    pub(
        f,
        "prazo_teste_ptbr",
        "pt-BR",
        "Look-alike: Brazilian online-test window closing at 23:59, sent as a zero-length timed event.",
        at(2027, 3, 31, 23, 59, z),
        0,
        "Prazo final: teste online Banco Aurora",
        "Talentos Banco Aurora <talentos@bancoaurora.example>",
        "Seu teste online – prazo até 31/03",
        "Olá, Candidate!\n\nVocê tem até 31 de março às 23h59 (horário de Brasília) para concluir o teste online do programa de estágio. O link é pessoal: https://testes.bancoaurora.example/t/88A1\n\nAdicionamos o prazo ao seu calendário.\n\nEquipe de Talentos\n",
        prodid="-//Banco Aurora//Selecao//PT",
    )
    allday(
        f,
        "kadai_shimekiri_ja",
        "ja",
        "Look-alike: Japanese entry-sheet/assignment submission deadline (提出締切) as an all-day event.",
        (2027, 5, 20),
        "【締切】課題提出 – 明星システム",
        "明星システム 採用担当 <saiyo@meisei-sys.example>",
        "課題提出締切のご案内",
        "Candidate 様\n\nこの度はご応募いただきありがとうございます。\n課題の提出締切は 2027年5月20日（木）23:59 です。マイページからご提出ください。\nカレンダー登録用のファイルを添付しております。\n\n明星システム株式会社 採用担当\n",
    )
    z = "Europe/Stockholm"
    req(
        f,
        "intervju_sv",
        "sv",
        "Control: after the work sample, an Outlook REQUEST for the reader's interview (Swedish).",
        at(2027, 7, 6, 13, 0, z),
        60,
        "Intervju – Candidate / Solvik",
        "Elin Berg <elin.berg@solvik.example>",
        "Intervju hos Solvik",
        "Hej Candidate,\n\ntack för ditt arbetsprov! Vi vill gärna träffa dig på en intervju tisdag 6 juli kl. 13.00 på vårt kontor, Sveavägen 44.\n\nVälkommen!\nElin Berg\nHR, Solvik\n",
        kind="invitation",
    )
    z = "Asia/Tokyo"
    pub(
        f,
        "mensetsu_ja",
        "ja",
        "Control: a Japanese employer's REQUEST for the reader's first interview (一次面接), Asia/Tokyo.",
        at(2027, 6, 2, 14, 0, z),
        60,
        "一次面接 – 明星システム",
        "明星システム 採用担当 <saiyo@meisei-sys.example>",
        "一次面接のご案内",
        "Candidate 様\n\n課題のご提出ありがとうございました。\n一次面接を下記の日程で実施いたします。\n\n日時：2027年6月2日（水）14:00〜15:00\n場所：オンライン（Zoom）https://zoom.example/j/552001\n\n当日はよろしくお願いいたします。\n\n明星システム株式会社 採用担当\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid=ZOOMP,
    )


# ------------------------------------------------------------------------------ booking22
def booking22() -> None:
    f = "booking22"
    z = "Europe/Amsterdam"
    pub(
        f,
        "huisarts_afspraak_nl",
        "nl",
        "Look-alike: Dutch GP practice booking confirmation ('Uw afspraak is bevestigd') with an .ics.",
        at(2027, 2, 17, 8, 40, z),
        10,
        "Afspraak huisarts dr. Visser",
        "Huisartsenpraktijk De Linde <noreply@delinde-zorg.example>",
        "Bevestiging van uw afspraak",
        "Beste Candidate,\n\nUw afspraak is bevestigd.\n\nWanneer: woensdag 17 februari 2027 om 08:40\nBij: dr. M. Visser\nWaar: Lindelaan 12, Utrecht\n\nKunt u niet komen? Zeg uw afspraak dan uiterlijk 24 uur van tevoren af.\n",
        prodid="-//Zorgplanner//Afspraak//NL",
    )
    z = "Europe/Lisbon"
    pub(
        f,
        "consulta_marcada_pt",
        "pt",
        "Look-alike: Portuguese clinic appointment ('A sua consulta está marcada') with an .ics.",
        at(2027, 3, 9, 15, 20, z),
        20,
        "Consulta de dermatologia",
        "Clínica Atlântico <marcacoes@clinicaatlantico.example>",
        "Confirmação de marcação",
        "Olá Candidate,\n\nA sua consulta de dermatologia está marcada para terça-feira, 9 de março de 2027, às 15:20, com a Dra. Inês Lobo.\n\nMorada: Av. da Liberdade 90, Lisboa. Chegue 10 minutos antes.\n\nPara desmarcar, responda a este e-mail.\n",
        prodid="-//Clinica//Marcacoes//PT",
    )
    z = "Europe/Istanbul"
    pub(
        f,
        "hastane_randevu_tr",
        "tr",
        "Look-alike: Turkish hospital appointment (hastane randevusu) confirmation with an .ics.",
        at(2027, 4, 6, 10, 15, z),
        15,
        "Randevu: Göz Hastalıkları",
        "Şifa Hastanesi <randevu@sifahastanesi.example>",
        "Randevunuz oluşturuldu",
        "Sayın Candidate,\n\nRandevunuz oluşturulmuştur.\n\nPoliklinik: Göz Hastalıkları\nHekim: Op. Dr. Selin Aydın\nTarih: 06.04.2027 10:15\n\nLütfen randevu saatinden 15 dakika önce kayıt bankosunda olunuz.\n",
        prodid="-//Sifa//Randevu//TR",
    )
    z = "Asia/Seoul"
    pub(
        f,
        "byeongwon_yeyak_ko",
        "ko",
        "Look-alike: Korean dental clinic booking confirmation (예약 확정) with an .ics.",
        at(2027, 5, 12, 19, 0, z),
        30,
        "치과 정기검진 예약",
        "미소치과 <noreply@misodental.example>",
        "[미소치과] 예약이 확정되었습니다",
        "Candidate 님, 안녕하세요.\n\n예약이 확정되었습니다.\n\n일시: 2027년 5월 12일 (수) 오후 7:00\n진료: 정기검진 및 스케일링\n위치: 서울 마포구 월드컵로 21, 3층\n\n예약 변경은 하루 전까지 전화로 부탁드립니다.\n",
        prodid="-//Miso//Booking//KO",
    )
    z = "Europe/Amsterdam"
    pub(
        f,
        "sollicitatie_planner_nl",
        "nl",
        "Control: a care home uses its booking tool to confirm the reader's job interview (sollicitatiegesprek).",
        at(2027, 2, 23, 14, 0, z),
        45,
        "Sollicitatiegesprek verpleegkundige – De Linde",
        "Zorggroep De Linde <noreply@delinde-zorg.example>",
        "Bevestiging sollicitatiegesprek",
        "Beste Candidate,\n\nBedankt voor je sollicitatie als verpleegkundige. Hierbij bevestigen we je sollicitatiegesprek op dinsdag 23 februari 2027 om 14:00 met Anouk Smit (teamleider) op locatie Lindelaan 14, Utrecht.\n\nNeem een geldig legitimatiebewijs mee.\n\nMet vriendelijke groet,\nHR Zorggroep De Linde\n",
        kind="invitation",
        prodid="-//Zorgplanner//Afspraak//NL",
    )
    z = "Europe/Istanbul"
    pub(
        f,
        "mulakat_tr",
        "tr",
        "Control: a Turkish hospital's HR confirms the reader's job interview (iş görüşmesi / mülakat) with an .ics.",
        at(2027, 4, 13, 11, 0, z),
        60,
        "İş görüşmesi – Tıbbi Sekreter",
        "Şifa Hastanesi İK <ik@sifahastanesi.example>",
        "Mülakat daveti",
        "Sayın Candidate,\n\nTıbbi Sekreter pozisyonu için yaptığınız başvuru değerlendirilmiştir. Sizi 13.04.2027 Salı günü saat 11:00'de hastanemizin İnsan Kaynakları biriminde yüz yüze iş görüşmesine davet ediyoruz.\n\nSaygılarımızla,\nİnsan Kaynakları\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid="-//Sifa//IK//TR",
    )


# ------------------------------------------------------------------------------ teamcal22
def teamcal22() -> None:
    f = "teamcal22"
    z = "Europe/Rome"
    req(
        f,
        "riunione_reparto_it",
        "it",
        "Look-alike: Outlook REQUEST for a department meeting at the reader's current job (Italian).",
        at(2027, 3, 4, 9, 30, z),
        60,
        "Riunione di reparto – budget Q2",
        "Paolo Greco <paolo.greco@lattefresco.example>",
        "Riunione di reparto – budget Q2",
        "Ciao a tutti,\n\nci vediamo giovedì per chiudere il budget del secondo trimestre e la pianificazione delle ferie. Portate i numeri aggiornati.\n\nGrazie,\nPaolo\n",
    )
    z = "Europe/Stockholm"
    req(
        f,
        "avdelningsmote_sv",
        "sv",
        "Look-alike: Outlook REQUEST for a monthly department meeting (avdelningsmöte) at the current job.",
        at(2027, 4, 7, 10, 0, z),
        60,
        "Avdelningsmöte april",
        "Karin Lund <karin.lund@norrbyggen.example>",
        "Avdelningsmöte april",
        "Hej alla,\n\nmånadens avdelningsmöte: läget i projekten, semesterplanering och fika. Agendan finns i Teams-kanalen.\n\n/Karin\n",
    )
    z = "Europe/Warsaw"
    req(
        f,
        "spotkanie_zespolu_pl",
        "pl",
        "Look-alike: Google Calendar REQUEST for a weekly team meeting at the current job (Polish UI).",
        at(2027, 5, 10, 9, 0, z),
        30,
        "Cotygodniowe spotkanie zespołu",
        "Tomasz Wójcik <tomasz.wojcik@kodwisla.example>",
        "Zaproszenie: Cotygodniowe spotkanie zespołu @ pon 10 maj 2027 09:00 - 09:30 (CEST) (candidate@inbox.example)",
        "Zaproszono Cię na to wydarzenie.\n\nCotygodniowe spotkanie zespołu\nKiedy: poniedziałek 10 maj 2027 09:00 – 09:30 Czas środkowoeuropejski letni - Warszawa\nGoście:\n* tomasz.wojcik@kodwisla.example - organizator\n* candidate@inbox.example\n\nStatus zadań, blokery, plan na tydzień.\n\nWeźmiesz udział? Tak - Może - Nie\n\nZaproszenie z Kalendarza Google\n",
        google=True,
    )
    z = "Asia/Tokyo"
    req(
        f,
        "teireikai_ja",
        "ja",
        "Look-alike: Google Calendar REQUEST for a weekly team meeting (定例会議) at the current job, Japanese UI.",
        at(2027, 6, 14, 10, 0, z),
        60,
        "営業部 定例会議",
        "佐藤 健 <k.sato@hikari-trade.example>",
        "招待: 営業部 定例会議 @ 2027年6月14日(月) 10:00～11:00 (JST) (candidate@inbox.example)",
        "次の予定に招待されています。\n\n営業部 定例会議\n日時: 2027年6月14日(月) 10:00～11:00 日本標準時\n参加者:\n* k.sato@hikari-trade.example - 主催者\n* candidate@inbox.example\n\n今週の案件進捗と来月の展示会準備について。\n\n参加しますか？ はい - 未定 - いいえ\n\nGoogle カレンダーからの招待状\n",
        google=True,
    )
    z = "Asia/Shanghai"
    req(
        f,
        "zhouhui_zh",
        "zh-CN",
        "Look-alike: Outlook REQUEST for the weekly project meeting (项目周会) at the current job, Chinese.",
        at(2027, 3, 15, 14, 0, z),
        60,
        "项目周会",
        "王磊 <wang.lei@hengyuan.example>",
        "项目周会",
        "各位好，\n\n本周项目周会照常进行，请各组同步进度和风险，会议纪要会发到群里。\n\n王磊\n",
        google=True,
    )
    z = "Europe/Rome"
    req(
        f,
        "colloquio_outlook_it",
        "it",
        "Control: another company's Outlook REQUEST for the reader's job interview (Italian).",
        at(2027, 3, 10, 15, 0, z),
        60,
        "Colloquio – Controller junior",
        "Sara Bianchi <s.bianchi@artemisia-spa.example>",
        "Colloquio – Controller junior",
        "Gentile Candidate,\n\nla ringraziamo per l'interesse verso Artemisia. La invitiamo a un colloquio per la posizione di Controller junior mercoledì 10 marzo alle 15:00 presso la nostra sede di Via Tortona 31, Milano.\n\nCordiali saluti,\nSara Bianchi\nHR Artemisia\n",
        kind="invitation",
    )
    z = "Asia/Shanghai"
    req(
        f,
        "mianshi_zh",
        "zh-CN",
        "Control: Google Calendar REQUEST for the reader's second-round interview (二面), Chinese.",
        at(2027, 3, 18, 15, 0, z),
        60,
        "二面 – 数据分析师 – Candidate",
        "李静 <li.jing@qiancheng-tech.example>",
        "邀请: 二面 – 数据分析师 @ 2027年3月18日 15:00 - 16:00 (CST) (candidate@inbox.example)",
        "您已受邀参加以下活动。\n\n二面 – 数据分析师 – Candidate\n时间: 2027年3月18日 15:00 – 16:00 中国标准时间\n参加者:\n* li.jing@qiancheng-tech.example - 组织者\n* candidate@inbox.example\n\n您好，恭喜通过初面，邀请您参加第二轮面试，面试官为部门负责人。\n\n是否参加？ 是 - 可能 - 否\n\n来自 Google 日历的邀请\n",
        kind="invitation",
        google=True,
    )


# ------------------------------------------------------------------------------ course22
def course22() -> None:
    f = "course22"
    z = "Europe/Berlin"
    pub(
        f,
        "vhs_sprachkurs_de",
        "de",
        "Look-alike: German adult-education (VHS) course booking with the first session as an .ics.",
        at(2027, 9, 7, 18, 0, z),
        90,
        "Spanisch A2 – 1. Kurstermin",
        "Volkshochschule Lindenau <anmeldung@vhs-lindenau.example>",
        "Anmeldebestätigung Kurs 27H-4102",
        "Guten Tag Candidate,\n\nwir bestätigen Ihre Anmeldung zum Kurs „Spanisch A2“ (12 Termine, dienstags 18:00–19:30, Raum 2.14). Den ersten Kurstermin finden Sie im Anhang.\n\nDie Kursgebühr wird vor Kursbeginn abgebucht.\n\nIhre Volkshochschule\n",
        prodid="-//VHS//Kursverwaltung//DE",
    )
    z = "Europe/Madrid"
    pub(
        f,
        "autoescuela_clase_es",
        "es",
        "Look-alike: Spanish driving-school practical lesson booked online, .ics.",
        at(2027, 4, 20, 16, 0, z),
        45,
        "Clase práctica de conducir",
        "Autoescuela Giralda <reservas@autoescuelagiralda.example>",
        "Reserva confirmada: clase práctica",
        "Hola Candidate,\n\ntu clase práctica está reservada para el martes 20 de abril a las 16:00 con el profesor Javier. Punto de encuentro: puerta de la autoescuela.\n\nSi no puedes venir, cancélala con 24 horas de antelación.\n",
        prodid="-//Giralda//Reservas//ES",
    )
    z = "Asia/Seoul"
    pub(
        f,
        "gangui_sincheong_ko",
        "ko",
        "Look-alike: Korean online training course (직무 교육) registration with the first live session as an .ics.",
        at(2027, 6, 8, 20, 0, z),
        120,
        "데이터 분석 실무 과정 1회차 라이브",
        "잡스쿨 <noreply@jobschool.example>",
        "[잡스쿨] 수강 신청이 완료되었습니다",
        "Candidate 님, 수강 신청이 완료되었습니다.\n\n과정명: 데이터 분석 실무 과정\n1회차 라이브: 2027년 6월 8일 (화) 오후 8시\n수강 링크: https://jobschool.example/live/221\n\n첨부된 일정 파일로 캘린더에 추가하세요.\n",
        prodid="-//JobSchool//Course//KO",
    )
    z = "Europe/Berlin"
    req(
        f,
        "vorstellung_outlook_de",
        "de",
        "Control: an employer's Outlook REQUEST for the reader's job interview (Vorstellungsgespräch).",
        at(2027, 9, 14, 10, 0, z),
        60,
        "Vorstellungsgespräch Candidate – Sachbearbeitung Einkauf",
        "Petra Vogt <p.vogt@rheinmetallbau.example>",
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrte/r Candidate,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 14. September, um 10:00 Uhr in unserem Werk, Hafenstraße 8, ein.\n\nMit freundlichen Grüßen\nPetra Vogt\nPersonalabteilung\n",
        kind="invitation",
    )
    z = "Asia/Seoul"
    pub(
        f,
        "myeonjeop_ko",
        "ko",
        "Control: a Korean employer's REQUEST for the reader's video interview (화상 면접).",
        at(2027, 6, 15, 14, 0, z),
        40,
        "1차 화상 면접 – 데이터 분석가",
        "한빛데이터 인사팀 <hr@hanbit-data.example>",
        "[한빛데이터] 1차 면접 일정 안내",
        "Candidate 님, 안녕하세요.\n\n한빛데이터 데이터 분석가 직무에 지원해 주셔서 감사합니다. 1차 화상 면접 일정을 안내드립니다.\n\n일시: 2027년 6월 15일 (화) 오후 2시\n방식: Zoom https://zoom.example/j/77001\n\n감사합니다.\n인사팀 드림\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid=ZOOMP,
    )


# ------------------------------------------------------------------------------ club22
def club22() -> None:
    f = "club22"
    z = "Europe/Stockholm"
    pub(
        f,
        "foraldramote_fotboll_sv",
        "sv",
        "Look-alike: Swedish football club's parents' meeting (föräldramöte) sent from the club app with an .ics.",
        at(2027, 3, 22, 18, 30, z),
        60,
        "Föräldramöte P15",
        "IFK Sjöstad via Klubbappen <noreply@klubbappen.example>",
        "Föräldramöte inför säsongen",
        "Hej föräldrar i P15!\n\nVi träffas i klubbstugan måndag 22 mars kl. 18.30 och går igenom säsongen, cuper och kioskschema.\n\nVälkomna!\nTränarna\n",
        prodid="-//Klubbappen//Event//SV",
    )
    z = "Europe/Amsterdam"
    pub(
        f,
        "ledenvergadering_nl",
        "nl",
        "Look-alike: Dutch sports club's general members' meeting (algemene ledenvergadering) with an .ics.",
        at(2027, 4, 15, 20, 0, z),
        120,
        "Algemene ledenvergadering HC De Meeuwen",
        "Bestuur HC De Meeuwen <bestuur@demeeuwen.example>",
        "Uitnodiging algemene ledenvergadering",
        "Beste leden,\n\nHierbij nodigen we jullie uit voor de algemene ledenvergadering op donderdag 15 april om 20:00 in het clubhuis. Op de agenda: jaarverslag, contributie en de nieuwe kunstgrasvelden.\n\nNamens het bestuur,\nEsther Kok, secretaris\n",
        prodid="-//Clubbeheer//NL",
    )
    z = "Europe/Warsaw"
    pub(
        f,
        "proba_choru_pl",
        "pl",
        "Look-alike: Polish choir's extra rehearsal (próba) before a concert, .ics.",
        at(2027, 5, 29, 10, 0, z),
        180,
        "Próba generalna – koncert czerwcowy",
        "Chór Cantemus <chor@cantemus.example>",
        "Dodatkowa próba przed koncertem",
        "Drodzy chórzyści,\n\nzapraszamy na próbę generalną w sobotę 29 maja o 10:00 w auli szkoły muzycznej. Prosimy o stroje koncertowe.\n\nZarząd chóru\n",
        prodid="-//Cantemus//PL",
    )
    z = "Europe/Amsterdam"
    pub(
        f,
        "trainer_gesprek_nl",
        "nl",
        "Control: a sports club invites the reader (an applicant for its paid coach post) to a job interview.",
        at(2027, 4, 20, 19, 30, z),
        45,
        "Sollicitatiegesprek hoofdtrainer",
        "Bestuur HC De Meeuwen <bestuur@demeeuwen.example>",
        "Uitnodiging sollicitatiegesprek hoofdtrainer",
        "Beste Candidate,\n\nBedankt voor je sollicitatie als hoofdtrainer (betaalde functie, 16 uur). We nodigen je graag uit voor een gesprek met de technische commissie op dinsdag 20 april om 19:30 in het clubhuis.\n\nMet sportieve groet,\nEsther Kok, secretaris\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid="-//Clubbeheer//NL",
    )
    z = "Europe/Stockholm"
    req(
        f,
        "intervju_forening_sv",
        "sv",
        "Control: an association's Google REQUEST for the reader's interview for its office post.",
        at(2027, 3, 30, 16, 0, z),
        45,
        "Intervju kanslist – IFK Sjöstad",
        "Lena Holm <lena.holm@ifksjostad.example>",
        "Inbjudan: Intervju kanslist – IFK Sjöstad @ tis 30 mars 2027 16:00 - 16:45 (CEST) (candidate@inbox.example)",
        "Du har bjudits in till följande händelse.\n\nIntervju kanslist – IFK Sjöstad\nNär: tisdag 30 mars 2027 16:00 – 16:45 Centraleuropeisk sommartid - Stockholm\nGäster:\n* lena.holm@ifksjostad.example - organisatör\n* candidate@inbox.example\n\nHej Candidate! Tack för din ansökan till tjänsten som kanslist, vi ses på kansliet.\n\nKommer du? Ja - Kanske - Nej\n\nInbjudan från Google Kalender\n",
        kind="invitation",
        google=True,
    )


# ------------------------------------------------------------------------------ held out
def travel22() -> None:
    f = "travel22"
    z = "Europe/Rome"
    pub(
        f,
        "treno_it",
        "it",
        "Look-alike: Italian train ticket with the journey as an .ics.",
        at(2027, 5, 3, 7, 35, z),
        175,
        "Frecciarossa 9511 Milano Centrale → Roma Termini",
        "Trenitalia-style biglietti <noreply@treni.example>",
        "Il tuo biglietto PNR X7K2QL",
        "Ciao Candidate,\n\necco il riepilogo del tuo viaggio.\n\nLunedì 3 maggio 2027\nMilano Centrale 07:35 → Roma Termini 10:30\nCarrozza 6, posto 11A\nCodice PNR: X7K2QL\n\nIl biglietto è nominativo. Buon viaggio!\n",
        prodid="-//Treni//Biglietti//IT",
    )
    z = "Europe/Istanbul"
    pub(
        f,
        "ucus_tr",
        "tr",
        "Look-alike: Turkish flight booking with the flight as an .ics.",
        at(2027, 7, 9, 6, 45, z),
        90,
        "Uçuş XQ 2214 İstanbul SAW → İzmir ADB",
        "Göksu Havayolları <bilet@goksu-air.example>",
        "Rezervasyonunuz onaylandı – PNR 8HZK4T",
        "Sayın Candidate,\n\nRezervasyonunuz onaylandı.\n\nUçuş: XQ 2214\nKalkış: 09.07.2027 06:45 İstanbul Sabiha Gökçen\nVarış: 08:15 İzmir Adnan Menderes\nBagaj: 15 kg\n\nİyi yolculuklar dileriz.\n",
        prodid="-//Goksu//Booking//TR",
    )
    z = "Asia/Tokyo"
    pub(
        f,
        "shinkansen_ja",
        "ja",
        "Look-alike: Japanese shinkansen seat reservation with the trip as an .ics.",
        at(2027, 8, 2, 8, 0, z),
        135,
        "のぞみ 11号 東京→新大阪",
        "えきねっと風 予約センター <yoyaku@eki.example>",
        "【予約完了】新幹線のご予約",
        "Candidate 様\n\nご予約ありがとうございます。\n\n乗車日：2027年8月2日（月）\nのぞみ11号 東京 8:00 発 → 新大阪 10:15 着\n7号車 12番 D席\n\n受取は駅の券売機でお願いいたします。\n",
        prodid="-//Eki//Yoyaku//JA",
    )
    z = "Europe/Istanbul"
    pub(
        f,
        "saha_mulakat_tr",
        "tr",
        "Control: an employer invites the reader to an on-site interview in another city and sends the interview as an .ics.",
        at(2027, 7, 9, 11, 0, z),
        90,
        "Yüz yüze mülakat – Lojistik Uzmanı",
        "Ege Lojistik İK <ik@egelojistik.example>",
        "Yüz yüze mülakat daveti – İzmir",
        "Merhaba Candidate,\n\nLojistik Uzmanı pozisyonu için sizi 9 Temmuz Cuma saat 11:00'de İzmir ofisimizde yüz yüze mülakata davet ediyoruz. Uçuş masraflarınız tarafımızca karşılanacaktır.\n\nSaygılarımızla,\nEge Lojistik İnsan Kaynakları\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid="-//Ege//IK//TR",
    )


def oofhol22() -> None:
    f = "oofhol22"
    allday(
        "oofhol22",
        "ferie_it",
        "it",
        "Look-alike: a colleague's summer-holiday block (ferie) sent to the team as an all-day span, OOF.",
        (2027, 8, 9),
        "Ferie – Paolo",
        "Paolo Greco <paolo.greco@lattefresco.example>",
        "Ferie – Paolo",
        "Ciao a tutti,\n\nsarò in ferie dal 9 al 20 agosto. Per urgenze scrivete a Marta.\n\nPaolo\n",
        days=12,
        more=c21.OOF,
        method="REQUEST",
    )
    allday(
        f,
        "feriado_pt",
        "pt",
        "Look-alike: a shared team calendar's public-holiday entry (feriado) published as an .ics.",
        (2027, 6, 10),
        "Feriado – Dia de Portugal",
        "Calendário da equipa <calendario@marlisboa.example>",
        "Feriado: Dia de Portugal",
        "Olá equipa,\n\nlembrete: quinta-feira, 10 de junho, é feriado nacional. O escritório estará fechado.\n\nRecursos Humanos\n",
    )
    allday(
        f,
        "kyuka_ja",
        "ja",
        "Look-alike: a Japanese colleague's paid-leave block (有給休暇) shared with the team.",
        (2027, 5, 6),
        "有給休暇（佐藤）",
        "佐藤 健 <k.sato@hikari-trade.example>",
        "休暇のお知らせ",
        "チームの皆さん\n\n5月6日は有給休暇をいただきます。急ぎの件は鈴木さんまでお願いします。\n\n佐藤\n",
        more=c21.OOF,
        method="REQUEST",
    )
    z = "Europe/Lisbon"
    req(
        f,
        "entrevista_outlook_pt",
        "pt",
        "Control: an employer's Outlook REQUEST for the reader's interview (Portuguese).",
        at(2027, 6, 15, 10, 0, z),
        60,
        "Entrevista – Técnico(a) de contabilidade",
        "Rita Sousa <rita.sousa@marlisboa.example>",
        "Entrevista – Técnico(a) de contabilidade",
        "Olá Candidate,\n\nobrigada pela sua candidatura. Convidamo-lo para uma entrevista na terça-feira, 15 de junho, às 10:00, nos nossos escritórios na Rua Augusta 120, Lisboa.\n\nCumprimentos,\nRita Sousa\nRecursos Humanos\n",
        kind="invitation",
    )


def eventreg22() -> None:
    f = "eventreg22"
    z = "Europe/Warsaw"
    pub(
        f,
        "eventbrite_bilet_pl",
        "pl",
        "Look-alike: Eventbrite-style Polish free-ticket order for a job fair, .ics.",
        at(2027, 10, 14, 10, 0, z),
        420,
        "Targi Pracy IT Kraków 2027",
        "Eventbrite <noreply@eventbrite.example>",
        "Twoje bilety na Targi Pracy IT Kraków 2027",
        "Cześć Candidate,\n\ndziękujemy za zamówienie nr 4471209. Twój bilet (bezpłatny) jest w załączniku.\n\nczwartek, 14 października 2027, 10:00 – 17:00\nICE Kraków, ul. Konopnickiej 17\n\nDodaj do kalendarza.\n",
        prodid="-//Eventbrite//Event//PL",
    )
    z = "Europe/Amsterdam"
    pub(
        f,
        "meetup_aangemeld_nl",
        "nl",
        "Look-alike: Meetup-style Dutch RSVP ('Je bent aangemeld') for a developer meetup.",
        at(2027, 3, 24, 18, 0, z),
        180,
        "Frontend Utrecht #42",
        "Meetup <info@meetup.example>",
        "Je bent aangemeld voor Frontend Utrecht #42",
        "Hoi Candidate,\n\nJe bent aangemeld voor Frontend Utrecht #42.\n\nwoensdag 24 maart 2027, 18:00\nJaarbeurs, zaal 3\n\nPizza vanaf 18:00, talks om 19:00. Kun je niet? Wijzig je RSVP in de app.\n",
        prodid="-//Meetup//RSVP//NL",
    )
    z = "Asia/Seoul"
    pub(
        f,
        "chaeyong_seolmyeonghoe_ko",
        "ko",
        "Look-alike: Korean online hiring briefing (채용설명회) registration with an .ics.",
        at(2027, 9, 2, 19, 0, z),
        90,
        "2027 하반기 온라인 채용설명회",
        "누리전자 채용 <recruit@nurielec.example>",
        "[누리전자] 채용설명회 신청이 완료되었습니다",
        "Candidate 님, 채용설명회 신청이 완료되었습니다.\n\n일시: 2027년 9월 2일 (목) 오후 7시\n방식: 유튜브 라이브 (링크는 당일 문자로 발송)\n\n많은 참여 바랍니다.\n",
        prodid="-//Nuri//Event//KO",
    )
    z = "Europe/Warsaw"
    pub(
        f,
        "targi_rozmowa_pl",
        "pl",
        "Control: after the fair, the employer books the reader's interview and sends it as an .ics.",
        at(2027, 10, 21, 13, 0, z),
        60,
        "Rozmowa rekrutacyjna – Młodszy programista Java",
        "Rekrutacja Wawel Soft <rekrutacja@wawelsoft.example>",
        "Zaproszenie na rozmowę rekrutacyjną",
        "Dzień dobry,\n\nmiło było porozmawiać na targach! Zapraszamy na rozmowę rekrutacyjną na stanowisko Młodszy programista Java w czwartek 21 października o 13:00 w naszym biurze przy ul. Lubicz 23.\n\nPozdrawiamy\nZespół Rekrutacji Wawel Soft\n",
        kind="invitation",
        method="REQUEST",
        layout="alt",
        prodid="-//WawelSoft//PL",
    )


def govappt22() -> None:
    f = "govappt22"
    z = "Europe/Berlin"
    pub(
        f,
        "buergeramt_de",
        "de",
        "Look-alike: German citizens' office appointment (Bürgeramt, Personalausweis) with an .ics.",
        at(2027, 2, 18, 9, 15, z),
        15,
        "Termin Bürgeramt – Personalausweis beantragen",
        "Terminvereinbarung Stadt <noreply@termine-stadt.example>",
        "Terminbestätigung Bürgeramt",
        "Guten Tag Candidate,\n\nIhr Termin wurde gebucht.\n\nDienstleistung: Personalausweis beantragen\nStandort: Bürgeramt Mitte, Raum 0.12\nDatum: 18.02.2027, 09:15 Uhr\nVorgangsnummer: 88213\n\nBitte bringen Sie ein biometrisches Passfoto mit.\n",
        prodid="-//Stadt//Termine//DE",
    )
    z = "Europe/Paris"
    pub(
        f,
        "prefecture_fr",
        "fr",
        "Look-alike: French prefecture appointment (titre de séjour) confirmation with an .ics.",
        at(2027, 4, 12, 13, 40, z),
        20,
        "Rendez-vous préfecture – titre de séjour",
        "Préfecture – prise de rendez-vous <ne-pas-repondre@rdv-prefecture.example>",
        "Confirmation de votre rendez-vous",
        "Madame, Monsieur,\n\nVotre rendez-vous est confirmé le lundi 12 avril 2027 à 13h40, guichet 4, pour un renouvellement de titre de séjour.\n\nMunissez-vous de la convocation et des pièces justificatives.\n",
        prodid="-//Prefecture//RDV//FR",
    )
    z = "Europe/Madrid"
    pub(
        f,
        "cita_sepe_es",
        "es",
        "Look-alike: Spanish public employment office appointment (cita previa) with an .ics.",
        at(2027, 3, 3, 11, 30, z),
        20,
        "Cita previa – Oficina de empleo",
        "Cita previa empleo <citaprevia@empleo-publico.example>",
        "Justificante de cita previa",
        "Estimado/a Candidate:\n\nSu cita previa ha quedado registrada.\n\nOficina: Madrid – Ventas\nFecha: 03/03/2027 11:30\nTrámite: inscripción como demandante de empleo\n\nAcuda con su DNI/NIE.\n",
        prodid="-//Empleo//CitaPrevia//ES",
    )
    z = "Europe/Berlin"
    req(
        f,
        "behoerde_vorstellung_de",
        "de",
        "Control: a city administration invites the reader to a job interview (Auswahlgespräch) by Outlook REQUEST.",
        at(2027, 3, 8, 9, 0, z),
        60,
        "Auswahlgespräch Sachbearbeitung Bürgeramt",
        "Amt für Personal <personal@stadt-linden.example>",
        "Einladung zum Auswahlgespräch",
        "Sehr geehrte/r Candidate,\n\nvielen Dank für Ihre Bewerbung auf die Stelle Sachbearbeitung Bürgeramt (Kennziffer 27/041). Wir laden Sie zu einem Auswahlgespräch am Montag, 8. März 2027, um 09:00 Uhr ins Rathaus, Raum 214, ein.\n\nMit freundlichen Grüßen\nAmt für Personal\n",
        kind="invitation",
    )


# ------------------------------------------------------------------------------ writing
def main() -> None:
    for build in (
        webreg22,
        platform22,
        caldue22,
        booking22,
        teamcal22,
        course22,
        club22,
        travel22,
        oofhol22,
        eventreg22,
        govappt22,
    ):
        build()
    for split in ("dev", "heldout"):
        for old in (HERE / split).glob("*"):
            if old.name.split("__", 1)[0] in SPLITS:
                old.unlink()
    for case in c21.CASES:
        cp.verify(case)
        name, data = c17.render(case)
        data = data.replace(b"@calparts17.example>", b"@calneg22.example>")
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
    print(len(c21.CASES), "files")


if __name__ == "__main__":
    main()
