"""The 产品 page: products with create/edit/retire/delete, their purchases, and the rates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commerce.domain import ProductRow
from app.commerce.product_ops import CreateProduct, DeleteProduct, EditProduct, RetireProduct
from ui.commerce.commerce_dialogs import ProductDialog
from ui.commerce.purchases_view import GREY, WARN, PurchasesView
from ui.commerce.rates_view import RatesView
from ui.community.care_page_base import CarePage, current_row, make_table
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.operations import UndoText
from ui.slots import widget_slot
from ui.theme import set_role
from ui.wording import joined

AREA = "commerce"


class ProductsPage(CarePage):
    """Products and purchases: what is sold, who bought it, what did not suit whom."""

    key = "products"
    loaded_signal = Signal()  # products and purchases show fresh data (tests, screenshots)

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.loaded = False
        self.rows: list[ProductRow] = []
        self.skin_types: list[str] = []
        self.model = RowsModel(self._columns(), self)
        self.view = make_table(self.model)
        self.view.doubleClicked.connect(lambda _i: self.open_edit_dialog())
        self.search = QLineEdit(placeholderText=self.tr("搜索产品、简称、分类或成分"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("新产品…"))
        self.new_button.setToolTip(self.tr("新建一个产品（Ctrl+N）"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.retire_button = QPushButton(self.tr("下架"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.empty = QLabel(
            self.tr("还没有产品。按「新产品…」（Ctrl+N）把在卖的产品记下来，写上群里常用的简称。")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "muted")
        self.empty.setStyleSheet("padding: 16px;")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addStretch(1)
        for b in (self.delete_button, self.retire_button, self.edit_button, self.new_button):
            bar.addWidget(b)
        self.products_box = products_box = QGroupBox(self.tr("产品"))
        pl = QVBoxLayout(products_box)
        pl.addLayout(bar)
        pl.addWidget(self.view, 1)
        pl.addWidget(self.empty)

        self.purchases = PurchasesView(env, self.key, clock, self)
        self.rates = RatesView(env, clock, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.purchases, self.tr("购买记录"))
        self.tabs.addTab(self.rates, self.tr("购买率与复购率"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(products_box)
        splitter.addWidget(self.tabs)
        splitter.setSizes([330, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _t: self._show_rows())
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.new_button.clicked.connect(self.open_new_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.retire_button.clicked.connect(self._on_retire_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.purchases.loaded.connect(self.loaded_signal)
        self.tabs.currentChanged.connect(
            lambda _i: self.tabs.currentWidget() is self.rates and self.rates.reload()
        )
        self.add_shortcuts(
            (
                (QKeySequence.StandardKey.New, self.open_new_dialog),
                (QKeySequence("Ctrl+B"), self.purchases.open_record_dialog),
                (QKeySequence("Ctrl+F"), self.search.setFocus),
            )
        )

    def title(self) -> str:
        return self.tr("产品")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("产品"), lambda r: r.name, lambda r: None if r.active else GREY),
            Column(self.tr("简称"), lambda r: joined(r.aliases)),
            Column(self.tr("分类"), lambda r: r.category),
            Column(self.tr("成分"), lambda r: joined(r.actives)),
            Column(self.tr("价格"), lambda r: f"¥{r.price:,.2f}", align_right=True),
            Column(self.tr("适合"), lambda r: joined(r.suitable)),
            Column(self.tr("不适合"), lambda r: joined(r.unsuitable), lambda r: WARN),
            Column(
                self.tr("购买"),
                lambda r: (
                    self.tr("%1 笔 / %2 人")
                    .replace("%1", str(r.purchases))
                    .replace("%2", str(r.buyers))
                ),
                align_right=True,
            ),
            Column(
                self.tr("状态"),
                lambda r: self.tr("在售") if r.active else self.tr("已下架"),
                lambda r: None if r.active else GREY,
            ),
        ]

    def retranslate(self) -> None:
        """The language changed: this page's texts, the two tabs', then the data again."""
        self.model.set_columns(self._columns())
        self.search.setPlaceholderText(self.tr("搜索产品、简称、分类或成分"))
        self.new_button.setText(self.tr("新产品…"))
        self.new_button.setToolTip(self.tr("新建一个产品（Ctrl+N）"))
        self.edit_button.setText(self.tr("编辑…"))
        self.retire_button.setText(self.tr("下架"))
        self.delete_button.setText(self.tr("删除"))
        self.empty.setText(
            self.tr("还没有产品。按「新产品…」（Ctrl+N）把在卖的产品记下来，写上群里常用的简称。")
        )
        self.products_box.setTitle(self.tr("产品"))
        self.tabs.setTabText(0, self.tr("购买记录"))
        self.tabs.setTabText(1, self.tr("购买率与复购率"))
        self.purchases.retranslate()
        self.rates.retranslate()
        if self.loaded:
            self.reload()
            if self.tabs.currentWidget() is self.rates:
                self.rates.reload()

    # --- reading -------------------------------------------------------------------------------
    @widget_slot()
    async def reload(self) -> None:
        ctx, run = self.env.ctx, self.env.runner.run
        try:
            self.rows = await run(ctx.products.products)
            self.skin_types = list((await run(ctx.vocab.skin_types)).names)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self._show_rows()
        self.purchases.products = self.rows
        self.purchases.reload()
        if self.tabs.currentWidget() is self.rates or self.rates.model.rowCount() == 0:
            self.rates.reload()

    def _show_rows(self) -> None:
        needle = self.search.text().strip().casefold()
        rows = [
            r
            for r in self.rows
            if not needle
            or needle in " ".join((r.name, *r.aliases, r.category, *r.actives)).casefold()
        ]
        keep = self.purchases.product_id
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.empty.setVisible(not self.rows)
        for i, r in enumerate(rows):
            if r.id == keep:
                self.view.selectRow(i)
                break
        else:
            self.purchases.product_id = None

    def selected(self) -> ProductRow | None:
        row: ProductRow | None = current_row(self.view, self.model)
        return row

    def _on_view_current_changed(self, *_args: object) -> None:
        row = self.selected()
        new = row.id if row else None
        self.retire_button.setText(
            self.tr("重新上架") if row is not None and not row.active else self.tr("下架")
        )
        if new != self.purchases.product_id:
            self.purchases.product_id = new
            if self.loaded:
                self.purchases.reload()

    def _on_runner_changed(self, changes: object) -> None:
        if self.loaded and (
            AREA in getattr(changes, "areas", frozenset()) or getattr(changes, "members", None)
        ):
            self.reload()

    # --- editing -------------------------------------------------------------------------------
    def open_new_dialog(self) -> None:
        dialog = ProductDialog(self.skin_types, parent=self)
        if dialog.exec() == ProductDialog.DialogCode.Accepted:
            spec = dialog.spec()
            self.env.ops.push(
                self.stack,
                CreateProduct(spec),
                UndoText.translate("ProductsPage", "新建产品「%1」").fill(spec.name),
            )

    def open_edit_dialog(self) -> None:
        row = self.selected()
        if row is None:
            self.env.show_message(self.tr("请先选中一个产品。"))
            return
        dialog = ProductDialog(self.skin_types, row, parent=self)
        if dialog.exec() == ProductDialog.DialogCode.Accepted:
            self.env.ops.push(
                self.stack,
                EditProduct(row.id, dialog.spec()),
                UndoText.translate("ProductsPage", "修改产品「%1」").fill(row.name),
            )

    def _on_retire_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.env.show_message(self.tr("请先选中一个产品。"))
            return
        text = (
            UndoText.translate("ProductsPage", "下架「%1」")
            if row.active
            else UndoText.translate("ProductsPage", "重新上架「%1」")
        )
        self.env.ops.push(self.stack, RetireProduct(row.id, row.active), text.fill(row.name))

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is None:
            self.env.show_message(self.tr("请先选中一个产品。"))
            return
        self.env.ops.push(
            self.stack,
            DeleteProduct(row.id),
            UndoText.translate("ProductsPage", "删除产品「%1」").fill(row.name),
        )
