"""The Activities page: list and grid of the demo camp, a click toggles a check-in, Ctrl+Z."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.community.domain import ActivityGrid, GridMember
from ui.community.activity_models import CheckinGridModel

WAIT = 10_000


@pytest.fixture
def activities(env: Any, qtbot: Any) -> Iterator[Any]:
    from ui.community.activities_page import ActivitiesPage

    page = ActivitiesPage(env)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitSignal(page.grid_shown, timeout=WAIT):
        page.activate()
    yield page
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=WAIT)
    assert env.errors == []
    page.close()
    page.deleteLater()


def test_grid_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    start = dt.date(2026, 11, 20)
    grid = ActivityGrid(
        1,
        "打卡营",
        tuple(start + dt.timedelta(days=i) for i in range(21)),
        (GridMember(1, "小美", frozenset({0, 1, 5})), GridMember(2, "院长", frozenset())),
        13,
        3 / 26,
        (GridMember(2, "院长", frozenset()),),
    )
    model = CheckinGridModel()
    model.set_grid(grid, start + dt.timedelta(days=12))
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "✓" and model.index(1, 0).data() == ""
    assert model.index(0, 21).data() == "3/13"
    assert model.cell(model.index(0, 5)) == (1, start + dt.timedelta(days=5), True)


def test_page_shows_the_camp_in_progress(activities: Any, qtmodeltester: Any) -> None:
    page = activities
    qtmodeltester.check(page.list_model)
    qtmodeltester.check(page.grid_model)
    grid = page.grid_model.grid
    assert grid is not None and "打卡营" in grid.name and len(grid.days) == 21
    assert page.grid_model.columnCount() == 22 and page.grid_model.rowCount() == len(grid.members)
    assert "参与率" in page.grid_title.text() and "第 14/21 天" in page.grid_title.text()
    assert page.missed.count() == max(1, len(grid.missed_recent))
    kinds = {page.list_model.index(r, 1).data() for r in range(page.list_model.rowCount())}
    assert {"打卡营", "分享会", "抽奖"} <= kinds


def test_click_toggles_a_checkin_and_undo_takes_it_back(activities: Any, qtbot: Any) -> None:
    page, ctx = activities, activities.env.ctx
    stack = page.env.stack_for("activities")
    grid = page.grid_model.grid
    today_col = grid.days.index(dt.date.today())
    row = next(i for i, m in enumerate(grid.members) if today_col not in m.days)
    member = grid.members[row].id
    before = ctx.activities.points_total(member)
    index = page.grid_model.index(row, today_col)
    page.grid_view.scrollTo(index)
    rect = page.grid_view.visualRect(index)
    with qtbot.waitSignal(page.grid_shown, timeout=WAIT):
        qtbot.mouseClick(page.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.grid_model.index(row, today_col).data() == "✓", timeout=WAIT)
    assert stack.count() == 1
    assert ctx.activities.points_total(member) == (before[0] + 5, before[1] + 5)
    with qtbot.waitSignal(page.grid_shown, timeout=WAIT):
        stack.undo()
    qtbot.waitUntil(lambda: page.grid_model.index(row, today_col).data() == "", timeout=WAIT)
    assert ctx.activities.points_total(member) == before
    # A future day is not checked in: the page says why and writes nothing.
    page.toggle(member, dt.date.today() + dt.timedelta(days=1), False)
    assert stack.count() == 1 and "不能提前打卡" in page.env.messages[-1]


def test_new_activity_through_the_dialog(activities: Any, qtbot: Any) -> None:
    page = activities
    dialog = page.open_dialog()
    dialog.name.setText("周五直播：防晒答疑")
    dialog.kind.setCurrentText("直播")
    n = page.list_model.rowCount()
    fields = dialog.fields()
    assert fields.kind == "直播" and fields.feedback is None and fields.host_id is None
    from app.community.activity_ops import CreateActivity

    with qtbot.waitSignal(page.list_shown, timeout=WAIT):
        page.env.ops.push(page.stack, CreateActivity(fields), "新建活动")
    qtbot.waitUntil(lambda: page.list_model.rowCount() == n + 1, timeout=WAIT)
    with qtbot.waitSignal(page.list_shown, timeout=WAIT):
        page.stack.undo()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == n, timeout=WAIT)


def test_members_page_signs_up_a_selection(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    from ui.community.members_entry import install_members_entry

    menus = install_members_entry(page, env)
    env.tasks.spawn(menus.refresh())
    qtbot.waitUntil(lambda: not menus.signup_menu.isEmpty() and bool(menus.rows), timeout=WAIT)
    live = next(a for a in menus.rows if a.name.startswith("成分党直播"))
    page.view.selectRow(0)
    page.view.selectRow(1)
    ids = page.selected_ids()
    action = next(a for a in menus.signup_menu.actions() if a.text() == live.name)
    action.trigger()
    settle()
    grid = env.ctx.activities.grid(live.id)
    assert set(ids) <= {m.id for m in grid.members}
    env.stack_for("members").undo()
    settle()
    assert not set(ids) & {m.id for m in env.ctx.activities.grid(live.id).members}


def test_page_behind_another_reads_nothing_until_shown_again(
    activities: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

    from app.community.activity_ops import CheckIn

    page, env = activities, activities.env
    # As in the window: the page inside a holder of the sidebar's stack, beside another page.
    stack, holder, other = QStackedWidget(), QWidget(), QWidget()
    QVBoxLayout(holder).addWidget(page)
    stack.addWidget(holder)
    stack.addWidget(other)
    stack.resize(1400, 900)
    stack.show()
    page.show()
    grid = page.grid_model.grid
    today_col = grid.days.index(dt.date.today())
    waiting = [m.id for m in grid.members if today_col not in m.days][:3]
    assert len(waiting) == 3
    service = type(env.ctx.activities)
    reads: list[str] = []
    for name in ("grid", "list_activities"):
        original = getattr(service, name)

        def counted(self: Any, *args: Any, _f: Any = original, _n: str = name, **kw: Any) -> Any:
            reads.append(_n)
            return _f(self, *args, **kw)

        monkeypatch.setattr(service, name, counted)

    def idle() -> bool:
        return bool(env.tasks.idle and not env.runner.busy)

    stack.setCurrentWidget(other)  # another page of the window is shown
    assert not page.isHidden()
    activity = grid.activity_id
    env.tasks.spawn(env.ops.run(CheckIn(activity, tuple(waiting[:2]), dt.date.today())))
    env.tasks.spawn(env.ops.run(_rename_kinds(env)))
    qtbot.waitUntil(idle, timeout=WAIT)
    assert reads == [] and page.grid_model.grid is grid
    stack.setCurrentWidget(holder)
    with qtbot.waitSignal(page.grid_shown, timeout=WAIT):
        page.activate()
    shown = page.grid_model.grid
    assert shown is not grid and reads.count("grid") == 1
    assert [today_col in m.days for m in shown.members if m.id in waiting[:2]] == [True, True]
    assert "夜读会" in page.kinds  # the kinds changed meanwhile were read again too
    stack.hide()  # the whole window hidden or minimised: its page still follows changes
    with qtbot.waitSignal(page.grid_shown, timeout=WAIT):
        env.tasks.spawn(env.ops.run(CheckIn(activity, tuple(waiting[2:]), dt.date.today())))
    assert today_col in next(m for m in page.grid_model.grid.members if m.id == waiting[2]).days
    qtbot.waitUntil(idle, timeout=WAIT)
    page.setParent(None)
    stack.deleteLater()


def _rename_kinds(env: Any) -> Any:
    from app.settings.declared import ACTIVITY_KINDS
    from app.settings.setting_ops import SetSetting

    return SetSetting(ACTIVITY_KINDS, [*env.ctx.activities.kinds(), "夜读会"])
