# ruff: noqa: E501  (translation strings are kept on one line each, as read)
"""Write the groupware34 batch: SOGo invitation, update and cancellation mail without its calendar part.

Run: .venv/bin/python tests/parsing/corpus/build_groupware34.py

SOGo sends its iMIP notices with the time in the user's date format: by default
'%d-%b-%y' with the locale's own month abbreviations ('14-Kas-26', '3-Svi-26', '9-五月-26'),
or a picked numeric layout, and '%H:%M'. When the .ics is stripped (or the text is forwarded)
only that text is left. Every message sentence and label below is SOGo's real translation
(SoObjects/Appointments/<Lang>.lproj/Localizable.strings) and month abbreviations are SOGo's
(UI/MainUI/<Lang>.lproj/Locale, NSShortMonthNameArray), read from Alinto/sogo@SOGO_COMMIT.
The HTML layout follows UI/Templates/Appointments/SOGoAptMail*.wox. People, companies,
events and descriptions are ours. Held-out families were drawn by random.Random(34).sample
(k=2 of 8; a per-family coin at 0.3 had drawn none) before any message was rendered.
"""

from __future__ import annotations

import html
import importlib.util
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tc = _load("build_toolsC13", "build_toolsC13.py")
pp, pg8 = tc.pp, tc.pg8
Case = pp.Case
import wrappers as wr  # noqa: E402  (tests/parsing on sys.path above)

ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG = "not_invitation"
SOGO_COMMIT = "ee2ebbb81cc0538626988e47d70ce4c0d4195377"
SRC = f"Alinto/sogo@{SOGO_COMMIT}: SoObjects/Appointments/<Lang>.lproj/Localizable.strings; UI/MainUI/<Lang>.lproj/Locale (NSShortMonthNameArray); SoObjects/SOGo/SOGoDefaults.plist (SOGoShortDateFormat '%d-%b-%y', SOGoTimeFormat '%H:%M')"
SRC_HTML = (
    SRC
    + "; UI/Templates/Appointments/SOGoAptMailInvitation.wox / SOGoAptMailUpdate.wox (th/td rows, '<date> - <time> <zone>')"
)
LICENSE = "GPL-2.0-or-later (SOGo strings); people, events and descriptions ours"

SPLITS = {
    "sogotext34": "dev",
    "sogobalk34": "dev",
    "sogohtml34": "dev",
    "sogoupd34": "dev",
    "sogocan34": "heldout",
    "sogolook34": "heldout",
    "sogofwd34": "dev",
    "sogodfmt34": "dev",
}

