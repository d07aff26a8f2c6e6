"""The demo community made early in the morning holds nothing that happens later that day."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import DateTime, bindparam, text


@pytest.mark.parametrize("hour", [0, 6])
def test_a_demo_made_before_nine_has_no_time_still_to_come(
    ctx: Any, monkeypatch: pytest.MonkeyPatch, hour: int
) -> None:
    from app import dates
    from app.demo import fill

    today = dt.date.today()
    early = dt.datetime.combine(today, dt.time(hour, 30))
    monkeypatch.setattr(dates, "current_minute", lambda: early)
    fill(ctx.session_factory, members=120, seed=3, today=today)
    columns = {
        "members": ("created_at",),
        "complaints": ("received_at", "first_response_at", "resolved_at"),
        "checkins": ("at",),
        "warnings": ("at",),
        "points_ledger": ("at",),
        "timeline": ("at",),
    }
    later = {}
    with ctx.session_factory() as s:
        for table, names in columns.items():
            for name in names:
                query = text(f"SELECT count(*) FROM {table} WHERE {name} > :early")
                query = query.bindparams(bindparam("early", early, type_=DateTime))
                n = s.execute(query).scalar_one()
                if n:
                    later[f"{table}.{name}"] = n
    assert not later, f"made at {early:%H:%M}, these rows are later: {later}"
