"""Member sheet column layouts and the header names accepted on import (forms.md §1, §3, §9).

Two layouts are written: ``zhtj``, the column set and order of the 智慧团建 "导出团员" file, and
``full``, branchdesk's own sheet carrying every member field. On import, columns are matched by
header name, never by position: :func:`match_header` folds full-width characters and removes
spaces, line breaks, ``*`` required markers and a trailing colon before looking the name up in
:data:`HEADER_SYNONYMS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from branchdesk.domain.members import FIELD_LABELS
from branchdesk.domain.text import compact

LayoutName = Literal["zhtj", "full"]

ORG_NAME = "org_name"
"""Key of the 组织全称 column; not a member field (the service maps it to the branch)."""

# ID-like values that Excel would turn into numbers: always written as text (forms.md §3).
TEXT_ONLY_KEYS: frozenset[str] = frozenset({"id_number", "dev_number", "card_number", "phone"})

# Widths in Excel character units (one Chinese character is about 2 units).
_WIDTHS: dict[str, float] = {
    ORG_NAME: 40,
    "id_number": 21,
    "dev_number": 15,
    "card_number": 14,
    "phone": 14,
    "name": 10,
    "gender": 6,
    "ethnicity": 9,
    "political_status": 13,
    "household": 24,
    "unit_at_join": 24,
    "note": 24,
}
_DEFAULT_WIDTH = 11.0


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a written sheet."""

    key: str
    header: str
    text_only: bool = False
    width: float = _DEFAULT_WIDTH


def _spec(key: str, header: str) -> ColumnSpec:
    return ColumnSpec(
        key=key,
        header=header,
        text_only=key in TEXT_ONLY_KEYS,
        width=_WIDTHS.get(key, _DEFAULT_WIDTH),
    )


@dataclass(frozen=True)
class Layout:
    """An ordered column set. ``optional`` columns follow ``columns`` when they carry data."""

    name: LayoutName
    description: str
    columns: tuple[ColumnSpec, ...]
    optional: tuple[ColumnSpec, ...] = ()

    @property
    def all_columns(self) -> tuple[ColumnSpec, ...]:
        return self.columns + self.optional

    @property
    def keys(self) -> frozenset[str]:
        """Every key the layout can carry, optional ones included."""
        return frozenset(spec.key for spec in self.all_columns)

    def spec(self, key: str) -> ColumnSpec:
        for column in self.all_columns:
            if column.key == key:
                return column
        raise KeyError(key)


ZHTJ = Layout(
    name="zhtj",
    description="智慧团建导出格式",
    columns=tuple(
        _spec(key, header)
        for key, header in (
            (ORG_NAME, "组织全称"),
            ("name", "姓名"),
            ("gender", "性别"),
            ("birth_date", "出生年月"),
            ("ethnicity", "民族"),
            ("phone", "手机号码"),
            ("league_post", "团内职务"),
            ("political_status", "政治面貌"),
            ("dev_number", "团员发展编号"),
            ("join_month", "入团年月"),
        )
    ),
    optional=(_spec("id_number", "身份证号码"),),
)


def _full_columns() -> tuple[ColumnSpec, ...]:
    labels = dict(FIELD_LABELS)
    labels["id_number"] = "身份证号码"
    order = [key for key in labels if key != "id_number"]
    order.insert(order.index("name") + 1, "id_number")
    return (_spec(ORG_NAME, "组织全称"), *(_spec(key, labels[key]) for key in order))


FULL = Layout(name="full", description="branchdesk 完整格式", columns=_full_columns())

LAYOUTS: dict[str, Layout] = {ZHTJ.name: ZHTJ, FULL.name: FULL}


