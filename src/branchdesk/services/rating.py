"""对标定级 (rules.md §10, forms.md §5): the year's sheet filled from the ledger, 自评 with two
signatures, the 团委's 复核, the final star; 青年大学习 issues and 志愿服务 hours.

Workflow (``Rating.state``): ``draft`` (scores and 一票否决 answers editable) → ``signed``
(团支部书记 and a 团员代表 signed the 自评表; every row scored) → ``reviewed`` (the 团委's
复核分 and remarks entered) → ``final`` (the star recorded). A signed rating may be reopened
to draft before the review comes back.

Where the scores come from: :meth:`RatingService.facts` reads the year's records as of the
cutoff (31 December, or today during the year) into :class:`~branchdesk.domain.rating.Fact`\\ s,
one per ledger source. A year's rating stores a copy of its sheet (``Rating.sheet_json``): a
later sheet never changes a past result. A new rating takes the sheet named by the profile's
``rating.sheet`` (a built-in sheet, ``resources/rating/<key>.json``) unless the branch has loaded
a 团委's sheet for an earlier year (:meth:`RatingService.import_sheet`): the newest loaded one
is used until another is loaded.

Decisions: 专题学习 = meetings of the year with an agenda item of type 学习, plus 团课; 支委
complete = 书记, and with 7 or more members on the roster also 组织委员 and 宣传委员 (支部工作条例
第十一条, rules.md §1); the term from ``term.years.school`` / ``term.years.other`` by the
branch's kind; a transfer is overdue when it is still pending (申请 / 转出方通过 / 转入方通过)
``transfer.pending_alert_days`` after its last state change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from branchdesk.domain import rating as rd
from branchdesk.domain.calendar import PeriodStatus, period_runs
from branchdesk.domain.dates import add_months
from branchdesk.domain.meetings import MEETING_KINDS, MeetingKind
from branchdesk.domain.profiles import Profile
from branchdesk.domain.reviews import Grade, excellent_cap
from branchdesk.errors import ConflictError, ImportFileError, NotFoundError, ValidationError
from branchdesk.io.rating_filled import (
    FilledRow,
    FilledSheet,
    FilledVeto,
    filled_json,
    write_filled_xlsx,
)
from branchdesk.io.rating_xlsx import read_sheet_xlsx, write_sheet_xlsx
from branchdesk.resources import resource_path
from branchdesk.services.calendar import CalendarService
from branchdesk.services.meeting_schemas import RosterEntry
from branchdesk.services.meetings import roster_on
from branchdesk.services.reviews import evaluation_complete, year_end
from branchdesk.store.engine import session_scope
from branchdesk.store.models import (
    Branch,
    Evaluation,
    Meeting,
    MeetingAgenda,
    Member,
    Rating,
    RatingScore,
    Registration,
    Transfer,
    VolunteerHours,
    YouthStudyIssue,
)

if TYPE_CHECKING:
    from branchdesk.reports.star_rating_pdf import StarRatingDoc

ProfileProvider = Callable[[int], Profile]
Clock = Callable[[], date]

DRAFT: Final = "draft"
SIGNED: Final = "signed"
REVIEWED: Final = "reviewed"
FINAL: Final = "final"
STATE_LABELS: Final[Mapping[str, str]] = {
    DRAFT: "自评中",
    SIGNED: "已双签字",
    REVIEWED: "已复核",
    FINAL: "已定级",
}
PENDING_TRANSFER: Final = frozenset({"applied", "out_approved", "in_approved"})
COMMITTEE_MIN_MEMBERS: Final = 7  # 支部工作条例 第十一条 (rules.md §1)
SECRETARY: Final = "1"
CORE_COMMITTEE: Final = ("1", "3", "4")  # 书记, 组织委员, 宣传委员
_POST_NAMES: Final = {"1": "书记", "3": "组织委员", "4": "宣传委员"}
# What a complete roster record needs (智慧团建 必填, forms.md §2.2).
_REQUIRED_FIELDS: Final = (
    ("gender", "性别"),
    ("ethnicity", "民族"),
    ("birth_date", "出生日期"),
    ("id_number", "身份证号"),
    ("political_status", "政治面貌"),
    ("join_month", "入团年月"),
    ("highest_education", "学历"),
    ("occupation", "职业"),
    ("phone", "联系电话"),
)
_MEETING_SOURCES: Final = {
    "meetings.dahui": MeetingKind.DAHUI,
    "meetings.zhiwei": MeetingKind.ZHIWEI,
    "meetings.xiaozu": MeetingKind.XIAOZU,
    "meetings.tuanke": MeetingKind.TUANKE,
    "meetings.theme_day": MeetingKind.THEME_DAY,
}


# --- plain data out ------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreInput:
    """One row as entered: the 自评分 (hundredths; None = take the ledger's) and the reason
    when it differs from the ledger's score."""

    item_id: str
    self_points: int | None
    reason: str = ""


@dataclass(frozen=True)
class RatingRow:
    item: rd.Indicator
    auto_points: int | None
    self_points: int | None  # None: not scored yet
    overridden: bool
    override_reason: str
    evidence: str
    review_points: int | None
    record_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RatingView:
    """A year's rating as the page and the form show it (stored or a fresh draft)."""

    branch_id: int
    year: int
    stored: bool
    state: str
    sheet: rd.Sheet
    rows: tuple[RatingRow, ...]
    vetoed: frozenset[str]
    assessment: rd.Assessment
    review: rd.Assessment | None
    next_band: rd.NextBand
    cutoff: date
    secretary_name: str = ""
    rep_name: str = ""
    signed_on: date | None = None
    reviewer: str = ""
    review_star: str | None = None
    review_remarks: str = ""
    reviewed_on: date | None = None
    final_star: str | None = None
    self_star_override: str | None = None
    self_star_reason: str = ""
    facts: Mapping[str, rd.Fact] = field(default_factory=dict)
    conditions: rd.Conditions | None = None
    rules: rd.RatingRules | None = None

    @property
    def self_star(self) -> str:
        return self.self_star_override or self.assessment.star

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state] if self.stored else "未开始"

    def row(self, item_id: str) -> RatingRow:
        for row in self.rows:
            if row.item.id == item_id:
                return row
        raise KeyError(item_id)


