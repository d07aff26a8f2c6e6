"""the write path: operations and audit rows; foreign keys and indexes the areas rely on

Revision ID: 0004_write_path
Revises: 0002_import, 0003_calendar (joins the two heads into one)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_write_path"
down_revision = ("0002_import", "0003_calendar")
branch_labels = None
depends_on = None


def _dedupe_tags_without_group(conn: sa.Connection) -> None:
    """Fold tags of the same name without a group into the oldest one (links kept)."""
    dups = conn.execute(
        sa.text("SELECT name FROM tags WHERE group_id IS NULL GROUP BY name HAVING COUNT(*) > 1")
    ).scalars()
    for name in list(dups):
        ids = list(
            conn.execute(
                sa.text("SELECT id FROM tags WHERE group_id IS NULL AND name = :n ORDER BY id"),
                {"n": name},
            ).scalars()
        )
        keep, others = ids[0], ids[1:]
        for other in others:
            conn.execute(
                sa.text(
                    "INSERT INTO member_tags (member_id, tag_id) SELECT member_id, :keep "
                    "FROM member_tags WHERE tag_id = :other AND member_id NOT IN "
                    "(SELECT member_id FROM member_tags WHERE tag_id = :keep)"
                ),
                {"keep": keep, "other": other},
            )
            conn.execute(sa.text("DELETE FROM member_tags WHERE tag_id = :o"), {"o": other})
            conn.execute(sa.text("DELETE FROM tags WHERE id = :o"), {"o": other})


def upgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "operations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("args", sa.JSON(), nullable=True),
        sa.Column("inverse", sa.JSON(), nullable=True),
        sa.Column("reverts", sa.Integer(), nullable=True),
        sa.Column("reverted_by", sa.Integer(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reverts"],
            ["operations.id"],
            name=op.f("fk_operations_reverts_operations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operations")),
    )
    op.create_index(op.f("ix_operations_at"), "operations", ["at"], unique=False)
    op.create_index("ix_operations_source_at", "operations", ["source", "at"], unique=False)
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["op_id"], ["operations.id"], name=op.f("fk_audit_op_id_operations"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_index(op.f("ix_audit_op_id"), "audit", ["op_id"], unique=False)
    op.create_index("ix_audit_entity_time", "audit", ["entity", "entity_id", "at"], unique=False)
    # The old log kept counts only and was never read: the audit rows replace it.
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")

    # Values that point nowhere would break the new foreign keys: clear them first.
    conn.execute(
        sa.text(
            "UPDATE members SET merged_into = NULL WHERE merged_into IS NOT NULL "
            "AND merged_into NOT IN (SELECT id FROM members)"
        )
    )
    conn.execute(
        sa.text(
            "UPDATE members SET import_batch_id = NULL WHERE import_batch_id IS NOT NULL "
            "AND import_batch_id NOT IN (SELECT id FROM import_batches)"
        )
    )
    conn.execute(
        sa.text("DELETE FROM import_merges WHERE member_id NOT IN (SELECT id FROM members)")
    )
    _dedupe_tags_without_group(conn)

    with op.batch_alter_table("members") as batch:
        batch.create_foreign_key(
            "fk_members_merged_into_members",
            "members",
            ["merged_into"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            "fk_members_import_batch_id_import_batches",
            "import_batches",
            ["import_batch_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index(
        "ix_members_trashed",
        "members",
        ["deleted_at"],
        sqlite_where=sa.text("deleted_at IS NOT NULL"),
        postgresql_where=sa.text("deleted_at IS NOT NULL"),
    )
    op.create_index("ix_members_sort_name", "members", ["sort_name"])
    with op.batch_alter_table("import_merges") as batch:
        batch.create_foreign_key(
            "fk_import_merges_member_id_members",
            "members",
            ["member_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_index(
        "uq_tags_name_without_group",
        "tags",
        ["name"],
        unique=True,
        sqlite_where=sa.text("group_id IS NULL"),
        postgresql_where=sa.text("group_id IS NULL"),
    )
    op.create_index(
        "ix_member_specialties_specialty", "member_specialties", ["specialty_id", "member_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_member_specialties_specialty", table_name="member_specialties")
    op.drop_index("uq_tags_name_without_group", table_name="tags")
    with op.batch_alter_table("import_merges") as batch:
        batch.drop_constraint("fk_import_merges_member_id_members", type_="foreignkey")
    op.drop_index("ix_members_sort_name", table_name="members")
    op.drop_index("ix_members_trashed", table_name="members")
    with op.batch_alter_table("members") as batch:
        batch.drop_constraint("fk_members_import_batch_id_import_batches", type_="foreignkey")
        batch.drop_constraint("fk_members_merged_into_members", type_="foreignkey")
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.drop_index("ix_audit_entity_time", table_name="audit")
    op.drop_index(op.f("ix_audit_op_id"), table_name="audit")
    op.drop_table("audit")
    op.drop_index("ix_operations_source_at", table_name="operations")
    op.drop_index(op.f("ix_operations_at"), table_name="operations")
    op.drop_table("operations")
