"""groups: archiving (archived_at)

Revision ID: 0005_groups
Revises: 0004_write_path
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_groups"
down_revision = "0004_write_path"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("groups") as batch:
        batch.drop_column("archived_at")
