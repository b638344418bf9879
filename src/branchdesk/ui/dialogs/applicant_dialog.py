"""An applicant of the recruitment pipeline, and the dialog that moves one a stage on.

Keyboard-first: dates are typed (2026-06-10, 2026.6.10, 20260610), the ID fills the birth date;
培养联系人 and 入团介绍人 are chosen from the branch's members. The 团课 attended are the branch's
团课 records or courses held elsewhere entered by hand; their 学时 are added up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain.members import Issue
from branchdesk.domain.recruitment import STAGES, Stage, next_stage
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.recruitment import ApplicantInput, ApplicantRead, StepInput
from branchdesk.services.schemas import MemberFilter
from branchdesk.ui import messages
from branchdesk.ui.dialogs.lifecycle_dialogs import (
    CHECK_DELAY_MS,
    DateError,
    checks_html,
    fill_meetings,
    issues_html,
    read_date,
)
from branchdesk.ui.forms.ui_applicant_dialog import Ui_ApplicantDialog
from branchdesk.ui.forms.ui_applicant_step_dialog import Ui_ApplicantStepDialog
from branchdesk.ui.i18n import bracketed
from branchdesk.ui.text import fmt_date


def hours_text(tenths: int) -> str:
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths / 10:.1f}"


class ApplicantDialog(QDialog):
    """Create or edit an applicant; the 团课 list is kept once the applicant is saved."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        applicant_id: int | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplicantDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today
        self.applicant_id = applicant_id
        self.saved: ApplicantRead | None = None
        ids = services.members.list_ids(branch_id, MemberFilter(statuses=frozenset({"active"})))
        people = [(row.id, row.name) for row in services.members.rows(ids)]
        for combo in self._people_combos():
            combo.addItem(self.tr("(none)"), None)
            for member_id, name in people:
                combo.addItem(name, member_id)
        for meeting in services.recruitment.tuanke_meetings(branch_id):
            hours = hours_text(meeting.hours_tenths)
            label = bracketed(f"{meeting.held_on.isoformat()} {meeting.title}", hours)
            self.ui.tuanke_combo.addItem(label, meeting.id)
        self.ui.outside_hours_spin.setValue(2.0)
        self.ui.note_edit.setMaximumHeight(64)
        self.ui.courses_table.setMinimumHeight(120)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._run_check)
        for edit in (
            self.ui.name_edit,
            self.ui.id_number_edit,
            self.ui.birth_date_edit,
            self.ui.applied_on_edit,
            self.ui.talked_on_edit,
        ):
            edit.textChanged.connect(self._timer.start)
        for combo in self._people_combos():
            combo.currentIndexChanged.connect(self._timer.start)
        self.ui.add_tuanke_button.clicked.connect(self._add_tuanke)
        self.ui.add_outside_button.clicked.connect(self._add_outside)
        self.ui.remove_course_button.clicked.connect(self._remove_course)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        if applicant_id is None:
            self.setWindowTitle(self.tr("New applicant"))
            self.ui.applied_on_edit.setText(today.isoformat())
            self.ui.courses_group.setEnabled(False)
            self.ui.courses_group.setTitle(self.tr("League classes attended (after saving)"))
        else:
            self._load(services.recruitment.get(applicant_id))

    def _people_combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (ui.contact1_combo, ui.contact2_combo, ui.introducer1_combo, ui.introducer2_combo)

    def _load(self, read: ApplicantRead) -> None:
        d = read.data
        self.setWindowTitle(self.tr("Applicant %1").replace("%1", d.name))
        self.ui.name_edit.setText(d.name)
        self.ui.id_number_edit.setText(d.id_number or "")
        self.ui.birth_date_edit.setText(fmt_date(d.birth_date))
        self.ui.phone_edit.setText(d.phone or "")
        self.ui.group_edit.setText(d.group_name or "")
        self.ui.applied_on_edit.setText(fmt_date(d.applied_on))
        self.ui.talked_on_edit.setText(fmt_date(d.talked_on))
        self.ui.note_edit.setPlainText(d.note)
        for combo, value in zip(
            self._people_combos(),
            (d.contact1_id, d.contact2_id, d.introducer1_id, d.introducer2_id),
            strict=True,
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self._show_courses(read)

    def _show_courses(self, read: ApplicantRead) -> None:
        self._courses = read.courses
        table = self.ui.courses_table
        table.setRowCount(len(read.courses))
        for row, course in enumerate(read.courses):
            where = self.tr("Branch League class") if course.meeting_id else self.tr("Elsewhere")
            for col, value in enumerate(
                (fmt_date(course.held_on), course.title, hours_text(course.hours_tenths), where)
            ):
                table.setItem(row, col, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        needed = self._services.recruitment.rules(self._branch_id).tuanke_tenths
        self.ui.hours_label.setText(
            self.tr("League classes: %1 of %2 class hours")
            .replace("%1", hours_text(read.hours_tenths))
            .replace("%2", hours_text(needed))
        )

    def data(self) -> ApplicantInput:
        def combo(c: QComboBox) -> int | None:
            value = c.currentData()
            return int(value) if value is not None else None

        ui = self.ui
        return ApplicantInput(
            name=ui.name_edit.text(),
            applied_on=read_date(ui.applied_on_edit, self.tr("Application date")) or self._today,
            id_number=ui.id_number_edit.text(),
            birth_date=read_date(ui.birth_date_edit, self.tr("Date of birth"), is_required=False),
            phone=ui.phone_edit.text(),
            group_name=ui.group_edit.text(),
            talked_on=read_date(ui.talked_on_edit, self.tr("Talk date"), is_required=False),
            contact1_id=combo(ui.contact1_combo),
            contact2_id=combo(ui.contact2_combo),
            introducer1_id=combo(ui.introducer1_combo),
            introducer2_id=combo(ui.introducer2_combo),
            note=ui.note_edit.toPlainText(),
        )

    def _run_check(self) -> None:
        if not self.isVisible():
            return
        try:
            issues = self._services.recruitment.check_input(
                self._branch_id, self.data(), self.applicant_id
            )
        except DateError as exc:
            issues = [Issue("date", str(exc))]
        self.ui.issues_label.setText(issues_html(issues))

    def _save(self) -> None:
        try:
            data = self.data()
            if self.applicant_id is None:
                self.saved = self._services.recruitment.create(self._branch_id, data)
            else:
                self.saved = self._services.recruitment.update(self.applicant_id, data)
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.accept()

    def _add_tuanke(self) -> None:
        meeting_id = self.ui.tuanke_combo.currentData()
        if meeting_id is None or self.applicant_id is None:
            return
        self._course_call(
            lambda: self._services.recruitment.add_course(
                self.applicant_id or 0, meeting_id=meeting_id
            )
        )

    def _add_outside(self) -> None:
        if self.applicant_id is None:
            return
        try:
            held_on = read_date(self.ui.outside_date_edit, self.tr("Class date"))
        except DateError as exc:
            messages.error(self, self.tr("Not added"), str(exc))
            return
        hours = Decimal(str(round(self.ui.outside_hours_spin.value(), 1)))
        title = self.ui.outside_title_edit.text()
        self._course_call(
            lambda: self._services.recruitment.add_course(
                self.applicant_id or 0, held_on=held_on, title=title, hours=hours
            )
        )

    def _remove_course(self) -> None:
        rows = self.ui.courses_table.selectionModel().selectedRows()
        if not rows:
            return
        course = self._courses[rows[0].row()]
        self._course_call(lambda: self._services.recruitment.remove_course(course.id))

    def _course_call(self, call: Callable[[], ApplicantRead]) -> None:
        try:
            read = call()
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not added"), exc.message)
            return
        self._show_courses(read)
        self.ui.outside_title_edit.clear()


class ApplicantStepDialog(QDialog):
    """Move an applicant to the next stage, showing which checks pass (green), fail (red) or
    warn (amber) as the date, the 支部大会 or the 团员发展编号 is entered."""

    def __init__(
        self,
        services: Services,
        applicant_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ApplicantStepDialog()
        self.ui.setupUi(self)
        self._services = services
        self._id = applicant_id
        read = services.recruitment.get(applicant_id)
        target = next_stage(read.stage)
        if target is None:
            raise BranchdeskError(
                self.tr("%1 is at the stage %2, which has no next stage")
                .replace("%1", read.data.name)
                .replace("%2", read.stage_name)
            )
        self.target = target
        self.ui.intro_label.setText(
            self.tr("%1: %2 → %3")
            .replace("%1", read.data.name)
            .replace("%2", read.stage_name)
            .replace("%3", STAGES.name(self.target))
        )
        self.ui.date_edit.setText(today.isoformat())
        fill_meetings(self.ui.meeting_combo, services, read.branch_id, self.tr("(choose)"))
        self._meeting_days = {
            m.id: m.held_on for m in services.recruitment.dahui_meetings(read.branch_id)
        }
        if self.ui.meeting_combo.count() > 1:
            self.ui.meeting_combo.setCurrentIndex(1)
        form = self.ui.form_layout
        form.setRowVisible(self.ui.date_edit, self.target != Stage.VOTED)
        form.setRowVisible(self.ui.meeting_combo, self.target == Stage.VOTED)
        form.setRowVisible(self.ui.approved_on_edit, False)
        form.setRowVisible(self.ui.dev_number_edit, self.target == Stage.ADMITTED)
        self.ui.dev_number_edit.setText(read.dev_number or "")
        self.saved: ApplicantRead | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._run_check)
        self.ui.date_edit.textChanged.connect(self._timer.start)
        self.ui.dev_number_edit.textChanged.connect(self._timer.start)
        self.ui.meeting_combo.currentIndexChanged.connect(self._timer.start)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        self.refresh_check()

    def step(self) -> StepInput:
        meeting_id = self.ui.meeting_combo.currentData()
        on = read_date(self.ui.date_edit, self.tr("Date")) or date.min
        if self.target == Stage.VOTED and meeting_id in self._meeting_days:
            on = self._meeting_days[meeting_id]
        return StepInput(
            target=self.target,
            on=on,
            meeting_id=meeting_id if self.target == Stage.VOTED else None,
            dev_number=self.ui.dev_number_edit.text().strip() or None,
        )

    def _run_check(self) -> None:
        if self.isVisible():
            self.refresh_check()

    def refresh_check(self) -> None:
        try:
            found = self._services.recruitment.evaluate(self._id, self.step())
        except DateError as exc:
            self.ui.checks_label.setText(issues_html([Issue("date", str(exc))]))
            return
        self.ui.checks_label.setText(checks_html(found))
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not any(c.blocking for c in found))

    def _save(self) -> None:
        try:
            self.saved = self._services.recruitment.advance(self._id, self.step())
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.accept()
