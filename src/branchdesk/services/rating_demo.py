"""Demo data for 对标定级 (called by ``services.demo.load_demo`` after the meetings): the branch's
dates, 青年大学习 issues and volunteer hours for last year and this year, and last year's rating
scored from the ledger, signed, reviewed and final. Deterministic for a given day."""

from __future__ import annotations

import random
from datetime import date, timedelta

from branchdesk.domain import rating as rd
from branchdesk.services.rating import RatingService, ScoreInput

# 1—7 of last year are before the demo's ledger starts: the paper 工作手册 had them.
_PAPER = "1—7月的会议记录在纸质工作手册中（使用本软件之前），已逐次核对"
_MANUAL = {"Z1": ("B", ""), "Z2": ("A", ""), "F2": ("A", ""), "F3": ("B", "")}


def load_rating_demo(rating: RatingService, branch_id: int, today: date) -> None:
    rng = random.Random(today.toordinal() + 5)
    last = today.year - 1
    rating.set_branch_dates(branch_id, date(2019, 5, 4), date(last - 1, 9, 20))
    for year in (last, today.year):
        _youth_study(rating, branch_id, year, today, rng)
        _volunteer(rating, branch_id, year, rng)
    _last_year(rating, branch_id, last, today)


def _youth_study(
    rating: RatingService, branch_id: int, year: int, today: date, rng: random.Random
) -> None:
    """Weekly issues outside the winter and summer holidays; one weak week a year."""
    members = len(rating.volunteer_hours(branch_id, year))
    day = date(year, 3, 2)
    day -= timedelta(days=day.weekday())  # a Monday
    number = 1
    weak = rng.randrange(5, 20)
    while day.year == year and day <= today - timedelta(days=7):
        if not (day.month in (7, 8) or (day.month == 1 and day.day > 10)):
            share = 0.76 if number == weak else rng.uniform(0.86, 1.0)
            rating.add_youth_study(
                branch_id, day, f"{year}年第{number}期", round(members * share), members
            )
            number += 1
        day += timedelta(days=7)


def _volunteer(rating: RatingService, branch_id: int, year: int, rng: random.Random) -> None:
    rows = []
    for row in rating.volunteer_hours(branch_id, year):
        hours = rng.choice((8, 12, 16, 20, 22, 24, 26, 30, 36, 42))
        rows.append((row.member_id, str(hours), "志愿汇"))
    rating.save_volunteer_hours(branch_id, year, rows)


def _last_year(rating: RatingService, branch_id: int, year: int, today: date) -> None:
    view = rating.view(branch_id, year)
    entries = []
    for row in view.rows:
        item = row.item
        if item.id in _MANUAL:
            grade, reason = _MANUAL[item.id]
            points = rd.grade_points(item.points, grade) if item.type == "grade" else item.points
            entries.append(ScoreInput(item.id, points, reason or "按工作手册和活动材料自评"))
        elif (
            item.source
            and item.source.startswith("meetings.")
            and row.auto_points is not None
            and row.auto_points < item.points
        ):
            entries.append(ScoreInput(item.id, item.points, _PAPER))
    rating.save(branch_id, year, entries)
    signed = min(date(year + 1, 1, 12), today)
    members = rating.volunteer_hours(branch_id, year)
    representative = members[len(members) // 2].name
    secretary = members[0].name
    rating.sign(branch_id, year, secretary, representative, signed)
    review = {"Z1": rd.grade_points(5 * 100, "C")}  # the 团委 marked the records down
    reviewed = min(signed + timedelta(days=10), today)
    rating.review(
        branch_id,
        year,
        "共青团长春示范汽车集团有限公司委员会",
        reviewed,
        review,
        "会议记录总体规范，个别支委会记录缺少决议事项；青年大学习有一期参学率未达80%。",
    )
    rating.finalise(branch_id, year)
