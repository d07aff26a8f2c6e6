"""Calendar speed: switching months and weeks with 5 years of daily posts and 4 slots.

Measures, offscreen, the time from the navigation call (`page.step(±1)`) to the end of the
view's paint with the new period's data (service call on the DB thread + layout + paint).
Target (issue 4): median ≤ 50 ms. Baselines measured in the same run: the bare service call and a
bare repaint of the same view, so the ratios show where the time goes.

Run: QT_API=pyside6 .venv/bin/python bench/bench_calendar.py [--years 5] [--per-day 3]
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _slot(ctx: object, *args: object) -> None:
    from app.calendar.slot_ops import CreateSlot, SlotValues

    ctx.run(CreateSlot(SlotValues(*args)))  # type: ignore[attr-defined, arg-type]


def build(db: Path, years: int, per_day: int) -> tuple[object, dt.date]:
    from sqlalchemy import insert

    from app.bootstrap import open_context
    from app.calendar.domain import SlotRule
    from db.models_calendar import Post, PostGroup

    ctx = open_context(str(db))
    first = dt.date(2024, 1, 1)
    last = dt.date(2024 + years, 1, 1)
    groups = [ctx.groups.create(f"护肤交流{i}群") for i in range(1, 4)]
    types = {t.name: t.id for t in ctx.calendar.posts.list_types()}
    _slot(ctx, "每日知识锦囊", SlotRule("daily", dt.time(8), first), types["知识锦囊"], groups)
    _slot(
        ctx,
        "微分享",
        SlotRule("weekly", dt.time(20), first, weekdays=(0, 2, 4, 6)),
        types["微分享"],
        groups,
    )
    _slot(
        ctx,
        "周一群规",
        SlotRule("weekly", dt.time(9), first, weekdays=(0,)),
        types["群规提醒"],
        groups[:1],
    )
    _slot(
        ctx,
        "月末复盘",
        SlotRule("monthly", dt.time(21), first, month_day=31),
        types["活动预告"],
        groups[:1],
    )
    kinds = [("知识锦囊", dt.time(8)), ("团购接龙", dt.time(12)), ("微分享", dt.time(20))][:per_day]
    now = dt.datetime.now().replace(microsecond=0)
    rows, day = [], first
    while day < last:
        for kind, at in kinds:
            rows.append(
                {
                    "title": f"【{kind}】{day:%m月%d日}",
                    "body": "正文",
                    "type_id": types[kind],
                    "planned_at": dt.datetime.combine(day, at),
                    "status": "published",
                    "published_at": None,
                    "result": "",
                    "segment_id": None,
                    "slot_id": None,
                    "slot_date": None,
                    "reminded_at": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        day += dt.timedelta(days=1)
    with ctx.session_factory.begin() as s:
        ids = list(
            s.execute(insert(Post).returning(Post.id, sort_by_parameter_order=True), rows).scalars()
        )
        s.execute(insert(PostGroup), [{"post_id": i, "group_id": groups[i % 3]} for i in ids])
    print(f"data: {len(rows)} posts over {years} years ({per_day}/day), 4 slots")
    return ctx, first


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--per-day", type=int, default=3)
    parser.add_argument("--steps", type=int, default=24)
    args = parser.parse_args()

    import qasync
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from ui.calendar.calendar_page import CalendarPage
    from ui.env import UiEnv
    from ui.runner import DbRunner

    app = QApplication.instance() or QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SHEQUN_DATA_DIR"] = tmp
        ctx, first = build(Path(tmp) / "bench.sqlite3", args.years, args.per_day)
        env = UiEnv(ctx, DbRunner(), QUndoStack(), lambda e: print("error:", e), print)
        start_day = first + dt.timedelta(days=400)
        page = CalendarPage(env, clock=lambda: dt.datetime.combine(start_day, dt.time(9, 30)))
        page.resize(1400, 900)
        page.show()

        async def navigate(action: object, view: object) -> float:
            ready = asyncio.get_running_loop().create_future()
            state = {"ready": False}

            def on_ready() -> None:
                state["ready"] = True

            def on_painted() -> None:
                if state["ready"] and not ready.done():
                    ready.set_result(time.perf_counter())

            page.view_ready.connect(on_ready)
            view.painted.connect(on_painted)  # type: ignore[attr-defined]
            t0 = time.perf_counter()
            action()  # type: ignore[operator]
            t1 = await asyncio.wait_for(ready, 10)
            page.view_ready.disconnect(on_ready)
            view.painted.disconnect(on_painted)  # type: ignore[attr-defined]
            return (t1 - t0) * 1000

        async def scenario() -> dict[str, list[float]]:
            out: dict[str, list[float]] = {}
            await navigate(page.activate, page.month_view)
            for mode, view in (("month", page.month_view), ("week", page.week_view)):
                await navigate(lambda m=mode: page.set_mode(m), view)
                times = []
                for n in range(args.steps):
                    times.append(
                        await navigate(lambda n=n: page.step(1 if n % 6 < 4 else -1), view)
                    )
                out[mode] = times
                repaint = []
                for _ in range(args.steps):
                    t0 = time.perf_counter()
                    view._dirty = True  # type: ignore[attr-defined]
                    view.repaint()  # type: ignore[attr-defined]
                    repaint.append((time.perf_counter() - t0) * 1000)
                out[f"{mode}-repaint"] = repaint
                start, end = page.period()
                service = []
                for _ in range(args.steps):
                    t0 = time.perf_counter()
                    ctx.calendar.range(start, end)  # type: ignore[attr-defined]
                    service.append((time.perf_counter() - t0) * 1000)
                out[f"{mode}-service"] = service
            return out

        results = loop.run_until_complete(scenario())
        env.runner.shutdown()
        ctx.close()  # type: ignore[attr-defined]
    print(f"{'what':<16}{'median ms':>10}{'p90 ms':>9}{'max ms':>9}")
    for name, values in results.items():
        values = sorted(values)
        print(
            f"{name:<16}{statistics.median(values):>10.1f}{values[int(len(values) * 0.9) - 1]:>9.1f}"
            f"{values[-1]:>9.1f}"
        )
    ok = True
    for mode in ("month", "week"):
        med = statistics.median(results[mode])
        base = statistics.median(results[f"{mode}-service"]) + statistics.median(
            results[f"{mode}-repaint"]
        )
        print(
            f"{mode}: switch-to-painted median {med:.1f} ms (target ≤ 50 ms: "
            f"{'OK' if med <= 50 else 'MISSED'}); ratio to service+repaint baseline "
            f"{med / base:.2f}×"
        )
        ok = ok and med <= 50
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
