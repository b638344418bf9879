"""Document data of the 三会两制一课 forms: 会议记录, 签到表, the year's 会议台账, the 评议 and 注册
summaries (forms.md §6–§8).

Frozen dataclasses with every string already formatted for paper (dates as "2026年3月5日" per
GB/T 9704, no zero padding; code lists as names). Services build them
(``services.meeting_reports``); ``reports/<name>_pdf.py`` renders them; nothing here knows the
database or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Final

from branchdesk.domain.dates import YearMonth

BLANK_DATE: Final = "　　　　年　　月　　日"
SIGNATURE_LINE: Final = (
    "团支部书记（签字）：＿＿＿＿＿＿＿＿　　填表人：＿＿＿＿＿＿＿＿　　"
    "填报日期：　　　　年　　月　　日"
)
EMPTY_YEAR: Final = "（本年度无记录）"
BLANK_FORM: Final = "本表列出在册团员，可作空白表手工填写。"
QUARTER_NAMES: Final = ("第一季度", "第二季度", "第三季度", "第四季度")
CHECKED: Final = "☑"
UNCHECKED: Final = "☐"


# Column layouts, shared by the PDF renderers and the .xlsx sheets (widths in mm, Σ = 252:
# A4 landscape with margins 20/20/20/25).
LEDGER_HEADERS: Final = (
    "序号",
    "日期",
    "类型",
    "名称/主题",
    "主持人",
    "应到",
    "实到",
    "到会率",
    "表决事项数",
    "备注",
)
LEDGER_WIDTHS: Final = (10.0, 30.0, 20.0, 69.0, 18.0, 12.0, 12.0, 16.0, 15.0, 50.0)
PLAN_HEADERS: Final = ("项目", "要求", *QUARTER_NAMES, "全年", "完成情况")
PLAN_WIDTHS: Final = (28.0, 24.0, 30.0, 30.0, 30.0, 30.0, 20.0, 60.0)
EVALUATION_HEADERS: Final = (
    "序号",
    "姓名",
    "性别",
    "发展团员编号",
    "自评等次",
    "优秀",
    "合格",
    "基本合格",
    "不合格",
    "支委会\n建议等次",
    "上级团委\n审批等次",
    "是否准予\n注册",
    "备注",
)
EVALUATION_GROUPS: Final = (("", 5), ("测评得票", 4), ("", 4))
EVALUATION_WIDTHS: Final = (
    10.0,
    20.0,
    10.0,
    32.0,
    18.0,
    14.0,
    14.0,
    17.0,
    14.0,
    22.0,
    22.0,
    20.0,
    39.0,
)
REGISTRATION_HEADERS: Final = (
    "序号",
    "姓名",
    "性别",
    "出生年月",
    "入团年月",
    "团员证号/\n发展团员编号",
    "上年评议\n等次",
    "团费交至",
    "注册结果",
    "原因",
    "备注",
)
REGISTRATION_WIDTHS: Final = (10.0, 20.0, 10.0, 22.0, 22.0, 36.0, 22.0, 22.0, 22.0, 38.0, 28.0)
SIGN_IN_HEADERS: Final = ("序号", "姓名", "签名", "备注")
SIGN_IN_WIDTHS: Final = (18.0, 40.0, 62.0, 45.0)


def chinese_date(day: date | None) -> str:
    """``2026年3月5日`` (GB/T 9704: Arabic numerals, full year, no zero padding); "" for None."""
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"


def chinese_month(month: YearMonth | date | None) -> str:
    """``1998年5月``; "" for None."""
    return "" if month is None else f"{month.year}年{month.month}月"


def clock(value: time | None) -> str:
    """``8:30``, ``16:05`` (hours without padding, minutes always two digits)."""
    return "" if value is None else f"{value.hour}:{value.minute:02d}"


# --- 会议记录 ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckItem:
    """One box of the 会议类型 row: ``☑支部大会`` when ``checked``."""

    label: str
    checked: bool

    @property
    def text(self) -> str:
        return f"{CHECKED if self.checked else UNCHECKED}{self.label}"


@dataclass(frozen=True)
class VoteLine:
    """One 决议 as printed: its text, the counts line (empty when it was not voted on) and the
    rule check's sentence saying what actually happened."""

    text: str  # "1. 审议本年度团支部工作计划"
    counts: str  # "应到24人　实到22人　有表决权22人　赞成21票　反对0票　弃权1票"
    explanation: str
    passed: bool | None  # None: no vote


