"""Rows of an import preview: row number, name, what will happen, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.services.schemas import PreviewRow, RowAction

ModelIndex = QModelIndex | QPersistentModelIndex

_BRUSHES = {
    RowAction.REJECT: QBrush(QColor("#fdecea")),
    RowAction.UPDATE: QBrush(QColor("#e8f0fe")),
}
_WARNING_BRUSH = QBrush(QColor("#fff8e1"))


class ImportRowsModel(QAbstractTableModel):
    COL_ROW, COL_NAME, COL_ACTION, COL_PROBLEMS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[PreviewRow] = []
        self._rows: list[PreviewRow] = []
        self._problems_only = False
        self._headers = [self.tr("Row"), self.tr("Name"), self.tr("Action"), self.tr("Problems")]
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

    def preview_row(self, row: int) -> PreviewRow:
        return self._rows[row]

    def _visible(self) -> list[PreviewRow]:
        if not self._problems_only:
            return list(self._all)
        return [row for row in self._all if row.issues]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

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
                return "；".join(issue.message for issue in row.issues)
        if role == Qt.ItemDataRole.BackgroundRole:
            brush = _BRUSHES.get(row.action)
            if brush is None and row.warnings:
                return _WARNING_BRUSH
            return brush
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_ROW:
            return Qt.AlignmentFlag.AlignCenter
        return None
