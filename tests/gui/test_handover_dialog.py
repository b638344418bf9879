"""The 换届 handover dialog: export into a file, show a file's manifest, import with replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from branchdesk.paths import resolve_paths
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.ui.dialogs import handover_dialog
from branchdesk.ui.dialogs.handover_dialog import HandoverDialog


@pytest.fixture
def live(tmp_path: Path):
    paths = resolve_paths(tmp_path / "data")
    services = open_services(paths)
    branch = load_demo(services)
    yield services, paths, branch
    services.close()


@pytest.fixture
def previews(monkeypatch):
    shown: list[tuple[bytes, str]] = []

    def show_pdf(_parent, pdf, title, _path, _warnings=()):
        shown.append((pdf, title))

    monkeypatch.setattr(handover_dialog.PdfPreviewDialog, "show_pdf", staticmethod(show_pdf))
    return shown


def test_construct_shows_both_tabs(qtbot, live):
    services, paths, branch = live
    dialog = HandoverDialog(services, paths, branch.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.count() == 2
    assert dialog.ui.export_file_edit.text().endswith(".bdh")
    assert not dialog.ui.print_button.isEnabled()
    assert not dialog.ui.import_button.isEnabled()


def test_export_through_the_dialog_then_print_the_list(
    qtbot, live, tmp_path, message_boxes, previews
):
    services, paths, branch = live
    dialog = HandoverDialog(services, paths, branch.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "handover.bdh"
    dialog.ui.export_file_edit.setText(str(out))
    dialog.ui.outgoing_edit.setText("张三")  # setText: never keyClicks non-ASCII
    qtbot.keyClicks(dialog.ui.incoming_edit, "Li Si")
    message_boxes.answer = True  # "print the handover list?" → yes
    qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file()
    assert dialog.exported is not None and dialog.exported.outgoing == "张三"
    assert dialog.exported.incoming == "Li Si"
    assert message_boxes.kinds() == ["confirm"]
    assert dialog.exported.short_checksum in dialog.ui.export_status_label.text()
    assert dialog.ui.print_button.isEnabled()
    assert len(previews) == 1
    pdf, title = previews[0]
    assert pdf.startswith(b"%PDF") and "移交清单" in title


def test_export_failure_is_shown(qtbot, live, tmp_path, message_boxes):
    services, paths, branch = live
    dialog = HandoverDialog(services, paths, branch.id)
    qtbot.addWidget(dialog)
    dialog.ui.export_file_edit.setText(str(tmp_path / "no" / "such" / "h.bdh"))
    dialog.export()
    assert message_boxes.kinds() == ["error"]
    assert "文件夹不存在" in message_boxes.calls[0][2]


def test_import_tab_shows_the_manifest_and_imports_with_replace(
    qtbot, live, tmp_path, message_boxes
):
    services, paths, branch = live
    # The outgoing secretary's file, from another data directory.
    other_paths = resolve_paths(tmp_path / "other")
    other = open_services(other_paths)
    try:
        load_demo(other)
        bundle = tmp_path / "in.bdh"
        HandoverDialog(other, other_paths, other.branches.current().id).handover.export(
            bundle, outgoing="张三"
        )
    finally:
        other.close()

    dialog = HandoverDialog(services, paths, branch.id)
    qtbot.addWidget(dialog)
    dialog.ui.tabs.setCurrentIndex(1)
    manifest = dialog.inspect_file(bundle)
    assert manifest is not None
    table = dialog.ui.manifest_table
    cells = {
        table.item(row, 0).text(): table.item(row, 1).text() for row in range(table.rowCount())
    }
    assert cells["Branches"] == branch.name
    assert cells["Members (all records)"] == "30"
    assert cells["Outgoing secretary"] == "张三"
    assert cells["Checksum"].startswith(manifest.short_checksum)
    assert "✓" in dialog.ui.import_status_label.text()
    assert dialog.ui.import_button.isEnabled()

    message_boxes.answer = False
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported is None
    message_boxes.answer = True
    qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported is not None
    assert dialog.imported.backup is not None and dialog.imported.backup.is_file()
    assert message_boxes.kinds() == ["confirm", "confirm", "info"]
    assert "backed up" in message_boxes.calls[0][2]
    assert "start it again" in message_boxes.calls[2][2]
    assert dialog.result() == HandoverDialog.DialogCode.Accepted


def test_a_bad_file_is_explained_and_cannot_be_imported(qtbot, live, tmp_path):
    services, paths, branch = live
    dialog = HandoverDialog(services, paths, branch.id)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.bdh"
    bad.write_text("not a zip", encoding="utf-8")
    assert dialog.inspect_file(bad) is None
    assert "不是 zip" in dialog.ui.import_status_label.text()
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.manifest_table.rowCount() == 0


def test_main_window_menu_has_the_handover_action(qtbot, live, monkeypatch):
    from branchdesk.ui.main_window import MainWindow

    services, paths, branch = live
    window = MainWindow(services, paths, branch)
    qtbot.addWidget(window)
    assert window.ui.handover_action in window.ui.file_menu.actions()
    monkeypatch.setattr(HandoverDialog, "run", classmethod(lambda cls, *a: None))
    window.ui.handover_action.trigger()
