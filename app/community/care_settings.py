"""The business settings of warnings: escalation policy, reason list, expiry (in `settings`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import Setting

POLICY_KEY = "care.escalation_policy"
REASONS_KEY = "care.warning_reasons"
EXPIRY_KEY = "care.warning_expiry_days"
CATEGORIES_KEY = "care.complaint_categories"
CHANNELS_KEY = "care.complaint_channels"
KEYS = (POLICY_KEY, REASONS_KEY, EXPIRY_KEY, CATEGORIES_KEY, CHANNELS_KEY)

# The nth warning still in force leads to policy[n-1] (the last step repeats).
DEFAULT_POLICY: tuple[str, ...] = ("warning", "removal")
STEPS = ("warning", "removal")
DEFAULT_REASONS = ("广告", "刷屏", "引战", "私加好友", "发链接", "负面言论")
DEFAULT_CATEGORIES = ("产品质量", "物流", "服务态度", "活动规则", "退款", "其他")
DEFAULT_CHANNELS = ("群聊", "私聊", "电话", "公众号", "其他")


@dataclass(frozen=True, slots=True)
class CareSettings:
    policy: tuple[str, ...] = DEFAULT_POLICY
    reasons: tuple[str, ...] = DEFAULT_REASONS
    expiry_days: int | None = None
    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    channels: tuple[str, ...] = DEFAULT_CHANNELS

    def step_for(self, count: int) -> str:
        """What the `count`-th warning in force leads to."""
        policy = self.policy or DEFAULT_POLICY
        return policy[min(max(count, 1), len(policy)) - 1]


def _tuple(value: Any, default: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and value:
        return tuple(value)
    return default


def load(s: Session) -> CareSettings:
    """The settings as stored; defaults for what is missing or unusable."""
    stored = {k: s.get(Setting, k) for k in KEYS}
    value = {k: (row.value if row is not None else None) for k, row in stored.items()}
    policy = tuple(p for p in _tuple(value[POLICY_KEY], DEFAULT_POLICY) if p in STEPS)
    expiry = value[EXPIRY_KEY]
    return CareSettings(
        policy=policy or DEFAULT_POLICY,
        reasons=_tuple(value[REASONS_KEY], DEFAULT_REASONS),
        expiry_days=expiry if isinstance(expiry, int) and expiry > 0 else None,
        categories=_tuple(value[CATEGORIES_KEY], DEFAULT_CATEGORIES),
        channels=_tuple(value[CHANNELS_KEY], DEFAULT_CHANNELS),
    )
