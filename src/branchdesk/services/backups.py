"""Backups of the database file, their rotation, and restoring one.

Every copy goes through SQLite's online backup API
(:func:`branchdesk.store.migrate.backup_database`), never a plain file copy, so a live file in
WAL mode is copied consistently even while another connection is writing. A backup is named
``branchdesk_<reason>_<YYYYmmdd-HHMMSS>.db``; the backups made before a migration
(``branchdesk_<revision>_<time>.db``, see ``migrate.py``) are listed with the reason
``migration``.

Restoring copies the chosen file *into* the live connection with the backup API, so the engine
and every service holding it stay valid. The file is checked first (``PRAGMA integrity_check``,
a revision this version knows) and the current state is backed up before anything changes.

The module-level functions (:func:`quick_check`, :func:`newest_good_backup`,
:func:`replace_damaged`) work on files without an engine: the start-up check uses them when the
live file itself is damaged.
"""

from __future__ import annotations

import builtins
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import Engine

from branchdesk.errors import BranchdeskError, StorageError, ValidationError
from branchdesk.paths import AppPaths
from branchdesk.store import migrate
from branchdesk.store.engine import make_engine, session_scope, storage_error_from
from branchdesk.store.models import Setting

log = logging.getLogger(__name__)

CLOSE: Final = "close"
DAILY: Final = "daily"
MIGRATION: Final = "migration"
RESTORE: Final = "restore"
MANUAL: Final = "manual"
REASONS: Final = (CLOSE, DAILY, MIGRATION, RESTORE, MANUAL)

KEEP_KEY: Final = "backup.keep"
FOLDER_KEY: Final = "backup.folder"
DEFAULT_KEEP: Final = 10
DAILY_INTERVAL: Final = timedelta(days=1)

# What the list and the restore preview count, by table: (key, table, where clause).
COUNTED: Final = (
    ("members", "member", "deleted_at IS NULL"),
    ("meetings", "meeting", "deleted_at IS NULL"),
    ("evaluations", "evaluation", ""),
    ("registrations", "registration", ""),
)

_STAMP_FORMAT: Final = "%Y%m%d-%H%M%S"
_NAME: Final = re.compile(r"^branchdesk_(?P<middle>.+)_(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")


class DamagedDatabaseError(StorageError):
    """The live database file fails ``PRAGMA quick_check`` or is not a database at all."""

    def __init__(self, problems: Iterable[str]) -> None:
        super().__init__("数据文件已损坏，无法使用。")
        self.problems = tuple(problems)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when, why, how big, what it holds."""

    path: Path
    created: datetime
    reason: str  # one of REASONS
    size: int
    counts: Mapping[str, int] = field(default_factory=dict)  # keys of COUNTED; empty if unreadable


def quick_check(source: Path | Engine) -> list[str]:
    """``PRAGMA quick_check`` of a file (opened read-only) or a live engine; empty means sound.

    A file that is not a database at all gives one problem line, not an exception.
    """
    return _check(source, "quick_check")


def integrity_check(source: Path | Engine) -> list[str]:
    """The thorough ``PRAGMA integrity_check``; empty means sound."""
    return _check(source, "integrity_check")


def parse_backup_name(path: Path) -> tuple[str, datetime] | None:
    """The reason and time a backup's name records, or ``None`` for another file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    middle = match["middle"]
    return (middle if middle in REASONS else MIGRATION), created


def read_backup(path: Path) -> BackupInfo:
    """Describe a backup file; counts stay empty when it cannot be read."""
    parsed = parse_backup_name(path)
    stat = path.stat()
    reason, created = parsed or (MANUAL, datetime.fromtimestamp(stat.st_mtime))
    try:
        counts = count_records(path)
    except (BranchdeskError, sqlite3.Error, OSError):
        counts = {}
    return BackupInfo(path=path, created=created, reason=reason, size=stat.st_size, counts=counts)


def scan_backups(folders: Iterable[Path]) -> list[BackupInfo]:
    """Every backup in the folders, newest first (``damaged-*`` files are not backups)."""
    seen: set[Path] = set()
    found: list[BackupInfo] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob("branchdesk_*.db"):
            resolved = path.resolve()
            if resolved in seen or parse_backup_name(path) is None:
                continue
            seen.add(resolved)
            found.append(read_backup(path))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def newest_good_backup(folders: Iterable[Path]) -> BackupInfo | None:
    """The newest backup that passes ``quick_check`` and is at a revision this version knows."""
    known = migrate.known_revisions()
    for info in scan_backups(folders):
        if quick_check(info.path):
            log.info("skipping damaged backup %s", info.path)
            continue
        try:
            revision = file_revision(info.path)
        except (BranchdeskError, sqlite3.Error):
            continue
        if revision in known:
            return info
    return None


