"""Opening a file already at head skips alembic (issue 9: ~0.3 s of every start); every other
file still goes through alembic exactly as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.errors import StorageError
from branchdesk.store import migrate
from branchdesk.store.migrate import head_revision, open_database, plain_head

OPEN_AND_REPORT = """
import sys
from pathlib import Path
from branchdesk.store.migrate import open_database
engine = open_database(Path(sys.argv[1]), Path(sys.argv[2]))
engine.dispose()
print("alembic" in sys.modules)
"""


def test_the_plain_head_is_alembics_head() -> None:
    assert plain_head() == head_revision()


def test_plain_head_gives_up_when_unsure(tmp_path: Path, monkeypatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path)
    assert plain_head() is None  # no files
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision = "b"\ndown_revision = "a"\n')
    assert plain_head() == "b"
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    assert plain_head() is None  # two heads
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')
    assert plain_head() is None  # a merge: not a plain line


def _open_in_child(db: Path, backups: Path) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, str(db), str(backups)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout.strip() == "True"


def test_a_file_at_head_opens_without_alembic(tmp_path: Path) -> None:
    db, backups = tmp_path / "branchdesk.db", tmp_path / "backups"
    assert _open_in_child(db, backups) is True  # a new file: created by the migrations
    assert _open_in_child(db, backups) is False  # at head: alembic not even imported
    assert not backups.exists() or not any(backups.iterdir())


def test_a_file_behind_head_is_still_backed_up_and_upgraded(tmp_path: Path) -> None:
    db, backups = tmp_path / "branchdesk.db", tmp_path / "backups"
    open_database(db, backups).dispose()
    migrate.downgrade(migrate.make_engine(db), "0005_change_log")
    assert _open_in_child(db, backups) is True
    assert migrate.current_revision(migrate.make_engine(db)) == head_revision()
    assert [p.name.startswith("branchdesk_0005_change_log_") for p in backups.iterdir()] == [True]


def test_a_file_from_the_future_is_still_refused(tmp_path: Path, expected_warnings) -> None:
    db, backups = tmp_path / "branchdesk.db", tmp_path / "backups"
    open_database(db, backups).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(StorageError, match="更新版本"):
        open_database(db, backups)
    assert any("9999_future" in r.getMessage() for r in expected_warnings)


def test_a_file_that_is_not_a_database_takes_the_full_path(tmp_path: Path) -> None:
    db, backups = tmp_path / "branchdesk.db", tmp_path / "backups"
    db.write_bytes(b"not a database at all" * 100)
    assert migrate._at_known_head(db) is False
    with pytest.raises(StorageError):
        open_database(db, backups)
