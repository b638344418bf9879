"""团内统计表 (forms.md §10.5): A4 landscape, margins 20/15/15/25 (257 mm wide).

Page 1: the title "____团支部____年度团内统计表（截至____年__月__日）", Part A (the blocks of the
official 汇总表 this branch contributes, two header rows as in the 广东 table), Part B (the 对比表
with its 原因说明), then the signature block — 填报单位（盖章）, 负责人（签字）, 填表人, 联系电话,
填报日期 — beside a seal area of 50 × 50 mm (forms.md §13.2 asks ≥ 40 mm for a Ø 40–42 mm seal).
The next pages: Part C, the branch's own tables, three side by side, each captioned "本表为本支部
自用统计，非官方表式". The page footer names the rule profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from branchdesk.reports.base import CELL_PADDING, GRID_WIDTH, cell_font, frame_width_mm
from branchdesk.reports.base import render as render_pdf
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.meeting_parts import grouped_table, text
from branchdesk.reports.return_documents import OWN_TABLE, AnnualReturnDoc, ReturnTable
from branchdesk.reports.styles import StyleSheet, stylesheet

LANDSCAPE: Final = True
MARGINS_MM: Final = (20.0, 15.0, 15.0, 25.0)  # top, right, bottom, left
SEAL_MM: Final = 50.0  # the seal area's side: ≥ 45 mm
COLUMNS: Final = 3  # Part C tables side by side


def render(doc: AnnualReturnDoc, fonts: FontSet | None = None) -> bytes:
    """The return as PDF bytes."""
    fonts = fonts or register_fonts()
    return render_pdf(
        story(doc, stylesheet(fonts)),
        landscape=LANDSCAPE,
        margins_mm=MARGINS_MM,
        footer=doc.footer,
        title=doc.title,
        subject="团内统计表",
        fonts=fonts,
    )


def story(doc: AnnualReturnDoc, sheet: StyleSheet) -> list[Any]:
    width = frame_width_mm(LANDSCAPE, MARGINS_MM)
    heading = _heading_style(sheet)
    items: list[Any] = [text(doc.title, sheet.title), text(doc.subtitle, sheet.subtitle)]
    if doc.empty_note:
        items.append(text(doc.empty_note, _note_style(sheet, bold=True)))
    part_a = doc.part_a
    items += [
        text(part_a.title, heading),
        grouped_table(
            part_a.headers,
            part_a.groups,
            part_a.rows,
            part_a.widths_mm,
            sheet,
            center_cols=range(len(part_a.headers)),
            empty_text="",
        ),
        *(text(note, sheet.small) for note in part_a.notes),
        Spacer(1, 3 * mm),
        text(doc.part_b.title, heading),
        _table(doc.part_b, sheet, center=(1, 2, 3)),
        *(text(note, sheet.small) for note in doc.part_b.notes),
        Spacer(1, 3 * mm),
        KeepTogether([signature_block(doc, sheet, width)]),
    ]
    if doc.part_c:
        items += [PageBreak(), text(doc.title, sheet.title)]
        items.append(text("三、本支部自用统计表（" + OWN_TABLE + "）", heading))
        for start in range(0, len(doc.part_c), COLUMNS):
            row = doc.part_c[start : start + COLUMNS]
            items += [CondPageBreak(40 * mm), _side_by_side(row, sheet, width), Spacer(1, 4 * mm)]
    return items


def _heading_style(sheet: StyleSheet) -> Any:
    from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

    return ParagraphStyle(
        "return_heading",
        parent=sheet.header_cell,
        alignment=0,
        spaceBefore=2 * mm,
        spaceAfter=1.5 * mm,
    )


def _note_style(sheet: StyleSheet, bold: bool = False) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    parent = sheet.header_cell if bold else sheet.body
    return ParagraphStyle("return_note", parent=parent, alignment=1, spaceAfter=2 * mm)


def _table(table: ReturnTable, sheet: StyleSheet, center: Sequence[int] = (1, 2)) -> Any:
    """A small bordered table: 黑体 header, 宋体 cells, every cell wraps."""
    data: list[list[Any]] = [[text(h, sheet.header_cell) for h in table.headers]]
    for row in table.rows:
        data.append(
            [
                text(value, sheet.cell_center if c in center else sheet.cell)
                for c, value in enumerate(row)
            ]
        )
    commands: list[tuple[Any, ...]] = [
        *cell_font(sheet),
        ("INNERGRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    return Table(
        data,
        colWidths=[w * mm for w in table.widths_mm],
        style=TableStyle(commands),
        minRowHeights=[7 * mm] + [6 * mm] * len(table.rows),
        repeatRows=1,
        hAlign="CENTER",
    )


def _own_block(table: ReturnTable, sheet: StyleSheet) -> list[Flowable]:
    """Title, the 自用 caption, the table and its notes."""
    block: list[Flowable] = [text(table.title, _heading_style(sheet))]
    if table.own:
        block.append(text(OWN_TABLE, sheet.small))
    block.append(_table(table, sheet))
    block += [text(note, sheet.small) for note in table.notes]
    return block


def _side_by_side(tables: Sequence[ReturnTable], sheet: StyleSheet, width_mm: float) -> Any:
    """Up to three tables in one row of an invisible table (each keeps its own page)."""
    cells: list[Any] = [_own_block(t, sheet) for t in tables]
    cells += [""] * (COLUMNS - len(cells))
    column = width_mm / COLUMNS
    return Table(
        [cells],
        colWidths=[column * mm] * COLUMNS,
        style=TableStyle(
            [
                *cell_font(sheet),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ]
        ),
        hAlign="CENTER",
    )


class SealBox(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A dashed square of ``size`` points for the 填报单位's seal, labelled at its top."""

    def __init__(self, size: float, label: str, font: str, font_size: float) -> None:
        super().__init__()
        self.width = self.height = size
        self._label = label
        self._font = font
        self._font_size = font_size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setDash(3, 2)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(self._font, self._font_size)
        canvas.drawCentredString(
            self.width / 2, self.height - self._font_size - 2 * mm, self._label
        )
        canvas.restoreState()


def signature_block(doc: AnnualReturnDoc, sheet: StyleSheet, width_mm: float) -> Any:
    """填报单位（盖章）/ 负责人（签字）/ 填表人 / 联系电话 / 填报日期 beside the seal area."""
    seal = SealBox(SEAL_MM * mm, "（盖章处）", sheet.small.fontName, sheet.small.fontSize)
    lines: list[Any] = []
    for line in doc.signature_lines:
        lines += [text(line, sheet.body), Spacer(1, 5 * mm)]
    lines.append(text(f"规则配置：{doc.profile_name}", sheet.small))
    seal_column = SEAL_MM + 6
    data = [[lines, seal]]
    return Table(
        data,
        colWidths=[(width_mm - seal_column) * mm, seal_column * mm],
        rowHeights=[(SEAL_MM + 2) * mm],
        style=TableStyle(
            [
                *cell_font(sheet),
                ("BOX", (0, 0), (-1, -1), 0.75, colors.black),
                ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("LEFTPADDING", (0, 0), (0, 0), 6 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 3 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 3 * mm),
            ]
        ),
        hAlign="CENTER",
    )
