"""The look: rows that stay put under the bulk bar, icons, light/dark themes, the 1280 px window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def themed(qapp: Any) -> Iterator[Any]:
    """The theme installed on the shared QApplication, back to light afterwards."""
    from ui.app import apply_style

    apply_style(qapp, "light")
    from ui import theme

    yield theme.current()
    apply_style(qapp, "light")


def test_selecting_rows_never_moves_the_table(page: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint

    view = page.view
    qtbot.waitUntil(lambda: view.isVisible() and page.model.rowCount() > 10)
    before = view.viewport().mapToGlobal(QPoint(0, view.rowViewportPosition(0)))
    page.select_ids(page.model.ids[2:5])
    qtbot.waitUntil(page.bulk_bar.isVisible)
    qtbot.wait(20)  # the layout pass that a growing bar would cause
    after = view.viewport().mapToGlobal(QPoint(0, view.rowViewportPosition(0)))
    assert after == before
    page.select_ids([])
    qtbot.waitUntil(lambda: not page.bulk_bar.isVisible())
    assert view.viewport().mapToGlobal(QPoint(0, view.rowViewportPosition(0))) == before


def test_bulk_bar_buttons_fold_to_icons_when_narrow(page: Any, qtbot: Any) -> None:
    bar = page.bulk_bar
    page.select_ids(page.model.ids[:2])
    qtbot.waitUntil(bar.isVisible)
    page.resize(1800, 800)
    qtbot.waitUntil(lambda: bar.add_tag.text() == "加标签")
    page.resize(700, 800)
    qtbot.waitUntil(lambda: bar.add_tag.text() == "")
    assert bar.add_tag.toolTip() == "加标签" and not bar.add_tag.icon().isNull()
    page.resize(1800, 800)
    qtbot.waitUntil(lambda: bar.add_tag.text() == "加标签")


def test_icons_are_drawn_at_the_device_pixel_ratio(qapp: Any, themed: Any) -> None:
    from PySide6.QtCore import QSize

    from ui import icons

    for key in icons.NAMES:
        assert (icons.FOLDER / f"{icons.NAMES[key]}.svg").exists(), key
    pixmap = icons.icon("undo").pixmap(QSize(18, 18), 2.0)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.width() == 36
    image = pixmap.toImage()
    inked = [image.pixelColor(x, y) for x in range(36) for y in range(36)]
    assert sum(c.alpha() > 0 for c in inked) > 40  # the glyph is there, not an empty square
    assert icons.icon("no such icon").isNull()


def test_icons_and_palette_follow_the_theme(qapp: Any, themed: Any) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPalette

    from ui import icons, theme

    def ink() -> set[str]:
        image = icons.icon("members").pixmap(QSize(24, 24), 1.0).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        }

    assert theme.LIGHT["icon"] in ink()
    window = qapp.palette().color(QPalette.ColorRole.Window).name()
    assert window == theme.LIGHT["window"]
    themed.set_mode("dark")
    assert theme.is_dark() and theme.DARK["icon"] in ink()
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == theme.DARK["window"]
    assert theme.DARK["surface"] in qapp.styleSheet()
    assert "{" + "surface}" not in qapp.styleSheet()  # every token was replaced


def test_system_mode_follows_the_color_scheme_signal(
    qapp: Any, themed: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import Qt

    from ui import theme

    system = {"dark": False}
    monkeypatch.setattr(theme, "system_is_dark", lambda _app: system["dark"])
    themed.set_mode("system")
    assert not theme.is_dark()
    hints = qapp.styleHints()
    system["dark"] = True  # what the platform says once the user switched
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark()
    themed.set_mode("light")  # a forced theme ignores the system
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_dark()
    system["dark"] = False
    themed.set_mode("system")
    assert not theme.is_dark()


def test_window_fits_1280_and_the_menu_sets_the_theme(
    open_main_window: Any, demo_ctx: Any, qtbot: Any, themed: Any
) -> None:
    from ui import theme

    window = open_main_window(demo_ctx)
    window.resize(1280, 720)
    for key in [p.key for p in window.pages()]:
        window.show_page(key)
        qtbot.waitUntil(lambda: window.env.tasks.idle and not window.env.runner.busy)
        assert window.minimumSizeHint().width() <= 1280, key
    window.show_page("members")
    window.theme_actions["dark"].trigger()
    assert theme.is_dark() and window.env.settings.get("ui/theme") == "dark"
    window.theme_actions["light"].trigger()
    assert not theme.is_dark() and window.env.settings.get("ui/theme") == "light"
    # 撤销 on the toolbar keeps its text; the full text is the tooltip.
    assert window.undo_button_action.text() == "撤销"
    assert not window.undo_button_action.icon().isNull()
    members = window.page("members")
    members.bulk_tags(members.model.ids[:2], ["工具栏"])
    qtbot.waitUntil(lambda: window.undo_button_action.isEnabled(), timeout=10_000)
    assert window.undo_button_action.text() == "撤销"
    assert window.undo_button_action.toolTip().startswith("撤销 ")


def test_settings_page_sets_theme_and_tray_in_step_with_the_menu(
    open_main_window: Any, demo_ctx: Any, qtbot: Any, themed: Any, qapp: Any
) -> None:
    """设置 → 外观与窗口 drives the 设置 menu's own actions: either place changes both, at
    once, and the page still does after a language switch rebuilt it."""
    from PySide6.QtWidgets import QRadioButton

    from app.settings.declared import CLOSE_TO_TRAY
    from ui import theme
    from ui.i18n import Language

    language = Language(qapp, "zh")
    try:
        window = open_main_window(demo_ctx, language=language)
        env = window.env
        page = window.page("settings")
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            window.show_page("settings")
        titles = [page.sections.item(i).text() for i in range(page.sections.count())]
        page.sections.setCurrentRow(titles.index("外观与窗口"))

        def radio(code: str) -> Any:
            return page.appearance.findChild(QRadioButton, f"theme_{code}")

        qtbot.waitUntil(lambda: radio("light").isVisible())
        assert radio("light").isChecked() == window.theme_actions["light"].isChecked()
        radio("dark").click()  # the page: the theme now, the menu's tick, the stored mode
        assert theme.is_dark() and window.theme_actions["dark"].isChecked()
        assert env.settings.get("ui/theme") == "dark"
        window.theme_actions["light"].trigger()  # the menu: the page follows
        assert not theme.is_dark() and radio("light").isChecked() and not radio("dark").isChecked()

        tray, box = window.reminders.tray_action, page.appearance.tray_box
        assert not tray.isChecked() and not box.isChecked()  # off by default
        tray.setEnabled(True)  # as where the platform has a tray
        assert box.isEnabled()
        box.click()  # the page: the menu's action and the stored setting
        assert tray.isChecked() and window.reminders.close_to_tray
        qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
        assert env.ctx.settings.get(CLOSE_TO_TRAY) is True
        tray.trigger()  # the menu: the box follows
        assert not box.isChecked()
        qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
        assert env.ctx.settings.get(CLOSE_TO_TRAY) is False
        window.reminders.apply_close_setting(True)  # the stored value read back (another copy)
        assert box.isChecked() and tray.isChecked()
        window.reminders.apply_close_setting(False)

        window.switch_language("en")  # the page is built again: still bound
        qtbot.waitUntil(lambda: radio("dark") is not None and radio("dark").text() == "Dark")
        radio("dark").click()
        assert theme.is_dark() and window.theme_actions["dark"].isChecked()
        assert page.appearance.tray_box.text() == "Keep running in the tray when the window closes"
        window.switch_language("zh")
    finally:
        language.uninstall()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_check_boxes_and_radio_buttons_stand_out_in_both_themes(
    qapp: Any, themed: Any, qtbot: Any, mode: str
) -> None:
    """An unchecked box's outline must differ clearly from the window behind it (Fusion's own,
    on the dark theme, is one shade off), and a checked one shows the accent."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWidget

    from ui import theme

    themed.set_mode(mode)
    tokens = theme.DARK if mode == "dark" else theme.LIGHT
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    boxes = [QCheckBox("关闭窗口时最小化到托盘"), QRadioButton("深色")]
    checked = [QCheckBox("手机号打码"), QRadioButton("浅色")]
    for w in boxes + checked:
        layout.addWidget(w)
    for w in checked:
        w.setChecked(True)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    window = QColor(tokens["window"])

    def pixels(w: QWidget) -> list[QColor]:
        # The indicator sits at the left of the widget, 16 px square.
        top = w.geometry().top()
        left = w.geometry().left()
        return [
            image.pixelColor(x, y)
            for x in range(left, left + 18)
            for y in range(top, top + w.height())
        ]

    def distance(a: QColor, b: QColor) -> int:
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    for w in boxes:
        assert max(distance(p, window) for p in pixels(w)) >= 60, f"{mode}: {w.text()} fades"
    accent = QColor(tokens["accent"])
    for w in checked:
        assert min(distance(p, accent) for p in pixels(w)) <= 30, f"{mode}: {w.text()} unmarked"
