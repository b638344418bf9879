"""The 对标定级 page: rate a year from the ledger, change a score with a reason, sign, record the
团委's review and the final star, print; load a 团委 sheet; 青年大学习 and volunteer hours."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from helpers.qt_input import type_text
from PySide6.QtWidgets import QAbstractItemView

from branchdesk.ui.dialogs import pdf_preview_dialog
from branchdesk.ui.rating_page import C_AUTO, C_REASON, C_REVIEW, C_SELF, RatingPage

TODAY = date(2026, 11, 27)  # as the services fixture


MANUAL = {"Z1": "3", "Z2": "5", "Z3": "5", "F1": "6", "F2": "4", "F3": "3"}


def row_of(page: RatingPage, item_id: str) -> int:
    assert page._view is not None
    return next(i for i, r in enumerate(page._view.rows) if r.item.id == item_id)


def test_rating_a_year_from_start_to_final(
    qtbot, services, demo_branch, message_boxes, monkeypatch
):
    page = RatingPage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.ui.year_spin.setValue(2025)
    table = page.ui.score_table
    assert table.rowCount() == 17
    assert "非官方" in page.ui.sheet_label.text()
    b3 = row_of(page, "B3")
    assert table.item(b3, C_AUTO).text() == "0"  # no 支委会 recorded
    # changing a ledger score asks for the reason at once
    table.item(b3, C_SELF).setText("6")
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    assert table.currentColumn() == C_REASON and table.currentRow() == b3
    table.setCurrentCell(0, 0)  # leave the editor (nothing typed)
    for item_id, value in MANUAL.items():
        table.item(row_of(page, item_id), C_SELF).setText(value)
    assert "尚未" not in page.ui.result_label.text()
    # no reason for 支委会 yet: refused, nothing stored
    assert not page.save()
    assert message_boxes.kinds() == ["error"]
    assert "“支委会”自评分与台账不同" in message_boxes.calls[0][2]
    assert not services.rating.view(demo_branch.id, 2025).stored
    table.item(b3, C_REASON).setText("纸质记录已核对")
    for item_id in MANUAL:
        table.item(row_of(page, item_id), C_REASON).setText("按材料自评")
    assert page.save()
    stored = services.rating.view(demo_branch.id, 2025)
    assert stored.row("B3").self_points == 600 and stored.row("B3").override_reason
    total = stored.assessment.total
    assert str(total // 100) in page.ui.result_label.text()
    # 双签字
    page.ui.rep_edit.clear()
    type_text(page.ui.rep_edit, "李明")
    page.sign()
    assert message_boxes.calls[1:] == []
    assert page.ui.state_label.text() == "(已双签字)"
    assert not page.ui.save_button.isEnabled() and page.ui.review_button.isEnabled()
    # the 团委's 复核: one row marked down
    z1 = row_of(page, "Z1")
    table.item(z1, C_REVIEW).setText("2")
    page.ui.reviewer_edit.clear()
    type_text(page.ui.reviewer_edit, "共青团测试委员会")
    page.ui.remarks_edit.setPlainText("会议记录欠规范")
    page.review()
    reviewed = services.rating.view(demo_branch.id, 2025)
    assert reviewed.state == "reviewed" and reviewed.review is not None
    assert reviewed.review.total == total - 100
    assert page.ui.finalise_button.isEnabled()
    page.finalise()
    assert services.rating.view(demo_branch.id, 2025).final_star == reviewed.review_star
    assert page.ui.history_table.rowCount() == 1
    assert page.ui.history_table.item(0, 1).text() == "已定级"
    # print preview of the form
    shown: list[str] = []
    monkeypatch.setattr(
        pdf_preview_dialog.PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, path, warnings=(): shown.append(title)),
    )
    page.preview()
    assert shown == ["长春示范汽车零部件有限公司团支部2025年度“对标定级”自评表"]
    assert [k for k in message_boxes.kinds() if k == "error"] == ["error"]


def test_vetoes_and_the_next_band_update_live(qtbot, services, demo_branch):
    page = RatingPage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    page.ui.year_spin.setValue(2026)
    assert "距" in page.ui.next_label.text()
    box = page._veto_boxes["V1"]
    box.setChecked(True)
    assert "软弱涣散" in page.ui.result_label.text()
    assert "有一票否决项" in page.ui.next_label.text()
    box.setChecked(False)
    page.ui.score_table.item(row_of(page, "Z1"), C_SELF).setText("x")
    assert "x" not in page.ui.result_label.text() or "会议记录规范" in page.ui.result_label.text()


def test_loading_a_committee_sheet(qtbot, services, demo_branch, message_boxes, tmp_path: Path):
    page = RatingPage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "branchdesk-rating-sheet"}', encoding="utf-8")
    page.load_sheet(str(bad))
    assert message_boxes.kinds() == ["error"] and "评分表有误" in message_boxes.calls[0][2]
    root = Path(__file__).resolve().parents[2]
    data = json.loads((root / "resources" / "rating" / "builtin-2022.json").read_text("utf-8"))
    data.update(key="tw", name="共青团测试委员会评分表", issuer="共青团测试委员会", official=True)
    good = tmp_path / "good.json"
    good.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page.load_sheet(str(good))
    assert message_boxes.kinds() == ["error", "info"]
    assert "共青团测试委员会评分表" in page.ui.sheet_label.text()
    assert "非官方" not in page.ui.sheet_label.text()


def test_youth_study_and_volunteer_entry(qtbot, services, demo_branch, message_boxes):
    page = RatingPage(services, demo_branch.id, today=TODAY)
    qtbot.addWidget(page)
    page.ui.year_spin.setValue(2026)
    ui = page.ui
    assert ui.volunteer_table.rowCount() == 30 and ui.youth_members_spin.value() == 30
    ui.youth_date_edit.setText("2026-03-02")
    type_text(ui.youth_label_edit, "2026年第1期")
    ui.youth_participants_spin.setValue(27)
    page.add_youth_study()
    assert ui.youth_table.rowCount() == 1 and ui.youth_table.item(0, 3).text() == "90.0%"
    assert page._view is not None and page._view.row("Z3").auto_points == 500
    ui.youth_participants_spin.setValue(31)
    ui.youth_date_edit.setText("2026-03-09")
    page.add_youth_study()
    assert message_boxes.kinds() == ["error"] and ui.youth_table.rowCount() == 1
    ui.youth_table.selectRow(0)
    page.delete_youth_study()
    assert ui.youth_table.rowCount() == 0
    for row in range(30):
        ui.volunteer_table.item(row, 1).setText("25")
    page.save_volunteer_hours()
    assert page._view is not None and page._view.row("F1").auto_points == 600
    ui.volunteer_table.item(0, 1).setText("abc")
    page.save_volunteer_hours()
    assert message_boxes.kinds() == ["error", "error"]
