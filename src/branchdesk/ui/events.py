"""Application-wide change notifications: services stay Qt-free, the UI emits after a change."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals named as past-tense facts."""

    members_changed = Signal()
    branch_changed = Signal()
    meetings_changed = Signal()
    reviews_changed = Signal()
