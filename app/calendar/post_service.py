"""Post types and posts: the reads of views, editor and reminders (writes: post_ops, type_ops)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.calendar.domain import (
    DEFAULT_COLOR,
    NO_FILTER,
    PostFilter,
    PostInfo,
    PostTypeInfo,
    builtin_type_key,
)
from app.errors import NotFoundError
from app.members.query import chunks
from db.models import Group
from db.models_calendar import Post, PostGroup, PostType


def post_columns() -> tuple[Any, ...]:
    return (
        Post.id,
        Post.title,
        Post.body,
        Post.type_id,
        func.coalesce(PostType.name, ""),
        func.coalesce(PostType.color, DEFAULT_COLOR),
        Post.planned_at,
        Post.status,
        Post.published_at,
        Post.result,
        Post.segment_id,
        Post.slot_id,
        Post.slot_date,
        Post.reminded_at,
        func.coalesce(PostType.builtin, False),
    )


def load_posts(s: Session, where: Sequence[Any], order: bool = True) -> list[PostInfo]:
    """Posts matching `where` (SQLAlchemy clauses) with their groups, ordered by time."""
    stmt = select(*post_columns()).outerjoin(PostType, PostType.id == Post.type_id).where(*where)
    if order:
        stmt = stmt.order_by(Post.planned_at, Post.id)
    rows = s.execute(stmt).all()
    groups: dict[int, list[tuple[int, str]]] = {}
    ids = [r[0] for r in rows]
    for part in chunks(ids):
        for post_id, group_id, name in s.execute(
            select(PostGroup.post_id, PostGroup.group_id, Group.name)
            .join(Group, Group.id == PostGroup.group_id)
            .where(PostGroup.post_id.in_(part))
            .order_by(Group.id)
        ):
            groups.setdefault(post_id, []).append((group_id, name))
    out = []
    for (
        pid,
        title,
        body,
        type_id,
        type_name,
        color,
        planned,
        status,
        published,
        result,
        segment_id,
        slot_id,
        slot_date,
        reminded,
        builtin,
    ) in rows:
        g = groups.get(pid, [])
        out.append(
            PostInfo(
                pid,
                title,
                body,
                type_id,
                type_name,
                color,
                planned,
                status,
                published,
                result,
                tuple(x[0] for x in g),
                tuple(x[1] for x in g),
                segment_id,
                slot_id,
                slot_date,
                reminded,
                builtin_type_key(type_name, bool(builtin)),
            )
        )
    return out


def filter_clauses(post_filter: PostFilter) -> list[Any]:
    where: list[Any] = []
    if post_filter.type_ids:
        where.append(Post.type_id.in_(post_filter.type_ids))
    if post_filter.statuses:
        where.append(Post.status.in_(post_filter.statuses))
    if post_filter.group_ids:
        where.append(
            exists().where(
                PostGroup.post_id == Post.id, PostGroup.group_id.in_(post_filter.group_ids)
            )
        )
    return where


class PostService:
    """Post types and posts (reads, and the reminder clock's bookkeeping)."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    # --- types -------------------------------------------------------------------------------
    def list_types(self) -> list[PostTypeInfo]:
        with self._sf() as s:
            return [
                PostTypeInfo(*row)
                for row in s.execute(
                    select(
                        PostType.id,
                        PostType.name,
                        PostType.color,
                        PostType.builtin,
                        PostType.template_title,
                        PostType.template_body,
                    ).order_by(PostType.position, PostType.id)
                )
            ]

    # --- posts -------------------------------------------------------------------------------
    def list_posts(
        self, start: dt.datetime, end: dt.datetime, post_filter: PostFilter = NO_FILTER
    ) -> list[PostInfo]:
        """Posts planned in `start` ≤ time < `end` that pass the filter."""
        with self._sf() as s:
            return load_posts(
                s, [Post.planned_at >= start, Post.planned_at < end, *filter_clauses(post_filter)]
            )

    def undated(self, post_filter: PostFilter = NO_FILTER) -> list[PostInfo]:
        """Ideas without a date yet (shown at the end of the agenda)."""
        with self._sf() as s:
            return load_posts(s, [Post.planned_at.is_(None), *filter_clauses(post_filter)])

    def get(self, post_id: int) -> PostInfo:
        with self._sf() as s:
            found = load_posts(s, [Post.id == post_id])
        if not found:
            raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
        return found[0]

    def due_for_reminder(self, now: dt.datetime, minutes: int) -> list[PostInfo]:
        """Scheduled posts due within `minutes` of `now` that were not reminded yet."""
        with self._sf() as s:
            return load_posts(
                s,
                [
                    Post.status == "scheduled",
                    Post.reminded_at.is_(None),
                    Post.planned_at >= now - dt.timedelta(minutes=1),
                    Post.planned_at <= now + dt.timedelta(minutes=minutes),
                ],
            )

    def mark_reminded(self, post_ids: Sequence[int], at: dt.datetime) -> None:
        """Stamp posts as reminded: bookkeeping of the reminder clock, not an operation.

        Nobody edits anything here: the stamp only keeps a reminder from coming twice (also
        across restarts). As an operation it would put a record in 操作记录 and an undo step
        nobody asked for each time a reminder pops up, and undoing it would just bring the same
        reminder back. An operation that moves the post clears or restores the stamp itself.
        """
        with self._sf.begin() as s:
            s.execute(update(Post).where(Post.id.in_(list(post_ids))).values(reminded_at=at))
