"""Export members (a filter, a segment or a selection) to a formatted .xlsx or a .csv."""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session, sessionmaker

from app.backups import io_failure
from app.errors import CancelledError, ShequnError, ValidationError
from app.exporting.parts import track_part, untrack_part
from app.exporting.xlsx_writer import DATE, INT, TEXT, display_width, write_xlsx
from app.members.domain import STATUSES, TIERS, MemberFilter
from app.members.query import MemberQuery
from app.ops import OpRunner, RecordEvent
from app.phones import mask_phone
from db.models import Group, GroupMembership, Member, MemberTag, Tag, TagGroup

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
M = cast(Table, Member.__table__)
# key, header (an import alias, so an export imports back), kind
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "成员ID", INT),
    ("nickname", "昵称", TEXT),
    ("name", "姓名", TEXT),
    ("wechat", "微信号", TEXT),
    ("phone", "手机", TEXT),
    ("qq", "QQ", TEXT),
    ("gender", "性别", TEXT),
    ("city", "城市", TEXT),
    ("skin_type", "肤质", TEXT),
    ("wecom_id", "企微外部联系人ID", TEXT),
    ("role", "角色/头衔", TEXT),
    ("tags", "标签", TEXT),
    ("groups", "所在群", TEXT),
    ("joined", "入群日期", DATE),
    ("birthday", "生日", DATE),
    ("birthday_lunar", "农历生日", TEXT),
    ("points", "积分", INT),
    ("level", "等级", INT),
    ("status", "状态", TEXT),
    ("tier", "会员类型", TEXT),
    ("personality", "性格", TEXT),
    ("last_active", "最近活跃", DATE),
    ("last_contacted", "最近联系", DATE),
    ("note", "备注", TEXT),
    ("custom", "自定义字段", TEXT),  # one column per custom field: 自定义:来源 …
)
CUSTOM_PREFIX = "自定义:"
DEFAULT_COLUMNS = tuple(k for k, _, _ in COLUMNS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
READ_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    rows: int
    seconds: float


def csv_safe(value: str) -> str:
    """Text that Excel would run as a formula gets a leading quote in CSV (the importer drops it)."""
    return "'" + value if value.startswith(_FORMULA_START) or value.startswith("'") else value


class ExportService:
    """Writes members to .xlsx (typed, formatted) or .csv (UTF-8 with BOM, opens in Excel)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        query: MemberQuery,
        ops: OpRunner | None = None,
    ) -> None:
        self._sf = session_factory
        self._query = query
        self._ops = ops

    @staticmethod
    def columns() -> list[tuple[str, str]]:
        return [(k, h) for k, h, _ in COLUMNS]

    def export(
        self,
        path: str | Path,
        member_filter: MemberFilter | None = None,
        ids: Sequence[int] | None = None,
        columns: Sequence[str] | None = None,
        mask_phones: bool = False,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        source: str = "window",
    ) -> ExportResult:
        """Export the members `ids` (in that order) or those `member_filter` selects.

        The file is written under a hidden `.NAME.part` name and renamed when complete; the
        part file is listed in the data folder until then, so one left by a killed export is
        removed at the next start (`clean_stale_parts`). The export is recorded in the audit
        trail (file, count, masked or not)."""
        started = time.perf_counter()
        path = Path(path)
        keys = list(columns or DEFAULT_COLUMNS)
        known = {k: (h, kind) for k, h, kind in COLUMNS}
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise ValidationError(
                f"未知的导出列：{'、'.join(unknown)}（可用：{'、'.join(known)}）。"
            )
        if ids is None:
            ids = self._query.ids(member_filter or MemberFilter())
        ids = list(ids)
        total = len(ids)
        if "custom" in keys:
            at = keys.index("custom")
            names = self._custom_keys(ids)
            keys[at : at + 1] = [f"custom:{n}" for n in names]
            for n in names:
                known[f"custom:{n}"] = (f"{CUSTOM_PREFIX}{n}", TEXT)

        def tick(done: int) -> None:
            if cancel is not None and cancel():
                raise CancelledError("已取消导出，没有生成文件。")
            if progress is not None:
                progress(done, total, "正在导出")

        rows = self._rows(ids, keys, mask_phones)
        tmp = path.with_name(f".{path.name}.part")
        track_part(tmp)
        try:
            if path.suffix.lower() == ".csv":
                count = self._write_csv(tmp, [known[k][0] for k in keys], rows, tick)
            else:
                rows_list = rows  # widths come from a sample; rows stay a stream
                sample = self._rows(ids[:300], keys, mask_phones)
                widths = _widths([known[k][0] for k in keys], sample)
                with tmp.open("wb") as fh:
                    count = write_xlsx(
                        fh,
                        "成员",
                        [known[k][0] for k in keys],
                        [known[k][1] for k in keys],
                        rows_list,
                        total,
                        widths,
                        tick,
                    )
            os.replace(tmp, path)
        except OSError as exc:  # disk full, no permission: one sentence, no part left
            tmp.unlink(missing_ok=True)
            raise ShequnError(io_failure(exc, f"导出「{path.name}」")) from exc
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            untrack_part(tmp)
        if progress is not None:
            progress(total, total, "完成")
        if self._ops is not None:
            what = "手机号已打码" if mask_phones else "手机号未打码"
            self._ops.run(
                RecordEvent(
                    "export",
                    f"导出 {count} 位成员到 {path.name}（{what}）",
                    {"file": str(path), "members": count, "masked": mask_phones},
                ),
                source,
            )
        return ExportResult(str(path), count, time.perf_counter() - started)

    @staticmethod
    def _write_csv(
        path: Path, headers: list[str], rows: Iterator[list[Any]], tick: Callable[[int], None]
    ) -> int:
        count = 0
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(headers)
            for count, row in enumerate(rows, start=1):
                writer.writerow(
                    [
                        ""
                        if v is None
                        else csv_safe(v)
                        if isinstance(v, str)
                        else v.isoformat()
                        if hasattr(v, "isoformat")
                        else v
                        for v in row
                    ]
                )
                if count % 2000 == 0:
                    tick(count)
        return count

    def _custom_keys(self, ids: Sequence[int]) -> list[str]:
        """Names of the custom fields these members have, in first-seen order."""
        names: dict[str, None] = {}
        with self._sf() as s:
            for start in range(0, len(ids), READ_CHUNK):
                part = ids[start : start + READ_CHUNK]
                for (custom,) in s.execute(
                    select(M.c.custom).where(M.c.id.in_(part), M.c.custom.is_not(None))
                ):
                    names.update(dict.fromkeys(custom or {}))
        return list(names)

    def _rows(self, ids: Sequence[int], keys: Sequence[str], mask: bool) -> Iterator[list[Any]]:
        plain = [k for k in keys if k not in ("tags", "groups") and not k.startswith("custom:")]
        if any(k.startswith("custom:") for k in keys):
            plain.append("custom")
        need_tags, need_groups = "tags" in keys, "groups" in keys
        for start in range(0, len(ids), READ_CHUNK):
            part = ids[start : start + READ_CHUNK]
            with self._sf() as s:
                by_id = {
                    r[0]: r
                    for r in s.execute(
                        select(M.c.id, *(M.c[k] for k in plain if k != "id")).where(
                            M.c.id.in_(part)
                        )
                    )
                }
                tags = _tags(s, part) if need_tags else {}
                groups = _groups(s, part) if need_groups else {}
            for member_id in part:
                row = by_id.get(member_id)
                if row is None:
                    continue
                values = dict(zip(["id", *(k for k in plain if k != "id")], row, strict=True))
                out: list[Any] = []
                for key in keys:
                    if key == "tags":
                        out.append("、".join(tags.get(member_id, ())))
                    elif key == "groups":
                        out.append("、".join(groups.get(member_id, ())))
                    elif key == "phone" and mask:
                        out.append(mask_phone(values["phone"]))
                    elif key == "status":
                        out.append(STATUSES.get(values["status"], values["status"]))
                    elif key.startswith("custom:"):
                        value = (values["custom"] or {}).get(key[7:])
                        out.append(None if value is None else str(value))
                    elif key == "birthday_lunar":
                        out.append("是" if values["birthday_lunar"] else "")
                    elif key == "tier":
                        out.append(TIERS.get(values["tier"], values["tier"]))
                    else:
                        out.append(values[key])
                yield out


def _tags(s: Session, part: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    stmt = (
        select(MemberTag.member_id, Tag.name, TagGroup.name)
        .join(Tag, Tag.id == MemberTag.tag_id)
        .outerjoin(TagGroup, TagGroup.id == Tag.group_id)
        .where(MemberTag.member_id.in_(part))
        .order_by(MemberTag.member_id, Tag.name)
    )
    for member_id, name, group in s.execute(stmt):
        out.setdefault(member_id, []).append(f"{group}:{name}" if group else name)
    return out


def _groups(s: Session, part: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    stmt = (
        select(GroupMembership.member_id, Group.name)
        .join(Group, Group.id == GroupMembership.group_id)
        .where(GroupMembership.member_id.in_(part), GroupMembership.left.is_(None))
        .order_by(GroupMembership.member_id, Group.name)
    )
    for member_id, name in s.execute(stmt):
        out.setdefault(member_id, []).append(name)
    return out


def _widths(headers: Sequence[str], sample: Iterator[list[Any]]) -> list[float]:
    widest = [display_width(h) + 4 for h in headers]
    for row in sample:
        for i, value in enumerate(row):
            if value not in (None, ""):
                widest[i] = max(widest[i], display_width(str(value)) + 2)
    return [float(min(max(w, 8), 50)) for w in widest]
