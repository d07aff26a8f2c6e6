"""Hooks the 报表 page into the window: 文件 → 生成老板周报, and figures → the Members page.
The Monday offer of the weekly report comes from the window's one reminder service
(`ui.reminders`), which asks `app.reports.reminder.weekly_report_due`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.members.domain import MemberFilter


def install(window: Any) -> None:
    if not window.has_page("reports"):
        return

    def open_members(ids: tuple[int, ...]) -> None:
        window.show_page("members")
        window.page("members").set_filter(MemberFilter(ids=tuple(ids)))

    def wire(page: Any) -> None:
        page.open_members = open_members

    window.when_page_built("reports", wire)
    action = QAction(window)
    action.setObjectName("bossReportAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+R"))

    def texts() -> None:
        action.setText(QCoreApplication.translate("ReportsPage", "生成老板周报…"))
        action.setToolTip(
            QCoreApplication.translate(
                "ReportsPage", "把上周（周一至周日）的报表写成 Excel，含图表"
            )
        )

    texts()
    window.retranslated.connect(texts)
    action.triggered.connect(lambda: window.page("reports").write_last_week())
    file_menu = window.menus["file"]
    actions = file_menu.actions()
    # After the import/export entries, before backups.
    anchor = next((a for a in actions if a.isSeparator()), None)
    file_menu.insertAction(anchor, action)
    window.report_action = action
