"""Products and purchases: resolve by alias, the unsuitable warning, refunds, rates, filters."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.commerce.domain import ProductSpec, PurchaseFilter, PurchaseLine, unsuitable_warning
from app.commerce.product_ops import CreateProduct, DeleteProduct, EditProduct, RetireProduct
from app.commerce.purchase_ops import CancelRefund, RecordPurchases, RefundPurchase
from app.errors import NotFoundError, ValidationError
from app.members.create_ops import CreateMember
from app.members.domain import MemberFilter

ACID = ProductSpec(
    "果酸焕肤水", 168.0, "酸类焕肤", ("焕肤水", "酸水"), ("果酸",), ("油性",), ("敏感性", "干性")
)
SERUM = ProductSpec("修护精华液", 299.0, "精华", ("精华", "小棕瓶"))


def _member(ctx: Any, nickname: str, skin: str | None) -> int:
    return int(ctx.run(CreateMember({"nickname": nickname, "skin_type": skin}), "test").value)


@pytest.fixture
def shop(ctx: Any) -> dict[str, int]:
    return {
        "acid": ctx.run(CreateProduct(ACID), "test").value,
        "serum": ctx.run(CreateProduct(SERUM), "test").value,
        "mei": _member(ctx, "小美", "敏感性"),
        "oily": _member(ctx, "桃子", "油性"),
    }


def test_resolve_by_name_alias_fullwidth_and_case(ctx: Any, shop: dict[str, int]) -> None:
    assert ctx.products.resolve("小棕瓶") == shop["serum"]
    assert ctx.products.resolve(" 精华 ") == shop["serum"]
    assert ctx.products.resolve("酸水") == shop["acid"]
    assert ctx.products.resolve("果酸焕肤水") == shop["acid"]
    assert ctx.products.resolve("面膜") is None
    assert ctx.products.resolve("") is None
    sunscreen = ctx.run(
        CreateProduct(ProductSpec("SPF50 防晒", 159.0, aliases=("ＳＰＦ",))), "test"
    )
    assert ctx.products.resolve("spf") == sunscreen.value  # NFKC: full-width letters, case-folded


def test_an_alias_that_names_another_product_is_refused(ctx: Any, shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="小棕瓶"):
        ctx.run(CreateProduct(ProductSpec("小棕瓶精华", 199.0, aliases=("小棕瓶",))), "test")
    with pytest.raises(ValidationError, match="既适合又不适合"):
        ctx.run(
            CreateProduct(ProductSpec("X", 1.0, suitable=("油皮",), unsuitable=("油性",))), "test"
        )
    with pytest.raises(ValidationError, match="肤质|不认识|不在"):
        ctx.run(CreateProduct(ProductSpec("Y", 1.0, unsuitable=("火星肌",))), "test")
    assert len(ctx.products.products()) == 2


def test_skin_synonyms_become_canonical(ctx: Any) -> None:
    pid = ctx.run(
        CreateProduct(ProductSpec("水杨酸精华", 219.0, unsuitable=("敏感肌",))), "test"
    ).value
    assert ctx.products.get(pid).unsuitable == ("敏感性",)


def test_unsuitable_purchase_warns_in_the_value_and_the_ledger(
    ctx: Any, shop: dict[str, int]
) -> None:
    done = ctx.run(
        RecordPurchases(
            (PurchaseLine(shop["mei"], shop["acid"]), PurchaseLine(shop["oily"], shop["acid"], 2))
        ),
        "test",
    )
    assert len(done.value.ids) == 2
    assert [w.warning for w in done.value.warnings] == ["敏感性肌肤，果酸类慎用"]
    warning = done.value.warnings[0]
    assert (warning.member_id, warning.name) == (shop["mei"], "小美")  # the window words it
    assert warning.sentence().startswith(f"「小美」（#{shop['mei']}）买了「")  # the CLI's sentence
    rows = {r.member_id: r for r in ctx.purchases.member_purchases(shop["mei"])}
    assert rows[shop["mei"]].warning == "敏感性肌肤，果酸类慎用"
    assert rows[shop["mei"]].unit_price == 168.0  # the product's price by default
    oily = ctx.purchases.member_purchases(shop["oily"])[0]
    assert oily.warning == "" and oily.amount == 336.0
    flagged = ctx.purchases.purchases(PurchaseFilter(unsuitable_only=True))
    assert [r.member_id for r in flagged] == [shop["mei"]]


def test_unsuitable_warning_names_what_does_not_suit() -> None:
    assert unsuitable_warning("干性", ("干性",), (), "酸类焕肤", "X") == "干性肌肤，酸类焕肤类慎用"
    assert unsuitable_warning("干性", ("干性",), (), "", "X") == "干性肌肤，「X」慎用"
    assert unsuitable_warning("油性", ("干性",), ("果酸",), "", "X") == ""
    assert unsuitable_warning(None, ("干性",), ("果酸",), "", "X") == ""


def test_refund_once_then_refused_and_cancel_brings_it_back(ctx: Any, shop: dict[str, int]) -> None:
    pid = ctx.run(RecordPurchases((PurchaseLine(shop["mei"], shop["acid"]),)), "test").value.ids[0]
    done = ctx.run(RefundPurchase(pid, dt.date.today(), "不适合敏感肌"), "test")
    row = ctx.purchases.member_purchases(shop["mei"])[0]
    assert row.refunded_on == dt.date.today() and row.refund_reason == "不适合敏感肌"
    with pytest.raises(ValidationError, match="已经在 .* 退款过了"):
        ctx.run(RefundPurchase(pid, None, "again"), "test")
    ctx.ops.undo(done.op_id, "test")
    assert ctx.purchases.member_purchases(shop["mei"])[0].refunded_on is None
    with pytest.raises(ValidationError, match="没有退款"):
        ctx.run(CancelRefund(pid), "test")


def test_bad_purchase_lines_write_nothing(ctx: Any, shop: dict[str, int]) -> None:
    good = PurchaseLine(shop["mei"], shop["serum"])
    with pytest.raises(ValidationError, match="第 2 笔购买：数量"):
        ctx.run(RecordPurchases((good, PurchaseLine(shop["mei"], shop["serum"], 0))), "test")
    with pytest.raises(NotFoundError, match="产品"):
        ctx.run(RecordPurchases((good, PurchaseLine(shop["mei"], 999))), "test")
    with pytest.raises(ValidationError, match="来源"):
        ctx.run(RecordPurchases((good,), "wechat"), "test")
    assert ctx.purchases.purchases() == []


def test_a_product_with_purchases_is_retired_not_deleted(ctx: Any, shop: dict[str, int]) -> None:
    ctx.run(RecordPurchases((PurchaseLine(shop["oily"], shop["acid"]),)), "test")
    with pytest.raises(ValidationError, match="下架"):
        ctx.run(DeleteProduct(shop["acid"]), "test")
    ctx.run(RetireProduct(shop["acid"]), "test")
    assert not ctx.products.get(shop["acid"]).active
    assert [p.id for p in ctx.products.products(include_retired=False)] == [shop["serum"]]
    with pytest.raises(ValidationError, match="已经下架"):
        ctx.run(RetireProduct(shop["acid"]), "test")
    ctx.run(
        EditProduct(shop["serum"], SERUM.__class__("修护精华液", 279.0, aliases=("精华",))), "test"
    )
    assert ctx.products.resolve("小棕瓶") is None and ctx.products.get(shop["serum"]).price == 279.0


def _buy(ctx: Any, member: int, product: int, days_ago: int) -> None:
    line = PurchaseLine(member, product, 1, None, dt.date.today() - dt.timedelta(days=days_ago))
    ctx.run(RecordPurchases((line,)), "test")


def test_rates_per_product_skin_type_and_month(ctx: Any, shop: dict[str, int]) -> None:
    dry = _member(ctx, "橙子", "干性")
    _member(ctx, "布丁", "敏感性")  # never buys
    _buy(ctx, shop["mei"], shop["serum"], 40)
    _buy(ctx, shop["mei"], shop["serum"], 5)
    _buy(ctx, shop["oily"], shop["serum"], 5)
    _buy(ctx, shop["oily"], shop["acid"], 5)
    _buy(ctx, dry, shop["acid"], 400)  # outside the period
    today = dt.date.today()
    since = today - dt.timedelta(days=90)
    by_product = {r.key: r for r in ctx.purchases.rates_by_product(since, today)}
    assert (by_product["修护精华液"].buyers, by_product["修护精华液"].repeat_buyers) == (2, 1)
    assert by_product["修护精华液"].purchase_rate == pytest.approx(2 / 4)
    assert by_product["修护精华液"].repurchase_rate == pytest.approx(1 / 2)
    assert by_product["果酸焕肤水"].buyers == 1
    by_skin = {r.key: r for r in ctx.purchases.rates_by_skin_type(since, today)}
    assert (
        by_skin["敏感性"].members,
        by_skin["敏感性"].buyers,
        by_skin["敏感性"].repeat_buyers,
    ) == (2, 1, 1)
    assert by_skin["油性"].repeat_buyers == 1  # two different products count as buying again
    assert by_skin["干性"].buyers == 0
    overall = ctx.purchases.overall(since, today)
    assert (overall.members, overall.buyers, overall.repeat_buyers) == (4, 2, 2)
    months = ctx.purchases.rates_by_month(since, today)
    assert months[-1].key == f"{today:%Y-%m}" and len(months) in (3, 4)
    assert sum(m.buyers for m in months) >= 2


def test_refunded_purchases_do_not_count(ctx: Any, shop: dict[str, int]) -> None:
    ids = ctx.run(RecordPurchases((PurchaseLine(shop["mei"], shop["acid"]),)), "test").value.ids
    ctx.run(RefundPurchase(ids[0], None, "不适合"), "test")
    today = dt.date.today()
    assert ctx.purchases.overall(today - dt.timedelta(days=1), today).buyers == 0
    assert ctx.query.count(MemberFilter(bought_categories=("果酸",))) == 0


def test_member_filters_bought_category_times_and_never(ctx: Any, shop: dict[str, int]) -> None:
    _buy(ctx, shop["mei"], shop["acid"], 3)
    _buy(ctx, shop["mei"], shop["serum"], 30)
    _buy(ctx, shop["oily"], shop["serum"], 3)
    _buy(ctx, shop["oily"], shop["serum"], 2)
    other = _member(ctx, "果果", "中性")

    def ids(**kw: Any) -> set[int]:
        return set(ctx.query.ids(MemberFilter(**kw)))

    # "every 敏感性 member who bought an acid product" is two filters
    assert ids(skin_types=("敏感性",), bought_categories=("果酸",)) == {shop["mei"]}
    assert ids(bought_categories=("酸类焕肤",)) == {shop["mei"]}
    assert ids(bought_categories=("酸",)) == set()  # an active matches whole, not a part
    assert ids(bought_products=(shop["serum"],)) == {shop["mei"], shop["oily"]}
    since = dt.date.today() - dt.timedelta(days=10)
    assert ids(bought_products=(shop["serum"],), bought_from=since) == {shop["oily"]}
    assert ids(bought_min=2) == {shop["mei"], shop["oily"]}
    assert ids(bought_min=2, bought_products=(shop["serum"],)) == {shop["oily"]}
    assert ids(never_bought=True) == {other}
    assert ids(never_bought=True, bought_categories=("果酸",)) == {shop["oily"], other}
    f = MemberFilter(bought_categories=("果酸",), bought_from=since, bought_min=2)
    assert MemberFilter.from_json(f.to_json()) == f
