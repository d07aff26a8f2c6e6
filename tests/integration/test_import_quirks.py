"""Import of the messy rosters operators really have: each quirk in a generated file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from import_fixture_files import count, import_file, member_by, tag_labels, write_xlsx

JAN5 = dt.date(2024, 1, 5)


def test_title_rows_merged_title_header_on_row_3_totals_blank_and_repeated_header(
    ctx: Any, tmp_path: Path
) -> None:
    rows = [
        ["2024 年护肤群会员名单（内部）", "", "", ""],
        ["", "", "", ""],
        ["昵称 ", "微信号", "手机号", "积分"],
        ["小美", "wx_xm", "13800138000", 10],
        ["", "", "", ""],
        ["院长", "wx_yz", "13800138001", 20],
        ["昵称", "微信号", "手机号", "积分"],
        ["阿琪", "wx_aq", "13800138002", 30],
        ["合计", "", "", 60],
    ]
    path = write_xlsx(tmp_path / "title.xlsx", {"名单": rows}, {"名单": ["A1:D1"]})
    plan, result = import_file(ctx, path)
    assert plan.header_row == 2
    assert plan.rows_skipped == 3
    assert result.created == 3 and count(ctx) == 3
    assert member_by(ctx, wechat="wx_yz").points == 20
    assert not [p for p in plan.problems if p.severity == "error"]


def test_two_level_merged_header(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["基本信息", "", "联系方式", "", "标签"],
        ["昵称", "性别", "微信号", "手机", ""],
        ["糖糖", "女", "wx_tt", 13800138003, "抗老、美白"],
    ]
    merges = {"会员": ["A1:B1", "C1:D1", "E1:E2"]}
    path = write_xlsx(tmp_path / "merged.xlsx", {"会员": rows}, merges)
    plan, _ = import_file(ctx, path)
    assert plan.mapping[:5] == ("nickname", "gender", "wechat", "phone", "tags")
    member = member_by(ctx, wechat="wx_tt")
    assert member.gender == "女" and member.phone == "13800138003"
    assert tag_labels(member) == {"抗老", "美白"}


def test_instructions_sheet_first(ctx: Any, tmp_path: Path) -> None:
    sheets = {
        "填写说明": [["请按下表填写会员信息"], ["手机号请填写 11 位"], [""], ["有问题联系群主"]],
        "会员名单": [
            ["群昵称", "QQ号", "性别"],
            ["静静", 123456789, "2"],
            ["晴天", 987654321.0, "1"],
        ],
    }
    path = write_xlsx(tmp_path / "two_sheets.xlsx", sheets)
    inspection = ctx.imports.inspect(path)
    assert inspection.chosen == "会员名单"
    plan, _ = import_file(ctx, path)
    assert plan.sheet == "会员名单"
    assert member_by(ctx, qq="123456789").gender == "女"
    assert member_by(ctx, qq="987654321").nickname == "晴天"


def test_phones_as_numbers_floats_and_text_forms(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["昵称", "手机"],
        ["a", 13800138010],
        ["b", 13800138001.0],
        ["c", "+86 138 0013 8002"],
        ["d", "138-0013-8003"],
        ["e", "1.38001380E10"],
        ["f", "0086 13800138005"],
        ["g", "0755-1234567"],
    ]
    path = write_xlsx(tmp_path / "phones.xlsx", {"Sheet1": rows})
    plan, result = import_file(ctx, path)
    assert result.created == 7
    phones = [member_by(ctx, nickname=n).phone for n in "abcdef"]
    assert phones == [
        "13800138010",
        "13800138001",
        "13800138002",
        "13800138003",
        "13800138000",
        "13800138005",
    ]
    landline = member_by(ctx, nickname="g")
    assert landline.phone == "0755-1234567" and landline.phone_flagged
    warning = [p for p in plan.problems if p.severity == "warning"]
    assert warning and warning[0].row == 8 and "手机" in warning[0].column


def test_every_date_form_and_serials(ctx: Any, tmp_path: Path) -> None:
    forms: list[Any] = [
        JAN5,
        dt.datetime(2024, 1, 5, 9, 30),
        45296,
        "2024/1/5",
        "2024-01-05",
        "2024.1.5",
        "2024年1月5日",
        "2024-01-05 10:30",
        "2024/1/5 8:00:00",
    ]
    rows = [["昵称", "入群时间", "生日"]] + [
        [f"m{i}", v, "1990年2月3日"] for i, v in enumerate(forms)
    ]
    rows.append(["bad", "上个月", ""])
    path = write_xlsx(tmp_path / "dates.xlsx", {"Sheet1": rows})
    plan, result = import_file(ctx, path)
    # A date that cannot be read does not cost the row: it is kept as typed and flagged.
    assert result.created == len(forms) + 1
    for i in range(len(forms)):
        member = member_by(ctx, nickname=f"m{i}")
        assert member.joined == JAN5 and member.birthday == dt.date(1990, 2, 3)
    assert not [p for p in plan.problems if p.severity == "error"]
    [problem] = plan.problems
    assert (problem.row, problem.value, problem.severity) == (len(forms) + 2, "上个月", "warning")
    assert "入群时间" in problem.column and "B列" in problem.column
    bad = member_by(ctx, nickname="bad")
    assert bad.joined is None and bad.custom == {"入群时间": "上个月"}


def test_1904_date_system(ctx: Any, tmp_path: Path) -> None:
    serial_1904 = (JAN5 - dt.date(1904, 1, 1)).days
    rows = [["昵称", "入群日期", "生日"], ["mac", JAN5, serial_1904]]
    path = write_xlsx(tmp_path / "mac.xlsx", {"Sheet1": rows}, date1904=True)
    import_file(ctx, path)
    member = member_by(ctx, nickname="mac")
    assert member.joined == JAN5 and member.birthday == JAN5


def test_tag_separators_group_prefixes_and_tag_group_columns(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["昵称", "标签", "标签组1(兴趣)", "标签组2（购买意向）"],
        ["t", "a，b、c,d/e;f；g|h i", "抗老 美白", "高意向"],
        ["u", "兴趣:防晒、服务：需回访、肤质:大油皮", "", ""],
    ]
    path = write_xlsx(tmp_path / "tags.xlsx", {"Sheet1": rows})
    import_file(ctx, path)
    t = member_by(ctx, nickname="t")
    assert tag_labels(t) == set("abcdefghi") | {"兴趣:抗老", "兴趣:美白", "购买意向:高意向"}
    u = member_by(ctx, nickname="u")
    assert tag_labels(u) == {"兴趣:防晒", "服务:需回访"}
    assert u.skin_type == "油性"


def test_skin_type_synonyms_and_unknown_value(ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "肤质"], ["s1", "干皮"], ["s2", "混油"], ["s3", "敏感肌"], ["s4", "外星皮"]]
    path = write_xlsx(tmp_path / "skin.xlsx", {"Sheet1": rows})
    plan, _ = import_file(ctx, path)
    assert [member_by(ctx, nickname=n).skin_type for n in ("s1", "s2", "s3", "s4")] == [
        "干性",
        "混合性",
        "敏感性",
        None,
    ]
    assert member_by(ctx, nickname="s4").custom == {"肤质": "外星皮"}
    assert any(p.value == "外星皮" and p.severity == "warning" for p in plan.problems)


def test_one_row_per_adder_becomes_one_member(ctx: Any, tmp_path: Path) -> None:
    rows = [
        ["客户名称", "微信号", "添加人", "企业标签", "添加时间"],
        ["小美", "wx_m", "客服A", "高意向", "2024-01-05"],
        ["小美", "wx_m", "客服B", "抗老", "2024-02-01"],
        ["小美呀", "WX_M", "客服C", "抗老，美白", ""],
        ["别人", "wx_o", "客服A", "", ""],
    ]
    path = write_xlsx(tmp_path / "wecom.xlsx", {"客户列表": rows})
    plan, result = import_file(ctx, path, preset="企业微信客户导出")
    assert result.created == 2 and plan.file_duplicates == 2
    member = member_by(ctx, wechat="wx_m")
    assert member.nickname == "小美" and member.joined == JAN5
    assert tag_labels(member) == {"高意向", "抗老", "美白"}


def test_csv_in_gbk_bom_and_utf8(ctx: Any, tmp_path: Path) -> None:
    text = "昵称,微信号,手机,肤质\n{n},wx_{n},13800138{i:03d},干皮\n"
    for i, encoding in enumerate(("gbk", "utf-8-sig", "utf-8", "gb18030")):
        nick = f"会员{i}"
        (tmp_path / f"m{i}.csv").write_bytes(text.format(n=nick, i=i).encode(encoding))
        import_file(ctx, tmp_path / f"m{i}.csv")
        member = member_by(ctx, nickname=nick)
        assert member.phone == f"13800138{i:03d}" and member.skin_type == "干性"
    assert count(ctx) == 4


def test_legacy_xls_from_xlwt(ctx: Any, tmp_path: Path) -> None:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名单")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for c, h in enumerate(["昵称", "手机号", "入群日期", "积分"]):
        ws.write(0, c, h)
    ws.write(1, 0, "老表格")
    ws.write(1, 1, 13800138009)
    ws.write(1, 2, dt.datetime(2024, 1, 5), date_style)
    ws.write(1, 3, 42)
    wb.save(str(tmp_path / "old.xls"))
    import_file(ctx, tmp_path / "old.xls")
    member = member_by(ctx, nickname="老表格")
    assert (member.phone, member.joined, member.points) == ("13800138009", JAN5, 42)


def test_ods(ctx: Any, tmp_path: Path) -> None:
    import pandas as pd

    frame = pd.DataFrame(
        {"昵称": ["开源"], "微信号": ["wx_ods"], "积分": [7], "生日": ["2024/1/5"]}
    )
    frame.to_excel(tmp_path / "m.ods", engine="odf", index=False)
    import_file(ctx, tmp_path / "m.ods")
    member = member_by(ctx, wechat="wx_ods")
    assert (member.nickname, member.points, member.birthday) == ("开源", 7, JAN5)


def test_content_type_comes_from_bytes_not_name(ctx: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "really_xlsx.csv", {"S": [["昵称"], ["名字骗人"]]})
    import_file(ctx, path)
    assert member_by(ctx, nickname="名字骗人")


def test_rows_without_identity_are_listed_not_imported(ctx: Any, tmp_path: Path) -> None:
    rows = [["昵称", "城市", "性别"], ["", "北京", "女"], ["有名", "上海", "外星"], ["好", "", ""]]
    path = write_xlsx(tmp_path / "bad.xlsx", {"S": rows})
    plan, result = import_file(ctx, path)
    # Only the row with no name or contact is lost; the odd gender is kept and flagged.
    assert result.created == 2 and result.problems == 1
    reasons = {p.row: p for p in plan.problems}
    assert "联系方式" in reasons[2].reason and reasons[2].severity == "error"
    assert reasons[3].value == "外星" and reasons[3].severity == "warning"
    assert "第 3 行" in reasons[3].sentence() and "「S」" in reasons[3].sentence()
    assert member_by(ctx, nickname="有名").custom == {"性别": "外星"}
