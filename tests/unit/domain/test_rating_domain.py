"""对标定级 scoring (domain.rating): sheets, row scores, bands, vetoes, caps, eligibility."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from branchdesk.domain import rating as rd
from branchdesk.domain.profiles import index_profiles, parse_profile, resolve

ROOT = Path(__file__).resolve().parents[3]
SHEET_DIR = ROOT / "resources" / "rating"
PROFILES = index_profiles(
    parse_profile(p.read_text(encoding="utf-8"))
    for p in sorted((ROOT / "resources" / "profiles").glob("*.toml"))
)
RULES = {key: rd.rating_rules(resolve(PROFILES, key)) for key in ("national", "jilin-2021")}
OLD = rd.Conditions(
    founded_on=date(2020, 1, 1), cutoff=date(2025, 12, 31), topic_studies=6, daxuexi_low_issues=0
)


def builtin() -> rd.Sheet:
    return rd.parse_sheet((SHEET_DIR / "builtin-2022.json").read_text(encoding="utf-8"))


def sheet_data(**changes: object) -> dict[str, object]:
    """A small valid sheet: one free 100-point row (any total can be scored) and one veto."""
    data: dict[str, object] = {
        "format": rd.SHEET_FORMAT,
        "format_version": 1,
        "key": "test-sheet",
        "name": "测试评分表",
        "version": "1",
        "issuer": "共青团测试委员会",
        "official": True,
        "total": 100,
        "dimensions": ["支部班子好", "团员管理好"],
        "items": [
            {"id": "A", "dimension": "支部班子好", "name": "甲", "requirement": "要求甲",
             "points": 60, "type": "free"},
            {"id": "B", "dimension": "团员管理好", "name": "乙", "requirement": "要求乙",
             "points": 40, "type": "free"},
        ],
        "vetoes": [{"id": "V1", "text": "未开展必学专题"}],
    }  # fmt: skip
    data.update(changes)
    return data


def small() -> rd.Sheet:
    return rd.parse_sheet(json.dumps(sheet_data()))


def assess_total(total: int, rules: rd.RatingRules, **kw: object) -> rd.Assessment:
    a = min(total, 6000)
    scores = {"A": a, "B": total - a}
    vetoed = kw.pop("vetoed", ())
    conditions = kw.pop("conditions", OLD)
    assert isinstance(conditions, rd.Conditions)
    return rd.assess(small(), scores, list(vetoed), conditions, rules)  # type: ignore[arg-type]


# --- the shipped sheet --------------------------------------------------------------------------


def test_builtin_sheet_is_labelled_and_adds_up() -> None:
    sheet = builtin()
    assert sheet.key == "builtin-2022"
    assert not sheet.official
    assert "非官方" in sheet.name and "非官方" in sheet.label
    assert sheet.total == 10000 == sum(i.points for i in sheet.indicators)
    assert sheet.dimensions == (
        "支部班子好",
        "团员管理好",
        "活动开展好",
        "制度落实好",
        "作用发挥好",
    )
    assert [len(items) for _d, items in sheet.by_dimension()] == [3, 4, 4, 3, 3]
    assert [v.id for v in sheet.vetoes] == ["V1"]


def test_every_profile_names_a_shipped_sheet() -> None:
    for key in ("national", "jilin-2021"):
        name = resolve(PROFILES, key).text_value("rating.sheet")
        assert (SHEET_DIR / f"{name}.json").is_file()


def test_sheet_json_round_trips() -> None:
    sheet = builtin()
    assert rd.parse_sheet(rd.sheet_json(sheet)) == sheet


# --- validation --------------------------------------------------------------------------------


def problems(**changes: object) -> tuple[str, ...]:
    with pytest.raises(rd.SheetError) as caught:
        rd.parse_sheet(json.dumps(sheet_data(**changes)))
    return caught.value.problems


def test_points_must_add_up_to_the_total() -> None:
    found = problems(total=90)
    assert found == ("各项分值合计100分，与总分90分不符（相差10分）",)


def test_the_profile_total_is_used_when_the_file_has_none() -> None:
    data = sheet_data()
    del data["total"]
    assert rd.parse_sheet(json.dumps(data), total_points=10000).total == 10000
    with pytest.raises(rd.SheetError, match="与总分80分不符"):
        rd.parse_sheet(json.dumps(data), total_points=8000)


def test_row_level_messages() -> None:
    items = [
        {"id": "A", "dimension": "支部班子好", "name": "甲", "requirement": "x", "points": 50,
         "type": "magic"},
        {"id": "A", "dimension": "不存在", "name": "乙", "requirement": "y", "points": "1.234",
         "type": "free"},
        {"id": "C", "dimension": "团员管理好", "name": "丙", "requirement": "z", "points": 10,
         "type": "ledger"},
        {"id": "D", "dimension": "团员管理好", "name": "丁", "requirement": "z", "points": 10,
         "type": "deduct", "source": "nowhere"},
    ]  # fmt: skip
    found = problems(items=items)
    assert (
        "第1项指标（A）：计分方式 type“magic”未知（可用：ledger、yesno、grade、deduct、free）"
        in found
    )
    assert "第2项指标（A）：一级指标“不存在”不在 dimensions 中" in found
    assert "第2项指标（A）：分值 points“1.234”最多保留两位小数" in found
    assert "第3项指标（C）：按台账计分（ledger）的指标须写明台账来源 source" in found
    assert "第4项指标（D）：每次扣分 per应为数字" in found
    assert "第4项指标（D）：台账来源 source“nowhere”未知" in found


def test_duplicate_ids_and_format() -> None:
    items = sheet_data()["items"]
    assert isinstance(items, list)
    assert "编号“A”重复" in problems(items=[items[0], dict(items[1], id="A")])
    found = problems(format="something", format_version=2)
    assert any("不是 branchdesk 评分表文件" in p for p in found)
    assert any("不支持的格式版本" in p for p in found)
    with pytest.raises(rd.SheetError, match="不是有效的 JSON"):
        rd.parse_sheet("{not json")


def test_an_empty_dimension_is_refused() -> None:
    found = problems(dimensions=["支部班子好", "团员管理好", "作用发挥好"])
    assert "一级指标“作用发挥好”下没有任何指标" in found


# --- row scores ---------------------------------------------------------------------------------


def item(kind: str, points: int = 800, per: int = 0, source: str = "committee") -> rd.Indicator:
    return rd.Indicator("X", "d", "项", "要求", "标准", points, kind, source, per)


def fact(achieved: Fraction | None, shortfall: int = 0) -> rd.Fact:
    return rd.Fact("committee", achieved, shortfall, "依据")


def test_auto_points_by_type() -> None:
    two_thirds = Fraction(2, 3)
    assert rd.auto_points(item("ledger"), fact(two_thirds)) == 533  # 5.33
    assert rd.auto_points(item("ledger"), fact(Fraction(1))) == 800
    assert rd.auto_points(item("yesno"), fact(two_thirds)) == 0
    assert rd.auto_points(item("yesno"), fact(Fraction(1))) == 800
    assert rd.auto_points(item("grade"), fact(two_thirds)) == 480  # B = 60%
    assert rd.auto_points(item("grade"), fact(Fraction(2, 5))) == 320  # C
    assert rd.auto_points(item("grade"), fact(Fraction(1, 5))) == 0  # D
    assert rd.auto_points(item("deduct", 600, 150), fact(Fraction(1, 2), shortfall=2)) == 300
    assert rd.auto_points(item("deduct", 600, 150), fact(Fraction(0), shortfall=7)) == 0  # floor
    assert rd.auto_points(item("ledger"), fact(None)) is None  # nothing recorded
    assert rd.auto_points(item("ledger"), None) is None


def test_check_score() -> None:
    assert rd.check_score(item("free"), 800) is None
    assert rd.check_score(item("free"), 801) == "“项”的得分应在0到8分之间"
    assert rd.check_score(item("yesno"), 400) == "“项”为是否项，只能得8分或0分"
    assert rd.check_score(item("grade", 500), 300) is None  # B of 5
    assert rd.check_score(item("grade", 500), 250) == "“项”按A/B/C/D档计分，只能得5、3、2、0分"


def test_points_text_and_parsing() -> None:
    assert [rd.points_text(v) for v in (8999, 8950, 9000, 5, None)] == [
        "89.99",
        "89.5",
        "90",
        "0.05",
        "",
    ]
    assert rd.parse_points(" 7.5 ") == 750
    for bad in ("abc", "-1", "1.001"):
        with pytest.raises(ValueError):
            rd.parse_points(bad)


# --- bands, vetoes, caps, eligibility -----------------------------------------------------------


@pytest.mark.parametrize("profile", ["national", "jilin-2021"])
@pytest.mark.parametrize(
    ("total", "star"),
    [
        (5950, rd.Star.WEAK),
        (5999, rd.Star.WEAK),
        (6000, rd.Star.BACKWARD),
        (6999, rd.Star.BACKWARD),
        (7000, rd.Star.THREE),
        (7999, rd.Star.THREE),
        (8000, rd.Star.FOUR),
        (8999, rd.Star.FOUR),
        (9000, rd.Star.FIVE),
        (10000, rd.Star.FIVE),
        (0, rd.Star.WEAK),
    ],
)
def test_band_edges(profile: str, total: int, star: str) -> None:
    result = assess_total(total, RULES[profile])
    assert (result.total, result.band, result.star) == (total, star, star)


def test_any_veto_makes_it_weak_whatever_the_score() -> None:
    result = assess_total(10000, RULES["national"], vetoed=["V1"])
    assert (result.band, result.star, result.vetoes) == (rd.Star.FIVE, rd.Star.WEAK, ("V1",))
    assert result.star_label == "软弱涣散"
    # an id that is not a veto item of the sheet is ignored
    assert assess_total(10000, RULES["national"], vetoed=["A"]).star == rd.Star.FIVE


def test_a_young_branch_is_capped_at_three_stars() -> None:
    rules = RULES["national"]
    young = rd.Conditions(date(2025, 3, 1), date(2025, 12, 31), 6, 0)  # 9 months
    result = assess_total(9500, rules, conditions=young)
    assert result.eligible and result.star == rd.Star.THREE
    assert result.caps[0].reason == "支部成立9个月，不足12个月，不能评四星、五星"
    exactly = rd.Conditions(date(2024, 12, 31), date(2025, 12, 31), 6, 0)  # 12 months
    assert assess_total(9500, rules, conditions=exactly).star == rd.Star.FIVE
    # a cap never raises: a low score stays low
    assert assess_total(6500, rules, conditions=young).star == rd.Star.BACKWARD


def test_too_young_is_not_rated() -> None:
    rules = RULES["national"]
    infant = rd.Conditions(date(2025, 7, 1), date(2025, 12, 31), 6, 0)  # 5 months
    result = assess_total(9500, rules, conditions=infant)
    assert (result.eligible, result.star) == (False, rd.Star.UNRATED)
    assert result.eligibility_note == "支部成立5个月，不足6个月，不参加本年度定级"
    six = rd.Conditions(date(2025, 6, 30), date(2025, 12, 31), 6, 0)
    assert assess_total(9500, rules, conditions=six).eligible
    unknown = rd.Conditions(None, date(2025, 12, 31), 6, 0)
    assert assess_total(9500, rules, conditions=unknown).star == rd.Star.FIVE


def test_topic_studies_and_daxuexi_caps() -> None:
    rules = RULES["national"]
    few = rd.Conditions(date(2020, 1, 1), date(2025, 12, 31), 3, 0)
    assert assess_total(9500, rules, conditions=few).star == rd.Star.THREE
    low = rd.Conditions(date(2020, 1, 1), date(2025, 12, 31), 4, 2)
    result = assess_total(9500, rules, conditions=low)
    assert result.star == rd.Star.FOUR
    assert result.caps[0].reason == "青年大学习有2期参学率低于80%，不能评五星"
    assert assess_total(8500, rules, conditions=low).star == rd.Star.FOUR


def test_unscored_rows_count_nothing() -> None:
    result = rd.assess(small(), {"A": 6000, "B": None}, [], OLD, RULES["national"])
    assert (result.total, result.unscored, result.scored) == (6000, ("B",), 1)


def test_next_band() -> None:
    rules = RULES["national"]
    sheet = small()
    scores = {"A": 5000, "B": 3000}
    result = rd.assess(sheet, scores, [], OLD, rules)
    nxt = rd.next_band(sheet, scores, result, rules)
    assert (nxt.star, nxt.points_needed) == (rd.Star.FIVE, 1000)
    assert [(g.item_id, g.gap) for g in nxt.gaps] == [("A", 1000), ("B", 1000)]
    assert nxt.sentences()[0] == "距五星级还差10分"
    young = rd.Conditions(date(2025, 3, 1), date(2025, 12, 31), 6, 0)
    capped = rd.assess(sheet, {"A": 6000, "B": 3500}, [], young, rules)
    blocked = rd.next_band(sheet, {"A": 6000, "B": 3500}, capped, rules)
    assert blocked.star == rd.Star.FOUR and blocked.points_needed == 0
    assert blocked.blockers == ("支部成立9个月，不足12个月，不能评四星、五星",)
    top = rd.assess(sheet, {"A": 6000, "B": 4000}, [], OLD, rules)
    assert rd.next_band(sheet, {"A": 6000, "B": 4000}, top, rules).star is None
