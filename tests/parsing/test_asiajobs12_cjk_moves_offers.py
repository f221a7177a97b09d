"""Interview mail from East and South-East Asia (asiajobs12): the slot given up and the new
one in Chinese, Korean and Japanese moves ("原定…时间调整为…", "변경 전/변경 후", "오후 4시로
변경", "15時に変更"); offers, entry days, onboarding and contracts in Chinese, Japanese,
Korean and Indonesian, which cap the confidence like their European counterparts; Reiwa and
Minguo years ("令和8年", "R8.12.10", "民國115年", "115.12.09"), the spoken day mark "12月8号"
and the noon words "正午" and "정오"."""

from __future__ import annotations

from service.parsing.when_lines import normalise
from tests.parsing.mailkit import plain_mail, read_json

SENDER = "HR <hr@employer.example>"
CANDIDATE = "candidate@mailbox.example"


def _parse(body: str, date: str, subject: str = "通知") -> dict[str, object]:
    return read_json(plain_mail(subject, body, sender=SENDER, to=CANDIDATE, date=date))


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


# --- era years, the spoken day mark, noon words ------------------------------------------------


def test_era_years_are_written_as_gregorian_ones() -> None:
    assert "2026年12月3日" in normalise("令和8年12月3日(木)")
    assert "2019年" in normalise("令和元年")
    assert "2026/12/10" in normalise("日時:R8.12.10(木)14:00")
    assert "2026年12月3日" in normalise("民國115年12月3日")
    assert "2026年12月3日" in normalise("面試時間:115年12月3日")
    assert "2026/12/09" in normalise("面試時間:115.12.09(三)14:30")
    assert "2026/12/04" in normalise("日期:115/12/04 (五)")


def test_era_forms_stay_put_outside_han_text_and_in_other_numbers() -> None:
    assert normalise("Version 110.12.3 is out") == "Version 110.12.3 is out"
    assert "R8.12.3" in normalise("Part R8.12.3 of the spec")
    assert "192.168.115.12.3" in normalise("伺服器 192.168.115.12.3")


def test_minguo_and_reiwa_dates_in_invitations() -> None:
    tw = "您好：\n\n面試時間：115.12.09（三）14:30\n地點：台中市西屯區工業區一路10號\n"
    ja = "山田様\n\n日時：R8.12.10（木）14:00～15:00\n場所：本社\n"
    assert _start(tw, "Tue, 01 Dec 2026 15:00:00 +0800") == "2026-12-09T14:30"
    assert _start(ja, "Thu, 03 Dec 2026 16:00:00 +0900") == "2026-12-10T14:00"


def test_a_minguo_year_places_a_date_in_the_next_year() -> None:
    body = "您好：\n\n第二階段面試訂於民國116年1月7日（星期四）上午10時。\n"
    assert _start(body, "Thu, 10 Dec 2026 10:00:00 +0800") == "2027-01-07T10:00"


def test_spoken_chinese_day_mark() -> None:
    body = "你好！想约你12月8号（周二）下午3点来公司面试，地址是体育西路103号。"
    assert _start(body, "Tue, 01 Dec 2026 14:20:00 +0800") == "2026-12-08T15:00"


def test_noon_in_japanese_and_korean() -> None:
    ja = "山田様\n\n面接は12月4日（金）正午より行います。\n"
    ko = "안녕하세요,\n\n면접을 12월 7일(월) 정오에 진행합니다.\n"
    assert _start(ja, "Tue, 01 Dec 2026 09:00:00 +0900") == "2026-12-04T12:00"
    assert _start(ko, "Wed, 02 Dec 2026 10:00:00 +0900") == "2026-12-07T12:00"


def test_an_errata_list_is_no_noon() -> None:
    ko = "안녕하세요,\n\n12월 7일(월) 정오표를 보내드립니다.\n"
    assert _start(ko, "Wed, 02 Dec 2026 10:00:00 +0900") != "2026-12-07T12:00"


def test_a_contract_position_named_in_an_invitation_does_not_cap_it() -> None:
    body = (
        "Halo Alex,\n\nKami mengundang Anda interview pada Kamis, 3 Desember 2026 pukul "
        "14.00 WIB.\nPosisi: Staf Gudang (kontrak kerja 12 bulan)\n\nTerima kasih."
    )
    assert _claimed(body, "Fri, 27 Nov 2026 09:00:00 +0700", "Undangan Interview")
