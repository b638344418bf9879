"""Spreadsheets shaped like the ones secretaries really have: messy, mixed, partly broken."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from helpers.ids import make_id

ORG = "长春示范汽车零部件有限公司团支部"
ZHTJ_HEADERS = [
    "组织全称",
    "姓名",
    "性别",
    "出生年月",
    "民族",
    "手机号码",
    "团内职务",
    "政治面貌",
    "团员发展编号",
    "入团年月",
    "身份证号码",
]


@dataclass(frozen=True)
class MessyRoster:
    path: Path
    valid_names: list[str]
    invalid_rows: dict[int, str]  # Excel row number → what is wrong (a word of the message)


def write_messy_roster(path: Path) -> MessyRoster:
    """A 智慧团建-style export with a title row and every kind of problem we have seen."""
    wb = Workbook()
    ws = wb.active
    ws.title = "团员信息"
    ws.append(["长春示范汽车零部件有限公司团支部团员花名册"])  # title row above the header
    headers = list(ZHTJ_HEADERS)
    headers[1] = " 姓 名 "  # spaces inside the header
    headers[8] = "发展团员编号"  # the other spelling
    headers[10] = "身份证号："  # trailing full-width colon
    ws.append(headers)
    id_a = make_id(date(2001, 5, 3))
    id_b = make_id(date(2004, 3, 9), female=True)
    id_x = "11010519491231002x"  # valid once the x is upper-cased, but born 1949: too old
    id_c = make_id(date(2003, 7, 21), female=True, seq=40)
    id_d = make_id(date(2000, 1, 30), seq=77)
    id_e = make_id(date(2002, 11, 2), seq=5)
    id_f = make_id(date(1999, 12, 31), female=True, seq=88)
    rows: list[list[object]] = [
        # 3: fine; 民族 written short; the ID column is text
        [ORG, "张三", "男", "2001-05", "汉", "13800000001", "", "团员", "", "2016.05", id_a],
        # 4: full-width digits in the ID, Chinese date
        [
            ORG,
            "李小红",
            "女",
            "2004年3月",
            "朝鲜族",
            "13800000002",
            "组织委员",
            "共青团员",
            "201800000001",
            "2018年5月",
            _full_width(id_b),
        ],
        # 5: ID typed into a numeric cell by Excel: digits lost
        [
            ORG,
            "王五",
            "男",
            "2003-02",
            "汉族",
            "13800000003",
            "",
            "共青团员",
            "",
            "2017-09",
            float("110101200302030000"),
        ],
        # 6: ID that Excel padded with 000
        [
            ORG,
            "赵六",
            "男",
            "2003-02",
            "汉族",
            "13800000004",
            "",
            "共青团员",
            "",
            "2016-09",
            "110101200302031000",
        ],
        # 7: the same person as row 3 again
        [ORG, "张三", "男", "2001-05", "汉族", "13800000001", "", "团员", "", "2016-05", id_a],
        # 8: an ethnic group outside GB/T 3304
        [
            ORG,
            "孙七",
            "女",
            "2003-07",
            "火星族",
            "13800000005",
            "",
            "共青团员",
            "201800000002",
            "2018-07",
            id_c,
        ],
        # 9: not a member at all
        [ORG, "周八", "男", "2000-01", "汉族", "13800000006", "", "群众", "", "", id_d],
        # 10: joined at 9 years old: impossible
        [ORG, "吴九", "男", "2002-11", "汉族", "13800000007", "", "共青团员", "", "2011-12", id_e],
        # 11: born in the future
        [ORG, "郑十", "女", "2099-01", "汉族", "13800000008", "", "共青团员", "", "2016-01", ""],
        # 12: blank row — skipped, not an error
        [None] * 11,
        # 13: dates as real Excel date cells; dev number prefix differs (a warning only)
        [
            ORG,
            "钱多多",
            "女",
            datetime(1999, 12, 31),
            "满",
            "13800000009",
            "",
            "共青团员",
            "201500000003",
            datetime(2014, 5, 1),
            id_f,
        ],
        # 14: compact dates 200403 / 201805 and no ID (allowed, warned)
        [
            ORG,
            "冯小宝",
            "男",
            "200403",
            "回族",
            "13800000010",
            "",
            "共青团员",
            "201800000004",
            "201805",
            None,
        ],
        # 15: no name
        [ORG, "", "男", "2002-01", "汉族", "13800000011", "", "共青团员", "", "2016-05", None],
        # 16: sex contradicts the ID
        [
            ORG,
            "陈一",
            "女",
            "2000-01",
            "汉族",
            "13800000012",
            "",
            "共青团员",
            "",
            "2015-05",
            make_id(date(2000, 1, 2), seq=9),
        ],
        # 17: a phone number with letters
        [
            ORG,
            "褚二",
            "男",
            "2002-06",
            "汉族",
            "138abc00013",
            "",
            "共青团员",
            "",
            "2017-06",
            make_id(date(2002, 6, 6), seq=10),
        ],
        # 18: lower-case x, but the person would have joined at 66: refused
        [ORG, "卫三", "女", "1949-12", "汉族", "13800000014", "", "共青团员", "", "2015-05", id_x],
        # 19: a 预备党员 keeping 团籍, Excel date in 出生年月 as a serial number
        [
            ORG,
            "蒋四",
            "男",
            37476,
            "蒙古",
            "13800000015",
            "",
            "预备党员",
            "",
            "2017-03",
            make_id(date(2002, 8, 8), seq=11),
        ],
    ]
    for row in rows:
        ws.append(row)
    # The ID column must be text where it is text; openpyxl keeps Python types as given.
    wb.save(path)
    return MessyRoster(
        path=path,
        valid_names=["张三", "李小红", "钱多多", "冯小宝", "蒋四"],
        invalid_rows={
            5: "Excel",
            6: "Excel",
            7: "第3行",
            8: "火星族",
            9: "群众",
            10: "未满14周岁",
            11: "晚于",
            15: "姓名",
            16: "性别",
            17: "手机号码",
            18: "已满28周岁",
        },
    )


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)
