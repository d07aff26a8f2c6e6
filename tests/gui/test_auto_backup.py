"""While the window runs, a backup is made after changes (on the worker), not without them."""

from __future__ import annotations

from typing import Any

from app.members.domain import MemberFilter
from app.members.tag_ops import AddTags


def test_a_backup_follows_changes_and_only_changes(qtbot: Any, env: Any) -> None:
    from ui.auto_backup import AutoBackup

    auto = AutoBackup(env, minutes=1)
    auto.timer.setInterval(50)
    qtbot.wait(200)
    assert auto.made == [], "no change, no backup"
    ids = tuple(env.ctx.query.ids(MemberFilter())[:3])
    env.ops.push(env.stack_for("members"), AddTags(ids, ("自动备份",)))
    qtbot.waitUntil(lambda: len(auto.made) == 1, timeout=10_000)
    backups = env.ctx.maintenance.backups()
    assert backups[0].path == auto.made[0] and backups[0].reason == "auto"
    qtbot.wait(200)
    assert len(auto.made) == 1, "nothing changed since"
    auto.timer.stop()
