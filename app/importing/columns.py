"""Which sheet, which header row, and which member field each column goes to (aliases, presets)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.text import clean, fold

# Target of a column: a member field, "tags", "tag_group:<组名>", "custom:<名>", or "" (ignored).
FIELD_LABELS: dict[str, str] = {
    "nickname": "昵称",
    "name": "姓名",
    "wechat": "微信号",
    "phone": "手机",
    "qq": "QQ",
    "wecom_id": "企微外部联系人ID",
    "gender": "性别",
    "city": "城市",
    "skin_type": "肤质",
    "role": "角色/头衔",
    "tags": "标签",
    "joined": "入群日期",
    "birthday": "生日",
    "points": "积分",
    "note": "备注",
    "personality": "性格",
    "status": "状态",
    "tier": "会员类型",
    "level": "等级",
    "last_active": "最近活跃",
    "last_contacted": "最近联系",
    "birthday_lunar": "农历生日",
    "groups": "所在群",
}
ALIASES: dict[str, tuple[str, ...]] = {
    "nickname": (
        "昵称",
        "群昵称",
        "微信昵称",
        "客户名称",
        "客户昵称",
        "qq昵称",
        "群名片",
        "网名",
        "nickname",
        "nick",
        "nick name",
        "用户昵称",
        "成员昵称",
        "会员昵称",
    ),
    "name": ("姓名", "真实姓名", "名字", "name", "客户姓名", "备注名", "real name", "联系人"),
    "wechat": ("微信号", "微信", "微信id", "wechat", "wechat id", "wechatid", "wxid", "weixin"),
    "phone": (
        "手机",
        "手机号",
        "手机号码",
        "电话",
        "联系电话",
        "电话号码",
        "联系方式",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "phone number",
        "cell",
    ),
    "qq": ("qq", "qq号", "qq号码", "qq number", "qq id"),
    "wecom_id": (
        "外部联系人id",
        "企微外部联系人id",
        "externaluserid",
        "external userid",
        "企微id",
        "企业微信id",
        "unionid",
    ),
    "gender": ("性别", "gender", "sex"),
    "city": ("城市", "地区", "所在地", "所在城市", "所在地区", "city", "region", "省市"),
    "skin_type": ("肤质", "皮肤类型", "肤质类型", "skin", "skin type", "skintype"),
    "role": ("群职务", "身份", "角色", "头衔", "职务", "role", "title", "群身份", "角色/头衔"),
    "tags": ("标签", "客户标签", "企业标签", "个人标签", "tags", "tag", "labels", "label"),
    "joined": (
        "入群时间",
        "入群日期",
        "添加时间",
        "添加日期",
        "加入时间",
        "加入日期",
        "加群时间",
        "joined",
        "join date",
        "joined at",
        "date joined",
        "加好友时间",
    ),
    "birthday": ("生日", "出生日期", "birthday", "birth date", "date of birth", "dob"),
    "points": ("积分", "points", "point", "score"),
    "note": ("备注", "描述", "note", "notes", "remark", "remarks", "说明", "description"),
    "personality": ("性格", "personality"),
    "status": ("状态", "status", "成员状态"),
    "tier": ("会员类型", "会员", "tier", "membership"),
    "level": ("等级", "level", "会员等级"),
    "last_active": (
        "最近活跃",
        "最后活跃",
        "最近发言",
        "最后发言",
        "最后发言时间",
        "最近发言时间",
        "最后活跃时间",
        "last active",
    ),
    "last_contacted": ("最近联系", "最后联系", "last contacted"),
    "birthday_lunar": ("农历生日", "生日是农历", "lunar birthday"),
    "groups": ("所在群", "群", "群名称", "群聊", "所属群", "groups", "group"),
}
# Columns that name the colleague who added the member: one row per adder, merged by identity.
IGNORED_ALIASES = (
    "添加人账号",
    "序号",
    "no",
    "编号",
    "成员id",
    "id",
    "来源",
    "添加渠道",
)
# Columns kept as a custom field by default: who owns the contact (WeCom: one row per colleague,
# all of them kept), a QQ account's age.
KEPT_ALIASES = {
    "添加人": "添加人",
    "跟进人": "添加人",
    "所属员工": "添加人",
    "负责人": "添加人",
    "q龄": "Q龄",
}
TAG_GROUP = re.compile(r"^标签组\s*\d*\s*[(（:：]\s*(.+?)\s*[)）]?$")
CUSTOM_HEADER = re.compile(r"^自定义\s*[:：]\s*(.+)$")
_HINT = re.compile(r"[(（\[【].*?[)）\]】]")
HEADER_SCAN_ROWS = 30


def norm_header(value: Any) -> str:
    """Header text as compared with aliases: NFKC, no spaces, no `*`, no trailing colon, lower."""
    text = fold(value)
    text = text.replace("*", "").rstrip(":：").strip()
    return re.sub(r"\s+", " ", text)


_LOOKUP: dict[str, str] = {}
for _field, _names in ALIASES.items():
    for _name in _names:
        _LOOKUP.setdefault(norm_header(_name), _field)
        _LOOKUP.setdefault(norm_header(_name).replace(" ", ""), _field)
_IGNORED = {norm_header(x) for x in IGNORED_ALIASES}


def col_letter(index: int) -> str:
    """0 → A, 26 → AA: the column letters Excel shows."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def target_label(target: str) -> str:
    """A target as shown to the user: 昵称, 标签组「肤质」, 自定义字段「来源」, 忽略."""
    if not target:
        return "（忽略）"
    if target.startswith("tag_group:"):
        return f"标签组「{target.split(':', 1)[1]}」"
    if target.startswith("custom:"):
        return f"自定义字段「{target.split(':', 1)[1]}」"
    return FIELD_LABELS.get(target, target)


