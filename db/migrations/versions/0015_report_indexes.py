"""indexes the 报表 page reads by: refunds by day, activity by day, live members by joining day

Revision ID: 0015_report_indexes
Revises: 0014_community_indexes

The page reads a period's refunds (`purchases.refunded_on`, otherwise a pass over every
purchase), the check-ins and sign-ups of the months before a day with their members (a
member's last activity), and counts the members who had joined by a day (the purchase rate's
denominator, otherwise a pass over the wide member rows). Only indexes: nothing else in the
schema depends on them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_report_indexes"
down_revision = "0014_community_indexes"
branch_labels = None
depends_on = None

REFUNDED = "refunded_on IS NOT NULL"
LIVE = "deleted_at IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_purchases_refunded_on",
        "purchases",
        ["refunded_on"],
        sqlite_where=sa.text(REFUNDED),
        postgresql_where=sa.text(REFUNDED),
    )
    op.create_index("ix_checkins_day_member", "checkins", ["day", "member_id"])
    op.create_index("ix_activity_signups_at_member", "activity_signups", ["at", "member_id"])
    # Live members by joining day, as a partial index: an index led by `deleted_at` made SQLite
    # take `deleted_at IS NULL` for a selective condition and read every member through it
    # (sorting the Members page by points or city 2× slower than its plain scan).
    op.create_index(
        "ix_members_live_joined",
        "members",
        ["joined"],
        sqlite_where=sa.text(LIVE),
        postgresql_where=sa.text(LIVE),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Statistics for the new indexes, so that the planner weighs them against the old.
        for table in ("purchases", "checkins", "activity_signups", "members"):
            op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    op.drop_index("ix_members_live_joined", table_name="members")
    op.drop_index("ix_activity_signups_at_member", table_name="activity_signups")
    op.drop_index("ix_checkins_day_member", table_name="checkins")
    op.drop_index("ix_purchases_refunded_on", table_name="purchases")
