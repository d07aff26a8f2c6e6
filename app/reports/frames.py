"""Reading the tables a report needs into pandas frames (one query each, no ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Date, Integer, case, cast, func, literal, select, union_all
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


# Day numbers (days since 1970-01-01) stand for "not gone" and "never active".
NEVER_GONE = 10**7
NEVER_ACTIVE = -(10**7)
_UNIX_JULIAN = 2440587.5  # julianday('1970-01-01')
_NOT_REFUNDED = -(10**7)  # the day number of a purchase's refund while there is none


def day_number(s: Session, col: Any) -> Any:
    """`col` (a date or a date and time) as its day number: a plain integer is what the
    driver hands over fastest (a hundred thousand ISO texts cost as much to fetch as the
    query that finds them)."""
    if s.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(col) - _UNIX_JULIAN, Integer)
    return cast(col, Date) - literal(dt.date(1970, 1, 1), Date)


def _rows(s: Session, stmt: Any) -> Sequence[Any]:
    """The statement's rows as plain tuples straight from the DBAPI cursor."""
    result = s.connection().execute(stmt)
    try:
        return result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()


def _ints(rows: Sequence[Any], k: int) -> np.ndarray:
    return np.fromiter((r[k] for r in rows), dtype=np.int64, count=len(rows))


# Between the texts of a column joined into one (the ASCII unit separator).
_SEP = "\x1f"


def joined_reads(s: Session) -> bool:
    """Whether `_columns` has each column come over joined into one text (on SQLite)."""
    return s.get_bind().dialect.name == "sqlite"


