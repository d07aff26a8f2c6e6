"""`shequn warn` (a removal needs --yes; undo puts her back) and `shequn complaints`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _member_status(db: Path, member: int) -> str:
    from app.bootstrap import open_context

    ctx = open_context(str(db))
    try:
        return str(ctx.members.get(member).status)
    finally:
        ctx.close()


def _fresh(db: Path) -> int:
    from app.bootstrap import open_context
    from app.members.domain import MemberFilter

    ctx = open_context(str(db))
    try:
        warned = {w.member_id for w in ctx.care.warnings()}
        return next(m for m in ctx.query.ids(MemberFilter(statuses=("active",))) if m not in warned)
    finally:
        ctx.close()


def test_warn_twice_needs_yes_and_undo(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    assert main(["--db", db, "demo", "--members", "80", "--seed", "5"]) == 0
    member = _fresh(db_path)
    capsys.readouterr()
    assert main(["--db", db, "warn", str(member), "--reason", "刷屏"]) == 0
    assert "第 1 次警告" in capsys.readouterr().out
    assert main(["--db", db, "warn", str(member), "--reason", "广告"]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and "第 2 次警告" in err and len(err.strip().splitlines()) == 1
    assert _member_status(db_path, member) == "active"
    assert main(["--db", db, "warn", str(member), "--reason", "广告", "--yes"]) == 0
    assert "移出" in capsys.readouterr().out
    assert _member_status(db_path, member) == "left"
    assert main(["--db", db, "warn", str(member), "--reason", "广告", "--yes"]) == 2
    assert "已经移出" in capsys.readouterr().err
    assert main(["--db", db, "undo"]) == 0
    assert _member_status(db_path, member) == "active"
    assert main(["--db", db, "warn", "999999", "--reason", "广告"]) == 2
    assert "999999" in capsys.readouterr().err


def test_complaints_open_json_sorted_by_waiting(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    assert main(["--db", db, "demo", "--members", "80", "--seed", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "complaints", "--json"]) == 0
    everything = _lines(capsys)
    assert main(["--db", db, "complaints", "--open", "--json"]) == 0
    opened = _lines(capsys)
    assert 0 < len(opened) < len(everything)
    assert all(o["status"] != "resolved" for o in opened)
    waits = [int(str(o["waiting_minutes"])) for o in opened]
    assert waits == sorted(waits, reverse=True)
    resolved = [e for e in everything if e["status"] == "resolved"]
    assert resolved and all(isinstance(e["resolution_hours"], float) for e in resolved)
    assert main(["--db", db, "complaints", "--open"]) == 0
    assert "已等待" in capsys.readouterr().out
