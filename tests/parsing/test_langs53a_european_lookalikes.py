# ruff: noqa: E501 (each language's sentences read best whole)
"""Look-alikes in European languages the cue lists lacked (langs53a): an applicant's own mail
to the one who chooses ("moji přihlášku", "моё резюме", "jelentkezésemet", "başvurumu",
"hakemukseni", "min ansøgning", "την αίτησή μου"), a reader who hires a nanny or a cleaner
("či ju chcete zamestnať", "чи бажаєте її найняти", "želite li je zaposliti"), the reader
as speaker or moderator ("в качестве модератора", "ca vorbitor", "konuşmacı olarak"), a job
offer ("rádi Vám nabízíme pozici", "σας προσφέρουμε τη θέση"), a writer who cannot make the
time ("не мога", "nem tudok", "katılamayacağım"), a press interview ("emisiunea",
"lehteemme", "podkāstam"), a self-scheduling link ("vyberte si termín", "válasszon
időpontot"), a webinar ("webinář", "вебінар") and a thesis defence ("obhajoba diplomové
práce", "väitöstilaisuus"). Each concept's list is probed in each language it lacked; whole
mails of each kind stay unclaimed, and the reader's own interview in the same languages stays
claimed at its slot."""

from __future__ import annotations

import pytest

from service.parsing.classify import _THANK_YOU
from service.parsing.lexicon import (
    ABSENCE_CUES,
    DECLINE_MORE_EUROPEAN_CUES,
    OFFER_CUES,
    OTHER_BUSINESS_CUES,
    SELF_SCHEDULE_CUES,
)
from service.parsing.lookalikes import (
    _READER_HIRES,
    _WRITER_APPLIES,
    INVITING_CUES,
    OTHER_SENSE_INTERVIEW_CUES,
    PUBLIC_EVENT_CUES,
    SPEAKER_ROLE_CUES,
    START_DATE_CUES,
    THESIS_DEFENCE_CUES,
)
from tests.parsing.linearity import assert_linear, repeated, scans
from tests.parsing.mailkit import assert_claimed_at, claimed, plain_mail

SENT = "Fri, 09 Oct 2026 10:12:00 +0200"  # Thursday is 15 October
TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Sender <sender@example.org>"

