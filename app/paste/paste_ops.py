"""Recording a paste that makes new members: the members, then what the paste records, as one.

`RecordPaste(new_members, record)` creates a member for each name of `new_members` (the
pasted name as her nickname), then runs `record` — the sign-up, check-in or purchases of the
paste — where the member id `-1` stands for the first new member, `-2` for the second, and so
on. Its inverse, a `Steps` of the recording's inverse and each creation's, takes the
purchases, sign-ups or check-ins back and deletes the new members again; undoing that (redo)
brings them back under the same ids.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from app.commerce.purchase_ops import RecordPurchases
from app.community.activity_ops import CheckIn, SignUp
from app.errors import ValidationError
from app.members.create_ops import CreateMember
from app.ops import Operation, UnitOfWork
from app.text import clean


@dataclass(frozen=True)
class PasteResult:
    """What the recording returned, and the ids of the members it made (in `new_members` order)."""

    value: Any
    created: tuple[int, ...]


def placeholder(index: int) -> int:
    """The member id standing for the `index`-th (0-based) new member of a `RecordPaste`."""
    return -1 - index


def _resolve(record: Operation, created: tuple[int, ...]) -> Operation:
    def real(mid: int) -> int:
        return created[-1 - mid] if mid < 0 else mid

    if isinstance(record, SignUp | CheckIn):
        return dataclasses.replace(record, member_ids=tuple(real(m) for m in record.member_ids))
    if isinstance(record, RecordPurchases):
        return dataclasses.replace(
            record,
            lines=tuple(dataclasses.replace(x, member_id=real(x.member_id)) for x in record.lines),
        )
    raise ValidationError("粘贴接龙只能记报名、打卡或购买：没有做任何修改。")


def _run(op: Operation, uow: UnitOfWork) -> tuple[Any, Operation | None]:
    """Apply `op` inside this operation and return its value and its inverse."""
    uow.inverse = None
    value = op.apply(uow)
    return value, uow.inverse


@dataclass(frozen=True)
class RecordPaste(Operation):
    """New members from unmatched pasted lines, then the paste's records, in one step."""

    kind = "paste.record"
    new_members: tuple[str, ...]
    record: Operation

    def label(self) -> str:
        return f"{self.record.label()}，新建 {len(self.new_members)} 位成员"

    def apply(self, uow: UnitOfWork) -> PasteResult:
        names = tuple(clean(n) for n in self.new_members)
        if not names or not all(names):
            raise ValidationError("要新建的成员没有名字：没有做任何修改。")
        created: list[int] = []
        inverses: list[Operation] = []
        for name in names:
            mid, inverse = _run(CreateMember({"nickname": name}), uow)
            created.append(int(mid))
            if inverse is not None:
                inverses.append(inverse)
        value, inverse = _run(_resolve(self.record, tuple(created)), uow)
        if inverse is not None:
            inverses.append(inverse)
        uow.undo_with(Steps(tuple(reversed(inverses))))
        return PasteResult(value, tuple(created))


@dataclass(frozen=True)
class Steps(Operation):
    """Operations run in order as one (the undo of a paste that made members); its inverse
    runs their inverses in the opposite order."""

    kind = "paste.steps"
    steps: tuple[Operation, ...]

    def label(self) -> str:
        return "；".join(step.label() for step in self.steps[:3]) + (
            f" 等 {len(self.steps)} 步" if len(self.steps) > 3 else ""
        )

    def apply(self, uow: UnitOfWork) -> None:
        inverses: list[Operation] = []
        for step in self.steps:
            _, inverse = _run(step, uow)
            if inverse is not None:
                inverses.append(inverse)
        uow.undo_with(Steps(tuple(reversed(inverses))))
