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
        self.live = self.f[~self.f["deleted"]]
        self.counted = self.live[self.live["refunded_on"].isna()]

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
        skin = f["skin_type"].fillna("").astype(str)
        pairs = f.assign(skin=skin).drop_duplicates(["skin", "product_id"])
        text = {
            (r.skin, r.product_id): unsuitable_warning(
                r.skin or None,
                _list(r.unsuitable),
                split_actives(r.actives),
                _text(r.category),
                _text(r.product),
            )
            for r in pairs.itertuples()
        }
        return [text[k] for k in zip(skin, f["product_id"], strict=True)]

    def _bought(self, period: Period, frame: pd.DataFrame | None = None) -> pd.DataFrame:
        f = self.counted if frame is None else frame
        return f[f["bought_on"].between(pd.Timestamp(period.start), pd.Timestamp(period.end))]

    def _refunded(self, period: Period) -> pd.DataFrame:
        f = self.f
        return f[f["refunded_on"].between(pd.Timestamp(period.start), pd.Timestamp(period.end))]

    def overall(self, period: Period) -> RateRow:
        """`PurchaseService.overall` of the period, counted on the purchases read here (the
        same ones: bought in the period, not refunded, buyer not in the trash) over the
        products area's members."""
        bought = self._bought(period)
        n = bought.groupby("member_id").size()
        return RateRow("全部", self._rates.members_by(period.end), len(n), int((n >= 2).sum()))

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
        cur, old = self._bought(self.p), self._bought(self.prev)
        live = self.live
        bad, old_bad = self._unsuitable(self.p, live), self._unsuitable(self.prev, live)
        ref, old_ref = self._refunded(self.p), self._refunded(self.prev)

        def ids(f: pd.DataFrame) -> tuple[int, ...]:
            return tuple(sorted({int(i) for i in f["member_id"]}))

        counts: dict[str, tuple[float | None, float | None, tuple[int, ...]]] = {
            "purchase_rate": (now.purchase_rate, before.purchase_rate, ids(cur)),
            "repurchase_rate": (
                now.repurchase_rate if now.buyers else None,
                (before.repurchase_rate if before.buyers else None),
                self._repeat_ids(cur),
            ),
            "revenue": (_money(cur), _money(old), ids(cur)),
            "buyers": (now.buyers, before.buyers, ids(cur)),
            "orders": (len(cur), len(old), ids(cur)),
            "unsuitable_purchases": (len(bad), len(old_bad), ids(bad)),
            "refunds": (len(ref), len(old_ref), ids(ref)),
            "refund_amount": (_money(ref), _money(old_ref), ids(ref)),
        }
        return [
            Kpi(k, label, counts[k][0], counts[k][1], unit, counts[k][2], good)
            for k, label, unit, good in keys
        ]

    @staticmethod
    def _repeat_ids(cur: pd.DataFrame) -> tuple[int, ...]:
        n = cur.groupby("member_id").size()
        return tuple(sorted(int(i) for i in n[n >= 2].index))

    def _unsuitable(self, period: Period, frame: pd.DataFrame) -> pd.DataFrame:
        f = self._bought(period, frame)
        return f[f["warning"] != ""]

    def products(self) -> tuple[ProductLine, ...]:
        """Products sold in the period, by amount; buyers and repeat buyers as the products
        area counts them."""
        cur = self._bought(self.p)
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
        cur = self._bought(self.p)
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
        return self._lines(self._unsuitable(self.p, self.live))

    def refunds(self) -> tuple[PurchaseLine, ...]:
        return self._lines(self._refunded(self.p))


def _money(f: pd.DataFrame) -> float:
    return round(float(f["amount"].sum()), 2)
