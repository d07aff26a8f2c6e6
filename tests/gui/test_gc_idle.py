"""The collector's passes are kept off the user's waits (ui.gc_idle)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from PySide6.QtCore import QObject, Signal

import ui.gc_idle as gc_idle


class _Runner(QObject):
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.busy = False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _garbage_cycle() -> weakref.ref[_Cycle]:
    obj = _Cycle()
    return weakref.ref(obj)


def test_frozen_cycles_wait_for_the_deep_pass(qapp: Any) -> None:
    collector = gc_idle.IdleCollector(_Runner())
    obj = _Cycle()
    ref = weakref.ref(obj)
    collector.freeze_now()
    del obj
    gc.collect()
    assert ref() is not None  # frozen: an ordinary pass leaves it alone
    collector.deep()
    assert ref() is None
    assert collector.deep_passes == 1
    assert gc.get_freeze_count() > 0  # the survivors are frozen again


def test_settle_runs_a_second_after_the_worker_goes_idle(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(gc_idle, "SETTLE_AFTER_IDLE_MS", 50)
    runner = _Runner()
    collector = gc_idle.IdleCollector(runner)
    runner.set_busy(True)
    qtbot.wait(120)
    assert collector.settles == 0  # never while the worker is busy
    gc.disable()  # only the settle may collect the cycle below
    try:
        ref = _garbage_cycle()
        runner.set_busy(False)
        qtbot.waitUntil(lambda: collector.settles == 1, timeout=2000)
        assert ref() is None  # young garbage is collected before the survivors are frozen
    finally:
        gc.enable()
    assert gc.get_freeze_count() > 0


def test_a_busy_worker_cancels_the_pending_settle(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(gc_idle, "SETTLE_AFTER_IDLE_MS", 80)
    runner = _Runner()
    collector = gc_idle.IdleCollector(runner)
    runner.set_busy(False)
    runner.set_busy(True)
    qtbot.wait(200)
    assert collector.settles == 0


def test_the_window_installs_it_and_freezes_at_the_first_rows(
    open_main_window: Any, demo_ctx: Any
) -> None:
    gc.unfreeze()
    win = open_main_window(demo_ctx)
    assert isinstance(win.collector, gc_idle.IdleCollector)
    assert gc.get_freeze_count() > 0
