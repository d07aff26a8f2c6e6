"""Fast bulk inserts for an import: values converted once, written by `db.bulk.BulkInserter`.

Rows arrive as lists; each column type's own bind processor converts values (memoised, since
dates repeat), which is what Core does without its per-row bookkeeping. On SQLite the inserter
writes each chunk on a writer thread while the next chunk is prepared.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from db.bulk import BulkInserter


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
        """Insert rows given as lists in `keys` order (the lists are converted in place)."""
        if not rows:
            return
        sql, names, positional, (procs, order) = self._prepare(table, keys)
        for i, proc, memo in procs:
            get = memo.get
            for row in rows:
                value = row[i]
                if value is None:
                    continue
                if type(value) is dict or type(value) is list:
                    row[i] = proc(value)
                    continue
                # Dates repeat across a roster: convert each distinct value once.
                done = get(value)
                if done is None:
                    done = memo[value] = proc(value)
                row[i] = done
        if order == list(range(len(order))):
            params: list[Any] = [tuple(r) for r in rows]
        else:
            getter = itemgetter(*order)
            params = [getter(r) for r in rows]
        self._inserter.insert(table, names, params, sql, positional)

    def wait(self) -> None:
        self._inserter.wait()

    def close(self) -> None:
        self._inserter.close()
