"""Column types for domain values, stored portably (no SQLite-only types)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from branchdesk.domain.dates import YearMonth


class YearMonthType(TypeDecorator[YearMonth]):
    """A :class:`YearMonth` stored as ``YYYY-MM`` text, which sorts and compares correctly."""

    impl = String(7)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, YearMonth):
            return value.isoformat()
        if isinstance(value, str):
            return YearMonth.from_iso(value).isoformat()
        raise TypeError(f"expected YearMonth, got {type(value).__name__}")

    def process_result_value(self, value: Any, dialect: Dialect) -> YearMonth | None:
        if value is None:
            return None
        return YearMonth.from_iso(str(value))
