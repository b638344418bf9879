"""会议记录 rules: code lists, attendance, quorum and passing per profile, elections, meetings."""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from branchdesk.domain.meetings import (
    AGENDA_TYPES,
    MEETING_KINDS,
    PRESENCE,
    VOTE_KINDS,
    AttendanceCounts,
    AttendanceLine,
    MeetingKind,
    Presence,
    VoteKind,
    VoteRecord,
    agenda_types_for,
    check_attendance,
    check_meeting,
    check_vote,
    count_attendance,
    percent_text,
    tally_election,
    vote_kind_for_agenda,
    vote_rules,
)
from branchdesk.domain.members import Issue, Severity
from branchdesk.domain.profiles import (
    Profile,
    ProfileData,
    Threshold,
    index_profiles,
    parse_profile,
    resolve,
)

PROFILE_DIR = Path(__file__).resolve().parents[3] / "resources" / "profiles"
CHINESE = re.compile(r"[\u4e00-\u9fff]")
PROFILE_KEYS = ("national", "jilin-2021")


def _shipped() -> dict[str, ProfileData]:
    return index_profiles(
        parse_profile(path.read_text(encoding="utf-8"))
        for path in sorted(PROFILE_DIR.glob("*.toml"))
    )


SHIPPED = _shipped()
PROFILES = {key: resolve(SHIPPED, key) for key in PROFILE_KEYS}


@pytest.fixture(params=PROFILE_KEYS)
def profile(request: pytest.FixtureRequest) -> Profile:
    return PROFILES[request.param]


def errors(issues: tuple[Issue, ...] | list[Issue]) -> list[str]:
    return [issue.message for issue in issues if issue.is_error]


def warnings(issues: tuple[Issue, ...] | list[Issue]) -> list[str]:
    return [issue.message for issue in issues if issue.severity is Severity.WARNING]


def vote(
    kind: VoteKind = VoteKind.GENERAL,
    expected: int = 24,
    present: int = 20,
    voters: int | None = None,
    yes: int = 0,
    no: int = 0,
    abstain: int = 0,
    subject: str = "议题",
    total_members: int | None = None,
    voters_expected: int | None = None,
) -> VoteRecord:
    return VoteRecord(
        kind=kind,
        subject=subject,
        expected=expected,
        present=present,
        voters=present if voters is None else voters,
        yes=yes,
        no=no,
        abstain=abstain,
        total_members=total_members,
        voters_expected=voters_expected,
    )


# --- code lists -------------------------------------------------------------------------------


def test_meeting_kinds() -> None:
    assert MEETING_KINDS.codes == tuple(MeetingKind)
    assert MEETING_KINDS.name(MeetingKind.DAHUI) == "支部大会"
    assert MEETING_KINDS.name("zhiwei") == "支委会"
    assert MEETING_KINDS.name("xiaozu") == "团小组会"
    assert MEETING_KINDS.name("tuanke") == "团课"
    assert MEETING_KINDS.name("theme_day") == "主题团日"
    assert "组织生活会" in MEETING_KINDS.name("shenghuohui")
    assert MEETING_KINDS.lookup("主题团日活动") == "theme_day"


def test_agenda_types() -> None:
    assert AGENDA_TYPES.codes == (
        "study",
        "report",
        "election",
        "admission",
        "evaluation",
        "registration",
        "tuiyou",
        "reward",
        "discipline",
        "removal",
        "life_meeting",
        "assignment",
        "activist",
        "other",
    )
    assert AGENDA_TYPES.name("activist") == "确定入团积极分子/发展对象"
    for kind in MeetingKind:
        offered = agenda_types_for(kind)
        assert offered, kind
        assert set(offered) <= set(AGENDA_TYPES.codes)
        assert offered[-1] == "other"
        assert len(set(offered)) == len(offered)
    assert {"election", "admission", "evaluation", "tuiyou", "removal"} <= set(
        agenda_types_for(MeetingKind.DAHUI)
    )
    assert {"assignment", "activist"} <= set(agenda_types_for("zhiwei"))
    assert "activist" not in agenda_types_for(MeetingKind.DAHUI)
    assert agenda_types_for("no-such-kind") == AGENDA_TYPES.codes


