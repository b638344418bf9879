"""The annual return's 原因说明 dialog, the reports page's button and the new editor fields."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.qt_input import type_text
from PySide6.QtWidgets import QDialogButtonBox

from branchdesk.domain.dates import YearMonth
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Member
from branchdesk.ui.dialogs.branch_dialog import BranchDialog
from branchdesk.ui.dialogs.member_dialog import MemberDialog
from branchdesk.ui.dialogs.return_notes_dialog import ReturnNotesDialog
from branchdesk.ui.reports_page import ReportsPage

CUTOFF = date(2026, 12, 31)


@pytest.fixture
def falling_branch(services):
    """Three members at the end of 2025, one left in 2026 (团员数 falls), one 兼职 cadre left."""
    branch = services.branches.create(BranchInput(name="测试团支部", industry="08"))
    with session_scope(services.engine) as session:
        for name, values in (
            ("张一", {}),
            ("王二", {"league_post": "1", "cadre_nature": "1"}),
            ("李三", {"status": "aged_out", "left_on": date(2026, 5, 1)}),
            (
                "赵四",
                {
                    "league_post": "3",
                    "cadre_nature": "2",
                    "status": "transferred",
                    "left_on": date(2026, 6, 1),
                },
            ),
        ):
            session.add(
                Member(
                    branch_id=branch.id,
                    name=name,
                    gender="1",
                    birth_date=date(2001, 1, 1),
                    join_month=YearMonth(2018, 1),
                    **values,
                )
            )
    return branch


def test_dialog_lists_the_falls_and_saves_typed_reasons(qtbot, services, falling_branch):
    dialog = ReturnNotesDialog(services.annual_returns, falling_branch.id, CUTOFF)
    qtbot.addWidget(dialog)
    assert [row.item for row in dialog.rows] == ["members", "cadres_parttime"]
    table = dialog.ui.rows_table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "团员数"
    assert (table.item(0, 1).text(), table.item(0, 2).text(), table.item(0, 3).text()) == (
        "4",
        "2",
        "-2",
    )
    type_text(dialog.reason_edit("members"), "1人超龄离团，1人转出")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services.annual_returns.notes(falling_branch.id, 2026) == {
        "members": "1人超龄离团，1人转出"
    }
    again = ReturnNotesDialog(services.annual_returns, falling_branch.id, CUTOFF)
    qtbot.addWidget(again)
    assert again.reason_edit("members").text() == "1人超龄离团，1人转出"
    assert again.reason_edit("cadres_parttime").text() == ""
    rows = {row.item: row for row in services.annual_returns.comparison(falling_branch.id, CUTOFF)}
    assert not rows["members"].missing_reason and rows["cadres_parttime"].missing_reason


def test_dialog_with_no_fall_says_there_is_nothing_to_explain(qtbot, services, branch):
    dialog = ReturnNotesDialog(services.annual_returns, branch.id, CUTOFF)
    qtbot.addWidget(dialog)
    assert dialog.rows == ()
    assert dialog.ui.rows_table.isHidden()
    assert dialog.ui.intro_label.text()


def test_reports_page_shows_the_button_only_for_the_annual_return(
    qtbot, services, falling_branch, message_boxes
):
    page = ReportsPage(services, falling_branch.id, today=date(2026, 11, 27))
    qtbot.addWidget(page)
    page.show()
    names = [
        page.ui.reports_list.item(row).data(0x0100) for row in range(page.ui.reports_list.count())
    ]
    page.ui.reports_list.setCurrentRow(names.index("roster"))
    assert not page.ui.return_notes_button.isVisible()
    page.ui.reports_list.setCurrentRow(names.index("annual-return"))
    assert page.ui.return_notes_button.isVisible()
    assert page.ui.date_edit.text() == "2026-12-31"
    dialog = page.return_notes_dialog()
    assert dialog is not None and len(dialog.rows) == 2
    page.ui.date_edit.setText("not a date")
    assert page.return_notes_dialog() is None
    assert message_boxes.kinds() == ["error"]


def test_member_editor_has_the_cadre_nature_combo(qtbot, services, branch):
    dialog = MemberDialog(services.members, branch.id, None, [])
    qtbot.addWidget(dialog)
    combo = dialog.ui.cadre_nature_combo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["专职", "兼职", "挂职"]
    combo.setCurrentIndex(combo.findData("3"))
    member, _issues = dialog._read_form()
    assert member.cadre_nature == "3"


def test_branch_dialog_sets_industry_and_field(qtbot, services, branch):
    dialog = BranchDialog(services, branch)
    qtbot.addWidget(dialog)
    dialog.ui.industry_combo.setCurrentIndex(dialog.ui.industry_combo.findData("15"))
    assert "乡镇(村)" in dialog.ui.domain_combo.itemText(0)
    dialog.ui.domain_combo.setCurrentIndex(dialog.ui.domain_combo.findData("6"))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    saved = services.branches.get(branch.id)
    assert (saved.industry, saved.field_override, saved.league_domain) == ("15", "6", "6")
