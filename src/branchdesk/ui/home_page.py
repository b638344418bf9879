"""The home page (工作台): what is due and overdue, the year's calendar, members to watch."""

from __future__ import annotations

import html
from collections import defaultdict
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from branchdesk.domain.calendar import PeriodStatus
from branchdesk.services.container import Services
from branchdesk.ui.forms.ui_home_page import Ui_HomePage
from branchdesk.ui.style import make_title

_STATE_BRUSHES = {
    "done": QBrush(QColor("#dff3e3")),
    "due": QBrush(QColor("#fff4d6")),
    "overdue": QBrush(QColor("#fde2e1")),
    "upcoming": QBrush(QColor("#f5f5f5")),
}


# Members at risk named one by one at most; the rest are counted (bench/: a 20,000-member
# branch put thousands of links in one label).
WATCH_LIMIT = 30


class HomePage(QWidget):
    """Reads the calendar service; read-only. A name under "Members to watch" is a link:
    ``member_requested(member_id)`` asks for that member's League activity."""

    member_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        branch_id: int,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self._services = services
        self._branch_id = branch_id
        self._today = today or date.today()
        self._stale = False
        make_title(self.ui.title_label)
        self.ui.year_spin.setValue(self._today.year)
        self.ui.year_spin.valueChanged.connect(self._fill_calendar)
        self.ui.legend_label.setText(self.tr("✓ done · ! overdue · … due · blank: later"))
        self.ui.watch_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.ui.watch_label.linkActivated.connect(self._on_link_activated)
        table = self.ui.calendar_table
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.reload()

    def set_branch(self, branch_id: int) -> None:
        self._branch_id = branch_id
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt override)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        # Inside the main window the page loads when shown: once at start-up, not twice
        # (constructor and set_branch), which at a 团委's scale costs seconds (bench/).
        if self.parent() is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        branch = self._services.branches.get(self._branch_id)
        self.ui.title_label.setText(
            self.tr("%1 — %2").replace("%1", branch.name).replace("%2", self._today.isoformat())
        )
        dashboard = self._services.calendar.dashboard(self._branch_id)
        lines = [html.escape(sentence) for sentence in dashboard.sentences]
        for issue in dashboard.registration:
            lines.append(html.escape(issue.message))
        # 组织关系转接 (issue 6): pending too long, 回执 missing, graduates not moved
        lines.extend(
            html.escape(r.text) for r in self._services.transfers.reminders(self._branch_id)
        )
        cohort = self._services.transfers.cohort_rate(self._branch_id, self._today.year)
        if cohort.graduates:
            lines.append(html.escape(cohort.describe()))
        self.ui.todo_label.setText("<br>".join("• " + line for line in lines))
        watch = [
            self.tr("%1: no League activity for a long time (risk of lapsing)").replace(
                "%1", f'<a href="member:{member_id}">{html.escape(name)}</a>'
            )
            for member_id, name in dashboard.lapse_risk[:WATCH_LIMIT]
        ]
        if len(dashboard.lapse_risk) > WATCH_LIMIT:  # one rich-text label: thousands took 15 s
            hidden = len(dashboard.lapse_risk) - WATCH_LIMIT
            watch.append(self.tr("%n more member(s) at risk of lapsing", "", hidden))
        overage = self._services.members.count_overage(self._branch_id)
        if overage:
            watch.append(self.tr("%n member(s) over the age limit without a post", "", overage))
        for reminder in self._services.lifecycle.reminders(self._branch_id):  # issue 6
            text = html.escape(reminder.text)
            if reminder.member_id is not None:
                text = f'<a href="member:{reminder.member_id}">{text}</a>'
            watch.append(text)
        self.ui.watch_group.setVisible(bool(watch))
        self.ui.watch_label.setText("<br>".join("• " + line for line in watch))
        self._fill_calendar()

    def _on_link_activated(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "member" and value.isdigit():
            self.member_requested.emit(int(value))

    def _fill_calendar(self) -> None:
        plan = self._services.calendar.year_plan(self._branch_id, self.ui.year_spin.value())
        by_item: dict[str, list[PeriodStatus]] = defaultdict(list)
        labels: dict[str, str] = {}
        for status in plan:
            by_item[status.item].append(status)
            labels[status.item] = status.label
        table = self.ui.calendar_table
        table.clear()
        table.setColumnCount(12)
        table.setRowCount(len(by_item))
        table.setHorizontalHeaderLabels(  # twelve month names separated by "|"
            self.tr("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec").split("|")
        )
        table.setVerticalHeaderLabels([labels[item] for item in by_item])
        for row, (_item, periods) in enumerate(by_item.items()):
            for status in periods:
                first = status.start.month - 1
                span = status.end.month - status.start.month + 1
                if status.end.year > status.start.year:
                    span = 12 - first
                cell = QTableWidgetItem(_cell_text(status))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setBackground(_STATE_BRUSHES.get(status.state, QBrush()))
                cell.setToolTip(
                    self.tr("%1: %2 of %3 held")
                    .replace("%1", status.label)
                    .replace("%2", str(status.done))
                    .replace("%3", str(status.required))
                )
                table.setItem(row, first, cell)
                if span > 1:
                    table.setSpan(row, first, 1, span)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height + 2)


def _cell_text(status: PeriodStatus) -> str:
    mark = {"done": "✓", "overdue": "!", "due": "…", "upcoming": ""}.get(status.state, "")
    if status.state == "upcoming" and not status.done:
        return ""
    return f"{mark} {status.done}/{status.required}".strip()
