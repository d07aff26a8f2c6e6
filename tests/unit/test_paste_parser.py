"""The 接龙 parser over every form operators paste (one small case per form)."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.paste.parser import CHECKINS, ORDERS, SIGNUPS, Item, parse, split_body

PRODUCTS = ("精华", "面膜", "小棕瓶")


def _entry(text: str, products: tuple[str, ...] = ()) -> tuple[str, tuple[Item, ...]]:
    """The one entry of a one-line numbered list."""
    (e,) = parse(f"#接龙\n{text}", products).entries
    return e.name, e.items


@pytest.mark.parametrize(
    ("line", "name", "number"),
    [
        ("1. 小美", "小美", 1),
        ("1.小美", "小美", 1),
        ("2、院长", "院长", 2),
        ("3 Amy", "Amy", 3),
        ("① 小红", "小红", 1),
        ("⑫阿花", "阿花", 12),
        ("(4) 小美", "小美", 4),
        ("（5）小美", "小美", 5),
        ("6）小美", "小美", 6),
        ("７．小美", "小美", 7),
        ("8: 小美", "小美", 8),
    ],
)
def test_numbering_styles(line: str, name: str, number: int) -> None:
    (e,) = parse(f"#接龙\n{line}").entries
    assert (e.name, e.number) == (name, number)


@pytest.mark.parametrize(
    ("body", "name", "items"),
    [
        ("小美 精华×2", "小美", (Item("精华", 2),)),
        ("小美 精华x2", "小美", (Item("精华", 2),)),
        ("小美 精华X3", "小美", (Item("精华", 3),)),
        ("小美 精华*2", "小美", (Item("精华", 2),)),
        ("小美 精华＊2", "小美", (Item("精华", 2),)),
        ("小美 精华 ×2", "小美", (Item("精华", 2),)),
        ("小美 精华2瓶", "小美", (Item("精华", 2),)),
        ("小美 两盒面膜", "小美", (Item("面膜", 2),)),
        ("小美 两盒", "小美", (Item("", 2),)),
        ("小美 2瓶", "小美", (Item("", 2),)),
        ("院长 +1", "院长", (Item("", 1),)),
        ("院长+2", "院长", (Item("", 2),)),
        ("小美 ×3", "小美", (Item("", 3),)),
        ("小美 精华×1 面膜×2", "小美", (Item("精华", 1), Item("面膜", 2))),
        ("小美 精华×1，面膜×2", "小美", (Item("精华", 1), Item("面膜", 2))),
        ("小美", "小美", ()),
        ("Alex 精华x2", "Alex", (Item("精华", 2),)),
    ],
)
def test_quantities_and_products(body: str, name: str, items: tuple[Item, ...]) -> None:
    assert _entry(f"1. {body}") == (name, items)


@pytest.mark.parametrize(
    ("body", "name", "items"),
    [
        ("小美精华×2", "小美", (Item("精华", 2),)),
        ("小美 小棕瓶", "小美", (Item("小棕瓶", 1),)),
        ("小美 精华 面膜×2", "小美", (Item("精华", 1), Item("面膜", 2))),
        ("小美 精华 ×2", "小美", (Item("精华", 2),)),
    ],
)
def test_known_products_split_names(body: str, name: str, items: tuple[Item, ...]) -> None:
    assert _entry(f"1. {body}", PRODUCTS) == (name, items)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("小美🐰（3群）", "小美🐰(3群)"),
        ("小美🐰(3群) +1", "小美🐰(3群)"),
        ("小美-杭州 +1", "小美-杭州"),
        ("小美　+1", "小美"),  # a full-width space
        ("【3群】小美", "【3群】小美"),
    ],
)
def test_nicknames_kept_for_matching(body: str, name: str) -> None:
    assert _entry(f"1. {body}")[0] == name


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("#接龙", "接龙标记"),
        ("# 接龙 小棕瓶团购", "接龙标记"),
        ("例：小美 精华×2", "示例行"),
        ("例如: 小美 +1", "示例行"),
        ("格式：名字+数量", "示例行"),
        ("---", "分隔线"),
        ("——————", "分隔线"),
        ("截止时间：12月3日 20:00", "截止时间"),
        ("截至今晚", "截止时间"),
    ],
)
def test_headers_and_footers_skipped(line: str, reason: str) -> None:
    p = parse(f"1. 小美\n{line}\n2. 院长")
    (skipped,) = [x for x in p.lines if x.line == 2]
    assert (skipped.kind, skipped.skipped) == ("header", reason)
    assert [e.name for e in p.entries] == ["小美", "院长"]


def test_title_line_and_positions() -> None:
    p = parse("周五面膜团购\n\n1. 小美 +1\n2. 院长 +2\n")
    assert p.title == "周五面膜团购"
    assert [(x.line, x.kind) for x in p.lines] == [
        (1, "header"),
        (2, "ignored"),
        (3, "entry"),
        (4, "entry"),
    ]
    assert p.lines[1].skipped == "空行"


def test_wrapped_line_joins_the_line_above() -> None:
    p = parse("1. 小美 精华×1\n面膜×2\n2. 院长 +1")
    first, wrapped = p.lines[0], p.lines[1]
    assert first.items == (Item("精华", 1), Item("面膜", 2))
    assert first.joined == (2,)
    assert (wrapped.kind, wrapped.skipped) == ("ignored", "接第 1 行")
    assert len(p.entries) == 2


def test_unnumbered_lines_in_a_numbered_list_are_entries() -> None:
    p = parse("1. 小美 +1\n院长 +1")
    assert [e.name for e in p.entries] == ["小美", "院长"]


def test_unnumbered_name_list_with_title() -> None:
    p = parse("12月1日打卡名单：\n小美\n院长\nAmy")
    assert p.title == "12月1日打卡名单:"  # normalised (NFKC)
    assert [e.name for e in p.entries] == ["小美", "院长", "Amy"]
    assert p.guess == CHECKINS


def test_wechat_copy_of_several_messages() -> None:
    text = "小美🐰\n08:12\n打卡第3天\n院长 2026-12-01 08:15\n[图片]\n阿花:\n[图片]\n坚持！\n"
    p = parse(text)
    assert p.chat_copy
    assert [(e.line, e.name) for e in p.entries] == [(1, "小美🐰"), (4, "院长"), (6, "阿花")]
    assert p.lines[2].skipped == "第 1 行那条消息的内容"
    assert p.lines[1].skipped == "消息时间或图片"
    assert p.guess == CHECKINS


def test_wechat_copy_carries_order_items_of_the_message() -> None:
    p = parse("小美\n昨天 20:15\n精华×2\n院长\n20:16\n+1", PRODUCTS)
    assert [e.items for e in p.entries] == [(Item("精华", 2),), (Item("", 1),)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("#接龙 面膜团购\n1. 小美 +1", ORDERS),
        ("1. 小美 精华×2\n2. 院长 面膜×1", ORDERS),
        ("#接龙 周三分享会报名\n1. 小美\n2. 院长", SIGNUPS),
        ("1. 小美\n2. 院长", SIGNUPS),
        ("今天打卡\n小美\n院长", CHECKINS),
        ("小美\n院长", CHECKINS),
    ],
)
def test_guess_from_content(text: str, kind: str) -> None:
    assert parse(text).guess == kind


def test_header_product_from_title() -> None:
    p = parse("#接龙\n小棕瓶 团购价 199\n1. 小美 +1", PRODUCTS)
    assert p.header_product == "小棕瓶"


def test_number_without_name_is_reported() -> None:
    p = parse("1. 小美\n2.\n3. 院长")
    assert (p.lines[1].kind, p.lines[1].skipped) == ("ignored", "只有编号，没有名字")


def test_raw_text_is_kept() -> None:
    p = parse("1.　小美🐰 精华×2  ")
    assert p.lines[0].text == "1.　小美🐰 精华×2  "


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a\x00b", "不是文字"),
        ("小美\n" * 6000, "行"),
        ("美" * 1_000_001, "太长"),
    ],
)
def test_bad_text_one_sentence(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse(text)


def test_split_body_without_entries() -> None:
    assert split_body("") == ("", ())


def test_the_product_after_the_jielong_mark_is_the_header_product() -> None:
    text = "#接龙 小棕瓶团购\n团购价 199 元，周五发货\n---\n1. 小美 +1\n2. 院长 两盒\n"
    parsed = parse(text, ("精华", "小棕瓶", "面膜"))
    assert parsed.header_product == "小棕瓶"
    assert parsed.guess == "orders"
    assert [e.items for e in parsed.entries][0][0].product == ""
    # an unnumbered list keeps its own title line after the mark
    listed = parse("#接龙 打卡\n今日打卡名单：\n小美\n院长\n")
    assert [e.name for e in listed.entries] == ["小美", "院长"]


def test_an_emoji_before_a_bare_quantity_is_part_of_the_name() -> None:
    assert split_body("小美 🌸 x2") == ("小美 🌸", (Item("", 2),))
    assert split_body("小美 精华 ×2") == ("小美", (Item("精华", 2),))
