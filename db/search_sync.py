"""Bulk inserts of members without the per-row search-index trigger (SQLite).

Migration `0010_search_index` keeps `member_search` (and through it the FTS5 index) in step with
`members` by triggers. Row by row that costs far more than the index itself: each member's
insert runs the trigger as its own sub-statement, and FTS5 writes its pending terms out at every
statement boundary inside it — 100,000 new members took ~4.5 s in the trigger against ~0.6 s
for the same rows added to the index in one `INSERT … SELECT`. So a bulk insert drops the
insert trigger inside its own transaction, adds the new ids to `member_search` in one statement
(whose own trigger feeds FTS5 in one go), and creates the trigger again from the text SQLite
stored for it. DDL is transactional in SQLite: if the import fails, the rollback restores the
trigger with everything else.
"""

from __future__ import annotations

from sqlalchemy import Connection

INSERT_TRIGGER = "members_search_ai"


class DeferredSearchRows:
    """`suspend()` before the bulk insert, `resume(first_id, last_id)` after it (same transaction).
    Does nothing on PostgreSQL, or on a database without the trigger."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._sql: str | None = None

    def suspend(self) -> None:
        if self._conn.dialect.name != "sqlite":
            return
        row = self._conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (INSERT_TRIGGER,),
        ).first()
        if row is None:
            return
        self._sql = str(row[0])
        self._conn.exec_driver_sql(f"DROP TRIGGER {INSERT_TRIGGER}")

    def resume(self, first_id: int, last_id: int) -> None:
        """Index the members `first_id`..`last_id` (those inserted meanwhile) and restore the
        trigger."""
        if self._sql is None:
            return
        if last_id >= first_id:
            self._conn.exec_driver_sql(
                "INSERT INTO member_search (id, text) SELECT id, search_text FROM members "
                "WHERE id BETWEEN ? AND ?",
                (first_id, last_id),
            )
        self._conn.exec_driver_sql(self._sql)
        self._sql = None
