"""Tables of community care: warnings, deposits (押金) and complaints."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class MemberWarning(Base):
    """A warning given to a member for breaking a group rule (广告, 刷屏 …)."""

    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    reason: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[str] = mapped_column(Text, default="")
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the warning led to under the escalation policy: "warning" or "removal".
    outcome: Mapped[str] = mapped_column(String(16), default="warning")


class Deposit(Base):
    """A deposit (押金) a member paid: held, then refunded or forfeited."""

    __tablename__ = "deposits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    # Yuan with fen: Numeric keeps 0.1 + 0.2 exact on SQLite and PostgreSQL alike.
    amount: Mapped[float] = mapped_column(Numeric(10, 2, asdecimal=False))
    status: Mapped[str] = mapped_column(String(12), default="held", index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Complaint(Base):
    """A complaint received from a member (or someone not yet a member), with its handling."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    channel: Mapped[str] = mapped_column(String(30), default="")
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    category: Mapped[str] = mapped_column(String(30), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    first_response_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)
    # Products and activities come from other areas; plain ids until their tables exist.
    product_id: Mapped[int | None] = mapped_column(Integer)
    activity_id: Mapped[int | None] = mapped_column(Integer)
