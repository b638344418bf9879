"""Reports: the registry of printable forms, their document data, and writing them to files.

Printing is two steps (style.md point 18): a method here reads the database and returns a frozen
document (``reports.documents``) with every string formatted for paper; a renderer in
``reports/<name>_pdf.py`` turns it into PDF bytes. :meth:`ReportService.render` writes the
bytes (or the ``.xlsx``) atomically and returns the page count and warnings;
:meth:`~ReportService.preview` returns the bytes for the in-app viewer.

Adding a form: write its document and renderer, then :func:`register_report` a
:class:`ReportSpec` whose ``pdf`` (and optional ``xlsx``) callables take this service and a
:class:`ReportRequest`. ``needs_year`` and ``needs_meeting`` make those options required;
``needs_date`` offers an "as of" day that defaults to today.

reportlab is imported on the first report, not when the app starts (platform.md §9).

Warnings, not blanks: neither bundled font covers CJK Extension B, so a name with such a
character would print with a gap. :meth:`~ReportService.render` returns one warning per affected
name (``ReportResult.warnings``); the document is still written.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy.engine import Engine
from sqlmodel import col, select

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import MemberInput
from branchdesk.errors import BranchdeskError, NotFoundError, ValidationError
from branchdesk.io import excel_write
from branchdesk.reports.documents import ROSTER_COLUMNS, ROSTER_SIGNATURE, RosterDoc
from branchdesk.services.imports import format_row
from branchdesk.services.meetings import roster_query_conditions
from branchdesk.services.members import to_input
from branchdesk.services.profiles import ProfileService
from branchdesk.store.engine import session_scope
from branchdesk.store.models import Branch, Member, Setting

if TYPE_CHECKING:
    from branchdesk.reports.fonts import FontSet, Role

logger = logging.getLogger(__name__)

Clock = Callable[[], date]
Progress = Callable[[int, int], None]
Format = Literal["pdf", "xlsx"]
FORMATS: tuple[Format, ...] = ("pdf", "xlsx")

_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


@dataclass(frozen=True)
class ReportRequest:
    """The options of one report run, checked against the report's needs."""

    branch_id: int
    year: int | None = None
    as_of: date | None = None
    meeting_id: int | None = None
    full_ids: bool = False
    member_ids: tuple[int, ...] = ()  # chosen members (transfer-letters); empty: all


@dataclass(frozen=True)
class PdfOutput:
    """A rendered PDF with its page count and what the user should know about it."""

    pdf: bytes
    pages: int
    title: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportResult:
    """A report written to a file. ``pages`` is 0 for a spreadsheet."""

    path: Path
    pages: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportPreview:
    """A rendered PDF for the in-app preview, with a suggested file name."""

    pdf: bytes
    pages: int
    title: str
    filename: str
    warnings: tuple[str, ...] = ()


PdfBuilder = Callable[["ReportService", ReportRequest, Progress | None], PdfOutput]
XlsxWriter = Callable[["ReportService", ReportRequest, Path], tuple[str, ...]]


@dataclass(frozen=True)
class ReportSpec:
    """One entry of the report registry."""

    name: str  # the command-line name, ASCII: "roster"
    title: str  # the form's Chinese title: "团员花名册"
    description: str
    pdf: PdfBuilder
    xlsx: XlsxWriter | None = None
    needs_year: bool = False  # a year is required
    needs_date: bool = False  # takes an "as of" day (default today)
    needs_meeting: bool = False  # a meeting is required
    has_ids: bool = False  # prints 身份证号码 (masked unless full_ids)

    @property
    def formats(self) -> tuple[Format, ...]:
        return ("pdf", "xlsx") if self.xlsx is not None else ("pdf",)


REPORTS: dict[str, ReportSpec] = {}
"""Every registered report by name, in registration order (the order of the report list)."""


def register_report(spec: ReportSpec) -> ReportSpec:
    """Add a report to :data:`REPORTS`; a name can be registered once."""
    if spec.name in REPORTS:
        raise ValueError(f"report {spec.name!r} is already registered")
    REPORTS[spec.name] = spec
    return spec


PREFER_SYSTEM_FONTS_KEY = "print.prefer_system_fonts"


