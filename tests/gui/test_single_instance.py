"""One branchdesk per data directory: the lock file refuses a second instance, and a lock left by
a crashed process is taken over."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from branchdesk.ui.single_instance import LOCK_FILENAME, acquire_instance_lock


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
