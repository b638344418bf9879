"""Display formatting shared by widgets (code lists as names, dates in Chinese order)."""

from __future__ import annotations

from datetime import date

from branchdesk.domain import idcard, vocab
from branchdesk.domain.dates import YearMonth


def code_name(codes: vocab.CodeList, code: str | None) -> str:
    return codes.name(code) if code else ""


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_month(value: YearMonth | None) -> str:
    return value.isoformat() if value else ""


def masked_id(number: str | None) -> str:
    return idcard.mask(number) if number else ""
