"""The annual return (团内统计, forms.md §10, rules.md §11): every figure from plain member rows.

Pure: the service hands over one :class:`ReturnMember` per stored member (the 回收站 left out)
and gets back numbers; formatting for paper happens in the service.

Counting rules (rules.md §11 [Prop]; in step with ``services.meetings.roster_query_conditions``):

- **On the roster on a day** (:func:`on_roster`): joined by that *month* (入团年月 is a month, so a
  member who joined in the cut-off month counts on the cut-off day; no 入团年月 counts as always),
  and still in the 团 that day: status 在团 / 转出中, or ``left_on`` after the day (a member who
  left *on* the cut-off day is not counted; one who left the day after is). A member who left
  without a ``left_on`` is given the day the record was last changed (the service fills it).
  Holders of 团籍 include 保留团籍的党员 (中共党员 / 预备党员), shown as "其中".
- **新发展**: 入团年月 in the return's year up to the cut-off month (当年), or in the year before
  (上年). A member with no 入团年月 is never new.
- **团干部**: members on the roster holding a 团内职务 among 书记 … 其他 (``vocab.CADRE_POSTS``).
  团小组长 is appointed by the 支部 itself and is *not* a 团干部 here (nor on the 支委会). They
  are split by 团干部性质; a post holder without one is counted as 性质未填 and warned about.
- **Movement** over the period (1 January of the cut-off's year to the cut-off day): 期初 is
  the roster on the day before the period starts; + 新发展 + 转入 − 转出 − 超龄离团 − 退团
  − 自行脱团/除名 − 开除团籍 = 期末. Exits are counted by the member's present status with the
  ``left_on`` day in the period. 转入 is not recorded by branchdesk yet: a member who
  transferred in simply appears (in 期初 when the 入团年月 is older). The hook is
  :attr:`ReturnMember.arrived_on`: once the day of arrival is stored, the member is on the
  roster only from that day and counts as 转入. The check "期初 + 增 − 减 = 期末" holds by
  construction; a record that breaks it (a ``left_on`` before the 入团年月) is reported as a
  warning. 入党 cannot be dated (no 入党年月 is stored): the table gives the 保留团籍的党员 at
  the end of the period and says so.
- **Ages** in 周岁 on the cut-off day (29 February birthdays fall on 28 February), bands from the
  profile's ``stats.age_bands`` (inclusive); an age in no band is "其他".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from branchdesk.domain import vocab
from branchdesk.domain.dates import YearMonth, age_on

EXIT_STATUSES: Final = frozenset(
    {"transferred", "aged_out", "withdrawn", "lapsed", "removed", "expelled"}
)

# The 对比表 rows (forms.md §10.5 Part B): key (stored with a 原因说明) and label.
ITEMS: Final[tuple[tuple[str, str], ...]] = (
    ("members", "团员数"),
    ("new_members", "当年新发展团员数"),
    ("cadres_fulltime", "专职团干部数"),
    ("cadres_parttime", "兼职团干部数"),
    ("cadres_seconded", "挂职团干部数"),
    ("branches", "团(总)支部数"),
)
ITEM_LABELS: Final = dict(ITEMS)

# 团干部性质 code → the 对比表 item.
_NATURE_ITEMS: Final = {"1": "cadres_fulltime", "2": "cadres_parttime", "3": "cadres_seconded"}

OTHER: Final = "其他"
NOT_SET: Final = "未填写"


@dataclass(frozen=True)
class ReturnMember:
    """What the return needs of one member (codes of :mod:`vocab`)."""

    birth_date: date | None = None
    gender: str | None = None
    ethnicity: str | None = None
    highest_education: str | None = None
    occupation: str | None = None
    political_status: str | None = None
    join_month: YearMonth | None = None
    status: str = "active"
    left_on: date | None = None  # for a member no longer in the 团: the day they left
    league_post: str | None = None
    cadre_nature: str | None = None
    arrived_on: date | None = None  # hook: the day a member transferred in (not recorded yet)

    @property
    def party_member(self) -> bool:
        return self.political_status in vocab.PARTY_CODES

    @property
    def cadre(self) -> bool:
        return self.league_post in vocab.CADRE_POSTS


def on_roster(member: ReturnMember, day: date) -> bool:
    """Whether the member held 团籍 in the branch on ``day`` (see the module note)."""
    if member.join_month is not None and member.join_month > YearMonth.of(day):
        return False
    if member.arrived_on is not None and member.arrived_on > day:
        return False
    if member.status in vocab.ACTIVE_STATUSES:
        return True
    return member.left_on is not None and member.left_on > day


def previous_cutoff(cutoff: date) -> date:
    """The same day a year earlier (29 February → 28 February)."""
    try:
        return cutoff.replace(year=cutoff.year - 1)
    except ValueError:
        return date(cutoff.year - 1, 2, 28)


def _joined_between(member: ReturnMember, first: YearMonth, last: YearMonth) -> bool:
    return member.join_month is not None and first <= member.join_month <= last


@dataclass(frozen=True)
class Figures:
    """The official blocks on one cut-off day (forms.md §10.5 Part A)."""

    cutoff: date
    members: int
    party_members: int  # 其中保留团籍的党员
    new_this_year: int  # 当年新发展: 入团 from January to the cut-off month
    new_last_year: int  # 上年新发展: 入团 in the year before
    cadres: int  # every post holder 书记 … 其他
    cadres_by_nature: Mapping[str, int]  # "1" 专职, "2" 兼职, "3" 挂职
    cadres_nature_unset: int
    branches: int = 1

    def item(self, key: str) -> int:
        """The figure of a 对比表 row."""
        if key == "members":
            return self.members
        if key == "new_members":
            return self.new_this_year
        if key == "branches":
            return self.branches
        for nature, item in _NATURE_ITEMS.items():
            if item == key:
                return self.cadres_by_nature.get(nature, 0)
        raise KeyError(key)


def figures(members: Iterable[ReturnMember], cutoff: date, branches: int = 1) -> Figures:
    """Part A's figures on ``cutoff``."""
    rows = list(members)
    current = [m for m in rows if on_roster(m, cutoff)]
    this_first = YearMonth(cutoff.year, 1)
    this_last = YearMonth.of(cutoff)
    last_first, last_last = YearMonth(cutoff.year - 1, 1), YearMonth(cutoff.year - 1, 12)
    cadres = [m for m in current if m.cadre]
    natures = Counter(m.cadre_nature for m in cadres if m.cadre_nature in vocab.CADRE_NATURE)
    return Figures(
        cutoff=cutoff,
        members=len(current),
        party_members=sum(1 for m in current if m.party_member),
        new_this_year=sum(1 for m in rows if _joined_between(m, this_first, this_last)),
        new_last_year=sum(1 for m in rows if _joined_between(m, last_first, last_last)),
        cadres=len(cadres),
        cadres_by_nature={code: natures.get(code, 0) for code in vocab.CADRE_NATURE.codes},
        cadres_nature_unset=sum(1 for m in cadres if m.cadre_nature not in vocab.CADRE_NATURE),
        branches=branches,
    )


