"""The member service and the importer read dates and genders by the same rules, and both keep
text as it was typed while matching on the normalised form (PRODUCT.md data rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from import_fixture_files import import_file, member_by, tag_labels, write_xlsx

from app.errors import ValidationError
from app.members.domain import MemberFilter
from app.members.member_ops import EditMember

JAN5 = dt.date(2024, 1, 5)
DATES: list[tuple[object, dt.date]] = [
    ("2024-01-05", JAN5),
    ("2024/1/5", JAN5),
    ("2024.1.5", JAN5),
    ("2024年1月5日", JAN5),
    ("20240105", JAN5),
    ("2024-01-05 10:30", JAN5),
    ("２０２４－０１－０５", JAN5),
    (45296, JAN5),  # an Excel serial (1900 system)
    ("45296", JAN5),
    (dt.datetime(2024, 1, 5, 8, 0), JAN5),
]
BAD_DATES = ["2024-13-05", "明天", "2024/2/30"]
GENDERS: list[tuple[object, str]] = [
    ("男", "男"),
    ("女", "女"),
    ("女士", "女"),
    ("先生", "男"),
    ("F", "女"),
    ("m", "男"),
    ("2", "女"),
    ("保密", ""),
]


def test_service_reads_every_date_and_gender_the_importer_reads(ctx: Any, tmp_path: Path) -> None:
    rows: list[list[object]] = [["昵称", "生日", "性别"]]
    rows += [[f"日期{i}", raw, ""] for i, (raw, _) in enumerate(DATES)]
    rows += [[f"性别{i}", "", raw] for i, (raw, _) in enumerate(GENDERS)]
    _plan, result = import_file(ctx, write_xlsx(tmp_path / "v.xlsx", {"S": rows}))
    assert result.created == len(DATES) + len(GENDERS)
    for i, (raw, want) in enumerate(DATES):
        imported = member_by(ctx, nickname=f"日期{i}")
        assert imported.birthday == want, raw
        member_id, _ = ctx.members.create({"nickname": f"手填{i}", "birthday": raw})
        assert ctx.members.get(member_id).birthday == want, raw
    for i, (raw, want) in enumerate(GENDERS):
        assert member_by(ctx, nickname=f"性别{i}").gender == want, raw
        member_id, _ = ctx.members.create({"nickname": f"手填性别{i}", "gender": raw})
        assert ctx.members.get(member_id).gender == want, raw


@pytest.mark.parametrize("raw", BAD_DATES)
def test_both_refuse_the_same_bad_dates(ctx: Any, tmp_path: Path, raw: str) -> None:
    plan = ctx.imports.plan(
        write_xlsx(tmp_path / "b.xlsx", {"S": [["昵称", "生日"], ["小美", raw]]})
    )
    assert any(p.column.startswith("生日") for p in plan.problems)
    with pytest.raises(ValidationError, match="生日"):
        ctx.members.create({"nickname": "小美", "birthday": raw})
    with pytest.raises(ValidationError, match="性别"):
        ctx.members.create({"nickname": "小美", "gender": "不男不女"})


def test_typed_full_width_punctuation_is_stored_and_found_half_width(ctx: Any) -> None:
    member_id, _ = ctx.members.create(
        {
            "nickname": "小美，杭州",
            "city": "杭州：西湖",
            "personality": "开朗，爱笑",
            "note": "Ｖ１",
        }
    )
    ctx.run(EditMember(member_id, {"name": "王　小美：", "role": "院长，掌勺"}))
    detail = ctx.members.get(member_id)
    assert (detail.nickname, detail.city, detail.personality) == (
        "小美，杭州",
        "杭州：西湖",
        "开朗，爱笑",
    )
    assert (detail.name, detail.role) == ("王 小美：", "院长，掌勺")  # whitespace still tidied
    # Matching keys stay normalised: half-width search text finds the full-width value.
    assert ctx.query.ids(MemberFilter(search="小美,杭州")) == [member_id]
    assert ctx.query.ids(MemberFilter(search="v1")) == [member_id]


def test_import_keeps_typed_text_and_still_matches_normalised(ctx: Any, tmp_path: Path) -> None:
    old_id, _ = ctx.members.create({"nickname": "老会员", "wechat": "wx_amy"}, ["VIP"])
    rows = [
        ["昵称", "微信号", "城市", "标签"],
        ["老会员", "ｗｘ＿ＡＭＹ", "上海：浦东", "ＶＩＰ／新人"],
        ["新会员", "wx_new", "北京，朝阳", ""],
    ]
    _plan, result = import_file(ctx, write_xlsx(tmp_path / "n.xlsx", {"S": rows}))
    assert (result.created, result.merged) == (1, 1)  # ｗｘ＿ＡＭＹ is wx_amy (NFKC, case)
    old = ctx.members.get(old_id)
    assert old.city == "上海：浦东"  # filled as written
    assert tag_labels(old) == {"VIP", "新人"}  # ＶＩＰ is the existing tag VIP
    assert member_by(ctx, nickname="新会员").city == "北京，朝阳"
