"""Every business setting, declared once with its key, type, default and validation.

Like qutebrowser's `configdata.yml`: readers ask `value(s, key)` and get the stored value or the
declared default (a stored value the declaration refuses — written by hand or by an older
version — reads as the default, so a bad row never breaks a reader); the one writer,
`settings.set`, refuses a value with a Chinese sentence naming the setting. Lists come back as
tuples, maps as dicts; what is stored is plain JSON (lists, objects, numbers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from db.models import Setting

ESCALATION_STEPS = {"warning": "警告", "removal": "移出"}


@dataclass(frozen=True)
class Declared:
    """One setting. `kind`: int, flag (true/false), text_list, int_list (ascending, from 0),
    int_map or goals."""

    key: str
    kind: str
    default: Any
    title: str  # how the setting is named in a refusal (Chinese)
    minimum: int = 0
    maximum: int = 1_000_000
    optional: bool = False  # None is a value of its own (e.g. 永不过期), not "the default"
    choices: tuple[str, ...] = ()  # a text list whose items must be among these
    names: tuple[str, ...] = ()  # the keys of an int_map
    max_items: int = 50

    def check(self, value: Any) -> Any:
        """The value as stored (JSON) if the declaration accepts it; else a ValidationError."""
        return _CHECKS[self.kind](self, value)

    def read(self, stored: Any) -> Any:
        """The stored JSON as readers get it (tuples for lists); the default when unusable."""
        if stored is None:
            return self.default
        try:
            checked = self.check(stored)
        except (ValidationError, TypeError, ValueError):
            return self.default
        if self.kind == "int_map":
            return {**self.default, **checked}
        if self.kind == "goals":
            return checked
        return tuple(checked) if isinstance(checked, list) else checked


def _int(d: Declared, value: Any) -> int | None:
    if value is None and d.optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"「{d.title}」要填一个整数，「{value}」不是整数。")
    if not d.minimum <= value <= d.maximum:
        raise ValidationError(
            f"「{d.title}」填了 {value}：请填 {d.minimum} 到 {d.maximum} 之间的整数。"
        )
    return value


def _flag(d: Declared, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"「{d.title}」只能是开（true）或关（false），「{value}」不是。")
    return value


def _items(d: Declared, value: Any) -> list[Any]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValidationError(f"「{d.title}」要写成一个列表。")
    if not value:
        raise ValidationError(f"「{d.title}」至少要有一项。")
    if len(value) > d.max_items:
        raise ValidationError(f"「{d.title}」最多 {d.max_items} 项，现在有 {len(value)} 项。")
    return list(value)


def _text_list(d: Declared, value: Any) -> list[str]:
    items = [str(v).strip() for v in _items(d, value)]
    if any(not v for v in items):
        raise ValidationError(f"「{d.title}」里不能有空的一项。")
    if any(len(v) > 30 for v in items):
        raise ValidationError(f"「{d.title}」的每一项最多 30 个字。")
    if d.choices:
        bad = [v for v in items if v not in d.choices]
        if bad:
            allowed = "、".join(f"「{ESCALATION_STEPS.get(c, c)}」({c})" for c in d.choices)
            raise ValidationError(f"「{d.title}」的每一步只能是 {allowed}，「{bad[0]}」不行。")
    elif len(set(items)) != len(items):
        twice = next(v for v in items if items.count(v) > 1)
        raise ValidationError(f"「{d.title}」里「{twice}」出现了两次。")
    return items


def _int_list(d: Declared, value: Any) -> list[int]:
    items = [_int(d, v) for v in _items(d, value)]
    numbers = [v for v in items if v is not None]
    if numbers[0] != 0 or numbers != sorted(set(numbers)):
        raise ValidationError(f"「{d.title}」必须从 0 开始并逐级增加，例如 0、50、150、400、1000。")
    return numbers


def _int_map(d: Declared, value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValidationError(f"「{d.title}」要写成「名称: 分数」的对照。")
    unknown = [k for k in value if k not in d.names]
    if unknown:
        raise ValidationError(
            f"「{d.title}」里没有「{unknown[0]}」这一项：可以设 {'、'.join(d.names)}。"
        )
    out: dict[str, int] = {}
    for k, v in value.items():
        checked = _int(d, v)
        assert checked is not None
        out[str(k)] = checked
    return out


GOAL_METRICS = ("active", "new", "total", "revenue")
_QUARTER = re.compile(r"^\d{4}-Q[1-4]$")


def _goals(d: Declared, value: Any) -> dict[str, dict[str, int]]:
    """{"default": {"active": 30, "new": 50}, "2026-Q4": {...}}: growth goals in percent."""
    if not isinstance(value, dict):
        raise ValidationError(f"「{d.title}」要写成「季度: {{指标: 百分比}}」的对照。")
    out: dict[str, dict[str, int]] = {}
    for quarter, goals in value.items():
        if quarter != "default" and not _QUARTER.match(str(quarter)):
            raise ValidationError(
                f"「{d.title}」里的「{quarter}」不是季度：请写成 2026-Q4，或 default（每个季度）。"
            )
        if not isinstance(goals, dict):
            raise ValidationError(f"「{d.title}」里 {quarter} 的目标要写成「指标: 百分比」。")
        row: dict[str, int] = {}
        for metric, pct in goals.items():
            if metric not in GOAL_METRICS:
                raise ValidationError(
                    f"「{d.title}」里没有「{metric}」这个指标：可以设 {'、'.join(GOAL_METRICS)}。"
                )
            if isinstance(pct, bool) or not isinstance(pct, int) or not -100 <= pct <= 1000:
                raise ValidationError(
                    f"「{d.title}」里 {quarter} 的 {metric} 填了「{pct}」：请填 -100 到 1000 之间的整数（百分比）。"
                )
            row[str(metric)] = pct
        out[str(quarter)] = row
    return out


_CHECKS: dict[str, Any] = {
    "int": _int,
    "flag": _flag,
    "text_list": _text_list,
    "int_list": _int_list,
    "int_map": _int_map,
    "goals": _goals,
}

POINTS_RULES = "points.rules"
POINTS_LEVELS = "points.levels"
ESCALATION_POLICY = "care.escalation_policy"
WARNING_REASONS = "care.warning_reasons"
WARNING_EXPIRY = "care.warning_expiry_days"
COMPLAINT_CATEGORIES = "care.complaint_categories"
COMPLAINT_CHANNELS = "care.complaint_channels"
ACTIVITY_KINDS = "activities.kinds"
REMINDER_MINUTES = "calendar.reminder_minutes"
SILENT_DAYS = "members.silent_days"
ZOMBIE_DAYS = "members.zombie_days"
BACKUP_MINUTES = "backups.interval_minutes"
BACKUP_KEEP = "backups.keep_recent"
REPORT_GOALS = "reports.quarter_goals"
CLOSE_TO_TRAY = "window.close_to_tray"

DECLARED: dict[str, Declared] = {
    d.key: d
    for d in (
        Declared(
            POINTS_RULES,
            "int_map",
            {"checkin": 5, "share": 20, "win": 50},
            "积分规则",
            maximum=10_000,
            names=("checkin", "share", "win"),
        ),
        Declared(POINTS_LEVELS, "int_list", (0, 50, 150, 400, 1000), "等级门槛", max_items=20),
        Declared(
            ESCALATION_POLICY,
            "text_list",
            ("warning", "removal"),
            "升级规则",
            choices=tuple(ESCALATION_STEPS),
            max_items=10,
        ),
        Declared(
            WARNING_REASONS,
            "text_list",
            ("广告", "刷屏", "引战", "私加好友", "发链接", "负面言论"),
            "警告原因",
        ),
        Declared(WARNING_EXPIRY, "int", None, "警告有效期（天）", 1, 3650, optional=True),
        Declared(
            COMPLAINT_CATEGORIES,
            "text_list",
            ("产品质量", "物流", "服务态度", "活动规则", "退款", "其他"),
            "投诉类别",
        ),
        Declared(
            COMPLAINT_CHANNELS,
            "text_list",
            ("群聊", "私聊", "电话", "公众号", "其他"),
            "投诉渠道",
        ),
        Declared(
            ACTIVITY_KINDS,
            "text_list",
            ("打卡营", "抽奖", "分享会", "比赛", "团购", "直播"),
            "活动类型",
        ),
        Declared(REMINDER_MINUTES, "int", 10, "发布提醒提前（分钟）", 1, 24 * 60),
        Declared(SILENT_DAYS, "int", 30, "沉默成员（天未活跃）", 1, 3650),
        Declared(ZOMBIE_DAYS, "int", 90, "僵尸成员（天未活跃）", 1, 3650),
        Declared(BACKUP_MINUTES, "int", 30, "自动备份间隔（分钟）", 5, 24 * 60),
        Declared(BACKUP_KEEP, "int", 10, "保留最近备份（份）", 1, 100),
        Declared(REPORT_GOALS, "goals", {}, "季度目标"),
        Declared(CLOSE_TO_TRAY, "flag", False, "关闭窗口时最小化到托盘"),
    )
}


def declared(key: str) -> Declared:
    """The declaration of `key`; an unknown key is refused in one sentence."""
    found = DECLARED.get(key)
    if found is None:
        raise ValidationError(f"没有名为「{key}」的设置。")
    return found


def value(s: Session, key: str) -> Any:
    """The setting as readers use it: stored, or the declared default."""
    d = declared(key)
    stored = s.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return d.read(stored)


def values(s: Session, keys: Sequence[str] | None = None) -> dict[str, Any]:
    """Several settings at once (all declared ones by default), in one query."""
    wanted = list(keys) if keys is not None else list(DECLARED)
    for key in wanted:
        declared(key)
    stored: dict[str, Any] = dict(
        s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted))).all()
    )
    return {k: DECLARED[k].read(stored.get(k)) for k in wanted}


def store(s: Session, key: str, stored: Any) -> Any:
    """Write a setting's row (None: remove it) inside an operation; returns what was stored.

    Only operations call this (`settings.set`, and the older per-area setting operations).
    """
    row = s.get(Setting, key)
    old = row.value if row is not None else None
    if stored is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=key, value=stored))
    else:
        row.value = stored
    s.flush()
    return old


class SettingsService:
    """Reads business settings for the window and the CLI (writes: `settings.set`)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory

    def get(self, key: str) -> Any:
        with self.session_factory() as s:
            return value(s, key)

    def all(self) -> dict[str, Any]:
        with self.session_factory() as s:
            return values(s)