def test_presence_and_vote_kinds() -> None:
    assert PRESENCE.codes == ("present", "leave", "absent")
    assert PRESENCE.names == ("出席", "请假", "缺席")
    assert VOTE_KINDS.codes == tuple(VoteKind)
    assert all(CHINESE.search(name) for name in VOTE_KINDS.names)


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("election", VoteKind.ELECTION),
        ("选举", VoteKind.ELECTION),
        ("admission", VoteKind.ADMISSION),
        ("接收新团员", VoteKind.ADMISSION),
        ("tuiyou", VoteKind.TUIYOU),
        ("evaluation", VoteKind.EVALUATION),
        ("评议", VoteKind.EVALUATION),
        ("report", VoteKind.GENERAL),
        ("discipline", VoteKind.GENERAL),
        ("other", VoteKind.GENERAL),
        ("unknown", VoteKind.GENERAL),
        ("", VoteKind.GENERAL),
    ],
)
def test_vote_kind_for_agenda(topic: str, kind: VoteKind) -> None:
    assert vote_kind_for_agenda(topic) is kind


def test_every_vote_kind_has_rules_in_both_profiles(profile: Profile) -> None:
    for kind in VoteKind:
        attendance, passing = vote_rules(kind, profile)
        assert isinstance(attendance, Threshold)
        assert isinstance(passing, Threshold)


# --- attendance -------------------------------------------------------------------------------


def line(
    member_id: int | None,
    presence: Presence | None = Presence.PRESENT,
    reason: str | None = None,
    observer: bool = False,
    can_vote: bool = True,
    name: str | None = None,
) -> AttendanceLine:
    return AttendanceLine(
        member_id=member_id,
        name=name if name is not None else f"团员{member_id}",
        presence=presence,
        reason=reason,
        observer=observer,
        can_vote=can_vote,
    )


SHEET = [
    *(line(i) for i in range(1, 10)),  # 9 present
    line(10, can_vote=False),  # present, under 留团察看
    line(11, Presence.LEAVE, reason="病假"),
    line(12, Presence.ABSENT, reason="外出实习"),
    line(None, None, name="入团积极分子甲"),
    line(None, None, name="列席乙"),
]


def test_count_attendance() -> None:
    counts = count_attendance(SHEET)
    assert counts == AttendanceCounts(
        expected=12,
        present=10,
        leave=1,
        absent=1,
        observers=2,
        voters_present=9,
        voters_expected=11,
    )
    assert counts.rate == Fraction(10, 12)
    assert counts.rate_text == "83.3%"


def test_rate_text() -> None:
    eleven = AttendanceCounts(12, 11, 1, 0, 0, 11)
    assert eleven.rate_text == "91.7%"
    assert AttendanceCounts(3, 3, 0, 0, 0, 3).rate_text == "100.0%"
    assert AttendanceCounts(0, 0, 0, 0, 2, 0).rate is None
    assert AttendanceCounts(0, 0, 0, 0, 2, 0).rate_text == "—"
    assert percent_text(Fraction(1, 8)) == "12.5%"
    assert percent_text(Fraction(1, 3), decimals=0) == "33%"
    assert percent_text(Fraction(3, 10), decimals=0) == "30%"


def test_observer_flag_and_empty_presence_both_mean_observer() -> None:
    counts = count_attendance([line(1), line(None, None), line(2, None, observer=True)])
    assert (counts.expected, counts.present, counts.observers) == (1, 1, 2)


def test_clean_sheet_has_no_issues() -> None:
    assert check_attendance(SHEET, roster_size=12) == []


def test_more_expected_than_the_roster() -> None:
    issues = check_attendance(SHEET, roster_size=11)
    assert errors(issues) == ["应到12人，超过支部团员总数11人"]


def test_duplicated_member() -> None:
    issues = check_attendance([line(1), line(2), line(1, Presence.ABSENT, reason="病")], 5)
    assert errors(issues) == ["团员1在出席名单中重复出现"]


