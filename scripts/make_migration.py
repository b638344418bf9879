"""Write a new Alembic migration for the changes made to ``src/branchdesk/store/models.py``.

Usage (from the repository root)::

    .venv/bin/python scripts/make_migration.py "add meeting table"
    .venv/bin/python scripts/make_migration.py --empty "split member names"   # hand-written

It upgrades a temporary database to the current head, lets Alembic autogenerate the difference
between that database and ``SQLModel.metadata``, and writes
``src/branchdesk/store/migrations/versions/<NNNN>_<slug>.py`` (revision id ``NNNN_<slug>``).
Then it proves the new file: upgrade to it, check that no difference is left, downgrade one step,
and upgrade again. Read and tidy the generated file before committing it; autogenerate does not
see renames (it writes drop + add) or data changes, and never imports branchdesk code into a
migration. A new NOT NULL column needs a ``server_default`` (or a data step) for existing rows:
the check here runs on an empty database only. ``tests/integration/test_migrations.py`` fails
while models and migrations differ.
"""

from __future__ import annotations

import argparse
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import branchdesk.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from branchdesk.store import migrate
from branchdesk.store.engine import make_engine

log = logging.getLogger("make_migration")


def _slug(message: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")
    if not slug:
        raise SystemExit("the message needs some ASCII words, e.g. 'add meeting table'")
    return slug[:40].rstrip("_")


def _next_rev_id(message: str) -> str:
    numbers = [int(rev[:4]) for rev in migrate.known_revisions() if rev[:4].isdigit()]
    return f"{max(numbers, default=0) + 1:04d}_{_slug(message)}"


def _diff(db_path: Path) -> list[object]:
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            return list(compare_metadata(MigrationContext.configure(conn), SQLModel.metadata))
    finally:
        engine.dispose()


def _tidy(path: Path) -> None:
    """Format the generated file the way the rest of the code is (ruff, if installed)."""
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(ruff).exists():
        log.warning("ruff not found: format %s by hand", path)
        return
    subprocess.run([ruff, "check", "--fix", "--quiet", str(path)], check=False)
    subprocess.run([ruff, "format", "--quiet", str(path)], check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("message", help="what the migration does, e.g. 'add meeting table'")
    parser.add_argument("--empty", action="store_true", help="write an empty migration to fill in")
    parser.add_argument("--rev-id", help="revision id (default: next NNNN_<slug>)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    logging.getLogger("branchdesk").setLevel(logging.WARNING)

    rev_id = args.rev_id or _next_rev_id(args.message)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "autogenerate.db"
        engine = make_engine(db_path)
        try:
            migrate.upgrade(engine)
            before = migrate.current_revision(engine)
            if not args.empty and not _diff(db_path):
                log.error("models.py and the migrations agree: nothing to generate")
                return 1

            def write(config: Config) -> None:
                config.set_main_option("file_template", "%%(rev)s")
                command.revision(
                    config, message=args.message, autogenerate=not args.empty, rev_id=rev_id
                )

            # Autogenerate compares against the temporary database; generating writes nothing to it.
            migrate.run_alembic(engine, write)

            migrate.upgrade(engine)
            remaining = _diff(db_path)
            if remaining and not args.empty:
                log.warning("still different after the new migration: %s", remaining)
            migrate.downgrade(engine, before or "base")
            migrate.upgrade(engine)
        finally:
            engine.dispose()
    written = migrate.MIGRATIONS_DIR / "versions" / f"{rev_id}.py"
    _tidy(written)
    log.info("wrote %s", written)
    log.info("now read it, then run: .venv/bin/python -m pytest tests/integration -q")
    return 0


if __name__ == "__main__":
    sys.exit(main())