@dataclass(frozen=True)
class RatingSummary:
    year: int
    state: str
    sheet_name: str
    sheet_version: str
    self_total: int
    self_star: str
    review_star: str | None
    final_star: str | None


@dataclass(frozen=True)
class YouthStudyRow:
    id: int
    held_on: date
    label: str
    participants: int
    members: int

    @property
    def rate(self) -> Fraction:
        return Fraction(self.participants, self.members) if self.members else Fraction(0)


@dataclass(frozen=True)
class VolunteerRow:
    member_id: int
    name: str
    hours: Decimal | None
    platform: str


# --- the service ---------------------------------------------------------------------------


class RatingService:
    """Every public method is one short transaction (facts read in their own)."""

    def __init__(
        self,
        engine: Engine,
        profile: ProfileProvider,
        calendar: CalendarService,
        today: Clock = date.today,
    ) -> None:
        self._engine = engine
        self._profile = profile
        self._calendar = calendar
        self._today = today

    # ---- sheets --------------------------------------------------------------------------

    def builtin_sheet(self, key: str) -> rd.Sheet | None:
        path = resource_path(f"rating/{key}.json")
        if not path.is_file():
            return None
        return rd.parse_sheet(path.read_text(encoding="utf-8"))

    def current_sheet(self, branch_id: int) -> rd.Sheet:
        """The sheet a new year starts with: the 团委 sheet the branch loaded most recently
        (:meth:`import_sheet`, an ``official`` sheet), else the one the profile names
        (``rating.sheet``): a built-in sheet, or a key the branch has scored with before."""
        key = self._profile(branch_id).text_value("rating.sheet")
        with session_scope(self._engine) as session:
            stored = list(
                session.exec(
                    select(Rating)
                    .where(col(Rating.branch_id) == branch_id)
                    .order_by(col(Rating.year).desc())
                )
            )
        for rating in stored:
            sheet = rd.parse_sheet(rating.sheet_json)
            if sheet.official:
                return sheet
        builtin = self.builtin_sheet(key)
        if builtin is not None:
            return builtin
        for rating in stored:
            if rating.sheet_key == key:
                return rd.parse_sheet(rating.sheet_json)
        raise NotFoundError(
            f"找不到规则配置指定的评分表“{key}”。请在“对标定级”页载入上级团委下发的评分表，"
            "或在规则设置中改回 builtin-2022"
        )

    def import_sheet_file(self, branch_id: int, year: int, path: Path) -> rd.Sheet:
        """:meth:`import_sheet` from a ``.json`` or ``.xlsx`` file (forms.md §5.1).

        Raises:
            ImportFileError: a file that cannot be read; otherwise as :meth:`import_sheet`.
        """
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            return self.import_sheet(branch_id, year, read_sheet_xlsx(path))
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ImportFileError(f"找不到文件：{path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ImportFileError(f"无法读取文件“{path.name}”：{exc}") from exc
        return self.import_sheet(branch_id, year, text)

    def export_sheet(self, branch_id: int, year: int, path: Path) -> None:
        """Write the year's sheet (``.json`` or ``.xlsx`` by the suffix), e.g. as a template."""
        sheet = self.view(branch_id, year).sheet
        path = Path(path)
        if path.suffix.lower() == ".xlsx":
            write_sheet_xlsx(sheet, path)
        else:
            from branchdesk.services.reports import write_atomic

            write_atomic(path, rd.sheet_json(sheet).encode("utf-8"))

    def filled_sheet(self, branch_id: int, year: int) -> FilledSheet:
        """The year's sheet as scored (自评分, 评分依据, 复核分) for the 团委."""
        view = self.view(branch_id, year)
        with session_scope(self._engine) as session:
            branch_name = self._branch(session, branch_id).name
        sheet = view.sheet
        rows = tuple(
            FilledRow(
                id=r.item.id,
                dimension=r.item.dimension,
                name=r.item.name,
                requirement=r.item.requirement,
                standard=r.item.standard,
                points=r.item.points,
                basis="；".join(text for text in (r.item.basis, r.evidence) if text),
                ledger_points=r.auto_points,
                self_points=r.self_points,
                reason=r.override_reason,
                review_points=r.review_points,
            )
            for r in view.rows
        )
        return FilledSheet(
            branch=branch_name,
            year=year,
            sheet_key=sheet.key,
            sheet_name=sheet.name,
            sheet_version=sheet.version,
            issuer=sheet.issuer,
            state=view.state_label,
            rows=rows,
            vetoes=tuple(FilledVeto(v.id, v.text, v.id in view.vetoed) for v in sheet.vetoes),
            total_points=sheet.total,
            self_total=view.assessment.total,
            review_total=view.review.total if view.review is not None else None,
            computed_star=view.assessment.star_label,
            self_star=rd.STAR_LABELS[view.self_star],
            self_star_reason=view.self_star_reason,
            secretary=view.secretary_name,
            representative=view.rep_name,
            signed_on=view.signed_on,
            review_star=rd.STAR_LABELS[view.review_star] if view.review_star else "",
            final_star=rd.STAR_LABELS[view.final_star] if view.final_star else "",
            exported_on=self._today(),
        )

    def export_filled(self, branch_id: int, year: int, path: Path) -> FilledSheet:
        """Write the filled sheet for the 团委: ``.xlsx`` or ``.json`` by the suffix (atomically).

        Raises:
            ValidationError: another suffix.
            BranchdeskError: the file cannot be written (a Chinese message).
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".json"):
            raise ValidationError("自评表只能导出为 .xlsx 或 .json 文件")
        filled = self.filled_sheet(branch_id, year)
        if suffix == ".xlsx":
            write_filled_xlsx(filled, path)
        else:
            from branchdesk.services.reports import write_atomic

            write_atomic(path, filled_json(filled).encode("utf-8"))
        return filled

    def import_sheet(
        self, branch_id: int, year: int, source: str | Mapping[str, object]
    ) -> rd.Sheet:
        """Validate a 团委's sheet (JSON text, or data read from a workbook) and use it for
        ``year``; the year's draft keeps the scores of rows whose ids the new sheet still has.

        Raises:
            ValidationError: the file's problems, one per line (nothing changed).
            ConflictError: the year is already signed.
        """
        profile = self._profile(branch_id)
        total = profile.int_value("rating.total_points") * 100
        try:
            if isinstance(source, str):
                sheet = rd.parse_sheet(source, total)
            else:
                sheet = rd.sheet_from_data(source, total)
        except rd.SheetError as exc:
            raise ValidationError(
                "评分表有误，未载入：\n" + "\n".join(exc.problems), tuple(exc.problems)
            ) from None
        with session_scope(self._engine) as session:
            self._branch(session, branch_id)
            stored = self._stored(session, branch_id, year)
            if stored is not None and stored.state != DRAFT:
                raise ConflictError(f"{year}年度已{STATE_LABELS[stored.state]}，不能更换评分表")
            if stored is None:
                stored = Rating(branch_id=branch_id, year=year, sheet_key=sheet.key, sheet_json="")
            stored.sheet_key, stored.sheet_version = sheet.key, sheet.version
            stored.sheet_json = rd.sheet_json(sheet)
            stored.updated_at = _now()
            session.add(stored)
            session.flush()
            ids = {i.id for i in sheet.indicators} | {v.id for v in sheet.vetoes}
            for score in session.exec(
                select(RatingScore).where(col(RatingScore.rating_id) == stored.id)
            ):
                if score.item_id not in ids:
                    session.delete(score)
        return sheet

    # ---- the view ------------------------------------------------------------------------

    def cutoff(self, year: int) -> date:
        return min(year_end(year), self._today())

    def view(self, branch_id: int, year: int) -> RatingView:
        """The year's rating: stored scores over the ledger's, the star, what is missing."""
        profile = self._profile(branch_id)
        rules = rd.rating_rules(profile)
        facts, conditions = self.facts(branch_id, year)
        with session_scope(self._engine) as session:
            self._branch(session, branch_id)
            stored = self._stored(session, branch_id, year)
            scores: dict[str, RatingScore] = {}
            if stored is not None:
                scores = {
                    s.item_id: s
                    for s in session.exec(
                        select(RatingScore).where(col(RatingScore.rating_id) == stored.id)
                    )
                }
            sheet = rd.parse_sheet(stored.sheet_json) if stored else None
            stored_copy = stored
        sheet = sheet or self.current_sheet(branch_id)
        state = stored_copy.state if stored_copy else DRAFT
        live = state == DRAFT
        rows = []
        for item in sheet.indicators:
            fact = facts.get(item.source or "")
            saved = scores.get(item.id)
            auto = rd.auto_points(item, fact) if live or saved is None else saved.auto_points
            evidence = (fact.evidence if fact else "") if live or saved is None else saved.evidence
            self_points = saved.self_points if saved and saved.self_points is not None else auto
            rows.append(
                RatingRow(
                    item=item,
                    auto_points=auto,
                    self_points=self_points,
                    overridden=self_points != auto,
                    override_reason=saved.override_reason if saved else "",
                    evidence=evidence,
                    review_points=saved.review_points if saved else None,
                    record_ids=fact.record_ids if fact else (),
                )
            )
        vetoed = frozenset(i for i, s in scores.items() if s.vetoed)
        self_scores = {r.item.id: r.self_points for r in rows}
        result = rd.assess(sheet, self_scores, sorted(vetoed), conditions, rules)
        review = None
        if any(r.review_points is not None for r in rows):
            review = rd.assess(
                sheet, {r.item.id: r.review_points for r in rows}, sorted(vetoed), conditions, rules
            )
        nxt = rd.next_band(sheet, self_scores, result, rules, facts)
        s = stored_copy
        return RatingView(
            branch_id=branch_id,
            year=year,
            stored=s is not None,
            state=state,
            sheet=sheet,
            rows=tuple(rows),
            vetoed=vetoed,
            assessment=result,
            review=review,
            next_band=nxt,
            cutoff=conditions.cutoff,
            secretary_name=s.secretary_name if s else "",
            rep_name=s.rep_name if s else "",
            signed_on=s.signed_on if s else None,
            reviewer=s.reviewer if s else "",
            review_star=s.review_star if s else None,
            review_remarks=s.review_remarks if s else "",
            reviewed_on=s.reviewed_on if s else None,
            final_star=s.final_star if s else None,
            self_star_override=s.self_star if s else None,
            self_star_reason=s.self_star_reason if s else "",
            facts=facts,
            conditions=conditions,
            rules=rules,
        )

    def history(self, branch_id: int) -> list[RatingSummary]:
        """Every stored year, newest first, with the star each ended with."""
        with session_scope(self._engine) as session:
            stored = list(
                session.exec(
                    select(Rating)
                    .where(col(Rating.branch_id) == branch_id)
                    .order_by(col(Rating.year).desc())
                )
            )
            years = [r.year for r in stored]
        return [self._summary(self.view(branch_id, year)) for year in years]

    @staticmethod
    def _summary(view: RatingView) -> RatingSummary:
        return RatingSummary(
            year=view.year,
            state=view.state,
            sheet_name=view.sheet.name,
            sheet_version=view.sheet.version,
            self_total=view.assessment.total,
            self_star=view.self_star,
            review_star=view.review_star,
            final_star=view.final_star,
        )

    # ---- writing -------------------------------------------------------------------------

    def save(
        self,
        branch_id: int,
        year: int,
        entries: Sequence[ScoreInput],
        vetoed: Sequence[str] = (),
    ) -> RatingView:
        """Store the 自评分 and the 一票否决 answers of a draft (creating it with the current
        sheet). A score different from the ledger's needs a reason.

        Raises:
            ValidationError: every bad row (out of range, not a 是否/档 value, no reason).
            ConflictError: the year is signed or later.
        """
        current = self.view(branch_id, year)
        if current.state != DRAFT:
            raise ConflictError(
                f"{year}年度已{STATE_LABELS[current.state]}，不能修改自评分（可先撤回签字）"
            )
        sheet = current.sheet
        known = {i.id: i for i in sheet.indicators}
        veto_ids = {v.id for v in sheet.vetoes}
        problems: list[str] = []
        by_id = {r.item.id: r for r in current.rows}
        entered: dict[str, ScoreInput] = {}
        for entry in entries:
            item = known.get(entry.item_id)
            if item is None:
                problems.append(f"评分表中没有编号为“{entry.item_id}”的指标")
                continue
            auto = by_id[item.id].auto_points
            if entry.self_points is not None:
                message = rd.check_score(item, entry.self_points)
                if message:
                    problems.append(message)
                    continue
                if entry.self_points != auto and not entry.reason.strip():
                    was = "台账无数据" if auto is None else f"台账计{rd.points_text(auto)}分"
                    problems.append(f"“{item.name}”自评分与台账不同（{was}），请填写理由")
                    continue
            entered[item.id] = entry
        for veto in vetoed:
            if veto not in veto_ids:
                problems.append(f"评分表中没有编号为“{veto}”的一票否决项")
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            stored = self._stored(session, branch_id, year)
            if stored is None:
                stored = Rating(
                    branch_id=branch_id,
                    year=year,
                    sheet_key=sheet.key,
                    sheet_version=sheet.version,
                    sheet_json=rd.sheet_json(sheet),
                )
            elif stored.state != DRAFT:
                raise ConflictError(f"{year}年度已{STATE_LABELS[stored.state]}，不能修改自评分")
            stored.updated_at = _now()
            session.add(stored)
            session.flush()
            assert stored.id is not None
            existing = {
                s.item_id: s
                for s in session.exec(
                    select(RatingScore).where(col(RatingScore.rating_id) == stored.id)
                )
            }
            for row in current.rows:
                score = existing.get(row.item.id) or RatingScore(
                    rating_id=stored.id, item_id=row.item.id
                )
                given = entered.get(row.item.id)
                score.auto_points = row.auto_points
                score.evidence = row.evidence
                if given is not None:
                    differs = given.self_points is not None and given.self_points != row.auto_points
                    score.self_points = given.self_points if differs else None
                    score.override_reason = given.reason.strip() if differs else ""
                session.add(score)
            for veto_item in sheet.vetoes:
                veto_id = veto_item.id
                score = existing.get(veto_id) or RatingScore(rating_id=stored.id, item_id=veto_id)
                score.vetoed = veto_id in set(vetoed)
                session.add(score)
        return self.view(branch_id, year)

    def sign(
        self,
        branch_id: int,
        year: int,
        secretary: str,
        representative: str,
        signed_on: date,
        star: str | None = None,
        star_reason: str = "",
    ) -> RatingView:
        """五评、双签字: the 团支部书记 and a 团员代表 sign the 自评; every row must be scored.
        ``star`` sets the 自评星级 by hand (with a reason) instead of the computed one."""
        current = self.view(branch_id, year)
        problems = []
        if not current.stored:
            problems.append("请先保存自评分")
        if current.state != DRAFT:
            problems.append(f"{year}年度已{STATE_LABELS[current.state]}")
        missing = [current.sheet.indicator(i).name for i in current.assessment.unscored]
        if missing:
            problems.append("以下指标尚未评分：" + "、".join(missing))
        secretary, representative = secretary.strip(), representative.strip()
        if not secretary:
            problems.append("请填写签字的团支部书记")
        if not representative:
            problems.append("请填写签字的团员代表")
        if secretary and secretary == representative:
            problems.append("团员代表应为书记以外的团员")
        if signed_on > self._today():
            problems.append("签字日期不能晚于今天")
        if star is not None:
            rules = rd.rating_rules(self._profile(branch_id))
            refused = rd.check_self_star(star, current.assessment, rules)
            if refused:
                problems.append(refused)
            elif star != current.assessment.star and not star_reason.strip():
                problems.append("自评星级与计算结果不同，请填写理由")
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            stored = self._require(session, branch_id, year, DRAFT)
            # freeze the ledger's scores and evidence as they stand at signing
            frozen = {r.item.id: r for r in current.rows}
            for score in session.exec(
                select(RatingScore).where(col(RatingScore.rating_id) == stored.id)
            ):
                row = frozen.get(score.item_id)
                if row is not None:
                    if score.self_points is None and row.auto_points != score.auto_points:
                        score.self_points = row.self_points  # keep the score that was signed
                    score.auto_points, score.evidence = row.auto_points, row.evidence
                    session.add(score)
            stored.state = SIGNED
            stored.secretary_name, stored.rep_name = secretary, representative
            stored.signed_on = signed_on
            manual = star is not None and star != current.assessment.star
            stored.self_star = star if manual else None
            stored.self_star_reason = star_reason.strip() if manual else ""
            stored.updated_at = _now()
            session.add(stored)
        return self.view(branch_id, year)

    def reopen(self, branch_id: int, year: int) -> RatingView:
        """Withdraw the signatures of a signed (not yet reviewed) 自评 to correct it."""
        with session_scope(self._engine) as session:
            stored = self._require(session, branch_id, year, SIGNED)
            stored.state = DRAFT
            stored.signed_on = None
            stored.updated_at = _now()
            session.add(stored)
        return self.view(branch_id, year)

    def review(
        self,
        branch_id: int,
        year: int,
        reviewer: str,
        reviewed_on: date,
        points: Mapping[str, int | None],
        remarks: str = "",
        star: str | None = None,
    ) -> RatingView:
        """The 团委's 复核: its score per row (None = as 自评), remarks and, if it named one,
        its star (else the star its scores give)."""
        current = self.view(branch_id, year)
        problems = []
        if current.state != SIGNED:
            problems.append("只能复核已双签字的自评（当前：" + current.state_label + "）")
        if not reviewer.strip():
            problems.append("请填写复核的上级团委")
        if reviewed_on > self._today():
            problems.append("复核日期不能晚于今天")
        if current.signed_on and reviewed_on < current.signed_on:
            problems.append("复核日期不能早于签字日期")
        if star is not None and star not in rd.STAR_LABELS:
            problems.append(f"未知的星级“{star}”")
        for item_id, value in points.items():
            try:
                item = current.sheet.indicator(item_id)
            except KeyError:
                problems.append(f"评分表中没有编号为“{item_id}”的指标")
                continue
            if value is not None and (value < 0 or value > item.points):
                problems.append(f"“{item.name}”复核分应在0到{rd.points_text(item.points)}分之间")
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            stored = self._require(session, branch_id, year, SIGNED)
            scores = {
                s.item_id: s
                for s in session.exec(
                    select(RatingScore).where(col(RatingScore.rating_id) == stored.id)
                )
            }
            for row in current.rows:
                value = points.get(row.item.id)
                score = scores[row.item.id]
                score.review_points = value if value is not None else row.self_points
                session.add(score)
            stored.state = REVIEWED
            stored.reviewer = reviewer.strip()
            stored.reviewed_on = reviewed_on
            stored.review_remarks = remarks.strip()
            stored.review_star = star
            stored.updated_at = _now()
            session.add(stored)
        view = self.view(branch_id, year)
        if star is None and view.review is not None:
            with session_scope(self._engine) as session:
                stored = self._require(session, branch_id, year, REVIEWED)
                stored.review_star = view.review.star
                session.add(stored)
            view = self.view(branch_id, year)
        return view

    def finalise(self, branch_id: int, year: int, star: str | None = None) -> RatingView:
        """Record the final star: the 复核星级 unless ``star`` says otherwise."""
        if star is not None and star not in rd.STAR_LABELS:
            raise ValidationError(f"未知的星级“{star}”")
        with session_scope(self._engine) as session:
            stored = self._require(session, branch_id, year, REVIEWED)
            stored.final_star = star or stored.review_star
            stored.state = FINAL
            stored.updated_at = _now()
            session.add(stored)
        return self.view(branch_id, year)

    # ---- the branch's dates ---------------------------------------------------------------

    def branch_dates(self, branch_id: int) -> tuple[date | None, date | None]:
        """(成立时间, 最近一次换届时间) of the branch."""
        with session_scope(self._engine) as session:
            branch = self._branch(session, branch_id)
            return branch.founded_on, branch.election_on

    def set_branch_dates(
        self, branch_id: int, founded_on: date | None, election_on: date | None
    ) -> None:
        """Record when the branch was set up and last elected its committee (2023: both are
        confirmed in 智慧团建 before the rating)."""
        problems = []
        today = self._today()
        if founded_on is not None and founded_on > today:
            problems.append("成立时间不能晚于今天")
        if election_on is not None and election_on > today:
            problems.append("换届时间不能晚于今天")
        if founded_on and election_on and election_on < founded_on:
            problems.append("换届时间不能早于成立时间")
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            branch = self._branch(session, branch_id)
            branch.founded_on, branch.election_on = founded_on, election_on
            session.add(branch)

    # ---- the printed form -----------------------------------------------------------------

    def document(self, branch_id: int, year: int, profile_name: str) -> StarRatingDoc:
        """The year's 自评表 as plain data for :mod:`branchdesk.reports.star_rating_pdf`."""
        view = self.view(branch_id, year)
        with session_scope(self._engine) as session:
            branch = self._branch(session, branch_id)
            members = len(roster_on(session, branch_id, view.cutoff))
        return build_document(
            view,
            branch_name=branch.name,
            parent_committee=branch.parent_committee,
            secretary=branch.secretary,
            members=members,
            founded_on=branch.founded_on,
            election_on=branch.election_on,
            profile_name=profile_name,
        )

    # ---- 青年大学习 and 志愿服务 ----------------------------------------------------------------

    def youth_study(self, branch_id: int, year: int) -> list[YouthStudyRow]:
        with session_scope(self._engine) as session:
            return [
                YouthStudyRow(i.id or 0, i.held_on, i.label, i.participants, i.members)
                for i in session.exec(
                    select(YouthStudyIssue)
                    .where(
                        col(YouthStudyIssue.branch_id) == branch_id,
                        col(YouthStudyIssue.held_on) >= date(year, 1, 1),
                        col(YouthStudyIssue.held_on) <= year_end(year),
                    )
                    .order_by(col(YouthStudyIssue.held_on))
                )
            ]

    def add_youth_study(
        self, branch_id: int, held_on: date, label: str, participants: int, members: int
    ) -> YouthStudyRow:
        """Record one 青年大学习 issue: how many of the members took part."""
        problems = []
        if members <= 0:
            problems.append("团员总数应大于0")
        if participants < 0 or participants > members:
            problems.append("参学人数应在0到团员总数之间")
        if held_on > self._today():
            problems.append("期次日期不能晚于今天")
        if len(label) > 50:
            problems.append("期次名称不能超过50字")
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            self._branch(session, branch_id)
            row = YouthStudyIssue(
                branch_id=branch_id,
                held_on=held_on,
                label=label.strip(),
                participants=participants,
                members=members,
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            return YouthStudyRow(row.id, held_on, row.label, participants, members)

    def delete_youth_study(self, branch_id: int, issue_id: int) -> None:
        with session_scope(self._engine) as session:
            row = session.get(YouthStudyIssue, issue_id)
            if row is None or row.branch_id != branch_id:
                raise NotFoundError("该期青年大学习记录不存在")
            session.delete(row)

    def volunteer_hours(self, branch_id: int, year: int) -> list[VolunteerRow]:
        """Every member on the roster at the cutoff, with the hours recorded for ``year``."""
        with session_scope(self._engine) as session:
            people = roster_on(session, branch_id, self.cutoff(year))
            hours = {
                v.member_id: v
                for v in session.exec(
                    select(VolunteerHours).where(
                        col(VolunteerHours.branch_id) == branch_id,
                        col(VolunteerHours.year) == year,
                    )
                )
            }
            rows = []
            for person in people:
                record = hours.get(person.member_id)
                rows.append(
                    VolunteerRow(
                        person.member_id,
                        person.name,
                        Decimal(record.hours_tenths) / 10 if record else None,
                        record.platform if record else "",
                    )
                )
            return rows

    def save_volunteer_hours(
        self, branch_id: int, year: int, rows: Sequence[tuple[int, str, str]]
    ) -> None:
        """(member id, hours as typed, platform) for each member; empty hours delete the
        record. Hours have at most one decimal."""
        parsed: dict[int, tuple[int | None, str]] = {}
        problems = []
        for member_id, text, platform in rows:
            text = text.strip()
            if not text:
                parsed[member_id] = (None, platform.strip())
                continue
            try:
                value = Decimal(text)
            except InvalidOperation:
                problems.append(f"时长“{text}”不是数字")
                continue
            tenths = value * 10
            if value < 0 or tenths != tenths.to_integral_value() or value > 2000:
                problems.append(f"时长“{text}”应为0到2000之间、最多一位小数的数")
                continue
            parsed[member_id] = (int(tenths), platform.strip()[:50])
        if problems:
            raise ValidationError("\n".join(problems), tuple(problems))
        with session_scope(self._engine) as session:
            members = {
                m.id
                for m in session.exec(
                    select(Member).where(
                        col(Member.branch_id) == branch_id,
                        col(Member.id).in_(list(parsed)),
                    )
                )
            }
            unknown = set(parsed) - members
            if unknown:
                raise ValidationError("有的团员不属于本支部")
            existing = {
                v.member_id: v
                for v in session.exec(
                    select(VolunteerHours).where(
                        col(VolunteerHours.branch_id) == branch_id,
                        col(VolunteerHours.year) == year,
                    )
                )
            }
            for member_id, (stored_tenths, platform) in parsed.items():
                record = existing.get(member_id)
                if stored_tenths is None:
                    if record is not None:
                        session.delete(record)
                    continue
                record = record or VolunteerHours(
                    branch_id=branch_id, member_id=member_id, year=year, hours_tenths=0
                )
                record.hours_tenths, record.platform = stored_tenths, platform
                session.add(record)

    # ---- the ledger's facts ---------------------------------------------------------------

    def facts(self, branch_id: int, year: int) -> tuple[dict[str, rd.Fact], rd.Conditions]:
        """One fact per ledger source and the conditions of the caps, as of the cutoff."""
        profile = self._profile(branch_id)
        cutoff = self.cutoff(year)
        plan = self._calendar.year_plan(branch_id, year)
        facts: dict[str, rd.Fact] = {}
        with session_scope(self._engine) as session:
            branch = self._branch(session, branch_id)
            held: dict[str, list[int]] = {}
            for kind, meeting_id in session.exec(
                select(col(Meeting.kind), col(Meeting.id))
                .where(
                    col(Meeting.branch_id) == branch_id,
                    col(Meeting.deleted_at).is_(None),
                    col(Meeting.held_on) >= date(year, 1, 1),
                    col(Meeting.held_on) <= cutoff,
                )
                .order_by(col(Meeting.held_on))
            ):
                if meeting_id is not None:
                    held.setdefault(kind, []).append(meeting_id)
            for source, kind in _MEETING_SOURCES.items():
                facts[source] = _meeting_fact(source, kind, plan, cutoff, held.get(kind, []))
            people = roster_on(session, branch_id, cutoff)
            facts["topic_studies"] = _topic_studies(session, branch_id, year, cutoff, profile)
            facts["pingyi"] = _pingyi(session, branch_id, year, profile)
            facts["zhuce"] = _zhuce(session, branch_id, year, cutoff)
            facts["committee"] = _committee(people)
            facts["term"] = _term(branch, cutoff, profile)
            facts["roster"] = _roster(session, [p.member_id for p in people])
            facts["transfers"] = _transfers(session, branch_id, cutoff, profile)
            facts["daxuexi"], low = _daxuexi(session, branch_id, year, profile)
            facts["volunteer"] = _volunteer(session, branch, year, people, profile)
            founded_on = branch.founded_on
        topic_count = len(facts["topic_studies"].record_ids)
        conditions = rd.Conditions(
            founded_on=founded_on,
            cutoff=cutoff,
            topic_studies=topic_count,
            daxuexi_low_issues=low,
            daxuexi_recorded=facts["daxuexi"].achieved is not None,
        )
        return facts, conditions

    # ---- helpers -------------------------------------------------------------------------

    @staticmethod
    def _branch(session: Session, branch_id: int) -> Branch:
        branch = session.get(Branch, branch_id)
        if branch is None:
            raise NotFoundError("团支部不存在")
        return branch

    @staticmethod
    def _stored(session: Session, branch_id: int, year: int) -> Rating | None:
        return session.exec(
            select(Rating).where(col(Rating.branch_id) == branch_id, col(Rating.year) == year)
        ).first()

    def _require(self, session: Session, branch_id: int, year: int, state: str) -> Rating:
        stored = self._stored(session, branch_id, year)
        if stored is None:
            raise NotFoundError(f"{year}年度还没有对标定级记录")
        if stored.state != state:
            raise ConflictError(
                f"{year}年度当前为“{STATE_LABELS[stored.state]}”，不能进行此操作"
                f"（需要“{STATE_LABELS[state]}”）"
            )
        return stored


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _share(done: int, of: int) -> Fraction:
    return Fraction(done, of) if of else Fraction(1)


def _meeting_fact(
    source: str, kind: str, plan: Sequence[PeriodStatus], cutoff: date, records: Sequence[int]
) -> rd.Fact:
    name = MEETING_KINDS.name(kind)
    statuses = [s for s in plan if s.item == kind]
    held = tuple(records)
    if not statuses:
        if kind == MeetingKind.TUANKE:
            achieved = Fraction(1) if held else Fraction(0)
            text = f"未规定团课频次；全年记录{name}{len(held)}次"
            return rd.Fact(source, achieved, 0, text, held)
        return rd.Fact(source, None, 0, f"规则配置未要求{name}的频次", held)
    due = [s for s in statuses if s.end <= cutoff] or [s for s in statuses if s.start <= cutoff]
    short = [s for s in due if s.missing]
    text = f"应开展{len(due)}期，达标{len(due) - len(short)}期，共记录{len(held)}次"
    if short:
        text += f"；缺：{period_runs(short)}"
    return rd.Fact(source, _share(len(due) - len(short), len(due)), len(short), text, held)


def _topic_studies(
    session: Session, branch_id: int, year: int, cutoff: date, profile: Profile
) -> rd.Fact:
    minimum = profile.int_value("rating.topic_studies_min")
    meetings = list(
        session.exec(
            select(Meeting).where(
                col(Meeting.branch_id) == branch_id,
                col(Meeting.deleted_at).is_(None),
                col(Meeting.held_on) >= date(year, 1, 1),
                col(Meeting.held_on) <= cutoff,
            )
        )
    )
    ids = [m.id for m in meetings if m.id is not None]
    study = set(
        session.exec(
            select(MeetingAgenda.meeting_id).where(
                col(MeetingAgenda.meeting_id).in_(ids), col(MeetingAgenda.topic) == "study"
            )
        )
    )
    chosen = sorted(
        (m for m in meetings if m.kind == MeetingKind.TUANKE or m.id in study),
        key=lambda m: m.held_on,
    )
    days = "、".join(f"{m.held_on.month}月{m.held_on.day}日" for m in chosen[:8])
    more = "等" if len(chosen) > 8 else ""
    text = f"学习议题及团课共{len(chosen)}次（要求至少{minimum}次）"
    if chosen:
        text += f"：{days}{more}"
    achieved = min(Fraction(1), Fraction(len(chosen), minimum)) if minimum else Fraction(1)
    return rd.Fact(
        "topic_studies",
        achieved,
        max(0, minimum - len(chosen)),
        text,
        tuple(m.id for m in chosen if m.id is not None),
    )


def _pingyi(session: Session, branch_id: int, year: int, profile: Profile) -> rd.Fact:
    stored = list(
        session.exec(
            select(Evaluation).where(
                col(Evaluation.branch_id) == branch_id, col(Evaluation.year) == year
            )
        )
    )
    graded = [e for e in stored if e.approved_grade is not None]
    excellent = sum(1 for e in graded if e.approved_grade == Grade.EXCELLENT)
    cap = excellent_cap(len(graded), profile)
    complete = evaluation_complete(session, branch_id, year) is not None
    if not stored:
        return rd.Fact("pingyi", Fraction(0), 1, f"{year}年度未录入团员教育评议")
    text = f"已评定{len(graded)}人，优秀{excellent}人（上限{cap}人）"
    if complete:
        share = Fraction(1) if excellent <= cap else Fraction(1, 2)
        text = "评议已完成，" + text + ("" if excellent <= cap else "，优秀超过上限")
    else:
        share = Fraction(1, 2) if graded else Fraction(0)
        text = "评议未全部完成，" + text
    ids = tuple(e.id for e in stored if e.id is not None)
    return rd.Fact("pingyi", share, 0 if complete else 1, text, ids)


def _zhuce(session: Session, branch_id: int, year: int, cutoff: date) -> rd.Fact:
    needed = [p for p in roster_on(session, branch_id, cutoff) if not p.party_member]
    stored = list(
        session.exec(
            select(Registration).where(
                col(Registration.branch_id) == branch_id, col(Registration.year) == year
            )
        )
    )
    done = {r.member_id for r in stored}
    have = sum(1 for p in needed if p.member_id in done)
    text = f"应注册{len(needed)}人（不含保留团籍的党员），已办理{have}人"
    ids = tuple(r.id for r in stored if r.id is not None)
    return rd.Fact("zhuce", _share(have, len(needed)), len(needed) - have, text, ids)


def _committee(entries: Sequence[RosterEntry]) -> rd.Fact:
    needed = CORE_COMMITTEE if len(entries) >= COMMITTEE_MIN_MEMBERS else (SECRETARY,)
    holders = {p.league_post: p.name for p in entries if p.league_post in needed}
    have = [f"{_POST_NAMES[post]}{holders[post]}" for post in needed if post in holders]
    lacking = [_POST_NAMES[post] for post in needed if post not in holders]
    text = f"在册{len(entries)}人，应配{len(needed)}个职务"
    if have:
        text += "：" + "、".join(have)
    if lacking:
        text += "；缺" + "、".join(lacking)
    return rd.Fact(
        "committee",
        Fraction(len(have), len(needed)),
        len(lacking),
        text,
        tuple(p.member_id for p in entries if p.league_post in holders),
    )


def _term(branch: Branch, cutoff: date, profile: Profile) -> rd.Fact:
    key = "term.years.school" if branch.kind == "school" else "term.years.other"
    years = profile.int_value(key)
    if branch.election_on is None:
        return rd.Fact("term", Fraction(0), 1, "未填写最近一次换届时间（支部信息）")
    ends = add_months(branch.election_on, 12 * years)
    on = f"{branch.election_on.year}年{branch.election_on.month}月{branch.election_on.day}日"
    if cutoff < ends:
        return rd.Fact("term", Fraction(1), 0, f"{on}换届，任期{years}年，未到期")
    return rd.Fact("term", Fraction(0), 1, f"{on}换届，任期{years}年，已于{ends.isoformat()}到期")


def _roster(session: Session, ids: Sequence[int]) -> rd.Fact:
    members = list(session.exec(select(Member).where(col(Member.id).in_(list(ids)))))
    incomplete = []
    for member in members:
        lacking = [label for name, label in _REQUIRED_FIELDS if not getattr(member, name)]
        if lacking:
            incomplete.append(f"{member.name}（缺{'、'.join(lacking)}）")
    complete = len(members) - len(incomplete)
    text = f"在册{len(members)}人，信息完整{complete}人"
    if incomplete:
        text += "；" + "，".join(incomplete[:4]) + ("等" if len(incomplete) > 4 else "")
    return rd.Fact("roster", _share(complete, len(members)), len(incomplete), text)


def _transfers(session: Session, branch_id: int, cutoff: date, profile: Profile) -> rd.Fact:
    days = profile.int_value("transfer.pending_alert_days")
    limit = cutoff - timedelta(days=days)
    rows = list(
        session.exec(
            select(Transfer).where(
                col(Transfer.branch_id) == branch_id,
                col(Transfer.deleted_at).is_(None),
                col(Transfer.state).in_(sorted(PENDING_TRANSFER)),
                col(Transfer.applied_on) <= cutoff,
            )
        )
    )
    late = [t for t in rows if t.state_on < limit]
    text = f"未办结{len(rows)}件，其中超过{days}天的{len(late)}件"
    if late:
        text += "：" + "、".join(t.name for t in late[:5])
    return rd.Fact(
        "transfers",
        Fraction(1) if not late else Fraction(0),
        len(late),
        text,
        tuple(t.id for t in late if t.id is not None),
    )


def _daxuexi(session: Session, branch_id: int, year: int, profile: Profile) -> tuple[rd.Fact, int]:
    floor = profile.ratio("rating.daxuexi_floor")
    issues = list(
        session.exec(
            select(YouthStudyIssue).where(
                col(YouthStudyIssue.branch_id) == branch_id,
                col(YouthStudyIssue.held_on) >= date(year, 1, 1),
                col(YouthStudyIssue.held_on) <= year_end(year),
            )
        )
    )
    if not issues:
        return rd.Fact("daxuexi", None, 0, "未录入青年大学习期次"), 0
    low = [i for i in issues if i.members and Fraction(i.participants, i.members) < floor]
    total_p = sum(i.participants for i in issues)
    total_m = sum(i.members for i in issues)
    average = Fraction(total_p, total_m) if total_m else Fraction(0)
    text = (
        f"录入{len(issues)}期，平均参学率{float(average) * 100:.1f}%，"
        f"低于{float(floor) * 100:.0f}%的{len(low)}期"
    )
    ids = tuple(i.id for i in issues if i.id is not None)
    fact = rd.Fact("daxuexi", Fraction(len(issues) - len(low), len(issues)), len(low), text, ids)
    return fact, len(low)


def _volunteer(
    session: Session, branch: Branch, year: int, people: Sequence[RosterEntry], profile: Profile
) -> rd.Fact:
    target = Decimal(profile.int_value("volunteer.target_hours.default"))
    ids = [p.member_id for p in people]
    records = {
        v.member_id: v
        for v in session.exec(
            select(VolunteerHours).where(
                col(VolunteerHours.branch_id) == branch.id,
                col(VolunteerHours.year) == year,
                col(VolunteerHours.member_id).in_(ids),
            )
        )
    }
    if not records:
        return rd.Fact("volunteer", None, 0, "未录入志愿服务时长")
    reached = sum(1 for v in records.values() if Decimal(v.hours_tenths) / 10 >= target)
    total = sum(Decimal(v.hours_tenths) for v in records.values()) / 10
    text = f"在册{len(ids)}人，达到{target}小时的{reached}人，合计{total}小时"
    return rd.Fact(
        "volunteer",
        _share(reached, len(ids)),
        len(ids) - reached,
        text,
        tuple(v.id for v in records.values() if v.id is not None),
    )


# --- the printed form ------------------------------------------------------------------------


def _cn_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else "____年__月__日"


def build_document(
    view: RatingView,
    *,
    branch_name: str,
    parent_committee: str,
    secretary: str,
    members: int,
    founded_on: date | None,
    election_on: date | None,
    profile_name: str,
) -> StarRatingDoc:
    """The 自评表 of a rating, every string ready for paper (blank cells where nothing is
    scored yet, to fill in by hand)."""
    from branchdesk.reports.star_rating_pdf import (
        StarRatingBlock,
        StarRatingDoc,
        StarRatingRow,
    )

    text = rd.points_text
    rows = {r.item.id: r for r in view.rows}
    blocks = []
    for dimension, items in view.sheet.by_dimension():
        printed = []
        for item in items:
            row = rows[item.id]
            basis = "；".join(part for part in (row.evidence, item.basis) if part)
            if row.overridden and row.override_reason:
                basis += f"（自评调整：{row.override_reason}）"
            printed.append(
                StarRatingRow(
                    name=item.name,
                    requirement=item.requirement,
                    standard=item.standard,
                    points=text(item.points),
                    basis=basis,
                    self_points=text(row.self_points),
                    review_points=text(row.review_points),
                    negative=item.type == "deduct",
                )
            )
        self_values = [rows[i.id].self_points for i in items]
        review_values = [rows[i.id].review_points for i in items]
        blocks.append(
            StarRatingBlock(
                dimension=dimension,
                subtotal=f"{text(sum(i.points for i in items))}分",
                rows=tuple(printed),
                self_subtotal=_sum_text(self_values),
                review_subtotal=_sum_text(review_values),
            )
        )
    result = view.assessment
    notes = []
    if not result.eligible:
        notes.append(result.eligibility_note)
    if result.unscored:
        notes.append(f"尚有{len(result.unscored)}项未评分")
    if result.vetoes:
        notes.append("有一票否决项，评定为软弱涣散")
    notes += [c.reason for c in result.caps]
    if view.self_star_override:
        notes.append(
            f"计算结果为{result.star_label}，自评为{rd.STAR_LABELS[view.self_star_override]}："
            f"{view.self_star_reason}"
        )
    complete = not result.unscored
    self_star = (
        f"{rd.STAR_LABELS[view.self_star]}（自评得分{text(result.total)}分）" if complete else ""
    )
    review_star = ""
    if view.review_star:
        review_star = rd.STAR_LABELS[view.review_star]
        if view.review is not None:
            review_star += f"（复核得分{text(view.review.total)}分）"
    if view.final_star and view.final_star != view.review_star:
        review_star += f"；最终定级：{rd.STAR_LABELS[view.final_star]}"
    return StarRatingDoc(
        title=f"{branch_name}{view.year}年度“对标定级”自评表",
        sheet_line=view.sheet.label,
        info=(
            ("所属团委", parent_committee or "________"),
            ("团支部名称", branch_name),
            ("团员数", f"{members}人"),
            ("团支部书记", secretary or "________"),
            ("成立时间", _cn_date(founded_on)),
            ("最近一次换届时间", _cn_date(election_on)),
        ),
        blocks=tuple(blocks),
        total_points=text(view.sheet.total),
        self_total=_sum_text([r.self_points for r in view.rows]),
        review_total=_sum_text([r.review_points for r in view.rows]),
        vetoes=tuple((v.id, v.text, v.id in view.vetoed) for v in view.sheet.vetoes),
        self_star=self_star,
        star_note="；".join(notes),
        signed_on=_cn_date(view.signed_on),
        review_remarks=view.review_remarks,
        review_star=review_star,
        reviewed_on=_cn_date(view.reviewed_on),
        footer=f"规则配置：{profile_name}　评分表：{view.sheet.key} {view.sheet.version}",
    )


def _sum_text(values: Sequence[int | None]) -> str:
    """The sum of a column, blank while any cell of it is blank."""
    if not values or any(v is None for v in values):
        return ""
    return rd.points_text(sum(v for v in values if v is not None))
