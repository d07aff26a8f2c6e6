"""db.bulk: chunks written inside SQLite (constant columns bound once), and the member insert
triggers db.deferred_triggers suspends — the rows must read back exactly as executemany and
the triggers would write them."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, create_engine, insert

from db.bulk import BulkInserter
from db.deferred_triggers import DeferredMemberTriggers
from db.models import Member

T = Table(
    "t",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("a", String),
    Column("b", Integer),
    Column("c", Float),
    Column("d", String),
)
NAMES = ["id", "a", "b", "c", "d"]


def _rows(start: int, n: int, *, all_constant: bool = False) -> list[tuple[Any, ...]]:
    if all_constant:
        return [(None, "同", 1, 0.5, None)] * n
    return [
        (start + i, f"名{i}", 7, i / 4 if i % 3 else None, "批次" if i % 2 else None)
        for i in range(n)
    ]


@pytest.mark.parametrize("all_constant", [False, True])
def test_chunks_read_back_as_executemany_writes_them(tmp_path: Path, all_constant: bool) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    T.metadata.create_all(engine)
    sql = str(insert(T).compile(dialect=engine.dialect, column_keys=NAMES))
    chunks = [_rows(1, 500, all_constant=all_constant), _rows(501, 3)]
    with engine.begin() as conn:
        inserter = BulkInserter(conn)
        assert inserter.threaded  # this SQLite has JSON: the in-database path is the one tested
        for chunk in chunks:
            inserter.insert_columns(T, NAMES, list(zip(*chunk, strict=True)), sql, positional=True)
        inserter.close()
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER, c REAL, d TEXT)")
    for chunk in chunks:
        plain.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", chunk)
    with engine.connect() as conn:
        got = [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM t ORDER BY id")]
    want = plain.execute("SELECT * FROM t ORDER BY id").fetchall()
    assert got == want
    assert len(got) == 503


def test_deferred_search_rows_index_the_new_members_and_restore_the_trigger(ctx: Any) -> None:
    """Members inserted while the trigger is suspended are found by the index afterwards, and
    a member inserted after `resume` is indexed by the trigger again."""
    with ctx.session_factory.begin() as s:
        conn = s.connection()
        deferred = DeferredMemberTriggers(conn)
        deferred.suspend()
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {"members_search_ai", "member_search_ai", "members_match_ai"} & triggers
        s.add_all(
            Member(id=900 + i, nickname=f"延迟{i}", search_text=f"延迟成员{i}") for i in (1, 2, 3)
        )
        s.flush()
        deferred.resume(901, 903)
        s.add(Member(id=904, nickname="之后", search_text="延迟成员4"))
        s.flush()
    with ctx.session_factory() as s:
        found = s.connection().exec_driver_sql(
            "SELECT rowid FROM member_fts WHERE member_fts MATCH '\"延迟成员\"' ORDER BY rowid"
        )
        assert [r[0] for r in found] == [901, 902, 903, 904]
        # The index agrees with its content table, row by row.
        s.connection().exec_driver_sql(
            "INSERT INTO member_fts (member_fts, rank) VALUES ('integrity-check', 1)"
        )


def test_a_failed_bulk_insert_rolls_the_dropped_trigger_back(ctx: Any) -> None:
    with pytest.raises(RuntimeError), ctx.session_factory.begin() as s:
        DeferredMemberTriggers(s.connection()).suspend()
        raise RuntimeError("导入失败")
    with ctx.session_factory() as s:
        names = {r[0] for r in s.connection().exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"members_search_ai", "member_search_ai", "members_match_ai"} <= names


P = Table(
    "p", MetaData(), Column("a", Integer, nullable=False), Column("b", Integer, nullable=False)
)


@pytest.mark.parametrize("threaded", [True, False])
def test_packed_id_pairs_read_back_as_the_pairs(tmp_path: Path, threaded: bool) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    P.metadata.create_all(engine)
    pairs = [(1, 1), (1, 12), (7, 3), (2**31 - 1, 2**31 - 1), (123456, 0)]
    sql = str(insert(P).compile(dialect=engine.dialect, column_keys=["a", "b"]))
    with engine.begin() as conn:
        inserter = BulkInserter(conn)
        inserter.threaded = threaded and inserter.threaded
        inserter.insert_pairs(P, ("a", "b"), [a << 32 | b for a, b in pairs], sql, True)
        inserter.close()
    with engine.connect() as conn:
        got = [tuple(r) for r in conn.exec_driver_sql("SELECT a, b FROM p ORDER BY rowid")]
    assert got == pairs


def _side_rows(s: Any) -> tuple[list[Any], ...]:
    conn = s.connection()
    queries = (
        "SELECT id, text FROM member_search ORDER BY id",
        "SELECT text, version, raw_key, full_key, stripped_key FROM match_names ORDER BY text",
        "SELECT rowid FROM member_fts WHERE member_fts MATCH '\"成员号\"' ORDER BY rowid",
    )
    return tuple([tuple(r) for r in conn.exec_driver_sql(q)] for q in queries)


def test_suspended_triggers_leave_the_rows_the_triggers_write(tmp_path: Path) -> None:
    """The same members inserted with the triggers, and with them suspended: identical search
    rows, FTS answers and names waiting for their paste keys — repeated, empty and already
    stored names included — and the triggers are back afterwards."""
    from app.bootstrap import open_context

    names = ["王美", "王美", "", ""]
    got = []
    for deferred in (False, True):
        ctx = open_context(str(tmp_path / f"t{deferred}.sqlite3"))
        try:
            with ctx.session_factory.begin() as s:
                s.add(Member(id=1, nickname="王美", name="", search_text="成员号之前"))
                s.flush()
                triggers = DeferredMemberTriggers(s.connection())
                if deferred:
                    triggers.suspend()
                s.add_all(
                    Member(
                        id=2 + i,
                        nickname=f"成员{i % 7}" if i % 5 else "",
                        name=names[i % 4] if i % 4 != 3 else f"名{i}",
                        search_text=f"成员号{i}",
                    )
                    for i in range(40)
                )
                s.flush()
                triggers.resume(2, 41)
                s.add(Member(id=42, nickname="之后", name="李静", search_text="成员号之后"))
                s.flush()
            with ctx.session_factory() as s:
                got.append(_side_rows(s))
        finally:
            ctx.close()
    plain, suspended = got
    assert suspended == plain
    assert len(plain[0]) == 42 and plain[2] == [(i,) for i in range(1, 43)]
    texts = {r[0] for r in plain[1]}
    assert {"王美", "李静", "成员1", "名3", "之后"} <= texts
