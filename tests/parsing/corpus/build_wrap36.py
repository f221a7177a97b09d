# ruff: noqa: E501, N806
"""Write the "wrap36" batch: plain-text invitations and moves whose slot the sender's client
split across a hard line wrap, the clock at the end of one line and the date at the start of
the next ("… at 2:30 pm" / "Thursday, 17 December 2026"), or the date at the end and "at /
um / à / alle / às / om / lúc + clock" at the start of the next; and replies that quote such
a mail with "> " and re-wrap it.

Run: .venv/bin/python tests/parsing/corpus/build_wrap36.py

Each paragraph is written on one line and wrapped by `textwrap` at the column a mail client
uses (72 or 76; quoted with "> " at 72); the builder checks that the wrap falls between the
clock and the date, so the file holds the split the note describes.

Labels: an invitation is labelled with its slot, a move the employer made with the NEW slot;
no zone word, so wall time at the Date offset (`tz_stated` false). Labels were written before
the parser was run on the batch; the held-out family was drawn by
`random.Random("wrap36 coin").sample(sorted families, 1)` before then. Helpers come from
build_parse-pos.py and build_prose8.py (loaded, not copied). Deterministic; touches only its
own families' files.
"""

from __future__ import annotations

import importlib.util
import itertools
import random
import sys
import textwrap
from datetime import datetime
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
HAND = (
    "hand-written; plain-text invitations and moves hard-wrapped by the sender's client at 72 "
    "or 76 columns (as Thunderbird's mailnews.wraplength=72 and Outlook's plain-text 76 "
    "wrap them) with the slot's clock and date on either side of the break, and replies that "
    "quote them with '> ' and re-wrap; " + OWN
)

FAMILIES = ("wrapinv36", "wrapmove36")
HELD = frozenset(random.Random("wrap36 coin").sample(sorted(FAMILIES), 1))
SPLITS = {name: "heldout" if name in HELD else "dev" for name in FAMILIES}

SOURCES = {
    "wrapinv36": "Invitations in prose hard-wrapped at 72 or 76 columns between the clock "
    "(with its 'Uhr', 'pm', 'sáng' …) and the date, or between the date and 'at / um / à / "
    "alle / às / om / lúc + clock' (en-GB, en-US, de, fr, es, it, nl, pt-BR, vi).",
    "wrapmove36": "Moves of an interview in prose, 'from <old> to <clock>' / '<new date>' "
    "wrapped between the new clock and its date or the new date and its clock, some quoted "
    "with '> ' in a follow-up and re-wrapped at 72 (en-GB, de, fr, es, it, nl, vi).",
}

SENT = (2026, 12, 2)  # a Wednesday; every slot lies in 14-21 December


def wrapped(para: str, width: int, left: str, right: str, prefix: str = "") -> str:
    """Wrap one paragraph as a mail client does and check the break falls between `left`
    (the end of one line) and `right` (the start of the next)."""
    lines = textwrap.wrap(
        para,
        width=width,
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_long_words=False,
        break_on_hyphens=False,
    )
    for first, second in itertools.pairwise(lines):
        if first.endswith(left) and second[len(prefix) :].startswith(right):
            return "\n".join(lines)
    raise ValueError(f"no break between {left!r} and {right!r}:\n" + "\n".join(lines))


# (family, name, lang, sender, subject, zone, kind, start, note, text)
Row = tuple[str, str, str, tuple[str, str], str, str, str, datetime, str, str]
R, INV = "reschedule", "invitation"


def body(hello: str, para: str, width: int, left: str, right: str, bye: str) -> str:
    return f"{hello}\n\n{wrapped(para, width, left, right)}\n\n{bye}\n"


def followup(top: str, who: str, para: str, left: str, right: str, bye: str) -> str:
    """A follow-up above the sender's own earlier mail, quoted with '> ' and re-wrapped at 72."""
    return (
        f"{top}\n\n{bye}\n\n{who}\n>\n{wrapped(para, 72, left, right, prefix='> ')}\n>\n"
        f"> {bye.splitlines()[-1]}\n"
    )


