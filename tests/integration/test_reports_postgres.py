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
