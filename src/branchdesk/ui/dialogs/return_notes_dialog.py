"""原因说明 of the annual return's 对比表: one text per figure that fell against last year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.domain.returns import ComparisonRow
from branchdesk.errors import BranchdeskError
from branchdesk.services.annual_return import AnnualReturnService
from branchdesk.ui.forms.ui_return_notes_dialog import Ui_ReturnNotesDialog

REASON_COLUMN = 4


class ReturnNotesDialog(QDialog):
    """Lists the 对比表 rows whose 增减 is negative, each with a reason to type; saves them."""

    def __init__(
        self,
        returns: AnnualReturnService,
        branch_id: int,
        cutoff: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnNotesDialog()
        self.ui.setupUi(self)
        self._returns = returns
        self._branch_id = branch_id
        self._cutoff = cutoff
        self._edits: dict[str, QLineEdit] = {}
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.setStyleSheet("color: #d93025")
        self.ui.button_box.accepted.connect(self._on_save)
        self.ui.button_box.rejected.connect(self.reject)
        self.rows: tuple[ComparisonRow, ...] = tuple(
            row for row in returns.comparison(branch_id, cutoff) if row.needs_reason
        )
        self._fill()

    def reason_edit(self, item: str) -> QLineEdit:
        """The text field of a 对比表 item (for tests)."""
        return self._edits[item]

    def _fill(self) -> None:
        table = self.ui.rows_table
        cutoff = self._cutoff
        if self.rows:
            intro = self.tr(
                "These figures of the return as of %1 fell against the same day last year. "
                "The return asks for a reason for each; a fall without one prints as "
                "“to be explained”."
            ).replace("%1", cutoff.isoformat())
        else:
            intro = self.tr(
                "No figure of the return as of %1 fell against last year: nothing to explain."
            ).replace("%1", cutoff.isoformat())
            table.hide()
        self.ui.intro_label.setText(intro)
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, value in enumerate(
                (row.label, str(row.last_year), str(row.this_year), str(row.change))
            ):
                table.setItem(index, column, QTableWidgetItem(value))
            edit = QLineEdit(row.reason)
            edit.setMaxLength(500)
            edit.setPlaceholderText(
                self.tr("e.g. 3 members aged out, 1 transferred to another unit")
            )
            table.setCellWidget(index, REASON_COLUMN, edit)
            self._edits[row.item] = edit
        header = table.horizontalHeader()
        for column in range(REASON_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()

    def reasons(self) -> dict[str, str]:
        return {item: edit.text().strip() for item, edit in self._edits.items()}

    def _on_save(self) -> None:
        try:
            self._returns.save_notes(self._branch_id, self._cutoff.year, self.reasons())
        except BranchdeskError as exc:
            self.ui.error_label.setText(exc.message)
            return
        self.accept()
