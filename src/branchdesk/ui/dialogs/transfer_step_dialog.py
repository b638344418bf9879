"""One step of a transfer: a date and a note or reason, plus what that step needs.

Used for 下一步 (审批 / 接转成功), 退回 and 撤回 (reason required), 重新提交, 开具介绍信 (有效期 and
an optional number), 作废 (reason), 回执收回. A transfer in that succeeds for a person who was
never a member also asks for the member's 入团年月, 团员发展编号, 民族 and 手机号码. The action is a
callable that performs the service call; a refusal keeps the dialog open with its message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import BranchdeskError
from branchdesk.ui.dialogs.transfer_dialog import ERROR_STYLE, issues_text, parse_day, parse_month
from branchdesk.ui.forms.ui_transfer_step_dialog import Ui_TransferStepDialog


class StepKind(Enum):
    ADVANCE = "advance"
    ARRIVE = "arrive"  # advance to 接转成功 of a transfer in for a new member
    RETURN = "return"
    WITHDRAW = "withdraw"
    RESUBMIT = "resubmit"
    LETTER = "letter"
    VOID = "void"
    RECEIPT = "receipt"
    GRADUATES = "graduates"  # transfers for a 学社衔接 batch: applied on + 团费交至


@dataclass(frozen=True)
class StepValues:
    """What the user entered."""

    on: date
    text: str
    valid_days: int
    number: str
    join_month: YearMonth | None
    dev_number: str
    ethnicity: str | None
    phone: str
    fee_paid_to: YearMonth | None

    def member(self, name: str, id_number: str) -> MemberInput:
        return MemberInput(
            name=name,
            id_number=id_number,
            join_month=self.join_month,
            dev_number=self.dev_number or None,
            ethnicity=self.ethnicity,
            phone=self.phone or None,
        )


Action = Callable[[StepValues], object]


class TransferStepDialog(QDialog):
    def __init__(
        self,
        kind: StepKind,
        title: str,
        intro: str,
        today: date,
        action: Action,
        valid_days: int = 30,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransferStepDialog()
        self.ui.setupUi(self)
        self.kind = kind
        self._action = action
        self.result_value: object = None
        ui = self.ui
        self.setWindowTitle(title)
        ui.intro_label.setText(intro)
        ui.date_edit.setText(today.isoformat())
        ui.valid_days_spin.setValue(valid_days)
        ui.error_label.setStyleSheet(ERROR_STYLE)
        ui.ethnicity_combo.addItem(self.tr("(not given)"), "")
        for entry in vocab.ETHNICITY:
            ui.ethnicity_combo.addItem(entry.name, entry.code)
        ui.join_edit.setPlaceholderText("2019-05")
        texts = {
            StepKind.ADVANCE: self.tr("Note"),
            StepKind.ARRIVE: self.tr("Note"),
            StepKind.RESUBMIT: self.tr("Note"),
            StepKind.RETURN: self.tr("Reason (required)"),
            StepKind.WITHDRAW: self.tr("Reason (required)"),
            StepKind.VOID: self.tr("Reason (required)"),
        }
        has_text = kind in texts
        ui.text_label.setText(texts.get(kind, ""))
        ui.text_label.setVisible(has_text)
        ui.text_edit.setVisible(has_text)
        letter = kind is StepKind.LETTER
        letter_widgets: tuple[QWidget, ...] = (
            ui.valid_days_label,
            ui.valid_days_spin,
            ui.number_label,
            ui.number_edit,
        )
        for widget in letter_widgets:
            widget.setVisible(letter)
        arrive = kind is StepKind.ARRIVE
        arrive_widgets: tuple[QWidget, ...] = (
            ui.join_label,
            ui.join_edit,
            ui.dev_number_label,
            ui.dev_number_edit,
            ui.ethnicity_label,
            ui.ethnicity_combo,
            ui.phone_label,
            ui.phone_edit,
        )
        for widget in arrive_widgets:
            widget.setVisible(arrive)
        graduates = kind is StepKind.GRADUATES
        ui.fee_label.setVisible(graduates)
        ui.fee_edit.setVisible(graduates)
        ui.fee_edit.setPlaceholderText("2026-06")
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("OK"))
        ok.setDefault(True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        ui.button_box.accepted.connect(self.submit)
        ui.button_box.rejected.connect(self.reject)
        self.adjustSize()

    def values(self) -> StepValues:
        ui = self.ui
        ethnicity = str(ui.ethnicity_combo.currentData() or "") or None
        return StepValues(
            on=parse_day(ui.date_edit.text(), self.tr("Date")),
            text=ui.text_edit.text().strip(),
            valid_days=ui.valid_days_spin.value(),
            number=ui.number_edit.text().strip(),
            join_month=parse_month(ui.join_edit.text(), self.tr("Joined the League (year-month)")),
            dev_number=ui.dev_number_edit.text().strip(),
            ethnicity=ethnicity,
            phone=ui.phone_edit.text().strip(),
            fee_paid_to=parse_month(ui.fee_edit.text(), self.tr("Dues paid to")),
        )

    def submit(self) -> None:
        try:
            self.result_value = self._action(self.values())
        except BranchdeskError as exc:
            self.ui.error_label.setText(issues_text(exc))
            return
        self.accept()
