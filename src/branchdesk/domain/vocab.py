"""Every code list of the member record, in one place.

Codes are what the database stores; names are what people see and what exports print. Lookups
are tolerant of what people type: "汉" means 汉族, "团员" means 共青团员, full-width and spaced
variants are folded. Sources: rules.md §12 (GB/T 3304 民族, GB/T 4762 政治面貌, GB/T 2261.1 性别,
智慧团建 学历 / 职业 / 团内职务 lists).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from branchdesk.domain.text import compact


@dataclass(frozen=True)
class Entry:
    """One value of a code list."""

    code: str
    name: str


@dataclass(frozen=True)
class CodeList:
    """An ordered code list with tolerant reverse lookup."""

    key: str
    label: str
    entries: tuple[Entry, ...]
    aliases: dict[str, str] = field(default_factory=dict)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __contains__(self, code: object) -> bool:
        return any(entry.code == code for entry in self.entries)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(entry.code for entry in self.entries)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(entry.name for entry in self.entries)

    def name(self, code: str | None) -> str:
        """Return the display name of ``code`` ("" for None or an unknown code)."""
        for entry in self.entries:
            if entry.code == code:
                return entry.name
        return ""

    def lookup(self, text: str | None) -> str | None:
        """Return the code for what somebody typed, or None when it matches nothing."""
        if text is None:
            return None
        key = compact(str(text))
        if not key:
            return None
        for entry in self.entries:
            if key in (entry.code, compact(entry.name)):
                return entry.code
        return self.aliases.get(key)


def _entries(pairs: Iterable[tuple[str, str]]) -> tuple[Entry, ...]:
    return tuple(Entry(code, name) for code, name in pairs)


def _numbered(names: Iterable[str]) -> tuple[Entry, ...]:
    return tuple(Entry(str(index), name) for index, name in enumerate(names, start=1))


GENDER = CodeList(
    "gender",
    "性别",
    _entries([("1", "男"), ("2", "女")]),
    aliases={"男性": "1", "女性": "2", "M": "1", "F": "2", "m": "1", "f": "2"},
)

_ETHNIC_NAMES = (
    "汉族",
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
)


def _ethnic_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for index, name in enumerate(_ETHNIC_NAMES, start=1):
        code = f"{index:02d}"
        aliases[name.removesuffix("族")] = code  # "汉" → 汉族, "维吾尔" → 维吾尔族
        aliases[str(index)] = code  # "1" typed for "01"
    # Old spelling and the typos of one provincial 智慧团建 build (rules.md §12.2, forms.md §2.3).
    aliases.update({"毛难族": "36", "毛难": "36", "哈呢族": "16", "僳僳族": "20"})
    aliases.update({"其他": "97", "其它": "97", "其它族": "97", "外国血统": "98"})
    aliases.update({"穿青人": "97"})
    return aliases


ETHNICITY = CodeList(
    "ethnicity",
    "民族",
    _entries(
        [(f"{i:02d}", name) for i, name in enumerate(_ETHNIC_NAMES, start=1)]
        + [("97", "其他"), ("98", "外国血统中国籍人士")]
    ),
    aliases=_ethnic_aliases(),
)

HAN = "01"

# Only the three values 智慧团建 accepts for a member; 群众 is not a member (rules.md §12.3).
POLITICAL_STATUS = CodeList(
    "political_status",
    "政治面貌",
    _entries([("03", "共青团员"), ("02", "中共预备党员"), ("01", "中共党员")]),
    aliases={
        "团员": "03",
        "共青团": "03",
        "中国共产主义青年团团员": "03",
        "预备党员": "02",
        "中共预备": "02",
        "党员": "01",
        "中国共产党党员": "01",
        "共产党员": "01",
    },
)
LEAGUE_MEMBER = "03"
PARTY_CODES = frozenset({"01", "02"})

# Values people put in the column that mean "not a member": rows carrying them are refused.
NON_MEMBER_POLITICAL = frozenset({"群众", "无党派人士", "少先队员", "入团积极分子", "积极分子"})

ID_TYPE = CodeList(
    "id_type",
    "证件类型",
    _entries([("1", "居民身份证"), ("2", "境外身份证件")]),
    aliases={
        "身份证": "1",
        "普通居民身份证": "1",
        "二代身份证": "1",
        "护照": "2",
        "境外身份证": "2",
    },
)
RESIDENT_ID = "1"

FULLTIME_EDUCATION = CodeList(
    "fulltime_education",
    "全日制学历",
    _numbered(
        [
            "博士",
            "博士在读",
            "硕士",
            "硕士在读",
            "普通本科",
            "普通本科在读",
            "普通专科",
            "普通专科在读",
            "普通高中",
            "普通高中在读",
            "中等职业教育",
            "中等职业教育在读",
            "初中",
            "初中在读",
            "小学",
        ]
    ),
    aliases={
        "本科": "5",
        "大学本科": "5",
        "本科在读": "6",
        "大专": "7",
        "专科": "7",
        "大专在读": "8",
        "高中": "9",
        "高中在读": "10",
        "中专": "11",
        "中职": "11",
        "职高": "11",
        "中专在读": "12",
        "研究生": "3",
        "硕士研究生": "3",
        "博士研究生": "1",
    },
)

HIGHEST_EDUCATION = CodeList(
    "highest_education",
    "最高学历",
    _numbered(
        [
            "初中",
            "高中",
            "大专",
            "本科",
            "硕士",
            "博士",
            "中职",
            "中职中专在读",
            "初中在读",
            "高中在读",
            "大专在读",
            "本科在读",
            "硕士在读",
            "博士在读",
            "小学",
        ]
    ),
    aliases={
        "大学本科": "4",
        "普通本科": "4",
        "专科": "3",
        "普通专科": "3",
        "普通高中": "2",
        "中专": "7",
        "中等职业教育": "7",
        "研究生": "5",
        "硕士研究生": "5",
        "博士研究生": "6",
        "普通本科在读": "12",
        "普通高中在读": "10",
        "普通专科在读": "11",
    },
)

OCCUPATION = CodeList(
    "occupation",
    "职业",
    _numbered(
        [
            "国有企业职工",
            "非公企业职工",
            "机关事业单位职工",
            "社会组织员工",
            "农民",
            "学生",
            "自由职业者",
            "公办高校教职工",
            "公办中学教职工",
            "公办中职教职工",
            "民办高校教职工",
            "民办中学教职工",
            "民办中职教职工",
            "其他",
        ]
    ),
    aliases={"在校学生": "6", "学生团员": "6", "其它": "14", "教师": "9", "公务员": "3"},
)

# The 智慧团建 支部-level list plus 团小组长, which the 支部 itself appoints (rules.md §12.6).
LEAGUE_POST = CodeList(
    "league_post",
    "团内职务",
    _entries(
        [
            ("1", "书记"),
            ("2", "副书记"),
            ("3", "组织委员"),
            ("4", "宣传委员"),
            ("5", "文体委员"),
            ("6", "生产委员"),
            ("7", "权益委员"),
            ("8", "志愿委员"),
            ("9", "其他"),
            ("10", "团小组长"),
        ]
    ),
    aliases={
        "团支部书记": "1",
        "支部书记": "1",
        "团支书": "1",
        "团支部副书记": "2",
        "组委": "3",
        "宣委": "4",
        "文体委": "5",
        "小组长": "10",
        "其它": "9",
        "委员": "9",
    },
)
# Words that mean "no post" in an import column.
NO_POST = frozenset({"无", "团员", "普通团员", "-", "—", "/", "否"})

# 团籍状态 (rules.md §12.7, the app's own list). 保留团籍 is derived: a party member who is active.
MEMBER_STATUS = CodeList(
    "member_status",
    "团籍状态",
    _entries(
        [
            ("active", "在团"),
            ("transferring", "转出中"),
            ("transferred", "已转出"),
            ("aged_out", "超龄离团"),
            ("withdrawn", "自愿退团"),
            ("lapsed", "自行脱团"),
            ("removed", "除名"),
            ("expelled", "开除团籍"),
        ]
    ),
    aliases={"正常": "active", "在册": "active", "满28周岁离团": "aged_out", "退团": "withdrawn"},
)
ACTIVE_STATUSES = frozenset({"active", "transferring"})

BRANCH_KIND = CodeList(
    "branch_kind",
    "支部类型",
    _entries(
        [
            ("school", "学校"),
            ("enterprise", "企业"),
            ("public", "机关事业单位"),
            ("rural", "农村"),
            ("community", "城市社区"),
            ("social", "社会组织"),
            ("other", "其他"),
        ]
    ),
)

# 团干部性质 (rules.md §12.6): only meaningful for a member holding a 团内职务.
CADRE_NATURE = CodeList(
    "cadre_nature",
    "团干部性质",
    _entries([("1", "专职"), ("2", "兼职"), ("3", "挂职")]),
    aliases={"专职团干部": "1", "兼职团干部": "2", "挂职团干部": "3"},
)

# 团内职务 that make a member a 团干部 in the annual return (书记 … 其他). 团小组长 (10) is
# appointed by the 支部 itself and is not counted (the same set sits on the 支委会).
CADRE_POSTS = frozenset({"1", "2", "3", "4", "5", "6", "7", "8", "9"})

# 单位所属行业类别 (forms.md §10.2, the 广东 智慧团建 组织数据统计表, keyed 01–16 in its order).
INDUSTRY = CodeList(
    "industry",
    "单位所属行业类别",
    _entries(
        [
            ("01", "党政机关"),
            ("02", "事业单位(不含公立学校)"),
            ("03", "普通高等院校"),
            ("04", "职业教育学校"),
            ("05", "普通高中"),
            ("06", "初中"),
            ("07", "小学"),
            ("08", "国有企业"),
            ("09", "集体企业"),
            ("10", "非公企业"),
            ("11", "新社会组织(不含民办学校)"),
            ("12", "军队"),
            ("13", "武警"),
            ("14", "城市社区"),
            ("15", "农村"),
            ("16", "其他"),
        ]
    ),
    aliases={"事业单位": "02", "高校": "03", "大学": "03", "社会组织": "11", "社区": "14"},
)

# The six 领域 of the 团内统计公报 (forms.md §10.3).
LEAGUE_DOMAIN = CodeList(
    "league_domain",
    "领域",
    _entries(
        [
            ("1", "学生"),
            ("2", "企业"),
            ("3", "乡镇(村)"),
            ("4", "机关事业单位"),
            ("5", "城市街道(社区)"),
            ("6", "社会组织和其他领域"),
        ]
    ),
)

# Default 领域 of each 行业类别 (forms.md §10.3 [Prop]); a branch may choose another.
DOMAIN_OF_INDUSTRY: dict[str, str] = {
    "01": "4",
    "02": "4",
    "03": "1",
    "04": "1",
    "05": "1",
    "06": "1",
    "07": "1",
    "08": "2",
    "09": "2",
    "10": "2",
    "11": "6",
    "12": "6",
    "13": "6",
    "14": "5",
    "15": "3",
    "16": "6",
}


def domain_of(industry: str | None, override: str | None = None) -> str | None:
    """The branch's 领域: the one chosen, else the default of its 行业类别 (None: neither set)."""
    if override is not None:
        return override
    return DOMAIN_OF_INDUSTRY.get(industry) if industry is not None else None


ALL_LISTS: tuple[CodeList, ...] = (
    GENDER,
    ETHNICITY,
    POLITICAL_STATUS,
    ID_TYPE,
    FULLTIME_EDUCATION,
    HIGHEST_EDUCATION,
    OCCUPATION,
    LEAGUE_POST,
    MEMBER_STATUS,
    BRANCH_KIND,
    CADRE_NATURE,
    INDUSTRY,
    LEAGUE_DOMAIN,
)
