"""The member table view: row selection helpers, the header menu for hiding columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.members.member_table_model import COLUMN_KEYS, COLUMNS, MemberTableModel

HIDDEN_BY_DEFAULT = ("qq", "gender", "tier", "points", "birthday", "note")


class MemberTableView(QTableView):
    """A QTableView over `MemberTableModel` with sorting delegated to the query.

    `rows_painted` is emitted once, after the first paint that showed rows (the window opens
    the core then: `ui.app`)."""

    rows_painted = Signal()

    def __init__(self, model: MemberTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted_rows = False
        self.setObjectName("memberTable")
        self.setModel(model)
        self.member_model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().setVisible(False)
        # The headers get a selection model of their own that stays empty: when painting, a
        # QHeaderView asks isColumnSelected() per section, which walks every selected row —
        # Ctrl+A on 100,000 rows froze the UI thread for 2 s; now it takes ~10 ms.
        self._header_selection = QItemSelectionModel(model, self)
        self.horizontalHeader().setSelectionModel(self._header_selection)
        self.verticalHeader().setSelectionModel(self._header_selection)
        self.verticalHeader().setDefaultSectionSize(30)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        widths = {
            "nickname": 130,
            "name": 70,
            "wechat": 130,
            "phone": 110,
            "city": 60,
            "skin_type": 70,
            "role": 100,
            "status": 60,
            "level": 50,
            "tags": 220,
            "groups": 160,
            "joined": 95,
            "last_active": 95,
        }
        for column, (key, _, _) in enumerate(COLUMNS):
            self.setColumnWidth(column, widths.get(key, 90))
            self.setColumnHidden(column, key in HIDDEN_BY_DEFAULT)
        # Tags come right after the names by default, so a 1280 px window shows them beside the
        # detail panel (the order the user sets is kept in the header state).
        header.moveSection(header.visualIndex(COLUMN_KEYS.index("tags")), 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted_rows and self.member_model.rowCount() > 0:
            self.painted_rows = True
            self.rows_painted.emit()

    def _on_header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnsMenu")
        model = self.member_model
        for column in range(len(COLUMNS)):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    # selection by member id --------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        ids = self.member_model.ids
        out: list[int] = []
        seen: set[int] = set()
        selection = self.selectionModel().selection()
        for rng in (selection.at(i) for i in range(selection.count())):
            for member_id in ids[rng.top() : rng.bottom() + 1]:
                if member_id not in seen:
                    seen.add(member_id)
                    out.append(member_id)
        return out

    def select_ids(self, member_ids: Iterable[int], current: int | None = None) -> None:
        """Select these members (those shown); contiguous rows become one range."""
        model = self.member_model
        rows = sorted(r for r in (model.row_of(m) for m in member_ids) if r is not None)
        selection = QItemSelection()
        last = model.columnCount() - 1
        start: int | None = None
        prev = -1
        for row in [*rows, None]:
            if start is not None and (row is None or row != prev + 1):
                selection.select(model.index(start, 0), model.index(prev, last))
                start = None
            if row is None:
                break
            if start is None:
                start = row
            prev = row
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if current is not None and (row_of := model.row_of(current)) is not None:
            self.selectionModel().setCurrentIndex(
                model.index(row_of, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
