"""对标定级 / 团支部星级评定 (rules.md §10, forms.md §5): the criteria sheet, scoring and the star.

A **criteria sheet** (评分表) is data: indicators grouped under the 一级指标 (the built-in reference
sheet uses the 五个好: 支部班子好、团员管理好、活动开展好、制度落实好、作用发挥好), each with its
points and how it is scored, plus the 一票否决 items. The format is documented in
``docs/rating-sheet-format.md``; :func:`parse_sheet` validates a file with row-level Chinese
messages. Points are held in hundredths (89.99 → 8999) so sums and band edges are exact.

Scoring types (``type``):

- ``ledger``: the share the ledger achieved × the points (e.g. 11 of 12 months → 11/12).
- ``yesno``: full points or 0 (是否).
- ``grade``: A / B / C / D = 100 / 60 / 40 / 0 % of the points (程度评价).
- ``deduct``: the points minus ``per`` for each shortfall (少一次扣 per 分), floor 0.
- ``free``: any value from 0 to the points.

An indicator may name a ledger ``source`` (:data:`SOURCES`); the service turns the year's records
into a :class:`Fact` and :func:`auto_points` gives the score it implies, with the evidence. The
自评分 may differ from it with a reason; the 复核分 is the 团委's.

The star (:func:`assess`): the total against the profile's bands (``rating.bands``: ≥ five →
五星, ≥ four → 四星, ≥ three → 三星, ≥ two → 后进, else 软弱涣散); any 一票否决 → 软弱涣散
whatever the score; caps (not vetoes) limit the highest star: 4★/5★ need the branch to be
``rating.top_min_age_months`` old and ``rating.topic_studies_min`` 专题学习 a year; any 青年大学习
issue under ``rating.daxuexi_floor`` bars 5★. A branch younger than ``rating.min_age_months``
is not rated (``unrated``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Final

from branchdesk.domain.dates import months_elapsed
from branchdesk.domain.profiles import Profile

SHEET_FORMAT: Final = "branchdesk-rating-sheet"
SHEET_FORMAT_VERSION: Final = 1

SCORING_TYPES: Final[Mapping[str, str]] = {
    "ledger": "按台账比例计分",
    "yesno": "是否（满分或0分）",
    "grade": "A/B/C/D 档（100%/60%/40%/0%）",
    "deduct": "扣分（每缺一次扣分，扣完为止）",
    "free": "自由评分",
}
GRADE_SHARES: Final[Mapping[str, Fraction]] = {
    "A": Fraction(1),
    "B": Fraction(3, 5),
    "C": Fraction(2, 5),
    "D": Fraction(0),
}

# Ledger figures a sheet row may be filled from (the service computes each).
SOURCES: Final[Mapping[str, str]] = {
    "meetings.dahui": "支部大会召开情况",
    "meetings.zhiwei": "支委会召开情况",
    "meetings.xiaozu": "团小组会召开情况",
    "meetings.tuanke": "团课开展情况",
    "meetings.theme_day": "主题团日开展情况",
    "topic_studies": "专题学习次数",
    "pingyi": "团员教育评议",
    "zhuce": "团籍注册",
    "committee": "支委配备",
    "term": "支委任期",
    "roster": "团员信息完整率",
    "transfers": "超期未办结的组织关系转接",
    "daxuexi": "青年大学习参学率",
    "volunteer": "志愿服务时长达标率",
}


class Star:
    FIVE: Final = "five"
    FOUR: Final = "four"
    THREE: Final = "three"
    BACKWARD: Final = "backward"
    WEAK: Final = "weak"
    UNRATED: Final = "unrated"


STAR_LABELS: Final[Mapping[str, str]] = {
    Star.FIVE: "五星级",
    Star.FOUR: "四星级",
    Star.THREE: "三星级",
    Star.BACKWARD: "后进",
    Star.WEAK: "软弱涣散",
    Star.UNRATED: "不参加定级",
}
# Best first: the order bands are tried and caps compare in.
STAR_ORDER: Final = (Star.FIVE, Star.FOUR, Star.THREE, Star.BACKWARD, Star.WEAK)
_BAND_KEYS: Final = {
    Star.FIVE: "five",
    Star.FOUR: "four",
    Star.THREE: "three",
    Star.BACKWARD: "two",
}

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,49}$")


class SheetError(ValueError):
    """A criteria sheet that cannot be used; ``problems`` are Chinese, one per bad row."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("；".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Indicator:
    """One 二级指标 row of a sheet."""

    id: str
    dimension: str  # 一级指标
    name: str  # 二级指标
    requirement: str  # 评价内容 / 具体指标
    standard: str  # 评分标准
    points: int  # hundredths
    type: str
    source: str | None = None
    per: int = 0  # deduct: hundredths per shortfall
    basis: str = ""  # 评分依据（材料）, what proves the row


