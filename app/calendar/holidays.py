"""The Chinese calendar operators plan around: public holidays, 调休 workdays and festivals."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.calendar.domain import WORKDAY_SUFFIX, DayMark

# English names used by `chinesecalendar` → the Chinese names shown to the user.
HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}
# Solar festivals (month, day, name).
SOLAR_FESTIVALS = (
    (1, 1, "元旦"),
    (2, 14, "情人节"),
    (3, 8, "妇女节/女神节"),
    (5, 20, "520"),
    (6, 18, "618"),
    (10, 1, "国庆"),
    (11, 11, "双11"),
    (12, 12, "双12"),
    (12, 25, "圣诞节"),
)
# Lunar festivals (lunar month, lunar day, name), turned into solar dates with lunar-python.
LUNAR_FESTIVALS = ((1, 1, "春节"), (1, 15, "元宵"), (5, 5, "端午"), (7, 7, "七夕"), (8, 15, "中秋"))


def no_data_note(year: int) -> str:
    """The note shown where the official holiday data ends."""
    return f"暂无 {year} 年的官方放假安排（国务院通知发布并更新软件后显示）。"


@lru_cache(maxsize=32)
def has_official_data(year: int) -> bool:
    """Whether `chinesecalendar` knows the State Council's holiday schedule for `year`."""
    import chinese_calendar

    try:
        chinese_calendar.get_holiday_detail(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=32)
def festivals_of_year(year: int) -> dict[dt.date, tuple[str, ...]]:
    """Solar and lunar festivals of a Gregorian year (lunar ones computed, never looked up)."""
    from lunar_python import Lunar

    found: dict[dt.date, list[str]] = {}
    for month, day, name in SOLAR_FESTIVALS:
        found.setdefault(dt.date(year, month, day), []).append(name)
    # A lunar date of lunar year Y-1 may fall in January of Y (元宵 rarely), so look at both.
    for lunar_year in (year - 1, year):
        for month, day, name in LUNAR_FESTIVALS:
            solar = Lunar.fromYmd(lunar_year, month, day).getSolar()
            date = dt.date(solar.getYear(), solar.getMonth(), solar.getDay())
            if date.year == year:
                found.setdefault(date, []).append(name)
    return {d: tuple(names) for d, names in found.items()}


@lru_cache(maxsize=32)
def official_days_of_year(year: int) -> dict[dt.date, tuple[str, str]]:
    """{day: (holiday name, workday name)} for days off and make-up workdays of `year`."""
    if not has_official_data(year):
        return {}
    import chinese_calendar

    out: dict[dt.date, tuple[str, str]] = {}
    for day, name in chinese_calendar.holidays.items():
        # The package lists ordinary weekends without a name; only named days are holidays.
        if day.year == year and name:
            out[day] = (HOLIDAY_NAMES.get(str(name), str(name)), "")
    for day, name in chinese_calendar.workdays.items():
        if day.year == year and name and day.weekday() >= 5:
            out[day] = ("", HOLIDAY_NAMES.get(str(name), str(name)) + WORKDAY_SUFFIX)
    return out


def years_without_data(start: dt.date, end: dt.date) -> tuple[int, ...]:
    """Years touched by `start` ≤ day < `end` that have no official holiday schedule yet."""
    return tuple(
        y
        for y in range(start.year, (end - dt.timedelta(days=1)).year + 1)
        if not has_official_data(y)
    )


def day_marks(start: dt.date, end: dt.date) -> tuple[dict[dt.date, DayMark], tuple[str, ...]]:
    """Marks for `start` ≤ day < `end` and the notes for years without official data."""
    marks: dict[dt.date, DayMark] = {}
    notes: list[str] = []
    for year in range(start.year, (end - dt.timedelta(days=1)).year + 1):
        official = official_days_of_year(year)
        if not has_official_data(year):
            notes.append(no_data_note(year))
        festivals = festivals_of_year(year)
        for day in set(official) | set(festivals):
            if start <= day < end:
                holiday, workday = official.get(day, ("", ""))
                marks[day] = DayMark(day, holiday, workday, festivals.get(day, ()))
    return marks, tuple(notes)
