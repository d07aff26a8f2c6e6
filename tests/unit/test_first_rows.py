"""The window's first rows read with sqlite3 alone (`app.members.first_rows`) are the rows the
core's query returns, for every sort; a file that needs the usual opening is not read."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from app.members.domain import SORT_KEYS, MemberFilter
from app.members.first_rows import FirstRows


@pytest.fixture
def community(template: Path, tmp_path: Path) -> Path:
    """The demo community with what a list must get right: members in the trash, a stay that
    ended, blanks, dates, and equal values to break ties on."""
    from app.bootstrap import open_context
    from app.members.member_ops import EditMember, TrashMembers
    from app.members.membership_ops import LeaveGroup

    path = tmp_path / "db.sqlite3"
    shutil.copy(template, path)
    ctx = open_context(str(path))
    ctx.run(TrashMembers((2, 5, 8)), "test")
    with ctx.session_factory() as s:
        group_id, member_id = s.execute(
            text('SELECT group_id, member_id FROM group_memberships WHERE "left" IS NULL LIMIT 1')
        ).one()
    ctx.run(LeaveGroup(group_id, (member_id,), dt.date(2026, 11, 30)), "test")
    ctx.run(EditMember(3, {"city": "", "wechat": None, "last_contacted": dt.date(2026, 12, 1)}))
    ctx.close()
    return path


def test_first_rows_are_the_core_querys_rows_for_every_sort(community: Path) -> None:
    from app.bootstrap import open_context

    path = community
    reader = FirstRows.open(path)  # as the window starts: before the core opens the file
    assert reader is not None
    ctx = open_context(str(path))
    try:
        for sort in SORT_KEYS:
            for descending in (False, True):
                for limit in (7, 200):
                    expected = ctx.query.first_rows(MemberFilter(), limit, sort, descending)
                    assert reader.read(limit, sort, descending) == expected, (sort, descending)
        rows = reader.read(200)
        assert {2, 5, 8}.isdisjoint(r.id for r in rows)
        assert any(r.tags for r in rows) and any(r.groups for r in rows)
        assert any(isinstance(r.joined, dt.date) for r in rows)
        assert rows[[r.id for r in rows].index(3)].last_contacted == dt.date(2026, 12, 1)
    finally:
        reader.close()
        ctx.close()


def test_a_file_that_needs_the_usual_opening_is_not_read(community: Path, tmp_path: Path) -> None:
    path = community
    assert FirstRows.open(tmp_path / "missing.sqlite3") is None
    assert FirstRows.open(None) is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")
    assert FirstRows.open(tmp_path / "empty.sqlite3") is None
    (tmp_path / "text.sqlite3").write_text("不是数据库" * 100)
    assert FirstRows.open(tmp_path / "text.sqlite3") is None

    older = tmp_path / "older.sqlite3"
    shutil.copy(path, older)
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    conn.close()
    assert FirstRows.open(older) is None

    # A write-ahead log with frames in it (what a crash leaves) is replayed by the usual opening.
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE members SET note = 'x' WHERE id = 1")
    writer.commit()
    try:
        assert Path(f"{path}-wal").stat().st_size > 32
        assert FirstRows.open(path) is None
    finally:
        writer.close()
    reader = FirstRows.open(path)  # closed cleanly: the log is gone
    assert reader is not None
    reader.close()
