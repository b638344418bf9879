"""Import preview: what each row of the file will do, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.imports import ImportService
from branchdesk.services.schemas import ImportPreview, ImportResult, RowAction
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from branchdesk.ui.i18n import join_names
from branchdesk.ui.models.import_rows_model import ImportRowsModel


class ImportPreviewDialog(QDialog):
    """Shows an :class:`ImportPreview`; commits all rows or only the valid ones."""

    def __init__(
        self,
        service: ImportService,
        branch_id: int,
        preview: ImportPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)
        self._service = service
        self._branch_id = branch_id
        self._preview = preview
        self._result: ImportResult | None = None
        self.model = ImportRowsModel(self)
        self.model.set_rows(list(preview.rows))
        table = self.ui.rows_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(
            ImportRowsModel.COL_ROW, QHeaderView.ResizeMode.ResizeToContents
        )
        widths = {
            ImportRowsModel.COL_NAME: 80,
            ImportRowsModel.COL_ACTION: 110,
            ImportRowsModel.COL_GENDER: 40,
            ImportRowsModel.COL_BIRTH: 90,
            ImportRowsModel.COL_ID: 150,
            ImportRowsModel.COL_JOIN: 70,
        }
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        self._fill_summary()
        self.ui.problems_only_check.toggled.connect(self.model.set_problems_only)
        self.ui.import_all_button.clicked.connect(self._on_import_all)
        self.ui.import_valid_button.clicked.connect(self._on_import_valid)
        self.ui.save_errors_button.clicked.connect(self._on_save_errors)
        self.ui.cancel_button.clicked.connect(self.reject)
        if preview.has_errors:
            self.ui.problems_only_check.setChecked(True)

    @classmethod
    def run(
        cls, parent: QWidget | None, service: ImportService, branch_id: int, path: Path
    ) -> ImportResult | None:
        """Read ``path``, show the preview, and return what was imported (None if cancelled)."""
        try:
            preview = service.preview(branch_id, path)
        except BranchdeskError as exc:
            messages.error(
                parent,
                QCoreApplication.translate("ImportPreviewDialog", "Cannot import"),
                exc.message,
            )
            return None
        dialog = cls(service, branch_id, preview, parent)
        dialog.exec()
        return dialog.result_value

    @property
    def result_value(self) -> ImportResult | None:
        return self._result

    def _fill_summary(self) -> None:
        preview = self._preview
        self.ui.file_label.setText(
            self.tr("File: %1 (sheet “%2”)")
            .replace("%1", preview.path)
            .replace("%2", preview.sheet_name)
        )
        parts = [
            self.tr("<b>%1</b> new").replace("%1", str(preview.count(RowAction.CREATE))),
            self.tr("<b>%1</b> to update").replace("%1", str(preview.count(RowAction.UPDATE))),
            self.tr("<b>%1</b> unchanged").replace("%1", str(preview.count(RowAction.UNCHANGED))),
        ]
        rejected = preview.count(RowAction.REJECT)
        if rejected:
            parts.append(
                '<span style="color:#d93025">'
                + self.tr("<b>%1</b> with errors").replace("%1", str(rejected))
                + "</span>"
            )
        text = " · ".join(parts)
        if rejected:
            text += "<br>" + self.tr(
                "Rows with errors stop the import. Fix them in the file and import again, "
                "or import only the valid rows."
            )
        if preview.unknown_headers:
            text += "<br>" + self.tr("Columns not recognised (ignored): %1").replace(
                "%1", join_names(preview.unknown_headers)
            )
        self.ui.summary_label.setText(text)
        self.ui.import_all_button.setEnabled(not rejected and bool(preview.rows))
        self.ui.import_valid_button.setVisible(bool(rejected))
        self.ui.import_valid_button.setEnabled(len(preview.rows) > rejected)
        self.ui.save_errors_button.setVisible(bool(rejected))
        if rejected:
            self.ui.import_valid_button.setDefault(False)
            self.ui.cancel_button.setDefault(True)

    def _commit(self, valid_only: bool) -> None:
        try:
            self._result = self._service.commit(self._branch_id, self._preview, valid_only)
        except ValidationError as exc:
            messages.error(self, self.tr("Nothing was imported"), exc.message)
            return
        except BranchdeskError as exc:
            messages.error(self, self.tr("Nothing was imported"), exc.message)
            return
        self.accept()

    def _on_import_all(self) -> None:
        self._commit(valid_only=False)

    def _on_import_valid(self) -> None:
        rejected = self._preview.count(RowAction.REJECT)
        if messages.confirm(
            self,
            self.tr("Import valid rows only?"),
            self.tr("%1 row(s) with errors will be skipped. Import the other rows?").replace(
                "%1", str(rejected)
            ),
            self.tr("Import valid rows"),
        ):
            self._commit(valid_only=True)

    def _on_save_errors(self) -> None:
        default = str(
            Path(self._preview.path).with_name(
                self.tr("%1_rows with errors.xlsx").replace("%1", Path(self._preview.path).stem)
            )
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rows with errors"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        try:
            self._service.write_rejected(self._preview, Path(path))
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not saved"), exc.message)
