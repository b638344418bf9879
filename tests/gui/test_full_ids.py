"""身份证号 are masked in the roster list until Members → Show full ID numbers; never remembered."""

from __future__ import annotations

from branchdesk.paths import AppPaths
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.models.member_table_model import MemberTableModel


def make_window(qtbot, services, branch, tmp_path) -> MainWindow:
    window = MainWindow(services, AppPaths(tmp_path), branch)
    qtbot.addWidget(window)
    window.show()
    return window


def shown_ids(window: MainWindow) -> list[str]:
    model = window.member_model
    return [model.data(model.index(r, MemberTableModel.COL_ID)) for r in range(model.rowCount())]


def full_ids(window: MainWindow) -> list[str]:
    model = window.member_model
    return [model.member_row(r).id_number or "" for r in range(model.rowCount())]


def test_ids_are_masked_by_default_full_after_the_action_and_masked_in_a_new_window(
    qtbot, services, demo_branch, tmp_path
):
    window = make_window(qtbot, services, demo_branch, tmp_path)
    action = window.ui.show_full_ids_action
    assert action.isCheckable() and not action.isChecked()
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    assert action in window.ui.members_menu.actions()

    masked = shown_ids(window)
    full = full_ids(window)
    assert len(masked) == 30 and all(len(number) == 18 for number in full)
    assert all(shown == f"{n[:4]}{'*' * 10}{n[-4:]}" for shown, n in zip(masked, full, strict=True))

    changed: list[object] = []
    window.member_model.dataChanged.connect(lambda *args: changed.append(args))
    action.trigger()
    assert action.isChecked() and window.member_model.full_ids
    assert changed  # the view repaints the column
    assert shown_ids(window) == full

    action.trigger()
    assert shown_ids(window) == masked

    action.trigger()
    window.close()
    again = make_window(qtbot, services, demo_branch, tmp_path)
    assert not again.ui.show_full_ids_action.isChecked()
    assert shown_ids(again) == masked


def test_search_by_id_digits_works_masked_or_not(qtbot, services, demo_branch, tmp_path):
    window = make_window(qtbot, services, demo_branch, tmp_path)
    number = full_ids(window)[0]
    middle = number[8:14]  # digits hidden by the mask
    for on in (False, True):
        window.ui.show_full_ids_action.setChecked(on)
        window.member_page.ui.search_edit.setText(middle)
        qtbot.waitUntil(lambda: window.member_model.rowCount() < 30)
        assert number in full_ids(window)
        window.member_page.ui.search_edit.clear()
        qtbot.waitUntil(lambda: window.member_model.rowCount() == 30)
