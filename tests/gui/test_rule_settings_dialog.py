"""The rule settings dialog driven like a user: search, change a value with a reason, restore."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from helpers.qt_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from branchdesk.paths import AppPaths
from branchdesk.ui.dialogs import rule_settings_dialog
from branchdesk.ui.dialogs.rule_settings_dialog import COL_NAME, COL_VALUE, RuleSettingsDialog
from branchdesk.ui.main_window import MainWindow

CAP = "pingyi.excellent_cap"


@pytest.fixture
def dialog(qtbot, services, branch):
    dlg = RuleSettingsDialog(services, branch.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def visible_keys(dlg: RuleSettingsDialog) -> list[str]:
    tree = dlg.ui.settings_tree
    keys = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        if group.isHidden():
            continue
        for c in range(group.childCount()):
            item = group.child(c)
            if not item.isHidden():
                keys.append(item.data(COL_NAME, Qt.ItemDataRole.UserRole))
    return keys


def item_for(dlg: RuleSettingsDialog, key: str) -> QTreeWidgetItem:
    tree = dlg.ui.settings_tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            item = group.child(c)
            if item.data(COL_NAME, Qt.ItemDataRole.UserRole) == key:
                return item
    raise AssertionError(key)


def click(qtbot, dlg: RuleSettingsDialog, key: str, double: bool = False) -> None:
    tree = dlg.ui.settings_tree
    item = item_for(dlg, key)
    tree.scrollToItem(item)
    pos = tree.visualItemRect(item).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    if double:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def find(qtbot, dlg: RuleSettingsDialog, text: str) -> None:
    dlg.ui.filter_edit.clear()
    qtbot.keyClicks(dlg.ui.filter_edit, text)


def test_every_setting_is_listed_and_the_filter_narrows_it(qtbot, services, branch, dialog):
    assert len(visible_keys(dialog)) == len(services.profiles.settings_for(branch.id))
    find(qtbot, dialog, "excellent")
    assert visible_keys(dialog) == [CAP]
    find(qtbot, dialog, "fee.")
    assert visible_keys(dialog)[0] == "fee.student"
    assert all(key.startswith("fee.") for key in visible_keys(dialog))
    find(qtbot, dialog, "nothing-like-this")
    assert visible_keys(dialog) == []
    dialog.ui.filter_edit.clear()
    type_text(dialog.ui.filter_edit, "团费")  # Chinese, as an input method commits it
    assert "fee.student" in visible_keys(dialog)


def test_change_a_value_with_a_reason(qtbot, services, branch, dialog, message_boxes):
    find(qtbot, dialog, "excellent")
    click(qtbot, dialog, CAP, double=True)
    ui = dialog.ui
    assert ui.editor_group.isVisible()
    assert ui.value_edit.text() == "30%"
    ui.value_edit.selectAll()
    qtbot.keyClicks(ui.value_edit, "20%")
    type_text(ui.reason_edit, "上级团委通知")
    qtbot.mouseClick(ui.apply_button, Qt.MouseButton.LeftButton)

    assert not ui.editor_group.isVisible()
    assert dialog.changed
    assert services.profiles.for_branch(branch.id).ratio(CAP) == Fraction(1, 5)
    item = item_for(dialog, CAP)
    assert item.text(COL_VALUE) == "20%"
    assert item.font(COL_NAME).bold() and item.font(COL_VALUE).bold()
    assert "上级团委通知" in item.toolTip(COL_NAME)
    assert ui.settings_tree.currentItem() is item  # still selected after the reload
    assert "20%" in ui.status_label.text()
    assert ui.log_table.rowCount() == 1
    assert ui.log_table.item(0, 3).text() == "20%"
    assert ui.log_table.item(0, 4).text() == "上级团委通知"
    assert ui.reset_button.isEnabled()
    assert message_boxes.calls == []

    # Only changed values
    ui.filter_edit.clear()
    ui.changed_only_check.setChecked(True)
    assert visible_keys(dialog) == [CAP]


def test_bad_value_and_missing_reason_are_shown_inline(
    qtbot, services, branch, dialog, message_boxes
):
    find(qtbot, dialog, "excellent")
    click(qtbot, dialog, CAP)
    qtbot.mouseClick(dialog.ui.edit_button, Qt.MouseButton.LeftButton)
    ui = dialog.ui
    ui.value_edit.selectAll()
    qtbot.keyClicks(ui.value_edit, "150%")
    type_text(ui.reason_edit, "试试")
    qtbot.keyClick(ui.reason_edit, Qt.Key.Key_Return)  # Enter saves
    assert "0% 到 100%" in ui.error_label.text()
    assert ui.editor_group.isVisible()

    ui.value_edit.selectAll()
    qtbot.keyClicks(ui.value_edit, "20%")
    ui.reason_edit.clear()
    qtbot.mouseClick(ui.apply_button, Qt.MouseButton.LeftButton)
    assert "原因" in ui.error_label.text()

    assert not dialog.changed
    assert services.profiles.override_log(branch.id) == []
    assert message_boxes.calls == []
    assert dialog.isVisible()


def test_restore_the_default(qtbot, services, branch, message_boxes):
    services.profiles.set_override(branch.id, CAP, "20%", "上级团委通知")
    dlg = RuleSettingsDialog(services, branch.id)
    qtbot.addWidget(dlg)
    dlg.show()
    assert item_for(dlg, CAP).font(COL_NAME).bold()
    dlg.select_key(CAP)
    ui = dlg.ui
    qtbot.mouseClick(ui.reset_button, Qt.MouseButton.LeftButton)
    assert ui.editor_group.isVisible()
    assert ui.value_edit.isReadOnly() and ui.value_edit.text() == "30%"
    type_text(ui.reason_edit, "通知废止")
    qtbot.mouseClick(ui.apply_button, Qt.MouseButton.LeftButton)

    item = item_for(dlg, CAP)
    assert item.text(COL_VALUE) == "30%"
    assert not item.font(COL_NAME).bold()
    assert not ui.reset_button.isEnabled()
    assert dlg.changed
    assert services.profiles.for_branch(branch.id).ratio(CAP) == Fraction(3, 10)
    assert ui.log_table.rowCount() == 2
    assert ui.log_table.item(0, 4).text() == "通知废止"
    assert message_boxes.calls == []


def test_enter_opens_the_editor_and_escape_closes_it_first(qtbot, dialog):
    find(qtbot, dialog, "excellent")
    click(qtbot, dialog, CAP)
    qtbot.keyClick(dialog.ui.settings_tree, Qt.Key.Key_Return)
    assert dialog.ui.editor_group.isVisible()
    assert dialog.isVisible()  # Enter did not reach a dialog button
    qtbot.keyClick(dialog.ui.value_edit, Qt.Key.Key_Escape)
    assert not dialog.ui.editor_group.isVisible()
    assert dialog.isVisible()
    qtbot.keyClick(dialog.ui.settings_tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not dialog.changed


def test_unconfirmed_and_not_editable_settings(qtbot, dialog):
    find(qtbot, dialog, "tuanke.rule")  # 团课频次: [U], a frequency
    click(qtbot, dialog, "meeting.tuanke.rule")
    detail = dialog.ui.detail_text.toPlainText()
    assert "please check with your higher League committee" in detail
    assert "cannot be changed here" in detail
    assert not dialog.ui.edit_button.isEnabled()
    item = item_for(dialog, "meeting.tuanke.rule")
    assert item.background(COL_NAME).color().name() == "#fff4d6"
    click(qtbot, dialog, "meeting.tuanke.rule", double=True)
    assert not dialog.ui.editor_group.isVisible()


def test_a_setting_with_choices_uses_a_list(qtbot, services, branch, dialog):
    find(qtbot, dialog, "record_on_admit")
    click(qtbot, dialog, "fazhan.record_on_admit", double=True)
    ui = dialog.ui
    assert ui.choice_combo.isVisible() and not ui.value_edit.isVisible()
    ui.choice_combo.setCurrentText("required")
    type_text(ui.reason_edit, "发展即录入")
    qtbot.mouseClick(ui.apply_button, Qt.MouseButton.LeftButton)
    profile = services.profiles.for_branch(branch.id)
    assert profile.text_value("fazhan.record_on_admit") == "required"


def test_the_menu_action_opens_it_and_reloads_the_window(
    qtbot, services, demo_branch, tmp_path: Path, monkeypatch
):
    opened = []

    def fake_edit(_parent, _services, branch_id):
        opened.append(branch_id)
        return True

    monkeypatch.setattr(rule_settings_dialog.RuleSettingsDialog, "edit", fake_edit)
    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    assert window.ui.rule_settings_action.objectName() == "rule_settings_action"
    actions = window.ui.file_menu.actions()
    index = actions.index(window.ui.branch_settings_action)
    assert actions[index + 1] is window.ui.rule_settings_action
    with qtbot.waitSignal(window.events.branch_changed, timeout=1000):
        window.ui.rule_settings_action.trigger()
    assert opened == [demo_branch.id]
