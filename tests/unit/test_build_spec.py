"""build.spec ships what the app loads at run time (build_support/spec_data.py declares it).

One probe process runs the command line and the window's start-up code on a fresh database with
an audit hook that records every file Python opens; each repository file it opens that is not an
imported module, and each data file of a third-party package, must be in the build's data.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from build_support import spec_data  # noqa: E402

PROBE = r"""
import json, os, sys
from pathlib import Path

opened = set()
def hook(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.add(os.path.abspath(os.fsdecode(args[0])))
sys.addaudithook(hook)

# The modules build.spec excludes cannot be imported here either, as in the build.
excluded = json.loads(sys.argv[2])
already = set(sys.modules)
class Excluded:
    def find_spec(self, name, path=None, target=None):
        if any(name == e or name.startswith(e + ".") for e in excluded):
            raise ModuleNotFoundError(f"No module named {name!r} (excluded from the build)", name=name)
        return None
sys.meta_path.insert(0, Excluded())

work = Path(sys.argv[1])
db = str(work / "probe.sqlite3")
from app.cli import main
def run(*argv):
    code = main(list(argv))
    if code:
        raise SystemExit(f"shequn {' '.join(argv)} exited with {code}")
run("demo", "--db", db, "--members", "40")
run("check", "--db", db)
run("members", "--db", db, "--search", "xm", "--limit", "1")
run("report", "--db", db, str(work / "report.xlsx"))
run("export", "--db", db, str(work / "members.xlsx"))
run("import", "--db", str(work / "second.sqlite3"), str(work / "members.xlsx"), "--dry-run")
run("calendar-export", "--db", db, str(work / "calendar.ics"))

from PySide6.QtWidgets import QApplication
from ui.app import apply_style
from ui.i18n import TRANSLATIONS, install_translation
app = QApplication([])
apply_style(app)
loaded = {lang: len(install_translation(app, lang)) for lang in ("en", "zh")}
print(json.dumps({
    "opened": sorted(opened),
    "modules": sorted(set(sys.modules) - already),
    "module_files": sorted(
        os.path.abspath(f) for m in list(sys.modules.values())
        if (f := getattr(m, "__file__", None))
    ),
    "translations": str(TRANSLATIONS),
    "loaded": loaded,
}))
"""


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("probe")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHEQUN_DATA_DIR=str(work / "data"))
    env.pop("SHEQUN_DB", None)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(work), json.dumps(spec_data.EXCLUDED_MODULES)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _source_of(path: str) -> str:
    p = Path(path)
    if p.parent.name == "__pycache__" and p.suffix == ".pyc":
        return str(p.parent.parent / (p.name.split(".", 1)[0] + ".py"))
    return path


def _rel(path: str) -> str | None:
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return None


def test_the_spec_reads_its_data_from_spec_data() -> None:
    """The test's model is what the build uses: build.spec takes each list from spec_data."""
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for name in (
        "spec_data.app_data_files(",
        "spec_data.DATA_PACKAGES",
        "spec_data.HIDDEN_IMPORTS",
        "spec_data.EXCLUDED_MODULES",
        "spec_data.EXCLUDED_QT_PLUGINS",
        "spec_data.QT_TRANSLATIONS",
        "spec_data.keep_package_data(",
    ):
        assert name in spec, f"build.spec no longer uses {name}"
    assert spec_data.app_data_files(), "the build would ship no app data at all"


def test_every_resource_file_in_the_tree_ships_or_is_marked_dev_only() -> None:
    """A file added under resources/ or db/migrations/ (an icon, a stylesheet, a migration)
    must be covered by APP_DATA or declared DEV_ONLY."""
    missing = []
    for folder in ("resources", "db/migrations", "app", "ui", "db"):
        for path in (ROOT / folder).rglob("*"):
            if not path.is_file():
                continue
            rel = path.relative_to(ROOT).as_posix()
            if spec_data.shipped(rel) or spec_data.dev_only(rel):
                continue
            missing.append(rel)
    assert not missing, f"not in the build (add to APP_DATA or DEV_ONLY): {sorted(missing)}"


def test_migrations_ship_as_files() -> None:
    versions = sorted(p.name for p in (ROOT / "db/migrations/versions").glob("*.py"))
    shipped = {
        Path(src).name for src, dest in spec_data.app_data_files() if dest.endswith("versions")
    }
    assert versions and set(versions) <= shipped


def test_repository_files_the_app_opens_are_shipped(probe: dict[str, Any]) -> None:
    imported = set(probe["module_files"])
    needed = []
    for path in probe["opened"]:
        # A module run from its byte-code (alembic's migration scripts once compiled) opens the
        # .pyc in __pycache__ instead of its source; the build ships the source.
        path = _source_of(path)
        rel = _rel(path)
        if rel is None or "__pycache__" in rel or path in imported:
            continue
        if rel.startswith((".venv/", "tests/", "build/", "dist/", "__editable__")):
            continue
        if ".egg-info/" in rel:  # installed-package metadata (entry points), not app data
            continue
        needed.append(rel)
    assert any(r.startswith("db/migrations/versions/") for r in needed), "probe ran no migration"
    assert any(r.endswith(".qss") for r in needed), "probe loaded no stylesheet"
    missing = [r for r in needed if not spec_data.shipped(r)]
    assert not missing, f"the app opens these files but build.spec does not ship them: {missing}"


def test_translations_the_app_loads_are_shipped(probe: dict[str, Any]) -> None:
    """Qt opens .qm files itself (no Python audit event): check the names ui/i18n.py uses."""
    assert probe["loaded"]["en"] >= 1, "the English translation did not load"
    folder = _rel(probe["translations"])
    assert folder is not None
    source = (ROOT / "ui" / "i18n.py").read_text(encoding="utf-8")
    ours = set(re.findall(r'"(shequn_\w+)"', source))
    assert ours and all(spec_data.shipped(f"{folder}/{name}.qm") for name in ours)
    qt_names = set(re.findall(r'"(qt\w*_[a-z]{2}(?:_[A-Z]{2})?)"', source))
    assert qt_names, "ui/i18n.py names no Qt translation any more: update this test"
    assert {f"{n}.qm" for n in qt_names} <= set(spec_data.QT_TRANSLATIONS)


def test_third_party_data_files_the_app_opens_are_collected(probe: dict[str, Any]) -> None:
    imported = set(probe["module_files"])
    site = {Path(sysconfig.get_paths()[k]).resolve() for k in ("purelib", "platlib")}
    needed: dict[str, str] = {}
    for path in probe["opened"]:
        resolved = Path(path).resolve()
        base = next((s for s in site if resolved.is_relative_to(s)), None)
        if base is None or path in imported or "__pycache__" in resolved.parts:
            continue
        rel = resolved.relative_to(base).as_posix()
        top = rel.split("/", 1)[0]
        if top.endswith((".dist-info", ".pth")) or rel.endswith((".py", ".pyc", ".so", ".pyd")):
            continue
        needed[rel] = top
    missing = {
        rel: top
        for rel, top in needed.items()
        if top not in spec_data.DATA_PACKAGES or not spec_data.keep_package_data(rel)
    }
    assert not missing, f"data files the app reads that the build would not collect: {missing}"


def test_the_app_runs_without_the_excluded_modules(probe: dict[str, Any]) -> None:
    """The probe blocks every excluded module (it ran to the end: the app does without them)."""
    loaded = set(probe["modules"])
    used = sorted(
        name
        for name in spec_data.EXCLUDED_MODULES
        if name in loaded or any(m.startswith(name + ".") for m in loaded)
    )
    assert not used, f"build.spec excludes modules the app imports: {used}"


def test_every_runtime_dependency_gets_a_licence_text(tmp_path: Path) -> None:
    """licenses/ lists each runtime dependency with its version, licence and licence text, and
    carries the LGPL with the note on replacing Qt."""
    from build_support import licenses

    names = licenses.runtime_requirements()
    assert {"SQLAlchemy", "alembic"} <= names and any(n.startswith("PySide6") for n in names)
    packages = licenses.collect(names)
    listed = {licenses._norm(p.name) for p in packages}
    assert listed == {licenses._norm(n) for n in names}, "a runtime dependency is not listed"
    for pkg in packages:
        assert pkg.version and pkg.license != "unknown", pkg.name
        assert pkg.files and all(text.strip() for text in pkg.files.values()), pkg.name
    index = licenses.write_licenses(tmp_path / "licenses", packages, qt_version="6.9.9")
    text = index.read_text(encoding="utf-8")
    for pkg in packages:
        assert f"{pkg.name} {pkg.version} — {pkg.license}" in text
    assert (
        "GNU LESSER GENERAL PUBLIC LICENSE" in (tmp_path / "licenses/Qt/LGPL-3.0.txt").read_text()
    )
    assert "Replacing the Qt libraries" in (tmp_path / "licenses/Qt/README.txt").read_text()


def test_no_code_of_the_app_imports_an_excluded_module() -> None:
    """Also the imports inside functions, which the probe may not reach."""
    import ast

    excluded = spec_data.EXCLUDED_MODULES
    found = []
    for folder in ("app", "db", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    if any(name == e or name.startswith(e + ".") for e in excluded):
                        found.append(f"{path.relative_to(ROOT)}: {name}")
    assert not found, f"build.spec excludes modules the app imports: {found}"
