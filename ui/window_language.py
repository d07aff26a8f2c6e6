"""A live language switch of the main window (设置 → 界面语言, the 设置 page's 语言 too): install
the language, then name the shell, every page and the dialogs the window owns anew (strings in
the window's "MainWindow" context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from ui.page import Page
from ui.window_menus import name_actions
from ui.wording import joined

if TYPE_CHECKING:
    from ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", …) as it is


def retranslate(window: MainWindow, pages: bool = True) -> None:
    """Show the shell in the current language, then every page (`Page.retranslate()`)."""
    window.setWindowTitle(translate("MainWindow", "社群管家"))
    window.brand.setText(translate("MainWindow", "社群管家"))
    window.segments_title.setText(translate("MainWindow", "分群"))
    window.segments_empty.setText(
        translate("MainWindow", "还没有分群。\n在成员页设好筛选后点“保存为分群”。")
    )
    name_actions(window)
    for row, page in enumerate(window.pages()):
        window.nav.item(row).setText(page.title())
        window.nav.item(row).setToolTip(page.title())
        if pages:
            page.retranslate()
    window.fit_sidebar()
    window.retranslated.emit()
    # The dialogs the window owns, open or kept for their next opening (操作记录, 快捷键,
    # 关于 …), after the areas' actions: the shortcut list reads their texts.
    for dialog in window.findChildren(QDialog):
        renamed = getattr(dialog, "retranslate", None)
        if callable(renamed):
            renamed()


def switch_language(window: MainWindow, code: str) -> None:
    """Switch the interface language, keeping the menu's tick in step."""
    window.language_actions[code].setChecked(True)
    on_language(window, code)


def on_language(window: MainWindow, code: str) -> None:
    """The language `code` chosen: remembered, and shown at once when the window can switch."""
    env = window.env
    if env.settings is not None:
        env.settings.set("ui/language", code)
    if env.language is None:
        env.show_message(translate("MainWindow", "界面语言将在重新打开社群管家后生效。"))
    elif env.language.switch(code):
        retranslate(window)
        later = [p.title() for p in window.pages() if type(p).retranslate is Page.retranslate]
        if later:  # pages without retranslate() keep their words until the next start
            env.show_message(
                translate(
                    "MainWindow", "界面语言已切换；{pages}将在重新打开社群管家后切换。"
                ).format(pages=joined(later))
            )
