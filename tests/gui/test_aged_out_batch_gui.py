"""超龄离团 for a batch from the Members menu; leaving, discipline and 推优 dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.pipeline import add_member
from helpers.qt_input import type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from branchdesk.paths import AppPaths
from branchdesk.ui.dialogs.lifecycle_dialogs import (
    AgedOutDialog,
    DisciplineDialog,
    LeaveDialog,
    RecommendDialog,
)
from branchdesk.ui.main_window import MainWindow

TODAY = date(2026, 11, 27)


@pytest.fixture
def people(services, branch):
    b = branch.id
    return {
        "书记": add_member(services, b, "王书记", 1, born=date(1996, 3, 1), league_post="1"),
        "老甲": add_member(services, b, "陈老甲", 2, born=date(1997, 5, 10)),
        "老乙": add_member(services, b, "周老乙", 3, born=date(1998, 11, 27)),
        "小丙": add_member(services, b, "吴小丙", 4, born=date(2003, 2, 2)),
    }


@pytest.fixture
def window(qtbot, services, branch, people, tmp_path):
    win = MainWindow(services, AppPaths(tmp_path), branch)
    qtbot.addWidget(win)
    win.show()
    return win


def test_aged_out_batch_from_the_members_menu(qtbot, services, window, people, message_boxes):
    seen = {}

    def answer():
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, AgedOutDialog)
        table = modal.ui.members_table
        seen["rows"] = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
        ok = modal.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.text()
        modal.grab().save("/tmp/aged_out_dialog.png")
        ok.click()

    QTimer.singleShot(0, answer)
    window.lifecycle_actions.aged_out_action.trigger()
    names = [row[0] for row in seen["rows"]]
    assert names == ["陈老甲", "周老乙", "王书记"]
    assert seen["rows"][2][3] == "书记" and "保留团籍至离任" in seen["rows"][2][4]
    assert seen["rows"][0][4] == ""
    assert "2" in seen["ok"]
    [(kind, _title, text)] = message_boxes.calls
    assert kind == "info" and "王书记" in text and "保留团籍至离任" in text
    statuses = {name: services.members.get(mid).data.status for name, mid in people.items()}
    assert statuses == {"书记": "active", "老甲": "aged_out", "老乙": "aged_out", "小丙": "active"}
    # the roster (在团 only) no longer lists them; the history says why
    assert window.member_model.rowCount() == 2
    [line] = services.lifecycle.status_history(people["老甲"])
    assert line.label == "超龄离团" and line.reason == "年满28周岁，未担任团内职务"


def test_leave_dialog_refuses_without_reason_and_saves(
    qtbot, services, branch, people, message_boxes
):
    dialog = LeaveDialog(services, branch.id, [people["小丙"]], TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("withdrawn"))
    dialog.refresh_check()
    assert "须填写原因" in dialog.ui.issues_label.text()
    assert "dues ledger" in dialog.ui.hint_label.text()
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert message_boxes.kinds() == ["error"] and "须填写原因" in message_boxes.calls[0][2]
    assert services.members.get(people["小丙"]).data.status == "active"
    type_text(dialog.ui.reason_edit, "本人书面申请退团")
    dialog.grab().save("/tmp/leave_dialog.png")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.members.get(people["小丙"]).data.status == "withdrawn"
    assert dialog.result_names == ("吴小丙",)
    # leaving again: the member is already out
    again = LeaveDialog(services, branch.id, [people["小丙"]], TODAY)
    qtbot.addWidget(again)
    again.refresh_check()
    assert "不能再办理离团" in again.ui.issues_label.text()


def test_discipline_dialog_probation_and_conclusion(qtbot, services, branch, people, message_boxes):
    dialog = DisciplineDialog(services, branch.id, people["小丙"], TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("probation"))
    dialog.ui.months_combo.setCurrentIndex(dialog.ui.months_combo.findData(6))
    dialog.ui.decided_on_edit.setText("2026-03-01")
    type_text(dialog.ui.reason_edit, "多次无故不参加组织生活")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert message_boxes.calls == []
    assert dialog.ui.records_table.rowCount() == 1
    assert dialog.ui.records_table.item(0, 2).text() == "2026-09-01"
    dialog.ui.records_table.selectRow(0)
    assert dialog.ui.close_button.isEnabled()
    dialog.grab().save("/tmp/discipline_dialog.png")
    dialog.ui.outcome_combo.setCurrentIndex(dialog.ui.outcome_combo.findData("restored"))
    dialog.ui.close_button.click()
    assert dialog.changed and dialog.ui.records_table.item(0, 3).text() == "恢复团员权利"


def test_recommend_dialog(qtbot, services, branch, people, message_boxes):
    dialog = RecommendDialog(services, branch.id, people["小丙"], TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.recommended_on_edit.setText("2026-10-01")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert message_boxes.calls == [] and dialog.ui.records_table.rowCount() == 1
    dialog.ui.records_table.selectRow(0)
    dialog.ui.record_date_edit.setText("2026-11-01")
    dialog.ui.confirm_button.click()
    assert dialog.ui.records_table.item(0, 1).text() == "2026-11-01"
    dialog.grab().save("/tmp/recommend_dialog.png")


def test_activity_dialog_shows_status_history_and_discipline(qtbot, services, branch, people):
    from branchdesk.services.lifecycle import DisciplineInput
    from branchdesk.ui.dialogs.member_activity_dialog import MemberActivityDialog

    services.lifecycle.add_discipline(
        people["小丙"], DisciplineInput("probation", date(2026, 9, 1), "违纪", months=6)
    )
    services.lifecycle.leave_aged_out(branch.id, TODAY, [people["老甲"]])
    dialog = MemberActivityDialog(services, people["小丙"])
    qtbot.addWidget(dialog)
    text = dialog.ui.status_label.text()
    assert "留团察看" in text and "2027-03-01" in text and "#c5221f" in text
    dialog = MemberActivityDialog(services, people["老甲"])
    qtbot.addWidget(dialog)
    assert "超龄离团" in dialog.ui.status_label.text()
