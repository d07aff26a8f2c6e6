"""Frozen data of an import: what the file holds, the plan to preview, the result, the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain import Changes

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
DECISIONS = {"merge": "合并", "skip": "跳过", "new": "新建"}


@dataclass(frozen=True, slots=True)
class SheetPreview:
    """One sheet as found: its header row (0-based), headers, suggested mapping and first rows."""

    name: str
    header_row: int
    score: int
    row_count: int
    headers: tuple[str, ...]
    mapping: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    hints: tuple[str, ...] = ()  # per column: why its values do not fit the guessed field


@dataclass(frozen=True, slots=True)
class FileInspection:
    path: str
    kind: str
    sheets: tuple[SheetPreview, ...]
    chosen: str

    def sheet(self, name: str | None) -> SheetPreview:
        for s in self.sheets:
            if s.name == (name or self.chosen):
                return s
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """What the user chose in the wizard (or on the CLI). None means "as detected"."""

    sheet: str | None = None
    header_row: int | None = None
    mapping: tuple[str, ...] | None = None
    preset: str | None = None
    on_duplicate: str = "merge"
    group: str | None = None  # name of an existing group every member of the file joins


@dataclass(frozen=True, slots=True)
class Problem:
    """A cell or row that could not be imported as it is. `row` is the Excel row number."""

    sheet: str
    row: int
    column: str
    value: str
    reason: str
    severity: str = "error"  # error: the row is left out; warning: imported, value kept or flagged

    def sentence(self) -> str:
        where = f"工作表「{self.sheet}」第 {self.row} 行" + (
            f"「{self.column}」列" if self.column else ""
        )
        value = f"「{self.value}」" if self.value else ""
        tail = "（该行未导入）" if self.severity == "error" else ""
        return f"{where}{value}：{self.reason}{tail}"


@dataclass(frozen=True, slots=True)
class PlannedMember:
    """One member to write: values, tag labels (`组:标签`), custom fields, and the match found."""

    rows: tuple[int, ...]
    values: dict[str, Any]
    tags: tuple[str, ...]
    custom: dict[str, str]
    match_id: int | None = None
    match_key: str = ""
    match_name: str = ""
    groups: tuple[str, ...] = ()  # names of groups (所在群) to add the member to


@dataclass(frozen=True, slots=True)
class ImportPlan:
    path: str
    file_name: str
    sheet: str
    header_row: int
    mapping: tuple[str, ...]
    members: tuple[PlannedMember, ...]
    problems: tuple[Problem, ...]
    rows_read: int
    rows_skipped: int  # blank, totals and repeated header rows
    file_duplicates: int  # rows folded into an earlier row of the same person
    on_duplicate: str = "merge"
    group_id: int | None = None  # the chosen group every written member joins (see apply)
    group_name: str = ""

    @property
    def matched(self) -> tuple[PlannedMember, ...]:
        return tuple(m for m in self.members if m.match_id is not None)

    def counts(self, decisions: dict[int, str] | None = None) -> dict[str, int]:
        """new / merge / skip counts for the given per-member decisions (index → decision)."""
        out = {"new": 0, "merge": 0, "skip": 0}
        for index, member in enumerate(self.members):
            if member.match_id is None:
                out["new"] += 1
            else:
                out[(decisions or {}).get(index, self.on_duplicate)] += 1
        out["problems"] = sum(1 for p in self.problems if p.severity == "error")
        out["warnings"] = sum(1 for p in self.problems if p.severity != "error")
        return out


@dataclass(frozen=True, slots=True)
class Conflict:
    member_id: int
    field: str
    existing: str
    imported: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: int
    created: int
    merged: int
    skipped: int
    problems: int
    conflicts: tuple[Conflict, ...] = ()
    seconds: float = 0.0
    changes: Changes = field(default_factory=Changes)
    group_joined: int = 0  # members the import added to the chosen group
    group_warning: str | None = None  # the chosen group is 90 % full or more
    created_ids: tuple[int, ...] = field(default=(), repr=False)  # members the batch created


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """A member the import created whose nickname nearly equals an existing member's."""

    imported_id: int
    imported_nickname: str
    existing_id: int
    existing_nickname: str
    score: float  # 100: same nickname once normalised; lower: fuzzy

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported_id": self.imported_id,
            "imported_nickname": self.imported_nickname,
            "existing_id": self.existing_id,
            "existing_nickname": self.existing_nickname,
            "score": round(self.score, 1),
        }


@dataclass(frozen=True, slots=True)
class BatchInfo:
    id: int
    at: dt.datetime
    file_name: str
    sheet: str
    created: int
    merged: int
    skipped: int
    problems: int
    undone_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class UndoSummary:
    """What undoing one import did, and what it left alone (said in `sentence()`)."""

    batch_id: int
    file_name: str
    deleted: int  # members the batch created, now deleted
    restored: int  # existing members whose merged values were put back
    kept_edited: tuple[int, ...] = ()  # created members edited since: kept, not deleted
    gone: int = 0  # created or merged members already permanently deleted: nothing to undo

    def sentence(self) -> str:
        text = (
            f"已撤销第 {self.batch_id} 次导入（{self.file_name}）：删除了它新建的 "
            f"{self.deleted} 位成员，还原了 {self.restored} 位已有成员"
        )
        if self.kept_edited:
            shown = "、".join(f"#{i}" for i in self.kept_edited[:10])
            more = " 等" if len(self.kept_edited) > 10 else ""
            text += (
                f"；{len(self.kept_edited)} 位新建成员（{shown}{more}）在导入后修改过，"
                "已保留，没有删除（不需要时可移到回收站）"
            )
        if self.gone:
            text += f"；{self.gone} 位相关成员已被永久删除，无需撤销"
        return text + "。"
