# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "change73" batch: notices of change in the shapes tools and threads make, in 16
languages, beside new invitations in the same tools' shapes.

Shapes (no calendar part in any of them):
- an applicant-tracking or booking tool's change notice with a label/value block: the title
  ('Updated interview', 'Your booking has been rescheduled', 'Termin storniert', 'Rendez-vous
  annulé', '予約がキャンセルされました。'), the tool's 'details have changed' line and the
  'Previous time / New time' or 'Start' rows; the titles and row labels of the booking tool are
  Easy!Appointments' own localized strings (appointment_cancelled_title,
  appointment_details_changed, new_appointment_title, start), the rest is ours;
- a change written in the newest reply ABOVE the quoted original invitation, whose quote holds
  the old time (a move names the new slot at the top; a cancellation names no time at all);
- subject-only changes ('Rescheduled: ...', 'Canceled: ...', 'Verschoben: ...', 'Annulé : ...',
  '変更: ...') over a body that reads like an invitation at the (new or cancelled) slot;
- a cancellation that offers new slots to pick, with no new time set.
Controls: the same tools' first invitations ('New appointment', 'Interview scheduled') with
their 'reschedule or cancel' footer links.

Run: .venv/bin/python tests/parsing/corpus/build_change73.py

All prose is ours, written by hand; people, companies and tools are made up. Labels come from
the datetimes the text is rendered from (zoneinfo): a move is `reschedule` at the NEW slot, a
cancellation `cancellation` at the cancelled slot (also when new slots are offered to pick:
README 'A cancellation that names the slot is `cancellation` with the cancelled slot', as
calcombook's 'requested to reschedule'), a first invitation `invitation`; no zone is stated, so
labels carry the Date header's offset and `tz_stated: false`. Labels were written before the
parser was run on any message. A seeded third is held out: file names sorted by the SHA-256 of
the name, every third from the first goes to heldout/ (family change73h), chosen before any
file was parsed. Helpers come from build_looks60.py. Deterministic; the script deletes or
writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from dataclasses import dataclass
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
LIC = lk.LIC
html_of = lk.html_of

OURS = "hand-written, no template; tool and thread shapes ours"
EA_COMMIT = "e46b4c6befb88c8f00e0a1e0eecdaa0e9c6294fb"
EA = (
    "alextselegidis/easyappointments:application/language/{dir}/translations_lang.php@"
    + EA_COMMIT
    + " (appointment_cancelled_title, appointment_details_changed, new_appointment_title, start:"
    " strings only; the mail's prose, people and tool layout ours)"
)
SENT = (2026, 12, 7, 9, 15)  # Monday 7 December 2026
Slot = tuple[int, int, int, int, int]


def at(day: int, hour: int, minute: int = 0) -> Slot:
    return (2026, 12, day, hour, minute)


FAMILY = "change73"
HELD_FAMILY = "change73h"
FAMILIES = {
    FAMILY: "Notices of change in tool and thread shapes (label/value change blocks, a move or "
    "cancellation above the quoted invitation, subject-only changes, cancellations that offer "
    "new slots to pick) beside the same tools' first invitations.",
    HELD_FAMILY: "The held-out third of change73, chosen by the file names' hashes before any parse.",
}
R, C, INV = "reschedule", "cancellation", "invitation"
NOTES = {
    "tool_r": "A tool's change notice: label/value block with the previous and the new time (label: reschedule at the new slot).",
    "tool_r2": "A booking tool's 'your booking has been rescheduled' block, the new time first and the old one after it (label: reschedule at the new slot).",
    "reply_r": "The move written in the newest reply above the quoted original invitation, whose quote holds the old time (label: reschedule at the new slot).",
    "subj_r": "Only the subject says the interview moved ('Rescheduled:'); the body reads like an invitation at the new slot (label: reschedule at the new slot).",
    "tool_c": "A tool's cancellation notice: title and a label/value block with the cancelled slot (label: cancellation at that slot).",
    "reply_c": "The cancellation written in the newest reply above the quoted original invitation, which holds the slot (label: cancellation at the quoted slot).",
    "subj_c": "Only the subject says the interview is cancelled ('Canceled:'); the body reads like an invitation at that slot (label: cancellation at that slot).",
    "pick_c": "A cancellation that offers new slots to pick, with no new time set (label: cancellation at the cancelled slot).",
    "tool_n": "Control: the same tool's first invitation, with its reschedule/cancel footer (label: invitation).",
    "tool_n2": "Control: a booking tool's first confirmation in the change notices' layout, with 'Reschedule | Cancel' links (label: invitation).",
}


@dataclass(frozen=True)
class Lang:
    code: str
    zone: str
    ea_dir: str
    when: Callable[[datetime], str]
    company: str
    role: str
    person: tuple[str, str]
    tool: tuple[str, str]
    hi: str
    bye: str
    subj: str  # "Interview with {company}"
    inv: str  # an invitation sentence with {when}
    quote_hdr: str  # the client's "On ..., X wrote:" line
    r_top: str  # the reply's move, {new}
    c_top: str  # the reply's cancellation, no time
    t_upd: str  # "Updated interview"
    t_changed: str  # E!A appointment_details_changed
    t_prev: str
    t_new: str
    t_resched: str  # "Your booking has been rescheduled"
    t_can: str  # E!A appointment_cancelled_title
    t_can_line: str  # a sentence of ours under it
    t_start: str  # E!A start
    t_newappt: str  # E!A new_appointment_title
    n_line: str  # "Your interview has been scheduled."
    n_footer: str  # "Need to reschedule or cancel?"
    s_r: str  # "Rescheduled:"
    s_c: str  # "Canceled:"
    pick: str  # "Your interview on {old} has been cancelled. Pick a new time:"
    pick_end: str  # "Choose one of them here:" or similar


def _fmt(days: list[str], months: list[str], pattern: str) -> Callable[[datetime], str]:
    def render(value: datetime) -> str:
        return pattern.format(
            wd=days[value.weekday()],
            d=value.day,
            mon=months[value.month - 1],
            m=value.month,
            y=value.year,
            hh=f"{value.hour:02d}",
            h=value.hour,
            mm=f"{value.minute:02d}",
            h12=value.hour % 12 or 12,
            ap="AM" if value.hour < 12 else "PM",
        )

    return render


def _m(words: str) -> list[str]:
    return words.split()


EN_D = _m("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
EN_M = _m("January February March April May June July August September October November December")

LANGS = [
    Lang("en", "America/Chicago", "english", _fmt(EN_D, EN_M, "{wd}, {mon} {d}, {y} at {h12}:{mm} {ap}"),
         "Brightwater Labs", "Data Analyst", ("Megan Ortiz", "megan.ortiz@brightwaterlabs.example.com"),
         ("Brightwater Labs via Hirelane", "no-reply@hirelane.example.com"),
         "Hi Alex,", "Best,\nMegan Ortiz\nTalent Team, Brightwater Labs", "Interview with Brightwater Labs",
         "We'd love to meet you for the Data Analyst role. Your interview is on {when} with Priya and Tom from the analytics team, on Zoom: https://zoom.example.com/j/83310022",
         "On Tue, Dec 1, 2026 at 10:12 AM Megan Ortiz <megan.ortiz@brightwaterlabs.example.com> wrote:",
         "Small change to the plan below: we've had to move your interview to {new}. Same panel and same Zoom link.",
         "I'm really sorry, but we have to cancel the interview below - the role has been put on hold. I'll let you know if it reopens.",
         "Updated interview", "Appointment details have changed", "Previous time", "New time",
         "Your booking has been rescheduled", "Appointment Cancelled", "Your interview has been called off by the hiring team.",
         "Start", "New Appointment", "Your interview has been scheduled.", "Need to reschedule or cancel?",
         "Rescheduled:", "Canceled:",
         "Your interview on {old} has been cancelled because the interviewer is away. Please pick a new time from these openings:",
         "Reply with the one that suits you, or use the booking page."),
    Lang("de", "Europe/Berlin", "german",
         _fmt(_m("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
              _m("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
              "{wd}, {d}. {mon} {y}, {hh}:{mm} Uhr"),
         "Nordlicht Logistik", "Disponent/in", ("Sabine Hartmann", "sabine.hartmann@nordlicht-logistik.example.de"),
         ("Nordlicht Logistik Karriere", "karriere@bewerbungsportal.example.de"),
         "Hallo Alex,", "Viele Grüße\nSabine Hartmann\nPersonal, Nordlicht Logistik", "Vorstellungsgespräch bei Nordlicht Logistik",
         "wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle als Disponent/in einzuladen: am {when} in unserem Büro in der Hafenstraße 12, Bremen.",
         "Am Di., 1. Dez. 2026 um 10:12 schrieb Sabine Hartmann <sabine.hartmann@nordlicht-logistik.example.de>:",
         "kurze Änderung zu unten: Wir mussten Ihr Gespräch auf {new} verlegen. Ort und Gesprächspartner bleiben gleich.",
         "leider müssen wir das unten vereinbarte Gespräch absagen, da die Stelle intern besetzt wurde. Entschuldigen Sie bitte die Umstände.",
         "Aktualisierter Interviewtermin", "Die Termindetails haben sich geändert.", "Bisheriger Termin", "Neuer Termin",
         "Ihre Buchung wurde verschoben", "Termin storniert", "Ihr Vorstellungsgespräch wurde vom Recruiting-Team abgesagt.",
         "Beginn", "Neuer Termin", "Ihr Vorstellungsgespräch wurde eingeplant.", "Möchten Sie umbuchen oder absagen?",
         "Verschoben:", "Abgesagt:",
         "Ihr Gespräch am {old} ist leider abgesagt, da die Gesprächspartnerin erkrankt ist. Bitte wählen Sie einen neuen Termin aus diesen Zeiten:",
         "Antworten Sie einfach mit Ihrer Wahl oder buchen Sie über den Link."),
    Lang("fr", "Europe/Paris", "french",
         _fmt(_m("lundi mardi mercredi jeudi vendredi samedi dimanche"),
              _m("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
              "{wd} {d} {mon} {y} à {hh}h{mm}"),
         "Atelier Garonne", "chargé·e de projet", ("Camille Rousseau", "camille.rousseau@ateliergaronne.example.fr"),
         ("Atelier Garonne Recrutement", "ne-pas-repondre@recrutement-garonne.example.fr"),
         "Bonjour Alex,", "Bien cordialement,\nCamille Rousseau\nRH, Atelier Garonne", "Entretien avec Atelier Garonne",
         "nous avons le plaisir de vous convier à un entretien pour le poste de chargé·e de projet le {when}, dans nos locaux du 8 quai des Chartrons à Bordeaux.",
         "Le mar. 1 déc. 2026 à 10:12, Camille Rousseau <camille.rousseau@ateliergaronne.example.fr> a écrit :",
         "petit changement par rapport au message ci-dessous : nous avons dû décaler votre entretien au {new}. Le lieu et le jury restent les mêmes.",
         "je suis désolée, nous devons annuler l'entretien prévu ci-dessous : le poste est gelé jusqu'à nouvel ordre. Je reviendrai vers vous s'il rouvre.",
         "Entretien mis à jour", "Les détails du rendez-vous ont bien été modifiés.", "Ancien horaire", "Nouvel horaire",
         "Votre réservation a été reprogrammée", "Rendez-vous annulé", "Votre entretien a été annulé par l'équipe de recrutement.",
         "Début", "Nouveau rendez-vous", "Votre entretien est planifié.", "Besoin de déplacer ou d'annuler ?",
         "Reporté :", "Annulé :",
         "Votre entretien du {old} est annulé, notre recruteur étant absent. Merci de choisir un nouveau créneau parmi ceux-ci :",
         "Répondez simplement avec votre choix."),
    Lang("es", "Europe/Madrid", "spanish",
         _fmt(_m("lunes martes miércoles jueves viernes sábado domingo"),
              _m("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
              "{wd} {d} de {mon} de {y} a las {hh}:{mm}"),
         "Olivares Energía", "técnico/a de mantenimiento", ("Lucía Navarro", "lucia.navarro@olivaresenergia.example.es"),
         ("Olivares Energía Empleo", "no-responder@empleo-olivares.example.es"),
         "Hola, Alex:", "Un saludo,\nLucía Navarro\nSelección, Olivares Energía", "Entrevista con Olivares Energía",
         "nos gustaría conocerte para el puesto de técnico/a de mantenimiento. Tu entrevista es el {when} en nuestra sede de la calle Alcalá 140, Madrid.",
         "El mar, 1 dic 2026 a las 10:12, Lucía Navarro (<lucia.navarro@olivaresenergia.example.es>) escribió:",
         "un cambio respecto a lo de abajo: hemos tenido que pasar tu entrevista al {new}. El lugar y las personas siguen igual.",
         "lo siento mucho, pero tenemos que cancelar la entrevista de abajo: el proceso queda en pausa. Te avisaré si se reactiva.",
         "Entrevista actualizada", "Se han modificado los detalles de la cita.", "Horario anterior", "Nuevo horario",
         "Tu reserva ha sido reprogramada", "Cita cancelada", "El equipo de selección ha cancelado tu entrevista.",
         "Inicio", "Nueva cita", "Tu entrevista ha quedado programada.", "¿Necesitas cambiarla o cancelarla?",
         "Reprogramado:", "Cancelado:",
         "Tu entrevista del {old} queda cancelada porque la entrevistadora no estará. Elige, por favor, un nuevo horario entre estos:",
         "Contéstanos con el que prefieras."),
    Lang("it", "Europe/Rome", "italian",
         _fmt(_m("lunedì martedì mercoledì giovedì venerdì sabato domenica"),
              _m("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"),
              "{wd} {d} {mon} {y} alle {hh}:{mm}"),
         "Vetreria Lagunare", "addetto/a commerciale", ("Giulia Ferri", "giulia.ferri@vetrerialagunare.example.it"),
         ("Vetreria Lagunare Carriere", "noreply@carriere-lagunare.example.it"),
         "Ciao Alex,", "Cordiali saluti,\nGiulia Ferri\nRisorse Umane, Vetreria Lagunare", "Colloquio con Vetreria Lagunare",
         "siamo lieti di invitarti a un colloquio per la posizione di addetto/a commerciale: {when}, nella nostra sede di Fondamenta Vetrai 22, Murano.",
         "Il giorno mar 1 dic 2026 alle ore 10:12 Giulia Ferri <giulia.ferri@vetrerialagunare.example.it> ha scritto:",
         "una modifica rispetto a quanto sotto: abbiamo dovuto spostare il colloquio a {new}. Sede e persone restano le stesse.",
         "mi dispiace, ma dobbiamo annullare il colloquio qui sotto: la selezione è sospesa. Ti aggiornerò se riparte.",
         "Colloquio aggiornato", "I dettagli dell'appuntamento sono cambiati.", "Orario precedente", "Nuovo orario",
         "La tua prenotazione è stata riprogrammata", "Appuntamento cancellato", "Il tuo colloquio è stato annullato dal team di selezione.",
         "Inizio", "Nuovo appuntamento", "Il tuo colloquio è stato fissato.", "Devi spostarlo o annullarlo?",
         "Riprogrammato:", "Annullato:",
         "Il tuo colloquio di {old} è annullato per un'assenza del selezionatore. Scegli un nuovo orario tra questi:",
         "Rispondi indicando quello che preferisci."),
    Lang("nl", "Europe/Amsterdam", "dutch",
         _fmt(_m("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"),
              _m("januari februari maart april mei juni juli augustus september oktober november december"),
              "{wd} {d} {mon} {y} om {hh}:{mm}"),
         "Dijkstra Installatietechniek", "projectleider", ("Anouk Visser", "anouk.visser@dijkstra-installatie.example.nl"),
         ("Dijkstra Werken bij", "geen-antwoord@werkenbij-dijkstra.example.nl"),
         "Hoi Alex,", "Met vriendelijke groet,\nAnouk Visser\nHR, Dijkstra Installatietechniek", "Sollicitatiegesprek bij Dijkstra",
         "we nodigen je graag uit voor een sollicitatiegesprek voor de functie projectleider op {when}, op ons kantoor aan de Havenweg 5 in Zwolle.",
         "Op di 1 dec 2026 om 10:12 schreef Anouk Visser <anouk.visser@dijkstra-installatie.example.nl>:",
         "een wijziging ten opzichte van hieronder: we hebben je gesprek moeten verzetten naar {new}. Locatie en gesprekspartners blijven gelijk.",
         "het spijt me, maar het gesprek hieronder gaat helaas niet door: de vacature is ingetrokken. Ik laat het je weten als dat verandert.",
         "Bijgewerkt gesprek", "Afspraakgegevens veranderd.", "Vorig tijdstip", "Nieuw tijdstip",
         "Je boeking is verzet", "Afspraak geannuleerd", "Je gesprek is door het recruitmentteam geannuleerd.",
         "Begin", "Nieuwe afspraak", "Je gesprek is ingepland.", "Moet je verzetten of annuleren?",
         "Verzet:", "Geannuleerd:",
         "Je gesprek op {old} is geannuleerd omdat de interviewer ziek is. Kies alsjeblieft een nieuw tijdstip uit deze opties:",
         "Laat ons weten welke je voorkeur heeft."),
    Lang("pl", "Europe/Warsaw", "polish",
         _fmt(_m("poniedziałek wtorek środa czwartek piątek sobota niedziela"),
              _m("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"),
              "{wd}, {d} {mon} {y}, godz. {hh}:{mm}"),
         "Wiślane Młyny", "specjalista ds. zakupów", ("Katarzyna Nowak", "katarzyna.nowak@wislanemlyny.example.pl"),
         ("Wiślane Młyny Kariera", "nie-odpowiadaj@kariera-mlyny.example.pl"),
         "Dzień dobry Panie Alexie,", "Pozdrawiam serdecznie\nKatarzyna Nowak\nDział HR, Wiślane Młyny", "Rozmowa kwalifikacyjna w Wiślanych Młynach",
         "zapraszamy na rozmowę kwalifikacyjną na stanowisko specjalisty ds. zakupów: {when}, w naszym biurze przy ul. Portowej 7 w Toruniu.",
         "wt., 1 gru 2026 o 10:12 Katarzyna Nowak <katarzyna.nowak@wislanemlyny.example.pl> napisała:",
         "zmiana względem wiadomości poniżej: musieliśmy przełożyć rozmowę na {new}. Miejsce i skład komisji bez zmian.",
         "bardzo przepraszam, ale musimy odwołać rozmowę opisaną poniżej: rekrutacja została wstrzymana. Dam znać, jeśli zostanie wznowiona.",
         "Zaktualizowana rozmowa", "Szczegóły wizyty zostały zmienione.", "Poprzedni termin", "Nowy termin",
         "Twoja rezerwacja została przełożona", "Wizyta Anulowana", "Twoja rozmowa została odwołana przez zespół rekrutacji.",
         "Początek", "Nowa Wizyta", "Twoja rozmowa została zaplanowana.", "Chcesz zmienić termin lub zrezygnować?",
         "Przełożone:", "Odwołane:",
         "Rozmowa w dniu {old} została odwołana z powodu nieobecności rekrutera. Prosimy wybrać nowy termin spośród poniższych:",
         "Wystarczy odpowiedzieć z wybranym terminem."),
    Lang("pt-BR", "America/Sao_Paulo", "portuguese-br",
         _fmt(_m("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
              _m("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"),
              "{wd}, {d} de {mon} de {y}, às {hh}h{mm}"),
         "Cerrado Agrotech", "analista de dados", ("Fernanda Lima", "fernanda.lima@cerradoagrotech.example.com.br"),
         ("Cerrado Agrotech Carreiras", "nao-responda@carreiras-cerrado.example.com.br"),
         "Olá, Alex,", "Abraços,\nFernanda Lima\nRH, Cerrado Agrotech", "Entrevista com a Cerrado Agrotech",
         "queremos conhecer você para a vaga de analista de dados. Sua entrevista será na {when}, pelo Google Meet: https://meet.example.com/cer-rado-42",
         "Em ter., 1 de dez. de 2026 às 10:12, Fernanda Lima <fernanda.lima@cerradoagrotech.example.com.br> escreveu:",
         "uma mudança em relação ao e-mail abaixo: precisamos remarcar sua entrevista para {new}. O link continua o mesmo.",
         "sinto muito, mas precisamos cancelar a entrevista abaixo: a vaga foi congelada. Aviso você se ela for reaberta.",
         "Entrevista atualizada", "Detalhes do agendamento foram alterados.", "Horário anterior", "Novo horário",
         "Seu agendamento foi remarcado", "Agendamento cancelado", "Sua entrevista foi cancelada pela equipe de recrutamento.",
         "Inicio", "Novo agendamento", "Sua entrevista foi agendada.", "Precisa remarcar ou cancelar?",
         "Remarcado:", "Cancelado:",
         "Sua entrevista de {old} foi cancelada porque a entrevistadora estará fora. Escolha um novo horário entre estes:",
         "É só responder com a opção que preferir."),
    Lang("ja", "Asia/Tokyo", "japanese",
         _fmt(_m("月 火 水 木 金 土 日"), [str(i) for i in range(1, 13)], "{y}年{m}月{d}日（{wd}）{hh}:{mm}"),
         "株式会社みなと精機", "生産技術職", ("佐藤 美咲", "misaki.sato@minato-seiki.example.jp"),
         ("みなと精機 採用チーム", "no-reply@saiyo-minato.example.jp"),
         "Alex 様", "よろしくお願いいたします。\n株式会社みなと精機 人事部 佐藤", "株式会社みなと精機 面接のご案内",
         "生産技術職の面接を{when}より弊社本社（横浜市中区港町3-1）にて行います。",
         "2026年12月1日(火) 10:12 佐藤 美咲 <misaki.sato@minato-seiki.example.jp>:",
         "下記の面接につきまして、日程を{new}に変更させていただきました。場所と面接官は変わりません。",
         "誠に申し訳ございませんが、下記の面接は募集停止のため中止とさせていただきます。",
         "面接日程の更新", "予約情報が変更されました。", "変更前の日時", "変更後の日時",
         "ご予約の日時が変更されました", "予約がキャンセルされました。", "採用担当者により面接がキャンセルされました。",
         "開始", "新規予約", "面接の日程が確定しました。", "日程の変更・キャンセルはこちら",
         "変更:", "キャンセル:",
         "{old}の面接は面接官の都合によりキャンセルとなりました。以下の候補から新しい日時をお選びください。",
         "ご希望の日時をご返信ください。"),
    Lang("zh", "Asia/Shanghai", "chinese",
         _fmt(_m("周一 周二 周三 周四 周五 周六 周日"), [str(i) for i in range(1, 13)], "{y}年{m}月{d}日（{wd}）{hh}:{mm}"),
         "江南云智科技", "前端开发工程师", ("王丽", "li.wang@jiangnanyun.example.cn"),
         ("江南云智招聘", "noreply@zhaopin-jiangnan.example.cn"),
         "Alex 您好：", "祝好！\n王丽\n江南云智科技 人力资源部", "江南云智科技 面试通知",
         "诚邀您参加前端开发工程师岗位的面试，时间为{when}，地点：杭州市西湖区文三路88号。",
         "王丽 <li.wang@jiangnanyun.example.cn> 于2026年12月1日周二 10:12写道：",
         "关于下面的面试安排有变动：您的面试已改到{new}，地点和面试官不变。",
         "非常抱歉，下面这场面试因岗位暂停招聘而取消，如有新进展会再联系您。",
         "面试时间变更", "预约信息已经修改.", "原时间", "新时间",
         "您的预约已改期", "完成预约取消", "招聘团队已取消您的面试。",
         "开始", "新的预约", "您的面试已安排。", "需要改期或取消？",
         "已改期：", "已取消：",
         "您原定于{old}的面试因面试官出差已取消，请从以下时间中重新选择：",
         "请回复您方便的时间。"),
    Lang("tr", "Europe/Istanbul", "turkish",
         _fmt(_m("Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar"),
              _m("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
              "{d} {mon} {y} {wd}, saat {hh}:{mm}"),
         "Ege Tekstil", "satın alma uzmanı", ("Zeynep Arslan", "zeynep.arslan@egetekstil.example.com.tr"),
         ("Ege Tekstil Kariyer", "yanitlamayin@kariyer-egetekstil.example.com.tr"),
         "Merhaba Alex,", "Saygılarımla,\nZeynep Arslan\nİnsan Kaynakları, Ege Tekstil", "Ege Tekstil ile mülakat",
         "satın alma uzmanı pozisyonu için sizi {when} tarihinde İzmir Alsancak'taki ofisimizde mülakata davet ediyoruz.",
         "1 Ara 2026 Sal, 10:12 tarihinde Zeynep Arslan <zeynep.arslan@egetekstil.example.com.tr> şunu yazdı:",
         "aşağıdaki plana bir değişiklik: mülakatınızı {new} tarihine almak zorunda kaldık. Yer ve görüşmeciler aynı.",
         "çok üzgünüm, aşağıdaki mülakatı iptal etmek zorundayız; pozisyon askıya alındı. Yeniden açılırsa size haber veririm.",
         "Güncellenen mülakat", "Randevu detayları değiştirildi.", "Önceki saat", "Yeni saat",
         "Rezervasyonunuz yeniden planlandı", "Randevu İptal Edildi", "Mülakatınız işe alım ekibi tarafından iptal edildi.",
         "Başlangıç", "Yeni Randevu", "Mülakatınız planlandı.", "Değiştirmek veya iptal etmek mi istiyorsunuz?",
         "Yeniden planlandı:", "İptal edildi:",
         "{old} tarihindeki mülakatınız görüşmecinin izni nedeniyle iptal edildi. Lütfen aşağıdaki saatlerden yeni birini seçin:",
         "Tercihinizi yanıt olarak yazmanız yeterli."),
    Lang("sv", "Europe/Stockholm", "swedish",
         _fmt(_m("måndag tisdag onsdag torsdag fredag lördag söndag"),
              _m("januari februari mars april maj juni juli augusti september oktober november december"),
              "{wd} {d} {mon} {y} kl. {hh}:{mm}"),
         "Fjällbo Energi", "driftingenjör", ("Karin Lindqvist", "karin.lindqvist@fjallboenergi.example.se"),
         ("Fjällbo Energi Karriär", "svara-inte@karriar-fjallbo.example.se"),
         "Hej Alex,", "Vänliga hälsningar\nKarin Lindqvist\nHR, Fjällbo Energi", "Intervju hos Fjällbo Energi",
         "vi vill gärna träffa dig för en intervju om tjänsten som driftingenjör {when} på vårt kontor på Storgatan 14 i Umeå.",
         "Den tis 1 dec. 2026 kl. 10:12 skrev Karin Lindqvist <karin.lindqvist@fjallboenergi.example.se>:",
         "en ändring mot mejlet nedan: vi har fått flytta din intervju till {new}. Plats och intervjuare är desamma.",
         "tyvärr måste vi ställa in intervjun nedan, eftersom rekryteringen har pausats. Jag hör av mig om den öppnar igen.",
         "Uppdaterad intervju", "Bokningen har ändrats", "Tidigare tid", "Ny tid",
         "Din bokning har flyttats", "Tiden är avbokad", "Din intervju har ställts in av rekryteringsteamet.",
         "Start", "Ny bokning", "Din intervju är bokad.", "Behöver du boka om eller avboka?",
         "Ombokad:", "Inställd:",
         "Din intervju {old} är inställd eftersom intervjuaren är sjuk. Välj gärna en ny tid bland dessa:",
         "Svara bara med den tid som passar dig."),
    Lang("cs", "Europe/Prague", "czech",
         _fmt(_m("pondělí úterý středa čtvrtek pátek sobota neděle"),
              _m("ledna února března dubna května června července srpna září října listopadu prosince"),
              "{wd} {d}. {mon} {y} v {hh}:{mm}"),
         "Vltavské strojírny", "konstruktér/ka", ("Petra Dvořáková", "petra.dvorakova@vltavske-strojirny.example.cz"),
         ("Vltavské strojírny Kariéra", "neodpovidat@kariera-vltavske.example.cz"),
         "Dobrý den, Alexi,", "S pozdravem\nPetra Dvořáková\nPersonální oddělení, Vltavské strojírny", "Pohovor ve Vltavských strojírnách",
         "rádi bychom Vás pozvali na pohovor na pozici konstruktér/ka, a to v {when} v naší kanceláři v Českých Budějovicích, Lannova 9.",
         "Dne út 1. 12. 2026 v 10:12 Petra Dvořáková <petra.dvorakova@vltavske-strojirny.example.cz> napsal(a):",
         "změna oproti zprávě níže: Váš pohovor jsme museli přesunout na {new}. Místo i účastníci zůstávají stejné.",
         "omlouvám se, ale pohovor níže musíme zrušit, výběrové řízení bylo pozastaveno. Ozvu se, pokud bude obnoveno.",
         "Aktualizovaný pohovor", "Informace o schůzce byly změněny.", "Původní termín", "Nový termín",
         "Vaše rezervace byla přesunuta", "Schůzka zrušena", "Váš pohovor byl zrušen náborovým týmem.",
         "Začátek", "Nová schůzka", "Váš pohovor byl naplánován.", "Potřebujete termín změnit nebo zrušit?",
         "Přesunuto:", "Zrušeno:",
         "Váš pohovor v {old} je zrušen, protože tazatel nebude k dispozici. Vyberte si prosím nový termín z těchto možností:",
         "Stačí odpovědět s vybraným termínem."),
    Lang("hu", "Europe/Budapest", "hungarian",
         _fmt(_m("hétfő kedd szerda csütörtök péntek szombat vasárnap"),
              _m("január február március április május június július augusztus szeptember október november december"),
              "{y}. {mon} {d}. ({wd}) {hh}:{mm}"),
         "Duna Gépgyár", "minőségügyi mérnök", ("Kovács Eszter", "kovacs.eszter@dunagepgyar.example.hu"),
         ("Duna Gépgyár Karrier", "nem-valaszolj@karrier-dunagep.example.hu"),
         "Kedves Alex!", "Üdvözlettel:\nKovács Eszter\nHR, Duna Gépgyár", "Állásinterjú – Duna Gépgyár",
         "szeretettel meghívjuk a minőségügyi mérnök pozícióra szóló állásinterjúra: {when}, győri irodánkban (Ipar utca 4.).",
         "Kovács Eszter <kovacs.eszter@dunagepgyar.example.hu> ezt írta (időpont: 2026. dec. 1., K, 10:12):",
         "egy változás az alábbihoz képest: az interjút át kellett tennünk erre az időpontra: {new}. A helyszín és a résztvevők nem változnak.",
         "sajnos az alábbi interjút le kell mondanunk, mert a felvételt felfüggesztették. Jelentkezem, ha újraindul.",
         "Frissített interjú", "A foglalás részletei megváltoztak.", "Korábbi időpont", "Új időpont",
         "A foglalását áthelyeztük", "Időpont lemondva", "Az interjút a toborzócsapat lemondta.",
         "Kezdés", "Új időpont", "Az interjúja be van ütemezve.", "Módosítaná vagy lemondaná?",
         "Áthelyezve:", "Lemondva:",
         "A(z) {old} interjút lemondtuk, mert a kérdező nem lesz bent. Kérjük, válasszon új időpontot az alábbiak közül:",
         "Elég válaszban megírnia a választott időpontot."),
    Lang("ru", "Europe/Moscow", "russian",
         _fmt(_m("понедельник вторник среда четверг пятница суббота воскресенье"),
              _m("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
              "{wd}, {d} {mon} {y} г., {hh}:{mm}"),
         "Волжские технологии", "инженер-технолог", ("Анна Смирнова", "anna.smirnova@volgatech.example.ru"),
         ("Волжские технологии Карьера", "noreply@karera-volgatech.example.ru"),
         "Здравствуйте, Алекс!", "С уважением,\nАнна Смирнова\nОтдел кадров, Волжские технологии", "Собеседование в «Волжских технологиях»",
         "приглашаем вас на собеседование на должность инженера-технолога: {when}, в нашем офисе по адресу Нижний Новгород, ул. Рождественская, 21.",
         "вт, 1 дек. 2026 г. в 10:12, Анна Смирнова <anna.smirnova@volgatech.example.ru>:",
         "изменение к письму ниже: нам пришлось перенести ваше собеседование на {new}. Место и участники прежние.",
         "к сожалению, собеседование ниже придётся отменить: набор на вакансию приостановлен. Я напишу, если он возобновится.",
         "Обновлённое собеседование", "Детали назначения изменены.", "Прежнее время", "Новое время",
         "Ваша запись перенесена", "Назначение отменено", "Ваше собеседование отменено командой подбора.",
         "Начало", "Новое назначение", "Ваше собеседование назначено.", "Нужно перенести или отменить?",
         "Перенесено:", "Отменено:",
         "Ваше собеседование {old} отменено, так как интервьюер будет в отъезде. Пожалуйста, выберите новое время из этих вариантов:",
         "Просто ответьте на письмо с выбранным временем."),
    Lang("fi", "Europe/Helsinki", "finnish",
         _fmt(_m("maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina"),
              [str(i) for i in range(1, 13)], "{wd} {d}.{m}.{y} klo {hh}.{mm}"),
         "Saimaan Puu", "tuotantopäällikkö", ("Laura Virtanen", "laura.virtanen@saimaanpuu.example.fi"),
         ("Saimaan Puu Rekry", "ala-vastaa@rekry-saimaanpuu.example.fi"),
         "Hei Alex,", "Ystävällisin terveisin\nLaura Virtanen\nHR, Saimaan Puu", "Työhaastattelu Saimaan Puulla",
         "kutsumme sinut tuotantopäällikön tehtävän haastatteluun {when} toimistollemme osoitteeseen Satamakatu 3, Lappeenranta.",
         "Laura Virtanen <laura.virtanen@saimaanpuu.example.fi> kirjoitti ti 1.12.2026 klo 10.12:",
         "muutos alla olevaan: jouduimme siirtämään haastattelusi ajankohtaan {new}. Paikka ja haastattelijat pysyvät samoina.",
         "valitettavasti joudumme perumaan alla olevan haastattelun, koska haku on keskeytetty. Palaan asiaan, jos haku jatkuu.",
         "Päivitetty haastattelu", "Varaustiedot ovat muuttuneet", "Aiempi aika", "Uusi aika",
         "Varauksesi on siirretty", "Varaus peruutettu", "Rekrytointitiimi on perunut haastattelusi.",
         "Aloitusaika", "Uusi varaus", "Haastattelusi on varattu.", "Tarvitsetko uuden ajan tai peruutuksen?",
         "Siirretty:", "Peruttu:",
         "Haastattelusi {old} on peruttu haastattelijan poissaolon vuoksi. Valitse uusi aika näistä vaihtoehdoista:",
         "Vastaa vain valitsemallasi ajalla."),
]  # fmt: skip
assert len({lang.code for lang in LANGS}) == len(LANGS) == 16

RAW: list[tuple[str, str, dict[str, object], bytes, str, str]] = []
LINK = "https://book.example.com/b/"


def _slot(lang: Lang, slot: Slot) -> datetime:
    return datetime(*slot, tzinfo=ZoneInfo(lang.zone))


def _add(
    lang: Lang, name: str, shape: str, sender: tuple[str, str], subject: str, text: str,
    kind: str, slot: Slot, *, html: bool = False, source: str = OURS,
) -> None:  # fmt: skip
    zone = ZoneInfo(lang.zone)
    sent_at = datetime(*SENT, tzinfo=zone)
    start = datetime(*slot, tzinfo=zone)
    assert start > sent_at
    label: dict[str, object] = {"kind": kind}
    label.update(pp.timed(start, None, sent=sent_at))
    raw = pp.mail(
        f"change73 {lang.code} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=text,
        html=html_of(text) if html else None,
    )
    RAW.append((lang.code, name, label, raw, NOTES[shape], source))


def _ea(lang: Lang) -> str:
    return EA.format(dir=lang.ea_dir)


def _block(lang: Lang, rows: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in rows)


def tool_r(lang: Lang, old: Slot, new: Slot, n: int) -> None:
    w_old, w_new = lang.when(_slot(lang, old)), lang.when(_slot(lang, new))
    text = (
        f"{lang.t_upd}\n\n{lang.t_changed}\n\n"
        + _block(lang, [(lang.t_prev, w_old), (lang.t_new, w_new)])
        + f"\n\n{lang.company} - {lang.role}\n\n{LINK}{lang.code}{n}r"
    )
    _add(lang, f"tool_updated_{n}", "tool_r", lang.tool, f"{lang.t_upd}: {lang.subj}", text, R, new,
         html=True, source=_ea(lang))  # fmt: skip


def tool_r2(lang: Lang, old: Slot, new: Slot, n: int) -> None:
    w_old, w_new = lang.when(_slot(lang, old)), lang.when(_slot(lang, new))
    text = (
        f"{lang.hi}\n\n{lang.t_resched}.\n\n"
        + _block(lang, [(lang.t_new, w_new), (lang.t_prev, w_old)])
        + f"\n\n{lang.company} - {lang.role}\n\n{lang.n_footer} {LINK}{lang.code}{n}b"
    )
    _add(lang, f"booking_rescheduled_{n}", "tool_r2", lang.tool, lang.t_resched, text, R, new,
         html=True)  # fmt: skip


def _original(lang: Lang, slot: Slot) -> str:
    return f"{lang.hi}\n\n{lang.inv.format(when=lang.when(_slot(lang, slot)))}\n\n{lang.bye}"


def reply_r(lang: Lang, old: Slot, new: Slot, n: int) -> None:
    top = lang.r_top.format(new=lang.when(_slot(lang, new)))
    text = (
        f"{lang.hi}\n\n{top}\n\n{lang.bye}\n\n{lang.quote_hdr}\n{pp.quote(_original(lang, old))}\n"
    )
    _add(lang, f"reply_moves_{n}", "reply_r", lang.person, f"Re: {lang.subj}", text, R, new)


def subj_r(lang: Lang, old: Slot, new: Slot, n: int) -> None:
    del old
    _add(lang, f"subject_rescheduled_{n}", "subj_r", lang.person, f"{lang.s_r} {lang.subj}",
         _original(lang, new), R, new)  # fmt: skip


def tool_c(lang: Lang, old: Slot, n: int) -> None:
    text = (
        f"{lang.t_can}\n\n{lang.t_can_line}\n\n"
        + _block(lang, [(lang.t_start, lang.when(_slot(lang, old)))])
        + f"\n\n{lang.company} - {lang.role}\n"
    )
    _add(lang, f"tool_cancelled_{n}", "tool_c", lang.tool, f"{lang.t_can}: {lang.subj}", text, C,
         old, html=True, source=_ea(lang))  # fmt: skip


def reply_c(lang: Lang, old: Slot, n: int) -> None:
    text = f"{lang.hi}\n\n{lang.c_top}\n\n{lang.bye}\n\n{lang.quote_hdr}\n{pp.quote(_original(lang, old))}\n"
    _add(lang, f"reply_cancels_{n}", "reply_c", lang.person, f"Re: {lang.subj}", text, C, old)


def subj_c(lang: Lang, old: Slot, n: int) -> None:
    _add(lang, f"subject_cancelled_{n}", "subj_c", lang.person, f"{lang.s_c} {lang.subj}",
         _original(lang, old), C, old)  # fmt: skip


PICKS = [at(16, 10), at(17, 14, 30), at(18, 9)]


def pick_c(lang: Lang, old: Slot, n: int) -> None:
    rows = "\n".join(f"- {lang.when(_slot(lang, slot))}" for slot in PICKS)
    text = (
        f"{lang.hi}\n\n{lang.pick.format(old=lang.when(_slot(lang, old)))}\n\n{rows}\n\n"
        f"{lang.pick_end} {LINK}{lang.code}{n}p\n\n{lang.bye}"
    )
    _add(lang, f"cancel_pick_new_{n}", "pick_c", lang.person, lang.subj, text, C, old)


def tool_n(lang: Lang, slot: Slot, n: int) -> None:
    text = (
        f"{lang.t_newappt}\n\n{lang.n_line}\n\n"
        + _block(lang, [(lang.t_start, lang.when(_slot(lang, slot)))])
        + f"\n\n{lang.company} - {lang.role}\n\n{lang.n_footer} {LINK}{lang.code}{n}n"
    )
    _add(lang, f"tool_new_{n}", "tool_n", lang.tool, f"{lang.t_newappt}: {lang.subj}", text, INV,
         slot, html=True, source=_ea(lang))  # fmt: skip


def tool_n2(lang: Lang, slot: Slot, n: int) -> None:
    text = (
        f"{lang.hi}\n\n{lang.n_line}\n\n"
        + _block(lang, [(lang.t_start, lang.when(_slot(lang, slot)))])
        + f"\n\n{lang.company} - {lang.role}\n\n{lang.n_footer}\n{LINK}{lang.code}{n}x\n"
    )
    _add(
        lang, f"booking_confirmed_{n}", "tool_n2", lang.tool, lang.subj, text, INV, slot, html=True
    )


R_SHAPES = [tool_r, reply_r, subj_r, tool_r2]
C_SHAPES = [tool_c, reply_c, subj_c, pick_c]
OLD = [at(9, 10), at(10, 14), at(11, 9, 30), at(14, 11), at(15, 15), at(8, 13, 30)]
NEW = [at(15, 10), at(16, 13), at(17, 11, 30), at(18, 15), at(14, 9), at(11, 16)]


def build() -> None:
    for i, lang in enumerate(LANGS):
        r_count = 3 if i < 8 else 2
        c_count = 2 if i < 8 else 3
        for j in range(r_count):
            k = i + j
            R_SHAPES[(i + j) % 4](lang, OLD[k % 6], NEW[(k + 1) % 6], j + 1)
        for j in range(c_count):
            k = i + 2 * j + 1
            C_SHAPES[(i + j) % 4](lang, OLD[k % 6], j + 1)
        tool_n(lang, NEW[i % 6], 1)
        if i % 4 == 0:
            tool_n2(lang, OLD[(i + 3) % 6], 2)


FIRST_SIGHT_FIGURES = (
    "First sight (main's parser at 9f627bb71, before any rule; quick.py per family, held out "
    "as counts only): dev moves read as reschedule 22/28 (1 held sure as an invitation, 5 "
    "booking-tool notices with no interview word read as not_invitation or reschedule under "
    "0.5), slot right 28/28; dev cancellations 23/23 read as cancellation, slot right 22/23 "
    "(a zh cancellation that offers new slots took the first offered slot); dev controls "
    "13/15 right and sure (de 'Neuer Termin' and zh '需要改期或取消？' read as moves). Held out "
    "(change73h): moves 6/12 read as reschedule, 3 held sure as invitations, slot right 12/12; "
    "cancellations 16/17, slot right 17/17; controls 3/5 right and sure."
)
AFTER_FIX_FIGURES = (
    "After the rules (lexicon: a change notice's old-time and new-time label rows as a pair; "
    "'Neuer Termin' not a move where it titles a first booking or an event; '改期' not a move "
    "in a question; rebooking subject prefixes 'Ombokad:', 'Ombooket:', 'Verzet:', "
    "'Terminänderung:'; the writer's past necessity 'wir mussten … verlegen', 'jsme museli "
    "přesunout', 'át kellett tennünk', '… tarihine almak zorunda kaldık', '已改到'; "
    "when_choosers: a slot 'originally set for' on a line that calls the meeting off is the "
    "cancelled one): dev moves read as reschedule 23/28, 0 held sure as "
    "invitations, slot right 28/28; dev cancellations 23/23, slot right 23/23; dev controls "
    "15/15 right and sure. Held out (change73h): moves 9/12, 0 held sure as invitations, slot "
    "right 12/12; cancellations 16/17, slot right 17/17; controls 3/5. Whole corpus (quick.py, "
    "cmp.py against main's run): WORSE 0; BETTER egw30 x2 and schedpanel51 ('Neuer Termin: "
    "Vorstellungsgespräch …' titles no longer read as moves), odmove43 ('wir mussten … "
    "verlegen' now a move); held out outside the batch: bosszhipin, cancel71h and zhkop16 one "
    "more sure each, labelhtml44 one more right and sure, startshift46 one more field, none "
    "worse. Left alone: the booking tool's 'Your booking has been rescheduled' "
    "notices that name no interview (dev de, es, fi, fr, nl, pl, pt-BR: under 0.5, most as "
    "not_invitation, 'reads like a booking'); first bookings headed 'Ny bokning' / 'Uusi "
    "varaus', which the parser reads as a booking page's notice to its host (Nextcloud's "
    "strings), so held-out controls stay 3/5; a cancellation and a move in one sentence "
    "('cancelled and moved to …') is still read as a cancellation."
)


def cases() -> list[Case]:
    RAW.clear()
    build()
    names = [f"{FAMILY}__{lang}_{name}.eml" for lang, name, *_ in RAW]
    assert len(set(names)) == len(names)
    held = pp.held_names(names)
    out = []
    for (lang, name, label, raw, note, source), filename in zip(RAW, names, strict=True):
        heldout = filename in held
        out.append(
            Case(
                HELD_FAMILY if heldout else FAMILY,
                "heldout" if heldout else "dev",
                f"{lang}_{name}",
                raw,
                label,
                lang,
                note,
                source,
                LIC,
            )
        )
    return out


def provenance(items: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in items})
    held = sum(item.split == "heldout" for item in items)
    lines = [
        "# Provenance of the change73 batch (`build_change73.py`)",
        "",
        "Notices of change in the shapes tools and threads make, without a calendar part: an "
        "applicant-tracking or booking tool's label/value block ('Updated interview' with the "
        "previous and the new time; 'Your booking has been rescheduled' with the new time "
        "first; a cancellation title over the cancelled 'Start' row), a move or a cancellation "
        "written in the newest reply above the quoted original invitation (the quote holds the "
        "old time), subject-only changes ('Rescheduled:', 'Canceled:', 'Verschoben:', 'Annulé :', "
        "'変更:') over a body that reads like an invitation, and cancellations that offer new "
        "slots to pick with no new time set; beside controls: the same tools' first invitations "
        "with their 'reschedule or cancel' footers. The booking tool's titles and row labels are "
        f"Easy!Appointments' own localized strings (translations_lang.php@{EA_COMMIT[:12]}: "
        "appointment_cancelled_title, appointment_details_changed, new_appointment_title, "
        "start; each label names the file); all prose is ours, written by hand; people, "
        "companies and tools are made up. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family change73h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): a move is `reschedule` at the **new** slot; "
        "a cancellation is `cancellation` at the cancelled slot, also when it offers new slots "
        "to pick (no new time is set: calcombook's 'requested to reschedule' is labelled so); "
        "a subject's 'Rescheduled:'/'Canceled:' is the mail itself showing the change; first "
        "invitations are `invitation`. Text mails state no zone, so labels carry the Date "
        "header's offset and `tz_stated: false`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_change73.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-change73.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
