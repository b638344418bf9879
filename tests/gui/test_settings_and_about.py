"""File → Settings (Ctrl+,) and Help → About (issue 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from branchdesk import __version__, app
from branchdesk.paths import AppPaths
from branchdesk.services.container import open_services
from branchdesk.services.demo import DEMO_BRANCH
from branchdesk.services.settings import AppSettings, SettingsService
from branchdesk.ui.dialogs import settings_dialog
from branchdesk.ui.dialogs.about_dialog import AboutDialog
from branchdesk.ui.dialogs.settings_dialog import SettingsDialog, SettingsOutcome
from branchdesk.ui.main_window import MainWindow


@pytest.fixture
def disk(tmp_path):
    """Services on a data directory (backups need one), with the demo branch's details."""
    paths = AppPaths(tmp_path / "data")
    services = open_services(paths)
    branch = services.branches.create(DEMO_BRANCH)
    yield services, paths, branch
    services.close()


def make_dialog(qtbot, services, paths, branch, full_ids=False) -> SettingsDialog:
    dialog = SettingsDialog(services, paths, branch, full_ids)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_shows_what_is_stored(qtbot, disk):
    services, paths, branch = disk
    SettingsService(services.engine, paths).save(
        AppSettings(language="en", prefer_system_fonts=True, backup_keep=12)
    )
    dialog = make_dialog(qtbot, services, paths, branch, full_ids=True)
    ui = dialog.ui
    assert ui.branch_name_label.text() == DEMO_BRANCH.name
    assert ui.profile_combo.currentData() == "jilin-2021"
    assert ui.system_fonts_check.isChecked() and ui.full_ids_check.isChecked()
    assert ui.keep_spin.value() == 12
    assert ui.folder_edit.text() == "" and str(paths.backups) in ui.folder_edit.placeholderText()
    assert ui.language_combo.currentData() == "en"
    assert ui.language_combo.itemText(0) == "中文（简体）"
    assert "next time" in ui.language_hint.text()


def test_save_writes_every_setting_and_the_profile(qtbot, disk, tmp_path, monkeypatch):
    monkeypatch.delenv("BRANCHDESK_LANG", raising=False)
    services, paths, branch = disk
    dialog = make_dialog(qtbot, services, paths, branch)
    ui = dialog.ui
    assert ui.rules_button.isEnabled()
    ui.profile_combo.setCurrentIndex(ui.profile_combo.findData("national"))
    assert not ui.rules_button.isEnabled()  # the rule values belong to the saved profile
    ui.system_fonts_check.setChecked(True)
    ui.full_ids_check.setChecked(True)
    ui.keep_spin.setValue(30)
    ui.folder_edit.setText(str(tmp_path / "U盘备份"))
    ui.language_combo.setCurrentIndex(ui.language_combo.findData("en"))
    qtbot.mouseClick(ui.button_box.button(ui.button_box.StandardButton.Save), Qt.LeftButton)

    assert dialog.result() == dialog.DialogCode.Accepted
    outcome = dialog.outcome(full_ids_before=False)
    assert outcome.saved and outcome.full_ids and outcome.language_changed
    assert outcome.branch_changed and outcome.branch.profile_key == "national"
    assert services.branches.get(branch.id).profile_key == "national"
    assert services.branches.get(branch.id).name == branch.name  # other details kept
    assert services.reports.prefer_system_fonts
    assert services.backups.keep() == 30
    assert services.backups.folder() == tmp_path / "U盘备份"
    assert app.current_language(paths.database) == "en"  # what the next start uses


def test_a_refused_value_keeps_the_dialog_open_and_saves_nothing(qtbot, disk):
    services, paths, branch = disk
    dialog = make_dialog(qtbot, services, paths, branch)
    dialog.ui.system_fonts_check.setChecked(True)
    dialog.ui.folder_edit.setText("relative/folder")
    dialog.save()
    assert dialog.isVisible() and not dialog.saved
    assert "完整路径" in dialog.ui.error_label.text()
    assert not services.reports.prefer_system_fonts
    assert not dialog.outcome(full_ids_before=True).saved
    assert dialog.outcome(full_ids_before=True).full_ids  # unchanged after a failed save


def test_without_a_data_directory_the_backup_settings_are_off(qtbot, services, branch):
    dialog = make_dialog(qtbot, services, None, branch)
    assert not dialog.ui.backup_group.isEnabled()


def test_the_environment_variable_is_named_when_it_overrides(qtbot, disk, monkeypatch):
    monkeypatch.setenv("BRANCHDESK_LANG", "en")
    services, paths, branch = disk
    dialog = make_dialog(qtbot, services, paths, branch)
    assert "BRANCHDESK_LANG=en" in dialog.ui.language_hint.text()


def test_the_window_has_settings_under_file_with_ctrl_comma(qtbot, disk, monkeypatch):
    services, paths, branch = disk
    window = MainWindow(services, paths, branch)
    qtbot.addWidget(window)
    window.show()
    actions = window.ui.file_menu.actions()
    action = window.settings_action
    assert action.shortcut().toString() == "Ctrl+,"
    assert actions.index(action) == actions.index(window.ui.branch_settings_action) - 1

    renamed = services.branches.get(branch.id)
    calls = []

    def fake_run(parent, services_, paths_, branch_, full_ids):
        calls.append((parent, paths_, branch_.id, full_ids))
        return SettingsOutcome(True, renamed, True, True, True)

    monkeypatch.setattr(settings_dialog.SettingsDialog, "run", staticmethod(fake_run))
    action.trigger()
    assert calls == [(window, paths, branch.id, False)]
    assert window.ui.show_full_ids_action.isChecked()
    assert "next time" in window.statusBar().currentMessage()


def test_about_names_the_version_the_data_and_the_font_licences(qtbot, tmp_path):
    paths = AppPaths(tmp_path / "数据")
    dialog = AboutDialog(paths)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.title_label.text()
    about = dialog.ui.about_browser.toPlainText()
    assert str(paths.database) in about and str(paths.backups) in about
    assert "GPL-3.0-or-later" in about
    assert "Apache-2.0" in about and "OFL-1.1" in about and "LGPL-3.0" in about
    licences = dialog.ui.licences_browser.toPlainText()
    assert "Apache License" in licences and "SIL OPEN FONT LICENSE" in licences.upper()
