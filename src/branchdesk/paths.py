"""Where branchdesk keeps its files: one place, built once, injected everywhere.

The data directory comes from, in order: the ``--data-dir`` option, the ``BRANCHDESK_DATA_DIR``
environment variable, and the platform's per-user data directory (platformdirs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "BRANCHDESK_DATA_DIR"
DB_FILENAME = "branchdesk.db"


@dataclass(frozen=True)
class AppPaths:
    """The directories and files of one data directory."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def drafts(self) -> Path:
        return self.data_dir / "drafts"

    def ensure(self) -> None:
        """Create the directories, readable by the user only (the database holds ID numbers)."""
        for directory in (self.data_dir, self.backups, self.logs, self.drafts):
            directory.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                directory.chmod(0o700)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Build the paths from an explicit directory, the environment, or the platform default."""
    if data_dir:
        base = Path(data_dir)
    elif os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR])
    else:
        base = Path(platformdirs.user_data_dir("branchdesk", appauthor=False))
    return AppPaths(data_dir=base.expanduser().resolve())
