"""Import batches on the write path: applying a plan and undoing a batch are operations.

`ApplyImport` writes a plan as one batch in the operation's one transaction. Its record keeps a
summary (file, sheet, options, counts), not the plan: a plan can hold 100,000 rows, and an
import is never rebuilt from its record (re-applying needs the file). For the same reason its
inverse, `UndoImport`, is final: an undone import is not redone (`redoable = False`); the import
history shows it undone.

Progress and cancel callbacks are not values: they are fields left out of equality and repr, and
`ApplyImport.to_json` stores the summary only, so they are never serialised; the operation stays
a plain value while the window's progress bar and Cancel button keep working.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from app.importing.apply import MergeLog, apply_plan
from app.importing.interrupted import mark_started
from app.importing.model import CancelFn, ImportPlan, ImportResult, ProgressFn, UndoSummary
from app.importing.undo import undo_batch
from app.ops import Operation, UnitOfWork
from app.paste.keys import defer_keys
from db.engine import checkpoint_after_commit


def _transient() -> Any:
    """A run-time helper (a callback): outside equality and repr, never serialised."""
    return field(default=None, compare=False, repr=False)


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic GC: a 100k-row plan allocates millions of containers and no cycles,
    and every full collection would walk all of them again.

    On the way out what was allocated meanwhile is frozen (kept out of later collections):
    left in the youngest generation, the first collection after re-enabling would walk all of
    it at once, holding the GIL for seconds and stalling the window's thread. Reference
    counting still frees it; the next pause unfreezes what is left first, so cycles among it are
    collected by the oldest generation's (rare) collections."""
    enabled = gc.isenabled()
    gc.unfreeze()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def import_source(batch_id: int) -> str:
    """The source an import's rows carry: "import:<batch id>" (shown as 导入批次 N)."""
    return f"import:{batch_id}"


@dataclass(frozen=True)
class ApplyImport(Operation):
    """Write `plan` as one import batch; `decisions` (member index → merge/skip/new) override
    the plan's default for duplicates."""

    kind = "import.apply"
    redoable = False  # its undo is final: the plan is not kept to re-apply
    plan: ImportPlan
    decisions: tuple[tuple[int, str], ...] = ()
    progress: ProgressFn | None = _transient()
    cancel: CancelFn | None = _transient()

    def label(self) -> str:
        return f"导入「{self.plan.file_name}」"

    def summary(self) -> dict[str, Any]:
        """File, sheet, options and counts: what the operation record keeps of the plan."""
        plan = self.plan
        return {
            "file": plan.file_name,
            "sheet": plan.sheet,
            "header_row": plan.header_row + 1,
            "on_duplicate": plan.on_duplicate,
            "mapping": list(plan.mapping),
            "rows": plan.rows_read,
            "decisions": len(self.decisions),
            "group": plan.group_name or None,
            **plan.counts(dict(self.decisions)),
        }

    def record_args(self) -> Any:
        return self.summary()

    def to_json(self) -> dict[str, Any]:
        # Never rebuilt from its record (not redoable): what is stored is the summary; the
        # plan and the callbacks stay out.
        return {"kind": self.kind, "args": self.summary()}

    def apply(self, uow: UnitOfWork) -> ImportResult:
        # Removed when this transaction ends; left behind, it says the import was cut short.
        mark_started(uow.s, self.plan.file_name)
        defer_keys(uow.s)  # the paste step's keys of 100,000 names: filled after, not now
        checkpoint_after_commit(uow.s.connection())  # the log of 100,000 rows: copied after
        merged: list[MergeLog] = []
        with no_gc():
            result = apply_plan(
                uow.s, self.plan, dict(self.decisions), self.progress, self.cancel, merged
            )
        batch = result.batch_id
        uow.source = f"{uow.source}:{import_source(batch)}"
        tail = {"batch": batch, "file": self.plan.file_name}
        uow.audit(
            "import_batch",
            batch,
            self.kind,
            None,
            {
                **tail,
                "sheet": self.plan.sheet,
                "created": result.created,
                "merged": result.merged,
                "skipped": result.skipped,
                "problems": result.problems,
            },
        )
        uow.audit_each("member", result.created_ids, "import.create", None, tail)
        for member_id, before, after in merged:
            uow.audit("member", member_id, "import.merge", before, {**after, **tail})
        uow.touch(result.changes.members, membership=True, vocab=True, areas={"imports"})
        uow.undo_with(UndoImport(batch))
        return result


@dataclass(frozen=True)
class UndoImport(Operation):
    """Undo import batch `batch_id` as a whole (final: an undone import is not redone)."""

    kind = "import.undo"
    undoable = False
    redoable = False
    batch_id: int

    def label(self) -> str:
        return f"撤销第 {self.batch_id} 次导入"

    def apply(self, uow: UnitOfWork) -> UndoSummary:
        checkpoint_after_commit(uow.s.connection())
        summary, changes, restored = undo_batch(uow.s, self.batch_id)
        tail = {"batch": self.batch_id, "file": summary.file_name}
        uow.audit("import_batch", self.batch_id, self.kind, None, {**tail, **_counts(summary)})
        restored_ids = {r["member_id"] for r in restored}
        deleted = sorted(changes.members - restored_ids - set(summary.kept_edited))
        uow.audit_each("member", deleted, "import.undo", tail, None)
        for r in restored:
            uow.audit("member", r["member_id"], "import.undo", tail, r["before"])
        uow.touch(changes.members, membership=True, vocab=True, areas={"imports"})
        uow.undo_with(None)
        return summary


def _counts(summary: UndoSummary) -> dict[str, Any]:
    return {
        "deleted": summary.deleted,
        "restored": summary.restored,
        "kept_edited": list(summary.kept_edited),
        "gone": summary.gone,
    }


def with_group(plan: ImportPlan, group_id: int | None, name: str = "") -> ImportPlan:
    """The plan with another chosen group (None: none) every written member joins."""
    return replace(plan, group_id=group_id, group_name=name if group_id is not None else "")


def with_duplicates(plan: ImportPlan, on_duplicate: str | None) -> ImportPlan:
    """The plan with another default for duplicates (the wizard's and the CLI's choice)."""
    return plan if on_duplicate is None else replace(plan, on_duplicate=on_duplicate)
