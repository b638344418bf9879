"""Valid 身份证号 for tests."""

from __future__ import annotations

from datetime import date

from branchdesk.domain.idcard import check_char


def make_id(born: date, female: bool = False, region: str = "220102", seq: int = 12) -> str:
    """An 18-character ID that passes the GB 11643 check."""
    sequence = seq * 2 + (0 if female else 1)
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)
