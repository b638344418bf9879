"""Preview a generated PDF, then print it through the system dialog or save it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from branchdesk.ui import messages
from branchdesk.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog

_ZOOMS = (("fit_width", 0.0), ("fit_page", 0.0), ("100", 1.0), ("150", 1.5))


class PdfPreviewDialog(QDialog):
    """Shows PDF bytes page by page; the bytes stay in memory until saved or printed."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        default_path: Path,
        warnings: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", title))
        self._pdf = pdf
        self._default_path = default_path
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = self.ui.pdf_view
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        for label, (key, _factor) in zip(
            (self.tr("Fit width"), self.tr("Whole page"), "100%", "150%"), _ZOOMS, strict=True
        ):
            self.ui.zoom_combo.addItem(label, key)
        self.ui.warnings_label.setVisible(bool(warnings))
        self.ui.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.ui.warnings_label.setStyleSheet("color: #9a6b00")
        self.ui.zoom_combo.currentIndexChanged.connect(self._on_zoom)
        self.ui.previous_button.clicked.connect(lambda: self._jump(-1))
        self.ui.next_button.clicked.connect(lambda: self._jump(1))
        self.ui.print_button.clicked.connect(self.print_document)
        self.ui.save_button.clicked.connect(self._on_save)
        self.ui.close_button.clicked.connect(self.accept)
        view.pageNavigator().currentPageChanged.connect(self._show_page)
        self.ui.print_button.setDefault(True)
        self._show_page()

    @classmethod
    def show_pdf(
        cls,
        parent: QWidget | None,
        pdf: bytes,
        title: str,
        default_path: Path,
        warnings: tuple[str, ...] = (),
    ) -> None:
        dialog = cls(pdf, title, default_path, warnings, parent)
        dialog.exec()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.ui.pdf_view.pageNavigator().currentPage()

    def _show_page(self) -> None:
        self.ui.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.current_page() + 1))
            .replace("%2", str(self.page_count))
        )
        self.ui.previous_button.setEnabled(self.current_page() > 0)
        self.ui.next_button.setEnabled(self.current_page() < self.page_count - 1)

    def _jump(self, step: int) -> None:
        page = min(max(self.current_page() + step, 0), self.page_count - 1)
        self.ui.pdf_view.pageNavigator().jump(page, QPointF(), self.ui.pdf_view.zoomFactor())

    def _on_zoom(self) -> None:
        key = self.ui.zoom_combo.currentData()
        view = self.ui.pdf_view
        if key == "fit_width":
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif key == "fit_page":
            view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(dict(_ZOOMS)[key])

    def save_to(self, path: Path) -> None:
        """Write the PDF atomically; raises OSError."""
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(self._pdf)
        os.replace(temporary, path)

    def _on_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(self._default_path), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            self.save_to(path)
        except OSError as exc:
            messages.error(
                self,
                self.tr("Not saved"),
                self.tr("Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page (or the chosen range) onto the printer at its resolution."""
        first = max(printer.fromPage(), 1) - 1
        last = (printer.toPage() or self.page_count) - 1
        painter = QPainter()
        if not painter.begin(printer):
            messages.error(
                self, self.tr("Not printed"), self.tr("The printer could not be started.")
            )
            return
        try:
            for page in range(first, min(last, self.page_count - 1) + 1):
                if page > first:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(page, pixels)
                painter.drawImage(QRect(0, 0, pixels.width(), pixels.height()), image)
        finally:
            painter.end()
