"""Leaving the League, 超龄离团 for a batch, 团纪处分 and 推优入党: the roster's dialogs.

Each dialog checks what is typed against the service while typing (red: refused, amber: saved
with a warning) and saves in one call; a refusal shows the service's Chinese message and leaves
the dialog open with nothing changed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain import vocab
from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.domain.lifecycle import DISCIPLINE_KINDS, LEAVE_KINDS, OUTCOMES, LeaveRequest
from branchdesk.domain.members import Issue
from branchdesk.domain.recruitment import Check
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.lifecycle import DisciplineInput, RecommendationInput
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_aged_out_dialog import Ui_AgedOutDialog
from branchdesk.ui.forms.ui_discipline_dialog import Ui_DisciplineDialog
from branchdesk.ui.forms.ui_leave_dialog import Ui_LeaveDialog
from branchdesk.ui.forms.ui_recommend_dialog import Ui_RecommendDialog
from branchdesk.ui.i18n import join_names, labelled, required
from branchdesk.ui.text import fmt_date

CHECK_DELAY_MS = 200
RED = "#d93025"
AMBER = "#9a6b00"
GREEN = "#1e7e34"

_T = TypeVar("_T")


class DateError(ValueError):
    pass


def read_date(edit: QLineEdit, label: str, is_required: bool = True) -> date | None:
    """The date typed in ``edit`` (None when empty and optional); DateError says what is wrong.

    ``label`` is the field's translated name (``self.tr("Leaving date")``).
    """
    text = edit.text().strip()
    if not text:
        if is_required:
            raise DateError(required(label))
        return None
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise DateError(labelled(label, exc.reason)) from exc


def issues_html(issues: Sequence[Issue]) -> str:
    lines = []
    for issue in issues:
        colour = RED if issue.is_error else AMBER
        lines.append(f'<span style="color:{colour}">● {html.escape(issue.message)}</span>')
    return "<br>".join(lines)


def checks_html(found: Sequence[Check]) -> str:
    lines = []
    for check in found:
        if check.passed:
            lines.append(f'<span style="color:{GREEN}">✓ {html.escape(check.label)}</span>')
        else:
            colour = RED if check.blocking else AMBER
            mark = "✗" if check.blocking else "!"
            text = html.escape(labelled(check.label, check.message))
            lines.append(f'<span style="color:{colour}">{mark} {text}</span>')
    return "<br>".join(lines)


def fill_meetings(combo: QComboBox, services: Services, branch_id: int, none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for meeting in services.recruitment.dahui_meetings(branch_id):
        combo.addItem(f"{meeting.held_on.isoformat()} {meeting.title}", meeting.id)


def _fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


class _Checked(QDialog):
    """A dialog that re-checks its input shortly after each change, while it is visible."""

    def _setup_timer(self, issues_label: QLabel) -> None:
        self._issues_label = issues_label
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._run_check)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def _run_check(self) -> None:
        if self.isVisible():
            self.refresh_check()

    def refresh_check(self) -> None:
        raise NotImplementedError

    def _show_check(self, check: Callable[[], Sequence[Issue]]) -> None:
        """Show what ``check`` finds; a date that cannot be read is one more issue."""
        try:
            issues = list(check())
        except DateError as exc:
            issues = [Issue("date", str(exc))]
        self._issues_label.setText(issues_html(issues))

    def _attempt(self, save: Callable[[], _T]) -> tuple[bool, _T | None]:
        """Run ``save``; on a refusal tell the user and return ``(False, None)``."""
        try:
            return True, save()
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
        return False, None


# ---- leaving ---------------------------------------------------------------------------------


class LeaveDialog(_Checked):
    """办理离团 for one or several members: kind, date, reason, deciding meeting, approval."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        member_ids: Sequence[int],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self._services = services
        self._ids = list(member_ids)
        rows = services.members.rows(self._ids)
        names = join_names(r.name for r in rows[:10]) + ("…" if len(rows) > 10 else "")
        self.ui.members_label.setText(
            self.tr("%n member(s): %1", "", len(rows)).replace("%1", names)
        )
        for entry in LEAVE_KINDS:
            self.ui.kind_combo.addItem(entry.name, entry.code)
        self.ui.date_edit.setText(today.isoformat())
        fill_meetings(self.ui.meeting_combo, services, branch_id, self.tr("(none recorded)"))
        months = services.lifecycle.rules(branch_id).lapse_months
        self.ui.hint_label.setText(
            self.tr(
                "Lapsing: %1 months in a row without paying dues or taking part in League "
                "activity. branchdesk keeps no dues ledger: check the dues record before deciding."
            ).replace("%1", str(months))
        )
        self._setup_timer(self.ui.issues_label)
        for edit in (self.ui.date_edit, self.ui.approved_on_edit):
            edit.textChanged.connect(self._schedule)
        self.ui.reason_edit.textChanged.connect(self._schedule)
        self.ui.kind_combo.currentIndexChanged.connect(self._schedule)
        self.ui.meeting_combo.currentIndexChanged.connect(self._schedule)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        self.result_names: tuple[str, ...] = ()

    def request(self) -> LeaveRequest:
        return LeaveRequest(
            kind=str(self.ui.kind_combo.currentData()),
            on=read_date(self.ui.date_edit, self.tr("Leaving date")) or date.min,
            reason=self.ui.reason_edit.toPlainText().strip(),
            meeting_id=self.ui.meeting_combo.currentData(),
            approved_on=read_date(
                self.ui.approved_on_edit, self.tr("Approval date"), is_required=False
            ),
        )

    def refresh_check(self) -> None:
        self._show_check(lambda: self._services.lifecycle.check_leave(self._ids, self.request()))

    def _save(self) -> None:
        ok, result = self._attempt(
            lambda: self._services.lifecycle.leave(self._ids, self.request())
        )
        if not ok or result is None:
            return
        self.result_names = result.names
        self.accept()


