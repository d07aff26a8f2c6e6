"""Reading the tables a report needs into pandas frames (one query each, no ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlalchemy import and_, func, select, union_all
from sqlalchemy.orm import Session

from db.models import Group, GroupMembership, Member, MemberTag, Setting, Tag, TagGroup
from db.models_calendar import Post, PostType, Slot
from db.models_care import Complaint, Deposit, MemberWarning
from db.models_commerce import Product, Purchase
from db.models_community import Activity, Checkin, PointsEntry, Signup

CHUNK = 900  # ids in one IN list (SQLite allows 999 parameters by default on old builds)
# Statuses that mean the member is no longer in the community.
GONE = ("left", "blocked")


def _frame(
    s: Session, stmt: Any, dates: tuple[str, ...] = (), numbers: tuple[str, ...] = ()
) -> pd.DataFrame:
    """The statement's rows as a frame, fetched from the DBAPI cursor as plain tuples: no
    per-row result processing (a hundred thousand rows in tens of milliseconds, not seconds).
    Dates come back as the driver gives them (ISO text on SQLite, date objects elsewhere) and
    are turned into timestamps here; `numbers` (decimals on PostgreSQL) into floats."""
    result = s.connection().execute(stmt)
    try:
        columns = list(result.keys())
        rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    frame = pd.DataFrame.from_records(rows, columns=columns, coerce_float=True)
    for col in dates:
        frame[col] = pd.to_datetime(frame[col], format="ISO8601").dt.normalize()
    for col in numbers:
        frame[col] = pd.to_numeric(frame[col]).astype(float)
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
    # Names and phones are read only for the members a detail sheet lists (`contacts`).
    stmt = (
        select(
            Member.id,
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


def contacts(s: Session, ids: Sequence[int]) -> pd.DataFrame:
    """Nickname, name and phone of the members `ids` (a detail sheet's few thousand)."""
    parts = [
        _frame(
            s,
            select(Member.id, Member.nickname, Member.name, Member.phone).where(
                Member.id.in_(ids[i : i + CHUNK])
            ),
        )
        for i in range(0, len(ids), CHUNK)
    ]
    if not parts:
        return pd.DataFrame(columns=["id", "nickname", "name", "phone"])
    return pd.concat(parts, ignore_index=True)


def activity_days(s: Session, first: dt.date, last: dt.date) -> pd.DataFrame:
    """Every (member, day) in `first`..`last` on which a member did something on record.

    What counts as activity (see `app.reports.figures.MemberFigures`): her last activity as
    recorded on her row (the last message an import or the operator noted), a check-in, a
    sign-up, a purchase, a points entry that is not the echo of a check-in (a share, a win, a
    redemption) and a complaint she made. Notes the operator wrote and contacts the operator
    made are the operator's doing and are left out. One query; a member's day appears once."""
    lo = dt.datetime.combine(first, dt.time())
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())

    def day(col: Any) -> Any:
        return func.date(col).label("day")

    parts = [
        select(Member.id.label("member_id"), day(Member.last_active)).where(
            Member.last_active >= first, Member.last_active <= last
        ),
        select(Checkin.member_id, day(Checkin.day)).where(
            Checkin.day >= first, Checkin.day <= last
        ),
        select(Signup.member_id, day(Signup.at)).where(Signup.at >= lo, Signup.at < hi),
        select(Purchase.member_id, day(Purchase.bought_on)).where(
            Purchase.bought_on >= first, Purchase.bought_on <= last
        ),
        select(PointsEntry.member_id, day(PointsEntry.at)).where(
            PointsEntry.checkin_id.is_(None), PointsEntry.at >= lo, PointsEntry.at < hi
        ),
        select(Complaint.member_id, day(Complaint.received_at)).where(
            Complaint.member_id.is_not(None),
            Complaint.received_at >= lo,
            Complaint.received_at < hi,
        ),
    ]
    frame = _frame(s, union_all(*parts), ("day",))
    return frame.drop_duplicates(ignore_index=True)


