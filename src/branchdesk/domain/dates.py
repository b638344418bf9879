"""Dates and year-months as people write them, and ages in 周岁.

Accepted spellings (forms.md §1): ``2004-03``, ``2004.03``, ``2004/3``, ``200403``, ``2004年3月``,
the same with a day (``2004-03-15``, ``20040315``, ``2004年3月15日``), an Excel serial number, or a
``date``/``datetime`` that a spreadsheet reader already produced.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from branchdesk.domain.text import compact, fold

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 with Lotus's phantom 1900-02-29 folded in
# 10000 = 1927-05-18, 80000 = about 2119. Smaller numbers are not taken as serials: "2004" is a
# year without its month, "3" a stray month. 6- and 8-digit numbers are YYYYMM / YYYYMMDD.
_EXCEL_SERIAL_RANGE = (10000, 80000)

_SEP_DATE = re.compile(r"^(\d{4})[-./年](\d{1,2})(?:[-./月](\d{1,2})日?|月)?$")
# A date with a time of day, as text exports write it: "2004-03-15 00:00:00", "2004/3/15 0:00".
_SEP_DATE_TIME = re.compile(r"^(\d{4}[-./]\d{1,2}[-./]\d{1,2})[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month, e.g. 入团年月. Ordered; ``str()`` gives ``YYYY-MM``."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year out of range: {self.year}")

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    @classmethod
    def from_iso(cls, text: str) -> YearMonth:
        """Parse the storage form ``YYYY-MM`` strictly."""
        year, month = text.split("-")
        return cls(int(year), int(month))

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def chinese(self) -> str:
        return f"{self.year}年{self.month}月"

    def __str__(self) -> str:
        return self.isoformat()


class DateParseError(ValueError):
    """Text that is not a date; ``reason`` is a short Chinese explanation."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


DateLike = str | int | float | date | datetime


def _from_parts(year: int, month: int, day: int | None) -> tuple[int, int, int | None]:
    try:
        date(year, month, day or 1)
    except ValueError:
        raise DateParseError("不是有效的日期") from None
    return year, month, day


def _parse_parts(value: DateLike) -> tuple[int, int, int | None]:
    """Return (year, month, day or None) for any accepted spelling."""
    if isinstance(value, datetime):
        return value.year, value.month, value.day
    if isinstance(value, date):
        return value.year, value.month, value.day
    if isinstance(value, bool):
        raise DateParseError("无法识别的日期")
    if isinstance(value, float):
        if not math.isfinite(value):  # a cell reading 1E+309 is inf: int() would raise
            raise DateParseError("无法识别的日期")
        # Excel stores date-times as fractional serials; the time of day is irrelevant here.
        value = int(value)
    if isinstance(value, int):
        return _parse_number(value)
    # Match the time of day before compact() removes the space that separates it from the date.
    match = _SEP_DATE_TIME.match(fold(value))
    text = compact(match.group(1) if match else value)
    if not text:
        raise DateParseError("日期为空")
    if text.isdigit():
        return _parse_number(int(text), digits=len(text))
    match = _SEP_DATE.match(text)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        day = int(match.group(3)) if match.group(3) else None
        return _from_parts(year, month, day)
    raise DateParseError("无法识别的日期格式（可写作 2004-03、2004.03、200403 或 2004年3月）")


def _parse_number(number: int, digits: int | None = None) -> tuple[int, int, int | None]:
    digits = digits or len(str(number))
    if digits == 8:
        return _from_parts(number // 10000, number // 100 % 100, number % 100)
    if digits == 6:
        return _from_parts(number // 100, number % 100, None)
    if digits == 4:
        raise DateParseError("只有年份，缺少月份（可写作 2004-03）")
    low, high = _EXCEL_SERIAL_RANGE
    if digits == 5 and low <= number <= high:
        day = _EXCEL_EPOCH + timedelta(days=number)
        return day.year, day.month, day.day
    raise DateParseError("无法识别的日期格式（可写作 2004-03、2004.03、200403 或 2004年3月）")


def parse_year_month(value: DateLike) -> YearMonth:
    """Read a year-month; a full date is accepted and its day dropped."""
    year, month, _day = _parse_parts(value)
    return YearMonth(year, month)


def parse_date(value: DateLike) -> date:
    """Read a full calendar date; a bare year-month is refused (the day matters)."""
    year, month, day = _parse_parts(value)
    if day is None:
        raise DateParseError("需要具体到日")
    return date(year, month, day)


def age_on(birth: date, on: date) -> int:
    """Age in 周岁 on a day: completed years, the birthday itself counting.

    Someone born on 29 February has the birthday on 28 February in other years, as in
    :func:`birthday_in_year`, so ``age_on(birth, nth_birthday(birth, n)) == n`` always holds.
    """
    years = on.year - birth.year
    if on < birthday_in_year(birth, on.year):
        years -= 1
    return years


def birthday_in_year(birth: date, year: int) -> date:
    """The birthday in ``year``; someone born on 29 February has it on 28 February otherwise."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def nth_birthday(birth: date, age: int) -> date:
    """The day on which somebody born on ``birth`` turns ``age``."""
    return birthday_in_year(birth, birth.year + age)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` calendar months later (earlier when negative), clamped to the
    month's end: 31 January + 1 month → 28 (or 29) February, 31 August + 6 → 28/29 February."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    """28–31; February follows the Gregorian leap-year rule."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def months_elapsed(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end`` (0 when ``end`` is before ``start``):
    the largest ``n`` with ``add_months(start, n) <= end``. 31 January → 28 February is 1."""
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months
