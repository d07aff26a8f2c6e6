"""`settings.set`: the one operation that changes a business setting.

Its inverse puts back exactly what was there: the previous stored value, or no row at all.
Changing the level thresholds moves members' levels with them (a member's level follows from
her points); the inverse carries the levels members had, so even a level set by hand comes back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from app.errors import ValidationError
from app.members.query import chunks
from app.ops import Operation, UnitOfWork, plain
from app.settings.declared import (
    POINTS_LEVELS,
    SILENT_DAYS,
    ZOMBIE_DAYS,
    declared,
    store,
    value,
)
from db.models import Member

ENTITY_ID = 0  # settings are keyed by text: one audit entity, the key inside the values
# Which views refresh after a setting changed: the area of its key's prefix.
AREAS: dict[str, tuple[str, ...]] = {
    "points": ("community",),
    "activities": ("community",),
    "care": ("care",),
    "calendar": ("calendar", "calendar.vocab"),  # the calendar page shows the reminder setting
}


def _levels_for(thresholds: tuple[int, ...], points: int) -> int:
    import bisect

    return max(1, bisect.bisect_right(thresholds, points))


def _move_levels(
    uow: UnitOfWork, thresholds: tuple[int, ...], given: Mapping[int, int] | None
) -> dict[int, int]:
    """Set levels (`given`, else from the thresholds); returns the levels changed members had."""
    s = uow.s
    old: dict[int, int] = {}
    target: dict[int, list[int]] = {}
    if given is not None:
        rows: list[tuple[int, int, int]] = []
        for part in chunks(sorted(given)):
            rows.extend(
                s.execute(
                    select(Member.id, Member.points, Member.level).where(Member.id.in_(part))
                ).all()
            )
        wanted = {mid: given[mid] for mid, _, _ in rows}
    else:
        rows = list(s.execute(select(Member.id, Member.points, Member.level)).all())
        wanted = {mid: _levels_for(thresholds, points) for mid, points, _ in rows}
    for mid, _, level in rows:
        if wanted[mid] != level:
            old[mid] = level
            target.setdefault(wanted[mid], []).append(mid)
    for new_level, ids in target.items():
        for part in chunks(ids):
            s.execute(update(Member).where(Member.id.in_(part)).values(level=new_level))
            uow.audit_each("member", part, "level", None, {"level": new_level})
    uow.touch(old, membership=bool(old))  # a level filter may now select others
    return old


@dataclass(frozen=True)
class SetSetting(Operation):
    """Set one business setting; `value=None` removes the row (back to the declared default).

    `checked=False` only in inverses: they put back what was stored, as it was.
    `levels`: the levels to give members (an inverse of a change of thresholds).
    """

    kind = "settings.set"
    key: str
    value: Any
    checked: bool = True
    levels: dict[int, int] | None = field(default=None)

    def label(self) -> str:
        try:
            title = declared(self.key).title
        except ValidationError:
            title = self.key
        return f"修改设置「{title}」" if self.value is not None else f"恢复默认设置「{title}」"

    def apply(self, uow: UnitOfWork) -> Any:
        s = uow.s
        d = declared(self.key)
        new = self.value
        if self.checked and new is not None:
            new = d.check(new)
            self._check_pair(uow, new)
        elif isinstance(new, tuple):
            new = list(new)
        old = store(s, self.key, new)
        moved: dict[int, int] | None = None
        if self.key == POINTS_LEVELS:
            moved = _move_levels(uow, value(s, POINTS_LEVELS), self.levels)
        uow.audit("setting", ENTITY_ID, self.kind, {self.key: plain(old)}, {self.key: plain(new)})
        uow.touch(areas={"settings", *AREAS.get(self.key.split(".")[0], ())})
        uow.undo_with(SetSetting(self.key, _frozen(old), checked=False, levels=moved))
        return d.read(new)

    def _check_pair(self, uow: UnitOfWork, new: Any) -> None:
        """A zombie has been silent for longer than a silent member."""
        if self.key == SILENT_DAYS and new >= value(uow.s, ZOMBIE_DAYS):
            raise ValidationError(
                f"沉默天数 {new} 要小于僵尸天数 {value(uow.s, ZOMBIE_DAYS)}：请先调大僵尸天数。"
            )
        if self.key == ZOMBIE_DAYS and new <= value(uow.s, SILENT_DAYS):
            raise ValidationError(
                f"僵尸天数 {new} 要大于沉默天数 {value(uow.s, SILENT_DAYS)}：请先调小沉默天数。"
            )


def _frozen(stored: Any) -> Any:
    """A stored JSON value as an operation field (lists become tuples, back to lists on store)."""
    if isinstance(stored, list):
        return tuple(_frozen(v) for v in stored)
    if isinstance(stored, dict):
        return {k: _frozen(v) for k, v in stored.items()}
    return stored
