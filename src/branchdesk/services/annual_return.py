"""The annual return (团内统计表, forms.md §10.5): figures from history, 原因说明, the document.

:class:`AnnualReturnService` reads every member of a branch (the 回收站 left out) as plain rows,
hands them to :mod:`branchdesk.domain.returns` (the roster as it stood on the cut-off day and on
the same day a year earlier — nothing is taken from today's roster), adds the saved 原因说明 and
formats the document (:mod:`branchdesk.reports.return_documents`). The PDF renderer is
:mod:`branchdesk.reports.annual_return_pdf`; the ``.xlsx`` has one sheet per table.

The report ``annual-return`` is registered in :mod:`branchdesk.services.reports`. Cut-off: the
date asked for, else 31 December of the year asked for, else 31 December of this year.

A member who left without a ``left_on`` (set before the field existed) is taken to have left on
the day the record was last changed, as ``services.meetings.roster_query_conditions`` does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import returns, vocab
from branchdesk.domain.returns import AnnualReturn, Breakdown, ComparisonRow, ReturnMember
from branchdesk.errors import NotFoundError, ValidationError
from branchdesk.io.report_xlsx import ReportTable, write_report_tables
from branchdesk.reports.return_documents import (
    BLANK_DATE,
    BREAKDOWN_WIDTHS,
    EMPTY_RETURN,
    MOVEMENT_WIDTHS,
    NO_PARTY_DATES,
    NO_TRANSFERS,
    OWN_TABLE,
    PART_A_GROUPS,
    PART_A_HEADERS,
    PART_A_WIDTHS,
    PART_B_WIDTHS,
    PENDING_REASON,
    AnnualReturnDoc,
    ReturnTable,
)
from branchdesk.services.profiles import ProfileService
from branchdesk.store.engine import session_scope
from branchdesk.store.models import AnnualReturnNote, Branch, Member, Transfer

if TYPE_CHECKING:
    from branchdesk.reports.fonts import FontSet

Clock = Callable[[], date]
Progress = Callable[[int, int], None]

MAX_REASON = 500
TITLE = "团内统计表"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _branch_title(name: str) -> str:
    return name if name.endswith("支部") else f"{name}团支部"


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def _share(count: int, total: int) -> str:
    return f"{count * 100 / total:.1f}%" if total else "—"


class AnnualReturnService:
    """Computes, explains and formats a branch's annual return."""

    def __init__(self, engine: Engine, profiles: ProfileService, today: Clock = date.today) -> None:
        self._engine = engine
        self._profiles = profiles
        self._today = today

    # ---- figures ---------------------------------------------------------------------------

    def cutoff(self, as_of: date | None = None, year: int | None = None) -> date:
        """The cut-off day: ``as_of``, else 31 December of ``year``, else of this year."""
        if as_of is not None:
            return as_of
        return date(year if year is not None else self._today().year, 12, 31)

    def compute(self, branch_id: int, cutoff: date) -> AnnualReturn:
        """Every figure of the return on ``cutoff`` (with last year's and the saved reasons)."""
        profile = self._profiles.for_branch(branch_id)  # its own session: before ours
        bands = profile.ranges("stats.age_bands")
        with session_scope(self._engine) as session:
            if session.get(Branch, branch_id) is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            query = sa_select(*_RETURN_COLUMNS).where(
                col(Member.branch_id) == branch_id, col(Member.deleted_at).is_(None)
            )
            rows = session.execute(query.add_columns(col(Member.id))).all()
            # 转入 (issue 6): the day a transfer in succeeded is the member's arrival.
            arrivals = _arrivals(session, branch_id)
            members = [
                replace(_return_member(*row[:-1]), arrived_on=arrivals.get(row[-1])) for row in rows
            ]
            reasons = self._notes(session, branch_id, cutoff.year)
        return returns.build_return(members, cutoff, bands, reasons)

    def comparison(self, branch_id: int, cutoff: date) -> tuple[ComparisonRow, ...]:
        """The 对比表 rows (with the reasons saved for the cut-off's year)."""
        return self.compute(branch_id, cutoff).comparison

    # ---- 原因说明 --------------------------------------------------------------------------------

    def notes(self, branch_id: int, year: int) -> dict[str, str]:
        """The saved 原因说明 of ``year`` by 对比表 item."""
        with session_scope(self._engine) as session:
            return self._notes(session, branch_id, year)

    @staticmethod
    def _notes(session: Session, branch_id: int, year: int) -> dict[str, str]:
        query = select(AnnualReturnNote).where(
            col(AnnualReturnNote.branch_id) == branch_id, col(AnnualReturnNote.year) == year
        )
        return {row.item: row.reason for row in session.exec(query)}

    def save_notes(self, branch_id: int, year: int, reasons: Mapping[str, str]) -> dict[str, str]:
        """Save the 原因说明 of ``year`` (an empty text removes one); returns all of the year's.

        Raises:
            ValidationError: an unknown item or a reason longer than 500 characters.
        """
        cleaned: dict[str, str] = {}
        for item, reason in reasons.items():
            if item not in returns.ITEM_LABELS:
                raise ValidationError(f"对比表中没有“{item}”这一项")
            text = " ".join(reason.split())
            if len(text) > MAX_REASON:
                raise ValidationError(
                    f"“{returns.ITEM_LABELS[item]}”的原因说明过长（最多{MAX_REASON}字）"
                )
            cleaned[item] = text
        now = datetime.now().replace(microsecond=0)
        with session_scope(self._engine) as session:
            if session.get(Branch, branch_id) is None:
                raise NotFoundError(f"找不到编号为{branch_id}的团支部")
            existing = {
                row.item: row
                for row in session.exec(
                    select(AnnualReturnNote).where(
                        col(AnnualReturnNote.branch_id) == branch_id,
                        col(AnnualReturnNote.year) == year,
                    )
                )
            }
            for item, text in cleaned.items():
                row = existing.get(item)
                if not text:
                    if row is not None:
                        session.delete(row)
                    continue
                if row is None:
                    row = AnnualReturnNote(branch_id=branch_id, year=year, item=item)
                row.reason = text
                row.updated_at = now
                session.add(row)
            session.flush()
            return self._notes(session, branch_id, year)

    # ---- the document ----------------------------------------------------------------------

    def document(self, branch_id: int, cutoff: date) -> AnnualReturnDoc:
        """The return on ``cutoff``, every string formatted for paper."""
        figures = self.compute(branch_id, cutoff)
        profile = self._profiles.for_branch(branch_id)
        with session_scope(self._engine) as session:
            branch = session.get(Branch, branch_id)
            assert branch is not None  # compute() checked it
            name, parent = branch.name, branch.parent_committee
            industry, override = branch.industry, branch.field_override
        return build_document(
            figures,
            branch_name=name,
            parent_committee=parent,
            industry=industry,
            field_override=override,
            profile_name=profile.display_name,
            printed_on=self._today(),
        )

    def pdf(
        self, branch_id: int, cutoff: date, fonts: FontSet, progress: Progress | None = None
    ) -> tuple[bytes, int, AnnualReturnDoc]:
        """The PDF bytes, their page count and the document."""
        from branchdesk.reports import annual_return_pdf, base

        doc = self.document(branch_id, cutoff)
        data = annual_return_pdf.render(doc, fonts)
        if progress is not None:
            progress(1, 1)
        return data, base.page_count(data), doc

    def xlsx(self, branch_id: int, cutoff: date, out: Path) -> tuple[str, ...]:
        """The return as a workbook, one sheet per table; returns the warnings."""
        doc = self.document(branch_id, cutoff)
        write_report_tables(out, xlsx_tables(doc))
        return doc.warnings


