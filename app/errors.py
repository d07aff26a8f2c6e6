"""Errors whose message is fit to show the user as it is."""

from __future__ import annotations


class ShequnError(Exception):
    """A domain error; `str(error)` is a complete sentence for the user (Chinese by default)."""


class NotFoundError(ShequnError):
    """The thing asked for does not exist (any more)."""


class ValidationError(ShequnError):
    """A value the user gave cannot be stored as it is."""


class FileRefusedError(ShequnError):
    """A file that cannot be read: truncated, encrypted, not a spreadsheet, hostile …"""


class CancelledError(ShequnError):
    """Long work was cancelled by the user; nothing was written."""


class DatabaseBusyError(ShequnError):
    """Another program held the database's write lock past the busy timeout; nothing was
    written, and the same write may succeed when tried again."""


class BadValue(ValueError):
    """A value that cannot become a field's value (a date, a gender …); the message is the
    reason, in Chinese. Callers say where (field, Excel row) around it."""