def _columns(
    s: Session, stmt: Any, texts: tuple[str, ...] = (), floats: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The statement's columns by name as arrays: integers but for the columns `floats`,
    and the columns `texts` as lists of text. The numbers must not be NULL.

    On SQLite each column comes over joined into one text (`group_concat`, the columns of a
    row side by side) that numpy parses: handing over a quarter of a million rows one by one
    costs three times as much (a tuple and an object per value). The texts are split apart
    again; should one hold the separator, the rows are read one by one, as they are on
    other databases."""
    names = [c.name for c in stmt.selected_columns]
    if joined_reads(s):
        sub = stmt.subquery()
        joined = [
            func.group_concat(func.coalesce(sub.c[n], ""), _SEP)
            if n in texts
            else func.group_concat(sub.c[n])
            for n in names
        ]
        (row,) = _rows(s, select(*joined))
        out: dict[str, Any] = {
            n: (v.split(_SEP) if v is not None else [])
            if n in texts
            else np.fromstring(v or "", dtype=float if n in floats else np.int64, sep=",")
            for n, v in zip(names, row, strict=True)
        }
        if len({len(v) for v in out.values()}) <= 1:
            return out
    rows = _rows(s, stmt)

    def column(k: int, n: str) -> Any:
        if n in texts:
            return [r[k] for r in rows]
        if n in floats:  # decimals on PostgreSQL
            return np.fromiter((float(r[k]) for r in rows), dtype=float, count=len(rows))
        return _ints(rows, k)

    return {n: column(k, n) for k, n in enumerate(names)}


def as_days(numbers: np.ndarray, unknown: int) -> np.ndarray:
    """Day numbers as days (datetime64), NaT where `unknown`."""
    days = numbers.astype("datetime64[D]").astype("datetime64[ns]")
    days[numbers == unknown] = np.datetime64("NaT")
    return days


def members(s: Session) -> pd.DataFrame:
    """Members not in the trash and not merged away, by id, with their days as day numbers:
    `since_n` the joining day (the day the row was made when unknown), `gone_n` the day a
    left or blocked member left (her last group's leaving day, else the day her row last
    changed; NEVER_GONE while she stays), `active_n` her last activity as recorded on her row
    (NEVER_ACTIVE when none is); and her `skin_type` ("" when none is recorded). Where a
    figure needs the days as dates it makes them from the numbers (`as_days`).

    Names and phones are read only for the members a detail sheet lists (`contacts`)."""
    last_left = (
        select(func.max(GroupMembership.left))
        .where(GroupMembership.member_id == Member.id)
        .scalar_subquery()
    )
    # The leaving day is looked up only for the few members who left.
    gone = case(
        (Member.status.in_(GONE), day_number(s, func.coalesce(last_left, Member.updated_at))),
        else_=NEVER_GONE,
    )
    stmt = (
        select(
            Member.id.label("id"),
            func.coalesce(Member.skin_type, "").label("skin_type"),
            day_number(s, func.coalesce(Member.joined, Member.created_at)).label("since_n"),
            gone.label("gone_n"),
            func.coalesce(day_number(s, Member.last_active), NEVER_ACTIVE).label("active_n"),
        )
        .where(Member.deleted_at.is_(None), Member.merged_into.is_(None))
        .order_by(Member.id)
    )
    got = _columns(s, stmt, texts=("skin_type",))
    frame = pd.DataFrame({**got, "skin_type": pd.Series(got["skin_type"], dtype=object)})
    if not frame["id"].is_monotonic_increasing:  # joined in the order the rows were read
        frame = frame.sort_values("id", ignore_index=True)
    return frame


def contacts(s: Session, ids: Sequence[int]) -> pd.DataFrame:
    """What a detail sheet shows of the members `ids` (a few thousand), by id."""
    cols = (
        Member.id,
        Member.nickname,
        Member.name,
        Member.phone,
        Member.skin_type,
        Member.joined,
        Member.last_active,
        Member.status,
    )
    parts = [
        _frame(s, select(*cols).where(Member.id.in_(ids[i : i + CHUNK])))
        for i in range(0, len(ids), CHUNK)
    ]
    if not parts:
        return pd.DataFrame(columns=[c.key for c in cols])
    return pd.concat(parts, ignore_index=True).sort_values("id", ignore_index=True)


def activity_days(s: Session, first: dt.date, last: dt.date) -> tuple[np.ndarray, np.ndarray]:
    """(day number, member id) of every activity on record in `first`..`last`, as two
    arrays; a member's day may appear more than once.

    What counts as activity (see `app.reports.figures.MemberFigures`): a check-in, a sign-up,
    a purchase, a points entry that is not the echo of a check-in (a share, a win, a
    redemption) and a complaint she made; her last activity as recorded on her row comes
    with `members`. Notes the operator wrote and contacts the operator made are the
    operator's doing and are left out. One query per table, each over an index on the day."""
    lo = dt.datetime.combine(first, dt.time())
    hi = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())

    def part(day: Any, member: Any, *where: Any) -> Any:
        return select(day_number(s, day).label("day"), member.label("member")).where(*where)

    parts = [
        part(Checkin.day, Checkin.member_id, Checkin.day >= first, Checkin.day <= last),
        part(Signup.at, Signup.member_id, Signup.at >= lo, Signup.at < hi),
        part(
            Purchase.bought_on,
            Purchase.member_id,
            Purchase.bought_on >= first,
            Purchase.bought_on <= last,
        ),
        part(
            PointsEntry.at,
            PointsEntry.member_id,
            PointsEntry.checkin_id.is_(None),
            PointsEntry.at >= lo,
            PointsEntry.at < hi,
        ),
        part(
            Complaint.received_at,
            Complaint.member_id,
            Complaint.member_id.is_not(None),
            Complaint.received_at >= lo,
            Complaint.received_at < hi,
        ),
    ]
    got = _columns(s, union_all(*parts))
    return got["day"], got["member"]


