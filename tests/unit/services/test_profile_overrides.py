"""A branch's own rule values (rules.md §17): set, validated, logged, reset, carried on a switch."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from fractions import Fraction

import pytest
from sqlmodel import func, select

from branchdesk.domain.meetings import VoteKind, VoteRecord, check_vote
from branchdesk.domain.profiles import parse_profile
from branchdesk.domain.reviews import excellent_cap
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services import profiles as profiles_module
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import ProfileOverride, ProfileOverrideLog, SQLModel

TODAY = date(2026, 6, 20)
CAP = "pingyi.excellent_cap"
QUORUM = "quorum.dahui.attendance"


class Clock:
    """Each call one minute later, so the log has a clear order."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 20, 9, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    built.profiles._now = Clock()
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name="测试团支部", kind="school"))


def count(services, table) -> int:
    with session_scope(services.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def row(services, branch, key):
    return next(r for r in services.profiles.settings_for(branch.id) if r.key == key)


def general_vote(present: int, yes: int) -> VoteRecord:
    return VoteRecord(
        kind=VoteKind.GENERAL,
        subject="议题",
        expected=24,
        present=present,
        voters=present,
        yes=yes,
        no=present - yes,
        abstain=0,
        total_members=24,
    )


# ---- what the rules use ------------------------------------------------------------------------


def test_excellent_cap_override_changes_the_ratio_the_rules_use(services, branch):
    assert services.profiles.for_branch(branch.id).ratio(CAP) == Fraction(3, 10)

    services.profiles.set_override(branch.id, CAP, "20%", "上级团委通知：优秀比例不超过20%")

    profile = services.profiles.for_branch(branch.id)
    assert profile.ratio(CAP) == Fraction(1, 5)
    assert profile.get(CAP).is_overridden
    assert profile.get(CAP).default == 0.30
    assert excellent_cap(14, profile) == 2  # ⌊14 × 20%⌋, was 4 at 30%
    # Other branches keep the national value.
    other = services.branches.create(BranchInput(name="另一团支部"), make_current=False)
    assert services.profiles.for_branch(other.id).ratio(CAP) == Fraction(3, 10)


def test_ratio_written_as_a_decimal(services, branch):
    services.profiles.set_override(branch.id, CAP, "0.25", "试行")
    assert services.profiles.for_branch(branch.id).ratio(CAP) == Fraction(1, 4)


def test_two_thirds_quorum_fails_a_vote_that_passed_at_one_half(services, branch):
    vote = general_vote(present=14, yes=10)  # 14 of 24 members: > 1/2, not > 2/3
    assert check_vote(vote, services.profiles.for_branch(branch.id)).passed

    services.profiles.set_override(branch.id, QUORUM, "2/3", "支部大会决定从严")

    profile = services.profiles.for_branch(branch.id)
    threshold = profile.fraction(QUORUM)
    assert threshold.fraction == Fraction(2, 3)
    assert (threshold.op, threshold.base) == (">", "total_members")  # kept from the profile
    check = check_vote(vote, profile)
    assert not check.quorum_met
    assert not check.passed
    assert "2/3" in check.explanation


def test_other_kinds_are_read_by_their_kind(services, branch):
    p = services.profiles
    p.set_override(branch.id, "zhuce.defer_months", "9个月", "按上级要求")
    p.set_override(branch.id, "fee.student", "0.50", "按上级要求")
    p.set_override(branch.id, "stats.age_bands", "14-18, 19-24，25–28", "统计口径")
    p.set_override(branch.id, "transfer.graduate_rate_target", "95%", "对标吉林")
    p.set_override(branch.id, "fazhan.record_on_admit", "required", "发展即录入")
    profile = p.for_branch(branch.id)
    assert profile.int_value("zhuce.defer_months") == 9
    assert str(profile.decimal_value("fee.student")) == "0.50"
    assert profile.ranges("stats.age_bands") == ((14, 18), (19, 24), (25, 28))
    assert profile.ratio("transfer.graduate_rate_target") == Fraction(19, 20)
    assert profile.text_value("fazhan.record_on_admit") == "required"

    # An optional setting is switched off again by an empty value.
    p.set_override(branch.id, "transfer.graduate_rate_target", "", "不再考核")
    assert not p.for_branch(branch.id).is_set("transfer.graduate_rate_target")


def test_member_rules_follow_overrides(services, branch):
    services.profiles.set_override(branch.id, "retire.remind_days", "90", "提前三个月提醒")
    assert services.profiles.member_rules_for(branch.id).retire_remind_days == 90


# ---- refused, nothing written --------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "text", "words"),
    [
        (CAP, "150%", ["评议“优秀”比例上限", "0% 到 100%"]),
        (CAP, "三成", ["评议“优秀”比例上限", "30% 或 0.3"]),
        (CAP, "30", ["0% 到 100%"]),
        (QUORUM, "3/2", ["支部大会到会人数", "不大于1的分数"]),
        (QUORUM, "0/2", ["不大于1的分数"]),
        (QUORUM, "一半", ["支部大会到会人数"]),
        ("zhuce.defer_months", "-3", ["暂缓注册", "整数"]),
        ("zhuce.defer_months", "", ["请填写"]),
        ("fee.student", "-1", ["fee.student"]),  # refused by domain.profiles.resolve()
        ("fee.student", "两毛", ["数值"]),
        ("fazhan.record_on_admit", "sometimes", ["只能是以下值之一"]),  # resolve() again
        ("stats.age_bands", "14-20, 18-22", ["互不重叠"]),
        ("meeting.tuanke.rule", "每月1次", ["团课频次", "不能在这里修改"]),
        ("rating.bands", "90", ["不能在这里修改"]),
    ],
)
def test_bad_values_are_refused_naming_the_setting(services, branch, key, text, words):
    with pytest.raises(ValidationError) as caught:
        services.profiles.set_override(branch.id, key, text, "试试")
    for word in words:
        assert word in caught.value.message
    assert count(services, ProfileOverride) == 0
    assert count(services, ProfileOverrideLog) == 0


