"""content calendar: post types, posts, recurring slots and their groups

Revision ID: 0003_calendar
Revises: 0001_crm
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A copy, not an import: a migration must not change when the app's constants do.
BUILTIN_TYPES = (
    ("知识锦囊", "#2e9d6a", "【知识锦囊】{date}", "今天的 2 分钟护肤小知识：\n\n"),
    ("团购接龙", "#e0672c", "【团购接龙】{date}", "今日团购：\n价格：\n截止时间：\n\n接龙：\n1. "),
    ("微分享", "#6d5bd0", "【微分享】{date} 20:00", "今晚 20:00 微分享\n主题：\n分享嘉宾：\n"),
    (
        "群规提醒",
        "#7a8594",
        "【群规提醒】",
        "温馨提醒：本群禁止发广告和拉人，违者第一次警告，第二次移出。",
    ),
    ("活动预告", "#d4418e", "【活动预告】", "活动时间：\n活动内容：\n报名方式：\n"),
    ("节日", "#c62828", "【节日】", "祝大家节日快乐！\n"),
)

revision = "0003_calendar"
down_revision = "0001_crm"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "post_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("template_title", sa.String(length=200), nullable=False),
        sa.Column("template_body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_types")),
        sa.UniqueConstraint("name", name=op.f("uq_post_types_name")),
    )
    post_types = sa.table(
        "post_types",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("color", sa.String),
        sa.column("builtin", sa.Boolean),
        sa.column("position", sa.Integer),
        sa.column("template_title", sa.String),
        sa.column("template_body", sa.Text),
    )
    # The built-in types are data the app relies on, so they are part of the schema's history.
    op.bulk_insert(
        post_types,
        [
            {
                "name": name,
                "color": color,
                "builtin": True,
                "position": i,
                "template_title": title,
                "template_body": body,
            }
            for i, (name, color, title, body) in enumerate(BUILTIN_TYPES, start=1)
        ],
    )
    op.create_table(
        "slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("freq", sa.String(length=10), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=20), nullable=False),
        sa.Column("month_day", sa.Integer(), nullable=True),
        sa.Column("at_time", sa.Time(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("template_title", sa.String(length=200), nullable=False),
        sa.Column("template_body", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["post_types.id"],
            name=op.f("fk_slots_type_id_post_types"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slots")),
        sa.UniqueConstraint("name", name=op.f("uq_slots_name")),
    )
    op.create_table(
        "slot_groups",
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_slot_groups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_slot_groups_slot_id_slots"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("slot_id", "group_id", name=op.f("pk_slot_groups")),
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=True),
        sa.Column("segment_id", sa.Integer(), nullable=True),
        sa.Column("planned_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("slot_date", sa.Date(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_posts_segment_id_segments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_posts_slot_id_slots"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["post_types.id"],
            name=op.f("fk_posts_type_id_post_types"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
    )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posts_planned_at"), ["planned_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_slot_id"), ["slot_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_posts_type_id"), ["type_id"], unique=False)
    op.create_table(
        "post_groups",
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_post_groups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["post_id"], ["posts.id"], name=op.f("fk_post_groups_post_id_posts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("post_id", "group_id", name=op.f("pk_post_groups")),
    )
    with op.batch_alter_table("post_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_post_groups_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    op.drop_table("post_groups")
    op.drop_table("posts")
    op.drop_table("slot_groups")
    op.drop_table("slots")
    op.drop_table("post_types")
