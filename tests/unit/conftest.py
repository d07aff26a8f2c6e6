"""Fixtures shared by the unit tests that run operations over a small demo community."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.bootstrap import open_context
    from app.demo import fill

    path = tmp_path_factory.mktemp("ops") / "template.sqlite3"
    ctx = open_context(str(path))
    fill(ctx.session_factory, members=60, seed=11)
    ctx.close()
    return path


@pytest.fixture
def op_ctx(template: Path, tmp_path: Path) -> Iterator[Any]:
    from app.bootstrap import open_context

    path = tmp_path / "db.sqlite3"
    shutil.copy(template, path)
    ctx = open_context(str(path))
    yield ctx
    ctx.close()


def add_member(ctx: Any, nickname: str, name: str = "") -> int:
    from app.members.create_ops import CreateMember

    return int(ctx.run(CreateMember({"nickname": nickname, "name": name}), "test").value)


@pytest.fixture
def town(ctx: Any) -> dict[str, int]:
    """A few members whose group nicknames differ from their nicknames (the paste tests)."""
    from app.members.group_ops import CreateGroup
    from app.members.membership_ops import JoinGroup

    g3 = int(ctx.run(CreateGroup("护肤3群"), "test").value)
    g5 = int(ctx.run(CreateGroup("护肤5群"), "test").value)
    ids = {
        "xiaomei": add_member(ctx, "小美🐰", "王小美"),
        "yuanzhang": add_member(ctx, "院长", "李静"),
        "amy": add_member(ctx, "Amy", "陈安"),
        "mei2": add_member(ctx, "小梅", "赵梅"),
        "lili3": add_member(ctx, "莉莉", "周莉"),
        "lili5": add_member(ctx, "莉莉", "吴莉"),
        "qingqing": add_member(ctx, "清清子", "孙清"),
    }
    ctx.run(JoinGroup(g3, (ids["xiaomei"],), group_nickname="小美🐰（3群）"), "test")
    ctx.run(JoinGroup(g3, (ids["lili3"],), group_nickname="莉莉"), "test")
    ctx.run(JoinGroup(g5, (ids["lili5"],), group_nickname="莉莉"), "test")
    ctx.run(JoinGroup(g5, (ids["yuanzhang"],), group_nickname="静静-杭州"), "test")
    ids["g3"], ids["g5"] = g3, g5
    return ids
