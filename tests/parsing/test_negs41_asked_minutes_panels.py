"""Look-alikes a job seeker forwards that name a time and set no interview (negs41).

- A move only asked for, in the polite forms the move questions lacked: German with the
  addressee ("Wäre es Ihnen möglich, das Gespräch auf … zu verschieben?"), Italian "riusciamo
  a spostare …?", English "Could we move it to … instead?".
- Minutes known by the minute-taker's line ("Minutes taken by") or by their Finnish name
  ("pöytäkirja"), with a "next meeting" time.
- A date poll whose subject names it in a compound ("Terminumfrage").
- Someone else's interview on a hiring team's tracker, in Czech ("Pohovor s uchazečem …") and
  Swedish ("Intervju med sökande …"), and a count of candidates with their times told to the
  panel ("Trois candidats : 9h …", "to kandidater til samtale: kl. 9.00 …").
- A meetup's job board ("tablón de empleo") beside the evening's time.
Each comes with a control: the same voice setting the reader's own time stays sure.
People, addresses and text are made up.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_not_sure, assert_sure_at, smtp_mail

SENDER = "Robin Hale <robin.hale@kestrel-works.example>"
USER = "Kit Marlow <kit.marlow@mailbox.example>"


def _mail(text: str, *, subject: str) -> bytes:
    return smtp_mail(subject, text, sender=SENDER, to=USER, date="Mon, 01 Feb 2027 09:30:00 +0100")


LOOKALIKES = [
    (
        "AW: Ihr Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\nunser Teamleiter ist am Dienstag verhindert. Wäre es Ihnen "
        "möglich, das Gespräch auf Donnerstag, 04.02., 10 Uhr zu verschieben? Ich warte auf "
        "Ihre Rückmeldung.\n\nViele Grüße\nRobin Hale\n",
    ),
    (
        "Colloquio",
        "Ciao Kit,\n\nriusciamo a spostare il colloquio a giovedì 4 febbraio alle 10:00? "
        "Fammi sapere.\n\nRobin\n",
    ),
    (
        "Re: Interview on Tuesday",
        "Hi Kit,\n\nOur lead is travelling on Tuesday. Could we move your interview to "
        "Thursday 4 Feb at 10am instead? Let me know.\n\nRobin\n",
    ),
    (
        "Minutes: hiring panel, meeting 2",
        "Present: R. Hale, K. Marlow, J. Ode\n\n1. Two candidates shortlisted.\n2. Rubric "
        "agreed.\n\nNext meeting: Thursday, February 11, 3:00 PM, Room 12.\n\nMinutes taken "
        "by K. Marlow\n",
    ),
    (
        "Hallituksen kokouksen pöytäkirja",
        "Pöytäkirja, hallituksen kokous 1.2.2027\n\n1. Toiminnanjohtajan rekrytointi: "
        "haastattelut helmikuussa.\n\nSeuraava kokous: to 11.2. klo 17.00, kerhohuone.\n",
    ),
    (
        "Neue Terminumfrage: Kennenlerngespräch",
        "Hallo Kit,\n\nRobin Hale hat eine Terminumfrage erstellt.\n\n- Do, 04.02.2027, "
        "10:00-11:00\n- Fr, 05.02.2027, 14:00-15:00\n\nBitte stimmen Sie bis Mittwoch ab.\n",
    ),
    (
        "[Nábor - Úkol #7] (Nový) Pohovor s uchazečem P. Dvořák",
        "Úkol #7 byl vytvořen uživatelem Robin Hale.\n\nPohovor s uchazečem P. Dvořák "
        "je ve čtvrtek 4. 2. v 10:00. Připrav prosím zadání.\n",
    ),
    (
        "[Rekrytering - Uppgift #9] (Ny) Intervju med sökande Eva Lind",
        "Ärende #9 har rapporterats (av Robin Hale).\n\nIntervju med sökande Eva Lind "
        "torsdag 4 februari kl. 10.00. Kan du boka rummet?\n",
    ),
    (
        "Jury d'entretiens du 4 février",
        "Bonjour à tous,\n\nLe jury d'entretiens se réunit jeudi 4 février. Trois candidats : "
        "9h M. Petit, 10h Mme Lopez, 11h M. Haddad.\n\nRobin\n",
    ),
    (
        "Samtaler fredag",
        "Hej alle\n\nPå fredag den 5. februar har vi to kandidater til samtale: kl. 9.00 "
        "Mads Berg og kl. 11.00 Line Juhl.\n\nRobin\n",
    ),
    (
        "Recordatorio: charla y empleo",
        "¡Hola!\n\nEl jueves 4 de febrero a las 19:00 tenemos charla y tablón de empleo en "
        "el centro cívico. Trae tu CV.\n\nPython Norte\n",
    ),
]


@pytest.mark.parametrize(("subject", "text"), LOOKALIKES)
def test_a_time_named_but_not_set_for_the_reader_is_not_sure(subject: str, text: str) -> None:
    assert_not_sure(_mail(text, subject=subject))


CONTROLS = [
    (
        "Ihr Vorstellungsgespräch",
        "Guten Tag Frau Marlow,\n\nwir laden Sie zum Vorstellungsgespräch am Donnerstag, "
        "04.02.2027, um 10:00 Uhr ein.\n\nViele Grüße\nRobin Hale\n",
        "2027-02-04T10:00",
    ),
    (
        "Colloquio",
        "Ciao Kit,\n\nil tuo colloquio è fissato per giovedì 4 febbraio alle 10:00 nella "
        "nostra sede.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Confirmed: interview moved to Thursday",
        "Hi Kit,\n\nAll set: your interview has moved to Thursday 4 Feb at 10am, same "
        "link.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Pozvánka na pohovor",
        "Dobrý den,\n\nzveme vás na pohovor ve čtvrtek 4. 2. 2027 v 10:00 u nás v "
        "kanceláři.\n\nRobin Hale\n",
        "2027-02-04T10:00",
    ),
    # the count of candidates without their schedule, and the reader's own slot after it
    (
        "Votre entretien",
        "Bonjour Kit,\n\nNous recevons trois candidats jeudi 4 février. Votre entretien est à "
        "10h, dans nos locaux.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Your interview",
        "Hi Kit,\n\nWe're seeing three candidates on Thursday 4 Feb; your interview is at 10am "
        "at our office.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Samtale",
        "Hej Kit\n\nVi har to kandidater til samtale torsdag den 4. februar, og din samtale er "
        "kl. 10.00 hos os.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Pozvánka na pohovor",
        "Vážený uchazeči,\n\nzveme Vás na pohovor s uchazeči na pozici analytik ve čtvrtek "
        "4. 2. 2027 v 10:00.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Intervju",
        "Hej Kit,\n\nVälkommen på intervju torsdag 4 februari kl. 10.00. Som sökande till "
        "tjänsten träffar du mig och Eva.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
    (
        "Convocation à un entretien",
        "Bonjour Kit,\n\nNous avons le plaisir de vous convier à un entretien le jeudi 4 "
        "février à 10h dans nos locaux.\n\nRobin\n",
        "2027-02-04T10:00",
    ),
]


@pytest.mark.parametrize(("subject", "text", "start"), CONTROLS)
def test_the_readers_own_slot_in_the_same_voice_stays_sure(
    subject: str, text: str, start: str
) -> None:
    assert_sure_at(_mail(text, subject=subject), start)