def test_observer_who_is_a_member_marked_present() -> None:
    issues = check_attendance([line(1), line(2, Presence.PRESENT, observer=True)], 5)
    assert errors(issues) == ["团员2是本支部团员，已标记为出席，不能同时记为列席"]


def test_non_member_counted_as_expected() -> None:
    issues = check_attendance([line(1), line(None, Presence.PRESENT, name="王五")], 5)
    assert errors(issues) == ["王五不是本支部团员，只能列席，不计入应到人数"]


def test_missing_name() -> None:
    assert errors(check_attendance([line(1, name=" ")], 5)) == ["出席名单第1行缺少姓名"]


def test_absence_without_reason_is_a_warning() -> None:
    issues = check_attendance(
        [line(1), line(2, Presence.ABSENT), line(3, Presence.LEAVE, reason="  "), line(4)], 5
    )
    assert errors(issues) == []
    assert warnings(issues) == ["团员2缺席，未填写原因", "团员3请假，未填写原因"]
    assert {issue.field for issue in issues} == {"attendance"}


# --- quorum and passing -----------------------------------------------------------------------


def test_shipped_rule_shapes(profile: Profile) -> None:
    """The edge tests below assume the shipped rules; they are asserted here once."""
    half = Fraction(1, 2)
    assert vote_rules(VoteKind.GENERAL, profile) == (
        Threshold(">", half, "total_members"),
        Threshold(">", half, "present_voters"),
    )
    assert vote_rules(VoteKind.EVALUATION, profile)[0] == Threshold(">", Fraction(2, 3), "expected")
    assert vote_rules(VoteKind.ELECTION, profile) == (
        Threshold(">", Fraction(4, 5), "expected"),
        Threshold(">", half, "present_voters"),
    )
    assert vote_rules(VoteKind.ADMISSION, profile) == (
        Threshold(">", half, "voting_expected"),
        Threshold(">", half, "present_voters"),
    )
    assert vote_rules(VoteKind.TUIYOU, profile) == (
        Threshold(">", half, "voting_expected"),
        Threshold(">", half, "expected_voters"),
    )


def test_general_exactly_half_present_fails(profile: Profile) -> None:
    check = check_vote(vote(expected=24, present=12, yes=12, total_members=24), profile)
    assert not check.quorum_met
    assert not check.passed
    assert check.votes_met
    assert errors(check.issues) == []
    assert warnings(check.issues) == [
        "实到12人，未超过支部团员总数24人的1/2（至少需13人），不符合到会要求"
    ]
    assert "不能生效" in check.explanation


def test_general_one_more_than_half_passes(profile: Profile) -> None:
    check = check_vote(vote(expected=24, present=13, yes=7, no=6, total_members=24), profile)
    assert check.quorum_met
    assert check.passed
    assert check.issues == ()
    assert check.explanation == (
        "实到13人，超过支部团员总数24人的1/2（至少需13人），符合到会要求；"
        "议题：赞成7票，超过实到有表决权13人的1/2（至少需7票），表决通过。"
    )


def test_general_quorum_counts_against_all_members_not_the_expected(profile: Profile) -> None:
    # 应到 excludes nobody here, but the branch has 30 members: 13 is not more than 15.
    check = check_vote(vote(expected=24, present=13, yes=13, total_members=30), profile)
    assert not check.quorum_met
    # Without total_members, 应到 stands in.
    assert check_vote(vote(expected=24, present=13, yes=13), profile).quorum_met


def test_general_exactly_half_yes_fails(profile: Profile) -> None:
    check = check_vote(vote(expected=20, present=12, yes=6, no=6), profile)
    assert check.quorum_met
    assert not check.passed
    assert not check.votes_met
    assert warnings(check.issues) == [
        "议题：赞成6票，未超过实到有表决权12人的1/2（至少需7票），未获通过"
    ]
    assert check_vote(vote(expected=20, present=12, yes=7, no=5), profile).passed


