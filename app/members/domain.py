"""Plain frozen data of the member CRM passed to callers (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, fields
from dataclasses import field as dc_field
from typing import Any

from app.domain import Changes

STATUSES: dict[str, str] = {
    "active": "活跃",
    "silent": "沉默",
    "zombie": "僵尸",
    "left": "已退群",
    "blocked": "黑名单",
}
TIERS: dict[str, str] = {"free": "免费", "paid": "付费"}
PLATFORMS: dict[str, str] = {"wechat": "微信", "wecom": "企业微信", "qq": "QQ"}
GENDERS: tuple[str, ...] = ("", "男", "女")
UNNAMED = "未命名"  # a member with neither nickname nor name, as core sentences say it
# The members' fields as the core's sentences (and the change history) name them.
FIELD_LABELS = {
    "nickname": "昵称",
    "name": "姓名",
    "wechat": "微信号",
    "phone": "手机",
    "qq": "QQ",
    "wecom_id": "企微ID",
    "gender": "性别",
    "city": "城市",
    "skin_type": "肤质",
    "role": "角色/头衔",
    "status": "状态",
    "tier": "会员类型",
    "level": "等级",
    "points": "积分",
    "joined": "入群日期",
    "birthday": "生日",
    "birthday_lunar": "农历生日",
    "last_active": "最近活跃",
    "last_contacted": "最近联系",
    "personality": "性格",
    "note": "备注",
}


def naming(name: str, member_id: int) -> str:
    """How a core sentence (the CLI, a domain error) names a member: 「小美」（#12）. The window
    names her itself from the plain name and id, in the language it shows."""
    return f"「{name or UNNAMED}」（#{member_id}）"


# Member fields that can be edited one by one (detail panel) or set in bulk.
TEXT_FIELDS = (
    "nickname",
    "name",
    "wechat",
    "phone",
    "qq",
    "wecom_id",
    "gender",
    "city",
    "skin_type",
    "role",
    "status",
    "tier",
    "personality",
    "note",
)
INT_FIELDS = ("level", "points")
DATE_FIELDS = ("joined", "birthday", "last_active", "last_contacted")
BOOL_FIELDS = ("birthday_lunar",)
EDITABLE_FIELDS = TEXT_FIELDS + INT_FIELDS + DATE_FIELDS + BOOL_FIELDS
BULK_FIELDS = ("skin_type", "role", "status", "tier", "level")

# Sortable columns of the member table (key → what the query orders by).
SORT_KEYS = (
    "id",
    "nickname",
    "name",
    "wechat",
    "phone",
    "qq",
    "gender",
    "city",
    "skin_type",
    "role",
    "status",
    "tier",
    "level",
    "points",
    "joined",
    "birthday",
    "last_active",
)


def sort_column(sort: str) -> str:
    """The members' column the table orders by for the sort key `sort` (nicknames by their
    pinyin key, `sort_name`; an unknown key by id)."""
    if sort not in SORT_KEYS:
        return "id"
    return "sort_name" if sort == "nickname" else sort


@dataclass(frozen=True, slots=True)
class MemberFilter:
    """What the member table shows. Tag filters take tag names (any group)."""

    search: str = ""
    tags_all: tuple[str, ...] = ()
    tags_any: tuple[str, ...] = ()
    tags_none: tuple[str, ...] = ()
    skin_types: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    group_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    inactive_days: int | None = None
    ids: tuple[int, ...] | None = None
    trash: bool = False
    # Purchases (not refunded): bought one of these products, or a product of one of these
    # categories or actives (果酸), in the period; at least `bought_min` times; or never.
    bought_products: tuple[int, ...] = ()
    bought_categories: tuple[str, ...] = ()
    bought_from: dt.date | None = None
    bought_to: dt.date | None = None
    bought_min: int | None = None
    never_bought: bool = False
    # The lists an operator checks weekly (app/members/list_filters.py builds their clauses).
    silent_days: int | None = None  # last activity (never active: joining) more than N days ago
    contact_days: int | None = None  # not contacted for more than N days (never: included)
    birthday_days: int | None = None  # birthday (solar or lunar) today or in the next N days
    joined_from: dt.date | None = None
    joined_to: dt.date | None = None
    level_min: int | None = None
    warned: bool = False  # has a warning in force (not revoked, not expired)
    deposit_held: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return {
            k: (list(v) if isinstance(v, tuple) else v.isoformat() if isinstance(v, dt.date) else v)
            for k, v in data.items()
            if v not in ((), "", None, False)
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MemberFilter:
        fields = cls.__dataclass_fields__
        kwargs: dict[str, Any] = {}
        for k, v in data.items():
            if k not in fields:
                continue
            if isinstance(v, list):
                v = tuple(v)
            elif isinstance(v, str) and "dt.date" in str(fields[k].type):
                v = dt.date.fromisoformat(v)
            kwargs[k] = v
        return cls(**kwargs)

    def is_empty(self) -> bool:
        return not self.to_json()


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One row of the member table."""

    id: int
    nickname: str
    name: str
    wechat: str | None
    phone: str | None
    qq: str | None
    gender: str
    city: str
    skin_type: str | None
    role: str | None
    status: str
    tier: str
    level: int
    points: int
    joined: dt.date | None
    birthday: dt.date | None
    last_active: dt.date | None
    note: str
    tags: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    last_contacted: dt.date | None = None


