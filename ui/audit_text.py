"""Audit rows in words: where a change came from and what it changed, before → after.

Shared by a member's history (detail panel) and 文件 → 操作记录. Field names are the member
service's `FIELD_LABELS`, shown through the detail panel's translations of the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.members.domain import FIELD_LABELS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.members.member_table_model import status_label, tier_label
from ui.wording import joined, role_label

if TYPE_CHECKING:
    from app.audit import AuditItem


def source_text(source: str) -> str:
    """窗口, 命令行 or 导入 #N for "window", "cli", "import:N"."""
    if source == "window":
        return QCoreApplication.translate("AuditText", "窗口")
    if source == "cli":
        return QCoreApplication.translate("AuditText", "命令行")
    if source.startswith("import:"):
        return QCoreApplication.translate("AuditText", "导入 #{n}").format(
            n=source.split(":", 1)[1]
        )
    if source == "import":
        return QCoreApplication.translate("AuditText", "导入")
    return source


# A group membership's fields, as its edits are audited on the member.
MEMBERSHIP_LABELS = {
    "group_id": QT_TRANSLATE_NOOP("AuditText", "群"),
    "group_nickname": QT_TRANSLATE_NOOP("AuditText", "群昵称"),
    "role_in_group": QT_TRANSLATE_NOOP("AuditText", "群内角色"),
    "left": QT_TRANSLATE_NOOP("AuditText", "退群日期"),
}


def field_label(key: str) -> str:
    if key == "tags":
        return QCoreApplication.translate("AuditText", "标签")
    if key in MEMBERSHIP_LABELS:
        return QCoreApplication.translate("AuditText", MEMBERSHIP_LABELS[key])
    if key in FIELD_LABELS:
        return QCoreApplication.translate("DetailPanel", FIELD_LABELS[key])
    return key


def value_text(key: str, value: Any) -> str:
    """One stored value as the user reads it: （空） for nothing, 是/否, a status or a group role
    by its label, lists joined with the language's separator (、 in Chinese)."""
    if value is None or value == "" or value == [] or value == {}:
        return QCoreApplication.translate("AuditText", "（空）")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditText", "是")
            if value
            else QCoreApplication.translate("AuditText", "否")
        )
    if key == "status" and isinstance(value, str):
        return status_label(value)
    if key == "tier" and isinstance(value, str):
        return tier_label(value)
    if key == "role_in_group" and isinstance(value, str):
        return role_label(value)
    if isinstance(value, list | tuple):
        return joined(value_text(key, v) for v in value)
    if isinstance(value, dict):
        return "，".join(f"{k}={value_text(k, v)}" for k, v in value.items())
    return str(value)


def change_lines(before: Any, after: Any) -> list[str]:
    """One line per changed field: `昵称：小美 → 小美美`; tags added or removed say so."""
    if not isinstance(before, dict | type(None)) or not isinstance(after, dict | type(None)):
        return [f"{value_text('', before)} → {value_text('', after)}"]
    old, new = before or {}, after or {}
    lines = []
    for key in dict.fromkeys([*old, *new]):
        b, a = old.get(key), new.get(key)
        if b == a:
            continue
        if key == "tags":
            # Tag edits read as what was added and what was taken off, not two long lists.
            was, now = list(b or []), list(a or [])
            added = [t for t in now if t not in was]
            removed = [t for t in was if t not in now]
            if added:
                lines.append(
                    QCoreApplication.translate("AuditText", "加上标签：{tags}").format(
                        tags=value_text(key, added)
                    )
                )
            if removed:
                lines.append(
                    QCoreApplication.translate("AuditText", "去掉标签：{tags}").format(
                        tags=value_text(key, removed)
                    )
                )
        else:
            lines.append(
                QCoreApplication.translate("AuditText", "{field}：{before} → {after}").format(
                    field=field_label(key), before=value_text(key, b), after=value_text(key, a)
                )
            )
    return lines


def entity_text(item: AuditItem) -> str:
    if item.entity == "member":
        return QCoreApplication.translate("AuditText", "成员 #{id}").format(id=item.entity_id)
    return f"{item.entity} #{item.entity_id}"
