# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "langs53a" batch: look-alikes of an interview invitation in European languages
the corpus used less (pl, cs, sk, uk, ru, hr, sr, bs, sl, bg, ro, hu, el, tr, lt, lv, et, fi,
da, nb, pt-PT, ca), one family per kind of look-alike whose cue lists spoke mostly English,
German and French: an applicant's own mail to the one who chooses, a reader who hires (a
nanny, a cleaner, a tutor), the reader as speaker or moderator at a careers event, a job offer
with a first working day, a writer who cannot make a proposed time, a thank-you after the
interview with the date of a decision, a journalist asking for a press interview, and (held
out) a self-scheduling link with a deadline, a webinar about job interviews, a thesis defence.
Controls: the reader's own job interview in the same languages.

Run: .venv/bin/python tests/parsing/corpus/build_langs53a.py

All text is ours (no template copied); people and companies are made up. Labels come from
the datetimes the text is rendered from (zoneinfo) and were written before the parser was run
on any message of the batch. Held-out families drawn by
`random.Random("langs53a coin").sample(sorted(FAMILIES), 3)` before anything was written:
selfsched53, thesis53, webinar53. Deterministic; the script deletes or writes only files of
its own families.
"""

from __future__ import annotations

import importlib.util
import io
import random
import sys
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.utils import format_datetime, formataddr
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


pp = _load("build_parse_pos", "build_parse-pos.py")
l48 = _load("build_looks48", "build_looks48.py")
Case = pp.Case
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
OURS = "hand-written, no template"
LIC = "text ours"

FAMILIES = {
    "applies53": "The writer applies, to the reader who chooses (a shop owner, a family, a "
    "professor), and agrees to or proposes the interview: 'děkuji za odpověď na moji "
    "přihlášku', 'спасибо, что рассмотрели моё резюме', 'köszönöm, hogy megnézte a "
    "jelentkezésemet', 'başvurumu değerlendirdiğiniz için', 'kiitos, että luit hakemukseni', "
    "'tak fordi du har læst min ansøgning', 'mi-ați analizat candidatura', 'την αίτησή μου'; "
    "controls: an employer invites the reader ('your application').",
    "hiring53": "Childcare, cleaning and tutoring platforms tell the reader, who hires, that a "
    "nanny, cleaner or tutor confirmed a meeting at the reader's home ('opiekunka ... "
    "potwierdziła', 'kandidátka na opatrovateľku', 'няня ... підтвердила співбесіду', "
    "'čistačica ... potvrdila je razgovor', 'детегледачката ... потвърди интервюто', 'auklė ... "
    "patvirtino pokalbį', 'barnevakten ... har bekreftet intervjuet', 'la cangur ... ha "
    "confirmat l'entrevista'); controls: a family invites the reader as nanny or au pair.",
    "speaker53": "Careers conferences confirm the reader as speaker or moderator of a session "
    "about job interviews ('в качестве модератора', 'Ön lesz a ... moderátora', 'participarea "
    "ca vorbitor', 'konuşmacı olarak', 'būsiet runātājs', 'oled ... moderaator', 'biti "
    "predavač', 'como orador'); controls: the reader's own interview at a careers fair.",
    "offer53": "Job offers after the interview with the first working day and its hour "
    "('Pierwszy dzień pracy', 'Nástup do práce', 'Ваш перший робочий день', 'Začetek dela', "
    "'Η πρώτη σας μέρα εργασίας', 'Pirmoji darbo diena', 'Din første arbejdsdag', 'El teu "
    "primer dia de feina'); controls: an invitation to a second interview.",
    "decline53": "The writer cannot make the proposed interview time and asks for another "
    "('bohužel nemôžem', 'к сожалению, не смогу', 'за съжаление не мога', 'sajnos nem tudok', "
    "'maalesef katılamayacağım', 'valitettavasti en pääse', 'dessverre kan jeg ikke', "
    "'infelizmente não vou conseguir'); controls: the interviewer's new time for the reader.",
    "thanks53": "Thank-you notes after the interview naming when the decision comes ('dziękujemy "
    "za udział w rozmowie', 'děkujeme za dnešní pohovor', 'дякуємо за співбесіду', 'hvala na "
    "razgovoru', 'hvala za razgovor', 'vă mulțumim pentru participarea la interviu', 'aitäh "
    "vestluse eest', 'tak for samtalen'); controls: a thank-you that invites to the next round.",
    "press53": "Journalists and editors ask the reader for a press interview for a newspaper, "
    "radio or podcast ('rozhovor pro náš časopis', 'интервью для нашего издания', 'intervju za "
    "naš portal', 'interviu pentru emisiunea', 'συνέντευξη για την εφημερίδα', 'röportaj', "
    "'intervija mūsu podkāstam', 'haastattelu lehteemme'); controls: a newspaper invites the "
    "reader to a job interview.",
    "selfsched53": "Self-scheduling links with a deadline to pick an interview time; controls: "
    "a fixed interview time.",
    "webinar53": "Webinars and public talks about job interviews with a date and registration; "
    "controls: the reader's own interview.",
    "thesis53": "Thesis defences and exam boards with a date and room; controls: a university's "
    "job interview for the reader.",
}
HELD = frozenset(random.Random("langs53a coin").sample(sorted(FAMILIES), 3))
assert frozenset({"selfsched53", "thesis53", "webinar53"}) == HELD, HELD
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []
NEG: dict[str, object] = {"kind": "not_invitation"}

ZONE = {
    "pl": "Europe/Warsaw",
    "cs": "Europe/Prague",
    "sk": "Europe/Bratislava",
    "uk": "Europe/Kyiv",
    "ru": "Europe/Moscow",
    "hr": "Europe/Zagreb",
    "sr": "Europe/Belgrade",
    "bs": "Europe/Sarajevo",
    "sl": "Europe/Ljubljana",
    "bg": "Europe/Sofia",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "el": "Europe/Athens",
    "tr": "Europe/Istanbul",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "et": "Europe/Tallinn",
    "fi": "Europe/Helsinki",
    "da": "Europe/Copenhagen",
    "nb": "Europe/Oslo",
    "pt-PT": "Europe/Lisbon",
    "ca": "Europe/Madrid",
}
SENT = (2026, 10, 9, 10, 12)


def add(
    fam: str,
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    text: str,
    note: str,
    *,
    sent: tuple[int, int, int, int, int] = SENT,
    slot: tuple[int, int, int, int, int] | None = None,
    minutes: int | None = None,
) -> None:
    """One mail: with `slot` the reader's own interview at that wall time (no zone stated),
    labelled an invitation; without it a look-alike, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    key = f"langs53a {fam} {lang} {name}"
    message: MIMEBase = l48._part(text, "plain")
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
    else:
        label = dict(NEG)
    existing = list(message.items())
    for hname in list(message.keys()):
        del message[hname]
    message["Date"] = format_datetime(sent_at)
    message["From"] = formataddr(sender) if sender[0].isascii() else formataddr(sender, "utf-8")
    message["To"] = formataddr(ME)
    message["Subject"] = subject if subject.isascii() else Header(subject, "utf-8")
    message["Message-ID"] = f"<{pp.digest(key, 'mid')}@{sender[1].split('@', 1)[1]}>"
    message["MIME-Version"] = "1.0"
    for hname, value in existing:
        if hname.lower() != "mime-version":
            message[hname] = value
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=pp.POLICY).flatten(message)
    CASES.append(
        Case(fam, SPLITS[fam], f"{lang}_{name}", buffer.getvalue(), label, lang, note, OURS, LIC)
    )


