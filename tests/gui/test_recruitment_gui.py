"""The 发展团员 page: enter an applicant, move them through every stage, admit as a member."""

from __future__ import annotations

from datetime import date

from helpers.ids import make_id
from helpers.pipeline import add_member, admission_dahui, tuanke
from helpers.qt_input import type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from branchdesk.services.schemas import MemberFilter
from branchdesk.ui.dialogs.applicant_dialog import ApplicantDialog, ApplicantStepDialog
from branchdesk.ui.recruitment_page import RecruitmentPage

TODAY = date(2026, 11, 27)


def people(services, branch):
    return {
        "甲": add_member(services, branch.id, "陈甲", 2),
        "乙": add_member(services, branch.id, "周乙", 3),
    }


def pick(combo, member_id):
    combo.setCurrentIndex(combo.findData(member_id))


def step(qtbot, services, applicant_id, date_text=None, meeting_id=None, dev_number=None):
    dialog = ApplicantStepDialog(services, applicant_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    if date_text is not None:
        dialog.ui.date_edit.setText(date_text)
    if meeting_id is not None:
        dialog.ui.meeting_combo.setCurrentIndex(dialog.ui.meeting_combo.findData(meeting_id))
    if dev_number is not None:
        dialog.ui.dev_number_edit.setText(dev_number)
    dialog.refresh_check()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    return dialog, ok


def test_admit_a_member_through_the_pipeline(qtbot, services, branch, message_boxes):
    ids = people(services, branch)
    lessons = [
        tuanke(services, branch.id, date(2025, 11, 5)),
        tuanke(services, branch.id, date(2026, 1, 8)),
    ]

    # 1. 入团申请: typed, keyboard-first
    dialog = ApplicantDialog(services, branch.id, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.name_edit, "李新")
    dialog.ui.id_number_edit.setText(make_id(date(2008, 3, 1), seq=40))
    dialog.ui.applied_on_edit.setText("2025-09-01")
    dialog.ui.talked_on_edit.setText("2025.9.15")
    pick(dialog.ui.contact1_combo, ids["甲"])
    pick(dialog.ui.introducer1_combo, ids["甲"])
    pick(dialog.ui.introducer2_combo, ids["乙"])
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert message_boxes.calls == []
    applicant = dialog.saved
    assert applicant is not None and applicant.data.birth_date == date(2008, 3, 1)

    # 2. the 团课 attended, added in the applicant's dialog
    dialog = ApplicantDialog(services, branch.id, applicant.id, TODAY)
    qtbot.addWidget(dialog)
    for meeting_id in lessons:
        dialog.ui.tuanke_combo.setCurrentIndex(dialog.ui.tuanke_combo.findData(meeting_id))
        dialog.ui.add_tuanke_button.click()
    assert dialog.ui.courses_table.rowCount() == 2
    assert "8" in dialog.ui.hours_label.text()
    dialog.close()

    # 3. the page: select the applicant, the next stage's checks are shown
    page = RecruitmentPage(services, branch.id, TODAY)
    qtbot.addWidget(page)
    page.show()
    page.select_applicant(applicant.id)
    assert "入团积极分子" in page.ui.checks_group.title()
    assert "✓" in page.ui.checks_label.text()

    # 积极分子 by the page's button (the modal step dialog answered by a timer)
    def accept_step():
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, ApplicantStepDialog)
        modal.ui.date_edit.setText("2025-10-01")
        modal.refresh_check()
        modal.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, accept_step)
    qtbot.mouseClick(page.ui.advance_button, Qt.MouseButton.LeftButton)
    assert services.recruitment.get(applicant.id).stage == "activist"
    assert page.ui.applicants_table.item(0, 1).text() == "入团积极分子"

    # 发展对象 too early: the 3-month check is red and OK is disabled
    dialog, ok = step(qtbot, services, applicant.id, "2025-12-01")
    assert not ok.isEnabled() and "不满3个月" in dialog.ui.checks_label.text()
    dialog.ui.date_edit.setText("2026-03-01")
    dialog.refresh_check()
    assert ok.isEnabled()
    ok.click()
    assert services.recruitment.get(applicant.id).stage == "candidate"

    # 支部大会 vote, linked to its meeting record
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    dialog, ok = step(qtbot, services, applicant.id, meeting_id=vote)
    assert not dialog.ui.date_edit.isVisible() and dialog.ui.meeting_combo.isVisible()
    assert ok.isEnabled(), dialog.ui.checks_label.text()
    ok.click()
    assert services.recruitment.get(applicant.id).voted_on == date(2026, 6, 10)

    dialog, ok = step(qtbot, services, applicant.id, "2026-06-20")
    ok.click()

    # 入团: a used 发展编号 is refused (red), a fresh one admits
    taken = services.members.get(ids["甲"]).data.dev_number
    dialog, ok = step(qtbot, services, applicant.id, "2026-06-25", dev_number=taken)
    assert not ok.isEnabled() and "已被陈甲使用" in dialog.ui.checks_label.text()
    dialog.ui.dev_number_edit.setText("202600000777")
    dialog.refresh_check()
    ok.click()
    assert message_boxes.calls == []
    admitted = services.recruitment.get(applicant.id)
    assert admitted.stage == "admitted"
    member = services.members.get(admitted.member_id)
    assert member.data.join_month.isoformat() == "2026-06"
    assert member.data.dev_number == "202600000777"
    ids_now = services.members.list_ids(branch.id, MemberFilter())
    assert admitted.member_id in ids_now

    page.reload()
    assert page.ui.applicants_table.rowCount() == 0  # no one left in the pipeline
    page.ui.stage_filter_combo.setCurrentIndex(page.ui.stage_filter_combo.findData("admitted"))
    assert page.ui.applicants_table.item(0, 0).text() == "李新"
    page.grab().save("/tmp/recruitment_page.png")


def test_a_refused_save_shows_the_chinese_message(qtbot, services, branch, message_boxes):
    dialog = ApplicantDialog(services, branch.id, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.applied_on_edit.setText("2027-01-01")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    [(kind, _title, text)] = message_boxes.calls
    assert kind == "error" and "姓名不能为空" in text and "申请日期晚于今天" in text
    assert services.recruitment.applicants(branch.id) == []
    assert dialog.isVisible()


def test_live_check_marks_a_member_id_red(qtbot, services, branch):
    ids = people(services, branch)
    taken = services.members.get(ids["甲"]).data.id_number
    dialog = ApplicantDialog(services, branch.id, None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.name_edit, "重复者")
    dialog.ui.id_number_edit.setText(taken)
    qtbot.waitUntil(lambda: "已是团员陈甲的" in dialog.ui.issues_label.text())
    assert "#d93025" in dialog.ui.issues_label.text()
    assert not dialog.ui.courses_group.isEnabled()


def test_home_page_reminds_of_an_overdue_talk(qtbot, services, branch):
    from helpers.pipeline import applicant

    from branchdesk.ui.home_page import HomePage

    applicant(services, branch.id, "李新", 20, applied_on=date(2026, 9, 1), talked_on=None)
    page = HomePage(services, branch.id, TODAY)
    qtbot.addWidget(page)
    assert "李新（入团申请人）递交申请已超过30天，尚未谈话" in page.ui.watch_label.text()
