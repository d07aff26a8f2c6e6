"""File → 立即备份 / 从备份恢复… of the main window (strings in its "MainWindow" context), and
the backup on close behind its "正在备份…" window."""

from __future__ import annotations

import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShequnError
from ui.dialog_buttons import confirm
from ui.file_dialogs import open_file

SHOW_AFTER = 0.3  # seconds: a quick backup closes the app without a flashing window


def backup_now(window: Any) -> None:
    """Back the database up now (in the runner) and say where the copy is."""
    env = window.env

    async def run() -> None:
        path = await env.runner.run(env.ctx.maintenance.backup)
        env.show_message(
            QCoreApplication.translate("MainWindow", "已备份到 {path}").format(path=path)
        )

    env.tasks.spawn(run())


def restore_from_backup(window: Any, path: str | None = None) -> None:
    """Pick a backup (unless `path` is given: 设置 → 备份 lists them), confirm, restore it (the
    current data is backed up first), then close."""
    env = window.env
    if path is None:
        folder = str(env.ctx.maintenance.backup_dir())
        path = open_file(
            window,
            env.settings,
            "backup",
            QCoreApplication.translate("MainWindow", "选择要恢复的备份"),
            QCoreApplication.translate("MainWindow", "社群管家备份 (*.sqlite3)"),
            default_folder=folder,
        )
    if not path:
        return
    if not confirm(
        window,
        QCoreApplication.translate("MainWindow", "从备份恢复"),
        QCoreApplication.translate("Confirm", "用「{path}」替换当前数据库？").format(path=path),
        QCoreApplication.translate("Confirm", "恢复这个备份"),
        QCoreApplication.translate(
            "Confirm",
            "这份备份之后的改动（新成员、编辑、打卡、内容……）都不在恢复后的数据库里，"
            "撤销记录也会清空。当前数据会先自动备份一份，需要时可以再恢复回来。"
            "恢复后请重新打开社群管家。",
        ),
    ):
        return

    async def run() -> None:
        await env.runner.run(env.ctx.maintenance.restore, path)
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "已恢复"),
            QCoreApplication.translate(
                "MainWindow", "数据库已从备份恢复，社群管家将关闭，请重新打开。"
            ),
        )
        getattr(window, "quit", window.close)()  # for real, even when closing hides to the tray

    env.tasks.spawn(run())


def offer_recovery(exc: BaseException) -> bool:
    """At start, for a damaged database: offer its newest good backup. True when restored."""
    from app.backups import DamagedDatabaseError, restore_into

    if not isinstance(exc, DamagedDatabaseError) or exc.newest is None:
        return False
    newest = exc.newest
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("Recovery", "数据库已损坏"), str(exc)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Recovery", "恢复 {when} 的备份（{n} 位成员）？损坏的文件会改名保留，不会删除。"
        ).format(when=f"{newest.made_at:%Y-%m-%d %H:%M}", n=newest.members)
    )
    restore = box.addButton(
        QCoreApplication.translate("Recovery", "恢复这个备份"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Recovery", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        moved = restore_into(exc.path, newest.path)
    except ShequnError as failed:
        QMessageBox.critical(None, QCoreApplication.translate("Recovery", "无法恢复"), str(failed))
        return False
    QMessageBox.information(
        None,
        QCoreApplication.translate("Recovery", "已恢复"),
        QCoreApplication.translate(
            "Recovery", "已恢复 {when} 的备份。损坏的文件保存在：{moved}"
        ).format(when=f"{newest.made_at:%Y-%m-%d %H:%M}", moved=moved),
    )
    return True


class BackupProgress(QDialog):
    """The small modal "正在备份…" window shown while the backup on close runs on the worker.

    It cannot be closed (close button, Esc) before the backup finished: closing the app again
    never cuts a backup short; the app exits when it is done.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.setModal(True)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.finished_backup = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # how long SQLite's copy takes is not known: a busy bar
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setWindowTitle(self.tr("正在备份…"))
        self.label.setText(self.tr("正在备份数据库，请稍候。\n备份完成后社群管家会自动关闭。"))
        self.setMinimumWidth(340)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_backup:
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        if self.finished_backup:
            super().reject()

    def finish(self) -> None:
        self.finished_backup = True
        self.close()


def wait_for_backup(future: Future[Path], parent: QWidget | None = None) -> Path:
    """Keep the window alive (painting, answering) until `future` is done, behind a
    `BackupProgress` when it takes longer than a blink; returns its result or raises its error.

    Events are processed by hand, not by a nested event loop: the second close that quits the
    application would also end a nested loop, before the backup has finished.
    """
    app = QCoreApplication.instance()
    dialog: BackupProgress | None = None
    started = time.monotonic()
    while not future.done():
        if dialog is None and time.monotonic() - started > SHOW_AFTER:
            dialog = BackupProgress(parent)
            dialog.show()
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)
    if dialog is not None:
        dialog.finish()
        dialog.deleteLater()
    return future.result()
