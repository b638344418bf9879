"""三会两制一课: the year's meeting records, filtered by type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from branchdesk.domain.meetings import MEETING_KINDS
from branchdesk.services.container import Services
from branchdesk.ui.forms.ui_meetings_page import Ui_MeetingsPage
from branchdesk.ui.models.meeting_list_model import MeetingListModel
from branchdesk.ui.style import make_title

_ALL = ""


class MeetingsPage(QWidget):
    """Lists meetings; emits to open one or to record a new one."""

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, services: Services, branch_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingsPage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self.model = MeetingListModel(self)
        self._stale = False
        self.ui.meetings_table.setModel(self.model)
        header = self.ui.meetings_table.horizontalHeader()
        header.setSectionResizeMode(MeetingListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((0, 100), (1, 110), (3, 60), (4, 60), (5, 80)):
            self.ui.meetings_table.setColumnWidth(column, width)
        make_title(self.ui.title_label)
        this_year = date.today().year
        for year in range(this_year, this_year - 6, -1):
            self.ui.year_combo.addItem(str(year), year)
        self.ui.kind_filter_combo.addItem(self.tr("All types"), _ALL)
        for entry in MEETING_KINDS:
            self.ui.kind_filter_combo.addItem(entry.name, entry.code)
        self.ui.year_combo.currentIndexChanged.connect(self.reload)
        self.ui.kind_filter_combo.currentIndexChanged.connect(self.reload)
        self.ui.new_button.clicked.connect(self.new_requested)
        self.ui.meetings_table.activated.connect(self._on_activated)
        self.reload()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    def current_id(self) -> int | None:
        index = self.ui.meetings_table.currentIndex()
        return self.model.meeting_row(index.row()).id if index.isValid() else None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        # Loads when first shown: at a 团委's scale (bench/) the year's meetings with their
        # attendance took about 0.5 s of the start-up.
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        kind = self.ui.kind_filter_combo.currentData() or None
        rows = self._services.meetings.list(self._branch_id, self.ui.year_combo.currentData(), kind)
        self.model.set_rows(rows)
        self.ui.summary_label.setText(self.tr("%n record(s)", "", len(rows)))

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row is not None:
            self.ui.meetings_table.selectRow(row)

    def _on_activated(self) -> None:
        meeting_id = self.current_id()
        if meeting_id is not None:
            self.open_requested.emit(meeting_id)