# concept -> (cue list, {language: a phrase a native writer uses})
PROBES = {
    "writer_applies": (
        _WRITER_APPLIES,
        {
            "cs": "děkuji za odpověď na moji přihlášku",
            "cs2": "Můj životopis přinesu s sebou.",
            "sk": "posielam moju žiadosť a môj životopis",
            "hr": "hvala što ste pročitali moju prijavu",
            "sl": "v priponki je moj življenjepis",
            "ru": "Спасибо, что рассмотрели моё резюме.",
            "ru2": "благодарю за интерес к моей кандидатуре",
            "uk": "Дякую, що переглянули моє резюме.",
            "bg": "Благодаря, че разгледахте моята кандидатура.",
            "bg2": "прилагам автобиографията ми",
            "ro": "vă mulțumesc că mi-ați analizat candidatura",
            "ro2": "Voi aduce CV-ul meu.",
            "hu": "Köszönöm, hogy megnézte a jelentkezésemet.",
            "hu2": "Az önéletrajzomat is viszem.",
            "el": "σας ευχαριστώ που εξετάσατε την αίτησή μου",
            "tr": "başvurumu değerlendirdiğiniz için teşekkür ederim",
            "tr2": "Özgeçmişimi de getireceğim.",
            "lt": "ačiū, kad peržiūrėjote mano CV",
            "lv": "paldies, ka izskatījāt manu pieteikumu",
            "et": "aitäh, et lugesite minu avaldust",
            "fi": "kiitos, että luit hakemukseni",
            "da": "Tak fordi du har læst min ansøgning.",
            "nb": "Takk for at du leste min søknad.",
            "ca": "gràcies per valorar la meva candidatura",
        },
    ),
    "reader_hires": (
        _READER_HIRES,
        {
            "sk": "dajte vedieť, či ju chcete zamestnať",
            "cs": "napište nám, zda ji chcete zaměstnat",
            "uk": "повідомте, чи бажаєте її найняти",
            "ru": "сообщите, хотите ли вы нанять её",
            "bg": "кажете ни дали искате да я наемете",
            "hr": "javite nam želite li je zaposliti",
            "sl": "sporočite, ali jo želite zaposliti",
            "ro": "spuneți-ne dacă doriți să o angajați",
            "lt": "praneškite, ar norite ją pasamdyti",
            "lv": "vai vēlaties viņu pieņemt darbā",
            "et": "andke teada, kas soovite teda palgata",
            "fi": "haluatteko palkata hänet",
            "da": "om I vil ansætte hende",
            "nb": "om dere vil ansette henne",
            "ca": "digueu-nos si la voleu contractar",
            "el": "αν θέλετε να την προσλάβετε",
            "tr": "işe almak isteyip istemediğinizi",
        },
    ),
    "speaker_role": (
        SPEAKER_ROLE_CUES,
        {
            "ru": "подтверждаем ваше участие в качестве модератора",
            "uk": "ви виступите як спікер",
            "bg": "ще участвате като лектор",
            "cs": "vystoupíte jako řečník",
            "sk": "budete vystupovať ako moderátorka",
            "hr": "sudjelujete kao predavač",
            "sr": "bićete predavač na konferenciji",
            "sl": "sodelujete kot govorec",
            "ro": "participarea ca vorbitor",
            "hu": "Ön lesz a kerekasztal moderátora",
            "hu2": "előadóként vesz részt",
            "el": "συμμετέχετε ως ομιλητής",
            "tr": "konuşmacı olarak yer alacaksınız",
            "lt": "dalyvausite kaip pranešėjas",
            "lv": "būsiet runātājs konferencē",
            "et": "oled paneelarutelu „Tulevik” moderaator",
            "fi": "olet mukana puhujana",
            "da": "deltager som oplægsholder",
            "nb": "deltar som foredragsholder",
            "pt-PT": "a sua participação como orador",
            "ca": "hi participaràs com a ponent",
        },
    ),
    "offer": (
        OFFER_CUES,
        {
            "cs": "rádi Vám nabízíme pozici účetního",
            "sk": "radi vám ponúkame pozíciu",
            "uk": "раді запропонувати вам посаду",
            "ru": "рады предложить вам должность",
            "bg": "радваме се да ви предложим позицията",
            "hr": "nudimo vam posao skladištara",
            "sl": "da vam lahko ponudimo zaposlitev",
            "ro": "suntem bucuroși să vă oferim postul",
            "hu": "szeretnénk felajánlani Önnek a pozíciót",
            "el": "με χαρά σας προσφέρουμε τη θέση",
            "tr": "size bir iş teklifi sunmaktan mutluluk duyuyoruz",
            "lt": "malonu jums pasiūlyti pardavimų vadybininko pareigas",
            "lv": "vēlamies piedāvāt jums amatu",
            "fi": "haluamme tarjota sinulle paikkaa",
            "da": "vi kan tilbyde dig stillingen",
            "nb": "vi vil tilby deg stillingen",
            "ca": "ens plau oferir-te la plaça",
            "pt-PT": "enviamos a proposta de emprego",
        },
    ),
    "start_date": (
        START_DATE_CUES,
        {
            "sl": "začetek dela bo v ponedeljek",
            "hr": "početak rada je u ponedjeljak",
            "lt": "pirmoji darbo diena – pirmadienis",
            "lv": "jūsu pirmā darba diena",
            "et": "sinu esimene tööpäev",
            "el": "η πρώτη σας μέρα εργασίας",
        },
    ),
    "decline": (
        DECLINE_MORE_EUROPEAN_CUES,
        {
            "cs": "ve čtvrtek bohužel nemůžu",
            "sk": "bohužiaľ vo štvrtok nemôžem",
            "uk": "на жаль, я не зможу",
            "bg": "за съжаление не мога в четвъртък",
            "hr": "nažalost u četvrtak ne mogu",
            "sl": "žal v četrtek ne morem",
            "ro": "din păcate nu voi putea joi",
            "hu": "sajnos csütörtökön nem tudok részt venni",
            "el": "δυστυχώς δεν μπορώ την Πέμπτη",
            "tr": "maalesef görüşmeye katılamayacağım",
            "lt": "deja, ketvirtadienį negalėsiu",
            "lv": "diemžēl ceturtdien nevarēšu",
            "et": "ma kahjuks ei saa neljapäeval",
            "fi": "en ehdi torstaina",
            "da": "jeg kan desværre ikke torsdag",
            "nb": "jeg kan dessverre ikke torsdag",
            "ca": "dijous no puc",
        },
    ),
    "press": (
        OTHER_SENSE_INTERVIEW_CUES,
        {
            "ro": "v-am dori invitat la emisiunea noastră",
            "fi": "haluaisimme tehdä haastattelun lehteemme",
            "lv": "interviju mūsu podkāstam",
            "lt": "esu žurnalistė",
            "et": "olen ajakirjanik",
            "hu": "a riporterünk keresné meg",
            "tr": "muhabirimiz sizi arayacak",
            "ru": "редакция журнала",
            "sr": "новинар нашег листа",
        },
    ),
    "self_schedule": (
        SELF_SCHEDULE_CUES,
        {
            "cs": "vyberte si vhodný termín pohovoru",
            "uk": "оберіть зручний час для співбесіди",
            "ru": "выберите удобное время",
            "bg": "изберете удобен час",
            "hr": "odaberite termin razgovora",
            "sl": "izberite termin",
            "ro": "alegeți un interval",
            "hu": "válasszon időpontot",
            "el": "επιλέξτε ώρα",
            "tr": "uygun bir saat seçin",
            "lt": "pasirinkite jums tinkamą laiką",
            "lv": "izvēlieties sev ērtu laiku",
            "fi": "valitse sinulle sopiva aika",
            "da": "book en tid",
            "nb": "velg en tid",
            "pt-PT": "escolha o horário",
            "ca": "tria l'hora",
            "ru2": "крайний срок – пятница",
            "ro2": "termenul limită este vineri",
        },
    ),
    "public_event": (
        PUBLIC_EVENT_CUES,
        {
            "cs": "zveme Vás na webinář",
            "sk": "pozývame vás na webinár",
            "uk": "запрошуємо на вебінар",
            "bg": "каним ви на уебинар",
            "hu": "webináriumunkra",
            "et": "kutsume veebiseminarile",
            "fi": "verkkoseminaari työhaastattelusta",
            "lv": "vebinārs par darba intervijām",
            "hr": "pozivamo vas na radionicu",
            "sl": "vabimo vas na delavnico",
        },
    ),
    "other_business": (
        OTHER_BUSINESS_CUES,
        {
            "cs": "webinář o pohovorech",
            "sk": "webinár o pohovoroch",
            "uk": "вебінар про співбесіди",
            "bg": "уебинар за интервюта",
            "hu": "webinárium az állásinterjúról",
            "et": "veebiseminar tööintervjuust",
            "fi": "verkkoseminaari työhaastattelusta",
            "lv": "vebinārs par intervijām",
        },
    ),
    "thesis_defence": (
        THESIS_DEFENCE_CUES,
        {
            "cs": "obhajoba diplomové práce",
            "hr": "obrana diplomskog rada",
            "sl": "zagovor magistrskega dela",
            "ro": "susținerea lucrării de licență",
            "fi": "väitöstilaisuutesi",
            "tr": "tez savunma sınavınız",
            "ru": "защита диссертации",
            "uk": "захист дисертації",
            "bg": "защита на дипломна работа",
            "hu": "szakdolgozat védése",
            "nb": "disputas",
            "lt": "baigiamojo darbo gynimas",
            "lv": "darba aizstāvēšana",
            "et": "magistritöö kaitsmine",
            "el": "υποστήριξη της διπλωματικής",
        },
    ),
    "thanks_after_interview": (
        _THANK_YOU,
        {
            "cs": "Děkuji za dnešní pohovor.",
            "pl": "Dziękujemy za udział w dzisiejszej rozmowie.",
            "ru": "Спасибо за собеседование.",
            "uk": "Дякуємо за співбесіду сьогодні.",
            "hr": "hvala na jučerašnjem razgovoru",
            "sl": "hvala za današnji razgovor",
            "bg": "Благодаря за интервюто.",
            "ro": "vă mulțumim pentru participarea la interviul de astăzi",
            "hu": "Köszönjük az interjút.",
            "el": "Σας ευχαριστούμε για τη συνέντευξη.",
            "tr": "Görüşme için teşekkür ederiz.",
            "lt": "Ačiū už pokalbį.",
            "lv": "Paldies par interviju.",
            "et": "Aitäh tänase vestluse eest.",
            "fi": "Kiitos haastattelusta.",
            "da": "Tak for samtalen i dag.",
            "nb": "Takk for intervjuet.",
        },
    ),
    "absence": (
        ABSENCE_CUES,
        {
            "cs": "Jsem mimo kancelář do 16. 10.",
            "sk": "Som mimo kancelárie do 16. 10.",
            "pl": "Jestem poza biurem do 16.10.",
            "uk": "Я у відпустці до 16 жовтня",
            "ru": "Я в отпуске до 16 октября",
            "bg": "В отпуск съм до 16 октомври",
            "hr": "Nisam u uredu do 16. listopada",
            "sr": "Na godišnjem odmoru sam do 16. oktobra",
            "sl": "Do 16. 10. sem odsoten z dela",
            "ro": "Sunt în concediu până pe 16 octombrie",
            "hu": "Szabadságon vagyok október 16-ig",
            "el": "Βρίσκομαι εκτός γραφείου έως τις 16 Οκτωβρίου",
            "tr": "16 Ekim'e kadar izindeyim",
            "lt": "Esu atostogose iki spalio 16 d.",
            "lv": "Esmu atvaļinājumā līdz 16. oktobrim",
            "et": "Olen puhkusel kuni 16. oktoobrini",
            "fi": "Olen lomalla 16.10. asti",
            "da": "Jeg er på ferie indtil 16. oktober",
            "nb": "Jeg er på ferie til 16. oktober",
            "pt-PT": "Estou de férias até 16 de outubro",
            "ca": "Estic de vacances fins al 16 d'octubre",
        },
    ),
    # a note after the interview that invites to the next round keeps its slot
    "inviting": (
        INVITING_CUES,
        {
            "cs": "Rádi bychom Vás pozvali do druhého kola.",
            "sk": "Pozývame Vás na druhé kolo.",
            "hr": "Pozivamo vas na drugi krug razgovora.",
            "sl": "Vabimo vas na drugi razgovor.",
            "ru": "Приглашаем вас на второй этап.",
            "uk": "Запрошуємо вас на другий етап.",
            "bg": "Каним ви на втори кръг.",
            "hu": "Meghívjuk a második körre.",
            "el": "Σας προσκαλούμε στον δεύτερο γύρο.",
            "tr": "Sizi ikinci görüşmeye davet ediyoruz.",
            "lt": "Kviečiame jus į antrąjį etapą.",
            "lv": "Aicinām jūs uz otro kārtu.",
            "et": "Kutsume teid teise vooru.",
            "fi": "Kutsumme sinut toiselle kierrokselle.",
            "nb": "Innkalling til andre intervju.",
            "da": "Indkaldelse til anden samtale.",
        },
    ),
}
CASES = [(concept, lang) for concept, (_, phrases) in PROBES.items() for lang in phrases]


