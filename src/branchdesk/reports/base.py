"""The page engine every form uses: a story in, PDF bytes out; and the long data table.

:func:`render` lays a platypus story on A4 (portrait or landscape) with the form's margins, sets
the PDF's title and author, and numbers the pages "第 x 页 共 y 页" with a footer text
(:mod:`.canvas`). Fonts are the bundled, embedded subsets of :mod:`.fonts`.

:func:`data_table` is the table of a roster or a ledger. A cell too long for one line becomes a
``Paragraph``, so long names and addresses wrap inside their cells (the others stay plain strings,
which lay out four times faster); the header row is repeated at the top of every page; rows have
a minimum height; a closing block (signatures, a seal box) can follow on the last page.

A single platypus ``Table`` re-measures all the rows that are left each time it is split at a
page end, so its cost grows with the square of its length (platform.md §6: 10,000 rows took
13.3 s in one table, 5.8 s in 200-row tables). Cutting the rows
into fixed 200-row tables would print a second header row wherever a table happens to start in
the middle of a page, so the rows are cut at the page ends instead: each page gets a table of
its own, built from a slice of at most ``chunk_rows`` rows (about twice what the last page held),
with the header on top. The work per page is then constant and a 2,000-row roster is linear.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from branchdesk import __version__
from branchdesk.reports.canvas import NumberedCanvas
from branchdesk.reports.fonts import FontSet, register_fonts
from branchdesk.reports.styles import StyleSheet, stylesheet

Progress = Callable[[int, int], None]

CELL_PADDING = 2.0  # points, each side
GRID_WIDTH = 0.5
BOX_WIDTH = 1.0
EMPTY_TEXT = "（无）"


def render(
    story: Iterable[Flowable],
    *,
    landscape: bool,
    margins_mm: tuple[float, float, float, float],
    footer: str,
    title: str,
    author: str = "branchdesk",
    subject: str = "",
    fonts: FontSet | None = None,
) -> bytes:
    """Lay out ``story`` on A4 and return the PDF.

    Args:
        story: the flowables, in order.
        landscape: A4 landscape (297 × 210 mm) instead of portrait.
        margins_mm: (top, right, bottom, left) in millimetres, as the form's spec gives them.
        footer: the footer text at the bottom left of every page (the page number is added
            bottom right).
        title, author, subject: the PDF's metadata.
        fonts: the registered font set (default: the bundled fonts).
    """
    fonts = fonts or register_fonts()
    sheet = stylesheet(fonts)
    page = _landscape(A4) if landscape else A4
    top, right, bottom, left = (value * mm for value in margins_mm)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator=f"branchdesk {__version__}",
        lang="zh-CN",
        # Every page starts in this font: otherwise reportlab names Helvetica, a font the
        # reader's viewer would have to supply.
        initialFontName=sheet.body.fontName,
        initialFontSize=sheet.body.fontSize,
    )
    frame = Frame(
        left,
        bottom,
        page[0] - left - right,
        page[1] - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    maker = partial(
        NumberedCanvas,
        footer=footer,
        font=sheet.footer.fontName,
        size=sheet.footer.fontSize,
        left=left,
        right=right,
        baseline=bottom * 0.45,
    )
    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue()


_PAGES_COUNT = re.compile(
    rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b"
)


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF written by :func:`render` (reportlab's flat page tree)."""
    counts = [int(a or b) for a, b in _PAGES_COUNT.findall(pdf)]
    return max(counts, default=0)


def paragraph(text: str, style: Any) -> Flowable:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def cell_font(sheet: StyleSheet) -> list[tuple[Any, ...]]:
    """Table style commands that set every cell's font to the 宋体 role.

    A platypus ``Table`` sets its cells' font (default Helvetica) even when every cell is a
    paragraph; without these commands the PDF would name a font it does not embed.
    """
    return [
        ("FONTNAME", (0, 0), (-1, -1), sheet.cell.fontName),
        ("FONTSIZE", (0, 0), (-1, -1), sheet.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), sheet.cell.leading),
    ]


def frame_width_mm(landscape: bool, margins_mm: tuple[float, float, float, float]) -> float:
    """The width of the text block in millimetres."""
    width = 297.0 if landscape else 210.0
    return width - margins_mm[1] - margins_mm[3]