def rows() -> list[Row]:
    dec = (2026, 12)
    lon, nyc, ber, par, mad, rom, ams, sao, hcm, zrh = (
        "Europe/London", "America/New_York", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
        "Europe/Rome", "Europe/Amsterdam", "America/Sao_Paulo", "Asia/Ho_Chi_Minh", "Europe/Zurich",
    )  # fmt: skip
    V, M = FAMILIES
    return [
        # ---- wrapinv36 --------------------------------------------------------------------
        (V, "video_call_clock_then_date", "en-GB", ("Harriet Booth", "harriet.booth@fenwick-analytics.example.co.uk"),
         "Interview invitation - Data Engineer", lon, INV, at(*dec, 17, 14, 30, lon, "Thu"),
         "Wrapped at 72 between '2:30 pm' and 'Thursday, 17 December 2026'.",
         body("Hi Alex,", "Thank you for applying to Fenwick Analytics. We would like to invite you to a video interview with Tom Walsh, our data platform lead, at 2:30 pm Thursday, 17 December 2026. The call will take about 45 minutes and the link follows in a separate email.",
              72, "2:30 pm", "Thursday, 17 December", "Best wishes,\nHarriet Booth\nFenwick Analytics")),
        (V, "onsite_date_then_at", "en-US", ("Marcus Reed", "marcus.reed@bluegrass-robotics.example.com"),
         "Onsite interview", nyc, INV, at(*dec, 15, 10, 0, nyc, "Tue"),
         "Wrapped at 76 between 'on Tuesday, December 15' and 'at 10:00 AM'.",
         body("Hi Alex,", "Great speaking with you last week. The team would like to meet you in person at our Manhattan office (5th floor, by Bryant Park) on Tuesday, December 15 at 10:00 AM for a round of three conversations. Please bring a photo ID for the front desk.",
              76, "December 15", "at 10:00 AM", "Thanks,\nMarcus Reed\nBluegrass Robotics")),
        (V, "gespraech_uhr_dann_datum", "de", ("Katrin Schuster", "katrin.schuster@isar-logistik.example.de"),
         "Einladung zum Vorstellungsgespräch", ber, INV, at(*dec, 16, 14, 0, ber, "Wed"),
         "Wrapped at 72 between 'um 14:00 Uhr' and 'am Mittwoch, 16. Dezember 2026'.",
         body("Hallo Alex,", "vielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem persönlichen Gespräch mit unserem Teamleiter ein, und zwar um 14:00 Uhr am Mittwoch, 16. Dezember 2026, in unserem Büro in der Leopoldstraße.",
              72, "um 14:00 Uhr", "am Mittwoch, 16. Dezember", "Viele Grüße\nKatrin Schuster\nIsar Logistik")),
        (V, "termin_datum_dann_um", "de", ("Jonas Brandt", "jonas.brandt@alpen-cloud.example.ch"),
         "Ihr Interview bei Alpen Cloud", zrh, INV, at(*dec, 18, 9, 30, zrh, "Fri"),
         "Wrapped at 76 between 'am Freitag, 18. Dezember 2026' and 'um 9:30 Uhr'.",
         body("Guten Tag Alex", "gerne möchten wir Sie näher kennenlernen und laden Sie zu einem Videointerview mit Frau Mai und Herrn Ott ein, am Freitag, 18. Dezember 2026 um 9:30 Uhr. Den Link erhalten Sie am Vortag.",
              76, "18. Dezember 2026", "um 9:30 Uhr", "Freundliche Grüsse\nJonas Brandt\nAlpen Cloud")),
        (V, "entretien_heure_puis_date", "fr", ("Élodie Marchand", "elodie.marchand@garonne-conseil.example.fr"),
         "Invitation à un entretien", par, INV, at(*dec, 14, 11, 0, par, "Mon"),
         "Wrapped at 72 between 'à 11h00' and 'le lundi 14 décembre 2026'.",
         body("Bonjour Alex,", "Suite à votre candidature, nous avons le plaisir de vous proposer un entretien téléphonique avec notre nouvelle directrice technique à 11h00 le lundi 14 décembre 2026. L'échange durera environ trente minutes.",
              72, "à 11h00", "le lundi 14 décembre", "Bien cordialement,\nÉlodie Marchand\nGaronne Conseil")),
        (V, "entretien_date_puis_a", "fr", ("Hugo Lambert", "hugo.lambert@rhone-mobilite.example.fr"),
         "Votre entretien chez Rhône Mobilité", par, INV, at(*dec, 17, 16, 30, par, "Thu"),
         "Wrapped at 76 between 'le jeudi 17 décembre' and 'à 16h30'.",
         body("Bonjour Alex,", "Nous serions ravis de poursuivre les échanges avec vous. Pourriez-vous venir à nos bureaux de Lyon Part-Dieu pour un long entretien le jeudi 17 décembre à 16h30 avec l'équipe produit ? Merci de confirmer.",
              76, "jeudi 17 décembre", "à 16h30", "Cordialement,\nHugo Lambert\nRhône Mobilité")),
        (V, "entrevista_hora_luego_fecha", "es", ("Marta Ibáñez", "marta.ibanez@meseta-pagos.example.es"),
         "Entrevista con Meseta Pagos", mad, INV, at(*dec, 15, 10, 30, mad, "Tue"),
         "Wrapped at 72 between 'a las 10:30' and 'el martes 15 de diciembre'.",
         body("Hola, Alex:", "Gracias por tu interés en Meseta Pagos. Nos gustaría invitarte a una entrevista por videollamada con el equipo de backend y datos a las 10:30 el martes 15 de diciembre. Te enviaremos el enlace el día anterior.",
              72, "a las 10:30", "el martes 15 de diciembre", "Un saludo,\nMarta Ibáñez\nMeseta Pagos")),
        (V, "colloquio_data_poi_alle", "it", ("Federica Galli", "federica.galli@brenta-software.example.it"),
         "Invito a colloquio", rom, INV, at(*dec, 16, 15, 0, rom, "Wed"),
         "Wrapped at 72 between 'mercoledì 16 dicembre' and 'alle 15:00'.",
         body("Ciao Alex,", "grazie per la candidatura. Ti invitiamo a un colloquio conoscitivo con il nostro responsabile tecnico, Luca Bianchini, mercoledì 16 dicembre alle 15:00 nella nostra sede di Padova.",
              72, "mercoledì 16 dicembre", "alle 15:00", "Un caro saluto,\nFederica Galli\nBrenta Software")),
        (V, "gesprek_tijd_dan_datum", "nl", ("Lotte Jansen", "lotte.jansen@zuiderzee-it.example.nl"),
         "Uitnodiging sollicitatiegesprek", ams, INV, at(*dec, 17, 13, 30, ams, "Thu"),
         "Wrapped at 76 between 'om 13:30 uur' and 'op donderdag 17 december 2026'.",
         body("Hoi Alex,", "Bedankt voor je sollicitatie bij Zuiderzee IT. We nodigen je graag uit voor een eerste kennismakingsgesprek met het team van de afdeling BI om 13:30 uur op donderdag 17 december 2026 op ons kantoor in Almere.",
              76, "om 13:30 uur", "op donderdag 17 december", "Met vriendelijke groet,\nLotte Jansen\nZuiderzee IT")),
        (V, "entrevista_data_depois_as", "pt-BR", ("Beatriz Moura", "beatriz.moura@cerrado-dados.example.com.br"),
         "Convite para entrevista", sao, INV, at(*dec, 18, 14, 0, sao, "Fri"),
         "Wrapped at 72 between 'sexta-feira, 18 de dezembro' and 'às 14h'.",
         body("Olá, Alex!", "Obrigada pelo interesse na Cerrado Dados. Gostaríamos de convidar você para uma entrevista online com a gestora na sexta-feira, 18 de dezembro às 14h. O link segue em outro e-mail.",
              72, "18 de dezembro", "às 14h", "Abraços,\nBeatriz Moura\nCerrado Dados")),
        (V, "phong_van_gio_roi_ngay", "vi", ("Nguyễn Thu Hà", "ha.nguyen@songhong-tech.example.vn"),
         "Thư mời phỏng vấn", hcm, INV, at(*dec, 15, 9, 0, hcm, "Tue"),
         "Wrapped at 72 between 'lúc 9h00 sáng' and 'thứ Ba, ngày 15/12/2026'.",
         body("Chào Alex,", "Cảm ơn bạn đã ứng tuyển vào Sông Hồng Tech. Chúng tôi trân trọng mời bạn tham dự buổi phỏng vấn trực tiếp vòng hai với trưởng phòng lúc 9h00 sáng thứ Ba, ngày 15/12/2026 tại văn phòng Hà Nội.",
              72, "9h00 sáng", "thứ Ba, ngày 15/12/2026", "Trân trọng,\nNguyễn Thu Hà\nSông Hồng Tech")),
        # ---- wrapmove36 -------------------------------------------------------------------
        (M, "moved_clock_then_date", "en-GB", ("Priya Shah", "priya.shah@thames-fintech.example.co.uk"),
         "Change to your interview time", lon, R, at(*dec, 16, 15, 0, lon, "Wed"),
         "Moved from 10:00 Monday 14 December to '3:00 pm' / 'Wednesday 16 December 2026' (wrap at 72).",
         body("Hi Alex,", "Apologies for the change: we need to move your interview from 10:00 on Monday 14 December (the slot you agreed with Sam last week) to 3:00 pm Wednesday 16 December 2026. The video link stays the same.",
              72, "3:00 pm", "Wednesday 16 December", "Kind regards,\nPriya Shah\nThames Fintech")),
        (M, "verschoben_uhr_dann_datum", "de", ("Tobias Keller", "tobias.keller@main-energie.example.de"),
         "Terminverschiebung Vorstellungsgespräch", ber, R, at(*dec, 17, 16, 0, ber, "Thu"),
         "Moved from Tuesday 15.12. 10:00 to '16:00 Uhr' / 'am Donnerstag, 17.12.2026' (wrap at 76).",
         body("Hallo Alex,", "leider müssen wir unser Gespräch verschieben: statt am Dienstag, 15.12., um 10:00 Uhr treffen wir uns wegen einer Terminkollision erst nun um 16:00 Uhr am Donnerstag, 17.12.2026. Der Ort bleibt unverändert.",
              76, "16:00 Uhr", "am Donnerstag, 17.12.2026", "Viele Grüße\nTobias Keller\nMain Energie")),
        (M, "deplace_date_puis_a", "fr", ("Manon Girard", "manon.girard@seine-data.example.fr"),
         "Report de votre entretien", par, R, at(*dec, 16, 14, 30, par, "Wed"),
         "Moved from lundi 14 décembre 9h to 'mercredi 16 décembre' / 'à 14h30' (wrap at 72).",
         body("Bonjour Alex,", "Un imprévu nous oblige à décaler notre rendez-vous : l'entretien prévu le lundi 14 décembre à 9h est finalement déplacé au mercredi 16 décembre à 14h30, toujours en visioconférence.",
              72, "mercredi 16 décembre", "à 14h30", "Bien à vous,\nManon Girard\nSeine Data")),
        (M, "cambio_fecha_luego_hora", "es", ("Andrés Molina", "andres.molina@tajo-cloud.example.es"),
         "Cambio de hora de tu entrevista", mad, R, at(*dec, 18, 11, 0, mad, "Fri"),
         "Moved from lunes 14 12:00 to 'viernes 18 de diciembre' / 'a las 11:00' (wrap at 76).",
         body("Hola, Alex:", "Te escribo porque tenemos que cambiar la entrevista. En lugar del lunes 14 a las 12:00, la pasamos, si a ti te viene bien ya, al viernes 18 de diciembre a las 11:00 con el mismo equipo y el mismo enlace.",
              76, "18 de diciembre", "a las 11:00", "Saludos,\nAndrés Molina\nTajo Cloud")),
        (M, "doi_lich_gio_roi_ngay", "vi", ("Lê Quốc Bảo", "bao.le@cuulong-soft.example.vn"),
         "Dời lịch phỏng vấn", hcm, R, at(*dec, 17, 14, 30, hcm, "Thu"),
         "Moved from 9h sáng thứ Hai 14/12 to '14h30 chiều' / 'thứ Năm, ngày 17/12/2026' (wrap at 72).",
         body("Chào Alex,", "Do thay đổi lịch của hội đồng, buổi phỏng vấn của bạn được dời từ 9h sáng thứ Hai 14/12 (theo lịch cũ đã gửi bạn tuần trước) sang 14h30 chiều thứ Năm, ngày 17/12/2026. Địa điểm không thay đổi.",
              72, "14h30 chiều", "thứ Năm, ngày 17/12/2026", "Trân trọng,\nLê Quốc Bảo\nCửu Long Soft")),
        (M, "spostato_data_poi_alle", "it", ("Matteo Ferri", "matteo.ferri@arno-digital.example.it"),
         "Spostamento del colloquio", rom, R, at(*dec, 15, 10, 30, rom, "Tue"),
         "Moved from lunedì 14 to 'martedì 15 dicembre' / 'alle 10:30' (wrap at 76).",
         body("Ciao Alex,", "purtroppo il colloquio di lunedì 14 non può tenersi come previsto e, d'accordo con il responsabile, lo abbiamo spostato a martedì 15 dicembre alle 10:30, sempre su Teams. Fammi sapere se per te va bene.",
              76, "martedì 15 dicembre", "alle 10:30", "A presto,\nMatteo Ferri\nArno Digital")),
        (M, "quoted_moved_clock_then_date", "en-GB", ("Oliver Grant", "oliver.grant@severn-health.example.co.uk"),
         "Re: New time for your interview", lon, R, at(*dec, 18, 11, 30, lon, "Fri"),
         "Follow-up quoting the sender's own move, re-wrapped at 72 with '> ': moved to '11:30 am' / 'Friday 18 December'.",
         followup("Hi Alex,\n\nJust checking you saw my note below about the new time - could you confirm it works?",
                  "On Wed, 2 Dec 2026 at 08:40, Oliver Grant <oliver.grant@severn-health.example.co.uk> wrote:",
                  "Hi Alex, the panel is no longer free on Thursday, so we have moved your interview with the whole hiring panel and Dr Evans to 11:30 am Friday 18 December 2026. Same video link as before.",
                  "11:30 am", "Friday 18 December", "Thanks,\nOliver Grant")),
        (M, "zitiert_datum_dann_um", "de", ("Sabine Roth", "sabine.roth@neckar-medtech.example.de"),
         "AW: Neuer Termin für Ihr Gespräch", ber, R, at(*dec, 21, 10, 0, ber, "Mon"),
         "Follow-up quoting the sender's own move, re-wrapped at 72 with '> ': 'auf Montag, 21. Dezember 2026' / 'um 10:00 Uhr'.",
         followup("Hallo Alex,\n\nkurze Erinnerung an meine Nachricht unten - passt Ihnen der neue Termin?",
                  "Am 02.12.2026 um 08:40 schrieb Sabine Roth <sabine.roth@neckar-medtech.example.de>:",
                  "Hallo Alex, wegen einer Terminkollision haben wir Ihr Gespräch mit der Bereichsleitung und der Teamleitung IT auf Montag, 21. Dezember 2026 um 10:00 Uhr verlegt. Alles andere bleibt gleich.",
                  "21. Dezember 2026", "um 10:00 Uhr", "Viele Grüße\nSabine Roth")),
        (M, "cite_heure_puis_date", "fr", ("Claire Dubois", "claire.dubois@loire-energie.example.fr"),
         "RE: Nouvel horaire pour votre entretien", par, R, at(*dec, 15, 15, 0, par, "Tue"),
         "Follow-up quoting the sender's own move, re-wrapped at 72 with '> ': 'à 15h00' / 'le mardi 15 décembre 2026'.",
         followup("Bonjour Alex,\n\nJe me permets de vous relancer au sujet du message ci-dessous : le nouvel horaire vous convient-il ?",
                  "Le mer. 2 déc. 2026 à 08:40, Claire Dubois <claire.dubois@loire-energie.example.fr> a écrit :",
                  "Bonjour Alex, suite à un empêchement du jury, nous avons déplacé votre entretien (même format, même jury, même durée, soit une heure) à 15h00 le mardi 15 décembre 2026. Le lien de connexion reste le même.",
                  "à 15h00", "le mardi 15 décembre", "Cordialement,\nClaire Dubois")),
        (M, "geciteerd_datum_dan_om", "nl", ("Daan Visser", "daan.visser@maas-logistiek.example.nl"),
         "Re: Nieuwe tijd voor je gesprek", ams, R, at(*dec, 16, 11, 0, ams, "Wed"),
         "Follow-up quoting the sender's own move, re-wrapped at 72 with '> ': 'naar woensdag 16 december' / 'om 11:00'.",
         followup("Hoi Alex,\n\nEven een herinnering aan mijn bericht hieronder: komt de nieuwe tijd je uit?",
                  "Op wo 2 dec 2026 om 08:40 schreef Daan Visser <daan.visser@maas-logistiek.example.nl>:",
                  "Hoi Alex, door een wijziging in de agenda van het team hebben we je gesprek verplaatst, in overleg met onze HR, naar woensdag 16 december om 11:00 uur, via dezelfde link.",
                  "woensdag 16 december", "om 11:00", "Groet,\nDaan Visser")),
    ]  # fmt: skip


