# ruff: noqa: E501 (hand-written mail bodies read best one sentence a line)
"""Write the "interviewer47" batch: mail whose reader runs, or sits on, someone else's
interview, beside controls of the same shape sent to the candidate.

Run: .venv/bin/python tests/parsing/corpus/build_interviewer47.py

A recruiter hands the interviewer the candidate's CV with the slot ('CV attached', 'Lebenslauf
anbei', 'te adjunto su CV', 'CV w załączniku', 'CV bifogat'); 'your interview is with <name>,
candidate for …' told to the interviewer; an ATS-like notice to an interviewer ('You have been
added as an interviewer', interview kit, Interviewplan); scorecard and feedback-form reminders
before an interview; a panel rota and '<Name>'s final round is Thursday at 3'. Controls: the
candidate told 'your interview is with Sara Lind, our CTO', 'please bring your CV', their own
final round. en, de, fr, es, it, nl, pt-BR, pl, sv, da, cs, tr, ja. All prose ours; people
and companies made up; no product template rendered. Every label comes from the datetimes
the text is rendered from (zoneinfo) and was written before the parser was run on any message
of the batch. Held-out families drawn by
`random.Random("interviewer47 coin").sample(sorted(FAMILIES), 2)` before anything was
written or parsed. Helpers come from build_parse-pos.py and build_prose44.py (loaded, not
copied). Deterministic; the script deletes or writes only files of its own families.
"""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


pp = _load("build_parse_pos", "build_parse-pos.py")
p44 = _load("build_prose44", "build_prose44.py")
Case, mail, at, wall = pp.Case, pp.mail, p44.at, p44.wall
ME = ("Alex Morgan", "alex.morgan@mailbox.example")
NEG: dict[str, object] = {"kind": "not_invitation"}
OURS = "hand-written for this corpus (no product template rendered)"
LIC = "text ours"

FAMILIES = {
    "cvhand47": "A recruiter or assistant hands the reader, who interviews, the candidate's "
    "CV with the slot ('CV attached', 'Lebenslauf anbei', 'te adjunto su CV', 'CV w "
    "załączniku', 'CV bifogat', 'cv in de bijlage'); controls: the candidate asked to bring "
    "or send their own CV.",
    "slotwith47": "'Your interview on Tuesday at 10 is with <name>, candidate for …' told to "
    "the interviewer; controls: the candidate told 'your interview is with Sara Lind, our "
    "CTO'.",
    "ivkit47": "An ATS-like notice to an interviewer: 'You have been added as an "
    "interviewer', 'Interview kit', 'Interviewplan', 'vous êtes désigné(e) comme "
    "intervieweur'; controls: the same tools' candidate confirmations.",
    "scorepre47": "Scorecard and feedback-form reminders before an interview the reader runs "
    "('please submit your scorecard within 24h of the interview with …'); controls: the "
    "candidate's own reminder.",
    "rota47": "A panel rota or a coordinator's '<Name>'s final round is Thursday at 3, Alex "
    "and James interviewing'; controls: the candidate told their own final round.",
}
HELD = frozenset(random.Random("interviewer47 coin").sample(sorted(FAMILIES), 2))
SPLITS = {name: ("heldout" if name in HELD else "dev") for name in FAMILIES}
CASES: list[Case] = []


def add(
    fam: str,
    lang: str,
    name: str,
    who: tuple[str, str],
    subject: str,
    sent: datetime,
    text: str,
    label: dict[str, object],
    note: str,
) -> None:
    full = dict(label)
    if "kind" not in full:
        full = {"kind": "invitation", **full}
    raw = mail(
        f"interviewer47 {fam} {lang} {name}",
        sender=who,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
    )
    CASES.append(Case(fam, SPLITS[fam], f"{lang}_{name}", raw, full, lang, note, OURS, LIC))


DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MON, TUE, WED, THU, FRI = range(5)
Row = tuple[str, str, tuple[str, str], str, tuple[int, ...], tuple[int, ...] | None, str, str]


def rows(fam: str, items: list[Row]) -> None:
    """(lang, name, sender, subject, sent, slot or None, text, note); a tuple's sixth field
    is the weekday the text names, checked."""
    for lang, name, who, subject, s, v, text, note in items:
        sent = at(lang, *s[:5], wd=DAYS[s[5]])
        label = NEG if v is None else wall(at(lang, *v[:5], wd=DAYS[v[5]]), sent)
        add(fam, lang, name, who, subject, sent, text, label, note)


