"""The member table's first rows read with the standard library alone, for the window's start.

Importing SQLAlchemy and the models takes longer than the whole of a bare Qt window's start
(bench_members: cold start), so the window paints its first rows from here and opens the core
behind them. Only a database that opens as it is qualifies: a SQLite file at this program's
schema version, not left with a write-ahead log to replay (a crash's remains), read for the
unfiltered list. Anything else (`FirstRows.open` returns None) starts the usual way. The rows
are the ones `MemberQuery.first_rows(MemberFilter(), …)` returns (`tests/unit/test_first_rows.py`
compares them for every sort).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from app.members.domain import (
    DATE_FIELDS,
    NAMES_SEP,
    ROW_COLUMNS,
    MemberRow,
    member_row,
    sort_column,
)
from db.locations import known_heads, wal_has_frames

_DATES = {i for i, name in enumerate(ROW_COLUMNS) if name in DATE_FIELDS}
_ROWS_SQL = (
    "SELECT "
    + ", ".join(f"m.{name}" for name in ROW_COLUMNS)
    + ", (SELECT group_concat(t.name, ?) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id"
    " WHERE mt.member_id = m.id)"
    ", (SELECT group_concat(g.name, ?) FROM group_memberships gm"
    ' JOIN groups g ON g.id = gm.group_id WHERE gm.member_id = m.id AND gm."left" IS NULL)'
    " FROM members m WHERE m.id IN ({marks})"
)


def _order(sort: str, descending: bool) -> str:
    """`app.members.query.order_by` in SQL: the sort's column, then id."""
    column = sort_column(sort)
    way = " DESC" if descending else ""
    return f'"{column}"{way}' + ("" if column == "id" else f", id{way}")


def _date(value: Any) -> dt.date | None:
    # Dates are stored as SQLAlchemy writes them on SQLite: "YYYY-MM-DD".
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


class FirstRows:
    """A plain sqlite3 connection that reads the unfiltered member list's first rows."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: Path | None) -> FirstRows | None:
        """A reader on `path`, or None when the file must be opened the usual way first: no
        SQLite file there (or an empty one), a -wal with frames, another schema version, or
        anything SQLite refuses."""
        if path is None:
            return None
        try:
            if path.stat().st_size == 0:
                return None
            if wal_has_frames(path):
                return None
            conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        except (OSError, sqlite3.Error):
            return None
        try:
            # As the core's engine reads (db.engine): sorts in memory, the same page cache.
            for pragma in ("query_only=ON", "temp_store=MEMORY", "cache_size=-32000"):
                conn.execute(f"PRAGMA {pragma}")
            stamped = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
            if stamped == known_heads():
                return cls(conn)
        except (OSError, sqlite3.Error):
            pass
        conn.close()
        return None

    def read(self, limit: int, sort: str = "id", descending: bool = False) -> list[MemberRow]:
        """The first `limit` members not in the trash, in the table's order for `sort`."""
        ids = [
            row[0]
            for row in self._conn.execute(
                f"SELECT id FROM members WHERE deleted_at IS NULL "
                f"ORDER BY {_order(sort, descending)} LIMIT ?",
                (limit,),
            )
        ]
        if not ids:
            return []
        sql = _ROWS_SQL.format(marks=", ".join("?" * len(ids)))
        by_id: dict[int, tuple[Any, ...]] = {}
        for row in self._conn.execute(sql, (NAMES_SEP, NAMES_SEP, *ids)):
            by_id[row[0]] = tuple(_date(v) if i in _DATES else v for i, v in enumerate(row))
        return [member_row(by_id[i]) for i in ids if i in by_id]

    def close(self) -> None:
        self._conn.close()
