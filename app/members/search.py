"""The member search condition: one needle, found in `members.search_text`, on an index if any.

The condition is a SQL construct compiled per dialect, so `app.members.query.conditions` stays
portable. On SQLite (migration `0010_search_index`), a needle of three characters or more is
looked up in the FTS5 trigram index `member_fts`; a shorter one, which a trigram index cannot
answer, scans the narrow `member_search` table (ids and search text only) instead of the wide
member rows. Elsewhere it is `search_text LIKE '%needle%'` (on PostgreSQL a pg_trgm GIN index
makes that an index lookup when the extension was available). Every form gives the same rows.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Select,
    Table,
    column,
    func,
    intersect,
    literal_column,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal

from app.text import fold, like_pattern
from db.models import Member

M = cast(Table, Member.__table__)
TRIGRAM = 3

_SIDE = table("member_search", column("id"), column("text"))
_FTS = table("member_fts", column("rowid"))


class SearchMatch(ColumnElement[bool]):
    """True for members whose search text contains `needle` (folded, anywhere)."""

    inherit_cache = True
    type = Boolean()
    # Rendered as a predicate, not as a value compared with 1 (which hides it from the planner).
    _is_implicitly_boolean = True
    _traverse_internals = [("needle", InternalTraversal.dp_string)]

    def __init__(self, needle: str) -> None:
        self.needle = needle


def fts_phrase(needle: str) -> str:
    """An FTS5 query matching `needle` literally (a quoted string: `"` doubled)."""
    return '"' + fold(needle).replace('"', '""') + '"'


def _like(needle: str) -> ColumnElement[bool]:
    return M.c.search_text.like(like_pattern(needle), escape="\\")


@compiles(SearchMatch)
def _compile_default(element: SearchMatch, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(_like(element.needle), **kw))


@compiles(SearchMatch, "sqlite")
def _compile_sqlite(element: SearchMatch, compiler: Any, **kw: Any) -> str:
    needle = fold(element.needle)
    if not needle:
        clause = _like(element.needle)
    else:
        clause = M.c.id.in_(_ids_matching(needle))
    return str(compiler.process(clause, **kw))


def _ids_matching(needle: str) -> Select[Any]:
    """The ids (column `id`) whose search text holds the folded, non-empty `needle`: from the
    trigram index for three characters or more, else from the narrow side table."""
    if len(needle) >= TRIGRAM:
        return select(_FTS.c.rowid.label("id")).where(
            literal_column("member_fts").op("MATCH")(fts_phrase(needle))
        )
    return select(_SIDE.c.id).where(_side_has(needle))


def _side_has(needle: str) -> ColumnElement[bool]:
    """The side table's text holds the (folded) short needle. SQLite's LIKE is quick for ASCII
    but walks a Chinese needle character by character; `instr` finds it 25–30 % sooner and,
    since both sides are folded and nothing is a wildcard in it, matches the same rows."""
    if needle.isascii():
        return _SIDE.c.text.like(like_pattern(needle), escape="\\")
    return func.instr(_SIDE.c.text, needle) > 0


def sqlite_live_ids(words: list[str]) -> Any | None:
    """The ids of live members matching every word, read from the search tables alone.

    For a filter that is only a search, sorted by id: `members.id IN (matches)` makes SQLite look
    each match up in the wide member table for its `deleted_at`, which for a needle most members
    match (`13`, `wxid`: 20,000–35,000 matches) costs more than the whole-table scan it replaces.
    Here the matches come from the FTS index or the narrow side table in id order and only the
    trash (a partial index) is consulted. None when a word folds to nothing (then the general
    form decides).
    """
    parts: list[Select[Any]] = []
    for word in words:
        needle = fold(word)
        if not needle:
            return None
        parts.append(_ids_matching(needle))
    if not parts:
        return None
    matches = parts[0] if len(parts) == 1 else intersect(*parts)
    found = matches.subquery("found")
    trash = select(M.c.id).where(M.c.deleted_at.is_not(None))
    return select(found.c.id).where(found.c.id.not_in(trash)).order_by(found.c.id)
