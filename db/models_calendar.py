"""Tables of the content calendar: post types with templates, posts, recurring slots, targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class PostType(Base):
    """A kind of post (知识锦囊, 团购接龙 … or user-defined) with its colour and template."""

    __tablename__ = "post_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#5b8def")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    template_title: Mapped[str] = mapped_column(String(200), default="")
    template_body: Mapped[str] = mapped_column(Text, default="")


class Slot(Base):
    """A recurring slot (固定栏目): a rule saying when a post of a type is due, for which groups.

    `freq` is daily, weekly (on `weekdays`, "0,2,4,6" with Monday = 0), monthly (on `month_day`)
    or interval (every `interval` days from `start`). Times are naive local wall-clock times.
    """

    __tablename__ = "slots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    type_id: Mapped[int | None] = mapped_column(ForeignKey("post_types.id", ondelete="SET NULL"))
    freq: Mapped[str] = mapped_column(String(10), default="daily")
    interval: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[str] = mapped_column(String(20), default="")
    month_day: Mapped[int | None] = mapped_column(Integer)
    at_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(8, 0))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    template_title: Mapped[str] = mapped_column(String(200), default="")
    template_body: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class SlotGroup(Base):
    """A group a slot's posts are meant for."""

    __tablename__ = "slot_groups"

    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True
    )


class Post(Base):
    """One planned piece of content; `slot_id`/`slot_date` say which slot occurrence it fills."""

    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    type_id: Mapped[int | None] = mapped_column(
        ForeignKey("post_types.id", ondelete="SET NULL"), index=True
    )
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    planned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result: Mapped[str] = mapped_column(Text, default="")
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("slots.id", ondelete="SET NULL"), index=True
    )
    slot_date: Mapped[dt.date | None] = mapped_column(Date)
    reminded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)


class PostGroup(Base):
    """A group a post goes to."""

    __tablename__ = "post_groups"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True
    )
