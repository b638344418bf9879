"""Write member sheets (.xlsx) from display strings, every cell as text.

Rows arrive already formatted by the service (code names, dates as ``YYYY-MM`` or ``YYYY-MM-DD``).
Every column is formatted as text (``@``) and every value is written as a string, so Excel never
turns an 18-digit 身份证号码 into ``1.10105E+17`` (forms.md §3), not even when the user later
types into the sheet. Files are written to a temporary file next to the target and moved into
place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import secrets
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from branchdesk.errors import BranchdeskError
from branchdesk.io.excel_read import CellValue
from branchdesk.io.layouts import get_layout

ROSTER_SHEET = "团员名册"
ERROR_SHEET = "错误行"
REASON_HEADER = "错误原因"

TEXT_FORMAT = "@"
_MAX_WIDTH = 60.0
_WIDTH_SAMPLE = 500  # rows looked at when sizing a column
_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows: no newline translation

_THIN = Side(style="thin", color="999999")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
_HEADER_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TITLE_FONT = Font(bold=True, size=16)
_TITLE_ALIGN = Alignment(horizontal="center", vertical="center")
_WRAP = Alignment(vertical="top", wrap_text=True)


def write_roster(
    path: Path,
    layout: str,
    rows: Sequence[Mapping[str, str | None]],
    *,
    title: str | None = None,
) -> None:
    """Write ``rows`` (key → display string) as one sheet in the columns of ``layout``.

    The header is in row 1, or in row 2 under a merged ``title`` row. Optional layout columns
    (身份证号码 in ``zhtj``) are written only when some row has a value for them. Keys the layout
    does not carry are ignored; a missing key is an empty cell.
    """
    spec = get_layout(layout)
    columns = list(spec.columns) + [
        column for column in spec.optional if any(row.get(column.key) for row in rows)
    ]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = ROSTER_SHEET
    header_row = _write_header(sheet, [column.header for column in columns], title)
    for offset, row in enumerate(rows, start=1):
        for index, column in enumerate(columns, start=1):
            _text_cell(sheet, header_row + offset, index, row.get(column.key))
    for index, column in enumerate(columns, start=1):
        sample = [row.get(column.key) for row in rows[:_WIDTH_SAMPLE]]
        _set_column(sheet, index, column.header, sample, column.width)
    _finish(sheet, header_row, len(columns), len(rows))
    save_workbook(workbook, path)


def write_error_rows(
    path: Path,
    headers: Sequence[str],
    rows_with_reason: Sequence[tuple[Sequence[CellValue], str]],
) -> None:
    """Save rejected import rows with a trailing 错误原因 column, every value as text.

    ``headers`` are the column titles (typically the headers of the imported file) and each row
    gives its values in that order plus the reason. The file can be corrected and imported again:
    the 错误原因 column is then reported as unknown, which is not an error.
    """
    all_headers = [*headers, REASON_HEADER]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = ERROR_SHEET
    header_row = _write_header(sheet, all_headers, None)
    reason_column = len(all_headers)
    for offset, (values, reason) in enumerate(rows_with_reason, start=1):
        row_number = header_row + offset
        for index in range(1, reason_column):
            value = values[index - 1] if index - 1 < len(values) else None
            _text_cell(sheet, row_number, index, display_text(value))
        cell = _text_cell(sheet, row_number, reason_column, reason)
        cell.alignment = _WRAP
        cell.font = Font(color="C00000")
    sample_rows = rows_with_reason[:_WIDTH_SAMPLE]
    for index, header in enumerate(headers, start=1):
        sample = [
            display_text(values[index - 1]) for values, _ in sample_rows if index <= len(values)
        ]
        _set_column(sheet, index, header, sample, 10)
    _set_column(sheet, reason_column, REASON_HEADER, [], 50)
    _finish(sheet, header_row, reason_column, len(rows_with_reason))
    save_workbook(workbook, path)


def display_text(value: CellValue | object) -> str:
    """A cell value as the text a user would type: dates ISO, whole floats without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def save_workbook(workbook: Any, path: Path) -> None:
    """Save atomically: a temporary file in the same folder, then ``os.replace``.

    Raises :class:`BranchdeskError` with a Chinese message when the file cannot be written.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise BranchdeskError(f"无法写入文件 {path}：文件名应以 .xlsx 结尾")
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open honours the umask, so the result gets the usual permissions (mkstemp: 0600).
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            workbook.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        _remove_quietly(temp)
        raise BranchdeskError(f"无法写入文件 {path}：{_reason(exc, path)}") from exc
    except BaseException:
        _remove_quietly(temp)
        raise


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        return "文件夹不存在"
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return "已有同名文件夹"
    if isinstance(exc, PermissionError):
        return "没有写入权限，或文件正被 Excel / WPS 打开（请关闭后重试）"
    if exc.errno is not None and exc.errno == getattr(os, "ENOSPC", None):
        return "磁盘空间不足"
    return exc.strerror or str(exc)


def _write_header(sheet: Any, headers: Sequence[str], title: str | None) -> int:
    """Write the optional merged title row and the header row; return the header row number."""
    header_row = 1
    if title:
        cell = sheet.cell(row=1, column=1, value=_clean_text(title))
        cell.data_type = "s"
        cell.font = _TITLE_FONT
        cell.alignment = _TITLE_ALIGN
        if len(headers) > 1:
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        sheet.row_dimensions[1].height = 30
        header_row = 2
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=header_row, column=index, value=_clean_text(header))
        cell.data_type = "s"
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = _HEADER_ALIGN
    return header_row


def _text_cell(sheet: Any, row: int, column: int, value: str | None) -> Any:
    cell = sheet.cell(row=row, column=column)
    if value:
        cell.value = _clean_text(value)
        cell.data_type = "s"  # a value starting with "=" stays text, never a formula
    cell.number_format = TEXT_FORMAT
    return cell


def _clean_text(value: object) -> str:
    text: str = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    return text


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _set_column(
    sheet: Any, index: int, header: str, sample: Sequence[str | None], minimum: float
) -> None:
    widest = max([_display_width(header), *(_display_width(value or "") for value in sample)])
    letter = get_column_letter(index)
    dimension = sheet.column_dimensions[letter]
    dimension.width = min(max(minimum, widest + 2), _MAX_WIDTH)
    dimension.number_format = TEXT_FORMAT  # cells typed in later are text too


def _finish(sheet: Any, header_row: int, width: int, count: int) -> None:
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    last = get_column_letter(width)
    sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + max(count, 1)}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