def build_cvhand() -> None:
    rows(
        "cvhand47",
        [
            (
                "en-GB",
                "cv_attached_your_10am",
                ("Hannah Price", "hannah.price@larchfield.example.co.uk"),
                "Tuesday 10:00 - Sara Lind",
                (2026, 5, 14, 15, 20, THU),
                None,
                "Hi Alex,\n\nQuick one before the weekend: you're seeing Sara Lind on Tuesday 19 May at 10:00 for the Data Analyst role, meeting room 2. CV attached - she's currently at a logistics firm in Leeds.\n\nThanks,\nHannah",
                "Recruiter to the interviewer: the candidate's CV attached with the slot.",
            ),
            (
                "de",
                "lebenslauf_anbei_herr_yilmaz",
                ("Miriam Albers", "m.albers@nordkontor.example.de"),
                "Di 10 Uhr: Herr Yilmaz",
                (2026, 5, 15, 9, 5, FRI),
                None,
                "Hallo Alex,\n\nam Dienstag, 19. Mai, um 10 Uhr führst du das Gespräch mit Herrn Deniz Yilmaz (Stelle Einkauf). Lebenslauf und Zeugnisse anbei, er kommt zu uns ins Haus.\n\nViele Grüße\nMiriam",
                "Assistant to the interviewer: 'führst du das Gespräch mit Herrn …', Lebenslauf anbei.",
            ),
            (
                "fr",
                "cv_en_piece_jointe",
                ("Léa Fontaine", "lea.fontaine@orvalis.example.fr"),
                "Entretien jeudi 14h - Julien Marchand",
                (2026, 5, 18, 11, 40, MON),
                None,
                "Bonjour Alex,\n\nJeudi 21 mai à 14h, tu reçois Julien Marchand pour le poste de contrôleur de gestion. Tu trouveras son CV en pièce jointe.\n\nBonne journée,\nLéa",
                "RH à la manageuse : 'tu reçois …', CV en pièce jointe.",
            ),
            (
                "es",
                "adjunto_cv_candidata",
                ("Nuria Campos", "nuria.campos@grupolince.example.es"),
                "Entrevista miércoles - Laura Gómez",
                (2026, 5, 15, 13, 10, FRI),
                None,
                "Hola Alex:\n\nEl miércoles 20 de mayo a las 9:30 entrevistas a Laura Gómez para la vacante de compras. Adjunto el CV de la candidata y la descripción del puesto.\n\nSaludos,\nNuria",
                "Recruiter to the interviewer: 'entrevistas a …', adjunto el CV de la candidata.",
            ),
            (
                "pl",
                "cv_w_zalaczniku_kandydatka",
                ("Joanna Nowicka", "j.nowicka@wistech.example.pl"),
                "Środa 11:00 – Anna Zielińska",
                (2026, 5, 14, 10, 0, THU),
                None,
                "Cześć Alex,\n\nw środę 20 maja o 11:00 masz rozmowę z kandydatką Anną Zielińską na stanowisko analityka. CV w załączniku.\n\nPozdrawiam\nJoanna",
                "Rekruterka do menedżera: 'masz rozmowę z kandydatką', CV w załączniku.",
            ),
            (
                "sv",
                "cv_bifogat",
                ("Maja Lund", "maja.lund@fjordbyte.example.se"),
                "Torsdag 13:00 – Erik Sand",
                (2026, 5, 18, 8, 30, MON),
                None,
                "Hej Alex,\n\nPå torsdag 21 maj kl. 13.00 träffar du Erik Sand som sökt tjänsten som projektledare. Hans CV bifogat.\n\nHälsningar\nMaja",
                "HR till chefen: 'träffar du Erik Sand som sökt tjänsten', CV bifogat.",
            ),
            (
                "nl",
                "cv_in_de_bijlage",
                ("Sanne Bakker", "sanne.bakker@dijkwerk.example.nl"),
                "Gesprek vrijdag – Tom de Wit",
                (2026, 5, 18, 14, 15, MON),
                None,
                "Hoi Alex,\n\nVrijdag 22 mei om 15.00 uur voer jij het gesprek met Tom de Wit voor de functie van planner. Zijn cv vind je in de bijlage.\n\nGroet,\nSanne",
                "Recruiter aan de manager: 'voer jij het gesprek met …', cv in de bijlage.",
            ),
            (
                "it",
                "cv_in_allegato",
                ("Giulia Ferri", "giulia.ferri@terraluce.example.it"),
                "Colloquio martedì - Marco Neri",
                (2026, 5, 14, 16, 45, THU),
                None,
                "Ciao Alex,\n\nmartedì 19 maggio alle 11:00 fai tu il colloquio con Marco Neri per la posizione di buyer. In allegato il CV.\n\nGrazie,\nGiulia",
                "HR al responsabile: 'fai tu il colloquio con …', in allegato il CV.",
            ),
            (
                "en-US",
                "control_bring_your_cv",
                ("Dana Brooks", "dana.brooks@harborline.example.com"),
                "Your interview Tuesday",
                (2026, 5, 14, 11, 0, THU),
                (2026, 5, 19, 10, 0, TUE),
                "Hi Alex,\n\nYour interview is confirmed for Tuesday, May 19 at 10:00 AM at our office, 40 Pier Ave. Please bring a printed copy of your resume and a photo ID.\n\nBest,\nDana Brooks\nTalent Team, Harborline",
                "Control: the candidate asked to bring their own resume.",
            ),
            (
                "de",
                "control_ihren_lebenslauf",
                ("Petra Haas", "petra.haas@weserwerk.example.de"),
                "Einladung zum Vorstellungsgespräch",
                (2026, 5, 13, 10, 30, WED),
                (2026, 5, 20, 14, 0, WED),
                "Sehr geehrter Herr Morgan,\n\nwir laden Sie herzlich zum Vorstellungsgespräch am Mittwoch, 20. Mai 2026, um 14:00 Uhr ein. Bitte bringen Sie Ihren Lebenslauf und Ihre Zeugnisse mit.\n\nMit freundlichen Grüßen\nPetra Haas\nPersonal",
                "Control: the candidate asked to bring 'Ihren Lebenslauf'.",
            ),
            (
                "pl",
                "control_prosimy_o_cv",
                ("Marta Wójcik", "marta.wojcik@polkran.example.pl"),
                "Zaproszenie na rozmowę",
                (2026, 5, 12, 9, 0, TUE),
                (2026, 5, 18, 12, 0, MON),
                "Dzień dobry Panie Alex,\n\nzapraszamy na rozmowę rekrutacyjną w poniedziałek 18 maja o 12:00 w naszym biurze przy ul. Prostej 8. Prosimy zabrać ze sobą CV.\n\nPozdrawiamy\nMarta Wójcik",
                "Control: the candidate asked to bring a CV (no attachment).",
            ),
        ],
    )


