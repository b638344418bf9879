"""Rule profile overrides (rules.md §17): profile_override (a branch's own value for a setting)
and profile_override_log (every change, with its reason).

Revision ID: 0003_profile_overrides
Revises: 0002_meetings_evaluations_registrations
Create Date: 2026-11-27 17:31:49.209508

Written for batch mode (``op.batch_alter_table``): SQLite cannot ALTER most things. Do not import
branchdesk here; a migration must keep working after the application code changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (for hand-written sqlmodel types; env.py renders plain sa types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003_profile_overrides"
down_revision: str | Sequence[str] | None = "0002_meetings_evaluations_registrations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "profile_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_profile_override_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_override")),
        sa.UniqueConstraint("branch_id", "key", name="uq_profile_override_branch_key"),
    )
    op.create_table(
        "profile_override_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("old_json", sa.Text(), nullable=True),
        sa.Column("new_json", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_profile_override_log_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile_override_log")),
    )
    with op.batch_alter_table("profile_override_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_profile_override_log_branch_changed", ["branch_id", "changed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("profile_override_log", schema=None) as batch_op:
        batch_op.drop_index("ix_profile_override_log_branch_changed")

    op.drop_table("profile_override_log")
    op.drop_table("profile_override")
