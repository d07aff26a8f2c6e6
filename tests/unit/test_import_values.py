"""Unit tests of import value rules: dates, serials, gender, header aliases and detection."""

from __future__ import annotations

import datetime as dt

import pytest

from app.importing.columns import auto_mapping, auto_target, col_letter, find_header
from app.importing.values import BadValue, to_date, to_gender, to_int, to_text

JAN5 = dt.date(2024, 1, 5)


@pytest.mark.parametrize(
    "raw",
    [
        JAN5,
        dt.datetime(2024, 1, 5, 10, 30),
        45296,
        45296.75,
        "45296",
        "2024/1/5",
        "2024-01-05",
        "2024.1.5",
        "2024年1月5日",
        "2024-01-05 10:30",
        "2024/1/5 8:00:00",
        "2024年01月05日 08:00",
        " 2024-01-05 ",
        "２０２４－０１－０５",
        "20240105",
    ],
)
def test_every_date_form_gives_the_same_day(raw: object) -> None:
    assert to_date(raw) == JAN5


def test_1904_serials_count_from_1904() -> None:
    serial = (JAN5 - dt.date(1904, 1, 1)).days
    assert to_date(serial, date1904=True) == JAN5
    assert to_date(serial, date1904=False) != JAN5


def test_early_1900_serials_follow_excel() -> None:
    assert to_date(1) == dt.date(1900, 1, 1)
    assert to_date(61) == dt.date(1900, 3, 1)


@pytest.mark.parametrize("raw", ["2024-13-05", "明天", "2024/2/30", -5, True])
def test_bad_dates_say_why(raw: object) -> None:
    with pytest.raises(BadValue) as info:
        to_date(raw)
    assert str(info.value)


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("男", "男"),
        ("女", "女"),
        (1, "男"),
        (2.0, "女"),
        ("M", "男"),
        ("f", "女"),
        ("", ""),
        ("女士", "女"),
    ],
)
def test_gender_forms(raw: object, want: str) -> None:
    assert to_gender(raw) == want


def test_gender_unknown_is_refused() -> None:
    with pytest.raises(BadValue):
        to_gender("不男不女")


def test_to_int_and_text() -> None:
    assert to_int(" 1,200 ") == 1200
    assert to_int(12.0) == 12
    with pytest.raises(BadValue):
        to_int("12.5")
    assert to_text(123456789.0) == "123456789"
    assert to_text("  a\u3000 b ") == "a b"
    assert to_text("'=SUM(A1)") == "'=SUM(A1)"  # only our CSV reader takes the quote off


def test_csv_quote_protection_round_trips() -> None:
    from app.exporting.service import csv_safe
    from app.importing.reader import _unquote

    for text in ("=1+1", "+86", "-x", "@all", "'=", "'plain", "plain", "", "'"):
        assert _unquote(csv_safe(text)) == text


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("昵称", "nickname"),
        ("群昵称 ", "nickname"),
        ("微信昵称", "nickname"),
        ("客户名称", "nickname"),
        ("微信号", "wechat"),
        ("手机号（必填）", "phone"),
        ("电话*", "phone"),
        ("ＱＱ号", "qq"),
        ("QQ", "qq"),
        ("性别", "gender"),
        ("地区", "city"),
        ("肤质", "skin_type"),
        ("群职务", "role"),
        ("身份", "role"),
        ("客户标签", "tags"),
        ("企业标签", "tags"),
        ("入群时间", "joined"),
        ("添加时间", "joined"),
        ("生日", "birthday"),
        ("积分", "points"),
        ("描述", "note"),
        ("Nickname", "nickname"),
        ("Phone", "phone"),
        ("标签组1(兴趣)", "tag_group:兴趣"),
        ("标签组2（购买意向）", "tag_group:购买意向"),
        ("添加人", "custom:添加人"),
        ("Q龄", "custom:Q龄"),
        ("最后发言时间", "last_active"),
    ],
)
def test_header_aliases(header: str, target: str) -> None:
    assert auto_target(header) == target


def test_unknown_header_is_none_and_duplicate_fields_become_custom() -> None:
    assert auto_target("最喜欢的颜色") is None
    assert auto_mapping(["昵称", "备注", "备注", "颜色"]) == ["nickname", "note", "custom:备注", ""]


def test_find_header_skips_title_rows() -> None:
    rows = [
        ["2024 年会员名单", "", ""],
        ["", "", ""],
        ["昵称", "微信号", "手机"],
        ["小美", "wx1", "1"],
    ]
    assert find_header(rows) == (2, 3)


def test_col_letters() -> None:
    assert [col_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("LV58", 58),
        ("LV5 话唠", 5),
        ("Lv.3", 3),
        ("lv 12 冒泡", 12),
        ("5级", 5),
        ("V3", 3),
        (7.0, 7),
    ],
)
def test_levels_as_qq_groups_write_them(raw: object, want: int) -> None:
    from app.importing.values import level_or_tier

    assert level_or_tier(raw) == ("level", want)


@pytest.mark.parametrize(("raw", "want"), [("付费会员", "paid"), ("VIP", "paid"), ("免费", "free")])
def test_membership_words_in_a_level_column_are_tiers(raw: str, want: str) -> None:
    from app.importing.values import level_or_tier

    assert level_or_tier(raw) == ("tier", want)


@pytest.mark.parametrize(
    ("raw", "want"),
    [("¥199.00", 199), ("￥1,234", 1234), ("1,234", 1234), ("200分", 200), ("３００", 300)],
)
def test_quantities_as_typed(raw: str, want: int) -> None:
    assert to_int(raw) == want


@pytest.mark.parametrize("raw", ["¥199.50", "很多", "话唠", "1e400"])
def test_quantities_that_are_not_whole_numbers_say_so(raw: str) -> None:
    with pytest.raises(BadValue):
        to_int(raw)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        ("手机13800138001", "13800138001"),
        ("电话: 138-0013-8003 晚上联系", "13800138003"),
        ("+86 139 0013 9000", "13900139000"),
        ("订单号 2024013800138001", None),
        ("QQ 123456789", None),
    ],
)
def test_phone_written_inside_a_note(note: str, want: str | None) -> None:
    from app.phones import phone_in_text

    assert phone_in_text(note) == want
