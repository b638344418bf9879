"""domain.recruitment: stage order and the checks of each step, each rule on its own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

import pytest

from branchdesk.domain.members import Severity
from branchdesk.domain.recruitment import (
    ApplicantFacts,
    Introducer,
    RecruitmentRules,
    Stage,
    Vote,
    blocking,
    checks,
    next_stage,
)

RULES = RecruitmentRules()
TODAY = date(2026, 11, 27)
GOOD = Introducer("陈甲", active=True, probation=False, deferred=False)
READY = ApplicantFacts(
    name="李新",
    birth_date=date(2008, 3, 1),
    applied_on=date(2025, 9, 1),
    talked_on=date(2025, 9, 10),
    activist_on=date(2025, 10, 1),
    contacts=1,
    candidate_on=date(2026, 3, 1),
    introducers=(GOOD, replace(GOOD, name="周乙")),
    hours_tenths=80,
    vote=Vote(date(2026, 6, 10), True, True),
    approved_on=date(2026, 6, 20),
    dev_number="202600000777",
)


def failed(facts, target, on=date(2026, 6, 25)):
    return {c.key: c for c in checks(facts, target, on, TODAY, RULES) if not c.passed}


def test_stage_order():
    assert next_stage("applicant") is Stage.ACTIVIST
    assert next_stage("approved") is Stage.ADMITTED
    assert next_stage("admitted") is None and next_stage("dropped") is None


def test_a_ready_applicant_passes_every_step():
    for target, on in [
        (Stage.ACTIVIST, date(2025, 10, 1)),
        (Stage.CANDIDATE, date(2026, 3, 1)),
        (Stage.VOTED, date(2026, 6, 10)),
        (Stage.APPROVED, date(2026, 6, 20)),
        (Stage.ADMITTED, date(2026, 6, 25)),
    ]:
        assert failed(READY, target, on) == {}, target


def test_future_date_is_refused():
    assert failed(READY, Stage.ACTIVIST, date(2026, 12, 1))["date"].blocking


@pytest.mark.parametrize(
    ("change", "target", "key", "message"),
    [
        ({"birth_date": date(2012, 1, 1)}, Stage.ACTIVIST, "age", "未满14周岁"),
        ({"contacts": 0}, Stage.ACTIVIST, "contacts", "1至2名培养联系人"),
        ({"activist_on": date(2026, 5, 1)}, Stage.CANDIDATE, "observe", "不满3个月"),
        ({"hours_tenths": 75}, Stage.VOTED, "hours", "团课7.5学时，不足8学时"),
        ({"vote": None}, Stage.VOTED, "vote", "未关联支部大会"),
        ({"vote": Vote(date(2026, 6, 10), False, None)}, Stage.VOTED, "vote", "不是支部大会"),
        ({"vote": Vote(date(2026, 6, 10), True, False)}, Stage.VOTED, "vote", "表决未通过"),
        ({"vote": Vote(date(2026, 2, 10), True, True)}, Stage.VOTED, "order", "早于确定为发展对象"),
        ({"birth_date": date(1998, 6, 10)}, Stage.VOTED, "age_max", "已满28周岁"),
        ({"introducers": (GOOD,)}, Stage.VOTED, "introducers", "现有1名"),
        (
            {"introducers": (GOOD, replace(GOOD, name="周乙", probation=True))},
            Stage.VOTED,
            "introducers",
            "周乙正在留团察看期内",
        ),
        (
            {"introducers": (GOOD, replace(GOOD, name="周乙", deferred=True))},
            Stage.VOTED,
            "introducers",
            "周乙暂缓注册",
        ),
        (
            {"introducers": (GOOD, replace(GOOD, name="周乙", active=False))},
            Stage.VOTED,
            "introducers",
            "周乙不是在团团员",
        ),
        ({"approved_on": None}, Stage.ADMITTED, "approved_on", "尚未审批"),
        ({"approved_on": date(2026, 6, 1)}, Stage.ADMITTED, "approved_on", "早于支部大会"),
        ({"dev_number": "2026000007"}, Stage.ADMITTED, "dev_number", "应为12位数字"),
        ({"dev_number_holder": "陈甲"}, Stage.ADMITTED, "dev_number_taken", "已被陈甲使用"),
    ],
)
def test_each_rule_blocks(change, target, key, message):
    found = failed(replace(READY, **change), target)
    assert key in found and message in found[key].message
    assert found[key].blocking


@pytest.mark.parametrize(
    ("change", "target", "key"),
    [
        ({"talked_on": None}, Stage.ACTIVIST, "talk"),
        ({"talked_on": date(2025, 10, 20)}, Stage.ACTIVIST, "talk"),
        ({"hours_tenths": 40}, Stage.CANDIDATE, "hours"),
        ({"dev_number": "202500000777"}, Stage.ADMITTED, "dev_number"),
    ],
)
def test_warnings_do_not_block(change, target, key):
    on = date(2025, 10, 1) if target == Stage.ACTIVIST else date(2026, 6, 25)
    if target == Stage.CANDIDATE:
        on = date(2026, 3, 1)
    found = failed(replace(READY, **change), target, on)
    assert found[key].severity is Severity.WARNING and not blocking(list(found.values()))


def test_ratio_of_graduating_classes():
    rules = replace(RULES, ratio_limit=Fraction(1, 5))
    facts = replace(READY, members_after=21, students=100)
    found = {c.key: c for c in checks(facts, Stage.ADMITTED, date(2026, 6, 25), TODAY, rules)}
    assert not found["ratio"].passed and "21%" in found["ratio"].message
    assert not found["ratio"].blocking
    facts = replace(READY, members_after=20, students=100)
    found = {c.key: c for c in checks(facts, Stage.ADMITTED, date(2026, 6, 25), TODAY, rules)}
    assert found["ratio"].passed
