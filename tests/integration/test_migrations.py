"""Alembic migrations on real files: fresh upgrade, no drift, refusal of the future, backups."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlalchemy import exc as sa_exc
from sqlmodel import SQLModel, select

from branchdesk.errors import StorageError
from branchdesk.store import models
from branchdesk.store.engine import session_scope
from branchdesk.store.migrate import (
    backup_database,
    current_revision,
    downgrade,
    head_revision,
    open_database,
)

BACKUP_NAME = re.compile(r"^branchdesk_(?P<rev>[\w]+)_\d{8}-\d{6}(-\d+)?\.db$")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "branchdesk.db"


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def engine(db_path: Path, backups: Path) -> Iterator[Engine]:
    engine = open_database(db_path, backups)
    yield engine
    engine.dispose()


@contextlib.contextmanager
def _sqlite(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection that is really closed afterwards (``with conn`` does not)."""
    conn = sqlite3.connect(path)
    try:
        with conn:  # commit
            yield conn
    finally:
        conn.close()


def _backup_files(backups: Path) -> list[Path]:
    return sorted(backups.iterdir()) if backups.exists() else []


def test_upgrade_head_on_empty_file_creates_every_table(
    engine: Engine, db_path: Path, backups: Path
) -> None:
    tables = set(inspect(engine).get_table_names())
    assert tables == set(SQLModel.metadata.tables) | {"alembic_version"}
    assert {"branch", "setting", "member"} <= tables
    assert current_revision(engine) == head_revision()
    assert _backup_files(backups) == []  # nothing to protect in a new file


def test_pragmas_are_active_on_a_migrated_file(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_no_drift_between_migrations_and_models(engine: Engine) -> None:
    """Fails when models.py changed without a migration: run scripts/make_migration.py."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], f"models.py and the migrations differ; write a migration: {diff}"


def test_every_constraint_and_index_has_a_name() -> None:
    """Unnamed constraints cannot be dropped portably later (batch mode needs a name)."""
    unnamed = [
        f"{table.name}: {type(item).__name__}"
        for table in SQLModel.metadata.tables.values()
        for items in (table.constraints, table.indexes)
        for item in items
        if not item.name
    ]
    assert unnamed == []
    assert SQLModel.metadata.naming_convention == models.NAMING_CONVENTION


def test_opening_again_at_head_changes_nothing(
    engine: Engine, db_path: Path, backups: Path
) -> None:
    engine.dispose()
    again = open_database(db_path, backups)
    try:
        assert current_revision(again) == head_revision()
    finally:
        again.dispose()
    assert _backup_files(backups) == []


def test_downgrade_to_base_and_upgrade_again(engine: Engine, db_path: Path, backups: Path) -> None:
    downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    assert current_revision(engine) is None
    engine.dispose()

    again = open_database(db_path, backups)
    try:
        assert current_revision(again) == head_revision()
        assert set(inspect(again).get_table_names()) >= set(SQLModel.metadata.tables)
    finally:
        again.dispose()


def test_database_from_the_future_is_refused_untouched(
    engine: Engine,
    db_path: Path,
    backups: Path,
    expected_warnings: list[logging.LogRecord],
) -> None:
    engine.dispose()
    with _sqlite(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db_path.read_bytes()

    with pytest.raises(StorageError) as info:
        open_database(db_path, backups)

    assert "9999_future" in info.value.message
    assert "更新版本" in info.value.message
    assert db_path.read_bytes() == before
    assert _backup_files(backups) == []
    assert any("9999_future" in r.getMessage() for r in expected_warnings)


def test_existing_database_behind_head_is_backed_up_before_upgrade(
    engine: Engine, db_path: Path, backups: Path
) -> None:
    with session_scope(engine) as session:
        session.add(models.Setting(key="current_branch", value="1"))
    downgrade(engine, "base")
    engine.dispose()
    with _sqlite(db_path) as conn:  # data that survives the downgrade, in a side table
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        conn.execute("INSERT INTO notes (text) VALUES ('团课记录'), ('支部大会')")

    upgraded = open_database(db_path, backups)
    try:
        assert current_revision(upgraded) == head_revision()
        assert set(inspect(upgraded).get_table_names()) >= {"notes", *SQLModel.metadata.tables}
    finally:
        upgraded.dispose()

    [backup] = _backup_files(backups)
    match = BACKUP_NAME.match(backup.name)
    assert match is not None, backup.name
    assert match["rev"] == "none"
    with contextlib.closing(sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        notes = [text for (text,) in conn.execute("SELECT text FROM notes ORDER BY id")]
        assert notes == ["团课记录", "支部大会"]
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == []


def test_backup_of_a_live_engine_includes_uncheckpointed_writes(
    engine: Engine, tmp_path: Path
) -> None:
    with session_scope(engine) as session:
        session.add(models.Branch(name="一车间团支部"))
    # The row may still be only in the -wal file: a file copy could miss it, the backup API not.
    target = backup_database(engine, tmp_path / "copies" / "daily.db")
    with contextlib.closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT name FROM branch").fetchall() == [("一车间团支部",)]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    with pytest.raises(FileExistsError):
        backup_database(engine, target)


def test_a_failing_migration_leaves_the_file_as_it_was(
    db_path: Path, backups: Path, expected_warnings: list[logging.LogRecord]
) -> None:
    db_path.parent.mkdir(parents=True)
    with _sqlite(db_path) as conn:  # a stray "member" table makes 0001 fail halfway through
        conn.execute("CREATE TABLE member (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO member (name) VALUES ('张三')")

    with pytest.raises(StorageError, match="升级数据文件失败") as info:
        open_database(db_path, backups)

    [backup] = _backup_files(backups)
    assert str(backup) in info.value.message
    with contextlib.closing(sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)) as conn:
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        assert tables == {"member"}  # branch and setting were rolled back, member untouched
        assert conn.execute("SELECT name FROM member").fetchall() == [("张三",)]
    assert expected_warnings  # the failure is logged with its traceback


def test_backup_from_a_path(engine: Engine, db_path: Path, tmp_path: Path) -> None:
    with session_scope(engine) as session:
        session.add(models.Setting(key="k", value="值"))
    target = backup_database(db_path, tmp_path / "from_path.db")
    with contextlib.closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT value FROM setting").fetchall() == [("值",)]


def test_foreign_key_violation_is_refused_on_a_migrated_file(engine: Engine) -> None:
    with (
        pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"),
        session_scope(engine) as session,
    ):
        session.add(models.Member(branch_id=999, name="王五"))
    with session_scope(engine) as session:
        assert session.exec(select(models.Member)).all() == []


def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path, backups: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"PK\x03\x04 an Excel file renamed to .db " * 100)
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="已损坏"):
        open_database(db_path, backups)
    assert db_path.read_bytes() == before
    assert _backup_files(backups) == []


def test_an_empty_file_is_treated_as_new(db_path: Path, backups: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    engine = open_database(db_path, backups)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert _backup_files(backups) == []