_RETURN_COLUMNS: list[Any] = [
    Member.birth_date,
    Member.gender,
    Member.ethnicity,
    Member.highest_education,
    Member.occupation,
    Member.political_status,
    Member.join_month,
    Member.status,
    Member.left_on,
    Member.league_post,
    Member.cadre_nature,
    Member.updated_at,
]


def _arrivals(session: Session, branch_id: int) -> dict[int, date]:
    """member id → the day their latest transfer into the branch succeeded (接转成功)."""
    query = select(Transfer.member_id, col(Transfer.done_on)).where(
        Transfer.branch_id == branch_id,
        Transfer.direction == "in",
        Transfer.state == "done",
        col(Transfer.deleted_at).is_(None),
    )
    arrivals: dict[int, date] = {}
    for member_id, done_on in session.exec(query):
        if member_id is not None and done_on is not None:
            arrivals[member_id] = max(done_on, arrivals.get(member_id, done_on))
    return arrivals


def _return_member(
    birth_date: date | None,
    gender: str | None,
    ethnicity: str | None,
    highest_education: str | None,
    occupation: str | None,
    political_status: str | None,
    join_month: object,
    status: str,
    left_on: date | None,
    league_post: str | None,
    cadre_nature: str | None,
    updated_at: datetime,
) -> ReturnMember:
    if status not in vocab.ACTIVE_STATUSES and left_on is None:
        left_on = updated_at.date()  # see the module note
    return ReturnMember(
        birth_date=birth_date,
        gender=gender,
        ethnicity=ethnicity,
        highest_education=highest_education,
        occupation=occupation,
        political_status=political_status,
        join_month=join_month,  # type: ignore[arg-type]
        status=status,
        left_on=left_on,
        league_post=league_post,
        cadre_nature=cadre_nature,
    )


