# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "langs79" batch: short recruiter mails (no calendar part) in the twelve languages
the corpus had fewest files in (Kinyarwanda, Tatar, Oromo, Sindhi, Central Kurdish, Javanese,
West Frisian, Mongolian, Nepali, Khmer, Luxembourgish, Maltese). Per language an invitation to
the reader's own job interview with the date and hour as natives write them (their month and
weekday names, 'at', 'o'clock', morning/afternoon words, Khmer, Nepali, Sindhi and Kurdish
digits), one with a range or a stated length, a move to a new time, and one look-alike (a
rejection naming the past interview, or a job alert with an application deadline).

Run: .venv/bin/python tests/parsing/corpus/build_langs79.py

All text is ours, written by hand; people, companies and addresses are made up. Month and
weekday names come from CLDR (Babel in .venv); words for 'interview', 'moved', 'until' and
the clock from the writer's own knowledge of the languages. Labels come from the datetimes
the text is rendered from and were written before the parser was run on any message of the
batch. A third is held out via build_parse-pos.held_names (family langs79h), chosen before
any parse. Deterministic.
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
SENT = lk.SENT  # Monday 8 March 2027, 09:15 local
Slot = lk.Slot
T9, W10, H11, F12 = lk.T9, lk.W10, lk.H11, lk.F12  # Tue 14:00, Wed 10:00, Thu 15:30, Fri 11:00
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18  # Mon 9:00, Tue 10:30, Wed 14:00, Thu 15:00
ZONE = {
    "rw": "Africa/Kigali",
    "tt": "Europe/Moscow",
    "om": "Africa/Addis_Ababa",
    "sd": "Asia/Karachi",
    "ckb": "Asia/Baghdad",
    "jv": "Asia/Jakarta",
    "fy": "Europe/Amsterdam",
    "mn": "Asia/Ulaanbaatar",
    "ne": "Asia/Kathmandu",
    "km": "Asia/Phnom_Penh",
    "lb": "Europe/Luxembourg",
    "mt": "Europe/Malta",
}
FAMILY = "langs79"
HELD_FAMILY = "langs79h"
FAMILIES = {
    FAMILY: "Short recruiter mails in the twelve languages the corpus had fewest files in (rw, "
    "tt, om, sd, ckb, jv, fy, mn, ne, km, lb, mt): an interview invitation with the date and "
    "hour in the language's own words and digits, one with a range or a stated length, a move "
    "to a new time, and a look-alike (a rejection naming the past interview, a job alert).",
    HELD_FAMILY: "The held-out third of langs79, chosen by the file names' hashes before any parse.",
}
OWN = "The reader's own job interview at a fixed time set by the employer's recruiter, date and hour in the language's own words (README: kind invitation; text states no zone, label carries the Date header's offset)."
SPAN = "The reader's own job interview with its end written as a range or a stated length (README: kind invitation, end from the range or start + length; no zone stated)."
MOVE = "The reader's interview moved to a new time, the mail saying it moved (README: kind reschedule, label is the new slot; no zone stated)."
REJECT = "A rejection after an interview already held, naming its past date: after the fact (README: kind, rejections)."
ALERT = "A job alert with an application deadline, no meeting at all (README: kind, job alerts)."
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
    minutes: int = 0,
    kind: str = "invitation",
) -> None:
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": kind, **pp.timed(start, end, sent=sent_at)}
    else:
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"langs79 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=body,
        html=None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


