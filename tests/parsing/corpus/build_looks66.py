# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "looks66" batch: mail that books the reader for an appointment that shares the
job interview's words ('interview', 'rozmowa', 'pohovor', 'görüşme', 'entrevista', 'wawancara',
'면접', '面接', 'συνέντευξη', 'interjú', 'interviu') or its shape (a date, a time, a place, "please
bring"), where what the appointment is FOR is no job: a co-op or condo board's interview of a
buyer, a nursery's or a school's admission talk, a consulate's visa interview, a dating match,
an optician's, a dentist's or a vet's visit, a community event platform's RSVP, a journalist
interviewing the reader, a bank's loan talk and a travel booking. Controls in the same frames
whose purpose is a post (the co-op's building manager, a nursery teacher, the consulate's local
staff, a credit analyst, a reporter, a travel agent ...): the reader's own job interview.

Run: .venv/bin/python tests/parsing/corpus/build_looks66.py

All text is ours (written by hand, no template copied); people, companies and addresses are
made up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written
before the parser was run on any message of the batch. A seeded third of the batch is held out:
a file goes to heldout/ when the first byte of the SHA-256 of its file name is divisible by 3,
chosen before any file was parsed. Helpers come from build_looks60.py. Deterministic; the
script deletes or writes only files of its own family.
"""

from __future__ import annotations

import hashlib
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
HOOK = lk.HOOK
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12, S13 = lk.T9, lk.W10, lk.H11, lk.F12, lk.S13
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
html_of = lk.html_of
fwd_body = lk.fwd_body
ZONE = {
    **lk.ZONE,
    "cs": "Europe/Prague",
    "hu": "Europe/Budapest",
    "ro": "Europe/Bucharest",
    "el": "Europe/Athens",
    "id": "Asia/Jakarta",
}
FAMILY = "looks66"
FAMILIES = {
    FAMILY: "Appointments that share the job interview's words or shape but whose purpose is "
    "no job (a co-op board's buyer interview, a nursery's admission talk, a visa interview, a "
    "date, an optician, a dentist or a vet, a community event platform's RSVP, a journalist "
    "interviewing the reader, a bank's loan talk, a travel booking), beside controls in the "
    "same frames about a post (the reader's own job interview).",
    # held-out families are whole (test_corpus_labels): the held-out third is its own family
    "looks66h": "The held-out third of looks66, chosen by the file name's hash before any parse.",
}
HELD_FAMILY = "looks66h"
CASES: list[Case] = []


def split_of(filename: str) -> str:
    """A seeded third goes to heldout/, chosen by the file name's hash before any parse."""
    return "heldout" if hashlib.sha256(filename.encode()).digest()[0] % 3 == 0 else "dev"


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
    fwd: str = "",
) -> None:
    """One mail: with `slot` the reader's own job interview at that wall time (no zone stated),
    labelled an invitation; without it a look-alike, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    key = f"looks66 {lang} {name}"
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        end = start + timedelta(minutes=minutes) if minutes else None
        label = {"kind": "invitation", **pp.timed(start, end, sent=sent_at)}
        if fwd:
            label["original_sender"] = fwd
    else:
        assert minutes is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        key,
        sender=ME if fwd else sender,
        to=HOOK if fwd else ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    filename = f"{FAMILY}__{lang}_{name}.eml"
    split = split_of(filename)
    family = HELD_FAMILY if split == "heldout" else FAMILY
    CASES.append(Case(family, split, f"{lang}_{name}", raw, label, lang, note, OURS, LIC))


# --- co-op and condo boards ---------------------------------------------------------------------
BOARD = "A housing co-op's or condo board's interview of the reader as a buyer or a new member: the 'interview' is for a flat, nobody hires the reader."
BOARD_CTL = "The reader's own job interview for a post at a housing co-op or its managing agent, in the same frame (control)."


def boards() -> None:
    add(
        "en-US", "coop_board_interview", ("Riverside Gardens Owners Corp.", "board@riversidegardens-coop.example.com"),
        "Board interview - Apt 5C purchase",
        "Dear Ms. Morgan,\n\nThe Board of Directors has reviewed your purchase application package for Apartment 5C and would like to meet you.\n\nYour board interview is scheduled for Tuesday, March 9, 2027 at 7:30 PM in the community room (lobby level), 410 Riverside Drive.\n\nPlease bring photo ID. The interview usually lasts 20-30 minutes; your broker does not attend.\n\nSincerely,\nMargaret Hollis\nSecretary, Riverside Gardens Owners Corp.",
        BOARD,
    )  # fmt: skip
    add(
        "pl", "spoldzielnia_rozmowa", ("Spółdzielnia Mieszkaniowa Zielony Zakątek", "zarzad@smzielonyzakatek.example.pl"),
        "Zaproszenie na rozmowę z zarządem – przydział lokalu nr 12",
        "Szanowna Pani,\n\nw związku z Pani wnioskiem o przyjęcie w poczet członków spółdzielni i przydział lokalu nr 12 przy ul. Lipowej 8 zapraszamy na rozmowę z zarządem w środę 10 marca 2027 r. o godz. 17:00 w siedzibie spółdzielni (pokój 3).\n\nProsimy zabrać dowód osobisty oraz zaświadczenie o dochodach.\n\nZ poważaniem\nZarząd SM Zielony Zakątek",
        BOARD,
    )  # fmt: skip
    add(
        "cs", "druzstvo_pohovor", ("Bytové družstvo Na Výsluní", "predstavenstvo@bdnavysluni.example.cz"),
        "Pohovor s představenstvem – převod družstevního podílu",
        "Dobrý den, paní Morganová,\n\npředstavenstvo družstva projedná převod družstevního podílu k bytu č. 7 na Vaši osobu. Před schválením Vás zveme na krátký pohovor, který se uskuteční ve čtvrtek 11. března 2027 v 18:00 v klubovně domu, Slunná 14, Brno.\n\nS sebou prosím občanský průkaz a podepsanou smlouvu o převodu.\n\nS pozdravem\nIng. Pavel Dvořák\npředseda představenstva",
        BOARD, shape="alt",
    )  # fmt: skip
    add(
        "hu", "tarsashaz_elbeszelgetes", ("Napfény Lakásszövetkezet", "igazgatosag@napfeny-lsz.example.hu"),
        "Meghívó: elbeszélgetés az igazgatósággal (új tag felvétele)",
        "Tisztelt Morgan Asszony!\n\nA lakásszövetkezet igazgatósága megkapta tagfelvételi kérelmét a 3/12. számú lakás megvásárlásához. A döntés előtt szeretnénk Önnel személyesen is megismerkedni.\n\nIdőpont: 2027. március 12. (péntek) 18:00\nHelyszín: a szövetkezet irodája, Rózsa utca 5., fszt.\n\nKérjük, hozza magával személyi igazolványát.\n\nÜdvözlettel:\nAz igazgatóság",
        BOARD,
    )  # fmt: skip
    add(
        "ko", "apt_residents_interview", ("한빛아파트 입주자대표회의", "office@hanbit-apt.example.kr"),
        "[한빛아파트] 입주 예정자 면담 안내",
        "알렉스 모건 님께\n\n한빛아파트 102동 1503호 매매 계약과 관련하여 입주자대표회의에서 입주 예정자 면담을 진행합니다.\n\n일시: 2027년 3월 10일(수) 오후 7시\n장소: 관리사무소 2층 회의실\n\n신분증을 지참해 주시기 바랍니다.\n\n한빛아파트 입주자대표회의 드림",
        BOARD,
    )  # fmt: skip
    add(
        "en-US", "coop_board_building_manager", ("Riverside Gardens Owners Corp.", "board@riversidegardens-coop.example.com"),
        "Interview - Resident Building Manager position",
        "Dear Ms. Morgan,\n\nThank you for applying for the Resident Building Manager position at Riverside Gardens. The Board of Directors would like to interview you.\n\nYour interview is scheduled for Thursday, March 11, 2027 at 3:30 PM in the community room (lobby level), 410 Riverside Drive.\n\nPlease bring your resume and two references. The interview usually lasts 45 minutes.\n\nSincerely,\nMargaret Hollis\nSecretary, Riverside Gardens Owners Corp.",
        BOARD_CTL, slot=H11, minutes=45,
    )  # fmt: skip
    add(
        "pl", "spoldzielnia_administrator", ("Spółdzielnia Mieszkaniowa Zielony Zakątek", "zarzad@smzielonyzakatek.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną – stanowisko administratora osiedla",
        "Szanowna Pani,\n\ndziękujemy za przesłanie aplikacji na stanowisko administratora osiedla. Zapraszamy na rozmowę kwalifikacyjną z zarządem w piątek 12 marca 2027 r. o godz. 11:00 w siedzibie spółdzielni (pokój 3), ul. Lipowa 8.\n\nProsimy zabrać dowód osobisty.\n\nZ poważaniem\nZarząd SM Zielony Zakątek",
        BOARD_CTL, slot=F12,
    )  # fmt: skip


# --- nursery and school admission ---------------------------------------------------------------
SCHOOL = "A nursery's, kindergarten's or school's admission talk for the reader's child: the interview is for a school place, nobody hires the reader."
SCHOOL_CTL = (
    "The reader's own job interview as a teacher or carer at the same kind of school (control)."
)


def schools() -> None:
    add(
        "ja", "hoikuen_mensetsu", ("ひまわり保育園", "info@himawari-hoikuen.example.jp"),
        "【ひまわり保育園】入園面接日時のお知らせ",
        "モーガン様\n\nこの度は4月入園のお申し込みをいただきありがとうございます。\n下記の日時で入園前面接を行います。\n\n日時：2027年3月10日（水）10:00〜10:30\n場所：ひまわり保育園 1階 職員室\n持ち物：母子手帳、印鑑\n\nお子様もご一緒にお越しください。\n\nひまわり保育園 園長 山田",
        SCHOOL,
    )  # fmt: skip
    add(
        "ko", "yuchiwon_sangdam", ("새싹유치원", "admin@saessak-kinder.example.kr"),
        "새싹유치원 신입 원아 입학 상담 일정 안내",
        "안녕하세요, 모건 님.\n\n자녀의 새싹유치원 입학 신청서가 접수되었습니다. 입학 전 학부모 상담(면담)을 아래와 같이 진행합니다.\n\n일시: 2027년 3월 11일(목) 오후 3시 30분\n장소: 새싹유치원 원장실\n\n아이와 함께 방문해 주세요.\n\n새싹유치원 드림",
        SCHOOL,
    )  # fmt: skip
    add(
        "tr", "anaokulu_gorusme", ("Minik Adımlar Anaokulu", "kayit@minikadimlar.example.com.tr"),
        "Ön kayıt görüşmesi randevunuz",
        "Sayın Alex Morgan,\n\nKızınız Ela için yaptığınız ön kayıt başvurusu alınmıştır. Veli görüşmesi için randevunuz:\n\n9 Mart 2027 Salı, saat 14:00\nMinik Adımlar Anaokulu, Bağdat Caddesi No: 42, Kadıköy\n\nGörüşmeye çocuğunuzla birlikte gelmenizi rica ederiz. Nüfus cüzdanı fotokopisi ve aşı kartını getirmeyi unutmayınız.\n\nSaygılarımızla,\nKayıt Birimi",
        SCHOOL,
    )  # fmt: skip
    add(
        "el", "nipiagogeio_synenteyxi", ("Ιδιωτικό Νηπιαγωγείο «Τα Χελιδόνια»", "grammateia@xelidonia.example.gr"),
        "Συνέντευξη γνωριμίας για την εγγραφή του παιδιού σας",
        "Αγαπητή κυρία Morgan,\n\nΛάβαμε την αίτηση εγγραφής για τη σχολική χρονιά 2027-28. Σας περιμένουμε μαζί με το παιδί σας για μια συνέντευξη γνωριμίας την Τρίτη 16 Μαρτίου 2027, στις 10:30, στο γραφείο της διεύθυνσης.\n\nΠαρακαλούμε φέρτε το βιβλιάριο υγείας του παιδιού.\n\nΜε εκτίμηση,\nΗ Γραμματεία",
        SCHOOL, shape="html",
    )  # fmt: skip
    add(
        "cs", "skolka_zapis", ("Mateřská škola Kopretina", "reditelka@ms-kopretina.example.cz"),
        "Zápis do MŠ – rozhovor s rodiči",
        "Dobrý den,\n\nděkujeme za podání žádosti o přijetí Vašeho dítěte k předškolnímu vzdělávání. Zveme Vás na krátký rozhovor s ředitelkou školy v pondělí 15. března 2027 v 9:00 v budově MŠ, Lesní 3, Olomouc.\n\nVezměte s sebou rodný list dítěte a očkovací průkaz.\n\nS pozdravem\nMgr. Jana Horáková, ředitelka",
        SCHOOL,
    )  # fmt: skip
    add(
        "ja", "hoikuen_hoikushi", ("ひまわり保育園", "info@himawari-hoikuen.example.jp"),
        "【ひまわり保育園】保育士採用 面接日時のお知らせ",
        "モーガン様\n\nこの度は保育士の求人にご応募いただきありがとうございます。\n書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n\n日時：2027年3月17日（水）14:00〜15:00\n場所：ひまわり保育園 1階 職員室\n持ち物：履歴書、保育士証の写し\n\nひまわり保育園 園長 山田",
        SCHOOL_CTL, slot=W17, minutes=60,
    )  # fmt: skip
    add(
        "tr", "anaokulu_ogretmen", ("Minik Adımlar Anaokulu", "ik@minikadimlar.example.com.tr"),
        "Okul öncesi öğretmeni pozisyonu – mülakat daveti",
        "Sayın Alex Morgan,\n\nOkul öncesi öğretmeni pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi mülakata davet etmek istiyoruz:\n\n16 Mart 2027 Salı, saat 10:30\nMinik Adımlar Anaokulu, Bağdat Caddesi No: 42, Kadıköy\n\nLütfen özgeçmişinizin bir kopyasını getiriniz.\n\nSaygılarımızla,\nİnsan Kaynakları",
        SCHOOL_CTL, slot=T16,
    )  # fmt: skip


# --- consulates and visas -----------------------------------------------------------------------
VISA = "A consulate's or an embassy's visa or residence interview for the reader: an authority's appointment, nobody hires the reader."
VISA_CTL = "The reader's own job interview for a local staff post at a consulate or a visa centre (control)."


def visas() -> None:
    add(
        "id", "wawancara_visa", ("Kedutaan Besar Negeri Antah - Bagian Konsuler", "konsuler@kbna-jakarta.example.org"),
        "Konfirmasi Jadwal Wawancara Visa",
        "Yth. Bapak/Ibu Alex Morgan,\n\nJadwal wawancara visa Anda telah dikonfirmasi:\n\nHari/Tanggal: Rabu, 10 Maret 2027\nPukul: 10.00\nTempat: Bagian Konsuler, Jl. Kuningan Raya No. 9, Jakarta\n\nHarap membawa paspor asli, formulir permohonan yang telah dicetak, dan bukti pembayaran biaya visa. Datanglah 15 menit sebelum jadwal.\n\nBagian Konsuler",
        VISA,
    )  # fmt: skip
    add(
        "pt-BR", "entrevista_consulado", ("Central de Agendamento Consular", "nao-responda@agendamento-consular.example.com"),
        "Confirmação de agendamento – entrevista consular",
        "Prezado(a) ALEX MORGAN,\n\nSua entrevista no Consulado foi agendada com sucesso.\n\nData: quinta-feira, 11 de março de 2027\nHorário: 15h30\nLocal: Av. Paulista, 1000 – São Paulo\n\nCompareça com o passaporte válido, a página de confirmação do formulário DS e a foto. Não são permitidos aparelhos eletrônicos.\n\nCentral de Agendamento",
        VISA, shape="html",
    )  # fmt: skip
    add(
        "ro", "interviu_viza", ("Secția Consulară", "consular@ambasada-demo.example.ro"),
        "Programare interviu pentru viză",
        "Stimată doamnă Morgan,\n\nVă confirmăm programarea la interviul pentru viza de lungă ședere: vineri, 12 martie 2027, ora 11:00, la sediul Secției Consulare, Str. Aviatorilor nr. 7, București.\n\nVă rugăm să aveți asupra dumneavoastră pașaportul, dovada asigurării medicale și extrasul de cont.\n\nCu stimă,\nSecția Consulară",
        VISA,
    )  # fmt: skip
    add(
        "tr", "ikamet_randevu", ("Göç İdaresi Randevu Sistemi", "randevu@goc-randevu.example.gov.tr"),
        "İkamet izni başvurusu – görüşme randevusu",
        "Sayın Alex Morgan,\n\nİkamet izni başvurunuz için görüşme randevunuz oluşturulmuştur.\n\nTarih: 15 Mart 2027 Pazartesi\nSaat: 09:00\nYer: İl Göç İdaresi Müdürlüğü, Kat 2, Masa 14\n\nRandevuya pasaportunuz, biyometrik fotoğraf ve kira sözleşmesi ile geliniz.\n\nBu e-posta otomatik olarak gönderilmiştir.",
        VISA,
    )  # fmt: skip
    add(
        "id", "wawancara_staf_lokal", ("Kedutaan Besar Negeri Antah - SDM", "rekrutmen@kbna-jakarta.example.org"),
        "Undangan Wawancara - Posisi Staf Lokal Bagian Konsuler",
        "Yth. Bapak/Ibu Alex Morgan,\n\nTerima kasih atas lamaran Anda untuk posisi Staf Lokal Bagian Konsuler. Kami mengundang Anda untuk wawancara kerja pada:\n\nHari/Tanggal: Kamis, 18 Maret 2027\nPukul: 15.00\nTempat: Gedung Kedutaan, Jl. Kuningan Raya No. 9, Jakarta\n\nHarap membawa CV dan fotokopi ijazah.\n\nBagian SDM",
        VISA_CTL, slot=H18,
    )  # fmt: skip
    add(
        "ro", "interviu_post_consulat", ("Secția Consulară", "consular@ambasada-demo.example.ro"),
        "Invitație la interviu – post de funcționar consular (personal local)",
        "Stimată doamnă Morgan,\n\nVă mulțumim pentru candidatura la postul de funcționar consular. Vă invităm la un interviu marți, 9 martie 2027, ora 14:00, la sediul Secției Consulare, Str. Aviatorilor nr. 7, București.\n\nVă rugăm să aduceți CV-ul și diplomele.\n\nCu stimă,\nSecția Consulară",
        VISA_CTL, slot=T9,
    )  # fmt: skip


# --- dating -------------------------------------------------------------------------------------
DATE = "A dating match or a matchmaker books a date or an intake talk with the reader: nobody hires the reader."


def dating() -> None:
    add(
        "pt-BR", "encontro_app", ("Amora App", "notificacoes@amora-app.example.com.br"),
        "É um match! Seu encontro com Rafael está marcado",
        "Oi Alex,\n\nVocê e Rafael confirmaram o encontro!\n\nQuando: sábado, 13 de março de 2027, às 19h\nOnde: Café Brigadeiro, Rua Augusta, 1500\n\nDica: conte para alguém de confiança onde você vai estar. Bom encontro!\n\nEquipe Amora",
        DATE,
    )  # fmt: skip
    add(
        "pl", "randka_biuro", ("Biuro Matrymonialne Serce", "kontakt@biuroserce.example.pl"),
        "Potwierdzenie spotkania zapoznawczego",
        "Dzień dobry Pani Alex,\n\npotwierdzamy Pani pierwsze spotkanie z naszą swatką, panią Ewą. Podczas rozmowy poznamy Pani oczekiwania wobec przyszłego partnera.\n\nTermin: czwartek 11 marca 2027, godz. 18:00\nMiejsce: biuro, ul. Piękna 20/4, Warszawa\n\nSpotkanie trwa ok. 60 minut.\n\nPozdrawiamy serdecznie\nBiuro Matrymonialne Serce",
        DATE,
    )  # fmt: skip
    add(
        "ko", "sogaeting", ("러브매치 매니저", "manager@lovematch.example.kr"),
        "[러브매치] 첫 만남 일정이 확정되었습니다",
        "모건 님, 안녕하세요.\n\n매니저가 추천해 드린 김민준 님과의 첫 만남 일정이 확정되었습니다.\n\n일시: 2027년 3월 13일(토) 오후 6시\n장소: 강남역 카페 온도 2층\n\n즐거운 시간 보내세요!\n\n러브매치 담당 매니저 드림",
        DATE,
    )  # fmt: skip


# --- optician, dentist, vet ---------------------------------------------------------------------
CARE = "An optician's, a dentist's or a vet's booking for the reader or the reader's pet: nobody hires the reader."
CARE_CTL = "The reader's own job interview at an optician's, a dental practice or a vet clinic, in the same frame (control)."


def care() -> None:
    add(
        "cs", "optika_mereni", ("Oční optika Brýlárna", "objednavky@brylarna.example.cz"),
        "Potvrzení termínu – měření zraku",
        "Dobrý den,\n\npotvrzujeme Váš termín na měření zraku a konzultaci k progresivním brýlím:\n\nstředa 17. března 2027 ve 14:00\nOční optika Brýlárna, Masarykova 22, Brno\n\nPokud nosíte kontaktní čočky, vyjměte je prosím alespoň 24 hodin předem.\n\nTěšíme se na Vás\nTým Brýlárna",
        CARE,
    )  # fmt: skip
    add(
        "hu", "fogorvos_idopont", ("Mosoly Fogászat", "recepcio@mosolyfogaszat.example.hu"),
        "Időpont-visszaigazolás: fogászati konzultáció",
        "Kedves Morgan Asszony!\n\nÖrömmel visszaigazoljuk időpontját:\n\n2027. március 16. (kedd) 10:30\nDr. Kiss Andrea, fogszakorvos – konzultáció és panorámaröntgen\nMosoly Fogászat, Andrássy út 12., Budapest\n\nKérjük, hozza magával TAJ-kártyáját. Lemondás legalább 24 órával előtte.\n\nÜdvözlettel:\nMosoly Fogászat recepció",
        CARE, shape="alt",
    )  # fmt: skip
    add(
        "el", "ktiniatros_rantevou", ("Κτηνιατρείο Αργώ", "info@ktiniatreio-argo.example.gr"),
        "Επιβεβαίωση ραντεβού για τον Μπόμπη",
        "Καλησπέρα σας,\n\nΕπιβεβαιώνουμε το ραντεβού του σκύλου σας, Μπόμπη, για εμβολιασμό και γενικό έλεγχο την Πέμπτη 18 Μαρτίου 2027, στις 15:00.\n\nΔιεύθυνση: Λεωφόρος Κηφισίας 80, Μαρούσι\nΠαρακαλούμε φέρτε το βιβλιάριο υγείας του ζώου.\n\nΜε εκτίμηση,\nΚτηνιατρείο Αργώ",
        CARE,
    )  # fmt: skip
    add(
        "id", "dokter_gigi", ("Klinik Gigi Senyum Sehat", "reservasi@senyumsehat.example.co.id"),
        "Pengingat Janji Temu - Klinik Gigi Senyum Sehat",
        "Halo Alex Morgan,\n\nIni pengingat untuk janji temu Anda:\n\nTanggal: Jumat, 12 Maret 2027\nJam: 11.00\nDokter: drg. Rina Hartono (scaling & konsultasi)\nLokasi: Jl. Pemuda No. 15, Semarang\n\nMohon datang 10 menit lebih awal. Balas YA untuk konfirmasi.\n\nKlinik Gigi Senyum Sehat",
        CARE,
    )  # fmt: skip
    add(
        "en-GB", "optician_eye_test", ("ClearView Opticians", "bookings@clearview-opticians.example.co.uk"),
        "Your appointment is confirmed",
        "Hi Alex,\n\nYou're all booked in. We look forward to seeing you.\n\nDate: Wednesday 10 March 2027\nTime: 10:00\nWith: Priya Shah, Optometrist\nStore: ClearView Opticians, 22 High Street, Reading\n\nYour appointment will take about 30 minutes. Please bring your current glasses and a list of any medication.\n\nNeed to change? Call us on 0118 496 0000.\n\nClearView Opticians",
        CARE,
    )  # fmt: skip
    add(
        "hu", "fogaszat_asszisztens", ("Mosoly Fogászat", "recepcio@mosolyfogaszat.example.hu"),
        "Állásinterjú: fogászati asszisztens pozíció",
        "Kedves Morgan Asszony!\n\nKöszönjük jelentkezését a fogászati asszisztens pozícióra. Szeretnénk meghívni egy személyes állásinterjúra:\n\n2027. március 15. (hétfő) 9:00\nDr. Kiss Andrea, praxisvezető\nMosoly Fogászat, Andrássy út 12., Budapest\n\nKérjük, hozza magával önéletrajzát és bizonyítványait.\n\nÜdvözlettel:\nMosoly Fogászat",
        CARE_CTL, slot=M15,
    )  # fmt: skip
    add(
        "el", "ktiniatreio_thesi", ("Κτηνιατρείο Αργώ", "info@ktiniatreio-argo.example.gr"),
        "Πρόσκληση σε συνέντευξη για τη θέση βοηθού κτηνιάτρου",
        "Καλησπέρα σας,\n\nΣας ευχαριστούμε για την αίτησή σας για τη θέση βοηθού κτηνιάτρου. Θα θέλαμε να σας καλέσουμε σε συνέντευξη την Τετάρτη 10 Μαρτίου 2027, στις 10:00.\n\nΔιεύθυνση: Λεωφόρος Κηφισίας 80, Μαρούσι\nΠαρακαλούμε φέρτε το βιογραφικό σας.\n\nΜε εκτίμηση,\nΚτηνιατρείο Αργώ",
        CARE_CTL, slot=W10,
    )  # fmt: skip


# --- community event platforms ------------------------------------------------------------------
EVENT = "A community event platform's mail (an RSVP, a new event from a followed group, a reminder): a public event, nobody hires the reader."


def events() -> None:
    add(
        "ro", "eveniment_comunitate", ("Agenda Cluj", "noreply@agendacluj.example.ro"),
        "Eveniment nou: Seară de jocuri de societate",
        "Salut,\n\nUn eveniment nou a fost publicat pe Agenda Cluj de grupul «Boardgames Cluj», pe care îl urmărești:\n\nSeară de jocuri de societate\nmarți, 9 martie 2027, 19:00 – 22:00\nCafeneaua Joc, Str. Memorandumului 4\n\nIntrarea este liberă. Vezi detaliile: https://agendacluj.example.ro/event/seara-jocuri\n\nPrimești acest mesaj pentru că urmărești acest grup.",
        EVENT,
    )  # fmt: skip
    add(
        "pl", "wydarzenie_rsvp", ("Wspólne Miasto", "powiadomienia@wspolnemiasto.example.pl"),
        "Potwierdzenie udziału: Sprzątanie Parku Jordana",
        "Cześć Alex,\n\npotwierdziłaś udział w wydarzeniu:\n\nSprzątanie Parku Jordana\nsobota, 13 marca 2027, 9:00\nZbiórka przy głównym wejściu, al. 3 Maja\n\nOrganizator zapewnia rękawice i worki. Jeśli nie możesz przyjść, zmień odpowiedź na stronie wydarzenia.\n\nZespół Wspólne Miasto",
        EVENT,
    )  # fmt: skip
    add(
        "pt-BR", "evento_comunidade", ("Agenda Coletiva", "eventos@agendacoletiva.example.org"),
        "Lembrete: Roda de conversa sobre hortas urbanas amanhã",
        "Olá Alex,\n\nLembrete do evento em que você marcou presença:\n\nRoda de conversa: hortas urbanas no bairro\nquarta-feira, 10 de março de 2027, às 10h\nCentro Cultural da Vila, Rua das Flores, 200\n\nEntrada gratuita, aberta a todos. Traga sementes para a troca!\n\nAgenda Coletiva – eventos da comunidade",
        EVENT, shape="html",
    )  # fmt: skip
    add(
        "ja", "community_event", ("まちイベント", "no-reply@machi-event.example.jp"),
        "【参加登録完了】多文化交流ランチ会",
        "アレックス・モーガン様\n\n以下のイベントへの参加登録が完了しました。\n\nイベント名：多文化交流ランチ会\n日時：2027年3月13日（土）12:00〜14:00\n会場：市民交流センター 3階 多目的室\n参加費：無料\n\n当日は受付でお名前をお伝えください。\n\nまちイベント事務局",
        EVENT,
    )  # fmt: skip


# --- the press interviewing the reader ----------------------------------------------------------
PRESS = "A journalist or a radio station interviewing the reader about the reader's business, hobby or neighbourhood: nobody hires the reader."
PRESS_CTL = "The reader's own job interview for a reporter's or an editor's post at the same kind of outlet (control)."


def press() -> None:
    add(
        "tr", "gazete_roportaj", ("Ege Postası – Haber Merkezi", "haber@egepostasi.example.com.tr"),
        "Röportaj randevusu – kafeniz hakkında",
        "Merhaba Alex Hanım,\n\nAlsancak'taki kitap kafeniz hakkında hafta sonu ekimiz için bir röportaj yapmak istiyoruz. Konuştuğumuz gibi görüşmemizi 11 Mart 2027 Perşembe, saat 15:30'da kafenizde yapalım; fotoğrafçımız da gelecek.\n\nRöportaj yaklaşık 40 dakika sürecek ve 20 Mart'ta yayımlanacak.\n\nSaygılarımla,\nDeniz Aksoy\nMuhabir, Ege Postası",
        PRESS,
    )  # fmt: skip
    add(
        "hu", "radio_interju", ("Rádió Duna – Reggeli műsor", "szerkesztoseg@radioduna.example.hu"),
        "Interjú a reggeli műsorban – csütörtök",
        "Kedves Alex!\n\nNagyon örülünk, hogy elvállalta az interjút a közösségi kertről. Csütörtökön, 2027. március 18-án 15:00-kor várjuk a stúdióban (Váci út 20., 4. emelet); a beszélgetést élőben közvetítjük.\n\nKérjük, 15 perccel korábban érkezzen a portára.\n\nÜdvözlettel:\nTóth Réka, szerkesztő",
        PRESS,
    )  # fmt: skip
    add(
        "id", "wawancara_media", ("Redaksi Kabar Bandung", "redaksi@kabarbandung.example.co.id"),
        "Jadwal wawancara untuk rubrik UMKM",
        "Halo Mbak Alex,\n\nTerima kasih sudah bersedia diwawancarai tentang usaha batik Anda untuk rubrik UMKM kami. Wawancara kita jadwalkan pada Selasa, 16 Maret 2027 pukul 10.30 di workshop Anda di Jl. Braga 33.\n\nWartawan kami, Dimas, akan datang bersama fotografer. Artikelnya terbit akhir bulan.\n\nSalam,\nRedaksi Kabar Bandung",
        PRESS,
    )  # fmt: skip
    add(
        "ko", "eollon_inteobyu", ("지역신문 한빛일보 편집국", "news@hanbitilbo.example.kr"),
        "[한빛일보] 인터뷰 일정 확인 요청드립니다",
        "모건 님 안녕하세요.\n\n한빛일보 기자 박서연입니다. 동네 책방 운영 이야기를 주말판 기사로 소개하고 싶어 인터뷰를 요청드렸는데, 흔쾌히 응해 주셔서 감사합니다.\n\n일시: 2027년 3월 12일(금) 오전 11시\n장소: 책방 내부 (사진 촬영 포함)\n\n기사는 다음 주 토요일에 실릴 예정입니다.\n\n박서연 드림",
        PRESS,
    )  # fmt: skip
    add(
        "tr", "gazete_muhabir_pozisyon", ("Ege Postası – İnsan Kaynakları", "ik@egepostasi.example.com.tr"),
        "Muhabir pozisyonu – iş görüşmesi daveti",
        "Merhaba Alex Hanım,\n\nEge Postası'ndaki muhabir pozisyonu için başvurunuz için teşekkür ederiz. Sizi 17 Mart 2027 Çarşamba, saat 14:00'te haber merkezimizde bir iş görüşmesine davet ediyoruz.\n\nAdres: Cumhuriyet Bulvarı No: 120, Alsancak\n\nSaygılarımla,\nİnsan Kaynakları",
        PRESS_CTL, slot=W17,
    )  # fmt: skip
    add(
        "ko", "eollon_gija_myeonjeop", ("한빛일보 인사팀", "hr@hanbitilbo.example.kr"),
        "[한빛일보] 수습기자 채용 면접 안내",
        "모건 님 안녕하세요.\n\n한빛일보 수습기자 채용에 지원해 주셔서 감사합니다. 서류 전형에 합격하셔서 면접 일정을 안내드립니다.\n\n일시: 2027년 3월 9일(화) 오후 2시\n장소: 한빛일보 본사 5층 회의실\n\n신분증을 지참해 주세요.\n\n한빛일보 인사팀 드림",
        PRESS_CTL, slot=T9,
    )  # fmt: skip


# --- banks and loans ----------------------------------------------------------------------------
BANK = "A bank's loan, mortgage or account talk with the reader as the customer: nobody hires the reader."
BANK_CTL = "The reader's own job interview for a credit analyst's or an adviser's post at the same bank (control)."


def banks() -> None:
    add(
        "cs", "banka_hypoteka", ("Moravská spořitelna", "schuzky@moravska-sporitelna.example.cz"),
        "Potvrzení schůzky – konzultace k hypotéce",
        "Dobrý den, paní Morganová,\n\npotvrzujeme Vaši schůzku s hypotečním specialistou:\n\nDatum: úterý 9. března 2027\nČas: 14:00\nPobočka: náměstí Svobody 5, Brno\nSpecialista: Martin Novák\n\nNa pohovor o úvěru si prosím přineste občanský průkaz, výpisy z účtu za poslední 3 měsíce a kupní smlouvu.\n\nS pozdravem\nMoravská spořitelna",
        BANK,
    )  # fmt: skip
    add(
        "pl", "bank_kredyt", ("Bank Wiślany", "doradca@bankwislany.example.pl"),
        "Spotkanie w sprawie kredytu gotówkowego",
        "Szanowna Pani,\n\nzapraszam na rozmowę w sprawie wniosku kredytowego nr 2027/03/1184 w poniedziałek 15 marca 2027 o godz. 9:00 w oddziale przy ul. Grodzkiej 10 w Krakowie.\n\nProszę zabrać dowód osobisty i zaświadczenie o zarobkach od pracodawcy.\n\nZ wyrazami szacunku\nAnna Kowalska\nDoradca klienta, Bank Wiślany",
        BANK,
    )  # fmt: skip
    add(
        "ro", "banca_credit", ("Banca Carpatica Nouă", "programari@bcn-banca.example.ro"),
        "Programare la consilierul de credite",
        "Bună ziua, doamna Morgan,\n\nVă confirmăm întâlnirea cu consilierul de credite ipotecare pentru analiza dosarului dumneavoastră: joi, 18 martie 2027, ora 15:00, la sucursala Unirii, Bd. Unirii 15.\n\nVă rugăm să aduceți actul de identitate și adeverința de venit.\n\nCu stimă,\nBanca Carpatica Nouă",
        BANK, shape="alt",
    )  # fmt: skip
    add(
        "el", "trapeza_daneio", ("Τράπεζα Αιγαίου", "rantevou@trapeza-aigaiou.example.gr"),
        "Ραντεβού για το στεγαστικό σας δάνειο",
        "Αγαπητή κυρία Morgan,\n\nΣας επιβεβαιώνουμε το ραντεβού σας με τον σύμβουλο στεγαστικών δανείων την Παρασκευή 12 Μαρτίου 2027, στις 11:00, στο κατάστημα Σταδίου 30, Αθήνα.\n\nΠαρακαλούμε φέρτε την αστυνομική σας ταυτότητα και το τελευταίο εκκαθαριστικό.\n\nΜε εκτίμηση,\nΤράπεζα Αιγαίου",
        BANK,
    )  # fmt: skip
    add(
        "cs", "banka_analytik", ("Moravská spořitelna – nábor", "kariera@moravska-sporitelna.example.cz"),
        "Pozvánka na pohovor – pozice úvěrový analytik",
        "Dobrý den, paní Morganová,\n\nděkujeme za Váš zájem o pozici úvěrového analytika. Rádi bychom Vás pozvali na osobní pohovor:\n\nDatum: čtvrtek 11. března 2027\nČas: 15:30\nMísto: centrála, náměstí Svobody 5, Brno\n\nS sebou prosím občanský průkaz.\n\nS pozdravem\nPersonální oddělení",
        BANK_CTL, slot=H11,
    )  # fmt: skip
    add(
        "ro", "banca_consilier_post", ("Banca Carpatica Nouă – Resurse Umane", "cariere@bcn-banca.example.ro"),
        "Invitație la interviu – Consilier credite ipotecare",
        "Bună ziua, doamna Morgan,\n\nVă mulțumim pentru aplicarea la postul de consilier credite ipotecare. Vă invităm la un interviu luni, 15 martie 2027, ora 9:00, la sucursala Unirii, Bd. Unirii 15.\n\nCu stimă,\nResurse Umane, Banca Carpatica Nouă",
        BANK_CTL, slot=M15,
    )  # fmt: skip


# --- travel bookings ----------------------------------------------------------------------------
TRAVEL = "A travel booking's confirmation (a tour, a transfer, a hotel check-in, a guided visit) with a date and a time: nobody hires the reader."
TRAVEL_CTL = (
    "The reader's own job interview for a post at a travel agency or a tour operator (control)."
)


def travel() -> None:
    add(
        "ja", "tour_yoyaku", ("京都まいこツアーズ", "booking@kyoto-maiko-tours.example.jp"),
        "【予約確定】祇園ナイトウォーキングツアー",
        "Alex Morgan 様\n\nご予約ありがとうございます。以下の内容で予約が確定しました。\n\nツアー名：祇園ナイトウォーキングツアー（英語ガイド）\n日時：2027年3月12日（金）18:00 集合\n集合場所：八坂神社 西楼門前\n人数：大人2名\n予約番号：KMT-55821\n\n雨天決行です。キャンセルは前日17:00まで無料です。\n\n京都まいこツアーズ",
        TRAVEL,
    )  # fmt: skip
    add(
        "tr", "transfer_rezervasyon", ("Kapadokya Transfer", "rezervasyon@kapadokyatransfer.example.com.tr"),
        "Rezervasyon onayı – havalimanı transferi",
        "Sayın Alex Morgan,\n\nRezervasyonunuz onaylanmıştır.\n\nAlış: Nevşehir Kapadokya Havalimanı, dış hatlar çıkışı\nTarih: 13 Mart 2027 Cumartesi\nSaat: 09:00\nVaris: Göreme, Taş Konak Otel\nRezervasyon no: KT-90412\n\nŞoförümüz isminizin yazılı olduğu bir tabela ile sizi karşılayacaktır.\n\nİyi yolculuklar,\nKapadokya Transfer",
        TRAVEL,
    )  # fmt: skip
    add(
        "pt-BR", "passeio_reserva", ("Trilhas do Rio Turismo", "reservas@trilhasdorio.example.com.br"),
        "Reserva confirmada: passeio Pão de Açúcar ao nascer do sol",
        "Olá Alex,\n\nSua reserva está confirmada!\n\nPasseio: Pão de Açúcar ao nascer do sol (guia bilíngue)\nData: terça-feira, 16 de março de 2027\nEncontro: 10h30 no saguão do hotel\nCódigo da reserva: TR-7734\n\nLeve documento com foto e protetor solar.\n\nAté lá!\nTrilhas do Rio Turismo",
        TRAVEL,
    )  # fmt: skip
    add(
        "id", "checkin_hotel", ("Villa Ubud Asri", "reservasi@villaubudasri.example.co.id"),
        "Konfirmasi pemesanan dan penjemputan",
        "Halo Alex Morgan,\n\nTerima kasih telah memesan di Villa Ubud Asri.\n\nCheck-in: Kamis, 11 Maret 2027\nPenjemputan bandara: pukul 15.30 di pintu kedatangan internasional\nKamar: Deluxe Garden View, 3 malam\nKode pemesanan: VUA-2201\n\nSopir kami akan membawa papan nama Anda.\n\nSalam hangat,\nVilla Ubud Asri",
        TRAVEL,
    )  # fmt: skip
    add(
        "pt-BR", "agencia_viagens_vaga", ("Trilhas do Rio Turismo – RH", "rh@trilhasdorio.example.com.br"),
        "Entrevista – vaga de consultor(a) de viagens",
        "Olá Alex,\n\nObrigada pela sua candidatura à vaga de consultor(a) de viagens. Gostaríamos de convidá-la para uma entrevista na sexta-feira, 12 de março de 2027, às 11h, no nosso escritório (Rua Visconde de Pirajá, 300, Ipanema).\n\nTraga seu currículo impresso.\n\nAté lá!\nRH – Trilhas do Rio Turismo",
        TRAVEL_CTL, slot=F12,
    )  # fmt: skip
    add(
        "ja", "ryoko_saiyo", ("京都まいこツアーズ 採用担当", "recruit@kyoto-maiko-tours.example.jp"),
        "【京都まいこツアーズ】ツアーガイド職 面接のご案内",
        "Alex Morgan 様\n\nこの度はツアーガイド職の募集にご応募いただき、ありがとうございます。\n面接を下記のとおり行います。\n\n日時：2027年3月18日（木）15:00〜16:00\n場所：本社 2階 会議室（京都市東山区）\n持ち物：履歴書\n\n京都まいこツアーズ 採用担当",
        TRAVEL_CTL, slot=H18, minutes=60,
    )  # fmt: skip


BUILDERS = [boards, schools, visas, dating, care, events, press, banks, travel]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 498d7447 with this batch, before any parser change): dev look-alikes "
    "claimed (confidence >= 0.5 as an invitation or a move) 5/23 (the Czech mortgage talk and "
    "co-op board 'pohovor', the Polish co-op board and matchmaker 'rozmowa', the Hungarian "
    "radio 'interjú'), dev controls right 9/10 (the Korean newspaper's trainee-reporter "
    "interview read as a press interview); held out: look-alikes claimed 3/15, controls right "
    "4/4."
)
AFTER_FIX_FIGURES = (
    "After the fix (a talk whose purpose is no job and whose mail names nothing of a job "
    "search beyond the bare talk noun is no job interview, whoever says 'your interview'; "
    "Korean and Japanese hiring words and Czech and Hungarian post words name a job): dev "
    "look-alikes claimed 5/23 -> 0/23, dev controls 10/10; held out: look-alikes claimed 3/15 "
    "-> 1/15, controls 4/4. Whole corpus (quick.py, main's base run vs this branch): dev 0 "
    "worse, 0 better outside this batch (one notary60 look-alike already under 0.5 changes "
    "kind, still unclaimed); held out outside this batch 105 -> 102 of 2446 look-alikes "
    "claimed, text invitations unchanged."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    langs = sorted({item.language for item in cases})
    held = sum(item.split == "heldout" for item in cases)
    lines = [
        "# Provenance of the looks66 batch (`build_looks66.py`)",
        "",
        "Appointments that share the job interview's words or shape and whose purpose is no "
        "job: a co-op or condo board's interview of a buyer, a nursery's or a school's "
        "admission talk, a consulate's visa or residence interview, a dating match and a "
        "matchmaker, an optician's, a dentist's and a vet's booking, a community event "
        "platform's RSVP and new-event notice, a journalist or a radio station interviewing the "
        "reader, a bank's loan or mortgage talk and travel bookings, beside controls in the same "
        "frames whose purpose is a post (the reader's own job interview). Plain text, HTML only "
        "and multipart. All text is ours, written by hand with no template; people, companies, "
        "offices and addresses are made up. Every label was written from the datetimes the text "
        "is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in 1 family; {held} held out (a file goes to heldout/ when the "
        "first byte of the SHA-256 of its file name is divisible by 3, chosen before any "
        "parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions and earlier batches): a job interview of the "
        "reader's own with a fixed time is an `invitation` at its start (with its end when the "
        "text gives an end or an exact length; text mails state no zone, so the label carries "
        "the Date header's offset and `tz_stated: false`). An appointment whose purpose is a "
        "flat, a school place, a visa, a date, a patient's or a pet's visit, a public event, a "
        "story about the reader, a loan or a trip hires nobody: `not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_looks66.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-looks66.md", provenance(CASES))
    print(f"{len(CASES)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
