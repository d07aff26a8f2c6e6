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
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def _has_json(self) -> bool:
        try:
            return bool(
                self._driver.execute("SELECT json_extract('[7]', '$[0]')").fetchone()[0] == 7
            )
        except Exception:  # SQLite built without JSON1
            return False

    def _statement(self, table: Table, names: Sequence[str]) -> str:
        key = (table.name, tuple(names))
        if key not in self._sql:
            quote = self._conn.dialect.identifier_preparer.quote
            columns = ", ".join(quote(n) for n in names)
            values = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(names)))
            self._sql[key] = (
                f"INSERT INTO {quote(table.name)} ({columns}) SELECT {values} FROM json_each(?)"
            )
        return self._sql[key]

    def insert(
        self,
        table: Table,
        names: Sequence[str],
        rows: Sequence[Sequence[Any]],
        fallback_sql: str,
        positional: bool,
    ) -> None:
        """Insert `rows` (values in `names` order). `fallback_sql` is the dialect's own INSERT."""
        if not rows:
            return
        if not self.threaded or self._pool is None:
            params: Any = rows if positional else [dict(zip(names, r, strict=True)) for r in rows]
            self._conn.exec_driver_sql(fallback_sql, params)
            return
        payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        while len(self._pending) >= MAX_PENDING:
            self._pending.pop(0).result()
        self._pending.append(self._pool.submit(self._run, self._statement(table, names), payload))

    def _run(self, sql: str, payload: str) -> None:
        self._driver.execute(sql, (payload,))

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