class ReportService:
    """Builds document data, renders it and writes report files."""

    def __init__(
        self,
        engine: Engine,
        profiles: ProfileService,
        today: Clock = date.today,
    ) -> None:
        self._engine = engine
        self._profiles = profiles
        self._today = today

    # ---- the font preference -------------------------------------------------------------------

    @property
    def prefer_system_fonts(self) -> bool:
        """Print with the system's 宋体/黑体/仿宋 when installed (Windows), else bundled ones."""
        with session_scope(self._engine) as session:
            setting = session.get(Setting, PREFER_SYSTEM_FONTS_KEY)
            return setting is not None and setting.value == "1"

    def set_prefer_system_fonts(self, prefer: bool) -> None:
        with session_scope(self._engine) as session:
            setting = session.get(Setting, PREFER_SYSTEM_FONTS_KEY) or Setting(
                key=PREFER_SYSTEM_FONTS_KEY
            )
            setting.value = "1" if prefer else "0"
            session.add(setting)

    # ---- the registry ------------------------------------------------------------------------

    def catalogue(self) -> tuple[ReportSpec, ...]:
        """Every registered report, in list order."""
        return tuple(REPORTS.values())

    def spec(self, name: str) -> ReportSpec:
        spec = REPORTS.get(name)
        if spec is None:
            known = "、".join(f"{s.name}（{s.title}）" for s in REPORTS.values())
            raise NotFoundError(f"没有名为“{name}”的报表。可用的报表：{known}")
        return spec

    def request(
        self,
        name: str,
        *,
        branch_id: int,
        year: int | None = None,
        as_of: date | None = None,
        meeting_id: int | None = None,
        full_ids: bool = False,
        member_ids: Sequence[int] = (),
    ) -> ReportRequest:
        """Check the options against what report ``name`` needs."""
        spec = self.spec(name)
        if spec.needs_year and year is None:
            raise ValidationError(f"“{spec.title}”需要指定年度（例如 --year 2025）")
        if year is not None and not 1950 <= year <= 9998:
            raise ValidationError(f"年度{year}不合理")
        if spec.needs_meeting and meeting_id is None:
            raise ValidationError(f"“{spec.title}”需要指定会议（--meeting 会议编号）")
        return ReportRequest(branch_id, year, as_of, meeting_id, full_ids, tuple(member_ids))

    def fonts(self) -> FontSet:
        """The registered fonts (the system's 宋体/黑体/仿宋 first when preferred)."""
        from branchdesk.reports.fonts import register_fonts  # reportlab loads on first use

        return register_fonts(self.prefer_system_fonts)

    def default_filename(
        self,
        name: str,
        fmt: str = "pdf",
        *,
        branch_id: int | None = None,
        year: int | None = None,
        as_of: date | None = None,
        meeting_id: int | None = None,
        full_ids: bool = False,
        member_ids: Sequence[int] = (),
    ) -> str:
        """``<name>-<date>.<fmt>``: the as-of day, else the year, else today."""
        del branch_id, full_ids, member_ids  # the same name for every branch and ID mode
        if as_of is not None:
            stamp = as_of.isoformat()
        elif year is not None:
            stamp = str(year)
        else:
            stamp = self._today().isoformat()
        if meeting_id is not None:
            stamp = f"{meeting_id}-{stamp}"
        return f"{name}-{stamp}.{fmt}"

    # ---- running a report ------------------------------------------------------------------------

    def pdf(
        self,
        name: str,
        *,
        branch_id: int,
        year: int | None = None,
        as_of: date | None = None,
        meeting_id: int | None = None,
        full_ids: bool = False,
        member_ids: Sequence[int] = (),
        progress: Progress | None = None,
    ) -> PdfOutput:
        """Render report ``name`` as PDF bytes with its page count and warnings."""
        request = self.request(
            name,
            branch_id=branch_id,
            year=year,
            as_of=as_of,
            meeting_id=meeting_id,
            full_ids=full_ids,
            member_ids=member_ids,
        )
        output = self.spec(name).pdf(self, request, progress)
        for warning in output.warnings:
            logger.info("report %s: %s", name, warning)
        return output

    def preview(
        self,
        name: str,
        *,
        branch_id: int,
        year: int | None = None,
        as_of: date | None = None,
        meeting_id: int | None = None,
        full_ids: bool = False,
        member_ids: Sequence[int] = (),
        progress: Progress | None = None,
    ) -> ReportPreview:
        """The PDF for the preview window, its title, a file name to offer, and warnings."""
        output = self.pdf(
            name,
            branch_id=branch_id,
            year=year,
            as_of=as_of,
            meeting_id=meeting_id,
            full_ids=full_ids,
            member_ids=member_ids,
            progress=progress,
        )
        filename = self.default_filename(name, "pdf", year=year, as_of=as_of, meeting_id=meeting_id)
        return ReportPreview(output.pdf, output.pages, output.title, filename, output.warnings)

    def render(
        self,
        name: str,
        *,
        branch_id: int,
        out: Path,
        year: int | None = None,
        as_of: date | None = None,
        meeting_id: int | None = None,
        full_ids: bool = False,
        member_ids: Sequence[int] = (),
        progress: Progress | None = None,
    ) -> ReportResult:
        """Write report ``name`` to ``out``: PDF or ``.xlsx`` by the file's suffix.

        The file appears complete or not at all (a temporary file, then ``os.replace``).

        Raises:
            BranchdeskError: unknown report, missing year/meeting, a format the report does not
                have, or a file that cannot be written (Chinese message naming the path).
        """
        out = Path(out)
        spec = self.spec(name)
        fmt = _format_of(out, spec)
        if fmt == "xlsx":
            request = self.request(
                name,
                branch_id=branch_id,
                year=year,
                as_of=as_of,
                meeting_id=meeting_id,
                full_ids=full_ids,
                member_ids=member_ids,
            )
            assert spec.xlsx is not None
            warnings = spec.xlsx(self, request, out)
            if progress is not None:
                progress(1, 1)
            return ReportResult(out, 0, warnings)
        output = self.pdf(
            name,
            branch_id=branch_id,
            year=year,
            as_of=as_of,
            meeting_id=meeting_id,
            full_ids=full_ids,
            member_ids=member_ids,
            progress=progress,
        )
        write_atomic(out, output.pdf)
        logger.info("report %s written: %s (%d pages)", name, out, output.pages)
        return ReportResult(out, output.pages, output.warnings)

    # ---- 团员花名册 ----------------------------------------------------------------------------

    def roster_doc(
        self, branch_id: int, as_of: date | None = None, full_ids: bool = False
    ) -> RosterDoc:
        """The 团员花名册 as it stood on ``as_of`` (default today), sorted like the roster list.

        On the roster that day: joined by that month, not in the 回收站, and in the 团 then
        (the rule of :func:`branchdesk.services.meetings.roster_query_conditions`). 身份证号码
        are masked (``2201**********123X``) unless ``full_ids``.
        """
        today = self._today()
        day = as_of or today
        profile = self._profiles.for_branch(branch_id)  # opens its own session: before ours
        branch_name, stored = self._roster_members(branch_id, day)
        rows = tuple(
            _roster_row(number, member, branch_name, full_ids, current=day >= today)
            for number, member in enumerate(stored, start=1)
        )
        return RosterDoc(
            branch_name=branch_name,
            title=f"{_branch_title(branch_name)}团员花名册（截至{chinese_date(day)}）",
            as_of=chinese_date(day),
            columns=tuple(name for name, _ in ROSTER_COLUMNS),
            widths_mm=tuple(width for _, width in ROSTER_COLUMNS),
            rows=rows,
            footer_lines=(ROSTER_SIGNATURE,),
            profile_name=profile.display_name,
            printed_on=chinese_date(today),
            masked=not full_ids,
        )

    def _roster_pdf(self, request: ReportRequest, progress: Progress | None) -> PdfOutput:
        from branchdesk.reports import base, roster_pdf

        doc = self.roster_doc(request.branch_id, request.as_of, request.full_ids)
        fonts = self.fonts()
        data = roster_pdf.render(doc, fonts=fonts, progress=progress)
        warnings = glyph_warnings(
            ((row[1], row) for row in doc.rows), fonts, "song"
        ) + glyph_warnings([(doc.branch_name, (doc.title,))], fonts, "hei")
        return PdfOutput(data, base.page_count(data), doc.title, warnings)

    def _roster_xlsx(self, request: ReportRequest, out: Path) -> tuple[str, ...]:
        """The 智慧团建 export layout (``io.excel_write``) of the members the PDF lists."""
        day = request.as_of or self._today()
        branch_name, stored = self._roster_members(request.branch_id, day)
        rows = [format_row(member, branch_name) for member in stored]
        if not request.full_ids:
            for row in rows:
                if row.get("id_number"):
                    row["id_number"] = idcard.mask(row["id_number"])
        excel_write.write_roster(out, "zhtj", rows)
        return ()

    def _roster_members(self, branch_id: int, day: date) -> tuple[str, list[MemberInput]]:
        """The branch's name and its members on the roster on ``day``, in roster-list order."""
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            if branch is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            query = (
                select(Member)
                .where(*roster_query_conditions(branch_id, day))
                .order_by(col(Member.initials), col(Member.name), col(Member.id))
            )
            return branch.name, [to_input(row) for row in session.exec(query)]


