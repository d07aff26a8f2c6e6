"""Choosing the member of an unsure pasted line: its candidates first, then a pinyin search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import MemberFilter
from app.paste.matching import Candidate
from ui.env import UiEnv
from ui.slots import widget_slot

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LineMemberDialog(QDialog):
    """Pick one member; `chosen` is (id, label) after `accept()`."""

    def __init__(
        self, env: UiEnv, name: str, candidates: tuple[Candidate, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.chosen: tuple[int, str] | None = None
        self.setWindowTitle(self.tr("这一行是谁？"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索昵称、姓名、拼音或首字母"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("接龙里写的是「%1」").replace("%1", name), self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel, self)
        self.buttons.button(ok).setText(self.tr("选这位"))
        self.buttons.button(cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._candidates = candidates
        self._generation = 0
        self._show([(c.member_id, c.label, f"{c.via} {c.score:.0%}") for c in candidates])
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.resize(420, 360)

    def _show(self, rows: list[tuple[int, str, str]]) -> None:
        self.list.clear()
        for mid, label, why in rows:
            item = QListWidgetItem(f"{label}  #{mid}  {why}".rstrip(), self.list)
            item.setData(ID_ROLE, (mid, label))
        if self.list.count():
            self.list.setCurrentRow(0)

    @widget_slot()
    async def _search(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        if not text:
            self._show([(c.member_id, c.label, c.via) for c in self._candidates])
            return
        rows = await self.env.runner.run(
            self.env.ctx.query.first_rows, MemberFilter(search=text), 30
        )
        if generation == self._generation:  # else a newer search is on its way
            self._show([(r.id, r.nickname or r.name, r.name) for r in rows])

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(ID_ROLE)
        super().accept()