def africa() -> None:
    rw = ("Claudine Mukamana", "claudine@kigali-konti.example")
    add(
        "rw",
        "ikiganiro_kabiri",
        rw,
        "Ubutumire ku kiganiro cy'akazi",
        "Muraho Alex,\n\nTwishimiye kukumenyesha ko watoranyijwe ku kiganiro cy'akazi ku mwanya w'umucungamari.\nIkiganiro kizaba kuwa kabiri, tariki ya 9 Werurwe 2027, saa munani z'amanywa (14:00), ku biro byacu i Kimihurura.\n\nMurakoze,\nClaudine Mukamana\nIshami ry'abakozi",
        OWN,
        slot=T9,
    )
    add(
        "rw",
        "ikiganiro_kuva_kugeza",
        ("Eric Habimana", "eric@huye-tech.example"),
        "Ikiganiro cy'akazi",
        "Muraho Alex,\n\nTuragutumiye ku kiganiro cy'akazi ku mwanya w'umuhanga mu ikoranabuhanga.\nIkiganiro kizaba kuwa kane, tariki ya 11 Werurwe, kuva saa 15:30 kugeza saa 16:30.\nUzazane indangamuntu yawe.\n\nEric",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "rw",
        "ikiganiro_cyimuwe",
        rw,
        "Ikiganiro cyimuwe",
        "Muraho Alex,\n\nTubabajwe no kukumenyesha ko ikiganiro cyari giteganyijwe kuwa kabiri cyimuwe.\nIgihe gishya ni kuwa gatanu, tariki ya 12 Werurwe, saa tanu za mu gitondo (11:00).\n\nMurakoze,\nClaudine",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "rw",
        "ikiganiro_ntitwakomeje",
        ("Eric Habimana", "eric@huye-tech.example"),
        "Igisubizo ku busabe bwawe",
        "Muraho Alex,\n\nUrakoze ku kiganiro twagiranye kuwa gatanu, tariki ya 5 Werurwe.\nTubabajwe no kukumenyesha ko tutazakomezanya nawe kuri uyu mwanya.\nTukwifurije amahirwe masa.\n\nEric",
        REJECT,
    )
    om = ("Caaltuu Tolasaa", "caaltuu@finfinnee-hr.example")
    add(
        "om",
        "afgaaffii_kibxata",
        om,
        "Affeerraa af-gaaffii hojii",
        "Akkam jirta Alex,\n\nHojii herreegaa irratti af-gaaffiif si affeerra.\nAf-gaaffiin Kibxata, Bitootessa 9, 2027, sa'aatii 14:00 irratti waajjira keenya Finfinneetti ni gaggeeffama.\n\nGalatoomi,\nCaaltuu Tolasaa\nKutaa Humna Namaa",
        OWN,
        slot=T9,
    )
    add(
        "om",
        "afgaaffii_hanga",
        ("Gammachuu Boruu", "gammachuu@adaama-soft.example"),
        "Af-gaaffii hojii",
        "Akkam Alex,\n\nAf-gaaffiin kee Kamisa, Bitootessa 11, sa'aatii 15:30 irraa hanga 16:30tti ni ta'a.\nWaraqaa eenyummaa kee qabadhu dhufi.\n\nGammachuu",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "om",
        "afgaaffii_jijjiirame",
        om,
        "Yeroon af-gaaffii jijjiirameera",
        "Akkam jirta Alex,\n\nDhiifama, yeroon af-gaaffii keetii jijjiirameera.\nAf-gaaffiin gara Roobii, Bitootessa 10, sa'aatii 10:00tti jijjiirameera.\n\nGalatoomi,\nCaaltuu",
        MOVE,
        slot=W10,
        kind="reschedule",
    )
    add(
        "om",
        "afgaaffii_hinmilkoofne",
        ("Gammachuu Boruu", "gammachuu@adaama-soft.example"),
        "Deebii iyyannoo keetii",
        "Akkam Alex,\n\nAf-gaaffii Jimaata, Bitootessa 5 irratti nu waliin gooteef galatoomi.\nGaruu yeroo kana namoota biroo filachuu murteessineerra.\nCarraa gaarii siif hawwina.\n\nGammachuu",
        REJECT,
    )