@dataclass(frozen=True)
class VetoItem:
    id: str
    text: str


@dataclass(frozen=True)
class Sheet:
    """A validated criteria sheet (评分表)."""

    key: str
    name: str
    version: str
    issuer: str
    official: bool
    total: int  # hundredths
    dimensions: tuple[str, ...]
    indicators: tuple[Indicator, ...]
    vetoes: tuple[VetoItem, ...]
    note: str = ""

    def indicator(self, item_id: str) -> Indicator:
        for item in self.indicators:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def by_dimension(self) -> list[tuple[str, list[Indicator]]]:
        return [(d, [i for i in self.indicators if i.dimension == d]) for d in self.dimensions]

    @property
    def label(self) -> str:
        """What the form's sub-line says about the sheet."""
        if self.official:
            return f"评分标准：{self.issuer} {self.name}（{self.version}）"
        return f"评分标准：{self.name} {self.version}版，分值以上级团委下发的评分表为准"


# --- points -----------------------------------------------------------------------------------


def to_hundredths(value: object, where: str) -> int:
    """A JSON number or text ("4.5") as hundredths; at most two decimals, not negative."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{where}应为数字")
    try:
        number = Fraction(str(value).strip())
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"{where}“{value}”不是数字") from None
    scaled = number * 100
    if scaled.denominator != 1:
        raise ValueError(f"{where}“{value}”最多保留两位小数")
    if scaled < 0:
        raise ValueError(f"{where}不能为负数")
    return int(scaled)


def points_text(hundredths: int | None) -> str:
    """8999 → ``89.99``, 8950 → ``89.5``, 9000 → ``90``; None → empty."""
    if hundredths is None:
        return ""
    whole, part = divmod(abs(hundredths), 100)
    sign = "-" if hundredths < 0 else ""
    if part == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{part:02d}".rstrip("0")


def parse_points(text: str) -> int:
    """A score typed by the user ("8", "7.5") as hundredths; raises ValueError (Chinese)."""
    return to_hundredths(text.strip(), "分数")


# --- the sheet file ---------------------------------------------------------------------------


def parse_sheet(text: str, total_points: int | None = None) -> Sheet:
    """Read a criteria sheet from JSON text and validate it (forms.md §5.1).

    ``total_points`` (hundredths, from ``rating.total_points``) is the total the sheet must add
    up to when the file does not give one.

    Raises:
        SheetError: every problem found, each naming its row.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SheetError([f"评分表不是有效的 JSON（第{exc.lineno}行第{exc.colno}列）"]) from None
    if not isinstance(data, dict):
        raise SheetError(["评分表应为一个 JSON 对象"])
    return sheet_from_data(data, total_points)