@pytest.mark.parametrize(("concept", "lang"), CASES)
def test_each_concept_is_read_in_each_language(concept: str, lang: str) -> None:
    cues, phrases = PROBES[concept]
    assert cues.search(phrases[lang]), (concept, lang, phrases[lang])


# the reader's own interview, in the same words' neighbourhood: none of these lists may read
# it ("your application", "you can't", "if the time does not suit")
NOT_CUES = {
    "writer_applies": (
        _WRITER_APPLIES,
        [
            "děkujeme za Vaši přihlášku",
            "спасибо за ваше резюме",
            "köszönjük a jelentkezését",
            "başvurunuz için teşekkür ederiz",
            "kiitos hakemuksestasi",
            "tak for din ansøgning",
            "vă mulțumim pentru candidatura dumneavoastră",
            "σας ευχαριστούμε για την αίτησή σας",
        ],
    ),
    "decline": (
        DECLINE_MORE_EUROPEAN_CUES,
        ["ako ne možete doći", "pokud nemůžete přijít", "если вы не можете", "jos et pääse"],
    ),
    "offer": (OFFER_CUES, ["nabídka práce na pozici tester", "ponuda za posao", "oferta de feina"]),
    "speaker_role": (
        SPEAKER_ROLE_CUES,
        [
            "kandidater som taler dansk",
            "pohovor jako tester",
            "работать в качестве модератора контента",
            "trabajar como moderador de contenidos",
            "kao moderator sadržaja",
        ],
    ),
}
NOT_CASES = [(concept, n) for concept, (_, texts) in NOT_CUES.items() for n in range(len(texts))]


