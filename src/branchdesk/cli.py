"""The command line: the same program as the app, for scripts, the 团委's staff and our tests.

``branchdesk`` with no command opens the window; the commands below work without a display and
never import Qt. Exit codes: 0 done, 1 the input was refused (nothing written), 2 usage or
environment errors.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from branchdesk import __version__
from branchdesk.domain import calendar as calendar_rules
from branchdesk.domain import members as member_rules
from branchdesk.domain.dates import DateParseError, parse_date
from branchdesk.errors import BranchdeskError, ConflictError
from branchdesk.io.excel_read import read_roster
from branchdesk.paths import AppPaths, resolve_paths
from branchdesk.services.container import Services, open_services
from branchdesk.services.schemas import BranchInput, BranchRead, ImportPreview
from branchdesk.services.security import SecurityService

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"branchdesk: 参数错误：{message}\n")
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="branchdesk",
        description="团支部的离线台账：团员名册、三会两制一课、星级评定、组织关系转接与报表。"
        "不带命令时打开图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"branchdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="数据目录（默认：系统的用户数据目录；也可用环境变量 BRANCHDESK_DATA_DIR）",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="自检：在临时目录中建库、载入示例数据、生成全部报表、打开并关闭主窗口，"
        "全部通过时退出码为 0（用于检查安装包）",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser("import-members", help="从 .xlsx 导入团员名册")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp.add_argument(
        "--valid-only", action="store_true", help="只导入无错误的行（有错误的行仍逐行报告）"
    )
    imp.add_argument("--branch", metavar="NAME", help="导入到该团支部（不存在则新建）")
    imp.add_argument(
        "--errors-out",
        type=Path,
        metavar="FILE.xlsx",
        help="把有错误的行另存为 .xlsx（含错误原因列）",
    )

    exp = commands.add_parser("export-members", help="把团员名册导出为 .xlsx")
    exp.add_argument("file", type=Path, metavar="FILE.xlsx")
    exp.add_argument(
        "--layout",
        choices=("zhtj", "full"),
        default="zhtj",
        help="zhtj：智慧团建导出格式（默认）；full：包含全部字段",
    )
    exp.add_argument("--branch", metavar="NAME", help="导出该团支部（默认：当前团支部）")

    commands.add_parser("demo", help="在新的数据目录中载入示例团支部（约30名团员）")

    cal = commands.add_parser("calendar", help="打印一年的“三会两制一课”完成情况")
    cal.add_argument("--year", type=int, metavar="YYYY", help="年度（默认：今年）")
    cal.add_argument("--branch", metavar="NAME", help="团支部（默认：当前团支部）")

    rep = commands.add_parser(
        "report", help="生成报表（PDF，或 .xlsx），如 report roster；report --list 列出全部报表"
    )
    rep.add_argument("name", nargs="?", metavar="NAME", help="报表名称，如 roster（团员花名册）")
    rep.add_argument("--list", action="store_true", help="列出全部报表的名称和标题")
    rep.add_argument("--year", type=int, metavar="YYYY", help="年度（按年度的报表必须指定）")
    rep.add_argument("--date", metavar="YYYY-MM-DD", help="截至日期（默认：今天）")
    rep.add_argument("--meeting", type=int, metavar="ID", help="会议编号（会议记录等报表）")
    rep.add_argument(
        "--member",
        action="append",
        default=[],
        metavar="团员",
        help="只打印该团员的（如 transfer-letters 介绍信）：身份证号、姓名（本团支部内唯一）"
        "或成员编号；可重复",
    )
    rep.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="输出文件，.pdf 或 .xlsx（默认：当前目录下的 NAME-日期.pdf）",
    )
    rep.add_argument(
        "--full-ids", action="store_true", help="打印完整的身份证号码（默认隐去中间位）"
    )
    rep.add_argument("--branch", metavar="NAME", help="团支部（默认：当前团支部）")

    bak = commands.add_parser("backup", help="备份数据文件（SQLite 在线备份，可在使用中进行）")
    bak.add_argument(
        "--to",
        type=Path,
        metavar="FILE",
        help="备份到该文件（默认：备份文件夹中带时间的文件名）",
    )

    # ---- 换届 handover (services/handover.py) ----
    hand = commands.add_parser("handover", help="换届移交：把整个团支部导出为一个文件，或导入")
    hand_commands = hand.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    hand_exp = hand_commands.add_parser("export", help="导出移交文件（数据库快照 + 清单和校验值）")
    hand_exp.add_argument("file", type=Path, metavar="FILE", help="移交文件，建议以 .bdh 结尾")
    hand_exp.add_argument("--outgoing", default="", metavar="NAME", help="移交人（原团支部书记）")
    hand_exp.add_argument("--incoming", default="", metavar="NAME", help="接收人（新任团支部书记）")
    hand_imp = hand_commands.add_parser("import", help="核对并导入移交文件到数据目录")
    hand_imp.add_argument("file", type=Path, metavar="FILE")
    hand_imp.add_argument(
        "--replace", action="store_true", help="数据目录中已有数据时替换它（替换前先备份）"
    )
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Run a command; returns the exit code. ``None`` as the command means "open the app"."""
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    if args.self_test:
        from branchdesk.selftest import main as self_test  # opens a window: Qt only here

        return self_test(out)
    paths = resolve_paths(args.data_dir)
    if args.command is None:
        from branchdesk.app import run_app  # Qt is imported only for the window

        return run_app(paths)
    try:
        services = open_services(paths)
    except BranchdeskError as exc:
        sys.stderr.write(f"branchdesk: {exc.message}\n")
        return EXIT_ERROR
    try:
        _unlock(services)
        return _dispatch(args, services, paths, out)
    except BranchdeskError as exc:
        sys.stderr.write(f"branchdesk: {exc.message}\n")
        return EXIT_REFUSED
    finally:
        services.close()