SOGO: dict[str, dict[str, object]] = {
    "tr": {
        "subj_inv": 'Etkinlik daveti: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}sizi %{Summary} etkinliğine davet etti.\n\nBaşlangıç Tarihi: %{StartDate} saat %{StartTime}\nBitiş Tarihi: %{EndDate} saat %{EndTime}\nAçıklama: %{Description}",
        "subj_can": 'Etkinlik iptal edildi: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}şu etkinliği iptal etti: %{Summary}.\n\nBaşlangıç Tarihi: %{StartDate} saat %{StartTime}\nBitiş Tarihi: %{EndDate} saat %{EndTime}\nAçıklama: %{Description}",
        "upd_subj": ' %{OldStartDate} tarihinde %{OldStartTime} başlangıç saatindeki "%{Summary}" randevusu değiştirildi',
        "upd_params": '"%{Summary}" randevusunun şu özellikleri değişti:',
        "upd_please": "Lütfen şu değişikleri kabul edin veya reddedin.",
        "acc_subj": 'Davet kabul edildi: "%{Summary}"',
        "dec_subj": 'Davet reddedildi: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}etkinlik davetinizi kabul etti.",
        "dec_body": "%{Attendee} %{SentByText}davetinizi reddetti.",
        "rcpt_created": '"%{Summary}" etkinliği oluşturuldu',
        "rcpt_notified": "Şu katılımcılar bilgilendirildi",
        "task_created": '"%{Summary}" görevi oluşturuldu',
        "reminder": 'Hatırlatıcı: "%{Summary}" - %{StartDate}',
        "startDate_label": "Başlangıç",
        "endDate_label": "Bitiş",
        "location_label": "Konum",
        "organizer_label": "Düzenleyen",
        "due_label": "Bitiş tarihi",
        "time_label": "Saat",
        "months": [
            "Oca",
            "Şub",
            "Mar",
            "Nis",
            "May",
            "Haz",
            "Tem",
            "Ağu",
            "Eyl",
            "Eki",
            "Kas",
            "Ara",
        ],
    },
    "hr": {
        "subj_inv": "Pozivnica: „%{Summary}”",
        "body_inv": "%{Organizer} %{SentByText} vas poziva na %{Summary}.\n\nPočetak: %{StartDate} at %{StartTime}\nKraj: %{EndDate} at %{EndTime}\nOpis: %{Description}",
        "subj_can": "Ovaj događaj je otkazan: „%{Summary}”.",
        "body_can": "%{Organizer} %{SentByText} je otkazao ovaj događaj: %{Summary}.\nPočetak: %{StartDate} at %{StartTime}\nKraj: %{EndDate} at %{EndTime}\nOpis: %{Description}",
        "upd_subj": "Sastanak „%{Summary}” iz %{OldStartDate} u %{OldStartTime} je promjenjen",
        "upd_params": "Sljedeći parametri su se promijenili u sastanku „%{Summary}”:",
        "upd_please": "Molim prihvatite ili odbacite ove promjene.",
        "acc_subj": "Prihvaćen poziv: „%{Summary}”",
        "dec_subj": "Odbijen poziv: „%{Summary}”",
        "acc_body": "%{Attendee} %{SentByText} prihvaća vaš poziv na događaj.",
        "dec_body": "%{Attendee} %{SentByText} odbija vaš poziv na događaj.",
        "rcpt_created": "Događaj „% {Summary}” je stvoren",
        "rcpt_notified": "Sljedeći sudionici su obaviješteni",
        "task_created": 'The task "%{Summary}" was created',
        "reminder": 'Reminder: "%{Summary}" - %{StartDate}',
        "startDate_label": "Početak",
        "endDate_label": "Kraj",
        "location_label": "Mjesto",
        "organizer_label": "Organizator",
        "due_label": "Datum dospijeća",
        "time_label": "Vrijeme",
        "months": [
            "Sij",
            "Vel",
            "Ožu",
            "Tra",
            "Svi",
            "Lip",
            "Srp",
            "Kol",
            "Ruj",
            "Lis",
            "Stu",
            "Pro",
        ],
    },
    "sr": {
        "subj_inv": 'Позивница за догађај: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}вас је позвао на %{Summary}.\n\nПочетак: %{StartDate} у %{StartTime}\nЗавршетак: %{EndDate} у %{EndTime}\nОпис: %{Description}",
        "subj_can": 'Отказан је догађај: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}је отказао догађај: %{Summary}.\n\nПочетак: %{StartDate} у %{StartTime}\nЗавршетак: %{EndDate} у %{EndTime}\nОпис: %{Description}",
        "upd_subj": 'Заказани састанак "%{Summary}" %{OldStartDate} у %{OldStartTime} је измењен',
        "upd_params": 'Следећи параметри су имењени за састанак "%{Summary}":',
        "upd_please": "Молимо да прихватите или откажете ове измене.",
        "acc_subj": 'Прихваћена позивница: "%{Summary}"',
        "dec_subj": 'Одбијена позивница: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}је прихватио вашу позивницу за догађај.",
        "dec_body": "%{Attendee} %{SentByText}је одбио вашу позивницу за догађај.",
        "rcpt_created": 'Догађај "%{Summary}" је креиран',
        "rcpt_notified": "Следећи полазник(ци) су обавештени",
        "task_created": 'Догађај "%{Summary}" је креиран',
        "reminder": 'Подсетник: "%{Summary}" - %{StartDate}',
        "startDate_label": "Почетак",
        "endDate_label": "Завршетак",
        "location_label": "Локација",
        "organizer_label": "Организатор",
        "due_label": "Рок",
        "time_label": "Време",
        "months": [
            "Јан",
            "Феб",
            "Мар",
            "Апр",
            "Мај",
            "Јун",
            "Јул",
            "Авг",
            "Сеп",
            "Окт",
            "Нов",
            "Дец",
        ],
    },
    "sr-Latn": {
        "subj_inv": 'Pozivnica za događaj: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}vas je pozvao na %{Summary}.\n\nPočetak: %{StartDate} u %{StartTime}\nZavršetak: %{EndDate} u %{EndTime}\nOpis: %{Description}",
        "subj_can": 'Otkazan je događaj: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}je otkazao događaj: %{Summary}.\n\nPočetak: %{StartDate} u %{StartTime}\nZavršetak: %{EndDate} u %{EndTime}\nOpis: %{Description}",
        "upd_subj": 'Zakazani sastanak "%{Summary}" %{OldStartDate} u %{OldStartTime} je izmenjen',
        "upd_params": 'Sledeći parametri su imenjeni za sastanak "%{Summary}":',
        "upd_please": "Molimo da prihvatite ili otkažete ove izmene.",
        "acc_subj": 'Prihvaćena pozivnica: "%{Summary}"',
        "dec_subj": 'Odbijena pozivnica: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}je prihvatio vašu pozivnicu za događaj.",
        "dec_body": "%{Attendee} %{SentByText}je odbio vašu pozivnicu za događaj.",
        "rcpt_created": 'Događaj "%{Summary}" je kreiran',
        "rcpt_notified": "Sledeći polaznik(ci) su obavešteni",
        "task_created": 'The task "%{Summary}" was created',
        "reminder": 'Podsetnik: "%{Summary}" - %{StartDate}',
        "startDate_label": "Početak",
        "endDate_label": "Završetak",
        "location_label": "Lokacija",
        "organizer_label": "Organizator",
        "due_label": "Rok",
        "time_label": "Vreme",
        "months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Мај",
            "Jun",
            "Jul",
            "Avg",
            "Sep",
            "Okt",
            "Nov",
            "Dec",
        ],
    },
    "bs": {
        "subj_inv": 'Pozivnica za event: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}vas je pozvao na %{Summary}.\n\nSa početkom: %{StartDate} u %{StartTime}\nKraj: %{EndDate} u %{EndTime}\nOpis: %{Description}",
        "subj_can": 'Event je otkazan: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}je otkazao event: %{Summary}.\n\nPočetak: %{StartDate} at %{StartTime}\nKraj: %{EndDate} at %{EndTime}\nOpis: %{Description}",
        "upd_subj": 'Sastanak "%{Summary}"  %{OldStartDate} u %{OldStartTime} je izmijenjen',
        "upd_params": 'Sljedeći parametri su izmijenjeni u "%{Summary}" sastanku:',
        "upd_please": "Molimo vas da prihvatite ili odbijete izmjene.",
        "acc_subj": 'Pozivnica prihvaćena: "%{Summary}"',
        "dec_subj": 'Pozivnica odbijena: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}je prihvatio vašu pozivnicu.",
        "dec_body": "%{Attendee} %{SentByText}je odbio poziv na vaš event.",
        "rcpt_created": 'Event "%{Summary}" je kreiran',
        "rcpt_notified": "Sljedeći učesnici su obaviješteni",
        "task_created": 'The task "%{Summary}" was created',
        "reminder": 'Podsjetnik: "%{Summary}" - %{StartDate}',
        "startDate_label": "Početak",
        "endDate_label": "Kraj",
        "location_label": "Lokacija",
        "organizer_label": "Organizator",
        "due_label": "Rok",
        "time_label": "Vrijeme",
        "months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Okt",
            "Nov",
            "Dec",
        ],
    },
    "sl": {
        "subj_inv": 'Povabila na dogodek: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText} te je povabil na %{Summary}.\n\n\nZačetek: %{StartDate} at %{StartTime}\nKonec: %{EndDate} at %{EndTime}\nOpis: %{Description}",
        "subj_can": 'Dogodek odpovedan: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText} je odpovedal ta dogodek: %{Summary}.\n\n\nZačetek: %{StartDate} at %{StartTime}\nKonec: %{EndDate} at %{EndTime}\nOpis: %{Description}",
        "upd_subj": 'Sestanek "%{Summary}" za %{OldStartDate} at %{OldStartTime} se je spremenil',
        "upd_params": 'Naslednji parametri so se spremenil v "%{Summary}" srečanju:',
        "upd_please": "Prosim sprejmi ali zavrni te spremembe.",
        "acc_subj": 'Sprejeto povabilo: "%{Summary}"',
        "dec_subj": 'Zavrnjeno povabilo: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText} je sprejel tvoje povabilo.",
        "dec_body": "%{Attendee} %{SentByText} je zavrnil tvoje povabilo.",
        "rcpt_created": 'Dogodek "%{Summary}" je bil ustvarjen',
        "rcpt_notified": "Naslednji udeleženci so bili obveščeni",
        "task_created": 'Opravilo "%{Summary}" je bilo ustvarjeno',
        "reminder": 'Opomnik: "%{Summary}" - %{StartDate}',
        "startDate_label": "Začetek",
        "endDate_label": "Konec",
        "location_label": "Mesto",
        "organizer_label": "Organizator",
        "due_label": "Datum zapadlosti:",
        "time_label": "Čas",
        "months": [
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "Maj",
            "Jun",
            "Jul",
            "Avg",
            "Sep",
            "Okt",
            "Nov",
            "Dec",
        ],
    },
    "mk": {
        "subj_inv": 'Покана за настанот: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}ве покани на %{Summary}.\n\nПочеток: %{StartDate} во %{StartTime}\nКрај: %{EndDate} во %{EndTime}\nОпис: %{Description}",
        "subj_can": 'Настанот е откажан: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}го откажа настанот: %{Summary}.\n\nПочеток: %{StartDate} во %{StartTime}\nКрај: %{EndDate} во %{EndTime}\nОпис: %{Description}",
        "upd_subj": 'Состанокот "%{Summary}" за %{OldStartDate} на %{OldStartTime} се промени',
        "upd_params": 'Следните параметри се променија во "%{Summary}" состанок:',
        "upd_please": "Прифатете ги ли отфрлете ги измените.",
        "acc_subj": 'Прифатена покана: "%{Summary}"',
        "dec_subj": 'Одбиена покана: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}ја прифати вашата покана.",
        "dec_body": "%{Attendee} %{SentByText}ја одби вашаа покана.",
        "rcpt_created": 'Настанот "%{Summary}" беше креиран',
        "rcpt_notified": "Следните учесници беа известини",
        "task_created": 'The task "%{Summary}" was created',
        "reminder": 'Потсетник: "%{Summary}" - %{StartDate}',
        "startDate_label": "Почеток:",
        "endDate_label": "Крај:",
        "location_label": "Локација",
        "organizer_label": "Организатор",
        "due_label": "Краен датум:",
        "time_label": "Време",
        "months": [
            "Јан",
            "Фев",
            "Мар",
            "Апр",
            "Мај",
            "Јун",
            "Јул",
            "Авг",
            "Сеп",
            "Окт",
            "Ное",
            "Дек",
        ],
    },
    "it": {
        "subj_inv": 'Invito Evento: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}ti ha invitato al %{Summary}.\n\nInizio: %{StartDate} alle %{StartTime}\nFine: %{EndDate} alle %{EndTime}\nDescrizione: %{Description}",
        "subj_can": 'Evento cancellato: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}ha annullato questo evento: %{Summary}.\n\nInizio: %{StartDate} alle %{StartTime}\nFine: %{EndDate} alle %{EndTime}\nDescrizione: %{Description}",
        "upd_subj": "L'appuntamento \"%{Summary}\" per la data %{OldStartDate} all'ora %{OldStartTime} è cambiato",
        "upd_params": 'I seguenti dati sono cambiati nell\'appuntamento "%{Summary}" :',
        "upd_please": "Per favore accetta o rifiuta questi cambiamenti",
        "acc_subj": 'Invito accettato: "%{Summary}"',
        "dec_subj": 'Invito rifiutato: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}ha accettato il tuo invito all'evento.",
        "dec_body": "%{Attendee} %{SentByText}ha declinato il tuo invito all'evento.",
        "rcpt_created": 'L\'evento "%{Summary}" è stato creato',
        "rcpt_notified": "I seguenti partecipanti sono stati informati",
        "task_created": 'L\'attività "%{Summary}" è stata creata',
        "reminder": 'Promemoria: "%{Summary}" - %{StartDate}',
        "startDate_label": "Inizio",
        "endDate_label": "Fine",
        "location_label": "Luogo",
        "organizer_label": "Organizzatore",
        "due_label": "Data di Scadenza",
        "time_label": "Ora",
        "months": [
            "Gen",
            "Feb",
            "Mar",
            "Apr",
            "Mag",
            "Giu",
            "Lug",
            "Ago",
            "Set",
            "Ott",
            "Nov",
            "Dic",
        ],
    },
    "nl": {
        "subj_inv": 'Uitnodiging voor afspraak: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText}heeft u uitgenodigd voor %{Summary}.\n\nStart: %{StartDate} om %{StartTime}\nEinde: %{EndDate} om %{EndTime}\nOmschrijving: %{Description}",
        "subj_can": 'Afspraak geannuleerd: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText}heeft de afspraak: %{Summary} geannuleerd.\n\nStart: %{StartDate} om %{StartTime}\nEinde: %{EndDate} om %{EndTime}\nOmschrijving: %{Description}",
        "upd_subj": 'De afspraak "%{Summary}" op %{OldStartDate} om %{OldStartTime} is gewijzigd',
        "upd_params": 'De volgende parameters zijn veranderd in de "%{Summary}" vergadering:',
        "upd_please": "Accepteer deze wijzigingen of wijs ze af.",
        "acc_subj": 'Uitnodiging geaccepteerd: "%{Summary}"',
        "dec_subj": 'Uitnodiging afgewezen: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}heeft uw uitnodiging voor de afspraak geaccepteerd.",
        "dec_body": "%{Attendee} %{SentByText}heeft uw uitnodiging voor de afspraak geweigerd.",
        "rcpt_created": 'De afspraak "%{Summary}" is aangemaakt',
        "rcpt_notified": "De volgende deelnemers zijn in kennis gesteld",
        "task_created": 'De taak "%{Summary}" is aangemaakt',
        "reminder": 'Herinnering: "%{Summary}" - %{StartDate}',
        "startDate_label": "Start",
        "endDate_label": "Einde",
        "location_label": "Locatie",
        "organizer_label": "Organisator",
        "due_label": "Vervaldag:",
        "time_label": "Tijd",
        "months": [
            "Jan",
            "Feb",
            "Maa",
            "Apr",
            "Mei",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Okt",
            "Nov",
            "Dec",
        ],
    },
    "ru": {
        "subj_inv": 'Приглашение на мероприятие: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText} пригласил вас на %{Summary}.\n\\Начало: %{StartDate} в %{StartTime}\nКонец: %{EndDate} в %{EndTime}\nОписание: %{Description}",
        "subj_can": 'Мероприятие отменено: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText} отменил это мероприятие: %{Summary}.\n\nНачало: %{StartDate} в %{StartTime}\nКонец: %{EndDate} в %{EndTime}\nОписание: %{Description}",
        "upd_subj": 'Изменено мероприятие "%{Summary}", назначенное на %{OldStartDate} в %{OldStartTime}.',
        "upd_params": 'в мероприятии "%{Summary}" изменены следующие параметры:',
        "upd_please": "Пожалуйста подтвердите или отмените эти изменения.",
        "acc_subj": 'Принятое приглашение: "%{Summary}"',
        "dec_subj": 'Отклонённое приглашение: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText}согласился участвовать в запланированном мероприятии.",
        "dec_body": "%{Attendee} %{SentByText}отказался участвовать в запланированном мероприятии.",
        "rcpt_created": 'Было создано мероприятие "%{Summary}"',
        "rcpt_notified": "Следующие приглашенные были оповещены",
        "task_created": 'Задача "%{Summary}" была создана',
        "reminder": 'Напоминание: "%{Summary}" - %{StartDate}',
        "startDate_label": "Начало",
        "endDate_label": "Конец",
        "location_label": "Местонахождение",
        "organizer_label": "Организатор",
        "due_label": "Должно быть готово к:",
        "time_label": "Время",
        "months": [
            "Янв",
            "Фев",
            "Мар",
            "Апр",
            "Май",
            "Июн",
            "Июл",
            "Авг",
            "Сен",
            "Окт",
            "Ноя",
            "Дек",
        ],
    },
    "uk": {
        "subj_inv": 'Запрошення на подію: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText} запросив вас до %{Summary}.\n\nStart: %{StartDate} at %{StartTime}\nEnd: %{EndDate} at %{EndTime}\nDescription: %{Description}",
        "subj_can": 'Подію скасовано: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText} скасував подію: %{Summary}.\n\nStart: %{StartDate} at %{StartTime}\nEnd: %{EndDate} at %{EndTime}\nDescription: %{Description}",
        "upd_subj": 'Запрошення "%{Summary}" для %{OldStartDate} at %{OldStartTime} було змінено',
        "upd_params": 'Змінились такі умови "%{Summary}" зустрічі:',
        "upd_please": "Будь ласка, прийміть або відхіліть ці зміни.",
        "acc_subj": 'Прийняте запрошення: "%{Summary}"',
        "dec_subj": 'Відхилено запрошення: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText} прийняв Ваше запрошення на участь у події.",
        "dec_body": "%{Attendee} %{SentByText} відхилив Ваше запрошення на участь у події.",
        "rcpt_created": 'Захід "%{Summary}" створено.',
        "rcpt_notified": "Наступні учасники були сповіщені",
        "task_created": 'Завдання "%{Summary}" створено.',
        "reminder": 'Нагадування: "%{Summary}" - %{StartDate}',
        "startDate_label": "Початок",
        "endDate_label": "Кінець",
        "location_label": "Місце",
        "organizer_label": "Організатор",
        "due_label": "Триватиме до:",
        "time_label": "Час",
        "months": [
            "січ",
            "лют",
            "бер",
            "кві",
            "тра",
            "чер",
            "лип",
            "сер",
            "вер",
            "жов",
            "лис",
            "гру",
        ],
    },
    "zh": {
        "subj_inv": '邀请事件: "%{Summary}"',
        "body_inv": "%{Organizer} %{SentByText} 邀请你去 %{Summary}。\n\n开始: %{StartDate} 的 %{StartTime}\n结束: %{EndDate} 的 %{EndTime}\n说明: %{Description}",
        "subj_can": '事件已取消: "%{Summary}"',
        "body_can": "%{Organizer} %{SentByText} 取消了事件: %{Summary}。\n\n开始: %{StartDate} 的 %{StartTime}\n结束: %{EndDate} 的 %{EndTime}\n说明: %{Description}",
        "upd_subj": '安排 "%{Summary}" 的开始时间 %{OldStartDate} 的 %{OldStartTime} 已被更新',
        "upd_params": '会议 "%{Summary}" 的下面参数已被修改:',
        "upd_please": "请接受或拒绝这些更改。",
        "acc_subj": '接受的邀请: "%{Summary}"',
        "dec_subj": '拒绝的邀请: "%{Summary}"',
        "acc_body": "%{Attendee} %{SentByText} 已接受了你的邀请。",
        "dec_body": "%{Attendee} %{SentByText} 已拒绝了你的邀请。",
        "rcpt_created": '事件"%{Summary}"已创建',
        "rcpt_notified": "已通知下列出席者",
        "task_created": 'The task "%{Summary}" was created',
        "reminder": 'Reminder: "%{Summary}" - %{StartDate}',
        "startDate_label": "开始",
        "endDate_label": "结束",
        "location_label": "地点",
        "organizer_label": "组织者",
        "due_label": "截止日期",
        "time_label": "时间",
        "months": [
            "一月",
            "二月",
            "三月",
            "四月",
            "五月",
            "六月",
            "七月",
            "八月",
            "九月",
            "十月",
            "十一月",
            "十二月",
        ],
    },
}

