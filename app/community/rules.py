"""Points rules and level thresholds: business settings in the `settings` table, with defaults."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from db.models import Setting

RULES_KEY = "points.rules"
LEVELS_KEY = "points.levels"

REASONS = {
    "checkin": "打卡",
    "share": "分享",
    "win": "活动获奖",
    "manual": "手动调整",
    "redeem": "兑换",
}
"""Ledger reasons and how they read."""

DEFAULT_RULES: dict[str, int] = {"checkin": 5, "share": 20, "win": 50}
# Points from which a level starts: level 1 from 0, level 2 from 50 …
DEFAULT_LEVELS: tuple[int, ...] = (0, 50, 150, 400, 1000)

KINDS = ("打卡营", "抽奖", "分享会", "比赛", "团购", "直播")
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


def _value(s: Session, key: str) -> Any:
    return s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()


def load_rules(s: Session) -> PointsRules:
    """The rules stored in the database, defaults for whatever is not set."""
    rules = dict(DEFAULT_RULES)
    stored = _value(s, RULES_KEY)
    if isinstance(stored, dict):
        rules.update({k: int(v) for k, v in stored.items() if k in DEFAULT_RULES})
    levels = _value(s, LEVELS_KEY)
    thresholds = tuple(int(v) for v in levels) if isinstance(levels, list) and levels else None
    return PointsRules(rules["checkin"], rules["share"], rules["win"], thresholds or DEFAULT_LEVELS)


def check_levels(levels: tuple[int, ...]) -> None:
    if not levels or levels[0] != 0 or list(levels) != sorted(set(levels)):
        raise ValidationError("等级门槛必须从 0 开始并逐级增加，例如 0、50、150、400、1000。")
