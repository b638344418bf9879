"""Open the database: refuse a file from the future, back it up, migrate it to head.

Alembic runs programmatically from the ``migrations`` folder next to this module (shipped as data
at ``branchdesk/store/migrations`` in a PyInstaller bundle); no ``alembic.ini`` is needed.
Backups use SQLite's online backup API, never a file copy, so a file in WAL mode is copied
consistently.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, Engine, inspect

from branchdesk.errors import StorageError
from branchdesk.store.engine import make_engine, storage_error_from

if TYPE_CHECKING:  # alembic is imported when used: it costs ~0.3 s of every start (bench/)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

MIGRATIONS_DIR: Final = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Build an Alembic config for our migrations, optionally bound to an open connection."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%": escape it, a user's path may contain one.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision(script: ScriptDirectory | None = None) -> str:
    """The newest revision this version of branchdesk knows."""
    head = (script or script_directory()).get_current_head()
    if head is None:  # pragma: no cover - only if the versions folder is missing
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def known_revisions(script: ScriptDirectory | None = None) -> frozenset[str]:
    return frozenset(rev.revision for rev in (script or script_directory()).walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """The revision the database is stamped with, or ``None`` (new file, or at base)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` in one transaction."""
    from alembic import command

    run_alembic(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision`` in one transaction (tests and recovery)."""
    from alembic import command

    run_alembic(engine, lambda config: command.downgrade(config, revision))


def backup_database(source: Engine | Path, target: Path) -> Path:
    """Copy a live SQLite database to the new file ``target`` with the online backup API.

    ``source`` is an engine (copied through one of its connections) or a database file (opened
    read-only). The copy is a self-contained file (rollback journal, not WAL), readable by the user
    only. ``target`` must not exist yet. Returns ``target``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _create_private_file(target)
    try:
        with _sqlite_connection(source) as src:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE").close()
            finally:
                dst.close()
    except BaseException as exc:
        target.unlink(missing_ok=True)
        mapped = storage_error_from(exc) if isinstance(exc, Exception) else None
        if mapped is not None:
            raise mapped from exc
        raise
    log.info("backed up database to %s", target)
    return target


def open_database(db_path: Path, backups_dir: Path) -> Engine:
    """Open (creating if needed) the database file and bring its schema to head.

    A file written by a newer branchdesk (unknown revision) is refused with a
    :class:`StorageError` and left untouched. A file that holds data and is behind head is first
    backed up to ``backups_dir/branchdesk_<rev>_<timestamp>.db``; a new, empty file is not.

    The usual start — a file already at head — is recognised without importing alembic
    (:func:`_at_known_head`); anything else takes the full path below.
    """
    if _at_known_head(db_path):
        return make_engine(db_path)
    script = script_directory()
    head = head_revision(script)
    revision: str | None = None
    has_data = False
    if db_path.exists() and db_path.stat().st_size > 0:
        revision, has_data = _inspect_file(db_path)
        if revision is not None and revision not in known_revisions(script):
            log.warning("refusing %s: unknown revision %s (head is %s)", db_path, revision, head)
            raise StorageError(
                f"此数据文件由更新版本的 branchdesk 创建（数据库版本 {revision}），"
                "当前版本无法打开。请安装最新版本后再打开，数据未作任何修改。"
            )

    backup: Path | None = None
    if has_data and revision != head:
        # From the file itself, before the engine's first connection switches it to WAL.
        backup = backup_database(db_path, _backup_path(backups_dir, revision))

    engine = make_engine(db_path)
    try:
        if revision == head:
            return engine
        log.info("upgrading %s from %s to %s", db_path, revision or "base", head)
        try:
            upgrade(engine)
        except StorageError:
            raise
        except Exception as exc:
            log.exception("migration of %s failed", db_path)
            mapped = storage_error_from(exc)
            if mapped is not None:
                raise mapped from exc
            where = f"升级前的备份保存在 {backup}。" if backup is not None else ""
            raise StorageError(
                f"升级数据文件失败，数据文件保持升级前的状态。{where}请将日志文件发送给开发者。"
            ) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


_REVISION_LINE: Final = re.compile(
    r"""^revision(?:\s*:[^=\n]*)?\s*=\s*["']([^"'\n]+)["']\s*$""", re.M
)
_DOWN_LINE: Final = re.compile(
    r"""^down_revision(?:\s*:[^=\n]*)?\s*=\s*(?:None|["']([^"'\n]+)["'])\s*$""", re.M
)


def plain_head() -> str | None:
    """The head revision read from the migration files' text, without alembic: the one
    revision no file names as its ``down_revision``. ``None`` when that is not certain (a file
    without exactly one plain ``revision`` / ``down_revision`` line, a merge, several heads,
    no files): the caller then asks alembic. A test keeps it equal to :func:`head_revision`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return None
        found, downs = _REVISION_LINE.findall(text), _DOWN_LINE.findall(text)
        if len(found) != 1 or len(downs) != 1 or found[0] in revisions:
            return None
        revisions.add(found[0])
        if downs[0]:
            parents.add(downs[0])
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return heads.pop()


def _at_known_head(db_path: Path) -> bool:
    """True when the file is stamped with exactly :func:`plain_head` (read-only, no alembic).
    Any doubt — no file, not a database, no or several stamps, another revision — is False."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    head = plain_head()
    if head is None:
        return False
    try:
        with contextlib.closing(
            sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            stamps = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    return stamps == [(head,)]


def _inspect_file(db_path: Path) -> tuple[str | None, bool]:
    """Read the revision and whether any table exists, without writing to the file."""
    from alembic.runtime.migration import MigrationContext

    probe = make_engine(db_path, read_only=True)
    try:
        with probe.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
    except Exception as exc:
        mapped = storage_error_from(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    finally:
        probe.dispose()
    return revision, has_tables or revision is not None


def run_alembic(engine: Engine, action: Callable[[Config], None]) -> None:
    """Run an Alembic command on one connection, inside one transaction.

    On SQLite, foreign keys are switched off while batch mode recreates tables (dropping a parent
    table would otherwise cascade or fail; https://www.sqlite.org/lang_altertable.html) and
    checked with ``PRAGMA foreign_key_check`` before the commit.
    """
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _set_foreign_keys(conn, enabled=False)  # a no-op inside a transaction: do it first
        try:
            with conn.begin():
                action(alembic_config(conn))
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise StorageError(
                            f"升级后的数据文件有 {len(problems)} 处引用了不存在的记录，升级已撤销。"
                        )
        finally:
            if sqlite and not conn.invalidated:
                _set_foreign_keys(conn, enabled=True)


def _set_foreign_keys(conn: Connection, *, enabled: bool) -> None:
    # Straight to the driver: SQLAlchemy would BEGIN first, and the pragma is ignored in a
    # transaction.
    dbapi_connection = conn.connection.dbapi_connection
    if dbapi_connection is None:  # pragma: no cover - only for an invalidated connection
        raise RuntimeError("connection is closed")
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")
    finally:
        cursor.close()


@contextlib.contextmanager
def _sqlite_connection(source: Engine | Path) -> Iterator[sqlite3.Connection]:
    if isinstance(source, Path):
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            yield conn
        finally:
            conn.close()
        return
    if source.dialect.name != "sqlite":
        raise ValueError(f"backup_database needs SQLite, not {source.dialect.name}")
    raw = source.raw_connection()
    try:
        driver = raw.driver_connection
        if not isinstance(driver, sqlite3.Connection):
            raise ValueError(f"backup_database needs the sqlite3 driver, not {type(driver)}")
        yield driver
    finally:
        raw.close()


def _backup_path(backups_dir: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    base = f"branchdesk_{revision or 'none'}_{stamp}"
    candidate = backups_dir / f"{base}.db"
    counter = 1
    while candidate.exists():
        candidate = backups_dir / f"{base}-{counter}.db"
        counter += 1
    return candidate


def _create_private_file(path: Path) -> None:
    """Create ``path`` (which must not exist) readable by the user only."""
    if os.name == "posix":
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    else:
        with path.open("xb"):
            pass