def build_slotwith() -> None:
    rows(
        "slotwith47",
        [
            (
                "en-GB",
                "your_interview_is_with_candidate",
                ("Tom Reid", "tom.reid@copperleaf.example.co.uk"),
                "Your 2pm on Thursday",
                (2026, 5, 18, 9, 45, MON),
                None,
                "Morning Alex,\n\nYour interview on Thursday 21 May at 2pm is with Priya Nair, the candidate for the senior buyer role. She has done two rounds with HR already, so you can go straight into the technical part.\n\nTom",
                "Recruiter to the interviewer: 'your interview … is with Priya Nair, the candidate for …'.",
            ),
            (
                "de",
                "dein_gespraech_mit_bewerberin",
                ("Jana Krüger", "jana.krueger@elbtal-it.example.de"),
                "Gespräch Donnerstag",
                (2026, 5, 18, 10, 0, MON),
                None,
                "Hallo Alex,\n\ndein Gespräch am Donnerstag, 21. Mai, um 11 Uhr ist mit Frau Lea Brandt, Bewerberin für die Stelle als Entwicklerin. Bitte denk an die Fachfragen.\n\nLG Jana",
                "HR to the interviewer: 'dein Gespräch … ist mit Frau Lea Brandt, Bewerberin für …'.",
            ),
            (
                "es",
                "tu_entrevista_con_candidato",
                ("Carla Ruiz", "carla.ruiz@marverde.example.es"),
                "Entrevista del martes",
                (2026, 5, 14, 12, 30, THU),
                None,
                "Hola Alex,\n\ntu entrevista del martes 19 de mayo a las 16:00 es con Pablo Ortega, candidato al puesto de técnico de soporte. Viene en persona a la oficina.\n\nUn saludo,\nCarla",
                "Recruiter to the interviewer: 'tu entrevista … es con Pablo Ortega, candidato al puesto'.",
            ),
            (
                "fr",
                "ton_entretien_avec_candidate",
                ("Inès Garnier", "ines.garnier@lumeo.example.fr"),
                "Entretien mercredi",
                (2026, 5, 15, 9, 10, FRI),
                None,
                "Salut Alex,\n\nton entretien de mercredi 20 mai à 10h30 est avec Chloé Martin, candidate au poste de chargée de clientèle. Elle arrive par le train de 10h.\n\nInès",
                "RH to the interviewer: 'ton entretien … est avec Chloé Martin, candidate au poste'.",
            ),
            (
                "pt-BR",
                "sua_entrevista_com_candidata",
                ("Beatriz Lima", "beatriz.lima@cajuweb.example.com.br"),
                "Entrevista quinta",
                (2026, 5, 18, 15, 0, MON),
                None,
                "Oi Alex,\n\nsua entrevista de quinta, 21 de maio, às 14h é com a candidata Fernanda Souza, para a vaga de analista financeira. Ela vem presencialmente.\n\nAbs,\nBia",
                "Recruiter to the interviewer: 'sua entrevista … é com a candidata …'.",
            ),
            (
                "cs",
                "tvuj_pohovor_s_uchazecem",
                ("Lucie Dvořáková", "lucie.dvorakova@vltavasoft.example.cz"),
                "Pohovor ve středu",
                (2026, 5, 15, 10, 20, FRI),
                None,
                "Ahoj Alexi,\n\ntvůj pohovor ve středu 20. 5. v 9:00 je s uchazečem Petrem Novákem na pozici účetního. Životopis máš v příloze.\n\nLucie",
                "HR to the interviewer: 'tvůj pohovor … je s uchazečem …', životopis v příloze.",
            ),
            (
                "en-US",
                "control_interview_is_with_our_cto",
                ("Kelsey Ward", "kelsey.ward@northpeak.example.com"),
                "Next step: interview with Sara Lind",
                (2026, 5, 14, 13, 0, THU),
                (2026, 5, 19, 15, 0, TUE),
                "Hi Alex,\n\nGreat news - you're through to the next round. Your interview is with Sara Lind, our CTO, on Tuesday, May 19 at 3:00 PM on Zoom; the link will follow.\n\nBest,\nKelsey Ward\nRecruiting, Northpeak",
                "Control: the candidate told whom they meet ('our CTO').",
            ),
            (
                "es",
                "control_tu_entrevista_con_directora",
                ("Marta León", "marta.leon@solaria-rrhh.example.es"),
                "Tu entrevista con Laura Gómez",
                (2026, 5, 15, 11, 0, FRI),
                (2026, 5, 20, 12, 0, WED),
                "Hola Alex:\n\nTe confirmo tu entrevista con Laura Gómez, directora financiera, el miércoles 20 de mayo a las 12:00 en nuestras oficinas de Sevilla. Trae tu CV impreso, por favor.\n\nSaludos,\nMarta León",
                "Control: the candidate told 'tu entrevista con Laura Gómez, directora', asked for their own CV.",
            ),
            (
                "sv",
                "control_din_intervju_med_chefen",
                ("Karin Berg", "karin.berg@solvik.example.se"),
                "Din intervju på fredag",
                (2026, 5, 18, 9, 0, MON),
                (2026, 5, 22, 10, 0, FRI),
                "Hej Alex,\n\ndin intervju på fredag 22 maj kl. 10.00 är med Johan Ek, vår ekonomichef. Vi ses på Storgatan 4.\n\nVänliga hälsningar\nKarin Berg",
                "Control: the candidate told 'din intervju … är med Johan Ek, vår ekonomichef'.",
            ),
        ],
    )


