"""Modules of the core that a window module uses only when the user acts, imported then.

The window paints its first rows before the core (SQLAlchemy, the models) is loaded
(`app.opening`); a page module that named an operation at its top would load it all first.
`later("app.members.member_ops")` stands for the module and imports it on first attribute
access (thread-safe: the import system's lock). Import the module under `TYPE_CHECKING` too,
so the type checker sees the real one:

    if TYPE_CHECKING:
        from app.members import member_ops
    else:
        member_ops = later("app.members.member_ops")
"""

from __future__ import annotations

import importlib
from typing import Any


class _Later:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name), attr)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported when first used>"


def later(name: str) -> Any:
    return _Later(name)