def west_asia() -> None:
    tt = ("Гөлнара Сафина", "gulnara@kazan-hisap.example")
    add(
        "tt",
        "angama_dushambe",
        tt,
        "Әңгәмәгә чакыру",
        "Исәнмесез, Alex!\n\nСезне бухгалтер вазыйфасына әңгәмәгә чакырабыз.\nӘңгәмә 15 март, дүшәмбе көнне, сәгать 9:00да безнең офиста (Казан, Бауман урамы, 20) узачак.\n\nХөрмәт белән,\nГөлнара Сафина, кадрлар бүлеге",
        OWN,
        slot=M15,
    )
    add(
        "tt",
        "angama_45_minut",
        ("Айдар Хәйруллин", "aidar@chally-soft.example"),
        "Эш буенча әңгәмә",
        "Исәнмесез, Alex!\n\nӘңгәмә 17 март, чәршәмбе көнне, сәгать 14:00дә башлана һәм 45 минут дәвам итә.\nПаспортыгызны алырга онытмагыз.\n\nАйдар",
        SPAN,
        slot=W17,
        minutes=45,
    )
    add(
        "tt",
        "angama_kuchereldi",
        tt,
        "Әңгәмә вакыты үзгәрде",
        "Исәнмесез, Alex!\n\nӘңгәмәгезне күчерергә туры килде.\nЯңа вакыт: 12 март, җомга, сәгать 11:00.\n\nХөрмәт белән,\nГөлнара",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "tt",
        "vakansiyalar_ysh",
        ("Эш.Татар", "noreply@esh-tatar.example"),
        "Сезнең өчен яңа вакансияләр",
        "Исәнмесез, Alex!\n\nСезнең эзләүгә туры килгән яңа вакансияләр:\n- Бухгалтер, Казан, гаризалар 19 мартка кадәр кабул ителә\n- Өлкән бухгалтер, Алабуга\n\nЭш.Татар",
        ALERT,
    )
    ckb = ("ڕێژین عومەر", "rezhin@hawler-hr.example")
    add(
        "ckb",
        "chawpekawtin_seshamma",
        ckb,
        "بانگهێشت بۆ چاوپێکەوتنی کار",
        "بەڕێز Alex،\n\nبە خۆشحاڵییەوە بانگهێشتت دەکەین بۆ چاوپێکەوتنی کار بۆ پۆستی ژمێریار.\nچاوپێکەوتنەکە ڕۆژی سێشەممە ٩ی ئازاری ٢٠٢٧، کاتژمێر ٢ی پاشنیوەڕۆ لە نووسینگەکەمان لە هەولێر دەبێت.\n\nلەگەڵ ڕێزدا،\nڕێژین عومەر\nبەشی کارگێڕی",
        OWN,
        slot=T9,
    )
    add(
        "ckb",
        "chawpekawtin_45_xulak",
        ("ئاراس کەریم", "aras@slemani-soft.example"),
        "چاوپێکەوتنی کار",
        "سڵاو Alex،\n\nچاوپێکەوتنەکە ڕۆژی پێنجشەممە ١١ی ئازار کاتژمێر ٣:٣٠ی پاشنیوەڕۆ دەست پێدەکات و ٤٥ خولەک دەخایەنێت.\nتکایە ناسنامەکەت لەگەڵ خۆت بهێنە.\n\nئاراس",
        SPAN,
        slot=H11,
        minutes=45,
    )
    add(
        "ckb",
        "chawpekawtin_dwaxra",
        ckb,
        "گۆڕینی کاتی چاوپێکەوتن",
        "بەڕێز Alex،\n\nببورە، چاوپێکەوتنەکەت دواخرا.\nکاتی نوێ: ڕۆژی ھەینی ١٢ی ئازار، کاتژمێر ١١ی بەیانی.\n\nلەگەڵ ڕێزدا،\nڕێژین",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "ckb",
        "heli_kar_nwe",
        ("کاری کوردستان", "alerts@kar-kurdistan.example"),
        "هەلی کاری نوێ بۆ تۆ",
        "سڵاو Alex،\n\nهەلی کاری نوێ کە لەگەڵ گەڕانەکەت دەگونجێت:\n- ژمێریار لە سلێمانی، دوا ڕۆژی پێشکەشکردن ١٩ی ئازار\n- یاریدەدەری دارایی لە دهۆک\n\nکاری کوردستان",
        ALERT,
    )


