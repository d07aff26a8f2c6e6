"""Reading the tables a report needs into pandas frames (one query each, no ORM objects)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Group, GroupMembership, Member, MemberTag, Setting, Tag, TagGroup
from db.models_calendar import Post, PostType, Slot
from db.models_care import Complaint, Deposit, MemberWarning
from db.models_community import Activity, Checkin, PointsEntry, Signup

# Statuses that mean the member is no longer in the community.
GONE = ("left", "blocked")


def _frame(s: Session, stmt: Any, dates: tuple[str, ...] = ()) -> pd.DataFrame:
    rows = s.execute(stmt).all()
    frame = pd.DataFrame(rows, columns=list(stmt.selected_columns.keys()))
    for col in dates:
        frame[col] = pd.to_datetime(frame[col]).dt.normalize()
    return frame


def members(s: Session) -> pd.DataFrame:
    """Members not in the trash and not merged away: `since` is the joining day (the day the
    row was made when unknown), `gone_on` the day a left or blocked member left (her last
    group's leaving day, else the day her row last changed)."""
    last_left = (
        select(GroupMembership.member_id, func.max(GroupMembership.left).label("last_left"))
        .group_by(GroupMembership.member_id)
        .subquery()
    )
    stmt = (
        select(
            Member.id,
            Member.nickname,
            Member.name,
            Member.phone,
            Member.skin_type,
            Member.status,
            Member.joined,
            Member.last_active,
            Member.created_at,
            Member.updated_at,
            last_left.c.last_left,
        )
        .outerjoin(last_left, last_left.c.member_id == Member.id)
        .where(Member.deleted_at.is_(None), Member.merged_into.is_(None))
        .order_by(Member.id)
    )
    frame = _frame(s, stmt, ("joined", "last_active", "created_at", "updated_at", "last_left"))
    frame["since"] = frame["joined"].fillna(frame["created_at"])
    gone = frame["status"].isin(GONE)
    frame["gone_on"] = frame["last_left"].fillna(frame["updated_at"]).where(gone)
    return frame


def activity_days(s: Session) -> pd.DataFrame:
    """Every day a member is known to have been active: her last activity, check-ins, sign-ups."""
    parts = [
        _frame(s, select(Member.id.label("member_id"), Member.last_active.label("day"))),
        _frame(s, select(Checkin.member_id, Checkin.day)),
        _frame(s, select(Signup.member_id, Signup.at.label("day"))),
    ]
    frame = pd.concat(parts, ignore_index=True).dropna()
    frame["day"] = pd.to_datetime(frame["day"]).dt.normalize()
    return frame


def tags(s: Session) -> pd.DataFrame:
    stmt = (
        select(MemberTag.member_id, Tag.name.label("tag"), TagGroup.name.label("tag_group"))
        .join(Tag, Tag.id == MemberTag.tag_id)
        .join(TagGroup, TagGroup.id == Tag.group_id)
        .order_by(TagGroup.position, TagGroup.name, Tag.name)
    )
    return _frame(s, stmt)


def posts(s: Session, start: dt.datetime, end: dt.datetime) -> pd.DataFrame:
    stmt = (
        select(
            Post.id,
            Post.planned_at,
            Post.published_at,
            Post.status,
            PostType.name.label("type"),
            Slot.name.label("slot"),
        )
        .outerjoin(PostType, PostType.id == Post.type_id)
        .outerjoin(Slot, Slot.id == Post.slot_id)
        .where(Post.planned_at >= start, Post.planned_at < end)
        .where(Post.status.notin_(("idea", "cancelled")))
    )
    frame = _frame(s, stmt)
    for col in ("planned_at", "published_at"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def activities(s: Session, start: dt.date, end: dt.date) -> pd.DataFrame:
    signups = (
        select(Signup.activity_id, func.count().label("signups"))
        .group_by(Signup.activity_id)
        .subquery()
    )
    stmt = (
        select(
            Activity.id,
            Activity.name,
            Activity.kind,
            Activity.start,
            Activity.end,
            func.coalesce(signups.c.signups, 0).label("signups"),
        )
        .outerjoin(signups, signups.c.activity_id == Activity.id)
        .where(Activity.deleted_at.is_(None), Activity.start <= end, Activity.end >= start)
        .order_by(Activity.start, Activity.id)
    )
    return _frame(s, stmt)


def checkins(s: Session, start: dt.date, end: dt.date) -> pd.DataFrame:
    stmt = select(Checkin.activity_id, Checkin.member_id, Checkin.day).where(
        Checkin.day >= start, Checkin.day <= end
    )
    return _frame(s, stmt)


def points(s: Session, start: dt.datetime, end: dt.datetime) -> pd.DataFrame:
    stmt = select(PointsEntry.reason, PointsEntry.delta).where(
        PointsEntry.at >= start, PointsEntry.at < end
    )
    return _frame(s, stmt)


def warnings(s: Session, start: dt.datetime, end: dt.datetime) -> pd.DataFrame:
    stmt = (
        select(
            MemberWarning.at,
            MemberWarning.member_id,
            Member.nickname,
            Member.name,
            MemberWarning.reason,
            MemberWarning.outcome,
            MemberWarning.revoked,
            Group.name.label("group"),
        )
        .join(Member, Member.id == MemberWarning.member_id)
        .outerjoin(Group, Group.id == MemberWarning.group_id)
        .where(MemberWarning.at >= start, MemberWarning.at < end)
        .order_by(MemberWarning.at, MemberWarning.id)
    )
    return _frame(s, stmt)


def deposits(s: Session) -> pd.DataFrame:
    stmt = select(
        Deposit.member_id, Deposit.amount, Deposit.status, Deposit.held_on, Deposit.closed_on
    )
    return _frame(s, stmt, ("held_on", "closed_on"))


def complaints(s: Session, until: dt.datetime) -> pd.DataFrame:
    stmt = (
        select(
            Complaint.id,
            Complaint.received_at,
            Complaint.first_response_at,
            Complaint.resolved_at,
            Complaint.status,
            Complaint.category,
            Complaint.channel,
            Complaint.text,
            Complaint.member_id,
            Member.nickname,
            Member.name,
        )
        .outerjoin(Member, Member.id == Complaint.member_id)
        .where(Complaint.received_at < until)
        .order_by(Complaint.received_at, Complaint.id)
    )
    frame = _frame(s, stmt)
    for col in ("received_at", "first_response_at", "resolved_at"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


def setting(s: Session, key: str) -> Any:
    row = s.get(Setting, key)
    return None if row is None else row.value
