"""团员教育评议 and 团籍注册 for a year, entered as two grids."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.domain.members import Issue
from branchdesk.domain.reviews import GRADES, REGISTRATION_OUTCOMES, RegistrationOutcome
from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.container import Services
from branchdesk.services.meeting_schemas import (
    EvaluationInput,
    EvaluationRow,
    RegistrationInput,
    RegistrationRow,
)
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_reviews_page import Ui_ReviewsPage
from branchdesk.ui.i18n import bracketed
from branchdesk.ui.style import make_title

_NONE = ""
# Evaluation grid columns.
(
    E_NAME,
    E_GROUP,
    E_EXCELLENT,
    E_QUALIFIED,
    E_BASIC,
    E_UNQUALIFIED,
    E_PROPOSED,
    E_APPROVED,
    E_NOTE,
) = range(9)
# Registration grid columns.
R_NAME, R_GROUP, R_GRADE, R_LAST, R_OUTCOME, R_REASON, R_UNTIL = range(7)


class ReviewsPage(QWidget):
    """Edits one year's evaluation and registration; each grid is saved in one transaction."""

    saved = Signal()

    def __init__(
        self,
        services: Services,
        branch_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewsPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today or date.today()
        self._evaluations: list[EvaluationRow] = []
        self._registrations: list[RegistrationRow] = []
        self._stale = False
        make_title(self.ui.title_label)
        self.ui.year_spin.setValue(self._today.year)
        self._setup_tables()
        self.ui.year_spin.valueChanged.connect(self.reload)
        self.ui.save_evaluation_button.clicked.connect(self.save_evaluation)
        self.ui.save_registration_button.clicked.connect(self.save_registration)
        self.ui.register_all_button.clicked.connect(self._on_register_all)
        self.reload()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        evaluation = self.ui.evaluation_table
        evaluation.setColumnCount(9)
        evaluation.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Group"),
                self.tr("Votes: excellent"),
                self.tr("Qualified"),
                self.tr("Basically qualified"),
                self.tr("Unqualified"),
                self.tr("Proposed grade"),
                self.tr("Approved grade"),
                self.tr("Notes"),
            ]
        )
        for column, width in enumerate((150, 120, 80, 50, 70, 60, 110, 110)):
            evaluation.setColumnWidth(column, width)
        evaluation.horizontalHeader().setStretchLastSection(True)
        registration = self.ui.registration_table
        registration.setColumnCount(7)
        registration.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Group"),
                self.tr("Evaluation grade"),
                self.tr("Last registered"),
                self.tr("Registration"),
                self.tr("Reason"),
                self.tr("Deferred until"),
            ]
        )
        for column, width in enumerate((150, 120, 110, 90, 150, 240)):
            registration.setColumnWidth(column, width)
        registration.horizontalHeader().setStretchLastSection(True)

    # ---- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        # A page inside the main window loads when it is first shown: at a 团委's scale the grids
        # hold a combo box per member and row, far too slow to build at start-up (bench/).
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        year = self.ui.year_spin.value()
        self._evaluations = self._services.reviews.evaluation_sheet(self._branch_id, year)
        self._registrations = self._services.reviews.registration_sheet(self._branch_id, year)
        decided = next((r.decided_on for r in self._evaluations if r.decided_on), None)
        self.ui.evaluation_date_edit.setText((decided or self._default_day(year)).isoformat())
        registered = next((r.decided_on for r in self._registrations if r.decided_on), None)
        self.ui.registration_date_edit.setText((registered or self._default_day(year)).isoformat())
        self._fill_evaluation()
        self._fill_registration()

    def _default_day(self, year: int) -> date:
        return self._today if self._today.year == year else date(year, 12, 31)

    def _fill_evaluation(self) -> None:
        table = self.ui.evaluation_table
        table.setRowCount(0)  # drops the previous year's cell widgets too
        table.setRowCount(len(self._evaluations))
        for row, line in enumerate(self._evaluations):
            name = line.name + (self.tr(" (party member, optional)") if line.optional else "")
            _readonly(table, row, E_NAME, name)
            _readonly(table, row, E_GROUP, line.group_name or "")
            for column, value in (
                (E_EXCELLENT, line.votes_excellent),
                (E_QUALIFIED, line.votes_qualified),
                (E_BASIC, line.votes_basic),
                (E_UNQUALIFIED, line.votes_unqualified),
            ):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
            table.setCellWidget(row, E_PROPOSED, self._grade_combo(line.proposed_grade))
            table.setCellWidget(row, E_APPROVED, self._grade_combo(line.approved_grade))
            note = line.peer_note
            if line.recheck_due:
                note = (note + " " if note else "") + self.tr("re-evaluate by %1").replace(
                    "%1", line.recheck_due.isoformat()
                )
            table.setItem(row, E_NOTE, QTableWidgetItem(note))
        self._update_evaluation_summary()

    def _grade_combo(self, grade: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(not graded)"), _NONE)
        for entry in GRADES:
            combo.addItem(entry.name, entry.code)
        combo.setCurrentIndex(max(combo.findData(grade or _NONE), 0))
        combo.currentIndexChanged.connect(self._update_evaluation_summary)
        return combo

    def _fill_registration(self) -> None:
        table = self.ui.registration_table
        table.setRowCount(0)
        table.setRowCount(len(self._registrations))
        for row, line in enumerate(self._registrations):
            _readonly(table, row, R_NAME, line.name)
            _readonly(table, row, R_GROUP, line.group_name or "")
            grade = GRADES.name(line.grade) if line.grade else self.tr("not evaluated")
            if line.grade_year:
                grade = bracketed(grade, str(line.grade_year))
            _readonly(table, row, R_GRADE, grade)
            _readonly(table, row, R_LAST, str(line.last_registered or ""))
            combo = QComboBox()
            combo.addItem(self.tr("(not decided)"), _NONE)
            for entry in REGISTRATION_OUTCOMES:
                if entry.code == RegistrationOutcome.EXEMPT and not line.party_member:
                    continue
                combo.addItem(entry.name, entry.code)
            combo.setCurrentIndex(max(combo.findData(line.outcome or _NONE), 0))
            combo.currentIndexChanged.connect(self._update_registration_summary)
            table.setCellWidget(row, R_OUTCOME, combo)
            table.setItem(row, R_REASON, QTableWidgetItem(line.reason))
            _readonly(table, row, R_UNTIL, line.defer_until.isoformat() if line.defer_until else "")
            if not line.eligible:
                for column in (R_NAME, R_GRADE):
                    item = table.item(row, column)
                    if item is not None:
                        item.setForeground(Qt.GlobalColor.darkRed)
                        item.setToolTip(
                            self.tr("Not eligible: the evaluation grade is unqualified")
                        )
        self._update_registration_summary()

    # ---- summaries -----------------------------------------------------------------------------

    def _update_evaluation_summary(self) -> None:
        graded = [
            self._combo_value(self.ui.evaluation_table, row, E_APPROVED)
            for row in range(len(self._evaluations))
        ]
        counts = {entry.code: sum(1 for g in graded if g == entry.code) for entry in GRADES}
        parts = [f"{entry.name} {counts[entry.code]}" for entry in GRADES]
        text = (
            self.tr("Members: %1 · graded: %2 · %3")
            .replace("%1", str(len(self._evaluations)))
            .replace("%2", str(sum(counts.values())))
            .replace("%3", " · ".join(parts))
        )
        self.ui.evaluation_summary_label.setText(html.escape(text))

    def _update_registration_summary(self) -> None:
        outcomes = [
            self._combo_value(self.ui.registration_table, row, R_OUTCOME)
            for row in range(len(self._registrations))
        ]
        counts = {
            entry.code: sum(1 for o in outcomes if o == entry.code)
            for entry in REGISTRATION_OUTCOMES
        }
        parts = [
            f"{entry.name} {counts[entry.code]}"
            for entry in REGISTRATION_OUTCOMES
            if counts[entry.code]
        ]
        self.ui.registration_summary_label.setText(
            html.escape(
                self.tr("Members: %1 · %2")
                .replace("%1", str(len(self._registrations)))
                .replace("%2", " · ".join(parts))
            )
        )

    @staticmethod
    def _combo_value(table: QTableWidget, row: int, column: int) -> str | None:
        combo = table.cellWidget(row, column)
        if isinstance(combo, QComboBox):
            value = combo.currentData()
            return str(value) if value else None
        return None

    # ---- saving ----------------------------------------------------------------------------------

    def _decided_on(self, text: str) -> date | None:
        try:
            return parse_date(text)
        except DateParseError as exc:
            messages.error(
                self, self.tr("Not saved"), self.tr("Decision date: %1").replace("%1", exc.reason)
            )
            return None

    def save_evaluation(self) -> bool:
        decided_on = self._decided_on(self.ui.evaluation_date_edit.text())
        if decided_on is None:
            return False
        table = self.ui.evaluation_table
        rows: list[EvaluationInput] = []
        for row, line in enumerate(self._evaluations):
            votes = []
            for column in (E_EXCELLENT, E_QUALIFIED, E_BASIC, E_UNQUALIFIED):
                item = table.item(row, column)
                text = item.text().strip() if item else ""
                if text and not text.isdigit():
                    message = self.tr("%1: the votes “%2” are not a number of people")
                    messages.error(
                        self,
                        self.tr("Not saved"),
                        message.replace("%1", line.name).replace("%2", text),
                    )
                    return False
                votes.append(int(text) if text else None)
            proposed = self._combo_value(table, row, E_PROPOSED)
            approved = self._combo_value(table, row, E_APPROVED)
            if (
                not any(v is not None for v in votes)
                and not proposed
                and not approved
                and not line.saved
            ):
                continue
            rows.append(
                EvaluationInput(
                    member_id=line.member_id,
                    self_note=line.self_note,
                    peer_note=line.peer_note,
                    votes_excellent=votes[0],
                    votes_qualified=votes[1],
                    votes_basic=votes[2],
                    votes_unqualified=votes[3],
                    proposed_grade=proposed,
                    approved_grade=approved,
                    decided_on=decided_on,
                    meeting_id=line.meeting_id,
                    exempt=line.exempt,
                )
            )
        return self._save(
            lambda: self._services.reviews.save_evaluations(
                self._branch_id, self.ui.year_spin.value(), rows
            )
        )

    def save_registration(self) -> bool:
        decided_on = self._decided_on(self.ui.registration_date_edit.text())
        if decided_on is None:
            return False
        table = self.ui.registration_table
        rows: list[RegistrationInput] = []
        for row, line in enumerate(self._registrations):
            outcome = self._combo_value(table, row, R_OUTCOME)
            if outcome is None:
                continue
            item = table.item(row, R_REASON)
            rows.append(
                RegistrationInput(
                    member_id=line.member_id,
                    outcome=outcome,
                    reason=item.text().strip() if item else "",
                    decided_on=decided_on,
                )
            )
        return self._save(
            lambda: self._services.reviews.save_registrations(
                self._branch_id, self.ui.year_spin.value(), rows
            )
        )

    def _save(self, action: object) -> bool:
        try:
            warnings = action()  # type: ignore[operator]
        except ValidationError as exc:
            issues = [i for i in exc.issues if isinstance(i, Issue)]
            details = "\n".join(i.message for i in issues) or exc.message
            messages.error(self, self.tr("Not saved"), details)
            return False
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return False
        if warnings:
            messages.warning(
                self,
                self.tr("Saved, please check"),
                "\n".join("• " + w.message for w in warnings),
            )
        self.reload()
        self.saved.emit()
        return True

    def _on_register_all(self) -> None:
        table = self.ui.registration_table
        for row, line in enumerate(self._registrations):
            combo = table.cellWidget(row, R_OUTCOME)
            if isinstance(combo, QComboBox) and line.eligible and not combo.currentData():
                combo.setCurrentIndex(combo.findData(RegistrationOutcome.REGISTERED))
        self._update_registration_summary()


def _readonly(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    table.setItem(row, column, item)
