"""Rule profiles: the shipped national and jilin-2021 files, merging, overrides, errors."""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from branchdesk.domain import profiles
from branchdesk.domain.members import MemberRules
from branchdesk.domain.profiles import (
    Frequency,
    Profile,
    ProfileData,
    ProfileError,
    Threshold,
    index_profiles,
    member_rules,
    parse_profile,
    resolve,
)

PROFILE_DIR = Path(__file__).resolve().parents[3] / "resources" / "profiles"
CHINESE = re.compile(r"[\u4e00-\u9fff]")

# rules.md §17, one entry per key; "a / .b" pairs and the two-part quorum rows are spelt out.
SECTION_17_KEYS = {
    "meeting.dahui.per_quarter",
    "meeting.zhiwei.per_month",
    "meeting.xiaozu.per_month",
    "meeting.tuanke.rule",
    "meeting.theme_day.per_month",
    "quorum.dahui.attendance",
    "quorum.pingyi.attendance",
    "quorum.election.attendance",
    "quorum.election.pass",
    "quorum.admission.attendance",
    "quorum.admission.pass",
    "term.years.school",
    "term.years.other",
    "pingyi.excellent_cap",
    "pingyi.recheck_months",
    "zhuce.defer_months",
    "zhuce.max_gap_months",
    "zhuce.lapse_months",
    "fazhan.min_age",
    "fazhan.max_age",
    "fazhan.zhtj_floor",
    "fazhan.talk_days",
    "fazhan.observe_months",
    "fazhan.tuanke_hours",
    "fazhan.introducers",
    "fazhan.volunteer_hours_school",
    "fazhan.record_on_admit",
    "fazhan.ratio.junior_grad",
    "fazhan.ratio.senior_grad",
    "fazhan.ratio.vocational",
    "fazhan.upload_days",
    "tuiyou.share",
    "tuiyou.min_age",
    "tuiyou.min_years",
    "tuiyou.valid_years",
    "transfer.pending_alert_days",
    "transfer.letter_valid_days",
    "transfer.letter_valid_warn_days",
    "transfer.receipt_due_days",
    "transfer.lapse_months",
    "transfer.graduate_rate_target",
    "fee.student",
    "fee.farmer",
    "fee.low_wage_threshold",
    "fee.low_wage_fee",
    "fee.rate",
    "fee.cap",
    "fee.lapse_months",
    "rating.sheet",
    "rating.total_points",
    "rating.bands",
    "rating.min_age_months",
    "rating.top_min_age_months",
    "rating.quota.top_two",
    "rating.quota.five",
    "rating.quota.four",
    "rating.topic_studies_min",
    "rating.daxuexi_floor",
    "daxuexi.issue_threshold",
    "volunteer.target_hours.default",
    "volunteer.target_hours.university",
    "youth_home.activities_per_month",
    "org.social_sector_growth",
    "cadre.training_theory_share",
    "retire.remind_days",
    "stats.age_bands",
}
# Keys the member checks use (domain/members.py MemberRules) beyond the §17 table.
MEMBER_KEYS = {"retire.age", "fazhan.dev_number_required_from"}

JL21_KEYS = {
    "fazhan.ratio.junior_grad",
    "fazhan.ratio.senior_grad",
    "fazhan.tuanke_hours",
    "fazhan.record_on_admit",
    "transfer.graduate_rate_target",
    "volunteer.target_hours.university",
    "youth_home.activities_per_month",
    "org.social_sector_growth",
    "cadre.training_theory_share",
}


def shipped() -> dict[str, ProfileData]:
    return index_profiles(
        parse_profile(path.read_text(encoding="utf-8"))
        for path in sorted(PROFILE_DIR.glob("*.toml"))
    )


@pytest.fixture(scope="module")
def builtin() -> dict[str, ProfileData]:
    return shipped()


@pytest.fixture(scope="module")
def national(builtin: dict[str, ProfileData]) -> Profile:
    return resolve(builtin, "national")


@pytest.fixture(scope="module")
def jilin(builtin: dict[str, ProfileData]) -> Profile:
    return resolve(builtin, "jilin-2021")