def test_members_without_a_vote_shrink_the_passing_base(profile: Profile) -> None:
    # 13 present, one under 留团察看: 12 voters, 7 yes passes (7 > 6), 6 does not.
    assert check_vote(vote(expected=20, present=13, voters=12, yes=7), profile).passed
    assert not check_vote(vote(expected=20, present=13, voters=12, yes=6), profile).passed


def test_evaluation_exactly_two_thirds_fails(profile: Profile) -> None:
    kind = VoteKind.EVALUATION
    low = check_vote(vote(kind, expected=30, present=20, yes=20), profile)
    assert not low.quorum_met
    assert warnings(low.issues) == ["实到20人，未超过应到30人的2/3（至少需21人），不符合到会要求"]
    high = check_vote(vote(kind, expected=30, present=21, yes=11), profile)
    assert high.quorum_met
    assert high.passed  # like a general vote: 11 > 21/2


def test_election_four_fifths_edges(profile: Profile) -> None:
    kind = VoteKind.ELECTION
    assert not check_vote(vote(kind, expected=10, present=8, yes=8), profile).quorum_met
    assert check_vote(vote(kind, expected=10, present=9, yes=8), profile).quorum_met
    # 9 present but one under 留团察看: 8 with a vote is not more than 4/5 of 10.
    check = check_vote(vote(kind, expected=10, present=9, voters=8, yes=8), profile)
    assert not check.quorum_met
    assert warnings(check.issues)[0].startswith("实到有表决权8人，未超过应到10人的4/5")


def test_election_winner_needs_more_than_half_of_those_present(profile: Profile) -> None:
    kind = VoteKind.ELECTION
    five = check_vote(vote(kind, expected=10, present=10, yes=5, subject="张三"), profile)
    assert five.quorum_met
    assert not five.passed
    assert warnings(five.issues) == [
        "张三：得票5票，未超过实到有表决权10人的1/2（至少需6票），未当选"
    ]
    assert check_vote(vote(kind, expected=10, present=10, yes=6, subject="张三"), profile).passed
    # The base is those present, not those expected: 5 of 9 present is enough.
    assert check_vote(vote(kind, expected=10, present=9, yes=5, subject="张三"), profile).passed


def test_election_tally(profile: Profile) -> None:
    result = tally_election(
        [("甲", 9), ("乙", 7), ("丙", 6), ("丁", 5), ("戊", 3)],
        seats=3,
        expected=10,
        present=10,
        voters=10,
        profile=profile,
    )
    assert result.quorum_met
    assert result.elected == ("甲", "乙", "丙")
    assert result.tied == ()
    assert result.unfilled == 0
    assert len(result.checks) == 5
    assert "当选：甲、乙、丙" in result.explanation


def test_election_surplus_highest_win_and_ties_revote(profile: Profile) -> None:
    # Three seats, four candidates with more than half: 甲 and 乙 are in, 丙 and 丁 tie for one.
    surplus = tally_election([("甲", 9), ("乙", 7), ("丙", 6), ("丁", 6)], 3, 10, 10, 10, profile)
    assert surplus.elected == ("甲", "乙")
    assert surplus.tied == ("丙", "丁")
    assert surplus.unfilled == 0
    assert warnings(surplus.issues) == ["丙、丁得票相等，争夺剩余1个名额，须再次投票"]
    # A tie below the last seat does not matter.
    clear = tally_election(
        [("甲", 13), ("乙", 13), ("丙", 12), ("丁", 11), ("戊", 11)], 3, 20, 20, 20, profile
    )
    assert clear.elected == ("甲", "乙", "丙")
    assert clear.tied == ()
    ordered = tally_election([("甲", 6), ("乙", 9), ("丙", 7)], 3, 10, 10, 10, profile)
    assert ordered.elected == ("乙", "丙", "甲")


def test_election_unfilled_seats(profile: Profile) -> None:
    result = tally_election([("甲", 8), ("乙", 5), ("丙", 4)], 3, 10, 10, 10, profile)
    assert result.elected == ("甲",)
    assert result.unfilled == 2
    assert "尚缺2名，应另行选举" in result.explanation


