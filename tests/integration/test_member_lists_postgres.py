"""The weekly-list filters and the member record on PostgreSQL (when SHEQUN_TEST_PG is given)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import and_, select

from app.members.domain import MemberFilter
from app.members.member_ops import EditMember
from app.members.query import M, conditions

pytestmark = pytest.mark.postgres


def test_list_filters_and_record_on_postgres(pg_ctx: Any) -> None:
    from app.demo import fill

    fill(pg_ctx.session_factory, members=120, seed=5)
    today = dt.date(2026, 12, 20)
    new = list(pg_ctx.query.ids(MemberFilter())[:4])
    for member_id, birthday, lunar in zip(
        new,
        ("1990-01-03", "2000-02-29", "1990-01-27"),
        (False, False, True),
        strict=False,
    ):
        pg_ctx.run(EditMember(member_id, {"birthday": birthday, "birthday_lunar": lunar}))

    def ids(f: MemberFilter, on: dt.date = today) -> set[int]:
        with pg_ctx.session_factory() as s:
            return set(s.execute(select(M.c.id).where(and_(*conditions(f, on)))).scalars())

    assert new[0] in ids(MemberFilter(birthday_days=14))
    assert new[1] in ids(MemberFilter(birthday_days=0), dt.date(2027, 2, 28))
    from app.members.lunar_dates import lunar_birthday

    info = lunar_birthday(dt.date(1990, 1, 27), today)
    assert info is not None
    window = (info.next_date - today).days
    assert new[2] in ids(MemberFilter(birthday_days=window))
    assert new[2] not in ids(MemberFilter(birthday_days=window - 1))
    for f in (
        MemberFilter(silent_days=60),
        MemberFilter(contact_days=30, level_min=2),
        MemberFilter(warned=True, deposit_held=True),
        MemberFilter(joined_from=dt.date(2025, 1, 1), joined_to=dt.date(2025, 12, 31)),
    ):
        assert set(pg_ctx.query.ids(f)) == ids(f, dt.date.today())
    titled = new[3]
    pg_ctx.run(EditMember(titled, {"role": "喝水委员"}))
    assert titled in pg_ctx.query.ids(MemberFilter(search="hsw"))
    member = next(iter(pg_ctx.query.ids(MemberFilter(warned=True))))
    record = pg_ctx.member_record.record(member)
    assert record.warnings and record.member_id == member
