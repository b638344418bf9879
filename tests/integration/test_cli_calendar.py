"""``branchdesk calendar``: the year's table and the summary, on the demo branch."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from branchdesk.cli import main


def _missed_month() -> date:
    """The demo leaves out the 支委会 of the month before this one."""
    return date.today().replace(day=1) - timedelta(days=1)


def test_calendar_of_the_demo_shows_the_one_missed_committee_meeting(tmp_path: Path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    missed = _missed_month()

    assert main(["--data-dir", data, "calendar", "--year", str(missed.year)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"长春示范汽车零部件有限公司团支部 {missed.year}年")
    assert lines[1].split() == ["项目", *[f"{m}月" for m in range(1, 13)]]
    rows = {
        line.split()[0]: line
        for line in lines[2:]
        if line
        and line.split()[0] in {"支部大会", "支委会", "主题团日", "团员教育评议", "团籍注册"}
    }
    assert set(rows) == {"支部大会", "支委会", "主题团日", "团员教育评议", "团籍注册"}
    assert rows["支委会"].count("逾期0/1") == 1
    assert rows["支委会"].split()[missed.month] == "逾期0/1"  # the column of that month
    assert all("逾期" not in line for name, line in rows.items() if name != "支委会")
    assert "✓1/1" in rows["主题团日"]
    prefix = "" if missed.year == date.today().year else f"{missed.year}年"
    assert f"· {prefix}{missed.month}月的支委会未召开（已逾期）" in lines


def test_calendar_defaults_to_this_year_and_needs_a_branch(tmp_path: Path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "calendar"]) == 1
    assert "尚未设置团支部" in capsys.readouterr().err
    assert main(["--data-dir", data, "demo"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "calendar", "--branch", "没有这个团支部"]) == 1
    assert "找不到团支部" in capsys.readouterr().err
    assert main(["--data-dir", data, "calendar"]) == 0
    assert f"{date.today().year}年“三会两制一课”" in capsys.readouterr().out
