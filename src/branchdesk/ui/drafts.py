"""Drafts of open editors, written as you type, so a crash or power cut loses nothing.

A draft is a small JSON file in the data directory's ``drafts/`` folder, named after what is being
edited. It is removed when the record is saved or the editing is deliberately discarded; one that
is still there when the editor opens again is offered back.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import fields, is_dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from branchdesk.services.meeting_schemas import (
    AgendaInput,
    AttendanceInput,
    MeetingInput,
    ResolutionInput,
)

logger = logging.getLogger(__name__)


def draft_path(folder: Path, kind: str, branch_id: int, record_id: int | None) -> Path:
    return folder / f"{kind}-{branch_id}-{record_id if record_id is not None else 'new'}.json"


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None  # attachments are not kept in drafts
    return value


def save_meeting_draft(path: Path, meeting: MeetingInput) -> None:
    """Write the draft atomically (a half-written draft would be worse than none)."""
    data = _plain(meeting)
    data["new_attachments"] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        logger.exception("could not write the draft %s", path)


def load_meeting_draft(path: Path) -> MeetingInput | None:
    """Read a draft back; a damaged one is ignored (and kept for inspection)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return MeetingInput(
            kind=data["kind"],
            title=data["title"],
            held_on=date.fromisoformat(data["held_on"]),
            start_time=time.fromisoformat(data["start_time"]) if data.get("start_time") else None,
            end_time=time.fromisoformat(data["end_time"]) if data.get("end_time") else None,
            place=data.get("place", ""),
            online=bool(data.get("online")),
            chair_id=data.get("chair_id"),
            recorder_id=data.get("recorder_id"),
            lecturer=data.get("lecturer", ""),
            hours=Decimal(data["hours"]) if data.get("hours") else None,
            group_name=data.get("group_name"),
            agenda=tuple(AgendaInput(**item) for item in data.get("agenda", [])),
            content=data.get("content", ""),
            decisions=data.get("decisions", ""),
            attendance=tuple(AttendanceInput(**item) for item in data.get("attendance", [])),
            resolutions=tuple(ResolutionInput(**item) for item in data.get("resolutions", [])),
            keep_attachment_ids=tuple(data["keep_attachment_ids"])
            if data.get("keep_attachment_ids") is not None
            else None,
        )
    except (OSError, ValueError, KeyError, TypeError):
        logger.warning("ignoring an unreadable draft %s", path, exc_info=True)
        return None


def discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        logger.exception("could not remove the draft %s", path)


def save_json_draft(path: Path, data: dict[str, Any]) -> None:
    """Write any JSON-ready draft atomically (used by the member editor)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        logger.exception("could not write the draft %s", path)


def load_json_draft(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("ignoring an unreadable draft %s", path, exc_info=True)
        return None
    return data if isinstance(data, dict) else None