def sheet_from_data(data: Mapping[str, object], total_points: int | None = None) -> Sheet:
    """:func:`parse_sheet` on data already read (JSON, or a spreadsheet's rows: an item or veto
    may carry ``"_where"``, e.g. ``"第5行"``, to name its row in messages)."""
    problems: list[str] = []
    if data.get("format") != SHEET_FORMAT:
        problems.append(f'缺少 "format": "{SHEET_FORMAT}"，不是 branchdesk 评分表文件')
    version = data.get("format_version")
    if version != SHEET_FORMAT_VERSION:
        problems.append(f"不支持的格式版本“{version}”（应为 {SHEET_FORMAT_VERSION}）")
    meta: dict[str, str] = {}
    for name, label in (("key", "编号 key"), ("name", "名称 name"), ("version", "版本 version")):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"缺少{label}")
        else:
            meta[name] = value.strip()
    if "key" in meta and not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,99}", meta["key"]):
        problems.append(f"编号 key“{meta['key']}”只能用小写字母、数字、点、横线和下划线")
    issuer = data.get("issuer", "")
    official = data.get("official", False)
    if not isinstance(official, bool):
        problems.append("official 应为 true 或 false")
        official = False
    total = total_points
    if "total" in data:
        try:
            total = to_hundredths(data["total"], "总分 total")
        except ValueError as exc:
            problems.append(str(exc))
    if total is None:
        problems.append("缺少总分 total")
    dimensions = data.get("dimensions")
    if (
        not isinstance(dimensions, list)
        or not dimensions
        or not all(isinstance(d, str) and d.strip() for d in dimensions)
    ):
        problems.append("一级指标 dimensions 应为非空的名称列表")
        dimensions = []
    elif len(set(dimensions)) != len(dimensions):
        problems.append("一级指标 dimensions 有重复名称")
    indicators = _indicators(data.get("items"), dimensions, problems)
    vetoes = _vetoes(data.get("vetoes", []), problems)
    ids = [i.id for i in indicators] + [v.id for v in vetoes]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"编号“{dup}”重复")
    if total is not None and indicators and not problems:
        added = sum(i.points for i in indicators)
        if added != total:
            problems.append(
                f"各项分值合计{points_text(added)}分，与总分{points_text(total)}分不符"
                f"（相差{points_text(abs(total - added))}分）"
            )
    for dimension in dimensions:
        if indicators and not any(i.dimension == dimension for i in indicators):
            problems.append(f"一级指标“{dimension}”下没有任何指标")
    if problems:
        raise SheetError(problems)
    assert total is not None
    return Sheet(
        key=meta["key"],
        name=meta["name"],
        version=meta["version"],
        issuer=str(issuer).strip() if isinstance(issuer, str) else "",
        official=official,
        total=total,
        dimensions=tuple(d.strip() for d in dimensions),
        indicators=tuple(indicators),
        vetoes=tuple(vetoes),
        note=str(data.get("note", "")),
    )


def _indicators(raw: object, dimensions: Sequence[str], problems: list[str]) -> list[Indicator]:
    if not isinstance(raw, list) or not raw:
        problems.append("指标 items 应为非空列表")
        return []
    result: list[Indicator] = []
    for number, item in enumerate(raw, start=1):
        where = f"第{number}项指标"
        if not isinstance(item, dict):
            problems.append(f"{where}应为 JSON 对象")
            continue
        where = str(item.get("_where") or where)
        item_id = item.get("id")
        if isinstance(item_id, str) and item_id:
            where = f"{where}（{item_id}）"
        row: list[str] = []
        if not isinstance(item_id, str) or not _ID.match(item_id):
            row.append(f"{where}：编号 id 缺少或不合规（字母、数字、点、横线，最长50）")
        dimension = item.get("dimension")
        if dimension not in dimensions:
            row.append(f"{where}：一级指标“{dimension}”不在 dimensions 中")
        texts = {}
        for name, label in (("name", "二级指标 name"), ("requirement", "具体要求 requirement")):
            value = item.get(name)
            if not isinstance(value, str) or not value.strip():
                row.append(f"{where}：缺少{label}")
            texts[name] = value.strip() if isinstance(value, str) else ""
        kind = item.get("type")
        if kind not in SCORING_TYPES:
            known = "、".join(SCORING_TYPES)
            row.append(f"{where}：计分方式 type“{kind}”未知（可用：{known}）")
        points = per = 0
        try:
            points = to_hundredths(item.get("points"), f"{where}：分值 points")
            if points == 0:
                row.append(f"{where}：分值 points 应大于0")
        except ValueError as exc:
            row.append(str(exc))
        if kind == "deduct":
            try:
                per = to_hundredths(item.get("per"), f"{where}：每次扣分 per")
                if per == 0:
                    row.append(f"{where}：每次扣分 per 应大于0")
            except ValueError as exc:
                row.append(str(exc))
        source = item.get("source")
        if source is not None and source not in SOURCES:
            row.append(f"{where}：台账来源 source“{source}”未知")
        if kind == "ledger" and source is None:
            row.append(f"{where}：按台账计分（ledger）的指标须写明台账来源 source")
        if row:
            problems.extend(row)
            continue
        assert isinstance(item_id, str) and isinstance(dimension, str) and isinstance(kind, str)
        result.append(
            Indicator(
                id=item_id,
                dimension=dimension,
                name=texts["name"],
                requirement=texts["requirement"],
                standard=str(item.get("standard", "")).strip() or SCORING_TYPES[kind],
                points=points,
                type=kind,
                source=source if isinstance(source, str) else None,
                per=per,
                basis=str(item.get("basis", "")).strip(),
            )
        )
    return result


