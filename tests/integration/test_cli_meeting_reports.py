"""``branchdesk report`` for the 三会两制一课 reports, on the demo branch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchdesk.cli import main
from branchdesk.paths import AppPaths
from branchdesk.services.container import open_services


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cli") / "data"
    assert main(["--data-dir", str(path), "demo"]) == 0
    return str(path)


def meeting_id(data: str, words: str) -> int:
    services = open_services(AppPaths(Path(data)))
    try:
        branch = services.branches.current()
        assert branch is not None
        return next(row.id for row in services.meetings.list(branch.id) if words in row.title)
    finally:
        services.close()


def test_report_list_names_the_meeting_reports(data, capsys):
    capsys.readouterr()
    assert main(["--data-dir", data, "report", "--list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"minutes", "sign-in", "meetings", "evaluation", "registration"} <= set(names)


def test_minutes_of_a_meeting(data, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    capsys.readouterr()
    code = main(
        ["--data-dir", data, "report", "minutes", "--meeting", str(meeting_id(data, "团课")),
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out == f"已生成 {out}（共 1 页）\n"


def test_evaluation_as_xlsx(data, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    year = str(date.today().year - 1)
    assert (
        main(["--data-dir", data, "report", "evaluation", "--year", year, "--out", str(out)]) == 0
    )
    assert capsys.readouterr().out == f"已生成 {out}\n"
    sheet = load_workbook(out).active
    assert sheet.title == "评议汇总表"
    assert sheet["A1"].value == f"长春示范汽车零部件有限公司团支部{year}年度团员教育评议结果汇总表"
    assert sheet["F3"].value == "测评得票"
    assert sheet["A5"].value == "1"


def test_minutes_without_a_meeting_is_refused_in_chinese(data, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    capsys.readouterr()
    assert main(["--data-dir", data, "report", "minutes", "--out", str(out)]) == 1
    assert "“会议记录”需要指定会议（--meeting 会议编号）" in capsys.readouterr().err
    assert not out.exists()
    assert (
        main(["--data-dir", data, "report", "minutes", "--meeting", "9999", "--out", str(out)]) == 1
    )
    assert "找不到编号为9999的会议记录" in capsys.readouterr().err
    assert not out.exists()


def test_yearly_reports_need_a_year(data, tmp_path, capsys):
    capsys.readouterr()
    out = tmp_path / "x.pdf"
    assert main(["--data-dir", data, "report", "registration", "--out", str(out)]) == 1
    assert "需要指定年度" in capsys.readouterr().err


def test_sign_in_sheet_before_a_meeting(data, tmp_path, capsys):
    out = tmp_path / "签到表.pdf"
    capsys.readouterr()
    assert main(["--data-dir", data, "report", "sign-in", "--out", str(out)]) == 0
    assert "已生成" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
