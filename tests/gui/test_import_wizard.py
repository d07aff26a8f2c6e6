"""The import wizard, import history and export dialog driven with qtbot over real SQLite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app.members.domain import MemberFilter


def messy_roster(path: Path, existing_wechat: str) -> Path:
    """Instructions sheet first, a merged title, header on row 3, a bad row, a duplicate."""
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填写说明"
    notes["A1"] = "请把会员信息填在“会员名单”页，手机号填 11 位。"
    ws = wb.create_sheet("会员名单")
    ws["A1"] = "2024 秋季护肤营会员名单"
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["群昵称", "微信号", "手机号", "肤质", "客户标签", "入群时间", "积分", "最爱色号"])
    ws.append(
        ["小美🌸", "wx_gui_1", 13800138000, "干皮", "抗老、美白", dt.date(2024, 1, 5), 10, "豆沙"]
    )
    ws.append(
        ["院长", "wx_gui_2", "+86 139 0013 9000", "大油皮", "兴趣:防晒；高意向", "2024/1/6", 20, ""]
    )
    ws.append(["阿琪", "wx_gui_3", "138-0013-8002", "混油", "", 45300, "", "正红"])
    ws.append(["坏日期", "wx_gui_4", "", "", "", "上周三", "", ""])
    ws.append(["老朋友", existing_wechat, "", "", "老客户", "", "", ""])
    ws.append(["合计", "", "", "", "", "", 30, ""])
    wb.save(path)
    return path


@pytest.fixture
def wizard_env(env: Any, tmp_path: Path) -> Any:
    return env


def _wizard(env: Any, qtbot: Any, path: Path) -> Any:
    from ui.importing.import_wizard import ImportWizard

    wizard = ImportWizard(env, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    return wizard


def _first_wechat(ctx: Any) -> str:
    row = ctx.query.rows(ctx.query.ids(MemberFilter())[:50])
    return next(r.wechat for r in row if r.wechat)


def test_wizard_imports_a_messy_file_and_undoes_it(env: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = env.ctx
    existing = _first_wechat(ctx)
    before = ctx.query.count(MemberFilter())
    wizard = _wizard(env, qtbot, messy_roster(tmp_path / "messy.xlsx", existing))
    assert wizard.inspection.chosen == "会员名单"
    assert "会员名单" in wizard.file_page.status.text()
    wizard.next()
    assert wizard.currentId() == wizard.SHEET
    assert wizard.sheet_page.row_spin.value() == 3
    wizard.next()
    assert wizard.currentId() == wizard.MAPPING
    mapping = wizard.mapping_page.mapping()
    assert mapping[:7] == ("nickname", "wechat", "phone", "skin_type", "tags", "joined", "points")
    assert mapping[7] == ""
    wizard.mapping_page.set_target(7, "custom:最爱色号")
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    # The unreadable date is kept on its member (custom field, flagged): the row is not lost.
    assert "新建 4 位" in preview.counts.text() and "合并 1 位" in preview.counts.text()
    assert "有问题未导入 0 行，提示 1 条" in preview.counts.text()
    assert preview.problems.rowCount() == 1
    assert preview.problems.index(0, 2).data() == 7
    assert preview.duplicates.rowCount() == 1
    wizard.next()  # commit: writes
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=15_000)
    assert wizard.result is not None and wizard.result.created == 4
    assert "新建 4 位" in wizard.result_page.summary.text()
    assert ctx.query.count(MemberFilter()) == before + 4
    xm = ctx.members.get(ctx.query.ids(MemberFilter(search="wx_gui_1"))[0])
    assert (xm.phone, xm.skin_type, xm.joined, xm.custom) == (
        "13800138000",
        "干性",
        dt.date(2024, 1, 5),
        {"最爱色号": "豆沙"},
    )
    assert {t.name for t in xm.tags} == {"抗老", "美白"}  # plain names join the demo tags
    wizard.result_page.undo_button.click()
    qtbot.waitUntil(lambda: "已撤销" in wizard.result_page.summary.text(), timeout=10_000)
    assert ctx.query.count(MemberFilter()) == before
    assert ctx.query.ids(MemberFilter(search="wx_gui_1")) == []


def test_wizard_cancel_during_write_leaves_db_untouched(
    env: Any, qtbot: Any, tmp_path: Path
) -> None:
    ctx = env.ctx
    before = ctx.query.count(MemberFilter())
    wizard = _wizard(env, qtbot, messy_roster(tmp_path / "messy.xlsx", "nobody"))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    wizard.next()
    assert wizard.currentId() == wizard.PROGRESS and wizard.busy
    wizard.reject()  # the window's close/cancel while writing cancels the import
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=15_000)
    assert wizard.cancelled and "没有任何改动" in wizard.result_page.summary.text()
    assert ctx.query.count(MemberFilter()) == before
    assert ctx.imports.history() == []


def test_wizard_shows_refusal_sentence(env: Any, qtbot: Any, tmp_path: Path) -> None:
    from ui.importing.import_wizard import ImportWizard

    bad = tmp_path / "empty.xlsx"
    bad.write_bytes(b"")
    wizard = ImportWizard(env, None, str(bad))
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: "空文件" in wizard.file_page.status.text(), timeout=10_000)
    assert not wizard.file_page.isComplete()


def test_history_dialog_undoes_a_batch(env: Any, qtbot: Any, tmp_path: Path) -> None:
    from ui.importing.import_history_dialog import ImportHistoryDialog

    ctx = env.ctx
    before = ctx.query.count(MemberFilter())
    plan = ctx.imports.plan(messy_roster(tmp_path / "m.xlsx", "nobody"))
    ctx.imports.apply(plan)
    dialog = ImportHistoryDialog(env, None, confirm=False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "m.xlsx"
    dialog.table.selectRow(0)
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(
        lambda: dialog.table.rowCount() == 1 and dialog.table.item(0, 7).text() == "已撤销",
        timeout=10_000,
    )
    assert ctx.query.count(MemberFilter()) == before


def test_export_dialog_writes_filtered_members(env: Any, qtbot: Any, tmp_path: Path) -> None:
    import openpyxl

    from ui.importing.export_dialog import ExportDialog

    f = MemberFilter(skin_types=("干性",))
    want = env.ctx.query.count(f)
    dialog = ExportDialog(env, f, [], None)
    qtbot.addWidget(dialog)
    dialog.mask_box.setChecked(True)
    dialog.export_to(str(tmp_path / "干皮名单"))
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    ws = openpyxl.load_workbook(tmp_path / "干皮名单.xlsx").active
    rows = list(ws.iter_rows(values_only=True))
    assert len(rows) == want + 1
    phone = rows[0].index("手机")
    assert all(r[phone] is None or "****" in r[phone] for r in rows[1:])


def test_problem_and_duplicate_models(env: Any, qtmodeltester: Any, tmp_path: Path) -> None:
    from ui.importing.import_models import DuplicateModel, ProblemModel

    plan = env.ctx.imports.plan(messy_roster(tmp_path / "m.xlsx", _first_wechat(env.ctx)))
    problems, duplicates = ProblemModel(), DuplicateModel()
    problems.set_problems(plan.problems)
    duplicates.set_plan(plan)
    qtmodeltester.check(problems)
    qtmodeltester.check(duplicates)
    duplicates.set_decision([0], "skip")
    assert duplicates.index(0, 4).data() == "跳过"
    assert plan.counts(duplicates.effective())["skip"] == 1
