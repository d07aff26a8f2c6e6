"""Which pages the window shows, in sidebar order. Only pages that work are listed.

The Members page is built with the window; every other page is a `LazyPage` that imports and
builds its page the first time it is shown or asked for (`window.page(key)`), or in idle time
after the first rows are painted — so the window's first paint waits for none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout

from ui.env import UiEnv
from ui.page import Page

# (key, module, class, title as the class translates it) in sidebar order after 成员.
LAZY_PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("groups", "ui.groups.groups_page", "GroupsPage", "社群"),
    ("calendar", "ui.calendar.calendar_page", "CalendarPage", "内容日历"),
    ("activities", "ui.community.activities_page", "ActivitiesPage", "活动"),
    ("warnings", "ui.community.warnings_page", "WarningsPage", "警告与押金"),
    ("complaints", "ui.community.complaints_page", "ComplaintsPage", "投诉"),
    ("products", "ui.commerce.products_page", "ProductsPage", "产品"),
    ("paste", "ui.paste.paste_page", "PastePage", "粘贴接龙"),
    ("reports", "ui.reports.reports_page", "ReportsPage", "报表"),
    ("settings", "ui.settings.settings_page", "SettingsPage", "设置"),  # last in the sidebar
)


class LazyPage(Page):
    """Stands in the sidebar and the page stack for a page that is built on first use."""

    status_changed = Signal(str)

    def __init__(self, env: UiEnv, key: str, module: str, cls: str, title: str) -> None:
        super().__init__()
        self.key = key
        self._env, self._module, self._cls, self._title = env, module, cls, title
        self._page: Page | None = None
        self._when_built: list[Callable[[Page], None]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    def real(self) -> Page:
        """The page itself, imported and built now if it was not yet."""
        if self._page is None:
            page_cls = getattr(importlib.import_module(self._module), self._cls)
            page: Page = page_cls(self._env)
            self._page = page
            self._layout.addWidget(page)
            if hasattr(page, "status_changed"):
                page.status_changed.connect(self.status_changed)
            for callback in self._when_built:
                callback(page)
            self._when_built.clear()
        return self._page

    def when_built(self, callback: Callable[[Page], None]) -> None:
        if self._page is not None:
            callback(self._page)
        else:
            self._when_built.append(callback)

    def title(self) -> str:
        if self._page is not None:
            return self._page.title()
        return QCoreApplication.translate(self._cls, self._title)

    def icon(self) -> QIcon:
        return self._page.icon() if self._page is not None else super().icon()

    def activate(self) -> None:
        self.real().activate()

    def retranslate(self) -> None:
        if self._page is not None:
            self._page.retranslate()

    def save_state(self) -> None:
        if self._page is not None and hasattr(self._page, "save_state"):
            self._page.save_state()

    def __getattr__(self, name: str) -> Any:
        # Only reached for names this stand-in does not have: they belong to the page.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real(), name)


def real_page(page: Page) -> Page:
    """The page behind a sidebar entry (building it if it is a `LazyPage` not built yet)."""
    return page.real() if isinstance(page, LazyPage) else page


def build_rest_when_idle(pages: list[Page]) -> None:
    """Build the pages not built yet, one per turn of the event loop (after the first paint),
    so that opening one later is immediate and the window never stalls for all of them."""
    waiting = [p for p in pages if isinstance(p, LazyPage) and not p.built]

    def next_one() -> None:
        while waiting:
            page = waiting.pop(0)
            if not page.built:
                page.real()
                break
        if waiting:
            QTimer.singleShot(0, next_one)

    if waiting:
        QTimer.singleShot(0, next_one)


def build_pages(env: UiEnv) -> list[Page]:
    from ui.members.members_page import MembersPage

    members = MembersPage(env)
    pages: list[Page] = [members]
    pages += [LazyPage(env, *spec) for spec in LAZY_PAGES]
    # What other areas add to the Members page (its menus, filters and detail boxes).
    from ui.commerce.members_filter import install_purchase_filter
    from ui.community.members_entry import install_members_entry

    install_members_entry(members, env)
    members.detail.purchases.bind(env, members.key)
    install_purchase_filter(members, env)
    return pages


def install_window_hooks(window: Any) -> None:
    """Called once by `ui.app.build_window` after the main window exists: areas add their menu
    and toolbar actions (`window.add_action(menu_key, action, toolbar=False)`) and file-drop
    handlers (`window.register_drop_handler((".xlsx", ".csv"), callback)`) here."""
    from ui.audit_dialog import install as install_audit
    from ui.importing.install import install as install_import_export
    from ui.members.install import install as install_members
    from ui.paste.install import install as install_paste
    from ui.reports.install import install as install_reports

    install_members(window)
    install_import_export(window)
    install_paste(window)
    install_audit(window)
    install_reports(window)