ZONES = {
    "tr": "Europe/Istanbul",
    "hr": "Europe/Zagreb",
    "sr": "Europe/Belgrade",
    "sr-Latn": "Europe/Belgrade",
    "bs": "Europe/Sarajevo",
    "sl": "Europe/Ljubljana",
    "mk": "Europe/Skopje",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "ru": "Europe/Moscow",
    "uk": "Europe/Kyiv",
    "zh": "Asia/Shanghai",
}
# (organizer, address, interview title, place, description) per language; all made up
PEOPLE = {
    "tr": (
        "Elif Yıldız",
        "elif.yildiz@bogazici-yazilim.com.tr.example",
        "Mülakat – yazılım geliştirici",
        "İstanbul, Büyükdere Cad. 120, Kat 7",
        "Teknik görüşme, yaklaşık bir saat.",
    ),
    "hr": (
        "Ivana Horvat",
        "ivana.horvat@jadran-soft.hr.example",
        "Razgovor za posao – backend programer",
        "Zagreb, Radnička cesta 80",
        "Tehnički razgovor s timom.",
    ),
    "sr": (
        "Марко Јовановић",
        "marko.jovanovic@dunav-tech.rs.example",
        "Интервју – систем администратор",
        "Београд, Булевар Михајла Пупина 10",
        "Разговор са тимом.",
    ),
    "sr-Latn": (
        "Ana Petrović",
        "ana.petrovic@sava-data.rs.example",
        "Intervju – analitičar podataka",
        "Novi Sad, Bulevar oslobođenja 30",
        "Razgovor sa vođom tima.",
    ),
    "bs": (
        "Amra Hodžić",
        "amra.hodzic@bascarsija-it.ba.example",
        "Intervju – QA inženjer",
        "Sarajevo, Zmaja od Bosne 7",
        "Razgovor sa timom za testiranje.",
    ),
    "sl": (
        "Maja Novak",
        "maja.novak@triglav-sistemi.si.example",
        "Razgovor za zaposlitev – razvijalec",
        "Ljubljana, Dunajska cesta 5",
        "Tehnični razgovor.",
    ),
    "mk": (
        "Елена Стојанова",
        "elena.stojanova@vardar-soft.mk.example",
        "Интервју – развивач",
        "Скопје, бул. Партизански одреди 15",
        "Разговор со тимот.",
    ),
    "it": (
        "Giulia Ricci",
        "giulia.ricci@lagune-software.it.example",
        "Colloquio – sviluppatore backend",
        "Milano, Via Tortona 27",
        "Colloquio tecnico con il team.",
    ),
    "nl": (
        "Sanne de Vries",
        "sanne.devries@polder-data.nl.example",
        "Sollicitatiegesprek – data-engineer",
        "Utrecht, Catharijnesingel 40",
        "Kennismaking met het team.",
    ),
    "ru": (
        "Анна Смирнова",
        "anna.smirnova@neva-soft.ru.example",
        "Собеседование – инженер DevOps",
        "Санкт-Петербург, Невский пр. 28",
        "Техническое собеседование.",
    ),
    "uk": (
        "Олена Коваленко",
        "olena.kovalenko@dnipro-tech.ua.example",
        "Співбесіда – фронтенд-розробник",
        "Київ, вул. Хрещатик 22",
        "Технічна співбесіда з командою.",
    ),
    "zh": (
        "王芳",
        "wang.fang@xihu-tech.cn.example",
        "面试 – 后端工程师",
        "杭州市西湖区文三路 90 号",
        "技术面试，约一小时。",
    ),
}


