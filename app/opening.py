"""The core's context opened on first use, so that a window can show before the core loads.

Loading SQLAlchemy, the models and the services takes longer than the whole start of a bare
Qt window: the window paints the first rows of its members from the file itself
(`app.members.first_rows`) and opens the core behind them, on its database thread. Whatever asks
for a service before then waits for the opening (or does it, if nothing has started it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.locations import data_dir, resolve_url, sqlite_path

if TYPE_CHECKING:
    from app.bootstrap import AppContext


def user_data_dir() -> Path:
    """The data folder (logs, backups, UI settings), without opening any database."""
    return data_dir()


def database_file(db: str | None = None) -> Path | None:
    """The SQLite file `db` names (None for PostgreSQL): the window locks it before opening."""
    return sqlite_path(resolve_url(db))


class OpeningContext:
    """Stands for the `AppContext` that `opener` returns: each attribute is the context's own.

    The first attribute asked for opens it (one thread opens, the others wait); a failure to
    open is kept and raised again to every later caller."""

    def __init__(self, opener: Callable[[], AppContext]) -> None:
        self._opener = opener
        self._lock = threading.Lock()
        self._ctx: AppContext | None = None
        self._error: BaseException | None = None

    @property
    def is_open(self) -> bool:
        return self._ctx is not None

    @property
    def failure(self) -> BaseException | None:
        """What opening it raised (None while it is not opened or opened fine)."""
        return self._error

    def open(self) -> AppContext:
        with self._lock:
            if self._ctx is None:
                if self._error is not None:
                    raise self._error
                try:
                    self._ctx = self._opener()
                except BaseException as exc:
                    self._error = exc
                    raise
            return self._ctx

    def close(self) -> None:
        """Close the context if it was opened (waiting for an opening under way)."""
        with self._lock:
            if self._ctx is not None:
                self._ctx.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy, pickle and the like ask for these: not the context's
            raise AttributeError(name)
        return getattr(self.open(), name)
