"""RatingService: ledger facts with evidence, the 自评 → 双签字 → 复核 → 定级 workflow, loading a
团委's sheet, 青年大学习 and volunteer hours, and the demo's rating."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import func, select

from branchdesk.domain import rating as rd
from branchdesk.errors import ConflictError, ImportFileError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.demo import DEMO_BRANCH, demo_members, load_demo
from branchdesk.services.rating import ScoreInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Rating, RatingScore, SQLModel, Transfer

TODAY = date(2026, 11, 27)
SHEET = Path(__file__).resolve().parents[3] / "resources" / "rating" / "builtin-2022.json"
MANUAL = ("Z1", "Z2", "F2", "F3")


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    created = services.branches.create(DEMO_BRANCH)
    services.members.create_many(created.id, demo_members(TODAY))
    return created


def manual_scores(view, grade_points: int | None = None) -> list[ScoreInput]:
    """Full points for the rows the ledger cannot score (each with a reason)."""
    entries = []
    for item_id in MANUAL:
        item = view.sheet.indicator(item_id)
        entries.append(ScoreInput(item_id, grade_points or item.points, "按材料自评"))
    return entries


def test_a_new_year_uses_the_profiles_sheet_and_the_ledger(services, branch) -> None:
    view = services.rating.view(branch.id, 2025)
    assert not view.stored and view.state_label == "未开始"
    assert view.sheet.key == "builtin-2022" and not view.sheet.official
    committee = view.row("B1")
    assert committee.auto_points == 800  # 书记, 组织委员, 宣传委员 all on the demo roster
    assert committee.evidence.startswith("在册30人，应配3个职务：书记")
    assert view.row("B2").auto_points == 0  # no 换届 date yet
    assert view.row("B2").evidence == "未填写最近一次换届时间（支部信息）"
    assert view.row("B3").auto_points == 0  # no 支委会 recorded: 12 months × 1 point
    assert view.row("B3").evidence == "应开展12期，达标0期，共记录0次；缺：1月至12月"
    assert view.row("Z3").auto_points is None and view.row("Z3").evidence == "未录入青年大学习期次"
    assert view.row("Z1").auto_points is None  # graded by hand
    assert set(view.assessment.unscored) == {"Z1", "Z2", "Z3", "F1", "F2", "F3"}


def test_overdue_transfers_are_counted(services, branch) -> None:
    with session_scope(services.engine) as session:
        for state, since in (("applied", date(2026, 10, 1)), ("done", date(2026, 9, 1))):
            session.add(
                Transfer(
                    branch_id=branch.id,
                    direction="out",
                    name="转出人",
                    reason="job",
                    applied_on=since,
                    state=state,
                    state_on=since,
                )
            )
        session.add(
            Transfer(
                branch_id=branch.id,
                direction="in",
                name="新近申请",
                reason="job",
                applied_on=date(2026, 11, 25),
                state="out_approved",
                state_on=date(2026, 11, 25),
            )
        )
    row = services.rating.view(branch.id, 2026).row("M4")
    assert row.evidence == "未办结2件，其中超过10天的1件：转出人"
    assert row.auto_points == 300  # 4 − 1 per overdue transfer


def test_a_changed_score_needs_a_reason_and_nothing_is_saved(services, branch) -> None:
    with pytest.raises(ValidationError) as caught:
        services.rating.save(branch.id, 2025, [ScoreInput("B3", 600)])
    assert "“支委会”自评分与台账不同（台账计0分），请填写理由" in caught.value.message
    with pytest.raises(ValidationError, match="只能得8分或0分|应在0到6分之间"):
        services.rating.save(branch.id, 2025, [ScoreInput("B3", 700, "理由")])
    with pytest.raises(ValidationError, match="只能得5、3、2、0分"):
        services.rating.save(branch.id, 2025, [ScoreInput("Z1", 250, "理由")])
    with pytest.raises(ValidationError, match="没有编号为“V9”"):
        services.rating.save(branch.id, 2025, [], vetoed=["V9"])
    with session_scope(services.engine) as session:
        assert session.exec(select(func.count()).select_from(Rating)).one() == 0
    saved = services.rating.save(branch.id, 2025, [ScoreInput("B3", 600, "纸质记录已核对")])
    row = saved.row("B3")
    assert (row.auto_points, row.self_points, row.overridden) == (0, 600, True)
    assert row.override_reason == "纸质记录已核对"
    # entering the ledger's own value again clears the override
    again = services.rating.save(branch.id, 2025, [ScoreInput("B3", 0)])
    assert not again.row("B3").overridden and again.row("B3").self_points == 0


def test_the_whole_workflow(services, branch) -> None:
    rating = services.rating
    services.rating.set_branch_dates(branch.id, date(2018, 3, 1), date(2025, 3, 1))
    view = rating.view(branch.id, 2025)
    with pytest.raises(ValidationError, match="请先保存自评分"):
        rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10))
    entries = manual_scores(view)
    entries += [ScoreInput("Z3", 500, "青年大学习平台截图"), ScoreInput("F1", 600, "志愿汇记录")]
    saved = rating.save(branch.id, 2025, entries, vetoed=[])
    assert not saved.assessment.unscored
    for bad, message in (
        (("王海燕", "", date(2026, 1, 10)), "请填写签字的团员代表"),
        (("王海燕", "王海燕", date(2026, 1, 10)), "团员代表应为书记以外的团员"),
        (("王海燕", "李明", date(2026, 12, 1)), "签字日期不能晚于今天"),
    ):
        with pytest.raises(ValidationError, match=message):
            rating.sign(branch.id, 2025, *bad)
    signed = rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10))
    assert signed.state == "signed" and signed.state_label == "已双签字"
    total = signed.assessment.total
    with pytest.raises(ConflictError, match="不能修改自评分"):
        rating.save(branch.id, 2025, [ScoreInput("Z1", 300, "x")])
    assert rating.reopen(branch.id, 2025).state == "draft"
    rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10))
    with pytest.raises(ConflictError):
        rating.finalise(branch.id, 2025)
    with pytest.raises(ValidationError, match="复核分应在0到5分之间"):
        rating.review(branch.id, 2025, "团委", date(2026, 1, 20), {"Z1": 600})
    reviewed = rating.review(
        branch.id, 2025, "共青团测试委员会", date(2026, 1, 20), {"Z1": 300}, "记录欠规范"
    )
    assert reviewed.state == "reviewed"
    assert reviewed.review is not None and reviewed.review.total == total - 200
    assert reviewed.review_star == reviewed.review.star
    assert reviewed.row("B1").review_points == reviewed.row("B1").self_points  # as 自评
    final = rating.finalise(branch.id, 2025)
    assert final.state == "final" and final.final_star == reviewed.review_star
    history = rating.history(branch.id)
    assert [(h.year, h.state, h.final_star) for h in history] == [
        (2025, "final", reviewed.review_star)
    ]
    # the stored rating keeps its sheet and its evidence: a later meeting changes nothing
    assert rating.view(branch.id, 2025).row("B3").evidence == signed.row("B3").evidence


def test_a_veto_makes_the_branch_weak(services, branch) -> None:
    view = services.rating.view(branch.id, 2025)
    saved = services.rating.save(branch.id, 2025, manual_scores(view), vetoed=["V1"])
    assert saved.vetoed == {"V1"}
    assert saved.assessment.star == rd.Star.WEAK and saved.assessment.vetoes == ("V1",)


def test_a_young_branch_is_not_rated(services, branch) -> None:
    services.rating.set_branch_dates(branch.id, date(2026, 7, 1), None)
    view = services.rating.view(branch.id, 2026)
    assert view.assessment.star == rd.Star.UNRATED
    assert view.assessment.eligibility_note == "支部成立4个月，不足6个月，不参加本年度定级"
    with pytest.raises(ValidationError, match="换届时间不能早于成立时间"):
        services.rating.set_branch_dates(branch.id, date(2026, 7, 1), date(2026, 1, 1))


def committee_sheet(**changes: object) -> str:
    data = json.loads(SHEET.read_text(encoding="utf-8"))
    data.update(
        key="tw-2026",
        name="共青团测试委员会团支部对标定级评分表",
        version="2026",
        issuer="共青团测试委员会",
        official=True,
    )
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


def test_loading_a_committee_sheet(services, branch) -> None:
    bad = json.loads(committee_sheet())
    bad["items"][0]["points"] = 9  # total 101
    bad["items"][1]["type"] = "stars"
    with pytest.raises(ValidationError) as caught:
        services.rating.import_sheet(branch.id, 2026, json.dumps(bad, ensure_ascii=False))
    assert caught.value.message.startswith("评分表有误，未载入：")
    assert "第2项指标（B2）：计分方式 type“stars”未知" in caught.value.message
    with session_scope(services.engine) as session:
        assert session.exec(select(func.count()).select_from(Rating)).one() == 0
    sheet = services.rating.import_sheet(branch.id, 2026, committee_sheet())
    assert sheet.official and sheet.label == (
        "评分标准：共青团测试委员会 共青团测试委员会团支部对标定级评分表（2026）"
    )
    view = services.rating.view(branch.id, 2026)
    assert view.sheet.key == "tw-2026"
    # later years start with the loaded sheet; earlier ones keep the built-in one
    assert services.rating.view(branch.id, 2027).sheet.key == "tw-2026"
    assert services.rating.current_sheet(branch.id).key == "tw-2026"
    assert services.rating.view(branch.id, 2025).sheet.key == "tw-2026"  # not stored: new


def test_a_signed_year_keeps_its_sheet(services, branch) -> None:
    view = services.rating.view(branch.id, 2025)
    services.rating.save(branch.id, 2025, [*manual_scores(view)] + [
        ScoreInput("Z3", 500, "截图"), ScoreInput("F1", 600, "记录")
    ])  # fmt: skip
    services.rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10))
    with pytest.raises(ConflictError, match="不能更换评分表"):
        services.rating.import_sheet(branch.id, 2025, committee_sheet())
    services.rating.import_sheet(branch.id, 2026, committee_sheet())
    assert services.rating.view(branch.id, 2025).sheet.key == "builtin-2022"


def test_youth_study_and_volunteer_hours(services, branch) -> None:
    rating = services.rating
    with pytest.raises(ValidationError, match="参学人数应在0到团员总数之间"):
        rating.add_youth_study(branch.id, date(2026, 3, 2), "第1期", 31, 30)
    rating.add_youth_study(branch.id, date(2026, 3, 2), "第1期", 29, 30)
    low = rating.add_youth_study(branch.id, date(2026, 3, 9), "第2期", 20, 30)
    assert [r.label for r in rating.youth_study(branch.id, 2026)] == ["第1期", "第2期"]
    view = rating.view(branch.id, 2026)
    assert view.row("Z3").auto_points == 250
    assert view.row("Z3").evidence == "录入2期，平均参学率81.7%，低于80%的1期"
    assert "青年大学习有1期参学率低于80%，不能评五星" in [c.reason for c in view.assessment.caps]
    rating.delete_youth_study(branch.id, low.id)
    assert rating.view(branch.id, 2026).row("Z3").auto_points == 500
    people = rating.volunteer_hours(branch.id, 2026)
    assert len(people) == 30 and all(p.hours is None for p in people)
    with pytest.raises(ValidationError, match="时长“1.25”应为0到2000之间"):
        rating.save_volunteer_hours(branch.id, 2026, [(people[0].member_id, "1.25", "")])
    rows = [(p.member_id, "20" if i < 15 else "5.5", "志愿汇") for i, p in enumerate(people)]
    rating.save_volunteer_hours(branch.id, 2026, rows)
    row = rating.view(branch.id, 2026).row("F1")
    assert row.auto_points == 300  # 15 of 30 reached 20 hours
    assert row.evidence == "在册30人，达到20小时的15人，合计382.5小时"
    rating.save_volunteer_hours(branch.id, 2026, [(people[0].member_id, "", "")])
    assert rating.volunteer_hours(branch.id, 2026)[0].hours is None


def test_the_demo_gives_a_plausible_rating_with_evidence(services) -> None:
    started = time.perf_counter()
    branch = load_demo(services)
    last = services.rating.view(branch.id, TODAY.year - 1)
    assert last.state == "final" and last.final_star == rd.Star.FOUR
    assert 9000 <= last.assessment.total <= 10000  # a 五星 score capped by one weak 大学习 week
    assert last.assessment.caps[0].reason.startswith("青年大学习有1期参学率低于80%")
    assert last.row("B3").overridden and "纸质工作手册" in last.row("B3").override_reason
    assert "团员教育评议" not in last.row("M1").evidence
    assert last.row("M1").evidence.startswith("评议已完成")
    assert last.review is not None and last.review.total == last.assessment.total - 100  # Z1 B → C
    current = services.rating.view(branch.id, TODAY.year)
    assert current.row("B2").evidence.endswith("已于2026-09-20到期")
    assert current.next_band.star is not None and current.next_band.sentences()
    with session_scope(services.engine) as session:
        assert session.exec(select(func.count()).select_from(RatingScore)).one() == 18
    assert time.perf_counter() - started < 30


def test_a_sheet_round_trips_through_xlsx_and_json(services, branch, tmp_path: Path) -> None:
    rating = services.rating
    xlsx, text = tmp_path / "sheet.xlsx", tmp_path / "sheet.json"
    rating.export_sheet(branch.id, 2026, xlsx)
    rating.export_sheet(branch.id, 2026, text)
    builtin = rating.builtin_sheet("builtin-2022")
    assert rating.import_sheet_file(branch.id, 2026, text) == builtin
    assert rating.import_sheet_file(branch.id, 2027, xlsx) == builtin
    assert rating.view(branch.id, 2027).stored


def test_xlsx_errors_name_the_excel_row(services, branch, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "sheet.xlsx"
    services.rating.export_sheet(branch.id, 2026, path)
    book = load_workbook(path)
    items = book["指标"]
    items["F3"] = "7"  # 按期换届 6 → 7 points
    items["G4"] = "星级"
    book["评分表信息"]["B1"] = "tw"
    book["评分表信息"]["B5"] = "是"
    book.save(path)
    with pytest.raises(ValidationError) as caught:
        services.rating.import_sheet_file(branch.id, 2026, path)
    message = caught.value.message
    assert "“指标”第4行（B3）：计分方式 type“星级”未知" in message
    with session_scope(services.engine) as session:
        assert session.exec(select(func.count()).select_from(Rating)).one() == 0
    items["G4"] = "扣分"
    book.save(path)
    with pytest.raises(ValidationError, match="各项分值合计101分，与总分100分不符"):
        services.rating.import_sheet_file(branch.id, 2026, path)
    items["F2"] = "7"  # 班子配备 8 → 7: the total is 100 again
    book.save(path)
    sheet = services.rating.import_sheet_file(branch.id, 2026, path)
    assert (sheet.key, sheet.official, sheet.indicator("B2").points) == ("tw", True, 700)
    del book["指标"]
    book.save(path)
    with pytest.raises(ImportFileError, match="缺少工作表“指标”"):
        services.rating.import_sheet_file(branch.id, 2026, path)
    with pytest.raises(ImportFileError, match="找不到文件"):
        services.rating.import_sheet_file(branch.id, 2026, tmp_path / "none.json")


# ---- the 自评星级 set by hand, and the filled sheet back to the 团委 ---------------------------


def scored(services, branch):
    services.rating.set_branch_dates(branch.id, date(2018, 3, 1), date(2025, 3, 1))
    view = services.rating.view(branch.id, 2025)
    entries = manual_scores(view)
    entries += [ScoreInput("Z3", 500, "青年大学习平台截图"), ScoreInput("F1", 600, "志愿汇记录")]
    return services.rating.save(branch.id, 2025, entries, vetoed=[])


def test_a_lower_self_star_needs_only_a_reason(services, branch) -> None:
    services.rating.set_branch_dates(branch.id, date(2018, 3, 1), date(2025, 3, 1))
    view = services.rating.view(branch.id, 2025)
    entries = [ScoreInput(i.id, i.points, "按材料自评") for i in view.sheet.indicators]
    saved = services.rating.save(branch.id, 2025, entries, vetoed=[])
    computed = saved.assessment.star
    assert computed not in (rd.Star.WEAK, rd.Star.UNRATED)
    lower = rd.STAR_ORDER[rd.STAR_ORDER.index(computed) + 1]
    with pytest.raises(ValidationError, match="自评星级与计算结果不同，请填写理由"):
        services.rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10), star=lower)
    assert services.rating.view(branch.id, 2025).state == "draft"
    signed = services.rating.sign(
        branch.id, 2025, "王海燕", "李明", date(2026, 1, 10), star=lower, star_reason="从严自评"
    )
    assert signed.self_star == lower and signed.self_star_reason == "从严自评"
    assert signed.assessment.star == computed


def test_a_higher_self_star_is_refused_with_the_rule(services, branch) -> None:
    saved = scored(services, branch)
    computed = saved.assessment.star
    assert computed != rd.Star.FIVE
    with pytest.raises(ValidationError) as caught:
        services.rating.sign(
            branch.id, 2025, "王海燕", "李明", date(2026, 1, 10), star="five", star_reason="很好"
        )
    message = caught.value.message
    assert message.startswith(f"自评星级不能高于计算结果“{rd.STAR_LABELS[computed]}”：")
    assert "五星级须达到90分" in message  # the band the total misses
    assert services.rating.view(branch.id, 2025).state == "draft"


def test_check_self_star_names_vetoes_caps_and_eligibility(services, branch) -> None:
    view = services.rating.view(branch.id, 2025)
    rules = view.rules
    assert rules is not None and view.conditions is not None
    full = {i.id: i.points for i in view.sheet.indicators}
    vetoed = rd.assess(view.sheet, full, ["V1"], view.conditions, rules)
    assert vetoed.star == rd.Star.WEAK
    refused = rd.check_self_star("three", vetoed, rules)
    assert refused is not None and "有1项一票否决" in refused and "须达到" not in refused
    young = rd.Conditions(date(2026, 1, 1), date(2026, 12, 31), 0, 0)
    capped = rd.assess(view.sheet, full, [], young, rules)
    assert capped.star == rd.Star.THREE and capped.band == rd.Star.FIVE
    refused = rd.check_self_star("four", capped, rules)
    assert refused is not None and "不能评四星、五星" in refused
    assert rd.check_self_star("backward", capped, rules) is None  # lower: allowed
    assert "不能自评为“不参加定级”" in (rd.check_self_star("unrated", capped, rules) or "")
    baby = rd.assess(view.sheet, full, [], rd.Conditions(date(2026, 10, 1), TODAY, 0, 0), rules)
    assert baby.star == rd.Star.UNRATED
    assert "只能是“不参加定级”" in (rd.check_self_star("three", baby, rules) or "")
    assert rd.check_self_star("seven", capped, rules) == "未知的星级“seven”"


def test_the_filled_sheet_exports_as_xlsx_and_json(services, branch, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    scored(services, branch)
    services.rating.sign(branch.id, 2025, "王海燕", "李明", date(2026, 1, 10))
    services.rating.review(branch.id, 2025, "共青团测试委员会", date(2026, 1, 20), {"Z1": 300})
    view = services.rating.view(branch.id, 2025)
    out = tmp_path / "filled.json"
    services.rating.export_filled(branch.id, 2025, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "branchdesk-rating-filled" and data["year"] == 2025
    assert data["branch"] == branch.name and data["state"] == "已复核"
    assert data["secretary"] == "王海燕" and data["signed_on"] == "2026-01-10"
    rows = {row["id"]: row for row in data["rows"]}
    assert len(rows) == len(view.sheet.indicators)
    z1 = rows["Z1"]
    assert (z1["self_points"], z1["review_points"], z1["reason"]) == (5, 3, "按材料自评")
    assert rows["B1"]["basis"].endswith(view.row("B1").evidence)
    assert data["self_total"] * 100 == view.assessment.total
    assert data["vetoes_answered_yes"] == [] and data["self_star"] == view.assessment.star_label

    book = tmp_path / "filled.xlsx"
    services.rating.export_filled(branch.id, 2025, book)
    workbook = load_workbook(book)
    items = workbook["自评表"]
    header = [c.value for c in items[1]]
    assert header[5:] == ["分值", "评分依据", "台账得分", "自评分", "自评分说明", "复核分"]
    by_id = {r[0]: r for r in items.iter_rows(min_row=2, values_only=True)}
    assert by_id["Z1"][8:] == (5, "按材料自评", 3)
    assert by_id["合计"][5] == 100 and by_id["合计"][8] * 100 == view.assessment.total
    info = dict(workbook["自评信息"].iter_rows(values_only=True))
    assert info["团支部书记（签字）"] == "王海燕" and info["一票否决"] == "无"
    assert [r[2] for r in workbook["一票否决"].iter_rows(min_row=2, values_only=True)][0] == "否"
    with pytest.raises(ValidationError, match=r"只能导出为 \.xlsx 或 \.json"):
        services.rating.export_filled(branch.id, 2025, tmp_path / "filled.csv")
