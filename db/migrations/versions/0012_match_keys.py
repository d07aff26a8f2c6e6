"""stored match keys for the paste step: match_names, match_spellings, match_chars

Revision ID: 0012_match_keys
Revises: 0010_search_index

`match_names` has one row per distinct name text (members' nicknames and names, group
nicknames) with the keys the paste matching compares; `match_spellings` and `match_chars` hold
the pinyin spellings and the characters of each stripped key. The keys are computed in Python
(`app.paste.keys.fill_keys`): triggers only add a written text with `version` 0, so every write
path (the ORM, bulk inserts, raw SQL) leaves a row that the next commit or start-up fills in;
a text nobody bears any more is deleted by the triggers too. The row of the empty text records
which version of the normalisation computed the keys (`app.paste.keys.KEYS_VERSION`).
This migration adds every existing text that way. Indexes on the name columns let the matching
go from a key to its members.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_match_keys"
down_revision = "0010_search_index"
branch_labels = None
depends_on = None

_ADD = (
    "INSERT OR IGNORE INTO match_names (text, version, raw_key, full_key, stripped_key) "
    "SELECT {0}, 0, '', '', '' WHERE {0} <> '';"
)
# A text no member and no membership bears any more goes (with its key's spellings and
# characters when no other text has that key): the stored keys are the names in use, so an
# undone creation or rename leaves them as they were.
_UNUSED = (
    "NOT EXISTS (SELECT 1 FROM members WHERE nickname = match_names.text) "
    "AND NOT EXISTS (SELECT 1 FROM members WHERE name = match_names.text) "
    "AND NOT EXISTS (SELECT 1 FROM group_memberships WHERE group_nickname = match_names.text)"
)
_DROP = "DELETE FROM match_names WHERE text IN ({}) AND text <> '' AND " + _UNUSED + ";"
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER members_match_ai AFTER INSERT ON members BEGIN
        {_ADD.format("new.nickname")}
        {_ADD.format("new.name")}
    END""",
    f"""CREATE TRIGGER members_match_au AFTER UPDATE OF nickname, name ON members BEGIN
        {_ADD.format("new.nickname")}
        {_ADD.format("new.name")}
        {_DROP.format("old.nickname, old.name")}
    END""",
    f"""CREATE TRIGGER members_match_ad AFTER DELETE ON members BEGIN
        {_DROP.format("old.nickname, old.name")}
    END""",
    f"""CREATE TRIGGER group_memberships_match_ai AFTER INSERT ON group_memberships BEGIN
        {_ADD.format("new.group_nickname")}
    END""",
    f"""CREATE TRIGGER group_memberships_match_au AFTER UPDATE OF group_nickname
        ON group_memberships BEGIN
        {_ADD.format("new.group_nickname")}
        {_DROP.format("old.group_nickname")}
    END""",
    f"""CREATE TRIGGER group_memberships_match_ad AFTER DELETE ON group_memberships BEGIN
        {_DROP.format("old.group_nickname")}
    END""",
    """CREATE TRIGGER match_names_ad AFTER DELETE ON match_names
        WHEN NOT EXISTS (SELECT 1 FROM match_names WHERE stripped_key = old.stripped_key) BEGIN
        DELETE FROM match_spellings WHERE key = old.stripped_key;
        DELETE FROM match_chars WHERE key = old.stripped_key;
    END""",
)
SQLITE_DROP = tuple(
    f"DROP TRIGGER IF EXISTS {name}"
    for name in (
        "match_names_ad",
        "group_memberships_match_ad",
        "group_memberships_match_au",
        "group_memberships_match_ai",
        "members_match_ad",
        "members_match_au",
        "members_match_ai",
    )
)
POSTGRESQL_TRIGGERS = (
    f"""CREATE OR REPLACE FUNCTION match_names_note() RETURNS trigger AS $$
    DECLARE
        news text[];
        olds text[];
    BEGIN
        IF TG_TABLE_NAME = 'members' THEN
            IF TG_OP <> 'DELETE' THEN news := ARRAY[NEW.nickname, NEW.name]; END IF;
            IF TG_OP <> 'INSERT' THEN olds := ARRAY[OLD.nickname, OLD.name]; END IF;
        ELSE
            IF TG_OP <> 'DELETE' THEN news := ARRAY[NEW.group_nickname]; END IF;
            IF TG_OP <> 'INSERT' THEN olds := ARRAY[OLD.group_nickname]; END IF;
        END IF;
        IF news IS NOT NULL THEN
            INSERT INTO match_names (text, version, raw_key, full_key, stripped_key)
                SELECT t, 0, '', '', '' FROM unnest(news) AS t WHERE t <> ''
                ON CONFLICT DO NOTHING;
        END IF;
        IF olds IS NOT NULL THEN
            DELETE FROM match_names WHERE text = ANY(olds) AND text <> '' AND {_UNUSED};
        END IF;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION match_keys_drop() RETURNS trigger AS $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM match_names WHERE stripped_key = OLD.stripped_key) THEN
            DELETE FROM match_spellings WHERE key = OLD.stripped_key;
            DELETE FROM match_chars WHERE key = OLD.stripped_key;
        END IF;
        RETURN NULL;
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER members_match_names
        AFTER INSERT OR UPDATE OF nickname, name OR DELETE ON members
        FOR EACH ROW EXECUTE FUNCTION match_names_note()""",
    """CREATE TRIGGER group_memberships_match_names
        AFTER INSERT OR UPDATE OF group_nickname OR DELETE ON group_memberships
        FOR EACH ROW EXECUTE FUNCTION match_names_note()""",
    """CREATE TRIGGER match_names_keys AFTER DELETE ON match_names
        FOR EACH ROW EXECUTE FUNCTION match_keys_drop()""",
)
POSTGRESQL_DROP = (
    "DROP TRIGGER IF EXISTS match_names_keys ON match_names",
    "DROP TRIGGER IF EXISTS group_memberships_match_names ON group_memberships",
    "DROP TRIGGER IF EXISTS members_match_names ON members",
    "DROP FUNCTION IF EXISTS match_keys_drop()",
    "DROP FUNCTION IF EXISTS match_names_note()",
)
EXISTING = (
    "INSERT INTO match_names (text, version, raw_key, full_key, stripped_key) "
    "SELECT DISTINCT t, 0, '', '', '' FROM ("
    "SELECT nickname AS t FROM members UNION SELECT name FROM members "
    "UNION SELECT group_nickname FROM group_memberships) AS names "
    "WHERE t IS NOT NULL AND t <> ''"
)


