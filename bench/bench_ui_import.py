"""Does the window stay responsive while a 100,000-row import runs? (issue 3)

Opens the real main window (offscreen) on an empty database, then plans and applies the
100,000-row roster that `bench_import_export.py` writes, exactly as the wizard does (through the
DB runner), while a 5 ms timer on the UI thread records how long the event loop went unturned.
Baseline in the same run: the same timer with the window idle.

Run: `.venv/bin/python bench/bench_import_export.py` once (it writes .bench/roster-100000.xlsx),
then `QT_API=pyside6 .venv/bin/python bench/bench_ui_import.py`.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import BENCH_DIR

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"


def main() -> int:
    import qasync
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_context
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    roster = BENCH_DIR / "roster-100000.xlsx"
    if not roster.exists():
        print(f"{roster} is missing: run bench/bench_import_export.py first")
        return 1
    tmp = Path(tempfile.mkdtemp())
    os.environ["SHEQUN_DATA_DIR"] = str(tmp)
    app = QApplication([])
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    ctx = open_context(str(tmp / "ui-import.sqlite3"))
    ctx.members.create({"nickname": "占位"})  # not empty: no demo community on start
    win = build_window(ctx, UiSettings(tmp / "ui.ini"))
    win.resize(1480, 900)
    win.show()
    runner = win.env.runner

    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    def sample(seconds: float, work: object = None) -> tuple[list[int], float]:
        gaps.clear()
        last[0] = clock.elapsed()
        timer.start()
        started = time.perf_counter()
        future = asyncio.ensure_future(work) if work is not None else None
        while (future is not None and not future.done()) or (
            future is None and time.perf_counter() - started < seconds
        ):
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        if future is not None:
            future.result()
        return list(gaps), time.perf_counter() - started

    async def do_import() -> None:
        progress: list[int] = []
        plan = await runner.run(ctx.imports.plan, roster, None, lambda d, t, *a: progress.append(d))
        await runner.run(ctx.imports.apply, plan, None, lambda d, t, *a: progress.append(d))

    idle, _ = sample(3.0)
    busy, took = sample(0, do_import())

    def report(label: str, values: list[int]) -> None:
        ordered = sorted(values)
        p99 = ordered[int(len(ordered) * 0.99) - 1]
        print(
            f"  {label:<34} ticks {len(values):5d}  median gap {statistics.median(values):5.1f} ms"
            f"  p99 {p99:4d} ms  longest {ordered[-1]:4d} ms  gaps > 50 ms: {sum(v > 50 for v in values)}"
            f"  > 100 ms: {sum(v > 100 for v in values)}"
        )

    print(
        f"UI thread while importing 100,000 rows through the DB runner ({took:.1f} s, offscreen window)"
    )
    report("window idle [baseline]", idle)
    report("during plan + apply", busy)
    longest = max(busy)
    verdict = "OK" if longest <= 50 else "MISSED"
    print(f"  longest UI-thread stall while importing = {longest} ms  (target ≤ 50 ms)  {verdict}")
    count = ctx.query.count(
        __import__("app.members.domain", fromlist=["MemberFilter"]).MemberFilter()
    )
    print(f"  members after import: {count:,}")
    runner.shutdown()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
