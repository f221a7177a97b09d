"""Phone forwards (mobile20): format=flowed parts and notes that disown the forwarded mail.

iOS Mail and Thunderbird send plain parts as format=flowed (RFC 3676): a line that ends in a
space goes on in the next line, and with DelSp=yes (Apple Mail) the space is not text. A wrap
inside "2:30 PM" must not become 2:00. A French user who forwards a colleague's invitation
writes "pas le mien"; nothing must be added for them.
"""

from __future__ import annotations

from service.parsing import parse_message
from service.parsing.mime import unflow

HEAD = (
    "Date: Tue, 01 Dec 2026 11:20:00 -0500\r\n"
    "From: Jo Park <jo.park@mailbox.example>\r\n"
    "To: Afterview <in@afterview.example>\r\n"
    "Subject: Fwd: Interview with the data team\r\n"
    "Message-ID: <flowed-test@mailbox.example>\r\n"
    "MIME-Version: 1.0\r\n"
)


def _flowed(body: str, delsp: str) -> bytes:
    params = "; format=flowed" + ("; delsp=yes" if delsp == "yes" else "")
    return (
        HEAD
        + f"Content-Type: text/plain; charset=us-ascii{params}\r\n"
        + "Content-Transfer-Encoding: 7bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


FORWARD = (
    "Sent from my iPhone\n\nBegin forwarded message:\n\n"
    "From: Lee Grant <lee.grant@copperfield.example>\n"
    "Date: December 1, 2026 at 9:14:00 AM EST\n"
    "To: Jo Park <jo.park@mailbox.example>\n"
    "Subject: Interview with the data team\n\n"
    "Hi Jo,\n\nYour interview with the data team is on Thursday, December 10, 2026 at 2: \n"
    "30 PM ET and runs 45 minutes.\n\nLee\n"
)


def test_delsp_wrap_inside_the_time_keeps_the_half_hour() -> None:
    result = parse_message(_flowed(FORWARD, "yes")).to_json_dict()
    assert result["start"] == "2026-12-10T14:30:00-05:00"
    assert result["end"] == "2026-12-10T15:15:00-05:00"
    assert float(result["confidence"]) >= 0.5


def test_flowed_wrap_inside_the_date_reads_the_day() -> None:
    body = FORWARD.replace(
        "Thursday, December 10, 2026 at 2: \n30 PM", "Thursday, December \n10, 2026 at 2:30 PM"
    )
    result = parse_message(_flowed(body, "no")).to_json_dict()
    assert result["start"] == "2026-12-10T14:30:00-05:00"


def test_unflow_follows_rfc_3676() -> None:
    # DelSp=yes drops the soft-break space; DelSp=no keeps it
    assert unflow("at 2: \r\n30 PM\r\n", delsp=True) == "at 2:30 PM\n"
    assert unflow("December \n10 at 11\n", delsp=False) == "December 10 at 11\n"
    # the signature separator "-- " is not a soft break, and space-stuffing is undone
    assert unflow("Lee\n-- \n From the team\n", delsp=False) == "Lee\n-- \nFrom the team\n"
    # a soft break does not join lines of different quote depths
    assert unflow("> quoted \nnew text\n", delsp=False) == "> quoted \nnew text\n"


def test_plain_part_without_format_flowed_is_left_alone() -> None:
    raw = (
        HEAD
        + "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        + "Hi Jo,\r\n\r\nYour interview is on Thursday, December 10, 2026 at 2:30 PM ET. \r\n"
        + "Lee\r\n"
    ).encode()
    result = parse_message(raw).to_json_dict()
    assert result["start"] == "2026-12-10T14:30:00-05:00"


COLLEAGUE = (
    "Date: Tue, 01 Dec 2026 11:20:00 +0100\r\n"
    "From: Jo Park <jo.park@mailbox.example>\r\n"
    "To: Afterview <in@afterview.example>\r\n"
    "Subject: TR: Entretien jeudi\r\n"
    "Message-ID: <colleague-test@mailbox.example>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "{note}\r\n\r\n"
    "________________________________\r\n"
    "De : Nadia Benali <nadia.benali@ormeaux.example>\r\n"
    "Envoyé : mardi 1 décembre 2026 09:14:00\r\n"
    "À : Jo Park <jo.park@mailbox.example>\r\n"
    "Objet : Entretien jeudi\r\n\r\n"
    "Bonjour,\r\n\r\nJe vous confirme votre entretien le jeudi 10 décembre à 11h00 dans nos "
    "locaux de Nantes.\r\n\r\nNadia Benali\r\n"
)


def test_note_pas_le_mien_disowns_the_forwarded_invitation() -> None:
    raw = COLLEAGUE.format(note="pour info, c'est l'entretien de ma collègue, pas le mien")
    result = parse_message(raw.encode()).to_json_dict()
    assert float(result["confidence"]) < 0.5
    assert any("someone else's" in warning for warning in result["warnings"])


def test_note_that_owns_the_invitation_stays_sure() -> None:
    raw = COLLEAGUE.format(note="mon entretien, merci de l'ajouter")
    result = parse_message(raw.encode()).to_json_dict()
    assert result["start"] == "2026-12-10T11:00:00+01:00"
    assert float(result["confidence"]) >= 0.5


def test_other_romance_notes_disown_too() -> None:
    for note in ("ojo: no es el mío, es de mi hermana", "non è il mio, è di Luca", "não é o meu"):
        raw = COLLEAGUE.format(note=note)
        result = parse_message(raw.encode()).to_json_dict()
        assert float(result["confidence"]) < 0.5, note
