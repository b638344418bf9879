"""ui/i18n.py: separators and brackets follow the UI language (English source, Chinese .qm)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from branchdesk.app import install_translations
from branchdesk.ui import i18n


def test_english_pieces():
    assert i18n.join_names(["A", "B", "C"]) == "A, B, C"
    assert i18n.join_clauses(["one", "two"]) == "one; two"
    assert i18n.bracketed("Moved", "to Jilin") == "Moved (to Jilin)"
    assert i18n.labelled("Date", "bad") == "Date: bad"
    assert i18n.required("Leaving date") == "Leaving date is required"


def test_placeholders_filled_in_one_pass():
    assert i18n.bracketed("50%1 %2", "x") == "50%1 %2 (x)"
    assert i18n.labelled("a %2", "b") == "a %2: b"


@pytest.fixture
def chinese(qapp):
    translators = install_translations(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_chinese_pieces(chinese):
    assert i18n.join_names(["甲", "乙"]) == "甲、乙"
    assert i18n.join_clauses(["甲", "乙"]) == "甲；乙"
    assert i18n.bracketed("升学", "吉林大学") == "升学（吉林大学）"
    assert i18n.labelled("离团日期", "格式不对") == "离团日期：格式不对"
    assert i18n.required("离团日期") == "请填写离团日期"


def _leave_dialog_issue(qtbot, services, branch) -> str:
    from helpers.pipeline import add_member

    from branchdesk.ui.dialogs.lifecycle_dialogs import LeaveDialog

    member_id = add_member(services, branch.id, "张一", 1)
    dialog = LeaveDialog(services, branch.id, [member_id], services.today())
    qtbot.addWidget(dialog)
    dialog.ui.date_edit.clear()
    dialog.refresh_check()
    first = dialog.ui.issues_label.text()
    dialog.ui.date_edit.setText("2026-13-40")
    dialog.refresh_check()
    return first + "|" + dialog.ui.issues_label.text()


def test_date_field_messages_in_chinese_unchanged(qtbot, services, branch, chinese):
    text = _leave_dialog_issue(qtbot, services, branch)
    assert "请填写离团日期" in text
    assert "离团日期：" in text


def test_date_field_messages_in_english(qtbot, services, branch):
    text = _leave_dialog_issue(qtbot, services, branch)
    assert "Leaving date is required" in text
    assert "Leaving date: " in text
