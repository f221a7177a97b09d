"""An event whose title names an interview is no interview of the reader's.

Event platforms announce talks and workshops about interviews ("Taller d'entrevista de
feina", "Warsztaty: rozmowa kwalifikacyjna", "Lan-elkarrizketa tailerra", "İş görüşmesi
atölyesi", "Charla: cómo preparar la entrevista") and public interviews with a guest of a
cultural programme ("Entrevista en directe amb l'autora", "Samtal med författaren",
"Interviu cu autoarea", "Kirjailijahaastattelu", "Autorinnengespräch"): a new-event notice or
a reminder with the title, a date and a place. Controls: the reader's own interview with a
head of HR, with a senior writer (a publishing job), a company named "Talleres", an office
workshop ("atelier") as the place.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

TO = "Candidate <candidate@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"


def _notice(heading: str, title: str, when: str, place: str) -> tuple[str, str]:
    return (
        f"{heading}: {title}",
        f"{heading}\n\n{title}\n{when}\n{place}\n\nhttps://agenda.example.org/e/1",
    )


NOT_INTERVIEWS = [
    (
        "ca_workshop",
        *_notice(
            "Recordatori",
            "Taller d'entrevista de feina",
            "dijous, 11 de març, 18:00 - 20:00",
            "Biblioteca Exemple, Sala 2",
        ),
    ),
    (
        "ca_guest",
        *_notice(
            "Nou esdeveniment",
            "Entrevista en directe amb l'autora Marta Exemple",
            "dijous, 11 de març, 18:00 - 19:30",
            "Biblioteca Exemple",
        ),
    ),
    (
        "eu_workshop",
        *_notice(
            "Ekitaldi berria",
            "Lan-elkarrizketa tailerra",
            "martxoaren 11a, osteguna, 18:00 - 20:00",
            "Kultur Etxea, 2. gela",
        ),
    ),
    (
        "gl_workshop",
        *_notice(
            "Lembranza",
            "Obradoiro de entrevista de traballo",
            "xoves, 11 de marzo, 18:00 - 20:00",
            "Centro Cívico Exemplo",
        ),
    ),
    (
        "pl_workshop",
        *_notice(
            "Nowe wydarzenie",
            "Warsztaty: rozmowa kwalifikacyjna bez stresu",
            "czwartek 11 marca, 18:00 - 20:00",
            "Biblioteka Przykład",
        ),
    ),
    (
        "fi_guest",
        *_notice(
            "Muistutus",
            "Kirjailijahaastattelu: Aino Esimerkki",
            "torstai 11. maaliskuuta, 18:00 - 19:30",
            "Esimerkkikirjasto",
        ),
    ),
    (
        "ro_guest",
        *_notice(
            "Eveniment nou",
            "Interviu cu autoarea Ioana Exemplu",
            "joi 11 martie, 18:00 - 19:30",
            "Librăria Exemplu",
        ),
    ),
    (
        "tr_workshop",
        *_notice(
            "Hatırlatma",
            "İş görüşmesi atölyesi",
            "11 Mart Perşembe, 18:00 - 20:00",
            "Örnek Kültür Merkezi",
        ),
    ),
    (
        "sv_guest",
        *_notice(
            "Nytt evenemang",
            "Samtal med författaren Elsa Exempel",
            "torsdag 11 mars, 18:00 - 19:30",
            "Stadsbiblioteket",
        ),
    ),
    (
        "it_guest",
        *_notice(
            "Nuovo evento",
            "Intervista pubblica all'autrice Giulia Esempio",
            "giovedì 11 marzo, 18:00 - 19:30",
            "Biblioteca Esempio",
        ),
    ),
    (
        "es_talk",
        *_notice(
            "Recordatorio",
            "Charla: cómo preparar la entrevista de trabajo",
            "jueves, 11 de marzo, 18:00 - 19:30",
            "Biblioteca Municipal",
        ),
    ),
    (
        "de_guest",
        *_notice(
            "Neue Veranstaltung",
            "Autorinnengespräch mit Lena Beispiel",
            "Donnerstag, 11. März, 19:00 - 20:30",
            "Literaturhaus Beispiel",
        ),
    ),
    (
        "en_guest",
        *_notice(
            "New event",
            "In conversation with the author Sam Example",
            "Thursday 11 March, 19:00 - 20:30",
            "Example Library",
        ),
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body"), NOT_INTERVIEWS, ids=[n[0] for n in NOT_INTERVIEWS]
)
def test_event_about_interviews_not_claimed(name: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Agenda <noreply@agenda.example.org>", to=TO, date=DATE)
    assert not claimed(raw), name


INTERVIEWS = [
    (
        "es_head_of_hr",
        "Tu entrevista está confirmada",
        "Hola:\n\nTe confirmamos la entrevista con la directora de Recursos Humanos de Editorial "
        "Ejemplo para el puesto de Redactor/a júnior el jueves 11 de marzo de 2027 a las 10:00."
        "\n\nCalle Ejemplo 5, Madrid",
        "2027-03-11T10:00:00+01:00",
    ),
    (
        "en_senior_writer",
        "Interview invitation: Junior Copywriter",
        "Hi,\n\nThanks for applying for the Junior Copywriter role. We'd like to invite you to an "
        "interview with our senior writer, Dana Example, on Thursday 11 March 2027 at 14:00.\n\n"
        "Example Media, 4 Example Street, Leeds",
        "2027-03-11T14:00:00+01:00",
    ),
    (
        "es_company_talleres",
        "Entrevista",
        "Hola:\n\nTalleres de Ebro te ha convocado a una entrevista el jueves 11 de marzo de 2027 "
        "a las 10:00 en nuestra nave de Zaragoza.\n\nUn saludo",
        "2027-03-11T10:00:00+01:00",
    ),
    (
        "fr_atelier_place",
        "Entretien",
        "Bonjour,\n\nnous vous invitons à un entretien à l'atelier de Lyon le jeudi 11 mars 2027 "
        "à 10h00 avec le chef d'atelier.\n\nCordialement",
        "2027-03-11T10:00:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("name", "subject", "body", "start"), INTERVIEWS, ids=[n[0] for n in INTERVIEWS]
)
def test_own_interview_still_claimed(name: str, subject: str, body: str, start: str) -> None:
    raw = plain_mail(subject, body, sender="HR <hr@employer.example>", to=TO, date=DATE)
    parsed = parse_message(raw)
    assert parsed.kind == "invitation", name
    assert parsed.confidence >= 0.5, name
    assert parsed.start is not None, name
    assert parsed.start.isoformat() == start, name
