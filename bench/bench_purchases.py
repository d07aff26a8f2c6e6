"""The Members page's purchase filters on 100,000 members and 1,000,000 purchases (issue 9).

Each filter runs through `MemberQuery.ids` (what the Members page asks for) and, in the same
run, as the same question written by hand in raw SQL on a plain sqlite3 connection; the target
is ≤ 1.5× that baseline. The two answers are checked to be the same members first.

    cd bench && ../.venv/bin/python bench_purchases.py [--members N] [--purchases N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3

from _common import line, timed
from _report_data import build

LIVE = "deleted_at IS NULL"
NOT_REFUNDED = "refunded_on IS NULL"
ACID = "SELECT id FROM products WHERE category IN ('果酸') OR actives LIKE '%|果酸|%' ESCAPE '\\'"
MASK = "SELECT id FROM products WHERE category IN ('面膜') OR actives LIKE '%|面膜|%' ESCAPE '\\'"


def cases(today: dt.date) -> list[tuple[str, dict[str, object], str]]:
    """(label, MemberFilter arguments, the same question in raw SQL)."""
    year_ago = (today - dt.timedelta(days=365)).isoformat()
    buyers = f"SELECT member_id FROM purchases WHERE {NOT_REFUNDED}"
    return [
        (
            "bought an acid product (果酸, by active)",
            {"bought_categories": ("果酸",)},
            f"SELECT id FROM members WHERE {LIVE} AND id IN ({buyers} AND product_id IN ({ACID}))"
            " ORDER BY id",
        ),
        (
            "敏感性 and bought an acid product",
            {"skin_types": ("敏感性",), "bought_categories": ("果酸",)},
            f"SELECT id FROM members WHERE {LIVE} AND skin_type IN ('敏感性') AND id IN "
            f"({buyers} AND product_id IN ({ACID})) ORDER BY id",
        ),
        (
            "bought a 面膜 in the last 365 days",
            {"bought_categories": ("面膜",), "bought_from": today - dt.timedelta(days=365)},
            f"SELECT id FROM members WHERE {LIVE} AND id IN ({buyers} AND product_id IN ({MASK})"
            f" AND bought_on >= '{year_ago}') ORDER BY id",
        ),
        (
            "bought at least 15 times",
            {"bought_min": 15},
            f"SELECT id FROM members WHERE {LIVE} AND id IN ({buyers} GROUP BY member_id "
            "HAVING count(*) >= 15) ORDER BY id",
        ),
        (
            "never bought",
            {"never_bought": True},
            f"SELECT id FROM members WHERE {LIVE} AND id NOT IN ({buyers}) ORDER BY id",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=1_000_000)
    args = parser.parse_args()
    today = dt.date.today()
    db = build(args.members, args.purchases, 0, today)

    from app.bootstrap import open_context
    from app.members.domain import MemberFilter

    ctx = open_context(str(db))
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA query_only = ON")
    purchases = conn.execute("SELECT count(*) FROM purchases").fetchone()[0]
    members = conn.execute(f"SELECT count(*) FROM members WHERE {LIVE}").fetchone()[0]
    print(
        f"\nPurchase filters, {members:,} members, {purchases:,} purchases "
        f"(load {os.getloadavg()[0]:.1f})"
    )
    missed = 0
    for label, kwargs, sql in cases(today):
        f = MemberFilter(**kwargs)  # type: ignore[arg-type]
        ours_ids = ctx.query.ids(f)
        raw_ids = [r[0] for r in conn.execute(sql)]
        if ours_ids != raw_ids:
            raise SystemExit(f"{label}: {len(ours_ids)} members against {len(raw_ids)} by hand")
        raw: list[float] = []
        ours: list[float] = []
        for _ in range(7):  # alternate, so that load moves both sides alike
            raw += timed(lambda sql=sql: conn.execute(sql).fetchall(), 1)
            ours += timed(lambda f=f: ctx.query.ids(f), 1)
        print(f"  {label} — {len(ours_ids):,} members")
        line("baseline: raw SQL", raw)
        if not line("MemberQuery.ids", ours, baseline=raw, ratio=1.5):
            missed += 1
    ctx.close()
    conn.close()
    print(f"\n  {'all OK' if not missed else f'{missed} MISSED'}")


if __name__ == "__main__":
    main()
