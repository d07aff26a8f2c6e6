"""Every runtime dependency in pyproject.toml is imported by runtime code (app/, db/, ui/)."""

from __future__ import annotations

import ast
import re
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imported_top_levels() -> set[str]:
    names: set[str] = set()
    for folder in ("app", "db", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(a.name.split(".")[0] for a in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return names


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_no_runtime_dependency_is_unused() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dists = {_norm(re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0]) for d in project["dependencies"]}
    modules_of: dict[str, set[str]] = {}
    for module, owners in packages_distributions().items():
        for owner in owners:
            modules_of.setdefault(_norm(owner), set()).add(module)
    imported = _imported_top_levels()
    unused = sorted(d for d in dists if not (modules_of.get(d, set()) & imported))
    assert unused == [], f"runtime dependencies no runtime code imports: {unused}"
