"""Which pages the window shows, in sidebar order. Only pages that work are listed."""

from __future__ import annotations

from ui.env import UiEnv
from ui.page import Page


def build_pages(env: UiEnv) -> list[Page]:
    from ui.members.members_page import MembersPage

    pages: list[Page] = [MembersPage(env)]
    from ui.calendar.calendar_page import CalendarPage

    pages.append(CalendarPage(env))
    return pages
