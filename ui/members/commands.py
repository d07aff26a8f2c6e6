"""The member edits not yet operations (group membership, merge): QUndoCommands over services.

Every other member edit is an operation pushed as an `OpCommand` (`ui/operations.py`).
`QUndoStack.push()` calls `redo()` at once: the command schedules its service call on the single
DB thread (so calls run in push/undo order) and announces the `Changes` when it is done. The
before/after data the services return (membership ids, MergeRecord) is kept on the command, so
undo puts back exactly what the edit changed and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain import Changes
from app.members.domain import MergeRecord
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


class GroupMembersCommand(ServiceCommand):
    """Put members into a group or mark them as having left it; undo removes/reopens exactly
    the memberships this command created/closed."""

    def __init__(
        self,
        env: UiEnv,
        member_ids: Sequence[int],
        group_id: int,
        group_name: str,
        leave: bool = False,
    ) -> None:
        text = (
            QCoreApplication.translate("MemberCommands", "{n} 位成员退出「{group}」")
            if leave
            else QCoreApplication.translate("MemberCommands", "{n} 位成员加入「{group}」")
        )
        super().__init__(env, text.format(n=len(member_ids), group=group_name))
        self.member_ids, self.group_id, self.leave = tuple(member_ids), group_id, leave
        self.membership_ids: tuple[int, ...] = ()

    def _do(self) -> Changes:
        op = self.ctx.groups.remove_members if self.leave else self.ctx.groups.add_members
        self.membership_ids, changes = op(self.member_ids, self.group_id)
        return changes  # type: ignore[no-any-return]

    def _undo(self) -> Changes:
        if self.leave:
            return self.ctx.groups.reopen_memberships(self.membership_ids)  # type: ignore[no-any-return]
        return self.ctx.groups.delete_memberships(self.membership_ids)  # type: ignore[no-any-return]


class MergeCommand(ServiceCommand):
    """Merge `other` into `keep`; undo un-merges with the MergeRecord the service returned."""

    def __init__(self, env: UiEnv, keep: int, other: int) -> None:
        super().__init__(env, QCoreApplication.translate("MemberCommands", "合并两位成员"))
        self.keep, self.other = keep, other
        self.record: MergeRecord | None = None

    def _do(self) -> Changes:
        self.record = self.ctx.members.merge(self.keep, self.other)
        return self.record.changes

    def _undo(self) -> Changes:
        assert self.record is not None
        return self.ctx.members.unmerge(self.record)  # type: ignore[no-any-return]
