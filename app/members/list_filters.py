"""WHERE clauses of the lists an operator checks weekly (silent, not contacted, birthdays …).

Portable SQL (SQLite and PostgreSQL). Birthdays: a solar birthday is matched on its month and
day (`EXTRACT`, which SQLAlchemy renders as `strftime` on SQLite) against the month/day pairs
of the window, so the year end needs no special case; a lunar birthday cannot be computed in
SQL, so the window is turned in Python into the runs of solar birth dates whose lunar birthday
falls in it (`lunar_calendar.lunar_birth_ranges`, a table lookup) and matched with `BETWEEN`.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import ColumnElement, Table, and_, false, func, or_, select

from app.members.domain import MemberFilter
from app.members.lunar_calendar import lunar_birth_ranges, solar_keys
from db.models import Member
from db.models_care import Deposit, MemberWarning

M = cast(Table, Member.__table__)
W = cast(Table, MemberWarning.__table__)
D = cast(Table, Deposit.__table__)

YEAR = 366  # a window this long holds every birthday


def _before(today: dt.date, days: int) -> dt.date:
    """The day `days` days before `today`: a date before it lies *more* than `days` days ago."""
    return today - dt.timedelta(days=max(days, 0))


def birthday_condition(days: int, today: dt.date) -> ColumnElement[bool]:
    """Birthday today or in the next `days` days (solar, or lunar for `birthday_lunar`)."""
    end = today + dt.timedelta(days=max(days, 0))
    has = M.c.birthday.is_not(None)
    if days + 1 >= YEAR:
        return has
    month_day = func.extract("month", M.c.birthday) * 100 + func.extract("day", M.c.birthday)
    solar = and_(M.c.birthday_lunar.is_(False), month_day.in_(sorted(solar_keys(today, end))))
    runs = lunar_birth_ranges(today, end, today.year)
    lunar = and_(
        M.c.birthday_lunar.is_(True),
        or_(*(M.c.birthday.between(a, b) for a, b in runs)) if runs else false(),
    )
    return and_(has, or_(solar, lunar))


def list_conditions(f: MemberFilter, today: dt.date | None = None) -> list[ColumnElement[bool]]:
    """The clauses of the weekly-list fields of `f` (none when they are unset)."""
    today = today or dt.date.today()
    conds: list[ColumnElement[bool]] = []
    if f.silent_days is not None:
        # Never active: her joining counts; neither known: nothing says she ever spoke.
        seen = func.coalesce(M.c.last_active, M.c.joined)
        conds.append(seen.is_(None) | (seen < _before(today, f.silent_days)))
    if f.contact_days is not None:
        limit = _before(today, f.contact_days)
        conds.append(M.c.last_contacted.is_(None) | (M.c.last_contacted < limit))
    if f.birthday_days is not None:
        conds.append(birthday_condition(f.birthday_days, today))
    if f.joined_from is not None:
        conds.append(M.c.joined >= f.joined_from)
    if f.joined_to is not None:
        conds.append(M.c.joined <= f.joined_to)
    if f.level_min is not None:
        conds.append(M.c.level >= f.level_min)
    if f.warned:
        # In force at the start of today's moment: not revoked and not expired.
        moment = (
            dt.datetime.now() if today == dt.date.today() else dt.datetime.combine(today, dt.time())
        )
        conds.append(
            M.c.id.in_(
                select(W.c.member_id).where(
                    W.c.revoked.is_(False), or_(W.c.expires_at.is_(None), W.c.expires_at > moment)
                )
            )
        )
    if f.deposit_held:
        conds.append(M.c.id.in_(select(D.c.member_id).where(D.c.status == "held")))
    return conds
