"""换届 handover: the whole branch as one file, checked and loaded on the successor's machine.

A handover file (``.bdh`` by convention, any name is accepted) is a zip with two members:

- ``branchdesk.db`` — a consistent snapshot of the live database, made with SQLite's online
  backup API (:func:`branchdesk.store.migrate.backup_database`), never a file copy;
- ``manifest.json`` — the format version, the app version and schema revision that wrote it,
  when, the branch names, the rows of every table, the SHA-256 of ``branchdesk.db`` and the
  outgoing and incoming secretaries' names.

:meth:`HandoverService.inspect` checks a file before anything is loaded: a zip, a manifest this
version can read, the checksum, ``PRAGMA integrity_check``, a schema revision this version knows.
:meth:`HandoverService.import_into` loads it into a data directory: refused when that directory
already holds data unless ``replace`` (the existing database is backed up first through
:class:`~branchdesk.services.backups.BackupService`), copied in with the backup API, migrated
to head when older, and the row counts compared with the manifest's.

The 移交清单 (report ``handover``) counts the live data: :func:`handover_doc`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import secrets
import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, func
from sqlmodel import col, select

from branchdesk import __version__
from branchdesk.domain import vocab
from branchdesk.domain.meetings import MEETING_KINDS
from branchdesk.errors import BranchdeskError, ConflictError, NotFoundError, StorageError
from branchdesk.paths import DB_FILENAME, AppPaths
from branchdesk.reports.handover_documents import PAPER_ITEMS, HandoverDoc
from branchdesk.services.backups import RESTORE, BackupService, file_revision, integrity_check
from branchdesk.services.branches import BranchService
from branchdesk.services.security import PASSPHRASE_KEY
from branchdesk.store import migrate
from branchdesk.store.engine import make_engine, session_scope, storage_error_from
from branchdesk.store.models import (
    Attachment,
    Branch,
    Evaluation,
    Meeting,
    Member,
    ProfileOverride,
    Registration,
    Setting,
)

log = logging.getLogger(__name__)

FORMAT_VERSION: Final = 1
MANIFEST_NAME: Final = "manifest.json"
DATABASE_NAME: Final = DB_FILENAME
SUFFIX: Final = ".bdh"
LAST_EXPORT_KEY: Final = "handover.last_export"  # the newest export's manifest, for the 移交清单

# Tables that do not count as "data" when deciding whether a directory is empty.
_BOOKKEEPING: Final = frozenset({"alembic_version", "setting"})
_CHUNK: Final = 1 << 20


@dataclass(frozen=True)
class HandoverManifest:
    """What a handover file says it holds (``manifest.json``)."""

    format_version: int
    app_version: str
    schema_revision: str
    created_at: datetime
    branches: tuple[str, ...]
    counts: Mapping[str, int]  # rows per table, every table but alembic_version
    sha256: str  # of branchdesk.db
    size: int  # bytes of branchdesk.db
    outgoing: str = ""
    incoming: str = ""
    path: Path | None = field(default=None, compare=False)  # the file it was read from

    @property
    def short_checksum(self) -> str:
        """The first 16 hex digits, as printed on the 移交清单."""
        return self.sha256[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "branchdesk-handover",
            "format_version": self.format_version,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "branches": list(self.branches),
            "counts": dict(sorted(self.counts.items())),
            "database": {"name": DATABASE_NAME, "sha256": self.sha256, "size": self.size},
            "outgoing": self.outgoing,
            "incoming": self.incoming,
        }

    @classmethod
    def from_json(cls, data: Any, path: Path | None = None) -> HandoverManifest:
        """Parse a manifest; raises ``KeyError``/``TypeError``/``ValueError`` when malformed."""
        if not isinstance(data, dict) or data.get("format") != "branchdesk-handover":
            raise ValueError("not a branchdesk handover manifest")
        database = data["database"]
        counts = {str(key): int(value) for key, value in dict(data["counts"]).items()}
        return cls(
            format_version=int(data["format_version"]),
            app_version=str(data["app_version"]),
            schema_revision=str(data["schema_revision"]),
            created_at=datetime.fromisoformat(str(data["created_at"])),
            branches=tuple(str(name) for name in data["branches"]),
            counts=counts,
            sha256=str(database["sha256"]).lower(),
            size=int(database["size"]),
            outgoing=str(data.get("outgoing", "")),
            incoming=str(data.get("incoming", "")),
            path=path,
        )


@dataclass(frozen=True)
class HandoverImport:
    """The outcome of :meth:`HandoverService.import_into`."""

    manifest: HandoverManifest
    data_dir: Path
    counts: Mapping[str, int]  # rows per table after the import (and migration)
    backup: Path | None  # where the data the directory held before was backed up
    migrated: bool  # the snapshot was older and was upgraded to this version's schema


def count_tables(source: Path | Engine) -> dict[str, int]:
    """The rows of every table (soft-deleted ones too) but Alembic's, of a file or an engine."""
    if isinstance(source, Path):
        conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return _count_rows(conn.execute, source)
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"无法读取数据文件 {source.name}：{exc}") from exc
        finally:
            conn.close()
    with source.connect() as live:
        return _count_rows(lambda sql: live.exec_driver_sql(sql).fetchall(), source)


