"""``branchdesk --self-test``: prove that this installation works, end to end, in a few seconds.

Made for the frozen bundle (CI runs it on the PyInstaller build, headless), and just as useful
from a checkout or on a secretary's machine. In a temporary data directory that is removed
afterwards it:

1. finds the shipped resources (fonts, translations, icons, rule profiles) and the migrations —
   inside the bundle when frozen, never in a source tree;
2. creates the database and migrates it to the newest revision;
3. loads the sample branch (``services.demo``);
4. renders every report of the registry (``services.reports.REPORTS``, whatever is registered,
   with a year, a day or a meeting as each one needs) and checks each PDF: a PDF header, at
   least one page, every font embedded; reports with a spreadsheet form also write their
   ``.xlsx``. A report that refuses with a :class:`~branchdesk.errors.ValidationError`
   because the sample has nothing for it (e.g. no 介绍信 issued) is listed as skipped with its
   reason — a data question, not a broken installation; any other error fails;
5. opens the main window in Chinese (offscreen unless ``QT_QPA_PLATFORM`` says otherwise),
   visits every page, checks that the UI is translated and closes it.

One line per step on ``out``; the exit code is 0 when everything passed, 1 with
"self-test FAILED: <step>: <reason>" on ``err`` otherwise. Qt settings go to the temporary
directory too, so the user's own window geometry is not touched.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from branchdesk import __version__
from branchdesk.errors import ValidationError
from branchdesk.paths import AppPaths

# Files every installation must carry (relative to resources/).
REQUIRED_RESOURCES = (
    "fonts/wqy-microhei.ttc",
    "fonts/wqy-microhei.LICENSE-Apache-2.0.txt",
    "fonts/noto-serif-cjk-sc.ttf",
    "fonts/noto-serif-cjk-sc.LICENSE-OFL-1.1.txt",
    "translations/branchdesk_zh_CN.qm",
    "icons/branchdesk-256.png",
    "profiles/national.toml",
)
# The options the self-test can supply, by ReportSpec flag; a new flag fails loudly.
KNOWN_NEEDS = frozenset({"needs_year", "needs_date", "needs_meeting"})
_STANDARD_FONTS = re.compile(
    rb"/BaseFont\s*/(Helvetica|Times|Courier|Symbol|ZapfDingbats)[A-Za-z-]*"
)
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
# What the offscreen platform says about things only a real desktop can do (platform.md §3).
_HARMLESS_QT = ("This plugin does not support",)


class SelfTestError(Exception):
    """A check failed; the message says what, in plain words."""


@dataclasses.dataclass
class _Run:
    out: TextIO
    started: float = dataclasses.field(default_factory=time.perf_counter)

    def say(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        begin = time.perf_counter()
        try:
            yield
        except SelfTestError:
            raise
        except Exception as exc:  # anything unexpected is a failure of this step
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            raise SelfTestError(f"{name}: {detail}") from exc
        self.say(f"ok   {name} ({time.perf_counter() - begin:.2f} s)")


def main(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 otherwise (the reason on ``err``)."""
    out = out or sys.stdout
    err = err or sys.stderr
    run = _Run(out)
    frozen = bool(getattr(sys, "frozen", False))
    run.say(f"branchdesk {__version__} self-test ({'bundle' if frozen else 'source'})")
    try:
        with tempfile.TemporaryDirectory(prefix="branchdesk-selftest-") as tmp:
            _all_steps(run, Path(tmp), frozen)
    except SelfTestError as exc:
        err.write(f"self-test FAILED: {exc}\n")
        err.flush()
        return 1
    run.say(f"self-test passed in {time.perf_counter() - run.started:.1f} s")
    return 0


def _all_steps(run: _Run, tmp: Path, frozen: bool) -> None:
    from branchdesk.services.container import open_checked_services

    with run.step("resources and migrations"):
        _check_resources(frozen)
    paths = AppPaths(tmp / "data")
    with run.step("create and migrate the database"):
        services = open_checked_services(paths)
        _check_revision(services.engine)
    try:
        with run.step("load the sample branch"):
            branch_id = _load_demo(services)
        with run.step("render every registered report"):
            for line in _check_reports(services, branch_id, tmp):
                run.say(f"     {line}")
        with run.step("open and close the main window"):
            for line in _check_window(services, paths, tmp):
                run.say(f"     {line}")
    finally:
        services.close()


# ---- steps --------------------------------------------------------------------------------------


def _check_resources(frozen: bool) -> None:
    from branchdesk.resources import resources_root
    from branchdesk.store.migrate import MIGRATIONS_DIR

    root = resources_root()
    missing = [name for name in REQUIRED_RESOURCES if not (root / name).is_file()]
    if missing:
        raise SelfTestError(f"resources missing in {root}: {', '.join(missing)}")
    if not any((MIGRATIONS_DIR / "versions").glob("*.py")):
        raise SelfTestError(f"no migrations in {MIGRATIONS_DIR}")
    if frozen:
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)).resolve()
        for what, path in (("resources", root), ("migrations", MIGRATIONS_DIR)):
            if not path.resolve().is_relative_to(bundle):
                raise SelfTestError(f"{what} come from {path}, outside the bundle {bundle}")
        if __version__.endswith("+source"):
            raise SelfTestError("the bundle carries no package metadata (version unknown)")


def _check_revision(engine: Any) -> None:
    from branchdesk.store.migrate import current_revision, head_revision

    current, head = current_revision(engine), head_revision()
    if current != head:
        raise SelfTestError(f"database at revision {current}, expected {head}")


