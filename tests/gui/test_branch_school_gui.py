"""Branch details: 学段 and number of students are asked only of a school branch."""

from __future__ import annotations

from helpers.pipeline import add_member
from PySide6.QtWidgets import QDialogButtonBox

from branchdesk.ui.dialogs.branch_dialog import BranchDialog


def _rows_visible(dialog: BranchDialog) -> tuple[bool, bool]:
    form = dialog.ui.form_layout
    return (
        form.isRowVisible(dialog.ui.school_stage_combo),
        form.isRowVisible(dialog.ui.student_count_spin),
    )


def _choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def _save(dialog: BranchDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def test_school_rows_follow_the_kind(qtbot, services, branch):
    dialog = BranchDialog(services, branch)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.ui.kind_combo, "enterprise")
    assert _rows_visible(dialog) == (False, False)
    _choose(dialog.ui.kind_combo, "school")
    assert _rows_visible(dialog) == (True, True)
    stages = dialog.ui.school_stage_combo
    assert [stages.itemData(i) for i in range(stages.count())] == [
        None,
        "junior",
        "senior",
        "vocational",
    ]


def test_school_fields_saved_and_shown_again(qtbot, services, branch):
    dialog = BranchDialog(services, branch)
    qtbot.addWidget(dialog)
    _choose(dialog.ui.kind_combo, "school")
    _choose(dialog.ui.school_stage_combo, "senior")
    dialog.ui.student_count_spin.setValue(45)
    _save(dialog)
    assert dialog.result() == BranchDialog.DialogCode.Accepted
    saved = services.branches.get(branch.id)
    assert (saved.kind, saved.school_stage, saved.student_count) == ("school", "senior", 45)

    again = BranchDialog(services, saved)
    qtbot.addWidget(again)
    again.show()
    assert again.ui.school_stage_combo.currentData() == "senior"
    assert again.ui.student_count_spin.value() == 45
    assert _rows_visible(again) == (True, True)
    # switching to another kind drops them
    _choose(again.ui.kind_combo, "other")
    _save(again)
    saved = services.branches.get(branch.id)
    assert (saved.school_stage, saved.student_count) == (None, None)


def test_too_few_students_refused_in_the_dialog(qtbot, services, branch):
    for number, name in enumerate(("张一", "李二"), start=1):
        add_member(services, branch.id, name, number)
    dialog = BranchDialog(services, branch)
    qtbot.addWidget(dialog)
    _choose(dialog.ui.kind_combo, "school")
    dialog.ui.student_count_spin.setValue(1)
    _save(dialog)
    assert dialog.result() != BranchDialog.DialogCode.Accepted
    assert "少于本支部在册团员人数（2人）" in dialog.ui.error_label.text()
    assert services.branches.get(branch.id).student_count is None
    dialog.ui.student_count_spin.setValue(0)  # shown as "(not set)"
    assert dialog.ui.student_count_spin.text() == "(not set)"
    _save(dialog)
    saved = services.branches.get(branch.id)
    assert (saved.kind, saved.student_count) == ("school", None)