def test_election_inquorate_or_impossible(profile: Profile) -> None:
    inquorate = tally_election([("甲", 8)], 1, 10, 8, 8, profile)
    assert not inquorate.quorum_met
    assert inquorate.elected == ()
    assert inquorate.unfilled == 1
    void = tally_election([("甲", 8)], 1, 10, 9, 9, profile, ballots_issued=9, ballots_returned=10)
    assert errors(void.issues) == ["收回选票10张，多于发出的9张，选举无效，应重新投票"]
    assert void.elected == ()
    too_many = tally_election([("甲", 9), ("乙", 9), ("丙", 9)], 2, 10, 9, 9, profile)
    assert errors(too_many.issues) == ["各候选人得票合计27票，多于9人×应选2名的18票"]
    twice = tally_election([("甲", 5), ("甲", 4)], 2, 10, 9, 9, profile)
    assert errors(twice.issues) == ["候选人甲重复出现"]


def test_admission_counts_those_with_a_vote(profile: Profile) -> None:
    kind = VoteKind.ADMISSION
    # 10 expected, 2 under 留团察看: 8 with a vote; 4 of them present is exactly half.
    low = vote(kind, expected=10, present=5, voters=4, yes=4, voters_expected=8, subject="张三")
    assert not check_vote(low, profile).quorum_met
    high = vote(kind, expected=10, present=6, voters=5, yes=3, voters_expected=8, subject="张三")
    check = check_vote(high, profile)
    assert check.quorum_met
    assert check.passed  # 3 > 5/2
    assert "同意接收" in check.explanation
    assert not check_vote(
        vote(kind, expected=10, present=6, voters=6, yes=3, subject="张三"), profile
    ).passed


@pytest.mark.parametrize("subject", ["张三、李四", "张三，李四", "张三,李四", "张三 和 李四"])
def test_admission_one_candidate_per_vote(profile: Profile, subject: str) -> None:
    check = check_vote(vote(VoteKind.ADMISSION, 10, 9, yes=9, subject=subject), profile)
    assert errors(check.issues) == [f"接收新团员须逐个表决：“{subject}”含2人，应分为2次表决"]
    assert not check.passed
    tuiyou = check_vote(vote(VoteKind.TUIYOU, 10, 9, yes=9, subject=subject), profile)
    assert errors(tuiyou.issues)


def test_per_candidate_votes_need_a_subject(profile: Profile) -> None:
    for kind in (VoteKind.ADMISSION, VoteKind.TUIYOU, VoteKind.ELECTION):
        check = check_vote(vote(kind, 10, 9, yes=9, subject=" "), profile)
        assert [issue.field for issue in check.issues] == ["subject"]
    assert check_vote(vote(VoteKind.GENERAL, 10, 9, yes=9, subject=""), profile).passed


def test_tuiyou_passes_against_the_expected_voters(profile: Profile) -> None:
    kind = VoteKind.TUIYOU
    # 9 of 10 present: 5 yes is more than half of those present, but not of the 10 expected.
    five = check_vote(vote(kind, 10, 9, yes=5, subject="张三", voters_expected=10), profile)
    assert five.quorum_met
    assert not five.passed
    assert "未超过应到有表决权10人的1/2（至少需6票）" in five.explanation
    assert check_vote(vote(kind, 10, 9, yes=6, subject="张三", voters_expected=10), profile).passed


