"""A member's 组织生活 at a glance: attendance, 团课学时, 评议 and 注册 by year, 自行脱团 risk.

Read-only. A meeting opens in the meeting editor by double-click (or Enter); when it is saved
there, the page reloads and ``AppEvents.meetings_changed`` is emitted (when events are given).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain import calendar, vocab
from branchdesk.domain.meetings import MEETING_KINDS, PRESENCE, Presence
from branchdesk.domain.reviews import GRADES, REGISTRATION_OUTCOMES, RegistrationOutcome
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.meeting_schemas import (
    ActivityLine,
    MemberActivity,
    YearGrade,
    YearRegistration,
)
from branchdesk.ui import messages
from branchdesk.ui.dialogs.meeting_dialog import MeetingDialog
from branchdesk.ui.events import AppEvents
from branchdesk.ui.forms.ui_member_activity_dialog import Ui_MemberActivityDialog
from branchdesk.ui.models.base import ModelIndex, RowsTableModel

_PRESENCE_BRUSHES = {
    Presence.ABSENT: QBrush(QColor("#fde2e1")),
    Presence.LEAVE: QBrush(QColor("#fff4d6")),
}


# ---- the data of one year ------------------------------------------------------------------


@dataclass(frozen=True)
class YearSummary:
    """One year of a member's 组织生活: meetings expected at and attended, 团课学时, 评议, 注册."""

    year: int
    expected: int
    present: int
    tuanke_hours: Decimal
    grade: YearGrade | None
    registration: YearRegistration | None

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None


def expected_lines(activity: MemberActivity) -> list[ActivityLine]:
    """The meetings the member was expected at (列席 lines left out), newest first."""
    return [line for line in activity.attendance if not line.observer and line.presence]


def year_summaries(activity: MemberActivity) -> list[YearSummary]:
    """Every year with a meeting, 团课学时, 评议 or 注册 on record, newest first."""
    expected: dict[int, int] = {}
    present: dict[int, int] = {}
    for line in expected_lines(activity):
        year = line.held_on.year
        expected[year] = expected.get(year, 0) + 1
        if line.presence == Presence.PRESENT:
            present[year] = present.get(year, 0) + 1
    grades = {grade.year: grade for grade in activity.evaluations}
    registrations = {reg.year: reg for reg in activity.registrations}
    years = set(expected) | set(activity.tuanke_hours) | set(grades) | set(registrations)
    return [
        YearSummary(
            year=year,
            expected=expected.get(year, 0),
            present=present.get(year, 0),
            tuanke_hours=activity.tuanke_hours.get(year, Decimal(0)),
            grade=grades.get(year),
            registration=registrations.get(year),
        )
        for year in sorted(years, reverse=True)
    ]


# ---- the meeting list ----------------------------------------------------------------------


