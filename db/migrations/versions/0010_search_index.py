"""member search on an index: trigram full-text over a narrow side table (SQLite), pg_trgm (PostgreSQL)

Revision ID: 0010_search_index
Revises: 0009_search_roles

SQLite: `member_search` holds each member's `search_text` and nothing else (a narrow table that
a short needle scans instead of the wide `members` rows); `member_fts` is an FTS5 trigram index
over it (needles of three characters or more). Triggers keep both in step with `members`, so no
write path has to remember them. PostgreSQL: a pg_trgm GIN index on `members.search_text` when
the extension can be installed; without it searching stays the plain `LIKE` scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_search_index"
down_revision = "0009_search_roles"
branch_labels = None
depends_on = None

SQLITE_UP = (
    "CREATE TABLE member_search (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    # case_sensitive 1: search_text and needles are both case-folded already, so a byte-exact
    # trigram match gives exactly the rows `LIKE '%needle%'` gives.
    "CREATE VIRTUAL TABLE member_fts USING fts5(text, content='member_search', "
    "content_rowid='id', tokenize='trigram case_sensitive 1')",
    "INSERT INTO member_search (id, text) SELECT id, search_text FROM members",
    "INSERT INTO member_fts (member_fts) VALUES ('rebuild')",
    """CREATE TRIGGER members_search_ai AFTER INSERT ON members BEGIN
        INSERT INTO member_search (id, text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER members_search_ad AFTER DELETE ON members BEGIN
        DELETE FROM member_search WHERE id = old.id;
    END""",
    """CREATE TRIGGER members_search_au AFTER UPDATE OF id, search_text ON members
        WHEN new.id IS NOT old.id OR new.search_text IS NOT old.search_text BEGIN
        DELETE FROM member_search WHERE id = old.id;
        INSERT INTO member_search (id, text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER member_search_ai AFTER INSERT ON member_search BEGIN
        INSERT INTO member_fts (rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER member_search_ad AFTER DELETE ON member_search BEGIN
        INSERT INTO member_fts (member_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER member_search_au AFTER UPDATE ON member_search BEGIN
        INSERT INTO member_fts (member_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO member_fts (rowid, text) VALUES (new.id, new.text);
    END""",
)

SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS member_search_au",
    "DROP TRIGGER IF EXISTS member_search_ad",
    "DROP TRIGGER IF EXISTS member_search_ai",
    "DROP TRIGGER IF EXISTS members_search_au",
    "DROP TRIGGER IF EXISTS members_search_ad",
    "DROP TRIGGER IF EXISTS members_search_ai",
    "DROP TABLE IF EXISTS member_fts",
    "DROP TABLE IF EXISTS member_search",
)


def _postgresql_trigram(conn: sa.Connection) -> None:
    """The pg_trgm index when the server has the extension and lets us install it."""
    available = conn.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).first()
    if available is None:
        return
    savepoint = conn.begin_nested()
    try:
        conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        # No right to install extensions: searching stays the plain LIKE scan.
        savepoint.rollback()
        return
    savepoint.commit()
    conn.execute(
        sa.text(
            "CREATE INDEX IF NOT EXISTS ix_members_search_trgm "
            "ON members USING gin (search_text gin_trgm_ops)"
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        _postgresql_trigram(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        conn.execute(sa.text("DROP INDEX IF EXISTS ix_members_search_trgm"))
