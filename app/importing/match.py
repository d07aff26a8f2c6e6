"""Match planned members against the members already stored (微信号, then phone, then QQ …)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.importing.model import PlannedMember
from app.importing.plan import IDENTITY, IDENTITY_LABEL


def match_members(
    members: list[PlannedMember],
    existing: Sequence[tuple[int, str | None, str | None, str | None, str]],
) -> list[PlannedMember]:
    """Attach the existing member each planned member matches: 微信号, then phone, then QQ."""
    index: dict[str, dict[str, tuple[int, str]]] = {k: {} for k in IDENTITY}
    for member_id, wechat, phone, qq, label in existing:
        for key, value in (("wechat", wechat), ("phone", phone), ("qq", qq)):
            if value:
                index[key].setdefault(value.casefold(), (member_id, label))
    out: list[PlannedMember] = []
    for member in members:
        match: tuple[int, str] | None = None
        why = ""
        for key in IDENTITY:
            value = member.values.get(key)
            if value and value.casefold() in index[key]:
                match = index[key][value.casefold()]
                why = f"{IDENTITY_LABEL[key]}相同：{value}"
                break
        out.append(
            PlannedMember(
                member.rows,
                member.values,
                member.tags,
                member.custom,
                match[0],
                why,
                match[1],
                member.groups,
            )
            if match
            else member
        )
    return out


Matcher = Callable[[list[PlannedMember]], list[PlannedMember]]