# --- 对比表 ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonRow:
    """One row of the 对比表: 项目 | 上年数 | 本年数 | 增减 | 原因说明."""

    item: str  # key of ITEMS
    label: str
    last_year: int
    this_year: int
    reason: str = ""

    @property
    def change(self) -> int:
        return self.this_year - self.last_year

    @property
    def needs_reason(self) -> bool:
        """A fall must be explained (forms.md §10.1)."""
        return self.change < 0

    @property
    def missing_reason(self) -> bool:
        return self.needs_reason and not self.reason.strip()


def comparison(
    this: Figures, last: Figures, reasons: Mapping[str, str] | None = None
) -> tuple[ComparisonRow, ...]:
    """The 对比表 rows; ``reasons`` by item key (a reason is kept on any row that has one)."""
    reasons = reasons or {}
    return tuple(
        ComparisonRow(key, label, last.item(key), this.item(key), reasons.get(key, "").strip())
        for key, label in ITEMS
    )


# --- 团员变动 (branch's own table) ---------------------------------------------------------------


@dataclass(frozen=True)
class Movement:
    """期初 + 新发展 + 转入 − exits = 期末 over ``start`` … ``end``."""

    start: date
    end: date
    opening: int  # 期初: on the roster the day before ``start``
    new: int
    transferred_in: int
    transferred_out: int
    aged_out: int
    withdrawn: int  # 退团
    lapsed_or_removed: int  # 自行脱团 / 除名
    expelled: int  # 开除团籍
    closing: int  # 期末
    closing_party: int  # 其中保留团籍的党员 (入党 itself is not dated: no 入党年月 is stored)
    transfers_recorded: bool = False

    @property
    def gains(self) -> int:
        return self.new + self.transferred_in

    @property
    def losses(self) -> int:
        return (
            self.transferred_out
            + self.aged_out
            + self.withdrawn
            + self.lapsed_or_removed
            + self.expelled
        )

    @property
    def balanced(self) -> bool:
        return self.opening + self.gains - self.losses == self.closing


