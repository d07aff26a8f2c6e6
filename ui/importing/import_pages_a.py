"""Import wizard pages 1–3: choose the file, the sheet and header row, and the column mapping."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.errors import ShequnError
from ui.file_dialogs import open_file
from ui.theme import set_role
from ui.wording import joined

if TYPE_CHECKING:
    from ui.importing.import_wizard import ImportWizard

FIELD_CHOICES = (
    "nickname",
    "name",
    "wechat",
    "phone",
    "qq",
    "wecom_id",
    "gender",
    "city",
    "skin_type",
    "role",
    "tags",
    "joined",
    "birthday",
    "points",
    "level",
    "status",
    "tier",
    "personality",
    "last_active",
    "last_contacted",
    "note",
)


class FilePage(QWizardPage):
    """Pick a file (or get one dropped on the window) and a mapping preset; the file is read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("选择名单文件"))
        self.setSubTitle(
            self.tr(
                "支持 Excel（.xlsx .xls）、WPS、.ods 和 CSV。标题行、合并单元格、说明页都没关系。"
            )
        )
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("把文件拖到窗口上，或点“选择文件…”"))
        self.path_edit.editingFinished.connect(self._on_path_edited)
        browse = QPushButton(self.tr("选择文件…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.preset_combo = QComboBox(self)
        self.preset_combo.addItem(self.tr("自动识别列"), None)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("importStatus")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("文件："), row)
        form.addRow(self.tr("列映射方案："), self.preset_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._loading = False
        self.w.spawn(self._load_presets())

    async def _load_presets(self) -> None:
        presets = await self.w.env.runner.run(self.w.ctx.imports.presets)
        for p in presets:
            self.preset_combo.addItem(p.name, p.name)

    def _on_browse_clicked(self) -> None:
        path = open_file(
            self,
            self.w.env.settings,
            "import",
            self.tr("选择名单文件"),
            self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv);;所有文件 (*)"),
        )
        if path:
            self.set_path(path)

    def _on_path_edited(self) -> None:
        # editingFinished also fires when the field merely loses focus: only a new path reloads.
        if self.path_edit.text().strip() != self.w.path:
            self.set_path(self.path_edit.text())

    def _on_preset_changed(self) -> None:
        self.w.preset = self.preset_combo.currentData()
        if self.w.path:
            self.set_path(self.w.path)

    def set_path(self, path: str) -> None:
        path = path.strip()
        if not path:
            return
        self.path_edit.setText(path)
        self.w.path = path
        self.w.inspection = None
        self._loading = True
        set_role(self.status, "")
        self.status.setText(self.tr("正在读取「%s」…") % Path(path).name)
        self.completeChanged.emit()
        self.w.spawn(self._inspect(path, self.w.preset))

    async def _inspect(self, path: str, preset: str | None) -> None:
        try:
            inspection = await self.w.env.runner.run(self.w.ctx.imports.inspect, path, preset)
        except ShequnError as exc:
            if path == self.w.path:
                set_role(self.status, "error")
                self.status.setText(str(exc))
            return
        finally:
            self._loading = False
            self.completeChanged.emit()
        if path != self.w.path:
            return
        self.w.inspection = inspection
        chosen = inspection.sheet(None)
        self.status.setText(
            self.tr("已读取：%d 个工作表；将使用「%s」，约 %d 行。")
            % (len(inspection.sheets), chosen.name, chosen.row_count)
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.inspection is not None and not self._loading


class SheetPage(QWizardPage):
    """Which sheet, and on which row the header is (detected; the user may correct it)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("工作表和表头"))
        self.setSubTitle(
            self.tr("已自动找到名单所在的工作表和表头行；如不对，请在这里改。表头行以粗体显示。")
        )
        self.sheet_combo = QComboBox(self)
        self.row_spin = QSpinBox(self)
        self.row_spin.setRange(1, 30)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        form = QFormLayout()
        form.addRow(self.tr("工作表："), self.sheet_combo)
        form.addRow(self.tr("表头在第几行："), self.row_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        self._pending = False
        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.row_spin.valueChanged.connect(self._on_row_changed)

    def initializePage(self) -> None:
        inspection = self.w.inspection
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in inspection.sheets:
            self.sheet_combo.addItem(sheet.name)
        self.sheet_combo.setCurrentText(inspection.chosen)
        self.sheet_combo.blockSignals(False)
        self._show(inspection.sheet(None), detected=True)

    def _show(self, preview: Any, detected: bool = False) -> None:
        self.w.sheet = preview
        if detected:
            self.w.header_choice = None
            self.row_spin.blockSignals(True)
            self.row_spin.setValue(preview.header_row + 1)
            self.row_spin.blockSignals(False)
        header_index = self.row_spin.value() - 1
        sample = preview.sample[:30]
        width = max((len(r) for r in sample), default=0)
        self.table.setRowCount(len(sample))
        self.table.setColumnCount(width)
        bold = QFont(self.font())
        bold.setBold(True)
        for r, row in enumerate(sample):
            for c in range(width):
                item = QTableWidgetItem(row[c] if c < len(row) else "")
                if r == header_index:
                    item.setFont(bold)
                    item.setBackground(Qt.GlobalColor.yellow)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        for c in range(width):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))

    def _on_sheet_changed(self) -> None:
        self.w.spawn(self._reload(None))

    def _on_row_changed(self, value: int) -> None:
        self.w.spawn(self._reload(value - 1))

    async def _reload(self, header_row: int | None) -> None:
        self._pending = True
        self.completeChanged.emit()
        try:
            preview = await self.w.env.runner.run(
                self.w.ctx.imports.preview,
                self.w.path,
                self.sheet_combo.currentText(),
                header_row,
                self.w.preset,
            )
        finally:
            self._pending = False
            self.completeChanged.emit()
        self._show(preview, detected=header_row is None)
        self.w.header_choice = header_row

    def isComplete(self) -> bool:
        return not self._pending and self.w.sheet is not None


class MappingPage(QWizardPage):
    """Each column → a member field, a tag group, a custom field, or ignored; presets saved here."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("列对应关系"))
        self.setSubTitle(self.tr("每一列导入到哪个字段？不认识的列可以忽略，或保留为自定义字段。"))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("表头"), self.tr("示例"), self.tr("导入为")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.save_button = QPushButton(self.tr("保存为映射方案…"), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.message = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        from app.importing.columns import col_letter, target_label  # pure Python: labels only

        sheet = self.w.sheet
        self.table.setRowCount(len(sheet.headers))
        self.combos = []
        data_rows = sheet.sample[sheet.header_row + 1 : sheet.header_row + 4]
        for c, header in enumerate(sheet.headers):
            target = sheet.mapping[c] if c < len(sheet.mapping) else ""
            examples = joined(r[c] for r in data_rows if c < len(r) and r[c])
            combo = QComboBox(self.table)
            combo.addItem(self.tr("（忽略）"), "")
            for field in FIELD_CHOICES:
                combo.addItem(target_label(field), field)
            if target.startswith("tag_group:"):
                combo.addItem(target_label(target), target)
            if header:
                combo.addItem(self.tr("自定义字段「%s」") % header, f"custom:{header}")
            if target and combo.findData(target) < 0:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            hint = sheet.hints[c] if c < len(sheet.hints) else ""
            cells = [QTableWidgetItem(col_letter(c)), QTableWidgetItem(header)]
            cells.append(QTableWidgetItem(examples[:80]))
            for column, item in enumerate(cells):
                if hint:
                    # The values of this column did not fit the field its header suggested.
                    item.setToolTip(hint)
                    item.setForeground(self.palette().link())
                self.table.setItem(c, column, item)
            if hint:
                cells[0].setText(f"{col_letter(c)} ⚠")
                combo.setToolTip(hint)
            self.table.setCellWidget(c, 3, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(3, 200)
        flagged = sum(1 for h in sheet.hints if h)
        self.message.setText(
            self.tr("有 %d 列（⚠）的内容与表头猜测的字段不符：鼠标停在该行上可看原因和建议。")
            % flagged
            if flagged
            else ""
        )

    def mapping(self) -> tuple[str, ...]:
        return tuple(str(c.currentData() or "") for c in self.combos)

    def set_target(self, column: int, target: str) -> None:
        combo = self.combos[column]
        index = combo.findData(target)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def validatePage(self) -> bool:
        self.w.mapping = self.mapping()
        if not any(self.w.mapping):
            self.message.setText(self.tr("至少要有一列导入到某个字段。"))
            return False
        return True

    def _on_save_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("保存映射方案"), self.tr("方案名称："))
        if ok and name.strip():
            self.w.spawn(self._save(name.strip()))

    async def _save(self, name: str) -> None:
        await self.w.env.runner.run(
            self.w.ctx.imports.save_preset, name, self.w.sheet.headers, self.mapping()
        )
        self.message.setText(self.tr("已保存映射方案「%s」。") % name)
        combo = self.w.file_page.preset_combo
        if combo.findData(name) < 0:
            combo.addItem(name, name)