def sub(template: str, **values: str) -> str:
    """SOGo's %{Key} substitution."""
    for key, value in values.items():
        template = template.replace("%{" + key + "}", value)
    return template


def at(y: int, mo: int, d: int, hh: int, mi: int, lang: str) -> datetime:
    return datetime(y, mo, d, hh, mi, tzinfo=ZoneInfo(ZONES[lang]))


def sogo_date(value: datetime, lang: str, fmt: str = "%d-%b-%y") -> str:
    """SOGoDateFormatter: strftime with the locale's NSShortMonthNameArray for %b."""
    months = SOGO[lang]["months"]
    assert isinstance(months, list)
    out = fmt.replace("%b", str(months[value.month - 1]))
    out = out.replace("%e", str(value.day))
    return value.strftime(out)


def label(lang: str, key: str) -> str:
    text = str(SOGO[lang][key])
    return text.rstrip(":")


def text_body(
    kind: str, lang: str, st: datetime, en: datetime, fmt: str = "%d-%b-%y"
) -> tuple[str, str]:
    org, _, title, _, desc = PEOPLE[lang]
    s = SOGO[lang]
    body = sub(
        str(s["body_inv" if kind == "invite" else "body_can"]),
        Organizer=org,
        SentByText="",
        Summary=title,
        StartDate=sogo_date(st, lang, fmt),
        StartTime=st.strftime("%H:%M"),
        EndDate=sogo_date(en, lang, fmt),
        EndTime=en.strftime("%H:%M"),
        Description=desc,
    )
    subject = sub(str(s["subj_inv" if kind == "invite" else "subj_can"]), Summary=title)
    return subject, body + "\n"


