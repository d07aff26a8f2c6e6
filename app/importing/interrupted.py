"""Imports cut short (the program killed, the power gone) are noticed at the next start.

An import is one transaction: a killed one leaves nothing in the database, and nothing there
says it was ever tried. So while it runs, a small marker file in the data folder names the
database, the file and the time; it is removed when the transaction ends (committed or rolled
back). A marker whose process is gone, for a file no batch was committed from since, is an
interrupted import: said once in one sentence ("上次导入…被中断，没有写入任何成员"), then dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm import Session

from db.locations import data_dir
from db.models_import import ImportBatch

FOLDER = "imports-in-progress"


@dataclass(frozen=True, slots=True)
class Interrupted:
    """An import that was cut short: which file, when it started, and the marker that says so."""

    file_name: str
    started: dt.datetime
    marker: Path

    def sentence(self) -> str:
        return (
            f"上次导入「{self.file_name}」在 {self.started:%Y-%m-%d %H:%M} 被中断"
            "（程序被关闭或断电），没有写入任何成员：需要的话请重新导入。"
        )


def _folder() -> Path:
    return data_dir() / FOLDER


def _key(s: Session) -> str:
    bind = s.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    shown = engine.url.render_as_string(hide_password=True)
    return hashlib.sha1(shown.encode("utf-8")).hexdigest()[:12]


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals or ends it)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would end the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(code.value == 259)  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    return True


def mark_started(s: Session, file_name: str) -> Path | None:
    """Write the marker of an import in `s`'s transaction; it is removed when that ends.

    A marker that cannot be written (read-only data folder) never stops the import."""
    started = dt.datetime.now().replace(microsecond=0)
    folder = _folder()
    marker = folder / f"{_key(s)}-{os.getpid()}-{id(s):x}.json"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(
                {"file": file_name, "started": started.isoformat(), "pid": os.getpid()},
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        os.replace(tmp, marker)
    except OSError:
        return None

    def clear(*_args: object) -> None:
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)

    event.listen(s, "after_commit", clear, once=True)
    event.listen(s, "after_rollback", clear, once=True)
    return marker


def interrupted_imports(s: Session) -> list[Interrupted]:
    """Imports into this database whose process is gone and that committed no batch."""
    folder = _folder()
    if not folder.is_dir():
        return []
    found = []
    for marker in sorted(folder.glob(f"{_key(s)}-*.json")):
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            file_name, pid = str(data["file"]), int(data["pid"])
            started = dt.datetime.fromisoformat(data["started"])
        except (OSError, ValueError, KeyError, TypeError):
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
            continue
        if process_alive(pid):
            continue  # still running (the window's import while the CLI starts)
        committed = s.execute(
            select(func.count())
            .select_from(ImportBatch)
            .where(ImportBatch.file_name == file_name, ImportBatch.at >= started)
        ).scalar_one()
        if committed:  # killed after its commit, before the marker was removed
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
            continue
        found.append(Interrupted(file_name, started, marker))
    return found


def dismiss(items: list[Interrupted]) -> None:
    """Drop the markers of interrupted imports once they were said."""
    for item in items:
        with contextlib.suppress(OSError):
            item.marker.unlink(missing_ok=True)
