"""Shared parts of the care operations: putting rows back exactly, and the care settings.

Every care operation changes a few rows of a few tables. Its inverse is `PutRows`: for each
table, the ids touched and the rows they had before (an id without a row is deleted, a row
whose id is gone is inserted again, others are updated column for column). `PutRows` takes the
same picture before it writes, so its own inverse is a `PutRows` again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.community.care_settings import KEYS
from app.errors import ValidationError
from app.ops import Operation, UnitOfWork
from app.settings.declared import declared, store
from db.models import GroupMembership, Member
from db.models_care import Complaint, Deposit, MemberWarning

TABLES: dict[str, Any] = {
    "warnings": MemberWarning.__table__,
    "deposits": Deposit.__table__,
    "complaints": Complaint.__table__,
    "group_memberships": GroupMembership.__table__,
    "members": Member.__table__,
}
# Members are only ever updated here, and only these columns: never deleted or re-inserted
# (that would cascade to tags and memberships).
MEMBER_COLUMNS = ("id", "status")
AREA = "care"

# (table, ids, rows before): what `PutRows` restores.
Picture = tuple[tuple[str, tuple[int, ...], tuple[dict[str, Any], ...]], ...]


def take(
    s: Session, table: str, ids: Iterable[int]
) -> tuple[str, tuple[int, ...], tuple[dict[str, Any], ...]]:
    """The current rows of `ids` in `table` (members: only the columns care operations touch)."""
    t = TABLES[table]
    wanted = tuple(sorted(set(ids)))
    cols = [t.c[c] for c in MEMBER_COLUMNS] if table == "members" else list(t.c)
    rows = tuple(dict(r._mapping) for r in s.execute(select(*cols).where(t.c.id.in_(wanted))))
    return table, wanted, rows


def put(s: Session, picture: Picture) -> Picture:
    """Make the rows of `picture` exactly so; returns the picture taken before."""
    before = tuple(take(s, table, ids) for table, ids, _ in picture)
    for (table, ids, rows), (_, _, now_rows) in zip(picture, before, strict=True):
        t = TABLES[table]
        present = {r["id"] for r in now_rows}
        keep = {r["id"] for r in rows}
        gone = [i for i in ids if i in present and i not in keep]
        if gone:
            s.execute(delete(t).where(t.c.id.in_(gone)))
        for row in rows:
            if row["id"] in present:
                values = {k: v for k, v in row.items() if k != "id"}
                s.execute(update(t).where(t.c.id == row["id"]).values(**values))
            else:
                s.execute(insert(t).values(**row))
    return before


def members_of(picture: Picture) -> set[int]:
    out: set[int] = set()
    for table, _, rows in picture:
        if table == "members":
            out.update(r["id"] for r in rows)
        else:
            out.update(r["member_id"] for r in rows if r.get("member_id") is not None)
    return out


def audit_picture(uow: UnitOfWork, action: str, before: Picture, after: Picture) -> None:
    """Audit rows for the complaints and members a put changes (entity "complaint"/"member")."""
    for (table, ids, old), (_, _, new) in zip(before, after, strict=True):
        if table not in ("complaints", "members", "warnings", "deposits"):
            continue
        entity = "complaint" if table == "complaints" else "member"
        old_by = {r["id"]: r for r in old}
        new_by = {r["id"]: r for r in new}
        for i in ids:
            b, a = old_by.get(i), new_by.get(i)
            if b == a:
                continue
            if entity == "complaint":
                uow.audit(entity, i, action, b, a)
            else:
                member = (a or b or {}).get("member_id", i)
                key = table if table != "members" else "member"
                uow.audit(entity, member, action, b and {key: b}, a and {key: a})


def finish(uow: UnitOfWork, action: str, before: Picture, label: str) -> None:
    """Audit, announce and set the inverse of a care operation that changed `before`'s rows."""
    after = tuple(take(uow.s, table, ids) for table, ids, _ in before)
    audit_picture(uow, action, before, after)
    touched = members_of(before) | members_of(after)
    membership = any(t == "group_memberships" for t, _, _ in before)
    uow.touch(touched, membership=membership, areas={AREA})
    uow.undo_with(PutRows(before, label))


@dataclass(frozen=True)
class PutRows(Operation):
    """Put care rows back as a picture shows them (the inverse of every care operation)."""

    kind = "care.put_rows"
    picture: Picture
    text: str = "撤销"

    def label(self) -> str:
        return self.text

    def apply(self, uow: UnitOfWork) -> None:
        before = put(uow.s, self.picture)
        audit_picture(uow, self.kind, before, self.picture)
        touched = members_of(before) | members_of(self.picture)
        membership = any(t == "group_memberships" for t, _, _ in before)
        uow.touch(touched, membership=membership, areas={AREA})
        uow.undo_with(PutRows(before, self.text))


def _check_setting(key: str, value: Any) -> None:
    """The care settings are declared in `app.settings`: their check is the declaration's."""
    if key not in KEYS:
        raise ValidationError(f"没有名为「{key}」的设置。")
    if value is not None:
        declared(key).check(value)


@dataclass(frozen=True)
class SetCareSetting(Operation):
    """Set one care setting (policy, reasons, expiry, categories, channels); None: the default."""

    kind = "care.set_setting"
    key: str
    value: Any

    def label(self) -> str:
        return "修改警告与投诉设置"

    def apply(self, uow: UnitOfWork) -> None:
        _check_setting(self.key, self.value)
        value = list(self.value) if isinstance(self.value, tuple | list) else self.value
        old = store(uow.s, self.key, value)
        uow.audit("setting", 0, self.kind, {self.key: old}, {self.key: value})
        uow.touch(areas={AREA})
        uow.undo_with(SetCareSetting(self.key, tuple(old) if isinstance(old, list) else old))
