"""Fast bulk inserts for an import: one compiled INSERT per table, driver-level executemany.

Rows arrive as lists; each column type's own bind processor converts values (memoised, since
dates repeat), which is what Core does without its per-row bookkeeping. A writer thread was tried:
the driver takes the GIL back after every row, so it ran slower than writing inline.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


class BulkWriter:
    """executemany of rows into tables, on the session's own connection (same transaction)."""

    def __init__(self, s: Session) -> None:
        self._conn = s.connection()
        self._dialect = self._conn.dialect
        self._compiled: dict[tuple[str, tuple[str, ...]], tuple[str, list[str], bool, list[Any]]] = {}

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
            self._compiled[key] = (str(compiled), names, bool(compiled.positional),
                                   [procs, order])
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
        if positional:
            if order == list(range(len(order))):
                params: list[Any] = [tuple(r) for r in rows]
            else:
                getter = itemgetter(*order)
                params = [getter(r) for r in rows]
        else:
            params = [dict(zip(keys, r, strict=True)) for r in rows]
        self._conn.exec_driver_sql(sql, params)
