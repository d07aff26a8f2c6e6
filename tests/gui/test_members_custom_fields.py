"""Detail panel extras: custom fields (edit, remove, add, undo) and the lunar birthday text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.members.lunar_dates import lunar_birthday
from app.members.member_ops import EditMember
from app.members.profile_ops import SetCustom


def _show(page: Any, qtbot: Any, member_id: int) -> None:
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)


def test_custom_fields_edit_remove_add_and_undo(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[0]
    imported = {"推荐人": "桃子", "购买渠道": "小红书"}  # as an Excel import keeps unknown columns
    env.ctx.run(SetCustom(member_id, imported))
    _show(page, qtbot, member_id)
    editor = page.detail.custom
    assert {k: e.text() for k, e in editor.value_edits.items()} == imported
    assert not editor.empty.isVisible()

    edit = editor.value_edits["推荐人"]
    edit.setFocus()
    edit.selectAll()
    edit.insert("阿杏")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle()
    assert env.ctx.members.get(member_id).custom == {"推荐人": "阿杏", "购买渠道": "小红书"}
    assert env.stack_for("members").undoText() == "修改自定义字段"

    qtbot.mouseClick(editor.remove_buttons["购买渠道"], Qt.MouseButton.LeftButton)
    settle()
    assert env.ctx.members.get(member_id).custom == {"推荐人": "阿杏"}
    qtbot.waitUntil(lambda: list(editor.value_edits) == ["推荐人"])

    editor.new_name.setText("皮肤困扰")
    editor.new_value.setText("泛红")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert env.ctx.members.get(member_id).custom == {"推荐人": "阿杏", "皮肤困扰": "泛红"}
    qtbot.waitUntil(lambda: editor.value_edits.get("皮肤困扰") is not None)
    assert editor.value_edits["皮肤困扰"].text() == "泛红" and editor.new_name.text() == ""

    for _ in range(3):
        env.stack_for("members").undo()
    settle()
    assert env.ctx.members.get(member_id).custom == imported
    qtbot.waitUntil(lambda: {k: e.text() for k, e in editor.value_edits.items()} == imported)


def test_member_without_custom_fields_shows_a_hint_and_can_get_one(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[1]
    _show(page, qtbot, member_id)
    editor = page.detail.custom
    assert editor.value_edits == {} and editor.empty.isVisibleTo(page.detail)
    editor.new_name.setText("来源")
    editor.new_value.setText("直播间")
    editor.new_value.returnPressed.emit()
    settle()
    assert env.ctx.members.get(member_id).custom == {"来源": "直播间"}
    qtbot.waitUntil(lambda: not editor.empty.isVisibleTo(page.detail))
    env.stack_for("members").undo()
    settle()
    assert env.ctx.members.get(member_id).custom == {}
    qtbot.waitUntil(lambda: editor.empty.isVisibleTo(page.detail))


def test_lunar_birthday_shows_the_lunar_date(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[2]
    env.ctx.run(EditMember(member_id, {"birthday": "1990-10-03", "birthday_lunar": True}))  # 中秋
    _show(page, qtbot, member_id)
    expected = lunar_birthday(dt.date(1990, 10, 3))
    assert expected is not None
    text = page.detail.lunar_text.text()
    assert text == f"农历八月十五 · 下次 {expected.next_date.isoformat()}"
    page.detail.lunar.click()  # a solar birthday: no lunar text
    settle()
    assert env.ctx.members.get(member_id).birthday_lunar is False
    qtbot.waitUntil(lambda: page.detail.lunar_text.text() == "")
    env.stack_for("members").undo()
    settle()
    qtbot.waitUntil(lambda: page.detail.lunar_text.text() == text)
