"""A canvas that knows the page count: "第 x 页 共 y 页" bottom right, a footer text bottom left.

Pages are kept until the document is saved, then each gets its footer with the total known (the
usual two-step reportlab pattern; one layout pass, no second build). The footer-left text names
the branch, the print date and the rule profile the document was made under.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]


def page_label(page: int, total: int) -> str:
    """The page number as printed: ``第 3 页 共 12 页``."""
    return f"第 {page} 页 共 {total} 页"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Draws the footer on every page at save time.

    Args (keyword, besides reportlab's own):
        footer: the text at the bottom left (cut with "…" if it would reach the page number).
        font: a registered font name; size: its size in points.
        left, right: the page margins in points; baseline: the footer's height above the edge.
    """

    def __init__(
        self,
        *args: Any,
        footer: str = "",
        font: str = "Helvetica",
        size: float = 9.0,
        left: float = 56.7,
        right: float = 56.7,
        baseline: float = 21.3,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._footer_font = font
        self._footer_size = size
        self._left = left
        self._right = right
        self._baseline = baseline
        self._saved_pages: list[dict[str, Any]] = []
        self.page_count = 0

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        self.page_count = total
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        self.page_count = total
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = float(self._pagesize[0])
        label = page_label(int(self._pageNumber), total)
        font, size = self._footer_font, self._footer_size
        self.saveState()
        self.setFont(font, size)
        self.setFillGray(0)
        right_edge = width - self._right
        self.drawRightString(right_edge, self._baseline, label)
        room = right_edge - self._left - stringWidth(label, font, size) - 2 * size
        text = _fit(self._footer, font, size, room)
        if text:
            self.drawString(self._left, self._baseline, text)
        self.restoreState()


def _fit(text: str, font: str, size: float, room: float) -> str:
    """``text``, shortened with "…" to fit ``room`` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…" if text else ""
