"""The 警告与押金 and 投诉 pages: warning with the removal question, undo, deposits, the clock."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.members.domain import MemberFilter


@pytest.fixture
def warnings_page(env: Any, qtbot: Any, settle: Any) -> Iterator[Any]:
    from ui.community.warnings_page import WarningsPage

    page = WarningsPage(env)
    page.resize(1300, 850)
    page.show()
    with qtbot.waitSignal(page.loaded_signal, timeout=10_000):
        page.activate()
    settle()
    yield page
    settle()
    page.close()
    page.deleteLater()


NOW = dt.datetime.now().replace(microsecond=0)


@pytest.fixture
def complaints_page(env: Any, qtbot: Any, settle: Any) -> Iterator[Any]:
    from ui.community.complaints_page import ComplaintsPage

    clock = {"now": NOW}
    page = ComplaintsPage(env, clock=lambda: clock["now"])
    page.clock_value = clock  # type: ignore[attr-defined]
    page.resize(1300, 700)
    page.show()
    with qtbot.waitSignal(page.loaded_signal, timeout=10_000):
        page.activate()
    settle()
    yield page
    settle()
    page.close()
    page.deleteLater()


def _fresh_member(ctx: Any) -> int:
    warned = {w.member_id for w in ctx.care.warnings()}
    return next(
        r.id
        for r in ctx.query.first_rows(MemberFilter(statuses=("active",)), 300)
        if r.id not in warned and r.groups
    )


def _run(qtbot: Any, coro: Any) -> Any:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def test_second_warning_asks_and_removal_is_undone(
    warnings_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    page, ctx = warnings_page, env.ctx
    member = _fresh_member(ctx)
    questions: list[str] = []
    answers = [False, True]
    page.ask = lambda q: questions.append(q) or answers.pop(0)
    rows_before = page.warnings_model.rowCount()

    assert _run(qtbot, page.warn(member, "刷屏", "刷了 30 条表情"))
    settle()
    assert questions == []  # the first warning is only a warning
    qtbot.waitUntil(lambda: page.warnings_model.rowCount() == rows_before + 1)

    assert not _run(qtbot, page.warn(member, "广告"))  # asked, she said no
    settle()
    assert len(questions) == 1 and "第 2 次警告" in questions[0]
    assert ctx.members.get(member).status == "active"
    assert page.warnings_model.rowCount() == rows_before + 1

    assert _run(qtbot, page.warn(member, "广告"))  # asked again, yes
    settle()
    qtbot.waitUntil(lambda: ctx.members.get(member).status == "left")
    qtbot.waitUntil(lambda: page.warnings_model.rowCount() == rows_before + 2)
    top = page.warnings_model.row_at(0)
    assert top.member_id == member and top.outcome == "removal"
    assert env.errors == []

    stack = env.stack_for("warnings")
    stack.undo()
    settle()
    qtbot.waitUntil(lambda: ctx.members.get(member).status == "active")
    qtbot.waitUntil(lambda: page.warnings_model.rowCount() == rows_before + 1)
    stack.redo()
    settle()
    qtbot.waitUntil(lambda: ctx.members.get(member).status == "left")

    assert not _run(qtbot, page.warn(member, "引战"))  # removed: refused with a sentence
    assert env.errors and "已经移出" in str(env.errors[-1])


def test_deposit_totals_and_refund_twice_refused(
    warnings_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    page, ctx = warnings_page, env.ctx
    totals = ctx.care.deposit_totals()
    assert f"{totals.held:,.2f}" in page.totals_label.text()
    held_row = next(i for i, r in enumerate(page.deposits_model.rows) if r.status == "held")
    page.deposits_view.selectRow(held_row)
    amount = page.deposits_model.row_at(held_row).amount
    page.refund_button.click()
    settle()
    after = ctx.care.deposit_totals()
    assert after.refunded == pytest.approx(totals.refunded + amount)
    qtbot.waitUntil(lambda: f"{after.refunded:,.2f}" in page.totals_label.text())
    refunded = next(i for i, r in enumerate(page.deposits_model.rows) if r.status == "refunded")
    page.deposits_view.selectRow(refunded)
    page.refund_button.click()
    settle()
    assert env.errors and "不能再退还" in str(env.errors[-1])


def test_warnings_filters_and_empty_state(warnings_page: Any, qtbot: Any, settle: Any) -> None:
    page = warnings_page
    assert page.warnings_model.rowCount() > 0 and not page.warnings_empty.isVisible()
    with qtbot.waitSignal(page.loaded_signal, timeout=10_000):
        page.in_force.setChecked(True)
    assert all(not r.revoked for r in page.warnings_model.rows)
    page.search.setText("没有这个人的名字")
    qtbot.waitUntil(lambda: page.warnings_model.rowCount() == 0)
    settle()
    assert page.warnings_empty.isVisible() and "筛选" in page.warnings_empty.text()


def test_open_complaints_longest_waiting_first_with_a_ticking_clock(
    complaints_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    page = complaints_page
    rows = page.model.rows
    assert rows and all(r.is_open for r in rows)
    assert [r.received_at for r in rows] == sorted(r.received_at for r in rows)
    first = page.model.index(0, 0)
    text = page.model.data(first)
    assert text.startswith("已等待")
    page.clock_value["now"] = NOW + dt.timedelta(hours=3, minutes=12)
    changed: list[Any] = []
    page.model.dataChanged.connect(lambda *a: changed.append(a))
    page.tick()
    assert changed and page.model.data(first) != text

    page.view.selectRow(0)
    resolved_id = page.model.row_at(0).id
    page.resolve_button.click()
    settle()
    qtbot.waitUntil(lambda: resolved_id not in {r.id for r in page.model.rows})
    env.stack_for("complaints").undo()
    settle()
    qtbot.waitUntil(lambda: resolved_id in {r.id for r in page.model.rows})
    with qtbot.waitSignal(page.loaded_signal, timeout=10_000):
        page.all_button.click()
    assert any(not r.is_open for r in page.model.rows)
    assert env.errors == []


def test_rows_model_passes_the_model_tester(complaints_page: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(complaints_page.model)


def test_member_picker_finds_by_pinyin(env: Any, qtbot: Any, settle: Any) -> None:
    from ui.community.care_dialogs import ID_ROLE, WarnDialog

    dialog = WarnDialog(env, ("广告", "刷屏"))
    qtbot.addWidget(dialog)
    settle()
    dialog.picker.search.setText("xm")

    def texts() -> list[str]:
        return [dialog.picker.results.item(i).text() for i in range(dialog.picker.results.count())]

    # The unfiltered list shows the first 40 members; "xm" narrows it to 小美 and the like.
    unfiltered = texts()
    qtbot.waitUntil(
        lambda: texts() != unfiltered and any("小美" in t for t in texts()), timeout=5_000
    )
    settle()
    dialog.picker.results.setCurrentRow(0)
    first = int(dialog.picker.results.item(0).data(ID_ROLE))
    dialog.reason.setCurrentText("刷屏")
    dialog.evidence.setPlainText("  发了二维码 ")
    assert dialog.values() == (first, "刷屏", "发了二维码")


def test_logging_a_complaint_starts_its_clock_and_undo_takes_it_away(
    complaints_page: Any, env: Any, qtbot: Any, settle: Any
) -> None:
    from app.community.complaint_ops import LogComplaint
    from ui.community.care_dialogs import ComplaintDialog

    page = complaints_page
    dialog = ComplaintDialog(env, page.channels, page.categories)
    qtbot.addWidget(dialog)
    settle()
    dialog.category.setCurrentText("物流")
    dialog.text.setPlainText("  快递三天没动静 ")
    values = dialog.values()
    assert values["text"] == "快递三天没动静" and values["category"] == "物流"
    assert values["member_id"] is None
    values["received_at"] = NOW - dt.timedelta(minutes=5)
    before = page.model.rowCount()
    env.ops.push(page.stack, LogComplaint(**values), "记录投诉")
    settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)
    newest = max(page.model.rows, key=lambda r: r.received_at)
    row = page.model.rows.index(newest)
    assert page.model.data(page.model.index(row, 0)) == "已等待 5 分钟"
    assert page.model.row_at(row).text == "快递三天没动静"
    page.stack.undo()
    settle()
    qtbot.waitUntil(lambda: page.model.rowCount() == before)
