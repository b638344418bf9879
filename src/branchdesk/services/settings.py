"""The application settings of one data directory, read and saved together (File → Settings).

They live in the ``setting`` table beside the data, so they travel with a backup or a 换届
handover: the interface language (``ui.language``), whether to print with the system's fonts
(``print.prefer_system_fonts``, see :mod:`branchdesk.services.reports`) and the backup rotation
(``backup.keep``, ``backup.folder``, see :mod:`branchdesk.services.backups`). :meth:`save`
checks every value first and writes them in one transaction: a refused value changes nothing.

The language is needed before the database is opened (the start-up messages are translated),
so :func:`read_language` peeks at the file read-only; the ``BRANCHDESK_LANG`` environment
variable overrides the stored value. A new language applies at the next start.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy.engine import Engine

from branchdesk.errors import ValidationError
from branchdesk.paths import AppPaths
from branchdesk.services.backups import DEFAULT_KEEP, FOLDER_KEY, KEEP_KEY
from branchdesk.services.reports import PREFER_SYSTEM_FONTS_KEY
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Setting

LANGUAGE_KEY: Final = "ui.language"
LANGUAGES: Final = ("zh_CN", "en")
DEFAULT_LANGUAGE: Final = "zh_CN"
ENV_LANGUAGE: Final = "BRANCHDESK_LANG"
MAX_KEEP: Final = 1000


@dataclass(frozen=True)
class AppSettings:
    """Every setting of the dialog. ``backup_folder`` ``None``: the data directory's backups."""

    language: str = DEFAULT_LANGUAGE
    prefer_system_fonts: bool = False
    backup_keep: int = DEFAULT_KEEP
    backup_folder: Path | None = None


class SettingsService:
    """Reads and saves :class:`AppSettings` in the ``setting`` table."""

    def __init__(self, engine: Engine, paths: AppPaths | None = None) -> None:
        self._engine = engine
        self._paths = paths

    def get(self) -> AppSettings:
        with session_scope(self._engine) as session:
            stored = {
                key: row.value
                for key in (LANGUAGE_KEY, PREFER_SYSTEM_FONTS_KEY, KEEP_KEY, FOLDER_KEY)
                if (row := session.get(Setting, key)) is not None
            }
        language = stored.get(LANGUAGE_KEY, "")
        keep = stored.get(KEEP_KEY, "")
        keep_ok = keep.isdigit() and 1 <= int(keep) <= MAX_KEEP
        folder = stored.get(FOLDER_KEY, "")
        return AppSettings(
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            prefer_system_fonts=stored.get(PREFER_SYSTEM_FONTS_KEY) == "1",
            backup_keep=int(keep) if keep_ok else DEFAULT_KEEP,
            backup_folder=Path(folder).expanduser() if folder else None,
        )

    def save(self, settings: AppSettings) -> AppSettings:
        """Check, then write every setting in one transaction; returns what is now stored.

        Raises:
            ValidationError: an unknown language, a count outside 1–1000, a backup folder that is
                not absolute, is a file, or cannot be created or written to (nothing is saved).
        """
        if settings.language not in LANGUAGES:
            raise ValidationError(f"不支持的界面语言：{settings.language}")
        if not 1 <= settings.backup_keep <= MAX_KEEP:
            raise ValidationError(f"保留的备份份数应在 1 到 {MAX_KEEP} 之间")
        folder = self._checked_folder(settings.backup_folder)
        values = {
            LANGUAGE_KEY: settings.language,
            PREFER_SYSTEM_FONTS_KEY: "1" if settings.prefer_system_fonts else "0",
            KEEP_KEY: str(settings.backup_keep),
            FOLDER_KEY: str(folder) if folder is not None else "",
        }
        with session_scope(self._engine) as session:
            for key, value in values.items():
                row = session.get(Setting, key) or Setting(key=key)
                row.value = value
                session.add(row)
        return self.get()

    def _checked_folder(self, folder: Path | None) -> Path | None:
        """``None`` for the default; else an absolute folder that exists (made) and is writable."""
        if folder is None or str(folder).strip() == "":
            return None
        folder = Path(folder).expanduser()
        if self._paths is not None and folder == self._paths.backups:
            return None
        if not folder.is_absolute():
            raise ValidationError(f"备份文件夹应写完整路径（如 D:\\团支部备份）：{folder}")
        if folder.exists() and not folder.is_dir():
            raise ValidationError(f"备份文件夹“{folder}”是一个文件，不是文件夹")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(f"无法创建备份文件夹“{folder}”：{exc.strerror or exc}") from exc
        if not os.access(folder, os.W_OK):
            raise ValidationError(f"备份文件夹“{folder}”没有写入权限")
        return folder


def read_language(database: Path) -> str | None:
    """The stored interface language of a data file, read without opening it for writing;
    ``None`` when there is no file, no value, or it cannot be read (a damaged file is handled
    later by the start-up checks)."""
    if not database.is_file():
        return None
    with contextlib.suppress(sqlite3.Error, OSError):
        uri = database.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=1)
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (LANGUAGE_KEY,)
            ).fetchone()
        finally:
            connection.close()
        if row is not None and row[0] in LANGUAGES:
            return str(row[0])
    return None


def choose_language(environment: str | None, stored: str | None) -> str:
    """The language to start in: a valid ``BRANCHDESK_LANG`` first, then the stored setting."""
    for candidate in (environment, stored):
        if candidate in LANGUAGES:
            return str(candidate)
    return DEFAULT_LANGUAGE
