"""Import wizard pages 4–6: preview (counts, problems, duplicates), progress, result with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.errors import ShequnError
from ui.importing.import_models import DuplicateModel, ProblemModel
from ui.runner import CancelToken

if TYPE_CHECKING:
    from app.importing.model import UndoSummary
    from ui.importing.import_wizard import ImportWizard

DECISIONS = ("merge", "skip", "new")


def _table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PreviewPage(QWizardPage):
    """The plan: what will be created, merged, skipped; every problem cell; duplicate decisions."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("预览"))
        self.setSubTitle(self.tr("还没有写入任何数据。确认无误后点“开始导入”。"))
        self.setCommitPage(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.problems = ProblemModel(self)
        self.duplicates = DuplicateModel(self)
        self.problem_view = _table(self.problems, self)
        self.duplicate_view = _table(self.duplicates, self)
        self.default_combo = QComboBox(self)
        for key, text in zip(
            DECISIONS,
            (
                self.tr("合并（补全空字段、合并标签，冲突保留原值）"),
                self.tr("跳过"),
                self.tr("新建为另一位成员"),
            ),
            strict=True,
        ):
            self.default_combo.addItem(text, key)
        self.default_combo.currentIndexChanged.connect(self._on_default_changed)
        dup_page = QWidget(self)
        dup_layout = QVBoxLayout(dup_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("与已有成员重复时："), dup_page))
        row.addWidget(self.default_combo)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("所选行："), dup_page))
        for key, text in zip(
            DECISIONS, (self.tr("合并"), self.tr("跳过"), self.tr("新建")), strict=True
        ):
            button = QPushButton(text, dup_page)
            button.clicked.connect(lambda _=False, k=key: self._on_decide_selected(k))
            row.addWidget(button)
        dup_layout.addLayout(row)
        dup_layout.addWidget(self.duplicate_view, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.problem_view, self.tr("问题"))
        self.tabs.addTab(dup_page, self.tr("重复"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        self._planning = False

    def initializePage(self) -> None:
        self.w.plan = None
        self._planning = True
        self.busy.show()
        self.counts.setText(self.tr("正在检查每一行……"))
        self.problems.set_problems([])
        self.w.spawn(self._make_plan())

    async def _make_plan(self) -> None:
        from app.importing.model import ImportOptions

        options = ImportOptions(
            sheet=self.w.sheet.name,
            header_row=self.w.header_choice,
            mapping=self.w.mapping,
            on_duplicate=self.default_combo.currentData(),
        )
        try:
            plan = await self.w.env.runner.run(self.w.ctx.imports.plan, self.w.path, options)
        except ShequnError as exc:
            self.counts.setText(str(exc))
            return
        finally:
            self._planning = False
            self.busy.hide()
            self.completeChanged.emit()
        self.w.plan = plan
        self.problems.set_problems(plan.problems)
        self.duplicates.set_plan(plan)
        self.problem_view.resizeColumnsToContents()
        self.duplicate_view.resizeColumnsToContents()
        self._show_counts()
        self.tabs.setTabText(0, self.tr("问题（%d）") % len(plan.problems))
        self.tabs.setTabText(1, self.tr("重复（%d）") % self.duplicates.rowCount())
        self.completeChanged.emit()

    def _show_counts(self) -> None:
        plan = self.w.plan
        if plan is None:
            return
        c = plan.counts(self.duplicates.effective())
        self.counts.setText(
            self.tr(
                "工作表「%s」：读取 %d 行 → 新建 %d 位，合并 %d 位，跳过 %d 位；"
                "有问题未导入 %d 行，提示 %d 条；文件内同一人的重复行 %d 行已合并，"
                "空行/合计行/重复表头 %d 行已略过。"
            )
            % (
                plan.sheet,
                plan.rows_read,
                c["new"],
                c["merge"],
                c["skip"],
                c["problems"],
                c["warnings"],
                plan.file_duplicates,
                plan.rows_skipped,
            )
        )

    def _on_default_changed(self) -> None:
        self.duplicates.set_default(self.default_combo.currentData())
        self._show_counts()

    def _on_decide_selected(self, decision: str) -> None:
        rows = sorted({i.row() for i in self.duplicate_view.selectionModel().selectedRows()})
        self.duplicates.set_decision(rows, decision)
        self._show_counts()

    def decisions(self) -> dict[int, str]:
        return self.duplicates.effective()

    def isComplete(self) -> bool:
        # A plan with no member to write (every row has a problem) is shown, not applied.
        return not self._planning and self.w.plan is not None and bool(self.w.plan.members)


class ProgressPage(QWizardPage):
    """Writes the plan in one transaction; Cancel rolls everything back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("正在导入"))
        self.setSubTitle(self.tr("取消会撤回全部改动，数据库保持导入前的样子。"))
        self.bar = QProgressBar(self)
        self.label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("取消导入"), self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.w.bridge.progress.connect(self._on_progress)
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.w.cancelled = False
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("正在准备……"))
        self.cancel_button.setEnabled(True)
        self.w.token = CancelToken()
        self.w.spawn(self._apply(self.w.token))

    async def _apply(self, token: CancelToken) -> None:
        ctx = self.w.ctx
        decisions = self.w.preview_page.decisions()
        op = ctx.imports.apply_op(self.w.plan, decisions, self.w.bridge, token)
        if ctx.maintenance.path is not None:  # a verified copy to go back to, whatever happens
            self.label.setText(self.tr("导入前先备份数据库……"))
            try:
                await self.w.env.runner.run(ctx.maintenance.backup, None, "before-import")
            except ShequnError as exc:
                self.w.token = None
                self.w.env.show_error(exc)
                self.label.setText(self.tr("导入没有完成，数据库没有任何改动。"))
                return
        try:
            done = await self.w.env.ops.run(op)  # announces the changes; shows a domain error
        finally:
            self.w.token = None
        if done is None and token.cancelled:
            self.w.cancelled = True
        elif done is None:
            self.label.setText(self.tr("导入没有完成，数据库没有任何改动。"))
            return
        else:
            self.w.result = done.value
            self.w.op_id = done.op_id
            self.w.imported.emit(done.value)
        self._done = True
        self.completeChanged.emit()
        self.w.next()

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.label.setText(self.tr("%s：%d / %d") % (what, done, total))

    def _on_cancel_clicked(self) -> None:
        if self.w.token is not None:
            self.w.token.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("正在取消……"))

    def isComplete(self) -> bool:
        return self._done


class ResultPage(QWizardPage):
    """What was done, the conflicts kept, and the button that undoes the whole batch."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("导入完成"))
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("撤销本次导入"), self)
        self.undo_button.clicked.connect(self._on_undo_clicked)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.details, 1)

    def initializePage(self) -> None:
        result = self.w.result
        if self.w.cancelled or result is None:
            self.setTitle(self.tr("已取消"))
            self.summary.setText(self.tr("导入已取消，数据库没有任何改动。"))
            self.undo_button.hide()
            self.details.hide()
            return
        self.setTitle(self.tr("导入完成"))
        self.summary.setText(
            self.tr(
                "已导入「%s」：新建 %d 位，合并 %d 位，跳过 %d 位，有问题未导入 %d 行（%.1f 秒）。"
                "如有不对，可以整批撤销；以后也能在“文件 → 导入记录”里撤销。"
            )
            % (
                self.w.plan.file_name,
                result.created,
                result.merged,
                result.skipped,
                result.problems,
                result.seconds,
            )
        )
        from app.importing.columns import target_label  # pure Python: labels only

        lines = [
            self.tr("冲突：成员 #%d 的「%s」保留原值「%s」，表格中为「%s」。")
            % (c.member_id, target_label(c.field), c.existing, c.imported)
            for c in result.conflicts[:500]
        ]
        lines += [p.sentence() for p in self.w.plan.problems[:500]]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _on_undo_clicked(self) -> None:
        self.undo_button.setEnabled(False)
        self.w.spawn(self._undo(self.w.result.batch_id))

    async def _undo(self, batch_id: int) -> None:
        from app.importing.import_ops import UndoImport

        done = await self.w.env.ops.run(UndoImport(batch_id), reverts=self.w.op_id)
        if done is None:
            self.undo_button.setEnabled(True)
            return
        self.summary.setText(undo_text(done.value))


def undo_text(summary: UndoSummary) -> str:
    """What undoing an import did, in the interface language (the result page and history)."""
    text = QCoreApplication.translate(
        "ImportUndo", "已撤销第 %d 次导入：删除了新建的 %d 位成员，还原了 %d 位已有成员。"
    ) % (
        summary.batch_id,
        summary.deleted,
        summary.restored,
    )
    if summary.kept_edited:
        shown = "、".join(f"#{i}" for i in summary.kept_edited[:10])
        text += QCoreApplication.translate(
            "ImportUndo",
            "%d 位新建成员（%s）在导入后修改过，已保留，没有删除；不需要时可移到回收站。",
        ) % (len(summary.kept_edited), shown)
    if summary.gone:
        text += (
            QCoreApplication.translate("ImportUndo", "%d 位相关成员已被永久删除，无需撤销。")
            % summary.gone
        )
    return text
