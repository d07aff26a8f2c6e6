"""Figures of the weekly lists and the detail panel's community record (issue 8).

- the silent-60-days filter through `MemberQuery.ids` against the same filter written as one
  raw SQL query, in the same run (target: within 1.5×);
- one member's detail with all her ledgers (`members.get` + `member_record.record`, what the
  panel reads) for a member with a long history (target ≤ 50 ms), against the raw SQL reads.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
from pathlib import Path

from _common import line, ms, timed

SILENT_SQL = (
    "SELECT id FROM members WHERE deleted_at IS NULL AND "
    "(COALESCE(last_active, joined) IS NULL OR COALESCE(last_active, joined) < ?) ORDER BY id"
)


def _heavy_copy(db: Path, folder: Path) -> tuple[Path, int]:
    """A copy of `db` where one member has 1,000 ledger lines, 200 check-ins, warnings,
    deposits and complaints (a long-standing member of a busy community)."""
    path = folder / "lists.sqlite3"
    shutil.copy(db, path)
    conn = sqlite3.connect(path)
    member = conn.execute("SELECT min(id) FROM members WHERE deleted_at IS NULL").fetchone()[0]
    start = dt.date.today() - dt.timedelta(days=400)
    with conn:
        activities = []
        for n in range(10):
            cur = conn.execute(
                'INSERT INTO activities (name, kind, online, goal, start, "end", note, '
                "created_at, updated_at) VALUES (?, '打卡营', 1, '', ?, ?, '', ?, ?)",
                (
                    f"压测打卡营 {n}",
                    start + dt.timedelta(days=30 * n),
                    start + dt.timedelta(days=30 * n + 20),
                    dt.datetime.now(),
                    dt.datetime.now(),
                ),
            )
            activities.append((cur.lastrowid, start + dt.timedelta(days=30 * n)))
        for activity, first in activities:
            conn.execute(
                "INSERT INTO activity_signups (activity_id, member_id, at, source) "
                "VALUES (?, ?, ?, 'bench')",
                (activity, member, dt.datetime.combine(first, dt.time(9))),
            )
            for day in range(20):
                conn.execute(
                    "INSERT INTO checkins (activity_id, member_id, day, at, source) "
                    "VALUES (?, ?, ?, ?, 'bench')",
                    (activity, member, first + dt.timedelta(days=day), dt.datetime.now()),
                )
        conn.executemany(
            "INSERT INTO points_ledger (member_id, at, delta, reason, note, source, activity_id) "
            "VALUES (?, ?, 5, 'checkin', '', 'bench', ?)",
            [
                (
                    member,
                    dt.datetime.combine(start, dt.time(8)) + dt.timedelta(hours=9 * i),
                    activities[i % 10][0],
                )
                for i in range(1000)
            ],
        )
        for i in range(5):
            conn.execute(
                "INSERT INTO warnings (member_id, at, reason, evidence, revoked, outcome) "
                "VALUES (?, ?, '刷屏', '压测', 0, 'warning')",
                (member, dt.datetime.now() - dt.timedelta(days=30 * i)),
            )
            conn.execute(
                "INSERT INTO deposits (member_id, amount, status, held_on, note) "
                "VALUES (?, 50, 'refunded', ?, '')",
                (member, start + dt.timedelta(days=i)),
            )
            conn.execute(
                "INSERT INTO complaints (received_at, channel, member_id, category, text, status) "
                "VALUES (?, '微信群', ?, '产品', '压测投诉', 'resolved')",
                (dt.datetime.now() - dt.timedelta(days=i), member),
            )
    conn.close()
    return path, member


def _raw_detail(conn: sqlite3.Connection, member: int) -> None:
    """The same reads as raw SQL: her row, tags, groups, timeline and the five ledgers."""
    for sql in (
        "SELECT * FROM members WHERE id = ?",
        "SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE mt.member_id = ?",
        "SELECT * FROM group_memberships WHERE member_id = ?",
        "SELECT * FROM timeline WHERE member_id = ? ORDER BY at DESC",
        "SELECT p.*, a.name FROM points_ledger p LEFT JOIN activities a ON a.id = p.activity_id "
        "WHERE p.member_id = ? ORDER BY p.at, p.id",
        "SELECT * FROM warnings WHERE member_id = ? ORDER BY at DESC",
        "SELECT * FROM deposits WHERE member_id = ?",
        "SELECT * FROM complaints WHERE member_id = ? ORDER BY received_at DESC",
        "SELECT a.id, a.name, count(c.id) FROM activities a JOIN checkins c "
        "ON c.activity_id = a.id WHERE c.member_id = ? GROUP BY a.id",
    ):
        conn.execute(sql, (member,)).fetchall()


def _ratio(label: str, ours: list[float], raw: list[float], limit: float) -> None:
    ratio = statistics.median(ours) / statistics.median(raw)
    verdict = "OK" if ratio <= limit else "MISSED"
    print(f"  {label:<46} {ratio:5.2f}× the raw query  (target ≤ {limit}×)  {verdict}")


def list_figures(db: Path) -> None:
    from app.bootstrap import open_context
    from app.members.domain import MemberFilter

    print("\nWeekly lists and the member detail (issue 8)")
    with tempfile.TemporaryDirectory() as folder:
        path, member = _heavy_copy(db, Path(folder))
        conn = sqlite3.connect(path)
        ctx = open_context(str(path))
        limit = (dt.date.today() - dt.timedelta(days=60)).isoformat()
        ids = ctx.query.ids(MemberFilter(silent_days=60))
        assert ids == [r[0] for r in conn.execute(SILENT_SQL, (limit,))]
        print(f"  (silent 60 days: {len(ids):,} members)")
        raw = timed(lambda: conn.execute(SILENT_SQL, (limit,)).fetchall(), 9)
        ours = timed(lambda: ctx.query.ids(MemberFilter(silent_days=60)), 9)
        line("baseline: silent 60 days as one raw SQL query", raw)
        line("ids: silent 60 days (MemberFilter)", ours)
        _ratio("silent 60 days", ours, raw, 1.5)
        for label, f in (
            ("ids: birthdays in the next 30 days", MemberFilter(birthday_days=30)),
            ("ids: not contacted for 30 days", MemberFilter(contact_days=30)),
            ("ids: open warning or held deposit", MemberFilter(warned=True)),
        ):
            line(label, timed(lambda f=f: ctx.query.ids(f), 5))

        def detail() -> None:
            ctx.members.get(member)
            ctx.member_record.record(member)

        record = ctx.member_record.record(member)
        print(
            f"  (her record: {len(record.ledger)} ledger lines, {len(record.activities)} "
            f"activities, {len(record.warnings)} warnings, {len(record.deposits)} deposits, "
            f"{len(record.complaints)} complaints)"
        )
        raw_detail = timed(lambda: _raw_detail(conn, member), 9)
        ours_detail = timed(detail, 9)
        line("baseline: her detail and ledgers as raw SQL", raw_detail)
        line("member detail with all ledgers", ours_detail, target=0.05)
        print(
            f"  {'member detail with all ledgers':<46} "
            f"{statistics.median(ours_detail) / statistics.median(raw_detail):5.2f}× the raw "
            f"reads (median {ms(statistics.median(ours_detail)).strip()})"
        )
        ctx.close()
        conn.close()
