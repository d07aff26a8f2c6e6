"""The paste step's match keys that an import left unkeyed, filled in the window's idle time.

An import defers them (`app.paste.keys.defer_keys`): 100,000 names cost seconds that the import
should not wait for. After an import, and once after the first rows of a start, this fills them
on the database thread in small transactions, so the user's own edits queue behind one step at
most. The paste page does not need them (it builds its own index); the command line's paste
does, and finds them ready.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from app.domain import Changes
from ui.later import later

if TYPE_CHECKING:
    from app.paste import keys
else:
    keys = later("app.paste.keys")

STEP = 2000  # texts per transaction (~50 ms of work)
PAUSE = 0.2  # seconds between steps, so other work gets the database thread


class KeyFiller:
    def __init__(self, env: Any) -> None:
        self._env = env
        self._running = False
        self.filled = 0
        env.runner.changed.connect(self._on_changed)

    def start(self) -> None:
        if self._running or self._env.runner.closed:
            return
        self._running = True
        self._env.tasks.spawn(self._fill())

    async def _fill(self) -> None:
        try:
            if not await self._env.core_ready():
                return
            while not self._env.runner.closed:
                sf = self._env.ctx.session_factory
                done = await self._env.runner.run(keys.fill_pending, sf, STEP)
                self.filled += done
                if done < STEP:
                    break
                await asyncio.sleep(PAUSE)
        finally:
            self._running = False

    def _on_changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and "imports" in changes.areas:
            self.start()


def install(window: Any, first_rows: Any) -> KeyFiller:
    filler = KeyFiller(window.env)
    first_rows.connect(filler.start)
    return filler
