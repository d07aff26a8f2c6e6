"""Undo (Ctrl+Z) of the calendar's edits: fill, new/edit/delete post, slots, types, the setting."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 9, 30)
WAIT = 10_000


@pytest.fixture
def undo_page(open_calendar_page: Any, ctx: Any, qtbot: Any) -> Any:
    """The calendar page over a 40-member demo built around TODAY; errors must stay empty."""
    page = open_calendar_page(ctx, seed=3, today=TODAY, now=NOW)
    qtbot.waitUntil(lambda: page.type_filter.count() > 1 and len(page.groups) > 1, timeout=WAIT)
    return page


def settle(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.env.tasks.idle and not page.env.runner.busy, timeout=WAIT)


def _occurrence(page: Any, slot_id: int, day: dt.date) -> Any:
    return next(o for o in page.data.occurrences if o.slot_id == slot_id and o.day == day)


def test_fill_empty_slot_undo_and_redo(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    posts = page.env.ctx.calendar.posts
    item = next(
        i for i in page.month_view.items() if i.occurrence is not None and i.occurrence.day > TODAY
    )
    occ = item.occurrence
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        qtbot.mouseClick(page.month_view, Qt.MouseButton.LeftButton, pos=item.rect.center())
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=WAIT)
    post_id = _occurrence(page, occ.slot_id, occ.day).post_id
    assert post_id is not None and occ.slot_name in stack.undoText()
    filled = posts.get(post_id)
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        stack.undo()  # the Ctrl+Z of the main window's Edit menu
    assert not _occurrence(page, occ.slot_id, occ.day).filled  # empty again, in the view too
    assert post_id not in {p.id for p in page.data.posts}
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        stack.redo()
    assert _occurrence(page, occ.slot_id, occ.day).post_id == post_id  # same post, same id
    assert posts.get(post_id) == filled
    settle(qtbot, page)


def test_new_post_undo_redo_keeps_later_edits_working(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    posts = page.env.ctx.calendar.posts
    day = TODAY + dt.timedelta(days=3)
    editor = page.open_editor(None, dt.datetime.combine(day, dt.time(21, 0)))
    editor.title.setText("【活动预告】周末打卡挑战")
    editor.body.setPlainText("本周末 21 天打卡挑战开始报名。")
    editor.groups.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        editor.accept()
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=WAIT)
    new = next(p for p in page.data.posts if p.title == "【活动预告】周末打卡挑战")
    assert new.planned_at == dt.datetime.combine(day, dt.time(21, 0)) and new.group_ids
    # An edit on top of the creation: undo both, redo both, the edit finds its post again.
    editor = page.open_editor(posts.get(new.id))
    editor.title.setText("【活动预告】打卡挑战 改版")
    editor.accept()
    qtbot.waitUntil(lambda: stack.count() == 2, timeout=WAIT)
    settle(qtbot, page)
    stack.undo()
    stack.undo()
    settle(qtbot, page)
    assert new.id not in {
        p.id for p in posts.list_posts(dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1))
    }
    stack.redo()
    stack.redo()
    settle(qtbot, page)
    again = posts.get(new.id)
    assert (again.title, again.group_ids) == ("【活动预告】打卡挑战 改版", new.group_ids)
    settle(qtbot, page)


def test_refused_new_post_leaves_nothing_to_undo(undo_page: Any, qtbot: Any) -> None:
    page = undo_page
    errors = []
    page.env.show_error = errors.append  # the page calls env.show_error at the time of failure
    editor = page.open_editor(None, dt.datetime(2026, 11, 24, 20, 0))
    editor.accept()  # no title, no body: refused by the service
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT)
    settle(qtbot, page)
    assert len(errors) == 1 and "不能都为空" in str(errors[0])  # shown once
    assert page.env.stack_for("calendar").count() == 0


def test_delete_post_from_editor_and_undo(undo_page: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.calendar.post_editor import DELETE_RESULT

    page, stack = undo_page, undo_page.env.stack_for("calendar")
    posts = page.env.ctx.calendar.posts
    post = next(
        p for p in page.data.posts if p.group_ids and p.planned_at and p.planned_at.date() > TODAY
    )
    editor = page.open_editor(posts.get(post.id))
    assert editor.delete_button is not None
    assert page.open_editor(None).delete_button is None  # nothing to delete in a new post
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        editor.delete_button.click()
    assert QDialog.result(editor) == DELETE_RESULT and stack.count() == 1
    assert post.id not in {p.id for p in page.data.posts}
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        stack.undo()
    back = next(p for p in page.data.posts if p.id == post.id)
    assert (back.title, back.planned_at, back.group_ids, back.slot_id, back.status) == (
        post.title,
        post.planned_at,
        post.group_ids,
        post.slot_id,
        post.status,
    )
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        stack.redo()
    assert post.id not in {p.id for p in page.data.posts}
    settle(qtbot, page)


def test_refused_edit_of_a_post_leaves_nothing_to_undo(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    errors: list[BaseException] = []
    page.env.show_error = errors.append
    post = next(p for p in page.data.posts if p.title and p.planned_at)
    editor = page.open_editor(page.env.ctx.calendar.posts.get(post.id))
    editor.title.clear()
    editor.body.clear()
    editor.accept()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=WAIT)
    settle(qtbot, page)
    assert len(errors) == 1 and "不能都为空" in str(errors[0])  # shown once, by the presenter
    assert stack.count() == 0 and not stack.canUndo()
    assert page.env.ctx.calendar.posts.get(post.id).title == post.title  # nothing written


def test_one_title_edit_is_one_undo_step(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    posts = page.env.ctx.calendar.posts
    post = next(p for p in page.data.posts if p.group_ids and p.planned_at)
    editor = page.open_editor(posts.get(post.id))
    editor.title.setFocus()
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " v2")  # typed, key by key (QTest types ASCII only)
    editor.body.setFocus()  # leave the field
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        editor.accept()
    settle(qtbot, page)
    assert stack.count() == 1 and f"{post.title} v2" in stack.undoText()
    assert posts.get(post.id).title == f"{post.title} v2"
    # Saving again without a change pushes nothing.
    page.open_editor(posts.get(post.id)).accept()
    settle(qtbot, page)
    assert stack.count() == 1
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        stack.undo()  # one step: the title only, everything else as it was
    assert posts.get(post.id) == post
    settle(qtbot, page)


def test_slot_edit_can_be_undone_and_redone(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    slots = page.env.ctx.calendar.slots
    talk = next(s for s in page.slots if s.name == "微分享")
    page.open_slot_dialog(talk).accept()  # unchanged: no undo step
    settle(qtbot, page)
    assert stack.count() == 0
    dialog = page.open_slot_dialog(talk)
    dialog.weekdays[0].setChecked(False)
    dialog.name.setText("晚间微分享")
    dialog.accept()
    qtbot.waitUntil(lambda: any(s.name == "晚间微分享" for s in page.slots), timeout=WAIT)
    settle(qtbot, page)
    assert stack.count() == 1 and "晚间微分享" in stack.undoText()
    stack.undo()
    qtbot.waitUntil(lambda: any(s.name == "微分享" for s in page.slots), timeout=WAIT)
    assert next(s for s in slots.list_slots() if s.id == talk.id) == talk
    settle(qtbot, page)
    assert any(
        "「微分享」（每周一、三、五、日 20:00）" in a.text() for a in page.setup_menu.actions()
    )
    stack.redo()
    qtbot.waitUntil(lambda: any(s.name == "晚间微分享" for s in page.slots), timeout=WAIT)
    assert next(s for s in slots.list_slots() if s.id == talk.id).rule.weekdays == (2, 4, 6)
    settle(qtbot, page)


def test_type_edit_can_be_undone_and_redone(undo_page: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    page, stack = undo_page, undo_page.env.stack_for("calendar")
    buy = next(t for t in page.types if t.name == "团购接龙")
    page.open_type_dialog(buy).accept()  # unchanged: no undo step
    settle(qtbot, page)
    assert stack.count() == 0
    dialog = page.open_type_dialog(buy)
    dialog.name.setText("团购秒杀")
    dialog.color = QColor("#123456")
    dialog.accept()
    qtbot.waitUntil(lambda: page.type_filter.findText("团购秒杀") > 0, timeout=WAIT)
    settle(qtbot, page)
    assert stack.count() == 1 and "团购秒杀" in stack.undoText()
    assert {p.color for p in page.data.posts if p.type_id == buy.id} == {"#123456"}
    stack.undo()
    qtbot.waitUntil(lambda: page.type_filter.findText("团购接龙") > 0, timeout=WAIT)
    assert next(t for t in page.types if t.id == buy.id) == buy
    settle(qtbot, page)
    stack.redo()
    qtbot.waitUntil(lambda: page.type_filter.findText("团购秒杀") > 0, timeout=WAIT)
    settle(qtbot, page)


def test_reminder_minutes_change_is_one_undo_step(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    cal = page.env.ctx.calendar
    assert page.minutes.value() == 10
    for _ in range(3):
        page.minutes.stepUp()  # three clicks on the arrow
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=WAIT)
    settle(qtbot, page)
    assert cal.reminder_minutes() == 13
    stack.undo()
    qtbot.waitUntil(lambda: page.minutes.value() == 10, timeout=WAIT)
    settle(qtbot, page)
    assert cal.reminder_minutes() == 10


def test_delete_slot_and_type_from_their_dialogs_and_undo(undo_page: Any, qtbot: Any) -> None:
    page, stack = undo_page, undo_page.env.stack_for("calendar")
    cal = page.env.ctx.calendar
    talk = next(s for s in page.slots if s.name == "微分享")
    planned = {
        p.id for p in cal.agenda(TODAY, TODAY + dt.timedelta(days=7)) if p.slot_id == talk.id
    }
    assert planned
    page.open_slot_dialog(talk).delete_button.click()
    qtbot.waitUntil(lambda: all(s.id != talk.id for s in page.slots), timeout=WAIT)
    settle(qtbot, page)
    assert {cal.posts.get(i).slot_id for i in planned} == {None}  # the posts stay, unlinked
    stack.undo()
    qtbot.waitUntil(lambda: any(s.id == talk.id for s in page.slots), timeout=WAIT)
    settle(qtbot, page)
    assert {cal.posts.get(i).slot_id for i in planned} == {talk.id}  # linked again
    assert page.open_type_dialog(page.types[0]).delete_button is None  # built-in: kept
    page.dialog.reject()
    dialog = page.open_type_dialog(None)
    dialog.name.setText("直播预告")
    dialog.accept()
    qtbot.waitUntil(lambda: any(t.name == "直播预告" for t in page.types), timeout=WAIT)
    live = next(t for t in page.types if t.name == "直播预告")
    page.open_type_dialog(live).delete_button.click()
    qtbot.waitUntil(lambda: all(t.id != live.id for t in page.types), timeout=WAIT)
    settle(qtbot, page)
    assert stack.count() == 2 and "直播预告" in stack.undoText()  # the undone delete is gone
    stack.undo()
    qtbot.waitUntil(lambda: any(t.id == live.id for t in page.types), timeout=WAIT)
    settle(qtbot, page)
