"""The 团员花名册's document data (no PDF): columns, masking, the roster as of a day, order."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.ids import make_id

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.domain.names import initials
from branchdesk.errors import NotFoundError
from branchdesk.reports.documents import ROSTER_COLUMNS, RosterDoc
from branchdesk.services.container import build_services
from branchdesk.services.member_events import change_status
from branchdesk.services.reports import REPORTS, chinese_date, paper_month
from branchdesk.services.schemas import BranchInput, MemberFilter
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Member, SQLModel

TODAY = date(2026, 6, 20)


def set_status(services, member_id: int, status: str, on: date) -> None:
    """A transfer's status change, the only way a status changes (member_events.change_status)."""
    with session_scope(services.engine) as session:
        change_status(session, session.get(Member, member_id), status, on, "transfer_out")


FORMS_MD_COLUMNS = (
    "序号",
    "姓名",
    "性别",
    "出生年月",
    "民族",
    "身份证号码",
    "手机号码",
    "团内职务",
    "政治面貌",
    "团员发展编号",
    "入团年月",
    "备注",
)


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def services(clock):
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=clock)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(BranchInput(name="测试团支部", kind="enterprise"))


def member(name: str, seq: int, **overrides) -> MemberInput:
    born = date(2003, 3, seq)
    values = {
        "name": name,
        "gender": "1",
        "ethnicity": "01",
        "birth_date": born,
        "id_number": make_id(born, seq=seq),  # a man's
        "join_month": YearMonth(2018, 5),
        "dev_number": f"2018{seq:08d}",
        "phone": f"1380000{seq:04d}",
    }
    values.update(overrides)
    return MemberInput(**values)


def add(services, branch, name, seq, **overrides) -> int:
    return services.members.create(branch.id, member(name, seq, **overrides)).member.id


@pytest.fixture
def roster(services, branch):
    """Five members in the 团 today, one with a post and a note, one Party member."""
    return {
        "王芳": add(services, branch, "王芳", 1, league_post="1", note="2025年度优秀共青团员"),
        "李强": add(services, branch, "李强", 2, ethnicity="02"),
        "张伟": add(services, branch, "张伟", 3, political_status="02"),
        "陈静": add(services, branch, "陈静", 4),
        "赵磊": add(services, branch, "赵磊", 5, join_month=YearMonth(2026, 6)),
    }


def test_the_roster_is_registered_with_both_formats():
    spec = REPORTS["roster"]
    assert spec.title == "团员花名册"
    assert spec.formats == ("pdf", "xlsx")
    assert spec.needs_date and spec.has_ids
    assert not spec.needs_year and not spec.needs_meeting


def test_columns_and_widths_are_those_of_forms_md(services, branch, roster):
    doc = services.reports.roster_doc(branch.id)
    assert doc.columns == FORMS_MD_COLUMNS
    assert doc.widths_mm == (10, 20, 10, 20, 16, 42, 28, 20, 22, 30, 20, 24)
    assert sum(doc.widths_mm) == 262  # A4 landscape less 20 + 15 mm margins
    assert tuple(name for name, _ in ROSTER_COLUMNS) == FORMS_MD_COLUMNS
    assert all(len(row) == len(doc.columns) for row in doc.rows)


def test_title_footer_and_dates_are_written_for_paper(services, branch, roster):
    doc = services.reports.roster_doc(branch.id, as_of=date(2026, 6, 1))
    assert doc.title == "测试团支部团员花名册（截至2026年6月1日）"  # no "团支部团支部"
    assert doc.as_of == "2026年6月1日"
    assert doc.printed_on == "2026年6月20日"
    assert doc.branch_name == "测试团支部"
    assert doc.profile_name.startswith("全国")
    assert doc.footer_lines and doc.footer_lines[0].startswith("团支部书记：")
    assert "填表人" in doc.footer_lines[0] and "填报日期" in doc.footer_lines[0]


def test_a_branch_name_without_the_word_gets_it(services):
    other = services.branches.create(BranchInput(name="三车间", kind="enterprise"))
    assert services.reports.roster_doc(other.id).title.startswith("三车间团支部团员花名册")


