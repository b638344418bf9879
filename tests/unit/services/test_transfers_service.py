"""TransferService: the workflow with member status, transfers in, letters, 学社衔接, reminders."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.ids import make_id
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import BranchdeskError, ConflictError, NotFoundError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput
from branchdesk.services.transfers import TransferInInput, TransferOutInput
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import (
    LetterNumber,
    Member,
    MemberEvent,
    SQLModel,
    Transfer,
    TransferStep,
)

TODAY = date(2026, 11, 27)
JOINED = YearMonth(2022, 5)
TO_ORG = "共青团吉林大学化学学院委员会"


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(
        BranchInput(
            name="长春市第一中学高三（2）班团支部",
            parent_committee="共青团长春市第一中学委员会",
            kind="school",
            profile_key="jilin-2021",
        )
    )


def add_member(services, branch, name, seq, **kw):
    born = date(2008, 3, seq)
    member = MemberInput(
        name=name,
        id_number=make_id(born, seq=seq),
        join_month=JOINED if "join_month" not in kw else kw.pop("join_month"),
        dev_number=f"{JOINED.year}00{seq:06d}",
        ethnicity="01",
        phone="13800000000",
        **kw,
    )
    return services.members.create(branch.id, member).member.id


@pytest.fixture
def people(services, branch):
    return {
        name: add_member(services, branch, name, n)
        for n, name in enumerate(["王一", "李二", "张三", "赵四"], 1)
    }


def out(member_id, **kw):
    values = dict(
        member_id=member_id,
        reason="study",
        other_org=TO_ORG,
        applied_on=date(2026, 11, 2),
        fee_paid_to=YearMonth(2026, 11),
        other_committee="共青团吉林大学委员会",
    )
    values.update(kw)
    return TransferOutInput(**values)


def status(services, member_id):
    return services.members.get(member_id).data.status


def count(services, table):
    with session_scope(services.engine) as session:
        return session.exec(select(func.count()).select_from(table)).one()


def events(services, member_id):
    with session_scope(services.engine) as session:
        rows = session.exec(
            select(MemberEvent).where(MemberEvent.member_id == member_id).order_by(MemberEvent.id)
        )
        return [(e.kind, e.status_before, e.status_after, e.occurred_on) for e in rows]


def test_out_transfer_from_apply_to_done_moves_the_member_off_the_roster(services, branch, people):
    t = services.transfers.create_out(branch.id, out(people["王一"])).transfer
    assert (t.state, t.direction, t.name) == ("applied", "out", "王一")
    assert status(services, people["王一"]) == "transferring"  # 转出中: still on the roster
    t = services.transfers.advance(t.id, date(2026, 11, 3))
    assert t.state == "out_approved" and status(services, people["王一"]) == "transferring"
    t = services.transfers.advance(t.id, date(2026, 11, 5))
    assert t.state == "in_approved"
    t = services.transfers.advance(t.id, date(2026, 11, 6), note="已报到")
    assert (t.state, t.done_on) == ("done", date(2026, 11, 6))
    member = services.members.get(people["王一"])
    assert member.data.status == "transferred"
    assert events(services, people["王一"]) == [
        ("transfer_out", "active", "transferring", date(2026, 11, 2)),
        ("transfer_out", "transferring", "transferred", date(2026, 11, 6)),
    ]
    with session_scope(services.engine) as session:
        assert session.get(Member, people["王一"]).left_on == date(2026, 11, 6)
    steps = services.transfers.steps(t.id)
    assert [s.state for s in steps] == ["applied", "out_approved", "in_approved", "done"]
    assert steps[-1].note == "已报到"
    # the history stays; the roster count drops
    assert services.members.count(branch.id) == 3
    with pytest.raises(ValidationError, match="没有下一步"):
        services.transfers.advance(t.id, TODAY)


def test_returned_and_withdrawn_bring_the_member_back(services, branch, people):
    t = services.transfers.create_out(branch.id, out(people["李二"])).transfer
    with pytest.raises(ValidationError, match="须填写原因"):
        services.transfers.send_back(t.id, date(2026, 11, 4), " ")
    t = services.transfers.send_back(t.id, date(2026, 11, 4), "转入组织名称有误")
    assert t.state == "returned" and status(services, people["李二"]) == "active"
    t = services.transfers.resubmit(t.id, date(2026, 11, 5))
    assert t.state == "applied" and status(services, people["李二"]) == "transferring"
    t = services.transfers.withdraw(t.id, date(2026, 11, 6), "本人暂缓转接")
    assert t.state == "withdrawn" and status(services, people["李二"]) == "active"
    kinds = [e[0] for e in events(services, people["李二"])]
    assert kinds == ["transfer_out", "transfer_back", "transfer_out", "transfer_back"]
    with pytest.raises(ValidationError, match="已撤回"):
        services.transfers.resubmit(t.id, TODAY)
    # a withdrawn transfer no longer blocks a new one
    services.transfers.create_out(branch.id, out(people["李二"], applied_on=TODAY))


def test_bad_out_transfers_change_nothing(services, branch, people):
    services.transfers.create_out(branch.id, out(people["王一"]))
    before = (
        count(services, Transfer),
        count(services, TransferStep),
        count(services, MemberEvent),
    )
    cases = [
        (out(people["王一"]), "已有未办结的组织关系转接"),
        (out(people["李二"], applied_on=date(2026, 12, 1)), "晚于今天"),
        (out(people["李二"], fee_paid_to=YearMonth(2028, 1)), "团费交至2028年1月不合理"),
        (out(people["李二"], reason="other"), "其他"),
        (out(people["李二"], other_org=""), "转入团组织的全称"),
        (out(people["李二"], applied_on=date(2019, 1, 1)), "早于入团年月"),
    ]
    for data, words in cases:
        with pytest.raises(ValidationError, match=words):
            services.transfers.create_out(branch.id, data)
    # a batch with one bad member writes none of it
    with pytest.raises(ValidationError, match="王一"):
        services.transfers.create_out_many(branch.id, [out(people["张三"]), out(people["王一"])])
    assert (
        count(services, Transfer),
        count(services, TransferStep),
        count(services, MemberEvent),
    ) == before
    assert status(services, people["张三"]) == "active"


def test_a_member_already_out_cannot_go_out_again(services, branch, people):
    t = services.transfers.create_out(branch.id, out(people["王一"])).transfer
    for day in (3, 4, 5):
        t = services.transfers.advance(t.id, date(2026, 11, day))
    with pytest.raises(ValidationError, match="已经转出"):
        services.transfers.create_out(branch.id, out(people["王一"], applied_on=TODAY))
    with pytest.raises(NotFoundError):
        services.transfers.create_out(branch.id, out(99999))


def test_impossible_step_dates_are_refused(services, branch, people):
    t = services.transfers.create_out(branch.id, out(people["王一"])).transfer
    with pytest.raises(ValidationError, match="早于上一步"):
        services.transfers.advance(t.id, date(2026, 11, 1))
    with pytest.raises(ValidationError, match="晚于今天"):
        services.transfers.advance(t.id, date(2026, 11, 28))
    assert services.transfers.get(t.id).state == "applied"


def incoming(name="周八", seq=21, **kw):
    values = dict(
        name=name,
        id_number=make_id(date(2007, 9, 1), seq=seq),
        reason="study",
        other_org="长春市第二中学初三（1）班团支部",
        applied_on=date(2026, 11, 10),
        fee_paid_to=YearMonth(2026, 9),
    )
    values.update(kw)
    return TransferInInput(**values)


def walk_to_in_approved(services, transfer_id):
    services.transfers.advance(transfer_id, date(2026, 11, 11))
    return services.transfers.advance(transfer_id, date(2026, 11, 12))


def test_transfer_in_creates_a_validated_member(services, branch, people):
    data = incoming()
    t = services.transfers.create_in(branch.id, data).transfer
    assert t.member_id is None and services.members.count(branch.id) == 4
    walk_to_in_approved(services, t.id)
    with pytest.raises(ValidationError, match="入团年月等信息"):
        services.transfers.advance(t.id, date(2026, 11, 13))
    bad = MemberInput(name="周八", id_number=data.id_number)  # no 入团年月
    with pytest.raises(ValidationError, match="入团年月不能为空"):
        services.transfers.advance(t.id, date(2026, 11, 13), member=bad)
    assert services.transfers.get(t.id).state == "in_approved"
    good = MemberInput(
        name="周八",
        id_number=data.id_number,
        join_month=YearMonth(2022, 5),
        dev_number="202200000021",
    )
    t = services.transfers.advance(t.id, date(2026, 11, 13), member=good)
    assert t.state == "done" and t.member_id is not None
    member = services.members.get(t.member_id)
    assert member.data.status == "active" and member.data.birth_date == date(2007, 9, 1)
    assert events(services, t.member_id) == [("transfer_in", None, "active", date(2026, 11, 13))]
    assert services.members.count(branch.id) == 5


def test_transfer_in_reactivates_a_former_member(services, branch, people):
    t = services.transfers.create_out(
        branch.id, out(people["张三"], applied_on=date(2025, 9, 1))
    ).transfer
    for day in (2, 3, 4):
        services.transfers.advance(t.id, date(2025, 9, day))
    id_number = services.members.get(people["张三"]).data.id_number
    back = services.transfers.create_in(branch.id, incoming("张三", id_number=id_number)).transfer
    walk_to_in_approved(services, back.id)
    back = services.transfers.advance(back.id, date(2026, 11, 13))
    assert back.member_id == people["张三"]
    assert status(services, people["张三"]) == "active"
    assert events(services, people["张三"])[-1] == (
        "transfer_in",
        "transferred",
        "active",
        date(2026, 11, 13),
    )


def test_bad_transfers_in(services, branch, people):
    active_id = services.members.get(people["王一"]).data.id_number
    with pytest.raises(ValidationError, match="在册的成员“王一”"):
        services.transfers.create_in(branch.id, incoming("王一", id_number=active_id))
    with pytest.raises(ValidationError, match="身份证号应为18位"):
        services.transfers.create_in(branch.id, incoming(id_number="2201022007"))
    services.transfers.create_in(branch.id, incoming())
    with pytest.raises(ValidationError, match="已有未办结的转入申请"):
        services.transfers.create_in(branch.id, incoming())
    assert count(services, Transfer) == 1


def done_out(services, branch, member_id, **kw):
    t = services.transfers.create_out(branch.id, out(member_id, **kw)).transfer
    return t


def test_letter_numbers_come_from_the_sequence_and_are_never_reused(services, branch, people):
    a = done_out(services, branch, people["王一"])
    b = done_out(services, branch, people["李二"])
    c = done_out(services, branch, people["张三"])
    ((row, warnings),) = services.transfers.issue_letters([a.id], date(2026, 11, 3))
    assert row.letter_number == "2026-001" and row.letter_valid_days == 30 and warnings == ()
    services.transfers.issue_letter(b.id, date(2026, 11, 3))
    with pytest.raises(ConflictError, match="已有介绍信"):
        services.transfers.issue_letter(a.id, date(2026, 11, 4))
    with pytest.raises(ConflictError, match="介绍信编号重复使用"):
        services.transfers.issue_letter(c.id, date(2026, 11, 4), number="2026-002")
    voided = services.transfers.void_letter(b.id, date(2026, 11, 4), "填写错误")
    assert voided.letter_number is None
    row, _ = services.transfers.issue_letter(b.id, date(2026, 11, 4))
    assert row.letter_number == "2026-003"  # 002 stays used (作废)
    with pytest.raises(ConflictError, match="重复使用"):
        services.transfers.issue_letter(c.id, date(2026, 11, 4), number="2")
    row, warnings = services.transfers.issue_letter(
        c.id, date(2026, 11, 4), valid_days=120, number="10"
    )
    assert row.letter_number == "2026-010" and warnings and "超过90天" in warnings[0].message
    letters = services.transfers.letters(branch.id)
    assert [(x.number, x.voided_on is not None) for x in letters] == [
        ("2026-001", False),
        ("2026-002", True),
        ("2026-003", False),
        ("2026-010", False),
    ]
    with pytest.raises(ValidationError, match="至少为1天"):
        services.transfers.issue_letter(a.id, TODAY, valid_days=0)
    assert count(services, LetterNumber) == 4


def test_receipt_dates_are_checked(services, branch, people):
    t = done_out(services, branch, people["王一"])
    with pytest.raises(ValidationError, match="还没有开具介绍信"):
        services.transfers.record_receipt(t.id, TODAY)
    services.transfers.issue_letter(t.id, date(2026, 11, 3))
    with pytest.raises(ValidationError, match="早于介绍信开具日期"):
        services.transfers.record_receipt(t.id, date(2026, 11, 2))
    assert services.transfers.record_receipt(t.id, date(2026, 11, 20)).receipt_on == date(
        2026, 11, 20
    )


def test_letter_batch_fills_every_blank(services, branch, people):
    t = done_out(services, branch, people["王一"])
    services.transfers.issue_letter(t.id, date(2026, 11, 3))
    batch = services.transfers.letter_batch(branch.id, year=2026)
    (letter,) = batch.letters
    assert letter.number == "2026-001" and letter.name == "王一"
    assert (letter.gender, letter.age, letter.ethnicity) == ("男", "18", "汉")
    assert letter.id_number == services.members.get(people["王一"]).data.id_number  # not masked
    assert (letter.fee_year, letter.fee_month, letter.valid_days) == ("2026", "11", "30")
    assert letter.from_org == branch.name and letter.to_org == TO_ORG
    assert (
        letter.addressee == "共青团吉林大学委员会" and letter.issuer == "共青团长春市第一中学委员会"
    )
    assert letter.dev_number == "202200000001" and letter.phone == "13800000000"
    assert (
        services.transfers.letter_batch(branch.id, member_ids=[people["王一"]]).letters
        == batch.letters
    )
    with pytest.raises(ValidationError, match="2025年没有开具过"):
        services.transfers.letter_batch(branch.id, year=2025)


def test_graduates_batch_and_cohort_rate(services, branch, people):
    ids = list(people.values())
    assert services.transfers.set_graduation(ids, YearMonth(2026, 5), "study", TO_ORG) == 4
    with pytest.raises(ValidationError, match="代码表"):
        services.transfers.set_graduation(ids, None, "nowhere", None)
    rows = services.transfers.graduates(branch.id, 2026)
    assert {r.name for r in rows} == {"王一", "李二", "张三", "赵四"}
    assert rows[0].destination_name == "升学"
    saved = services.transfers.create_graduate_transfers(
        branch.id, ids[:3], date(2026, 7, 1), YearMonth(2026, 6)
    )
    assert [s.transfer.cohort_year for s in saved] == [2026, 2026, 2026]
    for s in saved:
        for day in (2, 3, 4):
            services.transfers.advance(s.transfer.id, date(2026, 7, day))
    rate = services.transfers.cohort_rate(branch.id, 2026)
    assert (rate.graduates, rate.moved) == (4, 3)
    assert rate.describe() == "2026届毕业团员4人，已转接3人，转接率75%（目标≥95%，未达到）"
    reminders = services.transfers.reminders(branch.id)
    assert [(r.kind, r.member_id) for r in reminders] == [("lapse", people["赵四"])]


def test_graduate_transfer_needs_a_destination(services, branch, people):
    services.transfers.set_graduation([people["王一"]], YearMonth(2026, 6), None, None)
    with pytest.raises(ValidationError, match="还没有填写去向"):
        services.transfers.create_graduate_transfers(branch.id, [people["王一"]], TODAY, None)
    assert count(services, Transfer) == 0


def test_pending_reminder_and_row_flags(services, branch, people):
    t = done_out(services, branch, people["王一"], applied_on=date(2026, 11, 10))
    row = services.transfers.get(t.id)
    assert (row.pending_days, row.overdue) == (17, True)
    assert [r.kind for r in services.transfers.reminders(branch.id)] == ["pending"]
    assert services.transfers.rows(branch.id, states=["done"]) == []
    assert [r.id for r in services.transfers.rows(branch.id, states=["applied"])] == [t.id]


def test_errors_are_branchdesk_errors():
    assert issubclass(ValidationError, BranchdeskError)


def test_transfers_in_and_out_count_in_the_annual_return(services, branch, people):
    data = incoming()
    t = services.transfers.create_in(branch.id, data).transfer
    walk_to_in_approved(services, t.id)
    member = MemberInput(name="周八", id_number=data.id_number, join_month=YearMonth(2022, 5))
    services.transfers.advance(t.id, date(2026, 11, 13), member=member)
    gone = services.transfers.create_out(branch.id, out(people["王一"])).transfer
    for day in (3, 4, 5):
        services.transfers.advance(gone.id, date(2026, 11, day))
    movement = services.annual_returns.compute(branch.id, date(2026, 12, 31)).movement
    assert (movement.transferred_in, movement.transferred_out) == (1, 1)
    assert movement.transfers_recorded
    # on the roster only from the day of arrival
    before = services.annual_returns.compute(branch.id, date(2026, 11, 12)).movement
    assert before.transferred_in == 0


def test_letters_only_for_transfers_out_and_not_before_the_application(services, branch, people):
    t = services.transfers.create_in(branch.id, incoming()).transfer
    with pytest.raises(ValidationError, match="介绍信由转出方开具"):
        services.transfers.issue_letter(t.id, TODAY)
    o = done_out(services, branch, people["王一"], applied_on=date(2026, 11, 10))
    with pytest.raises(ValidationError, match="早于“王一”的申请日期"):
        services.transfers.issue_letter(o.id, date(2026, 11, 9))
    with pytest.raises(ValidationError, match="晚于今天"):
        services.transfers.issue_letter(o.id, date(2026, 11, 28))
    services.transfers.withdraw(o.id, date(2026, 11, 11), "不转了")
    with pytest.raises(ValidationError, match="已撤回"):
        services.transfers.issue_letter(o.id, TODAY)
    assert count(services, LetterNumber) == 0


def test_the_demo_shows_transfers_a_late_one_and_a_cohort():
    from branchdesk.services.demo import load_demo

    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    services = build_services(engine, today=lambda: TODAY)
    try:
        demo = load_demo(services)
        rows = services.transfers.rows(demo.id)
        assert sorted((r.direction, r.state) for r in rows) == [
            ("in", "applied"),
            ("out", "applied"),
            ("out", "out_approved"),
            ("out", "out_approved"),
        ]
        assert [r.overdue for r in rows].count(True) == 1
        assert sum(1 for r in rows if r.letter_number) == 3
        assert services.transfers.cohort_rate(demo.id, TODAY.year).graduates == 3
        assert any(r.kind == "pending" for r in services.transfers.reminders(demo.id))
    finally:
        services.close()


# ---- undo and the lifecycle (Edit → Undo must not break transfers) ----------------------------


def latest_line(services, branch):
    [line] = services.history.recent(branch.id, limit=1)
    return line


def test_undo_refuses_a_member_created_by_a_transfer_in(services, branch, people):
    data = incoming()
    t = services.transfers.create_in(branch.id, data).transfer
    walk_to_in_approved(services, t.id)
    good = MemberInput(
        name="周八", id_number=data.id_number, join_month=JOINED, dev_number="202200000021"
    )
    t = services.transfers.advance(t.id, date(2026, 11, 13), member=good)
    line = latest_line(services, branch)
    assert (line.entity_id, line.action) == (t.member_id, "transfer")
    assert line.title == "组织关系转入新增团员“周八”"
    with pytest.raises(ConflictError) as caught:
        services.history.undo(line.id)
    assert "该团员由组织关系转入创建，请在“组织关系转接”中处理" in caught.value.message
    member = services.members.get(t.member_id)
    assert member.deleted_at is None and member.data.status == "active"
    assert services.transfers.get(t.id).state == "done"


def test_transfer_status_changes_are_logged_and_refused_by_undo(services, branch, people):
    t = services.transfers.create_out(branch.id, out(people["王一"])).transfer
    line = latest_line(services, branch)
    assert (line.entity_id, line.action) == (people["王一"], "transfer")
    assert [(c.field, c.old, c.new) for c in line.changes] == [("status", "在团", "转出中")]
    with pytest.raises(ConflictError, match="请在“组织关系转接”中处理"):
        services.history.undo(line.id)
    assert status(services, people["王一"]) == "transferring"
    assert services.transfers.get(t.id).state == "applied"


def test_an_earlier_edit_is_not_undone_past_a_transfer(services, branch, people):
    member = services.members.get(people["李二"])
    from dataclasses import replace

    services.members.update(member.id, replace(member.data, phone="13900000000"))
    edit = latest_line(services, branch)
    services.transfers.create_out(branch.id, out(people["李二"]))
    with pytest.raises(ConflictError, match="此后团籍状态已变为“转出中”"):
        services.history.undo(edit.id)
    after = services.members.get(people["李二"]).data
    assert (after.phone, after.status) == ("13900000000", "transferring")
