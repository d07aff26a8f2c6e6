"""What the build ships besides Python code, in one place: build.spec reads it, and
tests/unit/test_build_spec.py checks it against the files the app loads at run time.

Paths are relative to the repository root; a pattern is a glob under its folder.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (folder, glob patterns, destination folder in the build). `**/` patterns recurse.
APP_DATA: tuple[tuple[str, tuple[str, ...], str], ...] = (
    # Alembic reads the migration scripts, env.py and HEADS as files at run time.
    ("db/migrations", ("HEADS", "env.py", "script.py.mako", "versions/*.py"), "db/migrations"),
    ("resources/icons", ("*.svg", "LICENSE"), "resources/icons"),  # the icon set and its licence
    ("resources/styles", ("*.qss",), "resources/styles"),
    ("resources/translations", ("*.qm",), "resources/translations"),
)

# Files in the tree that the running app never reads: sources of generated files, scripts.
DEV_ONLY: tuple[str, ...] = (
    "resources/translations/*.ts",
    "resources/translations/*.py",
    "**/__pycache__/*",
    "**/*.pyc",
    "**/*.py",
)

# Third-party packages whose non-Python files the app needs (all of them are collected).
DATA_PACKAGES: tuple[str, ...] = ("pypinyin", "tzdata")
# Never shipped from those packages.
DATA_EXCLUDES: tuple[str, ...] = ("**/tests/**", "**/*.pyi", "**/py.typed")

# Modules loaded by name at run time (not visible to PyInstaller's import analysis).
HIDDEN_IMPORTS: tuple[str, ...] = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.postgresql",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "qasync",
    "python_calamine",
    "xlsxwriter",
    "icalendar",
    "tzdata",
    # The team database (设置 → 数据库); present when the `postgres` extra is installed.
    "psycopg",
)

# Packages that only tests, tooling or optional code paths of libraries import.
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pytest",
    "_pytest",
    "pluggy",
    "iniconfig",
    "pygments",
    "hypothesis",
    "openpyxl",
    "et_xmlfile",
    "odf",
    "xlwt",
    "defusedxml",
    "psutil",
    "pkg_resources",
    "setuptools",
    "_distutils_hack",
    "distutils",
    "IPython",
    "matplotlib",
    "scipy",
    "pyarrow",
    "jinja2",
    "lxml",
    "bs4",
    "html5lib",
    "numpy.testing",
    "numpy.f2py",
    "pandas.tests",
    "pandas.plotting._matplotlib",
    "sqlalchemy.testing",
    "mako.ext",
    "alembic.testing",
    "icalendar.tests",
    "pydoc",
    "xmlrpc",
    "doctest",
    "pdb",
    "unittest",
    # Qt modules the app does not import (it uses QtCore, QtGui, QtWidgets; QtSvg is loaded
    # by Qt's SVG image plugin as a library, not as a Python module).
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtUiTools",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
)

# Qt plugins (folder/name prefix under Qt's plugins folder) that the app never loads. The GTK
# theme alone drags in GTK's libraries (cairo, pango, gdk-pixbuf) and needs a matching system
# GTK anyway; the xdg-desktop-portal theme keeps native file dialogs on Linux desktops.
EXCLUDED_QT_PLUGINS: tuple[str, ...] = (
    "platformthemes/libqgtk3",
    "platforms/libqvnc",
    "platforms/libqlinuxfb",
    "platforms/libqeglfs",
    "platforms/libqminimalegl",
    "platforms/libqvkkhrdisplay",
    "egldeviceintegrations/",
    "generic/",
    "imageformats/libqtiff",
    "imageformats/libqwebp",
    "imageformats/libqicns",
    "imageformats/libqpdf",
    "networkinformation/",
    "tls/",
    "sqldrivers/",
    "printsupport/",
)

# Time zones the app names (app/calendar/export_ics.py); zoneinfo reads tzdata's copy where the
# system has no time-zone database (Windows).
TIME_ZONES: tuple[str, ...] = ("Asia/Shanghai", "UTC")

# Qt's own translations kept: the ones ui/i18n.py installs.
QT_TRANSLATIONS: tuple[str, ...] = ("qtbase_zh_CN.qm",)


def _matches(rel: str, pattern: str) -> bool:
    from fnmatch import fnmatch

    if pattern.startswith("**/"):
        return fnmatch(rel, pattern[3:]) or fnmatch(rel, pattern)
    return fnmatch(rel, pattern)


def app_data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for every file APP_DATA names, as PyInstaller wants."""
    out: list[tuple[str, str]] = []
    for folder, patterns, dest in APP_DATA:
        base = root / folder
        for pattern in patterns:
            for path in sorted(base.glob(pattern)):
                if path.is_file():
                    rel_parent = path.parent.relative_to(base).as_posix()
                    target = dest if rel_parent == "." else f"{dest}/{rel_parent}"
                    out.append((str(path), target))
    return out


def shipped(rel: str) -> bool:
    """Whether the build ships the repository file `rel` (posix path) as data."""
    for folder, patterns, _dest in APP_DATA:
        if rel.startswith(folder + "/"):
            inner = rel[len(folder) + 1 :]
            if any(_matches(inner, p) for p in patterns):
                return True
    return False


def dev_only(rel: str) -> bool:
    return any(_matches(rel, p) for p in DEV_ONLY)


def keep_package_data(rel: str) -> bool:
    """Whether a data file of a DATA_PACKAGES package (path inside site-packages) is shipped."""
    if rel.startswith("tzdata/zoneinfo/") and "." not in rel.rsplit("/", 1)[-1]:
        return rel[len("tzdata/zoneinfo/") :] in TIME_ZONES
    return not any(_matches(rel, p) for p in DATA_EXCLUDES)
