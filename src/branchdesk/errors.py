"""The exception taxonomy shared by every layer (stdlib only).

``BranchdeskError`` and its subclasses are "your environment or your input" errors: the UI shows
their message in a dialog and the CLI prints it. Anything else is a bug and goes to the crash path.
Messages are already user-facing Chinese text.
"""

from __future__ import annotations


class BranchdeskError(Exception):
    """Base of all expected, user-explainable errors."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(BranchdeskError):
    """Input that breaks a rule; ``issues`` holds every problem found, not just the first."""

    def __init__(self, message: str, issues: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.issues = issues


class NotFoundError(BranchdeskError):
    """A record that the caller named does not exist (or was deleted)."""


class ConflictError(BranchdeskError):
    """The change collides with existing data, e.g. a 身份证号 already on the roster."""


class StorageError(BranchdeskError):
    """The database cannot be used: locked, read-only, full, corrupt, or too new."""


class ImportFileError(BranchdeskError):
    """An import file that cannot be read at all (not a sheet, no header row, ...)."""
