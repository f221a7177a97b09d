# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "cancel71" batch: hand-written notices that call the reader's interview off,
without a calendar part, in languages the corpus held few of, beside controls in the same
senders' words.

Each notice names the cancelled slot with its date and time and says the interview is off in
one of the verb's many forms: participles of every gender and number ('inställd', 'inställt',
'inställda', 'odpovedan', 'zrušena', 'откажано', 'cancel·lada'), the passive ('aflyses',
'perutaan', 'ακυρώνεται', 'ləğv olunub', 'bekor qilindi', 'ikhanseliwe'), the first person
plural ('we must cancel': 'moramo otkazati', 'peame tühistama', 'duhet ta anulojmë',
'გავაუქმოთ'; 'we are cancelling': 'vi aflyser', 'rušíme', 'anulăm', 'iptal ediyoruz'), 'it
will not take place' ('nenotiks', 'neįvyks', 'neće se održati', 'няма да се проведе', 'δεν θα
πραγματοποιηθεί', 'hayatafanyika', 'לא יתקיים', 'لن تُعقد', 'non terá lugar', 'ní bheidh ...
ar siúl', 'sẽ không diễn ra') and 'has been withdrawn'. Controls: real invitations that
mention cancelling only as the reader's option ('if you need to cancel, reply', a link to
cancel, a cancellation policy) and moves that name the old and the new slot.

Languages: af, ar, az, bg, bn, bs, ca, cs, cy, da, el, en-GB, et, eu, fa, fi, fil, ga, gl, he,
hi, hr, hu, hy, id, is, ja, ka, kk, km, ko, lt, lv, mk, ms, nb, ro, sk, sl, sq, sr, sv, sw,
th, tr, ur, uz, vi, zh, zh-TW, zu.

Run: .venv/bin/python tests/parsing/corpus/build_cancel71.py

