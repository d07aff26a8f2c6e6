"""Integration fixtures: a fresh PostgreSQL database per test when SHEQUN_TEST_PG names a server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("SHEQUN_TEST_PG")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `postgres` are skipped, saying why, when no server is given."""
    if PG_URL:
        return
    skip = pytest.mark.skip(reason="no PostgreSQL server: set SHEQUN_TEST_PG (.ci/run starts one)")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(skip)


@pytest.fixture
def pg_ctx() -> Iterator[Any]:
    """An AppContext over a new, migrated PostgreSQL database, dropped afterwards."""
    assert PG_URL
    name = f"shequn_test_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    from app.bootstrap import open_context

    ctx = open_context(PG_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        yield ctx
    finally:
        ctx.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
