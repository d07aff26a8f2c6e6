"""Figures of purchases: purchase and repurchase rates, revenue, products, buyers, refunds.

The rates are those of the products area (`PurchaseService.overall` and `rates_by_product`,
`RateRow.purchase_rate` / `repurchase_rate`): purchases that were not refunded, buyers among
the members who had joined by the period's end, a repurchase is a second purchase in the same
period. Revenue counts the same purchases (bought in the period, not refunded); refunds are
counted on the day they were refunded."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session, sessionmaker

from app.commerce.domain import RateRow, split_actives, unsuitable_warning
from app.commerce.purchases import PurchaseService
from app.reports import frames
from app.reports.domain import (
    MONEY,
    RATE,
    BuyerLine,
    Kpi,
    ProductLine,
    PurchaseLine,
)
from app.reports.periods import Period

TOP_BUYERS = 50


def _text(v: Any) -> str:
    return "" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v)


def _list(v: Any) -> list[str]:
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            return []
    return [str(x) for x in v] if isinstance(v, list) else []


def _day(v: Any) -> dt.date | None:
    return None if pd.isna(v) else v.date()


class PurchaseFigures:
    """Purchases of a period and of the one before, read once."""

    def __init__(self, s: Session, p: Period, prev: Period, members: pd.DataFrame) -> None:
        """`members`: the report's frame of `frames.members`."""
        self.s, self.p, self.prev = s, p, prev
        self.any = frames.any_purchase(s)
        # The products area's own rate queries, on this report's connection and transaction.
        self._rates = PurchaseService(sessionmaker(bind=s.connection()))
        self.f = frames.purchases(s, min(p.start, prev.start), max(p.end, prev.end), members)
        self.f["warning"] = self._warnings(self.f)
        # The KPIs count on plain arrays: a frame's rows picked out a dozen times cost more.
        f = self.f
        self._buyer = f["member_id"].to_numpy(dtype=np.int64)
        self._amount = f["amount"].to_numpy(dtype=float)
        self._on = f["bought_on"].to_numpy(dtype="datetime64[ns]")
        self._back_on = f["refunded_on"].to_numpy(dtype="datetime64[ns]")
        self._live: np.ndarray = ~f["deleted"].to_numpy(dtype=bool)
        self._kept: np.ndarray = self._live & np.isnat(self._back_on)
        self._bad: np.ndarray = f["warning"].to_numpy(dtype=object) != ""

    def _names(self, ids: Any) -> dict[int, tuple[str, str]]:
        """(name shown, phone) of the members `ids`: nickname, else name."""
        found = frames.contacts(self.s, sorted({int(i) for i in ids}))
        return {
            int(r.id): (_text(r.nickname) or _text(r.name), _text(r.phone))
            for r in found.itertuples()
        }

    @staticmethod
    def _warnings(f: pd.DataFrame) -> list[str]:
        """The products area's warning for each purchase, worked out once per skin type and
        product (a few dozen pairs, however many purchases)."""
        if f.empty:
            return []
        keyed = f.assign(skin=f["skin_type"].fillna("").astype(str))
        pairs = keyed.drop_duplicates(["skin", "product_id"])[
            ["skin", "product_id", "unsuitable", "actives", "category", "product"]
        ]
        pairs["warning"] = [
            unsuitable_warning(
                r.skin or None,
                _list(r.unsuitable),
                split_actives(r.actives),
                _text(r.category),
                _text(r.product),
            )
            for r in pairs.itertuples()
        ]
        each = keyed[["skin", "product_id"]].merge(
            pairs[["skin", "product_id", "warning"]], on=["skin", "product_id"], how="left"
        )
        out: list[str] = each["warning"].tolist()
        return out

    @staticmethod
    def _within(days: np.ndarray, period: Period) -> np.ndarray:
        lo, hi = np.datetime64(period.start, "ns"), np.datetime64(period.end, "ns")
        return (days >= lo) & (days <= hi)

    def _bought_mask(self, period: Period) -> np.ndarray:
        """The purchases `overall` counts: bought in `period`, kept, buyer not in the trash."""
        return self._kept & self._within(self._on, period)  # type: ignore[no-any-return]

    def _unsuitable_mask(self, period: Period) -> np.ndarray:
        """Bought in `period` unsuitable for the buyer, refunded or not, buyer not in the trash
        (a refund is often how it ended)."""
        return self._live & self._bad & self._within(self._on, period)  # type: ignore[no-any-return]

    def _refunded_mask(self, period: Period) -> np.ndarray:
        return self._within(self._back_on, period)

    def _per_buyer(self, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The buyers of the purchases `mask`, and how many purchases each made."""
        return np.unique(self._buyer[mask], return_counts=True)

    def overall(self, period: Period) -> RateRow:
        """`PurchaseService.overall` of the period, counted on the purchases read here (the
        same ones: bought in the period, not refunded, buyer not in the trash) over the
        products area's members."""
        buyers, n = self._per_buyer(self._bought_mask(period))
        return RateRow("全部", self._rates.members_by(period.end), len(buyers), int((n >= 2).sum()))

    def kpis(self) -> list[Kpi]:
        """Purchase KPIs; every value unknown (—) while no purchase was ever recorded."""
        keys = (
            ("purchase_rate", "购买率", RATE, True),
            ("repurchase_rate", "复购率", RATE, True),
            ("revenue", "销售额", MONEY, True),
            ("buyers", "购买人数", "count", True),
            ("orders", "购买笔数", "count", True),
            ("unsuitable_purchases", "不适合肤质的购买", "count", False),
            ("refunds", "退款笔数", "count", False),
            ("refund_amount", "退款金额", MONEY, False),
        )
        if not self.any:
            return [Kpi(k, label, None, None, unit, (), good) for k, label, unit, good in keys]
        now, before = self.overall(self.p), self.overall(self.prev)
        cur, old = self._bought_mask(self.p), self._bought_mask(self.prev)
        buyers, n = self._per_buyer(cur)
        bad, old_bad = self._unsuitable_mask(self.p), self._unsuitable_mask(self.prev)
        ref, old_ref = self._refunded_mask(self.p), self._refunded_mask(self.prev)

        def ids(mask: np.ndarray) -> tuple[int, ...]:
            return tuple(np.unique(self._buyer[mask]).tolist())

        def money(mask: np.ndarray) -> float:
            return round(float(self._amount[mask].sum()), 2)

        def count(mask: np.ndarray) -> int:
            return int(mask.sum())

        cur_ids = tuple(buyers.tolist())
        counts: dict[str, tuple[float | None, float | None, tuple[int, ...]]] = {
            "purchase_rate": (now.purchase_rate, before.purchase_rate, cur_ids),
            "repurchase_rate": (
                now.repurchase_rate if now.buyers else None,
                (before.repurchase_rate if before.buyers else None),
                tuple(buyers[n >= 2].tolist()),
            ),
            "revenue": (money(cur), money(old), cur_ids),
            "buyers": (now.buyers, before.buyers, cur_ids),
            "orders": (count(cur), count(old), cur_ids),
            "unsuitable_purchases": (count(bad), count(old_bad), ids(bad)),
            "refunds": (count(ref), count(old_ref), ids(ref)),
            "refund_amount": (money(ref), money(old_ref), ids(ref)),
        }
        return [
            Kpi(k, label, counts[k][0], counts[k][1], unit, counts[k][2], good)
            for k, label, unit, good in keys
        ]

    def products(self) -> tuple[ProductLine, ...]:
        """Products sold in the period, by amount; buyers and repeat buyers as the products
        area counts them."""
        cur = self.f[self._bought_mask(self.p)]
        if cur.empty:
            return ()
        rates = {r.key: r for r in self._rates.rates_by_product(self.p.start, self.p.end)}
        out = []
        for (pid, name), g in cur.groupby(["product_id", "product"], sort=False):
            rate = rates.get(str(name))
            buyers = g["member_id"].nunique()
            out.append(
                ProductLine(
                    int(pid),
                    str(name),
                    int(g["quantity"].sum()),
                    _money(g),
                    rate.buyers if rate else int(buyers),
                    rate.repeat_buyers if rate else 0,
                    tuple(sorted(int(i) for i in g["member_id"].unique())),
                )
            )
        return tuple(sorted(out, key=lambda x: (-x.amount, x.name)))

    def top_buyers(self) -> tuple[BuyerLine, ...]:
        cur = self.f[self._bought_mask(self.p)]
        if cur.empty:
            return ()
        sums = cur.groupby("member_id").agg(
            orders=("id", "size"),
            quantity=("quantity", "sum"),
            amount=("amount", "sum"),
            last=("bought_on", "max"),
            skin=("skin_type", "first"),
        )
        sums = sums.sort_values(["amount", "orders"], ascending=False).head(TOP_BUYERS)
        names = self._names(sums.index)
        return tuple(
            BuyerLine(
                int(mid),
                *names.get(int(mid), ("", "")),
                _text(r.skin),
                int(r.orders),
                int(r.quantity),
                round(float(r.amount), 2),
                r.last.date(),
            )
            for mid, r in sums.iterrows()
        )

    def _lines(self, f: pd.DataFrame) -> tuple[PurchaseLine, ...]:
        names = self._names(f["member_id"])
        return tuple(
            PurchaseLine(
                int(r.id),
                r.bought_on.date(),
                int(r.member_id),
                names.get(int(r.member_id), ("", ""))[0],
                _text(r.skin_type),
                _text(r.product),
                int(r.quantity),
                float(r.amount),
                r.warning,
                _day(r.refunded_on),
                _text(r.refund_reason),
            )
            for r in f.itertuples()
        )

    def unsuitable(self) -> tuple[PurchaseLine, ...]:
        """Purchases of the period whose product does not suit the buyer's skin type, refunded
        or not (a refund is often how it ended)."""
        return self._lines(self.f[self._unsuitable_mask(self.p)])

    def refunds(self) -> tuple[PurchaseLine, ...]:
        return self._lines(self.f[self._refunded_mask(self.p)])


def _money(f: pd.DataFrame) -> float:
    return round(float(f["amount"].sum()), 2)
