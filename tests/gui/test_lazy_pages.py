"""The window's first paint waits for the Members page only; the others are built on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ui.shell_pages import LAZY_PAGES, LazyPage

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.bootstrap import open_context
from ui.app import build_window
from ui.ui_settings import UiSettings
ctx = open_context(sys.argv[1])
window = build_window(ctx, UiSettings(sys.argv[2]))
modules = [m for m in sys.argv[3:] if m in sys.modules]
print("imported:" + ",".join(modules))
window.page("calendar")
print("after:" + str("ui.calendar.calendar_page" in sys.modules))
"""


def test_no_other_page_is_imported_before_the_window_is_shown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    modules = [module for _key, module, _cls, _title in LAZY_PAGES]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "db.sqlite3"), str(tmp_path / "ui.ini")]
        + modules,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    ).stdout
    assert "imported:\n" in out, out
    assert "after:True" in out


def test_a_page_is_built_when_shown_or_asked_for(env: Any, qtbot: Any, settle: Any) -> None:
    from ui.main_window import MainWindow
    from ui.shell_pages import build_pages, install_window_hooks

    pages = build_pages(env)
    window = MainWindow(env, pages)
    install_window_hooks(window)
    window.show()
    stand_ins = {p.key: p for p in pages if isinstance(p, LazyPage)}
    assert set(stand_ins) == {key for key, *_ in LAZY_PAGES}
    assert not any(p.built for p in stand_ins.values())
    assert window.pages() == pages  # the stand-ins as they are: asking for them builds nothing
    assert not any(p.built for p in stand_ins.values())
    # The sidebar has every title before any page exists.
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[1:] == [title for *_, title in LAZY_PAGES]
    window.show_page("paste")
    assert stand_ins["paste"].built
    paste = window.current_page()
    assert type(paste).__name__ == "PastePage"
    qtbot.waitUntil(lambda: paste.activity.count() > 0, timeout=10_000)  # its first load
    got: list[Any] = []
    window.when_page_built("reports", got.append)
    assert got == []
    reports = window.page("reports")
    assert got == [reports] and type(reports).__name__ == "ReportsPage"
    assert not stand_ins["settings"].built
    settle()
    window.close()
    window.deleteLater()
