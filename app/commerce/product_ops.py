"""Product operations: create, edit, retire (下架) or bring back, delete and restore.

A product with purchases is never deleted (its purchases would lose their product): it is
retired instead. Names and aliases are unique across products once NFKC-normalised and
case-folded, so the short name a 接龙 line types resolves to one product only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.commerce.domain import ProductSpec, join_actives, split_actives
from app.errors import NotFoundError, ValidationError
from app.members.vocab import skin_types_in
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean, fold
from db.models_commerce import Product, Purchase

AREA = "commerce"
MAX_PRICE = 1_000_000


def get_product(s: Session, product_id: int) -> Product:
    p = s.get(Product, product_id)
    if p is None:
        raise NotFoundError(f"没有编号为 {product_id} 的产品：没有做任何修改。")
    return p


def spec_of(p: Product) -> ProductSpec:
    return ProductSpec(
        p.name,
        float(p.price),
        p.category,
        tuple(p.aliases or ()),
        split_actives(p.actives),
        tuple(p.suitable or ()),
        tuple(p.unsuitable or ()),
        p.note,
    )


def _unique(items: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for item in items:
        text = clean(item)
        if text and fold(text) not in {fold(o) for o in out}:
            out.append(text)
    return out


def checked(s: Session, spec: ProductSpec, product_id: int | None) -> dict[str, Any]:
    """The column values of a valid spec; a ValidationError names what is wrong."""
    name = clean(spec.name)
    if not name:
        raise ValidationError("产品名称不能为空。")
    if len(name) > 100:
        raise ValidationError(f"产品名称「{name[:20]}…」太长了（最多 100 个字）。")
    try:
        price = round(float(spec.price), 2)
    except (TypeError, ValueError):
        raise ValidationError(f"价格「{spec.price}」不是数字。") from None
    if not 0 <= price <= MAX_PRICE:
        raise ValidationError(f"价格要在 0 到 {MAX_PRICE} 元之间，现在是 {spec.price}。")
    aliases = [a for a in _unique(spec.aliases) if fold(a) != fold(name)]
    vocab = skin_types_in(s)
    suitable = [vocab.require(v) or "" for v in _unique(spec.suitable)]
    unsuitable = [vocab.require(v) or "" for v in _unique(spec.unsuitable)]
    both = set(suitable) & set(unsuitable)
    if both:
        raise ValidationError(f"「{'、'.join(sorted(both))}」不能既适合又不适合「{name}」。")
    taken: dict[str, str] = {}
    for p in s.execute(select(Product).where(Product.id != (product_id or 0))).scalars():
        for n in (p.name, *(p.aliases or ())):
            taken[fold(n)] = p.name
    for n in (name, *aliases):
        if fold(n) in taken:
            raise ValidationError(
                f"「{n}」已经是产品「{taken[fold(n)]}」的名称或简称：接龙里写这个名字时"
                "分不清是哪个产品，请换一个。"
            )
    return {
        "name": name,
        "price": price,
        "category": clean(spec.category)[:40],
        "aliases": aliases,
        "actives": join_actives(spec.actives),
        "suitable": suitable,
        "unsuitable": unsuitable,
        "note": spec.note.strip(),
    }


@dataclass(frozen=True)
class CreateProduct(Operation):
    kind = "products.create"
    spec: ProductSpec

    def label(self) -> str:
        return f"新建产品「{clean(self.spec.name)}」"

    def apply(self, uow: UnitOfWork) -> int:
        values = checked(uow.s, self.spec, None)
        p = Product(**values, active=True, created_at=dt.datetime.now().replace(microsecond=0))
        uow.s.add(p)
        uow.s.flush()
        uow.audit("product", p.id, self.kind, None, values)
        uow.touch(areas={AREA})
        uow.undo_with(DeleteProduct(p.id))
        return p.id


@dataclass(frozen=True)
class EditProduct(Operation):
    kind = "products.edit"
    product_id: int
    spec: ProductSpec

    def label(self) -> str:
        return f"修改产品「{clean(self.spec.name)}」"

    def apply(self, uow: UnitOfWork) -> None:
        p = get_product(uow.s, self.product_id)
        old = spec_of(p)
        values = checked(uow.s, self.spec, p.id)
        for key, value in values.items():
            setattr(p, key, value)
        uow.s.flush()
        uow.audit("product", p.id, self.kind, old, values)
        uow.touch(areas={AREA})
        uow.undo_with(EditProduct(p.id, old))


@dataclass(frozen=True)
class RetireProduct(Operation):
    """下架 a product (no longer sold, its purchases kept), or bring it back (`retired=False`)."""

    kind = "products.retire"
    product_id: int
    retired: bool = True

    def label(self) -> str:
        return f"{'下架' if self.retired else '重新上架'}产品 #{self.product_id}"

    def apply(self, uow: UnitOfWork) -> None:
        p = get_product(uow.s, self.product_id)
        if p.active != self.retired:
            state = "已经下架" if self.retired else "正在销售"
            raise ValidationError(f"产品「{p.name}」{state}，没有做任何修改。")
        p.active = not self.retired
        uow.s.flush()
        uow.audit("product", p.id, self.kind, {"active": self.retired}, {"active": p.active})
        uow.touch(areas={AREA})
        uow.undo_with(RetireProduct(p.id, not self.retired))


@dataclass(frozen=True)
class DeleteProduct(Operation):
    """Delete a product entered by mistake (one with purchases is retired instead)."""

    kind = "products.delete"
    product_id: int

    def label(self) -> str:
        return f"删除产品 #{self.product_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        p = get_product(s, self.product_id)
        bought = s.execute(select(func.count()).where(Purchase.product_id == p.id)).scalar_one()
        if bought:
            raise ValidationError(
                f"产品「{p.name}」已有 {bought} 笔购买记录，不能删除：不再销售请改为「下架」。"
            )
        rows = snapshot(s, Product, Product.id == p.id)
        s.execute(delete(Product).where(Product.id == p.id))
        uow.audit("product", self.product_id, self.kind, rows[0], None)
        uow.touch(areas={AREA})
        uow.undo_with(RestoreProduct(rows))


@dataclass(frozen=True)
class RestoreProduct(Operation):
    """Bring back deleted products exactly as they were (same ids)."""

    kind = "products.restore"
    rows: tuple[dict[str, Any], ...]

    def label(self) -> str:
        return "恢复删除的产品"

    def apply(self, uow: UnitOfWork) -> None:
        reinsert(uow.s, Product, self.rows)
        for row in self.rows:
            uow.audit("product", row["id"], self.kind, None, row)
        uow.touch(areas={AREA})
        ids = [r["id"] for r in self.rows]
        uow.undo_with(DeleteProduct(ids[0]) if len(ids) == 1 else None)
