"""A synthetic 团委 database for the benchmarks: ``python bench/generate.py --size S|L DIR``.

The database is created by the app's own migrations (``store.migrate.open_database``), then
filled with ``sqlite3.executemany`` in large transactions — never the ORM row by row — so L
takes a minute or two, not hours. Everything is deterministic (fixed seeds).

- **S**: one branch, 50 members, 3 years of meetings (about 150) with attendance.
- **L**: 1,000 branches, 100,000 members, 150,000 meetings, 3,000,000 attendance rows. Branch 1
  is the 团委's own big book (20,000 members: a 团总支 that keeps every student on one roster;
  its meetings record at most 200 people each), the other 999 are ordinary branches of 3 to
  about 160 members (80 on average); the big branch is the current one, so the window opens on
  it and the list, import and annual-return figures are its worst case.

Rows look real: valid 18-digit 身份证号 (GB 11643 check digit, sex digit matching 性别), Chinese
names with their pinyin initials, birth dates 1998–2012, 入团 at 14–18, 团员发展编号 for those
who joined from 2017, code-list values for 民族 / 学历 / 职业 / 团内职务, about 4 % who left
(with ``left_on`` and a ``member_event``), 支部大会 / 支委会 / 团小组会 / 团课 / 主题团日 /
组织生活会 over 2024-01 … 2026-11 with 出席 / 请假 / 缺席, 组织关系转接 in every state
(``transfer`` + ``transfer_step``) and a 对标定级 per branch and year (``rating`` +
``rating_score``).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕彩春菊凤洁梅琳素云莲真环"
    "雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉"
    "君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫"
    "芸菲寒伊亚宜可姬舒影荔枝思丽浩然子轩宇航博文睿泽俊"
)
REGIONS = ("220102", "220104", "110101", "110108", "310104", "440106", "510107", "420111", "320102")
ETHNICITY = ["01"] * 92 + ["02", "03", "04", "05", "06", "08", "10", "11"]
SCHOOL_KINDS = ("school", "enterprise", "public", "rural", "community", "social")
INDUSTRIES = ("03", "04", "05", "01", "02", "06", "07", "08")
EXIT_STATUSES = ("transferred", "aged_out", "withdrawn", "lapsed", "removed", "expelled")
EXIT_KIND = {
    "transferred": "transfer_out",
    "aged_out": "aged_out",
    "withdrawn": "withdrawn",
    "lapsed": "lapsed",
    "removed": "removed",
    "expelled": "expelled",
}
# meetings per year of one branch (三会两制一课 at the national minimum, a little more)
YEAR_PLAN = (
    ("dahui", 4),
    ("zhiwei", 12),
    ("xiaozu", 18),
    ("tuanke", 4),
    ("theme_day", 11),
    ("shenghuohui", 1),
)
TITLES = {
    "dahui": "支部大会",
    "zhiwei": "支委会",
    "xiaozu": "团小组会",
    "tuanke": "团课：学习习近平新时代中国特色社会主义思想",
    "theme_day": "主题团日：青春心向党 建功新时代",
    "shenghuohui": "专题组织生活会",
}
CONTENT = (
    "传达学习上级团委文件精神，通报支部近期工作情况，讨论下一阶段工作安排。"
    "与会团员结合自身实际发言，一致表示要立足岗位、发挥先锋模范作用。"
)
TRANSFER_STATES = ("done", "done", "done", "applied", "out_approved", "in_approved", "returned")
STAR_CHOICES = ("five", "four", "four", "three", "three", "three", "backward")
NOW = "2026-11-27 09:00:00.000000"
FIRST_DAY = date(2024, 1, 1)
LAST_DAY = date(2026, 11, 20)


@dataclass(frozen=True)
class Size:
    name: str
    branches: int
    members: int
    big_branch: int  # members of branch 1 (the current one)
    meetings_per_branch: int
    attendance: int  # target number of attendance rows


SIZES = {
    "S": Size("S", 1, 50, 50, 150, 6_000),
    "L": Size("L", 1_000, 100_000, 20_000, 150, 3_000_000),
}

# Bump when the generated data changes, so a cached database is rebuilt.
GENERATOR_VERSION = 3


@dataclass(frozen=True)
class Generated:
    data_dir: Path
    size: str
    branch_id: int  # the big / current branch
    counts: dict[str, int]
    seconds: float


def check_char(first17: str) -> str:
    from branchdesk.domain.idcard import check_char as app_check_char

    return app_check_char(first17)


def branch_sizes(size: Size, rng: random.Random) -> list[int]:
    """Members per branch: branch 1 is the big one, the rest 3…97 adding up to the total."""
    if size.branches == 1:
        return [size.members]
    rest = size.members - size.big_branch
    count = size.branches - 1
    sizes = [rng.randint(3, 97) for _ in range(count)]
    # scale to the exact total, keeping every branch at 3 or more
    scale = rest / sum(sizes)
    sizes = [max(3, round(s * scale)) for s in sizes]
    diff = rest - sum(sizes)
    index = 0
    while diff:
        step = 1 if diff > 0 else -1
        if sizes[index % count] + step >= 3:
            sizes[index % count] += step
            diff -= step
        index += 1
    return [size.big_branch, *sizes]


class People:
    """Unique, valid identities: 身份证号, names with initials, 团员发展编号."""

    def __init__(self, seed: int) -> None:
        from branchdesk.domain.names import initials

        self._initials = initials
        self.rng = random.Random(seed)
        self._ids: set[str] = set()
        self._dev = 0

    def person(self) -> tuple[str, str, str, date, str]:
        """(name, initials, gender, birth date, 身份证号)"""
        rng = self.rng
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if rng.random() < 0.7:
            name += rng.choice(GIVEN)
        while True:
            born = date(1998, 1, 1) + timedelta(days=rng.randrange(0, 365 * 15))
            seq = rng.randrange(0, 1000)
            first17 = f"{rng.choice(REGIONS)}{born:%Y%m%d}{seq:03d}"
            number = first17 + check_char(first17)
            if number not in self._ids:
                self._ids.add(number)
                break
        gender = "1" if seq % 2 else "2"
        return name, self._initials(name), gender, born, number

    def skip_dev_numbers(self, start: int) -> None:
        """Continue the 团员发展编号 serials from ``start`` (another file's people)."""
        self._dev = start

    def dev_number(self, year: int) -> str:
        self._dev += 1
        return f"{year}{self._dev:08d}"


def member_rows(
    people: People, branch_id: int, count: int, groups: int, start_id: int
) -> Iterator[tuple[object, ...]]:
    rng = people.rng
    for offset in range(count):
        member_id = start_id + offset
        name, initials, gender, born, number = people.person()
        join_year = min(2026, born.year + rng.randint(14, 18))
        join_month = f"{join_year}-{rng.randint(1, 12 if join_year < 2026 else 10):02d}"
        dev = people.dev_number(join_year) if join_year >= 2017 else None
        age = 2026 - born.year
        political = "03"
        if age >= 22 and rng.random() < 0.08:
            political = rng.choice(("01", "02"))
        post = None
        nature = None
        if offset < 5:
            post = str(offset + 1)
            nature = "2"
        elif rng.random() < 0.03:
            post = "10"  # 团小组长
        status = "active"
        left_on = None
        if rng.random() < 0.04:
            status = rng.choice(EXIT_STATUSES)
            left_on = (FIRST_DAY + timedelta(days=rng.randrange(0, 1050))).isoformat()
        elif rng.random() < 0.005:
            status = "transferring"
        yield (
            member_id,
            branch_id,
            name,
            initials,
            gender,
            rng.choice(ETHNICITY),
            born.isoformat(),
            "1",
            number,
            political,
            join_month,
            dev,
            rng.choice(("6", "6", "5", "8", "4")),  # 全日制学历
            rng.choice(("6", "6", "5", "8", "4", "9")),  # 最高学历
            str(rng.choice((1, 1, 2, 3, 6, 7, 9, 12))),  # 职业
            post,
            f"{join_year + 3}-09" if post else None,
            nature,
            f"第{rng.randrange(groups) + 1}团小组",
            f"1{rng.choice('35789')}{rng.randrange(10**9):09d}",
            status,
            left_on,
            NOW,
            NOW,
        )


MEMBER_SQL = (
    "INSERT INTO member (id, branch_id, name, initials, gender, ethnicity, birth_date, id_type, "
    "id_number, political_status, join_month, dev_number, fulltime_education, "
    "highest_education, occupation, league_post, post_since, cadre_nature, group_name, phone, "
    "status, left_on, created_at, updated_at) VALUES "
    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
MEETING_SQL = (
    "INSERT INTO meeting (id, branch_id, kind, title, held_on, start_time, end_time, place, "
    "online, chair_id, recorder_id, lecturer, hours_tenths, group_name, content, decisions, "
    "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
ATTENDANCE_SQL = (
    "INSERT INTO attendance (meeting_id, member_id, name, presence, reason, observer, can_vote) "
    "VALUES (?,?,?,?,?,0,1)"
)


def meeting_days(rng: random.Random, per_branch: int) -> list[tuple[str, date]]:
    """``per_branch`` meetings spread over 2024-01 … 2026-11 in the yearly proportions."""
    plan = [kind for kind, times in YEAR_PLAN for _ in range(times)]
    span = (LAST_DAY - FIRST_DAY).days
    out = []
    for index in range(per_branch):
        kind = plan[index % len(plan)]
        out.append((kind, FIRST_DAY + timedelta(days=rng.randrange(span))))
    out.sort(key=lambda item: item[1])
    return out


def generate(data_dir: Path, size_name: str, *, quiet: bool = False) -> Generated:
    """Create ``data_dir/branchdesk.db`` (which must not exist) at the given size."""
    from branchdesk.paths import AppPaths
    from branchdesk.store.migrate import open_database

    size = SIZES[size_name]
    started = time.perf_counter()
    paths = AppPaths(data_dir)
    paths.ensure()
    if paths.database.exists():
        raise SystemExit(f"{paths.database} exists; give an empty directory")
    engine = open_database(paths.database, paths.backups)
    engine.dispose()

    def say(text: str) -> None:
        if not quiet:
            print(f"  {time.perf_counter() - started:6.1f} s  {text}", flush=True)

    rng = random.Random(20261127)
    people = People(seed=1127)
    con = sqlite3.connect(paths.database, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("BEGIN")
    sizes = branch_sizes(size, rng)
    branches = []
    for index, _count in enumerate(sizes, start=1):
        kind = "school" if index == 1 else rng.choice(SCHOOL_KINDS)
        if index == 1:
            name = "长春理工大学计算机科学技术学院团总支"
        else:
            name = f"第{index:04d}团支部（{rng.choice(('机械', '材料', '电子', '外语', '经管'))}）"
        branches.append(
            (
                index,
                name,
                "共青团长春理工大学委员会",
                kind,
                "",
                "national",
                rng.choice(INDUSTRIES),
                date(2010 + rng.randrange(12), 9, 1).isoformat(),
                date(2024 + rng.randrange(2), 10, 15).isoformat(),
                NOW,
            )
        )
    con.executemany(
        "INSERT INTO branch (id, name, parent_committee, kind, secretary, profile_key, industry, "
        "founded_on, election_on, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        branches,
    )
    con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('current_branch_id', '1')")
    # members, branch by branch; remember (id, name, status) per branch for meetings
    roster: list[list[tuple[int, str]]] = []
    next_id = 1
    batch: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    for branch_id, count in enumerate(sizes, start=1):
        groups = max(1, count // 12)
        rows = list(member_rows(people, branch_id, count, groups, next_id))
        next_id += count
        roster.append([(int(r[0]), str(r[2])) for r in rows])  # type: ignore[call-overload]
        for row in rows:
            if row[20] != "active" and row[21]:
                events.append(
                    (branch_id, row[0], row[21], EXIT_KIND[str(row[20])], "active", row[20], NOW)
                )
        batch.extend(rows)
        if len(batch) >= 20_000:
            con.executemany(MEMBER_SQL, batch)
            batch.clear()
    con.executemany(MEMBER_SQL, batch)
    batch.clear()
    con.executemany(
        "INSERT INTO member_event (branch_id, member_id, occurred_on, kind, status_before, "
        "status_after, reason, note, created_at) VALUES (?,?,?,?,?,?,'','',?)",
        events,
    )
    say(f"{next_id - 1:,} members")

    # meetings and attendance
    big_cap = 200  # people recorded at one meeting of the big branch
    big = len(roster[0]) if len(roster) > 1 else 0
    budget = size.attendance - min(big, big_cap) * size.meetings_per_branch
    total_slots = (
        sum(len(r) * size.meetings_per_branch for r in roster) - big * size.meetings_per_branch
    )
    share = min(1.0, budget / total_slots)
    meeting_id = 0
    meetings: list[tuple[object, ...]] = []
    attendance: list[tuple[object, ...]] = []
    attendance_count = 0
    presence = ("present",) * 17 + ("leave", "leave", "absent")
    for branch_id, people_here in enumerate(roster, start=1):
        chair = people_here[0][0]
        recorder = people_here[min(1, len(people_here) - 1)][0]
        for kind, day in meeting_days(rng, size.meetings_per_branch):
            meeting_id += 1
            meetings.append(
                (
                    meeting_id,
                    branch_id,
                    kind,
                    TITLES[kind],
                    day.isoformat(),
                    "14:30:00.000000",
                    "16:00:00.000000",
                    "学院楼302会议室",
                    0,
                    chair,
                    recorder,
                    "院团委书记" if kind == "tuanke" else "",
                    15 if kind == "tuanke" else None,
                    None,
                    CONTENT,
                    "会议一致通过上述事项。" if kind in ("dahui", "zhiwei") else "",
                    NOW,
                    NOW,
                )
            )
            if branch_id == 1 and big:
                want = min(big, big_cap)
            elif share >= 1:
                want = len(people_here)
            else:
                want = min(len(people_here), max(3, round(len(people_here) * share)))
            if want == len(people_here):
                chosen = people_here
            else:
                start = rng.randrange(len(people_here))
                chosen = (people_here[start:] + people_here[:start])[:want]
            for member_id, name in chosen:
                mark = rng.choice(presence)
                attendance.append(
                    (meeting_id, member_id, name, mark, "出差" if mark == "leave" else None)
                )
            attendance_count += len(chosen)
            if len(attendance) >= 200_000:
                con.executemany(MEETING_SQL, meetings)
                con.executemany(ATTENDANCE_SQL, attendance)
                meetings.clear()
                attendance.clear()
                con.execute("COMMIT")
                con.execute("BEGIN")
    con.executemany(MEETING_SQL, meetings)
    con.executemany(ATTENDANCE_SQL, attendance)
    meetings.clear()
    attendance.clear()
    say(f"{meeting_id:,} meetings, {attendance_count:,} attendance rows")

    # transfers: about 3 % of members, in every state, with their steps
    transfers = []
    steps = []
    transfer_id = 0
    for branch_id, people_here in enumerate(roster, start=1):
        for member_id, name in people_here:
            if rng.random() >= 0.03:
                continue
            transfer_id += 1
            state = rng.choice(TRANSFER_STATES)
            applied = FIRST_DAY + timedelta(days=rng.randrange(0, 1000))
            state_on = applied + timedelta(days=rng.randrange(1, 20))
            direction = "out" if rng.random() < 0.7 else "in"
            transfers.append(
                (
                    transfer_id,
                    branch_id,
                    member_id,
                    direction,
                    name,
                    rng.choice(("study", "work", "graduate", "move")),
                    "吉林大学化学学院团委" if direction == "out" else "长春市第二中学团委",
                    "共青团吉林省委员会",
                    applied.isoformat(),
                    state,
                    state_on.isoformat(),
                    f"{applied.year}-{transfer_id:05d}" if direction == "out" else None,
                    state_on.isoformat() if state == "done" else None,
                    NOW,
                    NOW,
                )
            )
            path = {
                "applied": ["applied"],
                "out_approved": ["applied", "out_approved"],
                "in_approved": ["applied", "out_approved", "in_approved"],
                "done": ["applied", "out_approved", "in_approved", "done"],
                "returned": ["applied", "returned"],
            }[state]
            for offset, step in enumerate(path):
                steps.append(
                    (
                        transfer_id,
                        (applied + timedelta(days=offset * 3)).isoformat(),
                        step,
                        "材料不全，请补充" if step == "returned" else "",
                        NOW,
                    )
                )
    con.executemany(
        "INSERT INTO transfer (id, branch_id, member_id, direction, name, reason, other_org, "
        "other_committee, applied_on, state, state_on, letter_number, done_on, created_at, "
        "updated_at, reason_note, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','')",
        transfers,
    )
    con.executemany(
        "INSERT INTO transfer_step (transfer_id, occurred_on, state, note, at) VALUES (?,?,?,?,?)",
        steps,
    )
    say(f"{transfer_id:,} transfers, {len(steps):,} steps")

    # 对标定级: one rating per branch for 2024 and 2025 on the built-in sheet, every item scored
    from branchdesk.domain import rating as rating_domain
    from branchdesk.resources import resource_path

    builtin = json.loads(resource_path("rating/builtin-2022.json").read_text(encoding="utf-8"))
    sheet = rating_domain.sheet_json(rating_domain.parse_sheet(json.dumps(builtin)))
    items = [(str(item["id"]), int(float(item["points"]) * 100)) for item in builtin["items"]]
    ratings = []
    scores = []
    rating_id = 0
    for branch_id in range(1, len(roster) + 1):
        for year in (2024, 2025):
            rating_id += 1
            star = rng.choice(STAR_CHOICES)
            ratings.append(
                (
                    rating_id,
                    branch_id,
                    year,
                    str(builtin["key"]),
                    str(builtin["version"]),
                    sheet,
                    "final",
                    star,
                    f"{year + 1}-01-10",
                    "共青团长春理工大学委员会",
                    star,
                    f"{year + 1}-01-20",
                    star,
                    NOW,
                    NOW,
                )
            )
            for item_id, full in items:
                points = rng.randrange(full // 2, full + 1)
                scores.append((rating_id, item_id, points, points, points))
    con.executemany(
        "INSERT INTO rating (id, branch_id, year, sheet_key, sheet_version, sheet_json, state, "
        "self_star, signed_on, reviewer, review_star, reviewed_on, final_star, created_at, "
        "updated_at, self_star_reason, secretary_name, rep_name, review_remarks, key_project) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','','','','')",
        ratings,
    )
    con.executemany(
        "INSERT INTO rating_score (rating_id, item_id, auto_points, self_points, review_points, "
        "override_reason, evidence) VALUES (?,?,?,?,?,'','')",
        scores,
    )
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {
        table: int(con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        for table in ("branch", "member", "meeting", "attendance", "transfer", "rating")
    }
    con.close()
    say("committed")
    return Generated(data_dir, size_name, 1, counts, time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="S")
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    result = generate(args.data_dir, args.size)
    print(f"{result.size}: {result.counts} in {result.seconds:.1f} s → {result.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
