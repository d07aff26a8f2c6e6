"""The 报表 page: a period picker, KPI cards against the previous period, charts, the boss report."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports import periods
from app.reports.domain import MINUTES, RATE, Kpi, ReportCharts, ReportHeadline
from app.reports.goals import quarter_key
from app.reports.periods import Period
from app.reports.summary import number_text
from app.settings.declared import REPORT_GOALS
from app.settings.setting_ops import SetSetting
from ui.charts import BARS, LINE, STACKED, Chart, Series
from ui.env import UiEnv
from ui.file_dialogs import save_file
from ui.operations import UndoText
from ui.page import Page
from ui.qt_dates import qdate_to_py
from ui.reports.goals_view import GoalsDialog, GoalsView
from ui.reports.kpi_card import KpiCard
from ui.slots import widget_slot
from ui.theme import set_role

PRESETS = ("last_week", "this_week", "this_month", "last_month", "custom")
CARD_COLUMNS = 8


class ReportsPage(Page):
    """Figures of a period, computed by the core (`ctx.reports.page`): the KPI cards first,
    then the charts."""

    key = "reports"
    kpis_shown = Signal()  # the cards show fresh figures
    loaded = Signal()  # cards and charts show fresh figures
    report_written = Signal(str)

    def __init__(
        self,
        env: UiEnv,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.today = env, today
        self.data: ReportHeadline | None = None
        self.chart_data: ReportCharts | None = None
        self.started = False
        self._generation = 0  # of the latest reload; an older one's results are dropped
        # Set by the window hook: opens these members on the Members page.
        self.open_members: Callable[[tuple[int, ...]], None] | None = None
        self.preset = QComboBox()
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_label = QLabel()
        set_role(self.period_label, "muted")
        self.mask_box = QCheckBox()
        self.mask_box.setChecked(True)
        self.report_button = QPushButton()
        self.report_button.setObjectName("bossReportButton")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        bar = QHBoxLayout()
        for w in (self.preset, self.start_edit, QLabel("~"), self.end_edit, self.period_label):
            bar.addWidget(w)
        bar.addStretch(1)
        for tool in (self.progress, self.mask_box, self.report_button):
            bar.addWidget(tool)

        self.cards: dict[str, KpiCard] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, key in enumerate(self._card_titles()):
            card = self.cards[key] = KpiCard(key)
            card.clicked.connect(self._on_card_clicked)
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        self.growth_chart = Chart(LINE)
        self.activity_chart = Chart(STACKED)
        self.skin_chart = Chart(BARS)
        self.plan_chart = Chart(STACKED)
        self.purchase_chart = Chart(STACKED)
        self.goals_view = GoalsView()
        self.goals_view.edit_requested.connect(self._on_goals_view_edit_requested)
        self.skin_chart.bar_clicked.connect(self._on_skin_chart_bar_clicked)
        charts = QGridLayout()
        for i, chart in enumerate(
            (
                self.growth_chart,
                self.activity_chart,
                self.skin_chart,
                self.plan_chart,
                self.purchase_chart,
                self.goals_view,
            )
        ):
            charts.addWidget(chart, i // 2, i % 2)
        self.left_out_label = QLabel()
        set_role(self.left_out_label, "muted")
        self.left_out_label.setStyleSheet("padding: 4px;")
        self.left_out_label.setWordWrap(True)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addLayout(grid)
        inner.addLayout(charts, 1)
        inner.addWidget(self.left_out_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.retranslate()
        self._set_preset("last_week")
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        self.start_edit.dateChanged.connect(self._on_dates_changed)
        self.end_edit.dateChanged.connect(self._on_dates_changed)
        self.report_button.clicked.connect(self.choose_report_file)

    def title(self) -> str:
        return self.tr("报表")

    def _card_titles(self) -> dict[str, str]:
        return {
            "members_total": self.tr("成员总数"),
            "members_new": self.tr("新增成员"),
            "members_left": self.tr("离开成员"),
            "active_rate": self.tr("活跃率"),
            "revenue": self.tr("销售额"),
            "purchase_rate": self.tr("购买率"),
            "repurchase_rate": self.tr("复购率"),
            "unsuitable_purchases": self.tr("不适合肤质的购买"),
            "refunds": self.tr("退款笔数"),
            "silent": self.tr("沉默成员"),
            "zombie": self.tr("僵尸成员"),
            "posts_published": self.tr("已发布内容"),
            "plan_on_time_rate": self.tr("按时发布率"),
            "checkin_members": self.tr("打卡人数"),
            "checkin_completion": self.tr("打卡完成率"),
            "warnings": self.tr("警告"),
            "removals": self.tr("移出"),
            "complaints_open": self.tr("未解决投诉"),
            "first_response_median_minutes": self.tr("首次响应中位数"),
            "resolution_median_minutes": self.tr("解决用时中位数"),
            "deposits_held": self.tr("押金余额"),
        }

    def retranslate(self) -> None:
        names = {
            "last_week": self.tr("上周"),
            "this_week": self.tr("本周"),
            "this_month": self.tr("本月"),
            "last_month": self.tr("上月"),
            "custom": self.tr("自选时间段"),
        }
        current = self.preset.currentData()
        self.preset.blockSignals(True)
        self.preset.clear()
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.setCurrentIndex(max(0, self.preset.findData(current)))
        self.preset.blockSignals(False)
        self.mask_box.setText(self.tr("手机号打码"))
        self.mask_box.setToolTip(
            self.tr("报表里的手机号显示为 138****1234；取消勾选则显示完整号码")
        )
        self.report_button.setText(self.tr("生成老板周报…"))
        self.report_button.setToolTip(self.tr("把这个时间段的报表写成 Excel（含图表）"))
        self.left_out_label.setText(
            self.tr(
                "购买与复购：还没有购买记录。在「产品/购买」页记录购买或粘贴团购接龙后，"
                "这里显示购买率、复购率和销售额（不会用 0 代替）。"
            )
        )
        if self.data is not None:
            previous = self.data.previous_period.text()
            self.period_label.setText(self.tr("对比 {range}").format(range=previous))
            self._show_cards(self.data)
            if self.chart_data is not None:
                self._show_charts(self.data, self.chart_data)

    # period -----------------------------------------------------------------------------------
    def period(self) -> Period:
        return Period(qdate_to_py(self.start_edit.date()), qdate_to_py(self.end_edit.date()))

    def _set_preset(self, key: str) -> None:
        today = self.today()
        chosen = {
            "last_week": periods.last_week,
            "this_week": periods.this_week,
            "this_month": periods.this_month,
            "last_month": periods.last_month,
        }.get(key)
        custom = chosen is None
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)
        if chosen is not None:
            p = chosen(today)
            for edit, day in ((self.start_edit, p.start), (self.end_edit, p.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)

    def set_period(self, period: Period) -> None:
        """Show a chosen range (also what tests call)."""
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.start_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        self.reload()

    def _on_preset_changed(self, _index: int) -> None:
        self._set_preset(self.preset.currentData())
        self.reload()

    def _on_dates_changed(self, _date: QDate) -> None:
        if self.preset.currentData() == "custom":
            self.reload()

    # loading ----------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.started:
            self.started = True
            self.reload()

    @widget_slot()
    async def reload(self) -> None:
        """The KPIs of the period on the cards as soon as the worker has them, then its
        charts (one job: `ctx.reports.page` hands the KPIs over before the charts' history)."""
        self._generation += 1
        generation = self._generation
        try:
            period = periods.checked(*self._bounds(), self.today())
        except Exception as exc:  # an empty or future range: say so where the figures go
            self.period_label.setText(str(exc))
            return
        self.period_label.setText(self.tr("对比 {range}").format(range=period.previous().text()))
        loop = asyncio.get_running_loop()

        def on_headline(head: ReportHeadline) -> None:  # on the worker thread
            loop.call_soon_threadsafe(self._show_headline, generation, period, head)

        try:
            head, shown = await self.env.runner.run(self.env.ctx.reports.page, period, on_headline)
        except Exception as exc:
            self.env.show_error(exc)
            return
        if not self._current(generation, period):
            return
        self._show_headline(generation, period, head)  # unless it is shown already
        self.chart_data = shown
        self._show_charts(head, shown)
        self.loaded.emit()

    def _current(self, generation: int, period: Period) -> bool:
        """No later reload started and the user did not move on while this was computed."""
        return generation == self._generation and period == self.period()

    def _show_headline(self, generation: int, period: Period, head: ReportHeadline) -> None:
        if not self._current(generation, period) or self.data is head:
            return
        self.data = head
        self.period_label.setText(self.tr("对比 {range}").format(range=head.previous_period.text()))
        self._show_cards(head)
        self.kpis_shown.emit()

    def _bounds(self) -> tuple[dt.date, dt.date]:
        p = self.period()
        return p.start, p.end

    def _show_cards(self, data: ReportHeadline) -> None:
        titles = self._card_titles()
        for key, card in self.cards.items():
            try:
                kpi = data.kpi(key)
            except KeyError:
                card.hide()
                continue
            card.show_kpi(
                titles[key],
                self._value(kpi),
                self._change(kpi),
                kpi.change,
                kpi.higher_is_better,
                len(kpi.member_ids),
            )
        self.left_out_label.setVisible("purchases" in data.left_out)

    def _show_charts(self, head: ReportHeadline, data: ReportCharts) -> None:
        weeks = [g.week_start.strftime("%m-%d") for g in data.growth]
        self.growth_chart.set_data(
            self.tr("成员增长（每周）"),
            weeks,
            [Series(self.tr("成员总数"), tuple(g.total for g in data.growth))],
            self.tr("还没有成员"),
        )
        trend = data.activity_trend
        self.activity_chart.set_data(
            self.tr("活跃 / 沉默 / 僵尸"),
            [a.day.strftime("%m-%d") for a in trend],
            [
                Series(self.tr("活跃"), tuple(a.active for a in trend), "#2e7d32"),
                Series(self.tr("沉默"), tuple(a.silent for a in trend), "#9aa0a6"),
                Series(self.tr("僵尸"), tuple(a.zombie for a in trend), "#b7791f"),
            ],
            self.tr("还没有成员"),
        )
        self.skin_chart.set_data(
            self.tr("肤质分布（点击查看成员）"),
            [s.name for s in data.skin_types],
            [Series(self.tr("人数"), tuple(s.count for s in data.skin_types), "#3e63dd")],
            self.tr("还没有成员"),
        )
        plan = data.plan_by_type
        self.plan_chart.set_data(
            self.tr("内容计划执行（按类型）"),
            [r.name for r in plan],
            [
                Series(self.tr("按时发布"), tuple(r.published - r.late for r in plan), "#2e7d32"),
                Series(self.tr("迟发"), tuple(r.late for r in plan), "#b7791f"),
                Series(self.tr("漏发"), tuple(r.missed for r in plan), "#c62828"),
                Series(
                    self.tr("未到时间"),
                    tuple(r.planned - r.published - r.missed for r in plan),
                    "#9aa0a6",
                ),
            ],
            self.tr("这个时间段没有计划发布的内容。在内容日历里安排后，这里显示执行情况。"),
        )
        products = data.products[:8]
        self.purchase_chart.set_data(
            self.tr("购买与复购（按产品，人数）"),
            [x.name for x in products],
            [
                Series(
                    self.tr("买过一次"),
                    tuple(x.buyers - x.repeat_buyers for x in products),
                    "#3e63dd",
                ),
                Series(self.tr("复购"), tuple(x.repeat_buyers for x in products), "#2e7d32"),
            ],
            self.tr(
                "还没有购买记录。在「产品/购买」页记录购买或粘贴团购接龙后，这里显示购买与复购。"
            )
            if "purchases" in head.left_out
            else self.tr("这个时间段没有购买（退款的不算）。"),
        )
        end = min(head.period.end, head.generated_at.date())
        self.goals_view.show_goals(quarter_key(end), data.goals)

    def _value(self, kpi: Kpi) -> str:
        text = number_text(kpi.value, kpi.unit, money_decimals=0)
        if kpi.unit == MINUTES and kpi.value is not None:
            return self.tr("{n} 分钟").format(n=text)
        return text

    def _change(self, kpi: Kpi) -> str:
        c = kpi.change
        if c is None:
            return ""
        if kpi.unit == RATE:
            return self.tr("{n} 个百分点").format(n=f"{abs(c) * 100:.0f}")
        text = number_text(abs(c), kpi.unit, money_decimals=0)
        return self.tr("{n} 分钟").format(n=text) if kpi.unit == MINUTES else text

    # clicks -----------------------------------------------------------------------------------
    def _on_card_clicked(self, key: str) -> None:
        if self.data is not None:
            self._open(self.data.kpi(key).member_ids)

    def _on_skin_chart_bar_clicked(self, index: int) -> None:
        if self.chart_data is not None and index < len(self.chart_data.skin_types):
            self._open(self.chart_data.skin_types[index].member_ids)

    def _open(self, ids: tuple[int, ...]) -> None:
        if ids and self.open_members is not None:
            self.open_members(ids)

    # goals ------------------------------------------------------------------------------------
    def _on_goals_view_edit_requested(self) -> None:
        self.env.tasks.spawn(self.edit_goals())

    async def edit_goals(self, dialog_factory: Callable[..., GoalsDialog] = GoalsDialog) -> None:
        """The goals of the quarter shown, edited in a small dialog, stored by `settings.set`
        (undoable on this page's stack); the figures are computed again."""
        try:
            stored = await self.env.runner.run(self.env.ctx.settings.get, REPORT_GOALS)
        except Exception as exc:
            self.env.show_error(exc)
            return
        dialog = dialog_factory(self.goals_view.quarter, stored, self)
        if dialog.exec() != GoalsDialog.DialogCode.Accepted:
            return
        self.env.ops.push(
            self.env.stack_for(self.key),
            SetSetting(REPORT_GOALS, dialog.value_for_setting()),
            UndoText.translate("ReportsPage", "设定季度目标"),
            on_done=lambda _done: self.reload(),
        )

    # the boss report --------------------------------------------------------------------------
    def choose_report_file(self, period: Period | None = None) -> None:
        p = period or self.period()
        name = self.tr("社群周报_{start}_{end}.xlsx").format(
            start=p.start.isoformat(), end=p.end.isoformat()
        )
        path, _ = save_file(
            self,
            self.env.settings,
            "report",
            self.tr("生成老板周报"),
            name,
            self.tr("Excel 工作簿 (*.xlsx)"),
        )
        if path:
            self.write_report(path, p)

    def write_last_week(self) -> None:
        """文件 → 生成老板周报: last Monday–Sunday, one click to the file dialog."""
        self.choose_report_file(periods.last_week(self.today()))

    def write_report(self, path: str, period: Period) -> None:
        """Write the workbook on the runner (the UI never waits); then say where it is."""
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.report_button.setEnabled(False)
        self.progress.show()
        self.env.tasks.spawn(self._write(path, period, not self.mask_box.isChecked()))

    async def _write(self, path: str, period: Period, unmask: bool) -> None:
        try:
            result: Any = await self.env.runner.run(
                self.env.ctx.reports.write, path, period, unmask
            )
        except Exception as exc:
            self.env.show_error(exc)
            return
        finally:
            self.progress.hide()
            self.report_button.setEnabled(True)
        self.env.show_message(self.tr("老板周报已生成：{path}").format(path=result.path))
        self.report_written.emit(result.path)
