"""excel import batches

Revision ID: 0002_import
Revises: 0001_crm
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_import"
down_revision = "0001_crm"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=400), nullable=False),
        sa.Column("sheet", sa.String(length=200), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("merged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("problems", sa.Integer(), nullable=False),
        sa.Column("new_tag_ids", sa.JSON(), nullable=True),
        sa.Column("new_group_ids", sa.JSON(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_index(op.f("ix_import_batches_at"), "import_batches", ["at"], unique=False)
    op.create_table(
        "import_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("added_tag_ids", sa.JSON(), nullable=True),
        sa.Column("added_membership_ids", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_merges_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_merges")),
    )
    op.create_index(op.f("ix_import_merges_batch_id"), "import_merges", ["batch_id"], unique=False)
    op.create_index(
        op.f("ix_import_merges_member_id"), "import_merges", ["member_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_import_merges_member_id"), table_name="import_merges")
    op.drop_index(op.f("ix_import_merges_batch_id"), table_name="import_merges")
    op.drop_table("import_merges")
    op.drop_index(op.f("ix_import_batches_at"), table_name="import_batches")
    op.drop_table("import_batches")
