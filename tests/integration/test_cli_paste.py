"""`shequn paste`: dry run, recording certain lines only, the same paste twice, refusals."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.cli import main
from tests.integration import test_cli_activities as shared

_lines = shared._lines
demo_db = shared.demo_db  # the same 120-member demo database fixture


def _unique_names(db: Path, capsys: pytest.CaptureFixture[str], n: int) -> list[tuple[int, str]]:
    """Members whose nickname no other member has."""
    main(["--db", str(db), "members", "--json"])
    rows = _lines(capsys)
    count: dict[str, int] = {}
    for r in rows:
        for key in {str(r["nickname"]), str(r["name"])}:
            count[key] = count.get(key, 0) + 1
    return [
        (int(r["id"]), str(r["nickname"]))  # type: ignore[call-overload]
        for r in rows
        if r["nickname"] and count[str(r["nickname"])] == 1
    ][:n]


def _new_activity(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """An activity that has not ended, and its first day."""
    main(["--db", str(db), "activities", "--json"])
    today = dt.date.today().isoformat()
    rows = [r for r in _lines(capsys) if str(r["end"]) >= today]
    r = rows[0]
    return int(r["id"]), str(r["start"])  # type: ignore[call-overload]


def test_paste_checkins_dry_run_then_apply_then_again(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = _unique_names(demo_db, capsys, 3)
    aid, day = _new_activity(demo_db, capsys)
    text = "今天打卡\n" + "\n".join(f"{i}. {nick}" for i, (_, nick) in enumerate(people, 1))
    text += "\n4. 根本没有这个人呀\n"
    f = tmp_path / "jielong.txt"
    f.write_text(text, encoding="utf-8")
    base = ["--db", str(demo_db), "paste", str(f), "--as", "checkins", "--activity", str(aid)]
    base += ["--date", day]
    assert main([*base, "--dry-run", "--json"]) == 0
    rows = _lines(capsys)
    assert [r["line"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["kind"] == "header" and rows[0]["decision"] is None
    entries = rows[1:]
    assert [r["member_id"] for r in entries[:3]] == [m for m, _ in people]
    assert entries[3]["decision"] == "unmatched" and entries[3]["member_id"] is None
    assert not any(r["applied"] for r in rows)
    assert all(0 <= float(r["confidence"]) <= 1 for r in rows)  # type: ignore[arg-type]

    assert main(base) == 0
    out = capsys.readouterr().out
    assert "已记录" in out and "没认出" in out

    assert main([*base, "--json"]) == 2
    captured = capsys.readouterr()
    again = [json.loads(x) for x in captured.out.splitlines()]
    assert {r["decision"] for r in again[1:4]} == {"duplicate"}
    assert "没有可以记录的行" in captured.err


def test_paste_refusals(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("#接龙\n---\n", encoding="utf-8")
    assert (
        main(["--db", str(demo_db), "paste", str(empty), "--as", "signups", "--activity", "1"]) == 2
    )
    assert "没有找到任何" in capsys.readouterr().err
    binary = tmp_path / "pic.png"
    binary.write_bytes(b"\x89PNG\x00\x00\xff\xfe\x00")
    assert (
        main(["--db", str(demo_db), "paste", str(binary), "--as", "checkins", "--activity", "1"])
        == 2
    )
    assert "不是文字" in capsys.readouterr().err
    names = tmp_path / "names.txt"
    names.write_text("小美\n", encoding="utf-8")
    assert main(["--db", str(demo_db), "paste", str(names), "--as", "checkins"]) == 2
    assert "要选一个活动" in capsys.readouterr().err


def test_paste_orders_dry_run_lists_items(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (mid, nick), (mid2, nick2) = _unique_names(demo_db, capsys, 2)
    f = tmp_path / "orders.txt"
    f.write_text(f"#接龙\n小棕瓶团购\n1. {nick} 精华×1 面膜×2\n2. {nick2} +1\n", encoding="utf-8")
    args = ["--db", str(demo_db), "paste", str(f), "--as", "orders", "--product", "小棕瓶"]
    assert main([*args, "--dry-run", "--json"]) == 0
    rows = _lines(capsys)
    assert rows[2]["items"] == [
        {"product": "精华", "quantity": 1},
        {"product": "面膜", "quantity": 2},
    ]
    assert (rows[2]["member_id"], rows[3]["member_id"]) == (mid, mid2)
    assert main([*args, "--dry-run"]) == 0
    assert f"订单：第 4 行 成员 #{mid2} 小棕瓶×1" in capsys.readouterr().out
    assert main(args) == 2
    assert "--dry-run" in capsys.readouterr().err
