"""The window shell and the app entry: sidebar, segments, menus, hooks for other areas, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent

from app.domain import Changes
from app.members.domain import MemberFilter
from app.members.segment_ops import SaveSegment

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(open_main_window: Any, demo_ctx: Any) -> Any:
    return open_main_window(demo_ctx)


def test_shell_lists_pages_menus_and_status(window: Any, qtbot: Any) -> None:
    assert window.nav.count() >= 1 and window.nav.item(0).text() == "成员"
    assert set(window.menus) == {"file", "edit", "view", "settings", "help"}
    qtbot.waitUntil(lambda: "共 300 位成员" in window.status_label.text())
    assert window.redo_action.shortcuts()[0].toString() == "Ctrl+Shift+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]


def test_segments_in_sidebar_apply_rename_delete(window: Any, qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    env = window.env
    env.ctx.run(SaveSegment("高意向", MemberFilter(tags_all=("高意向",))))
    env.runner.announce(Changes(vocab=True))
    qtbot.waitUntil(lambda: window.segments.count() == 1)
    assert not window.segments_empty.isVisible()
    members = window.page("members")
    with qtbot.waitSignal(members.results_shown, timeout=5000):
        window.segments.itemClicked.emit(window.segments.item(0))
    assert members.model.ids == env.ctx.query.ids(MemberFilter(tags_all=("高意向",)))
    seg = window.segments.item(0).data(Qt.ItemDataRole.UserRole)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重点客户", True))
    window.segments.rename(seg)
    qtbot.waitUntil(
        lambda: window.segments.count() == 1 and window.segments.item(0).text() == "重点客户"
    )
    monkeypatch.setattr("ui.segment_list.confirm", lambda *a, **k: True)
    window.segments.delete(seg)
    qtbot.waitUntil(lambda: window.segments.count() == 0)


def test_api_for_other_areas(window: Any, tmp_path: Path) -> None:
    action = QAction("导入…", window)
    window.add_action("file", action, toolbar=True)
    assert action in window.menus["file"].actions() and action in window.toolbar.actions()
    got: list[str] = []
    window.register_drop_handler([".shequntest", ".sqt2"], got.append)
    data = QMimeData()
    data.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "成员.SHEQUNTEST")),
            QUrl.fromLocalFile(str(tmp_path / "photo.png")),
        ]
    )
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert got == [str(tmp_path / "成员.SHEQUNTEST")]


def test_undo_from_the_edit_menu(window: Any, qtbot: Any) -> None:
    env, members = window.env, window.page("members")
    ids = members.model.ids[:3]
    members.bulk_tags(ids, ["菜单撤销"])
    qtbot.waitUntil(lambda: env.tasks.idle)
    assert len(env.ctx.query.ids(MemberFilter(tags_all=("菜单撤销",)))) == 3
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: env.tasks.idle)
    assert env.ctx.query.ids(MemberFilter(tags_all=("菜单撤销",))) == []


def test_close_remembers_geometry_and_columns(window: Any, qtbot: Any) -> None:
    members = window.page("members")
    members.view.setColumnHidden(1, True)
    qtbot.waitUntil(lambda: window.env.tasks.idle)
    window.close()
    settings = window.env.settings
    assert not settings.get("window/geometry").isEmpty()
    assert not settings.get("members/header").isEmpty()
    assert settings.get("window/page") == "members"
    from ui.members.members_page import MembersPage

    again = MembersPage(window.env)  # a new page over the same settings
    assert again.view.isColumnHidden(1) and not again.view.isColumnHidden(0)
    again.deleteLater()


def _run_app(db: Path, data: Path, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        SHEQUN_EXIT_AFTER_FIRST_ROWS="1",
        SHEQUN_DATA_DIR=str(data),
    )
    args = [sys.executable, "-m", "ui.launcher", "--db", str(db)] + (
        ["--lang", lang] if lang else []
    )
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_first_start_fills_demo_then_paints_rows(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    done = _run_app(db, tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert "first-rows-painted" in done.stdout
    # The stylesheet is set after the window is built, before it shows (ui.theme.install).
    assert "unstyled" not in done.stdout
    from app.bootstrap import open_context

    ctx = open_context(str(db))
    try:
        assert ctx.query.count(MemberFilter()) == 1000  # the demo community
    finally:
        ctx.close()
    assert not (tmp_path / "data" / "backups").exists() or not any(
        (tmp_path / "data" / "backups").iterdir()
    )
    again = _run_app(db, tmp_path / "data", lang="en")  # second start: no demo, English
    assert again.returncode == 0 and "first-rows-painted" in again.stdout, again.stderr


def test_second_instance_on_same_database_is_refused(
    qapp: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QMessageBox

    from ui import app as ui_app

    db = tmp_path / "locked.sqlite3"
    held = QLockFile(str(db) + ".lock")
    assert held.tryLock(100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(ui_app, "apply_style", lambda app, mode="system", sheet=True: None)
    monkeypatch.setattr(ui_app, "install_translation", lambda app, lang: [])
    try:
        assert ui_app.run(str(db)) == 1
    finally:
        held.unlock()
    assert shown and "已经在另一个社群管家窗口中打开" in shown[0] and str(db) in shown[0]


# Records which of these modules are first looked for, in order, then starts the window.
_ORDER_PROBE = """
import importlib.abc, sys
WATCH = {"sqlalchemy", "PySide6", "app.importing.service", "app.calendar.service"}
seen = []
class Probe(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in WATCH and name not in seen:
            seen.append(name)
        return None
sys.meta_path.insert(0, Probe())
import builtins
say = builtins.print
def tell(*args, **kw):
    if args and str(args[0]).startswith("first-rows-painted"):
        say("loaded before the first rows: " + ",".join(seen), flush=True)
    say(*args, **kw)
builtins.print = tell
from ui.launcher import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_start_paints_its_first_rows_before_the_core_is_loaded(
    tmp_path: Path,
) -> None:
    """A start on a SQLite file that opens as it is paints its first rows from the file itself
    (`app.members.first_rows`): SQLAlchemy, the import service and the calendar load after."""
    from app.bootstrap import open_context
    from app.demo import fill

    db = tmp_path / "start.sqlite3"
    ctx = open_context(str(db))
    fill(ctx.session_factory, members=20)
    ctx.close()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        SHEQUN_EXIT_AFTER_FIRST_ROWS="1",
        SHEQUN_DATA_DIR=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", _ORDER_PROBE, str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = [line for line in done.stdout.splitlines() if line.startswith("loaded before")]
    assert said, done.stdout
    loaded = said[0].split(": ", 1)[1].split(",")
    assert loaded == ["PySide6"], loaded
