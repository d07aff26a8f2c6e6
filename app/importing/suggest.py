"""Check a guessed mapping against the column's values; suggest the field they do fit."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from app.importing.columns import target_label
from app.importing.values import (
    BadValue,
    to_date,
    to_gender,
    to_int,
    to_level,
    to_status,
    to_text,
    to_tier,
)
from app.phones import normalize_phone

SAMPLE_ROWS = 200
MIN_VALUES = 3
POOR_FIT = 0.5  # below this share of fitting values, the guess is questioned
GOOD_FIT = 0.8  # a suggestion must fit at least this share
_QQ = re.compile(r"^[1-9]\d{4,11}$")


def _parses(parse: Callable[[object], object]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        try:
            parse(value)
        except BadValue:
            return False
        return True

    return check


def _phone(value: object) -> bool:
    phone, flagged = normalize_phone(value)
    return bool(phone) and not flagged


def _qq(value: object) -> bool:
    return bool(_QQ.match(to_text(value)))


def _date(value: object) -> bool:
    # Plain small numbers parse as serials; a date column is one whose values look like dates.
    if isinstance(value, int | float) and not 20000 <= value <= 80000:
        return False
    return _parses(to_date)(value)


# The fields whose values can be checked, in the order suggestions are tried.
CHECKS: dict[str, Callable[[object], bool]] = {
    "tier": _parses(to_tier),
    "status": _parses(to_status),
    "gender": _parses(to_gender),
    "level": _parses(to_level),
    "points": _parses(to_int),
    "phone": _phone,
    "qq": _qq,
    "joined": _date,
    "birthday": _date,
    "last_active": _date,
    "last_contacted": _date,
}
# A column guessed as one of these may be offered as the other (等级 holding 付费会员 …).
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "level": ("tier", "status"),
    "tier": ("level", "status"),
    "status": ("tier",),
    "points": ("level",),
    "phone": ("qq",),
    "qq": ("phone",),
    "gender": ("tier", "status"),
    "joined": ("last_active",),
    "last_active": ("joined",),
}


def fit_share(target: str, values: Sequence[Any]) -> float:
    """Share of `values` (non-empty cells) that the field `target` accepts as they are."""
    check = CHECKS.get(target)
    if check is None or not values:
        return 1.0
    return sum(1 for v in values if check(v)) / len(values)


def suggest(mapping: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[list[str], list[str]]:
    """(mapping with better-fitting fields, one hint per column: "" or why it was changed).

    `rows` are the data rows under the header; only the first SAMPLE_ROWS are looked at."""
    out = list(mapping)
    hints = [""] * len(mapping)
    sample = rows[:SAMPLE_ROWS]
    for index, target in enumerate(mapping):
        if target not in CHECKS:
            continue
        values = [r[index] for r in sample if index < len(r) and r[index] not in (None, "")]
        if len(values) < MIN_VALUES or fit_share(target, values) >= POOR_FIT:
            continue
        example = to_text(next(v for v in values if not CHECKS[target](v)))[:20]
        for other in _ALTERNATIVES.get(target, ()):
            if other not in out and fit_share(other, values) >= GOOD_FIT:
                out[index] = other
                hints[index] = (
                    f"多数值（如「{example}」）不像{target_label(target)}，"
                    f"更像{target_label(other)}：已改为映射到「{target_label(other)}」"
                )
                break
        else:
            hints[index] = (
                f"多数值（如「{example}」）不像{target_label(target)}："
                "无法识别的值会原样存入自定义字段并标记"
            )
    return out, hints
