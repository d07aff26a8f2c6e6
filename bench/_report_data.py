"""The reports benchmark's database: the demo community plus years of purchases, check-ins and posts.

Everything past the demo is written by SQL `INSERT … SELECT` over a recursive counter inside
SQLite (no Python loop per row), so a million purchases take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

from _common import BENCH_DIR, demo_db

YEARS = 5


def _counter(n: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) "


def signups_and_points(c: sqlite3.Cursor) -> None:
    """Each bench check-in's sign-up (on its first day) and its points entry, by SQL."""
    c.execute(
        "INSERT OR IGNORE INTO activity_signups (activity_id, member_id, at, source) "
        "SELECT activity_id, member_id, min(day) || ' 08:00:00.000000', 'bench' "
        "FROM checkins WHERE source = 'bench' GROUP BY activity_id, member_id"
    )
    c.execute(
        "INSERT INTO points_ledger (member_id, at, delta, reason, note, source, activity_id,"
        " checkin_id) SELECT member_id, at, 5, 'checkin', '', 'bench', activity_id, id "
        "FROM checkins WHERE source = 'bench'"
    )


def build(members: int, purchases: int, checkins: int, today: dt.date) -> Path:
    """A copy of the `members`-member demo with `purchases` purchases and `checkins` check-ins
    spread over five years up to `today`, a check-in camp every fortnight and 3 posts a day."""
    path = BENCH_DIR / f"reports-{members}-{purchases}-{checkins}-{today:%Y%m%d}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    shutil.copyfile(demo_db(members), tmp)
    first = today - dt.timedelta(days=365 * YEARS)
    span = (today - first).days
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=WAL")
    c = conn.cursor()
    ids = [r[0] for r in c.execute("SELECT id FROM members WHERE deleted_at IS NULL")]
    lo, hi = min(ids), max(ids)
    products = [r[0] for r in c.execute("SELECT id FROM products")]
    p_lo, p_hi = min(products), max(products)

    def h(k: int, mod: int) -> str:
        """A pseudo-random 0..mod-1 from the counter (random() would be drawn anew each time a
        flattened subquery's column is used)."""
        return f"(((i * {2654435761 + 40503 * k}) % 4294967291) % {mod})"

    day = f"date('{first.isoformat()}', '+' || {h(1, span + 1)} || ' days')"
    member = f"({lo} + {h(2, hi - lo + 1)})"
    c.execute(
        _counter(purchases) + "INSERT INTO purchases (member_id, product_id, quantity, unit_price,"
        " bought_on, source, refunded_on, refund_reason, note, created_at) "
        f"SELECT {member}, {p_lo} + {h(3, p_hi - p_lo + 1)}, 1 + {h(4, 3)}, "
        f"39 + {h(5, 300)}, {day}, 'sheet', "
        f"CASE WHEN {h(6, 40)} = 0 THEN date({day}, '+7 days') END, '', '', {day} FROM n"
    )
    # A 14-day check-in camp starting every 14 days; each check-in a random member and day.
    camps = span // 14
    c.execute(
        _counter(camps) + 'INSERT INTO activities (name, kind, online, goal, start, "end", note,'
        " created_at, updated_at) SELECT '打卡营 ' || i, '打卡营', 1, '', "
        f"date('{first.isoformat()}', '+' || ((i - 1) * 14) || ' days'), "
        f"date('{first.isoformat()}', '+' || ((i - 1) * 14 + 13) || ' days'), '', "
        f"'{first.isoformat()}', '{first.isoformat()}' FROM n"
    )
    camp_lo = c.execute("SELECT min(id) FROM activities WHERE name LIKE '打卡营 %'").fetchone()[0]
    camp = h(7, camps)
    offset = f"({camp} * 14 + {h(8, 14)})"
    on = f"date('{first.isoformat()}', '+' || {offset} || ' days')"
    c.execute(
        _counter(checkins) + "INSERT OR IGNORE INTO checkins (activity_id, member_id, day, at,"
        f" source) SELECT {camp_lo} + {camp}, {member}, {on}, {on} || ' 21:00:00.000000', "
        "'bench' FROM n"
    )
    signups_and_points(c)
    types = [r[0] for r in c.execute("SELECT id FROM post_types ORDER BY id")][:3]
    for k, (type_id, hour) in enumerate(zip(types, (8, 12, 20), strict=False)):
        c.execute(
            _counter(span) + "INSERT INTO posts (title, body, type_id, planned_at, status,"
            " published_at, result, created_at, updated_at) SELECT '帖子', '', "
            f"{type_id}, d || ' {hour:02d}:00:00.000000', "
            f"CASE WHEN d < '{today.isoformat()}' AND abs(random()) % 10 > 0 THEN 'published'"
            " ELSE 'scheduled' END, "
            f"CASE WHEN d < '{today.isoformat()}' THEN d || ' {hour:02d}:' || "
            "printf('%02d', abs(random()) % 60) || ':00.000000' END, '', "
            f"'{first.isoformat()}', '{first.isoformat()}' FROM (SELECT "
            f"date('{first.isoformat()}', '+' || (i - 1) || ' days') AS d FROM n)"
        )
        del k
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.rename(path)
    print(f"  (built the reports database in {time.perf_counter() - started:.1f} s)")
    return path
