"""The wizard's chosen group and the near-duplicate pairs on its last page (合并… opens the
members' merge dialog for the pair)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_import_wizard import _wizard, messy_roster

from app.members.domain import MemberFilter


def test_wizard_imports_into_a_group_and_offers_near_duplicates(
    env: Any, qtbot: Any, tmp_path: Path
) -> None:
    ctx = env.ctx
    group = ctx.groups.create("护肤营导入群", capacity=500)
    lookalike, _ = ctx.members.create({"nickname": "小美 🌸（3群）"})
    wizard = _wizard(env, qtbot, messy_roster(tmp_path / "messy.xlsx", "nobody"))
    wizard.next()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    qtbot.waitUntil(lambda: preview.group_combo.count() > 1, timeout=10_000)
    assert preview.group_combo.itemData(0) is None  # default: no group
    index = next(
        i
        for i in range(preview.group_combo.count())
        if preview.group_combo.itemData(i) and preview.group_combo.itemData(i)[0] == group
    )
    preview.group_combo.setCurrentIndex(index)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=15_000)
    result = wizard.result
    assert result.created == 5 and result.group_joined == 5
    assert len(ctx.groups.members_of(group, current=True)) == 5
    page = wizard.result_page
    assert "加入社群「护肤营导入群」" in page.details.toPlainText()
    qtbot.waitUntil(lambda: page.near_list.count() > 0, timeout=10_000)
    texts = [page.near_list.item(i).text() for i in range(page.near_list.count())]
    assert any("小美🌸" in t and f"#{lookalike}" in t for t in texts), texts
    row = next(i for i, t in enumerate(texts) if f"#{lookalike}" in t)
    assert not page.merge_button.isEnabled()
    page.near_list.setCurrentRow(row)
    assert page.merge_button.isEnabled()
    page.merge_button.click()
    qtbot.waitUntil(lambda: page.merge_dialog is not None, timeout=10_000)
    before = ctx.query.count(MemberFilter())
    page.merge_dialog.accept()
    qtbot.waitUntil(lambda: ctx.query.count(MemberFilter()) == before - 1, timeout=10_000)
    texts = [page.near_list.item(i).text() for i in range(page.near_list.count())]
    assert not any(f"#{lookalike}" in t for t in texts)