def auto_target(header: Any) -> str | None:
    """The field a header maps to by alias; "" for a known-but-ignored column; None if unknown."""
    text = norm_header(header)
    if not text:
        return None
    group = TAG_GROUP.match(clean(header))
    if group:
        return f"tag_group:{clean(group.group(1))}"
    custom = CUSTOM_HEADER.match(clean(header))
    if custom:
        return f"custom:{clean(custom.group(1))}"
    for candidate in (text, text.replace(" ", ""), _HINT.sub("", text).strip()):
        if candidate in KEPT_ALIASES:
            return f"custom:{KEPT_ALIASES[candidate]}"
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
        if candidate in _IGNORED:
            return ""
    return None


def header_score(row: Sequence[Any]) -> int:
    """How many cells of a row look like known column names."""
    seen: set[str] = set()
    for cell in row:
        if isinstance(cell, str):
            target = auto_target(cell)
            if target:
                seen.add(target)
    return len(seen)


def find_header(rows: Sequence[Sequence[Any]]) -> tuple[int, int]:
    """(index of the header row, its score) among the first rows; (0, 0) when none matches."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = header_score(row)
        if score > best_score:
            best, best_score = index, score
    return best, best_score


def auto_mapping(headers: Sequence[Any], preset: Mapping[str, str] | None = None) -> list[str]:
    """One target per column: the preset's choice first, then aliases; unknown columns ignored."""
    out: list[str] = []
    used: set[str] = set()
    for header in headers:
        key = norm_header(header)
        target: str | None = None
        if preset is not None and key in preset:
            target = preset[key]
        if target is None:
            target = auto_target(header)
        if target is None:
            target = ""
        # A second column with the same field (两个“备注”) is kept as a custom field, not lost.
        if target and target in used and target != "tags" and not target.startswith("custom:"):
            target = f"custom:{clean(header)}"
        used.add(target)
        out.append(target)
    return out


@dataclass(frozen=True, slots=True)
class Preset:
    """A named mapping: normalised header → target."""

    name: str
    mapping: dict[str, str]
    builtin: bool = False


BUILTIN_PRESETS: tuple[Preset, ...] = (
    Preset(
        "企业微信客户导出",
        {
            "客户名称": "nickname",
            "客户昵称": "nickname",
            "备注名": "name",
            "描述": "note",
            "企业标签": "tags",
            "客户标签": "tags",
            "添加时间": "joined",
            "添加人": "custom:添加人",
            "添加人账号": "",
            "来源": "custom:来源",
            "添加渠道": "custom:添加渠道",
            "外部联系人id": "wecom_id",
            "性别": "gender",
            "手机号": "phone",
            "电话": "phone",
        },
        builtin=True,
    ),
    Preset(
        "QQ群成员导出",
        {
            "群名片": "nickname",
            "昵称": "nickname",
            "qq号": "qq",
            "qq": "qq",
            "性别": "gender",
            "入群时间": "joined",
            "群身份": "role",
            "等级(积分)": "custom:等级(积分)",
            "最后发言": "last_active",
            "最后发言时间": "last_active",
            "等级": "level",
            "积分": "points",
            "q龄": "custom:Q龄",
        },
        builtin=True,
    ),
    Preset("通用名单", {}, builtin=True),
)
