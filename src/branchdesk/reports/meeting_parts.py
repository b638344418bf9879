"""Pieces of the 三会两制一课 forms that the engine (``base``) does not have.

- :class:`FormSection`: a merged row of a paper form — a label cell and a content cell that
  flows onto the next pages, where its label reads "……（续）" (forms.md §6 row 8).
- :class:`CheckBoxes`: the 会议类型 row, drawn boxes with a tick (the bundled faces have no ☑/☐).
- :func:`grid`: a small form table (labels 黑体 centred, values 宋体) with minimum row heights.
- :func:`grouped_table`: a data table with a second header row under grouped columns
  (测评得票 → 优秀 / 合格 / 基本合格 / 不合格), header repeated on every page.
- :func:`signature_block`: 团支部书记（签字） and the 团委 seal box of the summaries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, Table, TableStyle  # type: ignore[import-untyped]

from branchdesk.reports.base import CELL_PADDING, GRID_WIDTH, cell_font, paragraph
from branchdesk.reports.meeting_documents import CheckItem
from branchdesk.reports.styles import StyleSheet

LINE_WIDTH: Final = 0.75
PAD: Final[float] = float(1.5 * mm)
CONTINUED: Final = "（续）"
_WIDE_SPACE: Final = "\u00a0" * 4  # U+3000 is collapsed by reportlab; four NBSP ≈ 1 em


def text(value: str, style: Any) -> Flowable:
    """:func:`~branchdesk.reports.base.paragraph` that keeps ideographic spaces (U+3000) wide:
    the document data separates "应到30人　实到28人" with them."""
    return paragraph(value.replace("\u3000", _WIDE_SPACE), style)


class FormSection(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A label cell | content cell row that splits across pages.

    ``min_height`` (points) is the row's least height on the page it starts on. When the page
    ends inside the content, the part on this page is drawn down to the bottom of the frame and
    the rest starts on the next page under the label with "（续）".

    ``reserve``: the flowables that must still fit below this row on its last page (the rows
    after it). The row then stretches (or shrinks to no less than its content) to fill the page
    down to them, so the form ends at the foot of the page like the paper one; when they do not
    fit, it fills the whole page and they start the next one.
    """

    def __init__(
        self,
        label: str,
        content: Sequence[Flowable],
        *,
        label_width: float,
        width: float,
        label_style: Any,
        min_height: float = 0.0,
        fill: bool = False,
        reserve: Sequence[Flowable] = (),
    ) -> None:
        super().__init__()
        self._label = label
        self._content = list(content)
        self._label_width = label_width
        self._width = width
        self._label_style = label_style
        self._min_height = min_height
        self._fill = fill  # drawn to the bottom of the frame (a part followed by a "（续）")
        self._reserve = list(reserve)
        self._label_para = text(label, label_style)
        self._heights: list[float] = []
        self._label_height = 0.0

    @property
    def _inner(self) -> float:
        return float(self._width - self._label_width - 2 * PAD)

    def _measure(self) -> float:
        self._heights = [float(f.wrap(self._inner, 1e6)[1]) for f in self._content]
        _w, label_height = self._label_para.wrap(self._label_width - 2 * PAD, 1e6)
        self._label_height = float(label_height)
        content = sum(self._heights) + sum(_space(f) for f in self._content[1:])
        return max(content, self._label_height) + 2 * PAD

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural = self._measure()
        height = max(natural, self._min_height)
        if self._fill:
            height = max(height, avail_height)
        elif self._reserve and natural <= avail_height:
            # Down to the rows below when they fit after it (its minimum height gives way to
            # keeping the form on one page); else the whole page, and they start the next one.
            below = sum(float(f.wrap(avail_width, avail_height)[1]) for f in self._reserve)
            height = avail_height - below if natural <= avail_height - below else avail_height
        self.height = height
        self.width = self._width
        return self._width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - 2 * PAD
        if room <= 0:
            return []
        self._measure()
        used = 0.0
        fitted: list[Flowable] = []
        rest: list[Flowable] = []
        for index, (flowable, height) in enumerate(zip(self._content, self._heights, strict=True)):
            gap = _space(flowable) if fitted else 0.0
            if used + gap + height <= room:
                fitted.append(flowable)
                used += gap + height
                continue
            pieces = flowable.split(self._inner, room - used - gap)
            if len(pieces) >= 2:
                fitted.append(pieces[0])
                rest = list(pieces[1:]) + self._content[index + 1 :]
            else:
                rest = self._content[index:]
            break
        if not fitted or not rest:
            return []  # nothing fits here (or everything does): let the frame decide
        label = self._label.removesuffix(CONTINUED).rstrip("\n") + "\n" + CONTINUED
        here = FormSection(
            self._label,
            fitted,
            label_width=self._label_width,
            width=self._width,
            label_style=self._label_style,
            fill=True,
        )
        there = FormSection(
            label,
            rest,
            label_width=self._label_width,
            width=self._width,
            label_style=self._label_style,
            reserve=self._reserve,
        )
        return [here, there]

    def draw(self) -> None:
        canvas = self.canv
        height = self.height
        canvas.saveState()
        canvas.setLineWidth(LINE_WIDTH)
        canvas.rect(0, 0, self._width, height)
        canvas.line(self._label_width, 0, self._label_width, height)
        label_y = (height - self._label_height) / 2
        self._label_para.drawOn(canvas, PAD, label_y)
        y = height - PAD
        for index, (flowable, h) in enumerate(zip(self._content, self._heights, strict=True)):
            if index:
                y -= _space(flowable)
            y -= h
            flowable.drawOn(canvas, self._label_width + PAD, y)
        canvas.restoreState()


