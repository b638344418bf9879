"""One window per data directory: a ``QLockFile`` in the data directory, held while the app runs.

The running instance also listens on a local socket named after the data directory
(:class:`InstanceServer`); a second start that finds the lock taken asks it to come to the front
(:func:`signal_running_instance`) instead of only refusing, as users expect of a double-click.

A lock left behind by a crash names a process that no longer runs; ``QLockFile.tryLock`` sees
that and takes the lock over (stale detection by process id, not by age: ``setStaleLockTime(0)``,
since a branchdesk window may legitimately stay open for days).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

LOCK_FILENAME: Final = "branchdesk.lock"
RAISE_MESSAGE: Final = b"raise\n"


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


def server_name(data_dir: Path) -> str:
    """The local socket name of the instance that owns ``data_dir`` (one per directory)."""
    digest = hashlib.sha1(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"branchdesk-{digest}"


class InstanceServer(QObject):
    """Listens for a second start on the same data directory and emits :attr:`activated`."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        # A socket file left by a crashed instance would block listen(); we hold the lock, so
        # nobody else is using the name.
        QLocalServer.removeServer(name)
        if not self._server.listen(name):
            log.info("cannot listen on %s: %s", name, self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self._server.close()

    def _on_connection(self) -> None:
        # The client writes one short line right after connecting: read it here, synchronously,
        # so no per-socket slot outlives its socket.
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(1000)
            if arrived and bytes(socket.readAll().data()).startswith(RAISE_MESSAGE.strip()):
                log.info("a second start asked this window to come to the front")
                self.activated.emit()
            socket.abort()
            socket.deleteLater()


def signal_running_instance(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Ask the instance holding ``data_dir`` to raise its window; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` restored and active (a minimised window is un-minimised)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
