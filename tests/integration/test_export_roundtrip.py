"""Export: typed, formatted, formula-safe .xlsx and .csv; export → import gives the same members."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.members.domain import EDITABLE_FIELDS, STATUSES, TIERS, MemberFilter
from app.members.membership_ops import JoinGroup
from app.members.profile_ops import SetCustom

TEXT_ALPHABET = "小美院长喝水委员曾单🌸💄😀ＡＢｃ１２abcXYZ019=+-@.!?（）()_#&<>\"'"
TAG_ALPHABET = "抗老美白防晒🌸ＡｂcD9=+-@#&"


def _text(min_size: int = 0, max_size: int = 12) -> st.SearchStrategy[str]:
    return st.text(alphabet=TEXT_ALPHABET, min_size=min_size, max_size=max_size)


@st.composite
def communities(draw: Any) -> tuple[list[dict[str, Any]], list[list[str]]]:
    groups = [None, "兴趣", "购买意向", "=公式组"]
    names = draw(
        st.lists(
            st.text(alphabet=TAG_ALPHABET, min_size=1, max_size=6),
            min_size=0,
            max_size=6,
            unique_by=lambda t: t.casefold(),
        )
    )
    pool = [f"{groups[i % 4]}:{n}" if groups[i % 4] else n for i, n in enumerate(names)]
    count = draw(st.integers(min_value=1, max_value=6))
    members, tags = [], []
    for i in range(count):
        phone = draw(st.sampled_from([None, f"139{i:08d}", f"0755-{i:07d}", "+86 138 0013 8000"]))
        if phone == "+86 138 0013 8000":
            phone = f"+86 137 {i:04d} 8000"
        members.append(
            {
                "nickname": draw(_text(1)),
                "name": draw(_text()),
                "wechat": f"wx_{i}_" + draw(st.text(alphabet="abcXYZ_-", max_size=5)),
                "phone": phone,
                "qq": draw(st.sampled_from([None, str(10000 + i)])),
                "wecom_id": draw(st.sampled_from([None, f"wm{i}ABC"])),
                "gender": draw(st.sampled_from(["", "男", "女"])),
                "city": draw(_text()),
                "skin_type": draw(
                    st.sampled_from([None, "干性", "油性", "混合性", "中性", "敏感性"])
                ),
                "role": draw(st.sampled_from([None, "院长", "喝水委员", "=SUM(A1)"])),
                "status": draw(st.sampled_from(sorted(STATUSES))),
                "tier": draw(st.sampled_from(sorted(TIERS))),
                "level": draw(st.integers(1, 5)),
                "points": draw(st.integers(0, 10_000)),
                "joined": draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
                "birthday": draw(st.none() | st.dates(dt.date(1901, 1, 1), dt.date(2020, 12, 31))),
                "birthday_lunar": draw(st.booleans()),
                "last_active": draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))),
                "last_contacted": draw(
                    st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))
                ),
                "personality": draw(_text()),
                "note": draw(
                    st.sampled_from(["", "=1+1", "@某人 说好\n第二行", "-减号开头", "+86 备注"])
                )
                + draw(_text()),
            }
        )
        members[-1]["custom"] = draw(
            st.dictionaries(
                st.sampled_from(["来源", "推荐人", "=备注"]),
                _text(1).filter(lambda v: v == v.strip()),
                max_size=2,
            )
        )
        tags.append(draw(st.lists(st.sampled_from(pool), unique=True, max_size=4)) if pool else [])
    return members, tags


def _snapshot(ctx: Any) -> dict[str, tuple[Any, ...]]:
    out = {}
    for member_id in ctx.query.ids(MemberFilter()):
        d = ctx.members.get(member_id)
        groups = {m.group_name for m in d.memberships if m.left is None}
        out[d.wechat] = (
            {k: getattr(d, k) for k in EDITABLE_FIELDS},
            {t.label for t in d.tags},
            d.phone_flagged,
            d.custom,
            groups,
        )
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=communities())
def test_export_then_import_gives_the_same_members(suffix: str, data: Any) -> None:
    from app.bootstrap import open_context

    members, tags = data
    with tempfile.TemporaryDirectory() as tmp:
        source = open_context(str(Path(tmp) / "a.sqlite3"))
        target = open_context(str(Path(tmp) / "b.sqlite3"))
        try:
            group_ids = [
                source.groups.create(n) for n in ("护肤交流1群", "VIP 付费会员群", "=公式群")
            ]
            for values, labels in zip(members, tags, strict=True):
                custom = values.pop("custom")
                member_id, _ = source.members.create(values, labels)
                if custom:
                    source.run(SetCustom(member_id, custom))
                for group_id in group_ids[: member_id % 4]:
                    source.run(JoinGroup(group_id, (member_id,)), "test")
            path = Path(tmp) / f"out{suffix}"
            result = source.exports.export(path)
            assert result.rows == len(members)
            plan = target.imports.plan(path)
            assert [p for p in plan.problems if p.severity == "error"] == []
            target.imports.apply(plan)
            assert _snapshot(target) == _snapshot(source)
        finally:
            source.close()
            target.close()


def test_xlsx_is_typed_formatted_and_formula_safe(ctx: Any, tmp_path: Path) -> None:
    import openpyxl

    ctx.members.create(
        {
            "nickname": '=HYPERLINK("http://x")',
            "phone": "13800138000",
            "qq": "01234",
            "joined": dt.date(2024, 1, 5),
            "points": 12,
            "note": "@all\t注意",
            "city": "+上海",
        },
        ["兴趣:抗老", "美白"],
    )
    ctx.exports.export(tmp_path / "m.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "m.xlsx")
    ws = wb.active
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert (
        ws.freeze_panes == "A2"
        and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}2"
    )
    assert all(c.font.b for c in ws[1])
    assert row["昵称"].data_type == "s" and row["昵称"].value == '=HYPERLINK("http://x")'
    assert row["城市"].value == "+上海" and row["备注"].value == "@all\t注意"
    assert row["手机"].value == "13800138000" and row["手机"].data_type == "s"
    assert row["QQ"].value == "01234"
    assert row["入群日期"].value == dt.datetime(2024, 1, 5) and row["入群日期"].is_date
    assert row["积分"].value == 12
    assert row["标签"].value == "兴趣:抗老、美白"
    assert ws.column_dimensions["B"].width >= 8


def test_csv_protects_formula_text_and_masks_phones(ctx: Any, tmp_path: Path) -> None:
    ctx.members.create({"nickname": "=1+1", "phone": "13800138000"})
    ctx.exports.export(tmp_path / "m.csv", mask_phones=True, columns=["nickname", "phone"])
    text = (tmp_path / "m.csv").read_bytes().decode("utf-8-sig")
    assert text.splitlines() == ["昵称,手机", "'=1+1,138****8000"]


def test_export_of_a_selection_and_filter(demo_ctx: Any, tmp_path: Path) -> None:
    import openpyxl

    ids = demo_ctx.query.ids(MemberFilter(skin_types=("油性",)))
    result = demo_ctx.exports.export(tmp_path / "oily.xlsx", MemberFilter(skin_types=("油性",)))
    assert result.rows == len(ids)
    demo_ctx.exports.export(tmp_path / "pick.xlsx", ids=ids[:3], columns=["id", "nickname"])
    rows = list(openpyxl.load_workbook(tmp_path / "pick.xlsx").active.iter_rows(values_only=True))
    assert rows[0] == ("成员ID", "昵称") and [r[0] for r in rows[1:]] == ids[:3]


def test_cli_export_with_filters_columns_and_csv(
    demo_ctx: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    want = demo_ctx.query.count(MemberFilter(skin_types=("干性",)))
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export",
                str(tmp_path / "dry.csv"),
                "--skin-type",
                "干皮",
                "--columns",
                "nickname,phone",
                "--mask-phones",
            ]
        )
        == 0
    )
    assert f"已导出 {want} 位成员" in capsys.readouterr().out
    lines = (tmp_path / "dry.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == want + 1 and all(
        "****" in line or line.endswith(",") for line in lines[1:]
    )
    assert (
        main(["--db", str(db_path), "export", str(tmp_path / "x.xlsx"), "--columns", "bogus"]) == 2
    )
    assert "未知的导出列" in capsys.readouterr().err
