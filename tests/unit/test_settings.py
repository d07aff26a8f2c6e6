"""The business settings: declared once (defaults, refusals), set and undone exactly, read by
the areas that use them."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.community.care_settings import load as load_care
from app.community.rules import load_rules
from app.errors import ValidationError
from app.members.vocab_ops import AddSkinType, DeleteSkinType, DeleteTagGroup, EditSkinType
from app.settings.declared import (
    ACTIVITY_KINDS,
    BACKUP_KEEP,
    BACKUP_MINUTES,
    DECLARED,
    ESCALATION_POLICY,
    POINTS_LEVELS,
    POINTS_RULES,
    REMINDER_MINUTES,
    SILENT_DAYS,
    WARNING_EXPIRY,
    WARNING_REASONS,
    ZOMBIE_DAYS,
)
from app.settings.setting_ops import SetSetting
from db.models import Member, Setting
from db.models_audit import AuditRow


def _row(ctx: Any, key: str) -> Any:
    with ctx.session_factory() as s:
        row = s.get(Setting, key)
        return None if row is None else row.value


def test_every_setting_has_a_default_its_own_check_accepts() -> None:
    for d in DECLARED.values():
        if d.default is None:
            assert d.optional, d.key
            continue
        stored = d.check(d.default if d.kind != "int_list" else list(d.default))
        assert d.read(stored) == d.default, d.key


def test_defaults_on_a_fresh_database(ctx: Any) -> None:
    every = ctx.settings.all()
    assert set(every) == set(DECLARED)
    assert every[POINTS_RULES] == {"checkin": 5, "share": 20, "win": 50}
    assert every[POINTS_LEVELS] == (0, 50, 150, 400, 1000)
    assert every[ESCALATION_POLICY] == ("warning", "removal")
    assert every[WARNING_EXPIRY] is None
    assert every[REMINDER_MINUTES] == 10
    assert (every[SILENT_DAYS], every[ZOMBIE_DAYS]) == (30, 90)
    assert (every[BACKUP_MINUTES], every[BACKUP_KEEP]) == (30, 10)


@pytest.mark.parametrize(
    ("key", "value", "text"),
    [
        ("no.such", 1, "没有名为「no.such」的设置"),
        (POINTS_RULES, {"checkin": -1}, "「积分规则」填了 -1"),
        (POINTS_RULES, {"like": 3}, "没有「like」这一项"),
        (POINTS_RULES, {"checkin": "5"}, "要填一个整数"),
        (POINTS_LEVELS, (10, 50), "必须从 0 开始并逐级增加"),
        (POINTS_LEVELS, (0, 50, 50), "必须从 0 开始并逐级增加"),
        (ESCALATION_POLICY, ("warning", "ban"), "「ban」不行"),
        (WARNING_REASONS, ("广告", " "), "不能有空的一项"),
        (WARNING_REASONS, ("广告", "广告"), "「广告」出现了两次"),
        (WARNING_REASONS, (), "至少要有一项"),
        (WARNING_EXPIRY, 0, "请填 1 到 3650 之间的整数"),
        (REMINDER_MINUTES, 2000, "请填 1 到 1440 之间的整数"),
        (BACKUP_MINUTES, True, "要填一个整数"),
        (SILENT_DAYS, 120, "要小于僵尸天数 90"),
        (ZOMBIE_DAYS, 20, "要大于沉默天数 30"),
    ],
)
def test_refusals_name_the_setting_and_write_nothing(
    ctx: Any, key: str, value: Any, text: str
) -> None:
    with pytest.raises(ValidationError, match=text):
        ctx.run(SetSetting(key, value), "test")
    with ctx.session_factory() as s:
        assert list(s.execute(select(Setting.key)).scalars()) == []


def test_set_then_undo_gives_back_no_row_then_the_previous_value(ctx: Any) -> None:
    first = ctx.run(SetSetting(WARNING_REASONS, ("广告", "拉人")), "test")
    assert _row(ctx, WARNING_REASONS) == ["广告", "拉人"]
    assert load_care_reasons(ctx) == ("广告", "拉人")
    second = ctx.run(SetSetting(WARNING_REASONS, ("刷屏",)), "test")
    ctx.ops.undo(second.op_id)
    assert _row(ctx, WARNING_REASONS) == ["广告", "拉人"]
    ctx.ops.undo(first.op_id)
    assert _row(ctx, WARNING_REASONS) is None
    assert load_care_reasons(ctx) == DECLARED[WARNING_REASONS].default


def load_care_reasons(ctx: Any) -> tuple[str, ...]:
    with ctx.session_factory() as s:
        return load_care(s).reasons


def test_a_stored_value_the_declaration_refuses_reads_as_the_default(ctx: Any) -> None:
    with ctx.session_factory.begin() as s:
        s.add(Setting(key=POINTS_LEVELS, value=[5, 1]))
        s.add(Setting(key=REMINDER_MINUTES, value="soon"))
    assert ctx.settings.get(POINTS_LEVELS) == (0, 50, 150, 400, 1000)
    assert ctx.calendar.reminder_minutes() == 10


def test_undo_puts_back_even_a_stored_value_the_declaration_refuses(ctx: Any) -> None:
    with ctx.session_factory.begin() as s:
        s.add(Setting(key=REMINDER_MINUTES, value="soon"))
    done = ctx.run(SetSetting(REMINDER_MINUTES, 15), "test")
    assert ctx.calendar.reminder_minutes() == 15
    ctx.ops.undo(done.op_id)
    assert _row(ctx, REMINDER_MINUTES) == "soon"


def test_points_rules_reach_the_ledger_rules(ctx: Any) -> None:
    ctx.run(SetSetting(POINTS_RULES, {"checkin": 8}), "test")
    with ctx.session_factory() as s:
        rules = load_rules(s)
    assert (rules.checkin, rules.share, rules.win) == (8, 20, 50)


def test_new_thresholds_move_levels_and_undo_puts_each_back(demo_ctx: Any) -> None:
    def levels() -> dict[int, int]:
        with demo_ctx.session_factory() as s:
            return dict(s.execute(select(Member.id, Member.level)).all())

    before = levels()
    done = demo_ctx.run(SetSetting(POINTS_LEVELS, (0, 1, 2, 3, 4)), "test")
    with demo_ctx.session_factory() as s:
        pairs = s.execute(select(Member.points, Member.level)).all()
    assert all(level == min(5, max(1, points + 1)) for points, level in pairs if points < 4)
    assert levels() != before
    demo_ctx.ops.undo(done.op_id)
    assert levels() == before


def test_audit_names_the_setting(ctx: Any) -> None:
    ctx.run(SetSetting(BACKUP_KEEP, 20), "test")
    with ctx.session_factory() as s:
        row = s.execute(select(AuditRow).where(AuditRow.entity == "setting")).scalar_one()
        assert (row.action, row.before, row.after) == (
            "settings.set",
            {BACKUP_KEEP: None},
            {BACKUP_KEEP: 20},
        )


def test_skin_type_rename_follows_members_and_refuses_a_taken_synonym(demo_ctx: Any) -> None:
    rows = {r.name: r for r in demo_ctx.vocab.skin_type_rows()}
    dry, oily = rows["干性"], rows["油性"]
    with pytest.raises(ValidationError, match="已经属于肤质「油性」"):
        demo_ctx.run(EditSkinType(dry.id, "干性", ("油皮",)), "test")
    done = demo_ctx.run(EditSkinType(dry.id, "干燥", ("干皮", "干干")), "test")
    after = {r.name: r for r in demo_ctx.vocab.skin_type_rows()}
    assert after["干燥"].members == dry.members and "干性" not in after
    assert demo_ctx.vocab.skin_types().canonical("干干") == "干燥"
    with pytest.raises(ValidationError, match="不能删除"):
        demo_ctx.run(DeleteSkinType(oily.id), "test")
    demo_ctx.ops.undo(done.op_id)
    assert {r.name: r for r in demo_ctx.vocab.skin_type_rows()}["干性"] == dry


def test_a_tag_group_with_tags_is_not_deleted(demo_ctx: Any) -> None:
    before = demo_ctx.vocab.tag_group_rows()
    group = next(g for g in before if g.tags)
    with pytest.raises(ValidationError, match=f"「{group.name}」里还有 {group.tags} 个标签"):
        demo_ctx.run(DeleteTagGroup(group.id), "test")
    assert demo_ctx.vocab.tag_group_rows() == before


def test_a_new_skin_type_is_recognised_with_its_synonyms(ctx: Any) -> None:
    ctx.run(AddSkinType("痘痘肌", ("痘肌",)), "test")
    assert ctx.vocab.skin_types().canonical("痘肌") == "痘痘肌"
    with pytest.raises(ValidationError, match="已经是肤质「痘痘肌」的名称或同义词"):
        ctx.run(AddSkinType("痘肌"), "test")


def test_activity_kinds_offered_come_from_the_setting(ctx: Any) -> None:
    assert ctx.activities.kinds() == DECLARED[ACTIVITY_KINDS].default
    ctx.run(SetSetting(ACTIVITY_KINDS, ("打卡营", "读书会")), "test")
    assert ctx.activities.kinds() == ("打卡营", "读书会")


def test_backups_keep_as_many_recent_ones_as_set(ctx: Any) -> None:
    ctx.run(SetSetting(BACKUP_KEEP, 2), "test")
    made = [ctx.maintenance.backup(reason="auto") for _ in range(4)]
    kept = [b.path for b in ctx.maintenance.backups()]
    # Two recent ones; the day's newest is among them, so nothing older stays.
    assert kept == [made[3], made[2]]


def test_database_location_hides_a_password() -> None:
    from app.maintenance import MaintenanceService

    team = MaintenanceService("postgresql+psycopg://op:secret@db.local/shequn", None)  # type: ignore[arg-type]
    assert team.location() == "postgresql+psycopg://op:***@db.local/shequn"
