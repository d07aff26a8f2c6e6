"""Operations on saved segments (分群): save, rename, delete; each undone exactly."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from app.errors import NotFoundError, ValidationError
from app.members.domain import MemberFilter
from app.ops import Operation, UnitOfWork, reinsert, snapshot
from app.text import clean
from db.models import Segment


def _name(name: str) -> str:
    name = clean(name)
    if not name:
        raise ValidationError("分群名称不能为空。")
    if len(name) > 60:
        raise ValidationError(f"分群名称「{name[:20]}…」太长了（最多 60 个字）。")
    return name


def _row(uow: UnitOfWork, segment_id: int) -> dict[str, Any]:
    rows = snapshot(uow.s, Segment, Segment.id == segment_id)
    if not rows:
        raise NotFoundError("这个分群已经不存在了。")
    return rows[0]


def _touch(uow: UnitOfWork) -> None:
    uow.touch(vocab=True, areas={"segments"})


@dataclass(frozen=True)
class SaveSegment(Operation):
    """Save a filter as a segment, or overwrite the filter of the segment with that name."""

    kind = "segments.save"
    name: str
    filter: MemberFilter

    def label(self) -> str:
        return f"保存分群「{self.name}」"

    def apply(self, uow: UnitOfWork) -> int:
        name = _name(self.name)
        if self.filter.trash:
            raise ValidationError("回收站里的视图不能保存为分群。")
        s = uow.s
        seg = s.execute(select(Segment).where(Segment.name == name)).scalar_one_or_none()
        if seg is None:
            position = s.execute(select(func.count()).select_from(Segment)).scalar_one()
            seg = Segment(name=name, filter=self.filter.to_json(), position=position)
            s.add(seg)
            s.flush()
            uow.audit("segment", seg.id, self.kind, None, {"name": name, "filter": seg.filter})
            uow.undo_with(DeleteSegment(seg.id))
        else:
            before = _row(uow, seg.id)
            seg.filter = self.filter.to_json()
            uow.audit(
                "segment", seg.id, self.kind, {"filter": before["filter"]}, {"filter": seg.filter}
            )
            uow.undo_with(PutSegment(before))
        _touch(uow)
        return seg.id


@dataclass(frozen=True)
class RenameSegment(Operation):
    kind = "segments.rename"
    segment_id: int
    name: str

    def label(self) -> str:
        return f"重命名分群为「{self.name}」"

    def apply(self, uow: UnitOfWork) -> None:
        name = _name(self.name)
        seg = uow.s.get(Segment, self.segment_id)
        if seg is None:
            raise NotFoundError("这个分群已经不存在了。")
        other = uow.s.execute(
            select(Segment.id).where(Segment.name == name, Segment.id != self.segment_id)
        ).first()
        if other is not None:
            raise ValidationError(f"已经有名为「{name}」的分群了，请换一个名字。")
        old = seg.name
        seg.name = name
        uow.audit("segment", seg.id, self.kind, {"name": old}, {"name": name})
        _touch(uow)
        uow.undo_with(RenameSegment(seg.id, old))


@dataclass(frozen=True)
class DeleteSegment(Operation):
    """Delete a segment (members are not touched)."""

    kind = "segments.delete"
    segment_id: int

    def label(self) -> str:
        return "删除分群"

    def apply(self, uow: UnitOfWork) -> None:
        row = _row(uow, self.segment_id)
        uow.s.execute(delete(Segment).where(Segment.id == self.segment_id))
        uow.audit("segment", self.segment_id, self.kind, {"name": row["name"]}, None)
        _touch(uow)
        uow.undo_with(PutSegment(row))


@dataclass(frozen=True)
class PutSegment(Operation):
    """Make a segment's row exactly `row` again (same id): the undo of a delete or overwrite."""

    kind = "segments.put"
    row: dict[str, Any]

    def label(self) -> str:
        return f"恢复分群「{self.row.get('name', '')}」"

    def apply(self, uow: UnitOfWork) -> None:
        seg_id = int(self.row["id"])
        seg = uow.s.get(Segment, seg_id)
        if seg is None:
            reinsert(uow.s, Segment, [self.row])
            uow.undo_with(DeleteSegment(seg_id))
        else:
            before = _row(uow, seg_id)
            for key, value in self.row.items():
                if key != "id":
                    setattr(seg, key, value)
            uow.undo_with(PutSegment(before))
        uow.audit("segment", seg_id, self.kind, None, {"name": self.row.get("name")})
        _touch(uow)
