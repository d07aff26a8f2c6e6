"""The paste step's stored match keys on PostgreSQL (when SHEQUN_TEST_PG is given)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.members.create_ops import CreateMember
from app.members.member_ops import EditMember
from app.paste.keys import pending
from app.paste.matching import MATCHED, UNMATCHED
from app.paste.service import PasteService
from db.models_paste import MatchChar, MatchName

pytestmark = pytest.mark.postgres


def _preview(ctx: Any, name: str) -> Any:
    service = PasteService(ctx.session_factory)  # a new one: the stored keys, no index built
    return service.preview(f"#接龙 精华\n1. {name} +1\n", "orders").entries[0].match


def test_stored_keys_follow_writes_on_postgres(pg_ctx: Any) -> None:
    for nick, name in (("小美🐰", "王小美"), ("院长", "李静"), ("莉莉", "周莉")):
        pg_ctx.run(CreateMember({"nickname": nick, "name": name}))
    with pg_ctx.session_factory() as s:
        assert not pending(s)
        assert s.query(MatchName).filter(MatchName.text != "").count() == 6
    done = pg_ctx.run(CreateMember({"nickname": "新来的小雨🌧", "name": "许雨"}))
    m = _preview(pg_ctx, "新来的小雨")
    assert (m.decision, m.member_id) == (MATCHED, done.value)
    assert _preview(pg_ctx, "xinlaidexiaoyu").candidates[0].member_id == done.value
    pg_ctx.run(EditMember(done.value, {"nickname": "小雨点"}))
    assert _preview(pg_ctx, "小雨点").member_id == done.value
    old = _preview(pg_ctx, "新来的小雨")  # only like her new nickname now
    assert old.member_id is None and {c.via for c in old.candidates} <= {"相似"}
    assert _preview(pg_ctx, "不认识的人").decision == UNMATCHED
    with pg_ctx.session_factory() as s:
        assert s.get(MatchName, "新来的小雨🌧") is None
        assert s.execute(select(MatchChar).where(MatchChar.key == "新来的小雨")).first() is None
        assert not pending(s)