# ---- formatting --------------------------------------------------------------------------------


def chinese_date(day: date) -> str:
    """A date as printed on forms (GB/T 9704: no zero padding): ``2025年3月5日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def paper_month(value: date | YearMonth | None) -> str:
    """出生年月 / 入团年月 as printed in the roster: ``2004.03``."""
    if value is None:
        return ""
    return f"{value.year:04d}.{value.month:02d}"


def _branch_title(name: str) -> str:
    """The branch's full name as the title starts: "…团支部" (added when the name lacks it)."""
    return name if name.endswith("支部") else f"{name}团支部"


def _roster_row(
    number: int, member: MemberInput, org_name: str, full_ids: bool, current: bool
) -> tuple[str, ...]:
    names = format_row(member, org_name)  # code lists as names, the same as the export
    id_number = member.id_number or ""
    if id_number and not full_ids:
        id_number = idcard.mask(id_number)
    notes = []
    if current and member.status == "transferring":
        notes.append(vocab.MEMBER_STATUS.name(member.status))
    if member.note:
        notes.append(member.note)
    cells = {
        "序号": str(number),
        "姓名": member.name,
        "性别": names["gender"],
        "出生年月": paper_month(member.birth_date),
        "民族": names["ethnicity"],
        "身份证号码": id_number,
        "手机号码": member.phone or "",
        "团内职务": names["league_post"],
        "政治面貌": names["political_status"],
        "团员发展编号": member.dev_number or "",
        "入团年月": paper_month(member.join_month),
        "备注": "；".join(notes),
    }
    return tuple(cells[name] for name, _ in ROSTER_COLUMNS)


