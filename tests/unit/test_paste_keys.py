"""The stored match keys: what a new process matches from, kept right by every write."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from app.importing.model import ImportOptions
from app.members.member_ops import EditMember, TrashMembers
from app.members.membership_ops import EditMembership
from app.members.merge_ops import MergeMembers
from app.paste.keys import KEYS_VERSION, fill_keys, fill_pending, pending
from app.paste.matching import MATCHED, UNMATCHED, MemberIndex, StoredIndex
from app.paste.service import PasteService
from db.models import GroupMembership, Member
from db.models_paste import MatchChar, MatchName, MatchSpelling
from tests.unit.op_cases.importing import write_roster

NAMES = (
    "小美🐰",
    "小美🐰（3群）",
    "小美",
    "小美-杭州",
    "王小美",
    "院长",
    "静静-杭州",
    "ＡＭＹ",
    "amy ",
    "清清子　",
    "莉莉",
    "qingqingzi",
    "青青子",
    "清清子呀",
    "不认识的人",
    "xiaomei",
    "小梅呀",
)


def _stored(ctx: Any, name: str, groups: tuple[int, ...] = ()) -> Any:
    from app.paste.matching import preferred_members

    with ctx.session_factory() as s:
        assert not pending(s), "every written name is keyed when its operation commits"
        index = StoredIndex(s).for_preferred(preferred_members(s, groups))
        index.prepare((name,))
        return index.match(name)


def _built(ctx: Any, name: str, groups: tuple[int, ...] = ()) -> Any:
    with ctx.session_factory() as s:
        return MemberIndex.load(s, groups).match(name)


@pytest.mark.parametrize("name", NAMES)
def test_stored_keys_match_as_the_built_index_does(
    ctx: Any, town: dict[str, int], name: str
) -> None:
    assert _stored(ctx, name) == _built(ctx, name)
    assert _stored(ctx, name, (town["g5"],)) == _built(ctx, name, (town["g5"],))


def test_a_whole_paste_matches_the_same_both_ways(ctx: Any, town: dict[str, int]) -> None:
    paste = "#接龙\n" + "".join(f"{i}. {n} +1\n" for i, n in enumerate(NAMES, 1))
    cold = PasteService(ctx.session_factory)
    warm = PasteService(ctx.session_factory)
    warm.warm()
    a, b = cold.preview(paste, "orders"), warm.preview(paste, "orders")
    assert cold._index is None and warm._index is not None
    assert [p.match for p in a.entries] == [p.match for p in b.entries]
    assert {p.decision for p in a.entries} >= {MATCHED, UNMATCHED}


def _who(ctx: Any, name: str) -> int | None:
    m = _stored(ctx, name)
    return m.member_id if m.decision == MATCHED else None


def test_keys_follow_edits_renames_and_group_nicknames(ctx: Any, town: dict[str, int]) -> None:
    amy = town["amy"]
    ctx.run(EditMember(amy, {"nickname": "安安🌸"}), "test")
    assert _who(ctx, "安安") == amy
    assert _stored(ctx, "Amy").decision == UNMATCHED  # her old nickname is nobody's now
    with ctx.session_factory() as s:
        assert s.get(MatchName, "Amy") is None
        ms = s.execute(
            select(GroupMembership.id).where(GroupMembership.member_id == town["yuanzhang"])
        ).scalar_one()
    ctx.run(EditMembership((ms,), {"group_nickname": "院长大人-杭州"}), "test")
    assert _who(ctx, "院长大人") == town["yuanzhang"]
    ctx.run(TrashMembers((town["qingqing"],)), "test")
    assert _stored(ctx, "清清子").decision == UNMATCHED
    ctx.ops.undo(ctx.ops.last_undoable("test"), "test")
    assert _who(ctx, "清清子") == town["qingqing"]


def test_keys_follow_a_merge_and_its_undo(ctx: Any, town: dict[str, int]) -> None:
    done = ctx.run(MergeMembers(town["mei2"], town["qingqing"]), "test")
    assert _who(ctx, "清清子") is None  # merged away: not a live member
    ctx.ops.undo(done.op_id, "test")
    assert _who(ctx, "清清子") == town["qingqing"]


def test_keys_follow_an_import_and_its_undo(ctx: Any, town: dict[str, int]) -> None:
    rows = [["昵称", "微信号"], ["导入的小雪🌸", "wx_keys_1"], ["导入的阿光", "wx_keys_2"]]
    path = write_roster(Path(tempfile.mkdtemp(prefix="shequn-keys-")), rows)
    done = ctx.run(ctx.imports.apply_op(ctx.imports.plan(path, ImportOptions())), "test")
    with ctx.session_factory() as s:  # an import leaves its names to be keyed after it
        assert sorted(pending(s)) == ["导入的小雪🌸", "导入的阿光"]
    # Until then a preview builds its index: the imported member is found all the same.
    p = PasteService(ctx.session_factory).preview("1. 导入的小雪 +1\n", "orders")
    assert p.entries[0].decision == MATCHED
    assert fill_pending(ctx.session_factory, limit=1) == 1  # the window fills in small steps
    assert fill_pending(ctx.session_factory) == 1
    assert _who(ctx, "导入的小雪") is not None
    ctx.ops.undo(done.op_id, "test")
    assert _stored(ctx, "导入的小雪").decision == UNMATCHED
    with ctx.session_factory() as s:
        assert s.get(MatchName, "导入的小雪🌸") is None
        assert not s.execute(select(MatchChar).where(MatchChar.key == "导入的小雪")).first()


def test_a_write_outside_the_sessions_is_keyed_late_and_still_matched(
    ctx: Any, town: dict[str, int]
) -> None:
    with ctx.engine.begin() as conn:  # no session: nothing fills the keys at commit
        conn.execute(insert(Member.__table__).values(nickname="直接写入的人", name=""))
    with ctx.session_factory() as s:
        assert pending(s) == ["直接写入的人"]
    # The preview sees the pending row and builds the index instead: still found.
    p = PasteService(ctx.session_factory).preview("1. 直接写入的人 +1\n", "orders")
    assert p.entries[0].decision == MATCHED


def test_fill_is_idempotent(ctx: Any, town: dict[str, int]) -> None:
    with ctx.session_factory.begin() as s:
        before = sorted(s.execute(select(MatchSpelling.spelling, MatchSpelling.key)).all())
        n = s.query(MatchName).filter(MatchName.text != "").count()
        s.execute(text("UPDATE match_names SET version = 0 WHERE text <> ''"))
        assert fill_keys(s) == n and not pending(s)
        after = sorted(s.execute(select(MatchSpelling.spelling, MatchSpelling.key)).all())
        assert after == before
        assert {v for (v,) in s.execute(select(MatchName.version))} == {KEYS_VERSION}


def test_keys_of_another_version_are_computed_again(ctx: Any, town: dict[str, int]) -> None:
    with ctx.session_factory.begin() as s:
        before = sorted(s.execute(select(MatchChar.ch, MatchChar.key)).all())
        s.execute(text("UPDATE match_names SET version = 99"))  # written by another version
        s.execute(insert(MatchChar).values(ch="旧", key="旧的键"))
    assert fill_pending(ctx.session_factory) > 0
    with ctx.session_factory() as s:
        assert sorted(s.execute(select(MatchChar.ch, MatchChar.key)).all()) == before
        assert {v for (v,) in s.execute(select(MatchName.version))} == {KEYS_VERSION}
    assert fill_pending(ctx.session_factory) == 0
