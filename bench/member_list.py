"""How the roster list behaves at scale: ``python bench/member_list.py [--members 100000]``.

Builds a temporary database with one branch of N synthetic members (valid IDs, Chinese names),
then times, each against the raw SQL it stands on (same run, same machine):

- the id query behind the list (default filter, sorted by pinyin initials);
- search-as-you-type keystrokes: initials, a Chinese character, ID digits;
- the first screen: model reset plus the rows a 30-line view paints (offscreen Qt).

Prints a table; not a test and not part of CI.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶"
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚"
    "桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛"
)


def populate(db: Path, count: int) -> int:
    from sqlalchemy import insert

    from branchdesk.domain.idcard import check_char
    from branchdesk.domain.names import initials
    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services
    from branchdesk.services.schemas import BranchInput
    from branchdesk.store.engine import session_scope
    from branchdesk.store.models import Member

    services = open_services(AppPaths(db))
    branch = services.branches.create(BranchInput(name="基准测试团支部"))
    rng = random.Random(7)
    now = datetime.now().replace(microsecond=0)
    rows = []
    for index in range(count):
        born = date(1998, 1, 1) + timedelta(days=rng.randrange(0, 3650))
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if index % 3 else "")
        first17 = f"220102{born:%Y%m%d}{index % 1000:03d}"
        rows.append(
            {
                "branch_id": branch.id,
                "name": name,
                "initials": initials(name),
                "gender": "1" if index % 2 else "2",
                "ethnicity": "01",
                "birth_date": born,
                "id_type": "1",
                "id_number": first17 + check_char(first17) if index < 10**6 else None,
                "political_status": "03",
                "join_month": f"{born.year + 15}-05",
                "phone": f"138{index:08d}",
                "group_name": f"第{index % 20 + 1}团小组",
                "status": "active",
                "created_at": now,
                "updated_at": now,
            }
        )
    # IDs must be unique: the sequence digits repeat, so make every 1000th birth date unique enough.
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row["id_number"] in seen:
            row["id_number"] = None
        else:
            seen.add(row["id_number"])
        unique.append(row)
    with session_scope(services.engine) as session:
        for start in range(0, len(unique), 20000):
            session.execute(insert(Member), unique[start : start + 20000])
    services.close()
    return branch.id


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QTableView

    from branchdesk.paths import AppPaths
    from branchdesk.services.container import open_services
    from branchdesk.services.schemas import MemberFilter
    from branchdesk.ui.models.member_table_model import MemberTableModel

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        start = time.perf_counter()
        branch_id = populate(data, args.members)
        build_s = time.perf_counter() - start
        services = open_services(AppPaths(data))
        engine = services.engine
        raw_conn = engine.raw_connection()
        cursor = raw_conn.cursor()

        def raw(sql: str, *params: object) -> Callable[[], object]:
            return lambda: cursor.execute(sql, params).fetchall()

        base = (
            "SELECT id FROM member WHERE branch_id = ? AND deleted_at IS NULL"
            " AND status IN ('active','transferring')"
        )
        order = " ORDER BY initials, name, id"
        cases = [
            ("list, default filter", MemberFilter(), raw(base + order, branch_id)),
            (
                "keystroke: initials 'zw'",
                MemberFilter(text="zw"),
                raw(base + " AND (initials LIKE 'zw%' OR name LIKE '%zw%')" + order, branch_id),
            ),
            (
                "keystroke: Chinese '秀'",
                MemberFilter(text="秀"),
                raw(base + " AND name LIKE '%秀%'" + order, branch_id),
            ),
            (
                "keystroke: digits '0012345'",
                MemberFilter(text="0012345"),
                raw(
                    base
                    + " AND (id_number LIKE '%0012345%' OR phone LIKE '%0012345%'"
                    + " OR dev_number LIKE '%0012345%')"
                    + order,
                    branch_id,
                ),
            ),
        ]
        lines = []
        for label, flt, baseline in cases:
            ours = timed(lambda flt=flt: services.members.list_ids(branch_id, flt), args.runs)
            theirs = timed(baseline, args.runs)
            lines.append(
                (label, p(ours, 0.5), p(ours, 0.95), p(theirs, 0.5), p(ours, 0.5) / p(theirs, 0.5))
            )

        app = QApplication.instance() or QApplication(sys.argv[:1])
        model = MemberTableModel(services.members)
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 800)

        def first_screen() -> None:
            model.set_branch(branch_id)
            for row in range(30):
                for column in range(model.columnCount()):
                    model.data(model.index(row, column))

        screen = timed(first_screen, max(5, args.runs // 4))
        raw_screen = timed(raw(base + order, branch_id), max(5, args.runs // 4))
        lines.append(
            (
                "first screen (reset + 30 rows)",
                p(screen, 0.5),
                p(screen, 0.95),
                p(raw_screen, 0.5),
                p(screen, 0.5) / p(raw_screen, 0.5),
            )
        )
        cursor.close()
        raw_conn.close()
        services.close()
        del app

    print(
        f"# member list at {args.members:,} members — {datetime.now():%Y-%m-%d %H:%M}, "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(f"database built in {build_s:.1f} s")
    print("| measurement | p50 ms | p95 ms | raw SQL p50 ms | ratio |")
    print("|---|---|---|---|---|")
    for label, p50, p95, raw50, ratio in lines:
        print(f"| {label} | {p50:.1f} | {p95:.1f} | {raw50:.1f} | {ratio:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
