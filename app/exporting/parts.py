"""Hidden `.NAME.part` files of exports under way, listed in the data folder so that one left
by a killed export (it holds member data) is removed at the next start."""

from __future__ import annotations

import os
from pathlib import Path

from db.locations import data_dir


def _registry() -> Path:
    return data_dir() / "exports-in-progress.txt"


def _read() -> list[str]:
    try:
        return [line for line in _registry().read_text(encoding="utf-8").splitlines() if line]
    except OSError:
        return []


def _write(lines: list[str]) -> None:
    reg = _registry()
    if lines:
        tmp = reg.with_suffix(".tmp")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        os.replace(tmp, reg)
    else:
        reg.unlink(missing_ok=True)


def track_part(path: Path) -> None:
    _write([*_read(), str(Path(path).resolve())])


def untrack_part(path: Path) -> None:
    resolved = str(Path(path).resolve())
    _write([line for line in _read() if line != resolved])


def clean_stale_parts() -> list[Path]:
    """Remove part files of exports that never finished (run at start, before any export)."""
    removed = []
    for line in _read():
        part = Path(line)
        if part.name.startswith(".") and part.name.endswith(".part") and part.exists():
            part.unlink(missing_ok=True)
            removed.append(part)
    _write([])
    return removed
