"""Build the migration fixtures ``tests/fixtures/db/schema_000N.db`` (issue 7). Run once, commit.

Each file is an empty database upgraded to revision 000N, then filled with realistic rows for
every table that exists at that revision: a branch (with 行业类别 from 0004), members (one in the
回收站, one who left), a meeting with agenda, attendance, a resolution and an attachment, 评议
and 注册 (0002), a rule override and its log (0003), an 对比表 reason (0004). The rows are
written with plain SQL in SQLAlchemy's storage formats, column by column as the revision has them,
so a later change to the models cannot change what an old file looks like.

``tests/integration/test_migration_fixtures.py`` upgrades a copy of each file to head and checks
that every row is still there with the same values. Only add fixtures here (for a new revision,
once it is released); never regenerate an existing one, it stands for files users already have.

    .venv/bin/python scripts/make_db_fixtures.py            # writes the missing fixtures
    .venv/bin/python scripts/make_db_fixtures.py --force    # rewrites all of them
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import sys
from pathlib import Path

from branchdesk.store.engine import make_engine
from branchdesk.store.migrate import upgrade

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "db"
REVISIONS = {
    "0001": "0001_initial",
    "0002": "0002_meetings_evaluations_registrations",
    "0003": "0003_profile_overrides",
    "0004": "0004_cadre_nature_and_branch_industry",
}
CREATED = "2025-03-01 09:00:00.000000"
UPDATED = "2025-09-15 17:30:00.000000"

# table → rows; a column the revision does not have yet is left out (see _insert).
ROWS: dict[str, list[dict[str, object]]] = {
    "branch": [
        {
            "id": 1,
            "name": "长春示范汽车零部件有限公司团支部",
            "parent_committee": "共青团长春示范汽车集团有限公司委员会",
            "kind": "enterprise",
            "secretary": "王海燕",
            "profile_key": "jilin-2021",
            "created_at": CREATED,
            "industry": "10",
            "field_override": None,
        }
    ],
    "setting": [{"key": "ui.language", "value": "zh_CN"}],
    "member": [
        {
            "id": 1,
            "branch_id": 1,
            "name": "王海燕",
            "initials": "WHY",
            "gender": "2",
            "ethnicity": "01",
            "birth_date": "1998-04-12",
            "id_type": "1",
            "id_number": "220102199804120024",
            "political_status": "03",
            "join_month": "2012-05",
            "dev_number": None,
            "card_number": "12345678",
            "fulltime_education": "7",
            "highest_education": "3",
            "occupation": "2",
            "league_post": "1",
            "post_since": "2024-09",
            "group_name": "冲压车间团小组",
            "phone": "13804310001",
            "household": "吉林省长春市南关区",
            "unit_at_join": "长春市第十一中学",
            "note": "2023年度优秀共青团员",
            "status": "active",
            "deleted_at": None,
            "created_at": CREATED,
            "updated_at": UPDATED,
            "left_on": None,
            "cadre_nature": "1",
        },
        {
            "id": 2,
            "branch_id": 1,
            "name": "李浩宇",
            "initials": "LHY",
            "gender": "1",
            "ethnicity": "10",
            "birth_date": "2002-11-05",
            "id_type": "1",
            "id_number": "220103200211050017",
            "political_status": "03",
            "join_month": "2017-05",
            "dev_number": "201722000001",
            "card_number": None,
            "fulltime_education": "5",
            "highest_education": "4",
            "occupation": "2",
            "league_post": "10",
            "post_since": "2025-01",
            "group_name": "总装车间团小组",
            "phone": "13904310002",
            "household": "吉林省长春市宽城区",
            "unit_at_join": "吉林市第一中学",
            "note": None,
            "status": "active",
            "deleted_at": None,
            "created_at": CREATED,
            "updated_at": UPDATED,
            "left_on": None,
            "cadre_nature": None,
        },
        {  # in the 回收站
            "id": 3,
            "branch_id": 1,
            "name": "赵思雨",
            "initials": "ZSY",
            "gender": "2",
            "ethnicity": "01",
            "birth_date": "2004-03-09",
            "id_type": "1",
            "id_number": "22010220040309002X",
            "political_status": "03",
            "join_month": "2019-05",
            "dev_number": "201922000007",
            "card_number": None,
            "fulltime_education": "9",
            "highest_education": "2",
            "occupation": "2",
            "league_post": None,
            "post_since": None,
            "group_name": None,
            "phone": None,
            "household": None,
            "unit_at_join": None,
            "note": "录入重复，已删除",
            "status": "active",
            "deleted_at": "2025-06-01 10:00:00.000000",
            "created_at": CREATED,
            "updated_at": "2025-06-01 10:00:00.000000",
            "left_on": None,
            "cadre_nature": None,
        },
        {  # left the 团 (超龄离团)
            "id": 4,
            "branch_id": 1,
            "name": "张建军",
            "initials": "ZJJ",
            "gender": "1",
            "ethnicity": "01",
            "birth_date": "1996-07-20",
            "id_type": "1",
            "id_number": "220104199607200031",
            "political_status": "01",
            "join_month": "2010-05",
            "dev_number": None,
            "card_number": None,
            "fulltime_education": "7",
            "highest_education": "3",
            "occupation": "2",
            "league_post": None,
            "post_since": None,
            "group_name": "技术中心团小组",
            "phone": "13604310004",
            "household": "吉林省长春市朝阳区",
            "unit_at_join": None,
            "note": None,
            "status": "aged_out",
            "deleted_at": None,
            "created_at": CREATED,
            "updated_at": UPDATED,
            "left_on": "2024-07-20",
            "cadre_nature": None,
        },
    ],
    "meeting": [
        {
            "id": 1,
            "branch_id": 1,
            "kind": "dahui",
            "title": "第一季度支部大会",
            "held_on": "2025-03-15",
            "start_time": "16:30:00.000000",
            "end_time": "17:30:00.000000",
            "place": "公司团委活动室",
            "online": 0,
            "chair_id": 1,
            "recorder_id": 2,
            "lecturer": "",
            "hours_tenths": None,
            "group_name": None,
            "content": "审议本年度团支部工作计划。散会。",
            "decisions": "通过《2025年团支部工作计划》。",
            "deleted_at": None,
            "created_at": CREATED,
            "updated_at": UPDATED,
        }
    ],
    "meeting_agenda": [
        {"id": 1, "meeting_id": 1, "position": 0, "topic": "report", "text": "审议年度工作计划"}
    ],
    "attendance": [
        {
            "id": 1,
            "meeting_id": 1,
            "member_id": 1,
            "name": "王海燕",
            "presence": "present",
            "reason": None,
            "observer": 0,
            "can_vote": 1,
        },
        {
            "id": 2,
            "meeting_id": 1,
            "member_id": 2,
            "name": "李浩宇",
            "presence": "present",
            "reason": None,
            "observer": 0,
            "can_vote": 1,
        },
        {
            "id": 3,
            "meeting_id": 1,
            "member_id": 4,
            "name": "张建军",
            "presence": "leave",
            "reason": "出差",
            "observer": 0,
            "can_vote": 1,
        },
        {
            "id": 4,
            "meeting_id": 1,
            "member_id": None,
            "name": "刘国庆（党支部书记）",
            "presence": None,
            "reason": None,
            "observer": 1,
            "can_vote": 0,
        },
    ],
    "resolution": [
        {
            "id": 1,
            "meeting_id": 1,
            "position": 0,
            "text": "通过《2025年团支部工作计划》",
            "vote_kind": "general",
            "subject": "",
            "expected": 3,
            "present": 2,
            "voters": 2,
            "yes": 2,
            "no": 0,
            "abstain": 0,
        }
    ],
    "attachment": [
        {
            "id": 1,
            "meeting_id": 1,
            "filename": "签到表.txt",
            "mime": "text/plain",
            "size": 27,
            "data": "王海燕 李浩宇".encode() + b"\x00\x01\xff-binary",
            "added_at": UPDATED,
        }
    ],
    "evaluation": [
        {
            "id": 1,
            "branch_id": 1,
            "member_id": 2,
            "year": 2024,
            "self_note": "认真完成岗位工作，按时参加组织生活。",
            "peer_note": "表现积极。",
            "votes_excellent": 2,
            "votes_qualified": 1,
            "votes_basic": 0,
            "votes_unqualified": 0,
            "proposed_grade": "excellent",
            "approved_grade": "excellent",
            "decided_on": "2024-12-10",
            "meeting_id": 1,
            "recheck_due": None,
            "exempt": 0,
        }
    ],
    "registration": [
        {
            "id": 1,
            "branch_id": 1,
            "member_id": 2,
            "year": 2025,
            "outcome": "registered",
            "reason": "",
            "decided_on": "2025-03-20",
            "defer_until": None,
        },
        {
            "id": 2,
            "branch_id": 1,
            "member_id": 1,
            "year": 2025,
            "outcome": "deferred",
            "reason": "未按时参加组织生活",
            "decided_on": "2025-03-20",
            "defer_until": "2025-09-20",
        },
    ],
    "profile_override": [
        {
            "id": 1,
            "branch_id": 1,
            "key": "meeting.zhiwei.per_month",
            "value_json": "2",
            "reason": "上级团委要求每月两次支委会",
            "changed_at": UPDATED,
        }
    ],
    "profile_override_log": [
        {
            "id": 1,
            "branch_id": 1,
            "key": "meeting.zhiwei.per_month",
            "old_json": None,
            "new_json": "2",
            "reason": "上级团委要求每月两次支委会",
            "changed_at": UPDATED,
        }
    ],
    "annual_return_note": [
        {
            "id": 1,
            "branch_id": 1,
            "year": 2025,
            "item": "members",
            "reason": "1名团员超龄离团",
            "updated_at": UPDATED,
        }
    ],
}


def build(revision: str, target: Path) -> dict[str, int]:
    """Write ``target`` at ``revision`` with the rows its tables can hold; the row counts."""
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    counts: dict[str, int] = {}
    with contextlib.closing(sqlite3.connect(target)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        with conn:
            for table, rows in ROWS.items():
                if table not in tables:
                    continue
                columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                for row in rows:
                    values = {key: value for key, value in row.items() if key in columns}
                    names = ", ".join(f'"{key}"' for key in values)
                    marks = ", ".join("?" for _ in values)
                    conn.execute(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values())
                    )
                counts[table] = len(rows)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        conn.execute("VACUUM")
    return counts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite existing fixtures")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for number, revision in REVISIONS.items():
        target = FIXTURES / f"schema_{number}.db"
        if target.exists() and not args.force:
            print(f"{target.name}: exists, kept")  # noqa: T201
            continue
        counts = build(revision, target)
        print(f"{target.name}: {revision}, {target.stat().st_size} bytes, {counts}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
