"""Match planned members against the members already stored: 微信号, phone, QQ, WeCom id."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from app.importing.model import PlannedMember, Problem
from app.importing.plan import IDENTITY, IDENTITY_LABEL, OTHER_ID
from app.text import fold

# (id, wechat, phone, qq, wecom_id, label) of a stored member
Existing = tuple[int, str | None, str | None, str | None, str | None, str]


def match_members(
    members: list[PlannedMember], existing: Sequence[Existing], sheet: str = ""
) -> tuple[list[PlannedMember], list[Problem]]:
    """Attach the stored member each planned one matches, in PRODUCT's order of identities.

    A row that matches by one identity but carries another that contradicts the stored one
    (same QQ, different 微信号) is a conflict: the stored value stays, the file's value is kept
    in a custom field and the preview says so."""
    index: dict[str, dict[str, int]] = {k: {} for k in IDENTITY}
    stored: dict[int, tuple[dict[str, str | None], str]] = {}
    for member_id, wechat, phone, qq, wecom_id, label in existing:
        ids = {"wechat": wechat, "phone": phone, "qq": qq, "wecom_id": wecom_id}
        stored[member_id] = (ids, label)
        for key, value in ids.items():
            if value:
                index[key].setdefault(fold(value), member_id)
    out: list[PlannedMember] = []
    problems: list[Problem] = []
    for member in members:
        found: int | None = None
        why = ""
        for key in IDENTITY:
            value = member.values.get(key)
            if value and fold(value) in index[key]:
                found = index[key][fold(value)]
                why = f"{IDENTITY_LABEL[key]}相同：{value}"
                break
        if found is None:
            out.append(member)
            continue
        ids, label = stored[found]
        custom = member.custom
        for key in IDENTITY:
            mine, theirs = member.values.get(key), ids[key]
            if mine and theirs and fold(mine) != fold(theirs):
                custom = {**custom, OTHER_ID[key]: mine}
                problems.append(
                    Problem(
                        sheet,
                        member.rows[0],
                        IDENTITY_LABEL[key],
                        mine,
                        f"与已有成员 #{found}「{label}」{why}，但{IDENTITY_LABEL[key]}不同"
                        f"（已有「{theirs}」）：保留已有的，表格中的存入自定义字段"
                        f"「{OTHER_ID[key]}」，请核对",
                        "warning",
                    )
                )
        out.append(
            dataclasses.replace(
                member, custom=custom, match_id=found, match_key=why, match_name=label
            )
        )
    return out, problems
