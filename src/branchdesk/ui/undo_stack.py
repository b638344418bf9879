"""Edit → Undo / Redo: the steps done in this window, undone and redone through the history.

A step is one :class:`~branchdesk.services.history.Operation` (a single change or a whole batch,
such as an import). The stack does not wrap every write: after a change event (or when the Edit
menu opens, or before an undo) it asks the history service for the steps logged since it last
looked, so every write path that logs ends up here. Steps below the cursor can be undone, steps
above it redone; a new step drops the redo part. After an undo or redo the window's lists are
told to reload through :class:`~branchdesk.ui.events.AppEvents`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from branchdesk.errors import BranchdeskError
from branchdesk.services.history import HistoryService
from branchdesk.ui import messages
from branchdesk.ui.events import AppEvents


@dataclass
class Step:
    """One undoable step; ``change_id`` is the line the next undo or redo reverses."""

    title: str
    entity: str
    change_id: int


class UndoStack(QObject):
    """The per-window undo/redo stack behind two actions."""

    def __init__(
        self,
        history: HistoryService,
        events: AppEvents,
        undo_action: QAction,
        redo_action: QAction,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._history = history
        self._events = events
        self._undo_action = undo_action
        self._redo_action = redo_action
        self._window = window
        self._branch_id: int | None = None
        self._seen = 0
        self.steps: list[Step] = []
        self.cursor = 0  # steps[:cursor] are done, steps[cursor:] undone
        undo_action.triggered.connect(self.undo)
        redo_action.triggered.connect(self.redo)
        for signal in (events.members_changed, events.meetings_changed, events.reviews_changed):
            signal.connect(self.sync)
        self._update_actions()

    def set_branch(self, branch_id: int) -> None:
        """Start empty on a branch (steps of another branch are not offered)."""
        self._branch_id = branch_id
        self._seen = self._history.latest_id(branch_id)
        self.steps.clear()
        self.cursor = 0
        self._update_actions()

    def sync(self) -> None:
        """Take in the steps logged since the last look."""
        if self._branch_id is None:
            return
        operations = self._history.operations_since(self._branch_id, self._seen)
        for operation in operations:
            del self.steps[self.cursor :]
            self.steps.append(Step(operation.title, operation.entity, operation.change_id))
            self.cursor = len(self.steps)
        self._seen = self._history.latest_id(self._branch_id)
        self._update_actions()

    def undo(self) -> None:
        self.sync()
        if self.cursor == 0:
            return
        step = self.steps[self.cursor - 1]
        try:
            row = self._history.undo(step.change_id)
        except BranchdeskError as exc:
            messages.error(self._window, self.tr("Cannot undo"), exc.message)
            return
        step.change_id = row.id
        self.cursor -= 1
        self._done(step)

    def redo(self) -> None:
        self.sync()
        if self.cursor == len(self.steps):
            return
        step = self.steps[self.cursor]
        try:
            row = self._history.redo(step.change_id)
        except BranchdeskError as exc:
            messages.error(self._window, self.tr("Cannot redo"), exc.message)
            return
        step.change_id = row.id
        self.cursor += 1
        self._done(step)

    def _done(self, step: Step) -> None:
        assert self._branch_id is not None
        self._seen = self._history.latest_id(self._branch_id)
        self._update_actions()
        if step.entity == "meeting":
            self._events.meetings_changed.emit()
        elif step.entity in ("evaluation", "registration"):
            self._events.reviews_changed.emit()
        else:
            self._events.members_changed.emit()

    def _update_actions(self) -> None:
        can_undo = self.cursor > 0
        can_redo = self.cursor < len(self.steps)
        self._undo_action.setEnabled(can_undo)
        self._redo_action.setEnabled(can_redo)
        self._undo_action.setText(
            self.tr("Undo: %1").replace("%1", self.steps[self.cursor - 1].title)
            if can_undo
            else self.tr("&Undo")
        )
        self._redo_action.setText(
            self.tr("Redo: %1").replace("%1", self.steps[self.cursor].title)
            if can_redo
            else self.tr("&Redo")
        )
