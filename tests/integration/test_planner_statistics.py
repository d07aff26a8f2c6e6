"""The planner's statistics of the members (`db.statistics`): written after an import, a demo
and at the start-up check when missing or stale, and what they change in a plan."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from app.bootstrap import open_context
from db.statistics import MIN_ROWS, member_statistics_stale
from tests.integration.test_interrupted_import import roster

SORT_BY_POINTS = (
    "EXPLAIN QUERY PLAN SELECT id FROM members WHERE deleted_at IS NULL ORDER BY points, id"
)


def _stats(db: Path) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        try:
            return conn.execute(
                "SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'members' ORDER BY idx"
            ).fetchall()
        except sqlite3.OperationalError:  # never analysed
            return []


def _sort_plan(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return " ".join(str(r[3]) for r in conn.execute(SORT_BY_POINTS))


def test_an_import_leaves_statistics_and_the_sort_reads_the_table_once(
    db_path: Path, tmp_path: Path
) -> None:
    ctx = open_context(str(db_path))
    try:
        plan = ctx.imports.plan(roster(tmp_path / "名单.xlsx", MIN_ROWS + 200))
        ctx.imports.apply(plan)
    finally:
        ctx.close()  # waits for the checkpoint thread, which analyses
    stats = dict(_stats(db_path))
    assert stats["ix_members_live_joined"].split()[0] == str(MIN_ROWS + 200)
    assert "SCAN members" in _sort_plan(db_path) and "live_joined" not in _sort_plan(db_path)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("DELETE FROM sqlite_stat1")
        conn.commit()
    # Without them the partial index of live members is taken for a selective one.
    assert "ix_members_live_joined" in _sort_plan(db_path)


def test_the_start_up_check_analyses_missing_or_drifted_statistics(
    db_path: Path, tmp_path: Path
) -> None:
    from app.demo import fill

    ctx = open_context(str(db_path))
    try:
        fill(ctx.session_factory, members=MIN_ROWS + 500, seed=3)
        assert _stats(db_path)  # the demo's bulk write left them
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sqlite_stat1 SET stat = '100 1' WHERE tbl = 'members'")
            assert member_statistics_stale(conn.exec_driver_sql)
        assert ctx.maintenance.check() == []
        assert dict(_stats(db_path))["ix_members_live_joined"].split()[0] == str(MIN_ROWS + 500)
        with ctx.engine.connect() as conn:
            assert not member_statistics_stale(conn.exec_driver_sql)
        assert ctx.maintenance.refresh_statistics() is False  # fresh: nothing to do
        names = {r[0] for r in sqlite3.connect(db_path).execute("SELECT tbl FROM sqlite_stat1")}
        assert "member_tags" not in names  # only the members are analysed
    finally:
        ctx.close()


def test_a_small_database_is_not_analysed(ctx: Any, db_path: Path) -> None:
    from app.demo import fill

    fill(ctx.session_factory, members=MIN_ROWS - 1, seed=3)
    assert ctx.maintenance.refresh_statistics() is False
    assert _stats(db_path) == []


def test_the_nickname_sort_reads_its_index_alone(demo_ctx: Any, db_path: Path) -> None:
    """Migration 0018: live members by nickname without a look into the table per member."""
    from app.members.domain import MemberFilter

    sql = "SELECT id FROM members WHERE deleted_at IS NULL ORDER BY sort_name, id"
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        plan = " ".join(str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        raw = [r[0] for r in conn.execute(sql)]
    assert "COVERING INDEX ix_members_sort_name" in plan
    assert demo_ctx.query.ids(MemberFilter(), sort="nickname") == raw
    ordered = demo_ctx.query.ids(MemberFilter(), sort="nickname", descending=True)
    assert ordered == raw[::-1]


def test_a_refusal_to_write_the_statistics_leaves_the_check_clean(
    ctx: Any, db_path: Path, monkeypatch: Any, caplog: Any
) -> None:
    """A read-only file or a lock held elsewhere: the start-up check still reports no problem,
    the statistics wait for another time and the reason is logged."""
    import db.statistics
    from app.demo import fill

    fill(ctx.session_factory, members=MIN_ROWS + 10, seed=3)
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")

    def refused(execute: Any) -> None:
        execute("INSERT INTO sqlite_stat1_is_read_only VALUES (1)")  # fails inside SQLite

    monkeypatch.setattr(db.statistics, "analyse_members", refused)
    assert ctx.maintenance.check() == []
    assert "statistics were not refreshed" in caplog.text
    assert _stats(db_path) == []


def test_the_whole_list_is_sorted_by_value_not_walked_through_a_plain_index(
    ctx: Any, db_path: Path
) -> None:
    """Phone, WeChat id, name, QQ: their indexes hold neither the deleted mark nor the live
    members' order, so the whole list sorts the table's values (`query.SortedByValue`); the first
    block of a sort still reads the index. Same order as the plain ORDER BY, NULLs included."""
    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql, sqlite

    from app.demo import fill
    from app.members.domain import MemberFilter
    from app.members.query import M, order_by

    fill(ctx.session_factory, members=MIN_ROWS + 100, seed=5)
    whole = select(M.c.id).order_by(*order_by("phone", True, whole=True))
    assert "ORDER BY +members.phone DESC, members.id DESC" in str(
        whole.compile(dialect=sqlite.dialect())
    )
    assert "ORDER BY members.phone DESC" in str(whole.compile(dialect=postgresql.dialect()))
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        missing = conn.execute("SELECT count(*) FROM members WHERE phone IS NULL").fetchone()
        assert missing[0] > 0  # the demo leaves some phones out: where NULLs sort is checked
        for key, column in (("phone", "phone"), ("wechat", "wechat"), ("qq", "qq")):
            for desc in ("", " DESC"):
                sql = (
                    f"SELECT id FROM members WHERE deleted_at IS NULL"
                    f" ORDER BY {column}{desc}, id{desc}"
                )
                raw = [r[0] for r in conn.execute(sql)]
                assert len(raw) == MIN_ROWS + 100
                assert ctx.query.ids(MemberFilter(), key, bool(desc)) == raw
                first = ctx.query.first_rows(MemberFilter(), 50, key, bool(desc))
                assert [r.id for r in first] == raw[:50]
        plan = " ".join(
            str(r[3])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM members WHERE deleted_at IS NULL"
                " ORDER BY +phone, id"
            )
        )
        assert "ix_members_phone" not in plan
        limited = " ".join(
            str(r[3])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM members WHERE deleted_at IS NULL"
                " ORDER BY phone, id LIMIT 200"
            )
        )
        assert "ix_members_phone" in limited