def _load_demo(services: Any) -> int:
    from branchdesk.services.demo import load_demo

    branch = load_demo(services)
    members = services.members.count(branch.id)
    meetings = services.meetings.list(branch.id)
    if members == 0 or not meetings:
        raise SelfTestError(f"sample branch has {members} members, {len(meetings)} meetings")
    return int(branch.id)


def report_options(spec: Any, services: Any, branch_id: int, today: date) -> dict[str, Any]:
    """The options a registered report needs: last year (the sample's complete 评议 year),
    today as the "as of" day, the sample's first meeting."""
    flags = {
        field.name
        for field in dataclasses.fields(spec)
        if field.name.startswith("needs_") and getattr(spec, field.name)
    }
    unknown = flags - KNOWN_NEEDS
    if unknown:
        raise SelfTestError(
            f"report {spec.name} needs {', '.join(sorted(unknown))}: teach branchdesk.selftest "
            "to supply it"
        )
    options: dict[str, Any] = {}
    if "needs_year" in flags:
        options["year"] = today.year - 1
    if "needs_date" in flags:
        options["as_of"] = today
    if "needs_meeting" in flags:
        options["meeting_id"] = services.meetings.list(branch_id)[0].id
    return options


def check_pdf(name: str, pdf: bytes, pages: int) -> None:
    """A PDF with at least one page whose fonts are all embedded (no standard-14 fonts)."""
    if not pdf.startswith(b"%PDF-"):
        raise SelfTestError(f"report {name}: not a PDF (starts with {pdf[:8]!r})")
    counted = len(_PAGE.findall(pdf))
    if pages < 1 or counted < 1:
        raise SelfTestError(f"report {name}: no pages (reported {pages}, found {counted})")
    if b"/FontFile2" not in pdf:
        raise SelfTestError(f"report {name}: no embedded font")
    standard = sorted({m.group(0).split(b"/")[-1].decode() for m in _STANDARD_FONTS.finditer(pdf)})
    if standard:
        raise SelfTestError(f"report {name}: fonts not embedded: {', '.join(standard)}")


def _check_reports(services: Any, branch_id: int, tmp: Path) -> list[str]:
    reports = services.reports
    catalogue = reports.catalogue()
    if not catalogue:
        raise SelfTestError("no report is registered")
    lines = []
    rendered = 0
    for spec in catalogue:
        options = report_options(spec, services, branch_id, services.today())
        try:
            output = reports.pdf(spec.name, branch_id=branch_id, **options)
        except ValidationError as exc:  # nothing of this kind in the sample: say so
            lines.append(f"{spec.name} {spec.title}: skipped, {exc.message}")
            continue
        except Exception as exc:
            raise SelfTestError(f"report {spec.name} ({spec.title}) failed: {exc}") from exc
        check_pdf(spec.name, output.pdf, output.pages)
        line = f"{spec.name} {spec.title}: {output.pages} p., {len(output.pdf) // 1024} KB"
        if spec.xlsx is not None:
            target = tmp / f"{spec.name}.xlsx"
            reports.render(spec.name, branch_id=branch_id, out=target, **options)
            if not target.read_bytes().startswith(b"PK"):
                raise SelfTestError(f"report {spec.name}: the .xlsx is not a workbook")
            line += " + .xlsx"
        lines.append(line)
        rendered += 1
    if rendered == 0:
        raise SelfTestError("no report could be rendered")
    return lines


def _check_window(services: Any, paths: AppPaths, tmp: Path) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSettings, qInstallMessageHandler

    from branchdesk.app import install_translations, make_application
    from branchdesk.ui.main_window import MainWindow

    # The window saves its geometry on close: into the temporary directory, not the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qt"))
    qt_messages: list[str] = []

    def keep_message(_kind: Any, _context: Any, message: str) -> None:
        if not any(harmless in message for harmless in _HARMLESS_QT):
            qt_messages.append(message)

    previous = qInstallMessageHandler(keep_message)
    app = make_application(["branchdesk", "--self-test"])
    translators = install_translations(app, "zh_CN")
    try:
        home = QCoreApplication.translate("MainWindow", "Home")
        if not translators or home == "Home":
            raise SelfTestError("the Chinese translation did not load")
        if app.windowIcon().isNull():
            raise SelfTestError("the application icon did not load")
        branch = services.branches.current()
        window = MainWindow(services, paths, branch)
        window.show()
        visited = []
        for row in range(window.ui.nav_list.count()):
            window.ui.nav_list.setCurrentRow(row)
            app.processEvents()
            if window.ui.pages.currentIndex() != row:
                raise SelfTestError(f"page {row} did not open")
            visited.append(window.ui.nav_list.item(row).text())
        title = window.windowTitle()
        _grab_check(window)
        if not window.close():
            raise SelfTestError("the main window refused to close")
        app.processEvents()
        window.deleteLater()
        app.processEvents()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        qInstallMessageHandler(previous)
    notes = [f"Qt said: {message}" for message in qt_messages]
    return [f"window “{title}”", f"pages: {'、'.join(visited)}", *notes]


def _grab_check(window: Any) -> None:
    """The window paints: its picture is not one flat colour."""
    image = window.grab().toImage()
    if image.isNull() or image.width() < 100:
        raise SelfTestError("the main window could not be drawn")
    step = max(image.width() // 40, 1)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in (10, 100)}
    if len(colours) < 2:
        raise SelfTestError("the main window drew nothing")
