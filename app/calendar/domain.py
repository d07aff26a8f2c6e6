"""Plain frozen data of the content calendar, passed between the core, the CLI and the UI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.domain import Changes

POST_STATUSES: dict[str, str] = {
    "idea": "构思",
    "draft": "草稿",
    "scheduled": "待发",
    "published": "已发",
    "cancelled": "取消",
}
# Built-in post types with their colours and templates, created on first use.
BUILTIN_TYPES: tuple[tuple[str, str, str, str], ...] = (
    ("知识锦囊", "#2e9d6a", "【知识锦囊】{date}", "今天的 2 分钟护肤小知识：\n\n"),
    ("团购接龙", "#e0672c", "【团购接龙】{date}", "今日团购：\n价格：\n截止时间：\n\n接龙：\n1. "),
    ("微分享", "#6d5bd0", "【微分享】{date} 20:00", "今晚 20:00 微分享\n主题：\n分享嘉宾：\n"),
    (
        "群规提醒",
        "#7a8594",
        "【群规提醒】",
        "温馨提醒：本群禁止发广告和拉人，违者第一次警告，第二次移出。",
    ),
    ("活动预告", "#d4418e", "【活动预告】", "活动时间：\n活动内容：\n报名方式：\n"),
    ("节日", "#c62828", "【节日】", "祝大家节日快乐！\n"),
)
# Stable keys of the built-in types, so a UI in another language can name them (app/ has no Qt).
BUILTIN_TYPE_KEYS: dict[str, str] = {
    "知识锦囊": "tip",
    "团购接龙": "group_buy",
    "微分享": "micro_talk",
    "群规提醒": "rules",
    "活动预告": "event",
    "节日": "festival",
}
WORKDAY_SUFFIX = "调休"
FREQS: dict[str, str] = {
    "daily": "每天",
    "weekly": "每周",
    "monthly": "每月",
    "interval": "每隔 N 天",
}
WEEKDAY_NAMES = ("一", "二", "三", "四", "五", "六", "日")
CALENDAR_AREA = "calendar"
# Slots and post types changed: the page reloads its menus and dialogs' choices too.
CALENDAR_VOCAB_AREA = "calendar.vocab"
DEFAULT_COLOR = "#5b8def"
REMINDER_KEY = "calendar.reminder_minutes"  # declared in app.settings
DEFAULT_REMINDER_MINUTES = 10


def calendar_changes() -> Changes:
    """The change set every calendar write announces (views of the calendar refresh)."""
    return Changes(areas=frozenset({CALENDAR_AREA}))


@dataclass(frozen=True, slots=True)
class PostTypeInfo:
    id: int
    name: str
    color: str
    builtin: bool
    template_title: str = ""
    template_body: str = ""

    @property
    def key(self) -> str:
        """The stable key of a built-in type still under its built-in name ("" otherwise)."""
        return builtin_type_key(self.name, self.builtin)


def builtin_type_key(name: str, builtin: bool) -> str:
    """A renamed built-in type, or a user type, has no key: its name shows as typed."""
    return BUILTIN_TYPE_KEYS.get(name, "") if builtin else ""


@dataclass(frozen=True, slots=True)
class SlotRule:
    """When a slot recurs. Weekdays: Monday = 0. Times are naive local wall-clock times."""

    freq: str = "daily"
    at_time: dt.time = dt.time(8, 0)
    start: dt.date = dt.date(2024, 1, 1)
    end: dt.date | None = None
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    interval: int = 1

    def describe(self) -> str:
        """A short Chinese sentence: 每周一、三、五 20:00."""
        at = self.at_time.strftime("%H:%M")
        if self.freq == "weekly":
            days = "、".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))
            return f"每周{days} {at}"
        if self.freq == "monthly":
            return f"每月 {self.month_day} 日 {at}"
        if self.freq == "interval":
            return f"每 {self.interval} 天 {at}"
        return f"每天 {at}"


@dataclass(frozen=True, slots=True)
class SlotInfo:
    id: int
    name: str
    type_id: int | None
    rule: SlotRule
    group_ids: tuple[int, ...] = ()
    template_title: str = ""
    template_body: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class PostInfo:
    """One post as the views and exports show it."""

    id: int
    title: str
    body: str
    type_id: int | None
    type_name: str
    color: str
    planned_at: dt.datetime | None
    status: str
    published_at: dt.datetime | None = None
    result: str = ""
    group_ids: tuple[int, ...] = ()
    group_names: tuple[str, ...] = ()
    segment_id: int | None = None
    slot_id: int | None = None
    slot_date: dt.date | None = None
    reminded_at: dt.datetime | None = None
    type_key: str = ""  # stable key of a built-in type (see BUILTIN_TYPE_KEYS), "" otherwise

    def is_late(self, now: dt.datetime) -> bool:
        """A scheduled post whose time has passed without being marked published."""
        return self.status == "scheduled" and self.planned_at is not None and self.planned_at < now


@dataclass(frozen=True, slots=True)
class PostValues:
    """What the post editor (or a script) writes. `None` planned_at keeps an idea undated."""

    title: str = ""
    body: str = ""
    type_id: int | None = None
    planned_at: dt.datetime | None = None
    status: str = "draft"
    group_ids: tuple[int, ...] = ()
    segment_id: int | None = None
    published_at: dt.datetime | None = None
    result: str = ""
    slot_id: int | None = None
    slot_date: dt.date | None = None

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a slot; `post_id` is the post filling it (None when empty)."""

    slot_id: int
    slot_name: str
    day: dt.date
    at: dt.datetime
    type_id: int | None
    color: str
    post_id: int | None = None

    @property
    def filled(self) -> bool:
        return self.post_id is not None


