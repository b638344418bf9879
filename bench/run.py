"""The benchmark suite: ``python bench/run.py`` (quick, size S) or ``python bench/run.py --full``.

Every figure is measured against a raw baseline in the same run, on the same machine, and
reported as the absolute time plus the ratio app / baseline (these machines are noisy; the
ratio is what to compare across runs):

- start-up: ``branchdesk`` to its main window shown (fresh subprocess, offscreen), against a
  bare PySide6 ``QMainWindow`` shown by a fresh subprocess;
- member list, first screen: the model reset and the 30 rows a view paints, against the raw
  SQL id query of the same filter; a filter keystroke (p50/p95): ``set_filter`` + 30 rows,
  against the raw SQL query of the same filter;
- import: ``ImportService.import_file`` of a fresh ``.xlsx`` into a new branch, against
  ``openpyxl`` read-only reading the same file;
- roster PDF: ``ReportService.render("roster")``, against reportlab drawing the same table;
- annual return: ``ReportService.render("annual-return")`` for the big branch, against the raw
  SQL aggregates it needs;
- peak memory: VmHWM of the app with the database open and the roster shown, against a bare
  ``QMainWindow``.

Quick mode (everyone, under a minute): database S, a 1,000-row import, the S roster.
Full mode (``--full``): database L (made once by ``bench/generate.py`` and kept in
``~/.cache/branchdesk-bench``, rebuilt when the generator or the schema changes), a
10,000-row import, the 2,000-member roster. The table is printed and written to
``bench/README.md`` (``--out`` elsewhere, ``--no-write`` not at all). Not a test and not in CI;
``tests/integration/test_bench_quick.py`` only checks that quick mode produces every row.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (bench/ is not a package)

CACHE = Path(os.environ.get("BRANCHDESK_BENCH_CACHE", Path.home() / ".cache" / "branchdesk-bench"))
CUTOFF = date(2026, 12, 31)
README = BENCH / "README.md"
BEGIN = "<!-- bench:results -->"
END = "<!-- /bench:results -->"

BARE_QT = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
def report():
    print(f"BENCH shown {time.time():.6f}", flush=True)
    with open("/proc/self/status") as status:
        hwm = next((l.split()[1] for l in status if l.startswith("VmHWM:")), "0")
    print(f"BENCH rss_peak_kb {hwm}", flush=True)
    os._exit(0)
QTimer.singleShot(0, report)
app.exec()
"""


@dataclass(frozen=True)
class Row:
    """One line of the table: the app's figure, its baseline, the target."""

    name: str
    app: float
    baseline: float
    unit: str  # "ms" | "s" | "MB"
    target: str  # how it is judged, in words
    met: bool | None  # None: no target
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.app / self.baseline if self.baseline else float("inf")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of each run."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def pct(samples: Sequence[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


# ---- the database ------------------------------------------------------------------------------


def database(size: str, cache: Path, say: Callable[[str], None]) -> Path:
    """A data directory of the size, reused while the generator and the schema are unchanged."""
    import hashlib

    from branchdesk import store
    from branchdesk.store.migrate import head_revision, script_directory

    # the migrations' text, not only the head revision: 0006 is still edited in place
    digest = hashlib.sha256()
    for path in sorted((Path(store.__file__).parent / "migrations").rglob("*.py")):
        digest.update(path.read_bytes())
    stamp = {
        "generator": generate.GENERATOR_VERSION,
        "schema": head_revision(script_directory()),
        "migrations": digest.hexdigest(),
    }
    data = cache / size
    marker = data / "bench-stamp.json"
    if marker.is_file() and json.loads(marker.read_text()) == stamp:
        return data
    if data.exists():
        shutil.rmtree(data)
    say(f"generating database {size} in {data} …")
    made = generate.generate(data, size, quiet=True)
    say(f"  {made.counts} in {made.seconds:.0f} s")
    marker.write_text(json.dumps(stamp))
    return data


# ---- start-up and memory (subprocesses) ---------------------------------------------------------


