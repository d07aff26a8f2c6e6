"""合并: two members side by side; the user picks the surviving record and, field by field, the
value that stays. OK merges as one undoable step (`MergeMembers`), Cancel changes nothing.

Defaults: the survivor is the record with more filled fields (then the earlier join date);
for each field that differs the filled value is preselected, and the survivor's when both are
filled (two different notes are kept both, as the merge joins them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import EDITABLE_FIELDS, MemberDetail
from app.members.merge_ops import MergeMembers, is_empty
from ui.operations import UndoText
from ui.wording import joined

BOTH = 2  # the third choice of the note: keep both texts (the merge joins them)
_NOTE_CHARS = 40


def field_labels() -> dict[str, str]:
    return {
        "nickname": QCoreApplication.translate("MergeDialog", "昵称"),
        "name": QCoreApplication.translate("MergeDialog", "姓名"),
        "wechat": QCoreApplication.translate("MergeDialog", "微信号"),
        "phone": QCoreApplication.translate("MergeDialog", "手机"),
        "qq": QCoreApplication.translate("MergeDialog", "QQ"),
        "wecom_id": QCoreApplication.translate("MergeDialog", "企微ID"),
        "gender": QCoreApplication.translate("MergeDialog", "性别"),
        "city": QCoreApplication.translate("MergeDialog", "城市"),
        "skin_type": QCoreApplication.translate("MergeDialog", "肤质"),
        "role": QCoreApplication.translate("MergeDialog", "角色/头衔"),
        "status": QCoreApplication.translate("MergeDialog", "状态"),
        "tier": QCoreApplication.translate("MergeDialog", "会员类型"),
        "personality": QCoreApplication.translate("MergeDialog", "性格"),
        "note": QCoreApplication.translate("MergeDialog", "备注"),
        "level": QCoreApplication.translate("MergeDialog", "等级"),
        "points": QCoreApplication.translate("MergeDialog", "积分"),
        "joined": QCoreApplication.translate("MergeDialog", "入群日期"),
        "birthday": QCoreApplication.translate("MergeDialog", "生日"),
        "last_active": QCoreApplication.translate("MergeDialog", "最近活跃"),
        "last_contacted": QCoreApplication.translate("MergeDialog", "最近联系"),
        "birthday_lunar": QCoreApplication.translate("MergeDialog", "农历生日"),
    }


def shown_value(field: str, value: Any) -> str:
    """A field's value as the dialog shows it (empty: "（空）")."""
    if field == "birthday_lunar":
        return (
            QCoreApplication.translate("MergeDialog", "是")
            if value
            else QCoreApplication.translate("MergeDialog", "否")
        )
    if value is None or value == "":
        return QCoreApplication.translate("MergeDialog", "（空）")
    if isinstance(value, dt.date):
        return value.isoformat()
    if field in ("status", "tier"):
        return _choice_texts().get(value, str(value))
    return str(value)


def _choice_texts() -> dict[str, str]:
    # Spelled out (not looked up from STATUSES/TIERS) so that lupdate finds every string.
    return {
        "active": QCoreApplication.translate("MergeDialog", "活跃"),
        "silent": QCoreApplication.translate("MergeDialog", "沉默"),
        "zombie": QCoreApplication.translate("MergeDialog", "僵尸"),
        "left": QCoreApplication.translate("MergeDialog", "已退群"),
        "blocked": QCoreApplication.translate("MergeDialog", "黑名单"),
        "free": QCoreApplication.translate("MergeDialog", "免费"),
        "paid": QCoreApplication.translate("MergeDialog", "付费"),
    }


def filled(m: MemberDetail) -> int:
    return sum(not is_empty(getattr(m, f)) for f in EDITABLE_FIELDS) + len(m.tags)


def default_survivor(a: MemberDetail, b: MemberDetail) -> int:
    """0 or 1: more filled fields wins, then the earlier join date, then the older record."""

    def key(m: MemberDetail) -> tuple[int, dt.date, int]:
        return (-filled(m), m.joined or dt.date.max, m.id)

    return 0 if key(a) <= key(b) else 1


