"""Dates and year-months as people write them; ages in 周岁."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.domain import dates
from branchdesk.domain.dates import DateParseError, YearMonth

CHINESE = re.compile(r"[\u4e00-\u9fff]")

MARCH_2004 = YearMonth(2004, 3)
IDES = date(2004, 3, 15)

YEAR_MONTH_SPELLINGS: list[object] = [
    "2004-03",
    "2004.03",
    "2004/3",
    "2004/03",
    "2004-3",
    "200403",
    "2004年3月",
    "2004年03月",
    " 2004 - 03 ",
    "２００４－０３",
    "２００４年３月",
    200403,
]
DATE_SPELLINGS: list[object] = [
    "2004-03-15",
    "2004.03.15",
    "2004/3/15",
    "2004-3-15",
    "20040315",
    "2004年3月15日",
    "2004年3月15",
    "2004-03-15 00:00:00",
    "2004-03-15 08:30",
    "2004-03-15T00:00:00",
    "2004/3/15 0:00:00",
    "２００４－０３－１５　００：００：００",
    " 2004-03-15 ",
    "38061",
    38061,
    38061.0,
    38061.75,  # a date-time serial: the time of day is dropped
    20040315,
    20040315.0,
    IDES,
    datetime(2004, 3, 15, 10, 30),
]


@pytest.mark.parametrize("value", YEAR_MONTH_SPELLINGS + DATE_SPELLINGS)
def test_parse_year_month_accepts(value: dates.DateLike) -> None:
    assert dates.parse_year_month(value) == MARCH_2004


@pytest.mark.parametrize("value", DATE_SPELLINGS)
def test_parse_date_accepts(value: dates.DateLike) -> None:
    result = dates.parse_date(value)
    assert result == IDES
    assert type(result) is date  # a datetime is reduced to its date


@pytest.mark.parametrize(
    ("serial", "expected"),
    [(38061, date(2004, 3, 15)), (36526, date(2000, 1, 1)), (10000, date(1927, 5, 18))],
)
def test_excel_serials(serial: int, expected: date) -> None:
    assert dates.parse_date(serial) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2004-13", "不是有效的日期"),
        ("200413", "不是有效的日期"),
        ("2004年13月", "不是有效的日期"),
        ("2004-00", "不是有效的日期"),
        ("2004-02-30", "不是有效的日期"),
        ("20050229", "不是有效的日期"),
        ("", "日期为空"),
        ("   ", "日期为空"),
        ("\u200b", "日期为空"),
    ],
)
def test_parse_year_month_refusals(value: str, reason: str) -> None:
    with pytest.raises(DateParseError) as caught:
        dates.parse_year_month(value)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "04-03",
        "2004-03-15-01",
        "三月",
        "2004—03",
        "1234567",
        1234567,
        0,
        -5,
        3,
        "12",
        9999,
        99999,
        80001,
    ],
)
def test_unrecognised_values_are_refused_in_chinese(value: dates.DateLike) -> None:
    with pytest.raises(DateParseError) as caught:
        dates.parse_year_month(value)
    assert CHINESE.search(caught.value.reason)
    with pytest.raises(DateParseError):
        dates.parse_date(value)


@pytest.mark.parametrize("value", ["2004", 2004, 2004.0, "２００４"])
def test_a_bare_year_is_not_an_excel_serial(value: dates.DateLike) -> None:
    with pytest.raises(DateParseError) as caught:
        dates.parse_year_month(value)
    assert caught.value.reason == "只有年份，缺少月份（可写作 2004-03）"


def test_booleans_are_not_dates() -> None:
    with pytest.raises(DateParseError, match="无法识别"):
        dates.parse_date(True)


@pytest.mark.parametrize("value", YEAR_MONTH_SPELLINGS)
def test_parse_date_refuses_a_bare_year_month(value: dates.DateLike) -> None:
    with pytest.raises(DateParseError) as caught:
        dates.parse_date(value)
    assert caught.value.reason == "需要具体到日"


def test_date_parse_error_is_a_value_error() -> None:
    assert issubclass(DateParseError, ValueError)
    assert str(DateParseError("日期为空")) == "日期为空"


# --- ages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(2018, 3, 15), 14),  # the birthday itself counts
        (date(2018, 3, 14), 13),  # the day before
        (date(2018, 3, 16), 14),
        (date(2018, 12, 31), 14),
        (date(2019, 1, 1), 14),
        (date(2004, 3, 15), 0),
    ],
)
def test_age_on(on: date, age: int) -> None:
    assert dates.age_on(IDES, on) == age


LEAP_BIRTH = date(2004, 2, 29)


@pytest.mark.parametrize(
    ("on", "age"),
    [
        (date(2018, 2, 27), 13),
        (date(2018, 2, 28), 14),  # no 29 February in 2018: the birthday is the 28th
        (date(2018, 3, 1), 14),
        (date(2020, 2, 28), 15),
        (date(2020, 2, 29), 16),
        (date(2032, 2, 28), 27),
        (date(2032, 2, 29), 28),
    ],
)
def test_age_on_for_29_february_births(on: date, age: int) -> None:
    assert dates.age_on(LEAP_BIRTH, on) == age


def test_birthdays_of_29_february_births() -> None:
    assert dates.birthday_in_year(LEAP_BIRTH, 2018) == date(2018, 2, 28)
    assert dates.birthday_in_year(LEAP_BIRTH, 2020) == date(2020, 2, 29)
    assert dates.nth_birthday(LEAP_BIRTH, 14) == date(2018, 2, 28)
    assert dates.nth_birthday(LEAP_BIRTH, 28) == date(2032, 2, 29)
    assert dates.nth_birthday(date(2005, 3, 1), 14) == date(2019, 3, 1)


@settings(database=None, deadline=None)
@given(
    birth=st.dates(min_value=date(1950, 1, 1), max_value=date(2015, 12, 31)),
    age=st.integers(min_value=1, max_value=60),
)
def test_age_changes_exactly_on_the_nth_birthday(birth: date, age: int) -> None:
    birthday = dates.nth_birthday(birth, age)
    assert dates.age_on(birth, birthday) == age
    assert dates.age_on(birth, birthday - timedelta(days=1)) == age - 1


# --- YearMonth ----------------------------------------------------------------------------------


def test_year_month_ordering() -> None:
    months = [YearMonth(2005, 1), YearMonth(2004, 12), YearMonth(2004, 3), YearMonth(2004, 10)]
    assert sorted(months) == [
        YearMonth(2004, 3),
        YearMonth(2004, 10),
        YearMonth(2004, 12),
        YearMonth(2005, 1),
    ]
    assert YearMonth(2004, 3) < YearMonth(2004, 4) <= YearMonth(2004, 4) < YearMonth(2005, 1)
    assert YearMonth(2004, 3) == YearMonth(2004, 3)
    assert len({YearMonth(2004, 3), YearMonth(2004, 3)}) == 1


def test_year_month_forms() -> None:
    month = YearMonth(2004, 3)
    assert month.isoformat() == "2004-03"
    assert str(month) == "2004-03"
    assert month.chinese() == "2004年3月"
    assert YearMonth(2004, 12).chinese() == "2004年12月"
    assert month.first_day() == date(2004, 3, 1)
    assert YearMonth.of(date(2004, 3, 31)) == month
    assert YearMonth.from_iso("2004-03") == month
    assert YearMonth(987, 1).isoformat() == "0987-01"


@pytest.mark.parametrize(("year", "month"), [(2004, 0), (2004, 13), (0, 1), (10000, 1)])
def test_year_month_range(year: int, month: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        YearMonth(year, month)


@settings(database=None, deadline=None)
@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_year_month_iso_round_trip(day: date) -> None:
    month = YearMonth.of(day)
    assert YearMonth.from_iso(month.isoformat()) == month
    assert dates.parse_year_month(day) == month
