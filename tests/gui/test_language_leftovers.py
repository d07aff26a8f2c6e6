"""After a live language switch no text of the other language is left anywhere in the window.

Every page is shown in turn and every visible widget read: texts, titles, tooltips,
placeholders, combo items, tab, list and table items, the first rows of every table, header
labels, and every menu and toolbar action (a button's menu too) — with an undo step already
pushed (its 撤销 text) and the window's non-modal dialogs open (操作记录, 快捷键, 关于, 导入记录).
The undo steps on the stacks name translated words (a status, a setting's title, a group role, a
member without a name), which must follow the switch too. English shows no Chinese punctuation
of the kinds the window writes itself either: a list's 、, a member's 「」（#12）.
What comes from the database (names, tags, groups, products, demo content) is removed from a text
before it is judged, by construction: the set of strings is read from every table, with the
declared defaults of the vocabularies the user edits (warning reasons, activity kinds …); the
keys of a fixed vocabulary stored in Chinese (the group roles) are words of the window, not data.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Chinese punctuation the window writes around data: a list's separator, a member's naming.
PUNCTUATION = re.compile(r"[、（）「」：，。；【】]")
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


# Columns (and audit keys) holding a fixed vocabulary by its Chinese key: shown by translated
# labels, so these stored values are not data that may stay as typed.
VOCABULARY_KEYS = {"role_in_group"}


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
                if k not in VOCABULARY_KEYS:
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
            columns = [c for c in table.columns if c.name not in VOCABULARY_KEYS]
            for row in s.execute(select(*columns)):
                for value in row:
                    add(value)
    return sorted((t for t in found if t.strip()), key=len, reverse=True)


def _english() -> list[str]:
    """The English texts of shequn_en.ts."""
    import xml.etree.ElementTree as ET

    from ui.i18n import TRANSLATIONS

    tree = ET.parse(TRANSLATIONS / "shequn_en.ts")
    return [t.text or "" for t in tree.getroot().iter("translation") if t.get("type") is None]


def _kept_in_english() -> set[str]:
    """Chinese words the English translation keeps on purpose (接龙, 快团团, quoted chat lines):
    the CJK runs found in the translations of shequn_en.ts themselves."""
    runs: set[str] = set()
    for text in _english():
        runs.update(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", text))
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
        QHeaderView,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QPlainTextEdit,
        QPushButton,
        QTabBar,
        QTableWidget,
        QTextEdit,
        QToolButton,
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
        if isinstance(w, QPushButton | QToolButton) and w.menu() is not None:
            actions(f"{name} menu", w.menu())
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
            if not isinstance(w, QHeaderView | QTableWidget):  # a header shows its view's model
                for r in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
                    for c in range(columns):
                        text = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
                        put(f"{name} cell", text if isinstance(text, str) else "")
    return [(where, text) for where, text in out if text not in names]


ROWS_READ = 8  # the first rows of each table: what the window writes around data is in them


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


def _idle(window: Any, qtbot: Any) -> None:
    env = window.env
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)


def _run(qtbot: Any, coro: Any) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def _nameless_member(ctx: Any) -> int:
    """A member in two groups or more, never warned, her nickname and name then emptied (as an
    import by 微信号 alone leaves her)."""
    from sqlalchemy import update

    from app.members.domain import MemberFilter
    from db.models import Member

    warned = {w.member_id for w in ctx.care.warnings()}
    member = next(
        r.id
        for r in ctx.query.first_rows(MemberFilter(statuses=("active",)), 300)
        if r.id not in warned and len(r.groups) >= 2
    )
    with ctx.session_factory() as s:
        s.execute(update(Member).where(Member.id == member).values(nickname="", name=""))
        s.commit()
    return member


def _warn(window: Any, qtbot: Any, member: int) -> list[str]:
    """Warn her on the 警告与押金 page, saying no to a removal; the questions asked."""
    page = window.page("warnings")
    window.show_page("warnings")
    _idle(window, qtbot)
    questions: list[str] = []
    page.ask = lambda q: questions.append(q) or False
    _run(qtbot, page.warn(member, "刷屏"))
    _idle(window, qtbot)
    return questions


def _set_a_group_role(window: Any, qtbot: Any) -> Any:
    """Make the first member of the first group with members its 群主; the Groups page."""
    from PySide6.QtCore import QItemSelectionModel

    from ui.groups.page_edits import set_role

    page = window.page("groups")
    window.show_page("groups")
    qtbot.waitUntil(lambda: bool(page.groups.rows), timeout=10_000)
    page.select_group(next(g.id for g in page.groups.rows if g.member_count))
    qtbot.waitUntil(lambda: bool(page.members.rows), timeout=10_000)
    page.members_view.selectionModel().select(
        page.members.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    set_role(page, "群主")
    qtbot.waitUntil(lambda: page.members.rows[0].role_in_group == "群主", timeout=10_000)
    return page


def _list_fields() -> tuple[str, ...]:
    """The settings' list fields: their text is input, written with 、 in either language."""
    from ui.settings.fields import ListField

    found, todo = [ListField], [ListField]
    while todo:
        subclasses = todo.pop().__subclasses__()
        found += subclasses
        todo += subclasses
    return tuple(f"{c.__name__}#" for c in found)


