"""Write the "asiajobs12" batch: interview scheduling mail from East and South-East Asia and
the Indian subcontinent, from senders and tools the corpus lacked.

Run: .venv/bin/python tests/parsing/corpus/build_asiajobs12.py

About eighty messages in ten families: Japanese job-board notices (面接日程のご案内, 日程調整
tool confirmations) and company HR mail (令和 era dates, full-width digits, 午後2時より, scout
services), Chinese job-board notices (前程无忧/猎聘/拉勾-style) and meeting invitations pasted
from 腾讯会议, 飞书, 钉钉, 企业微信 and Zoom's Chinese template ("(GMT+08:00) 中国标准时间 -
北京"), Korean job platforms ("2026. 12. 3.(목) 오후 2:00"), Indonesian, Philippine and
Malaysian mail (WIB/WITA/WIT), Taiwanese 民國 dates and Hong Kong mixed mail, Vietnamese and
Thai boards (Buddhist years), and Bangladeshi (Bengali digits), Sri Lankan and Nepali
employers. About a third are negatives in the same voices (written-test deadlines, expiring
assessment links, offers with start dates, first days, info sessions, contract signing,
pick-a-slot requests). Every label comes from the datetimes the text is rendered from
(weekdays typed in the text are checked by `at`) and was written before the parser was run
on the message. Helpers come from build_parse-pos.py and build_prose8.py (loaded, not
copied). Deterministic; touches only its own families' files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
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
p8 = _load("build_prose8", "build_prose8.py")
at, mail, Case, OWN = pp.at, pp.mail, pp.Case, pp.OWN
slot = p8.slot
ME = p8.ME
NEG: dict[str, object] = {"kind": "not_invitation"}
H = timedelta(hours=1)
M = timedelta(minutes=1)

# Whole families per split, fixed before the parser was run on any message of the batch.
SPLITS = {
    "jpnavi": "dev",
    "jphrmail": "dev",
    "cnrecruit": "dev",
    "cnmeeting": "dev",
    "krjobs": "dev",
    "idphmy": "dev",
    "asiamove": "dev",
    "asiaplus": "dev",
    "twhk": "heldout",
    "vnth": "heldout",
    "bdlknp": "heldout",
}
SOURCES = {
    "jpnavi": "Japanese job-board and scheduling-tool notices (リクナビ/マイナビ-style "
    "'面接日程のご案内', '日程が確定しました' from 日程調整 tools, reminders); negatives: web-test "
    "deadlines, company info sessions, pick-a-slot requests.",
    "jphrmail": "Japanese company HR and scout mail: 令和 era dates, full-width digits and "
    "colons, '午後2時より', '14時00分～14時45分', casual interviews set by scouts; negatives: "
    "offers with an entry date, contract signing deadlines, screening results to come.",
    "cnrecruit": "Chinese job-board notices and HR mail (前程无忧/猎聘/拉勾-style '面试时间：' "
    "lines, '下午两点半', '周五'); negatives: online written tests, expiring 测评 links, "
    "offers with 入职 dates.",
    "cnmeeting": "Meeting invitations pasted from 腾讯会议, 飞书 (Lark), 钉钉, 企业微信 and "
    "Zoom's Chinese template, '(GMT+08:00) 中国标准时间 - 北京', '#腾讯会议：'; negatives: "
    "宣讲会 livestreams and onboarding training.",
    "krjobs": "Korean platforms and HR ('2026. 12. 3.(목) 오후 2:00 ~ 오후 2:45', '14:00~14:45', "
    "'오전 10시 30분', '한국시간'); negatives: aptitude-test deadlines, final offers with a "
    "start date, recruiting info sessions.",
    "idphmy": "Indonesian (Kalibrr-style, WIB/WITA/WIT), Philippine and Malaysian mail "
    "('pukul 14.00 - 14.45 WIB', 'jam 3.00 petang', 'Philippine Time'); negatives: "
    "psychometric-test deadlines and offers with a start date.",
    "asiamove": "Moves and cancellations from Chinese, Japanese and Korean employers "
    "('面试时间调整为', '面试取消', '日程変更', '面接中止', '일정 변경', '취소'), and negatives "
    "that move a written test or an onboarding day.",
    "asiaplus": "A second round, written after the first-sight measurement from gaps a probe "
    "showed: spoken Chinese '12月3号', Japanese '正午より' and Korean '정오', Japanese 'R8.12.10' "
    "era shorthand, Taiwanese '115.12.09' and '民國115年' dates; negatives with the same forms "
    "(deadlines by noon, an assessment due on the 号).",
    "twhk": "Taiwanese (104-style, 民國 years) and Hong Kong (JobsDB-style, mixed en/zh) mail.",
    "vnth": "Vietnamese (TopCV/VietnamWorks-style) and Thai (JobThai-style, Buddhist years) mail.",
    "bdlknp": "Bangladeshi (Bdjobs-style, Bengali digits), Sri Lankan and Nepali employers.",
}
HAND = (
    "hand-written; platform notices laid out the way their public candidate screenshots show "
    "them (strings recalled, not re-read) and HR staff's own prose; " + OWN
)

ZEN = str.maketrans("0123456789:", "０１２３４５６７８９：")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


LANG_PREFIXES = {"ja", "zh", "zh-TW", "ko", "id", "en", "ms", "vi", "th"}


def zen(text: str) -> str:
    """Full-width digits and colons, as Japanese HR staff often type them."""
    return text.translate(ZEN)


def case(
    family: str,
    name: str,
    lang: str,
    sender: tuple[str, str],
    subject: str,
    sent: datetime,
    note: str,
    label: dict[str, object],
    text: str | None = None,
    html: str | None = None,
) -> Case:
    raw = mail(
        f"asiajobs12/{family}/{name}",
        sender=sender,
        to=ME,
        subject=subject,
        sent=sent,
        text=text,
        html=html,
    )
    label = {**label, "organizer_email": sender[1]}
    full = name if name.split("_", 1)[0] in LANG_PREFIXES else f"{lang}_{name}"
    return Case(family, SPLITS[family], full, raw, label, lang, note, HAND, OWN)


# --------------------------------------------------------------------------------------
TK = "Asia/Tokyo"


def jpnavi() -> Iterator[Case]:
    f = "jpnavi"
    s = ("キャリアナビ 事務局", "noreply@careernavi.example.jp")
    sent = at(2026, 11, 26, 10, 2, TK)
    st = at(2026, 12, 3, 14, 0, TK, "Thu")
    yield case(
        f,
        "mensetsu_nittei_annai",
        "ja",
        s,
        "【キャリアナビ】面接日程のご案内（株式会社ミナトシステム）",
        sent,
        "Job-board notice: '面接日時：2026年12月3日（木）14:00～14:45'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Alex Morgan 様\n\nキャリアナビをご利用いただきありがとうございます。\n"
        "株式会社ミナトシステムより、面接日程のご案内が届いています。\n\n"
        "■企業名：株式会社ミナトシステム\n■職種：Webエンジニア\n"
        "■面接日時：2026年12月3日（木）14:00～14:45\n■面接形式：オンライン（Zoom）\n"
        "■URL：https://zoom.example.us/j/81234567890\n\n"
        "詳細はマイページのメッセージ画面からご確認ください。\n\n"
        "※本メールは送信専用アドレスから配信されています。\n"
        "――――――――――\nキャリアナビ 事務局\n",
    )
    s = ("日程調整ツール", "no-reply@choseimate.example.jp")
    sent = at(2026, 11, 30, 18, 44, TK)
    st = at(2026, 12, 8, 10, 30, TK, "Tue")
    yield case(
        f,
        "nittei_kakutei_jst",
        "ja",
        s,
        "【日程確定】株式会社オオツカ商事 一次面接",
        sent,
        "Scheduling tool: '日程が確定しました' with '2026/12/08(火) 10:30 - 11:30 (JST)'.",
        slot(st, st + H, zone=TK),
        "Alex Morgan 様\n\n以下の日程が確定しました。\n\n"
        "イベント名：株式会社オオツカ商事 一次面接\n日時：2026/12/08(火) 10:30 - 11:30 (JST)\n"
        "場所：Google Meet（https://meet.example.com/abc-defg-hij）\n主催者：採用担当 森田\n\n"
        "日程を変更する場合は以下のリンクから手続きしてください。\n"
        "https://choseimate.example.jp/r/8f2a\n\n--\n日程調整ツール\n",
    )
    s = ("キャリアナビ 事務局", "noreply@careernavi.example.jp")
    sent = at(2026, 12, 14, 12, 0, TK)
    st = at(2026, 12, 15, 16, 0, TK, "Tue")
    yield case(
        f,
        "ashita_remind",
        "ja",
        s,
        "【リマインド】明日は面接日です",
        sent,
        "Reminder the day before: '明日12月15日（火）16時00分から'; no end; no zone.",
        slot(st, sent=sent),
        "Alex Morgan 様\n\n明日は下記企業との面接日です。\n\n"
        "企業名：北斗フーズ株式会社\n日時：明日12月15日（火）16時00分から\n"
        "会場：東京都港区芝公園2-4-1 北斗ビル5階 受付\n持ち物：履歴書、職務経歴書\n\n"
        "遅れる場合は企業へ直接ご連絡ください。\n\nキャリアナビ 事務局\n",
    )
    s = ("面接予約システム", "info@mensetsu-yoyaku.example.jp")
    sent = at(2026, 12, 1, 9, 15, TK)
    st = at(2026, 12, 4, 13, 30, TK, "Fri")
    yield case(
        f,
        "yoyaku_kanryo_html",
        "ja",
        s,
        "面接予約完了のお知らせ",
        sent,
        "HTML-only booking confirmation: table '日時 | 2026年12月4日(金) 13:30〜14:30'; no zone.",
        slot(st, st + H, sent=sent),
        html=(
            "<div><p>Alex Morgan 様</p><p>面接のご予約が完了しました。</p>"
            "<table border='1'><tr><th>企業名</th><td>株式会社青葉テック</td></tr>"
            "<tr><th>日時</th><td>2026年12月4日(金) 13:30〜14:30</td></tr>"
            "<tr><th>場所</th><td>大阪市北区梅田1-1-3 8F</td></tr></table>"
            "<p>当日は受付で氏名をお伝えください。</p></div>\n"
        ),
    )
    s = ("キャリアナビ 事務局", "noreply@careernavi.example.jp")
    sent = at(2026, 11, 27, 17, 5, TK)
    yield case(
        f,
        "neg_web_test_kigen",
        "ja",
        s,
        "【キャリアナビ】Webテスト受検のお願い",
        sent,
        "Negative: a web test with a deadline '2026年12月6日（日）23:59まで'.",
        NEG,
        "Alex Morgan 様\n\n株式会社ミナトシステムより、適性検査（Webテスト）の受検依頼が"
        "届いています。\n\n受検期限：2026年12月6日（日）23:59まで\n所要時間：約60分\n"
        "受検URL：https://test.example.jp/s/77x\n\n期限を過ぎると受検できなくなります。"
        "お早めにご対応ください。\n\nキャリアナビ 事務局\n",
    )
    s = ("株式会社青葉テック 新卒採用", "saiyo@aobatech.example.jp")
    sent = at(2026, 11, 28, 11, 0, TK)
    yield case(
        f,
        "neg_setsumeikai",
        "ja",
        s,
        "【青葉テック】オンライン会社説明会のご案内",
        sent,
        "Negative: an online company information session open to many, "
        "'12月12日（土）13:00～14:30'.",
        NEG,
        "Alex Morgan 様\n\n株式会社青葉テック 新卒採用担当です。\n"
        "オンライン会社説明会を下記の通り開催いたします。\n\n"
        "日時：12月12日（土）13:00～14:30\n形式：ライブ配信（定員200名）\n"
        "お申し込み：https://aobatech.example.jp/seminar\n\n"
        "ご興味のある方はぜひご参加ください。\n",
    )
    s = ("北斗フーズ 採用担当", "recruit@hokuto-foods.example.jp")
    sent = at(2026, 12, 2, 15, 30, TK)
    yield case(
        f,
        "neg_kouho_sentaku",
        "ja",
        s,
        "面接日程調整のお願い",
        sent,
        "Negative: asks the reader to pick one of several slots via a link; nothing set yet.",
        NEG,
        "Alex Morgan 様\n\n北斗フーズ株式会社 採用担当の小川です。\n"
        "二次面接の日程につきまして、以下の候補からご都合のよい日時をお選びください。\n\n"
        "・12月16日（水）10:00～11:00\n・12月17日（木）14:00～15:00\n"
        "・12月18日（金）16:00～17:00\n\n"
        "下記URLよりご回答をお願いいたします。\nhttps://hokuto-foods.example.jp/slot/41\n\n"
        "よろしくお願いいたします。\n",
    )


def jphrmail() -> Iterator[Case]:
    f = "jphrmail"
    s = ("株式会社ひので製作所 人事部 山口", "yamaguchi@hinode-ss.example.co.jp")
    sent = at(2026, 11, 24, 10, 40, TK)
    st = at(2026, 12, 3, 14, 0, TK, "Thu")
    yield case(
        f,
        "reiwa_jifun_kara",
        "ja",
        s,
        "一次面接のご案内",
        sent,
        "Era date and 時分: '令和8年12月3日(木) 14時00分～14時45分'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Alex Morgan 様\n\nこの度は弊社求人にご応募いただき、誠にありがとうございます。\n"
        "株式会社ひので製作所 人事部の山口でございます。\n\n"
        "書類選考の結果、ぜひ一次面接にお越しいただきたく、ご連絡いたしました。\n\n"
        "日時：令和8年12月3日(木) 14時00分～14時45分\n"
        "場所：弊社本社 3階 第2会議室（名古屋市中区栄3-5-12）\n\n"
        "当日は受付にてお名前をお申し付けください。\n何卒よろしくお願い申し上げます。\n",
    )
    s = ("みどり物産 総務課 佐藤", "sato@midori-bussan.example.co.jp")
    sent = at(2026, 11, 30, 9, 20, TK)
    st = at(2026, 12, 7, 10, 30, TK, "Mon")
    yield case(
        f,
        "zenkaku_colon",
        "ja",
        s,
        "面接日時のご連絡",
        sent,
        "Full-width digits and colon: '１２月７日（月）　１０：３０～１１：３０'; no zone.",
        slot(st, st + H, sent=sent),
        "Alex Morgan様\n\nお世話になっております。みどり物産の佐藤です。\n"
        "面接の日時が決まりましたのでご連絡いたします。\n\n"
        + zen("日時　12月7日（月）　10:30～11:30")
        + "\n場所　弊社本社ビル２階 応接室\n\nご不明点がございましたらお知らせください。\n",
    )
    s = ("株式会社さくら建設 採用担当 中村", "nakamura@sakura-kensetsu.example.co.jp")
    sent = at(2026, 12, 1, 16, 10, TK)
    st = at(2026, 12, 8, 14, 0, TK, "Tue")
    yield case(
        f,
        "reiwa_zenkaku_gogo_yori",
        "ja",
        s,
        "二次面接について",
        sent,
        "Era year and full-width digits with '午後２時より': "
        "'令和８年１２月８日（火）午後２時より'; no end; no zone.",
        slot(st, sent=sent),
        "Alex Morgan 様\n\n先日は一次面接にお越しいただき、ありがとうございました。\n"
        "つきましては、二次面接を"
        + zen("令和8年12月8日（火）午後2時より")
        + "弊社本社にて実施いたします。\n役員2名が面接を担当いたします。\n\n"
        "ご都合が悪い場合はご連絡ください。\n\n株式会社さくら建設 採用担当 中村\n",
    )
    s = ("ハイキャリアスカウト 株式会社ノースゲート", "scout@hicareer-scout.example.jp")
    sent = at(2026, 12, 2, 20, 5, TK)
    st = at(2026, 12, 9, 19, 0, TK, "Wed")
    yield case(
        f,
        "scout_casual_mendan",
        "ja",
        s,
        "カジュアル面談の日程確定のご連絡",
        sent,
        "Scout service: a casual interview set '12月9日（水）19時～19時30分'; no zone.",
        slot(st, st + 30 * M, sent=sent),
        "Alex Morgan 様\n\n株式会社ノースゲートの採用責任者、木村です。\n"
        "スカウトへのご返信ありがとうございました。\n\n"
        "カジュアル面談を12月9日（水）19時～19時30分に設定いたしました。\n"
        "オンライン（Google Meet）で、選考ではなく相互理解の場としてお話しできれば幸いです。\n"
        "https://meet.example.com/kmr-nrth-gt\n\nどうぞよろしくお願いいたします。\n",
    )
    s = ("エンキャリア 応募受付", "oubo@encareer.example.jp")
    sent = at(2026, 12, 3, 11, 25, TK)
    st = at(2026, 12, 10, 10, 0, TK, "Thu")
    yield case(
        f,
        "gozen_gozen_range",
        "ja",
        s,
        "【一次面接】日程のお知らせ（株式会社タカミ電機）",
        sent,
        "Board relay of an employer mail: '12月10日（木）午前10時～午前11時'; no zone.",
        slot(st, st + H, sent=sent),
        "Alex Morgan 様\n\n株式会社タカミ電機からのメッセージをお届けします。\n\n"
        "------------------------------\n"
        "一次面接の日程が決まりましたのでお知らせいたします。\n"
        "日時：12月10日（木）午前10時～午前11時\n場所：本社（横浜市西区みなとみらい2-2）\n"
        "------------------------------\n\n"
        "返信はマイページからお願いいたします。\n",
    )
    s = ("株式会社ひので製作所 人事部 山口", "yamaguchi@hinode-ss.example.co.jp")
    sent = at(2026, 12, 18, 17, 0, TK)
    yield case(
        f,
        "neg_naitei_nyusha_bi",
        "ja",
        s,
        "内定のご連絡",
        sent,
        "Negative: an offer with the entry day '令和9年4月1日（木）午前9時'.",
        NEG,
        "Alex Morgan 様\n\n厳正なる選考の結果、"
        "Alex様を採用させていただくことに決定いたしました。\n\n"
        "入社日：令和9年4月1日（木）午前9時 本社集合\n\n"
        "同封の入社承諾書にご署名のうえ、12月25日（金）までにご返送ください。\n",
    )
    s = ("みどり物産 総務課 佐藤", "sato@midori-bussan.example.co.jp")
    sent = at(2026, 12, 11, 13, 45, TK)
    yield case(
        f,
        "neg_keiyaku_shomei",
        "ja",
        s,
        "雇用契約書のご署名のお願い",
        sent,
        "Negative: e-contract to sign by '１２月１８日（金）１７時まで' (full-width).",
        NEG,
        "Alex Morgan様\n\nみどり物産の佐藤です。\n雇用契約書を電子契約サービスでお送りしました。\n"
        "内容をご確認のうえ、" + zen("12月18日（金）17時") + "までにご署名をお願いいたします。\n\n"
        "https://esign.example.jp/d/5521\n",
    )
    s = ("株式会社タカミ電機 人事", "jinji@takami-denki.example.co.jp")
    sent = at(2026, 12, 11, 10, 0, TK)
    yield case(
        f,
        "neg_kekka_goro",
        "ja",
        s,
        "一次面接の結果について",
        sent,
        "Negative: thanks after the interview; the result will come around 12月18日, next "
        "interview date to follow.",
        NEG,
        "Alex Morgan 様\n\n昨日はお忙しい中、面接にお越しいただきありがとうございました。\n"
        "選考結果につきましては、12月18日（金）頃までにご連絡いたします。\n"
        "次回面接の日程は、通過の場合に改めてご案内いたします。\n",
    )


# --------------------------------------------------------------------------------------
SH = "Asia/Shanghai"


def cnrecruit() -> Iterator[Case]:
    f = "cnrecruit"
    s = ("前程网 招聘通知", "notice@qianchengjob.example.cn")
    sent = at(2026, 11, 27, 15, 12, SH)
    st = at(2026, 12, 3, 14, 0, SH, "Thu")
    yield case(
        f,
        "mianshi_yaoqing_board",
        "zh-CN",
        s,
        "面试邀请：上海澜海科技有限公司",
        sent,
        "Board notice: '面试时间：2026年12月3日 14:00'; no end; no zone.",
        slot(st, sent=sent),
        "Alex Morgan，您好！\n\n上海澜海科技有限公司 邀请您参加面试。\n\n"
        "应聘职位：Java开发工程师\n面试时间：2026年12月3日 14:00\n"
        "面试地点：上海市浦东新区张江路88号 A座12楼\n联系人：李女士 021-5555-0198\n\n"
        "请准时参加，如有变动请及时与企业联系。\n\n此邮件由系统自动发送，请勿直接回复。\n",
    )
    s = ("猎才网", "service@liecai.example.cn")
    sent = at(2026, 11, 30, 11, 40, SH)
    st = at(2026, 12, 4, 10, 0, SH, "Fri")
    yield case(
        f,
        "zhouwu_shangwu_range",
        "zh-CN",
        s,
        "【面试通知】产品经理 - 杭州云栖数据",
        sent,
        "Headhunting board: '面试时间：12月4日（周五）上午10:00-11:00'; no zone.",
        slot(st, st + H, sent=sent),
        "尊敬的Alex：\n\n您好！您应聘的【产品经理】职位已通过简历筛选，"
        "杭州云栖数据邀请您参加视频面试。\n\n"
        "面试时间：12月4日（周五）上午10:00-11:00\n面试方式：视频面试（链接将在面试前发送）\n"
        "面试官：张经理\n\n祝您面试顺利！\n猎才网\n",
    )
    s = ("拉钩招聘助手", "no-reply@lagou-like.example.cn")
    sent = at(2026, 12, 1, 18, 3, SH)
    st = at(2026, 12, 7, 15, 30, SH, "Mon")
    yield case(
        f,
        "dash_date_zhouyi",
        "zh-CN",
        s,
        "北京星河互动邀请你面试",
        sent,
        "Board notice with ISO date: '面试时间：2026-12-07 周一 15:30'; no zone.",
        slot(st, sent=sent),
        "Alex，你好\n\n北京星河互动 HR 王女士 向你发出了面试邀请：\n\n"
        "职位：前端开发\n面试时间：2026-12-07 周一 15:30\n"
        "面试地址：北京市海淀区中关村大街27号 星河大厦6层\n\n"
        "请在App内确认是否接受面试。\n",
    )
    s = ("深圳鹏程电子 人力资源部", "hr@pengcheng-dz.example.cn")
    sent = at(2026, 12, 2, 9, 30, SH)
    st = at(2026, 12, 8, 14, 30, SH, "Tue")
    yield case(
        f,
        "xiawu_liang_dian_ban",
        "zh-CN",
        s,
        "面试通知",
        sent,
        "HR prose with Chinese numerals: '12月8日（星期二）下午两点半'; no zone.",
        slot(st, sent=sent),
        "Alex 您好：\n\n感谢您对深圳鹏程电子的关注。经初步筛选，现通知您于12月8日（星期二）"
        "下午两点半到我司参加面试，地点为深圳市南山区科技园南区高新南七道9号。\n\n"
        "请携带身份证及简历一份。如时间不便，请回复本邮件。\n\n人力资源部 陈小姐\n",
    )
    s = ("成都天府软件 招聘组", "zhaopin@tianfu-soft.example.cn")
    sent = at(2026, 12, 3, 16, 0, SH)
    st = at(2026, 12, 9, 19, 0, SH, "Wed")
    yield case(
        f,
        "wanshang_7dian_beijing",
        "zh-CN",
        s,
        "二面安排",
        sent,
        "Evening interview in Beijing time: '12月9日（周三）晚上7点（北京时间），约40分钟'; "
        "'约' is loose, so no end.",
        slot(st, zone=SH),
        "Alex，你好！\n\n恭喜通过一面。二面安排在12月9日（周三）晚上7点（北京时间），"
        "约40分钟，由技术总监面试，形式为线上视频。\n会议链接稍后发送。\n\n招聘组 刘洋\n",
    )
    s = ("前程网 招聘通知", "notice@qianchengjob.example.cn")
    sent = at(2026, 11, 29, 10, 0, SH)
    yield case(
        f,
        "neg_bishi_jiezhi",
        "zh-CN",
        s,
        "在线笔试通知：上海澜海科技有限公司",
        sent,
        "Negative: online written test to finish '请于12月6日23:59前完成'.",
        NEG,
        "Alex Morgan，您好！\n\n上海澜海科技有限公司 邀请您参加在线笔试。\n"
        "请于12月6日23:59前完成笔试，笔试时长90分钟，开始后不可暂停。\n"
        "笔试链接：https://exam.example.cn/t/3391\n\n祝您顺利！\n",
    )
    s = ("猎才网", "service@liecai.example.cn")
    sent = at(2026, 12, 2, 14, 20, SH)
    yield case(
        f,
        "neg_ceping_shixiao",
        "zh-CN",
        s,
        "【提醒】您的在线测评即将失效",
        sent,
        "Negative: assessment link expiring '2026年12月5日 18:00失效'.",
        NEG,
        "尊敬的Alex：\n\n杭州云栖数据发送给您的性格测评尚未完成。\n"
        "测评链接将于2026年12月5日 18:00失效，请尽快完成。\n"
        "https://ceping.example.cn/p/a81\n",
    )
    s = ("深圳鹏程电子 人力资源部", "hr@pengcheng-dz.example.cn")
    sent = at(2026, 12, 16, 17, 30, SH)
    yield case(
        f,
        "neg_offer_ruzhi",
        "zh-CN",
        s,
        "录用通知书 - 深圳鹏程电子",
        sent,
        "Negative: offer letter with '入职时间：2027年1月4日（周一）上午9:00'.",
        NEG,
        "Alex 您好：\n\n很高兴通知您，您已被我司录用为嵌入式软件工程师。\n\n"
        "入职时间：2027年1月4日（周一）上午9:00\n报到地点：公司一楼人事部\n"
        "请携带身份证、学历证书原件及体检报告。\n\n请于12月23日前回复确认是否接受。\n",
    )


def cnmeeting() -> Iterator[Case]:
    f = "cnmeeting"
    s = ("王琳", "wanglin@hexin-fintech.example.cn")
    sent = at(2026, 11, 30, 16, 22, SH)
    st = at(2026, 12, 3, 14, 0, SH, "Thu")
    yield case(
        f,
        "tencent_meeting_pasted",
        "zh-CN",
        s,
        "产品经理岗位二面 - 腾讯会议",
        sent,
        "Tencent Meeting invitation pasted by HR: '会议时间：2026/12/03 14:00-14:45 "
        "(GMT+08:00) 中国标准时间 - 北京', '#腾讯会议：'.",
        slot(st, st + 45 * M, zone=SH),
        "Alex 你好，二面安排如下，请准时入会：\n\n"
        "王琳 邀请您参加腾讯会议\n会议主题：产品经理岗位二面\n"
        "会议时间：2026/12/03 14:00-14:45 (GMT+08:00) 中国标准时间 - 北京\n\n"
        "点击链接入会，或添加至会议列表：\nhttps://meeting.example.com/dm/Xa1b2C3d\n\n"
        "#腾讯会议：123-456-789\n\n复制该信息，打开手机腾讯会议即可参与\n",
    )
    s = ("陈思远", "chensiyuan@bytelark-demo.example.cn")
    sent = at(2026, 12, 1, 11, 5, SH)
    st = at(2026, 12, 4, 10, 0, SH, "Fri")
    yield case(
        f,
        "feishu_richeng",
        "zh-CN",
        s,
        "技术面试 邀请",
        sent,
        "Feishu (Lark) calendar share pasted: '2026年12月4日 (周五) 10:00 - 11:00 (GMT+8)'; "
        "offset only.",
        slot(st, st + H),
        "Alex，你好：\n\n以下是技术面试的日程，请查收。\n\n"
        "陈思远 邀请你参加日程\n技术面试 - 后端开发\n"
        "2026年12月4日 (周五) 10:00 - 11:00 (GMT+8)\n"
        "飞书视频会议：https://vc.feishu.example.cn/j/612345678\n"
        "会议 ID：612 345 678\n\n如有问题随时联系。\n",
    )
    s = ("赵蕾 (杭州青木网络)", "zhaolei@qingmu-net.example.cn")
    sent = at(2026, 12, 2, 15, 0, SH)
    st = at(2026, 12, 7, 15, 0, SH, "Mon")
    yield case(
        f,
        "dingtalk_huiyi",
        "zh-CN",
        s,
        "钉钉视频面试邀请",
        sent,
        "DingTalk meeting text: '会议时间：2026-12-07 15:00~16:00'; no zone.",
        slot(st, st + H, sent=sent),
        "Alex 您好，\n\n您的视频面试已预约，请通过钉钉参加：\n\n"
        "赵蕾邀请你参加钉钉视频会议\n会议主题：运营专员面试\n"
        "会议时间：2026-12-07 15:00~16:00\n会议号：9876 5432 10\n"
        "入会链接：https://meeting.dingtalk.example.com/j/qm77\n\n谢谢！\n",
    )
    s = ("企业微信 - 南京星辰医药", "hr@xingchen-yy.example.cn")
    sent = at(2026, 12, 3, 10, 30, SH)
    st = at(2026, 12, 8, 19, 30, SH, "Tue")
    yield case(
        f,
        "wecom_huiyi",
        "zh-CN",
        s,
        "面试会议邀请",
        sent,
        "WeCom meeting card as text: '时间：2026年12月8日 19:30-20:15'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Alex，您好：\n\n邀请您参加企业微信会议\n主题：临床数据经理 面试\n"
        "时间：2026年12月8日 19:30-20:15\n会议号：456 789 123\n"
        "点击链接入会：https://work.weixin.example.com/m/xc55\n\n南京星辰医药 人事部\n",
    )
    s = ("Mia Huang", "mia.huang@yunfeng-games.example.cn")
    sent = at(2026, 12, 3, 18, 45, SH)
    st = at(2026, 12, 9, 9, 30, SH, "Wed")
    yield case(
        f,
        "zoom_zh_template",
        "zh-CN",
        s,
        "Zoom 面试邀请",
        sent,
        "Zoom's Chinese invitation: '时间：2026年12月9日 09:30 上午 北京，上海，重庆，香港，"
        "乌鲁木齐' (strings recalled).",
        slot(st, zone=SH),
        "Alex 您好，以下是面试的会议信息：\n\n"
        "Mia Huang 邀请您参加预先安排的 Zoom 会议。\n\n主题：游戏策划 一面\n"
        "时间：2026年12月9日 09:30 上午 北京，上海，重庆，香港，乌鲁木齐\n\n"
        "加入 Zoom 会议\nhttps://zoom.example.us/j/93456712345?pwd=abc\n\n"
        "会议号：934 5671 2345\n密码：628411\n",
    )
    s = ("王琳", "wanglin@hexin-fintech.example.cn")
    sent = at(2026, 12, 4, 9, 10, SH)
    yield case(
        f,
        "neg_xuanjianghui_zhibo",
        "zh-CN",
        s,
        "和信金科 2027届校园宣讲会",
        sent,
        "Negative: a campus presentation livestream on Tencent Meeting, "
        "'会议时间：2026/12/12 19:00-20:30 (GMT+08:00) 中国标准时间 - 北京'.",
        NEG,
        "各位同学好，\n\n和信金科2027届校园招聘线上宣讲会将通过腾讯会议直播，欢迎参加。\n\n"
        "王琳 邀请您参加腾讯会议\n会议主题：和信金科2027届校园宣讲会\n"
        "会议时间：2026/12/12 19:00-20:30 (GMT+08:00) 中国标准时间 - 北京\n\n"
        "点击链接入会：https://meeting.example.com/dm/Zz9y8X\n#腾讯会议：888-123-456\n",
    )
    s = ("陈思远", "chensiyuan@bytelark-demo.example.cn")
    sent = at(2026, 12, 28, 14, 0, SH)
    yield case(
        f,
        "neg_ruzhi_peixun",
        "zh-CN",
        s,
        "新员工入职培训日程",
        sent,
        "Negative: onboarding training for new hires shared from Feishu, "
        "'2027年1月4日 (周一) 09:30 - 12:00 (GMT+8)'.",
        NEG,
        "Alex，欢迎加入！\n\n陈思远 邀请你参加日程\n新员工入职培训\n"
        "2027年1月4日 (周一) 09:30 - 12:00 (GMT+8)\n地点：总部3楼培训室\n\n"
        "入职当天请先到前台领取工牌。\n",
    )


# --------------------------------------------------------------------------------------
SE = "Asia/Seoul"


def krjobs() -> Iterator[Case]:
    f = "krjobs"
    s = ("원티드랩 알림", "noreply@wantedly-kr.example.kr")
    sent = at(2026, 11, 27, 14, 0, SE)
    st = at(2026, 12, 3, 14, 0, SE, "Thu")
    yield case(
        f,
        "dotted_ohu_range",
        "ko",
        s,
        "[면접 안내] 주식회사 한빛소프트웨어",
        sent,
        "Platform notice: '일시: 2026. 12. 3.(목) 오후 2:00 ~ 오후 2:45'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Alex Morgan님, 안녕하세요.\n\n주식회사 한빛소프트웨어에서 면접 일정을 확정했습니다.\n\n"
        "포지션: 백엔드 개발자\n일시: 2026. 12. 3.(목) 오후 2:00 ~ 오후 2:45\n"
        "장소: 서울 강남구 테헤란로 152, 12층\n\n면접 당일 신분증을 지참해 주세요.\n",
    )
    s = ("취업마당", "help@chwieop.example.kr")
    sent = at(2026, 11, 30, 10, 20, SE)
    st = at(2026, 12, 4, 14, 0, SE, "Fri")
    yield case(
        f,
        "myeonjeop_ilsi_tilde",
        "ko",
        s,
        "[취업마당] 면접 제안이 도착했습니다",
        sent,
        "Board notice: '면접일시 : 2026년 12월 4일(금) 14:00~14:45'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "안녕하세요, Alex Morgan님.\n\n(주)대성물류에서 면접을 요청했습니다.\n\n"
        "■ 면접일시 : 2026년 12월 4일(금) 14:00~14:45\n■ 면접장소 : 인천 연수구 컨벤시아대로 165\n"
        "■ 담당자 : 인사팀 박지훈\n\n참석 여부를 마이페이지에서 알려주세요.\n",
    )
    s = ("인사팀 이수진", "sujin.lee@greenmedi.example.kr")
    sent = at(2026, 12, 1, 17, 40, SE)
    st = at(2026, 12, 7, 10, 30, SE, "Mon")
    yield case(
        f,
        "ojeon_si_bun",
        "ko",
        s,
        "그린메디 1차 면접 일정 안내드립니다",
        sent,
        "HR prose: '12월 7일(월) 오전 10시 30분'; no zone.",
        slot(st, sent=sent),
        "Alex님 안녕하세요,\n그린메디 인사팀 이수진입니다.\n\n"
        "서류 전형 합격을 축하드립니다. 1차 면접은 12월 7일(월) 오전 10시 30분에 "
        "본사 3층 회의실에서 진행됩니다.\n\n궁금하신 점은 회신 부탁드립니다.\n감사합니다.\n",
    )
    s = ("Recruiting Team", "recruit@nurilabs.example.kr")
    sent = at(2026, 12, 2, 9, 5, SE)
    st = at(2026, 12, 8, 15, 0, SE, "Tue")
    yield case(
        f,
        "hanguk_sigan_gijun",
        "ko",
        s,
        "화상 면접 안내 (누리랩스)",
        sent,
        "Dotted date with Korean-time note: '2026.12.08(화) 15:00 (한국시간 기준)', 1 hour.",
        slot(st, st + H, zone=SE),
        "Alex님, 안녕하세요.\n\n누리랩스 화상 면접 일정을 안내드립니다.\n\n"
        "- 일시: 2026.12.08(화) 15:00 (한국시간 기준)\n- 소요 시간: 1시간\n"
        "- 링크: https://meet.example.com/nuri-int\n\n해외에 계신 경우 시차에 유의해 주세요.\n",
    )
    s = ("잡리뷰 알림", "alert@jobreview.example.kr")
    sent = at(2026, 12, 9, 18, 0, SE)
    st = at(2026, 12, 10, 11, 0, SE, "Thu")
    yield case(
        f,
        "naeil_remind",
        "ko",
        s,
        "[리마인드] 내일 면접이 있습니다",
        sent,
        "Reminder: '내일(12월 10일 목요일) 오전 11시'; no zone.",
        slot(st, sent=sent),
        "Alex Morgan님,\n\n내일(12월 10일 목요일) 오전 11시에 (주)바른식품 면접이 예정되어 "
        "있습니다.\n장소: 경기 성남시 분당구 판교역로 235\n\n좋은 결과 있기를 바랍니다!\n",
    )
    s = ("취업마당", "help@chwieop.example.kr")
    sent = at(2026, 11, 29, 11, 0, SE)
    yield case(
        f,
        "neg_injeokseong_gihan",
        "ko",
        s,
        "[취업마당] 인적성검사 응시 안내",
        sent,
        "Negative: aptitude test to take by '2026. 12. 6.(일) 오후 11:59까지'.",
        NEG,
        "Alex Morgan님,\n\n(주)대성물류에서 온라인 인적성검사 응시를 요청했습니다.\n\n"
        "응시 기한: 2026. 12. 6.(일) 오후 11:59까지\n소요 시간: 약 50분\n"
        "응시 링크: https://test.example.kr/a/512\n",
    )
    s = ("인사팀 이수진", "sujin.lee@greenmedi.example.kr")
    sent = at(2026, 12, 17, 16, 0, SE)
    yield case(
        f,
        "neg_choejong_hapgyeok",
        "ko",
        s,
        "최종 합격을 축하드립니다",
        sent,
        "Negative: final offer with '입사일: 2027년 1월 4일(월) 오전 9시'.",
        NEG,
        "Alex님,\n\n그린메디 최종 합격을 진심으로 축하드립니다.\n\n"
        "입사일: 2027년 1월 4일(월) 오전 9시\n첫 출근 장소: 본사 1층 로비\n\n"
        "처우 협의서는 별도로 보내드리겠습니다.\n",
    )
    s = ("누리랩스 채용팀", "recruit@nurilabs.example.kr")
    sent = at(2026, 12, 1, 13, 0, SE)
    yield case(
        f,
        "neg_chaeyong_seolmyeonghoe",
        "ko",
        s,
        "온라인 채용설명회에 초대합니다",
        sent,
        "Negative: online recruiting info session '12월 12일(토) 오후 2시'.",
        NEG,
        "안녕하세요, 누리랩스 채용팀입니다.\n\n"
        "온라인 채용설명회를 12월 12일(토) 오후 2시에 유튜브 라이브로 진행합니다.\n"
        "사전 신청: https://nurilabs.example.kr/event\n\n많은 관심 부탁드립니다.\n",
    )


# --------------------------------------------------------------------------------------
JK = "Asia/Jakarta"


def idphmy() -> Iterator[Case]:
    f = "idphmy"
    s = ("Kalibrr-style Notifikasi", "notifikasi@karirku.example.co.id")
    sent = at(2026, 11, 27, 9, 0, JK)
    st = at(2026, 12, 3, 14, 0, JK, "Thu")
    yield case(
        f,
        "id_jadwal_wib_range",
        "id",
        s,
        "Undangan Interview - PT Nusantara Digital",
        sent,
        "Board notice: 'Kamis, 3 Desember 2026, pukul 14.00 - 14.45 WIB'.",
        slot(st, st + 45 * M, zone=JK),
        "Halo Alex,\n\nPT Nusantara Digital mengundang Anda untuk interview.\n\n"
        "Posisi: Data Analyst\nJadwal: Kamis, 3 Desember 2026, pukul 14.00 - 14.45 WIB\n"
        "Lokasi: Online (Google Meet)\nTautan: https://meet.example.com/nsd-int\n\n"
        "Mohon konfirmasi kehadiran Anda melalui aplikasi.\n",
    )
    s = ("HRD PT Celebes Mandiri", "hrd@celebesmandiri.example.co.id")
    sent = at(2026, 11, 30, 10, 15, "Asia/Makassar")
    st = at(2026, 12, 4, 9, 0, "Asia/Makassar", "Fri")
    yield case(
        f,
        "id_wita_makassar",
        "id",
        s,
        "Panggilan Interview",
        sent,
        "Makassar employer: 'Jumat, 4 Desember 2026 pukul 09.00 WITA'.",
        slot(st, zone="Asia/Makassar"),
        "Yth. Alex Morgan,\n\nBerdasarkan hasil seleksi berkas, kami mengundang Saudara untuk "
        "mengikuti interview pada:\n\nHari/Tanggal : Jumat, 4 Desember 2026\n"
        "Waktu        : pukul 09.00 WITA s.d. selesai\nTempat       : Jl. Urip Sumoharjo No. 20, "
        "Makassar\n\nHarap membawa CV dan fotokopi KTP.\n\nHormat kami,\nHRD PT Celebes Mandiri\n",
    )
    s = ("Rekrutmen Papua Energi", "rekrutmen@papuaenergi.example.co.id")
    sent = at(2026, 12, 1, 13, 0, "Asia/Jayapura")
    st = at(2026, 12, 7, 10, 0, "Asia/Jayapura", "Mon")
    yield case(
        f,
        "id_wit_jayapura_video",
        "id",
        s,
        "Jadwal Wawancara Video",
        sent,
        "Jayapura employer: 'Senin, 7 Desember 2026, 10.00 WIT (08.00 WIB)'; 1 hour.",
        slot(st, st + H, zone="Asia/Jayapura"),
        "Halo Alex,\n\nWawancara video Anda dijadwalkan pada Senin, 7 Desember 2026, "
        "10.00 WIT (08.00 WIB), durasi 1 jam.\nTautan Zoom: https://zoom.example.us/j/7781\n\n"
        "Terima kasih,\nTim Rekrutmen\n",
    )
    s = ("Talent Acquisition - Pasig BPO", "ta@islandreach.example.com.ph")
    sent = at(2026, 12, 2, 15, 30, "Asia/Manila")
    st = at(2026, 12, 8, 14, 0, "Asia/Manila", "Tue")
    yield case(
        f,
        "en_ph_philippine_time",
        "en-PH",
        s,
        "Final Interview Schedule",
        sent,
        "Philippine HR: 'Tuesday, December 8, 2026 at 2:00 PM (Philippine Time)'; Taglish line.",
        slot(st, zone="Asia/Manila"),
        "Hi Alex,\n\nGood day! We are pleased to invite you to your final interview with our "
        "Operations Manager.\n\nSchedule: Tuesday, December 8, 2026 at 2:00 PM (Philippine Time)\n"
        "Venue: 12F Ortigas Tower, Pasig City\n\nPaki-confirm na lang po if available kayo. "
        "Please bring two valid IDs.\n\nThank you,\nTalent Acquisition Team\n",
    )
    s = ("Jabatan Sumber Manusia", "hr@sinarpelangi.example.com.my")
    sent = at(2026, 12, 3, 11, 0, "Asia/Kuala_Lumpur")
    st = at(2026, 12, 9, 15, 0, "Asia/Kuala_Lumpur", "Wed")
    yield case(
        f,
        "ms_jam_petang",
        "ms",
        s,
        "Jemputan Temu Duga",
        sent,
        "Malay HR: 'pada hari Rabu, 9 Disember 2026, jam 3.00 petang'; no zone.",
        slot(st, sent=sent),
        "Tuan/Puan Alex Morgan,\n\nSukacita dimaklumkan bahawa tuan/puan dijemput untuk "
        "menghadiri temu duga bagi jawatan Eksekutif Akaun pada hari Rabu, 9 Disember 2026, "
        "jam 3.00 petang di pejabat kami, Aras 5, Menara Sinar, Jalan Ampang.\n\n"
        "Sila bawa salinan sijil asal.\n\nSekian, terima kasih.\n",
    )
    s = ("Kalibrr-style Notifikasi", "notifikasi@karirku.example.co.id")
    sent = at(2026, 11, 28, 8, 30, JK)
    yield case(
        f,
        "id_neg_psikotes_batas",
        "id",
        s,
        "Tes Psikotes Online - PT Nusantara Digital",
        sent,
        "Negative: online psychometric test, 'batas waktu 6 Desember 2026 pukul 23.59 WIB'.",
        NEG,
        "Halo Alex,\n\nSilakan kerjakan psikotes online dari PT Nusantara Digital.\n"
        "Batas waktu pengerjaan: 6 Desember 2026 pukul 23.59 WIB\n"
        "Tautan: https://tes.example.co.id/p/19\n\nSemoga sukses!\n",
    )
    s = ("Talent Acquisition - Pasig BPO", "ta@islandreach.example.com.ph")
    sent = at(2026, 12, 15, 10, 0, "Asia/Manila")
    yield case(
        f,
        "en_ph_neg_job_offer",
        "en-PH",
        s,
        "Job Offer - Operations Analyst",
        sent,
        "Negative: offer with 'start date: Monday, January 4, 2027, 8:00 AM'.",
        NEG,
        "Hi Alex,\n\nCongratulations! We are happy to offer you the position of Operations "
        "Analyst.\n\nStart date: Monday, January 4, 2027, 8:00 AM\nReport to: HR Onboarding, "
        "12F Ortigas Tower\n\nKindly sign and return the attached offer by December 18.\n",
    )
    s = ("HRD PT Celebes Mandiri", "hrd@celebesmandiri.example.co.id")
    sent = at(2026, 12, 10, 14, 0, "Asia/Makassar")
    yield case(
        f,
        "id_neg_tanda_tangan_kontrak",
        "id",
        s,
        "Penandatanganan Kontrak Kerja",
        sent,
        "Negative: contract signing for a hire, 'Senin, 14 Desember 2026 pukul 10.00 WITA'.",
        NEG,
        "Yth. Alex Morgan,\n\nSelamat, Saudara diterima sebagai Staf Administrasi. Kami "
        "mengundang Saudara untuk penandatanganan kontrak kerja pada Senin, 14 Desember 2026 "
        "pukul 10.00 WITA di kantor HRD.\n\nHarap membawa materai dan KTP asli.\n",
    )


# --------------------------------------------------------------------------------------
def asiamove() -> Iterator[Case]:
    f = "asiamove"
    s = ("上海澜海科技 HR 李敏", "limin@lanhai-tech.example.cn")
    sent = at(2026, 12, 2, 10, 0, SH)
    st = at(2026, 12, 10, 15, 0, SH, "Thu")
    yield case(
        f,
        "zh_tiaozheng_wei",
        "zh-CN",
        s,
        "面试时间调整通知",
        sent,
        "Move: '原定12月9日（周三）上午10点的面试，时间调整为12月10日（周四）下午3点'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Alex 您好：\n\n由于面试官临时出差，原定12月9日（周三）上午10点的面试，"
        "时间调整为12月10日（周四）下午3点，地点不变。\n给您带来不便，敬请谅解。\n\n"
        "请回复确认，谢谢！\n李敏\n",
    )
    s = ("杭州云栖数据 招聘", "hr@yunqi-data.example.cn")
    sent = at(2026, 12, 3, 9, 0, SH)
    st = at(2026, 12, 11, 14, 0, SH, "Fri")
    yield case(
        f,
        "zh_mianshi_quxiao",
        "zh-CN",
        s,
        "面试取消通知",
        sent,
        "Cancellation: '原定于12月11日（周五）14:00的面试取消'.",
        slot(st, kind="cancellation", sent=sent),
        "Alex 您好：\n\n非常抱歉地通知您，由于该职位招聘计划调整，原定于12月11日（周五）14:00的"
        "面试取消。\n感谢您对我们的关注，祝您求职顺利。\n\n杭州云栖数据 招聘组\n",
    )
    s = ("王琳", "wanglin@hexin-fintech.example.cn")
    sent = at(2026, 12, 2, 17, 0, SH)
    st = at(2026, 12, 10, 16, 0, SH, "Thu")
    yield case(
        f,
        "zh_tencent_xiugai",
        "zh-CN",
        s,
        "腾讯会议时间修改：财务分析岗面试",
        sent,
        "Tencent Meeting change notice: old time, then '会议时间已修改为：2026/12/10 "
        "16:00-16:30 (GMT+08:00) 中国标准时间 - 北京'.",
        slot(st, st + 30 * M, kind="reschedule", zone=SH),
        "Alex 你好，面试时间有变，以新时间为准：\n\n王琳 修改了腾讯会议\n"
        "会议主题：财务分析岗面试\n原会议时间：2026/12/09 10:00-10:30\n"
        "会议时间已修改为：2026/12/10 16:00-16:30 (GMT+08:00) 中国标准时间 - 北京\n\n"
        "#腾讯会议：555-012-346\n",
    )
    s = ("株式会社オオツカ商事 採用担当 森田", "morita@otsuka-shoji.example.co.jp")
    sent = at(2026, 12, 4, 11, 0, TK)
    st = at(2026, 12, 11, 15, 0, TK, "Fri")
    yield case(
        f,
        "ja_nittei_henkou",
        "ja",
        s,
        "【日程変更】二次面接のご案内",
        sent,
        "Move: '変更前：12月10日（木）13:00～' / '変更後：12月11日（金）15:00～16:00'; no zone.",
        slot(st, st + H, kind="reschedule", sent=sent),
        "Alex Morgan 様\n\nオオツカ商事の森田です。\n"
        "誠に恐縮ながら、面接官の都合により二次面接の日程を変更させていただきたく存じます。\n\n"
        "変更前：12月10日（木）13:00～\n変更後：12月11日（金）15:00～16:00\n\n"
        "ご迷惑をおかけし申し訳ございません。\n",
    )
    s = ("北斗フーズ 採用担当", "recruit@hokuto-foods.example.jp")
    sent = at(2026, 12, 5, 9, 30, TK)
    st = at(2026, 12, 9, 10, 0, TK, "Wed")
    yield case(
        f,
        "ja_mensetsu_chuushi",
        "ja",
        s,
        "面接中止のお知らせ",
        sent,
        "Cancellation: '12月9日（水）10時からの面接は中止とさせていただきます'.",
        slot(st, kind="cancellation", sent=sent),
        "Alex Morgan 様\n\n北斗フーズ 採用担当の小川です。\n"
        "大変申し訳ございませんが、募集を締め切ったため、12月9日（水）10時からの面接は"
        "中止とさせていただきます。\n何卒ご了承ください。\n",
    )
    s = ("인사팀 박지훈", "jh.park@daesung-logis.example.kr")
    sent = at(2026, 12, 3, 15, 0, SE)
    st = at(2026, 12, 10, 16, 0, SE, "Thu")
    yield case(
        f,
        "ko_ilsang_byeongyeong",
        "ko",
        s,
        "[일정 변경] 면접 일정 변경 안내",
        sent,
        "Move: '변경 전: 12월 9일(수) 오전 11:00 / 변경 후: 12월 10일(목) 오후 4:00'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Alex님 안녕하세요,\n\n부득이한 사정으로 면접 일정이 변경되었습니다.\n\n"
        "변경 전: 12월 9일(수) 오전 11:00\n변경 후: 12월 10일(목) 오후 4:00\n\n"
        "불편을 드려 죄송합니다.\n",
    )
    s = ("그린메디 인사팀", "hr@greenmedi.example.kr")
    sent = at(2026, 12, 4, 10, 0, SE)
    st = at(2026, 12, 11, 13, 0, SE, "Fri")
    yield case(
        f,
        "ko_myeonjeop_chwiso",
        "ko",
        s,
        "면접 취소 안내",
        sent,
        "Cancellation: '12월 11일(금) 오후 1시 면접이 취소되었음을'.",
        slot(st, kind="cancellation", sent=sent),
        "Alex님,\n\n내부 사정으로 인해 12월 11일(금) 오후 1시 면접이 취소되었음을 안내드립니다.\n"
        "추후 채용이 재개되면 다시 연락드리겠습니다.\n",
    )
    s = ("前程网 招聘通知", "notice@qianchengjob.example.cn")
    sent = at(2026, 12, 4, 12, 0, SH)
    yield case(
        f,
        "zh_neg_bishi_yanqi",
        "zh-CN",
        s,
        "笔试时间调整通知",
        sent,
        "Negative: an online written test window moved to '12月12日 9:00-11:00'.",
        NEG,
        "Alex Morgan，您好！\n\n上海澜海科技有限公司的在线笔试时间调整为12月12日（周六）"
        "9:00-11:00，请在该时间段内登录系统作答。\n笔试链接不变：https://exam.example.cn/t/3391\n",
    )
    s = ("人事部 陈小姐", "hr@pengcheng-dz.example.cn")
    sent = at(2026, 12, 28, 10, 0, SH)
    yield case(
        f,
        "zh_neg_ruzhi_gaiqi",
        "zh-CN",
        s,
        "入职日期调整",
        sent,
        "Negative: the first working day moved to '2027年1月11日（周一）上午9点'.",
        NEG,
        "Alex 您好：\n\n因元旦假期安排，您的入职日期调整为2027年1月11日（周一）上午9点，"
        "请当天到一楼人事部报到。\n",
    )


def asiaplus() -> Iterator[Case]:
    f = "asiaplus"
    s = ("广州南粤物流 人事 黄小姐", "hr@nanyue-wl.example.cn")
    sent = at(2026, 12, 1, 14, 20, SH)
    st = at(2026, 12, 8, 15, 0, SH, "Tue")
    yield case(
        f,
        "zh_hao_xiawu",
        "zh-CN",
        s,
        "面试安排",
        sent,
        "Spoken-style day mark: '12月8号（周二）下午3点'; no zone.",
        slot(st, sent=sent),
        "Alex 你好！\n\n简历我们看过了，想约你12月8号（周二）下午3点来公司面试，"
        "地址是天河区体育西路103号维多利广场B座20楼。\n\n到了打前台电话就行。\n黄小姐\n",
    )
    s = ("武汉光谷芯片 招聘", "zhaopin@gg-chip.example.cn")
    sent = at(2026, 12, 2, 11, 0, SH)
    st = at(2026, 12, 10, 10, 0, SH, "Thu")
    yield case(
        f,
        "zh_hao_gaidao",
        "zh-CN",
        s,
        "Re: 面试时间",
        sent,
        "Move in spoken style: '原来约的9号上午，改到12月10号上午10:00-11:00'.",
        slot(st, st + H, kind="reschedule", sent=sent),
        "Alex 你好，\n\n不好意思，原来约的9号上午面试官有事，改到12月10号上午10:00-11:00，"
        "还是线上视频，链接不变。\n\n谢谢理解！\n",
    )
    s = ("株式会社いずみ電装 総務部 小林", "kobayashi@izumi-denso.example.co.jp")
    sent = at(2026, 12, 1, 9, 0, TK)
    st = at(2026, 12, 4, 12, 0, TK, "Fri")
    yield case(
        f,
        "ja_shougo_yori",
        "ja",
        s,
        "面接日程のご連絡",
        sent,
        "Noon word: '12月4日（金）正午より、約30分' ('約' is loose, so no end); no zone.",
        slot(st, sent=sent),
        "Alex Morgan 様\n\nいずみ電装の小林です。\n面接は12月4日（金）正午より、約30分を予定して"
        "おります。\n場所は本社1階の応接室です。\n\nよろしくお願いいたします。\n",
    )
    s = ("株式会社いずみ電装 総務部 小林", "kobayashi@izumi-denso.example.co.jp")
    sent = at(2026, 12, 3, 16, 0, TK)
    st = at(2026, 12, 10, 14, 0, TK, "Thu")
    yield case(
        f,
        "ja_reiwa_short",
        "ja",
        s,
        "二次面接のご案内",
        sent,
        "Era shorthand: '日時：R8.12.10（木）14:00～15:00'; no zone.",
        slot(st, st + H, sent=sent),
        "Alex Morgan 様\n\n二次面接を下記にて実施いたします。\n\n"
        "日時：R8.12.10（木）14:00～15:00\n場所：本社 5階 役員会議室\n\n以上\n",
    )
    s = ("한결건설 인사팀", "hr@hangyeol-const.example.kr")
    sent = at(2026, 12, 2, 10, 0, SE)
    st = at(2026, 12, 7, 12, 0, SE, "Mon")
    yield case(
        f,
        "ko_jeongo",
        "ko",
        s,
        "점심 면접 안내",
        sent,
        "Noon word: '12월 7일(월) 정오에' with lunch; no zone.",
        slot(st, sent=sent),
        "Alex님 안녕하세요,\n\n한결건설 인사팀입니다. 팀장님과의 면접을 12월 7일(월) 정오에 "
        "본사 근처 식당에서 점심을 겸해 진행하려고 합니다.\n\n감사합니다.\n",
    )
    s = ("人資部 吳先生", "hr@formosa-opt.example.com.tw")
    sent = at(2026, 12, 1, 15, 0, TP)
    st = at(2026, 12, 9, 14, 30, TP, "Wed")
    yield case(
        f,
        "zh-TW_minguo_dotted",
        "zh-TW",
        s,
        "面試邀請",
        sent,
        "Minguo dotted date: '面試時間：115.12.09（三）14:30'; no zone.",
        slot(st, sent=sent),
        "Alex 您好：\n\n感謝您應徵光學工程師一職，敬邀您於下列時間面試：\n"
        "面試時間：115.12.09（三）14:30\n面試地點：台中市西屯區工業區一路10號\n\n吳先生 敬上\n",
    )
    s = ("人資部 吳先生", "hr@formosa-opt.example.com.tw")
    sent = at(2026, 12, 10, 10, 0, TP)
    st = at(2027, 1, 7, 10, 0, TP, "Thu")
    yield case(
        f,
        "zh-TW_minguo_next_year",
        "zh-TW",
        s,
        "第二階段面試",
        sent,
        "Minguo year for next January: '民國116年1月7日（星期四）上午10時'; no zone.",
        slot(st, sent=sent),
        "Alex 您好：\n\n恭喜通過初試。第二階段面試訂於民國116年1月7日（星期四）上午10時，"
        "由副總經理面談。\n\n吳先生\n",
    )
    s = ("广州南粤物流 人事 黄小姐", "hr@nanyue-wl.example.cn")
    sent = at(2026, 12, 2, 9, 0, SH)
    yield case(
        f,
        "zh_neg_hao_ceping",
        "zh-CN",
        s,
        "性格测评",
        sent,
        "Negative: an assessment to finish '12月5号晚上10点前'.",
        NEG,
        "Alex 你好，\n\n面试前麻烦做一下这个性格测评，12月5号晚上10点前完成就行：\n"
        "https://ceping.example.cn/p/ny1\n\n谢谢！\n",
    )
    s = ("株式会社いずみ電装 総務部 小林", "kobayashi@izumi-denso.example.co.jp")
    sent = at(2026, 11, 27, 10, 0, TK)
    yield case(
        f,
        "ja_neg_shougo_made",
        "ja",
        s,
        "応募書類ご提出のお願い",
        sent,
        "Negative: documents due '12月2日（水）正午まで'.",
        NEG,
        "Alex Morgan 様\n\n恐れ入りますが、職務経歴書を12月2日（水）正午までに"
        "メールでご提出ください。\n\nよろしくお願いいたします。\n",
    )


# --------------------------------------------------------------------------------------
TP, HK = "Asia/Taipei", "Asia/Hong_Kong"


def twhk() -> Iterator[Case]:
    f = "twhk"
    s = ("一零四求職通知", "notice@yilingsi-jobs.example.tw")
    sent = at(2026, 11, 27, 10, 0, TP)
    st = at(2026, 12, 3, 14, 0, TP, "Thu")
    yield case(
        f,
        "mingguo_xiawu",
        "zh-TW",
        s,
        "【面試邀約】台灣晨光電子股份有限公司",
        sent,
        "Minguo year: '面試時間：115年12月3日（四）下午2:00'; no zone.",
        slot(st, sent=sent),
        "Alex Morgan 您好：\n\n台灣晨光電子股份有限公司 邀請您參加面試。\n\n"
        "應徵職務：韌體工程師\n面試時間：115年12月3日（四）下午2:00\n"
        "面試地點：新竹市東區園區二路18號\n\n請於求職者中心回覆是否出席。\n",
    )
    s = ("人資部 林小姐", "hr@yushan-bio.example.com.tw")
    sent = at(2026, 11, 30, 16, 0, TP)
    st = at(2026, 12, 4, 10, 0, TP, "Fri")
    yield case(
        f,
        "mingguo_slash_range",
        "zh-TW",
        s,
        "面試通知",
        sent,
        "Minguo slashed date: '115/12/04 (五) 10:00-11:00'; no zone.",
        slot(st, st + H, sent=sent),
        "Alex 您好，\n\n感謝您應徵本公司研究助理一職，誠摯邀請您於下列時間前來面試：\n"
        "日期時間：115/12/04 (五) 10:00-11:00\n地點：台北市南港區園區街3號5樓\n\n"
        "玉山生技 人資部 林小姐 敬上\n",
    )
    s = ("JobsBay HK", "noreply@jobsbay.example.com.hk")
    sent = at(2026, 12, 1, 12, 0, HK)
    st = at(2026, 12, 7, 15, 0, HK, "Mon")
    yield case(
        f,
        "hk_mixed_en_zh",
        "zh-HK",
        s,
        "Interview Invitation 面試邀請 - Harbour Logistics",
        sent,
        "Mixed en/zh: 'Interview date 面試日期: 7 Dec 2026 (Mon) 3:00pm'; no zone.",
        slot(st, sent=sent),
        "Dear Alex,\n\nHarbour Logistics Ltd 邀請你出席面試 / invites you to an interview.\n\n"
        "Interview date 面試日期: 7 Dec 2026 (Mon) 3:00pm\n"
        "Venue 地點: 18/F, Kwun Tong Plaza, 觀塘\n\nPlease reply to confirm 請回覆確認.\n",
    )
    s = ("Grace Cheung", "grace.cheung@victoriapeak-fin.example.com.hk")
    sent = at(2026, 12, 2, 18, 30, HK)
    st = at(2026, 12, 8, 15, 0, HK, "Tue")
    yield case(
        f,
        "hk_xiawu_sanshi_zheng",
        "zh-HK",
        s,
        "第二輪面試安排",
        sent,
        "Cantonese-flavoured HR: '12月8日（星期二）下午3時正'; no zone.",
        slot(st, sent=sent),
        "Alex 你好，\n\n多謝你上次嚟面試。我哋想約你12月8日（星期二）下午3時正返嚟做第二輪面試，"
        "地點係中環德輔道中88號12樓。\n\n有問題隨時WhatsApp我。\nGrace\n",
    )
    s = ("人資部 林小姐", "hr@yushan-bio.example.com.tw")
    sent = at(2026, 12, 3, 11, 0, TP)
    st = at(2026, 12, 10, 10, 30, TP, "Thu")
    yield case(
        f,
        "tw_gai_wei",
        "zh-TW",
        s,
        "面試時間更改",
        sent,
        "Move: '原訂12月9日(三)下午的面試改為12月10日(四)上午10:30'; no zone.",
        slot(st, kind="reschedule", sent=sent),
        "Alex 您好，\n\n因主管臨時有會議，原訂12月9日(三)下午的面試改為12月10日(四)上午10:30，"
        "地點不變，造成不便敬請見諒。\n",
    )
    s = ("一零四求職通知", "notice@yilingsi-jobs.example.tw")
    sent = at(2026, 11, 29, 9, 0, TP)
    yield case(
        f,
        "neg_tw_xianshang_ceyan",
        "zh-TW",
        s,
        "線上測驗通知",
        sent,
        "Negative: online test to finish by '115年12月6日 23:59'.",
        NEG,
        "Alex Morgan 您好：\n\n台灣晨光電子邀請您完成線上職能測驗，請於115年12月6日 23:59前完成。\n"
        "測驗連結：https://test.example.tw/q/88\n",
    )
    s = ("Grace Cheung", "grace.cheung@victoriapeak-fin.example.com.hk")
    sent = at(2026, 12, 16, 10, 0, HK)
    yield case(
        f,
        "neg_hk_offer_shangban",
        "zh-HK",
        s,
        "Offer Letter 聘用通知",
        sent,
        "Negative: offer with '上班日期：2027年1月4日（星期一）上午9時'.",
        NEG,
        "Dear Alex,\n\n恭喜你！隨附聘用信。\n上班日期：2027年1月4日（星期一）上午9時\n"
        "請於12月23日前簽署並交回。\n\nBest regards,\nGrace\n",
    )


VN, BK = "Asia/Ho_Chi_Minh", "Asia/Bangkok"


def vnth() -> Iterator[Case]:
    f = "vnth"
    s = ("ViecLamTop", "no-reply@vieclamtop.example.vn")
    sent = at(2026, 11, 27, 10, 0, VN)
    st = at(2026, 12, 3, 14, 0, VN, "Thu")
    yield case(
        f,
        "vi_thoi_gian_range",
        "vi",
        s,
        "Thư mời phỏng vấn - Công ty TNHH Sao Mai",
        sent,
        "Board notice: 'Thời gian: 14:00 - 14:45, Thứ Năm, ngày 03/12/2026'; no zone.",
        slot(st, st + 45 * M, sent=sent),
        "Chào Alex Morgan,\n\nCông ty TNHH Sao Mai trân trọng mời bạn tham dự phỏng vấn.\n\n"
        "Vị trí: Chuyên viên Marketing\nThời gian: 14:00 - 14:45, Thứ Năm, ngày 03/12/2026\n"
        "Địa điểm: Tầng 7, 25 Nguyễn Huệ, Quận 1, TP.HCM\n\nVui lòng xác nhận tham dự.\n",
    )
    s = ("Phòng Nhân sự Hà Thành", "tuyendung@hathanh-group.example.vn")
    sent = at(2026, 11, 30, 15, 0, VN)
    st = at(2026, 12, 4, 9, 30, VN, "Fri")
    yield case(
        f,
        "vi_9h30_sang",
        "vi",
        s,
        "Lịch phỏng vấn vòng 2",
        sent,
        "HR prose: 'vào lúc 9h30 sáng thứ Sáu, 04/12/2026'; no zone.",
        slot(st, sent=sent),
        "Chào bạn Alex,\n\nChúc mừng bạn đã vượt qua vòng 1. Phòng Nhân sự mời bạn tham dự "
        "phỏng vấn vòng 2 vào lúc 9h30 sáng thứ Sáu, 04/12/2026 tại văn phòng Hà Nội.\n\n"
        "Trân trọng,\nPhòng Nhân sự\n",
    )
    s = ("JobThai-style แจ้งเตือน", "noreply@ngandee.example.co.th")
    sent = at(2026, 12, 1, 11, 0, BK)
    st = at(2026, 12, 7, 10, 0, BK, "Mon")
    yield case(
        f,
        "th_buddhist_full",
        "th",
        s,
        "นัดสัมภาษณ์งาน - บริษัท สยามพัฒนา จำกัด",
        sent,
        "Thai board: 'วันจันทร์ที่ 7 ธันวาคม 2569 เวลา 10.00 น.' (BE 2569 = 2026); no zone.",
        slot(st, sent=sent),
        "เรียน คุณ Alex\n\nบริษัท สยามพัฒนา จำกัด ขอเรียนเชิญท่านเข้าสัมภาษณ์งาน\n"
        "วันจันทร์ที่ 7 ธันวาคม 2569 เวลา 10.00 น.\nสถานที่: อาคารสยามทาวเวอร์ ชั้น 15\n\n"
        "ขอแสดงความนับถือ\n",
    )
    s = ("ฝ่ายบุคคล เชียงใหม่ฟู้ดส์", "hr@cmfoods.example.co.th")
    sent = at(2026, 12, 2, 14, 0, BK)
    st = at(2026, 12, 8, 13, 30, BK, "Tue")
    yield case(
        f,
        "th_abbrev_year_range",
        "th",
        s,
        "ยืนยันนัดสัมภาษณ์",
        sent,
        "Abbreviated Thai date: '8 ธ.ค. 69 เวลา 13:30-14:30 น.'; no zone.",
        slot(st, st + H, sent=sent),
        "สวัสดีค่ะ คุณ Alex\n\nขอยืนยันนัดสัมภาษณ์ในวันอังคารที่ 8 ธ.ค. 69 เวลา 13:30-14:30 น. "
        "ที่สำนักงานใหญ่ เชียงใหม่\n\nฝ่ายบุคคล\n",
    )
    s = ("ViecLamTop", "no-reply@vieclamtop.example.vn")
    sent = at(2026, 12, 4, 16, 0, VN)
    st = at(2026, 12, 11, 10, 0, VN, "Fri")
    yield case(
        f,
        "vi_huy_phong_van",
        "vi",
        s,
        "Thông báo hủy lịch phỏng vấn",
        sent,
        "Cancellation: 'buổi phỏng vấn lúc 10:00 ngày 11/12/2026 đã bị hủy'.",
        slot(st, kind="cancellation", sent=sent),
        "Chào Alex Morgan,\n\nCông ty TNHH Sao Mai thông báo buổi phỏng vấn lúc 10:00 ngày "
        "11/12/2026 đã bị hủy do vị trí đã được tuyển đủ.\n\nCảm ơn bạn đã quan tâm.\n",
    )
    s = ("Phòng Nhân sự Hà Thành", "tuyendung@hathanh-group.example.vn")
    sent = at(2026, 11, 28, 9, 0, VN)
    yield case(
        f,
        "vi_neg_bai_test_han",
        "vi",
        s,
        "Bài test chuyên môn",
        sent,
        "Negative: take-home test, 'hạn nộp bài: 23:59 ngày 06/12/2026'.",
        NEG,
        "Chào bạn Alex,\n\nBạn vui lòng hoàn thành bài test chuyên môn đính kèm.\n"
        "Hạn nộp bài: 23:59 ngày 06/12/2026.\n\nTrân trọng.\n",
    )
    s = ("ฝ่ายบุคคล เชียงใหม่ฟู้ดส์", "hr@cmfoods.example.co.th")
    sent = at(2026, 12, 15, 10, 0, BK)
    yield case(
        f,
        "th_neg_roem_ngan",
        "th",
        s,
        "แจ้งผลการคัดเลือกและวันเริ่มงาน",
        sent,
        "Negative: hired, first day 'วันจันทร์ที่ 4 มกราคม 2570 เวลา 08.30 น.'.",
        NEG,
        "เรียน คุณ Alex\n\nยินดีด้วย ท่านผ่านการคัดเลือก ขอให้เริ่มงานวันจันทร์ที่ 4 มกราคม 2570 "
        "เวลา 08.30 น. ณ ฝ่ายบุคคล\n",
    )


def bdlknp() -> Iterator[Case]:
    f = "bdlknp"
    s = ("BDCareers Notification", "noreply@bdcareers.example.com.bd")
    sent = at(2026, 11, 27, 12, 0, "Asia/Dhaka")
    st = at(2026, 12, 3, 11, 0, "Asia/Dhaka", "Thu")
    yield case(
        f,
        "en_bd_board",
        "en-BD",
        s,
        "Interview Call - Padma Textiles Ltd.",
        sent,
        "Board notice: 'Interview Date: 03 Dec 2026, Thursday / Time: 11:00 AM'; no zone.",
        slot(st, sent=sent),
        "Dear Alex Morgan,\n\nYou have been shortlisted for the position of Merchandiser at "
        "Padma Textiles Ltd.\n\nInterview Date: 03 Dec 2026, Thursday\nTime: 11:00 AM\n"
        "Venue: House 12, Road 7, Gulshan-1, Dhaka\n\nPlease bring your CV and NID.\n",
    )
    s = ("মানবসম্পদ বিভাগ", "hr@meghna-agro.example.com.bd")
    sent = at(2026, 11, 30, 10, 0, "Asia/Dhaka")
    st = at(2026, 12, 3, 14, 0, "Asia/Dhaka", "Thu")
    yield case(
        f,
        "bn_digits_dupur",
        "bn",
        s,
        "সাক্ষাৎকারের আমন্ত্রণ",
        sent,
        "Bengali digits: '৩ ডিসেম্বর ২০২৬, বৃহস্পতিবার, দুপুর ২:০০ টায়'; no zone.",
        slot(st, sent=sent),
        "প্রিয় Alex Morgan,\n\nআপনাকে সাক্ষাৎকারের জন্য আমন্ত্রণ জানানো যাচ্ছে।\n\n"
        "তারিখ ও সময়: "
        + "3 ডিসেম্বর 2026, বৃহস্পতিবার, দুপুর 2:00 টায়".translate(BENGALI)
        + "\nস্থান: মেঘনা এগ্রো, মতিঝিল, ঢাকা\n\nধন্যবাদান্তে,\nমানবসম্পদ বিভাগ\n",
    )
    s = ("HR Division", "careers@lankaserendib.example.lk")
    sent = at(2026, 12, 1, 9, 0, "Asia/Colombo")
    st = at(2026, 12, 4, 10, 0, "Asia/Colombo", "Fri")
    yield case(
        f,
        "en_lk_sri_lanka_time",
        "en-LK",
        s,
        "Interview - Assistant Manager Finance",
        sent,
        "Sri Lankan HR: 'on Friday 4th December 2026 at 10.00 a.m. (Sri Lanka time)'.",
        slot(st, zone="Asia/Colombo"),
        "Dear Mr. Morgan,\n\nWe are pleased to inform you that you have been shortlisted. You "
        "are kindly requested to attend an interview on Friday 4th December 2026 at 10.00 a.m. "
        "(Sri Lanka time) at our Head Office, No. 45, Galle Road, Colombo 03.\n\n"
        "Yours faithfully,\nHR Division\n",
    )
    s = ("Himal Bank HR", "hr@himalbank-demo.example.com.np")
    sent = at(2026, 12, 2, 11, 0, "Asia/Kathmandu")
    st = at(2026, 12, 7, 13, 0, "Asia/Kathmandu", "Mon")
    yield case(
        f,
        "en_np_npt",
        "en-NP",
        s,
        "Interview Schedule - Relationship Officer",
        sent,
        "Nepali employer: 'Monday, 7 December 2026 at 1:00 PM NPT' (+05:45); 30 minutes.",
        slot(st, st + 30 * M, zone="Asia/Kathmandu"),
        "Dear Alex,\n\nNamaste. Your interview is scheduled for Monday, 7 December 2026 at "
        "1:00 PM NPT, for 30 minutes, at our corporate office in Kamaladi, Kathmandu.\n\n"
        "Regards,\nHuman Resources\n",
    )
    s = ("BDCareers Notification", "noreply@bdcareers.example.com.bd")
    sent = at(2026, 12, 3, 15, 0, "Asia/Dhaka")
    st = at(2026, 12, 9, 11, 30, "Asia/Dhaka", "Wed")
    yield case(
        f,
        "en_bd_cancelled",
        "en-BD",
        s,
        "Interview Cancelled - Padma Textiles Ltd.",
        sent,
        "Cancellation: 'interview scheduled on 09 Dec 2026 at 11:30 AM has been cancelled'.",
        slot(st, kind="cancellation", sent=sent),
        "Dear Alex Morgan,\n\nThe employer has informed us that the interview scheduled on "
        "09 Dec 2026 at 11:30 AM has been cancelled.\n\nThank you for using BDCareers.\n",
    )
    s = ("HR Division", "careers@lankaserendib.example.lk")
    sent = at(2026, 11, 28, 9, 0, "Asia/Colombo")
    yield case(
        f,
        "en_lk_neg_written_test",
        "en-LK",
        s,
        "Online Aptitude Test",
        sent,
        "Negative: online aptitude test 'to be completed before 6th December 2026, 11.59 p.m.'.",
        NEG,
        "Dear Mr. Morgan,\n\nAs the first step of our selection process, please complete the "
        "online aptitude test before 6th December 2026, 11.59 p.m.\nLink: "
        "https://aptitude.example.lk/t/2\n\nHR Division\n",
    )
    s = ("Himal Bank HR", "hr@himalbank-demo.example.com.np")
    sent = at(2026, 12, 16, 11, 0, "Asia/Kathmandu")
    yield case(
        f,
        "en_np_neg_joining",
        "en-NP",
        s,
        "Appointment Letter",
        sent,
        "Negative: appointment letter, 'report for duty on Monday, 4 January 2027 at 9:30 AM'.",
        NEG,
        "Dear Alex,\n\nCongratulations on your selection. Please report for duty on Monday, "
        "4 January 2027 at 9:30 AM at the Kamaladi office with your original documents.\n\n"
        "Human Resources\n",
    )


BUILDERS = [
    jpnavi,
    jphrmail,
    cnrecruit,
    cnmeeting,
    krjobs,
    idphmy,
    asiamove,
    asiaplus,
    twhk,
    vnth,
    bdlknp,
]


def provenance(cases: list[Case]) -> str:
    kinds: dict[str, int] = {}
    for item in cases:
        kind = str(item.label.get("kind"))
        kinds[kind] = kinds.get(kind, 0) + 1
    held = sorted(name for name, split in SPLITS.items() if split == "heldout")
    lines = [
        "# Provenance of the asiajobs12 batch (`build_asiajobs12.py`)",
        "",
        "Interview scheduling mail from job boards, scheduling tools, meeting services and "
        "employers in Japan, China, Taiwan, Hong Kong, Korea, Vietnam, Thailand, Indonesia, "
        "the Philippines, Malaysia, Bangladesh, Sri Lanka and Nepal, and negatives in the "
        "same voices. All text is ours; platform names are made-up stand-ins and notice "
        "layouts are recalled from public candidate screenshots, not re-read; people, "
        "companies, addresses and links are invented. Every label was written from the "
        "datetimes the text is rendered from, before the parser was run on the message. "
        "No Bikram Sambat date was used (Nepali corporate mail in English uses AD dates).",
        "",
        "First sight, before any parser change: start (and end) right on 34 of 36 dev and 14 "
        "of 15 held-out invitations, all with confidence >= 0.5; 1 of 19 dev and 0 of 6 "
        "held-out negatives claimed. Dev misses: a Korean '변경 전/변경 후' move and a Chinese "
        "'原定...时间调整为...' move took the old slot; a Feishu onboarding-training schedule "
        "was claimed. After the asiajobs12 rules (Chinese, Korean and Japanese old/new-slot words "
        "and particles, CJK/SEA offer and entry-day words, Reiwa and Minguo years, the spoken "
        "day mark '号', noon words '正午'/'정오'): 36 of 36 dev and 15 of 15 held-out "
        "invitations, 0 of 19 dev and 0 of 6 held-out negatives claimed. The asiaplus family "
        "was written after that first measurement, from gaps a probe showed (3 of its 7 "
        "invitations right before the second-round rules, 7 of 7 after); it is not part of "
        "the first-sight figures.",
        "",
        f"{len(cases)} messages in {len(SPLITS)} families; kinds: "
        + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        + f". Held-out families ({len(held)} of {len(SPLITS)}, chosen before anything was "
        "measured): " + ", ".join(held) + "; their files are not listed here.",
        "",
        "Regenerate with `.venv/bin/python tests/parsing/corpus/build_asiajobs12.py` "
        "(deterministic; deletes and rewrites only the files of these families).",
        "",
        "## Families",
        "",
    ]
    for name in SPLITS:
        items = [item for item in cases if item.family == name]
        langs = ", ".join(sorted({item.language for item in items}))
        lines.append(
            f"- **{name}** ({len(items)} messages, {SPLITS[name]}; {langs}): {SOURCES[name]}"
        )
    lines += ["", "## Files (dev only)", ""]
    lines += pp.file_rows(item for item in cases if item.split == "dev")
    return "\n".join(lines) + "\n"


def main() -> int:
    cases = [item for build in BUILDERS for item in build()]
    pp.write_batch(cases, SPLITS, "PROVENANCE-asiajobs12.md", provenance(cases))
    print(f"{len(cases)} messages in {len(SPLITS)} families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
