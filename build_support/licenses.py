"""The `licenses/` folder of the build: every bundled third-party distribution with its version,
licence and licence text, read from the installed distributions' metadata, plus the LGPL notice
for Qt for Python and how to replace the Qt libraries.

Usage: python build_support/licenses.py OUT_DIR [MODULE ...]
  (without modules: the runtime dependencies of the `shequn` distribution, recursively)
build.spec calls `write_licenses` with the top-level modules PyInstaller actually bundled.
"""

from __future__ import annotations

import importlib.metadata as md
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "license_texts"
OWN = {"shequn"}
# Distributions under the Qt licence: PySide6 ships no licence file of its own.
QT_DISTS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)

MIT_TEXT = """Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


@dataclass
class Package:
    name: str
    version: str
    license: str
    home: str
    files: dict[str, str] = field(default_factory=dict)  # file name in licenses/ → text
    note: str = ""


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def license_of(dist: md.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or (text.splitlines()[0] if text else "unknown")


def _home(dist: md.Distribution) -> str:
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, value = url.partition(",")
        if label.strip().lower() in ("homepage", "source", "repository", "source code"):
            return value.strip()
    return ""


def package_of(dist: md.Distribution) -> Package:
    name = str(dist.metadata["Name"])
    pkg = Package(name, dist.version, license_of(dist), _home(dist))
    for file in dist.files or ():
        rel = str(file).replace("\\", "/")
        if ".dist-info/" not in rel:
            continue
        inner = rel.split(".dist-info/", 1)[1]
        if inner.startswith("licenses/"):
            inner = inner[len("licenses/") :]
        if not LICENSE_FILE.search(inner):
            continue
        path = Path(str(dist.locate_file(file)))
        if path.is_file():
            pkg.files[inner] = path.read_text(encoding="utf-8", errors="replace")
    long_text = (dist.metadata.get("License") or "").strip()
    if not pkg.files and "\n" in long_text:
        pkg.files["LICENSE (from the package metadata)"] = long_text + "\n"
    if _norm(name) in QT_DISTS:
        pkg.note = "Qt for Python: used under the LGPL-3.0, see ../Qt/README.txt"
        pkg.files["LGPL-3.0.txt"] = (TEXTS / "LGPL-3.0.txt").read_text(encoding="utf-8")
        pkg.files["GPL-3.0.txt"] = (TEXTS / "GPL-3.0.txt").read_text(encoding="utf-8")
    elif _norm(name) == "pyinstaller":
        pkg.note = (
            "only its bootloader is in the build (GPL-2.0-or-later with the bootloader exception)"
        )
    elif not pkg.files and "MIT" in pkg.license:
        author = dist.metadata.get("Author") or dist.metadata.get("Author-email") or name
        pkg.note = (
            "the distribution ships no licence file: the standard MIT text, as its metadata states"
        )
        pkg.files["LICENSE.txt"] = f"MIT License\n\nCopyright (c) {author}\n\n{MIT_TEXT}"
    return pkg


def distributions_for_modules(modules: Iterable[str]) -> set[str]:
    """Names of the installed distributions that provide these top-level modules."""
    owners = md.packages_distributions()
    out: set[str] = set()
    for module in modules:
        top = module.split(".", 1)[0]
        if top in sys.stdlib_module_names:
            continue
        for dist in owners.get(top, ()):
            out.add(dist)
    return {d for d in out if _norm(d) not in OWN}


def runtime_requirements(root: str = "shequn") -> set[str]:
    """The distributions `root` needs at run time (no extras), recursively."""
    from packaging.requirements import Requirement

    out: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        for spec in dist.requires or ():
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            if _norm(req.name) not in {_norm(n) for n in out}:
                out.add(req.name)
                todo.append(req.name)
    return out


def collect(names: Iterable[str]) -> list[Package]:
    found: dict[str, Package] = {}
    for name in names:
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        pkg = package_of(dist)
        found.setdefault(_norm(pkg.name), pkg)
    return sorted(found.values(), key=lambda p: p.name.lower())


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name)


def qt_readme(qt_version: str, lib_folder: str) -> str:
    return f"""Qt {qt_version} and Qt for Python (PySide6, shiboken6)
=====================================================

This program uses the Qt libraries and Qt for Python under the GNU Lesser General Public
License version 3 (LGPL-3.0, in LGPL-3.0.txt; it supplements the GNU GPL version 3 in
GPL-3.0.txt). The Qt libraries are dynamically linked shared libraries, unmodified.

Source code: Qt at https://download.qt.io/official_releases/qt/ and https://code.qt.io/,
Qt for Python at https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{qt_version}).
Qt includes third-party components under their own licences, listed at
https://doc.qt.io/qt-6/licenses-used-in-qt.html.

