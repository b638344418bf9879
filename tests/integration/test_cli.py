"""The command line, run as a user would run it: a real data directory, real files, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers.roster_files import write_messy_roster

from branchdesk import __version__
from branchdesk.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_import_refuses_a_messy_file_and_reports_each_bad_row(tmp_path: Path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    data = tmp_path / "data"
    result = run("--data-dir", str(data), "import-members", str(messy.path))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("第")]
    assert len(lines) == len(messy.invalid_rows)
    for row_number in messy.invalid_rows:
        assert any(line.startswith(f"第{row_number}行") for line in lines)
    export = tmp_path / "after.xlsx"
    assert run("--data-dir", str(data), "export-members", str(export)).returncode == 0
    from openpyxl import load_workbook

    assert load_workbook(export).active.max_row == 1  # header only: nothing was written


def test_valid_only_then_export_and_reimport(tmp_path: Path, capsys):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import-members", str(messy.path), "--valid-only"]) == 0
    out = capsys.readouterr()
    assert f"新增{len(messy.valid_names)}人" in out.out
    assert out.err.count("\n") >= len(messy.invalid_rows)
    exported = tmp_path / "full.xlsx"
    assert main(["--data-dir", data, "export-members", str(exported), "--layout", "full"]) == 0
    fresh = str(tmp_path / "fresh")
    assert main(["--data-dir", fresh, "import-members", str(exported)]) == 0
    assert f"新增{len(messy.valid_names)}人" in capsys.readouterr().out


def test_demo_fills_a_fresh_directory_once(tmp_path: Path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    assert "共30名团员" in capsys.readouterr().out
    assert main(["--data-dir", data, "demo"]) == 1
    assert "已有团支部数据" in capsys.readouterr().err


def test_unreadable_file_is_a_clear_error(tmp_path: Path, capsys):
    bad = tmp_path / "roster.xls"
    bad.write_bytes(b"not excel")
    assert (
        main(
            ["--data-dir", str(tmp_path / "d"), "import-members", str(bad), "--branch", "某团支部"]
        )
        == 1
    )
    assert ".xls" in capsys.readouterr().err
