"""Declarative base shared by every model, with a naming convention Alembic can rely on."""

from __future__ import annotations

from sqlalchemy import Index, MetaData, text
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base class of all Shequn tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def partial_index(name: str, *columns: str, where: str, unique: bool = False) -> Index:
    """An index (or unique rule) over the rows matching `where` only.

    The migrations create it, partial, on SQLite and PostgreSQL alike (nothing creates tables
    from these declarations). It is declared with SQLite's option, and `where` is kept in
    `info`: naming `postgresql_where` here would load SQLAlchemy's PostgreSQL dialect, ~40 ms,
    on every start of an SQLite database."""
    return Index(name, *columns, unique=unique, sqlite_where=text(where), info={"where": where})
