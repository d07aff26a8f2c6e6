"""Every file dialog of the window: the platform's own, starting where the user keeps files.

A dialog opens in the last folder used for the same purpose (import, export, report, backup,
calendar, purchases — remembered in the UI settings as `folders/<purpose>`), else in
`default_folder` when the call has one (restore starts among the backups), else in the user's
Documents folder, else the home folder. The platform dialog is used (no
`DontUseNativeDialog`): Windows Explorer's, macOS's, the desktop portal's on Linux.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.ui_settings import FOLDER_PURPOSES


def documents_folder() -> str:
    """The user's Documents folder, or home when the platform has none."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def start_folder(settings: Any, purpose: str, default_folder: str | None = None) -> str:
    """Where a dialog for `purpose` opens (see the module text)."""
    if purpose not in FOLDER_PURPOSES:
        raise KeyError(purpose)
    last = settings.get(f"folders/{purpose}") if settings is not None else ""
    if last and Path(last).is_dir():
        return str(last)
    if default_folder and Path(default_folder).is_dir():
        return default_folder
    return documents_folder()


def remember(settings: Any, purpose: str, path: str) -> None:
    """Keep the folder of a chosen file for the next dialog of the same purpose."""
    if settings is not None and path:
        settings.set(f"folders/{purpose}", str(Path(path).parent))


def open_file(
    parent: QWidget | None,
    settings: Any,
    purpose: str,
    title: str,
    filters: str,
    default_folder: str | None = None,
) -> str:
    """The chosen file's path, or "" when cancelled."""
    folder = start_folder(settings, purpose, default_folder)
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    remember(settings, purpose, path)
    return path


def save_file(
    parent: QWidget | None,
    settings: Any,
    purpose: str,
    title: str,
    file_name: str,
    filters: str,
) -> tuple[str, str]:
    """(path, chosen filter) of the file to write, ("", "") when cancelled; the dialog
    proposes `file_name` in the start folder."""
    folder = start_folder(settings, purpose)
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / file_name), filters
    )
    remember(settings, purpose, path)
    return (path, chosen) if path else ("", "")
