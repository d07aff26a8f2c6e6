"""kill -9 at a random moment during `shequn import`, `demo`, `export` and `backup`, on a real
SQLite file: after each kill the database passes `PRAGMA integrity_check` and the work is all or
nothing (an import batch fully there or absent, the demo community whole or not at all, an export
complete or absent with no `.part` left after the next start, no half backup counted as good).

`SHEQUN_KILL_RUNS` kills per command (3 by default, 20 in CI: .ci/run sets it); the moments come
from `random.Random(SHEQUN_KILL_SEED)`, printed with each failure so a run can be repeated.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

KILL_RUNS = int(os.environ.get("SHEQUN_KILL_RUNS", "3"))
SEED = int(os.environ.get("SHEQUN_KILL_SEED", "20261202"))
CLI = [sys.executable, "-c", "from app.cli import main; raise SystemExit(main())"]
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only"
)


def _env(data: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if data is not None:
        env["SHEQUN_DATA_DIR"] = str(data)
    return env


def _cli(*args: str) -> list[str]:
    return [*CLI, *args]


def _run(args: list[str], begun: Callable[[], bool] | None = None) -> float:
    """Run a command to its end; the seconds from when its work has `begun` (or it started)."""
    started = time.monotonic()
    proc = subprocess.Popen(args, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while begun is not None and not begun() and proc.poll() is None:
        time.sleep(0.002)
    began = time.monotonic() if begun is not None else started
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    return time.monotonic() - began


def _kill_at(args: list[str], delay: float, begun: Callable[[], bool] | None = None) -> int | None:
    """Start `args`, SIGKILL it `delay` seconds after its work has `begun` (or after it
    started); the return code if it ended first."""
    proc = subprocess.Popen(args, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while begun is not None and not begun() and proc.poll() is None:
            assert time.monotonic() < deadline, "the work never began"
            time.sleep(0.002)
        proc.wait(delay)
        return proc.returncode
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        return None
    finally:
        if proc.stderr is not None:
            proc.stderr.close()


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check").fetchall())


def _counts(path: Path, skip: tuple[str, ...] = ()) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'member_fts%'"
            )
        ]
        return {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in tables
            if t not in skip
        }


def _fresh_copy(baseline: Path, work: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(baseline, work)


def _moments(low: float, high: float, salt: str) -> list[float]:
    """Seeded kill moments between `low` and `high` seconds."""
    rng = random.Random(f"{SEED}-{salt}")
    return [rng.uniform(low, max(high, low + 0.05)) for _ in range(KILL_RUNS)]


@pytest.fixture(scope="module")
def community(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """A 4,000-member demo database (copied by each test) and how long the CLI takes to start."""
    folder = tmp_path_factory.mktemp("kill9")
    path = folder / "demo.sqlite3"
    args = _cli("--db", str(path), "demo", "--members", "4000", "--seed", "11")
    proc = subprocess.run(args, env=_env(folder / "data"), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    startup = []
    for _ in range(2):
        started = time.monotonic()
        check = _cli("--db", str(path), "check")
        subprocess.run(check, env=_env(folder / "data"), capture_output=True, timeout=60)
        startup.append(time.monotonic() - started)
    return path, min(startup)


def _roster(path: Path, rows: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("名单")
    ws.write_row(0, 0, ["昵称", "姓名", "微信号", "手机号", "城市", "标签"])
    for i in range(1, rows + 1):
        ws.write_row(
            i, 0, [f"新人{i}", f"王{i}", f"kill_wx_{i:06d}", 15900000000 + i, "杭州", "试用、复购"]
        )
    wb.close()


def _each_kill(
    moments: list[float], start: Callable[[float], int | None], check: Callable[[str], None]
) -> int:
    """Run every kill; returns how many really killed the process (not ended on its own)."""
    killed = 0
    for i, delay in enumerate(moments):
        code = start(delay)
        killed += code is None
        where = f"kill {i + 1}/{len(moments)} at {delay:.2f} s (SHEQUN_KILL_SEED={SEED})"
        assert code in (None, 0), f"{where}: the command failed with {code}"
        check(where)
    return killed


def test_kill_during_import(tmp_path: Path, community: tuple[Path, float]) -> None:
    from app.bootstrap import open_context

    baseline = community[0]
    db = tmp_path / "db.sqlite3"
    roster = tmp_path / "新人名单.xlsx"
    _roster(roster, 4000)
    skip = ("operations", "audit")  # the backup before the import records itself
    before = _counts(baseline, skip)
    markers = Path(os.environ["SHEQUN_DATA_DIR"]) / "imports-in-progress"

    def begun() -> bool:  # the import's transaction is under way
        return markers.is_dir() and any(markers.glob("*.json"))

    _fresh_copy(baseline, db)
    args = _cli("--db", str(db), "import", str(roster))
    work = _run(args, begun)
    after = _counts(db, skip)
    assert after["import_batches"] == before["import_batches"] + 1
    assert after["members"] == before["members"] + 4000

    def check(where: str) -> None:
        assert _integrity(db) == "ok", where
        counts = _counts(db, skip)
        assert counts in (before, after), f"{where}: a half import ({counts['members']} members)"
        ctx = open_context(str(db))  # the next start
        try:
            cut_short = ctx.imports.interrupted()
            if counts == after:
                assert cut_short == [], f"{where}: a finished import said to be interrupted"
            else:  # killed inside its transaction (the kill comes after the marker appeared)
                assert len(cut_short) == 1, f"{where}: the interrupted import was not noticed"
            for item in cut_short:
                assert "新人名单.xlsx" in item.sentence() and "没有写入任何成员" in item.sentence()
            ctx.imports.dismiss_interrupted(cut_short)
        finally:
            ctx.close()

    def start(delay: float) -> int | None:
        _fresh_copy(baseline, db)
        return _kill_at(args, delay, begun)

    killed = _each_kill(_moments(0, work * 1.1, "import"), start, check)
    assert killed >= KILL_RUNS // 2, "most runs should have been killed"


def test_kill_during_demo_fill(tmp_path: Path, community: tuple[Path, float]) -> None:
    from app.bootstrap import open_context

    startup = community[1]
    baseline, db = tmp_path / "base.sqlite3", tmp_path / "db.sqlite3"
    open_context(str(baseline)).close()  # migrated and empty
    with contextlib.closing(sqlite3.connect(baseline)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    empty = _counts(baseline)
    args = _cli("--db", str(db), "demo", "--members", "1500")
    # The quicker of two runs: on a loaded machine one slow run would put most kill moments
    # after the end of the later, quicker ones (which then end on their own).
    runs = []
    for _ in range(2):
        _fresh_copy(baseline, db)
        runs.append(_run(args))
    total = min(runs)
    full = _counts(db)
    assert full["members"] == 1500

    def check(where: str) -> None:
        assert _integrity(db) == "ok", where
        counts = _counts(db)
        assert counts in (empty, full), f"{where}: a half demo ({counts['members']} members)"

    def start(delay: float) -> int | None:
        _fresh_copy(baseline, db)
        return _kill_at(args, delay)

    killed = _each_kill(_moments(startup * 0.8, total * 0.95, "demo"), start, check)
    assert killed >= KILL_RUNS // 2


def test_kill_during_export(tmp_path: Path, community: tuple[Path, float]) -> None:
    import openpyxl

    from app.bootstrap import open_context

    baseline = community[0]
    db = tmp_path / "db.sqlite3"
    _fresh_copy(baseline, db)
    out = tmp_path / "out" / "成员.xlsx"
    out.parent.mkdir()
    args = _cli("--db", str(db), "export", str(out))

    def begun() -> bool:  # the hidden part file is being written
        return any(p.name.endswith(".part") for p in out.parent.iterdir())

    work = _run(args, begun)
    out.unlink()
    members = _counts(db)["members"]

    def check(where: str) -> None:
        assert _integrity(db) == "ok", where
        open_context(str(db)).close()  # the next start removes what a killed export left
        left = [p.name for p in out.parent.iterdir() if p != out]
        assert left == [], f"{where}: left behind {left}"
        if out.exists():  # complete, or not there at all
            wb = openpyxl.load_workbook(out, read_only=True)
            rows = sum(1 for _ in wb.active.iter_rows(min_row=2, values_only=True))
            wb.close()
            assert rows == members, f"{where}: an export with {rows} of {members} rows"
            out.unlink()

    def start(delay: float) -> int | None:
        return _kill_at(args, delay, begun)

    killed = _each_kill(_moments(0, work * 1.1, "export"), start, check)
    assert killed >= KILL_RUNS // 2


def test_kill_during_backup(tmp_path: Path, community: tuple[Path, float]) -> None:
    from app.backups import backup_folder, list_backups, make_backup

    baseline = community[0]
    db = tmp_path / "db.sqlite3"
    _fresh_copy(baseline, db)
    members = _counts(db)["members"]
    args = _cli("--db", str(db), "backup")
    folder = backup_folder(db)

    def begun() -> bool:  # the copy is being written
        return folder.is_dir() and any(folder.glob(".*.part"))

    work = _run(args, begun)

    def check(where: str) -> None:
        assert _integrity(db) == "ok", where
        infos = list_backups(db)
        assert infos, where
        for info in infos:  # every backup counted is a whole, verified one
            assert _integrity(info.path) == "ok", f"{where}: {info.path.name}"
            assert _counts(info.path)["members"] == members, f"{where}: {info.path.name}"

    def start(delay: float) -> int | None:
        return _kill_at(args, delay, begun)

    killed = _each_kill(_moments(0, work * 1.1, "backup"), start, check)
    assert killed >= KILL_RUNS // 2
    make_backup(db)  # the next backup removes what killed ones left
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