def get_layout(name: str) -> Layout:
    """Return the layout called ``name``; an unknown name is a programming error (ValueError)."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise ValueError(f"unknown layout {name!r}; expected one of {sorted(LAYOUTS)}") from None


# Accepted header texts per key, besides the layout headers and the FIELD_LABELS labels.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    ORG_NAME: ("组织全称", "所在团支部", "团支部", "所在组织"),
    "dev_number": ("团员发展编号", "发展团员编号", "团员编号", "发展编号"),
    "join_month": ("入团年月", "入团时间", "入团日期"),
    "id_number": ("身份证号码", "身份证号", "身份证", "公民身份号码", "证件号码"),
    "phone": ("手机号码", "手机号", "手机", "联系电话", "电话", "联系方式"),
    "birth_date": ("出生年月", "出生日期"),
    "post_since": ("任现职年月", "任职时间"),
    "league_post": ("团内现任职务", "现任职务"),
    "cadre_nature": ("干部性质", "团干部类别"),
    "fulltime_education": ("文化程度", "全日制学历", "学历"),
    "household": ("户籍地", "户籍"),
    "status": ("团籍状态", "状态"),
    "note": ("备注", "说明"),
    "card_number": ("团员证号",),
}

# Headers that are expected in real sheets and carry nothing to import: neither mapped nor reported.
IGNORED_HEADERS: frozenset[str] = frozenset({"序号", "序", "No", "No."})

_MARKERS = re.compile(r"[*]")
_TRAILING_NOTE = re.compile(r"\([^()]*\)$")


def normalise_header(text: object) -> str:
    """A header cell in matching form: folded; no spaces, line breaks, ``*`` or final colon."""
    if text is None:
        return ""
    folded = _MARKERS.sub("", compact(str(text)))
    return folded.rstrip(":")


def _build_synonyms() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(header: str, key: str) -> None:
        norm = normalise_header(header)
        if table.get(norm, key) != key:
            raise AssertionError(f"header {header!r} maps to both {table[norm]!r} and {key!r}")
        table[norm] = key

    for key, label in FIELD_LABELS.items():
        add(label, key)
    for layout in LAYOUTS.values():
        for spec in layout.all_columns:
            add(spec.header, spec.key)
    for key, names in _SYNONYMS.items():
        for name in names:
            add(name, key)
    return table


HEADER_SYNONYMS: dict[str, str] = _build_synonyms()
"""Normalised header text → canonical key."""

_IGNORED = frozenset(normalise_header(text) for text in IGNORED_HEADERS)


def match_header(text: object) -> str | None:
    """The canonical key for a header cell, or None when it names no known column.

    A trailing note in brackets is tolerated: "出生年月（YYYY-MM）" matches 出生年月.
    """
    norm = normalise_header(text)
    if not norm:
        return None
    key = HEADER_SYNONYMS.get(norm)
    if key is None and norm.endswith(")"):
        key = HEADER_SYNONYMS.get(_TRAILING_NOTE.sub("", norm).rstrip(":"))
    return key


@dataclass(frozen=True)
class HeaderMatch:
    """How one row of cells reads as a header row."""

    columns: dict[str, int]  # canonical key → 1-based column
    unknown: list[str] = field(default_factory=list)  # header texts that name no known column
    duplicates: list[str] = field(default_factory=list)  # a second header for an already-seen key
    texts: dict[str, str] = field(default_factory=dict)  # canonical key → header text as written

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def is_header(self) -> bool:
        """姓名 plus at least one other recognised column."""
        return "name" in self.columns and len(self.columns) >= 2


def match_header_row(cells: Sequence[object] | Iterable[object]) -> HeaderMatch:
    """Match every cell of a candidate header row; the first of two synonyms for a key wins."""
    match = HeaderMatch(columns={})
    for index, cell in enumerate(cells, start=1):
        if cell is None:
            continue
        text = " ".join(str(cell).split())
        if not text:
            continue
        key = match_header(text)
        if key is None:
            if normalise_header(text) not in _IGNORED:
                match.unknown.append(text)
        elif key in match.columns:
            match.duplicates.append(text)
        else:
            match.columns[key] = index
            match.texts[key] = text
    return match


def guess_layout(keys: Iterable[str]) -> LayoutName:
    """``zhtj`` when every recognised column is one the 智慧团建 export has, else ``full``."""
    return "zhtj" if set(keys) <= ZHTJ.keys else "full"
