"""Member operations: audit rows with before/after, roles undone, refusals write nothing,
permanent deletion erases her values from the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.members.domain import MemberFilter
from app.members.member_ops import BulkSet, EditMember, PurgeMembers, TrashMembers
from app.members.profile_ops import AddNote, SetSpecialties
from db.models import Member
from db.models_audit import AuditRow, OperationRecord
from tests.unit.test_operations_inverse import diff, dump


def _make(ctx: Any, nickname: str, **values: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": nickname, **values})
    return member_id


def _count(ctx: Any, table: Any) -> int:
    with ctx.session_factory() as s:
        return int(s.execute(select(func.count()).select_from(table)).scalar_one())


def test_edit_audits_only_the_fields_that_changed(ctx: Any) -> None:
    member_id = _make(ctx, "小美", city="上海")
    ctx.run(EditMember(member_id, {"city": "上海", "skin_type": "干皮", "birthday": "2024-01-05"}))
    [row] = [r for r in ctx.audit.history("member", member_id) if r.action == "members.edit"]
    assert row.source == "window"
    assert row.before == {"skin_type": None, "birthday": None}
    assert row.after == {"skin_type": "干性", "birthday": "2024-01-05"}


def test_a_title_typed_for_the_first_time_is_declared_and_undone(ctx: Any) -> None:
    a, b = _make(ctx, "a"), _make(ctx, "b")
    done = ctx.run(EditMember(a, {"role": "喝水委员"}))
    assert done.changes.vocab and "喝水委员" in ctx.vocab.roles()
    bulk = ctx.run(BulkSet((a, b), "role", "体育委员"))
    assert {ctx.members.get(i).role for i in (a, b)} == {"体育委员"}
    ctx.ops.undo(bulk.op_id)
    assert ctx.members.get(a).role == "喝水委员" and ctx.members.get(b).role is None
    assert "体育委员" not in ctx.vocab.roles()
    ctx.ops.undo(done.op_id)
    assert ctx.vocab.roles() == []


def test_bulk_set_audits_each_members_own_previous_value(ctx: Any) -> None:
    a, b, c = _make(ctx, "a", skin_type="干性"), _make(ctx, "b"), _make(ctx, "c", skin_type="油性")
    done = ctx.run(BulkSet((a, b, c), "skin_type", "油皮"))
    assert done.value == 2 and done.changes.members == frozenset({a, b})  # c had it already
    rows = {
        r.entity_id: (r.before, r.after)
        for r in ctx.audit.history("member")
        if r.action == "members.bulk_set"
    }
    assert rows == {
        a: ({"skin_type": "干性"}, {"skin_type": "油性"}),
        b: ({"skin_type": None}, {"skin_type": "油性"}),
    }


@pytest.mark.parametrize(
    "op",
    [
        lambda ids: BulkSet(ids, "skin_type", "火星皮"),
        lambda ids: EditMember(ids[0], {"points": "很多"}),
        lambda ids: SetSpecialties(ids[0], ("摄影", "长" * 61)),
        lambda ids: PurgeMembers(ids),  # nobody is in the trash
    ],
)
def test_a_refused_operation_writes_nothing(demo_ctx: Any, op: Any) -> None:
    ids = tuple(demo_ctx.query.ids(MemberFilter()))
    before = dump(demo_ctx)
    operations = _count(demo_ctx, OperationRecord)
    with pytest.raises(ValidationError):
        demo_ctx.run(op(ids[:50]))
    assert diff(before, dump(demo_ctx)) == []
    assert _count(demo_ctx, OperationRecord) == operations


def test_purge_keeps_her_audit_rows_without_her_values(ctx: Any) -> None:
    gone, kept = _make(ctx, "要求删除的人"), _make(ctx, "留下的人")
    edit = ctx.run(EditMember(gone, {"name": "王芳", "phone": "13800138000"}))
    ctx.run(AddNote(gone, "住在杭州西湖区"))
    ctx.run(EditMember(kept, {"name": "李雷"}))
    bulk = ctx.run(BulkSet((gone, kept), "tier", "paid"))
    ctx.run(TrashMembers((gone,)))
    done = ctx.run(PurgeMembers((gone,)))
    assert done.inverse is None and done.changes.members == frozenset({gone})
    rows = ctx.audit.history("member", gone)
    assert len(rows) == 6  # create, edit, note, bulk set, trash, purge: still there …
    assert all(r.before is None and r.after is None for r in rows)  # … without her values
    with ctx.session_factory() as s:
        assert s.get(Member, gone) is None
        for op_id in (edit.op_id, bulk.op_id):  # her values were in these: no undo any more
            rec = s.get(OperationRecord, op_id)
            assert rec is not None and rec.args is None and rec.inverse is None
        kept_rows = s.execute(select(AuditRow.after).where(AuditRow.entity_id == kept)).scalars()
        assert {"name": "李雷"} in list(kept_rows)  # other people's history is untouched