def replace_damaged(db_path: Path, backup: Path, damaged_dir: Path, now: datetime) -> Path:
    """Move a damaged database (and its ``-wal``/``-shm``) aside, then copy ``backup`` in.

    The damaged file goes to ``damaged_dir/damaged-<time>.db`` — moved, never deleted. The copy
    uses the backup API. Returns where the damaged file went. Call it with no engine open on
    ``db_path``.
    """
    damaged_dir.mkdir(parents=True, exist_ok=True)
    base = f"damaged-{now.strftime(_STAMP_FORMAT)}"
    target = damaged_dir / f"{base}.db"
    counter = 1
    while target.exists():
        target = damaged_dir / f"{base}-{counter}.db"
        counter += 1
    for suffix in ("", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            part.replace(target.with_name(target.name + suffix))
    migrate.backup_database(backup, db_path)
    log.warning("moved damaged database %s to %s and restored %s", db_path, target, backup)
    return target


def count_records(source: Path | Engine) -> dict[str, int]:
    """The records per counted table of a file (opened read-only) or a live engine."""
    engine = make_engine(source, read_only=True) if isinstance(source, Path) else source
    try:
        counts: dict[str, int] = {}
        with engine.connect() as conn:
            tables = set(
                row[0]
                for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            )
            for key, table, where in COUNTED:
                if table not in tables:
                    counts[key] = 0
                    continue
                sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
                try:
                    counts[key] = int(conn.exec_driver_sql(sql).scalar_one())
                except Exception:  # an old revision without the column: count every row
                    counts[key] = int(
                        conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                    )
        return counts
    except Exception as exc:
        mapped = storage_error_from(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    finally:
        if isinstance(source, Path):
            engine.dispose()


def file_revision(path: Path) -> str | None:
    """The Alembic revision of a database file, read without writing to it."""
    engine = make_engine(path, read_only=True)
    try:
        return migrate.current_revision(engine)
    except Exception as exc:
        mapped = storage_error_from(exc)
        if mapped is not None:
            raise mapped from exc
        raise
    finally:
        engine.dispose()


class BackupService:
    """Back up, list, rotate and restore the database of one data directory."""

    def __init__(
        self,
        engine: Engine,
        paths: AppPaths,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._engine = engine
        self._paths = paths
        self._now = now

    # ---- settings ------------------------------------------------------------------------

    def keep(self) -> int:
        """How many backups rotation keeps besides the newest of each month."""
        value = self._get(KEEP_KEY)
        return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_KEEP

    def set_keep(self, count: int) -> None:
        if not 1 <= count <= 1000:
            raise ValidationError("保留的备份份数应在 1 到 1000 之间")
        self._set(KEEP_KEY, str(count))

    def folder(self) -> Path:
        """Where new backups go: the chosen folder, else the data directory's ``backups``."""
        value = self._get(FOLDER_KEY)
        return Path(value).expanduser() if value else self._paths.backups

    def set_folder(self, folder: Path | None) -> None:
        """Choose the backup folder (``None``: back to the data directory's ``backups``)."""
        self._set(FOLDER_KEY, str(folder) if folder is not None else "")

    # ---- backups -------------------------------------------------------------------------

    def backup(self, reason: str, to: Path | None = None) -> BackupInfo:
        """Copy the live database with the backup API to ``to`` or a new file in the folder."""
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        if to is not None and to.exists():
            raise StorageError(f"文件 {to} 已存在，请另选一个文件名。")
        target = to or self._new_path(reason)
        try:
            migrate.backup_database(self._engine, target)
        except OSError as exc:
            raise StorageError(f"无法写入备份文件 {target}：{exc.strerror or exc}") from exc
        return read_backup(target)

    def list(self) -> builtins.list[BackupInfo]:
        """Every backup in the folder (and the data directory's ``backups``), newest first."""
        return scan_backups(self._folders())

    def newest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    def daily_due(self) -> bool:
        """True when there is no backup, or the newest one is older than a day."""
        newest = self.newest()
        return newest is None or self._now() - newest.created >= DAILY_INTERVAL

    def rotate(self) -> builtins.list[Path]:
        """Keep the newest ``keep()`` backups plus the newest of each month; delete the rest.

        Returns the deleted files.
        """
        backups = self.list()
        keep = {info.path for info in backups[: self.keep()]}
        months: set[tuple[int, int]] = set()
        for info in backups:  # newest first: the first seen of a month is its newest
            month = (info.created.year, info.created.month)
            if month not in months:
                months.add(month)
                keep.add(info.path)
        removed: builtins.list[Path] = []
        for info in backups:
            if info.path in keep:
                continue
            try:
                info.path.unlink()
            except OSError as exc:
                log.warning("could not delete old backup %s: %s", info.path, exc)
                continue
            removed.append(info.path)
        if removed:
            log.info("rotation removed %d backup(s)", len(removed))
        return removed

    def current_counts(self) -> dict[str, int]:
        """The same counts as a backup's, of the live database."""
        return count_records(self._engine)

    def quick_check(self) -> builtins.list[str]:
        """``PRAGMA quick_check`` of the live database; empty means sound."""
        return quick_check(self._engine)

    def restore(self, source: BackupInfo | Path) -> BackupInfo:
        """Replace the live database with a backup; returns the backup of the state before.

        Refuses (with the live database untouched) a file that fails ``integrity_check`` or is
        at a revision this version does not know. A backup at an older known revision is
        migrated to head after the copy.
        """
        path = source.path if isinstance(source, BackupInfo) else source
        if not path.is_file():
            raise StorageError(f"找不到备份文件 {path}。")
        problems = integrity_check(path)
        if problems:
            log.warning("refusing to restore %s: %s", path, problems[:3])
            raise StorageError(
                f"备份文件 {path.name} 已损坏，不能用来恢复。当前数据没有任何改动，"
                "请选择另一份备份。"
            )
        revision = file_revision(path)
        if revision is None:
            raise StorageError(f"文件 {path.name} 不是 branchdesk 的备份，当前数据没有任何改动。")
        if revision not in migrate.known_revisions():
            raise StorageError(
                f"备份文件 {path.name} 由更新版本的 branchdesk 创建（数据库版本 {revision}），"
                "当前版本无法恢复它。当前数据没有任何改动。"
            )
        before = self.backup(RESTORE)
        try:
            self._copy_into_live(path)
            if revision != migrate.head_revision():
                migrate.upgrade(self._engine)
        except Exception as exc:
            log.exception("restoring %s failed", path)
            mapped = storage_error_from(exc)
            detail = mapped.message if mapped is not None else str(exc)
            raise StorageError(f"恢复失败：{detail}。恢复前的数据已备份到 {before.path}。") from exc
        log.info("restored %s (state before saved to %s)", path, before.path)
        return before

    # ---- helpers -------------------------------------------------------------------------

    def _copy_into_live(self, path: Path) -> None:
        source = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        raw = self._engine.raw_connection()
        try:
            live = raw.driver_connection
            if not isinstance(live, sqlite3.Connection):
                raise TypeError(f"restore needs the sqlite3 driver, not {type(live)}")
            source.backup(live)
        finally:
            raw.close()
            source.close()

    def _folders(self) -> builtins.list[Path]:
        folders = [self.folder()]
        if self._paths.backups not in folders:
            folders.append(self._paths.backups)  # migration backups always go here
        return folders

    def _new_path(self, reason: str) -> Path:
        folder = self.folder()
        base = f"branchdesk_{reason}_{self._now().strftime(_STAMP_FORMAT)}"
        candidate = folder / f"{base}.db"
        counter = 1
        while candidate.exists():
            candidate = folder / f"{base}-{counter}.db"
            counter += 1
        return candidate

    def _get(self, key: str) -> str | None:
        with session_scope(self._engine) as session:
            row = session.get(Setting, key)
            return row.value if row is not None else None

    def _set(self, key: str, value: str) -> None:
        with session_scope(self._engine) as session:
            row = session.get(Setting, key)
            if row is None:
                row = Setting(key=key, value=value)
            else:
                row.value = value
            session.add(row)


def _check(source: Path | Engine, pragma: str) -> list[str]:
    try:
        if isinstance(source, Path):
            conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            finally:
                conn.close()
        else:
            with source.connect() as live:
                rows = [tuple(row) for row in live.exec_driver_sql(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    except Exception as exc:
        mapped = storage_error_from(exc)
        if mapped is None:
            raise
        return [mapped.message]
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines
