"""Shared helpers for the benchmark scripts: demo databases, timing, printing."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / ".bench"
sys.path.insert(0, str(ROOT))


def demo_db(members: int, seed: int = 7) -> Path:
    """A demo database with `members` members, built once and reused (in .bench/)."""
    BENCH_DIR.mkdir(exist_ok=True)
    path = BENCH_DIR / f"demo-{members}-{seed}.sqlite3"
    if not path.exists():
        from app.bootstrap import open_context
        from app.demo import fill

        tmp = path.with_suffix(".tmp")
        for extra in ("", "-wal", "-shm"):
            Path(f"{tmp}{extra}").unlink(missing_ok=True)
        started = time.perf_counter()
        ctx = open_context(str(tmp))
        fill(ctx.session_factory, members=members, seed=seed)
        ctx.close()
        print(
            f"  (built {members:,}-member demo database in {time.perf_counter() - started:.1f} s)"
        )
        import sqlite3

        with sqlite3.connect(tmp) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        tmp.rename(path)
    return path


def timed(fn: Callable[[], Any], repeat: int = 7) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def line(
    label: str,
    values: list[float],
    target: float | None = None,
    worst: float | None = None,
    *,
    baseline: list[float] | None = None,
    ratio: float | None = None,
    worst_ratio: float | None = None,
) -> bool:
    """One figure: median and worst, its same-run baseline and ratio, and OK or MISSED.

    `target`/`worst` are absolute seconds; `ratio`/`worst_ratio` bound the median/worst against
    the baseline's median, which was measured in the same run so that load moves both sides.
    """
    med, top = statistics.median(values), max(values)
    ok = (target is None or med <= target) and (worst is None or top <= worst)
    goals = []
    if target is not None:
        goals.append(f"median ≤ {target * 1000:.0f} ms")
    if worst is not None:
        goals.append(f"worst ≤ {worst * 1000:.0f} ms")
    base = ""
    if baseline:
        ref = statistics.median(baseline)
        base = f"  baseline {ms(ref).strip()} → {med / ref:.2f}×, worst {top / ref:.2f}×"
        if ratio is not None:
            ok = ok and med <= ratio * ref
            goals.append(f"median ≤ {ratio:g}×")
        if worst_ratio is not None:
            ok = ok and top <= worst_ratio * ref
            goals.append(f"worst ≤ {worst_ratio:g}×")
    goal = f"  target {', '.join(goals)}  {'OK' if ok else 'MISSED'}" if goals else ""
    print(f"  {label:<46} median {ms(med)}  worst {ms(top)}  (n={len(values)}){base}{goal}")
    return ok


def env_for_child(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_API"] = "pyside6"
    env.update(extra)
    return env


class GapWatch:
    """The UI thread's longest stall while some work runs: the longest gap between the ticks of
    a 5 ms timer (an idle window's own longest gap, the baseline, is a few ms)."""

    def __init__(self, app: Any, wait: Callable[[Callable[[], bool]], None]) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._app, self._wait = app, wait
        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._max = 0
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self._max = max(self._max, now - self._last)
        self._last = now

    def run(self, act: Callable[[], Any], until: Callable[[], bool]) -> tuple[float, int]:
        """Seconds from `act()` until `until()` holds, and the longest gap (ms) meanwhile."""
        for _ in range(3):
            self._app.processEvents()
        self._last, self._max = self._clock.elapsed(), 0
        self._timer.start()
        started = time.perf_counter()
        act()
        self._wait(until)
        took = time.perf_counter() - started
        self._timer.stop()
        return took, self._max

    def idle_gap(self, seconds: float = 1.0) -> int:
        """The longest gap with nothing to do for `seconds`."""
        until = time.perf_counter() + seconds
        return self.run(lambda: None, lambda: time.perf_counter() >= until)[1]


def pump_until(app: Any, cond: Callable[[], bool], timeout: float = 120) -> None:
    """Run the Qt event loop (and the asyncio tasks on it) until `cond()` holds."""
    started = time.perf_counter()
    while not cond():
        app.processEvents()
        time.sleep(0.0005)
        if time.perf_counter() - started > timeout:
            raise TimeoutError
