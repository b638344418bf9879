"""kill -9 in the middle of a write leaves a sound database and whole transactions (issue 7).

A worker (``helpers/fault_worker.py``, a fork server so that branchdesk is imported once) opens a
copy of a template data directory — one branch, 30 members, one meeting — and either commits a
2,000-row import (``valid_only=False``: one transaction) or saves 30-line meetings in a loop. The
test waits for the worker's ``READY``, sleeps a seeded random 0–300 ms and SIGKILLs it. Then the
file must pass ``PRAGMA integrity_check`` and hold whole transactions only: 30 or 2,030 members;
every meeting with its 30 attendance lines and no line without its meeting. Counts, not timings:
where the kill lands only changes which of the allowed states we see.

Set ``BRANCHDESK_FAULT_SEED`` to replay a failing run (the seed and delay are in the message).
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.fault_worker import make_template

from branchdesk.paths import DB_FILENAME, AppPaths
from branchdesk.services.container import open_services
from branchdesk.services.demo import DEMO_BRANCH

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")]

WORKER = Path(__file__).resolve().parent.parent / "helpers" / "fault_worker.py"
RUNS_PER_KIND = 20
IMPORT_ROWS = 2000
MAX_DELAY_S = 0.3
SEED = int(os.environ.get("BRANCHDESK_FAULT_SEED", "20261127"))
TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Template:
    db: Path
    preview: Path
    members: int
    meetings: int
    attendance: int


@dataclass(frozen=True)
class Run:
    kind: str  # "import" or "meeting"
    number: int
    delay: float
    data_dir: Path

    def describe(self) -> str:
        return (
            f"{self.kind} run {self.number} (seed {SEED}, kill {self.delay * 1000:.0f} ms after"
            f" READY, {self.data_dir})"
        )


def _counts(db: Path) -> tuple[int, int, int]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return (
            conn.execute("SELECT count(*) FROM member").fetchone()[0],
            conn.execute("SELECT count(*) FROM meeting").fetchone()[0],
            conn.execute("SELECT count(*) FROM attendance").fetchone()[0],
        )


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    db, pickled = make_template(tmp_path_factory.mktemp("kill9"), IMPORT_ROWS)
    members, meetings, attendance = _counts(db)
    assert (members, meetings, attendance) == (30, 1, 30)
    return Template(db, pickled, members, meetings, attendance)


class _Server:
    """One fork server; ``run`` forks a child for a command and kills it after ``delay``."""

    def __init__(self, log: Path) -> None:
        self._stderr = log.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put("EOF")

    def _expect(self, word: str, log: list[str]) -> str:
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {word} from the worker; saw {log}") from None
            log.append(line)
            if line.startswith(word):
                return line
            if line.startswith(("ERROR", "EOF")):
                raise AssertionError(f"worker failed before {word}: {log}")

    def run(self, command: str, delay: float) -> list[str]:
        assert self.process.stdin is not None
        log: list[str] = []
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        pid = int(self._expect("READY", log).split()[1])
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)  # the child waits to be killed, so the pid is still ours
        status = int(self._expect("EXIT", log).split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, log
        return log

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=TIMEOUT_S)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self._reader.join(timeout=TIMEOUT_S)
            assert self.process.stdout is not None
            self.process.stdout.close()
            self._stderr.close()


def _check(run: Run, template: Template, log: list[str]) -> str:
    """Assert the database of a killed run is sound and holds whole transactions; its outcome."""
    db = run.data_dir / DB_FILENAME
    where = f"{run.describe()}; worker said {log}"
    with contextlib.closing(sqlite3.connect(db)) as conn:  # recovers the WAL the kill left
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
        members, meetings, attendance = (
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("member", "meeting", "attendance")
        )
        orphans = conn.execute(
            "SELECT count(*) FROM attendance WHERE meeting_id NOT IN (SELECT id FROM meeting)"
        ).fetchone()[0]
        partial = conn.execute(
            "SELECT meeting.id, count(attendance.id) FROM meeting"
            " LEFT JOIN attendance ON attendance.meeting_id = meeting.id"
            " GROUP BY meeting.id HAVING count(attendance.id) != 30"
        ).fetchall()
    assert orphans == 0, where
    assert partial == [], where
    assert attendance == 30 * meetings, where
    if run.kind == "import":
        assert members in (template.members, template.members + IMPORT_ROWS), (members, where)
        assert meetings == template.meetings, where
        outcome = "all 2,000 rows" if members > template.members else "nothing"
    else:
        assert members == template.members, where
        assert meetings >= template.meetings, where
        outcome = f"{meetings - template.meetings} meetings"
    # And the application opens it and sees the same.
    services = open_services(AppPaths(run.data_dir))
    try:
        assert [b.name for b in services.branches.list()] == [DEMO_BRANCH.name], where
    finally:
        services.close()
    return outcome


def test_kill9_during_import_and_meeting_save_keeps_whole_transactions(
    template: Template, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    runs = []
    for number in range(RUNS_PER_KIND):
        for kind in ("import", "meeting"):
            data_dir = tmp_path / f"{kind}-{number:02d}"
            data_dir.mkdir()
            shutil.copyfile(template.db, data_dir / DB_FILENAME)
            runs.append(Run(kind, number, rng.uniform(0, MAX_DELAY_S), data_dir))

    def command(run: Run) -> str:
        if run.kind == "import":
            return f"import {run.data_dir} {template.preview}"
        return f"meeting {run.data_dir}"

    # Two servers in parallel halve the wall time; each handles every other run.
    logs: dict[Run, list[str]] = {}
    failures: list[str] = []

    def drive(share: list[Run], index: int) -> None:
        server = _Server(tmp_path / f"worker-{index}.stderr")
        try:
            for run in share:
                logs[run] = server.run(command(run), run.delay)
        except BaseException as exc:  # reported by the main thread
            failures.append(f"{exc}")
        finally:
            server.close()

    threads = [threading.Thread(target=drive, args=(runs[index::2], index)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stderr = "".join(
        (tmp_path / f"worker-{index}.stderr").read_text(encoding="utf-8") for index in range(2)
    )
    assert not failures, f"{failures}\nworker stderr:\n{stderr}"

    outcomes: Counter[tuple[str, str]] = Counter()
    for run in runs:
        outcomes[run.kind, _check(run, template, logs[run])] += 1
    assert sum(outcomes.values()) == 2 * RUNS_PER_KIND
    print(f"kill -9 outcomes (seed {SEED}): {dict(sorted(outcomes.items()))}")  # noqa: T201
