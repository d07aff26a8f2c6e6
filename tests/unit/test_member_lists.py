"""The weekly lists as member filters: silent, not contacted, birthdays, joined, level, care."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import and_, select

from app.members.domain import MemberFilter
from app.members.lunar_calendar import lunar_birth_ranges, solar_to_lunar
from app.members.lunar_dates import lunar_birthday
from app.members.query import M, conditions
from db.models_care import Deposit, MemberWarning

TODAY = dt.date(2026, 12, 20)


def _make(ctx: Any, nickname: str, **values: Any) -> int:
    member_id, _ = ctx.members.create({"nickname": nickname, "joined": "2020-01-01", **values})
    return member_id


def _ids(ctx: Any, today: dt.date = TODAY, **filter_args: Any) -> set[int]:
    stmt = select(M.c.id).where(and_(*conditions(MemberFilter(**filter_args), today)))
    with ctx.session_factory() as s:
        return set(s.execute(stmt).scalars())


def test_silent_days_counts_last_activity_or_joining(ctx: Any) -> None:
    edge = _make(ctx, "刚好60天", last_active=TODAY - dt.timedelta(days=60))
    over = _make(ctx, "61天", last_active=TODAY - dt.timedelta(days=61))
    never_old = _make(ctx, "从未活跃老成员", joined=TODAY - dt.timedelta(days=90))
    never_new = _make(ctx, "从未活跃新成员", joined=TODAY - dt.timedelta(days=10))
    recent = _make(ctx, "昨天活跃", last_active=TODAY - dt.timedelta(days=1))
    found = _ids(ctx, silent_days=60)
    assert over in found and never_old in found
    assert not found & {edge, never_new, recent}


def test_contact_days_includes_never_contacted(ctx: Any) -> None:
    never = _make(ctx, "从未联系")
    long_ago = _make(ctx, "很久", last_contacted=TODAY - dt.timedelta(days=31))
    lately = _make(ctx, "最近", last_contacted=TODAY - dt.timedelta(days=30))
    assert _ids(ctx, contact_days=30) == {never, long_ago} - {lately}


def test_solar_birthdays_across_the_year_end(ctx: Any) -> None:
    dec = _make(ctx, "12月30日", birthday="1990-12-30")
    jan = _make(ctx, "1月3日", birthday="1988-01-03")
    later = _make(ctx, "1月10日", birthday="1988-01-10")
    past = _make(ctx, "12月19日", birthday="1995-12-19")
    today = _make(ctx, "今天", birthday="2000-12-20")
    _make(ctx, "没填生日")
    assert _ids(ctx, birthday_days=14) == {dec, jan, today}
    assert later not in _ids(ctx, birthday_days=14) and past not in _ids(ctx, birthday_days=14)
    assert _ids(ctx, birthday_days=0) == {today}
    assert len(_ids(ctx, birthday_days=400)) == 5  # a year or more: everyone with a birthday


def test_leap_day_birthday_falls_on_28_february_of_a_common_year(ctx: Any) -> None:
    leap = _make(ctx, "闰日", birthday="2000-02-29")
    assert _ids(ctx, dt.date(2027, 2, 28), birthday_days=0) == {leap}
    assert _ids(ctx, dt.date(2028, 2, 28), birthday_days=0) == set()
    assert _ids(ctx, dt.date(2028, 2, 29), birthday_days=0) == {leap}


def test_lunar_birthday_matches_its_next_solar_date(ctx: Any) -> None:
    birth = dt.date(1990, 1, 27)
    info = lunar_birthday(birth, TODAY)
    assert info is not None
    lunar = _make(ctx, "农历生日", birthday=birth.isoformat(), birthday_lunar=True)
    solar_same_day = _make(ctx, "公历同日", birthday=birth.isoformat())
    window = (info.next_date - TODAY).days
    assert lunar in _ids(ctx, birthday_days=window)
    assert lunar not in _ids(ctx, birthday_days=window - 1)
    # The solar reading of the same date is a different day of the year.
    assert (solar_same_day in _ids(ctx, birthday_days=window)) == (
        dt.date(TODAY.year + 1, 1, 27) <= info.next_date
    )


def test_lunar_birthday_in_a_leap_month_and_on_day_30() -> None:
    # 2023 had a leap second month (闰二月 2023-03-22 … 2023-04-19).
    leap_birth = dt.date(2023, 3, 25)
    assert solar_to_lunar(leap_birth) == (2023, -2, 4)
    info = lunar_birthday(leap_birth, dt.date(2026, 1, 1))
    assert info is not None and info.leap
    runs = lunar_birth_ranges(info.next_date, info.next_date, 2026)
    assert any(a <= leap_birth <= b for a, b in runs)
    # Day 30 of a month falls on the 29th when that month is short in the birthday's year.
    for birth in (dt.date(1990, 2, 24), dt.date(1985, 10, 13)):
        lunar = solar_to_lunar(birth)
        assert lunar is not None
        info = lunar_birthday(birth, dt.date(2026, 1, 1))
        assert info is not None
        runs = lunar_birth_ranges(info.next_date, info.next_date, 2026)
        assert any(a <= birth <= b for a, b in runs), (birth, lunar, info)


def test_table_agrees_with_lunar_python() -> None:
    from lunar_python import Solar

    for day in (dt.date(1900, 1, 31), dt.date(1984, 2, 2), dt.date(2026, 12, 20)):
        lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
        assert solar_to_lunar(day) == (lunar.getYear(), lunar.getMonth(), lunar.getDay())


def test_joined_period_and_level_min(ctx: Any) -> None:
    first = _make(ctx, "一月", joined="2025-01-01", level=3)
    last = _make(ctx, "三月底", joined="2025-03-31", level=5)
    outside = _make(ctx, "四月", joined="2025-04-01", level=9)
    q1 = {"joined_from": dt.date(2025, 1, 1), "joined_to": dt.date(2025, 3, 31)}
    assert _ids(ctx, **q1) == {first, last}
    assert _ids(ctx, level_min=5) == {last, outside}
    assert _ids(ctx, level_min=5, **q1) == {last}


def test_warned_counts_only_warnings_in_force(ctx: Any) -> None:
    open_one = _make(ctx, "生效警告")
    expired = _make(ctx, "过期警告")
    revoked = _make(ctx, "撤销警告")
    future_expiry = _make(ctx, "未到期")
    at = dt.datetime(2026, 12, 1, 10, 0)
    with ctx.session_factory.begin() as s:
        s.add(MemberWarning(member_id=open_one, reason="广告", at=at))
        s.add(
            MemberWarning(
                member_id=expired, reason="刷屏", at=at, expires_at=dt.datetime(2026, 12, 19)
            )
        )
        s.add(MemberWarning(member_id=revoked, reason="引战", at=at, revoked=True))
        s.add(
            MemberWarning(
                member_id=future_expiry, reason="广告", at=at, expires_at=dt.datetime(2027, 1, 1)
            )
        )
    assert _ids(ctx, warned=True) == {open_one, future_expiry}


def test_deposit_held(ctx: Any) -> None:
    held = _make(ctx, "押金在")
    refunded = _make(ctx, "已退")
    with ctx.session_factory.begin() as s:
        s.add(Deposit(member_id=held, amount=50, status="held", held_on=TODAY))
        s.add(Deposit(member_id=refunded, amount=50, status="refunded", held_on=TODAY))
    assert _ids(ctx, deposit_held=True) == {held}


def test_list_filters_round_trip_through_a_segment(ctx: Any) -> None:
    from app.members.segment_ops import SaveSegment

    f = MemberFilter(
        silent_days=60,
        contact_days=30,
        birthday_days=7,
        joined_from=dt.date(2025, 1, 1),
        joined_to=dt.date(2025, 6, 30),
        level_min=3,
        warned=True,
        deposit_held=True,
    )
    data = f.to_json()
    assert data["joined_from"] == "2025-01-01"
    assert MemberFilter.from_json(data) == f
    ctx.run(SaveSegment("每周名单", f), "test")
    saved = next(s for s in ctx.segments.list() if s.name == "每周名单")
    assert saved.filter == f


@pytest.mark.parametrize("query", ["hsw", "heshuiwei", "喝水", "hongbei", "zwyh"])
def test_title_and_specialty_are_found_with_pinyin(ctx: Any, query: str) -> None:
    from app.members.profile_ops import SetSpecialties

    member_id = _make(ctx, "小美", role="喝水委员")
    ctx.run(SetSpecialties(member_id, ("植物养护", "烘焙")), "test")
    assert member_id in set(ctx.query.ids(MemberFilter(search=query)))


def test_search_follows_role_edits_bulk_sets_and_undo(ctx: Any) -> None:
    from app.members.member_ops import BulkSet, EditMember

    member_id = _make(ctx, "阿花")
    assert not ctx.query.ids(MemberFilter(search="yz"))
    done = ctx.run(BulkSet((member_id,), "role", "院长"), "test")
    assert ctx.query.ids(MemberFilter(search="yz")) == [member_id]
    ctx.ops.undo(done.op_id, "test")
    assert not ctx.query.ids(MemberFilter(search="yz"))
    ctx.run(EditMember(member_id, {"role": "体育委员"}), "test")
    assert ctx.query.ids(MemberFilter(search="tywy")) == [member_id]


def test_migration_0009_gives_existing_rows_their_titles(demo_ctx: Any) -> None:
    """Downgraded to 0007 the texts lose the titles; the upgrade writes what the app writes."""
    from alembic import command

    from db.migrate import _config, upgrade

    with demo_ctx.session_factory() as s:
        expected = dict(s.execute(select(M.c.id, M.c.search_text)).all())
        titled = s.execute(select(M.c.id).where(M.c.role.is_not(None))).scalars().first()
    assert titled is not None
    engine = demo_ctx.engine
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0008_products")  # type: ignore[arg-type]
    with engine.connect() as conn:
        old = dict(conn.execute(select(M.c.id, M.c.search_text)).all())
    assert old[titled] != expected[titled]
    assert sum(old[i] != expected[i] for i in expected) < len(expected) / 2
    assert upgrade(engine)
    with engine.connect() as conn:
        assert dict(conn.execute(select(M.c.id, M.c.search_text)).all()) == expected
