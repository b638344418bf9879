"""组织关系转接: the transfers list with its workflow actions, and the 学社衔接 tab.

The list shows every transfer (newest first), filtered by state and direction; a pending step
older than the profile's limit is shaded red. The selected transfer's history shows under the
list. Actions open :class:`TransferDialog` (new transfer out / in) or
:class:`TransferStepDialog` (each step); letters are previewed with :class:`PdfPreviewDialog`.
The 学社衔接 tab lists a graduation year's members with their destination and the latest
transfer state, sets 毕业时间 / 去向 for several members at once, creates their transfers in one
batch and shows the cohort's 转接率 against the profile's goal.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.names import initials as names_initials
from branchdesk.domain.transfers import (
    DIRECTION_NAMES,
    PENDING,
    STATE_NAMES,
    Direction,
    TransferState,
    state_name,
)
from branchdesk.errors import BranchdeskError
from branchdesk.services.container import Services
from branchdesk.services.transfers import GraduateRow, TransferRow, letter_expires
from branchdesk.ui import messages
from branchdesk.ui.dialogs.pdf_preview_dialog import PdfPreviewDialog
from branchdesk.ui.dialogs.transfer_dialog import GraduationDialog, TransferDialog
from branchdesk.ui.dialogs.transfer_step_dialog import StepKind, StepValues, TransferStepDialog
from branchdesk.ui.forms.ui_transfers_page import Ui_TransfersPage
from branchdesk.ui.i18n import bracketed, join_clauses, join_names, labelled
from branchdesk.ui.style import make_title

OVERDUE = QBrush(QColor("#fde2e1"))
DONE = QBrush(QColor("#dff3e3"))
PENDING_FILTER = "pending"

(
    C_DIRECTION,
    C_NAME,
    C_REASON,
    C_OTHER,
    C_APPLIED,
    C_STATE,
    C_SINCE,
    C_LETTER,
    C_RECEIPT,
) = range(9)
G_NAME, G_GROUP, G_MONTH, G_DESTINATION, G_ORG, G_STATUS, G_TRANSFER = range(7)


class TransfersPage(QWidget):
    """Transfers of one branch. ``changed`` is emitted after every write (members may move)."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        branch_id: int,
        roster_selection: Callable[[], Sequence[int]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransfersPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._roster_selection = roster_selection
        self._rows: list[TransferRow] = []
        self._graduates: list[GraduateRow] = []
        self._stale = False
        ui = self.ui
        make_title(ui.title_label)
        ui.state_combo.addItem(self.tr("All"), "")
        ui.state_combo.addItem(self.tr("Pending"), PENDING_FILTER)
        for code, name in STATE_NAMES.items():
            ui.state_combo.addItem(name, code)
        ui.direction_combo.addItem(self.tr("Out and in"), "")
        for code, name in DIRECTION_NAMES.items():
            ui.direction_combo.addItem(name, code)
        ui.cohort_year_spin.setValue(self._today().year)
        self._setup_tables()
        ui.state_combo.currentIndexChanged.connect(self.reload)
        ui.direction_combo.currentIndexChanged.connect(self.reload)
        ui.transfers_table.itemSelectionChanged.connect(self._on_selection)
        ui.transfers_table.itemDoubleClicked.connect(lambda _item: self.advance())
        ui.new_out_button.clicked.connect(self.new_transfer_out)
        ui.new_in_button.clicked.connect(self.new_transfer_in)
        ui.advance_button.clicked.connect(self.advance)
        ui.return_button.clicked.connect(self.send_back)
        ui.resubmit_button.clicked.connect(self.resubmit)
        ui.withdraw_button.clicked.connect(self.withdraw)
        ui.issue_letter_button.clicked.connect(self.issue_letter)
        ui.print_letter_button.clicked.connect(self.print_letters)
        ui.void_letter_button.clicked.connect(self.void_letter)
        ui.receipt_button.clicked.connect(self.record_receipt)
        ui.cohort_year_spin.valueChanged.connect(self.reload_cohort)
        ui.all_members_check.toggled.connect(self.reload_cohort)
        ui.graduates_table.itemSelectionChanged.connect(self._update_cohort_buttons)
        ui.set_graduation_button.clicked.connect(self.set_graduation)
        ui.create_transfers_button.clicked.connect(self.create_graduate_transfers)
        self.reload()

    def _today(self) -> date:
        return self._services.today()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    # ---- setup -----------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        table = self.ui.transfers_table
        headers = [
            self.tr("Direction"),
            self.tr("Name"),
            self.tr("Transfer reason"),
            self.tr("Other organisation"),
            self.tr("Applied"),
            self.tr("State"),
            self.tr("Since"),
            self.tr("Letter"),
            self.tr("Receipt"),
        ]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        widths = (44, 64, 170, 0, 90, 110, 130, 150, 90)
        header = table.horizontalHeader()
        for column, width in enumerate(widths):
            if width:
                table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(C_OTHER, QHeaderView.ResizeMode.Stretch)
        graduates = self.ui.graduates_table
        headers = [
            self.tr("Name"),
            self.tr("Group"),
            self.tr("Graduation"),
            self.tr("Destination"),
            self.tr("Receiving organisation"),
            self.tr("League status"),
            self.tr("Transfer"),
        ]
        graduates.setColumnCount(len(headers))
        graduates.setHorizontalHeaderLabels(headers)
        for column, width in enumerate((90, 90, 80, 200, 280, 80)):
            graduates.setColumnWidth(column, width)
        graduates.horizontalHeader().setStretchLastSection(True)

    # ---- the transfers list -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        # Loads when first shown: at a 团委's scale (bench/) the list and the 学社衔接 tab's
        # graduates took about 1.5 s of the start-up.
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        selected = set(self.selected_ids())
        ui = self.ui
        state = str(ui.state_combo.currentData() or "")
        states = list(PENDING) if state == PENDING_FILTER else ([state] if state else None)
        direction = str(ui.direction_combo.currentData() or "") or None
        self._rows = self._services.transfers.rows(self._branch_id, states, direction)
        limit = self._services.transfers.limits(self._branch_id).pending_alert_days
        overdue_tip = self.tr("Pending longer than %1 days").replace("%1", str(limit))
        table = ui.transfers_table
        table.setRowCount(0)
        table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            reason = (
                bracketed(row.reason_name, row.reason_note) if row.reason_note else row.reason_name
            )
            since = row.state_on.isoformat()
            if row.pending_days is not None:
                since += self.tr(" (%n day(s))", "", row.pending_days)
            letter = row.letter_number or ""
            expires = letter_expires(row)
            if expires is not None:
                letter += self.tr(" to %1").replace("%1", expires.isoformat())
            cells = (
                DIRECTION_NAMES.get(row.direction, row.direction),
                row.name,
                reason,
                row.other_org,
                row.applied_on.isoformat(),
                row.state_name,
                since,
                letter,
                row.receipt_on.isoformat() if row.receipt_on else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if row.overdue:
                    item.setBackground(OVERDUE)
                    item.setToolTip(overdue_tip)
                elif row.state == TransferState.DONE:
                    item.setBackground(DONE)
                table.setItem(index, column, item)
        for index, row in enumerate(self._rows):
            if row.id in selected:
                table.selectRow(index)
        self._on_selection()
        self.reload_cohort()

    def select_transfer(self, transfer_id: int) -> None:
        for index, row in enumerate(self._rows):
            if row.id == transfer_id:
                self.ui.transfers_table.clearSelection()
                self.ui.transfers_table.selectRow(index)
                return

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.ui.transfers_table.selectedIndexes()})
        return [self._rows[r].id for r in rows if r < len(self._rows)]

    def selected_rows(self) -> list[TransferRow]:
        ids = set(self.selected_ids())
        return [row for row in self._rows if row.id in ids]

    def _current(self) -> TransferRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _on_selection(self) -> None:
        ui = self.ui
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        ui.advance_button.setEnabled(one is not None and one.state in PENDING)
        ui.return_button.setEnabled(one is not None and one.state in PENDING)
        ui.resubmit_button.setEnabled(one is not None and one.state == TransferState.RETURNED)
        ui.withdraw_button.setEnabled(
            one is not None and one.state in (PENDING | {TransferState.RETURNED})
        )
        outs = [r for r in rows if r.direction == Direction.OUT]
        ui.issue_letter_button.setEnabled(
            bool(outs)
            and len(outs) == len(rows)
            and all(not r.letter_number and r.state != TransferState.WITHDRAWN for r in outs)
        )
        ui.print_letter_button.setEnabled(bool(rows) and all(r.letter_number for r in rows))
        ui.void_letter_button.setEnabled(one is not None and bool(one.letter_number))
        ui.receipt_button.setEnabled(
            one is not None and bool(one.letter_number) and one.receipt_on is None
        )
        ui.steps_label.setText(self._history_text(one) if one is not None else "")

    def _history_text(self, row: TransferRow) -> str:
        steps = self._services.transfers.steps(row.id)
        parts = [
            labelled(f"{step.occurred_on.isoformat()} {step.state_name}", step.note)
            if step.note
            else f"{step.occurred_on.isoformat()} {step.state_name}"
            for step in steps
        ]
        return (
            self.tr("History of %1: %2").replace("%1", row.name).replace("%2", join_clauses(parts))
        )

    # ---- new transfers ------------------------------------------------------------------------

    def new_transfer_out(self, member_ids: Sequence[int] | None = None) -> bool:
        """A dialog for transfers out; members selected on the roster come ticked."""
        chosen = list(member_ids) if member_ids else []
        if not chosen and self._roster_selection is not None:
            chosen = list(self._roster_selection())
        candidates = [
            (row.member_id, row.name, names_initials(row.name))
            for row in self._services.transfers.graduates(self._branch_id)
            if row.status == "active"
        ]
        names = {i: name for i, name, _ in candidates}
        preselected = [(i, names[i]) for i in chosen if i in names]
        dialog = TransferDialog(
            self._services.transfers,
            self._branch_id,
            self._today(),
            preselected,
            outgoing=True,
            candidates=candidates,
            parent=self,
        )
        return self._finish_new(dialog)

    def new_transfer_in(self) -> bool:
        dialog = TransferDialog(
            self._services.transfers, self._branch_id, self._today(), outgoing=False, parent=self
        )
        return self._finish_new(dialog)

    def _finish_new(self, dialog: TransferDialog) -> bool:
        if dialog.exec() != TransferDialog.DialogCode.Accepted:
            return False
        warnings = dialog.warnings()
        self.reload()
        if dialog.saved:
            self.select_transfer(dialog.saved[0].transfer.id)
        self.changed.emit()
        if warnings:
            messages.warning(
                self, self.tr("Saved, please check"), "\n".join("• " + w for w in warnings)
            )
        return True

    # ---- workflow steps -----------------------------------------------------------------------

    def _step(
        self, kind: StepKind, title: str, intro: str, action: Callable[[StepValues], object]
    ) -> bool:
        limits = self._services.transfers.limits(self._branch_id)
        dialog = TransferStepDialog(
            kind, title, intro, self._today(), action, limits.letter_valid_days, parent=self
        )
        if dialog.exec() != TransferStepDialog.DialogCode.Accepted:
            return False
        self.reload()
        self.changed.emit()
        return True

    def advance(self) -> bool:
        row = self._current()
        if row is None or row.state not in PENDING:
            return False
        transfers = self._services.transfers
        target = {
            TransferState.APPLIED: TransferState.OUT_APPROVED,
            TransferState.OUT_APPROVED: TransferState.IN_APPROVED,
            TransferState.IN_APPROVED: TransferState.DONE,
        }[TransferState(row.state)]
        arrive = transfers.arrival_needs_member(row.id)
        intro = self.tr("%1: %2 → %3").replace("%1", row.name)
        intro = intro.replace("%2", row.state_name).replace("%3", state_name(target))
        if arrive:
            intro += "\n" + self.tr(
                "%1 is new to this branch: enter the member's details for the roster."
            ).replace("%1", row.name)

        def act(values: StepValues) -> object:
            member = values.member(row.name, row.id_number or "") if arrive else None
            return transfers.advance(row.id, values.on, values.text, member)

        kind = StepKind.ARRIVE if arrive else StepKind.ADVANCE
        return self._step(kind, self.tr("Next step"), intro, act)

    def send_back(self) -> bool:
        row = self._current()
        if row is None:
            return False
        return self._step(
            StepKind.RETURN,
            self.tr("Return"),
            self.tr("Return the transfer of %1 (it can be resubmitted).").replace("%1", row.name),
            lambda v: self._services.transfers.send_back(row.id, v.on, v.text),
        )

    def withdraw(self) -> bool:
        row = self._current()
        if row is None:
            return False
        return self._step(
            StepKind.WITHDRAW,
            self.tr("Withdraw"),
            self.tr("Withdraw the transfer of %1 (final).").replace("%1", row.name),
            lambda v: self._services.transfers.withdraw(row.id, v.on, v.text),
        )

    def resubmit(self) -> bool:
        row = self._current()
        if row is None:
            return False
        return self._step(
            StepKind.RESUBMIT,
            self.tr("Resubmit"),
            self.tr("Submit the returned transfer of %1 again.").replace("%1", row.name),
            lambda v: self._services.transfers.resubmit(row.id, v.on, v.text),
        )

    # ---- letters ------------------------------------------------------------------------------

    def issue_letter(self) -> bool:
        rows = self.selected_rows()
        if not rows:
            return False
        names = join_names(r.name for r in rows[:8]) + ("…" if len(rows) > 8 else "")
        intro = self.tr(
            "Issue the transfer letter for %n member(s): %1. Numbers come from the branch's "
            "sequence and are never used again.",
            "",
            len(rows),
        ).replace("%1", names)
        ids = [r.id for r in rows]
        warnings: list[str] = []

        def act(values: StepValues) -> object:
            done = self._services.transfers.issue_letters(
                ids, values.on, values.valid_days, values.number or None
            )
            warnings.extend(issue.message for _row, issues in done[:1] for issue in issues)
            return done

        if not self._step(StepKind.LETTER, self.tr("Issue letter"), intro, act):
            return False
        if warnings:
            messages.warning(self, self.tr("Letter issued, please check"), "\n".join(warnings))
        self._select_ids(ids)
        self.print_letters()
        return True

    def _select_ids(self, ids: Sequence[int]) -> None:
        table = self.ui.transfers_table
        table.clearSelection()
        wanted = set(ids)
        mode = table.selectionMode()
        table.setSelectionMode(QTableWidget.SelectionMode.MultiSelection)
        for index, row in enumerate(self._rows):
            if row.id in wanted:
                table.selectRow(index)
        table.setSelectionMode(mode)

    def print_letters(self) -> bool:
        """Preview (and print) the selected transfers' letters, one page each."""
        rows = [r for r in self.selected_rows() if r.letter_number and r.member_id is not None]
        if not rows:
            return False
        member_ids = [r.member_id for r in rows if r.member_id is not None]
        try:
            preview = self._services.reports.preview(
                "transfer-letters", branch_id=self._branch_id, member_ids=member_ids
            )
        except BranchdeskError as exc:
            messages.error(self, self.tr("Cannot print"), exc.message)
            return False
        name = (
            rows[0].name if len(rows) == 1 else self.tr("%1 members").replace("%1", str(len(rows)))
        )
        PdfPreviewDialog.show_pdf(
            self,
            preview.pdf,
            preview.title,
            Path.home() / self.tr("Transfer letter-%1.pdf").replace("%1", name),
            preview.warnings,
        )
        return True

    def void_letter(self) -> bool:
        row = self._current()
        if row is None or not row.letter_number:
            return False
        intro = self.tr(
            "Void letter No. %1 of %2. The number stays used; keep the stub. A new letter can "
            "then be issued."
        )
        return self._step(
            StepKind.VOID,
            self.tr("Void letter"),
            intro.replace("%1", row.letter_number).replace("%2", row.name),
            lambda v: self._services.transfers.void_letter(row.id, v.on, v.text),
        )

    def record_receipt(self) -> bool:
        row = self._current()
        if row is None or not row.letter_number:
            return False
        return self._step(
            StepKind.RECEIPT,
            self.tr("Receipt returned"),
            self.tr("The receipt of letter No. %1 (%2) came back on:")
            .replace("%1", row.letter_number)
            .replace("%2", row.name),
            lambda v: self._services.transfers.record_receipt(row.id, v.on),
        )

    # ---- 学社衔接 ----------------------------------------------------------------------

    def reload_cohort(self) -> None:
        if self.parent() is not None and not self.isVisible():
            self._stale = True  # the whole page loads when shown
            return
        ui = self.ui
        year = ui.cohort_year_spin.value()
        transfers = self._services.transfers
        rows = transfers.graduates(self._branch_id, year)
        if ui.all_members_check.isChecked():
            shown = {r.member_id for r in rows}
            rows += [
                r
                for r in transfers.graduates(self._branch_id)
                if r.graduation_month is None and r.member_id not in shown
            ]
        self._graduates = rows
        table = ui.graduates_table
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                row.name,
                row.group_name or "",
                row.graduation_month.isoformat() if row.graduation_month else "",
                row.destination_name,
                row.destination_org or "",
                vocab.MEMBER_STATUS.name(row.status),
                state_name(row.transfer_state) if row.transfer_state else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.transfer_state == TransferState.DONE:
                    item.setBackground(DONE)
                table.setItem(index, column, item)
        rate = transfers.cohort_rate(self._branch_id, year)
        text = html.escape(rate.describe())
        if rate.met is False:
            text = f'<span style="color:#b3261e">{text}</span>'
        ui.rate_label.setText(text)
        self._update_cohort_buttons()

    def selected_graduates(self) -> list[GraduateRow]:
        rows = sorted({index.row() for index in self.ui.graduates_table.selectedIndexes()})
        return [self._graduates[r] for r in rows if r < len(self._graduates)]

    def _update_cohort_buttons(self) -> None:
        chosen = self.selected_graduates()
        self.ui.set_graduation_button.setEnabled(bool(chosen))
        self.ui.create_transfers_button.setEnabled(
            bool(chosen) and all(r.status == "active" for r in chosen)
        )

    def set_graduation(self) -> bool:
        chosen = self.selected_graduates()
        if not chosen:
            return False
        dialog = GraduationDialog(
            self._services.transfers,
            [(r.member_id, r.name) for r in chosen],
            YearMonth(self.ui.cohort_year_spin.value(), 6),
            parent=self,
        )
        if dialog.exec() != GraduationDialog.DialogCode.Accepted:
            return False
        self.reload_cohort()
        return True

    def create_graduate_transfers(self) -> bool:
        chosen = self.selected_graduates()
        if not chosen:
            return False
        names = join_names(r.name for r in chosen[:8]) + ("…" if len(chosen) > 8 else "")
        intro = self.tr(
            "Create a transfer out for %n graduate(s) to their destination: %1", "", len(chosen)
        ).replace("%1", names)
        ids = [r.member_id for r in chosen]
        ok = self._step(
            StepKind.GRADUATES,
            self.tr("Create transfers"),
            intro,
            lambda v: self._services.transfers.create_graduate_transfers(
                self._branch_id, ids, v.on, v.fee_paid_to
            ),
        )
        if ok:
            self.ui.tabs.setCurrentWidget(self.ui.transfers_tab)
        return ok


def table_texts(table: QTableWidget, column: int) -> list[str]:
    """The texts of one column (for tests and screenshots)."""
    texts = []
    for row in range(table.rowCount()):
        item = table.item(row, column)
        texts.append(item.text() if item is not None else "")
    return texts
