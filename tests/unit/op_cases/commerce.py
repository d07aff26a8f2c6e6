"""Operation cases of products and purchases (over the demo's products and purchases)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.commerce.domain import ProductSpec, PurchaseFilter, PurchaseLine
from app.commerce.product_ops import CreateProduct, DeleteProduct, EditProduct, RetireProduct
from app.commerce.purchase_ops import (
    CancelRefund,
    DeletePurchases,
    RecordPurchases,
    RefundPurchase,
)
from tests.unit.op_cases import case

SERUM = ProductSpec(
    "杏仁酸焕颜精华", 239.0, "酸类焕肤", ("杏仁酸精华",), ("杏仁酸",), (), ("敏感性",)
)


def _sensitive_member(ctx: Any) -> int:
    from app.members.domain import MemberFilter

    return ctx.query.ids(MemberFilter(skin_types=("敏感性",)))[0]


@case("products.create")
def create_product(ctx: Any) -> Any:
    return CreateProduct(SERUM)


@case("products.edit")
def edit_product(ctx: Any) -> Any:
    p = ctx.products.products()[0]
    spec = p.spec()
    return EditProduct(
        p.id, ProductSpec(spec.name, spec.price + 20, spec.category, (*spec.aliases, "新简称"))
    )


@case("products.retire")
def retire_product(ctx: Any) -> Any:
    return RetireProduct(next(p.id for p in ctx.products.products() if p.active))


@case("products.delete")
def delete_product(ctx: Any) -> Any:
    # A product without purchases (one with purchases is refused: it is retired instead).
    done = ctx.run(CreateProduct(SERUM), "test")
    return DeleteProduct(done.value)


@case("purchases.record")
def record_purchases(ctx: Any) -> Any:
    acid = ctx.products.resolve("焕肤水")
    serum = ctx.products.resolve("精华")
    member = _sensitive_member(ctx)
    return RecordPurchases(
        (
            PurchaseLine(member, acid, 1),
            PurchaseLine(member, serum, 2, 269.0, dt.date.today() - dt.timedelta(days=3)),
        ),
        "paste",
    )


@case("purchases.refund")
def refund_purchase(ctx: Any) -> Any:
    row = ctx.purchases.purchases(PurchaseFilter(refunded=False, limit=1))[0]
    return RefundPurchase(row.id, None, "不适合敏感肌")


@case("purchases.cancel_refund")
def cancel_refund(ctx: Any) -> Any:
    return CancelRefund(ctx.purchases.purchases(PurchaseFilter(refunded=True, limit=1))[0].id)


@case("purchases.delete")
def delete_purchases(ctx: Any) -> Any:
    return DeletePurchases(tuple(r.id for r in ctx.purchases.purchases(PurchaseFilter(limit=3))))
