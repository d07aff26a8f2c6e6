"""The purchases section of a member's detail panel: what she bought, what did not suit, refund."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import UndoText
from ui.theme import set_role
from ui.wording import member_name

if TYPE_CHECKING:
    from app.commerce.domain import PurchaseRow

ROW_ROLE = Qt.ItemDataRole.UserRole
AREA = "commerce"
SHOWN = 20


class PurchasesBox(QWidget):
    """Her last purchases, unsuitable ones in red with the reason; 退款 refunds the chosen one.

    Reads and refunds need the window's env: `bind(env, stack_key)` (until then it stays hidden).
    """

    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasesBox")
        self.env: Any = None
        self.stack_key = "members"
        self.member_id: int | None = None
        self.rows: list[PurchaseRow] = []
        self._generation = 0
        self.title = QLabel(self)
        self.title.setObjectName("detailSection")
        self.summary = QLabel(self)
        set_role(self.summary, "muted")
        self.warning = QLabel(self)
        self.warning.setObjectName("unsuitableWarning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "error")
        self.warning.setStyleSheet("font-weight: bold;")
        self.list = QListWidget(self)
        self.list.setMaximumHeight(150)
        self.list.setWordWrap(True)
        self.refund_button = QPushButton(self)
        self.refund_button.clicked.connect(self.refund_selected)
        self.list.currentItemChanged.connect(lambda *_a: self._update_button())
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.warning)
        layout.addWidget(self.list)
        layout.addWidget(self.refund_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("购买记录"))
        self.refund_button.setText(self.tr("退款所选"))
        self.refund_button.setToolTip(self.tr("这件产品不适合她：登记退款（可撤销）"))
        self._fill()

    def bind(self, env: Any, stack_key: str) -> None:
        self.env, self.stack_key = env, stack_key
        env.runner.changed.connect(self._on_runner_changed)

    def show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        if self.env is None or member_id is None:
            self.hide()
            return
        self.show()
        self.env.tasks.spawn(self._load(member_id))

    async def _load(self, member_id: int) -> None:
        self._generation += 1
        generation = self._generation
        try:
            rows = await self.env.runner.run(self.env.ctx.purchases.member_purchases, member_id)
        except Exception as exc:
            self.env.show_error(exc)
            return
        if generation != self._generation or member_id != self.member_id:
            return  # another member was chosen meanwhile
        self.rows = rows
        self._fill()
        self.loaded.emit()

    def _fill(self) -> None:
        self.list.clear()
        for r in self.rows[:SHOWN]:
            text = f"{r.bought_on:%Y-%m-%d}  {r.product} ×{r.quantity}  ¥{r.amount:,.2f}"
            if r.warning:
                text += f"  ⚠ {r.warning}"
            if r.refunded_on:
                text += "  " + self.tr("已退款 %1").replace("%1", r.refunded_on.isoformat())
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, r.id)
            if r.refunded_on:
                item.setForeground(QBrush(QColor("#8a8f98")))
            elif r.warning:
                item.setForeground(QBrush(QColor("#c62828")))
            self.list.addItem(item)
        if not self.rows:
            self.list.addItem(self.tr("还没有购买记录。"))
        open_warnings = sorted({r.warning for r in self.rows if r.warning and not r.refunded_on})
        self.warning.setText("⚠ " + "；".join(open_warnings) if open_warnings else "")
        self.warning.setVisible(bool(open_warnings))
        kept = [r for r in self.rows if not r.refunded_on]
        self.summary.setText(
            self.tr("%1 笔，¥%2")
            .replace("%1", str(len(kept)))
            .replace("%2", f"{sum(r.amount for r in kept):,.2f}")
        )
        first = next(
            (i for i, r in enumerate(self.rows[:SHOWN]) if r.warning and not r.refunded_on), None
        )
        if first is not None:
            self.list.setCurrentRow(first)
        self._update_button()

    def selected(self) -> PurchaseRow | None:
        item = self.list.currentItem()
        pid = item.data(ROW_ROLE) if item is not None else None
        return next((r for r in self.rows if r.id == pid), None)

    def _update_button(self) -> None:
        row = self.selected()
        self.refund_button.setEnabled(row is not None and row.refunded_on is None)

    def refund_selected(self) -> None:
        row = self.selected()
        if self.env is None or row is None or row.refunded_on is not None:
            return
        from app.commerce.purchase_ops import RefundPurchase

        reason = row.warning or self.tr("不适合她的肤质")
        self.env.ops.push(
            self.env.stack_for(self.stack_key),
            RefundPurchase(row.id, dt.date.today(), reason),
            UndoText.translate("PurchasesBox", "退款 %1 的「%2」").fill(
                member_name(row.member), row.product
            ),
        )

    def _on_runner_changed(self, changes: object) -> None:
        if self.member_id is None or not self.isVisible():
            return
        if AREA in getattr(changes, "areas", frozenset()) or self.member_id in getattr(
            changes, "members", frozenset()
        ):
            self.env.tasks.spawn(self._load(self.member_id))
