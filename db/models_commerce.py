"""Tables of products and purchases (产品/购买)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, partial_index


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Product(Base):
    """A product the community sells: its short names, actives and who it does not suit."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # The short names people type in a 接龙 (精华, 小棕瓶).
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(40), default="", index=True)
    # Active ingredients kept as "|果酸|水杨酸|" so a portable LIKE finds one of them.
    actives: Mapped[str] = mapped_column(Text, default="")
    # Yuan with fen: Numeric keeps sums exact on SQLite and PostgreSQL alike.
    price: Mapped[float] = mapped_column(Numeric(10, 2, asdecimal=False), default=0.0)
    suitable: Mapped[list[str]] = mapped_column(JSON, default=list)
    unsuitable: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Purchase(Base):
    """One line of an order: who bought how many of what, when, from where; maybe refunded."""

    __tablename__ = "purchases"
    __table_args__ = (
        Index("ix_purchases_member_day", "member_id", "bought_on"),
        Index("ix_purchases_product_day", "product_id", "bought_on", "member_id"),
        # The kept purchases by member: "bought at least N times", "never bought".
        partial_index("ix_purchases_kept_member", "member_id", where="refunded_on IS NULL"),
        # A period's refunds (reports).
        partial_index("ix_purchases_refunded_on", "refunded_on", where="refunded_on IS NOT NULL"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="RESTRICT"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[float] = mapped_column(Numeric(10, 2, asdecimal=False), default=0.0)
    bought_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # manual, paste, sheet, or import:<batch id>
    source: Mapped[str] = mapped_column(String(60), default="manual")
    refunded_on: Mapped[dt.date | None] = mapped_column(Date)
    refund_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
