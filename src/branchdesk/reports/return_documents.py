"""The data of the annual return (团内统计表, forms.md §10.5): frozen, every string formatted.

``services.annual_return`` fills it; ``reports.annual_return_pdf`` draws it and
``services.annual_return`` also writes it as ``.xlsx``. Nothing here knows a database or a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

OWN_TABLE: Final = "本表为本支部自用统计，非官方表式"
PENDING_REASON: Final = "（待说明）"
NO_TRANSFERS: Final = "（本系统未记录转入）"
NO_PARTY_DATES: Final = "（本系统未记录入党日期）"
EMPTY_RETURN: Final = "本年度及上年度均无团员记录：以下各项人数均为0。"
BLANK_DATE: Final = "　　　　年　　月　　日"

# forms.md §10.5 Part A, with the 广东 table's header groups (§10.2); widths in mm (Σ = 257).
PART_A_HEADERS: Final = (
    "领域",
    "单位所属行业类别",
    "团支部数",
    "团员数",
    "当年新发展团员数",
    "上年新发展团员数",
    "专职团干部数",
    "兼职团干部数",
    "挂职团干部数",
)
PART_A_GROUPS: Final = (("", 2), ("团组织", 1), ("团员", 3), ("团干部数", 3))
PART_A_WIDTHS: Final = (27.0, 42.0, 20.0, 20.0, 34.0, 34.0, 26.6, 26.7, 26.7)

PART_B_WIDTHS: Final = (40.0, 54.0, 54.0, 18.0, 91.0)

MOVEMENT_WIDTHS: Final = (46.0, 34.0)
BREAKDOWN_WIDTHS: Final = (42.0, 18.0, 20.0)


@dataclass(frozen=True)
class ReturnTable:
    """One table of the return: a title, the header, the rows (cell texts) and notes under it.

    ``own`` marks the branch's own tables, which print :data:`OWN_TABLE` under their title.
    """

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...]
    notes: tuple[str, ...] = ()
    own: bool = False
    groups: tuple[tuple[str, int], ...] = ()

    def cell(self, row_label: str, column: int = 1) -> str:
        """The cell in ``column`` of the row whose first cell is ``row_label``."""
        for row in self.rows:
            if row[0] == row_label:
                return row[column]
        raise KeyError(row_label)


@dataclass(frozen=True)
class AnnualReturnDoc:
    """The whole return: title, Part A (the 汇总表 blocks), Part B (对比表), Part C (own tables),
    the signature block with the seal area, and what the user should know (``warnings``)."""

    branch_name: str
    year: int
    title: str
    subtitle: str
    cutoff: str  # "2026年12月31日"
    part_a: ReturnTable
    part_b: ReturnTable
    part_c: tuple[ReturnTable, ...]
    empty_note: str  # "" unless the year has no data at all
    signature_lines: tuple[str, ...]
    profile_name: str
    footer: str
    warnings: tuple[str, ...] = ()

    def table(self, key: str) -> ReturnTable:
        for table in (self.part_a, self.part_b, *self.part_c):
            if table.key == key:
                return table
        raise KeyError(key)
