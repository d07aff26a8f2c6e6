"""A tiny community whose report figures can be worked out by hand (see the test docstrings)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.reports.periods import Period
from db.models import Group, GroupMembership, Member, Setting
from db.models_calendar import Post, PostType
from db.models_care import Complaint, Deposit, MemberWarning
from db.models_community import Activity, Checkin, Signup

D = dt.date
T = dt.datetime
PERIOD = Period(D(2026, 11, 23), D(2026, 11, 29))  # Monday to Sunday
NOW = T(2026, 11, 30, 9, 0)
# Complaints received in the period: first responses after these minutes, resolutions after these.
FIRST_RESPONSE = (10, 20, 30, 40, 50)
RESOLUTION = (60, 120)


def _member(i: int, joined: dt.date | None, **kw: Any) -> Member:
    created = kw.pop("created_at", T(2025, 1, 1))
    return Member(
        id=i, nickname=f"成员{i}", joined=joined, created_at=created, updated_at=created, **kw
    )


def build(sf: Any, active_days: int | None = None) -> None:
    with sf() as s:
        s.add(Group(id=1, name="一群"))
        s.add_all(
            [
                _member(
                    1,
                    D(2026, 1, 10),
                    last_active=D(2026, 11, 28),
                    skin_type="干性",
                    phone="13800001234",
                ),
                _member(2, D(2026, 11, 24), skin_type="油性", phone="13911112222"),
                _member(3, D(2026, 11, 18), last_active=D(2026, 10, 15), skin_type="干性"),
                _member(
                    4, D(2025, 6, 1), last_active=D(2026, 8, 1), status="left", skin_type="油性"
                ),
                _member(5, D(2025, 1, 1), last_active=D(2026, 11, 1)),
                _member(6, D(2026, 11, 25), deleted_at=T(2026, 11, 26)),
                _member(7, None, skin_type="", created_at=T(2026, 11, 26, 10, 0)),
            ]
        )
        s.flush()
        s.add(GroupMembership(member_id=4, group_id=1, joined=D(2025, 6, 1), left=D(2026, 11, 25)))
        s.add(PostType(id=900, name="测试类型"))
        s.flush()
        at = lambda d, h=8, m=0: T(2026, 11, d, h, m)  # noqa: E731
        s.add_all(
            [
                Post(
                    type_id=900, planned_at=at(24), status="published", published_at=at(24, 8, 10)
                ),
                Post(type_id=900, planned_at=at(25), status="published", published_at=at(25, 9)),
                Post(type_id=900, planned_at=at(26), status="scheduled"),
                Post(type_id=900, planned_at=at(27), status="cancelled"),
                Post(type_id=900, planned_at=at(27), status="idea"),
            ]
        )
        s.add(
            Activity(id=1, name="打卡营", kind="打卡营", start=D(2026, 11, 20), end=D(2026, 11, 26))
        )
        s.flush()
        s.add_all([Signup(activity_id=1, member_id=1), Signup(activity_id=1, member_id=5)])
        s.add_all(
            [
                Checkin(activity_id=1, member_id=1, day=D(2026, 11, 20)),
                Checkin(activity_id=1, member_id=1, day=D(2026, 11, 23)),
                Checkin(activity_id=1, member_id=1, day=D(2026, 11, 24)),
                Checkin(activity_id=1, member_id=5, day=D(2026, 11, 23)),
            ]
        )
        s.add_all(
            [
                MemberWarning(member_id=3, at=at(24), reason="广告"),
                MemberWarning(member_id=4, at=at(25), reason="广告", outcome="removal"),
                MemberWarning(member_id=3, at=at(26), reason="刷屏", revoked=True),
            ]
        )
        s.add_all(
            [
                Deposit(member_id=1, amount=100, status="held", held_on=D(2026, 11, 1)),
                Deposit(
                    member_id=5,
                    amount=50,
                    status="refunded",
                    held_on=D(2026, 11, 10),
                    closed_on=D(2026, 11, 24),
                ),
            ]
        )
        for k, minutes in enumerate(FIRST_RESPONSE):
            received = at(23 + k, 10)
            resolved = (
                received + dt.timedelta(minutes=RESOLUTION[k]) if k < len(RESOLUTION) else None
            )
            s.add(
                Complaint(
                    received_at=received,
                    member_id=1,
                    text=f"投诉{k}",
                    first_response_at=received + dt.timedelta(minutes=minutes),
                    resolved_at=resolved,
                    status="resolved" if resolved else "processing",
                )
            )
        if active_days is not None:
            s.add(Setting(key="members.silent_days", value=active_days))
        s.commit()


def build_purchases(sf: Any) -> None:
    """Products and purchases on top of `build` (see tests/unit/test_report_purchases.py).

    焕肤水 (100, does not suit 干性) and 面膜 (50). Member 1 is 干性, 3 is 干性, 6 is in the trash."""
    from db.models_commerce import Product, Purchase

    with sf() as s:
        s.add_all(
            [
                Product(id=1, name="果酸焕肤水", price=100, unsuitable=["干性"], actives="|果酸|"),
                Product(id=2, name="面膜", price=50),
            ]
        )
        s.flush()

        def buy(key: str, member: int, product: int, qty: int, day: dt.date, **kw: Any) -> Purchase:
            price = 100 if product == 1 else 50
            return Purchase(
                member_id=member,
                product_id=product,
                quantity=qty,
                unit_price=price,
                bought_on=day,
                note=key,
                **kw,
            )

        s.add_all(
            [
                buy(
                    "a",
                    1,
                    1,
                    1,
                    D(2026, 11, 24),
                    refunded_on=D(2026, 11, 25),
                    refund_reason="不适合",
                ),
                buy("b", 1, 2, 2, D(2026, 11, 24)),
                buy("c", 1, 2, 1, D(2026, 11, 27)),
                buy("d", 2, 2, 1, D(2026, 11, 28)),
                buy("e", 3, 1, 1, D(2026, 11, 26)),
                buy("f", 5, 2, 1, D(2026, 11, 18)),
                buy("g", 6, 2, 1, D(2026, 11, 25)),
                buy("h", 3, 2, 1, D(2026, 11, 10), refunded_on=D(2026, 11, 20)),
                buy("i", 5, 2, 2, D(2026, 9, 15)),
            ]
        )
        s.commit()
