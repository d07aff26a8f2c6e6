"""GUI tests of the calendar page: views, drag-to-reschedule with undo, fill, editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 9, 30)
WAIT = 10_000


@pytest.fixture
def cal_env(qloop: Any, ctx: Any, qtbot: Any) -> Iterator[Any]:
    """A UiEnv over a 40-member demo whose calendar is built around TODAY."""

    from app.demo import fill
    from ui.env import UiEnv
    from ui.runner import DbRunner

    fill(ctx.session_factory, members=40, seed=3, today=TODAY)
    errors: list[BaseException] = []
    env = UiEnv(
        ctx=ctx,
        runner=DbRunner(),
        show_error=errors.append,
        show_message=lambda _text: None,
    )
    env.errors = errors  # type: ignore[attr-defined]
    yield env
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=WAIT)
    env.runner.shutdown()
    assert errors == []


@pytest.fixture
def cal_page(cal_env: Any, qtbot: Any) -> Any:
    from ui.calendar.calendar_page import CalendarPage

    page = CalendarPage(cal_env, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitSignal(page.view_ready, timeout=WAIT):
        page.activate()
    qtbot.waitUntil(
        lambda: page.warnings.count() > 0 and page.type_filter.count() > 1, timeout=WAIT
    )
    return page


def settle(qtbot: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.env.tasks.idle and not page.env.runner.busy, timeout=WAIT)


def _post_item(view: Any, title_part: str) -> Any:
    for item in view.items():
        if item.post is not None and title_part in item.post.title:
            return item
    raise AssertionError(f"no item {title_part!r}")


def test_month_view_shows_holidays_slots_and_late_post(cal_page: Any) -> None:
    view = cal_page.month_view
    assert cal_page.period_label.text() == "2026年11月"
    assert view.data.days[dt.date(2026, 11, 11)].festivals == ("双11",)
    posts = [i.post for i in view.items() if i.post is not None]
    assert any(p.is_late(NOW) for p in posts)
    empty = [i.occurrence for i in view.items() if i.occurrence is not None]
    assert empty and all(not o.filled for o in empty)
    texts = [cal_page.warnings.item(n).text() for n in range(cal_page.warnings.count())]
    assert any(t.startswith("【逾期】") for t in texts) and any(
        t.startswith("【空缺】") for t in texts
    )


def test_drag_to_reschedule_and_undo(cal_page: Any, qtbot: Any) -> None:
    view = cal_page.month_view
    item = _post_item(view, "修护精华")  # the late group-buy post of 11-18 12:00
    post = item.post
    target_day = post.planned_at.date() + dt.timedelta(days=2)
    target = view.day_rect(target_day).center()
    start = item.rect.center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, pos=start + QPoint(30, 10))
    qtbot.mouseMove(view, pos=target)
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=target)
    posts = cal_page.env.ctx.calendar.posts
    assert posts.get(post.id).planned_at == dt.datetime.combine(target_day, post.planned_at.time())
    assert cal_page.env.stack_for("calendar").count() == 1
    moved = [i.post for i in view.items() if i.post is not None and i.post.id == post.id]
    assert moved[0].planned_at.date() == target_day  # the view shows it on the new day
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.env.stack_for("calendar").undo()
    assert posts.get(post.id).planned_at == post.planned_at
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.env.stack_for("calendar").redo()
    assert posts.get(post.id).planned_at.date() == target_day
    settle(qtbot, cal_page)


def test_week_view_drag_changes_day_and_time(cal_page: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.set_mode("week")
    view = cal_page.week_view
    assert view.monday == dt.date(2026, 11, 16)
    item = _post_item(view, "团购接龙")
    post = item.post
    new_at = dt.datetime.combine(view.monday + dt.timedelta(days=6), dt.time(15, 30))
    drop = QPoint((view._x(6) + view._x(7)) // 2, view._y(new_at.time()) + 1)
    start = item.rect.center()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, pos=start + QPoint(20, 20))
    qtbot.mouseMove(view, pos=drop)
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    assert cal_page.env.ctx.calendar.posts.get(post.id).planned_at == new_at
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.env.stack_for("calendar").undo()
    assert cal_page.env.ctx.calendar.posts.get(post.id).planned_at == post.planned_at
    settle(qtbot, cal_page)


def test_click_empty_occurrence_fills_it_from_template(cal_page: Any, qtbot: Any) -> None:
    view = cal_page.month_view
    item = next(i for i in view.items() if i.occurrence is not None and i.occurrence.day > TODAY)
    occ = item.occurrence
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=item.rect.center())
    filled = [o for o in cal_page.data.occurrences if o.slot_id == occ.slot_id and o.day == occ.day]
    assert filled and filled[0].filled
    post = cal_page.env.ctx.calendar.posts.get(filled[0].post_id)
    assert post.status == "draft" and post.planned_at == occ.at and post.slot_id == occ.slot_id
    settle(qtbot, cal_page)


def test_keyboard_navigation(cal_page: Any, qtbot: Any) -> None:
    cal_page.setFocus()
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.keyClick(cal_page, Qt.Key.Key_PageDown)
    assert cal_page.period_label.text() == "2026年12月"
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.keyClick(cal_page, Qt.Key.Key_PageUp)
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.keyClick(cal_page, Qt.Key.Key_PageUp)
    assert cal_page.period_label.text() == "2026年10月"
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        qtbot.keyClick(cal_page, Qt.Key.Key_T)
    assert cal_page.anchor == TODAY and cal_page.month_view.selected == TODAY
    qtbot.keyClick(cal_page, Qt.Key.Key_Right)
    assert cal_page.month_view.selected == TODAY + dt.timedelta(days=1)
    qtbot.keyClick(cal_page, Qt.Key.Key_Down)
    assert cal_page.month_view.selected == TODAY + dt.timedelta(days=8)
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.set_mode("agenda")
    assert cal_page.agenda_view.topLevelItemCount() > 20
    settle(qtbot, cal_page)


def test_filter_by_type_and_status(cal_page: Any, qtbot: Any) -> None:
    index = cal_page.type_filter.findText("团购接龙")
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.type_filter.setCurrentIndex(index)
    assert cal_page.data.posts and {p.type_name for p in cal_page.data.posts} == {"团购接龙"}
    status = cal_page.status_filter.findData("published")
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        cal_page.status_filter.setCurrentIndex(status)
    assert {p.status for p in cal_page.data.posts} == {"published"}
    assert cal_page.data.occurrences == ()
    settle(qtbot, cal_page)


def test_editor_saves_and_undo_restores(cal_page: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    posts = cal_page.env.ctx.calendar.posts
    post = _post_item(cal_page.month_view, "知识锦囊").post
    editor = cal_page.open_editor(posts.get(post.id))
    editor.title.setText("改过的标题")
    editor.status.setCurrentIndex(editor.status.findData("published"))
    editor.result_edit.setText("回复 12 条")
    editor.copy_button.click()
    assert QApplication.clipboard().text() == post.body
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        editor.accept()
    qtbot.waitUntil(lambda: cal_page.env.stack_for("calendar").count() == 1, timeout=WAIT)
    saved = posts.get(post.id)
    assert (saved.title, saved.status, saved.result) == ("改过的标题", "published", "回复 12 条")
    settle(qtbot, cal_page)
    cal_page.env.stack_for("calendar").undo()
    qtbot.waitUntil(lambda: posts.get(post.id).title == post.title, timeout=WAIT)
    assert posts.get(post.id).status == post.status
    settle(qtbot, cal_page)


def test_slot_dialog_edits_rule_and_keeps_planned_posts(cal_page: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QTime

    calendar = cal_page.env.ctx.calendar
    qtbot.waitUntil(lambda: len(cal_page.slots) == 3, timeout=WAIT)
    talk = next(s for s in cal_page.slots if s.name == "微分享")
    planned = [
        p for p in calendar.agenda(TODAY, TODAY + dt.timedelta(days=3)) if p.slot_id == talk.id
    ]
    assert planned
    actions = [a.text() for a in cal_page.setup_menu.actions()]
    assert any("微分享" in text and "每周一、三、五、日 20:00" in text for text in actions)
    dialog = cal_page.open_slot_dialog(talk)
    assert [box.isChecked() for box in dialog.weekdays] == [
        True,
        False,
        True,
        False,
        True,
        False,
        True,
    ]
    dialog.weekdays[0].setChecked(False)  # no more Monday talks, and 19:30 from now on
    dialog.at.setTime(QTime(19, 30))
    with qtbot.waitSignal(cal_page.view_ready, timeout=WAIT):
        dialog.accept()
    slot = next(s for s in calendar.slots.list_slots() if s.id == talk.id)
    assert slot.rule.weekdays == (2, 4, 6) and slot.rule.at_time == dt.time(19, 30)
    for post in planned:
        assert calendar.posts.get(post.id).planned_at == post.planned_at  # kept as planned
    qtbot.waitUntil(
        lambda: any("19:30" in a.text() for a in cal_page.setup_menu.actions()), timeout=WAIT
    )
    settle(qtbot, cal_page)


def test_type_dialog_adds_a_user_type_with_colour(cal_page: Any, qtbot: Any) -> None:
    from PySide6.QtGui import QColor

    dialog = cal_page.open_type_dialog(None)
    dialog.name.setText("直播预告")
    dialog.color = QColor("#ff00aa")
    dialog.template_title.setText("【直播】{date}")
    dialog.accept()
    qtbot.waitUntil(lambda: cal_page.type_filter.findText("直播预告") > 0, timeout=WAIT)
    info = next(t for t in cal_page.types if t.name == "直播预告")
    assert (info.color, info.builtin, info.template_title) == ("#ff00aa", False, "【直播】{date}")
    settle(qtbot, cal_page)