def south_asia() -> None:
    sd = ("سارا ميمڻ", "sara@karachi-hisab.example")
    add(
        "sd",
        "interview_angaro",
        sd,
        "انٽرويو لاءِ دعوت",
        "محترم Alex،\n\nاوهان کي اڪائونٽنٽ جي عهدي لاءِ انٽرويو جي دعوت ڏجي ٿي.\nانٽرويو اڱارو، 9 مارچ 2027 تي منجهند جو 2 وڳي اسان جي آفيس (ڪراچي، شاهراهِ فيصل) ۾ ٿيندو.\n\nمهرباني،\nسارا ميمڻ\nانساني وسيلن جو کاتو",
        OWN,
        slot=T9,
    )
    add(
        "sd",
        "interview_khamees_taain",
        ("علي سومرو", "ali@hyderabad-soft.example"),
        "نوڪريءَ جو انٽرويو",
        "سلام Alex،\n\nاوهان جو انٽرويو خميس، ١١ مارچ تي منجهند جو ٣:٣٠ کان ٤:٣٠ تائين ٿيندو.\nمهرباني ڪري پنهنجو شناختي ڪارڊ ساڻ آڻجو.\n\nعلي",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "sd",
        "interview_waqt_tabdeel",
        sd,
        "انٽرويو جو وقت تبديل",
        "محترم Alex،\n\nاوهان جي انٽرويو جو وقت تبديل ڪيو ويو آهي.\nهاڻي انٽرويو جمعو، 12 مارچ تي صبح جو 11 وڳي ٿيندو.\n\nمهرباني،\nسارا",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "sd",
        "interview_afsos",
        ("علي سومرو", "ali@hyderabad-soft.example"),
        "اوهان جي درخواست",
        "سلام Alex،\n\nجمعو، 5 مارچ تي انٽرويو ۾ شرڪت ڪرڻ جي مهرباني.\nافسوس سان ٻڌايون ٿا ته اسان ٻئي اميدوار کي چونڊيو آهي.\n\nعلي",
        REJECT,
    )
    ne = ("सरिता श्रेष्ठ", "sarita@ktm-lekha.example")
    add(
        "ne",
        "antarwarta_budhbar",
        ne,
        "अन्तर्वार्ताको निमन्त्रणा",
        "नमस्ते Alex जी,\n\nलेखापाल पदका लागि तपाईंलाई अन्तर्वार्तामा आमन्त्रण गर्दछौं।\nअन्तर्वार्ता मार्च १७, २०२७ बुधबार दिउँसो २ बजे हाम्रो कार्यालय (काठमाडौं, पुतलीसडक) मा हुनेछ।\n\nधन्यवाद,\nसरिता श्रेष्ठ\nमानव संसाधन विभाग",
        OWN,
        slot=W17,
    )
    add(
        "ne",
        "antarwarta_dekhi_samma",
        ("रमेश अधिकारी", "ramesh@pokhara-soft.example"),
        "अन्तर्वार्ता",
        "नमस्ते Alex जी,\n\nतपाईंको अन्तर्वार्ता मार्च ११ बिहिबार दिउँसो ३:३० देखि ४:३० बजेसम्म हुनेछ।\nकृपया आफ्नो नागरिकता प्रमाणपत्र लिएर आउनुहोला।\n\nरमेश",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "ne",
        "antarwarta_samay_pariwartan",
        ne,
        "अन्तर्वार्ताको समय परिवर्तन",
        "नमस्ते Alex जी,\n\nतपाईंको अन्तर्वार्ताको समय परिवर्तन गरिएको छ।\nनयाँ समय: मार्च १० बुधबार बिहान १० बजे।\n\nधन्यवाद,\nसरिता",
        MOVE,
        slot=W10,
        kind="reschedule",
    )
    add(
        "ne",
        "jagir_suchana",
        ("जागिर नेपाल", "alerts@jagir-nepal.example"),
        "तपाईंका लागि नयाँ जागिर",
        "नमस्ते Alex जी,\n\nतपाईंको खोजीसँग मिल्ने नयाँ जागिरहरू:\n- लेखापाल, पोखरा, आवेदनको अन्तिम मिति मार्च १९\n- सहायक लेखापाल, बुटवल\n\nजागिर नेपाल",
        ALERT,
    )


