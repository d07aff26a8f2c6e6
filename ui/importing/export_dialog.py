"""Export the current filter or selection: columns, masked phones, .xlsx or .csv."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import CancelledError
from ui.env import UiEnv
from ui.file_dialogs import save_file
from ui.i18n import QT_TRANSLATE_NOOP
from ui.runner import CancelToken

DEFAULT_OFF = ("last_active", "last_contacted")
# What the dialog calls the core's columns (`app.exporting.service.COLUMNS`), in the language
# shown; the file's headers stay the core's (Chinese), as the importer reads them back.
COLUMN_LABELS = {
    "id": QT_TRANSLATE_NOOP("ExportDialog", "成员ID"),
    "nickname": QT_TRANSLATE_NOOP("ExportDialog", "昵称"),
    "name": QT_TRANSLATE_NOOP("ExportDialog", "姓名"),
    "wechat": QT_TRANSLATE_NOOP("ExportDialog", "微信号"),
    "phone": QT_TRANSLATE_NOOP("ExportDialog", "手机"),
    "qq": QT_TRANSLATE_NOOP("ExportDialog", "QQ"),
    "gender": QT_TRANSLATE_NOOP("ExportDialog", "性别"),
    "city": QT_TRANSLATE_NOOP("ExportDialog", "城市"),
    "skin_type": QT_TRANSLATE_NOOP("ExportDialog", "肤质"),
    "wecom_id": QT_TRANSLATE_NOOP("ExportDialog", "企微外部联系人ID"),
    "role": QT_TRANSLATE_NOOP("ExportDialog", "角色/头衔"),
    "tags": QT_TRANSLATE_NOOP("ExportDialog", "标签"),
    "groups": QT_TRANSLATE_NOOP("ExportDialog", "所在群"),
    "joined": QT_TRANSLATE_NOOP("ExportDialog", "入群日期"),
    "birthday": QT_TRANSLATE_NOOP("ExportDialog", "生日"),
    "birthday_lunar": QT_TRANSLATE_NOOP("ExportDialog", "农历生日"),
    "points": QT_TRANSLATE_NOOP("ExportDialog", "积分"),
    "level": QT_TRANSLATE_NOOP("ExportDialog", "等级"),
    "status": QT_TRANSLATE_NOOP("ExportDialog", "状态"),
    "tier": QT_TRANSLATE_NOOP("ExportDialog", "会员类型"),
    "personality": QT_TRANSLATE_NOOP("ExportDialog", "性格"),
    "last_active": QT_TRANSLATE_NOOP("ExportDialog", "最近活跃"),
    "last_contacted": QT_TRANSLATE_NOOP("ExportDialog", "最近联系"),
    "note": QT_TRANSLATE_NOOP("ExportDialog", "备注"),
    "custom": QT_TRANSLATE_NOOP("ExportDialog", "自定义字段"),
}


def column_label(key: str, header: str) -> str:
    """The column `key` as the dialog names it now (its file header when it has no label)."""
    source = COLUMN_LABELS.get(key)
    return QCoreApplication.translate("ExportDialog", source) if source else header


class ExportDialog(QDialog):
    """`member_filter` is what the table shows; `selected_ids` the rows selected in it."""

    def __init__(
        self,
        env: UiEnv,
        member_filter: Any,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env = env
        self.member_filter = member_filter
        self.selected_ids = list(selected_ids)
        self.setObjectName("exportDialog")
        self.resize(460, 560)
        self.scope_filter = QRadioButton(self)
        self.scope_selected = QRadioButton(self)
        self.scope_selected.setEnabled(bool(self.selected_ids))
        (self.scope_selected if self.selected_ids else self.scope_filter).setChecked(True)
        self.columns = QListWidget(self)
        from app.exporting.service import COLUMNS  # plain data: keys and headers

        self._headers = {key: header for key, header, _kind in COLUMNS}
        for key, header, _kind in COLUMNS:
            item = QListWidgetItem(header, self.columns)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if key in DEFAULT_OFF else Qt.CheckState.Checked
            )
        self.mask_box = QCheckBox(self)
        self.mask_box.setChecked(True)  # private by default: the user unticks it to export phones
        self.format = QComboBox(self)
        self.format.addItem("", ".xlsx")
        self.format.addItem("", ".csv")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        # Buttons of the dialog's own (not Qt's standard Ok/Cancel): on a language switch Qt
        # names its standard buttons anew ("OK"), after the dialog has set "导出…".
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.format_label = QLabel(self)
        form.addRow(self.format_label, self.format)
        self.columns_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_filter)
        layout.addWidget(self.scope_selected)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.mask_box)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.token: CancelToken | None = None
        self.path: str | None = None
        self.result: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text in the current language (the window calls this on a switch)."""
        self.setWindowTitle(self.tr("导出成员"))
        self.scope_filter.setText(self.tr("当前筛选出的全部成员"))
        self.scope_selected.setText(self.tr("选中的 %d 位成员") % len(self.selected_ids))
        self.mask_box.setText(self.tr("手机号打码（138****1234）"))
        self.format.setItemText(0, self.tr("Excel 工作簿 (.xlsx)"))
        self.format.setItemText(1, self.tr("CSV 文本 (.csv)"))
        self.format_label.setText(self.tr("格式："))
        self.columns_label.setText(self.tr("导出的列："))
        self.export_button.setText(self.tr("导出…"))
        self.cancel_button.setText(self.tr("取消"))
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            key = str(item.data(Qt.ItemDataRole.UserRole))
            header = self._headers[key]
            label = column_label(key, header)
            item.setText(label)
            # Named otherwise than in the file (English): the tooltip gives the file's header.
            item.setToolTip(
                "" if label == header else self.tr("文件中的列名：%1").replace("%1", header)
            )

    def chosen_columns(self) -> list[str]:
        out = []
        for i in range(self.columns.count()):
            item = self.columns.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _on_export_clicked(self) -> None:
        suffix = self.format.currentData()
        path, _ = save_file(
            self,
            self.env.settings,
            "export",
            self.tr("导出到"),
            self.tr("成员名单") + suffix,
            f"*{suffix}",
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Start the export (also what tests call, skipping the file dialog)."""
        suffix = self.format.currentData()
        if not path.lower().endswith(suffix):
            path += suffix
        columns = self.chosen_columns()
        if not columns:
            self.message.setText(self.tr("请至少选择一列。"))
            return
        self.path = path
        self.token = CancelToken()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("正在导出……"))
        ids = self.selected_ids if self.scope_selected.isChecked() else None
        self.env.tasks.spawn(
            self._export(path, ids, columns, self.mask_box.isChecked(), self.token)
        )

    async def _export(
        self, path: str, ids: list[int] | None, columns: list[str], mask: bool, token: CancelToken
    ) -> None:
        try:
            self.result = await self.env.runner.run(
                self.env.ctx.exports.export,
                path,
                self.member_filter,
                ids,
                columns,
                mask,
                None,
                token,
            )
        except CancelledError:
            self.message.setText(self.tr("已取消导出。"))
            return
        finally:
            self.token = None
            self.progress.hide()
            self.export_button.setEnabled(True)
        self.message.setText(self.tr("已导出 %d 位成员到 %s") % (self.result.rows, Path(path).name))
        self.env.show_message(self.tr("已导出 %d 位成员到 %s") % (self.result.rows, path))
        self.accept()

    def reject(self) -> None:
        if self.token is not None:
            self.token.cancel()
            return
        super().reject()
