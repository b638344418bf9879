"""The member record: normalising, validation, join ages, 团员发展编号, 超龄."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.domain import members
from branchdesk.domain.dates import YearMonth, nth_birthday
from branchdesk.domain.members import (
    Issue,
    MemberInput,
    MemberRules,
    Overage,
    Severity,
    check_dev_number,
    normalise,
    overage,
    validate,
)

TODAY = date(2025, 6, 1)
RULES = MemberRules()
BIRTH = date(2005, 6, 15)


def check_char(first17: str) -> str:
    total = sum(int(digit) * (2 ** (17 - i) % 11) for i, digit in enumerate(first17))
    return "10X98765432"[total % 11]


def make_id(born: date, sequence: str = "123", region: str = "220102") -> str:
    first17 = f"{region}{born:%Y%m%d}{sequence}"
    return first17 + check_char(first17)


ID = make_id(BIRTH)  # sequence 123: odd → male


def member(**changes: object) -> MemberInput:
    """A complete, valid member (as normalise() leaves it) with some fields changed."""
    base = MemberInput(
        name="张三",
        gender="1",
        ethnicity="01",
        birth_date=BIRTH,
        id_number=ID,
        join_month=YearMonth(2020, 5),
        dev_number="202012345678",
        phone="13800138000",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def fields(issues: list[Issue]) -> list[str]:
    return [issue.field for issue in issues]


def only(issues: list[Issue], field: str) -> Issue:
    matching = [issue for issue in issues if issue.field == field]
    assert len(matching) == 1, issues
    return matching[0]


def test_the_sample_member_is_clean() -> None:
    assert validate(member(), TODAY, RULES) == []


# --- normalise ----------------------------------------------------------------------------------


def test_normalise_fills_birth_date_and_gender_from_the_id() -> None:
    typed = MemberInput(name="李四", id_number=make_id(date(2006, 1, 2), "246"))
    result = normalise(typed, TODAY)
    assert result.birth_date == date(2006, 1, 2)
    assert result.gender == "2"


def test_normalise_keeps_what_was_typed() -> None:
    typed = MemberInput(name="李四", id_number=ID, birth_date=date(2005, 6, 16), gender="2")
    result = normalise(typed, TODAY)
    assert result.birth_date == date(2005, 6, 16)
    assert result.gender == "2"
    # … and validate() then points out the disagreement.
    issues = validate(replace(result, join_month=YearMonth(2020, 5)), TODAY, RULES)
    assert {"birth_date", "gender"} <= set(fields(issues))


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        "１１０１０５１９４９１２３１００２Ｘ",
        " 110105 19491231 002X ",
        "110105\u200b19491231002X",
        "110105491231002",
    ],
)
def test_normalise_canonicalises_a_valid_id(raw: str) -> None:
    result = normalise(MemberInput(name="王五", id_number=raw), TODAY)
    assert result.id_number == "11010519491231002X"
    assert result.birth_date == date(1949, 12, 31)
    assert result.gender == "2"


def test_normalise_leaves_an_invalid_id_for_validate_to_explain() -> None:
    result = normalise(MemberInput(name="王五", id_number=" 110105194912310021 "), TODAY)
    assert result.id_number == "110105194912310021"
    assert result.birth_date is None
    assert result.gender is None
    issue = only(validate(result, TODAY, RULES), "id_number")
    assert issue.message == "身份证号校验位错误，应为X"


def test_normalise_does_not_decode_a_foreign_id() -> None:
    result = normalise(MemberInput(name="Tom", id_type="2", id_number="e1234567"), TODAY)
    assert result.id_number == "E1234567"
    assert result.birth_date is None
    assert result.gender is None


def test_normalise_tidies_text() -> None:
    typed = MemberInput(
        name=" 张 三 ",
        household="  吉林省  长春市 ",
        note="",
        unit_at_join="\u3000",
        phone=" 138 0013 8000 ",
        dev_number="２０２０ １２３４ ５６７８",
        card_number="",
        id_number="",
    )
    result = normalise(typed, TODAY)
    assert result.name == "张三"
    assert result.household == "吉林省 长春市"
    assert result.note is None
    assert result.unit_at_join is None
    assert result.phone == "13800138000"
    assert result.dev_number == "202012345678"
    assert result.card_number is None
    assert result.id_number is None


def test_normalise_keeps_spaces_inside_latin_names() -> None:
    assert normalise(MemberInput(name="  Tom   Smith "), TODAY).name == "Tom Smith"


def test_normalise_is_idempotent() -> None:
    once = normalise(MemberInput(name=" 张 三", id_number="11010519491231002x"), TODAY)
    assert normalise(once, TODAY) == once


# --- validate: identity ---


@pytest.mark.parametrize("name", ["", None])
def test_missing_name(name: str | None) -> None:
    issue = only(validate(member(name=name), TODAY, RULES), "name")
    assert issue.is_error
    assert issue.message == "姓名不能为空"


@pytest.mark.parametrize("name", ["张三1", "张3", "张三@", "张_三", "张三!", "a" * 41])
def test_bad_names(name: str) -> None:
    issue = only(validate(member(name=name), TODAY, RULES), "name")
    assert issue.is_error
    assert "姓名" in issue.message


@pytest.mark.parametrize("name", ["阿依古丽·买买提", "Tom Smith", "欧阳娜娜", "J.K.罗琳"])
def test_acceptable_names(name: str) -> None:
    assert "name" not in fields(validate(member(name=name), TODAY, RULES))


def test_wrong_check_digit() -> None:
    wrong = ID[:17] + ("0" if ID[17] != "0" else "1")
    issue = only(validate(member(id_number=wrong), TODAY, RULES), "id_number")
    assert issue.is_error
    assert issue.message == f"身份证号校验位错误，应为{ID[17]}"


def test_excel_mangled_id_is_an_error() -> None:
    issue = only(validate(member(id_number="2.20102E+17"), TODAY, RULES), "id_number")
    assert "Excel" in issue.message


def test_missing_id_is_a_warning() -> None:
    issue = only(validate(member(id_number=None), TODAY, RULES), "id_number")
    assert issue.severity is Severity.WARNING


def test_foreign_ids_are_not_checksummed() -> None:
    assert validate(member(id_type="2", id_number="E12345678"), TODAY, RULES) == []
    issue = only(validate(member(id_type="2", id_number="E" * 31), TODAY, RULES), "id_number")
    assert issue.is_error


def test_birth_date_typed_differs_from_the_id() -> None:
    issue = only(validate(member(birth_date=date(2005, 6, 16)), TODAY, RULES), "birth_date")
    assert issue.is_error
    assert "2005-06-16" in issue.message
    assert "2005-06-15" in issue.message


def test_gender_typed_differs_from_the_id() -> None:
    issue = only(validate(member(gender="2"), TODAY, RULES), "gender")
    assert issue.is_error
    assert issue.message == "性别“女”与身份证号（男）不一致"


def test_missing_birth_date_and_gender() -> None:
    issues = validate(member(birth_date=None, gender=None, id_number=None), TODAY, RULES)
    assert only(issues, "birth_date").is_error
    assert only(issues, "gender").is_error


def test_birth_date_in_the_future() -> None:
    issues = validate(member(birth_date=TODAY + timedelta(days=1), id_number=None), TODAY, RULES)
    assert any(i.message == "出生日期晚于今天" for i in issues)


def test_missing_ethnicity_is_a_warning_and_missing_political_status_an_error() -> None:
    assert only(validate(member(ethnicity=None), TODAY, RULES), "ethnicity").severity is (
        Severity.WARNING
    )
    assert only(validate(member(political_status=None), TODAY, RULES), "political_status").is_error


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ethnicity", "99"),
        ("ethnicity", "汉族"),  # a name, not a code: normalising to codes is the caller's job
        ("gender", "3"),
        ("political_status", "13"),  # 群众 is not a member
        ("highest_education", "99"),
        ("fulltime_education", "0"),
        ("occupation", "15"),
        ("league_post", "11"),
        ("status", "dead"),
        ("id_type", "3"),
    ],
)
def test_code_not_in_list(field: str, value: str) -> None:
    issue = only(validate(member(**{field: value}), TODAY, RULES), field)
    assert issue.is_error
    assert issue.message == f"{members.FIELD_LABELS[field]}“{value}”不在代码表中"


# --- validate: join month ---


def test_join_month_is_required() -> None:
    assert only(validate(member(join_month=None), TODAY, RULES), "join_month").is_error


def test_joining_in_the_month_of_the_14th_birthday_is_allowed() -> None:
    # BIRTH 2005-06-15: 14 on 2019-06-15, inside June 2019.
    issues = validate(member(join_month=YearMonth(2019, 6), dev_number=None), TODAY, RULES)
    assert "join_month" not in fields(issues)


def test_joining_the_month_before_the_14th_birthday_is_refused() -> None:
    issues = validate(member(join_month=YearMonth(2019, 5), dev_number=None), TODAY, RULES)
    issue = only(issues, "join_month")
    assert issue.is_error
    assert issue.message == "入团时（2019年5月）未满14周岁"


def test_14th_birthday_on_the_last_day_of_the_month() -> None:
    born = date(2005, 1, 31)
    ok = member(birth_date=born, id_number=make_id(born), dev_number=None)
    assert "join_month" not in fields(
        validate(replace(ok, join_month=YearMonth(2019, 1)), TODAY, RULES)
    )
    issues = validate(replace(ok, join_month=YearMonth(2018, 12)), TODAY, RULES)
    assert only(issues, "join_month").is_error


def test_joining_at_28_is_refused() -> None:
    born = date(1990, 6, 15)
    old = member(birth_date=born, id_number=make_id(born), dev_number=None)
    # 28 on 2018-06-15: June 2018 began while still 27 (the 支部大会 may have met before the 15th).
    june = validate(
        replace(old, join_month=YearMonth(2018, 6), dev_number="201812345678"), TODAY, RULES
    )
    assert "join_month" not in fields(june)
    issues = validate(replace(old, join_month=YearMonth(2018, 7)), TODAY, RULES)
    issue = only(issues, "join_month")
    assert issue.is_error
    assert issue.message == "入团时（2018年7月）已满28周岁"


def test_joining_in_the_future_is_refused() -> None:
    issue = only(validate(member(join_month=YearMonth(2025, 7)), TODAY, RULES), "join_month")
    assert issue.message == "入团年月晚于本月"
    assert "join_month" not in fields(validate(member(join_month=YearMonth(2025, 6)), TODAY, RULES))


def test_joining_before_birth_is_refused() -> None:
    issues = validate(member(join_month=YearMonth(2005, 5), dev_number=None), TODAY, RULES)
    assert only(issues, "join_month").message == "入团年月早于出生日期"


def test_join_ages_follow_the_rules() -> None:
    rules = MemberRules(min_join_age=13)
    issues = validate(member(join_month=YearMonth(2018, 6), dev_number=None), TODAY, rules)
    assert "join_month" not in fields(issues)


@settings(database=None, deadline=None)
@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2010, 12, 31)))
def test_min_join_age_boundary(birth: date) -> None:
    fourteen = YearMonth.of(nth_birthday(birth, 14))
    before = (
        YearMonth(fourteen.year - 1, 12)
        if fourteen.month == 1
        else YearMonth(fourteen.year, fourteen.month - 1)
    )
    base = member(birth_date=birth, id_number=None, dev_number=None)
    ok = validate(replace(base, join_month=fourteen), TODAY, RULES)
    assert not any("未满" in i.message for i in ok)
    young = validate(replace(base, join_month=before), TODAY, RULES)
    assert any("未满14周岁" in i.message for i in young)


# --- 团员发展编号 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "year"),
    [
        ("202012345678", 2020),
        ("201912345678", 2019),
        ("201712345678", 2017),
        ("201812345678", 2017),  # 2017 and 2018 are interchangeable
        ("201712345678", 2018),
        ("2015161234567890", 2016),  # the 山东 16-digit batch
        ("2016171234567890", 2017),
        ("2016171234567890", 2020),
        ("2012345", 2012),  # before 2017 the national system is lenient: >4 digits, year prefix
        ("20121234567890", 2012),
        ("201612345678", 2016),
    ],
)
def test_good_dev_numbers(number: str, year: int) -> None:
    assert check_dev_number(number, YearMonth(year, 5), RULES) == []


@pytest.mark.parametrize(
    ("number", "year", "prefix"),
    [
        ("201912345678", 2020, 2019),
        ("201812345678", 2019, 2018),
        ("201612345678", 2017, 2016),
        ("201712345678", 2016, 2017),
        ("2011345", 2012, 2011),
    ],
)
def test_dev_number_with_the_wrong_year_is_a_warning_naming_both(
    number: str, year: int, prefix: int
) -> None:
    (issue,) = check_dev_number(number, YearMonth(year, 5), RULES)
    assert issue.field == "dev_number"
    assert issue.severity is Severity.WARNING
    assert issue.message == f"团员发展编号前四位（{prefix}）与入团年份（{year}）不一致"


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("20201234567", "团员发展编号应为12位数字，实际为11位"),
        ("2020123456789", "团员发展编号应为12位数字，实际为13位"),
        ("2017161234567890", "团员发展编号应为12位数字，实际为16位"),
        ("2020ABC45678", "团员发展编号只能包含数字"),
        ("2020-1234-5678", "团员发展编号只能包含数字"),
    ],
)
def test_dev_number_format_errors(number: str, message: str) -> None:
    (issue,) = check_dev_number(number, YearMonth(2020, 5), RULES)
    assert issue.is_error
    assert issue.message == message


def test_dev_number_too_short_before_2017() -> None:
    (issue,) = check_dev_number("2012", YearMonth(2012, 5), RULES)
    assert issue.is_error


def test_dev_number_without_a_join_month_is_checked_for_format_only() -> None:
    assert check_dev_number("199912345678", None, RULES) == []
    assert check_dev_number(None, None, RULES) == []
    assert check_dev_number("1234", None, RULES)[0].is_error


@pytest.mark.parametrize(("year", "expected"), [(2016, 0), (2017, 1), (2024, 1)])
def test_missing_dev_number(year: int, expected: int) -> None:
    issues = check_dev_number(None, YearMonth(year, 1), RULES) + check_dev_number(
        "", YearMonth(year, 1), RULES
    )
    assert len(issues) == 2 * expected
    for issue in issues:
        assert issue.severity is Severity.WARNING
        assert issue.message == "2017年以后发展的团员，团员发展编号必填"


def test_dev_number_required_year_comes_from_the_rules() -> None:
    rules = MemberRules(dev_number_required_from=2016)  # 新疆
    (issue,) = check_dev_number(None, YearMonth(2016, 3), rules)
    assert "2016年" in issue.message
    assert check_dev_number("2016123", YearMonth(2016, 3), rules)[0].is_error


def test_validate_reports_dev_number_issues() -> None:
    issue = only(validate(member(dev_number="20201234567"), TODAY, RULES), "dev_number")
    assert issue.is_error
    issue = only(validate(member(dev_number=None), TODAY, RULES), "dev_number")
    assert issue.severity is Severity.WARNING


# --- other fields -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "13800138000",
        "19912345678",
        "010-12345678",
        "01012345678",
        "0431-8888888",
        "010-12345678-123",
    ],
)
def test_good_phones(phone: str) -> None:
    assert "phone" not in fields(validate(member(phone=phone), TODAY, RULES))


@pytest.mark.parametrize(
    "phone", ["1380013800", "138001380000", "23800138000", "12345", "abc", "0431-12"]
)
def test_bad_phones(phone: str) -> None:
    issue = only(validate(member(phone=phone), TODAY, RULES), "phone")
    assert issue.is_error
    assert phone in issue.message


def test_card_number_must_be_digits() -> None:
    assert only(validate(member(card_number="0301A001"), TODAY, RULES), "card_number").is_error
    assert "card_number" not in fields(validate(member(card_number="03010001"), TODAY, RULES))


def test_post_since_needs_a_post_and_a_past_month() -> None:
    issue = only(validate(member(post_since=YearMonth(2024, 9)), TODAY, RULES), "post_since")
    assert issue.message == "填写了任职年月，但没有团内职务"
    issue = only(
        validate(member(league_post="1", post_since=YearMonth(2025, 7)), TODAY, RULES), "post_since"
    )
    assert issue.message == "任职年月晚于本月"
    assert validate(member(league_post="1", post_since=YearMonth(2024, 9)), TODAY, RULES) == []


# --- 超龄 ----------------------------------------------------------------------------------------

OLD_BIRTH = date(1997, 8, 20)
TURNS_28 = date(2025, 8, 20)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (TURNS_28, Overage.OVER),  # exactly on the 28th birthday
        (TURNS_28 + timedelta(days=1), Overage.OVER),
        (TURNS_28 + timedelta(days=4000), Overage.OVER),
        (TURNS_28 - timedelta(days=1), Overage.SOON),
        (TURNS_28 - timedelta(days=60), Overage.SOON),
        (TURNS_28 - timedelta(days=61), None),
        (TURNS_28 - timedelta(days=3000), None),
    ],
)
def test_overage(today: date, expected: Overage | None) -> None:
    assert overage(OLD_BIRTH, None, today, RULES) is expected
    assert overage(OLD_BIRTH, "", today, RULES) is expected


@pytest.mark.parametrize("post", ["1", "2", "10"])
@pytest.mark.parametrize("days", [-61, -60, 0, 1, 4000])
def test_a_post_holder_is_never_flagged(post: str, days: int) -> None:
    assert overage(OLD_BIRTH, post, TURNS_28 + timedelta(days=days), RULES) is None


def test_overage_window_comes_from_the_rules() -> None:
    rules = MemberRules(retire_remind_days=30, leave_age=28)
    assert overage(OLD_BIRTH, None, TURNS_28 - timedelta(days=30), rules) is Overage.SOON
    assert overage(OLD_BIRTH, None, TURNS_28 - timedelta(days=31), rules) is None


def test_overage_for_29_february_births() -> None:
    born = date(2000, 2, 29)
    assert members.leave_date(born, RULES) == date(2028, 2, 29)
    assert overage(born, None, date(2028, 2, 28), RULES) is Overage.SOON
    assert overage(born, None, date(2028, 2, 29), RULES) is Overage.OVER
    # In a year without 29 February the birthday is the 28th.
    rules = MemberRules(leave_age=27)
    assert members.leave_date(born, rules) == date(2027, 2, 28)
    assert overage(born, None, date(2027, 2, 27), rules) is Overage.SOON
    assert overage(born, None, date(2027, 2, 28), rules) is Overage.OVER


def test_validate_warns_about_overage_for_active_members_only() -> None:
    old = member(
        birth_date=OLD_BIRTH,
        id_number=make_id(OLD_BIRTH),
        join_month=YearMonth(2012, 5),
        dev_number=None,
    )
    today = TURNS_28
    issue = only(validate(old, today, RULES), "birth_date")
    assert issue.severity is Severity.WARNING
    assert issue.message == "已满28周岁且无团内职务，应办理超龄离团"
    assert validate(replace(old, league_post="1"), today, RULES) == []
    assert validate(replace(old, status="aged_out"), today, RULES) == []
    assert validate(old, today - timedelta(days=1), RULES) == []


# --- helpers ------------------------------------------------------------------------------------


def test_issue_helpers() -> None:
    error = Issue("name", "姓名不能为空")
    warning = Issue("ethnicity", "民族未填写", Severity.WARNING)
    assert error.is_error and not warning.is_error
    assert members.errors_only([error, warning]) == [error]
    assert members.describe([error, warning]) == "姓名不能为空；民族未填写"
    assert members.describe([]) == ""
    assert str(Severity.ERROR) == "error"


def test_field_labels_cover_every_input_field() -> None:
    assert set(members.FIELD_LABELS) == set(MemberInput.__dataclass_fields__)
