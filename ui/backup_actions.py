"""File → 立即备份 / 从备份恢复… of the main window (strings in its "MainWindow" context)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.errors import ShequnError


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
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("MainWindow", "选择要恢复的备份"),
            folder,
            QCoreApplication.translate("MainWindow", "社群管家备份 (*.sqlite3)"),
        )
    if not path:
        return
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("MainWindow", "从备份恢复"),
        QCoreApplication.translate(
            "MainWindow",
            "用「{path}」替换当前数据库？当前数据会先自动备份。恢复后请重新打开社群管家。",
        ).format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
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
        window.close()

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
