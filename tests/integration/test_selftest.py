"""``branchdesk --self-test`` from the source tree (CI also runs it on the frozen bundle)."""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from datetime import date

import pytest

from branchdesk import selftest
from branchdesk.services.reports import REPORTS

_SPEC = next(iter(REPORTS.values()))


def test_the_self_test_passes_from_the_source_tree_and_covers_every_registered_report():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRANCHDESK_LANG": "en"}
    env.pop("BRANCHDESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "branchdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for step in (
        "ok   resources and migrations",
        "ok   create and migrate the database",
        "ok   load the sample branch",
        "ok   render every registered report",
        "ok   open and close the main window",
    ):
        assert step in out
    for name, spec in REPORTS.items():  # whatever is registered, each one rendered (or
        assert f"     {name} {spec.title}: " in out  # skipped when the sample has no data)
    for name in ("roster", "minutes", "evaluation", "annual-return", "handover"):
        assert f"     {name} {REPORTS[name].title}: " in out
        assert f"     {name} {REPORTS[name].title}: skipped" not in out
    assert "工作台" in out  # the window was shown in Chinese, BRANCHDESK_LANG notwithstanding
    assert out.rstrip().splitlines()[-1].startswith("self-test passed")


def test_a_failing_step_exits_1_with_a_clear_message(monkeypatch):
    def broken(*_args, **_kwargs):
        raise selftest.SelfTestError("report roster: not a PDF (starts with b'garbage')")

    monkeypatch.setattr(selftest, "check_pdf", broken)
    out, err = io.StringIO(), io.StringIO()
    assert selftest.main(out, err) == 1
    assert err.getvalue() == "self-test FAILED: report roster: not a PDF (starts with b'garbage')\n"
    assert "ok   load the sample branch" in out.getvalue()
    assert "self-test passed" not in out.getvalue()


def test_a_report_that_needs_an_option_the_self_test_cannot_supply_fails_loudly():
    @dataclasses.dataclass(frozen=True)
    class FutureSpec:
        name: str = "transfer-letter"
        needs_year: bool = True
        needs_transfer: bool = True

    with pytest.raises(selftest.SelfTestError, match="needs_transfer"):
        selftest.report_options(FutureSpec(), None, 1, date(2026, 11, 27))


def test_report_options_follow_the_spec():
    spec = dataclasses.replace(_SPEC, needs_year=True, needs_date=True, needs_meeting=False)
    options = selftest.report_options(spec, None, 1, date(2026, 11, 27))
    assert options == {"year": 2025, "as_of": date(2026, 11, 27)}


@pytest.mark.parametrize(
    ("pdf", "reason"),
    [
        (b"<html>", "not a PDF"),
        (b"%PDF-1.4 /FontFile2 no pages", "no pages"),
        (b"%PDF-1.4 /Type /Page /BaseFont /Helvetica", "no embedded font"),
        (b"%PDF-1.4 /Type /Page /FontFile2 /BaseFont /Helvetica-Bold", "not embedded: Helvetica"),
    ],
)
def test_check_pdf_refuses_what_would_print_badly(pdf, reason):
    with pytest.raises(selftest.SelfTestError, match=reason):
        selftest.check_pdf("roster", pdf, 1)


def test_check_pdf_accepts_an_embedded_font_pdf():
    selftest.check_pdf("roster", b"%PDF-1.4 /Type /Pages /Type /Page /FontFile2", 1)