Replacing the Qt libraries
--------------------------
You may replace the Qt libraries with your own build of the same Qt version (or a binary-
compatible later {qt_version.rsplit(".", 1)[0]}.x patch release):
  1. Build or obtain Qt {qt_version} (and, if you change the bindings too, PySide6 and shiboken6
     of the same version).
  2. Replace the files in {lib_folder} (libQt6*.so.6 on Linux, Qt6*.dll on Windows,
     Qt*.framework on macOS) and, if needed, the plugins in the "plugins" folder next to them,
     keeping the file names.
  3. Start the program as usual; nothing else needs to change.
"""


def python_license() -> tuple[str, str] | None:
    for base in (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
        Path(sys.base_prefix),
    ):
        path = base / "LICENSE.txt"
        if path.is_file():
            return "LICENSE.txt", path.read_text(encoding="utf-8", errors="replace")
    return None


def bundled_system_libraries(build: Path) -> list[tuple[str, str]]:
    """(library, Debian package) for shared libraries in `build` copied from the build machine's
    system (Linux with dpkg only); empty elsewhere."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg") is None:
        return []
    out = []
    for lib in sorted(build.glob("*.so*")):
        if lib.is_symlink():
            continue
        for folder in (
            "/usr/lib/x86_64-linux-gnu",
            "/lib/x86_64-linux-gnu",
            "/usr/lib/aarch64-linux-gnu",
            "/usr/lib",
            "/lib",
        ):
            candidate = Path(folder) / lib.name
            if candidate.exists():
                res = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True)
                if res.returncode == 0:
                    out.append((lib.name, res.stdout.split(":", 1)[0].strip()))
                    break
    return out


def write_licenses(
    out: Path,
    packages: list[Package],
    qt_version: str = "",
    qt_lib_folder: str = "_internal/PySide6/Qt/lib",
    system_libs: list[tuple[str, str]] | None = None,
    app_name: str = "社群管家 Shequn",
) -> Path:
    """Write the folder; returns the path of its index, README.txt."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = [
        f"{app_name}: third-party software in this build",
        "=" * 60,
        "",
        "Each entry: name, version, licence; its licence texts are in the folder named after it.",
        "",
    ]
    for pkg in packages:
        folder = out / _safe(f"{pkg.name}-{pkg.version}")
        folder.mkdir()
        for name, text in pkg.files.items():
            target = folder / _safe(name.replace("/", "__"))
            target.write_text(text, encoding="utf-8")
        lines.append(f"{pkg.name} {pkg.version} — {pkg.license}")
        if pkg.home:
            lines.append(f"    {pkg.home}")
        if pkg.note:
            lines.append(f"    ({pkg.note})")
        if not pkg.files:
            lines.append("    (no licence text found in the installed distribution)")
        lines.append(f"    texts: {folder.name}/")
    python = python_license()
    if python is not None:
        folder = out / f"Python-{sys.version.split()[0]}"
        folder.mkdir()
        (folder / python[0]).write_text(python[1], encoding="utf-8")
        lines.append(f"Python {sys.version.split()[0]} — PSF-2.0\n    texts: {folder.name}/")
    if qt_version:
        qt = out / "Qt"
        qt.mkdir()
        (qt / "README.txt").write_text(qt_readme(qt_version, qt_lib_folder), encoding="utf-8")
        for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
            shutil.copyfile(TEXTS / name, qt / name)
        lines.append(f"Qt {qt_version} — LGPL-3.0 (how to replace the Qt libraries: Qt/README.txt)")
    lines += [
        "",
        "The program was bundled with PyInstaller, whose bootloader is GPL-2.0-or-later with an",
        "exception that allows its use in programs under any licence.",
        "Libraries vendored inside wheels (folders ending in .libs, e.g. libpq, OpenSSL, OpenBLAS,",
        "the GCC runtime) are under their upstream licences, included with the distribution above",
        "that ships them where it provides them.",
    ]
    if system_libs:
        lines += ["", "Shared libraries copied from the build machine's operating system:"]
        lines += [f"    {lib} (Debian package {package})" for lib, package in system_libs]
        copyrights = out / "system"
        copyrights.mkdir()
        for package in sorted({p.split(",")[0].split(":")[0] for _, p in system_libs}):
            src = Path("/usr/share/doc") / package / "copyright"
            if src.is_file():
                shutil.copyfile(src, copyrights / f"{_safe(package)}.copyright.txt")
        lines.append("    (their copyright files: system/)")
    index = out / "README.txt"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    names = distributions_for_modules(argv[1:]) if argv[1:] else runtime_requirements()
    qt = ""
    try:
        from PySide6 import __version__ as qt
    except ImportError:
        pass
    index = write_licenses(Path(argv[0]), collect(names), qt_version=qt)
    print(index)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