PASSPHRASE_ENV = "BRANCHDESK_PASSPHRASE"


def _unlock(services: Services) -> None:
    """The start-up passphrase guards the command line as it guards the window: asked on a
    terminal, else taken from ``BRANCHDESK_PASSPHRASE``; a wrong or missing one refuses."""
    security = SecurityService(services.engine)
    if not security.has_passphrase():
        return
    given = os.environ.get(PASSPHRASE_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise BranchdeskError(
                "此数据目录设置了启动口令：请在终端中运行并输入口令，"
                f"或设置环境变量 {PASSPHRASE_ENV}"
            )
        given = getpass.getpass("启动口令：")
    if not security.verify(given):
        raise BranchdeskError("启动口令不正确")


def _dispatch(args: argparse.Namespace, services: Services, paths: AppPaths, out: TextIO) -> int:
    if args.command == "demo":
        from branchdesk.services.demo import load_demo

        demo = load_demo(services)
        count = services.members.count(demo.id)
        out.write(f"已载入示例团支部“{demo.name}”，共{count}名团员。数据目录：{paths.data_dir}\n")
        return EXIT_OK
    if args.command == "import-members":
        return _import(args, services, out)
    if args.command == "export-members":
        branch = _existing_branch(services, args.branch)
        count = services.imports.export(branch.id, args.file, args.layout)
        out.write(f"已导出{count}名团员到 {args.file}\n")
        return EXIT_OK
    if args.command == "calendar":
        return _calendar(args, services, out)
    if args.command == "report":
        return _report(args, services, out)
    if args.command == "backup":
        return _backup(args, services, out)
    if args.command == "handover":
        return _handover(args, services, paths, out)
    raise AssertionError(args.command)


# ---- calendar ------------------------------------------------------------------------------

_CELL = 9  # display columns per month
_LABEL = 14
_MARKS = {
    calendar_rules.DONE: "✓",
    calendar_rules.OVERDUE: "逾期",
    calendar_rules.DUE: "待办",
}


def _calendar(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """The year's table (rows = requirements, columns = months; a quarter spans three) and the
    summary sentences."""
    branch = _existing_branch(services, args.branch)
    today = services.today()
    year = args.year or today.year
    if not 1950 <= year <= 9998:
        raise BranchdeskError(f"年度{year}不合理")
    plan = services.calendar.year_plan(branch.id, year)
    profile = services.profiles.for_branch(branch.id)
    out.write(f"{branch.name} {year}年“三会两制一课”（规则：{profile.display_name}）\n")
    header = _pad("项目", _LABEL) + "".join(_center(f"{m}月", _CELL) for m in range(1, 13))
    out.write(header.rstrip() + "\n")
    rows: dict[str, list[calendar_rules.PeriodStatus]] = {}
    for status in plan:
        rows.setdefault(status.item, []).append(status)
    for statuses in rows.values():
        line = _pad(statuses[0].label, _LABEL)
        for status in statuses:
            months = calendar_rules.PERIOD_MONTHS[status.period]
            line += _center(_cell(status), _CELL * months)
        out.write(line.rstrip() + "\n")
    out.write("✓ 已完成  逾期 期限已过未完成  待办 本期进行中  — 尚未开始（数字为 已开/应开）\n\n")
    future = year > today.year
    sentences = [f"{year}年尚未开始"] if future else calendar_rules.summary(plan, today)
    for sentence in sentences:
        out.write(f"· {sentence}\n")
    return EXIT_OK


def _cell(status: calendar_rules.PeriodStatus) -> str:
    mark = _MARKS.get(status.state)
    if mark is None:
        return "—"
    return f"{mark}{status.done}/{status.required}"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def _center(text: str, width: int) -> str:
    space = max(width - _width(text), 0)
    return " " * (space // 2) + text + " " * (space - space // 2)


# ---- backups -------------------------------------------------------------------------------

_COUNT_LABELS = (
    ("members", "团员"),
    ("meetings", "会议"),
    ("evaluations", "评议"),
    ("registrations", "注册"),
)


def _backup(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """``backup [--to FILE]``: copy the database, print the file and its record counts."""
    assert services.backups is not None  # open_services always wires it
    info = services.backups.backup("manual", to=args.to)
    counts = "，".join(f"{label}{info.counts.get(key, 0)}" for key, label in _COUNT_LABELS)
    out.write(f"已备份到 {info.path}（{info.size / 1024:.0f} KB；{counts}）\n")
    return EXIT_OK


# ---- 换届 handover --------------------------------------------------------------------------


def _handover(args: argparse.Namespace, services: Services, paths: AppPaths, out: TextIO) -> int:
    """``handover export FILE`` / ``handover import FILE [--replace]``."""
    from branchdesk.services.handover import HandoverService

    handover = HandoverService(services.engine, paths, services.branches)
    if args.handover_command == "export":
        manifest = handover.export(args.file, outgoing=args.outgoing, incoming=args.incoming)
        out.write(
            f"已导出移交文件 {args.file}（团支部：{'、'.join(manifest.branches)}；"
            f"校验值 {manifest.short_checksum}）\n"
        )
        _write_counts(manifest.counts, out)
        return EXIT_OK
    try:
        result = handover.import_into(args.file, paths.data_dir, replace=args.replace)
    except ConflictError as exc:
        raise BranchdeskError(f"{exc.message}（命令行：加 --replace）") from exc
    manifest = result.manifest
    out.write(
        f"已导入移交文件 {args.file} 到 {result.data_dir}"
        f"（团支部：{'、'.join(manifest.branches)}；导出于 {manifest.created_at:%Y-%m-%d %H:%M}；"
        f"校验值 {manifest.short_checksum} 核对无误）\n"
    )
    if result.backup is not None:
        out.write(f"原有数据已备份到 {result.backup}\n")
    if result.migrated:
        out.write("移交文件来自较早的版本，已升级到当前版本的数据格式。\n")
    _write_counts(result.counts, out)
    return EXIT_OK


_TABLE_LABELS = {
    "member": "团员",
    "meeting": "会议",
    "evaluation": "评议",
    "registration": "注册",
    "attachment": "附件",
    "branch": "团支部",
}


def _write_counts(counts: Mapping[str, int], out: TextIO) -> None:
    for table, count in sorted(counts.items()):
        label = _TABLE_LABELS.get(table, "")
        out.write(f"  {_pad(table, 22)}{_pad(label, 8)}{count}\n")


# ---- reports -------------------------------------------------------------------------------


def _report(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    """``report --list`` or ``report NAME``: write the file, print its path and page count."""
    reports = services.reports
    if args.list:
        for spec in reports.catalogue():
            formats = "、".join(fmt.upper() for fmt in spec.formats)
            out.write(f"{_pad(spec.name, 14)}{_pad(spec.title, 22)}{formats}\n")
        return EXIT_OK
    if not args.name:
        raise BranchdeskError("请指定报表名称，例如 report roster（report --list 列出全部报表）")
    reports.spec(args.name)  # an unknown name is refused before anything else
    as_of = None
    if args.date:
        try:
            as_of = parse_date(args.date)
        except DateParseError as exc:
            raise BranchdeskError(f"截至日期“{args.date}”无法识别：{exc.reason}") from exc
    branch = _existing_branch(services, args.branch)
    options = {
        "year": args.year,
        "as_of": as_of,
        "meeting_id": args.meeting,
        "member_ids": tuple(services.members.resolve(branch.id, text) for text in args.member),
    }
    reports.request(args.name, branch_id=branch.id, full_ids=args.full_ids, **options)
    path = args.out or Path.cwd() / reports.default_filename(args.name, "pdf", **options)
    result = reports.render(
        args.name, branch_id=branch.id, out=path, full_ids=args.full_ids, **options
    )
    for warning in result.warnings:
        sys.stderr.write(f"branchdesk: 注意：{warning}\n")
    if result.pages:
        out.write(f"已生成 {result.path}（共 {result.pages} 页）\n")
    else:
        out.write(f"已生成 {result.path}\n")
    return EXIT_OK


def _existing_branch(services: Services, name: str | None) -> BranchRead:
    if name:
        branch = services.branches.find(name)
        if branch is None:
            raise BranchdeskError(f"找不到团支部“{name}”")
        return branch
    current = services.branches.current()
    if current is None:
        raise BranchdeskError(
            "尚未设置团支部：请先打开 branchdesk 完成首次设置，或用 --branch 指定"
        )
    return current


def _import(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    branch = _import_branch(services, args.branch, args.file)
    preview = services.imports.preview(branch.id, args.file)
    _report_rows(preview)
    if args.errors_out and preview.rejected:
        services.imports.write_rejected(preview, args.errors_out)
    if preview.has_errors and not args.valid_only:
        sys.stderr.write(
            f"branchdesk: {len(preview.rejected)}行有错误，未导入任何数据"
            "（修正后重新导入，或加 --valid-only 只导入无错误的行）\n"
        )
        return EXIT_REFUSED
    result = services.imports.commit(branch.id, preview, valid_only=args.valid_only)
    out.write(
        f"导入到“{branch.name}”：新增{result.created}人，更新{result.updated}人，"
        f"无变化{result.unchanged}人，跳过有错误的{result.rejected}行\n"
    )
    return EXIT_OK


def _import_branch(services: Services, name: str | None, path: Path) -> BranchRead:
    """The branch to import into: named, current, or (for a first import) the file's 组织全称."""
    if name:
        return services.branches.find(name) or services.branches.create(BranchInput(name=name))
    current = services.branches.current()
    if current is not None:
        return current
    sheet = read_roster(path)
    orgs = sorted(
        {str(r.values["org_name"]).strip() for r in sheet.rows if r.values.get("org_name")}
    )
    if len(orgs) == 1:
        return services.branches.create(BranchInput(name=orgs[0]))
    raise BranchdeskError(
        "尚未设置团支部，且文件中没有唯一的“组织全称”：请用 --branch 指定团支部名称"
    )


def _report_rows(preview: ImportPreview) -> None:
    for row in preview.rejected:
        label = row.name or "（无姓名）"
        sys.stderr.write(
            f"第{row.row_number}行 {label}：{member_rules.describe(list(row.errors))}\n"
        )
