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
    from lunar_python import Lunar, LunarMonth, Solar

    today = today or dt.date.today()
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