def _count_rows(execute: Callable[[str], Any], source: object) -> dict[str, int]:
    rows = execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    names = [str(row[0]) for row in rows if row[0] != "alembic_version"]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(list(execute(f"SELECT count(*) FROM {quoted}"))[0][0])
    log.debug("counted %d tables of %s", len(counts), source)
    return counts


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _branch_names(db: Path) -> tuple[str, ...]:
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return tuple(str(row[0]) for row in conn.execute("SELECT name FROM branch ORDER BY id"))
    except sqlite3.DatabaseError:
        return ()
    finally:
        conn.close()


def _holds_data(counts: Mapping[str, int]) -> bool:
    return any(n for table, n in counts.items() if table not in _BOOKKEEPING)


def _database_file(engine: Engine) -> Path | None:
    """The file behind an SQLite engine, or ``None`` for an in-memory database."""
    name = engine.url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:":
        return None
    if name.startswith("file:"):  # a URI filename
        name = name[5:].split("?", 1)[0]
    return Path(name).resolve()


class HandoverService:
    """Export, check and import handover files for the data directory ``paths``."""

    def __init__(
        self,
        engine: Engine,
        paths: AppPaths,
        branches: BranchService,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._engine = engine
        self._paths = paths
        self._branches = branches
        self._now = now

    # ---- export --------------------------------------------------------------------------

    def export(self, out: Path, outgoing: str = "", incoming: str = "") -> HandoverManifest:
        """Write the handover file ``out`` (created whole or not at all); returns its manifest."""
        out = Path(out)
        if out.is_dir():
            raise StorageError(f"无法写入移交文件 {out}：已有同名文件夹。")
        if not self._branches.list():
            raise BranchdeskError("还没有团支部，没有可以移交的数据。")
        with _workdir(out.parent if out.parent.is_dir() else None) as work:
            snapshot = migrate.backup_database(self._engine, work / DATABASE_NAME)
            revision = file_revision(snapshot)
            if revision is None:  # pragma: no cover - open_database always stamps the file
                raise StorageError("数据文件没有版本标记，无法移交。")
            manifest = HandoverManifest(
                format_version=FORMAT_VERSION,
                app_version=__version__,
                schema_revision=revision,
                created_at=self._now().replace(microsecond=0),
                branches=_branch_names(snapshot),
                counts=count_tables(snapshot),
                sha256=sha256_of(snapshot),
                size=snapshot.stat().st_size,
                outgoing=outgoing.strip(),
                incoming=incoming.strip(),
                path=out,
            )
            self._write_zip(out, manifest, snapshot)
        self._remember_export(manifest)
        log.info("handover exported to %s (%s)", out, manifest.short_checksum)
        return manifest

    def last_export(self) -> HandoverManifest | None:
        """The manifest of the newest export from this database (for the 移交清单)."""
        return last_export(self._engine)

    # ---- checking ------------------------------------------------------------------------

    def inspect(self, path: Path) -> HandoverManifest:
        """Check a handover file through and through; returns its manifest.

        Raises:
            StorageError: not found, not a zip, no manifest, checksum mismatch, a damaged
                database, or a newer format or schema than this version knows.
        """
        with _workdir() as work:
            manifest, _db = self._unpack(Path(path), work)
            return manifest

    # ---- import --------------------------------------------------------------------------

    def import_into(self, path: Path, data_dir: Path, replace: bool = False) -> HandoverImport:
        """Load the handover file ``path`` into ``data_dir``.

        Refused (nothing changed) when the directory already holds data, unless ``replace``:
        then that data is backed up first (``backups/branchdesk_restore_<time>.db``). When this
        service's engine is open on that directory's database the snapshot is copied into the
        live connection, so the engine stays valid.
        """
        target_paths = AppPaths(Path(data_dir).expanduser().resolve())
        target = target_paths.database
        with _workdir() as work:
            manifest, snapshot = self._unpack(Path(path), work)
            live = _database_file(self._engine) == target
            existing: dict[str, int] = {}
            if live:
                existing = count_tables(self._engine)
            elif target.exists() and target.stat().st_size > 0:
                existing = count_tables(target)
            if _holds_data(existing) and not replace:
                names = "、".join(_branch_names(target)) or "未命名"
                raise ConflictError(
                    f"数据目录 {target_paths.data_dir} 中已有数据（团支部：{names}）。"
                    "如要用移交文件替换这些数据，请选择替换（替换前会先备份现有数据）。"
                )
            target_paths.ensure()
            backup = self._backup_existing(target_paths, live) if _holds_data(existing) else None
            revision = manifest.schema_revision
            try:
                if live:
                    _copy_into(snapshot, self._engine)
                    engine = self._engine
                elif target.exists() and target.stat().st_size > 0:
                    _copy_file_into(snapshot, target)
                    engine = make_engine(target)
                else:
                    _remove_sidecars(target)
                    target.unlink(missing_ok=True)
                    migrate.backup_database(snapshot, target)
                    engine = make_engine(target)
                try:
                    migrated = revision != migrate.head_revision()
                    if migrated:
                        migrate.upgrade(engine)
                    counts = count_tables(engine)
                finally:
                    if engine is not self._engine:
                        engine.dispose()
            except BranchdeskError:
                raise
            except Exception as exc:
                log.exception("importing %s into %s failed", path, target)
                mapped = storage_error_from(exc)
                detail = mapped.message if mapped is not None else str(exc)
                where = f"导入前的数据已备份到 {backup}。" if backup is not None else ""
                raise StorageError(f"导入移交文件失败：{detail}。{where}") from exc
        differing = [table for table, n in manifest.counts.items() if counts.get(table) != n]
        if differing:
            where = f"导入前的数据已备份到 {backup}。" if backup is not None else ""
            raise StorageError(
                "导入后的记录数与移交清单不符（" + "、".join(differing) + f"），请勿使用。{where}"
            )
        _clear_passphrase(target_paths.database)
        log.info("handover %s imported into %s", path, target)
        return HandoverImport(manifest, target_paths.data_dir, counts, backup, migrated)

    # ---- helpers -------------------------------------------------------------------------

    def _unpack(self, path: Path, work: Path) -> tuple[HandoverManifest, Path]:
        """Check ``path`` and extract its database into ``work``; see :meth:`inspect`."""
        if not path.is_file():
            raise StorageError(f"找不到移交文件 {path}。")
        name = path.name
        try:
            archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise StorageError(
                f"文件 {name} 不是 branchdesk 移交文件（不是 zip 压缩包），请确认选择的文件。"
            ) from exc
        with archive:
            members = set(archive.namelist())
            if MANIFEST_NAME not in members or DATABASE_NAME not in members:
                missing = MANIFEST_NAME if MANIFEST_NAME not in members else DATABASE_NAME
                raise StorageError(
                    f"文件 {name} 不是完整的 branchdesk 移交文件（缺少 {missing}）。"
                )
            try:
                data = json.loads(archive.read(MANIFEST_NAME).decode("utf-8"))
                version = int(data.get("format_version", 0)) if isinstance(data, dict) else 0
            except (ValueError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
                raise StorageError(f"移交文件 {name} 的清单无法读取，文件可能已损坏。") from exc
            if version > FORMAT_VERSION:
                raise StorageError(
                    f"此移交文件由更新版本的 branchdesk 创建（移交格式 {version}），"
                    "当前版本无法读取。请先安装最新版本的 branchdesk。"
                )
            try:
                manifest = HandoverManifest.from_json(data, path)
            except (KeyError, TypeError, ValueError) as exc:
                raise StorageError(f"移交文件 {name} 的清单无法读取，文件可能已损坏。") from exc
            db = work / DATABASE_NAME
            try:
                with archive.open(DATABASE_NAME) as source, db.open("wb") as handle:
                    shutil.copyfileobj(source, handle, _CHUNK)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
                # zipfile's own CRC check, or a stream that no longer inflates: the bytes changed.
                raise StorageError(_checksum_message(name)) from exc
        if sha256_of(db) != manifest.sha256:
            raise StorageError(_checksum_message(name))
        if integrity_check(db):
            raise StorageError(f"移交文件 {name} 中的数据库已损坏（完整性检查未通过），无法导入。")
        try:
            revision = file_revision(db)
        except BranchdeskError as exc:
            raise StorageError(f"移交文件 {name} 中的数据库无法读取：{exc.message}") from exc
        if revision is None:
            raise StorageError(f"文件 {name} 中的数据库不是 branchdesk 的数据文件。")
        if revision not in migrate.known_revisions():
            raise StorageError(
                f"此移交文件由更新版本的 branchdesk 创建（数据库版本 {revision}），"
                "当前版本无法导入。请先安装最新版本的 branchdesk，移交文件保持原样。"
            )
        if revision != manifest.schema_revision:
            raise StorageError(f"移交文件 {name} 的清单与其中的数据库不一致，文件可能被改动过。")
        return manifest, db

    def _write_zip(self, out: Path, manifest: HandoverManifest, snapshot: Path) -> None:
        temp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
        text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=2) + "\n"
        try:
            with zipfile.ZipFile(temp, "x", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST_NAME, text.encode("utf-8"))
                archive.write(snapshot, DATABASE_NAME)
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, out)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise StorageError(f"无法写入移交文件 {out}：{_os_reason(exc, out)}") from exc

    def _remember_export(self, manifest: HandoverManifest) -> None:
        record = manifest.to_json()
        record["file"] = manifest.path.name if manifest.path is not None else ""
        value = json.dumps(record, ensure_ascii=False)
        try:
            with session_scope(self._engine) as session:
                row = session.get(Setting, LAST_EXPORT_KEY) or Setting(key=LAST_EXPORT_KEY)
                row.value = value
                session.add(row)
        except BranchdeskError as exc:  # the file is written; the note is a convenience
            log.warning("could not record the handover export: %s", exc)

    def _backup_existing(self, target: AppPaths, live: bool) -> Path:
        """Back up the database the import replaces, through BackupService."""
        if live:
            return BackupService(self._engine, self._paths).backup(RESTORE).path
        engine = make_engine(target.database, read_only=True)
        try:
            return BackupService(engine, target).backup(RESTORE).path
        finally:
            engine.dispose()