def reason(excinfo: pytest.ExceptionInfo[ProfileError]) -> str:
    text = excinfo.value.reason
    assert CHINESE.search(text), text
    assert isinstance(excinfo.value, ValueError)
    return text


# --- the shipped files ------------------------------------------------------------------------


def test_both_shipped_profiles_load(builtin: dict[str, ProfileData]) -> None:
    assert set(builtin) == {"national", "jilin-2021"}
    assert builtin["national"].name == "全国默认"
    assert builtin["national"].parent is None
    assert builtin["jilin-2021"].name == "吉林 2021"
    assert builtin["jilin-2021"].parent == "national"
    for data in builtin.values():
        assert data.version
        assert data.description


def test_resolved_headers(national: Profile, jilin: Profile) -> None:
    assert national.lineage == ("national",)
    assert jilin.lineage == ("national", "jilin-2021")
    assert jilin.key == "jilin-2021"
    assert jilin.parent == "national"
    assert jilin.display_name == f"吉林 2021（版本 {jilin.version}）"
    assert national.display_name.startswith("全国默认")


def test_national_has_every_section_17_key(national: Profile) -> None:
    missing = (SECTION_17_KEYS | MEMBER_KEYS) - set(national.keys())
    assert not missing


def test_every_national_setting_has_label_tag_and_source(national: Profile) -> None:
    for setting in national.settings.values():
        assert CHINESE.search(setting.label), setting.key
        assert profiles.TAG_PATTERN.match(setting.tag), setting.key
        assert setting.source.strip(), setting.key
        assert setting.origin == "national"
        assert setting.kind in profiles.KIND_LABELS
        assert setting.is_set or setting.optional, setting.key


def test_unconfirmed_values_carry_the_check_hint(national: Profile) -> None:
    unconfirmed = [s for s in national.settings.values() if s.unconfirmed]
    assert {s.key for s in unconfirmed} >= {
        "meeting.tuanke.rule",
        "transfer.pending_alert_days",
        "transfer.letter_valid_days",
        "stats.age_bands",
    }
    for setting in unconfirmed:
        assert setting.note.startswith("[U] 请与上级团委核实"), setting.key


def test_national_values(national: Profile) -> None:
    assert national.int_value("meeting.dahui.per_quarter") == 1
    assert national.int_value("meeting.xiaozu.per_month") == 0
    assert national.value("meeting.tuanke.rule") is None
    assert national.fraction("quorum.dahui.attendance") == Threshold(
        ">", Fraction(1, 2), "total_members"
    )
    assert national.fraction("quorum.pingyi.attendance") == Threshold(
        ">", Fraction(2, 3), "expected"
    )
    assert national.fraction("quorum.election.attendance") == Threshold(
        ">", Fraction(4, 5), "expected"
    )
    assert national.fraction("quorum.election.pass").base == "present_voters"
    assert national.fraction("quorum.admission.attendance").fraction == Fraction(1, 2)
    assert national.ratio("pingyi.excellent_cap") == Fraction(3, 10)
    assert national.int_value("fazhan.min_age") == 14
    assert national.int_value("fazhan.max_age") == 28
    assert national.int_value("fazhan.zhtj_floor") == 13
    assert national.int_value("fazhan.zhtj_floor_before") == 12
    assert national.int_value("fazhan.dev_number_required_from") == 2017
    assert national.int_value("fazhan.tuanke_hours") == 8
    assert national.get("fazhan.tuanke_hours").unit == "学时"
    assert national.text_value("fazhan.record_on_admit") == "reminder"
    assert national.ratio("fazhan.ratio.junior_grad") == Fraction(3, 10)
    assert national.ratio("fazhan.ratio.senior_grad") == Fraction(3, 5)
    assert national.ratio("fazhan.ratio.vocational") == Fraction(1, 5)
    assert national.ratio("tuiyou.share") == Fraction(1, 5)
    assert not national.is_set("transfer.graduate_rate_target")
    assert national.decimal_value("fee.student") == Decimal("0.20")
    assert national.decimal_value("fee.farmer") == Decimal("0.20")
    assert national.decimal_value("fee.low_wage_threshold") == 2000
    assert national.decimal_value("fee.low_wage_fee") == 3
    assert national.decimal_value("fee.rate") == Decimal("0.002")
    assert national.decimal_value("fee.cap") == 20
    assert national.text_value("rating.sheet")
    assert national.int_value("rating.total_points") == 100
    assert dict(national.table("rating.bands")) == {"five": 90, "four": 80, "three": 70, "two": 60}
    assert national.ratio("rating.quota.top_two") == Fraction(3, 10)
    assert national.value("rating.quota.five") is None
    assert national.value("rating.quota.four") is None
    assert national.ratio("rating.daxuexi_floor") == Fraction(4, 5)
    assert national.ratio("daxuexi.issue_threshold") == Fraction(4, 5)
    assert national.int_value("volunteer.target_hours.default") == 20
    assert national.int_value("volunteer.target_hours.university") == 20
    for key in (
        "youth_home.activities_per_month",
        "org.social_sector_growth",
        "cadre.training_theory_share",
    ):
        assert national.value(key) is None
    assert national.int_value("retire.age") == 28
    assert national.int_value("retire.remind_days") == 60
    assert national.ranges("stats.age_bands") == ((14, 17), (18, 22), (23, 25), (26, 28))