class AgedOutDialog(QDialog):
    """超龄离团 for the batch of members past the leaving age; post holders listed and skipped."""

    def __init__(
        self, services: Services, branch_id: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AgedOutDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self.ui.date_edit.setText(today.isoformat())
        fill_meetings(self.ui.meeting_combo, services, branch_id, self.tr("(none recorded)"))
        self.rows = services.lifecycle.aged_out_candidates(branch_id, today)
        eligible = sum(r.eligible for r in self.rows)
        self.ui.intro_label.setText(
            self.tr(
                "%1 member(s) have reached 28 without a post and will leave the League. "
                "Members holding a post keep their membership until they leave it and are "
                "skipped."
            ).replace("%1", str(eligible))
        )
        _fill_table(
            self.ui.members_table,
            [
                (
                    r.name,
                    fmt_date(r.birth_date),
                    fmt_date(r.turned_on),
                    vocab.LEAGUE_POST.name(r.league_post) if r.league_post else "",
                    r.reason,
                )
                for r in self.rows
            ],
        )
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Process %1").replace("%1", str(eligible)))
        ok.setEnabled(eligible > 0)
        self.ui.button_box.accepted.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        self.left: tuple[str, ...] = ()
        self.skipped: tuple[tuple[str, str], ...] = ()

    def _save(self) -> None:
        try:
            on = read_date(self.ui.date_edit, self.tr("Leaving date"))
            approved = read_date(
                self.ui.approved_on_edit, self.tr("Approval date"), is_required=False
            )
            assert on is not None
            result = self._services.lifecycle.leave_aged_out(
                self._branch_id,
                on,
                meeting_id=self.ui.meeting_combo.currentData(),
                approved_on=approved,
            )
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.left, self.skipped = result.left, result.skipped
        self.accept()


# ---- discipline ------------------------------------------------------------------------------


class DisciplineDialog(_Checked):
    """A member's 团纪处分: the records with their end dates, a new one, a probation concluded."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        member_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DisciplineDialog()
        self.ui.setupUi(self)
        self._services = services
        self._member_id = member_id
        self.changed = False
        member = services.members.get(member_id)
        self.ui.member_label.setText(self.tr("Discipline of %1").replace("%1", member.data.name))
        for entry in DISCIPLINE_KINDS:
            self.ui.kind_combo.addItem(entry.name, entry.code)
        for months in services.lifecycle.rules(branch_id).probation_months:
            self.ui.months_combo.addItem(self.tr("%1 months").replace("%1", str(months)), months)
        for entry in OUTCOMES:
            self.ui.outcome_combo.addItem(entry.name, entry.code)
        self.ui.decided_on_edit.setText(today.isoformat())
        self.ui.close_date_edit.setText(today.isoformat())
        fill_meetings(self.ui.meeting_combo, services, branch_id, self.tr("(none recorded)"))
        self._setup_timer(self.ui.issues_label)
        for edit in (self.ui.decided_on_edit, self.ui.approved_on_edit):
            edit.textChanged.connect(self._schedule)
        self.ui.reason_edit.textChanged.connect(self._schedule)
        for combo in (self.ui.kind_combo, self.ui.months_combo, self.ui.meeting_combo):
            combo.currentIndexChanged.connect(self._schedule)
        self.ui.kind_combo.currentIndexChanged.connect(self._on_kind)
        self.ui.records_table.itemSelectionChanged.connect(self._on_record)
        self.ui.close_button.clicked.connect(self._close_probation)
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        self._on_kind()
        self._load()

    def _load(self) -> None:
        self.records = self._services.lifecycle.disciplines(self._member_id)
        _fill_table(
            self.ui.records_table,
            [
                (
                    r.kind_name + (self.tr(" (in force)") if r.in_force_today else ""),
                    fmt_date(r.decided_on),
                    fmt_date(r.ends_on),
                    r.outcome_name,
                    r.reason,
                )
                for r in self.records
            ],
        )
        self._on_record()

    def _on_kind(self) -> None:
        probation = self.ui.kind_combo.currentData() == "probation"
        self.ui.months_combo.setEnabled(probation)

    def _on_record(self) -> None:
        rows = self.ui.records_table.selectionModel().selectedRows()
        record = self.records[rows[0].row()] if rows else None
        can_close = record is not None and record.kind == "probation" and record.outcome is None
        for widget in (self.ui.outcome_combo, self.ui.close_date_edit, self.ui.close_button):
            widget.setEnabled(can_close)

    def data(self) -> DisciplineInput:
        kind = str(self.ui.kind_combo.currentData())
        return DisciplineInput(
            kind=kind,
            decided_on=read_date(self.ui.decided_on_edit, self.tr("Decision date")) or date.min,
            reason=self.ui.reason_edit.toPlainText().strip(),
            months=self.ui.months_combo.currentData() if kind == "probation" else None,
            meeting_id=self.ui.meeting_combo.currentData(),
            approved_on=read_date(
                self.ui.approved_on_edit, self.tr("Approval date"), is_required=False
            ),
        )

    def refresh_check(self) -> None:
        lifecycle = self._services.lifecycle
        self._show_check(lambda: lifecycle.check_discipline(self._member_id, self.data()))

    def _save(self) -> None:
        lifecycle = self._services.lifecycle
        ok, _ = self._attempt(lambda: lifecycle.add_discipline(self._member_id, self.data()))
        if not ok:
            return
        self.changed = True
        self.ui.reason_edit.clear()
        self._load()

    def _close_probation(self) -> None:
        rows = self.ui.records_table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.records[rows[0].row()]
        try:
            on = read_date(self.ui.close_date_edit, self.tr("Conclusion date"))
            assert on is not None
            self._services.lifecycle.close_probation(
                record.id, str(self.ui.outcome_combo.currentData()), on
            )
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.changed = True
        self._load()


# ---- 推优入党 -----------------------------------------------------------------------------------


class RecommendDialog(_Checked):
    """推优入党 records of a member: a new 推荐, the Party branch's 确定, joining the Party."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        member_id: int,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecommendDialog()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._member_id = member_id
        self.changed = False
        member = services.members.get(member_id)
        self.ui.member_label.setText(
            self.tr("Recommendations to the Party of %1").replace("%1", member.data.name)
        )
        self.ui.recommended_on_edit.setText(today.isoformat())
        self.ui.record_date_edit.setText(today.isoformat())
        fill_meetings(self.ui.meeting_combo, services, branch_id, self.tr("(none recorded)"))
        self._setup_timer(self.ui.issues_label)
        for edit in (
            self.ui.applied_on_edit,
            self.ui.recommended_on_edit,
            self.ui.confirmed_on_edit,
        ):
            edit.textChanged.connect(self._schedule)
        self.ui.records_table.itemSelectionChanged.connect(self._on_record)
        self.ui.confirm_button.clicked.connect(lambda: self._record("confirm"))
        self.ui.joined_button.clicked.connect(lambda: self._record("joined"))
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.clicked.connect(self._save)
        self.ui.button_box.rejected.connect(self.reject)
        self._load()

    def _load(self) -> None:
        self.records = [
            r
            for r in self._services.lifecycle.recommendations(self._branch_id)
            if r.member_id == self._member_id
        ]
        _fill_table(
            self.ui.records_table,
            [
                (
                    fmt_date(r.recommended_on),
                    fmt_date(r.confirmed_on),
                    fmt_date(r.joined_party_on),
                    fmt_date(r.applied_party_on),
                )
                for r in self.records
            ],
        )
        self._on_record()

    def _on_record(self) -> None:
        rows = self.ui.records_table.selectionModel().selectedRows()
        record = self.records[rows[0].row()] if rows else None
        self.ui.confirm_button.setEnabled(record is not None and record.confirmed_on is None)
        self.ui.joined_button.setEnabled(record is not None and record.joined_party_on is None)
        self.ui.record_date_edit.setEnabled(record is not None)

    def data(self) -> RecommendationInput:
        return RecommendationInput(
            recommended_on=read_date(self.ui.recommended_on_edit, self.tr("Recommendation date"))
            or date.min,
            applied_party_on=read_date(
                self.ui.applied_on_edit, self.tr("Party application date"), is_required=False
            ),
            confirmed_on=read_date(
                self.ui.confirmed_on_edit, self.tr("Confirmation date"), is_required=False
            ),
            meeting_id=self.ui.meeting_combo.currentData(),
        )

    def refresh_check(self) -> None:
        lifecycle = self._services.lifecycle
        self._show_check(lambda: lifecycle.check_recommendation(self._member_id, self.data()))

    def _save(self) -> None:
        lifecycle = self._services.lifecycle
        ok, _ = self._attempt(lambda: lifecycle.recommend(self._member_id, self.data()))
        if not ok:
            return
        self.changed = True
        self._load()

    def _record(self, what: str) -> None:
        rows = self.ui.records_table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.records[rows[0].row()]
        try:
            on = read_date(self.ui.record_date_edit, self.tr("Date"))
            assert on is not None
            if what == "confirm":
                self._services.lifecycle.confirm_recommendation(record.id, on)
            else:
                self._services.lifecycle.party_joined(record.id, on)
        except DateError as exc:
            messages.error(self, self.tr("Not saved"), str(exc))
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
            return
        self.changed = True
        self._load()
