"""The change history: of one record (from the member editor) or of the whole branch (Edit menu).

Read-only. The upper table lists the changes, newest first (when, what, which action, the
summary); the lower one the selected change field by field, old → new.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from branchdesk.services.container import Services
from branchdesk.services.history import ChangeRow
from branchdesk.ui.forms.ui_history_dialog import Ui_HistoryDialog
from branchdesk.ui.models.base import ModelIndex, RowsTableModel


class ChangeModel(RowsTableModel[ChangeRow]):
    """History lines: when, the record, the action and the summary."""

    COL_AT, COL_RECORD, COL_ACTION, COL_SUMMARY = range(4)
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.set_headers(
            [self.tr("When"), self.tr("Record"), self.tr("Operation"), self.tr("What changed")]
        )
        self._actions = {
            "create": self.tr("Created"),
            "update": self.tr("Edited"),
            "delete": self.tr("Deleted"),
            "restore": self.tr("Restored"),
            "import": self.tr("Imported"),
            "undo": self.tr("Undone"),
            "redo": self.tr("Redone"),
            "transfer": self.tr("Transfer"),
            "admit": self.tr("Admitted"),
            "lifecycle": self.tr("Status change"),
        }
        self._entities = {
            "member": self.tr("Member"),
            "meeting": self.tr("Meeting"),
            "evaluation": self.tr("Evaluation"),
            "registration": self.tr("League registration"),
        }

    def change(self, row: int) -> ChangeRow:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and index.column() != self.COL_SUMMARY:
                return None
            return (
                line.at.strftime("%Y-%m-%d %H:%M:%S"),
                f"{self._entities.get(line.entity, line.entity)} {line.entity_id}",
                self._actions.get(line.action, line.action),
                line.summary,
            )[index.column()]
        if role == self.RowRole:
            return line
        return None


class HistoryDialog(QDialog):
    """Shows change history. Use :meth:`show_for` (one record) or :meth:`show_recent`."""

    F_FIELD, F_OLD, F_NEW = range(3)

    def __init__(
        self,
        services: Services,
        *,
        entity: str | None = None,
        entity_id: int | None = None,
        branch_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self._services = services
        self._entity = entity
        self._entity_id = entity_id
        self._branch_id = branch_id
        self.model = ChangeModel(self)
        self._setup_widgets(title)
        self.reload()

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        services: Services,
        entity: str,
        entity_id: int,
        title: str = "",
    ) -> None:
        """Show the history of one record until closed."""
        cls(services, entity=entity, entity_id=entity_id, title=title, parent=parent).exec()

    @classmethod
    def show_recent(cls, parent: QWidget | None, services: Services, branch_id: int) -> None:
        """Show the branch's recent changes until closed."""
        cls(services, branch_id=branch_id, parent=parent).exec()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_widgets(self, title: str) -> None:
        ui = self.ui
        if self._entity is not None:
            self.setWindowTitle(self.tr("Change history"))
            ui.title_label.setText(title or self.tr("History of this record"))
        else:
            self.setWindowTitle(self.tr("Recent changes"))
            ui.title_label.setText(self.tr("The latest changes in this branch"))
        font = ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        ui.title_label.setFont(font)
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        ui.button_box.rejected.connect(self.reject)
        view = ui.changes_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 150), (1, 90), (2, 70)):
            view.setColumnWidth(column, width)
        fields = ui.fields_table
        fields.setColumnCount(3)
        fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Old value"), self.tr("New value")]
        )
        fields_header = fields.horizontalHeader()
        fields_header.setSectionResizeMode(self.F_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        fields_header.setSectionResizeMode(self.F_OLD, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(self.F_NEW, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._on_selection_changed)

    # ---- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        history = self._services.history
        if self._entity is not None and self._entity_id is not None:
            rows = history.history(self._entity, self._entity_id)
        else:
            assert self._branch_id is not None
            rows = history.recent(self._branch_id, limit=200)
        self.model.set_rows(rows)
        if rows:
            self.ui.changes_view.selectRow(0)
        else:
            self._show_fields(None)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.changes_view.selectionModel().selectedRows()
        self._show_fields(self.model.change(rows[0].row()) if rows else None)

    def _show_fields(self, change: ChangeRow | None) -> None:
        table = self.ui.fields_table
        changes = change.changes if change is not None else ()
        table.setRowCount(len(changes))
        for row, item in enumerate(changes):
            for column, text in ((0, item.label), (1, item.old), (2, item.new)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