@pytest.mark.parametrize(("concept", "n"), NOT_CASES)
def test_the_readers_own_words_are_not_read(concept: str, n: int) -> None:
    cues, texts = NOT_CUES[concept]
    assert not cues.search(texts[n]), (concept, texts[n])


# whole mails of each kind, in a language the lists lacked before
LOOKALIKES = {
    "cs_applies": ("Re: Pohovor", "Dobrý den, pane Morgane,\n\nděkuji za odpověď na moji přihlášku. Pohovor ve čtvrtek 15. 10. v 10:00 mi vyhovuje, přijdu do ordinace.\n\nS pozdravem\nTereza Nováková"),
    "tr_applies": ("Görüşme saati", "Merhaba Alex Bey,\n\nbaşvurumu değerlendirdiğiniz için teşekkür ederim. 15 Ekim Perşembe saat 14:00'teki görüşme benim için uygun.\n\nSaygılarımla,\nEmre Yıldız"),
    "sk_hires": ("Pohovor potvrdený", "Dobrý deň, Alex,\n\nkandidátka na opatrovateľku Jana potvrdila pohovor u vás doma vo štvrtok 15. 10. o 17:00.\nPo stretnutí nám dajte vedieť, či ju chcete zamestnať."),
    "nb_hires": ("Intervju bekreftet", "Hei Alex,\n\nbarnevakten Ingrid har bekreftet intervjuet hjemme hos dere torsdag 15. oktober kl. 17.00.\nGi oss beskjed om dere vil ansette henne."),
    "ro_speaker": ("Confirmare", "Bună, Alex,\n\nîți confirmăm participarea ca vorbitor la conferința Cariere Tech.\nPrezentarea ta „Cum să treci de interviul tehnic” este programată joi, 15 octombrie, la 11:30."),
    "tr_speaker": ("Konuşmacı", "Merhaba Alex,\n\nKariyer Zirvesi'nde konuşmacı olarak yer alacağınızı teyit ederiz. \"Mülakatta öne çıkmak\" oturumunuz 15 Ekim Perşembe 15:00'te."),
    "el_offer": ("Πρόταση εργασίας", "Αγαπητέ Alex,\n\nσας ευχαριστούμε για τη συνέντευξη. Με χαρά σας προσφέρουμε τη θέση του λογιστή.\nΗ πρώτη σας μέρα εργασίας είναι η Πέμπτη 15 Οκτωβρίου 2026, στις 9:00."),
    "sl_offer": ("Ponudba", "Pozdravljeni Alex,\n\nhvala za razgovor. Veseli nas, da vam lahko ponudimo zaposlitev.\nZačetek dela: četrtek, 15. oktobra 2026, ob 7:00."),
    "bg_decline": ("Re: Интервю", "Здравейте, Алекс,\n\nза съжаление не мога в четвъртък, 15 октомври, в 14:00. Ще ви предложа нов час за интервюто.\n\nГеорги"),
    "hu_decline": ("Re: Interjú", "Kedves Alex!\n\nSajnos csütörtökön, október 15-én 10 órakor nem tudok részt venni az interjún. Tudna javasolni egy másik időpontot?\n\nTóth Péter"),
    "lv_press": ("Intervija", "Sveiki, Alex!\n\nMēs gribētu ar jums ierakstīt interviju mūsu podkāstam. Vai jums der ceturtdiena, 15. oktobris, plkst. 14.00?"),
    "fi_press": ("Haastattelupyyntö", "Hei Alex,\n\nhaluaisimme tehdä kanssasi haastattelun lehteemme yrityksesi kasvusta. Sopisiko torstai 15.10. klo 10?"),
}  # fmt: skip

