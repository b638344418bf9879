"""GUI fixtures: services on an in-memory database, a message-box recorder, Chinese typing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from branchdesk.services.container import build_services
from branchdesk.services.demo import DEMO_BRANCH, demo_members
from branchdesk.store.engine import make_engine
from branchdesk.store.models import SQLModel
from branchdesk.ui import fonts, messages

TODAY = date(2026, 11, 27)


@pytest.fixture(scope="session", autouse=True)
def _app_font(qapp):
    fonts.install_app_font(qapp)


@pytest.fixture
def services():
    engine = make_engine(None)
    SQLModel.metadata.create_all(engine)
    built = build_services(engine, today=lambda: TODAY)
    yield built
    built.close()


@pytest.fixture
def branch(services):
    return services.branches.create(DEMO_BRANCH)


@pytest.fixture
def demo_branch(services, branch):
    services.members.create_many(branch.id, demo_members(TODAY))
    return branch


@dataclass
class MessageRecorder:
    """Stands in for ui.messages: records each call, answers confirm() as told."""

    answer: bool = True
    calls: list[tuple[str, str, str]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]


@pytest.fixture
def message_boxes(monkeypatch) -> MessageRecorder:
    recorder = MessageRecorder()

    def record(kind):
        def show(_parent, title, text, *rest):
            recorder.calls.append((kind, title, text))
            return recorder.answer if kind == "confirm" else None

        return show

    for kind in ("info", "warning", "error", "confirm"):
        monkeypatch.setattr(messages, kind, record(kind))
    return recorder
