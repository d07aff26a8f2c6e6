"""A full disk during import, export and backup is one sentence: nothing half-written, no 0-byte
or partial backup left, the database unchanged. The CLI runs with a file-size limit
(RLIMIT_FSIZE, SIGXFSZ ignored: writes past it fail with EFBIG, as on a full disk); one test
fills a real small tmpfs when it may mount one. Backup names and folders with `#` and `?` work."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.backups import backup_folder, list_backups
from app.cli import main

ROOT = Path(__file__).resolve().parents[2]
LIMITED = (
    "import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    "n = int(sys.argv.pop(1)); resource.setrlimit(resource.RLIMIT_FSIZE, (n, n)); "
    "from app.cli import main; raise SystemExit(main())"
)

posix_only = pytest.mark.skipif(
    sys.platform == "win32", reason="RLIMIT_FSIZE and SIGXFSZ exist on POSIX only"
)


def run_limited(limit: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-c", LIMITED, str(limit), *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


def one_sentence(proc: subprocess.CompletedProcess[str], words: str) -> None:
    err = proc.stderr.strip()
    assert proc.returncode == 2, (proc.returncode, err)
    assert "Traceback" not in err and err.count("\n") == 0, err
    assert words in err, err


def demo(path: Path, members: int) -> None:
    assert main(["--db", str(path), "demo", "--members", str(members)]) == 0
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def leftovers(folder: Path) -> list[str]:
    """Hidden part files and empty files: what a failed write must not leave."""
    if not folder.is_dir():
        return []
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith(".") or p.stat().st_size == 0
    )


@posix_only
def test_backup_on_a_full_disk_leaves_no_empty_or_partial_backup(db_path: Path) -> None:
    demo(db_path, 200)
    assert main(["--db", str(db_path), "backup"]) == 0
    good = list_backups(db_path)
    proc = run_limited(db_path.stat().st_size // 2, "--db", str(db_path), "backup")
    one_sentence(proc, "磁盘")
    assert list_backups(db_path) == good
    assert leftovers(backup_folder(db_path)) == []


@posix_only
def test_export_on_a_full_disk_leaves_no_file(db_path: Path, tmp_path: Path) -> None:
    demo(db_path, 300)
    out = tmp_path / "out"
    out.mkdir()
    # The window has the database open (its -wal and -shm exist): under a 20 kB limit the
    # export could not even create the 32 kB shared-memory file of a closed database.
    with contextlib.closing(sqlite3.connect(db_path)) as window:
        window.execute("SELECT count(*) FROM members").fetchone()
        proc = run_limited(20_000, "--db", str(db_path), "export", str(out / "成员.xlsx"))
    one_sentence(proc, "磁盘已满：导出「成员.xlsx」没有完成")
    assert list(out.iterdir()) == []


@posix_only
def test_opening_on_a_full_disk_is_no_damage_and_offers_no_restore(db_path: Path) -> None:
    from app.backups import diagnose

    demo(db_path, 200)
    assert main(["--db", str(db_path), "backup"]) == 0  # a backup a restore could be offered
    before = db_path.read_bytes()
    # A closed database: opening it creates its 32 kB shared-memory file, which the limit refuses.
    proc = run_limited(20_000, "--db", str(db_path), "members", "--limit", "2")
    one_sentence(proc, "磁盘已满")
    assert "没有损坏" in proc.stderr and "已损坏" not in proc.stderr and "恢复" not in proc.stderr
    assert db_path.read_bytes() == before
    assert diagnose(db_path) is None  # with room again it opens as it is
    assert main(["--db", str(db_path), "members", "--json"]) == 0


@posix_only
def test_import_on_a_full_disk_writes_nothing(ctx: Any, db_path: Path, tmp_path: Path) -> None:
    from app.members.domain import MemberFilter
    from tests.integration.test_interrupted_import import markers, roster

    xlsx = roster(tmp_path / "名单.xlsx", 3000)
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # Room for the backup before the import (a copy of the small database), not for the import.
    limit = db_path.stat().st_size * 2 + 200_000
    proc = run_limited(limit, "--db", str(db_path), "import", str(xlsx))
    one_sentence(proc, "没有保存任何内容")
    assert ctx.query.count(MemberFilter()) == 0 and ctx.imports.history() == []
    assert markers() == []  # a refused import is no interrupted one
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert leftovers(backup_folder(db_path)) == []


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    """A 3 MB tmpfs (root only, where mounting is allowed)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux; the RLIMIT tests cover it")
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()[:80]}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_real_full_disk_backup_and_export(
    small_disk: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(db_path, 200)
    with open(small_disk / "filler", "wb", buffering=0) as fh:  # full, but for a few KB
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 4096)
    filler = small_disk / "filler"
    with open(filler, "r+b") as fh:
        fh.truncate(filler.stat().st_size - 8192)
    assert main(["--db", str(db_path), "backup", str(small_disk / "备份.sqlite3")]) == 2
    assert "磁盘已满" in capsys.readouterr().err
    assert main(["--db", str(db_path), "export", str(small_disk / "成员.xlsx")]) == 2
    assert "磁盘已满" in capsys.readouterr().err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.mark.parametrize("name", ["备份#1?.sqlite3", "a?b#c.db"])
def test_a_backup_name_with_hash_and_question_mark_works(
    name: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(db_path, 12)
    target = tmp_path / name
    assert main(["--db", str(db_path), "backup", str(target)]) == 0
    assert target.is_file() and str(target) in capsys.readouterr().out
    assert main(["--db", str(db_path), "restore", str(target)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "members", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 12


def test_a_data_folder_and_database_with_hash_and_question_mark_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHEQUN_DATA_DIR", str(tmp_path / "数据#1?"))
    db = tmp_path / "社群#2?" / "库?#.sqlite3"
    demo(db, 9)
    assert main(["--db", str(db), "backup"]) == 0
    infos = list_backups(db)
    assert len(infos) == 1 and infos[0].members == 9
    assert main(["--db", str(db), "backup", "--list"]) == 0
    assert "9 位成员" in capsys.readouterr().out
    assert main(["--db", str(db), "restore", str(infos[0].path)]) == 0
    assert main(["--db", str(db), "check"]) == 0
