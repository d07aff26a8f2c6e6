"""The 粘贴接龙 page: empty state, preview, confirming an unsure line, one-step import and undo,
and Ctrl+Shift+V from the main window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.paste.matching import AMBIGUOUS, DUPLICATE, MATCHED
from app.paste.service import order_lines


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


def _paste_purchases(env: Any) -> list[Any]:
    return [r for r in env.ctx.purchases.purchases() if r.source == "paste"]


def test_orders_preview_import_again_and_undo(paste_page: Any, qtbot: Any, settle: Any) -> None:
    page = paste_page
    page.kind.setCurrentIndex(page.kind.findData("orders"))
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page._fill_sample()
    settle()
    p = page.preview
    assert p is not None and p.kind == "orders" and p.product == "小棕瓶"
    texts = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
    assert texts[4] == "修护精华液×1 补水面膜（10片）×2"  # `精华×1 面膜×2`, by alias
    assert page.day.isEnabled() and page.product.isEnabled() and not page.activity.isEnabled()
    assert page.import_button.isEnabled()
    # the pinyin line is unsure: confirm it, then import
    unsure = next(x for x in p.entries if x.decision == AMBIGUOUS)
    pick = unsure.match.candidates[0]
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.choose_line(unsure.line.line, pick.member_id, pick.label)
    expected = [(o.member_id, o.product_id, o.quantity) for o in order_lines(page.preview)]
    chosen = page.preview.lines[unsure.line.line - 1]
    assert chosen.applies
    assert {(pick.member_id, i.product_id, i.quantity) for i in chosen.items} <= set(expected)
    assert f"将记 {len(expected)} 笔购买" in page.summary.text()
    before = {r.id for r in _paste_purchases(page.env)}  # the demo has pasted orders too
    with qtbot.waitSignal(page.recorded, timeout=10_000):
        page.import_lines()
    settle()
    stack = page.env.stack_for("paste")
    assert stack.count() == 1 and "购买" in stack.text(0)
    new = [r for r in _paste_purchases(page.env) if r.id not in before]
    assert sorted((r.member_id, r.product_id, r.quantity) for r in new) == sorted(expected)
    assert {r.bought_on for r in new} == {dt.date.today()}
    # the preview shown again says the lines are recorded, and there is nothing to import
    qtbot.waitUntil(
        lambda: page.preview is not None and bool(page.preview.recorded_lines()), timeout=10_000
    )
    settle()
    assert "以前已经记录过" in page.summary.text()
    assert not page.import_button.isEnabled()
    assert page.env.errors == []
    stack.undo()
    settle()
    assert {r.id for r in _paste_purchases(page.env)} == before
    qtbot.waitUntil(
        lambda: page.preview is not None and not page.preview.recorded_lines(), timeout=10_000
    )
    assert page.import_button.isEnabled()


def _sensitive(env: Any) -> str:
    """The nickname of a 敏感性 member no one else shares (a certain match)."""
    from collections import Counter

    from app.members.domain import MemberFilter

    rows = env.ctx.query.rows(env.ctx.query.ids(MemberFilter()))
    seen = Counter(n for r in rows for n in {r.nickname, r.name} if n)
    return next(r.nickname for r in rows if r.skin_type == "敏感性" and seen[r.nickname] == 1)


def test_orders_unsuitable_purchase_warns_before_and_after(
    paste_page: Any, qtbot: Any, settle: Any
) -> None:
    page = paste_page
    page.kind.setCurrentIndex(page.kind.findData("orders"))
    nick = _sensitive(page.env)
    _paste(page, qtbot, f"#接龙 酸水团购\n1. {nick} 酸水×1\n")
    settle()
    status = page.model.index(1, 5).data()
    assert "⚠ 敏感性肌肤，果酸类慎用" in status
    assert page.model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.banner.isHidden()
    with qtbot.waitSignal(page.recorded, timeout=10_000) as blocker:
        page.import_lines()
    settle()
    assert not page.banner.isHidden()
    assert "买了「果酸焕肤水」：敏感性肌肤，果酸类慎用" in page.banner.text()
    assert any("果酸类慎用" in m for m in page.env.messages)
    ids = blocker.args[0].value.ids
    (row,) = [r for r in _paste_purchases(page.env) if r.id in ids]
    assert row.warning == "敏感性肌肤，果酸类慎用"


def test_orders_unknown_product_is_refused_on_the_page(
    paste_page: Any, qtbot: Any, settle: Any
) -> None:
    page = paste_page
    page.kind.setCurrentIndex(page.kind.findData("orders"))
    nick = _sensitive(page.env)
    before = len(_paste_purchases(page.env))
    _paste(page, qtbot, f"#接龙\n1. {nick} 眼霜×1\n")
    settle()
    assert "第 2 行的「眼霜」不是已有的产品" in page.summary.text()
    assert not page.import_button.isEnabled()
    assert "眼霜" in page.import_button.toolTip()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.skip_line()
    assert page.preview.entries[0].problem == "跳过"
    assert page.model.index(1, 5).data() == "跳过"
    assert not page.import_button.isEnabled()
    assert len(_paste_purchases(page.env)) == before


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


def _member_count(env: Any) -> int:
    from app.members.domain import MemberFilter

    return len(env.ctx.query.ids(MemberFilter()))


def test_an_unmatched_line_is_skipped_or_becomes_a_new_member(
    paste_page: Any, qtbot: Any, settle: Any
) -> None:
    from app.paste.matching import UNMATCHED

    page = paste_page
    camp = _camp(page)
    page.kind.setCurrentIndex(page.kind.findData("signups"))
    _paste(page, qtbot, "报名\n犇犇囧\n")
    settle()
    line = next(x for x in page.preview.entries if x.decision == UNMATCHED)
    row = page.preview.lines.index(line)
    assert "跳过" in page.model.index(row, 5).data()  # the default: skipped
    assert not page.import_button.isEnabled()
    page.table.selectRow(row)
    assert page.create_button.isEnabled() and page.create_button.text() == "新建成员"
    before = _member_count(page.env)
    with qtbot.waitSignal(page.previewed, timeout=10_000):
        page.create_button.click()
    settle()
    assert page.preview.new_members() == ("犇犇囧",)
    assert page.model.index(row, 2).data() == "新成员「犇犇囧」"
    assert "新建 1 位成员" in page.summary.text() and page.import_button.isEnabled()
    with qtbot.waitSignal(page.recorded, timeout=10_000):
        page.import_lines()
    settle()
    stack = page.env.stack_for("paste")
    assert "新建 1 位成员" in stack.text(stack.count() - 1)
    assert _member_count(page.env) == before + 1
    from sqlalchemy import select

    from db.models import Member
    from db.models_community import Signup

    with page.env.ctx.session_factory() as s:
        signed = s.execute(
            select(Member.nickname)
            .join(Signup, Signup.member_id == Member.id)
            .where(Signup.activity_id == camp.id)
        ).scalars()
        assert "犇犇囧" in set(signed)
    # shown again: she is a member now and already signed up, nothing more to import
    qtbot.waitUntil(
        lambda: page.preview is not None and bool(page.preview.recorded_lines()), timeout=10_000
    )
    assert page.preview.new_members() == () and not page.import_button.isEnabled()
    stack.undo()
    settle()
    assert _member_count(page.env) == before
    assert page.env.errors == []
