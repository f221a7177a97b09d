"""The reader on the employer's side: told that a candidate will come in, or assigned as an
interviewer by a recruiting system, in the languages the older lists lacked.

A hiring manager writes "ve čtvrtek v 10:00 k nám přijde na pohovor paní ...", "vine la
interviu domnul ...", "к нам придёт на собеседование ...", "vem cá a ... para a entrevista",
"... görüşmeye gelecek", "Nora Blake is coming in for an interview"; a system says "Вы
назначены интервьюером", "mülakatçı olarak atandınız", "면접관으로 배정되었습니다", "您已被指派为
面试官". The candidate's own invitation naming the interviewers stays claimed.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import claimed, plain_mail

ME = "Alex Morgan <alex.morgan@firma.example>"
DATE = "Mon, 03 May 2027 09:00:00 +0200"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="Team <team@firma.example>", to=ME, date=DATE)


COMES_IN = [
    (
        "cs",
        "Úterý",
        "Ahoj Alexi,\n\nv úterý 11. května v 10:00 přijde na pohovor pan Tomáš Beneš. Budeš u "
        "toho?\n\nMartin",
    ),
    (
        "ro",
        "Marți",
        "Bună Alex,\n\nmarți, 11 mai, la ora 10:00, vine la interviu doamna Ana Ionescu. Poți "
        "participa?\n\nAdrian",
    ),
    (
        "ru",
        "Вторник",
        "Алекс, привет!\n\nВо вторник, 11 мая, в 10:00 придёт на собеседование Игорь Петров. "
        "Посидишь со мной?\n\nНаталья",
    ),
    (
        "pt-PT",
        "Terça",
        "Olá Alex,\n\nna terça-feira, 11 de maio, às 10h00, vem cá o Pedro Santos para a "
        "entrevista. Podes estar presente?\n\nJoana",
    ),
    (
        "tr",
        "Salı",
        "Merhaba Alex,\n\nMert Demir 11 Mayıs Salı saat 10:00'da görüşmeye gelecek. Sen de "
        "katılır mısın?\n\nSelin",
    ),
    (
        "en",
        "Tuesday",
        "Hi Alex,\n\nNora Blake is coming in for an interview on Tuesday, May 11 at 10:00 AM. "
        "Can you join me?\n\nMia",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), COMES_IN)
def test_candidate_coming_in_told_to_a_colleague_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert not claimed(_mail(subject, body)), lang


ASSIGNED = [
    (
        "ru",
        "Вы назначены интервьюером",
        "Вы назначены интервьюером для соискателя Игорь Петров.\n\nДата: вторник, 11 мая "
        "2027 г., 10:00–11:00\n",
    ),
    (
        "tr",
        "Mülakatçı olarak atandınız",
        "Mert Demir adlı başvuru sahibi için mülakatçı olarak atandınız.\n\nTarih: 11 Mayıs "
        "2027 Salı, 10:00–11:00\n",
    ),
    (
        "ko",
        "[면접관 배정]",
        "지원자 박지훈 님의 면접에 면접관으로 배정되었습니다.\n\n"
        "일시: 2027년 5월 11일(화) 오전 10시\n",
    ),
    (
        "zh",
        "面试官指派",
        "您已被指派为应聘者 孙丽 的面试官。\n\n时间：2027年5月11日（星期二）上午10:00\n",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), ASSIGNED)
def test_system_assigning_the_reader_as_interviewer_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert not claimed(_mail(subject, body)), lang


def test_own_invitation_naming_the_interviewers_stays_claimed() -> None:
    raw = _mail(
        "Zaproszenie na rozmowę",
        "Dzień dobry Panie Alexie,\n\nzapraszamy na rozmowę kwalifikacyjną we wtorek 11 maja "
        "2027 r. o 10:00. Rozmowę przeprowadzą: Katarzyna Nowak i Anna Zając.\n",
    )
    assert claimed(raw)


def test_own_invitation_saying_you_come_in_stays_claimed() -> None:
    raw = _mail(
        "Interview",
        "Dear Alex,\n\nyou will come in for an interview on Tuesday, May 11, 2027 at 10:00 "
        "AM.\n\nBest,\nMia",
    )
    assert claimed(raw)
