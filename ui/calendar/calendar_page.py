"""The Calendar page: month/week/agenda views, filters, warnings panel, reminder lead time."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.calendar.domain import (
    CALENDAR_AREA,
    CALENDAR_VOCAB_AREA,
    DEFAULT_REMINDER_MINUTES,
    CalendarRange,
    PostFilter,
    PostTypeInfo,
    SlotInfo,
)
from app.calendar.setting_ops import SetReminderMinutes
from app.errors import ShequnError
from ui.calendar.agenda_view import AgendaView
from ui.calendar.labels import (
    STATUS_KEYS,
    month_title,
    no_data_note,
    rule_text,
    status_label,
    type_label,
    warning_text,
)
from ui.calendar.month_view import MonthView, month_grid_start
from ui.calendar.page_edits import CalendarEditsMixin
from ui.calendar.reading import read
from ui.calendar.week_view import WeekView
from ui.env import UiEnv
from ui.file_dialogs import save_file
from ui.flow_layout import FlowLayout
from ui.operations import UndoText
from ui.page import Page
from ui.slots import widget_slot
from ui.theme import set_role

MODES = ("month", "week", "agenda")
MINUTES_SETTLE_MS = 700


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class CalendarPage(CalendarEditsMixin, Page):
    """Plan posts; the views only paint what `CalendarService.range` returned."""

    key = "calendar"
    view_ready = Signal()  # data of the current period is in the view (benchmarks, tests)

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.mode = "month"
        self.anchor = clock().date()
        self.data: CalendarRange | None = None
        self.loaded = False
        self._generation = 0
        self.types: list[PostTypeInfo] = []
        self.groups: list[tuple[int, str]] = []
        self.segments: list[tuple[int, str]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.month_view, self.week_view, self.agenda_view = MonthView(), WeekView(), AgendaView()
        self.stack = QStackedWidget()
        for view in (self.month_view, self.week_view, self.agenda_view):
            self.stack.addWidget(view)
            view.post_activated.connect(self._on_view_post_activated)
            view.fill_requested.connect(self._on_view_fill_requested)
        for view in (self.month_view, self.week_view):
            view.post_moved.connect(self._on_view_post_moved)
            view.day_activated.connect(self._on_view_day_activated)

        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.today_button = QPushButton(self.tr("今天"))
        self.period_label = QLabel()
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setBold(True)
        self.period_label.setFont(font)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.mode_buttons = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for n, (mode, text) in enumerate(
            zip(MODES, (self.tr("月"), self.tr("周"), self.tr("列表")), strict=True)
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            self.mode_buttons.addButton(button, n)
            mode_row.addWidget(button)
        self.mode_buttons.idClicked.connect(lambda n: self.set_mode(MODES[n]))
        self.group_filter, self.type_filter, self.status_filter = (
            QComboBox(),
            QComboBox(),
            QComboBox(),
        )
        self.group_filter.addItem(self.tr("全部群"), None)
        self.type_filter.addItem(self.tr("全部类型"), None)
        self.status_filter.addItem(self.tr("全部状态"), None)
        for key in STATUS_KEYS:
            self.status_filter.addItem(status_label(key), key)
        for combo in (self.group_filter, self.type_filter, self.status_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button = QPushButton(self.tr("新建内容"))
        self.new_button.clicked.connect(
            lambda: self._on_view_day_activated(self.month_view.selected)
        )
        self.setup_button = QToolButton()
        self.setup_button.setText(self.tr("栏目与类型"))
        self.setup_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setup_menu = QMenu(self.setup_button)
        self.setup_button.setMenu(self.setup_menu)
        self.slots: list[SlotInfo] = []
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setSuffix(self.tr(" 分钟前提醒"))
        self.minutes.setValue(DEFAULT_REMINDER_MINUTES)  # the stored setting: load_vocab()
        self.stored_minutes = DEFAULT_REMINDER_MINUTES
        self._minutes_timer = QTimer(self)
        self._minutes_timer.setSingleShot(True)
        self._minutes_timer.setInterval(MINUTES_SETTLE_MS)
        self._minutes_timer.timeout.connect(self._on_minutes_timer_timeout)

        top = FlowLayout(spacing=6)  # wraps in a narrow window instead of widening it
        for nav in (self.prev_button, self.today_button, self.next_button, self.period_label):
            top.addWidget(nav)
        modes = QWidget()
        mode_row.setContentsMargins(0, 0, 0, 0)
        modes.setLayout(mode_row)
        top.addWidget(modes)
        for w in (
            self.group_filter,
            self.type_filter,
            self.status_filter,
            self.new_button,
            self.setup_button,
            self.export_button,
        ):
            top.addWidget(w)

        self.warnings = QListWidget()
        self.warnings.setWordWrap(True)
        self.warnings.itemDoubleClicked.connect(self._on_warning_double_clicked)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        set_role(self.note_label, "warn")
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.warnings_title = QLabel(self.tr("提醒与警告"))
        side_box.addWidget(self.warnings_title)
        side_box.addWidget(self.warnings, 1)
        side_box.addWidget(self.note_label)
        side_box.addWidget(self.minutes)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 280])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.minutes.valueChanged.connect(self._on_minutes_changed)
        env.runner.changed.connect(self._on_runner_changed)

    def title(self) -> str:
        return self.tr("内容日历")

    def retranslate(self) -> None:
        """The language changed: the bar, the filters' fixed items, the side; then the period
        is fetched again so the views, the warnings and the setup menu follow."""
        self.today_button.setText(self.tr("今天"))
        for button, text in zip(
            self.mode_buttons.buttons(),
            (self.tr("月"), self.tr("周"), self.tr("列表")),
            strict=True,
        ):
            button.setText(text)
        for combo, text in (
            (self.group_filter, self.tr("全部群")),
            (self.type_filter, self.tr("全部类型")),
            (self.status_filter, self.tr("全部状态")),
        ):
            combo.setItemText(0, text)
        for i in range(1, self.status_filter.count()):
            self.status_filter.setItemText(i, status_label(self.status_filter.itemData(i)))
        for i in range(1, self.type_filter.count()):
            key = self.type_filter.itemData(i)
            found = next((t for t in self.types if t.id == key), None)
            if found is not None:
                self.type_filter.setItemText(i, type_label(found.name, found.key))
        self.new_button.setText(self.tr("新建内容"))
        self.setup_button.setText(self.tr("栏目与类型"))
        self.export_button.setText(self.tr("导出…"))
        self.minutes.setSuffix(self.tr(" 分钟前提醒"))
        self.warnings_title.setText(self.tr("提醒与警告"))
        if self.loaded:
            self._build_setup_menu()
            self.reload()

    def activate(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.load_vocab()
        self.reload()

    # --- navigation --------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        """Days `start` ≤ day < `end` of the current view."""
        if self.mode == "week":
            monday = self.anchor - dt.timedelta(days=self.anchor.weekday())
            return monday, monday + dt.timedelta(days=7)
        if self.mode == "month":
            start = month_grid_start(self.anchor)
            return start, start + dt.timedelta(days=42)
        first = self.anchor.replace(day=1)
        return first, _add_months(first, 1)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_buttons.button(MODES.index(mode)).setChecked(True)
        self.stack.setCurrentIndex(MODES.index(mode))
        self.reload()

    def step(self, direction: int) -> None:
        """Previous/next month (month, agenda) or week (week view)."""
        if self.mode == "week":
            self.go_to(self.anchor + dt.timedelta(days=7 * direction))
        else:
            self.go_to(_add_months(self.anchor, direction))

    def go_today(self) -> None:
        self.go_to(self.clock().date())

    def go_to(self, day: dt.date) -> None:
        old = self.period()
        self.anchor = day
        moved = self.period() != old
        for view in (self.month_view, self.week_view):
            if moved:
                view.selected = day  # no repaint of the old period: the new data repaints it
            else:
                view.set_selected(day)
        if moved:
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves:
            self.go_to(self.month_view.selected + dt.timedelta(days=moves[key]))
        elif key == Qt.Key.Key_PageUp:
            self.go_to(_add_months(self.anchor, -1))
        elif key == Qt.Key.Key_PageDown:
            self.go_to(_add_months(self.anchor, 1))
        elif key == Qt.Key.Key_T:
            self.go_today()
        else:
            super().keyPressEvent(event)

    # --- loading -----------------------------------------------------------------------------
    def current_filter(self) -> PostFilter:
        def one(combo: QComboBox) -> tuple[Any, ...]:
            value = combo.currentData()
            return () if value is None else (value,)

        return PostFilter(one(self.group_filter), one(self.type_filter), one(self.status_filter))

    @widget_slot()
    async def load_vocab(self) -> None:
        vocab = await read(self.env, self._read_vocab)
        if vocab is None:
            return
        self.types, groups, segments, self.slots, minutes = vocab
        self._minutes_timer.stop()
        self.stored_minutes = minutes
        self.minutes.blockSignals(True)
        self.minutes.setValue(minutes)
        self.minutes.blockSignals(False)
        self.groups = [(g.id, g.name) for g in groups]
        self.segments = [(s.id, s.name) for s in segments]
        for combo, items in (
            (self.group_filter, self.groups),
            (self.type_filter, [(t.id, type_label(t.name, t.key)) for t in self.types]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in items:
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, combo.findData(current)))  # keep the filter chosen
            combo.blockSignals(False)
        self._build_setup_menu()

    def _read_vocab(self) -> tuple[list[PostTypeInfo], list[Any], list[Any], list[SlotInfo], int]:
        """On the DB thread: everything the filters, menus and dialogs offer, in one go."""
        ctx = self.env.ctx
        return (
            ctx.calendar.posts.list_types(),
            ctx.groups.list_groups(),
            ctx.segments.list(),
            ctx.calendar.slots.list_slots(),
            ctx.calendar.reminder_minutes(),
        )

    def _build_setup_menu(self) -> None:
        menu = self.setup_menu
        menu.clear()
        menu.addAction(self.tr("新建固定栏目…"), lambda: self.open_slot_dialog(None))
        for slot in self.slots:
            text = (
                self.tr("编辑栏目「%1」（%2）…")
                .replace("%1", slot.name)
                .replace("%2", rule_text(slot.rule))
            )
            menu.addAction(text, functools.partial(self.open_slot_dialog, slot))
        menu.addSeparator()
        menu.addAction(self.tr("新建内容类型…"), lambda: self.open_type_dialog(None))
        for post_type in self.types:
            name = type_label(post_type.name, post_type.key)
            menu.addAction(
                self.tr("编辑类型「%1」…").replace("%1", name),
                functools.partial(self.open_type_dialog, post_type),
            )

    @widget_slot()
    async def reload(self) -> None:
        """Fetch the current period on the runner, then hand it to the visible view."""
        self._generation += 1
        generation = self._generation
        start, end = self.period()
        now = self.clock()
        cal = self.env.ctx.calendar
        data = await read(self.env, cal.range, start, end, self.current_filter())
        if data is None:
            return
        if generation != self._generation:
            return  # a newer navigation superseded this one
        self.data = data
        self._show(data, now)
        self.view_ready.emit()
        warnings = await read(self.env, cal.warnings, now)
        if warnings is None or generation != self._generation:
            return
        self.warnings.clear()
        for warning in warnings:
            item = QListWidgetItem(warning_text(warning))
            item.setData(Qt.ItemDataRole.UserRole, warning.at)
            self.warnings.addItem(item)
        if not warnings:
            self.warnings.addItem(self.tr("没有需要处理的事项。"))

    def _show(self, data: CalendarRange, now: dt.datetime) -> None:
        today = now.date()
        if self.mode == "month":
            self.period_label.setText(month_title(self.anchor.year, self.anchor.month))
            self.month_view.set_month(self.anchor)
            self.month_view.set_data(data, today, now)
        elif self.mode == "week":
            end = data.end - dt.timedelta(days=1)
            self.period_label.setText(
                self.tr("%1 至 %2")
                .replace("%1", f"{data.start:%Y-%m-%d}")
                .replace("%2", f"{end:%m-%d}")
            )
            self.week_view.set_week(data.start)
            self.week_view.set_data(data, today, now)
        else:
            self.period_label.setText(month_title(self.anchor.year, self.anchor.month))
            self.agenda_view.set_data(data, today, now)
        self.note_label.setText("\n".join(no_data_note(y) for y in data.no_data_years))

    def current_view(self) -> QWidget:
        view = self.stack.currentWidget()
        assert view is not None  # the stack always holds the three views
        return view

    def _on_runner_changed(self, changes: object) -> None:
        areas: frozenset[str] = getattr(changes, "areas", frozenset())
        vocab = getattr(changes, "vocab", False) or CALENDAR_VOCAB_AREA in areas
        if CALENDAR_AREA in areas or vocab:
            if vocab and self.loaded:
                self.load_vocab()  # groups, segments, slots, types or the reminder setting
            if self.loaded:
                self.reload()

    def _on_filter_changed(self, _index: int) -> None:
        self.reload()

    def _on_minutes_changed(self, minutes: int) -> None:
        # Stored once the value settles: five clicks on the arrow are one undo step, not five.
        # The window's reminder service reads the stored value at each check.
        self._minutes_timer.start()

    def _on_minutes_timer_timeout(self) -> None:
        minutes = self.minutes.value()
        if minutes != self.stored_minutes:
            self.stored_minutes = minutes
            self.push(
                SetReminderMinutes(minutes),
                UndoText.translate("CalendarPage", "提醒时间改为提前 %1 分钟").fill(minutes),
            )

    def _on_warning_double_clicked(self, item: QListWidgetItem) -> None:
        at = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(at, dt.datetime):
            self.go_to(at.date())

    @widget_slot()
    async def _on_export_clicked(self) -> None:
        path, _ = save_file(
            self,
            self.env.settings,
            "calendar",
            self.tr("导出内容日历"),
            "content-calendar.ics",
            self.tr("手机日历 (*.ics);;周计划 Excel (*.xlsx)"),
        )
        if not path:
            return
        from pathlib import Path

        from app.calendar.exports import export_calendar

        start, end = self.period()
        try:
            result = await self.env.runner.run(
                export_calendar,
                self.env.ctx.calendar,
                Path(path),
                start,
                end - dt.timedelta(days=1),
            )
        except (ShequnError, OSError) as exc:  # a refused range, a full disk, a locked file
            self.env.show_error(exc)
            return
        self.env.show_message(self.tr("已导出到 %1").replace("%1", str(result.path)))
