"""Report periods: this week, last week, this month, a chosen range, and the one before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Period:
    """Days `start`..`end`, both included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length just before this one (a calendar month for a month)."""
        if self.start.day == 1 and self.end == _month_end(self.start):
            prev_end = self.start - dt.timedelta(days=1)
            return Period(prev_end.replace(day=1), prev_end)
        return Period(self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1))

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def text(self) -> str:
        return f"{self.start.isoformat()} ~ {self.end.isoformat()}"


def _month_end(day: dt.date) -> dt.date:
    nxt = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def this_week(today: dt.date) -> Period:
    start = today - dt.timedelta(days=today.weekday())
    return Period(start, start + dt.timedelta(days=6))


def last_week(today: dt.date) -> Period:
    """The last full Monday–Sunday week before `today`'s week (the boss report's default)."""
    start = today - dt.timedelta(days=today.weekday() + 7)
    return Period(start, start + dt.timedelta(days=6))


def this_month(today: dt.date) -> Period:
    return Period(today.replace(day=1), _month_end(today))


def last_month(today: dt.date) -> Period:
    end = today.replace(day=1) - dt.timedelta(days=1)
    return Period(end.replace(day=1), end)


def checked(start: dt.date | None, end: dt.date | None, today: dt.date) -> Period:
    """A chosen range, defaulting to last week; refused in one sentence when it cannot be
    reported (empty, or wholly in the future)."""
    default = last_week(today)
    if start is None and end is None:
        return default
    if start is None:
        start = end - dt.timedelta(days=6) if end is not None else default.start
    if end is None:
        end = max(start, min(today, start + dt.timedelta(days=6)))
    if end < start:
        raise ValidationError(
            f"报表时间段是空的：结束日期 {end.isoformat()} 早于开始日期 {start.isoformat()}。"
        )
    if start > today:
        raise ValidationError(
            f"报表时间段 {start.isoformat()} ~ {end.isoformat()} 还没有开始，没有可报告的数据；"
            "请选择今天以前的日期。"
        )
    return Period(start, end)
