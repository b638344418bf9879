"""Reading and writing member sheets (branchdesk.io): header matching, cell types, round trips."""

from __future__ import annotations

import datetime
import io as stdio
import re
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from branchdesk.errors import BranchdeskError, ImportFileError
from branchdesk.io import layouts
from branchdesk.io.excel_read import MAX_BLANK_RUN, CellValue, read_roster
from branchdesk.io.excel_write import REASON_HEADER, ROSTER_SHEET, write_error_rows, write_roster

CJK = re.compile(r"[\u4e00-\u9fff]")

ZHTJ_HEADERS = [
    "组织全称", "姓名", "性别", "出生年月", "民族", "手机号码", "团内职务", "政治面貌",
    "团员发展编号", "入团年月",
]  # fmt: skip
ZHTJ_KEYS = [
    "org_name", "name", "gender", "birth_date", "ethnicity", "phone", "league_post",
    "political_status", "dev_number", "join_month",
]  # fmt: skip


# --- helpers ---------------------------------------------------------------------------------


def make_xlsx(
    path: Path,
    rows: Sequence[Sequence[object] | None],
    *,
    sheet: str = "Sheet1",
    sheets_before: Sequence[tuple[str, Sequence[Sequence[object]]]] = (),
) -> Path:
    """Write ``rows`` from row 1 down; a ``None`` row leaves that row out of the file entirely."""
    workbook = openpyxl.Workbook()
    first = workbook.active
    for index, (title, other_rows) in enumerate(sheets_before):
        ws = first if index == 0 else workbook.create_sheet()
        ws.title = title
        for other in other_rows:
            ws.append(list(other))
    ws = workbook.create_sheet() if sheets_before else first
    ws.title = sheet
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row or (), start=1):
            ws.cell(row=number, column=column, value=value)
    workbook.save(path)
    return path


def member_row(number: int) -> list[object]:
    return [
        "吉林省长春市某中学高三（1）班团支部",
        f"张{number}",
        "男",
        "2005-03",
        "汉族",
        f"1381234{number:04d}",
        "",
        "共青团员",
        f"2019{number:08d}",
        "2019-05",
    ]


def values_of(path: Path) -> list[dict[str, CellValue]]:
    return [row.values for row in read_roster(path).rows]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# --- header matching -------------------------------------------------------------------------


SYNONYMS = {
    "org_name": ["组织全称", "所在团支部", "团支部"],
    "name": ["姓名"],
    "dev_number": ["团员发展编号", "发展团员编号", "团员编号", "发展编号"],
    "join_month": ["入团年月", "入团时间", "入团日期"],
    "id_number": ["身份证号码", "身份证号", "公民身份号码", "证件号码"],
    "phone": ["手机号码", "手机号", "联系电话", "电话"],
    "birth_date": ["出生年月", "出生日期"],
    "post_since": ["任职年月", "任现职年月", "任职时间"],
    "league_post": ["团内职务", "团内现任职务", "现任职务"],
    "fulltime_education": ["全日制学历", "文化程度"],
    "household": ["户籍所在地", "户籍地", "户籍"],
    "status": ["团籍状态", "状态"],
    "note": ["备注", "说明"],
}


@pytest.mark.parametrize(
    ("header", "key"),
    [(header, key) for key, headers in SYNONYMS.items() for header in headers],
)
def test_synonyms_match(header: str, key: str) -> None:
    assert layouts.match_header(header) == key


@pytest.mark.parametrize("key", sorted(layouts.FULL.keys))
def test_every_full_layout_header_and_field_label_matches(key: str) -> None:
    assert layouts.match_header(layouts.FULL.spec(key).header) == key
    from branchdesk.domain.members import FIELD_LABELS

    if key in FIELD_LABELS:
        assert layouts.match_header(FIELD_LABELS[key]) == key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("姓 名", "name"),
        ("姓名：", "name"),
        ("姓名:", "name"),
        ("*姓名", "name"),
        ("＊姓名＊", "name"),
        ("\u3000姓\u3000名\u3000", "name"),
        ("身份证\n号码", "id_number"),
        ("身份证号码\r\n（必填）", "id_number"),
        ("* 团员发展编号：", "dev_number"),
        ("出生年月(YYYY-MM)", "birth_date"),
        (" 手机号码 ： ", "phone"),
    ],
)
def test_header_variants_match(header: str, key: str) -> None:
    assert layouts.match_header(header) == key


