"""设置 → 界面语言 switches zh ⇄ en while the window is open: shell, Members page, undo actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def window(open_main_window: Any, qapp: Any, demo_ctx: Any) -> Iterator[Any]:
    from ui.i18n import Language

    language = Language(qapp, "zh")
    yield open_main_window(demo_ctx, language=language)
    language.uninstall()  # the test QApplication is shared: leave it untranslated


def _choose(window: Any, text: str) -> None:
    action = next(a for a in window.language_menu.actions() if a.text() == text)
    action.trigger()


def _label(panel: Any, widget: Any) -> str:
    return str(panel.form.labelForField(widget).text())


def test_switch_to_english_and_back_without_restart(window: Any, qtbot: Any) -> None:
    members = window.page("members")
    members.select_ids(members.model.ids[:1])
    qtbot.waitUntil(lambda: members.detail.detail is not None)
    members.select_ids(members.model.ids[:3])  # the bulk bar and a count in the status
    assert window.menus["file"].title() == "文件(&F)" and members.heading.text() == "成员"
    assert window.language_menu.title() == "界面语言"  # no "restart" hint: it is live
    assert window.undo_action.text() == "撤销"

    _choose(window, "English")
    assert window.env.settings.get("ui/language") == "en"  # remembered for the next start
    assert window.windowTitle() == "Shequn"
    assert [window.menus[k].title() for k in ("file", "edit", "help")] == [
        "&File",
        "&Edit",
        "&Help",
    ]
    assert window.nav.item(0).text() == "Members" and window.segments_title.text() == "Segments"
    assert window.undo_action.text() == "Undo" and window.undo_button_action.text() == "Undo"
    assert window.undo_action in window.menus["edit"].actions()
    assert members.heading.text() == "Members" and members.trash_button.text() == "Trash"
    assert (
        members.model.headerData(
            2, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal
        )
        == "WeChat ID"
    )
    assert members.filter_bar.search.placeholderText().startswith("Search nickname")
    assert members.filter_bar.status.itemText(0) == "Status: all"
    add_tag = members.bulk_bar.add_tag  # its text, or only its icon and the text as tooltip
    assert (add_tag.text() or add_tag.toolTip()) == "Add tag"
    assert members.bulk_bar.count_label.text() == "3 selected"
    assert window.status_label.text() == "300 members · 3 selected"
    detail = members.detail
    assert _label(detail, detail.lines["nickname"]) == "Nickname"
    assert _label(detail, detail.status) == "Status" and detail.lunar.text() == "Lunar birthday"
    assert "members selected" in detail.empty.text()

    _choose(window, "中文")
    assert window.env.settings.get("ui/language") == "zh"
    assert window.menus["file"].title() == "文件(&F)" and window.undo_action.text() == "撤销"
    assert members.heading.text() == "成员"
    assert members.bulk_bar.count_label.text() == "已选 3 位"
    assert _label(detail, detail.lines["nickname"]) == "昵称"
    assert window.status_label.text() == "共 300 位成员 · 已选 3"


def test_undo_keeps_working_after_a_switch(window: Any, qtbot: Any) -> None:
    members, env = window.page("members"), window.env
    ids = members.model.ids[:2]
    members.bulk_tags(ids, ["切换后"])
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    assert window.undo_action.text() == "撤销 给 2 位成员加标签 切换后"
    _choose(window, "English")
    assert window.undo_action.isEnabled()
    # The step pushed in Chinese is named in English now: the menu and the toolbar's tooltip.
    assert window.undo_action.text() == "Undo Tag 2 members with 切换后"
    assert window.undo_button_action.toolTip().startswith("Undo Tag 2 members with 切换后")
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    from app.members.domain import MemberFilter

    assert env.ctx.query.ids(MemberFilter(tags_all=("切换后",))) == []
    assert window.redo_action.text() == "Redo Tag 2 members with 切换后"
    _choose(window, "中文")
    assert window.redo_action.text() == "重做 给 2 位成员加标签 切换后"


def test_steps_on_other_pages_stacks_follow_the_switch(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step on a stack that is not the active one (the settings page's) is named anew too,
    and shows so once its page is the one shown."""
    from ui.settings import vocab_sections

    env = window.env
    page = window.page("settings")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("settings")
    monkeypatch.setattr(vocab_sections.QInputDialog, "getText", lambda *_a, **_k: ("沙漠肌", True))
    page.skin_types._on_add_clicked()  # 设置 → 肤质 → 添加肤质…
    qtbot.waitUntil(lambda: env.tasks.idle and not env.runner.busy, timeout=10_000)
    window.show_page("members")
    stack = env.stack_for("settings")
    assert stack.text(stack.count() - 1) == "添加肤质「沙漠肌」"
    _choose(window, "English")
    assert stack.text(stack.count() - 1) == "Add skin type “沙漠肌”"
    window.show_page("settings")
    assert window.undo_action.text() == "Undo Add skin type “沙漠肌”"
    _choose(window, "中文")
    assert window.undo_action.text() == "撤销 添加肤质「沙漠肌」"