# the reader's own interview in the same languages
CONTROLS = {
    "cs_your_application": ("Pozvánka na pohovor", "Dobrý den, pane Morgane,\n\nděkujeme za Vaši přihlášku. Rádi bychom Vás pozvali na pohovor ve čtvrtek 15. 10. 2026 v 10:00 v naší kanceláři.\n\nLucie Dvořáková, HR", (10, 0)),
    "sl_as_nanny": ("Razgovor za varuško", "Pozdravljeni Alex,\n\nradi bi vas povabili na razgovor za varuško pri nas doma v četrtek, 15. 10., ob 17:00.\n\nPetra Kranjc", (17, 0)),
    "bs_moved": ("Novi termin intervjua", "Poštovani Alex,\n\nvaš intervju za poziciju programera je sada u četvrtak, 15. oktobra u 11:00, u našim prostorijama.\n\nAmra Hodžić", (11, 0)),
    "ca_at_the_fair": ("Entrevista", "Hola Alex,\n\nva ser un plaer conèixer-te ahir al nostre estand de la Fira d'Ocupació. Ens agradaria fer-te una entrevista el dijous 15 d'octubre a les 16:30 a les nostres oficines.\n\nMarta", (16, 30)),
    "lv_second_round": ("Otrā kārta", "Sveiki, Alex!\n\nPaldies par interviju. Aicinām jūs uz otro kārtu ceturtdien, 15. oktobrī, plkst. 10.00 mūsu birojā.\n\nIlze Bērziņa", (10, 0)),
}  # fmt: skip


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender=SENDER, to=TO, date=SENT)


