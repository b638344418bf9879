"""Backups through SQLite's backup API: consistency, counts, rotation, the daily rule, restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from branchdesk.errors import StorageError
from branchdesk.paths import AppPaths, resolve_paths
from branchdesk.services import backups as backup_module
from branchdesk.services.backups import BackupService, integrity_check
from branchdesk.services.container import Services, open_services
from branchdesk.services.demo import load_demo

START = datetime(2026, 3, 10, 9, 0, 0)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


@pytest.fixture
def live(paths: AppPaths):
    services = open_services(paths)
    yield services
    services.close()


@pytest.fixture
def demo(live: Services):
    return load_demo(live)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def backups(live: Services, paths: AppPaths, clock: Clock) -> BackupService:
    return BackupService(live.engine, paths, now=clock)


def corrupt(path: Path) -> None:
    """Overwrite two pages in the middle of the file with garbage."""
    size = path.stat().st_size
    assert size >= 4 * 4096
    with path.open("r+b") as handle:
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_container_wires_the_backup_service(live):
    assert isinstance(live.backups, BackupService)


def test_backup_while_another_connection_writes_is_consistent(live, demo, backups, paths):
    before = backups.current_counts()
    writer = sqlite3.connect(paths.database, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE member SET deleted_at = '2026-01-01 00:00:00'")
        writer.execute("DELETE FROM registration")
        info = backups.backup("manual")
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert integrity_check(info.path) == []
    assert info.counts == before
    assert before["members"] > 20 and before["meetings"] > 0


def test_backup_lists_date_reason_size_and_counts(live, demo, backups, clock):
    info = backups.backup("close")
    assert info.path.parent == backups.folder()
    assert info.path.name == "branchdesk_close_20260310-090000.db"
    assert info.reason == "close"
    assert info.created == START
    assert info.size == info.path.stat().st_size > 0
    assert info.counts == backups.current_counts()
    assert set(info.counts) == {"members", "meetings", "evaluations", "registrations"}
    second = backups.backup("manual")  # same second: a distinct name
    assert second.path != info.path
    assert [b.path for b in backups.list()] == [second.path, info.path]


def test_migration_backups_are_listed_as_such(paths, backups):
    name = "branchdesk_0003_profile_overrides_20260101-120000.db"
    backup_module.migrate.backup_database(backups._engine, paths.backups / name)
    (listed,) = backups.list()
    assert listed.reason == "migration"
    assert listed.created == datetime(2026, 1, 1, 12, 0, 0)


def test_backup_to_an_explicit_file(backups, tmp_path):
    target = tmp_path / "elsewhere" / "copy.db"
    info = backups.backup("manual", to=target)
    assert info.path == target and integrity_check(target) == []
    with pytest.raises(StorageError):
        backups.backup("manual", to=target)


def test_folder_and_keep_are_settings(backups, paths, tmp_path):
    assert backups.folder() == paths.backups
    assert backups.keep() == 10
    backups.set_folder(tmp_path / "usb")
    backups.set_keep(3)
    assert backups.folder() == tmp_path / "usb"
    assert backups.keep() == 3
    info = backups.backup("manual")
    assert info.path.parent == tmp_path / "usb"
    backups.set_folder(None)
    assert backups.folder() == paths.backups


def test_rotation_keeps_the_last_n_and_the_newest_of_each_month(backups, clock):
    backups.set_keep(3)
    made = []
    day = datetime(2025, 11, 3, 8, 0, 0)
    for step in range(12):  # every 10 days from 3 November 2025 to 23 February 2026
        clock.now = day + timedelta(days=10 * step)
        made.append(backups.backup("daily"))
    removed = backups.rotate()
    kept = {info.created for info in backups.list()}
    newest_three = {info.created for info in made[-3:]}
    monthly = {
        datetime(2025, 11, 23, 8),
        datetime(2025, 12, 23, 8),
        datetime(2026, 1, 22, 8),
        datetime(2026, 2, 21, 8),
    }
    assert kept == newest_three | monthly
    assert len(removed) == len(made) - len(kept)
    assert all(not path.exists() for path in removed)
    assert backups.rotate() == []


def test_daily_backup_is_due_once_a_day(backups, clock):
    assert backups.daily_due()  # no backup yet
    backups.backup("daily")
    clock.now = START + timedelta(hours=23)
    assert not backups.daily_due()
    clock.now = START + timedelta(days=1, minutes=1)
    assert backups.daily_due()


def test_restore_brings_back_a_deleted_member_and_backs_up_first(live, demo, backups, clock):
    counts = backups.current_counts()
    good = backups.backup("manual")
    with live.engine.begin() as conn:
        member_id = conn.exec_driver_sql("SELECT min(id) FROM member").scalar_one()
        conn.exec_driver_sql("DELETE FROM attendance WHERE member_id = ?", (member_id,))
        conn.exec_driver_sql("DELETE FROM evaluation WHERE member_id = ?", (member_id,))
        conn.exec_driver_sql("DELETE FROM registration WHERE member_id = ?", (member_id,))
        conn.exec_driver_sql("DELETE FROM volunteer_hours WHERE member_id = ?", (member_id,))
        for column in ("chair_id", "recorder_id"):
            conn.exec_driver_sql(
                f"UPDATE meeting SET {column} = NULL WHERE {column} = ?", (member_id,)
            )
        conn.exec_driver_sql("DELETE FROM member WHERE id = ?", (member_id,))
    assert backups.current_counts()["members"] == counts["members"] - 1

    clock.now = START + timedelta(minutes=5)
    before = backups.restore(good)

    assert before.reason == "restore"
    assert before.counts["members"] == counts["members"] - 1
    # The engine stays valid: the services see the restored data at once.
    assert backups.current_counts() == counts
    assert live.members.get(member_id).id == member_id
    assert backups.quick_check() == []
    with live.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"


def test_a_damaged_backup_is_refused_and_the_live_database_untouched(
    live, demo, backups, expected_warnings
):
    bad = backups.backup("manual")
    corrupt(bad.path)
    counts = backups.current_counts()
    with pytest.raises(StorageError, match="已损坏"):
        backups.restore(bad.path)
    assert backups.current_counts() == counts
    assert [info.reason for info in backups.list()] == ["manual"]  # no restore backup either
    assert backups.quick_check() == []


def test_a_backup_from_a_future_revision_is_refused(live, demo, backups):
    future = backups.backup("manual")
    conn = sqlite3.connect(future.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    counts = backups.current_counts()
    with pytest.raises(StorageError, match="更新版本"):
        backups.restore(future)
    assert backups.current_counts() == counts


def test_a_file_that_is_not_a_database_is_refused(backups, tmp_path, expected_warnings):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 500)
    with pytest.raises(StorageError):
        backups.restore(junk)
