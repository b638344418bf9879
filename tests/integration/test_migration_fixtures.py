"""Every committed old database upgrades to head keeping every record (issue 7).

``tests/fixtures/db/schema_000N.db`` were made by ``scripts/make_db_fixtures.py``: an empty file
upgraded to revision 000N, then filled with realistic rows for each table it has. A copy of each
goes through ``store.migrate.open_database`` (backup, then upgrade to whatever head is today), and
then every table of the fixture must have the same rows, with the same value in every column the
fixture had; the backup must pass ``PRAGMA integrity_check`` and equal the fixture.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from branchdesk.paths import AppPaths
from branchdesk.services.container import open_services
from branchdesk.store.migrate import current_revision, head_revision, open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "db"
FILES = sorted(FIXTURES.glob("schema_*.db"))

Rows = dict[str, dict[tuple[object, ...], dict[str, object]]]


def test_there_is_a_fixture_for_every_released_revision_up_to_0004() -> None:
    assert [path.stem for path in FILES][:4] == [f"schema_000{n}" for n in range(1, 5)]


def _tables(conn: sqlite3.Connection) -> list[str]:
    return sorted(
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if not row[0].startswith("sqlite_") and row[0] != "alembic_version"
    )


def _rows(conn: sqlite3.Connection, tables: list[str], columns: dict[str, list[str]]) -> Rows:
    """table → primary key → {column: value}, for the given columns only."""
    result: Rows = {}
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        key = [row[1] for row in sorted(info, key=lambda r: r[5]) if row[5]] or ["rowid"]
        wanted = columns[table]
        names = ", ".join(f'"{name}"' for name in [*key, *wanted])
        result[table] = {
            tuple(row[: len(key)]): dict(zip(wanted, row[len(key) :], strict=True))
            for row in conn.execute(f"SELECT {names} FROM {table}")
        }
    return result


def _read(path: Path) -> tuple[list[str], dict[str, list[str]], Rows, str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        tables = _tables(conn)
        columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        return tables, columns, _rows(conn, tables, columns), revision


@pytest.mark.parametrize("fixture", FILES, ids=[path.stem for path in FILES])
def test_an_old_database_upgrades_to_head_with_every_record_unchanged(
    fixture: Path, tmp_path: Path
) -> None:
    tables, columns, before, revision = _read(fixture)
    assert sum(len(rows) for rows in before.values()) >= 6, "the fixture holds data"
    assert {"branch", "member"} <= set(tables)

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "branchdesk.db"
    shutil.copyfile(fixture, db)
    engine = open_database(db, data_dir / "backups")
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()

    with contextlib.closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert set(tables) <= set(_tables(conn)), "a table disappeared"
        after = _rows(conn, tables, columns)
    for table in tables:
        assert len(after[table]) == len(before[table]), table  # row counts per table
        assert after[table] == before[table], table  # and every value of every old column

    # A few values by name, so a fixture that lost its rows cannot pass silently.
    members = after["member"]
    assert members[(1,)]["name"] == "王海燕"
    assert members[(1,)]["id_number"] == "220102199804120024"
    assert members[(3,)]["deleted_at"] is not None  # the one in the 回收站 stays there
    assert after["branch"][(1,)]["profile_key"] == "jilin-2021"
    if "meeting" in after:
        assert after["meeting"][(1,)]["title"] == "第一季度支部大会"
        assert len(after["attendance"]) == 4
        assert after["attachment"][(1,)]["data"].endswith(b"\x00\x01\xff-binary")  # type: ignore[union-attr]
        assert after["registration"][(2,)]["defer_until"] == "2025-09-20"
        assert after["evaluation"][(1,)]["approved_grade"] == "excellent"
    if "profile_override" in after:
        assert after["profile_override"][(1,)]["value_json"] == "2"
    if "annual_return_note" in after:
        assert after["annual_return_note"][(1,)]["reason"] == "1名团员超龄离团"

    # The backup taken before the upgrade: sound, at the old revision, the same rows.
    backups = sorted((data_dir / "backups").glob(f"branchdesk_{revision}_*.db"))
    assert len(backups) == 1, list((data_dir / "backups").iterdir())
    with contextlib.closing(sqlite3.connect(backups[0])) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert _read(backups[0])[2:] == (before, revision)

    # And the application reads the upgraded file.
    services = open_services(AppPaths(data_dir))
    try:
        (branch,) = services.branches.list()
        assert services.members.get(1).data.name == "王海燕"
        assert services.members.get(2).data.dev_number == "201722000001"
    finally:
        services.close()
