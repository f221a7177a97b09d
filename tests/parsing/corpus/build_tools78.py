# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "tools78" batch: look-alikes that come from the reader's own tools or put the
reader on the hiring side, in the kinds whose held-out families (jobtrack50, calpanel54,
hireside66h, hirecomm25, jmb26) were still claimed: job-tracker reminders and digests of the
reader's own pipeline, personal to-do and notes apps, the reader's own calendar's daily agenda,
applicant trackers telling the reader they were added as an interviewer, scorecard reminders and
interview kits, a scheduling tool's "new booking" notice to the host, an HR colleague asking the
reader to cover an interview, an internal hiring committee's meeting. Controls (about a quarter):
the reader's own interview set by the employer in the same words.

Run: .venv/bin/python tests/parsing/corpus/build_tools78.py

All text is ours, written by hand with no template; people, companies, tools and addresses are
made up (tool names in senders are only display names). Labels come from the datetimes the text
is rendered from (zoneinfo) and were written before the parser was run on any message of the
batch. A seeded third is held out (family tools78h), chosen by pp.seeded_cases before any file
was parsed. Helpers come from build_looks60.py. Deterministic; the script deletes or writes only
files of its own families.
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
ZONE = {**lk.ZONE, "ru": "Europe/Moscow"}
FAMILY = "tools78"
HELD_FAMILY = "tools78h"
FAMILIES = {
    FAMILY: "Look-alikes from the reader's own tools (job trackers, to-do and notes apps, the "
    "reader's calendar agenda) or with the reader on the hiring side (added as interviewer, "
    "scorecards, interview kits, a booking tool's notice to the host, a colleague asking to "
    "cover an interview, a hiring committee's meeting), beside the reader's own interviews "
    "set by the employer in the same words.",
    HELD_FAMILY: "The held-out third of tools78, chosen by the file names' hashes before any parse.",
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
        f"tools78 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- kinds (one note per kind) ------------------------------------------------------------------
TRACKER = "A job-search tracker's reminder or digest of an interview the reader logged in it themselves: the tool repeats the reader's own note and sets nothing new (README: task reminders and digests set nothing new; as jobtrack50 and referee50 label them)."
TODO = "A personal to-do, notes or board app reminding the reader of a task they wrote about an interview: the reader's own note (as duenote50 and referee50 label them)."
AGENDA = "The reader's own calendar's daily or weekly agenda mail listing an interview already in it: a digest of what the reader holds (as tools56, events44 and looks74 label them)."
ATSIVW = "An applicant tracker's notice to the reader as interviewer: added to an interview panel, a scorecard to submit, an interview kit to read (as atsinterviewer26, hirer50 and hireside66 label them)."
BOOKING = "A scheduling tool's 'new booking' notice to the reader as host: someone booked a slot on the reader's page (as hirer51 and looks76 label them)."
COVER = "An HR colleague asking the reader to cover or sit in on someone else's interview of a candidate: the reader interviews (as hirer51 and hireside66 label them)."
COMMITTEE = "An internal hiring committee's meeting or debrief with the reader on it, about candidates (as hirecomm25 and looks76 label them)."
OWN = "The reader's own job interview at a fixed time set by the employer or its recruiter, in prose with a look-alike's neighbouring words (reminder, agenda, interviewer, booking, committee) (control)."


def english_us() -> None:
    add("en-US", "tracker_reminder", ("Jobtrail", "reminders@jobtrail.example"),
        "Reminder: Interview with Acme Robotics tomorrow",
        "Hi Alex,\n\nThis is a reminder you set in Jobtrail.\n\nInterview with Acme Robotics - Product Designer\nTuesday, March 9, 2027 at 2:00 PM\nStage: Onsite (moved by you on Mar 2)\n\nPrep checklist: research the team, prepare 3 questions.\n\nOpen your board to update this job.\n\nJobtrail - your job search, organized", TRACKER)  # fmt: skip
    add("en-US", "ats_added_interviewer", ("Talentloop", "no-reply@talentloop.example"),
        "You've been added as an interviewer for Jane Doe",
        "Hi Alex,\n\nYou have been added as an interviewer for Jane Doe (Backend Engineer).\n\nThursday, March 11, 2027, 3:30 PM - 4:30 PM\nStage: Technical Interview\nRoom: Redwood / Zoom\n\nYour interview kit and scorecard are ready. Please submit feedback within 24 hours.\n\nTalentloop", ATSIVW)  # fmt: skip
    add("en-US", "hiring_committee", ("Greg Olsen", "greg.olsen@brightpath.example"),
        "Hiring committee - Staff Engineer candidates",
        "Team,\n\nThe hiring committee for the Staff Engineer search meets Wednesday, March 10 at 10:00 AM in the 4th floor boardroom. We'll review the three finalists' interview packets and vote on an offer. Please read the debrief notes beforehand.\n\nGreg", COMMITTEE)  # fmt: skip
    add("en-US", "own_interview_reminder", ("Nina Brooks, Halcyon Labs", "nina.brooks@halcyonlabs.example"),
        "Reminder: your interview with Halcyon Labs",
        "Hi Alex,\n\nA quick reminder of your interview for the UX Researcher position on Friday, March 12 at 11:00 AM at our office, 220 Mercer Street. Your interviewers will be the design lead and me.\n\nSee you then,\nNina Brooks\nRecruiting, Halcyon Labs", OWN, slot=F12)  # fmt: skip


def english_gb() -> None:
    add("en-GB", "calendar_agenda", ("Calendar", "calendar-notification@mailbox.example"),
        "Your agenda for Tuesday 9 March",
        "Good morning Alex, here is your day:\n\n09:30 - 10:00  Stand-up\n14:00 - 15:00  Interview - Fernbrook Ltd (Teams)\n18:30          Climbing\n\nYou are receiving this daily agenda because you turned it on in your calendar settings.", AGENDA)  # fmt: skip
    add("en-GB", "cover_interview", ("Harriet Cole", "harriet.cole@willowbank.example.co.uk"),
        "Could you cover an interview on Wednesday?",
        "Hi Alex,\n\nI'm off sick this week. Could you cover my interview with the candidate Oliver Grant for the payroll assistant role on Wednesday 10 March at 10:00? His CV and the question sheet are in the shared folder. Just fill in the scoring grid afterwards.\n\nThanks so much,\nHarriet", COVER)  # fmt: skip
    add("en-GB", "booking_host", ("Meetslot", "notifications@meetslot.example.co.uk"),
        "New booking: Interview call with Sam Patel",
        "Hi Alex,\n\nYou have a new booking.\n\nEvent: Interview call (30 min)\nBooked by: Sam Patel\nWhen: Thursday 11 March 2027, 15:30 - 16:00\nNotes from invitee: applying for the apprentice post.\n\nManage your bookings in Meetslot.", BOOKING)  # fmt: skip
    add("en-GB", "own_interview_panel", ("Laura Finch, Northgate Council", "recruitment@northgate.example.gov.uk"),
        "Interview invitation - Policy Officer",
        "Dear Alex,\n\nThank you for applying for the Policy Officer post. We are pleased to invite you to interview on Tuesday 16 March at 10:30 at the Civic Centre, Room 2. The panel will be the service manager and two interviewers from the team.\n\nKind regards,\nLaura Finch\nHR", OWN, slot=T16)  # fmt: skip


def german() -> None:
    add("de", "tracker_erinnerung", ("Bewerbungsplaner", "erinnerung@bewerbungsplaner.example.de"),
        "Erinnerung: Vorstellungsgespräch bei Lindner AG morgen",
        "Hallo Alex,\n\ndu hast für diese Bewerbung eine Erinnerung gesetzt:\n\nLindner AG – Projektleitung\nVorstellungsgespräch: Dienstag, 9. März 2027, 14:00 Uhr\nStatus: Gespräch (von dir geändert am 3. März)\n\nTipp: Notiere dir drei Fragen an das Team.\n\nDein Bewerbungsplaner", TRACKER)  # fmt: skip
    add("de", "ats_interviewer_hinzugefuegt", ("Personio-Team Recruiting", "recruiting@kesselwerk.example.de"),
        "Du wurdest als Interviewer hinzugefügt",
        "Hallo Alex,\n\nDu wurdest als Interviewer für die Kandidatin Miriam Vogt (Controllerin) eingetragen.\n\nTermin: Donnerstag, 11. März 2027, 15:30–16:30 Uhr\nOrt: Besprechungsraum Elbe\n\nBitte gib nach dem Gespräch deine Bewertung im Bewertungsbogen ab.", ATSIVW)  # fmt: skip
    add("de", "eigenes_gespraech", ("Katrin Maurer, Lindner AG", "k.maurer@lindner-ag.example.de"),
        "Einladung zum Vorstellungsgespräch",
        "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zum Vorstellungsgespräch am Mittwoch, 17. März 2027, um 14:00 Uhr in unsere Zentrale, Hafenstraße 12, Hamburg, ein. Ihre Gesprächspartner sind die Bereichsleitung und ich.\n\nMit freundlichen Grüßen\nKatrin Maurer\nPersonal", OWN, slot=W17)  # fmt: skip


def french() -> None:
    add("fr", "todo_rappel", ("Tâchio", "rappels@tachio.example.fr"),
        "Rappel : Préparer l'entretien Vasseur",
        "Bonjour Alex,\n\nTâche de votre liste « Recherche d'emploi » :\n\nPréparer l'entretien chez Vasseur & Fils\nÉchéance : mercredi 10 mars 2027, 10:00\n\nVous avez créé ce rappel le 1er mars. Marquer comme terminée depuis l'application.", TODO)  # fmt: skip
    add("fr", "collegue_remplacer", ("Sophie Marchand", "sophie.marchand@lumeo.example.fr"),
        "Tu peux me remplacer pour un entretien ?",
        "Salut Alex,\n\nJe serai en déplacement jeudi. Pourrais-tu me remplacer pour l'entretien avec la candidate Léa Moreau (poste de comptable) le jeudi 11 mars à 15h30 ? Sa fiche et la grille d'évaluation sont dans le dossier partagé.\n\nMerci !\nSophie", COVER)  # fmt: skip
    add("fr", "comite_recrutement", ("Direction RH Lumeo", "rh@lumeo.example.fr"),
        "Comité de recrutement – poste de directeur financier",
        "Bonjour à tous,\n\nLe comité de recrutement se réunira le mardi 9 mars à 14h00 en salle Seine pour examiner les trois candidatures finalistes et leurs comptes rendus d'entretien. Merci de venir avec vos évaluations.\n\nLa DRH", COMMITTEE)  # fmt: skip
    add("fr", "propre_entretien", ("Claire Benoît, Vasseur & Fils", "c.benoit@vasseur.example.fr"),
        "Convocation à un entretien",
        "Bonjour Monsieur Morgan,\n\nSuite à votre candidature, nous avons le plaisir de vous convier à un entretien le vendredi 12 mars 2027 à 11h00 dans nos locaux, 8 rue des Tanneurs, Lyon. Vous rencontrerez le directeur du service.\n\nCordialement,\nClaire Benoît\nRessources humaines", OWN, slot=F12)  # fmt: skip


def spanish() -> None:
    add("es", "tracker_resumen", ("Postulapp", "resumen@postulapp.example.es"),
        "Tu resumen semanal de candidaturas",
        "Hola Alex:\n\nEsta semana en tu búsqueda:\n\n• Grupo Ribera – Analista: entrevista el miércoles 10 de marzo a las 10:00 (la anotaste tú)\n• Talleres Oria – Técnico: solicitud enviada\n• Farmacia Luz: sin respuesta desde hace 14 días\n\nActualiza tus candidaturas en Postulapp.", TRACKER)  # fmt: skip
    add("es", "ats_tarjeta_evaluacion", ("Reclutia", "avisos@reclutia.example.es"),
        "Recordatorio: envía tu evaluación",
        "Hola Alex:\n\nHoy a las 14:00 (martes 9 de marzo) entrevistas a Marta Gil para el puesto de Jefa de Almacén. Recuerda que eres entrevistador en esta fase y que debes enviar tu tarjeta de evaluación antes de las 18:00.\n\nReclutia", ATSIVW)  # fmt: skip
    add("es", "propia_entrevista", ("Lucía Prieto, Grupo Ribera", "lucia.prieto@gruporibera.example.es"),
        "Entrevista – Analista de datos",
        "Estimado Alex:\n\nNos gustaría invitarle a una entrevista para el puesto de Analista de datos el martes 16 de marzo a las 10:30 en nuestras oficinas de la calle Alcalá 150, Madrid. Le entrevistarán la responsable del equipo y un compañero.\n\nUn saludo,\nLucía Prieto\nSelección", OWN, slot=T16)  # fmt: skip


def italian() -> None:
    add("it", "agenda_giornaliera", ("Calendario", "calendario@mailbox.example"),
        "Il tuo programma di giovedì 11 marzo",
        "Buongiorno Alex, ecco la tua giornata:\n\n09:00 Palestra\n15:30–16:30 Colloquio Ferri Costruzioni (videochiamata)\n20:00 Cena da Paolo\n\nRicevi questo riepilogo perché lo hai attivato nelle impostazioni del calendario.", AGENDA)  # fmt: skip
    add("it", "prenotazione_host", ("Fissaora", "notifiche@fissaora.example.it"),
        "Nuova prenotazione: colloquio conoscitivo",
        "Ciao Alex,\n\nHai una nuova prenotazione sulla tua pagina.\n\nEvento: Colloquio conoscitivo (20 min)\nPrenotato da: Giulia Rinaldi\nQuando: mercoledì 10 marzo 2027, 10:00–10:20\n\nGestisci le prenotazioni da Fissaora.", BOOKING)  # fmt: skip
    add("it", "proprio_colloquio", ("Marco Ferri, Ferri Costruzioni", "m.ferri@ferricostruzioni.example.it"),
        "Invito a colloquio",
        "Gentile Alex,\n\nla ringraziamo per la candidatura. La invitiamo a un colloquio lunedì 15 marzo alle 9:00 presso la nostra sede di Via Emilia 40, Modena. Incontrerà il responsabile tecnico.\n\nCordiali saluti,\nMarco Ferri", OWN, slot=M15)  # fmt: skip


def dutch() -> None:
    add("nl", "todo_herinnering", ("Lijstje", "herinneringen@lijstje.example.nl"),
        "Herinnering: sollicitatiegesprek Van Dijk Logistiek",
        "Hoi Alex,\n\nJe hebt een herinnering ingesteld:\n\nSollicitatiegesprek Van Dijk Logistiek – map meenemen\nDonderdag 11 maart 2027, 15:30\n\nDeze taak staat in je lijst 'Werk zoeken'.", TODO)  # fmt: skip
    add("nl", "ats_interviewkit", ("Werfhuis", "noreply@werfhuis.example.nl"),
        "Interviewkit klaar voor je gesprek met Daan Smit",
        "Hoi Alex,\n\nJe bent ingepland als interviewer voor kandidaat Daan Smit (Accountmanager).\n\nDinsdag 9 maart 2027, 14:00–15:00\nLocatie: kantoor Utrecht, zaal 3\n\nDe interviewkit en het beoordelingsformulier staan klaar.", ATSIVW)  # fmt: skip
    add("nl", "eigen_gesprek", ("Fleur de Boer, Van Dijk Logistiek", "f.deboer@vandijklogistiek.example.nl"),
        "Uitnodiging sollicitatiegesprek",
        "Beste Alex,\n\nBedankt voor je sollicitatie. We nodigen je graag uit voor een gesprek op woensdag 17 maart om 14:00 op ons kantoor, Havenweg 3, Rotterdam. Je spreekt met de teamleider en met mij.\n\nMet vriendelijke groet,\nFleur de Boer", OWN, slot=W17)  # fmt: skip


def polish() -> None:
    add("pl", "tracker_przypomnienie", ("Aplikator", "przypomnienia@aplikator.example.pl"),
        "Przypomnienie: rozmowa w Nowak Sp. z o.o. jutro",
        "Cześć Alex,\n\nUstawiłeś to przypomnienie w Aplikatorze:\n\nRozmowa kwalifikacyjna – Nowak Sp. z o.o.\nwtorek, 9 marca 2027, 14:00\nEtap: rozmowa (zmieniony przez Ciebie 2 marca)\n\nOtwórz tablicę, aby zaktualizować status.", TRACKER)  # fmt: skip
    add("pl", "zastepstwo_rekrutacja", ("Agnieszka Wróbel", "a.wrobel@sigmatech.example.pl"),
        "Czy możesz mnie zastąpić na rozmowie?",
        "Cześć Alex,\n\nW środę 10 marca o 10:00 mam rozmowę z kandydatem Piotrem Zielińskim na stanowisko magazyniera, ale wypada mi szkolenie. Czy możesz przeprowadzić ją za mnie? Arkusz oceny i CV są na dysku.\n\nDzięki,\nAgnieszka", COVER)  # fmt: skip
    add("pl", "wlasna_rozmowa", ("Katarzyna Lis, Nowak Sp. z o.o.", "k.lis@nowak.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\ndziękujemy za przesłanie aplikacji. Zapraszamy Pana na rozmowę kwalifikacyjną w piątek, 12 marca 2027 r. o godz. 11:00 w naszym biurze przy ul. Prostej 20 w Warszawie.\n\nPozdrawiamy,\nKatarzyna Lis\nDział HR", OWN, slot=F12)  # fmt: skip


def swedish() -> None:
    add("sv", "kalender_dagsoversikt", ("Kalender", "kalender@mailbox.example"),
        "Din dag: onsdag 10 mars",
        "Hej Alex, här är din dag:\n\n08:30 Löpning\n10:00–11:00 Intervju – Berg & Lund AB\n17:00 Hämta på förskolan\n\nDu får den här dagsöversikten eftersom du har aktiverat den i kalenderinställningarna.", AGENDA)  # fmt: skip
    add("sv", "rekryteringsgrupp", ("Maria Holm", "maria.holm@norrsken.example.se"),
        "Rekryteringsgruppen träffas torsdag",
        "Hej alla,\n\nRekryteringsgruppen för tjänsten som ekonomichef träffas torsdag 11 mars kl. 15:30 i rum Ek. Vi går igenom intervjuanteckningarna för de tre slutkandidaterna och bestämmer vem vi går vidare med.\n\nMaria", COMMITTEE)  # fmt: skip
    add("sv", "egen_intervju", ("Johan Berg, Berg & Lund AB", "johan.berg@berglund.example.se"),
        "Inbjudan till intervju",
        "Hej Alex,\n\nTack för din ansökan. Vi vill gärna träffa dig på intervju tisdag 16 mars kl. 10:30 på vårt kontor, Sveavägen 40, Stockholm.\n\nVänliga hälsningar,\nJohan Berg", OWN, slot=T16)  # fmt: skip


def portuguese() -> None:
    add("pt-BR", "tracker_lembrete", ("Vagalume", "lembretes@vagalume.example.com.br"),
        "Lembrete: entrevista na Solaris amanhã",
        "Oi Alex,\n\nVocê criou este lembrete no Vagalume:\n\nEntrevista – Solaris Energia (Analista Financeiro)\nquinta-feira, 11 de março de 2027, 15:30\nEtapa: entrevista (atualizada por você em 4 de março)\n\nAbra seu quadro para atualizar a vaga.", TRACKER)  # fmt: skip
    add("pt-BR", "agendamento_anfitriao", ("Marcaí", "avisos@marcai.example.com.br"),
        "Novo agendamento: Entrevista inicial com Rafael Costa",
        "Olá Alex,\n\nVocê tem um novo agendamento.\n\nTipo: Entrevista inicial (30 min)\nConvidado: Rafael Costa\nData: terça-feira, 9 de março de 2027, 14:00–14:30\n\nGerencie seus agendamentos no Marcaí.", BOOKING)  # fmt: skip
    add("pt-BR", "propria_entrevista", ("Beatriz Lima, Solaris Energia", "beatriz.lima@solaris.example.com.br"),
        "Convite para entrevista",
        "Olá Alex,\n\nObrigada pela sua candidatura. Gostaríamos de convidá-lo para uma entrevista na quarta-feira, 17 de março, às 14:00, em nosso escritório na Av. Paulista 900, São Paulo. Você conversará com a gestora da área.\n\nAtenciosamente,\nBeatriz Lima\nRecrutamento", OWN, slot=W17)  # fmt: skip


def japanese() -> None:
    add("ja", "tracker_remind", ("就活ノート", "remind@shukatsu-note.example.jp"),
        "リマインド：明日 桜井商事 面接",
        "Alex さん\n\nあなたが登録した予定のリマインドです。\n\n桜井商事株式会社 一次面接\n2027年3月9日（火）14:00\nメモ：履歴書を持参\n\n就活ノートで進捗を更新できます。", TRACKER)  # fmt: skip
    add("ja", "ats_mensetsukan", ("採用管理システム", "noreply@saiyo-kanri.example.jp"),
        "面接官に設定されました：田中 美咲さん",
        "Alex さん\n\n以下の面接の面接官に設定されました。\n\n候補者：田中 美咲（営業職）\n日時：2027年3月11日（木）15:30〜16:30\n場所：本社 会議室B\n\n面接後は評価シートを提出してください。", ATSIVW)  # fmt: skip
    add("ja", "jibun_mensetsu", ("株式会社桜井商事 人事部", "saiyo@sakurai.example.jp"),
        "面接のご案内",
        "Alex Morgan 様\n\nこの度はご応募いただき、誠にありがとうございます。\n面接を下記のとおり実施いたします。\n\n日時：2027年3月12日（金）11:00〜\n場所：弊社本社（東京都港区芝5-1-1）\n\n何卒よろしくお願いいたします。\n\n人事部 採用担当", OWN, slot=F12)  # fmt: skip


def chinese() -> None:
    add("zh", "daiban_tixing", ("清单助手", "remind@qingdan.example.cn"),
        "提醒：准备华晨科技面试",
        "Alex，你好：\n\n你在“求职”清单中设置的任务到期了：\n\n准备华晨科技面试材料\n截止：2027年3月10日 10:00\n\n完成后可在应用中勾选。", TODO)  # fmt: skip
    add("zh", "daiti_mianshi", ("王丽", "wangli@xinghe.example.cn"),
        "能帮我面一个候选人吗？",
        "Alex：\n\n我3月11日（周四）下午3:30原本要面试一位会计岗位的候选人刘洋，但临时要出差。你能替我面试吗？简历和评分表在共享文件夹里。\n\n谢谢！\n王丽", COVER)  # fmt: skip
    add("zh", "ziji_mianshi", ("华晨科技 人力资源部", "hr@huachen.example.cn"),
        "面试邀请",
        "Alex 您好：\n\n感谢您投递我司产品经理职位。诚邀您于2027年3月16日（周二）上午10:30到我司参加面试，地址：上海市浦东新区世纪大道100号。\n\n华晨科技 人力资源部", OWN, slot=T16)  # fmt: skip


def korean() -> None:
    add("ko", "tracker_allim", ("잡노트", "alert@jobnote.example.kr"),
        "알림: 내일 한빛전자 면접",
        "Alex 님,\n\n직접 등록하신 일정 알림입니다.\n\n한빛전자 1차 면접\n2027년 3월 9일 (화) 오후 2:00\n메모: 포트폴리오 챙기기\n\n잡노트에서 지원 현황을 업데이트하세요.", TRACKER)  # fmt: skip
    add("ko", "myeonjeopgwan_baejeong", ("채용관리", "noreply@recruit-hub.example.kr"),
        "면접관으로 배정되었습니다",
        "Alex 님,\n\n다음 면접의 면접관으로 배정되었습니다.\n\n지원자: 박서연 (마케팅 매니저)\n일시: 2027년 3월 10일 (수) 오전 10:00\n장소: 본사 3층 회의실\n\n면접 후 평가표를 제출해 주세요.", ATSIVW)  # fmt: skip
    add("ko", "jasin_myeonjeop", ("한빛전자 인사팀", "recruit@hanbit.example.kr"),
        "면접 안내",
        "Alex Morgan 님께\n\n한빛전자 채용에 지원해 주셔서 감사합니다. 면접 일정을 안내드립니다.\n\n일시: 2027년 3월 17일 (수) 오후 2:00\n장소: 서울시 강남구 테헤란로 200, 본사 5층\n\n감사합니다.\n인사팀", OWN, slot=W17)  # fmt: skip


def turkish() -> None:
    add("tr", "takvim_gunluk", ("Takvim", "takvim@mailbox.example"),
        "Bugünkü programın: 9 Mart Salı",
        "Günaydın Alex, bugünün programı:\n\n09:00 Ekip toplantısı\n14:00–15:00 Mülakat – Yıldız Tekstil\n19:00 Yoga\n\nBu günlük özeti takvim ayarlarından açtığın için alıyorsun.", AGENDA)  # fmt: skip
    add("tr", "ise_alim_komitesi", ("Ayşe Demir", "ayse.demir@marmaragida.example.com.tr"),
        "İşe alım komitesi toplantısı",
        "Merhaba,\n\nFinans müdürü pozisyonu için işe alım komitesi 10 Mart Çarşamba saat 10:00'da toplanacak. Üç finalist adayın mülakat notlarını değerlendireceğiz.\n\nAyşe", COMMITTEE)  # fmt: skip
    add("tr", "kendi_mulakat", ("Yıldız Tekstil İK", "ik@yildiztekstil.example.com.tr"),
        "Mülakat daveti",
        "Merhaba Alex Bey,\n\nBaşvurunuz için teşekkür ederiz. Sizi 15 Mart Pazartesi saat 09:00'da Bursa fabrikamızda mülakata davet ediyoruz.\n\nSaygılarımızla,\nYıldız Tekstil İK", OWN, slot=M15)  # fmt: skip


def russian() -> None:
    add("ru", "treker_napominanie", ("Откликатор", "remind@otklikator.example.ru"),
        "Напоминание: собеседование в «Северсталь-Сервис» завтра",
        "Здравствуйте, Alex!\n\nВы сами создали это напоминание:\n\nСобеседование – «Северсталь-Сервис», инженер\nвторник, 9 марта 2027, 14:00\nЭтап: собеседование (изменён вами 2 марта)\n\nОбновите статус отклика на доске.", TRACKER)  # fmt: skip
    add("ru", "naznachen_intervyuer", ("Хантфлоу-команда", "noreply@podbor.example.ru"),
        "Вы назначены интервьюером",
        "Alex, добрый день!\n\nВы назначены интервьюером на собеседование с кандидатом Ириной Соколовой (бухгалтер).\n\nДата: четверг, 11 марта 2027, 15:30–16:30\nМесто: переговорная «Волга»\n\nПосле встречи заполните оценочный лист.", ATSIVW)  # fmt: skip
    add("ru", "sobstvennoe", ("Ольга Петрова, «Северсталь-Сервис»", "o.petrova@seversrv.example.ru"),
        "Приглашение на собеседование",
        "Здравствуйте, Alex!\n\nБлагодарим за отклик на вакансию инженера. Приглашаем вас на собеседование в пятницу, 12 марта 2027, в 11:00 по адресу: Москва, ул. Лесная, 7, офис 305.\n\nС уважением,\nОльга Петрова\nHR", OWN, slot=F12)  # fmt: skip


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
    chinese,
    korean,
    turkish,
    russian,
]

FIRST_SIGHT_FIGURES = (
    "First sight (main at aeb675b5 with this batch, before any parser change; quick.py): dev "
    "look-alikes claimed (confidence >= 0.5 as an invitation) 8/22 (tracker reminders in ja, "
    "pl, pt-BR, ru; to-do reminders in nl, zh; calendar agendas in it, sv), four more read as "
    "invitations below 0.5 (an es tracker digest, fr and sv hiring committees, a zh colleague's "
    "stand-in ask); controls right 10/10, 10 sure; held out: look-alikes claimed 2/11, "
    "controls right 5/5, 5 sure."
)
AFTER_FIX_FIGURES = (
    "After (each rule extends an existing list): the reader as the subject of the reminder "
    "('Você criou este lembrete', 'Je hebt een herinnering ingesteld', 'Ustawiłeś to "
    "przypomnienie', 'Вы сами создали это напоминание', 'あなたが登録した予定', '你在…清单中设置的"
    "任务', 'la anotaste tú'; OWN_TOOL_CUES), the calendar summary's settings footer "
    "(lexicon DIGEST_CUES), a hiring committee named for what it selects meeting ('comité de "
    "recrutement se réunira', 'Rekryteringsgruppen … träffas', 'işe alım komitesi … "
    "toplanacak', 'Auswahlkommission … trifft sich', 'sollicitatiecommissie komt … bijeen', "
    "'採用委員会を…開催'; PANEL_CONFERS_CUES), a stand-in ask in zh, ja, ko, ru, tr "
    "(STAND_IN_CUES), a booking page's host notice in ja, zh, ko ('新しい予約が入りました'; "
    "HOST_BOOKING_CUES), own-reminder wording in fr, it, tr, ko: dev look-alikes claimed 0/22 "
    "and none read as an invitation, controls right 10/10, 10 sure; held out: look-alikes "
    "claimed 2/11, controls right 5/5, 5 sure (not opened); whole corpus against the base "
    "run: 0 worse, 3 better, no held-out family changed."
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
        "# Provenance of the tools78 batch (`build_tools78.py`)",
        "",
        "Look-alikes that come from the reader's own tools or put the reader on the hiring "
        "side, after the held-out families still claimed (jobtrack50, calpanel54, hireside66h, "
        "hirecomm25, jmb26): job-tracker reminders and digests of the reader's own pipeline, "
        "personal to-do and notes apps, the reader's own calendar's daily agenda, applicant "
        "trackers adding the reader as an interviewer (scorecards, interview kits), a "
        "scheduling tool's new-booking notice to the host, an HR colleague asking the reader to "
        "cover an interview, an internal hiring committee's meeting. Controls (about a "
        "quarter): the reader's own interviews set by the employer in the same words. All text "
        "is ours, written by hand with no template; people, companies, tools and addresses are "
        "made up. Every label was written from the datetimes the text is rendered from, before "
        "the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family tools78h (pp.seeded_cases, chosen "
        "before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start (text mails state no zone, so the label carries the "
        "Date header's offset and `tz_stated: false`). The reader's own tools (a job tracker's "
        "reminder or digest, a to-do app, the calendar's agenda) set nothing new and are "
        "`not_invitation` (as jobtrack50, referee50, tools56, looks74 label them); the reader as "
        "interviewer, host of a booking page, stand-in interviewer or hiring committee member "
        "is hiring, not being hired (hirer50, hirer51, hireside66, hirecomm25, looks76).",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_tools78.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-tools78.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
