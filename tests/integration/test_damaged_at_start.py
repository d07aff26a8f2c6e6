"""Every kind of damaged database found at start is one sentence (no traceback, nothing written
over it) that names the newest good backup; `shequn restore` then brings that backup back and
keeps the damaged file (with its -wal) aside as `….damaged-<time>`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from tests.integration.damaged_databases import DAMAGES, demo, foreign_wal, settle


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_damaged_database_at_start_is_one_sentence_and_restored(
    damage: str, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(db_path, 40)
    settle(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    DAMAGES[damage](db_path)
    damaged = db_path.read_bytes() if db_path.is_file() else None

    assert main(["--db", str(db_path), "members"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err, err
    assert "40 位成员" in err, err  # the newest good backup is named
    assert (db_path.read_bytes() if db_path.is_file() else None) == damaged  # not written to

    assert main(["--db", str(db_path), "backup", "--list", "--json"]) == 0
    newest = json.loads(capsys.readouterr().out.splitlines()[0])["file"]
    assert main(["--db", str(db_path), "restore", newest]) == 0
    assert "损坏的数据库已改名" in capsys.readouterr().out or damage == "directory"
    assert main(["--db", str(db_path), "members", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 40


def test_a_foreign_wal_is_named_and_moved_aside_with_the_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(db_path, 30)
    settle(db_path)
    assert main(["--db", str(db_path), "backup"]) == 0
    foreign_wal(db_path)
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "check"]) == 2
    err = capsys.readouterr().err
    assert "「shequn.sqlite3-wal」不属于这个数据库" in err, err
    assert db_path.read_bytes() == before, "the foreign pages were not replayed into the file"

    from app.backups import list_backups

    assert main(["--db", str(db_path), "restore", str(list_backups(db_path)[0].path)]) == 0
    aside = sorted(p.name for p in db_path.parent.glob("shequn.sqlite3.damaged-*"))
    assert any(name.endswith("-wal") for name in aside), aside
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size <= 32
    assert main(["--db", str(db_path), "check"]) == 0


def test_a_wal_of_its_own_left_by_a_crash_is_not_taken_for_a_foreign_one(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo(db_path, 30)
    settle(db_path)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE members SET note = 'nach dem Absturz'")
    # Left as a crash leaves it: copy the file and its -wal while the writer still has them.
    crashed = db_path.with_name("crashed.sqlite3")
    crashed.write_bytes(db_path.read_bytes())
    Path(f"{crashed}-wal").write_bytes(Path(f"{db_path}-wal").read_bytes())
    conn.close()
    assert Path(f"{crashed}-wal").stat().st_size > 32
    assert main(["--db", str(crashed), "check"]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--db", str(crashed), "members", "--json"]) == 0
    notes = {json.loads(line)["note"] for line in capsys.readouterr().out.splitlines()}
    assert notes == {"nach dem Absturz"}
