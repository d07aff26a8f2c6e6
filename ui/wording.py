"""Words several pages share, in the language shown: a list's separator, how a member is named
and the labels of the group roles (stored by their Chinese keys).

Each comes as an `UndoText`, for an undo step that must follow a live language switch, and as a
plain `str` for a label or a table cell (read again when the page retranslates).
"""

from __future__ import annotations

from collections.abc import Iterable

from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import UndoText

CONTEXT = "Wording"
# The group roles, the core's fixed vocabulary (`app.members.domain.ROLES_IN_GROUP`): stored
# as these keys, shown by their translations.
ROLE_LABELS: dict[str, str] = {
    "群主": QT_TRANSLATE_NOOP("Wording", "群主"),
    "管理员": QT_TRANSLATE_NOOP("Wording", "管理员"),
    "成员": QT_TRANSLATE_NOOP("Wording", "成员"),
    "组长": QT_TRANSLATE_NOOP("Wording", "组长"),
}


def list_separator() -> str:
    """Between the items of a list: "、" in Chinese, ", " in English (as `UndoText.join`)."""
    return str(UndoText.separator())


def joined(items: Iterable[str]) -> str:
    """`items` listed with the separator of the language shown."""
    return list_separator().join(items)


def member_name(name: str) -> str | UndoText:
    """Her name as stored, or 未命名 ("unnamed") when she has neither nickname nor name."""
    return name or UndoText.translate("Wording", "未命名")


def member_text(name: str, member_id: int) -> UndoText:
    """How a sentence names her: 「小美」（#12）, in English “小美” (#12)."""
    return UndoText.translate("Wording", "「%1」（#%2）").fill(member_name(name), member_id)


def member_cell(name: str, member_id: int) -> str:
    """How a table cell names her: 小美（#12）, in English 小美 (#12)."""
    return str(UndoText.translate("Wording", "%1（#%2）").fill(member_name(name), member_id))


def role_text(key: str) -> str | UndoText:
    """A group role by its label; a value outside the vocabulary as it is stored."""
    return UndoText.translate(CONTEXT, ROLE_LABELS[key]) if key in ROLE_LABELS else key


def role_label(key: str) -> str:
    return str(role_text(key))
