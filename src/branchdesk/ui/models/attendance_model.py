"""The attendance grid of a meeting: one line per expected member, plus 列席 observers.

Everyone starts 出席; the presence cycles with Space (出席 → 请假 → 缺席) or is set with 1/2/3.
Observers are listed for the record and never count (rules.md §2.3).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.domain.meetings import PRESENCE, Presence
from branchdesk.ui.models.base import HeaderedTableModel, ModelIndex

_CYCLE = (Presence.PRESENT, Presence.LEAVE, Presence.ABSENT)
_BRUSHES = {
    Presence.LEAVE: QBrush(QColor("#fff4d6")),
    Presence.ABSENT: QBrush(QColor("#fde2e1")),
}
_OBSERVER_BRUSH = QBrush(QColor("#eef3fb"))


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of the grid."""

    member_id: int | None
    name: str
    group_name: str = ""
    presence: Presence | None = Presence.PRESENT
    reason: str = ""
    observer: bool = False


class AttendanceModel(HeaderedTableModel):
    COL_NAME, COL_GROUP, COL_PRESENCE, COL_REASON = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AttendanceEntry] = []
        self.set_headers(
            [
                self.tr("Name"),
                self.tr("Group"),
                self.tr("Attendance"),
                self.tr("Reason"),
            ]
        )

    # ---- public API ------------------------------------------------------------------------

    def set_entries(self, entries: list[AttendanceEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._entries)

    def entries(self) -> list[AttendanceEntry]:
        return list(self._entries)

    def entry(self, row: int) -> AttendanceEntry:
        return self._entries[row]

    def set_presence(self, row: int, presence: Presence) -> None:
        entry = self._entries[row]
        if entry.observer or entry.presence == presence:
            return
        self._entries[row] = replace(entry, presence=presence)
        self._changed(row)

    def cycle_presence(self, row: int) -> None:
        entry = self._entries[row]
        if entry.observer or entry.presence is None:
            return
        following = _CYCLE[(_CYCLE.index(entry.presence) + 1) % len(_CYCLE)]
        self.set_presence(row, following)

    def all_present(self) -> None:
        for row, entry in enumerate(self._entries):
            if not entry.observer:
                self._entries[row] = replace(entry, presence=Presence.PRESENT, reason="")
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 3))

    def add_observer(self, name: str) -> None:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(AttendanceEntry(None, name, presence=None, observer=True))
        self.endInsertRows()

    def remove_row(self, row: int) -> bool:
        """Remove an observer line; members on the roster are marked absent instead."""
        if not 0 <= row < len(self._entries) or not self._entries[row].observer:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()
        return True

    # ---- Qt model API ----------------------------------------------------------------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_REASON:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.COL_NAME:
                return entry.name
            if column == self.COL_GROUP:
                return self.tr("Observer") if entry.observer else entry.group_name
            if column == self.COL_PRESENCE:
                return (
                    self.tr("Observer (no vote)")
                    if entry.observer
                    else PRESENCE.name(entry.presence)
                )
            if column == self.COL_REASON:
                return entry.reason
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry.observer:
                return _OBSERVER_BRUSH
            return _BRUSHES.get(entry.presence) if entry.presence else None
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() != self.COL_REASON:
            return False
        row = index.row()
        self._entries[row] = replace(self._entries[row], reason=str(value).strip())
        self._changed(row)
        return True

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
