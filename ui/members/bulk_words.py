"""The words of a bulk edit's undo step: the field and the value in the language shown.

A status or a membership type is stored as a key ("blocked") and shown by its label, so the
step names the label and follows a language switch; a skin type or a role is data, named as
stored."""

from __future__ import annotations

from typing import Any

from ui.members.member_table_model import STATUS_LABELS, TIER_LABELS
from ui.operations import Filler, UndoText


def field_words(field: str) -> Filler:
    """The field's name as a sentence uses it ("把 3 位成员的状态设为 …")."""
    if field == "status":
        return UndoText.translate("MemberCommands", "状态")
    if field == "tier":
        return UndoText.translate("MemberCommands", "会员类型")
    if field == "skin_type":
        return UndoText.translate("MemberCommands", "肤质")
    if field == "role":
        return UndoText.translate("MemberCommands", "角色")
    return field


def value_words(field: str, value: Any) -> Filler:
    """The value set: a status or a membership type by its label, nothing as "（空）"."""
    labels = STATUS_LABELS if field == "status" else TIER_LABELS if field == "tier" else {}
    if value in labels:
        return UndoText("MemberTableModel", labels[value])  # the table's own label
    if value is None or value == "":
        return UndoText.translate("MemberCommands", "（空）")
    return str(value)


def bulk_set_text(count: int, field: str, value: Any) -> UndoText:
    """ "把 3 位成员的状态设为 黑名单", the undo step of a bulk field edit."""
    return UndoText.translate("MemberCommands", "把 {n} 位成员的{field}设为 {value}").fill(
        n=count, field=field_words(field), value=value_words(field, value)
    )
