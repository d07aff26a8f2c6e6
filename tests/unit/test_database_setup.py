"""Engine, location and migrations: WAL + foreign keys, URL resolution, the HEADS fast path."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from db.engine import make_engine
from db.locations import resolve_url, sqlite_path
from db.migrate import MIGRATIONS_DIR, current_revisions, head_revisions, upgrade


def test_heads_file_matches_the_migration_scripts() -> None:
    declared = set((MIGRATIONS_DIR / "HEADS").read_text().split())
    assert declared == head_revisions()


def test_upgrade_creates_schema_once(tmp_path: Path) -> None:
    engine = make_engine(resolve_url(str(tmp_path / "a.sqlite3")))
    assert upgrade(engine) is True
    assert current_revisions(engine) == head_revisions()
    assert upgrade(engine) is False
    tables = set(inspect(engine).get_table_names())
    assert {
        "members",
        "tags",
        "member_tags",
        "groups",
        "group_memberships",
        "timeline",
        "segments",
    } <= tables
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        names = [r[0] for r in conn.execute(text("SELECT name FROM skin_types ORDER BY position"))]
    assert names == ["干性", "油性", "混合性", "中性", "敏感性"]


def test_resolve_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    url = resolve_url(str(tmp_path / "x" / "y.sqlite3"))
    assert sqlite_path(url) == tmp_path / "x" / "y.sqlite3"
    monkeypatch.setenv("SHEQUN_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    monkeypatch.delenv("SHEQUN_DB")
    assert resolve_url(None).endswith("shequn.sqlite3")  # in SHEQUN_DATA_DIR (tests' tmp)
    assert str(tmp_path) in resolve_url(None)


def test_transaction_rolls_back_whole(ctx: object) -> None:
    from app.errors import ValidationError
    from app.members.tag_ops import AddTags

    c = ctx  # type: ignore[assignment]
    a, _ = c.members.create({"nickname": "a"})  # type: ignore[attr-defined]
    with pytest.raises(ValidationError):
        c.run(AddTags((a,), ("ok", "x" * 61)))  # type: ignore[attr-defined]
    assert c.tags.list_tags() == []  # type: ignore[attr-defined]


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    from app.bootstrap import open_context
    from app.errors import ShequnError

    path = tmp_path / "名单.sqlite3"
    content = "这不是数据库，只是一段文字。" * 20
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ShequnError, match="不是社群管家的数据库"):
        open_context(str(path))
    assert path.read_text(encoding="utf-8") == content


def test_unreachable_server_names_the_url_without_password() -> None:
    from app.bootstrap import open_context
    from app.errors import ShequnError

    with pytest.raises(ShequnError) as info:
        open_context("postgresql+psycopg://bob:secret@127.0.0.1:1/shequn")
    assert "无法连接数据库" in str(info.value) and "secret" not in str(info.value)
