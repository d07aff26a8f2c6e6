"""Lunar (农历) birthdays: the lunar date of a solar birth date and its next solar occurrence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LunarBirthday:
    """A member's birthday read in the lunar calendar.

    `month` is 1–12 (`leap` when born in a leap month), `day` 1–30; `text` is how people write
    it (e.g. "闰二月初四"); `next_date` is the solar date the lunar birthday falls on next (today
    counts), the day operators send their greetings.
    """

    month: int
    day: int
    leap: bool
    text: str
    next_date: dt.date


def lunar_birthday(birthday: dt.date, today: dt.date | None = None) -> LunarBirthday | None:
    """The lunar reading of the solar date `birthday` (None outside lunar-python's range).

    A leap-month birthday is celebrated in the ordinary month of that number (most years have no
    such leap month), and day 30 falls on the 29th in a short (29-day) month.
    """
    today = today or dt.date.today()
    fast = _from_table(birthday, today)
    if fast is not None:
        return fast
    from lunar_python import Lunar, LunarMonth, Solar

    try:
        lunar = Solar.fromYmd(birthday.year, birthday.month, birthday.day).getLunar()
    except (
        Exception
    ):  # lunar-python covers years 1–9999 only; a typo like year 0 is not ours to fix
        return None
    month, day = abs(lunar.getMonth()), lunar.getDay()
    text = f"{lunar.getMonthInChinese()}月{lunar.getDayInChinese()}"
    next_date = None
    # The lunar year that starts in late Jan/Feb: this lunar year's birthday may already be past,
    # or last lunar year's may still be ahead (a 腊月 birthday in January).
    for year in range(today.year - 1, today.year + 2):
        days = LunarMonth.fromYm(year, month).getDayCount()
        solar = Lunar.fromYmd(year, month, min(day, days)).getSolar()
        candidate = dt.date(solar.getYear(), solar.getMonth(), solar.getDay())
        if candidate >= today:
            next_date = candidate
            break
    assert next_date is not None  # three consecutive lunar years always contain one ahead
    return LunarBirthday(
        month=month, day=day, leap=lunar.getMonth() < 0, text=text, next_date=next_date
    )


_MONTHS = "正二三四五六七八九十冬腊"
_TENS = ("初", "十", "廿", "三")
_UNITS = "一二三四五六七八九十"


def _day_text(day: int) -> str:
    """初一 … 初十, 十一 … 二十, 廿一 … 廿九, 三十 (as lunar-python writes them)."""
    if day == 10:
        return "初十"
    if day == 20:
        return "二十"
    if day == 30:
        return "三十"
    return _TENS[day // 10] + _UNITS[day % 10 - 1]


def _from_table(birthday: dt.date, today: dt.date) -> LunarBirthday | None:
    """The same reading from the month table (microseconds, not lunar-python's ~25 ms: the
    detail panel shows it on the UI thread); None outside the table's years."""
    from app.members.lunar_calendar import month_days, month_start, solar_to_lunar

    lunar = solar_to_lunar(birthday)
    if lunar is None:
        return None
    _year, signed, day = lunar
    month = abs(signed)
    text = f"{'闰' if signed < 0 else ''}{_MONTHS[month - 1]}月{_day_text(day)}"
    for year in range(today.year - 1, today.year + 2):
        days, start = month_days(year, month), month_start(year, month)
        if days is None or start is None:
            return None
        candidate = dt.date.fromordinal(start + min(day, days) - 1)
        if candidate >= today:
            return LunarBirthday(month, day, signed < 0, text, candidate)
    return None
