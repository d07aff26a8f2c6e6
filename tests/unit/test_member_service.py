"""Members on a real SQLite file: edits (operations), filters, search, trash, segments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.errors import NotFoundError, ValidationError
from app.members.domain import MemberFilter
from app.members.member_ops import BulkSet, EditMember, PurgeMembers, RestoreMembers, TrashMembers
from app.members.membership_ops import JoinGroup, LeaveGroup
from app.members.profile_ops import AddNote
from app.members.segment_ops import DeleteSegment, RenameSegment, SaveSegment
from app.members.tag_ops import AddTags, RemoveTags, SetMemberTags


def _make(ctx: Any, nickname: str, tags: tuple[str, ...] = (), **values: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": nickname, **values}, tags=tags)
    return member_id


def _ids(ctx: Any, **filter_args: Any) -> set[int]:
    return set(ctx.query.ids(MemberFilter(**filter_args)))


def test_create_normalises_and_get_returns_detail(ctx: Any) -> None:
    member_id = _make(
        ctx,
        "小美🌸",
        ("兴趣:成分党", "高意向"),
        phone="+86 138 0013 8000",
        skin_type="大油皮",
        gender="2",
        role="院长",
        joined="2024年1月5日",
    )
    detail = ctx.members.get(member_id)
    assert detail.phone == "13800138000" and not detail.phone_flagged
    assert detail.skin_type == "油性"
    assert detail.gender == "女"
    assert detail.joined == dt.date(2024, 1, 5)
    assert {t.label for t in detail.tags} == {"兴趣:成分党", "高意向"}
    assert "院长" in ctx.vocab.roles()


def test_validation_errors_name_the_field(ctx: Any) -> None:
    with pytest.raises(ValidationError, match="肤质"):
        _make(ctx, "a", skin_type="火星皮")
    with pytest.raises(ValidationError, match="积分"):
        _make(ctx, "a", points="很多")
    with pytest.raises(ValidationError, match="生日"):
        _make(ctx, "a", birthday="2024-13-45")
    with pytest.raises(ValidationError):
        ctx.members.create({"nickname": ""})


def test_search_by_pinyin_initials_heteronym_phone_and_note(ctx: Any) -> None:
    xm = _make(ctx, "小美", name="曾丽", phone="13800138000", note="对酒精敏感")
    other = _make(ctx, "桃子", name="王芳", wechat="peach_01")
    assert _ids(ctx, search="xm") == {xm}
    assert _ids(ctx, search="cl") == {xm}  # 曾 read as ceng
    assert _ids(ctx, search="zl") == {xm}  # … and as zeng
    assert _ids(ctx, search="0013") == {xm}
    assert _ids(ctx, search="酒精") == {xm}
    assert _ids(ctx, search="PEACH") == {other}
    assert _ids(ctx, search="桃子 wf") == {other}
    assert _ids(ctx, search="50%") == set()


def test_edit_reindexes_search_and_undo_restores(ctx: Any) -> None:
    member_id = _make(ctx, "小美")
    done = ctx.run(EditMember(member_id, {"nickname": "糖糖", "points": 30}))
    assert done.value == {"nickname": "小美", "points": 0}
    assert member_id in done.changes.members
    assert _ids(ctx, search="tt") == {member_id}
    assert _ids(ctx, search="xm") == set()
    ctx.ops.undo(done.op_id)
    assert _ids(ctx, search="xm") == {member_id}
    assert ctx.members.get(member_id).points == 0


def test_tag_filters_all_any_none(ctx: Any) -> None:
    a = _make(ctx, "a", ("成分党", "抗老"))
    b = _make(ctx, "b", ("成分党",))
    c = _make(ctx, "c", ("美白",))
    assert _ids(ctx, tags_all=("成分党", "抗老")) == {a}
    assert _ids(ctx, tags_any=("抗老", "美白")) == {a, c}
    assert _ids(ctx, tags_none=("成分党",)) == {c}
    assert _ids(ctx, tags_all=("成分党",), tags_none=("抗老",)) == {b}


def test_field_filters(ctx: Any) -> None:
    a = _make(ctx, "a", skin_type="干皮", role="院长", status="silent")
    b = _make(ctx, "b", skin_type="油性", tier="paid")
    c = _make(ctx, "c")
    assert _ids(ctx, skin_types=("干性",)) == {a}
    assert _ids(ctx, skin_types=("",)) == {c}
    assert _ids(ctx, roles=("院长",)) == {a}
    assert _ids(ctx, statuses=("silent",)) == {a}
    assert _ids(ctx, tiers=("paid",)) == {b}
    group_id = ctx.groups.create("护肤1群")
    ctx.run(JoinGroup(group_id, (a, c)), "test")
    assert _ids(ctx, group_ids=(group_id,)) == {a, c}
    ctx.run(LeaveGroup(group_id, (a,)), "test")
    assert _ids(ctx, group_ids=(group_id,)) == {c}


def test_inactive_filter(ctx: Any) -> None:
    today = dt.date.today()
    old = _make(ctx, "old", last_active=today - dt.timedelta(days=90))
    never = _make(ctx, "never")
    _make(ctx, "fresh", last_active=today)
    assert _ids(ctx, inactive_days=30) == {old, never}


def test_sorting_by_pinyin_and_fields(ctx: Any) -> None:
    z = _make(ctx, "张三", points=5)
    a = _make(ctx, "阿狸", points=50)
    m = _make(ctx, "Mia", points=20)
    assert ctx.query.ids(MemberFilter(), sort="nickname") == [a, m, z]
    assert ctx.query.ids(MemberFilter(), sort="points", descending=True) == [a, m, z]


def test_rows_in_requested_order_with_tags_and_groups(ctx: Any) -> None:
    a = _make(ctx, "a", ("y", "x"))
    b = _make(ctx, "b")
    gid = ctx.groups.create("群A", platform="qq")
    ctx.run(JoinGroup(gid, (a,)), "test")
    rows = ctx.query.rows([b, a, 999])
    assert [r.id for r in rows] == [b, a]
    assert rows[1].tags == ("x", "y") and rows[1].groups == ("群A",)


def test_bulk_tags_touch_nothing_else_and_undo_exactly(ctx: Any) -> None:
    a = _make(ctx, "a", ("老标签",))
    b = _make(ctx, "b", ("新标签",))
    c = _make(ctx, "c")
    added = ctx.run(AddTags((a, b, c), ("新标签",)))
    assert sorted(m for m, _ in added.value) == [a, c]  # b had it already
    assert _ids(ctx, tags_all=("新标签",)) == {a, b, c}
    assert _ids(ctx, tags_all=("老标签",)) == {a}
    ctx.ops.undo(added.op_id)
    assert _ids(ctx, tags_all=("新标签",)) == {b}  # b keeps the tag it had before
    removed = ctx.run(RemoveTags((a, b), ("老标签", "新标签")))
    assert len(removed.value) == 2
    assert _ids(ctx, tags_any=("老标签", "新标签")) == set()
    ctx.ops.undo(removed.op_id)
    assert _ids(ctx, tags_all=("老标签",)) == {a} and _ids(ctx, tags_all=("新标签",)) == {b}


def test_set_tags_for_member_and_tag_completion_keys(ctx: Any) -> None:
    a = _make(ctx, "a", ("x", "y"))
    ctx.run(SetMemberTags(a, ("y", "肤质:敏感肌")))
    tags = {t.label: t for t in ctx.tags.list_tags()}
    assert tags["y"].count == 1 and tags["x"].count == 0
    assert "mgj" in tags["肤质:敏感肌"].keys


def test_bulk_set_and_undo_restores_each_value(ctx: Any) -> None:
    a = _make(ctx, "a", skin_type="干性")
    b = _make(ctx, "b")
    done = ctx.run(BulkSet((a, b), "skin_type", "敏感肌"))
    assert {ctx.members.get(i).skin_type for i in (a, b)} == {"敏感性"}
    ctx.ops.undo(done.op_id)
    assert ctx.members.get(a).skin_type == "干性" and ctx.members.get(b).skin_type is None
    with pytest.raises(ValidationError):
        ctx.run(BulkSet((a,), "phone", "1"))


def test_trash_restore_purge(ctx: Any) -> None:
    a = _make(ctx, "a", ("t",))
    b = _make(ctx, "b")
    ctx.run(AddNote(a, "回访过"))
    ctx.run(TrashMembers((a,)))
    assert _ids(ctx) == {b} and _ids(ctx, trash=True) == {a}
    ctx.run(RestoreMembers((a,)))
    assert _ids(ctx) == {a, b}
    with pytest.raises(ValidationError, match="回收站"):
        ctx.run(PurgeMembers((b,)))  # not in the trash: kept
    assert _ids(ctx) == {a, b}
    ctx.run(TrashMembers((a,)))
    done = ctx.run(PurgeMembers((a, b)))  # only a is in the trash
    assert done.value == 1 and done.inverse is None
    assert _ids(ctx, trash=True) == set()
    with pytest.raises(NotFoundError):
        ctx.members.get(a)
    assert ctx.tags.list_tags()[0].count == 0


def test_segments_round_trip(ctx: Any) -> None:
    f = MemberFilter(search="xm", tags_all=("成分党",), skin_types=("油性",), inactive_days=30)
    seg_id = ctx.run(SaveSegment("油皮成分党", f)).value
    assert ctx.segments.list()[0].filter == f
    over = ctx.run(SaveSegment("油皮成分党", MemberFilter(search="yy")))
    assert over.value == seg_id and over.changes.areas == frozenset({"segments"})
    assert [s.filter.search for s in ctx.segments.list()] == ["yy"]
    ctx.ops.undo(over.op_id)
    assert ctx.segments.list()[0].filter == f
    ctx.run(RenameSegment(seg_id, "新名字"))
    other = ctx.run(SaveSegment("另一个", MemberFilter())).value
    with pytest.raises(ValidationError, match="已经有"):
        ctx.run(RenameSegment(other, "新名字"))
    deleted = ctx.run(DeleteSegment(seg_id))
    assert [s.name for s in ctx.segments.list()] == ["另一个"]
    ctx.ops.undo(deleted.op_id)
    assert [(s.id, s.name, s.filter) for s in ctx.segments.list()] == [
        (seg_id, "新名字", f),
        (other, "另一个", MemberFilter()),
    ]
    with pytest.raises(ValidationError):
        ctx.run(SaveSegment("x", MemberFilter(trash=True)))


def test_group_capacity_defaults_and_undo(ctx: Any) -> None:
    gid = ctx.groups.create("QQ群", platform="qq")
    info = {g.id: g for g in ctx.groups.list_groups()}[gid]
    assert info.capacity == 2000
    a = _make(ctx, "a")
    done = ctx.run(JoinGroup(gid, (a, a)), "test")
    assert len(done.value.membership_ids) == 1 and ctx.groups.list_groups()[0].member_count == 1
    ctx.ops.undo(done.op_id, "test")
    assert ctx.groups.list_groups()[0].member_count == 0
    with pytest.raises(ValidationError):
        ctx.groups.create("QQ群")
