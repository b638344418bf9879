"""The 三会两制一课 calendar (rules.md §2.2): what is due each month, quarter and year, and what is
done, late or still to come.

The frequencies come from the profile (``meeting.*``); 团员教育评议 and 团籍注册 are once a year
(rules.md §2.2, §3, §4; no profile key). Periods are calendar periods: months, quarters, halves
and the calendar year. A 团课 frequency per 学期 is planned per half-year and one per 学年 per
calendar year — the nearest calendar periods; a branch whose school year matters can set the 团课
rule per month or quarter instead.

Also here: the 自行脱团 risk flag — six consecutive months without 组织生活 (rules.md §7.1).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from branchdesk.domain.dates import add_months, months_elapsed
from branchdesk.domain.profiles import Profile

# Items, in the order the plan and the home page list them.
ITEM_LABELS: Final[dict[str, str]] = {
    "dahui": "支部大会",
    "zhiwei": "支委会",
    "xiaozu": "团小组会",
    "tuanke": "团课",
    "theme_day": "主题团日",
    "pingyi": "团员教育评议",
    "zhuce": "团籍注册",
}

# Calendar periods: how many per year and how many months each lasts.
PERIOD_MONTHS: Final[dict[str, int]] = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}

# A profile Frequency.per → the calendar period it is planned in (see the module note).
_FREQUENCY_PERIOD: Final[dict[str, str]] = {
    "month": "month",
    "quarter": "quarter",
    "half_year": "half_year",
    "semester": "half_year",
    "school_year": "year",
    "year": "year",
}

# 团员教育评议 and 团籍注册: once a year (rules.md §2.2 "1 per year"; not a profile setting).
_ANNUAL_COUNT: Final = 1

_VERBS: Final[dict[str, str]] = {
    "dahui": "召开",
    "zhiwei": "召开",
    "xiaozu": "召开",
    "tuanke": "开展",
    "theme_day": "开展",
}

_QUARTERS: Final = ("第一季度", "第二季度", "第三季度", "第四季度")
_HALVES: Final = ("上半年", "下半年")
_THIS_PERIOD: Final[dict[str, str]] = {
    "month": "本月",
    "quarter": "本季度",
    "year": "今年",
}

DONE: Final = "done"
DUE: Final = "due"
OVERDUE: Final = "overdue"
UPCOMING: Final = "upcoming"


@dataclass(frozen=True)
class Requirement:
    """``count`` of ``item`` per ``period`` ("month", "quarter", "half_year" or "year")."""

    item: str
    label: str
    period: str
    count: int


def requirements(profile: Profile) -> list[Requirement]:
    """What the profile requires. A count of 0 (团小组会 "as needed") or an unset 团课 rule is
    left out."""
    reqs: list[Requirement] = []

    def add(item: str, period: str, count: int) -> None:
        if count > 0:
            reqs.append(Requirement(item, ITEM_LABELS[item], period, count))

    add("dahui", "quarter", profile.int_value("meeting.dahui.per_quarter"))
    add("zhiwei", "month", profile.int_value("meeting.zhiwei.per_month"))
    add("xiaozu", "month", profile.int_value("meeting.xiaozu.per_month"))
    tuanke = "meeting.tuanke.rule"
    if tuanke in profile and profile.is_set(tuanke):
        rule = profile.frequency(tuanke)
        add("tuanke", _FREQUENCY_PERIOD[rule.per], rule.count)
    add("theme_day", "month", profile.int_value("meeting.theme_day.per_month"))
    add("pingyi", "year", _ANNUAL_COUNT)
    add("zhuce", "year", _ANNUAL_COUNT)
    return reqs


@dataclass(frozen=True)
class PeriodStatus:
    """One item in one period of the year: how many were required and which records did it."""

    item: str
    label: str
    period: str
    index: int  # month 1–12, quarter 1–4, half 1–2, or 1 for the year
    start: date
    end: date  # the last day, inclusive
    required: int
    done: int
    state: str  # "done" | "due" | "overdue" | "upcoming"
    record_ids: tuple[int, ...]

    @property
    def missing(self) -> int:
        return max(0, self.required - self.done)

    def period_name(self, with_year: bool = False) -> str:
        """``3月``, ``第一季度``, ``上半年``, ``2025年``; ``with_year`` prefixes the year."""
        year = f"{self.start.year}年"
        if self.period == "year":
            return year
        if self.period == "month":
            name = f"{self.index}月"
        elif self.period == "quarter":
            name = _QUARTERS[self.index - 1]
        else:
            name = _HALVES[self.index - 1]
        return f"{year}{name}" if with_year else name


def periods(year: int, period: str) -> list[tuple[int, date, date]]:
    """(index, first day, last day) of each period of ``period`` in ``year``."""
    length = PERIOD_MONTHS[period]
    spans = []
    for index in range(1, 12 // length + 1):
        start = date(year, (index - 1) * length + 1, 1)
        end = add_months(start, length)
        spans.append((index, start, date.fromordinal(end.toordinal() - 1)))
    return spans


def _state(required: int, done: int, start: date, end: date, today: date) -> str:
    if done >= required:
        return DONE
    if end < today:
        return OVERDUE
    if start <= today:
        return DUE
    return UPCOMING


def year_plan(
    year: int,
    reqs: Sequence[Requirement],
    held: Mapping[str, Sequence[tuple[date, int]]],
    today: date,
) -> list[PeriodStatus]:
    """Every period of ``year`` for each requirement, in requirement order then period order.

    ``held[item]`` = (date, record id) of each meeting, evaluation or registration done. A
    period's records are those dated within it; extra records in one period do not make up for
    another. A period whose last day has passed short of records is overdue, the current one is
    due, later ones upcoming; a complete period is done whatever the date.
    """
    plan: list[PeriodStatus] = []
    for req in reqs:
        records = sorted(held.get(req.item, ()))
        for index, start, end in periods(year, req.period):
            inside = tuple(record_id for day, record_id in records if start <= day <= end)
            plan.append(
                PeriodStatus(
                    item=req.item,
                    label=req.label,
                    period=req.period,
                    index=index,
                    start=start,
                    end=end,
                    required=req.count,
                    done=len(inside),
                    state=_state(req.count, len(inside), start, end, today),
                    record_ids=inside,
                )
            )
    return plan


def carried_forward(plan: Sequence[PeriodStatus], today: date) -> list[PeriodStatus]:
    """The periods that ended before ``today`` short of records, oldest first."""
    late = [status for status in plan if status.missing and status.end < today]
    return sorted(late, key=lambda status: (status.end, status.start))


def current(plan: Sequence[PeriodStatus], today: date) -> list[PeriodStatus]:
    """The periods that contain ``today``."""
    return [status for status in plan if status.start <= today <= status.end]


def summary(plan: Sequence[PeriodStatus], today: date) -> list[str]:
    """Plain Chinese sentences for the home page: what is late (oldest first), then what is
    still needed in the current periods. One line saying all is done when nothing is left."""
    lines: list[str] = []
    late = carried_forward(plan, today)
    # The items late with nothing done share one sentence: "1月、2月的主题团日未开展（已逾期）".
    empty: dict[str, list[PeriodStatus]] = {}
    for status in late:
        if status.done == 0:
            empty.setdefault(status.item, []).append(status)
    said: set[str] = set()
    for status in late:
        with_year = status.start.year != today.year or status.period == "year"
        if status.done == 0:
            if status.item in said:
                continue
            said.add(status.item)
            names = _period_list(empty[status.item], with_year)
            lines.append(f"{names}的{status.label}{_not_done(status.item)}（已逾期）")
        else:
            lines.append(
                f"{status.period_name(with_year)}的{status.label}还差 {status.missing} 次（已逾期）"
            )
    for status in current(plan, today):
        if not status.missing:
            continue
        if status.period == "year" and status.required == _ANNUAL_COUNT and status.done == 0:
            lines.append(f"今年的{status.label}尚未完成")
            continue
        where = (
            status.period_name() if status.period == "half_year" else _THIS_PERIOD[status.period]
        )
        verb = _VERBS.get(status.item, "完成")
        lines.append(f"{where}还需{verb}{status.label} {status.missing} 次")
    if not lines:
        if plan and all(status.end < today for status in plan):
            return [f"{plan[0].start.year}年各项组织生活均已完成"]
        return ["本月各项组织生活均已完成"]
    return lines


def period_runs(statuses: Sequence[PeriodStatus]) -> str:
    """``第二季度``, ``3月、4月``, ``1月至6月、9月``: three or more periods in a row are joined."""
    runs: list[list[PeriodStatus]] = []
    for status in statuses:
        if runs and runs[-1][-1].index + 1 == status.index:
            runs[-1].append(status)
        else:
            runs.append([status])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0].period_name()}至{run[-1].period_name()}")
        else:
            parts.extend(status.period_name() for status in run)
    return "、".join(parts)


def _period_list(statuses: Sequence[PeriodStatus], with_year: bool) -> str:
    """``3月``, ``3月、4月``, ``1月至6月``, ``2024年第一季度至第三季度``, ``2024年1月、3月``."""
    text = period_runs(statuses)
    if statuses[0].period == "year":
        return statuses[0].period_name()
    return f"{statuses[0].start.year}年{text}" if with_year else text


def _not_done(item: str) -> str:
    verb = _VERBS.get(item)
    return f"未{verb}" if verb else "未完成"


# --- 自行脱团 risk ------------------------------------------------------------------------------


def lapse_months(profile: Profile) -> int:
    """How many months without 组织生活 flag a 自行脱团 risk: ``fee.lapse_months``.

    团章 第八条 [N] names one period — six consecutive months — for both 不交纳团费 and 不过团的
    组织生活 (rules.md §7.1), and ``fee.lapse_months`` is the setting that carries that article.
    ``transfer.lapse_months`` is a different trigger (an unreported 组织关系 transfer, from the
    团员证 rules, [N?]) and may be changed independently.
    """
    return profile.int_value("fee.lapse_months")


def months_without(dates: Sequence[date], today: date, since: date | None) -> int:
    """Whole months from the last activity up to ``today`` (dates after ``today`` are ignored).

    ``since`` (joined, or transferred in) is the start when there is no activity after it. With
    neither, there is nothing to count from and the answer is 0. Last activity 15 January, today
    15 July → 6; 14 July → 5.
    """
    past = [day for day in dates if day <= today]
    starts = [*past, *([since] if since is not None else [])]
    if not starts:
        return 0
    return months_elapsed(max(starts), today)


def lapse_risk(last_activity: date | None, joined: date | None, today: date, months: int) -> bool:
    """True when a member has gone ``months`` whole months (from :func:`lapse_months`) without
    组织生活, counted from the last activity or, failing that, the day they joined."""
    if last_activity is None and joined is None:
        return False
    dates = [last_activity] if last_activity is not None else []
    return months_without(dates, today, joined) >= months
