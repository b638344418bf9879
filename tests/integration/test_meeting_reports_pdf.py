"""The 三会两制一课 reports rendered from the demo branch and read back with poppler.

Each PDF is checked with ``pdftotext -layout`` (every label and every value of its document is
there as Chinese text), ``pdffonts`` (every font embedded as a subset) and its page count. The
demo holds about fifteen months of meetings up to today, last year's 评议 and the 注册 of last
year and this year.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchdesk.paths import AppPaths
from branchdesk.reports.meeting_documents import EMPTY_YEAR
from branchdesk.services.container import open_services
from branchdesk.services.demo import load_demo
from branchdesk.services.meeting_reports import MeetingReports

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)

TODAY = date.today()
LAST_YEAR = TODAY.year - 1


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    paths = AppPaths(tmp_path_factory.mktemp("demo") / "data")
    services = open_services(paths)
    branch = load_demo(services)
    yield services, branch
    services.close()


@pytest.fixture(scope="module")
def builder(demo):
    services, _branch = demo
    return MeetingReports(
        branches=services.branches,
        members=services.members,
        meetings=services.meetings,
        reviews=services.reviews,
        calendar=services.calendar,
        profile=services.profiles.for_branch,
        today=services.today,
    )


def squeeze(text: str) -> str:
    return "".join(text.split())


def pdf_text(path: Path, mode: str = "-layout") -> str:
    done = subprocess.run(
        ["pdftotext", mode, str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def assert_fonts_embedded(path: Path) -> None:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = done.stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        fields = row.split()
        # name type [type2] encoding emb sub uni object id
        emb, sub = fields[-5], fields[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "+" in fields[0], row  # a subset's tagged name


def assert_all_present(path: Path, values) -> None:
    """Every value is on paper: found in the layout text, or (when it wraps across lines next
    to another column) in the text in drawing order."""
    layout = squeeze(pdf_text(path))
    raw = squeeze(pdf_text(path, "-raw"))
    missing = [v for v in values if v and squeeze(v) not in layout and squeeze(v) not in raw]
    assert not missing, f"not printed: {missing}"


def render(demo, tmp_path, name, **options):
    services, branch = demo
    out = tmp_path / f"{name}.pdf"
    result = services.reports.render(name, branch_id=branch.id, out=out, **options)
    assert result.path == out and out.read_bytes().startswith(b"%PDF")
    assert_fonts_embedded(out)
    return out, result


def find_meeting(demo, words: str) -> int:
    services, branch = demo
    return next(row.id for row in services.meetings.list(branch.id) if words in row.title)


# --- 会议记录 ---------------------------------------------------------------------------------


def test_minutes_of_the_evaluation_meeting(demo, builder, tmp_path):
    meeting_id = find_meeting(demo, "团员教育评议")
    out, result = render(demo, tmp_path, "minutes", meeting_id=meeting_id)
    doc = builder.minutes(meeting_id)
    assert result.pages == 1
    assert result.warnings == ()
    labels = (
        "会议类型", "会议名称", "主题", "时间", "地点", "主持人", "记录人", "应到人数",
        "实到人数", "缺席人数", "列席人员", "缺席人员", "及原因", "会议议题", "会议内容",
        "讨论发言", "会议决议", "表决情况", "主持人签名", "记录人签名", "日期",
    )  # fmt: skip
    kinds = [item.label for item in doc.kinds]
    values = [
        doc.title, doc.meeting_title, doc.date_text, doc.time_text, doc.place, doc.chair,
        doc.recorder, doc.expected, doc.present, doc.absent, doc.observers,
        *doc.absentees, *doc.agenda, *doc.content, *doc.decisions,
    ]  # fmt: skip
    for vote in doc.votes:
        values += [vote.text, vote.counts, vote.explanation]
    assert_all_present(out, [*labels, *kinds, *values])
    assert doc.votes and "符合到会要求" in doc.votes[0].explanation
    assert "第1页共1页" in squeeze(pdf_text(out))


def test_minutes_of_a_tuanke_carry_lecturer_and_hours(demo, builder, tmp_path):
    meeting_id = find_meeting(demo, "团课")
    out, result = render(demo, tmp_path, "minutes", meeting_id=meeting_id)
    doc = builder.minutes(meeting_id)
    assert result.pages == 1
    assert doc.lecturer and doc.hours
    assert_all_present(out, ["主讲人", "学时", doc.lecturer, doc.hours, *doc.absentees])


def test_thirty_pages_of_content_flow_on_with_continued_labels(demo, builder, tmp_path):
    services, branch = demo
    stored = services.meetings.get(find_meeting(demo, "支部大会"))
    paragraph = "团员代表结合岗位实际谈学习体会，围绕安全生产、技术攻关和志愿服务提出意见建议。" * 3
    content = "\n".join(f"第{n}段：{paragraph}" for n in range(1, 301))
    copy = replace(stored.data, title="长内容测试会议", content=content)
    long_id = services.meetings.create(branch.id, copy).id
    out, result = render(demo, tmp_path, "minutes", meeting_id=long_id)
    assert 20 <= result.pages <= 45
    text = pdf_text(out)
    pages = text.split("\f")
    assert squeeze(text).count("（续）") >= result.pages - 2
    assert "（续）" not in pages[0]
    assert all("（续）" in page for page in pages[1 : result.pages - 1])
    assert "第300段" in squeeze(text)
    assert "主持人签名" in squeeze(pages[result.pages - 1])
    assert f"第1页共{result.pages}页" in squeeze(pages[0])
    assert len(builder.minutes(long_id).content) == 300


# --- 签到表 -------------------------------------------------------------------------------------


def test_sign_in_sheet_of_a_meeting_and_before_one(demo, builder, tmp_path):
    services, branch = demo
    meeting_id = find_meeting(demo, "团员教育评议")
    out, result = render(demo, tmp_path, "sign-in", meeting_id=meeting_id)
    doc = builder.sign_in(branch.id, meeting_id=meeting_id)
    assert 1 <= result.pages <= 3
    names = [row.name for row in doc.rows if row.name]
    assert_all_present(out, ["序号", "姓名", "签名", "备注", "会议名称", doc.meeting_title, *names])
    assert str(len(doc.rows)) in pdf_text(out).split()  # the last blank row is numbered

    out, _result = render(demo, tmp_path, "sign-in", as_of=TODAY)
    roster = services.meetings.expected_roster(branch.id, "dahui", TODAY)
    assert_all_present(out, [entry.name for entry in roster])


# --- 会议台账 ------------------------------------------------------------------------------------


def test_the_year_ledger_lists_every_meeting_and_the_plan(demo, builder, tmp_path):
    services, branch = demo
    out, result = render(demo, tmp_path, "meetings", year=LAST_YEAR)
    doc = builder.ledger(branch.id, LAST_YEAR)
    assert len(doc.rows) == len(services.meetings.list(branch.id, LAST_YEAR)) > 0
    assert 1 <= result.pages <= 1 + len(doc.rows) // 10
    values = [doc.title, doc.summary, doc.plan_title]
    for row in doc.rows:
        values += [row.date_text, row.title, row.chair, row.rate]
    for plan in doc.plan_rows:
        values += [plan.item, plan.requirement, plan.year_total, plan.status, *plan.quarters]
    headers = [
        "日期",
        "类型",
        "名称/主题",
        "主持人",
        "应到",
        "实到",
        "到会率",
        "表决事项数",
        "备注",
    ]
    assert_all_present(out, [*headers, *values, "完成情况", "第一季度", "第四季度", "全年"])


def test_an_empty_year_prints_a_valid_empty_ledger(demo, tmp_path):
    out, result = render(demo, tmp_path, "meetings", year=2001)
    assert result.pages == 1
    assert_all_present(out, [EMPTY_YEAR, "2001年共记录会议0次", "完成情况", "未完成"])


# --- 评议汇总表 ----------------------------------------------------------------------------------


def test_evaluation_summary_of_last_year(demo, builder, tmp_path):
    _services, branch = demo
    out, result = render(demo, tmp_path, "evaluation", year=LAST_YEAR)
    doc = builder.evaluation(branch.id, LAST_YEAR)
    assert 1 <= result.pages <= 4
    headers = [
        "序号", "姓名", "性别", "发展团员编号", "自评等次", "测评得票", "优秀", "合格", "基本合格",
        "不合格", "支委会建议等次", "上级团委审批等次", "是否准予注册", "备注",
    ]  # fmt: skip
    values = [doc.title, doc.totals, doc.cap_check, doc.meeting_note]
    for line in doc.lines:
        values += [line.name, line.dev_number, line.approved, line.may_register, line.note]
    closing = ["团支部书记（签字）", "上级团委审核意见（盖章）"]
    assert_all_present(out, [*headers, *values, *closing])
    assert "符合比例要求" in doc.cap_check


def test_evaluation_of_an_empty_year(demo, tmp_path):
    out, result = render(demo, tmp_path, "evaluation", year=1990)
    assert result.pages == 1
    assert_all_present(out, [EMPTY_YEAR, "应参评0人", "本年度尚无评议等次"])


# --- 注册汇总表 ----------------------------------------------------------------------------------


def test_registration_summary_of_this_year(demo, builder, tmp_path):
    _services, branch = demo
    out, result = render(demo, tmp_path, "registration", year=TODAY.year)
    doc = builder.registration(branch.id, TODAY.year)
    assert 1 <= result.pages <= 4
    headers = [
        "序号", "姓名", "性别", "出生年月", "入团年月", "团员证号/发展团员编号", "上年评议等次",
        "团费交至", "注册结果", "原因", "备注",
    ]  # fmt: skip
    values = [doc.title, doc.totals]
    for line in doc.lines:
        values += [line.name, line.birth, line.joined, line.grade, line.outcome, line.reason]
    assert_all_present(out, [*headers, *values, "团支部书记（签字）", "上级团委意见（盖章）"])
    assert "暂缓1人" in doc.totals and "注册率" in doc.totals


# --- .xlsx --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["meetings", "evaluation", "registration", "sign-in"])
def test_tables_also_save_as_xlsx(demo, tmp_path, name):
    services, branch = demo
    out = tmp_path / f"{name}.xlsx"
    options = {"as_of": TODAY} if name == "sign-in" else {"year": LAST_YEAR}
    result = services.reports.render(name, branch_id=branch.id, out=out, **options)
    assert result.pages == 0
    book = load_workbook(out)
    sheet = book.worksheets[0]
    assert "团支部" in sheet["A1"].value
    values = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(isinstance(value, str) for value in values)


def test_minutes_are_pdf_only(demo, tmp_path):
    services, branch = demo
    with pytest.raises(Exception, match="只能保存为 PDF"):
        services.reports.render(
            "minutes",
            branch_id=branch.id,
            out=tmp_path / "x.xlsx",
            meeting_id=find_meeting(demo, "团课"),
        )
