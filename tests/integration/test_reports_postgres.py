"""The report's figures on PostgreSQL equal those on SQLite (when SHEQUN_TEST_PG is given)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.reports.figures import compute
from app.reports.summary import as_json
from tests.unit import report_fixture as fx

pytestmark = pytest.mark.postgres


def _figures(ctx: Any) -> dict[str, Any]:
    fx.build(ctx.session_factory)
    fx.build_purchases(ctx.session_factory)
    with ctx.session_factory() as s:
        data = compute(s, fx.PERIOD, fx.NOW)
    out = as_json(data)
    out["trend"] = [(a.day, a.active, a.silent, a.zombie) for a in data.activity_trend]
    out["ids"] = {k.key: k.member_ids for k in data.kpis}
    out["unsuitable"] = [(x.id, x.warning) for x in data.unsuitable]
    return out


def test_same_figures_on_postgres(pg_ctx: Any, ctx: Any, tmp_path: Path) -> None:
    on_pg, on_sqlite = _figures(pg_ctx), _figures(ctx)
    assert on_pg.pop("ids") == on_sqlite.pop("ids")
    for key, value in on_sqlite.items():
        assert on_pg[key] == (pytest.approx(value) if isinstance(value, float) else value), key
    path = tmp_path / "pg.xlsx"
    pg_ctx.reports.write(path, fx.PERIOD, now=fx.NOW)
    assert openpyxl.load_workbook(path)["购买排行"]["A2"].value == 1


def _reads(ctx: Any, seed: int) -> dict[str, Any]:
    import datetime as dt

    from app.reports import frames
    from app.reports.figures import MemberFigures
    from app.reports.periods import Period
    from app.reports.purchase_figures import PurchaseFigures
    from tests.unit.test_report_reads import END, _build

    _build(ctx.session_factory, seed)
    days = [END - dt.timedelta(days=k) for k in (0, 7, 40)]
    with ctx.session_factory() as s:
        m = frames.members(s)
        first = END - dt.timedelta(days=120)
        days_read, who = frames.activity_days(s, first, END)
        active = sorted(zip(days_read.tolist(), who.tolist(), strict=True))
        mf = MemberFigures(s, days)
        pf = PurchaseFigures(s, Period(END - dt.timedelta(days=6), END), Period(first, END), m)
        return {
            "members": m.to_dict("list"),
            "activity": active,
            "split": [mf.activity(d) for d in days],
            "purchases": pf.kpis(),
        }


def test_same_reads_of_a_random_community_on_postgres(pg_ctx: Any, ctx: Any) -> None:
    """Members, activity, the active / silent / zombie split and the purchase KPIs of a random
    community (tests/unit/test_report_reads.py) read the same on PostgreSQL as on SQLite."""
    on_pg, on_sqlite = _reads(pg_ctx, 11), _reads(ctx, 11)
    assert on_pg == on_sqlite
    assert on_sqlite["members"]["id"] and on_sqlite["activity"]