_EXIT_FIELD: Final = {
    "transferred": "transferred_out",
    "aged_out": "aged_out",
    "withdrawn": "withdrawn",
    "lapsed": "lapsed_or_removed",
    "removed": "lapsed_or_removed",
    "expelled": "expelled",
}


def movement(members: Iterable[ReturnMember], start: date, end: date) -> Movement:
    """The movement of the roster from ``start`` to ``end`` (both included)."""
    rows = list(members)
    before = start - timedelta(days=1)
    opening = [m for m in rows if on_roster(m, before)]
    closing = [m for m in rows if on_roster(m, end)]
    first, last = YearMonth.of(start), YearMonth.of(end)

    def arrived_in_period(m: ReturnMember) -> bool:
        return m.arrived_on is not None and start <= m.arrived_on <= end

    def here_before(m: ReturnMember) -> bool:
        return m.arrived_on is None or m.arrived_on < start

    new = sum(1 for m in rows if _joined_between(m, first, last) and here_before(m))
    arrived = sum(1 for m in rows if arrived_in_period(m))
    exits: Counter[str] = Counter()
    for m in rows:
        if m.status in EXIT_STATUSES and m.left_on is not None and start <= m.left_on <= end:
            exits[_EXIT_FIELD[m.status]] += 1
    return Movement(
        start=start,
        end=end,
        opening=len(opening),
        new=new,
        transferred_in=arrived,
        transferred_out=exits["transferred_out"],
        aged_out=exits["aged_out"],
        withdrawn=exits["withdrawn"],
        lapsed_or_removed=exits["lapsed_or_removed"],
        expelled=exits["expelled"],
        closing=len(closing),
        closing_party=sum(1 for m in closing if m.party_member),
        transfers_recorded=any(m.arrived_on is not None for m in rows),
    )


# --- breakdowns (branch's own tables) -----------------------------------------------------------


@dataclass(frozen=True)
class Breakdown:
    """A count per category of the members on the cut-off day; ``rows`` in print order."""

    key: str
    title: str
    rows: tuple[tuple[str, int], ...]
    total: int


def _with_unset(rows: list[tuple[str, int]], unset: int) -> list[tuple[str, int]]:
    return rows + [(NOT_SET, unset)] if unset else rows


def _by_list(
    key: str, title: str, members: Sequence[ReturnMember], codes: vocab.CodeList, attr: str
) -> Breakdown:
    counts = Counter(getattr(m, attr) for m in members)
    rows = [(entry.name, counts.get(entry.code, 0)) for entry in codes]
    unset = sum(n for code, n in counts.items() if code not in codes)
    return Breakdown(key, title, tuple(_with_unset(rows, unset)), len(members))


def by_gender(members: Sequence[ReturnMember]) -> Breakdown:
    return _by_list("gender", "性别", members, vocab.GENDER, "gender")


