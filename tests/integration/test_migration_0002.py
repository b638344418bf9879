"""Migration 0002 (meetings, 评议, 注册, member.left_on) on a file that already holds members."""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from pathlib import Path

from branchdesk.store.engine import make_engine
from branchdesk.store.migrate import current_revision, head_revision, upgrade


def test_a_0001_database_with_members_upgrades_to_head_keeping_every_member() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "branchdesk.db"
        engine = make_engine(path)
        try:
            upgrade(engine, "0001_initial")
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO branch (id, name, parent_committee, kind, secretary, profile_key,"
                    " created_at) VALUES (1, '一车间团支部', '', 'enterprise', '', 'national',"
                    " '2025-01-01 08:00:00')"
                )
                for index, name in enumerate(("张三", "李四", "王五"), start=1):
                    conn.exec_driver_sql(
                        "INSERT INTO member (id, branch_id, name, initials, id_type, status,"
                        " join_month, created_at, updated_at) VALUES (?, 1, ?, '', '1', 'active',"
                        " '2019-05', '2025-01-01 08:00:00', '2025-01-01 08:00:00')",
                        (index, name),
                    )
            upgrade(engine)
            assert current_revision(engine) == head_revision()
        finally:
            engine.dispose()
        with contextlib.closing(sqlite3.connect(path)) as conn:
            rows = conn.execute(
                "SELECT id, name, join_month, left_on FROM member ORDER BY id"
            ).fetchall()
            assert rows == [
                (1, "张三", "2019-05", None),
                (2, "李四", "2019-05", None),
                (3, "王五", "2019-05", None),
            ]
            assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (0,)
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
