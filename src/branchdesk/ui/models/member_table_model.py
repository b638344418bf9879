"""The roster list: a lazy table model over the member service.

The service returns the ordered ids that match the filter (cheap even at 100,000 members); rows
are fetched in blocks of 200 when the view first asks for them, so the first screen appears as fast
as the id query runs. Sorting is done by the database, not by a proxy.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from branchdesk.domain import vocab
from branchdesk.domain.members import Overage
from branchdesk.services.members import MemberService
from branchdesk.services.schemas import MemberFilter, MemberRow, SortKey
from branchdesk.ui.models.base import HeaderedTableModel, ModelIndex
from branchdesk.ui.text import code_name, fmt_date, fmt_month, masked_id

BLOCK = 200
RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2


_OVER_BRUSH = QBrush(QColor("#fde2e1"))
_SOON_BRUSH = QBrush(QColor("#fff4d6"))
_DELETED_BRUSH = QBrush(QColor("#8a8a8a"))


class MemberTableModel(HeaderedTableModel):
    """Columns of the 团员名册 list."""

    COL_NAME, COL_GENDER, COL_BIRTH, COL_AGE, COL_ETHNICITY, COL_POLITICAL, COL_JOIN = range(7)
    COL_POST, COL_GROUP, COL_PHONE, COL_ID, COL_STATUS = range(7, 12)
    COLUMN_COUNT = 12

    _SORT_KEYS = {
        COL_NAME: SortKey.NAME,
        COL_GENDER: SortKey.GENDER,
        COL_BIRTH: SortKey.BIRTH_DATE,
        COL_AGE: SortKey.BIRTH_DATE,
        COL_ETHNICITY: SortKey.ETHNICITY,
        COL_POLITICAL: SortKey.POLITICAL_STATUS,
        COL_JOIN: SortKey.JOIN_MONTH,
        COL_POST: SortKey.LEAGUE_POST,
        COL_GROUP: SortKey.GROUP,
        COL_PHONE: SortKey.PHONE,
        COL_ID: SortKey.ID_NUMBER,
        COL_STATUS: SortKey.STATUS,
    }

    def __init__(self, service: MemberService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._branch_id: int | None = None
        self._filter = MemberFilter()
        self._ids: list[int] = []
        self._blocks: dict[int, list[MemberRow]] = {}
        self._full_ids = False  # masked until the user asks (never remembered across starts)
        self.set_headers(
            [
                self.tr("Name"),
                self.tr("Sex"),
                self.tr("Date of birth"),
                self.tr("Age"),
                self.tr("Ethnic group"),
                self.tr("Political status"),
                self.tr("Joined"),
                self.tr("League post"),
                self.tr("Group"),
                self.tr("Mobile phone"),
                self.tr("ID number"),
                self.tr("Status"),
            ]
        )

    # ---- public API ------------------------------------------------------------------------

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_branch(self, branch_id: int | None) -> None:
        self._branch_id = branch_id
        self.reload()

    @property
    def full_ids(self) -> bool:
        return self._full_ids

    def set_full_ids(self, on: bool) -> None:
        """Show whole 身份证号 (``True``) or the masked form ``2201**********123X``."""
        if on == self._full_ids:
            return
        self._full_ids = on
        if self._ids:
            self.dataChanged.emit(
                self.index(0, self.COL_ID),
                self.index(len(self._ids) - 1, self.COL_ID),
                [Qt.ItemDataRole.DisplayRole],
            )

    def set_filter(self, flt: MemberFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Query the matching ids again and drop the cached rows."""
        self.beginResetModel()
        self._blocks.clear()
        if self._branch_id is None:
            self._ids = []
        else:
            self._ids = self._service.list_ids(self._branch_id, self._filter)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self._ids)

    def member_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, member_id: int) -> int | None:
        try:
            return self._ids.index(member_id)
        except ValueError:
            return None

    def member_row(self, row: int) -> MemberRow | None:
        if not 0 <= row < len(self._ids):
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            ids = self._ids[block * BLOCK : (block + 1) * BLOCK]
            fetched = {r.id: r for r in self._service.rows(ids)}
            rows = [fetched.get(member_id) or _missing(member_id) for member_id in ids]
            self._blocks[block] = rows
        return rows[row - block * BLOCK]

    # ---- Qt model API ----------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.member_row(index.row())
        if member is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, index.column())
        if role == RowRole:
            return member
        if role == IdRole:
            return member.id
        if role == Qt.ItemDataRole.BackgroundRole:
            if member.overage is Overage.OVER:
                return _OVER_BRUSH
            if member.overage is Overage.SOON:
                return _SOON_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and member.deleted:
            return _DELETED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if member.overage is Overage.OVER:
                return self.tr(
                    "Has reached the age limit and holds no post: should leave the League"
                )
            if member.overage is Overage.SOON:
                return self.tr("Reaches the age limit soon")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.COL_AGE,
            self.COL_GENDER,
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._SORT_KEYS.get(column, SortKey.NAME)
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.COL_AGE:
            descending = not descending  # older first means earlier birth dates
        self.set_filter(replace(self._filter, sort=key, descending=descending))

    def _display(self, member: MemberRow, column: int) -> str:
        if column == self.COL_NAME:
            return member.name
        if column == self.COL_GENDER:
            return code_name(vocab.GENDER, member.gender)
        if column == self.COL_BIRTH:
            return fmt_date(member.birth_date)
        if column == self.COL_AGE:
            return "" if member.age is None else str(member.age)
        if column == self.COL_ETHNICITY:
            return code_name(vocab.ETHNICITY, member.ethnicity)
        if column == self.COL_POLITICAL:
            return code_name(vocab.POLITICAL_STATUS, member.political_status)
        if column == self.COL_JOIN:
            return fmt_month(member.join_month)
        if column == self.COL_POST:
            return code_name(vocab.LEAGUE_POST, member.league_post)
        if column == self.COL_GROUP:
            return member.group_name or ""
        if column == self.COL_PHONE:
            return member.phone or ""
        if column == self.COL_ID:
            if self._full_ids:
                return member.id_number or ""
            return masked_id(member.id_number)
        if column == self.COL_STATUS:
            status = code_name(vocab.MEMBER_STATUS, member.status)
            if member.political_status in vocab.PARTY_CODES and member.status == "active":
                return self.tr("%1 (party member)").replace("%1", status)
            return status
        return ""


def _missing(member_id: int) -> MemberRow:
    """Placeholder for a member deleted by another window between the id query and the fetch."""
    return MemberRow(
        id=member_id,
        name="",
        gender=None,
        ethnicity=None,
        birth_date=None,
        age=None,
        id_number=None,
        political_status=None,
        join_month=None,
        dev_number=None,
        league_post=None,
        group_name=None,
        phone=None,
        status="",
        overage=None,
        deleted=True,
    )