def glyph_warnings(
    items: Iterable[tuple[str, Iterable[str]]], fonts: FontSet, role: Role
) -> tuple[str, ...]:
    """One warning per ``(label, texts)`` whose texts have characters the font cannot print."""
    from branchdesk.reports.fonts import missing_glyphs

    warnings = []
    for label, texts in items:
        missing = set().union(*(missing_glyphs(text, role, fonts) for text in texts))
        if missing:
            chars = "".join(sorted(missing))
            warnings.append(f"“{label}”中的“{chars}”字体中没有，打印出来是空白：请在纸上手写补上")
    return tuple(warnings)


# ---- files ---------------------------------------------------------------------------------------


def _format_of(path: Path, spec: ReportSpec) -> Format:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(
            f"无法写入文件 {path}：文件名应以 "
            + " 或 ".join(f".{fmt}" for fmt in spec.formats)
            + " 结尾"
        )
    if suffix not in spec.formats:
        raise ValidationError(f"“{spec.title}”只能保存为 PDF（.pdf）")
    return "xlsx" if suffix == "xlsx" else "pdf"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    Raises:
        BranchdeskError: the file cannot be written ("无法写入文件 …：<reason>").
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open honours the umask, so the result gets the usual permissions (mkstemp: 0600).
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise BranchdeskError(f"无法写入文件 {path}：{_reason(exc, path)}") from exc


def _reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return "文件夹不存在"
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return "已有同名文件夹"
    if isinstance(exc, NotADirectoryError):
        return "路径中有一段不是文件夹"
    if isinstance(exc, PermissionError):
        return "没有写入权限或文件正被打开（请关闭后重试）"
    if exc.errno is not None and exc.errno == getattr(os, "ENOSPC", None):
        return "磁盘空间不足"
    return f"无法在该位置创建文件（{exc.strerror or exc}）"


