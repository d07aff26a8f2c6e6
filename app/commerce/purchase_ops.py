"""Purchase operations: record one or many lines, refund one (and take the refund back), delete.

`RecordPurchases` is what every way in uses — a purchase typed by hand, a pasted 接龙, a
group-buy sheet, an import batch — so the unsuitable-skin check is made once, here: its value
lists each recorded purchase whose product does not suit the buyer's skin type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.commerce.domain import (
    SOURCES,
    PurchaseLine,
    Recorded,
    Unsuitable,
    split_actives,
    unsuitable_warning,
)
from app.commerce.product_ops import AREA
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from db.models import Member
from db.models_commerce import Product, Purchase

MAX_QUANTITY = 10_000
MAX_LINES = 50_000


def _check_source(source: str) -> str:
    if source in SOURCES or (source.startswith("import:") and source[7:].isdigit()):
        return source
    raise ValidationError(
        f"购买来源「{source}」不认识：应为 manual、paste、sheet 或 import:批次号。"
    )


def _get(s: Session, purchase_id: int) -> Purchase:
    p = s.get(Purchase, purchase_id)
    if p is None:
        raise NotFoundError(f"没有编号为 {purchase_id} 的购买记录：没有做任何修改。")
    return p


@dataclass(frozen=True)
class RecordPurchases(Operation):
    """Record purchase lines in one go (all or nothing)."""

    kind = "purchases.record"
    lines: tuple[PurchaseLine, ...]
    source: str = "manual"

    def label(self) -> str:
        if len(self.lines) == 1:
            return f"记录成员 #{self.lines[0].member_id} 的购买"
        return f"记录 {len(self.lines)} 笔购买"

    def record_args(self) -> Any:
        if len(self.lines) <= 50:
            return super().record_args()
        return {"lines": len(self.lines), "source": self.source}

    def apply(self, uow: UnitOfWork) -> Recorded:
        s = uow.s
        source = _check_source(self.source)
        if not self.lines:
            raise ValidationError("没有要记录的购买。")
        if len(self.lines) > MAX_LINES:
            raise ValidationError(f"一次最多记录 {MAX_LINES} 笔购买，现在有 {len(self.lines)} 笔。")
        member_ids = {line.member_id for line in self.lines}
        product_ids = {line.product_id for line in self.lines}
        members = {
            m.id: m
            for m in s.execute(select(Member).where(Member.id.in_(member_ids))).scalars()
            if m.deleted_at is None
        }
        products = {
            p.id: p for p in s.execute(select(Product).where(Product.id.in_(product_ids))).scalars()
        }
        today = dt.date.today()
        rows: list[Purchase] = []
        for n, line in enumerate(self.lines, 1):
            where = f"第 {n} 笔购买" if len(self.lines) > 1 else "这笔购买"
            m = members.get(line.member_id)
            if m is None:
                raise NotFoundError(
                    f"{where}：没有编号为 {line.member_id} 的成员。没有记录任何购买。"
                )
            p = products.get(line.product_id)
            if p is None:
                raise NotFoundError(
                    f"{where}：没有编号为 {line.product_id} 的产品。没有记录任何购买。"
                )
            if not 1 <= line.quantity <= MAX_QUANTITY:
                raise ValidationError(
                    f"{where}：数量要在 1 到 {MAX_QUANTITY} 之间，现在是 {line.quantity}。"
                )
            price = float(p.price) if line.unit_price is None else round(float(line.unit_price), 2)
            if price < 0:
                raise ValidationError(f"{where}：单价不能是负数（{line.unit_price}）。")
            day = line.bought_on or today
            if day > today + dt.timedelta(days=1):
                raise ValidationError(f"{where}：购买日期 {day.isoformat()} 还没到。")
            rows.append(
                Purchase(
                    member_id=m.id,
                    product_id=p.id,
                    quantity=int(line.quantity),
                    unit_price=price,
                    bought_on=day,
                    source=source,
                    refunded_on=None,
                    refund_reason="",
                    note=line.note.strip(),
                    created_at=dt.datetime.now().replace(microsecond=0),
                )
            )
        s.add_all(rows)
        s.flush()
        warnings: list[Unsuitable] = []
        for row in rows:
            m, p = members[row.member_id], products[row.product_id]
            text = unsuitable_warning(
                m.skin_type, p.unsuitable or (), split_actives(p.actives), p.category, p.name
            )
            if text:
                warnings.append(Unsuitable(row.id, m.id, m.plain_name, p.name, text))
            uow.audit(
                "member",
                row.member_id,
                self.kind,
                None,
                {"purchase": row.id, "product": p.name, "quantity": row.quantity},
            )
        ids = tuple(r.id for r in rows)
        uow.touch(member_ids, areas={AREA})
        uow.undo_with(DeletePurchases(ids))
        return Recorded(ids, tuple(warnings))


@dataclass(frozen=True)
class RefundPurchase(Operation):
    """Refund one purchase (the product did not suit her): the date and the reason are kept."""

    kind = "purchases.refund"
    purchase_id: int
    on: dt.date | None = None
    reason: str = ""

    def label(self) -> str:
        return f"退款购买 #{self.purchase_id}"

    def apply(self, uow: UnitOfWork) -> None:
        p = _get(uow.s, self.purchase_id)
        if p.refunded_on is not None:
            raise ValidationError(
                f"购买 #{p.id} 已经在 {p.refunded_on.isoformat()} 退款过了，不能再退一次。"
            )
        day = self.on or dt.date.today()
        if day < p.bought_on:
            raise ValidationError(
                f"购买 #{p.id} 是 {p.bought_on.isoformat()} 买的，退款日期不能早于这一天。"
            )
        p.refunded_on, p.refund_reason = day, self.reason.strip()
        uow.s.flush()
        uow.audit(
            "member",
            p.member_id,
            self.kind,
            {"purchase": p.id},
            {"purchase": p.id, "refunded_on": day, "reason": p.refund_reason},
        )
        uow.touch([p.member_id], areas={AREA})
        uow.undo_with(CancelRefund(p.id))


@dataclass(frozen=True)
class CancelRefund(Operation):
    """Take a refund back (recorded by mistake): the purchase counts again."""

    kind = "purchases.cancel_refund"
    purchase_id: int

    def label(self) -> str:
        return f"取消购买 #{self.purchase_id} 的退款"

    def apply(self, uow: UnitOfWork) -> None:
        p = _get(uow.s, self.purchase_id)
        if p.refunded_on is None:
            raise ValidationError(f"购买 #{p.id} 没有退款，没有做任何修改。")
        before = (p.refunded_on, p.refund_reason)
        p.refunded_on, p.refund_reason = None, ""
        uow.s.flush()
        uow.audit(
            "member",
            p.member_id,
            self.kind,
            {"purchase": p.id, "refunded_on": before[0], "reason": before[1]},
            {"purchase": p.id},
        )
        uow.touch([p.member_id], areas={AREA})
        uow.undo_with(RefundPurchase(p.id, before[0], before[1]))


@dataclass(frozen=True)
class DeletePurchases(Operation):
    """Delete purchases recorded by mistake (undo brings them back with the same ids)."""

    kind = "purchases.delete"
    purchase_ids: tuple[int, ...]

    def label(self) -> str:
        return f"删除 {len(self.purchase_ids)} 笔购买"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        ids = tuple(sorted(set(self.purchase_ids)))
        rows = snapshot(s, Purchase, Purchase.id.in_(ids))
        missing = set(ids) - {r["id"] for r in rows}
        if missing:
            raise NotFoundError(f"没有编号为 {min(missing)} 的购买记录：没有删除任何购买。")
        s.execute(delete(Purchase).where(Purchase.id.in_(ids)))
        for row in rows:
            uow.audit("member", row["member_id"], self.kind, {"purchase": row}, None)
        uow.touch({r["member_id"] for r in rows}, areas={AREA})
        uow.undo_with(RestorePurchases(rows))


@dataclass(frozen=True)
class RestorePurchases(Operation):
    """Put deleted purchases back exactly as they were."""

    kind = "purchases.restore"
    rows: tuple[dict[str, Any], ...]

    def label(self) -> str:
        return f"恢复 {len(self.rows)} 笔购买"

    def apply(self, uow: UnitOfWork) -> None:
        reinsert(uow.s, Purchase, self.rows)
        for row in self.rows:
            uow.audit("member", row["member_id"], self.kind, None, {"purchase": row})
        uow.touch({r["member_id"] for r in self.rows}, areas={AREA})
        uow.undo_with(DeletePurchases(tuple(r["id"] for r in self.rows)))
