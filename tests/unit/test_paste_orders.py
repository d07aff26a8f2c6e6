"""Orders from a paste: products by name or alias, one undoable batch of purchases, the
unsuitable-skin warning, refusals, and the same paste twice recording nothing more."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from app.commerce.domain import ProductSpec
from app.commerce.product_ops import CreateProduct
from app.commerce.purchase_ops import RecordPurchases
from app.errors import ValidationError
from app.members.create_ops import CreateMember
from app.paste.matching import DUPLICATE, MATCHED
from app.paste.service import order_lines, plan_operation
from db.models_commerce import Purchase

DAY = dt.date.today() - dt.timedelta(days=1)


@pytest.fixture
def shop(ctx: Any) -> dict[str, int]:
    def member(nick: str, skin: str | None = None) -> int:
        values: dict[str, Any] = {"nickname": nick}
        if skin:
            values["skin_type"] = skin
        return int(ctx.run(CreateMember(values), "test").value)

    def product(spec: ProductSpec) -> int:
        return int(ctx.run(CreateProduct(spec), "test").value)

    return {
        "mei": member("小美🐰", "油性"),
        "yuan": member("院长", "敏感性"),
        "amy": member("Amy", "干性"),
        "serum": product(ProductSpec("修护精华液", 299.0, "精华", ("精华", "小棕瓶"))),
        "mask": product(ProductSpec("补水面膜", 129.0, "面膜", ("面膜",))),
        "acid": product(
            ProductSpec(
                "果酸焕肤水", 168.0, "酸类焕肤", ("酸水",), ("果酸",), ("油性",), ("敏感性",)
            )
        ),
    }


ORDERS = "#接龙 小棕瓶团购\n---\n1. 小美 精华×1 面膜×2\n2、院长 酸水x1\n3 Amy +2\n截止时间：今晚\n"


def _purchases(ctx: Any) -> list[tuple[int, int, int, str, dt.date, str]]:
    with ctx.session_factory() as s:
        rows = s.execute(select(Purchase).order_by(Purchase.id)).scalars()
        return [
            (p.member_id, p.product_id, p.quantity, p.source, p.bought_on, p.note) for p in rows
        ]


def test_orders_are_recorded_once_and_undone_in_one_step(ctx: Any, shop: dict[str, int]) -> None:
    p = ctx.paste.preview(ORDERS, None, day=DAY)
    assert (p.kind, p.day, p.product) == ("orders", DAY, "小棕瓶")
    assert [x.decision for x in p.entries] == [MATCHED] * 3
    assert [(i.name, i.quantity) for i in p.entries[0].items] == [
        ("修护精华液", 1),
        ("补水面膜", 2),
    ]
    # a line without a product is the header's product (小棕瓶 is an alias of the serum)
    assert [(i.product, i.product_id) for i in p.entries[2].items] == [("小棕瓶", shop["serum"])]
    # the acid toner does not suit 院长's sensitive skin: said before anything is written
    assert p.entries[1].items[0].warning == "敏感性肌肤，果酸类慎用"
    op = plan_operation(p)
    assert isinstance(op, RecordPurchases) and op.source == "paste"
    done = ctx.run(op, "test")
    rows = _purchases(ctx)
    assert [r[:5] for r in rows] == [
        (shop["mei"], shop["serum"], 1, "paste", DAY),
        (shop["mei"], shop["mask"], 2, "paste", DAY),
        (shop["yuan"], shop["acid"], 1, "paste", DAY),
        (shop["amy"], shop["serum"], 2, "paste", DAY),
    ]
    assert rows[0][5] == "接龙：1. 小美 精华×1 面膜×2"
    assert [w.member_id for w in done.value.warnings] == [shop["yuan"]]
    assert "果酸类慎用" in done.value.warnings[0].sentence()

    again = ctx.paste.preview(ORDERS, None, day=DAY)
    assert {x.decision for x in again.entries} == {DUPLICATE}
    assert again.recorded_lines() == (3, 4, 5)
    assert "已记录" in again.entries[0].match.note
    with pytest.raises(ValidationError, match="没有可以记录的行"):
        plan_operation(again)
    assert len(_purchases(ctx)) == 4

    # another day is another order (a weekly group buy of the same thing)
    later = ctx.paste.preview(ORDERS, None, day=dt.date.today())
    assert [x.decision for x in later.entries] == [MATCHED] * 3

    ctx.ops.undo(done.op_id, "test")
    assert _purchases(ctx) == []
    back = ctx.paste.preview(ORDERS, None, day=DAY)
    assert [x.decision for x in back.entries] == [MATCHED] * 3


def test_a_product_that_does_not_exist_writes_nothing(ctx: Any, shop: dict[str, int]) -> None:
    text = "#接龙\n1. 小美 精华×1\n2. 院长 眼霜×2\n"
    p = ctx.paste.preview(text, "orders", day=DAY)
    assert p.entries[1].items[0].product_id is None
    assert p.problem() == "第 3 行的「眼霜」不是已有的产品（名称和简称都对不上）"
    with pytest.raises(ValidationError, match="第 3 行的「眼霜」不是已有的产品.*没有记录任何购买"):
        plan_operation(p)
    # skipping that line lets the rest go in
    skipped = ctx.paste.preview(text, "orders", day=DAY, skipped=[3])
    assert skipped.problem() == ""
    ctx.run(plan_operation(skipped), "test")
    assert [r[:3] for r in _purchases(ctx)] == [(shop["mei"], shop["serum"], 1)]


def test_a_line_without_product_needs_a_default(ctx: Any, shop: dict[str, int]) -> None:
    text = "#接龙 周末团购\n1. 小美 +1\n"
    p = ctx.paste.preview(text, "orders", day=DAY)
    with pytest.raises(ValidationError, match="第 2 行没有写产品"):
        plan_operation(p)
    p = ctx.paste.preview(text, "orders", day=DAY, product="面膜")
    assert [(o.product_id, o.quantity) for o in order_lines(p)] == [(shop["mask"], 1)]
    with ctx.session_factory() as s:
        assert s.execute(select(func.count(Purchase.id))).scalar_one() == 0


def test_a_confirmed_second_order_and_a_line_changed_since(ctx: Any, shop: dict[str, int]) -> None:
    text = "#接龙 小棕瓶\n1. 小美 精华×1\n2. 院长 面膜×1\n3. 小美 精华×1\n"
    p = ctx.paste.preview(text, "orders", day=DAY)
    assert p.entries[2].decision == DUPLICATE and "第二单" in p.entries[2].match.note
    assert [o.line for o in order_lines(p)] == [2, 3]
    # the user says line 4 is her second order
    choice = {4: (shop["mei"], "小美🐰")}
    p = ctx.paste.preview(text, "orders", day=DAY, choices=choice)
    assert [o.line for o in order_lines(p)] == [2, 3, 4]
    ctx.run(plan_operation(p), "test")
    assert len(_purchases(ctx)) == 3
    # both of her identical orders count as recorded (one purchase for each line)
    again = ctx.paste.preview(text, "orders", day=DAY, choices=choice)
    assert again.recorded_lines() == (2, 3, 4)
    # 院长 added a serum to her line: only that one is new
    changed = text.replace("院长 面膜×1", "院长 面膜×1 精华×1")
    p = ctx.paste.preview(changed, "orders", day=DAY, choices=choice)
    assert p.entries[1].decision == MATCHED and "部分已记录" in p.entries[1].match.note
    assert [(o.line, o.product_id) for o in order_lines(p)] == [(3, shop["serum"])]


def test_a_skipped_line_is_not_recorded_and_not_a_first_order(
    ctx: Any, shop: dict[str, int]
) -> None:
    text = "#接龙 小棕瓶\n1. 小美 精华×1\n2. 小美 精华×2\n"
    p = ctx.paste.preview(text, "orders", day=DAY, skipped=[2])
    assert p.entries[0].problem == "跳过"
    assert p.entries[1].decision == MATCHED  # a correction: the line above is left out
    assert [(o.line, o.quantity) for o in order_lines(p)] == [(3, 2)]


def test_manual_purchases_are_not_taken_for_a_pasted_line(ctx: Any, shop: dict[str, int]) -> None:
    from app.commerce.domain import PurchaseLine

    ctx.run(RecordPurchases((PurchaseLine(shop["mei"], shop["serum"], 1, None, DAY),)), "test")
    p = ctx.paste.preview("#接龙 小棕瓶\n1. 小美 精华×1\n", "orders", day=DAY)
    assert p.entries[0].decision == MATCHED


def test_the_index_is_kept_after_a_paste_and_rebuilt_after_a_rename(
    ctx: Any, shop: dict[str, int]
) -> None:
    from app.members.member_ops import EditMember

    text = "#接龙 小棕瓶\n1. 小美 精华×1\n2. 小丸子 +1\n"
    ctx.paste.warm()  # the page builds the index when it opens
    p = ctx.paste.preview(text, "orders", day=DAY)
    index = ctx.paste._index
    assert index is not None
    ctx.run(plan_operation(p), "test")  # purchases never change a name
    assert ctx.paste.preview(text, "orders", day=DAY).recorded_lines() == (2,)
    assert ctx.paste._index is index
    ctx.run(EditMember(shop["amy"], {"nickname": "小丸子"}), "test")
    renamed = ctx.paste.preview(text, "orders", day=DAY)
    assert ctx.paste._index is not index
    assert renamed.entries[1].match.member_id == shop["amy"]
