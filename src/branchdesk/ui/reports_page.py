"""Forms and returns: choose a report, set its year/date/meeting, preview, print or save.

Reports are generated off the UI thread, so a 2,000-member roster never freezes the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QProgressDialog, QWidget

from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.domain.meetings import MEETING_KINDS
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.reports import ReportPreview, ReportRequest, ReportResult, ReportSpec
from branchdesk.ui import messages
from branchdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from branchdesk.ui.dialogs.return_notes_dialog import ReturnNotesDialog
from branchdesk.ui.forms.ui_reports_page import Ui_ReportsPage
from branchdesk.ui.style import make_title


class _Worker(QThread):
    """Runs one report job; reports back through queued signals."""

    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int)

    def __init__(
        self, job: Callable[[Callable[[int, int], None]], object], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit)
        except BranchdeskError as exc:
            self.failed.emit(exc.message)
        else:
            self.succeeded.emit(result)


ANNUAL_RETURN = "annual-return"


class ReportsPage(QWidget):
    """Lists the registered reports of the report service."""

    def __init__(
        self,
        services: Services,
        branch_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today or date.today()
        self._worker: _Worker | None = None
        self._stale = False
        make_title(self.ui.title_label)
        for info in services.reports.catalogue():
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.ui.reports_list.addItem(item)
        self.ui.year_spin.setValue(self._today.year)
        self.ui.date_edit.setText(self._today.isoformat())
        self.ui.system_fonts_check.setChecked(services.reports.prefer_system_fonts)
        self.ui.system_fonts_check.toggled.connect(services.reports.set_prefer_system_fonts)
        self.ui.reports_list.currentRowChanged.connect(self._on_report_changed)
        self.ui.year_spin.valueChanged.connect(self._fill_meetings)
        self.ui.preview_button.clicked.connect(self.preview)
        self.ui.save_pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.ui.save_xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.ui.return_notes_button.clicked.connect(self.edit_return_notes)
        self.ui.reports_list.setCurrentRow(0)

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self._fill_meetings()

    # ---- options -------------------------------------------------------------------------

    def current_report(self) -> str | None:
        item = self.ui.reports_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _info(self) -> ReportSpec | None:
        name = self.current_report()
        return next((i for i in self._services.reports.catalogue() if i.name == name), None)

    def _on_report_changed(self) -> None:
        info = self._info()
        if info is None:
            return
        ui = self.ui
        ui.report_title_label.setText(
            f"<b>{html.escape(info.title)}</b><br>{html.escape(info.description)}"
        )
        for label, widget, needed in (
            (ui.year_label, ui.year_spin, info.needs_year),
            (ui.date_label, ui.date_edit, info.needs_date),
            (ui.meeting_label, ui.meeting_combo, info.needs_meeting),
        ):
            label.setVisible(needed)
            widget.setVisible(needed)
        ui.full_ids_check.setVisible(info.has_ids)
        ui.save_xlsx_button.setEnabled("xlsx" in info.formats)
        annual = info.name == ANNUAL_RETURN
        ui.return_notes_button.setVisible(annual)
        if annual and ui.date_edit.text() == self._today.isoformat():
            ui.date_edit.setText(date(self._today.year, 12, 31).isoformat())  # the usual cut-off
        self._fill_meetings()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self._fill_meetings()

    def _fill_meetings(self) -> None:
        # Loads when first shown: at a 团委's scale (bench/) the year's meetings took about
        # 0.5 s of the start-up.
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        combo = self.ui.meeting_combo
        current = combo.currentData()
        combo.clear()
        for row in self._services.meetings.list(self._branch_id, self.ui.year_spin.value()):
            combo.addItem(
                f"{row.held_on.isoformat()} {MEETING_KINDS.name(row.kind)} {row.title}", row.id
            )
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _options(self) -> ReportRequest | None:
        info = self._info()
        if info is None:
            return None
        as_of = None
        if info.needs_date:
            try:
                as_of = parse_date(self.ui.date_edit.text())
            except DateParseError as exc:
                messages.error(
                    self,
                    self.tr("Check the date"),
                    self.tr("As-of date: %1").replace("%1", exc.reason),
                )
                return None
        meeting_id = None
        if info.needs_meeting:
            meeting_id = self.ui.meeting_combo.currentData()
            if meeting_id is None:
                messages.error(
                    self, self.tr("No meeting chosen"), self.tr("Record a meeting first.")
                )
                return None
        return ReportRequest(
            branch_id=self._branch_id,
            year=self.ui.year_spin.value() if info.needs_year else None,
            as_of=as_of,
            meeting_id=meeting_id,
            full_ids=info.has_ids and self.ui.full_ids_check.isChecked(),
        )

    # ---- actions ---------------------------------------------------------------------------

    def return_notes_dialog(self) -> ReturnNotesDialog | None:
        """The 原因说明 dialog for the cut-off date entered (None: the date is not valid)."""
        options = self._options()
        if options is None or options.as_of is None:
            return None
        try:
            return ReturnNotesDialog(
                self._services.annual_returns, self._branch_id, options.as_of, self
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Reasons not loaded"), exc.message)
            return None

    def edit_return_notes(self) -> None:
        dialog = self.return_notes_dialog()
        if dialog is not None:
            dialog.exec()

    def preview(self) -> None:
        name = self.current_report()
        options = self._options()
        if name is None or options is None:
            return

        def job(progress: Callable[[int, int], None]) -> object:
            return self._services.reports.preview(
                name,
                branch_id=options.branch_id,
                year=options.year,
                as_of=options.as_of,
                meeting_id=options.meeting_id,
                full_ids=options.full_ids,
                progress=progress,
            )

        self._run(job, self._show_preview)

    def save(self, fmt: str) -> None:
        name = self.current_report()
        options = self._options()
        if name is None or options is None:
            return
        default = Path.home() / self._services.reports.default_filename(
            name, fmt, year=options.year, as_of=options.as_of, meeting_id=options.meeting_id
        )
        filters = (
            self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), str(default), filters)
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(f".{fmt}") else f"{chosen}.{fmt}")

        def job(progress: Callable[[int, int], None]) -> object:
            return self._services.reports.render(
                name,
                branch_id=options.branch_id,
                out=path,
                year=options.year,
                as_of=options.as_of,
                meeting_id=options.meeting_id,
                full_ids=options.full_ids,
                progress=progress,
            )

        self._run(job, self._show_saved)

    def _run(
        self, job: Callable[[Callable[[int, int], None]], object], done: Callable[[object], None]
    ) -> None:
        if self._worker is not None and self._worker.isRunning():
            return
        progress = QProgressDialog(self.tr("Generating…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        worker = _Worker(job, self)

        def on_progress(value: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(value)

        def on_success(result: object) -> None:
            progress.close()
            done(result)

        def on_failure(text: str) -> None:
            progress.close()
            messages.error(self, self.tr("Not generated"), text)

        worker.progressed.connect(on_progress)
        worker.succeeded.connect(on_success)
        worker.failed.connect(on_failure)
        worker.finished.connect(worker.deleteLater)
        self._worker = worker
        worker.start()

    def wait(self, msecs: int = 60000) -> bool:
        """Block until the running job is done (for tests and the self-test)."""
        return self._worker.wait(msecs) if self._worker is not None else True

    def _show_preview(self, result: object) -> None:
        assert isinstance(result, ReportPreview)
        PdfPreviewDialog.show_pdf(
            self, result.pdf, result.title, Path.home() / result.filename, result.warnings
        )

    def _show_saved(self, result: object) -> None:
        assert isinstance(result, ReportResult)
        warnings = result.warnings
        text = self.tr("Saved to %1").replace("%1", str(result.path))
        if warnings:
            text += "\n\n" + "\n".join("⚠ " + w for w in warnings)
        messages.info(self, self.tr("Saved"), text)