@pytest.mark.parametrize("header", ["学号", "", None, "序号", "编号", "姓名拼音", "12"])
def test_unrelated_headers_do_not_match(header: str | None) -> None:
    assert layouts.match_header(header) is None


def test_id_like_columns_are_text_only() -> None:
    for layout in layouts.LAYOUTS.values():
        flagged = {spec.key for spec in layout.all_columns if spec.text_only}
        assert flagged == layout.keys & {"id_number", "dev_number", "card_number", "phone"}


def test_layout_orders() -> None:
    assert [spec.header for spec in layouts.ZHTJ.columns] == ZHTJ_HEADERS
    assert [spec.key for spec in layouts.ZHTJ.columns] == ZHTJ_KEYS
    assert [spec.header for spec in layouts.ZHTJ.optional] == ["身份证号码"]
    full = [spec.key for spec in layouts.FULL.columns]
    assert full[:3] == ["org_name", "name", "id_number"]
    from branchdesk.domain.members import FIELD_LABELS

    assert [k for k in full if k not in ("org_name", "id_number")] == [
        k for k in FIELD_LABELS if k != "id_number"
    ]
    assert layouts.FULL.spec("id_number").header == "身份证号码"


def test_unknown_layout_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        layouts.get_layout("xls")


# Hypothesis: any order, any accepted synonym, any decoration → the same key → column map.
_HEADERS_BY_KEY: dict[str, list[str]] = {}
for _norm, _key in sorted(layouts.HEADER_SYNONYMS.items()):
    _HEADERS_BY_KEY.setdefault(_key, []).append(_norm)
_DECORATIONS = [
    lambda h: h,
    lambda h: f"*{h}",
    lambda h: f"{h}：",
    lambda h: f"{h}:",
    lambda h: " ".join(h),
    lambda h: f"\u3000{h}\n",
    lambda h: f"＊{h[:1]}\n{h[1:]}：",
]


@st.composite
def header_rows(draw: st.DrawFn) -> tuple[list[str], dict[str, int]]:
    others = sorted(key for key in _HEADERS_BY_KEY if key != "name")
    keys = [
        "name",
        *draw(st.lists(st.sampled_from(others), unique=True, min_size=1, max_size=len(others))),
    ]
    keys = draw(st.permutations(keys))
    cells = []
    for key in keys:
        header = draw(st.sampled_from(_HEADERS_BY_KEY[key]))
        cells.append(draw(st.sampled_from(_DECORATIONS))(header))
    return cells, {key: index for index, key in enumerate(keys, start=1)}


@given(header_rows())
def test_header_permutations_map_to_same_columns(case: tuple[list[str], dict[str, int]]) -> None:
    cells, expected = case
    match = layouts.match_header_row(cells)
    assert match.columns == expected
    assert match.unknown == []


@settings(max_examples=25, deadline=None)
@given(header_rows())
def test_header_permutations_through_a_file(case: tuple[list[str], dict[str, int]]) -> None:
    cells, expected = case
    with tempfile.TemporaryDirectory() as directory:
        path = make_xlsx(Path(directory) / "r.xlsx", [["团员花名册"], cells, ["x"] * len(cells)])
        data = read_roster(path)
    assert data.columns == expected
    assert data.header_row == 2
    assert [row.row_number for row in data.rows] == [3]


# --- reading ---------------------------------------------------------------------------------


def test_reads_a_zhtj_export(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "export.xlsx", [ZHTJ_HEADERS, member_row(1), member_row(2)])
    data = read_roster(path)
    assert data.layout_guess == "zhtj"
    assert data.header_row == 1
    assert data.sheet_name == "Sheet1"
    assert data.columns == {key: index for index, key in enumerate(ZHTJ_KEYS, start=1)}
    assert data.unknown_headers == []
    assert [row.row_number for row in data.rows] == [2, 3]
    first = data.rows[0].values
    assert first["name"] == "张1"
    assert first["league_post"] is None  # empty string → None
    assert first["dev_number"] == "201900000001"


