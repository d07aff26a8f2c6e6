"""Match planned members against the members already stored: 微信号, phone, QQ, WeCom id."""

from __future__ import annotations

from collections.abc import Sequence

from app.importing.model import PlannedMember, Problem
from app.importing.plan import IDENTITY, IDENTITY_LABEL, OTHER_ID
from app.text import fold

# (id, wechat, phone, qq, wecom_id, label) of a stored member
Existing = tuple[int, str | None, str | None, str | None, str | None, str]
COLUMN = {"wechat": 1, "phone": 2, "qq": 3, "wecom_id": 4}  # where an identity is in `Existing`


def match_members(
    members: list[PlannedMember], existing: Sequence[Existing], sheet: str = ""
) -> tuple[list[PlannedMember], list[Problem]]:
    """Attach the stored member each planned one matches, in PRODUCT's order of identities.

    A row that matches by one identity but carries another that contradicts the stored one
    (same QQ, different 微信号) is a conflict: the stored value stays, the file's value is kept
    in a custom field and the preview says so."""
    index: dict[str, dict[str, int]] = {k: {} for k in IDENTITY}
    stored: dict[int, Existing] = {}
    columns = [(COLUMN[k], index[k]) for k in IDENTITY]
    for row in existing:
        stored[row[0]] = row
        for column, keys in columns:
            value = row[column]
            if value:
                keys.setdefault(fold(value), row[0])
    out: list[PlannedMember] = []
    problems: list[Problem] = []
    for member in members:
        found: int | None = None
        why = ""
        values = member.values
        for key in IDENTITY:
            value = values.get(key)
            if value:
                found = index[key].get(fold(value))
                if found is not None:
                    why = f"{IDENTITY_LABEL[key]}相同：{value}"
                    break
        if found is None:
            out.append(member)
            continue
        theirs_row = stored[found]
        label = theirs_row[5]
        custom = member.custom
        for key in IDENTITY:
            mine, theirs = values.get(key), theirs_row[COLUMN[key]]
            # Equal texts fold alike: most matched rows repeat what is stored.
            if mine and theirs and mine != theirs and fold(mine) != fold(theirs):
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
        # Made directly, not by dataclasses.replace (which re-reads every field by name).
        out.append(
            PlannedMember(
                member.rows,
                values,
                member.tags,
                custom,
                found,
                why,
                label,
                member.groups,
            )
        )
    return out, problems
