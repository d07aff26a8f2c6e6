"""One QUndoCommand per kind of member edit; each redo()/undo() runs a service call in the runner.

`QUndoStack.push()` calls `redo()` at once: the command schedules its service call on the single
DB thread (so calls run in push/undo order) and announces the `Changes` when it is done. The
before/after data the services return (TagLinks pairs, FieldValues …) is kept on the
command, so undo puts back exactly what the edit changed and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain import Changes
from app.members.domain import FieldValues
from ui.env import UiEnv


class ServiceCommand(QUndoCommand):
    """Base: `_do()` and `_undo()` run on the DB thread and return the `Changes` to announce."""

    def __init__(self, env: UiEnv, text: str) -> None:
        super().__init__(text)
        self.env = env
        self.ctx = env.ctx
        self._done_once = False
        self._failed = False

    def redo(self) -> None:
        self._schedule(self._do, first=not self._done_once)
        self._done_once = True

    def undo(self) -> None:
        self._schedule(self._undo, first=False)

    def _schedule(self, fn: Callable[[], Changes], first: bool) -> None:
        if self._failed:
            return

        async def run() -> None:
            try:
                changes = await self.env.runner.run(fn)
            except Exception:
                if first:
                    self._drop()
                raise
            self.env.runner.announce(changes)

        self.env.tasks.spawn(run())

    def _drop(self) -> None:
        """The first redo failed (nothing was written): take the command off the stack."""
        self._failed = True
        self.setObsolete(True)
        stack = self.env.stack_for("members")
        if stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()

    def _do(self) -> Changes:
        raise NotImplementedError

    def _undo(self) -> Changes:
        raise NotImplementedError


class BulkSetCommand(ServiceCommand):
    """Set skin type / role / status / tier / level on many members; undo restores each value."""

    def __init__(
        self, env: UiEnv, member_ids: Sequence[int], field: str, value: Any, label: str
    ) -> None:
        super().__init__(
            env,
            QCoreApplication.translate(
                "MemberCommands", "把 {n} 位成员的{field}设为 {value}"
            ).format(
                n=len(member_ids),
                field=label,
                value=value or QCoreApplication.translate("MemberCommands", "（空）"),
            ),
        )
        self.member_ids, self.field, self.value = tuple(member_ids), field, value
        self.previous: FieldValues | None = None

    def _do(self) -> Changes:
        self.previous = self.ctx.members.bulk_set(self.member_ids, self.field, self.value)
        return self.previous.changes

    def _undo(self) -> Changes:
        assert self.previous is not None
        return self.ctx.members.restore_values(self.previous)


class EditMemberCommand(ServiceCommand):
    """Change some fields of one member (detail panel); undo writes the previous values back."""

    def __init__(self, env: UiEnv, member_id: int, values: dict[str, Any]) -> None:
        super().__init__(env, QCoreApplication.translate("MemberCommands", "修改成员资料"))
        self.member_id, self.values = member_id, dict(values)
        self.before: dict[str, Any] | None = None

    def _do(self) -> Changes:
        before, changes = self.ctx.members.update(self.member_id, self.values)
        if self.before is None:
            self.before = before
        return changes  # type: ignore[no-any-return]

    def _undo(self) -> Changes:
        assert self.before is not None
        _, changes = self.ctx.members.update(self.member_id, self.before)
        return changes  # type: ignore[no-any-return]


class SpecialtiesCommand(ServiceCommand):
    def __init__(self, env: UiEnv, member_id: int, names: Sequence[str]) -> None:
        super().__init__(env, QCoreApplication.translate("MemberCommands", "修改擅长领域"))
        self.member_id, self.names = member_id, tuple(names)
        self.before: tuple[str, ...] | None = None

    def _do(self) -> Changes:
        before = self.ctx.members.set_specialties(self.member_id, self.names)
        if self.before is None:
            self.before = before
        return Changes(members=frozenset({self.member_id}))

    def _undo(self) -> Changes:
        assert self.before is not None
        self.ctx.members.set_specialties(self.member_id, self.before)
        return Changes(members=frozenset({self.member_id}))


class SetCustomCommand(ServiceCommand):
    """Make one member's custom fields exactly `values`; undo writes the previous ones back."""

    def __init__(self, env: UiEnv, member_id: int, values: dict[str, Any]) -> None:
        super().__init__(env, QCoreApplication.translate("MemberCommands", "修改自定义字段"))
        self.member_id, self.values = member_id, dict(values)
        self.before: dict[str, Any] | None = None

    def _do(self) -> Changes:
        before, changes = self.ctx.members.set_custom(self.member_id, self.values)
        if self.before is None:
            self.before = before
        return changes  # type: ignore[no-any-return]

    def _undo(self) -> Changes:
        assert self.before is not None
        _, changes = self.ctx.members.set_custom(self.member_id, self.before)
        return changes  # type: ignore[no-any-return]


class TrashCommand(ServiceCommand):
    """Move members to the trash (or restore them from it); undo does the opposite."""

    def __init__(self, env: UiEnv, member_ids: Sequence[int], restore: bool = False) -> None:
        text = (
            QCoreApplication.translate("MemberCommands", "从回收站恢复 {n} 位成员")
            if restore
            else QCoreApplication.translate("MemberCommands", "把 {n} 位成员移到回收站")
        )
        super().__init__(env, text.format(n=len(member_ids)))
        self.member_ids, self.restore = tuple(member_ids), restore

    def _do(self) -> Changes:
        op = self.ctx.members.restore if self.restore else self.ctx.members.trash
        return op(self.member_ids)  # type: ignore[no-any-return]

    def _undo(self) -> Changes:
        op = self.ctx.members.trash if self.restore else self.ctx.members.restore
        return op(self.member_ids)  # type: ignore[no-any-return]


class AddNoteCommand(ServiceCommand):
    """Add a note to a member's timeline; undo deletes that entry."""

    def __init__(self, env: UiEnv, member_id: int, text: str) -> None:
        super().__init__(env, QCoreApplication.translate("MemberCommands", "添加记录"))
        self.member_id, self.text = member_id, text
        self.entry_id: int | None = None

    def _do(self) -> Changes:
        self.entry_id, changes = self.ctx.members.add_note(self.member_id, self.text)
        return changes  # type: ignore[no-any-return]

    def _undo(self) -> Changes:
        assert self.entry_id is not None
        self.ctx.members.delete_note(self.entry_id)
        return Changes(members=frozenset({self.member_id}))