def upgrade() -> None:
    op.create_table(
        "match_names",
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("raw_key", sa.String(length=200), nullable=False),
        sa.Column("full_key", sa.String(length=200), nullable=False),
        sa.Column("stripped_key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("text", name=op.f("pk_match_names")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_match_names_raw_key", "match_names", ["raw_key"])
    op.create_index("ix_match_names_full_key", "match_names", ["full_key"])
    op.create_index("ix_match_names_stripped_key", "match_names", ["stripped_key"])
    op.create_index(
        "ix_match_names_pending",
        "match_names",
        ["text"],
        sqlite_where=sa.text("version = 0"),
        postgresql_where=sa.text("version = 0"),
    )
    op.create_table(
        "match_spellings",
        sa.Column("spelling", sa.Text(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("spelling", "key", name=op.f("pk_match_spellings")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_match_spellings_key"), "match_spellings", ["key"])
    op.create_table(
        "match_chars",
        sa.Column("ch", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("ch", "key", name=op.f("pk_match_chars")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_match_chars_key"), "match_chars", ["key"])
    op.create_index("ix_members_nickname", "members", ["nickname"])
    op.create_index("ix_members_name", "members", ["name"])
    op.create_index("ix_group_memberships_group_nickname", "group_memberships", ["group_nickname"])
    conn = op.get_bind()
    conn.exec_driver_sql(EXISTING)
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        for statement in POSTGRESQL_TRIGGERS:
            conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_DROP:
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        for statement in POSTGRESQL_DROP:
            conn.exec_driver_sql(statement)
    op.drop_index("ix_group_memberships_group_nickname", table_name="group_memberships")
    op.drop_index("ix_members_name", table_name="members")
    op.drop_index("ix_members_nickname", table_name="members")
    op.drop_table("match_chars")
    op.drop_table("match_spellings")
    op.drop_table("match_names")