def test_no_chinese_left_in_english_and_no_english_left_in_chinese(
    window: Any, qtbot: Any, demo_ctx: Any
) -> None:
    from app.settings.declared import WARNING_REASONS
    from ui.members.member_table_model import COLUMN_KEYS

    env = window.env
    members = window.page("members")
    members.bulk_tags(members.model.ids[:3], ["走查"])  # a step on the stack: its 撤销 text
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    members.select_ids(members.model.ids[:3])  # the bulk bar and its count
    # Steps whose texts name translated words, each on top of its page's stack: a status (stored
    # as a key, shown by its label), a setting's title, a member without a name and a group role
    # (stored by its Chinese key, shown by its label).
    members.bulk_bar.field_requested.emit("status", "blocked")
    settings = window.page("settings")
    with qtbot.waitSignal(settings.loaded, timeout=10_000):
        window.show_page("settings")
    reasons = settings.fields[WARNING_REASONS]
    reasons.setText(reasons.text() + "、走查原因")
    reasons.editingFinished.emit()
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    nameless = _nameless_member(demo_ctx)
    assert _warn(window, qtbot, nameless) == []  # her first warning: no question
    groups = _set_a_group_role(window, qtbot)
    window.show_page("members")
    history = window.import_actions[1]  # 文件 → 导入记录…
    for action in (window.audit_action, window.shortcuts_action, window.about_action, history):
        action.trigger()  # the non-modal dialogs stay open through both switches
    data = [d for d in _db_strings(demo_ctx) if CJK.search(d) or WORD.search(d)]
    before = _walk(window, qtbot)
    steps = {
        "撤销 把 3 位成员的状态设为 黑名单",
        "撤销 修改设置「警告原因」",
        f"撤销 警告 「未命名」（#{nameless}）",
        "撤销 把 1 位成员的群内角色设为 群主",
    }
    seen = {text for _p, _w, text in before}
    assert {"操作记录", "快捷键", "关于社群管家", "导入记录", *steps} <= seen
    assert {"群主", "管理员", "成员", "组长", f"未命名（#{nameless}）"} <= seen  # menu, cells
    window.show_page("members")

    # The switch repaints the tables whose cells it words: the members' tag lists (their
    # separator), the group roles.
    repainted: list[tuple[str, int, int, int]] = []
    for key, model in (("members", members.model), ("groups", groups.members)):
        model.dataChanged.connect(
            lambda top, bottom, *_roles, key=key: repainted.append(
                (key, top.column(), bottom.column(), bottom.row())
            )
        )
    _switch(window, "en")
    tags, role = COLUMN_KEYS.index("tags"), 2
    assert any(k == "members" and a <= tags <= b for k, a, b, _r in repainted), repainted
    assert any(k == "groups" and a <= role <= b and r >= 0 for k, a, b, r in repainted)
    english = _walk(window, qtbot)
    shown = {text for _p, _w, text in english}
    assert {"Members", "&File", "Undo"} <= shown and len(english) > 500  # the walk saw it all
    assert {"Operation log", "Keyboard shortcuts", "About Shequn", "Import history"} <= shown
    # The steps pushed in Chinese, their translated words (a status, a setting) in English too.
    assert {
        "Undo Set status of 3 members to Blocked",
        "Undo Change setting “Warning reasons”",
        f"Undo Warn “unnamed” (#{nameless})",
        "Undo Set the role in group of 1 members to Owner",
    } <= shown
    assert {"Owner", "Admin", "Member", "Leader", f"unnamed (#{nameless})"} <= shown
    assert env.stack_for("members").text(0) == "Tag 3 members with 走查"
    kept = _kept_in_english()

    def chinese(text: str) -> bool:
        runs = re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", _strip(text, data))
        return any(run not in kept for run in runs)

    chinese_left = sorted({(page, where, text) for page, where, text in english if chinese(text)})
    assert not chinese_left, "Chinese left after switching to English:\n" + "\n".join(
        f"  [{p}] {w}: {t!r}" for p, w, t in chinese_left
    )
    # Chinese punctuation the window writes itself; a translation that keeps some (a pasted chat
    # line, 0、50、150 as the levels are typed) is shown as it is.
    translated = set(_english())
    typed = _list_fields()

    def punctuation(where: str, text: str) -> bool:
        if text in translated or where.startswith(typed):
            return False
        return bool(PUNCTUATION.search(_strip(text, data)))

    punctuation_left = sorted({(p, w, t) for p, w, t in english if punctuation(w, t)})
    assert not punctuation_left, "Chinese punctuation left in English:\n" + "\n".join(
        f"  [{p}] {w}: {t!r}" for p, w, t in punctuation_left
    )
    # Her second warning asks in English, naming her and listing her groups the English way.
    proposal = demo_ctx.care.proposal(nameless)
    (question,) = _warn(window, qtbot, nameless)
    assert f"This is warning #2 for “unnamed” (#{nameless})" in question
    assert f"end her membership of {', '.join(proposal.groups)}" in question
    assert not chinese(question) and not punctuation("question", question), question

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
