"""The stored match keys (`db.models_paste`): computed here, in the transaction that wrote a name.

Triggers add every name text written to `members` or `group_memberships` to `match_names` with
version 0 ("not keyed yet"). `fill_keys` computes the keys of those rows. `keep_keys` makes every
commit of a session factory fill them, so whatever operation changed a name leaves its keys
right when it commits; the context also fills them when it opens (after a migration, or a write
that bypassed the sessions). The row of the empty text (never a name) holds `KEYS_VERSION`, the
version of the normalisation that computed the keys: bump it when `name_keys` or `spellings`
change, and opening the database keys every text again.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, event, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models_paste import MatchChar, MatchName, MatchSpelling

KEYS_VERSION = 1
_CHUNK = 5000
_STAMP = ""  # the text of the row holding the version


def pending(s: Session, limit: int | None = None) -> list[str]:
    """Texts whose keys are missing (on a small partial index: quick to ask)."""
    q = select(MatchName.text).where(MatchName.version == 0, MatchName.text != _STAMP)
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
    # Straight to the driver: a 100,000-member import keys some 100,000 texts here, and building
    # statements row by row would cost more than the keys themselves.
    conn = s.connection()
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        f"UPDATE match_names SET version = {mark}, raw_key = {mark}, full_key = {mark}, "
        f"stripped_key = {mark} WHERE text = {mark}",
        rows,
    )
    # A key's spellings and characters depend on the key alone: those already there are right.
    found = sorted(keys)
    spelled = sorted((sp, k) for k in found for sp in spellings(k))
    chars = sorted((ch, k) for k in found for ch in set(k))
    for table, columns, values in (
        ("match_spellings", "spelling, key", spelled),
        ("match_chars", "ch, key", chars),
    ):
        if values:
            conn.exec_driver_sql(
                f"INSERT INTO {table} ({columns}) VALUES ({mark}, {mark}) ON CONFLICT DO NOTHING",
                values,
            )


DEFER = "shequn.defer_match_keys"


def defer_keys(s: Session) -> None:
    """Leave this session's new texts unkeyed at commit: a bulk write (an import of 100,000
    members) would otherwise spend seconds on keys only the paste step reads. They are filled
    later by `fill_pending` — in the window's idle time, or by the paste command itself — and
    until then a preview builds its index instead, with the same answers."""
    s.info[DEFER] = True


def _before_commit(s: Session) -> None:
    if not s.info.get(DEFER) and s.in_transaction() and pending(s, 1):
        fill_keys(s)


def keep_keys(factory: sessionmaker[Session]) -> None:
    """Fill pending keys at every commit of the sessions `factory` makes (call it once per
    factory; `event.contains` is no guard: it can answer for a dead factory of the same id)."""
    event.listen(factory, "before_commit", _before_commit)


def _restamp(s: Session) -> None:
    """Keys computed by another version of the normalisation: all of them again."""
    s.execute(update(MatchName).values(version=0))
    s.execute(delete(MatchSpelling))
    s.execute(delete(MatchChar))
    s.execute(delete(MatchName).where(MatchName.text == _STAMP))
    s.execute(insert(MatchName).values(text=_STAMP, version=KEYS_VERSION))


def fill_pending(factory: sessionmaker[Session], limit: int | None = None) -> int:
    """Fill what is pending now (after a migration or a deferred bulk write), at most `limit`
    texts in this transaction (the window fills in small steps between the user's edits);
    returns how many were filled."""
    with factory() as s:
        stamp = s.get(MatchName, _STAMP)
        if stamp is not None and stamp.version == KEYS_VERSION and not pending(s, 1):
            return 0
    with factory.begin() as s:
        defer_keys(s)  # what this fills is all its commit should fill
        stamp = s.get(MatchName, _STAMP)
        if stamp is None or stamp.version != KEYS_VERSION:
            _restamp(s)
        if limit is None:
            return fill_keys(s)
        texts = pending(s, limit)
        for start in range(0, len(texts), _CHUNK):
            _fill(s, texts[start : start + _CHUNK])
        return len(texts)
