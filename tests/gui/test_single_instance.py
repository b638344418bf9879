"""One branchdesk per data directory: the lock file refuses a second instance, a lock left by a
crashed process is taken over, and a second start brings the running window to the front."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QWidget

from branchdesk.ui.single_instance import (
    LOCK_FILENAME,
    InstanceServer,
    acquire_instance_lock,
    bring_to_front,
    signal_running_instance,
)


def test_a_second_lock_on_the_same_directory_fails_while_the_first_is_held(qapp, tmp_path):
    first = acquire_instance_lock(tmp_path)
    assert first is not None and first.isLocked()
    assert (tmp_path / LOCK_FILENAME).exists()
    assert acquire_instance_lock(tmp_path) is None
    other = tmp_path / "other"
    second_dir = acquire_instance_lock(other)
    assert second_dir is not None  # another data directory is free
    second_dir.unlock()
    first.unlock()
    again = acquire_instance_lock(tmp_path)
    assert again is not None
    again.unlock()


def test_a_lock_left_by_a_crashed_process_is_taken_over(qapp, tmp_path):
    code = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / LOCK_FILENAME)!r})
        assert lock.tryLock(0)
        os._exit(0)  # no unlock: as after a crash
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert (tmp_path / LOCK_FILENAME).exists()
    lock = acquire_instance_lock(tmp_path)
    assert lock is not None
    lock.unlock()


def test_a_second_start_asks_the_running_window_to_come_to_the_front(qtbot, tmp_path):
    server = InstanceServer(tmp_path)
    assert server.listening
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from branchdesk.ui.single_instance import signal_running_instance
        app = QCoreApplication([])
        sys.exit(0 if signal_running_instance(Path({str(tmp_path)!r}), 5000) else 3)
        """
    )
    with qtbot.waitSignal(server.activated, timeout=15000):
        client = subprocess.Popen([sys.executable, "-c", code])
    assert client.wait(timeout=30) == 0
    server.close()


def test_nobody_answers_for_a_directory_without_a_running_window(qapp, tmp_path):
    assert signal_running_instance(tmp_path / "nobody", timeout_ms=200) is False


def test_bring_to_front_restores_a_minimised_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert not window.isMinimized()
    assert window.isVisible()