def east_asia() -> None:
    jv = ("Sri Wahyuni", "sri@yogya-akuntan.example")
    add(
        "jv",
        "wawancara_selasa",
        jv,
        "Undangan wawancara kerja",
        "Sugeng enjing Mas Alex,\n\nKula ngaturaken undangan wawancara kerja kangge posisi akuntan.\nWawancara badhe dipuntindakaken dinten Selasa, 16 Maret 2027, jam 10.30 enjing, wonten kantor kita ing Jalan Malioboro 21, Yogyakarta.\n\nMatur nuwun,\nSri Wahyuni\nBagian Personalia",
        OWN,
        slot=T16,
    )
    add(
        "jv",
        "wawancara_ngantos",
        ("Bagus Santoso", "bagus@solo-digital.example"),
        "Wawancara kerja",
        "Sugeng siang Mas Alex,\n\nWawancara panjenengan dipuntindakaken dinten Kamis, 11 Maret, jam 15.30 ngantos 16.30.\nMugi kersa mbekta KTP.\n\nBagus",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "jv",
        "wawancara_dipunewahi",
        jv,
        "Jadwal wawancara dipunewahi",
        "Sugeng enjing Mas Alex,\n\nNyuwun pangapunten, jadwal wawancara panjenengan dipunewahi.\nJadwal enggal: dinten Rabu, 10 Maret, jam 10.00 enjing.\n\nMatur nuwun,\nSri",
        MOVE,
        slot=W10,
        kind="reschedule",
    )
    add(
        "jv",
        "wawancara_dereng",
        ("Bagus Santoso", "bagus@solo-digital.example"),
        "Asil lamaran panjenengan",
        "Sugeng siang Mas Alex,\n\nMatur nuwun sampun rawuh wawancara dinten Jumat, 5 Maret.\nNyuwun pangapunten, panjenengan dereng saged kita tampi wonten posisi punika.\n\nBagus",
        REJECT,
    )
    mn = ("Сарангэрэл Бат", "sarangerel@ub-nyagtlan.example")
    add(
        "mn",
        "yariltslaga_myagmar",
        mn,
        "Ажлын ярилцлагын урилга",
        "Сайн байна уу, Alex,\n\nТаныг нягтлан бодогчийн ажлын байрны ярилцлагад урьж байна.\nЯрилцлага 2027 оны гуравдугаар сарын 16-ны мягмар гарагт 10:30 цагт манай оффист (Улаанбаатар, Сөүлийн гудамж 15) болно.\n\nХүндэтгэсэн,\nСарангэрэл, Хүний нөөцийн алба",
        OWN,
        slot=T16,
    )
    add(
        "mn",
        "yariltslaga_hurtel",
        ("Батбаяр Дорж", "batbayar@darkhan-soft.example"),
        "Ажлын ярилцлага",
        "Сайн байна уу, Alex,\n\nТаны ярилцлага гуравдугаар сарын 11-ний пүрэв гарагт 15:30-аас 16:30 цаг хүртэл болно.\nИргэний үнэмлэхээ авч ирнэ үү.\n\nБатбаяр",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "mn",
        "yariltslaga_oorchilson",
        mn,
        "Ярилцлагын цаг өөрчлөгдсөн",
        "Сайн байна уу, Alex,\n\nТаны ярилцлагын цагийг өөрчилсөн.\nШинэ цаг: гуравдугаар сарын 12-ны баасан гарагт 11:00 цагт.\n\nХүндэтгэсэн,\nСарангэрэл",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "mn",
        "yariltslaga_haramsaltai",
        ("Батбаяр Дорж", "batbayar@darkhan-soft.example"),
        "Таны өргөдлийн хариу",
        "Сайн байна уу, Alex,\n\nГуравдугаар сарын 5-ны баасан гарагт ярилцлагад оролцсонд баярлалаа.\nХарамсалтай нь бид өөр нэр дэвшигчийг сонголоо.\n\nБатбаяр",
        REJECT,
    )
    km = ("សុខ ស្រីមុំ", "sreymom@pp-account.example")
    add(
        "km",
        "sambhas_angkear",
        km,
        "លិខិតអញ្ជើញសម្ភាសន៍ការងារ",
        "ជម្រាបសួរ Alex,\n\nយើងខ្ញុំសូមអញ្ជើញលោកមកសម្ភាសន៍ការងារសម្រាប់មុខតំណែងគណនេយ្យករ។\nការសម្ភាសន៍នឹងធ្វើឡើងនៅថ្ងៃអង្គារ ទី៩ ខែមីនា ឆ្នាំ២០២៧ វេលាម៉ោង ២ រសៀល នៅការិយាល័យរបស់យើងខ្ញុំ (ភ្នំពេញ)។\n\nសូមអរគុណ,\nសុខ ស្រីមុំ\nផ្នែកធនធានមនុស្ស",
        OWN,
        slot=T9,
    )
    add(
        "km",
        "sambhas_pi_dol",
        ("ចាន់ ដារ៉ា", "dara@siemreap-soft.example"),
        "ការសម្ភាសន៍ការងារ",
        "ជម្រាបសួរ Alex,\n\nការសម្ភាសន៍របស់លោកនឹងធ្វើឡើងនៅថ្ងៃព្រហស្បតិ៍ ទី១១ ខែមីនា ពីម៉ោង ៣:៣០ ដល់ម៉ោង ៤:៣០ រសៀល។\nសូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។\n\nដារ៉ា",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "km",
        "sambhas_phlasbdo",
        km,
        "ការផ្លាស់ប្ដូរពេលសម្ភាសន៍",
        "ជម្រាបសួរ Alex,\n\nការសម្ភាសន៍របស់លោកត្រូវបានផ្លាស់ប្ដូរទៅថ្ងៃសុក្រ ទី១២ ខែមីនា ម៉ោង ១១ ព្រឹក។\nសូមអភ័យទោសចំពោះការរំខាន។\n\nសូមអរគុណ,\nស្រីមុំ",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "km",
        "sambhas_saok_sdai",
        ("ចាន់ ដារ៉ា", "dara@siemreap-soft.example"),
        "លទ្ធផលនៃពាក្យស្នើសុំ",
        "ជម្រាបសួរ Alex,\n\nសូមអរគុណសម្រាប់ការសម្ភាសន៍នៅថ្ងៃសុក្រ ទី៥ ខែមីនា។\nយើងខ្ញុំសោកស្ដាយដែលមិនអាចបន្តជាមួយលោកបានទេ។\n\nដារ៉ា",
        REJECT,
    )


