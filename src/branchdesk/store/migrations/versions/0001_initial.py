"""Initial schema: branch, setting, member.

Revision ID: 0001_initial
Revises: (none: this is the first migration)
Create Date: 2026-11-27 16:55:23.635851

Written for batch mode (``op.batch_alter_table``): SQLite cannot ALTER most things. Do not import
branchdesk here; a migration must keep working after the application code changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (for hand-written sqlmodel types; env.py renders plain sa types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001_initial"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "branch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_committee", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("secretary", sa.String(length=50), nullable=False),
        sa.Column("profile_key", sa.String(length=50), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch")),
        sa.UniqueConstraint("name", name=op.f("uq_branch_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=4000), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("initials", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=2), nullable=True),
        sa.Column("ethnicity", sa.String(length=2), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_type", sa.String(length=2), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=True),
        sa.Column("political_status", sa.String(length=2), nullable=True),
        sa.Column("join_month", sa.String(length=7), nullable=True),
        sa.Column("dev_number", sa.String(length=20), nullable=True),
        sa.Column("card_number", sa.String(length=20), nullable=True),
        sa.Column("fulltime_education", sa.String(length=3), nullable=True),
        sa.Column("highest_education", sa.String(length=3), nullable=True),
        sa.Column("occupation", sa.String(length=3), nullable=True),
        sa.Column("league_post", sa.String(length=3), nullable=True),
        sa.Column("post_since", sa.String(length=7), nullable=True),
        sa.Column("group_name", sa.String(length=50), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("household", sa.String(length=200), nullable=True),
        sa.Column("unit_at_join", sa.String(length=200), nullable=True),
        sa.Column("note", sa.String(length=2000), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_member_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
        sa.UniqueConstraint("dev_number", name="uq_member_dev_number"),
        sa.UniqueConstraint("id_number", name="uq_member_id_number"),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index("ix_member_birth", ["birth_date"], unique=False)
        batch_op.create_index("ix_member_branch_name", ["branch_id", "name"], unique=False)
        batch_op.create_index("ix_member_branch_status", ["branch_id", "status"], unique=False)
        batch_op.create_index("ix_member_initials", ["initials"], unique=False)
        batch_op.create_index("ix_member_phone", ["phone"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index("ix_member_phone")
        batch_op.drop_index("ix_member_initials")
        batch_op.drop_index("ix_member_branch_status")
        batch_op.drop_index("ix_member_branch_name")
        batch_op.drop_index("ix_member_birth")
    op.drop_table("member")
    op.drop_table("setting")
    op.drop_table("branch")
