# ruff: noqa: E501 (fixture mails read best one line a sentence)
"""An employer's short reply agreeing to the hour the candidate asked for, on the day the
subject names: "Klar, dann also 15:00 Uhr", "Claro, a las 15:00 entonces", "Bien sûr, va
pour 15:30", "Certo, facciamo alle 15:30", "Prima, dan wordt het 15:00", "w takim razie
15:00", "Claro, fica às 15:30", "Jistě, tak tedy v 15:30". The reply's only date is the
quoted mail's attribution line; the agreed hour on the subject's weekday is the slot. A reply
that agrees to nothing ("Danke, ich melde mich") sets none. Every mail here is written for
the test."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import plain_mail

SENT = "Mon, 20 Apr 2026 10:40:00 +0200"
# (subject naming the day, the day's date, the reply's line agreeing "{hour}", the quote)
CASES = {
    "de": ("AW: Vorstellungsgespräch am Donnerstag", 23, "Klar, dann also {hour} Uhr. Der Termin ist angepasst.",
           "Am Mo., 20. Apr. 2026 um 09:02 schrieb Alex Morgan <alex.morgan@mailbox.example>:\n> Ginge es auch um {hour}?"),
    "es": ("RE: Entrevista del jueves", 23, "Perfecto, a las {hour} entonces. Te he enviado la invitación nueva.",
           "El lun, 20 abr 2026 a las 9:02, Alex Morgan (<alex.morgan@mailbox.example>) escribió:\n> ¿Podría ser a las {hour}?"),
    "fr": ("RE: Entretien de jeudi", 23, "Pas de souci, va pour {hour}. L'invitation est à jour.",
           "Le lun. 20 avr. 2026 à 09:02, Alex Morgan <alex.morgan@mailbox.example> a écrit :\n> Serait-il possible de commencer à {hour} ?"),
    "it": ("R: Colloquio di giovedì", 23, "Va bene, facciamo alle {hour}. Invito aggiornato.",
           "Il giorno lun 20 apr 2026 alle ore 09:02 Alex Morgan <alex.morgan@mailbox.example> ha scritto:\n> Sarebbe possibile alle {hour}?"),
    "nl": ("Re: Sollicitatiegesprek donderdag", 23, "Geen probleem, dan wordt het {hour}. De uitnodiging is aangepast.",
           "Op ma 20 apr 2026 om 09:02 schreef Alex Morgan <alex.morgan@mailbox.example>:\n> Kan het ook om {hour}?"),
    "pl": ("Odp: Rozmowa w czwartek", 23, "Jasne, w takim razie {hour}. Zaproszenie zaktualizowane.",
           "W dniu pon., 20.04.2026 o 09:02 Alex Morgan <alex.morgan@mailbox.example> napisał:\n> Czy możemy o {hour}?"),
    "pt": ("RE: Entrevista de quinta-feira", 23, "Sem problema, fica às {hour}. Convite atualizado.",
           "Em seg., 20 de abr. de 2026 às 09:02, Alex Morgan <alex.morgan@mailbox.example> escreveu:\n> Pode ser às {hour}?"),
    "cs": ("Re: Pohovor ve čtvrtek", 23, "Dobře, tak tedy v {hour}. Pozvánku jsem upravil.",
           "Dne po 20. 4. 2026 v 9:02 Alex Morgan <alex.morgan@mailbox.example> napsal(a):\n> Šlo by to v {hour}?"),
}  # fmt: skip


def _reply(language: str, line: str, hour: str) -> bytes:
    subject, _day, _agree, quote = CASES[language]
    return plain_mail(
        subject,
        f"{line}\n\nJordan Lee\n\n{quote.format(hour=hour)}\n",
        sender="Jordan Lee <jordan.lee@firma.example>",
        to="Alex Morgan <alex.morgan@mailbox.example>",
        date=SENT,
    )


@settings(max_examples=40, deadline=None)
@given(
    language=st.sampled_from(sorted(CASES)),
    hour=st.sampled_from(["14:30", "15:00", "15:30", "16:00"]),
)
def test_an_agreed_hour_lands_on_the_subject_s_day(language: str, hour: str) -> None:
    _subject, day, agree, _quote = CASES[language]
    parsed = parse_message(_reply(language, agree.format(hour=hour), hour))
    assert parsed.start is not None, (language, hour)
    h, m = map(int, hour.split(":"))
    assert parsed.start.replace(tzinfo=None) == datetime(2026, 4, day, h, m), (language, hour)


@pytest.mark.parametrize("language", ["de", "es", "fr"])
def test_a_reply_that_agrees_to_no_hour_sets_none(language: str) -> None:
    line = {
        "de": "Danke für die Nachricht, ich melde mich morgen.",
        "es": "Gracias por el mensaje, te escribo mañana.",
        "fr": "Merci pour le message, je reviens vers vous demain.",
    }[language]
    parsed = parse_message(_reply(language, line, "15:00"))
    assert parsed.start is None or parsed.confidence < 0.5
