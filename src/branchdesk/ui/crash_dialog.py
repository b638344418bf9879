"""The crash dialog and the start-up notice of a hard crash (style.md point 11).

``install_crash_handler(log_dir)`` is all the app calls to wire the crash path; the Qt-free
work (report, excepthook, faulthandler file) lives in :mod:`branchdesk.crash`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from branchdesk import crash
from branchdesk.domain.idcard import mask_in_text
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_crash_dialog import Ui_CrashDialog


class CrashDialog(QDialog):
    """Says what happened, that saved data is safe and what to do; shows the details to copy."""

    def __init__(self, details: str, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self._log_dir = log_dir
        heading = self.ui.heading_label.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.ui.heading_label.setFont(heading)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(self.font().pointSizeF())
        self.ui.details_edit.setFont(fixed)
        # Masked again here: the dialog may be handed text that did not come from format_report.
        self.ui.details_edit.setPlainText(mask_in_text(details))
        self.ui.status_label.setStyleSheet("color: #5f6368")
        self.ui.close_button.setDefault(True)
        self._connect_signals()

    @classmethod
    def report(cls, parent: QWidget | None, details: str, log_dir: Path) -> None:
        """Show the dialog modally until the user closes it."""
        dialog = cls(details, log_dir, parent)
        dialog.exec()
        dialog.deleteLater()

    def details(self) -> str:
        """The text shown (and copied), IDs masked."""
        return self.ui.details_edit.toPlainText()

    def _connect_signals(self) -> None:
        self.ui.copy_button.clicked.connect(self._on_copy_clicked)
        self.ui.open_log_button.clicked.connect(self._on_open_log_clicked)
        self.ui.close_button.clicked.connect(self.accept)

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.details())
        self.ui.status_label.setText(self.tr("The details are on the clipboard."))

    def _on_open_log_clicked(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir))):
            self.ui.status_label.setText(
                self.tr("The log folder could not be opened. It is: %1").replace(
                    "%1", str(self._log_dir)
                )
            )


def install_crash_handler(log_dir: Path) -> None:
    """Send hard crashes to ``<logs>/crash.log`` and uncaught exceptions to the crash dialog."""
    crash.enable_faulthandler(log_dir)

    def show(details: str) -> None:
        CrashDialog.report(QApplication.activeWindow(), details, log_dir)

    crash.install_excepthook(log_dir, show)


def offer_previous_crash(parent: QWidget | None, log_dir: Path) -> bool:
    """If the last run died hard, say so with its crash log as details, then clear the log.

    Returns whether there was one to offer.
    """
    text = crash.pending_crash_log(log_dir)
    if text is None:
        return False
    messages.warning(
        parent,
        QApplication.translate("crash", "The last session ended unexpectedly"),
        QApplication.translate(
            "crash",
            "branchdesk closed unexpectedly the last time it ran. The data saved before that is "
            "safe. If this happens again, send the details below to whoever supports you; the "
            "log folder is %1.",
        ).replace("%1", str(log_dir)),
        text,
    )
    crash.clear_crash_log(log_dir)
    return True