# --- formatting (pure) ------------------------------------------------------------------------


def build_document(
    data: AnnualReturn,
    *,
    branch_name: str,
    parent_committee: str,
    industry: str | None,
    field_override: str | None,
    profile_name: str,
    printed_on: date,
) -> AnnualReturnDoc:
    """Format the figures of a return for paper (pure)."""
    cutoff = data.cutoff
    this, last = data.this_year, data.last_year
    title = f"{_branch_title(branch_name)}{data.year}年度团内统计表（截至{chinese_date(cutoff)}）"
    subtitle_parts = [f"填报单位：{branch_name}"]
    if parent_committee:
        subtitle_parts.append(f"上级团委：{parent_committee}")
    domain = vocab.domain_of(industry, field_override)
    part_a = ReturnTable(
        key="part_a",
        title="一、团员和团干部基本情况（《共青团有关信息统计(汇总)表》本支部数据）",
        headers=PART_A_HEADERS,
        groups=PART_A_GROUPS,
        rows=(
            (
                vocab.LEAGUE_DOMAIN.name(domain) or "（未设置）",
                vocab.INDUSTRY.name(industry) or "（未设置）",
                str(this.branches),
                str(this.members),
                str(this.new_this_year),
                str(this.new_last_year),
                *(str(this.cadres_by_nature.get(code, 0)) for code in vocab.CADRE_NATURE.codes),
            ),
        ),
        widths_mm=PART_A_WIDTHS,
        notes=_part_a_notes(data, industry),
    )
    header_last = f"上年数（截至{chinese_date(last.cutoff)}）"
    header_this = f"本年数（截至{chinese_date(cutoff)}）"
    part_b_rows = []
    for row in data.comparison:
        reason = PENDING_REASON if row.missing_reason else row.reason
        part_b_rows.append(
            (row.label, str(row.last_year), str(row.this_year), _signed(row.change), reason)
        )
    part_b = ReturnTable(
        key="part_b",
        title="二、共青团有关统计数据对比表",
        headers=("项目", header_last, header_this, "增减", "原因说明"),
        rows=tuple(part_b_rows),
        widths_mm=PART_B_WIDTHS,
        notes=("比上年减少的项目须填写原因说明。",),
    )
    part_c = (_movement_table(data), *(_breakdown_table(b) for b in data.breakdowns))
    warnings = list(data.warnings)
    if industry is None:
        warnings.append(
            "团支部未设置单位所属行业类别：统计表的“领域”和“行业类别”为空（在“团支部信息”中设置）"
        )
    return AnnualReturnDoc(
        branch_name=branch_name,
        year=data.year,
        title=title,
        subtitle="　　".join(subtitle_parts),
        cutoff=chinese_date(cutoff),
        part_a=part_a,
        part_b=part_b,
        part_c=part_c,
        empty_note=EMPTY_RETURN if data.empty else "",
        signature_lines=(
            f"填报单位（盖章）：{branch_name}",
            "负责人（签字）：＿＿＿＿＿＿＿＿　　填表人：＿＿＿＿＿＿＿＿",
            f"联系电话：＿＿＿＿＿＿＿＿＿＿　　填报日期：{BLANK_DATE}",
        ),
        profile_name=profile_name,
        footer=(
            f"{branch_name}　{data.year}年度团内统计表　规则配置：{profile_name}"
            f"　打印日期：{chinese_date(printed_on)}"
        ),
        warnings=tuple(warnings),
    )