def test_jilin_file_sets_exactly_the_jl21_keys(builtin: dict[str, ProfileData]) -> None:
    data = builtin["jilin-2021"]
    assert set(data.settings) == JL21_KEYS
    for key, fields in data.settings.items():
        assert fields["tag"] == "[L-JL21]", key
        assert "JL21 §" in str(fields["source"]), key


def test_jilin_overrides_the_jl21_figures(national: Profile, jilin: Profile) -> None:
    assert jilin.ratio("fazhan.ratio.junior_grad") == Fraction(1, 5)
    assert jilin.ratio("fazhan.ratio.senior_grad") == Fraction(1, 2)
    assert jilin.ratio("transfer.graduate_rate_target") == Fraction(19, 20)
    assert jilin.int_value("volunteer.target_hours.university") == 10
    assert jilin.int_value("volunteer.target_hours.default") == 20
    assert jilin.int_value("youth_home.activities_per_month") == 2
    assert jilin.ratio("org.social_sector_growth") == Fraction(1, 10)
    assert jilin.ratio("cadre.training_theory_share") == Fraction(7, 10)
    assert jilin.text_value("fazhan.record_on_admit") == "required"
    # 团前团课: the same 8, labelled in 课时 as the 吉林 text has it.
    hours = jilin.get("fazhan.tuanke_hours")
    assert hours.value == national.value("fazhan.tuanke_hours") == 8
    assert hours.unit == "课时"
    assert "课时" in hours.source
    for key in JL21_KEYS:
        setting = jilin.get(key)
        assert setting.origin == "jilin-2021"
        assert setting.tag == "[L-JL21]"
        assert setting.label == setting.label.strip() != ""
        assert setting != national.get(key)
        assert setting.note != national.get(key).note  # the national note does not leak through


def test_jilin_inherits_everything_else(national: Profile, jilin: Profile) -> None:
    assert set(jilin.keys()) == set(national.keys())
    for key in set(national.keys()) - JL21_KEYS:
        assert jilin.get(key) == national.get(key), key


@pytest.mark.parametrize("key", ["national", "jilin-2021"])
def test_member_rules(builtin: dict[str, ProfileData], key: str) -> None:
    rules = member_rules(resolve(builtin, key))
    assert rules == MemberRules(
        min_join_age=14,
        max_join_age=28,
        leave_age=28,
        retire_remind_days=60,
        dev_number_required_from=2017,
    )


def test_member_rules_follow_overrides(builtin: dict[str, ProfileData]) -> None:
    profile = resolve(
        builtin, "jilin-2021", {"retire.remind_days": 30, "fazhan.dev_number_required_from": 2016}
    )
    rules = member_rules(profile)
    assert rules.retire_remind_days == 30
    assert rules.dev_number_required_from == 2016
    assert rules.min_join_age == 14


# --- user overrides ---------------------------------------------------------------------------