def row(name: str, value: str) -> str:
    return f'      <tr>\n        <th align="right">{html.escape(name)}</th>\n        <td>{value}</td>\n      </tr>\n'


def html_page(rows: list[str], head: str, sender: str) -> str:
    return (
        '<html><head><style type="text/css">th, td { font-size: 12px; }</style></head><body>\n'
        '    <table cellpadding="2" cellspacing="2" border="0" style="width: 100%; max-width: 600px;">\n'
        f'      <tr>\n        <th></th>\n        <td><h1 style="font-size: 18px;">{html.escape(head)} <small style="font-size: 12px; color: #999;">{html.escape(sender)}</small></h1></td>\n      </tr>\n'
        + "".join(rows)
        + "    </table>\n  </body>\n</html>\n"
    )


def when_cell(value: datetime, lang: str) -> str:
    return f"{sogo_date(value, lang)} - {value.strftime('%H:%M')} {value.tzinfo}"


def mail(
    key: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str | None = None,
    page: str | None = None,
) -> bytes:
    raw: bytes = tc.build(
        key, sender=sender, to=ME, subject=subject, sent=sent, text=text, html=page
    )
    return raw


def steady(raw: bytes, key: str) -> bytes:
    """The email package draws multipart boundaries at random: fix them so reruns are equal."""
    boundaries = sorted(set(re.findall(rb"={15}\d+==", raw)))
    for number, found in enumerate(boundaries):
        raw = raw.replace(found, f"=_gw34_{pp.digest(key, str(number))[:16]}".encode())
    return raw


