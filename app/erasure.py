"""Erasure that leaves nothing (PIPL): a member, her merged-away twins, her values in the audit
trail, her bytes in the database file and its WAL, and her rows in every automatic backup."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.backups import erase_from_backups
from app.errors import NotFoundError
from app.members.member_ops import PurgeMembers, TrashMembers
from db.models import Member


@dataclass(frozen=True, slots=True)
class ForgetReport:
    member_ids: tuple[int, ...]  # she and the records merged into her
    backups_rewritten: int = 0
    backups_deleted: tuple[Path, ...] = field(default_factory=tuple)

    def sentence(self) -> str:
        twins = len(self.member_ids) - 1
        text = "已永久删除这位成员"
        if twins:
            text += f"（连同合并进她的 {twins} 条旧记录）"
        text += "：数据库、预写日志和操作记录里已不再有她的资料"
        if self.backups_rewritten:
            text += f"，{self.backups_rewritten} 份备份已重写"
        if self.backups_deleted:
            text += f"，{len(self.backups_deleted)} 份无法重写的备份已删除"
        return text + "。"


def with_twins(ctx: Any, member_ids: list[int]) -> list[int]:
    """The members and every record merged into them (merges can chain)."""
    found = list(dict.fromkeys(member_ids))
    with ctx.session_factory() as s:
        frontier = list(found)
        while frontier:
            twins = list(
                s.execute(select(Member.id).where(Member.merged_into.in_(frontier))).scalars()
            )
            frontier = [t for t in twins if t not in found]
            found.extend(frontier)
    return found


def forget(ctx: Any, member_ids: list[int], source: str = "window") -> ForgetReport:
    """Erase members for good. Members not yet in the trash are moved there first."""
    missing = ctx.members.missing(member_ids)
    if missing:
        raise NotFoundError(
            f"没有编号为 {'、'.join(map(str, missing[:10]))} 的成员：没有删除任何人。"
        )
    ids = with_twins(ctx, member_ids)
    with ctx.session_factory() as s:
        live = list(
            s.execute(
                select(Member.id).where(Member.id.in_(ids), Member.deleted_at.is_(None))
            ).scalars()
        )
    if live:
        ctx.run(TrashMembers(tuple(live)), source)
    ctx.run(PurgeMembers(tuple(ids)), source)
    return after_purge(ctx, ids)


def after_purge(ctx: Any, ids: list[int]) -> ForgetReport:
    """What follows a permanent deletion: the WAL folded back and truncated, the backups
    rewritten without them (the window's 永久删除 runs this after its purge operation)."""
    wipe_free_pages(ctx)
    rewritten, deleted = 0, list[Path]()
    path = ctx.maintenance.path
    if path is not None:
        rewritten, deleted = erase_from_backups(path, ids)
    return ForgetReport(tuple(ids), rewritten, tuple(deleted))


def wipe_free_pages(ctx: Any) -> None:
    """Write the WAL back into the file and truncate it, so deleted bytes are not left in the
    log; `secure_delete` has already zeroed them in the pages themselves (SQLite only)."""
    if ctx.maintenance.path is None:
        return
    with ctx.engine.connect() as conn:
        has_fts = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'member_fts'"
        ).first()
        if has_fts:
            # A deletion only marks full-text entries deleted; rebuilding drops their bytes.
            conn.exec_driver_sql("INSERT INTO member_fts (member_fts) VALUES ('rebuild')")
        conn.commit()
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
