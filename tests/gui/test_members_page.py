"""Driving the Members page over a real SQLite demo community: search, select, bulk, undo, edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.members.domain import MemberFilter
from app.members.member_ops import EditMember, TrashMembers


def test_first_load_shows_every_member_and_status(page: Any, env: Any) -> None:
    total = env.ctx.query.count(MemberFilter())
    assert page.model.rowCount() == total == 300
    statuses: list[str] = []
    page.status_changed.connect(statuses.append)
    page.select_ids(page.model.ids[:3])
    assert statuses[-1] == "共 300 位成员 · 已选 3"


def test_typing_in_search_filters_rows_off_the_ui_thread(page: Any, env: Any, qtbot: Any) -> None:
    needle = page.model.row_data(0).wechat[:4]  # keyClicks only types ASCII
    expected = env.ctx.query.ids(MemberFilter(search=needle))
    assert 0 < len(expected) < 300
    with qtbot.waitSignal(page.results_shown, timeout=5000) as blocker:
        qtbot.keyClicks(page.filter_bar.search, needle)
    result = blocker.args[0]
    assert result.filter.search == needle
    assert result.count == len(expected) and result.elapsed > 0
    assert page.model.ids == expected


def test_pinyin_initials_search(page: Any, env: Any, qtbot: Any) -> None:
    expected = env.ctx.query.ids(MemberFilter(search="xm"))
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_search("xm")
    assert page.model.ids == expected
    if not expected:
        assert page.table_stack.currentWidget() is page.empty
        assert "没有符合条件" in page.empty.text()


def test_no_result_shows_helpful_empty_state(page: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_search("绝对不存在的名字zzqq")
    assert page.model.rowCount() == 0
    assert page.table_stack.currentWidget() is page.empty
    assert "Esc" in page.empty.text()
    qtbot.keyClick(page.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=5000)


def test_tag_chip_filter_all_of(page: Any, env: Any, qtbot: Any) -> None:
    expected = env.ctx.query.ids(MemberFilter(tags_all=("需回访", "彩妆")))
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.filter_bar.add_tag_filter("需回访")
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.filter_bar.add_tag_filter("服务:彩妆")
    assert page.model.ids == expected


def test_stale_search_results_are_dropped(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    shown: list[Any] = []
    page.results_shown.connect(shown.append)
    page.set_search("张")
    page.set_search("绝对不存在zz")
    settle()
    assert [r.filter.search for r in shown] == ["绝对不存在zz"]
    assert page.model.rowCount() == 0


def test_bulk_tag_undo_redo(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    ids = page.model.ids[:5]
    page.select_ids(ids)
    assert page.bulk_bar.isVisible()
    assert page.bulk_bar.count_label.text() == "已选 5 位"
    page.bulk_bar.tag_input.setText("测试标签")
    qtbot.mouseClick(page.bulk_bar.add_tag, Qt.MouseButton.LeftButton)
    settle()
    tagged = MemberFilter(tags_all=("测试标签",))
    assert sorted(env.ctx.query.ids(tagged)) == sorted(ids)
    assert "测试标签" in page.model.row_data(0).tags  # the visible row was refreshed
    env.stack_for("members").undo()
    settle()
    assert env.ctx.query.ids(tagged) == []
    assert "测试标签" not in page.model.row_data(0).tags
    env.stack_for("members").redo()
    settle()
    assert sorted(env.ctx.query.ids(tagged)) == sorted(ids)


def test_bulk_remove_keeps_other_tags_and_undo_restores(page: Any, env: Any, settle: Any) -> None:
    having = env.ctx.query.ids(MemberFilter(tags_all=("需回访",)))[:10]
    before = {m: set(env.ctx.members.get(m).tags) for m in having}
    page.bulk_tags(having, ["需回访"], remove=True)
    settle()
    for m in having:
        after = {t.name for t in env.ctx.members.get(m).tags}
        assert after == {t.name for t in before[m]} - {"需回访"}
    env.stack_for("members").undo()
    settle()
    assert {m: set(env.ctx.members.get(m).tags) for m in having} == before


def test_bulk_set_status_and_undo(page: Any, env: Any, settle: Any) -> None:
    ids = page.model.ids[10:14]
    old = {m: env.ctx.members.get(m).status for m in ids}
    page.select_ids(ids)
    page.bulk_bar.field_requested.emit("status", "blocked")
    settle()
    assert {env.ctx.members.get(m).status for m in ids} == {"blocked"}
    env.stack_for("members").undo()
    settle()
    assert {m: env.ctx.members.get(m).status for m in ids} == old


def test_refused_bulk_set_writes_nothing_and_leaves_no_undo_step(
    page: Any, env: Any, settle: Any
) -> None:
    from tests.unit.test_operations_inverse import diff, dump

    stack = env.stack_for("members")
    ids = page.model.ids[:30]
    before, operations = dump(env.ctx), env.ctx.audit.count()
    page.select_ids(ids)
    page.bulk_bar.field_requested.emit("skin_type", "火星皮")
    settle()
    assert env.errors and "未知的肤质「火星皮」" in str(env.errors[-1])
    assert diff(before, dump(env.ctx)) == [] and env.ctx.audit.count() == operations
    assert not stack.canUndo() and not stack.canRedo()


def test_edit_field_in_detail_panel_is_saved_and_undoable(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[0]
    old = env.ctx.members.get(member_id).nickname
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    edit = page.detail.lines["nickname"]
    edit.setFocus()
    edit.selectAll()
    edit.insert("新昵称小美")  # what an input method commits
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    page.detail.commit()  # focus leaves the field before the detail is reloaded
    settle()
    assert env.ctx.members.get(member_id).nickname == "新昵称小美"
    assert page.model.row_data(page.model.row_of(member_id)).nickname == "新昵称小美"
    assert env.stack_for("members").count() == 1  # Return, then leaving the field: one step
    env.stack_for("members").undo()
    settle()
    assert env.ctx.members.get(member_id).nickname == old
    qtbot.waitUntil(lambda: page.detail.lines["nickname"].text() == old)


def test_invalid_edit_shows_error_and_leaves_no_undo_entry(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[1]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    page.detail.lines["birthday"].setText("不是日期")
    page.detail.commit()
    settle()
    assert env.errors and "生日" in str(env.errors[-1])
    assert env.stack_for("members").count() == 0 or not env.stack_for("members").canUndo()


def test_add_note_to_timeline_and_undo(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[2]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    page.detail.note_input.setText("电话回访：很满意")
    qtbot.mouseClick(page.detail.note_button, Qt.MouseButton.LeftButton)
    settle()
    assert any(i.text == "电话回访：很满意" for i in env.ctx.members.get(member_id).timeline)
    qtbot.waitUntil(lambda: "电话回访" in page.detail.timeline.item(0).text())
    env.stack_for("members").undo()
    settle()
    assert not any(i.text == "电话回访：很满意" for i in env.ctx.members.get(member_id).timeline)


def test_tag_completer_matches_pinyin_and_creates_grouped_tag(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    member_id = page.model.ids[3]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    completer = page.detail.tags.completer
    for typed in ("cfd", "chengfen", "成分"):
        completer.setCompletionPrefix(completer.splitPath(typed)[0])
        found = [
            completer.pathFromIndex(completer.completionModel().index(i, 0))
            for i in range(completer.completionCount())
        ]
        assert found == ["兴趣:成分党"], typed
    page.detail.tags.input.setText("新组：新标签")
    qtbot.keyClick(page.detail.tags.input, Qt.Key.Key_Return)
    settle()
    tags = env.ctx.members.get(member_id).tags
    assert any(t.name == "新标签" and t.group == "新组" for t in tags)
    env.stack_for("members").undo()
    settle()
    assert not any(t.name == "新标签" for t in env.ctx.members.get(member_id).tags)


def test_trash_and_restore(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    ids = page.model.ids[20:22]
    page.select_ids(ids)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle()
    assert page.model.rowCount() == 298
    assert sorted(env.ctx.query.ids(MemberFilter(trash=True))) == sorted(ids)
    page.show_trash(True)
    settle()
    assert sorted(page.model.ids) == sorted(ids)
    assert page.bulk_bar.restore_button.isVisibleTo(page.bulk_bar)
    page.select_ids(page.model.ids)
    qtbot.mouseClick(page.bulk_bar.restore_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.model.rowCount() == 0
    assert "回收站是空的" in page.empty.text()
    page.show_trash(False)
    settle()
    assert page.model.rowCount() == 300


def test_purge_asks_first(page: Any, env: Any, qtbot: Any, settle: Any, monkeypatch: Any) -> None:
    ids = page.model.ids[:1]
    env.ctx.run(TrashMembers(tuple(ids)))
    page.show_trash(True)
    settle()
    page.select_ids(ids)
    monkeypatch.setattr("ui.members.page_actions.confirm", lambda *a, **k: False)
    page.bulk_bar.purge_requested.emit()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == ids
    monkeypatch.setattr("ui.members.page_actions.confirm", lambda *a, **k: True)
    page.bulk_bar.purge_requested.emit()
    settle()
    assert env.ctx.query.ids(MemberFilter(trash=True)) == []


def test_sort_is_done_by_the_query(page: Any, env: Any, qtbot: Any) -> None:
    column = [
        k for k, _, _ in __import__("ui.members.member_table_model", fromlist=["COLUMNS"]).COLUMNS
    ].index("points")
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert page.model.ids == env.ctx.query.ids(MemberFilter(), "points", True)


def test_save_segment(page: Any, env: Any, qtbot: Any, settle: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("需回访的人", True))
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.filter_bar.add_tag_filter("需回访")
    page.filter_bar.save_segment_requested.emit()
    settle()
    segments = env.ctx.segments.list()
    assert [(s.name, s.filter.tags_all) for s in segments] == [("需回访的人", ("需回访",))]


def test_selecting_all_rows_keeps_headers_off_the_selection(page: Any, qtbot: Any) -> None:
    # A header sharing the view's selection model walks every selected row on each paint
    # (2 s for Ctrl+A on 100,000 rows); ours have their own, always empty.
    header = page.view.horizontalHeader()
    assert header.selectionModel() is not page.view.selectionModel()
    page.view.selectAll()
    assert len(page.selected_ids()) == 300
    assert not header.selectionModel().hasSelection()
    assert page.bulk_bar.count_label.text() == "已选 300 位"


def test_trashed_member_detail_is_read_only(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[5]
    env.ctx.run(TrashMembers((member_id,)))
    page.show_trash(True)
    settle()
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    assert not page.detail.lines["nickname"].isEnabled()
    assert "回收站" in page.detail.title.text()


def test_header_menu_hides_and_shows_columns(page: Any) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    page.view._on_header_menu(QPoint(5, 5))
    menu = page.view.findChild(QMenu, "columnsMenu")
    assert menu is not None
    wechat = menu.actions()[2]
    assert wechat.text() == "微信号" and wechat.isChecked()
    wechat.trigger()
    assert page.view.isColumnHidden(2)
    wechat.trigger()
    assert not page.view.isColumnHidden(2)
    menu.close()


def test_refresh_keeps_what_is_being_typed(page: Any, env: Any, qtbot: Any, settle: Any) -> None:
    member_id = page.model.ids[6]
    page.select_ids([member_id])
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.id == member_id)
    city = page.detail.lines["city"]
    city.setFocus()
    qtbot.waitUntil(city.hasFocus)
    city.setText("正在输入的城市")
    env.ctx.run(EditMember(member_id, {"name": "别处改的名字"}))  # e.g. another edit finished
    env.runner.announce(
        __import__("app.domain", fromlist=["Changes"]).Changes(members=frozenset({member_id}))
    )
    settle()
    assert page.detail.lines["name"].text() == "别处改的名字"  # the panel did refresh
    assert city.text() == "正在输入的城市"


def test_set_sort_from_code_shows_the_indicator(page: Any, env: Any, qtbot: Any) -> None:
    shown: list[Any] = []
    page.results_shown.connect(shown.append)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_sort("joined", True)
    header = page.view.horizontalHeader()
    assert (
        page.model.headerData(header.sortIndicatorSection(), Qt.Orientation.Horizontal)
        == "入群日期"
    )
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.ids == env.ctx.query.ids(MemberFilter(), "joined", True)
    assert len(shown) == 1  # one query, not one more from the header


def test_a_new_order_shows_its_first_block_then_the_rest_keeping_the_selection(
    page: Any, env: Any, qtbot: Any
) -> None:
    """Sorting the list shown paints the first block in the new order at the top first, then
    appends the rest of the order (no second reset); the selection and the count stay."""
    expected = env.ctx.query.ids(MemberFilter(), "points", True)
    kept = [expected[-1], expected[250]]  # both beyond the first block of the new order
    page.select_ids(kept)
    page.view.scrollToBottom()
    resets: list[list[int]] = []
    inserted: list[int] = []
    statuses: list[str] = []
    page.model.modelReset.connect(lambda: resets.append(list(page.model.ids)))
    page.model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    page.status_changed.connect(statuses.append)
    with qtbot.waitSignal(page.results_shown, timeout=5000) as blocker:
        page.set_sort("points", True)
    result = blocker.args[0]
    assert resets == [expected[:200]]
    assert inserted == [200]
    assert page.model.ids == expected
    assert result.count == 300 and 0 < result.first_screen <= result.elapsed
    assert sorted(page.selected_ids()) == sorted(kept)
    assert statuses and all("共 300 位成员" in s for s in statuses)
    assert page.view.verticalScrollBar().value() == 0  # a new order is shown from its top


def test_a_new_order_of_a_changed_filter_is_one_result(page: Any, env: Any, qtbot: Any) -> None:
    """A sort while a typed search is still waiting for its pause: the count is not known, so
    the result comes at once, in the new order, with the new count."""
    page.set_search("张", debounce=True)
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(len(page.model.ids)))
    with qtbot.waitSignal(page.results_shown, timeout=5000) as blocker:
        page.set_sort("city")
    expected = env.ctx.query.ids(MemberFilter(search="张"), "city")
    assert page.model.ids == expected and blocker.args[0].first_screen is None
    assert resets == [len(expected)]
