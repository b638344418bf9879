"""The 组织关系转接 page: a transfer carried from 申请 to 接转成功 through the dialogs, a refused
entry, a transfer in that creates the member, a letter issued and previewed, 学社衔接."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.ids import make_id
from helpers.qt_input import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from branchdesk.domain.dates import YearMonth
from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs import pdf_preview_dialog
from branchdesk.ui.dialogs.transfer_dialog import GraduationDialog, TransferDialog
from branchdesk.ui.dialogs.transfer_step_dialog import TransferStepDialog
from branchdesk.ui.transfers_page import C_STATE, TransfersPage, table_texts

TO_ORG = "共青团吉林大学化学学院委员会"


@pytest.fixture
def page(qtbot, services, demo_branch):
    widget = TransfersPage(services, demo_branch.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def press(dialog, which=QDialogButtonBox.StandardButton.Save):
    dialog.ui.button_box.button(which).click()
    return dialog.result()


def fill_out_dialog(names, org=TO_ORG, fee="2026-11", applied="2026-11-02"):
    """Stands in for TransferDialog.exec: tick members by name, type the fields, press Save."""
    attempts = []

    def run(dialog: TransferDialog) -> int:
        ui = dialog.ui
        for row in range(ui.members_list.count()):
            item = ui.members_list.item(row)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)
        ui.reason_combo.setCurrentIndex(ui.reason_combo.findData("work_org"))
        if org:
            type_text(ui.other_org_edit, org)
        ui.fee_edit.setText(fee)
        ui.applied_edit.setText(applied)
        result = press(dialog)
        attempts.append((result, ui.error_label.text()))
        return result

    return run, attempts


def step_answers(monkeypatch, days, *, text="", extra=None):
    """TransferStepDialog.exec: enter the next day of ``days`` (and a note), press OK."""
    queue = list(days)
    errors = []

    def run(dialog: TransferStepDialog) -> int:
        ui = dialog.ui
        ui.date_edit.setText(queue.pop(0))
        if text:
            type_text(ui.text_edit, text)
        if extra is not None:
            extra(dialog)
        result = press(dialog, QDialogButtonBox.StandardButton.Ok)
        errors.append(ui.error_label.text())
        return result

    monkeypatch.setattr(TransferStepDialog, "exec", run)
    return errors


def test_a_transfer_out_goes_from_application_to_success_through_the_ui(
    qtbot, page, services, demo_branch, monkeypatch, message_boxes
):
    member = services.members.rows(services.members.list_ids(demo_branch.id, MemberFilter()))[3]
    run, attempts = fill_out_dialog({member.name})
    monkeypatch.setattr(TransferDialog, "exec", run)
    assert page.new_transfer_out()
    assert attempts[-1][0] == TransferDialog.DialogCode.Accepted
    assert table_texts(page.ui.transfers_table, C_STATE) == ["申请"]
    assert services.members.get(member.id).data.status == "transferring"

    step_answers(monkeypatch, ["2026-11-03", "2026-11-05", "2026-11-06"])
    page.ui.transfers_table.selectRow(0)
    for expected in ("转出方审批通过", "转入方审批通过", "接转成功"):
        assert page.ui.advance_button.isEnabled()
        assert page.advance()
        assert table_texts(page.ui.transfers_table, C_STATE) == [expected]
    assert not page.ui.advance_button.isEnabled()
    assert "接转成功" in page.ui.steps_label.text()
    assert services.members.get(member.id).data.status == "transferred"
    assert message_boxes.calls == []


def test_bad_entries_keep_the_dialog_open_and_save_nothing(
    qtbot, page, services, demo_branch, monkeypatch
):
    member = services.members.rows(services.members.list_ids(demo_branch.id, MemberFilter()))[4]
    run, attempts = fill_out_dialog({member.name}, org="")
    monkeypatch.setattr(TransferDialog, "exec", run)
    assert not page.new_transfer_out()
    result, error = attempts[-1]
    assert result != TransferDialog.DialogCode.Accepted
    assert "请填写转入团组织的全称" in error
    run, attempts = fill_out_dialog({member.name}, fee="2030-01")
    monkeypatch.setattr(TransferDialog, "exec", run)
    assert not page.new_transfer_out()
    assert "团费交至2030年1月不合理" in attempts[-1][1]
    assert services.transfers.rows(demo_branch.id) == []
    # a returned transfer needs a reason
    run, _ = fill_out_dialog({member.name})
    monkeypatch.setattr(TransferDialog, "exec", run)
    assert page.new_transfer_out()
    page.ui.transfers_table.selectRow(0)
    errors = step_answers(monkeypatch, ["2026-11-04"])
    assert not page.send_back()
    assert "须填写原因" in errors[-1]
    step_answers(monkeypatch, ["2026-11-04"], text="转入组织名称有误")
    assert page.send_back()
    assert table_texts(page.ui.transfers_table, C_STATE) == ["退回"]
    assert services.members.get(member.id).data.status == "active"


def test_a_transfer_in_creates_the_member_when_it_succeeds(
    qtbot, page, services, demo_branch, monkeypatch
):
    id_number = make_id(date(2006, 4, 5), seq=77)

    def run(dialog: TransferDialog) -> int:
        assert dialog.ui.members_list.isHidden()
        type_text(dialog.ui.name_edit, "周晓东")
        dialog.ui.id_edit.setText(id_number)
        type_text(dialog.ui.other_org_edit, "长春市第二中学高三（1）班团支部")
        dialog.ui.fee_edit.setText("2026-09")
        dialog.ui.applied_edit.setText("2026-11-10")
        return press(dialog)

    monkeypatch.setattr(TransferDialog, "exec", run)
    assert page.new_transfer_in()
    before = services.members.count(demo_branch.id)

    def member_fields(dialog):
        if not dialog.ui.join_edit.isHidden():
            dialog.ui.join_edit.setText("2021-05")
            dialog.ui.dev_number_edit.setText("202122000777")

    step_answers(monkeypatch, ["2026-11-11", "2026-11-12", "2026-11-13"], extra=member_fields)
    page.ui.transfers_table.selectRow(0)
    for _ in range(3):
        assert page.advance()
    assert table_texts(page.ui.transfers_table, C_STATE) == ["接转成功"]
    assert services.members.count(demo_branch.id) == before + 1
    (row,) = services.transfers.rows(demo_branch.id)
    assert services.members.get(row.member_id).data.name == "周晓东"


def test_issue_a_letter_and_preview_it(
    qtbot, page, services, demo_branch, monkeypatch, message_boxes
):
    shown = []
    monkeypatch.setattr(
        pdf_preview_dialog.PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, path, warnings=(): shown.append((pdf, title))),
    )
    members = services.members.rows(services.members.list_ids(demo_branch.id, MemberFilter()))[:3]
    run, _ = fill_out_dialog({m.name for m in members})
    monkeypatch.setattr(TransferDialog, "exec", run)
    assert page.new_transfer_out()
    assert len(page._rows) == 3
    page.ui.transfers_table.selectAll()
    assert page.ui.issue_letter_button.isEnabled()
    step_answers(monkeypatch, ["2026-11-20"])
    assert page.issue_letter()
    pdf, title = shown[-1]
    assert pdf.startswith(b"%PDF") and "介绍信" in title
    numbers = sorted(r.letter_number for r in services.transfers.rows(demo_branch.id))
    assert numbers == ["2026-001", "2026-002", "2026-003"]
    # void one: its number stays used, the next letter gets 004
    page.ui.transfers_table.clearSelection()
    page.ui.transfers_table.selectRow(0)
    step_answers(monkeypatch, ["2026-11-21"], text="填写错误")
    assert page.void_letter()
    page.ui.transfers_table.selectRow(0)
    step_answers(monkeypatch, ["2026-11-21"])
    assert page.issue_letter()
    assert "2026-004" in {r.letter_number for r in services.transfers.rows(demo_branch.id)}
    assert message_boxes.kinds() == []


def test_cohort_tab_sets_destinations_creates_transfers_and_shows_the_rate(
    qtbot, page, services, demo_branch, monkeypatch
):
    page.ui.tabs.setCurrentWidget(page.ui.cohort_tab)
    page.ui.all_members_check.setChecked(True)
    table = page.ui.graduates_table
    assert table.rowCount() == 30
    table.selectRow(0)

    def graduation(dialog: GraduationDialog) -> int:
        dialog.ui.month_edit.setText("2026-06")
        dialog.ui.destination_combo.setCurrentIndex(dialog.ui.destination_combo.findData("study"))
        type_text(dialog.ui.org_edit, TO_ORG)
        return press(dialog)

    monkeypatch.setattr(GraduationDialog, "exec", graduation)
    assert page.set_graduation()
    page.ui.all_members_check.setChecked(False)
    assert table.rowCount() == 1
    assert "2026届毕业团员1人，已转接0人，转接率0%（目标≥95%，未达到）" in page.ui.rate_label.text()
    table.selectRow(0)

    def fee(dialog):
        dialog.ui.fee_edit.setText("2026-06")

    step_answers(monkeypatch, ["2026-07-01"], extra=fee)
    assert page.create_graduate_transfers()
    (row,) = services.transfers.rows(demo_branch.id)
    assert (row.cohort_year, row.other_org, row.fee_paid_to) == (2026, TO_ORG, YearMonth(2026, 6))


def test_members_menu_transfers_the_selected_roster_members(
    qtbot, services, demo_branch, tmp_path, monkeypatch
):
    from branchdesk.paths import AppPaths
    from branchdesk.ui.main_window import MainWindow

    window = MainWindow(services, AppPaths(tmp_path), demo_branch)
    qtbot.addWidget(window)
    window.show()
    assert not window.transfer_out_action.isEnabled()
    window.member_page.ui.members_table.selectRow(0)
    qtbot.waitUntil(lambda: window.transfer_out_action.isEnabled())
    selected = window.member_page.selected_ids()
    ticked = []

    def run(dialog: TransferDialog) -> int:
        ticked.extend(dialog.checked_ids())
        type_text(dialog.ui.other_org_edit, TO_ORG)
        dialog.ui.fee_edit.setText("2026-11")
        return press(dialog)

    monkeypatch.setattr(TransferDialog, "exec", run)
    window.transfer_out_action.trigger()
    assert ticked == selected
    assert window.ui.pages.currentWidget() is window.transfers_page
    assert table_texts(window.transfers_page.ui.transfers_table, C_STATE) == ["申请"]
    window.close()