def build() -> list[Case]:
    cases = []
    for family, name, lang, sender, subject, zone, kind, start, note, text in rows():
        sent = at(*SENT, 9, 5, zone, "Wed")
        raw = mail(
            f"wrap36/{family}/{name}", sender=sender, to=ME, subject=subject, sent=sent, text=text
        )
        label = {**p8.slot(start, None, kind=kind, sent=sent), "organizer_email": sender[1]}
        cases.append(
            Case(family, SPLITS[family], f"{lang}_{name}", raw, label, lang, note, HAND, OWN)
        )
    return cases


POLICY = (
    "## Label policy\n\n- An invitation is labelled with its slot; a move the employer has "
    "made is a `reschedule` labelled with the NEW slot. The end is not labelled (none is "
    "stated).\n- A line break the client put between a clock and its date joins nothing "
    "the writer meant to separate: the slot is the clock on that date.\n- No zone word: wall "
    "time at the Date offset (`tz_stated` false). `organizer_email` is the sender."
)

FIGURES = (
    "First sight (start right, measured once the files existed, before any rule): dev 11 of "
    "11, held out 4 of 10. After the soft-wrap join of the same branch: dev 11 of 11, held "
    "out 8 of 10."
)


def provenance(cases: list[Case]) -> str:
    langs = sorted({item.language for item in cases})
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the wrap36 batch (`build_wrap36.py`)",
        "",
        "Plain-text invitations and moves hard-wrapped at 72 or 76 columns with the slot's "
        "clock and date on either side of the break, and follow-ups quoting them with '> ' "
        "re-wrapped at 72. People, companies and addresses are made up; the wording is ours. "
        "Every label was written from the datetimes the text is rendered from, before the "
        "parser was run on the message.",
        "",
        POLICY,
        "",
        FIGURES,
        "",
        f"{len(cases)} messages in {len(SPLITS)} families, {len(langs)} language tags "
        f"({', '.join(langs)}). Held-out families ({len(held)} of {len(SPLITS)}, drawn by "
        "`random.Random('wrap36 coin').sample(sorted(families), 1)` before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_wrap36.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        fam_langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {fam_langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = build()
    if {item.family for item in cases} != set(SPLITS) or set(SOURCES) != set(SPLITS):
        raise ValueError("every family needs a split, a source line and a builder")
    pp.write_batch(cases, SPLITS, "PROVENANCE-wrap36.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