def _child(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds from spawning to the window shown, and the peak RSS in KiB."""
    start = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600, check=False)
    shown = rss = None
    for line in done.stdout.splitlines():
        if line.startswith("BENCH shown "):
            shown = float(line.split()[2])
        elif line.startswith("BENCH rss_peak_kb "):
            rss = int(line.split()[2])
    if shown is None or rss is None:
        raise RuntimeError(
            f"{argv[-3:]} did not report: {done.stdout[-500:]} {done.stderr[-2000:]}"
        )
    return shown - start, rss


def startup(data: Path, runs: int) -> list[Row]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("BRANCHDESK_DATA_DIR", None)
    # Byte code as an installed app has it (these machines set PYTHONDONTWRITEBYTECODE, and a
    # checkout has no __pycache__): the warm-up run writes it outside the tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    app_argv = [sys.executable, "-m", "branchdesk", "--data-dir", str(data)]
    bare_argv = [sys.executable, "-c", BARE_QT]
    app_env = {**env, "BRANCHDESK_BENCH_SHOWN": "members"}
    # warm-up: the daily backup and the OS file cache, as on any start after the first of a day
    _child(app_argv, app_env)
    _child(bare_argv, env)
    app_s, bare_s, app_rss, bare_rss = [], [], [], []
    for _ in range(runs):  # interleaved, so drift hits both alike
        seconds, rss = _child(app_argv, app_env)
        app_s.append(seconds)
        app_rss.append(rss)
        seconds, rss = _child(bare_argv, env)
        bare_s.append(seconds)
        bare_rss.append(rss)
    app_med, bare_med = statistics.median(app_s), statistics.median(bare_s)
    peak = max(app_rss) / 1024
    return [
        Row(
            "start-up to main window shown (median)",
            app_med,
            bare_med,
            "s",
            "≤ 1.5× bare Qt",
            app_med <= 1.5 * bare_med,
            f"{runs} runs each, fresh processes",
        ),
        Row(
            "peak memory, roster shown (VmHWM)",
            peak,
            max(bare_rss) / 1024,
            "MB",
            "≤ 300 MB",
            peak <= 300,
        ),
    ]


# ---- member list ------------------------------------------------------------------------------

KEYSTROKES = ("z", "zh", "zw", "张", "张伟", "秀", "0012", "138", "wang", "刘")


def member_list(data: Path, branch_id: int, runs: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication, QTableView

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services
    from branchdesk.services.schemas import MemberFilter
    from branchdesk.ui.models.member_table_model import MemberTableModel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    services = open_services(AppPaths(data))
    raw = services.engine.raw_connection()
    cursor = raw.cursor()
    base = (
        "SELECT id FROM member WHERE branch_id = ? AND deleted_at IS NULL"
        " AND status IN ('active','transferring')"
    )
    order = " ORDER BY initials, name, id"

    def raw_query(text: str) -> Callable[[], object]:
        if not text:
            sql, args = base + order, (branch_id,)
        elif text.isdigit():
            like = f"%{text}%"
            sql = base + " AND (id_number LIKE ? OR phone LIKE ? OR dev_number LIKE ?)" + order
            args = (branch_id, like, like, like)
        elif text.isascii():
            sql = base + " AND (initials LIKE ? OR name LIKE ?)" + order
            args = (branch_id, f"{text}%", f"%{text}%")
        else:
            sql, args = base + " AND name LIKE ?" + order, (branch_id, f"%{text}%")
        return lambda: cursor.execute(sql, args).fetchall()

    model = MemberTableModel(services.members)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)

    def paint_rows() -> None:
        for row in range(min(30, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))

    def first_screen() -> None:
        model.set_branch(branch_id)
        paint_rows()

    first_screen()  # warm
    total = model.rowCount()
    screen = timed(first_screen, runs)
    screen_raw = timed(raw_query(""), runs)
    keys: list[float] = []
    keys_raw: list[float] = []
    for _ in range(max(1, runs // 2)):
        for text in KEYSTROKES:

            def keystroke(text: str = text) -> None:
                model.set_filter(replace(MemberFilter(), text=text))
                paint_rows()

            keys.extend(timed(keystroke, 1))
            keys_raw.extend(timed(raw_query(text), 1))
    model.set_filter(MemberFilter())
    cursor.close()
    raw.close()
    services.close()
    del view, app
    p95 = pct(keys, 0.95) * 1000
    return [
        Row(
            f"member list: first screen ({total:,} rows)",
            statistics.median(screen) * 1000,
            statistics.median(screen_raw) * 1000,
            "ms",
            "",
            None,
            "model reset + 30 painted rows vs the raw id query",
        ),
        Row(
            "member list: filter keystroke p50",
            pct(keys, 0.5) * 1000,
            pct(keys_raw, 0.5) * 1000,
            "ms",
            "",
            None,
            f"{len(keys)} keystrokes: {' '.join(KEYSTROKES)}",
        ),
        Row(
            "member list: filter keystroke p95",
            p95,
            pct(keys_raw, 0.95) * 1000,
            "ms",
            "≤ 50 ms",
            p95 <= 50,
        ),
    ]


# ---- import ----------------------------------------------------------------------------------


def write_import_file(path: Path, rows: int, seed: int, org_name: str, region: str) -> None:
    """A 智慧团建 export of people not in any generated database (a 黑龙江 region code)."""
    import random

    from branchdesk.domain.dates import YearMonth
    from branchdesk.domain.members import MemberInput
    from branchdesk.io.excel_write import write_roster
    from branchdesk.services.imports import format_row

    people = generate.People(seed)
    people.skip_dev_numbers(90_000_000 + (seed % 100) * 100_000)  # none of the database's numbers
    people_regions = generate.REGIONS
    generate.REGIONS = (region,)  # outside the generated databases: no accidental duplicates
    try:
        rng = random.Random(seed)
        out = []
        while len(out) < rows:
            name, _initials, gender, born, number = people.person()
            if born.year > 2010:
                continue  # keep everyone 15 or older at 入团
            join = YearMonth(born.year + 15 + rng.randrange(2), rng.randint(1, 10))
            member = MemberInput(
                name=name,
                gender=gender,
                ethnicity="01",
                birth_date=born,
                id_number=number,
                join_month=join,
                dev_number=people.dev_number(join.year) if join.year >= 2017 else None,
                fulltime_education="6",
                highest_education="6",
                occupation="1",
                group_name=f"第{rng.randrange(20) + 1}团小组",
                phone=f"139{rng.randrange(10**8):08d}",
            )
            out.append(format_row(member, org_name))
    finally:
        generate.REGIONS = people_regions
    write_roster(path, "zhtj", out)


def read_raw(path: Path) -> int:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in workbook.active.iter_rows(values_only=True))
    workbook.close()
    return count


def importing(data: Path, rows: int, runs: int, work: Path) -> list[Row]:
    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services
    from branchdesk.services.schemas import BranchInput

    target = work / "import-data"
    target.mkdir()
    shutil.copy2(data / "branchdesk.db", target / "branchdesk.db")
    services = open_services(AppPaths(target))
    app_s, raw_s = [], []
    try:
        for run in range(runs):
            path = work / f"import-{run}.xlsx"
            branch = services.branches.create(BranchInput(name=f"导入测试团支部{run}"))
            write_import_file(path, rows, 900 + run, branch.name, f"2301{run + 3:02d}")
            raw_s.extend(timed(lambda path=path: read_raw(path), 1))

            def run_import(path: Path = path, branch_id: int = branch.id) -> None:
                result, preview = services.imports.import_file(branch_id, path, valid_only=False)
                if result.created != rows:
                    bad = [(r.row_number, r.issues) for r in preview.rejected][:3]
                    raise RuntimeError(f"import created {result.created} of {rows}: {bad}")

            app_s.extend(timed(run_import, 1))
    finally:
        services.close()
    app_med, raw_med = statistics.median(app_s), statistics.median(raw_s)
    return [
        Row(
            f"import {rows:,}-row .xlsx (median)",
            app_med,
            raw_med,
            "s",
            "≤ 1.5× openpyxl",
            app_med <= 1.5 * raw_med,
            "read + check + insert vs openpyxl read-only",
        )
    ]


# ---- roster PDF ------------------------------------------------------------------------------


def roster(data: Path | None, branch_id: int, members: int, runs: int, work: Path) -> list[Row]:
    from member_list import populate
    from report_roster import raw_reportlab

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services

    if data is None:  # a branch of exactly ``members`` people
        data = work / "roster-data"
        branch_id = populate(data, members)
    services = open_services(AppPaths(data))
    out = work / "roster.pdf"
    try:
        render = lambda: services.reports.render("roster", branch_id=branch_id, out=out)  # noqa: E731
        result = render()  # warm: fonts, imports
        app_s = timed(render, runs)
        doc = services.reports.roster_doc(branch_id)
    finally:
        services.close()
    raw = raw_reportlab([list(r) for r in doc.rows], list(doc.columns), list(doc.widths_mm), True)
    raw()
    raw_s = timed(raw, runs)
    app_med, raw_med = statistics.median(app_s), statistics.median(raw_s)
    return [
        Row(
            f"roster PDF, {len(doc.rows):,} members ({result.pages} pages)",
            app_med,
            raw_med,
            "s",
            "≤ 1.5× reportlab",
            app_med <= 1.5 * raw_med,
            "vs one reportlab Table of Paragraph cells",
        )
    ]


# ---- annual return ---------------------------------------------------------------------------


def annual_return(data: Path, branch_id: int, runs: int, work: Path) -> list[Row]:
    from annual_return import raw_sql

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services

    services = open_services(AppPaths(data))
    out = work / "annual-return.pdf"
    try:
        render = lambda: services.reports.render(  # noqa: E731
            "annual-return", branch_id=branch_id, out=out, as_of=CUTOFF
        )
        render()  # warm
        app_s = timed(render, runs)
        figures_s = timed(lambda: services.annual_returns.compute(branch_id, CUTOFF), runs)
    finally:
        services.close()
    sql = raw_sql(data / "branchdesk.db", branch_id)
    sql()
    raw_s = timed(sql, runs)
    app_med, raw_med = statistics.median(app_s), statistics.median(raw_s)
    return [
        Row(
            "annual return (团内统计表) PDF",
            app_med,
            raw_med,
            "s",
            "≤ 2 s",
            app_med <= 2.0,
            "query + figures + PDF vs the raw SQL aggregates",
        ),
        Row(
            "annual return: figures only",
            statistics.median(figures_s),
            raw_med,
            "s",
            "",
            None,
            "AnnualReturnService.compute",
        ),
    ]


# ---- the table --------------------------------------------------------------------------------


def fmt(value: float, unit: str) -> str:
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    return f"{value:.0f} MB"


def table(rows: Sequence[Row], header: str) -> str:
    lines = [
        header,
        "",
        "| measurement | app | baseline | ratio | target | met | how |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "**no**")
        lines.append(
            f"| {row.name} | {fmt(row.app, row.unit)} | {fmt(row.baseline, row.unit)} | "
            f"{row.ratio:.2f}× | {row.target} | {met} | {row.note} |"
        )
    return "\n".join(lines) + "\n"


def write_readme(path: Path, text: str, mode: str) -> None:
    """Put the table between the markers of its mode (the rest of the file is kept)."""
    begin, end = f"{BEGIN[:-4]}:{mode} -->", f"{END[:-4]}:{mode} -->"
    block = f"{begin}\n{text}{end}\n"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        _, tail = rest.split(end, 1)
        new = head + block + tail.lstrip("\n")
    else:
        new = (old.rstrip("\n") + "\n\n" if old else "") + block
    path.write_text(new, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="database L (default: quick, S)")
    parser.add_argument("--out", type=Path, default=README, help="file to write the table to")
    parser.add_argument("--no-write", action="store_true", help="only print the table")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where databases are kept")
    parser.add_argument("--runs", type=int, help="repetitions (default 3)")
    parser.add_argument("--only", help="comma-separated steps, e.g. 'import,roster PDF'")
    args = parser.parse_args(argv)
    mode = "full" if args.full else "quick"
    size = "L" if args.full else "S"
    runs = args.runs or 3

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    started = time.perf_counter()
    data = database(size, args.cache, say)
    branch_id = 1
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="branchdesk-bench-") as tmp:
        work = Path(tmp)
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("start-up", lambda: startup(data, runs)),
            ("member list", lambda: member_list(data, branch_id, max(runs, 10))),
            (
                "import",
                lambda: importing(
                    data, 10_000 if args.full else 1_000, 3 if args.full else 1, work
                ),
            ),
            (
                "roster PDF",
                lambda: (
                    roster(None, 0, 2_000, 3, work)
                    if args.full
                    else roster(data, branch_id, 50, runs, work)
                ),
            ),
            ("annual return", lambda: annual_return(data, branch_id, runs, work)),
        ]
        for label, step in steps:
            if args.only and label not in args.only.split(","):
                continue
            say(f"{label} …")
            done = step()
            for row in done:
                say(f"  {row.name}: {fmt(row.app, row.unit)} vs {fmt(row.baseline, row.unit)}")
            rows.extend(done)
    counts = generate.SIZES[size]
    header = (
        f"### {mode} (database {size}: {counts.branches:,} branch"
        f"{'es' if counts.branches > 1 else ''}, {counts.members:,} "
        f"members; the big branch has {counts.big_branch:,}) — "
        f"{datetime.now():%Y-%m-%d %H:%M}\n\n"
        f"Machine: {machine()}. Suite took {time.perf_counter() - started:.0f} s."
    )
    text = table(rows, header)
    print(text)
    if not args.no_write:
        write_readme(args.out, text, mode)
        say(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
