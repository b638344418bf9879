"""Opening a data directory for the window: one instance, a sound database, the daily backup.

- A second branchdesk on the same data directory is refused (``single_instance``): the open
  window is asked to come to the front, and only when it does not answer is the user told.
- After opening, ``PRAGMA quick_check``; a damaged file (or one that is not a database) is
  reported in Chinese and the newest sound backup is offered. Accepting moves the damaged file
  aside to ``backups/damaged-<time>.db`` (never deleted), copies the backup in with SQLite's
  backup API and opens again.
- At most once a day a backup is made and old ones are rotated away.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLockFile

from branchdesk.errors import BranchdeskError
from branchdesk.paths import AppPaths
from branchdesk.services.backups import (
    DAILY,
    DamagedDatabaseError,
    newest_good_backup,
    replace_damaged,
)
from branchdesk.services.container import Services, open_checked_services
from branchdesk.services.security import SecurityService
from branchdesk.ui import messages
from branchdesk.ui.dialogs.passphrase_dialog import (
    MAX_ATTEMPTS,
    Outcome,
    PassphraseDialog,
    PassphraseMode,
)
from branchdesk.ui.single_instance import acquire_instance_lock, signal_running_instance

log = logging.getLogger(__name__)


def open_data_directory(paths: AppPaths) -> tuple[Services, QLockFile] | None:
    """Lock the data directory and open its database; ``None`` when the app should not start
    (the user has been told why). Raises :class:`BranchdeskError` for other storage problems."""
    lock = acquire_instance_lock(paths.data_dir)
    if lock is None:
        if signal_running_instance(paths.data_dir):
            log.info("branchdesk is already open on %s; raised its window", paths.data_dir)
            return None
        messages.error(
            None,
            QCoreApplication.translate("startup", "branchdesk is already running"),
            QCoreApplication.translate(
                "startup",
                "branchdesk is already open on this data directory:\n%1\n\n"
                "Switch to the open window. Two windows on the same data would overwrite "
                "each other's changes.",
            ).replace("%1", str(paths.data_dir)),
        )
        return None
    try:
        services = open_checked_services(paths)
    except DamagedDatabaseError as exc:
        log.error("database %s is damaged: %s", paths.database, list(exc.problems)[:5])
        recovered = recover_damaged(paths)
        if recovered is None:
            lock.unlock()
            return None
        services = recovered
    run_daily_backup(services)
    return services, lock


def recover_damaged(paths: AppPaths) -> Services | None:
    """Offer the newest sound backup for a damaged database; the reopened services, or ``None``."""
    title = QCoreApplication.translate("startup", "The data file is damaged")
    good = newest_good_backup([paths.backups])
    if good is None:
        messages.error(
            None,
            title,
            QCoreApplication.translate(
                "startup",
                "The data file %1 is damaged and cannot be used, and no sound backup was found "
                "in %2.\n\nThe file has not been changed. Ask for help before deleting it.",
            )
            .replace("%1", str(paths.database))
            .replace("%2", str(paths.backups)),
        )
        return None
    question = QCoreApplication.translate(
        "startup",
        "The data file %1 is damaged and cannot be used.\n\n"
        "Restore the newest sound backup, made on %2 (%3 members, %4 meetings)? "
        "Changes made after it are lost. The damaged file is kept in %5.",
    )
    question = (
        question.replace("%1", str(paths.database))
        .replace("%2", good.created.strftime("%Y-%m-%d %H:%M"))
        .replace("%3", str(good.counts.get("members", 0)))
        .replace("%4", str(good.counts.get("meetings", 0)))
        .replace("%5", str(paths.backups))
    )
    if not messages.confirm(
        None, title, question, QCoreApplication.translate("startup", "Restore backup")
    ):
        return None
    damaged = replace_damaged(paths.database, good.path, paths.backups, datetime.now())
    services = open_checked_services(paths)
    messages.info(
        None,
        QCoreApplication.translate("startup", "Backup restored"),
        QCoreApplication.translate(
            "startup", "The backup of %1 has been restored. The damaged file was moved to %2."
        )
        .replace("%1", good.created.strftime("%Y-%m-%d %H:%M"))
        .replace("%2", str(damaged)),
    )
    return services


def run_daily_backup(services: Services) -> None:
    """Back up and rotate when the newest backup is older than a day; failures are only logged."""
    backups = services.backups
    if backups is None:
        return
    try:
        if backups.daily_due():
            backups.backup(DAILY)
            backups.rotate()
    except (BranchdeskError, OSError) as exc:
        log.warning("daily backup failed: %s", exc)


def ask_passphrase(services: Services) -> bool:
    """The start-up passphrase, when one is set: True to go on; False after Cancel or
    :data:`~branchdesk.ui.dialogs.passphrase_dialog.MAX_ATTEMPTS` wrong tries (the user is told)."""
    security = SecurityService(services.engine)
    if not security.has_passphrase():
        return True
    dialog = PassphraseDialog(security, PassphraseMode.UNLOCK)
    dialog.exec()
    if dialog.outcome is Outcome.LOCKED_OUT:
        log.info("start-up passphrase refused %d times", MAX_ATTEMPTS)
        messages.error(
            None,
            QCoreApplication.translate("startup", "Wrong passphrase"),
            QCoreApplication.translate(
                "startup", "The passphrase was wrong %1 times. branchdesk closes."
            ).replace("%1", str(MAX_ATTEMPTS)),
        )
    return dialog.outcome is Outcome.UNLOCKED
