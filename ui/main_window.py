"""The window shell: sidebar (pages, saved segments), menus, toolbar, status bar, file drops.

Other areas hook in without editing this file:
- `add_action(menu_key, action, toolbar=False)` puts an action in a menu ("file", "edit",
  "view", "settings", "help") and optionally on the toolbar;
- `register_drop_handler(suffixes, callback)` receives files dropped on the window
  (`callback(path: str)`), e.g. the import wizard for (".xlsx", ".xls", ".csv");
- `page(key)` returns a page (e.g. "members") to drive it, `pages()` every page in order;
- `retranslated` (signal) follows a live language switch (pages get `Page.retranslate()`).

The menus and toolbar are built in ui/window_menus.py, a language switch is ui/window_language.py,
the window's own dialogs (快捷键, 关于) ui/window_dialogs.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import Changes
from app.members.domain import SegmentInfo
from ui import theme as themes
from ui import window_dialogs, window_language
from ui.env import UiEnv
from ui.page import Page
from ui.segment_list import SegmentList
from ui.window_menus import ShellToolBar, build_menus

if TYPE_CHECKING:
    from ui.about_dialog import AboutDialog
    from ui.shortcuts import ShortcutsDialog

# Beside its text a sidebar entry needs the icon (18), the gap to the text and the item's padding
# (theme.qss: 10 px a side).
NAV_ITEM_EXTRA = 18 + 8 + 2 * 10 + 4


class MainWindow(QMainWindow):
    closing = Signal()
    retranslated = Signal()  # the language changed: areas retranslate the actions they added
    # Built by ui.window_menus.build_menus (named by its name_actions):
    toolbar: ShellToolBar
    undo_action: QAction  # 撤销/重做 of the active stack: made anew when the language changes
    redo_action: QAction
    undo_button_action: QAction  # their toolbar buttons, of a short fixed text
    redo_button_action: QAction
    toolbar_proxies: list[tuple[QAction, Callable[[], QAction]]]
    undo_prefix: str
    backup_action: QAction
    restore_action: QAction
    quit_action: QAction
    go_actions: dict[str, QAction]  # 视图: a page each (Ctrl+1 …)
    language_menu: QMenu
    language_actions: dict[str, QAction]
    theme_menu: QMenu
    theme_actions: dict[str, QAction]
    shortcuts_action: QAction
    about_action: QAction

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
        self.toolbar_proxies = []
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
        build_menus(self)
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

    def fit_sidebar(self) -> None:
        """Wide enough for the longest page name in this language (icon, padding, margins)."""
        metrics = self.nav.fontMetrics()
        longest = max(metrics.horizontalAdvance(p.title()) for p in self._pages.values())
        self.sidebar.setMinimumWidth(max(150, longest + NAV_ITEM_EXTRA + 24))

    def retranslate(self, pages: bool = True) -> None:
        """Show the shell in the current language, then every page (`Page.retranslate()`)."""
        window_language.retranslate(self, pages)

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
        window_language.switch_language(self, code)

    def show_about(self) -> AboutDialog:
        """帮助 → 关于社群管家: the program and its licence notices (one dialog, not modal)."""
        return window_dialogs.show_about(self)

    def show_shortcuts(self) -> ShortcutsDialog:
        """帮助 → 快捷键: every shortcut of the window's actions (one dialog, not modal)."""
        return window_dialogs.show_shortcuts(self)

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