def test_without_a_language_object_the_menu_says_restart(
    qloop: Any, qtbot: Any, demo_ctx: Any, tmp_path: Path
) -> None:
    from ui.app import build_window
    from ui.ui_settings import UiSettings

    win = build_window(demo_ctx, UiSettings(tmp_path / "ui.ini"))
    try:
        assert win.language_menu.title() == "界面语言（重启后生效）"
        messages: list[str] = []
        win.env.show_message = messages.append
        _choose(win, "English")
        assert messages == ["界面语言将在重新打开社群管家后生效。"]
        assert win.menus["file"].title() == "文件(&F)"
        assert win.env.settings.get("ui/language") == "en"
    finally:
        qtbot.waitUntil(lambda: win.env.tasks.idle, timeout=10_000)
        win.close()
        win.env.runner.shutdown()


def test_pages_without_retranslate_are_named_in_the_message(window: Any) -> None:
    from ui.page import Page

    later = [p.title() for p in window.pages() if type(p).retranslate is Page.retranslate]
    messages: list[str] = []
    window.env.show_message = messages.append
    _choose(window, "English")
    if later:
        assert len(messages) == 1 and "will follow the next time" in messages[0]
    else:
        assert messages == []
    _choose(window, "中文")


def test_settings_page_switches_the_language_live(window: Any, qtbot: Any) -> None:
    page = window.page("settings")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("settings")
    english = next(b for b in page.language_buttons.buttons() if b.property("code") == "en")
    english.click()
    assert window.env.settings.get("ui/language") == "en"
    assert window.language_actions["en"].isChecked()  # the menu agrees with the page
    assert page.title() == "Settings" and page.sections.item(0).text() == "Points & levels"
    qtbot.waitUntil(lambda: page.fields["points.rules"].boxes["checkin"].value() == 5)
    chinese = next(b for b in page.language_buttons.buttons() if b.property("code") == "zh")
    assert not chinese.isChecked()
    chinese.click()
    assert (
        page.sections.item(0).text() == "积分与等级" and window.language_actions["zh"].isChecked()
    )


def test_an_open_export_dialog_follows_the_switch(window: Any, qtbot: Any) -> None:
    from ui.importing.install import open_export

    members = window.page("members")
    members.select_ids(members.model.ids[:2])
    dialog = open_export(window)
    assert dialog.windowTitle() == "导出成员" and dialog.scope_selected.text() == "选中的 2 位成员"
    _choose(window, "English")
    qtbot.wait(20)  # Qt's own LanguageChange events come after the window's retranslation
    assert dialog.windowTitle() == "Export members"
    assert dialog.scope_selected.text() == "The 2 selected members"
    assert dialog.format.itemText(1) == "CSV text (.csv)"
    assert dialog.columns.item(1).text() == "Nickname"
    assert (dialog.export_button.text(), dialog.cancel_button.text()) == ("Export…", "Cancel")
    _choose(window, "中文")
    qtbot.wait(20)
    assert dialog.format_label.text() == "格式：" and dialog.columns.item(1).text() == "昵称"
    assert (dialog.export_button.text(), dialog.cancel_button.text()) == ("导出…", "取消")
    dialog.close()
