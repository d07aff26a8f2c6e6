"""The Members page's 更多筛选 (weekly lists as chips, saved with segments) and the detail
panel's 社群记录 sections (points, warnings and deposits, activities, complaints)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from app.members.domain import MemberFilter


def _apply_popup(page: Any, qtbot: Any, **checks: int | bool) -> None:
    popup = page.filter_bar.open_more_filters()
    for key, value in checks.items():
        if isinstance(value, bool):
            popup.checks[key].setChecked(value)
        else:
            popup.spins[key].setValue(popup.spins[key].value() + 1)
            assert popup.checks[key].isChecked()  # a value typed checks its row
            popup.spins[key].setValue(value)
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        qtbot.mouseClick(popup.buttons.buttons()[0], Qt.MouseButton.LeftButton)


def test_more_filters_show_chips_and_filter_the_table(page: Any, env: Any, qtbot: Any) -> None:
    _apply_popup(page, qtbot, contact_days=30, warned=True)
    expected = env.ctx.query.ids(MemberFilter(contact_days=30, warned=True))
    assert page.model.ids == expected and 0 < len(expected) < 300
    assert page.filter_bar.list_chips() == ["超过 30 天未联系", "有生效中的警告"]
    assert page.filter_bar.more_button.text() == "更多筛选… 2"
    f = page.current_filter()
    assert f.contact_days == 30 and f.warned and f.level_min is None
    chips = [page.filter_bar.chips.itemAt(i).widget() for i in range(page.filter_bar.chips.count())]
    silent = next(c for c in chips if c.label == "超过 30 天未联系")
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        qtbot.mouseClick(silent, Qt.MouseButton.LeftButton)
    assert page.filter_bar.list_chips() == ["有生效中的警告"]
    assert page.model.ids == env.ctx.query.ids(MemberFilter(warned=True))


def test_popup_refuses_a_reversed_joined_period(page: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    popup = page.filter_bar.open_more_filters()
    popup.dates["joined_from"].setDate(QDate(2025, 6, 1))
    popup.dates["joined_to"].setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(popup.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert popup.isVisible() and "入群日期范围不对" in popup.error.text()
    assert page.filter_bar.list_chips() == []
    popup.reject()


def test_list_filters_are_saved_with_a_segment_and_come_back(
    page: Any, env: Any, qtbot: Any, settle: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QInputDialog

    _apply_popup(page, qtbot, birthday_days=30, level_min=2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("本月生日", True))
    page.filter_bar.save_segment_requested.emit()
    settle()
    saved = next(s for s in env.ctx.segments.list() if s.name == "本月生日")
    assert saved.filter.birthday_days == 30 and saved.filter.level_min == 2
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.filter_bar.clear()
    assert page.filter_bar.list_chips() == []
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.set_filter(saved.filter)
    assert page.filter_bar.list_chips() == ["30 天内过生日", "等级 ≥ 2"]
    assert page.model.ids == env.ctx.query.ids(saved.filter)


def _show(page: Any, qtbot: Any, member_id: int) -> Any:
    box = page.detail.community
    with qtbot.waitSignal(box.record_shown, timeout=5000, check_params_cb=lambda i: i == member_id):
        row = page.model.ids.index(member_id)
        page.view.selectionModel().setCurrentIndex(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    return box


def _texts(view: Any) -> list[str]:
    model = view.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_detail_shows_her_community_record(page: Any, env: Any, qtbot: Any) -> None:
    warning = env.ctx.care.warnings()[0]
    member_id = warning.member_id
    record = env.ctx.member_record.record(member_id)
    box = _show(page, qtbot, member_id)
    care = _texts(box.lists["care"])
    assert len(care) == len(record.warnings) + len(record.deposits)
    assert any(warning.reason in t for t in care)
    assert box.tabs.tabText(1) == f"警告/押金 {len(care)}"
    points = _texts(box.lists["points"])
    if record.ledger:
        assert len(points) == len(record.ledger) and f"余 {record.ledger[0].balance}" in points[0]
    else:
        assert points == ["还没有积分记录。"]


def test_detail_sections_say_when_empty_and_follow_her_changes(
    page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    from app.community.deposit_ops import HoldDeposit

    busy = {w.member_id for w in env.ctx.care.warnings()} | {
        d.member_id for d in env.ctx.care.deposits()
    }
    member_id = next(
        i
        for i in page.model.ids
        if i not in busy and not env.ctx.member_record.record(i).complaints
    )
    box = _show(page, qtbot, member_id)
    assert _texts(box.lists["care"]) == ["没有警告，也没有押金。"]
    assert _texts(box.lists["complaints"]) == ["没有投诉。"]
    with qtbot.waitSignal(box.record_shown, timeout=5000):
        env.tasks.spawn(env.ops.run(HoldDeposit(member_id, 99.0)))
    settle()
    care = _texts(box.lists["care"])
    assert len(care) == 1 and "¥99.00" in care[0] and "押金中" in care[0]


def test_a_long_ledger_is_counted_whole_and_formatted_as_it_is_seen(
    page: Any, env: Any, qtbot: Any
) -> None:
    import datetime as dt

    from sqlalchemy import text

    member_id = page.model.ids[0]
    start = dt.datetime(2025, 1, 1, 9)
    with env.ctx.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO points_ledger (member_id, at, delta, reason, note, source) "
                "VALUES (:m, :at, :d, 'manual', '补记', 'test')"
            ),
            [
                {"m": member_id, "at": start + dt.timedelta(hours=i), "d": -3 if i % 7 else 20}
                for i in range(3000)
            ],
        )
    record = env.ctx.member_record.record(member_id)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    box = _show(page, qtbot, member_id)
    box.tabs.setCurrentIndex(0)
    assert box.lists["points"].isVisible()
    model = box.models["points"]
    qtbot.waitUntil(lambda: model.formatted > 0, timeout=3000)  # laid out and painted
    qtbot.wait(50)
    assert box.tabs.tabText(0) == f"积分 {len(record.ledger)}"
    assert model.rowCount() == len(record.ledger) > 3000
    assert 0 < model.formatted < 100  # the rows on screen, not all of them
    newest, oldest = record.ledger[0], record.ledger[-1]
    first = model.index(0, 0)
    assert first.data().endswith(f"余 {newest.balance}")
    assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data()
    last = model.index(model.rowCount() - 1, 0)
    assert last.data().endswith(f"余 {oldest.balance}")
    colour = first.data(Qt.ItemDataRole.ForegroundRole).name()
    assert colour == ("#2e7d32" if newest.delta > 0 else "#c62828")
    assert model.texts()[1].endswith(f"余 {record.ledger[1].balance}")


def test_selecting_her_reads_her_record_once_without_waiting_for_the_panel(
    page: Any, env: Any, qtbot: Any, monkeypatch: Any
) -> None:
    service = type(env.ctx.member_record)
    reads: list[int] = []
    original_record, original_show = service.record, page.detail.show_detail

    def record(self: Any, member_id: int) -> Any:
        reads.append(member_id)
        return original_record(self, member_id)

    def idle() -> bool:
        return bool(env.tasks.idle and not env.runner.busy)

    monkeypatch.setattr(service, "record", record)
    first, second = page.model.ids[3], page.model.ids[4]
    _show(page, qtbot, first)
    qtbot.waitUntil(idle, timeout=5000)
    assert reads == [first]  # read once, though the panel asks for her after its own read
    # The record is read from her selection, not from the panel having shown her row.
    monkeypatch.setattr(page.detail, "show_detail", lambda *a, **k: None)
    box = _show(page, qtbot, second)
    qtbot.waitUntil(idle, timeout=5000)
    assert reads == [first, second] and box.record is not None
    assert box.record.member_id == second
    monkeypatch.setattr(page.detail, "show_detail", original_show)
