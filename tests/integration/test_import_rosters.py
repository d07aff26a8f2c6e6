"""Rosters as operators really export them: QQ group members, WeCom customers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from import_fixture_files import count, import_file, member_by, write_xlsx

QQ_HEADER = ["群昵称", "群名片", "QQ号", "性别", "Q龄", "入群时间", "等级", "积分", "最后发言"]


def test_qq_group_export_imports_every_row(ctx: Any, tmp_path: Path) -> None:
    rows = [
        QQ_HEADER,
        ["静静", "静静-北京", 123456789, "女", "8年", "2024/01/05", "LV58", 1200, "2024/06/01"],
        ["晴天", "", "１２３４５６７", "男", "3年", "2024/02/01", "LV5 话唠", 30, "2024/06/02"],
        ["阿琪", "阿琪", 11223344, "未知", "12年", "2024/03/01", "LV12 冒泡", "1,234", ""],
    ]
    path = write_xlsx(tmp_path / "qq-group.xlsx", {"群成员": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 3 and count(ctx) == 3
    assert not [p for p in plan.problems if p.severity == "error"]
    first = member_by(ctx, qq="123456789")
    assert (first.level, first.points, first.last_active) == (58, 1200, dt.date(2024, 6, 1))
    assert first.custom["Q龄"] == "8年" and first.custom["群名片"] == "静静-北京"
    assert member_by(ctx, qq="1234567").level == 5  # full-width QQ normalised


def test_wecom_export_keeps_every_colleague_and_matches_by_external_id(
    ctx: Any, tmp_path: Path
) -> None:
    header = ["客户名称", "外部联系人ID", "添加人", "添加时间", "描述", "企业标签"]
    rows = [
        header,
        ["小美", "wmAAA1", "张老师", "2024-01-05", "手机13800138001 喜欢美白", "高意向"],
        ["小美", "wmAAA1", "李助理", "2024-01-06", "", "复购"],
        ["院长", "wmBBB2", "张老师", "2024-01-07", "电话: 138-0013-8003", ""],
    ]
    path = write_xlsx(tmp_path / "wecom.xlsx", {"客户": rows})
    plan, result = import_file(ctx, path, preset="企业微信客户导出")
    assert result.created == 2 and plan.file_duplicates == 1
    xm = member_by(ctx, nickname="小美")
    assert xm.wecom_id == "wmAAA1" and xm.custom["添加人"] == "张老师、李助理"
    assert xm.phone == "13800138001" and "喜欢美白" in xm.note
    assert member_by(ctx, nickname="院长").phone == "13800138003"
    assert any("备注里的手机号" in p.reason for p in plan.problems)
    again = write_xlsx(
        tmp_path / "wecom-2.xlsx", {"客户": [["客户名称", "外部联系人ID"], ["小美新名", "wmAAA1"]]}
    )
    plan2, result2 = import_file(ctx, again)
    assert result2.created == 0 and result2.merged == 1 and count(ctx) == 2
    assert "企微外部联系人ID相同" in plan2.members[0].match_key


def test_qq_match_with_a_different_wechat_is_a_conflict_in_the_preview(
    ctx: Any, tmp_path: Path
) -> None:
    first = [["昵称", "QQ号", "微信号"], ["静静", 123456789, "wx_old"]]
    import_file(ctx, write_xlsx(tmp_path / "a.xlsx", {"S": first}))
    rows = [["昵称", "QQ号", "微信号"], ["静静", 123456789, "wx_new"], ["静静", 123456789, "wx_3"]]
    plan, result = import_file(ctx, write_xlsx(tmp_path / "b.xlsx", {"S": rows}))
    assert result.merged == 1 and count(ctx) == 1
    warnings = [p for p in plan.problems if p.severity == "warning"]
    assert any("wx_3" == p.value and "同一人" in p.reason for p in warnings)
    assert any("wx_new" == p.value and "已有成员" in p.reason for p in warnings)
    member = member_by(ctx, qq="123456789")
    assert member.wechat == "wx_old"
    assert "wx_new" in member.custom["其他微信号"] or "wx_3" in member.custom["其他微信号"]