def purchases(s: Session, first: dt.date, last: dt.date, members: pd.DataFrame) -> pd.DataFrame:
    """Purchases bought or refunded in `first`..`last`, with the product and the buyer's skin
    type and trash state (`deleted`).

    The buyers' skin types come from `members` (the frame of `members()`, by id); only buyers
    not in it (in the trash, merged away) are looked up. Names and phones are read for the few
    purchases a detail list shows (`contacts`)."""
    cols = (
        Purchase.id.label("id"),
        Purchase.member_id.label("member_id"),
        Purchase.product_id.label("product_id"),
        Purchase.quantity.label("quantity"),
        Purchase.unit_price.label("unit_price"),
        day_number(s, Purchase.bought_on).label("bought_on"),
        func.coalesce(day_number(s, Purchase.refunded_on), _NOT_REFUNDED).label("refunded_on"),
        Purchase.refund_reason.label("refund_reason"),
    )
    # Two parts rather than one OR, so that each reads its own index on a day.
    bought = select(*cols).where(Purchase.bought_on >= first, Purchase.bought_on <= last)
    refunded = select(*cols).where(Purchase.refunded_on >= first, Purchase.refunded_on <= last)
    got = _columns(s, union_all(bought, refunded), texts=("refund_reason",), floats=("unit_price",))
    got["bought_on"] = as_days(got["bought_on"], _NOT_REFUNDED)  # never unknown
    got["refunded_on"] = as_days(got["refunded_on"], _NOT_REFUNDED)  # NaT while not refunded
    frame = pd.DataFrame({**got, "refund_reason": pd.Series(got["refund_reason"], dtype=object)})
    frame = frame.drop_duplicates("id").sort_values(["bought_on", "id"], ignore_index=True)
    frame["amount"] = (frame["quantity"] * frame["unit_price"]).round(2)
    buyer = frame["member_id"].to_numpy(dtype=np.int64)
    ids = members["id"].to_numpy(dtype=np.int64)
    skin = np.full(len(buyer), None, dtype=object)
    known = np.zeros(len(buyer), dtype=bool)
    if len(ids):  # looked up by id in the members, who are ordered by it
        at = np.minimum(np.searchsorted(ids, buyer), len(ids) - 1)
        known = ids[at] == buyer
        skin[known] = members["skin_type"].to_numpy(dtype=object)[at[known]]
    deleted = np.zeros(len(buyer), dtype=bool)
    others = sorted(set(buyer[~known].tolist()))
    if others:
        found: dict[int, tuple[Any, bool]] = {}
        for i in range(0, len(others), CHUNK):
            stmt = select(Member.id, Member.skin_type, Member.deleted_at.is_not(None)).where(
                Member.id.in_(others[i : i + CHUNK])
            )
            found.update((int(r[0]), (r[1], bool(r[2]))) for r in _rows(s, stmt))
        for k in np.flatnonzero(~known):
            skin[k], deleted[k] = found.get(int(buyer[k]), (None, False))
    frame["skin_type"], frame["deleted"] = skin, deleted
    products = _frame(
        s,
        select(
            Product.id.label("product_id"),
            Product.name.label("product"),
            Product.unsuitable,
            Product.actives,
            Product.category,
        ),
    )
    return frame.merge(products, on="product_id", how="left", sort=False)


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
    # Counted for the activities of the period only, each over the sign-ups' unique index.
    signups = (
        select(func.count())
        .select_from(Signup)
        .where(Signup.activity_id == Activity.id)
        .scalar_subquery()
    )
    stmt = (
        select(
            Activity.id,
            Activity.name,
            Activity.kind,
            Activity.start,
            Activity.end,
            signups.label("signups"),
        )
        .where(Activity.deleted_at.is_(None), Activity.start <= end, Activity.end >= start)
        .order_by(Activity.start, Activity.id)
    )
    frame = _frame(s, stmt, ("start", "end"))
    for col in ("start", "end"):
        frame[col] = frame[col].dt.date
    return frame


def checkins(s: Session, start: dt.date, end: dt.date) -> pd.DataFrame:
    """The check-ins of `start`..`end`: their activity and member."""
    stmt = select(Checkin.activity_id.label("activity_id"), Checkin.member_id.label("member_id"))
    return pd.DataFrame(_columns(s, stmt.where(Checkin.day >= start, Checkin.day <= end)))


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
