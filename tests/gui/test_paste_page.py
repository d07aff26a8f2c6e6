"""The 粘贴接龙 page: empty state, preview, confirming an unsure line, one-step import and undo,
and Ctrl+Shift+V from the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.paste.matching import AMBIGUOUS, DUPLICATE, MATCHED


@pytest.fixture
def paste_page(env: Any, qtbot: Any, settle: Any) -> Iterator[Any]:
    from ui.paste.paste_page import PastePage

    page = PastePage(env)
    page.resize(1300, 850)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.activity.count() > 0, timeout=10_000)
    settle()
    yield page
    settle()
    page.close()
    page.deleteLater()


def _camp(page: Any) -> Any:
    today = dt.date.today()
    camp = next(
        a
        for a in page.env.ctx.activities.list_activities()
        if a.kind == "打卡营" and a.start <= today <= a.end
    )
    page.activity.setCurrentIndex(page.activity.findData(camp.id))
    return camp


def _paste(page: Any, qtbot: Any, text: str) -> None:
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.paste_text(text)


def test_empty_state_shows_an_example(paste_page: Any) -> None:
    assert paste_page.views.currentWidget() is paste_page.empty
    assert "#接龙" in paste_page.empty.text()
    assert not paste_page.import_button.isEnabled()


def test_checkins_confirm_import_and_undo(paste_page: Any, qtbot: Any, settle: Any) -> None:
    page = paste_page
    camp = _camp(page)
    page.kind.setCurrentIndex(page.kind.findData("checkins"))
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page._fill_sample()
    settle()
    p = page.preview
    assert p is not None and p.kind == "checkins"
    unsure = next(x for x in p.entries if x.decision == AMBIGUOUS)
    assert page.model.rowCount() == len(p.lines)
    before = sum(x.applies for x in p.entries)
    pick = unsure.match.candidates[0]
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.choose_line(unsure.line.line, pick.member_id, pick.label)
    assert sum(x.applies for x in page.preview.entries) == before + 1
    assert page.import_button.isEnabled()
    page.table.selectRow(next(i for i, x in enumerate(page.preview.lines) if x.applies))
    skipped = page._current().line.line
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.skip_line()
    assert skipped not in {x.line.line for x in page.preview.entries if x.applies}
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.skip_line()
    assert skipped in {x.line.line for x in page.preview.entries if x.applies}
    recorded = set(page.preview.member_ids())
    # lines the demo had already checked in today show as such and are not imported again
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.import_lines()
    settle()
    stack = page.env.stack_for("paste")
    assert stack.count() == 1
    qtbot.waitUntil(
        lambda: (
            page.preview is not None
            and all(
                x.decision == DUPLICATE
                for x in page.preview.entries
                if x.match and x.match.member_id in recorded
            )
        ),
        timeout=10_000,
    )
    assert page.env.errors == []
    stack.undo()
    settle()
    qtbot.waitUntil(
        lambda: (
            page.preview is not None and any(x.decision == MATCHED for x in page.preview.entries)
        ),
        timeout=10_000,
    )
    assert camp.id == page.preview.activity_id


def test_orders_preview_is_not_imported_here(paste_page: Any, qtbot: Any, settle: Any) -> None:
    page = paste_page
    page.kind.setCurrentIndex(page.kind.findData("orders"))
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page._fill_sample()
    settle()
    assert page.preview is not None and page.preview.kind == "orders"
    texts = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
    assert "精华×1 面膜×2" in texts
    assert not page.import_button.isEnabled()


def test_text_without_entries_says_so(paste_page: Any, qtbot: Any) -> None:
    _paste(paste_page, qtbot, "#接龙\n---\n")
    assert "没有找到任何" in paste_page.summary.text()
    assert paste_page.views.currentWidget() is paste_page.empty


def test_ctrl_shift_v_opens_the_page_with_the_clipboard(env: Any, qtbot: Any, settle: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    from ui.main_window import MainWindow
    from ui.shell_pages import build_pages, install_window_hooks

    window = MainWindow(env, build_pages(env))
    install_window_hooks(window)
    window.show()
    QGuiApplication.clipboard().setText("今天打卡\n小美\n院长\n")
    page = window.page("paste")
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        window.paste_action.trigger()
    assert window.current_page() is page
    assert page.text.toPlainText().startswith("今天打卡")
    assert window.paste_action.shortcut().toString() == "Ctrl+Shift+V"
    settle()
    window.close()
    window.deleteLater()
