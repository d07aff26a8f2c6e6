"""The demo community's products and a year of purchases (repurchases, unsuitable ones refunded)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.commerce.domain import join_actives
from db.models import Member
from db.models_commerce import Product, Purchase

# name, aliases, category, actives, price, suitable, unsuitable, popularity
PRODUCTS: tuple[
    tuple[str, tuple[str, ...], str, tuple[str, ...], float, tuple[str, ...], tuple[str, ...], int],
    ...,
] = (
    ("修护精华液", ("精华", "小棕瓶"), "精华", ("二裂酵母",), 299.0, (), (), 30),
    (
        "补水面膜（10片）",
        ("面膜", "补水面膜"),
        "面膜",
        ("玻尿酸",),
        129.0,
        ("干性", "敏感性"),
        (),
        34,
    ),
    (
        "果酸焕肤水",
        ("焕肤水", "酸水"),
        "酸类焕肤",
        ("果酸",),
        168.0,
        ("油性",),
        ("敏感性", "干性"),
        16,
    ),
    (
        "水杨酸净痘精华",
        ("水杨酸", "净痘精华"),
        "酸类焕肤",
        ("水杨酸",),
        219.0,
        ("油性", "混合性"),
        ("敏感性",),
        12,
    ),
    (
        "视黄醇晚霜",
        ("A醇晚霜", "晚霜"),
        "面霜",
        ("视黄醇",),
        259.0,
        ("中性", "油性"),
        ("敏感性",),
        9,
    ),
    ("氨基酸洁面乳", ("洁面", "洗面奶"), "清洁", ("氨基酸",), 89.0, (), (), 28),
    ("清透防晒乳 SPF50", ("防晒", "小金瓶"), "防晒", (), 159.0, (), (), 24),
    (
        "舒缓修护霜",
        ("修护霜", "面霜"),
        "面霜",
        ("神经酰胺",),
        199.0,
        ("敏感性", "干性"),
        ("油性",),
        14,
    ),
    ("旅行装小样套装", ("小样",), "套装", (), 59.0, (), (), 6),
)
RETIRED = "旅行装小样套装"
SOURCES = (("sheet", 50), ("manual", 30), ("paste", 20))
REFUND_REASONS = ("用了脸发红刺痛，不适合敏感肌", "过敏起疹子，退款", "肤质不合适，整瓶退回")


def fill_commerce(s: Session, today: dt.date, seed: int) -> None:
    """Products (two acids, one retired) and a year of purchases; a few unsuitable ones refunded."""
    rng = random.Random(seed * 41 + 5)
    ids: list[int] = []
    for name, aliases, category, actives, price, suitable, unsuitable, _ in PRODUCTS:
        p = Product(
            name=name,
            aliases=list(aliases),
            category=category,
            actives=join_actives(actives),
            price=price,
            suitable=list(suitable),
            unsuitable=list(unsuitable),
            active=name != RETIRED,
            note="",
            created_at=dt.datetime.combine(today - dt.timedelta(days=400), dt.time(10, 0)),
        )
        s.add(p)
        s.flush()
        ids.append(p.id)
    members = s.execute(
        select(Member.id, Member.skin_type, Member.joined, Member.status).where(
            Member.deleted_at.is_(None)
        )
    ).all()
    weights = [spec[7] for spec in PRODUCTS]
    start = today - dt.timedelta(days=365)
    rows: list[dict[str, object]] = []
    unsuitable_rows: list[int] = []
    for member_id, skin, joined, status in members:
        if status in ("zombie", "blocked") or rng.random() < 0.35:
            continue  # about a third never buy
        first = max(start, joined or start)
        if first >= today:
            continue
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4, 6))):
            k = rng.choices(range(len(PRODUCTS)), weights)[0]
            spec = PRODUCTS[k]
            if skin in spec[6] and rng.random() < 0.7:
                continue  # most see the warning in the group and buy something else
            day = first + dt.timedelta(days=rng.randint(0, (today - first).days))
            source = rng.choices([x for x, _ in SOURCES], [w for _, w in SOURCES])[0]
            if skin in spec[6]:
                unsuitable_rows.append(len(rows))
            rows.append(
                {
                    "member_id": member_id,
                    "product_id": ids[k],
                    "quantity": rng.choice((1, 1, 1, 2, 2, 3)),
                    "unit_price": spec[4] if rng.random() < 0.8 else round(spec[4] * 0.85, 0),
                    "bought_on": day,
                    "source": source,
                    "refunded_on": None,
                    "refund_reason": "",
                    "note": "",
                    "created_at": dt.datetime.combine(day, dt.time(20, rng.randint(0, 59))),
                }
            )
    # Some unsuitable purchases were refunded when the operator noticed; the rest still wait.
    for i in unsuitable_rows[: max(1, len(unsuitable_rows) // 2)]:
        row = rows[i]
        bought = row["bought_on"]
        if not isinstance(bought, dt.date):
            continue
        row["refunded_on"] = min(today, bought + dt.timedelta(days=rng.randint(2, 7)))
        row["refund_reason"] = rng.choice(REFUND_REASONS)
    rows.sort(key=lambda r: (str(r["bought_on"]), str(r["created_at"])))
    if rows:
        s.execute(insert(Purchase), rows)