def europe() -> None:
    fy = ("Sjoukje de Vries", "sjoukje@ljouwert-boekhald.example")
    add(
        "fy",
        "gesprek_tongersdei",
        fy,
        "Utnûging sollisitaasjegesprek",
        "Hoi Alex,\n\nWy nûgje dy graach út foar in sollisitaasjegesprek foar de funksje fan boekhâlder.\nIt petear is op tongersdei 18 Maart 2027 om 15.00 oere op ús kantoar oan de Nijstêd 12 yn Ljouwert.\n\nMei freonlike groetnis,\nSjoukje de Vries",
        OWN,
        slot=H18,
    )
    add(
        "fy",
        "gesprek_fan_oant",
        ("Durk Hoekstra", "durk@snits-software.example"),
        "Sollisitaasjegesprek",
        "Hoi Alex,\n\nDyn sollisitaasjegesprek is op tongersdei 11 Maart fan 15.30 oant 16.30 oere.\nNim in jildich identiteitsbewiis mei.\n\nGroetnis,\nDurk",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "fy",
        "gesprek_fersetten",
        fy,
        "Nije tiid foar dyn gesprek",
        "Hoi Alex,\n\nWy moatte dyn sollisitaasjegesprek spitigernôch fersette.\nDe nije tiid is woansdei 10 Maart om 10.00 oere moarns.\n\nMei freonlike groetnis,\nSjoukje",
        MOVE,
        slot=W10,
        kind="reschedule",
    )
    add(
        "fy",
        "fakatueres_warskoging",
        ("Wurk yn Fryslân", "alerts@wurk-fryslan.example"),
        "Nije fakatueres foar dy",
        "Hoi Alex,\n\nNije fakatueres dy't passe by dyn sykopdracht:\n- Boekhâlder, Snits, reagearje foar 19 Maart\n- Administratyf meiwurker, Drachten\n\nWurk yn Fryslân",
        ALERT,
    )
    lb = ("Mandy Schmit", "mandy@luxcompta.example")
    add(
        "lb",
        "gesprech_densdeg",
        lb,
        "Invitatioun op e Virstellungsgespréich",
        "Moien Alex,\n\nMir invitéieren Iech op e Virstellungsgespréich fir de Poste vum Comptabel.\nD'Gespréich ass en Dënschdeg, den 9. Mäerz 2027, um 14.00 Auer an eisem Büro an der Groussgaass 8 zu Lëtzebuerg.\n\nMat beschte Gréiss,\nMandy Schmit",
        OWN,
        slot=T9,
    )
    add(
        "lb",
        "gesprech_eng_stonn",
        ("Jempi Weber", "jempi@esch-software.example"),
        "Äert Gespréich",
        "Moien Alex,\n\nÄert Gespréich ass en Donneschdeg, den 11. Mäerz, um hallwer véier mëttes a dauert eng Stonn.\nBrengt w.e.g. Är Identitéitskaart mat.\n\nJempi",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "lb",
        "gesprech_verluecht",
        lb,
        "Neien Termin fir Äert Gespréich",
        "Moien Alex,\n\nMir mussen Äert Gespréich leider verleeën.\nDen neien Termin ass e Freideg, den 12. Mäerz, um 11 Auer moies.\n\nMat beschte Gréiss,\nMandy",
        MOVE,
        slot=F12,
        kind="reschedule",
    )
    add(
        "lb",
        "offeren_alert",
        ("Jobs.lu Alert", "alerts@jobsletz.example"),
        "Nei Offere fir Iech",
        "Moien Alex,\n\nNei Offeren, déi zu Ärer Sich passen:\n- Comptabel, Esch-Uelzecht, bewerbt Iech bis den 19. Mäerz\n- Assistent Comptabilitéit, Ettelbréck\n\nJobs.lu Alert",
        ALERT,
    )
    mt = ("Maria Borg", "maria@qormi-accounts.example")
    add(
        "mt",
        "intervista_hamis",
        mt,
        "Stedina għal intervista",
        "Għażiż Alex,\n\nNixtiequ nistednuk għal intervista għall-pożizzjoni ta' accountant.\nL-intervista ser issir nhar il-Ħamis, 18 ta' Marzu 2027, fit-3:00 ta' waranofsinhar, fl-uffiċċju tagħna fi Triq il-Kbira, Ħal Qormi.\n\nTislijiet,\nMaria Borg",
        OWN,
        slot=H18,
    )
    add(
        "mt",
        "intervista_mill_sal",
        ("Joseph Camilleri", "joseph@mosta-software.example"),
        "Intervista",
        "Għażiż Alex,\n\nL-intervista tiegħek ser issir nhar il-Ħamis, 11 ta' Marzu, mit-3:30 sal-4:30 ta' waranofsinhar.\nJekk jogħġbok ġib il-karta tal-identità miegħek.\n\nJoseph",
        SPAN,
        slot=H11,
        minutes=60,
    )
    add(
        "mt",
        "intervista_mcaqilqa",
        mt,
        "Bidla fil-ħin tal-intervista",
        "Għażiż Alex,\n\nJiddispjaċina, iżda rridu nċaqilqu l-intervista tiegħek.\nIl-ħin il-ġdid huwa nhar l-Erbgħa, 10 ta' Marzu, fl-10:00 ta' filgħodu.\n\nTislijiet,\nMaria",
        MOVE,
        slot=W10,
        kind="reschedule",
    )
    add(
        "mt",
        "intervista_kandidat_iehor",
        ("Joseph Camilleri", "joseph@mosta-software.example"),
        "L-applikazzjoni tiegħek",
        "Għażiż Alex,\n\nGrazzi tal-intervista nhar il-Ġimgħa, 5 ta' Marzu.\nJiddispjaċina ngħidulek li għażilna kandidat ieħor.\nNawgurawlek kull suċċess.\n\nJoseph",
        REJECT,
    )


