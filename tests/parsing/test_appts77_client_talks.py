# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""A client's talk with a bank, insurer, tax or welfare adviser, written like an interview
booking (appts77).

Why, one rule (it extends lookalikes.NON_JOB_PURPOSE_CUES beside "mortgage" and "loan"): the
other things a client brings to such a talk name its purpose as surely as a loan does: savings
and pensions ("plan de pensiones", "pension review"), life or other insurance ("assurance-vie",
"consulente assicurativo", "保険の見直し", "보험 상담"), wealth ("entretien patrimonial",
"理财"), a tax return ("Einkommensteuerbescheid", "déclaration d'impôts"), a welfare office's
social worker ("a assistente social", "la trabajadora social"). An "entretien", "colloquio",
"entrevista", "面談" or "görüşme" about one of them, with nothing of a job search, sets no job
interview.
Controls: an employer's invitation that names the same words beside a job (a position, an
application) stays a sure invitation.

Exhaustive over mails x clock times (no draw). Sentences hand-written here, not the corpus's.
"""

from __future__ import annotations

import pytest

from service.parsing import parse_message
from tests.parsing.mailkit import assert_sure_at, claims_a_slot, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 08 Mar 2027 09:15:00 +0100"
TIMES = [(10, 0), (15, 30)]


def _mail(subject: str, body: str, sender: str) -> bytes:
    return plain_mail(subject, body, sender=sender, to=TO, date=DATE)


# per mail: subject and body with {h} and {m} for the one clock time (Thursday 11 March)
LOOKALIKES: dict[str, tuple[str, str]] = {
    "wealth_fr": ("Votre entretien patrimonial est confirmé",
                  "Bonjour Monsieur Morgan,\n\nVotre entretien avec Mme Perrin, gestionnaire de patrimoine, aura lieu le jeudi 11 mars à {h}h{m:02d} en agence.\n\nMerci d'apporter vos relevés d'assurance-vie."),
    "insurance_it": ("Conferma colloquio",
                     "Gentile Alex,\n\nil colloquio con il nostro consulente assicurativo è fissato per giovedì 11 marzo alle {h}:{m:02d} presso l'agenzia di Via Dante 9.\n\nCordiali saluti"),
    "pension_es": ("Entrevista con su gestor",
                   "Estimado Sr. Morgan:\n\nLe confirmamos la entrevista con su gestor personal el jueves 11 de marzo a las {h}:{m:02d} para revisar su plan de pensiones.\n\nAtentamente"),
    "insurance_ja": ("保険見直し面談のご予約",
                     "モーガン様\n\n保険の見直しのご面談を承りました。\n日時：3月11日（木）{h}:{m:02d}\n担当：佐々木\n\nよろしくお願いいたします。"),
    "pension_tr": ("Görüşme randevunuz",
                   "Sayın Alex Morgan,\n\nEmeklilik danışmanımızla görüşme randevunuz 11 Mart Perşembe saat {h}:{m:02d} olarak onaylanmıştır.\n\nSaygılarımızla"),
    "welfare_pt": ("Entrevista agendada",
                   "Olá Alex,\n\nSua entrevista com a assistente social está agendada para quinta-feira, 11 de março, às {h}h{m:02d}, na unidade do bairro.\n\nAtenciosamente"),
}  # fmt: skip

CONTROLS: dict[str, tuple[str, str]] = {
    "insurer_job_it": ("Colloquio di lavoro",
                       "Gentile Alex,\n\ngrazie per la candidatura alla posizione di consulente assicurativo. La invitiamo a un colloquio giovedì 11 marzo alle {h}:{m:02d} presso la nostra sede.\n\nUfficio Risorse Umane"),
    "wealth_job_fr": ("Entretien - poste de gestionnaire de patrimoine",
                      "Bonjour Alex,\n\nSuite à votre candidature au poste de gestionnaire de patrimoine, nous vous invitons à un entretien le jeudi 11 mars à {h}h{m:02d} dans nos locaux.\n\nService recrutement"),
    "social_worker_job_pt": ("Entrevista - vaga de assistente social",
                             "Olá Alex,\n\nObrigado pela candidatura à vaga de assistente social. Sua entrevista está marcada para quinta-feira, 11 de março, às {h}h{m:02d}, em nossa sede.\n\nRecursos Humanos"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_client_talk_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    parsed = parse_message(
        _mail(subject, _render(body, hour, minute), "Appointments <office@provider.example>")
    )
    assert not claims_a_slot(parsed), (name, parsed.kind)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), "Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")
