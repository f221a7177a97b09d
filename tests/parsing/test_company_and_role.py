"""The company and role a user sees on an interview are the ones the mail names.

Employers write their legal form ("Kft.", "sp. z o.o.") and users expect it kept; hiring
platforms and mail hosts send the mail but are never the employer; a "Position:" line names
the post in whatever language the mail is in.
"""

from __future__ import annotations

from email.header import Header
from email.utils import formataddr

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


def _html_mail(plain: str, html: str, *, sender: str, subject: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: jo@example.org\r\nSubject: {subject}\r\n"
        "Date: Mon, 20 Apr 2026 12:48:00 +0200\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{plain}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n--b--\r\n"
    ).encode()


@given(
    st.sampled_from(
        [
            (
                "Unirse con Google Meet\r\nmeet.google.com/abc-defg-hij",
                "https://meet.google.com/abc-defg-hij",
            ),
            (
                "Ort: Videocall – https://lindenhof.personio.de/meet/7a2b9c",
                "https://lindenhof.personio.de/meet/7a2b9c",
            ),
            (
                "Länk: https://app.teamtailor.com/video-meetings/q4w8-2zz1",
                "https://app.teamtailor.com/video-meetings/q4w8-2zz1",
            ),
            (
                "Salle : https://visio.ormeaux-energie.fr/rdv/entretien-42",
                "https://visio.ormeaux-energie.fr/rdv/entretien-42",
            ),
            (
                "Sala: https://nube.pinarcito.es/call/k3j9x2pq",
                "https://nube.pinarcito.es/call/k3j9x2pq",
            ),
        ]
    )
)
def test_a_meeting_room_link_is_found_in_any_service(pair: tuple[str, str]) -> None:
    line, url = pair
    raw = _mail(_invitation(line), sender="Ana Ruiz <ana@brightwater.eu>")
    assert parse_message(raw).meeting_url == url


def test_a_link_behind_an_html_button_is_the_meeting_link() -> None:
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWx%40thread.v2/0?a=1&b=2"
    html = (
        "<p>Entrevista el jueves 23 de abril de 2026 a las 10:00 (Europe/Madrid).</p>"
        f'<p><a href="{url.replace("&", "&amp;")}">Unirse a la reunión</a></p>'
    )
    plain = "Consulta los detalles en la versión HTML de este correo."
    raw = _html_mail(
        plain, html, sender="Ana <noreply@smartrecruiters.com>", subject="Entrevista confirmada"
    )
    assert parse_message(raw).meeting_url == url


@given(
    st.sampled_from(
        [
            ("ana@kaasenzonen.nl", "Kaas & Zonen", "Kaas & Zonen"),
            ("ana@pepperandpine.co.uk", "Pepper & Pine", "Pepper & Pine"),
            ("ana@muehlenbaecker.de", "Mühlenbäcker", "Mühlenbäcker"),
            ("ana@casadelrio.es", "Casa del Rio", "Casa del Rio"),
            ("ana@slezskapekarna.cz", "Slezská pekárna s.r.o.", "Slezská pekárna s.r.o."),
            ("ana@kalliokivi.fi", "Kalliokivi Rakennus Oy, Tampere", "Kalliokivi Rakennus Oy"),
            ("ana@granlunds.se", "Granlunds Verkstad AB", "Granlunds Verkstad AB"),
            ("ana@merapiagro.co.id", "PT Merapi Agro", "PT Merapi Agro"),
            ("ana@ostseewerft.de", "Talent Team | Ostseewerft Marine", "Ostseewerft Marine"),
        ]
    )
)
def test_the_name_a_domain_abbreviates_is_taken_as_the_text_writes_it(
    case: tuple[str, str, str],
) -> None:
    address, signature, company = case
    raw = _mail(_invitation(signature), sender=f"Ana Ruiz <{address}>")
    assert parse_message(raw).company == company


def test_a_meeting_room_named_after_the_employer_is_not_its_name() -> None:
    body = _invitation("https://meet.jit.si/LindqvistBygg-FinalRound-AR\r\nLindqvist Bygg")
    raw = _mail(body, sender="Ana Ruiz <ana@lindqvistbygg.se>")
    assert parse_message(raw).company == "Lindqvist Bygg"


