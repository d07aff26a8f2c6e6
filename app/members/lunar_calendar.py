"""Fast lunar (农历) date arithmetic from a precomputed month table (1899–2100).

lunar-python computes a whole lunar year for each conversion (2–25 ms); the birthday filter
needs tens of thousands of conversions, so it reads `lunar_months.MONTHS` (generated from
lunar-python, see `main`) with a bisect instead (microseconds).
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache

from app.members.lunar_months import MONTHS

_STARTS = [row[0] for row in MONTHS]
_BY_MONTH = {(year, month): (start, days) for start, year, month, days in MONTHS}
FIRST_YEAR, LAST_YEAR = MONTHS[0][1] + 1, MONTHS[-1][1]


def solar_to_lunar(day: dt.date) -> tuple[int, int, int] | None:
    """(lunar year, month — negative for a leap month —, day) of a solar date; None outside."""
    ordinal = day.toordinal()
    i = bisect.bisect_right(_STARTS, ordinal) - 1
    if i < 0:
        return None
    start, year, month, days = MONTHS[i]
    if ordinal >= start + days:
        return None
    return year, month, ordinal - start + 1


def month_days(year: int, month: int) -> int | None:
    """Days in lunar month `month` of `year` (negative: the leap month); None if none."""
    found = _BY_MONTH.get((year, month))
    return found[1] if found else None


def month_start(year: int, month: int) -> int | None:
    """Ordinal of the first solar day of lunar month `month` of `year` (None if none)."""
    found = _BY_MONTH.get((year, month))
    return found[0] if found else None


def _celebrated_keys(start: dt.date, end: dt.date) -> set[tuple[int, int]]:
    """The lunar (month, day) birthdays celebrated on a day of [start, end].

    As `lunar_dates.lunar_birthday` keeps them: a leap-month birthday falls in the ordinary
    month of that number (so nobody's birthday falls in a leap month), and day 30 falls on the
    29th of a 29-day month.
    """
    keys: set[tuple[int, int]] = set()
    day = start
    while day <= end:
        lunar = solar_to_lunar(day)
        if lunar is not None and lunar[1] > 0:
            year, month, d = lunar
            keys.add((month, d))
            if d == 29 and month_days(year, month) == 29:
                keys.add((month, 30))
        day += dt.timedelta(days=1)
    return keys


@lru_cache(maxsize=64)
def lunar_birth_ranges(
    start: dt.date, end: dt.date, last_birth_year: int
) -> tuple[tuple[dt.date, dt.date], ...]:
    """Solar birth dates (as runs of consecutive days) whose lunar birthday falls in [start, end].

    Birth years from 1899 to `last_birth_year`; consecutive lunar days are consecutive solar
    days, so a window of N days gives about two runs per birth year, whatever N is.
    """
    keys = _celebrated_keys(start, end)
    ordinals: set[int] = set()
    for year in range(FIRST_YEAR - 1, min(last_birth_year, LAST_YEAR) + 1):
        for month, d in keys:
            for m in (month, -month):
                found = _BY_MONTH.get((year, m))
                if found is not None and d <= found[1]:
                    ordinals.add(found[0] + d - 1)
    runs: list[tuple[dt.date, dt.date]] = []
    first = last = None
    for o in sorted(ordinals):
        if last is not None and o == last + 1:
            last = o
            continue
        if first is not None and last is not None:
            runs.append((dt.date.fromordinal(first), dt.date.fromordinal(last)))
        first = last = o
    if first is not None and last is not None:
        runs.append((dt.date.fromordinal(first), dt.date.fromordinal(last)))
    return tuple(runs)


def solar_keys(start: dt.date, end: dt.date) -> set[int]:
    """month*100+day of the solar birthdays celebrated in [start, end] (29 Feb on the 28th of a
    common year)."""
    keys: set[int] = set()
    day = start
    while day <= end:
        keys.add(day.month * 100 + day.day)
        if day.month == 2 and day.day == 28 and not _leap(day.year):
            keys.add(229)
        day += dt.timedelta(days=1)
    return keys


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def main() -> None:  # pragma: no cover - regenerates the table, run by hand
    """Rewrite `app/members/lunar_months.py` from lunar-python (a few seconds)."""
    from pathlib import Path

    from lunar_python import LunarYear

    rows = []
    for year in range(1899, 2101):
        for m in LunarYear.fromYear(year).getMonthsInYear():
            # Julian day numbers count from noon: JD 2440588.0 is noon of 1970-01-01.
            day = dt.date(1970, 1, 1) + dt.timedelta(days=round(m.getFirstJulianDay() - 2440588))
            rows.append((day.toordinal(), m.getYear(), m.getMonth(), m.getDayCount()))
    path = Path(__file__).with_name("lunar_months.py")
    head = path.read_text(encoding="utf-8").split("MONTHS:")[0]
    body = "".join(f"    {row},\n" for row in rows)
    path.write_text(
        f"{head}MONTHS: tuple[tuple[int, int, int, int], ...] = (\n{body})\n", encoding="utf-8"
    )


if __name__ == "__main__":  # pragma: no cover
    main()