def case(
    family: str,
    name: str,
    lang: str,
    raw: bytes,
    lab: dict[str, object] | None,
    note: str,
    template: str = SRC,
) -> Case:
    return Case(
        family,
        SPLITS[family],
        pg8.filename(lang, name),
        raw,
        lab or {"kind": NEG},
        lang,
        note,
        template,
        LICENSE,
    )


def slot(
    st: datetime,
    en: datetime | None,
    kind: str | None = "invitation",
    zone: str | None = None,
    org: str | None = None,
) -> dict[str, object]:
    lab: dict[str, object] = pg8.slot(st, en, kind=kind, zone=zone, org=org)
    return lab


# (lang, y, m, d, hour, minutes long, days before it was sent)
TEXT_PLAN = (
    ("tr", 2026, 11, 12, 14, 60, 6),
    ("it", 2026, 5, 21, 10, 45, 8),
    ("nl", 2026, 10, 8, 15, 60, 5),
    ("ru", 2026, 9, 17, 11, 90, 7),
    ("uk", 2026, 6, 4, 9, 60, 4),
    ("zh", 2026, 8, 26, 14, 60, 6),
)


def text_invites(
    family: str, plan: tuple[tuple[str, int, int, int, int, int, int], ...], fmt: str, note: str
) -> Iterator[Case]:
    for lang, y, mo, d, hh, mins, before in plan:
        st = at(y, mo, d, hh, 30 if mins == 45 else 0, lang)
        en = st + timedelta(minutes=mins)
        sent = st - timedelta(days=before, hours=3)
        subject, body = text_body("invite", lang, st, en, fmt)
        org = PEOPLE[lang]
        yield case(
            family,
            "invite",
            lang,
            mail(f"gw34-{family}-{lang}", (org[0], org[1]), subject, sent, body),
            slot(st, en, org=org[1]),
            note.format(example=sogo_date(st, lang, fmt)),
        )


def sogotext34() -> Iterator[Case]:
    yield from text_invites(
        "sogotext34",
        TEXT_PLAN,
        "%d-%b-%y",
        "SOGo text invitation, default '%d-%b-%y' date ('{example}') and 'at %H:%M' in the language's words.",
    )


BALK_PLAN = (
    ("hr", 2026, 5, 19, 10, 60, 6),
    ("sr", 2026, 6, 11, 13, 60, 7),
    ("sr-Latn", 2026, 9, 24, 9, 60, 5),
    ("bs", 2026, 11, 5, 11, 60, 6),
    ("sl", 2026, 10, 14, 14, 45, 9),
    ("mk", 2026, 12, 3, 10, 60, 8),
)


def sogobalk34() -> Iterator[Case]:
    yield from text_invites(
        "sogobalk34",
        BALK_PLAN,
        "%d-%b-%y",
        "SOGo text invitation in a Balkan language, '%d-%b-%y' with SOGo's month abbreviations ('{example}').",
    )
    for lang, (y, mo, d, hh) in (("hr", (2026, 7, 8, 13)), ("sl", (2026, 8, 20, 9))):
        st = at(y, mo, d, hh, 0, lang)
        en = st + timedelta(hours=1)
        subject, body = text_body("cancel", lang, st, en)
        org = PEOPLE[lang]
        yield case(
            "sogobalk34",
            "cancel",
            lang,
            mail(
                f"gw34-balk-can-{lang}",
                (org[0], org[1]),
                subject,
                st - timedelta(days=2, hours=5),
                body,
            ),
            slot(st, en, kind="cancellation", org=org[1]),
            f"SOGo text cancellation with the cancelled time ('{sogo_date(st, lang)}').",
        )


HTML_PLAN = (
    ("tr", 2026, 4, 22, 11, 60, 7),
    ("it", 2026, 10, 1, 15, 60, 6),
    ("nl", 2026, 6, 16, 9, 45, 5),
    ("mk", 2026, 9, 9, 12, 60, 8),
    ("zh", 2026, 11, 18, 10, 60, 6),
    ("uk", 2026, 12, 10, 14, 60, 9),
)


def sogohtml34() -> Iterator[Case]:
    for lang, y, mo, d, hh, mins, before in HTML_PLAN:
        st = at(y, mo, d, hh, 30 if mins == 45 else 0, lang)
        en = st + timedelta(minutes=mins)
        org, addr, title, place, _desc = PEOPLE[lang]
        s = SOGO[lang]
        subject = sub(str(s["subj_inv"]), Summary=title)
        page = html_page(
            [
                row(label(lang, "location_label"), html.escape(place)),
                row(label(lang, "startDate_label"), when_cell(st, lang)),
                row(label(lang, "endDate_label"), when_cell(en, lang)),
                row(label(lang, "organizer_label"), html.escape(org)),
            ],
            subject,
            org,
        )
        yield case(
            "sogohtml34",
            "html_invite",
            lang,
            mail(
                f"gw34-html-{lang}",
                (org, addr),
                subject,
                st - timedelta(days=before, hours=2),
                page=page,
            ),
            slot(st, en, zone=ZONES[lang], org=addr),
            f"SOGo HTML invitation table: '{when_cell(st, lang)}'.",
            SRC_HTML,
        )


