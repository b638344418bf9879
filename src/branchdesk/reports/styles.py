"""The one named stylesheet of every printed form (forms.md §13: sizes in 号, faces by role).

| style | face | size | use |
|---|---|---|---|
| ``title`` | 黑体 | 小二 18 pt | the form's title, centred |
| ``subtitle`` | 宋体 | 小四 12 pt | a line under the title, centred |
| ``body`` | 宋体 | 五号 10.5 pt | running text, signature lines |
| ``cell`` / ``cell_center`` | 宋体 | 五号 10.5 pt | table cells, left / centred |
| ``header_cell`` | 黑体 | 五号 10.5 pt | table header cells, centred |
| ``small`` | 宋体 | 小五 9 pt | notes under a table |
| ``footer`` | 宋体 | 小五 9 pt | the page footer (drawn by the canvas) |

Every style breaks lines anywhere between CJK characters (``wordWrap="CJK"``), so long names,
addresses and numbers wrap inside their cells instead of running out of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]

from branchdesk.reports.fonts import FontSet, register_fonts

# "号" sizes in points (forms.md, "Dimensions").
SIZE: Final = {
    "二号": 22.0,
    "小二": 18.0,
    "三号": 16.0,
    "四号": 14.0,
    "小四": 12.0,
    "五号": 10.5,
    "小五": 9.0,
}
LEADING: Final = 1.25  # line pitch / size for cells; body text a little looser


@dataclass(frozen=True)
class StyleSheet:
    """Named paragraph styles; look them up as attributes or with ``sheet["cell"]``."""

    fonts: FontSet
    title: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    header_cell: ParagraphStyle
    small: ParagraphStyle
    footer: ParagraphStyle

    def __getitem__(self, name: str) -> ParagraphStyle:
        style: ParagraphStyle = getattr(self, name)
        return style


@cache
def stylesheet(fonts: FontSet | None = None) -> StyleSheet:
    """The stylesheet for a font set (default: the bundled fonts); built once per font set."""
    fonts = fonts or register_fonts()
    song, hei = fonts.song, fonts.hei
    cell_size = SIZE["五号"]

    def style(name: str, font: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **extra
        )

    return StyleSheet(
        fonts=fonts,
        title=style(
            "title", hei, SIZE["小二"], SIZE["小二"] * 1.35, alignment=TA_CENTER, spaceAfter=4
        ),
        subtitle=style(
            "subtitle", song, SIZE["小四"], SIZE["小四"] * 1.4, alignment=TA_CENTER, spaceAfter=4
        ),
        body=style("body", song, cell_size, cell_size * 1.6, alignment=TA_LEFT),
        cell=style("cell", song, cell_size, cell_size * LEADING, alignment=TA_LEFT),
        cell_center=style("cell_center", song, cell_size, cell_size * LEADING, alignment=TA_CENTER),
        header_cell=style("header_cell", hei, cell_size, cell_size * LEADING, alignment=TA_CENTER),
        small=style("small", song, SIZE["小五"], SIZE["小五"] * 1.4, alignment=TA_LEFT),
        footer=style("footer", song, SIZE["小五"], SIZE["小五"] * 1.3, alignment=TA_RIGHT),
    )
