"""The data of a printed 团员组织关系介绍信 (forms.md §4.1.3): every blank already formatted.

No reportlab here: services build these, ``reports/transfer_letter_pdf.py`` draws them.
An empty string is a blank printed for the pen.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TransferLetter:
    """One letter: the same number on its 存根, 介绍信 and 回执联."""

    number: str  # between 第 and 号, e.g. 2026-007
    name: str
    dev_number: str  # 团员号 / 团员编号 (团员发展编号), "" = blank
    gender: str  # 男 | 女 | "" (then "（男/女）" is printed for the pen)
    age: str  # 周岁 on the issue day
    ethnicity: str  # without a trailing 族: 汉, 满, 朝鲜
    id_number: str  # the full number: the one print where it is not masked
    from_org: str  # 转出组织: the branch's 组织全称
    to_org: str  # 转入组织全称
    addressee: str  # 抬头: the receiving 团委
    fee_year: str
    fee_month: str
    valid_days: str
    phone: str
    issuer: str  # the issuing 团委: addressee of the 回执联
    issued_year: str
    issued_month: str
    issued_day: str
    voided: bool = False  # 作废: printed across the page


@dataclass(frozen=True)
class LetterBatch:
    """Letters printed together (one page each)."""

    title: str
    letters: tuple[TransferLetter, ...]
