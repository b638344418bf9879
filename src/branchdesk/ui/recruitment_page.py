"""The 发展团员 page: applicants by stage, the checks of the next stage, the actions on them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem, QWidget

from branchdesk.domain.recruitment import PIPELINE, STAGES, Stage, next_stage
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.recruitment import ApplicantRow, StepInput
from branchdesk.ui import messages
from branchdesk.ui.dialogs.applicant_dialog import ApplicantDialog, ApplicantStepDialog, hours_text
from branchdesk.ui.dialogs.lifecycle_dialogs import checks_html
from branchdesk.ui.forms.ui_recruitment_page import Ui_RecruitmentPage
from branchdesk.ui.style import make_title
from branchdesk.ui.text import fmt_date

_IN_PIPELINE = "__pipeline__"
_ALL = "__all__"


class RecruitmentPage(QWidget):
    """Lists the branch's applicants; ``members_changed`` is emitted when one is admitted."""

    members_changed = Signal()

    def __init__(
        self,
        services: Services,
        branch_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecruitmentPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today or services.today()
        self._rows: list[ApplicantRow] = []
        self._stale = False
        make_title(self.ui.title_label)
        self.ui.title_label.setText(self.tr("Recruitment"))
        self.ui.intro_label.setText(
            self.tr(
                "Applicant → activist → candidate → branch general meeting → approval by the "
                "higher committee → member. Select an applicant to see what the next stage needs."
            )
        )
        combo = self.ui.stage_filter_combo
        combo.addItem(self.tr("In the pipeline"), _IN_PIPELINE)
        for stage in PIPELINE:
            combo.addItem(STAGES.name(stage), str(stage))
        combo.addItem(STAGES.name(Stage.DROPPED), str(Stage.DROPPED))
        combo.addItem(self.tr("All"), _ALL)
        combo.currentIndexChanged.connect(self.reload)
        table = self.ui.applicants_table
        table.itemSelectionChanged.connect(self._on_selection)
        table.itemActivated.connect(lambda _item: self.edit_applicant())
        self.ui.new_button.clicked.connect(self.new_applicant)
        self.ui.edit_button.clicked.connect(self.edit_applicant)
        self.ui.advance_button.clicked.connect(self.advance_applicant)
        self.ui.drop_button.clicked.connect(self.drop_applicant)
        self.reload()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        # Loads when first shown, like every page but the first (bench/).
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        wanted = self.ui.stage_filter_combo.currentData()
        current = self.current_id()
        rows = self._services.recruitment.applicants(self._branch_id)
        if wanted == _IN_PIPELINE:
            rows = [r for r in rows if r.stage not in (Stage.ADMITTED, Stage.DROPPED)]
        elif wanted != _ALL:
            rows = [r for r in rows if r.stage == wanted]
        order = {stage: i for i, stage in enumerate([*PIPELINE, Stage.DROPPED])}
        self._rows = sorted(rows, key=lambda r: (order.get(Stage(r.stage), 99), r.since, r.id))
        table = self.ui.applicants_table
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            values = (
                row.name,
                row.stage_name,
                fmt_date(row.applied_on),
                fmt_date(row.since),
                hours_text(row.hours_tenths),
            )
            for c, value in enumerate(values):
                table.setItem(i, c, QTableWidgetItem(value))
        table.blockSignals(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        if current is not None:
            self.select_applicant(current)
        self._on_selection()

    def current_id(self) -> int | None:
        rows = self.ui.applicants_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def select_applicant(self, applicant_id: int) -> None:
        for i, row in enumerate(self._rows):
            if row.id == applicant_id:
                self.ui.applicants_table.selectRow(i)
                return

    def _on_selection(self) -> None:
        applicant_id = self.current_id()
        row = next((r for r in self._rows if r.id == applicant_id), None)
        target = next_stage(row.stage) if row is not None else None
        self.ui.edit_button.setEnabled(row is not None)
        self.ui.advance_button.setEnabled(target is not None)
        self.ui.drop_button.setEnabled(target is not None)
        if row is None or target is None:
            self.ui.checks_group.setTitle(self.tr("Checks for the next stage"))
            self.ui.checks_label.setText(
                self.tr("Select an applicant in the pipeline.") if row is None else ""
            )
            return
        self.ui.checks_group.setTitle(
            self.tr("Checks for %1 today").replace("%1", STAGES.name(target))
        )
        read = self._services.recruitment.get(row.id)
        step = StepInput(
            target, self._today, meeting_id=read.meeting_id, dev_number=read.dev_number
        )
        found = self._services.recruitment.evaluate(row.id, step)
        self.ui.checks_label.setText(checks_html(found))

    # ---- actions ---------------------------------------------------------------------------

    def new_applicant(self) -> None:
        dialog = ApplicantDialog(self._services, self._branch_id, None, self._today, self)
        if dialog.exec() and dialog.saved is not None:
            self.reload()
            self.select_applicant(dialog.saved.id)

    def edit_applicant(self) -> None:
        applicant_id = self.current_id()
        if applicant_id is None:
            return
        dialog = ApplicantDialog(self._services, self._branch_id, applicant_id, self._today, self)
        dialog.exec()
        self.reload()

    def advance_applicant(self) -> None:
        applicant_id = self.current_id()
        if applicant_id is None:
            return
        try:
            dialog = ApplicantStepDialog(self._services, applicant_id, self._today, self)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot continue"), exc.message)
            return
        if dialog.exec() and dialog.saved is not None:
            if dialog.saved.stage == Stage.ADMITTED:
                self.members_changed.emit()
                messages.info(
                    self,
                    self.tr("Admitted"),
                    self.tr(
                        "%1 is now a member of the League. Enter the new member in the Smart "
                        "League system and upload the scan of the application form."
                    ).replace("%1", dialog.saved.data.name),
                )
            self.reload()

    def drop_applicant(self) -> None:
        applicant_id = self.current_id()
        if applicant_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Leave the pipeline"), self.tr("Reason (e.g. withdrew the application):")
        )
        if not ok:
            return
        try:
            self._services.recruitment.drop(applicant_id, self._today, reason)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.reload()