# The members' columns a table row reads: `MemberRow`'s fields but her tags and groups, which a
# row read follows with, each joined with `NAMES_SEP` (`app.members.query`, `.first_rows`).
ROW_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in fields(MemberRow) if f.name not in ("tags", "groups")
)
NAMES_SEP = "\x1f"  # between names in one aggregated cell (a control character: never in a name)


def _names(joined: str | None) -> tuple[str, ...]:
    return tuple(sorted(joined.split(NAMES_SEP))) if joined else ()


def member_row(values: tuple[Any, ...]) -> MemberRow:
    """A `MemberRow` from a row read as `ROW_COLUMNS` + joined tags + joined groups."""
    return MemberRow(
        *values[:-3],  # type: ignore[misc]  # the fields before `tags`, in order
        tags=_names(values[-2]),
        groups=_names(values[-1]),
        last_contacted=values[-3],
    )


@dataclass(frozen=True, slots=True)
class TagInfo:
    id: int
    name: str
    group: str | None
    color: str
    count: int = 0
    keys: str = ""  # folded name plus pinyin keys, for completion

    @property
    def label(self) -> str:
        return f"{self.group}:{self.name}" if self.group else self.name


@dataclass(frozen=True, slots=True)
class TagGroupInfo:
    id: int
    name: str
    color: str


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    name: str
    platform: str
    capacity: int
    parent_id: int | None
    leader_id: int | None
    member_count: int = 0
    note: str = ""
    archived: bool = False
    leader_name: str = ""

    @property
    def fill(self) -> float:
        """How full the group is (0.0 … 1.0+)."""
        return self.member_count / self.capacity if self.capacity else 0.0


ROLES_IN_GROUP: tuple[str, ...] = ("群主", "管理员", "成员", "组长")


@dataclass(frozen=True, slots=True)
class GroupMemberRow:
    """One stay of a member in a group (a left member who rejoined has two rows)."""

    membership_id: int
    member_id: int
    member_nickname: str
    group_nickname: str
    role_in_group: str
    joined: dt.date | None
    left: dt.date | None


@dataclass(frozen=True, slots=True)
class MembershipInfo:
    id: int
    group_id: int
    group_name: str
    platform: str
    joined: dt.date | None
    left: dt.date | None
    group_nickname: str
    role_in_group: str


@dataclass(frozen=True, slots=True)
class TimelineItem:
    id: int
    at: dt.datetime
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class MemberDetail:
    """Everything about one member, for the detail panel and the CLI."""

    id: int
    nickname: str
    name: str
    wechat: str | None
    phone: str | None
    phone_flagged: bool
    qq: str | None
    wecom_id: str | None
    gender: str
    city: str
    skin_type: str | None
    role: str | None
    status: str
    tier: str
    level: int
    points: int
    joined: dt.date | None
    birthday: dt.date | None
    birthday_lunar: bool
    last_active: dt.date | None
    last_contacted: dt.date | None
    personality: str
    note: str
    custom: dict[str, Any]
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None
    tags: tuple[TagInfo, ...] = ()
    specialties: tuple[str, ...] = ()
    memberships: tuple[MembershipInfo, ...] = ()
    timeline: tuple[TimelineItem, ...] = ()

    def field_values(self) -> dict[str, Any]:
        """The editable fields as a dict (for undo snapshots and forms)."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


@dataclass(frozen=True, slots=True)
class SegmentInfo:
    id: int
    name: str
    filter: MemberFilter


@dataclass(frozen=True, slots=True)
class TagLinks:
    """(member, tag) pairs actually added or removed by a bulk tag edit: exactly what undo reverts."""

    pairs: tuple[tuple[int, int], ...]
    changes: Changes = dc_field(default_factory=Changes)


@dataclass(frozen=True, slots=True)
class FieldValues:
    """Previous values of one field per member, returned by bulk edits for undo."""

    field: str
    values: tuple[tuple[int, Any], ...]
    changes: Changes = dc_field(default_factory=Changes)
