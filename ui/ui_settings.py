"""UI state kept in a QSettings INI file: every key declared once here, with its type and default."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    doc: str


# What a file dialog is for: each remembers its own last folder (ui.file_dialogs).
FOLDER_PURPOSES = ("import", "export", "report", "backup", "calendar", "purchases")

OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui/language", str, "zh", "Interface language: zh (default) or en."),
        Option("ui/theme", str, "system", "Theme: system (default, follows the OS), light, dark."),
        Option("window/geometry", QByteArray, QByteArray(), "Main window geometry."),
        Option("window/state", QByteArray, QByteArray(), "Main window toolbars/docks state."),
        Option("window/page", str, "members", "Last page shown."),
        Option(
            "members/header",
            QByteArray,
            QByteArray(),
            "Member table columns: order, widths, hidden.",
        ),
        Option("members/splitter", QByteArray, QByteArray(), "Table/detail panel split."),
        Option("backup/on_close", bool, True, "Make an automatic (rotating) backup when closing."),
        Option("reminders/shown", list, [], "Reminders already announced: 'key|when' items."),
        *(
            Option(
                f"folders/{purpose}", str, "", f"Last folder a file was chosen in for {purpose}."
            )
            for purpose in FOLDER_PURPOSES
        ),
    )
}


class UiSettings:
    """Typed access to the declared options; unknown keys are a programming error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        value = self._qs.value(key, opt.default)
        if opt.type is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        if opt.type is list:  # an INI list of one item reads back as that item
            if isinstance(value, str):
                return [value]
            return list(value) if isinstance(value, list | tuple) else []
        if opt.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()
        try:
            return opt.type(value)
        except (TypeError, ValueError):
            return opt.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
