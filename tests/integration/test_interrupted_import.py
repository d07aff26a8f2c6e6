"""An import killed inside its transaction wrote nothing; the next start says so in one sentence,
once. An import that ends (committed, cancelled, refused) leaves no such trace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.errors import CancelledError
from app.importing.interrupted import FOLDER
from app.members.domain import MemberFilter

CLI = [sys.executable, "-c", "from app.cli import main; raise SystemExit(main())"]
ROOT = Path(__file__).resolve().parents[2]


def roster(path: Path, rows: int) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("名单")
    ws.write_row(0, 0, ["昵称", "姓名", "微信号", "手机号", "城市"])
    for i in range(1, rows + 1):
        ws.write_row(i, 0, [f"新人{i}", f"王{i}", f"cut_wx_{i:06d}", 15800000000 + i, "杭州"])
    wb.close()
    return path


def markers() -> list[Path]:
    folder = Path(os.environ["SHEQUN_DATA_DIR"]) / FOLDER
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def kill_inside_import(db: Path, xlsx: Path) -> None:
    """Start `shequn import`, SIGKILL it once its transaction is under way."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [*CLI, "--db", str(db), "import", str(xlsx)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not markers():
        assert proc.poll() is None, "the import ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the import ended before it was killed"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")
def test_a_killed_import_is_said_once_by_check(
    demo_ctx: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_ctx.query.count(MemberFilter())
    kill_inside_import(db_path, roster(tmp_path / "新人名单.xlsx", 3000))
    assert demo_ctx.query.count(MemberFilter()) == before
    assert len(markers()) == 1

    assert main(["--db", str(db_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "上次导入「新人名单.xlsx」在" in out and "被中断" in out
    assert "没有写入任何成员" in out and "数据库完好" in out
    assert markers() == []
    assert main(["--db", str(db_path), "check"]) == 0  # said once
    assert "中断" not in capsys.readouterr().out


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")
def test_the_next_import_says_it_too(
    demo_ctx: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = roster(tmp_path / "名单.xlsx", 3000)
    kill_inside_import(db_path, xlsx)
    small = roster(tmp_path / "小名单.xlsx", 3)
    assert main(["--db", str(db_path), "import", str(small)]) == 0
    captured = capsys.readouterr()
    assert "上次导入「名单.xlsx」" in captured.err and "已导入「小名单.xlsx」" in captured.out
    assert markers() == []


def test_an_import_that_ends_leaves_no_marker(demo_ctx: Any, tmp_path: Path) -> None:
    xlsx = roster(tmp_path / "名单.xlsx", 20)
    plan = demo_ctx.imports.plan(xlsx)
    demo_ctx.run(demo_ctx.imports.apply_op(plan), "cli")
    assert markers() == [] and demo_ctx.imports.interrupted() == []
    plan = demo_ctx.imports.plan(roster(tmp_path / "另一个.xlsx", 20))
    with pytest.raises(CancelledError):
        demo_ctx.imports.apply(plan, cancel=lambda: True)
    assert markers() == [] and demo_ctx.imports.interrupted() == []


def test_an_import_still_running_elsewhere_is_not_said(demo_ctx: Any) -> None:
    import json

    folder = Path(os.environ["SHEQUN_DATA_DIR"]) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    with demo_ctx.session_factory() as s:
        from app.importing.interrupted import _key

        key = _key(s)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        for pid, name in ((live.pid, "running.json"), (2**22 + 12345, "gone.json")):
            (folder / f"{key}-{pid}-{name}").write_text(
                json.dumps({"file": name, "started": "2026-01-01T10:00:00", "pid": pid}),
                encoding="utf-8",
            )
        said = [i.file_name for i in demo_ctx.imports.interrupted()]
    finally:
        live.kill()
        live.wait()
    assert said == ["gone.json"]
