"""`shequn paste`: dry run, recording certain lines only, the same paste twice, refusals."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
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
    assert [(i["product"], i["quantity"], i["product_name"]) for i in rows[2]["items"]] == [
        ("精华", 1, "修护精华液"),
        ("面膜", 2, "补水面膜（10片）"),
    ]
    assert rows[3]["items"][0]["product"] == "小棕瓶"  # the default product for `+1`
    assert (rows[2]["member_id"], rows[3]["member_id"]) == (mid, mid2)
    assert rows[0]["items"] == [] and not any(r["applied"] for r in rows)
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"订单：第 4 行 成员 #{mid2} 小棕瓶×1 → 修护精华液" in out
    assert "没有写入任何购买" in out
    main(["--db", str(demo_db), "purchases", "--member", str(mid2), "--json"])
    assert all(r["source"] != "paste" for r in _lines(capsys))


def _shequn(db: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as the operator runs it (a process of its own)."""
    env = {**os.environ, "SHEQUN_DATA_DIR": str(db.parent / "data")}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--db", str(db), *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _sensitive_unique(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    unique = dict(_unique_names(db, capsys, 200))
    main(["--db", str(db), "members", "--json"])
    return next(
        (int(r["id"]), unique[int(r["id"])])  # type: ignore[call-overload]
        for r in _lines(capsys)
        if r["skin_type"] == "敏感性" and int(r["id"]) in unique  # type: ignore[call-overload]
    )


def test_paste_orders_are_recorded_once_with_the_warning(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sensitive, sens_nick = _sensitive_unique(demo_db, capsys)
    (mid, nick), (mid2, nick2) = [
        p for p in _unique_names(demo_db, capsys, 5) if p[0] != sensitive
    ][:2]
    day = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    text = (
        "#接龙 小棕瓶团购\n例：小美 精华×2\n---\n"
        f"1. {nick} 精华×1 面膜×2\n2、{sens_nick} 酸水x1\n3 {nick2} +2\n4. 根本没有这个人呀 +1\n"
    )
    args = ["paste", "-", "--as", "orders", "--date", day]
    done = _shequn(demo_db, *args, stdin=text)
    assert done.returncode == 0, done.stderr
    assert "已记录 3 行订单，共 4 笔购买" in done.stdout
    assert (
        f"⚠ 「{sens_nick}」（#{sensitive}）买了「果酸焕肤水」：敏感性肌肤，果酸类慎用。"
        in done.stdout
    )
    assert "没认出" in done.stdout  # the unknown name is listed, not recorded

    listed = _shequn(demo_db, "purchases", "--member", str(sensitive), "--json")
    pasted = [json.loads(x) for x in listed.stdout.splitlines() if '"paste"' in x]
    assert [(r["product"], r["quantity"], r["date"], r["unsuitable"]) for r in pasted] == [
        ("果酸焕肤水", 1, day, "敏感性肌肤，果酸类慎用")
    ]

    again = _shequn(demo_db, *args, "--json", stdin=text)
    assert again.returncode == 2
    rows = [json.loads(x) for x in again.stdout.splitlines()]
    entries = [r for r in rows if r["kind"] == "entry"]
    assert [r["decision"] for r in entries] == ["duplicate"] * 3 + ["unmatched"]
    assert all(i["recorded"] for r in entries[:3] for i in r["items"])
    assert "没有可以记录的行" in again.stderr
    text_again = _shequn(demo_db, *args, stdin=text)
    assert "第 4、5、6 行以前已经记录过" in text_again.stdout

    undone = _shequn(demo_db, "undo")
    assert undone.returncode == 0, undone.stderr
    listed = _shequn(demo_db, "purchases", "--member", str(sensitive), "--json")
    assert '"paste"' not in listed.stdout


def test_paste_orders_unknown_product_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (mid, nick), (mid2, nick2) = _unique_names(demo_db, capsys, 2)
    main(["--db", str(demo_db), "purchases", "--json"])
    before = len(_lines(capsys))
    f = tmp_path / "orders.txt"
    f.write_text(f"#接龙\n1. {nick} 精华×1\n2. {nick2} 眼霜×2\n", encoding="utf-8")
    assert main(["--db", str(demo_db), "paste", str(f), "--as", "orders"]) == 2
    err = capsys.readouterr().err
    assert "第 3 行的「眼霜」不是已有的产品" in err and "没有记录任何购买" in err
    main(["--db", str(demo_db), "purchases", "--json"])
    assert len(_lines(capsys)) == before
    # a header without a product and lines without one: say so
    f.write_text(f"#接龙 周末团购\n1. {nick} +1\n", encoding="utf-8")
    assert main(["--db", str(demo_db), "paste", str(f), "--as", "orders"]) == 2
    assert "第 2 行没有写产品" in capsys.readouterr().err


def test_paste_create_unmatched_makes_members_once_and_undoes_together(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ((mid, nick),) = _unique_names(demo_db, capsys, 1)
    f = tmp_path / "orders.txt"
    f.write_text(f"#接龙 精华\n1. {nick} +1\n2. 犇犇囧 ×2\n", encoding="utf-8")
    args = ["--db", str(demo_db), "paste", str(f), "--as", "orders"]
    main(["--db", str(demo_db), "members", "--json"])
    before = len(_lines(capsys))
    assert main([*args, "--dry-run", "--json"]) == 0
    rows = _lines(capsys)
    assert (rows[2]["decision"], rows[2]["new_member"]) == ("unmatched", False)  # the default
    assert main([*args, "--create-unmatched", "--json"]) == 0
    rows = _lines(capsys)
    new = rows[2]
    assert (new["decision"], new["new_member"], new["applied"]) == ("unmatched", True, True)
    assert isinstance(new["member_id"], int) and rows[1]["member_id"] == mid
    main(["--db", str(demo_db), "purchases", "--member", str(new["member_id"]), "--json"])
    assert [(r["quantity"], r["source"]) for r in _lines(capsys)] == [(2, "paste")]
    # Again: she is a member now, and her line was recorded; no second 犇犇囧.
    assert main([*args, "--create-unmatched", "--json"]) == 2
    again = _lines(capsys)
    assert again[2]["member_id"] == new["member_id"] and again[2]["decision"] == "duplicate"
    main(["--db", str(demo_db), "members", "--json"])
    assert len(_lines(capsys)) == before + 1
    assert main(["--db", str(demo_db), "undo"]) == 0
    capsys.readouterr()
    main(["--db", str(demo_db), "members", "--json"])
    assert len(_lines(capsys)) == before
