"""The business settings of warnings: escalation policy, reason list, expiry (in `settings`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.settings.declared import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CHANNELS,
    DECLARED,
    ESCALATION_POLICY,
    ESCALATION_STEPS,
    WARNING_EXPIRY,
    WARNING_REASONS,
    values,
)

POLICY_KEY = ESCALATION_POLICY
REASONS_KEY = WARNING_REASONS
EXPIRY_KEY = WARNING_EXPIRY
CATEGORIES_KEY = COMPLAINT_CATEGORIES
CHANNELS_KEY = COMPLAINT_CHANNELS
KEYS = (POLICY_KEY, REASONS_KEY, EXPIRY_KEY, CATEGORIES_KEY, CHANNELS_KEY)

# The nth warning still in force leads to policy[n-1] (the last step repeats).
DEFAULT_POLICY: tuple[str, ...] = DECLARED[POLICY_KEY].default
STEPS = tuple(ESCALATION_STEPS)
DEFAULT_REASONS: tuple[str, ...] = DECLARED[REASONS_KEY].default
DEFAULT_CATEGORIES: tuple[str, ...] = DECLARED[CATEGORIES_KEY].default
DEFAULT_CHANNELS: tuple[str, ...] = DECLARED[CHANNELS_KEY].default


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


def load(s: Session) -> CareSettings:
    """The settings as stored; defaults for what is missing or unusable (`app.settings`)."""
    value = values(s, KEYS)
    return CareSettings(
        policy=value[POLICY_KEY],
        reasons=value[REASONS_KEY],
        expiry_days=value[EXPIRY_KEY],
        categories=value[CATEGORIES_KEY],
        channels=value[CHANNELS_KEY],
    )
