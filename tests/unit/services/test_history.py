"""Change history and undo: one log line per write, in the write's transaction; undo and redo."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from helpers.ids import make_id
from helpers.roster_files import ORG, write_messy_roster
from sqlmodel import func, select

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import ConflictError, ValidationError
from branchdesk.services import history
from branchdesk.services.container import build_services
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    EvaluationInput,
    MeetingInput,
    NewAttachment,
    RegistrationInput,
)
from branchdesk.services.schemas import BranchInput, MemberFilter
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import ChangeLog, Evaluation, Registration, SQLModel

TODAY = date(2026, 6, 20)


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name=ORG, kind="enterprise"))


def person(name: str, seq: int, **kw) -> MemberInput:
    born = date(2002, 1, seq)
    return MemberInput(
        name=name,
        gender="1",
        birth_date=born,
        id_number=make_id(born, seq=seq),
        join_month=YearMonth(2020, 5),
        dev_number=f"202000{seq:06d}",
        phone="13800000000",
        **kw,
    )


def log_count(services) -> int:
    with session_scope(services.engine) as session:
        return int(session.exec(select(func.count()).select_from(ChangeLog)).one())


def lines(services) -> list[ChangeLog]:
    with session_scope(services.engine) as session:
        return list(session.exec(select(ChangeLog).order_by(ChangeLog.id)))


# ---- recording ------------------------------------------------------------------------------


def test_member_state_round_trips_through_json():
    member = person("张三", 1, post_since=YearMonth(2024, 3), league_post="1")
    state = json.loads(json.dumps(history.member_input_state(member)))
    assert state["birth_date"] == "2002-01-01" and state["join_month"] == "2020-05"
    assert history.member_input(state) == member


def test_each_member_write_logs_exactly_one_line(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    assert [line.action for line in lines(services)] == ["create"]
    services.members.update(saved.id, replace(saved.data, phone="13900000000"))
    services.members.delete([saved.id])
    services.members.restore([saved.id])
    log = lines(services)
    assert [line.action for line in log] == ["create", "update", "delete", "restore"]
    assert log[0].summary == "新增团员“张三”"
    assert log[1].summary == "修改团员“张三”：手机号码 13800000000 → 13900000000"
    assert log[2].summary == "删除团员“张三”（移入回收站）"
    assert all(line.branch_id == branch.id and line.entity_id == saved.id for line in log)


def test_a_save_that_changes_nothing_logs_nothing(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    services.members.update(saved.id, saved.data)
    assert log_count(services) == 1


def test_a_failing_update_logs_nothing(services, branch):
    first = services.members.create(branch.id, person("张三", 1)).member
    second = services.members.create(branch.id, person("李四", 2)).member
    with pytest.raises(ValidationError):
        services.members.update(second.id, replace(second.data, id_number=first.data.id_number))
    assert log_count(services) == 2
    assert services.members.get(second.id).data == second.data


def test_a_failing_create_many_logs_nothing(services, branch):
    with pytest.raises(ValidationError):
        services.members.create_many(branch.id, [person("张三", 1), person("李四", 1)])
    assert log_count(services) == 0


def test_create_many_is_one_batch(services, branch):
    services.members.create_many(branch.id, [person("张三", 1), person("李四", 2)])
    log = lines(services)
    assert len(log) == 2 and log[0].batch is not None and log[0].batch == log[1].batch
    (step,) = services.history.operations_since(branch.id, 0)
    assert step.title == "新增2名团员" and step.count == 2


def test_history_shows_field_diffs_newest_first(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    services.members.update(saved.id, replace(saved.data, phone="13900000000", ethnicity="01"))
    rows = services.history.history("member", saved.id)
    assert [row.action for row in rows] == ["update", "create"]
    changes = {c.label: (c.old, c.new) for c in rows[0].changes}
    assert changes == {"民族": ("（空）", "汉族"), "手机号码": ("13800000000", "13900000000")}
    assert rows[0].title == "修改团员“张三”"
    assert services.history.recent(branch.id)[0].id == rows[0].id


# ---- undo and redo of members ---------------------------------------------------------------


def test_undo_and_redo_a_member_update(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    services.members.update(saved.id, replace(saved.data, phone="13900000000"))
    change = services.history.recent(branch.id)[0]
    undone = services.history.undo(change.id)
    assert undone.action == "undo" and undone.ref_id == change.id
    assert undone.summary == "撤销：修改团员“张三”"
    assert services.members.get(saved.id).data.phone == "13800000000"
    redone = services.history.redo(undone.id)
    assert redone.action == "redo" and redone.ref_id == undone.id
    assert services.members.get(saved.id).data.phone == "13900000000"
    # and undo the redo
    services.history.undo(redone.id)
    assert services.members.get(saved.id).data.phone == "13800000000"


def test_undo_twice_is_refused(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    services.members.update(saved.id, replace(saved.data, phone="13900000000"))
    change = services.history.recent(branch.id)[0]
    services.history.undo(change.id)
    with pytest.raises(ConflictError, match="又有改动"):
        services.history.undo(change.id)


def test_undo_create_soft_deletes_and_redo_restores(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    change = services.history.recent(branch.id)[0]
    undone = services.history.undo(change.id)
    assert services.members.get(saved.id).deleted_at is not None
    services.history.redo(undone.id)
    assert services.members.get(saved.id).deleted_at is None


def test_undo_delete_restores(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    services.members.delete([saved.id])
    services.history.undo(services.history.recent(branch.id)[0].id)
    assert services.members.get(saved.id).deleted_at is None


def test_undo_refused_when_the_old_state_collides_and_nothing_changes(services, branch):
    saved = services.members.create(branch.id, person("张三", 1)).member
    old_id = saved.data.id_number
    services.members.update(
        saved.id, replace(saved.data, id_number=make_id(date(2002, 1, 1), seq=9))
    )
    change = services.history.recent(branch.id)[0]
    # Someone else now holds the old 身份证号.
    services.members.create(
        branch.id, replace(person("李四", 1), id_number=old_id, dev_number="202000000002")
    )
    before = log_count(services)
    with pytest.raises(ConflictError, match="无法撤销“修改团员“张三””") as caught:
        services.history.undo(change.id)
    assert "李四" in caught.value.message
    assert services.members.get(saved.id).data.id_number == make_id(date(2002, 1, 1), seq=9)
    assert log_count(services) == before


def test_undo_of_an_import_batch(services, branch, tmp_path):
    kept = services.members.create(branch.id, person("王五", 7)).member
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    preview = services.imports.preview(branch.id, messy.path)
    result = services.imports.commit(branch.id, preview, valid_only=True)
    assert result.created == len(messy.valid_names)
    steps = services.history.operations_since(branch.id, 1)
    assert len(steps) == 1 and steps[0].count == result.created + result.updated
    assert steps[0].title.startswith("导入名册（新增")
    undone = services.history.undo(steps[0].change_id)
    assert services.members.list_ids(branch.id, MemberFilter()) == [kept.id]
    services.history.redo(undone.id)
    assert services.members.count(branch.id) == 1 + result.created


def test_undo_of_an_import_restores_the_rows_it_updated(services, branch, tmp_path):
    messy = write_messy_roster(tmp_path / "messy.xlsx")
    services.imports.commit(branch.id, services.imports.preview(branch.id, messy.path), True)
    first_id = services.members.list_ids(branch.id, MemberFilter())[0]
    original = services.members.get(first_id).data
    services.members.update(first_id, replace(original, phone="13700000000", note="改过"))
    mark = services.history.latest_id(branch.id)
    result = services.imports.commit(
        branch.id, services.imports.preview(branch.id, messy.path), True
    )
    if result.updated == 0:
        pytest.skip("the messy roster does not overwrite the edited member")
    (step,) = services.history.operations_since(branch.id, mark)
    services.history.undo(step.change_id)
    assert services.members.get(first_id).data.phone == "13700000000"


# ---- meetings -------------------------------------------------------------------------------


def meeting(title: str = "三月团课") -> MeetingInput:
    return MeetingInput(
        kind="tuanke",
        title=title,
        held_on=date(2026, 3, 5),
        place="会议室",
        agenda=(AgendaInput(topic="study", text="学习"),),
    )


def test_meeting_create_update_undo(services, branch):
    saved = services.meetings.create(branch.id, meeting())
    services.meetings.update(saved.id, replace(saved.data, place="线上", title="改后"))
    log = services.history.history("meeting", saved.id)
    assert [row.action for row in log] == ["update", "create"]
    assert {c.label for c in log[0].changes} == {"地点", "会议主题"}
    services.history.undo(log[0].id)
    assert services.meetings.get(saved.id).data.place == "会议室"
    services.history.undo(log[1].id)
    assert services.meetings.get(saved.id).deleted_at is not None


def test_meeting_delete_undo_and_no_attachment_bytes(services, branch):
    data = replace(meeting(), new_attachments=(NewAttachment("签到表.txt", b"x" * 100),))
    saved = services.meetings.create(branch.id, data)
    services.meetings.delete(saved.id)
    services.history.undo(services.history.recent(branch.id)[0].id)
    assert services.meetings.get(saved.id).deleted_at is None
    for line in lines(services):
        assert "xxxx" not in (line.after_json or "")
    assert json.loads(lines(services)[0].after_json or "{}")["attachments"] == ["签到表.txt"]


# ---- 评议 and 注册 --------------------------------------------------------------------------


def review_lines(services, entity: str) -> list[ChangeLog]:
    return [line for line in lines(services) if line.entity == entity]


def grade_row(member_id: int, grade: str) -> EvaluationInput:
    return EvaluationInput(member_id=member_id, approved_grade=grade, decided_on=date(2026, 1, 15))


def sheet_grades(services, branch) -> dict[str, str | None]:
    return {
        row.name: row.approved_grade
        for row in services.reviews.evaluation_sheet(branch.id, 2026)
        if row.saved
    }


@pytest.fixture
def pair(services, branch):
    first = services.members.create(branch.id, person("张三", 1)).member.id
    second = services.members.create(branch.id, person("李四", 2)).member.id
    return first, second


def test_saving_evaluations_logs_one_line_per_changed_row_in_one_batch(services, branch, pair):
    first, second = pair
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(first, "qualified")])
    services.reviews.save_evaluations(
        branch.id, 2026, [grade_row(first, "excellent"), grade_row(second, "qualified")]
    )
    log = review_lines(services, "evaluation")
    assert [line.action for line in log] == ["create", "update", "create"]
    assert log[1].summary == "修改2026年团员教育评议：张三 批准等次 合格 → 优秀"
    assert log[2].summary.startswith("新增2026年团员教育评议：李四")
    assert log[1].batch is not None and log[1].batch == log[2].batch != log[0].batch
    # a save that changes nothing logs nothing
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(second, "qualified")])
    assert len(review_lines(services, "evaluation")) == 3
    (row,) = services.history.history("evaluation", log[1].entity_id)[:1]
    assert {c.label: (c.old, c.new) for c in row.changes} == {"批准等次": ("合格", "优秀")}
    steps = services.history.operations_since(branch.id, log[0].id)
    assert [(s.title, s.count) for s in steps] == [("保存2026年团员教育评议（2人）", 2)]


def test_undo_and_redo_an_evaluation_save(services, branch, pair):
    first, second = pair
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(first, "qualified")])
    mark = services.history.latest_id(branch.id)
    services.reviews.save_evaluations(
        branch.id, 2026, [grade_row(first, "excellent"), grade_row(second, "qualified")]
    )
    (step,) = services.history.operations_since(branch.id, mark)
    undone = services.history.undo(step.change_id)
    assert undone.action == "undo"
    assert sheet_grades(services, branch) == {"张三": "qualified"}
    with session_scope(services.engine) as session:
        assert session.exec(select(func.count()).select_from(Evaluation)).one() == 1
    redone = services.history.redo(undone.id)
    assert sheet_grades(services, branch) == {"张三": "excellent", "李四": "qualified"}
    services.history.undo(redone.id)
    assert sheet_grades(services, branch) == {"张三": "qualified"}


def test_undo_of_registrations_and_redo(services, branch, pair):
    first, second = pair
    services.reviews.save_registrations(
        branch.id, 2026, [RegistrationInput(first, "registered", decided_on=date(2026, 3, 1))]
    )
    mark = services.history.latest_id(branch.id)
    services.reviews.save_registrations(
        branch.id,
        2026,
        [
            RegistrationInput(first, "deferred", reason="未参加评议", decided_on=date(2026, 3, 1)),
            RegistrationInput(second, "registered", decided_on=date(2026, 3, 1)),
        ],
    )
    log = review_lines(services, "registration")
    assert [line.action for line in log] == ["create", "update", "create"]
    assert log[1].summary.startswith("修改2026年团籍注册：张三 注册结果 注册 → 暂缓注册")
    assert log[1].batch == log[2].batch is not None

    def outcomes():
        return {
            row.name: row.outcome
            for row in services.reviews.registration_sheet(branch.id, 2026)
            if row.saved
        }

    (step,) = services.history.operations_since(branch.id, mark)
    undone = services.history.undo(step.change_id)
    assert outcomes() == {"张三": "registered"}
    with session_scope(services.engine) as session:
        kept = session.exec(select(Registration)).one()
        assert kept.defer_until is None and kept.reason == ""
    services.history.redo(undone.id)
    assert outcomes() == {"张三": "deferred", "李四": "registered"}


def test_a_refused_review_undo_changes_nothing(services, branch, pair):
    first, second = pair
    services.reviews.save_evaluations(
        branch.id, 2026, [grade_row(first, "qualified"), grade_row(second, "qualified")]
    )
    (step,) = services.history.operations_since(branch.id, 2)
    # 张三's grade is changed again afterwards: the first save cannot be undone.
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(first, "excellent")])
    before = log_count(services)
    with pytest.raises(ConflictError, match="又有改动"):
        services.history.undo(step.change_id)
    assert sheet_grades(services, branch) == {"张三": "excellent", "李四": "qualified"}
    assert log_count(services) == before


def test_redo_refused_when_the_row_was_saved_again(services, branch, pair):
    first, _ = pair
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(first, "qualified")])
    undone = services.history.undo(services.history.recent(branch.id)[0].id)
    assert sheet_grades(services, branch) == {}
    services.reviews.save_evaluations(branch.id, 2026, [grade_row(first, "basic")])
    before = log_count(services)
    with pytest.raises(ConflictError):
        services.history.redo(undone.id)
    assert sheet_grades(services, branch) == {"张三": "basic"}
    assert log_count(services) == before