@dataclass(frozen=True)
class MinutesDoc:
    """One 会议记录 (forms.md §6): the outer grid from the top row to the signature row."""

    title: str  # "××团支部会议记录"
    kinds: tuple[CheckItem, ...]
    kind_name: str
    meeting_title: str
    date_text: str  # "2026年3月5日"
    time_text: str  # "16:30—17:30"
    place: str  # "公司团委活动室" / "线上" / "公司团委活动室（线上同步）"
    chair: str
    recorder: str
    expected: str  # "24人"
    present: str
    absent: str  # 请假 + 缺席
    observers: str  # 列席人员: names, or "无"
    # "请假（2人）：张三（出差）、李四（病假）", "缺席（1人）：王五（倒班）"; or ("无",)
    absentees: tuple[str, ...]
    agenda: tuple[str, ...]  # "1. 学习：学习上级团委文件精神"
    content: tuple[str, ...]  # paragraphs of 会议内容 / 讨论发言
    decisions: tuple[str, ...]  # paragraphs of the free-text 决议 / 总结
    votes: tuple[VoteLine, ...]
    lecturer: str | None  # 团课 主讲人; None for other kinds
    hours: str | None  # 团课 学时: "1.5学时"
    rate: str  # 到会率 "91.7%"
    footer: str
    warnings: tuple[str, ...] = ()  # the stored record's check findings (not printed)

    @property
    def kind_line(self) -> str:
        return "　".join(item.text for item in self.kinds)


# --- 签到表 ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignInRow:
    number: str
    name: str
    note: str


@dataclass(frozen=True)
class SignInDoc:
    """会议签到表 (forms.md §6 "Attendance sheet"): 序号 | 姓名 | 签名 | 备注, blank rows up to
    应到 + 5."""

    title: str  # "××团支部会议签到表"
    meeting_title: str  # "" → a blank line to fill in
    kind_name: str
    date_text: str
    time_text: str
    place: str
    expected: str  # "24人"
    rows: tuple[SignInRow, ...]
    footer: str


# --- 会议台账 ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerRow:
    number: str
    date_text: str
    kind: str
    title: str
    chair: str
    expected: str
    present: str
    rate: str
    votes: str
    note: str


@dataclass(frozen=True)
class PlanRow:
    """One item of the year against the profile: counts per quarter ("3/3" where the item is
    required per month or quarter, the bare count otherwise), the year, and 完成/未完成."""

    item: str
    requirement: str  # "每月1次"
    quarters: tuple[str, str, str, str]
    year_total: str  # "11/12"
    status: str  # "完成" / "未完成（缺11月）" / "进行中" / "未开始" / "不作要求"


@dataclass(frozen=True)
class MeetingLedgerDoc:
    """The year's 三会两制一课 记录簿 (台账): every meeting, then the count per type and quarter."""

    title: str
    subtitle: str  # "团支部：…　规则：…　制表日期：…"
    rows: tuple[LedgerRow, ...]  # empty → one row saying EMPTY_YEAR
    summary: str  # "全年共记录会议48次，其中到会不足1次。"
    plan_title: str
    plan_rows: tuple[PlanRow, ...]
    plan_note: str
    footer: str


# --- 评议汇总表 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationLine:
    number: str
    name: str
    gender: str
    dev_number: str
    self_grade: str  # not recorded yet: ""
    votes: tuple[str, str, str, str]  # 优秀, 合格, 基本合格, 不合格
    proposed: str
    approved: str
    may_register: str  # "是" / "否（暂缓注册）" / ""
    note: str


@dataclass(frozen=True)
class EvaluationSummaryDoc:
    """团员教育评议结果汇总表 (forms.md §7)."""

    title: str
    subtitle: str
    lines: tuple[EvaluationLine, ...]  # empty → one row saying EMPTY_YEAR
    totals: str  # "应参评30人　实参评27人　优秀7人（25.9%）　合格18人　基本合格1人　不合格1人"
    cap_check: str  # the 优秀 cap sentence (profile-driven)
    cap_exceeded: bool
    meeting_note: str  # the 评议 meeting and its attendance check, or ""
    footer: str
    status_note: str = ""  # "本年度尚未录入评议结果…" when nothing is stored for the year


# --- 注册汇总表 --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegistrationLine:
    number: str
    name: str
    gender: str
    birth: str  # "1998年5月"
    joined: str
    card: str  # "团员证号 / 发展团员编号"
    grade: str  # 上年评议等次
    fee_paid_to: str  # 团费交至: not tracked yet → ""
    outcome: str
    reason: str
    note: str


@dataclass(frozen=True)
class RegistrationSummaryDoc:
    """团籍注册汇总表 (forms.md §8)."""

    title: str
    subtitle: str
    lines: tuple[RegistrationLine, ...]  # empty → one row saying EMPTY_YEAR
    totals: str  # "应注册27人　已注册26人　暂缓1人　不予注册0人　注册率96.3%"
    footer: str
    status_note: str = ""  # "本年度尚未办理团籍注册…" when nothing is stored for the year
