"""ReviewService: the 评议 sheet, the 优秀 cap, 不合格 follow-up, 注册 eligibility and gaps."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.ids import make_id
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.meeting_schemas import EvaluationInput, RegistrationInput
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Evaluation, Member, Registration, SQLModel

TODAY = date(2026, 6, 20)
JOINED = YearMonth(2020, 5)


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
    """Five league members and one party member keeping 团籍."""
    names = ["王一", "李二", "张三", "赵四", "钱五"]
    ids = {name: add_member(services, branch, name, n) for n, name in enumerate(names, start=1)}
    ids["党员"] = add_member(services, branch, "孙党员", 6, political_status="01")
    return ids


def count(services, table):
    with session_scope(services.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def grades(people, **by_name):
    return [
        EvaluationInput(member_id=people[name], approved_grade=grade, decided_on=date(2026, 1, 15))
        for name, grade in by_name.items()
    ]


def test_evaluation_sheet_is_the_roster_at_the_end_of_the_year(services, branch, people):
    newcomer = add_member(services, branch, "周新", 7, joined=YearMonth(2026, 3))
    with session_scope(services.engine) as session:
        left = session.get(Member, people["钱五"])
        left.status, left.left_on = "transferred", date(2026, 2, 1)
        session.add(left)
    rows = services.reviews.evaluation_sheet(branch.id, 2025)
    names = [r.name for r in rows]
    assert "周新" not in names  # joined in 2026
    assert "钱五" in names  # left after the end of 2025
    assert [r.name for r in rows if r.optional] == ["孙党员"]
    assert not any(r.saved for r in rows)
    this_year = {r.member_id for r in services.reviews.evaluation_sheet(branch.id, 2026)}
    assert newcomer in this_year and people["钱五"] not in this_year


def test_save_evaluations_warns_over_the_excellent_cap(services, branch, people):
    rows = grades(
        people, 王一="excellent", 李二="excellent", 张三="qualified", 赵四="qualified", 钱五="basic"
    )
    warnings = services.reviews.save_evaluations(branch.id, 2025, rows)
    assert [w.message for w in warnings] == ["优秀人数2人，超过参评人数5人的30%（上限1人）"]
    sheet = {r.name: r for r in services.reviews.evaluation_sheet(branch.id, 2025)}
    assert sheet["王一"].approved_grade == "excellent" and sheet["王一"].saved
    assert not sheet["孙党员"].saved


def test_unqualified_sets_the_recheck_date(services, branch, people):
    services.reviews.save_evaluations(
        branch.id, 2025, grades(people, 王一="unqualified", 李二="qualified")
    )
    sheet = {r.name: r for r in services.reviews.evaluation_sheet(branch.id, 2025)}
    assert sheet["王一"].recheck_due == date(2026, 4, 15)  # pingyi.recheck_months = 3
    assert sheet["李二"].recheck_due is None
    # re-graded after the follow-up: the date goes away
    services.reviews.save_evaluations(branch.id, 2025, grades(people, 王一="basic"))
    assert services.reviews.evaluation_sheet(branch.id, 2025)[0].recheck_due is None


def test_bad_evaluations_write_nothing(services, branch, people):
    rows = [
        *grades(people, 王一="excellent"),
        EvaluationInput(member_id=people["李二"], exempt=True),  # not a party member
        EvaluationInput(member_id=people["张三"], approved_grade="great"),
    ]
    with pytest.raises(ValidationError) as caught:
        services.reviews.save_evaluations(branch.id, 2025, rows)
    messages = [i.message for i in caught.value.issues]
    assert "李二：只有保留团籍的党员可以不参加评议" in messages
    assert "张三：批准等次“great”不在列表中" in messages
    assert count(services, Evaluation) == 0


def test_party_member_may_be_exempt(services, branch, people):
    assert (
        services.reviews.save_evaluations(
            branch.id, 2025, [EvaluationInput(member_id=people["党员"], exempt=True)]
        )
        == []
    )
    [row] = [r for r in services.reviews.evaluation_sheet(branch.id, 2025) if r.optional]
    assert row.exempt and row.approved_grade is None


def test_registration_sheet_uses_last_years_grade(services, branch, people):
    services.reviews.save_evaluations(
        branch.id, 2025, grades(people, 王一="unqualified", 李二="excellent")
    )
    sheet = {r.name: r for r in services.reviews.registration_sheet(branch.id, 2026)}
    assert (sheet["王一"].grade, sheet["王一"].grade_year, sheet["王一"].eligible) == (
        "unqualified",
        2025,
        False,
    )
    assert sheet["李二"].eligible and sheet["李二"].grade == "excellent"
    assert sheet["张三"].grade is None and sheet["张三"].eligible  # no grade: not barred
    assert sheet["孙党员"].party_member


def test_registering_an_unqualified_member_is_refused(services, branch, people):
    services.reviews.save_evaluations(branch.id, 2025, grades(people, 王一="unqualified"))
    with pytest.raises(ValidationError, match="王一：评议等次为不合格，不能注册"):
        services.reviews.save_registrations(
            branch.id,
            2026,
            [
                RegistrationInput(people["李二"], "registered"),
                RegistrationInput(people["王一"], "registered"),
            ],
        )
    assert count(services, Registration) == 0
    with pytest.raises(ValidationError, match="暂缓注册须填写原因"):
        services.reviews.save_registrations(
            branch.id, 2026, [RegistrationInput(people["王一"], "deferred")]
        )


def test_deferral_sets_defer_until_and_warnings_come_back(services, branch, people):
    services.reviews.save_evaluations(
        branch.id, 2025, grades(people, 王一="unqualified", 李二="qualified")
    )
    warnings = services.reviews.save_registrations(
        branch.id,
        2026,
        [
            RegistrationInput(people["王一"], "deferred", "评议不合格", date(2026, 3, 1)),
            RegistrationInput(people["李二"], "registered", decided_on=date(2026, 3, 1)),
            RegistrationInput(people["张三"], "registered", decided_on=date(2026, 3, 1)),
            RegistrationInput(people["党员"], "exempt"),
        ],
    )
    assert [w.message for w in warnings] == [
        "张三：未记录本年度评议等次；注册须评议为基本合格及以上，请确认已参加评议"
    ]
    sheet = {r.name: r for r in services.reviews.registration_sheet(branch.id, 2026)}
    assert sheet["王一"].defer_until == date(2026, 9, 1)
    assert sheet["李二"].outcome == "registered" and sheet["李二"].defer_until is None
    assert sheet["孙党员"].decided_on == TODAY  # defaults to today
    next_year = {r.name: r for r in services.reviews.registration_sheet(branch.id, 2027)}
    assert next_year["李二"].last_registered == 2026
    assert next_year["李二"].last_registered_on == date(2026, 3, 1)
    assert next_year["王一"].last_registered is None
    ended = [i.message for i in services.reviews.registration_warnings(branch.id, date(2026, 9, 2))]
    assert "王一的暂缓注册已于2026-09-01期满，请重新评议并办理注册" in ended


def test_registration_warnings_after_the_allowed_gap(services, branch, people):
    assert services.reviews.registration_warnings(branch.id) == []  # no register kept yet
    services.reviews.save_registrations(
        branch.id,
        2025,
        [
            RegistrationInput(people[name], "registered", decided_on=date(2025, 3, 1))
            for name in ("王一", "李二")
        ],
    )
    services.reviews.save_registrations(
        branch.id,
        2026,
        [RegistrationInput(people["王一"], "registered", decided_on=date(2026, 3, 1))],
    )
    assert services.reviews.registration_warnings(branch.id, date(2026, 6, 1)) == []
    later = [i.message for i in services.reviews.registration_warnings(branch.id, date(2026, 7, 1))]
    assert later[0].startswith("李二距上次团籍注册已超过15个月")
    # never registered: counted from the branch's first 注册 (2025-03-01), same deadline
    assert any(m.startswith("张三距上次团籍注册已超过15个月") for m in later)
    assert not any(m.startswith("王一") for m in later)
    # a party member is reminded too, until a 不参加 (exempt) decision is recorded
    assert any(m.startswith("孙党员") for m in later)
    services.reviews.save_registrations(
        branch.id, 2026, [RegistrationInput(people["党员"], "exempt", decided_on=date(2026, 3, 1))]
    )
    later = [i.message for i in services.reviews.registration_warnings(branch.id, date(2026, 7, 1))]
    assert not any(m.startswith("孙党员") for m in later)
    much_later = services.reviews.registration_warnings(branch.id, date(2027, 8, 1))
    assert any("团员证失效" in i.message for i in much_later)


def test_a_registration_rests_only_on_a_grade_approved_before_it(services, branch, people):
    services.reviews.save_registrations(
        branch.id, 2025, [RegistrationInput(people["王一"], "registered", "", date(2025, 3, 1))]
    )
    # the 2025 评议 (decided in December) comes after the March 2025 注册 ...
    services.reviews.save_evaluations(
        branch.id,
        2025,
        [
            EvaluationInput(
                people["王一"], approved_grade="unqualified", decided_on=date(2025, 12, 20)
            )
        ],
    )
    [row] = [r for r in services.reviews.registration_sheet(branch.id, 2025) if r.name == "王一"]
    assert (row.outcome, row.grade, row.eligible) == ("registered", None, True)
    # ... and is what the 2026 注册 rests on
    [row] = [r for r in services.reviews.registration_sheet(branch.id, 2026) if r.name == "王一"]
    assert (row.grade, row.grade_year, row.eligible) == ("unqualified", 2025, False)
