"""What `synchronous=FULL` (the default: a committed write survives a power cut) costs against
`NORMAL` (survives a crash of the program only): the same 100,000-row .xlsx imported into a new
database with each, and 200 one-member edits (each its own transaction, as in the window).

Run: `.venv/bin/python bench/bench_sync.py [--rows N] [--repeat R]`. Both settings are measured in
this run, alternating, each step in its own child process; the fastest of R runs of each is kept
(the least disturbed by other work on a shared machine) and the ratio FULL / NORMAL printed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from _common import BENCH_DIR, ROOT
from bench_import_export import make_roster

CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
import db.engine
mode, xlsx, path = sys.argv[1:4]
db.engine.SYNCHRONOUS = mode
from app.bootstrap import open_context
from app.members.domain import MemberFilter
from app.members.tag_ops import AddTags
ctx = open_context(path)
with ctx.engine.connect() as conn:
    assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == {{"FULL": 2, "NORMAL": 1}}[mode]
plan = ctx.imports.plan(xlsx)
started = time.perf_counter()
result = ctx.imports.apply(plan)
imported = time.perf_counter() - started
ids = ctx.query.ids(MemberFilter())[:200]
started = time.perf_counter()
for i in ids:
    ctx.run(AddTags((i,), ("同步测试",)))
edits = time.perf_counter() - started
ctx.close()
print(json.dumps({{"import": imported, "edits": edits, "created": result.created}}))
"""


def run(mode: str, xlsx: Path, db: Path) -> dict[str, float]:
    for extra in ("", "-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    proc = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), mode, str(xlsx), str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "SHEQUN_DATA_DIR": str(BENCH_DIR / "data-sync")},
    )
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    BENCH_DIR.mkdir(exist_ok=True)
    xlsx = BENCH_DIR / f"roster-{args.rows}.xlsx"
    if not xlsx.exists():
        started = time.perf_counter()
        make_roster(xlsx, args.rows)
        print(f"  (generated {xlsx.name} in {time.perf_counter() - started:.1f} s)")
    db = BENCH_DIR / "sync.sqlite3"
    runs: dict[str, list[dict[str, float]]] = {"FULL": [], "NORMAL": []}
    for _ in range(args.repeat):
        for mode in ("NORMAL", "FULL"):
            runs[mode].append(run(mode, xlsx, db))
    for extra in ("", "-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    print(f"synchronous=FULL vs NORMAL ({args.rows:,}-row import, best of {args.repeat} each):")
    for key, label in (("import", f"import {args.rows:,} rows"), ("edits", "200 one-member edits")):
        normal = min(r[key] for r in runs["NORMAL"])
        full = min(r[key] for r in runs["FULL"])
        print(
            f"  {label:<26} NORMAL {normal:7.2f} s   FULL {full:7.2f} s   "
            f"FULL/NORMAL {full / normal:.2f}×"
        )


if __name__ == "__main__":
    main()