register_report(
    ReportSpec(
        name="roster",
        title="团员花名册",
        description="截至某日在册的全部团员，按姓名排序；A4 横向，12 栏，末页有签字栏和"
        "上级团委盖章处。身份证号码默认隐去中间位。Excel 为智慧团建导出格式。",
        pdf=lambda service, request, progress: service._roster_pdf(request, progress),
        xlsx=lambda service, request, out: service._roster_xlsx(request, out),
        needs_date=True,
        has_ids=True,
    )
)


# ---- 三会两制一课 reports ---------------------------------------------------------------------
# Document data: services/meeting_reports.py; renderers: reports/minutes_pdf.py, signin_pdf.py,
# meetings_pdf.py, evaluation_pdf.py, registration_pdf.py. Registered after the roster.

from branchdesk.services.meeting_reports import (  # noqa: E402  (kept with its registrations)
    MEETING_REPORTS,
    MeetingReportInfo,
    MeetingReportRunner,
)


def _meeting_runner(service: ReportService) -> MeetingReportRunner:
    return MeetingReportRunner(service._engine, service._profiles, service._today, service.fonts)


def _register_meeting_report(info: MeetingReportInfo) -> None:
    def pdf(service: ReportService, request: ReportRequest, progress: Progress | None) -> PdfOutput:
        done = _meeting_runner(service).pdf(info.name, request, progress)
        return PdfOutput(done.pdf, done.pages, done.title, done.warnings)

    def xlsx(service: ReportService, request: ReportRequest, out: Path) -> tuple[str, ...]:
        return _meeting_runner(service).xlsx(info.name, request, out)

    register_report(
        ReportSpec(
            name=info.name,
            title=info.title,
            description=info.description,
            pdf=pdf,
            xlsx=xlsx if info.xlsx else None,
            needs_year=info.needs_year,
            needs_date=info.needs_date,
            needs_meeting=info.needs_meeting,
        )
    )


for _info in MEETING_REPORTS:
    _register_meeting_report(_info)


# ---- 团内统计表 (annual return) -----------------------------------------------------------------
# Figures and document: services/annual_return.py; renderer: reports/annual_return_pdf.py.

from branchdesk.services.annual_return import AnnualReturnService  # noqa: E402


def _annual_returns(service: ReportService) -> AnnualReturnService:
    return AnnualReturnService(service._engine, service._profiles, service._today)


def _annual_return_pdf(
    service: ReportService, request: ReportRequest, progress: Progress | None
) -> PdfOutput:
    returns = _annual_returns(service)
    cutoff = returns.cutoff(request.as_of, request.year)
    fonts = service.fonts()
    data, pages, doc = returns.pdf(request.branch_id, cutoff, fonts, progress)
    warnings = doc.warnings + glyph_warnings([(doc.branch_name, (doc.title,))], fonts, "hei")
    return PdfOutput(data, pages, doc.title, warnings)


def _annual_return_xlsx(
    service: ReportService, request: ReportRequest, out: Path
) -> tuple[str, ...]:
    returns = _annual_returns(service)
    return returns.xlsx(request.branch_id, returns.cutoff(request.as_of, request.year), out)


register_report(
    ReportSpec(
        name="annual-return",
        title="团内统计表（年度）",
        description="截至某日（默认12月31日）的团员数、新发展团员数、专职/兼职/挂职团干部数，"
        "与上年的对比表（减少的项目须填写原因说明），以及本支部自用的团员变动、性别、民族、"
        "年龄、学历、职业统计。数字按当日在册情况从历史记录计算。A4 横向。",
        pdf=_annual_return_pdf,
        xlsx=_annual_return_xlsx,
        needs_date=True,
    )
)


# ---- 团支部工作移交清单 (换届 handover) ---------------------------------------------------------
# Document and counts: services/handover.py; renderer: reports/handover_pdf.py.

from branchdesk.services.handover import handover_pdf as _handover_pdf  # noqa: E402


