"""Saved segments (分群): named member filters shown in the sidebar."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import ValidationError
from app.members.domain import MemberFilter, SegmentInfo
from app.text import clean
from db.models import Segment


class SegmentService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def list(self) -> list[SegmentInfo]:
        with self._sf() as s:
            return [
                SegmentInfo(i, n, MemberFilter.from_json(f or {}))
                for i, n, f in s.execute(
                    select(Segment.id, Segment.name, Segment.filter).order_by(
                        Segment.position, Segment.id
                    )
                )
            ]

    def save(self, name: str, member_filter: MemberFilter) -> int:
        """Create a segment, or overwrite the filter of the segment with that name."""
        name = clean(name)
        if not name:
            raise ValidationError("分群名称不能为空。")
        if member_filter.trash:
            raise ValidationError("回收站里的视图不能保存为分群。")
        with self._sf.begin() as s:
            seg = s.execute(select(Segment).where(Segment.name == name)).scalar_one_or_none()
            if seg is None:
                position = s.execute(select(func.count()).select_from(Segment)).scalar_one()
                seg = Segment(name=name, filter=member_filter.to_json(), position=position)
                s.add(seg)
            else:
                seg.filter = member_filter.to_json()
            s.flush()
            return seg.id

    def rename(self, segment_id: int, name: str) -> None:
        name = clean(name)
        if not name:
            raise ValidationError("分群名称不能为空。")
        with self._sf.begin() as s:
            seg = s.get(Segment, segment_id)
            if seg is not None:
                seg.name = name

    def delete(self, segment_id: int) -> None:
        with self._sf.begin() as s:
            s.execute(delete(Segment).where(Segment.id == segment_id))
