"""Fuzzed spreadsheets through the import (issue 7): refused cleanly or explained row by row.

1,000 tiny .xlsx files (a header row drawn from real headers, their synonyms and junk, sometimes
under a title row; 0–5 rows of random cells: CJK, full-width and emoji text, numbers, floats like
1.1E+17, dates, real-looking values, blanks), plus raw random bytes and damaged workbooks. For
each: ``ImportService.preview`` raises nothing but ``ImportFileError`` (with a Chinese message);
every rejected row carries at least one error with a Chinese message; ``commit(valid_only=True)``
never raises and writes exactly the rows the preview accepted, never a rejected one.

One in-memory database is shared by the module and emptied between examples.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from helpers.ids import make_id
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import delete
from sqlmodel import select

from branchdesk.errors import ImportFileError
from branchdesk.io.layouts import get_layout
from branchdesk.services.container import Services, build_services
from branchdesk.services.schemas import BranchInput, RowAction
from branchdesk.store.engine import make_engine, session_scope
from branchdesk.store.models import Member, SQLModel

TODAY = date(2026, 11, 27)
ORG = "长春示范汽车零部件有限公司团支部"
EXAMPLES = 1000
BYTES_EXAMPLES = 200

REAL_HEADERS = sorted(
    {spec.header for name in ("zhtj", "full") for spec in get_layout(name).all_columns}
    | {" 姓 名 ", "身份证号：", "发展团员编号", "序号", "身份证号码(必填)", "姓名*"}
)
JUNK_HEADERS = ["", "备注1", "🙂", "ＡＢＣ", "=SUM(A1:A2)", "Unnamed: 3", "1", "年龄", "联系方式"]
REALISTIC_CELLS = [
    make_id(date(2001, 5, 3)),
    make_id(date(2004, 3, 9), female=True),
    make_id(date(2004, 3, 9), female=True).lower()[:17] + "x",
    "11010519491231002x",
    "１１０１０５２００１０５０３００１Ｘ",
    "2001-05",
    "2016.05",
    "2018年5月",
    "200403",
    "2099-01",
    "男",
    "女",
    "汉族",
    "汉",
    "火星族",
    "共青团员",
    "预备党员",
    "群众",
    "组织委员",
    "团小组长",
    "13800000001",
    "138abc00013",
    "201800000001",
    ORG,
    "张三",
    "李小红",
    " ",
    "\u200b",
    "#N/A",
]


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co")),
        st.sampled_from("张王李赵钱孙年月日团员男女０１２３４５６７８９Ｘ－．：🙂👍🏽"),
    ),
    max_size=24,
)
_cells = st.one_of(
    st.none(),
    st.sampled_from(REALISTIC_CELLS),
    _text,
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [1.1e17, 1.10105200105e17, 110105200105030000.0, 37476.0, 0.5, -1.0, 1.7976931348623157e308]
    ),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 12, 31)),
)
_headers = st.lists(
    st.one_of(st.sampled_from(REAL_HEADERS), st.sampled_from(JUNK_HEADERS), _text),
    min_size=1,
    max_size=12,
)


ZHTJ_HEADERS = [spec.header for spec in get_layout("zhtj").all_columns]
# Valid people in the 智慧团建 column order (组织全称 … 入团年月, 身份证号码); drawn with repeats.
PEOPLE = [
    [ORG, name, sex, f"{born:%Y-%m}", "汉族", f"1380000{i:04d}", "", "共青团员", "", joined, id_]
    for i, (name, sex, born, joined) in enumerate(
        [
            ("张三", "男", date(2001, 5, 3), "2016-05"),
            ("李小红", "女", date(2004, 3, 9), "2018-05"),
            ("王五", "男", date(2003, 2, 3), "2017-09"),
            ("赵六", "女", date(2000, 12, 30), "2015-06"),
            ("钱多多", "女", date(1999, 12, 31), "2014-05"),
        ]
    )
    for id_ in [make_id(born, female=sex == "女", seq=i + 1)]
]


@st.composite
def _rows_of_people(draw: st.DrawFn) -> list[list[object]]:
    """Real people with a few cells replaced by random ones."""
    rows = []
    for _ in range(draw(st.integers(min_value=0, max_value=5))):
        row: list[object] = list(draw(st.sampled_from(PEOPLE)))
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            row[draw(st.integers(0, len(row) - 1))] = draw(_cells)
        rows.append(row)
    return rows


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    rows: list[list[object]]
    if draw(st.integers(0, 2)) == 0:  # a real roster, lightly damaged
        headers = list(ZHTJ_HEADERS)
        if draw(st.booleans()):
            headers[draw(st.integers(0, len(headers) - 1))] = draw(_headers)[0]
        rows = draw(_rows_of_people())
    else:
        headers = draw(_headers)
        if draw(st.booleans()):  # make sure most files get past the header search
            headers = ["姓名", *headers]
        rows = [
            draw(st.lists(_cells, min_size=0, max_size=len(headers) + 2))
            for _ in range(draw(st.integers(min_value=0, max_value=5)))
        ]
    wb = Workbook()
    ws = wb.active
    if draw(st.booleans()):
        ws.append([f"{ORG}团员花名册"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def services() -> Iterator[Services]:
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    try:
        yield built
    finally:
        built.close()


@pytest.fixture(scope="module")
def branch_id(services: Services) -> int:
    return services.branches.create(BranchInput(name=ORG, kind="enterprise")).id


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def _check_file(services: Services, branch_id: int, path: Path) -> None:
    with session_scope(services.engine) as session:
        session.exec(delete(Member))  # type: ignore[call-overload]
    try:
        preview = services.imports.preview(branch_id, path)
    except ImportFileError as exc:
        assert _is_chinese(exc.message), exc.message
        event("refused: ImportFileError")
        return
    event(f"read: {len(preview.rows)} rows, {len(preview.rejected)} rejected")
    for row in preview.rejected:
        assert row.errors, row
        for issue in row.errors:
            assert issue.message.strip() and _is_chinese(issue.message), (row, issue)
    result = services.imports.commit(branch_id, preview, valid_only=True)
    accepted = sorted(
        (row.member.name, row.member.id_number or "")
        for row in preview.rows
        if row.action is RowAction.CREATE and row.member is not None
    )
    event("some rows written" if accepted else "nothing written")
    assert result.created == len(accepted)
    assert result.rejected == len(preview.rejected)
    with session_scope(services.engine) as session:
        stored = sorted((m.name, m.id_number or "") for m in session.exec(select(Member)))
    assert stored == accepted  # every accepted row, and no rejected one


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=workbooks())
def test_fuzzed_workbooks_are_refused_or_explained_and_never_half_written(
    services: Services, branch_id: int, workdir: Path, data: bytes
) -> None:
    path = workdir / "fuzz.xlsx"
    path.write_bytes(data)
    _check_file(services, branch_id, path)


def _valid_workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "性别", "出生年月", "身份证号码"])
    ws.append(["张三", "男", "2001-05", make_id(date(2001, 5, 3))])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


_VALID = _valid_workbook()


@st.composite
def damaged_files(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["random", "zip-magic", "mutated", "truncated", "ole"]))
    if kind == "random":
        return draw(st.binary(max_size=2048))
    if kind == "zip-magic":
        return b"PK\x03\x04" + draw(st.binary(max_size=2048))
    if kind == "ole":
        return b"\xd0\xcf\x11\xe0" + draw(st.binary(max_size=256))
    if kind == "truncated":
        return _VALID[: draw(st.integers(min_value=0, max_value=len(_VALID) - 1))]
    data = bytearray(_VALID)
    for position, value in draw(
        st.lists(
            st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)),
            min_size=1,
            max_size=8,
        )
    ):
        data[position] = value
    return bytes(data)


@settings(
    max_examples=BYTES_EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=damaged_files())
def test_random_and_damaged_files_are_refused_with_a_chinese_message(
    services: Services, branch_id: int, workdir: Path, data: bytes
) -> None:
    path = workdir / "damaged.xlsx"
    path.write_bytes(data)
    _check_file(services, branch_id, path)
