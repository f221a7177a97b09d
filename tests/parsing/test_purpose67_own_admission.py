"""The reader's own entrance interview for a university is the reader's, not a child's (purpose67).

Why: looks66 read "入学" (entrance to a school) as a child's school place, a purpose nobody is
hired for. But the corpus's Study places rule (README; admit43, campus49, schoolplace44) keeps
the reader's OWN admission interview for a degree course as an invitation at its slot, and in
Japanese and Chinese a graduate school's or a university's entrance names its level right
before the word: "大学院修士課程入学試験", "博士課程入学", "研究生入学面试", "大学入学". A
primary school's or a nursery's entrance ("小学校入学試験 親子面接", "幼稚園入園") stays the
child's. Frames hand-written here (not the corpus's sentences), in Japanese and Chinese.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.parsing import lookalikes
from tests.parsing.mailkit import HOURS, QUARTERS, assert_claimed_at, claimed, timed_mail

FRAMES = {
    "ja": (
        "{s}のご案内",
        "モーガン様\n\n{s}（書類選考）の結果、面接の対象となりましたのでお知らせします。\n\n"
        "日時：2027年2月3日（水）{t}〜\n場所：本部棟 3階 第2会議室\n持参物：身分証明書\n\n{o}",
        # the reader's own entrance: the level named right before 入学
        ["大学院修士課程入学試験", "大学院入学試験", "博士後期課程入学選考", "大学入学試験"],
        # a child's entrance: a primary school's, a kindergarten's
        ["小学校入学試験", "附属小学校入学考査", "幼稚園入園考査", "保育園入園面接"],
        "入試課",
    ),
    "zh": (
        "{s}通知",
        "莫根同学：\n\n您已通过{s}初审，现通知您参加面试。\n\n时间：2027年2月3日（星期三）{t}\n"
        "地点：行政楼三楼第二会议室\n请携带身份证。\n\n{o}",
        ["硕士研究生入学考试", "博士研究生入学考试", "研究生入学考试", "大学入学考试"],
        ["小学入学考试", "幼儿园入园考试", "附属小学入学面试", "幼儿园入学面谈"],
        "招生办公室",
    ),
}


@given(
    lang=st.sampled_from(sorted(FRAMES)),
    pick=st.integers(min_value=0, max_value=3),
    hour=HOURS,
    minute=QUARTERS,
)
@settings(max_examples=24, deadline=None)
def test_own_university_entrance_is_claimed(lang: str, pick: int, hour: int, minute: int) -> None:
    """The reader's own entrance interview for a university or a graduate school is claimed
    at its hour (README, Study places)."""
    subject, body, own, _child, office = FRAMES[lang]
    raw = timed_mail(
        subject.format(s=own[pick]),
        body.replace("{s}", own[pick]).replace("{o}", office),
        hour,
        minute,
    )
    assert_claimed_at(raw, hour, minute)


@given(
    lang=st.sampled_from(sorted(FRAMES)),
    pick=st.integers(min_value=0, max_value=3),
    hour=HOURS,
    minute=QUARTERS,
)
@settings(max_examples=24, deadline=None)
def test_childs_school_entrance_is_not_claimed(
    lang: str, pick: int, hour: int, minute: int
) -> None:
    """A primary school's or a nursery's entrance talk stays the child's: not claimed."""
    subject, body, _own, child, office = FRAMES[lang]
    raw = timed_mail(
        subject.format(s=child[pick]),
        body.replace("{s}", child[pick]).replace("{o}", office),
        hour,
        minute,
    )
    assert not claimed(raw), (lang, child[pick])


@given(
    level=st.sampled_from(["大学院", "修士課程", "博士課程", "研究生", "大学", "学部"]),
    tail=st.sampled_from(["試験", "考试", "選考", "面接", "面试"]),
)
def test_purpose_cue_leaves_a_university_entrance_alone(level: str, tail: str) -> None:
    """The school-place cue does not read a university's entrance as a child's place."""
    assert not lookalikes.NON_JOB_PURPOSE_CUES.search(f"{level}入学{tail}")
    assert lookalikes.NON_JOB_PURPOSE_CUES.search(f"小学校入学{tail}")


POSTS = {
    "ja": (
        "【採用面接】{p}",
        "モーガン様\n\n{p}の求人にご応募いただきありがとうございます。"
        "面接を2027年2月3日（水）{t}に行います。\n\n{o}",
        ["保育士", "幼稚園教諭", "大学院入試課の事務職員", "小学校の非常勤講師"],
        "総務課",
    ),
    "zh": (
        "{p}面试通知",
        "莫根女士：\n\n感谢您应聘{p}。现通知您于2027年2月3日（星期三）{t}参加面试。\n\n{o}",
        ["幼儿园教师岗位", "小学语文教师岗位", "研究生招生办公室助理岗位", "托儿所保育员岗位"],
        "人事处",
    ),
}


@given(
    lang=st.sampled_from(sorted(POSTS)),
    pick=st.integers(min_value=0, max_value=3),
    hour=HOURS,
    minute=QUARTERS,
)
@settings(max_examples=16, deadline=None)
def test_a_post_at_a_school_stays_claimed(lang: str, pick: int, hour: int, minute: int) -> None:
    """The reader's job interview for a post at a nursery, a school or an admissions office
    ("应聘", "岗位", "求人") is claimed: the school's words name where the post is."""
    subject, body, posts, office = POSTS[lang]
    post = posts[pick]
    raw = timed_mail(
        subject.format(p=post), body.replace("{p}", post).replace("{o}", office), hour, minute
    )
    assert_claimed_at(raw, hour, minute)
