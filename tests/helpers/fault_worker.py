"""A process to kill: runs one write of branchdesk against a data directory (issue 7 fault tests).

Run with ``sys.executable tests/helpers/fault_worker.py MODE ...``:

``serve``
    A fork server for the kill -9 tests. Importing branchdesk costs about 1.5 s, so the server
    imports it once and forks a fresh child per run. It reads commands from stdin, one a line:

    - ``import DATA_DIR PREVIEW_PICKLE``: the child opens the data directory, loads a pickled
      :class:`ImportPreview`, prints ``READY <pid>`` and commits it (``valid_only=False``, one
      transaction of 2,000 rows), then prints ``DONE <pid>``;
    - ``meeting DATA_DIR``: the child prints ``READY <pid>`` and saves 30-line meetings in a loop.

    Either child then waits to be killed. The server reaps each child and prints
    ``EXIT <pid> <raw wait status>``. EOF on stdin ends the server.

``import-fsize DATA_DIR PREVIEW_PICKLE EXTRA_BYTES``
    One shot for the full-disk test: limits the size of any file the process writes to the
    database's current size + ``EXTRA_BYTES`` (``RLIMIT_FSIZE``, ``SIGXFSZ`` ignored so the write
    fails with EFBIG instead of killing us), commits the import and prints one JSON line:
    ``{"outcome": "ok"|"storage_error"|"other", "message": ..., "type": ...}``.

The module also holds the data builders the tests share (:func:`make_template`,
:func:`big_roster_rows`, :func:`meeting_input`), importable as ``helpers.fault_worker``.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import signal
import sys
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``helpers`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from branchdesk.domain.idcard import check_char
from branchdesk.errors import StorageError
from branchdesk.paths import DB_FILENAME, AppPaths
from branchdesk.services.container import Services, open_services
from branchdesk.services.demo import DEMO_BRANCH, demo_members
from branchdesk.services.meeting_schemas import AttendanceInput, MeetingInput
from branchdesk.services.schemas import ImportPreview

ORG = "长春示范汽车零部件有限公司团支部"
ROSTER_HEADERS = [
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
    "身份证号码",
]
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉宇浩"


def big_roster_rows(count: int, today: date) -> list[list[object]]:
    """``count`` valid, distinct people (region 110105, so never a demo member's 身份证号)."""
    rows: list[list[object]] = []
    names: set[str] = set()
    for index in range(count):
        born = today - timedelta(days=365 * 19 + index)
        female = index % 2 == 1
        first17 = f"110105{born:%Y%m%d}{(index % 400) * 2 + (0 if female else 1):03d}"
        id_number = first17 + check_char(first17)
        n = index
        while True:
            name = (
                _SURNAMES[n % len(_SURNAMES)]
                + _GIVEN[(n // len(_SURNAMES)) % len(_GIVEN)]
                + _GIVEN[(n // (len(_SURNAMES) * len(_GIVEN))) % len(_GIVEN)]
            )
            if name not in names:
                break
            n += 7919
        names.add(name)
        joined = date(born.year + 15, born.month, 1)
        rows.append(
            [
                ORG,
                name,
                "女" if female else "男",
                f"{born:%Y-%m}",
                "汉族",
                f"139{index:08d}",
                "",
                "共青团员",
                "",
                f"{joined:%Y-%m}",
                id_number,
            ]
        )
    return rows


def meeting_input(services: Services, branch_id: int, held_on: date) -> MeetingInput:
    """A 支部大会 with one attendance line per member on the roster (30 in the template)."""
    roster = services.meetings.expected_roster(branch_id, "dahui", held_on)
    lines = tuple(
        AttendanceInput(
            entry.member_id,
            entry.name,
            "leave" if i % 10 == 9 else "present",
            "出差" if i % 10 == 9 else None,
        )
        for i, entry in enumerate(roster)
    )
    return MeetingInput(
        kind="dahui",
        title=f"{held_on.month}月支部大会",
        held_on=held_on,
        place="公司团委活动室",
        chair_id=roster[0].member_id,
        recorder_id=roster[1].member_id,
        content="传达上级团委会议精神，讨论本月工作。散会。",
        attendance=lines,
    )


def make_template(base: Path, import_rows: int) -> tuple[Path, Path]:
    """A data directory ``base/template`` (the demo branch, its 30 members, one meeting) and a
    pickled preview of a ``import_rows``-row roster of new people; returns both files."""
    services = open_services(AppPaths(base / "template"))
    try:
        branch = services.branches.create(DEMO_BRANCH)
        services.members.create_many(branch.id, demo_members(services.today()))
        day = services.today() - timedelta(days=400)
        services.meetings.create(branch.id, meeting_input(services, branch.id, day))
        workbook = Workbook()
        sheet = workbook.active
        sheet.append(ROSTER_HEADERS)
        for row in big_roster_rows(import_rows, services.today()):
            sheet.append(row)
        roster = base / "roster.xlsx"
        workbook.save(roster)
        preview = services.imports.preview(branch.id, roster)
    finally:
        services.close()  # checkpoints the WAL: the .db file alone is the whole database
    if preview.has_errors or len(preview.rows) != import_rows:
        raise AssertionError(f"the generated roster has errors: {preview.rejected[:3]}")
    pickled = base / "preview.pickle"
    pickled.write_bytes(pickle.dumps(preview))
    db = base / "template" / DB_FILENAME
    if db.with_name(DB_FILENAME + "-wal").exists():
        raise AssertionError("the template's WAL was not checkpointed")
    return db, pickled


def _open(data_dir: str) -> tuple[Services, int]:
    services = open_services(AppPaths(Path(data_dir)))
    return services, services.branches.list()[0].id


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _child(command: list[str]) -> None:
    pid = os.getpid()
    services, branch_id = _open(command[1])
    if command[0] == "import":
        preview: ImportPreview = pickle.loads(Path(command[2]).read_bytes())
        _say(f"READY {pid}")
        services.imports.commit(branch_id, preview, valid_only=False)
        _say(f"DONE {pid}")
    elif command[0] == "meeting":
        day = services.today() - timedelta(days=1)
        _say(f"READY {pid}")
        while True:
            services.meetings.create(branch_id, meeting_input(services, branch_id, day))
            day -= timedelta(days=1)
    else:
        raise SystemExit(f"unknown command {command!r}")
    while True:  # wait for the kill, so the pid stays ours until then
        time.sleep(1)


def serve() -> None:
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(command)
            except BaseException as exc:
                _say(f"ERROR {os.getpid()} {type(exc).__name__}: {exc}")
                code = 1
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        _say(f"EXIT {pid} {status}")


def import_with_size_limit(data_dir: str, preview_file: str, extra: int) -> None:
    services, branch_id = _open(data_dir)
    preview: ImportPreview = pickle.loads(Path(preview_file).read_bytes())
    limit = (Path(data_dir) / DB_FILENAME).stat().st_size + extra
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        services.imports.commit(branch_id, preview, valid_only=False)
    except StorageError as exc:
        report = {"outcome": "storage_error", "message": exc.message, "type": "StorageError"}
    except Exception as exc:  # reported to the test, which fails on it
        report = {"outcome": "other", "message": str(exc), "type": type(exc).__name__}
    else:
        report = {"outcome": "ok", "message": "", "type": ""}
    finally:
        services.close()
    _say(json.dumps(report, ensure_ascii=False))


def main(argv: list[str]) -> None:
    if argv[0] == "serve":
        serve()
    elif argv[0] == "import-fsize":
        import_with_size_limit(argv[1], argv[2], int(argv[3]))
    else:
        raise SystemExit(f"usage: fault_worker.py serve | import-fsize DIR PICKLE BYTES ({argv})")


if __name__ == "__main__":
    main(sys.argv[1:])
