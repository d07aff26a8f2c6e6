"""Bulk inserts of members without their per-row insert triggers (SQLite).

Three triggers fire for every new member: `members_search_ai` (migration `0010_search_index`)
adds her search text to `member_search`, whose own trigger `member_search_ai` adds it to the
FTS5 index; `members_match_ai` (`0012_match_keys`) adds her nickname and name to `match_names`,
the paste step's names still to be keyed. Row by row they cost more than the same work done once
for all the new rows: each insert runs them as sub-statements of its own, FTS5 writes its pending
terms out at every statement boundary inside them (100,000 new members: ~4.5 s in the search
trigger against ~0.6 s for the same rows indexed in one `INSERT … SELECT`, and ~0.1 s less again
when the FTS5 rows are one statement of their own instead of a trigger per row), and the match
trigger put ~0.45 s on the writer thread that inserts the members, which is what an import
waits for.

So a bulk insert drops the three triggers inside its own transaction, does what they would have
done for the new ids in one statement each (names in sorted order, which the B-trees of
`match_names` take sooner), and creates the triggers again from the text SQLite stored for them.
DDL is transactional in SQLite: if the import fails, the rollback restores the triggers with
everything else. `tests/unit/test_bulk_insert.py` checks that the rows written this way are the
rows the triggers write.
"""

from __future__ import annotations

from sqlalchemy import Connection

_NAMES = (
    "INSERT OR IGNORE INTO match_names (text, version, raw_key, full_key, stripped_key) "
    "SELECT text, 0, '', '', '' FROM ("
    "SELECT nickname AS text FROM members WHERE id BETWEEN :first AND :last AND nickname <> '' "
    "UNION SELECT name FROM members WHERE id BETWEEN :first AND :last AND name <> '') "
    "ORDER BY text"
)
# What each trigger does, for the members :first..:last at once, in this order: the search
# texts, then their FTS5 entries (the trigger on `member_search` would add them one by one, a
# sub-statement per row), then the names.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "members_search_ai": (
        "INSERT INTO member_search (id, text) SELECT id, search_text FROM members "
        "WHERE id BETWEEN :first AND :last",
    ),
    "member_search_ai": (
        "INSERT INTO member_fts (rowid, text) SELECT id, text FROM member_search "
        "WHERE id BETWEEN :first AND :last",
    ),
    "members_match_ai": (_NAMES,),
}


class DeferredMemberTriggers:
    """`suspend()` before the bulk insert, `resume(first_id, last_id)` after it (same
    transaction). Does nothing on PostgreSQL, or for a trigger the database does not have."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._sql: dict[str, str] = {}

    def suspend(self) -> None:
        if self._conn.dialect.name != "sqlite":
            return
        for name in TRIGGERS:
            row = self._conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
            ).first()
            if row is None:
                continue
            self._sql[name] = str(row[0])
            self._conn.exec_driver_sql(f"DROP TRIGGER {name}")

    def resume(self, first_id: int, last_id: int) -> None:
        """Do for the members `first_id`..`last_id` (those inserted meanwhile) what the
        triggers would have done, and restore the triggers."""
        for name, sql in self._sql.items():
            if last_id >= first_id:
                for statement in TRIGGERS[name]:
                    self._conn.exec_driver_sql(statement, {"first": first_id, "last": last_id})
            self._conn.exec_driver_sql(sql)
        self._sql = {}