class ActivityModel(RowsTableModel[ActivityLine]):
    """The meetings a member was expected at; 缺席 and 请假 rows are tinted."""

    COL_DATE, COL_KIND, COL_TITLE, COL_PRESENCE, COL_REASON = range(5)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Title / theme"),
                self.tr("Attendance"),
                self.tr("Reason"),
            ]
        )

    def line(self, row: int) -> ActivityLine:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column not in (
                self.COL_TITLE,
                self.COL_REASON,
            ):
                return None
            return (
                line.held_on.isoformat(),
                MEETING_KINDS.name(line.kind),
                line.title,
                PRESENCE.name(line.presence) if line.presence else "",
                line.reason or "",
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and line.presence in _PRESENCE_BRUSHES:
            return _PRESENCE_BRUSHES[Presence(line.presence)]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PRESENCE:
            return Qt.AlignmentFlag.AlignCenter
        if role == self.RowRole:
            return line
        return None


# ---- the dialog ----------------------------------------------------------------------------


class MemberActivityDialog(QDialog):
    """Shows one member's :class:`MemberActivity`. Use :meth:`show_for`."""

    Y_YEAR, Y_MEETINGS, Y_RATE, Y_HOURS, Y_GRADE, Y_REGISTRATION = range(6)

    def __init__(
        self,
        services: Services,
        member_id: int,
        drafts_dir: Path | None = None,
        events: AppEvents | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberActivityDialog()
        self.ui.setupUi(self)
        self._services = services
        self._member_id = member_id
        self._drafts_dir = drafts_dir
        self._events = events
        self.activity: MemberActivity | None = None
        self.years: list[YearSummary] = []
        self.model = ActivityModel(self)
        self._setup_widgets()
        self._connect_signals()
        self.reload()

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        services: Services,
        member_id: int,
        drafts_dir: Path | None = None,
        *,
        events: AppEvents | None = None,
    ) -> None:
        """Show a member's League activity until closed.

        Raises:
            BranchdeskError: when the member cannot be read (e.g. deleted meanwhile).
        """
        dialog = cls(services, member_id, drafts_dir, events, parent)
        dialog.exec()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        font = ui.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.name_label.setFont(font)
        close = ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        # Enter on a meeting opens it; it must not also press Close.
        close.setAutoDefault(False)
        close.setDefault(False)
        years = ui.years_table
        years.setColumnCount(6)
        years.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Meetings attended"),
                self.tr("Attendance rate"),
                self.tr("League class hours"),
                self.tr("Evaluation grade"),
                self.tr("Registration"),
            ]
        )
        years.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        years_header = years.horizontalHeader()
        years_header.setStretchLastSection(False)
        years_header.setMinimumSectionSize(72)
        for column in range(self.Y_GRADE):
            years_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.Y_GRADE, self.Y_REGISTRATION):
            years_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table = ui.meetings_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActivityModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 100), (1, 90), (3, 80), (4, 200)):
            table.setColumnWidth(column, width)

    def _connect_signals(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.meetings_table.activated.connect(self._on_meeting_activated)

    # ---- filling ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the member and their activity again and show them."""
        member = self._services.members.get(self._member_id)
        activity = self._services.meetings.member_activity(self._member_id)
        self.activity = activity
        self.setWindowTitle(self.tr("League activity: %1").replace("%1", activity.name))
        self.ui.name_label.setText(activity.name)
        data = member.data
        post = vocab.LEAGUE_POST.name(data.league_post) if data.league_post else "—"
        last = (
            self.tr("Last attended a meeting: %1").replace("%1", activity.last_activity.isoformat())
            if activity.last_activity
            else self.tr("No meeting attended on record")
        )
        self.ui.details_label.setText(
            "    ".join(
                (
                    self.tr("League group: %1").replace("%1", data.group_name or "—"),
                    self.tr("Post in the League: %1").replace("%1", post),
                    last,
                )
            )
        )
        if activity.lapse_risk:
            profile = self._services.profiles.for_branch(member.branch_id)
            joined = data.join_month.first_day() if data.join_month else None
            dates = [activity.last_activity] if activity.last_activity else []
            months = max(
                calendar.months_without(dates, self._services.today(), joined),
                calendar.lapse_months(profile),
            )
            self.ui.lapse_label.setText(
                self.tr("No League activity for %1 consecutive months: risk of lapsing").replace(
                    "%1", str(months)
                )
            )
        self.ui.lapse_label.setVisible(activity.lapse_risk)
        self._fill_status()
        self.years = year_summaries(activity)
        self._fill_years()
        self.model.set_rows(expected_lines(activity))
        self.ui.hint_label.setVisible(self.model.rowCount() > 0)

    def _fill_status(self) -> None:
        """团籍 history (入团, 转接, 离团, 入党), 团纪处分 and 推优 (issue 6)."""
        lifecycle = self._services.lifecycle
        lines = []
        for event in lifecycle.status_history(self._member_id):
            parts = [event.on.isoformat(), event.label]
            if event.reason:
                parts.append(event.reason)
            if event.meeting:
                parts.append(self.tr("decided at %1").replace("%1", event.meeting))
            lines.append(html.escape(" · ".join(parts)))
        for record in lifecycle.disciplines(self._member_id):
            text = f"{record.decided_on.isoformat()} {record.kind_name}"
            if record.ends_on:
                text += self.tr(" until %1").replace("%1", record.ends_on.isoformat())
            if record.outcome_name:
                text += f" → {record.outcome_name}"
            line = html.escape(text + (f" · {record.reason}" if record.reason else ""))
            if record.in_force_today:
                line = f'<span style="color:#c5221f">{line}</span>'
            lines.append(line)
        member = self._services.members.get(self._member_id)
        for rec in lifecycle.recommendations(member.branch_id):
            if rec.member_id == self._member_id:
                lines.append(
                    html.escape(
                        self.tr("%1 recommended to the Party").replace(
                            "%1", rec.recommended_on.isoformat()
                        )
                    )
                )
        self.ui.status_label.setText(
            "<b>" + html.escape(self.tr("Membership history")) + "</b><br>" + "<br>".join(lines)
            if lines
            else ""
        )
        self.ui.status_label.setVisible(bool(lines))

    def _fill_years(self) -> None:
        table = self.ui.years_table
        table.setRowCount(len(self.years))
        for row, summary in enumerate(self.years):
            rate = summary.rate
            cells = (
                (str(summary.year), ""),
                (f"{summary.present}/{summary.expected}", ""),
                (f"{rate:.1%}" if rate is not None else "—", ""),
                (_hours_text(summary.tuanke_hours), ""),
                self._grade_text(summary.grade),
                self._registration_text(summary.registration),
            )
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                if column <= self.Y_HOURS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if tip:
                    item.setToolTip(tip)
                table.setItem(row, column, item)
        # Show every year without a scroll bar up to five; the meeting list takes the rest.
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += table.verticalHeader().defaultSectionSize() * max(1, min(len(self.years), 5))
        table.setFixedHeight(height + 2)

    def _grade_text(self, grade: YearGrade | None) -> tuple[str, str]:
        if grade is None:
            return "", ""
        tip = ""
        if grade.recheck_due:
            tip = self.tr("re-evaluate by %1").replace("%1", grade.recheck_due.isoformat())
        if grade.approved_grade:
            return GRADES.name(grade.approved_grade), tip
        if grade.exempt:
            return self.tr("Not evaluated (party member)"), tip
        if grade.proposed_grade:
            return (
                self.tr("%1 (proposed, not yet approved)").replace(
                    "%1", GRADES.name(grade.proposed_grade)
                ),
                tip,
            )
        return "", tip

    def _registration_text(self, registration: YearRegistration | None) -> tuple[str, str]:
        if registration is None:
            return "", ""
        text = REGISTRATION_OUTCOMES.name(registration.outcome)
        if registration.outcome == RegistrationOutcome.DEFERRED and registration.defer_until:
            text = (
                self.tr("%1 until %2")
                .replace("%1", text)
                .replace("%2", registration.defer_until.isoformat())
            )
        return text, registration.reason

    # ---- opening a meeting -----------------------------------------------------------------

    def _on_meeting_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        meeting_id = self.model.line(index.row()).meeting_id
        try:
            saved = MeetingDialog.open_meeting(self, self._services, meeting_id, self._drafts_dir)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot open the record"), exc.message)
            return
        if saved is not None:
            if self._events is not None:
                self._events.meetings_changed.emit()
            self.reload()


def _hours_text(hours: Decimal) -> str:
    """3 → "3", 4.5 → "4.5" (学时 are kept to one decimal place)."""
    return f"{hours.normalize():f}" if hours else "0"
