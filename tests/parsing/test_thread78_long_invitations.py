# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""One fixed interview slot in a long mail, beside lines that cost it confidence (thread78).

Why, two rules:
- "if the time does not suit, suggest another" asks the reader to name a time; it offers
  none, and the condition ("Passar inte tiden", "Jeśli termin nie pasuje") declines nothing
  (lexicon.READER_ASKS_ALTERNATIVE, read by both the alternatives and the decline checks;
  the English, German, French and Spanish forms came with onto77, here the Italian with the
  pronoun joined on and the condition-first Portuguese, Swedish and Polish ones).
- a cue of another business in a postscript ("P.S. our webinar on 15 April at 18:00") is
  another matter added under the mail, not what the mail is about.
Controls: the writer's own second time after "if not" or "if that doesn't suit" still leaves
the choice open.

Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
SENDER = "Recruiting <jobs@kestrel-works.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"


def _mail(body: str) -> bytes:
    return plain_mail("Interview", body, sender=SENDER, to=TO, date=DATE)


SURE: dict[str, str] = {
    "it_orario": "Ciao Alex,\n\nil colloquio è fissato per giovedì 11 marzo alle 15:30 in via Verdi 9.\n\nSe l'orario non ti è comodo, proponici pure un'alternativa.\n\nCiao,\nPaola",
    "pt_caso": "Olá, Alex!\n\nSua entrevista será na quinta-feira, 11 de março, às 15h30, na Rua Augusta 9.\n\nCaso o horário não funcione, sugira uma alternativa.\n\nAbraços,\nBia",
    "sv_inverted": "Hej Alex,\n\nIntervjun är torsdag 11 mars kl. 15:30 på Drottninggatan 9.\n\nPassar inte tiden, föreslå gärna en annan.\n\nVänliga hälsningar\nIda",
    "pl_jesli": "Dzień dobry,\n\nrozmowa kwalifikacyjna odbędzie się w czwartek 11 marca o godz. 15:30, ul. Długa 9.\n\nJeśli ta godzina nie pasuje, prosimy o propozycję innego terminu.\n\nPozdrawiam\nOla",
    "de_ps_webinar": "Hallo Herr Morgan,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, 11. März um 15:30 Uhr ein.\n\nGrüße\nUte\n\nP.S. Am 15. April um 18:00 Uhr läuft unser Karriere-Webinar.",
    "sv_ps_webinar": "Hej Alex,\n\nIntervjun är torsdag 11 mars kl. 15:30 på Drottninggatan 9.\n\nHälsningar\nIda\n\nPS. Vi håller ett webbinarium om lönesamtal 15 april kl. 18:00.",
}


@pytest.mark.parametrize("name", sorted(SURE))
def test_one_slot_stays_sure(name: str) -> None:
    assert_sure_at(_mail(SURE[name]), "2027-03-11T15:30")


OPEN: dict[str, str] = {
    "en_writer_offers": "Hi Alex,\n\nWe can do Thursday 11 March at 15:30 for the interview. If that doesn't suit, we could offer an alternative on Monday 15 March at 9:00.\n\nBest,\nRuth",
    "es_writer_offers": "Hola Alex:\n\nTe esperamos el jueves 11 de marzo a las 15:30. Si no, te proponemos como alternativa el lunes 15 a las 9:00.\n\nUn saludo,\nPaula",
}


@pytest.mark.parametrize("name", sorted(OPEN))
def test_writers_second_time_leaves_choice_open(name: str) -> None:
    result = parse_message(_mail(OPEN[name]))
    assert result.confidence < 0.5, result
