"""Alembic environment for branchdesk, run programmatically by :mod:`branchdesk.store.migrate`.

No ``alembic.ini`` is needed: the caller builds the :class:`alembic.config.Config` and, normally,
passes an open connection (already inside a transaction) as ``config.attributes["connection"]``.
``render_as_batch=True`` everywhere, because SQLite cannot ALTER most things; Alembic's batch mode
recreates the table instead (https://alembic.sqlalchemy.org/en/latest/batch.html).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator
from sqlmodel import SQLModel

import branchdesk.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from branchdesk.store.engine import make_engine

config = context.config
target_metadata = SQLModel.metadata


# Modules whose TypeDecorators are rendered as their underlying SQLAlchemy type.
_WRAPPERS = ("branchdesk.", "sqlmodel.")


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render wrapper column types (``YearMonthType``, ``AutoString``) as the type they store.

    A migration must keep working after the application's (or sqlmodel's) Python types change or
    disappear, so it must not depend on them; the database only ever sees the underlying type.
    """
    if type_ == "type" and isinstance(obj, TypeDecorator) and obj.__module__.startswith(_WRAPPERS):
        return f"sa.{obj.impl_instance!r}"
    return False


_COMMON: dict[str, Any] = {
    "target_metadata": target_metadata,
    "render_as_batch": True,
    "render_item": render_item,
    "compare_type": True,
}


def run_migrations_offline() -> None:
    """Write the SQL to stdout instead of running it (``alembic upgrade --sql``)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **_COMMON,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    context.configure(connection=connection, **_COMMON)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run against the given connection, or against ``sqlalchemy.url`` if there is none."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("pass a connection in config.attributes or set sqlalchemy.url")
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            _run_on(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
