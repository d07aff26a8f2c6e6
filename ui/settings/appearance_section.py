"""设置 → 外观与窗口: the theme (following the system, light, dark) and closing to the tray.

Both are the very actions of the 设置 menu (`MainWindow.theme_actions`, the reminder service's
`tray_action`): a click here triggers the action, and the section follows the actions' state, so
the menu and the page always agree and a change applies at once (the theme is installed, the
setting stored) wherever it was made.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.theme import MODES, set_role


class AppearanceSection(QWidget):
    """The theme as three choices and closing to the tray as one box, bound to the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme_actions: dict[str, QAction] = {}
        self.tray_action: QAction | None = None
        self.theme_buttons = QButtonGroup(self)
        names = {"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")}
        themes = QWidget(self)
        column = QVBoxLayout(themes)
        column.setContentsMargins(0, 0, 0, 0)
        for code in MODES:
            button = QRadioButton(names[code], themes)
            button.setObjectName(f"theme_{code}")
            button.setProperty("code", code)
            self.theme_buttons.addButton(button)
            column.addWidget(button)
        self.theme_buttons.buttonClicked.connect(self._on_theme_buttons_clicked)
        self.tray_box = QCheckBox(self.tr("关闭窗口时最小化到托盘"), self)
        self.tray_box.setObjectName("closeToTray")
        self.tray_box.clicked.connect(self._on_tray_box_clicked)
        self.tray_note = QLabel(self)
        self.tray_note.setWordWrap(True)
        set_role(self.tray_note, "muted")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("主题"), themes)
        form.addRow(self.tr("关闭窗口"), self.tray_box)
        form.addRow("", self.tray_note)
        self._show_theme()
        self._show_tray()

    def bind(self, theme_actions: dict[str, QAction], tray_action: QAction | None) -> None:
        """Show and drive these actions (once per section: a rebuilt section is bound anew)."""
        self.theme_actions, self.tray_action = theme_actions, tray_action
        # Bound methods of this widget: the connections go with it when the page is rebuilt.
        for action in theme_actions.values():
            action.toggled.connect(self._show_theme)
        if tray_action is not None:
            tray_action.toggled.connect(self._show_tray)
            tray_action.changed.connect(self._show_tray)
        self._show_theme()
        self._show_tray()

    def _show_theme(self) -> None:
        for button in self.theme_buttons.buttons():
            action = self.theme_actions.get(str(button.property("code")))
            button.setEnabled(action is not None)
            button.setChecked(action is not None and action.isChecked())

    def _show_tray(self) -> None:
        action = self.tray_action
        usable = action is not None and action.isEnabled()
        self.tray_box.setEnabled(usable)
        self.tray_box.setChecked(action is not None and action.isChecked())
        self.tray_note.setText(
            self.tr(
                "关闭窗口后社群管家留在系统托盘里，照常提醒；要退出，用托盘菜单或“文件 → 退出”。"
            )
            if usable
            else self.tr("这台电脑没有系统托盘：关闭窗口就是退出。")
        )

    def _on_theme_buttons_clicked(self, button: QRadioButton) -> None:
        action = self.theme_actions.get(str(button.property("code")))
        if action is not None:
            action.trigger()  # MainWindow.set_theme: applied at once and remembered

    def _on_tray_box_clicked(self, checked: bool) -> None:
        if self.tray_action is not None and self.tray_action.isChecked() != checked:
            self.tray_action.setChecked(checked)  # the reminder service stores the setting
