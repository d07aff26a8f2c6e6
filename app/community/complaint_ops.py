"""Complaints: log one, record the first response, resolve, reopen, edit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.community.care_ops import Picture, finish, take
from app.community.warning_ops import live_member, now
from app.errors import NotFoundError, ValidationError
from app.ops import Operation, UnitOfWork
from db.models_care import Complaint

STATUS_TEXT = {"open": "待回复", "processing": "处理中", "resolved": "已解决"}


def _get(s: Session, complaint_id: int) -> Complaint:
    c = s.get(Complaint, complaint_id)
    if c is None:
        raise NotFoundError(f"没有编号为 {complaint_id} 的投诉：没有做任何修改。")
    return c


def _not_before(c: Complaint, at: dt.datetime, what: str) -> None:
    if at < c.received_at:
        raise ValidationError(
            f"投诉 #{c.id} 在 {c.received_at:%Y-%m-%d %H:%M} 收到，{what}不能早于这个时间。"
        )


def _check_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("投诉内容不能为空：请写下她投诉了什么。")
    return cleaned


@dataclass(frozen=True)
class ComplaintFields:
    """What is recorded of a complaint as it came in (logged, or corrected later)."""

    text: str
    member_id: int | None = None
    channel: str = ""
    category: str = ""
    received_at: dt.datetime | None = None
    product_id: int | None = None
    activity_id: int | None = None


@dataclass(frozen=True)
class LogComplaint(ComplaintFields, Operation):
    """Record a complaint as it came in."""

    kind = "complaints.log"

    def label(self) -> str:
        return f"记录投诉（{self.category or '未分类'}）"

    def apply(self, uow: UnitOfWork) -> int:
        s = uow.s
        if self.member_id is not None:
            live_member(s, self.member_id)
        c = Complaint(
            received_at=self.received_at or now(),
            channel=self.channel.strip(),
            member_id=self.member_id,
            category=self.category.strip(),
            text=_check_text(self.text),
            first_response_at=None,
            resolved_at=None,
            status="open",
            product_id=self.product_id,
            activity_id=self.activity_id,
        )
        s.add(c)
        s.flush()
        finish(uow, self.kind, (("complaints", (c.id,), ()),), f"删除投诉 #{c.id}")
        return c.id


def _before(uow: UnitOfWork, c: Complaint) -> Picture:
    return (take(uow.s, "complaints", [c.id]),)


@dataclass(frozen=True)
class RespondComplaint(Operation):
    """Record the first response to a complaint (the response time runs until then)."""

    kind = "complaints.respond"
    complaint_id: int
    at: dt.datetime | None = None

    def label(self) -> str:
        return f"回复投诉 #{self.complaint_id}"

    def apply(self, uow: UnitOfWork) -> None:
        c = _get(uow.s, self.complaint_id)
        if c.first_response_at is not None:
            raise ValidationError(
                f"投诉 #{c.id} 已经在 {c.first_response_at:%Y-%m-%d %H:%M} 回复过了。"
            )
        at = self.at or now()
        _not_before(c, at, "回复时间")
        before = _before(uow, c)
        c.first_response_at = at
        if c.status == "open":
            c.status = "processing"
        uow.s.flush()
        finish(uow, self.kind, before, f"撤销回复投诉 #{c.id}")


@dataclass(frozen=True)
class ResolveComplaint(Operation):
    """Close a complaint as resolved (a first response is recorded too if there was none)."""

    kind = "complaints.resolve"
    complaint_id: int
    at: dt.datetime | None = None

    def label(self) -> str:
        return f"解决投诉 #{self.complaint_id}"

    def apply(self, uow: UnitOfWork) -> None:
        c = _get(uow.s, self.complaint_id)
        if c.status == "resolved":
            raise ValidationError(f"投诉 #{c.id} 已经解决了。")
        at = self.at or now()
        _not_before(c, at, "解决时间")
        before = _before(uow, c)
        if c.first_response_at is None:
            c.first_response_at = at
        c.resolved_at, c.status = at, "resolved"
        uow.s.flush()
        finish(uow, self.kind, before, f"撤销解决投诉 #{c.id}")


@dataclass(frozen=True)
class ReopenComplaint(Operation):
    """Open a resolved complaint again (she wrote back: not solved after all)."""

    kind = "complaints.reopen"
    complaint_id: int

    def label(self) -> str:
        return f"重新打开投诉 #{self.complaint_id}"

    def apply(self, uow: UnitOfWork) -> None:
        c = _get(uow.s, self.complaint_id)
        if c.status != "resolved":
            raise ValidationError(f"投诉 #{c.id} 还没有解决，不需要重新打开。")
        before = _before(uow, c)
        c.resolved_at = None
        c.status = "processing" if c.first_response_at is not None else "open"
        uow.s.flush()
        finish(uow, self.kind, before, f"撤销重新打开投诉 #{c.id}")


@dataclass(frozen=True)
class EditComplaint(ComplaintFields, Operation):
    """Correct what was recorded of a complaint (who, channel, category, text, links)."""

    kind = "complaints.edit"
    complaint_id: int = field(default=0, kw_only=True)

    def label(self) -> str:
        return f"修改投诉 #{self.complaint_id}"

    def apply(self, uow: UnitOfWork) -> None:
        s = uow.s
        c = _get(s, self.complaint_id)
        if self.member_id is not None:
            live_member(s, self.member_id)
        received = self.received_at or c.received_at
        for stamp, what in ((c.first_response_at, "回复"), (c.resolved_at, "解决")):
            if stamp is not None and received > stamp:
                raise ValidationError(
                    f"收到时间不能晚于投诉 #{c.id} 的{what}时间 {stamp:%Y-%m-%d %H:%M}。"
                )
        before = _before(uow, c)
        c.text = _check_text(self.text)
        c.member_id, c.channel, c.category = (
            self.member_id,
            self.channel.strip(),
            self.category.strip(),
        )
        c.received_at, c.product_id, c.activity_id = received, self.product_id, self.activity_id
        s.flush()
        finish(uow, self.kind, before, f"撤销修改投诉 #{c.id}")
