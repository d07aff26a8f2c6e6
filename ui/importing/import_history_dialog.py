"""Past imports, newest first, each of which can be undone as a whole (even after a restart)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_buttons import confirm
from ui.env import UiEnv


class ImportHistoryDialog(QDialog):
    def __init__(self, env: UiEnv, parent: QWidget | None = None, confirm: bool = True) -> None:
        super().__init__(parent)
        self.env = env
        self.confirm = confirm
        self.setObjectName("importHistory")
        self.resize(820, 420)
        self.table = QTableWidget(0, 8, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.batches: list[Any] = []
        self.table.itemSelectionChanged.connect(self._update_button)
        self._show_texts()
        self.env.tasks.spawn(self.reload())

    def _show_texts(self) -> None:
        self.setWindowTitle(self.tr("导入记录"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("编号"),
                self.tr("时间"),
                self.tr("文件"),
                self.tr("工作表"),
                self.tr("新建"),
                self.tr("合并"),
                self.tr("跳过"),
                self.tr("状态"),
            ]
        )
        self.undo_button.setText(self.tr("撤销所选导入"))
        self.close_button.setText(self.tr("关闭"))

    def retranslate(self) -> None:
        """The language changed (the window calls this on every dialog it owns)."""
        self._show_texts()
        self.message.clear()  # said in the other language; the list says it again
        self.env.tasks.spawn(self.reload())

    async def reload(self) -> None:
        self.batches = await self.env.runner.run(self.env.ctx.imports.history)
        self.table.setRowCount(len(self.batches))
        for r, b in enumerate(self.batches):
            state = self.tr("已撤销") if b.undone_at else self.tr("有效")
            for c, value in enumerate(
                (
                    b.id,
                    b.at.strftime("%Y-%m-%d %H:%M"),
                    b.file_name,
                    b.sheet,
                    b.created,
                    b.merged,
                    b.skipped,
                    state,
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        if not self.batches:
            self.message.setText(self.tr("还没有导入过名单。"))
        self._update_button()

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        batch = self._selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def _on_undo_clicked(self) -> None:
        batch = self._selected()
        if batch is None:
            return
        if self.confirm and not confirm(
            self,
            self.tr("撤销导入"),
            self.tr(
                "撤销第 %d 次导入（%s）？它新建的 %d 位成员会被删除，合并进已有成员的内容会还原。"
            )
            % (batch.id, batch.file_name, batch.created),
            QCoreApplication.translate("Confirm", "撤销这次导入"),
            QCoreApplication.translate(
                "Confirm", "会失去：这次导入新建的成员，以及导入后在他们身上做的编辑。"
            ),
        ):
            return
        self.undo_button.setEnabled(False)
        self.env.tasks.spawn(self._undo(batch.id))

    async def _undo(self, batch_id: int) -> None:
        from ui.importing.import_pages_b import undo_text

        op, reverts = await self.env.runner.run(self.env.ctx.imports.undo_op, batch_id)
        done = await self.env.ops.run(op, reverts=reverts)  # announces; shows a domain error
        if done is not None:
            self.message.setText(undo_text(done.value))
        await self.reload()
