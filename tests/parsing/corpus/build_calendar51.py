# ruff: noqa: E501  (one mail line per source line reads better than split strings)
"""Write the calendar51 batch: calendar-bearing mail that is not the reader's job interview
although its title or text is about interviews, hiring or a fixed slot, beside the reader's own
interviews, reschedules and cancellations from the same producers.

Run: .venv/bin/python tests/parsing/corpus/build_calendar51.py

Why: held-out calendar families were still claimed (eaclinic42, onboard21, panelho30,
mixho30, webcal44), and dev's booking look-alikes were held only because nothing in them names
an interview. This batch writes look-alikes whose words DO name an interview in another sense
(a clinic's intake interview, a user-research interview, a tenant interview, a consular
interview, a pre-operative 'wywiad', a bank's 'colloquio'), the reader sitting on a hiring
panel, webinars about interviewing, published team and fair calendars that list interviews,
reviews and 1:1s with the current manager, and onboarding after an offer. Each mail carries a
real .ics (REQUEST, PUBLISH or CANCEL; VTIMEZONE, Windows TZIDs, UTC, floating with
X-WR-TIMEZONE) in the shapes of Outlook/Teams (Exchange), Google, Apple, Zoho, Nextcloud,
Thunderbird and booking/webinar/HR tools. Controls: the reader's own interviews, a SEQUENCE
bump with 'moved from X to Y' (reschedule) and a CANCEL, in the same shapes.

Producer shapes are recalled (structure only); prose, people, companies and UIDs are ours;
slots in 2026-27. Labels come from the zoneinfo datetimes the calendars and texts are written
from, before any parse. Look-alikes carry no slot (calneg30's rule).

Held-out families were drawn with random.Random("calendar51 coin").sample(sorted(FAMILIES), 2)
before any mail was written: onboard51, review51. The calendar and mail helpers are
build_calneg50.py's.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from datetime import datetime
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
at, att, me, ea_body = cb.at, cb.att, cb.me, cb.ea_body

LICENSE = "structure only; all text, people and identifiers written for this corpus"
FAMILIES = {
    "onboard51": "onboarding after an offer: first day, induction, IT set-up, benefits enrolment, contract signing and buddy lunch invites from HR tools, Exchange/Teams, Google, Zoho and Apple; controls: the same employers' final interviews, a reschedule and a cancellation",
    "panelduty51": "the reader on the other side of the table: interviewer-side panel invites with the candidate as an attendee, debriefs, interviewer training, a hiring committee, in Greenhouse-, Teams-, Google-, Nextcloud- and Workday-like shapes; controls: the reader's own interview of the same shape, its reschedule and its cancellation",
    "review51": "the reader's current job: performance reviews, mid-year check-ins, 1:1s, calibration, a stay interview and an exit interview with the current manager from Exchange/Teams, Zoho, Nextcloud, Thunderbird and Google; controls: another company's interview in the same shapes, a reschedule",
    "svcintv51": "service bookings whose words name an interview in another sense (a clinic's intake interview, a user-research interview, an animal shelter's adoption interview, a tenant interview, a consular interview, a pre-operative 'wywiad medyczny', a bank's 'colloquio', a nutritionist's 'entrevista de triagem', a research 'intervju') as REQUESTs from booking tools; controls: job interviews booked through the same tools, a reschedule",
    "webinar51": "webinars, info sessions and online career events about hiring and interviewing (Zoom-, GoTo-, Teams-live-, Google-, Webex-like REQUESTs); controls: one-to-one video interviews from the same tools and a cancellation",
    "pubcal51": "published team, rota and fair calendars (METHOD:PUBLISH, webcal subscriptions, X-WR-CALNAME) with several events, some titled with interviews of other people; controls: an ATS's PUBLISH .ics of the reader's own interview and a PUBLISH update that moves it",
}
HELDOUT = set(random.Random("calendar51 coin").sample(sorted(FAMILIES), 2))
# drawn before any mail was written: onboard51, review51
assert {"onboard51", "review51"} == HELDOUT
cb.FAMILIES.update(FAMILIES)
cb.PROD.update(
    {
        "apple": "-//Apple Inc.//macOS 15.1//EN",
        "zoom": "-//Zoom Video Communications Inc//Zoom Webinar//EN",
        "goto": "-//GoTo Technologies//GoTo Webinar//EN",
        "webex": "-//Cisco Systems Inc.//Webex Events//EN",
        "lever": "-//Lever//Lever Interview Scheduler//EN",
        "bamboo": "-//BambooHR//Onboarding//EN",
        "ea": "-//Easy!Appointments//EN",
        "calendly": "-//Calendly//Calendly Event//EN",
        "teamup": "-//Teamup Solutions AG//Teamup Calendar//EN",
        "icloud": "-//Apple Inc.//iCloud Calendar Server//EN",
    }
)
cb.WIN.update(
    {
        "E. South America Standard Time": "America/Sao_Paulo",
        "SE Asia Standard Time": "Asia/Bangkok",
        "India Standard Time": "Asia/Kolkata",
        "Central Standard Time": "America/Chicago",
        "Singapore Standard Time": "Asia/Singapore",
        "Romance Standard Time": "Europe/Paris",
    }
)

ME = "Alex Morgan"


def S(fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw):  # type: ignore[no-untyped-def]
    return cb.simple(
        fam, name, lang, kind, prod, method, summary, start, minutes, org, subject, body, **kw
    )


def cancel(fam, name, lang, prod, summary, start, minutes, org, subject, body, seq=1, **kw):  # type: ignore[no-untyped-def]
    c = cb.simple(
        fam,
        name,
        lang,
        "cancellation",
        prod,
        "CANCEL",
        summary,
        start,
        minutes,
        org,
        subject,
        body,
        seq=seq,
        **kw,
    )
    c.ics[:] = ["STATUS:CANCELLED" if ln == "STATUS:CONFIRMED" else ln for ln in c.ics]
    return c


def en(d: datetime) -> str:
    return d.strftime("%A, %B %-d, %Y %-I:%M %p").replace(":00 ", ":00 ")


# ------------------------------------------------------------------------------ panelduty51
def panelduty51() -> None:
    f = "panelduty51"
    gh = ("Priya Nair (via Greenhouse)", "no-reply@greenhouse.example")
    s = at(2026, 10, 13, 10, 0, "America/New_York")
    S(
        f,
        "gh_interviewer_en",
        "en-US",
        "not_invitation",
        "greenhouse",
        "REQUEST",
        "Interview: Jordan Blake (Senior Backend Engineer) – Technical Round",
        s,
        60,
        gh,
        "Interview: Jordan Blake (Senior Backend Engineer) – Technical Round",
        "Hi Alex,\n\nYou have been scheduled to interview Jordan Blake for Senior Backend Engineer.\n\nInterview: Technical Round (60 min)\nCandidate: Jordan Blake\nYour focus area: system design\n\nPlease review the interview kit and the candidate's resume before the session, and submit your scorecard within 24 hours.\n\nInterview kit: https://app.greenhouse.example/interview_kits/88213\n\nThanks for helping us hire!\nPriya Nair, Recruiting",
        form="utc",
        people=[
            att("Jordan Blake", "jordan.blake@post.example"),
            me(),
            att("Sam Okafor", "sam.okafor@northwind.example"),
        ],
    )
    s = at(2026, 11, 10, 14, 0, "Europe/Berlin")
    S(
        f,
        "teams_panel_de",
        "de",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Vorstellungsgespräch Marie Roth (Controllerin) – Panel",
        s,
        75,
        ("Katrin Vogel", "katrin.vogel@rheinwerk-ag.example"),
        "Vorstellungsgespräch Marie Roth (Controllerin) – Panel",
        "Hallo Alex,\n\ndu bist als zweite Interviewerin/zweiter Interviewer für das Gespräch mit unserer Kandidatin Marie Roth eingeplant. Den Lebenslauf und den Interviewleitfaden findest du im Bewerbermanagement.\n\nBitte gib deine Bewertung bis Donnerstag ab.\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.example/l/meetup-join/19%3ameeting_rw51\n________________________________________________________________________________",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        people=[
            att("Marie Roth", "marie.roth@web.example"),
            me(),
            att("Katrin Vogel", "katrin.vogel@rheinwerk-ag.example"),
        ],
    )
    s = at(2026, 9, 24, 9, 30, "Europe/Paris")
    S(
        f,
        "jury_fr_google",
        "fr",
        "not_invitation",
        "google",
        "REQUEST",
        "Entretien candidat : Hugo Lefèvre – Chef de projet (jury)",
        s,
        60,
        ("Claire Dubois", "claire.dubois@atelier-nova.example"),
        "Invitation : Entretien candidat : Hugo Lefèvre – Chef de projet (jury) @ jeu. 24 sept. 2026 09:30 - 10:30 (CEST)",
        "Claire Dubois vous a invité à un événement.\n\nEntretien candidat : Hugo Lefèvre – Chef de projet (jury)\njeudi 24 septembre 2026 09:30 – 10:30 (heure d'été d'Europe centrale - Paris)\n\nVous faites partie du jury pour ce poste. Merci de préparer deux questions sur la gestion de planning ; la grille d'évaluation est dans le dossier partagé.\n\nInvités : Claire Dubois (organisateur), Hugo Lefèvre, Alex Morgan\n\nInvitation de Google Agenda",
        form="utc",
        uidstyle="google",
        mode="both",
        people=[att("Hugo Lefèvre", "hugo.lefevre@mail.example"), me()],
    )
    s = at(2026, 10, 6, 16, 0, "Europe/Madrid")
    S(
        f,
        "entrevistador_es_outlook",
        "es",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Entrevista candidato: Pablo Ruiz – Analista financiero",
        s,
        45,
        ("Marta Gil", "marta.gil@grupo-levante.example"),
        "Entrevista candidato: Pablo Ruiz – Analista financiero",
        "Hola Alex:\n\nTe he añadido como entrevistador en la segunda entrevista de Pablo Ruiz para la vacante de analista financiero. Adjunto su CV y la guía de preguntas.\n\nCuando termines, deja tu valoración en el formulario del ATS.\n\nGracias,\nMarta Gil\nSelección – Grupo Levante",
        form="win:Romance Standard Time",
        uidstyle="outlook",
        people=[att("Pablo Ruiz", "pablo.ruiz@correo.example"), me()],
    )
    s = at(2026, 11, 19, 13, 0, "Europe/Amsterdam")
    S(
        f,
        "commissie_nl_nextcloud",
        "nl",
        "not_invitation",
        "nextcloud",
        "REQUEST",
        "Sollicitatiegesprek kandidaat Eva Jansen (commissie)",
        s,
        60,
        ("Merel de Vries", "hr@polderdata.example"),
        "Uitnodiging: Sollicitatiegesprek kandidaat Eva Jansen (commissie)",
        "Hallo Alex,\n\nMerel de Vries heeft je uitgenodigd voor »Sollicitatiegesprek kandidaat Eva Jansen (commissie)« op 19-11-2026 13:00.\n\nJij zit namens het team in de sollicitatiecommissie. De motivatiebrief staat in de gedeelde map; we bespreken de kandidaat direct na afloop.\n\nAccepteren · Voorlopig · Afwijzen\n\nVerstuurd vanuit Nextcloud",
        people=[me(), att("Eva Jansen", "eva.jansen@mail.example")],
    )
    s = at(2026, 10, 21, 11, 0, "Europe/London")
    S(
        f,
        "training_en_workday",
        "en-GB",
        "not_invitation",
        "workday",
        "REQUEST",
        "Interviewer training: structured interviewing (mandatory for hiring panels)",
        s,
        90,
        ("Learning & Development", "learning@harbourline.example"),
        "You are enrolled: Interviewer training – structured interviewing",
        "Dear Alex,\n\nYou have been enrolled in Interviewer training: structured interviewing. Completion is required before you sit on a hiring panel.\n\nSession: Wednesday 21 October 2026, 11:00–12:30 (UK time)\nRoom: Training Room 3, Harbour House\n\nWe will practise competency questions, scoring against the rubric and writing fair feedback.\n\nLearning & Development",
        form="tzid:Europe/London",
    )
    s = at(2026, 12, 2, 15, 0, "Asia/Tokyo")
    S(
        f,
        "mensetsukan_ja_google",
        "ja",
        "not_invitation",
        "google",
        "REQUEST",
        "【面接官】候補者 佐藤 健 様 一次面接",
        s,
        60,
        ("中村 美咲", "misaki.nakamura@sakura-sys.example"),
        "招待: 【面接官】候補者 佐藤 健 様 一次面接 @ 2026年12月2日(水) 15:00～16:00 (JST)",
        "中村 美咲さんから予定への招待が届きました。\n\n【面接官】候補者 佐藤 健 様 一次面接\n2026年12月2日(水) 15:00～16:00 (日本標準時 - 東京)\n\nAlexさん、面接官としてご参加をお願いします。評価シートは面接後24時間以内に提出してください。\n\nGoogle カレンダーからの招待状",
        form="utc",
        uidstyle="google",
        people=[me(), att("佐藤 健", "ken.sato@mail.example")],
    )
    s = at(2026, 10, 14, 16, 30, "America/New_York")
    S(
        f,
        "lever_debrief_en",
        "en-US",
        "not_invitation",
        "lever",
        "REQUEST",
        "Debrief: Jordan Blake – Senior Backend Engineer (hiring committee)",
        s,
        30,
        ("Priya Nair", "priya.nair@northwind.example"),
        "Debrief: Jordan Blake – Senior Backend Engineer",
        "Hi panel,\n\nThanks for interviewing Jordan yesterday. Let's meet to discuss feedback and make a hire/no-hire decision. Please have your scorecards in before we meet.\n\nPriya",
        form="tzid:America/New_York",
        with_vtz=False,
        people=[me(), att("Sam Okafor", "sam.okafor@northwind.example")],
    )
    # controls
    s = at(2026, 10, 15, 11, 0, "America/New_York")
    S(
        f,
        "ctl_own_gh_en",
        "en-US",
        "invitation",
        "greenhouse",
        "REQUEST",
        "Interview: Alex Morgan (Platform Engineer) – Technical Round",
        s,
        60,
        ("Dana Whitfield (via Greenhouse)", "no-reply@greenhouse.example"),
        "Interview: Alex Morgan (Platform Engineer) – Technical Round",
        f"Hi Alex,\n\nThank you for your interest in the Platform Engineer role at Bluefin Labs. Your technical interview is confirmed.\n\nWhen: {en(s)} (Eastern Time)\nDuration: 60 minutes\nInterviewers: Dana Whitfield, Omar Reyes\n\nYou will receive a video link the day before.\n\nBest,\nDana Whitfield, Recruiting",
        form="utc",
        zone=None,
        people=[me(), att("Omar Reyes", "omar.reyes@bluefin.example")],
    )
    old = at(2026, 11, 12, 10, 0, "Europe/Berlin")
    s = at(2026, 11, 16, 15, 30, "Europe/Berlin")
    S(
        f,
        "ctl_moved_de_teams",
        "de",
        "reschedule",
        "exchange",
        "REQUEST",
        "Vorstellungsgespräch Alex Morgan – Senior Controller",
        s,
        60,
        ("Jana Lorenz", "jana.lorenz@elbtal-logistik.example"),
        "Verschoben: Vorstellungsgespräch Alex Morgan – Senior Controller",
        "Hallo Alex,\n\nleider müssen wir unser Gespräch verschieben: statt am 12.11.2026 um 10:00 Uhr sprechen wir nun am Montag, 16.11.2026, von 15:30 bis 16:30 Uhr. Die Einladung im Kalender ist aktualisiert.\n\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.example/l/meetup-join/19%3ameeting_el51\n\nViele Grüße\nJana Lorenz\nPersonal – Elbtal Logistik",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        seq=2,
        days=3,
    )
    assert old < s
    s = at(2026, 10, 1, 14, 0, "Europe/Paris")
    cancel(
        f,
        "ctl_annule_fr_google",
        "fr",
        "google",
        "Entretien – Alex Morgan / Responsable qualité",
        s,
        60,
        ("Sophie Marchand", "sophie.marchand@verdure-sa.example"),
        "Événement annulé : Entretien – Alex Morgan / Responsable qualité @ jeu. 1 oct. 2026 14:00 - 15:00 (CEST)",
        "Cet événement a été annulé et supprimé de votre agenda.\n\nEntretien – Alex Morgan / Responsable qualité\njeudi 1 octobre 2026 14:00 – 15:00 (heure d'été d'Europe centrale - Paris)\n\nLe poste a été pourvu en interne ; nous vous remercions de votre intérêt.\n\nInvitation de Google Agenda",
        form="utc",
        uidstyle="google",
        zone="Europe/Paris",
        days=2,
    )


# ------------------------------------------------------------------------------ svcintv51
def svcintv51() -> None:
    f = "svcintv51"
    s = at(2026, 11, 3, 9, 20, "Europe/London")
    S(
        f,
        "intake_en_ea",
        "en-GB",
        "not_invitation",
        "ea",
        "REQUEST",
        "New patient intake interview",
        s,
        30,
        ("Riverside Health Centre", "appointments@riverside-hc.example"),
        "Appointment details",
        ea_body(
            "Hi Alex Morgan,",
            "Your appointment has been successfully registered.",
            [
                ("Service", "New patient intake interview"),
                ("Provider", "Nurse Helen Ward"),
                ("Start", "03/11/2026 09:20"),
                ("End", "03/11/2026 09:50"),
                ("Timezone", "Europe/London"),
            ],
            "Please bring photo ID and a list of any medicines you take.\n\nTo change or cancel: https://book.riverside-hc.example/index.php/appointments/index/2b7d\n\nRiverside Health Centre, 14 Quay Street, Bristol",
        ),
        form="utc",
        mode="attach",
        fname="invitation.ics",
    )
    s = at(2026, 10, 8, 13, 0, "America/Chicago")
    S(
        f,
        "research_en_calendly",
        "en-US",
        "not_invitation",
        "calendly",
        "REQUEST",
        "User research interview – budgeting app (45 min)",
        s,
        45,
        ("Fern Studio Research", "research@fernstudio.example"),
        "Confirmed: User research interview – budgeting app",
        "Hi Alex,\n\nThanks for signing up for our study! Your user research interview is booked.\n\nEvent: User research interview – budgeting app (45 min)\nWhen: 1:00pm - 1:45pm, Thursday, October 8, 2026 (Central Time - US & Canada)\n\nYou'll share your screen while trying a prototype; there are no right or wrong answers. As a thank-you you'll get a $60 gift card after the session.\n\nCancel or reschedule: https://calendly.example/cancellations/ab51\n\nFern Studio Research team",
        form="utc",
    )
    s = at(2026, 11, 21, 11, 0, "Europe/Berlin")
    S(
        f,
        "tierheim_de_calendly",
        "de",
        "not_invitation",
        "calendly",
        "REQUEST",
        "Vermittlungsinterview – Hündin Lotte",
        s,
        60,
        ("Tierheim Lindenhof", "vermittlung@tierheim-lindenhof.example"),
        "Bestätigt: Vermittlungsinterview – Hündin Lotte",
        "Hallo Alex Morgan,\n\nvielen Dank für Ihr Interesse an Lotte! Ihr Termin für das Vermittlungsinterview ist bestätigt:\n\nSamstag, 21. November 2026, 11:00–12:00 Uhr (MEZ)\nTierheim Lindenhof, Am Weiher 3, Göttingen\n\nIm Interview sprechen wir über Ihre Wohnsituation und Ihren Alltag; danach lernen Sie Lotte beim Gassigehen kennen.\n\nIhr Vermittlungsteam",
        form="utc",
    )
    s = at(2026, 9, 26, 10, 30, "Europe/Paris")
    S(
        f,
        "locataire_fr_zoho",
        "fr",
        "not_invitation",
        "zoho",
        "REQUEST",
        "Visite + entretien locataire – T2 rue Victor-Hugo",
        s,
        45,
        ("Agence Horizon Immobilier", "location@horizon-immo.example"),
        "Invitation : Visite + entretien locataire – T2 rue Victor-Hugo",
        "Bonjour Alex Morgan,\n\nSuite à votre demande, nous vous confirmons la visite de l'appartement T2 au 18 rue Victor-Hugo, Lyon 2e, suivie d'un court entretien locataire le samedi 26 septembre 2026 à 10h30.\n\nMerci d'apporter vos trois derniers bulletins de salaire et votre pièce d'identité.\n\nCordialement,\nAgence Horizon Immobilier",
        form="tzid:Europe/Paris",
        with_vtz=False,
    )
    s = at(2027, 1, 14, 8, 45, "Europe/Madrid")
    S(
        f,
        "consular_es_tt",
        "es",
        "not_invitation",
        "tt",
        "REQUEST",
        "Entrevista consular – visado de estudiante",
        s,
        20,
        ("Sección Consular – Citas", "citas@consulado-visados.example"),
        "Confirmación de cita: entrevista consular",
        "Estimado/a Alex Morgan:\n\nSu cita para la entrevista consular (visado de estudiante) ha quedado confirmada:\n\nFecha: 14/01/2027\nHora: 08:45 (hora de Madrid)\nVentanilla: 3\n\nPresente el pasaporte original, el formulario de solicitud y la carta de admisión de la universidad.\n\nEste mensaje se ha generado automáticamente.",
        form="utc",
    )
    cb.PROD.setdefault("tt", "-//TimeTap//Appointment//EN")
    s = at(2026, 12, 9, 7, 30, "Europe/Warsaw")
    S(
        f,
        "wywiad_pl_ea",
        "pl",
        "not_invitation",
        "ea",
        "REQUEST",
        "Wywiad medyczny przed zabiegiem (kwalifikacja)",
        s,
        30,
        ("Centrum Medyczne Wisła", "rejestracja@cm-wisla.example"),
        "Szczegóły wizyty",
        ea_body(
            "Dzień dobry Alex Morgan,",
            "Twoja wizyta została zarejestrowana.",
            [
                ("Usługa", "Wywiad medyczny przed zabiegiem (kwalifikacja)"),
                ("Lekarz", "dr Anna Kowalczyk"),
                ("Początek", "09.12.2026 07:30"),
                ("Koniec", "09.12.2026 08:00"),
                ("Strefa czasowa", "Europe/Warsaw"),
            ],
            "Prosimy zabrać wyniki badań krwi i listę przyjmowanych leków.\n\nZmień termin: https://rejestracja.cm-wisla.example/index.php/appointments/index/77aa\n\nCentrum Medyczne Wisła, ul. Długa 5, Kraków",
        ),
        form="utc",
        mode="attach",
        fname="invitation.ics",
    )
    s = at(2026, 11, 5, 17, 0, "Europe/Rome")
    S(
        f,
        "mutuo_it_outlook",
        "it",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Colloquio con il consulente – mutuo prima casa",
        s,
        60,
        ("Banca Colli Euganei – Filiale di Padova", "filiale.padova@bancacolli.example"),
        "Colloquio con il consulente – mutuo prima casa",
        "Gentile Alex Morgan,\n\nle confermiamo il colloquio con il nostro consulente Marco Bellini per valutare la richiesta di mutuo prima casa, giovedì 5 novembre 2026 alle ore 17:00 presso la filiale di Padova, Via Roma 21.\n\nDocumenti da portare: ultime due buste paga, CUD, compromesso di acquisto.\n\nCordiali saluti\nBanca Colli Euganei",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 10, 19, 18, 0, "America/Sao_Paulo")
    S(
        f,
        "triagem_ptbr_google",
        "pt-BR",
        "not_invitation",
        "google",
        "REQUEST",
        "Entrevista de triagem – consulta nutricional",
        s,
        40,
        ("Clínica Vida Leve", "agenda@vidaleve.example"),
        "Convite: Entrevista de triagem – consulta nutricional @ seg 19 de out de 2026 18:00 - 18:40 (BRT)",
        "Clínica Vida Leve convidou você para um evento.\n\nEntrevista de triagem – consulta nutricional\nsegunda-feira, 19 de outubro de 2026 18:00 – 18:40 (Horário de Brasília - São Paulo)\n\nNa entrevista de triagem a nutricionista conhece seus hábitos alimentares antes da primeira consulta. Traga exames recentes, se tiver.\n\nConvite do Google Agenda",
        form="utc",
        uidstyle="google",
        mode="both",
    )
    s = at(2026, 11, 25, 10, 0, "Europe/Stockholm")
    S(
        f,
        "forskning_sv_thunderbird",
        "sv",
        "not_invitation",
        "thunderbird",
        "REQUEST",
        "Intervju för forskningsstudie om distansarbete",
        s,
        60,
        ("Karin Lund", "karin.lund@inst-arbetsliv.example"),
        "Inbjudan: Intervju för forskningsstudie om distansarbete",
        "Hej Alex,\n\ntack för att du vill delta i vår studie om distansarbete! Här är en kalenderinbjudan till intervjun onsdag 25 november 2026 kl. 10.00–11.00. Intervjun spelas in och anonymiseras; du kan när som helst avbryta.\n\nVänliga hälsningar\nKarin Lund, doktorand\nInstitutet för arbetslivsforskning",
        people=[me()],
    )
    # controls
    s = at(2026, 11, 4, 12, 30, "Europe/London")
    S(
        f,
        "ctl_receptionist_en_ea",
        "en-GB",
        "invitation",
        "ea",
        "REQUEST",
        "Job interview – Practice Receptionist",
        s,
        30,
        ("Riverside Health Centre", "appointments@riverside-hc.example"),
        "Appointment details",
        ea_body(
            "Hi Alex Morgan,",
            "Your appointment has been successfully registered.",
            [
                ("Service", "Job interview – Practice Receptionist"),
                ("Provider", "Practice Manager Linda Shaw"),
                ("Start", "04/11/2026 12:30"),
                ("End", "04/11/2026 13:00"),
                ("Timezone", "Europe/London"),
            ],
            "Thank you for applying for the receptionist vacancy. Please bring your right-to-work documents.\n\nTo change or cancel: https://book.riverside-hc.example/index.php/appointments/index/9c40\n\nRiverside Health Centre, 14 Quay Street, Bristol",
        ),
        form="utc",
        mode="attach",
        fname="invitation.ics",
    )
    s = at(2026, 11, 9, 9, 30, "Europe/Rome")
    S(
        f,
        "ctl_selezione_it_outlook",
        "it",
        "invitation",
        "exchange",
        "REQUEST",
        "Colloquio di selezione – Consulente junior (Alex Morgan)",
        s,
        60,
        ("Ufficio Risorse Umane", "selezione@bancacolli.example"),
        "Colloquio di selezione – Consulente junior",
        "Gentile Alex Morgan,\n\nla ringraziamo per la candidatura alla posizione di consulente junior. Siamo lieti di invitarla a un colloquio di selezione lunedì 9 novembre 2026 dalle 9:30 alle 10:30 presso la sede di Padova, Via Roma 21.\n\nCordiali saluti\nUfficio Risorse Umane – Banca Colli Euganei",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 10, 27, 16, 0, "America/Sao_Paulo")
    S(
        f,
        "ctl_remarcada_ptbr_google",
        "pt-BR",
        "reschedule",
        "google",
        "REQUEST",
        "Entrevista – Alex Morgan / Assistente administrativo",
        s,
        45,
        ("Clínica Vida Leve", "rh@vidaleve.example"),
        "Convite atualizado: Entrevista – Alex Morgan / Assistente administrativo @ ter 27 de out de 2026 16:00 - 16:45 (BRT)",
        "Este evento foi alterado.\n\nEntrevista – Alex Morgan / Assistente administrativo\nAlterado: terça-feira, 27 de outubro de 2026 16:00 – 16:45 (Horário de Brasília - São Paulo)\nAntes: segunda-feira, 26 de outubro de 2026 10:00 – 10:45\n\nRemarcamos a sua entrevista de emprego a pedido da coordenadora.\n\nConvite do Google Agenda",
        form="utc",
        uidstyle="google",
        mode="both",
        seq=1,
        zone="America/Sao_Paulo",
        days=2,
    )


# ------------------------------------------------------------------------------ webinar51
def webinar51() -> None:
    f = "webinar51"
    s = at(2026, 10, 20, 12, 0, "America/Los_Angeles")
    S(
        f,
        "hiring_en_zoom",
        "en-US",
        "not_invitation",
        "zoom",
        "REQUEST",
        "Inside hiring at Northwind: how we interview",
        s,
        60,
        ("Northwind Careers", "no-reply@zoom.example"),
        "Confirmation: Inside hiring at Northwind: how we interview",
        'Hi Alex,\n\nThank you for registering for "Inside hiring at Northwind: how we interview".\n\nDate & Time: Oct 20, 2026 12:00 PM Pacific Time (US and Canada)\n\nOur recruiters walk through each interview stage and answer questions live. You can find information about this webinar below.\n\nJoin from PC, Mac, iPad, or Android: https://northwind.zoom.example/w/95123?tk=ab51\n\nAdd to calendar: attached',
        form="utc",
        mode="attach",
        fname="webinar.ics",
        people=[me()],
    )
    s = at(2026, 11, 12, 18, 0, "Europe/Berlin")
    S(
        f,
        "bewerbung_de_goto",
        "de",
        "not_invitation",
        "goto",
        "REQUEST",
        "Webinar: So gelingt dein Vorstellungsgespräch",
        s,
        75,
        ("Karriereportal Jobkompass", "webinar@jobkompass.example"),
        "Anmeldebestätigung: So gelingt dein Vorstellungsgespräch",
        "Hallo Alex,\n\nvielen Dank für deine Anmeldung zum Webinar „So gelingt dein Vorstellungsgespräch“.\n\nDatum: 12.11.2026\nUhrzeit: 18:00 – 19:15 MEZ\n\nUnsere Karrierecoaches zeigen typische Fragen im Vorstellungsgespräch und wie du überzeugend antwortest. Beitreten: https://global.gotowebinar.example/join/7712/ab51\n\nDein Jobkompass-Team",
        form="utc",
        mode="attach",
        fname="webinar.ics",
    )
    s = at(2026, 10, 15, 12, 30, "Europe/Paris")
    S(
        f,
        "metiers_fr_teams",
        "fr",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Webinaire : découvrir nos métiers et notre processus de recrutement",
        s,
        60,
        ("Recrutement Groupe Alizé", "recrutement@groupe-alize.example"),
        "Webinaire : découvrir nos métiers et notre processus de recrutement",
        "Bonjour,\n\nVous êtes inscrit(e) à notre webinaire du jeudi 15 octobre 2026 de 12h30 à 13h30. Nos équipes présenteront les métiers de la logistique et les étapes de nos entretiens, puis répondront à vos questions.\n\nÉvénement en direct Microsoft Teams\nRejoindre : https://teams.microsoft.example/l/meetup-join/19%3alive_al51\n\nL'équipe Recrutement",
        form="win:Romance Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 11, 3, 17, 0, "Europe/Madrid")
    S(
        f,
        "graduados_es_google",
        "es",
        "not_invitation",
        "google",
        "REQUEST",
        "Sesión informativa: Programa de Graduados 2027",
        s,
        60,
        ("Talento Iberia Energía", "talento@iberia-energia.example"),
        "Invitación: Sesión informativa: Programa de Graduados 2027 @ mar 3 nov 2026 17:00 - 18:00 (CET)",
        "Talento Iberia Energía te ha invitado a un evento.\n\nSesión informativa: Programa de Graduados 2027\nmartes, 3 de noviembre de 2026 17:00 – 18:00 (hora estándar de Europa central - Madrid)\n\nTe contamos cómo es el proceso de selección (pruebas online, entrevistas y assessment) y qué buscamos. Habrá turno de preguntas.\n\nUnirse con Google Meet: https://meet.google.example/abc-defg-hij\n\nInvitación de Google Calendar",
        form="utc",
        uidstyle="google",
    )
    s = at(2026, 9, 29, 19, 0, "America/Sao_Paulo")
    S(
        f,
        "carreira_ptbr_webex",
        "pt-BR",
        "not_invitation",
        "webex",
        "REQUEST",
        "Webinar: Carreira em dados – bate-papo com recrutadores",
        s,
        90,
        ("Comunidade DadosBR", "eventos@dadosbr.example"),
        "Inscrição confirmada: Carreira em dados – bate-papo com recrutadores",
        "Olá, Alex!\n\nSua inscrição está confirmada.\n\nData: 29 de setembro de 2026\nHorário: 19h às 20h30 (horário de Brasília)\n\nRecrutadoras de três empresas contam como preparam as entrevistas técnicas e o que avaliam. Link do Webex: https://dadosbr.webex.example/weblink/register/r51\n\nAté lá!",
        form="utc",
        mode="attach",
        fname="evento.ics",
    )
    s = at(2026, 11, 26, 16, 0, "Europe/Amsterdam")
    S(
        f,
        "gemeente_nl_teams",
        "nl",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Webinar Werken bij de gemeente – informatiesessie traineeship",
        s,
        60,
        ("Gemeente Zuiderveen – Werving", "werving@zuiderveen.example"),
        "Webinar Werken bij de gemeente – informatiesessie traineeship",
        "Beste deelnemer,\n\nBedankt voor je aanmelding voor de online informatiesessie over ons traineeship op donderdag 26 november 2026 van 16:00 tot 17:00 uur. Trainees en recruiters vertellen over de sollicitatieprocedure en het assessment.\n\nMicrosoft Teams-vergadering\nDeelnemen: https://teams.microsoft.example/l/meetup-join/19%3alive_zv51\n\nTeam Werving",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 12, 5, 10, 0, "Asia/Tokyo")
    S(
        f,
        "setsumeikai_ja_zoom",
        "ja",
        "not_invitation",
        "zoom",
        "REQUEST",
        "オンライン会社説明会（2028年卒向け）",
        s,
        90,
        ("株式会社ミライ精機 採用担当", "saiyo@mirai-seiki.example"),
        "【ミライ精機】オンライン会社説明会 ご予約完了のお知らせ",
        "Alex Morgan 様\n\nオンライン会社説明会のご予約を承りました。\n\n日時：2026年12月5日（土）10:00～11:30\n形式：Zoomウェビナー\n\n当日は事業紹介と選考フローのご説明、先輩社員との座談会を予定しています。\n\n参加URL: https://mirai.zoom.example/w/8812?tk=ja51\n\n株式会社ミライ精機 採用担当",
        form="utc",
        mode="attach",
        fname="setsumeikai.ics",
    )
    # controls
    s = at(2026, 10, 22, 9, 0, "America/Los_Angeles")
    S(
        f,
        "ctl_video_en_zoom",
        "en-US",
        "invitation",
        "zoom",
        "REQUEST",
        "Video interview – Alex Morgan / Data Analyst",
        s,
        45,
        ("Harper Quinn", "harper.quinn@northwind.example"),
        "Video interview – Alex Morgan / Data Analyst",
        f"Hi Alex,\n\nThanks for applying to the Data Analyst role at Northwind. Your video interview with our analytics lead is set.\n\nTime: {en(s)} Pacific Time (US and Canada)\nDuration: 45 minutes\n\nJoin Zoom Meeting: https://northwind.zoom.example/j/84412?pwd=ab51\n\nBest,\nHarper Quinn, Talent Acquisition",
        form="utc",
        zone=None,
    )
    s = at(2026, 11, 17, 10, 0, "Europe/Berlin")
    S(
        f,
        "ctl_teams_de",
        "de",
        "invitation",
        "exchange",
        "REQUEST",
        "Online-Vorstellungsgespräch – Alex Morgan (Werkstudent Marketing)",
        s,
        45,
        ("Lena Hoffmann", "lena.hoffmann@jobkompass.example"),
        "Online-Vorstellungsgespräch – Alex Morgan (Werkstudent Marketing)",
        "Hallo Alex,\n\nvielen Dank für deine Bewerbung als Werkstudent im Marketing. Wir laden dich herzlich zu einem Vorstellungsgespräch per Teams ein: Dienstag, 17.11.2026, 10:00–10:45 Uhr.\n\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen: https://teams.microsoft.example/l/meetup-join/19%3ameeting_jk51\n\nViele Grüße\nLena Hoffmann",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 11, 4, 11, 0, "Europe/Madrid")
    cancel(
        f,
        "ctl_cancelada_es_google",
        "es",
        "google",
        "Entrevista por vídeo – Alex Morgan / Técnico de mantenimiento",
        s,
        45,
        ("Talento Iberia Energía", "talento@iberia-energia.example"),
        "Evento cancelado: Entrevista por vídeo – Alex Morgan / Técnico de mantenimiento @ mié 4 nov 2026 11:00 - 11:45 (CET)",
        "Este evento se ha cancelado y se ha eliminado de tu calendario.\n\nEntrevista por vídeo – Alex Morgan / Técnico de mantenimiento\nmiércoles, 4 de noviembre de 2026 11:00 – 11:45 (hora estándar de Europa central - Madrid)\n\nSentimos cancelar la entrevista; la vacante se ha cerrado.\n\nInvitación de Google Calendar",
        form="utc",
        uidstyle="google",
        zone="Europe/Madrid",
        days=3,
    )


# ------------------------------------------------------------------------------ pubcal51
def pubcal51() -> None:
    f = "pubcal51"
    z = "Europe/London"
    cb.feed(
        f,
        "hiring_en_google",
        "en-GB",
        "google",
        "Platform Team – Hiring",
        z,
        [
            (at(2026, 10, 12, 10, 0, z), 60, "Interview loop: J. Blake (onsite)", "Room Kestrel"),
            (at(2026, 10, 12, 15, 0, z), 30, "Debrief: J. Blake", "Room Kestrel"),
            (at(2026, 10, 14, 11, 0, z), 45, "Phone screen: R. Osei", "Google Meet"),
        ],
        ("Platform Team calendar", "platform-hiring@harbourline.example"),
        "Platform Team – Hiring calendar shared with you",
        'Hi Alex,\n\nTom Ashdown has shared the calendar "Platform Team – Hiring" with you. It lists the interview loops and debriefs the team runs this month, so panel members can see when they are needed.\n\nSubscribe: webcal://calendar.google.example/calendar/ical/platform-hiring/public/basic.ics\n\nGoogle Calendar',
    )
    z = "Europe/Berlin"
    cb.feed(
        f,
        "vertrieb_de_teamup",
        "de",
        "teamup",
        "Teamkalender Vertrieb",
        z,
        [
            (at(2026, 11, 9, 9, 0, z), 480, "Messe Logistik Hamburg (Stand B12)", "Hamburg Messe"),
            (at(2026, 11, 11, 14, 0, z), 60, "Bewerbungsgespräche Außendienst (Raum 2)", "Raum 2"),
            (at(2026, 11, 13, 10, 0, z), 90, "Quartalsplanung Vertrieb", "Raum 1"),
        ],
        ("Teamup", "noreply@teamup.example"),
        "Teamkalender Vertrieb: neue Termine",
        "Hallo Alex,\n\nim Teamkalender Vertrieb gibt es neue Termine für KW 46. Die Datei im Anhang kannst du in deinen Kalender importieren oder den Kalender abonnieren:\n\nwebcal://teamup.example/ks51vertrieb/feed.ics\n\nDein Teamup",
    )
    z = "Europe/Paris"
    cb.feed(
        f,
        "forum_fr_uni",
        "fr",
        "uni",
        "Forum emploi & alternance 2026",
        z,
        [
            (
                at(2026, 10, 8, 9, 30, z),
                90,
                "Atelier : réussir son entretien d'embauche",
                "Amphi A",
            ),
            (at(2026, 10, 8, 11, 0, z), 180, "Job dating avec 40 entreprises", "Hall principal"),
            (at(2026, 10, 8, 14, 30, z), 60, "Table ronde : premiers emplois", "Amphi B"),
        ],
        ("Service Carrières – Université du Rhône", "carrieres@univ-rhone.example"),
        "Programme du Forum emploi & alternance – ajoutez-le à votre agenda",
        "Bonjour,\n\nvous trouverez en pièce jointe le programme du Forum emploi & alternance du 8 octobre 2026 au format agenda. Les entretiens de job dating se font sans rendez-vous, sur place.\n\nS'abonner : webcal://carrieres.univ-rhone.example/forum2026.ics\n\nService Carrières",
    )
    z = "Europe/Madrid"
    cb.feed(
        f,
        "guardias_es_nextcloud",
        "es",
        "nextcloud",
        "Guardias soporte – noviembre",
        z,
        [
            (at(2026, 11, 2, 8, 0, z), 600, "Guardia: Alex Morgan", ""),
            (at(2026, 11, 3, 8, 0, z), 600, "Guardia: Nuria Sanz", ""),
            (at(2026, 11, 4, 8, 0, z), 600, "Guardia: Alex Morgan", ""),
        ],
        ("Nextcloud", "nextcloud@soporte-tecnia.example"),
        "Calendario publicado: Guardias soporte – noviembre",
        "Hola Alex,\n\nDiego Prieto ha publicado el calendario «Guardias soporte – noviembre». Puedes suscribirte desde tu aplicación de calendario:\n\nhttps://nube.soporte-tecnia.example/remote.php/dav/public-calendars/G51?export\n\nEnviado desde Nextcloud",
    )
    z = "Europe/Stockholm"
    cb.feed(
        f,
        "massa_sv_webcal",
        "sv",
        "laget",
        "Rekryteringsmässa Västerby kommun",
        z,
        [
            (at(2026, 11, 18, 13, 0, z), 120, "Rekryteringsmässa – öppna montrar", "Stadshuset"),
            (
                at(2026, 11, 18, 15, 30, z),
                45,
                "Föredrag: så går en anställningsintervju till",
                "Sal 2",
            ),
        ],
        ("Västerby kommun", "rekrytering@vasterby.example"),
        "Lägg in rekryteringsmässan i din kalender",
        "Hej!\n\nTack för ditt intresse för Rekryteringsmässan den 18 november 2026. Bifogat finns programmet som kalenderfil; du kan också prenumerera via webcal://vasterby.example/kalender/massa.ics\n\nVälkommen!\nVästerby kommun",
    )
    z = "Europe/Rome"
    cb.feed(
        f,
        "ferie_it_icloud",
        "it",
        "icloud",
        "Turni colloqui – Negozio Centro",
        z,
        [
            (at(2026, 12, 1, 15, 0, z), 30, "Colloquio candidato: Luca B.", "Retro negozio"),
            (at(2026, 12, 1, 15, 30, z), 30, "Colloquio candidata: Sara M.", "Retro negozio"),
            (at(2026, 12, 2, 9, 0, z), 480, "Inventario", "Negozio Centro"),
        ],
        ("Giulia Ferri", "giulia.ferri@icloud.example"),
        "Giulia Ferri ha condiviso il calendario «Turni colloqui – Negozio Centro»",
        "Ciao Alex,\n\nho condiviso con te il calendario dei colloqui per le nuove commesse: ci sei tu con me al primo turno. Puoi iscriverti qui: webcal://p51-caldav.icloud.example/published/2/turni\n\nGiulia",
    )
    # controls: the reader's own interview published by an ATS, and its update
    s = at(2026, 10, 29, 14, 0, "Europe/London")
    S(
        f,
        "ctl_publish_en_ats",
        "en-GB",
        "invitation",
        "recruitee",
        "PUBLISH",
        "Interview with Harbourline – Alex Morgan (QA Engineer)",
        s,
        60,
        ("Harbourline Recruitment", "jobs@harbourline.example"),
        "Your interview with Harbourline is confirmed",
        "Hi Alex,\n\nYour interview for the QA Engineer role is confirmed for Thursday 29 October 2026, 14:00–15:00 (UK time) at Harbour House, 2 Dock Road, Hull. Add it to your calendar with the attached file.\n\nKind regards,\nHarbourline Recruitment",
        mode="attach",
        fname="interview.ics",
        people=[],
    )
    s = at(2026, 11, 24, 11, 0, "Europe/Warsaw")
    S(
        f,
        "ctl_publish_moved_pl",
        "pl",
        "reschedule",
        "personio",
        "PUBLISH",
        "Rozmowa kwalifikacyjna – Alex Morgan (Księgowa/Księgowy)",
        s,
        60,
        ("Dział HR – Wisła Tech", "rekrutacja@wislatech.example"),
        "Zmiana terminu: rozmowa kwalifikacyjna",
        "Dzień dobry,\n\ninformujemy, że rozmowa kwalifikacyjna na stanowisko księgowej/księgowego została przeniesiona z 23.11.2026, godz. 9:00 na 24.11.2026, godz. 11:00–12:00. Zaktualizowany plik kalendarza w załączniku.\n\nPozdrawiamy\nDział HR – Wisła Tech",
        mode="attach",
        fname="rozmowa.ics",
        seq=1,
        days=3,
        people=[],
    )
    s = at(2026, 12, 3, 9, 0, "Europe/Berlin")
    S(
        f,
        "ctl_publish_de_float",
        "de",
        "invitation",
        "nextcloud",
        "PUBLISH",
        "Vorstellungsgespräch Alex Morgan – Steuerfachangestellte/r",
        s,
        60,
        ("Kanzlei Brandt & Partner", "bewerbung@kanzlei-brandt.example"),
        "Ihr Vorstellungsgespräch am 03.12.2026",
        "Sehr geehrte/r Alex Morgan,\n\nwir freuen uns, Sie zum Vorstellungsgespräch für die Stelle als Steuerfachangestellte/r einzuladen: Donnerstag, 03.12.2026, 09:00–10:00 Uhr in unserer Kanzlei, Marktplatz 4, Münster. Den Termin finden Sie im Anhang.\n\nMit freundlichen Grüßen\nKanzlei Brandt & Partner",
        form="float",
        head=("X-WR-TIMEZONE:Europe/Berlin",),
        mode="attach",
        fname="termin.ics",
        people=[],
    )


# ------------------------------------------------------------------------------ review51 (held out)
def review51() -> None:
    f = "review51"
    s = at(2026, 12, 8, 14, 0, "Europe/London")
    S(
        f,
        "annual_en_teams",
        "en-GB",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Annual performance review – Alex Morgan",
        s,
        60,
        ("Rachel Okoye", "rachel.okoye@harbourline.example"),
        "Annual performance review – Alex Morgan",
        "Hi Alex,\n\nIt's that time of year again. Let's sit down for your annual performance review. Please complete your self-assessment in Workday beforehand and bring two goals you'd like for next year.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer or mobile app: https://teams.microsoft.example/l/meetup-join/19%3ameeting_hl51\n________________________________________________________________________________",
        form="win:GMT Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 10, 7, 10, 0, "Europe/Berlin")
    S(
        f,
        "einzel_de_zoho",
        "de",
        "not_invitation",
        "zoho",
        "REQUEST",
        "1:1 Alex / Jonas (wöchentlich)",
        s,
        30,
        ("Jonas Albrecht", "jonas.albrecht@nordlicht-gmbh.example"),
        "Einladung: 1:1 Alex / Jonas (wöchentlich)",
        "Hallo Alex,\n\nwie besprochen legen wir unser 1:1 auf mittwochs 10:00 Uhr. Themen sammeln wir im gemeinsamen Dokument.\n\nJonas",
        form="tzid:Europe/Berlin",
        with_vtz=False,
        more=("RRULE:FREQ=WEEKLY;COUNT=12",),
    )
    s = at(2026, 11, 17, 15, 0, "Europe/Paris")
    S(
        f,
        "mi_annee_fr_google",
        "fr",
        "not_invitation",
        "google",
        "REQUEST",
        "Point mi-année – Alex / Camille",
        s,
        45,
        ("Camille Renaud", "camille.renaud@verdure-sa.example"),
        "Invitation : Point mi-année – Alex / Camille @ mar. 17 nov. 2026 15:00 - 15:45 (CET)",
        "Camille Renaud vous a invité à un événement.\n\nPoint mi-année – Alex / Camille\nmardi 17 novembre 2026 15:00 – 15:45 (heure normale d'Europe centrale - Paris)\n\nOn fait le point sur tes objectifs et ta formation. Pense à remplir ton bilan dans l'outil RH.\n\nInvitation de Google Agenda",
        form="utc",
        uidstyle="google",
    )
    s = at(2026, 12, 1, 11, 0, "Europe/Amsterdam")
    S(
        f,
        "stay_nl_nextcloud",
        "nl",
        "not_invitation",
        "nextcloud",
        "REQUEST",
        "Blijfgesprek (stay interview) Alex – Sanne",
        s,
        45,
        ("Sanne Bakker", "sanne.bakker@polderdata.example"),
        "Uitnodiging: Blijfgesprek (stay interview) Alex – Sanne",
        "Hallo Alex,\n\nSanne Bakker heeft je uitgenodigd voor »Blijfgesprek (stay interview) Alex – Sanne« op 01-12-2026 11:00.\n\nIk hoor graag wat je motiveert en wat we kunnen verbeteren zodat je met plezier bij ons blijft werken.\n\nAccepteren · Voorlopig · Afwijzen\n\nVerstuurd vanuit Nextcloud",
        form="float",
        head=("X-WR-TIMEZONE:Europe/Amsterdam",),
    )
    s = at(2027, 1, 20, 13, 0, "Europe/Stockholm")
    S(
        f,
        "exit_sv_thunderbird",
        "sv",
        "not_invitation",
        "thunderbird",
        "REQUEST",
        "Avslutningssamtal (exit interview) – Alex Morgan",
        s,
        60,
        ("Lina Ekström", "lina.ekstrom@fjordbyte.example"),
        "Inbjudan: Avslutningssamtal (exit interview) – Alex Morgan",
        "Hej Alex,\n\ninnan din sista arbetsdag vill HR gärna ha ett avslutningssamtal med dig, onsdag 20 januari 2027 kl. 13.00–14.00. Vi pratar om din tid hos oss och vad vi kan göra bättre.\n\nHälsningar\nLina Ekström, HR",
        people=[me()],
    )
    s = at(2026, 11, 30, 9, 0, "Europe/Warsaw")
    S(
        f,
        "ocena_pl_outlook",
        "pl",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Rozmowa oceniająca 2026 – Alex Morgan",
        s,
        60,
        ("Tomasz Zieliński", "tomasz.zielinski@wislatech.example"),
        "Rozmowa oceniająca 2026 – Alex Morgan",
        "Cześć Alex,\n\nzapraszam na coroczną rozmowę oceniającą. Proszę wcześniej uzupełnić samoocenę w systemie HR.\n\nTomasz",
        form="win:Central European Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 12, 10, 16, 0, "America/New_York")
    S(
        f,
        "calibration_en_google",
        "en-US",
        "not_invitation",
        "google",
        "REQUEST",
        "Calibration: Q4 performance ratings (managers)",
        s,
        90,
        ("Dana Whitfield", "dana.whitfield@bluefin.example"),
        "Invitation: Calibration: Q4 performance ratings (managers) @ Thu Dec 10, 2026 4pm - 5:30pm (EST)",
        "Dana Whitfield has invited you to this event.\n\nCalibration: Q4 performance ratings (managers)\nThursday Dec 10, 2026 ⋅ 4pm – 5:30pm (Eastern Time - New York)\n\nPlease have your team's draft ratings entered before the session.\n\nInvitation from Google Calendar",
        form="utc",
        uidstyle="google",
    )
    # controls: another company's interview in the same shapes
    s = at(2026, 11, 18, 17, 30, "Europe/London")
    S(
        f,
        "ctl_interview_en_teams",
        "en-GB",
        "invitation",
        "exchange",
        "REQUEST",
        "Interview – Alex Morgan (Senior Analyst) – Tideway Partners",
        s,
        60,
        ("Oliver Grant", "oliver.grant@tideway-partners.example"),
        "Interview – Alex Morgan (Senior Analyst) – Tideway Partners",
        "Dear Alex,\n\nThank you for your application for the Senior Analyst role. We would like to invite you to a first interview on Wednesday 18 November 2026 from 17:30 to 18:30 (UK time) on Microsoft Teams.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer or mobile app: https://teams.microsoft.example/l/meetup-join/19%3ameeting_tw51\n________________________________________________________________________________\n\nKind regards,\nOliver Grant",
        form="win:GMT Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 12, 3, 12, 0, "Europe/Paris")
    S(
        f,
        "ctl_decale_fr_google",
        "fr",
        "reschedule",
        "google",
        "REQUEST",
        "Entretien – Alex Morgan / Contrôleur de gestion",
        s,
        60,
        ("Léa Fontaine", "lea.fontaine@cabinet-orme.example"),
        "Invitation mise à jour : Entretien – Alex Morgan / Contrôleur de gestion @ jeu. 3 déc. 2026 12:00 - 13:00 (CET)",
        "Cet événement a été modifié.\n\nEntretien – Alex Morgan / Contrôleur de gestion\nModifié : jeudi 3 décembre 2026 12:00 – 13:00 (heure normale d'Europe centrale - Paris)\nAvant : mercredi 2 décembre 2026 10:00 – 11:00\n\nNous avons dû décaler votre entretien d'un jour.\n\nInvitation de Google Agenda",
        form="utc",
        uidstyle="google",
        seq=1,
        zone="Europe/Paris",
        days=2,
    )
    s = at(2026, 11, 24, 10, 0, "Europe/Amsterdam")
    S(
        f,
        "ctl_sollicitatie_nl_nextcloud",
        "nl",
        "invitation",
        "nextcloud",
        "REQUEST",
        "Sollicitatiegesprek Alex Morgan – Data engineer",
        s,
        60,
        ("Ruben Smit", "ruben.smit@dijkdata.example"),
        "Uitnodiging: Sollicitatiegesprek Alex Morgan – Data engineer",
        "Hallo Alex,\n\nRuben Smit heeft je uitgenodigd voor »Sollicitatiegesprek Alex Morgan – Data engineer« op 24-11-2026 10:00.\n\nBedankt voor je sollicitatie; we maken graag kennis op ons kantoor in Utrecht.\n\nAccepteren · Voorlopig · Afwijzen\n\nVerstuurd vanuit Nextcloud",
        form="float",
        head=("X-WR-TIMEZONE:Europe/Amsterdam",),
    )


# ------------------------------------------------------------------------------ onboard51 (held out)
def onboard51() -> None:
    f = "onboard51"
    s = at(2026, 9, 7, 9, 0, "America/Chicago")
    S(
        f,
        "firstday_en_bamboo",
        "en-US",
        "not_invitation",
        "bamboo",
        "REQUEST",
        "First day at Prairie Mutual – welcome & paperwork",
        s,
        240,
        ("People Ops – Prairie Mutual", "onboarding@prairiemutual.example"),
        "Your first day at Prairie Mutual",
        "Hi Alex,\n\nWe're so excited you accepted our offer! Your first day is Monday, September 7, 2026. Please arrive at 9:00 AM (Central Time) at 500 Grand Ave, 4th floor reception.\n\nBring your I-9 documents. We'll finish paperwork, set up your laptop and have lunch with the team.\n\nWelcome aboard!\nPeople Ops",
        form="utc",
        mode="attach",
        fname="first-day.ics",
    )
    s = at(2026, 10, 1, 9, 30, "Europe/Berlin")
    S(
        f,
        "einfuehrung_de_teams",
        "de",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Einführungstag für neue Mitarbeitende",
        s,
        420,
        ("Onboarding Rheinwerk AG", "onboarding@rheinwerk-ag.example"),
        "Einführungstag für neue Mitarbeitende",
        "Hallo Alex,\n\nherzlich willkommen bei der Rheinwerk AG! Wir laden dich zu unserem Einführungstag am 1. Oktober ein: Vorstellung der Bereiche, Sicherheitsunterweisung, Ausgabe von Laptop und Zugangskarte.\n\nViele Grüße\nDein Onboarding-Team",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 9, 21, 10, 0, "Europe/Rome")
    S(
        f,
        "firma_it_zoho",
        "it",
        "not_invitation",
        "zoho",
        "REQUEST",
        "Firma del contratto e consegna badge",
        s,
        60,
        ("Ufficio Personale – Officine Ardesia", "personale@officine-ardesia.example"),
        "Invito: Firma del contratto e consegna badge",
        "Gentile Alex,\n\ncome anticipato al telefono, la aspettiamo lunedì 21 settembre 2026 alle 10:00 per la firma del contratto e la consegna del badge. Porti un documento d'identità e il codice fiscale.\n\nA presto!\nUfficio Personale",
        form="tzid:Europe/Rome",
        with_vtz=False,
    )
    s = at(2026, 10, 5, 8, 30, "America/Sao_Paulo")
    S(
        f,
        "integracao_ptbr_google",
        "pt-BR",
        "not_invitation",
        "google",
        "REQUEST",
        "Integração de novos colaboradores – Alex Morgan",
        s,
        480,
        ("Gente & Gestão – Rota Verde", "gente@rotaverde.example"),
        "Convite: Integração de novos colaboradores – Alex Morgan @ seg 5 de out de 2026 08:30 - 16:30 (BRT)",
        "Gente & Gestão – Rota Verde convidou você para um evento.\n\nIntegração de novos colaboradores – Alex Morgan\nsegunda-feira, 5 de outubro de 2026 08:30 – 16:30 (Horário de Brasília - São Paulo)\n\nSeja bem-vindo! No seu primeiro dia você conhece a empresa, recebe o notebook e almoça com o time.\n\nConvite do Google Agenda",
        form="utc",
        uidstyle="google",
    )
    s = at(2026, 9, 14, 11, 0, "Europe/London")
    S(
        f,
        "it_setup_en_apple",
        "en-GB",
        "not_invitation",
        "apple",
        "REQUEST",
        "Laptop collection & IT set-up (new starter)",
        s,
        45,
        ("Imogen Hale", "imogen.hale@tideway-partners.example"),
        "Invitation: Laptop collection & IT set-up (new starter)",
        "Hi Alex,\n\nAhead of your start, could you pop in on Monday 14 September at 11:00 to collect your laptop and set up your accounts? It takes about 45 minutes.\n\nSee you soon,\nImogen (IT Service Desk)",
        people=[me()],
    )
    s = at(2026, 10, 1, 12, 30, "Asia/Tokyo")
    S(
        f,
        "nyusha_ja_outlook",
        "ja",
        "not_invitation",
        "exchange",
        "REQUEST",
        "入社オリエンテーション・歓迎ランチ",
        s,
        90,
        ("人事部 山本", "jinji@sakura-sys.example"),
        "入社オリエンテーション・歓迎ランチのご案内",
        "Alex Morgan 様\n\nこのたびはご入社おめでとうございます。10月1日の入社日に、オリエンテーションと歓迎ランチを予定しております。\n\n日時：2026年10月1日 12:30～14:00\n場所：本社 8階 会議室A\n\n人事部 山本",
        form="win:Tokyo Standard Time",
        uidstyle="outlook",
    )
    s = at(2026, 9, 16, 15, 0, "Europe/Madrid")
    S(
        f,
        "beneficios_es_teams",
        "es",
        "not_invitation",
        "exchange",
        "REQUEST",
        "Sesión de beneficios y alta en nómina (nuevas incorporaciones)",
        s,
        60,
        ("RR. HH. Grupo Levante", "rrhh@grupo-levante.example"),
        "Sesión de beneficios y alta en nómina (nuevas incorporaciones)",
        "Hola Alex:\n\nBienvenido a Grupo Levante. Te convocamos a la sesión de beneficios para nuevas incorporaciones, donde te explicaremos el seguro médico, la retribución flexible y el alta en nómina.\n\nUn saludo,\nRR. HH.",
        form="win:Romance Standard Time",
        uidstyle="outlook",
    )
    # controls
    s = at(2026, 8, 4, 15, 0, "America/Chicago")
    S(
        f,
        "ctl_final_en_bamboo",
        "en-US",
        "invitation",
        "bamboo",
        "REQUEST",
        "Final interview – Alex Morgan (Claims Analyst)",
        s,
        60,
        ("People Ops – Prairie Mutual", "recruiting@prairiemutual.example"),
        "Final interview – Alex Morgan (Claims Analyst)",
        f"Hi Alex,\n\nThanks for speaking with us last week! We'd like to invite you to a final interview with our VP of Claims.\n\nWhen: {en(s)} Central Time\nWhere: 500 Grand Ave, 4th floor\nDuration: 1 hour\n\nPeople Ops",
        form="utc",
        zone=None,
        mode="attach",
        fname="interview.ics",
    )
    s = at(2026, 8, 20, 14, 0, "Europe/Berlin")
    S(
        f,
        "ctl_verschoben_de_teams",
        "de",
        "reschedule",
        "exchange",
        "REQUEST",
        "Zweites Vorstellungsgespräch – Alex Morgan (Projektingenieur)",
        s,
        90,
        ("Katrin Vogel", "katrin.vogel@rheinwerk-ag.example"),
        "Neuer Termin: Zweites Vorstellungsgespräch – Alex Morgan",
        "Hallo Alex,\n\nunser zweites Gespräch muss leider verschoben werden: vom 19.08.2026, 10:00 Uhr auf Donnerstag, 20.08.2026, 14:00–15:30 Uhr. Die Kalendereinladung ist aktualisiert.\n\nViele Grüße\nKatrin Vogel",
        form="win:W. Europe Standard Time",
        uidstyle="outlook",
        seq=1,
        days=3,
    )
    s = at(2026, 8, 27, 11, 0, "Europe/Rome")
    cancel(
        f,
        "ctl_annullato_it_zoho",
        "it",
        "zoho",
        "Colloquio finale – Alex Morgan (Tecnico di produzione)",
        s,
        60,
        ("Ufficio Personale – Officine Ardesia", "personale@officine-ardesia.example"),
        "Annullato: Colloquio finale – Alex Morgan (Tecnico di produzione)",
        "Gentile Alex,\n\nci dispiace comunicarle che il colloquio finale di giovedì 27 agosto 2026 alle 11:00 è annullato: la posizione è stata sospesa. La ricontatteremo se si riaprirà.\n\nUfficio Personale",
        form="tzid:Europe/Rome",
        with_vtz=False,
        days=2,
    )


# ------------------------------------------------------------------------------ second round (dev)
def second_round() -> None:
    """Written after first sight, all dev: a second sender for each kind a fix reads (a
    shelter's adoption talk, a bank's mortgage talk, a selection committee the reader sits on),
    so that no rule rests on one file."""
    s = at(2026, 11, 14, 10, 30, "America/Denver")
    S(
        "svcintv51",
        "shelter_en_simplybook",
        "en-US",
        "not_invitation",
        "-//SimplyBook.me//Booking System//EN",
        "REQUEST",
        "Adoption interview – Pepper (2 yr old terrier mix)",
        s,
        45,
        ("Foothills Animal Shelter", "adopt@foothills-shelter.example"),
        "Your booking is confirmed",
        "Hi Alex,\n\nYour booking is confirmed.\n\nService: Adoption interview – Pepper (2 yr old terrier mix)\nDate: November 14, 2026\nTime: 10:30 am - 11:15 am (Mountain Time)\n\nAt the animal shelter we will talk about your home and routine, then you can meet Pepper in the play yard. Please bring a photo ID and your landlord's pet policy if you rent.\n\nFoothills Animal Shelter",
        form="utc",
        mode="attach",
        fname="booking.ics",
    )
    s = at(2026, 12, 1, 12, 0, "Europe/Madrid")
    S(
        "svcintv51",
        "hipoteca_es_zoho",
        "es",
        "not_invitation",
        "zoho",
        "REQUEST",
        "Entrevista con su gestor – hipoteca vivienda habitual",
        s,
        60,
        ("Caja Rural del Turia – Oficina 12", "oficina12@cajaturia.example"),
        "Invitación: Entrevista con su gestor – hipoteca vivienda habitual",
        "Estimado/a Alex Morgan:\n\nLe confirmamos la entrevista con su gestor, Andrés Navarro, para estudiar la hipoteca de su vivienda habitual el martes 1 de diciembre de 2026 a las 12:00 en nuestra oficina de la calle Colón 22, Valencia.\n\nTraiga las dos últimas nóminas, la declaración de la renta y el contrato de arras.\n\nCaja Rural del Turia",
        form="tzid:Europe/Madrid",
        with_vtz=False,
    )
    s = at(2026, 11, 26, 9, 0, "Europe/Berlin")
    S(
        "panelduty51",
        "kommission_de_zoho",
        "de",
        "not_invitation",
        "zoho",
        "REQUEST",
        "Auswahlgespräch Bewerberin Nina Haas (Kommission)",
        s,
        60,
        ("Frank Weber", "frank.weber@stadtwerke-auental.example"),
        "Einladung: Auswahlgespräch Bewerberin Nina Haas (Kommission)",
        "Hallo Alex,\n\ndu sitzt mit mir und Frau Kaya in der Auswahlkommission für die Stelle in der Buchhaltung. Die Unterlagen von Frau Haas liegen im Bewerberportal; wir sprechen direkt nach dem Gespräch über die Entscheidung.\n\nGruß\nFrank",
        form="tzid:Europe/Berlin",
        with_vtz=False,
        people=[me(), att("Nina Haas", "nina.haas@mail.example")],
    )


def render(c) -> bytes:  # type: ignore[no-untyped-def]
    return cb.render(c).replace(b"@calneg50.example>", b"@calendar51.example>")


def main() -> None:
    for build in (panelduty51, svcintv51, webinar51, pubcal51, review51, onboard51, second_round):
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
            "a calendar-bearing look-alike: " + FAMILIES[c.family].split(";")[0]
            if c.kind == "not_invitation"
            else "the reader's own interview in the same calendar shape"
        )
        (folder / f"{name}.expected.json").write_text(
            json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(len(cases), "files;", "held out:", ", ".join(sorted(HELDOUT)))


if __name__ == "__main__":
    main()