def _vetoes(raw: object, problems: list[str]) -> list[VetoItem]:
    if not isinstance(raw, list):
        problems.append("一票否决项 vetoes 应为列表")
        return []
    result = []
    for number, item in enumerate(raw, start=1):
        where = f"第{number}个一票否决项"
        if not isinstance(item, dict):
            problems.append(f"{where}应为 JSON 对象")
            continue
        where = str(item.get("_where") or where)
        item_id, text = item.get("id"), item.get("text")
        if not isinstance(item_id, str) or not _ID.match(item_id):
            problems.append(f"{where}：编号 id 缺少或不合规")
        elif not isinstance(text, str) or not text.strip():
            problems.append(f"{where}（{item_id}）：缺少内容 text")
        else:
            result.append(VetoItem(item_id, text.strip()))
    return result


def sheet_json(sheet: Sheet) -> str:
    """The sheet as JSON text in the file format (lossless: parse_sheet gives it back)."""
    return json.dumps(
        {
            "format": SHEET_FORMAT,
            "format_version": SHEET_FORMAT_VERSION,
            "key": sheet.key,
            "name": sheet.name,
            "version": sheet.version,
            "issuer": sheet.issuer,
            "official": sheet.official,
            "total": points_text(sheet.total),
            "note": sheet.note,
            "dimensions": list(sheet.dimensions),
            "items": [
                {
                    "id": i.id,
                    "dimension": i.dimension,
                    "name": i.name,
                    "requirement": i.requirement,
                    "standard": i.standard,
                    "points": points_text(i.points),
                    "type": i.type,
                    **({"source": i.source} if i.source else {}),
                    **({"per": points_text(i.per)} if i.type == "deduct" else {}),
                    **({"basis": i.basis} if i.basis else {}),
                }
                for i in sheet.indicators
            ],
            "vetoes": [{"id": v.id, "text": v.text} for v in sheet.vetoes],
        },
        ensure_ascii=False,
        indent=1,
    )


# --- scoring one row ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """What the ledger says for one source: the share achieved, the shortfall, the evidence."""

    source: str
    achieved: Fraction | None  # None: no data recorded
    shortfall: int
    evidence: str
    record_ids: tuple[int, ...] = ()


