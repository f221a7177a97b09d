"""An interviewer's duties named in the middle of a sentence of an unspaced script.

Why: "面试评价" (the interview evaluation), "評価シート" (the evaluation sheet), "面接官を
ご担当" (you are the interviewer) and "평가표" were listed inside the word-edge group of the
interviewer cues: Chinese and Japanese put no space before a word, so they were found only
at the start of a sentence or line, and "请在系统里提交面试评价" after someone else's
interview went to the calendar as the reader's own. The controls are the reader's own
interviews in the same languages, which must stay sure.
"""

from __future__ import annotations

import pytest

from service.parsing import lookalikes
from tests.parsing.mailkit import assert_sure_at, claimed, plain_mail

TO = "Alex Morgan <alex.morgan@mailbox.example>"
DATE = "Mon, 05 Oct 2026 09:00:00 +0800"


def _mail(subject: str, body: str) -> bytes:
    return plain_mail(subject, body, sender="HR <hr@firm.example>", to=TO, date=DATE)


DUTIES = [
    (
        "zh",
        "候选人面试安排：王芳",
        "李明你好，\n\n候选人王芳的二面安排在10月8日（周四）上午11:00，会议室3B。"
        "面试结束后请在系统里提交面试评价，谢谢。\n\n招聘组 陈静",
    ),
    (
        "zh-TW",
        "候選人面試安排：林志豪",
        "您好，\n\n候選人林志豪的面試安排在10月8日（星期四）上午11:00，會議室5A。"
        "面試結束後請提交面試評價表，謝謝。\n\n人資部 黃雅婷",
    ),
    (
        "ja",
        "【面接のお願い】候補者 佐藤様",
        "田中さん\n\nお疲れさまです。10月8日（木）11:00から候補者の佐藤様の一次面接があり、"
        "田中さんに面接官をご担当いただきます。面接後は評価シートを人事までご提出ください。"
        "\n\n人事部 山本",
    ),
    (
        "ko",
        "지원자 면접 일정 안내",
        "김민수님,\n\n지원자 박지현 님의 면접이 10월 8일(목) 오전 11시에 진행됩니다. "
        "면접 종료 후 면접평가표를 인사팀에 제출해 주세요.\n\n인사팀 이서연",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), DUTIES, ids=[row[0] for row in DUTIES])
def test_an_interviewers_duty_mid_sentence_is_not_claimed(
    lang: str, subject: str, body: str
) -> None:
    assert lookalikes.INTERVIEWER_DUTY_CUES.search(f"{subject}\n{body}"), lang
    assert not claimed(_mail(subject, body)), lang


OWN = [
    (
        "zh",
        "面试邀请：数据分析师",
        "王芳你好，\n\n感谢你应聘我司数据分析师一职。诚邀你于10月8日（周四）上午11:00"
        "来我司参加面试，地点：北京市朝阳区建国路88号3层。\n\n招聘组 陈静",
    ),
    (
        "ja",
        "一次面接のご案内",
        "佐藤様\n\nこの度はご応募いただきありがとうございます。一次面接を10月8日（木）11:00より"
        "弊社本社にて行います。当日はよろしくお願いいたします。\n\n人事部 山本",
    ),
    (
        "ko",
        "면접 안내",
        "박지현 님,\n\n지원해 주셔서 감사합니다. 1차 면접은 10월 8일(목) 오전 11시에 본사 3층에서 "
        "진행됩니다. 참석 여부를 회신해 주세요.\n\n인사팀 이서연",
    ),
]


@pytest.mark.parametrize(("lang", "subject", "body"), OWN, ids=[row[0] for row in OWN])
def test_own_interview_in_the_same_script_stays_sure(lang: str, subject: str, body: str) -> None:
    assert_sure_at(_mail(subject, body), "2026-10-08T11:00", or_screened=True)
