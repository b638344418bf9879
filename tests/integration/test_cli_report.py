"""``branchdesk report``: list the reports, write the roster as PDF and .xlsx, refuse bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from branchdesk.cli import main
from branchdesk.services import reports as report_service
from branchdesk.services.reports import ReportSpec


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> str:
    data = tmp_path_factory.mktemp("cli-report") / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    return str(data)


def test_list_names_every_report_with_its_title(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "report", "--list"]) == 0
    out = capsys.readouterr().out
    for spec in report_service.REPORTS.values():
        assert spec.name in out and spec.title in out
    assert "roster" in out and "团员花名册" in out and "PDF、XLSX" in out


def test_roster_pdf_in_a_subprocess(demo_dir, tmp_path):
    out = tmp_path / "x.pdf"
    result = run("--data-dir", demo_dir, "report", "roster", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in result.stdout and "共 2 页" in result.stdout


def test_default_file_name_is_name_and_date_in_the_current_folder(demo_dir, tmp_path):
    result = run("--data-dir", demo_dir, "report", "roster", "--date", "2025-12-31", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "roster-2025-12-31.pdf").is_file()
    assert "roster-2025-12-31.pdf" in result.stdout


def test_roster_xlsx_is_the_zhtj_export_with_masked_ids(demo_dir, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert main(["--data-dir", demo_dir, "report", "roster", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    sheet = load_workbook(out).active
    header = [cell.value for cell in sheet[1]]
    assert header[:10] == [
        "组织全称",
        "姓名",
        "性别",
        "出生年月",
        "民族",
        "手机号码",
        "团内职务",
        "政治面貌",
        "团员发展编号",
        "入团年月",
    ]
    assert sheet.max_row == 31  # header + the 30 demo members
    ids = [row[header.index("身份证号码")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids and all("**********" in value for value in ids if value)

    full = tmp_path / "full.xlsx"
    assert main(["--data-dir", demo_dir, "report", "roster", "--out", str(full), "--full-ids"]) == 0
    sheet = load_workbook(full).active
    ids = [row[header.index("身份证号码")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all("*" not in value for value in ids if value)


def test_unknown_report_exits_1(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "report", "nonsense"]) == 1
    err = capsys.readouterr().err
    assert "没有名为“nonsense”的报表" in err and "roster（团员花名册）" in err


def test_a_missing_name_exits_1(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "report"]) == 1
    assert "请指定报表名称" in capsys.readouterr().err


def test_a_report_that_needs_a_year_refuses_to_run_without_one(
    demo_dir, tmp_path, capsys, monkeypatch
):
    spec = ReportSpec(
        name="yearly-test",
        title="测试年报",
        description="",
        pdf=lambda service, request, progress: service.pdf(
            "roster", branch_id=request.branch_id, progress=progress
        ),
        needs_year=True,
    )
    monkeypatch.setitem(report_service.REPORTS, spec.name, spec)
    out = tmp_path / "y.pdf"
    assert main(["--data-dir", demo_dir, "report", "yearly-test", "--out", str(out)]) == 1
    assert "“测试年报”需要指定年度" in capsys.readouterr().err
    assert not out.exists()
    args = ["--data-dir", demo_dir, "report", "yearly-test", "--year", "2025", "--out", str(out)]
    assert main(args) == 0
    assert out.is_file()


def test_a_bad_date_exits_1(demo_dir, capsys):
    assert main(["--data-dir", demo_dir, "report", "roster", "--date", "2025-13-40"]) == 1
    assert "截至日期“2025-13-40”无法识别" in capsys.readouterr().err


def test_unwritable_paths_exit_1_with_a_chinese_message(demo_dir, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cases = {
        tmp_path / "missing" / "x.pdf": "文件夹不存在",
        blocker / "x.pdf": "路径中有一段不是文件夹",
    }
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    cases[folder] = "已有同名文件夹"
    for target, reason in cases.items():
        assert main(["--data-dir", demo_dir, "report", "roster", "--out", str(target)]) == 1
        err = capsys.readouterr().err
        assert f"无法写入文件 {target}：{reason}" in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "folder.pdf"]  # no leftovers


def test_a_file_held_open_or_read_only_gives_the_permission_message(
    demo_dir, tmp_path, capsys, monkeypatch
):
    # As root a read-only folder is still writable, so refuse the final rename the way Windows
    # does when the PDF is open in a viewer.
    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    out = tmp_path / "open.pdf"
    assert main(["--data-dir", demo_dir, "report", "roster", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"无法写入文件 {out}：没有写入权限或文件正被打开" in err
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_a_wrong_suffix_exits_1(demo_dir, tmp_path, capsys):
    assert main(["--data-dir", demo_dir, "report", "roster", "--out", str(tmp_path / "x.doc")]) == 1
    assert "文件名应以 .pdf 或 .xlsx 结尾" in capsys.readouterr().err
