"""the search index gathers 8 MB of terms in memory before it writes them out (SQLite FTS5)

Revision ID: 0016_search_hashsize
Revises: 0015_report_indexes

FTS5 keeps the terms of the rows being indexed in an in-memory hash and writes them out as a new
segment whenever that passes `hashsize` (1 MB by default). An import indexes its new members in
one statement: the trigram terms of 100,000 members are ~9 MB of index, so the default wrote and
merged a dozen segments; with 8 MB the same statement took 0.35 s instead of 0.53 s on the
bench machine (bench/bench_import_export.py), and queries answer as fast. The option is kept in
the index's own config table, so it lasts; it costs memory only while a write is under way.
"""

from __future__ import annotations

from alembic import op

revision = "0016_search_hashsize"
down_revision = "0015_report_indexes"
branch_labels = None
depends_on = None

HASHSIZE = 8 * 1024 * 1024


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO member_fts (member_fts, rank) VALUES ('hashsize', {HASHSIZE})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DELETE FROM member_fts_config WHERE k = 'hashsize'")
