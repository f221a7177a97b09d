# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""The end of an interview stated in prose in the languages the corpus has least (ends79).

Why, one rule each (each extends an existing list):
- A range's joiner in Amharic "እስከ", Lao "ຫາ"/"ເຖິງ", Belarusian "да", Swahili "mpaka" and
  the Kyrgyz and Kazakh "from" glued to the clock ("14:00дөн") (when_clocks._RANGE_GAP).
- A second sentence that says the meeting goes on until a clock: English "will go on till",
  Belarusian "Сустрэча працягнецца да" (_NEXT_SENTENCE_END); the verb after the clock in
  Burmese "... နာရီတွင် ပြီးဆုံးပါမည်", Sinhala "... දක්වා පැවැත්වේ", Nepali and Hindi "...
  बजे सकिनेछ / समाप्त" (_VERB_LAST_END, read by _PROSE_END_AFTER and _LATER_END_VERB).
- Serbian "završava se oko 14 časova": an hour with a counting word after a verb of
  finishing and "about" is a clock (when_clocks._FINISH_ABOUT_HOUR).
- A length with the unit before its number ("dakika 45", "minti 30", "ìṣẹ́jú 45", "imizuzu
  engu-30") read count first (_counts_in_digits), with the unit words CLDR lacks (Tajik
  "дақиқа", Irish "nóiméad", Zulu and Xhosa "imizuzu", Yoruba "ìṣẹ́jú", Serbian "1 sat").
Controls: Swahili "saa 1" stays a clock word, never a length; "fika dakika 15 mapema"
(arrive 15 minutes early) is no length; "2 Sat scores" is no Serbian hour.

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0300"


def _read(body: str) -> tuple[str | None, str | None]:
    raw = plain_mail(
        "Interview",
        "Hello Alex,\n\n" + body + "\n\nHR",
        sender="HR <hr@firm.example>",
        to=TO,
        date=DATE,
    )
    got = parse_message(raw).to_json_dict()
    start, end = got.get("start"), got.get("end")
    return (str(start)[11:16] if start else None, str(end)[11:16] if end else None)


# mail body -> (start, end) as wall times on the slot's day
ENDS: dict[str, tuple[str, str]] = {
    "ለቃለ መጠይቅ ሐሙስ 11 ማርች 2027 ከ9:00 ጥዋት እስከ 9:45 ጥዋት ተጋብዘዋል።": ("09:00", "09:45"),
    "ສໍາພາດວຽກ ວັນພຸດ ທີ 17 ມີນາ 2027 ແຕ່ເວລາ 13:00 ເຖິງ 14:00 ໂມງ.": ("13:00", "14:00"),
    "Сумоўе ў чацвер, 11 сакавіка 2027 г., а 16:00. Сустрэча працягнецца да 16:40.": ("16:00", "16:40"),
    "Маек 11-март, бейшемби күнү саат 9:00дөн 9:40гө чейин болот.": ("09:00", "09:40"),
    "Usaili ni Alhamisi, tarehe 11 Machi 2027, kuanzia saa 3:00 asubuhi mpaka saa 4:00 asubuhi.": ("09:00", "10:00"),
    "The panel round is on Thursday, 11 March 2027, 11:00 AM onwards. It will go on till 12:15 PM.": ("11:00", "12:15"),
    "2027 မတ် 11 (ကြာသပတေး) နံနက် 9:00 နာရီတွင် အင်တာဗျူး စတင်ပါမည်။ 9:40 နာရီတွင် ပြီးဆုံးပါမည်။": ("09:00", "09:40"),
    "2027 මාර්තු 11, බ්‍රහස්පතින්දා 9:00 පෙ.ව. ට සම්මුඛ පරීක්ෂණයට ආරාධනා කරමු. එය 10:00 පෙ.ව. දක්වා පැවැත්වේ.": ("09:00", "10:00"),
    "अन्तर्वार्ता बिहीबार, 11 मार्च 2027 मा बिहान 9:30 बजे सुरु हुनेछ र 10:15 बजे सकिनेछ।": ("09:30", "10:15"),
    "Razgovor je u četvrtak, 11. marta 2027. Počinje u 9 časova i završava se oko 10 časova.": ("09:00", "10:00"),
    "Tuonane Alhamisi, tarehe 11/03/2027, saa 3:00 asubuhi (9:00 a.m.). Mazungumzo yatachukua dakika 40.": ("09:00", "09:40"),
    "Ìpàdé ní Ọjọ́bọ, 11/03/2027, ní aago 16:00. Yóò gba ìṣẹ́jú 50.": ("16:00", "16:50"),
    "Ingxoxo ngoLwesine, umhla ka-11 kuMashi 2027, ngo-16:00. Izothatha imizuzu engu-20.": ("16:00", "16:20"),
    "Agallamh Déardaoin, 11 Márta 2027, ag 16:00. Maireann sé 40 nóiméad.": ("16:00", "16:40"),
    "Суҳбат рӯзи панҷшанбе, 11 марти 2027, соати 16:00. Суҳбат 40 дақиқа тӯл мекашад.": ("16:00", "16:40"),
    "Razgovor je u četvrtak, 11. marta 2027, u 16 časova. Trajanje razgovora: 1 sat.": ("16:00", "17:00"),
}  # fmt: skip

# mail body -> its start; the second number is no end
NO_END: dict[str, str] = {
    "Usaili ni Alhamisi, tarehe 11/03/2027, saa 4:00 asubuhi (10:00 a.m.). Tafadhali fika dakika 15 mapema.": "10:00",
    "Interview on Thursday 11 March 2027 at 10:00. Bring your 2 Sat scores.": "10:00",
}  # fmt: skip


@pytest.mark.parametrize("body", sorted(ENDS))
def test_end_in_prose_is_read(body: str) -> None:
    assert _read(body) == ENDS[body]


@pytest.mark.parametrize("body", sorted(NO_END))
def test_second_number_is_no_end(body: str) -> None:
    assert _read(body) == (NO_END[body], None)
