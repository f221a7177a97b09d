# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "negs46" batch: hand-written mail that names an interview, or an appointment
around one, at a day and hour and sets no job interview for the reader; controls of the
same shape that do.

Run: .venv/bin/python tests/parsing/corpus/build_negs46.py

A relative or friend telling the reader about THEIR own interview (controls: a relative
relaying the reader's interview that an employer phoned through); a mentor, career coach
or careers office booking a mock interview or a CV session (controls: the careers office
passing on an employer's real interview); a journalist, student or researcher booking an
interview with the reader about their work (controls: a newsroom's or archive's HR inviting
the reader to a job interview); appointments after an accepted offer: contract signing,
first day, induction, medical, badge photo (controls: the same HR's interview invitation);
deadlines ('complete the test by Friday 17:00', 'record your answers by 5pm'; controls: a
fixed interview hour from the same team); a past interview recalled with its day and hour
(controls: the same writer setting the next round); personal appointments called an
interview: visa, residence permit, school admission, flat viewing, bank, citizenship
(controls: a job interview at such an institution). hu, el, fi, cs, sk, tr, vi, uk, ro,
hr, pt-PT, it, es, nb, da, id, ms, pl, fr, de, nl, ko, ja, en. All prose ours; people and
companies made up. Every label comes from the datetimes the text is rendered from
(zoneinfo) and was written before the parser was run on any message of the batch. Held-out
families drawn by `random.Random("negs46 coin").sample(sorted(FAMILIES), 2)` before anything
was written or parsed. Helpers come from build_parse-pos.py (loaded, not copied).
Deterministic; the script deletes or writes only files of its own families.
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
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus; Gmail forward block from build_parse-pos.py"
LIC = "text ours"

FAMILIES = {
    "kintime46": "A relative or friend tells the reader about THEIR own job interview at a "
    "day and hour (to ask for a lift, luck, a quiet flat); controls: a relative relays the "
    "reader's own interview that the employer phoned through to the home number.",
    "mentor46": "A mentor, career coach or careers office books a mock interview or a CV "
    "session; controls: the careers office passes on an employer's real interview slot.",
    "reporter46": "A journalist, student, researcher or oral-history archive books an "
    "interview WITH the reader about their work (press, thesis, research, podcast); "
    "controls: the same kind of organisation's HR invites the reader to a job interview.",
    "welcome46": "After an accepted offer: contract signing, first day, induction, "
    "pre-employment medical, badge photo at a day and hour; controls: the same HR's "
    "(final-round) interview invitation.",
    "dueby46": "Deadlines: complete a test, record a one-way video interview, send a case "
    "study or confirm availability by a day and hour; controls: the same team's interview at "
    "a fixed hour.",
    "pastiv46": "A past interview recalled with its day and hour (thanks, decision dates, "
    "travel refunds, a rejection, a request for a link mentioned there); controls: the same "
    "writer setting the next round.",
    "errand46": "Personal appointments called an interview or a talk: visa and residence "
    "permit interviews, a child's school admission, a landlord's viewing talk, a bank's "
    "identity check, a citizenship interview; controls: a job interview at such a school, "
    "landlord or office.",
}
DRAWN = frozenset(random.Random("negs46 coin").sample(sorted(FAMILIES), 2))
# The two drawn families were read while the batch's rules were written (their languages'
# words were added to the rules), so they are no unseen mail: they are kept in dev, and the
# batch holds nothing out.
SEEN_WHILE_FIXING = frozenset({"errand46", "kintime46"})
HELD = DRAWN - SEEN_WHILE_FIXING
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []

ZONE = {
    "en-US": "America/New_York",
    "en-GB": "Europe/London",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "pt-PT": "Europe/Lisbon",
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "hr": "Europe/Zagreb",
    "el": "Europe/Athens",
    "fi": "Europe/Helsinki",
    "nb": "Europe/Oslo",
    "da": "Europe/Copenhagen",
    "tr": "Europe/Istanbul",
    "uk": "Europe/Kyiv",
    "vi": "Asia/Ho_Chi_Minh",
    "id": "Asia/Jakarta",
    "ms": "Asia/Kuala_Lumpur",
    "ko": "Asia/Seoul",
    "ja": "Asia/Tokyo",
}
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI = range(5)

# (lang, name, sender, subject, sent, slot or None, end or None, text, note, shape)
# sent/slot: (y, m, d, h, mi, weekday); shape: "" plain, "html" text + HTML copy,
# "fwd" forwarded by the reader from Gmail (English header block).
Row = tuple[
    str,
    str,
    tuple[str, str],
    str,
    tuple[int, ...],
    tuple[int, ...] | None,
    tuple[int, ...] | None,
    str,
    str,
    str,
]


def at(lang: str, v: tuple[int, ...]) -> datetime:
    """An aware datetime in the writer's zone; the sixth field guards the weekday."""
    wd = DAYS[v[5]] if len(v) > 5 else ""
    return pp.at(v[0], v[1], v[2], v[3], v[4], ZONE[lang], wd)


def html_copy(text: str) -> str:
    """The HTML alternative a webmail writes: one <p> a paragraph, <br> a line."""
    paras = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f'<html><body style="font-family:Arial,sans-serif">{paras}</body></html>'


def rows(fam: str, items: list[Row]) -> None:
    for lang, name, who, subject, s, v, e, text, note, shape in items:
        sent = at(lang, s)
        if v is None:
            label: dict[str, object] = dict(NEG)
        else:
            end = at(lang, e) if e else None
            label = {"kind": "invitation", **pp.timed(at(lang, v), end, sent=sent)}
        key = f"negs46 {fam} {lang} {name}"
        if shape == "fwd":
            raw = pp.forward(
                key,
                client="gmail",
                lang="en",
                user=ME,
                org=who,
                orig_sent=sent,
                subject=subject,
                body=text,
                note="fyi",
                delay=timedelta(hours=2, minutes=11),
            )
            label["original_sender"] = who[1]
        else:
            raw = pp.mail(
                key,
                sender=who,
                to=ME,
                subject=subject,
                sent=sent,
                text=text,
                html=html_copy(text) if shape == "html" else None,
            )
            if v is not None:
                label["organizer_email"] = who[1]
        CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


# fmt: off
# --- kintime46 ------------------------------------------------------------------------------
KINTIME: list[Row] = [
    ("hu", "sister_own_interview_thursday_10", ("Kovács Eszter", "eszti.kovacs@freemail.example.hu"), "Drukkolj!",
     (2026, 5, 11, 18, 20, MON), None, None,
     "Szia Alex!\n\nKépzeld, behívtak állásinterjúra a Mátravillhoz! Csütörtökön, május 14-én délelőtt 10 órakor lesz az interjúm Budapesten.\n\nTudunk utána beszélni? Drukkolj nekem!\n\nPuszi,\nEszti",
     "The sister's own interview ('lesz az interjúm', my interview) at a day and hour.", ""),
    ("el", "friend_own_interview_tomorrow", ("Νίκος Παπαδόπουλος", "nikos.pap@mailbox.example.gr"), "Αύριο η συνέντευξη!",
     (2026, 5, 11, 20, 5, MON), None, None,
     "Γεια σου Alex,\n\nαύριο, Τρίτη 12 Μαΐου, στις 11:30 έχω συνέντευξη για δουλειά στην Πειραιώς Logistics. Είμαι πολύ αγχωμένος!\n\nΘα σε πάρω τηλέφωνο μετά.\n\nΝίκος",
     "A friend's own job interview ('έχω συνέντευξη', I have an interview).", ""),
    ("fi", "brother_borrow_car_for_interview", ("Mikko Morgan", "mikko.m@posti.example.fi"), "Auto tiistaina?",
     (2026, 5, 13, 17, 45, WED), None, None,
     "Moi Alex!\n\nMulla on työhaastattelu ensi tiistaina 19.5. klo 13.00 Tampereella. Voisinko lainata sun autoa sille päivälle?\n\nTerveisin\nMikko",
     "The brother's own interview ('mulla on työhaastattelu') and a favour asked.", ""),
    ("cs", "mother_father_interview_lift", ("Věra Morganová", "vera.morganova@seznam.example.cz"), "Táta ve čtvrtek",
     (2026, 5, 18, 19, 10, MON), None, None,
     "Ahoj Alexi,\n\ntáta má ve čtvrtek 21. května v 9:00 pohovor v nemocnici na tu novou práci vrátného. Mohl bys ho tam zavézt? Pohovor má trvat asi hodinu.\n\nMáma",
     "The father's interview told by the mother ('táta má ... pohovor'); a lift asked.", ""),
    ("tr", "friend_interview_coffee_after", ("Elif Yılmaz", "elif.yilmaz@posta.example.com.tr"), "Cuma görüşmem",
     (2026, 5, 19, 21, 0, TUE), None, None,
     "Selam Alex,\n\nhaber vermek istedim: cuma günü (22 Mayıs) saat 14:00'te Ankara'da iş görüşmem var. Görüşmeden sonra kahve içelim mi?\n\nSevgiler,\nElif",
     "A friend's own interview ('iş görüşmem var', I have a job interview).", ""),
    ("vi", "cousin_asks_practice", ("Nguyễn Thùy Linh", "linh.nguyen@thu.example.vn"), "Em sắp phỏng vấn",
     (2026, 5, 25, 20, 30, MON), None, None,
     "Chào anh Alex,\n\nem có buổi phỏng vấn xin việc tại công ty Sông Hồng vào lúc 9 giờ sáng thứ Năm, ngày 28/5. Anh có thể giúp em luyện tập trước không?\n\nEm Linh",
     "A cousin's own interview ('em có buổi phỏng vấn'), practice asked.", "html"),
    ("uk", "friend_wish_luck", ("Оксана Мельник", "oksana.melnyk@ukr.example.ua"), "Побажай удачі",
     (2026, 6, 1, 19, 40, MON), None, None,
     "Привіт, Алексе!\n\nУ мене в середу, 3 червня, о 15:00 співбесіда в «Дніпро Софт». Побажай мені удачі!\n\nПотім розповім, як пройшло.\n\nОксана",
     "A friend's own interview ('у мене ... співбесіда').", ""),
    ("en-GB", "flatmate_needs_front_room", ("Tom Hargreaves", "tom.hargreaves@mailbox.example.co.uk"), "Thursday - front room",
     (2026, 6, 1, 8, 15, MON), None, None,
     "Hey Alex,\n\nHeads up - I've got my interview at Harlow & Finch on Thursday 4 June at 2pm, so I'll need the desk in the front room that morning to prep. Could you keep the noise down till about 3?\n\nCheers,\nTom",
     "A flatmate's own interview ('I've got my interview').", ""),
    ("de", "brother_interview_pick_up_mum", ("Jonas Morgan", "jonas.morgan@web.example.de"), "Dienstag",
     (2026, 6, 4, 12, 5, THU), None, None,
     "Hallo Alex,\n\nkurze Info: Mein Vorstellungsgespräch bei den Stadtwerken Kassel ist am Dienstag, 9. Juni, um 10:30 Uhr. Kannst du an dem Tag Mama vom Arzt abholen?\n\nGruß\nJonas",
     "The brother's own interview ('Mein Vorstellungsgespräch'), forwarded by the reader.", "fwd"),
    ("hu", "mother_relays_employer_call", ("Kovácsné Morgan Ilona", "ilona.morgan@freemail.example.hu"), "Hívtak a Mátravilltól",
     (2026, 5, 11, 17, 30, MON), (2026, 5, 14, 14, 0, THU), None,
     "Szia Alex!\n\nHívott ide a lakásra egy hölgy a Mátravilltól, mert a mobilodon nem ért el: csütörtökön, május 14-én 14 órakor vár az állásinterjúra a Váci út 22. alatt. Kérte, hogy vidd magaddal a bizonyítványaidat.\n\nAnya",
     "Control: the mother relays the reader's own interview ('vár az állásinterjúra', expects you).", ""),
    ("fi", "mother_relays_interview", ("Anneli Morgan", "anneli.morgan@posti.example.fi"), "Sulle soitettiin",
     (2026, 5, 13, 16, 20, WED), (2026, 5, 19, 10, 0, TUE), None,
     "Moi Alex,\n\nsulle soitettiin kotinumeroon Pohjolan Energiasta: työhaastattelusi on tiistaina 19.5. klo 10.00 heidän toimistollaan Oulussa. Soita heille takaisin jos aika ei sovi.\n\nÄiti",
     "Control: 'työhaastattelusi' (your interview) relayed by the mother.", ""),
    ("tr", "mother_relays_interview", ("Ayşe Morgan", "ayse.morgan@posta.example.com.tr"), "Demir Yazılım aradı",
     (2026, 5, 19, 18, 40, TUE), (2026, 5, 22, 11, 0, FRI), None,
     "Alex,\n\nDemir Yazılım'dan aradılar, sana ulaşamamışlar. İş görüşmen 22 Mayıs Cuma saat 11:00'de, Levent ofisinde. Kimliğini yanına almayı unutma.\n\nAnnen",
     "Control: 'iş görüşmen' (your job interview) relayed by the mother.", ""),
    ("el", "father_relays_interview", ("Γιώργος Morgan", "giorgos.morgan@mailbox.example.gr"), "Τηλεφώνησαν για σένα",
     (2026, 5, 11, 13, 15, MON), (2026, 5, 14, 12, 0, THU), None,
     "Alex,\n\nπήρε τηλέφωνο στο σπίτι η κυρία Παππά από την Αιγαίο Τεχνική: η συνέντευξή σου είναι την Πέμπτη 14 Μαΐου στις 12:00 στα γραφεία τους.\n\nΜπαμπάς",
     "Control: 'η συνέντευξή σου' (your interview) relayed by the father.", ""),
]

# --- mentor46 -------------------------------------------------------------------------------
MENTOR: list[Row] = [
    ("ro", "mock_interview_zoom", ("Ioana Popescu", "ioana.popescu@cariere.example.ro"), "Simularea de interviu",
     (2026, 5, 7, 10, 0, THU), None, None,
     "Bună, Alex!\n\nȚi-am rezervat simularea de interviu pentru marți, 12 mai, la ora 17:00, pe Zoom. Vom exersa întrebările comportamentale pentru postul de analist.\n\nTe rog să-mi trimiți CV-ul actualizat până luni.\n\nCu drag,\nIoana Popescu\nConsilier de carieră",
     "A careers adviser's mock interview ('simularea de interviu').", ""),
    ("hr", "probni_razgovor_centar_za_karijere", ("Marija Horvat", "marija.horvat@karijere.example.hr"), "Probni razgovor za posao",
     (2026, 5, 8, 11, 30, FRI), None, None,
     "Pozdrav Alex,\n\npotvrđujem termin za probni razgovor za posao (simulaciju intervjua) u srijedu, 13. svibnja, u 16:00 u Centru za karijere, soba 204. Ponesite životopis.\n\nLijep pozdrav,\nMarija Horvat\nsavjetnica za karijeru",
     "A practice job interview ('probni razgovor', 'simulacija intervjua').", ""),
    ("sk", "cv_consultation_teams", ("Zuzana Kráľová", "zuzana.kralova@mentoring.example.sk"), "Konzultácia k životopisu",
     (2026, 5, 11, 9, 20, MON), None, None,
     "Ahoj Alex,\n\ndohodli sme si konzultáciu k životopisu vo štvrtok 14. mája o 18:00 cez Teams. Pozriem sa aj na tvoj motivačný list a prejdeme si otázky, ktoré ti môžu dať na pohovore.\n\nMentorka Zuzana",
     "A CV consultation with a mentor; 'pohovor' only as the future real one.", ""),
    ("pt-PT", "preparacao_entrevistas_coach", ("Rita Sousa", "rita.sousa@carreiras.example.pt"), "Sessão de preparação para entrevistas",
     (2026, 5, 11, 14, 0, MON), None, None,
     "Olá Alex,\n\nfica marcada a sessão de preparação para entrevistas com a sua coach na sexta-feira, 15 de maio, às 10h00, por videochamada. Vamos simular uma entrevista de emprego completa.\n\nCumprimentos,\nRita Sousa\nGabinete de Carreiras",
     "Interview preparation with a coach ('simular uma entrevista de emprego').", "html"),
    ("it", "colloquio_simulazione_mentor", ("Programma Mentoring Donne in Tech", "mentoring@donneintech.example.it"), "Simulazione di colloquio",
     (2026, 5, 13, 12, 0, WED), None, None,
     "Ciao Alex,\n\nti confermo il colloquio di simulazione con il tuo mentor martedì 19 maggio alle 18:30, online. Prepara la presentazione di te in due minuti come se fosse un vero colloquio.\n\nUn saluto,\nProgramma Mentoring Donne in Tech",
     "A mentor's mock interview ('colloquio di simulazione').", ""),
    ("es", "revision_cv_simulacro", ("Lucía Ferrer", "lucia.ferrer@empleo.uni.example.es"), "Tu sesión de orientación",
     (2026, 5, 15, 9, 45, FRI), None, None,
     "Hola Alex:\n\nte escribo para confirmar tu sesión de revisión de CV y simulacro de entrevista el miércoles 20 de mayo a las 17:00 en la Oficina de Empleo Universitario, despacho 3. Trae tu CV impreso.\n\nSaludos,\nLucía Ferrer\nOrientadora laboral",
     "A CV review and mock interview at a university careers office ('simulacro de entrevista').", ""),
    ("nb", "ovingsintervju_teams", ("Kari Berg", "kari.berg@karriere.example.no"), "Øvingsintervju torsdag",
     (2026, 5, 18, 10, 10, MON), None, None,
     "Hei Alex!\n\nJeg har satt opp et øvingsintervju for deg torsdag 21. mai kl. 15.00 på Teams. Vi går gjennom typiske spørsmål, og du får tilbakemelding etterpå.\n\nHilsen Kari\nkarriereveileder",
     "A practice interview ('øvingsintervju') with a careers adviser.", ""),
    ("id", "latihan_wawancara_mentor", ("Tim Mentoring KarirKu", "mentor@karirku.example.id"), "Jadwal latihan wawancara",
     (2026, 5, 18, 15, 0, MON), None, None,
     "Halo Alex,\n\nsesi latihan wawancara (mock interview) Anda dengan mentor kami dijadwalkan pada hari Jumat, 22 Mei 2026 pukul 19.00 WIB melalui Google Meet. Siapkan CV terbaru Anda.\n\nSalam,\nTim Mentoring KarirKu",
     "A mentoring platform's mock interview ('latihan wawancara').", "html"),
    ("en-US", "coach_books_mock_interview", ("Dana Whitfield", "dana@whitfieldcoaching.example.com"), "You're booked: mock interview",
     (2026, 5, 21, 11, 30, THU), None, None,
     "Hi Alex,\n\nYou're booked for a 45-minute mock interview with me on Tuesday, May 26 at 4:00 PM ET. I'll play the hiring manager for the product role you're targeting, and we'll debrief for the last 10 minutes.\n\nBring the job description.\n\n- Dana Whitfield\nCareer Coach",
     "A paid career coach's mock interview with a duration and a zone.", ""),
    ("en-US", "career_center_relays_oncampus", ("Career Services", "careers@northfield.example.edu"), "On-campus interview: Northbridge Analytics",
     (2026, 5, 20, 9, 0, WED), (2026, 5, 26, 10, 0, TUE), None,
     "Hi Alex,\n\nNorthbridge Analytics has selected you for a first-round interview as part of on-campus recruiting. Your interview is on Tuesday, May 26 at 10:00 AM in Career Center Room 118 with their recruiter, Paul Ames.\n\nPlease arrive 10 minutes early.\n\nCareer Services",
     "Control: a careers office passes on an employer's real first-round interview.", ""),
    ("ro", "centrul_de_cariera_interviu_angajare", ("Ioana Popescu", "ioana.popescu@cariere.example.ro"), "Interviu la Carpatica Soft",
     (2026, 5, 8, 12, 0, FRI), (2026, 5, 14, 11, 0, THU), None,
     "Bună, Alex!\n\nCompania Carpatica Soft te-a selectat pentru un interviu de angajare: joi, 14 mai, la ora 11:00, la sediul lor din Cluj, strada Memorandumului 28.\n\nTe rog să confirmi participarea.\n\nIoana Popescu\nCentrul de Carieră",
     "Control: the careers adviser passes on a real employer interview.", ""),
    ("hr", "centar_za_karijere_pravi_razgovor", ("Marija Horvat", "marija.horvat@karijere.example.hr"), "Razgovor za posao - Jadran Digital",
     (2026, 5, 12, 10, 0, TUE), (2026, 5, 19, 10, 0, TUE), None,
     "Pozdrav Alex,\n\ntvrtka Jadran Digital poziva Vas na razgovor za posao u utorak, 19. svibnja, u 10:00 u njihovom uredu u Zagrebu. Molimo potvrdite dolazak.\n\nMarija Horvat\nCentar za karijere",
     "Control: a careers centre passes on an employer's job interview.", ""),
]

# --- reporter46 -----------------------------------------------------------------------------
REPORTER: list[Row] = [
    ("el", "journalist_phone_interview", ("Μαρία Αλεξίου", "m.alexiou@kathimerinoslogos.example.gr"), "Συνέντευξη για το άρθρο",
     (2026, 5, 8, 13, 0, FRI), None, None,
     "Αγαπητέ κύριε Morgan,\n\nείμαι δημοσιογράφος στην εφημερίδα «Καθημερινός Λόγος» και ετοιμάζω ένα άρθρο για την τεχνητή νοημοσύνη στην υγεία. Σας ευχαριστώ που δεχτήκατε να μου δώσετε συνέντευξη· επιβεβαιώνω την Τετάρτη 13 Μαΐου στις 12:00 μέσω τηλεφώνου.\n\nΜε εκτίμηση,\nΜαρία Αλεξίου",
     "A journalist confirms a press interview with the reader as the expert.", ""),
    ("cs", "weekly_interview_in_newsroom", ("Petra Nováková", "petra.novakova@hospodarsky-tydenik.example.cz"), "Rozhovor pro Hospodářský týdeník",
     (2026, 5, 11, 10, 30, MON), None, None,
     "Dobrý den, pane Morgane,\n\nděkuji, že jste souhlasil s rozhovorem pro Hospodářský týdeník o vašem výzkumu baterií. Rozhovor proběhne ve čtvrtek 14. května v 10:00 v naší redakci, potrvá asi 45 minut a pořídíme i fotografie.\n\nS pozdravem\nPetra Nováková\nredaktorka",
     "A magazine interview about the reader's research, in the newsroom.", ""),
    ("hu", "thesis_interview_online", ("Szabó Anna", "szabo.anna@hallgato.pannon.example.hu"), "Szakdolgozati interjú",
     (2026, 5, 13, 16, 0, WED), None, None,
     "Kedves Alex!\n\nA Pannon Egyetem hallgatója vagyok, és a szakdolgozatomhoz interjút készítek szoftverfejlesztőkkel. Köszönöm, hogy vállalta: az interjú május 19-én, kedden 15 órakor lesz online, kb. 30 perc.\n\nÜdvözlettel:\nSzabó Anna",
     "A student's thesis interview with the reader.", ""),
    ("da", "podcast_recording_studio", ("Mads Holm", "mads@energisnak.example.dk"), "Optagelse af interview",
     (2026, 5, 18, 9, 30, MON), None, None,
     "Hej Alex,\n\ntak for at du vil stille op til et interview i vores podcast om grøn energi. Optagelsen er torsdag den 21. maj kl. 13.00 i studiet på Vesterbrogade 40. Vi regner med ca. en time.\n\nMvh.\nMads Holm\nEnergisnak",
     "A podcast guest interview recording.", "html"),
    ("pl", "monthly_magazine_zoom", ("Karolina Wiśniewska", "k.wisniewska@swiattechniki.example.pl"), "Wywiad do „Świata Techniki”",
     (2026, 5, 20, 11, 0, WED), None, None,
     "Dzień dobry Panie Alexie,\n\ndziękuję za zgodę na wywiad do naszego miesięcznika o Pana pracy nad otwartym oprogramowaniem. Potwierdzam termin: wtorek 26 maja, godz. 11:00, przez Zoom.\n\nPozdrawiam,\nKarolina Wiśniewska\nredakcja „Świat Techniki”",
     "A magazine interview ('wywiad') with the reader about their work.", ""),
    ("fr", "entretien_de_recherche", ("Hélène Marchal", "helene.marchal@sociotravail.univ.example.fr"), "Entretien de recherche - télétravail",
     (2026, 5, 21, 14, 30, THU), None, None,
     "Bonjour Alex,\n\ndans le cadre de notre étude sur le télétravail, je vous confirme notre entretien de recherche le mercredi 27 mai à 14h (durée : 1 heure, en visioconférence). Vos réponses resteront anonymes.\n\nBien cordialement,\nDr Hélène Marchal\nLaboratoire de sociologie du travail",
     "A sociologist's research interview ('entretien de recherche') with a duration.", ""),
    ("vi", "reporter_startup_interview", ("Trần Minh", "tranminh@tuoitrecongnghe.example.vn"), "Phỏng vấn về dự án của anh",
     (2026, 5, 25, 15, 0, MON), None, None,
     "Chào anh Alex,\n\ntôi là phóng viên báo Tuổi Trẻ Công Nghệ. Cảm ơn anh đã đồng ý trả lời phỏng vấn về dự án khởi nghiệp của anh. Buổi phỏng vấn sẽ diễn ra lúc 10 giờ sáng thứ Sáu, ngày 29/5, tại quán cà phê gần văn phòng anh.\n\nTrân trọng,\nTrần Minh",
     "A reporter's interview about the reader's start-up ('trả lời phỏng vấn').", ""),
    ("ko", "tech_weekly_reporter", ("박서연", "sy.park@techweekly.example.kr"), "인터뷰 일정 안내",
     (2026, 5, 27, 10, 0, WED), None, None,
     "안녕하세요 Alex 님, 테크위클리 기자 박서연입니다.\n\n인터뷰 요청을 수락해 주셔서 감사합니다. 인터뷰는 6월 2일(화) 오후 3시에 화상으로 진행되며 약 40분 소요됩니다. 기사 게재 전 원고를 보내드리겠습니다.\n\n박서연 드림",
     "A reporter's interview (기자, 기사 게재) with the reader.", ""),
    ("de", "conference_blog_interview", ("Lena Brandt", "lena.brandt@devcon.example.de"), "Ihr Interview für den DevCon-Blog",
     (2026, 6, 1, 9, 0, MON), None, None,
     "Hallo Herr Morgan,\n\nvielen Dank, dass Sie sich für ein Interview zu Ihrem Vortrag auf der DevCon bereit erklärt haben. Wir zeichnen das Gespräch am Donnerstag, 4. Juni, um 16:00 Uhr per Video auf; es erscheint dann im Blog der Konferenz.\n\nBeste Grüße\nLena Brandt\nRedaktion DevCon",
     "An interview about the reader's talk, recorded for a blog.", ""),
    ("en-GB", "oral_history_recording", ("Dr Fiona Hale", "fiona.hale@tyneheritage.example.org.uk"), "Oral history interview",
     (2026, 6, 3, 11, 0, WED), None, None,
     "Dear Alex,\n\nThank you for agreeing to be interviewed for our oral history project on the city's shipyards. I'll come to you on Tuesday 9 June at 2.30pm; the recording takes about an hour and a half.\n\nKind regards,\nDr Fiona Hale\nTyne Heritage Archive",
     "An archive's oral-history interview with the reader.", ""),
    ("cs", "newsroom_hr_job_interview", ("Jana Dvořáková", "jana.dvorakova@hospodarsky-tydenik.example.cz"), "Pozvánka na pohovor",
     (2026, 5, 11, 14, 0, MON), (2026, 5, 14, 14, 0, THU), None,
     "Dobrý den, pane Morgane,\n\nděkujeme za Vaši přihlášku na pozici redaktora. Rádi bychom Vás pozvali na pracovní pohovor ve čtvrtek 14. května ve 14:00 v redakci Hospodářského týdeníku, Na Poříčí 12, Praha.\n\nS pozdravem\nJana Dvořáková\npersonální oddělení",
     "Control: the weekly's HR invites the reader to a job interview.", ""),
    ("pl", "magazine_hr_job_interview", ("Anna Kowalczyk", "a.kowalczyk@swiattechniki.example.pl"), "Zaproszenie na rozmowę kwalifikacyjną",
     (2026, 5, 20, 13, 0, WED), (2026, 5, 26, 13, 0, TUE), None,
     "Dzień dobry Panie Alexie,\n\ndziękujemy za zgłoszenie na stanowisko dziennikarza działu technologii. Zapraszamy na rozmowę kwalifikacyjną we wtorek 26 maja o godz. 13:00 w naszej redakcji przy ul. Mokotowskiej 5 w Warszawie.\n\nZ poważaniem,\nAnna Kowalczyk\ndział HR",
     "Control: the magazine's HR invites the reader to a job interview.", "html"),
    ("en-GB", "archive_job_interview", ("Dr Fiona Hale", "fiona.hale@tyneheritage.example.org.uk"), "Archivist post - interview",
     (2026, 6, 2, 15, 0, TUE), (2026, 6, 9, 10, 30, TUE), None,
     "Dear Alex,\n\nThank you for applying for the Archivist post at Tyne Heritage Archive. We would like to invite you to interview on Tuesday 9 June at 10.30am at our Quayside office. The panel will be me and two trustees.\n\nKind regards,\nDr Fiona Hale",
     "Control: the archive invites the reader to a job interview.", ""),
]

# --- welcome46 ------------------------------------------------------------------------------
WELCOME: list[Row] = [
    ("tr", "contract_signing_hr", ("Zeynep Aydın", "zeynep.aydin@bosforsoft.example.com.tr"), "Sözleşme imzası",
     (2026, 5, 7, 11, 0, THU), None, None,
     "Merhaba Alex,\n\nteklifimizi kabul ettiğiniz için çok mutluyuz! İş sözleşmenizi imzalamak için sizi 12 Mayıs Salı saat 10:00'da İnsan Kaynakları ofisimize bekliyoruz. Kimlik fotokopisi ve diplomanızı getirmeyi unutmayın.\n\nSaygılarımla,\nZeynep Aydın\nİK",
     "Contract signing after an accepted offer.", ""),
    ("uk", "first_working_day", ("Ірина Коваль", "iryna.koval@dniprosoft.example.ua"), "Ваш перший робочий день",
     (2026, 5, 18, 12, 0, MON), None, None,
     "Вітаємо, Алексе!\n\nРаді, що ви приєднуєтесь до команди. Ваш перший робочий день - понеділок, 1 червня; чекаємо вас о 9:00 на ресепшені для знайомства з командою та видачі ноутбука.\n\nЗ повагою,\nІрина Коваль, HR",
     "First working day after the offer.", ""),
    ("fi", "perehdytys_first_day", ("Laura Virtanen", "laura.virtanen@pohjola-energia.example.fi"), "Tervetuloa taloon",
     (2026, 5, 19, 9, 30, TUE), None, None,
     "Hei Alex,\n\ntervetuloa taloon! Perehdytyksesi alkaa maanantaina 1.6. klo 8.30 Espoon toimistolla. Ensimmäisenä päivänä saat kulkukortin ja tapaat esihenkilösi.\n\nYstävällisin terveisin\nLaura Virtanen, HR",
     "Induction ('perehdytys') on the first day.", "html"),
    ("hr", "pre_employment_medical", ("Ana Babić", "ana.babic@jadrandigital.example.hr"), "Liječnički pregled",
     (2026, 5, 14, 10, 0, THU), None, None,
     "Poštovani Alex,\n\nčestitamo na prihvaćenoj ponudi! Liječnički pregled prije zaposlenja zakazan je za srijedu, 20. svibnja, u 8:00 u poliklinici Medico, Vukovarska 10.\n\nLijep pozdrav,\nAna Babić\nLjudski potencijali",
     "A pre-employment medical after the offer.", ""),
    ("el", "induction_training", ("Ελένη Γεωργίου", "e.georgiou@aigaiotechniki.example.gr"), "Εισαγωγική εκπαίδευση",
     (2026, 5, 27, 13, 0, WED), None, None,
     "Αγαπητέ Alex,\n\nκαλώς ήρθες στην ομάδα! Η εισαγωγική εκπαίδευση νέων εργαζομένων θα γίνει την Τρίτη 2 Ιουνίου, 09:30-13:00, στην αίθουσα Β.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου\nΑνθρώπινο Δυναμικό",
     "Induction training for new staff with a range.", ""),
    ("ms", "orientation_new_staff", ("Nurul Aina", "nurul.aina@permatatek.example.my"), "Sesi orientasi pekerja baharu",
     (2026, 5, 25, 10, 0, MON), None, None,
     "Hai Alex,\n\ntahniah atas tawaran kerja anda! Sesi orientasi pekerja baharu akan diadakan pada hari Isnin, 1 Jun 2026, jam 9.00 pagi di aras 12. Sila bawa salinan kad pengenalan.\n\nTerima kasih,\nNurul Aina\nSumber Manusia",
     "New-staff orientation after the offer.", ""),
    ("vi", "contract_signing", ("Phạm Thu Hà", "ha.pham@songhong.example.vn"), "Ký hợp đồng lao động",
     (2026, 5, 21, 9, 0, THU), None, None,
     "Chào Alex,\n\nchúc mừng bạn đã nhận lời mời làm việc! Buổi ký hợp đồng lao động sẽ diễn ra lúc 14 giờ thứ Tư, ngày 27/5, tại phòng Nhân sự tầng 5.\n\nTrân trọng,\nPhạm Thu Hà",
     "Contract signing after the offer.", ""),
    ("nl", "badge_photo_reception", ("Femke Jansen", "femke.jansen@domstad-it.example.nl"), "Pasfoto en toegangspas",
     (2026, 5, 25, 14, 0, MON), None, None,
     "Hoi Alex,\n\nsuper dat je ja hebt gezegd! Voor je pasfoto en toegangspas verwachten we je op vrijdag 29 mei om 11.00 uur bij de receptie; het duurt een kwartiertje.\n\nGroet,\nFemke Jansen, HR",
     "A badge photo appointment after the offer.", ""),
    ("ko", "orientation_and_contract", ("김하늘", "haneul.kim@hanbit.example.kr"), "신규 입사자 오리엔테이션 안내",
     (2026, 5, 27, 16, 0, WED), None, None,
     "Alex 님, 입사를 축하드립니다.\n\n신규 입사자 오리엔테이션은 6월 1일(월) 오전 9시 본사 3층 대회의실에서 진행됩니다. 근로계약서 서명도 당일 진행됩니다.\n\n인사팀 김하늘 드림",
     "New-hire orientation and contract signing.", ""),
    ("tr", "final_interview_invite", ("Zeynep Aydın", "zeynep.aydin@bosforsoft.example.com.tr"), "Son aşama görüşme daveti",
     (2026, 5, 5, 15, 0, TUE), (2026, 5, 12, 14, 0, TUE), None,
     "Merhaba Alex,\n\nbaşvurunuz için teşekkürler. Sizi son aşama iş görüşmesine, 12 Mayıs Salı saat 14:00'te Maslak ofisimize davet ediyoruz. Görüşmeye genel müdürümüz de katılacak.\n\nSaygılarımla,\nZeynep Aydın\nİK",
     "Control: the same HR's final-round interview.", ""),
    ("fi", "job_interview_invite", ("Laura Virtanen", "laura.virtanen@pohjola-energia.example.fi"), "Kutsu työhaastatteluun",
     (2026, 5, 12, 9, 30, TUE), (2026, 5, 19, 13, 0, TUE), None,
     "Hei Alex,\n\nkiitos hakemuksestasi. Kutsumme sinut työhaastatteluun tiistaina 19.5. klo 13.00 Espoon toimistollemme. Haastattelu kestää noin tunnin.\n\nYstävällisin terveisin\nLaura Virtanen, HR",
     "Control: a job interview invitation ('noin tunnin' is no exact end).", ""),
    ("nl", "job_interview_invite", ("Femke Jansen", "femke.jansen@domstad-it.example.nl"), "Uitnodiging sollicitatiegesprek",
     (2026, 5, 20, 14, 0, WED), (2026, 5, 29, 10, 0, FRI), None,
     "Hoi Alex,\n\nleuk dat je hebt gesolliciteerd! We nodigen je uit voor een sollicitatiegesprek op vrijdag 29 mei om 10.00 uur op ons kantoor in Utrecht.\n\nGroet,\nFemke Jansen, HR",
     "Control: a job interview invitation.", ""),
    ("vi", "job_interview_invite", ("Phạm Thu Hà", "ha.pham@songhong.example.vn"), "Thư mời phỏng vấn",
     (2026, 5, 20, 9, 0, WED), (2026, 5, 27, 9, 0, WED), None,
     "Chào Alex,\n\ncảm ơn bạn đã ứng tuyển. Chúng tôi trân trọng mời bạn tham dự buổi phỏng vấn vào lúc 9 giờ sáng thứ Tư, ngày 27/5, tại phòng Nhân sự tầng 5.\n\nTrân trọng,\nPhạm Thu Hà",
     "Control: a job interview invitation.", ""),
]

# --- dueby46 --------------------------------------------------------------------------------
DUEBY: list[Row] = [
    ("sk", "online_test_by_friday", ("Tím náboru Tatra Data", "nabor@tatradata.example.sk"), "Online test - ďalší krok",
     (2026, 5, 11, 9, 0, MON), None, None,
     "Dobrý deň, Alex,\n\nďakujeme za záujem o pozíciu analytika. Ďalším krokom je online test logického myslenia, ktorý je potrebné vyplniť do piatku 15. mája do 17:00. Test trvá približne 40 minút.\n\nS pozdravom\nTím náboru, Tatra Data",
     "A test to complete by a deadline ('do piatku ... do 17:00').", ""),
    ("ro", "one_way_video_by_thursday", ("Echipa de recrutare Danubia", "recrutare@danubia.example.ro"), "Interviul video",
     (2026, 5, 18, 10, 0, MON), None, None,
     "Bună ziua, Alex,\n\nte rugăm să înregistrezi interviul video asincron până joi, 21 mai, ora 23:59. Linkul rămâne activ până atunci; ai 3 minute pentru fiecare întrebare.\n\nMulțumim,\nEchipa de recrutare Danubia",
     "A one-way video interview to record by a deadline ('până joi ... ora 23:59').", "html"),
    ("hu", "case_study_by_noon", ("Tóth Gábor", "toth.gabor@dunaitech.example.hu"), "Esettanulmány",
     (2026, 5, 19, 8, 30, TUE), None, None,
     "Kedves Alex!\n\nKérjük, hogy az esettanulmány megoldását legkésőbb május 22-én, pénteken 12 óráig küldje vissza. Ezt követően értesítjük a következő lépésről.\n\nÜdvözlettel:\nTóth Gábor, HR",
     "A case study due ('legkésőbb ... 12 óráig').", ""),
    ("pt-PT", "technical_test_by_monday", ("Equipa de Recrutamento Atlântico", "recrutamento@atlantico.example.pt"), "Teste técnico",
     (2026, 5, 20, 11, 0, WED), None, None,
     "Olá Alex,\n\npara avançarmos com a sua candidatura, pedimos que complete o teste técnico online até segunda-feira, 25 de maio, às 18h00 (hora de Lisboa). Poderá fazê-lo a qualquer momento até lá.\n\nCom os melhores cumprimentos,\nEquipa de Recrutamento Atlântico",
     "An online test due ('até segunda-feira ... às 18h00').", ""),
    ("da", "personality_test_before", ("Sofie Lund", "sofie.lund@nordvind.example.dk"), "Personlighedstest",
     (2026, 5, 21, 13, 0, THU), None, None,
     "Hej Alex,\n\nvi vil gerne bede dig udfylde vores personlighedstest inden onsdag den 27. maj kl. 12.00, før vi planlægger en eventuel samtale.\n\nVenlig hilsen\nSofie Lund, HR",
     "A test due before an interview not yet planned ('inden ... kl. 12.00').", ""),
    ("id", "psikotes_paling_lambat", ("Tim Rekrutmen Nusantara Digital", "rekrutmen@nusantaradigital.example.id"), "Psikotes online",
     (2026, 5, 25, 9, 0, MON), None, None,
     "Halo Alex,\n\nterima kasih telah melamar. Mohon selesaikan tes psikotes online paling lambat Jumat, 29 Mei 2026 pukul 17.00 WIB. Setelah itu kami akan menghubungi Anda untuk jadwal wawancara.\n\nSalam,\nTim Rekrutmen Nusantara Digital",
     "A test due ('paling lambat ... pukul 17.00 WIB'); the interview still to be set.", ""),
    ("it", "confirm_availability_by_noon", ("Ufficio Selezione Lario Sistemi", "selezione@lariosistemi.example.it"), "Disponibilità per il colloquio",
     (2026, 5, 28, 10, 0, THU), None, None,
     "Gentile Alex,\n\nla preghiamo di confermare la sua disponibilità al colloquio entro martedì 2 giugno alle ore 12:00 rispondendo a questa mail; in seguito le proporremo un orario.\n\nCordiali saluti,\nUfficio Selezione, Lario Sistemi",
     "A reply asked by a deadline ('entro ... alle ore 12:00'); no slot yet.", ""),
    ("ko", "ai_assessment_deadline", ("채용담당자", "recruit@hanbit.example.kr"), "AI 역량검사 안내",
     (2026, 6, 1, 10, 0, MON), None, None,
     "Alex 님, 서류 전형 합격을 축하드립니다.\n\n온라인 AI 역량검사를 6월 5일(금) 오후 6시까지 완료해 주시기 바랍니다. 기한 이후에는 응시가 불가합니다.\n\n채용담당자 드림",
     "An online assessment due ('까지 완료').", ""),
    ("en-GB", "record_video_by_5pm", ("Talent Team, Harbourline", "talent@harbourline.example.co.uk"), "Next step: video interview",
     (2026, 6, 8, 9, 15, MON), None, None,
     "Hi Alex,\n\nThanks for your application. The next step is our online video interview: please record your answers by 5pm on Friday 12 June - the link below stays open until then and you can do it whenever suits you.\n\nhttps://harbourline.example.co.uk/video/8k2m\n\nBest,\nTalent Team, Harbourline",
     "A one-way video interview due 'by 5pm on Friday 12 June'.", ""),
    ("sk", "interview_fixed_hour", ("Tím náboru Tatra Data", "nabor@tatradata.example.sk"), "Pozvánka na pohovor",
     (2026, 5, 11, 14, 0, MON), (2026, 5, 15, 10, 0, FRI), (2026, 5, 15, 11, 0, FRI),
     "Dobrý deň, Alex,\n\npozývame Vás na pracovný pohovor v piatok 15. mája o 10:00 v našej kancelárii na Mlynských nivách 5. Pohovor potrvá hodinu.\n\nS pozdravom\nTím náboru, Tatra Data",
     "Control: a job interview at a fixed hour lasting an hour.", ""),
    ("it", "colloquio_fixed_hour", ("Ufficio Selezione Lario Sistemi", "selezione@lariosistemi.example.it"), "Invito a colloquio",
     (2026, 5, 28, 15, 0, THU), (2026, 6, 2, 15, 0, TUE), None,
     "Gentile Alex,\n\nla invitiamo a un colloquio conoscitivo martedì 2 giugno alle ore 15:00 presso la nostra sede di Como, via Borsieri 14.\n\nCordiali saluti,\nUfficio Selezione, Lario Sistemi",
     "Control: a job interview at a fixed hour.", ""),
    ("en-GB", "live_video_interview", ("Talent Team, Harbourline", "talent@harbourline.example.co.uk"), "Video interview with our hiring manager",
     (2026, 6, 8, 16, 0, MON), (2026, 6, 12, 11, 0, FRI), None,
     "Hi Alex,\n\nThanks for your application. We'd like to invite you to a video interview with our hiring manager on Friday 12 June at 11am. The Teams link is below.\n\nhttps://teams.example.com/l/meetup-join/hb42\n\nBest,\nTalent Team, Harbourline",
     "Control: a live video interview at a fixed hour.", ""),
]

# --- pastiv46 -------------------------------------------------------------------------------
PASTIV: list[Row] = [
    ("cs", "thanks_decision_next_week", ("Jana Dvořáková", "jana.dvorakova@vltavaweb.example.cz"), "Děkujeme za pohovor",
     (2026, 5, 13, 9, 0, WED), None, None,
     "Dobrý den, pane Morgane,\n\nděkujeme, že jste si v úterý 12. května v 10:00 udělal čas na pohovor. Rozhodnutí Vám sdělíme do konce příštího týdne.\n\nS pozdravem\nJana Dvořáková",
     "Thanks for yesterday's interview, named with its day and hour.", ""),
    ("el", "travel_expenses_after_interview", ("Ελένη Γεωργίου", "e.georgiou@aigaiotechniki.example.gr"), "Έξοδα μετακίνησης",
     (2026, 5, 18, 10, 0, MON), None, None,
     "Αγαπητέ Alex,\n\nσε ευχαριστούμε για τη συνέντευξη της Πέμπτης 14 Μαΐου στις 11:00. Για την επιστροφή των εξόδων μετακίνησης, στείλε μας τις αποδείξεις σου.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
     "Travel refund after the interview of last Thursday at 11:00.", ""),
    ("hr", "rejection_names_interview", ("Ana Babić", "ana.babic@jadrandigital.example.hr"), "Odluka o zapošljavanju",
     (2026, 5, 20, 15, 0, WED), None, None,
     "Poštovani Alex,\n\nzahvaljujemo na razgovoru održanom u ponedjeljak, 18. svibnja, u 13:00. Nažalost, odlučili smo nastaviti s drugim kandidatom.\n\nSrdačan pozdrav,\nAna Babić",
     "A rejection naming the past interview ('održanom', held).", ""),
    ("nb", "references_after_interview", ("Kari Nilsen", "kari.nilsen@fjordtech.example.no"), "Takk for intervjuet",
     (2026, 5, 21, 12, 0, THU), None, None,
     "Hei Alex!\n\nTakk for intervjuet tirsdag 19. mai kl. 14.00 - panelet var veldig fornøyd. Vi sjekker referansene dine denne uken og tar kontakt.\n\nHilsen Kari Nilsen, HR",
     "Thanks for Tuesday's interview with its hour; references next.", ""),
    ("tr", "portfolio_link_mentioned", ("Burak Şahin", "burak.sahin@demiryazilim.example.com.tr"), "Portföy bağlantısı",
     (2026, 5, 22, 10, 0, FRI), None, None,
     "Merhaba Alex,\n\n20 Mayıs Çarşamba saat 15:00'teki görüşmemizde bahsettiğin portföy bağlantısını bize iletebilir misin?\n\nTeşekkürler,\nBurak Şahin",
     "A link asked for that was mentioned at Wednesday's interview.", ""),
    ("uk", "job_description_after_interview", ("Ірина Коваль", "iryna.koval@dniprosoft.example.ua"), "Дякуємо за співбесіду",
     (2026, 5, 25, 11, 0, MON), None, None,
     "Доброго дня, Алексе!\n\nДякуємо за співбесіду в четвер, 21 травня, о 10:00. Ось обіцяний опис посади та посилання на наш блог.\n\nЗ повагою,\nІрина Коваль",
     "Thanks for Thursday's interview with its hour.", "html"),
    ("ms", "result_in_two_weeks", ("Nurul Aina", "nurul.aina@permatatek.example.my"), "Terima kasih atas kehadiran anda",
     (2026, 5, 28, 9, 0, THU), None, None,
     "Hai Alex,\n\nterima kasih kerana menghadiri temu duga pada hari Selasa, 26 Mei 2026 jam 10.00 pagi. Keputusan akan dimaklumkan dalam masa dua minggu.\n\nTerima kasih,\nNurul Aina",
     "Thanks for attending the interview ('menghadiri temu duga') of Tuesday.", ""),
    ("fr", "compte_rendu_exercice", ("Claire Dubois", "claire.dubois@rhonelabs.example.fr"), "Suite à notre entretien",
     (2026, 5, 29, 10, 0, FRI), None, None,
     "Bonjour Alex,\n\nsuite à notre entretien du mercredi 27 mai à 9h30, vous trouverez ci-joint le compte rendu de l'exercice technique ainsi que quelques pistes de lecture.\n\nBien à vous,\nClaire Dubois",
     "A follow-up after Wednesday's interview ('suite à notre entretien du ...').", ""),
    ("ja", "thanks_result_next_week", ("山本 彩", "a.yamamoto@midoritech.example.jp"), "面接のお礼",
     (2026, 6, 1, 10, 0, MON), None, None,
     "Alex様\n\n先日5月28日（木）14時からの面接にお越しいただき、誠にありがとうございました。選考結果は来週中にご連絡いたします。\n\n株式会社ミドリテック 人事部 山本",
     "Thanks for last Thursday's interview ('先日', 'お越しいただき').", ""),
    ("en-US", "mileage_reimbursement_fwd", ("Jordan Lee", "jordan.lee@cobaltworks.example.com"), "Reimbursement for your visit",
     (2026, 6, 1, 9, 30, MON), None, None,
     "Hi Alex,\n\nThanks again for coming in on Thursday, May 28 at 1:00 PM. Please submit your mileage and parking receipts through the link below within 30 days.\n\nhttps://cobaltworks.example.com/reimburse/5521\n\nBest,\nJordan Lee\nRecruiting Coordinator",
     "A reimbursement request naming last week's visit; forwarded by the reader.", "fwd"),
    ("cs", "second_round_invite", ("Jana Dvořáková", "jana.dvorakova@vltavaweb.example.cz"), "Druhé kolo",
     (2026, 5, 13, 15, 0, WED), (2026, 5, 21, 9, 0, THU), None,
     "Dobrý den, pane Morgane,\n\nděkujeme za úterní pohovor. Rádi bychom Vás pozvali do druhého kola, které proběhne ve čtvrtek 21. května v 9:00 v naší kanceláři.\n\nS pozdravem\nJana Dvořáková",
     "Control: thanks for the past interview and the next round set.", ""),
    ("nb", "second_interview_invite", ("Kari Nilsen", "kari.nilsen@fjordtech.example.no"), "Andre intervju",
     (2026, 5, 21, 15, 0, THU), (2026, 5, 29, 10, 0, FRI), None,
     "Hei Alex!\n\nTakk for intervjuet på tirsdag. Vi vil gjerne invitere deg til et andre intervju med daglig leder fredag 29. mai kl. 10.00 på kontoret vårt i Bergen.\n\nHilsen Kari Nilsen, HR",
     "Control: thanks for Tuesday and a second interview set.", ""),
    ("fr", "second_entretien", ("Claire Dubois", "claire.dubois@rhonelabs.example.fr"), "Second entretien",
     (2026, 5, 29, 14, 0, FRI), (2026, 6, 4, 14, 30, THU), None,
     "Bonjour Alex,\n\nmerci pour notre entretien de mercredi. Nous souhaitons vous revoir pour un second entretien avec le directeur technique le jeudi 4 juin à 14h30, dans nos locaux de Lyon.\n\nBien à vous,\nClaire Dubois",
     "Control: thanks for Wednesday and a second interview set.", ""),
]

# --- errand46 -------------------------------------------------------------------------------
ERRAND: list[Row] = [
    ("vi", "visa_interview_consulate", ("Trung tâm hỗ trợ thị thực", "no-reply@visa-appointments.example.vn"), "Xác nhận lịch phỏng vấn thị thực",
     (2026, 5, 4, 9, 0, MON), None, None,
     "Kính gửi ông Alex Morgan,\n\nlịch phỏng vấn xin thị thực của ông tại Tổng Lãnh sự quán là 8 giờ 30 sáng thứ Ba, ngày 12/5/2026. Vui lòng mang theo hộ chiếu và giấy xác nhận đơn xin thị thực.\n\nTrung tâm hỗ trợ thị thực",
     "A visa interview at a consulate ('phỏng vấn xin thị thực').", ""),
    ("ko", "school_admission_interview", ("한빛국제학교 입학처", "admission@hanbit-school.example.kr"), "입학 면접 안내",
     (2026, 5, 11, 10, 0, MON), None, None,
     "Alex 님께,\n\n자녀 민준 학생의 입학 면접이 5월 14일(목) 오후 4시에 본교 2층 교무실에서 있습니다. 보호자 한 분이 함께 참석해 주십시오.\n\n한빛국제학교 입학처",
     "A child's school admission interview (입학 면접).", ""),
    ("id", "kitas_interview_immigration", ("Kantor Imigrasi", "layanan@imigrasi-jaksel.example.go.id"), "Jadwal wawancara izin tinggal",
     (2026, 5, 14, 8, 0, THU), None, None,
     "Yth. Bapak Alex Morgan,\n\nwawancara permohonan izin tinggal (KITAS) Anda dijadwalkan pada Rabu, 20 Mei 2026 pukul 10.00 WIB di Kantor Imigrasi Jakarta Selatan. Harap membawa paspor asli.\n\nHormat kami,\nKantor Imigrasi",
     "A residence-permit interview ('wawancara permohonan izin tinggal').", "html"),
    ("pl", "landlord_talk_viewing", ("Tomasz Nowak", "t.nowak@biurodom.example.pl"), "Oglądanie mieszkania - Długa 8",
     (2026, 5, 18, 12, 0, MON), None, None,
     "Dzień dobry,\n\nzapraszamy na rozmowę z właścicielem mieszkania i oglądanie lokalu przy ul. Długiej 8/4 w czwartek 21 maja o 18:00. Proszę zabrać zaświadczenie o zatrudnieniu.\n\nPozdrawiam,\nTomasz Nowak\nBiuro Nieruchomości Dom",
     "A talk with a landlord at a flat viewing ('rozmowa z właścicielem').", ""),
    ("hu", "citizenship_hearing", ("Országos Idegenrendészeti Főigazgatóság", "ugyfelszolgalat@oif.example.hu"), "Időpont: meghallgatás",
     (2026, 5, 19, 9, 0, TUE), None, None,
     "Tisztelt Morgan Úr!\n\nÁllampolgársági meghallgatásának (interjú) időpontja: 2026. május 26., kedd 9:00, Budapest, Budafoki út 60. Kérjük, hozza magával útlevelét.\n\nOrszágos Idegenrendészeti Főigazgatóság",
     "A citizenship hearing called an interview ('meghallgatás (interjú)').", ""),
    ("ro", "bank_identity_interview", ("Banca Transilvana Plus", "programari@transilvanaplus.example.ro"), "Confirmare programare",
     (2026, 5, 20, 11, 0, WED), None, None,
     "Bună ziua, domnule Morgan,\n\nvă confirmăm interviul pentru deschiderea contului la sucursala Unirii, miercuri, 27 mai, ora 11:00. Vă rugăm să aveți buletinul și dovada adresei.\n\nBanca Transilvana Plus",
     "A bank's account-opening interview ('interviul pentru deschiderea contului').", ""),
    ("it", "school_admission_colloquio", ("Segreteria Scuola Montessori Brera", "segreteria@montessoribrera.example.it"), "Colloquio di ammissione",
     (2026, 5, 25, 9, 0, MON), None, None,
     "Gentile Sig. Morgan,\n\nle ricordiamo il colloquio di ammissione di sua figlia Sofia alla scuola primaria giovedì 28 maggio alle 16:30. La preghiamo di arrivare con qualche minuto di anticipo.\n\nSegreteria Scuola Montessori Brera",
     "A daughter's school admission talk ('colloquio di ammissione di sua figlia').", ""),
    ("es", "extranjeria_entrevista", ("Oficina de Extranjería", "citaprevia@extranjeria-malaga.example.es"), "Cita: entrevista de reagrupación familiar",
     (2026, 5, 27, 8, 0, WED), None, None,
     "Estimado Sr. Morgan:\n\nle confirmamos su cita para la entrevista de reagrupación familiar en la Oficina de Extranjería de Málaga el martes 2 de junio a las 9:15. Debe presentar el pasaporte original.\n\nAtentamente,\nOficina de Extranjería",
     "A family-reunification interview at an immigration office.", ""),
    ("de", "landlord_kennenlerngespraech", ("Hausverwaltung Becker", "vermietung@hv-becker.example.de"), "Ihre Wohnungsbewerbung Lindenstraße 12",
     (2026, 5, 28, 10, 0, THU), None, None,
     "Sehr geehrter Herr Morgan,\n\nwir laden Sie und Ihre Partnerin zum Kennenlerngespräch für die Wohnung in der Lindenstraße 12 ein: Mittwoch, 3. Juni, 17:30 Uhr, vor Ort. Bitte bringen Sie eine Schufa-Auskunft mit.\n\nMit freundlichen Grüßen\nHausverwaltung Becker",
     "A landlord's get-to-know talk for a flat ('Wohnungsbewerbung', 'Kennenlerngespräch').", ""),
    ("en-US", "naturalization_interview", ("Field Office Notices", "no-reply@fieldoffice-notices.example.gov"), "Interview appointment notice",
     (2026, 6, 1, 7, 0, MON), None, None,
     "Dear Alex Morgan,\n\nYour naturalization interview is scheduled for Thursday, June 11, 2026 at 8:30 AM at the Seattle Field Office, 12500 Tukwila International Blvd. Bring your permanent resident card and this notice.\n\nThis is an automated notice; do not reply.",
     "A citizenship (naturalization) interview notice.", ""),
    ("ko", "teacher_job_interview", ("한빛국제학교 교무부", "hr@hanbit-school.example.kr"), "영어 교사 채용 면접 안내",
     (2026, 5, 8, 10, 0, FRI), (2026, 5, 14, 10, 0, THU), None,
     "Alex 님께,\n\n한빛국제학교 영어 교사 채용에 지원해 주셔서 감사합니다. 면접은 5월 14일(목) 오전 10시 본교 2층 교무실에서 진행됩니다.\n\n교무부 드림",
     "Control: the school's job interview for a teacher post.", ""),
    ("it", "teacher_colloquio", ("Direzione Scuola Montessori Brera", "direzione@montessoribrera.example.it"), "Colloquio per la posizione di insegnante",
     (2026, 5, 21, 12, 0, THU), (2026, 5, 28, 10, 0, THU), None,
     "Gentile Sig. Morgan,\n\nla Scuola Montessori Brera la invita a un colloquio per la posizione di insegnante di inglese giovedì 28 maggio alle 10:00 presso la nostra segreteria.\n\nCordiali saluti,\nla Direzione",
     "Control: the school's job interview.", ""),
    ("de", "property_manager_job_interview", ("Hausverwaltung Becker", "personal@hv-becker.example.de"), "Ihre Bewerbung als Objektbetreuer",
     (2026, 5, 27, 14, 0, WED), (2026, 6, 3, 10, 0, WED), None,
     "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Bewerbung als Objektbetreuer. Wir laden Sie zu einem Vorstellungsgespräch am Mittwoch, 3. Juni, um 10:00 Uhr in unser Büro in der Lindenstraße 12 ein.\n\nMit freundlichen Grüßen\nHausverwaltung Becker",
     "Control: the property manager's job interview.", ""),
]
# fmt: on

TABLES = {
    "kintime46": KINTIME,
    "mentor46": MENTOR,
    "reporter46": REPORTER,
    "welcome46": WELCOME,
    "dueby46": DUEBY,
    "pastiv46": PASTIV,
    "errand46": ERRAND,
}

FIRST_SIGHT = (
    "First sight (quick.py's rules, the parser at main c23da370 before any change of this "
    "batch): dev text 16 of 16 controls right (16 sure), 11 of 47 look-alikes claimed "
    "(mentor46's hr, nb, pt-PT and ro mock interviews; reporter46's de, el, en-GB, fr, hu "
    "and vi press, thesis, research and oral-history interviews; dueby46's Danish 'inden' "
    "deadline); welcome46 and pastiv46 0 claimed. Held out: text 7 of 7 right (7 sure), 14 "
    "of 19 look-alikes claimed (errand46 7 of 10, kintime46 7 of 9)."
)
AFTER = (
    "After the batch's parser changes (practice-interview words, the press's, a thesis's "
    "and a study's interview, authority and bank interviews and the writer's own interview "
    "in more languages; Danish 'inden' and Norwegian 'innen' as deadlines; "
    "tests/parsing/test_negs46_lookalikes.py): dev 16 of 16 controls right, 0 of 47 "
    "look-alikes claimed; held out 7 of 7 right, 4 of 19 claimed (errand46 2 of 10, "
    "kintime46 2 of 9). The held-out figures after the changes are not a clean score: the "
    "writers'-own-interview and authority words were extended to the languages of "
    "kintime46 and errand46, whose wording the writer of those rules knew (they were "
    "justified by the corpus's dev families of the same kind in other languages: "
    "friendica30, kinerrand39, others44, appts43, visa). Files that existed before the "
    "batch: 0 WORSE, 2 BETTER (one of them from main's commit after the baseline), 0 CHANGED."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the negs46 batch (`build_negs46.py`)",
        "",
        "Hand-written mail that names an interview, or an appointment around one, at a day "
        "and hour and sets no job interview for the reader, with controls of the same shape "
        "that do. All prose is ours; people, companies, offices and addresses are made up; no "
        "product template is rendered. The Gmail forward block is build_parse-pos.py's "
        "(recalled from the client's output). Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; "
        "kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ". Held-out families drawn by "
        "`random.Random('negs46 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed: " + ", ".join(sorted(DRAWN)) + "; their wording was then read "
        "while the batch's rules were extended to their languages, so they were moved to dev "
        "after the batch (held out now: " + (", ".join(held) or "none") + ").",
        "",
        "Label rules used (README conventions and PROVENANCE-looks37.md): an interview in "
        "which the reader is interviewed for publication, a thesis, research or an archive "
        "is no step in a job application: `not_invitation`. Somebody else's interview (a "
        "relative's, a friend's) sets nothing for the reader; a relative relaying the "
        "reader's own interview slot is an `invitation`. Mock interviews and CV sessions "
        "are coaching, not an employer's selection: `not_invitation`. Appointments after an "
        "accepted offer (signing, first day, induction, medical, badge) are `not_invitation`, "
        "as the corpus's onboarding families. A deadline ('by Friday 17:00') is no slot. A "
        "past interview recalled with its hour sets nothing new. Visa, residence, "
        "citizenship, school-admission, landlord and bank interviews are no job interview.",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_negs46.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for fam, table in TABLES.items():
        rows(fam, table)
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-negs46.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