UPD_PLAN = (
    ("tr", (2026, 5, 12, 10), (2026, 5, 14, 15), 4),
    ("hr", (2026, 9, 15, 9), (2026, 9, 17, 11), 5),
    ("it", (2026, 11, 3, 14), (2026, 11, 5, 10), 3),
    ("nl", (2026, 6, 23, 13), (2026, 6, 25, 16), 4),
    ("ru", (2026, 10, 20, 11), (2026, 10, 21, 15), 3),
    ("zh", (2026, 7, 7, 10), (2026, 7, 9, 14), 5),
)


def sogoupd34() -> Iterator[Case]:
    for lang, old, new, before in UPD_PLAN:
        old_st = at(*old, 0, lang)
        st = at(*new, 0, lang)
        en = st + timedelta(hours=1)
        org, addr, title, _, _ = PEOPLE[lang]
        s = SOGO[lang]
        subject = sub(
            str(s["upd_subj"]),
            Summary=title,
            OldStartDate=sogo_date(old_st, lang),
            OldStartTime=old_st.strftime("%H:%M"),
        ).strip()
        page = html_page(
            [
                row("", html.escape(sub(str(s["upd_params"]), Summary=title))),
                row(label(lang, "startDate_label"), when_cell(st, lang)),
                row(label(lang, "endDate_label"), when_cell(en, lang)),
                row("", html.escape(str(s["upd_please"]))),
            ],
            subject,
            org,
        )
        yield case(
            "sogoupd34",
            "moved",
            lang,
            mail(
                f"gw34-upd-{lang}", (org, addr), subject, old_st - timedelta(days=before), page=page
            ),
            slot(st, en, kind="reschedule", zone=ZONES[lang], org=addr),
            f"SOGo update: subject names the old slot ('{sogo_date(old_st, lang)}'), the table the new start/end.",
            SRC_HTML + " (change rows recalled)",
        )


CAN_PLAN = (
    ("tr", 2026, 6, 30, 11),
    ("it", 2026, 9, 29, 10),
    ("nl", 2026, 11, 24, 14),
    ("ru", 2026, 5, 27, 16),
    ("sr", 2026, 10, 13, 9),
    ("bs", 2026, 12, 15, 13),
)


def sogocan34() -> Iterator[Case]:
    for lang, y, mo, d, hh in CAN_PLAN:
        st = at(y, mo, d, hh, 0, lang)
        en = st + timedelta(hours=1)
        subject, body = text_body("cancel", lang, st, en)
        org = PEOPLE[lang]
        yield case(
            "sogocan34",
            "cancel",
            lang,
            mail(
                f"gw34-can-{lang}", (org[0], org[1]), subject, st - timedelta(days=3, hours=2), body
            ),
            slot(st, en, kind="cancellation", org=org[1]),
            "SOGo text cancellation with the cancelled time.",
        )


def sogolook34() -> Iterator[Case]:
    # replies from the invitee to the organizer (the user is the organizer)
    for lang, key, who, (y, mo, d, hh) in (
        ("tr", "acc", ("Mert Kaya", "mert.kaya@mailbox.example"), (2026, 7, 15, 14)),
        ("it", "dec", ("Luca Bianchi", "luca.bianchi@mailbox.example"), (2026, 8, 4, 10)),
        ("hr", "acc", ("Petra Kovač", "petra.kovac@mailbox.example"), (2026, 10, 6, 11)),
    ):
        s = SOGO[lang]
        title = PEOPLE[lang][2]
        st = at(y, mo, d, hh, 0, lang)
        en = st + timedelta(hours=1)
        subject = sub(str(s[f"{key}_subj"]), Summary=title)
        page = html_page(
            [
                row("", html.escape(sub(str(s[f"{key}_body"]), Attendee=who[0], SentByText=""))),
                row(label(lang, "startDate_label"), when_cell(st, lang)),
                row(label(lang, "endDate_label"), when_cell(en, lang)),
            ],
            subject,
            who[0],
        )
        yield case(
            "sogolook34",
            "accepted" if key == "acc" else "declined",
            lang,
            mail(f"gw34-lk-{key}-{lang}", who, subject, st - timedelta(days=5), page=page),
            slot(st, en, kind="reply", zone=ZONES[lang]),
            "SOGo reply from an invitee: a reply, not an invitation.",
            SRC_HTML,
        )
    # the organizer's own receipt for a team meeting (nl)
    s = SOGO["nl"]
    st = at(2026, 9, 2, 10, 0, "nl")
    title = "Teamoverleg kwartaalplanning"
    page = html_page(
        [
            row("", html.escape(str(s["rcpt_notified"]))),
            row("", "Pieter Bakker, Lotte Jansen"),
            row(label("nl", "startDate_label"), when_cell(st, "nl")),
            row(label("nl", "endDate_label"), when_cell(st + timedelta(hours=1), "nl")),
        ],
        sub(str(s["rcpt_created"]), Summary=title),
        "SOGo",
    )
    yield case(
        "sogolook34",
        "receipt",
        "nl",
        mail(
            "gw34-lk-rcpt-nl",
            ("SOGo", "sogo@polder-data.nl.example"),
            sub(str(s["rcpt_created"]), Summary=title),
            st - timedelta(days=6),
            page=page,
        ),
        None,
        "SOGo receipt to the organizer: a team meeting was created.",
        SRC_HTML,
    )
    # a task with a due date (ru)
    s = SOGO["ru"]
    due = at(2026, 6, 19, 18, 0, "ru")
    title = "Подготовить отчёт по найму"
    page = html_page(
        [
            row(
                label("ru", "due_label"),
                f"{sogo_date(due, 'ru')} - {due.strftime('%H:%M')} {due.tzinfo}",
            )
        ],
        sub(str(s["task_created"]), Summary=title),
        "SOGo",
    )
    yield case(
        "sogolook34",
        "task",
        "ru",
        mail(
            "gw34-lk-task-ru",
            ("SOGo", "sogo@neva-soft.ru.example"),
            sub(str(s["task_created"]), Summary=title),
            due - timedelta(days=9),
            page=page,
        ),
        None,
        "SOGo task receipt with a due date: not a meeting.",
        SRC_HTML,
    )
    # an e-mail alarm for a team lunch (sl)
    s = SOGO["sl"]
    st = at(2026, 11, 26, 12, 0, "sl")
    title = "Skupinsko kosilo"
    subject = sub(str(s["reminder"]), Summary=title, StartDate=sogo_date(st, "sl"))
    page = html_page(
        [
            row(label("sl", "startDate_label"), when_cell(st, "sl")),
            row(label("sl", "location_label"), "Restavracija Pri Mostu"),
        ],
        subject,
        "SOGo",
    )
    yield case(
        "sogolook34",
        "reminder",
        "sl",
        mail(
            "gw34-lk-rem-sl",
            ("SOGo", "sogo@triglav-sistemi.si.example"),
            subject,
            st - timedelta(minutes=30),
            page=page,
        ),
        None,
        "SOGo e-mail alarm for a team lunch: not an interview invitation.",
        SRC_HTML,
    )


