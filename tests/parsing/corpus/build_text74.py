# ruff: noqa: E501 (mail bodies read best one sentence a line)
"""Write the "text74" batch: recruiters' hand-written job-interview invitations in prose (no
calendar part) whose date and hour come in shapes the corpus had little of, in it, es, pt, cs,
ro, hu, tr, el, ru, pl, id, vi, ko, ja, zh, ar and English as written in the US, the UK, India
and the Philippines.

Shapes: a bare dotted or slashed day and month beside a word for "at" ("martedì 15.12 alle
10:30", "el lunes 11/1 a las 16h", "úterý 15.12 v 10.30"); dates without a year across New Year
(sent late December 2026 for January 2027); "next Tuesday at half past two" and its
translations; a day of the month alone ("on the 14th at 3pm"); hours with their word ("h",
"óra", "giờ", "시", "点", "時"); 12-hour clocks where they are the habit (en-IN, en-PH, ko 오후,
zh 下午, ar ص/م, el π.μ./μ.μ.); ranges "from 10 to 11:30"; the date in the subject and the hour
in the body. About a quarter are look-alikes with the same words and no interview of the reader
(a dentist, a car service, a delivery, a parents' evening, the reader as interviewer).

Run: .venv/bin/python tests/parsing/corpus/build_text74.py

All text is ours, written by hand with no template; people, companies and addresses are made
up. Labels come from the datetimes the text is rendered from (zoneinfo) and were written before
the parser was run on any message of the batch. A seeded third is held out: file names sorted
by the SHA-256 of the name, every third from the first goes to heldout/ (family text74h),
chosen before any file was parsed. Helpers come from build_looks60.py. Deterministic; the script
deletes or writes only files of its own families.
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
html_of = lk.html_of
ZONE = {
    **lk.ZONE,
    "en-IN": "Asia/Kolkata",
    "en-PH": "Asia/Manila",
    "es-MX": "America/Mexico_City",
    "pt-PT": "Europe/Lisbon",
    "cs": "Europe/Prague",
    "ro": "Europe/Bucharest",
    "hu": "Europe/Budapest",
    "el": "Europe/Athens",
    "ru": "Europe/Moscow",
    "id": "Asia/Jakarta",
    "vi": "Asia/Ho_Chi_Minh",
    "ar": "Asia/Riyadh",
}
# When the mails are sent (local wall time): Monday 7 December 2026 for dates later that month,
# Monday 28 December 2026 for dates in January 2027 written without a year, Wednesday 30
# December 2026 for "next Tuesday" (Tuesday 5 January 2027, the only Tuesday it can be)
D7 = (2026, 12, 7, 9, 15)
D28 = (2026, 12, 28, 10, 5)
D30 = (2026, 12, 30, 9, 40)
Slot = tuple[int, int, int, int, int]
for _when, _day in [(D7, 0), (D28, 0), (D30, 2), ((2026, 12, 15, 0, 0), 1), ((2027, 1, 5, 0, 0), 1),
                    ((2027, 1, 4, 0, 0), 0), ((2027, 1, 7, 0, 0), 3), ((2027, 1, 11, 0, 0), 0),
                    ((2027, 1, 13, 0, 0), 2), ((2027, 1, 14, 0, 0), 3), ((2027, 1, 10, 0, 0), 6)]:  # fmt: skip
    assert datetime(*_when).weekday() == _day, _when
FAMILY = "text74"
HELD_FAMILY = "text74h"
FAMILIES = {
    FAMILY: "Recruiters' hand-written prose job-interview invitations with short dotted or "
    "slashed dates beside a word for 'at', dates without a year across New Year, 'next Tuesday "
    "at half past two', a day of the month alone, hour words and 12-hour clocks, ranges and the "
    "date in the subject, in it, es, pt, cs, ro, hu, tr, el, ru, pl, id, vi, ko, ja, zh, ar and "
    "English variants, beside look-alikes with the same words and no interview of the reader.",
    HELD_FAMILY: "The held-out third of text74, chosen by the file names' hashes before any parse.",
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
    sent: Slot,
    slot: Slot | None = None,
    end: tuple[int, int] | None = None,
    shape: str = "text",
) -> None:
    """One mail sent at `sent`: with `slot` the reader's own interview at that wall time (no
    zone stated; `end` the hour and minute it ends, same day), labelled an invitation; without
    it a look-alike, labelled not_invitation."""
    zone = ZoneInfo(ZONE[lang])
    sent_at = datetime(*sent, tzinfo=zone)
    label: dict[str, object]
    if slot is not None:
        start = datetime(*slot, tzinfo=zone)
        assert start > sent_at
        finish = start.replace(hour=end[0], minute=end[1]) if end else None
        assert finish is None or finish > start
        label = {"kind": "invitation", **pp.timed(start, finish, sent=sent_at)}
    else:
        assert end is None
        label = {"kind": "not_invitation"}
    raw = pp.mail(
        f"text74 {lang} {name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent_at,
        text=None if shape == "html" else body,
        html=html_of(body) if shape in ("html", "alt") else None,
    )
    RAW.append((lang, name, label, raw, note, OURS))


# --- shapes (one note per shape) -----------------------------------------------------------------
SHORT = "A bare dotted or slashed day and month (no year) beside the language's word for 'at' and the hour: the date must stay a date, not a clock or the start of a range."
NEWYEAR = (
    "A date written without a year in late December for a day in January: the year is the next one."
)
NEXTDAY = "'Next <weekday>' (or 'this coming') with the hour in words or digits, sent mid-week: the coming weekday."
ORDINAL = "A day of the month alone, with no month ('on the 14th at 3pm'): the next such day after the mail."
CLOCK12 = "A 12-hour clock in a language or country that uses one (en-IN, en-PH, ko 오후/오전, zh 下午/上午, ar ص/م, el π.μ./μ.μ.) or an hour with its word ('h', 'óra', 'giờ', '시', '点', '時')."
RANGE = "A slot given as a range 'from 10 to 11:30' in the language's words: the start is the first hour, the end the second."
SUBJECT = "The date only in the subject line, the hour only in the body."
LOOK = "A look-alike: the same date and hour words, but no job interview of the reader (a dentist, a car service, a delivery, a parents' evening, a doctor, the reader as the interviewer): not_invitation."


def italian() -> None:
    add("it", "martedi_punto_alle", ("Giulia Ferri", "g.ferri@studioferri.example.it"),
        "Colloquio per la posizione di impiegata amministrativa",
        "Gentile Alex,\n\ngrazie per la candidatura. Saremmo lieti di conoscerla di persona: la aspettiamo per un colloquio martedì 15.12 alle 10:30 presso il nostro ufficio in Via Garibaldi 18, Bologna.\n\nCordiali saluti,\nGiulia Ferri", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("it", "lunedi_gennaio_ore", ("Marco Lentini", "marco.lentini@ortofruttalentini.example.it"),
        "Colloquio dopo le feste",
        "Buongiorno Alex,\n\ncome anticipato al telefono, il colloquio per il ruolo di responsabile magazzino è fissato per lunedì 4.1 alle ore 9.30 nella nostra sede di Cesena.\n\nBuone feste,\nMarco Lentini", NEWYEAR, sent=D28, slot=(2027, 1, 4, 9, 30))  # fmt: skip
    add("it", "oggetto_giovedi_7", ("Serena Galli", "selezione@galliassicura.example.it"),
        "Colloquio giovedì 7 gennaio",
        "Ciao Alex,\n\nti confermo il colloquio con il nostro direttore commerciale. Ti aspettiamo alle 15:00 alla reception del secondo piano, chiedi di me.\n\nA presto,\nSerena", SUBJECT, sent=D28, slot=(2027, 1, 7, 15, 0))  # fmt: skip
    add("it", "dalle_alle_mercoledi", ("Ufficio Personale Tessiture Brambilla", "personale@tessbrambilla.example.it"),
        "Invito a colloquio",
        "Gentile candidato,\n\nla invitiamo a un colloquio conoscitivo mercoledì 13 gennaio dalle 10 alle 11:30 presso lo stabilimento di Busto Arsizio, ingresso B.\n\nDistinti saluti,\nUfficio Personale", RANGE, sent=D28, slot=(2027, 1, 13, 10, 0), end=(11, 30))  # fmt: skip
    add("it", "il_14_alle_15", ("Paolo Rinaldi", "paolo@rinaldiarchitetti.example.it"),
        "Re: candidatura disegnatore CAD",
        "Ciao Alex,\n\nho visto il tuo portfolio, mi piace molto. Ti va di passare in studio il 14 alle 15 per un colloquio? Siamo in Via Mazzini 3.\n\nPaolo", ORDINAL, sent=D28, slot=(2027, 1, 14, 15, 0))  # fmt: skip
    add("it", "consegna_divano", ("Arredamenti Conti", "consegne@arredaconti.example.it"),
        "Consegna del suo divano",
        "Gentile cliente,\n\nla consegna del divano ordinato è prevista per martedì 15.12 alle 10:30. Il nostro autista la chiamerà mezz'ora prima.\n\nArredamenti Conti", LOOK, sent=D7)  # fmt: skip
    add("it", "colloquio_genitori", ("Scuola Primaria Don Milani", "segreteria@donmilani.example.edu.it"),
        "Colloquio con i genitori",
        "Gentili genitori di Luca,\n\nil colloquio con le insegnanti è fissato per giovedì 7.1 alle 16:30 nell'aula 2B.\n\nLa segreteria", LOOK, sent=D28)  # fmt: skip


def spanish() -> None:
    add("es", "martes_punto_a_las", ("Marta Gil", "marta.gil@consultoriaribera.example.es"),
        "Entrevista - Técnico de nóminas",
        "Hola Alex:\n\nte escribo para invitarte a una entrevista de trabajo el martes 15.12 a las 10:30 en nuestra oficina de la calle Alcalá 120, Madrid.\n\nUn saludo,\nMarta Gil", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("es", "lunes_barra_16h", ("Jorge Peña", "jpena@transportespena.example.es"),
        "Entrevista después de Reyes",
        "Buenas tardes, Alex.\n\nNos gustaría hacerle una entrevista para el puesto de jefe de tráfico el lunes 11/1 a las 16h en nuestras instalaciones del polígono.\n\nFelices fiestas,\nJorge Peña", NEWYEAR, sent=D28, slot=(2027, 1, 11, 16, 0))  # fmt: skip
    add("es", "proximo_martes_dos_y_media", ("Lucía Romero", "lucia.romero@editorialfaro.example.es"),
        "Entrevista para el puesto de correctora",
        "Hola Alex,\n\n¿te vendría bien venir a una entrevista el próximo martes a las dos y media de la tarde? Estamos en la calle Mayor 5, tercer piso.\n\nUn abrazo,\nLucía", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("es", "de_10_a_1130_jueves", ("Recursos Humanos Grupo Lavanda", "rrhh@grupolavanda.example.es"),
        "Convocatoria a entrevista",
        "Estimado Alex:\n\nle convocamos a una entrevista personal el jueves 7 de enero de 10 a 11:30 en nuestra sede de Valencia.\n\nAtentamente,\nRecursos Humanos", RANGE, sent=D28, slot=(2027, 1, 7, 10, 0), end=(11, 30))  # fmt: skip
    add("es-MX", "pm_mexico", ("Daniela Ortiz", "daniela.ortiz@logisticaazteca.example.mx"),
        "Entrevista - Analista de compras",
        "Hola Alex,\n\nte confirmo tu entrevista para el puesto de analista de compras el miércoles 13 de enero a las 4:00 p.m. en nuestras oficinas de Insurgentes Sur.\n\nSaludos,\nDaniela Ortiz", CLOCK12, sent=D28, slot=(2027, 1, 13, 16, 0))  # fmt: skip
    add("es", "dentista_martes", ("Clínica Dental Sonrisa", "citas@clinicasonrisa.example.es"),
        "Recordatorio de cita",
        "Hola Alex:\n\nte recordamos tu cita con la doctora Ruiz el martes 15.12 a las 10:30. Si no puedes venir, avísanos con 24 horas de antelación.\n\nClínica Dental Sonrisa", LOOK, sent=D7)  # fmt: skip
    add("es", "entrevistas_candidatos_tu", ("Pablo Navas", "pablo.navas@grupolavanda.example.es"),
        "Entrevistas del lunes",
        "Alex, el lunes 11/1 a las 9:30 entrevistas tú a los dos candidatos para el puesto de becario de marketing. Te paso sus CV esta semana.\n\nPablo", LOOK, sent=D28)  # fmt: skip


def portuguese() -> None:
    add("pt-PT", "terca_ponto_as", ("Rita Lopes", "rita.lopes@vinhosdouro.example.pt"),
        "Entrevista - Assistente de exportação",
        "Olá Alex,\n\nconvidamo-lo para uma entrevista na terça-feira 15.12 às 10h30 no nosso escritório da Rua de Santa Catarina, Porto.\n\nCumprimentos,\nRita Lopes", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("pt-BR", "segunda_barra_14h", ("Fernanda Souza", "fernanda@agenciaipe.example.com.br"),
        "Entrevista na volta das festas",
        "Oi Alex, tudo bem?\n\nQueremos conversar com você sobre a vaga de designer. Pode vir na segunda, 4/1, às 14h? Nosso endereço é Rua Augusta, 900.\n\nBoas festas!\nFernanda", NEWYEAR, sent=D28, slot=(2027, 1, 4, 14, 0))  # fmt: skip
    add("pt-BR", "das_9h_as_10h30", ("RH Cooperativa Serra Verde", "rh@serraverde.example.com.br"),
        "Convite para entrevista",
        "Prezado Alex,\n\nconvidamos você para uma entrevista das 9h às 10h30 de quarta-feira, 13 de janeiro, na sede da cooperativa em Chapecó.\n\nAtenciosamente,\nRH", RANGE, sent=D28, slot=(2027, 1, 13, 9, 0), end=(10, 30))  # fmt: skip
    add("pt-PT", "proxima_terca_14h30", ("Joana Matos", "joana.matos@livrariaatlantico.example.pt"),
        "Entrevista",
        "Olá Alex,\n\nobrigada pela candidatura. Podemos fazer a entrevista na próxima terça-feira às 14h30, na loja do Chiado?\n\nJoana", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("pt-BR", "dia_14_as_15h", ("Carlos Mendes", "carlos.mendes@construtoraipiranga.example.com.br"),
        "Re: vaga de engenheiro civil",
        "Alex, boa tarde.\n\nGostaríamos de marcar sua entrevista com a diretoria no dia 14 às 15h, aqui no escritório da obra.\n\nAbraço,\nCarlos", ORDINAL, sent=D28, slot=(2027, 1, 14, 15, 0))  # fmt: skip
    add("pt-PT", "consulta_terca_ponto", ("Centro de Saúde de Alvalade", "marcacoes@csalvalade.example.pt"),
        "Marcação de consulta",
        "Caro utente,\n\na sua consulta de medicina geral ficou marcada para terça-feira 15.12 às 10h30.\n\nCentro de Saúde", LOOK, sent=D7)  # fmt: skip
    add("pt-BR", "reuniao_pais_14", ("Colégio Monte Azul", "secretaria@monteazul.example.com.br"),
        "Reunião de pais",
        "Senhores pais,\n\na reunião de pais do 3º ano será no dia 14 às 19h, no auditório do colégio.\n\nSecretaria", LOOK, sent=D28)  # fmt: skip


def czech() -> None:
    add("cs", "utery_tecka_v", ("Jana Nováková", "novakova@stavbyhorak.example.cz"),
        "Pozvánka na pohovor",
        "Dobrý den,\n\nděkujeme za Váš zájem o pozici účetní. Zveme Vás na pohovor: úterý 15.12 v 10.30, Na Poříčí 12, Praha 1.\n\nS pozdravem\nJana Nováková", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("cs", "ctvrtek_7_1_hod", ("Petr Dvořák", "dvorak@pekarnadvorak.example.cz"),
        "Pohovor po svátcích",
        "Dobrý den, pane Morgane,\n\npohovor na pozici vedoucího směny jsme naplánovali na čtvrtek 7. 1. v 9:00 hod. v naší kanceláři v Brně.\n\nHezké svátky\nPetr Dvořák", NEWYEAR, sent=D28, slot=(2027, 1, 7, 9, 0))  # fmt: skip
    add("cs", "od_do_streda", ("Personální oddělení Sklárny Bor", "personalni@sklarnybor.example.cz"),
        "Pozvánka k výběrovému řízení",
        "Vážený pane Morgane,\n\nzveme Vás k osobnímu pohovoru ve středu 13. ledna od 13 do 14.30 hodin v budově ředitelství.\n\nS pozdravem\nPersonální oddělení", RANGE, sent=D28, slot=(2027, 1, 13, 13, 0), end=(14, 30))  # fmt: skip
    add("cs", "pristi_utery_ve", ("Lucie Králová", "kralova@webstudio-kral.example.cz"),
        "Pohovor - frontend vývojář",
        "Ahoj Alexi,\n\nděkujeme za úkol, moc se nám líbil. Můžeš přijít na pohovor příští úterý ve 14.30?\n\nLucie", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("cs", "servis_auta", ("Autoservis Kovář", "objednavky@autokovar.example.cz"),
        "Potvrzení objednávky servisu",
        "Dobrý den,\n\npotvrzujeme objednávku servisní prohlídky Vašeho vozu na úterý 15.12 v 10.30.\n\nAutoservis Kovář", LOOK, sent=D7)  # fmt: skip


def romanian() -> None:
    add("ro", "marti_punct_la_ora", ("Ioana Pop", "ioana.pop@transilvatrans.example.ro"),
        "Invitație la interviu",
        "Bună ziua,\n\nvă invităm la un interviu pentru postul de contabil marți, 15.12, la ora 10:30, la sediul nostru din Cluj-Napoca, str. Horea 7.\n\nCu stimă,\nIoana Pop", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("ro", "luni_4_01", ("Andrei Ionescu", "andrei@panificatiaionescu.example.ro"),
        "Interviu după sărbători",
        "Bună ziua, domnule Morgan,\n\nvă așteptăm la interviu luni 4.01 la ora 11, la fabrica din Ploiești.\n\nSărbători fericite!\nAndrei Ionescu", NEWYEAR, sent=D28, slot=(2027, 1, 4, 11, 0))  # fmt: skip
    add("ro", "intre_orele", ("Resurse Umane Delta Agro", "hr@deltaagro.example.ro"),
        "Interviu - inginer agronom",
        "Stimate domnule Morgan,\n\nvă invităm la un interviu joi, 14 ianuarie, între orele 10 și 11:30, la sediul din Tulcea.\n\nCu stimă,\nResurse Umane", RANGE, sent=D28, slot=(2027, 1, 14, 10, 0), end=(11, 30))  # fmt: skip
    add("ro", "subiect_miercuri_13", ("Elena Marin", "elena.marin@softmarin.example.ro"),
        "Interviu - miercuri, 13 ianuarie",
        "Salut Alex,\n\nîți confirm interviul tehnic. Te așteptăm la ora 14:00 la biroul nostru din Iași, etajul 3.\n\nElena", SUBJECT, sent=D28, slot=(2027, 1, 13, 14, 0))  # fmt: skip
    add("ro", "itp_programare", ("Stația ITP Rapid", "programari@itprapid.example.ro"),
        "Programare ITP",
        "Bună ziua,\n\nprogramarea pentru inspecția tehnică periodică este luni 4.01 la ora 11.\n\nStația ITP Rapid", LOOK, sent=D28)  # fmt: skip


def hungarian() -> None:
    add("hu", "januar_5_oirakor", ("Kovács Eszter", "kovacs.eszter@dunaprint.example.hu"),
        "Állásinterjú",
        "Kedves Alex!\n\nKöszönjük a jelentkezését. Szeretnénk személyes állásinterjúra hívni január 5-én, kedden 10 órakor a budapesti irodánkba (Váci út 45.).\n\nÜdvözlettel:\nKovács Eszter", NEWYEAR, sent=D28, slot=(2027, 1, 5, 10, 0))  # fmt: skip
    add("hu", "december_15_kor", ("Tóth Gábor", "toth.gabor@alfoldimalom.example.hu"),
        "Meghívás interjúra",
        "Tisztelt Morgan úr!\n\nÖrömmel meghívjuk interjúra december 15-én (kedd) 14:30-kor a kecskeméti telephelyünkre.\n\nÜdvözlettel:\nTóth Gábor", CLOCK12, sent=D7, slot=(2026, 12, 15, 14, 30))  # fmt: skip
    add("hu", "jovo_kedden_fel_harom", ("Szabó Réka", "reka@kavezoszabo.example.hu"),
        "Interjú",
        "Szia Alex!\n\nJövő kedden délután fél háromkor ráérsz egy interjúra? A kávézóban leszek, Király utca 12.\n\nRéka", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("hu", "kozott_csutortok", ("HR Pannon Energia", "hr@pannonenergia.example.hu"),
        "Állásinterjú időpontja",
        "Tisztelt Jelölt!\n\nAz állásinterjú időpontja: 2027. január 7., csütörtök, 9 és 10 óra között, Győr, Szent István út 10.\n\nÜdvözlettel:\nHR osztály", RANGE, sent=D28, slot=(2027, 1, 7, 9, 0), end=(10, 0))  # fmt: skip
    add("hu", "fogorvos_kedden", ("Mosoly Fogászat", "idopont@mosolyfog.example.hu"),
        "Időpont emlékeztető",
        "Kedves Alex!\n\nEmlékeztetjük, hogy fogorvosi időpontja január 5-én, kedden 10 órakor lesz.\n\nMosoly Fogászat", LOOK, sent=D28)  # fmt: skip


def turkish() -> None:
    add("tr", "nokta_sali_saat", ("Elif Yılmaz", "elif.yilmaz@marmaralojistik.example.com.tr"),
        "Mülakat daveti",
        "Merhaba Alex Bey,\n\nLojistik uzmanı pozisyonu için sizi 15.12 Salı saat 10:30'da ofisimizde mülakata davet ediyoruz. Adres: Büyükdere Cad. 88, Şişli.\n\nSaygılarımla,\nElif Yılmaz", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("tr", "5_ocak_sali", ("Murat Demir", "murat.demir@egetekstil.example.com.tr"),
        "İş görüşmesi",
        "Merhaba Alex,\n\nİş görüşmeniz 5 Ocak Salı günü saat 14.00'te İzmir fabrikamızda yapılacaktır.\n\nİyi yıllar,\nMurat Demir", NEWYEAR, sent=D28, slot=(2027, 1, 5, 14, 0))  # fmt: skip
    add("tr", "onumuzdeki_sali", ("Zeynep Kaya", "zeynep@kayamimarlik.example.com.tr"),
        "Görüşme",
        "Alex merhaba,\n\nPortfolyonu çok beğendik. Önümüzdeki salı saat 14:30'da ofise görüşmeye gelebilir misin?\n\nZeynep", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("tr", "arasi_pazartesi", ("İK Anadolu Gıda", "ik@anadolugida.example.com.tr"),
        "Mülakat bilgilendirme",
        "Sayın Alex Morgan,\n\nMülakatınız 11/01 Pazartesi 10:00-11:00 arası Ankara genel müdürlüğümüzde olacaktır.\n\nİnsan Kaynakları", RANGE, sent=D28, slot=(2027, 1, 11, 10, 0), end=(11, 0))  # fmt: skip
    add("tr", "arac_muayenesi", ("TÜVTÜRK Randevu", "randevu@aracmuayene.example.com.tr"),
        "Randevu onayı",
        "Sayın Alex Morgan,\n\nAraç muayene randevunuz 15.12 Salı saat 10:30 olarak oluşturulmuştur.\n\nİyi günler.", LOOK, sent=D7)  # fmt: skip


def greek() -> None:
    add("el", "triti_kathetos_stis", ("Μαρία Παπαδοπούλου", "m.papadopoulou@aigaionshipping.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "Καλησπέρα σας κύριε Morgan,\n\nσας προσκαλούμε σε συνέντευξη για τη θέση του λογιστή την Τρίτη 15/12 στις 10:30 στα γραφεία μας στον Πειραιά, Ακτή Μιαούλη 40.\n\nΜε εκτίμηση,\nΜαρία Παπαδοπούλου", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("el", "pempti_7_pm", ("Νίκος Γεωργίου", "nikos@georgiou-foods.example.gr"),
        "Συνέντευξη μετά τις γιορτές",
        "Καλημέρα Alex,\n\nη συνέντευξή σας ορίστηκε για την Πέμπτη 7 Ιανουαρίου, 11:00 π.μ., στο εργοστάσιο της Θεσσαλονίκης.\n\nΧρόνια πολλά,\nΝίκος Γεωργίου", CLOCK12, sent=D28, slot=(2027, 1, 7, 11, 0))  # fmt: skip
    add("el", "epomeni_triti_mm", ("Ελένη Δημητρίου", "eleni@dimitriou-law.example.gr"),
        "Συνέντευξη",
        "Γεια σας Alex,\n\nμπορείτε να έρθετε για συνέντευξη την επόμενη Τρίτη στις 2:30 μ.μ.;\n\nΕλένη", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("el", "apo_eos_tetarti", ("Τμήμα Προσωπικού Κρήτη Τουρ", "hr@kritiour.example.gr"),
        "Πρόσκληση σε συνέντευξη",
        "Αγαπητέ κύριε Morgan,\n\nη συνέντευξη θα γίνει από τις 10 έως τις 11:30 την Τετάρτη 13/1 στο Ηράκλειο.\n\nΤμήμα Προσωπικού", RANGE, sent=D28, slot=(2027, 1, 13, 10, 0), end=(11, 30))  # fmt: skip
    add("el", "odontiatros_triti", ("Οδοντιατρείο Σταύρου", "rantevou@stavrou-dental.example.gr"),
        "Υπενθύμιση ραντεβού",
        "Καλησπέρα,\n\nσας υπενθυμίζουμε το ραντεβού σας την Τρίτη 15/12 στις 10:30.\n\nΟδοντιατρείο Σταύρου", LOOK, sent=D7)  # fmt: skip


def russian() -> None:
    add("ru", "vtornik_tochka_v", ("Анна Смирнова", "a.smirnova@volgatrans.example.ru"),
        "Приглашение на собеседование",
        "Здравствуйте, Алекс!\n\nПриглашаем вас на собеседование на должность логиста во вторник 15.12 в 10:30 в наш офис на Тверской, 18.\n\nС уважением,\nАнна Смирнова", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("ru", "11_yanvarya", ("Игорь Петров", "i.petrov@uralstal.example.ru"),
        "Собеседование после праздников",
        "Добрый день!\n\nСобеседование назначено на понедельник, 11 января, в 15:00, проходная №2.\n\nС наступающим!\nИгорь Петров", NEWYEAR, sent=D28, slot=(2027, 1, 11, 15, 0))  # fmt: skip
    add("ru", "sleduyushchiy_vtornik", ("Ольга Кузнецова", "olga@kuznetsova-design.example.ru"),
        "Встреча",
        "Алекс, привет!\n\nДавай проведём собеседование в следующий вторник в 14:30 у нас в студии.\n\nОльга", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("ru", "tema_13_01", ("Отдел кадров Сибирь Холдинг", "hr@sibholding.example.ru"),
        "Собеседование 13.01",
        "Здравствуйте!\n\nЖдём вас в 11:00 по адресу: Новосибирск, Красный проспект, 25, офис 301. Возьмите паспорт.\n\nОтдел кадров", SUBJECT, sent=D28, slot=(2027, 1, 13, 11, 0))  # fmt: skip
    add("ru", "zapis_k_vrachu", ("Клиника Здоровье", "zapis@klinika-zdorovie.example.ru"),
        "Запись к врачу",
        "Здравствуйте!\n\nВы записаны к терапевту во вторник 15.12 в 10:30, кабинет 12.\n\nКлиника Здоровье", LOOK, sent=D7)  # fmt: skip


def polish() -> None:
    add("pl", "wtorek_kropka_godz", ("Katarzyna Nowak", "k.nowak@mazowsze-logistyka.example.pl"),
        "Zaproszenie na rozmowę kwalifikacyjną",
        "Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek 15.12 o godz. 10:30 do naszego biura przy ul. Marszałkowskiej 10.\n\nPozdrawiam,\nKatarzyna Nowak", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("pl", "poniedzialek_4_01", ("Tomasz Wiśniewski", "tomasz@wisniewski-meble.example.pl"),
        "Rozmowa po świętach",
        "Dzień dobry Panie Alexie,\n\nrozmowa w sprawie pracy odbędzie się w poniedziałek 4.01 o 9:30 w naszej fabryce w Swarzędzu.\n\nWesołych świąt,\nTomasz Wiśniewski", NEWYEAR, sent=D28, slot=(2027, 1, 4, 9, 30))  # fmt: skip
    add("pl", "przyszly_wtorek", ("Magda Zielińska", "magda@zielinska-studio.example.pl"),
        "Rozmowa",
        "Cześć Alex,\n\nczy pasuje Ci rozmowa rekrutacyjna w przyszły wtorek o 14:30 u nas w studiu?\n\nMagda", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("pl", "w_godz_zakres", ("Dział HR Bałtyk Energia", "hr@baltykenergia.example.pl"),
        "Rozmowa kwalifikacyjna",
        "Szanowny Panie,\n\nrozmowa kwalifikacyjna odbędzie się 14 stycznia w godz. 10:00–11:30 w siedzibie firmy w Gdańsku.\n\nDział HR", RANGE, sent=D28, slot=(2027, 1, 14, 10, 0), end=(11, 30))  # fmt: skip
    add("pl", "przeglad_techniczny", ("Stacja Kontroli Pojazdów", "rezerwacje@skp-wola.example.pl"),
        "Potwierdzenie rezerwacji",
        "Dzień dobry,\n\npotwierdzamy przegląd techniczny pojazdu we wtorek 15.12 o godz. 10:30.\n\nSKP Wola", LOOK, sent=D7)  # fmt: skip


def indonesian() -> None:
    add("id", "selasa_garis_pukul", ("Rina Wulandari", "rina@nusantarafood.example.co.id"),
        "Undangan wawancara kerja",
        "Halo Alex,\n\nKami mengundang Anda untuk wawancara kerja posisi Supervisor Gudang pada Selasa, 15/12 pukul 10.30 di kantor kami, Jl. Gatot Subroto 21, Jakarta.\n\nSalam,\nRina Wulandari", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("id", "senin_4_1_jam", ("Budi Santoso", "budi@santosoprint.example.co.id"),
        "Wawancara setelah tahun baru",
        "Selamat siang Alex,\n\nWawancara Anda kami jadwalkan Senin 4/1 jam 13.00 di percetakan kami di Bandung.\n\nSelamat tahun baru,\nBudi Santoso", NEWYEAR, sent=D28, slot=(2027, 1, 4, 13, 0))  # fmt: skip
    add("id", "selasa_depan", ("Maya Putri", "maya@putricreative.example.co.id"),
        "Wawancara",
        "Hai Alex,\n\nBisa datang wawancara Selasa depan pukul 14.30 di studio kami?\n\nMaya", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("id", "kamis_sd", ("HRD PT Borneo Sawit", "hrd@borneosawit.example.co.id"),
        "Panggilan wawancara",
        "Yth. Alex Morgan,\n\nAnda dipanggil untuk wawancara pada Kamis, 7 Januari pukul 09.00 s.d. 10.30 di kantor pusat Balikpapan.\n\nHormat kami,\nHRD", RANGE, sent=D28, slot=(2027, 1, 7, 9, 0), end=(10, 30))  # fmt: skip
    add("id", "servis_ac", ("Sejuk Teknik", "jadwal@sejukteknik.example.co.id"),
        "Jadwal servis AC",
        "Halo Kak Alex,\n\nTeknisi kami akan datang untuk servis AC pada Selasa, 15/12 pukul 10.30.\n\nSejuk Teknik", LOOK, sent=D7)  # fmt: skip


def vietnamese() -> None:
    add("vi", "gio_sang_thu_ba", ("Trần Thu Trang", "trang.tran@phuongnamlogistics.example.vn"),
        "Thư mời phỏng vấn",
        "Chào anh Alex,\n\nCông ty trân trọng mời anh đến phỏng vấn vị trí Chuyên viên kho vận vào 9 giờ 30 sáng thứ Ba, 15/12 tại văn phòng số 12 Nguyễn Huệ, Quận 1.\n\nTrân trọng,\nTrần Thu Trang", SHORT, sent=D7, slot=(2026, 12, 15, 9, 30))  # fmt: skip
    add("vi", "14_gio_thu_hai", ("Nguyễn Văn Hùng", "hung@hungthinhsteel.example.vn"),
        "Lịch phỏng vấn sau Tết Dương lịch",
        "Chào bạn Alex,\n\nLịch phỏng vấn của bạn là 14 giờ thứ Hai ngày 4/1 tại nhà máy Bình Dương.\n\nChúc mừng năm mới,\nNguyễn Văn Hùng", NEWYEAR, sent=D28, slot=(2027, 1, 4, 14, 0))  # fmt: skip
    add("vi", "chieu_thu_ba_tuan_sau", ("Lê Mai Anh", "maianh@leanhdesign.example.vn"),
        "Hẹn phỏng vấn",
        "Chào Alex,\n\nMình hẹn bạn phỏng vấn lúc 2 giờ 30 chiều thứ Ba tuần sau tại studio nhé.\n\nMai Anh", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("vi", "tu_den_thu_nam", ("Phòng Nhân sự Sông Hồng", "nhansu@songhong.example.vn"),
        "Mời phỏng vấn",
        "Kính gửi anh Alex,\n\nBuổi phỏng vấn sẽ diễn ra từ 9h đến 10h30 thứ Năm, 7/1 tại trụ sở Hà Nội.\n\nPhòng Nhân sự", RANGE, sent=D28, slot=(2027, 1, 7, 9, 0), end=(10, 30))  # fmt: skip
    add("vi", "nha_khoa", ("Nha khoa Ánh Sao", "lichhen@nhakhoaanhsao.example.vn"),
        "Nhắc lịch hẹn",
        "Chào anh Alex,\n\nNha khoa nhắc anh lịch hẹn lúc 9 giờ 30 sáng thứ Ba, 15/12.\n\nNha khoa Ánh Sao", LOOK, sent=D7)  # fmt: skip


def korean() -> None:
    add("ko", "12wol_15il_ohu", ("김지은", "jieun.kim@hanriver-tech.example.kr"),
        "면접 안내",
        "안녕하세요 Alex 님,\n\n지원해 주셔서 감사합니다. 12월 15일(화) 오후 2시에 본사 7층 회의실에서 면접을 진행하고자 합니다.\n\n감사합니다.\n김지은 드림", CLOCK12, sent=D7, slot=(2026, 12, 15, 14, 0))  # fmt: skip
    add("ko", "1wol_5il_ojeon", ("박성민", "sm.park@busanmarine.example.kr"),
        "1차 면접 일정",
        "Alex 님 안녕하세요.\n\n1차 면접 일정은 1월 5일 화요일 오전 10시 30분입니다. 부산 본사로 와 주세요.\n\n새해 복 많이 받으세요.\n박성민", NEWYEAR, sent=D28, slot=(2027, 1, 5, 10, 30))  # fmt: skip
    add("ko", "daeum_ju_hwayoil_ban", ("이수진", "sujin@leedesign.example.kr"),
        "면접 일정",
        "Alex 님,\n\n다음 주 화요일 오후 2시 반에 스튜디오에서 면접 가능하실까요?\n\n이수진", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("ko", "1_7_mok_range", ("인사팀 한빛제약", "hr@hanbitpharm.example.kr"),
        "면접 안내드립니다",
        "Alex 님,\n\n면접은 1/7(목) 오후 3시~4시 본사 대회의실에서 진행됩니다.\n\n인사팀", RANGE, sent=D28, slot=(2027, 1, 7, 15, 0), end=(16, 0))  # fmt: skip
    add("ko", "chigwa_yeyak", ("스마일치과", "yeyak@smiledental.example.kr"),
        "예약 안내",
        "Alex 님, 12월 15일(화) 오후 2시 치과 진료 예약이 확정되었습니다.\n\n스마일치과", LOOK, sent=D7)  # fmt: skip


def japanese() -> None:
    add("ja", "12gatsu_15_ji", ("佐藤 美咲", "misaki.sato@sakura-shoji.example.jp"),
        "面接のご案内",
        "Alex Morgan 様\n\nこの度はご応募いただきありがとうございます。面接を12月15日（火）14時から弊社本社にて行いたく存じます。\n\n佐藤 美咲", CLOCK12, sent=D7, slot=(2026, 12, 15, 14, 0))  # fmt: skip
    add("ja", "1gatsu_5_gozen", ("田中 健", "ken.tanaka@kitaguni-food.example.jp"),
        "年明けの面接について",
        "Alex Morgan 様\n\n面接日時は1月5日（火）午前10時30分よりとさせていただきます。札幌本社へお越しください。\n\nよいお年をお迎えください。\n田中 健", NEWYEAR, sent=D28, slot=(2027, 1, 5, 10, 30))  # fmt: skip
    add("ja", "1_7_range", ("人事部 みなと精機", "jinji@minato-seiki.example.jp"),
        "二次面接日程",
        "Alex Morgan 様\n\n二次面接は1/7(木) 15:00～16:00、本社3階会議室にて実施いたします。\n\n人事部", RANGE, sent=D28, slot=(2027, 1, 7, 15, 0), end=(16, 0))  # fmt: skip
    add("ja", "kenmei_1gatsu_13", ("高橋 由美", "yumi@takahashi-design.example.jp"),
        "一次面接のご案内（1月13日）",
        "Alex Morgan 様\n\n当日は午後2時に受付までお越しください。持ち物は特にございません。\n\n高橋 由美", SUBJECT, sent=D28, slot=(2027, 1, 13, 14, 0))  # fmt: skip
    add("ja", "shika_kenshin", ("さくら歯科", "yoyaku@sakura-dental.example.jp"),
        "ご予約の確認",
        "Alex Morgan 様\n\n12月15日（火）14時に歯科検診のご予約を承りました。\n\nさくら歯科", LOOK, sent=D7)  # fmt: skip


def chinese() -> None:
    add("zh", "12yue_15_xiawu", ("王丽", "wangli@huadong-trade.example.cn"),
        "面试邀请",
        "Alex 您好，\n\n感谢您应聘我司物流专员职位。诚邀您于12月15日（周二）下午2点到公司参加面试，地址：上海市浦东新区世纪大道100号。\n\n王丽", CLOCK12, sent=D7, slot=(2026, 12, 15, 14, 0))  # fmt: skip
    add("zh", "1yue_5_shangwu", ("李强", "liqiang@jiangnan-textile.example.cn"),
        "元旦后面试安排",
        "Alex 您好，\n\n您的面试安排在1月5日（星期二）上午10:30，请到苏州工厂办公楼三楼。\n\n新年快乐！\n李强", NEWYEAR, sent=D28, slot=(2027, 1, 5, 10, 30))  # fmt: skip
    add("zh", "xiazhouer_liangdianban", ("陈静", "chenjing@chen-studio.example.cn"),
        "面试",
        "Alex，你好！\n\n下周二下午两点半方便来工作室面试吗？\n\n陈静", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("zh", "1yue_7_dao", ("人事部 北方重工", "hr@beifang-heavy.example.cn"),
        "面试通知",
        "Alex 先生：\n\n面试时间为1月7日下午3点到4点，地点在公司总部一楼会议室。\n\n人事部", RANGE, sent=D28, slot=(2027, 1, 7, 15, 0), end=(16, 0))  # fmt: skip
    add("zh", "tijian_yuyue", ("美年体检中心", "yuyue@meinian-check.example.cn"),
        "体检预约确认",
        "Alex 您好，您已预约12月15日（周二）下午2点的年度体检，请空腹前来。\n\n体检中心", LOOK, sent=D7)  # fmt: skip


def arabic() -> None:
    add("ar", "thulatha_5_sabahan", ("سارة العتيبي", "sara@najd-logistics.example.sa"),
        "دعوة لمقابلة عمل",
        "الأستاذ أليكس،\n\nيسعدنا دعوتك لمقابلة عمل لوظيفة مشرف مستودع يوم الثلاثاء 5 يناير الساعة 10:30 ص في مقرنا بالرياض، طريق الملك فهد.\n\nمع التحية،\nسارة العتيبي", CLOCK12, sent=D28, slot=(2027, 1, 5, 10, 30))  # fmt: skip
    add("ar", "ahad_10_1_masaan", ("خالد الحربي", "khalid@harbi-contracting.example.sa"),
        "مقابلة عمل",
        "مرحباً أليكس،\n\nنود تحديد موعد مقابلتك يوم الأحد 10/1 الساعة 2 م في مكتبنا بجدة.\n\nخالد الحربي", NEWYEAR, sent=D28, slot=(2027, 1, 10, 14, 0))  # fmt: skip
    add("ar", "min_ila_arbiaa", ("إدارة الموارد البشرية - شركة الخليج", "hr@gulf-energy.example.sa"),
        "دعوة لمقابلة",
        "السيد أليكس مورغان،\n\nندعوك لمقابلة عمل من الساعة 10 إلى الساعة 11:30 صباحاً يوم الأربعاء 13 يناير في المقر الرئيسي بالدمام.\n\nالموارد البشرية", RANGE, sent=D28, slot=(2027, 1, 13, 10, 0), end=(11, 30))  # fmt: skip
    add("ar", "mawid_siyana", ("مركز صيانة السيارات", "booking@car-service.example.sa"),
        "تأكيد موعد الصيانة",
        "عميلنا العزيز،\n\nتم تأكيد موعد صيانة سيارتك يوم الثلاثاء 5 يناير الساعة 10:30 ص.\n\nمركز الصيانة", LOOK, sent=D28)  # fmt: skip


def english() -> None:
    add("en-US", "next_tuesday_half_past_two", ("Megan Walsh", "megan.walsh@brightpathhealth.example.com"),
        "Interview - Billing Specialist",
        "Hi Alex,\n\nThanks for your time on the phone. Would you be able to come in for an interview next Tuesday at half past two? We're at 410 Elm Street, Suite 200.\n\nBest,\nMegan", NEXTDAY, sent=D30, slot=(2027, 1, 5, 14, 30))  # fmt: skip
    add("en-GB", "the_14th_at_3pm", ("Oliver Hughes", "oliver@hughesjoinery.example.co.uk"),
        "Re: Apprentice joiner",
        "Hi Alex,\n\nHope you had a good Christmas. Could you pop in for an interview on the 14th at 3pm? We're at the workshop on Mill Lane.\n\nCheers,\nOliver", ORDINAL, sent=D28, slot=(2027, 1, 14, 15, 0))  # fmt: skip
    add("en-IN", "slash_5_1_am", ("Priya Raghavan", "priya.r@deccansoft.example.in"),
        "Interview schedule - Java Developer",
        "Dear Alex,\n\nGreetings from Deccan Soft. Your technical interview is scheduled on 5/1 at 11:30 AM at our Hitech City office, Block C.\n\nKindly carry a copy of your resume and a photo ID.\n\nRegards,\nPriya Raghavan\nHR Executive", NEWYEAR, sent=D28, slot=(2027, 1, 5, 11, 30))  # fmt: skip
    add("en-IN", "7th_january_pm", ("Rahul Mehta", "rahul.mehta@sunrisepharma.example.in"),
        "Interview call letter",
        "Dear Candidate,\n\nWith reference to your application, you are requested to attend the personal interview on Thursday, 7th January at 3 pm at our corporate office, Andheri East, Mumbai.\n\nRegards,\nRahul Mehta", CLOCK12, sent=D28, slot=(2027, 1, 7, 15, 0))  # fmt: skip
    add("en-IN", "14_1_evening", ("Kavya Nair", "kavya@keralaspices.example.in"),
        "Interview",
        "Hi Alex,\n\nAs discussed, please come for the interview on 14/1 at 4 in the evening at our Kochi office.\n\nThanks,\nKavya", ORDINAL, sent=D28, slot=(2027, 1, 14, 16, 0))  # fmt: skip
    add("en-PH", "monday_january_11_pm", ("Maricel Santos", "maricel.santos@islandbpo.example.ph"),
        "Interview Invitation - Customer Service Representative",
        "Hi Alex,\n\nGood day! We are pleased to invite you for an initial interview on Monday, January 11 at 2:00 PM at our office in Ortigas, 12th floor.\n\nPlease bring two valid IDs.\n\nThank you,\nMaricel Santos\nRecruitment Team", CLOCK12, sent=D28, slot=(2027, 1, 11, 14, 0))  # fmt: skip
    add("en-PH", "tue_1_5_from_to", ("Jerome Reyes", "jerome@visayasfreight.example.ph"),
        "Final interview",
        "Hi Alex,\n\nYour final interview with our operations manager is on Tue 1/5 from 10 to 11:30 am at the Cebu office.\n\nThanks,\nJerome", RANGE, sent=D28, slot=(2027, 1, 5, 10, 0), end=(11, 30))  # fmt: skip
    add("en-US", "from_10_to_1130_wednesday", ("Tyler Brooks", "tyler.brooks@summitfinancial.example.com"),
        "Interview - Staff Accountant",
        "Hi Alex,\n\nWe'd like to invite you to interview with our team from 10 to 11:30 on Wednesday, Jan 13, at our downtown office.\n\nBest regards,\nTyler Brooks", RANGE, sent=D28, slot=(2027, 1, 13, 10, 0), end=(11, 30))  # fmt: skip
    add("en-GB", "subject_thursday_7_body_clock", ("Hannah Price", "hannah.price@northernrail-eng.example.co.uk"),
        "Interview - Thursday 7 January",
        "Hi Alex,\n\nJust confirming your interview. We'll see you at 10.30 at our Leeds office; ask for me at reception.\n\nKind regards,\nHannah", SUBJECT, sent=D28, slot=(2027, 1, 7, 10, 30))  # fmt: skip
    add("en-US", "monday_the_4th", ("Dana Kim", "dana@kimandlee-cpa.example.com"),
        "Quick interview after the holidays",
        "Hi Alex,\n\nWould Monday the 4th at 9:30 work for an interview? Happy to do it at our office or over coffee nearby.\n\nDana", ORDINAL, sent=D28, slot=(2027, 1, 4, 9, 30))  # fmt: skip
    add("en-GB", "tuesday_dotted_at", ("Sophie Clarke", "sophie@clarkeandco-law.example.co.uk"),
        "Interview - legal secretary",
        "Dear Alex,\n\nThank you for your application. We would like to invite you to interview on Tuesday 15.12 at 10:30 at our offices on King Street.\n\nYours sincerely,\nSophie Clarke", SHORT, sent=D7, slot=(2026, 12, 15, 10, 30))  # fmt: skip
    add("en-US", "dentist_next_tuesday", ("Maple Dental", "reminders@mapledental.example.com"),
        "Appointment reminder",
        "Hi Alex,\n\nThis is a reminder of your cleaning next Tuesday at half past two with Dr. Patel.\n\nMaple Dental", LOOK, sent=D30)  # fmt: skip
    add("en-GB", "boiler_service_14th", ("Hughes Heating", "bookings@hughesheating.example.co.uk"),
        "Boiler service booked",
        "Hi Alex,\n\nYour annual boiler service is booked for the 14th at 3pm. Our engineer will call when on the way.\n\nHughes Heating", LOOK, sent=D28)  # fmt: skip
    add("en-IN", "kyc_branch_visit", ("Deccan Co-operative Bank", "care@deccancoopbank.example.in"),
        "KYC verification visit",
        "Dear Customer,\n\nPlease visit your home branch on 5/1 at 11:30 AM for KYC verification with your PAN card and Aadhaar.\n\nRegards,\nDeccan Co-operative Bank", LOOK, sent=D28)  # fmt: skip
    add("en-PH", "you_interview_applicants", ("Maricel Santos", "maricel.santos@islandbpo.example.ph"),
        "Interview panel on Monday",
        "Hi Alex,\n\nYou are on the interview panel on Monday, January 11 at 2:00 PM. You'll be interviewing three applicants for the team lead post; their CVs are in the shared folder.\n\nThanks,\nMaricel", LOOK, sent=D28)  # fmt: skip
    add("en-US", "parent_teacher_conference", ("Lincoln Elementary", "office@lincolnelem.example.org"),
        "Parent-teacher conference",
        "Dear Parent,\n\nYour conference with Ms. Rivera is from 10 to 11:30 on Wednesday, Jan 13, in Room 14.\n\nLincoln Elementary", LOOK, sent=D28)  # fmt: skip


BUILDERS = [
    italian,
    spanish,
    portuguese,
    czech,
    romanian,
    hungarian,
    turkish,
    greek,
    russian,
    polish,
    indonesian,
    vietnamese,
    korean,
    japanese,
    chinese,
    arabic,
    english,
]


FIRST_SIGHT_FIGURES = (
    "First sight (main at 8ca5c5a4 with this batch, before any parser change; quick.py): dev "
    "invitations right 48/55, 36 sure, look-alikes claimed (confidence >= 0.5 as an "
    "invitation) 0/12; the seven wrong: es, pt-PT and cs 'martes 15.12 a las 10:30', "
    "'terça-feira 15.12 às 10h30', 'úterý 15.12 v 10.30' (no time: the dotted date read as the "
    "clock 15:12), ro 'luni 4.01 la ora 11' (16:01 at 0.40), pt-BR 'no dia 14 às 15h' (no "
    "time), ru subject 'Собеседование 13.01' with the hour in the body (no time), ar 'من "
    "الساعة 10 إلى الساعة 11:30 صباحاً يوم الأربعاء' (11:30 at 0.72, a wrong start at high "
    "confidence); held out: invitations right 21/22, 19 sure, look-alikes claimed 0/12."
)
AFTER_FIX_FIGURES = (
    "After 3082cd43 (a bare dotted day.month before 'alle'/'a las'/'às'/'la ora' with no "
    "'from' before it and a weekday before it or a 'range' ending before it starts is the "
    "date; Czech 'v' before a dotted hour after a day's number, a weekday or 'zítra' is 'at') "
    "and 6e3c6b6c (a day named by 'dia'/'día'/'giorno' before 'às'/'a las'/'alle'; 'day' after "
    "a range's part of the day names the weekday, ar and fa; a bare dotted day.month closing a "
    "subject after a word is its date, ru, pl, it): dev invitations right 55/55, 43 sure, "
    "look-alikes claimed 0/12 (five look-alikes are read as invitations below 0.5: a dentist, "
    "a boiler service, a car service; not claimed, left alone); held out: invitations right "
    "22/22, 20 sure, look-alikes claimed 0/12. Whole corpus (quick.py, the lead's base of main "
    "vs this branch): dev, shared and fixtures 0 worse, 0 better, 1 changed (looks71's Dutch "
    "train-ticket look-alike stays not_invitation at 0.45, its guessed start moves); held out "
    "outside this batch: no family changes ok, fields, sure or claimed counts. Left alone: "
    "the held-out third (not opened), and look-alikes read as invitations below 0.5."
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
        "# Provenance of the text74 batch (`build_text74.py`)",
        "",
        "Recruiters' hand-written job-interview invitations in prose (no calendar part) whose "
        "date and hour come in shapes the corpus had little of: a bare dotted or slashed day and "
        "month beside a word for 'at' ('martedì 15.12 alle 10:30', 'el lunes 11/1 a las 16h', "
        "'úterý 15.12 v 10.30'); dates without a year across New Year (sent on 28 December 2026 "
        "for January 2027); 'next Tuesday at half past two' and its translations (sent on "
        "Wednesday 30 December, so the Tuesday is 5 January); a day of the month alone ('on the "
        "14th at 3pm'); hours with their word ('h', 'óra', 'giờ', '시', '点', '時'); 12-hour "
        "clocks where they are the habit (en-IN, en-PH, es-MX, ko 오후/오전, zh 下午/上午, ar "
        "ص/م, el π.μ./μ.μ.); ranges 'from 10 to 11:30'; the date in the subject and the hour in "
        "the body; beside look-alikes with the same words and no interview of the reader (a "
        "dentist, a doctor, a car or boiler service, a delivery, a bank visit, a parents' "
        "evening, the reader on an interview panel). All text is ours, written by hand with no "
        "template; people, companies and addresses are made up. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on any message.",
        "",
        f"{len(items)} messages; {held} held out as family text74h (file names sorted by "
        "SHA-256, every third from the first, chosen before any parse); languages: "
        + ", ".join(langs)
        + "; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + ".",
        "",
        "Label rule used (the README's conventions): the reader's own job interview with a fixed "
        "time is an `invitation` at its start, with its end when a range gives one (text mails "
        "state no zone, so the label carries the Date header's offset and `tz_stated: false`). "
        "A date without a year is the next such day after the mail; 'next Tuesday' sent on a "
        "Wednesday is the coming Tuesday; 'the 14th' is the next 14th. Appointments that are no "
        "job interview of the reader, and the reader as the interviewer: `not_invitation`.",
        "",
    ]
    if FIRST_SIGHT_FIGURES:
        lines += [FIRST_SIGHT_FIGURES, ""]
    if AFTER_FIX_FIGURES:
        lines += [AFTER_FIX_FIGURES, ""]
    lines += [
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_text74.py`.",
        "",
        "## Files (dev only; the held-out third is not listed)",
        "",
    ]
    lines += pp.file_rows(item for item in items if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    items = cases()
    pp.write_batch(items, FAMILIES, "PROVENANCE-text74.md", provenance(items))
    print(f"{len(items)} messages in {len(FAMILIES)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