def test_title_row_above_header(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [["某某团支部团员花名册"], ["截至2024年12月31日"], ZHTJ_HEADERS, member_row(1)],
    )
    data = read_roster(path)
    assert data.header_row == 3
    assert [row.row_number for row in data.rows] == [4]


def test_header_row_is_the_one_with_most_recognised_columns(tmp_path: Path) -> None:
    notes = ["填表说明：", "姓名", "性别"]  # two recognised cells in an instructions row
    path = make_xlsx(tmp_path / "r.xlsx", [notes, None, ZHTJ_HEADERS, member_row(1)])
    assert read_roster(path).header_row == 3


@pytest.mark.parametrize("spelling", ["团员发展编号", "发展团员编号"])
def test_both_dev_number_spellings(tmp_path: Path, spelling: str) -> None:
    path = make_xlsx(tmp_path / "r.xlsx", [["姓名", spelling], ["张三", "201912345678"]])
    data = read_roster(path)
    assert data.columns == {"name": 1, "dev_number": 2}
    assert data.rows[0].values["dev_number"] == "201912345678"
    assert data.header_texts["dev_number"] == spelling


def test_decorated_headers_in_a_file(tmp_path: Path) -> None:
    headers = ["＊姓　名：", "身份证\n号码", "*手机号", "入团时间:", "所在团支部"]
    path = make_xlsx(tmp_path / "r.xlsx", [headers, ["张三", "X", "1", "2019-05", "一支部"]])
    assert read_roster(path).columns == {
        "name": 1,
        "id_number": 2,
        "phone": 3,
        "join_month": 4,
        "org_name": 5,
    }


def test_numeric_ids_stay_numbers_and_text_ids_stay_text(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [
            ["姓名", "身份证号码", "手机号码", "团员发展编号"],
            ["张三", 1.10105199001011e17, 13812345678, 201912345678],
            ["李四", "110105199001011234", "13812345678", "201912345678"],
        ],
    )
    damaged, kept = values_of(path)
    assert isinstance(damaged["id_number"], float)
    assert damaged["id_number"] == pytest.approx(1.10105199001011e17)
    assert isinstance(damaged["phone"], int) and damaged["phone"] == 13812345678
    assert isinstance(damaged["dev_number"], int)
    assert kept == {
        "name": "李四",
        "id_number": "110105199001011234",
        "phone": "13812345678",
        "dev_number": "201912345678",
    }


def test_date_cells_come_back_as_dates(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [
            ["姓名", "出生日期", "入团年月", "任职年月"],
            ["张三", datetime.date(2005, 3, 1), datetime.datetime(2019, 5, 4, 0, 0), "2023-09"],
        ],
    )
    (values,) = values_of(path)
    assert isinstance(values["birth_date"], datetime.date)
    assert values["birth_date"] == datetime.datetime(2005, 3, 1)
    assert isinstance(values["join_month"], datetime.date)
    assert values["post_since"] == "2023-09"


def test_strings_are_stripped(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "r.xlsx", [["姓名", "民族"], ["  张三\u3000", "\u200b汉族 "]])
    assert values_of(path) == [{"name": "张三", "ethnicity": "汉族"}]


def test_blank_rows_are_skipped_and_row_numbers_are_real(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [
            ["团员花名册"],
            ["序号", "姓名", "性别"],
            [1, "张三", "男"],
            None,  # not in the file at all
            [None, "  ", ""],  # cells present but blank
            [4],  # only the 序号 column filled in: nothing to import
            [5, "李四", "女"],
        ],
    )
    data = read_roster(path)
    assert [(row.row_number, row.values["name"]) for row in data.rows] == [(3, "张三"), (7, "李四")]
    assert data.unknown_headers == []  # 序号 is expected and ignored