@pytest.mark.parametrize(
    ("record", "field", "message"),
    [
        (vote(expected=10, present=11, yes=5), "present", "实到11人，多于应到10人"),
        (vote(expected=10, present=8, voters=9, yes=5), "voters", "有表决权的9人，多于实到8人"),
        (
            vote(expected=10, present=8, yes=5, no=2, abstain=2),
            "yes",
            "赞成5、反对2、弃权2，合计9票，多于有表决权的8人",
        ),
        (vote(expected=10, present=8, yes=-1), "yes", "赞成人数不能为负数（-1）"),
        (vote(expected=-3, present=0), "expected", "应到人数不能为负数（-3）"),
        (
            vote(expected=25, present=20, yes=15, total_members=24),
            "expected",
            "应到25人，多于支部团员总数24人",
        ),
        (
            vote(expected=10, present=8, voters=8, yes=5, voters_expected=7),
            "voters",
            "实到有表决权8人，多于应到有表决权7人",
        ),
        (
            vote(expected=10, present=8, yes=5, voters_expected=11),
            "voters_expected",
            "应到有表决权11人，多于应到10人",
        ),
    ],
)
def test_impossible_numbers(profile: Profile, record: VoteRecord, field: str, message: str) -> None:
    check = check_vote(record, profile)
    assert not check.quorum_met
    assert not check.passed
    assert [(issue.field, issue.message) for issue in check.issues if issue.is_error] == [
        (field, message)
    ]
    assert message in check.explanation


def test_votes_that_do_not_add_up_to_the_voters_are_fine(profile: Profile) -> None:
    # Two voters did not vote: fewer ballots than voters is possible.
    check = check_vote(vote(expected=20, present=15, yes=8, no=3, abstain=2), profile)
    assert check.passed
    assert check.issues == ()


def test_rules_follow_the_profile() -> None:
    custom = resolve(
        SHIPPED,
        "national",
        {
            "quorum.dahui.attendance": {"base": "expected", "op": ">=", "num": 2, "den": 3},
            "quorum.dahui.pass": {"base": "present", "op": ">", "num": 2, "den": 3},
        },
    )
    # >= 2/3 of 15 expected = 10 present is enough; "exactly" meets a ">=" rule.
    check = check_vote(vote(expected=15, present=10, yes=7, total_members=40), custom)
    assert check.quorum_met
    assert check.passed  # 7 > 2/3 × 10
    assert "不少于应到15人的2/3" in check.explanation
    short = check_vote(vote(expected=15, present=9, yes=7), custom)
    assert warnings(short.issues)[0] == "实到9人，少于应到15人的2/3（至少需10人），不符合到会要求"
    assert not check_vote(vote(expected=15, present=12, yes=8), custom).passed  # 8 = 2/3 × 12


@st.composite
def valid_votes(draw: st.DrawFn) -> VoteRecord:
    kind = draw(st.sampled_from(list(VoteKind)))
    total = draw(st.integers(0, 80))
    expected = draw(st.integers(0, total))
    voters_expected = draw(st.integers(0, expected))
    present = draw(st.integers(0, expected))
    voters = draw(st.integers(0, min(present, voters_expected)))
    yes = draw(st.integers(0, voters))
    no = draw(st.integers(0, voters - yes))
    abstain = draw(st.integers(0, voters - yes - no))
    return VoteRecord(
        kind, "张三", expected, present, voters, yes, no, abstain, total, voters_expected
    )


def _base(record: VoteRecord, base: str) -> int:
    return {
        "total_members": record.total_members,
        "expected": record.expected,
        "voting_expected": record.voters_expected,
        "expected_voters": record.voters_expected,
        "present": record.present,
        "present_voters": record.voters,
    }[base] or 0


@given(valid_votes(), st.sampled_from(PROFILE_KEYS))
def test_never_passed_at_or_below_the_threshold(record: VoteRecord, key: str) -> None:
    profile = PROFILES[key]
    attendance, passing = vote_rules(record.kind, profile)
    check = check_vote(record, profile)
    assert errors(check.issues) == []
    pass_base = _base(record, passing.base)
    if record.yes <= passing.fraction * pass_base:
        assert not check.passed
        assert not check.votes_met
    else:
        assert check.votes_met
    count = (
        record.voters
        if attendance.base in ("voting_expected", "expected_voters", "present_voters")
        or record.kind is VoteKind.ELECTION
        else record.present
    )
    assert check.quorum_met == (count > attendance.fraction * _base(record, attendance.base))
    assert check.passed == (check.quorum_met and check.votes_met)
    assert len(warnings(check.issues)) == (not check.quorum_met) + (not check.votes_met)
    assert CHINESE.search(check.explanation)


