"""The 对标定级 page: the 自评星级 set by hand (lower with a reason, higher refused with the rule's
reason, live and on signing) and the filled sheet exported back for the 团委."""

from __future__ import annotations

import json
from datetime import date

from helpers.qt_input import type_text

from branchdesk.domain import rating as rd
from branchdesk.ui.rating_page import C_REASON, C_SELF, RatingPage

TODAY = date(2026, 11, 27)  # as the services fixture


def scored_page(qtbot, services, branch_id: int) -> RatingPage:
    page = RatingPage(services, branch_id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.ui.year_spin.setValue(2025)
    table = page.ui.score_table
    assert page._view is not None
    for row, line in enumerate(page._view.rows):  # full points, each with its reason
        table.item(row, C_SELF).setText(rd.points_text(line.item.points))
        table.item(row, C_REASON).setText("按材料自评")
    table.setCurrentCell(0, 0)
    assert page.save()
    page.ui.rep_edit.clear()
    type_text(page.ui.rep_edit, "李明")
    return page


def choose(page: RatingPage, star: str) -> None:
    page.ui.self_star_combo.setCurrentIndex(page.ui.self_star_combo.findData(star))


def test_a_higher_star_is_refused_and_a_lower_one_needs_a_reason(
    qtbot, services, demo_branch, message_boxes
):
    page = scored_page(qtbot, services, demo_branch.id)
    computed = services.rating.view(demo_branch.id, 2025).assessment
    assert computed.star == rd.Star.THREE and computed.band == rd.Star.FIVE  # capped
    assert page.ui.self_star_combo.currentData() == "" and page.ui.self_star_combo.isEnabled()
    assert page.ui.self_star_hint_label.text() == ""
    # higher: the page says why at once, and signing is refused with the same reason
    choose(page, rd.Star.FOUR)
    hint = page.ui.self_star_hint_label.text()
    assert (
        "自评星级不能高于计算结果“三星级”" in hint
        and "专题学习0次，不足4次，不能评四星、五星" in hint
    )
    page.sign()
    assert message_boxes.kinds() == ["error"]
    assert "自评星级不能高于计算结果“三星级”" in message_boxes.calls[0][2]
    assert services.rating.view(demo_branch.id, 2025).state == "draft"
    # lower without a reason: the hint asks for one, signing refuses
    choose(page, rd.Star.BACKWARD)
    assert "give the reason" in page.ui.self_star_hint_label.text()
    page.sign()
    assert message_boxes.kinds() == ["error", "error"]
    assert "请填写理由" in message_boxes.calls[1][2]
    # with the reason it is signed; the page shows it back, read-only
    assert page.ui.self_star_combo.currentData() == rd.Star.BACKWARD  # kept after the refusal
    assert page.ui.rep_edit.text() == "李明"
    type_text(page.ui.self_star_reason_edit, "团员参与度不足，从严自评")
    assert page.ui.self_star_hint_label.text() == ""
    page.sign()
    assert message_boxes.kinds() == ["error", "error"]
    signed = services.rating.view(demo_branch.id, 2025)
    assert signed.state == "signed" and signed.self_star == rd.Star.BACKWARD
    assert signed.self_star_reason == "团员参与度不足，从严自评"
    assert page.ui.self_star_combo.currentData() == rd.Star.BACKWARD
    assert not page.ui.self_star_combo.isEnabled() and page.ui.self_star_reason_edit.isReadOnly()


def test_exporting_the_filled_sheet_from_the_page(
    qtbot, services, demo_branch, message_boxes, tmp_path
):
    page = scored_page(qtbot, services, demo_branch.id)
    page.sign()
    out = tmp_path / "自评表.json"
    page.export_filled(str(out))
    assert message_boxes.kinds() == ["info"]
    assert str(out) in message_boxes.calls[0][2]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["state"] == "已双签字" and data["representative"] == "李明"
    assert {row["id"]: row["self_points"] for row in data["rows"]}["F1"] == 6  # full points
    book = tmp_path / "自评表.xlsx"
    page.export_filled(str(book))
    assert book.is_file() and message_boxes.kinds() == ["info", "info"]
    page.export_filled(str(tmp_path / "x.csv"))
    assert message_boxes.kinds()[-1] == "error"
    assert "只能导出为 .xlsx 或 .json" in message_boxes.calls[-1][2]
