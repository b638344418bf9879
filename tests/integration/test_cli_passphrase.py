"""The start-up passphrase guards the command line too: without it nothing is read or written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.security import SecurityService


def run(data: Path, *args: str, passphrase: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BRANCHDESK_PASSPHRASE"}
    if passphrase is not None:
        env["BRANCHDESK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _protected_demo(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    assert run(data, "demo").returncode == 0
    services = open_services(resolve_paths(data))
    try:
        SecurityService(services.engine).set_passphrase("secret-123")
    finally:
        services.close()
    return data


def test_without_the_passphrase_the_cli_refuses_and_writes_nothing(tmp_path):
    data = _protected_demo(tmp_path)
    out = tmp_path / "roster.xlsx"
    result = run(data, "export-members", str(out))
    assert result.returncode != 0
    assert "启动口令" in result.stderr
    assert not out.exists()


def test_a_wrong_passphrase_is_refused(tmp_path):
    data = _protected_demo(tmp_path)
    out = tmp_path / "roster.xlsx"
    result = run(data, "export-members", str(out), passphrase="wrong-one")
    assert result.returncode != 0
    assert "启动口令不正确" in result.stderr
    assert not out.exists()


def test_the_right_passphrase_from_the_environment_lets_the_command_run(tmp_path):
    data = _protected_demo(tmp_path)
    out = tmp_path / "roster.xlsx"
    result = run(data, "export-members", str(out), passphrase="secret-123")
    assert result.returncode == 0, result.stderr
    assert out.exists()
