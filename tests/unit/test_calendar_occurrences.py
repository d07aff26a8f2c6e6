"""Slot rules → occurrences: month ends, leap days, intervals, weekly, DST-free local times."""

from __future__ import annotations

import datetime as dt

import pytest

from app.calendar.domain import SlotRule
from app.calendar.rules import (
    is_occurrence,
    occurrence_days,
    occurrence_times,
    validate_rule,
    weekdays_from_text,
    weekdays_to_text,
)
from app.errors import ValidationError

D = dt.date


def days(rule: SlotRule, start: dt.date, end: dt.date) -> list[dt.date]:
    return list(occurrence_days(rule, start, end))


def test_daily_crosses_month_and_year_ends() -> None:
    rule = SlotRule("daily", dt.time(8), D(2026, 1, 1))
    got = days(rule, D(2026, 12, 30), D(2027, 1, 3))
    assert got == [D(2026, 12, 30), D(2026, 12, 31), D(2027, 1, 1), D(2027, 1, 2)]
    assert days(rule, D(2026, 1, 30), D(2026, 2, 2)) == [
        D(2026, 1, 30),
        D(2026, 1, 31),
        D(2026, 2, 1),
    ]


def test_daily_includes_leap_day_only_in_leap_years() -> None:
    rule = SlotRule("daily", dt.time(8), D(2024, 1, 1))
    assert D(2028, 2, 29) in days(rule, D(2028, 2, 27), D(2028, 3, 2))
    assert days(rule, D(2027, 2, 27), D(2027, 3, 2)) == [
        D(2027, 2, 27),
        D(2027, 2, 28),
        D(2027, 3, 1),
    ]


def test_monthly_on_31st_falls_on_last_day_of_short_months() -> None:
    rule = SlotRule("monthly", dt.time(9), D(2027, 1, 1), month_day=31)
    got = days(rule, D(2027, 1, 1), D(2027, 7, 1))
    assert got == [
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2027, 3, 31),
        D(2027, 4, 30),
        D(2027, 5, 31),
        D(2027, 6, 30),
    ]


def test_monthly_on_29th_hits_leap_day() -> None:
    rule = SlotRule("monthly", dt.time(9), D(2027, 12, 1), month_day=29)
    assert days(rule, D(2028, 1, 1), D(2028, 4, 1)) == [
        D(2028, 1, 29),
        D(2028, 2, 29),
        D(2028, 3, 29),
    ]
    assert days(rule, D(2028, 12, 1), D(2029, 3, 1)) == [
        D(2028, 12, 29),
        D(2029, 1, 29),
        D(2029, 2, 28),
    ]


def test_weekly_mon_wed_fri_sun() -> None:
    rule = SlotRule("weekly", dt.time(20), D(2026, 11, 1), weekdays=(0, 2, 4, 6))
    got = days(rule, D(2026, 11, 16), D(2026, 11, 23))
    assert got == [D(2026, 11, 16), D(2026, 11, 18), D(2026, 11, 20), D(2026, 11, 22)]
    assert all(d.weekday() in (0, 2, 4, 6) for d in days(rule, D(2026, 1, 1), D(2027, 1, 1)))


def test_every_n_days_counts_from_rule_start_even_when_window_starts_later() -> None:
    rule = SlotRule("interval", dt.time(10), D(2026, 1, 30), interval=3)
    assert days(rule, D(2026, 1, 30), D(2026, 2, 8)) == [
        D(2026, 1, 30),
        D(2026, 2, 2),
        D(2026, 2, 5),
    ]
    assert days(rule, D(2026, 2, 3), D(2026, 2, 9)) == [D(2026, 2, 5), D(2026, 2, 8)]
    leap = SlotRule("interval", dt.time(10), D(2028, 2, 27), interval=2)
    assert days(leap, D(2028, 2, 27), D(2028, 3, 4)) == [
        D(2028, 2, 27),
        D(2028, 2, 29),
        D(2028, 3, 2),
    ]


def test_start_and_end_bound_the_occurrences() -> None:
    rule = SlotRule("daily", dt.time(8), D(2026, 3, 10), end=D(2026, 3, 12))
    assert days(rule, D(2026, 3, 1), D(2026, 4, 1)) == [
        D(2026, 3, 10),
        D(2026, 3, 11),
        D(2026, 3, 12),
    ]
    assert days(rule, D(2026, 3, 13), D(2026, 4, 1)) == []
    assert is_occurrence(rule, D(2026, 3, 11)) and not is_occurrence(rule, D(2026, 3, 13))


def test_local_times_are_wall_clock_without_dst_jumps() -> None:
    # 2026-03-08 (USA) and 2026-03-29 (EU) switch to summer time elsewhere; China keeps 08:00.
    rule = SlotRule("daily", dt.time(8), D(2026, 1, 1))
    times = occurrence_times(rule, D(2026, 3, 1), D(2026, 4, 5))
    assert all(t.time() == dt.time(8) and t.tzinfo is None for t in times)
    gaps = {b - a for a, b in zip(times, times[1:], strict=False)}
    assert gaps == {dt.timedelta(hours=24)}


def test_invalid_rules_are_refused_in_chinese() -> None:
    with pytest.raises(ValidationError, match="至少要选一天"):
        validate_rule(SlotRule("weekly", weekdays=()))
    with pytest.raises(ValidationError, match="1 到 31"):
        validate_rule(SlotRule("monthly", month_day=32))
    with pytest.raises(ValidationError, match="早于开始日期"):
        validate_rule(SlotRule("daily", start=D(2026, 5, 1), end=D(2026, 4, 1)))
    with pytest.raises(ValidationError, match="未知的重复方式"):
        validate_rule(SlotRule("hourly"))
    assert validate_rule(SlotRule("weekly", weekdays=(6, 0, 6))).weekdays == (0, 6)


def test_weekday_text_round_trip_and_description() -> None:
    assert weekdays_from_text(weekdays_to_text((6, 0, 2, 4))) == (0, 2, 4, 6)
    assert (
        SlotRule("weekly", dt.time(20), weekdays=(0, 2, 4, 6)).describe()
        == "每周一、三、五、日 20:00"
    )
