"""MemberService on an in-memory database: validation, duplicates, search, filters, soft delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput, Overage
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.services.container import build_services
from branchdesk.services.schemas import BranchInput, MemberFilter, OverageFilter, SortKey
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

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


def member(
    name: str = "张三", born: date = date(2001, 5, 3), female: bool = False, **kw
) -> MemberInput:
    return MemberInput(
        name=name,
        id_number=kw.pop("id_number", make_id(born, female=female, seq=kw.pop("seq", 12))),
        join_month=kw.pop("join_month", YearMonth(born.year + 15, 5)),
        **kw,
    )


def test_create_fills_birth_and_sex_from_the_id(services, branch):
    saved = services.members.create(branch.id, member()).member
    assert saved.data.birth_date == date(2001, 5, 3)
    assert saved.data.gender == "1"
    assert saved.initials == "zs"
    assert saved.age == 25


def test_create_refuses_a_bad_check_digit_and_saves_nothing(services, branch):
    bad = replace(member(), id_number="110101199003071234")
    with pytest.raises(ValidationError) as caught:
        services.members.create(branch.id, bad)
    assert "校验位错误，应为3" in caught.value.message
    assert services.members.count(branch.id) == 0


def test_duplicate_id_number_is_refused_even_in_the_recycle_bin(services, branch):
    first = services.members.create(branch.id, member()).member
    with pytest.raises(ValidationError, match="已属于成员“张三”"):
        services.members.create(branch.id, member(name="张三丰"))
    services.members.delete([first.id])
    with pytest.raises(ValidationError, match="回收站中的成员"):
        services.members.create(branch.id, member(name="张三丰"))


def test_duplicate_dev_number_is_refused(services, branch):
    services.members.create(
        branch.id,
        member(dev_number="201800000001", join_month=YearMonth(2018, 5), born=date(2003, 1, 1)),
    )
    with pytest.raises(ValidationError, match="团员发展编号201800000001已属于"):
        services.members.create(
            branch.id,
            member(
                name="李四",
                born=date(2003, 2, 2),
                seq=7,
                dev_number="201800000001",
                join_month=YearMonth(2018, 5),
            ),
        )


def test_warnings_come_back_with_the_saved_member(services, branch):
    result = services.members.create(
        branch.id,
        member(born=date(2003, 1, 1), dev_number="201900000001", join_month=YearMonth(2018, 3)),
    )
    assert any("前四位（2019）与入团年份（2018）不一致" in w.message for w in result.warnings)


def test_update_and_check_do_not_conflict_with_the_member_itself(services, branch):
    saved = services.members.create(branch.id, member()).member
    changed = replace(saved.data, phone="13912345678")
    _normalised, issues = services.members.check(branch.id, changed, saved.id)
    assert not [i for i in issues if i.is_error]
    updated = services.members.update(saved.id, changed).member
    assert updated.data.phone == "13912345678"


def test_update_of_a_deleted_member_is_refused(services, branch):
    saved = services.members.create(branch.id, member()).member
    services.members.delete([saved.id])
    with pytest.raises(NotFoundError):
        services.members.update(saved.id, saved.data)


def test_soft_delete_and_restore(services, branch):
    saved = services.members.create(branch.id, member()).member
    assert services.members.delete([saved.id]) == 1
    assert services.members.list_ids(branch.id, MemberFilter()) == []
    assert services.members.list_ids(branch.id, MemberFilter(deleted=True)) == [saved.id]
    assert services.members.restore([saved.id]) == 1
    assert services.members.list_ids(branch.id, MemberFilter()) == [saved.id]


@pytest.fixture
def roster(services, branch):
    people = [
        member("张三", date(2001, 5, 3), phone="13800000001", group_name="一组"),
        member("李四", date(2002, 6, 4), seq=2, phone="13900000002", group_name="二组"),
        member("王五", date(1998, 11, 1), seq=3, group_name="一组"),  # turned 28 on 2026-11-01
        member("赵六", date(1998, 12, 20), seq=4),  # turns 28 within 60 days
        member("钱七", date(1997, 3, 3), seq=5, league_post="1"),  # 书记 past 28: kept
        member("孙八", date(2000, 2, 2), seq=6, political_status="01"),
    ]
    ids = {}
    for person in people:
        ids[person.name] = services.members.create(branch.id, person).member.id
    return ids


def names(services, branch, **kw):
    ids = services.members.list_ids(branch.id, MemberFilter(**kw))
    return [row.name for row in services.members.rows(ids)]


def test_search_by_name_initials_id_and_phone(services, branch, roster):
    assert names(services, branch, text="张") == ["张三"]
    assert names(services, branch, text="zs") == ["张三"]
    assert names(services, branch, text="ZS") == ["张三"]
    assert names(services, branch, text=make_id(date(2002, 6, 4), seq=2)[-6:]) == ["李四"]
    assert names(services, branch, text="1390000") == ["李四"]
    assert names(services, branch, text="%") == []


def test_filters(services, branch, roster):
    assert sorted(names(services, branch, group_name="一组")) == ["张三", "王五"]
    assert names(services, branch, political_status="01") == ["孙八"]
    assert names(services, branch, overage=OverageFilter.OVER) == ["王五"]
    assert names(services, branch, overage=OverageFilter.SOON) == ["赵六"]
    assert sorted(names(services, branch, overage=OverageFilter.OVER_OR_SOON)) == ["王五", "赵六"]


def test_overage_flags_on_rows(services, branch, roster):
    rows = {r.name: r for r in services.members.rows(list(roster.values()))}
    assert rows["王五"].overage is Overage.OVER
    assert rows["赵六"].overage is Overage.SOON
    assert rows["钱七"].overage is None
    assert rows["张三"].overage is None


def test_sorting(services, branch, roster):
    by_birth = names(services, branch, sort=SortKey.BIRTH_DATE)
    assert by_birth[0] == "钱七" and by_birth[-1] == "李四"
    assert names(services, branch, sort=SortKey.BIRTH_DATE, descending=True) == by_birth[::-1]
    assert names(services, branch)[:2] == ["李四", "钱七"]  # by pinyin initials: ls, qq, ...


def test_groups(services, branch, roster):
    assert services.members.groups(branch.id) == ["一组", "二组"]


def test_create_many_is_all_or_nothing(services, branch):
    good = member()
    bad = member("李四", date(2002, 6, 4), seq=2, phone="12")
    with pytest.raises(ValidationError):
        services.members.create_many(branch.id, [good, bad])
    assert services.members.count(branch.id) == 0


def test_an_edit_cannot_change_the_status(services, branch):
    """团籍状态 changes only through change_status (with its event): an edit that changes it is
    refused with the field named and nothing changes; the live check flags it too."""
    saved = services.members.create(branch.id, member()).member
    changed = replace(saved.data, status="withdrawn", phone="13900000000")
    with pytest.raises(ValidationError) as caught:
        services.members.update(saved.id, changed)
    assert "团籍状态不能在编辑团员时修改" in caught.value.message
    assert [i.field for i in caught.value.issues] == ["status"]
    after = services.members.get(saved.id).data
    assert after.status == "active" and after.phone is None
    _normalised, issues = services.members.check(branch.id, changed, saved.id)
    assert any(i.field == "status" and i.is_error for i in issues)
    # a new member may still be entered with a status; an edit keeping it is fine
    assert services.members.update(saved.id, replace(saved.data, phone="13900000000"))


def test_leaving_through_change_status_records_the_day(services, branch):
    from branchdesk.services.member_events import change_status
    from branchdesk.store.engine import session_scope
    from branchdesk.store.models import Member

    saved = services.members.create(branch.id, member()).member
    with session_scope(services.engine) as session:
        change_status(session, session.get(Member, saved.id), "withdrawn", TODAY, "withdrawn")
    with session_scope(services.engine) as session:
        assert session.get(Member, saved.id).left_on == TODAY
    assert services.members.get(saved.id).data.status == "withdrawn"