def last_export(engine: Engine) -> HandoverManifest | None:
    """The manifest the newest export recorded in the database, or ``None``."""
    with session_scope(engine) as session:
        row = session.get(Setting, LAST_EXPORT_KEY)
        value = row.value if row is not None else ""
    if not value:
        return None
    try:
        data = json.loads(value)
        file = str(data.get("file", ""))
        return HandoverManifest.from_json(data, Path(file) if file else None)
    except (KeyError, TypeError, ValueError):
        return None


# ---- the 移交清单 ---------------------------------------------------------------------------


def handover_doc(engine: Engine, branch_id: int, today: date) -> HandoverDoc:
    """The 团支部工作移交清单 of a branch from the live data, on ``today``."""
    with session_scope(engine) as session:
        branch = session.get(Branch, branch_id)
        if branch is None:
            raise NotFoundError(f"找不到编号为{branch_id}的团支部")
        branch_name = branch.name
        members = list(
            session.exec(
                select(Member.status, func.count())
                .where(Member.branch_id == branch_id, col(Member.deleted_at).is_(None))
                .group_by(col(Member.status))
            )
        )
        meetings = list(
            session.exec(
                select(Meeting.kind, func.count())
                .where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None))
                .group_by(col(Meeting.kind))
            )
        )
        evaluations = list(
            session.exec(
                select(Evaluation.year, func.count())
                .where(Evaluation.branch_id == branch_id)
                .group_by(col(Evaluation.year))
            )
        )
        registrations = list(
            session.exec(
                select(Registration.year, func.count())
                .where(Registration.branch_id == branch_id)
                .group_by(col(Registration.year))
            )
        )
        attachments = session.exec(
            select(func.count(), func.coalesce(func.sum(Attachment.size), 0))
            .join(Meeting, col(Attachment.meeting_id) == col(Meeting.id))
            .where(Meeting.branch_id == branch_id, col(Meeting.deleted_at).is_(None))
        ).one()
        overrides = session.exec(
            select(func.count()).where(ProfileOverride.branch_id == branch_id)
        ).one()
    backups = _backup_count(engine)
    exported = last_export(engine)

    by_status = {str(status): int(n) for status, n in members}
    total = sum(by_status.values())
    active = by_status.get("active", 0)
    others = "、".join(
        f"{vocab.MEMBER_STATUS.name(code)}{n}人"
        for code, n in sorted(by_status.items())
        if code != "active" and n
    )
    kinds = {str(kind): int(n) for kind, n in meetings}
    kind_text = "、".join(
        f"{MEETING_KINDS.name(code)}{kinds[code]}次"
        for code in MEETING_KINDS.codes
        if code in kinds
    )
    kind_text += "".join(f"、{code}{n}次" for code, n in kinds.items() if code not in MEETING_KINDS)
    size_kb = int(attachments[1]) // 1024
    rows: list[tuple[str, str, str]] = [
        ("团员名册", f"{active}人在团 / 共{total}人", f"其中{others}" if others else "全部在团"),
        (
            "会议记录（三会两制一课）",
            f"{sum(kinds.values())}次",
            kind_text.lstrip("、") or "（无）",
        ),
        ("团员教育评议", f"{sum(n for _, n in evaluations)}条", _years(evaluations)),
        ("团籍注册", f"{sum(n for _, n in registrations)}条", _years(registrations)),
        ("会议附件", f"{int(attachments[0])}个", f"共{size_kb:,} KB，保存在数据文件中"),
        ("本支部规则调整", f"{int(overrides)}项", "含调整原因和修改记录"),
    ]
    if backups is not None:
        rows.append(("数据备份", f"{backups}份", "数据目录的 backups 文件夹中"))
    rows += [(item, "____册（本）", "（手工清点填写）") for item in PAPER_ITEMS]
    numbered = tuple(
        (str(number), item, count, note) for number, (item, count, note) in enumerate(rows, 1)
    )
    file_lines: tuple[str, ...] = ()
    signers = ("", "", "")
    if exported is not None:
        made = exported.created_at
        file_lines = (
            f"移交数据文件：{exported.path.name if exported.path else '（未记录）'}"
            f"（导出于{_chinese_date(made.date())} {made:%H:%M}）",
            f"校验值（SHA-256 前16位）：{exported.short_checksum}",
        )
        signers = (exported.outgoing, exported.incoming, "")
    title_name = branch_name if branch_name.endswith("支部") else f"{branch_name}团支部"
    return HandoverDoc(
        branch_name=branch_name,
        title=f"{title_name}工作移交清单",
        date_line=f"移交日期：{_chinese_date(today)}",
        rows=numbered,
        file_lines=file_lines,
        note="数据文件由 branchdesk 导出，接收人导入时自动核对校验值和各项记录数；"
        "纸质簿册请当面清点后填写册数。",
        signers=signers,
        footer=f"{branch_name}　工作移交清单",
    )