# --- applies53 --------------------------------------------------------------------------------
def applies() -> None:
    f = "applies53"
    add(
        f,
        "cs",
        "moji_prihlasku",
        ("Tereza Nováková", "tereza.novakova@posta.example.cz"),
        "Re: Pohovor – asistentka do ordinace",
        "Dobrý den, pane Morgane,\n\nděkuji za odpověď na moji přihlášku. Pohovor ve čtvrtek 15. 10. v 10:00 mi vyhovuje, přijdu do ordinace na Vinohradské 12.\nŽivotopis a doporučení přinesu s sebou.\n\nS pozdravem\nTereza Nováková",
        "Uchazečka píše lékaři (čtenáři), který vybírá asistentku, a potvrzuje pohovor; pohovor vede čtenář.",
    )
    add(
        f,
        "ru",
        "moe_rezume",
        ("Анна Смирнова", "anna.smirnova@pochta.example.ru"),
        "Собеседование на должность няни",
        "Здравствуйте, Алекс!\n\nСпасибо, что рассмотрели моё резюме. Мне подходит собеседование в среду, 14 октября, в 18:00 — приеду к вам домой, адрес у меня есть.\nЕсли нужно, возьму с собой рекомендации от прошлой семьи.\n\nС уважением,\nАнна Смирнова",
        "Няня пишет семье (читателю), которая выбирает няню; собеседование проводит читатель.",
    )
    add(
        f,
        "hu",
        "jelentkezesemet",
        ("Kiss Réka", "kiss.reka@levelezo.example.hu"),
        "Re: Interjú – bolti eladó",
        "Kedves Alex!\n\nKöszönöm, hogy megnézte a jelentkezésemet a bolti eladó pozícióra. A csütörtöki, október 15-i interjú 9 órakor nekem megfelel, ott leszek.\nAz önéletrajzom nyomtatott példányát is viszem.\n\nÜdvözlettel:\nKiss Réka",
        "Egy jelentkező írja a boltvezetőnek (olvasó), hogy megfelel neki az interjú; az olvasó választ.",
    )
    add(
        f,
        "tr",
        "basvurumu",
        ("Emre Yıldız", "emre.yildiz@eposta.example.com.tr"),
        "Görüşme saati hakkında",
        "Merhaba Alex Bey,\n\nbaşvurumu değerlendirdiğiniz için teşekkür ederim. 16 Ekim Cuma saat 14:00'teki görüşme benim için uygun, ofisinize geleceğim.\nÖzgeçmişimin basılı bir kopyasını da getireceğim.\n\nSaygılarımla,\nEmre Yıldız",
        "Bir aday, işe alım yapan okuyucuya görüşme saatini onaylıyor; görüşmeyi okuyucu yapıyor.",
    )
    add(
        f,
        "fi",
        "hakemukseni",
        ("Aino Virtanen", "aino.virtanen@posti.example.fi"),
        "Re: Haastattelu – kesätyö",
        "Hei Alex,\n\nkiitos, että luit hakemukseni. Haastattelu tiistaina 13.10. klo 15 sopii minulle hyvin.\nTuon mukanani myös portfolioni ja todistukset.\n\nTerveisin\nAino Virtanen",
        "Hakija vahvistaa haastattelun lukijalle, joka valitsee kesätyöntekijän.",
    )
    add(
        f,
        "da",
        "min_ansoegning",
        ("Mads Jensen", "mads.jensen@post.example.dk"),
        "Samtale om weekendjob",
        "Hej Alex\n\nTak fordi du har læst min ansøgning til jobbet som weekendhjælp i butikken. Samtalen onsdag den 14. oktober kl. 16.30 passer mig fint.\nJeg tager mit CV og mine anbefalinger med.\n\nVenlig hilsen\nMads Jensen",
        "En ansøger bekræfter samtalen over for butiksejeren (læseren), som vælger.",
    )
    add(
        f,
        "ro",
        "candidatura_mea",
        ("Ioana Popescu", "ioana.popescu@posta.example.ro"),
        "Interviu pentru postul de bonă",
        "Bună ziua, domnule Morgan,\n\nvă mulțumesc că mi-ați analizat candidatura pentru postul de bonă. Interviul de joi, 15 octombrie, la ora 17:00 mi se potrivește.\nVoi aduce CV-ul meu și recomandările de la familia la care am lucrat.\n\nCu stimă,\nIoana Popescu",
        "O bonă confirmă interviul familiei (cititorul), care alege.",
    )
    add(
        f,
        "el",
        "aitisi_mou",
        ("Νίκος Παπαδόπουλος", "nikos.papadopoulos@mail.example.gr"),
        "Συνέντευξη για τη θέση βοηθού",
        "Καλησπέρα κύριε Morgan,\n\nσας ευχαριστώ που εξετάσατε την αίτησή μου για τη θέση του βοηθού εργαστηρίου. Η συνέντευξη την Πέμπτη 15 Οκτωβρίου στις 11:00 με εξυπηρετεί.\nΘα φέρω μαζί μου το βιογραφικό μου.\n\nΜε εκτίμηση,\nΝίκος Παπαδόπουλος",
        "Ένας υποψήφιος επιβεβαιώνει τη συνέντευξη στον καθηγητή (αναγνώστη) που επιλέγει.",
    )
    add(
        f,
        "cs",
        "control_vasi_prihlasku",
        ("Lucie Dvořáková", "kariera@stavby-horak.example.cz"),
        "Pozvánka na pohovor – projektový manažer",
        "Dobrý den, pane Morgane,\n\nděkujeme za Vaši přihlášku na pozici projektového manažera. Rádi bychom Vás pozvali na pohovor ve středu 14. 10. 2026 v 10:00 v naší kanceláři, Sokolovská 45, Praha 8.\nPohovor potrvá přibližně hodinu.\n\nS pozdravem\nLucie Dvořáková\nHR, Stavby Horák s.r.o.",
        "Zaměstnavatel zve čtenáře na pohovor (kontrola).",
        slot=(2026, 10, 14, 10, 0),
    )
    add(
        f,
        "pt-PT",
        "control_sua_candidatura",
        ("Rita Almeida", "recrutamento@lusodados.example.pt"),
        "Convite para entrevista",
        "Caro Alex,\n\nagradecemos a sua candidatura à vaga de analista de dados. Gostaríamos de o convidar para uma entrevista na quinta-feira, 15 de outubro, às 14h30, nos nossos escritórios na Avenida da Liberdade 110, Lisboa.\nA entrevista terá a duração de 45 minutos.\n\nCom os melhores cumprimentos,\nRita Almeida",
        "Uma empresa convida o leitor para uma entrevista (controlo).",
        slot=(2026, 10, 15, 14, 30),
        minutes=45,
    )


