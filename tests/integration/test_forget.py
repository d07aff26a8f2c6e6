"""`shequn forget` leaves no byte of her in the data folder: database, WAL, audit, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli import main

SECRETS = {"phone": "13912345678", "wechat": "wxid_forget_me_9", "name": "忘记我测试"}


def _hits(folder: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for key, value in SECRETS.items():
                if value.encode("utf-8") in data:
                    found.setdefault(key, []).append(path.name)
    return found


def test_forget_leaves_zero_hits_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from app.bootstrap import open_context
    from app.demo import fill
    from app.members.domain import MemberFilter
    from app.members.member_ops import EditMember
    from app.members.merge_ops import MergeMembers

    data = tmp_path / "data"
    monkeypatch.setenv("SHEQUN_DATA_DIR", str(data))
    db = data / "shequn.sqlite3"
    ctx = open_context(str(db))
    fill(ctx.session_factory, members=40, seed=9)
    her, twin = ctx.query.ids(MemberFilter())[:2]
    ctx.run(EditMember(her, dict(SECRETS)))
    ctx.run(EditMember(twin, {"note": f"她的另一个号 {SECRETS['phone']}"}))
    ctx.run(MergeMembers(her, twin, ()))
    ctx.close()
    assert main(["--db", str(db), "tag", "add", "要忘记", str(her)]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    assert _hits(data), "the test must see her before she is forgotten"

    assert main(["--db", str(db), "forget", str(her)]) == 2  # no --yes, no terminal: refused
    assert _hits(data)
    capsys.readouterr()
    # A second connection stays open, as the window's does: closing the CLI's connection then
    # does not fold the WAL back into the file, so erasure must do it itself.
    window = sqlite3.connect(db)
    window.execute("SELECT count(*) FROM members").fetchone()
    try:
        assert main(["--db", str(db), "forget", str(her), "--yes"]) == 0
        out = capsys.readouterr().out
        assert "合并进她的 1 条旧记录" in out and "1 份备份已重写" in out
        assert _hits(data) == {}
    finally:
        window.close()
    ctx = open_context(str(db))
    assert ctx.members.missing([her, twin]) == [her, twin]
    assert ctx.query.count(MemberFilter()) == 38
    ctx.close()
