"""Interviews, their moves and their ranges in languages the corpus has least are read as the
reader's own, sure enough to go to the calendar.

Kinyarwanda "ikiganiro cy'akazi", Oromo "af-gaaffii", Central Kurdish "چاوپێکەوتن", Tatar
"әңгәмә" and Sindhi "انٽرويو" name the interview (a meeting with someone, in a job search);
Frisian "fersette"/"ferset", Maltese "nċaqilqu"/"posposta", Nepali "परिवर्तन गरिएको",
Tatar "күчерелде", Luxembourgish "verluecht ginn" and Khmer "ត្រូវបានផ្លាស់ប្ដូរ" (subscript
da as well as ta, glued to the word before) move one. Ranges joined by Frisian "oant",
Javanese "ngantos"/"nganti", Oromo "irraa hanga" and Khmer "ដល់ម៉ោង"; Central Kurdish
"٢ی پاشنیوەڕۆ" (after noon in one word) is two in the afternoon. Controls: a Frisian job
alert, a Maltese rejection, Kinyarwanda thanks after the interview ("Urakoze ku
kiganiro") and a Kurdish request for documents whose interview time comes "later" ("دواتر")
set nothing sure. Fixtures are ours (names and companies made up).
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message

SENT = "Mon, 08 Mar 2027 09:15:00 {offset}"


def _mail(subject: str, body: str, offset: str) -> bytes:
    return (
        "From: Recruiter <hr@firm.example>\r\nTo: Alex Morgan <alex@mailbox.example>\r\n"
        f"Subject: {subject}\r\nDate: {SENT.format(offset=offset)}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


# (subject, body, Date offset, kind, expected start, expected end or None)
CASES = [
    (
        "Ikiganiro",
        "Muraho Alex,\nTuragutumiye ku kiganiro cy'akazi kuwa mbere, tariki ya 15 Werurwe, "
        "saa 09:00.\nDiane",
        "+0200",
        "invitation",
        "2027-03-15T09:00:00+02:00",
        None,
    ),
    (
        "Af-gaaffii",
        "Akkam Alex,\nAf-gaaffiin kee Jimaata, Bitootessa 12, sa'aatii 10:00 irraa hanga "
        "11:00tti ni ta'a.\nLammii",
        "+0300",
        "invitation",
        "2027-03-12T10:00:00+03:00",
        "2027-03-12T11:00:00+03:00",
    ),
    (
        "چاوپێکەوتن",
        "سڵاو Alex،\nچاوپێکەوتنەکەت ڕۆژی دووشەممە ١٥ی ئازار، کاتژمێر ٤ی پاشنیوەڕۆ دەبێت.\nهێمن",
        "+0300",
        "invitation",
        "2027-03-15T16:00:00+03:00",
        None,
    ),
    (
        "Әңгәмә",
        "Исәнмесез, Alex!\nСезне 16 март, сишәмбе көнне, сәгать 11:00дә әңгәмәгә "
        "чакырабыз.\nРуслан",
        "+0300",
        "invitation",
        "2027-03-16T11:00:00+03:00",
        None,
    ),
    (
        "Sollisitaasjegesprek",
        "Hoi Alex,\nDyn sollisitaasjegesprek is op freed 12 Maart fan 9.00 oant 10.00 oere.\nAnke",
        "+0100",
        "invitation",
        "2027-03-12T09:00:00+01:00",
        "2027-03-12T10:00:00+01:00",
    ),
    (
        "Wawancara",
        "Mas Alex,\nWawancarane dina Jumat, 12 Maret, jam 13.00 nganti 14.00.\nDimas",
        "+0700",
        "invitation",
        "2027-03-12T13:00:00+07:00",
        "2027-03-12T14:00:00+07:00",
    ),
    (
        "សម្ភាសន៍",
        "ជម្រាបសួរ Alex,\nការសម្ភាសន៍ការងារនៅថ្ងៃច័ន្ទ ទី១៥ ខែមីនា ពីម៉ោង ៩:០០ ដល់ម៉ោង ១០:០០ ព្រឹក។\nវិចិត្រ",
        "+0700",
        "invitation",
        "2027-03-15T09:00:00+07:00",
        "2027-03-15T10:00:00+07:00",
    ),
    (
        "Sollisitaasjegesprek",
        "Hoi Alex,\nDyn sollisitaasjegesprek is ferset nei freed 12 Maart om 11.00 oere.\nAnke",
        "+0100",
        "reschedule",
        "2027-03-12T11:00:00+01:00",
        None,
    ),
    (
        "Intervista",
        "Għażiż Alex,\nL-intervista tiegħek ġiet posposta għal nhar il-Ġimgħa, 12 ta' Marzu, "
        "fl-11:00 ta' filgħodu.\nKarl",
        "+0100",
        "reschedule",
        "2027-03-12T11:00:00+01:00",
        None,
    ),
    (
        "अन्तर्वार्ता",
        "नमस्ते Alex जी,\nतपाईंको अन्तर्वार्ताको समय परिवर्तन गरिएको छ: अब मार्च १२ शुक्रबार "
        "बिहान ११ बजे।\nदीपा",
        "+0545",
        "reschedule",
        "2027-03-12T11:00:00+05:45",
        None,
    ),
    (
        "Әңгәмә",
        "Исәнмесез, Alex!\nӘңгәмәгез 12 мартка, җомга, сәгать 11:00гә күчерелде.\nРуслан",
        "+0300",
        "reschedule",
        "2027-03-12T11:00:00+03:00",
        None,
    ),
    (
        "Gespréich",
        "Moien Alex,\nÄert Gespréich ass op e Freideg, den 12. Mäerz, um 11:00 Auer verluecht "
        "ginn.\nTom",
        "+0100",
        "reschedule",
        "2027-03-12T11:00:00+01:00",
        None,
    ),
    (
        "សម្ភាសន៍",
        "ជម្រាបសួរ Alex,\nការសម្ភាសន៍ការងាររបស់លោកត្រូវបានផ្លាស់ប្ដូរទៅថ្ងៃច័ន្ទ ទី១៥ ខែមីនា ម៉ោង ៩ ព្រឹក។\nវិចិត្រ",
        "+0700",
        "reschedule",
        "2027-03-15T09:00:00+07:00",
        None,
    ),
]


@pytest.mark.parametrize(("subject", "body", "offset", "kind", "start", "end"), CASES)
def test_interview_read_sure(
    subject: str, body: str, offset: str, kind: str, start: str, end: str | None
) -> None:
    parsed = parse_message(_mail(subject, body, offset))
    assert parsed.kind == kind
    assert parsed.confidence >= 0.5
    assert parsed.start is not None
    assert parsed.start.isoformat() == start
    assert (parsed.end.isoformat() if parsed.end else None) == end


LOOKALIKES = [
    (
        "Nije fakatueres",
        "Hoi Alex,\nNije fakatueres foar dy: Boekhâlder yn Harns, reagearje foar 19 Maart.\n",
        "+0100",
    ),
    (
        "L-applikazzjoni",
        "Għażiż Alex,\nGrazzi tal-intervista nhar il-Ġimgħa, 5 ta' Marzu, fl-10:00. "
        "Jiddispjaċina, għażilna kandidat ieħor.\nKarl",
        "+0100",
    ),
    (
        "Murakoze",
        "Muraho Alex,\nUrakoze ku kiganiro twagiranye uyu munsi. Tuzagusubiza kuwa kane, "
        "tariki ya 11 Werurwe, saa 16:00.\nDiane",
        "+0200",
    ),
    (
        "بەڵگەنامەکان",
        "سڵاو Alex،\nتکایە بەڵگەنامەکانت تا ڕۆژی پێنجشەممە ١١ی ئازار کاتژمێر ٤ی پاشنیوەڕۆ "
        "بنێرە. کاتی چاوپێکەوتن دواتر پێت دەڵێین.\nهێمن",
        "+0300",
    ),
]


@pytest.mark.parametrize(("subject", "body", "offset"), LOOKALIKES)
def test_lookalikes_set_nothing(subject: str, body: str, offset: str) -> None:
    parsed = parse_message(_mail(subject, body, offset))
    assert parsed.kind == "not_invitation" or parsed.confidence < 0.5
