"""Reading the audit trail in the window: a member's 修改记录 and 文件 → 操作记录."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence

from app.members.domain import MemberFilter
from app.members.tag_ops import AddTags, RemoveTags
from ui.audit_text import change_lines, source_text


def _texts(widget: Any) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_words_for_sources_and_changes() -> None:
    assert [source_text(s) for s in ("window", "cli", "import:7")] == ["窗口", "命令行", "导入 #7"]
    assert change_lines(
        {"nickname": "小美", "status": "active"}, {"nickname": "小美美", "status": "silent"}
    ) == [
        "昵称：小美 → 小美美",
        "状态：活跃 → 沉默",
    ]
    assert change_lines(None, {"tags": ["成分党", "VIP"]}) == ["加上标签：成分党、VIP"]
    assert change_lines({"tags": ["VIP"]}, None) == ["去掉标签：VIP"]
    assert change_lines({"tags": ["VIP", "新人"]}, {"tags": ["VIP", "回访过"]}) == [
        "加上标签：回访过",
        "去掉标签：新人",
    ]
    assert change_lines({"birthday": None}, {"birthday": "2024-01-05"}) == [
        "生日：（空） → 2024-01-05"
    ]


def test_member_history_lists_changes_from_window_and_cli_and_follows_her_row(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[5]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    settle()
    history = page.detail.history
    assert history.items == []
    assert "还没有记录的修改" in _texts(history.list)[0]

    # From the command line: nothing in the window ran it, the announce refreshes her row.
    done = env.ctx.run(AddTags((member_id, page.model.ids[6]), ("回访过",)), "cli")
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        env.runner.announce(done.changes)
    texts = _texts(history.list)
    assert len(texts) == 1
    assert "命令行" in texts[0] and "给 2 位成员加标签 回访过" in texts[0]
    assert "加上标签：回访过" in texts[0]

    # From the window, through the page's undo stack: newest first.
    with qtbot.waitSignal(history.loaded, timeout=10_000):
        env.ops.push(env.stack_for("members"), RemoveTags((member_id,), ("回访过",)), "移除标签")
    settle()
    texts = _texts(history.list)
    assert len(texts) == 2 and "窗口" in texts[0] and "去掉标签：回访过" in texts[0]
    assert "命令行" in texts[1]

    # Another member shows her own (empty) history.
    other = page.model.ids[7]
    page.select_ids([other])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == other)
    settle()
    assert history.items == [] and "还没有记录的修改" in _texts(history.list)[0]


def test_operations_dialog_lists_filters_and_shows_rows(
    demo_ctx: Any, open_main_window: Any, qtbot: Any, qtmodeltester: Any
) -> None:
    ids = [r.id for r in demo_ctx.query.first_rows(MemberFilter(), 3)]
    first = demo_ctx.run(AddTags(tuple(ids), ("活动达人",)), "cli")
    demo_ctx.run(AddTags((ids[0],), ("窗口里加的",)), "window")
    demo_ctx.ops.undo(first.op_id, "cli")
    window = open_main_window(demo_ctx)
    action = window.audit_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert action in window.menus["file"].actions()
    action.trigger()
    dialog = window.audit_dialog()
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    undo, window_op, cli_op = rows  # newest first
    assert cli_op[1] == "命令行" and cli_op[3] == "3" and cli_op[4].startswith("已撤销")
    assert window_op[1] == "窗口" and window_op[4] == "可撤销"
    assert undo[4].startswith("撤销了 #")

    # Source filter: only what came from the window.
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        dialog.source.setCurrentIndex(dialog.source.findData("window"))
    assert [i.source for i in model.items] == ["window"]
    # Words: no operation of the window is called 活动达人.
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        dialog.search.setText("活动达人")
    assert model.rowCount() == 0 and dialog.empty.isVisible()
    assert "没有符合条件" in dialog.empty.text()
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        dialog.source.setCurrentIndex(0)
    assert [i.id for i in model.items] == [first.op_id]

    # The detail pane shows the audit rows of the selected operation.
    tagged = next(r for r, i in enumerate(model.items) if i.id == first.op_id)
    with qtbot.waitSignal(dialog.rows_shown, timeout=10_000):
        dialog.table.selectRow(tagged)
    texts = _texts(dialog.detail)
    assert len(texts) == 3 and all("加上标签：活动达人" in t for t in texts)
    names = {r.id: r.nickname or r.name for r in demo_ctx.query.rows(ids)}
    assert {t.splitlines()[0] for t in texts} == {f"成员 #{i}  {names[i]}" for i in ids}
    assert dialog.close_button.text() == "关闭"
    assert f"#{first.op_id}" in dialog.detail_title.text()
    dialog.close()


def test_operations_dialog_empty_state_then_new_operations_appear(
    demo_ctx: Any, open_main_window: Any, qtbot: Any
) -> None:
    window = open_main_window(demo_ctx)
    window.audit_action.trigger()
    dialog = window.audit_dialog()
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        pass
    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert "还没有任何操作" in dialog.empty.text()
    member = demo_ctx.query.first_rows(MemberFilter(), 1)[0].id
    # A write from the window while the dialog is open shows up without reopening it.
    with qtbot.waitSignal(dialog.operations_shown, timeout=10_000):
        window.env.ops.push(
            window.env.stack_for("members"), AddTags((member,), ("新标签",)), "加标签"
        )
    assert dialog.model.rowCount() == 1 and not dialog.empty.isVisible()
    dialog.close()
