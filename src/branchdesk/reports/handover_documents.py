"""The 团支部工作移交清单's document data: every string already formatted for paper.

Built by :mod:`branchdesk.services.handover`, rendered by :mod:`branchdesk.reports.handover_pdf`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

HANDOVER_HEADERS: Final = ("序号", "移交项目", "数量", "说明")
HANDOVER_WIDTHS: Final = (12.0, 47.0, 36.0, 67.0)  # mm; 162 mm = A4 portrait, margins 20/28

# The paper books handed over beside the data file (users.md pain point 10): counted by hand.
PAPER_ITEMS: Final = ("团支部工作手册（纸质）", "转移关系簿 / 介绍信存根", "团费收支簿及票据")

SIGNATURE_ROLES: Final = (
    "移交人（原团支部书记）",
    "接收人（新任团支部书记）",
    "监交人（上级团委）",
)


@dataclass(frozen=True)
class HandoverDoc:
    """The 移交清单 of one branch on one day."""

    branch_name: str
    title: str  # "…团支部工作移交清单"
    date_line: str  # "移交日期：2026年11月27日"
    rows: tuple[tuple[str, str, str, str], ...]  # 序号, 项目, 数量, 说明
    file_lines: tuple[str, ...]  # the handover file, its checksum (when one was exported)
    note: str
    signers: tuple[str, ...]  # the names for SIGNATURE_ROLES, "" = written by hand
    footer: str
