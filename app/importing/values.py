"""Cell values to member values: dates in every form, gender, integers, status; errors say why."""

from __future__ import annotations

import datetime as dt

from app.dates import parse_date
from app.errors import BadValue
from app.members.domain import STATUSES, TIERS
from app.text import clean, fold, normal, parse_gender

__all__ = [
    "BadValue",
    "to_bool",
    "to_date",
    "to_gender",
    "to_int",
    "to_status",
    "to_text",
    "to_tier",
]

_STATUS = {**{v: k for k, v in STATUSES.items()}, **{k: k for k in STATUSES}}
_TIER = {**{v: k for k, v in TIERS.items()}, **{k: k for k in TIERS}, "vip": "paid", "会员": "paid"}


def to_text(value: object) -> str:
    """A cell as text: floats that are whole numbers lose their `.0` (QQ numbers, IDs)."""
    if type(value) is str:
        # Fast path: most cells are already clean (no stray spaces). The text is kept as it is
        # written (full-width punctuation too): matching folds it, storing does not.
        if value.isprintable() and "  " not in value and value == value.strip():
            return value
    elif value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return clean(value)


def to_date(value: object, date1904: bool = False) -> dt.date | None:
    """Date cells, Excel serials (1900/1904), `2024/1/5`, `2024-01-05`, `2024.1.5`, `2024年1月5日`."""
    return parse_date(value, date1904)


def to_gender(value: object) -> str:
    return parse_gender(value)


def to_int(value: object) -> int:
    if isinstance(value, bool):
        raise BadValue("不是整数")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise BadValue("不是整数")
    text = normal(to_text(value)).replace(",", "")
    if not text:
        return 0
    try:
        number = float(text)
    except ValueError:
        raise BadValue("不是整数") from None
    if not number.is_integer():
        raise BadValue("不是整数")
    return int(number)


def to_status(value: object) -> str:
    text = fold(to_text(value))
    if text in _STATUS:
        return _STATUS[text]
    raise BadValue(f"状态只能是 {'/'.join(STATUSES.values())}")


def to_tier(value: object) -> str:
    text = fold(to_text(value))
    if text in _TIER:
        return _TIER[text]
    raise BadValue(f"会员类型只能是 {'/'.join(TIERS.values())}")


_TRUE = {"是", "1", "true", "yes", "y", "农历", "√", "✓"}
_FALSE = {"否", "0", "false", "no", "n", "阳历", "公历", ""}


def to_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = fold(to_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise BadValue("只能是 是/否")
