"""Start-up integrity: a damaged database is detected, the newest sound backup is picked, the
damaged file is moved aside (never deleted) and the backup copied in."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from branchdesk.paths import AppPaths, resolve_paths
from branchdesk.services.backups import (
    BackupService,
    DamagedDatabaseError,
    newest_good_backup,
    quick_check,
    replace_damaged,
)
from branchdesk.services.container import open_checked_services, open_services
from branchdesk.services.demo import load_demo


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return resolve_paths(data_dir)


def corrupt(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\x00garbage\xff" * 1024)


def make_demo(paths: AppPaths) -> None:
    services = open_services(paths)
    try:
        load_demo(services)
        with services.engine.connect() as conn:  # fold the WAL into the file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()


def test_a_sound_database_opens(paths):
    make_demo(paths)
    services = open_checked_services(paths)
    services.close()


def test_garbage_in_the_middle_of_the_file_is_detected(paths, expected_warnings):
    make_demo(paths)
    corrupt(paths.database)
    assert quick_check(paths.database)
    with pytest.raises(DamagedDatabaseError):
        open_checked_services(paths)


def test_a_file_that_is_not_a_database_is_detected(paths):
    paths.ensure()
    paths.database.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 200)
    assert quick_check(paths.database)
    with pytest.raises(DamagedDatabaseError):
        open_checked_services(paths)


def test_the_newest_sound_backup_is_picked(paths, expected_warnings):
    make_demo(paths)
    services = open_services(paths)
    clock = [datetime(2026, 5, 1, 8)]
    backups = BackupService(services.engine, paths, now=lambda: clock[0])
    made = []
    for hours in (0, 1, 2, 3):
        clock[0] = datetime(2026, 5, 1, 8) + timedelta(hours=hours)
        made.append(backups.backup("daily"))
    services.close()
    corrupt(made[3].path)  # the newest is damaged
    with sqlite3.connect(made[2].path) as conn:  # the next is from a future version
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    conn.close()
    assert newest_good_backup([paths.backups]) is not None
    assert newest_good_backup([paths.backups]).path == made[1].path
    assert newest_good_backup([paths.data_dir / "nowhere"]) is None


def test_the_damaged_file_is_moved_aside_and_the_backup_copied_in(paths, expected_warnings):
    make_demo(paths)
    services = open_services(paths)
    good = services.backups.backup("daily")
    services.close()
    corrupt(paths.database)
    damaged_bytes = paths.database.read_bytes()

    picked = newest_good_backup([paths.backups])
    assert picked is not None and picked.path == good.path
    moved = replace_damaged(paths.database, picked.path, paths.backups, datetime(2026, 5, 2, 9))

    assert moved == paths.backups / "damaged-20260502-090000.db"
    assert moved.read_bytes() == damaged_bytes
    assert quick_check(paths.database) == []
    services = open_checked_services(paths)
    try:
        assert services.backups.current_counts() == good.counts
        assert all(info.path != moved for info in services.backups.list())
    finally:
        services.close()
