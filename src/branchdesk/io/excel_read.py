"""Read a member sheet (.xlsx) into raw rows keyed by canonical field names.

The reader finds the header row (real files carry a title such as "XX团支部团员花名册" above it),
maps the columns by name and hands back each row's values in their native cell types: a number
stays a number and a date stays a date, so that the domain can tell an ID that Excel already
turned into ``1.10105E+17`` from one kept as text. Nothing is validated here.
"""

from __future__ import annotations

import datetime
import logging
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

import openpyxl

from branchdesk.errors import ImportFileError
from branchdesk.io.layouts import HeaderMatch, LayoutName, guess_layout, match_header_row

logger = logging.getLogger(__name__)

CellValue: TypeAlias = str | int | float | datetime.date | datetime.datetime | None

HEADER_SEARCH_ROWS = 10
"""The header row must be within this many rows from the top of the sheet."""
MAX_BLANK_RUN = 50
"""Reading stops after this many consecutive blank rows."""

_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old .xls, and also any password-protected .xlsx
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff"

_MSG_XLS = "暂不支持 .xls 格式，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入"
_MSG_NO_HEADER = "未找到表头：第一张工作表的前10行中没有“姓名”列"


@dataclass(frozen=True)
class RawRow:
    """One data row: ``row_number`` is the Excel row number as the user sees it."""

    row_number: int
    values: dict[str, CellValue]


@dataclass(frozen=True)
class SheetData:
    """What :func:`read_roster` found in a file."""

    layout_guess: LayoutName
    columns: dict[str, int]  # canonical key → 1-based column number
    unknown_headers: list[str]  # header texts that name no known column
    header_row: int  # 1-based
    rows: list[RawRow]
    sheet_name: str
    header_texts: dict[str, str] = field(default_factory=dict)  # key → header as written
    duplicate_headers: list[str] = field(default_factory=list)  # ignored second synonyms


def read_roster(path: Path) -> SheetData:
    """Read the first sheet of ``path`` that has a recognisable header row.

    Raises :class:`ImportFileError` (Chinese message) when the file is missing, is not an .xlsx
    workbook, is damaged, or has no header row with a 姓名 column.
    """
    path = Path(path)
    _check_file(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportFileError(f"无法读取文件“{path.name}”：{exc.strerror or exc}") from exc
    with handle:
        try:
            if handle.read(4) == _OLE_MAGIC:
                raise ImportFileError(
                    f"文件“{path.name}”实际是旧版 .xls 格式或设置了打开密码：请在 Excel 或 WPS 中"
                    "取消密码并“另存为” .xlsx 后再导入"
                )
            handle.seek(0)
            # openpyxl warns about things it drops (data validation, missing default styles);
            # none of them matter for reading values.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", UserWarning)
                return _read_workbook(handle, path)
        except ImportFileError:
            raise
        except Exception as exc:  # zip, XML and openpyxl errors alike: the file is damaged
            logger.info("cannot read %s as a workbook", path.name, exc_info=True)
            raise ImportFileError(
                f"文件“{path.name}”不是有效的 .xlsx 文件，可能已损坏：请在 Excel 或 WPS 中打开后"
                "重新“另存为” .xlsx 再导入"
            ) from exc


def _check_file(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(_MSG_XLS)
    if suffix == ".csv":
        raise ImportFileError("暂不支持 .csv 格式，请在 Excel 或 WPS 中打开后“另存为” .xlsx 再导入")
    if suffix not in _XLSX_SUFFIXES:
        shown = suffix or "（无扩展名）"
        raise ImportFileError(
            f"不支持的文件类型“{shown}”：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入"
        )
    if not path.exists():
        raise ImportFileError(f"找不到文件：{path}")
    if not path.is_file():
        raise ImportFileError(f"“{path}”不是文件")


def _read_workbook(handle: BinaryIO, path: Path) -> SheetData:
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except zipfile.BadZipFile as exc:
        raise ImportFileError(
            f"文件“{path.name}”不是有效的 .xlsx 文件（可能已损坏，或只是把扩展名改成了 .xlsx）"
        ) from exc
    try:
        near_miss: tuple[int, HeaderMatch] | None = None
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()  # some writers store a wrong <dimension>; follow the rows
            header_row, match = _find_header(sheet)
            if match is None:
                continue
            if match.is_header:
                return _read_rows(sheet, header_row, match)
            if near_miss is None:
                near_miss = (header_row, match)
    finally:
        workbook.close()
    if near_miss is not None:
        row, match = near_miss
        found = "、".join(match.texts.values())
        raise ImportFileError(
            f"表头中没有“姓名”列：第{row}行识别出{found}，请把姓名所在列的列名改为“姓名”"
        )
    raise ImportFileError(_MSG_NO_HEADER)


def _find_header(sheet: Any) -> tuple[int, HeaderMatch | None]:
    """The best candidate header row in the first rows: the most recognised columns wins."""
    best: HeaderMatch | None = None
    best_row = 0
    rows = sheet.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True)
    try:
        for number, cells in enumerate(rows, start=1):
            if not any(cell is not None for cell in cells):
                continue
            match = match_header_row(cells)
            if match.score < 2:
                continue
            better = best is None or (match.is_header, match.score) > (best.is_header, best.score)
            if better:
                best, best_row = match, number
    finally:
        rows.close()
    return best_row, best


def _read_rows(sheet: Any, header_row: int, match: HeaderMatch) -> SheetData:
    columns = match.columns
    pairs = [(key, column - 1) for key, column in columns.items()]
    width = max(columns.values())
    rows: list[RawRow] = []
    blank_run = 0
    cells_iter = sheet.iter_rows(min_row=header_row + 1, max_col=width, values_only=True)
    try:
        for number, cells in enumerate(cells_iter, start=header_row + 1):
            values = {key: _clean(cells[index]) for key, index in pairs}
            if all(value is None for value in values.values()):
                blank_run += 1
                if blank_run >= MAX_BLANK_RUN:
                    break
                continue
            blank_run = 0
            rows.append(RawRow(row_number=number, values=values))
    finally:
        cells_iter.close()  # releases the sheet's XML stream when reading stopped early
    return SheetData(
        layout_guess=guess_layout(columns),
        columns=dict(columns),
        unknown_headers=list(match.unknown),
        header_row=header_row,
        rows=rows,
        sheet_name=str(sheet.title),
        header_texts=dict(match.texts),
        duplicate_headers=list(match.duplicates),
    )


def _clean(value: object) -> CellValue:
    """Native cell value, strings stripped, empty text as None."""
    if value is None:
        return None
    if type(value) is str:
        text = value.strip()
        if text and (text[0] in _ZERO_WIDTH or text[-1] in _ZERO_WIDTH):
            text = text.strip(_ZERO_WIDTH).strip()
        return text or None
    if isinstance(value, bool):  # TRUE / FALSE cells, shown as Excel shows them
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | datetime.date):
        return value
    if isinstance(value, datetime.time):
        return value.isoformat()
    text = str(value).strip()
    return text or None
