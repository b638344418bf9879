"""The data of each printed document: frozen, every string already formatted for paper.

A service fills one of these from the database (dates written out, code lists as names, 身份证号
masked or not); a renderer in ``<name>_pdf.py`` draws it. Nothing here knows a database or a PDF,
so tests assert on the document data directly (style.md point 18).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# forms.md §9: the 团员花名册's columns and their widths in mm (Σ = 262, A4 landscape).
ROSTER_COLUMNS: Final[tuple[tuple[str, float], ...]] = (
    ("序号", 10),
    ("姓名", 20),
    ("性别", 10),
    ("出生年月", 20),
    ("民族", 16),
    ("身份证号码", 42),
    ("手机号码", 28),
    ("团内职务", 20),
    ("政治面貌", 22),
    ("团员发展编号", 30),
    ("入团年月", 20),
    ("备注", 24),
)

ROSTER_SIGNATURE: Final = (
    "团支部书记：__________　　填表人：__________　　"
    "联系电话：______________　　填报日期：______年____月____日"
)


@dataclass(frozen=True)
class RosterDoc:
    """团员花名册 (forms.md §9) as of one day.

    ``rows`` hold one tuple of cell texts per member, in the order of ``columns``; ``footer_lines``
    are printed under the table on the last page (the signature line); ``masked`` tells whether
    the 身份证号码 column shows only the first and last four characters.
    """

    branch_name: str
    title: str
    as_of: str  # "2025年3月5日"
    columns: tuple[str, ...]
    widths_mm: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    footer_lines: tuple[str, ...]
    profile_name: str
    printed_on: str  # "2025年3月5日"
    masked: bool

    @property
    def count(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> tuple[str, ...]:
        """Every row's cell in the column called ``name``."""
        index = self.columns.index(name)
        return tuple(row[index] for row in self.rows)
