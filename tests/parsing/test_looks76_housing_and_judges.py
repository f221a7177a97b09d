# ruff: noqa: E501 (hand-written mails read best one sentence a line)
"""An interview for a home or with the reader as a judge (looks76).

Why, one rule each (both extend an existing list, neither is new):
- A housing co-op's or a shared flat's own words: "cooperativa de viviendas", a
  "bostadsrättsförening", a "woongroep" and its "ballotagecommissie", a "WG-Casting"
  (lookalikes.NON_JOB_PURPOSE_CUES, beside "co-op board" and "cooperativa habitacional"):
  the talk is for a flat, not a job.
- The reader asked to serve on a judging committee in Chinese and Japanese: "您担任...评审委员",
  "请您担任...评委", "面接委員をお引き受け" (the reader's role cues, beside "担任...面试官" and
  "面接官をお願い").
Controls: the employer's own invitation naming a housing co-op as the employer with a job, or
a panel of judges the candidate will meet ("由三位评委组成"), stays a sure invitation.

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
    "coop_es": ("Entrevista con la junta",
                "Estimada Alex:\n\nLa Cooperativa de Viviendas Los Olivos la cita a una entrevista con el consejo rector el jueves 11 de marzo a las {h}:{m:02d} en el local social.\n\nUn saludo"),
    "brf_sv": ("Intervju med styrelsen",
               "Hej Alex,\n\nStyrelsen i Bostadsrättsföreningen Ekbacken vill träffa dig för en intervju torsdag 11 mars kl. {h}:{m:02d} i föreningslokalen.\n\nHälsningar"),
    "woongroep_nl": ("Uitnodiging van de ballotagecommissie",
                     "Beste Alex,\n\nDe ballotagecommissie van Woongroep Het Anker nodigt je uit voor een gesprek op donderdag 11 maart om {h}:{m:02d}.\n\nGroet"),
    "wg_de": ("Einladung zum WG-Casting",
              "Hallo Alex,\n\nwir laden dich zum WG-Casting am Donnerstag, 11. März um {h}:{m:02d} Uhr ein.\n\nViele Grüße"),
    "judge_zh": ("评审安排",
                 "Alex 您好：\n\n感谢您担任创新奖评审委员。候选人周磊的面试安排在3月11日（周四）{h}:{m:02d}，地点为二楼会议室。\n\n秘书处"),
    "judge_ask_zh": ("请担任评委",
                     "Alex：\n\n请您担任本次助学金面试的评委，3月11日（周四）{h}:{m:02d}，面试三位申请人。\n\n谢谢"),
    "judge_ja": ("奨学金面接の面接委員",
                 "Alex様\n\n奨学金選考の面接委員をお引き受けいただきありがとうございます。候補者 田中さんの面接は3月11日(木){h}:{m:02d}です。\n\n財団事務局"),
}  # fmt: skip

CONTROLS: dict[str, tuple[str, str]] = {
    "coop_employer_es": ("Entrevista de trabajo - Administrativo",
                         "Hola Alex:\n\nGracias por tu candidatura al puesto de administrativo en la Cooperativa de Viviendas Los Olivos. Te invitamos a una entrevista de trabajo el jueves 11 de marzo a las {h}:{m:02d} en nuestra oficina.\n\nUn saludo,\nRRHH"),
    "judges_zh": ("面试邀请",
                  "Alex 您好：\n\n感谢您应聘市场专员职位。诚邀您参加面试，面试小组由三位评委组成，时间为3月11日（周四）{h}:{m:02d}，地点：公司总部三楼。\n\n人力资源部"),
    "committee_ja": ("面接のご案内",
                     "Alex様\n\nご応募ありがとうございます。面接委員3名による面接を3月11日(木){h}:{m:02d}より本社にて行います。\n\n人事部"),
}  # fmt: skip


def _render(template: str, hour: int, minute: int) -> str:
    return template.format(h=hour, m=minute)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(LOOKALIKES))
def test_lookalike_is_never_claimed(name: str, hour: int, minute: int) -> None:
    subject, body = LOOKALIKES[name]
    parsed = parse_message(
        _mail(subject, _render(body, hour, minute), "Office <office@foundation.example>")
    )
    assert not claims_a_slot(parsed), (name, parsed.kind)


@pytest.mark.parametrize(("hour", "minute"), TIMES)
@pytest.mark.parametrize("name", sorted(CONTROLS))
def test_own_interview_stays_sure(name: str, hour: int, minute: int) -> None:
    subject, body = CONTROLS[name]
    raw = _mail(subject, _render(body, hour, minute), "Recruiting <jobs@firm.example>")
    assert_sure_at(raw, f"2027-03-11T{hour:02d}:{minute:02d}")