def _years(rows: list[Any]) -> str:
    years = sorted(int(year) for year, n in rows if n)
    if not years:
        return "（无）"
    return f"{years[0]}年度" if years[0] == years[-1] else f"{years[0]}—{years[-1]}年度"


def _backup_count(engine: Engine) -> int | None:
    db = _database_file(engine)
    if db is None:
        return None
    return len(BackupService(engine, AppPaths(db.parent)).list())


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def handover_pdf(
    engine: Engine, branch_id: int, today: date, fonts: Any
) -> tuple[bytes, int, HandoverDoc]:
    """The 移交清单 as PDF bytes, its page count and its document."""
    from branchdesk.reports import base
    from branchdesk.reports import handover_pdf as renderer

    doc = handover_doc(engine, branch_id, today)
    data = renderer.render(doc, fonts=fonts)
    return data, base.page_count(data), doc


# ---- files ---------------------------------------------------------------------------------


@contextlib.contextmanager
def _workdir(near: Path | None = None) -> Iterator[Path]:
    """A private temporary folder (next to ``near`` when given, so large files stay on one disk)."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=".branchdesk-handover-", dir=near))
    except OSError:
        folder = Path(tempfile.mkdtemp(prefix="branchdesk-handover-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_into(snapshot: Path, engine: Engine) -> None:
    """Copy a database file into the live connection of ``engine`` with the backup API."""
    source = sqlite3.connect(snapshot.resolve().as_uri() + "?mode=ro", uri=True)
    raw = engine.raw_connection()
    try:
        live = raw.driver_connection
        if not isinstance(live, sqlite3.Connection):
            raise TypeError(f"import needs the sqlite3 driver, not {type(live)}")
        source.backup(live)
    finally:
        raw.close()
        source.close()


def _copy_file_into(snapshot: Path, target: Path) -> None:
    source = sqlite3.connect(snapshot.resolve().as_uri() + "?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def _remove_sidecars(db: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _checksum_message(name: str) -> str:
    return f"移交文件已损坏（校验值不符）：{name}。请让原团支部书记重新导出一份。"


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return "文件夹不存在"
    if isinstance(exc, PermissionError):
        return "没有写入权限或文件正被打开（请关闭后重试）"
    return exc.strerror or str(exc)


def _clear_passphrase(database: Path) -> None:
    """The outgoing secretary's start-up passphrase does not travel: the successor sets one."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("DELETE FROM setting WHERE key = ?", (PASSPHRASE_KEY,))
    finally:
        connection.close()