# --- hiring53 ---------------------------------------------------------------------------------
def hiring() -> None:
    f = "hiring53"
    add(
        f,
        "pl",
        "opiekunka_potwierdzila",
        ("Nianiownia", "powiadomienia@nianiownia.example.pl"),
        "Magdalena potwierdziła spotkanie",
        "Dzień dobry,\n\nopiekunka Magdalena Wójcik potwierdziła rozmowę u Państwa w domu w sobotę, 17 października, o 11:00.\nPo spotkaniu prosimy dać znać, czy chcą Państwo ją zatrudnić.\n\nZespół Nianiownia",
        "Serwis z opiekunkami pisze do rodzica (czytelnika), który zatrudnia nianię.",
    )
    add(
        f,
        "sk",
        "kandidatka_opatrovatelka",
        ("Opatrovanie.sk", "info@opatrovanie.example.sk"),
        "Jana Kováčová potvrdila pohovor",
        "Dobrý deň, Alex,\n\nkandidátka na opatrovateľku Jana Kováčová potvrdila pohovor u vás doma v utorok 20. 10. o 17:00.\nPo stretnutí nám dajte vedieť, či ju chcete zamestnať.\n\nTím Opatrovanie.sk",
        "Platforma píše rodine (čitateľovi), ktorá vyberá opatrovateľku.",
    )
    add(
        f,
        "uk",
        "nyanya_pidtverdyla",
        ("Няня Поруч", "info@nyanya-poruch.example.ua"),
        "Оксана підтвердила співбесіду",
        "Вітаємо, Алекс!\n\nНяня Оксана Коваль підтвердила співбесіду з вами в четвер, 22 жовтня, о 18:00.\nПісля зустрічі повідомте нам, чи бажаєте її найняти.\n\nКоманда «Няня Поруч»",
        "Сервіс пише родині (читачеві), яка наймає няню.",
    )
    add(
        f,
        "hr",
        "cistacica_potvrdila",
        ("Čisti Dom", "obavijesti@cistidom.example.hr"),
        "Ivana je potvrdila razgovor",
        "Pozdrav Alex,\n\nčistačica Ivana Horvat potvrdila je razgovor kod vas u srijedu, 21. listopada u 10:00.\nNakon razgovora javite nam želite li je zaposliti.\n\nVaš Čisti Dom",
        "Platforma piše korisniku (čitatelju) koji zapošljava čistačicu.",
    )
    add(
        f,
        "bg",
        "detegledachka_potvardi",
        ("Детегледачки.бг", "info@detegledachki.example.bg"),
        "Мария потвърди интервюто",
        "Здравейте, Алекс,\n\nдетегледачката Мария Иванова потвърди интервюто при вас в петък, 23 октомври, от 17:30 ч.\nСлед срещата ни кажете дали искате да я наемете.\n\nЕкипът на Детегледачки.бг",
        "Платформа пише на родителя (читателя), който наема детегледачка.",
    )
    add(
        f,
        "lt",
        "aukle_patvirtino",
        ("Auklės.lt", "info@aukles.example.lt"),
        "Rūta patvirtino pokalbį",
        "Sveiki, Alex,\n\nauklė Rūta Kazlauskienė patvirtino pokalbį jūsų namuose trečiadienį, spalio 21 d., 18:00.\nPo pokalbio praneškite, ar norite ją pasamdyti.\n\nAuklės.lt komanda",
        "Platforma rašo tėvams (skaitytojui), kurie samdo auklę.",
    )
    add(
        f,
        "nb",
        "barnevakt_bekreftet",
        ("Barnevakt.no", "varsel@barnevakt.example.no"),
        "Ingrid har bekreftet intervjuet",
        "Hei Alex,\n\nbarnevakten Ingrid Hansen har bekreftet intervjuet hjemme hos dere torsdag 22. oktober kl. 17.00.\nGi oss beskjed etter møtet om dere vil ansette henne.\n\nHilsen Barnevakt.no",
        "Tjenesten skriver til familien (leseren) som ansetter barnevakt.",
    )
    add(
        f,
        "ca",
        "cangur_confirmat",
        ("Cangurs BCN", "avisos@cangursbcn.example.cat"),
        "La Laia ha confirmat l'entrevista",
        "Hola Alex,\n\nla cangur Laia Puig ha confirmat l'entrevista a casa vostra dimarts 20 d'octubre a les 18:00.\nDesprés de la trobada, digueu-nos si la voleu contractar.\n\nL'equip de Cangurs BCN",
        "La plataforma escriu a la família (lector) que contracta una cangur.",
    )
    add(
        f,
        "sl",
        "control_varuska",
        ("Petra Kranjc", "petra.kranjc@posta.example.si"),
        "Razgovor za varuško",
        "Pozdravljeni Alex,\n\nhvala za vaš odgovor na naš oglas za varuško. Radi bi vas povabili na razgovor pri nas doma v sredo, 21. 10., ob 17:00, na Trubarjevi 8 v Ljubljani.\nSpoznali boste tudi najina otroka.\n\nLep pozdrav,\nPetra Kranjc",
        "Družina povabi bralca kot varuško na razgovor (kontrola).",
        slot=(2026, 10, 21, 17, 0),
    )
    add(
        f,
        "et",
        "control_lapsehoidja",
        ("Kadri Tamm", "kadri.tamm@post.example.ee"),
        "Lapsehoidja vestlus",
        "Tere, Alex!\n\nAitäh, et kandideerisid meie pere lapsehoidja kohale. Kutsume sind vestlusele neljapäeval, 22. oktoobril kell 18.00 meie koju, Pärnu mnt 30, Tallinn.\n\nParimat\nKadri Tamm",
        "Pere kutsub lugejat lapsehoidjana vestlusele (kontroll).",
        slot=(2026, 10, 22, 18, 0),
    )


