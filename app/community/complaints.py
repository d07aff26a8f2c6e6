"""Read side of complaints: the list, the open ones by waiting time, response times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Member, plain_name_sql
from db.models_care import Complaint


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    id: int
    received_at: dt.datetime
    channel: str
    member_id: int | None
    member: str
    category: str
    text: str
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    status: str
    product_id: int | None
    activity_id: int | None

    @property
    def is_open(self) -> bool:
        return self.status != "resolved"

    def waiting(self, at: dt.datetime) -> dt.timedelta:
        """How long she has been waiting: for a first answer, or (answered) for the fix."""
        end = self.resolved_at or at
        return max(end - self.received_at, dt.timedelta())

    def response_minutes(self) -> int | None:
        if self.first_response_at is None:
            return None
        return int((self.first_response_at - self.received_at).total_seconds() // 60)

    def resolution_hours(self) -> float | None:
        if self.resolved_at is None:
            return None
        return round((self.resolved_at - self.received_at).total_seconds() / 3600, 1)

    def to_json(self) -> dict[str, Any]:
        def iso(v: dt.datetime | None) -> str | None:
            return v.isoformat(timespec="minutes") if v else None

        return {
            "id": self.id,
            "received_at": iso(self.received_at),
            "channel": self.channel,
            "member_id": self.member_id,
            "member": self.member,
            "category": self.category,
            "text": self.text,
            "first_response_at": iso(self.first_response_at),
            "resolved_at": iso(self.resolved_at),
            "status": self.status,
            "response_minutes": self.response_minutes(),
            "resolution_hours": self.resolution_hours(),
            "product_id": self.product_id,
            "activity_id": self.activity_id,
        }


@dataclass(frozen=True, slots=True)
class ResponseStats:
    count: int
    open: int
    median_response_minutes: int | None
    median_resolution_hours: float | None


def waiting_text(delta: dt.timedelta) -> str:
    """已等待 3 小时 12 分 / 2 天 5 小时 / 8 分钟."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} 天 {hours} 小时"
    if hours:
        return f"{hours} 小时 {mins} 分"
    return f"{mins} 分钟"


def _median(values: list[float]) -> float | None:
    if not values:
        return None
    v = sorted(values)
    mid = len(v) // 2
    return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


class ComplaintService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def complaints(
        self, open_only: bool = False, member_id: int | None = None
    ) -> list[ComplaintRow]:
        """All complaints newest first; `open_only`: unresolved ones, longest waiting first."""
        stmt = select(
            Complaint.id,
            Complaint.received_at,
            Complaint.channel,
            Complaint.member_id,
            plain_name_sql(),
            Complaint.category,
            Complaint.text,
            Complaint.first_response_at,
            Complaint.resolved_at,
            Complaint.status,
            Complaint.product_id,
            Complaint.activity_id,
        ).outerjoin(Member, Member.id == Complaint.member_id)
        if member_id is not None:
            stmt = stmt.where(Complaint.member_id == member_id)
        if open_only:
            stmt = stmt.where(Complaint.status != "resolved").order_by(
                Complaint.received_at, Complaint.id
            )
        else:
            stmt = stmt.order_by(Complaint.received_at.desc(), Complaint.id.desc())
        with self._sf() as s:
            return [ComplaintRow(*r) for r in s.execute(stmt)]

    def stats(self) -> ResponseStats:
        rows = self.complaints()
        responses = [float(m) for r in rows if (m := r.response_minutes()) is not None]
        resolutions = [h for r in rows if (h := r.resolution_hours()) is not None]
        med_response = _median(responses)
        med_resolution = _median(resolutions)
        return ResponseStats(
            len(rows),
            sum(1 for r in rows if r.is_open),
            int(med_response) if med_response is not None else None,
            round(med_resolution, 1) if med_resolution is not None else None,
        )
