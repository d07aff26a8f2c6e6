"""Read side of purchases: the ledger with unsuitable flags, and purchase/repurchase rates.

Rates count purchases that were not refunded. Purchase rate: buyers / members of the group
(live members who had joined by the period's end). Repurchase rate: members who bought at
least twice in the period / buyers — per product, twice that product.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import (
    PurchaseFilter,
    PurchaseRow,
    RateRow,
    split_actives,
    unsuitable_warning,
)
from db.models import Member, plain_name_sql
from db.models_commerce import Product, Purchase

if TYPE_CHECKING:
    from app.commerce.order_sheet import OrderPlan

UNSET_SKIN = "（未填）"


def _twice(n: Any) -> ColumnElement[int]:
    """1 for a member who bought at least twice (portable: no boolean-to-integer cast)."""
    return case((n >= 2, 1), else_=0)


class PurchaseService:
    """Purchases for the window and the CLI (plain rows, never ORM objects)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def purchases(self, f: PurchaseFilter | None = None) -> list[PurchaseRow]:
        """Purchases, newest first, each with her skin-type warning ("" when it suits)."""
        f = f or PurchaseFilter()
        stmt = (
            select(
                Purchase.id,
                Purchase.member_id,
                plain_name_sql(),
                Member.skin_type,
                Purchase.product_id,
                Product.name,
                Purchase.quantity,
                Purchase.unit_price,
                Purchase.bought_on,
                Purchase.source,
                Purchase.refunded_on,
                Purchase.refund_reason,
                Purchase.note,
                Product.unsuitable,
                Product.actives,
                Product.category,
            )
            .join(Member, Member.id == Purchase.member_id)
            .join(Product, Product.id == Purchase.product_id)
            .order_by(Purchase.bought_on.desc(), Purchase.id.desc())
        )
        if f.member_id is not None:
            stmt = stmt.where(Purchase.member_id == f.member_id)
        if f.product_id is not None:
            stmt = stmt.where(Purchase.product_id == f.product_id)
        if f.since is not None:
            stmt = stmt.where(Purchase.bought_on >= f.since)
        if f.until is not None:
            stmt = stmt.where(Purchase.bought_on <= f.until)
        if f.refunded is True:
            stmt = stmt.where(Purchase.refunded_on.is_not(None))
        elif f.refunded is False:
            stmt = stmt.where(Purchase.refunded_on.is_(None))
        out: list[PurchaseRow] = []
        with self._sf() as s:
            for r in s.execute(stmt):
                warning = unsuitable_warning(r[3], r[13] or (), split_actives(r[14]), r[15], r[5])
                if f.unsuitable_only and not warning:
                    continue
                out.append(
                    PurchaseRow(
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        r[4],
                        r[5],
                        r[6],
                        float(r[7]),
                        r[8],
                        r[9],
                        r[10],
                        r[11],
                        r[12],
                        warning,
                    )
                )
                if f.limit is not None and len(out) >= f.limit:
                    break
        return out

    def member_purchases(self, member_id: int) -> list[PurchaseRow]:
        return self.purchases(PurchaseFilter(member_id=member_id))

    def preview_sheet(self, path: Path) -> OrderPlan:
        """A group-buy order sheet read and matched to members and products (nothing written)."""
        from app.commerce.order_sheet import plan_orders

        return plan_orders(self._sf, path)

    # --- rates --------------------------------------------------------------------------------
    def rates_by_product(self, since: dt.date, until: dt.date) -> list[RateRow]:
        """Per product: who bought it among all members, and who bought it again."""
        members = self._members(until)
        counts = (
            self._period(since, until)
            .add_columns(Purchase.product_id, Purchase.member_id, func.count().label("n"))
            .group_by(Purchase.product_id, Purchase.member_id)
            .subquery()
        )
        stmt = (
            select(
                Product.name,
                func.count(counts.c.member_id),
                func.coalesce(func.sum((counts.c.n >= 2).cast(Product.id.type)), 0),
            )
            .join(counts, counts.c.product_id == Product.id)
            .group_by(Product.id, Product.name)
            .order_by(Product.name)
        )
        with self._sf() as s:
            return [RateRow(name, members, int(b), int(r)) for name, b, r in s.execute(stmt)]

    def rates_by_skin_type(self, since: dt.date, until: dt.date) -> list[RateRow]:
        """Per skin type: buyers among the members of that skin type, and who bought again."""
        per = (
            self._period(since, until)
            .add_columns(Purchase.member_id, func.count().label("n"))
            .group_by(Purchase.member_id)
            .subquery()
        )
        skin = func.coalesce(Member.skin_type, "")
        stmt = (
            select(
                skin,
                func.count(),
                func.count(per.c.member_id),
                func.coalesce(func.sum((per.c.n >= 2).cast(Member.id.type)), 0),
            )
            .select_from(Member)
            .outerjoin(per, per.c.member_id == Member.id)
            .where(*self._live(until))
            .group_by(skin)
            .order_by(skin)
        )
        with self._sf() as s:
            return [
                RateRow(k or UNSET_SKIN, int(n), int(b), int(r)) for k, n, b, r in s.execute(stmt)
            ]

    def rates_by_month(self, since: dt.date, until: dt.date) -> list[RateRow]:
        """Per calendar month of the period: buyers among members by then, who bought again."""
        stmt = self._period(since, until).add_columns(Purchase.member_id, Purchase.bought_on)
        bought: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        with self._sf() as s:
            for member_id, day in s.execute(stmt):
                bought[f"{day:%Y-%m}"][member_id] += 1
            joined = sorted(
                j or dt.date.min
                for j in s.execute(select(Member.joined).where(*self._live(until))).scalars()
            )
        out: list[RateRow] = []
        month = since.replace(day=1)
        while month <= until:
            nxt = (month + dt.timedelta(days=32)).replace(day=1)
            key = f"{month:%Y-%m}"
            end = min(until, nxt - dt.timedelta(days=1))
            members = sum(1 for j in joined if j <= end)
            counts = bought.get(key, {})
            repeat = sum(1 for n in counts.values() if n >= 2)
            out.append(RateRow(key, members, len(counts), repeat))
            month = nxt
        return out

    def members_by(self, until: dt.date) -> int:
        """The members a rate of a period ending `until` is taken over (its denominator)."""
        return self._members(until)

    def overall(self, since: dt.date, until: dt.date) -> RateRow:
        """The whole community over the period."""
        per = (
            self._period(since, until)
            .add_columns(Purchase.member_id, func.count().label("n"))
            .group_by(Purchase.member_id)
            .subquery()
        )
        with self._sf() as s:
            b, r = s.execute(
                select(
                    func.count(), func.coalesce(func.sum((per.c.n >= 2).cast(Member.id.type)), 0)
                )
            ).one()
        return RateRow("全部", self._members(until), int(b), int(r))

    # --- parts --------------------------------------------------------------------------------
    @staticmethod
    def _period(since: dt.date, until: dt.date) -> Select[Any]:
        return (
            select()
            .select_from(Purchase)
            .join(Member, Member.id == Purchase.member_id)
            .where(
                and_(
                    Purchase.bought_on >= since,
                    Purchase.bought_on <= until,
                    Purchase.refunded_on.is_(None),
                    Member.deleted_at.is_(None),
                )
            )
        )

    @staticmethod
    def _live(until: dt.date) -> list[Any]:
        return [
            Member.deleted_at.is_(None),
            (Member.joined.is_(None)) | (Member.joined <= until),
        ]

    def _members(self, until: dt.date) -> int:
        # Two counts, each a range of the live-members-by-joining-day index; as one `IS NULL
        # OR <=` condition SQLite reads every member row instead (30 ms at 100,000 members).
        live = Member.deleted_at.is_(None)
        unknown = select(func.count()).select_from(Member).where(live, Member.joined.is_(None))
        joined = select(func.count()).select_from(Member).where(live, Member.joined <= until)
        with self._sf() as s:
            return int(
                s.execute(select(unknown.scalar_subquery() + joined.scalar_subquery())).scalar_one()
            )
