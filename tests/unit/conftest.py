"""Fixtures shared by the unit tests that run operations over a small demo community."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.bootstrap import open_context
    from app.demo import fill

    path = tmp_path_factory.mktemp("ops") / "template.sqlite3"
    ctx = open_context(str(path))
    fill(ctx.session_factory, members=60, seed=11)
    ctx.close()
    return path


@pytest.fixture
def op_ctx(template: Path, tmp_path: Path) -> Iterator[Any]:
    from app.bootstrap import open_context

    path = tmp_path / "db.sqlite3"
    shutil.copy(template, path)
    ctx = open_context(str(path))
    yield ctx
    ctx.close()
