"""Import wizard pages 4–6: preview (counts, problems, duplicates), progress, result with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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
from ui.wording import joined

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
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("importGroup")
        self.group_combo.addItem(self.tr("（不加入）"), None)
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("把文件里的所有成员加入社群："), self))
        group_row.addWidget(self.group_combo)
        group_row.addStretch(1)
        self._groups_loaded = False
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
        layout.addLayout(group_row)
        layout.addWidget(self.tabs, 1)
        self._planning = False

    def initializePage(self) -> None:
        self.w.plan = None
        self._planning = True
        self.busy.show()
        self.counts.setText(self.tr("正在检查每一行……"))
        self.problems.set_problems([])
        self.w.spawn(self._make_plan())
        if not self._groups_loaded:
            self.w.spawn(self._load_groups())

    async def _load_groups(self) -> None:
        """Open top-level groups, with how full they are (the import refuses to overfill one)."""
        groups = await self.w.env.runner.run(self.w.ctx.groups.list_groups, False)
        self._groups_loaded = True
        for g in groups:
            if g.parent_id is None:
                self.group_combo.addItem(
                    self.tr("%s（%d/%d 人）") % (g.name, g.member_count, g.capacity), (g.id, g.name)
                )

    def chosen_group(self) -> tuple[int, str] | None:
        """(id, name) of the group every member of the file joins, or None."""
        data = self.group_combo.currentData()
        return (int(data[0]), str(data[1])) if data else None

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
        from app.importing.import_ops import with_group

        decisions = self.w.preview_page.decisions()
        group = self.w.preview_page.chosen_group()
        self.w.plan = with_group(self.w.plan, *(group or (None, "")))
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
        # What ask_merge needs of a page: the env, the context and the undo stack's key.
        self.env = wizard.env
        self.ctx = wizard.ctx
        self.key = "members"
        self._merge_dialog: Any = None
        self._merging: QListWidgetItem | None = None
        self.near_label = QLabel(self)
        self.near_label.setObjectName("importNearLabel")
        self.near_label.setWordWrap(True)
        self.near_list = QListWidget(self)
        self.near_list.setObjectName("importNearList")
        self.near_list.itemSelectionChanged.connect(self._on_near_selected)
        self.near_list.itemDoubleClicked.connect(lambda _item: self._on_merge_clicked())
        self.merge_button = QPushButton(self.tr("合并…"), self)
        self.merge_button.setObjectName("importMergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.details, 1)
        near_row = QHBoxLayout()
        near_row.addWidget(self.near_label, 1)
        near_row.addWidget(self.merge_button)
        layout.addLayout(near_row)
        layout.addWidget(self.near_list, 1)
        self._show_near(None)

    def initializePage(self) -> None:
        result = self.w.result
        if self.w.cancelled or result is None:
            self.setTitle(self.tr("已取消"))
            self.summary.setText(self.tr("导入已取消，数据库没有任何改动。"))
            self.undo_button.hide()
            self.details.hide()
            self._show_near(None)
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
        if self.w.plan.group_name:
            lines.insert(
                0,
                self.tr("已把 %d 位成员加入社群「%s」。")
                % (result.group_joined, self.w.plan.group_name),
            )
        if result.group_warning:
            lines.insert(1, result.group_warning)
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self._show_near(None)
        self.near_label.setText(self.tr("正在查找昵称相近的成员……"))
        self.near_label.show()
        self.w.spawn(self._load_near(result.batch_id))

    async def _load_near(self, batch_id: int) -> None:
        pairs = await self.w.env.runner.run(self.w.ctx.imports.near_duplicates, batch_id)
        self._show_near(pairs)

    def _show_near(self, pairs: list[Any] | None) -> None:
        """Pairs (imported, existing) with near-duplicate nicknames; never merged without her."""
        self.near_list.clear()
        if pairs is None:
            self.near_label.hide()
            self.near_list.hide()
            self.merge_button.hide()
            return
        if not pairs:
            self.near_label.setText(self.tr("没有发现与已有成员昵称相近的新成员。"))
            self.near_label.show()
            return
        self.near_label.setText(
            self.tr(
                "%d 对成员昵称相近，可能是同一人（没有相同的微信号/手机/QQ，未自动合并）："
                "选中一对后点“合并…”逐项确认。"
            )
            % len(pairs)
        )
        for p in pairs:
            item = QListWidgetItem(
                self.tr("新导入 #%d「%s」 ↔ 已有 #%d「%s」")
                % (p.imported_id, p.imported_nickname, p.existing_id, p.existing_nickname)
            )
            item.setData(Qt.ItemDataRole.UserRole, (p.existing_id, p.imported_id))
            self.near_list.addItem(item)
        for widget in (self.near_label, self.near_list, self.merge_button):
            widget.show()
        self.merge_button.setEnabled(False)

    def _on_near_selected(self) -> None:
        self.merge_button.setEnabled(bool(self.near_list.selectedItems()))

    def _on_merge_clicked(self) -> None:
        items = self.near_list.selectedItems()
        if not items:
            return
        from ui.members.merge_dialog import ask_merge

        self._merging = items[0]
        ask_merge(self, list(items[0].data(Qt.ItemDataRole.UserRole)))

    @property
    def merge_dialog(self) -> Any:
        """The merge dialog ask_merge opened (a merged pair leaves the list once accepted)."""
        return self._merge_dialog

    @merge_dialog.setter
    def merge_dialog(self, dialog: Any) -> None:
        self._merge_dialog = dialog
        item = self._merging
        if item is not None:
            ids = set(item.data(Qt.ItemDataRole.UserRole))
            dialog.accepted.connect(lambda: self._on_merged(ids))

    def _on_merged(self, ids: set[int]) -> None:
        """The pair became one member: no pair with either of them is left to offer."""
        for row in reversed(range(self.near_list.count())):
            if ids & set(self.near_list.item(row).data(Qt.ItemDataRole.UserRole)):
                self.near_list.takeItem(row)

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
        shown = joined(f"#{i}" for i in summary.kept_edited[:10])
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