def test_overrides_merge_on_top(builtin: dict[str, ProfileData], jilin: Profile) -> None:
    profile = resolve(
        builtin,
        "jilin-2021",
        {
            "pingyi.excellent_cap": 0.25,
            "fazhan.ratio.junior_grad": 0.15,
            "meeting.tuanke.rule": {"count": 4, "per": "school_year"},
            "rating.quota.five": 0.2,
            "fee.farmer": "0.50",
        },
    )
    cap = profile.get("pingyi.excellent_cap")
    assert cap.value == 0.25
    assert cap.default == 0.30
    assert cap.is_overridden and cap.origin == "user"
    assert cap.tag == jilin.get("pingyi.excellent_cap").tag
    assert profile.ratio("fazhan.ratio.junior_grad") == Fraction(3, 20)
    assert profile.get("fazhan.ratio.junior_grad").default == 0.20
    assert profile.frequency("meeting.tuanke.rule") == Frequency(4, "school_year")
    assert profile.frequency("meeting.tuanke.rule").describe() == "每学年4次"
    assert profile.ratio("rating.quota.five") == Fraction(1, 5)
    assert profile.decimal_value("fee.farmer") == Decimal("0.50")
    # Everything else is untouched, and the built-in profile object is not modified.
    assert profile.get("fazhan.min_age") == jilin.get("fazhan.min_age")
    assert jilin.value("pingyi.excellent_cap") == 0.30
    assert not jilin.get("pingyi.excellent_cap").is_overridden


@pytest.mark.parametrize(
    ("key", "raw", "expected"),
    [
        ("fazhan.min_age", 13, 13),
        ("pingyi.excellent_cap", 1, 1.0),
        ("pingyi.excellent_cap", 0, 0.0),
        ("pingyi.excellent_cap", Fraction(1, 4), 0.25),
        ("fee.student", Decimal("0.3"), Decimal("0.3")),
        ("fee.student", 1, Decimal(1)),
        ("fee.student", 0.5, Decimal("0.5")),
        ("fee.student", " 0.50 ", Decimal("0.50")),
        ("fazhan.record_on_admit", "required", "required"),
        ("rating.sheet", "团委2024评分表", "团委2024评分表"),
        ("transfer.graduate_rate_target", 0.9, 0.9),
        ("rating.quota.five", False, None),
        ("rating.quota.five", None, None),
        (
            "quorum.admission.attendance",
            {"base": "expected", "op": ">", "num": 2, "den": 3},
            Threshold(">", Fraction(2, 3), "expected"),
        ),
        (
            "quorum.admission.attendance",
            Threshold(">=", Fraction(1, 2), "present"),
            Threshold(">=", Fraction(1, 2), "present"),
        ),
        ("meeting.tuanke.rule", Frequency(1, "month"), Frequency(1, "month")),
        ("stats.age_bands", [[14, 18], [19, 28]], ((14, 18), (19, 28))),
        ("stats.age_bands", ((14, 28),), ((14, 28),)),
    ],
)
def test_overrides_of_the_right_type(
    builtin: dict[str, ProfileData], key: str, raw: object, expected: object
) -> None:
    profile = resolve(builtin, "national", {key: raw})
    assert profile.value(key) == expected
    assert type(profile.value(key)) is type(expected)


