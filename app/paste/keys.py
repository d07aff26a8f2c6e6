"""The stored match keys (`db.models_paste`): computed here, in the transaction that wrote a name.

Triggers add every name text written to `members` or `group_memberships` to `match_names` with
version 0. `fill_keys` computes the keys of the rows whose version is not `KEYS_VERSION` (new
texts, or texts keyed by an older version of the normalisation: bump `KEYS_VERSION` when
`name_keys` or `spellings` change). `keep_keys` makes every commit of a session factory fill
them, so whatever operation changed a name leaves its keys right when it commits; the context
also fills them when it opens (after a migration, or a write that bypassed the sessions).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

from db.models_paste import MatchName

KEYS_VERSION = 1
_CHUNK = 500


def pending(s: Session, limit: int | None = None) -> list[str]:
    """Texts whose keys are missing or stale."""
    q = select(MatchName.text).where(MatchName.version != KEYS_VERSION)
    if limit is not None:
        q = q.limit(limit)
    return list(s.execute(q).scalars())


def fill_keys(s: Session) -> int:
    """Compute the keys of every pending text (in `s`'s transaction); returns how many."""
    texts = pending(s)
    for start in range(0, len(texts), _CHUNK):
        _fill(s, texts[start : start + _CHUNK])
    return len(texts)


def _fill(s: Session, texts: Sequence[str]) -> None:
    from app.paste.matching import name_keys, spellings  # not needed to open a database

    rows = []
    keys: set[str] = set()
    for t in texts:
        raw, full, stripped = name_keys(t)
        rows.append((KEYS_VERSION, raw, full, stripped, t))
        if stripped:
            keys.add(stripped)
    # Straight to the driver: a 100,000-member import keys some 60,000 texts here, and building
    # statements row by row would cost more than the keys themselves.
    conn = s.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        f"UPDATE match_names SET version = {mark}, raw_key = {mark}, full_key = {mark}, "
        f"stripped_key = {mark} WHERE text = {mark}",
        rows,
    )
    if not keys:
        return
    # A key's spellings and characters depend on the key alone: written again, never doubled.
    found = sorted(keys)
    by_key = [(k,) for k in found]
    conn.exec_driver_sql(f"DELETE FROM match_spellings WHERE key = {mark}", by_key)
    conn.exec_driver_sql(f"DELETE FROM match_chars WHERE key = {mark}", by_key)
    spelled = [(sp, k) for k in found for sp in sorted(spellings(k))]
    chars = [(ch, k) for k in found for ch in sorted(set(k))]
    if spelled:
        conn.exec_driver_sql(
            f"INSERT INTO match_spellings (spelling, key) VALUES ({mark}, {mark})", spelled
        )
    if chars:
        conn.exec_driver_sql(f"INSERT INTO match_chars (ch, key) VALUES ({mark}, {mark})", chars)


def _before_commit(s: Session) -> None:
    if s.in_transaction() and pending(s, 1):
        fill_keys(s)


def keep_keys(factory: sessionmaker[Session]) -> None:
    """Fill pending keys at every commit of the sessions `factory` makes."""
    if not event.contains(factory, "before_commit", _before_commit):
        event.listen(factory, "before_commit", _before_commit)


def fill_pending(factory: sessionmaker[Session]) -> int:
    """Fill what is pending now (opening a database: after a migration, say)."""
    with factory() as s:
        if not pending(s, 1):
            return 0
    with factory.begin() as s:
        return fill_keys(s)
