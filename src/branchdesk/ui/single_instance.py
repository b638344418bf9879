"""One window per data directory: a ``QLockFile`` in the data directory, held while the app runs.

A lock left behind by a crash names a process that no longer runs; ``QLockFile.tryLock`` sees
that and takes the lock over (stale detection by process id, not by age: ``setStaleLockTime(0)``,
since a branchdesk window may legitimately stay open for days).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_FILENAME: Final = "branchdesk.lock"


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """Lock the data directory for this process; ``None`` if another running instance holds it.

    Keep the returned object alive for as long as the app runs; it unlocks when destroyed.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        log.info("data directory %s is in use by another branchdesk", data_dir)
        return None
    # No permission to create the lock file (a read-only stick): run without the guard; the
    # database's own locking still keeps two writers apart.
    log.warning("cannot create the lock file in %s (error %s)", data_dir, lock.error())
    return lock
