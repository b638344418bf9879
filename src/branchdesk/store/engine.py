"""The one engine factory and the unit of work.

Everything SQLite-specific about *connecting* lives here (pragmas, file permissions, transaction
control); everything SQLite-specific about *migrating* lives in :mod:`branchdesk.store.migrate`.
The rest of the code base only sees an :class:`~sqlalchemy.Engine` and :func:`session_scope`, so
the schema can move to PostgreSQL by passing a URL to :func:`make_engine`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

from branchdesk.errors import StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS: Final = 5000

MSG_READONLY: Final = "数据文件是只读的，无法保存。请检查数据目录的权限。"
MSG_LOCKED: Final = (
    "数据文件正被另一个程序使用（可能打开了两个 branchdesk），本次操作未完成。"
    "请关闭其他程序后重试。"
)
MSG_IO: Final = "读写数据文件时发生磁盘错误，本次修改未保存。请检查磁盘或 U 盘是否仍然连接。"
MSG_FULL: Final = "磁盘空间已满，本次修改未保存。"
MSG_CORRUPT: Final = (
    "数据文件已损坏，或者不是 branchdesk 的数据文件，无法使用。请从 backups 目录中的备份恢复。"
)
MSG_CANTOPEN: Final = "无法打开数据文件。请检查数据目录是否存在、是否有访问权限。"

# (SQLite error-name prefixes, lower-case message fragments, user message). Error names (Python
# 3.11+ ``sqlite_errorname``) are checked first; the message fragments are the fallback.
_SQLITE_ERRORS: Final[tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]] = (
    (("SQLITE_READONLY",), ("readonly database", "read-only database"), MSG_READONLY),
    (("SQLITE_FULL",), ("database or disk is full",), MSG_FULL),
    (
        ("SQLITE_BUSY", "SQLITE_LOCKED"),
        ("database is locked", "database table is locked"),
        MSG_LOCKED,
    ),
    (("SQLITE_IOERR",), ("disk i/o error",), MSG_IO),
    (("SQLITE_NOTADB", "SQLITE_CORRUPT"), ("file is not a database", "malformed"), MSG_CORRUPT),
    (("SQLITE_CANTOPEN",), ("unable to open database file",), MSG_CANTOPEN),
)


def make_engine(target: Path | str | None, *, read_only: bool = False) -> Engine:
    """Create the engine for a database file, a SQLAlchemy URL, or (``None``) an in-memory database.

    For SQLite, every new connection gets ``foreign_keys=ON`` and ``busy_timeout``; a writable file
    also gets ``journal_mode=WAL`` and ``synchronous=NORMAL``. A new database file is created
    readable by the user only (it holds 身份证 numbers). ``read_only=True`` opens an existing file
    with SQLite's ``mode=ro`` and never creates or converts it (used to inspect a file before
    deciding whether it may be opened at all).
    """
    url = _resolve_url(target, read_only=read_only)
    if url.get_backend_name() != "sqlite":
        return create_engine(url)

    memory = _is_memory(url)
    if memory:
        # One shared connection, usable from any thread: an in-memory database lives and dies
        # with its connection, and tests touch it from the Qt thread and from workers.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        if not read_only and not _is_uri(url) and url.database:
            _create_private_file(Path(url.database))
        engine = create_engine(url)

    writable_file = not memory and not read_only and url.query.get("mode") != "ro"

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        # Take transaction control away from the sqlite3 module (its legacy mode does not BEGIN
        # before DDL or SELECT), so that migrations are atomic and SAVEPOINTs work; the "begin"
        # listener below emits BEGIN instead. Pragmas therefore run outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if writable_file:
                _use_wal(cursor)
        finally:
            cursor.close()

    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


@contextlib.contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception.

    Objects stay usable after the commit (``expire_on_commit=False``). Storage failures that the
    user can act on (read-only, locked, full, corrupt, ...) come out as :class:`StorageError`;
    every other exception is re-raised unchanged.
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException as exc:
        try:
            session.rollback()
        except Exception:  # the connection may already be gone; the original error matters
            log.warning("rollback failed after %s", type(exc).__name__, exc_info=True)
        mapped = storage_error_from(exc) if isinstance(exc, Exception) else None
        if mapped is not None:
            raise mapped from exc
        raise
    finally:
        session.close()


def storage_error_from(exc: BaseException) -> StorageError | None:
    """Translate a database error the user can act on into a :class:`StorageError`.

    Accepts SQLAlchemy's wrapped errors and raw :mod:`sqlite3` errors. Returns ``None`` for
    anything else (constraint violations, programming errors, other databases' errors), which the
    caller should re-raise unchanged.
    """
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, sa_exc.IntegrityError):
        return None
    if isinstance(exc, sa_exc.DBAPIError):
        if not isinstance(exc, sa_exc.DatabaseError):
            return None
        original: BaseException = exc.orig if exc.orig is not None else exc
    elif isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
        original = exc
    else:
        return None

    error_name = str(getattr(original, "sqlite_errorname", "") or "")
    text = str(original).lower()
    for names, _fragments, message in _SQLITE_ERRORS:
        if error_name.startswith(names):
            return StorageError(message)
    for _names, fragments, message in _SQLITE_ERRORS:
        if any(fragment in text for fragment in fragments):
            return StorageError(message)
    return None


def _use_wal(cursor: Any) -> None:
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    except sqlite3.OperationalError as exc:
        # A read-only file in rollback-journal mode can still be read; saving will then fail
        # with SQLITE_READONLY, which session_scope reports. (A read-only file in WAL mode
        # cannot even be read and fails the same way right here on the next statement.)
        log.info("keeping the journal mode of a read-only database: %s", exc)
        return
    if str(mode).lower() != "wal":
        log.warning("SQLite refused WAL mode (journal_mode=%s)", mode)
    cursor.execute("PRAGMA synchronous=NORMAL")


def _resolve_url(target: Path | str | None, *, read_only: bool) -> URL:
    if target is None:
        if read_only:
            raise ValueError("an in-memory database cannot be opened read-only")
        return URL.create("sqlite")
    if isinstance(target, str):
        url = make_url(target)
        if read_only:
            raise ValueError("read_only is supported for database files only; put it in the URL")
        return url
    path = target.expanduser().absolute()
    if read_only:
        # A file: URI, so that special characters in the path are escaped properly.
        return URL.create("sqlite", database=path.as_uri(), query={"mode": "ro", "uri": "true"})
    return URL.create("sqlite", database=str(path))


def _is_uri(url: URL) -> bool:
    return str(url.query.get("uri", "")).lower() in {"true", "1"}


def _is_memory(url: URL) -> bool:
    database = url.database or ""
    if database in {"", ":memory:"}:
        return True
    return _is_uri(url) and (url.query.get("mode") == "memory" or database == "file::memory:")


def _create_private_file(path: Path) -> None:
    """Create the parent directory and, if missing, an empty database file with mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or path.exists():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    log.info("created database file %s", path)
