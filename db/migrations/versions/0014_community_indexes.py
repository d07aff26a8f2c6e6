"""community indexes: each activity's sign-up and check-in counts kept by triggers

Revision ID: 0014_community_indexes
Revises: 0013_purchase_index

`activity_counts` has one row per activity with how many sign-ups and check-ins it has, so
the list of activities does not count a million check-ins each time it is shown. Triggers keep
it in step with every write path (operations, imports, raw SQL, cascades when a member or an
activity is deleted): a new activity gets its row, a sign-up or check-in written, deleted or
moved to another activity adjusts the counts. This migration fills the counts of the
activities already there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_community_indexes"
down_revision = "0013_purchase_index"
branch_labels = None
depends_on = None

_FILL = (
    "INSERT INTO activity_counts (activity_id, signups, checkins) "
    "SELECT a.id, "
    "(SELECT count(*) FROM activity_signups s WHERE s.activity_id = a.id), "
    "(SELECT count(*) FROM checkins c WHERE c.activity_id = a.id) FROM activities a"
)
_TABLES = (("activity_signups", "signups"), ("checkins", "checkins"))


def _sqlite_triggers() -> list[str]:
    out = [
        """CREATE TRIGGER activity_counts_ai AFTER INSERT ON activities BEGIN
            INSERT OR IGNORE INTO activity_counts (activity_id, signups, checkins)
            VALUES (new.id, 0, 0);
        END""",
        """CREATE TRIGGER activity_counts_ad AFTER DELETE ON activities BEGIN
            DELETE FROM activity_counts WHERE activity_id = old.id;
        END""",
    ]
    for table, column in _TABLES:
        plus = f"UPDATE activity_counts SET {column} = {column} + 1 WHERE activity_id = new.activity_id;"
        minus = f"UPDATE activity_counts SET {column} = {column} - 1 WHERE activity_id = old.activity_id;"
        out += [
            f"CREATE TRIGGER {table}_count_ai AFTER INSERT ON {table} BEGIN {plus} END",
            f"CREATE TRIGGER {table}_count_ad AFTER DELETE ON {table} BEGIN {minus} END",
            f"CREATE TRIGGER {table}_count_au AFTER UPDATE OF activity_id ON {table} "
            f"WHEN new.activity_id IS NOT old.activity_id BEGIN {minus} {plus} END",
        ]
    return out


def _postgresql_triggers() -> list[str]:
    out = [
        """CREATE FUNCTION activity_counts_row() RETURNS trigger AS $$
        BEGIN
            INSERT INTO activity_counts (activity_id, signups, checkins)
            VALUES (NEW.id, 0, 0) ON CONFLICT (activity_id) DO NOTHING;
            RETURN NULL;
        END $$ LANGUAGE plpgsql""",
        "CREATE TRIGGER activity_counts_ai AFTER INSERT ON activities "
        "FOR EACH ROW EXECUTE FUNCTION activity_counts_row()",
    ]
    for table, column in _TABLES:
        out += [
            f"""CREATE FUNCTION {table}_count() RETURNS trigger AS $$
            BEGIN
                IF TG_OP = 'UPDATE' AND NEW.activity_id IS NOT DISTINCT FROM OLD.activity_id THEN
                    RETURN NULL;
                END IF;
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE activity_counts SET {column} = {column} - 1
                    WHERE activity_id = OLD.activity_id;
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    UPDATE activity_counts SET {column} = {column} + 1
                    WHERE activity_id = NEW.activity_id;
                END IF;
                RETURN NULL;
            END $$ LANGUAGE plpgsql""",
            f"CREATE TRIGGER {table}_count AFTER INSERT OR DELETE OR UPDATE OF activity_id "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_count()",
        ]
    return out


def upgrade() -> None:
    op.create_table(
        "activity_counts",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("signups", sa.Integer(), nullable=False),
        sa.Column("checkins", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_counts_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_activity_counts")),
    )
    conn = op.get_bind()
    conn.exec_driver_sql(_FILL)
    if conn.dialect.name == "sqlite":
        statements = _sqlite_triggers()
    elif conn.dialect.name == "postgresql":
        statements = _postgresql_triggers()
    else:
        raise NotImplementedError(f"activity counts on {conn.dialect.name}")
    for statement in statements:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        names = ["activity_counts_ai", "activity_counts_ad"] + [
            f"{table}_count_{k}" for table, _ in _TABLES for k in ("ai", "ad", "au")
        ]
        for name in names:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS activity_counts_ai ON activities")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS activity_counts_row()")
        for table, _ in _TABLES:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_count ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {table}_count()")
    op.drop_table("activity_counts")
