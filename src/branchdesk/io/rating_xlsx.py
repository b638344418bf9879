"""对标定级评分表 as a workbook (forms.md §5.1): what a 团委 working in Excel hands its 支部.

Three sheets: 「指标」 (one row per indicator: the printed columns plus 编号, 类型, 每次扣分
and 台账来源), 「一票否决」 (编号, 内容) and 「评分表信息」 (key / value rows: 编号, 名称, 版本,
发布团委, 官方, 总分, 说明). The 一级指标 are taken in the order they first appear.
:func:`read_sheet_xlsx` returns the same data as the JSON file (docs/rating-sheet-format.md),
each row tagged with its Excel row for the messages; :func:`write_sheet_xlsx` writes a sheet in
this layout.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import openpyxl
from openpyxl import Workbook

from branchdesk.domain.rating import SHEET_FORMAT, SHEET_FORMAT_VERSION, Sheet, points_text
from branchdesk.errors import ImportFileError
from branchdesk.io.excel_write import save_workbook

ITEMS_SHEET: Final = "指标"
VETO_SHEET: Final = "一票否决"
INFO_SHEET: Final = "评分表信息"
HEADERS: Final = (
    ("id", "编号"),
    ("dimension", "一级指标"),
    ("name", "二级指标"),
    ("requirement", "评价内容/具体指标"),
    ("standard", "评分标准"),
    ("points", "分值"),
    ("type", "类型"),
    ("per", "每次扣分"),
    ("source", "台账来源"),
    ("basis", "评分依据（材料）"),
)
TYPE_NAMES: Final[Mapping[str, str]] = {
    "ledger": "台账",
    "yesno": "是否",
    "grade": "ABCD",
    "deduct": "扣分",
    "free": "自由",
}
_TYPE_CODES: Final = {name: code for code, name in TYPE_NAMES.items()} | {"A-D": "grade"}
_INFO: Final = (
    ("key", "编号"),
    ("name", "名称"),
    ("version", "版本"),
    ("issuer", "发布团委"),
    ("official", "官方"),
    ("total", "总分"),
    ("note", "说明"),
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_sheet_xlsx(path: Path) -> dict[str, Any]:
    """The workbook's sheet as JSON-format data (not yet validated).

    Raises:
        ImportFileError: not an .xlsx, a missing sheet or a header that is not the layout's.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ImportFileError("评分表应为 .json 或 .xlsx 文件")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ImportFileError(f"找不到文件：{path}") from None
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ImportFileError(f"文件“{path.name}”不是有效的 .xlsx 文件") from exc
    try:
        names = workbook.sheetnames
        for needed in (ITEMS_SHEET, INFO_SHEET):
            if needed not in names:
                raise ImportFileError(f"评分表工作簿缺少工作表“{needed}”")
        data: dict[str, Any] = {"format": SHEET_FORMAT, "format_version": SHEET_FORMAT_VERSION}
        labels = {label: key for key, label in _INFO}
        for row in workbook[INFO_SHEET].iter_rows(values_only=True):
            label, value = _text(row[0] if row else None), row[1] if len(row) > 1 else None
            if label in labels:
                data[labels[label]] = _text(value)
        if "official" in data:
            data["official"] = data["official"] in ("是", "true", "True", "1")
        if data.get("total") == "":
            del data["total"]
        data["items"], data["dimensions"] = _items(workbook[ITEMS_SHEET])
        data["vetoes"] = _vetoes(workbook[VETO_SHEET]) if VETO_SHEET in names else []
    finally:
        workbook.close()
    return data


def _items(sheet: Any) -> tuple[list[dict[str, object]], list[str]]:
    rows = sheet.iter_rows(values_only=True)
    header = [_text(v) for v in next(rows, ())]
    expected = [label for _key, label in HEADERS]
    if header[: len(expected)] != expected:
        raise ImportFileError(f"工作表“{ITEMS_SHEET}”第1行应为表头：" + " | ".join(expected))
    items: list[dict[str, object]] = []
    dimensions: list[str] = []
    for number, row in enumerate(rows, start=2):
        values = [_text(v) for v in row[: len(HEADERS)]]
        if not any(values):
            continue
        item: dict[str, object] = {"_where": f"“{ITEMS_SHEET}”第{number}行"}
        for (key, _label), value in zip(HEADERS, values, strict=False):
            if value:
                item[key] = value
        kind = item.get("type")
        if isinstance(kind, str):
            item["type"] = _TYPE_CODES.get(kind, kind)
        dimension = item.get("dimension")
        if isinstance(dimension, str) and dimension not in dimensions:
            dimensions.append(dimension)
        items.append(item)
    return items, dimensions


def _vetoes(sheet: Any) -> list[dict[str, object]]:
    vetoes: list[dict[str, object]] = []
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        values = [_text(v) for v in row[:2]] + ["", ""]
        if number == 1 or not any(values[:2]):
            continue  # the header
        vetoes.append({"_where": f"“{VETO_SHEET}”第{number}行", "id": values[0], "text": values[1]})
    return vetoes


def write_sheet_xlsx(sheet: Sheet, path: Path) -> None:
    """Write ``sheet`` in the workbook layout (atomically)."""
    workbook = Workbook()
    items = workbook.active
    items.title = ITEMS_SHEET
    items.append([label for _key, label in HEADERS])
    for item in sheet.indicators:
        items.append(
            [
                item.id,
                item.dimension,
                item.name,
                item.requirement,
                item.standard,
                points_text(item.points),
                TYPE_NAMES[item.type],
                points_text(item.per) if item.type == "deduct" else "",
                item.source or "",
                item.basis,
            ]
        )
    vetoes = workbook.create_sheet(VETO_SHEET)
    vetoes.append(["编号", "内容"])
    for veto in sheet.vetoes:
        vetoes.append([veto.id, veto.text])
    info = workbook.create_sheet(INFO_SHEET)
    values = {
        "key": sheet.key,
        "name": sheet.name,
        "version": sheet.version,
        "issuer": sheet.issuer,
        "official": "是" if sheet.official else "否",
        "total": points_text(sheet.total),
        "note": sheet.note,
    }
    for key, label in _INFO:
        info.append([label, values[key]])
    for column, width in zip("ABCDEFGHIJ", (8, 12, 16, 40, 30, 6, 8, 8, 18, 20), strict=True):
        items.column_dimensions[column].width = width
    save_workbook(workbook, path)
