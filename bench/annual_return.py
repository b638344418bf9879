"""How long the annual return (团内统计表) takes: ``python bench/annual_return.py``.

Options: ``--members 2000 --runs 5``. Builds a temporary data directory with one branch of N
synthetic members (``member_list.populate``), then gives it a year of history: about 4 %
leave in the year (转出, 超龄离团, 退团, 除名, 开除团籍), 3 % join in it, 2 % hold a post with
a 团干部性质. Times, in the same run:

- **app PDF**: ``services.reports.render("annual-return", …)`` — query, figures, document,
  layout, file write;
- **app figures**: ``services.annual_returns.compute`` — the query and every count (this year,
  last year, movement, the five breakdowns);
- **raw SQL**: the aggregates the return needs written as plain SQLite ``COUNT … GROUP BY``
  queries (members on both cut-offs, new members both years, cadres by nature, exits by status,
  gender / 民族 / 学历 / 职业, age bands with ``CASE``) — no application code at all.

Prints medians and the ratio app figures / raw SQL. Not a test and not part of CI.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CUTOFF = date(2026, 12, 31)
EXITS = ("transferred", "aged_out", "withdrawn", "removed", "expelled")


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    samples = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), result


def add_history(db: Path, branch_id: int) -> None:
    rng = random.Random(11)
    con = sqlite3.connect(db)
    ids = [row[0] for row in con.execute("SELECT id FROM member WHERE branch_id = ?", (branch_id,))]
    for member_id in ids:
        roll = rng.random()
        if roll < 0.04:
            left = date(2026, 1, 1) + timedelta(days=rng.randrange(0, 365))
            con.execute(
                "UPDATE member SET status = ?, left_on = ? WHERE id = ?",
                (rng.choice(EXITS), left.isoformat(), member_id),
            )
        elif roll < 0.07:
            con.execute(
                "UPDATE member SET join_month = ? WHERE id = ?",
                (f"2026-{rng.randint(1, 12):02d}", member_id),
            )
        elif roll < 0.09:
            con.execute(
                "UPDATE member SET league_post = ?, cadre_nature = ? WHERE id = ?",
                (str(rng.randint(1, 9)), str(rng.randint(1, 3)), member_id),
            )
        con.execute(
            "UPDATE member SET highest_education = ?, occupation = ?, ethnicity = ? WHERE id = ?",
            (
                str(rng.randint(1, 15)),
                str(rng.randint(1, 14)),
                rng.choice(["01"] * 9 + ["10"]),
                member_id,
            ),
        )
    con.commit()
    con.close()


def raw_sql(db: Path, branch_id: int) -> Callable[[], dict[str, object]]:
    """The return's aggregates as plain SQL (one connection, opened per run like the app's)."""

    def on_roster(day: date) -> tuple[str, tuple[object, ...]]:
        return (
            "branch_id = ? AND deleted_at IS NULL AND (join_month IS NULL OR join_month <= ?) "
            "AND (status IN ('active', 'transferring') OR left_on > ?)",
            (branch_id, f"{day:%Y-%m}", day.isoformat()),
        )

    def run() -> dict[str, object]:
        con = sqlite3.connect(db)
        out: dict[str, object] = {}
        for label, day in (
            ("this", CUTOFF),
            ("last", date(2025, 12, 31)),
            ("open", date(2025, 12, 31)),
        ):
            where, args = on_roster(day)
            out[label] = con.execute(
                f"SELECT COUNT(*), SUM(political_status IN ('01','02')) FROM member WHERE {where}",
                args,
            ).fetchone()
        where, args = on_roster(CUTOFF)
        for year in (2026, 2025):
            out[f"new{year}"] = con.execute(
                "SELECT COUNT(*) FROM member WHERE branch_id = ? AND deleted_at IS NULL "
                "AND join_month BETWEEN ? AND ?",
                (branch_id, f"{year}-01", f"{year}-12"),
            ).fetchone()
        out["cadres"] = con.execute(
            f"SELECT cadre_nature, COUNT(*) FROM member WHERE {where} AND league_post IN "
            "('1','2','3','4','5','6','7','8','9') GROUP BY cadre_nature",
            args,
        ).fetchall()
        out["exits"] = con.execute(
            "SELECT status, COUNT(*) FROM member WHERE branch_id = ? AND deleted_at IS NULL "
            "AND left_on BETWEEN ? AND ? GROUP BY status",
            (branch_id, "2026-01-01", CUTOFF.isoformat()),
        ).fetchall()
        for column in ("gender", "ethnicity", "highest_education", "occupation"):
            out[column] = con.execute(
                f"SELECT {column}, COUNT(*) FROM member WHERE {where} GROUP BY {column}", args
            ).fetchall()
        age = (
            "(CAST(strftime('%Y', ?) AS INTEGER) - CAST(strftime('%Y', birth_date) AS INTEGER)"
            " - (strftime('%m-%d', ?) < strftime('%m-%d', birth_date)))"
        )
        out["age"] = con.execute(
            f"SELECT CASE WHEN {age} BETWEEN 14 AND 17 THEN 1 WHEN {age} BETWEEN 18 AND 22 "
            f"THEN 2 WHEN {age} BETWEEN 23 AND 25 THEN 3 WHEN {age} BETWEEN 26 AND 28 THEN 4 "
            f"ELSE 0 END AS band, COUNT(*) FROM member WHERE {where} GROUP BY band",
            (CUTOFF.isoformat(),) * 8 + args,
        ).fetchall()
        con.close()
        return out

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from member_list import populate

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        branch_id = populate(data, args.members)
        paths = AppPaths(data)
        add_history(paths.database, branch_id)
        services = open_services(paths)
        out = data / "annual-return.pdf"
        render = lambda: services.reports.render(  # noqa: E731
            "annual-return", branch_id=branch_id, out=out, as_of=CUTOFF
        )
        render()  # warm: fonts, imports
        pdf_s, result = timed(render, args.runs)
        figures_s, figures = timed(
            lambda: services.annual_returns.compute(branch_id, CUTOFF), args.runs
        )
        sql = raw_sql(paths.database, branch_id)
        sql()
        raw_s, raw = timed(sql, args.runs)
        this = figures.this_year.members  # type: ignore[attr-defined]
        assert this == raw["this"][0], (this, raw["this"])  # type: ignore[index]
        pages = result.pages  # type: ignore[attr-defined]
        services.close()

    print(
        f"# 团内统计表 at {args.members:,} members — {datetime.now():%Y-%m-%d %H:%M}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, median of {args.runs}"
    )
    print(f"{'step':<44}{'seconds':>10}")
    print(f"{'app: render PDF (' + str(pages) + ' pages)':<44}{pdf_s:>10.3f}")
    print(f"{'app: figures (compute)':<44}{figures_s:>10.4f}")
    print(f"{'raw SQL aggregates (sqlite3)':<44}{raw_s:>10.4f}")
    print(f"ratio app figures / raw SQL: {figures_s / raw_s:.1f}×")
    print(f"ratio app PDF / raw SQL: {pdf_s / raw_s:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
