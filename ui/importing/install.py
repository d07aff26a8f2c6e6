"""Hooks the import wizard, import history and export dialog into the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from ui import icons
from ui.importing.export_dialog import ExportDialog
from ui.importing.import_history_dialog import ImportHistoryDialog
from ui.importing.import_wizard import SUFFIXES, ImportWizard


def open_wizard(window: Any, path: str | None = None) -> ImportWizard:
    wizard = ImportWizard(window.env, window, path)
    wizard.setModal(True)
    wizard.show()
    return wizard


def open_history(window: Any) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(window.env, window)
    dialog.show()
    return dialog


def _members_page(window: Any) -> Any:
    try:
        return window.page("members")
    except KeyError:
        return None


def open_export(window: Any, selection_only: bool = False) -> ExportDialog:
    from app.members.domain import MemberFilter

    page = _members_page(window)
    member_filter = page.current_filter() if page is not None else MemberFilter()
    selected = page.selected_ids() if page is not None else []
    dialog = ExportDialog(window.env, member_filter, selected, window)
    if selection_only and selected:
        dialog.scope_selected.setChecked(True)
    dialog.show()
    return dialog


def install(window: Any) -> None:
    """Toolbar button and 文件 menu entries, file drops, and 导出 on the members' bulk bar."""
    import_action = QAction(window)
    import_action.setObjectName("importAction")
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: open_wizard(window))
    history_action = QAction(window)
    history_action.setObjectName("importHistoryAction")
    history_action.triggered.connect(lambda: open_history(window))
    export_action = QAction(window)
    export_action.setObjectName("exportAction")
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(lambda: open_export(window))
    file_menu = window.menus["file"]
    first = file_menu.actions()[0] if file_menu.actions() else None
    # Import/export lead the 文件 menu; the toolbar gets 导入 and 导出.
    for action in (import_action, history_action, export_action):
        file_menu.insertAction(first, action)
    if first is not None:
        file_menu.insertSeparator(first)
    window.toolbar.addAction(import_action)
    window.toolbar.addAction(export_action)
    window.register_drop_handler(SUFFIXES, lambda path: open_wizard(window, path))
    window.import_actions = (import_action, history_action, export_action)
    page = _members_page(window)
    button: QPushButton | None = None
    if page is not None and hasattr(page, "bulk_bar") and page.bulk_bar.layout() is not None:
        button = QPushButton(page.bulk_bar)
        button.setObjectName("bulkExport")
        button.setIcon(icons.icon("export"))
        button.clicked.connect(lambda: open_export(window, selection_only=True))
        layout = page.bulk_bar.layout()
        anchor = getattr(page.bulk_bar, "merge_button", None)
        index = layout.indexOf(anchor) + 1 if anchor is not None else layout.count() - 1
        layout.insertWidget(max(0, index), button)

    def texts() -> None:
        import_action.setText(QCoreApplication.translate("ImportExport", "导入 Excel…"))
        import_action.setToolTip(
            QCoreApplication.translate(
                "ImportExport", "从 Excel/WPS/CSV 名单导入成员（也可以把文件拖到窗口上）"
            )
        )
        history_action.setText(QCoreApplication.translate("ImportExport", "导入记录…"))
        export_action.setText(QCoreApplication.translate("ImportExport", "导出成员…"))
        if button is not None:
            button.setText(QCoreApplication.translate("ImportExport", "导出"))
            button.setToolTip(
                QCoreApplication.translate("ImportExport", "把选中的成员导出为 Excel")
            )

    texts()
    window.retranslated.connect(texts)
