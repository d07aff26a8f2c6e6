"""设置 → 肤质 and 标签组: the vocabularies, edited in place (each edit one undo step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.members.vocab import SkinTypeRow, TagGroupRow
from app.members.vocab_ops import (
    AddSkinType,
    AddTagGroup,
    DeleteSkinType,
    DeleteTagGroup,
    EditSkinType,
    EditTagGroup,
)
from app.ops import Operation
from ui.operations import UndoText
from ui.settings.fields import split_items

Push = Callable[[Operation, UndoText], None]
ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(220)
    return table


def _item(text: str, editable: bool, row_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if row_id is not None:
        item.setData(ID_ROLE, row_id)
    return item


class SkinTypesSection(QWidget):
    """The canonical skin types and what else people write for them (干皮 → 干性)."""

    def __init__(self, push: Push, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.push = push
        self.rows: list[SkinTypeRow] = []
        self.hint = QLabel(
            self.tr(
                "导入和编辑时，同义词会自动换成肤质名（例如「干皮」→「干性」）。"
                "双击名称或同义词即可修改，同义词用顿号分开。"
            )
        )
        self.hint.setWordWrap(True)
        self.table = _table([self.tr("肤质"), self.tr("同义词"), self.tr("成员数")], 1)
        self.table.itemChanged.connect(self._on_table_item_changed)
        add = QPushButton(self.tr("添加肤质…"))
        add.clicked.connect(self._on_add_clicked)
        self.delete = QPushButton(self.tr("删除所选"))
        self.delete.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[SkinTypeRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, _item(r.name, True, r.id))
            self.table.setItem(i, 1, _item("、".join(r.synonyms), True, r.id))
            count = _item(str(r.members), False, r.id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 2, count)
        self.table.blockSignals(False)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        name_item, syn_item = self.table.item(item.row(), 0), self.table.item(item.row(), 1)
        name = name_item.text() if name_item else row.name
        synonyms = tuple(split_items(syn_item.text() if syn_item else ""))
        if (name, synonyms) == (row.name, row.synonyms):
            return
        self.push(
            EditSkinType(row.id, name, synonyms),
            UndoText.translate("SkinTypesSection", "修改肤质「{name}」").fill(name=name),
        )

    def _on_add_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加肤质"), self.tr("肤质名称："))
        if ok and name.strip():
            self.push(
                AddSkinType(name.strip()),
                UndoText.translate("SkinTypesSection", "添加肤质「{name}」").fill(name=name),
            )

    def _on_delete_clicked(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            self.push(
                DeleteSkinType(row.id),
                UndoText.translate("SkinTypesSection", "删除肤质「{name}」").fill(name=row.name),
            )


class TagGroupsSection(QWidget):
    """Tag groups (肤质, 兴趣, 购买意向 …): names and the colour their tags show in."""

    def __init__(self, push: Push, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.push = push
        self.rows: list[TagGroupRow] = []
        hint = QLabel(
            self.tr(
                "标签写成「组:标签」时会放进这个组。双击名称可改名，双击颜色可换颜色；"
                "只有没有标签的组可以删除。"
            )
        )
        hint.setWordWrap(True)
        self.table = _table([self.tr("标签组"), self.tr("颜色"), self.tr("标签数")], 0)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        add = QPushButton(self.tr("添加标签组…"))
        add.clicked.connect(self._on_add_clicked)
        delete = QPushButton(self.tr("删除所选"))
        delete.clicked.connect(self._on_delete_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[TagGroupRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, _item(r.name, True, r.id))
            swatch = _item(r.color, False, r.id)
            swatch.setBackground(QColor(r.color))
            swatch.setForeground(QColor("#ffffff"))
            self.table.setItem(i, 1, swatch)
            count = _item(str(r.tags), False, r.id)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 2, count)
        self.table.blockSignals(False)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        if item.column() == 0 and item.text() != row.name:
            self.push(
                EditTagGroup(row.id, item.text(), row.color),
                UndoText.translate("TagGroupsSection", "重命名标签组为「{name}」").fill(
                    name=item.text()
                ),
            )

    def _on_table_cell_double_clicked(self, index: int, column: int) -> None:
        if column != 1 or not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        color = QColorDialog.getColor(QColor(row.color), self, self.tr("标签组颜色"))
        if color.isValid() and color.name() != row.color:
            self.recolor(row, color.name())

    def recolor(self, row: TagGroupRow, color: str) -> None:
        self.push(
            EditTagGroup(row.id, row.name, color),
            UndoText.translate("TagGroupsSection", "修改标签组「{name}」的颜色").fill(
                name=row.name
            ),
        )

    def _on_add_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("添加标签组"), self.tr("标签组名称："))
        if ok and name.strip():
            self.push(
                AddTagGroup(name.strip()),
                UndoText.translate("TagGroupsSection", "添加标签组「{name}」").fill(name=name),
            )

    def _on_delete_clicked(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            self.push(
                DeleteTagGroup(row.id),
                UndoText.translate("TagGroupsSection", "删除标签组「{name}」").fill(name=row.name),
            )
