"""The same core on PostgreSQL (a team database), when a server is given in SHEQUN_TEST_PG."""

from __future__ import annotations

from typing import Any

import pytest

from app.members.domain import MemberFilter
from app.members.member_ops import BulkSet, EditMember, TrashMembers
from app.members.merge_ops import MergeMembers
from app.members.tag_ops import AddTags
from app.text import search_blob

pytestmark = pytest.mark.postgres


def test_migrations_demo_search_filters_and_edits_on_postgres(pg_ctx: Any) -> None:
    from app.demo import fill

    fill(pg_ctx.session_factory, members=300, seed=5)
    everyone = pg_ctx.query.ids(MemberFilter())
    assert len(everyone) == 300
    found = pg_ctx.query.ids(MemberFilter(search="xm"))
    assert found
    for row in pg_ctx.query.rows(found):
        blob = search_blob(
            nickname=row.nickname,
            name=row.name,
            wechat=row.wechat,
            phone=row.phone,
            qq=row.qq,
            note=row.note,
        )
        assert "xm" in blob
    both = pg_ctx.query.ids(MemberFilter(tags_all=("成分党", "抗老")))
    rows = pg_ctx.query.rows(both)
    assert all({"成分党", "抗老"} <= set(r.tags) for r in rows)
    added = pg_ctx.run(AddTags(tuple(everyone[:50]), ("团队标签",)))
    assert len(added.value) == 50
    pg_ctx.ops.undo(added.op_id)
    assert pg_ctx.query.ids(MemberFilter(tags_all=("团队标签",))) == []
    edit = pg_ctx.run(EditMember(everyone[2], {"nickname": "团队改名", "role": "团队新头衔"}))
    bulk = pg_ctx.run(BulkSet(tuple(everyone[:40]), "skin_type", "干皮"))
    trashed = pg_ctx.run(TrashMembers(tuple(everyone[-5:])))
    for done in (trashed, bulk, edit):
        pg_ctx.ops.undo(done.op_id)
    assert pg_ctx.members.get(everyone[2]).nickname != "团队改名"
    assert "团队新头衔" not in pg_ctx.vocab.roles()
    assert len(pg_ctx.query.ids(MemberFilter())) == 300
    ordered = pg_ctx.query.ids(MemberFilter(), sort="nickname")
    assert len(ordered) == 300
    merged = pg_ctx.run(MergeMembers(everyone[0], everyone[1]), "test")
    pg_ctx.ops.undo(merged.op_id, "test")
    assert len(pg_ctx.query.ids(MemberFilter())) == 300


def test_audit_values_and_a_bulk_inverse_round_trip_on_postgres(pg_ctx: Any) -> None:
    """Audit values are written as JSON text once per shared value; PostgreSQL must read them
    back as the same JSON, and the compact inverse of a bulk edit must undo it exactly."""
    from sqlalchemy import select

    from db.models import Member
    from db.models_audit import AuditRow, OperationRecord

    with pg_ctx.session_factory.begin() as s:
        ids = [Member(nickname=f"团队{i}") for i in range(30)]
        s.add_all(ids)
        s.flush()
        member_ids = tuple(m.id for m in ids)
    done = pg_ctx.run(AddTags(member_ids, ("审计标签",)))
    with pg_ctx.session_factory() as s:
        afters = s.execute(select(AuditRow.after).where(AuditRow.op_id == done.op_id)).scalars()
        assert list(afters) == [{"tags": ["审计标签"]}] * 30
        touched = s.execute(
            select(AuditRow.entity_id, AuditRow.at, AuditRow.source).where(
                AuditRow.op_id == done.op_id
            )
        ).all()
        assert sorted(r[0] for r in touched) == sorted(member_ids)
        record = s.get(OperationRecord, done.op_id)
        assert {(r[1], r[2]) for r in touched} == {(record.at, record.source)}
        assert record.rows == 30
        inverse = s.get(OperationRecord, done.op_id).inverse
    assert "__introws__" in str(inverse)
    pg_ctx.ops.undo(done.op_id)
    assert pg_ctx.query.ids(MemberFilter(tags_all=("审计标签",))) == []
