"""Forms and returns through the UI: generate off the UI thread, preview, save, print to a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from branchdesk.ui.dialogs import pdf_preview_dialog
from branchdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from branchdesk.ui.reports_page import ReportsPage


@pytest.fixture
def page(qtbot, services, demo_branch):
    widget = ReportsPage(services, demo_branch.id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select(page: ReportsPage, name: str) -> None:
    for row in range(page.ui.reports_list.count()):
        if page.ui.reports_list.item(row).data(0x0100) == name:
            page.ui.reports_list.setCurrentRow(row)
            return
    raise AssertionError(name)


def test_roster_preview_is_generated_in_the_background(qtbot, page, monkeypatch, message_boxes):
    shown: list[tuple[bytes, str, tuple[str, ...]]] = []
    monkeypatch.setattr(
        pdf_preview_dialog.PdfPreviewDialog,
        "show_pdf",
        classmethod(
            lambda cls, parent, pdf, title, path, warnings=(): shown.append((pdf, title, warnings))
        ),
    )
    select(page, "roster")
    assert page.ui.full_ids_check.isVisible()
    page.preview()
    assert page.wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    pdf, title, _warnings = shown[0]
    assert pdf.startswith(b"%PDF") and "花名册" in title
    assert message_boxes.calls == []


def test_saving_to_an_unwritable_place_says_so(qtbot, page, monkeypatch, message_boxes, tmp_path):
    select(page, "roster")
    target = tmp_path / "missing-folder" / "roster.pdf"
    monkeypatch.setattr(
        "branchdesk.ui.reports_page.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    page.save("pdf")
    assert page.wait()
    qtbot.waitUntil(lambda: bool(message_boxes.calls), timeout=10000)
    kind, _title, text = message_boxes.calls[0]
    assert kind == "error" and "roster.pdf" in text
    assert not target.exists()


def test_preview_dialog_pages_save_and_print(qtbot, services, demo_branch, tmp_path: Path):
    pdf = services.reports.pdf("roster", branch_id=demo_branch.id).pdf
    dialog = PdfPreviewDialog(pdf, "团员花名册", tmp_path / "roster.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count >= 1
    assert "1" in dialog.ui.page_label.text()
    saved = tmp_path / "copy.pdf"
    dialog.save_to(saved)
    assert saved.read_bytes() == pdf
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_to(printer)
    assert printed.read_bytes().startswith(b"%PDF")


def test_the_font_preference_is_saved(qtbot, page, services):
    assert not page.ui.system_fonts_check.isChecked()
    page.ui.system_fonts_check.setChecked(True)
    assert services.reports.prefer_system_fonts is True
