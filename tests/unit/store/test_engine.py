"""The engine factory and the unit of work: pragmas, file permissions, rollback, error mapping."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlalchemy import exc as sa_exc
from sqlmodel import SQLModel, select

from branchdesk.errors import StorageError
from branchdesk.store.engine import make_engine, session_scope, storage_error_from
from branchdesk.store.models import Branch, Member, Setting

POSIX = os.name == "posix"


@pytest.fixture
def memory_engine() -> Iterator[Engine]:
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def file_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "sub" / "dir" / "branchdesk.db")
    SQLModel.metadata.create_all(engine)
    yield engine
    engine.dispose()


def _pragma(engine: Engine, name: str) -> object:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def _count(engine: Engine, model: type[SQLModel]) -> int:
    with session_scope(engine) as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_file_engine_sets_pragmas_on_every_connection(file_engine: Engine) -> None:
    assert _pragma(file_engine, "foreign_keys") == 1
    assert _pragma(file_engine, "journal_mode") == "wal"
    assert _pragma(file_engine, "synchronous") == 1  # NORMAL
    assert _pragma(file_engine, "busy_timeout") == 5000


def test_new_file_and_its_directory_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "branchdesk.db"
    engine = make_engine(path)
    try:
        assert path.is_file()
        if POSIX:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        engine.dispose()


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "branchdesk.db"
    path.touch(mode=0o640)
    path.chmod(0o640)
    engine = make_engine(path)
    engine.dispose()
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_url_string_is_accepted_and_sqlite_gets_the_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'by_url.db'}")
    try:
        assert _pragma(engine, "foreign_keys") == 1
        assert _pragma(engine, "journal_mode") == "wal"
    finally:
        engine.dispose()


def test_memory_engine_shares_one_database_and_enforces_foreign_keys(memory_engine: Engine) -> None:
    assert _pragma(memory_engine, "foreign_keys") == 1
    with session_scope(memory_engine) as session:
        session.add(Setting(key="k", value="v"))
    assert _count(memory_engine, Setting) == 1


def test_session_scope_commits_and_objects_stay_usable(memory_engine: Engine) -> None:
    with session_scope(memory_engine) as session:
        branch = Branch(name="一车间团支部")
        session.add(branch)
    assert branch.id is not None  # expire_on_commit=False: readable after the session closed
    assert branch.name == "一车间团支部"


def test_session_scope_rolls_back_everything_on_error(memory_engine: Engine) -> None:
    with pytest.raises(RuntimeError, match="boom"), session_scope(memory_engine) as session:
        branch = Branch(name="二车间团支部")
        session.add(branch)
        session.flush()
        assert branch.id is not None
        session.add(Member(branch_id=branch.id, name="张三"))
        session.flush()
        raise RuntimeError("boom")
    assert _count(memory_engine, Branch) == 0
    assert _count(memory_engine, Member) == 0


def test_foreign_key_violation_is_refused(memory_engine: Engine) -> None:
    with pytest.raises(sa_exc.IntegrityError), session_scope(memory_engine) as session:
        session.add(Member(branch_id=424242, name="李四"))
    assert _count(memory_engine, Member) == 0


def test_read_only_database_maps_to_storage_error(tmp_path: Path) -> None:
    directory = tmp_path / "ro"
    path = directory / "branchdesk.db"
    engine = make_engine(path)
    SQLModel.metadata.create_all(engine)
    with session_scope(engine) as session:
        session.add(Branch(name="已有团支部"))
    engine.dispose()
    # Rollback-journal mode (as in a backup copy), so that it can still be read once read-only;
    # a read-only WAL file cannot be read at all without its -shm file (SQLITE_READONLY_*).
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE").close()

    path.chmod(0o444)
    directory.chmod(0o555)
    try:
        if POSIX and os.geteuid() != 0:
            engine = make_engine(path)
        else:
            # root ignores file modes, and Windows has none: open with SQLite's mode=ro instead,
            # which fails the same way (SQLITE_READONLY).
            engine = make_engine(path, read_only=True)
        try:
            assert _count(engine, Branch) == 1  # reading still works
            with pytest.raises(StorageError) as info, session_scope(engine) as session:
                session.add(Branch(name="新团支部"))
            assert str(info.value) == "数据文件是只读的，无法保存。请检查数据目录的权限。"
            assert isinstance(info.value.__cause__, sa_exc.OperationalError)
        finally:
            engine.dispose()
    finally:
        directory.chmod(0o755)
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("attempt to write a readonly database", "只读"),
        ("database is locked", "另一个程序"),
        ("disk I/O error", "磁盘错误"),
        ("database or disk is full", "磁盘空间已满"),
        ("file is not a database", "已损坏"),
        ("database disk image is malformed", "已损坏"),
        ("unable to open database file", "无法打开"),
    ],
)
def test_storage_errors_are_mapped_to_chinese_messages(message: str, expected: str) -> None:
    wrapped = sa_exc.OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))
    for exc in (wrapped, sqlite3.OperationalError(message)):
        mapped = storage_error_from(exc)
        assert isinstance(mapped, StorageError)
        assert expected in mapped.message


def test_real_sqlite_error_names_are_used(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all, just text" * 200)
    engine = make_engine(path)
    try:
        with pytest.raises(StorageError, match="已损坏"), session_scope(engine) as session:
            session.exec(select(Setting)).all()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "exc",
    [
        sa_exc.IntegrityError("INSERT ...", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
        sa_exc.OperationalError("SELECT ...", {}, sqlite3.OperationalError("no such table: x")),
        sqlite3.IntegrityError("FOREIGN KEY constraint failed"),
        ValueError("database is locked"),  # not a database error at all
    ],
)
def test_other_errors_are_not_mapped(exc: Exception) -> None:
    assert storage_error_from(exc) is None


def test_unmapped_errors_pass_through_session_scope_unchanged(memory_engine: Engine) -> None:
    with (
        pytest.raises(sa_exc.OperationalError, match="no such table"),
        session_scope(memory_engine) as session,
    ):
        session.connection().exec_driver_sql("SELECT * FROM no_such_table")
