"""Members menu actions of the membership lifecycle: 办理离团, 超龄离团, 团纪处分, 推优入党.

Kept out of main_window.py: :class:`LifecycleActions` adds its actions to the window's Members
menu and the roster's context, enables them from the roster's selection and emits
``members_changed`` after a change.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from branchdesk.errors import BranchdeskError
from branchdesk.ui import messages
from branchdesk.ui.dialogs.lifecycle_dialogs import (
    AgedOutDialog,
    DisciplineDialog,
    LeaveDialog,
    RecommendDialog,
)
from branchdesk.ui.i18n import bracketed, join_names

if TYPE_CHECKING:
    from branchdesk.ui.main_window import MainWindow


class LifecycleActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        menu = window.ui.members_menu
        menu.addSeparator()
        self.leave_action = QAction(self.tr("&Leave the League…"), window)
        self.aged_out_action = QAction(self.tr("Age out everyone past &28…"), window)
        self.discipline_action = QAction(self.tr("&Discipline…"), window)
        self.recommend_action = QAction(self.tr("Recommend to the Party…"), window)
        for action, slot in (
            (self.leave_action, self.leave),
            (self.aged_out_action, self.aged_out),
            (self.discipline_action, self.discipline),
            (self.recommend_action, self.recommend),
        ):
            action.triggered.connect(slot)
            menu.addAction(action)
        window.member_page.selection_changed.connect(self.update)
        window.member_model.modelReset.connect(self.update)
        window.ui.show_trash_action.toggled.connect(self.update)
        window.recruitment_page.members_changed.connect(window.events.members_changed)
        self.update()

    def update(self) -> None:
        window = self._window
        ids = window.member_page.selected_ids()
        trash = window.ui.show_trash_action.isChecked()
        self.leave_action.setEnabled(bool(ids) and not trash)
        self.discipline_action.setEnabled(len(ids) == 1 and not trash)
        self.recommend_action.setEnabled(len(ids) == 1 and not trash)
        self.aged_out_action.setEnabled(not trash)

    def _today(self) -> date:
        return self._window.services.today()

    def leave(self) -> None:
        window = self._window
        ids = window.member_page.selected_ids()
        if not ids:
            return
        dialog = LeaveDialog(window.services, window.branch.id, ids, self._today(), window)
        if dialog.exec():
            window.events.members_changed.emit()
            window.statusBar().showMessage(
                self.tr("%1 left the League").replace("%1", join_names(dialog.result_names)), 8000
            )

    def aged_out(self) -> None:
        window = self._window
        dialog = AgedOutDialog(window.services, window.branch.id, self._today(), window)
        if not dialog.rows:
            messages.info(
                window, self.tr("Aged out"), self.tr("No member in the League has reached 28.")
            )
            return
        if dialog.exec():
            window.events.members_changed.emit()
            text = self.tr("%n member(s) left the League for age", "", len(dialog.left))
            if dialog.skipped:
                text += self.tr("; kept: %1").replace(
                    "%1", join_names(bracketed(name, why) for name, why in dialog.skipped)
                )
            messages.info(window, self.tr("Aged out"), text)

    def discipline(self) -> None:
        self._open_for_selected(DisciplineDialog)

    def recommend(self) -> None:
        self._open_for_selected(RecommendDialog)

    def _open_for_selected(self, dialog_class: type[DisciplineDialog | RecommendDialog]) -> None:
        """Open a per-member record dialog for the one selected member."""
        window = self._window
        ids = window.member_page.selected_ids()
        if len(ids) != 1:
            return
        try:
            dialog = dialog_class(window.services, window.branch.id, ids[0], self._today(), window)
        except BranchdeskError as exc:
            messages.error(window, self.tr("Cannot open member"), exc.message)
            return
        dialog.exec()
        if dialog.changed:
            window.events.members_changed.emit()