def _part_a_notes(data: AnnualReturn, industry: str | None) -> tuple[str, ...]:
    this = data.this_year
    cadre_note = (
        f"团干部共{this.cadres}人（担任书记、副书记、委员等团内职务者，团小组长不计）"
        + (
            f"，其中{this.cadres_nature_unset}人未填写团干部性质，未计入分项"
            if this.cadres_nature_unset
            else ""
        )
        + "。"
    )
    notes = [
        f"团员数含保留团籍的党员{this.party_members}人。{cadre_note}",
        f"当年新发展团员数：{data.year}年1月至截止月入团；"
        f"上年新发展团员数：{data.year - 1}年入团。",
    ]
    if industry is None:
        notes.append("领域、单位所属行业类别：未设置。")
    return tuple(notes)


def _movement_table(data: AnnualReturn) -> ReturnTable:
    m = data.movement
    transfers_in = str(m.transferred_in) if m.transfers_recorded else f"0{NO_TRANSFERS}"
    check = f"{m.opening} + {m.gains} − {m.losses} = {m.opening + m.gains - m.losses}"
    rows = (
        (f"期初团员数（{chinese_date(m.start - timedelta(days=1))}）", str(m.opening)),
        ("增加：新发展团员", str(m.new)),
        ("增加：转入", transfers_in),
        ("减少：转出", str(m.transferred_out)),
        ("减少：超龄离团", str(m.aged_out)),
        ("减少：退团", str(m.withdrawn)),
        ("减少：自行脱团 / 除名", str(m.lapsed_or_removed)),
        ("减少：开除团籍", str(m.expelled)),
        (f"期末团员数（{chinese_date(m.end)}）", str(m.closing)),
        ("其中：保留团籍的党员", str(m.closing_party)),
        ("入党（推优）", NO_PARTY_DATES),
        ("核对：期初 + 增 − 减", f"{check}（{'相符' if m.balanced else '不符'}）"),
    )
    return ReturnTable(
        key="movement",
        title="团员变动情况",
        headers=("项目", "人数"),
        rows=rows,
        widths_mm=MOVEMENT_WIDTHS,
        own=True,
        notes=(f"统计期：{chinese_date(m.start)}至{chinese_date(m.end)}。",),
    )


def _breakdown_table(breakdown: Breakdown) -> ReturnTable:
    rows = [(label, str(n), _share(n, breakdown.total)) for label, n in breakdown.rows]
    rows.append(("合计", str(breakdown.total), _share(breakdown.total, breakdown.total)))
    notes: tuple[str, ...] = ()
    if breakdown.key == "age":
        notes = (
            "按截止日的周岁计算；分段取自规则配置（stats.age_bands），不在任何分段者计入“其他”。",
        )
    elif breakdown.key == "education":
        notes = ("最高学历。",)
    return ReturnTable(
        key=breakdown.key,
        title=f"团员{breakdown.title}构成",
        headers=("项目", "人数", "占比"),
        rows=tuple(rows),
        widths_mm=BREAKDOWN_WIDTHS,
        own=True,
        notes=notes,
    )


def xlsx_tables(doc: AnnualReturnDoc) -> list[ReportTable]:
    """The sheets of the ``.xlsx``: Part A, Part B, then each of the branch's own tables."""
    sheets = [
        ReportTable(
            sheet="一 汇总表数据",
            title=doc.title,
            subtitle=doc.part_a.title,
            headers=doc.part_a.headers,
            groups=doc.part_a.groups,
            rows=doc.part_a.rows,
            widths_mm=doc.part_a.widths_mm,
            notes=(
                *((doc.empty_note,) if doc.empty_note else ()),
                *doc.part_a.notes,
                *doc.signature_lines,
            ),
        ),
        ReportTable(
            sheet="二 对比表",
            title=doc.title,
            subtitle=doc.part_b.title,
            headers=doc.part_b.headers,
            rows=doc.part_b.rows,
            widths_mm=doc.part_b.widths_mm,
            notes=(*doc.part_b.notes, "负责人（签字）：＿＿＿＿＿＿＿＿"),
        ),
    ]
    for number, table in enumerate(doc.part_c, start=1):
        sheets.append(
            ReportTable(
                sheet=f"三{number} {table.title}",
                title=f"{doc.branch_name}　{table.title}（截至{doc.cutoff}）",
                subtitle=OWN_TABLE,
                headers=table.headers,
                rows=table.rows,
                widths_mm=table.widths_mm,
                notes=table.notes,
            )
        )
    return sheets
