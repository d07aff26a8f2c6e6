"""When Python's cyclic garbage collector may run its full passes: not while the user waits.

A full (generation 2) pass walks every tracked object. With the Members page open on 100,000
members that is ~50 ms of holding the interpreter lock, and the collector starts one whenever
enough objects have survived — typically in the middle of a bulk edit on the worker thread, where
it stalls the UI thread for the whole pass. So:

- once the first rows are shown, the objects alive then (modules, pages, the table's rows) are
  moved out of the collector's sight (`gc.freeze()`, constant time: reference counting still
  frees them, only cycles among them wait for the next deep pass);
- a second after the database worker goes idle, the young generations are collected and the
  survivors frozen too, so the collector's own heap stays small and its passes short;
- when the window goes to the background (at most every ten minutes), everything is unfrozen and
  collected in full once, so cycles that formed among frozen objects are reclaimed while nobody
  is looking at the window.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

SETTLE_AFTER_IDLE_MS = 1000
DEEP_EVERY_S = 600.0


class IdleCollector(QObject):
    def __init__(self, runner: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._last_deep = time.monotonic()
        self.settles = 0  # passes made, for tests and the benchmark
        self.deep_passes = 0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_AFTER_IDLE_MS)
        self._settle.timeout.connect(self.settle)
        runner.busy_changed.connect(self._on_busy)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)

    def freeze_now(self) -> None:
        """Freeze what is alive now (constant time, no pass)."""
        gc.freeze()

    def settle(self) -> None:
        """Collect the young generations and freeze the survivors (a few ms)."""
        if self._runner.busy:
            return
        gc.collect(1)
        gc.freeze()
        self.settles += 1

    def deep(self) -> None:
        """A full pass over everything, frozen objects included, then freeze again."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._last_deep = time.monotonic()
        self.deep_passes += 1

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._settle.stop()
        else:
            self._settle.start()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        inactive = state != Qt.ApplicationState.ApplicationActive
        if inactive and time.monotonic() - self._last_deep >= DEEP_EVERY_S:
            self.deep()


def install(window: Any, first_rows: Any) -> IdleCollector:
    """Attach to `window`'s runner; `first_rows` is the signal after which the first freeze runs."""
    collector = IdleCollector(window.env.runner, parent=window)
    first_rows.connect(collector.freeze_now)
    return collector
