"""Lunar birthdays: the lunar reading of a solar birth date and the next solar date it falls on."""

from __future__ import annotations

import datetime as dt

from app.members.lunar_dates import lunar_birthday


def test_spring_festival_birthday_next_occurrence() -> None:
    born = dt.date(2000, 2, 5)  # 春节 2000: 正月初一
    info = lunar_birthday(born, dt.date(2026, 1, 10))
    assert info is not None
    assert (info.month, info.day, info.leap, info.text) == (1, 1, False, "正月初一")
    assert info.next_date == dt.date(2026, 2, 17)  # 春节 2026
    later = lunar_birthday(born, dt.date(2026, 11, 21))
    assert later is not None and later.next_date == dt.date(2027, 2, 6)  # 春节 2027


def test_today_counts_as_next() -> None:
    info = lunar_birthday(dt.date(1990, 10, 3), dt.date(2026, 9, 25))  # 中秋 both years
    assert info is not None and info.text == "八月十五" and info.next_date == dt.date(2026, 9, 25)


def test_twelfth_month_birthday_in_january_is_still_this_winter() -> None:
    info = lunar_birthday(dt.date(1990, 1, 20), dt.date(2026, 1, 1))
    assert info is not None and info.text == "腊月廿四"
    assert info.next_date == dt.date(2026, 2, 11)  # 6 days before 春节 2026-02-17 (29-day 腊月)


def test_leap_month_birthday_is_kept_in_the_ordinary_month() -> None:
    info = lunar_birthday(dt.date(2023, 3, 25), dt.date(2026, 1, 1))
    assert info is not None
    assert (info.month, info.day, info.leap, info.text) == (2, 4, True, "闰二月初四")
    assert info.next_date == dt.date(2026, 3, 22)  # 二月初一 2026 is 03-19


def test_day_thirty_falls_on_the_last_day_of_a_short_month() -> None:
    born = dt.date(2025, 9, 21)  # 七月三十 (2025's 七月 has 30 days, 2026's only 29)
    info = lunar_birthday(born, dt.date(2026, 1, 1))
    assert info is not None and (info.month, info.day, info.text) == (7, 30, "七月三十")
    assert info.next_date == dt.date(2026, 9, 10)  # 七月廿九, the day before 八月初一 (09-11)


def test_month_table_reads_as_lunar_python() -> None:
    """The fast reading (month table) against lunar-python itself, on dates across a century."""
    import random

    from lunar_python import Lunar, LunarMonth, Solar

    rng = random.Random(8)
    today = dt.date(2026, 12, 2)
    for _ in range(25):
        born = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(35_000))
        info = lunar_birthday(born, today)
        lunar = Solar.fromYmd(born.year, born.month, born.day).getLunar()
        month, day = abs(lunar.getMonth()), lunar.getDay()
        assert info is not None
        assert (info.month, info.day, info.leap) == (month, day, lunar.getMonth() < 0)
        assert info.text == f"{lunar.getMonthInChinese()}月{lunar.getDayInChinese()}"
        expected = None
        for year in (today.year - 1, today.year, today.year + 1):
            days = LunarMonth.fromYm(year, month).getDayCount()
            solar = Lunar.fromYmd(year, month, min(day, days)).getSolar()
            candidate = dt.date(solar.getYear(), solar.getMonth(), solar.getDay())
            if candidate >= today:
                expected = candidate
                break
        assert info.next_date == expected, born
