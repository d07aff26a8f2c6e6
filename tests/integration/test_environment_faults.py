"""Faults from outside the program end in one sentence, never a traceback, nothing changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

SHEQUN = [sys.executable, "-c", "from ui.launcher import main; raise SystemExit(main())"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://u@localhost/db", "不支持的数据库地址"),
        ("sqlite:///", "没有指定文件"),
        ("sqlite://", "没有指定文件"),
    ],
)
def test_an_unusable_database_address_is_refused_in_one_sentence(
    url: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", url, "members"]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "Traceback" not in err and err.count("\n") == 0


def test_a_closed_pipe_ends_quietly(db_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    assert main(["--db", str(db_path), "demo", "--members", "300"]) == 0
    proc = subprocess.run(
        f'{" ".join(SHEQUN[:2])} "{SHEQUN[2]}" --db {db_path} members --json | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.stdout.count("\n") == 1 and proc.stdout.startswith("{")
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file permissions")
def test_a_read_only_database_reads_and_refuses_writes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "demo", "--members", "20"]) == 0
    db_path.chmod(0o444)
    try:
        assert main(["--db", str(db_path), "members", "--json"]) == 0
        capsys.readouterr()
        assert main(["--db", str(db_path), "tag", "add", "x", "1"]) == 2
        assert "只读" in capsys.readouterr().err
    finally:
        db_path.chmod(0o644)
