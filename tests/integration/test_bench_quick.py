"""``bench/run.py`` quick mode still runs and produces every row of its table.

Runs the suite in a subprocess on database S, writing the table to a temporary file (never
``bench/README.md``) and keeping its databases in a temporary cache. Only correctness is checked
here: the figures themselves are not judged (these machines are noisy).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = (
    "start-up to main window shown",
    "peak memory, roster shown",
    "member list: first screen",
    "member list: filter keystroke p50",
    "member list: filter keystroke p95",
    "import 1,000-row .xlsx",
    "roster PDF",
    "annual return (团内统计表) PDF",
    "annual return: figures only",
)


@pytest.mark.slow
def test_quick_mode_writes_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    out.write_text("# notes kept\n", encoding="utf-8")
    readme = ROOT / "bench" / "README.md"
    before = readme.read_bytes() if readme.exists() else None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRANCHDESK_BENCH_CACHE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--out", str(out), "--runs", "1"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# notes kept\n")  # the rest of the file is kept
    assert "<!-- bench:results:quick -->" in text and "Machine:" in text
    table = [line for line in text.splitlines() if line.startswith("| ")]
    for name in ROWS:
        row = next((line for line in table if line.startswith(f"| {name}")), None)
        assert row is not None, f"missing row {name!r} in\n{text}"
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        assert cells[1] and cells[2] and cells[3].endswith("×"), row
    assert (readme.read_bytes() if readme.exists() else None) == before
    assert (tmp_path / "S" / "branchdesk.db").is_file()  # the cache was used, not the home one
