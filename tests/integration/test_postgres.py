"""The same core on PostgreSQL (a team database), when a server is given in SHEQUN_TEST_PG."""

from __future__ import annotations

from typing import Any

import pytest

from app.members.domain import MemberFilter
from app.members.merge_ops import MergeMembers
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
    added = pg_ctx.tags.add(everyone[:50], ["团队标签"])
    assert len(added.pairs) == 50
    pg_ctx.tags.unlink(added.pairs)
    assert pg_ctx.query.ids(MemberFilter(tags_all=("团队标签",))) == []
    ordered = pg_ctx.query.ids(MemberFilter(), sort="nickname")
    assert len(ordered) == 300
    merged = pg_ctx.run(MergeMembers(everyone[0], everyone[1]), "test")
    pg_ctx.ops.undo(merged.op_id, "test")
    assert len(pg_ctx.query.ids(MemberFilter())) == 300
