"""`shequn members` with the weekly-list flags (--silent-days, --level-min, --warned …)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.bootstrap import open_context
from app.cli import main
from app.community.warnings import WarningFilter


def _rows(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["members", *args, "--json"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db_path), "demo", "--members", "300", "--seed", "7"]) == 0
    capsys.readouterr()
    return str(db_path)


def test_json_carries_activity_contact_level_and_status(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _rows(capsys, "--db", demo_db)
    assert {"last_active", "last_contacted", "level", "status"} <= set(rows[0])
    assert any(r["last_contacted"] for r in rows) and any(r["last_contacted"] is None for r in rows)
    for r in rows:
        for key in ("last_active", "last_contacted"):
            assert r[key] is None or dt.date.fromisoformat(str(r[key]))


def test_silent_days_flag(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(capsys, "--db", demo_db)
    limit = dt.date.today() - dt.timedelta(days=60)
    expected = set()
    for r in rows:
        seen = r["last_active"] or r["joined"]
        if seen is None or dt.date.fromisoformat(str(seen)) < limit:
            expected.add(r["id"])
    got = {r["id"] for r in _rows(capsys, "--db", demo_db, "--silent-days", "60")}
    assert got == expected and 0 < len(got) < len(rows)


def test_level_min_warned_and_deposit_flags(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = {r["id"]: int(str(r["level"])) for r in _rows(capsys, "--db", demo_db)}
    top = max(levels.values())
    rows = _rows(capsys, "--db", demo_db, "--level-min", str(top))
    assert {r["id"] for r in rows} == {i for i, level in levels.items() if level >= top}
    assert 0 < len(rows) < len(levels)
    warned = {r["id"] for r in _rows(capsys, "--db", demo_db, "--warned")}
    ctx = open_context(demo_db)
    try:
        in_force = {w.member_id for w in ctx.care.warnings(WarningFilter(in_force_only=True))}
        holding = {d.member_id for d in ctx.care.deposits(status="held")}
    finally:
        ctx.close()
    assert warned == in_force
    held = {r["id"] for r in _rows(capsys, "--db", demo_db, "--deposit-held")}
    assert warned and held == holding
    both = {r["id"] for r in _rows(capsys, "--db", demo_db, "--warned", "--deposit-held")}
    assert both == warned & held


def test_bad_days_value_is_refused(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["members", "--db", demo_db, "--silent-days", "abc"])
    assert exc.value.code == 2
    assert "天数必须是整数" in capsys.readouterr().err
    assert (
        main(
            ["members", "--db", demo_db, "--joined-from", "2025-06-01", "--joined-to", "2025-01-01"]
        )
        == 2
    )
    assert "入群日期范围不对" in capsys.readouterr().err
