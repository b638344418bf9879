"""The annual return's figures (domain.returns): history, edge dates, bands, the 对比表."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.domain import returns
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.returns import ReturnMember, build_return, figures, movement, on_roster

CUTOFF = date(2026, 12, 31)
BANDS = ((14, 17), (18, 22), (23, 25), (26, 28))


def member(**changes: object) -> ReturnMember:
    values: dict[str, object] = {
        "birth_date": date(2002, 5, 1),
        "gender": "1",
        "ethnicity": "01",
        "highest_education": "4",
        "occupation": "2",
        "political_status": "03",
        "join_month": YearMonth(2018, 5),
    }
    values.update(changes)
    return ReturnMember(**values)  # type: ignore[arg-type]


# --- on the roster on a day -----------------------------------------------------------------


def test_joined_in_the_cutoff_month_counts_and_the_month_after_does_not():
    assert on_roster(member(join_month=YearMonth(2026, 12)), CUTOFF)
    assert on_roster(member(join_month=YearMonth(2026, 12)), date(2026, 12, 1))
    assert not on_roster(member(join_month=YearMonth(2026, 12)), date(2026, 11, 30))
    assert not on_roster(member(join_month=YearMonth(2027, 1)), CUTOFF)


def test_left_on_the_cutoff_day_is_gone_left_the_day_after_is_counted():
    left_today = member(status="transferred", left_on=CUTOFF)
    left_tomorrow = member(status="transferred", left_on=date(2027, 1, 1))
    assert not on_roster(left_today, CUTOFF)
    assert on_roster(left_tomorrow, CUTOFF)
    assert on_roster(left_today, date(2026, 12, 30))


def test_transferring_is_still_on_the_roster_and_no_join_month_counts_always():
    assert on_roster(member(status="transferring"), CUTOFF)
    assert on_roster(member(join_month=None), date(1990, 1, 1))


def test_arrival_hook_keeps_a_member_off_the_roster_before_arriving():
    arrived = member(arrived_on=date(2026, 6, 1))
    assert not on_roster(arrived, date(2026, 5, 31))
    assert on_roster(arrived, date(2026, 6, 1))


# --- Part A figures ----------------------------------------------------------------------------


def test_figures_count_members_party_members_new_and_cadres_by_nature():
    rows = [
        member(),  # plain member
        member(political_status="01"),  # 保留团籍 党员: counted, and "其中"
        member(join_month=YearMonth(2026, 3)),  # new this year
        member(join_month=YearMonth(2026, 12)),  # new this year, in the cut-off month
        member(join_month=YearMonth(2025, 7)),  # new last year
        member(join_month=YearMonth(2025, 1), status="aged_out", left_on=date(2026, 2, 1)),
        member(league_post="1", cadre_nature="1"),  # 书记, 专职
        member(league_post="3", cadre_nature="2"),  # 组织委员, 兼职
        member(league_post="9", cadre_nature="3"),  # 其他, 挂职
        member(league_post="4"),  # 宣传委员 without a nature
        member(league_post="10", cadre_nature="2"),  # 团小组长: not a 团干部
        member(league_post="1", cadre_nature="1", status="withdrawn", left_on=CUTOFF),  # gone
    ]
    got = figures(rows, CUTOFF)
    assert got.members == 10
    assert got.party_members == 1
    assert got.new_this_year == 2
    assert got.new_last_year == 2  # the 2025-07 member and the one who aged out since
    assert got.cadres == 4
    assert dict(got.cadres_by_nature) == {"1": 1, "2": 1, "3": 1}
    assert got.cadres_nature_unset == 1
    assert got.branches == 1


def test_new_this_year_stops_at_the_cutoff_month():
    rows = [member(join_month=YearMonth(2026, 6)), member(join_month=YearMonth(2026, 7))]
    assert figures(rows, date(2026, 6, 30)).new_this_year == 1
    assert figures(rows, date(2026, 6, 30)).members == 1


# --- movement -------------------------------------------------------------------------------


def test_movement_balances_and_counts_each_way_of_leaving():
    start, end = date(2026, 1, 1), CUTOFF
    rows = [
        member(),  # there all year
        member(join_month=YearMonth(2026, 4)),  # new
        member(join_month=YearMonth(2026, 4), status="transferred", left_on=date(2026, 9, 1)),
        member(status="transferred", left_on=date(2026, 3, 1)),
        member(status="aged_out", left_on=date(2026, 5, 1)),
        member(status="withdrawn", left_on=date(2026, 6, 1)),
        member(status="lapsed", left_on=date(2026, 7, 1)),
        member(status="removed", left_on=date(2026, 7, 2)),
        member(status="expelled", left_on=date(2026, 8, 1)),
        member(status="aged_out", left_on=date(2025, 12, 31)),  # left before the period
        member(status="aged_out", left_on=date(2027, 1, 1)),  # leaves after the period
        member(political_status="02"),
    ]
    moved = movement(rows, start, end)
    assert moved.opening == 9  # all 12 but the two new and the one gone on 2025-12-31
    assert moved.new == 2
    assert moved.transferred_in == 0 and not moved.transfers_recorded
    assert moved.transferred_out == 2
    assert moved.aged_out == 1
    assert moved.withdrawn == 1
    assert moved.lapsed_or_removed == 2
    assert moved.expelled == 1
    assert moved.closing == 4
    assert moved.closing_party == 1
    assert moved.balanced
    assert moved.opening + moved.gains - moved.losses == moved.closing


def test_movement_with_the_arrival_hook_counts_transfers_in():
    rows = [member(arrived_on=date(2026, 3, 1)), member()]
    moved = movement(rows, date(2026, 1, 1), CUTOFF)
    assert (moved.opening, moved.transferred_in, moved.closing) == (1, 1, 2)
    assert moved.transfers_recorded and moved.balanced


def test_an_impossible_record_unbalances_and_warns():
    broken = member(join_month=YearMonth(2026, 2), status="transferred", left_on=date(2025, 6, 1))
    data = build_return([broken], CUTOFF, BANDS)
    assert not data.movement.balanced
    assert any("不平衡" in w for w in data.warnings)


# --- breakdowns -----------------------------------------------------------------------------


def test_age_bands_with_29_february_birthdays_and_other():
    leap = date(1998, 2, 28)  # 28 on 2026-02-28
    rows = [
        member(birth_date=date(2004, 2, 29)),  # 22 on 2026-12-31
        member(birth_date=date(2008, 3, 1)),  # 18
        member(birth_date=date(1997, 12, 31)),  # 29 on the cut-off day: 其他
        member(birth_date=date(1998, 1, 1)),  # 28
        member(birth_date=None),
        member(birth_date=leap),
    ]
    got = returns.by_age(rows, CUTOFF, BANDS)
    assert dict(got.rows) == {
        "14–17岁": 0,
        "18–22岁": 2,
        "23–25岁": 0,
        "26–28岁": 2,
        "其他": 1,
        "未填写": 1,
    }
    # 29 February: 周岁 turns on 28 February in a common year.
    born = date(2008, 2, 29)
    assert (
        dict(returns.by_age([member(birth_date=born)], date(2026, 2, 27), BANDS).rows)["14–17岁"]
        == 1
    )
    assert (
        dict(returns.by_age([member(birth_date=born)], date(2026, 2, 28), BANDS).rows)["18–22岁"]
        == 1
    )


def test_ethnicity_gender_education_occupation():
    rows = [
        member(ethnicity="01", gender="2"),
        member(ethnicity="10"),
        member(ethnicity="10", highest_education="12"),
        member(ethnicity="03", occupation="6"),
        member(ethnicity=None, gender=None),
    ]
    eth = dict(returns.by_ethnicity(rows).rows)
    assert eth == {"汉族": 1, "少数民族": 3, "其中：回族": 1, "其中：朝鲜族": 2, "未填写": 1}
    assert dict(returns.by_gender(rows).rows) == {"男": 3, "女": 1, "未填写": 1}
    edu = returns.by_education(rows)
    assert dict(edu.rows)["本科"] == 4 and dict(edu.rows)["本科在读"] == 1
    assert len(edu.rows) == 15 and edu.total == 5
    occ = dict(returns.by_occupation(rows).rows)
    assert occ["非公企业职工"] == 4 and occ["学生"] == 1


# --- 对比表 and the whole return ---------------------------------------------------------------


def test_comparison_marks_falls_and_keeps_reasons():
    rows = [
        member(),
        member(status="aged_out", left_on=date(2026, 6, 1)),
        member(league_post="1", cadre_nature="1"),
        member(league_post="2", cadre_nature="2", status="transferred", left_on=date(2026, 3, 1)),
        member(join_month=YearMonth(2025, 9)),
    ]
    data = build_return(rows, CUTOFF, BANDS, {"members": " 1人超龄离团 "})
    table = {row.item: row for row in data.comparison}
    assert [row.item for row in data.comparison] == [key for key, _ in returns.ITEMS]
    assert (table["members"].last_year, table["members"].this_year) == (5, 3)
    assert table["members"].change == -2
    assert table["members"].needs_reason and not table["members"].missing_reason
    assert table["members"].reason == "1人超龄离团"
    assert table["new_members"].last_year == 1 and table["new_members"].needs_reason
    assert table["new_members"].missing_reason
    assert table["cadres_parttime"].change == -1
    assert not table["cadres_fulltime"].needs_reason
    assert not table["branches"].needs_reason
    missing = [w for w in data.warnings if "待说明" in w]
    assert len(missing) == 2  # 当年新发展 and 兼职团干部; 团员数 has its reason


def test_a_year_with_nobody_is_an_empty_return_of_zeros():
    data = build_return([], CUTOFF, BANDS)
    assert data.empty
    assert data.this_year.members == data.last_year.members == 0
    assert all(row.change == 0 and not row.needs_reason for row in data.comparison[:-1])
    assert data.movement.balanced and data.movement.closing == 0
    assert all(b.total == 0 for b in data.breakdowns)
    assert data.warnings == ()


def test_previous_cutoff_of_29_february():
    assert returns.previous_cutoff(date(2028, 2, 29)) == date(2027, 2, 28)
    assert returns.previous_cutoff(CUTOFF) == date(2025, 12, 31)


@pytest.mark.parametrize("post", ["10", None])
def test_group_leaders_and_members_without_post_are_not_cadres(post):
    assert figures([member(league_post=post, cadre_nature="1")], CUTOFF).cadres == 0