@given(
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.integers(-3, 40),
    st.integers(-3, 40),
)
def test_impossible_numbers_are_always_errors(
    expected: int, present: int, voters: int, yes: int, no: int, abstain: int
) -> None:
    record = VoteRecord(VoteKind.GENERAL, "", expected, present, voters, yes, no, abstain)
    check = check_vote(record, PROFILES["national"])
    impossible = (
        min(expected, present, voters, yes, no, abstain) < 0
        or present > expected
        or voters > present
        or yes + no + abstain > voters
    )
    assert bool(errors(check.issues)) == impossible
    if impossible:
        assert not check.passed
        assert not check.quorum_met


# --- the meeting ------------------------------------------------------------------------------

TODAY = date(2025, 5, 20)
MEMBERS = set(range(1, 13))


def meeting(
    kind: MeetingKind = MeetingKind.ZHIWEI,
    held_on: date = date(2025, 5, 10),
    lines: list[AttendanceLine] | None = None,
    recorder_id: int | None = 2,
    chair_id: int | None = 1,
    profile: Profile | None = None,
) -> list[Issue]:
    return check_meeting(
        kind,
        held_on,
        TODAY,
        SHEET if lines is None else lines,
        12,
        recorder_id,
        chair_id,
        MEMBERS,
        profile=profile,
    )


def test_good_meeting() -> None:
    assert meeting() == []
    assert meeting(held_on=TODAY) == []


def test_future_meeting_is_an_error() -> None:
    issues = meeting(held_on=date(2025, 5, 21))
    assert [(i.field, i.message) for i in issues] == [
        ("held_on", "会议日期2025-05-21晚于今天（2025-05-20），不能记录尚未召开的会议")
    ]


def test_recorder_and_chair_must_be_members() -> None:
    issues = meeting(recorder_id=99, chair_id=98)
    assert [(i.field, i.message) for i in issues if i.is_error] == [
        ("recorder_id", "记录人必须是本支部团员"),
        ("chair_id", "主持人必须是本支部团员"),
    ]
    # A 团课 may be given and chaired from outside; its recorder is still a member.
    tuanke = meeting(MeetingKind.TUANKE, recorder_id=99, chair_id=98)
    assert errors(tuanke) == ["记录人必须是本支部团员"]


def test_missing_recorder_chair_or_attendance_are_warnings() -> None:
    issues = meeting(recorder_id=None, chair_id=None, lines=[])
    assert errors(issues) == []
    assert warnings(issues) == ["未填写记录人", "未填写主持人", "未登记出席情况（应到、实到）"]


def test_meeting_includes_the_attendance_check() -> None:
    issues = meeting(lines=[line(1), line(1), line(3, Presence.ABSENT)])
    assert errors(issues) == ["团员1在出席名单中重复出现"]
    assert warnings(issues) == ["团员3缺席，未填写原因"]


def test_dahui_attendance_quorum_with_a_profile(profile: Profile) -> None:
    half = [line(i) for i in range(1, 7)] + [
        line(i, Presence.LEAVE, reason="病假") for i in range(7, 13)
    ]
    issues = meeting(MeetingKind.DAHUI, lines=half, profile=profile)
    assert warnings(issues) == ["实到6人，未超过支部团员总数12人的1/2（至少需7人），不符合到会要求"]
    more = [line(i) for i in range(1, 8)] + [
        line(i, Presence.LEAVE, reason="病假") for i in range(8, 13)
    ]
    assert meeting(MeetingKind.DAHUI, lines=more, profile=profile) == []
    # Other kinds have no attendance rule of their own.
    assert meeting(MeetingKind.ZHIWEI, lines=half, profile=profile) == []


def test_messages_are_chinese(profile: Profile) -> None:
    checks = [
        check_vote(vote(expected=24, present=11, yes=3, total_members=24), profile),
        check_vote(vote(expected=10, present=11), profile),
    ]
    for check in checks:
        assert CHINESE.search(check.explanation)
        for issue in check.issues:
            assert CHINESE.search(issue.message)