def _space(flowable: Flowable) -> float:
    return float(getattr(flowable, "spaceBefore", 0.0) or 0.0)


class CheckBoxes(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """``□支部大会  ☑团课 …``: a drawn box per item (ticked when checked), spread over the width;
    a second line when they do not fit on one."""

    BOX: Final = 3.4 * mm
    GAP: Final = 1.2 * mm

    def __init__(self, items: Sequence[CheckItem], font: str, size: float, width: float) -> None:
        super().__init__()
        self._items = list(items)
        self._font = font
        self._size = size
        self._width = width
        self._lines: list[list[tuple[CheckItem, float]]] = []
        self._line_height = max(size * 1.5, self.BOX + 1.5 * mm)

    def _item_width(self, item: CheckItem) -> float:
        return float(self.BOX + self.GAP + stringWidth(item.label, self._font, self._size))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = min(self._width, avail_width)
        self._lines = [[]]
        used = 0.0
        minimum_gap = 2.5 * mm
        for item in self._items:
            w = self._item_width(item)
            if self._lines[-1] and used + minimum_gap + w > width:
                self._lines.append([])
                used = 0.0
            used += (minimum_gap if self._lines[-1] else 0.0) + w
            self._lines[-1].append((item, w))
        self.width = width
        self.height = self._line_height * len(self._lines)
        return width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self._font, self._size)
        canvas.setLineWidth(0.6)
        for row, line in enumerate(self._lines):
            natural = sum(w for _item, w in line)
            gap = (self.width - natural) / len(line) if line else 0.0
            x = gap / 2
            base = self.height - (row + 1) * self._line_height
            box_y = base + (self._line_height - self.BOX) / 2
            for item, w in line:
                canvas.rect(x, box_y, self.BOX, self.BOX)
                if item.checked:
                    canvas.setLineWidth(1.1)
                    path = canvas.beginPath()
                    path.moveTo(x + 0.18 * self.BOX, box_y + 0.52 * self.BOX)
                    path.lineTo(x + 0.42 * self.BOX, box_y + 0.2 * self.BOX)
                    path.lineTo(x + 0.86 * self.BOX, box_y + 0.86 * self.BOX)
                    canvas.drawPath(path, stroke=1, fill=0)
                    canvas.setLineWidth(0.6)
                text_y = box_y + (self.BOX - self._size * 0.72) / 2
                canvas.drawString(x + self.BOX + self.GAP, text_y, item.label)
                x += w + gap
        canvas.restoreState()


