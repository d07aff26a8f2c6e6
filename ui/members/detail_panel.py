"""The detail panel: every field of one member, tags, specialties, groups and the timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.members.domain import GENDERS, STATUSES, TIERS, GroupInfo, MemberDetail, TagInfo
from app.members.lunar_dates import lunar_birthday
from ui.members.community_box import CommunityBox
from ui.members.custom_fields import CustomFieldsEditor
from ui.members.groups_box import GroupsBox
from ui.members.history_box import HistoryBox
from ui.members.member_table_model import status_label, tier_label
from ui.members.purchases_box import PurchasesBox
from ui.members.tag_editor import TagEditor
from ui.wheel_guard import WheelGuard

LINE_FIELDS = ("nickname", "name", "wechat", "phone", "qq", "wecom_id", "city", "personality")
DATE_KEYS = ("joined", "birthday", "last_active", "last_contacted")


class DetailPanel(QWidget):
    """Shows a `MemberDetail`; edits leave as requests the page turns into undoable commands.

    Field edits are committed when a field is left (or another member is chosen, or the window
    closes), so nothing typed is lost.
    """

    edit_requested = Signal(int, dict)
    tags_requested = Signal(int, list)
    specialties_requested = Signal(int, list)
    join_requested = Signal(int, int, str)
    leave_requested = Signal(int, int, str)
    note_requested = Signal(int, str)
    custom_requested = Signal(int, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setMinimumWidth(300)
        self.detail: MemberDetail | None = None
        self._shown_id: int | None = None
        self._loading = False
        self._sent: dict[str, Any] = {}  # edits sent since the detail was last shown
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._selected = 0
        self.wheel_guard = WheelGuard(self)
        self.wheel_guard.protect(self)
        self.retranslate()

    # building ----------------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.lines: dict[str, QLineEdit] = {}
        for key in LINE_FIELDS[:7]:
            self.lines[key] = self._line(form)
        self.gender = self._combo(form, GENDERS)
        self.skin = self._combo(form, [])
        self.role = self._combo(form, [], editable=True)
        self.status = self._combo(form, STATUSES)
        self.tier = self._combo(form, TIERS)
        self.level = self._spin(form, 99)
        self.points = self._spin(form, 10_000_000)
        for key in DATE_KEYS:
            self.lines[key] = self._line(form)
            if key == "birthday":
                self.lunar = QCheckBox(body)
                self.lunar.toggled.connect(self._on_field_changed)
                self.lunar_text = QLabel(body)
                self.lunar_text.setObjectName("lunarText")
                self.lunar_text.setWordWrap(True)
                lunar_box = QVBoxLayout()
                lunar_box.setSpacing(2)
                lunar_box.addWidget(self.lunar)
                lunar_box.addWidget(self.lunar_text)
                form.addRow("", lunar_box)
        self.lines["personality"] = self._line(form)
        self.note = QPlainTextEdit(body)
        self.note.setFixedHeight(70)
        self.note.installEventFilter(self)
        form.addRow(QLabel(self), self.note)  # texts: retranslate()
        outer.addLayout(form)
        self._labelled: dict[str, QWidget] = {
            **self.lines,
            "gender": self.gender,
            "skin_type": self.skin,
            "role": self.role,
            "status": self.status,
            "tier": self.tier,
            "level": self.level,
            "points": self.points,
            "note": self.note,
        }
        self._sections: list[QLabel] = []

        outer.addWidget(self._section())
        self.tags = TagEditor(body)
        self.tags.tags_edited.connect(self._on_tags_edited)
        outer.addWidget(self.tags)

        outer.addWidget(self._section())
        self.specialties = QLineEdit(body)
        self.specialties.editingFinished.connect(self._on_specialties_edited)
        outer.addWidget(self.specialties)

        outer.addWidget(self._section())
        self.custom = CustomFieldsEditor(body)
        self.custom.fields_edited.connect(self._on_custom_edited)
        outer.addWidget(self.custom)

        outer.addWidget(self._section())
        self.groups = GroupsBox(body)
        self.groups.join_clicked.connect(self._on_groups_join_clicked)
        self.groups.leave_clicked.connect(self._on_groups_leave_clicked)
        outer.addWidget(self.groups)
        self.purchases = PurchasesBox(body)  # shown once bound to the window's env
        outer.addWidget(self.purchases)

        self.community_title = QLabel(body)  # 社群记录: points, care, activities, complaints
        self.community_title.setObjectName("sectionTitle")
        outer.addWidget(self.community_title)
        self.community = CommunityBox(body)
        outer.addWidget(self.community)

        outer.addWidget(self._section())
        note_row = QHBoxLayout()
        self.note_input = QLineEdit(body)
        self.note_input.returnPressed.connect(self._on_add_note)
        self.note_button = QPushButton(body)
        self.note_button.clicked.connect(self._on_add_note)
        note_row.addWidget(self.note_input, 1)
        note_row.addWidget(self.note_button)
        outer.addLayout(note_row)
        self.timeline = QListWidget(body)
        self.timeline.setMinimumHeight(120)
        self.timeline.setWordWrap(True)
        outer.addWidget(self.timeline)

        outer.addWidget(self._section())
        self.history = HistoryBox(body)
        outer.addWidget(self.history)
        outer.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def retranslate(self) -> None:
        """Every text in the current language (labels, fixed combo items, the member shown)."""
        self.purchases.retranslate()
        labels = {
            "nickname": self.tr("昵称"),
            "name": self.tr("姓名"),
            "wechat": self.tr("微信号"),
            "phone": self.tr("手机"),
            "qq": self.tr("QQ"),
            "wecom_id": self.tr("企微ID"),
            "city": self.tr("城市"),
            "personality": self.tr("性格"),
            "gender": self.tr("性别"),
            "skin_type": self.tr("肤质"),
            "role": self.tr("角色/头衔"),
            "status": self.tr("状态"),
            "tier": self.tr("会员类型"),
            "level": self.tr("等级"),
            "points": self.tr("积分"),
            "joined": self.tr("入群日期"),
            "birthday": self.tr("生日"),
            "note": self.tr("备注"),
            "last_active": self.tr("最近活跃"),
            "last_contacted": self.tr("最近联系"),
        }
        for key, widget in self._labelled.items():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(labels[key])
        for key in DATE_KEYS:
            self.lines[key].setPlaceholderText(self.tr("例如 2024-01-05"))
        self.lunar.setText(self.tr("农历生日"))
        for combo, name in (
            (self.gender, lambda g: g or self.tr("（未填）")),
            (self.status, status_label),
            (self.tier, tier_label),
        ):
            for i in range(combo.count()):
                combo.setItemText(i, name(combo.itemData(i)))
        if self.skin.count():
            self.skin.setItemText(0, self.tr("（未填）"))
        for section, text in zip(
            self._sections,
            (
                self.tr("标签"),
                self.tr("擅长领域"),
                self.tr("自定义字段"),
                self.tr("所在群"),
                self.tr("时间线"),
                self.tr("修改记录"),
            ),
            strict=True,
        ):
            section.setText(text)
        self.specialties.setPlaceholderText(self.tr("用逗号分隔，如 成分分析，敏感肌护理"))
        self.groups.retranslate()
        self.community_title.setText(self.tr("社群记录"))
        self.community.retranslate()
        self.note_input.setPlaceholderText(self.tr("写一条跟进记录，回车添加"))
        self.note_button.setText(self.tr("添加记录"))
        self.tags.retranslate()
        self.custom.retranslate()
        self.history.retranslate()
        self.show_detail(self.detail, self._selected)

    def _section(self) -> QLabel:
        label = QLabel(self)
        label.setObjectName("sectionTitle")
        self._sections.append(label)
        return label

    def _line(self, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(self)
        edit.editingFinished.connect(self.commit)
        form.addRow(QLabel(self), edit)
        return edit

    def _combo(self, form: QFormLayout, values: Iterable[Any], editable: bool = False) -> QComboBox:
        """Texts come from `retranslate()` (fixed values) or `set_vocabulary()`."""
        combo = QComboBox(self)
        combo.setEditable(editable)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for value in values:
            combo.addItem("", value)
        combo.activated.connect(self._on_field_changed)
        line = combo.lineEdit() if editable else None
        if line is not None:
            line.editingFinished.connect(self.commit)
        form.addRow(QLabel(self), combo)
        return combo

    def _spin(self, form: QFormLayout, maximum: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, maximum)
        spin.editingFinished.connect(self.commit)
        form.addRow(QLabel(self), spin)
        return spin

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.note and event.type() == event.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def attach(self, env: Any) -> None:
        """The page's `UiEnv`: the 修改记录 section reads the audit trail through its runner."""
        self.history.attach(env)

    # showing -----------------------------------------------------------------------------------
    def set_vocabulary(
        self,
        tags: Sequence[TagInfo],
        skin_types: Sequence[str],
        roles: Sequence[str],
        groups: Sequence[GroupInfo],
    ) -> None:
        self.tags.set_vocabulary(tags)
        self._loading = True
        try:
            self.skin.clear()
            self.skin.addItem(self.tr("（未填）"), None)
            for name in skin_types:
                self.skin.addItem(name, name)
            self.role.clear()
            self.role.addItem("", None)
            for name in roles:
                self.role.addItem(name, name)
            self.groups.set_groups(groups)
        finally:
            self._loading = False
        if self.detail is not None:
            self.show_detail(self.detail)

    def show_detail(self, detail: MemberDetail | None, selected: int = 0) -> None:
        """Show one member, or (None) a hint that depends on how many rows are selected."""
        # A refresh of the member being edited must not overwrite the field being typed in.
        focused = QApplication.focusWidget()
        if detail is None or self._shown_id != detail.id or not self._is_dirty(focused):
            focused = None
        self.detail, self._selected = detail, selected
        self._sent = {}
        self.purchases.show_member(detail.id if detail is not None else None)
        if detail is None:
            self._shown_id = None
            self.history.show_member(None)

            self.community.show_member(None)
            if selected > 1:
                self.empty.setText(
                    self.tr(
                        "已选 {n} 位成员。\n用表格上方的操作栏批量加标签、批量设置，或移到回收站。"
                    ).format(n=selected)
                )
            else:
                self.empty.setText(self.tr("在表格中选择一位成员，\n即可在这里查看和编辑资料。"))
            self.stack.setCurrentIndex(0)
            return
        self._shown_id = detail.id
        self.history.show_member(detail.id)
        self._loading = True
        try:
            trash = self.tr("（在回收站中）") if detail.deleted_at else ""
            self.title.setText(f"{detail.nickname or detail.name}  #{detail.id} {trash}")
            for key, edit in self.lines.items():
                value = getattr(detail, key)
                if edit is not focused:
                    edit.setText(value.isoformat() if isinstance(value, dt.date) else (value or ""))
            self.lines["phone"].setToolTip(
                self.tr("号码格式可疑，请核对") if detail.phone_flagged else ""
            )
            self._set_combo(self.gender, detail.gender)
            self._set_combo(self.skin, detail.skin_type)
            self._set_combo(self.status, detail.status)
            self._set_combo(self.tier, detail.tier)
            self.role.setEditText(detail.role or "")
            self.level.setValue(detail.level)
            self.points.setValue(detail.points)
            self.lunar.setChecked(detail.birthday_lunar)
            self.lunar_text.setText(self._lunar_text(detail))
            self.custom.set_fields(detail.custom)
            self.wheel_guard.protect(self.custom)  # its rows are rebuilt when the fields differ
            if self.note is not focused:
                self.note.setPlainText(detail.note)
            self.tags.set_tags(detail.tags)
            if self.specialties is not focused:
                self.specialties.setText("，".join(detail.specialties))
            self.groups.show_memberships(detail.memberships)
            self.community.show_member(detail.id)
            self.timeline.clear()
            for item in detail.timeline:
                self.timeline.addItem(f"{item.at:%Y-%m-%d %H:%M}  {item.text}")
            if not detail.timeline:
                self.timeline.addItem(self.tr("还没有记录。在上面写一条跟进记录吧。"))
        finally:
            self._loading = False
        # Members in the trash are shown read-only: restore them first to edit.
        form = self.form_scroll().widget()
        if form is not None:
            form.setEnabled(detail.deleted_at is None)
        self.stack.setCurrentIndex(1)

    def _on_groups_join_clicked(self, group_id: int, name: str) -> None:
        if self.detail is not None:
            self.join_requested.emit(self.detail.id, group_id, name)

    def _on_groups_leave_clicked(self, group_id: int, name: str) -> None:
        if self.detail is not None:
            self.leave_requested.emit(self.detail.id, group_id, name)

    def _is_dirty(self, widget: Any) -> bool:
        """True when `widget` holds typed text the shown detail does not have yet."""
        if widget is None or self.detail is None:
            return False
        shown = self.changed_values()
        keys = [k for k, e in self.lines.items() if e is widget]
        if widget is self.note:
            keys = ["note"]
        if widget is self.specialties:
            return bool(self.specialties.text() != "，".join(self.detail.specialties))
        return any(k in shown for k in keys)

    def form_scroll(self) -> QScrollArea:
        scroll = self.stack.widget(1)
        assert isinstance(scroll, QScrollArea)  # page 1 of the stack is the scrolled form
        return scroll

    def _lunar_text(self, detail: MemberDetail) -> str:
        """E.g. "农历四月初六 · 下次 2026-05-22" for a lunar birthday; empty otherwise."""
        info = (
            lunar_birthday(detail.birthday) if detail.birthday and detail.birthday_lunar else None
        )
        if info is None:
            return ""
        return self.tr("农历{date} · 下次 {next}").format(
            date=info.text, next=info.next_date.isoformat()
        )

    @staticmethod
    def _set_combo(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # editing -----------------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.text().strip() for key, edit in self.lines.items()}
        values.update(
            gender=self.gender.currentData() or "",
            skin_type=self.skin.currentData(),
            role=self.role.currentText().strip() or None,
            status=self.status.currentData(),
            tier=self.tier.currentData(),
            level=self.level.value(),
            points=self.points.value(),
            birthday_lunar=self.lunar.isChecked(),
            note=self.note.toPlainText().strip(),
        )
        return values

    def changed_values(self) -> dict[str, Any]:
        """Fields whose form value differs from the loaded detail."""
        if self.detail is None:
            return {}
        out = {}
        for key, value in self.form_values().items():
            old = getattr(self.detail, key)
            old_text = old.isoformat() if isinstance(old, dt.date) else old
            if (old_text or None) != (value or None) and not (
                key in ("level", "points") and old == value
            ):
                out[key] = value
        return out

    def commit(self) -> None:
        """Send the edited fields (if any) as one edit request."""
        if self._loading or self.detail is None or self.detail.deleted_at is not None:
            return
        # Return and then leaving the field both finish the edit: a value already sent (the
        # detail not reloaded yet) is not sent again, so one field edit is one undo step.
        changed = {k: v for k, v in self.changed_values().items() if self._sent.get(k, ...) != v}
        if changed:
            self._sent.update(changed)
            self.edit_requested.emit(self.detail.id, changed)

    def _on_field_changed(self, *_args: Any) -> None:
        self.commit()

    def _on_tags_edited(self, labels: list[str]) -> None:
        if self.detail is not None and not self._loading:
            self.tags_requested.emit(self.detail.id, labels)

    def _on_custom_edited(self, values: dict[str, Any]) -> None:
        if self.detail is not None and not self._loading:
            self.custom_requested.emit(self.detail.id, values)

    def _on_specialties_edited(self) -> None:
        if self.detail is None or self._loading:
            return
        names = [
            n.strip() for n in self.specialties.text().replace(",", "，").split("，") if n.strip()
        ]
        if tuple(names) != self.detail.specialties:
            self.specialties_requested.emit(self.detail.id, names)

    def _on_add_note(self) -> None:
        text = self.note_input.text().strip()
        if self.detail is not None and text:
            self.note_input.clear()
            self.note_requested.emit(self.detail.id, text)
