"""Fast bulk inserts for an import: values converted once, written by `db.bulk.BulkInserter`.

Rows arrive as lists; each column type's own bind processor converts values (memoised, since
dates repeat), which is what Core does without its per-row bookkeeping. On SQLite the inserter
writes each chunk on a writer thread while the next chunk is prepared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from db.bulk import BulkInserter


def _converted(column: Sequence[Any], proc: Any, memo: dict[Any, Any]) -> list[Any]:
    """A column's values in their database form. Dates and flags repeat across a roster: each
    distinct value is converted once; JSON values (dicts, lists) one by one."""
    try:
        distinct = set(column)
    except TypeError:  # dicts or lists: not hashable
        return [None if v is None else proc(v) for v in column]
    for value in distinct:
        if value not in memo:
            memo[value] = None if value is None else proc(value)
    get = memo.__getitem__
    return list(map(get, column))


class BulkWriter:
    """Bulk inserts on the session's own connection (same transaction). Call `wait()` before
    using the session again and `close()` when done (also on errors: nothing may still run)."""

    def __init__(self, s: Session) -> None:
        self._conn = s.connection()
        self._dialect = self._conn.dialect
        self._inserter = BulkInserter(self._conn)
        self._compiled: dict[
            tuple[str, tuple[str, ...]], tuple[str, list[str], bool, list[Any]]
        ] = {}

    def _prepare(self, table: Table, keys: Sequence[str]) -> tuple[str, list[str], bool, list[Any]]:
        key = (table.name, tuple(keys))
        if key not in self._compiled:
            compiled = insert(table).compile(dialect=self._dialect, column_keys=list(keys))
            names = list(compiled.positiontup or keys) if compiled.positional else list(keys)
            procs: list[tuple[int, Any, dict[Any, Any]]] = []
            for n in names:
                proc = table.c[n].type.dialect_impl(self._dialect).bind_processor(self._dialect)
                if proc is not None:
                    procs.append((keys.index(n), proc, {}))
            order = [list(keys).index(n) for n in names]
            self._compiled[key] = (str(compiled), names, bool(compiled.positional), [procs, order])
        return self._compiled[key]

    def insert(self, table: Table, keys: Sequence[str], rows: list[list[Any]]) -> None:
        """Insert rows given as lists in `keys` order."""
        if not rows:
            return
        sql, names, positional, (procs, order) = self._prepare(table, keys)
        columns: list[Any] = list(zip(*rows, strict=True))
        for i, proc, memo in procs:
            columns[i] = _converted(columns[i], proc, memo)
        self._inserter.insert_columns(table, names, [columns[j] for j in order], sql, positional)

    def insert_pairs(self, table: Table, keys: tuple[str, str], packed: list[int]) -> None:
        """Insert rows of two ids packed as `first << 32 | second` (see `BulkInserter`)."""
        if packed:
            sql, names, positional, _procs = self._prepare(table, keys)
            if tuple(names) != keys:
                raise ValueError(f"{table.name}: columns bound as {names}, not {keys}")
            self._inserter.insert_pairs(table, keys, packed, sql, positional)

    def wait(self) -> None:
        self._inserter.wait()

    def close(self) -> None:
        self._inserter.close()
