"""The window's reminder service driven by a test clock: banner, tray, a modal dialog open,
each reminder once, marking a post published, and closing to the tray."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TODAY = dt.date(2026, 11, 21)
WAIT = 10_000
BUY = "【团购接龙】补水面膜"  # the demo's 12:00 group buy on TODAY


@pytest.fixture
def window(qloop: Any, ctx: Any, qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    """The real main window over a 40-member demo around TODAY, its reminders on a test
    clock and not started (each test checks when it wants)."""
    from app.demo import fill
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    fill(ctx.session_factory, members=40, seed=3, today=TODAY)
    win = build_window(ctx, UiSettings(tmp_path / "ui.ini"))
    clock = {"now": dt.datetime.combine(TODAY, dt.time(11, 40))}
    win.reminders.clock = lambda: clock["now"]
    win.clock = clock  # the tests move it
    win.resize(1400, 860)
    win.show()
    with qtbot.waitSignal(win.page("members").results_shown, timeout=WAIT):
        win.show_page("members")
    yield win
    qtbot.waitUntil(lambda: win.env.tasks.idle and not win.env.runner.busy, timeout=WAIT)
    win.quit()
    win.env.runner.shutdown()


def _check(qtbot: Any, service: Any) -> list[Any]:
    """One check; the reminders it announced ([] when none)."""
    got: list[Any] = []
    service.reminded.connect(got.extend)
    assert service.check_now()
    qtbot.waitUntil(lambda: not service.checking, timeout=WAIT)
    qtbot.wait(50)  # the queued result has been handled
    service.reminded.disconnect(got.extend)
    return got


def test_banner_without_tray_shows_the_post_once_and_marks_it_published(
    window: Any, qtbot: Any
) -> None:
    service = window.reminders
    service._tray_available = lambda: False
    first = _check(qtbot, service)
    assert "post" not in {r.kind for r in first}  # 20 minutes before 12:00: not yet
    window.clock["now"] = dt.datetime.combine(TODAY, dt.time(11, 51))
    due = _check(qtbot, service)
    assert [(r.kind, r.subject) for r in due] == [("post", BUY)]
    banner = service.banner
    assert banner.isVisible() and BUY in banner.label.text()
    assert banner.parentWidget() is window  # over the window, whatever page is open
    assert window.current_page() is window.page("members")
    assert _check(qtbot, service) == []  # announced once
    assert window.env.settings.get("reminders/shown")  # remembered for the next start
    posts = window.env.ctx.calendar.posts
    banner.done_button.click()
    qtbot.waitUntil(lambda: posts.get(due[0].post_id).status == "published", timeout=WAIT)
    assert window.env.stack_for("calendar").count() == 1  # one undoable step


def test_a_modal_dialog_does_not_stop_the_reminders(window: Any, qtbot: Any) -> None:
    """The check runs and is delivered inside the dialog's own event loop (exec)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    service = window.reminders
    service._tray_available = lambda: False
    _check(qtbot, service)  # the day's birthdays and follow-ups out of the way
    window.clock["now"] = dt.datetime.combine(TODAY, dt.time(11, 52))
    got: list[Any] = []
    service.reminded.connect(got.extend)
    box = QMessageBox(QMessageBox.Icon.Information, "对话框", "一个模态对话框", parent=window)
    seen: dict[str, Any] = {}

    def while_open() -> None:
        seen["modal"] = box.isVisible() and box.isModal()
        service.check_now()

    def after_result() -> None:
        seen["got"] = list(got)
        seen["banner"] = service.banner.isVisible()
        box.done(0)

    QTimer.singleShot(100, while_open)
    service.reminded.connect(lambda _due: QTimer.singleShot(50, after_result))
    QTimer.singleShot(WAIT, lambda: box.done(0))  # never hang the suite
    box.exec()
    assert seen.get("modal") is True
    assert [r.subject for r in seen["got"]] == [BUY]
    assert seen["banner"] is True


def test_with_a_tray_the_notification_goes_to_the_tray(window: Any, qtbot: Any) -> None:
    service = window.reminders
    service._tray_available = lambda: True
    window.clock["now"] = dt.datetime.combine(TODAY, dt.time(11, 55))
    due = _check(qtbot, service)
    assert BUY in {r.subject for r in due}
    assert service.tray is not None and service.tray.isVisible()
    head, _detail = service.last_message
    assert head  # the first reminder's headline went to the tray
    assert not service.banner.isVisible()  # the tray is the notification, not the banner
    menu = [a.text() for a in service.tray.contextMenu().actions()]
    assert "打开社群管家" in menu and "退出" in menu


def test_closing_hides_to_the_tray_only_when_the_setting_is_on(window: Any, qtbot: Any) -> None:
    from app.settings.declared import CLOSE_TO_TRAY

    service = window.reminders
    service._tray_available = lambda: True
    service.start()
    assert service.tray is not None
    assert window.env.ctx.settings.get(CLOSE_TO_TRAY) is False  # off by default
    assert not service.hide_on_close()
    service.tray_action.setChecked(True)  # 设置 → 关闭窗口时最小化到托盘
    qtbot.waitUntil(lambda: window.env.ctx.settings.get(CLOSE_TO_TRAY) is True, timeout=WAIT)
    window.close()
    assert window.isHidden() and service.timer.isActive()  # still running in the tray
    service.show_window()
    assert window.isVisible()
    service.tray_action.setChecked(False)
    qtbot.waitUntil(lambda: window.env.ctx.settings.get(CLOSE_TO_TRAY) is False, timeout=WAIT)
    window.show()


def test_a_reminder_leads_to_its_page(window: Any, qtbot: Any) -> None:
    from app.members.domain import MemberFilter
    from app.reminders import CONTACT_DAYS, Reminder

    service = window.reminders
    at = dt.datetime.combine(TODAY, dt.time())
    members = window.page("members")
    with qtbot.waitSignal(members.results_shown, timeout=WAIT):
        service.open_reminder(Reminder("follow_up:x", "follow_up", at, count=3))
    assert members.current_filter().contact_days == CONTACT_DAYS
    assert window.env.ctx.query.count(MemberFilter(contact_days=CONTACT_DAYS)) == len(
        members.model.ids
    )
    service.open_reminder(Reminder("post:1:x", "post", at.replace(hour=12), "x", post_id=1))
    assert window.current_page() is window.page("calendar")
    assert window.page("calendar").anchor == TODAY
