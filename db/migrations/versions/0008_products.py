"""products and purchases

Revision ID: 0008_products
Revises: 0007_warnings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_products"
down_revision = "0007_warnings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("actives", sa.Text(), nullable=False),
        sa.Column("price", sa.Numeric(precision=10, scale=2, asdecimal=False), nullable=False),
        sa.Column("suitable", sa.JSON(), nullable=False),
        sa.Column("unsuitable", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    op.create_index(op.f("ix_products_category"), "products", ["category"])
    op.create_table(
        "purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=10, scale=2, asdecimal=False), nullable=False),
        sa.Column("bought_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=60), nullable=False),
        sa.Column("refunded_on", sa.Date(), nullable=True),
        sa.Column("refund_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_purchases_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_purchases_product_id_products"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    op.create_index(op.f("ix_purchases_bought_on"), "purchases", ["bought_on"])
    op.create_index("ix_purchases_member_day", "purchases", ["member_id", "bought_on"])
    op.create_index(
        "ix_purchases_product_day", "purchases", ["product_id", "bought_on", "member_id"]
    )


def downgrade() -> None:
    op.drop_table("purchases")
    op.drop_table("products")
