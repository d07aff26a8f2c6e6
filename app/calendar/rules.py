"""Occurrence generation for slot rules: pure date arithmetic on naive local dates (no DST)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from app.calendar.domain import FREQS, SlotRule
from app.errors import ValidationError

ONE_DAY = dt.timedelta(days=1)


def validate_rule(rule: SlotRule) -> SlotRule:
    """Return the rule with normalised fields, or raise ValidationError with a Chinese sentence."""
    if rule.freq not in FREQS:
        raise ValidationError(f"未知的重复方式「{rule.freq}」：可选 每天、每周、每月、每隔 N 天。")
    if rule.end is not None and rule.end < rule.start:
        raise ValidationError(f"结束日期 {rule.end} 早于开始日期 {rule.start}。")
    if rule.freq == "weekly":
        days = tuple(sorted(set(rule.weekdays)))
        if not days or any(d < 0 or d > 6 for d in days):
            raise ValidationError("每周重复的栏目至少要选一天（周一到周日）。")
        return _replace(rule, weekdays=days)
    if rule.freq == "monthly":
        if rule.month_day is None or not 1 <= rule.month_day <= 31:
            raise ValidationError("每月重复的栏目要填 1 到 31 之间的日期。")
    if rule.freq == "interval" and rule.interval < 1:
        raise ValidationError("「每隔 N 天」的 N 至少为 1。")
    return rule


def _replace(rule: SlotRule, **kwargs: object) -> SlotRule:
    from dataclasses import replace

    return replace(rule, **kwargs)  # type: ignore[arg-type]


def occurrence_days(rule: SlotRule, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """Days `start` ≤ day < `end` on which the rule recurs, in order.

    A monthly rule on a day the month lacks (31, or 29/30 in February) falls on the month's
    last day, so "every month on the 31st" never silently skips a month.
    """
    first = max(start, rule.start)
    stop = end if rule.end is None else min(end, rule.end + ONE_DAY)
    if first >= stop:
        return
    if rule.freq == "daily":
        yield from _every(first, stop, 1)
    elif rule.freq == "interval":
        step = max(1, rule.interval)
        # First multiple of `step` days after the rule's start that is ≥ first.
        offset = (first - rule.start).days % step
        begin = first if offset == 0 else first + dt.timedelta(days=step - offset)
        yield from _every(begin, stop, step)
    elif rule.freq == "weekly":
        wanted = set(rule.weekdays)
        day = first
        while day < stop:
            if day.weekday() in wanted:
                yield day
            day += ONE_DAY
    elif rule.freq == "monthly":
        year, month = first.year, first.month
        while True:
            last = calendar.monthrange(year, month)[1]
            day = dt.date(year, month, min(rule.month_day or 1, last))
            if day >= stop:
                return
            if day >= first:
                yield day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _every(first: dt.date, stop: dt.date, step: int) -> Iterator[dt.date]:
    delta = dt.timedelta(days=step)
    day = first
    while day < stop:
        yield day
        day += delta


def occurrence_times(rule: SlotRule, start: dt.date, end: dt.date) -> list[dt.datetime]:
    """The occurrences as naive local datetimes (wall-clock time, China has no DST)."""
    return [dt.datetime.combine(day, rule.at_time) for day in occurrence_days(rule, start, end)]


def is_occurrence(rule: SlotRule, day: dt.date) -> bool:
    return next(occurrence_days(rule, day, day + ONE_DAY), None) == day


def weekdays_from_text(text: str) -> tuple[int, ...]:
    """ "0,2,4,6" as stored → (0, 2, 4, 6)."""
    return tuple(int(x) for x in text.split(",") if x.strip().isdigit())


def weekdays_to_text(days: tuple[int, ...]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def same_rule(a: SlotRule, b: SlotRule) -> bool:
    """True when both rules give the same occurrences: fields the frequency does not use (the
    month day of a weekly rule …) are left out, as a dialog fills them with its defaults."""

    def key(rule: SlotRule) -> tuple[object, ...]:
        return (
            rule.freq,
            rule.at_time,
            rule.start,
            rule.end,
            tuple(sorted(set(rule.weekdays))) if rule.freq == "weekly" else (),
            rule.month_day if rule.freq == "monthly" else None,
            rule.interval if rule.freq == "interval" else 1,
        )

    return key(a) == key(b)
