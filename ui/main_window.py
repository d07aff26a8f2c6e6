"""The window shell: sidebar (pages, saved segments), menus, toolbar, status bar, file drops.

Other areas hook in without editing this file:
- `add_action(menu_key, action, toolbar=False)` puts an action in a menu ("file", "edit",
  "view", "settings", "help") and optionally on the toolbar;
- `register_drop_handler(suffixes, callback)` receives files dropped on the window
  (`callback(path: str)`), e.g. the import wizard for (".xlsx", ".xls", ".csv");
- `page(key)` returns a page (e.g. "members") to drive it, `pages()` every page in order;
- `retranslated` (signal) follows a live language switch (pages get `Page.retranslate()`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionEvent,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain import Changes
from app.members.domain import SegmentInfo
from ui import icons
from ui import theme as themes
from ui.backup_actions import backup_now, restore_from_backup
from ui.env import UiEnv
from ui.operations import retranslate_commands
from ui.page import Page
from ui.segment_list import SegmentList
from ui.shortcuts import ShortcutsDialog, install_undo_fallback

if TYPE_CHECKING:
    from ui.about_dialog import AboutDialog

# Beside its text a sidebar entry needs the icon (18), the gap to the text and the item's padding
# (theme.qss: 10 px a side).
NAV_ITEM_EXTRA = 18 + 8 + 2 * 10 + 4


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


class MainWindow(QMainWindow):
    closing = Signal()
    retranslated = Signal()  # the language changed: areas retranslate the actions they added

    def __init__(self, env: UiEnv, pages: Sequence[Page]) -> None:
        super().__init__()
        self.env = env
        self.setObjectName("mainWindow")
        self.resize(1400, 860)
        self.setAcceptDrops(True)
        self._pages = {p.key: p for p in pages}
        self._page_status: dict[str, str] = {}  # the last status text of each page
        self._drop_handlers: list[tuple[tuple[str, ...], Callable[[str], None]]] = []
        self.reminders: Any = None  # ui.reminders.ReminderService, set by ui.app.build_window
        self.collector: Any = None  # ui.gc_idle.IdleCollector, set by ui.app.build_window
        self.key_filler: Any = None  # ui.key_filler.KeyFiller, set by ui.app.build_window
        self._quitting = False
        self.menus: dict[str, QMenu] = {}
        self.stack = QStackedWidget(self)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navList")
        self.segments = SegmentList(env, self)
        for page in pages:
            self.stack.addWidget(page)
            item = QListWidgetItem(page.icon(), page.title())
            item.setToolTip(page.title())
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
            if hasattr(page, "status_changed"):
                page.status_changed.connect(self._on_page_status)
        self._build_sidebar()
        self._build_menus()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.retranslate(pages=False)  # the pages set their own texts when built
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.segments.segment_chosen.connect(self._on_segment_chosen)
        self.segments.loaded.connect(lambda n: self.segments_empty.setVisible(n == 0))
        env.runner.changed.connect(self._on_changed)
        env.runner.busy_changed.connect(self._on_runner_busy)

    # building ----------------------------------------------------------------------------------
    def _build_sidebar(self) -> None:
        self.sidebar = side = QWidget(self)
        side.setObjectName("sidebar")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(10, 14, 10, 10)
        self.brand = brand = QLabel(side)
        brand.setObjectName("brand")
        self.segments_title = segments_title = QLabel(side)
        segments_title.setObjectName("sidebarSection")
        self.segments_empty = QLabel(side)
        self.segments_empty.setObjectName("sidebarHint")
        self.segments_empty.setWordWrap(True)
        layout.addWidget(brand)
        layout.addWidget(self.nav)
        layout.addWidget(segments_title)
        layout.addWidget(self.segments_empty)
        layout.addWidget(self.segments, 1)
        self.nav.setSpacing(1)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedHeight(max(44, 38 * self.nav.count() + 8))
        splitter = QSplitter(self)
        splitter.addWidget(side)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key in ("file", "edit", "view", "settings", "help"):
            self.menus[key] = bar.addMenu("")
        self.toolbar = ShellToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.undo_action, self.redo_action = self._undo_actions()
        self.add_action("edit", self.undo_action)
        self.add_action("edit", self.redo_action)
        # On the toolbar 撤销/重做 keep a short text (a button that grows with "撤销 修改成员资料"
        # would move everything after it); the full text is their tooltip.
        self.undo_button_action = self._toolbar_proxy("undoAction", lambda: self.undo_action)
        self.redo_button_action = self._toolbar_proxy("redoAction", lambda: self.redo_action)
        self.backup_action = backup = QAction(self)
        backup.setObjectName("backupAction")
        backup.triggered.connect(lambda: backup_now(self))
        self.restore_action = restore = QAction(self)
        restore.triggered.connect(lambda: restore_from_backup(self))
        self.quit_action = quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit)
        self.add_action("file", backup, toolbar=True)
        self.add_action("file", restore)
        self.menus["file"].addSeparator()
        self.add_action("file", quit_action)
        self.add_action("view", self.toolbar.toggleViewAction())
        self.go_actions: dict[str, QAction] = {}
        for number, page in enumerate(self._pages.values(), start=1):
            go = self.go_actions[page.key] = QAction(self)
            if number < 10:
                go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _=False, k=page.key: self.show_page(k))
            self.add_action("view", go)
        self.language_menu = language = self.menus["settings"].addMenu("")
        group = QActionGroup(self)
        current = (
            self.env.language.code
            if self.env.language is not None
            else self.env.settings.get("ui/language")
            if self.env.settings
            else "zh"
        )
        self.language_actions: dict[str, QAction] = {}
        for code, text in (("zh", "中文"), ("en", "English")):
            action = QAction(text, self, checkable=True, checked=code == current)
            self.language_actions[code] = action
            action.triggered.connect(lambda _=False, c=code: self._on_language(c))
            group.addAction(action)
            language.addAction(action)
        self.theme_menu = self.menus["settings"].addMenu("")
        themes_group = QActionGroup(self)
        mode = self.env.settings.get("ui/theme") if self.env.settings else "system"
        self.theme_actions: dict[str, QAction] = {}
        for code in themes.MODES:
            action = QAction(self, checkable=True, checked=code == mode)
            self.theme_actions[code] = action
            action.triggered.connect(lambda _=False, c=code: self.set_theme(c))
            themes_group.addAction(action)
            self.theme_menu.addAction(action)
        self.shortcuts_action = keys = QAction(self)
        keys.setShortcut(QKeySequence.StandardKey.HelpContents)
        keys.triggered.connect(self.show_shortcuts)
        self.add_action("help", keys)
        self.about_action = about = QAction(self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        self.add_action("help", about)
        install_undo_fallback(self)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        # QUndoStack keeps the prefix given here ("撤销 修改成员资料"): a new language needs new actions.
        self._undo_prefix = self.tr("撤销")
        undo = self.env.undo_group.createUndoAction(self, self._undo_prefix)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.env.undo_group.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.changed.connect(self._sync_toolbar_proxies)
        return undo, redo

    def _toolbar_proxy(self, name: str, source: Callable[[], QAction]) -> QAction:
        """A toolbar action of fixed text that triggers `source()` and mirrors its state."""
        proxy = QAction(self)
        proxy.setObjectName(name)
        proxy.triggered.connect(lambda: source().trigger())
        self.toolbar.addAction(proxy)
        self._proxies = [*getattr(self, "_proxies", []), (proxy, source)]
        return proxy

    def _sync_toolbar_proxies(self) -> None:
        for proxy, source in getattr(self, "_proxies", []):
            action = source()
            proxy.setEnabled(action.isEnabled())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            proxy.setToolTip(f"{action.text()} ({keys})" if keys else action.text())

    def retranslate(self, pages: bool = True) -> None:
        """Show the shell in the current language, then every page (`Page.retranslate()`)."""
        self.setWindowTitle(self.tr("社群管家"))
        self.brand.setText(self.tr("社群管家"))
        self.segments_title.setText(self.tr("分群"))
        self.segments_empty.setText(self.tr("还没有分群。\n在成员页设好筛选后点“保存为分群”。"))
        for key, title in (
            ("file", self.tr("文件(&F)")),
            ("edit", self.tr("编辑(&E)")),
            ("view", self.tr("视图(&V)")),
            ("settings", self.tr("设置(&S)")),
            ("help", self.tr("帮助(&H)")),
        ):
            self.menus[key].setTitle(title)
        self.toolbar.setWindowTitle(self.tr("工具栏"))
        self.toolbar.toggleViewAction().setText(self.tr("显示工具栏"))
        retranslate_commands(self.env.undo_group)  # the steps' texts, before the actions show them
        if self.tr("撤销") != self._undo_prefix:
            old = (self.undo_action, self.redo_action)
            self.undo_action, self.redo_action = self._undo_actions()
            menu = self.menus["edit"]
            for before, after in zip(old, (self.undo_action, self.redo_action), strict=True):
                menu.insertAction(before, after)
                menu.removeAction(before)
            for action in old:
                action.deleteLater()
        self.undo_button_action.setText(self.tr("撤销"))
        self.redo_button_action.setText(self.tr("重做"))
        self._sync_toolbar_proxies()
        self.backup_action.setText(self.tr("立即备份"))
        self.restore_action.setText(self.tr("从备份恢复…"))
        self.quit_action.setText(self.tr("退出"))
        self.language_menu.setTitle(
            self.tr("界面语言")
            if self.env.language is not None
            else self.tr("界面语言（重启后生效）")
        )
        self.theme_menu.setTitle(self.tr("外观"))
        for code, text in (
            ("system", self.tr("跟随系统")),
            ("light", self.tr("浅色")),
            ("dark", self.tr("深色")),
        ):
            self.theme_actions[code].setText(text)
        self.about_action.setText(self.tr("关于社群管家"))
        self.shortcuts_action.setText(QCoreApplication.translate("ShortcutsDialog", "快捷键…"))
        for row, page in enumerate(self._pages.values()):
            self.nav.item(row).setText(page.title())
            self.nav.item(row).setToolTip(page.title())
            self.go_actions[page.key].setText(page.title())
            if pages:
                page.retranslate()
        # Wide enough for the longest page name in this language (icon, padding, margins).
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(p.title()) for p in self._pages.values())
        self.sidebar.setMinimumWidth(max(150, longest + NAV_ITEM_EXTRA + 24))
        self.retranslated.emit()
        # The dialogs the window owns, open or kept for their next opening (操作记录, 快捷键,
        # 关于 …), after the areas' actions: the shortcut list reads their texts.
        for dialog in self.findChildren(QDialog):
            retranslate = getattr(dialog, "retranslate", None)
            if callable(retranslate):
                retranslate()

    # the API for other areas -------------------------------------------------------------------
    def add_action(self, menu_key: str, action: QAction, toolbar: bool = False) -> None:
        """Add `action` to a menu ("file", "edit", "view", "settings", "help"), and to the
        toolbar when `toolbar`."""
        self.menus[menu_key].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)

    def register_drop_handler(
        self, suffixes: Sequence[str], callback: Callable[[str], None]
    ) -> None:
        """Files with these suffixes (e.g. ".xlsx") dropped on the window go to `callback(path)`."""
        self._drop_handlers.append((tuple(s.lower() for s in suffixes), callback))

    def page(self, key: str) -> Page:
        """The page `key` (built now if it had not been shown yet)."""
        from ui.shell_pages import real_page

        return real_page(self._pages[key])

    def current_page(self) -> Page | None:
        """The page shown now (built: it is shown)."""
        from ui.shell_pages import real_page

        current = self.stack.currentWidget()
        return real_page(current) if isinstance(current, Page) else None

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def pages(self) -> list[Page]:
        """Every sidebar page in order, as the window holds it: a page not built yet is its
        stand-in (`page(key)` builds it)."""
        return list(self._pages.values())

    def when_page_built(self, key: str, callback: Callable[[Page], None]) -> None:
        """Call `callback(page)` once the page `key` exists: now, or when it is first built."""
        from ui.shell_pages import LazyPage

        page = self._pages[key]
        if isinstance(page, LazyPage):
            page.when_built(callback)
        else:
            callback(page)

    def show_page(self, key: str) -> None:
        keys = list(self._pages)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def _handler_for(self, path: str) -> Callable[[str], None] | None:
        for suffixes, callback in self._drop_handlers:
            if path.lower().endswith(suffixes):
                return callback
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and any(self._handler_for(u.toLocalFile()) for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            handler = self._handler_for(path)
            if handler is not None:
                handler(path)
        event.acceptProposedAction()

    # slots -------------------------------------------------------------------------------------
    def _on_nav_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = self.stack.widget(row)
        self.stack.setCurrentIndex(row)
        if isinstance(page, Page):
            # Undo is per page: 撤销 on the Members page never undoes a calendar edit.
            self.env.undo_group.setActiveStack(self.env.stack_for(page.key))
            self.status_label.setText(self._page_status.get(page.key, ""))
            page.activate()

    def _on_runner_busy(self, busy: bool) -> None:
        self.statusBar().showMessage(self.tr("正在处理…") if busy else "", 0 if busy else 1)

    def _on_page_status(self, text: str) -> None:
        page = self.sender()
        if isinstance(page, Page):
            self._page_status[page.key] = text  # shown again when the page comes back
        if page is self.stack.currentWidget():
            self.status_label.setText(text)

    def _on_changed(self, changes: Changes) -> None:
        if changes.vocab:
            self.reload_segments()

    def reload_segments(self) -> None:
        self.segments.reload()

    def _on_segment_chosen(self, seg: SegmentInfo) -> None:
        if "members" in self._pages:
            self.show_page("members")
            self._pages["members"].set_filter(seg.filter)  # type: ignore[attr-defined]

    def set_theme(self, mode: str) -> None:
        """Light, dark or following the system ("system"): applied at once and remembered."""
        self.theme_actions[mode].setChecked(True)
        if self.env.settings is not None:
            self.env.settings.set("ui/theme", mode)
        app = QApplication.instance()
        if themes.current() is not None and isinstance(app, QApplication):
            themes.install(app, mode)

    def switch_language(self, code: str) -> None:
        """Switch the interface language (设置 → 语言 too), keeping the menu's tick in step."""
        self.language_actions[code].setChecked(True)
        self._on_language(code)

    def _on_language(self, code: str) -> None:
        if self.env.settings is not None:
            self.env.settings.set("ui/language", code)
        if self.env.language is None:
            self.env.show_message(self.tr("界面语言将在重新打开社群管家后生效。"))
        elif self.env.language.switch(code):
            self.retranslate()
            later = [
                p.title() for p in self._pages.values() if type(p).retranslate is Page.retranslate
            ]
            if later:  # pages without retranslate() keep their words until the next start
                self.env.show_message(
                    self.tr("界面语言已切换；{pages}将在重新打开社群管家后切换。").format(
                        pages="、".join(later)
                    )
                )

    def show_about(self) -> AboutDialog:
        """帮助 → 关于社群管家: the program and its licence notices (one dialog, not modal)."""
        from ui.about_dialog import AboutDialog  # imported when asked for, not at start

        dialog = self.findChild(AboutDialog, "aboutDialog")
        if dialog is None:
            dialog = AboutDialog(self)
        _bring_up(dialog)
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """帮助 → 快捷键: every shortcut of the window's actions, listed from the actions (one
        dialog, not modal)."""
        dialog = self.findChild(ShortcutsDialog, "shortcutsDialog")
        if dialog is None:
            dialog = ShortcutsDialog(self)
        else:
            dialog.fill()
        _bring_up(dialog)
        return dialog

    def quit(self) -> None:
        """Close for real (文件 → 退出, the tray's 退出), even when closing hides to the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.reminders is not None and self.reminders.hide_on_close():
            event.ignore()  # 设置: closing the window keeps it running in the tray
            self.hide()
            return
        for page in self._pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        if self.env.settings is not None:
            current = self.stack.currentWidget()
            if isinstance(current, Page):
                self.env.settings.set("window/page", current.key)
            self.env.settings.set("window/geometry", self.saveGeometry())
            self.env.settings.set("window/state", self.saveState())
            self.env.settings.sync()
        self.closing.emit()
        super().closeEvent(event)


def _bring_up(dialog: QDialog) -> None:
    """Show a non-modal dialog the window keeps, in front and focused."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
