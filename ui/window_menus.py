"""The main window's menus and toolbar: the actions the shell owns, built once and named anew in
the language shown (strings in the window's "MainWindow" context, as in ui/backup_actions.py).

文件 (立即备份, 从备份恢复…, 退出), 编辑 (撤销, 重做), 视图 (the toolbar, a page each), 设置
(界面语言, 外观), 帮助 (快捷键…, 关于社群管家); other areas add theirs with
`MainWindow.add_action`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from ui import icons
from ui import theme as themes
from ui.backup_actions import backup_now, restore_from_backup
from ui.operations import retranslate_commands
from ui.shortcuts import install_undo_fallback

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MENUS = ("file", "edit", "view", "settings", "help")
translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …) as it is


class ShellToolBar(QToolBar):
    """The main toolbar: icon beside a short text; an action added with an object name listed in
    `ui.icons.ACTIONS` gets its icon here (other areas add actions without knowing the set)."""

    def actionEvent(self, event: QActionEvent) -> None:  # noqa: N802 (Qt override)
        super().actionEvent(event)
        action = event.action()
        if event.type() == event.Type.ActionAdded and action is not None and action.icon().isNull():
            key = icons.ACTIONS.get(action.objectName())
            if key is not None:
                action.setIcon(icons.icon(key))


def build_menus(window: MainWindow) -> None:
    """The menus, the toolbar and the shell's own actions, without their texts (`name_actions`)."""
    bar = window.menuBar()
    for key in MENUS:
        window.menus[key] = bar.addMenu("")
    window.toolbar = toolbar = ShellToolBar(window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    window.undo_action, window.redo_action = _undo_actions(window)
    window.add_action("edit", window.undo_action)
    window.add_action("edit", window.redo_action)
    # On the toolbar 撤销/重做 keep a short text (a button that grows with "撤销 修改成员资料"
    # would move everything after it); the full text is their tooltip.
    window.undo_button_action = _toolbar_proxy(window, "undoAction", lambda: window.undo_action)
    window.redo_button_action = _toolbar_proxy(window, "redoAction", lambda: window.redo_action)
    window.backup_action = backup = QAction(window)
    backup.setObjectName("backupAction")
    backup.triggered.connect(lambda: backup_now(window))
    window.restore_action = restore = QAction(window)
    restore.triggered.connect(lambda: restore_from_backup(window))
    window.quit_action = quit_action = QAction(window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.quit)
    window.add_action("file", backup, toolbar=True)
    window.add_action("file", restore)
    window.menus["file"].addSeparator()
    window.add_action("file", quit_action)
    window.add_action("view", toolbar.toggleViewAction())
    window.go_actions = {}
    for number, page in enumerate(window.pages(), start=1):
        go = window.go_actions[page.key] = QAction(window)
        if number < 10:
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
        go.triggered.connect(lambda _=False, k=page.key: window.show_page(k))
        window.add_action("view", go)
    _build_settings_menu(window)
    window.shortcuts_action = keys = QAction(window)
    keys.setShortcut(QKeySequence.StandardKey.HelpContents)
    keys.triggered.connect(window.show_shortcuts)
    window.add_action("help", keys)
    window.about_action = about = QAction(window)
    about.setObjectName("aboutAction")
    about.triggered.connect(window.show_about)
    window.add_action("help", about)
    install_undo_fallback(window)


def _build_settings_menu(window: MainWindow) -> None:
    """设置 → 界面语言 (each language named in itself) and 外观 (the theme), one tick each."""
    env = window.env
    window.language_menu = language = window.menus["settings"].addMenu("")
    group = QActionGroup(window)
    current = (
        env.language.code
        if env.language is not None
        else env.settings.get("ui/language")
        if env.settings
        else "zh"
    )
    window.language_actions = {}
    for code, text in (("zh", "中文"), ("en", "English")):
        action = QAction(text, window, checkable=True, checked=code == current)
        window.language_actions[code] = action
        action.triggered.connect(lambda _=False, c=code: window.switch_language(c))
        group.addAction(action)
        language.addAction(action)
    window.theme_menu = window.menus["settings"].addMenu("")
    themes_group = QActionGroup(window)
    mode = env.settings.get("ui/theme") if env.settings else "system"
    window.theme_actions = {}
    for code in themes.MODES:
        action = QAction(window, checkable=True, checked=code == mode)
        window.theme_actions[code] = action
        action.triggered.connect(lambda _=False, c=code: window.set_theme(c))
        themes_group.addAction(action)
        window.theme_menu.addAction(action)


def _undo_actions(window: MainWindow) -> tuple[QAction, QAction]:
    # QUndoStack keeps the prefix given here ("撤销 修改成员资料"): a new language needs new actions.
    window.undo_prefix = translate("MainWindow", "撤销")
    undo = window.env.undo_group.createUndoAction(window, window.undo_prefix)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.env.undo_group.createRedoAction(window, translate("MainWindow", "重做"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.changed.connect(lambda: sync_toolbar_proxies(window))
    return undo, redo


def _toolbar_proxy(window: MainWindow, name: str, source: Callable[[], QAction]) -> QAction:
    """A toolbar action of fixed text that triggers `source()` and mirrors its state."""
    proxy = QAction(window)
    proxy.setObjectName(name)
    proxy.triggered.connect(lambda: source().trigger())
    window.toolbar.addAction(proxy)
    window.toolbar_proxies.append((proxy, source))
    return proxy


def sync_toolbar_proxies(window: MainWindow) -> None:
    for proxy, source in window.toolbar_proxies:
        action = source()
        proxy.setEnabled(action.isEnabled())
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        proxy.setToolTip(f"{action.text()} ({keys})" if keys else action.text())


def _renew_undo_actions(window: MainWindow) -> None:
    """撤销/重做 made anew in the edit menu, in place, when their prefix changed language."""
    if translate("MainWindow", "撤销") == window.undo_prefix:
        return
    old = (window.undo_action, window.redo_action)
    window.undo_action, window.redo_action = _undo_actions(window)
    menu = window.menus["edit"]
    for before, after in zip(old, (window.undo_action, window.redo_action), strict=True):
        menu.insertAction(before, after)
        menu.removeAction(before)
    for action in old:
        action.deleteLater()


def name_actions(window: MainWindow) -> None:
    """Every menu and shell action in the current language, the undo steps' texts included."""
    for key, title in zip(
        MENUS,
        (
            translate("MainWindow", "文件(&F)"),
            translate("MainWindow", "编辑(&E)"),
            translate("MainWindow", "视图(&V)"),
            translate("MainWindow", "设置(&S)"),
            translate("MainWindow", "帮助(&H)"),
        ),
        strict=True,
    ):
        window.menus[key].setTitle(title)
    window.toolbar.setWindowTitle(translate("MainWindow", "工具栏"))
    window.toolbar.toggleViewAction().setText(translate("MainWindow", "显示工具栏"))
    retranslate_commands(window.env.undo_group)  # the steps' texts, before the actions show them
    _renew_undo_actions(window)
    window.undo_button_action.setText(translate("MainWindow", "撤销"))
    window.redo_button_action.setText(translate("MainWindow", "重做"))
    sync_toolbar_proxies(window)
    window.backup_action.setText(translate("MainWindow", "立即备份"))
    window.restore_action.setText(translate("MainWindow", "从备份恢复…"))
    window.quit_action.setText(translate("MainWindow", "退出"))
    window.language_menu.setTitle(
        translate("MainWindow", "界面语言")
        if window.env.language is not None
        else translate("MainWindow", "界面语言（重启后生效）")
    )
    window.theme_menu.setTitle(translate("MainWindow", "外观"))
    for code, text in (
        ("system", translate("MainWindow", "跟随系统")),
        ("light", translate("MainWindow", "浅色")),
        ("dark", translate("MainWindow", "深色")),
    ):
        window.theme_actions[code].setText(text)
    window.about_action.setText(translate("MainWindow", "关于社群管家"))
    window.shortcuts_action.setText(translate("ShortcutsDialog", "快捷键…"))
    for page in window.pages():
        window.go_actions[page.key].setText(page.title())
