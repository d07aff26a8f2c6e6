"""activities with sign-ups and check-ins; the points ledger

Revision ID: 0006_activities
Revises: 0005_groups
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_activities"
down_revision = "0005_groups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("online", sa.Boolean(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.Float(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["members.id"],
            name=op.f("fk_activities_host_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    op.create_index(op.f("ix_activities_start"), "activities", ["start"], unique=False)
    op.create_table(
        "activity_groups",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_groups_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_activity_groups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "group_id", name=op.f("pk_activity_groups")),
    )
    op.create_index(
        op.f("ix_activity_groups_group_id"), "activity_groups", ["group_id"], unique=False
    )
    op.create_table(
        "activity_signups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_signups_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_activity_signups_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_signups")),
        sa.UniqueConstraint("activity_id", "member_id", name="uq_signups_member"),
    )
    op.create_index(
        op.f("ix_activity_signups_member_id"), "activity_signups", ["member_id"], unique=False
    )
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_checkins_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_checkins_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("activity_id", "member_id", "day", name="uq_checkins_member_day"),
    )
    op.create_index(
        "ix_checkins_activity_day", "checkins", ["activity_id", "day", "member_id"], unique=False
    )
    op.create_index(op.f("ix_checkins_member_id"), "checkins", ["member_id"], unique=False)
    op.create_table(
        "points_ledger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_points_ledger_activity_id_activities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_points_ledger_checkin_id_checkins"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_points_ledger_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_points_ledger")),
    )
    op.create_index(
        op.f("ix_points_ledger_activity_id"), "points_ledger", ["activity_id"], unique=False
    )
    op.create_index(
        op.f("ix_points_ledger_checkin_id"), "points_ledger", ["checkin_id"], unique=False
    )
    op.create_index(
        "ix_points_ledger_member_at", "points_ledger", ["member_id", "at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_points_ledger_member_at", table_name="points_ledger")
    op.drop_index(op.f("ix_points_ledger_checkin_id"), table_name="points_ledger")
    op.drop_index(op.f("ix_points_ledger_activity_id"), table_name="points_ledger")
    op.drop_table("points_ledger")
    op.drop_index(op.f("ix_checkins_member_id"), table_name="checkins")
    op.drop_index("ix_checkins_activity_day", table_name="checkins")
    op.drop_table("checkins")
    op.drop_index(op.f("ix_activity_signups_member_id"), table_name="activity_signups")
    op.drop_table("activity_signups")
    op.drop_index(op.f("ix_activity_groups_group_id"), table_name="activity_groups")
    op.drop_table("activity_groups")
    op.drop_index(op.f("ix_activities_start"), table_name="activities")
    op.drop_table("activities")
