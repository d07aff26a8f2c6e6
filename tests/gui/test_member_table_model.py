"""The member table model: qtmodeltester, block placeholders, sorting delegated to the query."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.members.domain import MemberRow
from ui.members.member_table_model import BLOCK, COLUMN_KEYS, MemberTableModel


def _row(i: int) -> MemberRow:
    return MemberRow(
        id=i,
        nickname=f"昵称{i}",
        name=f"姓名{i}",
        wechat=f"wx{i}",
        phone=None,
        qq=None,
        gender="女",
        city="上海",
        skin_type="干性",
        role=None,
        status="active",
        tier="paid",
        level=2,
        points=i,
        joined=dt.date(2024, 1, 5),
        birthday=None,
        last_active=None,
        note="第一行\n第二行",
        tags=("彩妆", "防晒"),
        groups=("护肤交流1群",),
    )


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = MemberTableModel()
    ids = list(range(1, 501))
    model.set_result(ids, [_row(i) for i in ids[:BLOCK]])
    qtmodeltester.check(model, force_py=True)  # keeps watching the signals below
    model.set_result(ids + [501, 502])  # prefix grows: rows are inserted, not reset
    model.add_rows([_row(i) for i in range(200, 260)], 200)
    model.forget([1, 2])
    model.set_result([5, 4, 3])
    model.set_result([])
    assert model.rowCount() == 0


def test_display_values() -> None:
    model = MemberTableModel()
    model.set_result([7], [_row(7)])

    def cell(key: str) -> Any:
        return model.index(0, COLUMN_KEYS.index(key)).data()

    assert cell("nickname") == "昵称7"
    assert cell("status") == "活跃" and cell("tier") == "付费"
    assert cell("tags") == "彩妆、防晒"
    assert cell("joined") == "2024-01-05"
    assert cell("note") == "第一行 第二行"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "昵称"


def test_missing_block_is_requested_once_and_filled(qtbot: Any) -> None:
    model = MemberTableModel()
    ids = list(range(1, 1001))
    model.set_result(ids, [_row(i) for i in ids[:BLOCK]])
    requested: list[int] = []
    model.block_needed.connect(requested.append)
    assert model.index(450, 0).data() == "…"
    assert model.index(451, 1).data() == ""
    assert requested == [400]
    with qtbot.waitSignal(model.dataChanged):
        model.add_rows([_row(i) for i in ids[400:600]], 400)
    assert model.index(450, 0).data() == "昵称451"


def test_sort_emits_query_request_and_unsortable_columns_are_ignored() -> None:
    model = MemberTableModel()
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda k, d: asked.append((k, d)))
    model.sort(COLUMN_KEYS.index("points"), Qt.SortOrder.DescendingOrder)
    model.sort(COLUMN_KEYS.index("tags"), Qt.SortOrder.AscendingOrder)
    assert asked == [("points", True)]


def test_forget_only_reports_shown_rows() -> None:
    model = MemberTableModel()
    model.set_result([1, 2, 3], [_row(1), _row(2), _row(3)])
    assert sorted(model.forget([2, 3, 99])) == [2, 3]
    assert model.row_data(1) is None and model.row_data(0) is not None


def test_live_model_over_demo_passes_qtmodeltester(page: Any, qtmodeltester: Any) -> None:
    qtmodeltester.check(page.model, force_py=True)
