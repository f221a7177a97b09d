"""Two readings the tools64 batch (Stalwart, Elgg Event Manager) showed wrong.

A group's new event announced to its members ("Sam created a new event …", "… heeft een
nieuw evenement gepland") is an event for an audience, however much it is about jobs.
And the warning a calendar invitation ends with, that forwarding it lets any recipient
"join the guest list" or "alter your RSVP" (Google Calendar, Stalwart), names the reader's own
meeting's guests: a forwarded invitation that keeps it is still the reader's interview.
Mail texts here are ours.
"""

from __future__ import annotations

import pytest

from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex@inbox.example>"
DATE = "Mon, 01 Mar 2027 09:00:00 +0100"

GROUP_EVENTS = [
    (
        "en",
        "An event has been created: Recruiters' breakfast",
        "Jordan Lane created a new event Recruiters' breakfast\n\nMeet recruiters from local "
        "firms on Friday, March 12, 2027 at 8:30 AM at the Old Mill.",
    ),
    (
        "fr",
        "Nouvel événement : Café emploi",
        "Le groupe Emploi Nantes a publié un nouvel événement : Café emploi, le vendredi 12 mars "
        "2027 à 8 h 30, au Café du Quai. Venez rencontrer des recruteurs.",
    ),
    (
        "de",
        "Neue Veranstaltung: Bewerberfrühstück",
        "Jonas Weber hat eine neue Veranstaltung erstellt: Bewerberfrühstück mit Personalern aus "
        "der Region, Freitag, 12. März 2027 um 8:30 Uhr im Stadtcafé.",
    ),
    (
        "es",
        "Nuevo evento: Desayuno con reclutadores",
        "Lucía Gómez creó un nuevo evento: Desayuno con reclutadores, el viernes 12 de marzo de "
        "2027 a las 8:30 en el Café Central.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body"), GROUP_EVENTS, ids=[e[0] for e in GROUP_EVENTS]
)
def test_group_new_event_notice_is_not_claimed(lang: str, subject: str, body: str) -> None:
    raw = plain_mail(subject, body, sender="Community <notify@groups.example>", to=TO, date=DATE)
    assert not claimed(raw), lang


FORWARDS = [
    (
        "en",
        "Fwd: Invitation: Interview: Alex Morgan / Data Engineer @ Tuesday March 16, 2027 "
        "2:30pm (America/New_York)",
        "FYI, my interview next week.\n\n---------- Forwarded message ---------\nFrom: Dana "
        "<dana@harbor.example.com>\nSubject: Invitation: Interview: Alex Morgan / Data Engineer\n\n"
        "Summary\nInterview: Alex Morgan / Data Engineer\nWhen\nTuesday March 16, 2027 2:30pm "
        "(America/New_York)\nReply as alex@inbox.example for this event series\nYes\nNo\nMaybe\n"
        "Forwarding this e-mail could allow any recipient to reply to the organizer, join the "
        "guest list, extend the invitation to others, or alter your RSVP.\n",
        "2027-03-16T14:30",
    ),
    (
        "de",
        "WG: Einladung: Vorstellungsgespräch – Alex Morgan @ Donnerstag 18. März 2027 10:00 Uhr "
        "(Europe/Berlin)",
        "Zur Info.\n\n---------- Forwarded message ---------\nFrom: Katrin <k@lindenhof.example.de>"
        "\nSubject: Einladung: Vorstellungsgespräch – Alex Morgan\n\nZusammenfassung\n"
        "Vorstellungsgespräch – Alex Morgan\nWann\nDonnerstag 18. März 2027 10:00 Uhr "
        "(Europe/Berlin)\nJa\nNein\nVielleicht\nWenn Sie diese Einladung weiterleiten, kann jeder "
        "Empfänger der Gästeliste beitreten oder Ihre Zusage ändern.\n",
        "2027-03-18T10:00",
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body", "start"), FORWARDS, ids=[f[0] for f in FORWARDS]
)
def test_forwarding_warning_leaves_forwarded_invitation_sure(
    lang: str, subject: str, body: str, start: str
) -> None:
    raw = plain_mail(subject, body, sender=TO, to=TO, date=DATE)
    assert_sure_at(raw, start, or_screened=True)
