"""Bulk inserts for large imports: on SQLite, one `INSERT … SELECT FROM json_each(?)` per chunk.

Such a statement runs entirely inside SQLite, with the GIL released, so it can run on a writer
thread while Python prepares the next chunk (executemany binds every row under the GIL, which
serialises the two). Other databases, or a SQLite without JSON support, get plain executemany.
Values must already be in their database form (the column types' bind processors applied).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Table

MAX_PENDING = 2
PAIR_SHIFT = 32
PAIR_MASK = (1 << PAIR_SHIFT) - 1


class BulkInserter:
    """Inserts chunks of rows on the connection's transaction; call `wait()` before using the
    connection for anything else, and `close()` at the end."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection
        self._driver: Any = connection.connection.driver_connection
        self.threaded = connection.dialect.name == "sqlite" and self._has_json()
        self._pool = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="shequn-bulk")
            if self.threaded
            else None
        )
        self._pending: list[Future[None]] = []
        self._sql: dict[tuple[str, tuple[str, ...], tuple[bool, ...]], str] = {}

    def _has_json(self) -> bool:
        try:
            return bool(
                self._driver.execute("SELECT json_extract('[7]', '$[0]')").fetchone()[0] == 7
            )
        except Exception:  # SQLite built without JSON1
            return False

    def _statement(self, table: Table, names: Sequence[str], constant: tuple[bool, ...]) -> str:
        """`INSERT … SELECT` from a JSON array of rows holding only the columns that vary in
        the chunk; a column with one value for the whole chunk (the batch, the times, every
        default) is a bound parameter instead. SQLite re-reads a row's array for each
        `json_extract`, so each column left out of the JSON saves a pass over every row."""
        key = (table.name, tuple(names), constant)
        if key not in self._sql:
            quote = self._conn.dialect.identifier_preparer.quote
            columns = ", ".join(quote(n) for n in names)
            values: list[str] = []
            position = 0  # of the column in the JSON row
            for fixed in constant:
                if fixed:
                    values.append("?")
                else:
                    values.append(f"json_extract(value, '$[{position}]')")
                    position += 1
            self._sql[key] = (
                f"INSERT INTO {quote(table.name)} ({columns}) "
                f"SELECT {', '.join(values)} FROM json_each(?)"
            )
        return self._sql[key]

    def insert_columns(
        self,
        table: Table,
        names: Sequence[str],
        columns: Sequence[Sequence[Any]],
        fallback_sql: str,
        positional: bool,
    ) -> None:
        """Insert rows given column by column (`columns[i]` holds every row's `names[i]`)."""
        if not columns or not columns[0]:
            return
        if not self.threaded or self._pool is None:
            rows = list(zip(*columns, strict=True))
            params: Any = rows if positional else [dict(zip(names, r, strict=True)) for r in rows]
            self._conn.exec_driver_sql(fallback_sql, params)
            return
        count = len(columns[0])
        constant = tuple(c.count(c[0]) == count for c in columns)
        fixed = [c[0] for c, same in zip(columns, constant, strict=True) if same]
        varying = [c for c, same in zip(columns, constant, strict=True) if not same]
        payload = json.dumps(
            list(zip(*varying, strict=True)) if varying else [[]] * count,
            ensure_ascii=False,
            separators=(",", ":"),
        )
        self._submit(self._statement(table, names, constant), (*fixed, payload))

    def insert_pairs(
        self,
        table: Table,
        names: tuple[str, str],
        packed: Sequence[int],
        fallback_sql: str,
        positional: bool,
    ) -> None:
        """Insert rows of two ids, each row given packed as `first << 32 | second` (ids are
        below 2**31). SQLite reads them from a flat JSON array of integers, which costs about
        two thirds of an array of pairs, each taken apart with `json_extract` (400,000 tag
        links of an import: 0.44 s against 0.69 s)."""
        if not packed:
            return
        if not self.threaded or self._pool is None:
            columns = [[p >> PAIR_SHIFT for p in packed], [p & PAIR_MASK for p in packed]]
            self.insert_columns(table, names, columns, fallback_sql, positional)
            return
        quote = self._conn.dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({quote(names[0])}, {quote(names[1])}) "
            f"SELECT value >> {PAIR_SHIFT}, value & {PAIR_MASK} FROM json_each(?)"
        )
        self._submit(sql, (json.dumps(packed, separators=(",", ":")),))

    def _submit(self, sql: str, params: tuple[Any, ...]) -> None:
        """Queue one statement for the writer thread, at most MAX_PENDING ahead of the caller."""
        assert self._pool is not None
        while len(self._pending) >= MAX_PENDING:
            self._pending.pop(0).result()
        self._pending.append(self._pool.submit(self._run, sql, params))

    def _run(self, sql: str, params: tuple[Any, ...]) -> None:
        self._driver.execute(sql, params)

    def wait(self) -> None:
        """Block until every chunk is written; re-raises the first error."""
        try:
            while self._pending:
                self._pending.pop(0).result()
        finally:
            self._pending.clear()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
