"""branchdesk never opens a network connection (issue 7, "Privacy").

Every way out of the process through Python's ``socket`` module is patched to record the call and
fail; then a whole working session runs in-process: open a data directory, load the demo, import
a roster file and export it, render every registered report to PDF and .xlsx, build the main
window and visit every page. Nothing may have been recorded, and no source file may import a
network module. The one thing taken from Qt's network module is local IPC (``QLocalServer`` /
``QLocalSocket``, a named pipe or Unix socket in the user's runtime directory), with which a second
start raises the open window (ui/single_instance.py); nothing else from it may be imported.
"""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
from helpers.roster_files import write_messy_roster

from branchdesk.app import build_main_window
from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.services.reports import REPORTS
from branchdesk.services.security import SecurityService
from branchdesk.ui import messages
from branchdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from branchdesk.ui.startup import ask_passphrase, open_data_directory

SRC = Path(__file__).resolve().parents[2] / "src" / "branchdesk"
FORBIDDEN_IMPORTS = ("socket", "urllib", "http", "requests", "PySide6.QtNetwork")
LOCAL_IPC = frozenset({"PySide6.QtNetwork.QLocalServer", "PySide6.QtNetwork.QLocalSocket"})


class NetworkAttemptError(AssertionError):
    """Raised by the patched socket functions."""


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No modal message box in this test (tests/gui/conftest.py has the fuller recorder)."""
    shown: list[str] = []
    for kind in ("info", "warning", "error", "confirm"):
        monkeypatch.setattr(
            messages, kind, lambda _parent, _title, text, *_rest, k=kind: shown.append(k) or True
        )
    return shown


@pytest.fixture
def network_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def refuse(name: str):
        def call(*args: object, **kwargs: object) -> object:
            calls.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttemptError(f"network call: {name}")

        return call

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return calls


def test_a_whole_session_opens_no_connection(
    qtbot, tmp_path, network_calls, message_boxes, monkeypatch
):
    def answer(dialog: PassphraseDialog) -> int:
        dialog.ui.current_edit.setText("no-network-here")
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    paths = resolve_paths(tmp_path / "data")

    # The data directory, the demo, an import and an export, every report in every format.
    services = open_services(paths)
    try:
        branch = load_demo(services)
        roster = write_messy_roster(tmp_path / "roster.xlsx")
        result, _preview = services.imports.import_file(branch.id, roster.path, valid_only=True)
        assert result.created == len(roster.valid_names)
        for layout in ("zhtj", "full"):
            assert services.imports.export(branch.id, tmp_path / f"{layout}.xlsx", layout) > 30
        meeting_id = services.meetings.list(branch.id)[0].id
        year = services.today().year
        written = []
        for spec in REPORTS.values():
            for fmt in spec.formats:
                out = tmp_path / "reports" / f"{spec.name}.{fmt}"
                out.parent.mkdir(exist_ok=True)
                services.reports.render(
                    spec.name,
                    branch_id=branch.id,
                    out=out,
                    year=year if spec.needs_year else None,
                    meeting_id=meeting_id if spec.needs_meeting else None,
                    full_ids=spec.has_ids,
                )
                assert out.stat().st_size > 0
                written.append(out.name)
        assert len(written) == sum(len(spec.formats) for spec in REPORTS.values())
        SecurityService(services.engine).set_passphrase("no-network-here", None)
        with services.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        services.close()

    # The window's start-up path, the passphrase check, the main window and every page.
    opened = open_data_directory(paths)
    assert opened is not None
    services, lock = opened
    try:
        assert SecurityService(services.engine).verify("no-network-here")
        assert ask_passphrase(services)
        current = services.branches.current()
        assert current is not None
        window = build_main_window(services, paths, current)
        qtbot.addWidget(window)
        window.show()
        for row in range(window.ui.nav_list.count()):
            window.ui.nav_list.setCurrentRow(row)
            qtbot.wait(50)
            assert window.ui.pages.currentIndex() == row
        window.ui.show_full_ids_action.trigger()
        window.close()
    finally:
        services.close()
        lock.unlock()

    assert network_calls == []
    assert message_boxes == []


def test_the_patched_functions_do_refuse(network_calls):
    with pytest.raises(NetworkAttemptError):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(NetworkAttemptError):
        socket.getaddrinfo("example.org", 80)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkAttemptError),
    ):
        sock.connect(("127.0.0.1", 9))
    assert len(network_calls) == 3


def _imports(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # the imported names carry their module: "urllib.request.urlopen" is still urllib
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _forbidden(name: str) -> bool:
    if name in LOCAL_IPC:
        return False
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IMPORTS)


def test_no_source_file_imports_a_network_module():
    sources = sorted(SRC.rglob("*.py"))
    assert len(sources) > 50
    found = {
        f"{path.relative_to(SRC)}: {name}"
        for path in sources
        for name in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        if _forbidden(name)
    }
    assert found == set()


def test_the_import_check_sees_network_imports():
    tree = ast.parse(
        "import socket\nfrom urllib.request import urlopen\nimport http.client\n"
        "from PySide6 import QtNetwork\nfrom PySide6.QtNetwork import QTcpSocket\n"
        "import requests\nimport httpx\nfrom PySide6 import QtCore\n"
        "from PySide6.QtNetwork import QLocalServer, QLocalSocket, QNetworkAccessManager\n"
    )
    assert sorted(n for n in _imports(tree) if _forbidden(n)) == [
        "PySide6.QtNetwork",
        "PySide6.QtNetwork.QNetworkAccessManager",
        "PySide6.QtNetwork.QTcpSocket",
        "http.client",
        "requests",
        "socket",
        "urllib.request.urlopen",
    ]
