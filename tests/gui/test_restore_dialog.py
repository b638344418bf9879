"""Backups and restore dialog, and the main window's menu entry and backup on close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.ui.dialogs.restore_dialog import RestoreDialog
from branchdesk.ui.main_window import MainWindow


@pytest.fixture
def live(tmp_path: Path):
    """Services on a real data directory (backups need files), with the demo branch."""
    paths = resolve_paths(tmp_path / "data")
    services = open_services(paths)
    load_demo(services)
    yield services, paths
    services.close()


def corrupt(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek((size // 2) // 4096 * 4096)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_dialog_lists_backups_with_reason_size_and_counts(qtbot, live):
    services, _paths = live
    services.backups.backup("daily")
    services.backups.backup("close")
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    table = dialog.ui.backups_table
    assert table.rowCount() == 2
    reasons = {table.item(row, 1).text() for row in range(2)}
    assert reasons == {"Daily", "On close"}
    assert table.item(0, 2).text().endswith("KB")
    assert table.item(0, 3).text() == "30"
    assert dialog.selected() is dialog.backups[0]
    assert dialog.ui.restore_button.isEnabled()
    preview = dialog.ui.preview_table
    assert [preview.item(0, column).text() for column in range(4)] == ["Members", "30", "30", "0"]
    assert str(services.backups.folder()) in dialog.ui.folder_label.text()


def test_back_up_now_adds_a_manual_backup(qtbot, live, message_boxes):
    services, _paths = live
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    assert dialog.ui.backups_table.rowCount() == 0
    assert not dialog.ui.restore_button.isEnabled()
    qtbot.mouseClick(dialog.ui.backup_now_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.backups_table.rowCount() == 1
    assert dialog.ui.backups_table.item(0, 1).text() == "Manual"
    assert message_boxes.calls == []


def test_restore_through_the_dialog_brings_back_deleted_members(qtbot, live, message_boxes):
    services, _paths = live
    branch = services.branches.current()
    good = services.backups.backup("manual")
    ids = [row.id for row in services.members.rows(range(1, 4))]
    services.members.delete(ids)
    assert services.members.count(branch.id) == 27
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    assert dialog.selected().path == good.path
    preview = dialog.ui.preview_table
    assert [preview.item(0, column).text() for column in (1, 2, 3)] == ["30", "27", "+3"]

    dialog.restore_selected()

    assert message_boxes.kinds() == ["confirm", "info"]
    assert "backed up" in message_boxes.calls[0][2]
    assert dialog.restored
    assert services.members.count(branch.id) == 30
    reasons = [info.reason for info in services.backups.list()]
    assert sorted(reasons) == ["manual", "restore"]


def test_declining_the_confirmation_changes_nothing(qtbot, live, message_boxes):
    services, _paths = live
    branch = services.branches.current()
    services.backups.backup("manual")
    services.members.delete([services.members.rows([1])[0].id])
    message_boxes.answer = False
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert message_boxes.kinds() == ["confirm"]
    assert not dialog.restored
    assert services.members.count(branch.id) == 29
    assert len(services.backups.list()) == 1


def test_a_damaged_backup_is_refused_with_a_message(qtbot, live, message_boxes, expected_warnings):
    services, _paths = live
    bad = services.backups.backup("manual")
    corrupt(bad.path)
    dialog = RestoreDialog(services.backups)
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert message_boxes.kinds() == ["confirm", "error"]
    assert "已损坏" in message_boxes.calls[1][2]
    assert not dialog.restored


def test_main_window_menu_opens_the_dialog_and_reloads_after_a_restore(
    qtbot, live, monkeypatch, tmp_path
):
    services, paths = live
    window = MainWindow(services, paths, services.branches.current())
    qtbot.addWidget(window)
    calls = []
    monkeypatch.setattr(RestoreDialog, "run", lambda parent, svc: calls.append(svc) or True)
    with qtbot.waitSignals(
        [
            window.events.members_changed,
            window.events.meetings_changed,
            window.events.reviews_changed,
        ]
    ):
        window.ui.backups_action.trigger()
    assert calls == [services]


def test_closing_the_main_window_makes_a_backup(qtbot, live):
    services, paths = live
    window = MainWindow(services, paths, services.branches.current())
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert [info.reason for info in services.backups.list()] == ["close"]