def test_table_overrides_keep_the_shape(builtin: dict[str, ProfileData]) -> None:
    bands = {"five": 95, "four": 85, "three": 75, "two": 65}
    profile = resolve(builtin, "national", {"rating.bands": bands})
    assert dict(profile.table("rating.bands")) == bands


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("fazhan.min_age", "14"),
        ("fazhan.min_age", 14.0),
        ("fazhan.min_age", True),
        ("fazhan.min_age", -1),
        ("fazhan.min_age", None),
        ("fazhan.min_age", False),
        ("pingyi.excellent_cap", 30),  # a percentage, not a share
        ("pingyi.excellent_cap", "0.3"),
        ("pingyi.excellent_cap", float("nan")),
        ("pingyi.excellent_cap", True),
        ("fee.student", "abc"),
        ("fee.student", "-1"),
        ("fee.student", True),
        ("fee.student", [1]),
        ("fazhan.record_on_admit", "maybe"),
        ("fazhan.record_on_admit", 1),
        ("rating.sheet", "   "),
        ("quorum.dahui.attendance", 0.5),
        ("quorum.dahui.attendance", {"base": "expected", "op": "<", "num": 1, "den": 2}),
        ("quorum.dahui.attendance", {"base": "everyone", "op": ">", "num": 1, "den": 2}),
        ("quorum.dahui.attendance", {"base": "expected", "op": ">", "num": 1, "den": 0}),
        ("quorum.dahui.attendance", {"base": "expected", "op": ">", "num": 3, "den": 2}),
        ("quorum.dahui.attendance", {"base": "expected", "op": ">", "num": True, "den": 2}),
        ("quorum.dahui.attendance", {"base": "expected", "op": ">", "num": 1}),
        ("quorum.dahui.attendance", None),
        ("meeting.tuanke.rule", {"count": 0, "per": "month"}),
        ("meeting.tuanke.rule", {"count": 1, "per": "week"}),
        ("meeting.tuanke.rule", "每月1次"),
        ("rating.bands", {"five": 95, "four": 85, "three": 75}),
        ("rating.bands", {"five": 95, "four": 85, "three": 75, "two": 65, "one": 50}),
        ("rating.bands", {"five": "95", "four": 85, "three": 75, "two": 65}),
        ("rating.bands", [95, 85, 75, 65]),
        ("stats.age_bands", [[14, 20], [18, 28]]),  # overlapping
        ("stats.age_bands", [[20, 14]]),
        ("stats.age_bands", [[14, 17, 20]]),
        ("stats.age_bands", []),
        ("stats.age_bands", "14-28"),
        ("transfer.graduate_rate_target", 95),
    ],
)
def test_overrides_of_the_wrong_type_are_refused(
    builtin: dict[str, ProfileData], key: str, raw: object
) -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(builtin, "national", {key: raw})
    text = reason(caught)
    assert key in text


def test_wrong_type_message_names_the_setting_and_the_type(builtin: dict[str, ProfileData]) -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(builtin, "national", {"pingyi.excellent_cap": 30})
    assert reason(caught) == (
        "设置项“评议“优秀”比例上限”（pingyi.excellent_cap）应为0 到 1 之间的比例"
        "（如 0.30 表示 30%），不能设为 30"
    )


def test_unknown_override_key(builtin: dict[str, ProfileData]) -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(builtin, "national", {"fazhan.min_agee": 14})
    assert reason(caught) == "未知的设置项“fazhan.min_agee”，无法覆盖"


# --- typed access -----------------------------------------------------------------------------


def test_typed_access_errors(national: Profile) -> None:
    with pytest.raises(ProfileError) as caught:
        national.get("no.such.key")
    assert "no.such.key" in reason(caught)
    with pytest.raises(ProfileError) as caught:
        national.int_value("pingyi.excellent_cap")
    assert "pingyi.excellent_cap" in reason(caught)
    with pytest.raises(ProfileError) as caught:
        national.ratio("transfer.graduate_rate_target")
    assert reason(caught).endswith("未设定")
    with pytest.raises(ProfileError):
        national.fraction("fazhan.min_age")
    assert "fazhan.min_age" in national
    assert "nope" not in national
    assert national.number_value("pingyi.excellent_cap") == 0.30
    assert national.number_value("fazhan.min_age") == 14.0


@pytest.mark.parametrize(
    ("threshold", "of", "minimum"),
    [
        (Threshold(">", Fraction(1, 2), "expected"), 10, 6),
        (Threshold(">", Fraction(1, 2), "expected"), 9, 5),
        (Threshold(">", Fraction(2, 3), "expected"), 30, 21),
        (Threshold(">", Fraction(2, 3), "expected"), 31, 21),
        (Threshold(">", Fraction(4, 5), "expected"), 10, 9),
        (Threshold(">=", Fraction(1, 2), "expected"), 10, 5),
        (Threshold(">=", Fraction(2, 3), "expected"), 10, 7),
        (Threshold(">", Fraction(1, 2), "expected"), 0, 1),
    ],
)
def test_threshold_arithmetic(threshold: Threshold, of: int, minimum: int) -> None:
    assert threshold.minimum(of) == minimum
    assert threshold.met(minimum, of)
    assert not threshold.met(minimum - 1, of)


