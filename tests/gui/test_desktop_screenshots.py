"""Screenshots of the desktop behaviour: the reminder banner over the window, the shortcut
list, the first-start choice and its welcome, a confirm that says what is lost — Chinese and
English.

Only runs when SHEQUN_SCREENSHOTS names a folder, e.g. under Xvfb:
SHEQUN_SCREENSHOTS=/tmp/ss xvfb-run -a -s "-screen 0 1600x1000x24" \
    .venv/bin/pytest -q tests/gui/test_desktop_screenshots.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

OUT = os.environ.get("SHEQUN_SCREENSHOTS")
TODAY = dt.date(2026, 11, 23)  # a Monday: the weekly report is due too
WAIT = 10_000
pytestmark = pytest.mark.skipif(
    not OUT, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)


@pytest.fixture
def language(qapp: Any, request: Any) -> Iterator[str]:
    from ui.i18n import install_translation

    lang = request.param
    translators = install_translation(qapp, lang)
    yield lang
    for translator in translators:
        qapp.removeTranslator(translator)


def _save(widget: Any, name: str) -> Path:
    folder = Path(OUT or ".")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def _window(ctx: Any, qtbot: Any, tmp_path: Path) -> Any:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    win = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    win.resize(1280, 720)
    win.show()
    with qtbot.waitSignal(win.page("members").results_shown, timeout=WAIT):
        win.show_page("members")
    return win


def _close(win: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: win.env.tasks.idle and not win.env.runner.busy, timeout=WAIT)
    win.quit()
    win.env.runner.shutdown()


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_reminder_banner_and_shortcuts(
    qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path, language: str
) -> None:
    from app.demo import fill

    fill(ctx.session_factory, members=60, seed=3, today=TODAY)
    win = _window(ctx, qtbot, tmp_path)
    service = win.reminders
    service._tray_available = lambda: False  # Xvfb has no tray: the banner is the notification
    service.clock = lambda: dt.datetime.combine(TODAY, dt.time(11, 52))
    with qtbot.waitSignal(service.reminded, timeout=WAIT):
        assert service.check_now()
    qtbot.wait(200)
    assert service.banner.isVisible()
    _save(win, f"desktop-reminder-banner-{language}")
    dialog = win.show_shortcuts()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    _save(dialog, f"desktop-shortcuts-{language}")
    dialog.close()
    _close(win, qtbot)


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_first_start_choice_and_welcome(
    qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any, language: str
) -> None:
    from ui import app as ui_app

    monkeypatch.setattr(ui_app, "DEMO_MEMBERS", 40)
    win = _window(ctx, qtbot, tmp_path)
    task = asyncio.ensure_future(ui_app.first_start(win, ctx))
    qtbot.waitUntil(lambda: getattr(win, "first_start_dialog", None) is not None, timeout=WAIT)
    dialog = win.first_start_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.wait(100)
    _save(dialog, f"desktop-first-start-{language}")
    dialog.demo_button.click()
    qtbot.waitUntil(task.done, timeout=30_000)
    qtbot.waitUntil(dialog.start_button.isVisible, timeout=WAIT)
    qtbot.wait(100)
    _save(dialog, f"desktop-first-start-welcome-{language}")
    dialog.start_button.click()
    _close(win, qtbot)


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_confirm_says_what_is_lost(qapp: Any, qtbot: Any, language: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.dialog_buttons import confirm

    shot: list[Path] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, grab)
            return
        shot.append(_save(box, f"desktop-confirm-purge-{language}"))
        box.reject()

    QTimer.singleShot(100, grab)
    tr = QCoreApplication.translate
    confirm(
        None,
        tr("MembersPage", "永久删除"),
        tr("Confirm", "确定要永久删除这 {n} 位成员吗？").format(n=3),
        tr("MembersPage", "永久删除"),
        tr(
            "Confirm",
            "会失去：他们的资料、标签、所在的群、购买记录和时间线（连同合并进他们的旧记录），"
            "备份里的副本也会抹去；之前涉及他们的操作不能再撤销。这一步无法撤销。",
        ),
    )
    assert shot