@dataclass(frozen=True, slots=True)
class DayMark:
    """What the Chinese calendar says about a day: holiday, make-up workday (调休), festivals."""

    day: dt.date
    holiday: str = ""  # e.g. 国庆节 (a day off)
    workday: str = ""  # a weekend day that is a make-up workday: 国庆节调休
    festivals: tuple[str, ...] = ()

    def labels(self) -> tuple[str, ...]:
        """Names to show, without repeating a festival that is also the holiday (国庆/国庆节)."""
        out = [x for x in (self.holiday, self.workday) if x]
        out += [
            f for f in self.festivals if not any(o.startswith(f) or f.startswith(o) for o in out)
        ]
        return tuple(out)

    def label_parts(self) -> tuple[tuple[str, str], ...]:
        """The same labels as (kind, name) for a UI to translate: kind is holiday, workday or
        festival; a workday's name is its holiday's (国庆节, not 国庆节调休)."""
        kinds = {self.holiday: "holiday", self.workday: "workday"}
        return tuple(
            (
                kinds.get(label, "festival"),
                label.removesuffix(WORKDAY_SUFFIX) if label == self.workday else label,
            )
            for label in self.labels()
        )


@dataclass(frozen=True, slots=True)
class CalendarWarning:
    """kind: empty_slot, clash or late. `message` is a Chinese sentence for the user."""

    kind: str
    at: dt.datetime
    message: str
    post_ids: tuple[int, ...] = ()
    slot_id: int | None = None
    subject: str = ""  # the post's title, the slot's name, or the clashing group's name


@dataclass(frozen=True, slots=True)
class PostFilter:
    """What the calendar shows: empty tuples mean everything."""

    group_ids: tuple[int, ...] = ()
    type_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CalendarRange:
    """Everything a view paints for the days `start` ≤ day < `end`."""

    start: dt.date
    end: dt.date
    posts: tuple[PostInfo, ...]
    occurrences: tuple[Occurrence, ...]
    days: dict[dt.date, DayMark] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # e.g. 暂无 2027 年的官方放假安排
    no_data_years: tuple[int, ...] = ()  # the years those notes are about


NO_FILTER = PostFilter()