def test_threshold_wording(national: Profile) -> None:
    assert national.fraction("quorum.election.attendance").describe() == "超过应到人数的4/5"
    assert Threshold(">=", Fraction(1, 2), "present").describe() == "不少于实到人数的1/2"


# --- malformed profile text -------------------------------------------------------------------

ROOT = """
[profile]
key = "root"
name = "根"
version = "1"

[a.b]
value = 1
label = "甲"
tag = "[N]"
source = "某文件"
"""


def child(body: str, key: str = "child", parent: str = "root") -> str:
    return f'[profile]\nkey = "{key}"\nname = "子"\nversion = "1"\ninherits = "{parent}"\n{body}'


def build(*texts: str) -> dict[str, ProfileData]:
    return index_profiles(parse_profile(text) for text in texts)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[profile\nkey = 1", "不是有效的 TOML"),
        ('[a.b]\nvalue = 1\nlabel = "甲"\ntag = "[N]"\nsource = "x"', "缺少 [profile]"),
        ('[profile]\nkey = "x"\nversion = "1"', "name"),
        ('[profile]\nkey = "x"\nname = "  "\nversion = "1"', "name"),
        ('[profile]\nkey = "x"\nname = "甲"', "version"),
        ('[profile]\nkey = "x"\nname = "甲"\nversion = 1', "version"),
        ('[profile]\nkey = "National"\nname = "甲"\nversion = "1"', "配置标识"),
        ('[profile]\nkey = "x"\nname = "甲"\nversion = "1"\nparent = "y"', "未知字段"),
        ('[profile]\nkey = "x"\nname = "甲"\nversion = "1"\ninherits = "x"', "不能继承自身"),
        ("stray = 1\n" + ROOT, "不在任何设置项的表中"),
        (ROOT + "stray = 1\n", "设置项“a.b”含有未知字段：stray"),
        (ROOT + '[c]\nvalue = 1\nlable = "乙"\n', "未知字段：lable"),
        (ROOT + '[c]\nvalue = 1\nlabel = "乙"\ntag = "N"\nsource = "x"\n', "tag“N”无效"),
        (ROOT + '[c]\nvalue = 1\nlabel = "乙"\ntag = "[X]"\nsource = "x"\n', "tag“[X]”无效"),
        (ROOT + '[c]\nvalue = 1\nlabel = 2\ntag = "[N]"\nsource = "x"\n', "label 应为文字"),
        (ROOT + '[c]\nvalue = 1\nlabel = "乙"\ntag = "[N]"\nsource = ""\n', "source 不能为空"),
        (ROOT + '[c]\nvalue = 1\ntype = "percent"\n', "type“percent”无效"),
        (ROOT + "[c]\nvalue = 1\noptional = 1\n", "optional"),
        (ROOT + "[c]\nvalue = 1\nchoices = []\n", "choices"),
        (ROOT + "[c.d]\n", "空表"),
    ],
)
def test_malformed_text(text: str, fragment: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(text)
    assert fragment in reason(caught)


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        ('[c]\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n', "设置项“c”缺少 value"),
        ('[c]\nvalue = 1\ntag = "[N]"\nsource = "x"\n', "设置项“c”缺少 label"),
        ('[c]\nvalue = 1\nlabel = "乙"\nsource = "x"\n', "设置项“c”缺少 tag"),
        ('[c]\nvalue = 1\nlabel = "乙"\ntag = "[N]"\n', "设置项“c”缺少 source"),
        (
            '[c]\nvalue = false\noptional = true\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n',
            "须用 type 注明",
        ),
        (
            '[c]\nvalue = true\noptional = true\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n',
            "不能设为 optional",
        ),
        ('[c]\nvalue = 1.5\ntype = "int"\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n', "非负整数"),
        ('[c]\nvalue = 2\ntype = "ratio"\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n', "比例"),
        ('[c]\nvalue = false\ntype = "int"\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n', "必须有值"),
        (
            '[c]\nvalue = "z"\nchoices = ["x", "y"]\nlabel = "乙"\ntag = "[N]"\nsource = "x"\n',
            "只能是以下值之一",
        ),
    ],
)
def test_incomplete_or_invalid_settings(extra: str, fragment: str) -> None:
    profiles_ = build(ROOT + extra)
    with pytest.raises(ProfileError) as caught:
        resolve(profiles_, "root")
    assert fragment in reason(caught)


