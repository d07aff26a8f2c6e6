"""Every page in light and dark, Chinese and English, at 1280×720 and 1920×1080, into
$SHEQUN_SCREENSHOTS (look-<size>-<theme>-<lang>-<page>.png), and the window at 200 %.

Run in a process of its own under Xvfb with a CJK font (`make screenshots`); skipped when the
variable is not set. Besides the pictures it checks what can be measured: the window fits the
size, and the page names in the sidebar are not cut.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

SHOTS = os.environ.get("SHEQUN_SCREENSHOTS")
pytestmark = pytest.mark.skipif(
    not SHOTS, reason="set SHEQUN_SCREENSHOTS to a folder to take screenshots"
)
SIZES = ((1280, 720), (1920, 1080))


@pytest.fixture(scope="module")
def look_ctx(tmp_path_factory: Any) -> Iterator[Any]:
    from app.bootstrap import open_context
    from app.demo import fill

    ctx = open_context(str(tmp_path_factory.mktemp("look") / "look.sqlite3"))
    fill(ctx.session_factory, members=1000, seed=7)
    yield ctx
    ctx.close()


def _settle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy, timeout=20_000)
    qtbot.wait(80)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("theme", ("light", "dark"))
@pytest.mark.parametrize("lang", ("zh", "en"))
def test_every_page(
    qloop: Any,
    qapp: Any,
    qtbot: Any,
    look_ctx: Any,
    tmp_path: Path,
    size: tuple[int, int],
    theme: str,
    lang: str,
) -> None:
    from ui.app import apply_style, build_window
    from ui.i18n import Language
    from ui.ui_settings import UiSettings

    apply_style(qapp, theme)
    language = Language(qapp, lang)
    settings = UiSettings(tmp_path / "ui.ini")
    settings.set("ui/theme", theme)  # as the app starts: the theme installed is the stored one
    window = build_window(look_ctx, settings, language=language)
    try:
        window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: window.isVisible(), timeout=5_000)
        assert window.minimumSizeHint().width() <= 1280, window.minimumSizeHint()
        folder = Path(SHOTS or ".")
        folder.mkdir(parents=True, exist_ok=True)
        saved = []
        for key in [p.key for p in window.pages()]:
            window.show_page(key)
            _settle(qtbot, window)
            if key == "reports":  # its figures come a moment after the page is shown
                page = window.page("reports")
                qtbot.waitUntil(lambda p=page: p.data is not None, timeout=20_000)
                _settle(qtbot, window)
            if key == "members":
                members = window.page("members")
                members.select_ids(members.model.ids[2:6])  # the bulk bar
                _settle(qtbot, window)
            assert window.width() == size[0], (key, window.width())  # the page fits the window
            path = folder / f"look-{size[0]}x{size[1]}-{theme}-{lang}-{key}.png"
            assert window.grab().save(str(path)), path
            saved.append(path)
            if key == "settings":  # 外观与窗口 too: its choices are read whole, none cut
                saved.append(
                    _look_section(qtbot, window, folder / path.name.replace(".png", "-look.png"))
                )
        from ui.main_window import NAV_ITEM_EXTRA

        nav = window.nav
        for row in range(nav.count()):
            needed = nav.fontMetrics().horizontalAdvance(nav.item(row).text()) + NAV_ITEM_EXTRA
            assert needed <= nav.viewport().width(), f"{nav.item(row).text()} is cut in the sidebar"
        assert all(p.stat().st_size > 10_000 for p in saved)
    finally:
        _settle(qtbot, window)
        window.close()
        window.env.runner.shutdown()
        language.uninstall()
        apply_style(qapp, "light")


def _look_section(qtbot: Any, window: Any, path: Path) -> Path:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    page = window.page("settings")
    stack = page.stack
    row = next(i for i in range(stack.count()) if stack.widget(i).isAncestorOf(page.appearance))
    page.sections.setCurrentRow(row)
    _settle(qtbot, window)
    assert page.appearance.isVisible()
    for widget in page.appearance.findChildren(QAbstractButton) + page.appearance.findChildren(
        QLabel
    ):
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue  # wraps to its width
        assert widget.width() >= widget.sizeHint().width(), f"{widget.text()!r} is cut"
    assert window.grab().save(str(path)), path
    page.sections.setCurrentRow(0)
    return path


HIDPI = """
import asyncio, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
import qasync
app = QApplication([])
loop = qasync.QEventLoop(app, already_running=True)
asyncio.set_event_loop(loop)
from app.bootstrap import open_context
from app.demo import fill
from ui.app import apply_style, build_window
from ui.ui_settings import UiSettings
folder = Path(tempfile.mkdtemp())
ctx = open_context(str(folder / "x.sqlite3"))
fill(ctx.session_factory, members=200, seed=7)
apply_style(app, "light")
window = build_window(ctx, UiSettings(folder / "ui.ini"))
window.resize(1280, 720)
window.show()
members = window.page("members")
members.first_rows_shown.connect(lambda: None)
window.show_page("members")
end = loop.time() + 4
while loop.time() < end:
    app.processEvents()
pixmap = window.grab()
print(pixmap.devicePixelRatio(), pixmap.width(), flush=True)
pixmap.save(sys.argv[1])
window.close()
window.env.runner.shutdown()
"""


def test_window_at_200_percent(tmp_path: Path) -> None:
    path = Path(SHOTS or ".") / "look-1280x720-light-zh-members-200pct.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_API": "pyside6"}
    done = subprocess.run(
        [sys.executable, "-c", HIDPI, str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    ratio, width = done.stdout.split()[-2:]
    assert float(ratio) == 2.0 and int(width) == 2560, done.stdout
    assert path.stat().st_size > 20_000