@pytest.mark.parametrize(("blanks", "found"), [(MAX_BLANK_RUN - 1, True), (MAX_BLANK_RUN, False)])
def test_reading_stops_after_a_run_of_blank_rows(tmp_path: Path, blanks: int, found: bool) -> None:
    rows: list[Sequence[object] | None] = [["姓名", "性别"], ["张三", "男"]]
    rows += [None] * blanks
    rows.append(["李四", "女"])
    data = read_roster(make_xlsx(tmp_path / "r.xlsx", rows))
    expected = [2, 3 + blanks] if found else [2]
    assert [row.row_number for row in data.rows] == expected


def test_unknown_and_duplicate_headers_are_reported(tmp_path: Path) -> None:
    headers = ["序号", "姓名", "学号", "手机号码", "联系电话", None, "所属 辅导员"]
    path = make_xlsx(tmp_path / "r.xlsx", [headers, [1, "张三", "2023001", "1", "2", "x", "y"]])
    data = read_roster(path)
    assert data.columns == {"name": 2, "phone": 4}
    assert data.unknown_headers == ["学号", "所属 辅导员"]
    assert data.duplicate_headers == ["联系电话"]
    assert data.rows[0].values == {"name": "张三", "phone": "1"}


def test_layout_guess_full(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "r.xlsx", [["姓名", "团小组", "身份证号"], ["张三", "一组", "x"]])
    assert read_roster(path).layout_guess == "full"
    path = make_xlsx(tmp_path / "z.xlsx", [["姓名", "身份证号"], ["张三", "x"]])
    assert read_roster(path).layout_guess == "zhtj"


def test_first_sheet_with_a_header_is_read(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "r.xlsx",
        [ZHTJ_HEADERS, member_row(7)],
        sheet="团员",
        sheets_before=[("说明", [["本表由智慧团建导出"], ["请勿修改表头"]])],
    )
    data = read_roster(path)
    assert data.sheet_name == "团员"
    assert data.rows[0].values["name"] == "张7"


def test_openpyxl_warnings_about_the_file_are_not_raised(tmp_path: Path) -> None:
    # A workbook without named styles (as some exporters write) makes openpyxl warn.
    plain = make_xlsx(tmp_path / "plain.xlsx", [["姓名", "性别"], ["张三", "男"]])
    path = tmp_path / "nostyle.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/styles.xml":
                data = re.sub(rb"<cellStyles.*?</cellStyles>", b"", data)
            target.writestr(name, data)
    assert values_of(path) == [{"name": "张三", "gender": "男"}]


def test_ten_thousand_rows(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "big.xlsx", [ZHTJ_HEADERS, *(member_row(i) for i in range(10_000))])
    data = read_roster(path)
    assert len(data.rows) == 10_000
    assert data.rows[-1].row_number == 10_001


# --- reading errors --------------------------------------------------------------------------


def _error(path: Path) -> str:
    with pytest.raises(ImportFileError) as info:
        read_roster(path)
    message = str(info.value)
    assert CJK.search(message), message
    return message


def test_xls_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert _error(path) == "暂不支持 .xls 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入"


def test_xls_renamed_to_xlsx_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "renamed.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert ".xls" in _error(path)


def test_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("姓名,性别\n张三,男\n", encoding="utf-8-sig")
    assert ".csv" in _error(path)


