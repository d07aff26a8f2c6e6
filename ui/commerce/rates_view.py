"""Purchase rate and repurchase rate over a period, per product, skin type or month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.community.care_page_base import make_table
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.slots import widget_slot
from ui.theme import set_role

PERIODS = (30, 90, 180, 365)


class RatesView(QWidget):
    loaded = Signal()

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.by = QComboBox()
        for text, key in (
            (self.tr("按产品"), "product"),
            (self.tr("按肤质"), "skin"),
            (self.tr("按月份"), "month"),
        ):
            self.by.addItem(text, key)
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(self.tr("近 %1 天").replace("%1", str(days)), days)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.overall = QLabel()
        font = self.overall.font()
        font.setBold(True)
        self.overall.setFont(font)
        self.model = RowsModel(self._columns(), self)
        self.view = make_table(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)  # numbers stay by their headers
        self.note = note = QLabel(
            self.tr(
                "购买率＝买过的成员 ÷ 成员数；复购率＝买过两次及以上的 ÷ 买过的（按产品：同一产品两次）。"
                "已退款的不算。"
            )
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        bar = QHBoxLayout()
        bar.addWidget(self.by)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.overall)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.period.currentIndexChanged.connect(lambda _i: self.reload())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("分组"), lambda r: r.key),
            Column(self.tr("成员"), lambda r: str(r.members), align_right=True),
            Column(self.tr("购买人数"), lambda r: str(r.buyers), align_right=True),
            Column(self.tr("购买率"), lambda r: f"{r.purchase_rate:.1%}", align_right=True),
            Column(self.tr("复购人数"), lambda r: str(r.repeat_buyers), align_right=True),
            Column(self.tr("复购率"), lambda r: f"{r.repurchase_rate:.1%}", align_right=True),
        ]

    def retranslate(self) -> None:
        """The language changed: columns, choices and the note (the figures reload later)."""
        self.model.set_columns(self._columns())
        for i, text in enumerate((self.tr("按产品"), self.tr("按肤质"), self.tr("按月份"))):
            self.by.setItemText(i, text)
        for i, days in enumerate(PERIODS):
            self.period.setItemText(i, self.tr("近 %1 天").replace("%1", str(days)))
        self.note.setText(
            self.tr(
                "购买率＝买过的成员 ÷ 成员数；复购率＝买过两次及以上的 ÷ 买过的（按产品：同一产品两次）。"
                "已退款的不算。"
            )
        )

    @widget_slot()
    async def reload(self) -> None:
        until = self.clock()
        since = until - dt.timedelta(days=int(self.period.currentData()))
        service = self.env.ctx.purchases
        read = {
            "product": service.rates_by_product,
            "skin": service.rates_by_skin_type,
            "month": service.rates_by_month,
        }[self.by.currentData()]
        try:
            rows = await self.env.runner.run(read, since, until)
            overall = await self.env.runner.run(service.overall, since, until)
        except Exception as exc:
            self.env.show_error(exc)
            return
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.overall.setText(
            self.tr("全部成员：购买率 %1，复购率 %2")
            .replace("%1", f"{overall.purchase_rate:.1%}")
            .replace("%2", f"{overall.repurchase_rate:.1%}")
        )
        self.loaded.emit()
