"""Post types and posts: create, edit, reschedule (with before/after for undo), mark published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, exists, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.calendar.domain import (
    NO_FILTER,
    POST_STATUSES,
    PostFilter,
    PostInfo,
    PostTypeInfo,
    PostValues,
    builtin_type_key,
    calendar_changes,
)
from app.domain import Changes
from app.errors import NotFoundError, ValidationError
from app.members.query import chunks
from app.text import clean
from db.models import Group
from db.models_calendar import Post, PostGroup, PostType

DEFAULT_COLOR = "#5b8def"


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


def _check(values: PostValues) -> PostValues:
    if values.status not in POST_STATUSES:
        raise ValidationError(
            f"未知的内容状态「{values.status}」：可选 构思、草稿、待发、已发、取消。"
        )
    title = clean(values.title)
    if not title and not values.body.strip():
        raise ValidationError("内容的标题和正文不能都为空。")
    if values.status in ("scheduled", "published") and values.planned_at is None:
        raise ValidationError(f"状态为「{POST_STATUSES[values.status]}」的内容必须有计划发布时间。")
    from dataclasses import replace

    return replace(values, title=title)


class PostService:
    """Post types and posts. Every write is one transaction and returns what undo needs."""

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

    def save_type(
        self,
        name: str,
        color: str = DEFAULT_COLOR,
        template_title: str = "",
        template_body: str = "",
        type_id: int | None = None,
    ) -> tuple[int, Changes]:
        """Create a user-defined type (or edit one, built-ins included: colour and template)."""
        name = clean(name)
        if not name:
            raise ValidationError("内容类型的名称不能为空。")
        with self._sf.begin() as s:
            other = s.execute(select(PostType.id).where(PostType.name == name)).scalar_one_or_none()
            if other is not None and other != type_id:
                raise ValidationError(f"已经有一个叫「{name}」的内容类型了。")
            if type_id is None:
                position = s.execute(select(func.count()).select_from(PostType)).scalar_one()
                row = PostType(
                    name=name,
                    color=color,
                    builtin=False,
                    position=position + 1,
                    template_title=template_title,
                    template_body=template_body,
                )
                s.add(row)
                s.flush()
                return row.id, calendar_changes()
            found = s.get(PostType, type_id)
            if found is None:
                raise NotFoundError(f"内容类型 #{type_id} 不存在。")
            found.name, found.color = name, color
            found.template_title, found.template_body = template_title, template_body
            return type_id, calendar_changes()

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

    def create(self, values: PostValues) -> tuple[int, Changes]:
        values = _check(values)
        with self._sf.begin() as s:
            post = Post(**{k: v for k, v in values.as_dict().items() if k != "group_ids"})
            s.add(post)
            s.flush()
            _set_groups(s, post.id, values.group_ids)
            return post.id, calendar_changes()

    def update(self, post_id: int, values: PostValues) -> tuple[PostValues, Changes]:
        """Overwrite a post; returns its values before, for undo."""
        values = _check(values)
        with self._sf.begin() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
            before = _values_of(s, post)
            for key, value in values.as_dict().items():
                if key != "group_ids":
                    setattr(post, key, value)
            if values.planned_at != before.planned_at:
                post.reminded_at = None  # a new time deserves a new reminder
            _set_groups(s, post_id, values.group_ids)
            return before, calendar_changes()

    def reschedule(
        self, post_id: int, planned_at: dt.datetime
    ) -> tuple[dt.datetime | None, dt.datetime, Changes]:
        """Move a post to another day/time. Returns (before, after) for the undo command."""
        with self._sf.begin() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
            before = post.planned_at
            post.planned_at = planned_at.replace(second=0, microsecond=0)
            post.reminded_at = None
            return before, post.planned_at, calendar_changes()

    def set_status(
        self, post_id: int, status: str, at: dt.datetime | None = None
    ) -> tuple[tuple[str, dt.datetime | None], Changes]:
        """Set the status (已发 stamps the published time). Returns the previous (status, time)."""
        if status not in POST_STATUSES:
            raise ValidationError(f"未知的内容状态「{status}」。")
        with self._sf.begin() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
            before = (post.status, post.published_at)
            post.status = status
            if status == "published":
                post.published_at = (
                    at or post.published_at or dt.datetime.now().replace(microsecond=0)
                )
            elif at is not None or status != before[0]:
                post.published_at = at
            return before, calendar_changes()

    def restore(self, post_id: int, values: PostValues) -> tuple[int, Changes]:
        """Create a deleted post again under its old id (undo of a delete, redo of a create),
        so undo commands further up the stack that name this id keep working."""
        values = _check(values)
        with self._sf.begin() as s:
            if s.get(Post, post_id) is not None:
                raise ValidationError(f"内容 #{post_id} 已经存在，无法再恢复一次。")
            fields = {k: v for k, v in values.as_dict().items() if k != "group_ids"}
            s.add(Post(id=post_id, **fields))
            s.flush()
            _set_groups(s, post_id, values.group_ids)
            return post_id, calendar_changes()

    def delete(self, post_id: int) -> tuple[PostValues, Changes]:
        """Delete a post; returns its values so undo can create it again."""
        with self._sf.begin() as s:
            post = s.get(Post, post_id)
            if post is None:
                raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
            before = _values_of(s, post)
            s.delete(post)
            return before, calendar_changes()

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
        with self._sf.begin() as s:
            s.execute(update(Post).where(Post.id.in_(list(post_ids))).values(reminded_at=at))


def _values_of(s: Session, post: Post) -> PostValues:
    groups = tuple(
        s.execute(
            select(PostGroup.group_id)
            .where(PostGroup.post_id == post.id)
            .order_by(PostGroup.group_id)
        ).scalars()
    )
    return PostValues(
        post.title,
        post.body,
        post.type_id,
        post.planned_at,
        post.status,
        groups,
        post.segment_id,
        post.published_at,
        post.result,
        post.slot_id,
        post.slot_date,
    )


def _set_groups(s: Session, post_id: int, group_ids: Sequence[int]) -> None:
    s.execute(delete(PostGroup).where(PostGroup.post_id == post_id))
    if group_ids:
        s.execute(
            insert(PostGroup),
            [{"post_id": post_id, "group_id": g} for g in dict.fromkeys(group_ids)],
        )