def test_unknown_profile_and_unknown_parent() -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(build(ROOT), "nowhere")
    assert reason(caught) == "没有名为“nowhere”的规则配置"
    with pytest.raises(ProfileError) as caught:
        resolve(build(ROOT, child("", parent="missing")), "child")
    assert reason(caught) == "配置“child”继承的上级配置“missing”不存在"


def test_inheritance_cycle() -> None:
    texts = [child("", key="a", parent="b"), child("", key="b", parent="c"), child("", "c", "a")]
    with pytest.raises(ProfileError) as caught:
        resolve(build(*texts), "a")
    assert reason(caught) == "规则配置的继承关系出现循环：a → b → c → a"


def test_duplicate_profile_keys() -> None:
    with pytest.raises(ProfileError) as caught:
        build(ROOT, ROOT)
    assert "root" in reason(caught)


def test_index_key_must_match_the_profile_key() -> None:
    with pytest.raises(ProfileError) as caught:
        resolve({"other": parse_profile(ROOT)}, "other")
    assert "root" in reason(caught)


def test_child_changes_a_value_with_its_own_provenance() -> None:
    base = ROOT.replace('source = "某文件"', 'source = "某文件"\nnote = "上级说明"\nunit = "人"')
    text = child('[a.b]\nvalue = 2\ntag = "[L]"\nsource = "地方文件"\n')
    profile = resolve(build(base, text), "child")
    setting = profile.get("a.b")
    assert (setting.value, setting.tag, setting.source, setting.note) == (2, "[L]", "地方文件", "")
    assert (setting.label, setting.unit, setting.origin) == ("甲", "人", "child")


def test_child_must_cite_a_changed_value() -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(build(ROOT, child("[a.b]\nvalue = 2\n")), "child")
    assert "须同时写明 tag、source" in reason(caught)


def test_child_may_relabel_without_changing_the_value() -> None:
    profile = resolve(
        build(ROOT, child('[a.b]\nlabel = "甲（地方叫法）"\nunit = "课时"\n')), "child"
    )
    setting = profile.get("a.b")
    assert (setting.value, setting.label, setting.unit) == (1, "甲（地方叫法）", "课时")
    assert (setting.tag, setting.source, setting.origin) == ("[N]", "某文件", "root")


def test_child_value_is_checked_against_the_parent_type() -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(build(ROOT, child('[a.b]\nvalue = "2"\ntag = "[L]"\nsource = "x"\n')), "child")
    assert "非负整数" in reason(caught)


@pytest.mark.parametrize("extra", ['type = "number"', "optional = true", 'choices = ["x"]'])
def test_child_cannot_redefine_a_setting(extra: str) -> None:
    with pytest.raises(ProfileError) as caught:
        resolve(build(ROOT, child(f"[a.b]\n{extra}\n")), "child")
    assert "不能改变上级配置定义的" in reason(caught)


def test_child_may_add_a_setting() -> None:
    text = child('[x.y]\nvalue = 0.5\ntype = "ratio"\nlabel = "新"\ntag = "[L]"\nsource = "s"\n')
    profile = resolve(build(ROOT, text), "child")
    assert profile.ratio("x.y") == Fraction(1, 2)
    assert profile.int_value("a.b") == 1
    assert resolve(build(ROOT, text), "root").keys() == ("a.b",)


def test_shipped_files_are_utf8_text_with_the_documented_layout() -> None:
    for path in PROFILE_DIR.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#")
        assert "[profile]" in text
        assert path.stem == parse_profile(text).key
