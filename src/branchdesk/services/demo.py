"""A realistic sample branch for newcomers, screenshots and tests (``branchdesk demo``).

Everything is invented but valid: IDs pass the GB 11643 check, ages follow the rules, a few
members sit on the interesting edges (one past 28 without a post, one about to turn 28, a
secretary past 28 who keeps 团籍, party members who keep 团籍).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from branchdesk.domain import idcard
from branchdesk.domain.dates import YearMonth, nth_birthday
from branchdesk.domain.members import MemberInput
from branchdesk.errors import ConflictError
from branchdesk.services.container import Services
from branchdesk.services.schemas import BranchInput, BranchRead

DEMO_BRANCH = BranchInput(
    name="长春示范汽车零部件有限公司团支部",
    parent_committee="共青团长春示范汽车集团有限公司委员会",
    kind="enterprise",
    secretary="王海燕",
    profile_key="jilin-2021",
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
                group_name=_GROUPS[index % len(_GROUPS)],
                phone=f"1{rng.choice('3578')}{rng.randint(0, 999999999):09d}",
                household=_HOUSEHOLDS[region],
                unit_at_join=rng.choice(_SCHOOLS),
                note="2023年度优秀共青团员" if index == 2 else None,
            )
        )
    return members


def load_demo(services: Services) -> BranchRead:
    """Create the sample branch and its members in an empty data directory."""
    if services.branches.list():
        raise ConflictError(
            "该数据目录中已有团支部数据；示例数据只能载入新的空数据目录（可用 --data-dir 指定）"
        )
    branch = services.branches.create(DEMO_BRANCH)
    services.members.create_many(branch.id, demo_members(date.today()))
    return branch
