"""导入团购订单: a group-buy order sheet previewed row by row, then its matched rows recorded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.commerce.order_sheet import OrderEntry, OrderPlan
from ui.community.care_page_base import make_table
from ui.community.rows_model import Column, RowsModel
from ui.theme import set_role
from ui.wording import joined

COLOURS = {"ambiguous": "#b26a00", "unmatched": "#8a8f98", "problem": "#c62828"}


class OrderSheetDialog(QDialog):
    """The preview: every order row with what it was matched to; 记录 records the matched ones."""

    def __init__(self, plan: OrderPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入团购订单"))
        self.resize(980, 560)
        decisions = {
            "matched": self.tr("已对上"),
            "ambiguous": self.tr("同名多人"),
            "unmatched": self.tr("找不到成员"),
            "problem": self.tr("有问题"),
        }
        how = {"wechat": self.tr("微信号"), "phone": self.tr("手机号"), "nickname": self.tr("昵称")}
        self.model = RowsModel(
            [
                Column(self.tr("行"), lambda e: str(e.row), align_right=True),
                Column(self.tr("下单人"), lambda e: e.buyer),
                Column(self.tr("商品"), lambda e: e.product_text),
                Column(self.tr("数量"), lambda e: str(e.quantity), align_right=True),
                Column(
                    self.tr("单价"),
                    lambda e: "" if e.unit_price is None else f"¥{e.unit_price:,.2f}",
                    align_right=True,
                ),
                Column(self.tr("日期"), lambda e: e.bought_on.isoformat() if e.bought_on else ""),
                Column(
                    self.tr("结果"),
                    lambda e: decisions[e.decision],
                    lambda e: COLOURS.get(e.decision),
                ),
                Column(self.tr("成员"), lambda e: self._member_text(e, how)),
                Column(self.tr("说明"), lambda e: e.problem),
            ],
            self,
        )
        self.model.set_rows(plan.entries)
        self.view = make_table(self.model)
        self.view.resizeColumnsToContents()
        self.plan = plan
        matched = len(plan.lines())
        self.summary = QLabel(
            self.tr("「%1」：%2 笔订单，%3 笔已对上成员和产品，将被记录；其余的不会记录。")
            .replace("%1", plan.file)
            .replace("%2", str(len(plan.entries)))
            .replace("%3", str(matched))
        )
        self.summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "同名多人或找不到的，请在订单表里补上微信号或手机号后再导入；也可以之后手动记。"
            )
        )
        set_role(hint, "muted")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.record_button = buttons.addButton(
            self.tr("记录 %1 笔购买").replace("%1", str(matched)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.record_button.setEnabled(matched > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _member_text(self, e: OrderEntry, how: dict[str, Any]) -> str:
        if e.member_id is not None:
            return f"#{e.member_id}（{how.get(e.matched_by, e.matched_by)}）"
        if e.candidates:
            return self.tr("候选：") + joined(f"#{c}" for c in e.candidates)
        return ""
