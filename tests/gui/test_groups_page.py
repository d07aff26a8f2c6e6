"""The Groups page: create a group, add members from the Members page, roles, leave, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.members.domain import GroupInfo, GroupMemberRow
from ui.groups.group_models import GroupMemberModel, GroupTableModel, ordered


@pytest.fixture
def groups_page(env: Any, qtbot: Any) -> Iterator[Any]:
    from ui.groups.groups_page import GroupsPage

    page = GroupsPage(env)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.groups_shown, timeout=10_000):
        page.activate()
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    yield page
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    page.close()
    page.deleteLater()


def _names(page: Any) -> list[str]:
    return [g.name for g in page.groups.rows]


def _group(page: Any, name: str) -> GroupInfo:
    return next(g for g in page._all if g.name == name)


def test_page_lists_groups_with_subgroups_under_their_group(groups_page: Any) -> None:
    names = _names(groups_page)
    vip = names.index("VIP 付费会员群")
    assert names[vip + 1].startswith("VIP 打卡小组")
    cell = groups_page.groups.index(vip, 2).data()
    assert "/500" in cell and "%" in cell
    sub = groups_page.groups.index(vip + 1, 0).data()
    assert sub.startswith("　└ ")


def test_create_group_add_members_from_members_page_and_undo(
    env: Any, page: Any, groups_page: Any, qtbot: Any, settle: Any
) -> None:
    from ui.groups.page_edits import create_group

    create_group(groups_page, {"name": "护肤交流9群", "platform": "wechat", "capacity": 4})
    qtbot.waitUntil(lambda: "护肤交流9群" in _names(groups_page), timeout=10_000)
    settle()
    gid = _group(groups_page, "护肤交流9群").id
    assert groups_page.selected_group().id == gid  # the new group is selected

    # The Members page's bulk bar: select 4 members, 加入群 → the new group.
    chosen = page.model.ids[:4]
    page.select_ids(chosen)
    page.bulk_bar.group_requested.emit(gid, "护肤交流9群")
    settle()
    qtbot.waitUntil(lambda: len(groups_page.members.rows) == 4, timeout=10_000)
    assert _group(groups_page, "护肤交流9群").member_count == 4
    assert groups_page.warning.isVisible() and "100%" in groups_page.warning.text()
    assert any("4/4" in m for m in env.messages)  # the 90 % warning reached the user

    # A fifth member is refused with the numbers; nothing is written.
    page.select_ids(page.model.ids[4:5])
    page.bulk_bar.group_requested.emit(gid, "护肤交流9群")
    settle()
    assert "最多 4 人" in str(env.errors[-1])
    assert _group(groups_page, "护肤交流9群").member_count == 4

    # Role and leave on the Groups page, then undo them on its own stack.
    sel = groups_page.members_view.selectionModel()
    sel.select(
        groups_page.members.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    from ui.groups.page_edits import leave, set_role

    set_role(groups_page, "管理员")
    settle()
    qtbot.waitUntil(lambda: "管理员" in [r.role_in_group for r in groups_page.members.rows])
    sel.select(
        groups_page.members.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    leave(groups_page)
    settle()
    qtbot.waitUntil(lambda: len(groups_page.members.rows) == 3, timeout=10_000)
    groups_page.member_filter.setCurrentIndex(1)  # 已退群
    qtbot.waitUntil(lambda: len(groups_page.members.rows) == 1, timeout=10_000)
    assert groups_page.members.rows[0].left == dt.date.today()

    stack = env.stack_for("groups")
    stack.undo()  # the leave
    settle()
    qtbot.waitUntil(lambda: groups_page.members.rows == [], timeout=10_000)
    stack.undo()  # the role
    settle()
    assert "管理员" not in [r.role_in_group for r in groups_page.members.rows]
    env.stack_for("members").undo()  # the join, on the Members page's own stack
    settle()
    qtbot.waitUntil(lambda: _group(groups_page, "护肤交流9群").member_count == 0)
    stack.undo()  # the group
    settle()
    qtbot.waitUntil(lambda: "护肤交流9群" not in _names(groups_page), timeout=10_000)


def test_archived_groups_hide_behind_the_toggle(
    env: Any, groups_page: Any, qtbot: Any, settle: Any
) -> None:
    from ui.groups.page_edits import toggle_archive

    groups_page.select_group(_group(groups_page, "福利团购群").id)
    toggle_archive(groups_page)
    settle()
    qtbot.waitUntil(lambda: "福利团购群" not in _names(groups_page), timeout=10_000)
    groups_page.show_archived.setChecked(True)
    assert "福利团购群" in _names(groups_page)
    env.stack_for("groups").undo()
    settle()
    qtbot.waitUntil(lambda: not _group(groups_page, "福利团购群").archived, timeout=10_000)


def test_empty_database_shows_what_to_do(qloop: Any, ctx: Any, qtbot: Any) -> None:
    from ui.env import UiEnv
    from ui.groups.groups_page import GroupsPage
    from ui.runner import DbRunner

    env = UiEnv(ctx=ctx, runner=DbRunner(), show_error=lambda e: None, show_message=lambda t: None)
    page = GroupsPage(env)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.groups_shown, timeout=10_000):
        page.activate()
    assert page.left_stack.currentWidget() is page.empty
    assert "新建群" in page.empty.text()
    assert page.right_stack.currentWidget() is page.members_empty
    assert page.members_empty.text() == page.group_title.text() != ""
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    env.runner.shutdown()


def test_models_pass_qtmodeltester(qtmodeltester: Any) -> None:
    groups = [
        GroupInfo(1, "大群", "wechat", 500, None, None, 460, "", False, ""),
        GroupInfo(2, "小组", "wechat", 15, 1, 7, 15, "", False, "小美"),
        GroupInfo(3, "旧群", "qq", 2000, None, None, 0, "", True, ""),
    ]
    model = GroupTableModel()
    model.set_rows(ordered(groups, show_archived=True))
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ordered(groups, show_archived=False))
    assert [g.id for g in model.rows] == [1, 2]
    members = GroupMemberModel()
    members.set_rows(
        [
            GroupMemberRow(1, 7, "小美", "美美", "群主", dt.date(2025, 1, 1), None),
            GroupMemberRow(2, 8, "院长", "", "", None, dt.date(2025, 3, 1)),
        ]
    )
    qtmodeltester.check(members, force_py=True)
    members.set_rows([])
    assert members.rowCount() == 0


def test_move_dialog_and_move_from_the_groups_page(
    env: Any, groups_page: Any, qtbot: Any, settle: Any
) -> None:
    from ui.groups.group_actions import MoveDialog, move

    groups = groups_page._all
    source = _group(groups_page, "护肤交流1群")
    target = _group(groups_page, "QQ 护肤粉丝群")
    dialog = MoveDialog(groups, 3, groups_page, source_id=source.id)
    qtbot.addWidget(dialog)
    assert dialog.source.currentData() == source.id
    dialog.target.setCurrentIndex(dialog.target.findData(source.id))
    assert dialog.choice() is None  # same group: nothing to do
    dialog.target.setCurrentIndex(dialog.target.findData(target.id))
    assert dialog.choice() == (source, target)

    groups_page.select_group(source.id)
    qtbot.waitUntil(lambda: len(groups_page.members.rows) == source.member_count)
    moved = [r.member_id for r in groups_page.members.rows[:3]]
    move(env, "groups", moved, source, target)
    settle()
    qtbot.waitUntil(
        lambda: _group(groups_page, "QQ 护肤粉丝群").member_count == target.member_count + 3
    )
    assert _group(groups_page, "护肤交流1群").member_count == source.member_count - 3
    env.stack_for("groups").undo()
    settle()
    qtbot.waitUntil(lambda: _group(groups_page, "护肤交流1群").member_count == source.member_count)


def test_group_dialog_gives_only_what_changed(qtbot: Any) -> None:
    from ui.groups.group_dialog import GroupDialog

    group = GroupInfo(1, "大群", "wechat", 500, None, None, 10, "备注", False, "")
    dialog = GroupDialog(None, group=group)
    qtbot.addWidget(dialog)
    assert dialog.values() == {}
    dialog.name.setText("大群改名")
    dialog.capacity.setValue(480)
    assert dialog.values() == {"name": "大群改名", "capacity": 480}
    new = GroupDialog(None)
    qtbot.addWidget(new)
    new.platform.setCurrentIndex(new.platform.findData("qq"))
    assert new.capacity.value() == 2000
