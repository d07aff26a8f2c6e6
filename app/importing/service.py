"""The import service: inspect a file, plan (preview), apply as one batch, history, undo, presets."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import FileRefusedError, ValidationError
from app.importing.columns import (
    BUILTIN_PRESETS,
    Preset,
    auto_mapping,
    find_header,
    norm_header,
)
from app.importing.groups import group_by_name
from app.importing.import_ops import ApplyImport, UndoImport, no_gc, with_duplicates
from app.importing.interrupted import Interrupted, dismiss, interrupted_imports
from app.importing.match import match_members
from app.importing.model import (
    BatchInfo,
    CancelFn,
    FileInspection,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NearDuplicate,
    ProgressFn,
    SheetPreview,
    UndoSummary,
)
from app.importing.near import near_duplicates
from app.importing.plan import RowPlanner, plan_rows
from app.importing.reader import SheetData, read_sheets
from app.importing.sniff import MAX_CELLS, Sniffed, sniff
from app.importing.suggest import SAMPLE_ROWS, suggest
from app.importing.values import to_text
from app.members.vocab import VocabService
from app.ops import OpRunner
from db.models import Member, Setting
from db.models_audit import OperationRecord
from db.models_import import ImportBatch

PRESETS_KEY = "import.presets"
MAX_SECONDS = 60.0


def _warm_pinyin() -> None:
    from app.text import char_readings

    char_readings("中")


def _file_key(path: Path) -> tuple[str, float, int] | None:
    """What identifies the file's bytes read before (path, mtime, size); None if not there."""
    try:
        stat = path.stat()
        return (str(path.resolve()), stat.st_mtime, stat.st_size)
    except OSError:
        return None


