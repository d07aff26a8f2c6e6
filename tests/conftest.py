"""Shared fixtures: a fresh migrated SQLite database per test, and a demo community."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder from a test."""
    monkeypatch.setenv("SHEQUN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SHEQUN_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shequn.sqlite3"


@pytest.fixture
def ctx(db_path: Path) -> Iterator[object]:
    """An AppContext over a fresh, migrated SQLite file."""
    from app.bootstrap import open_context

    context = open_context(str(db_path))
    yield context
    context.close()


@pytest.fixture
def demo_ctx(ctx: object) -> object:
    """The same context filled with a 300-member demo community (seed 7)."""
    from app.demo import fill

    fill(ctx.session_factory, members=300, seed=7)  # type: ignore[attr-defined]
    return ctx
