# ruff: noqa: E501 (each language's sentences read best whole)
"""Look-alikes of negs46 in more languages: an interview that is practice (a mock interview
with a mentor), the press's or a researcher's with the reader, a deadline ("inden torsdag",
"innen torsdag"), or the writer's own ("mám pohovor", "iş görüşmem var", "у мене
співбесіда") sets no job interview for the reader; the same shapes that do stay invitations."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from service.parsing import parse_message
from service.parsing.lexicon import CaseBlindCues
from service.parsing.lookalikes import (
    _AUTHORITY_MORE_LANGS,
    _PRACTICE_MORE_LANGS,
    _PRESS_MORE_LANGS,
    _WRITERS_MORE_LANGS,
    OTHER_SENSE_INTERVIEW_CUES,
    PRACTICE_CUES,
    WRITERS_INTERVIEW_CUES,
)
from tests.parsing.linearity import assert_linear, scans
from tests.parsing.mailkit import claimed, plain_mail

SENT = "Mon, 01 Jun 2026 09:30:00 +0200"  # Thursday 11 June is next week


def _mail(body: str, subject: str = "Thursday") -> bytes:
    return plain_mail(subject, f"Hi Alex,\n\n{body}\n\nPat", sender="Pat Lee <pat.lee@acme-works.example>",
                      to="alex@mailbox.example", date=SENT)  # fmt: skip


# A rehearsal of an interview, named by a word for practice, trial or simulation beside the
# interview noun: coaching, not an employer's selection.
PRACTICE = {
    "ro": "Simularea de interviu are loc joi, 11 iunie, la ora 16:00, pe Teams.",
    "hr": "Probni razgovor za posao održat ćemo u četvrtak, 11. lipnja, u 16:00 u Centru za karijere.",
    "nb": "Øvingsintervjuet ditt er torsdag 11. juni kl. 16.00 hos karrieresenteret.",
    "da": "Dit øvelsesinterview med din mentor er torsdag den 11. juni kl. 16.00.",
    "pt": "Vamos simular uma entrevista de emprego na quinta-feira, 11 de junho, às 16h, com a sua mentora.",
    "cs": "Cvičný pohovor s mentorkou proběhne ve čtvrtek 11. června v 16:00 online.",
    "hu": "A próbainterjú június 11-én, csütörtökön 16 órakor lesz a karrierirodában.",
    "el": "Η προσομοίωση συνέντευξης με τον σύμβουλο σταδιοδρομίας θα γίνει την Πέμπτη 11 Ιουνίου στις 16:00.",
    "uk": "Пробна співбесіда з ментором відбудеться в четвер, 11 червня, о 16:00 онлайн.",
    "vi": "Buổi phỏng vấn thử với cố vấn nghề nghiệp sẽ diễn ra lúc 16 giờ thứ Năm, ngày 11/6.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PRACTICE))
def test_a_practice_interview_is_named_as_one(lang: str) -> None:
    assert PRACTICE_CUES.search(PRACTICE[lang].lower())


@pytest.mark.parametrize("lang", ["ro", "hr", "nb", "pt", "cs", "uk"])
def test_a_practice_interview_is_not_claimed(lang: str) -> None:
    assert not claimed(_mail(PRACTICE[lang]))


# The reader is the one interviewed, for the press, a thesis, research or an archive: the
# writer is a journalist or a student, the interview "for my thesis", "de recherche", or it
# will be published.
PRESS = {
    "el": "Είμαι δημοσιογράφος και θα ήθελα να επιβεβαιώσω τη συνέντευξη την Πέμπτη 11 Ιουνίου στις 16:00.",
    "vi": "Tôi là phóng viên báo Công Nghệ; buổi phỏng vấn về dự án của anh sẽ diễn ra lúc 16 giờ thứ Năm, ngày 11/6.",
    "hu": "A szakdolgozatomhoz készülő interjú június 11-én, csütörtökön 16 órakor lesz online.",
    "fr": "Je vous confirme notre entretien de recherche sur le travail hybride le jeudi 11 juin à 16h.",
    "de": "Das Interview zeichnen wir am Donnerstag, 11. Juni, um 16 Uhr auf; es erscheint danach auf der Website der Konferenz.",
    "en": "Thank you for agreeing to be interviewed for our community history project. I'll visit on Thursday 11 June at 4pm.",
    "tr": "Gazeteci olarak sizinle yapacağım röportaj 11 Haziran Perşembe saat 16:00'da.",
    "uk": "Я журналістка видання «Техно»; інтерв'ю з вами запишемо в четвер, 11 червня, о 16:00.",
    "ro": "Sunt jurnalist la Ziarul de Cluj și vă confirm interviul de joi, 11 iunie, la ora 16:00.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PRESS))
def test_an_interview_with_the_reader_as_the_source_is_named_as_one(lang: str) -> None:
    assert OTHER_SENSE_INTERVIEW_CUES.search(PRESS[lang].lower())


@pytest.mark.parametrize("lang", ["el", "vi", "hu", "fr", "de", "en"])
def test_an_interview_with_the_reader_as_the_source_is_not_claimed(lang: str) -> None:
    assert not claimed(_mail(PRESS[lang]))


# The writer's own interview: the first person's possessive ("állásinterjúm", "iş görüşmem",
# "haastatteluni") or "I have" before the interview noun.
WRITERS_OWN = {
    "hu": "Képzeld, június 11-én, csütörtökön 16 órakor lesz az állásinterjúm!",
    "el": "Την Πέμπτη 11 Ιουνίου στις 16:00 έχω συνέντευξη για δουλειά.",
    "fi": "Minulla on työhaastattelu torstaina 11.6. klo 16.00, voitko lainata autoa?",
    "cs": "Ve čtvrtek 11. června v 16:00 mám pohovor v bance, drž mi palce.",
    "tr": "11 Haziran Perşembe saat 16:00'da iş görüşmem var, dua et.",
    "vi": "Mình có buổi phỏng vấn lúc 16 giờ thứ Năm, ngày 11/6, chúc mình may mắn nhé.",
    "uk": "У мене співбесіда в четвер, 11 червня, о 16:00, побажай удачі.",
    "ro": "Am un interviu joi, 11 iunie, la ora 16:00, ține-mi pumnii.",
    "hr": "Imam razgovor za posao u četvrtak, 11. lipnja, u 16:00.",
    "da": "Jeg har jobsamtale torsdag den 11. juni kl. 16.00, så jeg kan ikke komme.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(WRITERS_OWN))
def test_the_writers_own_interview_is_named_as_theirs(lang: str) -> None:
    assert WRITERS_INTERVIEW_CUES.search(WRITERS_OWN[lang].lower())


@pytest.mark.parametrize("lang", ["hu", "el", "cs", "tr", "uk", "hr"])
def test_the_writers_own_interview_is_not_claimed(lang: str) -> None:
    assert not claimed(_mail(WRITERS_OWN[lang]))


# the reader's interview, in the second person or the employer's invitation: still theirs
READERS = {
    "fi": "Työhaastattelusi on torstaina 11.6. klo 16.00 heidän toimistollaan.",
    "tr": "İş görüşmen 11 Haziran Perşembe saat 16:00'da, kimliğini unutma.",
    "el": "Η συνέντευξή σου είναι την Πέμπτη 11 Ιουνίου στις 16:00 στα γραφεία τους.",
    "cs": "Společnost Vltava Web Vás zve na pracovní pohovor ve čtvrtek 11. června v 16:00 v Praze.",
    "ro": "Vă invităm la un interviu de angajare pentru postul de jurnalist joi, 11 iunie, la ora 16:00, la redacție.",
    "da": "Vi inviterer dig til jobsamtale torsdag den 11. juni kl. 16.00 på vores kontor.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(READERS))
def test_the_readers_own_interview_is_still_claimed(lang: str) -> None:
    raw = _mail(READERS[lang])
    assert claimed(raw)
    start = parse_message(raw).start
    assert isinstance(start, datetime)
    assert (start.day, start.hour) == (11, 16)


@pytest.mark.parametrize("lang", sorted(READERS))
def test_the_readers_own_interview_is_not_the_writers(lang: str) -> None:
    assert not WRITERS_INTERVIEW_CUES.search(READERS[lang].lower())


# Danish "inden" and Norwegian "innen" (by, before) just before the date: a deadline
@pytest.mark.parametrize(
    "line",
    [
        "Udfyld venligst personlighedstesten inden torsdag den 11. juni kl. 16.00, før vi planlægger en samtale.",
        "Fullfør testen innen torsdag 11. juni kl. 16.00, så planlegger vi intervjuet.",
    ],
)
def test_a_nordic_by_makes_a_deadline(line: str) -> None:
    assert not claimed(_mail(line, subject="Test"))


@pytest.mark.parametrize(
    "fragment",
    [_PRACTICE_MORE_LANGS, _PRESS_MORE_LANGS, _WRITERS_MORE_LANGS, _AUTHORITY_MORE_LANGS],
)
@pytest.mark.parametrize("joiner", [" ", "\n"])
def test_the_new_words_stay_linear(fragment: str, joiner: str) -> None:
    """Each batch's words alone, on a megabyte of their own sentences."""
    words = " ".join(
        [*PRACTICE.values(), *PRESS.values(), *WRITERS_OWN.values(), *AUTHORITY.values()]
    )
    pattern = CaseBlindCues(fragment, re.IGNORECASE)  # as the lists run them
    assert_linear(
        scans(pattern), lambda n: joiner.join([words.lower()] * (n // len(words) + 1))[:n]
    )


# An authority's or a bank's interview about the reader's papers: a visa, a residence permit,
# citizenship, an account opened; no employer's.
AUTHORITY = {
    "vi": "Buổi phỏng vấn cấp thị thực tại Đại sứ quán diễn ra lúc 16 giờ thứ Năm, ngày 11/6.",
    "id": "Wawancara perpanjangan izin tinggal di kantor imigrasi: Kamis, 11 Juni 2026 pukul 16.00.",
    "hu": "A tartózkodási engedély ügyében tartott interjú június 11-én, csütörtökön 16 órakor lesz.",
    "ro": "Interviul pentru deschiderea contului are loc joi, 11 iunie, la ora 16:00, la sucursală.",
    "cs": "Pohovor k žádosti o povolení k pobytu proběhne ve čtvrtek 11. června v 16:00.",
    "tr": "Vize görüşmesi 11 Haziran Perşembe saat 16:00'da konsoloslukta yapılacaktır.",
    "el": "Η συνέντευξη στο προξενείο για τη θεώρηση εισόδου είναι την Πέμπτη 11 Ιουνίου στις 16:00.",
    "fi": "Oleskelulupahaastattelu on torstaina 11.6. klo 16.00 Maahanmuuttoviraston toimistossa.",
    "uk": "Співбесіда в консульстві щодо візи відбудеться в четвер, 11 червня, о 16:00.",
    "de": "Das Gespräch zu Ihrem Aufenthaltstitel findet am Donnerstag, 11. Juni, um 16 Uhr statt.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(AUTHORITY))
def test_an_authoritys_interview_is_no_job_interview(lang: str) -> None:
    assert not claimed(_mail(AUTHORITY[lang], subject="Termin"))


def test_an_italian_parents_formal_your_child_is_a_child() -> None:
    body = "Il colloquio di ammissione di sua figlia è giovedì 11 giugno alle 16:00 in segreteria."
    assert not claimed(_mail(body, subject="Ammissione"))


# the same offices hiring: a job word beside them keeps the invitation
def test_a_consulate_hiring_still_invites() -> None:
    body = "Il Consolato la invita a un colloquio per la posizione di assistente amministrativo giovedì 11 giugno alle 16:00."
    raw = _mail(body, subject="Colloquio")
    assert claimed(raw)


# a recruiter's own words for the interview WITH the reader: still the reader's
WITH_YOU = {
    "ro": "Vă confirm că am un interviu programat cu dumneavoastră joi, 11 iunie, la ora 16:00, la sediul nostru din Cluj.",
    "el": "Σας επιβεβαιώνω ότι έχω συνέντευξη μαζί σας την Πέμπτη 11 Ιουνίου στις 16:00 στα γραφεία μας.",
    "cs": "Potvrzuji, že s Vámi mám pohovor ve čtvrtek 11. června v 16:00 v naší kanceláři.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(WITH_YOU))
def test_the_writers_interview_with_the_reader_is_the_readers(lang: str) -> None:
    assert claimed(_mail(WITH_YOU[lang]))
