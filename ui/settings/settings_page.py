"""The 设置 page: every business setting as a form, the vocabularies, backups, look and window,
language and where the database is. Each business setting change is one step on this page's undo
stack (`settings`); 外观与窗口 drives the 设置 menu's own actions (`bind_window_actions`)."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import ShequnError
from app.ops import Operation
from app.settings import declared as keys
from app.settings.setting_ops import SetSetting
from ui.env import UiEnv
from ui.operations import UndoText
from ui.page import Page
from ui.settings.appearance_section import AppearanceSection
from ui.settings.backup_section import BackupsSection
from ui.settings.fields import IntField, ListField, NumbersField, PolicyField, RulesField
from ui.settings.vocab_sections import SkinTypesSection, TagGroupsSection

Field = IntField | ListField | RulesField


class SettingsPage(Page):
    """设置: sections listed on the left, one shown at a time on the right."""

    key = "settings"
    loaded = Signal()  # every section shows what the database holds (tests, screenshots)

    def __init__(self, env: UiEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.values: dict[str, Any] = {}
        self.fields: dict[str, Field] = {}
        self.started = False
        self.sections = QListWidget()
        self.sections.setFixedWidth(150)
        self.sections.setSpacing(3)
        self.stack = QStackedWidget()
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.titles: dict[str, str | UndoText] = {}
        self._theme_actions: dict[str, QAction] | None = None
        self._tray_action: QAction | None = None
        self._build_sections()
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        self.sections.setCurrentRow(0)
        for n in range(1, 10):  # Alt+1 … Alt+9: jump to a section
            QShortcut(
                QKeySequence(f"Alt+{n}"),
                self,
                lambda i=n - 1: self.sections.setCurrentRow(i),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        env.runner.changed.connect(self._on_runner_changed)

    def title(self) -> str:
        return self.tr("设置")

    # building -----------------------------------------------------------------------------------
    def _field(self, field: Field) -> Field:
        self.fields[field.key] = field
        field.committed.connect(lambda f=field: self._on_field_committed(f))
        return field

    def _form(self, rows: list[tuple[str | UndoText, QWidget]], hint: str = "") -> QWidget:
        """A field's label is given untranslated (`UndoText`): the undo step of a change names
        the setting by it, in the language shown when the step is read."""
        box = QWidget()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in rows:
            form.addRow(str(label), widget)
            if isinstance(widget, IntField | ListField | RulesField):
                self.titles[widget.key] = label
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid);")
            form.addRow(note)
        return box

    def _add_section(self, title: str, body: QWidget) -> None:
        group = QGroupBox(title.replace("&", "&&"))  # "Points & levels", not a shortcut
        inner = QVBoxLayout(group)
        inner.addWidget(body)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        self.sections.addItem(title)
        self.stack.addWidget(scroll)

    def _build_sections(self) -> None:
        self.skin_types = SkinTypesSection(self.push)
        self.tag_groups = TagGroupsSection(self.push)
        self.backups = BackupsSection(self.env, self._window_for_restore)
        points = {"checkin": self.tr("打卡"), "share": self.tr("分享"), "win": self.tr("活动获奖")}
        self._add_section(
            self.tr("积分与等级"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "每次得分"),
                        self._field(RulesField(keys.POINTS_RULES, points)),
                    ),
                    (
                        UndoText.translate("SettingsPage", "等级门槛"),
                        self._field(NumbersField(keys.POINTS_LEVELS, "0、50、150")),
                    ),
                ],
                self.tr(
                    "门槛是各级起点的积分：0、50、150 表示 0 分起 1 级，50 分起 2 级，150 分起 3 级。"
                    "改门槛后成员的等级随之更新；已记下的积分不变。"
                ),
            ),
        )
        days = self.tr(" 天")
        self._add_section(
            self.tr("警告与押金"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "升级规则"),
                        self._field(PolicyField(keys.ESCALATION_POLICY, "警告、移出")),
                    ),
                    (
                        UndoText.translate("SettingsPage", "警告原因"),
                        self._field(ListField(keys.WARNING_REASONS)),
                    ),
                    (
                        UndoText.translate("SettingsPage", "警告有效期"),
                        self._field(IntField(keys.WARNING_EXPIRY, days, self.tr("永不过期"))),
                    ),
                ],
                self.tr(
                    "升级规则按顺序写每一次有效警告的后果（警告 或 移出），最后一步重复。"
                    "默认：第 1 次警告，第 2 次提议移出并没收押金。"
                ),
            ),
        )
        self._add_section(
            self.tr("投诉"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "投诉类别"),
                        self._field(ListField(keys.COMPLAINT_CATEGORIES)),
                    ),
                    (
                        UndoText.translate("SettingsPage", "投诉渠道"),
                        self._field(ListField(keys.COMPLAINT_CHANNELS)),
                    ),
                ],
                self.tr("各项用顿号分开；已记录的投诉保留原来的类别和渠道。"),
            ),
        )
        self._add_section(
            self.tr("活动"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "活动类型"),
                        self._field(ListField(keys.ACTIVITY_KINDS)),
                    )
                ],
                self.tr("新建活动时可选的类型；也可以在活动里直接写别的类型。"),
            ),
        )
        self._add_section(
            self.tr("内容日历提醒"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "发布前提醒"),
                        self._field(IntField(keys.REMINDER_MINUTES, self.tr(" 分钟"))),
                    )
                ],
                self.tr("已排期的内容到点前这么多分钟弹出桌面提醒。"),
            ),
        )
        self._add_section(
            self.tr("成员活跃度"),
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "沉默成员：超过"),
                        self._field(IntField(keys.SILENT_DAYS, days)),
                    ),
                    (
                        UndoText.translate("SettingsPage", "僵尸成员：超过"),
                        self._field(IntField(keys.ZOMBIE_DAYS, days)),
                    ),
                ],
                self.tr(
                    "按最近一次活跃（从未活跃则按入群日期）计算；报表用这两个天数统计沉默和僵尸成员。"
                ),
            ),
        )
        self._add_section(self.tr("肤质"), self.skin_types)
        self._add_section(self.tr("标签组"), self.tag_groups)
        backup_box = QWidget()
        column = QVBoxLayout(backup_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            self._form(
                [
                    (
                        UndoText.translate("SettingsPage", "自动备份间隔"),
                        self._field(IntField(keys.BACKUP_MINUTES, self.tr(" 分钟"))),
                    ),
                    (
                        UndoText.translate("SettingsPage", "保留最近"),
                        self._field(IntField(keys.BACKUP_KEEP, self.tr(" 份"))),
                    ),
                ],
                self.tr("此外每天、每周、每月各保留一份较早的备份。"),
            )
        )
        column.addWidget(self.backups)
        self._add_section(self.tr("备份"), backup_box)
        self.appearance = AppearanceSection()
        if self._theme_actions is not None:  # rebuilt in a new language: bound as before
            self.appearance.bind(self._theme_actions, self._tray_action)
        self._add_section(self.tr("外观与窗口"), self.appearance)
        self._add_section(self.tr("语言"), self._language_box())
        self.location = QLabel()
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self._add_section(
            self.tr("数据库"),
            self._form(
                [(self.tr("当前数据库"), self.location)],
                self.tr(
                    "要打开另一个数据库，用命令行参数 --db 启动社群管家，例如 "
                    "shequn --db D:/社群/另一个.sqlite3，或设置环境变量 SHEQUN_DB；"
                    "团队共用的 PostgreSQL 写成 postgresql+psycopg://用户@主机/库名。"
                ),
            ),
        )

    def bind_window_actions(
        self, theme_actions: dict[str, QAction], tray_action: QAction | None
    ) -> None:
        """外观与窗口 shows and drives these actions of the window's 设置 menu (the theme's
        choices, closing to the tray)."""
        self._theme_actions, self._tray_action = theme_actions, tray_action
        self.appearance.bind(theme_actions, tray_action)

    def retranslate(self) -> None:
        """Build the sections again in the new language, on the section that was shown."""
        row = self.sections.currentRow()
        self.fields.clear()
        self.sections.clear()
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._build_sections()
        self.sections.setCurrentRow(max(0, row))
        if self.started:
            self.reload()

    def _language_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.language_buttons = QButtonGroup(box)
        for code, text in (("zh", "中文"), ("en", "English")):
            button = QRadioButton(text)
            button.setProperty("code", code)
            self.language_buttons.addButton(button)
            column.addWidget(button)
        self._show_language()
        self.language_buttons.buttonClicked.connect(self._on_language_buttons_clicked)
        note = QLabel(self.tr("界面语言立即切换，并在下次打开时沿用。"))
        column.addWidget(note)
        return box

    def _show_language(self) -> None:
        env = self.env
        current = (
            env.language.code
            if env.language is not None
            else env.settings.get("ui/language")
            if env.settings is not None
            else "zh"
        )
        for button in self.language_buttons.buttons():
            button.setChecked(button.property("code") == current)

    # loading ------------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self.started:
            self.started = True
            self.reload()

    def reload(self) -> None:
        """Read everything the page shows (on the worker; tracked, so closing waits for it)."""
        self.env.tasks.spawn(self._reload())

    async def _reload(self) -> None:
        ctx, run = self.env.ctx, self.env.runner.run
        try:
            values, skin, groups, location = await asyncio.gather(
                run(ctx.settings.all),
                run(ctx.vocab.skin_type_rows),
                run(ctx.vocab.tag_group_rows),
                run(ctx.maintenance.location),
            )
        except ShequnError as exc:  # e.g. the team database is unreachable: say so, keep going
            self.env.show_error(exc)
            return
        if not isValid(self):  # the page was closed meanwhile
            return
        self.values = values
        for key, field in self.fields.items():
            field.show_value(values[key])
        self.skin_types.show_rows(skin)
        self.tag_groups.show_rows(groups)
        self.location.setText(location)
        await self.backups.reload()
        if isValid(self):
            self.loaded.emit()

    def _on_runner_changed(self, changes: Any) -> None:
        areas: frozenset[str] = getattr(changes, "areas", frozenset())
        if self.started and ("settings" in areas or getattr(changes, "vocab", False)):
            self.reload()

    # writing ------------------------------------------------------------------------------------
    def push(self, op: Operation, text: UndoText) -> None:
        """One undo step. A refused edit announces no change: reload, so the field goes back
        to what is stored (a done one reloads on its announced change)."""
        command = self.env.ops.push(self.env.stack_for(self.key), op, text)
        pending = command.pending

        async def settle() -> None:
            if pending is not None:
                await asyncio.shield(pending)
            if command.first is None:
                self.reload()

        self.env.tasks.spawn(settle())

    def _on_field_committed(self, field: Field) -> None:
        value = field.value_for_setting()
        if value == self.values.get(field.key):
            return
        title = self.titles.get(field.key, field.key)
        self.push(
            SetSetting(field.key, value),
            UndoText.translate("SettingsPage", "修改设置「{name}」").fill(name=title),
        )

    def _on_language_buttons_clicked(self, button: QRadioButton) -> None:
        code = str(button.property("code"))
        window = self.window()
        if hasattr(window, "switch_language"):
            window.switch_language(code)
        else:  # the page on its own (tests)
            if self.env.settings is not None:
                self.env.settings.set("ui/language", code)
            if self.env.language is not None:
                self.env.language.switch(code)

    def _window_for_restore(self) -> Any:
        window = self.window()
        return window if hasattr(window, "env") else self