@pytest.mark.parametrize("suffix", [".et", ".ods", ""])
def test_other_file_types_are_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"r{suffix}"
    path.write_bytes(b"whatever")
    _error(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "找不到文件" in _error(tmp_path / "nope.xlsx")


@pytest.mark.parametrize(
    "content",
    [b"", b"not a spreadsheet at all", b"PK\x03\x04" + bytes(100)],
    ids=["empty", "text", "broken-zip"],
)
def test_corrupt_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    assert "不是有效的 .xlsx 文件" in _error(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    buffer = stdio.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path.write_bytes(buffer.getvalue())
    assert "不是有效的 .xlsx 文件" in _error(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    good = make_xlsx(tmp_path / "good.xlsx", [ZHTJ_HEADERS, member_row(1)])
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "不是有效的 .xlsx 文件" in _error(path)


def test_no_header_row(tmp_path: Path) -> None:
    rows: list[Sequence[object] | None] = [["团员花名册"], *([[]] * 10), ZHTJ_HEADERS]
    path = make_xlsx(tmp_path / "r.xlsx", rows)  # header on row 12: too far down
    assert _error(path) == "未找到表头：第一张工作表的前10行中没有“姓名”列"


def test_empty_workbook(tmp_path: Path) -> None:
    assert _error(make_xlsx(tmp_path / "r.xlsx", [])).startswith("未找到表头")


def test_header_without_name_column(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "r.xlsx", [["序号", "名字", "性别", "身份证号"], [1, "张三", "男"]])
    message = _error(path)
    assert "没有“姓名”列" in message
    assert "第1行" in message


# --- writing ---------------------------------------------------------------------------------


def _display_rows(keys: Sequence[str], count: int) -> list[dict[str, str]]:
    samples = {
        "org_name": "吉林省长春市某中学高三（1）班团支部",
        "gender": "男",
        "ethnicity": "汉族",
        "birth_date": "2005-03-01",
        "id_type": "居民身份证",
        "political_status": "共青团员",
        "join_month": "2019-05",
        "fulltime_education": "普通高中在读",
        "highest_education": "高中在读",
        "occupation": "学生",
        "league_post": "组织委员",
        "post_since": "2023-09",
        "group_name": "第一团小组",
        "household": "吉林省长春市",
        "unit_at_join": "某中学",
        "note": "=SUM(A1:A2) 不是公式",
        "status": "在团",
    }
    rows = []
    for i in range(count):
        row = {key: samples.get(key, "") for key in keys}
        row.update(
            name=f"张{i}",
            id_number=f"22010220050301{i:03d}X",
            phone=f"1381234{i:04d}",
            dev_number=f"0019{i:08d}",  # leading zeros survive only as text
            card_number=f"00{i:06d}",
        )
        rows.append({key: row[key] for key in keys})
    rows[-1]["league_post"] = ""  # an empty cell
    return rows


@pytest.mark.parametrize("layout", ["zhtj", "full"])
@pytest.mark.parametrize("title", [None, "某某团支部团员花名册"])
def test_round_trip(tmp_path: Path, layout: str, title: str | None) -> None:
    spec = layouts.get_layout(layout)
    keys = [column.key for column in spec.all_columns]
    rows = _display_rows(keys, 5)
    path = tmp_path / "out.xlsx"
    write_roster(path, layout, rows, title=title)

    data = read_roster(path)
    assert data.layout_guess == layout
    assert data.header_row == (2 if title else 1)
    assert data.unknown_headers == []
    assert list(data.columns) == keys
    back = [{k: ("" if v is None else v) for k, v in row.values.items()} for row in data.rows]
    assert back == rows
    assert [row.row_number for row in data.rows] == [data.header_row + i for i in range(1, 6)]

    workbook = openpyxl.load_workbook(path)
    sheet = workbook[ROSTER_SHEET]
    assert workbook.sheetnames == [ROSTER_SHEET]
    header = data.header_row
    assert [cell.value for cell in sheet[header]] == [column.header for column in spec.all_columns]
    assert all(cell.font.bold for cell in sheet[header])
    assert sheet.freeze_panes == f"A{header + 1}"
    for key in ("id_number", "dev_number", "card_number", "phone"):
        if key not in data.columns:
            continue
        for row in range(header + 1, header + 6):
            cell = sheet.cell(row=row, column=data.columns[key])
            assert cell.number_format == "@"
            assert cell.data_type == "s"
            assert isinstance(cell.value, str)
    widths = {
        key: sheet.column_dimensions[openpyxl.utils.get_column_letter(col)].width
        for key, col in data.columns.items()
    }
    assert widths["id_number"] >= 20
    assert widths["org_name"] >= 40
    assert widths["org_name"] > widths["name"] and widths["id_number"] > widths["gender"]
    if title:
        assert [str(r) for r in sheet.merged_cells.ranges] == [
            f"A1:{openpyxl.utils.get_column_letter(len(keys))}1"
        ]
        assert sheet["A1"].value == title


def test_zhtj_id_column_only_when_there_are_ids(tmp_path: Path) -> None:
    rows = _display_rows(ZHTJ_KEYS, 2)
    write_roster(tmp_path / "a.xlsx", "zhtj", rows)
    assert list(read_roster(tmp_path / "a.xlsx").columns) == ZHTJ_KEYS
    rows[1]["id_number"] = "220102200503010011"
    write_roster(tmp_path / "b.xlsx", "zhtj", rows)
    assert list(read_roster(tmp_path / "b.xlsx").columns) == [*ZHTJ_KEYS, "id_number"]


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "f.xlsx"
    write_roster(path, "full", [{"name": "张三", "note": '=HYPERLINK("x")'}])
    column = read_roster(path).columns["note"]
    cell = openpyxl.load_workbook(path)[ROSTER_SHEET].cell(row=2, column=column)
    assert (cell.value, cell.data_type) == ('=HYPERLINK("x")', "s")


def test_write_overwrites_atomically_and_leaves_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "名册.xlsx"
    write_roster(path, "zhtj", _display_rows(ZHTJ_KEYS, 3))
    write_roster(path, "zhtj", _display_rows(ZHTJ_KEYS, 1))
    assert len(read_roster(path).rows) == 1
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["名册.xlsx"]


@pytest.mark.parametrize("error", [RuntimeError("boom"), OSError(28, "No space left on device")])
def test_failed_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    path = tmp_path / "名册.xlsx"
    write_roster(path, "zhtj", _display_rows(ZHTJ_KEYS, 3))
    before = path.read_bytes()

    def broken_save(self: object, target: stdio.BufferedWriter) -> None:
        target.write(b"PK\x03\x04 half a file")
        raise error

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    expected = BranchdeskError if isinstance(error, OSError) else RuntimeError
    with pytest.raises(expected) as info:
        write_roster(path, "zhtj", _display_rows(ZHTJ_KEYS, 1))
    if expected is BranchdeskError:
        assert str(info.value).startswith("无法写入文件")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["名册.xlsx"]


def test_unwritable_paths(tmp_path: Path) -> None:
    with pytest.raises(BranchdeskError, match="无法写入文件.*文件夹不存在"):
        write_roster(tmp_path / "missing" / "r.xlsx", "zhtj", [])
    (tmp_path / "dir.xlsx").mkdir()
    with pytest.raises(BranchdeskError, match="无法写入文件.*同名文件夹"):
        write_roster(tmp_path / "dir.xlsx", "zhtj", [])
    with pytest.raises(BranchdeskError, match=r"\.xlsx"):
        write_roster(tmp_path / "r.xls", "zhtj", [])
    assert leftovers(tmp_path) == []


def test_write_error_rows(tmp_path: Path) -> None:
    path = tmp_path / "errors.xlsx"
    write_error_rows(
        path,
        ["姓名", "身份证号", "出生年月", "手机号码"],
        [
            (
                ["张三", 1.10105199001011e17, datetime.datetime(2005, 3, 1), 13812345678.0],
                "身份证号",
            ),
            (["李四", None, datetime.date(2005, 4, 1)], "姓名重复"),
        ],
    )
    data = read_roster(path)
    assert data.unknown_headers == [REASON_HEADER]
    assert [row.values for row in data.rows] == [
        {
            "name": "张三",
            "id_number": "1.10105199001011e+17",
            "birth_date": "2005-03-01",
            "phone": "13812345678",
        },
        {"name": "李四", "id_number": None, "birth_date": "2005-04-01", "phone": None},
    ]
    sheet = openpyxl.load_workbook(path).active
    headers = [cell.value for cell in sheet[1]]
    assert headers == ["姓名", "身份证号", "出生年月", "手机号码", "错误原因"]
    assert [sheet.cell(row=r, column=5).value for r in (2, 3)] == ["身份证号", "姓名重复"]
    assert sheet["B2"].number_format == "@" and sheet["B2"].data_type == "s"
    assert leftovers(tmp_path) == []
