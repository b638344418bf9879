"""RecruitmentService: the pipeline stage by stage, the checks, admission as a member."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from helpers.ids import make_id
from helpers.pipeline import (
    add_member,
    admission_dahui,
    applicant,
    through_candidate,
    tuanke,
)
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.errors import ConflictError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.lifecycle import DisciplineInput
from branchdesk.services.recruitment import ApplicantInput, StepInput
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Applicant, Member, MemberEvent, SQLModel

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
    return services.branches.create(BranchInput(name="测试团支部", kind="school"))


@pytest.fixture
def people(services, branch):
    return {
        "书记": add_member(services, branch.id, "王书记", 1, league_post="1"),
        "甲": add_member(services, branch.id, "陈甲", 2),
        "乙": add_member(services, branch.id, "周乙", 3),
        "丙": add_member(services, branch.id, "吴丙", 4),
    }


@pytest.fixture
def courses(services, branch, people):
    return [
        tuanke(services, branch.id, date(2025, 11, 5)),
        tuanke(services, branch.id, date(2026, 1, 8)),
    ]


def counts(services):
    with session_scope(services.engine) as session:
        return tuple(
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Applicant, Member, MemberEvent)
        )


def ready_for_vote(services, branch, people, courses, name="李新", seq=20, **kw):
    person = applicant(
        services,
        branch.id,
        name,
        seq,
        contact1_id=people["甲"],
        introducer1_id=people["甲"],
        introducer2_id=people["乙"],
        **kw,
    )
    return through_candidate(services, branch.id, person, courses)


def test_admission_through_the_pipeline_creates_the_member_and_join_event(
    services, branch, people, courses
):
    person = ready_for_vote(services, branch, people, courses)
    assert person.stage == "candidate" and person.hours_tenths == 80
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    voted = services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))
    assert voted.voted_on == date(2026, 6, 10) and voted.meeting_id == vote
    services.recruitment.advance(person.id, StepInput("approved", date(2026, 6, 20)))
    admitted = services.recruitment.advance(
        person.id, StepInput("admitted", date(2026, 6, 25), dev_number="202600000777")
    )
    assert admitted.stage == "admitted" and admitted.member_id is not None
    member = services.members.get(admitted.member_id)
    assert member.data.join_month == YearMonth(2026, 6)
    assert member.data.dev_number == "202600000777"
    assert member.data.political_status == "03"
    [event] = services.lifecycle.status_history(admitted.member_id)
    assert (event.kind, event.on, event.status_after) == ("join", date(2026, 6, 10), "在团")
    assert "支部大会" in event.meeting


def test_skipping_a_stage_is_refused(services, branch, people):
    person = applicant(services, branch.id, "李新", 20, contact1_id=people["甲"])
    with pytest.raises(ValidationError, match="不能直接转为"):
        services.recruitment.advance(person.id, StepInput("candidate", date(2026, 3, 1)))


def test_activist_needs_a_contact_and_age_14_at_application(services, branch):
    person = applicant(services, branch.id, "小明", 21, born=date(2012, 1, 1))
    checks = services.recruitment.evaluate(person.id, StepInput("activist", date(2025, 10, 1)))
    failed = {c.key for c in checks if c.blocking}
    assert failed == {"age", "contacts"}
    before = counts(services)
    with pytest.raises(ValidationError, match="未满14周岁"):
        services.recruitment.advance(person.id, StepInput("activist", date(2025, 10, 1)))
    assert counts(services) == before
    assert services.recruitment.get(person.id).stage == "applicant"


def test_late_talk_is_a_warning_only(services, branch, people):
    person = applicant(
        services, branch.id, "李新", 20, contact1_id=people["甲"], talked_on=date(2025, 11, 20)
    )
    checks = services.recruitment.evaluate(person.id, StepInput("activist", date(2025, 12, 1)))
    talk = next(c for c in checks if c.key == "talk")
    assert not talk.passed and not talk.blocking and "30天内" in talk.message
    assert services.recruitment.advance(person.id, StepInput("activist", date(2025, 12, 1)))


def test_candidate_needs_three_months_as_activist(services, branch, people):
    person = applicant(services, branch.id, "李新", 20, contact1_id=people["甲"])
    services.recruitment.advance(person.id, StepInput("activist", date(2025, 10, 1)))
    with pytest.raises(ValidationError, match="不满3个月"):
        services.recruitment.advance(person.id, StepInput("candidate", date(2025, 12, 31)))
    assert services.recruitment.advance(person.id, StepInput("candidate", date(2026, 1, 1)))


def test_vote_without_8_hours_is_refused(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses[:1])
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    before = counts(services)
    with pytest.raises(ValidationError, match="团课4学时，不足8学时"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))
    assert counts(services) == before
    # 团课 held elsewhere counts when entered by hand
    services.recruitment.add_course(
        person.id, held_on=date(2026, 4, 1), title="校团委团课", hours=Decimal("4")
    )
    assert services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))


def test_vote_must_be_a_passing_admission_vote_of_a_dahui(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses)
    other = admission_dahui(services, branch.id, date(2026, 6, 10), ["别人"])
    with pytest.raises(ValidationError, match="没有对李新的接收新团员表决"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), other))
    failed = admission_dahui(services, branch.id, date(2026, 6, 11), ["李新"], yes=1, no=3)
    with pytest.raises(ValidationError, match="表决未通过"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 11), failed))
    lesson = courses[0]
    with pytest.raises(ValidationError, match="不是支部大会"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 11), lesson))


def test_introducer_under_probation_is_refused(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses)
    services.lifecycle.add_discipline(
        people["乙"],
        DisciplineInput("probation", date(2026, 5, 1), "无故缺席组织生活", months=6),
    )
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    with pytest.raises(ValidationError, match="周乙正在留团察看期内"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))


def test_one_introducer_is_not_enough(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses)
    data = services.recruitment.get(person.id).data
    from dataclasses import replace

    services.recruitment.update(person.id, replace(data, introducer2_id=None))
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    with pytest.raises(ValidationError, match="应有2名入团介绍人，现有1名"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))


def test_aged_28_at_the_vote_is_refused(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses, born=date(1998, 5, 1))
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    with pytest.raises(ValidationError, match="已满28周岁"):
        services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))


def voted_and_approved(services, branch, people, courses, **kw):
    person = ready_for_vote(services, branch, people, courses, **kw)
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), [person.data.name])
    services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))
    services.recruitment.advance(person.id, StepInput("approved", date(2026, 6, 20)))
    return person


def test_used_or_wrong_year_dev_number_is_refused(services, branch, people, courses):
    person = voted_and_approved(services, branch, people, courses)
    taken = services.members.get(people["甲"]).data.dev_number
    before = counts(services)
    with pytest.raises(ValidationError, match="已被陈甲使用"):
        services.recruitment.advance(
            person.id, StepInput("admitted", date(2026, 6, 25), dev_number=taken)
        )
    with pytest.raises(ValidationError, match="应为12位数字"):
        services.recruitment.advance(
            person.id, StepInput("admitted", date(2026, 6, 25), dev_number="2026001")
        )
    assert counts(services) == before
    # a wrong year prefix is the national system's warning, not a refusal
    checks = services.recruitment.evaluate(
        person.id, StepInput("admitted", date(2026, 6, 25), dev_number="202500000888")
    )
    prefix = [c for c in checks if c.key == "dev_number" and not c.passed]
    assert prefix and not prefix[0].blocking and "入团年份" in prefix[0].message


def test_admission_refused_when_the_id_is_already_a_member(services, branch, people, courses):
    person = voted_and_approved(services, branch, people, courses)
    taken = services.members.get(people["丙"]).data.id_number
    with session_scope(services.engine) as session:
        row = session.get(Applicant, person.id)
        row.id_number = taken
    before = counts(services)
    with pytest.raises(ValidationError, match="未能接收入团"):
        services.recruitment.advance(
            person.id, StepInput("admitted", date(2026, 6, 25), dev_number="202600000777")
        )
    assert counts(services) == before


def test_ratio_of_graduating_classes_warns(services, people, courses):
    with session_scope(services.engine) as session:
        from branchdesk.store.models import Branch

        row = session.exec(select(Branch)).one()
        row.school_stage = "junior"
        row.student_count = 10
        row.profile_key = "jilin-2021"
        branch_id = row.id

    class B:
        id = branch_id

    person = voted_and_approved(services, B, people, courses)
    checks = services.recruitment.evaluate(
        person.id, StepInput("admitted", date(2026, 6, 25), dev_number="202600000777")
    )
    ratio = next(c for c in checks if c.key == "ratio")
    assert not ratio.passed and not ratio.blocking and "20%" in ratio.message


def test_applicant_input_checks(services, branch, people):
    bad = ApplicantInput(name="", applied_on=date(2027, 1, 1), id_number="220102200801010000")
    with pytest.raises(ValidationError) as info:
        services.recruitment.create(branch.id, bad)
    text = str(info.value)
    assert "姓名不能为空" in text and "申请日期晚于今天" in text and "身份证号有误" in text
    member_id = services.members.get(people["甲"]).data.id_number
    with pytest.raises(ValidationError, match="已是团员陈甲的"):
        services.recruitment.create(
            branch.id, ApplicantInput(name="重复", applied_on=date(2026, 1, 1), id_number=member_id)
        )
    ok = services.recruitment.create(
        branch.id,
        ApplicantInput(
            name="张三", applied_on=date(2026, 1, 1), id_number=make_id(date(2009, 2, 3))
        ),
    )
    assert ok.data.birth_date == date(2009, 2, 3) and ok.data.gender == "1"


def test_drop_and_lists(services, branch, people):
    person = applicant(services, branch.id, "李新", 20)
    assert [r.name for r in services.recruitment.applicants(branch.id, "applicant")] == ["李新"]
    with pytest.raises(ValidationError, match="原因"):
        services.recruitment.drop(person.id, date(2026, 1, 1), " ")
    dropped = services.recruitment.drop(person.id, date(2026, 1, 1), "本人撤回申请")
    assert dropped.stage == "dropped"
    assert services.recruitment.applicants(branch.id, "applicant") == []
    with pytest.raises(ValidationError):
        services.recruitment.advance(person.id, StepInput("activist", date(2026, 1, 2)))


def test_course_checks(services, branch, people, courses):
    person = applicant(services, branch.id, "李新", 20)
    services.recruitment.add_course(person.id, meeting_id=courses[0])
    with pytest.raises(ValidationError, match="已经登记过"):
        services.recruitment.add_course(person.id, meeting_id=courses[0])
    with pytest.raises(ValidationError, match="学时"):
        services.recruitment.add_course(
            person.id, held_on=date(2026, 1, 1), title="外校团课", hours=Decimal("0.25")
        )
    read = services.recruitment.get(person.id)
    assert read.hours_tenths == 40
    read = services.recruitment.remove_course(read.courses[0].id)
    assert read.hours_tenths == 0


def test_reminder_for_overdue_talk(services, branch):
    applicant(services, branch.id, "李新", 20, applied_on=date(2026, 9, 1), talked_on=None)
    texts = [r.text for r in services.lifecycle.reminders(branch.id)]
    assert any("李新" in t and "尚未谈话" in t for t in texts)


def test_undo_refuses_a_member_created_by_admission(services, branch, people, courses):
    person = ready_for_vote(services, branch, people, courses)
    vote = admission_dahui(services, branch.id, date(2026, 6, 10), ["李新"])
    services.recruitment.advance(person.id, StepInput("voted", date(2026, 6, 10), vote))
    services.recruitment.advance(person.id, StepInput("approved", date(2026, 6, 20)))
    admitted = services.recruitment.advance(
        person.id, StepInput("admitted", date(2026, 6, 25), dev_number="202600000777")
    )
    [line] = services.history.recent(branch.id, limit=1)
    assert (line.entity_id, line.action) == (admitted.member_id, "admit")
    assert line.title == "入团新增团员“李新”"
    with pytest.raises(ConflictError) as caught:
        services.history.undo(line.id)
    assert caught.value.message == (
        "无法撤销“入团新增团员“李新””：该团员由发展团员（入团）创建，请在“发展团员”中处理"
    )
    assert services.members.get(admitted.member_id).deleted_at is None
    assert services.recruitment.get(person.id).stage == "admitted"
