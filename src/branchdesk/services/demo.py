"""A realistic sample branch for newcomers, screenshots and tests (``branchdesk demo``).

Everything is invented but valid: IDs pass the GB 11643 check, ages follow the rules, a few
members sit on the interesting edges (one past 28 without a post, one about to turn 28, a
secretary past 28 who keeps 团籍, party members who keep 团籍).

The branch also gets about fifteen months of 组织生活 up to today (all dates relative to today,
so the demo always looks current): a 支部大会 each quarter (one of them the year-end 评议
meeting), a 支委会 every month except the last one — so the calendar shows one late item —, a
主题团日 every month, a few 团课 with 学时 and two 团小组会; last year's 评议 with grades and the
注册 of last year and this year.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import YearMonth, add_months, nth_birthday
from branchdesk.domain.meetings import MeetingKind
from branchdesk.domain.members import MemberInput
from branchdesk.domain.reviews import Grade, RegistrationOutcome
from branchdesk.errors import ConflictError
from branchdesk.services.container import Services
from branchdesk.services.lifecycle_demo import load_demo_lifecycle
from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    EvaluationInput,
    MeetingInput,
    RegistrationInput,
    ResolutionInput,
)
from branchdesk.services.rating_demo import load_rating_demo
from branchdesk.services.schemas import BranchInput, BranchRead, MemberRead
from branchdesk.services.transfer_demo import load_demo_transfers

DEMO_BRANCH = BranchInput(
    name="长春示范汽车零部件有限公司团支部",
    parent_committee="共青团长春示范汽车集团有限公司委员会",
    kind="enterprise",
    secretary="王海燕",
    profile_key="jilin-2021",
    industry="10",  # 非公企业 → 领域 企业
)

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN_M = [
    "浩宇",
    "子轩",
    "俊杰",
    "志强",
    "明辉",
    "建军",
    "天宇",
    "博文",
    "鹏飞",
    "晓东",
    "振华",
    "宇航",
    "嘉豪",
    "文涛",
    "海波",
    "立新",
    "一鸣",
    "思远",
    "国栋",
    "云龙",
]
_GIVEN_F = [
    "欣怡",
    "雨桐",
    "思雨",
    "佳琪",
    "梦瑶",
    "静怡",
    "晓雪",
    "雅婷",
    "诗涵",
    "海燕",
    "丽娜",
    "婉清",
    "若曦",
    "慧敏",
    "春燕",
    "可馨",
    "心怡",
    "紫萱",
    "玉洁",
    "秀英",
]
_REGIONS = (
    "220102",
    "220103",
    "220104",
    "220105",
    "220106",
    "220112",
    "220122",
    "220202",
    "220281",
    "222401",
)
_HOUSEHOLDS = {
    "220102": "吉林省长春市南关区",
    "220103": "吉林省长春市宽城区",
    "220104": "吉林省长春市朝阳区",
    "220105": "吉林省长春市二道区",
    "220106": "吉林省长春市绿园区",
    "220112": "吉林省长春市双阳区",
    "220122": "吉林省长春市农安县",
    "220202": "吉林省吉林市昌邑区",
    "220281": "吉林省蛟河市",
    "222401": "吉林省延吉市",
}
_SCHOOLS = (
    "长春市第十一中学",
    "长春市实验中学",
    "吉林市第一中学",
    "延边第二中学",
    "农安县实验中学",
    "长春市第二中学",
)
_GROUPS = ("冲压车间团小组", "总装车间团小组", "技术中心团小组")


@dataclass(frozen=True)
class _Plan:
    age_days: int  # age in days today
    female: bool
    post: str | None = None
    political: str = "03"
    ethnicity: str = "01"


def _plans(rng: random.Random) -> list[_Plan]:
    year = 365
    plans = [
        _Plan(28 * year + 200, True, post="1"),  # the secretary, past 28, keeps 团籍
        _Plan(27 * year + 20, False, post="3"),  # 组织委员
        _Plan(24 * year + 100, True, post="4"),  # 宣传委员
        _Plan(25 * year + 40, False, post="10"),  # 团小组长
        _Plan(23 * year + 300, True, post="10"),  # 团小组长
        _Plan(28 * year + 40, False),  # past 28, no post: 应办理超龄离团
        _Plan(28 * year - 30, True),  # turns 28 within the reminder window
        _Plan(26 * year + 10, False, political="01"),  # party member keeping 团籍
        _Plan(22 * year + 90, True, political="02"),  # 预备党员
        _Plan(21 * year + 5, False, ethnicity="10"),
        _Plan(20 * year + 200, True, ethnicity="11"),
        _Plan(24 * year + 10, False, ethnicity="03"),
        _Plan(19 * year + 150, True, ethnicity="02"),
    ]
    while len(plans) < 30:
        plans.append(_Plan(rng.randint(18 * year, 27 * year), rng.random() < 0.45))
    return plans


def _id_number(rng: random.Random, region: str, born: date, female: bool) -> str:
    sequence = rng.randrange(0, 999)
    if sequence % 2 != (0 if female else 1):
        sequence = (sequence + 1) % 1000
    if sequence == 0:
        sequence = 2 if female else 1
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + idcard.check_char(first17)


def _cadre_nature(post: str | None) -> str | None:
    """The secretary works for the League full-time, the other 支委 part-time; 团小组长 are
    not 团干部."""
    if post is None or post not in vocab.CADRE_POSTS:
        return None
    return "1" if post == "1" else "2"


def demo_members(today: date, seed: int = 2021) -> list[MemberInput]:
    """The sample roster as inputs (deterministic for a given seed and day)."""
    rng = random.Random(seed)
    used_names: set[str] = set()
    members = []
    serial = 1
    for index, plan in enumerate(_plans(rng)):
        born = today - timedelta(days=plan.age_days)
        while True:
            given = rng.choice(_GIVEN_F if plan.female else _GIVEN_M)
            name = rng.choice(_SURNAMES) + given
            if name not in used_names:
                used_names.add(name)
                break
        region = rng.choice(_REGIONS)
        join_age_birthday = nth_birthday(born, 14)
        join_day = join_age_birthday + timedelta(days=rng.randint(30, 900))
        join = YearMonth.of(join_day)
        dev_number = None
        if join.year >= 2017:
            dev_number = f"{join.year}{22:02d}{serial:06d}"
            serial += 1
        education = rng.choice(["7", "5", "11", "9"])
        members.append(
            MemberInput(
                name=name,
                gender="2" if plan.female else "1",
                ethnicity=plan.ethnicity,
                birth_date=born,
                id_number=_id_number(rng, region, born, plan.female),
                political_status=plan.political,
                join_month=join,
                dev_number=dev_number,
                card_number=f"{rng.randint(100, 999)}{rng.randint(0, 99999):05d}",
                fulltime_education=education,
                highest_education={"7": "3", "5": "4", "11": "7", "9": "2"}[education],
                occupation="2",
                league_post=plan.post,
                post_since=YearMonth(today.year - 1, 9) if plan.post else None,
                cadre_nature=_cadre_nature(plan.post),
                group_name=_GROUPS[index % len(_GROUPS)],
                phone=f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}",
                household=_HOUSEHOLDS[region],
                unit_at_join=rng.choice(_SCHOOLS),
                note="2023年度优秀共青团员" if index == 2 else None,
            )
        )
    return members


def load_demo(services: Services) -> BranchRead:
    """Create the sample branch, its members and a year of 组织生活 in an empty data directory."""
    if services.branches.list():
        raise ConflictError(
            "该数据目录中已有团支部数据；示例数据只能载入新的空数据目录（可用 --data-dir 指定）"
        )
    today = services.today()
    branch = services.branches.create(DEMO_BRANCH)
    saved = services.members.create_many(branch.id, demo_members(today))
    _DemoYear(services, branch.id, [result.member for result in saved], today).load()
    load_rating_demo(services.rating, branch.id, today)  # 对标定级 (issue 5)
    # 组织关系转接 and 学社衔接 (issue 6): services/transfer_demo.py
    load_demo_transfers(services.transfers, branch.id, [r.member for r in saved], today)
    load_demo_lifecycle(services, branch.id, today)  # 发展团员, 处分, 推优 (issue 6)
    return branch


# --- 三会两制一课 ---------------------------------------------------------------------------

_THEMES = (
    "学习贯彻习近平新时代中国特色社会主义思想",
    "弘扬雷锋精神 争做时代新人",
    "传承五四精神 青春建功新时代",
    "学党史 强信念 跟党走",
    "安全生产月 青年当先锋",
    "喜迎建党节 青春心向党",
    "绿色低碳 青年行动",
    "铭记历史 勿忘国耻",
    "岗位建功 争创青年文明号",
    "关爱留守儿童 志愿服务进社区",
    "学习团章 重温入团誓词",
    "年终总结 展望新年",
)
_LESSONS = (
    ("共青团的性质和任务", "党支部书记 刘国庆", Decimal("1.5")),
    ("团史中的青年榜样", "团委书记 孙丽", Decimal("2")),
    ("新时代青年的责任与担当", "党支部书记 刘国庆", Decimal("1.5")),
    ("团员的权利和义务", "团委副书记 马骏", Decimal("1")),
    ("工匠精神与岗位成才", "车间主任 韩志刚", Decimal("1.5")),
)
_REASONS = ("出差", "病假", "倒班", "事假", "外出培训")
# The last months of the year are when 评议 happens; the rest get a work-plan vote.
_DAHUI_TOPICS = {
    1: "审议本年度团支部工作计划",
    2: "讨论上半年工作总结",
    3: "审议下半年重点工作安排",
    4: "审议年度团费收缴情况",
}


class _DemoYear:
    """Fifteen months of meetings, last year's 评议 and two years of 注册 (deterministic)."""

    def __init__(
        self, services: Services, branch_id: int, members: list[MemberRead], today: date
    ) -> None:
        self.services = services
        self.branch_id = branch_id
        self.today = today
        self.rng = random.Random(today.toordinal())
        self.members = members
        self.secretary = members[0].id
        self.recorder = members[1].id  # 组织委员
        self.party = {m.id for m in members if m.data.political_status in vocab.PARTY_CODES}

    def load(self) -> None:
        start = add_months(self.today.replace(day=1), -15)
        missed = add_months(self.today.replace(day=1), -1)  # last month's 支委会 never happened
        evaluation_day = date(self.today.year - 1, 12, 10)
        month = start
        index = 0
        while month <= self.today:
            if month != missed:
                self._meeting(MeetingKind.ZHIWEI, month.replace(day=5))
            self._meeting(
                MeetingKind.THEME_DAY, month.replace(day=18), theme=_THEMES[month.month - 1]
            )
            quarter = (month.month - 1) // 3 + 1
            if month.month % 3 == 2 and (month.year, quarter) != (evaluation_day.year, 4):
                self._meeting(
                    MeetingKind.DAHUI, month.replace(day=15), topic=_DAHUI_TOPICS[quarter]
                )
            if month.month % 3 == 0:
                self._meeting(MeetingKind.TUANKE, month.replace(day=25), lesson=index)
                index += 1
            if month.month in (4, 10):
                self._meeting(MeetingKind.XIAOZU, month.replace(day=12))
            if month == evaluation_day.replace(day=1):
                self._evaluation(evaluation_day)
            month = add_months(month, 1)
        self._registrations()

    # ---- meetings ----------------------------------------------------------------------------

    def _sheet(self, kind: str, day: date, group: str | None = None) -> tuple[AttendanceInput, ...]:
        lines = []
        leaders = {self.secretary, self.recorder, self._group_leader()}
        for entry in self.services.meetings.expected_roster(self.branch_id, kind, day, group):
            roll = self.rng.random()
            if entry.member_id in leaders:
                roll = 1.0  # whoever chairs or keeps the minutes was there
            if roll < 0.05:
                presence, reason = "absent", self.rng.choice(_REASONS)
            elif roll < 0.12:
                presence, reason = "leave", self.rng.choice(_REASONS)
            else:
                presence, reason = "present", None
            lines.append(AttendanceInput(entry.member_id, entry.name, presence, reason))
        return tuple(lines)

    def _meeting(
        self,
        kind: MeetingKind,
        day: date,
        theme: str = "",
        topic: str = "",
        lesson: int = 0,
        evaluation: bool = False,
    ) -> int | None:
        if day > self.today:
            return None
        group = _GROUPS[0] if kind is MeetingKind.XIAOZU else None
        attendance = self._sheet(kind, day, group)
        present = sum(1 for line in attendance if line.presence == "present")
        base = MeetingInput(
            kind=kind,
            title="",
            held_on=day,
            start_time=time(16, 30),
            end_time=time(17, 30),
            place="公司团委活动室",
            chair_id=self.secretary,
            recorder_id=self.recorder,
            attendance=attendance,
        )
        if kind is MeetingKind.ZHIWEI:
            meeting = _with(
                base,
                title=f"{day.month}月支委会",
                agenda=(AgendaInput("assignment", f"研究部署{day.month}月团支部工作"),),
                content="书记通报上月工作完成情况；各委员汇报分管工作；研究本月主题团日安排。散会。",
                decisions=f"确定{day.month}月主题团日方案，由宣传委员具体组织。",
            )
        elif kind is MeetingKind.THEME_DAY:
            meeting = _with(
                base,
                title=f"{day.month}月主题团日：{theme}",
                start_time=time(14, 0),
                end_time=time(16, 0),
                agenda=(AgendaInput("study", theme),),
                content=f"围绕“{theme}”集中学习、交流发言，团员代表谈认识体会。散会。",
            )
        elif kind is MeetingKind.TUANKE:
            subject, lecturer, hours = _LESSONS[lesson % len(_LESSONS)]
            meeting = _with(
                base,
                title=f"团课：{subject}",
                lecturer=lecturer,
                hours=hours,
                place="公司多功能厅",
                agenda=(AgendaInput("study", subject),),
                content=f"{lecturer}讲授“{subject}”，团员交流学习体会。散会。",
            )
        elif kind is MeetingKind.XIAOZU:
            meeting = _with(
                base,
                title=f"{_GROUPS[0]}{day.month}月团小组会",
                group_name=_GROUPS[0],
                chair_id=self._group_leader(),
                place="冲压车间会议室",
                agenda=(AgendaInput("study", "学习团支部工作安排"),),
                content="组长传达团支部工作安排，组员结合岗位谈打算。散会。",
            )
        elif evaluation:
            meeting = _with(
                base,
                title=f"{day.year}年度团员教育评议暨组织生活会",
                agenda=(
                    AgendaInput("evaluation", "团员自评、互评，测评投票"),
                    AgendaInput("life_meeting", "开展批评与自我批评"),
                ),
                content="团员逐一自评，开展互评；进行测评投票；书记作总结。散会。",
                resolutions=(
                    ResolutionInput(
                        "通过本年度团员教育评议测评结果，建议等次报上级团委审批",
                        vote_kind="evaluation",
                        yes=present,
                    ),
                ),
            )
        else:
            meeting = _with(
                base,
                title=f"{day.year}年第{(day.month - 1) // 3 + 1}季度支部大会",
                agenda=(AgendaInput("study", "学习上级团委文件精神"), AgendaInput("report", topic)),
                content=f"书记传达上级团委文件精神；{topic}，团员讨论发言。散会。",
                decisions=f"会议表决通过：{topic}。",
                resolutions=(
                    ResolutionInput(topic, vote_kind="general", yes=present - 1, abstain=1),
                ),
            )
        return self.services.meetings.create(self.branch_id, meeting).id

    def _group_leader(self) -> int | None:
        for member in self.members:
            if member.data.group_name == _GROUPS[0] and member.data.league_post == "10":
                return member.id
        return self.secretary

    # ---- 评议 and 注册 ---------------------------------------------------------------------------

    def _evaluation(self, day: date) -> None:
        meeting_id = self._meeting(MeetingKind.DAHUI, day, evaluation=True)
        year = day.year
        sheet = self.services.reviews.evaluation_sheet(self.branch_id, year)
        graded = [row for row in sheet if not row.optional]
        excellent = max(1, len(graded) * 3 // 10 - 1)  # under the 30% cap
        decided = day + timedelta(days=10)
        voters = sum(1 for row in sheet)
        rows = []
        for position, row in enumerate(graded):
            if position < excellent:
                grade = Grade.EXCELLENT
            elif position == len(graded) - 1:
                grade = Grade.UNQUALIFIED
            elif position == len(graded) - 2:
                grade = Grade.BASIC
            else:
                grade = Grade.QUALIFIED
            excellent_votes, qualified, basic, unqualified = _votes(grade, voters)
            rows.append(
                EvaluationInput(
                    member_id=row.member_id,
                    self_note="认真学习，按时参加组织生活，岗位工作完成较好。",
                    votes_excellent=excellent_votes,
                    votes_qualified=qualified,
                    votes_basic=basic,
                    votes_unqualified=unqualified,
                    proposed_grade=grade,
                    approved_grade=grade,
                    decided_on=decided,
                    meeting_id=meeting_id,
                )
            )
        rows.extend(
            EvaluationInput(member_id=row.member_id, exempt=True, meeting_id=meeting_id)
            for row in sheet
            if row.optional
        )
        self.services.reviews.save_evaluations(self.branch_id, year, rows)

    def _registrations(self) -> None:
        for year in (self.today.year - 1, self.today.year):
            decided = min(self.today, date(year, 3, 15))
            rows = []
            for row in self.services.reviews.registration_sheet(self.branch_id, year):
                if row.member_id in self.party:
                    rows.append(
                        RegistrationInput(row.member_id, RegistrationOutcome.EXEMPT, "", decided)
                    )
                elif not row.eligible:
                    reason = f"{row.grade_year}年度评议不合格，限期改正后再行注册"
                    rows.append(
                        RegistrationInput(
                            row.member_id, RegistrationOutcome.DEFERRED, reason, decided
                        )
                    )
                else:
                    rows.append(
                        RegistrationInput(
                            row.member_id, RegistrationOutcome.REGISTERED, "", decided
                        )
                    )
            self.services.reviews.save_registrations(self.branch_id, year, rows)


def _with(meeting: MeetingInput, **changes: object) -> MeetingInput:
    return replace(meeting, **changes)  # type: ignore[arg-type]


def _votes(grade: Grade, voters: int) -> tuple[int, int, int, int]:
    """A plausible 测评 result (优秀, 合格, 基本合格, 不合格) for a grade."""
    if grade is Grade.EXCELLENT:
        top = voters * 2 // 3
        return top, voters - top, 0, 0
    if grade is Grade.QUALIFIED:
        return 2, voters - 3, 1, 0
    if grade is Grade.BASIC:
        return 0, voters // 3, voters - voters // 3 - 1, 1
    return 0, 1, voters // 3, voters - voters // 3 - 1
