"""Write a report's tables (.xlsx): a title row, an optional row of grouped headers, the header,
text rows and notes under the table.

Every cell is text (``@``), like the member sheets (forms.md §3): a 发展团员编号 or a count stays
as it was printed. Saved atomically through :func:`~branchdesk.io.excel_write.save_workbook`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from branchdesk.io.excel_write import TEXT_FORMAT, save_workbook

_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BOLD = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=14)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_CELL = Alignment(vertical="center", wrap_text=True)
_PLAIN = Alignment(vertical="center")
_MAX_WIDTH = 50.0
_MM_PER_CHAR = 2.0  # an Excel width unit is about 2 mm of 10-point text


@dataclass(frozen=True)
class ReportTable:
    """One sheet.

    ``groups`` (optional) is a row above the header of (label, span) pairs covering every
    column; a group with an empty label leaves its columns' headers to span both rows.
    ``widths_mm`` sizes the columns like the printed form. ``notes`` are lines below the table.
    """

    sheet: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...] = ()
    groups: tuple[tuple[str, int], ...] = ()
    subtitle: str = ""
    notes: tuple[str, ...] = ()


def write_report_tables(path: Path, tables: Sequence[ReportTable]) -> None:
    """Write ``tables`` as sheets of one workbook at ``path`` (atomically)."""
    workbook = Workbook()
    first = True
    for table in tables:
        sheet = workbook.active if first else workbook.create_sheet()
        first = False
        _write_table(sheet, table)
    save_workbook(workbook, path)


def _write_table(sheet: Any, table: ReportTable) -> None:
    width = len(table.headers)
    sheet.title = table.sheet[:31]
    row = 1
    _text(sheet, row, 1, table.title, _TITLE_FONT, _CENTER, border=False)
    if width > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.row_dimensions[row].height = 28
    if table.subtitle:
        row += 1
        _text(sheet, row, 1, table.subtitle, None, _PLAIN, border=False)
        if width > 1:
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    row += 1
    header_top = row
    if table.groups:
        column = 1
        for label, span in table.groups:
            if label:
                for offset in range(span):
                    _text(sheet, row, column + offset, label if offset == 0 else "", _BOLD, _CENTER)
                if span > 1:
                    sheet.merge_cells(
                        start_row=row,
                        start_column=column,
                        end_row=row,
                        end_column=column + span - 1,
                    )
            column += span
        row += 1
    grouped = _grouped_columns(table.groups)
    for index, header in enumerate(table.headers, start=1):
        if table.groups and index not in grouped:
            _text(sheet, header_top, index, header, _BOLD, _CENTER)
            _text(sheet, row, index, "", _BOLD, _CENTER)
            sheet.merge_cells(
                start_row=header_top, start_column=index, end_row=row, end_column=index
            )
        else:
            _text(sheet, row, index, header, _BOLD, _CENTER)
    header_bottom = row
    for values in table.rows:
        row += 1
        for index in range(1, width + 1):
            value = values[index - 1] if index - 1 < len(values) else ""
            _text(sheet, row, index, value, None, _CELL)
    for index in range(1, width + 1):
        letter = get_column_letter(index)
        if index - 1 < len(table.widths_mm):
            size = table.widths_mm[index - 1] / _MM_PER_CHAR + 2
        else:
            size = 12.0
        dimension = sheet.column_dimensions[letter]
        dimension.width = min(max(size, 6.0), _MAX_WIDTH)
        dimension.number_format = TEXT_FORMAT
    for note in table.notes:
        row += 1
        _text(sheet, row, 1, note, None, _PLAIN, border=False)
    sheet.freeze_panes = sheet.cell(row=header_bottom + 1, column=1)
    sheet.print_title_rows = f"{header_top}:{header_bottom}"
    sheet.page_setup.orientation = "landscape" if width > 6 else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _grouped_columns(groups: Sequence[tuple[str, int]]) -> set[int]:
    """1-based indexes of the columns under a labelled group."""
    found: set[int] = set()
    column = 1
    for label, span in groups:
        if label:
            found.update(range(column, column + span))
        column += span
    return found


def _text(
    sheet: Any,
    row: int,
    column: int,
    value: str,
    font: Font | None,
    align: Alignment,
    *,
    border: bool = True,
) -> Any:
    cell = sheet.cell(row=row, column=column)
    if value:
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # never a formula, never a number
    cell.number_format = TEXT_FORMAT
    cell.alignment = align
    if font is not None:
        cell.font = font
    if border:
        cell.border = _BORDER
    return cell