class MergeDialog(QDialog):
    """Choose how two records become one; `operation()` is the merge to run."""

    def __init__(self, a: MemberDetail, b: MemberDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.members = (a, b)
        self.fields = [f for f in EDITABLE_FIELDS if getattr(a, f) != getattr(b, f)]
        self.survivor = QButtonGroup(self)
        self.groups: dict[str, QButtonGroup] = {}
        self._touched: set[str] = set()
        self.titles: list[QLabel] = []
        self.setWindowTitle(self.tr("合并两位成员"))
        self.resize(820, 680)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self._header(grid)
        row = 2
        labels = field_labels()
        for field in EDITABLE_FIELDS:
            row = self._field_row(grid, row, field, labels[field])
        row = self._summary_rows(grid, row)
        grid.setRowStretch(row, 1)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.hint = QLabel(
            self.tr(
                "合并后只留下一条记录：标签、擅长领域、群和时间线合在一起，另一条移到回收站"
                "（标记为已合并）。可以用“撤销”恢复原样。"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("合并"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.survivor.idToggled.connect(self._on_survivor_id_toggled)
        self.survivor.button(default_survivor(a, b)).setChecked(True)
        ok.setFocus()

    # building ----------------------------------------------------------------------------------
    def _header(self, grid: QGridLayout) -> None:
        for side in range(len(self.members)):
            title = QLabel(self)
            title.setObjectName("sectionTitle")
            self.titles.append(title)
            grid.addWidget(title, 0, side + 1)
            keep = QRadioButton(self.tr("保留这一条"), self)
            keep.setObjectName(f"survivor{side}")
            self.survivor.addButton(keep, side)
            grid.addWidget(keep, 1, side + 1)
        grid.addWidget(QLabel(self.tr("保留的记录"), self), 1, 0)

    def _field_row(self, grid: QGridLayout, row: int, field: str, label: str) -> int:
        grid.addWidget(QLabel(label, self), row, 0, Qt.AlignmentFlag.AlignTop)
        values = [getattr(m, field) for m in self.members]
        if field not in self.fields:
            same = QLabel(shown_value(field, values[0]), self)
            same.setObjectName("mergeSame")
            same.setEnabled(False)  # the same on both sides: nothing to choose
            grid.addWidget(same, row, 1, 1, 2)
            return row + 1
        group = QButtonGroup(self)
        for side, value in enumerate(values):
            text = shown_value(field, value)
            button = QRadioButton(_short(text), self)
            button.setToolTip(text)
            button.setObjectName(f"{field}{side}")
            group.addButton(button, side)
            grid.addWidget(button, row, side + 1)
        if field == "note" and all(values):
            both = QRadioButton(self.tr("两段都保留"), self)
            both.setObjectName("note2")
            group.addButton(both, BOTH)
            grid.addWidget(both, row + 1, 1, 1, 2)
            row += 1
        group.buttonClicked.connect(lambda _b, f=field: self._touched.add(f))
        self.groups[field] = group
        return row + 1

    def _summary_rows(self, grid: QGridLayout, row: int) -> int:
        empty = self.tr("（空）")
        rows = (
            (self.tr("标签"), [joined(t.label for t in m.tags) for m in self.members]),
            (self.tr("擅长领域"), [joined(m.specialties) for m in self.members]),
            (
                self.tr("所在群"),
                [joined(g.group_name for g in m.memberships) for m in self.members],
            ),
            (
                self.tr("时间线"),
                [self.tr("{n} 条").format(n=len(m.timeline)) for m in self.members],
            ),
            (
                self.tr("自定义字段"),
                [self.tr("{n} 项").format(n=len(m.custom)) for m in self.members],
            ),
        )
        heading = QLabel(self.tr("合在一起"), self)
        heading.setObjectName("sectionTitle")
        grid.addWidget(heading, row, 0, 1, 3)
        row += 1
        for label, texts in rows:
            grid.addWidget(QLabel(label, self), row, 0, Qt.AlignmentFlag.AlignTop)
            for side, text in enumerate(texts):
                value = QLabel(text or empty, self)
                value.setWordWrap(True)
                grid.addWidget(value, row, side + 1)
            row += 1
        return row

    # choosing ----------------------------------------------------------------------------------
    def _on_survivor_id_toggled(self, side: int, checked: bool) -> None:
        if not checked:
            return
        for i, (title, m) in enumerate(zip(self.titles, self.members, strict=True)):
            fate = self.tr("保留") if i == side else self.tr("合并后移到回收站")
            title.setText(f"{m.nickname or m.name}  #{m.id} · {fate}")
        for field, group in self.groups.items():
            if field not in self._touched:
                self._preselect(field, group, side)

    def _preselect(self, field: str, group: QButtonGroup, survivor: int) -> None:
        values = [getattr(m, field) for m in self.members]
        empty = [is_empty(v) for v in values]
        if group.button(BOTH) is not None:
            choice = BOTH
        elif empty[survivor] and not empty[1 - survivor]:
            choice = 1 - survivor
        else:
            choice = survivor
        button: QAbstractButton = group.button(choice)
        button.setChecked(True)

    def survivor_side(self) -> int:
        return max(self.survivor.checkedId(), 0)

    def choose(self, field: str, side: int) -> None:
        """Pick the value of `field` from side 0 (left), 1 (right) or BOTH (notes only)."""
        self._touched.add(field)
        self.groups[field].button(side).setChecked(True)

    def choices(self) -> tuple[tuple[str, str], ...]:
        """The chosen values as the operation takes them: "keep" (survivor) or "other"."""
        keep = self.survivor_side()
        out = []
        for field, group in self.groups.items():
            side = group.checkedId()
            if side in (0, 1):
                out.append((field, "keep" if side == keep else "other"))
        return tuple(out)

    def operation(self) -> MergeMembers:
        keep = self.survivor_side()
        return MergeMembers(self.members[keep].id, self.members[1 - keep].id, self.choices())


def _short(text: str) -> str:
    line = text.replace("\n", " ")
    return line if len(line) <= _NOTE_CHARS else line[: _NOTE_CHARS - 1] + "…"


def ask_merge(page: Any, member_ids: Sequence[int]) -> None:
    """Read both members, then show the dialog; OK pushes the merge on the page's undo stack."""
    if len(member_ids) != 2:
        return
    env = page.env

    async def run() -> None:
        a = await env.runner.run(page.ctx.members.get, member_ids[0])
        b = await env.runner.run(page.ctx.members.get, member_ids[1])
        dialog = MergeDialog(a, b, page)
        page.merge_dialog = dialog

        def on_accepted() -> None:
            env.ops.push(
                env.stack_for(page.key),
                dialog.operation(),
                UndoText.translate("MemberCommands", "合并两位成员"),
            )

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    env.tasks.spawn(run())
