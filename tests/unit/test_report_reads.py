"""The report's reads on a random community, against the same figures worked out in plain Python
from the ORM rows: the members' days, the activity on record, the active / silent / zombie split
and the purchase KPIs. On SQLite the numbers come over joined into one text per column; each test
runs that way and row by row (as on PostgreSQL), and both must give the figures below."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import numpy as np
import pytest

from app.reports import frames
from app.reports.figures import MemberFigures
from app.reports.periods import Period
from app.reports.purchase_figures import PurchaseFigures
from db.models import Group, GroupMembership, Member
from db.models_care import Complaint
from db.models_commerce import Product, Purchase
from db.models_community import Activity, Checkin, PointsEntry, Signup

D, T = dt.date, dt.datetime
END = D(2026, 11, 29)
SKINS = ("干性", "油性", "混合性", "", None)
EPOCH = D(1970, 1, 1)


def _day(rng: random.Random, back: int = 200) -> dt.date:
    return END - dt.timedelta(days=rng.randint(-3, back))


def _at(rng: random.Random) -> dt.datetime:
    return T.combine(_day(rng), dt.time(rng.randint(0, 23), rng.randint(0, 59)))


def _build(sf: Any, seed: int, odd_skin: str | None = None) -> None:
    """About 60 members of every kind (left, blocked, in the trash, merged away, without a
    joining day or a last activity) and a few hundred activity records around END."""
    rng = random.Random(seed)
    with sf() as s:
        s.add(Group(id=1, name="群"))
        members = []
        for i in range(1, 61):
            created = _at(rng)
            m = Member(
                id=i,
                nickname=f"成员{i}",
                joined=_day(rng, 400) if rng.random() < 0.8 else None,
                created_at=created,
                updated_at=created + dt.timedelta(days=rng.randint(0, 30)),
                last_active=_day(rng, 150) if rng.random() < 0.6 else None,
                skin_type=rng.choice(SKINS),
                status=rng.choice(("active", "active", "active", "left", "blocked")),
            )
            if rng.random() < 0.1:
                m.deleted_at = created
            members.append(m)
        if odd_skin is not None:
            members[0].skin_type = odd_skin
        s.add_all(members)
        s.flush()
        members[5].merged_into = 1  # merged away but not in the trash: still not counted
        members[6].merged_into, members[6].deleted_at = 1, T(2026, 11, 1)
        for m in members:
            if m.status != "active" and rng.random() < 0.7:
                s.add(GroupMembership(member_id=m.id, group_id=1, left=_day(rng, 120)))
        s.add_all(
            Product(id=k, name=f"产品{k}", price=10 * k, unsuitable=["干性"] * (k % 2))
            for k in (1, 2, 3)
        )
        s.add(Activity(id=1, name="打卡营", kind="打卡营", start=END - dt.timedelta(200), end=END))
        s.flush()
        ids = [m.id for m in members]
        checkins = {(rng.choice(ids), _day(rng)) for _ in range(150)}
        s.add_all(Checkin(activity_id=1, member_id=m, day=d) for m, d in checkins)
        s.add_all(Signup(activity_id=1, member_id=m, at=_at(rng)) for m in rng.sample(ids, 25))
        s.flush()
        one = s.query(Checkin).first()
        for _ in range(60):
            s.add(
                PointsEntry(
                    member_id=rng.choice(ids),
                    at=_at(rng),
                    delta=5,
                    reason="share",
                    checkin_id=one.id if rng.random() < 0.3 else None,
                )
            )
        for _ in range(20):
            who = rng.choice(ids) if rng.random() < 0.8 else None
            s.add(Complaint(received_at=_at(rng), member_id=who, text="投诉"))
        for _ in range(200):
            day = _day(rng, 60)
            back = day + dt.timedelta(rng.randint(0, 10)) if rng.random() < 0.15 else None
            s.add(
                Purchase(
                    member_id=rng.choice(ids),
                    product_id=rng.randint(1, 3),
                    quantity=rng.randint(1, 3),
                    unit_price=rng.choice((9.9, 19.5, 100)),
                    bought_on=day,
                    refunded_on=back,
                )
            )
        s.commit()


def _n(day: dt.date) -> int:
    return (day - EPOCH).days


def _expected_members(s: Any) -> dict[int, tuple[str, int, int, int]]:
    """By id: skin type, joining day, leaving day, last activity on the row (day numbers)."""
    left: dict[int, dt.date] = {}
    for g in s.query(GroupMembership):
        if g.left is not None:
            left[g.member_id] = max(g.left, left.get(g.member_id, g.left))
    out = {}
    for m in s.query(Member):
        if m.deleted_at is not None or m.merged_into is not None:
            continue
        gone = frames.NEVER_GONE
        if m.status in frames.GONE:
            gone = _n(left.get(m.id, m.updated_at.date()))
        active = frames.NEVER_ACTIVE if m.last_active is None else _n(m.last_active)
        out[m.id] = (m.skin_type or "", _n(m.joined or m.created_at.date()), gone, active)
    return out


def _expected_activity(s: Any, first: dt.date, last: dt.date) -> set[tuple[int, int]]:
    def within(day: dt.date) -> bool:
        return first <= day <= last

    out = {(_n(c.day), c.member_id) for c in s.query(Checkin) if within(c.day)}
    out |= {(_n(x.at.date()), x.member_id) for x in s.query(Signup) if within(x.at.date())}
    out |= {(_n(p.bought_on), p.member_id) for p in s.query(Purchase) if within(p.bought_on)}
    out |= {
        (_n(p.at.date()), p.member_id)
        for p in s.query(PointsEntry)
        if p.checkin_id is None and within(p.at.date())
    }
    out |= {
        (_n(c.received_at.date()), c.member_id)
        for c in s.query(Complaint)
        if c.member_id is not None and within(c.received_at.date())
    }
    return out


@pytest.fixture(params=["joined", "row by row"])
def reads(request: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "row by row":
        monkeypatch.setattr(frames, "joined_reads", lambda s: False)
    return str(request.param)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_members_and_activity_read_as_the_rows_say(ctx: Any, reads: str, seed: int) -> None:
    _build(ctx.session_factory, seed)
    first, last = END - dt.timedelta(days=120), END
    with ctx.session_factory() as s:
        m = frames.members(s)
        days, who = frames.activity_days(s, first, last)
        want = _expected_members(s)
        want_activity = _expected_activity(s, first, last)
    assert m["id"].tolist() == sorted(want)
    got = {
        int(r.id): (r.skin_type, int(r.since_n), int(r.gone_n), int(r.active_n))
        for r in m.itertuples()
    }
    assert got == want
    assert set(zip(days.tolist(), who.tolist(), strict=True)) == want_activity


def test_a_skin_type_holding_the_separator_is_read_whole(ctx: Any, reads: str) -> None:
    """A text that holds the character the joined read puts between texts: read row by row."""
    odd = "干\x1f性"
    _build(ctx.session_factory, 4, odd_skin=odd)
    with ctx.session_factory() as s:
        m = frames.members(s)
        want = _expected_members(s)
    assert dict(zip(m["id"].tolist(), m["skin_type"].tolist(), strict=True)) == {
        k: v[0] for k, v in want.items()
    }
    assert m.loc[m["id"] == 1, "skin_type"].item() == odd


@pytest.mark.parametrize("seed", [5, 6, 7])
def test_active_silent_zombie_by_hand(ctx: Any, reads: str, seed: int) -> None:
    """The split of each day equals one worked out member by member from her last activity
    on record up to that day (her row's, or any table's)."""
    _build(ctx.session_factory, seed)
    days = [END - dt.timedelta(days=k) for k in (0, 7, 40, 95)]
    with ctx.session_factory() as s:
        mf = MemberFigures(s, days[:2])
        want = _expected_members(s)
        record = _expected_activity(s, END - dt.timedelta(days=400), END + dt.timedelta(10))
        th = mf.th
        for day in days:
            d = _n(day)
            split: dict[str, list[int]] = {"active": [], "silent": [], "zombie": []}
            for mid, (_skin, since, gone, noted) in sorted(want.items()):
                if not since <= d < gone:
                    continue
                seen = [x for x, who in record if who == mid and x <= d]
                seen += [noted] if noted <= d else []
                idle = d - max(seen) if seen else None
                kind = (
                    "zombie"
                    if idle is None or idle > th.zombie_days
                    else "active"
                    if idle <= th.active_days
                    else "silent"
                )
                split[kind].append(mid)
            got = mf.activity(day)
            assert {k: sorted(v) for k, v in got.items()} == split, day
            assert mf.activity_counts(day) == tuple(len(split[k]) for k in split)


@pytest.mark.parametrize("seed", [8, 9])
def test_purchase_kpis_by_hand(ctx: Any, reads: str, seed: int) -> None:
    """Orders, buyers, revenue, refunds and unsuitable purchases of a week and the week before,
    counted purchase by purchase."""
    _build(ctx.session_factory, seed)
    p = Period(END - dt.timedelta(days=6), END)
    prev = p.previous()
    with ctx.session_factory() as s:
        rows = s.query(Purchase).all()
        skin = {m.id: m.skin_type for m in s.query(Member)}
        trash = {m.id for m in s.query(Member) if m.deleted_at is not None}
        unsuitable = {x.id: x.unsuitable for x in s.query(Product)}
        pf = PurchaseFigures(s, p, prev, frames.members(s))
        got = {k.key: k for k in pf.kpis()}

    def within(day: dt.date | None, q: Period) -> bool:
        return day is not None and q.start <= day <= q.end

    def amount(x: Purchase) -> float:
        return round(x.quantity * float(x.unit_price), 2)

    for q, value in ((p, "value"), (prev, "previous")):
        live = [x for x in rows if x.member_id not in trash]
        kept = [x for x in live if within(x.bought_on, q) and x.refunded_on is None]
        bad = [
            x
            for x in live
            if within(x.bought_on, q) and skin[x.member_id] in unsuitable[x.product_id]
        ]
        back = [x for x in rows if within(x.refunded_on, q)]
        want = {
            "orders": len(kept),
            "buyers": len({x.member_id for x in kept}),
            "revenue": round(sum(amount(x) for x in kept), 2),
            "refunds": len(back),
            "refund_amount": round(sum(amount(x) for x in back), 2),
            "unsuitable_purchases": len(bad),
        }
        for key, n in want.items():
            assert getattr(got[key], value) == pytest.approx(n), (key, value)
        if q == p:
            buyers = tuple(sorted({x.member_id for x in kept}))
            assert got["buyers"].member_ids == got["orders"].member_ids == buyers
            assert got["refunds"].member_ids == tuple(sorted({x.member_id for x in back}))
            assert got["unsuitable_purchases"].member_ids == tuple(
                sorted({x.member_id for x in bad})
            )
            twice = [m for m in buyers if sum(x.member_id == m for x in kept) >= 2]
            assert got["repurchase_rate"].member_ids == tuple(twice)
    assert np.isclose(got["repurchase_rate"].value or 0, len(twice) / len(buyers) if buyers else 0)
