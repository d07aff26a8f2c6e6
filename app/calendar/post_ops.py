"""Operations on posts: create, edit values, reschedule, set status, delete and restore, fill.

Deleting takes the whole row and its group links (`snapshot`), so the inverse brings the post
back under the same id, with its groups, slot occurrence, reminder and creation time: undo
commands further up the stack that name this id keep working.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.calendar.domain import CALENDAR_AREA, POST_STATUSES, PostInfo, PostValues
from app.calendar.slot_service import fill_template
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Group, Segment
from db.models_calendar import Post, PostGroup, PostType, Slot, SlotGroup

# What `EditPost` may set: the editor's values, and the reminder stamp (so an undone reschedule
# gets its reminder state back exactly).
EDITABLE = (*PostValues.__dataclass_fields__, "reminded_at")


def check_values(values: PostValues) -> PostValues:
    """The values with a cleaned title, or a ValidationError naming what is wrong."""
    if values.status not in POST_STATUSES:
        raise ValidationError(
            f"未知的内容状态「{values.status}」：可选 构思、草稿、待发、已发、取消。"
        )
    title = clean(values.title)
    if not title and not values.body.strip():
        raise ValidationError("内容的标题和正文不能都为空。")
    if values.status in ("scheduled", "published") and values.planned_at is None:
        raise ValidationError(f"状态为「{POST_STATUSES[values.status]}」的内容必须有计划发布时间。")
    return replace(values, title=title)


def values_of(s: Session, post: Post) -> PostValues:
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


def _post(s: Session, post_id: int) -> Post:
    post = s.get(Post, post_id)
    if post is None:
        raise NotFoundError(f"内容 #{post_id} 不存在（可能已被删除）。")
    return post


def _set_groups(s: Session, post_id: int, group_ids: Sequence[int]) -> None:
    wanted = list(dict.fromkeys(group_ids))
    if wanted:
        found = set(s.execute(select(Group.id).where(Group.id.in_(wanted))).scalars())
        missing = [g for g in wanted if g not in found]
        if missing:
            raise NotFoundError(f"群 #{missing[0]} 不存在（可能已被删除）：请重新选择要发到的群。")
    s.execute(delete(PostGroup).where(PostGroup.post_id == post_id))
    if wanted:
        s.execute(insert(PostGroup), [{"post_id": post_id, "group_id": g} for g in wanted])


def _touch(uow: UnitOfWork) -> None:
    uow.touch(areas={CALENDAR_AREA})


def _create(uow: UnitOfWork, values: PostValues, action: str) -> int:
    values = check_values(values)
    post = Post(**{k: v for k, v in values.as_dict().items() if k != "group_ids"})
    uow.s.add(post)
    uow.s.flush()
    _set_groups(uow.s, post.id, values.group_ids)
    uow.audit("post", post.id, action, None, values)
    _touch(uow)
    uow.undo_with(DeletePost(post.id))
    return post.id


@dataclass(frozen=True)
class CreatePost(Operation):
    """A new post from the editor (or a script)."""

    kind = "posts.create"
    values: PostValues

    def label(self) -> str:
        return f"新建内容「{clean(self.values.title)}」"

    def apply(self, uow: UnitOfWork) -> int:
        return _create(uow, self.values, self.kind)


@dataclass(frozen=True)
class FillSlot(Operation):
    """Create the post of an empty slot occurrence from the slot's (or its type's) template."""

    kind = "posts.fill_slot"
    slot_id: int
    day: dt.date

    def label(self) -> str:
        return f"填充栏目 #{self.slot_id} {self.day:%m-%d}"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        row = s.get(Slot, self.slot_id)
        if row is None:
            raise NotFoundError(f"固定栏目 #{self.slot_id} 不存在（可能已被删除）。")
        taken = s.execute(
            select(Post.id).where(
                Post.slot_id == self.slot_id,
                Post.slot_date == self.day,
                Post.status != "cancelled",
            )
        ).scalar()
        if taken is not None:
            # Filled meanwhile (another window, the CLI): nothing to create, nothing to undo.
            raise ValidationError(
                f"「{row.name}」{self.day.month}月{self.day.day}日 这一期已经有内容了。"
            )
        at = dt.datetime.combine(self.day, row.at_time)
        title, body = row.template_title, row.template_body
        ptype = s.get(PostType, row.type_id) if row.type_id else None
        if ptype is not None:
            title = title or ptype.template_title
            body = body or ptype.template_body
        groups = tuple(
            s.execute(
                select(SlotGroup.group_id)
                .where(SlotGroup.slot_id == self.slot_id)
                .order_by(SlotGroup.group_id)
            ).scalars()
        )
        values = PostValues(
            title=fill_template(title or row.name, at, row.name),
            body=fill_template(body, at, row.name),
            type_id=row.type_id,
            planned_at=at,
            status="draft",
            group_ids=groups,
            slot_id=self.slot_id,
            slot_date=self.day,
        )
        return _create(uow, values, self.kind)


@dataclass(frozen=True)
class EditPost(Operation):
    """Set some values of a post (`values`: field → value, only the fields that change).

    A new planned time clears the reminder stamp (a new time deserves a new reminder) unless
    `values` sets `reminded_at` itself, as the inverse of such an edit does.
    """

    kind = "posts.edit"
    post_id: int
    values: dict[str, Any] = field(default_factory=dict)

    def label(self) -> str:
        return f"编辑内容 #{self.post_id}"

    def apply(self, uow: UnitOfWork) -> None:
        unknown = sorted(set(self.values) - set(EDITABLE))
        if unknown:
            raise ValidationError(f"内容没有「{unknown[0]}」这一项，无法修改。")
        s = uow.s
        post = _post(s, self.post_id)
        before_values = values_of(s, post)
        before = {**before_values.as_dict(), "reminded_at": post.reminded_at}
        wanted = dict(self.values)
        if "planned_at" in wanted and isinstance(wanted["planned_at"], dt.datetime):
            wanted["planned_at"] = wanted["planned_at"].replace(second=0, microsecond=0)
        if "group_ids" in wanted:
            wanted["group_ids"] = tuple(dict.fromkeys(wanted["group_ids"]))
        after_values = check_values(
            replace(before_values, **{k: v for k, v in wanted.items() if k != "reminded_at"})
        )
        after = {**after_values.as_dict(), "reminded_at": wanted.get("reminded_at")}
        if "reminded_at" not in wanted:
            moved = after_values.planned_at != before_values.planned_at
            after["reminded_at"] = None if moved else post.reminded_at
        changed = [k for k in EDITABLE if after[k] != before[k]]
        for key in changed:
            if key != "group_ids":
                setattr(post, key, after[key])
        if "group_ids" in changed:
            _set_groups(s, self.post_id, after["group_ids"])
        shown = [k for k in changed if k != "reminded_at"]
        uow.audit(
            "post",
            self.post_id,
            self.kind,
            {k: before[k] for k in shown},
            {k: after[k] for k in shown},
        )
        _touch(uow)
        uow.undo_with(EditPost(self.post_id, {k: before[k] for k in changed}))


@dataclass(frozen=True)
class ReschedulePost(Operation):
    """Move a post to another day and time (drag and drop); its reminder comes again."""

    kind = "posts.reschedule"
    post_id: int
    planned_at: dt.datetime
    reminded_at: dt.datetime | None = None  # the inverse puts the old stamp back

    def label(self) -> str:
        return f"改期内容 #{self.post_id}"

    def apply(self, uow: UnitOfWork) -> dt.datetime:
        post = _post(uow.s, self.post_id)
        before = (post.planned_at, post.reminded_at)
        if before[0] is None:
            raise ValidationError(
                f"内容 #{self.post_id} 还没有计划时间，无法改期：请在编辑中设置时间。"
            )
        post.planned_at = self.planned_at.replace(second=0, microsecond=0)
        post.reminded_at = self.reminded_at
        uow.audit(
            "post",
            self.post_id,
            self.kind,
            {"planned_at": before[0]},
            {"planned_at": post.planned_at},
        )
        _touch(uow)
        uow.undo_with(ReschedulePost(self.post_id, before[0], before[1]))
        return post.planned_at


@dataclass(frozen=True)
class SetPostStatus(Operation):
    """Set a post's status; 已发 stamps the published time (`published_at`, or now)."""

    kind = "posts.set_status"
    post_id: int
    status: str
    published_at: dt.datetime | None = None

    def label(self) -> str:
        return f"把内容 #{self.post_id} 标为{POST_STATUSES.get(self.status, self.status)}"

    def apply(self, uow: UnitOfWork) -> None:
        if self.status not in POST_STATUSES:
            raise ValidationError(
                f"未知的内容状态「{self.status}」：可选 构思、草稿、待发、已发、取消。"
            )
        post = _post(uow.s, self.post_id)
        if self.status in ("scheduled", "published") and post.planned_at is None:
            raise ValidationError(
                f"状态为「{POST_STATUSES[self.status]}」的内容必须有计划发布时间。"
            )
        old_status, old_at = post.status, post.published_at
        at = self.published_at
        if self.status == "published" and at is None:
            at = post.published_at or dt.datetime.now().replace(microsecond=0)
        post.status, post.published_at = self.status, at
        uow.audit(
            "post",
            self.post_id,
            self.kind,
            {"status": old_status, "published_at": old_at},
            {"status": self.status, "published_at": at},
        )
        _touch(uow)
        uow.undo_with(SetPostStatus(self.post_id, old_status, old_at))


