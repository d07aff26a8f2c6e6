"""合并 through its dialog (survivor and field choices, one undo step) and 新建成员 (Ctrl+N)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.errors import NotFoundError
from app.members.domain import MemberFilter


def _pair_with_different_cities(env: Any, ids: list[int]) -> tuple[int, int]:
    details = {m: env.ctx.members.get(m) for m in ids[:60]}
    for a in ids[:60]:
        for b in ids[:60]:
            da, db = details[a], details[b]
            if a < b and da.city and db.city and da.city != db.city and da.nickname != db.nickname:
                return a, b
    raise AssertionError("the demo has no two members in different cities")


def _open_merge(page: Any, qtbot: Any, a: int, b: int) -> Any:
    page.merge_dialog = None
    page.select_ids([a, b])
    assert page.bulk_bar.merge_button.isEnabled()
    page.bulk_bar.merge_requested.emit()
    qtbot.waitUntil(lambda: page.merge_dialog is not None and page.merge_dialog.isVisible())
    return page.merge_dialog


def test_merge_dialog_survivor_and_one_field_then_undo(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    a, b = _pair_with_different_cities(env, page.model.ids)
    before_a, before_b = env.ctx.members.get(a), env.ctx.members.get(b)
    dialog = _open_merge(page, qtbot, a, b)
    left, right = (m.id for m in dialog.members)
    # Keep the right-hand record, but the left-hand city.
    dialog.survivor.button(1).click()
    dialog.groups["city"].button(0).click()
    assert dialog.groups["nickname"].checkedId() == 1  # both filled: the survivor's
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    kept = env.ctx.members.get(right)
    left_before = before_a if left == a else before_b
    right_before = before_b if left == a else before_a
    assert kept.city == left_before.city
    assert kept.nickname == right_before.nickname
    assert {t.label for t in kept.tags} == {t.label for t in before_a.tags + before_b.tags}
    assert env.ctx.members.get(left).deleted_at is not None
    assert page.model.row_of(left) is None
    stack = env.stack_for("members")
    assert stack.count() == 1  # one undo step
    stack.undo()
    settle()
    assert env.ctx.members.get(right).field_values() == right_before.field_values()
    assert env.ctx.members.get(left).deleted_at is None
    assert page.model.row_of(left) is not None


def test_merge_dialog_cancel_and_escape_change_nothing(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    a, b = page.model.ids[30:32]
    dialog = _open_merge(page, qtbot, a, b)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert env.stack_for("members").count() == 0
    assert env.ctx.members.get(b).deleted_at is None and env.ctx.members.get(a).deleted_at is None


def test_merge_dialog_enter_merges_with_the_defaults(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    a, b = page.model.ids[40:42]
    dialog = _open_merge(page, qtbot, a, b)
    survivor = dialog.members[dialog.survivor_side()].id
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle()
    gone = b if survivor == a else a
    assert env.ctx.members.get(gone).deleted_at is not None
    assert env.ctx.members.get(survivor).deleted_at is None


def _open_new(page: Any, qtbot: Any) -> Any:
    page.new_member_dialog = None
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.new_member_dialog is not None and page.new_member_dialog.isVisible()
    )
    return page.new_member_dialog


def test_new_member_ctrl_n_fill_save_select_and_undo(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_search("xm")  # she would be hidden by this search: the page clears it
    dialog = _open_new(page, qtbot)
    qtbot.keyClicks(dialog.lines["nickname"], "Yuki")
    qtbot.keyClicks(dialog.lines["wechat"], "yuki_2024")
    qtbot.keyClicks(dialog.lines["phone"], "13900001111")
    dialog.skin.setCurrentIndex(1)
    skin = dialog.skin.itemData(1)
    qtbot.keyClicks(dialog.tag_editor.input, "new-tag")
    qtbot.keyClick(dialog.tag_editor.input, Qt.Key.Key_Return)  # takes the tag, does not save
    assert dialog.isVisible() and dialog.tag_editor.labels() == ["new-tag"]
    qtbot.keyClick(dialog.lines["name"], Qt.Key.Key_Return)  # saves
    qtbot.waitUntil(
        lambda: page.detail.detail is not None and page.detail.detail.nickname == "Yuki"
    )
    settle()
    new_id = page.detail.detail.id
    assert page.selected_ids() == [new_id]
    made = env.ctx.members.get(new_id)
    assert made.wechat == "yuki_2024" and made.phone == "13900001111"
    assert made.skin_type == skin
    assert [t.label for t in made.tags] == ["new-tag"]
    env.stack_for("members").undo()
    settle()
    with pytest.raises(NotFoundError):
        env.ctx.members.get(new_id)
    assert page.model.row_of(new_id) is None
    assert "new-tag" not in {t.label for t in env.ctx.tags.list_tags()}
    env.stack_for("members").redo()
    settle()
    assert env.ctx.members.get(new_id).nickname == "Yuki"


def test_new_member_without_nickname_or_name_is_refused(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    total = env.ctx.query.count(MemberFilter())
    dialog = _open_new(page, qtbot)
    qtbot.keyClicks(dialog.lines["wechat"], "only_wechat")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "昵称或姓名" in dialog.error.text()
    dialog.reject()
    settle()
    assert env.ctx.query.count(MemberFilter()) == total
    assert env.stack_for("members").count() == 0


def test_new_member_action_is_in_the_file_menu_and_toolbar(
    qloop: Any, qtbot: Any, ctx: Any, tmp_path: Any
) -> None:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    window = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    page = window.page("members")
    assert page.new_action in window.menus["file"].actions()
    assert page.new_action in window.toolbar.actions()
    assert page.new_action.shortcut().toString() == "Ctrl+N"
    window.close()
    window.env.runner.shutdown()


def test_merge_dialog_headers_follow_the_survivor(page: Any, qtbot: Any, settle: Any) -> None:
    a, b = page.model.ids[50:52]
    dialog = _open_merge(page, qtbot, a, b)
    dialog.survivor.button(0).click()
    assert "保留" in dialog.titles[0].text() and "回收站" in dialog.titles[1].text()
    dialog.survivor.button(1).click()
    assert "回收站" in dialog.titles[0].text() and "回收站" not in dialog.titles[1].text()
    dialog.reject()
    settle()
