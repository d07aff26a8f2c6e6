"""Rows that carry points (check-ins, sign-ups, ledger lines) and the points they move.

Every operation of this area that writes these rows goes through `insert_rows`/`delete_rows`,
which keep each member's `points` equal to the sum of her ledger lines and her `level` as the
thresholds say. Levels are put back exactly on undo: an inverse carries the levels members had
before (`levels`), so even a level set by hand against the thresholds comes back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.community.rules import load_rules
from app.members.query import chunks
from app.ops import UnitOfWork, reinsert, snapshot
from db.models import Member
from db.models_community import Checkin, PointsEntry, Signup

Rows = tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class RowSet:
    """Whole rows of the three tables, as `snapshot` takes them (ids included)."""

    signups: Rows = ()
    checkins: Rows = ()
    ledger: Rows = ()

    def __bool__(self) -> bool:
        return bool(self.signups or self.checkins or self.ledger)


@dataclass(frozen=True)
class RowIds:
    """Ids of rows in the three tables."""

    signups: tuple[int, ...] = ()
    checkins: tuple[int, ...] = ()
    ledger: tuple[int, ...] = ()
    levels: dict[int, int] = field(default_factory=dict)


def _deltas(ledger: Iterable[Mapping[str, Any]], sign: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for row in ledger:
        out[row["member_id"]] = out.get(row["member_id"], 0) + sign * int(row["delta"])
    return out


def shift_points(
    uow: UnitOfWork, deltas: Mapping[int, int], levels: Mapping[int, int] | None = None
) -> dict[int, int]:
    """Add `deltas` to members' points; set levels (`levels` first, else the thresholds).

    Returns the levels members had before, for those whose level changed (the inverse's
    `levels`). One audit row per member with her points before and after.
    """
    s = uow.s
    deltas = {m: d for m, d in deltas.items() if d}
    if not deltas:
        return {}
    rules = load_rules(s)
    before: dict[int, tuple[int, int]] = {}
    for part in chunks(sorted(deltas)):
        for mid, points, level in s.execute(
            select(Member.id, Member.points, Member.level).where(Member.id.in_(part))
        ):
            before[mid] = (points, level)
    old_levels: dict[int, int] = {}
    by_change: dict[tuple[int, int], list[int]] = {}
    for mid, (points, level) in before.items():
        new_points = points + deltas[mid]
        new_level = (levels or {}).get(mid, rules.level_for(new_points))
        if new_level != level:
            old_levels[mid] = level
        by_change.setdefault((deltas[mid], new_level), []).append(mid)
        uow.audit(
            "member",
            mid,
            "points",
            {"points": points, "level": level},
            {"points": new_points, "level": new_level},
        )
    for (delta, new_level), ids in by_change.items():
        for part in chunks(ids):
            s.execute(
                update(Member)
                .where(Member.id.in_(part))
                .values(points=Member.points + delta, level=new_level)
            )
    uow.touch(before)
    return old_levels


def insert_rows(uow: UnitOfWork, rows: RowSet, levels: Mapping[int, int] | None = None) -> RowIds:
    """Insert whole rows (ids given) and move the points of their ledger lines."""
    s = uow.s
    reinsert(s, Signup, rows.signups)
    reinsert(s, Checkin, rows.checkins)
    reinsert(s, PointsEntry, rows.ledger)
    old = shift_points(uow, _deltas(rows.ledger, 1), levels)
    return RowIds(
        tuple(r["id"] for r in rows.signups),
        tuple(r["id"] for r in rows.checkins),
        tuple(r["id"] for r in rows.ledger),
        old,
    )


def _take(s: Session, table: Any, ids: Sequence[int]) -> Rows:
    out: list[dict[str, Any]] = []
    for part in chunks(list(ids)):
        out.extend(snapshot(s, table, table.id.in_(part)))
        s.execute(delete(table).where(table.id.in_(part)))
    return tuple(out)


def _without_checkins(s: Session, signup_ids: Sequence[int]) -> list[int]:
    """The sign-ups among `signup_ids` whose member has no check-in left in that activity.

    Undoing an older check-in out of order (`shequn undo` of a given operation) must not leave
    later check-ins without their sign-up.
    """
    if not signup_ids:
        return []
    kept: set[int] = set()
    for part in chunks(list(signup_ids)):
        kept.update(
            s.execute(
                select(Signup.id)
                .join(
                    Checkin,
                    (Checkin.activity_id == Signup.activity_id)
                    & (Checkin.member_id == Signup.member_id),
                )
                .where(Signup.id.in_(part))
            ).scalars()
        )
    return [i for i in signup_ids if i not in kept]


def delete_rows(uow: UnitOfWork, ids: RowIds) -> tuple[RowSet, dict[int, int]]:
    """Delete rows by id, taking their points back; returns the rows and the levels before."""
    s = uow.s
    ledger = _take(s, PointsEntry, ids.ledger)
    checkins = _take(s, Checkin, ids.checkins)
    signups = _take(s, Signup, _without_checkins(s, ids.signups))
    old = shift_points(uow, _deltas(ledger, -1), ids.levels)
    return RowSet(signups, checkins, ledger), old


def insert_new(s: Session, table: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert new rows (no ids given) and return their ids in the order of `rows`."""
    if not rows:
        return []
    t = table.__table__
    stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
    return [r[0] for r in s.execute(stmt, list(rows))]


# --- lookups shared by the operations ------------------------------------------------------------
def names(ids: Sequence[int], nick: Mapping[int, str] | None = None, limit: int = 5) -> str:
    """`小美（#12）、#13 …` for a refusal naming the members concerned."""
    shown = [f"{nick[i]}（#{i}）" if nick and nick.get(i) else f"#{i}" for i in ids[:limit]]
    more = f" 等 {len(ids)} 位" if len(ids) > limit else ""
    return "、".join(shown) + more


def live_members(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """Nicknames of the members among `ids` that exist and are not in the trash."""
    out: dict[int, str] = {}
    for part in chunks(list(ids)):
        out.update(
            s.execute(
                select(Member.id, Member.nickname).where(
                    Member.id.in_(part), Member.deleted_at.is_(None)
                )
            ).all()
        )
    return out


def require_members(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """The members' nicknames; refuses when any id is unknown (or trashed)."""
    from app.errors import NotFoundError

    found = live_members(s, ids)
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"没有编号为 {names(missing)} 的成员：没有做任何修改。")
    return found


def unique_members(ids: tuple[int, ...]) -> tuple[int, ...]:
    """`ids` without repeats, in order; refuses an empty selection."""
    from app.errors import ValidationError

    if not ids:
        raise ValidationError("请至少选择一位成员。")
    return tuple(dict.fromkeys(ids))
