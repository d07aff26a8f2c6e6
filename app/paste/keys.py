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
from typing import cast

from sqlalchemy import Table, bindparam, delete, event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models_paste import MatchChar, MatchName, MatchSpelling

KEYS_VERSION = 1
_CHUNK = 500

_N = cast(Table, MatchName.__table__)
_UPDATE = (
    update(_N)
    .where(_N.c.text == bindparam("t"))
    .values(
        version=KEYS_VERSION,
        raw_key=bindparam("r"),
        full_key=bindparam("f"),
        stripped_key=bindparam("s"),
    )
)


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
        rows.append({"t": t, "r": raw, "f": full, "s": stripped})
        if stripped:
            keys.add(stripped)
    s.execute(_UPDATE, rows)
    if not keys:
        return
    # A key's spellings and characters depend on the key alone: written again, never doubled.
    found = sorted(keys)
    s.execute(delete(MatchSpelling).where(MatchSpelling.key.in_(found)))
    s.execute(delete(MatchChar).where(MatchChar.key.in_(found)))
    spelled = [{"spelling": sp, "key": k} for k in found for sp in sorted(spellings(k))]
    chars = [{"ch": ch, "key": k} for k in found for ch in sorted(set(k))]
    if spelled:
        s.execute(insert(MatchSpelling), spelled)
    if chars:
        s.execute(insert(MatchChar), chars)


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
