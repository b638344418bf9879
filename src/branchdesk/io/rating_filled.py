"""The filled 对标定级 sheet going back to the 团委 (forms.md §5.1: "the filled sheet (自评分,
评分依据) exports back for the 团委"), as a workbook or JSON.

The workbook has three sheets: 「自评表」 (one row per indicator: 编号, the printed columns
一级指标 … 分值, 评分依据, 台账得分, 自评分, 自评分说明, 复核分, and a 合计 row),
「一票否决」 (编号, 内容, 自评) and 「自评信息」 (key / value rows: 团支部, 年度, the sheet's
名称 and 版本, 状态, totals, the computed and the self-assessed star with its reason, the
signatures). The JSON file
holds the same, with points as numbers (two decimals at most) and ``null`` for an empty cell;
its ``format`` is :data:`FILLED_FORMAT`, so a 团委's tool can tell it from a blank sheet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook

from branchdesk.io.excel_write import save_workbook

FILLED_FORMAT: Final = "branchdesk-rating-filled"
FILLED_FORMAT_VERSION: Final = 1
ITEMS_SHEET: Final = "自评表"
VETO_SHEET: Final = "一票否决"
INFO_SHEET: Final = "自评信息"
HEADERS: Final = (
    "编号",
    "一级指标",
    "二级指标",
    "评价内容/具体指标",
    "评分标准",
    "分值",
    "评分依据",
    "台账得分",
    "自评分",
    "自评分说明",
    "复核分",
)


@dataclass(frozen=True)
class FilledRow:
    """One indicator as scored; points in hundredths, None = empty."""

    id: str
    dimension: str
    name: str
    requirement: str
    standard: str
    points: int
    basis: str  # 评分依据: the sheet's 材料 and the ledger's evidence
    ledger_points: int | None
    self_points: int | None
    reason: str  # why the 自评分 differs from the ledger's
    review_points: int | None


@dataclass(frozen=True)
class FilledVeto:
    id: str
    text: str
    answered_yes: bool


@dataclass(frozen=True)
class FilledSheet:
    """A year's 自评 as the 团委 receives it (every text already Chinese)."""

    branch: str
    year: int
    sheet_key: str
    sheet_name: str
    sheet_version: str
    issuer: str
    state: str  # 草稿 / 已签字 / 已复核 / 已定级
    rows: tuple[FilledRow, ...]
    vetoes: tuple[FilledVeto, ...]
    total_points: int
    self_total: int
    review_total: int | None
    computed_star: str
    self_star: str
    self_star_reason: str
    secretary: str
    representative: str
    signed_on: date | None
    review_star: str
    final_star: str
    exported_on: date


def _number(hundredths: int | None) -> float | int | None:
    if hundredths is None:
        return None
    return hundredths // 100 if hundredths % 100 == 0 else hundredths / 100


def _info(filled: FilledSheet) -> list[tuple[str, str, Any]]:
    """(json key, label, value) of the sheet's information."""
    vetoed = [v.id for v in filled.vetoes if v.answered_yes]
    return [
        ("branch", "团支部", filled.branch),
        ("year", "年度", filled.year),
        ("sheet_name", "评分表", filled.sheet_name),
        ("sheet_key", "评分表编号", filled.sheet_key),
        ("sheet_version", "评分表版本", filled.sheet_version),
        ("issuer", "发布团委", filled.issuer),
        ("state", "状态", filled.state),
        ("total_points", "总分值", _number(filled.total_points)),
        ("self_total", "自评总分", _number(filled.self_total)),
        ("vetoes_answered_yes", "一票否决", "有（" + "、".join(vetoed) + "）" if vetoed else "无"),
        ("computed_star", "按规则计算的星级", filled.computed_star),
        ("self_star", "自评星级", filled.self_star),
        ("self_star_reason", "自评星级说明", filled.self_star_reason),
        ("secretary", "团支部书记（签字）", filled.secretary),
        ("representative", "团员代表（签字）", filled.representative),
        ("signed_on", "签字日期", filled.signed_on.isoformat() if filled.signed_on else ""),
        ("review_total", "复核总分", _number(filled.review_total)),
        ("review_star", "复核星级", filled.review_star),
        ("final_star", "最终星级", filled.final_star),
        ("exported_on", "导出日期", filled.exported_on.isoformat()),
    ]


def filled_json(filled: FilledSheet) -> str:
    """The JSON text of a filled sheet."""
    data: dict[str, Any] = {"format": FILLED_FORMAT, "format_version": FILLED_FORMAT_VERSION}
    for key, _label, value in _info(filled):
        if key == "vetoes_answered_yes":
            value = [v.id for v in filled.vetoes if v.answered_yes]
        data[key] = value
    data["rows"] = [
        {
            "id": row.id,
            "dimension": row.dimension,
            "name": row.name,
            "requirement": row.requirement,
            "standard": row.standard,
            "points": _number(row.points),
            "basis": row.basis,
            "ledger_points": _number(row.ledger_points),
            "self_points": _number(row.self_points),
            "reason": row.reason,
            "review_points": _number(row.review_points),
        }
        for row in filled.rows
    ]
    data["vetoes"] = [
        {"id": v.id, "text": v.text, "answered_yes": v.answered_yes} for v in filled.vetoes
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_filled_xlsx(filled: FilledSheet, path: Path) -> None:
    """Write the filled sheet as a workbook (atomically); points as numbers."""
    workbook = Workbook()
    items = workbook.active
    items.title = ITEMS_SHEET
    items.append(list(HEADERS))
    for row in filled.rows:
        items.append(
            [
                row.id,
                row.dimension,
                row.name,
                row.requirement,
                row.standard,
                _number(row.points),
                row.basis,
                _number(row.ledger_points),
                _number(row.self_points),
                row.reason,
                _number(row.review_points),
            ]
        )
    items.append(
        [
            "合计",
            "",
            "",
            "",
            "",
            _number(filled.total_points),
            "",
            "",
            _number(filled.self_total),
            "",
            _number(filled.review_total),
        ]
    )
    for column, width in zip("ABCDEFGHIJK", (8, 12, 16, 36, 28, 6, 36, 8, 8, 24, 8), strict=True):
        items.column_dimensions[column].width = width
    items.freeze_panes = "A2"
    vetoes = workbook.create_sheet(VETO_SHEET)
    vetoes.append(["编号", "内容", "自评"])
    for veto in filled.vetoes:
        vetoes.append([veto.id, veto.text, "是" if veto.answered_yes else "否"])
    vetoes.column_dimensions["B"].width = 60
    info = workbook.create_sheet(INFO_SHEET)
    for _key, label, value in _info(filled):
        info.append([label, "" if value is None else value])
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 48
    save_workbook(workbook, path)
