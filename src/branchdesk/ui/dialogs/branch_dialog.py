"""First-run setup and later edits of the branch's details."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from branchdesk.domain import vocab
from branchdesk.domain.recruitment import SCHOOL_STAGES
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.demo import load_demo
from branchdesk.services.schemas import BranchInput, BranchRead
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_branch_dialog import Ui_BranchDialog


class BranchDialog(QDialog):
    """Asks for the branch: full name, 上级团委, type, secretary, rule profile; for a school
    also the 学段 and the number of students (the 团学比 check of recruitment)."""

    def __init__(
        self, services: Services, branch: BranchRead | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BranchDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch = branch
        self._saved: BranchRead | None = None
        for entry in vocab.BRANCH_KIND:
            self.ui.kind_combo.addItem(entry.name, entry.code)
        for key, name in services.profiles.choices():
            self.ui.profile_combo.addItem(name, key)
        self.ui.industry_combo.addItem(self.tr("(not set)"), None)
        for entry in vocab.INDUSTRY:
            self.ui.industry_combo.addItem(entry.name, entry.code)
        self.ui.domain_combo.addItem("", None)  # the industry's default; text set below
        for entry in vocab.LEAGUE_DOMAIN:
            self.ui.domain_combo.addItem(entry.name, entry.code)
        self.ui.school_stage_combo.addItem(self.tr("(not set)"), None)
        for entry in SCHOOL_STAGES:
            self.ui.school_stage_combo.addItem(entry.name, entry.code)
        self.ui.industry_combo.currentIndexChanged.connect(self._on_industry_changed)
        self.ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self._on_industry_changed()
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if branch is None:
            self.setWindowTitle(self.tr("Welcome to branchdesk: set up your branch"))
        else:
            self.ui.demo_button.hide()
            self.ui.name_edit.setText(branch.name)
            self.ui.parent_edit.setText(branch.parent_committee)
            self.ui.kind_combo.setCurrentIndex(self.ui.kind_combo.findData(branch.kind))
            self.ui.secretary_edit.setText(branch.secretary)
            self.ui.profile_combo.setCurrentIndex(
                self.ui.profile_combo.findData(branch.profile_key)
            )
            self.ui.industry_combo.setCurrentIndex(
                max(self.ui.industry_combo.findData(branch.industry), 0)
            )
            self.ui.domain_combo.setCurrentIndex(
                max(self.ui.domain_combo.findData(branch.field_override), 0)
            )
            self.ui.school_stage_combo.setCurrentIndex(
                max(self.ui.school_stage_combo.findData(branch.school_stage), 0)
            )
            self.ui.student_count_spin.setValue(branch.student_count or 0)
        self._on_kind_changed()
        self.ui.error_label.setStyleSheet("color: #d93025")
        self.ui.button_box.accepted.connect(self._on_save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.demo_button.clicked.connect(self._on_demo)

    @classmethod
    def setup(cls, parent: QWidget | None, services: Services) -> BranchRead | None:
        """First run: create the branch (or load the sample one)."""
        dialog = cls(services, None, parent)
        dialog.exec()
        return dialog.saved

    @classmethod
    def edit(
        cls, parent: QWidget | None, services: Services, branch: BranchRead
    ) -> BranchRead | None:
        dialog = cls(services, branch, parent)
        dialog.exec()
        return dialog.saved

    @property
    def saved(self) -> BranchRead | None:
        return self._saved

    def _read_form(self) -> BranchInput:
        school = self.ui.kind_combo.currentData() == "school"
        return BranchInput(
            name=self.ui.name_edit.text(),
            parent_committee=self.ui.parent_edit.text(),
            kind=self.ui.kind_combo.currentData(),
            secretary=self.ui.secretary_edit.text(),
            profile_key=self.ui.profile_combo.currentData(),
            industry=self.ui.industry_combo.currentData(),
            field_override=self.ui.domain_combo.currentData(),
            school_stage=self.ui.school_stage_combo.currentData() if school else None,
            student_count=(self.ui.student_count_spin.value() or None) if school else None,
        )

    def _on_kind_changed(self) -> None:
        """学段 and number of students are asked only of a school branch."""
        school = self.ui.kind_combo.currentData() == "school"
        form = self.ui.form_layout
        form.setRowVisible(self.ui.school_stage_combo, school)
        form.setRowVisible(self.ui.student_count_spin, school)

    def _on_industry_changed(self) -> None:
        """The first 领域 entry follows the industry: "Default: 企业"."""
        default = vocab.domain_of(self.ui.industry_combo.currentData())
        text = (
            self.tr("Default: %1").replace("%1", vocab.LEAGUE_DOMAIN.name(default))
            if default is not None
            else self.tr("(follows the industry)")
        )
        self.ui.domain_combo.setItemText(0, text)

    def _on_save(self) -> None:
        try:
            if self._branch is None:
                self._saved = self._services.branches.create(self._read_form())
            else:
                self._saved = self._services.branches.update(self._branch.id, self._read_form())
        except BranchdeskError as exc:
            self.ui.error_label.setText(exc.message)
            self.ui.name_edit.setFocus()
            return
        self.accept()

    def _on_demo(self) -> None:
        try:
            self._saved = load_demo(self._services)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Sample data not loaded"), exc.message)
            return
        self.accept()