def build_ivkit() -> None:
    rows(
        "ivkit47",
        [
            (
                "en-US",
                "added_as_interviewer",
                ("Hirewell Notifications", "no-reply@hirewell.example.com"),
                "You've been added as an interviewer",
                (2026, 5, 13, 16, 0, WED),
                None,
                "Hi Alex,\n\nYou've been added as an interviewer for Jordan Ellis (Backend Engineer).\n\nWhen: Wednesday, May 20, 1:00 PM - 2:00 PM\nWhere: Zoom\n\nOpen the interview kit to see the focus areas and questions for your session.\n\nHirewell",
                "An ATS tells the reader they interview Jordan Ellis; interview kit.",
            ),
            (
                "de",
                "interviewplan_interviewer",
                ("Talentio", "noreply@talentio.example.de"),
                "Interviewplan: Sophie Lange",
                (2026, 5, 14, 8, 0, THU),
                None,
                "Hallo Alex,\n\ndu wurdest als Interviewer für das Gespräch mit Sophie Lange (Marketing Manager) eingeplant.\n\nTermin: Dienstag, 19. Mai 2026, 10:00–11:00 Uhr\nOrt: Raum Hamburg\n\nBewerberprofil und Leitfaden findest du im Interviewplan.",
                "ATS to the interviewer: 'als Interviewer … eingeplant', Interviewplan.",
            ),
            (
                "fr",
                "designe_intervieweur",
                ("Recrutia", "notifications@recrutia.example.fr"),
                "Vous êtes intervieweur : Hugo Lemaire",
                (2026, 5, 15, 7, 30, FRI),
                None,
                "Bonjour Alex,\n\nVous avez été désigné comme intervieweur pour le candidat Hugo Lemaire (Développeur Java).\n\nDate : jeudi 21 mai 2026 de 15h00 à 16h00\nLieu : salle Lyon\n\nMerci de saisir votre évaluation dans Recrutia après l'entretien.",
                "ATS à l'intervieweur : désigné comme intervieweur pour le candidat.",
            ),
            (
                "nl",
                "ingepland_als_interviewer",
                ("Werving", "noreply@wervingsplein.example.nl"),
                "Je bent ingepland als interviewer",
                (2026, 5, 18, 8, 15, MON),
                None,
                "Hoi Alex,\n\nJe bent ingepland als interviewer voor kandidaat Lisa Visser (Data Engineer).\n\nWanneer: woensdag 20 mei, 9.30 - 10.30 uur\nWaar: Teams\n\nDe interviewkit staat klaar in het systeem.",
                "ATS aan de interviewer: 'ingepland als interviewer voor kandidaat'.",
            ),
            (
                "ja",
                "mensetsukan_assign",
                ("採用管理システム", "no-reply@saiyo-kanri.example.jp"),
                "面接官アサインのお知らせ",
                (2026, 5, 14, 9, 0, THU),
                None,
                "Alex Morgan 様\n\n以下の面接の面接官にアサインされました。\n\n候補者：佐藤 健太\n日時：2026年5月19日（火）14:00〜15:00\n場所：本社 5F 会議室B\n\n面接後は評価シートの入力をお願いします。",
                "ATS to the interviewer: 面接官にアサイン, 候補者.",
            ),
            (
                "en-GB",
                "control_candidate_confirmation",
                ("Hirewell", "no-reply@hirewell.example.com"),
                "Your interview with Larchfield is confirmed",
                (2026, 5, 13, 12, 0, WED),
                (2026, 5, 20, 11, 0, WED),
                "Hi Alex,\n\nYour interview with Larchfield is confirmed.\n\nWhen: Wednesday 20 May, 11:00 - 12:00\nWhere: Microsoft Teams (link below)\nInterviewers: Sara Lind, Head of Data; Tom Reid\n\nGood luck!\nLarchfield Talent Team",
                "Control: the ATS's candidate confirmation naming the interviewers.",
            ),
            (
                "de",
                "control_ihr_termin",
                ("Talentio", "noreply@talentio.example.de"),
                "Ihr Interviewtermin bei Elbtal IT",
                (2026, 5, 14, 9, 0, THU),
                (2026, 5, 21, 13, 30, THU),
                "Hallo Alex Morgan,\n\nIhr Interviewtermin steht fest:\n\nTermin: Donnerstag, 21. Mai 2026, 13:30–14:30 Uhr\nGesprächspartnerin: Frau Jana Krüger, Teamleitung\nOrt: Elbtal IT, Am Sandtorkai 5, Hamburg\n\nWir freuen uns auf Sie!",
                "Control: the candidate's own confirmation naming the interviewer.",
            ),
            (
                "tr",
                "control_mulakat_daveti",
                ("İK Ekibi", "ik@anadolusoft.example.com.tr"),
                "Mülakat davetiniz",
                (2026, 5, 15, 10, 0, FRI),
                (2026, 5, 20, 14, 0, WED),
                "Merhaba Alex,\n\nMülakatınız 20 Mayıs Çarşamba saat 14:00'te, Teknoloji Müdürümüz Ayşe Demir ile yapılacaktır. Adres: Levent, Büyükdere Cad. No: 12.\n\nİyi günler,\nİK Ekibi",
                "Control: the candidate told the interview is with Ayşe Demir, their manager-to-be.",
            ),
        ],
    )


