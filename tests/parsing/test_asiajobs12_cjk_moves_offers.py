"""Interview mail from East and South-East Asia (asiajobs12): the slot given up and the new
one in Chinese, Korean and Japanese moves ("原定…时间调整为…", "변경 전/변경 후", "오후 4시로
변경", "15時に変更"), and offers, entry days, onboarding and contracts in Chinese, Japanese,
Korean and Indonesian, which cap the confidence like their European counterparts."""

from __future__ import annotations

from email.message import EmailMessage

from service.parsing import parse_message


def _parse(body: str, date: str, subject: str = "通知") -> dict[str, object]:
    message = EmailMessage()
    message["From"] = "HR <hr@employer.example>"
    message["To"] = "candidate@mailbox.example"
    message["Date"] = date
    message["Subject"] = subject
    message.set_content(body)
    return parse_message(message.as_bytes()).to_json_dict()


def _start(body: str, date: str) -> str:
    return str(_parse(body, date).get("start"))[:16]


def _claimed(body: str, date: str, subject: str = "通知") -> bool:
    got = _parse(body, date, subject)
    return (
        got.get("kind") in {"invitation", "reschedule"} and float(got.get("confidence") or 0) >= 0.5
    )


CN = "Wed, 02 Dec 2026 10:00:00 +0800"
KR = "Thu, 03 Dec 2026 15:00:00 +0900"
JP = "Fri, 04 Dec 2026 11:00:00 +0900"


# --- the slot given up and the new one ---------------------------------------------------------


def test_chinese_originally_then_adjusted_to() -> None:
    body = (
        "您好：\n\n由于面试官出差，原定12月9日（周三）上午10点的面试，"
        "时间调整为12月10日（周四）下午3点，地点不变。\n\n请回复确认。"
    )
    assert _start(body, CN) == "2026-12-10T15:00"


def test_chinese_changed_to_with_the_old_slot_second() -> None:
    body = "您好，面试改为12月11日（周五）14:00，原时间12月10日（周四）10:00作废。\n谢谢"
    assert _start(body, CN) == "2026-12-11T14:00"


def test_korean_before_and_after_lines() -> None:
    body = (
        "안녕하세요,\n\n면접 일정이 변경되었습니다.\n\n변경 전: 12월 9일(수) 오전 11:00\n"
        "변경 후: 12월 10일(목) 오후 4:00\n\n감사합니다."
    )
    assert _start(body, KR) == "2026-12-10T16:00"


def test_korean_particle_and_change_after_the_new_slot() -> None:
    body = (
        "안녕하세요,\n\n기존 12월 9일(수) 오전 11시 면접이 12월 11일(금) 오후 2시로 "
        "변경되었습니다.\n\n감사합니다."
    )
    assert _start(body, KR) == "2026-12-11T14:00"


def test_japanese_originally_then_changed_to() -> None:
    body = (
        "お世話になっております。\n当初12月10日（木）13時を予定しておりました面接ですが、"
        "12月11日（金）15時に変更させていただきます。\nよろしくお願いいたします。"
    )
    assert _start(body, JP) == "2026-12-11T15:00"


# --- offers, entry days, onboarding, contracts ------------------------------------------------


def test_feishu_onboarding_training_is_no_interview() -> None:
    body = (
        "欢迎加入！\n\n陈思远 邀请你参加日程\n新员工入职培训\n"
        "2027年1月4日 (周一) 09:30 - 12:00 (GMT+8)\n地点：总部3楼培训室\n"
    )
    assert not _claimed(body, "Mon, 28 Dec 2026 14:00:00 +0800", "新员工入职培训日程")


def test_entry_days_in_japanese_and_korean_are_no_interview() -> None:
    ja = "山田様\n\n入社日：令和9年4月1日（木）午前9時 本社集合\n\nよろしくお願いいたします。"
    ko = "안녕하세요,\n\n입사일: 2027년 1월 4일(월) 오전 9시 본사 1층 로비로 오시면 됩니다."
    assert not _claimed(ja, "Fri, 18 Dec 2026 17:00:00 +0900")
    assert not _claimed(ko, "Thu, 17 Dec 2026 16:00:00 +0900")


def test_indonesian_contract_signing_is_no_interview() -> None:
    body = (
        "Yth. Bapak Alex,\n\nKami mengundang Bapak untuk penandatanganan kontrak kerja pada "
        "Senin, 14 Desember 2026 pukul 10.00 WITA di kantor HRD."
    )
    assert not _claimed(body, "Thu, 10 Dec 2026 14:00:00 +0800", "Undangan")


def test_the_hiring_steps_named_in_an_invitation_do_not_cap_it() -> None:
    body = (
        "山田様\n\n一次面接を12月3日（木）14:00～15:00に弊社本社にて実施いたします。\n"
        "選考フロー：一次面接 → 最終面接 → 内定 → 入社\n\nよろしくお願いいたします。"
    )
    assert _claimed(body, "Tue, 24 Nov 2026 10:40:00 +0900", "一次面接のご案内")
