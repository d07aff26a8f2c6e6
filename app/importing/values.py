"""Cell values to member values: dates in every form, gender, integers, status; errors say why."""

from __future__ import annotations

import datetime as dt
import re

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
_TIER = {
    **{v: k for k, v in TIERS.items()},
    **{k: k for k in TIERS},
    "vip": "paid",
    "svip": "paid",
    "会员": "paid",
    "付费会员": "paid",
    "vip会员": "paid",
    "年费会员": "paid",
    "免费会员": "free",
    "非会员": "free",
    "普通用户": "free",
}
# `LV58`, `Lv.5 话唠`, `等级3`: QQ group levels carry a prefix and a title; `5级`, `V3` too.
_LEVEL_PREFIXED = re.compile(r"(?:lv|level|等级)\s*[.:：]?\s*(\d{1,4})", re.IGNORECASE)
_LEVEL_PLAIN = re.compile(r"^v?\s*(\d{1,4})\s*级?(?:\s|$)", re.IGNORECASE)
# Money and quantities as people type them: `¥199.00`, `1,234`, `200分`, `３００`.
_QUANTITY = re.compile(r"^[¥￥$]?\s*([+-]?[\d,，]*\d(?:\.\d+)?)\s*(?:元|分|积分|点|个)?$")


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
    """Whole numbers, also as typed with a currency sign, thousands separators or a unit."""
    if isinstance(value, bool):
        raise BadValue("不是整数")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise BadValue("不是整数")
    text = normal(to_text(value))
    if not text:
        return 0
    match = _QUANTITY.match(text)
    if not match:
        raise BadValue("不是整数")
    number = float(match.group(1).replace(",", "").replace("，", ""))
    if not number.is_integer() or abs(number) >= 2**53:
        raise BadValue("不是整数")
    return int(number)


def to_level(value: object) -> int:
    """A level: 58, `LV58`, `Lv.5 话唠`, `5级`; raises BadValue for anything else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return to_int(value)
    text = to_text(value)
    if not text:
        return 0
    match = _LEVEL_PREFIXED.search(text) or _LEVEL_PLAIN.match(text)
    if match:
        return int(match.group(1))
    return to_int(text)


def level_or_tier(value: object) -> tuple[str, int | str]:
    """("level", n) for a level, ("tier", t) for a membership word (`付费会员` is a tier)."""
    try:
        return "level", to_level(value)
    except BadValue:
        pass
    try:
        return "tier", to_tier(value)
    except BadValue:
        raise BadValue("不是等级（如 5、LV5）也不是会员类型") from None


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


def raw_text(value: object) -> str:
    """A cell as the user typed it (custom fields, notes): stripped, not NFKC-folded."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def shown(value: object) -> str:
    """A cell as quoted in a problem report: at most 60 characters."""
    text = to_text(value)
    return text if len(text) <= 60 else text[:57] + "…"
