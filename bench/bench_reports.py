"""Reports speed: 100,000 members, 1,000,000 purchases, 1,000,000 check-ins, 5 years of posts.

Targets (issue 10): the 报表 page shows its KPIs ≤ 0.5 s after opening and its charts ≤ 1 s;
the boss report is written in ≤ 1.5× the time of exporting the 100,000-member roster to .xlsx,
measured in the same run (the two alternate, so load on the machine moves both).

What is timed:
- core figures: `ctx.reports.figures(last week)` alone (the one computation both the page and
  the workbook use);
- page KPIs: from `page.reload()` to the page's `kpis_shown` signal (the first step of
  `ctx.reports.page`, run on the page's DB thread);
- page charts: from `page.reload()` to `loaded` (the second step of the same job) plus
  painting the six chart panels (a forced repaint of each);
- boss report: `ctx.reports.write(...)` (figures + workbook + rename + audit row) against
  `ctx.exports.export(...)` of the whole roster.

Run: QT_API=pyside6 .venv/bin/python bench/bench_reports.py [--scale 1.0] [--repeat 5]
`--scale 0.1` runs a tenth of every size (10,000 members, 100,000 purchases …) on a busy machine.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, line  # noqa: E402
from _report_data import build  # noqa: E402

sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    members = int(100_000 * args.scale)
    purchases = checkins = int(1_000_000 * args.scale)
    today = dt.date.today()
    print(
        f"reports: {members:,} members, {purchases:,} purchases, {checkins:,} check-ins, "
        f"5 years of posts (scale {args.scale:g}); load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    db = build(members, purchases, checkins, today)

    import qasync
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import open_context
    from app.reports import periods
    from ui.env import UiEnv
    from ui.reports.reports_page import ReportsPage
    from ui.runner import DbRunner

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHEQUN_DATA_DIR"] = tmp
        ctx = open_context(str(db))
        period = periods.last_week(today)
        core = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            data = ctx.reports.figures(period)
            core.append(time.perf_counter() - t0)
        print(
            f"  last week: {data.kpi('members_total').value:,.0f} members, "
            f"{data.kpi('orders').value:,.0f} purchases, {len(data.zombies):,} zombies"
        )
        env = UiEnv(ctx, DbRunner(), QUndoStack(), lambda e: print("error:", e), print)
        page = ReportsPage(env, today=lambda: today)
        page.resize(1500, 1000)
        page.show()
        panels = (
            page.growth_chart,
            page.activity_chart,
            page.skin_chart,
            page.plan_chart,
            page.purchase_chart,
            page.goals_view,
        )

        async def open_once() -> tuple[float, float]:
            """Seconds from `reload()` to the cards filled, and to the charts painted."""
            loop_ = asyncio.get_running_loop()
            cards, done = loop_.create_future(), loop_.create_future()

            def on_cards() -> None:
                if not cards.done():
                    cards.set_result(time.perf_counter())

            def on_loaded() -> None:
                if not done.done():
                    for panel in panels:
                        panel.repaint()
                    done.set_result(time.perf_counter())

            page.kpis_shown.connect(on_cards)
            page.loaded.connect(on_loaded)
            t0 = time.perf_counter()
            page.reload()
            t1 = await asyncio.wait_for(cards, 120)
            t2 = await asyncio.wait_for(done, 120)
            page.kpis_shown.disconnect(on_cards)
            page.loaded.disconnect(on_loaded)
            return t1 - t0, t2 - t0

        async def scenario() -> list[tuple[float, float]]:
            return [await open_once() for _ in range(args.repeat)]

        shown = loop.run_until_complete(scenario())
        env.runner.shutdown()
        print("  报表 page (offscreen), first figures of last week:")
        ok &= line("core figures (page and workbook share them)", core)
        ok &= line("page KPIs shown after reload", [a for a, _ in shown], target=0.5)
        ok &= line("page charts painted after reload", [b for _, b in shown], target=1.0)

        out = Path(tmp)
        export, report = [], []
        for i in range(args.repeat):
            t0 = time.perf_counter()
            ctx.exports.export(out / f"roster-{i}.xlsx")
            export.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            ctx.reports.write(out / f"boss-{i}.xlsx", period, source="bench")
            report.append(time.perf_counter() - t0)
        print(f"  boss report ({(out / 'boss-0.xlsx').stat().st_size / 1e6:.1f} MB) vs roster:")
        ok &= line(
            "boss report .xlsx vs roster export",
            report,
            baseline=export,
            ratio=1.5,
        )
        ctx.close()
    print(f"  median roster export {statistics.median(export):.2f} s")
    print("reports:", "OK" if ok else "MISSED (see above)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
