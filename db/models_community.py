"""Tables of the community's life: activities, sign-ups, check-ins and the points ledger."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Activity(Base):
    """An event: a check-in camp (打卡营), lottery, sharing session, contest, group buy, live."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(30), default="打卡营")
    online: Mapped[bool] = mapped_column(Boolean, default=True)
    goal: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[dt.date] = mapped_column(Date, index=True)
    end: Mapped[dt.date] = mapped_column(Date)
    host_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    feedback: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ActivityGroup(Base):
    """A group an activity is meant for."""

    __tablename__ = "activity_groups"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    group_id: Mapped[int] = mapped_column(
        ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivityCount(Base):
    """How many sign-ups and check-ins an activity has, kept by triggers (migration 0013).

    Written only by the database: every insert, delete or move of a sign-up or check-in
    adjusts it, whatever wrote the row.
    """

    __tablename__ = "activity_counts"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    signups: Mapped[int] = mapped_column(Integer, default=0)
    checkins: Mapped[int] = mapped_column(Integer, default=0)


class Signup(Base):
    """A member signed up for an activity (报名)."""

    __tablename__ = "activity_signups"
    __table_args__ = (
        UniqueConstraint("activity_id", "member_id", name="uq_signups_member"),
        # Who signed up in the months before a day (reports: last activity).
        Index("ix_activity_signups_at_member", "at", "member_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    source: Mapped[str] = mapped_column(String(60), default="")


class Checkin(Base):
    """One member's check-in (打卡) for one day of an activity; at most one a day."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("activity_id", "member_id", "day", name="uq_checkins_member_day"),
        # The grid and "who checked in on day D" read by activity and day.
        Index("ix_checkins_activity_day", "activity_id", "day", "member_id"),
        # Who checked in in the months before a day, whatever the activity (reports).
        Index("ix_checkins_day_member", "day", "member_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    source: Mapped[str] = mapped_column(String(60), default="")


class PointsEntry(Base):
    """One line of a member's points ledger; her `points` is the sum of her lines."""

    __tablename__ = "points_ledger"
    __table_args__ = (Index("ix_points_ledger_member_at", "member_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    delta: Mapped[int] = mapped_column(Integer)
    # checkin, share, win, manual, redeem (see app/community/rules.py)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(60), default="")
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True
    )
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("checkins.id", ondelete="SET NULL"), index=True
    )
