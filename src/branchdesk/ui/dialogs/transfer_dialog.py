"""New transfer out (for one or more members) or in; the 学社衔接 graduation dialog.

Each dialog reads its fields, calls the service and stays open with the Chinese message when the
service refuses (nothing was saved then).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from branchdesk.domain.dates import DateParseError, YearMonth, parse_date, parse_year_month
from branchdesk.domain.members import Issue
from branchdesk.domain.transfers import TRANSFER_REASON
from branchdesk.errors import BranchdeskError, ValidationError
from branchdesk.services.transfers import (
    SaveOutcome,
    TransferInInput,
    TransferOutInput,
    TransferService,
)
from branchdesk.ui.forms.ui_graduation_dialog import Ui_GraduationDialog
from branchdesk.ui.forms.ui_transfer_dialog import Ui_TransferDialog
from branchdesk.ui.i18n import join_names, labelled

ERROR_STYLE = "color: #d93025"


def issues_text(exc: BranchdeskError) -> str:
    """Every issue of a refused save, one per line (else the message)."""
    if isinstance(exc, ValidationError):
        lines = [i.message for i in exc.issues if isinstance(i, Issue)]
        if lines:
            return "\n".join(lines)
    return exc.message


def parse_day(text: str, label: str) -> date:
    """``label``: the field's translated name, put before the reason when the date is bad."""
    try:
        return parse_date(text.strip())
    except DateParseError as exc:
        raise ValidationError(labelled(label, exc.reason)) from exc


def parse_month(text: str, label: str) -> YearMonth | None:
    if not text.strip():
        return None
    try:
        return parse_year_month(text.strip())
    except DateParseError as exc:
        raise ValidationError(labelled(label, exc.reason)) from exc


class TransferDialog(QDialog):
    """Out: for the members given (one transfer each, all or none). In: one person."""

    def __init__(
        self,
        transfers: TransferService,
        branch_id: int,
        today: date,
        members: Sequence[tuple[int, str]] = (),
        outgoing: bool = True,
        candidates: Sequence[tuple[int, str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``members``: preselected (id, name); ``candidates``: (id, name, initials) to pick
        from for a transfer out."""
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self._transfers = transfers
        self._branch_id = branch_id
        self._members = list(members)
        self.outgoing = outgoing
        self.saved: list[SaveOutcome] = []
        ui = self.ui
        for entry in TRANSFER_REASON:
            ui.reason_combo.addItem(entry.name, entry.code)
        ui.applied_edit.setText(today.isoformat())
        ui.applied_edit.setPlaceholderText("2026-11-27")
        ui.fee_edit.setPlaceholderText("2026-06")
        ui.error_label.setStyleSheet(ERROR_STYLE)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.button_box.accepted.connect(self.submit)
        ui.button_box.rejected.connect(self.reject)
        if self.outgoing:
            self.setWindowTitle(self.tr("New transfer out"))
            ui.intro_label.setText(
                self.tr("Tick the members to transfer out (one transfer each, saved together).")
            )
            chosen = {member_id for member_id, _ in self._members}
            for member_id, name, initials in candidates:
                item = QListWidgetItem(name, ui.members_list)
                item.setData(Qt.ItemDataRole.UserRole, member_id)
                item.setData(Qt.ItemDataRole.UserRole + 1, initials)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if member_id in chosen else Qt.CheckState.Unchecked
                )
            ui.member_filter_edit.textChanged.connect(self._filter_members)
            ui.other_org_label.setText(self.tr("To (full name)"))
            for widget in (ui.name_label, ui.name_edit, ui.id_label, ui.id_edit):
                widget.hide()
            (ui.reason_combo if chosen else ui.member_filter_edit).setFocus()
        else:
            ui.member_filter_edit.hide()
            ui.members_list.hide()
            self.setWindowTitle(self.tr("New transfer in"))
            ui.intro_label.setText(
                self.tr(
                    "The member is added to the roster when the transfer succeeds; a former "
                    "member with the same ID number is taken back."
                )
            )
            ui.other_org_label.setText(self.tr("From (full name)"))
            ui.name_edit.setFocus()

    def submit(self) -> None:
        ui = self.ui
        try:
            applied = parse_day(ui.applied_edit.text(), self.tr("Application date"))
            fee = parse_month(ui.fee_edit.text(), self.tr("Dues paid to"))
            reason = str(ui.reason_combo.currentData())
            other_org = ui.other_org_edit.text().strip()
            committee = ui.committee_edit.text().strip()
            reason_note = ui.reason_note_edit.text().strip()
            note = ui.note_edit.text().strip()
            if self.outgoing:
                batch = [
                    TransferOutInput(
                        member_id=member_id,
                        reason=reason,
                        other_org=other_org,
                        applied_on=applied,
                        fee_paid_to=fee,
                        other_committee=committee,
                        reason_note=reason_note,
                        note=note,
                    )
                    for member_id in self.checked_ids()
                ]
                if not batch:
                    raise ValidationError(self.tr("Tick the members to transfer out"))
                self.saved = self._transfers.create_out_many(self._branch_id, batch)
            else:
                data = TransferInInput(
                    name=ui.name_edit.text().strip(),
                    id_number=ui.id_edit.text().strip(),
                    reason=reason,
                    other_org=other_org,
                    applied_on=applied,
                    fee_paid_to=fee,
                    other_committee=committee,
                    reason_note=reason_note,
                    note=note,
                )
                self.saved = [self._transfers.create_in(self._branch_id, data)]
        except BranchdeskError as exc:
            ui.error_label.setText(issues_text(exc))
            return
        self.accept()

    def checked_ids(self) -> list[int]:
        found = []
        for row in range(self.ui.members_list.count()):
            item = self.ui.members_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _filter_members(self, text: str) -> None:
        key = text.strip().lower()
        for row in range(self.ui.members_list.count()):
            item = self.ui.members_list.item(row)
            initials = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
            item.setHidden(bool(key) and key not in item.text() and key not in initials)

    def warnings(self) -> list[str]:
        return [issue.message for outcome in self.saved for issue in outcome.warnings]


class GraduationDialog(QDialog):
    """毕业时间, 去向 and the receiving organisation for the chosen members."""

    def __init__(
        self,
        transfers: TransferService,
        members: Sequence[tuple[int, str]],
        default_month: YearMonth,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GraduationDialog()
        self.ui.setupUi(self)
        self._transfers = transfers
        self._members = list(members)
        ui = self.ui
        names = join_names(name for _id, name in self._members[:8])
        if len(self._members) > 8:
            names += "…"
        ui.intro_label.setText(
            self.tr("Set for %n member(s): %1", "", len(self._members)).replace("%1", names)
        )
        ui.month_edit.setText(default_month.isoformat())
        ui.destination_combo.addItem(self.tr("(unchanged)"), "")
        for entry in TRANSFER_REASON:
            ui.destination_combo.addItem(entry.name, entry.code)
        ui.org_edit.setPlaceholderText(self.tr("empty: unchanged"))
        ui.error_label.setStyleSheet(ERROR_STYLE)
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save"))
        save.setDefault(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.button_box.accepted.connect(self.submit)
        ui.button_box.rejected.connect(self.reject)

    def submit(self) -> None:
        ui = self.ui
        try:
            month = parse_month(ui.month_edit.text(), self.tr("Graduation month"))
            destination = str(ui.destination_combo.currentData() or "") or None
            org = ui.org_edit.text().strip() or None
            self._transfers.set_graduation(
                [member_id for member_id, _ in self._members], month, destination, org
            )
        except BranchdeskError as exc:
            ui.error_label.setText(issues_text(exc))
            return
        self.accept()
