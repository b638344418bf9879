"""换届 handover files: export → inspect → import, and every way a file is refused."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from branchdesk.errors import ConflictError, StorageError
from branchdesk.paths import AppPaths, resolve_paths
from branchdesk.services.container import Services, open_services
from branchdesk.services.demo import load_demo
from branchdesk.services.handover import (
    DATABASE_NAME,
    FORMAT_VERSION,
    MANIFEST_NAME,
    HandoverService,
    count_tables,
    sha256_of,
)
from branchdesk.services.schemas import BranchInput
from branchdesk.store import migrate


@pytest.fixture
def source(tmp_path: Path) -> Iterator[tuple[Services, AppPaths]]:
    paths = resolve_paths(tmp_path / "outgoing")
    services = open_services(paths)
    load_demo(services)
    yield services, paths
    services.close()


def service(services: Services, paths: AppPaths) -> HandoverService:
    return HandoverService(services.engine, paths, services.branches)


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def rewrite(bundle: Path, target: Path, *, db: bytes | None = None, manifest=None) -> Path:
    """A copy of ``bundle`` with the database bytes and/or the manifest replaced."""
    with zipfile.ZipFile(bundle) as archive:
        old_db = archive.read(DATABASE_NAME)
        old_manifest = json.loads(archive.read(MANIFEST_NAME))
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(
            MANIFEST_NAME, json.dumps(manifest if manifest is not None else old_manifest)
        )
        archive.writestr(DATABASE_NAME, db if db is not None else old_db)
    return target


def test_export_inspect_import_gives_identical_data(source, tmp_path: Path):
    services, paths = source
    out = tmp_path / "handover.bdh"
    manifest = service(services, paths).export(out, outgoing="张三", incoming="李四")
    assert out.is_file() and not list(tmp_path.glob(".handover.bdh.*"))
    with zipfile.ZipFile(out) as archive:
        assert set(archive.namelist()) == {MANIFEST_NAME, DATABASE_NAME}
        stored = json.loads(archive.read(MANIFEST_NAME))
    assert stored["format_version"] == FORMAT_VERSION
    assert stored["schema_revision"] == migrate.head_revision()
    assert stored["outgoing"] == "张三" and stored["incoming"] == "李四"
    assert manifest.branches == (services.branches.current().name,)
    assert manifest.counts["member"] == 30 and manifest.counts["meeting"] > 0
    assert len(manifest.sha256) == 64

    inspected = service(services, paths).inspect(out)
    assert inspected == manifest

    fresh = tmp_path / "incoming"
    result = service(services, paths).import_into(out, fresh)
    assert result.backup is None and not result.migrated
    imported = fresh / "branchdesk.db"
    live = count_tables(services.engine)
    for table, count in manifest.counts.items():
        assert result.counts[table] == count
        assert count_tables(imported)[table] == count
    # Every table but the settings (the export notes itself there afterwards) is identical.
    assert {t: n for t, n in live.items() if t != "setting"} == {
        t: n for t, n in count_tables(imported).items() if t != "setting"
    }
    assert rows(imported, "member") == rows(paths.database, "member")
    assert rows(imported, "meeting") == rows(paths.database, "meeting")
    # The successor's app opens it.
    again = open_services(resolve_paths(fresh))
    try:
        assert again.members.count(again.branches.current().id) == 30
    finally:
        again.close()


def test_export_is_remembered_for_the_handover_list(source, tmp_path: Path):
    services, paths = source
    handover = service(services, paths)
    assert handover.last_export() is None
    manifest = handover.export(tmp_path / "x.zip", outgoing="张三")
    remembered = handover.last_export()
    assert remembered is not None
    assert remembered.sha256 == manifest.sha256 and remembered.outgoing == "张三"
    assert remembered.path == Path("x.zip")


def test_a_changed_byte_in_the_database_fails_the_checksum(source, tmp_path: Path):
    services, paths = source
    out = tmp_path / "h.bdh"
    service(services, paths).export(out)
    with zipfile.ZipFile(out) as archive:
        data = bytearray(archive.read(DATABASE_NAME))
    data[len(data) // 2] ^= 0xFF
    tampered = rewrite(out, tmp_path / "tampered.bdh", db=bytes(data))
    with pytest.raises(StorageError, match="移交文件已损坏（校验值不符）"):
        service(services, paths).inspect(tampered)
    # A byte flipped in the zip itself: zipfile's CRC or inflate fails — the same message.
    raw = bytearray(out.read_bytes())
    start = raw.find(DATABASE_NAME.encode(), 40) + 200  # inside the deflated database
    raw[start] ^= 0xFF
    flipped = tmp_path / "flipped.bdh"
    flipped.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="校验值不符"):
        service(services, paths).inspect(flipped)
    # Nothing was imported.
    with pytest.raises(StorageError, match="校验值不符"):
        service(services, paths).import_into(tampered, tmp_path / "new")
    assert not (tmp_path / "new" / "branchdesk.db").exists()


def test_not_a_zip_and_a_zip_without_manifest_are_refused_clearly(source, tmp_path: Path):
    services, paths = source
    handover = service(services, paths)
    text = tmp_path / "notes.bdh"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(StorageError, match="不是 zip 压缩包"):
        handover.inspect(text)
    bare = tmp_path / "bare.bdh"
    with zipfile.ZipFile(bare, "w") as archive:
        archive.writestr(DATABASE_NAME, b"x")
    with pytest.raises(StorageError, match="缺少 manifest.json"):
        handover.inspect(bare)
    with pytest.raises(StorageError, match="找不到移交文件"):
        handover.inspect(tmp_path / "missing.bdh")
    broken = tmp_path / "broken.bdh"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr(MANIFEST_NAME, "{not json")
        archive.writestr(DATABASE_NAME, b"x")
    with pytest.raises(StorageError, match="清单无法读取"):
        handover.inspect(broken)


def test_a_future_revision_or_format_is_refused(source, tmp_path: Path):
    services, paths = source
    out = tmp_path / "h.bdh"
    handover = service(services, paths)
    handover.export(out)
    with zipfile.ZipFile(out) as archive:
        db_bytes = archive.read(DATABASE_NAME)
        manifest = json.loads(archive.read(MANIFEST_NAME))
    future_db = tmp_path / "future.db"
    future_db.write_bytes(db_bytes)
    conn = sqlite3.connect(future_db)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    manifest["schema_revision"] = "ffff_from_the_future"
    manifest["database"]["sha256"] = sha256_of(future_db)
    future = rewrite(out, tmp_path / "future.bdh", db=future_db.read_bytes(), manifest=manifest)
    with pytest.raises(StorageError, match="此移交文件由更新版本的 branchdesk 创建"):
        handover.inspect(future)

    newer = dict(json.loads(json.dumps(manifest)), format_version=FORMAT_VERSION + 1)
    newer_file = rewrite(out, tmp_path / "newer.bdh", manifest=newer)
    with pytest.raises(StorageError, match="更新版本的 branchdesk"):
        handover.inspect(newer_file)


def test_a_damaged_database_with_a_matching_checksum_fails_integrity(source, tmp_path: Path):
    services, paths = source
    out = tmp_path / "h.bdh"
    handover = service(services, paths)
    handover.export(out)
    with zipfile.ZipFile(out) as archive:
        data = bytearray(archive.read(DATABASE_NAME))
        manifest = json.loads(archive.read(MANIFEST_NAME))
    page = 4096 * 3
    data[page : page + 4096] = b"\xde\xad\xbe\xef" * 1024
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    manifest["database"]["sha256"] = sha256_of(damaged)
    bundle = rewrite(out, tmp_path / "damaged.bdh", db=bytes(data), manifest=manifest)
    with pytest.raises(StorageError, match="已损坏"):
        handover.inspect(bundle)


def test_import_into_a_directory_with_data_needs_replace_and_backs_up(source, tmp_path: Path):
    services, paths = source
    out = tmp_path / "h.bdh"
    service(services, paths).export(out)

    other_paths = resolve_paths(tmp_path / "successor")
    other = open_services(other_paths)
    try:
        other.branches.create(BranchInput(name="原有团支部"))
        handover = service(other, other_paths)
        with pytest.raises(ConflictError, match="已有数据"):
            handover.import_into(out, other_paths.data_dir)
        assert [b.name for b in other.branches.list()] == ["原有团支部"]

        result = handover.import_into(out, other_paths.data_dir, replace=True)
        assert result.backup is not None and result.backup.is_file()
        assert result.backup.parent == other_paths.backups
        assert rows(result.backup, "branch")[0][1] == "原有团支部"
        # The live engine sees the imported data straight away.
        assert [b.name for b in other.branches.list()] == [services.branches.current().name]
        assert other.members.count(other.branches.current().id) == 30
    finally:
        other.close()


def test_import_into_a_closed_directory_with_data(source, tmp_path: Path):
    """The CLI case with another directory: the target is not this service's database."""
    services, paths = source
    out = tmp_path / "h.bdh"
    service(services, paths).export(out)
    first = service(services, paths).import_into(out, tmp_path / "elsewhere")
    assert first.backup is None
    with pytest.raises(ConflictError):
        service(services, paths).import_into(out, tmp_path / "elsewhere")
    second = service(services, paths).import_into(out, tmp_path / "elsewhere", replace=True)
    assert second.backup is not None and second.backup.is_file()
    assert second.counts["member"] == 30


def test_export_refuses_a_folder_and_reports_unwritable_places(source, tmp_path: Path):
    services, paths = source
    handover = service(services, paths)
    with pytest.raises(StorageError, match="同名文件夹"):
        handover.export(tmp_path)
    with pytest.raises(StorageError, match="文件夹不存在"):
        handover.export(tmp_path / "no" / "such" / "h.bdh")


def test_the_outgoing_passphrase_does_not_travel(source, tmp_path: Path):
    from branchdesk.services.security import SecurityService

    services, paths = source
    SecurityService(services.engine).set_passphrase("old-secret")
    out = tmp_path / "handover.bdh"
    service(services, paths).export(out)
    target = resolve_paths(tmp_path / "incoming")
    fresh = open_services(target)
    try:
        service(fresh, target).import_into(out, target.data_dir)
        assert not SecurityService(fresh.engine).has_passphrase()
        assert fresh.members.count(fresh.branches.current().id) == 30
    finally:
        fresh.close()
