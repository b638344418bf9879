"""Rows of an import preview: row number, name, what will happen, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.domain import vocab
from branchdesk.services.schemas import PreviewRow, RowAction
from branchdesk.ui.i18n import join_clauses
from branchdesk.ui.models.base import HeaderedTableModel, ModelIndex
from branchdesk.ui.text import code_name, fmt_date, fmt_month, masked_id

_BRUSHES = {
    RowAction.REJECT: QBrush(QColor("#fdecea")),
    RowAction.UPDATE: QBrush(QColor("#e8f0fe")),
}
_WARNING_BRUSH = QBrush(QColor("#fff8e1"))
_ERROR_TEXT = QBrush(QColor("#b3261e"))


class ImportRowsModel(HeaderedTableModel):
    """One line per file row, with the values as they were read, so a misread date shows."""

    COL_ROW, COL_NAME, COL_ACTION, COL_GENDER, COL_BIRTH, COL_ID, COL_JOIN, COL_PROBLEMS = range(8)
    COLUMN_COUNT = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewRow] = []
        self._rows: list[PreviewRow] = []
        self._problems_only = False
        self.set_headers(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Action"),
                self.tr("Sex"),
                self.tr("Date of birth"),
                self.tr("ID number"),
                self.tr("Joined"),
                self.tr("Problems"),
            ]
        )
        self._actions = {
            RowAction.CREATE: self.tr("New"),
            RowAction.UPDATE: self.tr("Update"),
            RowAction.UNCHANGED: self.tr("Unchanged"),
            RowAction.REJECT: self.tr("Error: not imported"),
        }

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = self._visible()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._rows = self._visible()
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._rows)

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def _visible(self) -> list[PreviewRow]:
        if not self._problems_only:
            return list(self._all)
        return [row for row in self._all if row.issues]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_ROW:
                return str(row.row_number)
            if column == self.COL_NAME:
                return row.name
            if column == self.COL_ACTION:
                return self._actions[row.action]
            if column == self.COL_PROBLEMS:
                return _problems(row)
            member = row.member
            if member is None:
                return ""
            if column == self.COL_GENDER:
                return code_name(vocab.GENDER, member.gender)
            if column == self.COL_BIRTH:
                return fmt_date(member.birth_date)
            if column == self.COL_ID:
                return masked_id(member.id_number)
            if column == self.COL_JOIN:
                return fmt_month(member.join_month)
        if role == Qt.ItemDataRole.BackgroundRole:
            brush = _BRUSHES.get(row.action)
            if brush is None and row.warnings:
                return _WARNING_BRUSH
            return brush
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ROW, self.COL_GENDER):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_PROBLEMS and row.errors:
            return _ERROR_TEXT
        return None


def _problems(row: PreviewRow) -> str:
    """Errors first; a rejected row's warnings would only distract from what must be fixed."""
    shown = row.errors if row.errors else row.warnings
    return join_clauses(issue.message for issue in shown)