def build_scorepre() -> None:
    rows(
        "scorepre47",
        [
            (
                "en-US",
                "scorecard_before_interview",
                ("Hirewell", "no-reply@hirewell.example.com"),
                "Reminder: interview with Maya Chen today at 11:00 AM",
                (2026, 5, 19, 7, 0, TUE),
                None,
                "Hi Alex,\n\nYou're interviewing Maya Chen (Product Designer) today, Tuesday May 19, at 11:00 AM.\n\nPlease submit your scorecard within 24 hours of the interview so the hiring team can decide quickly.\n\nHirewell",
                "Day-of reminder to the interviewer, scorecard asked.",
            ),
            (
                "en-GB",
                "feedback_form_panel",
                ("Ruth Adams", "ruth.adams@copperleaf.example.co.uk"),
                "Feedback form for Thursday",
                (2026, 5, 18, 16, 0, MON),
                None,
                "Hi Alex,\n\nAhead of Thursday's interview with Oliver Hart (21 May, 9:30), here's the feedback form. Please fill it in straight after, before you talk to the rest of the panel.\n\nThanks,\nRuth",
                "Coordinator to a panel member: feedback form before the interview.",
            ),
            (
                "de",
                "bewertungsbogen",
                ("Jana Krüger", "jana.krueger@elbtal-it.example.de"),
                "Bewertungsbogen für Mittwoch",
                (2026, 5, 15, 14, 0, FRI),
                None,
                "Hallo Alex,\n\nfür das Gespräch mit dem Bewerber Jonas Keller am Mittwoch, 20. Mai, um 9 Uhr hänge ich dir den Bewertungsbogen an. Bitte bis Donnerstag ausgefüllt zurück.\n\nDanke,\nJana",
                "HR to the interviewer: Bewertungsbogen for the Bewerber's interview.",
            ),
            (
                "es",
                "hoja_evaluacion",
                ("Nuria Campos", "nuria.campos@grupolince.example.es"),
                "Evaluación entrevista jueves",
                (2026, 5, 18, 9, 30, MON),
                None,
                "Hola Alex:\n\nEl jueves 21 de mayo a las 10:00 entrevistas a la candidata Irene Blanco. Te dejo la hoja de evaluación; rellénala al terminar, por favor.\n\nGracias,\nNuria",
                "Recruiter to the interviewer: hoja de evaluación, 'entrevistas a la candidata'.",
            ),
            (
                "pl",
                "arkusz_oceny",
                ("Joanna Nowicka", "j.nowicka@wistech.example.pl"),
                "Arkusz oceny – piątek",
                (2026, 5, 18, 12, 0, MON),
                None,
                "Cześć Alex,\n\nw piątek 22 maja o 13:00 prowadzisz rozmowę z kandydatem Tomaszem Lewandowskim. Po rozmowie wypełnij proszę arkusz oceny.\n\nDzięki,\nJoanna",
                "Rekruterka do menedżera: arkusz oceny, 'prowadzisz rozmowę z kandydatem'.",
            ),
            (
                "da",
                "vurderingsskema",
                ("Mette Holm", "mette.holm@nordlys.example.dk"),
                "Samtale onsdag",
                (2026, 5, 14, 13, 0, THU),
                None,
                "Hej Alex,\n\nDu holder samtalen med ansøgeren Sofie Jensen onsdag den 20. maj kl. 10.00. Husk at udfylde vurderingsskemaet bagefter.\n\nMvh Mette",
                "HR til lederen: vurderingsskema, 'samtalen med ansøgeren'.",
            ),
            (
                "en-US",
                "control_candidate_reminder",
                ("Hirewell", "no-reply@hirewell.example.com"),
                "Reminder: your interview tomorrow",
                (2026, 5, 18, 9, 0, MON),
                (2026, 5, 19, 11, 0, TUE),
                "Hi Alex,\n\nThis is a reminder of your interview with Northpeak tomorrow, Tuesday May 19, at 11:00 AM. You'll meet Maya Chen and Leo Park.\n\nAfter the interview we'll ask for your feedback on the process.\n\nHirewell",
                "Control: the candidate's reminder; feedback asked of the candidate about the process.",
            ),
            (
                "fr",
                "control_rappel_candidat",
                ("Recrutia", "notifications@recrutia.example.fr"),
                "Rappel : votre entretien jeudi",
                (2026, 5, 19, 8, 0, TUE),
                (2026, 5, 21, 15, 0, THU),
                "Bonjour Alex,\n\nNous vous rappelons votre entretien le jeudi 21 mai à 15h00 avec Hugo Lemaire, responsable technique.\n\nÀ jeudi !\nL'équipe Recrutia",
                "Control: the candidate's reminder naming the interviewer.",
            ),
        ],
    )