@pytest.mark.parametrize("key", sorted(LOOKALIKES))
def test_the_lookalike_is_not_claimed(key: str) -> None:
    assert not claimed(_mail(*LOOKALIKES[key])), key


@pytest.mark.parametrize("key", sorted(CONTROLS))
def test_the_readers_own_interview_stays_claimed(key: str) -> None:
    subject, body, (hour, minute) = CONTROLS[key]
    assert_claimed_at(_mail(subject, body), hour, minute)


HOSTILE = {
    "writer_applies": (_WRITER_APPLIES, ["moji ", "мо", "jelentkezésem", "mano ", "minu "]),
    "reader_hires": (_READER_HIRES, ["ju chcete ", "кандидатка в ", "la voleu "]),
    "speaker_role": (
        SPEAKER_ROLE_CUES,
        ["oled ", "в качестве ", "som ", "kao ", "jako moderátor", "jako moderátor "],
    ),
    "offer": (OFFER_CUES, ["vám rádi ", "ти ", "jums ", "sinulle "]),
    "start_date": (START_DATE_CUES, ["začetek ", "pirmoji ", "πρώτη σας "]),
    "decline": (DECLINE_MORE_EUROPEAN_CUES, ["nem ", "не ", "kan dessverre "]),
    "press": (OTHER_SENSE_INTERVIEW_CUES, ["redakce ", "interviu pentru "]),
    "self_schedule": (SELF_SCHEDULE_CUES, ["vyberte si ", "pasirinkite ", "uygun bir "]),
    "public_event": (PUBLIC_EVENT_CUES, ["informativní ", "информационна "]),
    "other_business": (OTHER_BUSINESS_CUES, ["webinář", "вебінар "]),
    "thesis_defence": (THESIS_DEFENCE_CUES, ["obhajoba ", "защита на ", "zagovor "]),
    "thanks_after_interview": (_THANK_YOU, ["hvala na ", "paldies par ", "dziękujemy za "]),
    "absence": (ABSENCE_CUES, ["mimo ", "olen "]),
    "inviting": (INVITING_CUES, ["kviet", "pozv "]),
}


@pytest.mark.parametrize("concept", sorted(HOSTILE))
def test_the_extended_lists_stay_linear(concept: str) -> None:
    cues, units = HOSTILE[concept]
    for unit in units:
        assert_linear(scans(cues), repeated(unit), label=(concept, unit))
