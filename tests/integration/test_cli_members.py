"""The `shequn` CLI contract for demo, members, backup/restore/check (run in-process and as a process)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import open_context
from app.cli import main
from app.members.domain import STATUSES, TIERS
from app.members.member_ops import TrashMembers

REQUIRED = {
    "id",
    "nickname",
    "name",
    "wechat",
    "phone",
    "qq",
    "gender",
    "city",
    "skin_type",
    "role",
    "tags",
    "groups",
    "joined",
    "birthday",
    "points",
    "note",
    "status",
    "tier",
    "level",
    "last_active",
    "last_contacted",
}
DATE_KEYS = ("joined", "birthday", "last_active", "last_contacted")


def _json_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_demo_then_members_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo", "--members", "200", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main(["members", "--db", str(db_path), "--json"]) == 0
    rows = _json_lines(capsys)
    assert len(rows) == 200
    for row in rows:
        assert REQUIRED <= set(row)
        assert row["tags"] == sorted(row["tags"]) and row["groups"] == sorted(row["groups"])
        for key in DATE_KEYS:
            assert row[key] is None or dt.date.fromisoformat(str(row[key]))
        assert row["status"] in STATUSES and row["tier"] in TIERS
        assert isinstance(row["level"], int)
    assert any(row["last_contacted"] for row in rows) and any(row["last_active"] for row in rows)
    ctx = open_context(str(db_path))
    try:  # the values are the member's, not just well-formed
        for row in rows[:20]:
            detail = ctx.members.get(int(str(row["id"])))
            for key in ("status", "tier", "level"):
                assert row[key] == getattr(detail, key)
            for key in ("last_active", "last_contacted"):
                value = getattr(detail, key)
                assert row[key] == (value.isoformat() if value else None)
    finally:
        ctx.close()
    assert any(row["phone"] for row in rows) and any(
        "🌸" in str(row["nickname"]) or "✨" in str(row["nickname"]) for row in rows
    )


def test_members_filters(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(db_path), "demo", "--members", "300"])
    capsys.readouterr()
    main(["--db", str(db_path), "members", "--json", "--tag", "成分党", "--skin-type", "油皮"])
    rows = _json_lines(capsys)
    assert rows and all("成分党" in r["tags"] and r["skin_type"] == "油性" for r in rows)  # type: ignore[operator]
    main(["--db", str(db_path), "members", "--json", "--search", "xm"])
    found = _json_lines(capsys)
    assert found, "the demo has nicknames/names with initials xm"
    assert main(["--db", str(db_path), "members", "--skin-type", "火星皮"]) == 2
    assert "火星皮" in capsys.readouterr().err


def test_demo_refuses_a_database_with_members(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "demo", "--members", "10"]) == 0
    assert main(["--db", str(db_path), "demo", "--members", "10"]) == 2
    assert "已经有 10 位成员" in capsys.readouterr().err


def test_same_seed_same_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outs = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite3")
        main(["--db", db, "demo", "--members", "50", "--seed", "11"])
        capsys.readouterr()
        main(["--db", db, "members", "--json"])
        outs.append(capsys.readouterr().out)
    assert outs[0] == outs[1]


def test_backup_check_restore(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(db_path), "demo", "--members", "30"])
    backup = tmp_path / "b.sqlite3"
    assert main(["--db", str(db_path), "backup", str(backup)]) == 0
    assert backup.exists()
    assert main(["--db", str(db_path), "check"]) == 0
    from app.bootstrap import open_context

    ctx = open_context(str(db_path))
    ids = ctx.query.ids(__import__("app.members.domain", fromlist=["MemberFilter"]).MemberFilter())
    ctx.run(TrashMembers(tuple(ids)))
    ctx.close()
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0
    capsys.readouterr()
    main(["--db", str(db_path), "members", "--json"])
    assert len(_json_lines(capsys)) == 30
    not_a_backup = tmp_path / "x.sqlite3"
    not_a_backup.write_text("hello")
    assert main(["--db", str(db_path), "restore", str(not_a_backup)]) == 2
    assert "数据库未改动" in capsys.readouterr().err


def test_shequn_env_var_and_process_exit_codes(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SHEQUN_DB": str(tmp_path / "env.sqlite3"),
        "SHEQUN_DATA_DIR": str(tmp_path),
    }
    run = [sys.executable, "-m", "app.cli"]
    done = subprocess.run(
        run + ["demo", "--members", "20"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    out = subprocess.run(run + ["members", "--json"], env=env, capture_output=True, text=True)
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 20
    assert (tmp_path / "env.sqlite3").exists()
