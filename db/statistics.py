"""The statistics SQLite's query planner weighs the member indexes with (`sqlite_stat1`).

Without them the planner takes a partial index for a selective one: every statement over live
members (`deleted_at IS NULL`) matches `ix_members_live_joined`, and a sort by a column without
an index of its own, or a count with a filter, walked that index and looked each member up in
join-day order instead of reading the table through once. On 100,000 imported members (2-core
machine): sorted by points, city or last activity 330–370 ms, with statistics 95–230 ms; the
count of one skin type 128 ms, with statistics 34 ms. `ANALYZE members` takes ~0.1 s there.

A database gets them when it needs them: after an import or its undo (on the checkpoint thread,
once the result is committed), after `shequn demo`, and at the window's start-up check, for a
table that has none or whose size has moved past a factor of two since. Only `members` is
analysed: with statistics for `member_tags` the planner chose to scan all tag links for a
two-tag filter (80 ms against 32 ms through the tag index).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MIN_ROWS = 1_000  # below this the plans do not differ enough to matter
DRIFT = 2.0


def member_statistics_stale(execute: Callable[[str], Any]) -> bool:
    """Whether `members` lacks statistics, or has grown or shrunk past DRIFT since them.
    `execute` runs one SQL text and returns a cursor (sqlite3's or SQLAlchemy's)."""
    rows = int(execute("SELECT count(*) FROM members").fetchone()[0])
    if rows < MIN_ROWS:
        return False
    found = member_stats(execute)
    # Each index's first figure is its number of rows: a full index has every member, a
    # partial one (live members with a role) fewer.
    counted = max((int(stat.split()[0] or 0) for stat in found), default=0)
    return not (counted / DRIFT <= rows <= counted * DRIFT)


def member_stats(execute: Callable[[str], Any]) -> list[str]:
    """The `sqlite_stat1` figures of the members' indexes (none when never analysed)."""
    if not execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return []
    return [str(r[0]) for r in execute("SELECT stat FROM sqlite_stat1 WHERE tbl = 'members'")]


def refresh_member_statistics(execute: Callable[[str], Any]) -> bool:
    """`ANALYZE members` when its statistics are stale; True when it ran."""
    if not member_statistics_stale(execute):
        return False
    analyse_members(execute)
    return True


def analyse_members(execute: Callable[[str], Any]) -> None:
    """`ANALYZE members`, keeping no sample of any member's values."""
    execute("ANALYZE members")
    # A build with STAT4 also keeps sample keys of each index (nicknames, phones): not kept,
    # so that no member's data lives on outside her row (erasure, backups).
    if execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").fetchone():
        execute("DELETE FROM sqlite_stat4 WHERE tbl = 'members'")
