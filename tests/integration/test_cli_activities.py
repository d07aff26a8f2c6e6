"""`shequn activities`, `checkin`, `points` and `undo` of a check-in, through `app.cli.main`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["--db", str(db_path), "demo", "--members", "120", "--seed", "5"]) == 0
    capsys.readouterr()
    return db_path


def _camp(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["--db", str(db), "activities", "--json"]) == 0
    rows = _lines(capsys)
    assert rows and all(
        {"id", "name", "kind", "start", "end", "groups", "signups", "checkins"} <= set(r)
        for r in rows
    )
    today = dt.date.today().isoformat()
    return next(r for r in rows if r["kind"] == "打卡营" and r["start"] <= today <= r["end"])  # type: ignore[operator]


def _outsider(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    """A zombie member: the demo's camp is for active members only."""
    main(["--db", str(db), "members", "--json"])
    return next(int(r["id"]) for r in _lines(capsys) if r["status"] == "zombie")  # type: ignore[call-overload]


def _points(db: Path, member: int, capsys: pytest.CaptureFixture[str]) -> int:
    main(["--db", str(db), "members", "--json"])
    return next(int(r["points"]) for r in _lines(capsys) if r["id"] == member)  # type: ignore[call-overload]


def test_checkin_then_points_then_undo(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    camp = _camp(demo_db, capsys)
    # A member not in the camp yet: a check-in signs her up and gives her the rule's points.
    member = _outsider(demo_db, capsys)
    before = _points(demo_db, member, capsys)
    assert main(["--db", str(demo_db), "checkin", str(camp["id"]), str(member)]) == 0
    assert "已为 1 位成员" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "points", str(member), "--json"]) == 0
    ledger = _lines(capsys)
    assert (
        ledger[0]["delta"] == 5
        and ledger[0]["reason"] == "checkin"
        and ledger[0]["source"] == "cli"
    )
    assert {"at", "delta", "reason", "source"} <= set(ledger[0])
    assert _points(demo_db, member, capsys) == before + 5 == sum(int(r["delta"]) for r in ledger)  # type: ignore[call-overload]
    after = _camp(demo_db, capsys)
    assert after["checkins"] == int(camp["checkins"]) + 1  # type: ignore[call-overload]
    assert main(["--db", str(demo_db), "undo"]) == 0
    capsys.readouterr()
    assert _points(demo_db, member, capsys) == before
    assert _camp(demo_db, capsys)["checkins"] == camp["checkins"]


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["checkin", "9999", "1"], "没有编号为 9999 的活动"),
        (["checkin", "{camp}", "1", "77777"], "#77777"),
        (["checkin", "{camp}", "1", "--date", "2001-01-01"], "不在活动"),
        (["checkin", "{camp}", "1", "--date", "明天"], "无法识别的日期"),
        (["points", "77777"], "没有编号为 77777 的成员"),
    ],
)
def test_refusals_exit_2_with_one_sentence(
    demo_db: Path, capsys: pytest.CaptureFixture[str], args: list[str], text: str
) -> None:
    camp = _camp(demo_db, capsys)
    before = camp["checkins"]
    argv = ["--db", str(demo_db)] + [a.replace("{camp}", str(camp["id"])) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert text in err and len(err.splitlines()) == 1
    assert _camp(demo_db, capsys)["checkins"] == before


def test_second_checkin_of_the_day_is_refused(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    camp = _camp(demo_db, capsys)
    member = str(_outsider(demo_db, capsys))
    assert main(["--db", str(demo_db), "checkin", str(camp["id"]), member]) == 0
    capsys.readouterr()
    assert main(["--db", str(demo_db), "checkin", str(camp["id"]), member]) == 2
    assert "已经为" in capsys.readouterr().err
