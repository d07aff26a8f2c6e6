"""The one date parser of the core: what the member service and the importer both accept.

Date cells, Excel serials (1900 and 1904 systems), `2024/1/5`, `2024-01-05`, `2024.1.5`,
`2024年1月5日`, `20240105`, with or without a time part; full-width digits too (the text is
NFKC-normalised before it is read, never stored that way).
"""

from __future__ import annotations

import datetime as dt
import re

from app.errors import BadValue
from app.text import normal

EPOCH_1900 = dt.date(1899, 12, 30)
EPOCH_1904 = dt.date(1904, 1, 1)
_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]+\d{1,2}[:：]\d{1,2}(?:[:：]\d{1,2}(?:\.\d+)?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
DATE_HINT = "2024-01-05、2024/1/5、2024.1.5、2024年1月5日"


def parse_date(value: object, date1904: bool = False) -> dt.date | None:
    """A date from any accepted form; None for an empty value; `BadValue` says why not."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise BadValue("不是日期")
    if isinstance(value, int | float):
        return _serial(float(value), date1904)
    text = normal(value)
    if not text:
        return None
    match = _DATE_TEXT.match(text) or _COMPACT.match(text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise BadValue("日期不存在（月或日超出范围）") from None
    try:
        return _serial(float(text), date1904)
    except ValueError:
        pass
    raise BadValue(f"无法识别的日期（可用 {DATE_HINT}）")


def _serial(number: float, date1904: bool) -> dt.date:
    if not 1 <= number < 2958466:
        raise BadValue("数字不像日期")
    days = int(number)
    if date1904:
        return EPOCH_1904 + dt.timedelta(days=days)
    if days < 61:  # Excel's fictitious 1900-02-29 shifts the first two months by one.
        days += 1
    return EPOCH_1900 + dt.timedelta(days=days)


def current_minute() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


def not_after_now(moment: dt.datetime) -> dt.datetime:
    """`moment`, or the present minute if `moment` is still to come (demo data made before 09:00)."""
    return min(moment, current_minute())
