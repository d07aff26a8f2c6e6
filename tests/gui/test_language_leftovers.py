"""After a live language switch no text of the other language is left anywhere in the window.

Every page is shown in turn and every visible widget read: texts, titles, tooltips,
placeholders, combo items, tab, list and table items, header labels, and every menu and toolbar
action — with an undo step already pushed (its 撤销 text) and the window's non-modal dialogs
open (操作记录, 快捷键, 关于, 导入记录). The undo steps on the stacks name translated words (a
status, a setting's title), which must follow the switch too.
What comes from the database (names, tags, groups, products, demo content) is removed from a text
before it is judged, by construction: the set of strings is read from every table, with the
declared defaults of the vocabularies the user edits (warning reasons, activity kinds …).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z]{2,}")
# Names that stay as they are in Chinese: brands, file types, keys.
BRANDS = {
    "Excel", "WPS", "CSV", "QQ", "ID", "Ctrl", "Shift", "Alt", "Del", "Esc", "Enter", "Tab",
    "English", "Shequn", "SQLite", "PostgreSQL", "xlsx", "xls", "csv", "ics", "Backspace",
    "SPF", "PA", "PNG", "PDF", "URL", "KPI", "xm", "Home", "End", "PgUp", "PgDown", "Space",
    "Return", "Ins", "Up", "Down", "Left", "Right", "ISC", "MIT", "Qt", "Python", "AM", "PM",
}  # fmt: skip


@pytest.fixture
def window(open_main_window: Any, qapp: Any, demo_ctx: Any) -> Iterator[Any]:
    from ui.i18n import Language

    language = Language(qapp, "zh")
    yield open_main_window(demo_ctx, language=language)
    language.uninstall()  # the test QApplication is shared: leave it untranslated


def _db_strings(ctx: Any) -> list[str]:
    """Every text stored in the database (JSON values too), longest first."""
    from sqlalchemy import select

    import db.models_all  # noqa: F401  (every table on the metadata)
    from db.models import Base

    found: set[str] = set()

    def add(value: Any) -> None:
        if isinstance(value, str):
            if value.startswith(("{", "[")):
                try:
                    add(json.loads(value))
                except ValueError:
                    pass
            found.add(value)
            found.update(p.strip() for p in re.split(r"[、,，;；|\n]", value))  # lists as text
        elif isinstance(value, dict):
            for k, v in value.items():
                add(k)
                add(v)
        elif isinstance(value, list | tuple):
            for v in value:
                add(v)

    from app.settings.declared import DECLARED

    for d in DECLARED.values():  # the vocabularies the user edits (warning reasons, kinds …)
        add(d.default)
    with ctx.session_factory() as s:
        for table in Base.metadata.sorted_tables:
            if table.name.startswith("match_"):
                continue  # the paste step's match keys (single characters too): never shown
            for row in s.execute(select(table)):
                for value in row:
                    add(value)
    return sorted((t for t in found if t.strip()), key=len, reverse=True)


def _kept_in_english() -> set[str]:
    """Chinese words the English translation keeps on purpose (接龙, 快团团, quoted chat lines):
    the CJK runs found in the translations of shequn_en.ts themselves."""
    import xml.etree.ElementTree as ET

    from ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "shequn_en.ts")
    runs: set[str] = set()
    for translation in tree.getroot().iter("translation"):
        runs.update(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", translation.text or ""))
    return runs


def _texts(window: Any) -> list[tuple[str, str]]:
    """(where, text) for every text the window shows now."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QDialog,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QTabBar,
        QTableWidget,
        QTextEdit,
        QTreeWidget,
        QWidget,
    )

    out: list[tuple[str, str]] = []

    def put(where: str, text: Any) -> None:
        if isinstance(text, str) and text:
            out.append((where, text))

    def actions(where: str, menu: Any, depth: int = 0) -> None:
        for action in menu.actions():
            put(f"{where} › action", action.text())
            put(
                f"{where} › action tip",
                action.toolTip() if action.toolTip() != action.text() else "",
            )
            if action.menu() is not None and depth < 4:
                actions(f"{where} › {action.text()}", action.menu(), depth + 1)

    actions("menu bar", window.menuBar())
    actions("toolbar", window.toolbar)
    put("window title", window.windowTitle())
    # The language menu names each language in itself (中文, English).
    names = {a.text() for a in window.language_actions.values()}
    for w in window.findChildren(QWidget):
        if not w.isVisible() or isinstance(w, QMenu):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        put(f"{name} tooltip", w.toolTip())
        if isinstance(w, QDialog):
            put(f"{name} title", w.windowTitle())
        if isinstance(w, QLabel | QAbstractButton):
            put(name, w.text())
        if isinstance(w, QGroupBox):
            put(name, w.title())
        if isinstance(w, QLineEdit):
            put(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QPlainTextEdit | QTextEdit):
            put(f"{name} placeholder", w.placeholderText())
        if isinstance(w, QAbstractSpinBox):
            put(name, w.text())
            put(f"{name} special", w.specialValueText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                put(f"{name} item", w.itemText(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                put(f"{name} tab", w.tabText(i))
                put(f"{name} tab tip", w.tabToolTip(i))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                put(f"{name} item", w.item(i).text())
        if isinstance(w, QTableWidget):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    put(f"{name} cell", item.text() if item is not None else "")
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            for c in range(header.columnCount()):
                put(f"{name} header", header.text(c))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            from PySide6.QtCore import QModelIndex

            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # the private models of QListWidget/QTreeWidget: read above
                columns = 0
            for c in range(columns):
                text = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                put(f"{name} header", text if isinstance(text, str) else "")
    return [(where, text) for where, text in out if text not in names]


def _live_pages(window: Any) -> list[str]:
    """The pages that switch at once; the others are named in the switch's message ("… will
    follow the next time"), so their texts are not judged here."""
    from ui.page import Page

    return [p.key for p in window.pages() if type(p).retranslate is not Page.retranslate]


def _walk(window: Any, qtbot: Any) -> list[tuple[str, str, str]]:
    """(page, where, text) over every live page of the window, each shown and loaded; the texts
    of the shell (menus, toolbar, sidebar) are read on every page too."""
    env = window.env
    seen: list[tuple[str, str, str]] = []
    for key in _live_pages(window):
        window.show_page(key)
        qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=20_000)
        qtbot.wait(30)
        seen += [(key, where, text) for where, text in _texts(window)]
    return seen


def _strip(text: str, data: list[str]) -> str:
    for d in data:
        if d in text:
            text = text.replace(d, " ")
    return text


def _switch(window: Any, code: str) -> None:
    window.switch_language(code)


def test_no_chinese_left_in_english_and_no_english_left_in_chinese(
    window: Any, qtbot: Any, demo_ctx: Any
) -> None:
    from app.settings.declared import WARNING_REASONS

    env = window.env
    members = window.page("members")
    members.bulk_tags(members.model.ids[:3], ["走查"])  # a step on the stack: its 撤销 text
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    members.select_ids(members.model.ids[:3])  # the bulk bar and its count
    # Steps whose texts name translated words, each on top of its page's stack: a status (stored
    # as a key, shown by its label) and a setting's title.
    members.bulk_bar.field_requested.emit("status", "blocked")
    settings = window.page("settings")
    with qtbot.waitSignal(settings.loaded, timeout=10_000):
        window.show_page("settings")
    reasons = settings.fields[WARNING_REASONS]
    reasons.setText(reasons.text() + "、走查原因")
    reasons.editingFinished.emit()
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    window.show_page("members")
    history = window.import_actions[1]  # 文件 → 导入记录…
    for action in (window.audit_action, window.shortcuts_action, window.about_action, history):
        action.trigger()  # the non-modal dialogs stay open through both switches
    data = [d for d in _db_strings(demo_ctx) if CJK.search(d) or WORD.search(d)]
    before = _walk(window, qtbot)
    steps = {"撤销 把 3 位成员的状态设为 黑名单", "撤销 修改设置「警告原因」"}
    assert {"操作记录", "快捷键", "关于社群管家", "导入记录", *steps} <= {
        text for _p, _w, text in before
    }
    window.show_page("members")

    _switch(window, "en")
    english = _walk(window, qtbot)
    shown = {text for _p, _w, text in english}
    assert {"Members", "&File", "Undo"} <= shown and len(english) > 500  # the walk saw it all
    assert {"Operation log", "Keyboard shortcuts", "About Shequn", "Import history"} <= shown
    # The steps pushed in Chinese, their translated words (a status, a setting) in English too.
    assert {"Undo Set status of 3 members to Blocked", "Undo Change setting “Warning reasons”"} <= (
        shown
    )
    assert env.stack_for("members").text(0) == "Tag 3 members with 走查"
    kept = _kept_in_english()

    def chinese(text: str) -> bool:
        runs = re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", _strip(text, data))
        return any(run not in kept for run in runs)

    chinese_left = sorted({(page, where, text) for page, where, text in english if chinese(text)})
    assert not chinese_left, "Chinese left after switching to English:\n" + "\n".join(
        f"  [{p}] {w}: {t!r}" for p, w, t in chinese_left
    )

    _switch(window, "zh")
    after = _walk(window, qtbot)
    assert steps <= {text for _p, _w, text in after}
    known = {text for _p, _w, text in before}

    def english_words(text: str) -> set[str]:
        return set(WORD.findall(_strip(text, data))) - BRANDS

    english_left = sorted(
        {
            (page, where, text)
            for page, where, text in after
            if text not in known and english_words(text)
        }
    )
    assert not english_left, "English left after switching back to Chinese:\n" + "\n".join(
        f"  [{p}] {w}: {t!r}" for p, w, t in english_left
    )
