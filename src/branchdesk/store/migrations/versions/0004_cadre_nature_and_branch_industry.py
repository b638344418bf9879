"""The annual return (forms.md §10): member.cadre_nature (团干部性质), branch.industry
(单位所属行业类别) and branch.field_override (a 领域 other than the default), and
annual_return_note (the 原因说明 of a fall in the 对比表).

Revision ID: 0004_cadre_nature_and_branch_industry
Revises: 0003_profile_overrides
Create Date: 2026-11-27 18:04:18.826662

Written for batch mode (``op.batch_alter_table``): SQLite cannot ALTER most things. Do not import
branchdesk here; a migration must keep working after the application code changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (for hand-written sqlmodel types; env.py renders plain sa types)
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004_cadre_nature_and_branch_industry"
down_revision: str | Sequence[str] | None = "0003_profile_overrides"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "annual_return_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_annual_return_note_branch_id_branch")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_return_note")),
        sa.UniqueConstraint(
            "branch_id", "year", "item", name="uq_annual_return_note_branch_year_item"
        ),
    )
    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("industry", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("field_override", sa.String(length=2), nullable=True))

    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cadre_nature", sa.String(length=2), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("cadre_nature")

    with op.batch_alter_table("branch", schema=None) as batch_op:
        batch_op.drop_column("field_override")
        batch_op.drop_column("industry")

    op.drop_table("annual_return_note")
