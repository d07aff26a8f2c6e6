"""A write waits for another process's write (a CLI import) instead of failing; past the busy
timeout it is refused with one sentence and nothing is written."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.errors import ShequnError
from app.members.domain import MemberFilter
from app.members.tag_ops import AddTags

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE members SET note = note WHERE id = 1")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_an_edit_waits_for_another_writer(demo_ctx: Any, db_path: Path) -> None:
    ids = tuple(demo_ctx.query.ids(MemberFilter())[:5])
    proc = _hold_lock(db_path, 1.5)
    started = time.monotonic()
    done = demo_ctx.run(AddTags(ids, ("等一等",)))
    waited = time.monotonic() - started
    proc.wait(10)
    assert len(done.value) == 5
    assert waited > 1.0, "the edit should have waited for the other writer's lock"
    assert set(demo_ctx.query.ids(MemberFilter(tags_all=("等一等",)))) == set(ids)


def test_past_the_timeout_the_edit_is_refused_and_nothing_written(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.engine
    from app.bootstrap import open_context
    from app.demo import fill

    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 300)
    ctx = open_context(str(db_path))
    fill(ctx.session_factory, members=20, seed=3)
    ids = tuple(ctx.query.ids(MemberFilter())[:3])
    proc = _hold_lock(db_path, 3)
    try:
        with pytest.raises(ShequnError, match="占用"):
            ctx.run(AddTags(ids, ("进不去",)))
    finally:
        proc.wait(10)
    assert ctx.query.ids(MemberFilter(tags_all=("进不去",))) == []
    assert ctx.audit.operations() == []
    ctx.close()
