"""The window's one way to write: run a core operation on the DB runner, announce its changes.

`env.ops.run(op)` runs an operation once (for writes that are not undone from the page's undo
stack, such as an import or a permanent deletion) and returns its `Done`, or None when it
failed: a domain error goes to the one error presenter, anything else to the exception hook
(logged with its traceback). `env.ops.push(stack, op)` puts an `OpCommand` on an undo stack.

`OpCommand` is the one undo command class. `push()` calls `redo()` at once; every step is
chained after the previous one (an undo pressed while the edit is still running waits for it
and then uses its inverse), and each step runs the operation it holds and keeps the inverse the
core returned: redo keeps the undo, undo keeps the redo. A first run that fails writes nothing
and takes the command off the stack.

An undo step's text is best given as an `UndoText` (`UndoText.translate(context, source)
.fill(...)`): it keeps the untranslated words, so `retranslate_commands(group)` shows every step
already on the stacks in the language just switched to.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from app.errors import CancelledError, DatabaseBusyError, ShequnError

if TYPE_CHECKING:
    from app.ops import Done, Operation
    from ui.env import UiEnv

log = logging.getLogger(__name__)
SOURCE = "window"
RETRY_DELAY = 5.0  # seconds between tries of a write refused for a lock (after its busy timeout)
RETRIES = 12  # then the edit is reported as not saved (about 7 minutes with a 30 s timeout)


Filler: TypeAlias = "str | int | UndoText"
# "%1" … "%99" and "{name}" in a text, found in one pass: a filler is never read again (a tag
# named "%2" stays "%2"), and "%1" never eats the start of "%10".
_PLACEHOLDER = re.compile(r"%(\d+)|\{(\w+)\}")


@dataclass(frozen=True)
class UndoText:
    """Words of an undo step kept untranslated: the source text, its translation context and
    what fills its placeholders ("{name}" by name, "%1", "%2" … in order). `str()` gives them
    in the language installed now; a filler that is an `UndoText` itself follows too, so the
    translated words a step names (a field, a status, a setting's title) switch with it, while
    data (names, tags) stays as typed."""

    context: str
    source: str
    numbered: tuple[Filler, ...] = ()
    named: tuple[tuple[str, Filler], ...] = ()

    @classmethod
    def translate(cls, context: str, source: str) -> UndoText:
        """Named like `QCoreApplication.translate` so that lupdate collects `source`."""
        return cls(context, source)

    def fill(self, *numbered: Filler, **named: Filler) -> UndoText:
        return UndoText(self.context, self.source, numbered, tuple(named.items()))

    def __add__(self, other: UndoText) -> UndoText:
        """Both texts one after the other, each translated on its own."""
        return UndoText("", "%1%2", (self, other))

    @classmethod
    def separator(cls) -> UndoText:
        """The list separator of the language shown ("、" in Chinese, ", " in English); labels
        and cells use the same one (`ui.wording.list_separator`)."""
        return cls.translate("Wording", "、")

    @classmethod
    def join(cls, items: Sequence[Filler]) -> UndoText:
        """`items` listed with the list separator of the language shown ("、" in Chinese)."""
        separator = cls.separator()
        numbered: list[Filler] = []
        for item in items:
            numbered += [separator, item] if numbered else [item]
        return cls("", "".join(f"%{n}" for n in range(1, len(numbered) + 1)), tuple(numbered))

    def __str__(self) -> str:
        # No context: a join of other texts (`+`, `join`), nothing of its own to translate.
        text = (
            QCoreApplication.translate(self.context, self.source) if self.context else self.source
        )
        named = dict(self.named)

        def filler(match: re.Match[str]) -> str:
            number, name = match.group(1), match.group(2)
            if number is not None and 0 < int(number) <= len(self.numbered):
                return str(self.numbered[int(number) - 1])
            if name is not None and name in named:
                return str(named[name])
            return match.group(0)

        return _PLACEHOLDER.sub(filler, text)


def retranslate_commands(group: QUndoGroup) -> None:
    """Show every undo step of every stack in `group` in the current language (the 撤销/重做
    texts read them again when their actions are made anew)."""
    for stack in group.stacks():
        for i in range(stack.count()):
            command = stack.command(i)
            if isinstance(command, OpCommand):
                command.retranslate()


class OpExecutor:
    """Runs operations for the window (source "window")."""

    def __init__(self, env: UiEnv) -> None:
        self.env = env

    async def run(self, op: Operation, *, reverts: int | None = None) -> Done[Any] | None:
        """Run `op` on the DB runner; None (the error already shown) when it failed.

        A write refused because another program (a CLI import) held the database past the
        busy timeout is kept and tried again every `RETRY_DELAY` seconds, saying so in the
        status bar, up to `RETRIES` more times; only then is it reported as not saved."""
        ctx = self.env.ctx
        attempt = 0
        try:
            while True:
                try:
                    done: Done[Any] = await self.env.runner.run(
                        ctx.ops.run, op, SOURCE, reverts=reverts
                    )
                    break
                except DatabaseBusyError:
                    attempt += 1
                    if attempt > RETRIES:
                        raise
                    self.env.show_message(
                        QCoreApplication.translate(
                            "Operations",
                            "数据库正被另一个程序占用（例如命令行导入）：“{label}”还没有保存，"
                            "{seconds} 秒后自动重试（第 {n} 次）…",
                        ).format(label=op.label(), seconds=f"{RETRY_DELAY:g}", n=attempt)
                    )
                    await asyncio.sleep(RETRY_DELAY)
        except asyncio.CancelledError:
            raise
        except CancelledError:  # the user cancelled long work: nothing written, nothing to show
            return None
        except ShequnError as exc:
            self.env.show_error(exc)
            return None
        except Exception as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return None
        if attempt:
            self.env.show_message(
                QCoreApplication.translate("Operations", "“{label}”已保存。").format(
                    label=op.label()
                )
            )
        self.env.runner.announce(done.changes)
        return done

    def push(
        self,
        stack: QUndoStack,
        op: Operation,
        text: str | UndoText | None = None,
        on_done: Callable[[Done[Any]], None] | None = None,
    ) -> OpCommand:
        """Put `op` on `stack` as one undo step (runs it at once); `text` names it in the undo
        menu (an `UndoText` follows a language switch)."""
        command = OpCommand(self, op, text, on_done)
        stack.push(command)
        return command


class OpCommand(QUndoCommand):
    """The one undo command: runs an operation, keeps its inverse, undoes and redoes exactly."""

    def __init__(
        self,
        executor: OpExecutor,
        op: Operation,
        text: str | UndoText | None = None,
        on_done: Callable[[Done[Any]], None] | None = None,
    ) -> None:
        super().__init__(str(text or op.label()))
        self.words = text if isinstance(text, UndoText) else None  # kept for a language switch
        self.executor = executor
        self.forward: Operation | None = op  # what redo() runs
        self.backward: Operation | None = None  # what undo() runs
        self.done_id: int | None = None  # the record of the last forward run
        self.first: Done[Any] | None = None
        self._on_done = on_done
        self._failed = False
        self._last: asyncio.Future[Any] | None = None

    def retranslate(self) -> None:
        """Show the step's text in the current language (a plain-text one stays as it is)."""
        if self.words is not None:
            self.setText(str(self.words))

    def redo(self) -> None:
        self._chain(self._step_forward)

    def undo(self) -> None:
        self._chain(self._step_backward)

    @property
    def pending(self) -> asyncio.Future[Any] | None:
        """The step still running (tests await it)."""
        return self._last

    def _chain(self, step: Callable[[], Any]) -> None:
        if self._failed:
            return
        previous = self._last

        async def go() -> None:
            if previous is not None and not previous.done():
                await asyncio.shield(previous)
            await step()

        self._last = self.executor.env.tasks.spawn(go())

    async def _step_forward(self) -> None:
        op = self.forward
        if op is None:
            return
        first = self.first is None
        done = await self.executor.run(op, reverts=None if first else self.undone_id)
        if done is None:
            if first:
                self._drop()
            return
        self.done_id, self.backward = done.op_id, done.inverse
        if first:
            self.first = done
            if self._on_done is not None:
                self._on_done(done)

    undone_id: int | None = None

    async def _step_backward(self) -> None:
        op = self.backward
        if op is None:
            return
        done = await self.executor.run(op, reverts=self.done_id)
        if done is None:
            return
        self.undone_id, self.forward = done.op_id, done.inverse

    def _drop(self) -> None:
        """The first run failed and wrote nothing: take the command off its stack."""
        self._failed = True
        self.setObsolete(True)
        stack = self._stack()
        if stack is not None and stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()

    def _stack(self) -> QUndoStack | None:
        group = self.executor.env.undo_group
        for stack in group.stacks():
            for i in range(stack.count()):
                if stack.command(i) is self:
                    return stack
        return None
