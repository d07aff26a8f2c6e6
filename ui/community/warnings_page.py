"""The 警告与押金 page: the warnings ledger with its filters, the removal question, deposits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.community.deposit_ops import ForfeitDeposit, HoldDeposit, RefundDeposit
from app.community.warning_ops import IssueWarning, Proposal, RevokeWarning
from app.community.warnings import WarningFilter
from ui.community.care_dialogs import DepositDialog, WarnDialog
from ui.community.care_page_base import CarePage, current_row, make_table
from ui.community.rows_model import Column, RowsModel
from ui.env import UiEnv
from ui.operations import UndoText
from ui.slots import widget_slot
from ui.theme import set_role
from ui.wording import joined, member_cell, member_text


class WarningsPage(CarePage):
    """Warn members under the escalation policy; keep their deposits."""

    key = "warnings"
    loaded_signal = Signal()  # both tables show fresh data (tests, screenshots)

    def __init__(
        self,
        env: UiEnv,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.env, self.clock = env, clock
        self.loaded = False
        self.reasons: tuple[str, ...] = ()
        # Replaced in tests: asks the yes/no question of a removal.
        self.ask: Callable[[str], bool] = self._ask_yes_no
        self.warnings_model = RowsModel(self._warning_columns(), self)
        self.deposits_model = RowsModel(self._deposit_columns(), self)
        self.warnings_view = make_table(self.warnings_model)
        self.deposits_view = make_table(self.deposits_model)

        self.reason_filter = QComboBox()
        self.reason_filter.addItem(self.tr("全部原因"), "")
        self.search = QLineEdit(placeholderText=self.tr("搜索成员或证据"))
        self.search.setClearButtonEnabled(True)
        self.in_force = QCheckBox(self.tr("只看生效中"))
        self.warn_button = QPushButton(self.tr("警告…"))
        self.warn_button.setToolTip(self.tr("给一位成员记一次警告（Ctrl+N）"))
        self.revoke_button = QPushButton(self.tr("撤回警告"))
        self.warnings_empty = QLabel()
        self.warnings_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.warnings_empty, "muted")
        self.warnings_empty.setStyleSheet("padding: 16px;")
        self.policy_label = QLabel()
        set_role(self.policy_label, "muted")
        filters = QHBoxLayout()
        for w in (self.reason_filter, self.search, self.in_force):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.policy_label)
        filters.addWidget(self.revoke_button)
        filters.addWidget(self.warn_button)
        self.warnings_box = warnings_box = QGroupBox(self.tr("警告记录"))
        wl = QVBoxLayout(warnings_box)
        wl.addLayout(filters)
        wl.addWidget(self.warnings_view, 1)
        wl.addWidget(self.warnings_empty)

        self.totals_label = QLabel()
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        self.hold_button = QPushButton(self.tr("收押金…"))
        self.refund_button = QPushButton(self.tr("退还"))
        self.forfeit_button = QPushButton(self.tr("没收"))
        self.deposits_empty = QLabel(
            self.tr("还没有押金记录。收了押金就点「收押金…」记下来，退还或没收时再来这里。")
        )
        self.deposits_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.deposits_empty, "muted")
        self.deposits_empty.setStyleSheet("padding: 16px;")
        row = QHBoxLayout()
        row.addWidget(self.totals_label)
        row.addStretch(1)
        for b in (self.refund_button, self.forfeit_button, self.hold_button):
            row.addWidget(b)
        self.deposits_box = deposits_box = QGroupBox(self.tr("押金"))
        dl = QVBoxLayout(deposits_box)
        dl.addLayout(row)
        dl.addWidget(self.deposits_view, 1)
        dl.addWidget(self.deposits_empty)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(warnings_box)
        splitter.addWidget(deposits_box)
        splitter.setSizes([520, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.reason_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.in_force.toggled.connect(lambda _c: self.reload())
        self.warn_button.clicked.connect(self.open_warn_dialog)
        self.revoke_button.clicked.connect(self._on_revoke_clicked)
        self.hold_button.clicked.connect(self.open_deposit_dialog)
        self.refund_button.clicked.connect(lambda: self._close_deposit(RefundDeposit))
        self.forfeit_button.clicked.connect(lambda: self._close_deposit(ForfeitDeposit))
        self.add_shortcuts(
            (
                (QKeySequence.StandardKey.New, self.open_warn_dialog),
                (QKeySequence("Ctrl+D"), self.open_deposit_dialog),
                (QKeySequence("Ctrl+F"), self.search.setFocus),
            )
        )

    def title(self) -> str:
        return self.tr("警告与押金")

    def _warning_columns(self) -> list[Column]:
        status = {"warning": self.tr("警告"), "removal": self.tr("警告并移出")}
        return [
            Column(self.tr("时间"), lambda r: f"{r.at:%Y-%m-%d %H:%M}"),
            Column(self.tr("成员"), lambda r: member_cell(r.member, r.member_id)),
            Column(self.tr("原因"), lambda r: r.reason),
            Column(
                self.tr("结果"),
                lambda r: self.tr("已撤回") if r.revoked else status.get(r.outcome, r.outcome),
                lambda r: (
                    "#8a8f98" if r.revoked else ("#c62828" if r.outcome == "removal" else None)
                ),
            ),
            Column(
                self.tr("有效期至"),
                lambda r: f"{r.expires_at:%Y-%m-%d}" if r.expires_at else self.tr("长期"),
            ),
            Column(self.tr("群"), lambda r: r.group),
            Column(self.tr("证据"), lambda r: r.evidence),
        ]

    def _deposit_columns(self) -> list[Column]:
        deposit_status = {
            "held": self.tr("押金中"),
            "refunded": self.tr("已退还"),
            "forfeited": self.tr("已没收"),
        }
        return [
            Column(self.tr("成员"), lambda r: member_cell(r.member, r.member_id)),
            Column(self.tr("金额"), lambda r: f"¥{r.amount:,.2f}", align_right=True),
            Column(
                self.tr("状态"),
                lambda r: deposit_status.get(r.status, r.status),
                lambda r: {"held": "#1565c0", "forfeited": "#c62828"}.get(r.status),
            ),
            Column(self.tr("收取日期"), lambda r: r.held_on.isoformat()),
            Column(self.tr("结束日期"), lambda r: r.closed_on.isoformat() if r.closed_on else ""),
            Column(self.tr("备注"), lambda r: r.note),
        ]

    def retranslate(self) -> None:
        """The language changed: the columns, the fixed texts, then the tables again."""
        self.warnings_model.set_columns(self._warning_columns())
        self.deposits_model.set_columns(self._deposit_columns())
        self.reason_filter.setItemText(0, self.tr("全部原因"))
        self.search.setPlaceholderText(self.tr("搜索成员或证据"))
        self.in_force.setText(self.tr("只看生效中"))
        self.warn_button.setText(self.tr("警告…"))
        self.warn_button.setToolTip(self.tr("给一位成员记一次警告（Ctrl+N）"))
        self.revoke_button.setText(self.tr("撤回警告"))
        self.warnings_box.setTitle(self.tr("警告记录"))
        self.hold_button.setText(self.tr("收押金…"))
        self.refund_button.setText(self.tr("退还"))
        self.forfeit_button.setText(self.tr("没收"))
        self.deposits_empty.setText(
            self.tr("还没有押金记录。收了押金就点「收押金…」记下来，退还或没收时再来这里。")
        )
        self.deposits_box.setTitle(self.tr("押金"))
        if self.loaded:
            self.reload()

    # --- reading -----------------------------------------------------------------------------
    @widget_slot()
    async def reload(self) -> None:
        ctx, run = self.env.ctx, self.env.runner.run
        f = WarningFilter(
            reason=self.reason_filter.currentData() or "",
            search=self.search.text(),
            in_force_only=self.in_force.isChecked(),
        )
        try:
            settings = await run(ctx.care.settings)
            warnings = await run(ctx.care.warnings, f)
            deposits = await run(ctx.care.deposits)
            totals = await run(ctx.care.deposit_totals)
        except Exception as exc:
            self.env.show_error(exc)
            return
        if settings.reasons != self.reasons:
            self.reasons = settings.reasons
            current = self.reason_filter.currentData()
            self.reason_filter.blockSignals(True)
            while self.reason_filter.count() > 1:
                self.reason_filter.removeItem(1)
            for r in settings.reasons:
                self.reason_filter.addItem(r, r)
            self.reason_filter.setCurrentIndex(max(0, self.reason_filter.findData(current)))
            self.reason_filter.blockSignals(False)
        steps = {"warning": self.tr("警告"), "removal": self.tr("移出")}
        self.policy_label.setText(
            self.tr("升级规则：")
            + " → ".join(
                self.tr("第%1次%2").replace("%1", str(n)).replace("%2", steps.get(p, p))
                for n, p in enumerate(settings.policy, 1)
            )
        )
        self.warnings_model.set_rows(warnings)
        self.deposits_model.set_rows(deposits)
        filtered = bool(f.reason or f.search.strip() or f.in_force_only)
        self.warnings_empty.setText(
            self.tr("没有符合筛选条件的警告。")
            if filtered
            else self.tr("还没有警告记录。有人发广告或刷屏时，按「警告…」（Ctrl+N）记下来。")
        )
        self.warnings_view.resizeColumnsToContents()
        self.deposits_view.resizeColumnsToContents()
        self.warnings_empty.setVisible(not warnings)
        self.deposits_empty.setVisible(not deposits)
        self.totals_label.setText(
            self.tr("押金中 ¥%1（%2 笔）　已退还 ¥%3　已没收 ¥%4")
            .replace("%1", f"{totals.held:,.2f}")
            .replace("%2", str(totals.held_count))
            .replace("%3", f"{totals.refunded:,.2f}")
            .replace("%4", f"{totals.forfeited:,.2f}")
        )
        self.loaded_signal.emit()

    # --- warning ----------------------------------------------------------------------------
    @widget_slot()
    async def open_warn_dialog(self) -> None:
        dialog = WarnDialog(self.env, self.reasons, parent=self)
        if dialog.exec() != WarnDialog.DialogCode.Accepted:
            return
        member, reason, evidence = dialog.values()
        if member is None:
            self.env.show_message(self.tr("请先在列表里选中要警告的成员。"))
            return
        await self.warn(member, reason, evidence)

    async def warn(self, member_id: int, reason: str, evidence: str = "") -> bool:
        """Warn her; at a removal step ask first. False when refused or declined."""
        try:
            proposal: Proposal = await self.env.runner.run(
                self.env.ctx.care.proposal, member_id, self.clock()
            )
        except Exception as exc:
            self.env.show_error(exc)
            return False
        confirm = False
        if proposal.step == "removal":
            if not self.ask(self.removal_question(proposal)):
                return False
            confirm = True
        op = IssueWarning(member_id, reason, evidence, confirm_removal=confirm)
        text = (
            UndoText.translate("WarningsPage", "警告并移出 %1")
            if confirm
            else UndoText.translate("WarningsPage", "警告 %1")
        )
        self.env.ops.push(self.stack, op, text.fill(member_text(proposal.name, member_id)))
        return True

    def removal_question(self, p: Proposal) -> str:
        lines = [
            str(
                UndoText.translate("WarningsPage", "这是%1的第 %2 次警告，按升级规则应移出。").fill(
                    member_text(p.name, p.member_id), p.count
                )
            ),
            "",
            self.tr("选「是」将："),
            self.tr("· 记下这次警告，并把她标为「已移出」"),
        ]
        if p.groups:
            lines.append(self.tr("· 退出 %1").replace("%1", joined(p.groups)))
        if p.deposit_ids:
            lines.append(self.tr("· 没收押金 ¥%1").replace("%1", f"{p.deposit_total:,.2f}"))
        lines += ["", self.tr("选「否」什么都不改。之后可以用撤销（Ctrl+Z）恢复。")]
        return "\n".join(lines)

    def _ask_yes_no(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("移出成员？"), question, parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("是，移出"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("否"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _on_revoke_clicked(self) -> None:
        row = current_row(self.warnings_view, self.warnings_model)
        if row is None or row.revoked:
            self.env.show_message(self.tr("请先选中一条还没撤回的警告。"))
            return
        self.env.ops.push(
            self.stack, RevokeWarning(row.id), UndoText.translate("WarningsPage", "撤回警告")
        )

    # --- deposits ---------------------------------------------------------------------------
    def open_deposit_dialog(self) -> None:
        dialog = DepositDialog(self.env, parent=self)
        if dialog.exec() != DepositDialog.DialogCode.Accepted:
            return
        member, amount, note = dialog.values()
        if member is None:
            self.env.show_message(self.tr("请先在列表里选中交押金的成员。"))
            return
        self.env.ops.push(
            self.stack,
            HoldDeposit(member, amount, note=note),
            UndoText.translate("WarningsPage", "收取押金"),
        )

    def _close_deposit(self, op_class: type[RefundDeposit] | type[ForfeitDeposit]) -> None:
        row = current_row(self.deposits_view, self.deposits_model)
        if row is None:
            self.env.show_message(self.tr("请先选中一笔押金。"))
            return
        text = (
            UndoText.translate("WarningsPage", "退还押金")
            if op_class is RefundDeposit
            else UndoText.translate("WarningsPage", "没收押金")
        )
        self.env.ops.push(self.stack, op_class(row.id), text)
