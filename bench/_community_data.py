"""The community benchmark's database: the demo community plus two years of check-in camps.

On top of the `members`-member demo: a 21-day camp every 21 days for two years with `checkins`
check-ins spread over them (one ledger line each), more ledger lines (shares, wins, manual
adjustments, redemptions) up to `ledger` lines in all, and a camp in progress ("压测打卡营",
day 11 of 21 today) with 1,000 members signed up, most of them checked in on each finished day
and nobody yet today. One member (the first) has a long history: 30 camps, 2,000 ledger
lines, warnings, deposits and complaints. Every member's `points` is the sum of her ledger.

Everything is written by SQL `INSERT … SELECT` over a recursive counter inside SQLite (no
Python loop per row), so a million rows take seconds.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from _common import BENCH_DIR, demo_db
from _report_data import signups_and_points

from app.community.rules import DEFAULT_LEVELS

CAMP_DAYS = 21
BENCH_CAMP = "压测打卡营"
CAMP_MEMBERS = 1_000
CAMP_DAY = 11  # today is this day of the camp in progress
HEAVY_LINES = 2_000


@dataclass(frozen=True)
class CommunityData:
    path: Path
    camp_id: int  # the camp in progress
    camp_members: tuple[int, ...]  # signed up for it, in sign-up order
    heavy_member: int  # the member with the long history


def _counter(n: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) "


def _h(k: int, mod: int) -> str:
    """A pseudo-random 0..mod-1 from the counter `i` (the same for every use of one row)."""
    return f"(((i * {2654435761 + 40503 * k}) % 4294967291) % {mod})"


def _facts(path: Path) -> CommunityData:
    conn = sqlite3.connect(path)
    camp = conn.execute("SELECT id FROM activities WHERE name = ?", (BENCH_CAMP,)).fetchone()[0]
    members = tuple(
        r[0]
        for r in conn.execute(
            "SELECT member_id FROM activity_signups WHERE activity_id = ? ORDER BY at, id",
            (camp,),
        )
    )
    heavy = conn.execute("SELECT min(id) FROM members WHERE deleted_at IS NULL").fetchone()[0]
    conn.close()
    return CommunityData(path, camp, members, heavy)


def build(members: int, checkins: int, ledger: int, today: dt.date) -> CommunityData:
    path = BENCH_DIR / f"community-{members}-{checkins}-{ledger}-{today:%Y%m%d}.sqlite3"
    if path.exists():
        return _facts(path)
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    for extra in ("", "-wal", "-shm"):
        Path(f"{tmp}{extra}").unlink(missing_ok=True)
    shutil.copyfile(demo_db(members), tmp)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode=WAL")
    c = conn.cursor()
    # Live members numbered 1..n, so a pseudo-random number picks an existing member.
    c.execute("CREATE TEMP TABLE pick (k INTEGER PRIMARY KEY, id INTEGER NOT NULL)")
    c.execute(
        "INSERT INTO pick (k, id) SELECT row_number() OVER (ORDER BY id), id FROM members "
        "WHERE deleted_at IS NULL"
    )
    n_members = c.execute("SELECT count(*) FROM pick").fetchone()[0]
    heavy = c.execute("SELECT id FROM pick WHERE k = 1").fetchone()[0]
    stamp = f"'{today.isoformat()} 08:00:00.000000'"

    # Past camps: two years of 21-day camps, all over before the one in progress.
    camp_start = today - dt.timedelta(days=CAMP_DAY - 1)
    camps = (365 * 2) // CAMP_DAYS
    first = camp_start - dt.timedelta(days=CAMP_DAYS * camps + 7)
    c.execute(
        _counter(camps) + 'INSERT INTO activities (name, kind, online, goal, start, "end", note,'
        " created_at, updated_at) SELECT '往期打卡营 ' || i, '打卡营', 1, '', "
        f"date('{first}', '+' || ((i - 1) * {CAMP_DAYS}) || ' days'), "
        f"date('{first}', '+' || ((i - 1) * {CAMP_DAYS} + {CAMP_DAYS - 1}) || ' days'), '', "
        f"{stamp}, {stamp} FROM n"
    )
    camp_lo = c.execute("SELECT min(id) FROM activities WHERE name LIKE '往期打卡营 %'").fetchone()[
        0
    ]
    c.execute(
        'INSERT INTO activities (name, kind, online, goal, start, "end", note, created_at,'
        f" updated_at) VALUES (?, '打卡营', 1, '每天喝 8 杯水', ?, ?, '', {stamp}, {stamp})",
        (
            BENCH_CAMP,
            camp_start.isoformat(),
            (camp_start + dt.timedelta(CAMP_DAYS - 1)).isoformat(),
        ),
    )
    camp_id = c.lastrowid
    assert camp_id is not None

    # The camp in progress: 1,000 members spread over the roster, signed up the day before it
    # began, each checked in on a finished day with a chance of 85 %.
    step = max(1, n_members // CAMP_MEMBERS)
    c.execute(
        _counter(min(CAMP_MEMBERS, n_members))
        + "INSERT INTO activity_signups (activity_id, member_id, at, source) "
        f"SELECT {camp_id}, p.id, date('{camp_start}', '-1 days') || ' 20:00:' || "
        "printf('%02d', i % 60) || '.' || printf('%06d', i), 'bench' "
        f"FROM n JOIN pick p ON p.k = 1 + (i - 1) * {step}"
    )
    c.execute(
        _counter((CAMP_DAY - 1) * CAMP_MEMBERS)
        + "INSERT OR IGNORE INTO checkins (activity_id, member_id, day, at, source) "
        f"SELECT {camp_id}, s.member_id, date('{camp_start}', '+' || ((i - 1) / "
        f"{CAMP_MEMBERS}) || ' days'), date('{camp_start}', '+' || ((i - 1) / {CAMP_MEMBERS}) "
        "|| ' days') || ' 21:00:00.000000', 'bench' FROM n JOIN activity_signups s "
        f"ON s.activity_id = {camp_id} AND s.id = (SELECT min(id) FROM activity_signups "
        f"WHERE activity_id = {camp_id}) + ((i - 1) % {CAMP_MEMBERS}) WHERE {_h(9, 100)} < 85"
    )
    # The heavy member: 15 check-ins in each of 30 camps.
    c.execute(
        _counter(30 * 15) + "INSERT OR IGNORE INTO checkins (activity_id, member_id, day, at,"
        f" source) SELECT {camp_lo} + (i - 1) / 15, {heavy}, date(a.start, '+' || "
        "((i - 1) % 15) || ' days'), date(a.start, '+' || ((i - 1) % 15) || ' days') || "
        "' 07:30:00.000000', 'bench' FROM n JOIN activities a ON a.id = "
        f"{camp_lo} + (i - 1) / 15 WHERE a.id < {camp_lo + camps}"
    )
    # The rest of the check-ins: a random member on a random day of a random past camp.
    have = c.execute("SELECT count(*) FROM checkins").fetchone()[0]
    day = f"date('{first}', '+' || ({_h(1, camps)} * {CAMP_DAYS} + {_h(3, CAMP_DAYS)}) || ' days')"
    c.execute(
        _counter(max(0, checkins - have))
        + "INSERT OR IGNORE INTO checkins (activity_id, member_id, day, at, source) "
        f"SELECT {camp_lo} + {_h(1, camps)}, p.id, {day}, {day} || ' 21:00:00.000000', 'bench' "
        f"FROM n JOIN pick p ON p.k = 1 + {_h(2, n_members)}"
    )
    signups_and_points(c)
    # Other lines up to `ledger`: the heavy member's first, then random members and days.
    lines = c.execute("SELECT count(*) FROM points_ledger").fetchone()[0]
    heavy_has = c.execute(
        "SELECT count(*) FROM points_ledger WHERE member_id = ?", (heavy,)
    ).fetchone()[0]
    reason = (
        f"CASE {_h(4, 10)} WHEN 0 THEN 'win' WHEN 1 THEN 'manual' WHEN 2 THEN 'redeem' "
        "ELSE 'share' END"
    )
    delta = f"CASE {_h(4, 10)} WHEN 0 THEN 50 WHEN 1 THEN 10 WHEN 2 THEN -30 ELSE 20 END"
    span = (today - first).days
    at = f"datetime('{first}', '+' || {_h(5, span * 24)} || ' hours')"
    for count, member in (
        (max(0, HEAVY_LINES - heavy_has), str(heavy)),
        (max(0, ledger - lines - max(0, HEAVY_LINES - heavy_has)), "p.id"),
    ):
        c.execute(
            _counter(count) + "INSERT INTO points_ledger (member_id, at, delta, reason, note,"
            f" source) SELECT {member}, {at} || '.000000', {delta}, {reason}, '压测', 'bench' "
            f"FROM n JOIN pick p ON p.k = 1 + {_h(6, n_members)}"
        )
    for i in range(5):
        when = f"'{today - dt.timedelta(days=40 * i + 3)} 10:00:00.000000'"
        c.execute(
            "INSERT INTO warnings (member_id, at, reason, evidence, revoked, outcome) "
            f"VALUES (?, {when}, '刷屏', '压测', 0, 'warning')",
            (heavy,),
        )
        c.execute(
            "INSERT INTO deposits (member_id, amount, status, held_on, note) "
            "VALUES (?, 50, 'refunded', ?, '')",
            (heavy, (first + dt.timedelta(days=100 * i)).isoformat()),
        )
        c.execute(
            "INSERT INTO complaints (received_at, channel, member_id, category, text, status) "
            f"VALUES ({when}, '微信群', ?, '产品', '压测投诉', 'resolved')",
            (heavy,),
        )
    c.execute(
        "UPDATE members SET points = (SELECT coalesce(sum(delta), 0) FROM points_ledger l "
        "WHERE l.member_id = members.id)"
    )
    reached = " + ".join(f"(points >= {t})" for t in DEFAULT_LEVELS[1:]) or "0"
    c.execute(f"UPDATE members SET level = max(1, 1 + {reached})")
    conn.commit()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.rename(path)
    print(f"  (built the community database in {time.perf_counter() - started:.1f} s)")
    return _facts(path)
