"""Trim PyInstaller's collected binaries and data: Qt plugins and translations the app never
loads, the shared libraries only those plugins needed, and debug symbols in the interpreter.

Used from build.spec between Analysis and COLLECT (and `strip_python` after COLLECT).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

Entry = tuple[str, str, str]  # (destination name, source path, typecode)

QT_PLUGINS = "PySide6/Qt/plugins/"
QT_TRANSLATIONS = "PySide6/Qt/translations/"


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def _qt_plugin(dest: str) -> str | None:
    dest = _posix(dest)
    if QT_PLUGINS in dest:
        return dest.split(QT_PLUGINS, 1)[1]
    if dest.startswith("PySide6/plugins/"):  # Windows wheels keep Qt under PySide6/ itself
        return dest[len("PySide6/plugins/") :]
    return None


def _dependencies(entries: Iterable[Entry], by_name: dict[str, list[Entry]]) -> set[Entry]:
    """`entries` and every collected library they need, transitively (link-time imports)."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[Entry] = set()
    todo = list(entries)
    while todo:
        entry = todo.pop()
        if entry in seen:
            continue
        seen.add(entry)
        if entry[2] == "SYMLINK" or not os.path.isfile(entry[1]):
            continue
        try:
            imports = get_imports(entry[1])
        except Exception:  # not a binary PyInstaller can read: nothing to follow
            continue
        for name, _path in imports:
            todo.extend(by_name.get(os.path.basename(name), ()))
    return seen


def drop_qt_plugins(
    binaries: Sequence[Entry], excluded: Sequence[str]
) -> tuple[list[Entry], list[str]]:
    """`binaries` without the excluded Qt plugins and the libraries that only they needed.

    Returns the kept entries and the destination names dropped."""
    binaries = list(binaries)
    roots = [e for e in binaries if (p := _qt_plugin(e[0])) and p.startswith(tuple(excluded))]
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(os.path.basename(_posix(entry[0])), []).append(entry)
    removed_tree = _dependencies(roots, by_name)
    outside = [e for e in binaries if e not in removed_tree]
    needed = _dependencies(outside, by_name)
    drop = removed_tree - needed
    drop_names = {os.path.basename(_posix(e[0])) for e in drop}
    kept = [
        e
        for e in binaries
        if e not in drop
        and not (e[2] == "SYMLINK" and os.path.basename(_posix(e[0])) in drop_names)
    ]
    return kept, sorted(_posix(e[0]) for e in binaries if e not in kept)


def drop_qt_translations(datas: Sequence[Entry], keep: Sequence[str]) -> list[Entry]:
    """`datas` with only the named Qt translation files left."""
    out = []
    for entry in datas:
        dest = _posix(entry[0])
        if QT_TRANSLATIONS in dest or dest.startswith("PySide6/translations/"):
            if os.path.basename(dest) not in keep:
                continue
        out.append(entry)
    return out


def strip_python(dist: Path) -> list[Path]:
    """Strip debug symbols from the interpreter's own libraries in `dist` (Linux only).

    Only libpython and the standard library's extension modules: libraries from wheels were
    rewritten by auditwheel, and stripping those can corrupt them."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return []
    targets = [p for p in dist.rglob("libpython3*.so*") if p.is_file() and not p.is_symlink()]
    targets += [p for p in dist.rglob("lib-dynload/*.so") if p.is_file()]
    if targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)
    return targets


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