All text is ours, written by hand with no template; people, companies, offices and addresses
are made up. Labels come from the datetimes the text is rendered from (zoneinfo): a
cancellation is `cancellation` at the cancelled slot (README: 'A cancellation that names the
slot is `cancellation` with the cancelled slot'), a move is `reschedule` at the new slot, a
control `invitation` at its slot; no zone is stated, so labels carry the Date header's offset
and `tz_stated: false`. Labels were written before the parser was run on any message. A
seeded third is held out: file names sorted by the SHA-256 of the name, every third from the
first goes to heldout/ (family cancel71h), chosen before any file was parsed. Helpers come
from build_looks60.py. Deterministic; the script deletes or writes only files of its own
families.
"""

from __future__ import annotations

import importlib.util
import sys
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
OURS = lk.OURS
LIC = lk.LIC
SENT = lk.SENT
Slot = lk.Slot
T9, W10, H11, F12 = lk.T9, lk.W10, lk.H11, lk.F12
M15, T16, W17, H18 = lk.M15, lk.T16, lk.W17, lk.H18
F19: Slot = (2027, 3, 19, 13, 0)
M22: Slot = (2027, 3, 22, 11, 30)
assert datetime(*F19).strftime("%a") == "Fri"
assert datetime(*M22).strftime("%a") == "Mon"
html_of = lk.html_of
ZONE = {
    "af": "Africa/Johannesburg",
    "ar": "Africa/Cairo",
    "az": "Asia/Baku",
    "bg": "Europe/Sofia",
    "bn": "Asia/Dhaka",
    "bs": "Europe/Sarajevo",
    "ca": "Europe/Madrid",
    "cs": "Europe/Prague",
    "cy": "Europe/London",
    "da": "Europe/Copenhagen",
    "el": "Europe/Athens",
    "en-GB": "Europe/London",
    "et": "Europe/Tallinn",
    "eu": "Europe/Madrid",
    "fa": "Asia/Tehran",
    "fi": "Europe/Helsinki",
    "fil": "Asia/Manila",
    "ga": "Europe/Dublin",
    "gl": "Europe/Madrid",
    "he": "Asia/Jerusalem",
    "hi": "Asia/Kolkata",
    "hr": "Europe/Zagreb",
    "hu": "Europe/Budapest",
    "hy": "Asia/Yerevan",
    "id": "Asia/Jakarta",
    "is": "Atlantic/Reykjavik",
    "ja": "Asia/Tokyo",
    "ka": "Asia/Tbilisi",
    "kk": "Asia/Almaty",
    "km": "Asia/Phnom_Penh",
    "ko": "Asia/Seoul",
    "lt": "Europe/Vilnius",
    "lv": "Europe/Riga",
    "mk": "Europe/Skopje",
    "ms": "Asia/Kuala_Lumpur",
    "nb": "Europe/Oslo",
    "ro": "Europe/Bucharest",
    "sk": "Europe/Bratislava",
    "sl": "Europe/Ljubljana",
    "sq": "Europe/Tirane",
    "sr": "Europe/Belgrade",
    "sv": "Europe/Stockholm",
    "sw": "Africa/Nairobi",
    "th": "Asia/Bangkok",
    "tr": "Europe/Istanbul",
    "ur": "Asia/Karachi",
    "uz": "Asia/Tashkent",
    "vi": "Asia/Ho_Chi_Minh",
    "zh": "Asia/Shanghai",
    "zh-TW": "Asia/Taipei",
    "zu": "Africa/Johannesburg",
}
FAMILY = "cancel71"
HELD_FAMILY = "cancel71h"
FAMILIES = {
    FAMILY: "Hand-written notices that call the reader's interview off, naming the cancelled "
    "slot, in many verb forms and languages, beside invitations that mention cancelling only "
    "as an option and moves that name the old and new slot.",
    HELD_FAMILY: "The held-out third of cancel71, chosen by the file names' hashes before any parse.",
}
RAW: list[tuple[str, str, dict[str, object], bytes, str, str]] = []

CANCEL = "A hand-written notice that calls the reader's interview off and names the cancelled slot with date and time; no calendar part (label: cancellation at the cancelled slot)."
MOVE = "A hand-written move that names the old slot and the new one (label: reschedule at the new slot)."
OPTION = "The reader's own interview; cancelling is named only as the reader's option, a link or a policy (control, label: invitation)."


def add(
    lang: str,
    name: str,
    sender: tuple[str, str],
    subject: str,
    body: str,
    kind: str,
    slot: Slot,
    *,
    shape: str = "text",
) -> None:
    """One mail about the reader's interview at `slot` (wall time, no zone stated)."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*SENT, tzinfo=zone)
    start = datetime(*slot, tzinfo=zone)
    assert start > sent_at
    label: dict[str, object] = {"kind": kind, **pp.timed(start, None, sent=sent_at)}
    note = {"cancellation": CANCEL, "reschedule": MOVE, "invitation": OPTION}[kind]
    raw = pp.mail(
        f"cancel71 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


C = "cancellation"


def nordic_baltic() -> None:
    add("af", "afgelas_moet_ons", ("Annelie Venter", "annelie.venter@karoosagteware.example.co.za"),
        "Onderhoud Donderdag",
        "Goeie môre Alex\n\nOns moet ongelukkig die onderhoud van Donderdag 11 Maart om 15:30 afgelas, aangesien die paneel nie meer beskikbaar is nie. Ons sal later weer met jou kontak maak.\n\nVriendelike groete\nAnnelie Venter\nMenslike Hulpbronne, Karoo Sagteware", C, H11)  # fmt: skip
    add("af", "sal_nie_plaasvind_nie", ("Werwing Bosveld Logistiek", "werwing@bosveldlog.example.co.za"),
        "Jou onderhoud by Bosveld Logistiek",
        "Beste Alex\n\nDie onderhoud wat vir Dinsdag 16 Maart om 10:30 geskeduleer was, sal nie plaasvind nie. Ons vra om verskoning vir die ongerief.\n\nGroete\nThandi Mokoena", C, T16)  # fmt: skip
    add("af", "word_gekanselleer", ("Riaan du Plessis", "riaan@duplessis-ing.example.co.za"),
        "Re: Onderhoud",
        "Hallo Alex,\n\nJammer vir die kort kennisgewing: jou onderhoud op Vrydag 12 Maart om 11:00 word gekanselleer. Ons bestuurder is siek.\n\nRiaan", C, F12)  # fmt: skip
    add("sv", "vi_staller_in", ("Karin Lund", "karin.lund@nordvikdata.example.se"),
        "Angående din intervju",
        "Hej Alex,\n\nVi ställer tyvärr in intervjun onsdag den 10 mars kl. 10.00, eftersom rekryteringen har pausats. Vi hör av oss om den öppnas igen.\n\nMed vänliga hälsningar\nKarin Lund\nNordvik Data", C, W10)  # fmt: skip
    add("sv", "har_stallts_in", ("Oskar Berg", "oskar.berg@lagerhus.example.se"),
        "Tisdagens möte",
        "Hej Alex!\n\nJag vill meddela att anställningsintervjun tisdag 9 mars kl. 14.00 har ställts in på grund av sjukdom i panelen. Vi återkommer så snart vi kan.\n\nHälsningar\nOskar Berg", C, T9)  # fmt: skip
    add("sv", "blir_inte_av", ("Lina Ek", "lina.ek@ekbyra.example.se"),
        "Vårt samtal på torsdag",
        "Hej Alex,\n\nVårt samtal torsdag 11 mars kl. 15.30 blir tyvärr inte av, tjänsten har tillsatts internt.\n\nMvh\nLina", C, H11)  # fmt: skip
    add("sv", "intervjuerna_installda", ("Rekrytering Skogsberg", "rekrytering@skogsberg.example.se"),
        "Intervjudagen",
        "Hej Alex,\n\nIntervjuerna på fredag 12 mars kl. 11.00 (med Anna och med Per) är inställda. Vi ber om ursäkt.\n\nVänliga hälsningar\nSkogsberg AB", C, F12)  # fmt: skip
    add("da", "aflyses_desvaerre", ("Mette Holm", "mette.holm@fjordkonsult.example.dk"),
        "Jobsamtale tirsdag",
        "Kære Alex\n\nJobsamtalen tirsdag den 16. marts kl. 10.30 aflyses desværre, da stillingen er sat i bero.\n\nVenlig hilsen\nMette Holm\nFjord Konsult", C, T16)  # fmt: skip
    add("da", "vi_aflyser", ("HR Kystbyg", "hr@kystbyg.example.dk"),
        "Dit interview hos Kystbyg",
        "Hej Alex\n\nVi aflyser hermed dit interview onsdag den 17. marts kl. 14.00. Vi beklager meget.\n\nMed venlig hilsen\nSofie Lund, HR", C, W17)  # fmt: skip
    add("da", "finder_ikke_sted", ("Jonas Krag", "jonas.krag@krag-it.example.dk"),
        "Samtale torsdag",
        "Hej Alex,\n\nSamtalen torsdag den 18. marts kl. 15.00 finder desværre ikke sted. Jeg vender tilbage, hvis stillingen genopslås.\n\nHilsen Jonas", C, H18)  # fmt: skip
    add("nb", "ma_avlyses", ("Ingrid Solheim", "ingrid.solheim@vestkyst.example.no"),
        "Intervju fredag",
        "Hei Alex,\n\nIntervjuet fredag 12. mars kl. 11.00 må dessverre avlyses på grunn av sykdom.\n\nVennlig hilsen\nIngrid Solheim\nVestkyst Regnskap", C, F12)  # fmt: skip
    add("nb", "kansellert", ("Rekruttering Nordlys", "rekruttering@nordlys.example.no"),
        "Ditt intervju mandag",
        "Hei Alex,\n\nVi har kansellert intervjuet mandag 15. mars kl. 09.00, siden stillingen er trukket tilbake.\n\nMed vennlig hilsen\nNordlys Energi", C, M15)  # fmt: skip
    add("nb", "invitasjon_trukket", ("Håkon Dahl", "hakon.dahl@dahlbygg.example.no"),
        "Invitasjon til intervju",
        "Hei Alex,\n\nInvitasjonen til intervju fredag 19. mars kl. 13.00 er dessverre trukket tilbake, fordi vi har ansatt en intern kandidat.\n\nHilsen Håkon", C, F19)  # fmt: skip
    add("is", "verid_aflyst", ("Guðrún Jónsdóttir", "gudrun@hraun.example.is"),
        "Atvinnuviðtal",
        "Sæll Alex,\n\nÞví miður hefur viðtalinu sem átti að fara fram þriðjudaginn 9. mars kl. 14:00 verið aflýst.\n\nKveðja,\nGuðrún Jónsdóttir\nHraun ehf.", C, T9)  # fmt: skip
    add("is", "fellur_nidur", ("Starfsmannasvið Ísbor", "starf@isbor.example.is"),
        "Viðtalið á miðvikudag",
        "Sæll Alex,\n\nAtvinnuviðtalið miðvikudaginn 10. mars kl. 10:00 fellur því miður niður. Við höfum samband síðar.\n\nBestu kveðjur,\nÍsbor", C, W10)  # fmt: skip
    add("fi", "perutaan", ("Riikka Laine", "riikka.laine@kuusisto.example.fi"),
        "Haastattelu torstaina",
        "Hei Alex,\n\nValitettavasti haastattelu torstaina 11.3. klo 15.30 perutaan, koska rekrytointi on keskeytetty.\n\nYstävällisin terveisin\nRiikka Laine\nKuusisto Oy", C, H11)  # fmt: skip
    add("fi", "peruuntuu", ("Mikko Virtanen", "mikko.virtanen@saimaasoft.example.fi"),
        "Huominen",
        "Moi Alex,\n\nhuominen haastattelusi (tiistai 9.3. klo 14.00) peruuntuu, esimieheni on sairaana.\n\nTerveisin\nMikko", C, T9)  # fmt: skip
    add("fi", "on_jouduttu_perumaan", ("HR Pohjolan Kone", "hr@pohjolankone.example.fi"),
        "Työhaastattelu",
        "Hyvä Alex,\n\nTyöhaastattelu perjantaina 12.3. klo 11.00 on jouduttu perumaan. Pahoittelemme.\n\nPohjolan Kone", C, F12)  # fmt: skip
    add("et", "peame_tuhistama", ("Kadri Tamm", "kadri.tamm@laane.example.ee"),
        "Tööintervjuu",
        "Tere, Alex!\n\nKahjuks peame tühistama teie tööintervjuu, mis pidi toimuma kolmapäeval, 17. märtsil kell 14.00.\n\nLugupidamisega\nKadri Tamm\nLääne Tarkvara", C, W17)  # fmt: skip
    add("et", "jaab_ara", ("Mart Kask", "mart.kask@kaskgrupp.example.ee"),
        "Neljapäev",
        "Tere, Alex,\n\nneljapäevane vestlus (18. märts kell 15.00) jääb kahjuks ära.\n\nParimat\nMart", C, H18)  # fmt: skip
    add("lv", "nenotiks", ("Ilze Ozola", "ilze.ozola@daugava.example.lv"),
        "Pārrunas trešdien",
        "Labdien, Alex!\n\nInformējam, ka pārrunas trešdien, 10. martā, plkst. 10.00 nenotiks. Atvainojamies par sagādātajām neērtībām.\n\nAr cieņu\nIlze Ozola", C, W10)  # fmt: skip
    add("lv", "atcelam", ("Personāla daļa Baltkoks", "personals@baltkoks.example.lv"),
        "Jūsu darba intervija",
        "Labdien, Alex!\n\nMēs atceļam jūsu darba interviju ceturtdien, 11. martā, plkst. 15.30, jo vakance ir slēgta.\n\nAr cieņu\nBaltkoks", C, H11)  # fmt: skip
    add("lt", "atsaukiame", ("Rūta Kazlauskienė", "ruta@nemunas.example.lt"),
        "Darbo pokalbis",
        "Laba diena, Alex,\n\natšaukiame Jūsų darbo pokalbį, numatytą kovo 12 d. (penktadienį) 11:00.\n\nPagarbiai\nRūta Kazlauskienė", C, F12)  # fmt: skip
    add("lt", "neivyks", ("Tomas Petrauskas", "tomas@vilniustech.example.lt"),
        "Pirmadienio pokalbis",
        "Sveiki, Alex,\n\ndeja, pokalbis pirmadienį, kovo 15 d., 9:00 neįvyks.\n\nTomas", C, M15)  # fmt: skip


def slavic_balkan() -> None:
    add("sl", "odpovedan", ("Nina Kovač", "nina.kovac@savinja.example.si"),
        "Razgovor v torek",
        "Pozdravljeni,\n\nrazgovor v torek, 16. marca, ob 10.30 je žal odpovedan.\n\nLep pozdrav,\nNina Kovač", C, T16)  # fmt: skip
    add("sl", "odpade", ("Kadrovska služba Triglav", "kadri@triglavles.example.si"),
        "Vaš razgovor",
        "Spoštovani,\n\nobveščamo vas, da razgovor v sredo, 17. marca, ob 14.00 odpade.\n\nLep pozdrav,\nTriglav Les", C, W17)  # fmt: skip
    add("hr", "otkazujemo", ("Ivana Horvat", "ivana.horvat@jadranit.example.hr"),
        "Razgovor za posao",
        "Poštovani,\n\nnažalost otkazujemo razgovor za posao zakazan za četvrtak, 18. ožujka u 15 sati.\n\nLijep pozdrav,\nIvana Horvat", C, H18)  # fmt: skip
    add("hr", "nece_se_odrzati", ("Marko Babić", "marko.babic@slavonija.example.hr"),
        "Intervju u utorak",
        "Pozdrav Alex,\n\nintervju u utorak, 9. ožujka u 14:00 neće se održati.\n\nMarko", C, T9)  # fmt: skip
    add("sr", "otkazan_cir", ("Јелена Петровић", "jelena@dunavsoft.example.rs"),
        "Интервју у среду",
        "Поштовани,\n\nнажалост, интервју заказан за среду, 10. март у 10 часова, је отказан.\n\nСрдачан поздрав,\nЈелена Петровић", C, W10)  # fmt: skip
    add("sr", "moramo_da_otkazemo", ("Nikola Ilić", "nikola.ilic@sava.example.rs"),
        "Razgovor u četvrtak",
        "Zdravo Alex,\n\nmoramo da otkažemo razgovor u četvrtak, 11. marta u 15.30. Izvinite zbog kratkog roka.\n\nNikola", C, H11)  # fmt: skip
    add("bs", "moramo_otkazati", ("Amra Hadžić", "amra.hadzic@bosnaprom.example.ba"),
        "Intervju u petak",
        "Poštovani,\n\nnažalost moramo otkazati intervju u petak, 12. marta u 11:00 sati.\n\nSrdačan pozdrav,\nAmra Hadžić", C, F12)  # fmt: skip
    add("mk", "otkazano", ("Елена Стојанова", "elena@vardar.example.mk"),
        "Интервју",
        "Почитувани,\n\nинтервјуто закажано за понеделник, 15 март во 9 часот, е откажано.\n\nСо почит,\nЕлена Стојанова", C, M15)  # fmt: skip
    add("mk", "nema_da_se_odrzi", ("Горан Трајков", "goran@ohridtex.example.mk"),
        "Разговор во вторник",
        "Здраво Алекс,\n\nза жал, разговорот во вторник, 16 март во 10:30 часот нема да се одржи.\n\nГоран", C, T16)  # fmt: skip
    add("bg", "otmenyame", ("Мария Иванова", "maria.ivanova@rilasoft.example.bg"),
        "Интервю в сряда",
        "Здравейте, Алекс,\n\nза съжаление отменяме интервюто в сряда, 17 март, от 14:00 ч.\n\nПоздрави,\nМария Иванова", C, W17)  # fmt: skip
    add("bg", "nyama_da_se_provede", ("ЧР Балкан Транс", "hr@balkantrans.example.bg"),
        "Среща в четвъртък",
        "Здравейте,\n\nсрещата в четвъртък, 18 март, в 15:00 ч. няма да се проведе.\n\nПоздрави,\nБалкан Транс", C, H18)  # fmt: skip
    add("sq", "anuluar", ("Elira Hoxha", "elira.hoxha@adriatik.example.al"),
        "Intervista e së martës",
        "Përshëndetje Alex,\n\nintervista e së martës, 9 mars, në orën 14:00 është anuluar.\n\nMe respekt,\nElira Hoxha", C, T9)  # fmt: skip
    add("sq", "duhet_ta_anulojme", ("Arben Krasniqi", "arben@dardania.example.al"),
        "Takimi",
        "Përshëndetje Alex,\n\nna vjen keq, por duhet ta anulojmë takimin e së mërkurës, 10 mars, në orën 10:00.\n\nArben", C, W10)  # fmt: skip
    add("sk", "musime_zrusit", ("Zuzana Horváthová", "zuzana@tatrasoft.example.sk"),
        "Pohovor vo štvrtok",
        "Dobrý deň,\n\nmusíme zrušiť pohovor vo štvrtok 18. marca o 15:00.\n\nS pozdravom\nZuzana Horváthová", C, H18)  # fmt: skip
    add("sk", "neuskutocni", ("Personálne oddelenie Váh", "hr@vah.example.sk"),
        "Pohovor",
        "Dobrý deň,\n\npohovor v utorok 9. marca o 14:00 sa neuskutoční.\n\nS pozdravom\nVáh a.s.", C, T9)  # fmt: skip
    add("cs", "rusime", ("Petra Nováková", "petra.novakova@vltava.example.cz"),
        "Pohovor ve středu",
        "Dobrý den,\n\nbohužel rušíme pohovor ve středu 10. března v 10:00.\n\nS pozdravem\nPetra Nováková", C, W10)  # fmt: skip
    add("cs", "je_zrusena", ("Jan Dvořák", "jan.dvorak@brnotech.example.cz"),
        "Schůzka",
        "Dobrý den,\n\nschůzka ve čtvrtek 11. března v 15:30 je zrušena.\n\nJan Dvořák", C, H11)  # fmt: skip
    add("ro", "anulam", ("Andreea Popa", "andreea.popa@carpati.example.ro"),
        "Interviul de joi",
        "Bună ziua, Alex,\n\ndin păcate, anulăm interviul de joi, 11 martie, de la ora 15:30.\n\nCu stimă,\nAndreea Popa", C, H11)  # fmt: skip
    add("ro", "nu_va_mai_avea_loc", ("Resurse Umane Dunărea", "hr@dunarea.example.ro"),
        "Interviu",
        "Bună ziua,\n\ninterviul programat vineri, 12 martie, la ora 11:00 nu va mai avea loc.\n\nCu stimă,\nDunărea SRL", C, F12)  # fmt: skip
    add("hu", "elmarad", ("Kiss Eszter", "kiss.eszter@balaton.example.hu"),
        "Interjú hétfőn",
        "Kedves Alex!\n\nSajnos a március 15-i, hétfő 9:00-kor kezdődő interjú elmarad.\n\nÜdvözlettel:\nKiss Eszter", C, M15)  # fmt: skip
    add("hu", "le_kell_mondanunk", ("HR Tisza Kft.", "hr@tisza.example.hu"),
        "Állásinterjú",
        "Kedves Alex!\n\nSajnálattal értesítjük, hogy a március 16-án, kedden 10:30-ra tervezett állásinterjút le kell mondanunk.\n\nÜdvözlettel:\nTisza Kft.", C, T16)  # fmt: skip
    add("hu", "toroltuk", ("Nagy Péter", "nagy.peter@dunasoft.example.hu"),
        "Időpont",
        "Szia Alex!\n\nA március 17-i (szerda) 14:00-s interjúidőpontot töröltük, mert a pozíciót betöltöttük.\n\nPéter", C, W17)  # fmt: skip
    add("el", "akyronetai", ("Μαρία Παπαδοπούλου", "maria@aegeansoft.example.gr"),
        "Συνέντευξη Παρασκευής",
        "Καλημέρα Alex,\n\nη συνέντευξη της Παρασκευής 12 Μαρτίου στις 11:00 ακυρώνεται.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου", C, F12)  # fmt: skip
    add("el", "prepei_na_akyrosoume", ("Νίκος Γεωργίου", "nikos@olympus.example.gr"),
        "Συνάντηση Δευτέρας",
        "Γεια σας,\n\nδυστυχώς πρέπει να ακυρώσουμε τη συνάντηση της Δευτέρας 15 Μαρτίου στις 9:00.\n\nΝίκος", C, M15)  # fmt: skip
    add("el", "den_tha_pragmatopoiithei", ("Τμήμα Προσωπικού Κρήτη", "hr@kriti.example.gr"),
        "Συνέντευξη",
        "Αγαπητέ Alex,\n\nη συνέντευξη την Τρίτη 16 Μαρτίου στις 10:30 δεν θα πραγματοποιηθεί.\n\nΚρήτη Α.Ε.", C, T16)  # fmt: skip


def caucasus_asia() -> None:
    add("tr", "iptal_ediyoruz", ("Ayşe Yılmaz", "ayse.yilmaz@bosfor.example.com.tr"),
        "Görüşmeniz hakkında",
        "Merhaba Alex,\n\n17 Mart Çarşamba saat 14:00'teki görüşmenizi iptal ediyoruz. Pozisyon askıya alındı.\n\nSaygılarımla,\nAyşe Yılmaz", C, W17)  # fmt: skip
    add("tr", "yapilmayacak", ("İK Ege Gıda", "ik@egegida.example.com.tr"),
        "Mülakat",
        "Sayın Alex,\n\n18 Mart Perşembe günü saat 15:00'te planlanan mülakat yapılmayacaktır.\n\nEge Gıda İK", C, H18)  # fmt: skip
    add("az", "legv_olunub", ("Leyla Məmmədova", "leyla@xezer.example.az"),
        "Müsahibə",
        "Salam Alex,\n\n9 mart, çərşənbə axşamı saat 14:00-da keçiriləcək müsahibə ləğv olunub.\n\nHörmətlə,\nLeyla Məmmədova", C, T9)  # fmt: skip
    add("az", "kecirilmeyecek", ("Rəşad Əliyev", "reshad@qafqaz.example.az"),
        "Görüş",
        "Salam Alex,\n\n10 mart, çərşənbə günü saat 10:00-da planlaşdırılan müsahibə keçirilməyəcək.\n\nRəşad", C, W10)  # fmt: skip
    add("ka", "gauqmda", ("ნინო ბერიძე", "nino@mtkvari.example.ge"),
        "გასაუბრება",
        "გამარჯობა, ალექს,\n\nსამწუხაროდ, 11 მარტს, ხუთშაბათს, 15:30 საათზე დაგეგმილი გასაუბრება გაუქმდა.\n\nპატივისცემით,\nნინო ბერიძე", C, H11)  # fmt: skip
    add("ka", "gavauqmot", ("გიორგი კაპანაძე", "giorgi@kavkasia.example.ge"),
        "პარასკევის გასაუბრება",
        "გამარჯობა, ალექს,\n\nიძულებულნი ვართ, გავაუქმოთ 12 მარტს, პარასკევს, 11:00 საათზე დანიშნული გასაუბრება.\n\nგიორგი", C, F12)  # fmt: skip
    add("hy", "chegharkvel_e", ("Անի Սարգսյան", "ani@ararat.example.am"),
        "Հարցազրույց",
        "Բարև Ձեզ, Ալեքս,\n\nՑավոք, մարտի 15-ին, երկուշաբթի, ժամը 9:00-ին նախատեսված հարցազրույցը չեղարկվել է։\n\nՀարգանքով՝\nԱնի Սարգսյան", C, M15)  # fmt: skip
    add("hy", "tegi_chi_unena", ("Արմեն Հակոբյան", "armen@sevan.example.am"),
        "Հանդիպում",
        "Բարև, Ալեքս,\n\nմարտի 16-ին, ժամը 10:30-ին նշանակված հարցազրույցը տեղի չի ունենա։\n\nԱրմեն", C, T16)  # fmt: skip
    add("kk", "otpeydi", ("Айгүл Сейітова", "aigul@dala.example.kz"),
        "Сұхбат",
        "Сәлеметсіз бе, Алекс!\n\nӨкінішке орай, 17 наурыз, сәрсенбі, сағат 14:00-де жоспарланған сұхбат өтпейді.\n\nҚұрметпен,\nАйгүл Сейітова", C, W17)  # fmt: skip
    add("uz", "bekor_qilindi", ("Dilnoza Karimova", "dilnoza@samarqand.example.uz"),
        "Suhbat",
        "Assalomu alaykum, Alex!\n\nAfsuski, 18-mart, payshanba kuni soat 15:00 da rejalashtirilgan suhbat bekor qilindi.\n\nHurmat bilan,\nDilnoza Karimova", C, H18)  # fmt: skip
    add("uz", "bekor_qilishga_majburmiz", ("Jasur Toshmatov", "jasur@buxoro.example.uz"),
        "Seshanba kungi suhbat",
        "Salom, Alex!\n\n9-mart, seshanba kuni soat 14:00 dagi suhbatni bekor qilishga majburmiz.\n\nJasur", C, T9)  # fmt: skip
    add("fa", "laghv_mishavad", ("سارا محمدی", "sara@alborz.example.ir"),
        "مصاحبه",
        "سلام الکس،\n\nمصاحبهٔ روز چهارشنبه ۱۰ مارس ۲۰۲۷ ساعت ۱۰:۰۰ لغو می‌شود.\n\nبا احترام،\nسارا محمدی", C, W10)  # fmt: skip
    add("fa", "bargozar_nakhahad_shod", ("منابع انسانی زاگرس", "hr@zagros.example.ir"),
        "جلسه مصاحبه",
        "سلام،\n\nجلسهٔ مصاحبه در روز پنجشنبه ۱۱ مارس ۲۰۲۷ ساعت ۱۵:۳۰ برگزار نخواهد شد.\n\nزاگرس", C, H11)  # fmt: skip
    add("he", "mevutal", ("נועה לוי", "noa@galil.example.co.il"),
        "ראיון ביום שישי",
        "שלום אלכס,\n\nהראיון שנקבע ליום שישי, 12 במרץ, בשעה 11:00 מבוטל.\n\nבברכה,\nנועה לוי", C, F12)  # fmt: skip
    add("he", "lo_yitkayem", ("משאבי אנוש כרמל", "hr@carmel.example.co.il"),
        "ראיון עבודה",
        "שלום אלכס,\n\nלצערנו הראיון ביום שני, 15 במרץ, בשעה 9:00 לא יתקיים.\n\nכרמל", C, M15)  # fmt: skip
    add("ar", "ulghiyat", ("منى حسن", "mona.hassan@nile.example.eg"),
        "بخصوص المقابلة",
        "مرحبًا أليكس،\n\nنأسف لإبلاغك بأن المقابلة المقررة يوم الثلاثاء 16 مارس 2027 الساعة 10:30 صباحًا قد أُلغيت.\n\nمع التحية،\nمنى حسن", C, T16)  # fmt: skip
    add("ar", "lan_tuqad", ("الموارد البشرية دلتا", "hr@delta.example.eg"),
        "المقابلة",
        "مرحبًا أليكس،\n\nالمقابلة يوم الأربعاء 17 مارس 2027 الساعة 2:00 ظهرًا لن تُعقد.\n\nدلتا", C, W17)  # fmt: skip
    add("hi", "radd_kar_diya", ("प्रिया शर्मा", "priya@gangasoft.example.in"),
        "साक्षात्कार",
        "नमस्ते एलेक्स,\n\nगुरुवार, 18 मार्च को दोपहर 3:00 बजे होने वाला आपका साक्षात्कार रद्द कर दिया गया है।\n\nधन्यवाद,\nप्रिया शर्मा", C, H18)  # fmt: skip
    add("hi", "nahi_hoga", ("राहुल वर्मा", "rahul@yamuna.example.in"),
        "इंटरव्यू",
        "नमस्ते एलेक्स,\n\nहमें खेद है कि मंगलवार, 9 मार्च को दोपहर 2:00 बजे का इंटरव्यू अब नहीं होगा।\n\nराहुल", C, T9)  # fmt: skip
    add("ur", "mansookh", ("عائشہ خان", "ayesha@indus.example.pk"),
        "انٹرویو",
        "السلام علیکم الیکس،\n\nبدھ 10 مارچ کو صبح 10:00 بجے ہونے والا انٹرویو منسوخ کر دیا گیا ہے۔\n\nعائشہ خان", C, W10)  # fmt: skip
    add("ur", "mansookh_karna_parr", ("بلال احمد", "bilal@ravi.example.pk"),
        "جمعرات کا انٹرویو",
        "السلام علیکم الیکس،\n\nہمیں جمعرات 11 مارچ کو سہ پہر 3:30 بجے کا انٹرویو منسوخ کرنا پڑ رہا ہے۔\n\nبلال", C, H11)  # fmt: skip
    add("bn", "batil_kora_hoyeche", ("তানিয়া রহমান", "tania@padma.example.bd"),
        "সাক্ষাৎকার",
        "প্রিয় অ্যালেক্স,\n\nদুঃখের সাথে জানাচ্ছি যে শুক্রবার, ১২ মার্চ সকাল ১১:০০টার সাক্ষাৎকারটি বাতিল করা হয়েছে।\n\nতানিয়া রহমান", C, F12)  # fmt: skip
    add("bn", "onushthito_hobe_na", ("মানবসম্পদ যমুনা", "hr@jamuna.example.bd"),
        "সাক্ষাৎকার সোমবার",
        "প্রিয় অ্যালেক্স,\n\nসোমবার, ১৫ মার্চ সকাল ৯:০০টায় নির্ধারিত সাক্ষাৎকার অনুষ্ঠিত হবে না।\n\nযমুনা", C, M15)  # fmt: skip


def southeast_asia_africa() -> None:
    add("sw", "hayatafanyika", ("Amina Mwangi", "amina@savanna.example.co.ke"),
        "Mahojiano",
        "Habari Alex,\n\nTunasikitika kukujulisha kwamba mahojiano yako ya Jumanne, tarehe 16 Machi, saa 4:30 asubuhi hayatafanyika.\n\nWako,\nAmina Mwangi", C, T16)  # fmt: skip
    add("sw", "tumelazimika_kughairi", ("Baraka Otieno", "baraka@kilima.example.co.ke"),
        "Mahojiano ya Jumatano",
        "Habari Alex,\n\nTumelazimika kughairi mahojiano ya Jumatano, tarehe 17 Machi, saa 14:00.\n\nBaraka", C, W17)  # fmt: skip
    add("sw", "usaili_umesitishwa", ("Rasilimali Watu Pwani", "hr@pwani.example.co.tz"),
        "Usaili",
        "Ndugu Alex,\n\nUsaili wako wa Alhamisi tarehe 18 Machi saa 9:00 alasiri umesitishwa.\n\nPwani Ltd", C, H18)  # fmt: skip
    add("zu", "ikhanseliwe", ("Nomsa Dlamini", "nomsa@thekwini.example.co.za"),
        "Inhlolokhono",
        "Sawubona Alex,\n\nNgiyaxolisa ukukwazisa ukuthi inhlolokhono yakho yangoLwesibili, zingu-9 kuNdasa ngo-14:00, ikhanseliwe.\n\nNomsa Dlamini", C, T9)  # fmt: skip
    add("zu", "kumele_sikhansele", ("Sipho Zulu", "sipho@mgungundlovu.example.co.za"),
        "Umhlangano",
        "Sawubona Alex,\n\nKumele sikhansele inhlolokhono yangoLwesithathu, zingu-10 kuNdasa ngo-10:00.\n\nSipho", C, W10)  # fmt: skip
    add("ms", "tidak_akan_diadakan", ("Nurul Aisyah", "nurul@seri.example.com.my"),
        "Temu duga",
        "Salam Alex,\n\nTemu duga pada hari Khamis, 11 Mac 2027, jam 3.30 petang tidak akan diadakan.\n\nTerima kasih,\nNurul Aisyah", C, H11)  # fmt: skip
    add("ms", "terpaksa_membatalkan", ("Sumber Manusia Langkawi", "hr@langkawi.example.com.my"),
        "Sesi temu duga",
        "Salam Alex,\n\nKami terpaksa membatalkan sesi temu duga anda pada hari Jumaat, 12 Mac 2027, jam 11.00 pagi.\n\nLangkawi Sdn Bhd", C, F12)  # fmt: skip
    add("id", "ditiadakan", ("Dewi Lestari", "dewi@nusantara.example.co.id"),
        "Wawancara",
        "Halo Alex,\n\nWawancara pada hari Senin, 15 Maret 2027 pukul 09.00 ditiadakan.\n\nSalam,\nDewi Lestari", C, M15)  # fmt: skip
    add("id", "tidak_jadi", ("Budi Santoso", "budi@merapi.example.co.id"),
        "Wawancara kerja",
        "Halo Alex,\n\nMohon maaf, wawancara kerja Anda hari Selasa, 16 Maret 2027 pukul 10.30 tidak jadi dilaksanakan.\n\nBudi", C, T16)  # fmt: skip
    add("fil", "hindi_matutuloy", ("Maria Santos", "maria@bayanihan.example.ph"),
        "Interview mo",
        "Hi Alex,\n\nPasensya na, hindi na matutuloy ang interview mo sa Miyerkules, Marso 17, alas-2 ng hapon.\n\nMaria", C, W17)  # fmt: skip
    add("fil", "kanselahin", ("HR Luzon Corp", "hr@luzon.example.ph"),
        "Interview",
        "Magandang araw Alex,\n\nKinakailangan naming kanselahin ang iyong interview sa Huwebes, Marso 18, alas-3 ng hapon.\n\nLuzon Corp", C, H18)  # fmt: skip
    add("vi", "huy_bo", ("Nguyễn Thị Lan", "lan@songhong.example.vn"),
        "Phỏng vấn",
        "Chào Alex,\n\nBuổi phỏng vấn lúc 14:00 thứ Ba, ngày 9/3/2027 đã được huỷ bỏ.\n\nTrân trọng,\nNguyễn Thị Lan", C, T9)  # fmt: skip
    add("vi", "khong_dien_ra", ("Trần Văn Minh", "minh@mekong.example.vn"),
        "Buổi phỏng vấn",
        "Chào Alex,\n\nRất tiếc, buổi phỏng vấn vào 10:00 thứ Tư, ngày 10/3/2027 sẽ không diễn ra.\n\nMinh", C, W10)  # fmt: skip
    add("th", "ngot_sampat", ("สมศรี ใจดี", "somsri@chaophraya.example.co.th"),
        "การสัมภาษณ์",
        "เรียน คุณอเล็กซ์\n\nทางบริษัทขอแจ้งงดการสัมภาษณ์ในวันพฤหัสบดีที่ 11 มีนาคม 2570 เวลา 15.30 น.\n\nขอแสดงความนับถือ\nสมศรี ใจดี", C, H11)  # fmt: skip
    add("th", "yok_loek", ("ฝ่ายบุคคล สยาม", "hr@siam.example.co.th"),
        "นัดสัมภาษณ์",
        "เรียน คุณอเล็กซ์\n\nขออภัย บริษัทจำเป็นต้องยกเลิกการสัมภาษณ์ในวันศุกร์ที่ 12 มีนาคม 2570 เวลา 11.00 น.\n\nฝ่ายบุคคล", C, F12)  # fmt: skip
    add("km", "lup_chol", ("សុខ ចាន់ធី", "chanthy@mekong.example.com.kh"),
        "ការសម្ភាសន៍",
        "ជម្រាបសួរ Alex\n\nការសម្ភាសន៍ការងារនៅថ្ងៃចន្ទ ទី15 ខែមីនា ឆ្នាំ2027 ម៉ោង 9:00 ត្រូវបានលុបចោល។\n\nសុខ ចាន់ធី", C, M15)  # fmt: skip
    add("km", "min_prapreut", ("ផ្នែកធនធានមនុស្ស អង្គរ", "hr@angkor.example.com.kh"),
        "ការសម្ភាសន៍ថ្ងៃអង្គារ",
        "ជម្រាបសួរ Alex\n\nការសម្ភាសន៍នៅថ្ងៃអង្គារ ទី16 ខែមីនា ឆ្នាំ2027 ម៉ោង 10:30 នឹងមិនប្រព្រឹត្តទៅទេ។\n\nអង្គរ", C, T16)  # fmt: skip


def west_iberia_east() -> None:
    add("ca", "queda_anullada", ("Laia Puig", "laia.puig@montseny.example.cat"),
        "Entrevista de dijous",
        "Bon dia, Alex,\n\nl'entrevista de dijous 18 de març a les 15 h queda anul·lada.\n\nSalutacions,\nLaia Puig", C, H18)  # fmt: skip
    add("ca", "hem_de_cancellar", ("Jordi Vila", "jordi.vila@delta-ebre.example.cat"),
        "L'entrevista",
        "Hola, Alex,\n\nus escric per dir-vos que hem de cancel·lar l'entrevista de dimarts 9 de març a les 14.00 h.\n\nJordi", C, T9)  # fmt: skip
    add("ca", "no_es_fara", ("RRHH Garrotxa", "rrhh@garrotxa.example.cat"),
        "Reunió de dimecres",
        "Hola, Alex,\n\nla reunió de dimecres 10 de març a les 10 h no es farà.\n\nGarrotxa", C, W10)  # fmt: skip
    add("gl", "non_tera_lugar", ("Uxía Castro", "uxia@rias.example.gal"),
        "Entrevista do xoves",
        "Ola Alex,\n\na entrevista do xoves 11 de marzo ás 15:30 non terá lugar.\n\nUn saúdo,\nUxía Castro", C, H11)  # fmt: skip
    add("gl", "foi_anulada", ("Brais Otero", "brais@mino.example.gal"),
        "Entrevista",
        "Ola Alex,\n\ncomunicámosche que a entrevista do venres 12 de marzo ás 11:00 foi anulada.\n\nBrais", C, F12)  # fmt: skip
    add("eu", "gelditu_da", ("Ane Etxeberria", "ane@urdaibai.example.eus"),
        "Elkarrizketa",
        "Kaixo Alex,\n\nmartxoaren 15eko, asteleheneko 9:00etako elkarrizketa bertan behera gelditu da.\n\nAne", C, M15)  # fmt: skip
    add("eu", "ezeztatu_behar", ("Giza Baliabideak Txingudi", "gb@txingudi.example.eus"),
        "Elkarrizketa asteartean",
        "Kaixo Alex,\n\nsentitzen dugu, baina martxoaren 16ko, asteartearen 10:30eko elkarrizketa ezeztatu behar izan dugu.\n\nTxingudi", C, T16)  # fmt: skip
    add("cy", "rhaid_ganslo", ("Siân Jones", "sian.jones@eryri.example.cymru"),
        "Cyfweliad",
        "Annwyl Alex,\n\nMae'n ddrwg gen i, ond mae'n rhaid i ni ganslo'r cyfweliad ddydd Mercher 17 Mawrth am 14:00.\n\nCofion,\nSiân Jones", C, W17)  # fmt: skip
    add("cy", "ni_fydd", ("Adnoddau Dynol Teifi", "ad@teifi.example.cymru"),
        "Cyfweliad dydd Iau",
        "Annwyl Alex,\n\nNi fydd y cyfweliad ddydd Iau 18 Mawrth am 15:00 yn mynd yn ei flaen.\n\nTeifi", C, H18)  # fmt: skip
    add("ga", "curtha_ar_ceal", ("Aoife Ní Bhriain", "aoife@connacht.example.ie"),
        "Agallamh",
        "A Alex, a chara,\n\nIs oth linn a chur in iúl duit go bhfuil an t-agallamh Dé Máirt, 9 Márta ag 14:00 curtha ar ceal.\n\nLe meas,\nAoife Ní Bhriain", C, T9)  # fmt: skip
    add("ga", "ni_bheidh_ar_siul", ("Seán Ó Murchú", "sean@laighin.example.ie"),
        "Agallamh Dé Céadaoin",
        "A Alex, a chara,\n\nNí bheidh an t-agallamh Dé Céadaoin, 10 Márta ag 10:00 ar siúl.\n\nSeán", C, W10)  # fmt: skip
    add("en-GB", "invitation_withdrawn", ("Harriet Cole", "harriet.cole@fenwick.example.co.uk"),
        "Your interview with Fenwick Partners",
        "Dear Alex,\n\nI'm sorry to tell you that our invitation to interview on Thursday 11 March at 15:30 has been withdrawn, as the role has been put on hold.\n\nKind regards,\nHarriet Cole", C, H11)  # fmt: skip
    add("ja", "chushi_to_sasete", ("株式会社あおば 採用担当", "saiyo@aoba.example.jp"),
        "面接について",
        "アレックス・モーガン様\n\n3月11日（木）15:30からの面接は、中止とさせていただきます。\n\n採用担当 田中", C, H11)  # fmt: skip
    add("ja", "toriyame", ("鈴木 美咲", "suzuki@kaede.example.jp"),
        "面談の件",
        "モーガン様\n\n3月12日（金）11時の面談は取りやめとなりました。申し訳ございません。\n\n鈴木", C, F12)  # fmt: skip
    add("ja", "cancel_itashimasu", ("株式会社みずほ工業 人事部", "jinji@mizuho-kogyo.example.jp"),
        "面接日程",
        "アレックス様\n\n誠に勝手ながら、3月15日（月）9:00の面接をキャンセルいたします。\n\n人事部", C, M15)  # fmt: skip
    add("ko", "chwiso_hage_doeeot", ("김지현", "jihyun@hangang.example.kr"),
        "면접 안내",
        "알렉스 님,\n\n3월 16일(화) 오전 10시 30분 면접을 취소하게 되었습니다.\n\n김지현 드림", C, T16)  # fmt: skip
    add("ko", "chwiso_hamnida", ("인사팀 한라", "hr@halla.example.kr"),
        "면접 일정",
        "알렉스 님,\n\n3월 17일(수) 오후 2시로 예정된 면접을 부득이하게 취소합니다.\n\n한라 인사팀", C, W17)  # fmt: skip
    add("zh", "budebu_quxiao", ("王丽", "wangli@changjiang.example.cn"),
        "面试通知",
        "Alex您好，\n\n很抱歉，我们不得不取消原定于3月18日（周四）下午3点的面试。\n\n王丽", C, H18)  # fmt: skip
    add("zh", "jueding_quxiao", ("人事部 黄河科技", "hr@huanghe.example.cn"),
        "面试安排",
        "Alex您好，\n\n公司决定取消3月10日（周三）上午10点的面试。\n\n黄河科技人事部", C, W10)  # fmt: skip
    add("zh-TW", "wufa_juxing", ("陳怡君", "chen@yushan.example.tw"),
        "面試",
        "Alex 您好：\n\n原訂3月9日（週二）下午2點的面試將無法舉行。\n\n陳怡君", C, T9)  # fmt: skip


def moves() -> None:
    move = "reschedule"
    add("sv", "flyttas", ("Karin Lund", "karin.lund@nordvikdata.example.se"),
        "Ny tid för intervjun",
        "Hej Alex,\n\nIntervjun tisdag 9 mars kl. 14.00 flyttas till torsdag 11 mars kl. 15.30. Hoppas att det passar.\n\nKarin", move, H11)  # fmt: skip
    add("da", "flyttet", ("Mette Holm", "mette.holm@fjordkonsult.example.dk"),
        "Ændret tidspunkt",
        "Kære Alex\n\nVi har flyttet din samtale fra onsdag den 10. marts kl. 10.00 til fredag den 12. marts kl. 11.00.\n\nVenlig hilsen\nMette", move, F12)  # fmt: skip
    add("fi", "siirretaan", ("Riikka Laine", "riikka.laine@kuusisto.example.fi"),
        "Haastattelun uusi aika",
        "Hei Alex,\n\nhaastattelu siirretään tiistailta 9.3. klo 14 maanantaille 15.3. klo 9.00.\n\nRiikka", move, M15)  # fmt: skip
    add("hu", "athelyezzuk", ("Kiss Eszter", "kiss.eszter@balaton.example.hu"),
        "Interjú új időpontja",
        "Kedves Alex!\n\nA március 10-i interjút áthelyezzük március 16-ra, keddre, 10:30-ra.\n\nÜdvözlettel:\nKiss Eszter", move, T16)  # fmt: skip
    add("ro", "reprogramat", ("Andreea Popa", "andreea.popa@carpati.example.ro"),
        "Interviu reprogramat",
        "Bună ziua, Alex,\n\ninterviul de marți, 9 martie, a fost reprogramat pentru miercuri, 17 martie, la ora 14:00.\n\nCu stimă,\nAndreea", move, W17)  # fmt: skip
    add("el", "metaferetai", ("Μαρία Παπαδοπούλου", "maria@aegeansoft.example.gr"),
        "Αλλαγή ώρας συνέντευξης",
        "Καλημέρα Alex,\n\nη συνέντευξη της Τετάρτης 10 Μαρτίου μεταφέρεται την Πέμπτη 18 Μαρτίου στις 15:00.\n\nΜαρία", move, H18)  # fmt: skip
    add("tr", "ertelendi", ("Ayşe Yılmaz", "ayse.yilmaz@bosfor.example.com.tr"),
        "Görüşme tarihi değişikliği",
        "Merhaba Alex,\n\n9 Mart Salı günkü görüşmeniz 19 Mart Cuma saat 13:00'e ertelendi.\n\nAyşe", move, F19)  # fmt: skip
    add("ca", "ajornada", ("Laia Puig", "laia.puig@montseny.example.cat"),
        "Canvi d'hora",
        "Hola, Alex,\n\nl'entrevista de dijous 11 de març s'ha ajornat: ara serà dilluns 22 de març a les 11.30 h.\n\nLaia", move, M22)  # fmt: skip
    add("ja", "henko", ("株式会社あおば 採用担当", "saiyo@aoba.example.jp"),
        "面接日程変更のお願い",
        "アレックス・モーガン様\n\n3月9日（火）14:00の面接を、3月12日（金）11:00に変更させていただきます。\n\n採用担当 田中", move, F12)  # fmt: skip
    add("hr", "pomaknut", ("Ivana Horvat", "ivana.horvat@jadranit.example.hr"),
        "Novi termin razgovora",
        "Poštovani,\n\nrazgovor je pomaknut s utorka, 9. ožujka na srijedu, 17. ožujka u 14 sati.\n\nIvana", move, W17)  # fmt: skip


def controls() -> None:
    inv = "invitation"
    add("sv", "om_du_behover_avboka", ("Karin Lund", "karin.lund@nordvikdata.example.se"),
        "Inbjudan till intervju",
        "Hej Alex,\n\nVälkommen på intervju tisdag 16 mars kl. 10.30 på vårt kontor på Sveavägen 12. Om du behöver avboka, svara bara på det här mejlet.\n\nVänliga hälsningar\nKarin Lund\nNordvik Data", inv, T16)  # fmt: skip
    add("fi", "jos_joudut_perumaan", ("Riikka Laine", "riikka.laine@kuusisto.example.fi"),
        "Kutsu työhaastatteluun",
        "Hei Alex,\n\nkutsumme sinut työhaastatteluun keskiviikkona 17.3. klo 14.00 toimistollemme. Jos joudut perumaan, ilmoitathan siitä viimeistään päivää ennen.\n\nTerveisin\nRiikka Laine", inv, W17)  # fmt: skip
    add("hu", "amennyiben_le_kell_mondania", ("Kiss Eszter", "kiss.eszter@balaton.example.hu"),
        "Meghívó állásinterjúra",
        "Kedves Alex!\n\nSzeretettel meghívjuk állásinterjúra március 18-án, csütörtökön 15:00-kor budapesti irodánkba. Amennyiben le kell mondania az időpontot, kérjük, jelezze válaszlevélben.\n\nÜdvözlettel:\nKiss Eszter", inv, H18)  # fmt: skip
    add("ca", "si_heu_de_cancellar", ("Jordi Vila", "jordi.vila@delta-ebre.example.cat"),
        "Convocatòria d'entrevista",
        "Hola, Alex,\n\net convidem a una entrevista el divendres 19 de març a les 13 h a la nostra oficina de Tortosa. Si l'has de cancel·lar, respon aquest correu.\n\nJordi", inv, F19)  # fmt: skip
    add("ja", "cancel_no_baai", ("株式会社みずほ工業 人事部", "jinji@mizuho-kogyo.example.jp"),
        "面接のご案内",
        "アレックス様\n\n書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n日時：3月22日（月）11:30\n場所：本社3階 会議室B\n\nキャンセルの場合は、前日までにご連絡ください。\n\n人事部", inv, M22)  # fmt: skip
    add("tr", "iptal_etmek_icin", ("İK Ege Gıda", "ik@egegida.example.com.tr"),
        "Mülakat davetiniz",
        "Sayın Alex,\n\n16 Mart Salı günü saat 10:30'da İzmir ofisimizde yapılacak mülakata davetlisiniz.\n\nİptal etmek veya değiştirmek için bu e-postayı yanıtlayın.\n\nEge Gıda İK", inv, T16)  # fmt: skip
    add("ms", "jika_perlu_membatalkan", ("Nurul Aisyah", "nurul@seri.example.com.my"),
        "Jemputan temu duga",
        "Salam Alex,\n\nAnda dijemput menghadiri temu duga pada hari Rabu, 17 Mac 2027, jam 2.00 petang di pejabat kami. Jika anda perlu membatalkan, sila balas e-mel ini.\n\nNurul Aisyah", inv, W17)  # fmt: skip
    add("el", "politiki_akyrosis", ("Τμήμα Προσωπικού Κρήτη", "hr@kriti.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "Αγαπητέ Alex,\n\nσας προσκαλούμε σε συνέντευξη την Πέμπτη 18 Μαρτίου στις 15:00 στα γραφεία μας στο Ηράκλειο. Αν χρειαστεί να ακυρώσετε, ενημερώστε μας τουλάχιστον 24 ώρες νωρίτερα.\n\nΚρήτη Α.Ε.", inv, H18)  # fmt: skip
    add("id", "kebijakan_pembatalan", ("Dewi Lestari", "dewi@nusantara.example.co.id"),
        "Undangan wawancara",
        "Halo Alex,\n\nKami mengundang Anda untuk wawancara pada hari Jumat, 19 Maret 2027 pukul 13.00 di kantor kami, Jl. Sudirman 21. Apabila Anda perlu membatalkan, mohon kabari kami paling lambat sehari sebelumnya.\n\nSalam,\nDewi", inv, F19)  # fmt: skip
    add("da", "afbud_link", ("HR Kystbyg", "hr@kystbyg.example.dk"),
        "Invitation til jobsamtale",
        "Hej Alex\n\nVi vil gerne invitere dig til jobsamtale mandag den 15. marts kl. 9.00 på vores kontor i Aarhus.\n\nHvis du bliver forhindret, kan du melde afbud ved at svare på denne mail.\n\nMed venlig hilsen\nSofie Lund, HR", inv, M15)  # fmt: skip
    add("zh", "ruxu_quxiao", ("人事部 黄河科技", "hr@huanghe.example.cn"),
        "面试邀请",
        "Alex您好，\n\n诚邀您参加3月16日（周二）上午10:30的面试，地点：北京市海淀区中关村大街8号。如需取消，请提前一天回复本邮件。\n\n黄河科技人事部", inv, T16)  # fmt: skip


BUILDERS = [
    nordic_baltic,
    slavic_balkan,
    caucasus_asia,
    southeast_asia_africa,
    west_iberia_east,
    moves,
    controls,
]

FIRST_SIGHT_FIGURES = (
    "First sight (main at 24f41fed with this batch, before any parser change): dev "
    "cancellations 68: read as cancellation 3, held sure (>= 0.5) as an invitation 53, slot "
    "right 66; dev moves 9: kind right 7, slot right and sure 9; dev controls 9: invitation 8, "
    "sure 8 (the ja control 'キャンセルの場合は、前日までにご連絡ください' was held at 0.45 as "
    "'the time is when they decide or answer', not for its cancel word); held out: "
    "cancellations 41: read as cancellation 0, held sure as an invitation 35, slot right 39; "
    "moves 1/1, controls 2/2 sure."
)
AFTER_FIX_FIGURES = (
    "After e77fc011 (the cancel verbs of ~45 languages in their participles, passives, "
    "first-person 'we must cancel' and 'it will not take place' forms; the reader's 'if you need "
    "to cancel' guarded in the same languages; LibreBooking deletions in cs, da, el, hu; "
    "'removed from the appointment', 'invitation was revoked' in English): dev cancellations "
    "66/68 read as cancellation, 0 held sure as an invitation, slot right 66 (the two zu notices "
    "write 'ngo-14:00', a time the parser does not read: left alone); moves 9/9; controls 8/9 "
    "(the ja one unchanged); held out: cancellations 40/41 read as cancellation, 0 held sure as "
    "an invitation, slot right 41; moves 1/1, controls 2/2. Whole corpus (quick.py, main vs this "
    "branch): WORSE 0; dev files labelled cancellation held sure as an invitation 20 -> 0 (kind "
    "right 415 -> 437 of 439); held out outside this batch 13 -> 10 (kind right 175 -> 180 of "
    "193); kinds changed on two dev look-alikes held under 0.5 either way (a vi ATS note 'Lịch "
    "phỏng vấn ... đã được hủy theo yêu cầu của bạn', a hu tax adviser's booking 'lemondva': "
    "both now cancellation) and on one held-out file each in feedback21 and nbnewsho30 (counts "
    "only, confidence under 0.5 before and after)."
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
        "# Provenance of the cancel71 batch (`build_cancel71.py`)",
        "",
        "Hand-written notices, without a calendar part, that call the reader's interview off "
        "and name the cancelled slot with its date and time, in languages the corpus held few "
        "cancellations in, each in another form of the language's verb: participles of every "
        "gender and number, the passive, the first person plural ('we must cancel', 'we are "
        "cancelling'), 'it will not take place', 'has been withdrawn'; beside controls in the "
        "same senders' words: the reader's own invitations that name cancelling only as an "
        "option ('if you need to cancel, reply', a reply-to-cancel line, a notice period) and "
        "moves that name the old and the new slot. All text is ours, written by hand with no "
        "template; people, companies and addresses are made up. Every label was written from "
        "the datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family cancel71h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): 'A cancellation that names the slot is "
        "`cancellation` with the cancelled slot'; a move is `reschedule` at the new slot; the "
        "controls are `invitation` at their slot. Text mails state no zone, so labels carry the "
        "Date header's offset and `tz_stated: false`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_cancel71.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-cancel71.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
