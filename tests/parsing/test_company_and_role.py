"""The company and role a user sees on an interview are the ones the mail names.

Employers write their legal form ("Kft.", "sp. z o.o.") and users expect it kept; hiring
platforms and mail hosts send the mail but are never the employer; a "Position:" line names
the post in whatever language the mail is in.
"""

from __future__ import annotations

from email.header import Header

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message

LEGAL_FORMS = [
    "GmbH",
    "AG",
    "S.p.A.",
    "S.r.l.",
    "A.Ş.",
    "Kft.",
    "Zrt.",
    "Oy",
    "AB",
    "AS",
    "A/S",
    "ApS",
    "SRL",
    "a.s.",
    "s.r.o.",
    "sp. z o.o.",
    "B.V.",
    "SAS",
    "S.A.",
    "Pvt. Ltd.",
    "Inc.",
]


def _mail(body: str, *, sender: str, subject: str = "Interview invitation") -> bytes:
    encoded = subject if subject.isascii() else Header(subject, "utf-8").encode()
    return (
        f"From: {sender}\r\nTo: jo@example.org\r\nSubject: {encoded}\r\n"
        "Date: Mon, 20 Apr 2026 12:48:00 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"\r\n{body}"
    ).encode()


def _invitation(company_line: str) -> str:
    return (
        "Hello,\r\n\r\nWe would like to invite you to an interview on Thursday, 23 April 2026 "
        f"at 10:00 CEST.\r\n\r\nKind regards,\r\nAna Ruiz\r\n{company_line}\r\n"
    )


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Brightwater", "Nordkyst Kraft", "Balaton Logisztika", "Wisła Data"]),
    st.sampled_from(LEGAL_FORMS),
)
def test_the_legal_form_is_kept_as_written(name: str, form: str) -> None:
    domain = name.lower().replace(" ", "").replace("ł", "l") + ".eu"
    raw = _mail(_invitation(f"{name} {form}"), sender=f"Ana Ruiz <ana@{domain}>")
    assert parse_message(raw).company == f"{name} {form}"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        [
            "acme.myworkday.com",
            "mail.successfactors.eu",
            "rallly.co",
            "onet.pl",
            "outlook.de",
            "kpnmail.nl",
            "eu.greenhouse.io",
            "notifications.smartrecruiters.com",
            "acme.teamtailor-mail.com",
        ]
    )
)
def test_a_hiring_platform_or_mail_host_is_never_the_company(host: str) -> None:
    raw = _mail(_invitation("Talent team"), sender=f"Talent <noreply@{host}>")
    company = parse_message(raw).company or ""
    label = host.split(".")[-2].split("-")[0]
    assert label not in company.lower().replace(" ", "")


@given(
    st.sampled_from(
        [
            ("Position: Účetní", "Účetní"),
            ("Stelle: Junior Controller (m/w/d)", "Junior Controller (m/w/d)"),
            ("Poste : Chef de projet e-commerce", "Chef de projet e-commerce"),
            ("Posizione: Sviluppatore Full Stack", "Sviluppatore Full Stack"),
            ("Stanowisko: Inżynier danych", "Inżynier danych"),
            ("Pozice: Technik údržby", "Technik údržby"),
            ("Puesto: Analista de Compras", "Analista de Compras"),
            ("Vaga: Analista de Dados Pleno", "Analista de Dados Pleno"),
            ("Functie: Werkvoorbereider", "Werkvoorbereider"),
        ]
    )
)
def test_a_role_line_names_the_post_in_any_language(pair: tuple[str, str]) -> None:
    line, role = pair
    raw = _mail(_invitation(line), sender="Ana Ruiz <ana@brightwater.eu>")
    assert parse_message(raw).role == role


def test_a_role_line_holding_a_link_or_a_time_is_not_a_title() -> None:
    body = _invitation("Role: https://jobs.brightwater.eu/123\r\nPosition: 10:00-11:00")
    raw = _mail(body, sender="Ana Ruiz <ana@brightwater.eu>", subject="Interview")
    role = parse_message(raw).role or ""
    assert "http" not in role
    assert "10:00" not in role


@given(
    st.sampled_from(
        [
            ("Pozvánka na pohovor – Účetní", "Účetní"),
            ("Kutsu haastatteluun – Ohjelmistokehittäjä", "Ohjelmistokehittäjä"),
            ("Mülakat daveti – Satın Alma Uzmanı", "Satın Alma Uzmanı"),
            ("Einladung zum Gespräch – Konstrukteur (m/w/d)", "Konstrukteur (m/w/d)"),
            (
                "Invitación a entrevista – Técnico de Soporte (Nivel 2)",
                "Técnico de Soporte (Nivel 2)",
            ),
            ("Uitnodiging – Werkvoorbereider (Duinzicht Techniek)", "Werkvoorbereider"),
        ]
    )
)
def test_the_post_after_the_invitation_words_of_a_subject(pair: tuple[str, str]) -> None:
    subject, role = pair
    raw = _mail(_invitation(""), sender="Ana Ruiz <ana@brightwater.eu>", subject=subject)
    assert parse_message(raw).role == role


@given(
    st.sampled_from(["Interview – Brightwater", "Invitation – HR round", "Interview – Fri 10:00"])
)
def test_the_employer_a_stage_or_a_time_after_the_dash_is_no_post(subject: str) -> None:
    raw = _mail(_invitation(""), sender="Ana Ruiz <ana@brightwater.eu>", subject=subject)
    role = parse_message(raw).role or ""
    assert subject.rsplit("– ", 1)[1] not in role
