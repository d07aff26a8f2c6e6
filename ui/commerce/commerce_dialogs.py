"""Dialogs of the products page: a product, a purchase to record, a refund."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.commerce.domain import ProductRow, ProductSpec
from ui.community.care_dialogs import MemberPicker
from ui.dialog_buttons import lay_out_with_save_cancel
from ui.env import UiEnv
from ui.qt_dates import py_to_qdate
from ui.theme import set_role

_SPLIT = re.compile(r"[，、,/;；|\s]+")


def split_list(text: str) -> tuple[str, ...]:
    """「精华、小棕瓶」 → ("精华", "小棕瓶"): the separators people type."""
    return tuple(p for p in _SPLIT.split(text.strip()) if p)


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(py_to_qdate(day or dt.date.today()))
    return edit


class SkinChecks(QWidget):
    """One check box per skin type."""

    def __init__(self, skin_types: Sequence[str], checked: Sequence[str] = ()) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for name in skin_types:
            box = QCheckBox(name)
            box.setChecked(name in checked)
            row.addWidget(box)
            self.boxes[name] = box
        row.addStretch(1)

    def values(self) -> tuple[str, ...]:
        return tuple(n for n, b in self.boxes.items() if b.isChecked())


class ProductDialog(QDialog):
    """A new product, or the one being edited."""

    def __init__(
        self,
        skin_types: Sequence[str],
        row: ProductRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改产品") if row is not None else self.tr("新产品"))
        self.name = QLineEdit(row.name if row else "")
        self.name.setPlaceholderText(self.tr("例如：果酸焕肤水"))
        self.aliases = QLineEdit("、".join(row.aliases) if row else "")
        self.aliases.setPlaceholderText(self.tr("群里常写的简称，用顿号隔开：精华、小棕瓶"))
        self.category = QLineEdit(row.category if row else "")
        self.category.setPlaceholderText(self.tr("例如：精华、面膜、酸类焕肤"))
        self.actives = QLineEdit("、".join(row.actives) if row else "")
        self.actives.setPlaceholderText(self.tr("主要成分：果酸、水杨酸、视黄醇"))
        self.price = QDoubleSpinBox(minimum=0, maximum=1_000_000, decimals=2)
        self.price.setPrefix("¥")
        self.price.setValue(row.price if row else 0)
        self.suitable = SkinChecks(skin_types, row.suitable if row else ())
        self.unsuitable = SkinChecks(skin_types, row.unsuitable if row else ())
        self.note = QLineEdit(row.note if row else "")
        form = QFormLayout()
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("简称"), self.aliases)
        form.addRow(self.tr("分类"), self.category)
        form.addRow(self.tr("成分"), self.actives)
        form.addRow(self.tr("价格"), self.price)
        form.addRow(self.tr("适合肤质"), self.suitable)
        form.addRow(self.tr("不适合肤质"), self.unsuitable)
        hint = QLabel(
            self.tr("不适合的肤质买了这个产品时，记录购买会提醒，例如「敏感性肌肤，果酸类慎用」。")
        )
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form.addRow("", hint)
        form.addRow(self.tr("备注"), self.note)
        self.buttons = lay_out_with_save_cancel(self, form)

    def spec(self) -> ProductSpec:
        return ProductSpec(
            self.name.text().strip(),
            float(self.price.value()),
            self.category.text().strip(),
            split_list(self.aliases.text()),
            split_list(self.actives.text()),
            self.suitable.values(),
            self.unsuitable.values(),
            self.note.text().strip(),
        )


class PurchaseDialog(QDialog):
    """Who bought what, how many, at what price, when."""

    def __init__(
        self,
        env: UiEnv,
        products: Sequence[ProductRow],
        product_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录购买"))
        self.picker = MemberPicker(env)
        self.product = QComboBox()
        for p in products:
            if p.active:
                self.product.addItem(f"{p.name}（¥{p.price:g}）", p.id)
        self.prices = {p.id: p.price for p in products}
        self.quantity = QSpinBox(minimum=1, maximum=10_000, value=1)
        self.unit_price = QDoubleSpinBox(minimum=0, maximum=1_000_000, decimals=2)
        self.unit_price.setPrefix("¥")
        self.day = date_edit()
        self.product.currentIndexChanged.connect(self._on_product_changed)
        if product_id is not None and (i := self.product.findData(product_id)) >= 0:
            self.product.setCurrentIndex(i)
        self._on_product_changed()
        form = QFormLayout()
        form.addRow(self.tr("成员"), self.picker)
        form.addRow(self.tr("产品"), self.product)
        form.addRow(self.tr("数量"), self.quantity)
        form.addRow(self.tr("单价"), self.unit_price)
        form.addRow(self.tr("购买日期"), self.day)
        self.buttons = lay_out_with_save_cancel(self, form)

    def _on_product_changed(self, *_args: object) -> None:
        pid = self.product.currentData()
        if pid is not None:
            self.unit_price.setValue(self.prices.get(pid, 0.0))

    def values(self) -> tuple[int | None, int | None, int, float, dt.date]:
        day: dt.date = self.day.date().toPython()  # type: ignore[assignment]
        return (
            self.picker.member_id(),
            self.product.currentData(),
            int(self.quantity.value()),
            float(self.unit_price.value()),
            day,
        )


class RefundDialog(QDialog):
    """When and why a purchase is refunded."""

    def __init__(self, what: str, warning: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("退款"))
        self.day = date_edit()
        self.reason = QLineEdit(warning or "")
        self.reason.setPlaceholderText(self.tr("例如：不适合敏感肌，用后泛红"))
        form = QFormLayout()
        form.addRow(self.tr("购买"), QLabel(what))
        form.addRow(self.tr("退款日期"), self.day)
        form.addRow(self.tr("原因"), self.reason)
        self.buttons = lay_out_with_save_cancel(self, form)

    def values(self) -> tuple[dt.date, str]:
        day: dt.date = self.day.date().toPython()  # type: ignore[assignment]
        return day, self.reason.text().strip()
