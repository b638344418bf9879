"""The list of recorded meetings of a year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.domain.meetings import MEETING_KINDS
from branchdesk.services.meeting_schemas import MeetingRow
from branchdesk.ui.models.base import ModelIndex, RowsTableModel

_BREACH_BRUSH = QBrush(QColor("#fde2e1"))


class MeetingListModel(RowsTableModel[MeetingRow]):
    COL_DATE, COL_KIND, COL_TITLE, COL_EXPECTED, COL_PRESENT, COL_RATE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Title / theme"),
                self.tr("Expected"),
                self.tr("Present"),
                self.tr("Attendance"),
            ]
        )

    def meeting_row(self, row: int) -> MeetingRow:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int | None:
        for row, meeting in enumerate(self._rows):
            if meeting.id == meeting_id:
                return row
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                meeting.held_on.isoformat(),
                MEETING_KINDS.name(meeting.kind),
                meeting.title,
                str(meeting.expected),
                str(meeting.present),
                f"{meeting.present / meeting.expected:.1%}" if meeting.expected else "—",
            )[column]
        if role == Qt.ItemDataRole.BackgroundRole and meeting.breach:
            return _BREACH_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and meeting.breach:
            return self.tr("A quorum or voting rule was not met: open the record for details")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_EXPECTED:
            return Qt.AlignmentFlag.AlignCenter
        return None