def _round(value: Fraction) -> int:
    """Half up to a whole hundredth."""
    return int((value * 2 + 1) // 2)


def grade_points(points: int, grade: str) -> int:
    """A–D as 100 / 60 / 40 / 0 % of ``points`` (hundredths)."""
    return _round(points * GRADE_SHARES[grade])


def grade_for(achieved: Fraction) -> str:
    """The grade a ledger share earns: all → A, ≥60% → B, ≥40% → C, else D."""
    for grade in ("A", "B", "C"):
        if achieved >= GRADE_SHARES[grade]:
            return grade
    return "D"


def auto_points(item: Indicator, fact: Fact | None) -> int | None:
    """The score the ledger implies for ``item`` (hundredths), None when it has no figure."""
    if fact is None or item.source is None:
        return None
    if item.type == "deduct":
        if fact.achieved is None:
            return None
        return max(0, item.points - item.per * fact.shortfall)
    if fact.achieved is None:
        return None
    share = min(max(fact.achieved, Fraction(0)), Fraction(1))
    if item.type == "yesno":
        return item.points if share == 1 else 0
    if item.type == "grade":
        return grade_points(item.points, grade_for(share))
    return _round(item.points * share)


def check_score(item: Indicator, value: int) -> str | None:
    """A Chinese message when ``value`` cannot be this row's score, else None."""
    if value < 0 or value > item.points:
        return f"“{item.name}”的得分应在0到{points_text(item.points)}分之间"
    if item.type == "yesno" and value not in (0, item.points):
        return f"“{item.name}”为是否项，只能得{points_text(item.points)}分或0分"
    if item.type == "grade" and value not in {grade_points(item.points, g) for g in GRADE_SHARES}:
        allowed = "、".join(points_text(grade_points(item.points, g)) for g in GRADE_SHARES)
        return f"“{item.name}”按A/B/C/D档计分，只能得{allowed}分"
    return None


# --- the star ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingRules:
    """The numbers of rules.md §10 from the profile (points in hundredths)."""

    total: int
    bands: Mapping[str, int]  # Star → lowest total of the band
    min_age_months: int
    top_min_age_months: int
    topic_studies_min: int
    daxuexi_floor: Fraction


def rating_rules(profile: Profile) -> RatingRules:
    table = profile.table("rating.bands")
    bands = {}
    for star, key in _BAND_KEYS.items():
        value = table[key]
        assert isinstance(value, int | float)
        bands[star] = to_hundredths(value, "星级分数线")
    return RatingRules(
        total=profile.int_value("rating.total_points") * 100,
        bands=bands,
        min_age_months=profile.int_value("rating.min_age_months"),
        top_min_age_months=profile.int_value("rating.top_min_age_months"),
        topic_studies_min=profile.int_value("rating.topic_studies_min"),
        daxuexi_floor=profile.ratio("rating.daxuexi_floor"),
    )


def band_star(total: int, rules: RatingRules) -> str:
    """The band of a total in hundredths: 9000 → 五星, 8999 → 四星, 6000 → 后进, 5950 → 软弱涣散."""
    for star in (Star.FIVE, Star.FOUR, Star.THREE, Star.BACKWARD):
        if total >= rules.bands[star]:
            return star
    return Star.WEAK


@dataclass(frozen=True)
class Conditions:
    """The ledger's facts the caps and eligibility need."""

    founded_on: date | None
    cutoff: date  # the day the rating looks at (31 December, or today in the current year)
    topic_studies: int
    daxuexi_low_issues: int  # 青年大学习 issues under the floor; 0 when none recorded
    daxuexi_recorded: bool = True


@dataclass(frozen=True)
class Cap:
    """A rule that limits the highest star, with why."""

    best: str  # the best star still allowed
    reason: str


@dataclass(frozen=True)
class Assessment:
    """A rating's result: totals, the band, vetoes, caps and the star."""

    total: int  # hundredths, of the scored rows
    scored: int  # rows with a score
    unscored: tuple[str, ...]  # ids of rows without one
    band: str  # from the total alone
    vetoes: tuple[str, ...]  # ids answered 是
    caps: tuple[Cap, ...]
    eligible: bool
    eligibility_note: str
    star: str

    @property
    def star_label(self) -> str:
        return STAR_LABELS[self.star]


def branch_age_months(founded_on: date | None, cutoff: date) -> int | None:
    return None if founded_on is None else months_elapsed(founded_on, cutoff)


def caps(conditions: Conditions, rules: RatingRules) -> list[Cap]:
    """The caps that apply (rules.md §10.4)."""
    found: list[Cap] = []
    age = branch_age_months(conditions.founded_on, conditions.cutoff)
    if age is not None and age < rules.top_min_age_months:
        found.append(
            Cap(
                Star.THREE,
                f"支部成立{age}个月，不足{rules.top_min_age_months}个月，不能评四星、五星",
            )
        )
    if conditions.topic_studies < rules.topic_studies_min:
        found.append(
            Cap(
                Star.THREE,
                f"专题学习{conditions.topic_studies}次，不足{rules.topic_studies_min}次，"
                "不能评四星、五星",
            )
        )
    if conditions.daxuexi_low_issues:
        found.append(
            Cap(
                Star.FOUR,
                f"青年大学习有{conditions.daxuexi_low_issues}期参学率低于"
                f"{_percent(rules.daxuexi_floor)}，不能评五星",
            )
        )
    return found


def eligibility(conditions: Conditions, rules: RatingRules) -> tuple[bool, str]:
    """Whether the branch takes part (≥ ``min_age_months`` old at the cutoff), and a note."""
    age = branch_age_months(conditions.founded_on, conditions.cutoff)
    if age is None:
        return True, "未填写支部成立时间，按已满足成立时间要求处理（请在支部信息中补填）"
    if age < rules.min_age_months:
        return False, f"支部成立{age}个月，不足{rules.min_age_months}个月，不参加本年度定级"
    return True, f"支部成立{age}个月"


def _worst(a: str, b: str) -> str:
    return a if STAR_ORDER.index(a) > STAR_ORDER.index(b) else b


def assess(
    sheet: Sheet,
    scores: Mapping[str, int | None],
    vetoed: Sequence[str],
    conditions: Conditions,
    rules: RatingRules,
) -> Assessment:
    """The star from the row scores (hundredths), the 一票否决 answers and the caps."""
    total = sum(v for i in sheet.indicators if (v := scores.get(i.id)) is not None)
    unscored = tuple(i.id for i in sheet.indicators if scores.get(i.id) is None)
    band = band_star(total, rules)
    vetoes = tuple(v.id for v in sheet.vetoes if v.id in set(vetoed))
    found = tuple(caps(conditions, rules))
    eligible, note = eligibility(conditions, rules)
    if not eligible:
        star = Star.UNRATED
    elif vetoes:
        star = Star.WEAK
    else:
        star = band
        for cap in found:
            if STAR_ORDER.index(star) < STAR_ORDER.index(cap.best):
                star = cap.best
    return Assessment(
        total=total,
        scored=len(sheet.indicators) - len(unscored),
        unscored=unscored,
        band=band,
        vetoes=vetoes,
        caps=found,
        eligible=eligible,
        eligibility_note=note,
        star=star,
    )


def check_self_star(star: str, result: Assessment, rules: RatingRules) -> str | None:
    """Why a hand-set 自评星级 is refused, or None when it may be signed (with a reason when it
    differs). The computed star is the best the rules allow: a lower one is the branch's own
    modest judgement, a higher one would go past the bands, a 一票否决 or a cap, so it is refused
    naming which; 不参加定级 follows the branch's age only."""
    if star not in STAR_LABELS:
        return f"未知的星级“{star}”"
    if star == result.star:
        return None
    if not result.eligible:
        return f"{result.eligibility_note}，自评星级只能是“不参加定级”"
    if star == Star.UNRATED:
        return f"支部已满足参加定级的条件（{result.eligibility_note}），不能自评为“不参加定级”"
    if STAR_ORDER.index(star) > STAR_ORDER.index(result.star):
        return None  # lower than computed: allowed with a reason
    label = STAR_LABELS[star]
    reasons: list[str] = []
    if result.vetoes:
        reasons.append(f"有{len(result.vetoes)}项一票否决，按规定评为软弱涣散")
    if star in rules.bands and result.total < rules.bands[star]:
        reasons.append(
            f"自评总分{points_text(result.total)}分，{label}须达到{points_text(rules.bands[star])}分"
        )
    reasons += [c.reason for c in result.caps if STAR_ORDER.index(c.best) > STAR_ORDER.index(star)]
    why = "；".join(reasons) or "星级按分数线、一票否决和限制条件计算"
    return f"自评星级不能高于计算结果“{result.star_label}”：{why}"


@dataclass(frozen=True)
class Gap:
    """A row that could still gain points."""

    item_id: str
    name: str
    gap: int  # hundredths
    note: str


@dataclass(frozen=True)
class NextBand:
    """What it takes to reach the next star; ``star`` None when already 五星 or not rated."""

    star: str | None
    points_needed: int  # hundredths
    blockers: tuple[str, ...] = ()  # vetoes and caps that would still stop it
    gaps: tuple[Gap, ...] = field(default_factory=tuple)

    def sentences(self) -> list[str]:
        if self.star is None:
            return []
        lines = []
        label = STAR_LABELS[self.star]
        if self.points_needed > 0:
            lines.append(f"距{label}还差{points_text(self.points_needed)}分")
        lines += [f"{b}" for b in self.blockers]
        for gap in self.gaps:
            note = f"（{gap.note}）" if gap.note else ""
            lines.append(f"“{gap.name}”可再得{points_text(gap.gap)}分{note}")
        return lines


def next_band(
    sheet: Sheet,
    scores: Mapping[str, int | None],
    result: Assessment,
    rules: RatingRules,
    facts: Mapping[str, Fact] | None = None,
    limit: int = 6,
) -> NextBand:
    """The next star above the current one, the points it needs, what blocks it and the rows
    with the most points still to gain (unscored rows count their full points)."""
    if not result.eligible or result.star == Star.FIVE:
        return NextBand(None, 0)
    current = result.star
    target = STAR_ORDER[STAR_ORDER.index(current) - 1]
    needed = max(0, rules.bands[target] - result.total)
    blockers: list[str] = []
    if result.vetoes:
        blockers.append("有一票否决项，须先整改（否则为软弱涣散）")
    blockers += [
        c.reason for c in result.caps if STAR_ORDER.index(c.best) > STAR_ORDER.index(target)
    ]
    gaps = []
    for item in sheet.indicators:
        score = scores.get(item.id)
        gap = item.points - (score or 0)
        if gap <= 0:
            continue
        note = "未评分" if score is None else ""
        fact = (facts or {}).get(item.source or "")
        if fact is not None and score is not None and fact.evidence:
            note = fact.evidence
        gaps.append(Gap(item.id, item.name, gap, note))
    gaps.sort(key=lambda g: (-g.gap, g.item_id))
    return NextBand(target, needed, tuple(blockers), tuple(gaps[:limit]))


def _percent(share: Fraction) -> str:
    value = share * 100
    return f"{int(value)}%" if value.denominator == 1 else f"{float(value):.1f}%"
