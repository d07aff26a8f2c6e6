"""Reading members: a filter becomes one SQL query; rows come back in blocks for the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, and_, bindparam, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.visitors import InternalTraversal

from app.members.domain import (
    NAMES_SEP,
    ROW_COLUMNS,
    MemberFilter,
    MemberRow,
    member_row,
    sort_column,
)
from app.members.list_filters import list_conditions
from app.members.search import SearchMatch, sqlite_live_ids
from db.models import Group, GroupMembership, Member, MemberTag, Tag
from db.models_commerce import Product, Purchase

M = cast(Table, Member.__table__)
MT = cast(Table, MemberTag.__table__)
T = cast(Table, Tag.__table__)
GM = cast(Table, GroupMembership.__table__)
G = cast(Table, Group.__table__)

CHUNK = 500

_ROW_COLUMNS = tuple(M.c[name] for name in ROW_COLUMNS)


# A row of the table with her tags and current groups, in one statement (one round trip, one
# pass over the ids) instead of one per kind.
_ROWS_STMT = select(
    *_ROW_COLUMNS,
    select(func.aggregate_strings(T.c.name, NAMES_SEP))
    .select_from(MT.join(T, T.c.id == MT.c.tag_id))
    .where(MT.c.member_id == M.c.id)
    .scalar_subquery(),
    select(func.aggregate_strings(G.c.name, NAMES_SEP))
    .select_from(GM.join(G, G.c.id == GM.c.group_id))
    .where(GM.c.member_id == M.c.id, GM.c.left.is_(None))
    .scalar_subquery(),
).where(M.c.id.in_(bindparam("ids", expanding=True)))


def chunks(items: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _members_with_all_tags(names: Sequence[str]) -> Select[Any]:
    """Members carrying every tag named: one join of the links per name, read from the
    (tag, member) index and probed on the (member, tag) key, so the wide member rows are only
    read for the members that pass (one IN list per tag read them for every carrier of the
    first tag)."""
    names = list(dict.fromkeys(names))
    links = [MT.alias(f"mt{i}") for i in range(len(names))]
    first = links[0]
    stmt = select(first.c.member_id)
    for link in links[1:]:
        stmt = stmt.join(link, link.c.member_id == first.c.member_id)
    return stmt.where(
        *(
            link.c.tag_id.in_(select(T.c.id).where(T.c.name == name))
            for link, name in zip(links, names, strict=True)
        )
    )


def _in_or_unset(column: Any, values: Sequence[str]) -> ColumnElement[bool]:
    """`column IN values`, where an empty string in `values` stands for "not set"."""
    clause: ColumnElement[bool] = column.in_([v for v in values if v])
    return clause | column.is_(None) if "" in values else clause


def conditions(f: MemberFilter, today: dt.date | None = None) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter (portable SQL: SQLite and PostgreSQL alike)."""
    conds: list[ColumnElement[bool]] = [
        M.c.deleted_at.is_not(None) if f.trash else M.c.deleted_at.is_(None)
    ]
    for word in f.search.split():
        conds.append(SearchMatch(word))
    if f.tags_all:
        conds.append(M.c.id.in_(_members_with_all_tags(f.tags_all)))
    if f.tags_any:
        conds.append(
            M.c.id.in_(
                select(MT.c.member_id)
                .join(T, T.c.id == MT.c.tag_id)
                .where(T.c.name.in_(f.tags_any))
            )
        )
    if f.tags_none:
        conds.append(
            M.c.id.not_in(
                select(MT.c.member_id)
                .join(T, T.c.id == MT.c.tag_id)
                .where(T.c.name.in_(f.tags_none))
            )
        )
    if f.skin_types:
        conds.append(_in_or_unset(M.c.skin_type, f.skin_types))
    if f.roles:
        conds.append(_in_or_unset(M.c.role, f.roles))
    if f.group_ids:
        conds.append(
            M.c.id.in_(
                select(GM.c.member_id).where(GM.c.group_id.in_(f.group_ids), GM.c.left.is_(None))
            )
        )
    if f.statuses:
        conds.append(M.c.status.in_(f.statuses))
    if f.tiers:
        conds.append(M.c.tier.in_(f.tiers))
    if f.levels:
        conds.append(M.c.level.in_(f.levels))
    if f.inactive_days is not None:
        limit = (today or dt.date.today()) - dt.timedelta(days=f.inactive_days)
        conds.append((M.c.last_active.is_(None)) | (M.c.last_active < limit))
    if f.ids is not None:
        conds.append(M.c.id.in_(f.ids))
    conds += purchase_conditions(f)

    conds.extend(list_conditions(f, today))
    return conds


def _exact_active(name: str) -> str:
    """LIKE pattern for one active among the stored "|果酸|水杨酸|" (not a part of another)."""
    escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%|{escaped}|%"


