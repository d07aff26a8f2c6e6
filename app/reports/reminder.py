"""When the window offers the weekly boss report: Monday from 06:00, once a week.

The offer is for last Monday–Sunday. It is made on the first start on Monday from 06:00 (or,
in a window left open over the weekend, when Monday morning comes: the window asks every half
hour), and not again that week once made. The rest of the week the report is one click away
in 文件 → 生成老板周报."""

from __future__ import annotations

import datetime as dt

from app.reports.periods import Period, last_week

MORNING = dt.time(6, 0)


def week_monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weekly_report_due(now: dt.datetime, last_offered: dt.date | None) -> Period | None:
    """Last week's period when the report is due to be offered at `now`, else None.

    `last_offered`: the day it was last offered (None: never). Offered once per week: not
    again once it was offered on or after this week's Monday."""
    monday = week_monday(now.date())
    if now.date() != monday or now.time() < MORNING:
        return None
    if last_offered is not None and last_offered >= monday:
        return None
    return last_week(now.date())
