"""The document data of the 三会两制一课 reports, built from an in-memory database.

Six members (as in the meeting service tests); meetings on the edges of 2025 (1 January and
31 December, plus 31 December 2024 and 1 January 2026 outside it), one 支部大会 short of its
quorum, a 团课, the 2025 评议 and the 2026 注册.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import NotFoundError
from branchdesk.io.report_xlsx import write_report_tables
from branchdesk.reports.meeting_documents import EMPTY_YEAR, chinese_date, chinese_month, clock
from branchdesk.services.container import build_services
from branchdesk.services.meeting_reports import (
    EVALUATION_HEADERS,
    MeetingReports,
    evaluation_tables,
    ledger_tables,
    registration_tables,
    sign_in_tables,
)
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    EvaluationInput,
    MeetingInput,
    RegistrationInput,
    ResolutionInput,
)
from branchdesk.services.schemas import BranchInput
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel

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
    return services.branches.create(BranchInput(name="测试团支部", kind="enterprise"))


@pytest.fixture
def reports(services):
    return MeetingReports(
        branches=services.branches,
        members=services.members,
        meetings=services.meetings,
        reviews=services.reviews,
        calendar=services.calendar,
        profile=services.profiles.for_branch,
        today=services.today,
    )


def add_member(services, branch, name, seq, **kw):
    born = date(2002, 1, 1 + seq)
    member = MemberInput(
        name=name,
        gender="2" if seq % 2 == 0 else "1",
        birth_date=born,
        id_number=make_id(born, female=seq % 2 == 0, seq=seq),
        join_month=JOINED,
        dev_number=f"2020220000{seq:02d}",
        card_number=f"1234500{seq:02d}",
        **kw,
    )
    return services.members.create(branch.id, member).member.id


@pytest.fixture
def people(services, branch):
    return {
        "书记": add_member(services, branch, "王书记", 1, league_post="1", group_name="一组"),
        "组委": add_member(services, branch, "李组委", 2, league_post="3", group_name="一组"),
        "组长": add_member(services, branch, "赵组长", 3, league_post="10", group_name="二组"),
        "甲": add_member(services, branch, "陈甲", 4, group_name="一组"),
        "乙": add_member(services, branch, "周乙", 5, group_name="二组"),
        "丙": add_member(services, branch, "吴丙", 6, group_name="二组", political_status="01"),
    }


NAMES = {
    "书记": "王书记",
    "组委": "李组委",
    "组长": "赵组长",
    "甲": "陈甲",
    "乙": "周乙",
    "丙": "吴丙",
}


def sheet(people, present=(), leave=None, absent=None, observers=()):
    """Attendance: the named members present, the others as given (name → reason)."""
    leave = leave or {}
    absent = absent or {}
    lines = []
    for key, member_id in people.items():
        if key in leave:
            lines.append(AttendanceInput(member_id, NAMES[key], "leave", leave[key]))
        elif key in absent:
            lines.append(AttendanceInput(member_id, NAMES[key], "absent", absent[key]))
        elif key in present:
            lines.append(AttendanceInput(member_id, NAMES[key], "present"))
    lines += [AttendanceInput(None, name, None, observer=True) for name in observers]
    return tuple(lines)


def meeting(services, branch, people, kind, day, title, **kw):
    everyone = ("书记", "组委") if kind == "zhiwei" else tuple(people)
    kw.setdefault("attendance", sheet(people, present=everyone))
    record = MeetingInput(
        kind=kind,
        title=title,
        held_on=day,
        start_time=time(16, 30),
        end_time=time(17, 30),
        place="团委活动室",
        chair_id=people["书记"],
        recorder_id=people["组委"],
        **kw,
    )
    return services.meetings.create(branch.id, record).id


@pytest.fixture
def year_end_meeting(services, branch, people):
    """31 Dec 2025: 4 of 6 present — enough for a general vote (> 1/2), not for 评议 (> 2/3)."""
    return meeting(
        services,
        branch,
        people,
        "dahui",
        date(2025, 12, 31),
        "2025年度团员教育评议暨组织生活会",
        agenda=(
            AgendaInput("evaluation", "团员自评、互评，测评投票"),
            AgendaInput("report", "审议年度工作总结"),
        ),
        content="书记作年度工作总结。\n\n团员逐一自评，开展互评。\n散会。",
        decisions="通过年度工作总结。",
        attendance=sheet(
            people,
            present=("书记", "组委", "组长", "甲"),
            leave={"乙": "出差"},
            absent={"丙": ""},
            observers=("刘老师",),
        ),
        resolutions=(
            ResolutionInput("通过年度工作总结", vote_kind="general", yes=3, abstain=1),
            ResolutionInput("通过团员教育评议测评结果", vote_kind="evaluation", yes=4),
            ResolutionInput("下季度开展志愿服务"),
        ),
    )


@pytest.fixture
def year_meetings(services, branch, people, year_end_meeting):
    ids = {"year_end": year_end_meeting}
    ids["before"] = meeting(services, branch, people, "zhiwei", date(2024, 12, 31), "12月支委会")
    ids["first"] = meeting(services, branch, people, "zhiwei", date(2025, 1, 1), "1月支委会")
    ids["short"] = meeting(
        services,
        branch,
        people,
        "dahui",
        date(2025, 3, 5),
        "第一季度支部大会",
        attendance=sheet(
            people,
            present=("书记", "组委"),
            leave={"甲": "病假", "乙": "倒班", "丙": "事假"},
            absent={"组长": "未请假"},
        ),
    )
    ids["after"] = meeting(
        services,
        branch,
        people,
        "tuanke",
        date(2026, 1, 1),
        "团课：团员的权利和义务",
        lecturer="团委副书记 马骏",
        hours=Decimal("1.5"),
        online=True,
    )
    return ids


# --- formatting -----------------------------------------------------------------------------------


def test_dates_follow_gbt_9704_without_zero_padding():
    assert chinese_date(date(2026, 3, 5)) == "2026年3月5日"
    assert chinese_date(date(2025, 12, 31)) == "2025年12月31日"
    assert chinese_date(None) == ""
    assert chinese_month(YearMonth(1998, 5)) == "1998年5月"
    assert clock(time(8, 5)) == "8:05"


# --- 会议记录 -------------------------------------------------------------------------------


def test_minutes_carry_every_field_of_the_record(reports, year_end_meeting):
    doc = reports.minutes(year_end_meeting)
    assert doc.title == "测试团支部会议记录"
    assert [item.text for item in doc.kinds] == [
        "☑支部大会",
        "☐支部委员会",
        "☐团小组会",
        "☐团课",
        "☐组织生活会",
        "☐主题团日",
    ]
    assert doc.kind_line.startswith("☑支部大会　☐支部委员会")
    assert doc.meeting_title == "2025年度团员教育评议暨组织生活会"
    assert doc.date_text == "2025年12月31日"
    assert doc.time_text == "16:30—17:30"
    assert doc.place == "团委活动室"
    assert (doc.chair, doc.recorder) == ("王书记", "李组委")
    assert (doc.expected, doc.present, doc.absent) == ("6人", "4人", "2人")
    assert doc.observers == "刘老师"
    assert doc.rate == "66.7%"
    # 请假 and 缺席 apart, each with its reason (a missing one is said to be missing).
    assert doc.absentees == ("请假（1人）：周乙（出差）", "缺席（1人）：吴丙（原因未记录）")
    assert doc.agenda == (
        "1. 团员教育评议：团员自评、互评，测评投票",
        "2. 审议工作报告：审议年度工作总结",
    )
    assert doc.content == ("书记作年度工作总结。", "团员逐一自评，开展互评。", "散会。")
    assert doc.decisions == ("通过年度工作总结。",)
    assert doc.lecturer is None and doc.hours is None
    assert "吴丙缺席，未填写原因" in doc.warnings


def test_minutes_print_each_vote_and_what_the_rule_check_found(reports, year_end_meeting):
    general, evaluation, plain = reports.minutes(year_end_meeting).votes
    assert general.text == "1. 通过年度工作总结"
    assert general.counts == "应到6人　实到4人　有表决权4人　赞成3票　反对0票　弃权1票"
    assert "实到4人，超过支部团员总数6人的1/2" in general.explanation
    assert "符合到会要求" in general.explanation and "表决通过" in general.explanation
    assert general.passed is True
    # 评议 needs more than 2/3: 4 of 6 is not enough, and the sheet says so.
    assert evaluation.text == "2. 通过团员教育评议测评结果〔团员教育评议〕"
    assert "未超过应到6人的2/3（至少需5人），不符合到会要求" in evaluation.explanation
    assert "不能生效" in evaluation.explanation
    assert evaluation.passed is False
    assert plain == type(plain)("3. 下季度开展志愿服务", "", "", None)


def test_minutes_of_a_tuanke_name_the_lecturer_and_hours(reports, year_meetings):
    doc = reports.minutes(year_meetings["after"])
    assert [item.label for item in doc.kinds if item.checked] == ["团课"]
    assert doc.lecturer == "团委副书记 马骏"
    assert doc.hours == "1.5学时"
    assert doc.place == "团委活动室（线上）"
    assert doc.date_text == "2026年1月1日"
    assert doc.absentees == ("无",)
    assert doc.observers == "无"


def test_minutes_of_a_missing_or_deleted_meeting_are_refused(services, reports, year_meetings):
    with pytest.raises(NotFoundError):
        reports.minutes(9999)
    services.meetings.delete(year_meetings["first"])
    with pytest.raises(NotFoundError, match="回收站"):
        reports.minutes(year_meetings["first"])


# --- 签到表 -------------------------------------------------------------------------------------


def test_sign_in_of_a_meeting_has_blank_rows_to_expected_plus_five(
    reports, branch, year_end_meeting
):
    doc = reports.sign_in(branch.id, meeting_id=year_end_meeting)
    assert doc.title == "测试团支部会议签到表"
    assert doc.expected == "6人"
    assert len(doc.rows) == 6 + 5
    assert [row.number for row in doc.rows] == [str(n) for n in range(1, 12)]
    named = [(row.name, row.note) for row in doc.rows if row.name]
    assert named[:6] == [
        ("王书记", ""),
        ("李组委", ""),
        ("赵组长", ""),
        ("陈甲", ""),
        ("周乙", "请假（出差）"),
        ("吴丙", ""),
    ]
    assert named[6] == ("刘老师", "列席")
    assert all(not row.name for row in doc.rows[7:])
    assert doc.date_text == "2025年12月31日"
    table = sign_in_tables(doc)[0]
    assert table.headers == ("序号", "姓名", "签名", "备注")
    assert len(table.rows) == 11


def test_sign_in_before_a_meeting_comes_from_the_roster(reports, branch, people):
    doc = reports.sign_in(branch.id, kind="zhiwei", on=date(2026, 7, 1))
    assert doc.kind_name == "支委会"
    assert doc.meeting_title == ""
    assert [row.name for row in doc.rows if row.name] == ["王书记", "李组委"]
    assert len(doc.rows) == 2 + 5
    assert doc.date_text == "2026年7月1日"


# --- 会议台账 ------------------------------------------------------------------------------------


def test_ledger_takes_exactly_the_meetings_of_the_year_oldest_first(reports, branch, year_meetings):
    doc = reports.ledger(branch.id, 2025)
    assert doc.title == "测试团支部2025年度“三会两制一课”记录簿（台账）"
    assert [row.date_text for row in doc.rows] == ["2025年1月1日", "2025年3月5日", "2025年12月31日"]
    first, short, last = doc.rows
    assert (first.number, first.kind, first.title, first.chair) == (
        "1",
        "支委会",
        "1月支委会",
        "王书记",
    )
    assert (first.expected, first.present, first.rate, first.votes) == ("2", "2", "100.0%", "0")
    assert (short.expected, short.present, short.rate) == ("6", "2", "33.3%")
    assert short.note == "到会不足"
    assert last.votes == "2"
    assert "到会不足" in last.note  # the 评议 vote missed its 2/3
    assert doc.summary == "2025年共记录会议3次（支部大会2次、支委会1次），其中到会不足2次。"


def test_ledger_counts_each_quarter_against_the_profile(reports, branch, year_meetings):
    plan = {row.item: row for row in reports.ledger(branch.id, 2025).plan_rows}
    dahui = plan["支部大会"]
    assert dahui.requirement == "每季度1次"
    assert dahui.quarters == ("1/1　完成", "0/1　未完成", "0/1　未完成", "1/1　完成")
    assert dahui.year_total == "2/4"
    assert dahui.status == "未完成（第二季度、第三季度不足）"
    zhiwei = plan["支委会"]
    assert zhiwei.requirement == "每月1次"
    assert zhiwei.quarters[0] == "1/3　未完成"
    assert zhiwei.year_total == "1/12"
    assert plan["团员教育评议"].quarters == ("—", "—", "—", "—")
    assert plan["团员教育评议"].status == "未完成"
    assert plan["组织生活会"].status == "不作要求"


def test_ledger_of_the_current_year_says_what_is_still_running(reports, branch, year_meetings):
    doc = reports.ledger(branch.id, 2026)
    assert [row.title for row in doc.rows] == ["团课：团员的权利和义务"]
    assert doc.rows[0].note == "团委副书记 马骏、1.5学时；线上"
    plan = {row.item: row for row in doc.plan_rows}
    assert plan["支部大会"].quarters[1] == "0/1　进行中"
    assert plan["支部大会"].quarters[3] == "0/1　未开始"


def test_an_empty_year_is_a_valid_empty_ledger(reports, branch, people):
    doc = reports.ledger(branch.id, 2023)
    assert doc.rows == ()
    assert doc.summary == "2023年共记录会议0次。"
    plan = {row.item: row for row in doc.plan_rows}
    assert plan["支部大会"].quarters == ("0/1　未完成",) * 4
    assert plan["支部大会"].status == "未完成（第一季度至第四季度不足）"
    assert plan["支委会"].status == "未完成（1月至12月不足）"
    assert plan["组织生活会"] == type(plan["组织生活会"])(
        "组织生活会", "按需召开", ("0", "0", "0", "0"), "0", "不作要求"
    )
    sheet_rows = ledger_tables(doc)[0].rows
    assert sheet_rows == ((EMPTY_YEAR,),)


# --- 评议汇总表 ----------------------------------------------------------------------------------


def grade_year(services, branch, people, year_end_meeting, *grades):
    keys = ["书记", "组委", "组长", "甲", "乙"]
    rows = []
    for key, grade in zip(keys, grades, strict=True):
        votes = {"excellent": (5, 1, 0, 0), "qualified": (1, 4, 1, 0)}.get(grade, (0, 1, 2, 3))
        rows.append(
            EvaluationInput(
                member_id=people[key],
                votes_excellent=votes[0],
                votes_qualified=votes[1],
                votes_basic=votes[2],
                votes_unqualified=votes[3],
                proposed_grade=grade,
                approved_grade=grade,
                decided_on=date(2026, 1, 10),
                meeting_id=year_end_meeting,
            )
        )
    rows.append(EvaluationInput(member_id=people["丙"], exempt=True))
    return services.reviews.save_evaluations(branch.id, 2025, rows)


def test_evaluation_summary_lines_and_totals(services, reports, branch, people, year_end_meeting):
    grade_year(
        services, branch, people, year_end_meeting,
        "excellent", "qualified", "qualified", "basic", "unqualified",
    )  # fmt: skip
    doc = reports.evaluation(branch.id, 2025)
    assert doc.title == "测试团支部2025年度团员教育评议结果汇总表"
    first = doc.lines[0]
    assert (first.number, first.name, first.gender, first.dev_number) == (
        "1",
        "王书记",
        "男",
        "202022000001",
    )
    assert first.self_grade == ""
    assert first.votes == ("5", "1", "0", "0")
    assert (first.proposed, first.approved, first.may_register) == ("优秀", "优秀", "是")
    by_name = {line.name: line for line in doc.lines}
    assert by_name["周乙"].may_register == "否（暂缓注册）"
    assert by_name["周乙"].note == "2026年4月10日起复评"
    assert by_name["吴丙"].may_register == "—"
    assert by_name["吴丙"].note == "保留团籍的党员，未参加评议"
    assert doc.totals == "应参评5人　实参评5人　优秀1人（20.0%）　合格2人　基本合格1人　不合格1人"
    assert doc.cap_check == "优秀1人，未超过实参评人数5人的30%（上限1人），符合比例要求。"
    assert not doc.cap_exceeded
    assert doc.meeting_note.startswith(
        "评议会议：2025年12月31日　2025年度团员教育评议暨组织生活会。"
    )
    assert "不符合到会要求" in doc.meeting_note
    table = evaluation_tables(doc)[0]
    assert table.headers == EVALUATION_HEADERS
    assert table.rows[0][:9] == ("1", "王书记", "男", "202022000001", "", "5", "1", "0", "0")


def test_evaluation_summary_reports_the_cap_from_the_profile(
    services, reports, branch, people, year_end_meeting, expected_warnings
):
    grade_year(
        services, branch, people, year_end_meeting,
        "excellent", "excellent", "qualified", "qualified", "qualified",
    )  # fmt: skip
    doc = reports.evaluation(branch.id, 2025)
    assert doc.cap_exceeded
    assert doc.cap_check == "优秀人数2人，超过参评人数5人的30%（上限1人），不符合比例要求，请复核。"
    assert "优秀2人（40.0%）" in doc.totals


def test_an_empty_evaluation_year_prints_an_empty_form(reports, branch, people):
    doc = reports.evaluation(branch.id, 2019)  # everybody joined in 2020
    assert doc.lines == ()
    assert doc.totals == "应参评0人　实参评0人　优秀0人（—）　合格0人　基本合格0人　不合格0人"
    assert doc.cap_check == "本年度尚无评议等次（优秀比例不超过实参评人数的30%）。"
    assert doc.meeting_note == ""
    assert evaluation_tables(doc)[0].rows == ((EMPTY_YEAR,),)


# --- 注册汇总表 ----------------------------------------------------------------------------------


def test_registration_summary_lines_and_totals(services, reports, branch, people, year_end_meeting):
    grade_year(
        services, branch, people, year_end_meeting,
        "excellent", "qualified", "qualified", "basic", "unqualified",
    )  # fmt: skip
    services.reviews.save_registrations(
        branch.id,
        2026,
        [
            RegistrationInput(people["书记"], "registered", "", date(2026, 3, 15)),
            RegistrationInput(people["组委"], "registered", "", date(2026, 3, 15)),
            RegistrationInput(people["组长"], "registered", "", date(2026, 3, 15)),
            RegistrationInput(people["乙"], "deferred", "2025年度评议不合格", date(2026, 3, 15)),
            RegistrationInput(people["丙"], "exempt", "", date(2026, 3, 15)),
        ],
    )
    doc = reports.registration(branch.id, 2026)
    assert doc.title == "测试团支部2026年度团籍注册汇总表"
    by_name = {line.name: line for line in doc.lines}
    first = by_name["王书记"]
    assert (first.gender, first.birth, first.joined) == ("男", "2002年1月", "2020年5月")
    assert first.card == "123450001 / 202022000001"
    assert (first.grade, first.fee_paid_to, first.outcome, first.reason) == ("优秀", "", "注册", "")
    deferred = by_name["周乙"]
    assert (deferred.grade, deferred.outcome) == ("不合格", "暂缓注册")
    assert deferred.reason == "2025年度评议不合格"
    assert deferred.note == "暂缓至2026年9月15日"
    assert by_name["陈甲"].outcome == "" and by_name["陈甲"].note == "尚未办理"
    assert by_name["吴丙"].outcome == "不参加"
    assert by_name["吴丙"].note == "保留团籍的党员"
    assert doc.totals == "应注册5人　已注册3人　暂缓1人　不予注册0人　尚未办理1人　注册率60.0%"
    table = registration_tables(doc)[0]
    assert len(table.rows) == 6 and len(table.headers) == 11


def test_an_empty_registration_year_prints_an_empty_form(reports, branch, people):
    doc = reports.registration(branch.id, 2019)
    assert doc.lines == ()
    assert doc.totals == "应注册0人　已注册0人　暂缓0人　不予注册0人　注册率—"


# --- .xlsx ----------------------------------------------------------------------------------------


def test_tables_are_written_as_text_with_a_bold_header(tmp_path, reports, branch, year_meetings):
    from openpyxl import load_workbook

    path = tmp_path / "台账.xlsx"
    write_report_tables(path, ledger_tables(reports.ledger(branch.id, 2025)))
    book = load_workbook(path)
    assert book.sheetnames == ["会议台账", "完成情况"]
    sheet = book["会议台账"]
    assert sheet["A1"].value == "测试团支部2025年度“三会两制一课”记录簿（台账）"
    header = [cell.value for cell in sheet[3]]
    assert header[:4] == ["序号", "日期", "类型", "名称/主题"]
    assert all(cell.font.bold for cell in sheet[3])
    assert sheet["F4"].value == "2" and sheet["F4"].data_type == "s"
    assert sheet["B4"].value == "2025年1月1日"
    assert not list(tmp_path.glob(".*.tmp"))


def test_grouped_headers_span_two_rows(
    tmp_path, services, reports, branch, people, year_end_meeting
):
    from openpyxl import load_workbook

    grade_year(
        services, branch, people, year_end_meeting,
        "excellent", "qualified", "qualified", "basic", "unqualified",
    )  # fmt: skip
    path = tmp_path / "评议.xlsx"
    write_report_tables(path, evaluation_tables(reports.evaluation(branch.id, 2025)))
    sheet = load_workbook(path).active
    assert sheet["F3"].value == "测评得票"
    assert [sheet.cell(row=4, column=c).value for c in range(6, 10)] == [
        "优秀",
        "合格",
        "基本合格",
        "不合格",
    ]
    assert sheet["A3"].value == "序号"
    assert "A3:A4" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["B5"].value == "王书记"


def test_a_year_with_members_but_nothing_recorded_is_a_blank_form(reports, branch, people):
    evaluation = reports.evaluation(branch.id, 2025)
    assert sorted(line.name for line in evaluation.lines) == sorted(NAMES.values())
    assert {line.note for line in evaluation.lines} == {"", "保留团籍的党员"}
    assert (
        evaluation.status_note == "本年度尚未录入评议结果。本表列出在册团员，可作空白表手工填写。"
    )
    registration = reports.registration(branch.id, 2026)
    assert len(registration.lines) == 6
    assert {line.outcome for line in registration.lines} == {""}
    assert registration.status_note.startswith("本年度尚未办理团籍注册。")
    assert "尚未办理6人" in registration.totals
