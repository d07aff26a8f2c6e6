"""Matching pasted names to members, previews, and applying a paste as one undoable step."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.community.activity_ops import CreateActivity
from app.community.domain import ActivityFields
from app.errors import ValidationError
from app.paste.matching import AMBIGUOUS, DUPLICATE, MATCHED, UNMATCHED, MemberIndex
from app.paste.service import order_lines, plan_operation
from tests.unit.conftest import add_member

TODAY = dt.date.today()


def _index(ctx: Any, groups: tuple[int, ...] = ()) -> MemberIndex:
    with ctx.session_factory() as s:
        return MemberIndex.load(s, groups)


@pytest.mark.parametrize(
    ("pasted", "who", "via"),
    [
        ("小美🐰", "xiaomei", "昵称"),
        ("小美🐰（3群）", "xiaomei", "群昵称"),
        ("小美🐰(3群)", "xiaomei", "群昵称"),
        ("小美", "xiaomei", "昵称"),  # emoji dropped
        ("小美-杭州", "xiaomei", "昵称"),  # suffix dropped
        ("王小美", "xiaomei", "姓名"),
        ("院长", "yuanzhang", "昵称"),
        ("静静-杭州", "yuanzhang", "群昵称"),
        ("ＡＭＹ", "amy", "昵称"),  # full-width, case
        ("amy ", "amy", "昵称"),
        ("清清子　", "qingqing", "昵称"),  # a full-width space
    ],
)
def test_certain_matches(ctx: Any, town: dict[str, int], pasted: str, who: str, via: str) -> None:
    m = _index(ctx).match(pasted)
    assert (m.decision, m.member_id) == (MATCHED, town[who])
    assert m.confidence >= 0.9
    assert m.candidates[0].via == via


def test_two_members_of_one_name_are_ambiguous(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx).match("莉莉")
    assert (m.decision, m.member_id) == (AMBIGUOUS, None)
    assert {c.member_id for c in m.candidates} == {town["lili3"], town["lili5"]}
    assert "2 位成员" in m.note


def test_the_chosen_group_wins_a_tie(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx, (town["g5"],)).match("莉莉")
    assert (m.decision, m.member_id) == (MATCHED, town["lili5"])
    assert [c.member_id for c in m.candidates] == [town["lili5"], town["lili3"]]


def test_pinyin_match_is_unsure(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx).match("qingqingzi")
    assert (m.decision, m.member_id) == (AMBIGUOUS, None)
    assert m.candidates[0].member_id == town["qingqing"]
    assert m.candidates[0].via == "拼音"
    assert m.confidence == pytest.approx(0.8)


def test_homophone_is_unsure(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx).match("青青子")
    assert m.decision == AMBIGUOUS
    assert m.candidates[0].member_id == town["qingqing"]


def test_fuzzy_match_is_unsure_and_weak(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx).match("清清子呀")
    assert m.decision == AMBIGUOUS
    assert m.candidates[0].member_id == town["qingqing"]
    assert m.candidates[0].via == "相似"
    assert m.confidence < 0.75


def test_unknown_name_unmatched(ctx: Any, town: dict[str, int]) -> None:
    m = _index(ctx).match("不认识的人")
    assert (m.decision, m.member_id, m.candidates) == (UNMATCHED, None, ())


def _camp(ctx: Any, days: int = 3) -> int:
    f = ActivityFields(
        "测试打卡营", TODAY - dt.timedelta(days=days), TODAY + dt.timedelta(days=days)
    )
    return int(ctx.run(CreateActivity(f), "test").value)


CHECKIN_TEXT = "今天打卡\n小美🐰（3群）\n院长\n莉莉\n院长\n路人甲\n"


def test_checkin_preview_and_one_undo(ctx: Any, town: dict[str, int]) -> None:
    aid = _camp(ctx)
    p = ctx.paste.preview(CHECKIN_TEXT, None, activity_id=aid, day=TODAY)
    assert p.kind == p.guessed == "checkins"
    got = [(x.line.line, x.decision) for x in p.entries]
    assert got == [(2, MATCHED), (3, MATCHED), (4, AMBIGUOUS), (5, DUPLICATE), (6, UNMATCHED)]
    p = ctx.paste.preview(
        CHECKIN_TEXT, None, activity_id=aid, day=TODAY, choices={4: (town["lili3"], "莉莉")}
    )
    assert p.entries[2].match.member_id == town["lili3"]
    done = ctx.run(plan_operation(p), "paste")
    assert len(done.value.checkins) == 3
    again = ctx.paste.preview(CHECKIN_TEXT, None, activity_id=aid, day=TODAY)
    assert [x.line.line for x in again.entries if x.decision == DUPLICATE] == [2, 3, 5]
    chosen_again = ctx.paste.preview(
        CHECKIN_TEXT, None, activity_id=aid, day=TODAY, choices={4: (town["lili3"], "莉莉")}
    )
    assert chosen_again.entries[2].decision == DUPLICATE
    assert "已经打过卡" in again.entries[0].match.note
    with pytest.raises(ValidationError, match="没有可以记录的行"):
        plan_operation(again)
    ctx.ops.undo(done.op_id, "test")
    after = ctx.paste.preview(CHECKIN_TEXT, None, activity_id=aid, day=TODAY)
    assert [x.decision for x in after.entries][:2] == [MATCHED, MATCHED]


def test_checkin_outside_the_dates_is_a_problem_per_line(ctx: Any, town: dict[str, int]) -> None:
    aid = _camp(ctx, 1)
    p = ctx.paste.preview(CHECKIN_TEXT, "checkins", activity_id=aid, day=TODAY + dt.timedelta(9))
    assert all("不在活动" in x.problem for x in p.entries if x.match and x.match.member_id)
    assert p.member_ids() == ()


def test_signups_once(ctx: Any, town: dict[str, int]) -> None:
    aid = _camp(ctx)
    text = "#接龙 周三分享会报名\n1. 小美\n2. 院长\n3. Amy"
    p = ctx.paste.preview(text, None, activity_id=aid)
    assert p.kind == "signups"
    assert ctx.run(plan_operation(p), "paste").value == 3
    again = ctx.paste.preview(text, "signups", activity_id=aid)
    assert {x.decision for x in again.entries} == {DUPLICATE}


def test_orders_become_purchase_lines(ctx: Any, town: dict[str, int]) -> None:
    text = "#接龙\n小棕瓶团购\n1. 小美 精华×1 面膜×2\n2. 院长 +1\n3. 小美 +1"
    p = ctx.paste.preview(text, None, product="小棕瓶")
    assert p.kind == "orders"
    assert p.entries[2].decision == DUPLICATE
    assert "第二单还是更正" in p.entries[2].match.note
    lines = [(x.line, x.member_id, x.product, x.quantity) for x in order_lines(p)]
    assert lines == [
        (3, town["xiaomei"], "精华", 1),
        (3, town["xiaomei"], "面膜", 2),
        (4, town["yuanzhang"], "小棕瓶", 1),
    ]
    # no product in this database: refused, naming the line and the word
    with pytest.raises(ValidationError, match="第 3 行的「精华」不是已有的产品"):
        plan_operation(p)


def test_preview_refusals(ctx: Any, town: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="没有找到任何"):
        ctx.paste.preview("#接龙\n---\n", "signups", activity_id=1)
    with pytest.raises(ValidationError, match="要选一个活动"):
        ctx.paste.preview("小美", "checkins")


def test_demo_names_unique_in_the_database_are_certain(demo_ctx: Any) -> None:
    from collections import Counter

    from sqlalchemy import select

    from db.models import Member

    camp = next(a for a in demo_ctx.activities.list_activities() if a.kind == "打卡营")
    with demo_ctx.session_factory() as s:
        everyone = list(s.execute(select(Member.name, Member.nickname)).all())
    seen = Counter(n for row in everyone for n in set(row) if n)
    names = [n for n, _ in everyone if n][:40]
    text = "\n".join(f"{i}. {n}" for i, n in enumerate(names, 1))
    p = demo_ctx.paste.preview(text, "checkins", activity_id=camp.id, day=camp.start)
    assert len(p.entries) == 40
    for x in p.entries:
        assert x.match is not None and x.match.candidates
        unique = seen[x.line.name] == 1
        assert (x.decision in (MATCHED, DUPLICATE)) == unique, x.line.name


def test_the_member_index_is_rebuilt_after_a_write(ctx: Any, town: dict[str, int]) -> None:
    aid = _camp(ctx)
    text = "今天打卡\n新来的小丸子\n"
    first = ctx.paste.preview(text, "checkins", activity_id=aid, day=TODAY)
    assert first.entries[0].decision == UNMATCHED
    again = ctx.paste.preview(text, "checkins", activity_id=aid, day=TODAY)
    assert again.entries[0].decision == UNMATCHED
    new = add_member(ctx, "新来的小丸子")
    after = ctx.paste.preview(text, "checkins", activity_id=aid, day=TODAY)
    assert (after.entries[0].decision, after.entries[0].match.member_id) == (MATCHED, new)


@pytest.mark.parametrize(
    "text",
    ["小美🐰（3群）", "小美-杭州", "ＡＭＹ", "清清子　", "Amy Chen", "琪💄", "  ", "小美", "a_b"],
)
def test_name_keys_are_the_three_keys(text: str) -> None:
    from app.paste.matching import full_key, name_keys, raw_key, stripped_key

    assert name_keys(text) == (raw_key(text), full_key(text), stripped_key(text))


def test_preferred_members_win_in_a_shared_index(ctx: Any, town: dict[str, int]) -> None:
    """The index kept between previews is shared: each preview brings its own preferred."""
    from app.paste.matching import preferred_members

    index = _index(ctx)
    with ctx.session_factory() as s:
        g5 = index.for_preferred(preferred_members(s, (town["g5"],)))
    assert g5.match("莉莉").member_id == town["lili5"]
    assert index.match("莉莉").decision == AMBIGUOUS
    # what one view builds on first need (pinyin) serves the others
    assert g5.match("qingqingzi").candidates[0].member_id == town["qingqing"]
    assert index._lazy.pinyin is not None