# --- speaker53 --------------------------------------------------------------------------------
def speaker() -> None:
    f = "speaker53"
    add(
        f,
        "ru",
        "moderator_sektsii",
        ("DevCareer 2026", "speakers@devcareer.example.ru"),
        "Подтверждение участия: модератор дискуссии",
        "Алекс, добрый день!\n\nПодтверждаем ваше участие в качестве модератора панельной дискуссии «Как проходить собеседования в IT» на конференции DevCareer 2026.\nВаша секция: 5 ноября, 14:00–15:00, зал Б.\nПросим прибыть за 30 минут до начала для проверки микрофонов.\n\nПрограммный комитет DevCareer",
        "Конференция подтверждает читателя как модератора секции о собеседованиях.",
    )
    add(
        f,
        "hu",
        "kerekasztal_moderatora",
        ("HR Nap 2026", "program@hrnap.example.hu"),
        "Moderátori felkérés visszaigazolása",
        "Kedves Alex!\n\nÖrömmel erősítjük meg, hogy Ön lesz a „Sikeres állásinterjú” kerekasztal moderátora a HR Napon.\nIdőpont: november 6., 10:00–11:00, Nagyterem.\nKérjük, 15 perccel korábban érkezzen a technikai próbára.\n\nA szervezők",
        "A konferencia visszaigazolja az olvasót egy kerekasztal moderátoraként.",
    )
    add(
        f,
        "ro",
        "participarea_ca_vorbitor",
        ("Cariere Tech", "speakeri@carieretech.example.ro"),
        "Confirmare: prezentarea ta la Cariere Tech 2026",
        "Bună, Alex,\n\nîți confirmăm participarea ca vorbitor la conferința Cariere Tech 2026.\nPrezentarea ta „Cum să treci de interviul tehnic” este programată joi, 5 noiembrie, la 11:30, în sala Mare.\nTe rugăm să ne trimiți slide-urile până pe 30 octombrie.\n\nEchipa Cariere Tech",
        "Conferința confirmă cititorul ca vorbitor al unei prezentări despre interviuri.",
    )
    add(
        f,
        "tr",
        "konusmaci_olarak",
        ("Kariyer Zirvesi", "konusmacilar@kariyerzirvesi.example.com.tr"),
        "Konuşmacı katılımınız onaylandı",
        "Merhaba Alex,\n\nKariyer Zirvesi 2026'da konuşmacı olarak yer alacağınızı teyit ederiz.\n\"Mülakatta öne çıkmak\" başlıklı oturumunuz 4 Kasım Çarşamba 15:00'te Salon A'da.\nLütfen oturumdan 30 dakika önce kayıt masasına uğrayın.\n\nKariyer Zirvesi Ekibi",
        "Zirve, okuyucuyu mülakat konulu bir oturumun konuşmacısı olarak onaylıyor.",
    )
    add(
        f,
        "lv",
        "busiet_runatajs",
        ("Karjeras dienas", "runataji@karjerasdienas.example.lv"),
        "Jūsu uzstāšanās apstiprināta",
        "Sveiki, Alex!\n\nApstiprinām, ka būsiet runātājs konferencē Karjeras dienas 2026.\nJūsu uzstāšanās „Kā sagatavoties darba intervijai” notiks 5. novembrī plkst. 13:00, 2. zālē.\nLūdzu, ierodieties 20 minūtes agrāk.\n\nAr cieņu,\norganizatori",
        "Konference apstiprina lasītāju kā runātāju par darba intervijām.",
    )
    add(
        f,
        "et",
        "paneeli_moderaator",
        ("HR Tallinn", "esinejad@hrtallinn.example.ee"),
        "Paneelarutelu moderaator – kinnitus",
        "Tere, Alex!\n\nKinnitame, et oled paneelarutelu „Tööintervjuu tulevik” moderaator konverentsil HR Tallinn 2026.\nArutelu toimub 6. novembril kell 14.00 suures saalis.\nPalun saada meile oma küsimused panelistidele hiljemalt 30. oktoobriks.\n\nKorraldajad",
        "Konverents kinnitab lugeja paneelarutelu moderaatorina.",
    )
    add(
        f,
        "sr",
        "predavac_na_konferenciji",
        ("Karijera 2026", "predavaci@karijera.example.rs"),
        "Potvrda vašeg predavanja",
        "Zdravo Alex,\n\npotvrđujemo da ćete biti predavač na konferenciji Karijera 2026.\nVaše predavanje „Kako se pripremiti za intervju za posao” zakazano je za četvrtak, 5. novembar u 12:00, sala 3.\nMolimo vas da stignete pola sata ranije.\n\nOrganizacioni odbor",
        "Konferencija potvrđuje čitaoca kao predavača o intervjuima za posao.",
    )
    add(
        f,
        "pt-PT",
        "como_orador",
        ("Encontro de Carreiras", "oradores@encontrocarreiras.example.pt"),
        "Confirmação da sua sessão",
        'Olá Alex,\n\nconfirmamos a sua participação como orador no Encontro de Carreiras 2026.\nA sua sessão "Como preparar uma entrevista de emprego" está marcada para quinta-feira, 5 de novembro, às 16h00, no Auditório 2.\nPedimos que chegue 30 minutos antes.\n\nA organização',
        "Um evento confirma o leitor como orador numa sessão sobre entrevistas.",
    )
    add(
        f,
        "fi",
        "control_rekrytointitapahtuma",
        ("Nordtek Oy", "rekrytointi@nordtek.example.fi"),
        "Haastattelukutsu – Uratapahtuma 2026",
        "Hei Alex,\n\nkiitos, että kävit osastollamme Uratapahtumassa. Kutsumme sinut työhaastatteluun ohjelmistokehittäjän tehtävään torstaina 5.11. klo 10.00 messukeskuksen kokoushuoneessa 4.\nHaastattelu kestää 30 minuuttia.\n\nTerveisin\nSanna Laine, Nordtek Oy",
        "Yritys kutsuu lukijan omaan työhaastatteluun uratapahtumassa (kontrolli).",
        slot=(2026, 11, 5, 10, 0),
        minutes=30,
    )
    add(
        f,
        "pl",
        "control_targi_pracy",
        ("Kodex Sp. z o.o.", "rekrutacja@kodex.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry Panie Alex,\n\ndziękujemy za rozmowę na naszym stoisku podczas Targów Pracy. Zapraszamy Pana na rozmowę kwalifikacyjną na stanowisko testera w środę, 4 listopada, o 13:00, w sali B2 centrum targowego.\n\nPozdrawiamy\nZespół rekrutacji Kodex",
        "Firma zaprasza czytelnika na jego rozmowę kwalifikacyjną (kontrola).",
        slot=(2026, 11, 4, 13, 0),
    )


# --- offer53 ----------------------------------------------------------------------------------
def offer() -> None:
    f = "offer53"
    add(
        f,
        "pl",
        "pierwszy_dzien_pracy",
        ("Anna Kowalska", "kadry@datapol.example.pl"),
        "Oferta zatrudnienia – analityk danych",
        "Dzień dobry Panie Alex,\n\ndziękujemy za wczorajszą rozmowę kwalifikacyjną. Z przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku analityka danych.\nPierwszy dzień pracy: poniedziałek, 2 listopada 2026, godz. 9:00, biuro przy ul. Prostej 20.\nProsimy o podpisanie umowy do 23 października.\n\nAnna Kowalska\nDział kadr",
        "Oferta pracy po rozmowie, z pierwszym dniem pracy; nie zaproszenie na rozmowę.",
    )
    add(
        f,
        "cs",
        "nastup_do_prace",
        ("Petra Svobodová", "hr@ucetni-servis.example.cz"),
        "Nabídka pracovní pozice",
        "Dobrý den, pane Morgane,\n\npo včerejším pohovoru Vám rádi nabízíme pozici účetního.\nNástup do práce: pondělí 2. listopadu 2026 v 8:00, recepce v budově B.\nNabídku prosím potvrďte do pátku 16. 10.\n\nPetra Svobodová\nPersonální oddělení",
        "Nabídka práce s datem nástupu po pohovoru.",
    )
    add(
        f,
        "uk",
        "pershyi_robochyi_den",
        ("Олена Бондар", "hr@torgservis.example.ua"),
        "Пропозиція роботи",
        "Вітаємо, Алекс!\n\nДякуємо за співбесіду минулого тижня. Раді запропонувати вам посаду менеджера з продажу.\nВаш перший робочий день — понеділок, 2 листопада, о 9:00.\nБудь ласка, підтвердьте пропозицію до 26 жовтня.\n\nОлена Бондар, HR",
        "Пропозиція роботи з першим робочим днем після співбесіди.",
    )
    add(
        f,
        "sl",
        "zacetek_dela",
        ("Maja Novak", "kadrovska@skladisce-novak.example.si"),
        "Ponudba za zaposlitev",
        "Pozdravljeni Alex,\n\nhvala za razgovor prejšnji teden. Veseli nas, da vam lahko ponudimo zaposlitev na delovnem mestu skladiščnika.\nZačetek dela: ponedeljek, 2. novembra 2026, ob 7:00.\nPogodbo vam pošljemo v podpis do petka.\n\nMaja Novak, kadrovska služba",
        "Ponudba za zaposlitev z začetkom dela po razgovoru.",
    )
    add(
        f,
        "el",
        "proti_mera_ergasias",
        ("Ελένη Γεωργίου", "hr@logistiki.example.gr"),
        "Πρόταση εργασίας",
        "Αγαπητέ Alex,\n\nσας ευχαριστούμε για τη συνέντευξη της Τρίτης. Με χαρά σας προσφέρουμε τη θέση του λογιστή.\nΗ πρώτη σας μέρα εργασίας είναι η Δευτέρα 2 Νοεμβρίου 2026, στις 9:00.\nΠαρακαλούμε επιβεβαιώστε την αποδοχή της πρότασης έως τις 23 Οκτωβρίου.\n\nΕλένη Γεωργίου, Τμήμα Προσωπικού",
        "Πρόταση εργασίας με πρώτη μέρα εργασίας μετά τη συνέντευξη.",
    )
    add(
        f,
        "lt",
        "pirmoji_darbo_diena",
        ("Inga Petrauskienė", "personalas@prekyba.example.lt"),
        "Darbo pasiūlymas",
        "Sveiki, Alex,\n\ndėkojame už pokalbį. Malonu jums pasiūlyti pardavimų vadybininko pareigas.\nPirmoji darbo diena – pirmadienis, lapkričio 2 d., 9:00.\nPrašome patvirtinti pasiūlymą iki spalio 23 d.\n\nInga Petrauskienė, personalo skyrius",
        "Darbo pasiūlymas su pirmąja darbo diena po pokalbio.",
    )
    add(
        f,
        "da",
        "foerste_arbejdsdag",
        ("Line Nielsen", "hr@lagerhuset.example.dk"),
        "Tilbud om ansættelse",
        "Kære Alex\n\nTak for samtalen i tirsdags. Vi er glade for at kunne tilbyde dig stillingen som lagermedarbejder.\nDin første arbejdsdag er mandag den 2. november 2026 kl. 8.00.\nKontrakten er vedhæftet til underskrift.\n\nVenlig hilsen\nLine Nielsen, HR",
        "Jobtilbud med første arbejdsdag efter samtalen.",
    )
    add(
        f,
        "ca",
        "primer_dia_de_feina",
        ("Marta Vila", "persones@suportic.example.cat"),
        "Oferta de feina",
        "Hola Alex,\n\ngràcies per l'entrevista de dijous. Ens plau oferir-te la plaça de tècnic de suport.\nEl teu primer dia de feina serà el dilluns 2 de novembre de 2026 a les 9:00.\nSi us plau, confirma'ns l'acceptació de l'oferta abans del 23 d'octubre.\n\nMarta Vila, Persones",
        "Oferta de feina amb el primer dia després de l'entrevista.",
    )
    add(
        f,
        "cs",
        "control_druhe_kolo",
        ("Jan Procházka", "nabor@softwarovy-dum.example.cz"),
        "Druhé kolo pohovoru",
        "Dobrý den, pane Morgane,\n\nděkujeme za první rozhovor. Rádi bychom Vás pozvali do druhého kola pohovoru v úterý 20. 10. 2026 od 13:00 do 14:30 v naší kanceláři na Rohanském nábřeží 7.\n\nS pozdravem\nJan Procházka",
        "Pozvání na druhé kolo pohovoru (kontrola).",
        slot=(2026, 10, 20, 13, 0),
        minutes=90,
    )
    add(
        f,
        "ca",
        "control_segona_entrevista",
        ("Jordi Serra", "seleccio@mediterrania.example.cat"),
        "Segona entrevista",
        "Hola Alex,\n\ngràcies per la primera conversa. T'agradaria venir a una segona entrevista amb la directora de l'equip el dimecres 21 d'octubre a les 10:00? Serà a les nostres oficines del carrer de Pallars 84, Barcelona.\n\nSalutacions,\nJordi Serra",
        "Invitació a una segona entrevista (control).",
        slot=(2026, 10, 21, 10, 0),
    )


# --- decline53 --------------------------------------------------------------------------------
def decline() -> None:
    f = "decline53"
    add(
        f,
        "sk",
        "bohuzial_nemozem",
        ("Martin Horváth", "martin.horvath@firma-horvath.example.sk"),
        "Re: Termín pohovoru",
        "Dobrý deň, Alex,\n\nbohužiaľ vo štvrtok 15. 10. o 10:00 nemôžem, mám v tom čase poradu vedenia. Pošlem vám zajtra dva nové termíny na pohovor.\n\nS pozdravom\nMartin Horváth",
        "Personalista nemôže v navrhnutom termíne a sľubuje nové termíny; nič nie je dohodnuté.",
    )
    add(
        f,
        "ru",
        "ne_smogu",
        ("Ольга Петрова", "o.petrova@it-resurs.example.ru"),
        "Re: Время собеседования",
        "Алекс, добрый день!\n\nК сожалению, в четверг, 15 октября, в 11:00 я не смогу провести собеседование — буду в командировке. Предложите, пожалуйста, другое время на следующей неделе.\n\nОльга Петрова",
        "Рекрутер не может в предложенное время и просит другое.",
    )
    add(
        f,
        "bg",
        "ne_moga",
        ("Георги Димитров", "g.dimitrov@softstroi.example.bg"),
        "Re: Интервю в четвъртък",
        "Здравейте, Алекс,\n\nза съжаление не мога в четвъртък, 15 октомври, в 14:00 — имам среща с клиент. Ще ви предложа нов час за интервюто до края на седмицата.\n\nПоздрави,\nГеорги Димитров",
        "Интервюиращият не може в предложения час; нищо не е уговорено.",
    )
    add(
        f,
        "hu",
        "sajnos_nem_tudok",
        ("Tóth Péter", "toth.peter@gyartas.example.hu"),
        "Re: Interjú időpont",
        "Kedves Alex!\n\nSajnos csütörtökön, október 15-én 10 órakor nem tudok részt venni az interjún, mert akkor auditunk lesz. Tudna javasolni egy másik időpontot a jövő hétre?\n\nÜdvözlettel:\nTóth Péter",
        "Az interjúztató nem ér rá a javasolt időpontban és másikat kér.",
    )
    add(
        f,
        "tr",
        "katilamayacagim",
        ("Ayşe Demir", "ayse.demir@lojistik.example.com.tr"),
        "Ynt: Görüşme saati",
        "Merhaba Alex,\n\nmaalesef 15 Ekim Perşembe saat 10:00'daki görüşmeye katılamayacağım, o gün şehir dışında olacağım. Size yarın yeni saat önerileri göndereceğim.\n\nSaygılarımla,\nAyşe Demir",
        "İşe alım uzmanı önerilen saate katılamıyor; yeni saat gelecek.",
    )
    add(
        f,
        "fi",
        "en_paase",
        ("Jukka Korhonen", "jukka.korhonen@rakennus.example.fi"),
        "Re: Haastatteluaika",
        "Hei Alex,\n\nvalitettavasti en pääse torstaina 15.10. klo 13, minulla on silloin työmaakokous. Sopisiko jokin aika ensi viikon tiistaina?\n\nJukka Korhonen",
        "Haastattelija ei pääse ehdotettuun aikaan ja kysyy toista.",
    )
    add(
        f,
        "nb",
        "kan_dessverre_ikke",
        ("Kari Berg", "kari.berg@fjordtek.example.no"),
        "Sv: Tidspunkt for intervju",
        "Hei Alex,\n\njeg kan dessverre ikke torsdag 15. oktober kl. 12, da er jeg på kundebesøk. Kan du foreslå et annet tidspunkt neste uke?\n\nMvh\nKari Berg",
        "Intervjueren kan ikke det foreslåtte tidspunktet og ber om et nytt.",
    )
    add(
        f,
        "pt-PT",
        "nao_vou_conseguir",
        ("Pedro Santos", "pedro.santos@atlantico-ti.example.pt"),
        "Re: Hora da entrevista",
        "Olá Alex,\n\ninfelizmente não vou conseguir na quinta-feira, 15 de outubro, às 15h00, porque tenho uma reunião com um cliente. Amanhã envio-lhe duas alternativas para a entrevista.\n\nCumprimentos,\nPedro Santos",
        "O entrevistador não pode na hora proposta; nada está combinado.",
    )
    add(
        f,
        "bs",
        "control_novi_termin",
        ("Amra Hodžić", "amra.hodzic@bosnasoft.example.ba"),
        "Novi termin intervjua",
        "Poštovani Alex,\n\nzbog sastanka uprave moramo promijeniti termin. Vaš intervju za poziciju programera je sada u utorak, 20. oktobra u 11:00, u našim prostorijama u Zmaja od Bosne 7, Sarajevo.\n\nSrdačan pozdrav,\nAmra Hodžić",
        "Poslodavac pomjera intervju čitaoca na novi termin (kontrola).",
        slot=(2026, 10, 20, 11, 0),
    )
    add(
        f,
        "sk",
        "control_novy_termin",
        ("Zuzana Baláž", "nabor@strojarne.example.sk"),
        "Nový termín pohovoru",
        "Dobrý deň, Alex,\n\nvo štvrtok nám to nevyšlo, preto Vám navrhujeme nový termín pohovoru: streda 21. 10. 2026 o 9:30 v našej budove na Mlynských Nivách 12.\nTermín prosím potvrďte.\n\nS pozdravom\nZuzana Baláž",
        "Zamestnávateľ pozýva čitateľa na pohovor v novom termíne (kontrola).",
        slot=(2026, 10, 21, 9, 30),
    )


# --- thanks53 ---------------------------------------------------------------------------------
def thanks() -> None:
    f = "thanks53"
    add(
        f,
        "pl",
        "dziekujemy_za_udzial",
        ("Ewa Nowak", "rekrutacja@budimex-pol.example.pl"),
        "Dziękujemy za rozmowę",
        "Dzień dobry Panie Alex,\n\ndziękujemy za udział w dzisiejszej rozmowie kwalifikacyjnej. Decyzję przekażemy Panu do piątku, 16 października, do godz. 15:00.\n\nPozdrawiamy\nEwa Nowak",
        "Podziękowanie po rozmowie z terminem decyzji; nie zaproszenie.",
    )
    add(
        f,
        "cs",
        "dekujeme_za_pohovor",
        ("Hana Veselá", "hr@tiskarna-vesela.example.cz"),
        "Děkujeme za dnešní pohovor",
        "Dobrý den, pane Morgane,\n\nděkujeme za dnešní pohovor. Rozhodnutí Vám sdělíme nejpozději v pátek 16. 10. do 12:00.\n\nS pozdravem\nHana Veselá",
        "Poděkování po pohovoru s termínem rozhodnutí.",
    )
    add(
        f,
        "uk",
        "dyakuyemo_za_spivbesidu",
        ("Ірина Мельник", "hr@agroprom.example.ua"),
        "Дякуємо за співбесіду",
        "Вітаємо, Алекс!\n\nДякуємо за співбесіду сьогодні. Ми повідомимо вам про наше рішення до п'ятниці, 16 жовтня, 17:00.\n\nЗ повагою,\nІрина Мельник",
        "Подяка після співбесіди з датою рішення.",
    )
    add(
        f,
        "hr",
        "hvala_na_razgovoru",
        ("Marko Babić", "zaposljavanje@jadran-it.example.hr"),
        "Hvala na razgovoru",
        "Poštovani Alex,\n\nhvala na jučerašnjem razgovoru za posao. Odluku ćemo vam javiti do petka, 16. listopada u 14:00.\n\nLijep pozdrav,\nMarko Babić",
        "Zahvala nakon razgovora s rokom odluke.",
    )
    add(
        f,
        "sl",
        "hvala_za_razgovor",
        ("Nina Zupan", "kadri@alpska.example.si"),
        "Hvala za razgovor",
        "Pozdravljeni Alex,\n\nhvala za današnji razgovor. O odločitvi vas bomo obvestili do petka, 16. 10., do 12. ure.\n\nLep pozdrav,\nNina Zupan",
        "Zahvala po razgovoru z rokom odločitve.",
    )
    add(
        f,
        "ro",
        "multumim_pentru_interviu",
        ("Andreea Ionescu", "recrutare@carpati-soft.example.ro"),
        "Vă mulțumim pentru interviu",
        "Bună ziua, domnule Morgan,\n\nvă mulțumim pentru participarea la interviul de astăzi. Vă vom comunica decizia până vineri, 16 octombrie, la ora 16:00.\n\nCu stimă,\nAndreea Ionescu",
        "Mulțumiri după interviu cu termenul deciziei.",
    )
    add(
        f,
        "et",
        "aitah_vestluse_eest",
        ("Liis Kask", "personal@baltilogistika.example.ee"),
        "Aitäh vestluse eest",
        "Tere, Alex!\n\nAitäh tänase vestluse eest. Anname oma otsusest teada hiljemalt reedel, 16. oktoobril kell 12.00.\n\nParimat\nLiis Kask",
        "Tänukiri pärast vestlust koos otsuse tähtajaga.",
    )
    add(
        f,
        "da",
        "tak_for_samtalen",
        ("Søren Madsen", "job@nordisk-el.example.dk"),
        "Tak for samtalen",
        "Hej Alex\n\nTak for samtalen i dag. Du hører fra os senest fredag den 16. oktober kl. 12.\n\nVenlig hilsen\nSøren Madsen",
        "Tak efter samtalen med frist for svar.",
    )
    add(
        f,
        "lv",
        "control_otra_karta",
        ("Ilze Bērziņa", "personals@rigastehnika.example.lv"),
        "Paldies par interviju – otrā kārta",
        "Sveiki, Alex!\n\nPaldies par interviju. Aicinām jūs uz otro kārtu otrdien, 20. oktobrī, plkst. 10.00 mūsu birojā Brīvības ielā 40, Rīgā.\nIntervija ilgs vienu stundu.\n\nAr cieņu,\nIlze Bērziņa",
        "Pateicība un uzaicinājums uz otro intervijas kārtu (kontrole).",
        slot=(2026, 10, 20, 10, 0),
        minutes=60,
    )
    add(
        f,
        "ro",
        "control_runda_doi",
        ("Mihai Stan", "hr@danubius.example.ro"),
        "Runda a doua de interviu",
        "Bună ziua, Alex,\n\nvă mulțumim pentru primul interviu. Vă invităm la runda a doua miercuri, 21 octombrie, la ora 11:00, la sediul nostru din Strada Lipscani 20, București.\n\nCu stimă,\nMihai Stan",
        "Invitație la a doua rundă de interviu (control).",
        slot=(2026, 10, 21, 11, 0),
    )


# --- press53 ----------------------------------------------------------------------------------
def press() -> None:
    f = "press53"
    add(
        f,
        "cs",
        "rozhovor_pro_casopis",
        ("Klára Marešová", "redakce@podnikatel-dnes.example.cz"),
        "Žádost o rozhovor",
        "Dobrý den, pane Morgane,\n\npíšu za redakci časopisu Podnikatel dnes. Chtěla bych s Vámi udělat rozhovor o Vaší nové firmě. Hodilo by se Vám to ve čtvrtek 15. 10. ve 14:00 u Vás v kanceláři? Rozhovor zabere asi 40 minut.\n\nS pozdravem\nKlára Marešová, redaktorka",
        "Novinářka žádá čtenáře o rozhovor pro časopis; není to pracovní pohovor.",
    )
    add(
        f,
        "ru",
        "intervyu_dlya_izdaniya",
        ("Дмитрий Волков", "redaktsiya@biznes-gazeta.example.ru"),
        "Интервью для нашего издания",
        "Здравствуйте, Алекс!\n\nЯ журналист «Бизнес-газеты». Хотели бы взять у вас интервью о вашем стартапе. Удобно ли вам во вторник, 13 октября, в 12:00 по видеосвязи? Разговор займёт около получаса.\n\nС уважением,\nДмитрий Волков",
        "Журналист просит интервью для газеты; это не собеседование о работе.",
    )
    add(
        f,
        "bs",
        "intervju_za_portal",
        ("Lejla Mujić", "redakcija@sarajevo-biz.example.ba"),
        "Intervju za naš portal",
        "Poštovani Alex,\n\nu ime redakcije portala Sarajevo Biz htjeli bismo s vama napraviti intervju o vašem projektu. Da li vam odgovara srijeda, 14. oktobra u 13:00, u našem studiju?\n\nSrdačan pozdrav,\nLejla Mujić, novinarka",
        "Novinarka traži intervju za portal; nije razgovor za posao.",
    )
    add(
        f,
        "ro",
        "interviu_emisiune",
        ("Radio Cluj", "emisiuni@radiocluj.example.ro"),
        "Invitație la emisiunea „Antreprenori”",
        "Bună ziua, Alex,\n\nv-am dori invitat la emisiunea noastră „Antreprenori”, pentru un interviu despre firma dumneavoastră. Înregistrarea are loc marți, 13 octombrie, la ora 16:00, în studioul din Piața Unirii 3.\n\nCu stimă,\nRedacția Radio Cluj",
        "Un post de radio invită cititorul la un interviu în emisiune; nu e un interviu de angajare.",
    )
    add(
        f,
        "el",
        "synenteuxi_efimerida",
        ("Μαρία Κωνσταντίνου", "syntaksi@oikonomiki.example.gr"),
        "Αίτημα για συνέντευξη",
        "Καλημέρα κύριε Morgan,\n\nείμαι δημοσιογράφος της Οικονομικής. Θα θέλαμε να σας πάρουμε μια συνέντευξη για την εφημερίδα μας σχετικά με τη νέα σας επιχείρηση. Σας εξυπηρετεί η Τετάρτη 14 Οκτωβρίου στις 11:00;\n\nΜε εκτίμηση,\nΜαρία Κωνσταντίνου",
        "Δημοσιογράφος ζητά συνέντευξη για εφημερίδα· όχι συνέντευξη εργασίας.",
    )
    add(
        f,
        "tr",
        "roportaj",
        ("Elif Kaya", "haber@ekonomi-gundem.example.com.tr"),
        "Röportaj talebi",
        "Merhaba Alex Bey,\n\nEkonomi Gündem dergisinden yazıyorum. Şirketinizin yeni ürünü hakkında sizinle bir röportaj yapmak istiyoruz. 14 Ekim Çarşamba saat 15:00 sizin için uygun mu?\n\nSaygılarımla,\nElif Kaya, muhabir",
        "Bir muhabir dergi için röportaj istiyor; iş görüşmesi değil.",
    )
    add(
        f,
        "lv",
        "intervija_podkastam",
        ("Podkāsts Uzņēmēji", "podkasts@uznemeji.example.lv"),
        "Intervija mūsu podkāstam",
        "Sveiki, Alex!\n\nMēs gribētu ar jums ierakstīt interviju mūsu podkāstam „Uzņēmēji”. Vai jums der ceturtdiena, 15. oktobris, plkst. 14.00 mūsu studijā Tērbatas ielā 12?\n\nAr cieņu,\nPodkāsta komanda",
        "Podkāsts aicina lasītāju uz interviju; tā nav darba intervija.",
    )
    add(
        f,
        "fi",
        "haastattelu_lehteen",
        ("Mikko Heikkinen", "toimitus@kauppalehti-pohjoinen.example.fi"),
        "Haastattelupyyntö",
        "Hei Alex,\n\nolen toimittaja Pohjoisen Kauppalehdestä. Haluaisimme tehdä kanssasi haastattelun lehteemme yrityksesi kasvusta. Sopisiko torstai 15.10. klo 10 toimistollasi?\n\nTerveisin\nMikko Heikkinen",
        "Toimittaja pyytää lehtihaastattelua; ei työhaastattelu.",
    )
    add(
        f,
        "hr",
        "control_novine_posao",
        ("Tena Jurić", "posao@vecernji-glas.example.hr"),
        "Poziv na razgovor za posao",
        "Poštovani Alex,\n\nzahvaljujemo na prijavi za radno mjesto urednika web stranice. Pozivamo vas na razgovor za posao u četvrtak, 22. listopada u 10:00, u našoj redakciji u Slavonskoj aveniji 4, Zagreb.\n\nLijep pozdrav,\nTena Jurić, ljudski resursi",
        "Novine pozivaju čitatelja na razgovor za posao (kontrola).",
        slot=(2026, 10, 22, 10, 0),
    )


# --- selfsched53 ------------------------------------------------------------------------------
def selfsched() -> None:
    f = "selfsched53"
    add(
        f,
        "pl",
        "wybierz_termin",
        ("Zespół rekrutacji", "rekrutacja@logipol.example.pl"),
        "Wybierz termin rozmowy",
        "Dzień dobry Panie Alex,\n\nzapraszamy do wyboru terminu rozmowy kwalifikacyjnej. Prosimy zarezerwować dogodny termin przez link poniżej do piątku, 16 października, do godz. 23:59:\nhttps://kalendarz.logipol.example.pl/rezerwacja/a7k2\n\nPozdrawiamy",
        "Link do samodzielnego wyboru terminu z terminem końcowym; nic nie jest ustalone.",
    )
    add(
        f,
        "ru",
        "vyberite_vremya",
        ("HR-отдел", "hr@severtrans.example.ru"),
        "Выберите время собеседования",
        "Алекс, здравствуйте!\n\nПожалуйста, выберите удобное время для собеседования по ссылке ниже до пятницы, 16 октября, 18:00:\nhttps://slots.severtrans.example.ru/book/9f3\n\nСпасибо!",
        "Ссылка для выбора времени с крайним сроком.",
    )
    add(
        f,
        "hu",
        "valasszon_idopontot",
        ("Toborzás", "toborzas@dunaker.example.hu"),
        "Válasszon interjúidőpontot",
        "Kedves Alex!\n\nKérjük, válasszon időpontot az interjúhoz az alábbi linken október 16-án, pénteken 12 óráig:\nhttps://idopont.dunaker.example.hu/x82\n\nKöszönjük!",
        "Önkiválasztós link határidővel.",
    )
    add(
        f,
        "nb",
        "velg_tidspunkt",
        ("Rekruttering", "jobb@kystkraft.example.no"),
        "Velg tid for intervju",
        "Hei Alex,\n\nvelg et tidspunkt for intervjuet i lenken nedenfor innen fredag 16. oktober kl. 12.00:\nhttps://booking.kystkraft.example.no/i/41\n\nHilsen rekrutteringsteamet",
        "Selvbookingslenke med frist.",
    )
    add(
        f,
        "ca",
        "tria_hora",
        ("Selecció", "seleccio@bcnlogistica.example.cat"),
        "Tria l'hora de l'entrevista",
        "Hola Alex,\n\ntria l'hora que et vagi millor per a l'entrevista a l'enllaç següent abans de divendres 16 d'octubre a les 14:00:\nhttps://agenda.bcnlogistica.example.cat/e/7\n\nGràcies!",
        "Enllaç per triar hora amb data límit.",
    )
    add(
        f,
        "lt",
        "pasirinkite_laika",
        ("Atranka", "atranka@baltic-it.example.lt"),
        "Pasirinkite pokalbio laiką",
        "Sveiki, Alex,\n\nprašome pasirinkti jums tinkamą pokalbio laiką per šią nuorodą iki spalio 16 d., penktadienio, 17:00:\nhttps://laikas.baltic-it.example.lt/r/55\n\nAčiū!",
        "Nuoroda laikui pasirinkti su terminu.",
    )
    add(
        f,
        "sk",
        "control_pevny_termin",
        ("Nábor", "nabor@tatrasoft.example.sk"),
        "Pozvánka na pohovor",
        "Dobrý deň, Alex,\n\npozývame Vás na pohovor na pozíciu testera v pondelok 19. 10. 2026 o 10:00 v našej kancelárii na Karadžičovej 8, Bratislava.\n\nS pozdravom\nNáborový tím",
        "Pevný termín pohovoru (kontrola).",
        slot=(2026, 10, 19, 10, 0),
    )


# --- webinar53 --------------------------------------------------------------------------------
def webinar() -> None:
    f = "webinar53"
    add(
        f,
        "cs",
        "webinar_pohovor",
        ("Kariérní centrum", "akce@kariera-uni.example.cz"),
        "Webinář: Jak uspět u pohovoru",
        "Dobrý den,\n\nzveme Vás na webinář „Jak uspět u pracovního pohovoru“, který proběhne ve středu 21. 10. od 17:00 do 18:30.\nRegistrace je zdarma, odkaz na přenos pošleme den předem.\n\nKariérní centrum",
        "Pozvánka na veřejný webinář o pohovorech.",
    )
    add(
        f,
        "uk",
        "vebinar_spivbesida",
        ("Кар'єрний хаб", "events@career-hub.example.ua"),
        "Вебінар «Як пройти співбесіду»",
        "Вітаємо!\n\nЗапрошуємо на безкоштовний вебінар «Як пройти співбесіду в IT-компанію» у середу, 21 жовтня, о 19:00.\nЗареєструйтеся за посиланням, і ми надішлемо вам нагадування.\n\nКоманда Кар'єрного хабу",
        "Запрошення на публічний вебінар про співбесіди.",
    )
    add(
        f,
        "sr",
        "radionica_intervju",
        ("Centar za karijeru", "dogadjaji@karijera-ns.example.rs"),
        "Radionica: Intervju za posao",
        "Poštovani,\n\npozivamo vas na radionicu „Kako se pripremiti za intervju za posao” u sredu, 21. oktobra od 18:00 u sali 5. Broj mesta je ograničen, prijave do ponedeljka.\n\nCentar za razvoj karijere",
        "Javna radionica o intervjuima.",
    )
    add(
        f,
        "bg",
        "uebinar_intervyu",
        ("Кариерен център", "sabitiya@kariera.example.bg"),
        "Уебинар: Как да се представим на интервю",
        "Здравейте,\n\nканим ви на безплатен уебинар „Как да се представим успешно на интервю за работа“ в сряда, 21 октомври, от 18:30 ч.\nРегистрирайте се, за да получите линк за участие.\n\nЕкипът",
        "Публичен уебинар за интервюта.",
    )
    add(
        f,
        "et",
        "veebiseminar",
        ("Karjäärikeskus", "uritused@karjaar.example.ee"),
        "Veebiseminar: tööintervjuu",
        "Tere!\n\nKutsume sind veebiseminarile „Kuidas tööintervjuul silma paista” kolmapäeval, 21. oktoobril kell 17.00.\nRegistreeru lingil, saadame osalemislingi päev varem.\n\nKarjäärikeskus",
        "Avalik veebiseminar tööintervjuudest.",
    )
    add(
        f,
        "da",
        "webinar_jobsamtale",
        ("A-kassen", "arrangementer@akasse.example.dk"),
        "Webinar: Sådan klarer du jobsamtalen",
        'Hej\n\nVi inviterer til gratis webinar "Sådan klarer du jobsamtalen" onsdag den 21. oktober kl. 16.00-17.00.\nTilmeld dig via linket, så sender vi adgangslinket dagen før.\n\nVenlig hilsen\nA-kassen',
        "Offentligt webinar om jobsamtaler.",
    )
    add(
        f,
        "pt-PT",
        "control_entrevista",
        ("Recursos Humanos", "rh@portotec.example.pt"),
        "Entrevista – programador",
        "Caro Alex,\n\nconvidamo-lo para uma entrevista para a vaga de programador na terça-feira, 20 de outubro, às 11h00, nas nossas instalações na Rua de Santa Catarina 200, Porto.\n\nCumprimentos,\nRecursos Humanos",
        "Convite para a entrevista do leitor (controlo).",
        slot=(2026, 10, 20, 11, 0),
    )


# --- thesis53 ---------------------------------------------------------------------------------
def thesis() -> None:
    f = "thesis53"
    add(
        f,
        "pl",
        "obrona_pracy",
        ("Dziekanat", "dziekanat@wydzial.example.edu.pl"),
        "Termin obrony pracy magisterskiej",
        "Szanowny Panie,\n\nuprzejmie informujemy, że obrona Pana pracy magisterskiej odbędzie się w czwartek, 22 października, o 10:00 w sali 214. Komisja: prof. Nowak (przewodniczący), dr Zielińska (promotor).\n\nDziekanat",
        "Termin obrony pracy magisterskiej; nie rozmowa o pracę.",
    )
    add(
        f,
        "hr",
        "obrana_rada",
        ("Studentska služba", "referada@fakultet.example.hr"),
        "Obrana diplomskog rada",
        "Poštovani,\n\nobavještavamo vas da je obrana vašeg diplomskog rada zakazana za četvrtak, 22. listopada u 11:00, dvorana 3. Povjerenstvo: prof. Kovač, doc. Marić.\n\nStudentska služba",
        "Obrana diplomskog rada.",
    )
    add(
        f,
        "ro",
        "sustinere_licenta",
        ("Secretariat", "secretariat@facultate.example.ro"),
        "Susținerea lucrării de licență",
        "Bună ziua,\n\nsusținerea lucrării dumneavoastră de licență va avea loc joi, 22 octombrie, la ora 9:00, în sala A12. Comisia: prof. Dumitrescu, conf. Marin.\n\nSecretariatul facultății",
        "Susținerea lucrării de licență.",
    )
    add(
        f,
        "fi",
        "vaitostilaisuus",
        ("Tiedekunta", "opintopalvelut@yliopisto.example.fi"),
        "Väitöstilaisuus",
        "Hei Alex,\n\nväitöstilaisuutesi järjestetään torstaina 22.10. klo 12 salissa Auditorio 1. Vastaväittäjänä toimii professori Laaksonen ja kustoksena professori Niemi.\n\nOpintopalvelut",
        "Väitöstilaisuus; ei työhaastattelu.",
    )
    add(
        f,
        "tr",
        "tez_savunmasi",
        ("Enstitü", "enstitu@universite.example.edu.tr"),
        "Tez savunma sınavı",
        "Sayın Alex Morgan,\n\nyüksek lisans tez savunma sınavınız 22 Ekim Perşembe günü saat 14:00'te B-204 numaralı salonda yapılacaktır. Jüri: Prof. Dr. Aydın, Doç. Dr. Kurt.\n\nEnstitü Müdürlüğü",
        "Tez savunma sınavı.",
    )
    add(
        f,
        "sl",
        "zagovor",
        ("Referat", "referat@fakulteta.example.si"),
        "Zagovor magistrskega dela",
        "Pozdravljeni,\n\nzagovor vašega magistrskega dela bo v četrtek, 22. 10., ob 13:00 v predavalnici P2. Komisija: prof. dr. Kos, doc. dr. Vidmar.\n\nReferat za študentske zadeve",
        "Zagovor magistrskega dela.",
    )
    add(
        f,
        "el",
        "control_panepistimio",
        ("Τμήμα Προσωπικού", "prosopiko@panepistimio.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "Αγαπητέ κύριε Morgan,\n\nσας προσκαλούμε σε συνέντευξη για τη θέση του επιστημονικού συνεργάτη την Πέμπτη 22 Οκτωβρίου στις 10:00, στο γραφείο 12 του κτιρίου Διοίκησης.\n\nΜε εκτίμηση,\nΤμήμα Προσωπικού",
        "Πρόσκληση του αναγνώστη σε συνέντευξη εργασίας (έλεγχος).",
        slot=(2026, 10, 22, 10, 0),
    )


BUILDERS = [applies, hiring, speaker, offer, decline, thanks, press, selfsched, webinar, thesis]


FIRST_SIGHT_FIGURES = (
    "First sight (main at c0b622f5): dev look-alikes claimed 34/56 (applies53 8/8, speaker53 "
    "8/8, hiring53 7/8, decline53 5/8, offer53 3/8, press53 3/8, thanks53 0/8), controls 13/13 "
    "right (13 sure); held out look-alikes 7/18 claimed, controls 3/3 right."
)
AFTER_FIGURES = (
    "After (branch langs53a): dev look-alikes claimed 0/56, controls 13/13 right (13 sure); "
    "held out look-alikes 0/18 claimed, controls 3/3 right."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the langs53a batch (`build_langs53a.py`)",
        "",
        "Look-alikes of an interview invitation in European languages the corpus used less, "
        "one family per kind of look-alike whose cue lists spoke mostly English, German and "
        "French (an applicant's own mail, a reader who hires, a speaker or moderator role, an "
        "offer with a first working day, a writer who cannot make the time, a thank-you "
        "after the interview, a press interview, a self-scheduling link with a deadline, a "
        "webinar about interviews, a thesis defence), beside controls: the reader's own job "
        "interview in the same languages. All text is ours, written by hand with no "
        "template. People, companies and addresses are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('langs53a coin').sample(sorted(FAMILIES), 3)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: a job interview of the reader's own, with a fixed time, is an "
        "`invitation` at its start (with its end where the mail gives one); an interview the "
        "reader holds or chooses from, a press interview, a talk or webinar about interviews, "
        "an offer's first working day, a decision date, a time the writer cannot make, a "
        "booking link and a thesis defence are `not_invitation`.",
        "",
        FIRST_SIGHT_FIGURES,
        "",
    ]
    if AFTER_FIGURES:
        lines += [AFTER_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_langs53a.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
            lines.append(f"- **{name}** ({len(items)} messages, heldout; {ls})")
            continue
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-langs53a.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
