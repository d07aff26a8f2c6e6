"""文件 → 操作记录 (Ctrl+Shift+H): the recent operations, filtered by words and source, and the
audit rows of the one selected — what every write did, from the window, the CLI or an import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.audit_text import change_lines, entity_text, source_text

if TYPE_CHECKING:
    from app.audit import AuditItem, OperationItem

ROWS_SHOWN = 500
AnyIndex = QModelIndex | QPersistentModelIndex


class OperationsModel(QAbstractTableModel):
    """The operations the audit service returned; `data()` never reads the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[OperationItem] = []

    def set_items(self, items: list[OperationItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("时间"), self.tr("来源"), self.tr("操作"), self.tr("行数"), self.tr("状态")]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{item.at:%Y-%m-%d %H:%M:%S}",
                source_text(item.source),
                item.label,
                str(item.rows),
                self.state_text(item),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("操作 #{op}（{kind}）").format(op=item.id, kind=item.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def state_text(self, item: OperationItem) -> str:
        if item.reverted_by is not None:
            return self.tr("已撤销（#{op}）").format(op=item.reverted_by)
        if item.reverts is not None:
            return self.tr("撤销了 #{op}").format(op=item.reverts)
        return self.tr("可撤销") if item.undoable else self.tr("不可撤销")


def _rows_with_names(ctx: Any, op_id: int) -> tuple[list[AuditItem], dict[int, str]]:
    """On the runner: an operation's audit rows and the nicknames of the members they name
    (members since deleted for good have none)."""
    rows: list[AuditItem] = ctx.audit.rows_of(op_id, ROWS_SHOWN)
    ids = sorted({r.entity_id for r in rows if r.entity == "member"})
    names = {m.id: m.nickname or m.name for m in ctx.query.rows(ids)}
    return rows, names


class AuditDialog(QDialog):
    """Non-modal; reloads when the filter changes and when a write anywhere changed data."""

    operations_shown = Signal(int)  # how many operations the table now lists
    rows_shown = Signal(int)  # the operation whose audit rows the detail pane now lists

    def __init__(self, env: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("auditDialog")
        self.resize(960, 620)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.source = QComboBox(self)
        for key in ("", "window", "cli", "import"):
            self.source.addItem("", key)
        self.model = OperationsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()  # until the first load says there is nothing
        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("sectionTitle")
        self.detail = QListWidget(self)
        self.detail.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.source)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_title)
        bottom_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([360, 220])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)
        self._reload_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._reload_timer.start())
        self.source.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(lambda _i: self.detail.setFocus())
        env.runner.changed.connect(self._on_runner_changed)
        self._generation = 0
        self._rows_generation = 0
        self._show_texts()

    def retranslate(self) -> None:
        """The language changed: the fixed texts now, the lists read again in its words."""
        self._show_texts()
        if self.model.items:  # the cells say 窗口/命令行 … in the new language
            last = self.model.index(len(self.model.items) - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
        self._rows_generation += 1
        op = self.current_operation()
        if op is not None:
            self.env.tasks.spawn(self._load_rows(op, self._rows_generation))

    def _show_texts(self) -> None:
        self.setWindowTitle(self.tr("操作记录"))
        self.close_button.setText(self.tr("关闭"))
        self.search.setPlaceholderText(self.tr("按操作名称筛选，如 标签、导入、撤销"))
        for i, text in enumerate(
            (self.tr("全部来源"), self.tr("窗口"), self.tr("命令行"), self.tr("导入"))
        ):
            self.source.setItemText(i, text)
        self.empty.setText(
            self.tr("没有符合条件的操作。")
            if self.search.text() or self.source.currentIndex()
            else self.tr("还没有任何操作。修改成员、加标签或导入之后，每一步都会记录在这里。")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_rows_title(None)

    # loading -----------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        self.env.tasks.spawn(
            self._load(self.search.text(), self.source.currentData(), self._generation)
        )

    async def _load(self, text: str, source: str | None, generation: int) -> None:
        items = await self.env.runner.run(self.env.ctx.audit.operations, text, source or None)
        if generation != self._generation:
            return
        current = self.current_operation()
        self.model.set_items(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._show_texts()
        if items:
            ids = [i.id for i in items]
            row = ids.index(current.id) if current is not None and current.id in ids else 0
            self.table.selectRow(row)
        else:
            self.detail.clear()
        self.operations_shown.emit(len(items))

    def current_operation(self) -> OperationItem | None:
        row = self.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if 0 <= current.row() < len(self.model.items):
            self._rows_generation += 1
            op = self.model.items[current.row()]
            self.env.tasks.spawn(self._load_rows(op, self._rows_generation))

    async def _load_rows(self, op: OperationItem, generation: int) -> None:
        rows, names = await self.env.runner.run(_rows_with_names, self.env.ctx, op.id)
        if generation != self._rows_generation:
            return
        self.detail.clear()
        for row in rows:
            changes = change_lines(row.before, row.after)
            who = entity_text(row)
            if row.entity == "member" and names.get(row.entity_id):
                who = f"{who}  {names[row.entity_id]}"
            self.detail.addItem("\n".join([who, *(f"    {c}" for c in changes)]))
        if not rows:
            self.detail.addItem(self.tr("这个操作没有逐条的修改记录。"))
        elif op.rows > len(rows):
            self.detail.addItem(
                self.tr("……共 {n} 行，只显示前 {shown} 行。").format(n=op.rows, shown=len(rows))
            )
        self._show_rows_title(op)
        self.rows_shown.emit(op.id)

    def _show_rows_title(self, op: OperationItem | None) -> None:
        if op is None:
            op = self.current_operation()
        self.detail_title.setText(
            self.tr("操作 #{op} 改动的内容").format(op=op.id)
            if op is not None
            else self.tr("改动的内容")
        )

    def _on_runner_changed(self, _changes: Any) -> None:
        if self.isVisible():
            self._reload_timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()


def install(window: Any) -> None:
    """文件 → 操作记录… (Ctrl+Shift+H): one dialog per window, raised when already open."""
    action = QAction(window)
    action.setObjectName("auditAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+H"))
    holder: dict[str, AuditDialog] = {}

    def open_dialog() -> None:
        dialog = holder.get("dialog")
        if dialog is None:
            dialog = holder["dialog"] = AuditDialog(
                window.env, window
            )  # the window retranslates it
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def retranslate() -> None:
        action.setText(QCoreApplication.translate("AuditDialog", "操作记录…"))
        action.setStatusTip(
            QCoreApplication.translate(
                "AuditDialog", "谁在何时改了什么：窗口、命令行和导入的每一步"
            )
        )

    action.triggered.connect(open_dialog)
    window.retranslated.connect(retranslate)
    retranslate()
    window.add_action("file", action)
    # Next to the backup actions, above the separator before 退出.
    menu = window.menus["file"]
    actions = menu.actions()
    quit_action = getattr(window, "quit_action", None)
    if quit_action in actions:
        at = actions.index(quit_action)
        before = actions[at - 1] if at and actions[at - 1].isSeparator() else quit_action
        menu.removeAction(action)
        menu.insertAction(before, action)
    window.audit_action = action
    window.audit_dialog = lambda: holder.get("dialog")
