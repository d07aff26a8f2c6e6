"""The 投诉 page: open complaints by waiting time with a ticking clock, and all complaints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.community.complaint_ops import (
    EditComplaint,
    LogComplaint,
    ReopenComplaint,
    ResolveComplaint,
    RespondComplaint,
)
from app.community.complaints import ComplaintRow
from ui.community.care_dialogs import ComplaintDialog
from ui.community.care_page_base import CarePage, current_row, make_table
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.operations import UndoText
from ui.slots import widget_slot
from ui.theme import set_role

WAIT_COLUMN = 0
TICK_MS = 30_000


class ComplaintsPage(CarePage):
    """Log complaints and answer them fast: the longest waiting is on top."""

    key = "complaints"
    loaded_signal = Signal()

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.loaded = False
        self.open_only = True
        self.channels: tuple[str, ...] = ()
        self.categories: tuple[str, ...] = ()
        self.model = RowsModel(self._columns(), self)
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.open_edit_dialog())
        self.open_button = QPushButton(self.tr("未解决"))
        self.all_button = QPushButton(self.tr("全部"))
        self.mode = QButtonGroup(self)
        for n, b in enumerate((self.open_button, self.all_button)):
            b.setCheckable(True)
            self.mode.addButton(b, n)
        self.open_button.setChecked(True)
        self.mode.idClicked.connect(self._on_mode_clicked)
        self.stats_label = QLabel()
        set_role(self.stats_label, "stat")
        self.log_button = QPushButton(self.tr("记录投诉…"))
        self.log_button.setToolTip(self.tr("Ctrl+N"))
        self.respond_button = QPushButton(self.tr("已回复"))
        self.respond_button.setToolTip(self.tr("记下首次回复的时间（Ctrl+R）"))
        self.resolve_button = QPushButton(self.tr("已解决"))
        self.resolve_button.setToolTip(self.tr("Ctrl+Enter"))
        self.reopen_button = QPushButton(self.tr("重新打开"))
        self.edit_button = QPushButton(self.tr("修改…"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "muted")
        self.empty.setStyleSheet("padding: 24px;")
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.all_button)
        top.addSpacing(12)
        top.addWidget(self.stats_label)
        top.addStretch(1)
        for b in (
            self.edit_button,
            self.reopen_button,
            self.respond_button,
            self.resolve_button,
            self.log_button,
        ):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

        self.log_button.clicked.connect(self.open_log_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.respond_button.clicked.connect(lambda: self._push_on_current(RespondComplaint))
        self.resolve_button.clicked.connect(lambda: self._push_on_current(ResolveComplaint))
        self.reopen_button.clicked.connect(lambda: self._push_on_current(ReopenComplaint))
        self.add_shortcuts(
            (
                (QKeySequence.StandardKey.New, self.open_log_dialog),
                (QKeySequence("Ctrl+R"), lambda: self._push_on_current(RespondComplaint)),
                (QKeySequence("Ctrl+Return"), lambda: self._push_on_current(ResolveComplaint)),
            )
        )
        # The clock: the waiting times tick while the page is open.
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)

    def title(self) -> str:
        return self.tr("投诉")

    def _columns(self) -> list[Column]:
        status = {
            "open": self.tr("待回复"),
            "processing": self.tr("处理中"),
            "resolved": self.tr("已解决"),
        }
        return [
            Column(self.tr("等待"), self.wait_text, lambda r: self.wait_colour(r)),
            Column(
                self.tr("状态"),
                lambda r: status.get(r.status, r.status),
                lambda r: {"open": "#c62828", "processing": "#e0672c"}.get(r.status),
            ),
            Column(self.tr("收到"), lambda r: f"{r.received_at:%m-%d %H:%M}"),
            Column(self.tr("成员"), lambda r: r.member or self.tr("（非成员）")),
            Column(self.tr("渠道"), lambda r: r.channel),
            Column(self.tr("类别"), lambda r: r.category),
            Column(self.tr("首次回复"), self.response_text),
            Column(self.tr("解决用时"), self.resolution_text),
            Column(self.tr("内容"), lambda r: r.text),
        ]

    def retranslate(self) -> None:
        """The language changed: the columns, the buttons, then the list and figures again."""
        self.model.set_columns(self._columns())
        for button, text in (
            (self.open_button, self.tr("未解决")),
            (self.all_button, self.tr("全部")),
            (self.log_button, self.tr("记录投诉…")),
            (self.respond_button, self.tr("已回复")),
            (self.resolve_button, self.tr("已解决")),
            (self.reopen_button, self.tr("重新打开")),
            (self.edit_button, self.tr("修改…")),
        ):
            button.setText(text)
        self.respond_button.setToolTip(self.tr("记下首次回复的时间（Ctrl+R）"))
        if self.loaded:
            self.reload()

    def activate(self) -> None:
        self.timer.start()
        super().activate()

    def tick(self) -> None:
        self.model.refresh_column(WAIT_COLUMN)

    # --- texts -------------------------------------------------------------------------------
    def duration(self, delta: dt.timedelta) -> str:
        minutes = int(delta.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            return self.tr("%1 天 %2 小时").replace("%1", str(days)).replace("%2", str(hours))
        if hours:
            return self.tr("%1 小时 %2 分").replace("%1", str(hours)).replace("%2", str(mins))
        return self.tr("%1 分钟").replace("%1", str(mins))

    def wait_text(self, r: ComplaintRow) -> str:
        if not r.is_open:
            return self.tr("—")
        return self.tr("已等待 %1").replace("%1", self.duration(r.waiting(self.clock())))

    def wait_colour(self, r: ComplaintRow) -> str | None:
        if not r.is_open:
            return None
        hours = r.waiting(self.clock()).total_seconds() / 3600
        return "#c62828" if hours >= 24 else ("#e0672c" if hours >= 2 else "#2e7d32")

    def response_text(self, r: ComplaintRow) -> str:
        minutes = r.response_minutes()
        if minutes is None:
            return ""
        return self.duration(dt.timedelta(minutes=minutes))

    def resolution_text(self, r: ComplaintRow) -> str:
        if r.resolved_at is None:
            return ""
        return self.duration(r.resolved_at - r.received_at)

    # --- reading -----------------------------------------------------------------------------
    def _on_mode_clicked(self, n: int) -> None:
        self.open_only = n == 0
        self.reload()

    @widget_slot()
    async def reload(self) -> None:
        ctx, run = self.env.ctx, self.env.runner.run
        try:
            rows = await run(ctx.complaints.complaints, self.open_only)
            stats = await run(ctx.complaints.stats)
            settings = await run(ctx.care.settings)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.channels, self.categories = settings.channels, settings.categories
        self.model.set_rows(rows)
        parts = [self.tr("未解决 %1 件").replace("%1", str(stats.open))]
        if stats.median_response_minutes is not None:
            parts.append(
                self.tr("首次回复中位数 %1").replace(
                    "%1", self.duration(dt.timedelta(minutes=stats.median_response_minutes))
                )
            )
        if stats.median_resolution_hours is not None:
            parts.append(
                self.tr("解决用时中位数 %1 小时").replace(
                    "%1", f"{stats.median_resolution_hours:g}"
                )
            )
        self.stats_label.setText("　".join(parts))
        if self.open_only:
            self.empty.setText(
                self.tr(
                    "没有未解决的投诉。收到投诉时按「记录投诉…」（Ctrl+N），时钟从收到那一刻开始走。"
                )
            )
        else:
            self.empty.setText(self.tr("还没有投诉记录。收到投诉时按「记录投诉…」（Ctrl+N）。"))
        self.empty.setVisible(not rows)
        self.view.resizeColumnsToContents()
        self.loaded_signal.emit()

    # --- writing -----------------------------------------------------------------------------
    def open_log_dialog(self) -> None:
        dialog = ComplaintDialog(self.env, self.channels, self.categories, parent=self)
        if dialog.exec() != ComplaintDialog.DialogCode.Accepted:
            return
        self.env.ops.push(
            self.stack,
            LogComplaint(**dialog.values()),
            UndoText.translate("ComplaintsPage", "记录投诉"),
        )

    def open_edit_dialog(self) -> None:
        row = current_row(self.view, self.model)
        if row is None:
            self.env.show_message(self.tr("请先选中一条投诉。"))
            return
        dialog = ComplaintDialog(self.env, self.channels, self.categories, row, parent=self)
        if dialog.exec() != ComplaintDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        op = EditComplaint(
            complaint_id=row.id, product_id=row.product_id, activity_id=row.activity_id, **values
        )
        self.env.ops.push(self.stack, op, UndoText.translate("ComplaintsPage", "修改投诉"))

    def _push_on_current(self, op_class: Any) -> None:
        row = current_row(self.view, self.model)
        if row is None:
            self.env.show_message(self.tr("请先选中一条投诉。"))
            return
        texts = {
            RespondComplaint: UndoText.translate("ComplaintsPage", "回复投诉"),
            ResolveComplaint: UndoText.translate("ComplaintsPage", "解决投诉"),
            ReopenComplaint: UndoText.translate("ComplaintsPage", "重新打开投诉"),
        }
        self.env.ops.push(self.stack, op_class(row.id), texts[op_class])
