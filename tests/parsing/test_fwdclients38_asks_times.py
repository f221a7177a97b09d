"""A recruiter who asks the reader to name convenient times inside a window has booked
nothing, in Korean, Japanese and Chinese as in the languages the parser already knew:
"12월 14일(월)부터 16일(수) 사이 오후 2시~5시 중 편하신 시간을 알려주시면 …", "14日～16日の
14時～17時の間で、ご都合の良い日時をお知らせください", "请在12月14日至16日之间告诉我们您方便的
时间". The user notices it in their calendar if it is claimed. The same mails with one fixed
slot stay invitations, also when the user forwards them from the client of their language
(Naver, Outlook for iOS in Japanese, QQ Mail).

Fixtures are written for these tests (own words, made-up people).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import parse_message
from tests.parsing.mailkit import claimed, plain_mail

KO_DAYS = "월화수목금토일"
JA_DAYS = "月火水木金土日"
ZH_DAYS = "一二三四五六日"
# 2026-12-14 is a Monday
FIRST = 14


def _ask(language: str, day: int, span: int, hour: int) -> tuple[str, str]:
    last = day + span
    if language == "ko":
        return "면접 가능 일정 문의", (
            "안녕하세요.\n\n면접 일정을 정하기 위해 연락드립니다.\n"
            f"12월 {day}일({KO_DAYS[day - FIRST]})부터 {last}일({KO_DAYS[last - FIRST]}) 사이 "
            f"오후 {hour}시~{hour + 3}시 중 편하신 시간을 두세 개 알려주시면 확정해서 다시 "
            "연락드리겠습니다.\n\n감사합니다."
        )
    if language == "ja":
        return "面接日程のご相談", (
            "お世話になっております。\n\n面接の日程調整をさせていただきたく存じます。\n"
            f"12月{day}日（{JA_DAYS[day - FIRST]}）～{last}日（{JA_DAYS[last - FIRST]}）の"
            f"{hour + 12}時～{hour + 15}時の間で、ご都合の良い日時をいくつかお知らせください。\n\n"
            "よろしくお願いいたします。"
        )
    return "面试时间确认", (
        "您好！\n\n我们想和您约一下面试时间。\n"
        f"请在12月{day}日（星期{ZH_DAYS[day - FIRST]}）至{last}日下午{hour}点到{hour + 3}点之间，"
        "告诉我们您方便的时间，我们确认后再通知您。\n\n谢谢！"
    )


def _fixed(language: str, day: int, hour: int) -> tuple[str, str]:
    if language == "ko":
        return "면접 일정 안내", (
            f"안녕하세요.\n\n면접 일정을 안내드립니다.\n\n일시: 2026년 12월 {day}일"
            f"({KO_DAYS[day - FIRST]}) 오후 {hour}시\n장소: 본사 8층 회의실\n\n감사합니다."
        )
    if language == "ja":
        return "面接のご案内", (
            f"お世話になっております。\n\n面接を下記の日程で実施いたします。\n\n"
            f"日時：2026年12月{day}日（{JA_DAYS[day - FIRST]}）{hour + 12}:00\n"
            "場所：本社5階\n\nよろしくお願いいたします。"
        )
    return "面试邀请", (
        f"您好！\n\n诚邀您参加面试。\n\n时间：2026年12月{day}日（星期{ZH_DAYS[day - FIRST]}）"
        f"{hour + 12}:00\n地点：总部12楼\n\n谢谢！"
    )


_FORWARD = {
    # Naver, Outlook for iOS in Japanese, QQ Mail (the user's forward, header block on top)
    "ko": (
        "FW: ",
        '-----Original Message-----\nFrom: "김민준"<minjun@firm.example>\n'
        'To: "Alex"<alex@inbox.example>;\nSent: 2026-12-02 (수) 09:14:05 (GMT+09:00)\n'
        "Subject: {subject}\n\n",
    ),
    "ja": (
        "Fw: ",
        "________________________________\n差出人: 佐藤 美咲 <misaki@firm.example>\n"
        "送信日時: 2026年12月2日 9:14\n宛先: Alex <alex@inbox.example>\n件名: {subject}\n\n",
    ),
    "zh": (
        "转发：",
        "------------------\xa0原始邮件\xa0------------------\n"
        '发件人: "王磊"<wang.lei@firm.example>;\n发送时间:\xa02026年12月2日(星期三) 上午9:14\n'
        '收件人:\xa0"Alex"<alex@inbox.example>;\n主题:\xa0{subject}\n\n',
    ),
}
_ZONES = {"ko": "+0900", "ja": "+0900", "zh": "+0800"}


def _mail(language: str, subject: str, body: str, forwarded: bool) -> bytes:
    date = f"Thu, 03 Dec 2026 08:40:00 {_ZONES[language]}"
    if not forwarded:
        return plain_mail(
            subject,
            body,
            sender="Recruiter <hr@firm.example>",
            to="Alex <alex@inbox.example>",
            date=date,
        )
    prefix, head = _FORWARD[language]
    return plain_mail(
        prefix + subject,
        "\n" + head.format(subject=subject) + body,
        sender="Alex <alex@inbox.example>",
        to="in@afterview.example",
        date=date,
    )


@settings(max_examples=24, deadline=None)
@given(
    language=st.sampled_from(["ko", "ja", "zh"]),
    day=st.integers(min_value=14, max_value=16),
    span=st.integers(min_value=1, max_value=2),
    hour=st.integers(min_value=1, max_value=3),
    forwarded=st.booleans(),
)
def test_a_request_for_convenient_times_is_not_claimed(
    language: str, day: int, span: int, hour: int, forwarded: bool
) -> None:
    subject, body = _ask(language, day, span, hour)
    assert not claimed(_mail(language, subject, body, forwarded))


@settings(max_examples=18, deadline=None)
@given(
    language=st.sampled_from(["ko", "ja", "zh"]),
    day=st.integers(min_value=14, max_value=18),
    hour=st.integers(min_value=1, max_value=4),
    forwarded=st.booleans(),
)
def test_one_fixed_slot_stays_an_invitation_at_its_hour(
    language: str, day: int, hour: int, forwarded: bool
) -> None:
    subject, body = _fixed(language, day, hour)
    parsed = parse_message(_mail(language, subject, body, forwarded)).to_json_dict()
    assert parsed["kind"] == "invitation"
    assert str(parsed["start"]).startswith(f"2026-12-{day:02d}T{hour + 12:02d}:00")