def data_table(
    header: list[str],
    rows: Sequence[Sequence[str]],
    col_widths_mm: list[float],
    *,
    repeat_header: bool = True,
    chunk_rows: int = 200,
    center_cols: Iterable[int] = (),
    min_row_height_mm: float = 0.0,
    empty_text: str = EMPTY_TEXT,
    tail: Sequence[Flowable] = (),
    keep_rows: int = 3,
    fonts: FontSet | None = None,
    progress: Progress | None = None,
) -> list[Flowable]:
    """The flowables of a long table (see the module note): wrapping cells, header on each page.

    Args:
        header: the column titles (黑体, centred).
        rows: the cell texts, one list per row, as many cells as columns.
        col_widths_mm: column widths in millimetres (from the form's spec).
        repeat_header: repeat the header row at the top of every page.
        chunk_rows: the most rows measured at once for one page.
        center_cols: indexes of columns whose cells are centred (序号, 性别, dates …).
        min_row_height_mm: the least height of a row (forms.md §9: 8 mm).
        empty_text: printed in one spanning row when there are no rows.
        tail: flowables drawn right under the table on its last page (a signature block, a seal
            box) — never alone on a page: the last ``keep_rows`` rows go with them.
        keep_rows: how many rows the ``tail`` takes along to a new page.
        fonts: the registered font set (default: the bundled fonts).
        progress: called as ``progress(rows_laid_out, total_rows)`` while pages are laid out.
    """
    if len(header) != len(col_widths_mm):
        raise ValueError(f"{len(header)} headers but {len(col_widths_mm)} column widths")
    for number, row in enumerate(rows, start=1):
        if len(row) != len(header):
            raise ValueError(f"row {number} has {len(row)} cells, the header {len(header)}")
    sheet = stylesheet(fonts or register_fonts())
    spec = _TableSpec(
        header=[paragraph(text, sheet.header_cell) for text in header],
        rows=rows,
        widths=[width * mm for width in col_widths_mm],
        sheet=sheet,
        center=frozenset(center_cols),
        min_height=min_row_height_mm * mm,
        chunk=max(chunk_rows, 2),
        repeat_header=repeat_header,
        empty_text=empty_text,
        tail=list(tail),
        keep_rows=max(keep_rows, 1),
        progress=progress,
    )
    return [_PagedTable(spec, 0, with_header=True)]