def grid(
    rows: Sequence[Sequence[Any]],
    widths_mm: Sequence[float],
    sheet: StyleSheet,
    *,
    labels: Sequence[int] = (0, 2),
    spans: Sequence[tuple[int, int, int]] = (),
    min_height_mm: float = 10.0,
    heights_mm: Sequence[float] | None = None,
    center: Sequence[tuple[int, int]] = (),
) -> Any:
    """A form table: strings become paragraphs (黑体 centred in the ``labels`` columns, 宋体
    elsewhere), other cells are flowables placed as they are; ``spans`` = (row, first column,
    last column) merged; every row at least ``min_height_mm`` (or ``heights_mm`` per row)."""
    data: list[list[Any]] = []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for c, value in enumerate(row):
            if isinstance(value, str):
                if c in labels:
                    style = sheet.header_cell
                elif (r, c) in center:
                    style = sheet.cell_center
                else:
                    style = sheet.cell
                cells.append(text(value, style) if value else "")
            else:
                cells.append(value)
        data.append(cells)
    commands: list[tuple[Any, ...]] = [
        *cell_font(sheet),
        ("GRID", (0, 0), (-1, -1), LINE_WIDTH, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    for r, first, last in spans:
        commands.append(("SPAN", (first, r), (last, r)))
    minimum = [h * mm for h in heights_mm] if heights_mm else [min_height_mm * mm] * len(data)
    return Table(
        data,
        colWidths=[w * mm for w in widths_mm],
        style=TableStyle(commands),
        minRowHeights=minimum,
        hAlign="CENTER",
    )


def grouped_table(
    headers: Sequence[str],
    groups: Sequence[tuple[str, int]],
    rows: Sequence[Sequence[str]],
    widths_mm: Sequence[float],
    sheet: StyleSheet,
    *,
    center_cols: Sequence[int] = (),
    empty_text: str,
) -> Any:
    """A data table whose header has two rows: ``groups`` = (label, span) over the columns; an
    unlabelled group's headers span both rows. Repeated on every page; cells wrap; rows at
    least 8 mm."""
    top: list[Any] = []
    bottom: list[Any] = []
    commands: list[tuple[Any, ...]] = [
        *cell_font(sheet),
        ("INNERGRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("LINEBELOW", (0, 1), (-1, 1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]
    column = 0
    for label, span in groups:
        for offset in range(span):
            index = column + offset
            header = paragraph(headers[index], sheet.header_cell)
            if label:
                top.append(paragraph(label, sheet.header_cell) if offset == 0 else "")
                bottom.append(header)
            else:
                top.append(header)
                bottom.append("")
                commands.append(("SPAN", (index, 0), (index, 1)))
        if label and span > 1:
            commands.append(("SPAN", (column, 0), (column + span - 1, 0)))
        column += span
    data: list[list[Any]] = [top, bottom]
    centered = set(center_cols)
    for row in rows:
        data.append(
            [
                text(value, sheet.cell_center if c in centered else sheet.cell)
                for c, value in enumerate(row)
            ]
        )
    if not rows:
        data.append([paragraph(empty_text, sheet.cell_center)] + [""] * (len(headers) - 1))
        commands.append(("SPAN", (0, 2), (-1, 2)))
    table = _MinHeightTable(
        data,
        colWidths=[w * mm for w in widths_mm],
        style=TableStyle(commands),
        repeatRows=2,
        hAlign="CENTER",
    )
    return table


class _MinHeightTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table whose rows keep their minimum height on every page: reportlab drops
    ``minRowHeights`` from the tables it splits off, so each part sets them again (the
    repeated header rows first, then data rows of at least 8 mm)."""

    HEADER_ROW: Final = 6.5 * mm
    DATA_ROW: Final = 8.0 * mm

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        heads = int(kwargs.get("repeatRows") or 0)
        kwargs["minRowHeights"] = [self.HEADER_ROW] * heads + [self.DATA_ROW] * (len(data) - heads)
        super().__init__(data, *args, **kwargs)


def signature_block(
    sheet: StyleSheet,
    width_mm: float,
    *,
    left: Sequence[str],
    right: Sequence[str],
    height_mm: float = 42.0,
) -> Any:
    """Two boxes side by side: the 团支部's signatures on the left, the 上级团委's opinion and
    seal on the right (forms.md §13.2: ≥ 40 mm for a Ø 40–42 mm seal). Each line is a
    paragraph; the last line of each box sits at the bottom right."""

    def box(lines: Sequence[str]) -> list[Flowable]:
        return [text(line, sheet.body) for line in lines[:-1]]

    half = width_mm / 2
    last = right_aligned(sheet)
    data = [[box(left), box(right)], [text(left[-1], last), text(right[-1], last)]]
    commands: list[tuple[Any, ...]] = [
        *cell_font(sheet),
        ("BOX", (0, 0), (0, 1), LINE_WIDTH, colors.black),
        ("BOX", (1, 0), (1, 1), LINE_WIDTH, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
    ]
    return Table(
        data,
        colWidths=[half * mm, half * mm],
        rowHeights=[(height_mm - 10) * mm, 10 * mm],
        style=TableStyle(commands),
        hAlign="CENTER",
    )


def right_aligned(sheet: StyleSheet) -> Any:
    """The body style, right-aligned (dates at the foot of a signature box)."""
    return ParagraphStyle("body_right", parent=sheet.body, alignment=TA_RIGHT)
