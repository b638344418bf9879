"""LifecycleService: leaving (one, a batch, 超龄), discipline, 推优, history, the past roster."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.pipeline import add_member, admission_dahui, tuanke
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.lifecycle import LeaveRequest
from branchdesk.errors import ConflictError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.lifecycle import DisciplineInput, RecommendationInput
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Discipline, Member, MemberEvent, SQLModel

TODAY = date(2026, 11, 27)


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name="测试团支部", kind="enterprise"))


@pytest.fixture
def people(services, branch):
    b = branch.id
    return {
        "书记": add_member(services, b, "王书记", 1, born=date(1996, 3, 1), league_post="1"),
        "老甲": add_member(services, b, "陈老甲", 2, born=date(1997, 5, 10)),
        "老乙": add_member(services, b, "周老乙", 3, born=date(1998, 11, 27)),
        "小丙": add_member(services, b, "吴小丙", 4, born=date(2003, 2, 2)),
        "小丁": add_member(
            services, b, "郑小丁", 5, born=date(2004, 6, 6), joined=YearMonth(2021, 9)
        ),
    }


def counts(services):
    with session_scope(services.engine) as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (MemberEvent, Discipline)
        )


def status(services, member_id):
    return services.members.get(member_id).data.status


# ---- leaving -----------------------------------------------------------------------------------


def test_withdrawal_with_meeting_and_history(services, branch, people):
    meeting = admission_dahui(services, branch.id, date(2026, 10, 9), [])
    request = LeaveRequest(
        "withdrawn", date(2026, 10, 9), "本人申请退团", meeting, date(2026, 10, 20)
    )
    result = services.lifecycle.leave([people["小丙"]], request)
    assert result.names == ("吴小丙",) and result.warnings == ()
    assert status(services, people["小丙"]) == "withdrawn"
    [line] = services.lifecycle.status_history(people["小丙"])
    assert (line.label, line.status_before, line.status_after) == ("自愿退团", "在团", "自愿退团")
    assert line.reason == "本人申请退团" and "支部大会" in line.meeting
    assert line.approved_on == date(2026, 10, 20)


def test_leaving_a_member_who_is_already_out_changes_nothing(services, branch, people):
    services.lifecycle.leave(
        [people["小丙"]], LeaveRequest("removed", date(2026, 10, 1), "劝而不退")
    )
    before = counts(services)
    with pytest.raises(ValidationError, match="已是“除名”，不能再办理离团"):
        services.lifecycle.leave(
            [people["小丁"], people["小丙"]], LeaveRequest("withdrawn", date(2026, 10, 2), "退团")
        )
    assert counts(services) == before
    assert status(services, people["小丁"]) == "active"


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (LeaveRequest("withdrawn", date(2026, 10, 1)), "须填写原因"),
        (LeaveRequest("lapsed", date(2026, 12, 1), "六个月未过组织生活"), "晚于今天"),
        (LeaveRequest("removed", date(2026, 10, 1), "x", None, date(2026, 9, 1)), "批准日期早于"),
        (LeaveRequest("aged_out", date(2026, 10, 1)), "才满28周岁"),
        (LeaveRequest("gone", date(2026, 10, 1)), "未知的离团方式"),
    ],
)
def test_bad_leave_requests(services, people, request_, message):
    before = counts(services)
    with pytest.raises(ValidationError, match=message):
        services.lifecycle.leave([people["小丙"]], request_)
    assert counts(services) == before


def test_leaving_without_a_meeting_warns(services, people):
    result = services.lifecycle.leave(
        [people["小丙"]], LeaveRequest("lapsed", date(2026, 10, 1), "连续六个月不过组织生活")
    )
    assert any("支部大会" in w.message for w in result.warnings)


def test_aged_out_batch_skips_post_holders(services, branch, people):
    rows = services.lifecycle.aged_out_candidates(branch.id)
    assert [(r.name, r.eligible) for r in rows] == [
        ("陈老甲", True),
        ("周老乙", True),  # 28 today
        ("王书记", False),
    ]
    assert "担任团内职务（书记）" in rows[2].reason
    result = services.lifecycle.leave_aged_out(branch.id, TODAY)
    assert set(result.left) == {"陈老甲", "周老乙"}
    assert result.skipped == (("王书记", rows[2].reason),)
    assert status(services, people["老甲"]) == "aged_out"
    assert status(services, people["书记"]) == "active"
    with pytest.raises(ValidationError, match="没有可以办理超龄离团的团员"):
        services.lifecycle.leave_aged_out(branch.id, TODAY)


def test_aged_out_turns_on_the_28th_birthday(services, branch, people):
    earlier = services.lifecycle.aged_out_candidates(branch.id, date(2026, 11, 26))
    assert [r.name for r in earlier] == ["陈老甲", "王书记"]  # 周老乙 was still 27
    with pytest.raises(ValidationError, match="2026-11-27才满28周岁"):
        services.lifecycle.leave(
            [people["老乙"]], LeaveRequest("aged_out", date(2026, 11, 26), "超龄")
        )


def test_roster_as_of_a_past_day(services, branch, people):
    services.lifecycle.leave([people["小丙"]], LeaveRequest("withdrawn", date(2026, 3, 1), "退团"))
    services.lifecycle.leave_aged_out(branch.id, TODAY, [people["老甲"]])
    names = lambda day: [line.name for line in services.lifecycle.roster_as_of(branch.id, day)]  # noqa: E731
    assert "吴小丙" in names(date(2026, 2, 28)) and "吴小丙" not in names(date(2026, 3, 1))
    assert "陈老甲" in names(date(2026, 11, 26)) and "陈老甲" not in names(TODAY)
    assert "郑小丁" not in names(date(2021, 8, 31)) and "郑小丁" in names(date(2021, 9, 1))
    assert len(names(TODAY)) == 3


# ---- discipline --------------------------------------------------------------------------------


def test_probation_suspends_the_vote_until_concluded(services, branch, people):
    record = services.lifecycle.add_discipline(
        people["小丙"], DisciplineInput("probation", date(2026, 3, 1), "违反团的纪律", months=6)
    )
    assert record.ends_on == date(2026, 9, 1) and record.in_force_today  # ended, no conclusion
    votes = {
        e.name: e.can_vote for e in services.meetings.expected_roster(branch.id, "dahui", TODAY)
    }
    assert votes["吴小丙"] is False and votes["郑小丁"] is True
    before = {
        e.name: e.can_vote
        for e in services.meetings.expected_roster(branch.id, "dahui", date(2026, 2, 28))
    }
    assert before["吴小丙"] is True
    reminders = [r.text for r in services.lifecycle.reminders(branch.id)]
    assert any("已于2026-09-01期满" in t for t in reminders)
    with pytest.raises(ValidationError, match="不能重复给予留团察看"):
        services.lifecycle.add_discipline(
            people["小丙"], DisciplineInput("probation", date(2026, 10, 1), "再犯", months=6)
        )
    closed = services.lifecycle.close_probation(record.id, "restored", date(2026, 9, 5))
    assert closed.outcome_name == "恢复团员权利" and not closed.in_force_today
    votes = {
        e.name: e.can_vote for e in services.meetings.expected_roster(branch.id, "dahui", TODAY)
    }
    assert votes["吴小丙"] is True
    with pytest.raises(ValidationError, match="已经作出结论"):
        services.lifecycle.close_probation(record.id, "expelled", date(2026, 9, 6))


def test_probation_ending_soon_is_reminded_and_expulsion_ends_membership(services, branch, people):
    record = services.lifecycle.add_discipline(
        people["小丁"], DisciplineInput("probation", date(2026, 6, 15), "违纪", months=6)
    )
    assert any("将于2026-12-15期满" in r.text for r in services.lifecycle.reminders(branch.id))
    services.lifecycle.close_probation(record.id, "expelled", TODAY, reason="仍无悔改表现")
    assert status(services, people["小丁"]) == "expelled"
    [line] = services.lifecycle.status_history(people["小丁"])
    assert line.label == "开除团籍"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (DisciplineInput("probation", date(2026, 3, 1), "违纪", months=9), "6或12个月"),
        (DisciplineInput("warning", date(2026, 3, 1), " "), "须填写事实和理由"),
        (DisciplineInput("post_removed", date(2026, 3, 1), "失职"), "没有团内职务"),
        (DisciplineInput("warning", date(2027, 1, 1), "违纪"), "晚于今天"),
    ],
)
def test_bad_discipline_is_refused(services, people, data, message):
    before = counts(services)
    with pytest.raises(ValidationError, match=message):
        services.lifecycle.add_discipline(people["小丙"], data)
    assert counts(services) == before


def test_post_removed_and_expelled(services, people):
    services.lifecycle.add_discipline(
        people["书记"], DisciplineInput("post_removed", date(2026, 5, 1), "失职")
    )
    assert services.members.get(people["书记"]).data.league_post is None
    services.lifecycle.add_discipline(
        people["小丙"], DisciplineInput("expelled", date(2026, 5, 1), "触犯刑律")
    )
    assert status(services, people["小丙"]) == "expelled"
    with pytest.raises(ValidationError, match="不能给予团纪处分"):
        services.lifecycle.add_discipline(
            people["小丙"], DisciplineInput("warning", date(2026, 6, 1), "再犯")
        )
    kinds = [d.kind_name for d in services.lifecycle.disciplines(people["小丙"])]
    assert kinds == ["开除团籍"]


# ---- 推优入党 ------------------------------------------------------------------------------------


def test_recommendation_rules_and_party_joining(services, people):
    with pytest.raises(ValidationError, match="团龄不满1年"):
        services.lifecycle.recommend(people["小丁"], RecommendationInput(date(2022, 6, 1)))
    services.lifecycle.add_discipline(
        people["老乙"], DisciplineInput("probation", date(2026, 9, 1), "违纪", months=12)
    )
    with pytest.raises(ValidationError, match="留团察看期内"):
        services.lifecycle.recommend(people["老乙"], RecommendationInput(date(2026, 10, 1)))
    rec = services.lifecycle.recommend(
        people["小丁"], RecommendationInput(date(2026, 4, 1), applied_party_on=date(2025, 10, 1))
    )
    with pytest.raises(ValidationError, match="早于推荐日期"):
        services.lifecycle.confirm_recommendation(rec.id, date(2026, 3, 1))
    again = services.lifecycle.check_recommendation(people["小丁"], RecommendationInput(TODAY))
    assert [(i.is_error, i.message) for i in again] == [
        (False, "郑小丁已于2026-04-01推优，推优结果2年内有效")
    ]
    rec = services.lifecycle.confirm_recommendation(rec.id, date(2026, 5, 1))
    assert rec.confirmed_on == date(2026, 5, 1)
    rec = services.lifecycle.party_joined(rec.id, date(2026, 7, 1))
    member = services.members.get(people["小丁"])
    assert member.data.political_status == "02" and member.data.status == "active"
    [line] = services.lifecycle.status_history(people["小丁"])
    assert line.label == "入党（保留团籍）"


def test_recommendation_under_18(services, branch):
    young = add_member(
        services, branch.id, "少年", 9, born=date(2010, 1, 1), joined=YearMonth(2024, 5)
    )
    with pytest.raises(ValidationError, match="未满18周岁"):
        services.lifecycle.recommend(young, RecommendationInput(date(2026, 6, 1)))


# ---- 自行脱团 candidates -----------------------------------------------------------------------


def test_lapse_candidates_from_attendance(services, branch, people):
    assert services.lifecycle.lapse_candidates(branch.id) == []  # no records: nothing to judge
    tuanke(services, branch.id, date(2026, 3, 1))
    tuanke(services, branch.id, date(2026, 10, 1))
    # the second 团课's sheet had everyone present; mark 吴小丙 absent from it
    from branchdesk.store.models import Attendance, Meeting

    with session_scope(services.engine) as session:
        late = session.exec(select(Meeting).where(Meeting.held_on == date(2026, 10, 1))).one()
        row = session.exec(
            select(Attendance).where(
                Attendance.meeting_id == late.id, Attendance.member_id == people["小丙"]
            )
        ).one()
        row.presence = "absent"
    rows = services.lifecycle.lapse_candidates(branch.id)
    assert [(r.name, r.last_activity) for r in rows] == [("吴小丙", date(2026, 3, 1))]


def test_member_rows_unchanged_by_a_refused_batch(services, branch, people):
    with session_scope(services.engine) as session:
        before = [m.status for m in session.exec(select(Member).order_by(Member.id))]
    with pytest.raises(ValidationError):
        services.lifecycle.leave(
            [people["老甲"], people["书记"]], LeaveRequest("aged_out", TODAY, "超龄")
        )
    with session_scope(services.engine) as session:
        assert [m.status for m in session.exec(select(Member).order_by(Member.id))] == before


def test_votes_of_a_member_under_probation_are_not_counted(services, branch, people):
    from helpers.pipeline import roster_sheet

    from branchdesk.services.meeting_schemas import MeetingInput, ResolutionInput

    services.lifecycle.add_discipline(
        people["小丙"], DisciplineInput("probation", date(2026, 9, 1), "违纪", months=12)
    )
    sheet = roster_sheet(services, branch.id, date(2026, 10, 9))
    everyone = len(sheet)

    def meeting(yes):
        return MeetingInput(
            kind="dahui",
            title="支部大会",
            held_on=date(2026, 10, 9),
            content="讨论。",
            attendance=sheet,
            resolutions=(ResolutionInput("通过工作计划", vote_kind="general", yes=yes),),
        )

    with pytest.raises(ValidationError, match=f"多于有表决权的{everyone - 1}人"):
        services.meetings.create(branch.id, meeting(everyone))
    saved = services.meetings.create(branch.id, meeting(everyone - 1))
    assert saved.counts.voters_present == everyone - 1


def test_expulsion_by_leaving_is_also_on_the_discipline_record(services, people):
    services.lifecycle.leave(
        [people["小丙"]], LeaveRequest("expelled", date(2026, 10, 1), "触犯刑律")
    )
    [record] = services.lifecycle.disciplines(people["小丙"])
    assert record.kind_name == "开除团籍" and record.decided_on == date(2026, 10, 1)


def test_a_member_being_transferred_out_cannot_leave(services, branch, people):
    with session_scope(services.engine) as session:
        session.get(Member, people["老甲"]).status = "transferring"
    with pytest.raises(ValidationError, match="正在办理组织关系转出"):
        services.lifecycle.leave([people["老甲"]], LeaveRequest("withdrawn", TODAY, "退团"))
    rows = {r.name: r for r in services.lifecycle.aged_out_candidates(branch.id)}
    assert not rows["陈老甲"].eligible and rows["陈老甲"].reason == "正在办理组织关系转出"


# ---- undo and the lifecycle ---------------------------------------------------------------------


def test_undo_refuses_the_post_removed_by_a_discipline(services, branch, people):
    services.lifecycle.add_discipline(
        people["书记"], DisciplineInput("post_removed", date(2026, 5, 1), "失职")
    )
    [line] = services.history.recent(branch.id, limit=1)
    assert (line.entity_id, line.action) == (people["书记"], "lifecycle")
    assert [c.field for c in line.changes] == ["league_post"]
    with pytest.raises(ConflictError, match="请通过“团员”菜单中的办理离团、团纪处分等处理"):
        services.history.undo(line.id)
    assert services.members.get(people["书记"]).data.league_post is None
    assert [d.kind for d in services.lifecycle.disciplines(people["书记"])] == ["post_removed"]


def test_leaving_is_logged_and_undo_refuses_it(services, branch, people):
    member = services.members.get(people["小丙"])
    services.members.update(member.id, replace(member.data, phone="13900000000"))
    [edit] = services.history.recent(branch.id, limit=1)
    request = LeaveRequest("withdrawn", date(2026, 10, 9), "本人申请退团")
    services.lifecycle.leave([people["小丙"]], request)
    [line] = services.history.recent(branch.id, limit=1)
    assert (line.entity_id, line.action) == (people["小丙"], "lifecycle")
    assert line.title == "团籍变动（团员“吴小丙”）"
    assert [(c.old, c.new) for c in line.changes] == [("在团", "自愿退团")]
    before = counts(services)
    with pytest.raises(ConflictError, match="团籍变动"):
        services.history.undo(line.id)
    # the edit before the leave is not undone past it: the status would disagree with the events
    with pytest.raises(ConflictError, match="此后团籍状态已变为“自愿退团”"):
        services.history.undo(edit.id)
    assert counts(services) == before
    after = services.members.get(people["小丙"]).data
    assert (after.status, after.phone) == ("withdrawn", "13900000000")


def test_party_joining_political_status_is_not_undone(services, branch, people):
    row = services.lifecycle.recommend(people["老甲"], RecommendationInput(date(2026, 3, 1)))
    services.lifecycle.party_joined(row.id, date(2026, 7, 1))
    [line] = services.history.recent(branch.id, limit=1)
    assert line.action == "lifecycle" and [c.field for c in line.changes] == ["political_status"]
    with pytest.raises(ConflictError, match="推优入党"):
        services.history.undo(line.id)
    assert services.members.get(people["老甲"]).data.political_status == "02"