def by_ethnicity(members: Sequence[ReturnMember]) -> Breakdown:
    """汉族; 少数民族 in all, then each 民族 present (GB/T 3304 order); 其他 / 外国血统; unset."""
    counts = Counter(m.ethnicity for m in members)
    minority_codes = [e.code for e in vocab.ETHNICITY if e.code not in (vocab.HAN, "97", "98")]
    rows: list[tuple[str, int]] = [(vocab.ETHNICITY.name(vocab.HAN), counts.get(vocab.HAN, 0))]
    rows.append(("少数民族", sum(counts.get(code, 0) for code in minority_codes)))
    for code in minority_codes:
        if counts.get(code):
            rows.append((f"其中：{vocab.ETHNICITY.name(code)}", counts[code]))
    for code in ("97", "98"):
        if counts.get(code):
            rows.append((vocab.ETHNICITY.name(code), counts[code]))
    unset = sum(n for code, n in counts.items() if code not in vocab.ETHNICITY)
    return Breakdown("ethnicity", "民族", tuple(_with_unset(rows, unset)), len(members))


def band_label(low: int, high: int) -> str:
    return f"{low}–{high}岁"


def by_age(
    members: Sequence[ReturnMember], cutoff: date, bands: Sequence[tuple[int, int]]
) -> Breakdown:
    """Age in 周岁 on ``cutoff`` per band (inclusive); outside every band: 其他."""
    counts = [0] * len(bands)
    other = unset = 0
    for m in members:
        if m.birth_date is None:
            unset += 1
            continue
        age = age_on(m.birth_date, cutoff)
        for index, (low, high) in enumerate(bands):
            if low <= age <= high:
                counts[index] += 1
                break
        else:
            other += 1
    rows = [(band_label(low, high), n) for (low, high), n in zip(bands, counts, strict=True)]
    rows.append((OTHER, other))
    return Breakdown("age", "年龄", tuple(_with_unset(rows, unset)), len(members))


def by_education(members: Sequence[ReturnMember]) -> Breakdown:
    return _by_list("education", "学历", members, vocab.HIGHEST_EDUCATION, "highest_education")


def by_occupation(members: Sequence[ReturnMember]) -> Breakdown:
    return _by_list("occupation", "职业", members, vocab.OCCUPATION, "occupation")


# --- the whole return ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AnnualReturn:
    """Everything the return prints, as numbers."""

    cutoff: date
    this_year: Figures
    last_year: Figures
    comparison: tuple[ComparisonRow, ...]
    movement: Movement
    breakdowns: tuple[Breakdown, ...]
    warnings: tuple[str, ...]

    @property
    def year(self) -> int:
        return self.cutoff.year

    @property
    def empty(self) -> bool:
        """Nobody on the roster either year and no movement: a clearly empty form."""
        m = self.movement
        return (
            self.this_year.members == 0
            and self.last_year.members == 0
            and m.opening == 0
            and m.gains == 0
            and m.losses == 0
        )


def build_return(
    members: Iterable[ReturnMember],
    cutoff: date,
    age_bands: Sequence[tuple[int, int]],
    reasons: Mapping[str, str] | None = None,
) -> AnnualReturn:
    """The whole return on ``cutoff``; last year's figures on the same day a year earlier."""
    rows = list(members)
    this = figures(rows, cutoff)
    last = figures(rows, previous_cutoff(cutoff))
    table = comparison(this, last, reasons)
    moved = movement(rows, date(cutoff.year, 1, 1), cutoff)
    current = [m for m in rows if on_roster(m, cutoff)]
    breakdowns = (
        by_gender(current),
        by_ethnicity(current),
        by_age(current, cutoff, age_bands),
        by_education(current),
        by_occupation(current),
    )
    warnings: list[str] = []
    if not moved.balanced:
        warnings.append(
            f"团员变动表不平衡：期初{moved.opening} + 增加{moved.gains} − 减少{moved.losses}"
            f" ≠ 期末{moved.closing}（请检查团员的入团年月和离团日期）"
        )
    if this.cadres_nature_unset:
        warnings.append(
            f"有{this.cadres_nature_unset}名团干部未填写团干部性质（专职/兼职/挂职），未计入分项"
        )
    for row in table:
        if row.missing_reason:
            warnings.append(
                f"对比表“{row.label}”比上年减少{-row.change}，尚未填写原因说明（打印为“待说明”）"
            )
    return AnnualReturn(cutoff, this, last, table, moved, breakdowns, tuple(warnings))
