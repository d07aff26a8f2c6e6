"""The match keys an import leaves unkeyed are filled in the window's idle time (ui.key_filler)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import ui.key_filler as key_filler
from app.domain import Changes
from app.importing.model import ImportOptions
from app.paste.keys import pending
from tests.unit.op_cases.importing import write_roster


def test_an_import_s_names_are_keyed_after_it_in_small_steps(
    open_main_window: Any, demo_ctx: Any, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(key_filler, "STEP", 2)
    monkeypatch.setattr(key_filler, "PAUSE", 0.01)
    win = open_main_window(demo_ctx)
    qtbot.waitUntil(lambda: not win.key_filler._running, timeout=10_000)
    rows = [["昵称", "微信号"], *([f"后来导入{i}", f"wx_fill_{i}"] for i in range(5))]
    path = write_roster(Path(tempfile.mkdtemp(prefix="shequn-fill-")), rows)
    demo_ctx.run(demo_ctx.imports.apply_op(demo_ctx.imports.plan(path, ImportOptions())), "cli")
    with demo_ctx.session_factory() as s:
        assert len(pending(s)) == 5
    before = win.key_filler.filled
    win.env.runner.announce(Changes(areas=frozenset({"imports"})))
    qtbot.waitUntil(lambda: win.key_filler.filled - before == 5, timeout=10_000)
    qtbot.waitUntil(lambda: not win.key_filler._running, timeout=10_000)
    with demo_ctx.session_factory() as s:
        assert pending(s) == []


def test_other_changes_do_not_start_it(open_main_window: Any, demo_ctx: Any, qtbot: Any) -> None:
    win = open_main_window(demo_ctx)
    qtbot.waitUntil(lambda: not win.key_filler._running, timeout=10_000)
    win.env.runner.announce(Changes(members=frozenset({1})))
    assert not win.key_filler._running
