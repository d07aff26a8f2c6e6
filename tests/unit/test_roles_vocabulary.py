"""The role vocabulary: declared roles first, then the roles live members gave themselves —
read step by step down an index (`VocabService.roles`), the same list `SELECT DISTINCT` gives."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from db.models import Member, Role


def test_roles_are_the_declared_then_the_distinct_roles_of_live_members(ctx: Any) -> None:
    with ctx.session_factory.begin() as s:
        s.add_all([Role(name="院长"), Role(name="班长")])
        given = ["体育委员", "院长", "喝水委员", "", None, "体育委员", "Amy助教", "阿姨"]
        s.add_all(
            Member(id=i + 1, nickname=f"成员{i}", role=role, search_text="")
            for i, role in enumerate(given)
        )
        s.add(Member(id=100, nickname="已删除", role="只在回收站", search_text="", deleted_at=None))
        s.flush()
        s.execute(text("UPDATE members SET deleted_at = '2026-01-01 00:00:00' WHERE id = 100"))
    with ctx.engine.connect() as conn:
        distinct = conn.exec_driver_sql(
            "SELECT DISTINCT role FROM members WHERE role IS NOT NULL AND deleted_at IS NULL"
        ).scalars()
        used = sorted(r for r in distinct if r)
    assert ctx.vocab.roles() == list(dict.fromkeys(["院长", "班长", *used]))
    assert ctx.vocab.roles() == ["院长", "班长", "Amy助教", "体育委员", "喝水委员", "阿姨"]
    assert "只在回收站" not in ctx.vocab.roles()


def test_roles_read_the_index_not_the_member_rows(ctx: Any) -> None:
    from app.members.vocab import _USED_ROLES

    with ctx.engine.connect() as conn:
        plan = " ".join(
            str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {_USED_ROLES}")
        )
    assert "ix_members_live_role" in plan and "SCAN members" not in plan
