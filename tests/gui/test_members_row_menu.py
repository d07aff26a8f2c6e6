"""The table's right-click menu: opened as a user would, its actions act on the selection, undo reverts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from app.members.domain import MemberFilter
from app.members.member_ops import TrashMembers


def _right_click(page: Any, qtbot: Any, row: int) -> QMenu:
    pos = page.view.visualRect(page.model.index(row, 1)).center()
    page.view.customContextMenuRequested.emit(pos)  # what a right-click on the viewport sends
    menu = page.findChild(QMenu, "rowMenu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def _action(menu: QMenu, text: str) -> Any:
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def test_row_menu_trash_and_undo(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[4]
    menu = _right_click(page, qtbot, 4)
    assert page.selected_ids() == [member_id]  # the clicked row became the selection
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "加标签…",
        "批量设置",
        "合并这两位",
        "移到回收站",
    ]
    assert not _action(menu, "合并这两位").isEnabled()  # needs exactly two
    _action(menu, "移到回收站").trigger()
    menu.close()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == [member_id]
    assert page.model.row_of(member_id) is None
    assert env.stack_for("members").undoText() == "把 1 位成员移到回收站"
    env.stack_for("members").undo()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == []
    assert page.model.row_of(member_id) is not None
    _right_click(page, qtbot, 5).close()
    assert len(page.findChildren(QMenu, "rowMenu")) == 1  # reused, not one more per click


def test_row_menu_keeps_a_selection_and_sets_a_field(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    ids = page.model.ids[7:9]
    before = {m: env.ctx.members.get(m).status for m in ids}
    page.select_ids(ids)
    menu = _right_click(page, qtbot, 8)  # a row already selected: the selection stays
    assert sorted(page.selected_ids()) == sorted(ids)
    assert _action(menu, "合并这两位").isEnabled()
    settings = _action(menu, "批量设置").menu()
    status = _action(settings, "状态").menu()
    _action(status, "黑名单").trigger()
    menu.close()
    settle()
    assert {env.ctx.members.get(m).status for m in ids} == {"blocked"}
    env.stack_for("members").undo()
    settle()
    assert {m: env.ctx.members.get(m).status for m in ids} == before


def test_row_menu_add_tag_goes_to_the_tag_box(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    ids = page.model.ids[10:12]
    page.select_ids(ids)
    menu = _right_click(page, qtbot, 10)
    tag_input = page.bulk_bar.tag_input
    _action(menu, "加标签…").trigger()
    menu.close()
    # The window's focus child (it takes the keyboard once the window is active).
    assert page.window().focusWidget() is tag_input and tag_input.isVisible()
    tag_input.setText("右键标签")
    tag_input.returnPressed.emit()
    settle()
    tagged = MemberFilter(tags_all=("右键标签",))
    assert sorted(env.ctx.query.ids(tagged)) == sorted(ids)
    env.stack_for("members").undo()
    settle()
    assert env.ctx.query.ids(tagged) == []


def test_row_menu_in_trash_restores(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[12]
    env.ctx.run(TrashMembers((member_id,)))
    page.show_trash(True)
    settle()
    menu = _right_click(page, qtbot, 0)
    assert [a.text() for a in menu.actions()] == ["恢复", "永久删除…"]
    _action(menu, "恢复").trigger()
    menu.close()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == []
    env.stack_for("members").undo()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == [member_id]


def test_right_click_below_the_rows_opens_nothing(page: Any, qtbot: Any, settle: Any) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_search("绝对不存在zz")
    page.table_stack.setCurrentWidget(page.view)
    from ui.members import page_actions

    assert page_actions.row_menu(page, QPoint(5, 5)) is None
    assert page.findChild(QMenu, "rowMenu") is None
