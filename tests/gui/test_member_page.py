"""The roster list: search as you type, filters, sorting, opening a member, delete and restore."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.qt_input import type_text
from helpers.roster_files import write_messy_roster
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from branchdesk.paths import AppPaths
from branchdesk.ui.dialogs import member_dialog
from branchdesk.ui.dialogs.import_preview_dialog import ImportPreviewDialog
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.models.member_table_model import MemberTableModel


@pytest.fixture
def window(qtbot, services, demo_branch, tmp_path):
    win = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(win)
    win.show()
    return win


def shown_names(window: MainWindow) -> list[str]:
    model = window.member_model
    return [model.data(model.index(r, MemberTableModel.COL_NAME)) for r in range(model.rowCount())]


def test_the_model_passes_qt_model_checks(qtbot, services, demo_branch):
    model = MemberTableModel(services.members)
    ModelTester(qtbot).check(model)  # type: ignore[no-untyped-call]
    model.set_branch(demo_branch.id)
    assert model.rowCount() == 30


def test_search_as_you_type_by_initials_and_chinese(qtbot, window):
    first = shown_names(window)[0]
    from branchdesk.domain.names import initials

    qtbot.keyClicks(window.member_page.ui.search_edit, initials(first))
    qtbot.waitUntil(lambda: first in shown_names(window) and len(shown_names(window)) < 30)
    window.member_page.ui.search_edit.clear()
    qtbot.waitUntil(lambda: len(shown_names(window)) == 30)
    type_text(window.member_page.ui.search_edit, first[:1])
    qtbot.waitUntil(lambda: all(first[:1] in name for name in shown_names(window)))


def test_overage_filter_shows_who_must_leave(qtbot, window):
    combo = window.member_page.ui.overage_filter_combo
    combo.setCurrentIndex(1)  # over the age limit
    rows = [window.member_model.member_row(r) for r in range(window.member_model.rowCount())]
    assert len(rows) == 1
    assert rows[0] is not None and rows[0].league_post is None and rows[0].age == 28


def test_sorting_by_clicking_the_header(qtbot, window):
    header = window.member_page.ui.members_table.horizontalHeader()
    header.setSortIndicator(MemberTableModel.COL_BIRTH, Qt.SortOrder.AscendingOrder)
    model = window.member_model
    births = [model.member_row(r).birth_date for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert births == sorted(births)


def test_enter_on_a_row_opens_the_editor(qtbot, window, monkeypatch):
    opened: list[int] = []
    monkeypatch.setattr(
        member_dialog.MemberDialog,
        "edit",
        classmethod(lambda cls, p, s, member_id, g, **_kw: opened.append(member_id)),
    )
    table = window.member_page.ui.members_table
    table.setFocus()
    table.setCurrentIndex(window.member_model.index(3, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [window.member_model.member_id(3)]


def test_delete_asks_first_and_can_be_restored(qtbot, window, message_boxes, services, demo_branch):
    table = window.member_page.ui.members_table
    table.setFocus()
    table.selectRow(0)
    victim = window.member_model.member_id(0)
    message_boxes.answer = False
    window.ui.delete_member_action.trigger()
    assert message_boxes.kinds() == ["confirm"]
    assert victim in [
        window.member_model.member_id(r) for r in range(window.member_model.rowCount())
    ]
    message_boxes.answer = True
    window.ui.delete_member_action.trigger()
    assert window.member_model.rowCount() == 29
    window.ui.show_trash_action.setChecked(True)
    assert [window.member_model.member_id(r) for r in range(window.member_model.rowCount())] == [
        victim
    ]
    table.selectRow(0)
    window.ui.restore_member_action.trigger()
    window.ui.show_trash_action.setChecked(False)
    assert window.member_model.rowCount() == 30


def test_import_preview_through_the_window(
    qtbot, window, message_boxes, tmp_path: Path, services, demo_branch
):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(demo_branch.id, messy.path)
    dialog = ImportPreviewDialog(services.imports, demo_branch.id, preview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.import_all_button.isEnabled()  # errors block "import all"
    assert dialog.ui.problems_only_check.isChecked()
    shown = {dialog.model.preview_row(r).row_number for r in range(dialog.model.rowCount())}
    assert set(messy.invalid_rows) <= shown
    message_boxes.answer = True
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.ui.import_valid_button, Qt.MouseButton.LeftButton)
    assert dialog.result_value is not None
    assert dialog.result_value.created == len(messy.valid_names)
    window.events.members_changed.emit()
    assert window.member_model.rowCount() == 30 + len(messy.valid_names)
