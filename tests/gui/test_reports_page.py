"""The 报表 page in the real window: cards, period change, a KPI opening its members, the report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.reports import periods
from app.reports.periods import Period


@pytest.fixture
def reports(open_main_window: Any, demo_ctx: Any, qtbot: Any) -> Any:
    window = open_main_window(demo_ctx)
    page = window.page("reports")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page("reports")
    return window, page


def test_cards_show_the_core_figures(reports: Any) -> None:
    window, page = reports
    assert window.nav.item([p.key for p in window.pages()].index("reports")).text() == "报表"
    data = page.data
    assert data.period == periods.last_week(dt.date.today())
    total = data.kpi("members_total")
    assert page.cards["members_total"].value.text() == f"{total.value:,.0f}"
    change = page.cards["members_total"].change.text()
    assert change.startswith("▲" if total.change > 0 else "▼" if total.change < 0 else "持平")
    assert page.growth_chart.has_data() and page.skin_chart.has_data()
    # The demo has purchases: their cards and chart show the core's figures.
    rate = data.kpi("purchase_rate")
    assert page.cards["purchase_rate"].value.text() == f"{rate.value:.0%}"
    assert page.cards["revenue"].value.text() == f"¥{data.kpi('revenue').value:,.0f}"
    assert page.purchase_chart.has_data() and not page.left_out_label.isVisible()
    assert page.purchase_chart.labels == tuple(p.name for p in page.chart_data.products[:8])
    page.grab()  # paints the charts without error


def test_period_change_recomputes(reports: Any, qtbot: Any) -> None:
    _window, page = reports
    month = periods.this_month(dt.date.today())
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.preset.setCurrentIndex(page.preset.findData("this_month"))
    assert page.data.period == month
    chosen = Period(
        dt.date.today() - dt.timedelta(days=40), dt.date.today() - dt.timedelta(days=10)
    )
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.set_period(chosen)
    assert (
        page.data.period == chosen
        and page.data.previous_period.end == chosen.start - dt.timedelta(days=1)
    )


def test_clicking_a_kpi_opens_its_members(reports: Any, qtbot: Any) -> None:
    window, page = reports
    ids = page.data.kpi("zombie").member_ids
    assert ids
    members = window.page("members")
    with qtbot.waitSignal(members.results_shown, timeout=10_000):
        qtbot.mouseClick(page.cards["zombie"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is members
    assert sorted(members.model.ids) == sorted(ids)
    assert members.current_filter().ids == tuple(ids)


def test_boss_report_from_the_page(reports: Any, qtbot: Any, tmp_path: Path) -> None:
    window, page = reports
    assert window.report_action in window.menus["file"].actions()
    path = tmp_path / "boss.xlsx"
    messages: list[str] = []
    window.env.show_message = messages.append
    with qtbot.waitSignal(page.report_written, timeout=30_000):
        page.write_report(str(path), page.period())
    assert page.report_button.isEnabled() and not page.progress.isVisible()
    assert messages and str(path) in messages[-1]
    wb = openpyxl.load_workbook(path)
    rows = {r[0]: r[1] for r in wb["概览"].iter_rows(values_only=True) if r and r[0]}
    assert rows["成员总数"] == page.data.kpi("members_total").value


def test_no_purchases_yet_is_said(open_main_window: Any, ctx: Any, qtbot: Any) -> None:
    window = open_main_window(ctx)
    page = window.page("reports")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.show_page("reports")
    assert page.left_out_label.isVisible() and "还没有购买记录" in page.left_out_label.text()
    assert page.cards["purchase_rate"].value.text() == "—"
    assert not page.purchase_chart.has_data()
    assert "还没有购买记录" in page.purchase_chart.empty_text
    assert "还没有设定季度目标" in page.goals_view.lines[0].text()


def test_goals_edited_on_the_page(reports: Any, qtbot: Any) -> None:
    """The goals dialog stores this quarter's goals through settings.set (undoable); the page
    shows goal against actual, and undo takes them away again."""
    from ui.reports.goals_view import GoalsDialog

    window, page = reports

    class Accepting(GoalsDialog):
        def exec(self) -> int:
            check, spin = self.boxes["total"]
            check.setChecked(True)
            spin.setValue(30)
            self.every.setChecked(False)
            return int(GoalsDialog.DialogCode.Accepted)

    with qtbot.waitSignal(page.loaded, timeout=20_000):
        window.env.tasks.spawn(page.edit_goals(Accepting))
    quarter = page.goals_view.quarter
    assert window.env.ctx.settings.get("reports.quarter_goals") == {quarter: {"total": 30}}
    (goal,) = page.chart_data.goals
    assert (goal.metric, goal.goal_percent, goal.quarter) == ("total", 30, quarter)
    assert "成员总数 +30%" in page.goals_view.lines[0].text()
    stack = window.env.stack_for("reports")
    stack.undo()
    qtbot.waitUntil(
        lambda: window.env.ctx.settings.get("reports.quarter_goals") == {}, timeout=10_000
    )