class ImportService:
    """Excel/CSV import. Reading and planning write nothing; `apply` is one transaction."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        vocab: VocabService,
        ops: OpRunner | None = None,
    ) -> None:
        self._sf = session_factory
        self._vocab = vocab
        # Writes go through the one write path (operations); `ops` is the context's runner.
        self._ops = ops or OpRunner(session_factory)
        self._cache: tuple[tuple[str, float, int], Sniffed, list[SheetData]] | None = None

    # reading ---------------------------------------------------------------------------------
    def _load(self, path: Path) -> tuple[Sniffed, list[SheetData]]:
        started = time.perf_counter()
        key = _file_key(path)
        if key is not None and self._cache is not None and self._cache[0] == key:
            return self._cache[1], self._cache[2]  # sniffed and guarded when it was read
        sniffed = sniff(path)  # a missing or unreadable file is refused here, in one sentence
        key = key or _file_key(path)
        # The reader releases the GIL: load the pinyin tables meanwhile (search keys need them).
        warm = threading.Thread(target=_warm_pinyin, name="shequn-pinyin", daemon=True)
        warm.start()
        with no_gc():
            sheets = read_sheets(path, sniffed)
        cells = sum(len(r) for sh in sheets for r in sh.rows)
        if cells > MAX_CELLS:
            raise FileRefusedError(
                f"「{path.name}」有 {cells} 个单元格，超过导入上限：请拆分后再导入。"
            )
        if time.perf_counter() - started > MAX_SECONDS:
            raise FileRefusedError(
                f"「{path.name}」读取超过一分钟，文件过大或结构异常：请拆分后再导入。"
            )
        if not any(any(v not in ("", None) for v in r) for sh in sheets for r in sh.rows[:200]):
            raise FileRefusedError(f"「{path.name}」里没有任何数据：请确认选对了文件。")
        if key is not None:
            self._cache = (key, sniffed, sheets)
        return sniffed, sheets

    def inspect(self, path: str | Path, preset: str | None = None) -> FileInspection:
        """Sheets with their detected header row and suggested mapping; the best sheet chosen."""
        path = Path(path)
        sniffed, sheets = self._load(path)
        preset_map = self.preset(preset).mapping if preset else None
        previews = [self._preview(sh, preset_map) for sh in sheets]
        best = max(previews, key=lambda p: (p.score, p.row_count))
        if best.score == 0:
            raise FileRefusedError(
                f"「{path.name}」中找不到可识别的列（如 昵称、微信号、手机号）：请确认表头行，"
                f"或先在 Excel 中给各列加上表头。"
            )
        return FileInspection(str(path), sniffed.kind, tuple(previews), best.name)

    def preview(
        self, path: str | Path, sheet: str, header_row: int | None = None, preset: str | None = None
    ) -> SheetPreview:
        """One sheet with the header on `header_row` (0-based; None: detect) and its mapping."""
        _, sheets = self._load(Path(path))
        found = next((sh for sh in sheets if sh.name == sheet), None)
        if found is None:
            raise ValidationError(f"没有名为「{sheet}」的工作表。")
        preset_map = self.preset(preset).mapping if preset else None
        return self._preview(found, preset_map, header_row)

    def _preview(
        self, sheet: SheetData, preset_map: Mapping[str, str] | None, header_row: int | None = None
    ) -> SheetPreview:
        if header_row is None:
            header_row, score = find_header(sheet.rows)
        else:
            score = 1
        headers, data_start = self._headers(sheet, header_row)
        if preset_map:
            score = max(score, sum(1 for h in headers if norm_header(h) in preset_map))
        guessed = auto_mapping(headers, preset_map)
        below = sheet.rows[data_start + 1 : data_start + 1 + SAMPLE_ROWS]
        mapping, hints = suggest(guessed, below)
        sample = tuple(tuple(to_text(v) for v in r) for r in sheet.rows[:40])
        return SheetPreview(
            sheet.name,
            data_start,
            score,
            len(sheet.rows),
            tuple(headers),
            tuple(mapping),
            sample,
            tuple(hints),
        )

    @staticmethod
    def _headers(sheet: SheetData, header_row: int) -> tuple[list[str], int]:
        """Header texts of a row, completed from merged cells; and the last header row index."""
        rows = sheet.rows
        if not rows or header_row >= len(rows):
            return [], header_row
        headers = [to_text(v) for v in rows[header_row]]
        last = header_row
        for (r0, c0), (r1, c1) in sheet.merged:
            if r0 <= header_row <= r1 and r0 < len(rows):
                for c in range(c0, min(c1, len(headers) - 1) + 1):
                    if not headers[c] and c0 < len(rows[r0]):
                        headers[c] = to_text(rows[r0][c0])
                last = max(last, r1) if r1 > header_row and c0 == c1 else last
        return headers, last

    # planning --------------------------------------------------------------------------------
    def plan(
        self,
        path: str | Path,
        options: ImportOptions | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
    ) -> ImportPlan:
        """Read, normalise, fold duplicates and match existing members. Writes nothing."""
        path = Path(path)
        options = options or ImportOptions()
        if options.on_duplicate not in ("merge", "skip", "new"):
            raise ValidationError(
                f"重复处理方式只能是 merge、skip 或 new，不是「{options.on_duplicate}」。"
            )
        if progress:
            progress(0, 0, "正在读取文件")
        # The stored members' keys do not depend on the file: read them meanwhile (the reader
        # lets other threads run while it parses a sheet).
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shequn-keys")
        try:
            return self._plan(path, options, progress, cancel, pool.submit(self._stored_keys))
        finally:
            pool.shutdown(wait=False)  # a refused file does not wait for the read

    def _stored_keys(self) -> list[tuple[Any, ...]]:
        """Id, identities and nickname of every live member (what the file is matched against)."""
        with self._sf() as s:
            rows = s.execute(
                select(
                    Member.id,
                    Member.wechat,
                    Member.phone,
                    Member.qq,
                    Member.wecom_id,
                    Member.nickname,
                ).where(Member.deleted_at.is_(None))
            ).all()
        return [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def _plan(
        self,
        path: Path,
        options: ImportOptions,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
        stored: Future[list[tuple[Any, ...]]],
    ) -> ImportPlan:
        sniffed, sheets = self._load(path)
        preset_map = self.preset(options.preset).mapping if options.preset else None
        if options.sheet is not None:
            found = [sh for sh in sheets if sh.name == options.sheet]
            if not found:
                names = "、".join(sh.name for sh in sheets)
                raise FileRefusedError(
                    f"「{path.name}」中没有名为「{options.sheet}」的工作表（有：{names}）。"
                )
            sheet = found[0]
            preview = self._preview(sheet, preset_map, options.header_row)
        else:
            chosen = self.inspect(path, options.preset).chosen
            sheet = next(sh for sh in sheets if sh.name == chosen)
            preview = self._preview(sheet, preset_map, options.header_row)
        mapping = list(options.mapping) if options.mapping is not None else list(preview.mapping)
        mapping += [""] * (len(preview.headers) - len(mapping))
        if not any(mapping):
            raise FileRefusedError(
                f"工作表「{sheet.name}」中没有可识别的列（如 昵称、微信号、手机号）：请在映射步骤中指定各列。"
            )
        planner = RowPlanner(
            sheet.name, preview.headers, mapping, self._vocab.skin_types(), sniffed.date1904
        )
        with no_gc():
            plan_rows(planner, sheet.rows, preview.header_row, progress, cancel)
            members = planner.planned()
        if not members and not planner.problems:
            raise FileRefusedError(
                f"「{path.name}」的工作表「{sheet.name}」只有表头，没有数据行："
                "请确认选对了文件和工作表。"
            )
        existing = stored.result()
        with no_gc():
            members, conflicts = match_members(members, existing, sheet.name)
        planner.problems.extend(conflicts)
        return ImportPlan(
            str(path),
            path.name,
            sheet.name,
            preview.header_row,
            tuple(mapping),
            tuple(members),
            tuple(planner.problems),
            rows_read=max(0, len(sheet.rows) - preview.header_row - 1),
            rows_skipped=planner.skipped,
            file_duplicates=planner.folded,
            on_duplicate=options.on_duplicate,
            **self._group_of(options.group),
        )

    def _group_of(self, name: str | None) -> dict[str, Any]:
        """The chosen group's id and name (the plan's fields); refused when there is none."""
        if name is None or not name.strip():
            return {}
        with self._sf() as s:
            found = group_by_name(s, name.strip())
        return {"group_id": found[0], "group_name": found[1]}

    # writing ---------------------------------------------------------------------------------
    def apply(
        self,
        plan: ImportPlan,
        decisions: dict[int, str] | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        on_duplicate: str | None = None,
        source: str = "window",
    ) -> ImportResult:
        """Write the plan as one batch in one transaction (cancel rolls everything back)."""
        op = self.apply_op(plan, decisions, progress, cancel, on_duplicate)
        result: ImportResult = self._ops.run(op, source).value
        return result

    def apply_op(
        self,
        plan: ImportPlan,
        decisions: dict[int, str] | None = None,
        progress: ProgressFn | None = None,
        cancel: CancelFn | None = None,
        on_duplicate: str | None = None,
    ) -> ApplyImport:
        """The operation that writes `plan` (for `ctx.run` / the window's `env.ops.run`).

        The file's rows read for planning are dropped: from here on they are not needed."""
        if not plan.members:
            # Nothing to write is no batch: an empty entry in 导入记录 would only confuse.
            raise ValidationError(
                f"「{plan.file_name}」没有可导入的行（{len(plan.problems)} 行有问题）："
                "请按问题列表修改表格后再导入。"
            )
        self.release()
        items = tuple(sorted((decisions or {}).items()))
        return ApplyImport(with_duplicates(plan, on_duplicate), items, progress, cancel)

    def group_preview(self, plan: ImportPlan) -> tuple[int, str | None]:
        """What applying `plan` would do to its chosen group (read only): how many would join
        and the 90 % warning; raises the same refusal the import would for an overfilled group."""
        from app.importing.apply import group_room, split_plan

        new, merge, _ = split_plan(plan)
        with self._sf() as s:
            return group_room(s, plan, new, merge)

    def interrupted(self) -> list[Interrupted]:
        """Imports into this database that were cut short (killed) and wrote nothing."""
        with self._sf() as s:
            return interrupted_imports(s)

    def dismiss_interrupted(self, items: list[Interrupted]) -> None:
        """Forget interrupted imports once they were said."""
        dismiss(items)

    def release(self) -> None:
        """Drop the file's rows read for planning: once applying, they are not needed."""
        self._cache = None

    def near_duplicates(self, batch_id: int) -> list[NearDuplicate]:
        """Members batch `batch_id` created whose nicknames nearly equal an existing member's:
        offered for merge (read only)."""
        with self._sf() as s:
            return near_duplicates(s, batch_id)

    def history(self) -> list[BatchInfo]:
        with self._sf() as s:
            rows = s.execute(select(ImportBatch).order_by(ImportBatch.id.desc())).scalars()
            return [
                BatchInfo(
                    b.id,
                    b.at,
                    b.file_name,
                    b.sheet,
                    b.created,
                    b.merged,
                    b.skipped,
                    b.problems,
                    b.undone_at,
                )
                for b in rows
            ]

    def undo(self, batch_id: int, source: str = "window") -> UndoSummary:
        """Undo import batch `batch_id` as a whole."""
        op, reverts = self.undo_op(batch_id)
        summary: UndoSummary = self._ops.run(op, source, reverts=reverts).value
        return summary

    def undo_op(self, batch_id: int) -> tuple[UndoImport, int | None]:
        """The operation that undoes batch `batch_id`, and the operation record it reverts
        (so 操作记录 and `shequn undo` see the import undone; None for a batch imported
        before operations were recorded)."""
        return UndoImport(batch_id), self.operation_of(batch_id)

    def operation_of(self, batch_id: int) -> int | None:
        """The recorded, not yet undone operation that applied batch `batch_id`, if any."""
        with self._sf() as s:
            rows = s.execute(
                select(OperationRecord.id, OperationRecord.inverse).where(
                    OperationRecord.kind == ApplyImport.kind,
                    OperationRecord.reverted_by.is_(None),
                )
            ).all()
        for op_id, inverse in rows:
            if (inverse or {}).get("args", {}).get("batch_id") == batch_id:
                return int(op_id)
        return None

    # presets ---------------------------------------------------------------------------------
    def presets(self) -> list[Preset]:
        with self._sf() as s:
            stored = s.get(Setting, PRESETS_KEY)
            saved = dict(stored.value or {}) if stored is not None else {}
        return list(BUILTIN_PRESETS) + [Preset(n, dict(m)) for n, m in sorted(saved.items())]

    def preset(self, name: str) -> Preset:
        for p in self.presets():
            if p.name == name:
                return p
        names = "、".join(p.name for p in self.presets())
        raise ValidationError(f"没有名为「{name}」的映射方案（可用：{names}）。")

    def save_preset(self, name: str, headers: Sequence[Any], mapping: Sequence[str]) -> Preset:
        name = name.strip()
        if not name:
            raise ValidationError("映射方案的名称不能为空。")
        if any(p.builtin and p.name == name for p in BUILTIN_PRESETS):
            raise ValidationError(f"「{name}」是内置方案，请换一个名称。")
        data = {norm_header(h): t for h, t in zip(headers, mapping, strict=False) if norm_header(h)}
        with self._sf.begin() as s:
            stored = s.get(Setting, PRESETS_KEY)
            if stored is None:
                stored = Setting(key=PRESETS_KEY, value={})
                s.add(stored)
            stored.value = {**dict(stored.value or {}), name: data}
        return Preset(name, data)

    def delete_preset(self, name: str) -> None:
        with self._sf.begin() as s:
            stored = s.get(Setting, PRESETS_KEY)
            if stored is not None and name in (stored.value or {}):
                stored.value = {k: v for k, v in stored.value.items() if k != name}