def build_rota() -> None:
    rows(
        "rota47",
        [
            (
                "en-GB",
                "final_round_coordinator",
                ("Ruth Adams", "ruth.adams@copperleaf.example.co.uk"),
                "Re: Scheduling - Oliver Hart",
                (2026, 5, 18, 17, 0, MON),
                None,
                "Thanks both. Booked: Oliver Hart's final round is Thursday 21 May at 3pm, Alex and James interviewing. I've sent Oliver his confirmation separately.\n\nRuth",
                "Coordinator: '<Name>'s final round is Thursday at 3pm, Alex and James interviewing'.",
            ),
            (
                "en-US",
                "panel_rota_week",
                ("Megan Cole", "megan.cole@harborline.example.com"),
                "Panel rota - week of May 18",
                (2026, 5, 15, 15, 0, FRI),
                None,
                "Hi all,\n\nPanel rota for next week:\n\nTue May 19, 10:00 AM - Daniel Cruz (candidate, Ops Lead): Alex, Priya\nThu May 21, 2:00 PM - Grace Kim (candidate, Ops Lead): Alex, Sam\n\nShout if you can't make your slot.\n\nMegan",
                "A panel rota: candidates with panel members.",
            ),
            (
                "de",
                "kommission_rota",
                ("Katrin Vogt", "k.vogt@hanse-leitwerk.example.de"),
                "Auswahlkommission – Termine",
                (2026, 5, 13, 11, 0, WED),
                None,
                "Liebe Kolleginnen und Kollegen,\n\ndie Gespräche der Auswahlkommission finden am Dienstag, 19. Mai statt:\n\n09:00 Uhr – Herr Lukas Brenner (Bewerber)\n10:30 Uhr – Frau Eva Roth (Bewerberin)\n\nIn der Kommission: Alex Morgan, Dr. Feld, Frau Vogt.\n\nViele Grüße\nKatrin Vogt",
                "Selection committee rota: Bewerber with times, the reader on the committee.",
            ),
            (
                "it",
                "secondo_colloquio_di",
                ("Giulia Ferri", "giulia.ferri@terraluce.example.it"),
                "Secondo colloquio Marco Neri",
                (2026, 5, 14, 17, 0, THU),
                None,
                "Ciao Alex,\n\nil secondo colloquio del candidato Marco Neri è fissato per venerdì 22 maggio alle 10:00; ci sarete tu e Paola. Gli ho già mandato la conferma.\n\nGiulia",
                "HR to the interviewer: 'il secondo colloquio del candidato … ci sarete tu e Paola'.",
            ),
            (
                "sv",
                "slutintervju_panel",
                ("Maja Lund", "maja.lund@fjordbyte.example.se"),
                "Slutintervju – Erik Sand",
                (2026, 5, 18, 10, 0, MON),
                None,
                "Hej båda,\n\nErik Sands slutintervju blir onsdag 20 maj kl. 14.00. Alex och Johan intervjuar. Jag har skickat bekräftelsen till Erik.\n\nMaja",
                "HR: 'Erik Sands slutintervju … Alex och Johan intervjuar'.",
            ),
            (
                "pt-BR",
                "entrevista_final_do_candidato",
                ("Beatriz Lima", "beatriz.lima@cajuweb.example.com.br"),
                "Final - Rafael Costa",
                (2026, 5, 15, 11, 0, FRI),
                None,
                "Oi Alex e Lu,\n\na entrevista final do candidato Rafael Costa ficou para terça, 19 de maio, às 15h. Vocês dois entrevistam. Já mandei a confirmação para ele.\n\nBia",
                "Recruiter: 'a entrevista final do candidato … Vocês dois entrevistam'.",
            ),
            (
                "en-GB",
                "control_your_final_round",
                ("Ruth Adams", "ruth.adams@copperleaf.example.co.uk"),
                "Your final round",
                (2026, 5, 18, 17, 10, MON),
                (2026, 5, 21, 15, 0, THU),
                "Hi Alex,\n\nGood news: your final round is booked for Thursday 21 May at 3pm, with Oliver Hart and James Cole from the leadership team.\n\nBest,\nRuth",
                "Control: the candidate's own final round, interviewers named.",
            ),
            (
                "it",
                "control_secondo_colloquio",
                ("Giulia Ferri", "giulia.ferri@terraluce.example.it"),
                "Secondo colloquio",
                (2026, 5, 14, 17, 5, THU),
                (2026, 5, 22, 10, 0, FRI),
                "Gentile Alex,\n\nil suo secondo colloquio è fissato per venerdì 22 maggio alle 10:00 con Marco Neri e Paola Sala. Ci trova in via Roma 12.\n\nCordiali saluti,\nGiulia Ferri",
                "Control: the candidate's second interview with two interviewers named.",
            ),
        ],
    )