def purchases(s: Session, first: dt.date, last: dt.date) -> pd.DataFrame:
    """Purchases bought or refunded in `first`..`last`, with the buyer and the product."""
    cols = (
        Purchase.id,
        Purchase.member_id,
        Member.nickname,
        Member.name,
        Member.phone,
        Member.skin_type,
        Member.deleted_at,
        Purchase.product_id,
        Product.name.label("product"),
        Product.unsuitable,
        Product.actives,
        Product.category,
        Purchase.quantity,
        Purchase.unit_price,
        Purchase.bought_on,
        Purchase.refunded_on,
        Purchase.refund_reason,
    )

    def part(*where: Any) -> Any:
        return (
            select(*cols)
            .join(Member, Member.id == Purchase.member_id)
            .join(Product, Product.id == Purchase.product_id)
            .where(*where)
        )

    bought = and_(Purchase.bought_on >= first, Purchase.bought_on <= last)
    # Two parts rather than one OR, so the first can use the index on the day bought; the
    # refunds are found by one pass over the table and then fetched by id.
    refunded = (
        select(Purchase.id)
        .where(Purchase.refunded_on >= first, Purchase.refunded_on <= last)
        .scalar_subquery()
    )
    stmt = union_all(part(bought), part(Purchase.id.in_(refunded)))
    frame = _frame(s, stmt, ("bought_on", "refunded_on"), ("unit_price",))
    frame = frame.drop_duplicates("id").sort_values(["bought_on", "id"], ignore_index=True)
    frame["amount"] = (frame["quantity"] * frame["unit_price"]).round(2)
    return frame


def revenue(s: Session, first: dt.date, last: dt.date) -> float:
    """Money of the purchases bought in `first`..`last` and not refunded (buyers not in the
    trash), the same purchases the purchase rate counts."""
    stmt = (
        select(func.coalesce(func.sum(Purchase.quantity * Purchase.unit_price), 0))
        .join(Member, Member.id == Purchase.member_id)
        .where(
            Purchase.bought_on >= first,
            Purchase.bought_on <= last,
            Purchase.refunded_on.is_(None),
            Member.deleted_at.is_(None),
        )
    )
    return round(float(s.execute(stmt).scalar_one()), 2)


def any_purchase(s: Session) -> bool:
    return s.execute(select(Purchase.id).limit(1)).first() is not None


def tags(s: Session) -> pd.DataFrame:
    """Member–tag links by id, and the names of tags and groups apart (few rows to name)."""
    links = _frame(s, select(MemberTag.member_id, MemberTag.tag_id))
    names = _frame(
        s,
        select(Tag.id.label("tag_id"), Tag.name.label("tag"), TagGroup.name.label("tag_group"))
        .join(TagGroup, TagGroup.id == Tag.group_id)
        .order_by(TagGroup.position, TagGroup.name, Tag.name),
    )
    return names.merge(links, on="tag_id", how="inner", sort=False)


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
        frame[col] = pd.to_datetime(frame[col], format="ISO8601")
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
    frame = _frame(s, stmt, ("start", "end"))
    for col in ("start", "end"):
        frame[col] = frame[col].dt.date
    return frame


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
    frame = _frame(s, stmt)
    frame["at"] = pd.to_datetime(frame["at"], format="ISO8601")
    return frame


def deposits(s: Session) -> pd.DataFrame:
    stmt = select(
        Deposit.member_id, Deposit.amount, Deposit.status, Deposit.held_on, Deposit.closed_on
    )
    return _frame(s, stmt, ("held_on", "closed_on"), ("amount",))


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
        frame[col] = pd.to_datetime(frame[col], format="ISO8601")
    return frame


def setting(s: Session, key: str) -> Any:
    row = s.get(Setting, key)
    return None if row is None else row.value