def purchase_conditions(f: MemberFilter) -> list[ColumnElement[bool]]:
    """Bought product/category X (in a period), bought at least N times, never bought."""
    pu, pr = cast(Table, Purchase.__table__), cast(Table, Product.__table__)
    if not (f.bought_products or f.bought_categories or f.bought_min or f.never_bought):
        if f.bought_from is None and f.bought_to is None:
            return []
    where: list[ColumnElement[bool]] = [pu.c.refunded_on.is_(None)]
    if f.bought_products:
        where.append(pu.c.product_id.in_(f.bought_products))
    if f.bought_categories:
        kinds = [pr.c.category.in_(f.bought_categories)] + [
            pr.c.actives.like(_exact_active(c), escape="\\") for c in f.bought_categories
        ]
        where.append(pu.c.product_id.in_(select(pr.c.id).where(or_(*kinds))))
    if f.bought_from is not None:
        where.append(pu.c.bought_on >= f.bought_from)
    if f.bought_to is not None:
        where.append(pu.c.bought_on <= f.bought_to)
    if f.never_bought:
        # Asked per member through the kept-purchases index, not a list of every buyer.
        return [~exists().where(pu.c.member_id == M.c.id, *where)]
    buyers = select(pu.c.member_id).where(*where)
    if f.bought_min and f.bought_min > 1:
        buyers = buyers.group_by(pu.c.member_id).having(func.count() >= f.bought_min)
    return [M.c.id.in_(buyers)]


# Sort columns whose index holds the whole order for live members (the id is in every index).
_COVERED = frozenset({"id", "sort_name", "joined"})


class SortedByValue(ColumnElement[Any]):
    """A column in ORDER BY that SQLite must sort by its values, not by walking its index.

    The index of a phone, WeChat id, name or QQ number holds neither the deleted mark nor the
    order of the other live members' rows: walking it for the whole list looks every member up
    in the index's order (213–250 ms for 100,000 on the bench machine) where a scan of the table
    and SQLite's sorter take 90–116 ms. Rendered `+column` on SQLite (the unary plus keeps the
    value and the column's collation but hides the index), the column itself elsewhere.
    """

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any) -> None:
        self.column = column
        self.type = column.type


@compiles(SortedByValue)
def _compile_sorted(element: SortedByValue, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column, **kw))


@compiles(SortedByValue, "sqlite")
def _compile_sorted_sqlite(element: SortedByValue, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.column, **kw))


def order_by(sort: str, descending: bool, whole: bool = False) -> list[Any]:
    """ORDER BY for the sort key; `whole` for the full list (no LIMIT), where an index that does
    not cover the order is slower than sorting (`SortedByValue`); a first screenful (LIMIT) reads
    the index's first entries instead."""
    name = sort_column(sort)
    column: Any = M.c[name]
    if whole and name not in _COVERED:
        column = SortedByValue(column)
    primary = column.desc() if descending else column.asc()
    tie = M.c.id.desc() if descending else M.c.id.asc()
    return [primary, tie] if name != "id" else [primary]


def _fetch_column(s: Session, stmt: Select[Any]) -> list[Any]:
    """First column of every row, read straight from the DBAPI cursor.

    For 100,000 ids the ORM result layer costs as much as SQLite's own work; the statement is still
    compiled by the dialect, so this stays portable (SQLite, PostgreSQL).
    """
    conn = s.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args: Any = (
        tuple(params[k] for k in compiled.positiontup or ()) if compiled.positional else params
    )
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), args)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.close()


def _search_only_ids(s: Session, f: MemberFilter, sort: str, descending: bool) -> list[int] | None:
    """Search as you type (a filter that is only a search, in id order) on SQLite: answered from
    the search tables (`sqlite_live_ids`); None for every other filter or database."""
    words = f.search.split()
    if not words or sort != "id" or descending or replace(f, search="") != MemberFilter():
        return None
    if s.get_bind().dialect.name != "sqlite":
        return None
    stmt = sqlite_live_ids(words)
    return None if stmt is None else _fetch_column(s, stmt)


class MemberQuery:
    """Read-only queries over members; each call is one short session."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sf = session_factory

    def ids(self, f: MemberFilter, sort: str = "id", descending: bool = False) -> list[int]:
        """Ids of the members the filter selects, in display order."""
        with self._sf() as s:
            fast = _search_only_ids(s, f, sort, descending)
            if fast is not None:
                return fast
            stmt = (
                select(M.c.id)
                .where(and_(*conditions(f)))
                .order_by(*order_by(sort, descending, whole=True))
            )
            return _fetch_column(s, stmt)

    def count(self, f: MemberFilter) -> int:
        stmt = select(func.count()).select_from(M).where(and_(*conditions(f)))
        with self._sf() as s:
            return int(s.execute(stmt).scalar_one())

    def rows(self, ids: Sequence[int]) -> list[MemberRow]:
        """Table rows for `ids`, in that order (ids no longer present are left out)."""
        with self._sf() as s:
            return self._rows(s, ids)

    def first_rows(
        self, f: MemberFilter, limit: int, sort: str = "id", descending: bool = False
    ) -> list[MemberRow]:
        """The first `limit` rows of a filter: what the window paints before the full id list."""
        stmt = (
            select(M.c.id)
            .where(and_(*conditions(f)))
            .order_by(*order_by(sort, descending))
            .limit(limit)
        )
        with self._sf() as s:
            ids = list(s.execute(stmt).scalars())
            return self._rows(s, ids)

    def _rows(self, s: Session, ids: Sequence[int]) -> list[MemberRow]:
        by_id: dict[int, tuple[Any, ...]] = {}
        for part in chunks(list(ids)):
            for row in s.execute(_ROWS_STMT, {"ids": list(part)}):
                by_id[row[0]] = tuple(row)
        return [member_row(by_id[i]) for i in ids if i in by_id]