FWD_PLAN = (
    ("tr", (2027, 1, 14, 10), "gmail", "en", "fyi"),
    ("hr", (2026, 12, 9, 13), "outlook", "en", "please"),
    ("it", (2026, 12, 2, 15), "thunderbird", "it", "none"),
    ("ru", (2027, 2, 3, 11), "apple", "en", "phone"),
    ("zh", (2027, 1, 20, 9), "quoted", "en", "dated"),
)


def sogofwd34() -> Iterator[Case]:
    for lang, (y, mo, d, hh), client, wlang, note in FWD_PLAN:
        st = at(y, mo, d, hh, 0, lang)
        en = st + timedelta(hours=1)
        subject, body = text_body("invite", lang, st, en)
        org = PEOPLE[lang]
        raw = mail(f"gw34-fwd-{lang}", (org[0], org[1]), subject, st - timedelta(days=7), body)
        wrapped = wr.wrap(raw, wr.Wrapper(client, wlang, note))
        assert wrapped is not None
        lab = slot(st, en)
        lab["original_sender"] = org[1]
        yield case(
            "sogofwd34",
            client,
            lang,
            steady(wrapped, f"gw34-fwd-{client}"),
            lab,
            f"SOGo text invitation forwarded inline by {client} ({wlang} client).",
        )


DFMT_PLAN = (
    ("ru", "%d.%m.%Y", (2026, 7, 22, 10), 6),
    ("uk", "%d.%m.%Y", (2026, 10, 27, 15), 5),
    ("mk", "%d.%m.%Y", (2026, 6, 18, 11), 7),
    ("zh", "%Y-%m-%d", (2026, 9, 15, 14), 6),
    ("tr", "%d.%m.%Y", (2026, 8, 19, 13), 4),
    ("nl", "%d-%m-%Y", (2026, 5, 28, 9), 6),
    ("it", "%d/%m/%Y", (2026, 11, 17, 16), 8),
    ("sr-Latn", "%d.%m.%Y", (2026, 12, 22, 10), 7),
)


def sogodfmt34() -> Iterator[Case]:
    for lang, fmt, (y, mo, d, hh), before in DFMT_PLAN:
        st = at(y, mo, d, hh, 0, lang)
        en = st + timedelta(hours=1)
        subject, body = text_body("invite", lang, st, en, fmt)
        org = PEOPLE[lang]
        yield case(
            "sogodfmt34",
            "invite_" + fmt.replace("%", "").replace(".", "").replace("-", "").replace("/", ""),
            lang,
            mail(
                f"gw34-dfmt-{lang}",
                (org[0], org[1]),
                subject,
                st - timedelta(days=before, hours=1),
                body,
            ),
            slot(st, en, org=org[1]),
            f"SOGo text invitation with the user's numeric date format {fmt} ('{sogo_date(st, lang, fmt)}').",
        )


BUILDERS = (
    sogotext34,
    sogobalk34,
    sogohtml34,
    sogoupd34,
    sogocan34,
    sogolook34,
    sogofwd34,
    sogodfmt34,
)


def provenance(cases: list[Case]) -> str:
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the groupware34 batch (`build_groupware34.py`)",
        "",
        f"SOGo iMIP notices without their calendar part. Message sentences, labels and month abbreviations are SOGo's own translations, read from Alinto/sogo@{SOGO_COMMIT} "
        "(SoObjects/Appointments/<Lang>.lproj/Localizable.strings, UI/MainUI/<Lang>.lproj/Locale); dates follow SOGoDateFormatter with the default SOGoShortDateFormat '%d-%b-%y' "
        "or a numeric format a user can pick (UI/PreferencesUI/<Lang>.lproj/Localizable.strings shortDateFmt_0..16), times '%H:%M'; the HTML table follows UI/Templates/Appointments/SOGoAptMail*.wox (the rows of the update table are recalled). "
        "Forwards use tests/parsing/wrappers.py. People, companies, places, titles and descriptions are made up.",
        "",
        f"Every label was written from the datetimes that were rendered, before the parser was run. Held-out families ({', '.join(held)}) were drawn "
        "by random.Random(34).sample(k=2) over the eight family names (a per-family coin at 0.3 with the same seed had drawn none) before anything was rendered; their files are not listed here.",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        negatives = sum(1 for item in items if item.label.get("kind") == NEG)
        lines.append(
            f"- **{name}** ({len(items)} messages, {negatives} negatives, {SPLITS[name]}; {langs})"
        )
    lines += ["", "## Files (dev only)", ""]
    dev = sorted((item for item in cases if item.split == "dev"), key=lambda c: c.filename)
    lines += pp.file_rows(dev)
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build_ in BUILDERS for item in build_()]
    if {item.family for item in cases} != set(SPLITS):
        raise ValueError("every family needs a split and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-groupware34.md", provenance(cases))
    negatives = sum(1 for item in cases if item.label.get("kind") == NEG)
    print(
        f"{len(cases)} messages ({negatives} negatives) in {len(SPLITS)} families", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
