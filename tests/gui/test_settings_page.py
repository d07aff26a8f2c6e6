"""The 设置 page: a points rule changed and undone, a skin-type synonym edited, the backups
list showing a backup made in the test, a refused value put back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.settings.declared import POINTS_LEVELS, POINTS_RULES, WARNING_REASONS
from app.settings.setting_ops import SetSetting


@pytest.fixture
def settings_page(env: Any, qtbot: Any) -> Iterator[Any]:
    from ui.settings.settings_page import SettingsPage

    page = SettingsPage(env)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    yield page
    qtbot.waitUntil(lambda: env.tasks.idle, timeout=10_000)
    page.close()
    page.deleteLater()


def _section(page: Any, title: str) -> None:
    titles = [page.sections.item(i).text() for i in range(page.sections.count())]
    page.sections.setCurrentRow(titles.index(title))


def test_change_a_points_rule_then_undo(settings_page: Any, env: Any, qtbot: Any) -> None:
    page = settings_page
    rules = page.fields[POINTS_RULES]
    assert rules.boxes["checkin"].value() == 5
    rules.boxes["checkin"].setValue(8)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        rules.boxes["checkin"].editingFinished.emit()
    assert env.ctx.settings.get(POINTS_RULES)["checkin"] == 8
    stack = env.stack_for("settings")
    assert stack.count() == 1 and "积分规则" not in stack.text(0)  # the form's own label
    assert stack.text(0) == "修改设置「每次得分」"
    stack.undo()
    qtbot.waitUntil(lambda: rules.boxes["checkin"].value() == 5, timeout=10_000)
    assert env.ctx.settings.get(POINTS_RULES)["checkin"] == 5
    assert env.errors == []


def test_a_refused_value_is_said_and_the_field_shows_the_stored_one(
    settings_page: Any, env: Any, qtbot: Any
) -> None:
    page = settings_page
    levels = page.fields[POINTS_LEVELS]
    levels.setText("10、5")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        levels.editingFinished.emit()
    assert "必须从 0 开始" in str(env.errors[-1])
    assert levels.text() == "0、50、150、400、1000"
    assert env.stack_for("settings").count() == 0
    reasons = page.fields[WARNING_REASONS]
    reasons.setText("广告，刷屏 拉人")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        reasons.editingFinished.emit()
    assert env.ctx.settings.get(WARNING_REASONS) == ("广告", "刷屏", "拉人")


def test_edit_a_skin_type_synonym(settings_page: Any, env: Any, qtbot: Any) -> None:
    page = settings_page
    _section(page, "肤质")
    table = page.skin_types.table
    row = next(i for i in range(table.rowCount()) if table.item(i, 0).text() == "干性")
    assert int(table.item(row, 2).text()) > 0  # members counted
    synonyms = table.item(row, 1)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        synonyms.setText(synonyms.text() + "、沙漠皮")
    assert env.ctx.vocab.skin_types().canonical("沙漠皮") == "干性"
    env.stack_for("settings").undo()
    qtbot.waitUntil(
        lambda: "沙漠皮" not in page.skin_types.table.item(row, 1).text(), timeout=10_000
    )
    assert env.ctx.vocab.skin_types().canonical("沙漠皮") is None


def test_backups_list_shows_a_backup_made_here(settings_page: Any, env: Any, qtbot: Any) -> None:
    page = settings_page
    _section(page, "备份")
    assert page.backups.table.rowCount() == 0
    assert "还没有备份" in page.backups.note.text()
    with qtbot.waitSignal(page.backups.loaded, timeout=10_000):
        page.backups.backup_button.click()
    made = env.ctx.maintenance.backups()
    assert len(made) == 1
    table = page.backups.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == f"{made[0].made_at:%Y-%m-%d %H:%M:%S}"
    assert table.item(0, 1).text() == "手动"
    assert table.item(0, 2).text() == str(made[0].members) and made[0].members > 0
    assert table.item(0, 3).text().endswith("KB") or table.item(0, 3).text().endswith("MB")
    table.selectRow(0)
    assert page.backups.restore_button.isEnabled()


def test_database_section_names_the_file(settings_page: Any, env: Any) -> None:
    assert settings_page.location.text() == str(env.ctx.maintenance.path)


def test_automatic_backups_follow_the_interval_setting(env: Any, qtbot: Any) -> None:
    from app.settings.declared import BACKUP_MINUTES
    from ui.auto_backup import AutoBackup

    env.ctx.run(SetSetting(BACKUP_MINUTES, 45), "test")
    auto = AutoBackup(env)
    qtbot.waitUntil(lambda: auto.timer.interval() == 45 * 60_000, timeout=10_000)
    env.ops.push(env.stack_for("settings"), SetSetting(BACKUP_MINUTES, 5))
    qtbot.waitUntil(lambda: auto.timer.interval() == 5 * 60_000, timeout=10_000)
    auto.timer.stop()
