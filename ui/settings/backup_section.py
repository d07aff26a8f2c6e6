"""设置 → 备份: this database's backups (date, reason, members, size), back up now, restore one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.backups import BackupInfo
from app.errors import ShequnError
from ui.backup_actions import restore_from_backup
from ui.env import UiEnv


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MB"
    return f"{max(1, size // 1024)} KB"


class BackupsSection(QWidget):
    """The list is read on the worker; 立即备份 runs there too (the window never waits)."""

    loaded = Signal()  # the list shows fresh data (tests, screenshots)

    def __init__(
        self, env: UiEnv, window: Callable[[], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.env, self.window_of = env, window
        self.backups: list[BackupInfo] = []
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("原因"), self.tr("成员数"), self.tr("大小")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(240)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self._on_backup_clicked)
        self.restore_button = QPushButton(self.tr("恢复所选…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.folder_button = QPushButton(self.tr("打开备份文件夹"))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    async def reload(self) -> None:
        try:
            backups = await self.env.runner.run(self.env.ctx.maintenance.backups)
        except ShequnError as exc:  # PostgreSQL: the server keeps the backups
            if not isValid(self.note):
                return
            self.backups = []
            self.note.setText(str(exc))
            for b in (self.backup_button, self.restore_button, self.folder_button):
                b.setEnabled(False)
            self.table.setRowCount(0)
            self.loaded.emit()
            return
        if not isValid(self.note):  # the page was rebuilt (language switch) meanwhile
            return
        self.backups = backups
        self.note.setText(
            self.tr(
                "社群管家在有改动时自动备份，导入、恢复和升级之前也会备份。"
                "每份备份都经过校验；共 {n} 份。"
            ).format(n=len(self.backups))
            if self.backups
            else self.tr("还没有备份。点「立即备份」做第一份；有改动时也会自动备份。")
        )
        self.table.setRowCount(len(self.backups))
        for i, info in enumerate(self.backups):
            cells = (
                f"{info.made_at:%Y-%m-%d %H:%M:%S}",
                self.reason_text(info.reason),
                str(info.members),
                size_text(info.size),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(i, col, item)
        self._on_table_selection_changed()
        self.loaded.emit()

    def reason_text(self, reason: str) -> str:
        names = {
            "manual": self.tr("手动"),
            "auto": self.tr("自动"),
            "close": self.tr("关闭时"),
            "before-restore": self.tr("恢复前"),
            "before-import": self.tr("导入前"),
            "before-migration": self.tr("升级前"),
        }
        return names.get(reason, reason)

    def selected(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _on_backup_clicked(self) -> None:
        self.env.tasks.spawn(self.backup_now())

    async def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        try:
            path = await self.env.runner.run(self.env.ctx.maintenance.backup)
        except ShequnError as exc:
            self.env.show_error(exc)
        else:
            self.env.show_message(self.tr("已备份到 {path}").format(path=path))
        finally:
            self.backup_button.setEnabled(True)
        await self.reload()

    def _on_restore_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:  # asks first; after restoring the window closes
            restore_from_backup(self.window_of(), str(chosen.path))

    def _on_folder_clicked(self) -> None:
        try:
            folder = self.env.ctx.maintenance.backup_dir()  # a path and mkdir: no database work
        except ShequnError as exc:
            self.env.show_error(exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
