"""`db.locations` reads database URLs without SQLAlchemy: it must name the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import make_url

from db.locations import resolve_url, sqlite_path


def _sqlalchemy_path(url: str) -> Path | None:
    raw = make_url(url).database or ""
    return None if not raw or raw == ":memory:" else Path(raw)


URLS = [
    "sqlite://",
    "sqlite:///:memory:",
    "sqlite:///rel/x.db",
    "sqlite:////tmp/a b/x.db",
    "sqlite:////tmp/a+b/x.db",
    "sqlite:////tmp/100%25/x.db",
    "sqlite:////tmp/%E5%A4%87%E4%BB%BD%231%3F/x.db",
    "sqlite+pysqlite:////tmp/x.db?mode=ro",
    "sqlite:///%2Ftmp%2Fa",
]


def test_known_urls_name_the_file_sqlalchemy_names() -> None:
    for url in URLS:
        assert sqlite_path(url) == _sqlalchemy_path(url), url
    assert sqlite_path("postgresql+psycopg://u@h/db") is None


# Folder names as operators make them: Chinese, spaces, and the characters URLs treat specially.
NAMES = st.text(
    alphabet=st.sampled_from(list("ab 社群备份#?%+&=;@:~._-（）1")), min_size=1, max_size=12
).filter(lambda s: s.strip(" .") and "/" not in s)


@given(NAMES, NAMES)
def test_a_resolved_path_comes_back_as_itself(
    tmp_path_factory: pytest.TempPathFactory, folder: str, name: str
) -> None:
    base = tmp_path_factory.getbasetemp() / "locations"
    path = (base / folder.strip() / f"{name.strip()}.sqlite3").resolve()
    url = resolve_url(str(path))
    assert sqlite_path(url) == path == _sqlalchemy_path(url)
