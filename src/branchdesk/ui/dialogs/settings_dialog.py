"""File → Settings (Ctrl+,): everything a secretary may want to change, in one dialog.

- the branch: its details (the branch dialog) and its rule profile, with a way into the rule
  settings for single values;
- printing with the system's fonts; showing full ID numbers in the list for this session;
  the start-up passphrase;
- backups: how many are kept and where they go;
- the interface language, stored with the data and applied at the next start
  (``BRANCHDESK_LANG`` overrides it).

Save writes the settings through :class:`~branchdesk.services.settings.SettingsService` (one
transaction; a refused value changes nothing) and then the profile, if it was changed. The
branch dialog, the rule settings and the passphrase save on their own, as they do elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from branchdesk.errors import BranchdeskError
from branchdesk.paths import AppPaths
from branchdesk.services.container import Services
from branchdesk.services.schemas import BranchInput, BranchRead
from branchdesk.services.security import SecurityService
from branchdesk.services.settings import ENV_LANGUAGE, LANGUAGES, AppSettings, SettingsService
from branchdesk.ui.dialogs.branch_dialog import BranchDialog
from branchdesk.ui.dialogs.passphrase_dialog import PassphraseDialog
from branchdesk.ui.dialogs.rule_settings_dialog import RuleSettingsDialog
from branchdesk.ui.forms.ui_settings_dialog import Ui_SettingsDialog

# Each language is named in itself, so whoever reads the list can find their own.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


@dataclass(frozen=True)
class SettingsOutcome:
    """What the window must know after the dialog closed."""

    saved: bool  # Save was pressed and everything was written
    branch: BranchRead  # the branch as it is now (details and profile may have changed)
    branch_changed: bool  # details, profile or rule values changed: pages re-read them
    full_ids: bool  # show full ID numbers in the roster list
    language_changed: bool  # applies at the next start


class SettingsDialog(QDialog):
    """The settings of this data directory and branch."""

    def __init__(
        self,
        services: Services,
        paths: AppPaths | None,
        branch: BranchRead,
        full_ids: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._paths = paths
        self._settings = SettingsService(services.engine, paths)
        self.branch = branch
        self.branch_changed = False
        self.saved = False
        self.stored = self._settings.get()
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.setStyleSheet("color: #d93025")
        for key, name in services.profiles.choices():
            self.ui.profile_combo.addItem(name, key)
        for language in LANGUAGES:
            self.ui.language_combo.addItem(LANGUAGE_NAMES[language], language)
        self._show_branch()
        self._show_settings(self.stored, full_ids)
        self._connect()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        services: Services,
        paths: AppPaths | None,
        branch: BranchRead,
        full_ids: bool = False,
    ) -> SettingsOutcome:
        dialog = cls(services, paths, branch, full_ids, parent)
        dialog.exec()
        return dialog.outcome(full_ids)

    def outcome(self, full_ids_before: bool) -> SettingsOutcome:
        return SettingsOutcome(
            saved=self.saved,
            branch=self.branch,
            branch_changed=self.branch_changed,
            full_ids=self.ui.full_ids_check.isChecked() if self.saved else full_ids_before,
            language_changed=self.saved and self.language() != self._start_language,
        )

    # ---- setup -----------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.branch_button.clicked.connect(self.edit_branch)
        ui.rules_button.clicked.connect(self.edit_rules)
        ui.profile_combo.currentIndexChanged.connect(self._update_rules_button)
        ui.passphrase_button.clicked.connect(self.edit_passphrase)
        ui.folder_button.clicked.connect(self.choose_folder)
        ui.folder_default_button.clicked.connect(lambda: ui.folder_edit.setText(""))
        ui.language_combo.currentIndexChanged.connect(self._update_language_hint)

    def _show_branch(self) -> None:
        self.ui.branch_name_label.setText(self.branch.name)
        self.ui.profile_combo.setCurrentIndex(
            max(self.ui.profile_combo.findData(self.branch.profile_key), 0)
        )
        self._update_rules_button()

    def _show_settings(self, settings: AppSettings, full_ids: bool) -> None:
        ui = self.ui
        ui.system_fonts_check.setChecked(settings.prefer_system_fonts)
        ui.full_ids_check.setChecked(full_ids)
        ui.keep_spin.setValue(settings.backup_keep)
        has_backups = self._paths is not None
        ui.backup_group.setEnabled(has_backups)
        default = str(self._paths.backups) if self._paths is not None else ""
        ui.folder_edit.setPlaceholderText(self.tr("Default: %1").replace("%1", default))
        ui.folder_edit.setText(str(settings.backup_folder) if settings.backup_folder else "")
        ui.language_combo.setCurrentIndex(max(ui.language_combo.findData(settings.language), 0))
        self._start_language = settings.language
        self._update_language_hint()

    def _update_rules_button(self) -> None:
        same = self.ui.profile_combo.currentData() == self.branch.profile_key
        self.ui.rules_button.setEnabled(same)
        self.ui.rules_button.setToolTip(
            ""
            if same
            else self.tr("Save the new profile first; its values can then be adjusted here.")
        )

    def _update_language_hint(self) -> None:
        hint = self.tr("The language changes the next time branchdesk starts.")
        forced = os.environ.get(ENV_LANGUAGE)
        if forced:
            hint += " " + self.tr(
                "The environment variable BRANCHDESK_LANG=%1 is set and takes precedence."
            ).replace("%1", forced)
        self.ui.language_hint.setText(hint)

    # ---- values ----------------------------------------------------------------------------

    def language(self) -> str:
        return str(self.ui.language_combo.currentData())

    def read_form(self) -> AppSettings:
        folder = self.ui.folder_edit.text().strip()
        return AppSettings(
            language=self.language(),
            prefer_system_fonts=self.ui.system_fonts_check.isChecked(),
            backup_keep=self.ui.keep_spin.value(),
            backup_folder=Path(folder) if folder else None,
        )

    # ---- actions ---------------------------------------------------------------------------

    def edit_branch(self) -> None:
        saved = BranchDialog.edit(self, self._services, self.branch)
        if saved is not None:
            self.branch = saved
            self.branch_changed = True
            self._show_branch()

    def edit_rules(self) -> None:
        if RuleSettingsDialog.edit(self, self._services, self.branch.id):
            self.branch_changed = True

    def edit_passphrase(self) -> None:
        PassphraseDialog.manage(self, SecurityService(self._services.engine))

    def choose_folder(self) -> None:
        start = self.ui.folder_edit.text() or (str(self._paths.backups) if self._paths else "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.ui.folder_edit.setText(folder)

    def save(self) -> None:
        """Write the settings, then the profile; on a refusal say why and stay open."""
        self.ui.error_label.clear()
        try:
            self.stored = self._settings.save(self.read_form())
            profile = self.ui.profile_combo.currentData()
            if profile != self.branch.profile_key:
                self.branch = self._services.branches.update(
                    self.branch.id, _with_profile(self.branch, profile)
                )
                self.branch_changed = True
                self._show_branch()
        except BranchdeskError as exc:
            self.ui.error_label.setText(exc.message)
            return
        self.saved = True
        self.accept()


def _with_profile(branch: BranchRead, profile_key: str) -> BranchInput:
    """The branch's details as they are, with another profile (fields added later included)."""
    values = {
        field.name: getattr(branch, field.name)
        for field in fields(BranchInput)
        if hasattr(branch, field.name)
    }
    values["profile_key"] = profile_key
    return BranchInput(**values)