@given(
    st.sampled_from(
        [
            ("tanaka@hoshizora.co.jp", "株式会社ホシゾラ 人事部", "株式会社ホシゾラ"),
            ("tanaka@hoshizora.co.jp", "ホシゾラ株式会社の田中です。", "ホシゾラ株式会社"),
            ("li@qingshan.cn", "青山智能科技有限公司", "青山智能科技有限公司"),
            ("kim@haneul.co.kr", "(주)하늘소프트 인사팀", "(주)하늘소프트"),
        ]
    )
)
def test_a_cjk_name_with_its_legal_form_beats_a_squashed_domain(
    case: tuple[str, str, str],
) -> None:
    address, signature, company = case
    raw = _mail(_invitation(signature), sender=f"田中 <{address}>")
    assert parse_message(raw).company == company


@given(
    st.sampled_from(
        [
            ("Lindenhof Bäckerei <noreply@smartrecruiters.com>", "Lindenhof Bäckerei GmbH"),
            ("Vale Verde (Indeed) <valeverde-9x1_wcm@indeedemail.com>", "Vale Verde"),
            ("Kestrelmoor Careers <kestrelmoor@myworkday.com>", "Kestrelmoor"),
            ("岩清水招聘 <bookings@yanqingshui.cn>", "岩清水"),
        ]
    )
)
def test_a_platform_sends_under_the_employers_name(case: tuple[str, str]) -> None:
    sender, company = case
    name, address = sender[: sender.index(" <")], sender[sender.index("<") + 1 : -1]
    body = _invitation(f"{company} · Talent team")
    raw = _mail(body, sender=formataddr((name, address)))  # a name in UTF-8 is RFC 2047 encoded
    assert parse_message(raw).company == company


def test_neither_a_platform_nor_a_person_writing_from_one_is_the_company() -> None:
    own_name = _mail(_invitation("Calendly"), sender="Calendly <notifications@calendly.com>")
    person = _mail(_invitation("Ana Ruiz"), sender="Ana Ruiz <ana.ruiz@gmail.com>")
    signer = _mail(
        _invitation("Анна Кузнецова"), sender=formataddr(("Анна Кузнецова", "hr@severbank.ru"))
    )
    assert parse_message(own_name).company is None
    assert parse_message(person).company is None
    assert parse_message(signer).company != "Анна Кузнецова"


def test_the_organizer_google_calendar_prints_names_the_employer() -> None:
    body = (
        "---------- Forwarded message ---------\r\nFrom: Ana (Google Calendar) "
        "<calendar-notification@google.com>\r\nSubject: Invitación: Entrevista – Técnico/a "
        "(Marisma Labs) @ jue 23 abr 2026 10:00 - 11:00 (CEST)\r\n\r\n"
        "Entrevista – Técnico/a (Marisma Labs)\r\njueves, 23 de abril de 2026⋅10:00 – 11:00\r\n"
        "Organizador\r\nseleccion@marismalabs.es\r\n"
    )
    raw = _mail(body, sender="Jo <jo.lopez@gmail.com>", subject="Fwd: Invitación")
    parsed = parse_message(raw)
    assert parsed.company == "Marisma Labs"
    assert parsed.role == "Técnico/a"


@given(
    st.sampled_from(
        [
            ("Sollicitatiegesprek Accountmanager – Kaas & Zonen", "Accountmanager"),
            ("WG: Zweitgespräch Projektmanager IT", "Projektmanager IT"),
            ("Colloquio: Progettista Meccanico", "Progettista Meccanico"),
            ("Entrevista confirmada: Analista de Riesgos en Banco Pinar", "Analista de Riesgos"),
            ("Intervju: Lagerchef – Granlunds Verkstad AB", "Lagerchef"),
            ("Interview Scheduled: JR-20931 Claims Adjuster II", "Claims Adjuster II"),
            ("Vorstellungsgespräch – Elektroniker (m/w/d)", "Elektroniker (m/w/d)"),
            ("Wawancara – Staf Gudang (PT Merapi Agro)", "Staf Gudang"),
        ]
    )
)
def test_the_post_after_an_interview_word_in_any_language(pair: tuple[str, str]) -> None:
    subject, role = pair
    raw = _mail(_invitation(""), sender="Ana Ruiz <ana@brightwater.eu>", subject=subject)
    assert parse_message(raw).role == role


def test_a_german_post_runs_to_the_verb() -> None:
    body = _invitation(
        "wir möchten Sie gern zu einem Gespräch für die Position Leiter Instandhaltung einladen."
    )
    raw = _mail(body, sender="Ana Ruiz <ana@brightwater.eu>", subject="Ihre Bewerbung")
    assert parse_message(raw).role == "Leiter Instandhaltung"