@pytest.mark.parametrize("reason", ["", "   ", "\u3000"])
def test_an_empty_reason_is_refused(services, branch, reason):
    with pytest.raises(ValidationError, match="原因"):
        services.profiles.set_override(branch.id, CAP, "20%", reason)
    assert count(services, ProfileOverride) == 0
    assert count(services, ProfileOverrideLog) == 0


def test_the_value_already_in_use_is_refused(services, branch):
    with pytest.raises(ValidationError, match="已是30%"):
        services.profiles.set_override(branch.id, CAP, "0.3", "重复")
    assert count(services, ProfileOverrideLog) == 0


def test_unknown_setting_and_branch(services, branch):
    with pytest.raises(NotFoundError):
        services.profiles.set_override(branch.id, "no.such.key", "1", "原因")
    with pytest.raises(NotFoundError):
        services.profiles.set_override(999, CAP, "20%", "原因")
    with pytest.raises(NotFoundError):
        services.profiles.settings_for(999)


# ---- reset and history -----------------------------------------------------------------------


def test_reset_restores_the_profile_value(services, branch):
    p = services.profiles
    p.set_override(branch.id, CAP, "20%", "上级通知")
    with pytest.raises(ValidationError, match="原因"):
        p.reset_override(branch.id, CAP, "")
    assert p.for_branch(branch.id).ratio(CAP) == Fraction(1, 5)

    p.reset_override(branch.id, CAP, "通知已废止")

    profile = p.for_branch(branch.id)
    assert profile.ratio(CAP) == Fraction(3, 10)
    assert not profile.get(CAP).is_overridden
    assert count(services, ProfileOverride) == 0
    with pytest.raises(ValidationError, match="没有修改过"):
        p.reset_override(branch.id, CAP, "再来一次")


def test_the_log_records_each_change_newest_first(services, branch):
    p = services.profiles
    p.set_override(branch.id, CAP, "20%", "第一次")
    p.set_override(branch.id, CAP, "25%", "第二次")
    p.reset_override(branch.id, CAP, "第三次")
    p.set_override(branch.id, QUORUM, "2/3", "第四次")

    log = p.override_log(branch.id)
    assert [(e.label, e.old_text, e.new_text, e.reason) for e in log] == [
        ("支部大会到会人数", None, "超过支部团员总数的2/3", "第四次"),
        ("评议“优秀”比例上限", "25%", None, "第三次"),
        ("评议“优秀”比例上限", "20%", "25%", "第二次"),
        ("评议“优秀”比例上限", None, "20%", "第一次"),
    ]
    assert log[0].changed_at > log[-1].changed_at
    assert p.override_log(services.branches.create(BranchInput(name="乙"), False).id) == []


def test_settings_rows(services, branch):
    p = services.profiles
    p.set_override(branch.id, CAP, "20%", "上级通知")
    rows = p.settings_for(branch.id)
    keys = [r.key for r in rows]
    assert keys == list(p.get("national").keys())  # the file's order
    cap = rows[keys.index(CAP)]
    assert (cap.value_text, cap.default_text, cap.edit_text) == ("20%", "30%", "20%")
    assert cap.overridden and cap.reason == "上级通知" and cap.changed_at is not None
    assert cap.group == "团员教育评议" and cap.editable and cap.tag == "[N?]"
    quorum = rows[keys.index(QUORUM)]
    assert quorum.value_text == "超过支部团员总数的1/2"
    assert quorum.edit_text == "1/2" and not quorum.overridden and quorum.reason == ""
    tuanke = rows[keys.index("meeting.tuanke.rule")]
    assert tuanke.unconfirmed and not tuanke.editable and tuanke.value_text == "未设定"
    fee = rows[keys.index("fee.student")]
    assert (fee.value_text, fee.unit) == ("0.20", "元/月")
    bands = rows[keys.index("stats.age_bands")]
    assert bands.edit_text == "14-17, 18-22, 23-25, 26-28"


