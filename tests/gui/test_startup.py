"""Opening a data directory for the window: a second instance is refused, a damaged database is
offered its newest sound backup, the daily backup runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.ui.startup import open_data_directory


@pytest.fixture
def paths(tmp_path: Path):
    paths = resolve_paths(tmp_path / "data")
    services = open_services(paths)
    load_demo(services)
    with services.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    return paths


def test_first_start_makes_the_daily_backup_and_a_second_instance_is_refused(
    qapp, paths, message_boxes
):
    opened = open_data_directory(paths)
    assert opened is not None
    services, lock = opened
    try:
        assert [info.reason for info in services.backups.list()] == ["daily"]
        assert open_data_directory(paths) is None
        assert message_boxes.kinds() == ["error"]
        assert str(paths.data_dir) in message_boxes.calls[0][2]
    finally:
        services.close()
        lock.unlock()


def test_a_damaged_database_is_replaced_by_the_newest_sound_backup(
    qapp, paths, message_boxes, expected_warnings
):
    services = open_services(paths)
    services.backups.backup("close")
    services.close()
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as handle:
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\xde\xad\xbe\xef" * 2048)

    opened = open_data_directory(paths)

    assert opened is not None
    services, lock = opened
    try:
        assert message_boxes.kinds() == ["confirm", "info"]
        assert services.backups.quick_check() == []
        assert services.members.count(services.branches.current().id) == 30
        assert len(list(paths.backups.glob("damaged-*.db"))) == 1
    finally:
        services.close()
        lock.unlock()


def test_declining_the_recovery_leaves_the_damaged_file_in_place(
    qapp, paths, message_boxes, expected_warnings
):
    services = open_services(paths)
    services.backups.backup("close")
    services.close()
    paths.database.write_bytes(b"garbage" * 4000)
    message_boxes.answer = False
    assert open_data_directory(paths) is None
    assert paths.database.read_bytes() == b"garbage" * 4000
    assert not list(paths.backups.glob("damaged-*.db"))
