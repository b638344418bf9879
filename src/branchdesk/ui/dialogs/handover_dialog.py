"""换届 handover: export the branch to one file (and print the 移交清单), or check and import one.

An import replaces the data of this data directory (backed up first). The open window and its
services still hold the state from before, so after an import the user is told to start
branchdesk again and the main window closes; the next start opens the imported data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from branchdesk.errors import BranchdeskError
from branchdesk.paths import AppPaths
from branchdesk.services.container import Services
from branchdesk.services.handover import SUFFIX, HandoverImport, HandoverManifest, HandoverService
from branchdesk.ui import messages
from branchdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from branchdesk.ui.forms.ui_handover_dialog import Ui_HandoverDialog
from branchdesk.ui.i18n import join_names

# Tables shown by name in the manifest (the others are summed up as "other records").
_SHOWN = ("member", "meeting", "evaluation", "registration", "attachment")


class HandoverDialog(QDialog):
    """Two tabs: hand over (export + 移交清单) and take over (inspect + import)."""

    def __init__(
        self,
        services: Services,
        paths: AppPaths,
        branch_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverDialog()
        self.ui.setupUi(self)
        self._services = services
        self._paths = paths
        self._branch_id = branch_id
        self.handover = HandoverService(services.engine, paths, services.branches)
        self.exported: HandoverManifest | None = None
        self.manifest: HandoverManifest | None = None
        self.imported: HandoverImport | None = None
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        branch = services.branches.get(branch_id)
        default = Path.home() / (
            self.tr("%1-handover-%2")
            .replace("%1", branch.name)
            .replace("%2", services.today().isoformat())
            + SUFFIX
        )
        self.ui.export_file_edit.setText(str(default))
        table = self.ui.manifest_table
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.print_button.setEnabled(False)
        self.ui.import_button.setEnabled(False)
        self._connect_signals()

    @classmethod
    def run(
        cls, parent: QWidget | None, services: Services, paths: AppPaths, branch_id: int
    ) -> HandoverImport | None:
        """Show the dialog; the import's outcome when data was imported (the app must restart)."""
        dialog = cls(services, paths, branch_id, parent)
        dialog.exec()
        return dialog.imported

    def _connect_signals(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.export_browse_button.clicked.connect(self._choose_export_file)
        self.ui.export_button.clicked.connect(self.export)
        self.ui.print_button.clicked.connect(self.print_list)
        self.ui.import_browse_button.clicked.connect(self._choose_import_file)
        self.ui.import_button.clicked.connect(self.import_file)

    # ---- export ----------------------------------------------------------------------------

    def export(self) -> HandoverManifest | None:
        """Write the file named in the form; then offer the 移交清单."""
        text = self.ui.export_file_edit.text().strip()
        if not text:
            messages.error(self, self.tr("Not exported"), self.tr("Choose a file first."))
            return None
        path = Path(text).expanduser()
        try:
            manifest = self.handover.export(
                path,
                outgoing=self.ui.outgoing_edit.text(),
                incoming=self.ui.incoming_edit.text(),
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not exported"), exc.message)
            return None
        self.exported = manifest
        self.ui.print_button.setEnabled(True)
        self.ui.export_status_label.setText(
            self.tr("Written to %1\nChecksum: %2 (first 16 characters of SHA-256)")
            .replace("%1", str(path))
            .replace("%2", manifest.short_checksum)
        )
        if messages.confirm(
            self,
            self.tr("Handover file written"),
            self.tr(
                "The handover file has been written to\n%1\n\nPrint the handover list "
                "for both secretaries and the higher League committee to sign?"
            ).replace("%1", str(path)),
            self.tr("Print preview"),
        ):
            self.print_list()
        return manifest

    def print_list(self) -> None:
        """The 移交清单 in the print preview."""
        try:
            preview = self._services.reports.preview("handover", branch_id=self._branch_id)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not printed"), exc.message)
            return
        PdfPreviewDialog.show_pdf(
            self, preview.pdf, preview.title, Path.home() / preview.filename, preview.warnings
        )

    def _choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Handover file"),
            self.ui.export_file_edit.text(),
            self.tr("branchdesk handover file (*.bdh);;All files (*)"),
        )
        if path:
            self.ui.export_file_edit.setText(path)

    # ---- import ----------------------------------------------------------------------------

    def inspect_file(self, path: Path) -> HandoverManifest | None:
        """Check ``path`` and show what it holds; enables the import when it is sound."""
        self.ui.import_file_edit.setText(str(path))
        self.manifest = None
        self.ui.import_button.setEnabled(False)
        self.ui.manifest_table.setRowCount(0)
        try:
            manifest = self.handover.inspect(path)
        except BranchdeskError as exc:
            self.ui.import_status_label.setText("✗ " + exc.message)
            return None
        self.manifest = manifest
        self._show_manifest(manifest)
        self.ui.import_status_label.setText(
            self.tr("✓ Checksum, integrity and version checked: the file is sound.")
        )
        self.ui.import_button.setEnabled(True)
        return manifest

    def import_file(self) -> HandoverImport | None:
        """Replace this data directory's data with the checked file, after a confirmation."""
        manifest = self.manifest
        if manifest is None or manifest.path is None:
            return None
        question = (
            self.tr(
                "Import the handover file of %1 (exported %2)?\n\nThe data in %3 is replaced. "
                "Before that, it is backed up to the backups folder, so it can be restored.\n\n"
                "branchdesk must be started again afterwards."
            )
            .replace("%1", join_names(manifest.branches))
            .replace("%2", manifest.created_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%3", str(self._paths.data_dir))
        )
        if not messages.confirm(self, self.tr("Import handover file"), question, self.tr("Import")):
            return None
        try:
            result = self.handover.import_into(manifest.path, self._paths.data_dir, replace=True)
        except BranchdeskError as exc:
            messages.error(self, self.tr("Not imported"), exc.message)
            return None
        self.imported = result
        backup = (
            self.tr("\n\nThe data from before is saved in\n%1").replace("%1", str(result.backup))
            if result.backup is not None
            else ""
        )
        messages.info(
            self,
            self.tr("Handover imported"),
            self.tr(
                "The handover file has been imported (%1 members, %2 meetings). branchdesk "
                "closes now: start it again to work with the imported data."
            )
            .replace("%1", str(result.counts.get("member", 0)))
            .replace("%2", str(result.counts.get("meeting", 0)))
            + backup,
        )
        self.accept()
        return result

    def _choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Handover file"),
            str(Path.home()),
            self.tr("branchdesk handover file (*.bdh);;All files (*)"),
        )
        if path:
            self.inspect_file(Path(path))

    def _show_manifest(self, manifest: HandoverManifest) -> None:
        labels = {
            "member": self.tr("Members (all records)"),
            "meeting": self.tr("Meetings"),
            "evaluation": self.tr("Evaluations"),
            "registration": self.tr("Registrations"),
            "attachment": self.tr("Attachments"),
        }
        others = sum(n for table, n in manifest.counts.items() if table not in _SHOWN)
        rows = [
            (self.tr("Branches"), join_names(manifest.branches)),
            (self.tr("Exported"), manifest.created_at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Outgoing secretary"), manifest.outgoing),
            (self.tr("Incoming secretary"), manifest.incoming),
            *[(labels[key], str(manifest.counts.get(key, 0))) for key in _SHOWN],
            (self.tr("Other records"), str(others)),
            (self.tr("Checksum"), manifest.short_checksum + "  ✓"),
            (self.tr("Written by"), f"branchdesk {manifest.app_version}"),
        ]
        table = self.ui.manifest_table
        table.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            table.setItem(row, 1, QTableWidgetItem(value))
