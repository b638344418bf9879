"""MeetingService on an in-memory database: the roster as it stood, checks, one-transaction save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from helpers.ids import make_id
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    MeetingInput,
    NewAttachment,
    ResolutionInput,
)
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import (
    Attachment,
    Attendance,
    Meeting,
    MeetingAgenda,
    Member,
    Resolution,
    SQLModel,
)

TODAY = date(2026, 6, 20)
JOINED = YearMonth(2020, 5)
MEETING_TABLES = (Meeting, MeetingAgenda, Attendance, Resolution, Attachment)


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


def add_member(services, branch, name, seq, joined=JOINED, **kw):
    born = date(2002, 1, 1 + seq)
    member = MemberInput(
        name=name,
        id_number=make_id(born, seq=seq),
        join_month=joined,
        dev_number=f"{joined.year}00{seq:06d}",
        **kw,
    )
    return services.members.create(branch.id, member).member.id


@pytest.fixture
def people(services, branch):
    """Six members: a 书记, a 组织委员, a 团小组长 and three others (two groups)."""
    ids = {
        "书记": add_member(services, branch, "王书记", 1, league_post="1", group_name="一组"),
        "组委": add_member(services, branch, "李组委", 2, league_post="3", group_name="一组"),
        "组长": add_member(services, branch, "赵组长", 3, league_post="10", group_name="二组"),
        "甲": add_member(services, branch, "陈甲", 4, group_name="一组"),
        "乙": add_member(services, branch, "周乙", 5, group_name="二组"),
        "丙": add_member(services, branch, "吴丙", 6, group_name="二组", political_status="01"),
    }
    return ids


def set_left(services, member_id, status, left_on):
    with session_scope(services.engine) as session:
        row = session.get(Member, member_id)
        row.status = status
        row.left_on = left_on
        session.add(row)


def counts(services):
    with session_scope(services.engine) as session:
        return {
            table.__name__: session.exec(select(func.count()).select_from(table)).one()
            for table in MEETING_TABLES
        }


def sheet(services, branch, on, kind="dahui", absent=()):
    return tuple(
        AttendanceInput(
            member_id=e.member_id,
            name=e.name,
            presence="absent" if e.name in absent else "present",
            reason="出差" if e.name in absent else None,
        )
        for e in services.meetings.expected_roster(branch.id, kind, on)
    )


def dahui(services, branch, people, on=date(2026, 5, 10), **kw):
    values = {
        "kind": "dahui",
        "title": "第二季度支部大会",
        "held_on": on,
        "start_time": time(14, 0),
        "end_time": time(15, 30),
        "place": "三楼会议室",
        "chair_id": people["书记"],
        "recorder_id": people["组委"],
        "agenda": (AgendaInput("study", "学习上级精神"), AgendaInput("report", "审议工作计划")),
        "content": "书记传达上级精神……散会。",
        "attendance": sheet(services, branch, on),
        "resolutions": (
            ResolutionInput("通过下半年工作计划", vote_kind="general", yes=5, no=0, abstain=1),
        ),
    }
    values.update(kw)
    return MeetingInput(**values)


# ---- the roster as it stood --------------------------------------------------------------------


def test_roster_as_it_stood_on_a_past_date(services, branch, people):
    late = add_member(services, branch, "孙新人", 7, joined=YearMonth(2026, 3))
    set_left(services, people["乙"], "transferred", date(2026, 2, 15))
    set_left(services, people["甲"], "transferred", date(2025, 12, 1))

    on = date(2026, 1, 20)
    roster = {e.member_id for e in services.meetings.expected_roster(branch.id, "dahui", on)}
    assert late not in roster  # joined later: not expected
    assert people["乙"] in roster  # left after that day: still expected
    assert people["甲"] not in roster  # had already left
    assert len(roster) == 5

    today = {e.member_id for e in services.meetings.expected_roster(branch.id, "dahui", TODAY)}
    assert late in today and people["乙"] not in today


def test_a_member_who_left_without_a_date_counts_until_the_record_changed(services, branch, people):
    with session_scope(services.engine) as session:
        row = session.get(Member, people["乙"])
        row.status, row.left_on = "transferred", None
        row.updated_at = datetime(2026, 3, 1, 10, 30)
        session.add(row)

    def expected(on):
        return {e.member_id for e in services.meetings.expected_roster(branch.id, "dahui", on)}

    assert people["乙"] in expected(date(2026, 2, 28))
    assert people["乙"] not in expected(date(2026, 3, 1))


def test_roster_of_a_committee_and_of_a_group(services, branch, people):
    committee = services.meetings.expected_roster(branch.id, "zhiwei", TODAY)
    assert [e.name for e in committee] == ["王书记", "李组委"]  # 团小组长 is not a 支委
    group = services.meetings.expected_roster(branch.id, "xiaozu", TODAY, "二组")
    assert {e.name for e in group} == {"赵组长", "周乙", "吴丙"}
    everyone = services.meetings.expected_roster(branch.id, "dahui", TODAY)
    assert everyone[0].name == "王书记"  # 支委 first
    assert all(e.can_vote for e in everyone)
    assert [e.name for e in everyone if e.party_member] == ["吴丙"]


# ---- saving ------------------------------------------------------------------------------------


def test_create_and_read_back(services, branch, people):
    saved = services.meetings.create(branch.id, dahui(services, branch, people))
    assert saved.counts.expected == 6 and saved.counts.present == 6
    assert saved.vote_checks[0] is not None and saved.vote_checks[0].passed
    stored = saved.data.resolutions[0]
    assert (stored.expected, stored.present, stored.voters) == (6, 6, 6)  # filled from the sheet
    again = services.meetings.get(saved.id)
    assert again.data == saved.data
    assert [a.topic for a in again.data.agenda] == ["study", "report"]
    assert not [i for i in again.issues if i.is_error]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"held_on": date(2026, 7, 1)}, "晚于今天"),
        ({"recorder_id": -1}, "记录人必须是本支部团员"),
        ({"chair_id": -1}, "主持人必须是本支部团员"),
        (
            {
                "resolutions": (
                    ResolutionInput("通过", vote_kind="general", yes=4, no=2, abstain=1),
                )
            },
            "多于有表决权的6人",
        ),
    ],
)
def test_bad_input_is_refused_and_nothing_is_half_saved(services, branch, people, change, message):
    before = counts(services)
    meeting = replace(
        dahui(services, branch, people),
        new_attachments=(NewAttachment("签到表.pdf", b"%PDF-1.4 ..."),),
        **change,
    )
    with pytest.raises(ValidationError) as caught:
        services.meetings.create(branch.id, meeting)
    assert message in caught.value.message
    assert caught.value.issues and all(i.is_error for i in caught.value.issues)
    assert counts(services) == before
    assert message in " ".join(i.message for i in services.meetings.check(branch.id, meeting))


def test_attendance_larger_than_the_roster_is_refused(services, branch, people):
    stranger = add_member(services, branch, "孙新人", 7, joined=YearMonth(2026, 6))
    on = date(2026, 5, 10)
    lines = (*sheet(services, branch, on), AttendanceInput(stranger, "孙新人", "present"))
    before = counts(services)
    with pytest.raises(ValidationError) as caught:
        services.meetings.create(branch.id, dahui(services, branch, people, attendance=lines))
    assert "孙新人" in caught.value.message
    assert counts(services) == before


def test_attendance_larger_than_a_committee_is_refused(services, branch, people):
    everyone = sheet(services, branch, date(2026, 5, 10))
    meeting = MeetingInput(
        kind="zhiwei",
        title="五月支委会",
        held_on=date(2026, 5, 10),
        chair_id=people["书记"],
        recorder_id=people["组委"],
        attendance=everyone,
    )
    errors = [i.message for i in services.meetings.check(branch.id, meeting) if i.is_error]
    assert len(errors) == 4  # the four who are not 支委
    assert "陈甲不在本次会议的应到名单中（可记为列席）" in errors


def test_update_in_one_transaction_rolls_back_on_error(services, branch, people):
    saved = services.meetings.create(branch.id, dahui(services, branch, people))
    before = counts(services)
    broken = replace(saved.data, recorder_id=-5, title="改过的标题")
    with pytest.raises(ValidationError):
        services.meetings.update(saved.id, broken)
    assert counts(services) == before
    assert services.meetings.get(saved.id).data.title == "第二季度支部大会"


def test_quorum_breach_is_stored_with_a_warning(services, branch, people):
    on = date(2026, 5, 10)
    absent = ("陈甲", "周乙", "吴丙")  # 3 of 6 present: not more than half
    meeting = dahui(
        services,
        branch,
        people,
        attendance=sheet(services, branch, on, absent=absent),
        resolutions=(ResolutionInput("通过工作计划", vote_kind="general", yes=3),),
    )
    saved = services.meetings.create(branch.id, meeting)
    assert saved.vote_checks[0] is not None and not saved.vote_checks[0].quorum_met
    warnings = [i.message for i in saved.issues if not i.is_error]
    assert any("不符合到会要求" in m for m in warnings)
    [row] = services.meetings.list(branch.id)
    assert row.breach and row.expected == 6 and row.present == 3
    assert row.rate_text == "3/6（50.0%）"


def test_absence_without_a_reason_is_a_warning(services, branch, people):
    on = date(2026, 5, 10)
    lines = list(sheet(services, branch, on))
    lines[3] = replace(lines[3], presence="leave", reason=None)
    votes = (ResolutionInput("通过", vote_kind="general", yes=5),)
    saved = services.meetings.create(
        branch.id, dahui(services, branch, people, attendance=tuple(lines), resolutions=votes)
    )
    assert any("请假，未填写原因" in i.message for i in saved.warnings)


def test_observers_do_not_count(services, branch, people):
    on = date(2026, 5, 10)
    lines = (
        *sheet(services, branch, on),
        AttendanceInput(None, "党支部书记刘某", None, observer=True),
    )
    saved = services.meetings.create(branch.id, dahui(services, branch, people, attendance=lines))
    assert saved.counts.expected == 6 and saved.counts.observers == 1
    assert saved.data.attendance[-1].member_id is None


def test_attachments_are_stored_and_read_back(services, branch, people):
    meeting = replace(
        dahui(services, branch, people),
        new_attachments=(
            NewAttachment("签到表.pdf", b"%PDF-1.4 sign-in"),
            NewAttachment("合影.jpg", b"\xff\xd8\xff photo"),
        ),
    )
    saved = services.meetings.create(branch.id, meeting)
    assert [(a.filename, a.size, a.mime) for a in saved.attachments] == [
        ("签到表.pdf", 16, "application/pdf"),
        ("合影.jpg", 9, "image/jpeg"),
    ]
    assert services.meetings.attachment_data(saved.attachments[1].id) == (
        "合影.jpg",
        b"\xff\xd8\xff photo",
    )
    # keep only the photo, add a 课件
    first, photo = saved.attachments
    updated = services.meetings.update(
        saved.id,
        replace(
            saved.data,
            keep_attachment_ids=(photo.id,),
            new_attachments=(NewAttachment("课件.pptx", b"PK slides"),),
        ),
    )
    assert [a.filename for a in updated.attachments] == ["合影.jpg", "课件.pptx"]
    with pytest.raises(NotFoundError):
        services.meetings.attachment_data(first.id)
    # None keeps every stored attachment
    kept = services.meetings.update(saved.id, replace(updated.data, keep_attachment_ids=None))
    assert len(kept.attachments) == 2


def test_an_attachment_over_20_mb_is_refused(services, branch, people):
    big = NewAttachment("录像.mp4", b"\0" * (20 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError, match="超过每个附件20 MB的上限"):
        services.meetings.create(
            branch.id, replace(dahui(services, branch, people), new_attachments=(big,))
        )
    assert counts(services)["Meeting"] == 0


def test_tuanke_hours_in_tenths_and_member_activity(services, branch, people):
    on = date(2026, 4, 8)
    lesson = MeetingInput(
        kind="tuanke",
        title="团史学习",
        held_on=on,
        lecturer="党支部书记 刘某",
        hours=Decimal("1.5"),
        recorder_id=people["组委"],
        chair_id=None,
        attendance=sheet(services, branch, on, absent=("陈甲",)),
    )
    saved = services.meetings.create(branch.id, lesson)
    assert saved.data.hours == Decimal("1.5")
    with session_scope(services.engine) as session:
        assert session.get(Meeting, saved.id).hours_tenths == 15
    with pytest.raises(ValidationError, match="最多保留一位小数"):
        services.meetings.create(branch.id, replace(lesson, hours=Decimal("1.25")))

    activity = services.meetings.member_activity(people["书记"])
    assert activity.tuanke_hours == {2026: Decimal("1.5")}
    assert activity.last_activity == on
    assert not activity.lapse_risk
    absent = services.meetings.member_activity(people["甲"])
    assert absent.tuanke_hours == {}
    assert absent.attendance[0].presence == "absent"
    assert absent.last_activity is None
    assert absent.lapse_risk  # joined 2020, nothing attended since


def test_list_is_newest_first_and_filters(services, branch, people):
    services.meetings.create(branch.id, dahui(services, branch, people, on=date(2026, 2, 10)))
    services.meetings.create(branch.id, dahui(services, branch, people, on=date(2026, 5, 10)))
    theme = MeetingInput(
        kind="theme_day",
        title="五四主题团日",
        held_on=date(2026, 5, 4),
        chair_id=people["书记"],
        recorder_id=people["组委"],
        attendance=sheet(services, branch, date(2026, 5, 4)),
    )
    services.meetings.create(branch.id, theme)
    assert [r.held_on.month for r in services.meetings.list(branch.id)] == [5, 5, 2]
    assert [r.kind for r in services.meetings.list(branch.id, kind="theme_day")] == ["theme_day"]
    assert services.meetings.list(branch.id, year=2025) == []
    assert len(services.meetings.list(branch.id, year=2026, kind="dahui")) == 2


def test_soft_delete_and_restore(services, branch, people):
    saved = services.meetings.create(branch.id, dahui(services, branch, people))
    services.meetings.delete(saved.id)
    assert services.meetings.list(branch.id) == []
    assert services.meetings.get(saved.id).deleted_at is not None
    with pytest.raises(NotFoundError):
        services.meetings.update(saved.id, saved.data)
    services.meetings.restore(saved.id)
    assert [r.id for r in services.meetings.list(branch.id)] == [saved.id]


def test_previous_setup_copies_the_last_meeting_of_the_kind(services, branch, people):
    assert services.meetings.previous_setup(branch.id, "dahui") is None
    services.meetings.create(branch.id, dahui(services, branch, people, on=date(2026, 2, 10)))
    last = dahui(services, branch, people, on=date(2026, 5, 10), place="团委活动室", online=True)
    services.meetings.create(branch.id, last)
    set_left(services, people["乙"], "transferred", date(2026, 6, 1))

    setup = services.meetings.previous_setup(branch.id, "dahui")
    assert setup is not None
    assert setup.held_on == TODAY and setup.title == ""
    assert (setup.place, setup.online) == ("团委活动室", True)
    assert (setup.chair_id, setup.recorder_id) == (people["书记"], people["组委"])
    assert (setup.start_time, setup.end_time) == (time(14, 0), time(15, 30))
    assert [(a.topic, a.text) for a in setup.agenda] == [("study", ""), ("report", "")]
    assert setup.resolutions == () and setup.content == ""
    assert len(setup.attendance) == 5  # today's roster, 周乙 has left
    assert {a.presence for a in setup.attendance} == {"present"}
    assert services.meetings.previous_setup(branch.id, "zhiwei") is None


def test_unknown_codes_are_errors(services, branch, people):
    meeting = replace(
        dahui(services, branch, people),
        kind="party",
        agenda=(AgendaInput("nonsense", ""),),
    )
    messages = [i.message for i in services.meetings.check(branch.id, meeting) if i.is_error]
    assert any("会议类型“party”" in m for m in messages)
    assert any("议题的类型“nonsense”" in m for m in messages)
