"""Puts the Members page's 新建成员 action (Ctrl+N) in the window's 文件 menu and toolbar."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    try:
        page = window.page("members")
    except KeyError:
        return
    # The page owns the action (its shortcut, its text on a language switch); from another page
    # it first brings the Members page forward.
    page.new_action.triggered.connect(lambda: window.show_page("members"))
    file_menu = window.menus["file"]
    first = file_menu.actions()[0] if file_menu.actions() else None
    if first is not None:
        file_menu.insertAction(first, page.new_action)
    else:
        file_menu.addAction(
            page.new_action
        )  # before 备份 (import/export, installed next, go first)
    tools = window.toolbar.actions()
    if tools:
        window.toolbar.insertAction(tools[0], page.new_action)
    else:
        window.toolbar.addAction(page.new_action)