def test_each_change_is_one_transaction(services, branch, monkeypatch):
    # A failure after the override row is written leaves neither the row nor a log line.
    def boom(*_args, **_kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(profiles_module, "ProfileOverrideLog", boom)
    with pytest.raises(RuntimeError):
        services.profiles.set_override(branch.id, CAP, "20%", "原因")
    assert count(services, ProfileOverride) == 0


# ---- switching profile -----------------------------------------------------------------------

SLIM = """
[profile]
key = "slim"
name = "精简测试"
version = "0.1"
inherits = "national"

[pingyi.excellent_cap]
value = 0.25
tag = "[L]"
source = "测试"
"""

OTHER_ROOT = """
[profile]
key = "other-root"
name = "另一套"
version = "0.1"

[pingyi.excellent_cap]
value = 0.25
type = "ratio"
label = "优秀比例"
tag = "[L]"
source = "测试"

[zhuce.defer_months]
value = { count = 1, per = "month" }
label = "暂缓注册"
tag = "[L]"
source = "测试"
"""


@pytest.fixture
def extra_profiles(monkeypatch):
    shipped = dict(profiles_module.shipped_profiles())
    for text in (SLIM, OTHER_ROOT):
        data = parse_profile(text)
        shipped[data.key] = data
    monkeypatch.setattr(profiles_module, "shipped_profiles", lambda: shipped)
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


def switch(services, branch, key):
    services.branches.update(
        branch.id, BranchInput(name=branch.name, kind=branch.kind, profile_key=key)
    )


def test_switching_profile_keeps_overrides_it_still_has(services, branch):
    services.profiles.set_override(branch.id, CAP, "20%", "上级通知")
    switch(services, branch, "jilin-2021")
    profile = services.profiles.for_branch(branch.id)
    assert profile.key == "jilin-2021"
    assert profile.ratio(CAP) == Fraction(1, 5)
    assert len(services.profiles.override_log(branch.id)) == 1  # nothing dropped


def test_switching_profile_drops_what_no_longer_applies(extra_profiles):
    services = extra_profiles
    branch = services.branches.create(BranchInput(name="测试团支部"))
    p = services.profiles
    p.set_override(branch.id, CAP, "20%", "上级通知")
    p.set_override(branch.id, "zhuce.defer_months", "9", "上级通知")
    p.set_override(branch.id, "fee.student", "0.50", "上级通知")

    switch(services, branch, "slim")  # inherits national: every key is still there
    assert p.for_branch(branch.id).ratio(CAP) == Fraction(1, 5)
    assert count(services, ProfileOverride) == 3

    switch(services, branch, "other-root")  # no fee.student; defer_months is a frequency there
    profile = p.for_branch(branch.id)
    assert profile.ratio(CAP) == Fraction(1, 5)  # kept
    assert profile.get("zhuce.defer_months").kind == "frequency"
    assert not profile.get("zhuce.defer_months").is_overridden
    with session_scope(services.engine) as session:
        left = session.exec(select(ProfileOverride.key)).all()
    assert left == [CAP]
    dropped = [e for e in p.override_log(branch.id) if "另一套" in e.reason]
    assert {e.key for e in dropped} == {"zhuce.defer_months", "fee.student"}
    for entry in dropped:
        assert entry.new_text is None
    assert "没有设置项" in next(e.reason for e in dropped if e.key == "fee.student")


def test_an_override_that_stopped_fitting_is_ignored_not_fatal(services, branch, expected_warnings):
    # E.g. a newer profile file changed the setting: the branch gets the profile value.
    with session_scope(services.engine) as session:
        session.add(
            ProfileOverride(branch_id=branch.id, key=CAP, value_json='"lots"', reason="旧数据")
        )
        session.add(
            ProfileOverride(
                branch_id=branch.id, key="zhuce.defer_months", value_json="9", reason="x"
            )
        )
    profile = services.profiles.for_branch(branch.id)
    assert profile.ratio(CAP) == Fraction(3, 10)
    assert profile.int_value("zhuce.defer_months") == 9
    assert "pingyi.excellent_cap" in expected_warnings[0].getMessage()
