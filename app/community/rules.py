"""Points rules and level thresholds: business settings in the `settings` table, with defaults."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.settings.declared import ACTIVITY_KINDS, DECLARED, POINTS_LEVELS, POINTS_RULES, value

RULES_KEY = POINTS_RULES
LEVELS_KEY = POINTS_LEVELS

REASONS = {
    "checkin": "打卡",
    "share": "分享",
    "win": "活动获奖",
    "manual": "手动调整",
    "redeem": "兑换",
}
"""Ledger reasons and how they read."""

DEFAULT_RULES: dict[str, int] = dict(DECLARED[POINTS_RULES].default)
# Points from which a level starts: level 1 from 0, level 2 from 50 …
DEFAULT_LEVELS: tuple[int, ...] = DECLARED[POINTS_LEVELS].default

KINDS: tuple[str, ...] = DECLARED[ACTIVITY_KINDS].default
"""Built-in activity kinds; an activity may carry any other text as its kind."""


@dataclass(frozen=True, slots=True)
class PointsRules:
    """How many points a check-in, a share and a win give; where each level starts."""

    checkin: int = DEFAULT_RULES["checkin"]
    share: int = DEFAULT_RULES["share"]
    win: int = DEFAULT_RULES["win"]
    levels: tuple[int, ...] = DEFAULT_LEVELS

    def level_for(self, points: int) -> int:
        """The level a member with `points` points has (1 below the second threshold)."""
        return max(1, bisect.bisect_right(self.levels, points))

    def for_reason(self, reason: str) -> int:
        return int(getattr(self, reason))


def load_rules(s: Session) -> PointsRules:
    """The rules stored in the database (declared in `app.settings`), defaults for the rest."""
    rules: dict[str, Any] = value(s, POINTS_RULES)
    levels: tuple[int, ...] = value(s, POINTS_LEVELS)
    return PointsRules(rules["checkin"], rules["share"], rules["win"], levels)


def activity_kinds(s: Session) -> tuple[str, ...]:
    """The activity kinds offered (a business setting; an activity may carry any other)."""
    kinds: tuple[str, ...] = value(s, ACTIVITY_KINDS)
    return kinds


def check_levels(levels: tuple[int, ...]) -> None:
    """Refuse thresholds that do not start at 0 and rise (the declaration's own check)."""
    DECLARED[POINTS_LEVELS].check(list(levels))
