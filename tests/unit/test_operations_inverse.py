"""Every operation, then its inverse, leaves the database exactly as it was; redo again as after.

The tables are compared row for row (audit tables aside: undoing is itself recorded; so is the
import history, `import_batches`, where an undone import stays listed, marked undone). Columns
named `updated_at` are left out: they record when a row was last written, and an undo writes.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect, text

from app.ops import REGISTRY, ensure_registered
from tests.unit.op_cases import load_all

SKIP_TABLES = {"operations", "audit", "import_batches", "alembic_version", "sqlite_sequence"}
SKIP_COLUMNS = {"updated_at"}
# The FTS5 search index stores its b-tree as blobs whose bytes depend on the order of writes; it
# is compared through its content (`member_search`) and checked against it on every dump.
SKIP_PREFIXES = ("member_fts",)
CASES = load_all()
COVERED: set[str] = set()


def dump(ctx: Any) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with ctx.engine.connect() as conn:
        insp = inspect(conn)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(
                "INSERT INTO member_fts (member_fts, rank) VALUES ('integrity-check', 1)"
            )
        for table in sorted(set(insp.get_table_names()) - SKIP_TABLES):
            if table.startswith(SKIP_PREFIXES):
                continue
            cols = [c["name"] for c in insp.get_columns(table) if c["name"] not in SKIP_COLUMNS]
            listed = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(text(f'SELECT {listed} FROM "{table}"')).all()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out


def diff(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    lines = []
    for table in sorted(set(a) | set(b)):
        ra, rb = set(a.get(table, [])), set(b.get(table, []))
        if ra != rb:
            lines.append(
                f"{table}: -{sorted(ra - rb, key=repr)[:3]} +{sorted(rb - ra, key=repr)[:3]}"
            )
    return lines


@pytest.mark.parametrize("kind", sorted(CASES))
def test_operation_then_inverse_restores_the_database(kind: str, op_ctx: Any) -> None:
    op = CASES[kind](op_ctx)
    assert op.kind == kind
    before = dump(op_ctx)
    done = op_ctx.run(op, "test")
    after = dump(op_ctx)
    assert diff(before, after), f"{kind} changed nothing: the case does not test its inverse"
    if not type(op).undoable:  # permanent deletion: nothing to compare against
        assert done.inverse is None, f"{kind} is not undoable but returned an inverse"
        COVERED.add(kind)
        return
    assert done.inverse is not None, f"{kind} returned no inverse"
    undone = op_ctx.ops.undo(done.op_id, "test")  # through the stored (JSON) inverse
    assert diff(before, dump(op_ctx)) == [], f"undo of {kind} left differences"
    COVERED.update({kind, done.inverse.kind})
    if undone.inverse is None:
        assert not type(op).redoable, f"the inverse of {kind} cannot be redone"
        return
    redone = op_ctx.ops.undo(undone.op_id, "test")
    assert diff(after, dump(op_ctx)) == [], f"redo of {kind} differs from its first run"
    COVERED.add(undone.inverse.kind)
    if redone.inverse is not None:
        COVERED.add(redone.inverse.kind)


def test_every_operation_has_a_case() -> None:
    """Runs after the parametrized cases (same module, defined later)."""
    ensure_registered()
    if len(COVERED) == 0:
        pytest.skip("run with the cases above (they fill COVERED)")
    # Operations without an inverse (permanent deletion, events) have tests of their own.
    undoable = {kind for kind, cls in REGISTRY.items() if cls.undoable}
    missing = sorted(undoable - COVERED)
    assert not missing, f"operations without a case in tests/unit/op_cases: {missing}"
