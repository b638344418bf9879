"""Rules that look at the roster as a whole: duplicates and how an imported row finds its member."""

from __future__ import annotations

from collections.abc import Sequence

from branchdesk.domain.dates import YearMonth
from branchdesk.domain.members import FIELD_LABELS, Issue, MemberInput

UNIQUE_FIELDS = ("id_number", "dev_number")


def conflict_issue(field: str, value: str, other_name: str, other_deleted: bool) -> Issue:
    """The message for a number that already belongs to somebody else."""
    where = "回收站中的" if other_deleted else ""
    return Issue(field, f"{FIELD_LABELS[field]}{value}已属于{where}成员“{other_name}”")


def duplicate_row_issue(first_row_number: int) -> Issue:
    """The message for a row that repeats an earlier row of the same file."""
    return Issue("name", f"与本文件第{first_row_number}行是同一人或号码重复")


def identity_key(member: MemberInput) -> tuple[str, ...] | None:
    """How a row is recognised on re-import: by 身份证号, else 姓名 + 出生年月 + 团员发展编号."""
    if member.id_number:
        return ("id", member.id_number)
    if member.birth_date is None:
        return None
    month = YearMonth.of(member.birth_date).isoformat()
    return ("name", member.name, month, member.dev_number or "")


def batch_duplicates(members: Sequence[MemberInput | None]) -> dict[int, int]:
    """Map each row index that repeats an earlier row (same person or same number) to that row."""
    seen: dict[tuple[str, ...], int] = {}
    firsts: dict[int, int] = {}
    for index, member in enumerate(members):
        if member is None:
            continue
        keys: list[tuple[str, ...]] = [
            (field, str(getattr(member, field)))
            for field in UNIQUE_FIELDS
            if getattr(member, field)
        ]
        identity = identity_key(member)
        if identity is not None:
            keys.append(identity)
        for key in keys:
            first = seen.setdefault(key, index)
            if first != index:
                firsts.setdefault(index, first)
    return firsts