def _handover_report(
    service: ReportService, request: ReportRequest, progress: Progress | None
) -> PdfOutput:
    fonts = service.fonts()
    data, pages, doc = _handover_pdf(service._engine, request.branch_id, service._today(), fonts)
    if progress is not None:
        progress(1, 1)
    warnings = glyph_warnings([(doc.branch_name, (doc.title,))], fonts, "hei") + glyph_warnings(
        [(name, (name,)) for name in doc.signers if name], fonts, "song"
    )
    return PdfOutput(data, pages, doc.title, warnings)


register_report(
    ReportSpec(
        name="handover",
        title="团支部工作移交清单",
        description="换届时的移交清单：团员名册（在团 / 全部）、各类会议记录、评议、注册、附件、"
        "备份的数量，最近一次导出的移交文件及其校验值，纸质簿册的清点栏，移交人、接收人、"
        "监交人签字栏和上级团委盖章处。A4 纵向。",
        pdf=_handover_report,
    )
)


# ---- 对标定级自评表 (star rating) ---------------------------------------------------------------
# Document: services/rating.py; renderer: reports/star_rating_pdf.py.


def _star_rating_pdf(
    service: ReportService, request: ReportRequest, progress: Progress | None
) -> PdfOutput:
    from branchdesk.domain.profiles import Profile
    from branchdesk.reports import base, star_rating_pdf
    from branchdesk.services.calendar import CalendarService
    from branchdesk.services.rating import RatingService
    from branchdesk.services.reviews import ReviewService

    def profile(branch_id: int) -> Profile:
        return service._profiles.for_branch(branch_id)

    reviews = ReviewService(service._engine, profile=profile, today=service._today)
    calendar = CalendarService(service._engine, profile, reviews, today=service._today)
    rating = RatingService(service._engine, profile, calendar, today=service._today)
    assert request.year is not None  # needs_year
    doc = rating.document(request.branch_id, request.year, profile(request.branch_id).display_name)
    fonts = service.fonts()
    data = star_rating_pdf.render(doc, fonts)
    if progress is not None:
        progress(1, 1)
    warnings = glyph_warnings([(doc.title, (doc.title,))], fonts, "hei")
    return PdfOutput(data, base.page_count(data), doc.title, warnings)


register_report(
    ReportSpec(
        name="star-rating",
        title="对标定级自评表",
        description="团支部年度“对标定级”自评表：按一级指标分组的指标、分值、评分标准、"
        "台账计出的评分依据、自评分和复核分，小计与合计，一票否决情况，自评星级，"
        "团支部书记和团员代表签字栏，上级团委复核意见和盖章处。A4 纵向。",
        pdf=_star_rating_pdf,
        needs_year=True,
    )
)


# ---- 团员组织关系介绍信 (transfers, issue 6) ----------------------------------------------------
# Document: services/transfers.py (TransferService.letter_batch); renderer:
# reports/transfer_letter_pdf.py. Prints letters already issued (numbers taken); never writes.


def _transfer_letters_pdf(
    service: ReportService, request: ReportRequest, progress: Progress | None
) -> PdfOutput:
    from branchdesk.domain.profiles import Profile
    from branchdesk.reports import transfer_letter_pdf
    from branchdesk.services.transfers import TransferService

    def profile(branch_id: int) -> Profile:
        return service._profiles.for_branch(branch_id)

    transfers = TransferService(service._engine, profile, today=service._today)
    batch = transfers.letter_batch(
        request.branch_id, year=request.year, member_ids=request.member_ids
    )
    fonts = service.fonts()
    data = transfer_letter_pdf.render(batch, fonts)
    if progress is not None:
        progress(1, 1)
    texts = [
        (letter.name, (letter.name, letter.to_org, letter.addressee)) for letter in batch.letters
    ]
    warnings = glyph_warnings(texts, fonts, "fang")
    return PdfOutput(data, len(batch.letters), batch.title, warnings)


register_report(
    ReportSpec(
        name="transfer-letters",
        title="团员组织关系介绍信",
        description="已开具的团员组织关系介绍信，每封一页：存根、介绍信、回执联三联，"
        "同一编号；有效期、团费交至和盖章处。默认打印当年开具的全部介绍信，"
        "也可只打印所选团员的（--member 身份证号、姓名或成员编号，可重复）。"
        "身份证号码按表式完整打印。A4 纵向。",
        pdf=_transfer_letters_pdf,
    )
)