BUILDERS = [africa, west_asia, south_asia, east_asia, europe]
FIRST_SIGHT_FIGURES = (
    "First sight (before any parser change): dev 32 files, 24 to set (18 invitations, 6 "
    "moves): kind right 13/24 (invitations 12/18, moves 1/6), start right 17/24, sure 12 "
    "(start right at confidence >= 0.5), moves held sure as invitations 4, fields 70/89; "
    "look-alikes claimed 0/8. Held out (langs79h) 16 files, 12 to set: start right 8/12, "
    "sure 5, moves held sure as invitations 2, fields 31/43; look-alikes claimed 0/4."
)
AFTER_FIX_FIGURES = (
    "After (branch langs79: the interview in rw, om, ckb, tt and sd as an interview word and "
    "a meeting; move words in fy, mt, ne, tt, lb and Khmer with either subscript, glued; "
    "range joiners fy 'oant', jv 'ngantos'/'nganti', om 'irraa hanga', km 'ដល់ម៉ោង'; ckb "
    "'ی پاشنیوەڕۆ' as afternoon): dev kind right 23/24, start right 22/24, sure 22, moves "
    "held sure as invitations 0, fields 85/89; look-alikes claimed 0/8. Held out: start right "
    "8/12, sure 8, moves held sure as invitations 5 (moves in languages whose move words no "
    "dev mail showed now read as sure invitations), fields 32/43; look-alikes claimed 0/4. "
    "Left alone: Luxembourgish 'um hallwer véier mëttes' (half past three) and Central "
    "Kurdish '٤٥ خولەک دەخایەنێت' (lasts 45 minutes: CLDR has no long unit words for ckb)."
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
        "# Provenance of the langs79 batch (`build_langs79.py`)",
        "",
        "Short recruiter mails (no calendar part) in the twelve languages the corpus had fewest "
        "files in (dev mails per file-name language tag before this batch: rw 2, tt 3, om 3, sd 3, "
        "ckb 3, jv 4, fy 4, mn 8, ne 12, lb 13, mt 13, km 14): per language an invitation to "
        "the reader's own job interview with the date and hour as natives write them (month and "
        "weekday names, 'at', 'o'clock', morning and afternoon words, Sindhi and Kurdish "
        "Arabic-Indic, Nepali Devanagari and Khmer digits), one with a range or a stated "
        "length, a move to a new time, and one look-alike (a rejection naming the past "
        "interview, or a job alert with an application deadline). All text is ours, written "
        "by hand; people, companies and addresses are made up. Labels were written from the "
        "datetimes the text is rendered from, before the parser was run on any message.",
        "",
        "Word sources: month and weekday names from CLDR (Babel in .venv, `Locale(lang).months`, "
        "`days`); 'interview', 'moved', 'from/until', 'o'clock' and the day-part words (rw "
        "ikiganiro cy'akazi, saa munani z'amanywa, kuva/kugeza, cyimuwe; om af-gaaffii, irraa "
        "hanga, jijjiirameera; tt әңгәмә, сәгать, күчерергә; ckb چاوپێکەوتن, کاتژمێر, "
        "پاشنیوەڕۆ, دواخرا; sd انٽرويو, وڳي, منجهند, تبديل; ne अन्तर्वार्ता, बजे, दिउँसो, देखि/सम्म; "
        "jv wawancara, ngantos, dipunewahi; mn ярилцлага, цагт, хүртэл, өөрчилсөн; km "
        "សម្ភាសន៍, ម៉ោង, រសៀល, ផ្លាស់ប្ដូរ; fy sollisitaasjegesprek, oere, fan/oant, fersette; "
        "lb Virstellungsgespréich, Auer, hallwer véier mëttes, verleeën; mt intervista, "
        "waranofsinhar, mill-/sal-, nċaqilqu) from the writer's own knowledge of the languages; "
        "sentences kept short and formulaic. No third-party text was copied into the mails.",
        "",
        f"{len(items)} messages; {held} held out as family langs79h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_langs79.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-langs79.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
