"""The 团员名册 page: search as you type, filters, the list, and the actions on members."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from branchdesk.domain import vocab
from branchdesk.services.schemas import MemberFilter, OverageFilter
from branchdesk.ui.forms.ui_member_page import Ui_MemberPage
from branchdesk.ui.models.member_table_model import MemberTableModel
from branchdesk.ui.style import make_title

SEARCH_DELAY_MS = 150

_ANY = "__any__"
_IN_LEAGUE = "__in_league__"


class MemberPage(QWidget):
    """Shows the roster of one branch; emits when the user wants to open a member."""

    open_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, model: MemberTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberPage()
        self.ui.setupUi(self)
        self.model = model
        self._groups: list[str] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_table()
        self._fill_filters()
        self._connect_signals()
        make_title(self.ui.title_label)

    # ---- public API ------------------------------------------------------------------------

    def set_groups(self, groups: list[str]) -> None:
        """Offer the branch's 团小组 in the group filter, keeping the current choice."""
        if groups == self._groups:
            return
        self._groups = groups
        combo = self.ui.group_filter_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All groups"), _ANY)
        for group in groups:
            combo.addItem(group, group)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def set_trash(self, on: bool) -> None:
        """Show the 回收站 (deleted members) instead of the roster."""
        self.ui.title_label.setText(self.tr("Recycle bin") if on else self.tr("Member roster"))
        self.ui.status_filter_combo.setEnabled(not on)
        self._apply_filter(deleted=on)

    def selected_ids(self) -> list[int]:
        rows = sorted(
            {index.row() for index in self.ui.members_table.selectionModel().selectedRows()}
        )
        return [self.model.member_id(row) for row in rows]

    def current_id(self) -> int | None:
        index = self.ui.members_table.currentIndex()
        if not index.isValid():
            return None
        return self.model.member_id(index.row())

    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    def reload(self, keep: list[int] | None = None) -> None:
        """Query again and reselect ``keep`` (or the current selection)."""
        keep = keep if keep is not None else self.selected_ids()
        self.model.reload()
        self._select(keep)
        self._update_summary()

    def select_member(self, member_id: int) -> None:
        self._select([member_id])

    # ---- setup -----------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.members_table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = [76, 40, 90, 40, 64, 96, 70, 80, 110, 104, 150, 120]
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
        header.setSortIndicator(MemberTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setDefaultSectionSize(26)

    def _fill_filters(self) -> None:
        status = self.ui.status_filter_combo
        status.addItem(self.tr("In the League"), _IN_LEAGUE)
        status.addItem(self.tr("All statuses"), _ANY)
        for entry in vocab.MEMBER_STATUS:
            status.addItem(entry.name, entry.code)
        political = self.ui.political_filter_combo
        political.addItem(self.tr("All"), _ANY)
        for entry in vocab.POLITICAL_STATUS:
            political.addItem(entry.name, entry.code)
        overage = self.ui.overage_filter_combo
        overage.addItem(self.tr("All"), OverageFilter.ANY)
        overage.addItem(self.tr("Over the age limit"), OverageFilter.OVER)
        overage.addItem(self.tr("Reaching it soon"), OverageFilter.SOON)
        overage.addItem(self.tr("Over or soon"), OverageFilter.OVER_OR_SOON)
        self.set_groups([])

    def _connect_signals(self) -> None:
        self.ui.search_edit.textChanged.connect(self._search_timer.start)
        self.ui.search_edit.returnPressed.connect(self._on_search_return)
        self._search_timer.timeout.connect(self._on_search_timer)
        for combo in (
            self.ui.status_filter_combo,
            self.ui.group_filter_combo,
            self.ui.political_filter_combo,
            self.ui.overage_filter_combo,
        ):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.ui.members_table.activated.connect(self._on_activated)
        self.ui.members_table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.model.modelReset.connect(self._update_summary)

    # ---- slots -----------------------------------------------------------------------------

    def _on_search_timer(self) -> None:
        if self.window().isVisible():  # a page whose window has closed does not query any more
            self._apply_filter()

    def _apply_filter(self, *_args: object, deleted: bool | None = None) -> None:
        self._search_timer.stop()
        status = self.ui.status_filter_combo.currentData()
        if status == _IN_LEAGUE:
            statuses = vocab.ACTIVE_STATUSES
        elif status == _ANY:
            statuses = frozenset()
        else:
            statuses = frozenset({status})
        group = self.ui.group_filter_combo.currentData()
        political = self.ui.political_filter_combo.currentData()
        current = self.model.member_filter
        flt = MemberFilter(
            text=self.ui.search_edit.text(),
            statuses=frozenset(statuses),
            group_name=None if group in (_ANY, None) else group,
            political_status=None if political in (_ANY, None) else political,
            # Qt hands str-based enums back as plain strings.
            overage=OverageFilter(self.ui.overage_filter_combo.currentData() or "any"),
            deleted=current.deleted if deleted is None else deleted,
            sort=current.sort,
            descending=current.descending,
        )
        if flt != current:
            keep = self.selected_ids()
            self.model.set_filter(replace(flt))
            self._select(keep)
        self._update_summary()

    def _on_search_return(self) -> None:
        self._apply_filter()
        if self.model.rowCount() > 0:
            self.ui.members_table.setFocus()
            if not self.ui.members_table.currentIndex().isValid():
                self._select([self.model.member_id(0)])

    def _on_activated(self) -> None:
        member_id = self.current_id()
        if member_id is not None:
            self.open_requested.emit(member_id)

    def _select(self, member_ids: list[int]) -> None:
        table = self.ui.members_table
        selection = table.selectionModel()
        selection.clearSelection()
        first = True
        for member_id in member_ids:
            row = self.model.row_of(member_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                selection.setCurrentIndex(index, flags)
                table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                first = False
            else:
                selection.select(index, flags)

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if self.model.member_filter.deleted:
            text = self.tr("%n deleted member(s); select and press Ctrl+R to restore", "", count)
        else:
            text = self.tr("%n member(s) shown", "", count)
        self.ui.summary_label.setText(text)
