"""Plain values of products and purchases, and the one rule saying when a product does not suit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.members.domain import UNNAMED, naming
from app.text import clean

SOURCES = ("manual", "paste", "sheet")
"""Where a purchase came from; an import batch is "import:<batch id>"."""


def join_actives(actives: Iterable[str]) -> str:
    """Actives as stored: "|果酸|水杨酸|" (a LIKE on "|果酸|" finds exactly one active)."""
    items = [clean(a) for a in actives if clean(a)]
    return f"|{'|'.join(items)}|" if items else ""


def split_actives(stored: str | None) -> tuple[str, ...]:
    return tuple(a for a in (stored or "").split("|") if a)


def unsuitable_warning(
    skin_type: str | None,
    unsuitable: Sequence[str],
    actives: Sequence[str],
    category: str,
    name: str,
) -> str:
    """The warning shown when a product does not suit her skin type ("" when it does).

    Named after what makes it unsuitable: the actives ("敏感性肌肤，果酸类慎用"), else the
    category, else the product itself.
    """
    if not skin_type or skin_type not in unsuitable:
        return ""
    if actives:
        what = "、".join(actives) + "类"
    elif category:
        what = category + "类"
    else:
        what = f"「{name}」"
    return f"{skin_type}肌肤，{what}慎用"


@dataclass(frozen=True, slots=True)
class ProductSpec:
    """What the user edits of a product."""

    name: str
    price: float = 0.0
    category: str = ""
    aliases: tuple[str, ...] = ()
    actives: tuple[str, ...] = ()
    suitable: tuple[str, ...] = ()
    unsuitable: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProductRow:
    id: int
    name: str
    aliases: tuple[str, ...]
    category: str
    actives: tuple[str, ...]
    price: float
    suitable: tuple[str, ...]
    unsuitable: tuple[str, ...]
    active: bool
    note: str
    purchases: int = 0  # not refunded
    buyers: int = 0

    def spec(self) -> ProductSpec:
        return ProductSpec(
            self.name,
            self.price,
            self.category,
            self.aliases,
            self.actives,
            self.suitable,
            self.unsuitable,
            self.note,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": list(self.aliases),
            "category": self.category,
            "actives": list(self.actives),
            "price": self.price,
            "suitable": list(self.suitable),
            "unsuitable": list(self.unsuitable),
            "active": self.active,
            "note": self.note,
            "purchases": self.purchases,
            "buyers": self.buyers,
        }


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    """One purchase to record. `unit_price` None: the product's price; `bought_on` None: today."""

    member_id: int
    product_id: int
    quantity: int = 1
    unit_price: float | None = None
    bought_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Unsuitable:
    """A recorded purchase whose product does not suit the buyer's skin type."""

    purchase_id: int
    member_id: int
    name: str  # the buyer's nickname, else her name; "" when she has neither
    product: str
    warning: str  # "敏感性肌肤，果酸类慎用"

    @property
    def member(self) -> str:
        """As core sentences name her: 「小美」（#12）."""
        return naming(self.name, self.member_id)

    def sentence(self) -> str:
        return f"{self.member}买了「{self.product}」：{self.warning}。"


@dataclass(frozen=True, slots=True)
class Recorded:
    """What recording purchases gave: the new ids and the warnings to show."""

    ids: tuple[int, ...]
    warnings: tuple[Unsuitable, ...] = ()


@dataclass(frozen=True, slots=True)
class PurchaseFilter:
    member_id: int | None = None
    product_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    refunded: bool | None = None  # None: both
    unsuitable_only: bool = False
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class PurchaseRow:
    id: int
    member_id: int
    member: str  # her nickname, else her name; "" when she has neither
    skin_type: str | None
    product_id: int
    product: str
    quantity: int
    unit_price: float
    bought_on: dt.date
    source: str
    refunded_on: dt.date | None
    refund_reason: str
    note: str
    warning: str  # "" when the product suits her

    @property
    def amount(self) -> float:
        return round(self.quantity * self.unit_price, 2)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "member_id": self.member_id,
            "member": self.member or UNNAMED,
            "skin_type": self.skin_type,
            "product_id": self.product_id,
            "product": self.product,
            "quantity": self.quantity,
            "unit_price": self.unit_price,
            "amount": self.amount,
            "date": self.bought_on.isoformat(),
            "source": self.source,
            "refunded_on": self.refunded_on.isoformat() if self.refunded_on else None,
            "refund_reason": self.refund_reason,
            "unsuitable": self.warning or None,
        }


@dataclass(frozen=True, slots=True)
class RateRow:
    """Purchase rate (buyers / members) and repurchase rate (bought twice / buyers) of a group."""

    key: str  # the product, the skin type or the period ("2026-03")
    members: int
    buyers: int
    repeat_buyers: int

    @property
    def purchase_rate(self) -> float:
        return self.buyers / self.members if self.members else 0.0

    @property
    def repurchase_rate(self) -> float:
        return self.repeat_buyers / self.buyers if self.buyers else 0.0
