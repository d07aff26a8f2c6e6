"""purchases not refunded, by member: a partial index for the Members page's purchase filters

Revision ID: 0013_purchase_index
Revises: 0012_match_keys

"Bought at least N times" groups the purchases that were not refunded by member. Through
`ix_purchases_member_day` each of a million purchases is then looked up in the table for its
`refunded_on`; this index holds only the kept purchases, so the count reads the index alone
(3.9 s → 0.3 s on 1.1 million purchases), and "never bought" asks it once per member.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_purchase_index"
down_revision = "0012_match_keys"
branch_labels = None
depends_on = None

KEPT = "refunded_on IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_purchases_kept_member",
        "purchases",
        ["member_id"],
        sqlite_where=sa.text(KEPT),
        postgresql_where=sa.text(KEPT),
    )
    if op.get_bind().dialect.name == "sqlite":
        # Without statistics for the new index SQLite's planner prefers it for product filters
        # too, and then looks up every purchase of the product in the table (3× slower).
        op.execute("ANALYZE purchases")


def downgrade() -> None:
    op.drop_index("ix_purchases_kept_member", table_name="purchases")
