"""Which pages the window shows, in sidebar order. Only pages that work are listed."""

from __future__ import annotations

from typing import Any

from ui.env import UiEnv
from ui.page import Page


def build_pages(env: UiEnv) -> list[Page]:
    from ui.members.members_page import MembersPage

    pages: list[Page] = [MembersPage(env)]
    from ui.groups.groups_page import GroupsPage

    pages.append(GroupsPage(env))
    from ui.calendar.calendar_page import CalendarPage

    pages.append(CalendarPage(env))
    from ui.community.activities_page import ActivitiesPage
    from ui.community.members_entry import install_members_entry

    pages.append(ActivitiesPage(env))
    install_members_entry(pages[0], env)

    from ui.community.complaints_page import ComplaintsPage
    from ui.community.warnings_page import WarningsPage

    pages += [WarningsPage(env), ComplaintsPage(env)]
    from ui.commerce.members_filter import install_purchase_filter
    from ui.commerce.products_page import ProductsPage

    pages.append(ProductsPage(env))
    pages[0].detail.purchases.bind(env, pages[0].key)  # type: ignore[attr-defined]
    install_purchase_filter(pages[0], env)

    from ui.paste.paste_page import PastePage

    pages.append(PastePage(env))

    from ui.reports.reports_page import ReportsPage

    pages.append(ReportsPage(env))

    from ui.settings.settings_page import SettingsPage

    pages.append(SettingsPage(env))  # last in the sidebar
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
