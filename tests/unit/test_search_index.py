"""The member search index gives exactly the rows of the plain `LIKE` scan, and stays in step.

SQLite answers a search from the trigram index (three characters or more) or the narrow
`member_search` table (shorter needles); both must agree with `search_text LIKE '%needle%'` on
the members themselves, for any needle, after every kind of write and after undo and redo.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.members.domain import MemberFilter
from app.text import like_pattern
from tests.unit.op_cases import load_all

CASES = load_all()
# Writes that change members' search text or add and remove members (and the import).
MEMBER_KINDS = sorted(
    k for k in CASES if k.startswith(("members.", "import.")) or k == "tags.set_for_member"
)
SHORT_NEEDLES = ["x", "m", "xm", "张", "小", "美", "13", "0", "wx", "a", "_", "%", "\\"]


def scan(ctx: Any, needle: str, trash: bool = False) -> list[int]:
    """What the search answered before the index: a LIKE over every member row."""
    deleted = "IS NOT NULL" if trash else "IS NULL"
    conds = " AND ".join(f"search_text LIKE :p{i} ESCAPE '\\'" for i in range(len(needle.split())))
    params = {f"p{i}": like_pattern(w) for i, w in enumerate(needle.split())}
    with ctx.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT id FROM members WHERE deleted_at {deleted} AND {conds} ORDER BY id"),
            params,
        )
        return [r[0] for r in rows]


def check_index(ctx: Any, needles: list[str]) -> None:
    with ctx.engine.connect() as conn:
        # Raises when the FTS index differs from its content table.
        conn.exec_driver_sql(
            "INSERT INTO member_fts (member_fts, rank) VALUES ('integrity-check', 1)"
        )
        side = dict(conn.exec_driver_sql("SELECT id, text FROM member_search").all())
        members = dict(conn.exec_driver_sql("SELECT id, search_text FROM members").all())
    assert side == members
    for needle in needles:
        for trash in (False, True):
            found = ctx.query.ids(MemberFilter(search=needle, trash=trash))
            assert found == scan(ctx, needle, trash), needle


def needles_of(ctx: Any, count: int = 8) -> list[str]:
    """Pieces of real search texts (1 to 5 characters), so that the needles find someone."""
    with ctx.engine.connect() as conn:
        texts = [r[0] for r in conn.exec_driver_sql("SELECT search_text FROM members LIMIT 40")]
    out = []
    for i, blob in enumerate(texts[:count]):
        size = 1 + i % 5
        start = (i * 7) % max(1, len(blob) - size)
        out.append(blob[start : start + size].strip() or "a")
    return out + SHORT_NEEDLES


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from app.bootstrap import open_context
    from app.demo import fill

    path = tmp_path_factory.mktemp("search") / "db.sqlite3"
    ctx = open_context(str(path))
    fill(ctx.session_factory, members=300, seed=7)
    with ctx.engine.connect() as conn:
        blobs = [r[0] for r in conn.exec_driver_sql("SELECT search_text FROM members")]
    ctx.blobs = blobs
    yield ctx
    ctx.close()


_ALPHABET = st.sampled_from(list("张王李小美丽晓明静xmzwlajy0123456789_%\\-@."))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(needle=st.text(_ALPHABET, min_size=1, max_size=4))
def test_random_needles_find_what_the_scan_finds(searched: Any, needle: str) -> None:
    assert searched.query.ids(MemberFilter(search=needle)) == scan(searched, needle)
    assert searched.query.count(MemberFilter(search=needle)) == len(scan(searched, needle))


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_pieces_of_real_texts_find_what_the_scan_finds(searched: Any, data: Any) -> None:
    blob = data.draw(st.sampled_from(searched.blobs))
    start = data.draw(st.integers(0, max(0, len(blob) - 1)))
    size = data.draw(st.integers(1, 6))
    needle = blob[start : start + size].strip() or blob[:1]
    second = data.draw(st.sampled_from(["", " xm", " 1", " 张"]))
    found = searched.query.ids(MemberFilter(search=needle + second))
    assert found == scan(searched, needle + second)
    if not second:
        assert found, f"{needle!r} is in a member's search text but found no one"


@pytest.mark.parametrize("kind", MEMBER_KINDS)
def test_index_stays_in_step_through_writes_undo_and_redo(kind: str, op_ctx: Any) -> None:
    op = CASES[kind](op_ctx)
    done = op_ctx.run(op, "test")
    needles = needles_of(op_ctx)
    check_index(op_ctx, needles)
    if done.inverse is None:
        return
    undone = op_ctx.ops.undo(done.op_id, "test")
    check_index(op_ctx, needles)
    if undone.inverse is not None:
        op_ctx.ops.undo(undone.op_id, "test")
        check_index(op_ctx, needles)


def test_a_changed_member_is_found_by_the_new_text_only(op_ctx: Any) -> None:
    from app.members.member_ops import EditMember

    member_id = op_ctx.query.ids(MemberFilter())[0]
    assert member_id not in op_ctx.query.ids(MemberFilter(search="zzqq"))
    op_ctx.run(EditMember(member_id=member_id, values={"nickname": "Zzqq鸢"}), "test")
    assert op_ctx.query.ids(MemberFilter(search="zzqq")) == [member_id]
    assert op_ctx.query.ids(MemberFilter(search="鸢")) == [member_id]
    check_index(op_ctx, ["zzqq", "鸢", "zz"])


def test_the_integrity_check_notices_an_index_out_of_step(op_ctx: Any) -> None:
    """The check used above can fail: an index row changed behind the triggers' back."""
    with op_ctx.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER member_search_au")
        conn.exec_driver_sql(
            "UPDATE member_search SET text = 'qqqq' WHERE id = (SELECT min(id) FROM member_search)"
        )
    with pytest.raises(Exception, match="malformed"):
        check_index(op_ctx, [])


@pytest.mark.parametrize(
    "needle", ["13", "xm", "张", "0013", "小美", "wxid", "xm 13", "wx 张", "%"]
)
def test_search_as_you_type_reads_the_search_tables_and_agrees(op_ctx: Any, needle: str) -> None:
    """A search-only filter in id order is answered from the search tables (no member rows);
    it must give the general statement's members, trash left out."""
    from sqlalchemy import and_, select

    from app.members.member_ops import TrashMembers
    from app.members.query import M, _search_only_ids, conditions

    everyone = scan(op_ctx, needle)
    if len(everyone) > 1:
        op_ctx.run(TrashMembers(tuple(everyone[:2])), "test")
    f = MemberFilter(search=needle)
    with op_ctx.session_factory() as s:
        fast = _search_only_ids(s, f, "id", False)
        general = [
            r[0] for r in s.execute(select(M.c.id).where(and_(*conditions(f))).order_by(M.c.id))
        ]
    assert fast is not None
    assert fast == general == scan(op_ctx, needle)
    assert not set(fast) & set(scan(op_ctx, needle, trash=True))
    with op_ctx.session_factory() as s:  # other filters and sorts take the general form
        assert _search_only_ids(s, MemberFilter(search=needle, trash=True), "id", False) is None
        assert _search_only_ids(s, f, "nickname", False) is None
        assert (
            _search_only_ids(s, MemberFilter(search=needle, tags_any=("x",)), "id", False) is None
        )


def test_the_index_gathers_eight_megabytes_of_terms_before_writing_them(ctx: Any) -> None:
    """Migration 0016: an import's one indexing statement writes few segments."""
    with ctx.engine.connect() as conn:
        size = conn.exec_driver_sql("SELECT v FROM member_fts_config WHERE k = 'hashsize'").scalar()
    assert size == 8 * 1024 * 1024
