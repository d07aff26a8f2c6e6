"""Member CRM performance at 100,000 members (issue 2), against baselines measured in the same run.

Usage: .venv/bin/python bench/bench_members.py [--members N] [--skip-ui]
Prints figures; exit code 0 even when a target is missed (the figures say so).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, demo_db, env_for_child, line, timed

os.environ.setdefault("QT_API", "pyside6")


def first_line_time(cmd: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from spawning `cmd` to it printing `marker` (the process then exits)."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    for out in proc.stdout:
        if marker in out:
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(
            f"{cmd[0]} ended without printing {marker!r}: {proc.stderr.read() if proc.stderr else ''}"
        )
    proc.wait(timeout=30)
    return elapsed


def baselines(db: Path) -> None:
    print("\nBaselines (same machine, same run)")
    conn = sqlite3.connect(db)
    line(
        "raw sqlite3: load all member rows",
        timed(lambda: conn.execute("SELECT * FROM members").fetchall(), 3),
    )
    line(
        "raw sqlite3: LIKE '%xm%' scan",
        timed(
            lambda: conn.execute("SELECT id FROM members WHERE search_text LIKE '%xm%'").fetchall()
        ),
    )
    tag_ids = [r[0] for r in conn.execute("SELECT id FROM tags WHERE name IN ('成分党','抗老')")]
    line(
        "raw sqlite3: two-tag self-join",
        timed(
            lambda: conn.execute(
                "SELECT a.member_id FROM member_tags a JOIN member_tags b ON a.member_id=b.member_id "
                "WHERE a.tag_id=? AND b.tag_id=?",
                tag_ids,
            ).fetchall()
        ),
    )
    bare = [
        first_line_time(
            [sys.executable, str(ROOT / "bench" / "_bare_window.py"), str(db)],
            "first-rows-painted",
            env_for_child(),
        )
        for _ in range(3)
    ]
    line("bare PySide6 window: start → first 200 rows painted", bare)


def core(db: Path) -> None:
    from app.bootstrap import open_context
    from app.members.domain import MemberFilter

    print("\nCore queries (app.members.query, no window)")
    ctx = open_context(str(db))
    q = ctx.query
    line("ids: search 'xm'", timed(lambda: q.ids(MemberFilter(search="xm"))))
    line("ids: search '张'", timed(lambda: q.ids(MemberFilter(search="张"))))
    line("ids: search '0013' (part of a phone)", timed(lambda: q.ids(MemberFilter(search="0013"))))
    line(
        "ids: tags all of 成分党+抗老",
        timed(lambda: q.ids(MemberFilter(tags_all=("成分党", "抗老")))),
    )
    line(
        "ids: all, sorted by nickname (pinyin)",
        timed(lambda: q.ids(MemberFilter(), sort="nickname")),
    )
    line("rows: one block of 500", timed(lambda: q.rows(list(range(5001, 5501)))))
    ctx.close()


def cold_start(db: Path) -> None:
    print("\nCold start of `shequn` to the first painted rows (offscreen)")
    shequn = str(Path(sys.executable).with_name("shequn"))
    env = env_for_child(SHEQUN_EXIT_AFTER_FIRST_ROWS="1", SHEQUN_DATA_DIR=str(db.parent / "data"))
    runs = [first_line_time([shequn, "--db", str(db)], "first-rows-painted", env) for _ in range(5)]
    line("shequn → first rows painted", runs, target=0.8)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--skip-ui", action="store_true")
    parser.add_argument("--lists-only", action="store_true", help="only the issue-8 figures")
    args = parser.parse_args()
    print(
        f"Shequn member CRM benchmark — {args.members:,} demo members, {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}"
    )
    db = demo_db(args.members)
    from _bench_lists import list_figures

    if args.lists_only:
        list_figures(db)
        return
    baselines(db)
    core(db)
    list_figures(db)
    cold_start(db)
    if not args.skip_ui:
        from _ui_members import ui_figures

        ui_figures(db)
    print(f"\n(run finished {time.strftime('%Y-%m-%d %H:%M')})")


if __name__ == "__main__":
    main()