@dataclass
class _TableSpec:
    """What every page's table of one data table shares."""

    header: list[Flowable]
    rows: Sequence[Sequence[str]]
    widths: list[float]
    sheet: StyleSheet
    center: frozenset[int]
    min_height: float
    chunk: int
    repeat_header: bool
    empty_text: str
    tail: list[Flowable]
    keep_rows: int
    progress: Progress | None
    per_page: int = 0  # data rows the last full page held; 0 until the first split
    _cells: dict[int, list[Any]] = field(default_factory=dict)

    def row_cells(self, index: int) -> list[Any]:
        """The cells of row ``index``, made once (a row may be measured twice).

        A text that fits its column on one line stays a plain string (drawn in the cell font,
        four times faster to lay out than a paragraph); a longer one becomes a paragraph that
        wraps inside the cell.
        """
        cells = self._cells.get(index)
        if cells is None:
            sheet = self.sheet
            font, size = sheet.cell.fontName, sheet.cell.fontSize
            cells = []
            for column, text in enumerate(self.rows[index]):
                room = self.widths[column] - 2 * CELL_PADDING
                if "\n" not in text and stringWidth(text, font, size) <= room:
                    cells.append(text)
                else:
                    style = sheet.cell_center if column in self.center else sheet.cell
                    cells.append(paragraph(text, style))
            self._cells[index] = cells
        return cells

    def forget(self, stop: int) -> None:
        """Drop the paragraphs of rows before ``stop`` (they are laid out)."""
        for index in [i for i in self._cells if i < stop]:
            del self._cells[index]

    def table(self, start: int, stop: int, with_header: bool) -> Any:
        data: list[list[Any]] = [list(self.header)] if with_header else []
        heads = len(data)
        if not self.rows:
            filler = [""] * (len(self.widths) - 1)
            data.append([paragraph(self.empty_text, self.sheet.cell_center), *filler])
        else:
            data.extend(self.row_cells(index) for index in range(start, stop))
        commands: list[tuple[Any, ...]] = [
            *cell_font(self.sheet),
            ("INNERGRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
            ("BOX", (0, 0), (-1, -1), BOX_WIDTH, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            *(("ALIGN", (column, 0), (column, -1), "CENTER") for column in sorted(self.center)),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]
        if heads:
            commands.append(("LINEBELOW", (0, 0), (-1, 0), BOX_WIDTH, colors.black))
        if not self.rows:
            commands.append(("SPAN", (0, heads), (-1, heads)))
        return Table(
            data,
            colWidths=self.widths,
            style=TableStyle(commands),
            repeatRows=heads,
            minRowHeights=[self.min_height] * len(data) if self.min_height else None,
            hAlign="CENTER",
        )

    def report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, len(self.rows))


class _PagedTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """The rows from ``start`` on; split at each page end into a one-page table and the rest.

    The last piece also draws the ``tail`` under its rows.
    """

    def __init__(self, spec: _TableSpec, start: int, with_header: bool) -> None:
        super().__init__()
        self._spec = spec
        self._start = start
        self._with_header = with_header
        self._whole: Any = None  # the table of all remaining rows, when they are few
        self._tail_sizes: list[tuple[float, float]] = []
        self._table_width = 0.0
        self._width = 0.0
        self._moved = False  # split() already sent us to a fresh page once
        self.hAlign = "CENTER"  # like the page tables split off it

    def _remaining(self) -> int:
        return len(self._spec.rows) - self._start

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        spec = self._spec
        if self._remaining() > spec.chunk:
            self._whole = None
            # Too many rows to measure at once: claim more than the frame, so it splits us.
            return sum(spec.widths), avail_height + 1_000_000
        if self._whole is None:
            self._whole = spec.table(self._start, len(spec.rows), self._with_header)
        width, height = self._whole.wrap(avail_width, avail_height)
        self._tail_sizes = [item.wrap(avail_width, avail_height) for item in spec.tail]
        self._table_width = float(width)
        for item, (item_width, item_height) in zip(spec.tail, self._tail_sizes, strict=True):
            width = max(width, item_width)
            height += item.getSpaceBefore() + item_height + item.getSpaceAfter()
        self._width = float(width)
        return float(width), float(height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        spec = self._spec
        total = len(spec.rows)
        heads = 1 if self._with_header else 0
        guess = min(spec.chunk, 2 * spec.per_page + 8) if spec.per_page else spec.chunk
        while True:
            stop = min(total, self._start + guess)
            table = spec.table(self._start, stop, self._with_header)
            parts = table.split(avail_width, avail_height)
            if not parts:
                return []  # not even one row fits: the frame moves us to the next page
            if len(parts) == 1:  # every row of the slice fits
                if stop < total:
                    guess *= 2
                    continue
                return self._split_for_tail(table)
            first = parts[0]
            laid = int(first._nrows) - heads
            if laid <= 0:
                return []
            return self._cut(first, self._start + laid, laid)

    def _split_for_tail(self, table: Any) -> list[Flowable]:
        """All rows fit here but the tail does not: leave the last rows for the next page."""
        spec = self._spec
        total = len(spec.rows)
        if not spec.tail:
            return [table]
        cut = total - min(spec.keep_rows, self._remaining())
        if cut > self._start:
            first = spec.table(self._start, cut, self._with_header)
            return self._cut(first, cut, cut - self._start)
        if not self._moved:
            self._moved = True
            return []  # a few rows and the tail: together on the next page
        # Even a fresh page cannot hold them together: print the tail after them.
        return [table, *spec.tail]

    def _cut(self, first: Any, done: int, laid: int) -> list[Flowable]:
        spec = self._spec
        spec.per_page = max(spec.per_page, laid)
        spec.forget(done)
        spec.report(done)
        return [first, _PagedTable(spec, done, with_header=spec.repeat_header)]

    def draw(self) -> None:
        assert self._whole is not None, "wrap() comes before draw()"
        spec = self._spec
        below = sum(
            item.getSpaceBefore() + height + item.getSpaceAfter()
            for item, (_, height) in zip(spec.tail, self._tail_sizes, strict=True)
        )
        self._whole.drawOn(self.canv, (self._width - self._table_width) / 2, below)
        y = below
        for item, (_, height) in zip(spec.tail, self._tail_sizes, strict=True):
            y -= item.getSpaceBefore() + height
            item.drawOn(self.canv, 0, y)
            y -= item.getSpaceAfter()
        spec.report(len(spec.rows))