def test_cells_are_display_strings(services, branch, roster):
    doc = services.reports.roster_doc(branch.id)
    by_name = {r[1]: dict(zip(doc.columns, r, strict=True)) for r in doc.rows}
    wang = by_name["王芳"]
    assert wang["性别"] == "男"
    assert wang["民族"] == "汉族"
    assert wang["出生年月"] == "2003.03"
    assert wang["入团年月"] == "2018.05"
    assert wang["团内职务"] == "书记"
    assert wang["政治面貌"] == "共青团员"
    assert wang["团员发展编号"] == "201800000001"
    assert wang["手机号码"] == "13800000001"
    assert wang["备注"] == "2025年度优秀共青团员"
    assert by_name["李强"]["民族"] == "蒙古族"
    assert by_name["张伟"]["政治面貌"] == "中共预备党员"
    assert [r["序号"] for r in by_name.values()] == [str(n) for n in range(1, len(doc.rows) + 1)]
    assert all(isinstance(cell, str) for r in doc.rows for cell in r)


def test_ids_are_masked_unless_asked(services, branch, roster):
    masked = services.reports.roster_doc(branch.id)
    full = services.reports.roster_doc(branch.id, full_ids=True)
    wang_id = make_id(date(2003, 3, 1), seq=1)
    assert masked.masked and not full.masked
    assert wang_id not in masked.column("身份证号码")
    assert f"{wang_id[:4]}**********{wang_id[-4:]}" in masked.column("身份证号码")
    assert wang_id in full.column("身份证号码")


def test_sorted_like_the_roster_list(services, branch, roster):
    doc = services.reports.roster_doc(branch.id)
    listed = services.members.rows(services.members.list_ids(branch.id, MemberFilter()))
    assert doc.column("姓名") == tuple(row.name for row in listed)
    keys = [initials(name) for name in doc.column("姓名")]
    assert keys == sorted(keys)


def test_as_of_leaves_out_who_joined_later_and_keeps_who_left_after(
    services, branch, roster, clock
):
    # 李强 transfers out on 2026-06-20 (left_on is set to that day).
    set_status(services, roster["李强"], "transferred", TODAY)

    today = services.reports.roster_doc(branch.id)
    assert "李强" not in today.column("姓名")
    assert "赵磊" in today.column("姓名")  # joined 2026-06

    before = services.reports.roster_doc(branch.id, as_of=date(2026, 5, 31))
    assert "李强" in before.column("姓名")  # left after that day: still on that roster
    assert "赵磊" not in before.column("姓名")  # joined in June
    assert before.title.endswith("（截至2026年5月31日）")


def test_a_member_in_transfer_is_listed_with_a_note(services, branch, roster):
    set_status(services, roster["陈静"], "transferring", TODAY)
    doc = services.reports.roster_doc(branch.id)
    row = dict(zip(doc.columns, doc.rows[doc.column("姓名").index("陈静")], strict=True))
    assert row["备注"] == "转出中"


def test_deleted_members_are_not_on_the_roster(services, branch, roster):
    services.members.delete([roster["陈静"]])
    assert "陈静" not in services.reports.roster_doc(branch.id).column("姓名")


def test_an_empty_roster_gives_an_empty_valid_doc(services, branch):
    doc = services.reports.roster_doc(branch.id)
    assert isinstance(doc, RosterDoc)
    assert doc.rows == ()
    assert doc.count == 0
    assert doc.columns == FORMS_MD_COLUMNS
    pdf = services.reports.pdf("roster", branch_id=branch.id)
    assert pdf.pdf.startswith(b"%PDF") and pdf.pages == 1


def test_an_unknown_branch_is_refused(services):
    with pytest.raises(NotFoundError):
        services.reports.roster_doc(999)


def test_names_the_font_cannot_print_come_back_as_warnings(services, branch):
    add(services, branch, "王𠀾", 7)  # U+2003E, CJK Extension B: in no bundled font
    add(services, branch, "乜亓", 8)  # rare but covered
    output = services.reports.pdf("roster", branch_id=branch.id)
    assert len(output.warnings) == 1
    assert "王𠀾" in output.warnings[0] and "𠀾" in output.warnings[0]


def test_formatting_helpers():
    assert chinese_date(date(2025, 3, 5)) == "2025年3月5日"
    assert paper_month(date(2004, 3, 15)) == "2004.03"
    assert paper_month(YearMonth(2019, 11)) == "2019.11"
    assert paper_month(None) == ""


def test_the_system_font_preference_is_remembered():
    from branchdesk.services.container import build_services
    from branchdesk.store.engine import make_engine
    from branchdesk.store.models import SQLModel

    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    services = build_services(engine)
    try:
        assert services.reports.prefer_system_fonts is False
        services.reports.set_prefer_system_fonts(True)
        assert services.reports.prefer_system_fonts is True
        assert services.reports.fonts().song  # falls back to the bundled face off Windows
        services.reports.set_prefer_system_fonts(False)
        assert services.reports.prefer_system_fonts is False
    finally:
        services.close()
