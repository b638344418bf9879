"""A read-only data directory and a full disk: a clear Chinese StorageError, nothing lost (issue 7).

- Read-only: the file and its directory are made read-only, and the engine is opened with
  SQLite's ``mode=ro`` URI — as root, chmod alone does not stop a write, the URI does.
- Full disk, portable: a worker process (``helpers/fault_worker.py import-fsize``) caps the size
  of every file it writes with ``RLIMIT_FSIZE`` (``SIGXFSZ`` ignored, so writes fail with EFBIG)
  and commits a 2,000-row import. SQLite reports EFBIG as a write I/O error.
- Full disk, real: as root where a tmpfs can be mounted, a 600 KiB tmpfs runs out of space
  (ENOSPC, SQLite's "database or disk is full"); skipped elsewhere.

Afterwards the file passes ``PRAGMA integrity_check`` and holds exactly the rows it held before,
and the application can still save once the fault is gone.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from helpers.fault_worker import make_template
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import StorageError
from branchdesk.paths import DB_FILENAME, AppPaths
from branchdesk.services.container import build_services, open_services
from branchdesk.store.engine import MSG_FULL, MSG_IO, MSG_READONLY, make_engine

pytestmark = pytest.mark.skipif(os.name != "posix", reason="chmod, rlimits and mounts")

WORKER = Path(__file__).resolve().parent.parent / "helpers" / "fault_worker.py"
IMPORT_ROWS = 2000
TABLES = ("branch", "member", "meeting", "attendance", "meeting_agenda", "resolution")


@dataclass(frozen=True)
class Template:
    db: Path
    preview: Path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    db, preview = make_template(tmp_path_factory.mktemp("disk"), IMPORT_ROWS)
    return Template(db, preview)


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a save or an import touches, in id order."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in TABLES
        }


def _copy(template: Template, data_dir: Path) -> Path:
    data_dir.mkdir()
    db = data_dir / DB_FILENAME
    shutil.copyfile(template.db, db)
    return db


def _new_member() -> MemberInput:
    return MemberInput(
        name="新团员",
        gender="1",
        id_number=make_id(date(2005, 3, 4), region="110108", seq=301),
        political_status="03",
        join_month=YearMonth(2020, 5),
    )


def test_saving_into_a_read_only_data_directory_says_so_and_loses_nothing(
    template: Template, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    db = _copy(template, data_dir)
    before = _snapshot(db)
    db.chmod(0o400)
    data_dir.chmod(0o500)
    try:
        services = build_services(make_engine(db, read_only=True))
        try:
            branch_id = services.branches.list()[0].id  # reading still works
            assert services.members.count(branch_id) == 30
            with pytest.raises(StorageError) as caught:
                services.members.create(branch_id, _new_member())
            assert caught.value.message == MSG_READONLY
            assert "只读" in str(caught.value)
        finally:
            services.close()
    finally:
        data_dir.chmod(0o700)
        db.chmod(0o600)
    assert _snapshot(db) == before
    services = open_services(AppPaths(data_dir))  # writable again: the same save goes through
    try:
        services.members.create(services.branches.list()[0].id, _new_member())
    finally:
        services.close()
    assert len(_snapshot(db)["member"]) == 31


def test_a_file_size_limit_during_an_import_is_reported_and_the_file_stays_whole(
    template: Template, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    db = _copy(template, data_dir)
    before = _snapshot(db)
    worker = subprocess.run(
        [sys.executable, str(WORKER), "import-fsize", str(data_dir), str(template.preview), "0"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert worker.returncode == 0, worker.stderr
    report = json.loads(worker.stdout.strip().splitlines()[-1])
    # EFBIG is a write error to SQLite (SQLITE_IOERR_WRITE); ENOSPC would be SQLITE_FULL.
    assert report["outcome"] == "storage_error", report
    assert report["message"] in (MSG_IO, MSG_FULL), report
    assert _snapshot(db) == before
    _import_now_succeeds(data_dir, template)


@pytest.fixture
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mount_point = tmp_path / "tmpfs"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr!r}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def test_a_full_disk_during_an_import_is_reported_and_the_file_stays_whole(
    template: Template, small_tmpfs: Path
) -> None:
    data_dir = small_tmpfs / "data"
    db = _copy(template, data_dir)
    before = _snapshot(db)
    preview = pickle.loads(template.preview.read_bytes())
    services = open_services(AppPaths(data_dir))
    try:
        with pytest.raises(StorageError) as caught:
            services.imports.commit(services.branches.list()[0].id, preview, valid_only=False)
        assert caught.value.message == MSG_FULL
    finally:
        services.close()
    assert _snapshot(db) == before


def _import_now_succeeds(data_dir: Path, template: Template) -> None:
    preview = pickle.loads(template.preview.read_bytes())
    services = open_services(AppPaths(data_dir))
    try:
        result = services.imports.commit(services.branches.list()[0].id, preview, False)
    finally:
        services.close()
    assert result.created == IMPORT_ROWS
