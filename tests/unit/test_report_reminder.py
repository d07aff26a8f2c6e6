"""The Monday offer of the weekly report: due once a week, on Monday from 06:00."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reports.periods import Period
from app.reports.reminder import weekly_report_due

T = dt.datetime
LAST_WEEK = Period(dt.date(2026, 11, 23), dt.date(2026, 11, 29))


@pytest.mark.parametrize(
    ("now", "last_offered", "due"),
    [
        (T(2026, 11, 30, 8, 30), None, LAST_WEEK),  # Monday morning, never offered
        (T(2026, 11, 30, 8, 30), dt.date(2026, 11, 23), LAST_WEEK),  # offered last week only
        (T(2026, 11, 30, 5, 59), None, None),  # before the morning
        (T(2026, 11, 30, 6, 0), None, LAST_WEEK),
        (T(2026, 11, 30, 9, 0), dt.date(2026, 11, 30), None),  # offered this morning
        (T(2026, 12, 2, 14, 0), dt.date(2026, 11, 30), None),  # and not again on Wednesday
        (T(2026, 12, 2, 14, 0), dt.date(2026, 11, 27), None),  # Wednesday: the menu, no offer
        (T(2026, 11, 30, 23, 59), dt.date(2026, 11, 23), LAST_WEEK),  # late on Monday still
        (T(2026, 12, 6, 23, 0), dt.date(2026, 12, 1), None),  # Sunday, offered Tuesday
        (
            T(2026, 12, 7, 7, 0),
            dt.date(2026, 12, 1),
            Period(dt.date(2026, 11, 30), dt.date(2026, 12, 6)),
        ),
    ],
)
def test_weekly_report_due(now: T, last_offered: dt.date | None, due: Period | None) -> None:
    assert weekly_report_due(now, last_offered) == due
