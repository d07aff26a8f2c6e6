"""Backups per database, verified, rotated by their recorded time; restore that only takes a
Shequn database, also over a damaged file; damaged files diagnosed at start."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app import backups
from app.backups import (
    DamagedDatabaseError,
    list_backups,
    make_backup,
    restore_into,
    rotate,
)
from app.errors import ShequnError


def _demo(path: Path, members: int = 30) -> None:
    from app.bootstrap import open_context
    from app.demo import fill

    ctx = open_context(str(path))
    fill(ctx.session_factory, members=members, seed=5)
    ctx.close()


def _set_made_at(backup: Path, when: dt.datetime) -> None:
    with contextlib.closing(sqlite3.connect(backup)) as conn:
        conn.execute(f"UPDATE {backups.INFO_TABLE} SET made_at = ?", (when.isoformat(),))
        conn.commit()


def _corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file with garbage (the header stays valid)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        for offset in range(4096 * 2, size - 4096, 4096 * 3):
            fh.seek(offset + 100)
            fh.write(b"\xde\xad\xbe\xef" * 200)


def test_same_second_backups_never_collide_and_record_their_members(db_path: Path) -> None:
    _demo(db_path)
    first, second = make_backup(db_path), make_backup(db_path)
    assert first != second and first.exists() and second.exists()
    infos = list_backups(db_path)
    assert [i.seq for i in infos] == [2, 1]
    assert all(i.members == 30 for i in infos)


def test_two_databases_keep_their_own_backups(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _demo(a, 10)
    _demo(b, 12)
    make_backup(a)
    for _ in range(backups.KEEP_RECENT + 3):
        make_backup(b)
    assert len(list_backups(a)) == 1
    assert {i.members for i in list_backups(b)} == {12}


def test_rotation_goes_by_recorded_time_and_a_clock_set_back_keeps_the_newest(
    db_path: Path,
) -> None:
    _demo(db_path, 10)
    now = dt.datetime(2026, 6, 17, 9, 0)  # fixed: the rules depend on weeks and months
    made = []
    for i in range(14):  # one backup a day for two weeks
        made.append(make_backup(db_path))
        _set_made_at(made[-1], now - dt.timedelta(days=14 - i))
    newest = make_backup(db_path)
    _set_made_at(newest, now - dt.timedelta(days=400))  # the clock was set back a year
    rotate(backups.backup_folder(db_path), keep=None)
    left = {i.path for i in list_backups(db_path)}
    assert newest in left, "the newest backup (highest sequence) survives a clock set back"
    assert set(made[-9:]) <= left, "the ten most recent are kept"
    assert made[0] not in left, "a two-week-old daily backup beyond the rules is rotated out"


def test_a_damaged_source_is_not_backed_up_over_good_backups(db_path: Path) -> None:
    _demo(db_path, 300)
    good = make_backup(db_path)
    _corrupt(db_path)
    for _ in range(3):
        with pytest.raises(ShequnError, match="没有备份"):
            make_backup(db_path)
    assert [i.path for i in list_backups(db_path)] == [good]


def test_restore_refuses_a_sqlite_file_that_is_not_a_shequn_database(
    db_path: Path, tmp_path: Path
) -> None:
    _demo(db_path, 10)
    before = db_path.read_bytes()
    stranger = tmp_path / "other.sqlite3"
    with contextlib.closing(sqlite3.connect(stranger)) as conn:
        conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
        conn.commit()
    with pytest.raises(ShequnError, match="不是社群管家的完好备份"):
        restore_into(db_path, stranger)
    assert db_path.read_bytes() == before


def test_a_damaged_database_is_diagnosed_at_open_and_restored_without_opening_it(
    db_path: Path,
) -> None:
    from app.bootstrap import open_context
    from app.members.domain import MemberFilter

    _demo(db_path, 25)
    make_backup(db_path)
    with open(db_path, "r+b") as fh:
        fh.write(b"\0" * 100)  # zeroed header
    with pytest.raises(DamagedDatabaseError) as info:
        open_context(str(db_path))
    assert info.value.newest is not None and "25 位成员" in str(info.value)
    safety = restore_into(db_path, info.value.newest.path)
    assert safety is not None and ".damaged-" in safety.name and safety.exists()
    ctx = open_context(str(db_path))
    assert ctx.query.count(MemberFilter()) == 25
    ctx.close()


def test_an_empty_file_is_a_first_start_unless_it_had_backups(db_path: Path) -> None:
    from app.bootstrap import open_context

    db_path.write_bytes(b"")
    open_context(str(db_path)).close()  # no backup: a new database
    _demo(db_path, 5)
    make_backup(db_path)
    db_path.write_bytes(b"")
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError, match="0 字节"):
        open_context(str(db_path))


def test_a_folder_in_place_of_the_database_is_one_sentence(tmp_path: Path) -> None:
    from app.bootstrap import open_context

    folder = tmp_path / "db.sqlite3"
    folder.mkdir()
    with pytest.raises(ShequnError, match="文件夹"):
        open_context(str(folder))


def test_cli_restore_and_list_work_on_a_damaged_database(db_path: Path, capsys: Any) -> None:
    import json

    from app.cli import main

    _demo(db_path, 8)
    assert main(["--db", str(db_path), "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "--list", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(listed) == 1 and listed[0]["members"] == 8
    db_path.write_bytes(b"garbage" * 100)
    assert main(["--db", str(db_path), "members"]) == 2
    assert "损坏" in capsys.readouterr().err
    assert main(["--db", str(db_path), "restore", listed[0]["file"]]) == 0
    assert main(["--db", str(db_path), "members", "--json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) > 8


def test_a_database_from_an_older_version_is_backed_up_before_it_is_migrated(
    db_path: Path,
) -> None:
    from alembic import command

    from app.bootstrap import open_context
    from db.migrate import _config

    _demo(db_path, 6)
    assert list_backups(db_path) == []  # a new database is not backed up
    ctx = open_context(str(db_path))
    with ctx.engine.begin() as conn:
        command.downgrade(_config(conn), "0008_products")  # type: ignore[arg-type]
    ctx.close()
    open_context(str(db_path)).close()
    assert [(i.reason, i.members) for i in list_backups(db_path)] == [("before-migration", 6)]
    open_context(str(db_path)).close()  # current now: no second backup
    assert len(list_backups(db_path)) == 1