BUILDERS = (build_cvhand, build_slotwith, build_ivkit, build_scorepre, build_rota)
FIRST_SIGHT = (
    "First sight (main ff6692ed, before any parser change): dev text 8/8 right, dev "
    "negatives claimed 13/20 (cvhand47 3/8, slotwith47 6/6, rota47 4/6); held-out text 5/5, "
    "held-out negatives claimed 2/11."
)
AFTER = (
    "After the parser changes (a CV said to be attached with no first or second person and "
    "no request: someone else's; an interview with or of a person called the candidate, the "
    "candidate word last; a full name's genitive round, '<Name>'s final round', 'Erik Sands "
    "slutintervju'): dev text 8/8, dev negatives claimed 0/20; held-out text 5/5, held-out "
    "negatives claimed 2/11 (not looked at). Whole corpus against main: 5 BETTER (brief45 "
    "es/pl/sv, hcthread42 en, a held-out one), 0 WORSE, 0 CHANGED, 1 SURE- (a held-out "
    "invitation, still right, now below 0.5)."
)


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kinds[str(item.label.get("kind"))] = kinds.get(str(item.label.get("kind")), 0) + 1
    held = sorted(HELD)
    langs = sorted({item.language for item in cases})
    lines = [
        "# Provenance of the interviewer47 batch (`build_interviewer47.py`)",
        "",
        "Hand-written mail whose reader runs or sits on someone else's interview (hiring-side "
        "mail: `not_invitation`), beside controls of the same shape sent to the candidate "
        "(`invitation`). All prose is ours; people, companies, tools and addresses are made "
        "up; no product template is rendered. Every label was written from the datetimes the "
        "text is rendered from, before the parser was run on any message.",
        "",
        f"{len(cases)} messages in {len(FAMILIES)} families; languages: {', '.join(langs)}; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(FAMILIES)}, drawn by "
        "`random.Random('interviewer47 coin').sample(sorted(FAMILIES), 2)` before anything was "
        "written or parsed): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Label rule used: the README's hiring-side policy. The difference between a negative "
        "and its control is whose CV is attached or whose feedback is asked, and whether the "
        "named person is called candidate/applicant or the reader's interviewer.",
        "",
        FIRST_SIGHT,
        "",
        AFTER,
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_interviewer47.py`.",
        "",
        "## Families",
        "",
    ]
    for name in FAMILIES:
        items = [item for item in cases if item.family == name]
        ls = ", ".join(sorted({item.language for item in items}))
        if SPLITS[name] == "heldout":
            ls = "languages not listed"
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {ls}): {FAMILIES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    CASES.clear()
    for build in BUILDERS:
        build()
    pp.write_batch(CASES, FAMILIES, "PROVENANCE-interviewer47.md", provenance(CASES))
    print(
        f"{len(CASES)} messages in {len(FAMILIES)} families; held out {sorted(HELD)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
