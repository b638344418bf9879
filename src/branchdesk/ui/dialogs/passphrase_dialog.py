"""The start-up passphrase: asked before the main window opens, and set, changed or removed from
File → Passphrase….

The dialog is honest about what the passphrase does: it keeps casual users of the computer out
of the app; the data file itself is not encrypted.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from branchdesk.errors import BranchdeskError
from branchdesk.services.security import MIN_LENGTH, SecurityService
from branchdesk.ui import messages
from branchdesk.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog

MAX_ATTEMPTS = 3


class PassphraseMode(Enum):
    UNLOCK = "unlock"  # the start-up prompt
    MANAGE = "manage"  # File → Passphrase…: set, change or remove


class Outcome(Enum):
    UNLOCKED = "unlocked"
    LOCKED_OUT = "locked_out"
    SET = "set"
    CHANGED = "changed"
    REMOVED = "removed"


class PassphraseDialog(QDialog):
    """Asks for the passphrase (``UNLOCK``) or sets, changes or removes it (``MANAGE``).

    ``outcome`` says what happened once the dialog is closed (``None`` after Cancel).
    """

    def __init__(
        self,
        security: SecurityService,
        mode: PassphraseMode,
        parent: QWidget | None = None,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._security = security
        self.mode = mode
        self.outcome: Outcome | None = None
        self.attempts_left = max_attempts
        self._had_passphrase = security.has_passphrase()
        self.remove_button: QPushButton | None = None
        self.ui.error_label.setStyleSheet("color: #d93025")
        self.ui.error_label.hide()
        self.ui.note_label.setText(
            self.tr(
                "The passphrase keeps other people who use this computer out of branchdesk. "
                "It does not encrypt the data file: anyone who can copy the file can read it "
                "with other programs. Keep the computer account and the backups safe as well."
            )
        )
        self.ui.note_label.setStyleSheet("color: #5f6368")
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if mode is PassphraseMode.UNLOCK:
            self._setup_unlock(ok)
        else:
            self._setup_manage(ok)
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self._fit()

    # ---- entry points ----------------------------------------------------------------------

    @classmethod
    def manage(cls, parent: QWidget | None, security: SecurityService) -> Outcome | None:
        """Set, change or remove the passphrase; what was done, or None."""
        dialog = cls(security, PassphraseMode.MANAGE, parent)
        dialog.exec()
        return dialog.outcome

    # ---- actions ---------------------------------------------------------------------------

    def submit(self) -> None:
        """OK: check the passphrase (UNLOCK) or save the new one (MANAGE)."""
        if self.mode is PassphraseMode.UNLOCK:
            self._submit_unlock()
        else:
            self._submit_new()

    def remove(self) -> None:
        """Remove the passphrase after checking the current one."""
        current = self.ui.current_edit.text()
        if not self._security.verify(current):
            self._show_error(self.tr("The current passphrase is not right."))
            self.ui.current_edit.selectAll()
            self.ui.current_edit.setFocus()
            return
        if not messages.confirm(
            self,
            self.tr("Remove passphrase"),
            self.tr("branchdesk will start without asking for a passphrase. Remove it?"),
            self.tr("Remove"),
        ):
            return
        try:
            self._security.clear_passphrase(current)
        except BranchdeskError as exc:
            self._show_error(exc.message)
            return
        self.outcome = Outcome.REMOVED
        self.accept()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_unlock(self, ok: QPushButton) -> None:
        self.setWindowTitle(self.tr("branchdesk — passphrase"))
        self.ui.intro_label.setText(
            self.tr("This branchdesk data is protected by a passphrase. Enter it to continue.")
        )
        self.ui.current_label.setText(self.tr("&Passphrase:"))
        for widget in (
            self.ui.new_label,
            self.ui.new_edit,
            self.ui.repeat_label,
            self.ui.repeat_edit,
        ):
            widget.hide()
        ok.setText(self.tr("Open"))
        self.ui.current_edit.setFocus()

    def _setup_manage(self, ok: QPushButton) -> None:
        self.setWindowTitle(self.tr("Passphrase"))
        minimum = self.tr("At least %1 characters.").replace("%1", str(MIN_LENGTH))
        if self._had_passphrase:
            self.ui.intro_label.setText(
                self.tr(
                    "branchdesk asks for this passphrase at every start. To change it, enter "
                    "the current one and the new one; to remove it, enter the current one and "
                    "click Remove passphrase."
                )
                + "\n"
                + minimum
            )
            ok.setText(self.tr("Change passphrase"))
            remove = self.ui.button_box.addButton(
                self.tr("Remove passphrase"), QDialogButtonBox.ButtonRole.ActionRole
            )
            remove.setAutoDefault(False)
            remove.clicked.connect(self.remove)
            self.remove_button = remove
            self.ui.current_edit.setFocus()
        else:
            self.ui.intro_label.setText(
                self.tr(
                    "Set a passphrase that branchdesk asks for at every start, before any data "
                    "is shown."
                )
                + "\n"
                + minimum
            )
            self.ui.current_label.hide()
            self.ui.current_edit.hide()
            ok.setText(self.tr("Set passphrase"))
            self.ui.new_edit.setFocus()

    # ---- helpers ---------------------------------------------------------------------------

    def _submit_unlock(self) -> None:
        if self._security.verify(self.ui.current_edit.text()):
            self.outcome = Outcome.UNLOCKED
            self.accept()
            return
        self.attempts_left -= 1
        self.ui.current_edit.clear()
        if self.attempts_left <= 0:
            self.outcome = Outcome.LOCKED_OUT
            self.reject()
            return
        self._show_error(self.tr("Wrong passphrase. %n attempt(s) left.", "", self.attempts_left))
        self.ui.current_edit.setFocus()

    def _submit_new(self) -> None:
        new = self.ui.new_edit.text()
        if len(new) < MIN_LENGTH:
            self._show_error(
                self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_LENGTH)
                )
            )
            self.ui.new_edit.setFocus()
            return
        if new != self.ui.repeat_edit.text():
            self._show_error(self.tr("The two new passphrases differ."))
            self.ui.repeat_edit.selectAll()
            self.ui.repeat_edit.setFocus()
            return
        current = self.ui.current_edit.text() if self._had_passphrase else None
        if current is not None and not self._security.verify(current):
            self._show_error(self.tr("The current passphrase is not right."))
            self.ui.current_edit.selectAll()
            self.ui.current_edit.setFocus()
            return
        try:
            self._security.set_passphrase(new, current)
        except BranchdeskError as exc:
            self._show_error(exc.message)
            return
        self.outcome = Outcome.CHANGED if self._had_passphrase else Outcome.SET
        self.accept()

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at the current width (rows come and go by mode)."""
        layout = self.ui.main_layout
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(height, self.minimumSizeHint().height()))
