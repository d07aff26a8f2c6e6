"""A row is never lost to a column that does not matter: values are repaired or kept, flagged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from import_fixture_files import count, import_file, member_by, write_xlsx

from app.importing.suggest import suggest


def test_qq_levels_with_prefix_and_title_import_every_row(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["群昵称", "QQ号", "等级", "积分"],
        ["静静", 123456789, "LV58", "1,234"],
        ["晴天", 987654321, "LV5 话唠", "¥199.00"],
        ["阿琪", 11223344, "Lv.3", 20],
    ]
    path = write_xlsx(tmp_path / "qq.xlsx", {"成员": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 3 and count(ctx) == 3
    assert not [p for p in plan.problems if p.severity == "error"]
    assert member_by(ctx, qq="123456789").level == 58
    assert member_by(ctx, qq="123456789").points == 1234
    assert member_by(ctx, qq="987654321").level == 5
    assert member_by(ctx, qq="987654321").points == 199


def test_paid_member_in_level_column_is_a_tier(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["昵称", "微信号", "会员等级"],
        ["小美", "wx1", "付费会员"],
        ["院长", "wx2", "免费"],
        ["阿琪", "wx3", "VIP"],
        ["糖糖", "wx4", "付费会员"],
    ]
    path = write_xlsx(tmp_path / "tier.xlsx", {"会员": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 4
    assert plan.mapping[2] == "tier"
    assert member_by(ctx, wechat="wx1").tier == "paid"
    assert member_by(ctx, wechat="wx2").tier == "free"
    preview = ctx.imports.inspect(path).sheet(None)
    assert "会员类型" in preview.hints[2]


def test_one_tier_word_among_levels_is_repaired_in_the_row(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["昵称", "微信号", "等级"],
        ["小美", "wx1", 3],
        ["院长", "wx2", 4],
        ["阿琪", "wx3", "付费会员"],
    ]
    path = write_xlsx(tmp_path / "mixed.xlsx", {"S": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 3 and plan.mapping[2] == "level"
    member = member_by(ctx, wechat="wx3")
    assert member.tier == "paid" and member.level == 1
    warned = [p for p in plan.problems if p.row == 4]
    assert warned and warned[0].severity == "warning" and "会员类型" in warned[0].reason


def test_values_that_do_not_fit_are_kept_verbatim_in_a_custom_field(
    ctx: Any, tmp_path: Path
) -> None:
    rows = [
        ["昵称", "微信号", "性别", "入群日期", "积分", "状态", "等级"],
        ["小美", "wx1", "不告诉你", "去年夏天", "很多", "潜水中", "话唠"],
        ["院长", "wx2", "女", "2024-01-05", 10, "活跃", 2],
    ]
    path = write_xlsx(tmp_path / "odd.xlsx", {"S": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 2 and count(ctx) == 2
    member = member_by(ctx, wechat="wx1")
    assert member.custom == {
        "性别": "不告诉你",
        "入群日期": "去年夏天",
        "积分": "很多",
        "状态": "潜水中",
        "等级": "话唠",
    }
    flagged = [p for p in plan.problems if p.row == 2]
    assert len(flagged) == 5 and all(p.severity == "warning" for p in flagged)
    assert all("自定义字段" in p.sentence() and "未导入" not in p.sentence() for p in flagged)


def test_identity_problem_still_costs_the_row(ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "微信号"], ["x" * 201, "wx1"], ["小美", "wx2"]]
    path = write_xlsx(tmp_path / "long.xlsx", {"S": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 1
    errors = [p for p in plan.problems if p.severity == "error"]
    assert len(errors) == 1 and errors[0].row == 2


def test_suggestion_moves_qq_numbers_out_of_a_phone_column() -> None:
    rows = [[123456789], [987654321], [11223344], [55667788]]
    mapping, hints = suggest(["phone"], rows)
    assert mapping == ["qq"] and "QQ" in hints[0]
    kept, no_hints = suggest(["phone"], [[13800138000], [13800138001], [13800138002]])
    assert kept == ["phone"] and no_hints == [""]
