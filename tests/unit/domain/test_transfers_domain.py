"""domain.transfers: the workflow, reasons, input checks, letter numbers, reminders, cohort rate."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.transfers import (
    NEXT_STATE,
    PENDING,
    TRANSFER_REASON,
    TRANSITIONS,
    GraduateFact,
    TransferFact,
    TransferFacts,
    TransferLimits,
    TransferRuleError,
    TransferState,
    check_transfer,
    check_transition,
    check_valid_days,
    cohort_rate,
    format_letter_number,
    next_serial,
    parse_letter_number,
    percent,
    reminders,
    transfer_limits,
    valid_until,
)

TODAY = date(2026, 11, 27)
S = TransferState


def test_state_codes_are_the_ones_fixed_in_advance():
    assert [s.value for s in S] == [
        "applied",
        "out_approved",
        "in_approved",
        "done",
        "returned",
        "withdrawn",
    ]
    assert frozenset({"applied", "out_approved", "in_approved"}) == PENDING


def test_regular_path_is_apply_out_in_done():
    state = S.APPLIED
    path = [state]
    while state in NEXT_STATE:
        state = TransferState(NEXT_STATE[state])
        path.append(state)
    assert path == [S.APPLIED, S.OUT_APPROVED, S.IN_APPROVED, S.DONE]


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.APPLIED, S.OUT_APPROVED),
        (S.OUT_APPROVED, S.IN_APPROVED),
        (S.IN_APPROVED, S.DONE),
        (S.APPLIED, S.RETURNED),
        (S.OUT_APPROVED, S.RETURNED),
        (S.IN_APPROVED, S.WITHDRAWN),
        (S.RETURNED, S.APPLIED),
        (S.RETURNED, S.WITHDRAWN),
    ],
)
def test_allowed_steps(current, target):
    check_transition(current, target, TODAY, date(2026, 11, 1), TODAY)


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        (S.APPLIED, S.DONE, "不能直接改为“接转成功”"),
        (S.APPLIED, S.IN_APPROVED, "不能直接改为"),
        (S.DONE, S.RETURNED, "已接转成功"),
        (S.WITHDRAWN, S.APPLIED, "已撤回"),
        (S.RETURNED, S.OUT_APPROVED, "不能直接改为"),
    ],
)
def test_refused_steps(current, target, words):
    with pytest.raises(TransferRuleError, match=words):
        check_transition(current, target, TODAY, date(2026, 11, 1), TODAY)


def test_final_states_have_no_way_out():
    assert TRANSITIONS[S.DONE] == frozenset() and TRANSITIONS[S.WITHDRAWN] == frozenset()


def test_step_dates_cannot_be_future_or_before_the_previous_step():
    with pytest.raises(TransferRuleError, match="晚于今天"):
        check_transition(S.APPLIED, S.OUT_APPROVED, date(2026, 11, 28), date(2026, 11, 1), TODAY)
    with pytest.raises(TransferRuleError, match="早于上一步"):
        check_transition(S.APPLIED, S.OUT_APPROVED, date(2026, 10, 31), date(2026, 11, 1), TODAY)


def test_reason_list_is_the_zhtj_list():
    assert TRANSFER_REASON.names == (
        "升学",
        "已落实工作单位（有团组织）",
        "已落实工作单位（无团组织）",
        "出国(境)（因公）",
        "出国(境)（因私）",
        "未落实工作单位（未升学或未就业）",
        "参军入伍/涉密单位",
        "其他",
    )
    assert TRANSFER_REASON.lookup("参军") == "military"
    assert all(len(code) <= 20 for code in TRANSFER_REASON.codes)  # Transfer.reason width


def facts(**kw):
    values = dict(
        direction="out",
        name="王一",
        reason="study",
        reason_note="",
        other_org="共青团吉林大学委员会",
        applied_on=date(2026, 11, 20),
        fee_paid_to=YearMonth(2026, 11),
    )
    values.update(kw)
    return TransferFacts(**values)


def errors(issues):
    return [i.message for i in issues if i.is_error]


def test_a_good_transfer_has_no_issue():
    assert check_transfer(facts(), TODAY, 6) == []


def test_bad_transfers_say_why_in_chinese():
    assert "请选择转接原因" in errors(check_transfer(facts(reason="x"), TODAY, 6))
    assert any("其他" in m for m in errors(check_transfer(facts(reason="other"), TODAY, 6)))
    assert any("转入团组织" in m for m in errors(check_transfer(facts(other_org=" "), TODAY, 6)))
    assert any(
        "转出团组织" in m
        for m in errors(check_transfer(facts(direction="in", other_org=""), TODAY, 6))
    )
    assert any(
        "晚于今天" in m
        for m in errors(check_transfer(facts(applied_on=date(2026, 12, 1)), TODAY, 6))
    )


def test_fee_paid_far_in_the_future_is_refused_a_little_ahead_is_fine():
    assert errors(check_transfer(facts(fee_paid_to=YearMonth(2027, 11)), TODAY, 6)) == []
    bad = errors(check_transfer(facts(fee_paid_to=YearMonth(2027, 12)), TODAY, 6))
    assert bad and "不合理" in bad[0]


def test_fee_six_months_behind_is_a_warning_missing_fee_too():
    issues = check_transfer(facts(fee_paid_to=YearMonth(2026, 5)), TODAY, 6)
    assert not errors(issues) and "连续6个月" in issues[0].message
    assert check_transfer(facts(fee_paid_to=YearMonth(2026, 6)), TODAY, 6) == []
    missing = check_transfer(facts(fee_paid_to=None), TODAY, 6)
    assert not errors(missing) and "团费交至" in missing[0].message


def test_letter_numbers():
    assert format_letter_number(2026, 7) == "2026-007"
    assert parse_letter_number("7", 2026) == (2026, 7)
    assert parse_letter_number("2025-012", 2026) == (2025, 12)
    assert parse_letter_number("２０２６－００３", 2026) == (2026, 3)
    assert parse_letter_number("第15号", 2026) == (2026, 15)
    for bad in ("abc", "0", "2026-x"):
        with pytest.raises(TransferRuleError, match="无法识别"):
            parse_letter_number(bad, 2026)
    assert next_serial([]) == 1
    assert next_serial([1, 2, 5]) == 6  # a voided 5 is never reused


def test_validity_days():
    assert check_valid_days(30, 90) == []
    assert check_valid_days(0, 90)[0].is_error
    assert check_valid_days(400, 90)[0].is_error
    warn = check_valid_days(120, 90)
    assert warn and not warn[0].is_error and "超过90天" in warn[0].message
    assert valid_until(date(2026, 11, 1), 30) == date(2026, 11, 30)


def test_limits_come_from_the_profile(services_profiles):
    national = transfer_limits(services_profiles("national"))
    jilin = transfer_limits(services_profiles("jilin-2021"))
    assert national.pending_alert_days == 10 and national.letter_valid_days == 30
    assert national.graduate_rate_target is None
    assert jilin.graduate_rate_target == Fraction(95, 100)


@pytest.fixture
def services_profiles():
    from branchdesk.services.profiles import ProfileService
    from branchdesk.store.engine import make_engine
    from branchdesk.store.models import SQLModel

    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    service = ProfileService(engine)
    yield service.get
    engine.dispose()


LIMITS = TransferLimits()


def test_pending_reminder_after_the_limit_only():
    fresh = TransferFact(1, "王一", "out", "applied", date(2026, 11, 17))
    stale = TransferFact(2, "李二", "in", "out_approved", date(2026, 11, 16))
    done = TransferFact(3, "张三", "out", "done", date(2026, 1, 1))
    found = reminders([fresh, stale, done], [], TODAY, LIMITS)
    assert [r.transfer_id for r in found] == [2]
    assert "11天未处理" in found[0].text and "转入" in found[0].text


def test_receipt_reminder_after_validity_plus_due_days():
    letter = dict(letter_issued_on=date(2026, 9, 28), letter_valid_days=30)  # valid to 10-27
    due = TransferFact(1, "王一", "out", "done", date(2026, 10, 1), **letter)  # due 11-26
    assert [r.kind for r in reminders([due], [], TODAY, LIMITS)] == ["receipt"]
    assert reminders([due], [], date(2026, 11, 26), LIMITS) == []
    back = TransferFact(
        1, "王一", "out", "done", date(2026, 10, 1), receipt_on=date(2026, 10, 9), **letter
    )
    assert reminders([back], [], TODAY, LIMITS) == []


def test_graduates_not_moved_after_six_months():
    late = GraduateFact(1, "王一", YearMonth(2026, 5), "active", moved=False)
    early = GraduateFact(2, "李二", YearMonth(2026, 6), "active", moved=False)
    moved = GraduateFact(3, "张三", YearMonth(2026, 1), "transferred", moved=True)
    found = reminders([], [late, early, moved], TODAY, LIMITS)
    assert [r.member_id for r in found] == [1]
    assert "满6个月" in found[0].text


def test_cohort_rate_against_the_goal():
    grads = [
        GraduateFact(i, f"人{i}", YearMonth(2026, 6), "transferred", moved=i <= 19)
        for i in range(1, 21)
    ] + [GraduateFact(99, "超龄", YearMonth(2026, 6), "active", moved=False, eligible=False)]
    rate = cohort_rate(2026, grads, Fraction(95, 100))
    assert (rate.graduates, rate.moved, rate.rate, rate.met) == (20, 19, Fraction(19, 20), True)
    assert rate.describe() == "2026届毕业团员20人，已转接19人，转接率95%（目标≥95%，已达到）"
    low = cohort_rate(
        2026,
        grads[:3] + [GraduateFact(50, "x", YearMonth(2026, 6), "active", False)],
        Fraction(95, 100),
    )
    assert low.met is False and "75%" in low.describe() and "未达到" in low.describe()
    assert cohort_rate(2025, grads, None).rate is None
    assert percent(Fraction(2, 3)) == "66.7%"
