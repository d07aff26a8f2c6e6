"""The purchases ledger of the products page: filters, record, refund (undoable), the warning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commerce.domain import ProductRow, PurchaseFilter, PurchaseLine, PurchaseRow, Recorded
from app.commerce.order_sheet import OrderPlan
from app.commerce.purchase_ops import CancelRefund, DeletePurchases, RecordPurchases, RefundPurchase
from app.ops import Done
from ui.commerce.commerce_dialogs import PurchaseDialog, RefundDialog
from ui.commerce.order_sheet_dialog import OrderSheetDialog
from ui.community.care_page_base import current_row, make_table
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.file_dialogs import open_file
from ui.flow_layout import FlowLayout
from ui.operations import UndoText
from ui.slots import widget_slot
from ui.theme import set_role
from ui.wording import member_cell, member_name, member_text

WARN = "#c62828"
GREY = "#8a8f98"
PERIODS = (None, 30, 90, 365)
LIMIT = 5000


def source_label(source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "manual": QCoreApplication.translate("PurchasesView", "手动"),
        "paste": QCoreApplication.translate("PurchasesView", "接龙粘贴"),
        "sheet": QCoreApplication.translate("PurchasesView", "团购表"),
    }
    if source.startswith("import:"):
        return QCoreApplication.translate("PurchasesView", "导入批次 %1").replace("%1", source[7:])
    return names.get(source, source)


class PurchasesView(QWidget):
    """Purchases (of the selected product or all), with the actions on one purchase."""

    loaded = Signal()

    def __init__(
        self,
        env: UiEnv,
        stack_key: str,
        clock: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.stack_key, self.clock = env, stack_key, clock
        self.products: Sequence[ProductRow] = ()
        self.product_id: int | None = None  # the product selected above (None: all)
        # Replaced in tests: asks the date and reason of a refund (None: cancelled).
        self.ask_refund: Callable[[PurchaseRow], tuple[dt.date, str] | None] = self._ask_refund
        self.model = RowsModel(self._columns(), self)
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.refund_selected())
        self.only_product = QCheckBox(self.tr("只看选中的产品"))
        self.only_product.setChecked(True)
        self.period = QComboBox()
        for days in PERIODS:
            text = (
                self.tr("全部时间")
                if days is None
                else self.tr("近 %1 天").replace("%1", str(days))
            )
            self.period.addItem(text, days)
        self.state = QComboBox()
        for text, value in (
            (self.tr("全部"), None),
            (self.tr("未退款"), False),
            (self.tr("已退款"), True),
        ):
            self.state.addItem(text, value)
        self.unsuitable_only = QCheckBox(self.tr("只看不适合肤质的"))
        self.record_button = QPushButton(self.tr("记购买…"))
        self.record_button.setToolTip(self.tr("记录一位成员的购买（Ctrl+B）"))
        self.refund_button = QPushButton(self.tr("退款…"))
        self.cancel_button = QPushButton(self.tr("取消退款"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.sheet_button = QPushButton(self.tr("导入团购订单…"))
        self.sheet_button.setToolTip(
            self.tr("快团团等导出的订单表：下单人、商品、数量、金额、下单时间")
        )
        # Replaced in tests: asks for the order sheet to import (None: cancelled).
        self.ask_sheet: Callable[[], Path | None] = self._ask_sheet
        # Replaced in tests: shows the preview, True to record its matched rows.
        self.confirm_sheet: Callable[[OrderPlan], bool] = self._confirm_sheet
        self.banner = QLabel()
        self.banner.setObjectName("unsuitableBanner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "banner")
        self.banner.setStyleSheet("border-radius: 4px; padding: 6px 10px; font-weight: bold;")
        self.banner.hide()
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "muted")
        self.empty.setStyleSheet("padding: 16px;")
        self.summary = QLabel()
        set_role(self.summary, "muted")
        bar = FlowLayout(spacing=6)  # wraps in a narrow window instead of widening it
        for w in (self.only_product, self.period, self.state, self.unsuitable_only):
            bar.addWidget(w)
        bar.addWidget(self.summary)
        buttons = (self.delete_button, self.cancel_button, self.refund_button, self.sheet_button)
        for b in (*buttons, self.record_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

        for combo in (self.period, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for box in (self.only_product, self.unsuitable_only):
            box.toggled.connect(lambda _c: self.reload())
        self.record_button.clicked.connect(self.open_record_dialog)
        self.refund_button.clicked.connect(self.refund_selected)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.sheet_button.clicked.connect(self.import_sheet)

    def current_filter(self) -> PurchaseFilter:
        days = self.period.currentData()
        since = self.clock() - dt.timedelta(days=days) if days else None
        product = self.product_id if self.only_product.isChecked() else None
        return PurchaseFilter(
            None,
            product,
            since,
            None,
            self.state.currentData(),
            self.unsuitable_only.isChecked(),
            LIMIT,
        )

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("日期"), lambda r: r.bought_on.isoformat()),
            Column(self.tr("成员"), lambda r: member_cell(r.member, r.member_id)),
            Column(self.tr("肤质"), lambda r: r.skin_type or ""),
            Column(self.tr("产品"), lambda r: r.product),
            Column(self.tr("数量"), lambda r: str(r.quantity), align_right=True),
            Column(self.tr("金额"), lambda r: f"¥{r.amount:,.2f}", align_right=True),
            Column(self.tr("来源"), lambda r: source_label(r.source)),
            Column(self.tr("提醒"), lambda r: r.warning, lambda r: GREY if r.refunded_on else WARN),
            Column(
                self.tr("退款"),
                lambda r: f"{r.refunded_on.isoformat()} {r.refund_reason}" if r.refunded_on else "",
                lambda r: GREY,
            ),
        ]

    def retranslate(self) -> None:
        """The language changed (the page reloads the rows afterwards)."""
        self.model.set_columns(self._columns())
        self.only_product.setText(self.tr("只看选中的产品"))
        for i, days in enumerate(PERIODS):
            text = (
                self.tr("全部时间")
                if days is None
                else self.tr("近 %1 天").replace("%1", str(days))
            )
            self.period.setItemText(i, text)
        for i, text in enumerate((self.tr("全部"), self.tr("未退款"), self.tr("已退款"))):
            self.state.setItemText(i, text)
        self.unsuitable_only.setText(self.tr("只看不适合肤质的"))
        self.record_button.setText(self.tr("记购买…"))
        self.record_button.setToolTip(self.tr("记录一位成员的购买（Ctrl+B）"))
        self.refund_button.setText(self.tr("退款…"))
        self.cancel_button.setText(self.tr("取消退款"))
        self.delete_button.setText(self.tr("删除"))
        self.sheet_button.setText(self.tr("导入团购订单…"))
        self.sheet_button.setToolTip(
            self.tr("快团团等导出的订单表：下单人、商品、数量、金额、下单时间")
        )

    @widget_slot()
    async def reload(self) -> None:
        f = self.current_filter()
        try:
            rows = await self.env.runner.run(self.env.ctx.purchases.purchases, f)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        total = sum(r.amount for r in rows if not r.refunded_on)
        self.summary.setText(
            self.tr("%1 笔，合计 ¥%2").replace("%1", str(len(rows))).replace("%2", f"{total:,.2f}")
        )
        self.empty.setText(
            self.tr("没有符合筛选条件的购买。")
            if f.product_id or f.since or f.refunded is not None or f.unsuitable_only
            else self.tr("还没有购买记录。按「记购买…」（Ctrl+B）记下一笔，或从团购订单表导入。")
        )
        self.empty.setVisible(not rows)
        self.loaded.emit()

    # --- record --------------------------------------------------------------------------------
    def open_record_dialog(self) -> None:
        if not any(p.active for p in self.products):
            self.env.show_message(self.tr("还没有在售的产品：请先新建一个产品。"))
            return
        dialog = PurchaseDialog(self.env, self.products, self.product_id, parent=self)
        if dialog.exec() != PurchaseDialog.DialogCode.Accepted:
            return
        member, product, quantity, price, day = dialog.values()
        if member is None or product is None:
            self.env.show_message(self.tr("请先选中买东西的成员和产品。"))
            return
        self.record((PurchaseLine(member, product, quantity, price, day),))

    def record(self, lines: tuple[PurchaseLine, ...], source: str = "manual") -> Any:
        text = UndoText.translate("PurchasesView", "记录 %1 笔购买").fill(len(lines))
        return self.env.ops.push(
            self.env.stack_for(self.stack_key),
            RecordPurchases(lines, source),
            text,
            on_done=self._on_recorded,
        )

    def _on_recorded(self, done: Done[Recorded]) -> None:
        warnings = done.value.warnings
        if not warnings:
            self.banner.hide()
            return
        lines = [
            self.tr("⚠ %1买了「%2」：%3。")
            .replace("%1", str(member_text(w.name, w.member_id)))
            .replace("%2", w.product)
            .replace("%3", w.warning)
            for w in warnings
        ]
        text = "\n".join(lines) + "\n" + self.tr("如果她用了不合适，选中这笔购买按「退款…」。")
        self.banner.setText(text)
        self.banner.show()
        self.env.show_message(text)

    # --- group-buy order sheet -----------------------------------------------------------------
    @widget_slot()
    async def import_sheet(self) -> None:
        path = self.ask_sheet()
        if path is None:
            return
        try:
            plan = await self.env.runner.run(self.env.ctx.purchases.preview_sheet, path)
        except Exception as exc:
            self.env.show_error(exc)
            return
        if self.confirm_sheet(plan) and plan.lines():
            self.record(plan.lines(), "sheet")

    def _ask_sheet(self) -> Path | None:
        name = open_file(
            self,
            self.env.settings,
            "purchases",
            self.tr("选择团购订单表"),
            self.tr("表格 (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        return Path(name) if name else None

    def _confirm_sheet(self, plan: OrderPlan) -> bool:
        return OrderSheetDialog(plan, self).exec() == OrderSheetDialog.DialogCode.Accepted

    # --- refund, delete -------------------------------------------------------------------------
    def _selected(self, message: str) -> PurchaseRow | None:
        row: PurchaseRow | None = current_row(self.view, self.model)
        if row is None:
            self.env.show_message(message)
        return row

    def refund_selected(self) -> None:
        row = self._selected(self.tr("请先选中要退款的购买。"))
        if row is None:
            return
        if row.refunded_on is not None:
            self.env.show_message(
                self.tr("这笔购买已经在 %1 退款过了。").replace("%1", row.refunded_on.isoformat())
            )
            return
        answer = self.ask_refund(row)
        if answer is None:
            return
        day, reason = answer
        self.env.ops.push(
            self.env.stack_for(self.stack_key),
            RefundPurchase(row.id, day, reason),
            UndoText.translate("PurchasesView", "退款 %1 的「%2」").fill(
                member_name(row.member), row.product
            ),
        )

    def _ask_refund(self, row: PurchaseRow) -> tuple[dt.date, str] | None:
        what = f"{member_name(row.member)} · {row.product} ×{row.quantity} · ¥{row.amount:,.2f}"
        dialog = RefundDialog(what, row.warning, parent=self)
        if dialog.exec() != RefundDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _on_cancel_clicked(self) -> None:
        row = self._selected(self.tr("请先选中一笔已退款的购买。"))
        if row is None or row.refunded_on is None:
            return
        self.env.ops.push(
            self.env.stack_for(self.stack_key),
            CancelRefund(row.id),
            UndoText.translate("PurchasesView", "取消退款"),
        )

    def _on_delete_clicked(self) -> None:
        row = self._selected(self.tr("请先选中要删除的购买。"))
        if row is None:
            return
        self.env.ops.push(
            self.env.stack_for(self.stack_key),
            DeletePurchases((row.id,)),
            UndoText.translate("PurchasesView", "删除购买"),
        )