@dataclass(frozen=True)
class DeletePost(Operation):
    """Delete a post; the inverse brings it back whole, under the same id."""

    kind = "posts.delete"
    post_id: int

    def label(self) -> str:
        return f"删除内容 #{self.post_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        post = _post(s, self.post_id)
        values = values_of(s, post)
        rows = snapshot(s, Post, Post.id == self.post_id)
        groups = snapshot(s, PostGroup, PostGroup.post_id == self.post_id)
        s.execute(delete(PostGroup).where(PostGroup.post_id == self.post_id))
        s.execute(delete(Post).where(Post.id == self.post_id))
        uow.audit("post", self.post_id, self.kind, values, None)
        _touch(uow)
        uow.undo_with(RestorePost(rows[0], groups))


@dataclass(frozen=True)
class RestorePost(Operation):
    """Put back a deleted post exactly as `DeletePost` took it (row and group links)."""

    kind = "posts.restore"
    row: dict[str, Any]
    group_rows: tuple[dict[str, Any], ...] = ()

    def label(self) -> str:
        return f"恢复内容「{self.row.get('title', '')}」"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        post_id = int(self.row["id"])
        if s.get(Post, post_id) is not None:
            raise ValidationError(f"内容 #{post_id} 已经存在，无法再恢复一次。")
        row = dict(self.row)
        # What the post pointed at may have been deleted since: it comes back without it.
        for key, table in (("type_id", PostType), ("slot_id", Slot), ("segment_id", Segment)):
            if row.get(key) is not None and s.get(table, row[key]) is None:
                row[key] = None
        reinsert(s, Post, [row])
        group_ids = [int(g["group_id"]) for g in self.group_rows]
        found = set(s.execute(select(Group.id).where(Group.id.in_(group_ids))).scalars())
        reinsert(s, PostGroup, [g for g in self.group_rows if g["group_id"] in found])
        uow.audit("post", post_id, self.kind, None, values_of(s, _post(s, post_id)))
        _touch(uow)
        uow.undo_with(DeletePost(post_id))
        return post_id


def changed_values(post: PostInfo, values: PostValues) -> dict[str, Any]:
    """The fields of `values` that differ from `post` as stored: what one `EditPost` sets.

    Compared as the operation would store them (title cleaned, groups as a set, minutes), so an
    editor closed without a real change gives {} and no undo step.
    """
    before = PostValues(
        post.title,
        post.body,
        post.type_id,
        post.planned_at,
        post.status,
        tuple(sorted(post.group_ids)),
        post.segment_id,
        post.published_at,
        post.result,
        post.slot_id,
        post.slot_date,
    )
    planned = values.planned_at
    after = replace(
        values,
        title=clean(values.title),
        group_ids=tuple(sorted(set(values.group_ids))),
        planned_at=planned.replace(second=0, microsecond=0) if planned else None,
    )
    return {
        key: getattr(after, key)
        for key in PostValues.__dataclass_fields__
        if getattr(after, key) != getattr(before, key)
    }
